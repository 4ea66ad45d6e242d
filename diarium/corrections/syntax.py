"""Swedish syntax cues for the short forms an OCR without å/ä/ö makes ambiguous.

"ar" is "är" (is) or "år" (year), "har" is "har" (has) or "här" (here), "man" is "man" (one)
or "män" (men). Frequency alone picks the commoner reading everywhere; the neighbours
usually settle it: a year follows a number or a quantifier ("24 år", "varje år", "år 2015"),
"är" follows its subject ("som är", "det är") and precedes a complement ("är inte", "är
att"). The cues are hand-written grammar, not learned from any document, and the
neighbours are compared diacritic-folded because they may be damaged too.

A cue is 1.0 when the neighbours call for the reading, else 0.0 (the repairer weighs it as
`RepairConfig.cue_strength` nats):

>>> cue("år", "24", "som"), cue("är", "24", "som")
(1.0, 0.0)
>>> cue("är", "som", "18"), cue("år", "som", "18")
(1.0, 0.0)
>>> cue("år", "under", "2015"), cue("här", "", "finns")
(1.0, 1.0)
>>> cue("är", "arealen", "21"), cue("år", "arealen", "21"), cue("år", "3-5", "138")
(1.0, 0.0, 1.0)
>>> cue("är", "2030", "70"), cue("år", "2030", "70"), cue("år", "65", "eller")
(1.0, 0.0, 1.0)

A few general collocations settle other pairs: "ges råd och stöd", "lindra nöd", "en svår
tid", "två vägar", "på ett sätt", "från våra invånare", "bör inte", "för att", "med stöd".

>>> cue("råd", "ges", "och"), cue("nöd", "lindra", ""), cue("svår", "en", "tid")
(1.0, 1.0, 1.0)
>>> cue("vägar", "tva", "att"), cue("sätt", "ett", "att"), cue("råd", "en", "och")
(1.0, 1.0, 0.0)
>>> cue("våra", "fran", "invanare"), cue("våra", "att", "med"), cue("bör", "delegat", "inte")
(1.0, 0.0, 1.0)
>>> cue("för", "stod", "att"), cue("får", "stod", "att"), cue("för", "vi", "inte")
(1.0, 0.0, 0.0)
>>> cue("för", "budget", "2025"), cue("får", "budget", "2025"), cue("för", "vi", "25")
(1.0, 0.0, 0.0)
>>> cue("stöd", "med", "av"), cue("stöd", "ett", "vid"), cue("stöd", "kan", "och")
(1.0, 1.0, 0.0)
"""
from __future__ import annotations

from collections.abc import Callable

from diarium.language import table
from diarium.language.letters import fold

def word_class(name: str) -> frozenset[str]:
    """The words of one class of `language/data/grammar_cues.tsv`, as written."""
    return frozenset(table("grammar_cues")[name].split())


def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


NUMERALS = word_class("numerals")
MODALS = word_class("modal_verbs")
COMPLEMENTS = word_class("adverb_complements") | word_class("pronoun_complements")
DETERMINERS = _folded(word_class("determiners"))
YEAR_BEFORE = _folded(NUMERALS | word_class("quantifiers") | word_class("year_prepositions"))
SUBJECT_BEFORE = _folded(word_class("subjects"))
AFTER_IS = _folded(COMPLEMENTS)
AFTER_HERE = _folded(word_class("place_verbs"))
NEAR_MEN = _folded(word_class("people"))
BEFORE_ADJECTIVE = _folded(word_class("degree_adverbs"))
BEFORE_INFINITIVE = _folded(MODALS | word_class("infinitive_markers"))
AFTER_MODAL = _folded(MODALS)
BEFORE_ATTRIBUTE = _folded(word_class("attributive_determiners"))
# Numerals that count more than one: no article ("en", "ett") among them.
PLURAL_NUMERALS = NUMERALS - word_class("articles")
COUNTED = NEAR_MEN | _folded(PLURAL_NUMERALS | word_class("counting_words"))
PERIPHRASTIC = _folded(word_class("periphrastic_verbs"))
CONTROL_VERBS = _folded(word_class("control_verbs"))
# General Swedish collocations that choose the å/ä/ö reading of an ambiguous form:
# "råd och stöd", "lindra nöd", "i nöd", "en svår tid", "två vägar", "på ett sätt".
GIVE_OR_GET = _folded(word_class("give_or_get"))
BEFORE_NEED = _folded(word_class("before_need"))
PLURAL_COUNT = _folded(PLURAL_NUMERALS | word_class("plural_quantifiers"))
BEFORE_MANNER = _folded(word_class("before_manner"))
PREPOSITIONS = _folded(word_class("prepositions"))
MODAL_ADVERBS = _folded(word_class("modal_adverbs"))

# Left neighbours after which some reading gets a cue from `infinitive_cue`.
CUE_WORDS = BEFORE_INFINITIVE | BEFORE_ATTRIBUTE
# The word a slash stands for before the second of two slashed words ("kr/år": per år).
SLASH_READING = next(iter(word_class("slash_reading")))


def infinitive_cue(form: str, prev: str, is_word: Callable[[str], bool],
                   firm: bool = False) -> float:
    """After "att", "ska", "kan" ... a verb's infinitive: 'att stärka' rather than 'starka';
    after a determiner an adjective: 'det fortsatta arbetet' rather than 'fortsätta'.
    `prev` is diacritic-folded, as `cue` takes it.

    A form is taken for an infinitive when its present tense is a word too ("stärker",
    "ingår"); the adjective "starka" has no "starker". After a plain "att", which also opens
    clauses, the cue is half as strong.

    >>> words = {"stärka", "stärker", "stärk", "stärkande", "starka", "ingå", "ingår",
    ...          "ingått", "inga", "inger"}.__contains__
    >>> infinitive_cue("stärka", "att", words), infinitive_cue("starka", "att", words)
    (0.5, 0.0)
    >>> infinitive_cue("starka", "det", words), infinitive_cue("stärka", "det", words)
    (1.0, 0.0)
    >>> infinitive_cue("ingå", "ska", words), infinitive_cue("inga", "ska", words)
    (1.0, 0.0)

    `firm`: the "att" opens a decision item ("1. att ingå ...") or the next word is a
    determiner ("att ingå ett avtal"), where "att" cannot start a clause.

    >>> infinitive_cue("ingå", "att", words, firm=True)
    1.0
    """
    if prev not in BEFORE_INFINITIVE and prev not in BEFORE_ATTRIBUTE or not form[-1:] in "aåeo":
        return 0.0
    present = is_verb(form, is_word)
    if prev in BEFORE_ATTRIBUTE:    # "det fortsatta arbetet": an adjective, not "fortsätta"
        return 1.0 if is_word(form) and not present else 0.0
    if not present:
        return 0.0
    return 1.0 if prev in AFTER_MODAL or firm else 0.5


def firm_infinitive(before: list[str], next_: str) -> bool:
    """'att' (last of `before`, the line's words so far) heads a decision item — only list
    marks before it ("1.", "a)", "•") — or a determiner follows: an infinitive comes next.

    >>> firm_infinitive(["1", "att"], "ett"), firm_infinitive(["1", "att"], "barn")
    (True, True)
    >>> firm_infinitive(["visar", "att"], "barn"), firm_infinitive(["visar", "att"], "ett")
    (False, True)
    >>> firm_infinitive(["kan", "komma", "att"], ""), firm_infinitive(
    ...     ["2", "att", "uppdra", "at", "chefen", "att"], "avtal")
    (True, True)
    """
    if not before or before[-1] != "att":
        return False
    marks_only = all(len(w) <= 2 and not w.isalpha() or len(w) == 1 for w in before[:-1])
    if len(before) >= 2 and fold(before[-2]) in PERIPHRASTIC:
        return True     # "kommer att ingå": never a clause
    if any(fold(w) in CONTROL_VERBS for w in before[-5:-1]):
        return True     # "uppdra åt förvaltningschefen att ingå avtal"
    return marks_only or fold(next_) in DETERMINERS


def is_verb(form: str, is_word: Callable[[str], bool]) -> bool:
    """An infinitive, judged by its paradigm among the words: present "-r" with a past,
    supine or passive ('mata': matar, matade; 'ingå': ingår, ingått), or present "-er"
    with a bare stem and a participle ('häva': häver, häv, hävande). 'inga' has only the
    name forms "inger", "ing" and "Ingas".

    >>> words = {"häver", "häv", "hävande", "inger", "ing", "ingas", "ingår", "ingått"
    ...          }.__contains__
    >>> is_verb("häva", words), is_verb("ingå", words), is_verb("inga", words)
    (True, True, False)
    """
    if is_word(form + "r") and (
            is_word(form + "de") or is_word(form + "tt") or is_word(form + "s")):
        return True
    stem = form[:-1] if form.endswith("a") else ""
    return bool(stem) and is_word(stem + "er") and is_word(stem) and is_word(form + "nde")


def is_number(word: str) -> bool:
    """'85', '2 300', '3,4' — not '6ver', which is OCR for 'över'."""
    return bool(word) and word[:1].isdigit() and all(c.isdigit() or c in ".,:–-" for c in word)


def cue(form: str, prev: str, next_: str) -> float:
    """1.0 when `form` is the reading its (folded) neighbours call for, else 0.0."""
    rule = RULES.get(form)
    return 1.0 if rule and rule(prev, next_) else 0.0


def is_year(word: str) -> bool:
    """'2015', '1998': a number that names a year ("år 2015", not "är 70")."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _a_years_value(prev: str, next_: str) -> bool:
    """A year, then a number or a complement: "2030 är 70", "2025 är inte" (a year counts no
    years: "år 2025", never "2025 år"; "2023. År 2021" opens a sentence with a year)."""
    return is_year(prev) and (is_number(next_) and not is_year(next_) or next_ in AFTER_IS)


def _one_slip_keys(word: str) -> list[str]:
    return [word[:i] + "?" + word[i + 1:] for i in range(len(word))]


# A long cue word is recognised with one letter misread too: an English model prints "ö" as
# "é", "d" or "6", which folding does not undo ("féregaende ar", "fdrsta ar").
SLIP_MIN = 6
YEAR_BEFORE_SLIPS = frozenset(key for w in YEAR_BEFORE if len(w) >= SLIP_MIN
                              for key in _one_slip_keys(w))


def near_year_quantifier(prev: str) -> bool:
    """`prev` is a long word of `YEAR_BEFORE`, one letter aside.

    >>> near_year_quantifier("feregaende"), near_year_quantifier("fdrsta")
    (True, True)
    >>> near_year_quantifier("vara"), near_year_quantifier("stycket")
    (False, False)
    """
    return len(prev) >= SLIP_MIN and not YEAR_BEFORE_SLIPS.isdisjoint(_one_slip_keys(prev))


def _year(prev: str, next_: str) -> bool:
    if prev in SUBJECT_BEFORE or _a_years_value(prev, next_):
        return False
    return is_number(prev) or prev in YEAR_BEFORE or is_year(next_) or near_year_quantifier(
        prev)


def _is(prev: str, next_: str) -> bool:
    if _a_years_value(prev, next_):
        return True
    if is_number(next_) and not is_year(next_) and not is_number(prev) and (
            prev not in YEAR_BEFORE):
        return True     # "arealen är 21 621" (a table's "3-5 år 138" counts years)
    if is_number(prev) or prev in YEAR_BEFORE - SUBJECT_BEFORE and not is_number(next_) and (
            next_ not in AFTER_IS):
        return False
    return prev in SUBJECT_BEFORE or next_ in AFTER_IS


def _possessive(prev: str, next_: str) -> bool:
    """After a preposition, before a noun: "i vår omvärld" (not "ta till vara sin", "om
    var man")."""
    return prev in PREPOSITIONS and bool(next_) and not is_number(next_) and (
        next_ not in DETERMINERS and next_ not in SUBJECT_BEFORE)


# The forms whose reading grammar settles, each with its test on the folded neighbours.
RULES: dict[str, Callable[[str, str], bool]] = {
    "år": _year,
    "är": _is,
    "här": lambda prev, next_: next_ in AFTER_HERE,
    "män": lambda prev, next_: prev in COUNTED or next_ in NEAR_MEN,
    "far": lambda prev, next_: next_ == "illa",     # "barn som far illa"
    "låg": lambda prev, next_: prev in BEFORE_ADJECTIVE,
    "lågt": lambda prev, next_: prev in BEFORE_ADJECTIVE,
    "råd": lambda prev, next_: prev in GIVE_OR_GET or next_ == "och" and prev not in DETERMINERS,
    "nöd": lambda prev, next_: prev in BEFORE_NEED,
    "svår": lambda prev, next_: prev == "en" or prev in BEFORE_ADJECTIVE,
    "vägar": lambda prev, next_: prev in PLURAL_COUNT,
    "sätt": lambda prev, next_: prev in BEFORE_MANNER,
    "våra": lambda prev, next_: _possessive(prev, next_),    # "från våra invånare"
    "vår": lambda prev, next_: _possessive(prev, next_),
    "bör": lambda prev, next_: next_ in MODAL_ADVERBS,           # "bör inte", "bör även"
    # "med stöd av", "ett stöd", "ge stöd": a noun after a preposition, an article or a verb
    # of giving, where the verb "stå" cannot stand
    "stöd": lambda prev, next_: prev in PREPOSITIONS or prev == "ett" or prev in GIVE_OR_GET,
    # "för att", "för 2025": "far att" is no "får att", and no verb takes a year as object
    "för": lambda prev, next_: next_ == "att" or is_year(next_),
}
