"""What the reports show, in Swedish: one row per edit, a summary by kind, page references.

Both renderers (`render_md`, `render_html`) read this, so the Markdown and the HTML report
always say the same thing.

>>> from diarium.diff import compare_texts
>>> comparison = compare_texts("5.7 Uppsägning\\nUppsägningstiden är fyra månader.",
...                            "5.7 Uppsägning\\nUppsägningstiden är tre månader.")
>>> [(row.label, row.section, row.old_page, row.new_page, row.new_words) for row in shown_rows(comparison)]
[('Text ändrad', '5.7 Uppsägning', 1, 1, [('Uppsägningstiden är', ''), ('tre', 'sub'), ('månader.', '')])]
>>> summary(comparison)
[('Text ändrad', 1)]
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from diarium.diff.changes import Group, marked_words, marks, word_runs
from diarium.diff.model import KIND_LABELS, DiffChange, Place

if TYPE_CHECKING:
    from diarium.diff import Comparison

ORDER = list(KIND_LABELS)


def kind_label(change: DiffChange) -> str:
    return change.label


def section_label(section: str, title: str) -> str:
    """'5.7 Uppsägning'; the title alone when the section has no number of its own."""
    if not title or section == title:
        return section
    return f"{section} {title}"


def place_label(place: Place) -> str:
    pages = "/".join(f"s. {p}" if p else "–" for p in (place.old_page, place.new_page))
    return f"{section_label(place.section, place.section_title)} ({pages})"


@dataclass
class ShownRow:
    """One edit as a report row: what, where (section, page before and after), the fact
    before and after, the clause before and after with the changed words marked."""
    number: int
    change: DiffChange
    label: str
    section: str
    old_section: str | None
    old_page: int | None
    new_page: int | None
    old_words: list[tuple[str, str]] = field(default_factory=list)
    new_words: list[tuple[str, str]] = field(default_factory=list)
    also: list[str] = field(default_factory=list)

    @property
    def is_fact(self) -> bool:
        return bool(self.change.old_fact or self.change.new_fact)


def words_of(comparison: "Comparison", group: Group | None, word_marks: tuple[list[str], list[str]]
             ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    if group is None:
        return [], []
    alignment = comparison.alignment
    return (word_runs(marked_words(alignment.old_tokens, alignment.old_units, word_marks[0], group.old_units)),
            word_runs(marked_words(alignment.new_tokens, alignment.new_units, word_marks[1], group.new_units)))


def shown_rows(comparison: "Comparison", cosmetic: bool = False) -> list[ShownRow]:
    """The report's rows: every substantive entry (and, asked for, the cosmetic ones), in order."""
    word_marks = marks(comparison.alignment)
    rows: list[ShownRow] = []
    for change, group in comparison.rows:
        if not (change.substantive or cosmetic):
            continue
        old_words, new_words = words_of(comparison, group, word_marks)
        if group is None:                                 # a moved section: its headings
            old_words, new_words = [(change.old or "", "sub")], [(change.new or "", "sub")]
        old_section = (section_label(change.old_section, change.old_section_title or "")
                       if change.old_section and change.old_section != change.section else None)
        rows.append(ShownRow(len(rows) + 1, change, kind_label(change),
                             section_label(change.section, change.section_title), old_section,
                             change.old_page, change.new_page, old_words, new_words,
                             [place_label(place) for place in change.also]))
    return rows


def summary(comparison: "Comparison") -> list[tuple[str, int]]:
    """(kind label, number of edits) for every kind of substantive edit, in a fixed order."""
    counts: Counter[str] = Counter(c.kind for c in comparison.report.changes if c.substantive)
    return [(KIND_LABELS[kind], counts[kind]) for kind in ORDER if counts.get(kind)]


def cosmetic_count(comparison: "Comparison") -> int:
    return sum(not c.substantive for c in comparison.report.changes)


def warnings(comparison: "Comparison") -> list[str]:
    return [w for c in comparison.report.changes if c.substantive for w in c.warnings]


def pages_label(page: int | None) -> str:
    return f"s. {page}" if page else "–"
