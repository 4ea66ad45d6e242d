"""Rule: a punctuation mark standing alone inside or at the end of a line is the OCR's.

Swedish typesetting sets ";" and "." close to the word before them, and a short run of
underscores ("_", "__") is no word: standing apart between words or at a line's end they
are specks, column rules and table borders the OCR read as glyphs ("16:05-17:20 ;",
"Norrby _ förskola", "bifall. . Det"; a full stop after a number may close a
section number, "3.2 .", and stays). The mark and the space before it go. A line of its own, a
fill-in line ("Underskrift ____________") and a mark glued to a word stay; "|" and "=" stay
too, as a page prints them as separators ("Ekeby kommun | 0300-00 00 00", "B = beslut").
A spaced colon stays: writers type it ("målet är att :", "Datum : 2024") and it carries
meaning (a label, a list to come), so removing it would harm a right text.

A "|" standing apart at the end of a line stays: on a scan it may be the page's edge, but in a
text dump it is a table's cell border ("1. |" / "Årsredovisning |" / "Riksdagen beslutar …"),
and removing it joins a table's cells into one paragraph.

>>> [(e.original, e.replacement) for e in stray_mark_edits("klockan 16:05-17:20 ;")]
[(' ;', '')]
>>> [(e.original, e.replacement) for e in stray_mark_edits("förslag : Teknik _ föreslår att :")]
[(' _', '')]
>>> stray_mark_edits("Datum: 2024; se § 3 | Ekeby") + stray_mark_edits("Namn ____________")
[]
>>> [(e.original, e.replacement) for e in stray_mark_edits("bifall. . Det ar . bra 3.2 .")]
[(' .', ''), (' .', '')]
>>> stray_mark_edits(": ;")
[]
"""
from __future__ import annotations

import re

from diarium.corrections.context import LineEdit

STRAY = re.compile(r"(?<=[^\s;:_])( ;| _{1,2})(?=\s|$)|(?<=[^\W\d_]|\.)( \.)(?=\s|$)")
STRAY_CONFIDENCE = 0.9
# "|" standing for the word "i" between words: "prövats | två av", "arbetet. | samband".
BAR_AS_I = re.compile(r"(?<=[^\W_] |[.!?] )\|(?= [a-zåäö]{2,}(?![\w@.-]))")


def stray_mark_edits(line: str) -> list[LineEdit]:
    """The line's stray marks, each removed with the space before it."""
    return [LineEdit(m.start(g), m.end(g), m.group(g), "", STRAY_CONFIDENCE, "stray mark", True)
            for m in STRAY.finditer(line) for g in (1, 2) if m.group(g)]


def bar_as_i_edits(line: str) -> list[LineEdit]:
    """What a "|" standing apart was. Between a word and a lower-case word it is how an OCR
    read the word "i" ("I" after a full stop); a separator stands before a capital, a number
    or an address ("Ekeby kommun | 0300-00 00 00 | info@ekeby.se").

    >>> [(e.original, e.replacement) for e in bar_as_i_edits("prövats | två fall. | samband")]
    [('|', 'i'), ('|', 'I')]
    >>> bar_as_i_edits("Ekeby kommun | info@ekeby.se | Norrby") + bar_as_i_edits("| tre")
    []
    >>> bar_as_i_edits("Norrby skola | | :") + bar_as_i_edits("Ekeby skola |")
    []
    >>> bar_as_i_edits("|") + bar_as_i_edits("Ekeby | 0300-00 00 00") + bar_as_i_edits("a|")
    []
    >>> bar_as_i_edits("| 6. | förslag till beslut | 2024-00012 |") + bar_as_i_edits("| a | b | c")
    []
    """
    if is_table_row(line):
        return []
    return [LineEdit(m.start(), m.end(), "|", "I" if line[m.start() - 2] in ".!?" else "i",
                     STRAY_CONFIDENCE, "i←|", True) for m in BAR_AS_I.finditer(line)]


def is_table_row(line: str) -> bool:
    """A row of a table written with bars (Markdown, a text dump of a grid): "| 6. | Ärende |".
    Its bars are the table's, none of them a misread "i" or a speck.

    >>> is_table_row("| 6. | Ekeby skola | 2024-00012 |"), is_table_row("Norrby skola | |")
    (True, False)
    """
    row = line.strip()
    return len(row) > 1 and row.startswith("|") and row.endswith("|")
