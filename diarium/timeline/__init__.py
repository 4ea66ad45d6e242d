"""Agreements over time: each organisation's agreement periods and the amounts per year, as
a self-contained HTML page (`diarium timeline`, and /-/tidslinje in `diarium serve`).

    import sqlite3
    from diarium.timeline import TimelineFilter, timeline, timeline_html
    html = timeline_html(sqlite3.connect("diarium.db"), TimelineFilter(orgnr="808649-4070"))
"""
from diarium.timeline.data import Bar, Timeline, TimelineFilter, YearAmount, timeline
from diarium.timeline.page import timeline_html

__all__ = ["Bar", "Timeline", "TimelineFilter", "YearAmount", "timeline", "timeline_html"]
