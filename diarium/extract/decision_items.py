"""Decision items from the pieces of a decision section (or a table cell).

* numbered items ("1. att ingå …") keep their number; the lead-in above them is dropped (also
  one that names no verb of deciding: "Regionstyrelsen föreslår regionfullmäktige" / "1. …")
  and a paragraph after an item belongs to it until the next number;
* an att-list after a lead-in ("Kommunstyrelsen beslutar" / "att ingå …," / "att uppdra …")
  gives one decision per att-clause without the lead-in — one att-clause alone keeps it;
* a bullet list belongs to the sentence it completes ("… att utreda:" / "• gränsdragningar" /
  "• reglementesfrågor"): one decision, the items joined with commas;
* plain paragraphs are one decision each, also after a lead-in ending in a colon
  ("Kommunrevisionen beslutar att ge:" / one paragraph per recipient).

>>> from diarium.extract.decision_pieces import Piece
>>> def pieces(*rows):
...     return [Piece([(0, len(t), t)], item) for item, t in rows]
>>> [(i.number, i.text) for i in group_items(pieces(
...     (None, "Socialnämnden beslutar"), ("1", "1. att ingå partnerskapet,"), ("2", "2. att uppdra åt chefen.")))]
[(1, 'att ingå partnerskapet'), (2, 'att uppdra åt chefen.')]
>>> [(i.number, i.text) for i in group_items(pieces(
...     (None, "Regionstyrelsen föreslår regionfullmäktige"), ("1", "1. Godkänna överenskommelsen"),
...     ("2", "2. Om allmän trafikplikt inom länet")))]
[(1, 'Godkänna överenskommelsen'), (2, 'Om allmän trafikplikt inom länet')]
>>> [(i.number, i.text) for i in group_items(pieces(
...     (None, "Nämnden ger förvaltningschefen i uppdrag att utreda:"), ("•", "• gränsdragningar"),
...     ("•", "• reglementesfrågor")))]
[(None, 'Nämnden ger förvaltningschefen i uppdrag att utreda: gränsdragningar, reglementesfrågor')]
>>> [(i.number, i.text) for i in group_items(pieces(
...     (None, "Kommunstyrelsen beslutar"), ("-", "- att ingå partnerskap,"), ("-", "- att uppdra åt direktören.")))]
[(None, 'att ingå partnerskap'), (None, 'att uppdra åt direktören.')]
>>> [i.text for i in group_items(pieces((None, "Kommunrevisionen beslutar att ge:"),
...     (None, "Ingrid Ed ett halvdagsarvode för kursen den 5 mars."), (None, "Bo Berg ett arvode.")))]
['Ingrid Ed ett halvdagsarvode för kursen den 5 mars.', 'Bo Berg ett arvode.']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from diarium.extract.decision_pieces import Piece, is_att, is_lead_in
from diarium.language import table, words
from diarium.structure.body import ends_sentence
from diarium.text import dehyphenate

BULLETS = frozenset("-•")
# An item of an att-list ("Att införa …"), and one whose space after "Att" OCR lost ("Attutvärdera").
ATT_ITEM = re.compile(r"^[Aa]tt\s")
GLUED_ATT = re.compile(r"^([Aa]tt)(?=[a-zåäö]{4,})")
TRAILING = re.compile(r"(?:\s*[,;]|\s+(?:och|samt))\s*$")
MIN_CHARS = 8
# OCR reads "§" as "$": "4 kap. 2 $ miljöbalken", "43 $", "$19".
DOLLAR_AFTER = re.compile(r"(?<=\d)\s*\$(?!\w)")
DOLLAR_BEFORE = re.compile(r"\$\s?(?=\d)")
# "… beslutar att:" over a list: the colon goes when the items carry on the sentence.
ATT_COLON = re.compile(r"(?<=\batt):$")
# "Nämnden för Vård & Omsorg Nämnden för Vård & Omsorg ger …": a name printed twice.
REPEATED_START = re.compile(r"^((?:\S+\s+){1,5}?\S+)\s+\1\b")
# A table row read as an item: its number cell, then "| ärende | decision" (a betänkande's
# "Utskottets förslag till riksdagsbeslut"): the decision is the last cell.
ROW_CELLS = re.compile(r"^\|.*\|\s*(?=\S)")
MIN_CONTENTS_LINES = 4


@dataclass
class Item:
    """One decision being read: its pieces and how each joins the text before it."""

    number: int | None
    parts: list[tuple[str, Piece]] = field(default_factory=list)    # (joiner, piece)
    att: bool = False
    listing: bool = False             # a sentence ending in a colon and the lines of its list
    glued_att: bool = False           # "Attutvärdera" among "Att införa …", "Att säkerställa …"
    announced: bool = False           # "… följande personer:" and the lines of its list
    amending: bool = False            # "… med följande ändring:" and the wording it adopts

    @property
    def text(self) -> str:
        out = self.joined()
        return GLUED_ATT.sub(r"\1 ", out, count=1) if self.glued_att else out

    def joined(self) -> str:
        out = ""
        for joiner, piece in self.parts:
            body = piece.text
            if joiner == ", ":
                out = TRAILING.sub("", out)
            elif joiner == " ":
                out = ATT_COLON.sub("", out)
            out = dehyphenate(out, body) if joiner == "" else f"{out}{joiner if out else ''}{body}"
        return clean(out)

    @property
    def open(self) -> bool:
        """The text asks for more: it ends in a colon, a comma or mid-sentence."""
        last = self.parts[-1][1].text.rstrip()
        return last.endswith((":", ",", ";")) or not ends_sentence(last)

    @property
    def start(self) -> int:
        return self.parts[0][1].start

    @property
    def end(self) -> int:
        return self.parts[-1][1].end


def clean(text: str) -> str:
    """Trailing list punctuation off, OCR's '$' back to '§', a doubled opening name once."""
    text = ROW_CELLS.sub("", text.strip())
    text = DOLLAR_BEFORE.sub("§ ", DOLLAR_AFTER.sub(" §", TRAILING.sub("", text)))
    return REPEATED_START.sub(r"\1", text)


def group_items(pieces: list[Piece]) -> list[Item]:
    """The decision items of a decision section's pieces, in order."""
    reader = _Reader()
    for piece in pieces:
        if piece.after_barrier and reader.items:
            break                         # a signature block ends the decisions
        reader.add(piece)
    return reader.finish()


class _Reader:
    def __init__(self) -> None:
        self.items: list[Item] = []
        self.lead: Piece | None = None
        self.since_lead: list[Item] = []

    def add(self, piece: Piece) -> None:
        marker = piece.item
        last = self.items[-1] if self.items else None
        if marker is not None and marker[0].isdigit():
            if marker == "1" and last is not None and unfinished(last):
                self._drop(last)          # "Regionstyrelsen föreslår regionfullmäktige" / "1. Godkänna …"
            self._new(Item(int(marker), [("", piece)]))
        elif is_att(piece.text) and (self.lead is not None or last is not None and last.att):
            self._new(Item(None, [("", piece)], att=True))
        elif self._amendment_line(piece, last):
            pass
        elif marker is not None and not marker[0].isdigit():
            self._bullet(piece, last)
        elif is_lead_in(piece.text):
            self._flush_lead()
            self.lead, self.since_lead = piece, []
        elif last is not None and last.number is not None:
            last.parts.append((" ", piece))          # a numbered item runs over paragraphs
        elif not ends_sentence(piece.text) and self._list_line(piece, last):
            pass
        elif self._announced_line(piece, last):
            pass
        else:
            self._new(Item(None, [("", piece)]))

    def _drop(self, item: Item) -> None:
        """An item that was a lead-in after all: the words before a numbered list."""
        self.items.remove(item)
        if item in self.since_lead:
            self.since_lead.remove(item)

    def _list_line(self, piece: Piece, last: Item | None) -> bool:
        """A line of a list whose bullets OCR lost ("… fastställs enligt följande:" /
        "Förbehållsbelopp, ensamstående 7 247 kr/månad" / …): part of the sentence it ends."""
        if self.lead is not None and not self.since_lead and self.lead.text.rstrip().endswith(":"):
            self._new(Item(None, [("", self.lead), (" ", piece)], listing=True))
            self.lead = None
            return True
        in_list = last is not None and (last.listing or last.parts[-1][1].item in BULLETS)
        if last is not None and in_list and not ends_sentence(last.parts[-1][1].text):
            last.parts.append((", ", piece))
            return True
        return False

    def _amendment_line(self, piece: Piece, last: Item | None) -> bool:
        """The wording a decision adopts after its colon ("… antar taxan med följande ändring:"
        / "Taxan höjs …" / "Avgiften …"): part of that decision until the deciding body speaks
        again ("Nämnden föreslår vidare …")."""
        if self.lead is not None and not self.since_lead and announces_amendment(self.lead.text):
            self._new(Item(None, [("", self.lead), (" ", piece)], amending=True))
            self.lead = None
            return True
        if last is not None and last.amending and not same_speaker(last.parts[0][1].text, piece.text) \
                and not is_lead_in(piece.text):
            last.parts.append((" ", piece))
            return True
        return False

    def _announced_line(self, piece: Piece, last: Item | None) -> bool:
        """The lines of a list a lead-in announces ("Härmed utses följande personer …:" /
        "Från 1 juli; Eva Ek." / "Från 1 augusti; Bo Berg."): one decision, also when each line
        ends a sentence; the list runs over lines with no blank line between them."""
        if self.lead is not None and not self.since_lead and announces_list(self.lead.text):
            self._new(Item(None, [("", self.lead), (" ", piece)], listing=True, announced=True))
            self.lead = None
            return True
        if last is not None and last.announced and piece.lines[0][0] == last.parts[-1][1].lines[-1][1] + 1:
            last.parts.append((" ", piece))
            return True
        return False

    def _bullet(self, piece: Piece, last: Item | None) -> None:
        """A bullet completes the sentence before it; after a sentence that announces a list
        ("… vill uppmärksamma kommunstyrelsen på att:") every bullet does, also one after a
        bullet that ends in a full stop. After a deciding lead-in ("… beslutar att:") a bullet
        that follows a finished one is a decision of its own."""
        if self.lead is not None and not self.since_lead:
            announced = not lead_decides(self.lead.text)
            self._new(Item(None, [("", self.lead), (self._after(self.lead), piece)], listing=announced))
            self.lead = None
        elif last is not None and (last.open or last.listing and last.parts[-1][1].item in BULLETS):
            last.parts.append((self._after(last.parts[-1][1]), piece))
        else:
            self._new(Item(None, [("", piece)]))

    @staticmethod
    def _after(before: Piece) -> str:
        """How a bullet joins what stands before it: after a colon or an open phrase with a
        space ("att utreda: gränsdragningar"), after another item with a comma."""
        text = before.text.rstrip()
        return " " if text.endswith(":") or before.item is None or before.item[0].isdigit() else ", "

    def _new(self, item: Item) -> None:
        self.items.append(item)
        if self.lead is not None:
            self.since_lead.append(item)

    def _flush_lead(self) -> None:
        """A lead-in that had items stands no more; one att-clause after it keeps it, and a
        lead-in with nothing after it is a decision of its own."""
        if self.lead is not None and not self.since_lead:
            self.items.append(Item(None, [("", self.lead)]))
        elif self.lead is not None and len(self.since_lead) == 1 and self.since_lead[0].att:
            self.since_lead[0].parts.insert(0, ("", self.lead))
            self.since_lead[0].parts[1] = (" ", self.since_lead[0].parts[1][1])
        self.lead, self.since_lead = None, []

    def finish(self) -> list[Item]:
        self._flush_lead()
        items = [item for item in self.items if reads_as_decision(item.text) and not contents_list(item)]
        glued = sum(bool(ATT_ITEM.match(item.text)) for item in items) >= 2
        for item in items:
            item.glued_att = glued and bool(GLUED_ATT.match(item.text))
        return items


def contents_list(item: Item) -> bool:
    """A paragraph of short capitalised lines, no sentence among them: the headings of a table
    of contents under the first of two same decision headings, not a decision."""
    if item.number is not None or len(item.parts) != 1:
        return False
    lines = [line[2].strip() for line in item.parts[0][1].lines]
    return len(lines) >= MIN_CONTENTS_LINES and all(
        line[:1].isupper() and not (ends_sentence(line) and ". " in line) and not line.endswith((".", ":", ","))
        or line.endswith(" m.m.") for line in lines)


def lead_decides(text: str) -> bool:
    return any(token.strip(":,") in words("lead_in_verbs") for token in text.casefold().split())


def announces_list(text: str) -> bool:
    """A sentence ending in a colon that announces the list after it ("… utses följande
    personer …:", "… enligt nedanstående:")."""
    tokens = text.rstrip().rstrip(":").casefold().split()
    if not text.rstrip().endswith(":") or any(token in words("lead_in_verbs") for token in tokens):
        return False                    # "Nämnden beslutar följande:": each paragraph a decision
    return any(token in words("list_announcers") for token in tokens)


def announces_amendment(text: str) -> bool:
    """A decision that ends by naming the wording it adopts ("… med följande ändring:")."""
    tokens = text.rstrip().casefold().split()
    return bool(tokens) and tokens[-1].endswith(":") and tokens[-1].rstrip(":") in words("amendment_nouns")


def same_speaker(lead: str, text: str) -> bool:
    """A paragraph that opens with the word the deciding sentence opened with: the body
    speaking again ("Nämnden för Teknik antar …:" / … / "Nämnden föreslår vidare …")."""
    first, other = lead.split()[:1], text.split()[:1]
    return bool(first and other) and first[0].casefold() == other[0].casefold()


def unfinished(item: Item) -> bool:
    """A plain paragraph that stops short of a sentence ("Regionstyrelsen föreslår
    regionfullmäktige"): before a numbered list it is the list's lead-in."""
    return item.number is None and not item.att and len(item.parts) == 1 and not ends_sentence(item.text) \
        and not item.text.rstrip().endswith((",", ";"))


def reads_as_decision(text: str) -> bool:
    """Words enough to decide something, and no page furniture the structure left in the body
    (a running header of a two-page excerpt: "Justerandes signatur Utdragsbestyrkande",
    "SAMMANTRÄDESPROTOKOLL 2(2) Sammanträdesdatum …", a body's name alone)."""
    tokens = text.split()
    if len(text) < MIN_CHARS or len(tokens) < 2 or not re.search(r"[a-zåäö]{3}", text):
        return False
    if all(token.casefold().strip(".:,") in words("page_furniture") for token in tokens):
        return False
    return not (tokens[0].isupper() and tokens[0].casefold() in document_labels())


@lru_cache(maxsize=1)
def document_labels() -> frozenset[str]:
    return frozenset(label.casefold() for label in table("document_kinds") if " " not in label)
