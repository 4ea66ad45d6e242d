"""The repairer's memo: each distinct (word, context class) is judged once per repairer, and a
remembered decision is the one a fresh repairer would make."""
from __future__ import annotations

from collections import Counter

import pytest

from diarium.corrections import Repairer, repair
from diarium.corrections.context import Context
from diarium.corrections.memo import context_class

# Lines of a page that lost its å/ä/ö, made up in a kommun's style.
LOST_DOCUMENTS = (
    "Ekeby kommun, socialnamnden for barn och unga\n"
    "Norrby Bygg AB har lamnat ett anbud till forvaltningen.\n",
    "Protokoll fran sammantradet med Anna Berg\n"
    "Uppdraget galler forvaltningen och ett avtal om skolskjuts.\n",
)


def context(mode: str, prev: str, nxt: str, doc_words: Counter[str] | None = None) -> Context:
    ctx = Context(mode, doc_words if doc_words is not None else Counter(), prev=prev, next=nxt)
    ctx.neighbours_changed()
    return ctx


def counting(repairer: Repairer, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often the repairer judged each word afresh."""
    judged: Counter[str] = Counter()
    judge = repairer._decide_word

    def counted(core: str, ctx: Context):
        judged[core] += 1
        return judge(core, ctx)

    monkeypatch.setattr(repairer, "_decide_word", counted)
    return judged


def test_a_twin_is_judged_once_among_neighbours_the_twin_model_never_saw(monkeypatch):
    repairer = Repairer()
    judged = counting(repairer, monkeypatch)
    first = repairer.decide("for", context("lost", "qzxv", "xqzt"))
    again = repairer.decide("for", context("lost", "zvqx", "tqzx"))
    assert first == again and first is not again    # (a copy: callers edit theirs)
    assert judged["for"] == 1


def test_a_twin_is_judged_again_where_the_neighbours_speak():
    repairer = Repairer()
    word = None
    keys = set()
    for prev, nxt in (("qzxv", "xqzt"), ("det", "dokumentet"), ("", "")):
        ctx = context("lost", prev, nxt)
        repairer.decide("har", ctx)
        word = word or repairer.classes["har", "lost"]
        keys.add(context_class(repairer, word, "har", ctx))
    assert len(keys) == 3


def test_a_shared_repairer_judges_a_word_once_across_documents(monkeypatch):
    repairer = Repairer()
    judged = counting(repairer, monkeypatch)
    for text in LOST_DOCUMENTS:
        repair(text, repairer=repairer)
    assert judged["forvaltningen"] == 1


def test_the_document_printing_a_candidate_is_part_of_the_class():
    repairer = Repairer()
    plain = context("lost", "om", "och")
    printed = context("lost", "om", "och", Counter({"förvaltningen": 2}))
    repairer.decide("forvaltningen", plain)
    word = repairer.classes["forvaltningen", "lost"]
    assert context_class(repairer, word, "forvaltningen", plain) != context_class(
        repairer, word, "forvaltningen", printed)


def test_remembered_decisions_are_a_fresh_repairers():
    shared = Repairer()
    for text in LOST_DOCUMENTS * 2:
        assert repair(text, repairer=shared) == repair(text, repairer=Repairer())


def test_a_lost_initial_is_looked_for_once_per_form(monkeypatch):
    """`rules.lost_initial` asks the lexicon about each printed form once per repairer."""
    from diarium.corrections.rules import lost_initial
    asked: Counter[str] = Counter()
    real = lost_initial.folded_initial

    def folded_initial(core, lex, lead):
        asked[core] += 1
        return real(core, lex, lead)

    monkeypatch.setattr(lost_initial, "folded_initial", folded_initial)
    repairer = Repairer()
    text = "".join(LOST_DOCUMENTS) + "ven om det ar sa, ven for Anna Berg och ven for Ekeby.\n"
    out, _ = repair(text, repairer=repairer)
    assert asked["ven"] == 1 and asked["och"] == 1
    assert repairer.initials["ven"] == "aven"
    assert out == repair(text, repairer=Repairer())[0]
