"""A table row in a text dump: a label, then bare numbers to the end of the line, and how
those numbers split into the table's cells.

A thousands group is one space and three digits, but OCR and narrow layouts also keep one
space between two cells ("590 615" under "2025 2026"), so the row is read as exactly as many
numbers as the table has columns when that count is known — unless the row leaves cells empty:
its figures, read by their groups, are then of the size the table's full rows print.

>>> [v for v, _, _ in grouped("418 383 438 829 461961", 3)]
['418383', '438829', '461961']
>>> [v for v, _, _ in grouped("– 1 930 976 – 1 867 968", 2)]       # a minus set apart
['-1930976', '-1867968']
>>> [v for v, _, _ in grouped("-1 959 644 1 467 391", 5, digits=7)]    # three cells empty
['-1959644', '1467391']
>>> [v for v, _, _ in grouped("25 390 740 238 -2 631", 4, digits=3)]
['25390', '740', '238', '-2631']
"""
from __future__ import annotations

import re

# A table row: a label, then numbers to the end of the line ("Personal   2 450   2 520"; OCR
# keeps one space: "Personal 2450 2520"; "Summa 3450-3560").
ROW = re.compile(r"^\s*(?P<label>(?:\S.*?[^\d\s.,:;–−-])?)\s*(?P<cells>[-−–]?\s?\d[\d \u00a0\t,.:−–-]*?)\s*$")
# A minus sign may stand apart from its figure ("– 1 930 976"), never after a digit (a range).
TOKEN = re.compile(r"(?P<gap>[\s.:−–-]*?)(?P<sign>(?<![\d\s])[-−–] ?|(?<=\s)[-−–] ?(?=\d))?(?P<digits>\d+(?:,\d+)?)")

Token = tuple[str, str, int, int]        # (gap before, digits with sign, start, end)


def continues(number: list[Token], token: Token) -> bool:
    """Whether `token` is the next thousands group of `number` ("2 450": "450" after "2")."""
    gap, digits = token[0], token[1]
    groups = [t[1] for t in number]
    return gap in (" ", "\u00a0", ".", ":") and len(digits.split(",")[0]) == 3 and digits[0] != "-" \
        and "," not in groups[-1] and len(groups[0].lstrip("-")) <= 3 and all(len(g) == 3 for g in groups[1:])


def split_row(tokens: list[Token], columns: int) -> list[list[Token]] | None:
    """The row's tokens as exactly `columns` numbers, None when they cannot make that many.
    Of the ways that fit, the one whose longest number is shortest: the figures of one row
    are of one size ("25 390 740 238 -2 631" under four years: 25 390 | 740 | 238 | -2 631)."""
    best: dict[tuple[int, int], tuple[int, list[int]]] = {}

    def split(i: int, left: int) -> tuple[int, list[int]] | None:
        """(longest number, cut points) of tokens[i:] as `left` numbers."""
        if i == len(tokens) or left == 0:
            return (0, []) if i == len(tokens) and left == 0 else None
        if (i, left) not in best:
            options, j = [], i + 1
            while True:
                rest = split(j, left - 1)
                if rest is not None:
                    size = len("".join(t[1] for t in tokens[i:j]).lstrip("-"))
                    options.append((max(size, rest[0]), [j, *rest[1]]))
                if j == len(tokens) or not continues(list(tokens[i:j]), tokens[j]):
                    break
                j += 1
            best[i, left] = min(options, key=lambda o: o[0]) if options else (-1, [])
        return best[i, left] if best[i, left][0] >= 0 else None

    found = split(0, columns)
    if found is None:
        return None
    cuts = [0, *found[1]]
    return [list(tokens[a:b]) for a, b in zip(cuts, cuts[1:])]


def natural(tokens: list[Token]) -> list[list[Token]]:
    """The tokens read by their thousands groups alone: a three-digit group after one space
    continues the number before it."""
    numbers: list[list[Token]] = []
    for token in tokens:
        if numbers and continues(numbers[-1], token):
            numbers[-1].append(token)
        else:
            numbers.append([token])
    return numbers


def size(numbers: list[list[Token]]) -> int:
    """Digits of the longest number (its integer part)."""
    return max(len("".join(t[1] for t in n).lstrip("-").split(",")[0]) for n in numbers)


def short_row(tokens: list[Token], columns: int, digits: int) -> list[list[Token]] | None:
    """A row whose groups fill fewer cells than the table has: it may leave cells empty. Of the
    ways to read it as `columns` numbers or fewer, the one whose figures are on average nearest
    the size the table's full rows print (more cells first when two are as near)."""
    ways = [way for k in range(columns, 0, -1) for way in [split_row(tokens, k)] if way]
    return min(ways, key=lambda way: sum(abs(size([n]) - digits) for n in way) / len(way)) if ways else None


def grouped(cells: str, columns: int | None, digits: int | None = None) -> list[tuple[str, int, int]]:
    """The numbers in a row's cells: "2 450   2 520" → 2450, 2520. A three-digit group after one
    space continues the number before it, unless the table's column count says otherwise
    ("590 615" under "2025 2026" is two numbers). A row that cannot fill its columns keeps
    only the numbers clear of a speck that broke a cell ("55:39 25 925" under four years)."""
    tokens = [(m.group("gap"), (m.group("sign") and "-" or "") + m.group("digits"),
               m.start("sign") if m.group("sign") else m.start("digits"), m.end())
              for m in TOKEN.finditer(cells)]
    numbers = split_row(tokens, columns) if columns else None
    if numbers is not None and columns and digits and len(natural(tokens)) < columns:
        numbers = short_row(tokens, columns, digits)
    if numbers is None:
        numbers = natural(tokens)
        if columns and len(numbers) > columns:
            numbers = [n for k, n in enumerate(numbers) if not specked(numbers, k)]
    return [("".join(t[1] for t in n), n[0][2], n[-1][3]) for n in numbers]


def specked(numbers: list[list[Token]], k: int) -> bool:
    """Whether a speck (":" or "." that joined nothing) stands right before or after number k."""
    after = numbers[k + 1][0][0] if k + 1 < len(numbers) else ""
    return bool(set(numbers[k][0][0] + after) & {":", "."})


