"""What the timeline shows, read from the store: each organisation's agreement periods, and
the amounts its documents name, per year.

An organisation is known by its organisationsnummer where one is printed and valid, by its
name otherwise; a name printed with a valid number anywhere in the store takes that number
everywhere. The same period of the same organisation read from several documents (the
decision, the agreement, a copy) is one bar listing them all; the same sum for the same
organisation and year is counted once.

>>> organisation_key("Ekeby stadsmission", "808649-4070", True)
'808649-4070'
>>> organisation_key("Ekeby stadsmission", None, None)
'ekeby stadsmission'
>>> year_of("2021-03-15"), year_of(None), year_of("okänt")
('2021', None, None)
"""
from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from diarium.store.fact_queries import matching_org_names, normalise_orgnr


@dataclass
class TimelineFilter:
    org: str | None = None         # organisation name, matched as `diarium facts --org` does
    orgnr: str | None = None       # organisationsnummer, any spacing


@dataclass
class Source:
    document_id: int
    label: str                     # the document's title, or its id
    page: int | None


@dataclass
class Bar:
    organisation: str              # display label: "Name (orgnr)"
    orgnr: str | None
    start: str
    end: str
    kind: str
    sources: list[Source] = field(default_factory=list)


@dataclass
class YearAmount:
    organisation: str
    year: str
    kronor: int
    sources: list[Source] = field(default_factory=list)


@dataclass
class Timeline:
    bars: list[Bar]
    amounts: list[YearAmount]
    where: TimelineFilter

    @property
    def organisations(self) -> list[str]:
        return sorted({b.organisation for b in self.bars} | {a.organisation for a in self.amounts})


def organisation_key(name: str, orgnr: str | None, valid: bool | None) -> str:
    return orgnr if orgnr and valid else " ".join(name.casefold().split())


def year_of(day: str | None) -> str | None:
    return day[:4] if day and re.match(r"\d{4}", day) else None


PARTY_ROWS = """
SELECT x.name, x.orgnr, x.orgnr_valid, d.id AS document_id,
       coalesce(d.title, d.doc_id, d.path) AS label, d.date
FROM parties x JOIN documents d ON d.id = x.document_id AND d.status = 'ok'
WHERE x.public = 0 {condition}"""


def party_rows(conn: sqlite3.Connection, where: TimelineFilter) -> list[sqlite3.Row]:
    """The non-public parties of every document, narrowed by the filter."""
    condition, params = "", []
    if where.org:
        names = matching_org_names(conn, where.org)
        condition += f" AND x.name IN ({', '.join('?' for _ in names) or 'NULL'})"
        params += names
    if where.orgnr:
        condition += " AND x.orgnr = ?"
        params.append(normalise_orgnr(where.orgnr))
    conn.row_factory = sqlite3.Row
    return conn.execute(PARTY_ROWS.format(condition=condition), params).fetchall()


def organisation_labels(rows: list[sqlite3.Row], numbers: dict[str, str]) -> dict[str, str]:
    """Key → "most common name (orgnr)"."""
    names: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        names[key_of(row, numbers)][row["name"]] += 1
    return {key: (f"{counts.most_common(1)[0][0]} ({key})" if re.fullmatch(r"\d{6}-\d{4}", key)
                  else counts.most_common(1)[0][0]) for key, counts in names.items()}


def key_of(row: sqlite3.Row, numbers: dict[str, str]) -> str:
    key = organisation_key(row["name"], row["orgnr"], row["orgnr_valid"])
    return numbers.get(key, key)


def name_numbers(conn: sqlite3.Connection) -> dict[str, str]:
    """Folded name → the valid orgnr printed with it somewhere in the store."""
    return {organisation_key(name, None, None): orgnr for name, orgnr in conn.execute(
        "SELECT name, orgnr FROM parties WHERE orgnr_valid = 1 AND orgnr IS NOT NULL")}


def timeline(conn: sqlite3.Connection, where: TimelineFilter | None = None) -> Timeline:
    """Agreement periods per organisation and amounts per organisation and year."""
    where = where or TimelineFilter()
    rows = party_rows(conn, where)
    numbers = name_numbers(conn)
    labels = organisation_labels(rows, numbers)
    bars: dict[tuple, Bar] = {}
    amounts: dict[tuple, YearAmount] = {}
    for row in rows:
        key = key_of(row, numbers)
        label, orgnr = labels[key], key if re.fullmatch(r"\d{6}-\d{4}", key) else None
        for start, end, kind, page in conn.execute(
                "SELECT start_date, end_date, coalesce(kind, 'period'), page FROM periods "
                "WHERE document_id = ?", (row["document_id"],)):
            bar = bars.setdefault((key, start, end, kind), Bar(label, orgnr, start, end, kind))
            add_source(bar.sources, Source(row["document_id"], row["label"], page))
        first = conn.execute("SELECT min(start_date) FROM periods WHERE document_id = ?",
                             (row["document_id"],)).fetchone()[0]
        year = year_of(row["date"]) or year_of(first)
        if year is None:
            continue
        for value, page in conn.execute("SELECT value, page FROM amounts WHERE document_id = ?",
                                        (row["document_id"],)):
            amount = amounts.setdefault((key, year, value), YearAmount(label, year, value))
            add_source(amount.sources, Source(row["document_id"], row["label"], page))
    return Timeline(sorted(bars.values(), key=lambda b: (b.organisation, b.start, b.end)),
                    sorted(amounts.values(), key=lambda a: (a.organisation, a.year)), where)


def add_source(sources: list[Source], source: Source) -> None:
    if all(s.document_id != source.document_id for s in sources):
        sources.append(source)


def yearly_totals(amounts: list[YearAmount]) -> list[tuple[str, str, int]]:
    """(organisation, year, kronor): the distinct sums per organisation and year added up."""
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for amount in amounts:
        totals[(amount.organisation, amount.year)] += amount.kronor
    return [(org, year, total) for (org, year), total in sorted(totals.items())]
