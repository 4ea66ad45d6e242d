"""structure stage: repaired text (and, when known, the page geometry) → `Structure`.

Layout is recovered once, here, and every later stage reads it: page furniture is found by
repetition across pages and by position, then attendance lists, signature blocks and tables
claim their lines, and what is left is cut into headings, sections (§ blocks, numbered and
named headings) and paragraphs. Every item has a span into the repaired text.

>>> structure = analyse("§ 12 Val av justerare\\nBeslut\\nNämnden utser Anna Berg (M).")
>>> [line.role for line in structure.lines]
['heading', 'heading', 'body']
>>> [(s.heading.text, [c.heading.name for c in s.children]) for s in structure.sections]
[('§ 12 Val av justerare', ['beslut'])]
"""
from __future__ import annotations

from diarium.schemas.document import Document
from diarium.schemas.structure import Structure
from diarium.structure.attendance import find_attendance
from diarium.structure.furniture import document_pages, find_furniture, first_pages
from diarium.structure.headings import find_headings
from diarium.structure.lines import page_spans, text_lines
from diarium.structure.sections import build_sections
from diarium.structure.signatures import find_signatures
from diarium.structure.tables import find_tables

__all__ = ["analyse"]


def analyse(text: str, document: Document | None = None) -> Structure:
    """The structure of a repaired text; `document` (same pages and lines) adds geometry."""
    lines = text_lines(text, document)
    furniture = find_furniture(lines)          # first: every later finder skips furniture
    attendance = find_attendance(lines)        # before tables: a list's columns look like one
    signatures = find_signatures(lines)
    tables = find_tables(lines)
    headings = find_headings(lines, document_pages(furniture))     # on the lines nobody claimed
    sections = build_sections(lines, headings, first_pages(furniture))
    return Structure(text_length=len(text), pages=page_spans(text), lines=lines, furniture=furniture,
                     sections=sections, tables=tables, attendance=attendance, signatures=signatures)
