"""The candidates of `find_parties` before its filters, one per organisation, with the features of
how they were found: the readers that proposed them, the number printed with them, whether the
rules kept them, what stands around their first mention. `party_rank` learns from these. A bench
module (the pipeline never calls it): run from bench/ on the path, as `party_rank.py` puts it.

>>> text = ("Avtal\\nExploatör: Norrby Bygg AB, org.nr 556123-4567\\n\\n"
...         "Ekeby kommun och Norrby Bygg AB tecknar avtal.\\n")
>>> found = party_candidates(text)
>>> [(c.party.name, c.kept, "labels" in c.readers) for c in found]
[('Norrby Bygg AB', True, True)]
>>> features(found[0], TextFilters.of(text), found)["orgnr_valid"]
1.0
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from diarium.extract.evidence import evidence
from diarium.extract.orgnr import find_orgnrs
from diarium.extract.party_clauses import is_unnamed
from diarium.extract.party_items import LEGAL_FORMS
from diarium.extract.party_mentions import COMPANY, former_names, in_agenda_title
from diarium.extract.party_public import PUBLIC
from diarium.extract.parties import Candidates, find_parties
from diarium.extract.party_identity import same_party
from diarium.extract.party_selection import INTERNAL_UNIT, PUBLIC_ORGNR, is_public, refused_or_left
from diarium.schemas import Party
from diarium.schemas.structure import Structure
from diarium.structure import analyse

READERS = ("definitions", "boxes", "labels", "labels_above", "signing", "labelled_for", "columns",
           "label_rows", "name_lines", "set_lists", "orgnrs", "sent_to", "term_lists", "agreements",
           "sales", "members", "grants", "subjects", "forms", "grant_lists", "applicants", "public_fallback",
           "text_public", "text_company")     # the last two: any such name in the text (not the rules')
NAMES = {"text_public": PUBLIC, "text_company": re.compile(COMPANY)}
CONTEXT_WORDS = 4
WORD = re.compile(r"[a-zåäöéü]+")


@dataclass(frozen=True)
class TextFilters:
    """What the rules' filters find in the whole text, read once per document: the sentences
    saying an organisation was refused or left, the former names of companies."""
    text: str
    refused: tuple[str, ...]
    former: frozenset[str]

    @classmethod
    def of(cls, text: str) -> TextFilters:
        return cls(text, tuple(refused_or_left(text)), frozenset(former_names(text)))


@dataclass
class Candidate:
    party: Party
    kept: bool                                     # in the rules' output
    readers: set[str] = field(default_factory=set)
    starts: list[int] = field(default_factory=list)


def party_candidates(text: str, structure: Structure | None = None, wide: bool = False) -> list[Candidate]:
    """The rules' parties (kept) first, then every other organisation a reader proposed (`wide`:
    also every public body's and company's name in the text)."""
    structure = analyse(text) if structure is None else structure
    sink: Candidates = []
    kept = find_parties(text, find_orgnrs(text, structure), structure, candidates=sink)
    if wide:
        sink += names_in_text(text)
    found = [Candidate(party=p, kept=True, starts=[ev.start for ev in p.evidence]) for p in kept]
    for reader, party in sink:
        twin = next((c for c in found if same_party(c.party, party)), None)
        if twin is None:
            twin = Candidate(party=party, kept=False)
            found.append(twin)
        elif is_unnamed(twin.party) and not is_unnamed(party) and not twin.kept:
            twin.party = party
        twin.readers.add(reader)
        twin.starts.extend(ev.start for ev in party.evidence)
    return found


def names_in_text(text: str) -> Candidates:
    found: Candidates = []
    for reader, pattern in NAMES.items():
        for match in pattern.finditer(text):
            name = " ".join(match.group(0).split())
            found.append((reader, Party(name=name, evidence=[evidence(text, match.start(), match.end())])))
    return found


def context(text: str, at: int, name: str) -> tuple[list[str], list[str]]:
    before = WORD.findall(text[max(0, at - 80):at].casefold())[-CONTEXT_WORDS:]
    after = WORD.findall(text[at + len(name):at + len(name) + 80].casefold())[:CONTEXT_WORDS]
    return before, after


def features(candidate: Candidate, filters: TextFilters, others: list[Candidate],
             heading: str | None = None, doc_type: str | None = None) -> dict[str, float]:
    """Named features (binary or scaled to about 0–1); words become 'w<:word' / 'w>:word' keys."""
    party, name, text = candidate.party, candidate.party.name, filters.text
    folded = text.casefold()
    first = min(candidate.starts) if candidate.starts else max(0, folded.find(name.casefold()))
    out: dict[str, float] = {f"r:{r}": 1.0 for r in candidate.readers}
    out.update({
        "kept": float(candidate.kept),
        "n_readers": len(candidate.readers) / 4,
        "orgnr": float(bool(party.orgnr)),
        "orgnr_valid": float(bool(party.orgnr_valid)),
        "orgnr_public": float(bool(party.orgnr and party.orgnr.startswith(PUBLIC_ORGNR))),
        "public": float(is_public(party)),
        "legal_form": float(bool(name.split()) and name.split()[-1].upper() in LEGAL_FORMS),
        "unnamed": float(is_unnamed(party)),
        "name_words": min(len(name.split()), 8) / 8,
        "mentions": math.log1p(folded.count(name.casefold())) / 3,
        "evidence": math.log1p(len(candidate.starts)) / 3,
        "position": first / max(1, len(text)),
        "candidates": math.log1p(len(others)) / 3,
        "kept_in_doc": math.log1p(sum(c.kept for c in others)) / 3,
        "refused": float(any(name.casefold() in s for s in filters.refused)),
        "internal_unit": float(bool(INTERNAL_UNIT.search(name))),
        "agenda_title": float(bool(candidate.starts) and all(in_agenda_title(text, s) for s in candidate.starts)),
        "former": float(name.casefold() in filters.former),
    })
    before, after = context(text, first, name)
    out.update({f"w<:{w}": 1.0 for w in before})
    out.update({f"w>:{w}": 1.0 for w in after})
    if heading:
        out[f"h:{heading}"] = 1.0
    if doc_type:
        out[f"d:{doc_type}"] = 1.0
    return out


def heading_at(structure: Structure, at: int) -> str | None:
    """The canonical name of the innermost named heading whose section holds `at`."""
    name = None
    for section in structure.walk():
        if section.start <= at < section.end and section.heading is not None and section.heading.name:
            name = section.heading.name
    return name
