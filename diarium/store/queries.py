"""Questions researchers ask of the store: full-text search here; facts by
organisation/period/amount are in `fact_queries`, failures and arbitrary read-only SQL in
`readonly`.

>>> fts_query("år 2020")
'"år" "2020"'
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from diarium.store.readonly import BadQueryArgument


@dataclass
class Hit:
    path: str
    doc_id: str | None
    page: int
    snippet: str
    rank: float


def fts_query(text: str) -> str:
    """Plain words → an FTS5 query matching all of them; each word quoted, so '-' or ':' in
    a dnr or orgnr is not read as FTS syntax."""
    words = re.findall(r"[^\s\"]+", text)
    return " ".join(f'"{w}"' for w in words)


def search(conn: sqlite3.Connection, text: str, *, folded: bool = False,
           limit: int = 50) -> list[Hit]:
    """Pages whose repaired text contains every word of `text` (å, ä, ö kept distinct).

    `folded=True` searches raw and repaired text with diacritics folded, so "ar" also finds
    "år" and "är" (and OCR's "ar" for either).
    """
    table = "pages_folded_fts" if folded else "pages_fts"
    query = fts_query(text)
    if not query:
        raise BadQueryArgument(None, "empty search")
    # Private markers first, so a '[' in the text is not taken for a highlight.
    repaired_column = 1 if folded else 0
    rows = conn.execute(f"""
        SELECT coalesce(d.given_path, d.path) AS path, d.doc_id, p.number AS page, {table}.rank AS rank,
               snippet({table}, {repaired_column}, char(1), char(2), '…', 12) AS repaired,
               snippet({table}, 0, char(1), char(2), '…', 12) AS raw
        FROM {table} JOIN pages p ON p.id = {table}.rowid JOIN documents d ON d.id = p.document_id
        WHERE {table} MATCH ? ORDER BY rank LIMIT ?""", (query, limit)).fetchall()
    hits = []
    for row in rows:
        # A folded match may be in the unrepaired text only; show that snippet then.
        snippet = row["repaired"] if "\x01" in row["repaired"] else row["raw"]
        hits.append(Hit(row["path"], row["doc_id"], row["page"],
                        snippet.replace("\x01", "[").replace("\x02", "]"), row["rank"]))
    return hits
