"""The comparison as Markdown, for an e-mail or a ticket: fact table, then changes per section.

Deleted words are ~~struck through~~, inserted words **bold**; cosmetic differences (OCR noise,
formatting) are only counted unless `cosmetic=True`.

>>> from diarium.diff import compare_texts
>>> md = render_markdown(compare_texts("5.7 Uppsägning\\nUppsägningstiden är fyra månader.",
...                                    "5.7 Uppsägning\\nUppsägningstiden är tre månader."))
>>> print(md.split("## Ändringar per avsnitt")[-1].strip())
### 5.7 Uppsägning
<BLANKLINE>
- **Text ändrad** (number: fyra → tre)
  - Före: Uppsägningstiden är ~~fyra~~ månader.
  - Efter: Uppsägningstiden är **tre** månader.
"""
from __future__ import annotations

from itertools import groupby

from diarium.diff.changes import ShownChange, shown_changes, word_runs
from diarium.diff.model import FACT_KINDS, DiffChange

KIND_LABELS = {
    "party_added": "Part tillkommen", "party_removed": "Part borttagen",
    "orgnr_changed": "Organisationsnummer ändrat", "period_changed": "Period ändrad",
    "amount_changed": "Belopp ändrat", "clause_changed": "Text ändrad",
    "clause_added": "Text tillagd", "clause_removed": "Text borttagen",
    "section_moved": "Avsnitt flyttat", "renumbered": "Avsnitt omnumrerat",
}


def kind_label(change: DiffChange) -> str:
    if change.kind == "section_moved" and not change.substantive:
        return KIND_LABELS["renumbered"]
    return KIND_LABELS[change.kind]


def what(change: DiffChange) -> str:
    return kind_label(change) + (f": {change.subject}" if change.subject else "")


def cell(text: str | None) -> str:
    return (text or "—").replace("|", "\\|").replace("\n", " ")


def words_md(words: list[tuple[str, str]], deleted: bool) -> str:
    """Substantive changes struck through (deleted) or bold (inserted); the rest plain."""
    return " ".join(
        text if mark != "sub" else f"~~{text}~~" if deleted else f"**{text}**"
        for text, mark in word_runs(words))


def summary_counts(comparison) -> str:
    changes = comparison.report.changes
    substantive = sum(c.substantive for c in changes)
    return (f"{substantive} väsentliga ändringar, {len(changes) - substantive} kosmetiska "
            f"skillnader (OCR-brus, formatering).")


def render_markdown(comparison, cosmetic: bool = False) -> str:
    report = comparison.report
    lines = [f"# Jämförelse: {report.old.path} → {report.new.path}", "",
             f"- Före (OLD): `{report.old.path}` sha256 {(report.old.sha256 or '-')[:12]}",
             f"- Efter (NEW): `{report.new.path}` sha256 {(report.new.sha256 or '-')[:12]}",
             f"- {summary_counts(comparison)}", ""]
    facts = [c for c in report.changes if c.kind in FACT_KINDS or c.kind == "section_moved"]
    facts = [c for c in facts if c.substantive or cosmetic]
    lines += ["## Sammanfattning", ""]
    if facts:
        lines += ["| Vad | Före | Efter | Avsnitt |", "|---|---|---|---|"]
        lines += [f"| {cell(what(c))} | {cell(c.old)} | {cell(c.new)} | {cell(c.section)} |"
                  for c in facts]
    else:
        lines.append("Inga ändrade fakta (parter, organisationsnummer, period, belopp)"
                     + (" – fakta kunde inte extraheras." if report.facts.get("new") is None else "."))
    lines += ["", "## Ändringar per avsnitt", ""]
    shown = shown_changes(comparison.alignment, comparison.rows, cosmetic)
    for index, (heading, changes) in enumerate(groupby(shown, key=lambda row: row.heading)):
        lines += ([""] if index else []) + [f"### {heading}", ""]
        for row in changes:
            lines += change_md(row)
    if not shown:
        lines.append("Inga väsentliga textändringar.")
    return "\n".join(lines) + "\n"


def change_md(row: ShownChange) -> list[str]:
    """A bullet with the kind of change, then the sentence before and after, changes marked."""
    change = row.change
    lines = [f"- **{kind_label(change)}**" + (f" ({change.reason})" if change.reason else "")]
    if row.group.old_units:
        lines.append("  - Före: " + words_md(row.old_words, deleted=True))
    if row.group.new_units:
        lines.append("  - Efter: " + words_md(row.new_words, deleted=False))
    return lines
