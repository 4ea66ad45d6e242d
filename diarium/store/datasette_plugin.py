"""diarium's Datasette plugin: amounts in kronor, facts linked to their page, heavy columns
hidden by default, a year facet, and the timeline page (`/-/tidslinje`).

`diarium serve` registers this module with Datasette's plugin manager before it starts the
server (no entry point: a plain `datasette` on another database is left alone).

>>> hidden_columns_query("_sort=date", "documents", {"documents": ["sha256", "record"]})
'_sort=date&_nocol=sha256&_nocol=record'
>>> hidden_columns_query("_nocol=title", "documents", {"documents": ["sha256"]}) is None
True
"""
from __future__ import annotations

import json
import sys
import traceback
import urllib.parse
from typing import Any

from datasette import Response, hookimpl
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import Base400
from datasette.views.base import DatasetteError
from markupsafe import Markup, escape

from diarium.errors import DiariumError
from diarium.output.format import kronor
from diarium.store.datasette import HIDDEN
from diarium.timeline import TimelineFilter, timeline_html
from diarium.timeline.data import Source

SHOW_ALL = "_visa"                   # ?_visa=alla: every column, the hidden ones too
AMOUNT_COLUMNS = {"belopp_kr"}       # canned queries name their amount columns so
YES_NO_COLUMNS = {"orgnr_valid", "public"}
JSON_COLUMNS = {"record", "evidence"}


def hidden_columns_query(query: str, table: str, hidden: dict[str, list[str]]) -> str | None:
    """The query string with `_nocol` for the table's heavy columns, or None when the user
    chose columns (`_col`, `_nocol`) or asked for all of them (`_visa=alla`)."""
    pairs = urllib.parse.parse_qsl(query, keep_blank_values=True)
    if table not in hidden or any(k in ("_col", "_nocol", SHOW_ALL) for k, _ in pairs):
        return None
    return urllib.parse.urlencode(pairs + [("_nocol", c) for c in hidden[table]])


def plain(value: Any) -> Any:
    """A cell's raw value (Datasette hands expanded foreign keys over as {value, label})."""
    return value.get("value") if isinstance(value, dict) else value


def row_value(row: Any, column: str) -> Any:
    try:
        return plain(row[column])
    except (KeyError, IndexError):
        return None


def page_link(datasette: Any, database: str, document_id: Any, page: Any) -> Markup:
    query = urllib.parse.urlencode({"document_id": document_id, "number": page})
    url = f"{datasette.urls.table(database, 'pages')}?{query}"
    return Markup(f'<a href="{escape(url)}" title="sidans text">s. {escape(page)}</a>')


def json_cell(value: str) -> Markup:
    try:
        pretty = json.dumps(json.loads(value), ensure_ascii=False, indent=1)
    except ValueError:
        pretty = value
    return Markup(f"<details><summary>JSON, {len(value):,} tecken</summary>"
                  f"<pre>{escape(pretty)}</pre></details>".replace(",", " "))


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str,
                datasette: Any) -> Markup | None:
    if value is None:
        return None
    if isinstance(value, int) and (column in AMOUNT_COLUMNS or (table, column) == ("amounts",
                                                                                 "value")):
        return Markup(f'<span style="white-space:nowrap">{escape(kronor(value, nbsp=True))}</span>')
    if column == "page" and isinstance(value, int) and table != "pages":
        document_id = row_value(row, "document_id")
        if document_id is not None:
            return page_link(datasette, database, document_id, value)
    if column == "document_id" and (table is None or isinstance(value, dict)):
        # A query's plain id, or a foreign key whose document has no title: name it anyway.
        if isinstance(value, dict) and value.get("label") not in (None, ""):
            return None
        number = plain(value)
        url = datasette.urls.row(database, "documents", number)
        return Markup(f'<a href="{escape(url)}">dokument {escape(number)}</a>')
    if column in YES_NO_COLUMNS and value in (0, 1):
        return Markup("ja" if value else "nej")
    if column in JSON_COLUMNS and isinstance(value, str):
        return json_cell(value)
    if column == "sha256" and isinstance(value, str) and len(value) == 64:
        return Markup(f'<code title="{escape(value)}">{escape(value[:12])}…</code>')
    return None


class YearFacet(Facet):
    """Rows per year of a date column (`_facet_year=date`); a year filters `date__startswith`."""

    type = "year"

    async def suggest(self) -> list:
        return []

    async def facet_results(self) -> tuple[list, list]:
        results, timed_out = [], []
        args = dict(self.get_querystring_pairs())
        size = self.get_facet_size()
        for config in self.get_configs():
            column = config["config"].get("column") or config["config"]["simple"]
            sql = (f"SELECT substr({escape_sqlite(column)}, 1, 4) AS value, count(*) AS count "
                   f"FROM ({self.sql}) WHERE {escape_sqlite(column)} GLOB '[0-9][0-9][0-9][0-9]*' "
                   f"GROUP BY value ORDER BY value DESC LIMIT {size + 1}")
            try:
                rows = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                             custom_time_limit=self.ds.setting(
                                                 "facet_time_limit_ms"))
            except Exception:   # a facet that times out must not take the page with it
                timed_out.append(column)
                continue
            key = f"{column}__startswith"
            values = []
            for row in rows.rows[:size]:
                selected = args.get(key) == row["value"]
                toggle = (path_with_removed_args(self.request, {key: row["value"]}) if selected
                          else path_with_added_args(self.request, {key: row["value"]}))
                values.append({"value": row["value"], "label": row["value"],
                               "count": row["count"], "selected": selected,
                               "toggle_url": self.ds.absolute_url(self.request, toggle)})
            results.append({"name": column, "type": self.type, "results": values,
                            "hideable": config["source"] != "metadata",
                            "toggle_url": path_with_removed_args(self.request,
                                                                 {"_facet_year": column}),
                            "truncated": len(rows.rows) > size})
        return results, timed_out


@hookimpl
def register_facet_classes() -> list:
    return [YearFacet]


READ_METHODS = {"GET", "HEAD", "OPTIONS"}
REFUSED = "diarium serve är skrivskyddad: databasen kan inte ändras här.\n".encode()


async def refuse_write(send: Any) -> None:
    """405 for a write, answered before Datasette sees it: no handler, no traceback."""
    await send({"type": "http.response.start", "status": 405,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"allow", b"GET, HEAD, OPTIONS")]})
    await send({"type": "http.response.body", "body": REFUSED})


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """Every write refused with 405; table pages (HTML) opened without the heavy columns,
    while JSON, CSV and row pages keep all of them."""
    def wrap(app: Any) -> Any:
        async def read_only(scope: dict, receive: Any, send: Any) -> None:
            if scope.get("type") == "http" and scope.get("method") not in READ_METHODS:
                await refuse_write(send)
                return
            if scope.get("type") == "http":
                parts = scope.get("path", "").strip("/").split("/")
                if len(parts) == 2 and parts[0] in datasette.databases and "." not in parts[1]:
                    query = hidden_columns_query(scope.get("query_string", b"").decode(),
                                                 parts[1], HIDDEN)
                    if query is not None:
                        scope = dict(scope, query_string=query.encode())
            await app(scope, receive, send)
        return read_only
    return wrap


@hookimpl
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Any:
    """Every error answered with its page (JSON for .json); only a fault of ours (5xx) puts
    a traceback in the log. A refused query (writing or bad SQL, a missing table) is the
    asker's error (4xx): one access-log line is enough. Replaces Datasette's own handler,
    which prints a full traceback even for those (see `install`)."""
    status = getattr(exception, "status", 500) if isinstance(
        exception, (Base400, DatasetteError)) else 500
    if status >= 500:
        traceback.print_exception(exception)

    async def answer() -> Response:
        if isinstance(exception, DatasetteError):
            message, title = exception.message, exception.title
        else:
            message, title = str(exception.args[0] if exception.args else exception), None
        info = {"ok": False, "error": message, "status": status, "title": title}
        if request.path.endswith(".json"):
            return Response.json(info, status=status)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        html = await template.render_async(dict(info, urls=datasette.urls,
                                                app_css_hash=datasette.app_css_hash(),
                                                menu_links=lambda: []))
        return Response.html(html, status=status)
    return answer


def install() -> None:
    """Register this plugin with Datasette (once), in place of its exception handler."""
    from datasette.plugins import pm
    if pm.is_registered(sys.modules[__name__]):
        return
    default = pm.get_plugin("datasette.handle_exception")
    if default is not None:
        pm.unregister(default)
    pm.register(sys.modules[__name__], name="diarium")


@hookimpl
def table_actions(datasette: Any, actor: Any, database: str, table: str,
                  request: Any) -> list[dict]:
    if table not in HIDDEN or request is None:
        return []
    path = datasette.urls.table(database, table)
    if request.args.get(SHOW_ALL) == "alla":
        return [{"href": path, "label": "Dölj tunga kolumner (" + ", ".join(HIDDEN[table]) + ")"}]
    return [{"href": f"{path}?{SHOW_ALL}=alla",
             "label": "Visa alla kolumner (även " + ", ".join(HIDDEN[table]) + ")"}]


# Datasette lists every column's description above the table, pushing the rows out of sight;
# folded, the rows come first (each description is also in its column's menu).
FOLD_DESCRIPTIONS = """
document.querySelectorAll("dl.column-descriptions").forEach(function (list) {
  var fold = document.createElement("details"), summary = document.createElement("summary");
  summary.textContent = "Vad kolumnerna betyder";
  fold.appendChild(summary);
  list.parentNode.insertBefore(fold, list);
  fold.appendChild(list);
});
"""


# Readable rows: a title wide enough not to stand one word a line, long paths in small type.
STYLE = """
.rows-and-columns td.col-title, .rows-and-columns td.col-text,
.rows-and-columns td.col-snippet, .rows-and-columns td.col-utdrag { min-width: 22em; }
.rows-and-columns td.col-path { min-width: 14em; max-width: 22em; overflow-wrap: anywhere;
                               font-size: .85em; }
.rows-and-columns td.col-date, .rows-and-columns td.col-start_date,
.rows-and-columns td.col-end_date { white-space: nowrap; }
.rows-and-columns td.col-value, .rows-and-columns td.col-belopp_kr { text-align: right; }
"""


async def stylesheet(request: Any) -> Response:
    return Response(STYLE, content_type="text/css; charset=utf-8")


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    return [datasette.urls.path("/-/diarium.css")]


@hookimpl
def extra_body_script(view_name: str) -> str | None:
    return FOLD_DESCRIPTIONS if view_name == "table" else None


@hookimpl
def menu_links(datasette: Any, actor: Any, request: Any) -> list[dict]:
    return [{"href": datasette.urls.path("/-/tidslinje"), "label": "Tidslinje: avtal och belopp"}]


async def timeline_page(datasette: Any, request: Any) -> Response:
    """Agreement periods per organisation and amounts per year, for ?org= / ?orgnr=."""
    names = [name for name in datasette.databases if not name.startswith("_")]
    name = request.args.get("db") or (names[0] if names else None)
    if name not in names:
        return Response.html("<p>Ingen sådan databas.</p>", status=404)
    where = TimelineFilter(org=request.args.get("org") or None,
                           orgnr=request.args.get("orgnr") or None)
    database = datasette.get_database(name)

    def document_link(source: Source) -> str:
        if source.page:
            return (f"{datasette.urls.table(name, 'pages')}?"
                    + urllib.parse.urlencode({"document_id": source.document_id,
                                              "number": source.page}))
        return datasette.urls.row(name, "documents", source.document_id)

    try:
        html = await database.execute_fn(
            lambda conn: timeline_html(conn, where, form=True, link=document_link))
    except DiariumError as err:   # a bad orgnr in the form: say so, as a page
        return Response.html(f"<p>{escape(err.reason)}</p>", status=400)
    return Response.html(html)


@hookimpl
def register_routes() -> list:
    return [(r"^/-/tidslinje$", timeline_page), (r"^/-/diarium\.css$", stylesheet)]
