"""A list of names in running text ("avtal med A, B och C", "mellan kommunen och X"): where the
list ends, how it splits into items, and the organisation's name in each item; a reference
word ("kommunen") stands for the party the document names.

>>> item_name("föreningen Gläntan")
('Gläntan', 11)
>>> item_name("Norrby Fastigheter i Ekeby Kommanditbolag")
('Norrby Fastigheter i Ekeby Kommanditbolag', 0)
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.party_names import clean_name, is_reference, resolve_reference
from diarium.extract.patterns import plain_words
from diarium.extract.units import Unit
from diarium.language import words
from diarium.schemas import Party

# "i" ends a list ("avtal med X i syfte att …") unless a company's name goes on through it to its
# legal form: "Lagerhus i Borås AB", "Bostadsbolaget i Mölndal AB", "X Fastigheter i Ekeby Kommanditbolag".
CAPITALISED_FORM = rf"(?=(?-i:[A-ZÅÄÖ]))(?i:[\wåäö-]*?{plain_words(w for w in words('organisation_forms') if w.islower())})[\wåäö]*"
NAME_AFTER_I = (rf"\s+(?:[A-ZÅÄÖ][\wåäö-]*\s+){{1,3}}?(?:{plain_words(w for w in words('organisation_forms') if w.isupper())}\b"
                rf"|{CAPITALISED_FORM}(?![\wåäö]))")
# "(Kommunen) och Norrby Hem AB": a side's defined term in parentheses, the list going on after it.
DEFINED_TERM = r"[”“\"']?[A-ZÅÄÖ][\wåäö-]+[”“\"']?\)\s*,?\s+(?:och|samt)\s"
LIST_END = (rf"(?=\s*[.;:]\s|\s*[.;:]?$|\s+{plain_words(words('name_list_ends') - {'i'})}\b|\s+i\b(?!{NAME_AFTER_I})"
            rf"|\s*\((?!{DEFINED_TERM})|(?<!\b[Nn]r)\s+\d)")    # "… Fastigheter Nr 3" is a name's number, no date or sum
# A list runs to a point or colon, not one inside a word: "S:t Görans sjukhus AB", "M.H.E Kliniken AB".
LIST_CHAR = r"(?:[^.;:]|(?<=[\wåäö])[.:](?=[\wåäö]))"
QUOTED = re.compile(r"\([^()]*\)|[”“\"»«„']")
ITEM_SPLIT = re.compile(r",\s*|(?<!-)\s+(?:och|samt|respektive|OCH|SAMT)\s+")     # (a title in capitals)
# "Bildningsförbundet Ekeby/Studieförbundet Norrby": two names of two capitalised words or more, a slash
# between them ("Ekeby/Norrbyregionen" is one region's name, "Kulturarvet/Museet" one body's).
SLASH_PAIR = re.compile(r"^(?P<left>\s*(?:\S+\s+)*?[A-ZÅÄÖ]\S*\s+[A-ZÅÄÖ][^\s/]*)/(?=[A-ZÅÄÖ][^\s/]*\s+[A-ZÅÄÖ])")
CONNECTORS = words("name_connectors")
FUNCTION_WORDS = words("function_words") - words("name_particles")
SET_DETERMINERS = words("set_determiners")
NOT_NAMES = words("not_names")
LEGAL_FORMS = {w for w in words("organisation_forms") if w.isupper()}
LOWER_FORMS = tuple(w for w in words("organisation_forms") if w.islower())


def item_name(item: str) -> tuple[str, int] | None:
    """The name in one list item and where it starts: descriptors in small letters before it
    dropped ('föreningen Gläntan' → 'Gläntan'), words after it that are not part of it cut
    ('Regionen vad avser ansvar' → 'Regionen'); a short tail in small letters is kept
    ('Ekeby stadsmission', 'Kvinnojouren Västerö ideell förening')."""
    tokens = [(m.group(0), m.start()) for m in re.finditer(r"\S+", item)]
    first = next((k for k, (t, _) in enumerate(tokens) if t[:1].isupper() or t[:1].isdigit()), None)
    if first is None or tokens[first][0][:1].isdigit() or tokens[first][0].lower() in SET_DETERMINERS:
        return None
    kept = [tokens[first][0]]
    rest = tokens[first + 1:]
    for k, (token, _) in enumerate(rest):
        following = rest[k + 1][0] if k + 1 < len(rest) else ""
        if token.strip(",.:;") in NOT_NAMES or (kept[-1] in LEGAL_FORMS and len(kept) > 1 and following.isalpha()
                                                 and following.islower() and following not in CONNECTORS):
            break                       # '… AB Dnr KS', 'Renhållnings AB Föreligger skrivelse': the name has ended
                                        # (a form that opens the name, 'AB Transportia', ends nothing)
        if token[:1].isupper() or (token[:1].isdigit() and kept[-1][:1].isupper()):
            kept.append(token)
        elif token.isalpha() and token.endswith("s") and kept[-1].endswith("s") and following[:1].isupper():
            kept.append(token)          # 'Bergums kommuns Fastighets AB': genitives inside a name
        elif kept[-1].endswith("-") and token in CONNECTORS and following:    # 'Arbetsmarknads- och social…'
            kept.append(token)
        elif kept[-2:-1] and kept[-2].endswith("-") and kept[-1] in CONNECTORS:
            kept.append(token)
        elif token in CONNECTORS and following[:1].isupper() and (token != "och" or kept[-1].endswith("-")):
            kept.append(token)
        elif token[:1].isalpha() and len(rest) - k <= 2 and not any(
                t in FUNCTION_WORDS or not t.isalpha() for t, _ in rest[k:]):
            kept.extend(t for t, _ in rest[k:])
            break
        else:
            break
    if len(kept) == 2 and re.fullmatch(r"[A-ZÅÄÖ]\w+(?:en|et)s", kept[0]) and kept[1].islower() \
            and not kept[1].endswith(LOWER_FORMS):
        kept = [kept[0][:-1]]          # 'Fritidsbankens lokal': the owner is the party ('Lidens förening' is one)
    return " ".join(kept), tokens[first][1]


def listed_parties(text: str, unit: Unit, list_start: int, raw: str, document: str) -> list[Party]:
    """A party for every name in the list `raw` (which starts at unit.text[list_start])."""
    parties = []
    pos = 0
    raw = QUOTED.sub(lambda m: " " * len(m.group(0)), raw)     # '(”Kommunen”)': a defined term, same length
    for piece in [part for item in ITEM_SPLIT.split(raw) for part in slash_pair(item)]:
        offset = raw.find(piece, pos)
        pos = offset + len(piece)
        found = (piece.strip(), piece.find(piece.strip())) if is_reference(piece) else item_name(piece)
        if not found:
            continue
        name, at = found
        if is_reference(name):
            resolved = resolve_reference(name, document)
            if not resolved:
                continue
            name = resolved
        else:
            cleaned = clean_name(name)
            if not cleaned or common_noun(cleaned, document):
                continue
            name = cleaned
        start = list_start + offset + at
        length = len(name) if found[0].startswith(name) else len(found[0])    # the words read, no more
        parties.append(Party(name=name, evidence=[evidence(text, *unit.span(start, start + length))]))
    return apposition(parties, raw)


# A kommun, stad, region or landsting as a whole (its name ends so, or opens with "Region").
WHOLE_PUBLIC = re.compile(r"(?i)(?:kommun|\bstad|region(?:en)?|landsting(?:et)?)$|^Region\s")
CONJUNCTION = re.compile(r"(?i)\s(?:och|samt|respektive)\s")


def apposition(parties: list[Party], raw: str) -> list[Party]:
    """A list without a conjunction that opens with a whole public body names one party: the
    names after it are its units in apposition ("till Region Ekeby, Kulturförvaltningen, för
    …"); a list of parties joins its last with "och".

    >>> [p.name for p in apposition([Party(name="Region Ekeby"), Party(name="Ekeby museum")], "Region Ekeby, Ekeby museum")]
    ['Region Ekeby']
    """
    if len(parties) < 2 or CONJUNCTION.search(raw) or not WHOLE_PUBLIC.search(parties[0].name):
        return parties
    if any(WHOLE_PUBLIC.search(p.name) or p.name.split()[-1] in LEGAL_FORMS for p in parties[1:]):
        return parties
    return parties[:1]


def slash_pair(item: str) -> list[str]:
    """The two names of an item that joins them with a slash, else the item.

    >>> slash_pair("Bildningsförbundet Ekeby/Studieförbundet Norrby Väst om driften")
    ['Bildningsförbundet Ekeby', 'Studieförbundet Norrby Väst om driften']
    >>> slash_pair("landstingen i Ekeby/Norrbyregionen"), slash_pair("Kulturarvet/Ekeby museum")
    (['landstingen i Ekeby/Norrbyregionen'], ['Kulturarvet/Ekeby museum'])
    """
    pair = SLASH_PAIR.match(item)
    return [pair.group("left"), item[pair.end():]] if pair else [item]


def common_noun(name: str, document: str) -> bool:
    """A single capitalised word the document also writes in small letters is a defined term
    of the agreement ('Detaljplanen', 'Fastigheten'), not a name."""
    if " " in name:
        return False
    stem = re.sub(r"(?:en|et|n|t)$", "", name.lower())
    return bool(re.search(rf"(?<![\wåäö])(?:{re.escape(name.lower())}|{re.escape(stem)})(?![\wåäö])", document))


