"""Evidence: where a fact was read — page, span in the repaired text, snippet, and the same
span in the original (pre-repair) text, mapped back through the logged OCR changes.

>>> from diarium.schemas import Change
>>> repaired = "Socialnämnden beslutar"
>>> original = "Socialndmnden beslutar"
>>> change = Change(page=1, line=1, start=0, end=13, new_start=0, new_end=13,
...                 original="Socialndmnden", replacement="Socialnämnden", confidence=0.9,
...                 reason="confusion ä←d")
>>> ev = evidence(repaired, 0, 22)
>>> ev.page, ev.snippet
(1, 'Socialnämnden beslutar')
>>> original_offset(14, [change])
14
>>> with_original([ev], original, [change])[0].original
'Socialndmnden beslutar'
"""
from __future__ import annotations

from collections.abc import Iterable

from diarium.text import page_of
from diarium.schemas import Change, Evidence


def evidence(text: str, start: int, end: int) -> Evidence:
    """Evidence for text[start:end], surrounding whitespace trimmed (original filled in later)."""
    span = text[start:end]
    start += len(span) - len(span.lstrip())
    end = max(start, end - (len(span) - len(span.rstrip())))
    return Evidence(page=page_of(text, start), start=start, end=end, snippet=text[start:end])


def original_offset(offset: int, changes: list[Change], *, at_end: bool = False) -> int:
    """Map an offset in the repaired text to the original text.

    Changes are sorted by new_start. An offset inside a replacement maps to the start (or,
    for a span end, the end) of the replaced original.
    """
    shift = 0
    for change in changes:
        if not change.applied:
            continue
        if change.new_end <= offset:
            shift = change.end - change.new_end
            continue
        if change.new_start < offset:
            return change.end if at_end else change.start
        break
    return offset + shift


def with_original(evidences: Iterable[Evidence], original: str | None,
                  changes: list[Change] | None) -> list[Evidence]:
    """Fill in the original snippet of each evidence (the repaired one when nothing changed)."""
    changes = sorted(changes or [], key=lambda c: c.new_start)
    out = []
    for ev in evidences:
        if original is None:
            ev.original = ev.snippet
        elif not changes:
            ev.original = original[ev.start:ev.end] if original[ev.start:ev.end] == ev.snippet else ev.snippet
        else:
            start = original_offset(ev.start, changes)
            end = original_offset(ev.end, changes, at_end=True)
            ev.original = original[start:end]
        out.append(ev)
    return out
