"""The timeline as one self-contained HTML page: both charts inline as SVG, the styles inline,
no script and nothing fetched, so the file opens anywhere (an e-mail, an archive, offline).

`timeline_html(conn, where)` is what `diarium timeline` writes and what `diarium serve`
shows at /-/tidslinje (there with a filter form and links to the documents).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from diarium.output.format import kronor
from diarium.timeline.chart import charts
from diarium.timeline.data import Source, TimelineFilter, timeline, yearly_totals
from diarium.version import __version__

TEMPLATES = Path(__file__).parent / "templates"


def subject(where: TimelineFilter) -> str:
    """The filter in words: 'stadsmission, 808649-4070'."""
    return ", ".join(v for v in (where.org, where.orgnr) if v)


def by_label(sources: list[Source]) -> list[tuple[str, list[Source]]]:
    """Sources with the same title together: one document stored as a text, a PDF and a
    scan is one title with three files.

    >>> [(label, len(group)) for label, group in by_label(
    ...     [Source(1, "Avtal", 1), Source(2, "Beslut", 2), Source(3, "Avtal", 1)])]
    [('Avtal', 2), ('Beslut', 1)]
    """
    groups: dict[str, list[Source]] = {}
    for source in sources:
        groups.setdefault(source.label, []).append(source)
    return list(groups.items())


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["j2"]))
    env.filters["kronor"] = lambda value: kronor(value, nbsp=True)
    env.filters["by_label"] = by_label
    return env


def timeline_html(conn: sqlite3.Connection, where: TimelineFilter | None = None, *,
                  form: bool = False, link: Callable[[Source], str] | None = None) -> str:
    """The page for the organisations the filter selects (all without one)."""
    data = timeline(conn, where or TimelineFilter())
    periods_svg, amounts_svg = charts(data.bars, data.amounts)
    return environment().get_template("timeline.html.j2").render(
        where=data.where, subject=subject(data.where), organisations=data.organisations,
        bars=data.bars, totals=yearly_totals(data.amounts), periods_svg=periods_svg,
        amounts_svg=amounts_svg, form=form, link=link, version=__version__)
