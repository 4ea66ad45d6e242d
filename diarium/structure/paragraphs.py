"""Paragraphs: body lines that belong together, wrapped lines and hyphenation joined.

A paragraph runs on over page furniture and page breaks. It ends at a separating blank line
or at a table, attendance list or signature block (unless the sentence plainly runs on: no
full stop before, a small letter after), at a short line that ends a sentence, and where a list
item begins ("1.", "a)", "•", "-"): each item is its own paragraph with `item` set.

>>> from diarium.structure.body import body_view
>>> from diarium.structure.lines import text_lines
>>> view = body_view(text_lines("Nämnden beslutar att ingå ett partnerskap med föreningen för perioden\\n"
...                    "2024-2025 och att avsätta medel.\\nKostnaden ryms i budgeten.\\n"
...                    "1. att godkänna avtalet,\\n2. att uppdra åt förvaltnings-\\nchefen att teckna det."))
>>> [(p.item, p.text) for p in paragraphs_of(view, list(range(len(view))))]
[(None, 'Nämnden beslutar att ingå ett partnerskap med föreningen för perioden 2024-2025 och att avsätta medel.'), (None, 'Kostnaden ryms i budgeten.'), ('1', '1. att godkänna avtalet,'), ('2', '2. att uppdra åt förvaltningschefen att teckna det.')]
"""
from __future__ import annotations

from diarium.schemas.structure import Paragraph, Spanned, TextLine
from diarium.structure.body import BodyView, ends_open, ends_sentence, list_marker, own_text
from diarium.text import join_lines

SHORT_LINE = 0.75         # a line this much shorter than the body width ends its paragraph


def paragraphs_of(view: BodyView, body: list[int]) -> list[Paragraph]:
    """The paragraphs of the body lines `body` (indices into `view`, in order)."""
    paragraphs: list[Paragraph] = []
    group: list[TextLine] = []
    item: str | None = None
    previous = -1
    for k in body:
        line = view.line(k)
        marker = list_marker(own_text(line))
        if group and (marker is not None or _breaks(view, previous, k, item)):
            paragraphs.append(_paragraph(group, item))
            group, item = [], None
        if not group:
            item = marker[0] if marker is not None else None
        group.append(line)
        previous = k
    if group:
        paragraphs.append(_paragraph(group, item))
    return paragraphs


def _breaks(view: BodyView, previous: int, k: int, item: str | None) -> bool:
    """Does a new paragraph start at body line k, after body line `previous`?"""
    if previous != k - 1:
        return True                      # a heading stands between
    before, line = own_text(view.line(previous)), own_text(view.line(k)).lstrip()
    finished = ends_sentence(before)
    if not finished and not line[:1].isupper():
        return False                     # the sentence runs on, whatever stands between
    if not finished and view.gap_before[k] and not view.barrier_before[k] and ends_open(before):
        return False                     # "… del av" ⏎⏎ "Ekeby 2:2 …": a blank inside a sentence
    if view.gap_before[k] or view.barrier_before[k]:
        return True
    if item is not None:
        return finished and line[:1].isupper()
    width = view.width.get(view.line(previous).page, 0)
    return finished and (view.page_break_before[k] or len(before.rstrip()) < SHORT_LINE * width)


def _paragraph(group: list[TextLine], item: str | None) -> Paragraph:
    first, last = group[0], group[-1]
    return Paragraph(page=first.page, start=first.start + first.margin, end=last.end,
                     text=join_lines([own_text(line) for line in group]), item=item,
                     lines=[Spanned(page=line.page, start=line.start + line.margin, end=line.end) for line in group])
