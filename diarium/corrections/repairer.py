"""The word rule: keep the word as printed, or change it to its best candidate.

Keeping a word has a cost (`keeping.py`); each candidate (`scoring.py`) costs its channel
cost − ln 10 × its prior, less a bonus when the document prints it elsewhere. Neighbours add
evidence to both (`neighbours.py`): word pairs seen in clean text, on a page that lost its
å/ä/ö Swedish grammar (`syntax.py`: "24 ar" → "år", "som ar" → "är", "att starka" →
"stärka"), and between a known word and its twins the twin model. The word changes when a
candidate is cheaper than keeping it; the margin gives the confidence. A form no candidate
explains may be two words the OCR glued (`rules/glued_words.py`).

>>> repairer = Repairer()
>>> context = Context("lost", prev="som", next="ett")
>>> context.neighbours_changed()
>>> repairer.decide("ar", context).replacement
'är'
>>> context = Context("lost", prev="24", next="som")
>>> context.neighbours_changed()
>>> repairer.decide("ar", context).replacement
'år'

A word no context can change is settled once: it is not judged again; any other word is
judged once per context class (`memo.py`).

>>> repairer.decide("2021", context), "2021" in repairer.settled["lost"]
(None, True)
"""
from __future__ import annotations

import math
import re

from diarium.corrections.abbreviations import ABBREVIATIONS, SHORT_ABBREVIATIONS
from diarium.corrections.channel import ChannelModel, edit_blocks
from diarium.corrections.config import DEFAULT, RepairConfig
from diarium.corrections.context import Context, Decision, match_case, mixed_case
from diarium.corrections.forms import (MAX_TAIL, NAME_TAILS, PLAIN_SURNAME_TAILS,
                                       changes_surname_tail, drops_letter,
                                       restores_letters_only)
from diarium.corrections.keeping import KeepingCost
from diarium.corrections.kept_slips import kept_slips, slip_discount
from diarium.corrections.memo import WordClass, context_class, word_class
from diarium.language.lexicon import Lexicon
from diarium.corrections.rules.glued_words import split_glued
from diarium.corrections.scoring import LN10, Candidate
from diarium.corrections.tokens import is_protected
from diarium.corrections.twins import TwinModel
from diarium.language import words
from diarium.language.letters import fold

HAS_LETTER = re.compile(r"[^\W\d_]")
FUNCTION_WORDS = sorted(words("function_words"))


class Repairer(KeepingCost):
    """Decides about single words; holds every cache, so reuse one for many documents."""

    def __init__(self, lexicon: Lexicon | None = None, model: ChannelModel | None = None,
                 config: RepairConfig = DEFAULT, twins: TwinModel | None = None):
        super().__init__(lexicon, model, config, twins)
        # Per page mode, the words (as printed) whose decision is None in any context: no
        # candidates, protected ... and those that are words to judge (no number, no name).
        self.settled: dict[str, set[str]] = {"lost": set(), "kept": set()}
        self.words: dict[str, set[str]] = {"lost": set(), "kept": set()}
        self._reasons: dict[tuple[str, str], str] = {}
        self._slips: dict[str, list[Candidate]] = {}    # short form → function words
        # word as printed → `lost_initial.folded_initial` of it (None: no lost initial)
        self.initials: dict[str, str | None] = {}
        self.function_words = [w for w in FUNCTION_WORDS
                               if self.lex.zipf(w) >= self.config.function_word_zipf]
        self.kept_slip_cache: dict[str, list[Candidate]] = {}  # `kept_slips.py`, by form
        # (word as printed, mode) → its decisions by context class (`memo.py`)
        self.classes: dict[tuple[str, str], WordClass] = {}

    def decide(self, core: str, ctx: Context) -> Decision | None:
        """The change of a word (its core, as printed) in its context, or None."""
        if core in self.settled[ctx.mode]:
            return None     # a repeated word no context can change: decided once
        word = self.classes.get((core, ctx.mode))
        if word is None:
            found = self._decide_word(core, ctx)
            if core in self.settled[ctx.mode]:
                return found
            word = word_class(self, core, ctx.mode, self._slips,
                              kept_slips(self, core) if ctx.mode == "kept"
                              and self.prior(core.lower()) > 0 else [])
            if word is None:
                return found    # (judged without its candidates: a label)
            self.classes[core, ctx.mode] = word
            key = context_class(self, word, core, ctx)
        else:
            key = context_class(self, word, core, ctx)
            decisions = word.decisions
            if key in decisions:
                return _copy(decisions[key])    # (callers edit theirs)
            found = self._decide_word(core, ctx)
        word.decisions[key] = _copy(found)
        return found

    def _decide_word(self, core: str, ctx: Context) -> Decision | None:
        if core.lower() in ABBREVIATIONS:
            self.settled[ctx.mode].add(core)    # a listed abbreviation is never changed
            return None
        if ctx.label:
            return self.label_decision(core, ctx.mode)
        found = self._decide(core, ctx)
        if found is None and ctx.mode == "lost" and core.isalpha():
            found = self.restore_tail(core)
            if found is not None:
                self.settled[ctx.mode].discard(core)    # (it has a reading: not settled)
        if found is None and len(core) >= self.config.split_min_length and not self.prior(
                core.lower()):
            if ctx.mode == "kept" and core.lower() in ctx.doc_repeated:
                # Printed the same twice on a page that keeps its letters: a word the lexicon
                # lacks ("attsats"), not two glued ones, here; another document may differ.
                # (A poor page repeats its misreadings of letters: only the split waits.)
                self.settled[ctx.mode].discard(core)
                return None
            found = split_glued(self, core, ctx.mode)
            if found is not None:
                self.settled[ctx.mode].discard(core)
        return found

    def settles(self, core: str, mode: str) -> bool:
        """Whether the word (as printed, in no label's place) is settled before its context
        is read, as `decide` would settle it on its first look: a listed abbreviation, no
        word to judge, a short known word on a kept page, a known word without candidates.
        (Its neighbours, the name it may stand in and the document change none of these.)

        >>> repairer = Repairer()
        >>> repairer.settles("bygglov", "kept"), "bygglov" in repairer.settled["kept"]
        (True, True)
        >>> repairer.settles("forvaltningen", "lost"), repairer.settles("2021", "lost")
        (False, True)
        """
        if core in self.settled[mode]:
            return True
        if (core, mode) in self.classes:
            return False    # (judged before, and not settled)
        if core.lower() in ABBREVIATIONS:
            self.settled[mode].add(core)
            return True
        head = self._candidates_of(core, mode)
        if head is None:
            return True
        found, keep_prior = head
        if found or keep_prior <= 0:
            return False    # (an unknown word may be a name's or two glued ones)
        self.settled[mode].add(core)
        return True

    def _candidates_of(self, core: str, mode: str) -> tuple[list[Candidate], float] | None:
        """The word's candidates and the prior of keeping it, as far as no context speaks;
        None when it is no word to judge or a short known word on a kept page (settled)."""
        if core not in self.words[mode] and not self._is_word(core, mode):
            return None     # (a word judged so before needs no second look)
        lower = core.lower()
        keep_prior = self.prior(lower)
        known = keep_prior > 0
        slips = kept_slips(self, core) if mode == "kept" and known else []
        if known and len(lower) <= self.config.short_word and mode == "kept" and not slips:
            self.settled[mode].add(core)
            return None
        found = self.candidates(lower, mode, known)
        if slips:
            found = sorted({**{c[0]: c for c in slips}, **{c[0]: c for c in found}}.values(),
                           key=lambda c: c[1] - LN10 * c[2])
        if mode == "lost" and len(lower) <= self.config.slip_max_length and (
                keep_prior < self.config.slip_max_zipf) and not self._has_twin(lower):
            found = self.with_function_words(lower, found)
        if found and core[:1].isupper() and not core.isupper() and lower.endswith(
                PLAIN_SURNAME_TAILS):
            found = [c for c in found if self.lex.is_word(c[0]) or not changes_surname_tail(
                lower, c[0])]     # ("Anvander" is "Använder", a listed word)
        return found, keep_prior

    def _decide(self, core: str, ctx: Context) -> Decision | None:
        head = self._candidates_of(core, ctx.mode)
        if head is None:
            return None
        found, keep_prior = head
        lower, known = core.lower(), keep_prior > 0
        if found and ctx.in_name and not core.isupper():
            # In a name ("Amel Kovacic") only an å/ä/ö may be restored ("R6éda" → "Röda"):
            # "Termin" is no name.
            found = [c for c in found if restores_letters_only(lower, c[0])]
            if not found:
                return None     # (not settled: elsewhere the word may stand alone)
        if not found:
            self.settled[ctx.mode].add(core)
            return None
        ctx.ocr_key, ctx.ocr = fold(lower), lower
        keep_score = self.keep_score(core, ctx, keep_prior, found[0])
        if ctx.mode == "kept" and known and kept_slips(self, core):
            keep_score += LN10 * slip_discount(self.config, ctx.damage)
        # The cheapest candidate in context.
        doc_words, context, bonus_zipf = ctx.doc_words, self.context, self.config.doc_bonus_zipf
        form, score = "", math.inf
        for candidate, channel, prior in found:
            bonus = bonus_zipf if doc_words.get(candidate) else 0.0
            cost = channel - LN10 * (prior + bonus) - context(candidate, ctx)
            if cost < score:
                form, score = candidate, cost
        if known and not ctx.in_name and (score >= keep_score or fold(form) == ctx.ocr_key):
            twin = self.twin_choice(found, ctx)
            if isinstance(twin, tuple):
                return self._twin_decision(core, *twin)
            if twin is False:
                return None
        if not known and fold(form) == fold(lower) and (
                ctx.mode == "lost" or self.lex.is_word(form)):
            # No word, and a listed word but for its å/ä/ö/é. (On a page that kept its
            # letters, a mere compound of listed parts is no such evidence: "välbehövt".)
            keep_score = max(keep_score, 0.0)
        if score >= keep_score or ctx.mode == "kept" and drops_letter(lower, form) and (
                self._keeps_letters(lower, ctx)):
            return None
        margin = keep_score - score - self.config.confidence_offset
        confidence = min(self.config.max_confidence, 1.0 / (1.0 + math.exp(-margin)))
        return Decision(match_case(core, form), round(confidence, 3), self.reason(lower, form))

    def label_decision(self, core: str, mode: str) -> Decision | None:
        """A label ("Dar 2021/12", `abbreviations.is_label`) changes only into the listed
        abbreviation the channel makes of it most cheaply ("Dnr"), never into a word
        ("Där").

        >>> Repairer().label_decision("Dar", "lost").replacement
        'Dnr'
        """
        lower, cfg = core.lower(), self.config
        cost, best, form = self.model.cost, cfg.label_max_cost, ""
        for abbreviation in SHORT_ABBREVIATIONS:
            if abs(len(abbreviation) - len(lower)) <= 1:
                channel = cost(lower, abbreviation, mode)
                if channel <= best:
                    best, form = channel, abbreviation
        if not form:
            return None
        return Decision(match_case(core, form), cfg.label_confidence, self.reason(lower, form))

    def with_function_words(self, lower: str, found: list[Candidate]) -> list[Candidate]:
        """A short rare form on a lost page may be a function word the OCR broke ("til",
        "ay", "aut"): the commonest function words (`language/data/function_words.txt`)
        within one letter of its length join its candidates at their channel cost.

        >>> [c[0] for c in Repairer().with_function_words("ay", [])]
        ['av']
        """
        extra = self._slips.get(lower)
        if extra is None:
            cfg, cost = self.config, self.model.cost
            extra = self._slips[lower] = [
                (word, channel, self.prior(word)) for word in self.function_words
                if word != lower and abs(len(word) - len(lower)) <= 1
                and (channel := cost(lower, word, "lost")) <= cfg.slip_max_cost]
        if not extra or any(c[2] >= self.config.function_word_zipf for c in found):
            return found    # ("dir": the search found "där" itself, no need of "är")
        merged = {c[0]: c for c in extra}
        merged.update((c[0], c) for c in found)
        return sorted(merged.values(), key=lambda c: c[1] - LN10 * c[2])

    def restore_tail(self, core: str) -> Decision | None:
        """An unknown word that ends in a place's or a surname's element but for its å/ä/ö
        (`place_tails.txt`, `surname_tails.txt`): a name the lexicon lacks, its head as
        printed ("Litsegard" → "Hultegård", "Tostaredsvagen" → "Tostaredsvägen").

        >>> Repairer().restore_tail("Tostaredsvagen").replacement
        'Tostaredsvägen'
        """
        lower, cfg = core.lower(), self.config
        if self.prior(lower) or not core[1:].islower():
            return None
        for n in range(min(len(lower) - cfg.tail_min_head, MAX_TAIL), 0, -1):
            element = NAME_TAILS.get(lower[-n:]) if n >= cfg.tail_min_length else None
            if element and self.prior(lower[-n:]) < cfg.tail_part_zipf:
                # (a common word as printed is the element: "Sport|hall", no "häll")
                restored = lower[:-n] + element
                return Decision(match_case(core, restored), cfg.tail_confidence,
                                self.reason(lower, restored))
        return None

    def _twin_decision(self, core: str, twin: str, net: float) -> Decision:
        confidence = min(self.config.max_confidence, 1.0 / (1.0 + math.exp(-net)))
        return Decision(match_case(core, twin), round(confidence, 3),
                        self.reason(core.lower(), twin))

    def _has_twin(self, lower: str) -> bool:
        """A listed word that differs from the form in å/ä/ö only ("dar": "där"), and is at
        least as common: the twin model judges it, no function word ("au" is "att" more
        than the rare "åu")."""
        prior = self.prior(lower)
        return any(m != lower and self.lex.is_word(m) and self.prior(m) >= prior
                   for m in self.lex.by_key(fold(lower)))

    def _is_word(self, core: str, mode: str) -> bool:
        """A word to judge; no word, or mixed case like "McDonald" or "IoT" (a name) is
        settled: left alone in every context."""
        if (not core or is_protected(core) or not HAS_LETTER.search(core.lower())
                or mixed_case(core) and not self.damaged_capital(core, mode)):
            self.settled[mode].add(core)
            return False
        self.words[mode].add(core)
        return True

    def damaged_capital(self, core: str, mode: str) -> bool:
        """'MalmG': one stray capital, at the end, that the lost channel draws for ö."""
        return (mode == "lost" and core[-1] in self.model.capital_glyphs
                and core[1:-1].islower() and core[1:-1].isalpha())

    def reason(self, ocr: str, truth: str) -> str:
        """'confusion ä←d, ö←o': the edits that turn the OCR form into the word."""
        found = self._reasons.get((ocr, truth))
        if found is None:
            found = self._reasons[ocr, truth] = "confusion " + ", ".join(
                f"{t or '∅'}←{o or '∅'}" for t, o in edit_blocks(ocr, truth))
        return found


def _copy(found: Decision | None) -> Decision | None:
    return None if found is None else Decision(found.replacement, found.confidence, found.reason)
