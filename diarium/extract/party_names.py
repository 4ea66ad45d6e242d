"""Names of parties: where a name printed in a clause starts and ends, and which words only
refer back to a party ("Kommunen", "Exploatören", "bolaget").

A name before an organisationsnummer runs back to the start of its clause: a list marker, a
preposition ("mellan", "med", "av"), a defined term ("nedan kallad Kommunen"), the end of a
sentence. Two lines the structure joined into one paragraph ("…, nedan kallad Kommunen Nils
Lindahl Fastigheter AB (556901-4565)") are cut apart at the defined term, and a name broken
over a line break is whole because the paragraph is.

>>> name_at_end("a) Ekeby kommun (")
'Ekeby kommun'
>>> name_at_end("Ekeby kommun (212000-9994), nedan kallad Kommunen Nils Lindahl Fastigheter AB (")
'Nils Lindahl Fastigheter AB'
>>> name_at_end("Mellan Västerö stad, Arbetsmarknads- och socialnämnden, organisationsnummer")
'Västerö stad'
>>> name_at_end("Staten genom Trafikverket, Västra Regionen, org.nr")
'Trafikverket'
>>> name_at_end("och Föreningen Stadsmissionen i Ekeby, organisationsnummer")
'Föreningen Stadsmissionen i Ekeby'
>>> name_at_end("Dotterbolag (WK Norra Åsa AB, ")
'WK Norra Åsa AB'
>>> name_at_end("Köpare: Lagerbolag 100200 AB, u.ä.t. Norrby Logistik XL AB, (")
'Lagerbolag 100200 AB, u.ä.t. Norrby Logistik XL AB'
>>> name_at_end("AVTAL Parter Ekeby kommun, "), name_at_end(", 123 45 Ekeby Norrby Bygg AB, ")
('Ekeby kommun', 'Norrby Bygg AB')
>>> name_at_end("SÄLJARE Ekeby kommun "), name_at_end("Norrby Bygg AB Postadress Box 12, 123 45 Ekeby Org.nr")
('Ekeby kommun', 'Norrby Bygg AB')
>>> name_at_end("2. att köpa bolaget Norrby Holding 7 AB med organisationsnummer ")
'Norrby Holding 7 AB'
>>> clean_name("**WayfinderAI** (enskild firma, innehavare Albin Olsson)")
'WayfinderAI'
>>> clean_name("Trafikverket Bevakningsavtal – Belysningsanläggning Särö")
'Trafikverket'
>>> clean_name("Norrby Bygg AB, xxx.xx"), clean_name("Norrby Bygg AB XXXX")
('Norrby Bygg AB', 'Norrby Bygg AB')
>>> [is_reference(w) for w in ("Kommunen", "Exploatören", "Region Norrland")]
[True, True, False]
>>> kommun_name("EKEBY KOMMUN\\nAvtalet mellan kommunen och bolaget. Ekeby kommun betalar.")
'Ekeby kommun'
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from diarium.extract.orgnr import is_label
from diarium.extract.patterns import plain_words
from diarium.language import table, words
from diarium.text import squash

AGREEMENT_IN_WORD = re.compile(rf"(?i)\w*{plain_words(words('agreement_words'))}\w*")
# Where the clause holding a name starts (the name follows the last of these).
CLAUSE_START = re.compile(
    r"(?:^|[;:]\s|(?<=[a-zåäö]{3})[.!?]\s|(?<![\w-])(?<!-\s)(?i:" + "|".join(sorted(words("clause_prepositions"))) + r")\s"
    r"|\bnedan(?:\s+(?:kallad|kallat|kallade|benämnd|benämnt|gemensamt))?\s+\S+(?:\s*\([^)]*\))?\s*"
    r"|(?:^|\s)(?:[a-zA-Z]|\d{1,2}(?:\.\d{1,2})*)[).]\s|(?:^|\s)\d{1,2}(?:\.\d{1,2})+\s|[•*»·]\s|(?:^|\s)[-–—]\s)")
# "X AB med organisationsnummer": the preposition joins the label to the name, and is no word of it.
ORGNR_LABEL = re.compile(r"(?i)[\s,(]*(?:(?:(?<=\s)med\s+)?(?:org(?:anisations)?\.?\s*-?\s*n\w{0,6}r\.?|orgnr))?\s*[:.]?\s*\(?\s*$")
BOLD_AT_END = re.compile(r"\*\*([^*]{2,80})\*\*[\s,(]*(?:org(?:anisations)?\.?\s*-?\s*n\w{0,6}r\.?|orgnr)?[\s:.(]*$")
FUNCTION_WORDS = words("function_words") - words("name_particles")
SET_DETERMINERS = words("set_determiners")
CONNECTORS = words("company_name_connectors")
NAME_END_WORDS = {w.casefold() for w in words("organisation_forms")} | {"kommun", "stad", "region", "regionen", "landsting"}
ROLE_WORDS = {w for pair in table("party_roles").items() for w in pair}
MARKUP = re.compile(r"\*\*|__|[\"”“'`]")
PARENTHESES = re.compile(r"\s*\([^()]*\)?")
# A name ends before a dash, a defined term, or a word that names a document or a clause.
NAME_END = re.compile(r"\s[-–—]\s|\s\(|,?\s+nedan\b|,\s+(?:genom|här|via|företrädd|vilket|som)\b|\s+som\s"
                      r"|\s+(?:genom|företrädd\s+av)\s")      # "Ekeby kommun genom Socialnämnden": the body acts through its board

# Said in the sentence that names an organisation, these mean it is not a party now: a former
# partner, a refused applicant, a landlord, a contractor whose agreement runs out.
NOT_A_PARTY = re.compile(
    r"(?i)tidigare|från början|även\s+\w+\s+ingick|ingick\s+även|inte\s+(?:längre|ingår|deltar)|deltar inte|"
    r"ej\s+längre|avslutat|avsluta sin|lämnat|utträtt|avslag|avslås|avslogs|hyresvärd(?!\s*:)|fastighetsägare\b(?!\s*:)|"
    r"hyr\s+ut|uthyrare|valt att avstå|\bhyr(?:s|es)?\s+(?:[\wåäö]+\s+){0,3}?av\b|hyresavtal\s+med|löper\s+ut|"
    r"har\s+upphört|sagts\s+upp|ta\s+fram\s+(?:ett\s+)?(?:nytt\s+)?(?:förslag|utkast)")
LETTERS = re.compile(r"[^\W\d_]{2}")
# A redacted copy masks what it withholds with x's ("xxx.xx", "XXXX"): a mask is no word of a name.
MASK = re.compile(r"(?=[^ ]*x)[xX][xX.\-/]+|[X.\-/]{4,}")
SENTENCE_BREAK = re.compile(r"(?<=[a-zåäö0-9)]{2})[.!?](?=\s+[A-ZÅÄÖ])")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` holding text[start:end]."""
    lefts = [m.end() for m in SENTENCE_BREAK.finditer(text, 0, start)]
    right = SENTENCE_BREAK.search(text, end)
    return text[lefts[-1] if lefts else 0:right.start() + 1 if right else len(text)]


def strip_markup(text: str) -> str:
    """'**Norrtorps kommun**' → 'Norrtorps kommun'."""
    return squash(MARKUP.sub("", text))


@lru_cache(maxsize=1)
def reference_words() -> frozenset[str]:
    """Words that refer back to a party: 'kommunen', 'exploatören', 'parterna' …"""
    roles = table("party_roles")
    return frozenset({*words("party_references"), *roles, *roles.values()})


def is_reference(name: str) -> bool:
    """A single word that refers back to a party ("Kommunen", "Köparen") is not a name."""
    parts = strip_markup(name).split()
    return len(parts) == 1 and parts[0].strip(",.:;").casefold() in reference_words()


def main_part(clause: str) -> str:
    """The party's own name in a clause of comma-separated parts: 'Norrviks stad, genom
    socialnämnden Nordost' → 'Norrviks stad'; 'Staten genom Trafikverket' → 'Trafikverket';
    a part in small letters continues the name ('Norrby 101 AB, u.ä.t. Ekeby Logistik …') unless it names the
    body the party acts through ('Ekeby kommun, dess kommunstyrelse')."""
    parts = [p.strip() for p in clause.split(",") if p.strip()]
    while len(parts) > 1 and not parts[0][:1].isupper():
        parts.pop(0)                    # the tail of what precedes the clause
    if not parts:
        return ""
    name = parts[0]
    for part in parts[1:]:
        if part[:1].islower() and not re.match(r"(?:genom|nedan|här|via|företrädd|org|som|dess)\b", part):
            name = f"{name}, {part}"
        else:
            break
    through = re.match(r"(\S+)\s+genom\s+(.+)$", name)
    if through:
        name = through.group(2) if is_reference(through.group(1)) else through.group(1)
    return name


def clean_name(raw: str) -> str | None:
    """A party's name as printed, or None when what is left is not a name (starts in small
    letters, a lone reference word, nothing)."""
    name = squash(strip_markup(raw).replace("|", " "))  # OCR's rule glyph inside a name ("Ekeby|Bygg")
    name = PARENTHESES.sub("", name)
    end = NAME_END.search(name)
    if end:
        name = name[:end.start()]
    words_ = name.split()
    while words_ and MASK.fullmatch(words_[-1].strip(",;:")):
        words_.pop()
    for i, word in enumerate(words_):
        if i and word[:1].isupper() and AGREEMENT_IN_WORD.fullmatch(word.strip(",.")):
            words_ = words_[:i]         # "Trafikverket Bevakningsavtal – …": a document's title follows
            break
    name = " ".join(words_).strip(" ,.;:–-")
    if len(name) < 2 or not (name[:1].isupper() or name[:1].isdigit()) or is_reference(name) or is_label(name) \
            or not LETTERS.search(name) or "?" in name:
        return None                     # (a label is never a name: "Organisationsnummer"; nor OCR's "82 56 -0 =",
        # nor a signature's "Ekeby kommur?")
    if name.split()[0].lower() in FUNCTION_WORDS | SET_DETERMINERS:
        return None                     # 'I år', 'Om …', 'Följande föreningar': a sentence or a set, not a name
    return name


OPEN_PARENTHESIS = re.compile(r"\(([^()]*[A-ZÅÄÖ][^()]*)$")


def name_at_end(segment: str) -> str | None:
    """The name that ends `segment` (the text before an organisationsnummer or its label)."""
    bold = BOLD_AT_END.search(segment)
    if bold:                            # '**Norrtorps kommun** (org.nr': the bold text is the name
        return clean_name(bold.group(1))
    segment = ORGNR_LABEL.sub("", strip_markup(segment))
    inside = OPEN_PARENTHESIS.search(segment)
    if inside and clean_name(main_part(inside.group(1))):
        return clean_name(main_part(inside.group(1)))      # "Dotterbolag (WK Norra Åsa AB, 559…)"
    last_word = segment.rsplit(None, 1)[-1] if segment.strip() else ""
    found = [m for m in CLAUSE_START.finditer(segment) if not joins_name(segment, m, last_word)]
    field = FIELD_BEFORE.search(segment, max(0, found[-1].start() - FIELD_REACH), found[-1].start() + 1) if found else None
    if field and field.end() >= found[-1].end() - 1:
        return name_at_end(segment[:field.start()])     # "Ekeby kommun Adress: Box 1, …": the name is before the field
    clause = segment[found[-1].end() if found else 0:]
    clause = POSTAL_LEAD.sub("", PARENTHESES.sub("", clause))
    # "Sökande X, 123 45 Ekeby Motpart Y AB": the last comma's part starts with the address before it
    name = clean_name(before_field(without_labels(POSTAL_LEAD.sub("", main_part(clause)))))
    return name or capitalised_tail(clause)


def capitalised_tail(clause: str) -> str | None:
    """A company's name at the end of running text ("… att förvärva Norrby Bygg AB"): the
    capitalised words before its legal form, joined by a name's own small words."""
    tokens = clause.split()
    if not tokens or not LEGAL_FORM_END.search(tokens[-1]):
        return None
    k = len(tokens) - 1
    while k > 0 and (starts_name(tokens[k - 1])
                     or (tokens[k - 1] in CONNECTORS and k > 1 and starts_name(tokens[k - 2]))):
        k -= 1
    return clean_name(" ".join(tokens[k:])) if len(tokens) - k >= 2 else None


def starts_name(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


# A field's label before a clause ("Adress: Box 1, 123 45 Ekeby"): its value is no name.
FIELD_BEFORE = re.compile(rf"(?i)(?<![\wåäö])(?:{'|'.join(re.escape(w) for w in sorted(words('contact_labels'), key=len, reverse=True))})\s*:\s*")
LEGAL_FORM_END = re.compile(r"(?:AB|HB|KB|[Aa]ktiebolag|[Kk]ommanditbolag|[Hh]andelsbolag)$")
FIRST_WORD = re.compile(r"\S+")
WORDS_REACH = 80          # characters before an "och" that hold the two words before it
FIELD_REACH = 40          # characters before a clause that a field's label may stand in
CONJUNCTION = re.compile(r"(?i)\s*(?:och|samt)\s$")


def joins_name(segment: str, start: re.Match[str], last_word: str) -> bool:
    """Is the "och" that would start a clause inside one company's name, between capitalised
    words of a name that ends in its legal form ("Norrby Mark och Exploatering AB"; "Ekeby
    kommun och Norrby AB", "Kommunen och Norrby AB", "Förvaltningen och Norrby förening" are two)?"""
    if not CONJUNCTION.fullmatch(start.group(0)):
        return False
    before = segment[max(0, start.start() - WORDS_REACH):start.start()].split()[-2:]
    after = FIRST_WORD.match(segment, start.end())
    if len(before) < 2 or not after or not all(w[:1].isupper() for w in [*before, after.group(0)]):
        return False
    word = before[-1].strip(",").casefold()
    return word not in NAME_END_WORDS and word not in reference_words() and not before[-1].isupper() \
        and LEGAL_FORM_END.search(last_word.strip(",(")) is not None


# The previous party's postal address before a name, where the text lost its line breaks:
# "…, 123 45 Ekeby Norrby Bygg AB, 556…".
POSTAL_LEAD = re.compile(r"^[\s,;]*\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö-]+\s+(?=[A-ZÅÄÖ])")
PARTIES_HEADS = {w.casefold() for w in table("headings")["parter"].split(" | ")}
CONTACT_LABELS = {w.casefold() for w in words("contact_labels")}
FIELD_LABELS = CONTACT_LABELS | {w.casefold() for w in words("form_fields") | words("form_party_fields")}


def label_word(word: str, following: str) -> bool:
    """A role, a heading of the parties or a document's kind before a name, no part of it:
    'Säljare', 'KÖPARE', 'Parter', 'Avtal'; a reference word only in capitals before a name
    that is not ('KOMMUNEN Ekeby kommun': a box's head; 'Föreningen Gläntan', 'BOLAGET BYGG AB'
    are names)."""
    bare = word.strip(":").casefold()
    return bare in ROLE_WORDS or bare in PARTIES_HEADS or bool(AGREEMENT_IN_WORD.fullmatch(bare)) \
        or (word.strip(":").isupper() and not following.isupper() and bare in reference_words())


def before_field(name: str) -> str:
    """The name up to the label of the next field on its line ('Norrby Bygg AB Postadress Box
    12' → 'Norrby Bygg AB'); a row of labels ('Förening Organisationsnummer Kontonummer Ekeby
    Båtklubb') is a form's head row with the values under it, no field to cut at."""
    tokens = name.split()
    bare = [t.strip(":").casefold() for t in tokens] + [""]
    cut = next((k for k in range(1, len(tokens)) if bare[k] in CONTACT_LABELS and bare[k + 1] not in FIELD_LABELS
                and bare[k - 1] not in FIELD_LABELS), len(tokens))
    return " ".join(tokens[:cut])


def without_labels(name: str) -> str:
    """The name without the labels a line-less text glued before it ('SÄLJARE Ekeby kommun',
    'Avtal Parter Ekeby kommun' → 'Ekeby kommun')."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[1][:1].isupper() and label_word(tokens[0], tokens[1]):
        tokens.pop(0)
    return " ".join(tokens)


KOMMUN = re.compile(r"\b([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?s?)\s+(kommun|stad)\b|"
                    r"\b([A-ZÅÄÖ]{3,}(?:-[A-ZÅÄÖ]+)?S?)\s+(KOMMUN|STAD)\b")
REGION = re.compile(r"\bRegion\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?\b")


def kommun_name(text: str) -> str | None:
    """The kommun (or stad) the document names most often, as written in running text:
    'EKEBY KOMMUN' in the letterhead counts for 'Ekeby kommun'."""
    counts: Counter[str] = Counter()
    for match in KOMMUN.finditer(text):
        if match.group(1):
            counts[f"{match.group(1)} {match.group(2)}"] += 1
        else:
            counts[f"{match.group(3).capitalize()} {match.group(4).lower()}"] += 1
    return counts.most_common(1)[0][0] if counts else None


def region_name(text: str) -> str | None:
    counts = Counter(m.group(0) for m in REGION.finditer(text))
    return counts.most_common(1)[0][0] if counts else None


def resolve_reference(word: str, text: str) -> str | None:
    """'kommunen' → the kommun's name, 'regionen' → the region's; other references → None."""
    word = word.casefold().strip(",.")
    if word in ("kommunen", "staden"):
        return kommun_name(text)
    if word == "regionen":
        return region_name(text)
    return None
