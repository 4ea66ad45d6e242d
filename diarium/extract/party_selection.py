"""Which of the organisations the readers found remain parties, and under which name: the
public ones told and named as the document names them (one body of a kommun, not beside the
kommun), numbers kept only where an agreement names its parties so, a number whose name the
copy lost given the one name the text holds, abbreviations spelled out, a grant's recipients
told from an agreement's parties, and organisations said to be refused or to have left dropped."""
from __future__ import annotations

import re

from diarium.extract.party_clauses import is_unnamed
from diarium.extract.party_identity import merge, same_party
from diarium.extract.party_labels import under_role_label
from diarium.extract.party_names import name_at_end, sentence_around
from diarium.extract.party_public import PUBLIC, PUBLIC_WORD, full_name, public_name
from diarium.language import words
from diarium.schemas import Party
from diarium.text import squash

# Said anywhere of an organisation, these mean it is not a party now (refused, or has left).
REFUSED_OR_LEFT = re.compile(
    r"(?i)avslår\s+ansökan|ansökan\s+avslås|ansökan\s+avslogs|(?:fick|fått|får)\s+avslag(?!\s+på\s+(?:sin|sina|deras)\s+asyl)|"
    r"avslag\s+på\s+(?:sin\s+|dess\s+)?ansökan|avslutade\s+sitt\s+åtagande|avslutat\s+sitt\s+åtagande|"
    r"valt\s+att\s+(?:avsluta|avstå)|lämnat\s+partnerskapet|utträtt|inte\s+längre\s+(?:ingår|deltar)|deltar\s+inte|"
    r"som\s+är\s+hyresvärd|lämnade\s+samarbetet")
SENTENCE_REACH = 400
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
