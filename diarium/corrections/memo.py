"""A repairer's decisions, kept by word and context class: each distinct (word as printed,
page mode, context class) is judged once per repairer, on every line, page and document.

The class of a context is exactly what the decision about that word reads of it
(`Repairer.decide`):

- whether the word is a label, in a name, printed twice on the page though unknown;
- which of its candidates the document prints (each earns a bonus);
- a known word: whether the document prints it too;
- an unknown word: whether the word before ends in a letter (a capitalised unknown word
  there is a name) and the Zipf a poor scan takes off keeping it (`Repairer._poor_scan`);
- the neighbours themselves (folded, as word pairs see them, and whether an infinitive
  must follow) only where they can speak: word pairs, a grammar cue (`syntax.RULES`, a
  left neighbour in `syntax.CUE_WORDS`) or a twin (`NeighbourEvidence.twin_choice`).

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

from typing import TYPE_CHECKING

from diarium.corrections.context import Context, Decision
from diarium.corrections.syntax import CUE_WORDS, RULES

if TYPE_CHECKING:
    from diarium.corrections.repairer import Repairer


class WordClass:
    """What decides which parts of a context a word's decision reads: known or not, its
    candidates' forms, whether its neighbours can speak; and its decisions by class."""

    __slots__ = ("lower", "known", "forms", "neighbours", "decisions")

    def __init__(self, lower: str, known: bool, forms: tuple[str, ...], neighbours: bool):
        self.lower, self.known, self.forms, self.neighbours = lower, known, forms, neighbours
        self.decisions: dict[tuple, Decision | None] = {}


def word_class(repairer: Repairer, core: str, mode: str) -> WordClass | None:
    """The word's class, once its candidates are known (a label is judged without them:
    None until the word is judged as a word)."""
    lower = core.lower()
    found = repairer._candidates.get((lower, mode))
    if found is None:
        return None
    forms = [c[0] for c in found]
    if mode == "lost":    # the function words a short rare form may be (`with_function_words`)
        forms += [c[0] for c in repairer._slips.get(lower, ())]
    known = repairer.prior(lower) > 0
    neighbours = bool(repairer.model.bigrams) or mode == "lost" and (
        lower in RULES or not RULES.keys().isdisjoint(forms)) or known and bool(
        repairer.twins_of(lower, forms))
    return WordClass(lower, known, tuple(forms), neighbours)


def context_class(repairer: Repairer, word: WordClass, core: str, ctx: Context) -> tuple:
    """The parts of `ctx` the decision about `word` reads (see the module docstring)."""
    doc_words = ctx.doc_words
    key: tuple = (ctx.label, ctx.in_name, word.lower in ctx.doc_repeated,
                  tuple(filter(doc_words.get, word.forms)))
    if word.known:
        key += (bool(doc_words.get(word.lower)),)
    else:
        key += (ctx.prev[-1:].isalpha(), repairer._poor_scan(core, ctx))
    if word.neighbours or ctx.mode == "lost" and ctx.prev_key in CUE_WORDS:
        return key + (ctx.prev_key, ctx.next_key, ctx.prev_pair, ctx.firm_infinitive)
    return key
