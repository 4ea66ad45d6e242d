"""What a whole document says about its words, read once before its lines are repaired:
the words it prints with å/ä/ö, its names, the unknown words it repeats, how its signs and
page numbers and party marks came out (`DocumentEvidence`), and how damaged a page is
(`page_damage`, `page_counts`).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from diarium.corrections.rules import name_restoration
from diarium.corrections.rules.page_numbers import spaced_pages
from diarium.corrections.rules.party_marks import PartyEvidence
from diarium.corrections.rules.section_sign import SignEvidence
from diarium.corrections.tokens import tokenize
from diarium.language.letters import SWEDISH_LETTERS, fold
from diarium.language.lexicon import Lexicon


@dataclass
class DocumentEvidence:
    """What the whole document says about its words."""

    words: Counter[str]         # known words with å/ä/ö, as printed, lower case
    names: frozenset[str]       # capitalised words printed with å/ä/ö
    keys: set[str] = field(default_factory=set)    # `words` as printed and folded
    tails: set[str] = field(default_factory=set)   # ... their last four letters
    repeated: frozenset[str] = frozenset()  # unknown words printed twice or more
    signs: SignEvidence = SignEvidence()    # how its paragraph signs came out
    spaced_pages: bool = False              # "2 (9)" rather than "2(9)"
    parties: PartyEvidence = PartyEvidence()  # "Anna Berg (S)": party marks after names
    bare: frozenset[str] = frozenset()      # words printed without a mark, lower case

    # line → its words of three letters or more, those no list knows even without their
    # å/ä/ö, and those a list knows only with å/ä/ö the line prints without (`page_counts`,
    # which sums them over a page)
    line_damage: dict[str, tuple[int, int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, lines: list[str], lex: Lexicon) -> DocumentEvidence:
        words, unknown, bare, damage = survey(lines, lex)
        keys = set(words).union(map(fold, words))
        return cls(words, name_restoration.doc_name_forms("\n".join(lines)), keys,
                   {w[-4:] for w in keys},    # a cheap first test of a join's evidence
                   frozenset(w for w, n in unknown.items() if n > 1), SignEvidence.of(lines),
                   spaced_pages(lines), PartyEvidence.of(lines), bare, damage)


def survey(lines: list[str], lex: Lexicon) -> tuple[
        Counter[str], Counter[str], frozenset[str], dict[str, tuple[int, int, int]]]:
    """`doc_vocabulary`, `bare_words` and each line's `page_damage` counts in one pass over
    the words, each distinct word looked up once.

    >>> from diarium.language.lexicon import load
    >>> lines, lex = ["Ekeby kommun och Norrby Bygg AB: nämnden", "Anna Berg/Holm"], load()
    >>> known, unknown, bare, damage = survey(lines, lex)
    >>> (known, unknown, bare) == (*doc_vocabulary(lines, lex), bare_words(lines))
    True
    >>> page_damage(lines, lex) == page_damage(lines, lex, damage)
    True
    >>> page_counts(lines, lex) == page_counts(lines, lex, damage)
    True
    """
    known: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    bare: set[str] = set()
    damage: dict[str, tuple[int, int, int]] = {}
    # word as printed → (lower case, no list knows it even folded, the counter it goes to,
    # a list knows it only with å/ä/ö), or None for a word too short or not all letters:
    # each distinct word is read once
    facts: dict[str, tuple[str, bool, Counter[str] | None, bool] | None] = {}
    for line in lines:
        words = misses = unmarked = 0
        for token in tokenize(line):
            core = token.core
            if core in facts:
                found = facts[core]
            else:
                found = facts[core] = _word_facts(core, lex, bare, known, unknown)
            if found is None:
                continue
            lower, missed, tally, marks_lost = found
            words += 1
            misses += missed
            unmarked += marks_lost
            if tally is not None:
                tally[lower] += 1
        damage[line] = (words, misses, unmarked)
    return known, unknown, frozenset(bare), damage


def _word_facts(core: str, lex: Lexicon, bare: set[str], known: Counter[str],
                unknown: Counter[str]) -> tuple[str, bool, Counter[str] | None, bool] | None:
    """`survey`'s reading of one distinct word: adds it to `bare` when it has no mark;
    None when it counts for no line's damage (shorter than three letters, or not all
    letters), else its lower case, whether no list knows it even folded, the counter
    (`known`, `unknown` or None) each of its occurrences goes to, and whether a list knows
    it only with å/ä/ö it lacks."""
    lower = core.lower()
    if lower == fold(lower):
        if "-" in lower or "/" in lower:
            bare.update(lower.replace("/", "-").split("-"))
        else:
            bare.add(lower)
    if len(lower) < 3 or not lower.isalpha():
        return None
    listed = lower in lex
    missed = not listed and fold(lower) not in lex.keys
    unmarked = not listed and not missed and SWEDISH_LETTERS.isdisjoint(lower)
    if len(lower) == 3:
        return lower, missed, None, unmarked
    if not listed:
        return lower, missed, unknown, unmarked
    return lower, missed, None if SWEDISH_LETTERS.isdisjoint(lower) else known, False


def doc_vocabulary(lines: list[str], lex: Lexicon) -> tuple[Counter[str], Counter[str]]:
    """Known words with å/ä/ö as printed in the document, and all words unknown to the
    lexicon: a known one is evidence for the same form elsewhere; an unknown one printed twice
    is a word the lexicon lacks ("delår", "attsats") or a name, not an OCR slip (a slip seldom
    repeats exactly)."""
    known: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    for line in lines:
        for token in tokenize(line):
            lower = token.core.lower()
            if len(lower) > 3 and lower.isalpha():
                if lower not in lex:
                    unknown[lower] += 1
                elif not SWEDISH_LETTERS.isdisjoint(lower):
                    known[lower] += 1
    return known, unknown


def bare_words(lines: list[str]) -> frozenset[str]:
    """The words the document prints without any mark, lower case: where one of them appears
    elsewhere with a mark ("Holm" and once "Hölm"), the mark is the OCR's.

    >>> sorted(bare_words(["Anna Holm (S), Hölm och Ekeby/Norrby-Berg"]))
    ['anna', 'berg', 'ekeby', 'holm', 'norrby', 'och', 's']
    """
    found = set()
    for line in lines:
        for token in tokenize(line):
            lower = token.core.lower()
            if lower == fold(lower):
                found.update(lower.replace("/", "-").split("-"))
    return frozenset(found)


def page_damage(lines: list[str], lex: Lexicon,
                counts: dict[str, tuple[int, int, int]] | None = None) -> float:
    """The share of a page's words (three letters or more) that no list knows even without
    their å/ä/ö: about a tenth on a fair scan (names, rare compounds), a quarter or more on a
    poor one, where most of them are misreadings. `counts`: the lines' counts when the
    document's `survey` has them."""
    return damage_share(page_counts(lines, lex, counts))


def damage_share(counts: tuple[int, int, int]) -> float:
    """`page_damage` from a page's `page_counts`."""
    words, unknown, _unmarked = counts
    return unknown / words if words else 0.0


def page_counts(lines: list[str], lex: Lexicon,
                counts: dict[str, tuple[int, int, int]] | None = None) -> tuple[int, int, int]:
    """A page's words of three letters or more; those no list knows even without their
    å/ä/ö (`page_damage`); and those no list knows as printed that a list knows with
    å/ä/ö ("arendet", "atgard"): on a page that kept its letters, marks the OCR dropped,
    while a text that was never OCR has one now and then, in a name ("Nasby").

    >>> from diarium.language.lexicon import load
    >>> page_counts(["Beslut om bygglov i arendet", "Norrby Bygg AB: atgard"], load())
    (6, 0, 2)
    """
    words = unknown = unmarked = 0
    for line in lines:
        found = counts.get(line) if counts is not None else None
        if found is None:
            found = _line_damage(line, lex)
        words += found[0]
        unknown += found[1]
        unmarked += found[2]
    return words, unknown, unmarked


def _line_damage(line: str, lex: Lexicon) -> tuple[int, int, int]:
    words = unknown = unmarked = 0
    for token in tokenize(line):
        lower = token.core.lower()
        if len(lower) < 3 or not lower.isalpha():
            continue
        words += 1
        if lower in lex:
            continue
        if fold(lower) not in lex.keys:
            unknown += 1
        elif SWEDISH_LETTERS.isdisjoint(lower):
            unmarked += 1
    return words, unknown, unmarked
