"""The comparison as one self-contained HTML page for a case officer (Jinja2 template, inline
CSS, no scripts, no external assets; a print stylesheet for A4).

At the top both versions and a summary table (how many edits of each kind), then one row per
edit: what changed, the section and the page in each version, the fact before and after and
the clause before and after with deleted words in red <del> and inserted words in green <ins>.
Cosmetic differences (OCR noise, wrapping, page furniture) are counted, and listed collapsed.

>>> from diarium.diff import compare_texts
>>> page = render_html(compare_texts("5.7 Uppsägning\\nUppsägningstiden är fyra månader.",
...                                  "5.7 Uppsägning\\nUppsägningstiden är tre månader."))
>>> "<del>fyra</del>" in page and "<ins>tre</ins>" in page and "http" not in page
True
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

from diarium.diff.present import cosmetic_count, pages_label, shown_rows, summary, warnings

if TYPE_CHECKING:
    from diarium.diff import Comparison

# Colours the screenshot test looks for; keep them in sync with tests/test_diff_html.py.
DEL_BG = "#ffb3b3"
INS_BG = "#a6e9b5"
HEAD_BG = "#1f4e79"
TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def template() -> Template:
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["j2"]),
                              trim_blocks=False, lstrip_blocks=False)
    return environment.get_template("report.html.j2")


def render_html(comparison: "Comparison", cosmetic: bool = False) -> str:
    report = comparison.report
    counts = summary(comparison)
    return template().render(
        old=report.old, new=report.new, summary=counts, total=sum(n for _, n in counts),
        cosmetic=cosmetic_count(comparison), warnings=warnings(comparison),
        rows=shown_rows(comparison, cosmetic), page=pages_label,
        minor=[c for c in report.changes if not c.substantive][:300],
        del_bg=DEL_BG, ins_bg=INS_BG, head_bg=HEAD_BG) + "\n"
