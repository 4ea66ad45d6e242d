"""What a decision section holds besides its decisions' words, and where a paragraph's lines
part: a page's footer (contact fields, and its page's lines after it), a numbered caption under
a map or figure, a letterhead's fields under the document's kind ("BESLUT" / "Datum … Dnr …"),
and a sentence that repeals an earlier act (a decision of its own, also without a paragraph
break before it)."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from diarium.extract.patterns import alternation, plain_alternation
from diarium.language import table, words
from diarium.schemas.structure import Spanned
from diarium.structure.layout_headings import contact_labels_row, template_tokens
from diarium.structure.body import ends_sentence
from diarium.text import squash

MIN_FOOTER_FIELDS = 2
MIN_LABEL_LETTERS = 6     # a signing box's label ("justerare"), not a page-number word ("sida", "av")
# The end of a sentence inside a line: a full stop before a capital.
SENTENCE_BREAK = re.compile(r"(?<=[a-zåäö0-9)])[.!?](?=\s+[A-ZÅÄÖ])")


def without_footers(spans: list[Spanned], text: str, footer_pages: set[int] | None = None,
                    low: Callable[[int], bool] | None = None) -> list[Spanned]:
    """The lines less a page's footer ("Postadress: … Telefon: … E-post: …", or a protokoll
    page's signing box "Justerandes signatur  Utdragsbestyrkande") and the lines after it on its
    page (its web address, a line of the footer's second column, the box's scanned initials).
    `footer_pages`, shared by the paragraphs of a section, carries a footer's page over to the
    paragraphs after it on that page; a signing box's labels are dropped wherever they stand, and
    end the page's text where `low` places them in the lower half of the page."""
    footer_pages = set() if footer_pages is None else footer_pages
    kept: list[Spanned] = []
    for span in spans:
        line = text[span.start:span.end]
        if span.page in footer_pages:
            continue
        box = signing_box_row(line)
        if page_footer(line) or box and low is not None and low(span.start):
            footer_pages.add(span.page)
        elif not box:
            kept.append(span)
    return kept


@lru_cache(maxsize=1)
def repeal_phrase() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b{plain_alternation(words('repeal_phrases'))}\b")


def repeal_starts(before: str, rest: list[str]) -> bool:
    """After a line that ends a sentence, a sentence that repeals the act it replaces ("Taxan,
    antagen 2019-03-01 § 12, upphör därmed att gälla."): a decision of its own.

    >>> repeal_starts("Nämnden antar taxan, daterad 2031-02-01.", ["Taxan, antagen av nämnden 2029-05-03 § 4 upphör", "därmed att gälla."])
    True
    >>> repeal_starts("Nämnden antar taxan, daterad 2031-02-01.", ["Taxan gäller från 1 mars."])
    False
    """
    before = squash(before)
    if not rest or not rest[0][:1].isupper() or not ends_sentence(before):
        return False
    sentence = squash(" ".join(rest))
    end = SENTENCE_BREAK.search(sentence)
    return bool(repeal_phrase().search(sentence[:end.end() if end else len(sentence)]))


def page_footer(sentence: str) -> bool:
    """A page's footer that a flattened text runs into the last row ("Postadress: … Tel: …
    E-post: …"): contact fields, no proposal.

    >>> page_footer("KS 2019/12 Postadress: Ekeby kommun Tel: Fax: E-post: info@ekeby.se"), page_footer("Taxan gäller.")
    (True, False)
    >>> page_footer("Postadress Besöksadress Telefon")       # the label row over the footer's values
    True
    """
    fields = [token for token in sentence.split() if token.endswith(":")
              and token.rstrip(":").casefold() in words("contact_labels")]
    return len(fields) >= MIN_FOOTER_FIELDS or contact_labels_row(sentence)


@lru_cache(maxsize=1024)
def signing_box_row(line: str) -> bool:
    """The label row of a protokoll page's signing box, which a scan's text layer (or a page that
    lost its furniture line) leaves under the last line of a decision: two labels or more, every
    word a page-template word (`page_furniture.txt`), one of them a whole label, no number.

    >>> signing_box_row("Justerare  Expedierat/bestyrkt"), signing_box_row("Justerandes sign Utdragsbestyrkande")
    (True, True)
    >>> signing_box_row("Sida av"), signing_box_row("Justerare Anna Berg"), signing_box_row("Justerare")
    (False, False, False)
    """
    return any(len(token) >= MIN_LABEL_LETTERS and token.isalpha() for token in template_tokens(line))


@lru_cache(maxsize=1)
def caption_start() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(words('caption_labels'))})\s+\d{{1,3}}[.:]\s")


def is_caption(first_line: str) -> bool:
    """A numbered caption under a map, figure or table ("Karta 1. Området som utvidgas.").

    >>> is_caption("Karta 2. Område där föreskrifterna gäller."), is_caption("Kartan visar området.")
    (True, False)
    """
    return bool(caption_start().match(squash(first_line)))


@lru_cache(maxsize=1)
def header_field() -> re.Pattern[str]:
    labels = {label.casefold() for label in table("date_labels")} | {label.rstrip(".:") for label in words("dnr_labels")}
    return re.compile(rf"(?i)^(?:{plain_alternation(labels)})(?![\w-])")


def opens_with_header_field(text: str) -> bool:
    """A piece that opens with a date or case number label ("Datum Dnr (anges vid
    skriftväxling) …"): the letterhead under a document's kind printed as its title ("Beslut"),
    which the structure took for a decision heading; no decision opens so.

    >>> opens_with_header_field("Datum 2025-03-01 Dnr 511-1234-25"), opens_with_header_field("Länsstyrelsen beslutar")
    (True, False)
    """
    return header_field().match(text.lstrip()) is not None
