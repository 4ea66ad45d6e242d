"""The cost of keeping a word as printed: −ln 10 × its prior (a known word's Zipf frequency,
an unknown word's `unknown_zipf`, more for what looks like a name, less on a poor scan), less
a bonus for a known word and one more when the document prints it; and on a page that kept
its letters, when its å/ä/ö stay whatever a candidate says.

>>> scorer = KeepingCost()
>>> ctx = Context("kept", prev="om", next="och", ocr="förslaget", ocr_key="forslaget")
>>> scorer.keep_score("förslaget", ctx, scorer.prior("förslaget"), ("forslaget", 2.0, 1.0)) < (
...     scorer.keep_score("förslagetx", ctx, 0.0, ("förslaget", 2.0, 5.0)))
True
"""
from __future__ import annotations

import re

from diarium.corrections.context import Context
from diarium.corrections.neighbours import NeighbourEvidence
from diarium.corrections.scoring import LN10, Candidate
from diarium.language import words
from diarium.language.letters import SWEDISH_LETTERS

HAS_DIGIT = re.compile(r"\d")
FUNCTION_WORDS_SET = frozenset(words("function_words"))


class KeepingCost(NeighbourEvidence):
    """The neighbours' evidence, and the cost of keeping a word as printed."""

    def _keeps_letters(self, lower: str, ctx: Context) -> bool:
        """On a page that kept its letters, the å/ä/ö of an unknown word stay when it is
        printed the same twice (an OCR slip seldom repeats) or it ends in a short word that
        has them ("del|år", "Fors|å"): an OCR that kept its letters seldom invents one that
        makes a word."""
        return lower in ctx.doc_repeated or self.ends_in_short_word(lower)

    def ends_in_short_word(self, lower: str) -> bool:
        """A word, then a word of one or two letters with å/ä/ö, both common enough to be
        a compound's parts ("del|år"; not "ansvar|är": a verb ends no compound).

        >>> scorer = KeepingCost()
        >>> [scorer.ends_in_short_word(w) for w in ("delår", "forså", "ansvarär", "telefön")]
        [True, True, False, False]
        """
        zipf, least = self.lex.zipf, self.config.tail_part_zipf
        return any(zipf(lower[:-n]) >= least and zipf(lower[-n:]) >= least and (
            lower[-n:] not in FUNCTION_WORDS_SET) and not SWEDISH_LETTERS.isdisjoint(
            lower[-n:]) for n in (1, 2) if len(lower) - n >= 3)

    def keep_score(self, core: str, ctx: Context, keep_prior: float,
                    first: Candidate) -> float:
        """The cost of keeping the word as printed (lower is likelier)."""
        cfg, mode, lower = self.config, ctx.mode, ctx.ocr
        capitals = core.isupper()    # a heading ("SOCIALNAMNDEN"): a word, not a name
        damaged = not self.damage_glyphs.isdisjoint(lower)
        keep_zipf = keep_prior if keep_prior > 0 else self._unknown_keep_zipf(
            core, ctx, capitals, damaged)
        if ctx.in_name and not capitals and not damaged and (
                first[2] < cfg.function_word_zipf):     # "For Värna Barnen" is "För"
            keep_zipf += cfg.name_pair_zipf[mode]
        keep_score = -LN10 * keep_zipf
        if keep_prior > 0:
            keep_score -= cfg.known_keep_bonus[mode]
            if ctx.doc_words.get(lower, 0) >= 1:
                keep_score -= LN10 * cfg.doc_bonus_zipf / 2
        return keep_score - self.context(lower, ctx)

    def _unknown_keep_zipf(self, core: str, ctx: Context, capitals: bool,
                           damaged: bool) -> float:
        """The prior of keeping an unknown word: a name inside a sentence, damage, or other."""
        cfg = self.config
        lost_damage = ctx.mode == "lost" and damaged
        if core[:1].isupper() and not capitals and ctx.prev and ctx.prev[-1:].isalpha() and (
                not lost_damage):
            return max(cfg.name_zipf, cfg.unknown_zipf[ctx.mode]) - self.poor_scan(core, ctx)
        if lost_damage:
            return cfg.damaged_zipf
        return cfg.unknown_zipf[ctx.mode] - self.poor_scan(core, ctx)

    def poor_scan(self, core: str, ctx: Context) -> float:
        """Zipf taken off keeping an unknown word on a poor scan (`lines.page_damage`); not
        off a form with a digit ("2:e", "B42"): no misread word."""
        if ctx.mode == "kept" and not self._kept_misreading(core, ctx):
            return 0.0
        pivot = self.config.damage_pivot if ctx.mode == "lost" else self.config.kept_damage_pivot
        if ctx.damage <= pivot or HAS_DIGIT.search(core):
            return 0.0
        slope = self.config.damage_zipf_slope if ctx.mode == "lost" else (
            self.config.kept_damage_slope)
        return slope * (ctx.damage - pivot)

    def _kept_misreading(self, core: str, ctx: Context) -> bool:
        """On a page that kept its letters, damage makes a misreading of a long plain word
        likelier; a name inside a sentence, a short word or one printed with its å/ä/ö
        ("verksamhetsråd") is as likely right as on a fair page."""
        return len(core) >= self.config.kept_damage_min_length and (
            SWEDISH_LETTERS.isdisjoint(core.lower())) and (
            core.islower() or core.isupper() or not ctx.prev[-1:].isalpha())
