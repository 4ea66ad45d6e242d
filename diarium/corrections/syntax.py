"""Swedish syntax cues for the short forms an OCR without å/ä/ö makes ambiguous.

"ar" is "är" (is) or "år" (year), "har" is "har" (has) or "här" (here), "man" is "man" (one)
or "män" (men). Frequency alone picks the commoner reading everywhere; the neighbours
usually settle it: a year follows a number or a quantifier ("24 år", "varje år", "år 2015"),
"är" follows its subject ("som är", "det är") and precedes a complement ("är inte", "är
att"). The cues are hand-written grammar, not learned from any document, and the
neighbours are compared diacritic-folded because they may be damaged too.

>>> cue("år", "24", "som"), cue("är", "24", "som")
(6.0, 0.0)
>>> cue("är", "som", "18"), cue("år", "som", "18")
(6.0, 0.0)
>>> cue("år", "under", "2015"), cue("här", "", "finns")
(6.0, 6.0)

A few general collocations settle other pairs: "ges råd och stöd", "lindra nöd", "en svår
tid", "två vägar", "på ett sätt".

>>> cue("råd", "ges", "och"), cue("nöd", "lindra", ""), cue("svår", "en", "tid")
(6.0, 6.0, 6.0)
>>> cue("vägar", "tva", "att"), cue("sätt", "ett", "att"), cue("råd", "en", "och")
(6.0, 6.0, 0.0)
"""
from __future__ import annotations

from diarium.corrections.lexicon import key

STRONG = 6.0    # nats: outweighs the frequency gap between the readings

NUMERALS = set(
    "ett en två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton "
    "sjutton arton nitton tjugo trettio fyrtio femtio hundra tusen halvt halvannat".split())
QUANTIFIERS = set(
    "varje vart per samma detta förra nästa hela första andra tredje fjärde femte sista "
    "senaste kommande innevarande föregående efterföljande varannat några flera många fler färre antal".split())
SUBJECTS = set(
    "det den detta denna dessa som vilket vilka vilken han hon vi de ni jag du man där här "
    "vad vem hur vars alla målet syftet".split())
COMPLEMENTS = set(
    "inte att en ett det den också även ofta mycket mer mest så viktigt viktig möjligt "
    "beroende nöjd nöjda alltid redan därför dock bara fortfarande oklart".split())
PLACE_VERBS = set("finns fastslås fastställs ingår anges framgår beskrivs är".split())
PEOPLE = set("kvinnor flickor pojkar unga vuxna äldre yngre ensamstående".split())
MODALS = set("ska skall kan kunna bör måste vill skulle behöver brukar".split())
INFINITIVE_MARKERS = MODALS | {"att", "får"}
DEGREE = set(
    "mycket relativt ganska väldigt jämförelsevis förhållandevis alltför extremt betydligt "
    "något fortsatt".split())


def _folded(words: set[str]) -> set[str]:
    return {key(w) for w in words}


YEAR_BEFORE = _folded(NUMERALS | QUANTIFIERS | {"i", "till", "under", "för", "sedan", "om"})
SUBJECT_BEFORE = _folded(SUBJECTS)
AFTER_IS = _folded(COMPLEMENTS)
AFTER_HERE = _folded(PLACE_VERBS)
NEAR_MEN = _folded(PEOPLE)
BEFORE_ADJECTIVE = _folded(DEGREE)
BEFORE_INFINITIVE = _folded(INFINITIVE_MARKERS)
AFTER_MODAL = _folded(MODALS)
BEFORE_ATTRIBUTE = _folded(set("det den de denna detta dessa sitt sin sina vårt vår våra".split()))
COUNTED = NEAR_MEN | _folded(NUMERALS - {"en", "ett"} | {"många", "fler", "flera", "några"})


def infinitive_cue(form: str, prev: str, is_word, firm: bool = False) -> float:
    # `prev` is diacritic-folded, as `cue` takes it.
    """After "att", "ska", "kan" ... a verb's infinitive: 'att stärka' rather than 'starka';
    after a determiner an adjective: 'det fortsatta arbetet' rather than 'fortsätta'.

    A form is taken for an infinitive when its present tense is a word too ("stärker",
    "ingår"); the adjective "starka" has no "starker".

    >>> words = {"stärka", "stärker", "stärk", "stärkande", "starka", "ingå", "ingår",
    ...          "ingått", "inga", "inger"}.__contains__
    >>> infinitive_cue("stärka", "att", words), infinitive_cue("starka", "att", words)
    (3.0, 0.0)
    >>> infinitive_cue("starka", "det", words), infinitive_cue("stärka", "det", words)
    (6.0, 0.0)
    >>> infinitive_cue("ingå", "ska", words), infinitive_cue("inga", "ska", words)
    (6.0, 0.0)

    `firm`: the "att" opens a decision item ("1. att ingå ...") or the next word is a
    determiner ("att ingå ett avtal"), where "att" cannot start a clause.

    >>> infinitive_cue("ingå", "att", words, firm=True)
    6.0
    """
    if prev not in BEFORE_INFINITIVE and prev not in BEFORE_ATTRIBUTE or not form[-1:] in "aåeo":
        return 0.0
    present = is_verb(form, is_word)
    if prev in BEFORE_ATTRIBUTE:    # "det fortsatta arbetet": an adjective, not "fortsätta"
        return STRONG if is_word(form) and not present else 0.0
    if not present:
        return 0.0
    return STRONG if prev in AFTER_MODAL or firm else STRONG / 2   # "att" also opens clauses


PERIPHRASTIC = _folded(set("komma kommer kom kommit".split()))
CONTROL_VERBS = _folded(set("uppdra uppdrar uppdras uppdrog uppmana uppmanar uppmanas".split()))
DETERMINERS = _folded(set("en ett den det de denna detta dessa sin sitt sina sådana".split()))


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
    if len(before) >= 2 and key(before[-2]) in PERIPHRASTIC:
        return True     # "kommer att ingå": never a clause
    if any(key(w) in CONTROL_VERBS for w in before[-5:-1]):
        return True     # "uppdra åt förvaltningschefen att ingå avtal"
    return marks_only or key(next_) in DETERMINERS


def is_verb(form: str, is_word) -> bool:
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
    """Evidence in nats that `form` is the reading its (folded) neighbours call for."""
    rule = RULES.get(form)
    return STRONG if rule and rule(prev, next_) else 0.0


def _year(prev: str, next_: str) -> bool:
    if prev in SUBJECT_BEFORE:
        return False
    return is_number(prev) or prev in YEAR_BEFORE or is_number(next_)


def _is(prev: str, next_: str) -> bool:
    if is_number(prev) or prev in YEAR_BEFORE - SUBJECT_BEFORE and not is_number(next_) and (
            next_ not in AFTER_IS):
        return False
    return prev in SUBJECT_BEFORE or next_ in AFTER_IS


# General Swedish collocations that choose the å/ä/ö reading of an ambiguous form:
# "råd och stöd", "lindra nöd", "i nöd", "en svår tid", "två vägar", "på ett sätt".
GIVE_OR_GET = _folded(set("ge ges ger gav få får fick fått söka söker begära".split()))
BEFORE_NEED = _folded(set("i lindra lindrar lindras lida lider".split()))
PLURAL_COUNT = _folded(NUMERALS - {"en", "ett"} | set(
    "flera många olika nya andra alla vissa alternativa".split()))
BEFORE_MANNER = _folded(set("ett olika samma annat vilket bästa nytt".split()))

# Left neighbours after which some reading gets a cue from `infinitive_cue`.
CUE_WORDS = BEFORE_INFINITIVE | BEFORE_ATTRIBUTE

RULES = {
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
}


# On a page that kept its å/ä/ö the Swedish model itself sometimes reads "år" as "är" or
# back: both are words, so only grammar that admits one reading alone may swap them.
SWAP_CONFIDENCE = 0.9
COUNT_WORDS = NUMERALS - {"en", "ett", "halvt", "halvannat"}   # "en är" is "one is"
MAX_AGE = 150
# After a count, words that go with a span of years and hardly with a plural subject.
YEAR_TAIL = set("gamla gammal gammalt sedan senare tidigare framåt tillbaka framöver".split())
# ... and words that follow either: the count must then stand where a subject cannot.
CLAUSE_TAIL = set("som och eller i från till efter under inom med för av på per".split())
# Before a count, words that make it a duration or an age ("upp till 24 år", "fyller 18 år").
DURATION_BEFORE = set(
    "till i under efter om på för inom över mellan än cirka ca drygt knappt nästan omkring "
    "runt minst högst max bara endast ungefär fyllt fyller fyllde fyllda fylla är var blir blivit "
    "varit vara bli sedan ålder åldern åldrarna åldersgruppen".split())
# Before a count, words that make it a subject or a label ("de 24 är", "fråga 3 är").
COUNT_SUBJECT = set(
    "de dessa alla övriga samtliga resterande båda varav vilka fråga frågorna punkt paragraf "
    "kapitel kap bilaga avsnitt sida sid steg nr nummer alternativ del tabell figur artikel "
    "rad grupp nivå fas version rum hus våning linje område årskurs klass mål modell typ "
    "kategori utskott".split())
YEAR_QUANTIFIERS = set("varje per förra samma innevarande".split())
SAME_IS = set("fallet sant sak".split())   # "samma är fallet", "det förra är sant"
PERSONAL_SUBJECTS = set("jag du han hon vi ni".split())
CLAUSE_SUBJECTS = set("det detta denna som vilket".split())
IS_ADVERBS = COMPLEMENTS - set("en ett det den så".split())


def real_word_swap(form: str, before: list[str], next_: str, closing: bool) -> str | None:
    """The other of "år"/"är" when the sentence allows only it, on a page that kept its
    letters. `before`: the words of the sentence before `form` (no punctuation between
    the last and `form`), as printed; `next_` the next word, lower case; `closing`: a
    comma or full stop follows `form`.

    >>> real_word_swap("är", "omfattar gruppen unga vuxna upp till 24".split(), "som", False)
    'år'
    >>> real_word_swap("är", "barnet var tre".split(), "gammalt", False)
    'år'
    >>> real_word_swap("är", "avgiften betalas per".split(), "", True)
    'år'
    >>> real_word_swap("år", "därför att hon".split(), "inte", False)
    'är'

    A count that is the subject, a year-like number or a label stays as printed:

    >>> [real_word_swap("är", b.split(), n, False) for b, n in [("2024", "ett"),
    ...     ("i de 24", "fler"), ("svaret på fråga 3", "ja"), ("av de 24", "från")]]
    [None, None, None, None]
    """
    lower = [w.lower() for w in before]
    prev = lower[-1] if lower else ""
    if form == "är":
        if prev in YEAR_QUANTIFIERS and not (prev == "per" and before[-1] != "per"):
            return "år" if _year_of(prev, lower[:-1], next_) else None
        if _count(prev) and _years_after_count(lower[:-1], next_, closing):
            return "år"
        return None
    if form == "år":
        if prev in PERSONAL_SUBJECTS and not is_number(next_):
            return "är"
        if prev in CLAUSE_SUBJECTS and next_ in IS_ADVERBS:
            return "är"
    return None


def _year_of(quantifier: str, before: list[str], next_: str) -> bool:
    """'varje är' is 'varje år'; 'det förra är sant', 'samma är fallet' keep their 'är'."""
    if quantifier in ("förra", "samma"):
        return (not before or before[-1] not in DETERMINERS) and (
            next_ not in SAME_IS and key(next_) not in AFTER_IS)
    return True


def _count(word: str) -> bool:
    """A cardinal 1–150 ("24", "16–24") or a numeral word; not a year ("2024") nor "3,5"."""
    if word in COUNT_WORDS:
        return True
    last = word.replace("-", "–").rsplit("–", 1)[-1]
    return last.isdigit() and 1 <= int(last) <= MAX_AGE and all(
        part.isdigit() for part in word.replace("-", "–").split("–"))


def _years_after_count(before: list[str], next_: str, closing: bool) -> bool:
    """Words before the count (`before`) and after "är" that make it a span of years."""
    head = before[-1] if before else ""
    if head in ("och", "eller") and len(before) >= 2 and _count(before[-2]):
        head = before[-3] if len(before) >= 3 else ""    # "mellan 16 och 24 år"
    if not head or head in COUNT_SUBJECT:
        return False    # "Två är sedan tidigare kända", "de 24 är", "fråga 3 är"
    if next_ in YEAR_TAIL and not closing:
        return True
    return head in DURATION_BEFORE and (closing or next_ in CLAUSE_TAIL)
