"""A page and a line being repaired: the words of a line, the context each word is judged
in (its neighbours across line breaks, a name, a label), the OCR confidence a change needs,
and the edits collected so far. The rules that read them are `diarium.corrections.lines`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from diarium.corrections.abbreviations import is_label
from diarium.corrections.context import Context, Decision, LineEdit
from diarium.corrections.evidence import DocumentEvidence
from diarium.corrections.repairer import Repairer
from diarium.corrections.rules import mojibake
from diarium.corrections.rules.symbols import PageSigns
from diarium.corrections.syntax import SLASH_READING, firm_infinitive
from diarium.corrections.tokens import (Token, edge_word, in_name, is_protected, neighbour,
                                        split_alternatives, split_token, tokenize)
from diarium.language.letters import fold

LineConfs = list[list[float | None]]


def split_hyphenated(tokens: list[Token]) -> list[Token]:
    """'VA-anlaggning', 'Hans-Ake', '65-aringar' are words joined by hyphens: each part is
    judged on its own (a code such as 'KS-2023-0456' is one protected word).

    >>> [t.core for t in split_hyphenated(list(tokenize("en VA-anlaggning, KS-2023-0456")))]
    ['en', 'VA', 'anlaggning', 'KS-2023-0456']
    """
    out: list[Token] = []
    for token in tokens:
        parts = token.core.split("-")
        if not 2 <= len(parts) <= 3 or not all(p.isalpha() or p.isdigit() for p in parts) or (
                is_protected(token.core) or not any(p.isalpha() for p in parts)):
            # (a slug of a file name or an address has more parts, a product code digits
            # inside a part: "SITHS-kort4")
            out.append(token)
            continue
        out += split_token(token, parts, "-")
    return out


def hyphenated_name(tokens: list[Token], j: int) -> bool:
    """A capitalised part of a hyphenated name ("Slaps-Kullen", "Hans-Ake"): as in a name,
    only its å/ä/ö may come back."""
    token = tokens[j]
    if not token.core[:1].isupper() or token.core.isupper():
        return False
    after = token.suffix == "-" and j + 1 < len(tokens) and tokens[j + 1].prefix == "-"
    before = token.prefix == "-" and j > 0 and tokens[j - 1].suffix == "-"
    return after and tokens[j + 1].core[:1].isupper() or before and tokens[
        j - 1].core[:1].isupper()


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
    signs: PageSigns = PageSigns()      # the page's own m²/m³ and range dashes
    damage: float = 0.0                 # `page_damage`
    intact: bool = False                # no sign of OCR damage (`intact.intact`)

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
        if mode == "lost" and "-" in text:
            # (a page that kept its letters judges "E-pöst" whole: the lexicon has "e-post")
            self.tokens = split_hyphenated(self.tokens)
        self.garbled = mojibake.is_garbled(text)
        self.ctx = Context(mode, page.evidence.words, page.evidence.repeated,
                           damage=page.damage)
        self.confs = page.confs[index] if page.confs else None
        self.raw_words = text.split() if self.confs else None
        self.last = len(self.tokens) - 1
        # Words a rule took; the first, when it is a hyphenated word's tail that moved up to
        # the line before.
        self.taken: set[int] = {0} if index in page.skip_first else set()
        self.context_of = -1    # the word `ctx` describes

    def is_hyphenated(self, j: int) -> bool:
        """The last word, hyphenated: "ensamkomm-" and nothing after the hyphen."""
        token = self.tokens[j]
        return j == self.last and token.suffix == "-" and self.text[token.end:].rstrip() == "-"

    def limit(self, token: Token) -> float:
        """The confidence a change of this word needs."""
        if not self.confs:
            return self.page.min_confidence
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
        folded = self.page.folded     # (`Page.folded_forms`, its lookup inlined)
        ctx.prev_key, ctx.prev_pair = folded.get(ctx.prev) or self.page.folded_forms(ctx.prev)
        ctx.next_key, ctx.next_pair = folded.get(ctx.next) or self.page.folded_forms(ctx.next)
        if j and tokens[j].prefix == "/" and tokens[j - 1].suffix == "/":
            ctx.prev_key = SLASH_READING    # "kr/ar": a year ("per år"), no verb
        ctx.in_name = in_name(tokens, j) or hyphenated_name(tokens, j)
        ctx.label = is_label(tokens, j)
        ctx.firm_infinitive = ctx.prev == "att" and (tokens[j].suffix[:1] in (".", ";") or (
            firm_infinitive([t.core.lower() for t in tokens[:j]], ctx.next)))
        return ctx
