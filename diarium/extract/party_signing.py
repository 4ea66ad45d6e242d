"""Parties named where an agreement is signed: the organisations its signatories sign for
("för Ekeby kommun" under a signature line), and a förhandlingsprotokoll's "för X" lines
under its "Parter" label. A "för" line counts only on a page where someone signs.

>>> from diarium.structure import analyse
>>> text = "Ort och datum\\nför Ekeby kommun    för Norrby Bygg AB\\n\\nNamnförtydligande\\n"
>>> [p.name for p in signing_parties(text, analyse(text))]
['Ekeby kommun', 'Norrby Bygg AB']
"""
from __future__ import annotations

import re
from bisect import bisect_right

from diarium.extract.evidence import evidence
from diarium.extract.party_context import looks_like_person, page_text
from diarium.extract.party_names import clean_name, main_part
from diarium.extract.patterns import bodies, plain_words
from diarium.language import table
from diarium.schemas import Party
from diarium.schemas.structure import SignatureBlock, Structure
from diarium.text import page_starts

SIGNING_WORDS = tuple(sorted({label.lower() for label, kind in table("signature_labels").items()
                              if kind == "placeholder"} | {"underteckna", "likalydande"}))


def signing_page(page: str) -> bool:
    """Does someone sign on this page (a placeholder under a signature line, 'undertecknat')?"""
    lowered = page.lower()
    return any(word in lowered for word in SIGNING_WORDS)
CONTENTS_ENTRY = re.compile(r"(?:\S[ \t]{2,}|[^\W\d_][ \t]+)\d{1,3}[ \t]*$")     # (OCR keeps one space)
# "för Teknik. Parterna kan senare …": a sentence runs on after the words, no one signs for them.
SENTENCE_ON = re.compile(r"[a-zåäö]{2}\.\s+[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]")
FOR_LINE = re.compile(r"(?m)^[ \t*]*[Ff]ör[ \t]+(?P<names>[A-ZÅÄÖ].*?)[ \t*]*$")
# "… april 2031 - Nämnden" ⏎ "för Teknik": the line wraps a board named by its field, no one
# signs for it.
BOARD_BEFORE = re.compile(rf"(?i)(?<![\wåäö])(?:{'|'.join(re.escape(b.definite) for b in bodies('board'))})[ \t]*\n[ \t*]*$")


def name_span(text: str, name: str, near: int) -> tuple[int, int]:
    """Where `name` is printed near `near` (its words may be split by line breaks and commas)."""
    pattern = r"[\s,]+".join(re.escape(word.strip(",")) for word in name.split())
    found = re.compile(pattern).search(text, max(0, near - 300), near + 600)
    return (found.start(), found.end()) if found else (near, near + len(name))


def anyone_signs(text: str, block: SignatureBlock) -> bool:
    """Does the block hold a signatory (a name, a title, a place and date) or an organisation
    printed as signed for ("För Region Norrland")? A line that only names a body ("Länsstyrelsen
    i Norrbotten" above a list of its decisions) signs nothing."""
    return any(s.name or s.title or s.place_date or re.match(r"(?i)\s*\W*för\s", text[s.start:s.end])
               for s in block.signatures)


def signed_side_by_side(block: SignatureBlock) -> bool:
    """Do two organisations sign, each under a place and date of its own ("Ekeby den …" / "För
    Ekeby kommun" beside "Norrby den …" / "För Norrby AB")? Parties to one agreement sign so,
    also where no placeholder ("Namnförtydligande") is printed; a letter closes for one body.

    >>> from diarium.structure import analyse
    >>> text = ("Ekeby 2024-02-02          Norrby 2024-02-05\\nFör Ekeby kommun          För Norrby AB\\n\\n"
    ...         "Anna Berg                 Per Lund\\n")
    >>> [p.name for p in signing_parties(text, analyse(text))]
    ['Ekeby kommun', 'Norrby AB']
    """
    dated = {s.organisation for s in block.signatures if s.organisation and s.place_date and (s.name or s.title)}
    return len(dated) >= 2


def signing_parties(text: str, structure: Structure) -> list[Party]:
    """The organisations an agreement's signatories sign for: 'för Ekeby kommun'."""
    parties = []
    for block in structure.signatures:
        if not (signing_page(page_text(text, block.start)) or signed_side_by_side(block)) \
                or not anyone_signs(text, block):
            continue            # a letterhead read as a signature: no one signs on this page
        for signature in block.signatures:
            name = clean_name(signature.organisation or "")
            if name and not looks_like_person(name):
                parties.append(Party(name=name, evidence=[evidence(text, *name_span(text, name, signature.start))]))
    signs: dict[int, bool] = {}
    for match in FOR_LINE.finditer(text):
        if CONTENTS_ENTRY.search(match.group(0)) or BOARD_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            continue            # "för Ekeby Bostäder AB och Stiftelsen Norrbyhus    4": a title in a table of contents
        page = bisect_right(page_starts(text), match.start())
        if page not in signs:
            signs[page] = signing_page(page_text(text, match.start()))
        if not signs[page]:
            continue
        for piece in re.split(r"[ \t]{2,}|[ \t]+(?=[Ff]ör[ \t]+[A-ZÅÄÖ])", match.group("names")):
            piece = re.sub(r"^[Ff]ör\s+", "", piece)
            bare = re.sub(r"\s*\(.*$|:.*$", "", piece).strip(" ,*")
            name = clean_name(main_part(bare))
            if name and bare.startswith(name) and len(bare) - len(name) <= 2 and len(name.split()) <= 8 \
                    and not looks_like_person(name) and not SENTENCE_ON.search(name):
                start = match.start("names") + match.group("names").find(piece)
                parties.append(Party(name=name, evidence=[evidence(text, start, start + len(piece))]))
    return parties


# "Parter   för Ekeby kommun" / … / "för facket": a förhandling's parties, each on a
# "för" line under the label (names of the persons who spoke for them between).
PARTIES_LABEL = re.compile(rf"(?im)^[ \t]*(?:{plain_words(table('headings')['parter'].split(' | '))})[ \t]+(?=för[ \t])")
FOR_REACH = 6             # lines under the label that may still name a party


def labelled_for_lines(text: str) -> list[Party]:
    """The organisations of the "för X" lines that a Parter label opens."""
    parties = []
    for label in PARTIES_LABEL.finditer(text):
        lines = text[label.end():].split("\n")[:FOR_REACH]
        at = label.end()
        for k, line in enumerate(lines):
            found = re.match(r"[ \t]*(?:för|För)[ \t]+(?P<name>[A-ZÅÄÖ].*?)[ \t]*$", line) if k == 0 or line.lstrip()[:4] in ("för ", "För ") else None
            name = clean_name(main_part(found.group("name"))) if found else None
            if found and name and not looks_like_person(name) and len(name.split()) <= 6:
                start = at + found.start("name")
                parties.append(Party(name=name, evidence=[evidence(text, start, start + len(name))]))
            at += len(line) + 1
    return parties

