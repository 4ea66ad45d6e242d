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
from diarium.extract.party_identity import merge, same_party
from diarium.extract.party_kommuner import as_kommuner, member_parties
from diarium.extract.party_label_rows import label_row_parties
from diarium.extract.party_lists import grant_list_parties
from diarium.extract.party_set_lists import set_list_parties
from diarium.extract.party_mentions import not_former, not_in_underlag_only, not_sets, not_titles_only
from diarium.extract.party_sales import sale_parties
from diarium.extract.party_subjects import subject_recipients
from diarium.extract.party_terms import from_term_lists
from diarium.extract.party_public import acting_for, public_party, referred_public
from diarium.extract.party_selection import (
    INTERNAL_UNIT, approved, defined_or_numbered, grants_own, is_public, named_by_text, named_only,
    numbers_of_recipients, one_public_body, public_form, recipients_forms, refused_or_left, spelled_out)
from diarium.extract.party_sentences import agreement_parties, grant_recipients, sent_to_parties
from diarium.extract.units import text_units
from diarium.schemas import OrgNr, Party
from diarium.schemas.structure import Structure
from diarium.structure import analyse


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
