"""The compound analysis behind `Lexicon.split_compound` and `Lexicon.compound_by_key`: a word,
or a diacritic-folded key, cut into a compound beginning, optional middles and an ending as
hunspell's COMPOUNDBEGIN / COMPOUNDMIDDLE / COMPOUNDEND roles allow, the longest head first;
a key's parts are restored to their å/ä/ö forms independently."""
from __future__ import annotations

from typing import Protocol

from diarium.language.keytable import KeyTable
from diarium.language.lexicon_codes import BEGIN, COMPOUND_MIN_PART, END, MIDDLE


class CompoundTables(Protocol):
    """What the key analysis reads of a `Lexicon`."""

    roles: dict[str, int]
    keys: KeyTable
    head_keys: frozenset[str]


def split_parts(roles: dict[str, int], heads: frozenset[str], word: str, first: bool,
                parts_left: int):
    """Split into BEGIN (MIDDLE)* END parts; the longest head first."""
    need_head = BEGIN if first else MIDDLE
    for cut in range(len(word) - COMPOUND_MIN_PART, COMPOUND_MIN_PART - 1, -1):
        head = word[:cut]
        if head not in heads or not roles.get(head, 0) & need_head:
            continue    # (most cuts: the small table says so)
        tail = word[cut:]
        if roles.get(tail, 0) & END:
            return (head, tail)
        if parts_left > 2:
            rest = split_parts(roles, heads, tail, False, parts_left - 1)
            if rest:
                return (head, *rest)
    return None


def forms_with_role(lex: CompoundTables, folded: str, role: int) -> list[str]:
    roles = lex.roles
    listed = lex.keys.get(folded)
    if not listed:      # most cuts: no diacritic forms to try
        return [folded] if roles.get(folded, 0) & role else []
    forms = listed.split("|")
    forms.append(folded)
    return [f for f in forms if roles.get(f, 0) & role]


def role_memo(memo: dict, role: int) -> dict[str, list[str]]:
    """The forms with one role per folded cut, kept in `memo` under the role's bit (its
    other keys are tuples): a cut is looked up by its string alone."""
    found = memo.get(role)
    if found is None:
        found = memo[role] = {}
    return found


def split_key(lex: CompoundTables, folded: str, first: bool, parts_left: int,
              limit: int, memo: dict) -> list[str]:
    """Restorations of `folded` as BEGIN (MIDDLE)* END, longest head first; each tail is
    analysed once, however many heads share it."""
    memo_key = (folded, first, parts_left)
    found = memo.get(memo_key)
    if found is not None:
        return found
    need_head = BEGIN if first else MIDDLE
    heads_memo, ends_memo = role_memo(memo, need_head), role_memo(memo, END)
    found = []
    cuts = range(len(folded) - COMPOUND_MIN_PART, COMPOUND_MIN_PART - 1, -1)
    # (most cuts are no compound head's key at all: the small table drops them first)
    for head_key in filter(lex.head_keys.__contains__, [folded[:cut] for cut in cuts]):
        heads = heads_memo.get(head_key)
        if heads is None:
            heads = heads_memo[head_key] = forms_with_role(lex, head_key, need_head)
        if not heads:
            continue
        if len(found) >= limit:     # (only a cut with heads can add to `found`)
            break
        tail = folded[len(head_key):]
        rests = ends_memo.get(tail)
        if rests is None:
            rests = ends_memo[tail] = forms_with_role(lex, tail, END)
        if parts_left > 2:
            rests = rests + split_key(lex, tail, False, parts_left - 1, limit, memo)
        for head in heads:
            found.extend(head + rest for rest in rests if head + rest not in found)
    memo[memo_key] = found[:limit]
    return memo[memo_key]
