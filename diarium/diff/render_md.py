"""The comparison as Markdown, for an e-mail or a ticket: summary table, then one row per edit.

Deleted words are ~~struck through~~, inserted words **bold**; cosmetic differences (OCR noise,
wrapping, page furniture) are only counted unless `cosmetic=True`.

>>> from diarium.diff import compare_texts
>>> md = render_markdown(compare_texts("5.5 Ersättning\\nErsättningen är 1 200 000 kronor per år.",
...                                    "5.5 Ersättning\\nErsättningen är 1 500 000 kronor per år."))
>>> print(md.split("## Ändringar")[-1].strip())
En rad per ändring. ~~Överstruket~~ finns bara i den äldre versionen, **fetstil** bara i den nyare; sidnumren räknas i respektive fil.
<BLANKLINE>
| Nr | Ändring | Avsnitt | Sida före | Sida efter | Före | Efter |
|---|---|---|---|---|---|---|
| 1 | Belopp ändrat | 5.5 Ersättning | s. 1 | s. 1 | **1 200 000 kr per år**<br>Ersättningen är ~~1 200 000~~ kronor per år. | **1 500 000 kr per år**<br>Ersättningen är **1 500 000** kronor per år. |
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from diarium.diff.present import ShownRow, cosmetic_count, pages_label, shown_rows, summary, warnings

if TYPE_CHECKING:
    from diarium.diff import Comparison


def cell(text: str | None) -> str:
    return (text or "—").replace("|", "\\|").replace("\n", " ")


def words_md(words: list[tuple[str, str]], deleted: bool) -> str:
    """Substantive changes struck through (deleted) or bold (inserted); the rest plain."""
    return " ".join(
        text if mark != "sub" else f"~~{text}~~" if deleted else f"**{text}**"
        for text, mark in words)


def side(row: ShownRow, deleted: bool) -> str:
    fact = row.change.old_fact if deleted else row.change.new_fact
    words = words_md(row.old_words if deleted else row.new_words, deleted)
    parts = [f"**{fact}**" if fact else "", words]
    if not deleted:
        parts += [f"⚠ {w}" for w in row.change.warnings]
    return cell("<br>".join(p for p in parts if p) or None)


def where(row: ShownRow) -> str:
    text = row.section + (f" (före: {row.old_section})" if row.old_section else "")
    if row.also:
        text += "<br>Samma ändring även i: " + "; ".join(row.also)
    return cell(text)


def what(row: ShownRow) -> str:
    return cell(row.label + (f": {row.change.subject}" if row.change.subject else "")
                + ("" if row.change.substantive else " (kosmetisk)"))


def pages_of(pages: int | None) -> str:
    return "" if not pages else f", {pages} sida" if pages == 1 else f", {pages} sidor"


def render_markdown(comparison: "Comparison", cosmetic: bool = False) -> str:
    report = comparison.report
    counts = summary(comparison)
    lines = ["# Jämförelse av två versioner", "",
             f"- Före: `{report.old.path}`" + pages_of(report.old.pages),
             f"- Efter: `{report.new.path}`" + pages_of(report.new.pages),
             "", "## Sammanfattning", ""]
    if counts:
        lines += ["| Ändring | Antal |", "|---|---:|"] + [f"| {label} | {n} |" for label, n in counts]
        lines.append(f"| **Totalt** | **{sum(n for _, n in counts)}** |")
    else:
        lines.append("Inga väsentliga ändringar hittades.")
    minor = cosmetic_count(comparison)
    lines += ["", f"{minor} {'kosmetisk skillnad' if minor == 1 else 'kosmetiska skillnader'} (OCR-brus, "
                  "radbrytningar, avstavning, sidhuvuden och sidfötter, omnumrering) visas inte som ändringar."]
    if warnings(comparison):
        lines += ["", "**Att kontrollera:**", ""] + [f"- ⚠ {w}" for w in warnings(comparison)]
    rows = shown_rows(comparison, cosmetic)
    if rows:
        lines += ["", "## Ändringar", "",
                  "En rad per ändring. ~~Överstruket~~ finns bara i den äldre versionen, **fetstil** bara i "
                  "den nyare; sidnumren räknas i respektive fil.", "",
                  "| Nr | Ändring | Avsnitt | Sida före | Sida efter | Före | Efter |",
                  "|---|---|---|---|---|---|---|"]
        lines += [f"| {row.number} | {what(row)} | {where(row)} | {pages_label(row.old_page)} | "
                  f"{pages_label(row.new_page)} | {side(row, True)} | {side(row, False)} |" for row in rows]
    return "\n".join(lines) + "\n"
