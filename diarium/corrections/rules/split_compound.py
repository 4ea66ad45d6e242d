"""Rule: a compound the OCR split in two is joined again.

"social förvaltningen" → "socialförvaltningen", "ensam kommande" → "ensamkommande". Only
when the joined word is listed and the pair cannot be two words there: an uninflected word
before a definite noun ("social förvaltningen", not "sociala") or a participle ("upp
sökande"), or the joined word is printed elsewhere in the document. A word that stands
alone ("i dag", "under lag", "nya regler": `language/data/function_words.txt` and
`standalone_words.txt`) never starts one.

>>> from diarium.corrections.scoring import CandidateScorer
>>> from diarium.corrections.tokens import tokenize
>>> line = "beslut av social förvaltningen i dag"
>>> tokens = list(tokenize(line))
>>> join_starts(tokens, set(), 3)     # not "i dag"
[2]
>>> join_split(tokens, 2, line, "kept", CandidateScorer(), set())
Decision(replacement='socialförvaltningen', confidence=0.8, reason='joined split word')
"""
from __future__ import annotations

from diarium.corrections.context import Decision, match_case
from diarium.corrections.scoring import CandidateScorer
from diarium.corrections.tokens import Token, neighbour
from diarium.language import words
from diarium.language.letters import fold

NEVER_LEFT = words("function_words") | words("standalone_words")
DEFINITE_ENDINGS = ("en", "et", "na")
PARTICIPLE_ENDINGS = ("ande", "ende")
SHAPED_ENDINGS = DEFINITE_ENDINGS + PARTICIPLE_ENDINGS


def join_starts(tokens: list[Token], doc_tails: set[str], min_part: int) -> list[int]:
    """The words that may start a split compound, by a cheap first test: the next word has
    the shape of a compound's tail or ends like a word of the document (`doc_tails`: the
    last four letters of its words with å/ä/ö), and this one is no function word, has no
    punctuation after it and is long enough."""
    return [j for j, (token, nxt) in enumerate(zip(tokens, tokens[1:]))
            if (nxt.core.endswith(SHAPED_ENDINGS) or nxt.core[-4:] in doc_tails)
            and not token.suffix and len(token.core) >= min_part and token.core not in NEVER_LEFT]


def join_split(tokens: list[Token], index: int, line: str, mode: str, scorer: CandidateScorer,
               doc_keys: set[str]) -> Decision | None:
    """The token and the next as one word, or None (for a start `join_starts` found).
    `doc_keys`: the document's words with å/ä/ö, as printed and diacritic-folded."""
    cfg = scorer.config
    left, right = tokens[index], tokens[index + 1]
    if left.suffix or right.prefix or len(left.core) < cfg.join_min_part or len(
            right.core) < cfg.join_min_part:
        return None
    a, b = left.core, right.core
    lower = (a + b).lower()
    evidence = lower in doc_keys    # as printed, or as a page without å/ä/ö prints it
    if not (evidence or b.endswith(SHAPED_ENDINGS)) or not _adjacent_words(left, right, line):
        return None
    joined = _listed_compound(scorer, lower, mode)
    if joined is None or not (evidence or _shaped(scorer, a, joined[len(a):])):
        return None
    if scorer.model.bigrams.get(f"{neighbour(fold(a.lower()))}|{joined[len(a):]}", 0):
        return None     # the pair is seen as two words in clean text
    return Decision(match_case(a, joined),
                    cfg.join_evidence_confidence if evidence else cfg.join_confidence,
                    "joined split word")


def _adjacent_words(left: Token, right: Token, line: str) -> bool:
    """Two plain words one space apart; the right one lower case, the left no name, neither
    a function word ("Gar det" is "Går det", no "Gärdet")."""
    if right.suffix[:1] == "-" or line[left.end:right.start] != " ":
        return False
    a, b = left.core, right.core
    return (a.isalpha() and b.isalpha() and b.islower() and a[1:].islower()
            and a.lower() not in NEVER_LEFT and b not in NEVER_LEFT)


def _listed_compound(scorer: CandidateScorer, lower: str, mode: str) -> str | None:
    """The commonest listed reading of the joined pair (on a lost page with its å/ä/ö)."""
    lex, cfg = scorer.lex, scorer.config
    forms = [f for f in ([lower] if mode == "kept" else lex.by_key(fold(lower)))
             if lex.is_word(f) and lex.zipf(f) >= cfg.join_min_zipf]
    if not forms:
        return None
    joined = max(forms, key=lex.zipf)
    if mode == "kept" and (fold(joined) != joined) != (fold(lower) != lower):
        return None
    return joined


def _shaped(scorer: CandidateScorer, head: str, tail: str) -> bool:
    """The tail is a definite noun after an uninflected head, or a participle."""
    lex, min_zipf = scorer.lex, scorer.config.join_min_zipf
    definite = any(lex.zipf(tail[:-len(e)]) >= min_zipf for e in DEFINITE_ENDINGS
                   if tail.endswith(e)) and head[-1:].lower() not in "ae"
    return definite or tail.endswith(PARTICIPLE_ENDINGS)
