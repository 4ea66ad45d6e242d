"""Repairing a document's OCR text word by word, keeping its line structure.

Each unprotected word is scored against its candidates with a noisy-channel model:
cost = channel cost (−log P(OCR form | candidate), `channel.py`) − prior (ln 10 × Zipf
frequency, with a bonus when the candidate occurs correctly elsewhere in the document).
The page decides the channel: a page with no å/ä/ö left ("lost") uses the costs learned
from English-model OCR, others those of Swedish-model OCR. Keeping a word already in the
lexicon costs nothing extra, so such a word changes only when the evidence is strong.
On a lost page, Swedish grammar chooses among the å/ä/ö readings of a form (`syntax.py`:
"24 ar" → "år", "som ar" → "är", "att starka" → "stärka"); on a page that kept them, only
where grammar admits one of "år"/"är" alone ("upp till 24 är som" → "år"). A word hyphenated at a line end
is judged whole ("kon-/taktperson" stays), a slashed pair half by half.

Speed: a word no context can change is settled once per repairer; an unknown word whose
lost diacritics alone give a common word skips the edit search.
"""
from __future__ import annotations

import gc
import math
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter

from diarium.corrections import lexicon as lexmod
from diarium.corrections import names
from diarium.corrections.channel import ChannelModel, load_model
from diarium.corrections.lexicon import WORD, ZIPF_ONE, Lexicon, key
from diarium.corrections.syntax import (CUE_WORDS, RULES, SWAP_CONFIDENCE, cue,
                                        firm_infinitive, infinitive_cue, real_word_swap)
from diarium.corrections.tokens import Token, is_protected, neighbour, tokenize
from diarium.schemas import Change, Document

LN10 = math.log(10)
SWEDISH = set("åäöÅÄÖ")
HAS_LETTER = re.compile(r"[^\W\d_]")
MOJIBAKE = re.compile(r"Ã[\x80-\xbf¤¥¶–—…]|Ã.|Â[\xa0-\xbf]")
# Words that follow a number "1" (so "1" stays a number): months, units, counts.
NUMBER_WORDS = set(
    "januari februari mars april maj juni juli augusti september oktober november december "
    "jan feb mar apr jun jul aug sep sept okt nov dec kr kronor tkr mkr st stycken år månad "
    "månader vecka veckor dag dagar timme timmar minut minuter procent gång person personer "
    "kap kapitel § sid sida bilaga punkt och eller till av mot miljon miljoner miljard tusen "
    "hundra plats platser barn tjänst heltid ggr".split())
ONE_AS_I_MIN_NEXT = 2

# The prior of keeping an unknown word (a name, a rare compound); on a page that lost its
# å/ä/ö an unknown word with a listed restoration is almost always damage.
UNKNOWN_ZIPF = {"lost": -1.0, "kept": 1.0}
NAME_ZIPF = 1.0          # an unknown capitalised word inside a sentence is likely a name
NAME_PAIR_ZIPF = {"lost": 1.0, "kept": 1.5}   # ... more so before another capitalised word
FUNCTION_WORD_ZIPF = 6.0  # "för", "är", "på": never part of a name
HUNSPELL_ONLY_ZIPF = 1.5  # a listed word wordfreq does not know
COMPOUND_ZIPF = 1.5
COMPOUND_PART_PENALTY = 0.5
LOOSE_COMPOUND_ZIPF = 1.0  # "nämnds|ärenden": below what hunspell's flags allow
DOC_BONUS_ZIPF = 2.5     # the candidate occurs correctly elsewhere in the same document
KNOWN_KEEP_BONUS = {"lost": 0.0, "kept": 4.0}  # extra evidence needed to change a known word
RARE_LONG_ZIPF = 3.5
RARE_KNOWN_ZIPF = 5.0    # a known word rarer than this may still be a misreading ("giller")
CONTEXT_WEIGHT = 1.5     # nats per log-count of a neighbouring-word pair seen in clean text
BULLET = "•"
ARTEFACT_BULLETS = {"+", "¢", "«", "»", "»«", "©"}   # never a bullet of their own
ARTEFACT_BULLET_COST = 1.0
DIACRITIC_SWAP_COST = 1.5
KNOWN_MAX_COST = 4.5
DIACRITICS_ONLY_COST = 2.5  # ... and a candidate this cheap and common ends it before it starts
COMMON_ZIPF = 3.0
TWO_EDIT_LIMIT = 150     # keys tried for a form one edit does not explain
CHEAP_EXPLANATION = 3.5  # channel cost under which a one-edit candidate ends the search
SHORT_WORD = 2
COMPOUND_TRIES = 3       # compound analysis is the slow part: only the likeliest variants
COMPOUND_MAX_COST = 4.0
LOST_MIN_LETTERS = 40
# On a lost page these glyphs inside a word are how the engine drew å/ä/ö, not a name's.
DAMAGE_GLYPHS = set("é6")
DAMAGED_ZIPF = -3.0
# Joined words: function words that glue on to their neighbour ("partnerskapetoch").
FUNCTION_WORDS = set("och att som den det av på för med till om är har inte eller".split())
SPLIT_WORDS = {w.translate(str.maketrans("åäö", "aao")) for w in FUNCTION_WORDS}
SPLIT_SHORT_ZIPF = 4.0
FINITE_VERBS = {"är", "har"}
SPLIT_MIN, SPLIT_MIN_PART, SPLIT_MIN_ZIPF = 5, 4, 3.0
SPLIT_CONFIDENCE, SPLIT_DOT_CONFIDENCE = 0.8, 0.9
COMMON_WORD_ZIPF = 5.5   # a word this common, capitalised mid-sentence, is the OCR's capital    # Swedish prose has an å, ä or ö every 30 letters or so


@dataclass
class Decision:
    replacement: str
    confidence: float
    reason: str


@dataclass
class Context:
    mode: str                       # "lost" or "kept"
    doc_words: Counter = field(default_factory=Counter)   # lower-cased known words as printed
    prev: str = ""                  # the neighbouring words, lower case
    next: str = ""
    prev_key: str = ""              # ... diacritic-folded (grammar cues)
    next_key: str = ""
    prev_pair: str = ""             # ... as learned word pairs see them (numbers as '#')
    next_pair: str = ""
    ocr_key: str = ""               # the word being repaired, diacritic-folded
    ocr: str = ""                   # ... lower case, as printed
    in_name: bool = False           # capitalised, and so is the next word: "Rana Carlstedt"
    firm_infinitive: bool = False   # "1. att inga ett ...": an infinitive must follow


    def neighbours_changed(self) -> None:
        self.prev_key, self.next_key = key(self.prev), key(self.next)
        self.prev_pair, self.next_pair = neighbour(self.prev_key), neighbour(self.next_key)


def page_mode(text: str) -> str:
    """'lost' when no å/ä/ö survives on a page long enough to expect some."""
    letters = sum(map(str.isalpha, text))
    swedish = sum(map(SWEDISH.__contains__, text))
    if letters >= LOST_MIN_LETTERS and swedish <= letters * 0.001:
        return "lost"
    return "kept"


def mixed_case(core: str) -> bool:
    """'McDonald', 'IoT', 'SoL': neither lower, title nor all capitals."""
    return core[:1].isupper() and core[1:].islower() is False and not core.isupper()


def match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class Repairer:
    def __init__(self, lexicon: Lexicon | None = None, model: ChannelModel | None = None):
        self.lex = lexicon or lexmod.load()
        self.model = model or load_model()
        self._candidates: dict[tuple[str, str], list[tuple[str, float, float]]] = {}
        # (word, mode) whose decision is None in any context: no candidates, protected ...
        self.settled: set[tuple[str, str]] = set()
        self.words: set[tuple[str, str]] = set()    # (word, mode) that is no number, name ...
        self._priors: dict[str, float] = {}
        self._reasons: dict[tuple[str, str], str] = {}
        self.loose: set[str] = set()    # compounds only the looser analysis found
        self._compound_priors: dict[str, float] = {}
        self._compound_memo: dict = {}    # `Lexicon.compound_by_key`'s cuts, shared

    # ---------------------------------------------------------------- word level

    def prior(self, word: str) -> float:
        """Zipf-like prior of a lower-case form (0 when not a word)."""
        found = self._priors.get(word)
        if found is None:
            found = self._priors[word] = self._prior(word)
        return found

    def _prior(self, word: str) -> float:
        zipf = self.lex.zipf(word)
        if zipf:
            return zipf
        if self.lex.in_hunspell(word):
            return HUNSPELL_ONLY_ZIPF
        if self.lex.is_compound(word):
            return COMPOUND_ZIPF
        return 0.0

    def compound_prior(self, form: str) -> float:
        """A candidate compound of many or tiny parts is a weaker reading than one of two
        words ("lag|enhets|överlåtelser" against "lägenhets|överlåtelser")."""
        found = self._compound_priors.get(form)
        if found is None:
            parts = self.lex.split_compound(form) or ()
            found = COMPOUND_ZIPF - COMPOUND_PART_PENALTY * (
                max(0, len(parts) - 2) + sum(len(p) < 3 for p in parts))
            self._compound_priors[form] = found
        return found

    def candidates(self, lower: str, mode: str, known: bool) -> list[tuple[str, float, float]]:
        """(candidate, channel cost, prior) for an OCR form, cached across documents.

        A known word is only compared with the forms that differ from it in å/ä/ö/é; an
        unknown one with everything the channel could have turned into it.
        """
        cache_key = (lower, mode)
        found = self._candidates.get(cache_key)
        if found is not None:
            return found
        rare = self.prior(lower) < (RARE_KNOWN_ZIPF if len(lower) <= 3 else RARE_LONG_ZIPF)
        if known and (mode == "kept" or not rare):
            found = self.score_variants(lower, mode, known, {key(lower): 0.0})
        elif known:    # a rare word may be a misreading, but only by one likely edit
            found = self.score_variants(lower, mode, known, self.model.variants(
                lower, mode, max_edits=1, max_cost=KNOWN_MAX_COST))
        else:
            # Lost diacritics alone first ("forvaltningens"): a common word explained that
            # cheaply needs no search. Then one edit; two only when one explains it poorly.
            if not DAMAGE_GLYPHS.intersection(lower):    # "gér" is "gör" more than "ger"
                found = self.score_variants(lower, mode, known, {key(lower): 0.0})
                if found and found[0][1] <= DIACRITICS_ONLY_COST and (
                        found[0][2] >= COMMON_ZIPF):
                    self._candidates[cache_key] = found
                    return found
            found = self.score_variants(lower, mode, known,
                                        self.model.variants(lower, mode, max_edits=1))
            if not found or found[0][1] > CHEAP_EXPLANATION or found[0][0] in self.loose:
                found = self.score_variants(lower, mode, known, self.model.variants(
                    lower, mode, limit=TWO_EDIT_LIMIT))
        self._candidates[cache_key] = found
        return found

    def score_variants(self, lower: str, mode: str, known: bool,
                       variants: dict[str, float]) -> list[tuple[str, float, float]]:
        scored: dict[str, tuple[float, float]] = {}
        compound_tries = None    # counted when first needed
        common_found = False
        loose_keys: list[str] = []   # tried last, and only if no listed word turns up
        # `Lexicon.by_key`, `prior` and `key(lower)` inlined: this is the hot loop, and most
        # variants are no key at all
        lex = self.lex
        listed_get, roles_get, learned = lex.keys.get, lex.roles.get, lex.learned
        priors, prior_of, loose = self._priors, self._prior, self.loose
        cost = self.model.cost
        lower_key = key(lower)
        items = variants.items()
        if len(variants) > 1:
            # Most variants are no key, and one too costly for a compound analysis then
            # does nothing: drop those first, with set operations on the key views.
            names = variants.keys()
            hits = names & lex.keys.keys() | names & lex.roles.keys()
            if learned:
                hits |= names & learned.keys()
            items = sorted((kv for kv in items if kv[0] in hits or (
                kv[1] <= COMPOUND_MAX_COST and len(kv[0]) >= 7)), key=itemgetter(1))
        for folded, estimate in items:
            listed = listed_get(folded)
            forms = listed.split("|") if listed else []
            code = roles_get(folded, 0)
            if code & WORD or code >= ZIPF_ONE or learned and folded in learned:
                forms.append(folded)
            if not forms and len(folded) >= 7 and estimate <= COMPOUND_MAX_COST:
                if compound_tries is None:
                    # each damage glyph ("férvaltningsdirektéren") puts one more variant
                    # ahead of the right one
                    compound_tries = COMPOUND_TRIES + sum(map(DAMAGE_GLYPHS.__contains__, lower))
                if not compound_tries:
                    continue
                compound_tries -= 1
                if not common_found:    # a compound seldom beats a common listed word
                    forms = lex.compound_by_key(folded, memo=self._compound_memo)
                    if mode == "lost" and not known and all(
                            self.compound_prior(f) < COMPOUND_ZIPF for f in forms):
                        loose_keys.append(folded)
            for form in forms:
                if form in scored or form == lower:
                    continue
                prior = priors.get(form)
                if prior is None:
                    prior = priors[form] = prior_of(form)
                if not prior and form in loose:
                    prior = LOOSE_COMPOUND_ZIPF
                if prior <= 0:
                    continue
                if prior == COMPOUND_ZIPF:
                    prior = self.compound_prior(form)
                channel = cost(lower, form, mode)
                if not known and key(form) == lower_key:
                    # Only å/ä/ö/é differ and the OCR form is no word: an invented or lost
                    # diacritic, whatever the training pages happened to show.
                    diffs = sum(a != b for a, b in zip(form, lower))
                    channel = min(channel, DIACRITIC_SWAP_COST * diffs)
                scored[form] = (channel, prior)
                common_found = common_found or prior >= COMMON_ZIPF
        if loose_keys and not any(map(lex.is_word, scored)):
            for folded in loose_keys:
                loose_forms = lex.loose_compound_by_key(folded)
                self.loose.update(loose_forms)
                self._score_forms(lower, mode, known, loose_forms, scored)
        if len(scored) < 2:
            return [(f, c, p) for f, (c, p) in scored.items()]
        return sorted(((f, c, p) for f, (c, p) in scored.items()),
                      key=lambda x: x[1] - LN10 * x[2])[:8]

    def _score_forms(self, lower: str, mode: str, known: bool, forms: list[str],
                     scored: dict[str, tuple[float, float]]) -> None:
        """Add (channel cost, prior) of each new form (the loose compounds' pass)."""
        for form in forms:
            if form in scored or form == lower:
                continue
            prior = self.prior(form) or (LOOSE_COMPOUND_ZIPF if form in self.loose else 0.0)
            if prior <= 0:
                continue
            channel = self.model.cost(lower, form, mode)
            if not known and key(form) == key(lower):
                # Only å/ä/ö/é differ and the OCR form is no word: an invented or lost
                # diacritic, whatever the training pages happened to show.
                diffs = sum(a != b for a, b in zip(form, lower))
                channel = min(channel, DIACRITIC_SWAP_COST * diffs)
            scored[form] = (channel, prior)

    def decide(self, core: str, ctx: Context) -> Decision | None:
        if (core, ctx.mode) in self.settled:
            return None     # a repeated word no context can change: decided once
        found = self._decide(core, ctx)
        if found is None and len(core) >= SPLIT_MIN and not self.prior(core.lower()):
            found = self.split(core, ctx.mode)
            if found is not None:
                self.settled.discard((core, ctx.mode))
        return found

    def split(self, core: str, mode: str) -> Decision | None:
        """Two words the OCR joined: 'framgar.av' → 'framgår av', 'partnerskapetoch' →
        'partnerskapet och', 'Stockholmden' → 'Stockholm den'. Only a form no candidate
        explains; both halves must be words, one of them a function word unless a stray
        full stop marks the cut."""
        lower = core.lower()
        if "." in lower:
            cuts = [lower.split(".", 1)] if lower.count(".") == 1 else []
            confidence = SPLIT_DOT_CONFIDENCE
        else:
            cuts = [(lower[:n], lower[n:]) for n in range(2, len(lower) - 1)
                    if key(lower[:n]) in SPLIT_WORDS or key(lower[n:]) in SPLIT_WORDS]
            confidence = SPLIT_CONFIDENCE
        for left, right in cuts:
            if not (left.isalpha() and right.isalpha()):
                continue
            words = [self.restored(part, mode) for part in (left, right)]
            if None in words or max(len(left), len(right)) < SPLIT_MIN_PART:
                continue
            if "." not in lower and not self.plausible_split(core, *words):
                continue
            joined = match_case(core, words[0] + " " + words[1])
            if core.isupper():
                joined = joined.upper()
            return Decision(joined, confidence, "split")
        return None

    def plausible_split(self, core: str, left: str, right: str) -> bool:
        """A function word as printed ("och", not "ar" on a page that kept its letters);
        not at the start of a capitalised word ("Paborn" is a name); a two-letter one only
        beside a common word ("riskerarar" is a typo, not "riskerar är")."""
        small, other = (right, left) if right in FUNCTION_WORDS else (left, right)
        if small not in FUNCTION_WORDS or small == left and core[:1].isupper():
            return False
        if small in FINITE_VERBS and other.endswith("r"):
            return False    # two finite verbs in a row: "riskerarar" is no "riskerar är"
        return len(small) > 2 or self.lex.zipf(other) >= SPLIT_SHORT_ZIPF

    def restored(self, part: str, mode: str) -> str | None:
        """The part as a word: itself, or on a lost page its commonest å/ä/ö reading."""
        forms = [part] if self.prior(part) else []
        if mode == "lost":
            forms += self.lex.by_key(key(part))
        forms = [f for f in forms if self.lex.zipf(f) >= SPLIT_MIN_ZIPF]
        return max(forms, key=self.lex.zipf) if forms else None

    def _decide(self, core: str, ctx: Context) -> Decision | None:
        lower = core.lower()
        if (core, ctx.mode) in self.words:
            pass    # a word, judged so before: only its context may be new
        elif (not lower or is_protected(core) or not HAS_LETTER.search(lower)
                or mixed_case(core) and not self.damaged_capital(core, ctx.mode)):
            # no word, or mixed case like "McDonald" or "IoT": a name, leave it
            self.settled.add((core, ctx.mode))
            return None
        else:
            self.words.add((core, ctx.mode))
        capitals = core.isupper()    # a heading ("SOCIALNAMNDEN"): a word, not a name
        keep_prior = self.prior(lower)
        known = keep_prior > 0
        if known and len(lower) <= SHORT_WORD and ctx.mode == "kept":
            self.settled.add((core, ctx.mode))
            return None
        damaged = not DAMAGE_GLYPHS.isdisjoint(lower)
        if known:
            keep_zipf = keep_prior
        elif core[:1].isupper() and not capitals and ctx.prev and ctx.prev[-1:].isalpha() and not (
                ctx.mode == "lost" and damaged):
            keep_zipf = max(NAME_ZIPF, UNKNOWN_ZIPF[ctx.mode])
        elif ctx.mode == "lost" and damaged:
            keep_zipf = DAMAGED_ZIPF
        else:
            keep_zipf = UNKNOWN_ZIPF[ctx.mode]
        found = self.candidates(lower, ctx.mode, known)
        if not found:
            self.settled.add((core, ctx.mode))
            return None
        if ctx.in_name and not capitals and not damaged and (
                found[0][2] < FUNCTION_WORD_ZIPF):     # "For Rädda Barnen" is "För"
            keep_zipf += NAME_PAIR_ZIPF[ctx.mode]
        keep_score = -LN10 * keep_zipf
        if known:
            keep_score -= KNOWN_KEEP_BONUS[ctx.mode]
            if ctx.doc_words.get(lower, 0) >= 1:
                keep_score -= LN10 * DOC_BONUS_ZIPF / 2
        ctx.ocr_key, ctx.ocr = key(lower), lower
        keep_score -= self.context(lower, ctx)
        best = None
        doc_words, context = ctx.doc_words, self.context
        for form, channel, prior in found:
            bonus = DOC_BONUS_ZIPF if doc_words.get(form) else 0.0
            score = channel - LN10 * (prior + bonus) - context(form, ctx)
            if best is None or score < best[1]:
                best = (form, score, channel)
        if best is not None and not known and key(best[0]) == key(lower) and (
                ctx.mode == "lost" or self.lex.is_word(best[0])):
            # No word, and a listed word but for its å/ä/ö/é. (On a page that kept its
            # letters, a mere compound of listed parts is no such evidence: "välbehövt".)
            keep_score = max(keep_score, 0.0)
        if best is None or best[1] >= keep_score:
            return None
        margin = keep_score - best[1]
        confidence = min(0.999, 1.0 / (1.0 + math.exp(-(margin - 1.0))))
        replacement = match_case(core, best[0])
        return Decision(replacement, round(confidence, 3), self.reason(lower, best[0]))

    def damaged_capital(self, core: str, mode: str) -> bool:
        """'MalmG': one stray capital, at the end, that the lost channel draws for ö."""
        return (mode == "lost" and core[-1] in self.model.capital_glyphs
                and core[1:-1].islower() and core[1:-1].isalpha())

    def reason(self, ocr: str, truth: str) -> str:
        found = self._reasons.get((ocr, truth))
        if found is None:
            found = self._reasons[ocr, truth] = "confusion " + ", ".join(
                f"{t or '∅'}←{o or '∅'}" for t, o in _blocks(ocr, truth))
        return found


    def context(self, form: str, ctx: Context) -> float:
        """Evidence from the neighbours: pairs seen in clean text ("ett år", "är det")."""
        grammar = 0.0
        if ctx.mode == "lost" and (form in RULES or ctx.prev_key in CUE_WORDS) and (
                diacritics_apart(form, ctx.ocr)):        # cues choose among å/ä/ö only
            grammar = cue(form, ctx.prev_key, ctx.next_key)
            if ctx.firm_infinitive or ctx.prev_key != "att" or (
                    self.lex.zipf(ctx.ocr_key) < COMMON_WORD_ZIPF):
                # "visar att inga barn": a plain "att" may open a clause with a common word
                grammar += infinitive_cue(form, ctx.prev_key, self.lex.in_hunspell,
                                          ctx.firm_infinitive)
        bigrams = self.model.bigrams
        if not bigrams:
            return grammar
        left = bigrams.get(f"{ctx.prev_pair}|{form}", 0) if ctx.prev else 0
        right = bigrams.get(f"{form}>{ctx.next_pair}", 0) if ctx.next else 0
        if not (left or right):
            return grammar + 0.0    # (the sum below, without its logarithms)
        return grammar + CONTEXT_WEIGHT * (math.log1p(left) + math.log1p(right))


def diacritics_apart(form: str, ocr: str) -> bool:
    """The form and the (lower-case) OCR form differ in å/ä/ö/é only: an "é" the lost
    channel draws for any of them ("néd" for "nöd"), a plain "e" only for itself.

    >>> diacritics_apart("nöd", "néd"), diacritics_apart("ned", "néd"), diacritics_apart("nöd", "ned")
    (True, True, False)
    """
    folded, ocr_key = key(form), key(ocr)
    if folded == ocr_key:
        return True
    return len(form) == len(ocr) and "é" in ocr and all(
        a == b or b == "é" and c in "åäö" for a, b, c in zip(folded, ocr, form))


def _blocks(ocr: str, truth: str):
    from diarium.corrections.channel import edit_blocks
    return edit_blocks(ocr, truth)


# ---------------------------------------------------------------- document level

@dataclass
class LineEdit:
    start: int
    end: int
    original: str
    replacement: str
    confidence: float
    reason: str
    applied: bool
    spill: str = ""     # a joined hyphenation: the start of the next line it consumes


def threshold_for(min_confidence: float, conf: float | None) -> float:
    """OCR word confidence moves the threshold: a doubtful word is easier to change."""
    if conf is None:
        return min_confidence
    return min(0.95, max(0.05, min_confidence + (conf - 0.8) * 0.8))


def doc_vocabulary(lines: list[str], lex: Lexicon) -> Counter:
    """Known words as printed in the document: evidence for the same form elsewhere."""
    words: Counter = Counter()
    for line in lines:
        for token in tokenize(line):
            lower = token.core.lower()
            if len(lower) > 3 and not SWEDISH.isdisjoint(lower) and lower.isalpha() and (
                    lower in lex):
                words[lower] += 1
    return words


PLACE_BEFORE = {"i", "från", "fran", "till", "utanför", "utanfor"}
PLACE_AFTER = {"stad", "stads", "kommun", "kommuns", "lan", "lans", "den", "stadshus"}


NAME_WITH_LETTERS = re.compile(r"\b(?:[ÅÄÖ][^\W\d_]*|[A-Z][^\W\d_]*?[åäö][^\W\d_]*)")


# Words that stand alone before another and so never begin a split compound: "i dag",
# "under lag", "till baka", "var för sig", "en ny byggnad".
JOIN_NEVER_LEFT = FUNCTION_WORDS | set(
    "i på av en ett de den det dem sig sin sitt sina under över till från efter före vid "
    "genom mellan mot utan hos bland sedan enligt inom utom kring samt var vad vem hur där "
    "här då så ju nu ny nya nytt stor stora stort ej ingen inget inga alla allt all mer mest "
    "ny hela helt bara även också redan".split())
DEFINITE_ENDINGS = ("en", "et", "na")
PARTICIPLE_ENDINGS = ("ande", "ende")
SHAPED_ENDINGS = DEFINITE_ENDINGS + PARTICIPLE_ENDINGS
JOIN_MIN_PART = 3
JOIN_MIN_ZIPF = 2.5


def join_split(tokens: list[Token], index: int, line: str, mode: str, repairer: Repairer,
               doc_keys: set[str]) -> Decision | None:
    """A compound the OCR split in two: 'social förvaltningen' → 'socialförvaltningen',
    'ensam kommande' → 'ensamkommande'. Only when the joined word is listed and the pair
    cannot be two words there: an uninflected word before a definite noun ("social
    förvaltningen", not "sociala") or a participle ("upp sökande"), or the joined word is
    printed elsewhere in the document (`doc_keys`: its words with å/ä/ö, as printed and
    diacritic-folded). A word that stands alone ("i dag", "under lag") never starts one.
    """
    left, right = tokens[index], tokens[index + 1]
    if left.suffix or right.prefix or len(left.core) < JOIN_MIN_PART or len(
            right.core) < JOIN_MIN_PART:
        return None
    a, b = left.core, right.core
    lower = (a + b).lower()
    evidence = lower in doc_keys    # as printed, or as a page without å/ä/ö prints it
    if not (evidence or b.endswith(SHAPED_ENDINGS)):
        return None
    if right.suffix[:1] == "-" or line[left.end:right.start] != " ":
        return None
    if not (a.isalpha() and b.isalpha() and b.islower() and a[1:].islower()):
        return None
    if a.lower() in JOIN_NEVER_LEFT:
        return None
    lex = repairer.lex
    forms = [f for f in ([lower] if mode == "kept" else lex.by_key(key(lower)))
             if lex.is_word(f) and lex.zipf(f) >= JOIN_MIN_ZIPF]
    if not forms:
        return None
    joined = max(forms, key=lex.zipf)
    if mode == "kept" and (key(joined) != joined) != (key(lower) != lower):
        return None
    tail = joined[len(a):]
    definite = any(lex.zipf(tail[:-len(e)]) >= JOIN_MIN_ZIPF for e in DEFINITE_ENDINGS
                   if tail.endswith(e)) and a[-1:].lower() not in "ae"
    participle = tail.endswith(PARTICIPLE_ENDINGS)
    if not (evidence or definite or participle):
        return None
    if repairer.model.bigrams.get(f"{neighbour(key(a.lower()))}|{tail}", 0):
        return None     # the pair is seen as two words in clean text
    return Decision(match_case(a, joined), 0.9 if evidence else 0.8, "joined split word")


def doc_name_forms(text: str) -> frozenset[str]:
    """Capitalised words printed with å/ä/ö somewhere in the document.

    >>> sorted(doc_name_forms("Åsa Öberg i Malmö, Marta och ÖVERENS."))
    ['Malmö', 'Åsa', 'Öberg']
    """
    return frozenset(w for w in NAME_WITH_LETTERS.findall(text) if not w[1:].isupper())


def restore_name(tokens: list[Token], index: int, doc_names: frozenset[str],
                 lex: Lexicon) -> Decision | None:
    """'Goran Hakansson' → 'Göran Håkansson', 'i Malm' → 'i Malmö' on a page that lost
    its å/ä/ö. The same name printed right elsewhere in the document settles it; else a
    form that is also a word ("Asa", "Malm") needs a name's or a place's neighbours, and a
    name that exists as printed ("Marta") stays."""
    token = tokens[index]
    found = names.restoration(token.core)
    if found is None:
        return None
    name, kind = found
    if name in doc_names:
        return Decision(name, 0.95, "name in document")
    if names.is_plain(token.core):
        return None
    prev = tokens[index - 1] if index else None
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    if kind.startswith("place"):
        context = place_context(prev, token, nxt)
        needs_context = kind == "place-cut" or lex.is_word(token.core.lower())
    else:
        context = in_name(tokens, index) or bool(
            prev and not prev.suffix and prev.core[:1].isupper() and prev.core.isalpha()
            and not prev.core.isupper())
        needs_context = lex.is_word(token.core.lower())
    if needs_context and not context:
        return None
    return Decision(name, 0.9 if context else 0.8, "name")


def place_context(prev: Token | None, token: Token, nxt: Token | None) -> bool:
    """'i Malm', 'från Malm', 'Malm stad', 'Malm den 14 februari', 'Malm, den 3 maj'."""
    if prev is not None and not prev.suffix and prev.core.lower() in PLACE_BEFORE:
        return True
    return (nxt is not None and token.suffix in ("", ",") and not nxt.prefix
            and key(nxt.core.lower()) in PLACE_AFTER)


def one_as_i(tokens: list[Token], index: int, mode: str) -> Decision | None:
    """'1 uppdrag' → 'i uppdrag'; '1 januari', '1.' and '1 000' stay numbers."""
    token = tokens[index]
    if token.core != "1" or token.prefix or token.suffix or index + 1 >= len(tokens):
        return None
    nxt = tokens[index + 1]
    if nxt.prefix or not nxt.core.isalpha() or not nxt.core.islower():
        return None
    if nxt.core in NUMBER_WORDS or len(nxt.core) < ONE_AS_I_MIN_NEXT:
        return None
    if index > 0:
        prev = tokens[index - 1].core.lower()
        if prev in {"kapitel", "kap", "punkt", "bilaga", "nr", "§", "sid", "avsnitt"}:
            return None
        if tokens[index - 1].core[-1:].isdigit():
            return None
    return Decision("i", 0.9 if mode == "lost" else 0.7, "i←1 context")


def bullet_edit(line: str, mode: str, model: ChannelModel) -> LineEdit | None:
    """A line-initial glyph that is how the OCR read '•': one the channel learned ('*'), or
    one no list uses as a bullet ('+', '¢', '«') before a word. A '-' or '*' bullet that
    is no learned misreading stays as printed.
    """
    stripped = line.lstrip()
    first = stripped.split(" ", 1)[0]
    if not first or first == BULLET or len(first) > 2 or any(c.isalnum() for c in first):
        return None
    if len(stripped) == len(first) or not stripped[len(first)].isspace():
        return None
    cost = model.costs.get(mode, {}).get(BULLET, {}).get(first)
    if first in ARTEFACT_BULLETS and stripped[len(first):].lstrip()[:1].isalpha():
        cost = min(cost if cost is not None else ARTEFACT_BULLET_COST, ARTEFACT_BULLET_COST)
    if cost is None or cost > 2.0:
        return None
    start = len(line) - len(stripped)
    confidence = round(math.exp(-cost / 4), 3)
    return LineEdit(start, start + len(first), first, BULLET, confidence, f"confusion •←{first}",
                    True)


def fix_mojibake(core: str) -> str | None:
    if not MOJIBAKE.search(core):
        return None
    import ftfy
    fixed = ftfy.fix_text(core)
    return fixed if fixed != core else None


def repair_lines(lines: list[str], confs: list[list[float | None]] | None, modes: list[str],
                 repairer: Repairer, min_confidence: float, join_hyphenation: bool,
                 doc_words: Counter, doc_names: frozenset = frozenset(),
                 ) -> list[list[LineEdit]]:
    """Edits per line (offsets within the line). A joined hyphenation edits two lines."""
    edits: list[list[LineEdit]] = [[] for _ in lines]
    doc_keys: set[str] = set()
    doc_tails: set[str] = set()
    skip_first: set[int] = set()
    folded_forms: dict[str, tuple[str, str]] = {}
    for i, line in enumerate(lines):
        tokens = split_alternatives(tokenize(line)) if "/" in line else list(tokenize(line))
        garbled = MOJIBAKE.search(line) is not None
        ctx = Context(modes[i], doc_words)
        line_confs = confs[i] if confs else None
        raw_words = line.split() if line_confs else None
        bullet = bullet_edit(line, ctx.mode, repairer.model)
        joined_away: set[int] = set()
        if not doc_keys:
            doc_keys = set(doc_words).union(map(key, doc_words))
            doc_tails = {w[-4:] for w in doc_keys}   # a cheap first test of a join's evidence
        if bullet:
            edits[i].append(bullet)
        settled = repairer.settled
        for j, token in enumerate(tokens):
            if j == 0 and i in skip_first or joined_away and j in joined_away:
                continue
            joined = join_split(tokens, j, line, ctx.mode, repairer, doc_keys) if (
                token.core not in JOIN_NEVER_LEFT and not token.suffix
                and len(token.core) >= JOIN_MIN_PART and j + 1 < len(tokens) and (
                    tokens[j + 1].core.endswith(SHAPED_ENDINGS)
                    or tokens[j + 1].core[-4:] in doc_tails)) else None
            if joined:
                conf = _token_conf(line_confs, raw_words, line, token)
                nxt = tokens[j + 1]
                edits[i].append(LineEdit(token.start, nxt.end, line[token.start:nxt.end],
                                         joined.replacement, joined.confidence, joined.reason,
                                         joined.confidence >= threshold_for(min_confidence, conf)))
                joined_away.add(j + 1)
                continue
            name = restore_name(tokens, j, doc_names, repairer.lex) if (
                ctx.mode == "lost" and token.core[:1].isupper()) else None
            if name:
                conf = _token_conf(line_confs, raw_words, line, token)
                edits[i].append(LineEdit(token.start, token.end, token.core, name.replacement,
                                         name.confidence, name.reason,
                                         name.confidence >= threshold_for(min_confidence, conf)))
                continue
            is_last = j == len(tokens) - 1
            swap = swap_year_or_is(tokens, j, lines, i) if (
                ctx.mode == "kept" and token.core.lower() in SWAPPABLE) else None
            if swap:
                conf = _token_conf(line_confs, raw_words, line, token)
                edits[i].append(LineEdit(token.start, token.end, token.core, swap.replacement,
                                         swap.confidence, swap.reason, swap.confidence >= (
                                             threshold_for(min_confidence, conf))))
                continue
            if ((token.core, ctx.mode) in settled and token.core != "1" and not garbled
                    and not (is_last and token.suffix == "-")):
                continue    # decided before, whatever the neighbours: skip the context work
            conf = _token_conf(line_confs, raw_words, line, token) if line_confs else None
            limit = threshold_for(min_confidence, conf)
            if (join_hyphenation and is_last and token.suffix == "-" and i + 1 < len(lines)
                    and line[token.end:].rstrip() == "-"):
                joined = hyphen_join(token, lines[i + 1], repairer, ctx)
                if joined:
                    new_word, tail_len, decision = joined
                    next_line = lines[i + 1]
                    gap = len(next_line) - len(next_line[tail_len:].lstrip())
                    applied = decision.confidence >= limit
                    edits[i].append(LineEdit(token.start, len(line), line[token.start:],
                                             match_case(token.core, new_word),
                                             decision.confidence, decision.reason, applied,
                                             spill=next_line[:gap]))
                    if applied:
                        edits[i + 1].append(LineEdit(0, gap, next_line[:gap], "",
                                                     decision.confidence, "hyphenation", True))
                        skip_first.add(i + 1)
                    continue
            decision = fix_mojibake(token.core) if garbled else None
            if decision:
                edits[i].append(LineEdit(token.start, token.end, token.core, decision, 0.99,
                                         "mojibake", True))
                continue
            ctx.prev = tokens[j - 1].core.lower() if j else edge_word(lines, i - 1, -1)
            tail_line = continuation(lines, i) if is_last and token.suffix == "-" and (
                line[token.end:].rstrip() == "-") else None
            if tail_line is not None:
                halves = repair_halves(token, lines[tail_line], repairer, ctx)
                if halves is not None:
                    skip_first.add(tail_line)
                    for n, edit in halves:
                        edit.applied = edit.confidence >= limit
                        edits[i if n == 0 else tail_line].append(edit)
                    continue

            ctx.next = tokens[j + 1].core.lower() if not is_last else edge_word(lines, i + 1, 0)
            # `ctx.neighbours_changed()`, each word's key and pair form computed once
            prev_forms = folded_forms.get(ctx.prev)
            if prev_forms is None:
                prev_forms = folded_forms[ctx.prev] = _folded_forms(ctx.prev)
            next_forms = folded_forms.get(ctx.next)
            if next_forms is None:
                next_forms = folded_forms[ctx.next] = _folded_forms(ctx.next)
            ctx.prev_key, ctx.prev_pair = prev_forms
            ctx.next_key, ctx.next_pair = next_forms
            ctx.in_name = in_name(tokens, j)
            ctx.firm_infinitive = ctx.prev == "att" and (token.suffix[:1] in (".", ";") or (
                firm_infinitive([t.core.lower() for t in tokens[:j]], ctx.next)))
            found = (token.core == "1" and one_as_i(tokens, j, ctx.mode)) or repairer.decide(
                token.core, ctx)
            if found and mid_sentence(tokens, j, ctx, lines[i - 1] if i else "", line):
                found.replacement = sentence_case(found.replacement, tokens, j, repairer)
            if found:
                edits[i].append(LineEdit(token.start, token.end, token.core, found.replacement,
                                         found.confidence, found.reason,
                                         found.confidence >= limit))
    return edits


SWAPPABLE = {"år", "är"}


def swap_year_or_is(tokens: list[Token], index: int, lines: list[str], line_index: int,
                    ) -> Decision | None:
    """'upp till 24 är som' → 'år' on a page that kept its letters (`real_word_swap`): the
    words before it back to the nearest punctuation, the next word or a closing comma."""
    token = tokens[index]
    if token.prefix:
        return None
    before: list[str] = []
    for k in range(index - 1, -1, -1):
        if tokens[k].suffix:
            break
        before.insert(0, tokens[k].core)
        if tokens[k].prefix:
            break
    else:
        previous = edge_word(lines, line_index - 1, -1)
        before[:0] = [previous] if previous else []
    closing = token.suffix[:1] in (",", ".", ";", ":", ")")
    if token.suffix and not closing:
        return None
    nxt = "" if token.suffix else (
        tokens[index + 1].core.lower() if index + 1 < len(tokens) and not tokens[index + 1].prefix
        else edge_word(lines, line_index + 1, 0) if index + 1 == len(tokens) else "")
    other = real_word_swap(token.core.lower(), before, nxt, closing)
    if other is None:
        return None
    return Decision(match_case(token.core, other), SWAP_CONFIDENCE,
                    f"syntax {other}←{token.core.lower()}")


def _folded_forms(word: str) -> tuple[str, str]:
    folded = key(word)
    return folded, neighbour(folded)


def continuation(lines: list[str], index: int) -> int | None:
    """The line a hyphenated word continues on: the next, or after one blank line."""
    for k in (index + 1, index + 2):
        if k < len(lines) and lines[k].strip():
            return k
    return None


def repair_halves(token: Token, next_line: str, repairer: Repairer, ctx: Context):
    """A word hyphenated at a line end, repaired as one word but left in its two halves.

    Each half alone is no word ("kon-" / "taktperson" is "kontaktperson", not "kön-"), so
    the pair is judged whole: None when that says nothing (the halves are then repaired
    on their own), else [(0 or 1 for this or the next line, edit)], empty when the whole
    word is right.
    """
    nxt = tokenize(next_line)
    if not nxt or nxt[0].prefix or not token.core.isalpha() or not nxt[0].core.isalpha():
        return None
    tail = nxt[0]
    joined = token.core + tail.core
    known = repairer.lex.known(joined.lower())
    if known and ctx.mode == "kept":
        return []
    whole = Context(ctx.mode, ctx.doc_words, ctx.prev,
                    nxt[1].core.lower() if len(nxt) > 1 else "")
    whole.neighbours_changed()
    decision = repairer.decide(joined, whole)
    if decision is None:
        return [] if known else None
    if len(decision.replacement) != len(joined):
        return None
    cut = len(token.core)
    halves = []
    for n, part, new in ((0, token, decision.replacement[:cut]),
                         (1, tail, decision.replacement[cut:])):
        if new != part.core:
            halves.append((n, LineEdit(part.start, part.end, part.core, new,
                                       decision.confidence, decision.reason, True)))
    return halves


def split_alternatives(tokens: tuple[Token, ...]) -> list[Token]:
    """'avviker/forsvinner' is two words: each half is repaired on its own.

    >>> [t.core for t in split_alternatives(tokenize("insatser/atgarder, en/tva"))]
    ['insatser', 'atgarder', 'en', 'tva']
    """
    if not any("/" in token.core for token in tokens):
        return list(tokens)
    out: list[Token] = []
    for token in tokens:
        parts = token.core.split("/")
        if len(parts) < 2 or not all(p.isalpha() for p in parts):
            out.append(token)
            continue
        start = token.start
        for n, part in enumerate(parts):
            out.append(Token(start, start + len(part), part,
                             token.prefix if n == 0 else "/",
                             token.suffix if n == len(parts) - 1 else "/"))
            start += len(part) + 1
    return out


def in_name(tokens: list[Token], index: int) -> bool:
    """A capitalised word directly followed by another: part of a name, "Rana Carlstedt"."""
    if index + 1 >= len(tokens) or tokens[index].suffix:
        return False
    word, nxt = tokens[index].core, tokens[index + 1].core
    return word[:1].isupper() and nxt[:1].isupper() and not nxt.isupper() and nxt.isalpha()


def mid_sentence(tokens: list[Token], index: int, ctx: Context, prev_line: str,
                 line: str) -> bool:
    """A capitalised word after a lower-case word with no full stop between them."""
    core = tokens[index].core
    if not core[:1].isupper() or core.isupper() or tokens[index].prefix:
        return False
    if index == 0:
        if line[:tokens[0].start].strip():
            return False    # after a bullet: "» Pa plats" starts an item
        return bool(ctx.prev) and not prev_line.rstrip()[-1:] in ".:!?" and (
            ctx.prev[-1:].isalnum())
    before = tokens[index - 1]
    return not before.suffix and (before.core[-1:].islower() or before.core[-1:].isdigit())


def sentence_case(replacement: str, tokens: list[Token], index: int, repairer: Repairer) -> str:
    """'man Ar sysselsatta' → 'är': OCR capitalises common words, names stay capitalised."""
    lower = replacement.lower()
    nxt = tokens[index + 1].core if index + 1 < len(tokens) else ""
    if nxt[:1].isupper() or repairer.lex.zipf(lower) < COMMON_WORD_ZIPF:
        return replacement
    return lower


def edge_word(lines: list[str], index: int, which: int) -> str:
    """The last (-1) or first (0) word of another line: context across the line break."""
    if not 0 <= index < len(lines):
        return ""
    tokens = tokenize(lines[index])
    if not tokens:
        return ""
    if which == 0:
        return "" if tokens[0].prefix else tokens[0].core.lower()
    if tokens[-1].suffix or lines[index].rstrip() != lines[index][:tokens[-1].end]:
        return ""   # a sentence or a hyphenated word ends there: no neighbour
    return tokens[-1].core.lower()


def hyphen_join(token: Token, next_line: str, repairer: Repairer, ctx: Context):
    """(joined word, characters of the next line it consumes, decision) or None."""
    nxt = tokenize(next_line)
    if not nxt or nxt[0].prefix or not token.core.isalpha():
        return None
    tail = nxt[0]
    if not tail.core.isalpha() or not tail.core[:1].islower():
        return None
    head = token.core
    lex = repairer.lex
    if head[:1].isupper() and head.lower() in lex and len(head) > 2 and not head.isupper() and (
            repairer.prior(head.lower()) >= 3.0):
        return None     # "Covid-\npandemins": a real hyphen after a name
    joined = head + tail.core
    lower = joined.lower()
    if lex.known(lower):
        new = joined
    else:
        decision = repairer.decide(joined, ctx)
        if not decision:
            return None
        new = decision.replacement
    if head.lower() in lex and tail.core.lower() in lex and not lex.known(new.lower()):
        return None
    return new, tail.end, Decision(new, 0.9, "hyphenation")


def _token_conf(line_confs, raw_words, line, token) -> float | None:
    if not line_confs or len(line_confs) != len(raw_words):
        return None
    index = len(line[:token.start].split())
    if line[:token.start] and not line[:token.start][-1].isspace():
        index -= 1
    return line_confs[index] if 0 <= index < len(line_confs) else None


def apply_edits(pages: list[list[str]], page_edits, page_offsets) -> tuple[str, list[Change]]:
    """Assemble the repaired text and the change log from per-line edits."""
    out_pages: list[str] = []
    changes: list[Change] = []
    out_offset = 0
    for p, (lines, edits) in enumerate(zip(pages, page_edits)):
        in_offset = page_offsets[p]
        out_lines = []
        for li, (line, line_edits) in enumerate(zip(lines, edits)):
            pieces, cursor = [], 0
            out_line_start = out_offset
            for edit in sorted(line_edits, key=lambda e: e.start):
                pieces.append(line[cursor:edit.start])
                new_start = out_line_start + sum(len(x) for x in pieces)
                text = edit.replacement if edit.applied else edit.original
                pieces.append(text)
                cursor = edit.end
                if edit.reason == "hyphenation" and not edit.replacement:
                    continue    # the consumed second half is logged with the first half
                original, replacement = edit.original, edit.replacement
                if edit.spill:  # one change spanning the line break it keeps
                    original += "\n" + edit.spill
                    replacement += "\n"
                changes.append(Change(
                    page=p + 1, line=li + 1, start=in_offset + edit.start,
                    end=in_offset + edit.start + len(original), new_start=new_start,
                    new_end=new_start + (len(replacement) if edit.applied else len(original)),
                    original=original, replacement=replacement,
                    confidence=edit.confidence, reason=edit.reason, applied=edit.applied))
            pieces.append(line[cursor:])
            new_line = "".join(pieces)
            out_lines.append(new_line)
            in_offset += len(line) + 1
            out_offset += len(new_line) + 1
        out_pages.append("\n".join(out_lines))
    return "\f".join(out_pages), changes


def repair_document(texts: list[str], confs: list[list[list[float | None]]] | None,
                    repairer: Repairer, min_confidence: float,
                    join_hyphenation: bool = True) -> tuple[str, list[Change]]:
    pages = [t.split("\n") for t in texts]
    all_lines = [line for lines in pages for line in lines]
    doc_words = doc_vocabulary(all_lines, repairer.lex)
    doc_names = doc_name_forms("\n".join(texts))
    page_edits = []
    for p, lines in enumerate(pages):
        long_enough = sum(map(str.isalpha, texts[p])) >= 4 * LOST_MIN_LETTERS
        mode = page_mode(texts[p] if long_enough else "\n".join(texts))
        page_edits.append(repair_lines(lines, confs[p] if confs else None, [mode] * len(lines),
                                       repairer, min_confidence, join_hyphenation, doc_words,
                                       doc_names))
    offsets, pos = [], 0
    for text in texts:
        offsets.append(pos)
        pos += len(text) + 1
    return apply_edits(pages, page_edits, offsets)


_default: Repairer | None = None


def default_repairer() -> Repairer:
    global _default
    if _default is None:
        _default = Repairer()
    return _default


def repair(source: str | Document, *, min_confidence: float = 0.5,
           join_hyphenation: bool = True, repairer: Repairer | None = None,
           ) -> tuple[str, list[Change]]:
    repairer = repairer or default_repairer()
    if isinstance(source, Document):
        texts = [page.text for page in source.pages] or [""]
        confs = [[[w.conf for w in line.words] for line in page.lines] for page in source.pages]
        if not any(c is not None for page in confs for line in page for c in line):
            confs = None
    else:
        texts = source.split("\f")
        confs = None
    with gc_paused():
        return repair_document(texts, confs, repairer, min_confidence, join_hyphenation)


@contextmanager
def gc_paused():
    """Repair makes many short-lived objects and no cycles; in a process holding a large
    heap (a store, a spaCy model) each full cyclic collection they trigger walks all of it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                # Hand what survived to the oldest generation without a collection walking
                # it (freeze and unfreeze only splice lists, and reset the young count).
                gc.freeze()
                gc.unfreeze()
            gc.enable()
