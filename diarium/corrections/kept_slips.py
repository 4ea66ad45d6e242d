"""The commonest short words a poor scan misreads on a page that kept its å/ä/ö.

Tesseract's Swedish model keeps the letters but, on a poor scan, breaks the shortest and
commonest words into other short forms: "ett" into "eu" or "et", "att" into "au", "till"
into "ull" or "tll", "det" into "der". Most such forms are listed (the frequency list counts
foreign words and abbreviations: "eu", "an", "der"), so they are neither unknown nor rare
enough for the one-edit search, and a known word of two letters is never changed there.

A short rare form (`RepairConfig.rare_zipf`) printed in lower case that is no function word
and no ordinary Swedish word (`is_ordinary_word`: the spelling dictionary lists it and it is
as common as `slip_max_zipf`, "art" beside "att") has as candidates the function words (`language/data/function_words.txt`) within one letter of its length that are
`kept_slip_lead` Zipf commoner and that the channel of such pages turns into it at most
`slip_max_cost` dearly (`kept_slips`); and on a poor scan keeping it costs more, in step with
the page's damage (`slip_discount`): a fair page keeps what it printed.

>>> from diarium.corrections.repairer import Repairer
>>> repairer = Repairer()
>>> [c[0] for c in kept_slips(repairer, "ull")], kept_slips(repairer, "och")
(['till'], [])
>>> [kept_slips(repairer, w) for w in ("art", "fel", "ur", "tal")]
[[], [], [], []]
>>> [[c[0] for c in kept_slips(repairer, w)] for w in ("au", "der")]
[['att', 'nu'], ['det']]
>>> slip_discount(repairer.config, 0.03), slip_discount(repairer.config, 0.1) > 1
(0.0, True)
"""
from __future__ import annotations

from typing import Protocol

from diarium.corrections.channel import ChannelModel
from diarium.corrections.config import RepairConfig
from diarium.corrections.keeping import FUNCTION_WORDS_SET
from diarium.corrections.scoring import Candidate
from diarium.language.lexicon import Lexicon


class SlipReader(Protocol):
    """What the search reads of the repairer (which imports this module)."""
    config: RepairConfig
    lex: Lexicon
    model: ChannelModel
    function_words: list[str]
    kept_slip_cache: dict[str, list[Candidate]]

    def prior(self, word: str) -> float: ...

ORDINARY_MIN_LENGTH = 3


def kept_slips(repairer: SlipReader, core: str) -> list[Candidate]:
    """The function words a short lower-case form on a page that kept its letters may be a
    misreading of (none for a name, an abbreviation or a function word), cached by form."""
    found = repairer.kept_slip_cache.get(core)
    if found is None:
        found = repairer.kept_slip_cache[core] = _slips(repairer, core)
    return found


def _slips(repairer: SlipReader, core: str) -> list[Candidate]:
    cfg = repairer.config
    if not (core.isalpha() and core.islower() and len(core) <= cfg.slip_max_length) or (
            core in FUNCTION_WORDS_SET):
        return []
    prior, cost = repairer.prior(core), repairer.model.cost
    if prior >= cfg.rare_zipf(len(core)):
        return []   # (too common to be a misreading: "ned" stays beside "med")
    if is_ordinary_word(repairer.lex, core, cfg):
        return []
    return [(word, channel, word_prior) for word in repairer.function_words
            if abs(len(word) - len(core)) <= 1
            and (word_prior := repairer.prior(word)) - prior >= cfg.kept_slip_lead
            and (channel := cost(core, word, "kept")) <= cfg.slip_max_cost]


def is_ordinary_word(lex: Lexicon, core: str, config: RepairConfig) -> bool:
    """A form of three letters or more the spelling dictionary lists and that is common in
    Swedish use: a word of its own ("art", "tal"), no slip. A form only the frequency list
    knows ("der"), a rare dictionary form ("ull", "au") or one of two letters (the common ones
    that are no function word are foreign or units: "et", "an", "ar") may still be one."""
    return len(core) >= ORDINARY_MIN_LENGTH and lex.in_hunspell(core) and (
        lex.zipf(core) >= config.slip_max_zipf)


def slip_discount(config: RepairConfig, damage: float) -> float:
    """Zipf taken off keeping a form with such candidates on a page this damaged."""
    if damage <= config.kept_damage_pivot:
        return 0.0
    return config.kept_slip_damage_slope * (damage - config.kept_damage_pivot)
