"""Personnummer redaction for `diarium run --redact-personnummer`.

Only numbers that python-stdnum accepts as a valid personnummer (date and Luhn check; a
samordningsnummer too) are masked. The mask keeps the length and the separator, so the
evidence offsets stored with every fact still point at the right text:

>>> redact_text("Klienten, 19121212-1212, bor i Farsta.")
('Klienten, XXXXXXXX-XXXX, bor i Farsta.', 1)
>>> redact_text("Stockholms stadsmission, org.nr 802003-1954")  # an orgnr is no personnummer
('Stockholms stadsmission, org.nr 802003-1954', 0)
>>> redact_text("Ärende 121212-1213 (fel kontrollsiffra)")[1]
0
"""
from __future__ import annotations

import re
from typing import Any

from stdnum.se import personnummer

PLACEHOLDER_DIGIT = "X"
# YYMMDD or YYYYMMDD, an optional separator (- or + for centenarians, or a space), then four digits.
CANDIDATE = re.compile(r"(?<![\d-])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\d])")


def mask(number: str) -> str:
    return re.sub(r"\d", PLACEHOLDER_DIGIT, number)


def is_personnummer(candidate: str) -> bool:
    compact = candidate.replace(" ", "-")
    try:
        return personnummer.is_valid(compact)
    except Exception:  # stdnum raises on dates it cannot build, e.g. month 20 in an orgnr
        return False


def redact_text(text: str) -> tuple[str, int]:
    """Mask every valid personnummer in text; return (text, how many were masked)."""
    count = 0

    def replace(match: re.Match) -> str:
        nonlocal count
        if not is_personnummer(match.group()):
            return match.group()
        count += 1
        return mask(match.group())

    return CANDIDATE.sub(replace, text), count


def redact_value(value: Any) -> tuple[Any, int]:
    """Redact every string inside nested dicts/lists (a dumped pydantic model)."""
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, list):
        items = [redact_value(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    if isinstance(value, dict):
        entries = {k: redact_value(v) for k, v in value.items()}
        return {k: v for k, (v, _) in entries.items()}, sum(n for _, n in entries.values())
    return value, 0
