"""Statute references: an SFS number or a chapter/section pinpoint. A bare law name is not one.

Each reference once: an abbreviation and the full name ("2 kap. 3 § MB", "2 kap. 3 §
miljöbalken") are one reference, as is one the document abbreviates itself ("lag (2018:597) om
kommunal bokföring och redovisning (LKBR)" … "LKBR 6:9"). The text is recorded as printed with
OCR damage repaired ("$" and a set-apart "8" read as "§"). The grammar is in `legal_patterns`.

>>> [(r.sfs, r.text) for r in find_legal_refs(
...     "Föreningen ska följa bestämmelserna om jäv i lag (2018:672) om ekonomiska\\nföreningar.")]
[('2018:672', 'lag (2018:672) om ekonomiska föreningar')]
>>> [(r.sfs, r.text) for r in find_legal_refs("enligt 2 kap. 3 § kommunallagen (2017:725) och 4 kap. 1 § SoL")]
[('2017:725', '2 kap. 3 § kommunallagen (2017:725)'), (None, '4 kap. 1 § SoL')]
>>> [r.text for r in find_legal_refs("med stöd av 2 kap. 1 $ kommunallagen (2017:725) och 5 kap. 1 a 8 SoL")]
['2 kap. 1 § kommunallagen (2017:725)', '5 kap. 1 a § SoL']
>>> [r.text for r in find_legal_refs("insats enligt 9 § 3 LSS och 3 kap. 2$ PBL samt 21 kap. plan- och bygglagen")]
['9 § 3 LSS', '3 kap. 2 § PBL', '21 kap. plan- och bygglagen']
>>> [r.text for r in find_legal_refs("enligt 5 kap. 11-14 §§ kommunallagen och 11 kap. 5-6a $$\\njordabalken")]
['5 kap. 11-14 §§ kommunallagen', '11 kap. 5-6a §§ jordabalken']
>>> [r.text for r in find_legal_refs("Se 2 kap. 3 § MB. Enligt 2 kap. 3 § miljöbalken ska ...")]
['2 kap. 3 § MB']
>>> [r.text for r in find_legal_refs("enligt 14 kap § 6 SoL, samråd enligt 12 kap 68 Miljöbalken")]
['14 kap. 6 § SoL', '12 kap 6 § Miljöbalken']
>>> [r.text for r in find_legal_refs("enligt 16 kap 6 f 8 socialtjänstlagen och 28 f 8\\nlagen om stöd och service "
...                                  "till vissa funktionshindrade. Avgiften är 8 kr.")]
['16 kap 6 f § socialtjänstlagen', '28 f § lagen om stöd och service till vissa funktionshindrade']
>>> [r.text for r in find_legal_refs("Ersättarna underrättas enligt 6 kap 11 kommunallagen.")]
['6 kap 11 § kommunallagen']
>>> [(r.sfs, r.text) for r in find_legal_refs("Enligt lag (2018:597) om kommunal bokföring och "
...     "redovisning (LKBR) får bidrag … (LKBR 6:9). I 2§ LAV nämns …")]
[('2018:597', 'lag (2018:597) om kommunal bokföring och redovisning'), (None, 'LKBR 6:9')]
>>> [r.text for r in find_legal_refs("enligt 21 kap. 1 § lagen (2031:5) om offentlig upphandling (LOU). "
...                                  "Verket yrkar att 21 kap. 1 § LOU tillämpas.")]
['21 kap. 1 § lagen (2031:5) om offentlig upphandling']
>>> [r.text for r in find_legal_refs("Sekretess gäller enligt 26 kap. 1 § offentlighets- och sekretesslagen.")]
['26 kap. 1 § offentlighets- och sekretesslagen']
>>> [(r.sfs, r.text) for r in find_legal_refs(
...     "Insatserna ryms inom socialtjänstlagens (2001:453) bestämmelser och LSS (1993:387).")]
[('2001:453', 'socialtjänstlagens (2001:453)'), ('1993:387', 'LSS (1993:387)')]
>>> [r.text for r in find_legal_refs("lagen (2022:1250) om skyldighet för vissa utförare att vara "
...                                  "registrerade, samt 3 kap. 3 § socialtjänstlagen om kvalitet.")]
['lagen (2022:1250) om skyldighet för vissa utförare att vara registrerade', '3 kap. 3 § socialtjänstlagen']
>>> [(r.sfs, r.text) for r in find_legal_refs("beslutad med stöd av kommunallagen (2017:900), 2 kap. 5-6 §§. "
...     "Avgifter tas ut enligt kommunallagen (2017:900), 2 kap.\\n\\n6 § – självkostnadsprincipen.")]
[('2017:900', 'kommunallagen (2017:900), 2 kap. 5-6 §§'), ('2017:900', 'kommunallagen (2017:900), 2 kap. 6 §')]
>>> [r.text for r in find_legal_refs("jäv (6 kap. 28 § och 7 kap. 4 § kommunallagen) och 4 kap. 1 § SoL")]
['6 kap. 28 § kommunallagen', '7 kap. 4 § kommunallagen', '4 kap. 1 § SoL']
>>> find_legal_refs("med utgångspunkt i socialtjänstlagen och kommunallagen, 4 kap. i rapporten")
[]
>>> [(r.sfs, r.text) for r in find_legal_refs("inom den kommunala kompetensen enligt kommunallagen 2 kap. § 7. "
...     "Dagen uppmärksammas (förordning 2011:1065) och enligt lagen 2001:453 om stöd.")]
[(None, '2 kap. 7 § kommunallagen'), ('2011:1065', 'förordning 2011:1065'), ('2001:453', 'lagen 2001:453 om stöd')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from diarium.extract.evidence import evidence
from diarium.extract.regions import finditer, regions
from diarium.extract.legal_patterns import (
    BARE_SFS, BARE_STATUTE, DEFINED, NAMED_BARE_SFS, NAMED_SFS, NAMED_TAIL, abbreviation_after, abbreviation_signed,
    chapter_only, colon_pinpoint,
    glued_eight, law_first, law_first_misprinted, law_then_chapter, law_then_pinpoint,
    law_first_point, law_then_bracketed_pin, lost_sign, lost_sign_numbered, misprinted, pinpoint, statute_key)
from diarium.schemas import LegalRef
from diarium.schemas.structure import Structure
from diarium.text import squash

MARKUP = re.compile(r"<br\s*/?>|\|")        # table cells of a text dump: "med stöd av 3 kap.<br>6 §"
# Every reference has one of these; the patterns run only around them (see `regions`), as far as a
# reference reaches: its pinpoint before the anchor, the statute's name and its "om …" after it.
SIGN_OR_CHAPTER = re.compile(r"§|\$|kap")
COLON = re.compile(r"\d:\d")
SFS_ANCHOR = re.compile(r"\((?:SFS\s*)?\d{4}:\d")
BARE_SFS_ANCHOR = re.compile(r"(?<=[a-zåäö]\s)(?:1[89]|20)\d\d:\d")      # "förordning 2011:1065"
CHAPTER_WORD = re.compile(r"\dkap|\d\s+kap|\d\.kap")           # "PBL 14 kap", "kommunallagens 10 kapitel"
SIGN_AFTER_ABBREVIATION = re.compile(r"[A-ZÅÄÖ][ \t]*(?:§|\$|8[ \t])")  # "MBL § 14", OCR's "MBL 8 14"
POINT_ANCHOR = re.compile(r"\d\s+punkt\s+\d")                  # "(LSS) 7 punkt 3", its § dropped
EIGHT_ENDS = re.compile(r"[ \t]*(?:[.;)]?[ \t]*(?:\n|$))")
SIGN_AFTER_CHAPTER = re.compile(r"kap\.?\s*§")                # "kommunallagen 2 kap. § 7"
NAME_REACH = 40
SFS_THEN_PINPOINT = re.compile(r"\d{4}:\d+\),?\s+[\d§]")      # "kommunallagen (2017:900), 2 kap. 6 §"
REACH_BEFORE, REACH_AFTER = 80, 300


@dataclass
class Hit:
    start: int
    end: int
    sfs: str | None
    printed: str
    key: tuple[str, ...]


def _end(match: re.Match[str]) -> int:
    """Where the reference ends: before an "om …" that follows a named law."""
    tail = NAMED_TAIL.search(match.group(0))
    return match.start() + tail.start("tail") if tail else match.end()


def _printed(view: str, match: re.Match[str], end: int, misprint: bool) -> str:
    """The reference as printed, the sign repaired ('$', '8', 'S' → '§'; '2§' → '2 §'; '14 kap §
    6' → '14 kap. 6 §')."""
    text = view[match.start():end]
    sign = match.groupdict().get("sign")
    if sign == "":                      # lost: "6 kap 11 kommunallagen", "3 kap. 10-11 och 14 LOU"
        at = match.end("section") - match.start()
        several = re.search(r"\d\s*(?:-|–|,|och)\s*\d", match.group("section"))
        text = text[:at] + (" §§" if several else " §") + text[at:]
    elif sign and not sign.startswith("§"):
        at = match.start("sign") - match.start()
        glued = sign == "8" and text[at - 1].isdigit()
        text = text[:at] + (" §" if glued else "§" * len(sign)) + text[at + len(sign):]
    text = re.sub(r"(?<=\d)§", " §", re.sub(r"(?<=\d)\.(?=kap)", " ", squash(text)))
    if misprint:
        text = re.sub(r"^(\d+) kap\.? § (\S+(?: [a-z]\b)?)", r"\1 kap. \2 §", text)
    return text


def law_last(match: re.Match[str]) -> str:
    """'kommunallagen 2 kap. § 7', 'lagen om bostadsanpassning (6 §)' as a pinpoint is cited:
    '2 kap. 7 § kommunallagen', '6 § lagen om bostadsanpassning'."""
    chapter = f"{match.group('chapter')} kap. " if match.group("chapter") else ""
    sign = "§§" if len(match.group("sign")) > 1 else "§"
    return f"{chapter}{squash(match.group('section'))} {sign} {squash(match.group('law'))}"


def law_signed(match: re.Match[str]) -> str:
    """'MBL 8 14', 'MBL§14' as the reference is printed when its sign is read right: 'MBL § 14'."""
    sign = "§§" if len(match.group("sign")) > 1 else "§"
    return f"{match.group('law')} {sign} {squash(match.group('section'))}"


def _key(match: re.Match[str], defined: dict[str, str]) -> tuple[str, ...]:
    groups = match.groupdict()
    numbers = [n for name in ("chapter", "section", "section_after", "punkt", "point", "point_after") if groups.get(name)
               for n in re.findall(r"\d+\s?[a-z]?(?:\s*[-–]\s*[a-z]\b)?|\d+", groups[name])]
    law = re.sub(r"\s*\(.*", "", squash(groups.get("law") or ""))
    return (*[n.replace(" ", "") for n in numbers], defined.get(law) or statute_key(law))


def defined_abbreviations(view: str, named: list[re.Match[str]]) -> dict[str, str]:
    """Abbreviations the text defines after a statute: 'LKBR' → that statute's key."""
    defined = {}
    for match in named:
        after = DEFINED.match(view, match.end())
        if after:
            defined[after.group("abbreviation")] = statute_key(match.group("law"))
    return defined


def _pinpoints(view: str, defined: dict[str, str]) -> list[Hit]:
    names = tuple(sorted(defined))
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    signed = regions(SIGN_OR_CHAPTER, view, before=REACH_BEFORE, after=REACH_AFTER)
    colons = regions(COLON, view, before=REACH_BEFORE, after=REACH_BEFORE)
    numbered = regions(SFS_THEN_PINPOINT, view, before=REACH_BEFORE, after=REACH_BEFORE)
    sign_first = regions(SIGN_AFTER_CHAPTER, view, before=REACH_BEFORE, after=NAME_REACH)
    chapters = regions(CHAPTER_WORD, view, before=REACH_BEFORE, after=10)
    abbreviated = regions(SIGN_AFTER_ABBREVIATION, view, before=10, after=10)
    numbers = regions(SFS_ANCHOR, view, before=NAME_REACH, after=REACH_AFTER)
    points = regions(POINT_ANCHOR, view, before=2 * REACH_BEFORE, after=NAME_REACH)
    # Each pattern with the stretches it runs in; a later one only where no earlier one matched.
    abbreviation_first, sign_first_pattern = abbreviation_signed(names), law_first_misprinted(names)
    misprinted_pattern, chapter_after_law = misprinted(names), law_then_chapter(names)
    bracketed_pin = law_then_bracketed_pin(names)
    patterns = ((pinpoint(names), signed), (misprinted_pattern, signed), (glued_eight(names), signed),
                (colon_pinpoint(names), colons), (law_then_pinpoint(names), numbered), (law_first(names), signed),
                (abbreviation_after(names), signed), (lost_sign(names), signed), (chapter_only(names), signed),
                (abbreviation_first, abbreviated), (lost_sign_numbered(), numbers), (law_first_point(names), points),
                (sign_first_pattern, sign_first), (chapter_after_law, chapters),
                (bracketed_pin, signed))
    for pattern, spans in patterns:
        for match in finditer(pattern, view, spans):
            sign = match.groupdict().get("sign") or "§"
            if sign[0] in "8S" and match.groupdict().get("chapter") is None and pattern is not abbreviation_first \
                    and not (match.groupdict().get("section") or "").rstrip()[-1:].isalpha():
                continue          # a set-apart "8" or "S" is only trusted after "N kap." or "28 f"
            if pattern is abbreviation_first and sign == "8" and not EIGHT_ENDS.match(view, match.end()):
                continue          # "MBL 8 14" is a reference where nothing but its line's end follows
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if pattern in (chapter_after_law, bracketed_pin) and re.fullmatch(BARE_STATUTE, match.group("law")):
                continue          # "lagen 2 kap.": a statute word alone names no statute
            end = _end(match)
            printed = law_last(match) if pattern in (sign_first_pattern, bracketed_pin) else law_signed(match) \
                if pattern is abbreviation_first else _printed(view, match, end, pattern is misprinted_pattern)
            hits.append(Hit(match.start(), end, match.groupdict().get("sfs"), printed, _key(match, defined)))
            taken.append((match.start(), match.end()))
    return hits


def _numbers_only(view: str, named: list[re.Match[str]], taken: list[Hit]) -> list[Hit]:
    """Statutes cited by SFS number with no pinpoint: 'lag (2018:672) om …', 'SFS 2001:453'."""
    hits: list[Hit] = []
    for matches in (named, list(BARE_SFS.finditer(view))):
        for match in matches:
            if any(h.start <= match.start() < h.end for h in taken + hits):
                continue
            end = _end(match)
            hits.append(Hit(match.start(), end, match.group("sfs"), squash(view[match.start():end]),
                            ("sfs", match.group("sfs"))))
    return hits


# Pinpoints listed before the one the statute's name follows share its statute: "6 kap. 28 § och
# 7 kap. 4 § kommunallagen", "2 kap. 1 §, 3 kap. 4 § och 5 kap. 6 § SoL".
SHARED_PIN = r"(?:\d{1,3}\s*kap\.?\s+)?\d{1,3}(?:\s?[a-z])?\s*§"
SHARED_LIST = re.compile(rf"(?P<list>{SHARED_PIN}(?:\s*,\s*{SHARED_PIN})*)\s+(?:och|samt|eller)\s+$")
CITED = re.compile(r"^(?:\d+ kap\.? )?\d+(?: ?[a-z])? § (?P<law>[^\d\s].*)$")
PIN_NUMBERS = re.compile(r"\d+(?:\s?[a-z]\b)?")


def _shared(view: str, hits: list[Hit]) -> list[Hit]:
    """The pinpoints of a list before a cited pinpoint, each with the statute the list ends in."""
    found: list[Hit] = []
    for hit in hits:
        cited = CITED.match(hit.printed)
        listed = SHARED_LIST.search(view, max(0, hit.start - REACH_BEFORE), hit.start) if cited else None
        if cited is None or listed is None or listed.end() != hit.start:
            continue
        law = cited.group("law")
        for pin in re.finditer(SHARED_PIN, listed.group("list")):
            start, end = listed.start("list") + pin.start(), listed.start("list") + pin.end()
            numbers = [n.replace(" ", "") for n in PIN_NUMBERS.findall(pin.group())]
            printed = re.sub(r"(?<=\d)§", " §", squash(pin.group()))
            found.append(Hit(start, end, None, f"{printed} {law}", (*numbers, statute_key(law))))
    return found


def find_legal_refs(text: str, structure: Structure | None = None) -> list[LegalRef]:
    """Pinpoints first (they may carry an SFS number), then SFS numbers outside them; each
    reference once, in order of first appearance."""
    view = MARKUP.sub(lambda m: " " * len(m.group()), text)
    named = list(finditer(NAMED_SFS, view, regions(SFS_ANCHOR, view, before=REACH_BEFORE, after=REACH_AFTER)))
    named += finditer(NAMED_BARE_SFS, view, regions(BARE_SFS_ANCHOR, view, before=NAME_REACH, after=REACH_BEFORE))
    defined = defined_abbreviations(view, named)
    hits = _pinpoints(view, defined)
    hits += _shared(view, hits)
    hits += _numbers_only(view, named, hits)
    numbered = defined_numbers(view, named)
    found: dict[tuple[str, ...], LegalRef] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        ev = evidence(text, hit.start, hit.end)
        keys = (hit.key, by_number(hit, numbered))
        ref = next((found[key] for key in keys if key in found), None)
        if ref is not None:
            ref.evidence.append(ev)
            ref.sfs = ref.sfs or hit.sfs
        else:
            ref = LegalRef(sfs=hit.sfs, text=hit.printed, evidence=[ev])
        for key in keys:
            found.setdefault(key, ref)
    return list({id(ref): ref for ref in found.values()}.values())


def defined_numbers(view: str, named: list[re.Match[str]]) -> dict[str, str]:
    """The SFS number of each statute the text names with one and then abbreviates: its key → number."""
    return {statute_key(m.group("law")): m.group("sfs") for m in named
            if m.group("sfs") and DEFINED.match(view, m.end())}


def by_number(hit: Hit, numbered: dict[str, str]) -> tuple[str, ...]:
    """A pinpoint's key with its statute as the SFS number where the text gives one: "21 kap. 1 §
    lagen (2031:5) om offentlig upphandling (LOU)" and a later "21 kap. 1 § LOU" are one reference."""
    sfs = hit.sfs or numbered.get(hit.key[-1])
    return (*hit.key[:-1], f"sfs {sfs}") if sfs and len(hit.key) > 1 else hit.key
