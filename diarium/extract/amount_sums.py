"""A figure of a form's money column that OCR damaged past reading ("T1;:982" for 11 982),
put back from the form's own sum.

A money column lists its items and closes them with a printed sum ("= 72.908"). When exactly
one item between the previous sum and this one is a damaged figure — a cell ending in three
digits with letters or punctuation before them — the item is the sum less the others, taken
only when it ends in the digits OCR kept and has no more digits than the damaged cell's
characters.

>>> figures = [(19511, "", 0, 6), (982, "?", 10, 17), (8450, "", 20, 25), (22565, "", 30, 36),
...            (10400, "", 40, 46), (72908, "=", 50, 56)]
>>> [v for v, _, _, _ in summed_cells(figures)]
[19511, 11982, 8450, 22565, 10400, 72908]
>>> summed_cells([(500, "", 0, 3), (982, "?", 10, 17), (1000, "=", 20, 25)])[1][1]      # 500 ends not in 982
'?'
"""
from __future__ import annotations

import re

# A damaged figure ending its line: a few characters, a digit among them and something that is
# no digit or separator, then three digits.
DAMAGED = re.compile(r"(?:^|(?<=\s))(?P<raw>(?=\S*[^\d\s.,])[^\s]{1,5}(?P<tail>\d{3}))[ \t]*$")
DAMAGED_OP = "?"
ITEM_OPS = {"", "-", "−", "–", "«"}


def damaged(line: str) -> tuple[int, str, int, int] | None:
    """(the digits kept, '?', start, end) of a damaged figure that ends `line`."""
    match = DAMAGED.search(line)
    if not match or not any(c.isdigit() for c in match.group("raw")[:-3]):
        return None                     # a word or code before the digits ("nr982"), no figure
    return int(match.group("tail")), DAMAGED_OP, match.start("raw"), match.end("raw")


def summed_cells(figures: list[tuple[int, str, int, int]]) -> list[tuple[int, str, int, int]]:
    """The figures with each damaged item that its sum explains read as the sum requires."""
    figures = list(figures)
    start = 0
    for k, (total, op, _, _) in enumerate(figures):
        if op != "=":
            continue
        items = range(start, k)
        start = k + 1
        broken = [i for i in items if figures[i][1] == DAMAGED_OP]
        if len(broken) != 1 or any(figures[i][1] not in ITEM_OPS for i in items if i != broken[0]):
            continue
        i = broken[0]
        wanted = total - sum(figures[j][0] for j in items if j != i)
        kept, _, begin, end = figures[i]
        if wanted > 0 and str(wanted).endswith(f"{kept:03d}") and len(str(wanted)) <= end - begin:
            figures[i] = (wanted, "", begin, end)
    return figures
