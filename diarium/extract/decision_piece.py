"""One unit of a decision section: the lines of (part of) a paragraph, with its list marker."""
from __future__ import annotations

from dataclasses import dataclass, field

from diarium.structure.body import list_marker
from diarium.text import join_lines, squash


@dataclass
class Piece:
    """Lines of one paragraph that make one unit: (start, end, text) of each line."""

    lines: list[tuple[int, int, str]]
    item: str | None = None               # the paragraph's list marker, on its first piece only
    after_barrier: bool = False           # a signature block or attendance list stands before it
    cache: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The lines joined, the list marker dropped."""
        if "text" not in self.cache:
            joined = join_lines([line for _, _, line in self.lines])
            item = self.item
            marked = list_marker(joined) if item is not None else None
            if marked is not None and item is not None and item[0].isdigit() and not marked[0][0].isdigit():
                marked = list_marker(marked[1]) or marked        # "- 1. förlänga …"
            self.cache["text"] = squash(marked[1]) if marked is not None else joined
        return self.cache["text"]

    @property
    def start(self) -> int:
        first = self.lines[0]
        return first[0] + len(first[2]) - len(first[2].lstrip())

    @property
    def end(self) -> int:
        last = self.lines[-1]
        return last[0] + len(last[2].rstrip())
