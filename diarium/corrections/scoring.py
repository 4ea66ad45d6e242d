"""Candidates for an OCR form, scored by the noisy channel and the prior.

A candidate's cost is its channel cost (−log P(OCR form | candidate), `channel.py`) minus
ln 10 × its prior (a Zipf frequency, `prior`). A known word is compared only with the forms
that differ from it in å/ä/ö/é; an unknown one with what one edit (two when one explains it
poorly) of the channel could have turned into it. Results are cached per (form, page mode)
across documents.

>>> scorer = CandidateScorer()
>>> [form for form, _, _ in scorer.candidates("forvaltningens", "lost", known=False)][:1]
['förvaltningens']
>>> scorer.prior("förvaltningens") > scorer.prior("forvaltningens") == 0.0
True
"""
from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from itertools import compress
from operator import itemgetter

from rapidfuzz.distance import OSA

from diarium.language import lexicon as lexmod
from diarium.corrections.channel import ChannelModel, load_model
from diarium.corrections.config import DEFAULT, RepairConfig
from diarium.corrections.search import LN10, Candidate, Search
from diarium.corrections.unseen import plain_slip, same_length_keys
from diarium.language.lexicon import WORD, ZIPF_ONE, ZIPF_SHIFT, Lexicon
from diarium.language.letters import fold

# A one-edit candidate whose channel cost less ln 10 × its prior is at most this ends the
# search (see `CandidateScorer._decisive`).
DECISIVE_SCORE = 0.0


class CandidateScorer:
    """The lexicon, the channel and the caches of what they said about each form."""

    def __init__(self, lexicon: Lexicon | None = None, model: ChannelModel | None = None,
                 config: RepairConfig = DEFAULT):
        self.lex = lexicon or lexmod.load()
        self.model = model or load_model()
        self.config = config
        self.damage_glyphs = frozenset(config.damage_glyphs)
        self._candidates: dict[tuple[str, str], list[Candidate]] = {}
        self._priors: dict[str, float] = {}
        self.loose: set[str] = set()    # compounds only the looser analysis found
        # (form, mode) → the readings `_with_unseen_edits` gave it
        self.unseen: dict[tuple[str, str], frozenset[str]] = {}
        self._compound_priors: dict[str, float] = {}
        self._head_shares: dict[str, float] = {}
        self._compound_memo: dict = {}    # `Lexicon.compound_by_key`'s cuts, shared
        self._loose_memo: dict[str, list[str]] = {}    # `Lexicon.loose_compound_by_key`

    def prior(self, word: str) -> float:
        """Zipf-like prior of a lower-case form (0 when not a word)."""
        found = self._priors.get(word)
        if found is None:
            found = self._priors[word] = self._prior(word)
        return found

    def _prior(self, word: str) -> float:
        # `Lexicon.zipf` and `in_hunspell` from one look-up of the (lower-case) form
        code = self.lex.roles.get(word, 0)
        if code >= ZIPF_ONE:
            return (code >> ZIPF_SHIFT) / 100
        if (code if word.islower() else self.lex.roles.get(word.lower(), 0)) & WORD or (
                word.lower() in self.lex.plain):
            return self.config.hunspell_only_zipf
        if self.lex.is_compound(word):
            return self.config.compound_zipf
        return 0.0

    def compound_prior(self, form: str) -> float:
        """A candidate compound of many or tiny parts is a weaker reading than one of two
        words ("lag|enhets|överlåtelser" against "lägenhets|överlåtelser")."""
        found = self._compound_priors.get(form)
        if found is None:
            parts = self.lex.split_compound(form) or ()
            found = self.config.compound_zipf - self.config.compound_part_penalty * (
                max(0, len(parts) - 2) + sum(len(p) < 3 for p in parts))
            self._compound_priors[form] = found
        return found

    def head_share(self, form: str) -> float:
        """`reading_share` of a compound's head (0 for no compound), cached."""
        found = self._head_shares.get(form)
        if found is None:
            parts = self.lex.split_compound(form)
            found = self._head_shares[form] = self.reading_share(parts[-1]) if parts else 0.0
        return found

    def reading_share(self, part: str) -> float:
        """log10 of a word's share of the frequency of the words that differ from it in å/ä/ö
        only: between two compounds that differ in their head's å/ä/ö, the one read with the
        commoner head is the likelier ("cykel|väg" rather than "cykel|våg"); 0 for a
        part without such twins.

        >>> scorer = CandidateScorer()
        >>> scorer.reading_share("vägen") > scorer.reading_share("vågen")
        True
        >>> scorer.reading_share("ersättning")
        0.0
        """
        twins = [m for m in self.lex.by_key(fold(part)) if m == part or self.lex.is_word(m)]
        if len(twins) < 2 or part not in twins:
            return 0.0
        weight = {m: 10 ** (self.prior(m) or self.config.hunspell_only_zipf) for m in twins}
        return math.log10(weight[part] / sum(weight.values()))

    def candidates(self, lower: str, mode: str, known: bool) -> list[Candidate]:
        """(candidate, channel cost, prior) for an OCR form, best first, cached."""
        cache_key = (lower, mode)
        found = self._candidates.get(cache_key)
        if found is None:
            found = self._candidates[cache_key] = (
                self._known_candidates(lower, mode) if known
                else self._unknown_candidates(lower, mode))
        return found

    def _known_candidates(self, lower: str, mode: str) -> list[Candidate]:
        """A known word: its å/ä/ö readings; a rare one also what one likely edit explains,
        on a page that kept its letters too ("tör" for "för": train swe poor 3.14% → 3.12%,
        46 words fixed, none broken; keeping a known word there costs `known_keep_bonus`)."""
        cfg = self.config
        rare = self.prior(lower) < cfg.rare_zipf(len(lower))
        if not rare or mode == "kept" and (len(lower) > cfg.kept_slip_max_length
                                           or not self.lex.is_word(lower)):
            # (on a page that kept its letters only short listed words are worth the search:
            # the words misread there as other words are, "tör" for "för", "etter")
            key = fold(lower)
            if key == lower and key not in self.lex.keys and self.lex.is_word(key):
                return []   # (its only reading is itself: no å/ä/ö form, no compound search)
            return self.score_variants(lower, mode, True, {key: 0.0})
        return self.score_variants(lower, mode, True, self.model.variants(
            lower, mode, max_edits=1, max_cost=cfg.known_max_cost,
            hide_dropped_above=self._hide_dropped_above(lower)))

    def _unknown_candidates(self, lower: str, mode: str) -> list[Candidate]:
        """Lost diacritics alone first ("forvaltningens"): a common word explained that
        cheaply needs no search. Then one edit; two only when one explains it poorly."""
        cfg = self.config
        if not self.damage_glyphs.intersection(lower):    # "gér" is "gör" more than "ger"
            found = self.score_variants(lower, mode, False, {fold(lower): 0.0})
            if found and found[0][1] <= cfg.diacritics_only_cost and (
                    found[0][2] >= cfg.common_zipf):
                return found
        hide = self._hide_dropped_above(lower)
        one_edits = self.model.variants(lower, mode, max_edits=1, hide_dropped_above=hide)
        stem = self._dead_stem(fold(lower))
        hits = self._hits(one_edits, stem)
        search = self._search(lower, mode, False, one_edits, hits)
        found = search.best()
        if not found or found[0][1] > cfg.cheap_explanation and not self._decisive(
                found[0]) or found[0][0] in self.loose:
            # (only the listed keys of these count, and the cheap ones a compound analysis
            # may read: the search may skip the others, `two_edits.py`)
            prefixes = self.lex.prefixes
            two_edits = self.model.variants(
                lower, mode, limit=cfg.two_edit_limit, one_edits=one_edits,
                may_begin=prefixes.may_begin if prefixes and not self.lex.learned else None,
                keep_below=cfg.compound_max_cost)
            # The search goes on with the new keys only (the one-edit keys were tried, and
            # kept their lexicon test), and with the compound tries they left.
            new = {key: cost for key, cost in two_edits.items() if key not in one_edits}
            new_hits = self._hits(new, stem)
            search.collect(self._worth_trying(new, new_hits), new_hits)
            if search.loose_keys:
                search.add_loose_compounds()
            found = search.best()
        return self._with_unseen_edits(lower, mode, found)

    def _with_unseen_edits(self, lower: str, mode: str, found: list[Candidate],
                           ) -> list[Candidate]:
        """A long unknown form the learned edits do not explain at all: the listed words
        of its length one letter away are its candidates, at a flat cost (`unseen.py`);
        kept in `unseen` by form and mode.

        >>> scorer = CandidateScorer()
        >>> [c[0] for c in scorer._with_unseen_edits("kormunen", "kept", [])][:1]
        ['kommunen']
        """
        cfg = self.config
        flat = cfg.unseen_edit_cost[mode]
        if found or len(lower) < cfg.unseen_edit_min_length or not lower.isalpha() or (
                flat == math.inf):
            return found
        cost = self.model.cost
        folded = fold(lower)
        # (in a fixed order: candidates of equal score keep it, and a set's order is the hash seed's)
        for key in sorted(self._hits(self._unseen_keys(folded))):
            for form in self.lex.by_key(key):
                # (a page that lost its å/ä/ö: the slip is in the form's plain letters, and
                # its å/ä/ö cost what the channel says)
                plain = key if mode == "lost" else form
                prior = self.prior(form)
                if prior > 0 and OSA.distance(lower, plain) == 1 and plain_slip(lower, plain):
                    channel = flat + (cost(key, form, mode) if plain != form else 0.0)
                    found.append((form, min(channel, cost(lower, form, mode)), prior))
        if found:
            self.unseen[lower, mode] = frozenset(c[0] for c in found)
        return sorted(found, key=lambda c: c[1] - LN10 * c[2])[:cfg.max_candidates]

    def _unseen_keys(self, key: str) -> Collection[str]:
        """`same_length_keys` less those that keep a beginning of `key` no listed string
        has (`prefixes.py`): a slip right of where the key stops beginning any listed string
        leaves it none. (A poor page's unknown long form seldom begins a word far.)

        >>> scorer = CandidateScorer()
        >>> keys = scorer._unseen_keys("kormunqqx")
        >>> "kommunqqx" in keys, "kormunqqa" in keys, len(keys) < 200
        (True, False, True)
        """
        keys = same_length_keys(key)
        stem = self._dead_stem(key)    # (a slip at or left of its end changes it)
        return [k for k in keys if not k.startswith(stem)] if stem else keys

    def _dead_stem(self, key: str) -> str:
        """The shortest beginning of a form's key that no listed string begins with (`""`
        when each may): no key that keeps it is listed, whatever the edit.

        >>> CandidateScorer()._dead_stem("kommunqqzx"), CandidateScorer()._dead_stem("kommun")
        ('kommunq', '')
        """
        prefixes = self.lex.prefixes
        if not prefixes or self.lex.learned:
            return ""
        for n in range(1, len(key) + 1):
            if not prefixes.may_begin(key[:n]):
                return key[:n]
        return ""

    def is_unseen(self, lower: str, mode: str, form: str) -> bool:
        """`form` is a reading of `lower` by an edit the channel never learned."""
        return form in self.unseen.get((lower, mode), ())

    def _decisive(self, best: Candidate) -> bool:
        """A common listed word one edit explains at a cost its frequency outweighs: a word
        two edits away seldom beats it (on the train pairs, 4 of the 2 965 forms so judged
        got another best candidate from the two-edit search), and that search is the
        costliest part of a form's candidates."""
        _form, channel, prior = best
        return prior >= self.config.common_zipf and channel <= LN10 * prior + DECISIVE_SCORE

    def _hide_dropped_above(self, lower: str) -> float | None:
        """When no listed string is the form with a letter more, its one-edit search may
        leave out the insertions of dropped letters too costly for a compound analysis
        (`ChannelModel.variants`): they are neither hits nor worth trying."""
        if self.lex.may_miss_a_letter(fold(lower)):
            return None
        return self.config.compound_max_cost

    def _hits(self, keys: Collection[str], stem: str = "") -> set[str]:
        """The keys the lexicon lists (as a word, a folded form or a compound part), tested
        at C speed (a set intersection walks the few keys and looks each up in the large
        table): most variants are no key. `stem`: a beginning no listed string has
        (`_dead_stem`), which rules out the keys that keep it."""
        lex = self.lex
        if stem:
            keys = [k for k in keys if not k.startswith(stem)]
        # (the small table of listed beginnings first: a miss in the large ones is a trip
        # to memory, `prefixes.py`)
        may_be = lex.prefixes.listed_only(keys) if len(keys) > 1 else keys
        hits = lex.keys.present(may_be)
        hits |= lex.roles.keys() & may_be
        hits |= lex.plain.present(k for k in may_be if k not in hits)
        if lex.learned:
            hits |= set(filter(lex.learned.__contains__, keys))
        return hits

    def score_variants(self, lower: str, mode: str, known: bool, variants: dict[str, float],
                       hits: set[str] | None = None) -> list[Candidate]:
        """The words behind the diacritic-folded `variants` (key → estimated cost) of an
        OCR form, scored; compounds for a few likely keys no list holds. `hits`: those of
        the variants the lexicon lists, when known."""
        return self._search(lower, mode, known, variants, hits).best()

    def _search(self, lower: str, mode: str, known: bool, variants: dict[str, float],
                hits: set[str] | None = None) -> Search:
        search = Search(self, lower, mode, known)
        if hits is None and len(variants) > 1:
            hits = self._hits(variants)
        search.collect(self._worth_trying(variants, hits), hits)
        if search.loose_keys:
            search.add_loose_compounds()
        return search

    def _worth_trying(self, variants: dict[str, float], hits: set[str] | None = None,
                      ) -> Iterable[tuple[str, float]]:
        """Most variants are no key, and one too costly for a compound analysis then does
        nothing: drop those first; cheapest first."""
        if len(variants) <= 1:
            return variants.items()
        cfg = self.config
        if hits is None:
            hits = self._hits(variants)
        # (the filters run at C speed, in the variants' order, which the stable sort keeps
        # among equal costs)
        cheap = list(compress(variants, map(float(cfg.compound_max_cost).__ge__,
                                            variants.values())))
        worth = hits.union(compress(cheap, map(int(cfg.compound_min_length).__le__,
                                               map(len, cheap))))
        keys = list(filter(worth.__contains__, variants))
        return sorted(zip(keys, map(variants.__getitem__, keys)), key=itemgetter(1))
