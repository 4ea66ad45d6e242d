"""Runs of differing words: cut where a section or a sentence ends, and classified
(a heading, a column of clause numbers, or words that say something)."""
from __future__ import annotations

from diarium.diff.alignment import Alignment, Region
from diarium.diff.substance import classify, describe, is_number, swedish_word, wordless
from diarium.diff.view import Token

READABLE = 0.6     # share of Swedish words that makes a run of words a sentence rather than OCR debris


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
