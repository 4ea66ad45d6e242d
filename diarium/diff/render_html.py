"""The comparison as one self-contained HTML page (inline CSS, no scripts, no external assets).

At the top a summary table of changed facts (what, before, after, section); then each changed
section side by side, OLD left and NEW right, with deleted words in red <del> and inserted
words in green <ins>. Cosmetic differences (OCR noise) are listed, collapsed, at the end.
Prints on A4 (@media print).

>>> from diarium.diff import compare_texts
>>> page = render_html(compare_texts("5.7 Uppsägning\\nUppsägningstiden är fyra månader.",
...                                  "5.7 Uppsägning\\nUppsägningstiden är tre månader."))
>>> "<del>fyra</del>" in page and "<ins>tre</ins>" in page and "http" not in page
True
"""
from __future__ import annotations

from html import escape
from itertools import groupby

from diarium.diff.changes import ShownChange, shown_changes, word_runs
from diarium.diff.model import FACT_KINDS
from diarium.diff.render_md import kind_label, summary_counts, what

# Colours the screenshot test looks for; keep them in sync with tests/test_diff_html.py.
DEL_BG = "#ffb3b3"
INS_BG = "#a6e9b5"
HEAD_BG = "#1f4e79"

CSS = f"""
body {{ font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; margin: 2em;
       color: #1a1a1a; line-height: 1.45; max-width: 1200px; }}
h1 {{ font-size: 1.5em; margin-bottom: .2em; }}
h2 {{ font-size: 1.25em; border-bottom: 2px solid {HEAD_BG}; padding-bottom: .2em; margin-top: 1.6em; }}
h3 {{ font-size: 1.05em; margin: 1.2em 0 .4em; }}
.meta {{ color: #444; font-size: .9em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #b8c4d0; padding: .35em .6em; vertical-align: top; text-align: left; }}
table.summary th, table.sbs th {{ background: {HEAD_BG}; color: #fff; }}
table.summary tr:nth-child(even) td {{ background: #f1f5f9; }}
table.sbs td {{ width: 50%; }}
del {{ background: {DEL_BG}; color: #5c0000; text-decoration: line-through; }}
ins {{ background: {INS_BG}; color: #003d12; text-decoration: none; font-weight: bold; }}
span.cos {{ border-bottom: 1px dotted #999; }}
.reason {{ color: #555; font-size: .85em; }}
.tag {{ display: inline-block; font-size: .8em; padding: 0 .4em; border-radius: 3px;
        background: #e8eef5; color: #1f4e79; margin-right: .4em; }}
.minor {{ color: #777; }}
@media print {{
  body {{ margin: 0; max-width: none; font-size: 10pt; }}
  h2, h3 {{ break-after: avoid; }}
  tr {{ break-inside: avoid; }}
  del, ins, th {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  details {{ display: none; }}
}}
"""


def words_html(words: list[tuple[str, str]], tag: str) -> str:
    """Substantive changes in <del>/<ins> (`tag`), cosmetic ones underlined, the rest plain."""
    return " ".join(
        f"<{tag}>{escape(text)}</{tag}>" if mark == "sub" else
        f'<span class="cos">{escape(text)}</span>' if mark == "cos" else escape(text)
        for text, mark in word_runs(words))


def summary_table(comparison) -> str:
    report = comparison.report
    rows = [c for c in report.changes
            if c.substantive and (c.kind in FACT_KINDS or c.kind == "section_moved")]
    head = "<tr><th>Vad</th><th>Före</th><th>Efter</th><th>Avsnitt</th></tr>"
    if not rows:
        note = ("Inga ändrade fakta (parter, organisationsnummer, period, belopp)."
                if report.facts.get("new") is not None else
                "Fakta kunde inte extraheras; se textändringarna nedan.")
        body = f'<tr><td colspan="4">{escape(note)}</td></tr>'
    else:
        body = "".join(
            f"<tr><td>{escape(what(c))}</td><td>{escape(c.old or '—')}</td>"
            f"<td>{escape(c.new or '—')}</td><td>{escape(c.section or '—')}</td></tr>" for c in rows)
    clauses = [c for c in report.changes if c.substantive and c.kind.startswith("clause_")]
    clause_rows = "".join(
        f"<tr><td>{escape(c.section)}</td><td>{escape(kind_label(c))}</td>"
        f"<td class=\"reason\">{escape(c.reason)}</td></tr>" for c in clauses)
    clause_table = (f'<table class="summary"><tr><th>Avsnitt</th><th>Ändring</th><th>Vad</th></tr>'
                    f"{clause_rows}</table>") if clauses else "<p>Inga väsentliga textändringar.</p>"
    return (f'<table class="summary" id="facts">{head}{body}</table>'
            f"<h3>Väsentliga textändringar ({len(clauses)})</h3>{clause_table}")


def side_by_side(comparison, cosmetic: bool) -> str:
    """One table per changed section: OLD left, NEW right, each changed sentence a row."""
    shown = shown_changes(comparison.alignment, comparison.rows, cosmetic)
    tables = [f"<h3>{escape(heading)}</h3><table class=\"sbs\">"
              "<tr><th>Före (OLD)</th><th>Efter (NEW)</th></tr>"
              + "".join(map(change_row, rows)) + "</table>"
              for heading, rows in groupby(shown, key=lambda row: row.heading)]
    return "".join(tables) or "<p>Inga väsentliga textändringar.</p>"


def change_row(row: ShownChange) -> str:
    old = words_html(row.old_words, "del")
    new = words_html(row.new_words, "ins")
    note = (f'<div class="reason"><span class="tag">{escape(kind_label(row.change))}</span>'
            f"{escape(row.change.reason)}</div>")
    return f"<tr><td>{old or '—'}</td><td>{new or '—'}{note}</td></tr>"


def cosmetic_list(comparison, limit: int = 300) -> str:
    minor = [c for c in comparison.report.changes if not c.substantive]
    if not minor:
        return ""
    items = "".join(f"<li>{escape(c.section)}: {escape(c.reason)}</li>" for c in minor[:limit])
    more = f"<li>… och {len(minor) - limit} till</li>" if len(minor) > limit else ""
    return (f'<details class="minor"><summary>{len(minor)} kosmetiska skillnader '
            f"(OCR-brus, formatering, omnumrering)</summary><ul>{items}{more}</ul></details>")


def render_html(comparison, cosmetic: bool = False) -> str:
    report = comparison.report
    title = f"Jämförelse: {report.old.path} → {report.new.path}"
    meta = (f"Före (OLD): <code>{escape(report.old.path)}</code> sha256 "
            f"{escape((report.old.sha256 or '-')[:12])}<br>Efter (NEW): "
            f"<code>{escape(report.new.path)}</code> sha256 {escape((report.new.sha256 or '-')[:12])}"
            f"<br>{escape(summary_counts(comparison))}")
    return (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class=\"meta\">{meta}</p>"
            f"<h2>Sammanfattning</h2>{summary_table(comparison)}"
            f"<h2>Ändrade avsnitt</h2>{side_by_side(comparison, cosmetic)}"
            f"{cosmetic_list(comparison)}</body></html>\n")
