"""Parties: the organisations party to the agreements, partnerships and grants a document is about.

They are read from the structure (paragraphs and table cells joined, `units`): organisations
printed with an organisationsnummer where parties are named, after a role label ("Exploatör:
Y AB"), before a defined term ("X, nedan kallad Kommunen"), for whom an agreement is signed
("för Region Norrland"); in running text the counterparties of an agreement ("avtal mellan
kommunen och Kommanditbolaget X", "undertecknat av A") and the recipients of a grant ("beviljar
föreningen X 80 000 kr"). The public party is added as the document names it when all the
parties of an agreement are private. Organisations that have left, were refused, or are
landlords are not parties.

>>> text = '''Idéburen sektor genom:
... • Värna Barnen, organisationsnummer 800380-4070,
... • Ekeby stadsmission, organisationsnummer 808649- 4070.
... Offentlig sektor: Stockholms stad, Socialförvaltningen. Partnerskapet gäller ett år.'''
>>> [(p.name, p.orgnr, p.public) for p in find_parties(text)]
[('Värna Barnen', '800380-4070', False), ('Ekeby stadsmission', '808649-4070', False), ('Socialförvaltningen', None, True)]
>>> [p.orgnr for p in find_parties("Avtalsparter\\nUtförare: Stiftelsen Kvinnojouren, org.nr 803119-0070\\n\\n"
...     "Utföraren hyr lokalerna av Mälarstaden Fastigheter AB, org.nr 556123-4567.")]
['803119-0070']
>>> text = ("Socialförvaltningen har upprättat ett samarbetsavtal med Ekeby stadsmission, "
...         "Svenska Gröna Bandet och Värna Barnen från och med 1 juli 2024. Från början ingick "
...         "även Barnrättsbyrån i partnerskapet.")
>>> [p.name for p in find_parties(text)]
['Ekeby stadsmission', 'Svenska Gröna Bandet', 'Värna Barnen', 'Socialförvaltningen']
>>> [(p.name, p.orgnr, p.orgnr_valid) for p in find_parties(
...     "Exploateringsavtal\\nExploatör: Byggbolaget Väst AB, Org nr: 5566 123 451\\n")]
[('Byggbolaget Väst AB', '556612-3451', False)]
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from diarium.extract.orgnr import find_orgnrs
from diarium.extract.party_clauses import from_labels, from_orgnrs, is_unnamed
from diarium.extract.party_signing import labelled_for_lines, signing_parties
from diarium.extract.party_address import labels_above, name_lines_under_labels
from diarium.extract.party_boxes import box_parties
from diarium.extract.party_columns import column_parties
from diarium.extract.party_flat_boxes import flat_box_parties
from diarium.extract.party_defined import from_definitions
from diarium.extract.party_applicants import applicants
from diarium.extract.party_forms import form_parties
from diarium.extract.party_items import LEGAL_FORMS
from diarium.extract.party_kommuner import as_kommuner, member_parties
from diarium.extract.party_label_rows import label_row_parties
from diarium.extract.party_labels import under_role_label
from diarium.extract.party_lists import grant_list_parties
from diarium.extract.party_set_lists import set_list_parties
from diarium.extract.party_mentions import not_former, not_in_underlag_only, not_sets, not_titles_only
from diarium.extract.party_names import name_at_end, sentence_around
from diarium.extract.party_sales import sale_parties
from diarium.extract.party_subjects import subject_recipients
from diarium.extract.party_terms import from_term_lists
from diarium.extract.party_public import PUBLIC, PUBLIC_WORD, acting_for, full_name, public_name, public_party, referred_public
from diarium.extract.party_sentences import agreement_parties, grant_recipients, sent_to_parties
from diarium.extract.units import text_units
from diarium.language import words
from diarium.schemas import OrgNr, Party
from diarium.schemas.structure import Structure
from diarium.structure import analyse
from diarium.text import squash

# Said anywhere of an organisation, these mean it is not a party now (refused, or has left).
REFUSED_OR_LEFT = re.compile(
    r"(?i)avslår\s+ansökan|ansökan\s+avslås|ansökan\s+avslogs|(?:fick|fått|får)\s+avslag(?!\s+på\s+(?:sin|sina|deras)\s+asyl)|"
    r"avslag\s+på\s+(?:sin\s+|dess\s+)?ansökan|avslutade\s+sitt\s+åtagande|avslutat\s+sitt\s+åtagande|"
    r"valt\s+att\s+(?:avsluta|avstå)|lämnat\s+partnerskapet|utträtt|inte\s+längre\s+(?:ingår|deltar)|deltar\s+inte|"
    r"som\s+är\s+hyresvärd|lämnade\s+samarbetet")
SENTENCE_REACH = 400
SPELLING_LENGTH = 6       # words shorter than this differ by a letter as other names do ('Norrby' / 'Norrbo')
PUBLIC_ORGNR = ("212000", "222000", "232100")      # kommuner, kommunalförbund, regioner
# A body of a kommun or region, party only when the kommun or region itself is not named as one.
SUB_BODY = re.compile(r"(?i)(?:nämnd|förvaltning|styrelse|kontor|utskott)(?:en|et)?$")
WHOLE_BODY = re.compile(r"(?i)\b(?:kommun|stad|region)\b")
INTERNAL_UNIT = re.compile(r"(?i)(?:" + "|".join(sorted(words("internal_units"))) + r")(?:en|et)?$")


def is_public(party: Party) -> bool:
    return bool(PUBLIC_WORD.search(party.name)) or bool(party.orgnr and party.orgnr.startswith(PUBLIC_ORGNR))


def public_form(party: Party, text: str) -> None:
    """A förvaltning as the public party is named as the document names it in party clauses:
    'Stockholms stads Socialförvaltning' → 'Socialförvaltningen'."""
    match = PUBLIC.search(party.name)
    if match and re.search(r"f.rvaltning(?:en)?$", match.group("name")) and match.end() == len(party.name):
        name = public_name(match.group("name"))
        full = full_name(text, name)
        party.name = full.group(0) if full else name


def one_public_body(parties: list[Party]) -> list[Party]:
    """A nämnd or förvaltning signing for its kommun is not a party beside the kommun."""
    if not any(p.public and WHOLE_BODY.search(p.name) for p in parties):
        return parties
    return [p for p in parties if not (p.public and SUB_BODY.search(p.name) and not p.orgnr)]


def same_party(a: Party, b: Party) -> bool:
    """The same orgnr, else names that match (token-set ratio 90, as the scorer matches) unless
    each has a capitalised word of its own: 'Öby bygdegårdsförening' is not 'Tors
    bygdegårdsförening', 'Ljusa Bostäder' is 'Ljusa Bostäder AB' (but a subsidiary is not its
    parent). A word spelled with a letter
    more or less ('Lundströmms' / 'Lundströms') is not a word of its own."""
    if a.orgnr and b.orgnr:
        return a.orgnr == b.orgnr
    name_a, name_b = form_abbreviated(a.name), form_abbreviated(b.name)
    own_a, own_b = (capitalised(x) - capitalised(y) for x, y in ((name_a, name_b), (name_b, name_a)))
    own_a = {w for w in own_a if not any(spelling_variant(w, v) for v in own_b)}
    if subsidiary(name_a, name_b) or subsidiary(name_b, name_a):
        return False
    return not (own_a and own_b) and fuzz.token_set_ratio(name_a.casefold(), name_b.casefold()) >= 90


def form_abbreviated(name: str) -> str:
    """The legal form as its abbreviation, also where it ends a word: 'Ekeby Bostadsaktiebolag'
    is 'Ekeby Bostads AB'."""
    return squash(AKTIEBOLAG.sub(" AB", name))


def subsidiary(short: str, long: str) -> bool:
    """'Norrby Vård AB' and 'Norrby Vård Sjukhuset AB': two whole company names (each ends in its
    legal form), the longer with words of its own before the form: a company and its subsidiary.
    'Lagerbolag AB, u.ä.t. X AB' prints the whole shorter name, 'Bygg AB' is the tail of 'Norrby
    Bygg AB'."""
    s, l_ = short.casefold().split(), long.casefold().split()
    return len(s) >= 2 and len(l_) > len(s) and s[-1].upper() in LEGAL_FORMS and l_[-1].upper() in LEGAL_FORMS \
        and l_[:len(s) - 1] == s[:-1] and short.casefold() not in long.casefold()


def spelling_variant(a: str, b: str) -> bool:
    """'lundströmms' / 'lundströms': two long words one letter apart."""
    return min(len(a), len(b)) >= SPELLING_LENGTH and abs(len(a) - len(b)) <= 1 and fuzz.ratio(a, b) >= 90


def capitalised(name: str) -> set[str]:
    return {w.casefold() for w in name.split() if w[:1].isupper()}


AKTIEBOLAG = re.compile(r"(?i)(?<=[a-zåäö])aktiebolag(?:et)?\b|\baktiebolag(?:et)?\b")


def approved(party: Party, text: str) -> bool:
    """The party is named where a body approves its agreement ("Kommunfullmäktige godkänner
    exploateringsavtal … mellan kommunen och X"): a party of the file's decision, also when another
    agreement in the file lists its parties with their numbers."""
    for ev in party.evidence:
        window = max(0, ev.start - SENTENCE_REACH)
        sentence = sentence_around(text[window:ev.end + SENTENCE_REACH], ev.start - window, ev.end - window)
        if any(token in words("decision_verbs") for token in sentence.casefold().split()):
            return True
    return False


def merge(parties: list[Party]) -> list[Party]:
    """One party per orgnr, else per name (token-set match); the first name found is kept,
    unless it was only the number's."""
    merged: list[Party] = []
    renamed = False
    for party in parties:
        twin = next((p for p in merged if same_party(p, party)), None)
        if twin is None:
            merged.append(party)
            continue
        twin.evidence.extend(party.evidence)
        if not twin.orgnr and party.orgnr:
            twin.orgnr, twin.orgnr_valid = party.orgnr, party.orgnr_valid
        if is_unnamed(twin) and not is_unnamed(party):
            twin.name, renamed = party.name, True
    # A number that got its name may now be a party merged already under that name.
    return merge(merged) if renamed else merged


def defined_or_numbered(numbered: list[Party], named: list[Party], defined: list[Party]) -> list[Party]:
    """An agreement that names its parties with defined terms ("nedan kallad Bolaget") names
    them all so: an organisation numbered elsewhere (the party's "Dotterbolag (X AB,
    559404-4686)" in the background) is mentioned, not a party."""
    if len(merge([Party(name=p.name) for p in defined])) < 2:
        return numbered
    return [p for p in numbered if any(same_party(p, n) for n in named)]


def named_by_text(parties: list[Party]) -> list[Party]:
    """A number whose name the OCR lost ("Arrendator  Postadress  Org. nr: 840871-0070") belongs
    to the one private party the text names without a number ("arrendeavtal med IFK Skårby"),
    when there is exactly one of each."""
    unnamed = [p for p in parties if is_unnamed(p) and not p.public]
    bare = [p for p in parties if not p.orgnr and not p.public]
    if len(unnamed) != 1 or len(bare) != 1:
        return parties
    unnamed[0].name = bare[0].name
    unnamed[0].evidence.extend(bare[0].evidence)
    return [p for p in parties if p is not bare[0]]


def named_only(parties: list[Party], text: str) -> list[Party]:
    """A number the document names nowhere is a party only in a party's block whose name the
    copy lost (a role label above it, "Hyresgäst"); else it sits in a form's field (an
    applicant's e-service form), in no party clause."""
    return [p for p in parties if not is_unnamed(p)
            or any(under_role_label(text, ev.start) for ev in p.evidence)]


def spelled_out(parties: list[Party], text: str) -> None:
    """A party named by the abbreviation the document defines ("Bergums kommuns Fastighets AB
    (BKF)", "Mellanbygdens Renhållnings AB, MEBAB,") is named in full."""
    for party in parties:
        if not re.fullmatch(r"[A-ZÅÄÖ]{2,8}", party.name):
            continue
        defined = re.search(rf"(?:\(\s*|,\s*){party.name}\s*[),]", text)
        full = name_at_end(text[max(0, defined.start() - 120):defined.start()]) if defined else None
        if full and len(full) > len(party.name):
            party.name = full


def grants_own(agreements: list[Party], grants: list[Party]) -> bool:
    """Is every agreement's party a recipient of the grant or borgen the document gives ("avtal
    med X innebärande att kommunen går i borgen")? Then the agreement is the grant's own, and
    the body that grants is no party of it."""
    return all(any(same_party(a, g) for g in grants) for a in agreements)


def recipients_forms(forms: list[Party], decided: list[Party]) -> list[Party]:
    """Filled-in forms beside a decision that names several recipients are the recipients' own
    reports: a form's party is one of them, named as the decision names it; a form naming
    another (a party's local branch) adds no party."""
    if len(merge([Party(name=p.name) for p in decided])) < 2:
        return forms
    kept = []
    for form in forms:
        named = next((p for p in decided if same_party(form, p)), None)
        if named:
            form.name = named.name
            kept.append(form)
    return kept


def numbers_of_recipients(clauses: list[Party], grants: list[Party]) -> bool:
    """Is every party printed with a number one of the grant's recipients (the forms they filled
    in)? Then the numbers identify recipients, and the recipients without one are parties too."""
    numbered = [p for p in clauses if p.orgnr]
    return bool(grants) and all(any(same_party(Party(name=p.name), g) or p.orgnr == g.orgnr for g in grants)
                                for p in numbered)


SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def refused_or_left(text: str) -> list[str]:
    """The sentences that say an organisation was refused or has left (whitespace squashed)."""
    # (the pattern joins its words with \s+ and holds no sentence's end: it matches in a sentence
    # of the text where it matches that sentence squashed; the text is searched once)
    hits = [match.start() for match in REFUSED_OR_LEFT.finditer(text)]
    if not hits:
        return []
    sentences, start = [], 0
    for cut in [*SENTENCE_BREAK.finditer(text), None]:
        end = cut.start() if cut else len(text)
        if any(start <= hit < end for hit in hits):
            sentences.append(squash(text[start:end]).casefold())
        start = cut.end() if cut else end
    return sentences


Candidates = list[tuple[str, Party]]


def tapped(sink: Candidates | None, reader: str, parties: list[Party]) -> list[Party]:
    """The reader's parties, unchanged; a copy of each goes to `sink` (when given) with the
    reader's name, as found before any filter (the candidates `party_rank` learns from)."""
    if sink is not None:
        sink.extend((reader, p.model_copy(deep=True)) for p in parties)
    return parties


def find_parties(text: str, orgnrs: list[OrgNr] | None = None,
                 structure: Structure | None = None, candidates: Candidates | None = None) -> list[Party]:
    """The parties (see the module's doc); `candidates`, when given a list, receives every
    reader's parties before the filters, tagged with the reader (the output is the same)."""
    structure = analyse(text) if structure is None else structure
    orgnrs = find_orgnrs(text) if orgnrs is None else orgnrs
    units = text_units(text, structure)
    defined = tapped(candidates, "definitions", from_definitions(text, units))
    boxes = tapped(candidates, "boxes", box_parties(text))
    boxed = {p.orgnr for p in boxes if p.orgnr}       # a box's number read across the boxes is another's
    named = boxes + tapped(candidates, "labels", from_labels(text, units)) \
        + tapped(candidates, "labels_above", labels_above(text, units)) + defined \
        + tapped(candidates, "signing", signing_parties(text, structure)) \
        + tapped(candidates, "labelled_for", labelled_for_lines(text)) \
        + tapped(candidates, "columns", column_parties(text)) \
        + tapped(candidates, "flat_boxes", flat_box_parties(text)) \
        + tapped(candidates, "label_rows", label_row_parties(text)) \
        + tapped(candidates, "name_lines", name_lines_under_labels(text)) \
        + tapped(candidates, "set_lists", set_list_parties(text))
    numbered = [p for p in tapped(candidates, "orgnrs", from_orgnrs(text, orgnrs, units)) if p.orgnr not in boxed]
    clauses = (defined_or_numbered(numbered, named, defined)
               + named + tapped(candidates, "sent_to", sent_to_parties(text, structure, units))
               + tapped(candidates, "term_lists", from_term_lists(text, structure, units)))
    mentioned = as_kommuner(tapped(candidates, "agreements", agreement_parties(text, units))
                            + tapped(candidates, "sales", sale_parties(text, units))
                            + tapped(candidates, "members", member_parties(text, units)))
    decided = tapped(candidates, "grants", grant_recipients(text, units)) \
        or tapped(candidates, "subjects", subject_recipients(text))
    grants = decided + recipients_forms(tapped(candidates, "forms", form_parties(text)), decided) \
        + tapped(candidates, "grant_lists", grant_list_parties(text, structure)) \
        + tapped(candidates, "applicants", applicants(text, units))
    if any(p.orgnr and not is_unnamed(p) for p in clauses):
        # Parties listed with their numbers are the agreement's; a name only in running text
        # beside them is a former or another agreement's party ("År 2017 ingicks ett IOP med …").
        # (A number printed with no name may be that of a name in the text: `named_by_text`.)
        mentioned = [p for p in mentioned if any(same_party(c, p) for c in clauses) or approved(p, text)]
        if not numbers_of_recipients(clauses, grants):
            grants = [p for p in grants if any(same_party(c, p) for c in clauses)]
    agreements = not_in_underlag_only(clauses + not_titles_only(mentioned, text), structure)
    grants = not_in_underlag_only(grants, structure)
    for party in agreements + grants:
        party.public = is_public(party)
        if party.public:
            public_form(party, text)
    spelled_out(agreements + grants, text)
    excluded = refused_or_left(text)
    parties = one_public_body([p for p in merge(agreements + grants) if not INTERNAL_UNIT.search(p.name)
                               and not any(p.name.casefold() in sentence for sentence in excluded)])
    parties = not_sets(named_only(not_former(named_by_text(parties), text), text))
    if agreements and parties and not any(p.public for p in parties) and not grants_own(agreements, grants):
        public = public_party(text) or acting_for(text) or referred_public(text)
        if public:
            tapped(candidates, "public_fallback", [public])
            parties.append(public)
    return parties
