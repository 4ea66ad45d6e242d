"""The line loop: the rules, in a fixed order, over a page's lines.

Each rule is a pass over the words of a line that no earlier rule took (a rule takes a word
when it edits it, or when it has decided that nothing may be done). First the rules that
need only the text, then, in reading order, the rules that judge a word in its context:

0. `restore_symbols`       — "$ 397" → "§ 397", "924 m?" → "924 m²", "20 1/s" → "l/s",
                             a stray "word ;" → "word"
1. `restore_bullet`        — a line-initial glyph that is how the OCR read "•"
2. `join_split_compounds`  — "social förvaltningen" → "socialförvaltningen" (takes two words)
3. `restore_names`         — on a lost page, "Goran" → "Göran", "i Malm" → "i Malmö"
4. `swap_years_or_is`      — on a kept page, "upp till 24 är som" → "år"
5. `fix_mojibake`          — on a garbled line, "fÃ¶r" → "för"
6. `one_as_i`              — "1 uppdrag", "finns I kommunen", "j Ekeby" → "i"
7. `repair_words`          — in reading order: a hyphenated last word joined with its tail
                             on the next line ("ensamkomm-" / "ande") or judged whole and
                             left in two halves ("kon-" / "taktperson"); every other word by
                             the noisy-channel choice (`repairer.py`: glued words split, a
                             common word the OCR capitalised mid-sentence lower-cased)

The page and line they read are `page.Page` and `page.Line`, the document's evidence
`evidence.DocumentEvidence`. A page "lost" its å/ä/ö when its OCR dropped them (an English
model), else it "kept" them; `passes_for` leaves out what cannot apply. Names come before
the word rule because a name is no word of the lexicon, "år"/"är" because both are words; a
split compound's halves and a hyphenated word's halves are no words either.

>>> from diarium.corrections.repairer import Repairer
>>> evidence = DocumentEvidence.of(["Forslaget om social forvaltningen"], Repairer().lex)
>>> sorted((e.original, e.replacement) for e in repair_lines(
...     ["Forslaget om social forvaltningen"], None, "lost", Repairer(), 0.5, True, evidence)[0])
[('Forslaget', 'Förslaget'), ('social forvaltningen', 'socialförvaltningen')]
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from diarium.corrections import names
from diarium.corrections.abbreviations import is_label, lettered_abbreviations
from diarium.corrections.context import Decision, LineEdit, match_case
from diarium.corrections.evidence import (DocumentEvidence, damage_share, doc_vocabulary,
                                          page_counts, page_damage)
from diarium.corrections.intact import adds_marks, holds_back, intact
from diarium.corrections.page import Line, LineConfs, Page
from diarium.corrections.repairer import Repairer
from diarium.corrections.rules import (broken_words, hyphenation, lost_initial, mojibake,
                                       name_restoration, split_compound)
from diarium.corrections.rules import one_as_i as one_as_i_rule
from diarium.corrections.rules import year_or_is
from diarium.corrections.rules.bullets import bullet_edit
from diarium.corrections.rules.capitals import (mid_sentence, restores_marks, sentence_case,
                                                strips_marks)
from diarium.corrections.rules.hex_ids import hex_id_edits
from diarium.corrections.rules.page_numbers import page_number_edits
from diarium.corrections.rules.party_marks import party_mark_edits
from diarium.corrections.rules.section_sign import section_sign_edits
from diarium.corrections.rules.stray_marks import bar_as_i_edits, stray_mark_edits
from diarium.corrections.rules.symbols import PageSigns, symbol_edits
from diarium.corrections.tokens import edge_word, tokenize
from diarium.corrections.triggers import (may_have_stray_marks, may_have_symbols,
                                          may_hold_hex_id, may_restore_signs)

__all__ = ["DocumentEvidence", "LineConfs", "Line", "Page", "RULE_ORDER", "doc_vocabulary",
           "page_damage", "passes_for", "repair_lines"]


# ---------------------------------------------------------------- the rules, in order

def restore_symbols(line: Line) -> None:
    """`rules.symbols`: each edited word is taken, so no later rule judges it again. A rule
    runs only on a line that holds what its patterns need (`triggers`)."""
    page, text = line.page, line.text
    evidence, lines, i = page.evidence, page.lines, line.index
    next_line = lines[i + 1] if i + 1 < len(lines) else ""
    signs = []
    if may_restore_signs(text, evidence.signs):
        signs += section_sign_edits(text, evidence.signs, next_line)
    if may_hold_hex_id(text):
        signs += hex_id_edits(text)
    if may_have_stray_marks(text):
        signs += stray_mark_edits(text)
    if "|" in text:
        signs += bar_as_i_edits(text)
    signs += page_number_edits(text, evidence.spaced_pages)
    signs += party_mark_edits(text, evidence.parties)
    if line.ctx.mode == "lost":
        signs += lettered_abbreviations(text)
    if may_have_symbols(text):
        lex = page.repairer.lex
        found = symbol_edits(text, page.signs, lex.__contains__, lex.zipf, next_line)
        others = [e for e in found
                  if not any(s.start < e.end and e.start < s.end for s in signs)]
    else:
        others = []
    for edit in (*signs, *others):
        edit.applied = edit.confidence >= page.min_confidence
        page.edits[i].append(edit)
        line.taken.update(j for j, t in enumerate(line.tokens)
                          if t.start - len(t.prefix) < edit.end and edit.start < t.end + len(
                              t.suffix))


def restore_bullet(line: Line) -> None:
    """`rules.bullets`: "+ Ansökan" → "• Ansökan"."""
    bullet = bullet_edit(line.text, line.ctx.mode, line.page.repairer.model,
                         line.page.repairer.config)
    if bullet:
        line.page.edits[line.index].append(bullet)


def join_split_compounds(line: Line) -> None:
    """`rules.split_compound`: the pair becomes one edit, and both words are taken."""
    page, tokens, taken = line.page, line.tokens, line.taken
    for j in split_compound.join_starts(tokens, page.evidence.tails,
                                        page.repairer.config.join_min_part):
        if j in taken:
            continue    # the second word of the compound just before
        joined = split_compound.join_split(tokens, j, line.text, line.ctx.mode, page.repairer,
                                           page.evidence.keys)
        if joined:
            line.add(tokens[j], tokens[j + 1].end, joined)
            taken.update((j, j + 1))
    cfg, lex = page.repairer.config, page.repairer.lex
    if page.damage <= (cfg.damage_pivot if line.ctx.mode == "lost" else cfg.kept_damage_pivot):
        return      # (a fair scan seldom breaks a word; a space there is the document's)
    for j in range(len(tokens) - 1):
        if j in taken or j + 1 in taken:
            continue
        whole = broken_words.join_broken(tokens, j, line.text, line.ctx.mode, lex)
        if whole:
            line.add(tokens[j], tokens[j + 1].end, Decision(
                whole, page.repairer.config.join_confidence, "joined broken word"))
            taken.update((j, j + 1))


def restore_names(line: Line) -> None:
    """`rules.name_restoration`, for the capitalised words."""
    page, tokens, taken = line.page, line.tokens, line.taken
    for j, token in enumerate(tokens):
        if token.core[0].isupper() and j not in taken:
            name = name_restoration.restore_name(tokens, j, page.evidence.names,
                                                 page.repairer.lex, page.repairer.config)
            if name:
                line.add(token, token.end, name)
                taken.add(j)


def swap_years_or_is(line: Line) -> None:
    """`rules.year_or_is`, for the words "år" and "är"."""
    if not any(form in line.text.lower() for form in year_or_is.SWAPPABLE):
        return
    page, tokens, taken = line.page, line.tokens, line.taken
    for j, token in enumerate(tokens):
        if token.core.lower() in year_or_is.SWAPPABLE and j not in taken:
            swap = year_or_is.swap_year_or_is(tokens, j, page.lines, line.index,
                                              page.repairer.config)
            if swap:
                line.add(token, token.end, swap)
                taken.add(j)


def fix_mojibake(line: Line) -> None:
    """`rules.mojibake`, on a line `mojibake.is_garbled` found."""
    confidence = line.page.repairer.config.mojibake_confidence
    for j, token in enumerate(line.tokens):
        fixed = None if j in line.taken else mojibake.fix_mojibake(token.core)
        if fixed:
            line.page.edits[line.index].append(LineEdit(
                token.start, token.end, token.core, fixed, confidence, "mojibake", True))
            line.taken.add(j)


def one_as_i(line: Line) -> None:
    """`rules.one_as_i`, for the words "1". On an intact page (`intact`) a "1" is the
    number it prints ("väljer 1 ombud": a digit for a letter is OCR damage) unless the word
    after is a definite form, which no numeral takes ("ingår 1 budgeten")."""
    tokens, page = line.tokens, line.page
    is_word = page.repairer.lex.in_hunspell
    for j, token in enumerate(tokens):
        if token.core not in one_as_i_rule.READINGS or j in line.taken:
            continue
        if page.intact and token.core == "1" and not (
                j + 1 < len(tokens) and one_as_i_rule.definite_form(tokens[j + 1].core, is_word)):
            continue
        found = one_as_i_rule.one_as_i(tokens, j, line.ctx.mode, page.repairer.config,
                                       line.text, "" if j else word_before_gap(line))
        if found:
            line.add(token, token.end, found)
            line.taken.add(j)


def word_before_gap(line: Line) -> str:
    """The last word of the nearest line above that is not blank, lower case, when the
    sentence runs on from it: a layout's blank line does not end a sentence ("skala där" /
    "" / "1 motsvarar")."""
    lines, i = line.page.lines, line.index - 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    return edge_word(lines, i, -1)


def restore_initials(line: Line) -> None:
    """`rules.lost_initial`: "ven" → "även", "5 r" → "5 år" (the word rule reads the
    form with its folded initial, "ar", in context)."""
    page, tokens, taken = line.page, line.tokens, line.taken
    repairer, cfg = page.repairer, page.repairer.config
    initials = repairer.initials
    for j, token in enumerate(tokens):
        if j in taken or token.prefix[-1:].isalnum():
            continue
        folded = initials.get(token.core, "")
        if folded == "":    # (each form once: most are common words, printed again and again)
            folded = initials[token.core] = lost_initial.folded_initial(
                token.core, repairer.lex, cfg.lost_initial_lead)
        if folded is None:
            continue
        ctx = line.read_context(j)
        if repairer.decide(token.core, ctx):
            continue    # the word rule has its own reading of the fragment ("kt." is "kl.")
        found = repairer.decide(folded, ctx)
        if found:
            found.reason = f"dropped initial, {found.reason}"
        line.add(token, token.end, found or Decision(
            folded, cfg.lost_initial_confidence, "dropped initial"))
        taken.add(j)


def repair_words(line: Line) -> None:
    """In reading order, as each decision may teach the repairer's caches. A word no context
    can change (settled) is skipped."""
    settled, taken, last = line.page.repairer.settled[line.ctx.mode], line.taken, line.last
    for j, token in enumerate(line.tokens):
        if j != last and token.core not in settled and j not in taken:
            repair_word(line, j)
    if last < 0 or last in line.taken:
        return
    fragment = line.is_hyphenated(last)
    if fragment and (join_hyphenated(line, last) or repair_halves(line, last)):
        return
    if line.tokens[last].core not in settled:
        # A half word whose tail no rule read ("myn-" at the end): no letter added to it.
        repair_word(line, last, head_only=fragment)


def join_hyphenated(line: Line, j: int) -> bool:
    """The tail moves up to this line; the next line loses it, and its line break stays."""
    page, i, token = line.page, line.index, line.tokens[j]
    if not (page.join_hyphenation and i + 1 < len(page.lines)):
        return False
    joined = hyphenation.hyphen_join(token, page.lines[i + 1], page.repairer,
                                     line.read_context(j))
    if not joined:
        return False
    new_word, tail_end, decision = joined
    next_line = page.lines[i + 1]
    gap = len(next_line) - len(next_line[tail_end:].lstrip())
    applied = decision.confidence >= line.limit(token)
    page.edits[i].append(LineEdit(token.start, len(line.text), line.text[token.start:],
                                  match_case(token.core, new_word), decision.confidence,
                                  decision.reason, applied, spill=next_line[:gap]))
    if applied:
        page.edits[i + 1].append(LineEdit(0, gap, next_line[:gap], "", decision.confidence,
                                          "hyphenation", True))
        page.skip_first.add(i + 1)
    return True


def repair_halves(line: Line, j: int) -> bool:
    """`rules.hyphenation.repair_halves`: each half edited on its own line."""
    page, i = line.page, line.index
    tail_line = hyphenation.continuation(page.lines, i)
    if tail_line is None:
        return False
    halves = hyphenation.repair_halves(line.tokens[j], page.lines[tail_line], page.repairer,
                                       line.read_context(j))
    if halves is None:
        return False
    page.skip_first.add(tail_line)
    limit = line.limit(line.tokens[j])
    for n, edit in halves:
        edit.applied = edit.confidence >= limit
        page.edits[i if n == 0 else tail_line].append(edit)
    return True


def repair_word(line: Line, j: int, head_only: bool = False) -> None:
    """The word rule (`Repairer.decide`) in the word's context; `rules.capitals` after it.
    `head_only`: the word is the head of a broken one: only its marks may change."""
    page, token = line.page, line.tokens[j]
    core = capital_glyph_lowered(token.core)
    if not is_label(line.tokens, j) and page.repairer.settles(core, line.ctx.mode):
        return      # (no context can change it: none is read)
    ctx = line.read_context(j)
    found = page.repairer.decide(core, ctx)
    if not found or head_only and not restores_marks(token.core, found.replacement):
        return
    i = line.index
    inside = mid_sentence(line.tokens, j, ctx, page.lines[i - 1] if i else "", line.text)
    named = ctx.in_name or inside   # (a capital here is a name's, not a sentence's)
    if named and strips_marks(token.core, found.replacement) and not (
            page.repairer.lex.is_compound(found.replacement)
            or found.replacement.lower() in page.evidence.bare):
        return      # a name's "é", "ä" is its own: "Madeléne", "Wäll" (`strips_marks`)
    if core[:1].isupper() and page.repairer.is_unseen(core.lower(), ctx.mode,
                                                      found.replacement.lower()):
        return      # a name no list holds is one letter from many words ("Berken", "Lunden")
    if core[:1].isupper() and names.is_place(core) and adds_marks(
            core, found.replacement) and found.replacement not in page.evidence.names:
        return      # a place as printed ("Skaras kommun"), unless the document prints the other
    if page.intact and holds_back(core, found, page.evidence, page.repairer.lex.zipf,
                                  page.repairer.config, named=named,
                                  known=page.repairer.prior(core.lower()) > 0):
        return      # (a page with no sign of OCR damage keeps what it prints: `intact`)
    if inside:
        found.replacement = sentence_case(found.replacement, line.tokens, j, page.repairer.lex,
                                          page.repairer.config.common_word_zipf)
    line.add(token, token.end, found)


def capital_glyph_lowered(core: str) -> str:
    """A capitalised word with one more capital O or A inside its lower case, lowered: an
    English model reads a lower-case ö or å as a capital ("MOjligheten" → "Mojligheten",
    which the word rule reads "Möjligheten").

    >>> capital_glyph_lowered("MOjligheten"), capital_glyph_lowered("FOrteckning")
    ('Mojligheten', 'Forteckning')
    >>> capital_glyph_lowered("McDonald"), capital_glyph_lowered("KOMMUN")
    ('McDonald', 'KOMMUN')
    """
    rest = core[1:]
    if len(rest) < 3 or not core[:1].isupper() or not rest.isalpha() or rest.islower():
        return core
    inner = [c for c in rest if c.isupper()]
    if len(inner) != 1 or inner[0] not in "OA" or rest.isupper():
        return core
    return core[0] + rest.lower()


Pass = Callable[[Line], None]
# (the rule, the page modes it is for, whether only for a garbled line)
RULE_ORDER: tuple[tuple[Pass, tuple[str, ...], bool], ...] = (
    (restore_symbols, ("lost", "kept"), False),
    (restore_bullet, ("lost", "kept"), False),
    (join_split_compounds, ("lost", "kept"), False),
    (restore_names, ("lost",), False),
    (swap_years_or_is, ("kept",), False),
    (fix_mojibake, ("lost", "kept"), True),
    (one_as_i, ("lost", "kept"), False),
    (restore_initials, ("lost",), False),
    (repair_words, ("lost", "kept"), False),
)


@lru_cache(maxsize=None)
def passes_for(mode: str, garbled: bool) -> tuple[Pass, ...]:
    """The rules of `RULE_ORDER` that can apply on such a line, in order."""
    return tuple(rule for rule, modes, garbled_only in RULE_ORDER
                 if mode in modes and (garbled or not garbled_only))


def repair_lines(lines: list[str], confs: LineConfs | None, mode: str, repairer: Repairer,
                 min_confidence: float, join_hyphenation: bool, evidence: DocumentEvidence,
                 ) -> list[list[LineEdit]]:
    """Edits per line of a page (offsets within the line). A joined hyphenation edits two."""
    counts = page_counts(lines, repairer.lex, evidence.line_damage)
    page = Page(lines, confs, repairer, min_confidence, join_hyphenation, evidence,
                [[] for _ in lines], signs=PageSigns.of("\n".join(lines)),
                damage=damage_share(counts),
                intact=intact(mode, counts, repairer.config))
    for i, text in enumerate(lines):
        if not tokenize(text):
            continue    # a blank line, or punctuation only: nothing to repair
        line = Line(page, i, mode)
        for rule in passes_for(mode, line.garbled):
            rule(line)
    return page.edits
