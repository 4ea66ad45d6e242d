"""A renumbered section's references are part of the renumbering, not edits of their own.

When § 76 is now § 77 (or 6.2 now 6.1), the table of contents ("§ 77 Dnr TE-2024-00367"),
the protocol's range ("Paragrafer §§ 73–77") and cross-references ("enligt 6.1") follow it. A
difference whose only change is such a reference — a number after "§", or a clause number
with a dot — mapped by the renumbering of matched sections is cosmetic. Any other number (an
amount, a period of months) stays what it is, even if it equals a renumbered section's number.

>>> renamed({"76": "77"}, ["§§", "73-76"], ["§§", "73-77"])
True
>>> renamed({"76": "77"}, ["minst", "76"], ["minst", "77"])      # not a reference
False
>>> renamed({"6.2": "6.1"}, ["enligt", "6.2"], ["enligt", "6.1"])
True
>>> renamed({"76": "77"}, ["88", "73-76"], ["§§", "73-77"])       # a scan read § as 8
True
"""
from __future__ import annotations

import re

from diarium.diff.align import Alignment
from diarium.diff.normalise import skeleton

NUMBER = re.compile(r"\d+(?:\.\d+)*")
DOTTED = re.compile(r"\d+\.\d+")


def section_number(number: str | None) -> str | None:
    """'§ 76' → '76', '6.2' → '6.2', '12.' → '12'."""
    found = NUMBER.search(number or "")
    return found.group() if found else None


def renumbering(alignment: Alignment) -> dict[str, str]:
    """Old number → new number of every matched section whose number changed."""
    mapping: dict[str, str] = {}
    for i, j in alignment.matches.items():
        old = section_number(alignment.old_sections[i].number)
        new = section_number(alignment.new_sections[j].number)
        if old and new and old != new:
            mapping[old] = new
    return mapping


def references(words: list[str]) -> list[bool]:
    """Per word: may its numbers refer to a section ('§ 5', '§§ 73–76', '6.2')?"""
    out = []
    for index, word in enumerate(words):
        after_sign = index > 0 and words[index - 1].startswith("§")
        out.append(after_sign or "§" in word or bool(DOTTED.search(word)))
    return out


def renamed(mapping: dict[str, str], old: list[str], new: list[str]) -> bool:
    """The new words are the old ones with section references renumbered (and nothing else).
    Which words are references is read on NEW; words are compared as OCR skeletons, so a
    scan's "88 73-76" (§ read as 8) against "§§ 73-77" is the renumbering too."""
    if len(old) != len(new) or not mapping:
        return False
    changed = False
    for word, other, reference in zip(old, new, references(new)):
        mapped = NUMBER.sub(lambda m: mapping.get(m.group(), m.group()), word) if reference else word
        if skeleton(mapped) != skeleton(other):
            return False
        changed |= mapped != word
    return changed


def renumbered_references(alignment: Alignment) -> None:
    """Mark the substantive regions that only follow a renumbering as cosmetic."""
    mapping = renumbering(alignment)
    if not mapping:
        return
    for region in alignment.regions:
        if not region.substantive or region.heading or region.moved:
            continue
        # the word before the region counts for '§' ("§" unchanged, "76" → "77")
        before = alignment.old_tokens[region.o1 - 1].text if region.o1 > 0 else ""
        old = [t.text for t in alignment.old_tokens[region.o1:region.o2]]
        new = [t.text for t in alignment.new_tokens[region.n1:region.n2]]
        if renamed(mapping, [before] + old, [before] + new):
            region.substantive = False
            region.reason = "hänvisning till omnumrerat avsnitt: " + region.reason
