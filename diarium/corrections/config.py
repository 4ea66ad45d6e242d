"""Every tuning number of the OCR repair, in one typed, frozen object.

A `Repairer` takes a `RepairConfig` (the default instance unless told otherwise), so a caller
tries another setting without editing code:

>>> from dataclasses import replace
>>> bold = replace(DEFAULT, doc_bonus_zipf=3.0, unknown_zipf=ByMode(lost=-2.0, kept=1.0))
>>> bold.doc_bonus_zipf, bold.unknown_zipf["lost"], DEFAULT.unknown_zipf["lost"]
(3.0, -2.0, -1.0)

Priors are Zipf frequencies (log10 of occurrences per billion words, 0 for no word), costs
and scores are nats (−log P). A page is "lost" when its OCR dropped every å/ä/ö (an English
model) and "kept" otherwise; `ByMode` holds a setting that differs between the two.
"""
from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class ByMode:
    """One setting for pages that lost their å/ä/ö and one for pages that kept them.

    >>> ByMode(lost=0.9, kept=0.7)["kept"]
    0.7
    """

    lost: float
    kept: float

    # `by_mode[mode]` is the attribute of that name, looked up in C: this runs per word.
    __getitem__ = object.__getattribute__


@dataclass(frozen=True)
class RepairConfig:
    """The tuning numbers of `diarium.corrections`; see the module docstring."""

    # --------------------------------------------------------------- pages
    lost_min_letters: int = 40
    """A page this long with (almost) no å/ä/ö lost them: Swedish prose has one every 30
    letters or so."""
    lost_max_swedish_share: float = 0.001
    """... "almost no": at most this share of its letters are å/ä/ö."""
    page_mode_min_letters: int = 160
    """A page with fewer letters takes its mode from the whole document."""

    # --------------------------------------------------------------- priors of keeping a word
    unknown_zipf: ByMode = ByMode(lost=-1.0, kept=1.0)
    """Prior of keeping an unknown word (a name, a rare compound); on a page that lost its
    å/ä/ö an unknown word with a listed restoration is almost always damage."""
    name_zipf: float = 1.0
    """Prior of keeping an unknown capitalised word inside a sentence: likely a name."""
    name_pair_zipf: ByMode = ByMode(lost=1.0, kept=1.5)
    """Added when the next word is capitalised too ("Anna Lindqvist")."""
    function_word_zipf: float = 6.0
    """A candidate this common ("för", "är", "på") is never part of a name."""
    damage_pivot: float = 0.2
    """A page on which more than this share of the words no list knows (even without their
    å/ä/ö) is a poor scan: most of its unknown words are misreadings, fewer are names."""
    kept_damage_pivot: float = 0.05
    """The same on a page that kept its å/ä/ö: its OCR misreads fewer words (a fair scan's
    share is about a twentieth, a poor one's a tenth or more on the train split)."""
    kept_damage_slope: float = 30.0
    """... and the Zipf taken off there per share above it (a page at 15%: 3 Zipf less); only
    off a plain word `kept_damage_min_length` long with no å/ä/ö and no name's capital
    (train swe poor 3.32% → 3.28%, no more false corrections; 60 made 5 more and one on a
    real scan)."""
    kept_damage_min_length: int = 8
    intact_confidence: float = 0.95
    """On an intact page (`page.Page.intact`: it kept its å/ä/ö and no more than
    `kept_damage_pivot` of its words are unknown — a fair scan, or text that was never OCR),
    the word rule changes a known or a capitalised word only this surely; and it restores an
    å/ä/ö in a capitalised word only when the document prints that form elsewhere."""
    intact_max_unmarked: float = 0.01
    """... and at most this share of its words is listed only with an å/ä/ö it lacks (the
    Swedish-model pages of the train and dev splits that pass the damage pivot have none; a
    page that lost a mark in every tenth word is no fair scan)."""
    damage_zipf_slope: float = 10.0
    """Taken off the prior of keeping an unknown word per share of unknown words above the
    pivot (a page at 30% unknown: 1 Zipf less)."""
    damaged_zipf: float = -3.0
    """Prior of keeping a word with a damage glyph on a page that lost its å/ä/ö."""
    damage_glyphs: str = "é6"
    """On a lost page these glyphs inside a word are how the OCR drew å/ä/ö, not a name's."""
    known_keep_bonus: ByMode = ByMode(lost=0.0, kept=4.0)
    """Extra evidence (nats) needed to change a word the lexicon knows."""
    doc_bonus_zipf: float = 2.5
    """Added to a candidate printed correctly elsewhere in the same document (half of it to
    keeping a known word printed elsewhere)."""
    short_word: int = 2
    """A known word this short is never changed on a page that kept its letters."""

    # --------------------------------------------------------------- priors of candidates
    hunspell_only_zipf: float = 1.5
    """Prior of a word hunspell lists and wordfreq does not know."""
    compound_zipf: float = 1.5
    """Prior of a compound of listed parts."""
    compound_part_penalty: float = 0.5
    """Taken off a compound's prior per part beyond two and per part shorter than three
    letters ("lag|enhets|överlåtelser" against "lägenhets|överlåtelser")."""
    loose_compound_zipf: float = 1.0
    """Prior of a two-part compound only the looser analysis finds ("nämnds|ärenden")."""
    common_zipf: float = 3.0
    """A candidate this common ends a cheap search early, and no compound is tried after it."""
    common_word_zipf: float = 5.5
    """A word this common, capitalised mid-sentence, owes its capital to the OCR; and after a
    plain "att" such a word may open a clause instead of being an infinitive."""

    # --------------------------------------------------------------- candidate search
    rare_long_zipf: float = 3.5
    """A known word rarer than this may still be a misreading, by one likely edit."""
    rare_short_zipf: float = 5.0
    """... the same for a word of at most `rare_short_length` letters ("giller")."""
    rare_short_length: int = 3
    """Words up to this length use `rare_short_zipf`."""
    def rare_zipf(self, length: int) -> float:
        """The Zipf under which a known word of `length` letters may still be a misreading."""
        return self.rare_short_zipf if length <= self.rare_short_length else self.rare_long_zipf

    slip_max_length: int = 4
    """On a page that lost its å/ä/ö, a rare form this short is also compared with the
    commonest function words ("til" is "till", "ay" is "av") ..."""
    slip_max_cost: float = 7.0
    """... that the channel turns into it at most this dearly."""
    slip_max_zipf: float = 4.3
    """... when the form is rarer than this ("art", "all" stay words)."""
    kept_slip_max_length: int = 5
    """On a page that kept its å/ä/ö, only a rare listed word this short is compared with
    what one likely edit makes of it ("tör": "för"): longer ones gained nothing on the train
    pages and cost a fifth of the repair's time."""
    kept_slip_lead: float = 2.0
    """On a page that kept its å/ä/ö, a short lower-case form may be a misreading of a function
    word this many Zipf commoner ("eu" for "ett", `kept_slips.py`) ..."""
    kept_slip_damage_slope: float = 30.0
    """... and keeping it there costs this many Zipf per share of unknown words above
    `kept_damage_pivot`."""
    known_max_cost: float = 4.5
    """Channel cost of the one edit a rare known word may be a misreading by."""
    diacritics_only_cost: float = 2.5
    """An unknown word whose restored å/ä/ö alone give a common word this cheaply needs no
    edit search."""
    cheap_explanation: float = 3.5
    """A one-edit candidate cheaper than this ends the search; else two edits are tried."""
    label_max_cost: float = 7.0
    """A label before a case number or a colon ("Dar 2021/12") is read as the listed
    abbreviation the channel makes of it at most this dearly ("Dnr": 5.2 on a lost page)."""
    label_confidence: float = 0.8
    """... with this confidence."""
    two_edit_limit: int = 400
    """Keys tried for a form one edit does not explain (a poor scan's long words need more
    than 150: "Sammantatining"; beyond 400 nothing more is found on the train pages). Neither
    150 on pages the damage measure calls fair (eng fair CER 0.59% → 0.60% on train, 0.42% →
    0.43% on dev, no speed measurable) nor a budget that grows from 150 only where no listed
    word turned up (most forms on poor pages grow anyway) buys speed without losing fixes."""
    compound_tries: int = 3
    """Compound analysis is the slow part: only this many of the likeliest variants (plus one
    per damage glyph in the word)."""
    compound_max_cost: float = 4.0
    """A variant costlier than this is not analysed as a compound."""
    compound_min_length: int = 7
    """A variant shorter than this is not analysed as a compound."""
    diacritic_swap_cost: float = 1.5
    """Channel cost per differing letter when an unknown form differs from a word in å/ä/ö/é
    only: an invented or lost diacritic, whatever the training pages happened to show."""
    unseen_edit_cost: ByMode = ByMode(lost=math.inf, kept=5.0)
    """Channel cost of one edit the channel never learned (`unseen.py`) in an unknown form
    of at least `unseen_edit_min_length` letters, when its learned candidates cost more."""
    unseen_edit_min_length: int = 6
    unseen_edit_alone_length: int = 8
    """... and a shorter one only after a word that ends in a letter: at a line's start, after
    a hyphen or a number, it may be the tail of a broken word ("vändigt"). (Train swe poor
    3.19% → 3.14%; 3.15% from eight letters on alone, 3.13% without the guard, which changed
    the tail of a hyphenated word in a clean seed.)"""
    max_candidates: int = 8
    """Candidates kept per OCR form."""

    tail_part_zipf: float = 3.0
    """On a page that kept its letters, an unknown word that is a word and a short word
    with å/ä/ö, each at least this common ("del|år"), keeps them."""
    tail_min_head: int = 3
    """An unknown word on a lost page may end in a name's element but for its å/ä/ö
    ("Litse|gard"): its head has at least this many letters ..."""
    tail_min_length: int = 4
    """... and the element at least this many ("gård", "vägen"; no "ö", "näs": too many
    words end so)."""
    tail_confidence: float = 0.8
    """Confidence of such a restored element."""

    # --------------------------------------------------------------- context and decision
    context_weight: float = 1.5
    """Nats per log-count of a neighbouring-word pair seen in clean text."""
    cue_strength: float = 6.0
    """Nats of a grammar cue (`syntax.cue`): it outweighs the frequency gap between two
    readings; an infinitive after a plain "att" gets half."""
    twin_margin: ByMode = ByMode(lost=1.0, kept=3.0)
    """Nats of evidence (twin model of real text, channel, grammar) a known word's å/ä/ö twin
    needs ("val av" stays, "för" replaces "for"): changing a word needs strong evidence."""
    twin_cue: ByMode = ByMode(lost=-math.inf, kept=2.0)
    """... of which the neighbours give at least this much: on a page that kept its letters
    the OCR's own reading counts, and only a context cue overrules it."""
    confidence_offset: float = 1.0
    """A change's confidence is the logistic of its margin (nats) minus this."""
    max_confidence: float = 0.999
    """No channel-scored change is surer than this."""
    ocr_conf_pivot: float = 0.8
    """OCR word confidence at which the threshold is the caller's `min_confidence`."""
    ocr_conf_weight: float = 0.8
    """How far a word's OCR confidence moves the threshold: a doubtful word is easier to change."""
    min_threshold: float = 0.05
    """The threshold never falls below this ..."""
    max_threshold: float = 0.95
    """... nor rises above this."""

    # --------------------------------------------------------------- rules
    split_min_length: int = 5
    """A glued pair ("partnerskapetoch") is looked for only in a form this long."""
    split_min_part: int = 4
    """... and its longer half has at least this many letters."""
    split_capital_min_rest: int = 6
    """A capitalised form splits after a function word of three letters or more only when the
    rest is this long ("Attutvärdera": "Att utvärdera"; "Paborn" stays a name)."""
    split_min_zipf: float = 3.0
    """Each half of a glued pair is a word at least this common."""
    split_short_zipf: float = 4.0
    """A two-letter function word splits off only beside a word this common."""
    split_confidence: float = 0.8
    """Confidence of splitting a glued pair at a function word."""
    split_dot_confidence: float = 0.9
    """... and at a stray full stop ("framgar.av")."""
    join_min_part: int = 3
    """Both halves of a compound the OCR split ("social förvaltningen") are this long."""
    join_min_zipf: float = 2.5
    """The joined compound, and a definite noun's stem, are at least this common."""
    join_confidence: float = 0.8
    """Confidence of joining a split compound on grammar alone ..."""
    join_evidence_confidence: float = 0.9
    """... and when the document prints the compound elsewhere."""
    lost_initial_lead: float = 2.0
    """Zipf by which "även" must outrank "ven" for an OCR "ven" to be "även" (`lost_initial`)."""
    lost_initial_confidence: float = 0.8
    """Confidence of restoring a dropped initial å/ä/ö the word rule did not settle."""
    one_as_i_min_next: int = 2
    """"1" reads as "i" only before a word at least this long."""
    one_as_i_confidence: ByMode = ByMode(lost=0.9, kept=0.7)
    """Confidence of "1 uppdrag" → "i uppdrag"."""
    name_in_document_confidence: float = 0.95
    """Confidence of restoring a name printed with its å/ä/ö elsewhere in the document."""
    name_in_context_confidence: float = 0.9
    """... of a name or place among a name's or a place's neighbours."""
    name_confidence: float = 0.8
    """... of a name that is no word as printed."""
    hyphen_confidence: float = 0.9
    """Confidence of joining a word hyphenated at a line end."""
    hyphen_name_zipf: float = 3.0
    """A capitalised known word this common before a line-end hyphen keeps it ("Covid-")."""
    swap_confidence: float = 0.9
    """Confidence of an "år"/"är" swap by grammar on a page that kept its letters."""
    mojibake_confidence: float = 0.99
    """Confidence of undoing mojibake ("fÃ¶r" → "för")."""
    bullet_max_cost: float = 2.0
    """A line-initial glyph becomes "•" when the channel explains it at most this dearly."""
    artefact_bullet_cost: float = 1.0
    """Channel cost of a glyph no list uses as a bullet ("+", "¢", "«") before a word."""
    bullet_cost_scale: float = 4.0
    """A bullet's confidence is exp(−cost / this)."""


DEFAULT = RepairConfig()
