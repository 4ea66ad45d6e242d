"""Signature blocks: names with titles under them, 'För <organisation>', place and date.

A block is a run of lines that each read as part of one (see `signatures_lines.classify`): names,
titles, 'För <organisation>', place and date, placeholders ('Namnförtydligande', '______'), the
head of a list of digital signatures — blank lines, page furniture and a little OCR debris
between them allowed. It counts when it holds a name and something that makes it a signature: a
title under the name, an organisation, a place and date, a placeholder or a signature head.

Signatories are read in order: place-and-date and organisation lines wait for the names that
follow them (side by side: the first place and organisation go with the first name); a title goes
to the name above it in the same column; an organisation printed just under a name and its title
('Sara Pettersson / ordförande / för Ekeby kommun') belongs to that name. A line of four
name words over a line of two titles is two names ('Sara Pettersson Rickard Vidstedt').

>>> from diarium.structure.lines import text_lines
>>> text = ("Avtalet har upprättats i två exemplar.\\n\\nEkeby 2025-06-17\\n"
...         "För Ekeby kommun\\n\\nRickard Vidstedt Klara Vind\\n"
...         "Kommundirektör Samhällsbyggnadschef\\n")
>>> [block] = find_signatures(text_lines(text))
>>> for s in block.signatures:
...     print(s.name, s.title, s.organisation, s.place_date, sep=" | ")
Rickard Vidstedt | Kommundirektör | Ekeby kommun | Ekeby 2025-06-17
Klara Vind | Samhällsbyggnadschef | Ekeby kommun | Ekeby 2025-06-17
"""
from __future__ import annotations

from dataclasses import dataclass, field

from diarium.schemas.structure import Signature, SignatureBlock, TextLine
from diarium.structure.attendance_vocab import is_role_word
from diarium.structure.signatures_lines import FOR_ORGANISATION, Item, classify

MAX_BLANKS = 3
EVIDENCE = ("org", "place", "placeholder", "head")


@dataclass
class Placed:
    item: Item
    line: TextLine

    @property
    def start(self) -> int:
        return self.line.start + self.item.start

    @property
    def end(self) -> int:
        return self.line.start + self.item.end


@dataclass
class Signer:
    name: Placed | None
    title: Placed | None = None
    organisation: Placed | None = None
    place: Placed | None = None

    def signature(self) -> Signature:
        parts = [p for p in (self.name, self.title, self.organisation, self.place) if p]
        return Signature(page=parts[0].line.page, start=min(p.start for p in parts),
                         end=max(p.end for p in parts), name=self.name.item.text if self.name else None,
                         title=self.title.item.text if self.title else None,
                         organisation=self.organisation.item.text if self.organisation else None,
                         place_date=self.place.item.text if self.place else None)


@dataclass
class Reader:
    """The signatories of one block, read line by line."""

    signers: list[Signer] = field(default_factory=list)
    last_names: list[Signer] = field(default_factory=list)
    orgs: list[Placed] = field(default_factory=list)
    used: set[int] = field(default_factory=set)     # which of the waiting organisations have names
    places: list[Placed] = field(default_factory=list)
    since_names: int = 99
    head: bool = False
    placeholders: int = 0

    def read(self, placed: list[Placed]) -> None:
        kinds = [p.item.kind for p in placed]
        if len(set(kinds)) > 1:       # a title and the next name on one line: one run after the other
            cut = next(k for k, kind in enumerate(kinds) if kind != kinds[0])
            self.read(placed[:cut])
            self.read(placed[cut:])
            return
        kind = placed[0].item.kind
        if kind == "head":
            self.head = True
        elif kind == "placeholder":
            self.placeholders += 1
        elif kind == "place":
            self.places = placed
            if self.used:      # the next party's part of the page begins
                self._close_organisations()
        elif kind == "date" and self.signers and self.signers[-1].place is None:
            self.signers[-1].place = placed[0]
        elif kind == "org":
            self._organisations(placed)
        elif kind == "name" or kind == "capsname" and self.head:
            self._names(placed)
            return
        elif kind == "title":
            self._titles(placed)
        self.since_names += 1

    def _organisations(self, placed: list[Placed]) -> None:
        last = self.last_names
        below = last and self.since_names <= 2 and all(s.organisation is None for s in last) \
            and len(placed) in (1, len(last)) and (not self.orgs or self.used)
        if below and len(placed) == len(last):
            for signer, organisation in zip(last, placed):   # names, titles, then 'för …' under each
                signer.organisation = organisation
        elif below and (len(last) == 1 or FOR_ORGANISATION.search(placed[0].line.text)):
            last[-1].organisation = placed[0]    # 'Sara Pettersson / ordförande / för Ekeby kommun'
        elif below:
            pass      # one firm's name under two signatories side by side: whose employer it is, is not said
        else:
            self._close_organisations()
            self.orgs = placed

    def _names(self, placed: list[Placed]) -> None:
        new = [Signer(p) for p in placed]
        for k, signer in enumerate(new):
            signer.organisation = _nth(self.orgs, k, len(new))
            signer.place = _nth(self.places, k, len(new))
            if signer.organisation:
                self.used.add(self.orgs.index(signer.organisation))
        self.signers.extend(new)
        self.last_names, self.since_names = new, 0

    def _titles(self, placed: list[Placed]) -> None:
        waiting = [s for s in self.last_names if s.title is None]
        if not waiting:
            return
        if len(placed) == 1 and len(waiting) > 1:
            placed = _split_titles(placed[0], len(waiting))
        elif len(waiting) == 1 and len(placed) == 1:
            titles = _split_titles(placed[0], 2)
            if len(titles) < 2:
                titles = _one_word_titles(placed[0], waiting[0])
            if len(titles) >= 2 and _split_names(self, waiting[0], len(titles)):
                waiting = self.last_names
                placed = titles
        if len(placed) == len(waiting):
            for signer, title in zip(waiting, placed):
                signer.title = title
        else:
            waiting[0].title = placed[0]

    def continues_organisation(self, line: TextLine) -> bool:
        """'för Norrby 101 AB,' / 'u.ä.t. Ekeby Logistik AB': a line that goes on with the
        organisation above it."""
        text = line.text.strip()
        if not self.orgs or self.used or not text[:1].islower() or len(text.split()) > 8:
            return False
        last = self.orgs[-1]
        if last.line.number + 1 != line.number:
            return False
        joined = Item("org", f"{last.item.text} {text}", last.item.start, last.item.end)
        self.orgs[-1] = Placed(joined, last.line)
        return True

    def _close_organisations(self) -> None:
        """A party that signs under a blank line with no name printed ('För Värna Barnen' /
        'Stockholm den  /  2023' / '______' / 'Namnförtydligande') is a signatory too."""
        if self.placeholders:
            self.signers.extend(Signer(None, organisation=org, place=_nth(self.places, k, len(self.orgs)))
                                for k, org in enumerate(self.orgs) if k not in self.used)
        self.orgs, self.used = [], set()

    def accepted(self) -> list[Signer]:
        self._close_organisations()
        return self.signers


def find_signatures(lines: list[TextLine]) -> list[SignatureBlock]:
    """Every signature block; the lines used get role 'signature'."""
    blocks: list[SignatureBlock] = []
    i = 0
    while i < len(lines):
        if lines[i].role == "body" and classify(lines[i].text):
            end, block = _read_block(lines, i)
            if block:
                blocks.append(block)
                i = end
                continue
        i += 1
    return blocks


def _read_block(lines: list[TextLine], start: int) -> tuple[int, SignatureBlock | None]:
    reader = Reader()
    used: list[TextLine] = []
    kinds: set[str] = set()
    blanks = 0
    i = start
    while i < len(lines) and blanks <= MAX_BLANKS:
        line = lines[i]
        i += 1
        if line.role == "furniture":
            continue
        if line.role == "blank":
            blanks += 1
            continue
        if used and line.page != used[-1].page and complete(reader):
            i -= 1      # a finished block does not go on over the page: the next page is new text
            break
        items = classify(line.text, in_block=bool(used)) if line.role == "body" else []
        if not items and reader.continues_organisation(line):
            used.append(line)
            continue
        if not items:
            i -= 1
            break
        blanks = 0
        placed = [Placed(item, line) for item in items]
        reader.read(placed)
        used.append(line)
        kinds.update(item.kind for item in items)
    signers = reader.accepted()
    evidence = any(s.name and (s.title or s.organisation or s.place) for s in signers) \
        or any(s.name for s in signers) and kinds & set(EVIDENCE) or any(not s.name for s in signers)
    if not signers or not evidence:
        return i, None
    for line in used:
        line.role = "signature"
    signatures = [s.signature() for s in signers]
    block_start = min(line.start for line in used)
    return i, SignatureBlock(page=used[0].page, start=block_start, end=max(line.end for line in used),
                             signatures=signatures)


def complete(reader: Reader) -> bool:
    """The block read so far already signs: a name with its title, organisation or place."""
    return any(s.name and (s.title or s.organisation or s.place) for s in reader.signers)


def _nth(items: list[Placed], k: int, count: int) -> Placed | None:
    """The k-th of the waiting places or organisations for the k-th of `count` names side by side;
    names printed one under another share the first."""
    if not items:
        return None
    return items[k] if len(items) == count else items[0]


def _split_titles(title: Placed, count: int) -> list[Placed]:
    """'Kommunstyrelsens ordförande Kommundirektör' → two titles: a capitalised role word after a
    lower-case word starts the next one (any capitalised role word when that gives `count`)."""
    words = title.item.text.split()
    every = [k for k in range(1, len(words)) if words[k][0].isupper() and is_role_word(words[k])]
    strong = [k for k in every if not words[k - 1][0].isupper() or words[k - 1].endswith(",")]
    cuts = strong if len(strong) + 1 == count or len(every) + 1 != count else every
    pieces, begin = [], 0
    for cut in cuts + [len(words)]:
        pieces.append(" ".join(words[begin:cut]))
        begin = cut
    return _sub_items(title, pieces, "title")


def _one_word_titles(title: Placed, signer: Signer) -> list[Placed]:
    """'sekreterare ordförande justerare' under 'Asta Ekin Sten Lillgren Arne Vikberg': as many
    one-word titles as there are two-word names."""
    words = title.item.text.split()
    names = len(signer.name.item.text.split()) if signer.name else 0
    if len(words) < 2 or names != 2 * len(words) or not all(is_role_word(w) for w in words):
        return [title]
    return _sub_items(title, words, "title")


def _split_names(reader: Reader, signer: Signer, count: int) -> bool:
    """Split a glued line of names into `count` names (two words each, the rest to the last)."""
    if signer.name is None:
        return False
    words = signer.name.item.text.split()
    if len(words) < 2 * count or len(words) > 3 * count:
        return False
    pieces = [" ".join(words[2 * k:2 * k + 2]) for k in range(count - 1)]
    pieces.append(" ".join(words[2 * (count - 1):]))
    names = _sub_items(signer.name, pieces, "name")
    new = [Signer(p, organisation=signer.organisation, place=signer.place) for p in names]
    index = reader.signers.index(signer)
    reader.signers[index:index + 1] = new
    reader.last_names = new
    return True


def _sub_items(whole: Placed, pieces: list[str], kind: str) -> list[Placed]:
    placed, offset = [], whole.item.start
    text = whole.line.text
    for piece in pieces:
        start = text.find(piece, offset)
        placed.append(Placed(Item(kind, piece, start, start + len(piece)), whole.line))
        offset = start + len(piece)
    return placed
