"""Rule: two words the OCR glued together are split again.

"framgar.av" → "framgår av", "partnerskapetoch" → "partnerskapet och", "Stockholmden" →
"Stockholm den". Only a form no candidate explains; both halves must be words, one of them
a function word an OCR glues on (`language/data/glue_words.txt`) unless a stray full stop
marks the cut.

>>> scorer = CandidateScorer()
>>> split_glued(scorer, "partnerskapetoch", "kept")
Decision(replacement='partnerskapet och', confidence=0.8, reason='split')
>>> split_glued(scorer, "framgar.av", "lost").replacement
'framgår av'
>>> split_glued(scorer, "riskerarar", "kept") is None    # a typo, not "riskerar är"
True
>>> split_glued(scorer, "ekeby.se", "kept") is None    # a web address
True
>>> split_glued(scorer, "Attutvärdera", "kept").replacement, split_glued(scorer, "Paborn", "lost")
('Att utvärdera', None)
>>> split_glued(scorer, "Detarsrapport", "lost"), split_glued(scorer, "FOrteckning", "lost")
(None, None)
"""
from __future__ import annotations

from diarium.corrections.context import Decision, match_case
from diarium.corrections.scoring import CandidateScorer
from diarium.corrections.tokens import is_protected
from diarium.language import table, words
from diarium.language.letters import fold

GLUE_WORDS = words("glue_words")
# ... as a page without å/ä/ö prints them: the cut points tried
GLUE_KEYS = frozenset(fold(w) for w in GLUE_WORDS)
# Two finite verbs never follow each other: "riskerarar" is no "riskerar är".
FINITE_GLUE_VERBS = frozenset(table("grammar_cues")["finite_glue_verbs"].split())


def split_glued(scorer: CandidateScorer, core: str, mode: str) -> Decision | None:
    """The form as two words, or None."""
    cfg = scorer.config
    lower = core.lower()
    if is_protected(core):
        return None     # "ekeby.se" is an address, not "ekeby se"
    if "." in lower:
        cuts = [tuple(lower.split(".", 1))] if lower.count(".") == 1 else []
        confidence = cfg.split_dot_confidence
    else:
        cuts = [(lower[:n], lower[n:]) for n in range(2, len(lower) - 1)
                if fold(lower[:n]) in GLUE_KEYS or fold(lower[n:]) in GLUE_KEYS]
        confidence = cfg.split_confidence
    for left, right in cuts:
        if not (left.isalpha() and right.isalpha()):
            continue
        halves = restored(scorer, left, mode), restored(scorer, right, mode)
        if halves[0] is None or halves[1] is None or max(
                len(left), len(right)) < cfg.split_min_part:
            continue
        if "." not in lower and not plausible_split(scorer, core, halves[0], halves[1]):
            continue
        joined = match_case(core, halves[0] + " " + halves[1])
        if core.isupper():
            joined = joined.upper()
        return Decision(joined, confidence, "split")
    return None


def plausible_split(scorer: CandidateScorer, core: str, left: str, right: str) -> bool:
    """A function word as printed ("och", not "ar" on a page that kept its letters);
    not at the start of a capitalised word ("Paborn" is a name) unless it is a longer one
    before a long word, both as printed ("Attutvärdera"); a two-letter one only
    beside a common word ("riskerarar" is a typo, not "riskerar är")."""
    small, other = (right, left) if right in GLUE_WORDS else (left, right)
    if small not in GLUE_WORDS or small == left and core[:1].isupper() and not (
            len(small) > 2 and len(other) >= scorer.config.split_capital_min_rest
            and core.lower() == small + other):
        # (a long word after "Att", "Och", both printed as they are, opens a sentence:
        # "Attutvärdera"; "Detarsrapport" is no "Det årsrapport")
        return False
    if small in FINITE_GLUE_VERBS and other.endswith("r"):
        return False    # two finite verbs in a row
    return len(small) > 2 or scorer.lex.zipf(other) >= scorer.config.split_short_zipf


def restored(scorer: CandidateScorer, part: str, mode: str) -> str | None:
    """The part as a word: itself, or on a lost page its commonest å/ä/ö reading."""
    forms = [part] if scorer.prior(part) else []
    if mode == "lost":
        forms += scorer.lex.by_key(fold(part))
    forms = [f for f in forms if scorer.lex.zipf(f) >= scorer.config.split_min_zipf]
    return max(forms, key=scorer.lex.zipf) if forms else None
