"""One OCR form's candidates being collected (`scoring.CandidateScorer`'s search): the listed
forms of each likely key, compounds of listed parts for a few, and what the search learned."""
from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from typing import Any

from diarium.language.lexicon import WORD, ZIPF_ONE
from diarium.language.letters import fold


LN10 = math.log(10)
# (candidate, channel cost, prior)
Candidate = tuple[str, float, float]


class Search:
    """The candidates of one OCR form being collected, and what the search has learned."""

    def __init__(self, scorer: Any, lower: str, mode: str, known: bool):
        # scorer: the `scoring.CandidateScorer` (not imported: it imports this module)
        self.scorer, self.lower, self.mode, self.known = scorer, lower, mode, known
        self.config = scorer.config
        self.lower_key = fold(lower)
        self.scored: dict[str, tuple[float, float]] = {}
        self.compound_tries: int | None = None    # counted when first needed
        self.common_found = False
        self.loose_keys: list[str] = []   # tried last, and only if no listed word turns up
        self.compounds_scored: list[str] = []    # scored with a compound's prior
        self.weighed: set[str] = set()          # ... and given their head's share

    def collect(self, variants: Iterable[tuple[str, float]],
                hits: Collection[str] | None = None) -> None:
        """Score the listed forms of each key; for a long and likely key no list holds, its
        compounds. `hits`: the keys the lexicon lists, when known (`CandidateScorer._hits`):
        the others need no look-up in its large tables, and once the compound tries are
        spent, nothing at all."""
        lex, cfg, add = self.scorer.lex, self.config, self.add
        # `Lexicon.by_key` inlined: this is the hot loop, and most variants are no key
        listed_get, roles_get, learned = lex.keys.get, lex.roles.get, lex.learned
        plain = lex.plain
        min_length, max_cost = cfg.compound_min_length, cfg.compound_max_cost
        for folded, estimate in variants:
            if hits is None or folded in hits:
                listed = listed_get(folded)
                forms = listed.split("|") if listed else []
                code = roles_get(folded, 0)
                if code & WORD or code >= ZIPF_ONE or learned and folded in learned or (
                        not code and folded in plain):
                    forms.append(folded)
            elif self.compound_tries == 0:
                continue    # (no key, and no compound try left: `compounds` gives nothing)
            else:
                forms = []
            if not forms and len(folded) >= min_length and estimate <= max_cost:
                forms = self.compounds(folded)
            for form in forms:
                add(form)

    def compounds(self, folded: str) -> list[str]:
        """Compounds of listed parts for a key: only for the likeliest few keys, and only
        while no common listed word has turned up."""
        cfg, scorer = self.config, self.scorer
        if self.compound_tries is None:
            # each damage glyph ("férvaltningsdirektéren") puts one more variant ahead of
            # the right one
            self.compound_tries = cfg.compound_tries + sum(
                map(scorer.damage_glyphs.__contains__, self.lower))
        if not self.compound_tries:
            return []
        self.compound_tries -= 1
        if self.common_found:    # a compound seldom beats a common listed word
            return []
        forms = scorer.lex.compound_by_key(folded, memo=scorer._compound_memo)
        if self.mode == "lost" and not self.known and all(
                scorer.compound_prior(f) < cfg.compound_zipf for f in forms):
            self.loose_keys.append(folded)
        return forms

    def add(self, form: str) -> None:
        """Score a listed form or a compound of listed parts."""
        if form in self.scored or form == self.lower:
            return
        scorer, cfg = self.scorer, self.config
        prior = scorer._priors.get(form)
        if prior is None:
            prior = scorer.prior(form)
        if not prior and form in scorer.loose:
            prior = cfg.loose_compound_zipf
        if prior <= 0:
            return
        if prior == cfg.compound_zipf:
            prior = scorer.compound_prior(form)
            self.compounds_scored.append(form)
        channel = scorer.model.cost(self.lower, form, self.mode)
        if not self.known and len(form) == len(self.lower) and fold(form) == self.lower_key:
            # (`channel_cost`, inlined; `fold` keeps the length)
            channel = min(channel, cfg.diacritic_swap_cost * sum(
                a != b for a, b in zip(form, self.lower)))
        self.scored[form] = (channel, prior)
        self.common_found = self.common_found or prior >= cfg.common_zipf

    def add_loose_compounds(self) -> None:
        """When no listed word turned up: the looser two-part compounds of the keys whose
        strict analysis gave only weak readings ("nämnds|ärenden")."""
        lex, scorer = self.scorer.lex, self.scorer
        if any(map(lex.is_word, self.scored)):
            return
        for folded in self.loose_keys:
            loose_forms = scorer._loose_memo.get(folded)
            if loose_forms is None:    # (the two-edit search meets the one-edit keys again)
                loose_forms = scorer._loose_memo[folded] = lex.loose_compound_by_key(folded)
            scorer.loose.update(loose_forms)
            for form in loose_forms:
                if form in self.scored or form == self.lower:
                    continue
                prior = scorer.prior(form) or (
                    scorer.config.loose_compound_zipf if form in scorer.loose else 0.0)
                if prior > 0:
                    self.scored[form] = (self.channel_cost(form), prior)

    def channel_cost(self, form: str) -> float:
        channel = self.scorer.model.cost(self.lower, form, self.mode)
        if not self.known and fold(form) == self.lower_key:
            # Only å/ä/ö/é differ and the OCR form is no word: an invented or lost
            # diacritic, whatever the training pages happened to show.
            diffs = sum(a != b for a, b in zip(form, self.lower))
            channel = min(channel, self.scorer.config.diacritic_swap_cost * diffs)
        return channel

    def best(self) -> list[Candidate]:
        self._weigh_compound_twins()
        found = [(f, c, p) for f, (c, p) in self.scored.items()]
        if len(found) < 2:
            return found
        return sorted(found, key=lambda x: x[1] - LN10 * x[2])[:self.scorer.config.max_candidates]

    def _weigh_compound_twins(self) -> None:
        """Compounds among the candidates that differ in å/ä/ö only ("cykelvåg",
        "cykelväg") get their head's `reading_share` (once): the lexicon lists neither, its
        frequency of their heads tells them apart."""
        if len(self.compounds_scored) < 2:
            return
        by_key: dict[str, list[str]] = {}
        for form in self.compounds_scored:
            by_key.setdefault(fold(form), []).append(form)
        for forms in by_key.values():
            for form in forms if len(forms) > 1 else ():
                if form not in self.weighed:
                    self.weighed.add(form)
                    channel, prior = self.scored[form]
                    self.scored[form] = (channel, prior + self.scorer.head_share(form))
