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

from diarium.diff.changes import marked_words, marks
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
    out, run, run_mark = [], [], ""

    def flush() -> None:
        if run:
            joined = " ".join(run)
            out.append(f"~~{joined}~~" if deleted and run_mark == "sub" else
                       f"**{joined}**" if run_mark == "sub" else joined)
            run.clear()
    for word, mark in words:
        mark = mark if mark == "sub" else ""
        if mark != run_mark:
            flush()
            run_mark = mark
        run.append(word)
    flush()
    return " ".join(out)


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
    old_marks, new_marks = marks(comparison.alignment)
    current = None
    for change, group in comparison.rows:
        if group is None or not (change.substantive or cosmetic):
            continue
        heading = f"{change.section} {change.section_title}".strip() \
            if change.section != change.section_title else change.section
        if heading != current:
            lines += ([""] if current is not None else []) + [f"### {heading}", ""]
            current = heading
        lines.append(f"- **{kind_label(change)}**"
                     + (f" ({change.reason})" if change.reason else ""))
        if group.old_units:
            lines.append("  - Före: " + words_md(marked_words(
                comparison.alignment.old_tokens, old_marks, group.old_units), deleted=True))
        if group.new_units:
            lines.append("  - Efter: " + words_md(marked_words(
                comparison.alignment.new_tokens, new_marks, group.new_units), deleted=False))
    if current is None:
        lines.append("Inga väsentliga textändringar.")
    return "\n".join(lines) + "\n"
