"""Rule: an OCR "1", "I", "j" or "t" that stands for the word "i" ("in") becomes "i" again.

"1 uppdrag" → "i uppdrag" ("I" after a full stop); "1 januari", "1 kr", "1 och 2",
"kapitel 1 visar", "1." and "1 000" stay numbers. The words after which "1" is a number are
months (`language/data/months.tsv`) and `number_followers.txt`; labels before it are in
`number_labels.txt`. A capital "I" between two lower-case words of a sentence is the same
word (no sentence opens there); after a label it is a Roman numeral ("fas I visar"). A lone
"j" or "t" there is no Swedish word either ("redovisas j balansräkningen"); a "t" before a
word of one or two letters is an abbreviation's ("t o m", "t ex").

On a page with no sign of OCR damage (`corrections.intact`) the line loop lets a "1" through
only before a definite form (`definite_form`), which no numeral takes: "ingår 1 uppdraget"
is "i uppdraget", "väljer 1 ombud" stays, and so does "1 enlighet med" (no definite form:
the price of keeping such a page's numbers).

>>> from diarium.corrections.tokens import tokenize
>>> def one(text, mode="lost"):
...     tokens = list(tokenize(text))
...     index = [t.core for t in tokens].index("1")
...     decision = one_as_i(tokens, index, mode, line=text)
...     return decision.replacement if decision else "1"
>>> one("socialdirektoren 1 uppdrag"), one("från 1 januari"), one("kapitel 1 visar")
('i', '1', '1')
>>> one("jmf 1 § första stycket"), one("med stöd av 3 kap. 1 § förordningen")
('1', '1')
>>> one("1 000 kr"), one("punkt 1."), one("1 och 2"), one("beslutspunkt 1 gäller")
('1', '1', '1', '1')
>>> one("I 1 ärende var det", "kept"), one("ingår 1 uppdraget", "kept")
('1', 'i')
>>> one("på en skala, där 1 representerar lägsta", "kept")
'1'
>>> one("på bolagets bekostnad. 1 avtalet regleras")     # a sentence opens with "I"
'I'
>>> one("I 1 arende var det"), one("en skala dar 1 betyder"), one("ingar 1 uppdraget")
('1', '1', 'i')
>>> one("1 inledning"), one_as_i(list(tokenize("1 representerar det")), 0, "lost",
...                               prev_line_word="dar")
('1', None)
>>> def capital(text, mode="kept"):
...     tokens = list(tokenize(text))
...     decision = one_as_i(tokens, [t.core for t in tokens].index("I"), mode, line=text)
...     return decision.replacement if decision else "I"
>>> capital("finns I kommunen"), capital("beslut. I kommunen"), capital("fas I visar")
('i', 'I', 'I')
>>> capital("I kommunen"), capital("finns I 2024"), capital("enligt I avsnitt")
('I', 'I', 'I')
>>> def letter(text):
...     decision = one_as_i(list(tokenize(text)), 1, "lost", line=text)
...     return decision.replacement if decision else text.split()[1]
>>> letter("redovisas j balansen"), letter("beskrivs t planen"), letter("gäller t o m")
('i', 'i', 't')
>>> letter("5 t grus"), letter("Ekeby. J Norrby")
('t', 'J')

"""
from __future__ import annotations

from collections.abc import Callable
from diarium.corrections.config import DEFAULT, RepairConfig
from diarium.corrections.context import Decision
from diarium.corrections.syntax import word_class
from diarium.corrections.tokens import Token
from diarium.language import table, words
from diarium.language.letters import fold
from diarium.language.months import MONTHS

NUMBER_FOLLOWERS = frozenset(MONTHS) | words("number_followers")
# A noun's definite form ends so, after the bare form's last letters ("-": a consonant).
DEFINITE_ENDINGS = table("definite_endings")
VOWELS = "aeiouyåäöé"
BARE_MIN = 3            # letters of a bare form: "to" + "n" is no definite "ton"
A_NOUN_PLURAL = "or"    # a bare form in "-a" is a noun with a plural in "-or" ("frågor")
NUMBER_LABELS = words("number_labels")
# A compound ends in its head: "beslutspunkt 1", "delområde 1" are labels too.
COMPOUND_HEADS = tuple(label for label in NUMBER_LABELS if len(label) >= 4)
# Words a clause's subject follows ("där 1 representerar", "som 2 visar"): a number there is
# the subject, where "i" could hardly stand.
SUBJECT_OPENERS = word_class("subjects")
# After a preposition "i" cannot stand ("I 1 ärende", "av 1 miljon"), nor after a clause's
# opener where its subject follows ("där 1 representerar"): compared folded, as a page that
# lost its å/ä/ö prints them ("dar").
NUMBER_BEFORE = frozenset(map(fold, word_class("prepositions") | SUBJECT_OPENERS))
READINGS = ("1", "I", "j", "t")     # what an OCR prints for the word "i"
ABBREVIATION_TAIL = 3   # a "t" before a shorter word opens an abbreviation ("t o m")


def definite_form(word: str, is_word: Callable[[str], bool]) -> bool:
    """A noun's definite form (`definite_endings.tsv`): a bare form `is_word` lists, and its
    ending. A bare form in "-a" counts only as a noun ("ansökan" is no "ansöka" + "n").

    >>> listed = {"budget", "fråga", "frågor", "ansöka", "ärende", "handlingar"}.__contains__
    >>> [definite_form(w, listed) for w in ("budgeten", "frågan", "ärendet", "handlingarna")]
    [True, True, True, True]
    >>> [definite_form(w, listed) for w in ("ombud", "ansökan", "tecken", "lägenhet")]
    [False, False, False, False]
    """
    for ending, before in DEFINITE_ENDINGS.items():
        bare = word[:-len(ending)]
        if not word.endswith(ending) or len(bare) < BARE_MIN or not is_word(bare):
            continue
        last = bare[-1]
        if (last not in VOWELS) if before == "-" else (last in before and (
                last != "a" or is_word(bare[:-1] + A_NOUN_PLURAL))):
            return True
    return False


def inside_sentence(tokens: list[Token], index: int) -> bool:
    """A lower-case word right before, nothing between: "uppdrag 1 uppdrag", not "I 1 ärende"."""
    if index == 0:
        return False
    before = tokens[index - 1]
    return before.core.isalpha() and before.core.islower() and not before.suffix


def one_as_i(tokens: list[Token], index: int, mode: str,
             config: RepairConfig = DEFAULT, line: str = "", prev_line_word: str = "",
             ) -> Decision | None:
    """"i" for a free-standing "1" before a lower-case word that no number takes. `line`:
    the tokens' text, to see a sign between the two that makes no token ("1 § första");
    `prev_line_word`: the last word of the line before, lower case, when the sentence runs on
    ("där" / "1 representerar")."""
    token = tokens[index]
    if token.core not in READINGS or token.prefix or token.suffix or index + 1 >= len(tokens):
        return None
    if token.core != "1" and not inside_sentence(tokens, index):
        return None     # a capital opens a sentence, or a heading's Roman numeral
    if token.core == "t" and len(tokens[index + 1].core) < ABBREVIATION_TAIL:
        return None     # "t o m", "t ex"
    nxt = tokens[index + 1]
    if nxt.prefix or not nxt.core.isalpha() or not nxt.core.islower():
        return None
    if line[token.end:nxt.start].strip():
        return None     # "1 § första stycket": a paragraph number, the "§" between
    if nxt.core in NUMBER_FOLLOWERS or len(nxt.core) < config.one_as_i_min_next:
        return None
    if mode == "kept" and (not inside_sentence(tokens, index) or tokens[
            index - 1].core.lower() in SUBJECT_OPENERS):
        return None     # a page that kept its letters seldom reads "i" as "1": a firmer cue
    if index == 0 and (len(tokens) == 2 or fold(prev_line_word) in NUMBER_BEFORE):
        return None     # a numbered heading ("1 inledning"), or the sentence runs on
    if index > 0:
        before = tokens[index - 1].core
        lower = before.lower()
        if lower in NUMBER_LABELS or lower.endswith(COMPOUND_HEADS) or before[-1:].isdigit():
            return None
        if fold(lower) in NUMBER_BEFORE and not tokens[index - 1].suffix:
            return None
    opens_sentence = index > 0 and tokens[index - 1].suffix[-1:] in (".", "!", "?")
    return Decision("I" if opens_sentence else "i", config.one_as_i_confidence[mode],
                    f"i←{token.core} context")
