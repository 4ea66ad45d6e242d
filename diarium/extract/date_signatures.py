"""The dates a document is signed on: an agreement's last signature ("Söderby den 15 februari
2024", "Västerås 2024-12-12     Västerås 2024-12-16", OCR's "Halmstad 2025-09- 10"), and the
place and date over "På utskottets vägnar" that close a report or a betänkande."""
from __future__ import annotations

import re

from diarium.extract.date_phrases import ISO_DATE, LOOSE_ISO, MONTH_END, MONTH_NAMES, Found, iso_date, iso_from_parts
from diarium.language import words
from diarium.text import lines_with_offsets

SIGNED = re.compile(rf"(?im)(?:^|[ \t]{{3,}})[ \t]*[A-ZÅÄÖ][a-zåäö]+\s+(?P<date>den\s+\d{{1,2}}\s+(?:{MONTH_NAMES}){MONTH_END}\s+\d{{4}}|(?:den\s+)?{ISO_DATE})(?=[ \t]*$|\s*[A-ZÅÄÖ])")
YEAR = re.compile(r"(?:19|20)\d\d")
# "På utskottets vägnar", "För Ekeby kommun": who signs, on the line after the place and date.
ON_BEHALF = re.compile(rf"(?i)^\s*(?:på|för)\s+\S.*\s(?:{'|'.join(sorted(words('on_behalf_words')))})\s*$")


def signed_on_behalf(text: str, start: int, end: int) -> Found | None:
    """The place and date over the line that says on whose behalf it is signed ("Stockholm den
    17 januari 2017" / "På utskottets vägnar"): the date a report or betänkande was adopted.

    >>> signed_on_behalf("Utskottets förslag\\nNorrby den 3 maj 2018\\nPå socialutskottets vägnar\\nEva Ek", 0, 75).value
    '2018-05-03'
    """
    lines = [(at, line) for at, line in lines_with_offsets(text[start:end]) if line.strip()]
    for (at, line), (_, after) in zip(lines, lines[1:]):
        match = SIGNED.search(line) if YEAR.search(line) else None
        value = iso_date(match.group("date")) if match else None
        if match and value and ON_BEHALF.match(after):
            return Found(value, start + at + match.start("date"), start + at + match.end("date"))
    return None


def signing_date(text: str, offset: int = 0) -> Found | None:
    """The date an agreement was signed: "Söderby den 15 februari 2024" in the signature block;
    with one date per party ("Västerås 2024-12-12     Västerås 2024-12-16") the agreement is
    made at the last signature; OCR's "Halmstad 2025-09- 10" is read too."""
    found: list[Found] = []
    for at, line in lines_with_offsets(text):
        if not YEAR.search(line):
            continue                     # most lines carry no year: the costly patterns skip them
        found += [Found(value, offset + at + m.start("date"), offset + at + m.end("date"))
                  for m in SIGNED.finditer(line) if (value := iso_date(m.group("date")))]
        found += [Found(value, offset + at + m.start(), offset + at + m.end()) for m in LOOSE_ISO.finditer(line)
                  if " " in m.group(0) and signed_line(line, m.start())
                  and (value := iso_from_parts(int(m.group(1)), int(m.group(2)), int(m.group(3))))]
    return max(found, key=lambda f: f.value) if found else None


def signed_line(text: str, at: int) -> bool:
    """The date follows a place name at the start of its line or column ("Halmstad 2025-09- 10")."""
    before = text[text.rfind("\n", 0, at) + 1:at].split("   ")[-1].strip()
    return bool(re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+(?:\s+den)?", before))
