"""The line loop: the rules, in a fixed order, over a page's lines.

Each rule is a pass over the words of a line that no earlier rule took (a rule takes a word
when it edits it, or when it has decided that nothing may be done). First the rules that
need only the text, then, in reading order, the rules that judge a word in its context:

0. `restore_symbols`       — "$ 397" → "§ 397", "924 m?" → "924 m²", "20 1/s" → "l/s",
                             a stray "word ;" → "word"
1. `restore_bullet`        — a line-initial glyph that is how the OCR read "•"
2. `join_split_compounds`  — "social förvaltningen" → "socialförvaltningen" (takes two words)
3. `restore_names`         — on a lost page, "Goran" → "Göran", "i Malm" → "i Malmö"
4. `swap_years_or_is`      — on a kept page, "upp till 24 är som" → "år"
5. `fix_mojibake`          — on a garbled line, "fÃ¶r" → "för"
6. `one_as_i`              — "1 uppdrag", "finns I kommunen", "j Ekeby" → "i"
7. `repair_words`          — in reading order: a hyphenated last word joined with its tail
                             on the next line ("ensamkomm-" / "ande") or judged whole and
                             left in two halves ("kon-" / "taktperson"); every other word by
                             the noisy-channel choice (`repairer.py`: glued words split, a
                             common word the OCR capitalised mid-sentence lower-cased)

The page and line they read are `page.Page` and `page.Line`, the document's evidence
`evidence.DocumentEvidence`. A page "lost" its å/ä/ö when its OCR dropped them (an English
model), else it "kept" them; `passes_for` leaves out what cannot apply. Names come before
the word rule because a name is no word of the lexicon, "år"/"är" because both are words; a
split compound's halves and a hyphenated word's halves are no words either.

>>> from diarium.corrections.repairer import Repairer
>>> evidence = DocumentEvidence.of(["Forslaget om social forvaltningen"], Repairer().lex)
>>> sorted((e.original, e.replacement) for e in repair_lines(
...     ["Forslaget om social forvaltningen"], None, "lost", Repairer(), 0.5, True, evidence)[0])
[('Forslaget', 'Förslaget'), ('social forvaltningen', 'socialförvaltningen')]
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from diarium.corrections.context import LineEdit
from diarium.corrections.evidence import (DocumentEvidence, damage_share, doc_vocabulary,
                                          page_counts, page_damage)
from diarium.corrections.intact import intact
# The passes live in `line_rules` and `word_rule`.
from diarium.corrections.line_rules import (
    fix_mojibake, join_split_compounds, one_as_i, restore_bullet, restore_initials,
    restore_names, restore_symbols, swap_years_or_is)
from diarium.corrections.page import Line, LineConfs, Page
from diarium.corrections.repairer import Repairer
from diarium.corrections.rules.symbols import PageSigns
from diarium.corrections.tokens import tokenize
from diarium.corrections.word_rule import repair_word, repair_words

__all__ = ["DocumentEvidence", "LineConfs", "Line", "Page", "RULE_ORDER", "doc_vocabulary",
           "page_damage", "passes_for", "repair_lines"]


Pass = Callable[[Line], None]
# (the rule, the page modes it is for, whether only for a garbled line)
RULE_ORDER: tuple[tuple[Pass, tuple[str, ...], bool], ...] = (
    (restore_symbols, ("lost", "kept"), False),
    (restore_bullet, ("lost", "kept"), False),
    (join_split_compounds, ("lost", "kept"), False),
    (restore_names, ("lost",), False),
    (swap_years_or_is, ("kept",), False),
    (fix_mojibake, ("lost", "kept"), True),
    (one_as_i, ("lost", "kept"), False),
    (restore_initials, ("lost",), False),
    (repair_words, ("lost", "kept"), False),
)


@lru_cache(maxsize=None)
def passes_for(mode: str, garbled: bool) -> tuple[Pass, ...]:
    """The rules of `RULE_ORDER` that can apply on such a line, in order."""
    return tuple(rule for rule, modes, garbled_only in RULE_ORDER
                 if mode in modes and (garbled or not garbled_only))


def repair_lines(lines: list[str], confs: LineConfs | None, mode: str, repairer: Repairer,
                 min_confidence: float, join_hyphenation: bool, evidence: DocumentEvidence,
                 ) -> list[list[LineEdit]]:
    """Edits per line of a page (offsets within the line). A joined hyphenation edits two."""
    counts = page_counts(lines, repairer.lex, evidence.line_damage)
    page = Page(lines, confs, repairer, min_confidence, join_hyphenation, evidence,
                [[] for _ in lines], signs=PageSigns.of("\n".join(lines)),
                damage=damage_share(counts),
                intact=intact(mode, counts, repairer.config))
    for i, text in enumerate(lines):
        if not tokenize(text):
            continue    # a blank line, or punctuation only: nothing to repair
        line = Line(page, i, mode)
        for rule in passes_for(mode, line.garbled):
            rule(line)
    return page.edits
