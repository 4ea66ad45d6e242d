"""Swedish OCR repair: restore what an OCR engine without Swedish letters broke, keep the rest.

`repair(text or Document)` returns the repaired text, with exactly the input's lines and
pages, and the list of `Change`s (applied and, below the confidence threshold, only logged).
Every tuning number is a field of `RepairConfig` (`repair(text, config=...)`); the Swedish
word lists are data in `diarium/language/data/`.

Modules: `engine` (documents and pages), `lines` (the rules in order over a page's lines),
`repairer` (the word rule) on `scoring` (candidates: channel + prior), `channel` and `learn`
(the channel model; the lexicon is `diarium.language.lexicon`), `syntax` (grammar cues),
`names`, `abbreviations` (listed abbreviations and labels), `tokens`, `context` (what rules
share), `config`, and one module per rule in `rules/`.

>>> text, changes = repair("Socialndmnden beslutar att godkdnna forslaget 1 uppdrag.\\n"
...     "Avtalet galler fran 1 januari 2021, dnr 2.3.4-565/2021.")
>>> print(text)
Socialnämnden beslutar att godkänna förslaget i uppdrag.
Avtalet gäller från 1 januari 2021, dnr 2.3.4-565/2021.
>>> [(c.original, c.replacement) for c in changes][:3]
[('Socialndmnden', 'Socialnämnden'), ('godkdnna', 'godkänna'), ('forslaget', 'förslaget')]
"""
from __future__ import annotations

from diarium.corrections.config import ByMode, RepairConfig
from diarium.corrections.engine import Repairer, repair

__all__ = ["ByMode", "RepairConfig", "Repairer", "repair"]
