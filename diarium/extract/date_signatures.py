"""The dates a document is signed on: an agreement's last signature ("Söderby den 15 februari
2024", "Västerås 2024-12-12     Västerås 2024-12-16", OCR's "Halmstad 2025-09- 10"), and the
place and date over "På utskottets vägnar" that close a report or a betänkande."""
from __future__ import annotations

import re

from diarium.extract.date_phrases import ISO_DATE, LOOSE_ISO, MONTH_END, MONTH_NAMES, Found, iso_date, iso_from_parts
from diarium.language import table, words
from diarium.language.letters import sv_pattern
from diarium.text import lines_with_offsets

# The place: a name of one or two words, as printed or in capitals ("Lilla Edet", "KUNGSBACKA"),
# after the field's label ("Ort och datum: …"), a comma maybe after it ("Ekeby, den 2 maj 2031").
PLACE = r"[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+)(?:[- ][A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+))?"
PLACE_LABEL = "(?:" + "|".join(sv_pattern(label) for label in sorted(words("signing_place_labels"), key=len, reverse=True)) \
    + r")[ \t]*:?[ \t]*"
DAY = rf"(?:den\s+)?\d{{1,2}}\s+(?i:{MONTH_NAMES}){MONTH_END}\s+\d{{4}}|(?:den\s+)?{ISO_DATE}"
SIGNED = re.compile(rf"(?m)(?:^|[ \t]{{3,}})[ \t]*(?:{PLACE_LABEL})?{PLACE},?\s+(?P<date>{DAY})(?=[ \t]*$|\s*[A-ZÅÄÖ])")
# On a page that lost its line breaks: a place and date with the party it is signed for right
# after, on its capital ("… tagit var sitt. Ekeby 2031-05-02 För Ekeby kommun Anna Berg Norrby …").
FLAT_SIGNED = re.compile(rf"(?<=\s){PLACE},?\s+(?P<date>{DAY})(?=\s+(?:För|På)\s)")
# A signature's date field over the party it is signed for ("Datum: 2031-05-02" / "För Ekeby kommun").
DATED_FOR = re.compile(rf"(?m)^[ \t]*(?:{'|'.join(sv_pattern(k) for k, kind in table('signature_labels').items() if kind == 'date')})"
                       rf"[ \t]*:?[ \t]*(?P<date>{DAY})[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:[Ff]ör|[Pp]å)\s+\S")
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
                  for pattern in (SIGNED, FLAT_SIGNED) for m in pattern.finditer(line) if (value := iso_date(m.group("date")))]
        found += [Found(value, offset + at + m.start(), offset + at + m.end()) for m in LOOSE_ISO.finditer(line)
                  if " " in m.group(0) and signed_line(line, m.start())
                  and (value := iso_from_parts(int(m.group(1)), int(m.group(2)), int(m.group(3))))]
    found += [Found(value, offset + m.start("date"), offset + m.end("date"))
              for m in DATED_FOR.finditer(text) if (value := iso_date(m.group("date")))]
    return max(found, key=lambda f: f.value) if found else None


def signed_line(text: str, at: int) -> bool:
    """The date follows a place name at the start of its line or column ("Halmstad 2025-09- 10")."""
    before = text[text.rfind("\n", 0, at) + 1:at].split("   ")[-1].strip()
    return bool(re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+(?:\s+den)?", before))
