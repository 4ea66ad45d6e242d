"""Facts by organisation, period, amount, document type and authority: the `FactFilter` a
researcher fills in, its values read (a `during` interval, an organisationsnummer in any
spacing, an organisation's name as stored), and the documents that satisfy it with the facts
that made them match.

`during` accepts a year, a month, a day or a range of them; a period matches when it
overlaps the interval:

>>> parse_during("2020")
('2020-01-01', '2020-12-31')
>>> parse_during("2024-02")
('2024-02-01', '2024-02-29')
>>> parse_during("2022-01-01..2023")
('2022-01-01', '2023-12-31')
>>> parse_during("2025..")
('2025-01-01', '9999-12-31')
"""
from __future__ import annotations

import calendar
import re
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import date

from diarium.extract import orgnr
from diarium.store.org_names import name_matches
from diarium.store.readonly import BadQueryArgument


def day_bounds(text: str) -> tuple[str, str]:
    """'2020' → first and last day of 2020; '2020-02' → of February; a day → itself."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01", f"{text}-12-31"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        year, month = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            return f"{text}-01", f"{text}-{calendar.monthrange(year, month)[1]:02d}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            date.fromisoformat(text)
        except ValueError:
            pass
        else:
            return text, text
    raise BadQueryArgument(None, f"not a date: '{text}' (use YYYY, YYYY-MM or YYYY-MM-DD)")


def parse_during(text: str) -> tuple[str, str]:
    """YYYY | YYYY-MM | YYYY-MM-DD | FROM..TO (either end may be left open) → (first, last) day."""
    if ".." not in text:
        return day_bounds(text)
    low, high = text.split("..", 1)
    first = day_bounds(low)[0] if low.strip() else "0001-01-01"
    last = day_bounds(high)[1] if high.strip() else "9999-12-31"
    if first > last:
        raise BadQueryArgument(None, f"empty interval '{text}'")
    return first, last


def normalise_orgnr(text: str) -> str:
    """'8086494070', '808649 4070' or '16808649-4070' → '808649-4070' (the form the store keeps)."""
    number = as_orgnr(text)
    if number is None:
        raise BadQueryArgument(None, f"not an organisationsnummer: '{text}' (NNNNNN-NNNN)")
    return number


def matching_org_names(conn: sqlite3.Connection, name: str) -> list[str]:
    """Stored party/orgnr names of which every word of `name` is a word, read as Swedish:
    case, å/ä/ö, definite forms, genitive, abbreviations, small misspellings (`org_names`)."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM parties UNION SELECT name FROM orgnrs WHERE name IS NOT NULL")]
    return [n for n in names if name_matches(name, n)]


def as_orgnr(text: str) -> str | None:
    """`text` as an organisationsnummer when it is one in any spacing, else None.

    >>> as_orgnr("808649 4070"), as_orgnr("Ekeby stadsmission")
    ('808649-4070', None)
    """
    compact = re.sub(r"[\s\-]", "", text)
    if re.fullmatch(r"16\d{10}", compact):     # the 12-digit form of the tax agency
        compact = compact[2:]
    return orgnr.format(compact) if re.fullmatch(r"\d{10}", compact) else None


@dataclass
class FactFilter:
    org: str | None = None
    orgnr: str | None = None
    during: str | None = None
    min_amount: int | None = None
    doc_type: str | None = None
    authority: str | None = None


@dataclass
class DocumentFacts:
    """One document that matches, with the facts that made it match."""

    doc_id: str | None
    path: str
    doc_type: str | None
    authority: str | None
    date: str | None
    title: str | None
    parties: list[dict] = field(default_factory=list)
    periods: list[dict] = field(default_factory=list)
    amounts: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def facts(conn: sqlite3.Connection, where: FactFilter) -> list[DocumentFacts]:
    """Documents whose facts satisfy every filter given, with their parties, periods, amounts.

    The periods and amounts listed are those that satisfied the filters (all of them when
    no period/amount filter is given).
    """
    period, amount = period_condition(where), amount_condition(where)
    clauses, params = document_conditions(conn, where, period, amount)
    documents = conn.execute(f"""
        SELECT id, doc_id, coalesce(given_path, path) AS path, doc_type, authority, date,
               title FROM documents d
        WHERE {' AND '.join(clauses)} ORDER BY d.doc_id, d.path""", params).fetchall()
    return [document_facts(conn, doc, period, amount) for doc in documents]


Condition = tuple[str, list]  # SQL on a fact table aliased `x`, and its parameters


def period_condition(where: FactFilter) -> Condition:
    """Periods overlapping the --during interval (every period without one)."""
    if not where.during:
        return "1", []
    first, last = parse_during(where.during)
    return "x.start_date <= ? AND x.end_date >= ?", [last, first]


def amount_condition(where: FactFilter) -> Condition:
    if where.min_amount is None:
        return "1", []
    return "x.value >= ?", [where.min_amount]


def document_conditions(conn: sqlite3.Connection, where: FactFilter, period: Condition,
                        amount: Condition) -> tuple[list[str], list]:
    """WHERE clauses on documents `d` for every filter given, and their parameters."""
    clauses, params = ["d.status = 'ok'"], []

    def require(clause: str, values: list) -> None:
        clauses.append(clause)
        params.extend(values)

    def has_fact(table: str, condition: str) -> str:
        return f"EXISTS (SELECT 1 FROM {table} x WHERE x.document_id = d.id AND {condition})"

    if where.org and (number := as_orgnr(where.org)):      # --org 808649-4070
        require(f"({has_fact('parties', 'x.orgnr = ?')} OR {has_fact('orgnrs', 'x.orgnr = ?')})",
                [number, number])
    elif where.org:
        names = matching_org_names(conn, where.org)
        marks = ", ".join("?" for _ in names) or "NULL"
        require(f"({has_fact('parties', f'x.name IN ({marks})')} "
                f"OR {has_fact('orgnrs', f'x.name IN ({marks})')})", names * 2)
    if where.orgnr:
        number = normalise_orgnr(where.orgnr)
        require(f"({has_fact('parties', 'x.orgnr = ?')} OR {has_fact('orgnrs', 'x.orgnr = ?')})",
                [number, number])
    if where.during:
        require(has_fact("periods", period[0]), period[1])
    if where.min_amount is not None:
        require(has_fact("amounts", amount[0]), amount[1])
    if where.doc_type:
        require("d.doc_type = ?", [where.doc_type])
    if where.authority:
        require("lower(d.authority) LIKE lower(?)", [f"%{where.authority}%"])
    return clauses, params


def document_facts(conn: sqlite3.Connection, doc: sqlite3.Row, period: Condition,
                   amount: Condition) -> DocumentFacts:
    """One matching document with its parties, and the periods and amounts that matched."""
    result = DocumentFacts(**{k: doc[k] for k in doc.keys() if k != "id"})
    result.parties = [dict(r) for r in conn.execute(
        "SELECT name, orgnr FROM parties WHERE document_id = ? ORDER BY id", (doc["id"],))]
    result.periods = [dict(r) for r in conn.execute(
        f"SELECT start_date AS start, end_date AS end, kind FROM periods x "
        f"WHERE document_id = ? AND {period[0]} ORDER BY start_date", [doc["id"], *period[1]])]
    result.amounts = [dict(r) for r in conn.execute(
        f"SELECT value, per FROM amounts x WHERE document_id = ? AND {amount[0]} ORDER BY id",
        [doc["id"], *amount[1]])]
    return result
