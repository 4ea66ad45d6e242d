"""Case-number shapes other authorities print without a label beside them.

>>> [m.group("body") for m in UNIT_DEPARTMENT.finditer("Regeringsbeslut 2031-08-28 N2031/4417/RS, N2031/4418 /RS")]
['N2031/4417/RS', 'N2031/4418 /RS']
>>> [m.group("body") for m in TWO_SERIALS_YEAR.finditer("§ 4 Avtal om busstrafik 402-118-2031 ... 5")]
['402-118-2031']
>>> [m.group("body") for m in REGISTER_CODE.finditer("har avsagt sig uppdraget (EK310442). Telefon (0123456)")]
['EK310442']
"""
from __future__ import annotations

import re

from diarium.extract.patterns import alternation
from diarium.language import words

# The labels of a case number ("Dnr", "Diarienummer", "Beteckning").
LABEL = alternation(label.rstrip(".:") for label in words("dnr_labels"))
ISO_DATE = re.compile(r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$")   # "KS 2022-10-20" is a date

# A one-letter department's number with its unit after it ("S2014/6324/SFÖ"): the whole year, a
# serial, the unit's capitals.
# A space may stray before the unit's slash ("N2031/08077 /RS"): the unit is still the number's.
UNIT_DEPARTMENT = re.compile(r"(?<![\w/-])(?P<body>[A-ZÅÄÖ](?:19|20)\d{2}/\d{1,6} ?/[A-ZÅÄÖ]{1,4})(?![\w/-])")
# A registry's plan code, a serial and the whole year ("501-335-2016", a länsstyrelse's or a
# region's form): three parts, no telephone number (those open with 0), no date (the year last).
TWO_SERIALS_YEAR = re.compile(r"(?<![\w/.,-])(?P<body>[1-9]\d{1,3}-\d{1,6}-(?:19|20)\d{2})(?![\w/.,-])")
# A board's prefix glued to the year's two digits, a zero-padded serial and the document's number
# ("BN30-00217/03", also broken at its hyphen over a line's end): no date, amount or product
# code has that shape.
BOARD_YEAR_GLUED = re.compile(r"(?<![\w/-])(?P<body>[A-ZÅÄÖ]{2,5}\d{2}-(?:[ \t]*\n(?:[ \t]*\n)?[ \t]*)?0\d{4}/\d{1,3})(?![\w/-])")
# A register's letters glued to the year's two digits and a serial, alone in parentheses after
# the matter it numbers ("(RV180949)").
REGISTER_CODE = re.compile(r"\((?P<body>[A-ZÅÄÖ]{2,3}\d{6})\)")


def is_statute_series(prefix: str) -> bool:
    """A författningssamling's abbreviation ends in "FS" ("SFS", a myndighet's "SOSFS 2011:9"):
    its "year:number" is a statute's number, no case."""
    return prefix.endswith("FS")


def normalise(printed: str) -> str:
    """Whitespace removed, a doubled dot (an OCR artefact) made single."""
    compact = re.sub(r"\.{2,}", ".", re.sub(r"\s+", "", printed))
    return re.sub(r"(?<=\d)S$", "5", compact)      # "2021-56 Sinnehåller": OCR S for 5


def is_date(body: str) -> bool:
    return bool(ISO_DATE.search(normalise(body)))
