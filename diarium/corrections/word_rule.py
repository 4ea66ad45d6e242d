"""The last pass of the line loop (`lines.RULE_ORDER`): every word no earlier pass took, in
reading order, by the noisy-channel choice (`Repairer.decide`) in its context, with the
checks that keep a name's or an intact page's spelling and `rules.capitals` after it; a
hyphenated last word joined with its tail on the next line, or its halves repaired each on
its own line."""
from __future__ import annotations

from diarium.corrections import names
from diarium.corrections.abbreviations import is_label
from diarium.corrections.context import LineEdit, match_case
from diarium.corrections.intact import adds_marks, holds_back
from diarium.corrections.page import Line
from diarium.corrections.rules import hyphenation
from diarium.corrections.rules.capitals import (mid_sentence, restores_marks, sentence_case,
                                                strips_marks)


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
