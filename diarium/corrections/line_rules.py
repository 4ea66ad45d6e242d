"""The passes of the line loop before the word rule (`lines.RULE_ORDER`): each runs one rule of
`rules/` over the words of a line that no earlier pass took ("$ 397" → "§ 397", a bullet, a
split compound joined, a name restored, "år"/"är", mojibake, "1" read as "i", a dropped
initial), and takes the words it edits or decides to leave, so no later pass judges them."""
from __future__ import annotations

from diarium.corrections.abbreviations import lettered_abbreviations
from diarium.corrections.context import Decision, LineEdit
from diarium.corrections.page import Line
from diarium.corrections.rules import (broken_words, lost_initial, mojibake, name_restoration,
                                       split_compound)
from diarium.corrections.rules import one_as_i as one_as_i_rule
from diarium.corrections.rules import year_or_is
from diarium.corrections.rules.bullets import bullet_edit
from diarium.corrections.rules.hex_ids import hex_id_edits
from diarium.corrections.rules.page_numbers import page_number_edits
from diarium.corrections.rules.party_marks import party_mark_edits
from diarium.corrections.rules.section_sign import section_sign_edits
from diarium.corrections.rules.stray_marks import bar_as_i_edits, stray_mark_edits
from diarium.corrections.rules.symbols import symbol_edits
from diarium.corrections.tokens import edge_word
from diarium.corrections.triggers import (may_have_stray_marks, may_have_symbols,
                                          may_hold_hex_id, may_restore_signs)


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
