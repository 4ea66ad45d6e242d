"""The grammar of a Swedish statute reference, as regular expressions built from the word lists.

A reference names a statute — a named law ("socialtjänstlagen", "plan- och bygglagen"), an
abbreviation ("SoL", `law_abbreviations.tsv`, or one the document defines: "lag (2018:597) om
kommunal bokföring och redovisning (LKBR)"), or a generic "lag (2018:672) om …" — and a pinpoint
before it: a chapter ("21 kap."), sections and ranges ("11-14 §§", "5-6 a §§", OCR "2$", "1 8"),
stycke and punkt ("9 § 3 LSS", "6 § andra stycket"). An abbreviation may also take the pinpoint
after it, chapter and section joined by a colon ("LKBR 6:9").

>>> import re
>>> bool(re.fullmatch(law_pattern(()), "plan- och bygglagen")), bool(re.fullmatch(law_pattern(("LAV",)), "LAV"))
(True, True)
>>> statute_key("Socialtjänstlagen"), statute_key("SoL"), statute_key("lagen om offentlig upphandling")
('socialtjänstlagen', 'socialtjänstlagen', 'lag om offentlig upphandling')
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.patterns import plain_alternation
from diarium.language import table, words

SFS_NUMBER = r"(?:1[89]|20)\d{2}:\d{1,4}"
# "(2010:900)", "(SFS 2010:900)", and with the law's abbreviation first: "(PBL, SFS 2010:900)".
ABBREVIATED = r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,6}"
SFS = rf"\((?:{ABBREVIATED},\s*)?(?:SFS\s*)?(?P<sfs>{SFS_NUMBER})\)"
# "lag", "lagen", "balken" …: the words that end a statute's name, definite forms first.
STATUTE_FORMS = sorted({form for word, definite in table("statute_words").items() for form in (word, definite)},
                       key=lambda form: (-len(form), form))
STATUTE_WORD = "(?:" + "|".join(f"[{f[0].upper()}{f[0]}]{f[1:]}" for f in STATUTE_FORMS) + ")"
# A statute word alone ("lagen", "förordningen") names no statute of its own.
BARE_STATUTE = "(?i:" + "|".join(STATUTE_FORMS) + r")s?\b"
NAMED = rf"(?:[a-zåäöA-ZÅÄÖ][a-zåäö]*-\s+och\s+)?[a-zåäöA-ZÅÄÖ-]*{STATUTE_WORD}"
# "om …" after "lag (2018:672)": up to the punctuation, the line's end or the wide gap that ends the
# law's title, else to a word that cannot be in one.
_WORD = r"[a-zåäö][\wåäö:-]*"
ABOUT = (rf"(?:\s+(?:om|med)\s+{_WORD}(?:[ \t]+{_WORD}|[ \t]*\n[ \t]*{_WORD}){{0,10}}"
         r"(?=[ \t]*[.,;:()]|[ \t]*\n|[ \t]*$|\s{2,}|\s+[\dA-ZÅÄÖ])"
         rf"|\s+(?:om|med)\s+{_WORD}(?:\s+(?:och\s+)?{_WORD}){{0,8}}?"
         r"(?=\s*[.,;:)]|\s+(?:samt|och|eller|i|enligt|som|där|vid|för|ska)\b|\s*$))?")
SECTION = r"\d+(?:\s?[a-z]\b)?"
# The word after a chapter's number: "kap.", "kap", "kapitel", "kapitlet", glued to the number by a
# stray full stop ("9.kap. 12 §").
CHAPTER = r"(?:\s*|\.)kap(?:itlet|itel)?\.?"
# A range of lettered sections keeps its letters: "6 f-g §§".
SECTIONS = rf"(?P<section>{SECTION}(?:\s*(?:-|–|och|,)\s*{SECTION}|(?<=[a-z])\s*[-–]\s*[a-z]\b)*)"
# § as printed, and as OCR prints it: "$" anywhere; "8" and "S" only after a chapter, set apart.
SIGN = r"(?P<sign>§§?|\${1,2}|(?<=\s)[8S](?=\s))"
ORDINALS = plain_alternation(words("ordinals"))
# stycke and punkt after the section; the punkt is part of the pinpoint ("9 kap. 31 § 2 punkten",
# "9 kap. 30 § punkt 4").
PARAGRAPH_PARTS = (rf"(?:\s*(?:{ORDINALS}|\d+)\s+st(?:ycket|\.))?"
                   r"(?:\s*(?P<point>\d+)\s*p(?:unkten|\.)|\s+punkt\s+(?P<point_after>\d+)\b)?")


def abbreviations() -> dict[str, str]:
    return table("law_abbreviations")


@lru_cache(maxsize=64)
def law_pattern(defined: tuple[str, ...]) -> str:
    """A statute's name: named ("plan- och bygglagen", a generic "lag") or an abbreviation (known
    or `defined` by the document)."""
    return rf"(?:{NAMED}\b|\b{plain_alternation([*abbreviations(), *defined])}\b)"


def cited(defined: tuple[str, ...]) -> str:
    """The statute as cited after a pinpoint: its name, an SFS number, "om …" after a generic one."""
    return rf"(?P<law>{law_pattern(defined)})(?:\s*{SFS})?{ABOUT}"


@lru_cache(maxsize=64)
def pinpoint(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'2 kap. 3 § MB', '9 § 3 LSS', '3 kap. 2$ …', '11 kap. 5-6 a §§ jordabalken', the statute
    also in brackets after its pinpoint ('6 § (arkivlagen)')."""
    return re.compile(
        rf"(?<![\w§])(?:(?P<chapter>\d+){CHAPTER}\s*)?{SECTIONS}\s*{SIGN}{PARAGRAPH_PARTS}"
        rf"(?:\s+(?P<punkt>\d+)(?=\s+{law_pattern(defined)}))?\s+(?P<bracket>\()?{cited(defined)}(?(bracket)\))")


@lru_cache(maxsize=64)
def misprinted(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'14 kap § 6 SoL': the sign before the section (also as OCR prints it: '14 kap 8 6 SoL')."""
    return re.compile(rf"(?<![\w§])(?P<chapter>\d+){CHAPTER}\s*(?P<sign>§|\$|(?<=\s)[8S](?=\s))\s*(?P<section>{SECTION})"
                      rf"\s+{cited(defined)}")


@lru_cache(maxsize=64)
def glued_eight(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'12 kap 68 Miljöbalken': OCR read '6 §' as '68' (no sign, the section's last digit an 8)."""
    return re.compile(rf"(?<![\w§])(?P<chapter>\d+){CHAPTER}\s+(?P<section>\d+)(?P<sign>8)\s+{cited(defined)}")


@lru_cache(maxsize=64)
def lost_sign(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'6 kap 11 kommunallagen', '3 kap. 10-11 och 14 LOU': a chapter and its sections whose sign the
    text layer lost."""
    lone = r"\d{1,3}(?:\s?[a-z]\b)?"
    return re.compile(rf"(?<![\w§])(?P<chapter>\d+){CHAPTER}\s+(?P<section>{lone}(?:\s*(?:-|–|,|och)\s*{lone})*)(?P<sign>)"
                      rf"\s+{cited(defined)}")


@lru_cache(maxsize=64)
def lost_sign_numbered() -> re.Pattern[str]:
    """'enligt 12 i förordningen (2031:14) om …', 'med stöd av 4 förordning (2031:5)': a section
    whose sign a transcript dropped, cited by a statute with its SFS number."""
    return re.compile(rf"(?:(?<=enligt )|(?<=av )|(?<=jämlikt ))(?P<section>\d{{1,3}}(?:\s?(?!i\s)[a-z]\b)?)(?P<sign>)"
                      rf"\s+(?:i\s+)?(?P<law>{NAMED})\s*{SFS}{ABOUT}")


@lru_cache(maxsize=64)
def law_first_point(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'lagen om stöd och service till vissa funktionshindrade (LSS) 7 punkt 3': the statute named
    first, then a section whose sign a transcript dropped and its punkt."""
    abbreviated = plain_alternation([*abbreviations(), *defined])
    return re.compile(rf"(?<![\w-])(?P<law>{law_first_name(defined)}){ABOUT}(?:\s*\((?:{abbreviated})\))?"
                      rf"\s+(?P<section>\d{{1,3}}(?:\s?[a-h]\b)?)(?P<sign>)\s+punkt\s+(?P<point_after>\d+)\b")


@lru_cache(maxsize=64)
def law_then_pinpoint(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'kommunallagen (2017:900), 2 kap. 5-6 §§': the statute and its SFS number, then the pinpoint
    (also with the sign first: 'bibliotekslagen (2013:801) §9')."""
    return re.compile(rf"(?P<law>{law_pattern(defined)})\s*{SFS},?\s+(?:(?:(?P<chapter>\d+){CHAPTER}\s*)?"
                      rf"{SECTIONS}\s*{SIGN}|§\s?(?P<section_after>\d+(?:\s?[a-z]\b)?))(?!\w)")


def law_first_name(defined: tuple[str, ...]) -> str:
    """A statute named before its pinpoint, also in the genitive: "skollagens 26 kap. 2 §"."""
    return rf"(?:{NAMED}s?\b|\b{plain_alternation([*abbreviations(), *defined])}\b)"


@lru_cache(maxsize=64)
def law_then_chapter(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'PBL 14 kap', 'kommunallagens 10 kapitel': the statute named first, then a whole chapter."""
    return re.compile(rf"(?<![\w-])(?P<law>{law_first_name(defined)})\s+(?P<chapter>\d+)"
                      r"(?:\s*|\.)kap(?:itlet\b|itel\b|\.|\b)(?![.\s]*(?:\d|§|\$))")


@lru_cache(maxsize=64)
def law_first(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'Plan- och bygglagen 4 kap. 34 §', 'PBL 9 kap. 30 § punkt 4', 'plan- och bygglagen 9 kap 33 §
    (PBL, SFS 2010:900)': the statute named first, then a chapter and its section."""
    return re.compile(rf"(?<![\w-])(?P<law>{law_first_name(defined)})\s+(?P<chapter>\d+){CHAPTER}\s*{SECTIONS}\s*{SIGN}"
                      rf"{PARAGRAPH_PARTS}(?:\s*{SFS})?(?!\w)")


@lru_cache(maxsize=64)
def law_then_bracketed_pin(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'lagen om bostadsanpassning (6 §)', 'förvaltningslagen (2 kap. 4 §)': the statute named in
    the sentence, its pinpoint in brackets after it."""
    return re.compile(rf"(?<![\w-])(?P<law>{law_pattern(defined)}{ABOUT})\s*\(\s*(?:(?P<chapter>\d+){CHAPTER}\s*)?"
                      rf"{SECTIONS}\s*(?P<sign>§§?)\s*\)")


@lru_cache(maxsize=64)
def law_first_misprinted(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'kommunallagen 2 kap. § 7': the statute first, the sign before the section."""
    return re.compile(rf"(?<![\w-])(?P<law>{law_pattern(defined)})\s+(?P<chapter>\d+){CHAPTER}\s*(?P<sign>§)\s*"
                      rf"(?P<section>{SECTION})(?![\w§])")


@lru_cache(maxsize=64)
def abbreviation_signed(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'MBL § 14', OCR's 'MBL 8 14': an abbreviation, then the sign and the section (no chapter),
    as a negotiation or a paragraph of a short act is cited. A set-apart '8' is read as the sign
    only between an abbreviation and a number that ends the reference."""
    abbreviated = plain_alternation([*abbreviations(), *defined])
    return re.compile(rf"\b(?P<law>{abbreviated})[ \t]*(?P<sign>§§?|\${{1,2}}|(?<=[ \t])8(?=[ \t]))[ \t]*"
                      rf"(?P<section>\d{{1,3}}(?:[ \t]?[a-z]\b)?)(?![\w§]|[.,]\d|[ \t]*(?:kap|§|%))")


@lru_cache(maxsize=64)
def abbreviation_after(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'9 kap 30-32 a §§ (PBL, SFS 2010:900)': the pinpoint, the law's abbreviation in brackets."""
    abbreviated = plain_alternation([*abbreviations(), *defined])
    return re.compile(rf"(?<![\w§])(?:(?P<chapter>\d+){CHAPTER}\s*)?{SECTIONS}\s*{SIGN}{PARAGRAPH_PARTS}"
                      rf"\s*\((?P<law>{abbreviated}),\s*(?:SFS\s*)?(?P<sfs>{SFS_NUMBER})\)")


@lru_cache(maxsize=64)
def chapter_only(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'21 kap. plan- och bygglagen': a whole chapter."""
    return re.compile(rf"(?<![\w§])(?P<chapter>\d+){CHAPTER}\s+{cited(defined)}")


@lru_cache(maxsize=64)
def colon_pinpoint(defined: tuple[str, ...]) -> re.Pattern[str]:
    """'LKBR 6:9': an abbreviation, then chapter:section."""
    abbreviated = plain_alternation([*abbreviations(), *defined])
    return re.compile(rf"\b(?P<law>{abbreviated})\s+(?P<chapter>\d{{1,2}}):(?P<section>\d{{1,3}}(?:\s?[a-z]\b)?)(?![\d:])")


NAMED_SFS = re.compile(
    rf"(?P<law>(?:(?:\b[a-zåäö]+-\s+och\s+)?\b[a-zåäöA-ZÅÄÖ-]*{STATUTE_WORD}s?"
    rf"|\b{plain_alternation(table('law_abbreviations'))})\s*{SFS}{ABOUT})")
# "(förordning 2011:1065)": a statute and its SFS number with no brackets around the number.
NAMED_BARE_SFS = re.compile(rf"(?P<law>{NAMED})\s+(?:SFS\s*)?(?P<sfs>{SFS_NUMBER})(?![\d:]){ABOUT}")
BARE_SFS = re.compile(rf"\bSFS\s*(?P<sfs>{SFS_NUMBER})\b")
# "… (2018:597) om kommunal bokföring och redovisning (LKBR)": an abbreviation the text defines.
DEFINED = re.compile(r"\s*\((?P<abbreviation>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,6})\)")
# A named law takes no "om …"; only a generic "lag", "förordning" does: "3 kap. 3 §
# socialtjänstlagen om kvalitet".
NAMED_TAIL = re.compile(
    rf"(?:\b(?!(?:{'|'.join(STATUTE_FORMS)})\b)[a-zåäö]{{3,}}(?:{'|'.join(STATUTE_FORMS)})s?"
    rf"|\b{plain_alternation(table('law_abbreviations'))})"
    rf"(?:\s*{SFS.replace('?P<sfs>', '')})?(?P<tail>\s+(?:om|med)\s.*)$", re.S)


def _indefinite(word: str) -> str:
    for indefinite, definite in table("statute_words").items():
        if word == definite:
            return indefinite
    return word


def statute_key(law: str) -> str:
    """One name for a statute however it is cited: abbreviations spelt out, the SFS number and a
    genitive dropped, 'lagen om …' as 'lag om …'."""
    law = re.sub(rf"\s*{SFS.replace('?P<sfs>', '')}", "", " ".join(law.split()))
    law = abbreviations().get(law, law).lower()
    head, _, rest = law.partition(" ")
    return " ".join(filter(None, (_indefinite(head), rest)))
