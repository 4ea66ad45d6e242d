"""Parties: the organisations party to the agreement or partnership the document is about.

Organisations printed with an organisationsnummer in a list of partners are the parties; when
no organisationsnummer is printed, the names listed in sentences that make an agreement
("samarbetsavtal med A, B och C", "A, B och C har ingått i partnerskapet") are. The public
party is added as the document names it ("Socialförvaltningen", a kommun). Organisations that
have left, were refused, or are landlords are not parties.

>>> text = '''Idéburen sektor genom:
... • Rädda Barnen, organisationsnummer 802002-8638,
... • Stockholms stadsmission, organisationsnummer 802003- 1954.
... Offentlig sektor: Stockholms stad, Socialförvaltningen.'''
>>> [(p.name, p.orgnr, p.public) for p in find_parties(text)]
[('Rädda Barnen', '802002-8638', False), ('Stockholms stadsmission', '802003-1954', False), ('Socialförvaltningen', None, True)]
>>> [p.orgnr for p in find_parties("Avtalsparter\\nUtförare: Stiftelsen Kvinnojouren, org.nr 802433-1194\\n\\n"
...     "Utföraren hyr lokalerna av Mälarstaden Fastigheter AB, org.nr 556123-4567.")]
['802433-1194']
>>> text = ("Socialförvaltningen har upprättat ett samarbetsavtal med Stockholms stadsmission, "
...         "Svenska Röda Korset och Rädda Barnen från och med 1 juli 2024. Från början ingick "
...         "även Barnrättsbyrån i partnerskapet.")
>>> [p.name for p in find_parties(text)]
['Stockholms stadsmission', 'Svenska Röda Korset', 'Rädda Barnen', 'Socialförvaltningen']
"""
from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from diarium.extract.evidence import evidence
from diarium.extract.orgnr import find_orgnrs
from diarium.extract.patterns import plain_words
from diarium.language import words
from diarium.text import squash
from diarium.schemas import OrgNr, Party
from diarium.schemas.structure import Structure

NOT_A_PARTY = re.compile(
    r"(?i)tidigare|från början|även\s+\w+\s+ingick|ingick\s+även|inte\s+(?:längre|ingår|deltar)|deltar inte|"
    r"ej\s+längre|avslutat|avsluta sin|lämnat|utträtt|avslag|avslås|avslogs|hyresvärd|fastighetsägare|"
    r"hyr\s+ut|uthyrare|valt att avstå|\bhyr(?:s|es)?\s+(?:[\wåäö]+\s+){0,3}?av\b|hyresavtal\s+med")
AGREEMENT = rf"{plain_words(words('agreement_words'))}\w*"
LIST_END = rf"(?=\s*[.;:]\s|\s*[.;:]?$|\s+{plain_words(words('name_list_ends'))}\b|\s*\()"
AFTER_WITH = re.compile(rf"(?i){AGREEMENT}\s+(?:[\wåäöé]+\s+){{0,4}}?(?:med|mellan)\s+(?P<list>[^.;:\n]*?(?:\n[^.;:\n]*?){{0,3}}){LIST_END}")
BEFORE_JOINED = re.compile(
    rf"(?P<list>(?:[A-ZÅÄÖ][^.;:\n]*?)(?:\n[^.;:\n]*?){{0,2}})\s+(?:har|hade)\s+ingått\s+i\s+(?:ett\s+|det\s+)?(?:[\wåäöé]+\s+){{0,3}}?{AGREEMENT}")
ITEM_SPLIT = re.compile(r",\s*|\s+och\s+|\s+samt\s+")
PUBLIC_WORD = re.compile(r"(?i)förvaltning|nämnd|\bkommun\b|kommun$|\bstad\b|\bregion\b|landsting")
PUBLIC = re.compile(
    r"(?P<name>(?:\b[A-ZÅÄÖ][a-zåäö]+-\s+(?:och|samt)\s+|\b(?:[Ss]ocial|[Ss]ociala|[Gg]emensam|[Cc]entrala|[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*)\s+(?=[a-zåäö]))?"
    r"\b[A-ZÅÄÖa-zåäö]+f[öoó6é]rvaltning(?:en)?\b|\b[A-ZÅÄÖ][a-zåäö]+s?\s+kommun\b|\bRegion\s+[A-ZÅÄÖ][a-zåäö]+)")
PUBLIC_CONTEXT = re.compile(
    r"(?i)(?:mellan|tillsammans\s+med|offentlig\s+sektor\s*:|avtalspart\s*:|parter\s*:|part\s*:)\s*(?:[^.;,\n]{0,40},\s*)?(?P<tail>[^.;\n]{0,60})"
    r"|(?P<head>[^.;\n]{0,60})\s+(?:har|hade)\s+(?:upprättat|tecknat|ingått)")
# Said anywhere of an organisation, these mean it is not a party now (refused, or has left).
REFUSED_OR_LEFT = re.compile(
    r"(?i)avslår\s+ansökan|ansökan\s+avslås|ansökan\s+avslogs|(?:fick|fått|får)\s+avslag(?!\s+på\s+(?:sin|sina|deras)\s+asyl)|"
    r"avslag\s+på\s+(?:sin\s+|dess\s+)?ansökan|avslutade\s+sitt\s+åtagande|avslutat\s+sitt\s+åtagande|"
    r"valt\s+att\s+(?:avsluta|avstå)|lämnat\s+partnerskapet|utträtt|inte\s+längre\s+(?:ingår|deltar)|deltar\s+inte")
SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|\n\s*\n")
# "n\w{0,6}r": the label as printed or as OCR garbles it ("organisationsnhummer").
BEFORE_ORGNR = re.compile(r"(?i)[\s,(]*(?:org(?:anisations)?\.?\s*-?\s*n\w{0,6}r\.?|orgnr)?\s*[:.]?\s*$")


def name_before(text: str, start: int) -> str | None:
    """The organisation name printed just before an organisationsnummer on its line or list
    item (or at the end of the line before, when the number starts a line)."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\f", 0, start)) + 1
    segment = BEFORE_ORGNR.sub("", text[line_start:start])
    if not segment.strip() and line_start > 1:
        previous_start = max(text.rfind("\n", 0, line_start - 1), text.rfind("\f", 0, line_start - 1)) + 1
        segment = BEFORE_ORGNR.sub("", text[previous_start:line_start - 1])
    if text[line_start:start].strip() and line_start > 1 and not re.match(r"\s*(?:[-–•*»·]|\d+\.)", segment):
        # a name broken over the line: "... med Stiftelsen\nEtt Namn, organisationsnummer"
        previous = text[:line_start - 1].rsplit("\n", 1)[-1].split()
        carried: list[str] = []
        while previous and previous[-1][:1].isupper() and not previous[-1].endswith((",", ".", ":")):
            carried.insert(0, previous.pop())
        if carried and previous and previous[-1].islower():      # "... med Stiftelsen"
            segment = " ".join(carried + [segment])
    segment = re.sub(r"^\s*(?:[-–•*»·]|\d+\.)\s*", "", segment)
    segment = re.sub(r",\s*(?:genom|nedan|här|via|företrädd)\b.*$", "", segment)
    segment = re.split(r"(?<!-)\s(?:med|mellan|och|samt|är|av)\s|[:;(]", segment)[-1]
    name = squash(segment.strip(" ,."))
    return name if name[:1].isupper() and len(name) > 1 else None


def public_name(raw: str) -> str:
    """'socialförvaltning' → 'Socialförvaltningen', 'lerums kommun' → 'Lerums kommun'."""
    raw = squash(raw)
    if re.search(r"f.rvaltning$", raw.lower()) and " " not in raw:
        raw += "en"
    return raw[:1].upper() + raw[1:]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (a list item counts as part of its sentence)."""
    lefts = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - 400), start)]
    right = SENTENCE_BREAK.search(text, end)
    return text[lefts[-1] if lefts else max(0, start - 400):right.start() + 1 if right else len(text)]


def listed_names(raw: str) -> list[tuple[str, int]]:
    """'tre ideella organisationer, Stockholms stadsmission, Rädda Barnen och svenska Röda Korset'
    → the capitalised items with their offsets in `raw`."""
    items, pos = [], 0
    lines = raw.split("\n")
    while len(lines) > 1 and len(lines[0].split()) <= 3 and not re.search(r"[,.;:]\s*$", lines[0]) \
            and lines[1].lstrip()[:1].isupper():
        pos += len(lines.pop(0)) + 1       # a heading line above the sentence ("Ärendet")
    for piece in ITEM_SPLIT.split(raw[pos:]):
        offset = raw.find(piece, pos)
        pos = offset + len(piece)
        words = piece.split()
        while words and not words[0][:1].isupper():
            words.pop(0)
        name = " ".join(words)
        if name and len(name) > 2 and not re.match(r"(?i)(?:de|dessa|följande|tre|fyra|fem)\b", name):
            items.append((name, offset + piece.find(words[0])))
    return items


def from_orgnrs(text: str, orgnrs: list[OrgNr]) -> list[Party]:
    parties = []
    for org in orgnrs:
        for ev in org.evidence:
            name = name_before(text, ev.start)
            if not name or NOT_A_PARTY.search(sentence_around(text, ev.start, ev.end)):
                continue
            org.name = org.name or name
            public = bool(PUBLIC_WORD.search(name)) or org.orgnr.startswith(("212000", "232100"))
            last_word = text.rfind(name.split()[-1], max(0, ev.start - 300), ev.start)
            start = last_word - len(name) + len(name.split()[-1])
            span = evidence(text, start, ev.end) if last_word >= 0 and start >= 0 else ev
            parties.append(Party(name=name, orgnr=org.orgnr, orgnr_valid=org.orgnr_valid,
                                 public=public, evidence=[span]))
    return parties


def from_sentences(text: str) -> list[Party]:
    parties = []
    for pattern in (AFTER_WITH, BEFORE_JOINED):
        for match in pattern.finditer(text):
            if NOT_A_PARTY.search(sentence_around(text, match.start(), match.end())):
                continue
            for name, offset in listed_names(match.group("list")):
                if PUBLIC_WORD.search(name):
                    continue
                start = match.start("list") + offset
                parties.append(Party(name=squash(name),
                                     evidence=[evidence(text, start, start + len(name))]))
    return parties


def public_party(text: str) -> Party | None:
    """The förvaltning or kommun the document names as the public party, most often named first."""
    counts: Counter[str] = Counter()
    spans: dict[str, tuple[int, int]] = {}
    for context in PUBLIC_CONTEXT.finditer(text.replace("\n", " ")):     # a name broken over a line
        group = "tail" if context.group("tail") is not None else "head"
        part = context.group(group)
        for match in PUBLIC.finditer(part):
            name = public_name(match.group("name"))
            counts[name] += 1
            start = context.start(group) + match.start()
            spans.setdefault(name, (start, start + len(match.group(0))))
    if not counts:
        return None
    # A förvaltning is the party the gold names when both it and the kommun are printed.
    name = max(counts, key=lambda n: (bool(re.search(r"rvaltningen$", n)), counts[n]))
    full = full_name(text, name)
    if full:
        return Party(name=full.group(0), public=True, evidence=[evidence(text, full.start(), full.end())])
    return Party(name=name, public=True, evidence=[evidence(text, *spans[name])])


def full_name(text: str, name: str) -> re.Match | None:
    """"Spånga-Tensta stadsdelsförvaltning" where the party is named "stadsdelsförvaltningen": a
    district's förvaltning is only named in full with the district before it."""
    if not re.fullmatch(r"(?i)stadsdelsf.rvaltningen|stadsdelskontoret|f.rvaltningen", name):
        return None
    stem = name[:-2] if name.endswith("en") else name[:-3]
    return re.search(rf"\b[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*\s+{re.escape(stem.lower())}\b", text)


def merge(parties: list[Party]) -> list[Party]:
    """One party per orgnr, else per name (token-set match keeps the longer spelling)."""
    merged: list[Party] = []
    for party in parties:
        twin = next((p for p in merged if (p.orgnr and p.orgnr == party.orgnr) or (
            not (p.orgnr and party.orgnr) and
            fuzz.token_set_ratio(p.name.casefold(), party.name.casefold()) >= 90)), None)
        if twin is None:
            merged.append(party)
            continue
        twin.evidence.extend(party.evidence)
        if not twin.orgnr and party.orgnr:
            twin.orgnr, twin.orgnr_valid = party.orgnr, party.orgnr_valid
        if len(party.name) > len(twin.name) and party.name[:1].isupper() and not party.orgnr:
            twin.name = party.name
    return merged


def refused_or_left(text: str) -> list[str]:
    """The sentences that say an organisation was refused or has left (whitespace squashed)."""
    return [squash(s).casefold() for s in re.split(r"(?<=[.!?])\s+", text)
            if REFUSED_OR_LEFT.search(squash(s))]


def find_parties(text: str, orgnrs: list[OrgNr] | None = None,
                 structure: Structure | None = None) -> list[Party]:
    orgnrs = find_orgnrs(text) if orgnrs is None else orgnrs
    excluded = refused_or_left(text)
    parties = [p for p in merge(from_orgnrs(text, orgnrs)) or merge(from_sentences(text))
               if p.public or not any(p.name.casefold() in sentence for sentence in excluded)]
    if parties and not any(p.public for p in parties):
        public = public_party(text)
        if public:
            parties.append(public)
    return parties
