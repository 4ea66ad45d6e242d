"""The timeline's two charts as Vega-Lite specifications, rendered to SVG here, offline, by
vl-convert (Vega and Vega-Lite bundled in the wheel: no browser, no CDN, no network).

Numbers and dates follow the Swedish locale ("1 200 000", "jan 2021"); each bar carries a
`<title>`, so a browser shows its details on hover without any script.

>>> spec = periods_spec([{"organisation": "Stadsmissionen", "start": "2021-01-01",
...                       "end": "2023-12-31", "kind": "partnerskap", "documents": "Avtal"}])
>>> spec["encoding"]["x"]["field"], spec["encoding"]["x2"]["field"]
('start', 'end')
>>> with_titles('<path aria-label="a: 1" d="M0"/>')
'<path aria-label="a: 1" d="M0"><title>a: 1</title></path>'
"""
from __future__ import annotations

import re
from typing import Any, Final

from diarium.timeline.data import Bar, YearAmount, yearly_totals

LOCALE: Final = "sv-SE"
WIDTH = 760
KRONOR_AXIS = "replace(format(datum.value, ',d'), /,/g, ' ')"
TITLED_MARK = re.compile(r'<path ([^>]*?)aria-label="([^"]*)"([^>]*?)/>')


def periods_spec(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A Gantt chart: one row per organisation, one bar per agreement period."""
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {"values": rows},
        "width": WIDTH,
        "height": {"step": 30},
        # Overlapping periods of one organisation (a partnerskap and a samarbetsavtal) show
        # through each other rather than taking a sub-row each.
        "mark": {"type": "bar", "cornerRadius": 3, "tooltip": True, "opacity": 0.8,
                 "height": {"band": 0.7}, "stroke": "white", "strokeWidth": 1},
        "encoding": {
            "y": {"field": "organisation", "type": "nominal", "title": None,
                  "axis": {"labelLimit": 280, "labelFontSize": 12}},
            "x": {"field": "start", "type": "temporal", "title": None,
                  "scale": {"nice": "year"},
                  "axis": {"format": "%Y", "tickCount": "year", "grid": True}},
            "x2": {"field": "end"},
            "color": {"field": "kind", "type": "nominal", "title": "Slag av period"},
            "tooltip": [{"field": "organisation", "title": "Organisation"},
                        {"field": "kind", "title": "Slag"},
                        {"field": "start", "title": "Från"}, {"field": "end", "title": "Till"},
                        {"field": "documents", "title": "Dokument"}],
        },
        "config": {"legend": {"orient": "bottom"}},
    }


def amounts_spec(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Stacked bars: the amounts named per year, one colour per organisation."""
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {"values": rows},
        "width": WIDTH,
        "height": 260,
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": "year", "type": "ordinal", "title": "År", "axis": {"labelAngle": 0}},
            "y": {"field": "kronor", "type": "quantitative", "aggregate": "sum",
                  "title": "kronor", "axis": {"labelExpr": KRONOR_AXIS}},
            "color": {"field": "organisation", "type": "nominal", "title": "Organisation",
                      "legend": {"labelLimit": 320, "columns": 2}},
            "tooltip": [{"field": "organisation", "title": "Organisation"},
                        {"field": "year", "title": "År"},
                        {"field": "kronor", "title": "Kronor", "aggregate": "sum",
                         "format": ",d"}],
        },
        "config": {"legend": {"orient": "bottom"}},
    }


def period_rows(bars: list[Bar]) -> list[dict[str, Any]]:
    return [{"organisation": b.organisation, "start": b.start, "end": b.end, "kind": b.kind,
             "documents": "; ".join(s.label for s in b.sources)} for b in bars]


def amount_rows(amounts: list[YearAmount]) -> list[dict[str, Any]]:
    return [{"organisation": org, "year": year, "kronor": total}
            for org, year, total in yearly_totals(amounts)]


def with_titles(svg: str) -> str:
    """Each mark's description as an SVG <title>, the hover text browsers show."""
    return TITLED_MARK.sub(r'<path \1aria-label="\2"\3><title>\2</title></path>', svg)


def svg(spec: dict[str, Any]) -> str:
    import vl_convert   # heavy (a JavaScript engine): only when a chart is drawn
    return with_titles(vl_convert.vegalite_to_svg(spec, format_locale=LOCALE,
                                                  time_format_locale=LOCALE,
                                                  allowed_base_urls=[]))


def charts(bars: list[Bar], amounts: list[YearAmount]) -> tuple[str | None, str | None]:
    """(periods SVG, amounts SVG); None for a chart with nothing to show."""
    return (svg(periods_spec(period_rows(bars))) if bars else None,
            svg(amounts_spec(amount_rows(amounts))) if amounts else None)
