"""Rule: a word whose first letter, an å/ä/ö, an English-model OCR dropped altogether.

Tesseract's English model sometimes prints nothing for a word's initial "ä" or "ö": "även"
comes out "ven", "är" "r", "över" "ver", "ökad" "kad". What is left is often a fragment
wordfreq still lists, so the form is judged by how much commoner the word with the letter
is (`RepairConfig.lost_initial_lead` Zipf): "ven" is "även", but "ren" stays (no "åren"
is that much commoner) and "ger" stays. The restored form then goes through the word rule
with its letter folded ("ar"), so that the context picks "är" or "år" ("5 r" → "5 år").

>>> from diarium.language.lexicon import load
>>> lex = load()
>>> [folded_initial(w, lex, 2.0) for w in ("ven", "r", "ver", "ren", "ger", "Ven")]
['aven', 'ar', 'over', None, None, None]
"""
from __future__ import annotations

from diarium.language.letters import fold
from diarium.language.lexicon import Lexicon

INITIALS = "åäö"
COMMON_ZIPF = 4.0       # the restored word is a common one


def folded_initial(core: str, lex: Lexicon, lead: float) -> str | None:
    """The word with its folded initial ("aven" for "ven") when one of å/ä/ö in front of
    the lower-case form makes a common word `lead` Zipf commoner than the form itself."""
    if not core.isalpha() or not core.islower() or len(core) > 8:
        return None
    best, best_zipf = "", 0.0
    for letter in INITIALS:
        zipf = lex.zipf(letter + core)
        if zipf > best_zipf:
            best, best_zipf = letter + core, zipf
    if best_zipf < COMMON_ZIPF or best_zipf - lex.zipf(core) < lead:
        return None
    return fold(best)
