"""Rule: a word hyphenated at a line end is judged whole.

Joined: "ensamkomm-" / "ande barn" → "ensamkommande" / "barn" (the line break is kept; the
next line loses the tail), when the joined word is a word and "Covid-" / "pandemins" keeps
its hyphen after a name. Left in two halves but repaired whole: "kon-" / "taktperson" is
"kontaktperson", not "kön-", so with joining off (or no join) the pair is judged as one word
and each half gets its part of the repair.

>>> from diarium.corrections.context import Context
>>> from diarium.corrections.repairer import Repairer
>>> from diarium.corrections.tokens import tokenize
>>> repairer = Repairer()
>>> hyphen_join(tokenize("rör ensamkomm-")[-1], "ande barn", repairer, Context("kept"))
('ensamkommande', 4, Decision(replacement='ensamkommande', confidence=0.9, reason='hyphenation'))
>>> hyphen_join(tokenize("hur Covid-")[-1], "pandemins följder", repairer, Context("kept"))
>>> hyphen_join(tokenize("samhal-")[-1], "lets insatser", repairer, Context("lost"))[0]
'samhällets'
>>> [(n, e.original, e.replacement) for n, e in repair_halves(
...     tokenize("samhal-")[-1], "lets insatser", repairer, Context("lost"))]
[(0, 'samhal', 'samhäl')]
>>> repair_halves(tokenize("en kon-")[-1], "taktperson", repairer, Context("kept"))
[]
"""
from __future__ import annotations

from diarium.corrections.context import Context, Decision, LineEdit
from diarium.corrections.repairer import Repairer
from diarium.corrections.tokens import Token, tokenize

# (joined word, characters of the next line it consumes, decision)
Join = tuple[str, int, Decision]


def continuation(lines: list[str], index: int) -> int | None:
    """The line a hyphenated word continues on: the next, or after one blank line."""
    for k in (index + 1, index + 2):
        if k < len(lines) and lines[k].strip():
            return k
    return None


def whole_word_context(ctx: Context, next_tokens: tuple[Token, ...]) -> Context:
    """The context of a hyphenated word judged whole: the word before its head, the word
    after its tail."""
    whole = Context(ctx.mode, ctx.doc_words, ctx.doc_repeated, prev=ctx.prev,
                    next=next_tokens[1].core.lower() if len(next_tokens) > 1 else "")
    whole.neighbours_changed()
    return whole


def hyphen_join(token: Token, next_line: str, repairer: Repairer, ctx: Context) -> Join | None:
    """The word the hyphenated `token` and the start of `next_line` make, or None. `ctx`:
    the head's context."""
    nxt = tokenize(next_line)
    if not nxt or nxt[0].prefix or not token.core.isalpha():
        return None
    tail = nxt[0]
    if not tail.core.isalpha() or not tail.core[:1].islower():
        return None
    head = token.core
    lex = repairer.lex
    if _name_before_hyphen(head, repairer):
        return None     # "Covid-\npandemins": a real hyphen
    joined = head + tail.core
    if lex.known(joined.lower()):
        new = joined
    else:
        decision = repairer.decide(joined, whole_word_context(ctx, nxt))
        if not decision or unlearned(decision, joined, ctx.mode, repairer):
            return None
        new = decision.replacement
    if head.lower() in lex and tail.core.lower() in lex and not lex.known(new.lower()):
        return None
    return new, tail.end, Decision(new, repairer.config.hyphen_confidence, "hyphenation")


def unlearned(decision: Decision, joined: str, mode: str, repairer: Repairer) -> bool:
    """The reading of a joined pair is one no learned slip explains (`unseen.py`): too weak
    for a join that is itself a guess ("fri-" / "och": a suspended hyphen, no "frisch").

    >>> repairer = Repairer()
    >>> found = repairer.decide("kormunen", Context("kept", prev="om"))
    >>> found.replacement, unlearned(found, "kormunen", "kept", repairer)
    ('kommunen', True)
    """
    return repairer.is_unseen(joined.lower(), mode, decision.replacement.lower())


def _name_before_hyphen(head: str, repairer: Repairer) -> bool:
    """A capitalised common word ("Covid-"), not a heading in capitals."""
    return (head[:1].isupper() and head.lower() in repairer.lex and len(head) > 2
            and not head.isupper()
            and repairer.prior(head.lower()) >= repairer.config.hyphen_name_zipf)


def repair_halves(token: Token, next_line: str, repairer: Repairer,
                  ctx: Context) -> list[tuple[int, LineEdit]] | None:
    """A word hyphenated at a line end, repaired as one word but left in its two halves.

    None when judging the pair says nothing (the halves are then repaired on their own),
    else [(0 or 1 for this or the next line, edit)], empty when the whole word is right.
    """
    nxt = tokenize(next_line)
    if not nxt or nxt[0].prefix or not token.core.isalpha() or not nxt[0].core.isalpha():
        return None
    tail = nxt[0]
    joined = token.core + tail.core
    known = repairer.lex.known(joined.lower())
    if known and ctx.mode == "kept":
        return []
    decision = repairer.decide(joined, whole_word_context(ctx, nxt))
    if decision is None:
        return [] if known else None
    if len(decision.replacement) != len(joined) or unlearned(
            decision, joined, ctx.mode, repairer):
        return None
    cut = len(token.core)
    halves = []
    for n, part, new in ((0, token, decision.replacement[:cut]),
                         (1, tail, decision.replacement[cut:])):
        if new != part.core:
            halves.append((n, LineEdit(part.start, part.end, part.core, new,
                                       decision.confidence, decision.reason, True)))
    return halves
