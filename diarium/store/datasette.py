"""Datasette metadata for a diarium database, in Swedish: what each table and column holds,
the facets worth clicking, heavy columns hidden by default, and canned queries that read
like the questions researchers ask ("Avtal med en organisation", "Beslut per nämnd och år").

The database is served as an ordinary read-only file, never `immutable`: `diarium run` may
be writing it, and an immutable reader of a changing file sees torn pages ("database disk
image is malformed") and stale counts. SQLite's WAL gives every query a consistent
snapshot of the last committed documents instead.

>>> meta = metadata("arkiv")
>>> sorted(meta["databases"]["arkiv"]["queries"])[:3]
['avtal_med_organisation', 'avtal_under_ett_ar', 'belopp_minst']
>>> HIDDEN["documents"]
['path', 'sha256', 'record', 'pipeline_version', 'created_at', 'updated_at']
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

EVIDENCE = {
    "document_id": "dokumentet uppgiften lästes ur",
    "page": "sidan där uppgiften står (länk till sidans text)",
    "span_start": "början av belägget i dokumentets reparerade text (tecken)",
    "span_end": "slutet av belägget (exklusivt)",
    "snippet": "den reparerade text uppgiften lästes ur",
    "evidence": "alla belägg som JSON (sida, början, slut, utdrag, original)",
}

# Shown on a row's own page and in JSON/CSV, but not in the table view unless asked for.
HIDDEN = {
    # `path` is the resolved absolute path; `given_path` (as typed) is the one a reader scans
    "documents": ["path", "sha256", "record", "pipeline_version", "created_at", "updated_at"],
    "pages": ["raw_text"],
    "corrections": ["span_start", "span_end", "new_start", "new_end"],
    **{table: ["span_start", "span_end", "evidence"] for table in (
        "parties", "orgnrs", "periods", "amounts", "decisions", "dnr", "persons", "legal_refs")},
}

TABLES: dict[str, tuple[str, dict[str, str], list[Any]]] = {
    "documents": ("En rad per inläst fil: vad den är, vad som hittades i den och hur "
                  "bearbetningen gick.", {
        "path": "filen", "doc_id": "kort id (filnamnets början)",
        "sha256": "SHA-256 av filens bytes", "kind": "text, pdf-text, pdf-scan, image, hocr, alto",
        "pages": "antal sidor", "doc_type": "tjänsteutlåtande, avtal, protokoll, skrivelse ...",
        "authority": "nämnd eller styrelse", "date": "dokumentets eller sammanträdets datum",
        "title": "dokumentets rubrik", "mean_conf": "OCR-säkerhet i medel (0–1), tom utan OCR",
        "status": "ok eller failed", "error": "varför bearbetningen misslyckades",
        "pipeline_version": "diariums version av bearbetningen",
        "repaired": "OCR-texten reparerades", "changes": "antal reparationer",
        "facts": "antal uppgifter", "redacted": "personnummer maskerade",
        "redactions": "antal maskerade personnummer", "seconds": "bearbetningstid (s)",
        "record": "alla uppgifter som JSON (diarium extract --json)",
    }, ["doc_type", "authority", {"year": "date"}, "kind", "status"]),
    "pages": ("Varje sidas text, som den lästes och efter OCR-reparation (fritextsökbar).", {
        "number": "sidnummer", "source": "text, text-layer, ocr, hocr eller alto",
        "mean_conf": "sidans OCR-säkerhet i medel", "raw_text": "texten som den lästes",
        "repaired_text": "texten efter OCR-reparation",
    }, ["source"]),
    "corrections": ("OCR-reparationerna: varje ändring med skäl och säkerhet.", {
        "original": "före", "replacement": "efter",
        "reason": "varför, t.ex. 'confusion ä←d', 'hyphenation'",
        "applied": "0: bara loggad (under säkerhetströskeln)",
    }, ["reason", "applied"]),
    "parties": ("Organisationer som är part i avtalet eller partnerskapet.", {
        "name": "organisationens namn", "orgnr": "organisationsnummer NNNNNN-NNNN",
        "orgnr_valid": "organisationsnumrets kontrollsiffra stämmer",
        "public": "den offentliga parten (förvaltning, nämnd, kommun)",
    }, ["orgnr_valid", "public", "orgnr"]),
    "orgnrs": ("Alla organisationsnummer i texten, giltiga eller inte.", {
        "orgnr": "NNNNNN-NNNN", "orgnr_valid": "kontrollsiffran stämmer",
        "name": "namnet som står vid numret",
    }, ["orgnr_valid", "orgnr"]),
    "periods": ("Avtals-, partnerskaps- och uppdragsperioder med känd början och slut.", {
        "start_date": "första dagen", "end_date": "sista dagen",
        "kind": "partnerskap, avtal, samarbetsavtal, förlängning ...",
    }, ["kind", {"year": "start_date"}]),
    "amounts": ("Belopp i hela kronor.", {
        "value": "belopp (kr)", "currency": "SEK", "per": "vad beloppet gäller, t.ex. 'år'",
        "text": "beloppet som det står",
    }, ["per"]),
    "decisions": ("Förslag till beslut och fattade beslut.", {
        "number": "punktens nummer, tomt för ett enda beslut", "text": "beslutet",
    }, []),
    "dnr": ("Diarienummer i dokumentet.", {"dnr": "som det står, utan mellanslag"}, ["dnr"]),
    "persons": ("Namngivna personer med roll eller parti.", {
        "name": "personen", "role": "titel eller roll", "party": "partiförkortning",
    }, ["role", "party"]),
    "legal_refs": ("Hänvisningar till författningar: SFS-nummer, kapitel och paragraf.", {
        "sfs": "SFS-nummer, t.ex. 2018:672", "text": "hänvisningen som den står",
    }, ["sfs"]),
}

# The documents a fact belongs to are linked by title (Datasette's label column).
LABELS = {"documents": "title"}

# Documents naming an organisation (name contains, or orgnr in any spacing) as a party.
ORG_DOCUMENTS = """SELECT document_id FROM parties
  WHERE :organisation <> '' AND (name LIKE '%' || :organisation || '%'
     OR replace(orgnr, '-', '') = replace(replace(:organisation, '-', ''), ' ', ''))
UNION SELECT document_id FROM orgnrs
  WHERE :organisation <> '' AND (name LIKE '%' || :organisation || '%'
     OR replace(orgnr, '-', '') = replace(replace(:organisation, '-', ''), ' ', ''))"""

QUERIES: dict[str, dict[str, Any]] = {
    "avtal_med_organisation": {
        "title": "Avtal med en organisation (namn eller organisationsnummer)",
        "description": "Perioder och belopp i dokument där organisationen är part.",
        "sql": f"""SELECT d.id AS document_id, d.doc_id, d.title, d.doc_type, d.date,
  p.kind, p.start_date, p.end_date, p.page,
  (SELECT sum(a.value) FROM amounts a WHERE a.document_id = d.id) AS belopp_kr, d.path
FROM documents d LEFT JOIN periods p ON p.document_id = d.id
WHERE d.id IN ({ORG_DOCUMENTS})
ORDER BY p.start_date IS NULL, p.start_date, d.date""",
    },
    "avtal_under_ett_ar": {
        "title": "Vilka avtal hade en organisation (orgnr) ett visst år?",
        "sql": """SELECT d.id AS document_id, d.doc_id, d.title, d.doc_type, d.date, p.kind,
  p.start_date, p.end_date, p.page,
  (SELECT sum(a.value) FROM amounts a WHERE a.document_id = d.id) AS belopp_kr, d.path
FROM documents d JOIN periods p ON p.document_id = d.id
WHERE d.id IN (SELECT document_id FROM parties WHERE orgnr = :orgnr
               UNION SELECT document_id FROM orgnrs WHERE orgnr = :orgnr)
  AND p.start_date <= :år || '-12-31' AND p.end_date >= :år || '-01-01'
ORDER BY p.start_date, d.doc_id""",
    },
    "beslut_per_namnd_och_ar": {
        "title": "Beslut per nämnd och år",
        "sql": """SELECT coalesce(d.authority, '(okänd nämnd)') AS nämnd,
  substr(d.date, 1, 4) AS år, count(DISTINCT d.id) AS dokument, count(x.id) AS beslut
FROM documents d JOIN decisions x ON x.document_id = d.id
WHERE d.status = 'ok'
GROUP BY nämnd, år ORDER BY nämnd, år""",
    },
    "beslut_i_en_namnd": {
        "title": "Vad beslutade en nämnd?",
        "sql": """SELECT d.id AS document_id, d.date, d.authority, x.number, x.text, x.page
FROM decisions x JOIN documents d ON d.id = x.document_id
WHERE d.authority LIKE '%' || :nämnd || '%' ORDER BY d.date, d.doc_id, x.number""",
    },
    "belopp_minst": {
        "title": "Vilka belopp är minst en viss summa, och till vem?",
        "sql": """SELECT d.id AS document_id, a.value AS belopp_kr, a.per, a.snippet, a.page,
  (SELECT group_concat(x.name, '; ') FROM parties x
   WHERE x.document_id = d.id AND x.public = 0) AS organisationer
FROM amounts a JOIN documents d ON d.id = a.document_id
WHERE a.value >= CAST(:kronor AS INTEGER) ORDER BY a.value DESC""",
    },
    "belopp_per_organisation_och_ar": {
        "title": "Belopp per organisation och år",
        "sql": """SELECT x.name AS organisation, x.orgnr, substr(coalesce(d.date, p.start_date), 1, 4) AS år,
  sum(a.value) AS belopp_kr, count(DISTINCT d.id) AS dokument
FROM parties x JOIN documents d ON d.id = x.document_id
JOIN amounts a ON a.document_id = d.id
LEFT JOIN periods p ON p.id = (SELECT min(id) FROM periods WHERE document_id = d.id)
WHERE x.public = 0
GROUP BY organisation, x.orgnr, år ORDER BY organisation, år""",
    },
    "ogiltiga_organisationsnummer": {
        "title": "Organisationsnummer vars kontrollsiffra inte stämmer",
        "sql": """SELECT o.orgnr, o.name, o.document_id, o.page, o.snippet
FROM orgnrs o WHERE o.orgnr_valid = 0 ORDER BY o.orgnr""",
    },
    "sok_i_texten": {
        "title": "Sök i texten (å, ä och ö är egna bokstäver)",
        "sql": """SELECT p.document_id, p.number AS page,
  snippet(pages_fts, 0, '[', ']', '…', 12) AS utdrag, d.title
FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid JOIN documents d ON d.id = p.document_id
WHERE pages_fts MATCH :text ORDER BY rank LIMIT 100""",
    },
    "misslyckade": {
        "title": "Vilka filer kunde inte läsas, och varför?",
        "sql": "SELECT path, error, updated_at FROM documents WHERE status = 'failed' ORDER BY path",
    },
}


def table_metadata(name: str) -> dict[str, Any]:
    description, columns, facets = TABLES[name]
    hidden = HIDDEN.get(name, [])
    if hidden:
        description += (f" Dolda kolumner ({', '.join(hidden)}) visas på radens sida, i JSON "
                        "och CSV, och i tabellen med tabellmenyns ”Visa alla kolumner”.")
    entry: dict[str, Any] = {"description": description,
                             "columns": columns | (EVIDENCE if name not in ("documents", "pages")
                                                   else {})}
    if facets:
        entry["facets"] = facets
    if name in LABELS:
        entry["label_column"] = LABELS[name]
    return entry


def metadata(database_name: str) -> dict[str, Any]:
    """Datasette metadata for a database served under `database_name` (its file stem)."""
    tables = {name: table_metadata(name) for name in TABLES}
    tables["pages"] |= {"fts_table": "pages_fts", "fts_pk": "id"}
    tables["documents"]["sort_desc"] = "date"
    # The question first; its SQL is one click away ("show").
    queries = {name: query | {"hide_sql": True} for name, query in QUERIES.items()}
    for hidden in ("pages_fts", "pages_folded_fts"):
        tables[hidden] = {"hidden": True}
    return {
        "title": "diarium",
        "description": "Svenska offentliga handlingar: text, OCR-reparationer och uppgifter "
                       "med belägg. Tidslinje: /-/tidslinje",
        "databases": {database_name: {"tables": tables, "queries": queries}},
    }


def serve_arguments(db: Path, metadata_file: Path, host: str, port: int) -> list[str]:
    """Arguments for `datasette serve`: the file opened read-only (not immutable, see above).
    Nothing is writable: Datasette opens the file `mode=ro`, and no actor may write."""
    return ["serve", str(db), "--host", host, "--port", str(port),
            "--metadata", str(metadata_file),
            "--setting", "sql_time_limit_ms", "5000",
            "--setting", "default_facet_size", "15",
            "--setting", "truncate_cells_html", "300"]
