"""What one line of a signature block is: names, titles, 'För <organisation>', place and date,
a placeholder ('Namnförtydligande', '______'), or the head of a list of digital signatures.

Each line is cut into items at runs of two or more spaces (two signatories side by side); a line
whose items are all of one kind gets that kind.

>>> [(item.kind, item.text) for item in classify("Rickard Vidstedt                Klara Vind")]
[('name', 'Rickard Vidstedt'), ('name', 'Klara Vind')]
>>> [(item.kind, item.text) for item in classify("Kommundirektör   Samhällsbyggnadschef")]
[('title', 'Kommundirektör'), ('title', 'Samhällsbyggnadschef')]
>>> [(item.kind, item.text) for item in classify("För Ekeby kommun För Ekeby Tennisklubb")]
[('org', 'Ekeby kommun'), ('org', 'Ekeby Tennisklubb')]
>>> [(item.kind, item.text) for item in classify("Stockholm den 12 mars 2023")]
[('place', 'Stockholm den 12 mars 2023')]
>>> [item.kind for item in classify("Namnförtydligande           Namnförtydligande")]
['placeholder', 'placeholder']
>>> [(item.kind, item.text) for item in classify("Namn: Albin Olsson   Befattning: Innehavare")]
[('name', 'Albin Olsson'), ('title', 'Innehavare')]
>>> [item.kind for item in classify("Datum: ____________  Underskrift: ______________")]
['placeholder', 'placeholder']
>>> classify("Nämnden beslutar att godkänna avtalet.")
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from diarium.language import table, words
from diarium.language.letters import fold
from diarium.structure.attendance_vocab import (
    TOKEN, Token, is_name_token, is_organisation, is_particle, is_role_word, label_at, tokenize)

CHUNK = re.compile(r"\S+(?: \S+)*")      # words one space apart: a column of a line
YEAR = r"(?:19|20)\d\d"
# "Ekeby 2025-06-17", "Halmstad 2025-09- 10", "Stockholm den 12 mars 2023", "Göteborg den ....... 2023"
PLACE_DATE = re.compile(
    rf"(?P<place>[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?),?\s+(?:den\s+)?"
    rf"(?P<date>{YEAR}(?:\s*[-–]\s*\d{{0,2}}){{0,2}}|\d{{1,2}}\s+(?P<month>[a-zåäö]+)\.?\s+{YEAR}"
    rf"|[._/][ ._/]*(?:{YEAR})?|(?<=den )[^\w\s]{{1,2}}\s*{YEAR})")     # OCR of the blank: "den {{2023", "den ° 2023"
SIGNATURE_LINE = re.compile(r"^[_.\s]{5,}$")
# "Namn: Albin Olsson   Befattning: Innehavare": keys of one to three words, each with its value.
FIELD = re.compile(r"(?P<key>[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+){0,2}):[ \t]*(?P<value>.*?)[ \t]*"
                   r"(?=[ \t][A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+){0,2}:|$)")
KEY_VALUE = re.compile(r"^(?P<key>[A-ZÅÄÖ][\wåäö .-]{1,25}):\s*(?P<value>.*)$")
FOR_ORGANISATION = re.compile(r"(?:^|\s)[Ff]ör\s+")
MAX_TITLE_WORDS = 6
MAX_WORDS = 16
MAX_NAME_TOKENS = 6      # two names glued at most; a line has at least as many tokens as words
MAX_JUNK = 25
MAX_HEAD_WORDS = 5


@dataclass
class Item:
    kind: str       # name, capsname, title, org, place, date, placeholder, head, junk
    text: str
    start: int      # offset in the line
    end: int


def classify(text: str, *, in_block: bool = False) -> list[Item]:
    """The items of a signature-block line; [] when the line is not one. Inside a block, a line
    that is only an organisation's name ('Ekeby kommun'), a key-value line ('Datum: …') or a
    short scrap of OCR debris also counts."""
    stripped = text.strip()
    if not stripped or len(stripped.split(None, MAX_WORDS)) > MAX_WORDS:     # (not cut past the limit)
        return []   # prose: every part of a signature block is short
    for reader in (_placeholders, _key_values, _head, _places, _organisations, _names, _title_and_name, _titles):
        items = reader(text)
        if items:
            return items
    if in_block:
        return _glued_titles(text) or _in_block(text)
    return []


@lru_cache(maxsize=64)       # the readers of one line each ask for its chunks
def _chunks(text: str) -> tuple[tuple[int, str], ...]:
    return tuple([(m.start(), m.group()) for m in CHUNK.finditer(text.replace("\t", "  "))])


@lru_cache(maxsize=None)
def _signature_labels() -> dict[str, str]:
    return {fold(label.lower()): kind for label, kind in table("signature_labels").items()}


def _placeholders(text: str) -> list[Item]:
    """'Namnförtydligande', '______', and a form's row of them with its other fields beside
    ('Underskrift ordförande Telefon', 'Namnförtydligande Datum'); OCR may have lost å/ä/ö."""
    if SIGNATURE_LINE.match(text):
        return [Item("placeholder", text.strip(), 0, len(text))]
    first = text.split(None, 1)[0]
    if fold(first.lower()) not in _first_words() and not SIGNATURE_LINE.match(first + "_____"):
        return []           # most lines: the first word begins no label (tested before cutting the line)
    items = []
    labels = _signature_labels()
    for col, chunk in _chunks(text):
        words = chunk.split()
        folded = fold(chunk.lower()).split()
        if folded[0] not in _first_words() and not SIGNATURE_LINE.match(words[0] + "_____"):
            return []       # most lines: the first word begins no label
        k, found = 0, False
        while k < len(words):
            size = next((n for n in range(min(5, len(words) - k), 0, -1)
                         if labels.get(" ".join(folded[k:k + n])) == "placeholder"), 0)
            found = found or bool(size)
            if not size and not SIGNATURE_LINE.match(words[k] + "_____") and not (
                    k and (_is_field_label(words[k]) or is_role_word(words[k]))):
                return []
            k += size or 1
        if not found and not SIGNATURE_LINE.match(chunk.replace(" ", "") + "_____"):
            return []
        items.append(Item("placeholder", chunk, col, col + len(chunk)))
    return items


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(label.split()[0] for label in _signature_labels())


@lru_cache(maxsize=1)
def _dates() -> frozenset[str]:
    return frozenset(label.lower() for label in table("date_labels"))


def _key_values(text: str) -> list[Item]:
    """A form's signature fields, key and value side by side: 'Namn: Albin Olsson
    Befattning: Innehavare', 'Datum: ______  Underskrift: ______'. Every key a signature label."""
    if ":" not in text:
        return []
    fields = list(FIELD.finditer(text))
    if not fields or text[:fields[0].start()].strip():
        return []
    items = []
    for match in fields:
        kind = _signature_labels().get(fold(match.group("key").lower()))
        value, start = match.group("value").strip(), match.start("value")
        if kind is None:
            return []
        if not value or SIGNATURE_LINE.match(value + "_____"):
            items.append(Item("placeholder", match.group().strip(), match.start(), match.end()))
        elif kind in ("name", "placeholder") and _is_name(tokenize(value), most=4):
            items.append(Item("name", value, start, start + len(value)))
        elif kind == "title" and not any(map(str.isdigit, value)):
            items.append(Item("title", value, start, start + len(value)))
        elif kind == "date":
            items.append(Item("date", value, start, start + len(value)))
        else:
            return []
    # "Datum: 2024-05-06" alone is a letterhead's field, not a signature's.
    return items if any(item.kind != "date" for item in items) else []


def _head(text: str) -> list[Item]:
    words = text.split(None, MAX_HEAD_WORDS)           # (not cut past the limit)
    if not words or len(words) > MAX_HEAD_WORDS or fold(words[0].lower()) not in _first_words():
        return []
    if _signature_labels().get(fold(" ".join(words).rstrip(":").lower())) == "head":
        return [Item("head", text.strip(), 0, len(text))]
    return []


def _places(text: str) -> list[Item]:
    items, position = [], 0
    first = PLACE_DATE.match(text, len(text) - len(text.lstrip()))
    if first is None or not _is_date(first):
        return []       # most lines: no place and date where the line begins (tested before the whole line)
    matches = [m for m in PLACE_DATE.finditer(text) if _is_date(m)]
    if not matches or text[:matches[0].start()].strip():
        return []
    for m in matches:
        items.append(Item("place", m.group().strip(), m.start(), m.end()))
        position = m.end()
    rest = text[position:]
    # OCR debris of a handwritten date may follow ("Ekeby 2025- 10 — Lo").
    return items if len(rest.strip()) <= 12 and not re.search(r"[a-zåäö]{4}", rest) else []


def _is_date(match: re.Match[str]) -> bool:
    month = match.group("month")
    return month is None or month.lower() in table("months")


def _organisations(text: str) -> list[Item]:
    """'För Ekeby kommun', 'för Region Norrland', 'Ekeby kommun för Bolaget AB'."""
    if "ör" not in text:
        return []       # most lines: no "för" (tested before cutting the line)
    parts = FOR_ORGANISATION.split(text.strip())
    if len(parts) < 2:
        return []
    items = []
    offset = 0
    for n, part in enumerate(parts):
        part = part.split(":")[0].strip(" ,")
        if not part:
            continue
        words = part.split()
        # "Ekeby kommun för Bolaget AB" is two organisations side by side only when both are
        # ("Nämnden för Miljö & Hälsoskydd" is one name).
        if n == 0 and not (is_organisation(words) and is_organisation(parts[1].split())) \
                or len(words) > 8 or part.endswith("."):
            return []
        if not part[0].isupper() and not is_organisation(words):   # 'för socialnämnden'
            return []
        start = text.find(part, offset)
        items.append(Item("org", part, start, start + len(part)))
        offset = start + len(part)
    return items


def _names(text: str) -> list[Item]:
    items = []
    for col, chunk in _chunks(text):
        first = TOKEN.match(chunk)
        if chunk.count(" ") >= MAX_NAME_TOKENS or first is None or not is_name_token(first.group()):
            return []       # cheap tests first: too many words, or a first word no name begins with
        tokens = tokenize(chunk)
        if not _is_name(tokens):
            return []
        items.append(Item("name", chunk, col, col + len(chunk)))
    return items


def _is_name(tokens: list[Token], most: int = MAX_NAME_TOKENS) -> bool:
    """Two to `most` name words (more than four: two names glued, split later by the titles)."""
    words = [t.text for t in tokens]
    if not 2 <= len(words) <= most or label_at(tokens, 0) or is_organisation(words):
        return False
    if any(_is_field_label(word) for word in words):
        return False      # a form's row of labels: "Postnummer Postort Telefonnummer"
    return all(is_name_token(w) or 0 < k < len(words) - 1 and is_particle(w) for k, w in enumerate(words))


@lru_cache(maxsize=4096)
def _is_field_label(word: str) -> bool:
    """'Postort', 'Telefonnummer', 'Datum': a form's field label, never part of a name."""
    return word.lower().rstrip(":") in words("contact_labels") or word.lower().rstrip(":") in _dates()


def _title_and_name(text: str) -> list[Item]:
    """'Socialchef Marianne Ågård': the title of the name above and the next signatory's name,
    run together on one line by the PDF (one column of names and titles, staggered)."""
    if not is_role_word(text.split(None, 1)[0]) or len(text.split()) < 3:
        return []       # (the first word tested before cutting the whole line)
    chunks = _chunks(text)
    if len(chunks) != 1:
        return []
    col, chunk = chunks[0]
    tokens = tokenize(chunk)
    split = next((k for k in range(1, len(tokens) - 1) if not is_role_word(tokens[k].text)), 0)
    if not split or not all(is_role_word(t.text) for t in tokens[:split]) or not _is_name(tokens[split:], most=4):
        return []
    title_end, name_start = tokens[split - 1].end, tokens[split].start
    return [Item("title", chunk[:title_end], col, col + title_end),
            Item("name", chunk[name_start:], col + name_start, col + len(chunk))]


def _titles(text: str) -> list[Item]:
    items = []
    for col, chunk in _chunks(text):
        if chunk.count(" ") >= MAX_TITLE_WORDS:
            return []       # more words than a title has (a chunk's words are one space apart)
        if any(map(str.isdigit, chunk)) or not any(map(is_role_word, chunk.split())):
            return []
        items.append(Item("title", chunk, col, col + len(chunk)))
    return items


def _glued_titles(text: str) -> list[Item]:
    """'Auktoriserad revisor/ Sakkunnigt biträde Revisor för Region Norrland och' under two
    names: the titles of signatories side by side, run together (split by the names above).
    Inside a block only: a title in the first two words, a capitalised one later, no digits."""
    chunks = _chunks(text)
    if len(chunks) != 1:
        return []
    col, chunk = chunks[0]
    words = chunk.split()
    if len(words) > 2 * MAX_TITLE_WORDS or any(map(str.isdigit, chunk)) or not any(map(is_role_word, words[:2])):
        return []
    if not any(w[0].isupper() and is_role_word(w) for w in words[2:]):
        return []
    return [Item("title", chunk, col, col + len(chunk))]


def _in_block(text: str) -> list[Item]:
    stripped = text.strip()
    start = text.find(stripped)
    key_value = KEY_VALUE.match(stripped)
    if key_value:
        kind = "date" if key_value.group("key").lower() == "datum" else "junk"
        return [Item(kind, key_value.group("value").strip(), start, start + len(stripped))]
    chunks = _chunks(text)
    if all(is_organisation(chunk.split()) and len(chunk.split()) <= 5 and chunk[0].isupper()
           and not re.search(r"[\d(),]", chunk) for _, chunk in chunks):
        return [Item("org", chunk.rstrip(","), col, col + len(chunk)) for col, chunk in chunks]
    if _is_name(tokenize(stripped.title()), most=4) and stripped.isupper():
        return [Item("capsname", stripped, start, start + len(stripped))]   # 'BIRGIT HULTEGÅRD'
    if len(stripped) <= MAX_JUNK and not re.search(r"[a-zåäö]{3,}\s+[a-zåäö]{3,}", stripped):
        return [Item("junk", stripped, start, start + len(stripped))]
    return []
