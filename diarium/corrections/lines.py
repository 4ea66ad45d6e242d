"""The line loop: every rule, in order, on every word of a page's lines.

A line's bullet is judged first; then each word goes through `RULE_ORDER` until one rule
handles it (a rule returns True when it made an edit, or decided that nothing may be done).
Only the rules that can apply are tried: a rule may be for one page mode ("lost": the OCR
dropped å/ä/ö, "kept"), for the line's last word, or for a garbled line (`rules_for`).

1. `join_split_compound` — "social förvaltningen" → "socialförvaltningen" (takes two words)
2. `restore_name`        — on a lost page, "Goran" → "Göran", "i Malm" → "i Malmö"
3. `swap_year_or_is`     — on a kept page, "upp till 24 är som" → "år"
4. `skip_settled`        — a word no context can change, decided before (speed only)
5. `join_hyphenated`     — "ensamkomm-" / "ande" → "ensamkommande" (edits two lines)
6. `fix_mojibake`        — "fÃ¶r" → "för"
7. `repair_halves`       — "kon-" / "taktperson" judged whole, left in two halves
8. `one_as_i`            — "1 uppdrag" → "i uppdrag"
9. `repair_word`         — the noisy-channel choice (`repairer.py`), glued words split,
                           a common word the OCR capitalised mid-sentence lower-cased

Names come before the word rule because a name is no word of the lexicon; "år"/"är" before
it because both are words; hyphenation before the single-word rules because the halves of
a hyphenated word are no words.

>>> from diarium.corrections.repairer import Repairer
>>> evidence = DocumentEvidence.of(["Forslaget om social forvaltningen"], Repairer().lex)
>>> [(e.original, e.replacement) for e in repair_lines(
...     ["Forslaget om social forvaltningen"], None, "lost", Repairer(), 0.5, True, evidence)[0]]
[('Forslaget', 'Förslaget'), ('social forvaltningen', 'socialförvaltningen')]
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from diarium.corrections.context import Context, Decision, LineEdit, match_case
from diarium.corrections.lexicon import Lexicon
from diarium.corrections.repairer import Repairer
from diarium.corrections.rules import hyphenation, mojibake, name_restoration, split_compound
from diarium.corrections.rules import one_as_i as one_as_i_rule
from diarium.corrections.rules import year_or_is
from diarium.corrections.rules.bullets import bullet_edit
from diarium.corrections.rules.capitals import mid_sentence, sentence_case
from diarium.corrections.syntax import firm_infinitive
from diarium.corrections.tokens import (Token, edge_word, in_name, neighbour, split_alternatives,
                                        tokenize)
from diarium.language.letters import SWEDISH_LETTERS, fold

LineConfs = list[list[float | None]]


@dataclass
class DocumentEvidence:
    """What the whole document says about its words."""

    words: Counter[str]         # known words with å/ä/ö, as printed, lower case
    names: frozenset[str]       # capitalised words printed with å/ä/ö
    keys: set[str] = field(default_factory=set)    # `words` as printed and folded
    tails: set[str] = field(default_factory=set)   # ... their last four letters

    @classmethod
    def of(cls, lines: list[str], lex: Lexicon) -> DocumentEvidence:
        words = doc_vocabulary(lines, lex)
        keys = set(words).union(map(fold, words))
        return cls(words, name_restoration.doc_name_forms("\n".join(lines)), keys,
                   {w[-4:] for w in keys})    # a cheap first test of a join's evidence


def doc_vocabulary(lines: list[str], lex: Lexicon) -> Counter[str]:
    """Known words as printed in the document: evidence for the same form elsewhere."""
    found: Counter[str] = Counter()
    for line in lines:
        for token in tokenize(line):
            lower = token.core.lower()
            if len(lower) > 3 and not SWEDISH_LETTERS.isdisjoint(lower) and lower.isalpha() and (
                    lower in lex):
                found[lower] += 1
    return found


@dataclass
class Page:
    """A page's lines being repaired, the edits so far, and what every line shares."""

    lines: list[str]
    confs: LineConfs | None
    repairer: Repairer
    min_confidence: float
    join_hyphenation: bool
    evidence: DocumentEvidence
    edits: list[list[LineEdit]] = field(default_factory=list)
    skip_first: set[int] = field(default_factory=set)   # lines whose first word is consumed
    folded: dict[str, tuple[str, str]] = field(default_factory=dict)   # word → key, pair form

    def threshold(self, conf: float | None) -> float:
        """OCR word confidence moves the threshold: a doubtful word is easier to change."""
        if conf is None:
            return self.min_confidence
        cfg = self.repairer.config
        return min(cfg.max_threshold, max(cfg.min_threshold, self.min_confidence + (
            conf - cfg.ocr_conf_pivot) * cfg.ocr_conf_weight))

    def folded_forms(self, word: str) -> tuple[str, str]:
        """A neighbour's folded form and its form in learned word pairs, computed once."""
        found = self.folded.get(word)
        if found is None:
            folded = fold(word)
            found = self.folded[word] = (folded, neighbour(folded))
        return found


class Line:
    """One line being repaired: its words, the context they share, where they stand."""

    def __init__(self, page: Page, index: int, mode: str):
        self.page, self.index = page, index
        self.text = text = page.lines[index]
        self.tokens = split_alternatives(tokenize(text)) if "/" in text else list(tokenize(text))
        self.garbled = mojibake.is_garbled(text)
        self.ctx = Context(mode, page.evidence.words)
        self.confs = page.confs[index] if page.confs else None
        self.raw_words = text.split() if self.confs else None
        self.last = len(self.tokens) - 1
        self.joined_away: set[int] = set()
        self.context_of = -1    # the word `ctx` describes

    def words(self) -> Iterator[int]:
        """The indexes of the words still to repair: not consumed by a join (a hyphenated
        word's tail that moved up to the line before, a split compound's second half)."""
        for j in range(1 if self.index in self.page.skip_first else 0, len(self.tokens)):
            if j not in self.joined_away:
                yield j

    def is_hyphenated(self, j: int) -> bool:
        """The last word, hyphenated: "ensamkomm-" and nothing after the hyphen."""
        token = self.tokens[j]
        return j == self.last and token.suffix == "-" and self.text[token.end:].rstrip() == "-"

    def limit(self, token: Token) -> float:
        """The confidence a change of this word needs."""
        return self.page.threshold(self.word_conf(token))

    def word_conf(self, token: Token) -> float | None:
        """The OCR engine's confidence in the word, when the page has them."""
        confs, raw_words = self.confs, self.raw_words
        if not confs or raw_words is None or len(confs) != len(raw_words):
            return None
        before = self.text[:token.start]
        index = len(before.split())
        if before and not before[-1].isspace():
            index -= 1
        return confs[index] if 0 <= index < len(confs) else None

    def add(self, token: Token, end: int, decision: Decision) -> None:
        """Edit from the token's start to `end`, applied when confident enough."""
        self.page.edits[self.index].append(LineEdit(
            token.start, end, self.text[token.start:end], decision.replacement,
            decision.confidence, decision.reason, decision.confidence >= self.limit(token)))

    def read_context(self, j: int) -> Context:
        """The context of word `j`: its neighbours (across line breaks), whether it is part of
        a name, whether an infinitive must follow."""
        ctx = self.ctx
        if self.context_of == j:
            return ctx
        self.context_of = j
        tokens, lines, i = self.tokens, self.page.lines, self.index
        ctx.prev = tokens[j - 1].core.lower() if j else edge_word(lines, i - 1, -1)
        ctx.next = tokens[j + 1].core.lower() if j + 1 < len(tokens) else edge_word(
            lines, i + 1, 0)
        ctx.prev_key, ctx.prev_pair = self.page.folded_forms(ctx.prev)
        ctx.next_key, ctx.next_pair = self.page.folded_forms(ctx.next)
        ctx.in_name = in_name(tokens, j)
        ctx.firm_infinitive = ctx.prev == "att" and (tokens[j].suffix[:1] in (".", ";") or (
            firm_infinitive([t.core.lower() for t in tokens[:j]], ctx.next)))
        return ctx


# ---------------------------------------------------------------- the rules, in order

def join_split_compound(line: Line, j: int) -> bool:
    page, tokens = line.page, line.tokens
    if not split_compound.may_join(tokens, j, page.evidence.tails,
                                   page.repairer.config.join_min_part):
        return False
    joined = split_compound.join_split(tokens, j, line.text, line.ctx.mode, page.repairer,
                                       page.evidence.keys)
    if not joined:
        return False
    line.add(tokens[j], tokens[j + 1].end, joined)
    line.joined_away.add(j + 1)
    return True


def restore_name(line: Line, j: int) -> bool:
    token = line.tokens[j]
    if not token.core[:1].isupper():
        return False
    page = line.page
    name = name_restoration.restore_name(line.tokens, j, page.evidence.names, page.repairer.lex,
                                         page.repairer.config)
    if name:
        line.add(token, token.end, name)
    return name is not None


def swap_year_or_is(line: Line, j: int) -> bool:
    token = line.tokens[j]
    if token.core.lower() not in year_or_is.SWAPPABLE:
        return False
    swap = year_or_is.swap_year_or_is(line.tokens, j, line.page.lines, line.index,
                                      line.page.repairer.config)
    if swap:
        line.add(token, token.end, swap)
    return swap is not None


def skip_settled(line: Line, j: int) -> bool:
    """A word decided before whatever its neighbours: skip the context work. ("1", a garbled
    line and a hyphenated word have rules of their own.)"""
    core = line.tokens[j].core
    return ((core, line.ctx.mode) in line.page.repairer.settled and core != "1"
            and not line.garbled and not (j == line.last and line.tokens[j].suffix == "-"))


def join_hyphenated(line: Line, j: int) -> bool:
    """The tail moves up to this line; the next line loses it, and its line break stays."""
    page, i, token = line.page, line.index, line.tokens[j]
    if not (page.join_hyphenation and line.is_hyphenated(j) and i + 1 < len(page.lines)):
        return False
    joined = hyphenation.hyphen_join(token, page.lines[i + 1], page.repairer,
                                     line.read_context(j))
    if not joined:
        return False
    new_word, tail_end, decision = joined
    next_line = page.lines[i + 1]
    gap = len(next_line) - len(next_line[tail_end:].lstrip())
    applied = decision.confidence >= line.limit(token)
    page.edits[i].append(LineEdit(token.start, len(line.text), line.text[token.start:],
                                  match_case(token.core, new_word), decision.confidence,
                                  decision.reason, applied, spill=next_line[:gap]))
    if applied:
        page.edits[i + 1].append(LineEdit(0, gap, next_line[:gap], "", decision.confidence,
                                          "hyphenation", True))
        page.skip_first.add(i + 1)
    return True


def fix_mojibake(line: Line, j: int) -> bool:
    token = line.tokens[j]
    fixed = mojibake.fix_mojibake(token.core)
    if fixed:
        line.page.edits[line.index].append(LineEdit(
            token.start, token.end, token.core, fixed,
            line.page.repairer.config.mojibake_confidence, "mojibake", True))
    return bool(fixed)


def repair_halves(line: Line, j: int) -> bool:
    if not line.is_hyphenated(j):
        return False
    page, i = line.page, line.index
    tail_line = hyphenation.continuation(page.lines, i)
    if tail_line is None:
        return False
    halves = hyphenation.repair_halves(line.tokens[j], page.lines[tail_line], page.repairer,
                                       line.read_context(j))
    if halves is None:
        return False
    page.skip_first.add(tail_line)
    limit = line.limit(line.tokens[j])
    for n, edit in halves:
        edit.applied = edit.confidence >= limit
        page.edits[i if n == 0 else tail_line].append(edit)
    return True


def one_as_i(line: Line, j: int) -> bool:
    if line.tokens[j].core != "1":
        return False
    found = one_as_i_rule.one_as_i(line.tokens, j, line.ctx.mode, line.page.repairer.config)
    if found:
        line.add(line.tokens[j], line.tokens[j].end, found)
    return found is not None


def repair_word(line: Line, j: int) -> bool:
    page, token = line.page, line.tokens[j]
    ctx = line.read_context(j)
    found = page.repairer.decide(token.core, ctx)
    if not found:
        return False
    i = line.index
    if mid_sentence(line.tokens, j, ctx, page.lines[i - 1] if i else "", line.text):
        found.replacement = sentence_case(found.replacement, line.tokens, j, page.repairer.lex,
                                          page.repairer.config.common_word_zipf)
    line.add(token, token.end, found)
    return True


@dataclass(frozen=True)
class Rule:
    """A rule, and where it can apply: page modes, the last word only, garbled lines only."""

    apply: Callable[[Line, int], bool]
    modes: tuple[str, ...] = ("lost", "kept")
    last_word_only: bool = False
    garbled_only: bool = False

    def applies(self, mode: str, last_word: bool, garbled: bool) -> bool:
        return mode in self.modes and (last_word or not self.last_word_only) and (
            garbled or not self.garbled_only)


RULE_ORDER = (
    Rule(join_split_compound),
    Rule(restore_name, modes=("lost",)),
    Rule(swap_year_or_is, modes=("kept",)),
    Rule(skip_settled),
    Rule(join_hyphenated, last_word_only=True),
    Rule(fix_mojibake, garbled_only=True),
    Rule(repair_halves, last_word_only=True),
    Rule(one_as_i),
    Rule(repair_word),
)


@lru_cache(maxsize=None)
def rules_for(mode: str, last_word: bool, garbled: bool) -> tuple[Callable[[Line, int], bool], ...]:
    """The rules in `RULE_ORDER` that can apply to such a word, in order."""
    return tuple(rule.apply for rule in RULE_ORDER if rule.applies(mode, last_word, garbled))


def repair_lines(lines: list[str], confs: LineConfs | None, mode: str, repairer: Repairer,
                 min_confidence: float, join_hyphenation: bool, evidence: DocumentEvidence,
                 ) -> list[list[LineEdit]]:
    """Edits per line of a page (offsets within the line). A joined hyphenation edits two."""
    page = Page(lines, confs, repairer, min_confidence, join_hyphenation, evidence,
                [[] for _ in lines])
    for i in range(len(lines)):
        line = Line(page, i, mode)
        bullet = bullet_edit(line.text, mode, repairer.model, repairer.config)
        if bullet:
            page.edits[i].append(bullet)
        inner, last = (rules_for(mode, last_word, line.garbled) for last_word in (False, True))
        for j in line.words():
            for rule in last if j == line.last else inner:
                if rule(line, j):
                    break
    return page.edits

