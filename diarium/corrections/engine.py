"""Repairing a document: its pages, their modes, and the text and change log assembled.

The page decides the channel: a page with no å/ä/ö left ("lost") uses the costs learned
from English-model OCR, others those of Swedish-model OCR (`page_mode`); a short page takes
the mode of the whole document. Each page's lines go through the rules (`lines.py`); the
edits are applied to the text with exactly the input's lines and pages, and every edit,
applied or only logged (below the confidence threshold), becomes a `Change` with offsets in
both texts.

>>> page_mode("Forvaltningens forslag till beslut om verksamhet for barn och unga."), page_mode(
...     "Förvaltningens förslag till beslut om verksamhet för barn och unga.")
('lost', 'kept')
>>> text, changes = repair("Forvaltningens forslag till beslut om verksamhet for barn.")
>>> text, changes[0].reason
('Förvaltningens förslag till beslut om verksamhet för barn.', 'confusion ö←o')
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from diarium.corrections.config import DEFAULT, RepairConfig
from diarium.corrections.context import LineEdit, match_case  # (bench/correct.py reads it here)
from diarium.corrections.lines import DocumentEvidence, LineConfs, repair_lines
from diarium.corrections.repairer import Repairer
from diarium.language.letters import SWEDISH_LETTERS
from diarium.schemas import Change, Document

__all__ = ["Repairer", "match_case", "page_mode", "repair", "repair_document"]


def page_mode(text: str, config: RepairConfig = DEFAULT) -> str:
    """'lost' when no å/ä/ö survives on a page long enough to expect some."""
    return mode_of(letter_counts(text), config)


def letter_counts(text: str) -> tuple[int, int]:
    """(letters, of which å/ä/ö) of a text."""
    return sum(map(str.isalpha, text)), sum(map(text.count, SWEDISH_LETTERS))


def mode_of(counts: tuple[int, int], config: RepairConfig = DEFAULT) -> str:
    """`page_mode` of a text with these `letter_counts`."""
    letters, swedish = counts
    if letters >= config.lost_min_letters and swedish <= letters * config.lost_max_swedish_share:
        return "lost"
    return "kept"


def repair_document(texts: list[str], confs: list[LineConfs] | None, repairer: Repairer,
                    min_confidence: float, join_hyphenation: bool = True,
                    ) -> tuple[str, list[Change]]:
    """The repaired text of the pages `texts` and its change log."""
    pages = [t.split("\n") for t in texts]
    evidence = DocumentEvidence.of([line for lines in pages for line in lines], repairer.lex)
    config = repairer.config
    counts = [letter_counts(text) for text in texts]
    # a short page takes the whole document's mode (the line breaks joining it count nothing)
    whole = mode_of((sum(c[0] for c in counts), sum(c[1] for c in counts)), config)
    page_edits = []
    for p, lines in enumerate(pages):
        long_enough = counts[p][0] >= config.page_mode_min_letters
        mode = mode_of(counts[p], config) if long_enough else whole
        page_edits.append(repair_lines(lines, confs[p] if confs else None, mode, repairer,
                                       min_confidence, join_hyphenation, evidence))
    return apply_edits(pages, page_edits)


def apply_edits(pages: list[list[str]], page_edits: list[list[list[LineEdit]]],
                ) -> tuple[str, list[Change]]:
    """Assemble the repaired text and the change log from per-line edits."""
    out_pages: list[str] = []
    changes: list[Change] = []
    in_offset = out_offset = 0
    for p, (lines, edits) in enumerate(zip(pages, page_edits)):
        out_lines = []
        for li, (line, line_edits) in enumerate(zip(lines, edits)):
            new_line = _apply_line(line, line_edits, (p + 1, li + 1), (in_offset, out_offset),
                                   changes) if line_edits else line
            out_lines.append(new_line)
            in_offset += len(line) + 1
            out_offset += len(new_line) + 1
        out_pages.append("\n".join(out_lines))
    return "\f".join(out_pages), changes


def _apply_line(line: str, edits: list[LineEdit], where: tuple[int, int],
                offsets: tuple[int, int], changes: list[Change]) -> str:
    """The line with its applied edits; each edit logged in `changes`. `where`: (page, line),
    1-based; `offsets`: the line's start in the input and in the output text."""
    pieces: list[str] = []
    cursor, out_length = 0, 0
    for edit in sorted(edits, key=lambda e: e.start):
        piece = line[cursor:edit.start]
        pieces.append(piece)
        out_length += len(piece)
        new_start = offsets[1] + out_length
        text = edit.replacement if edit.applied else edit.original
        pieces.append(text)
        out_length += len(text)
        cursor = edit.end
        if edit.reason == "hyphenation" and not edit.replacement:
            continue    # the consumed second half is logged with the first half
        changes.append(_change(edit, where, offsets[0], new_start))
    pieces.append(line[cursor:])
    return "".join(pieces)


def _change(edit: LineEdit, where: tuple[int, int], line_start: int, new_start: int) -> Change:
    original, replacement = edit.original, edit.replacement
    if edit.spill:  # one change spanning the line break it keeps
        original += "\n" + edit.spill
        replacement += "\n"
    return Change(
        page=where[0], line=where[1], start=line_start + edit.start,
        end=line_start + edit.start + len(original), new_start=new_start,
        new_end=new_start + (len(replacement) if edit.applied else len(original)),
        original=original, replacement=replacement,
        confidence=edit.confidence, reason=edit.reason, applied=edit.applied)


_repairers: dict[RepairConfig, Repairer] = {}


def default_repairer(config: RepairConfig = DEFAULT) -> Repairer:
    """One shared repairer per configuration: its caches serve every document."""
    found = _repairers.get(config)
    if found is None:
        found = _repairers[config] = Repairer(config=config)
    return found


def repair(source: str | Document, *, min_confidence: float = 0.5,
           join_hyphenation: bool = True, repairer: Repairer | None = None,
           config: RepairConfig | None = None) -> tuple[str, list[Change]]:
    """Repair a text (pages separated by form feeds) or an ingested `Document` (whose OCR
    word confidences then move the threshold). `config` tunes a shared repairer; a given
    `repairer` brings its own."""
    repairer = repairer or default_repairer(config or DEFAULT)
    texts, confs = _pages(source)
    with gc_paused():
        return repair_document(texts, confs, repairer, min_confidence, join_hyphenation)


def _pages(source: str | Document) -> tuple[list[str], list[LineConfs] | None]:
    """The page texts, and the OCR word confidences per page, line and word if any."""
    if not isinstance(source, Document):
        return source.split("\f"), None
    texts = [page.text for page in source.pages] or [""]
    confs = [[[w.conf for w in line.words] for line in page.lines] for page in source.pages]
    if not any(c is not None for page in confs for line in page for c in line):
        return texts, None
    return texts, confs


@contextmanager
def gc_paused() -> Iterator[None]:
    """Repair makes many short-lived objects and no cycles; in a process holding a large
    heap (a store, a spaCy model) each full cyclic collection they trigger walks all of it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                # Hand what survived to the oldest generation without a collection walking
                # it (freeze and unfreeze only splice lists, and reset the young count).
                gc.freeze()
                gc.unfreeze()
            gc.enable()
