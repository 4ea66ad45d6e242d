"""Personnummer and samordningsnummer, found in every written form and masked.

A personnummer is a date (YYMMDD, or YYYYMMDD with the century) and four digits, the last a
Luhn check digit; a samordningsnummer is the same with 60 added to the day. They are written
in many shapes, and every shape must be masked before anything is stored, logged, exported or
reported: any separator or none (`-`, `+`, en dash, space, no-break space), grouped digits
("1993 12 24-1234"), split over a line break, glued to a label ("pnr-931224-1234"), and read
by OCR with letters for digits (O for 0, l and I for 1, S for 5, B for 8: the glyphs of
`language/data/ocr_digits.tsv`).

What is not one: an organisationsnummer (its "month" is 20 or more), dates, phone numbers,
diarienummer and amounts. A candidate must be a real date, pass the Luhn check, and be
grouped the way a personnummer is: the separator after the date, the date itself in
"YYYY MM DD" groups (spaces, never dashes), the last four digits at most split in two. So
"070-123 45 67" (a phone number) is left alone even when its ten digits happen to pass
both checks; after a label ("Pnr:") any grouping is accepted.

The mask keeps the length and the separators, so the evidence offsets stored with every fact
still point at the right text:

>>> redact_text("Klienten, 19121212-1212, bor i Farsta.")
('Klienten, XXXXXXXX-XXXX, bor i Farsta.', 1)
>>> redact_text("Samordningsnummer 121272-1219 och pnr-121212–1212.")
('Samordningsnummer XXXXXX-XXXX och pnr-XXXXXX–XXXX.', 2)
>>> redact_text("1912 12 12-1212, 121212 -\\n1212 och 8O1O1O-1239")[0]
'XXXX XX XX-XXXX, XXXXXX -\\nXXXX och XXXXXX-XXXX'
>>> redact_text("Stadsmissionen, org.nr 808649-4070, tel. 070-123 45 69")
('Stadsmissionen, org.nr 808649-4070, tel. 070-123 45 69', 0)
>>> redact_text("Ärende 121212-1213 (fel kontrollsiffra)")[1]
0
"""
from diarium.redact.masking import (Redactor, mask_spans, redact_document, redact_line,
                                    redact_text, redact_value)
from diarium.redact.numbers import Found, find, is_personnummer

__all__ = ["Found", "Redactor", "find", "is_personnummer", "mask_spans", "redact_document",
           "redact_line", "redact_text", "redact_value"]
