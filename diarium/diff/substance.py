"""Is a word-level difference substantive, or only OCR noise / formatting?

A difference is substantive when it changes a number, a number word, a date, a negation, a
modal verb or another word that carries legal meaning ("och"/"eller", "senast", "minst"), or
when whole words are reworded, added or removed. It is cosmetic when it is only OCR-like: a
small edit distance on letters, look-alike characters (1/i/l, 0/o, 5/s, 8/§), split or joined
words, or a stray one-letter token.

The reasons are written for the report's reader, in Swedish.

>>> classify(["fyra"], ["tre"])
(True, 'tal ändrat: fyra → tre')
>>> classify(["1", "200", "000", "kr"], ["1", "500", "000", "kr"])
(True, 'tal ändrat: 1 200 000 kr → 1 500 000 kr')
>>> classify(["800380-4070"], ["802004-1253"])
(True, 'tal ändrat: 800380-4070 → 802004-1253')
>>> classify(["inte"], [])
(True, 'borttaget: inte')
>>> classify(["ska"], ["får"])
(True, 'nekande eller förpliktande ord ändrat: ska → får')
>>> classify(["Rädda"], ["Ridda"])
(False, 'OCR-likt: Rädda → Ridda')
>>> classify(["1", "§"], ["1", "8"])
(False, 'förväxlingsbara tecken: 1 § → 1 8')
>>> classify(["skälig"], ["rimlig"])
(True, 'omformulerat: skälig → rimlig')
>>> classify(["inte"], ["inle"])
(False, 'OCR-likt: inte → inle')
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from diarium.language.lexicon import Lexicon
from diarium.language.lexicon import load as load_lexicon
from diarium.diff.noise import percent_variant, respaced, scrap
from diarium.diff.normalise import key, skeleton
from diarium.language import words
from diarium.language.months import FULL_MONTHS

NUMBER_WORDS = {key(w) for w in words("number_words") | words("ordinals")}
MONTHS = {key(w) for w in FULL_MONTHS}
NEGATIONS = {key(w) for w in words("negations")}
MODALS = {key(w) for w in words("modal_verbs")}
# Small words whose replacement changes what an agreement says.
LEGAL_WORDS = {key(w) for w in words("obligation_words")}
CRITICAL_WORDS = NUMBER_WORDS | MONTHS | NEGATIONS | MODALS | LEGAL_WORDS
NUMERIC = re.compile(r"^\d[\d.,:/\-]*$")


def is_number(token: str) -> bool:
    return bool(NUMERIC.match(key(token) or token))


def critical_items(tokens: list[str]) -> list[tuple[str, str]]:
    """(item, source token) for each number (thousand groups merged) and critical word."""
    items: list[tuple[str, str]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if is_number(token):
            digits, source = re.sub(r"\D", "", token), token
            while index + 1 < len(tokens) and is_number(tokens[index + 1]) and (
                    re.fullmatch(r"\d{3}[.,]?", key(tokens[index + 1]) + tokens[index + 1][-1:].strip(
                        "0123456789")) or token.endswith("-")):
                index += 1
                token = tokens[index]
                digits += re.sub(r"\D", "", token)
                source += " " + token
            items.append(("#" + digits, source))
        elif key(token) in CRITICAL_WORDS:
            items.append(("w:" + key(token), token))
        index += 1
    return items


def digits(tokens: list[str]) -> str:
    """The digits printed, in order ('916i Fjdrds' and '916 i Fjärås' both print '916')."""
    return "".join(c for token in tokens for c in token if c.isdigit())


def without_scraps(tokens: list[str]) -> list[str]:
    return [t for t in tokens if not scrap(t) or key(t) in CRITICAL_WORDS]


def unexplained(mine: list[tuple[str, str]], theirs: list[tuple[str, str]],
                other_tokens: list[str]) -> list[tuple[str, str]]:
    """Critical items of one side missing on the other and not explained as OCR damage."""
    left = Counter(item for item, _ in theirs)
    missing = []
    for item, source in mine:
        if left[item]:
            left[item] -= 1
            continue
        if not ocr_explained(item, source, other_tokens):
            missing.append((item, source))
    return missing


def ocr_explained(item: str, source: str, other_tokens: list[str]) -> bool:
    """'1' read where 'i' was printed, 'etter' for 'eller': the other side has a look-alike."""
    for other in other_tokens:
        other_key = key(other)
        if item.startswith("#"):
            if (not is_number(other) and skeleton(other) == skeleton(source)) or percent_variant(source, other):
                return True
            continue
        if other_key in CRITICAL_WORDS or is_number(other) or len(other_key) < 2:
            continue
        distance = Levenshtein.distance(other_key, item[2:])
        if distance <= 1 or (distance <= 2 and (len(item) - 2 >= 5 or garbled(other))):
            return True
    return False


def garbled(token: str) -> bool:
    """Not a Swedish word (Hunspell form or compound) and not a number or a name: OCR debris."""
    core = token.strip(".,;:!?()[]\"'-")
    if not core or is_number(core) or name_like(core):
        return False
    lexicon = swedish_lexicon()
    if lexicon is None:
        return False
    lower = core.lower()
    return not (lexicon.in_hunspell(lower) or (lower.isalpha() and lexicon.is_compound(lower)))


def name_like(core: str) -> bool:
    """'Navigatus', 'Skårby-Lunna': a capital, then small letters — not 'OnmMmMMgJg<TrFMYSTA'."""
    return len(core) > 3 and core[:1].isupper() and core[1:].replace("-", "").isalpha() \
        and not any(c.isupper() for c in core[1:].split("-")[0])


@lru_cache(maxsize=1)
def swedish_lexicon() -> Lexicon | None:
    """The OCR-repair lexicon, or None when it cannot be loaded (then nothing counts as debris)."""
    try:
        return load_lexicon()
    except Exception:  # noqa: BLE001 - any failure just disables the debris rule
        return None


def shorten(words: list[str], limit: int = 80) -> str:
    text = " ".join(words)
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def describe(old: list[str], new: list[str]) -> str:
    if not old or not new:
        return ("tillagt: " if new else "borttaget: ") + shorten(old or new)
    return f"{shorten(old)} → {shorten(new)}"


def classify(old: list[str], new: list[str]) -> tuple[bool, str]:
    """(substantive, reason) for one region of differing words."""
    substantive, label = verdict(old, new)
    return substantive, (f"{label}: " if label else "") + describe(old, new)


def verdict(old: list[str], new: list[str]) -> tuple[bool, str]:
    """(substantive, the kind of difference) — OCR scraps are left out before judging."""
    if skeleton(" ".join(old)) == skeleton(" ".join(new)):
        return False, "förväxlingsbara tecken"
    if respaced(old, new):
        return False, "samma tecken, andra mellanrum"
    if stray_digit(old, new):
        return False, "lösryckt siffra (OCR)"
    old_items, new_items = critical_items(old), critical_items(new)
    lost = unexplained(old_items, new_items, new)
    gained = unexplained(new_items, old_items, old)
    if digits(old) == digits(new):          # the same digits in the same order: no number changed
        lost, gained = [i for i in lost if not i[0].startswith("#")], [i for i in gained if not i[0].startswith("#")]
    if (lost or gained) and not (old and new):
        return True, ""                     # added or removed words: "tillagt: …" says it all
    if lost or gained:
        kinds = {item[:1] for item, _ in lost + gained}
        words = {item[2:] for item, _ in lost + gained if item.startswith("w:")}
        return True, ("tal ändrat" if "#" in kinds or words & (NUMBER_WORDS | MONTHS)
                      else "nekande eller förpliktande ord ändrat")
    if ocr_like(old, new):
        return False, "OCR-likt"
    if unreadable(old, new) or (not (old and new) and all(map(garbled, old or new))):
        return False, "oläsligt i ena versionen (OCR-skräp)"
    kept_old, kept_new = without_scraps(old), without_scraps(new)
    if (kept_old, kept_new) != (old, new):
        return verdict(kept_old, kept_new) if kept_old or kept_new else (False, "OCR-skräp")
    return True, "" if not old or not new else "omformulerat"


def wordless(tokens: list[str]) -> bool:
    """No word a reader would miss: only numbers, scraps of up to three letters, and strings
    that are no Swedish word (OCR debris such as 'Soll od' where '3.11 3.12' was printed)."""
    return not any(len(key(t)) > 3 and not is_number(t) and swedish_word(t) for t in tokens)


def swedish_word(token: str) -> bool:
    """A Hunspell form or a compound of such (capitalised words too); True when no lexicon."""
    lexicon = swedish_lexicon()
    core = token.strip(".,;:!?()[]\"'-").lower()
    return lexicon is None or lexicon.in_hunspell(core) or (core.isalpha() and lexicon.is_compound(core))


def unreadable(old: list[str], new: list[str]) -> bool:
    """A few words against debris ('informera' → 'edgimers', 'partnerskapet' → 'EO')."""
    if not old or not new or max(len(old), len(new)) > 3:
        return False
    old_debris, new_debris = any(map(garbled, old)), any(map(garbled, new))
    return old_debris != new_debris


def stray_digit(old: list[str], new: list[str]) -> bool:
    """A lone digit from a smudge between unchanged words ('kortare 4 årsrapportering'), maybe
    with scraps of margin text ('4, la')."""
    lone = old or new
    digits = [t for t in lone if re.fullmatch(r"\d", key(t))]
    return not (old and new) and len(digits) == 1 and all(t in digits or scrap(t) for t in lone)


def ocr_like(old: list[str], new: list[str]) -> bool:
    """Small letter edits only: no whole word appears or disappears."""
    if not old or not new:
        return sum(len(key(t)) for t in old + new) <= 2
    if len(old) == len(new):
        return all(token_ocr_like(a, b) for a, b in zip(old, new))
    a, b = skeleton(" ".join(old)), skeleton(" ".join(new))
    return Levenshtein.distance(a, b) <= max(2, round(0.3 * max(len(a), len(b))))


def token_ocr_like(old: str, new: str) -> bool:
    a, b = skeleton(old), skeleton(new)
    longest = max(len(a), len(b))
    if longest <= 4 and old[:1].islower() and new[:1].islower():
        return True                   # 'till' read as 'me': short lower-case words only
    return Levenshtein.distance(a, b) <= max(1, round(0.34 * longest))
