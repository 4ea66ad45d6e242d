"""Made-up personnummer in every written form, for the tests that plant them and then look
for them in every output channel. Each number is distinct (its own date), so a leak says
which form leaked; none belongs to anyone (dates in 1947, check digits computed)."""
from __future__ import annotations

from dataclasses import dataclass

from stdnum import luhn


def checked(nine: str) -> str:
    """Nine digits YYMMDDNNN + their Luhn check digit."""
    return nine + luhn.calc_check_digit(nine)


@dataclass(frozen=True)
class Planted:
    written: str        # as it stands in the document
    digits: str         # YYMMDDNNNN as written (a samordningsnummer keeps its day + 60)

    @property
    def needles(self) -> list[str]:
        """What must appear nowhere: the number as written, its ten digits, and its date."""
        return [self.written, self.digits, self.digits[:6]]


def ocr_letters(digits: str) -> str:
    """The date as an OCR engine may read it: O for 0, l for 1."""
    return digits.replace("0", "O").replace("1", "l")


FORMS = [
    lambda d, n: f"{d}-{n}", lambda d, n: f"19{d}-{n}", lambda d, n: f"{d}+{n}",
    lambda d, n: f"{d}–{n}", lambda d, n: f"{d} {n}", lambda d, n: f"{d}\u00a0{n}",
    lambda d, n: f"{d}{n}", lambda d, n: f"19{d}{n}", lambda d, n: f"{d} - {n}",
    lambda d, n: f"19{d[:2]} {d[2:4]} {d[4:]}-{n}", lambda d, n: f"{d[:2]} {d[2:4]} {d[4:]}-{n}",
    lambda d, n: f"{d}-\n{n}", lambda d, n: f"{d}\n{n}", lambda d, n: f"pnr-{d}-{n}",
    lambda d, n: f"Pnr:{d}{n}", lambda d, n: f"{ocr_letters(d)}-{n}",
    lambda d, n: f"personnummer {d[:4]} {d[4:7]}{n[:1]} {n[1:]}",
]


def planted(year: str = "47", first: int = 0) -> list[Planted]:
    """One number in each written form, plus a samordningsnummer, each with its own date."""
    found = []
    for i, form in enumerate(FORMS + [lambda d, n: f"{d}-{n}"]):
        k = first + i
        month, day = 1 + k % 12, 10 + k // 12
        if form is FORMS[15]:   # the OCR form needs zeros and ones in the date
            month, day = 10, 10 + k // 12
        if i == len(FORMS):     # samordningsnummer: the day + 60
            day += 60
        digits = checked(f"{year}{month:02d}{day:02d}{100 + k:03d}")
        found.append(Planted(form(digits[:6], digits[6:]), digits))
    return found
