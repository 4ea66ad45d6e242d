"""A repairer's decisions, kept by word and context class: each distinct (word as printed,
page mode, context class) is judged once per repairer, on every line, page and document.

The class of a context is exactly what the decision about that word reads of it
(`Repairer.decide`):

- whether the word is a label, in a name, printed twice on the page though unknown;
- which of its candidates the document prints (each earns a bonus);
- a known word: whether the document prints it too; a short one that may be a function
  word misread on a page that kept its letters (`kept_slips.py`), the page's damage as far
  as it speaks (`kept_slips.slip_discount`);
- an unknown word: whether the word before ends in a letter (a capitalised unknown word
  there is a name) and the Zipf a poor scan takes off keeping it (`KeepingCost.poor_scan`);
- its neighbours only as far as they can speak for it: on a page that lost its å/ä/ö, what
  the grammar rules (`syntax.RULES`) say of each reading they know and, after a cue word
  (`syntax.CUE_WORDS`: "att", "ska", "det" ...), that word and whether an infinitive must
  follow; between a known word and its twins, the counts of the word pairs the twin model
  holds for the twins with each neighbour (`twins.TwinModel.evidence` reads no more); with
  learned word pairs, the neighbours themselves.

>>> from diarium.corrections.repairer import Repairer
>>> repairer = Repairer()
>>> first = Context("lost", prev="om", next="barn")
>>> first.neighbours_changed()
>>> repairer.decide("verksamheten", first), repairer.decide("forvaltningen", first).replacement
(None, 'förvaltningen')
>>> word = repairer.classes["forvaltningen", "lost"]
>>> later = Context("lost", prev="av", next="och")
>>> later.neighbours_changed()
>>> context_class(repairer, word, "forvaltningen", later) == context_class(
...     repairer, word, "forvaltningen", first)
True
"""
from __future__ import annotations

from diarium.corrections.context import Context, Decision
from diarium.corrections.keeping import KeepingCost
from diarium.corrections.kept_slips import slip_discount
from diarium.corrections.scoring import Candidate
from diarium.corrections.syntax import CUE_WORDS, RULES


class WordClass:
    """What decides which parts of a context a word's decision reads: known or not, its
    candidates' forms, the readings grammar rules know, its twins; and its decisions by
    class."""

    __slots__ = ("lower", "known", "forms", "rule_forms", "twins", "pairs", "kept_slips",
                 "decisions")

    def __init__(self, lower: str, known: bool, forms: tuple[str, ...],
                 rule_forms: tuple[str, ...], twins: tuple[str, ...] | None, pairs: bool,
                 kept_slips: bool = False):
        self.lower, self.known, self.forms = lower, known, forms
        self.rule_forms = rule_forms    # the form and candidates a grammar rule judges
        self.twins = twins      # known with twins: the twin class's members the text printed
        self.pairs = pairs      # learned word pairs: every neighbour may speak
        self.kept_slips = kept_slips    # function words it may be: the page's damage speaks
        self.decisions: dict[tuple, Decision | None] = {}


def word_class(repairer: KeepingCost, core: str, mode: str,
               slips: dict[str, list[Candidate]],
               kept_slips: list[Candidate]) -> WordClass | None:
    """The word's class, once its candidates are known (a label is judged without them:
    None until the word is judged as a word). `slips`: the function words a short rare form
    on a lost page may be (`Repairer.with_function_words`), by form; `kept_slips`: those a
    known short form on a page that kept its letters may be (`kept_slips.py`)."""
    lower = core.lower()
    found = repairer._candidates.get((lower, mode))
    if found is None:
        return None
    forms = [c[0] for c in found]
    known = repairer.prior(lower) > 0
    if mode == "lost":
        forms += [c[0] for c in slips.get(lower, ())]
    kept_forms = kept_slips if mode == "kept" and known else []
    forms += [c[0] for c in kept_forms]
    kept = bool(kept_forms)
    rule_forms = tuple(f for f in (lower, *forms) if f in RULES) if mode == "lost" else ()
    twins = None
    if known and repairer.twins_of(lower, forms):
        printed = repairer.twins.words
        twins = tuple(w for w in repairer.twin_zipfs(lower) if printed.get(w, 0))
    return WordClass(lower, known, tuple(forms), rule_forms, twins, bool(repairer.model.bigrams),
                     kept)


def context_class(repairer: KeepingCost, word: WordClass, core: str, ctx: Context) -> tuple:
    """The parts of `ctx` the decision about `word` reads (see the module docstring)."""
    doc_words = ctx.doc_words
    key: tuple = (ctx.label, ctx.in_name, word.lower in ctx.doc_repeated,
                  tuple(filter(doc_words.get, word.forms)))
    if word.known:
        key += (bool(doc_words.get(word.lower)),)
        if word.kept_slips:
            key += (slip_discount(repairer.config, ctx.damage),)
    else:
        key += (ctx.prev[-1:].isalpha(), repairer.poor_scan(core, ctx))
    if word.pairs:
        return key + (ctx.prev_key, ctx.next_key, ctx.prev_pair, ctx.firm_infinitive)
    if word.rule_forms:
        prev, next_ = ctx.prev_key, ctx.next_key
        key += tuple([RULES[f](prev, next_) for f in word.rule_forms])
    if ctx.mode == "lost" and ctx.prev_key in CUE_WORDS:
        key += (ctx.prev_key, ctx.firm_infinitive)
    if word.twins is not None:
        key += (twin_pairs(repairer.twins.left, ctx.prev_pair, word.twins, True),
                twin_pairs(repairer.twins.right, ctx.next_pair, word.twins, False))
    return key


def twin_pairs(table: dict[str, int], neighbour: str, twins: tuple[str, ...],
               left: bool) -> tuple[int, ...] | None:
    """The twin model's counts of each twin with the neighbour; None without one."""
    if not neighbour:
        return None
    if left:
        return tuple([table.get(f"{neighbour} {w}", 0) for w in twins])
    return tuple([table.get(f"{w} {neighbour}", 0) for w in twins])
