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

from rapidfuzz import fuzz

from diarium.diff.alignment import Alignment, Region
from diarium.diff.anchors import anchored_opcodes
from diarium.diff.moves import moved_blocks, remaining, reordered
from diarium.diff.normalise import key, skeleton
from diarium.diff.numbers import Opcode, absorb_islands, whole_numbers
from diarium.diff.regions import in_number_column, region, same_section, sentences_apart, within_sections
from diarium.diff.view import Section, Token
from diarium.language import words

FUNCTION_WORDS = words("function_words")
CONTENT_CHARS = 4000  # enough of a section to recognise it; keeps the all-pairs step fast


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


__all__ = ["Alignment", "Region", "align"]
