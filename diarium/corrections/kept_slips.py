"""The commonest short words a poor scan misreads on a page that kept its å/ä/ö.

Tesseract's Swedish model keeps the letters but, on a poor scan, breaks the shortest and
commonest words into other short forms: "ett" into "eu" or "et", "att" into "au", "till"
into "ull" or "tll", "det" into "der". Most such forms are listed (the frequency list counts
foreign words and abbreviations: "eu", "an", "der"), so they are neither unknown nor rare
enough for the one-edit search, and a known word of two letters is never changed there.

A short rare form (`rare_short_zipf`, `rare_long_zipf`) printed in lower case that is no
function word itself has as candidates the
function words (`language/data/function_words.txt`) within one letter of its length that are
`kept_slip_lead` Zipf commoner and that the channel of such pages turns into it at most
`slip_max_cost` dearly (`kept_slips`); and on a poor scan keeping it costs more, in step with
the page's damage (`slip_discount`): a fair page keeps what it printed.

>>> from diarium.corrections.repairer import Repairer
>>> repairer = Repairer()
>>> [c[0] for c in kept_slips(repairer, "ull")], kept_slips(repairer, "och")
(['till'], [])
>>> slip_discount(repairer.config, 0.03), slip_discount(repairer.config, 0.1) > 1
(0.0, True)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from diarium.corrections.config import RepairConfig
from diarium.corrections.scoring import Candidate

if TYPE_CHECKING:
    from diarium.corrections.repairer import Repairer


def kept_slips(repairer: Repairer, core: str) -> list[Candidate]:
    """The function words a short lower-case form on a page that kept its letters may be a
    misreading of (none for a name, an abbreviation or a function word), cached by form."""
    found = repairer.kept_slip_cache.get(core)
    if found is None:
        found = repairer.kept_slip_cache[core] = _slips(repairer, core)
    return found


def _slips(repairer: Repairer, core: str) -> list[Candidate]:
    cfg = repairer.config
    if not (core.isalpha() and core.islower() and len(core) <= cfg.slip_max_length) or (
            core in repairer.function_word_set):
        return []
    prior, cost = repairer.prior(core), repairer.model.cost
    if prior >= (cfg.rare_short_zipf if len(core) <= cfg.rare_short_length
                 else cfg.rare_long_zipf):
        return []   # (too common to be a misreading: "ned" stays beside "med")
    return [(word, channel, word_prior) for word in repairer.function_words
            if abs(len(word) - len(core)) <= 1
            and (word_prior := repairer.prior(word)) - prior >= cfg.kept_slip_lead
            and (channel := cost(core, word, "kept")) <= cfg.slip_max_cost]


def slip_discount(config: RepairConfig, damage: float) -> float:
    """Zipf taken off keeping a form with such candidates on a page this damaged."""
    if damage <= config.kept_damage_pivot:
        return 0.0
    return config.kept_slip_damage_slope * (damage - config.kept_damage_pivot)
