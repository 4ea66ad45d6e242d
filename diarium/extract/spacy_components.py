"""spaCy components: the extractors as factories on any pipeline, results on `Doc._`.

No pretrained model is needed: the components read `doc.text`, so a blank Swedish pipeline
(tokenizer only) or a user's own pipeline works.

>>> import spacy
>>> nlp = spacy.blank("sv")
>>> _ = nlp.add_pipe("diarium_orgnr")
>>> _ = nlp.add_pipe("diarium_amounts")
>>> doc = nlp("Värna Barnen, organisationsnummer 800380-4070, får 3,2 mnkr per år.")
>>> [(o.orgnr, o.orgnr_valid) for o in doc._.orgnrs]
[('800380-4070', True)]
>>> [(a.value, a.per) for a in doc._.amounts]
[(3200000, 'år')]
>>> [span.text for span in doc.spans["orgnr"]]
['800380-4070']
>>> record = diarium_nlp()("Förvaltningens förslag till beslut\\nSocialnämnden godkänner slutrapporten.")._.record
>>> record.authority
'Socialnämnden'
"""
from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from diarium.extract.amounts import find_amounts
from diarium.extract.decisions import find_decisions
from diarium.extract.dnr import find_dnr
from diarium.extract.evidence import with_original
from diarium.extract.legal_refs import find_legal_refs
from diarium.extract.orgnr import find_orgnrs
from diarium.extract.parties import find_parties
from diarium.extract.periods import find_periods
from diarium.extract.persons import find_persons
from diarium.extract.record import extract_text

# component name → (Doc extension, span group, extractor)
COMPONENTS: dict[str, tuple[str, str, Callable]] = {
    "diarium_orgnr": ("orgnrs", "orgnr", find_orgnrs),
    "diarium_parties": ("parties", "party", find_parties),
    "diarium_periods": ("periods", "period", find_periods),
    "diarium_amounts": ("amounts", "amount", find_amounts),
    "diarium_decisions": ("decisions", "decision", find_decisions),
    "diarium_dnr": ("dnr", "dnr", find_dnr),
    "diarium_persons": ("persons", "person", find_persons),
    "diarium_legal_refs": ("legal_refs", "legal_ref", find_legal_refs),
}


class FactComponent:
    """Runs one extractor on doc.text; facts go to Doc._.<extension>, their evidence to doc.spans."""

    def __init__(self, extension: str, span_group: str, extractor: Callable):
        self.extension, self.span_group, self.extractor = extension, span_group, extractor
        if not Doc.has_extension(extension):
            Doc.set_extension(extension, default=None)

    def __call__(self, doc: Doc) -> Doc:
        facts = self.extractor(doc.text)
        with_original([ev for fact in facts for ev in fact.evidence], None, None)
        doc._.set(self.extension, facts)
        spans = []
        for fact in facts:
            for ev in fact.evidence:
                span = doc.char_span(ev.start, ev.end, label=self.span_group, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans[self.span_group] = spans
        return doc


def _factory(component: str) -> Callable[[Language, str], FactComponent]:
    extension, span_group, extractor = COMPONENTS[component]

    def make(nlp: Language, name: str) -> FactComponent:
        return FactComponent(extension, span_group, extractor)
    return Language.factory(component, func=make)


# Module-level names, so the `spacy_factories` entry points in pyproject.toml can find them.
make_orgnr = _factory("diarium_orgnr")
make_parties = _factory("diarium_parties")
make_periods = _factory("diarium_periods")
make_amounts = _factory("diarium_amounts")
make_decisions = _factory("diarium_decisions")
make_dnr = _factory("diarium_dnr")
make_persons = _factory("diarium_persons")
make_legal_refs = _factory("diarium_legal_refs")


@Language.factory("diarium_record")
def make_record(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The whole Record (every fact kind plus doc_type, title, authority, date) on Doc._.record."""
    if not Doc.has_extension("record"):
        Doc.set_extension("record", default=None)

    def annotate(doc: Doc) -> Doc:
        doc._.record = extract_text(doc.text)
        return doc
    return annotate


def diarium_nlp(components: list[str] | None = None) -> Language:
    """A blank Swedish pipeline with diarium's components (all of them by default)."""
    nlp = spacy.blank("sv")
    for name in components or [*COMPONENTS, "diarium_record"]:
        nlp.add_pipe(name)
    return nlp
