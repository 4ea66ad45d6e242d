"""Rule: text decoded with the wrong character set ("mojibake") is decoded right.

A UTF-8 "ö" read as Latin-1 prints as "Ã¶"; `ftfy` undoes it word by word.

>>> is_garbled("fÃ¶rslaget till Ã¥tgÃ¤rder"), is_garbled("förslaget till åtgärder")
(True, False)
>>> fix_mojibake("fÃ¶rslaget"), fix_mojibake("förslaget")
('förslaget', None)
"""
from __future__ import annotations

import re

import ftfy

MOJIBAKE = re.compile(r"Ã[\x80-\xbf¤¥¶–—…]|Ã.|Â[\xa0-\xbf]")


def is_garbled(line: str) -> bool:
    """The line holds a sequence mojibake leaves."""
    return MOJIBAKE.search(line) is not None


def fix_mojibake(core: str) -> str | None:
    """The word decoded right, or None when it needs no fixing."""
    if not MOJIBAKE.search(core):
        return None
    fixed = ftfy.fix_text(core)
    return fixed if fixed != core else None
