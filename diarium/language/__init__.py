"""Swedish language knowledge, as data, in one place.

Every stage (repair, structure, extraction, diff) reads its word lists from here; an algorithm
never holds a list of Swedish words of its own. Lists are plain files under `data/`, one entry a
line (`#` starts a comment), so adding a word never means editing code:

* `words(name)`   → frozenset of the entries of `data/<name>.txt` (lower case as written)
* `ordered(name)` → the same entries as a tuple, in file order (longest-first lists, priorities)
* `table(name)`   → dict of the two tab-separated columns of `data/<name>.tsv`

Letters, folding and OCR glyph variants are in `letters`; month names in `months`; the
compiled Swedish lexicon (hunspell forms, frequencies, compounding) in `lexicon`.

>>> "och" in words("function_words")
True
>>> table("months")["februari"]
'2'
"""
from __future__ import annotations

from diarium.language.lists import ordered, table, words

__all__ = ["ordered", "table", "words"]
