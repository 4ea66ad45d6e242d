"""The codes of the compiled lexicon shared by its builder and its reader: the cache format,
the byte tables kept in files of their own, the role bits and the Zipf frequency packed into
one int per form, and the limits of the compound analyses."""
from __future__ import annotations

FORMAT = 11
# byte tables, each in a file of its own: the folded index and the filters
BYTE_TABLES = ("keys", "plain", "deletions", "prefixes")

# Role bits of a form.
WORD, BEGIN, MIDDLE, END = 1, 2, 4, 8
ZIPF_SHIFT = 4
ZIPF_ONE = 1 << ZIPF_SHIFT      # the smallest code with a frequency

COMPOUND_MIN_PART = 2
COMPOUND_MAX_PARTS = 4
# The looser two-part analysis: parts long and common enough that their juxtaposition is
# no accident ("nämnds|ärenden"), and the Swedish linking letters.
LOOSE_MIN_PART, LOOSE_MIN_TAIL = 3, 4
LOOSE_HEAD_ZIPF, LOOSE_TAIL_ZIPF = 3.0, 3.0
LINKS = ("s", "e", "a", "u")
