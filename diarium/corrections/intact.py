"""How hard a page is repaired: the page-level evidence of OCR damage, and what an intact
page lets the word rule change.

A page that kept its å/ä/ö, on which few words are unknown even without them and hardly
one lacks the å/ä/ö a listed word has (`intact`), shows no sign of OCR damage: a fair
scan, or text that was never OCR at all (a born-digital text that lost its text layer's
line breaks, repaired as plain text). There a word as printed is nearly always right, and
a rare capitalised word the lexicon lacks inside a name or a sentence is a name ("Norrby",
"Hasselo"), not a word the OCR stripped of its marks. So on such a page the word rule
changes a known or a capitalised word only with a strong margin
(`RepairConfig.intact_confidence`), restores an å/ä/ö in a name only when the document
itself prints that form, and keeps a rare unknown form the document prints the same twice
(`holds_back`). A "1" there stays the number it prints unless a definite form follows, which
no numeral takes (`lines.one_as_i`: "1 uppdraget" is "i uppdraget"; "1 enlighet med"
stays, the price of "väljer 1 ombud").

>>> from diarium.corrections.config import DEFAULT
>>> intact("kept", (100, 2, 1), DEFAULT), intact("kept", (100, 12, 0), DEFAULT)
(True, False)
>>> intact("kept", (100, 2, 6), DEFAULT), intact("lost", (100, 0, 0), DEFAULT)
(False, False)
>>> from diarium.corrections.context import Decision
>>> from diarium.language.lexicon import load
>>> lex = load()
>>> plain = DocumentEvidence.of(["Hasselo Invest AB"], lex)
>>> printed = DocumentEvidence.of(["Hasselo Invest AB", "Hasselö Bygg AB"], lex)
>>> guess = Decision("Hasselö", 0.97, "confusion ö←o")
>>> def held(core, decision, evidence=plain, known=False, named=True):
...     return holds_back(core, decision, evidence, lex.zipf, DEFAULT, known=known,
...                       named=named)
>>> held("Hasselo", guess), held("Hasselo", guess, printed)
(True, False)
>>> held("Milj6", Decision("Miljö", 0.97, "confusion ö←6"))
False
>>> held("Attgöra", Decision("Att göra", 0.8, "glued words"))
False
>>> held("forvaltning", Decision("förvaltning", 0.9, "confusion ö←o"))
False

A capital that opens a sentence or a heading is no name's: Tesseract drops the dots or the
ring of a capital Å/Ä/Ö, and one such slip still leaves a page intact.

>>> held("Ovriga", Decision("Övriga", 0.999, "confusion Ö←O"), named=False)
False

A rare form the lexicon lacks, printed the same twice, stays (an OCR slip of a letter
seldom repeats on such a page); a mark it dropped twice may still come back, and a common
word's slip may repeat (Tesseract repeats its glyph slips: "besiut" for "beslut"):

>>> twice = DocumentEvidence.of(["de nya rutinerer och", "rutinerer och forvaltning",
...                              "om besiut och", "besiut och"], lex)
>>> held("rutinerer", Decision("rutinerna", 0.98, "confusion na←er"), twice)
True
>>> held("besiut", Decision("beslut", 0.98, "confusion l←i"), twice)
False
"""
from __future__ import annotations

from collections.abc import Callable
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


def holds_back(core: str, decision: Decision, evidence: DocumentEvidence,
               zipf: Callable[[str], float], config: RepairConfig, *, known: bool,
               named: bool) -> bool:
    """On an intact page: whether the word rule's `decision` about the word (as printed;
    `known` to the lexicon, `named`: a capital there is a name's, not a sentence's) needs
    more evidence than it has. A split of glued words or a capital lowered changes no letter
    and needs none ("Attutvärdera": "Att utvärdera")."""
    if decision.replacement.replace(" ", "").lower() == core.lower():
        return False
    if repeated_form(core, decision.replacement, known, evidence, zipf, config):
        return True     # (printed the same twice: a form the lexicon lacks, say a plural)
    capitalised = core[:1].isupper()
    if named and capitalised and decision.replacement not in evidence.names and adds_marks(
            core, decision.replacement):
        return True     # (an OCR that kept its letters seldom drops one from a name)
    return (known or capitalised) and decision.confidence < config.intact_confidence


def repeated_form(core: str, form: str, known: bool, evidence: DocumentEvidence,
                  zipf: Callable[[str], float], config: RepairConfig) -> bool:
    """An unknown word the document prints twice, read as a rare word other than by its
    marks: the document's own form. A common word's slip repeats ("besiut" twice)."""
    return not known and core.lower() in evidence.repeated and fold(core) != fold(
        form) and zipf(form.lower()) < config.rare_zipf(len(core))


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
