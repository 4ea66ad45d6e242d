"""`diarium extract FILE... [--json]` and `diarium schema`: facts with evidence, and their shape."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from diarium.api import extract as extract_record
from diarium.commands.output import report
from diarium.errors import EXIT_INPUT_FAILED, DiariumError
from diarium.ingest import load
from diarium.redact import redact_document, redact_text
from diarium.schemas import Record


def redacted_record(path: Path, repair: bool | None) -> Record:
    """The record of a file read with every personnummer masked before any stage sees it,
    and masked again in what the stages made of it (a number OCR repair put together)."""
    document, redactor = redact_document(load(path))
    record = extract_record(document, repair=repair)
    return Record.model_validate(redactor.value(record.model_dump(mode="json")))


def extract(
    files: list[Path] = typer.Argument(..., help="Documents to read (any input `diarium ingest` reads)."),
    json_out: bool = typer.Option(False, "--json", help="Print the fact record as JSON (FACTS_SCHEMA shape)."),
    no_repair: bool = typer.Option(False, "--no-repair", help="Skip OCR repair even for OCR text."),
    evidence: bool = typer.Option(True, "--evidence/--no-evidence", help="Include evidence in the JSON."),
    redact_personnummer: bool = typer.Option(False, "--redact-personnummer",
                                             help="Mask personnummer and samordningsnummer in "
                                                  "the output, file names included."),
) -> None:
    """Extract facts — parties, organisationsnummer, periods, amounts, decisions, diarienummer,
    persons, statute references, document type, authority and date — each with evidence.

    Examples:

      diarium extract samples/004_f6c9172673e2488b.txt

      diarium extract --json scan.pdf | jq '.parties'

      diarium extract --json --no-evidence samples/*.txt

      diarium extract --json --redact-personnummer akt.pdf
    """
    failed = 0
    for path in files:
        repair = False if no_repair else None
        try:
            record = (redacted_record(path, repair) if redact_personnummer
                      else extract_record(path, repair=repair))
        except DiariumError as err:
            if redact_personnummer:
                report(redact_text(err.reason)[0], redact_text(err.path or str(path))[0])
            else:
                report(err, str(path))
            failed += 1
            continue
        if json_out:
            data = record.model_dump(mode="json")
            if not evidence:
                data = strip_evidence(data)
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=None if len(files) > 1 else 2) + "\n")
        else:
            print_summary(record)
    if failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


def schema() -> None:
    """Print the JSON Schema of the fact record `diarium extract --json` emits."""
    sys.stdout.write(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


def strip_evidence(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: strip_evidence(v) for k, v in data.items()
                if k not in ("evidence", "scalar_evidence", "dnr_facts")}
    if isinstance(data, list):
        return [strip_evidence(v) for v in data]
    return data


def print_summary(record: Record) -> None:
    console = Console()
    console.print(f"[bold]{record.source or record.doc_id}[/bold]  {record.doc_type or '-'}"
                  f"  {record.authority or '-'}  {record.date or ''}")
    if record.title:
        console.print(f"[italic]{record.title}[/italic]")
    if record.dnr:
        console.print("Dnr: " + ", ".join(record.dnr))
    table = Table("fact", "value", "page", show_lines=False)

    def page(fact) -> str:
        return str(fact.evidence[0].page) if fact.evidence else ""

    for party in record.parties:
        orgnr = (f" {party.orgnr}" + ("" if party.orgnr_valid in (None, True) else " (invalid)")
                 if party.orgnr else "")
        table.add_row("party", f"{party.name}{orgnr}", page(party))
    for period in record.periods:
        table.add_row("period", f"{period.start} – {period.end} ({period.kind})", page(period))
    for amount in record.amounts:
        table.add_row("amount", f"{amount.value:,} kr".replace(",", " ")
                      + (f" per {amount.per}" if amount.per else ""), page(amount))
    for decision in record.decisions:
        table.add_row("decision", (f"{decision.number}. " if decision.number else "") + decision.text,
                      page(decision))
    for person in record.persons:
        extra = ", ".join(x for x in (person.role, f"({person.party})" if person.party else None) if x)
        table.add_row("person", f"{person.name}" + (f", {extra}" if extra else ""), page(person))
    for ref in record.legal_refs:
        table.add_row("statute", ref.text + (f" [SFS {ref.sfs}]" if ref.sfs else ""), page(ref))
    console.print(table)
