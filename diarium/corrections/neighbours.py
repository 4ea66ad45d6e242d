"""What a word's neighbours say about its readings: word pairs seen in clean text, grammar
cues on a page that lost its å/ä/ö (`syntax.py`: "24 ar" → "år", "som ar" → "är"), and
between a known word and its å/ä/ö twins ("val"/"väl") the twin model of real text.

These are the only parts of a decision that read the neighbours; `memo.py` keys a word's
decision by its neighbours only when one of them can speak for it.

>>> scorer = NeighbourEvidence()
>>> ctx = Context("lost", prev="24", next="som", ocr="ar", ocr_key="ar")
>>> ctx.neighbours_changed()
>>> scorer.context("år", ctx) > scorer.context("är", ctx)
True
"""
from __future__ import annotations

import math
from collections.abc import Iterable

from diarium.corrections.channel import ChannelModel
from diarium.corrections.config import DEFAULT, RepairConfig
from diarium.corrections.context import Context
from diarium.corrections.forms import diacritics_apart
from diarium.corrections.scoring import Candidate, CandidateScorer
from diarium.corrections.syntax import CUE_WORDS, RULES, cue, infinitive_cue
from diarium.corrections.twins import TwinModel, load_twins
from diarium.language.lexicon import Lexicon
from diarium.language.letters import fold


class NeighbourEvidence(CandidateScorer):
    """The candidate scorer with the evidence of a word's neighbours."""

    def __init__(self, lexicon: Lexicon | None = None, model: ChannelModel | None = None,
                 config: RepairConfig = DEFAULT, twins: TwinModel | None = None):
        super().__init__(lexicon, model, config)
        self.twins = load_twins() if twins is None else twins
        self._twin_zipfs: dict[str, dict[str, float]] = {}    # OCR form → its twins' priors

    def context(self, form: str, ctx: Context) -> float:
        """Evidence from the neighbours: pairs seen in clean text ("ett år", "är det"), and
        on a lost page grammar. A reading by an edit the channel never learned (`unseen.py`)
        is ruled out for a form the document prints twice (an unlearned slip seldom repeats,
        a name or a word no list holds does) and for a short form after no word (the tail of
        a broken word, `RepairConfig.unseen_edit_alone_length`)."""
        if (ctx.ocr in ctx.doc_repeated or len(ctx.ocr) < self.config.unseen_edit_alone_length
                and not ctx.prev[-1:].isalpha()) and self.is_unseen(ctx.ocr, ctx.mode, form):
            return -math.inf
        grammar = self._grammar(form, ctx) if ctx.mode == "lost" and (
            form in RULES or ctx.prev_key in CUE_WORDS) else 0.0
        bigrams = self.model.bigrams
        if not bigrams:
            return grammar
        left = bigrams.get(f"{ctx.prev_pair}|{form}", 0) if ctx.prev else 0
        right = bigrams.get(f"{form}>{ctx.next_pair}", 0) if ctx.next else 0
        if not (left or right):
            return grammar + 0.0    # (the sum below, without its logarithms)
        return grammar + self.config.context_weight * (math.log1p(left) + math.log1p(right))

    def _grammar(self, form: str, ctx: Context) -> float:
        """Grammar cues choose among the å/ä/ö readings of a form only, the readings one
        lost letter away ("dr": "är" or "år", `is_wide_twin`) and those whose å/ä/ö the
        OCR dropped ("std": "stöd", `dropped_mark`)."""
        if not diacritics_apart(form, ctx.ocr) and not is_wide_twin(ctx.ocr, form) and (
                not dropped_mark(ctx.ocr, form)):
            return 0.0
        strength = self.config.cue_strength
        grammar = strength * cue(form, ctx.prev_key, ctx.next_key)
        if ctx.firm_infinitive or ctx.prev_key != "att" or (
                self.lex.zipf(ctx.ocr_key) < self.config.common_word_zipf):
            # "visar att inga barn": a plain "att" may open a clause with a common word
            grammar += strength * infinitive_cue(form, ctx.prev_key, self.lex.in_hunspell,
                                                 ctx.firm_infinitive)
        return grammar

    def twins_of(self, lower: str, forms: Iterable[str]) -> list[str]:
        """The forms of `lower`'s twin class (`twin_zipfs`) other than itself: the ones
        `twin_choice` weighs."""
        zipfs = self.twin_zipfs(lower)
        return [c for c in forms if c != lower and c in zipfs]

    def twin_zipfs(self, lower: str) -> dict[str, float]:
        """The priors of a known form and of the listed words that differ from it in å/ä/ö
        only, and for a rare form also of its `wide_twins`: its twin class."""
        zipfs = self._twin_zipfs.get(lower)
        if zipfs is None:
            members = {m for m in self.lex.by_key(fold(lower)) if self.lex.is_word(m)}
            members.update(self.wide_twins(lower))
            zipfs = self._twin_zipfs[lower] = {m: self.member_prior(m) for m in {lower, *members}}
        return zipfs

    def member_prior(self, form: str) -> float:
        """A twin's prior; a compound no list holds is as common as its head's reading
        ("fiske|ratten" beside the listed "fiskerätten", `head_share`)."""
        prior = self.prior(form)
        if prior == self.config.compound_zipf:
            prior += self.head_share(form)
        return prior

    def wide_twins(self, lower: str) -> list[str]:
        """The listed words a rare known form may be on a page that lost its å/ä/ö, by one
        cheap edit that takes an å/ä/ö for another letter ("far" for "för", beside "får"):
        the channel alone cannot choose between such readings, the neighbours can. A form
        common enough to be no misreading (`RepairConfig.rare_short_zipf`) has none."""
        cfg = self.config
        if not lower.isalpha() or self.prior(lower) >= cfg.rare_zipf(len(lower)):
            return []
        key, cost, found = fold(lower), self.model.cost, []
        for i, letter in enumerate(key):
            for swapped in {"a", "o"} - {letter}:
                for m in self.lex.by_key(key[:i] + swapped + key[i + 1:]):
                    if is_wide_twin(lower, m) and self.lex.is_word(m) and (
                            cost(lower, m, "lost") <= cfg.known_max_cost):
                        found.append(m)
        return found

    def twin_choice(self, found: list[Candidate], ctx: Context) -> tuple[str, float] | bool | None:
        """Between a known word and its å/ä/ö twins ("val"/"väl"): the twin model of real text
        decides (the lexicon's frequencies for twins it never saw), and a twin needs strong
        evidence; on a page that kept its letters, a context cue too ("Han for till" stays),
        and there only a cue against the twin keeps the word. (twin, evidence in nats): change
        the word; False: keep it; None: the model has no say."""
        lower = ctx.ocr
        zipfs = self.twin_zipfs(lower)
        twins = [(c, channel) for c, channel, _prior in found if c != lower and c in zipfs]
        if not twins:
            return None
        best, net, cue_of_best = self._best_twin(twins, zipfs, ctx)
        needed_cue = self.config.twin_cue[ctx.mode]
        if net <= self.config.twin_margin[ctx.mode] or cue_of_best < needed_cue:
            # Without a cue either way, a page that kept its letters is left to the channel
            # (no cue is needed where the page lost them: there the model always decides).
            return False if cue_of_best <= -needed_cue else None
        return best, net

    def _best_twin(self, twins: list[tuple[str, float]], zipfs: dict[str, float],
                   ctx: Context) -> tuple[str, float, float]:
        """(twin, its evidence against the OCR form, the part of it the neighbours give). The
        neighbours' word pairs choose between twins only by a clear lead: "år har" seen four
        times does not outweigh the frequency of "är"."""
        keep_context, margin = self.context(ctx.ocr, ctx), self.config.twin_margin[ctx.mode]
        scored = []
        for candidate, channel in twins:
            prior, pairs = self.twins.evidence(candidate, ctx.ocr, ctx.prev_pair,
                                               ctx.next_pair, zipfs)
            base = prior + self.context(candidate, ctx) - keep_context - channel
            scored.append((base + pairs, base, candidate, pairs + base - prior + channel))
        scored.sort(reverse=True)
        net, base, best, cue = scored[0]
        for other_net, other_base, other, other_cue in scored[1:]:
            if other_base > base and net - other_net < margin:
                net, base, best, cue = other_net, other_base, other, other_cue
        return best, net, cue


def is_wide_twin(ocr: str, form: str) -> bool:
    """The form differs from the OCR form in one letter that is an å/ä/ö in the form and
    not its plain letter in the OCR form ("för" for "far"); elsewhere in å/ä/ö only.

    >>> is_wide_twin("far", "för"), is_wide_twin("far", "får"), is_wide_twin("far", "fyr")
    (True, False, False)
    """
    if len(ocr) != len(form):
        return False
    apart = [(a, b) for a, b in zip(fold(ocr), form) if a != fold(b)]
    return len(apart) == 1 and apart[0][1] in "åäö"


def dropped_mark(ocr: str, form: str) -> bool:
    """The OCR form is the form without one of its å/ä/ö ("std" for "stöd").

    >>> dropped_mark("std", "stöd"), dropped_mark("std", "stod"), dropped_mark("std", "stå")
    (True, False, False)
    """
    return len(form) == len(ocr) + 1 and any(
        c in "åäö" and form[:i] + form[i + 1:] == ocr for i, c in enumerate(form))
