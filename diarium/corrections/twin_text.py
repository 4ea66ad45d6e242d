"""The words of a text the twin model (`twins.py`) may learn from: the general vocabulary,
never a name and never a word of one document only.

A shipped model must hold language, not the documents it was counted in (issue 11). A name
is printed capitalised in the middle of a sentence ("Anna Berg", "i Ekeby"), a common word in
lowercase there, so:

* a word printed capitalised after another word of its line, with no sentence mark between
  them, is taken for a name there (`is_name_use`): it is neither counted nor a neighbour,
  and the pairs across it are not counted either;
* a word enters the model only if `MIN_DOCUMENTS` documents print it in lowercase
  (`general_words`): a surname, a village or a given name never is, and what one document
  alone prints (its own terms, a name in a lowercase slip) is no language;

and the twin model keeps a twin or a word pair only if `MIN_DOCUMENTS` documents print it.

>>> [w for w, _lower in word_stream(["Val av ledamot Anna Berg.", "Berg och dal i 2 år"])]
['val', 'av', 'ledamot', None, None, 'berg', 'och', 'dal', 'i', '#', 'år']
>>> sorted(general_words([word_stream(["i berg och dal"]), word_stream(["Berg i dal"])]))
['dal', 'i']
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from diarium.corrections.tokens import DIGIT, tokenize

MIN_DOCUMENTS = 2      # documents that must print a word or a pair before the model holds it
NUMBER = "#"           # every number, as `tokens.neighbour` writes it
SENTENCE_MARKS = frozenset(".!?:;")


def word_stream(lines: list[str]) -> list[tuple[str | None, bool]]:
    """A document's words in order, lowercased, each with whether it was printed in lowercase;
    a number is `NUMBER`, a name use (`is_name_use`) None."""
    stream: list[tuple[str | None, bool]] = []
    for line in lines:
        tokens = tokenize(line)
        for i, token in enumerate(tokens):
            core = token.core
            if DIGIT.search(core):
                stream.append((NUMBER, False))
            elif i and is_name_use(core, tokens[i - 1].core, tokens[i - 1].suffix):
                stream.append((None, False))
            else:
                stream.append((core.lower(), core.islower()))
    return stream


def is_name_use(core: str, prev_core: str, prev_suffix: str) -> bool:
    """A capitalised word (not all capitals: a heading) after a word of its line with no
    sentence mark between them: "ledamot Anna", "i Ekeby"."""
    return (core[:1].isupper() and not core.isupper() and any(c.isalpha() for c in prev_core)
            and not DIGIT.search(prev_core) and not SENTENCE_MARKS & set(prev_suffix))


def general_words(streams: Iterable[list[tuple[str | None, bool]]]) -> set[str]:
    """The words `MIN_DOCUMENTS` of the documents print in lowercase."""
    spread: Counter[str] = Counter()
    for stream in streams:
        spread.update({word for word, lower in stream if lower and word})
    return {word for word, n in spread.items() if n >= MIN_DOCUMENTS}
