"""How hard a page is repaired: the page-level evidence of OCR damage, and what an intact
page lets the word rule change.

A page that kept its å/ä/ö, on which few words are unknown even without them and hardly
one lacks the å/ä/ö a listed word has (`intact`), shows no sign of OCR damage: a fair
scan, or text that was never OCR at all (a born-digital text that lost its text layer's
line breaks, repaired as plain text). There a word as printed is nearly always right, and
a rare capitalised word the lexicon lacks is a name ("Norrby", "Hasselo"), not a word the
OCR stripped of its marks. So on such a page the word rule changes a known or a
capitalised word only with a strong margin (`RepairConfig.intact_confidence`), restores an
å/ä/ö in a capitalised word only when the document itself prints that form, and keeps an
unknown form the document prints the same twice (`holds_back`).

>>> from diarium.corrections.config import DEFAULT
>>> intact("kept", (100, 2, 1), DEFAULT), intact("kept", (100, 12, 0), DEFAULT)
(True, False)
>>> intact("kept", (100, 2, 6), DEFAULT), intact("lost", (100, 0, 0), DEFAULT)
(False, False)
>>> from diarium.corrections.context import Decision
>>> from diarium.language.lexicon import load
>>> plain = DocumentEvidence.of(["Hasselo Invest AB"], load())
>>> printed = DocumentEvidence.of(["Hasselo Invest AB", "Hasselö Bygg AB"], load())
>>> guess = Decision("Hasselö", 0.97, "confusion ö←o")
>>> holds_back("Hasselo", guess, False, plain, DEFAULT)
True
>>> holds_back("Hasselo", guess, False, printed, DEFAULT)
False
>>> holds_back("Milj6", Decision("Miljö", 0.97, "confusion ö←6"), False, plain, DEFAULT)
False
>>> holds_back("Attgöra", Decision("Att göra", 0.8, "glued words"), False, plain, DEFAULT)
False
>>> holds_back("forvaltning", Decision("förvaltning", 0.9, "confusion ö←o"), False,
...            plain, DEFAULT)
False

A form the lexicon lacks, printed the same twice, stays (an OCR slip of a letter seldom
repeats on such a page); a mark it dropped twice may still come back:

>>> twice = DocumentEvidence.of(["de nya rutinerer och", "rutinerer och forvaltning"], load())
>>> holds_back("rutinerer", Decision("rutinerna", 0.98, "confusion na←er"), False, twice,
...            DEFAULT)
True
"""
from __future__ import annotations

from diarium.corrections.config import RepairConfig
from diarium.corrections.context import Decision
from diarium.corrections.evidence import DocumentEvidence
from diarium.language.letters import SWEDISH_LETTERS, fold


def intact(mode: str, counts: tuple[int, int, int], config: RepairConfig) -> bool:
    """A page that kept its å/ä/ö, whose share of words no list knows even without them is
    at most a fair scan's, and that prints hardly a word a list knows only with an å/ä/ö
    it lacks (one for free: a short page's name). `counts`: `evidence.page_counts`."""
    words, unknown, unmarked = counts
    return mode == "kept" and unknown <= words * config.kept_damage_pivot and (
        unmarked <= max(1.0, words * config.intact_max_unmarked))


def holds_back(core: str, decision: Decision, known: bool, evidence: DocumentEvidence,
               config: RepairConfig) -> bool:
    """On an intact page: whether the word rule's `decision` about the word (as printed;
    `known` to the lexicon) needs more evidence than it has. A split of glued words or a
    capital lowered changes no letter and needs none ("Attutvärdera": "Att utvärdera")."""
    if decision.replacement.replace(" ", "").lower() == core.lower():
        return False
    if not known and core.lower() in evidence.repeated and fold(core) != fold(
            decision.replacement):
        return True     # (printed the same twice: a form the lexicon lacks, say a plural)
    capitalised = core[:1].isupper()
    doc_names = evidence.names
    if capitalised and decision.replacement not in doc_names and adds_marks(
            core, decision.replacement):
        return True     # (an OCR that kept its letters seldom drops one from a name)
    return (known or capitalised) and decision.confidence < config.intact_confidence


def adds_marks(ocr: str, form: str) -> bool:
    """The form is the OCR form with more å/ä/ö and no other change.

    >>> adds_marks("Hasselo", "Hasselö"), adds_marks("Milj6", "Miljö"), adds_marks("ta", "tå")
    (True, False, True)
    >>> adds_marks("Delårsräpport", "Delårsrapport")
    False
    """
    marks = SWEDISH_LETTERS.__contains__
    return fold(ocr) == fold(form) and sum(map(marks, form.lower())) > sum(
        map(marks, ocr.lower()))
