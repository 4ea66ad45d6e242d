"""The repair rules, one module each; `diarium.corrections.lines` applies them in order.

* `symbols` — what Tesseract-swe misreads: "$ 397" → "§ 397", "10 m?" → "10 m²", "1/s" → "l/s"
* `split_compound` — a compound the OCR split in two ("social förvaltningen")
* `name_restoration` — names and places that lost their å/ä/ö ("Goran", "i Malm")
* `year_or_is` — "år"/"är" swapped by grammar on a page that kept its letters
* `hyphenation` — a word hyphenated at a line end, joined or judged whole
* `mojibake` — text decoded with the wrong character set ("fÃ¶r")
* `one_as_i` — "1 uppdrag" → "i uppdrag"
* `glued_words` — two words the OCR glued ("partnerskapetoch")
* `capitals` — a common word the OCR capitalised mid-sentence
* `bullets` — a line-initial glyph that was a bullet "•"

The word rule itself (the noisy-channel choice) is `diarium.corrections.repairer`.
"""
