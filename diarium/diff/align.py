"""Align two versions: sections by number and title, then by content; then words within them.

>>> from diarium.diff.view import document_sections
>>> from diarium.structure import analyse
>>> def sections(text): return document_sections(text, analyse(text))
>>> old = sections("5.6 Brister\\nDialog ska föras.\\n\\n5.7 Uppsägning\\nUppsägningstiden är fyra månader.")
>>> new = sections("5.6 Uppsägning\\nUppsägningstiden är tre månader.\\n\\n5.7 Brister\\nDialog ska föras.")
>>> result = align(old, new)
>>> [(old[i].label, new[j].label, i in result.moved) for i, j in sorted(result.matches.items())]
[('5.6 Brister', '5.7 Brister', True), ('5.7 Uppsägning', '5.6 Uppsägning', False)]
>>> [(r.old_text(result), r.new_text(result), r.substantive) for r in result.regions]
[('5.7', '5.6', False), ('fyra', 'tre', True), ('5.6', '5.7', False)]
"""
from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from diarium.diff.normalise import key, skeleton
from diarium.diff.anchors import anchored_opcodes
from diarium.diff.moves import moved_blocks, remaining, reordered
from diarium.diff.numbers import Opcode, absorb_islands, whole_numbers
from diarium.diff.view import Section, Token
from diarium.language import words
from diarium.diff.substance import classify, describe, is_number, swedish_word, wordless

FUNCTION_WORDS = words("function_words")
CONTENT_CHARS = 4000  # enough of a section to recognise it; keeps the all-pairs step fast
READABLE = 0.6     # share of Swedish words that makes a run of words a sentence rather than OCR debris


@dataclass
class Region:
    """One run of differing words: old[o1:o2] became new[n1:n2]."""
    o1: int
    o2: int
    n1: int
    n2: int
    substantive: bool
    reason: str
    heading: bool = False           # only heading words differ: a section move or renumbering
    moved: bool = False             # one side of a block of text moved elsewhere (`moves`)

    def old_text(self, alignment: "Alignment") -> str:
        return " ".join(t.text for t in alignment.old_tokens[self.o1:self.o2])

    def new_text(self, alignment: "Alignment") -> str:
        return " ".join(t.text for t in alignment.new_tokens[self.n1:self.n2])


@dataclass
class Alignment:
    """Both versions as one word stream each (OLD reordered to follow NEW), and their differences.

    Diffing whole streams rather than section pairs means a heading recognised in one version
    but not the other never turns into a removed and an added section.
    """
    old_sections: list[Section]
    new_sections: list[Section]
    matches: dict[int, int]                     # old section index → new section index
    moved: set[int]                             # old section indexes whose section moved
    old_tokens: list[Token] = field(default_factory=list)
    new_tokens: list[Token] = field(default_factory=list)
    opcodes: list[tuple[str, int, int, int, int]] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    text_moves: list[tuple[Region, Region]] = field(default_factory=list)   # (deleted, inserted)
    old_units: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # unit → [first, last+1)
    new_units: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    def unit_span(self, new_side: bool) -> dict[tuple[int, int], tuple[int, int]]:
        return self.new_units if new_side else self.old_units


def stream(sections: list[Section]) -> list[Token]:
    """All words in order; heading words are marked and have their own unit."""
    tokens: list[Token] = []
    for section in sections:
        tokens += [Token(w, key(w), -1, section.page, heading=True, section=section.index)
                   for w in section.printed.split() if key(w)]
        tokens += [Token(t.text, t.key, t.unit, t.page, section=section.index, block=t.block,
                         label=t.label) for t in section.tokens]
    return tokens


def unit_spans(tokens: list[Token]) -> dict[tuple[int, int], tuple[int, int]]:
    """unit → (first index, last index + 1) in the stream: a clause's words are consecutive."""
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for index, token in enumerate(tokens):
        first, _ = spans.get(token.where, (index, index))
        spans[token.where] = (first, index + 1)
    return spans


def content(section: Section) -> str:
    return skeleton(section.text()[:CONTENT_CHARS])


def pair_score(old: Section, new: Section, old_text: str, new_text: str) -> float:
    """0–100: how likely two sections are the same one (renumbered, retitled or moved)."""
    title = fuzz.ratio(skeleton(old.title), skeleton(new.title))
    same_number = old.number is not None and old.number == new.number
    if not old_text or not new_text:
        return title if (not old_text and not new_text and title >= 80) else 0.0
    body = fuzz.ratio(old_text, new_text)
    if body >= 70 or (title >= 80 and body >= 40) or (same_number and title >= 60 and body >= 30):
        return 0.6 * body + 0.4 * title
    return 0.0


def match_sections(old: list[Section], new: list[Section]) -> list[tuple[int, int]]:
    """(old index, new index) pairs: same heading first, then the most similar remaining ones."""
    waiting: dict[tuple, deque[int]] = defaultdict(deque)
    for j, section in enumerate(new):
        waiting[(section.number, skeleton(section.title))].append(j)
    pairs: list[tuple[int, int]] = []
    for i, section in enumerate(old):
        queue = waiting.get((section.number, skeleton(section.title)))
        if queue:
            pairs.append((i, queue.popleft()))
    used_old, used_new = {i for i, _ in pairs}, {j for _, j in pairs}
    rest_old = [i for i in range(len(old)) if i not in used_old]
    rest_new = [j for j in range(len(new)) if j not in used_new]
    texts_old = {i: content(old[i]) for i in rest_old}
    texts_new = {j: content(new[j]) for j in rest_new}
    candidates = sorted(
        ((pair_score(old[i], new[j], texts_old[i], texts_new[j]), i, j)
         for i in rest_old for j in rest_new), reverse=True)
    for score, i, j in candidates:
        if score <= 0:
            break
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return sorted(pairs, key=lambda p: p[1])


def in_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The largest set of pairs whose old order agrees with the new order (the rest moved)."""
    best: list[list[tuple[int, int]]] = []
    for pair in pairs:                 # pairs are sorted by new index; O(n²) is fine for sections
        chain: list[tuple[int, int]] = max((c for c in best if c[-1][0] < pair[0]), key=len, default=[])
        best.append(chain + [pair])
    longest: list[tuple[int, int]] = max(best, key=len, default=[])
    return set(longest)


def old_order(old: list[Section], matches: dict[int, int], steady: set[int]) -> list[Section]:
    """OLD sections in NEW's order: a moved section goes where its partner is now."""
    place: dict[int, tuple] = {}
    anchor = -1.0
    for i in range(len(old)):
        if i in steady:
            anchor = matches[i]
        place[i] = (matches[i], 0, i) if i in matches else (anchor, 1, i)
    return [old[i] for i in sorted(range(len(old)), key=lambda i: place[i])]


def align(old: list[Section], new: list[Section]) -> Alignment:
    """Match sections, put OLD in NEW's order, and diff the two word streams."""
    for index, section in enumerate(old):
        section.index = index
    for index, section in enumerate(new):
        section.index = index
    pairs = match_sections(old, new)
    # Text before any heading (or between a document and its attachment) has no heading that
    # could have moved, and a heading without text of its own (a number of a column of clause
    # numbers, a heading over sub-headings) moves only with what follows it: neither counts
    # as a moved section.
    fixed = {(i, j) for i, j in pairs if not (old[i].label or new[j].label) or not (old[i].tokens and new[j].tokens)}
    steady_pairs = in_order([pair for pair in pairs if pair not in fixed]) | fixed
    matches = {i: j for i, j in pairs}
    moved = {i for i, j in pairs if (i, j) not in steady_pairs}
    result = Alignment(old, new, matches, moved)
    result.old_tokens = stream(old_order(old, matches, {i for i, _ in steady_pairs}))
    result.new_tokens = stream(new)
    result.old_units, result.new_units = unit_spans(result.old_tokens), unit_spans(result.new_tokens)
    diff_words(result)
    return result


def diff_words(alignment: Alignment) -> None:
    """Fill alignment.opcodes, alignment.regions and alignment.text_moves."""
    old, new = alignment.old_tokens, alignment.new_tokens
    old_keys, new_keys = [t.key for t in old], [t.key for t in new]
    raw = anchored_opcodes(old_keys, new_keys, [t.where for t in old], [t.where for t in new])
    def chance(before: Opcode, equal: Opcode, after: Opcode) -> bool:
        """Two function words or fewer between two edits, none of them a heading's."""
        words = old[equal[1]:equal[2]]
        near = old[before[1]:before[2]] + new[before[3]:before[4]] + old[after[1]:after[2]] + new[after[3]:after[4]]
        return len(words) <= 2 and all(t.key in FUNCTION_WORDS for t in words) and not any(
            t.heading for t in words + near)

    opcodes = whole_numbers(absorb_islands(raw, chance), [t.text for t in old], [t.text for t in new])
    alignment.opcodes = [part for opcode in opcodes for piece in within_sections(opcode, alignment)
                         for part in sentences_apart(piece, alignment)]
    moves = moved_blocks(alignment.opcodes, old_keys, new_keys)
    alignment.text_moves = [(Region(o1, o2, n1, n1, True, "flyttad", moved=True),
                             Region(o2, o2, n1, n2, True, "flyttad", moved=True)) for (o1, o2, n1, n2), _ in moves]
    for o1, o2, n1, n2 in remaining(alignment.opcodes, moves):
        column = in_number_column(old, o1, o2) or in_number_column(new, n1, n2)
        alignment.regions.append(region(old[o1:o2], new[n1:n2], (o1, o2, n1, n2), column))
    read_in_another_order(alignment)


def read_in_another_order(alignment: Alignment) -> None:
    """A substantive deletion and insertion of the same words (debris aside) in one section of
    NEW: OCR read the line elsewhere on the page. Both become cosmetic."""
    old, new = alignment.old_tokens, alignment.new_tokens
    one_sided = [r for r in alignment.regions if r.substantive and not r.heading]
    deletions = [r for r in one_sided if r.n1 == r.n2]
    insertions = [r for r in one_sided if r.o1 == r.o2]
    for deletion in deletions:
        words = [t.text for t in old[deletion.o1:deletion.o2] if not t.heading]
        for insertion in insertions:
            if not insertion.substantive or not same_section(new, deletion.n1, insertion.n1):
                continue
            if reordered(words, [t.text for t in new[insertion.n1:insertion.n2] if not t.heading]):
                for part in (deletion, insertion):
                    part.substantive, part.reason = False, "ordningen ändrad (OCR): " + part.reason
                break


def same_section(tokens: list[Token], one: int, other: int) -> bool:
    """No heading of the stream stands between two positions."""
    return not any(t.heading for t in tokens[min(one, other):max(one, other)])


def in_number_column(tokens: list[Token], start: int, end: int) -> bool:
    """The words stand in a block of lone clause numbers ('3.3', '3.4', then '300)' from a speck),
    or are a number alone on its line ('355' read where a column printed '3.5')."""
    if start == end or any(t.heading for t in tokens[start:end]):
        return False
    block = tokens[start].block
    first, last = start, end
    while first > 0 and tokens[first - 1].block == block:
        first -= 1
    while last < len(tokens) and tokens[last].block == block:
        last += 1
    others = tokens[first:start] + tokens[end:last]
    if not others:
        return end - start <= 2 and all(is_number(t.text) for t in tokens[start:end])
    return all(t.label for t in others)


def region(old: list[Token], new: list[Token], where: tuple[int, int, int, int], column: bool = False) -> Region:
    """One run of differing words, classified; `column`: they stand in a column of clause numbers."""
    if heading_only(old, new):
        # Renumbered or moved headings are reported as section_moved, once.
        return Region(*where, False, "rubrik: " + describe([t.text for t in old], [t.text for t in new]),
                      heading=True)
    if numbering_only(old, new) or (column and wordless([t.text for t in old + new if not t.label])):
        return Region(*where, False, "klausulnummer i marginalen: " + describe(
            [t.text for t in old], [t.text for t in new]))
    return Region(*where, *classify([t.text for t in old if not t.heading], [t.text for t in new if not t.heading]))


def numbering_only(old: list[Token], new: list[Token]) -> bool:
    """A column of clause numbers beside the text against nothing or OCR debris: a scan reads
    such a column badly or not at all, and a number alone says nothing the clause does not."""
    both = [t for t in old + new if not t.heading]
    # a bare number that the structure took for a heading ('3', '10.') stands in that column too
    column = any(t.label for t in both) or any(t.heading and is_number(t.text) for t in old + new)
    return column and bool(both) and wordless([t.text for t in both if not t.label])


def heading_only(old: list[Token], new: list[Token]) -> bool:
    """Heading words against heading words, or against as many words read where a heading was
    not recognised (a damaged number such as '5.4' → '3,4'): sections report these, not clauses."""
    if all(t.heading for t in old + new):
        return True
    for side, other in ((old, new), (new, old)):
        if side and all(t.heading for t in side) and len(other) <= len(side) + 1:
            return True
    return False


def within_sections(opcode: tuple, alignment: Alignment) -> list[tuple]:
    """A 'replace' whose new words open a section OLD does not have (OCR debris at the end of
    one section against a section added after it) is split there: what comes from the added
    heading on is an insertion, not a rewording of the debris."""
    tag, o1, o2, n1, n2 = opcode
    if tag != "replace":
        return [opcode]
    partnered = set(alignment.matches.values())
    start = next((k for k in range(n1, n2) if alignment.new_tokens[k].heading
                  and alignment.new_tokens[k].section not in partnered), None)
    if start is None:
        return [opcode]
    if start == n1:
        old_words = [t.text for t in alignment.old_tokens[o1:o2]]
        if not classify(old_words, [t.text for t in alignment.new_tokens[n1:n2]])[0]:
            return [opcode]               # the heading's own words, read badly: not debris
        return [("delete", o1, o2, n1, n1), ("insert", o2, o2, n1, n2)]
    return [("replace", o1, o2, n1, start), ("insert", o2, o2, start, n2)]


def whole_tail(tokens: list[Token], spans: dict[tuple[int, int], tuple[int, int]], start: int, end: int) -> int | None:
    """Where tokens[start:end] stops changing the clause it begins inside and holds only whole
    clauses to its end (at least one), or None."""
    first, stop = spans[tokens[start].where]
    if first >= start or stop >= end or any(t.heading for t in tokens[start:end]):
        return None
    at = stop
    while at < end:
        unit_start, unit_end = spans[tokens[at].where]
        if unit_start < at or unit_end > end:
            return None
        at = unit_end
    return stop


def inside_one(tokens: list[Token], spans: dict[tuple[int, int], tuple[int, int]], start: int, end: int) -> bool:
    """tokens[start:end] lie inside one clause that begins before them."""
    if start >= end or any(t.heading for t in tokens[start:end]):
        return False
    first, stop = spans[tokens[start].where]
    return first < start and stop >= end


def sentences_apart(opcode: tuple, alignment: Alignment) -> list[tuple]:
    """A 'replace' that changes the end of one sentence and also drops (or adds) the whole
    sentences after it ("… 2022-12-31. Vid utebliven uppsägning förlängs …" → "… 2027-12-31.")
    is two edits: the sentence changed, and the sentences removed (added) — the word diff
    only ran them together because they touch."""
    tag, o1, o2, n1, n2 = opcode
    if tag != "replace":
        return [opcode]
    old_cut = whole_tail(alignment.old_tokens, alignment.old_units, o1, o2)
    if old_cut is not None and inside_one(alignment.new_tokens, alignment.new_units, n1, n2) \
            and readable(alignment.old_tokens[old_cut:o2]):
        return [("replace", o1, old_cut, n1, n2), ("delete", old_cut, o2, n2, n2)]
    new_cut = whole_tail(alignment.new_tokens, alignment.new_units, n1, n2)
    if new_cut is not None and inside_one(alignment.old_tokens, alignment.old_units, o1, o2) \
            and readable(alignment.new_tokens[new_cut:n2]):
        return [("replace", o1, o2, n1, new_cut), ("insert", o2, o2, new_cut, n2)]
    return [opcode]


def readable(tokens: list[Token]) -> bool:
    """Mostly Swedish words: a sentence, not a scan's debris ('SSP rR ORONR EP …'), which stays
    with the edit beside it rather than become a removal of its own."""
    wordy = [t.text for t in tokens if len(t.key) >= 3 and not is_number(t.text)]
    return bool(wordy) and sum(map(swedish_word, wordy)) >= READABLE * len(wordy)
