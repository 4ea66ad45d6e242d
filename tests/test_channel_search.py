"""The channel's candidate-key search: the faster two-edit and hiding searches give the keys,
order and costs of the plain enumeration they replace."""
from __future__ import annotations

import pytest

from diarium.corrections.channel import Hiding, load_model
from diarium.corrections.two_edits import add_two_edits as _add_two_edits
from diarium.corrections.two_edits import first_at as _first_at
from diarium.language.letters import fold

# Made-up OCR forms of the kind an English model prints for Swedish words.
FORMS = ["forvaltningen", "bygglovsansokan", "Socialndmnden", "atgarder", "mjlighet",
         "kommunstyrelsens", "overenskommelse", "Norrbyvagen", "sarskilt", "hallbar"]


def plain_two_edits(found: dict[str, float], start: str, pieces, max_cost: float,
                    limit: int) -> None:
    """Every pair of pieces, the second right of the first, in the search's order (the
    search before pieces were sliced by their start)."""
    for n, (i, end, options) in enumerate(pieces):
        later = [(start[end:i2], options2, start[end2:])
                 for i2, end2, options2 in pieces[n + 1:] if i2 >= end]
        for truth, step in options:
            if step > max_cost:
                break
            for middle, options2, tail in later:
                for truth2, step2 in options2:
                    if step + step2 > max_cost:
                        break
                    key = start[:i] + truth + middle + truth2 + tail
                    if found.get(key, 99.0) > step + step2:
                        found[key] = step + step2
                        if len(found) >= limit:
                            return


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mode", ["lost", "kept"])
@pytest.mark.parametrize("limit", [60, 400, 10_000])
def test_two_edit_keys_order_and_costs(form: str, mode: str, limit: int) -> None:
    model = load_model()
    start, pieces = fold(form.lower()), model._pieces(form.lower(), mode)
    fast, plain = {start: 0.0}, {start: 0.0}
    _add_two_edits(fast, start, pieces, 9.0, limit)
    plain_two_edits(plain, start, pieces, 9.0, limit)
    assert list(fast.items()) == list(plain.items())
    assert len(fast) > 1 or mode == "kept"


def test_first_piece_at_each_position() -> None:
    pieces = [(0, 1, []), (0, 2, []), (3, 4, []), (3, 5, [])]
    assert _first_at(pieces, 5) == [0, 2, 2, 2, 4, 4]


@pytest.mark.parametrize("form", FORMS)
def test_hiding_search_is_the_full_one_less_hidden_insertions(form: str) -> None:
    model = load_model()
    lower = form.lower()
    full = model.variants(lower, "lost", max_edits=1)
    hidden = model.variants(lower, "lost", max_edits=1, hide_dropped_above=3.0)
    if not isinstance(hidden, Hiding):
        pytest.skip("the search could not hide on this form")
    left_out = [k for k in full if k not in hidden]
    assert [k for k in full if k in hidden] == list(hidden)
    assert all(full[k] == hidden[k] for k in hidden)
    assert len(left_out) == hidden.left_out
    assert all(len(k) == len(lower) + 1 for k in left_out)


def plain_pieces(model, ocr: str, mode: str) -> list:
    """Every span of the form up to the longest OCR sequence, in (start, end) order."""
    sources = model.folded_sources[mode]
    return [(i, end, sources[ocr[i:end]]) for i in range(len(ocr))
            for end in range(i + 1, min(len(ocr), i + model.max_ocr_len) + 1)
            if sources.get(ocr[i:end])]


@pytest.mark.parametrize("form", FORMS + ["rnrnrn", "m", "", "a.b,c—d"])
@pytest.mark.parametrize("mode", ["lost", "kept"])
def test_pieces_walk_only_spans_a_source_begins(form: str, mode: str) -> None:
    model = load_model()
    model._last_pieces = ("", "", [])
    assert model._pieces(form, mode) == plain_pieces(model, form, mode)
    # a longer piece is tried only from a proper beginning of some OCR sequence
    assert all(head and any(o.startswith(head) and o != head for o in model.sources[mode])
               for head in model.source_heads[mode])


def plain_edit_blocks(ocr: str, truth: str) -> list[tuple[str, str]]:
    """Adjacent opcodes merged by their offsets (the blocks as first written)."""
    from rapidfuzz.distance import Levenshtein
    blocks: list[tuple[str, str, int, int]] = []
    for op in Levenshtein.opcodes(truth, ocr):
        if op.tag == "equal":
            continue
        t, o = truth[op.src_start:op.src_end], ocr[op.dest_start:op.dest_end]
        if blocks and blocks[-1][2] == op.src_start and blocks[-1][3] == op.dest_start:
            prev = blocks.pop()
            t, o = prev[0] + t, prev[1] + o
        blocks.append((t, o, op.src_end, op.dest_end))
    return [(t, o) for t, o, _, _ in blocks]


@pytest.mark.parametrize("truth", ["förvaltningen", "kommun", "Ekeby", "", "åtgärder"])
def test_edit_blocks_are_runs_of_opcodes_between_equal_ones(truth: str) -> None:
    from diarium.corrections.channel import edit_blocks
    for ocr in FORMS + ["", "kornrnun", "Ekby", "x" * 5, "atgardr", truth]:
        assert edit_blocks(ocr, truth) == plain_edit_blocks(ocr, truth)


def test_cost_sums_learned_and_unseen_blocks_as_block_cost_does() -> None:
    from diarium.corrections.channel import edit_blocks
    model = load_model()
    for ocr, truth in [("Socialndmnden", "Socialnämnden"), ("komrnun", "kommun"),
                       ("Ekbyqq", "Ekeby"), ("", "och"), ("Norrby", "Norrby")]:
        for mode in ("lost", "kept"):
            assert model.cost(ocr, truth, mode) == sum(
                model.block_cost(t, o, mode) for t, o in edit_blocks(ocr, truth))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mode", ["lost", "kept"])
def test_pruned_two_edit_search_keeps_the_listed_and_the_cheap_keys(form: str, mode: str,
                                                                     ) -> None:
    """The search that skips beginnings no listed string has makes the full search's listed
    keys and its keys up to `keep_below`, in its order and at its costs, and fewer others."""
    from diarium.language.lexicon import load
    lex, model = load(), load_model()
    lower = form.lower()
    one = model.variants(lower, mode, max_edits=1)
    full = model.variants(lower, mode, limit=10_000, one_edits=one)
    pruned = model.variants(lower, mode, limit=10_000, one_edits=one,
                            may_begin=lex.prefixes.may_begin, keep_below=4.0)

    def kept(keys: dict[str, float]) -> list[tuple[str, float]]:
        return [(k, c) for k, c in keys.items() if c <= 4.0 or lex.by_key(k)]

    assert kept(pruned) == kept(full)
    assert all(full[k] == c for k, c in pruned.items())
    if mode == "lost" and len(lower) > 10:
        assert len(pruned) < len(full)


@pytest.mark.parametrize("form", FORMS)
def test_pruned_search_near_its_limit_is_the_full_one(form: str) -> None:
    """When the full search might reach its limit, the keys it would leave out decide which
    keys come: the pruned search gives way to it."""
    from diarium.language.lexicon import load
    lex, model = load(), load_model()
    lower = form.lower()
    one = model.variants(lower, "lost", max_edits=1)
    limit = len(one) + 5
    if len(model.variants(lower, "lost", limit=10_000, one_edits=one)) <= limit:
        pytest.skip("the full search has too few keys to reach a limit")
    full = model.variants(lower, "lost", limit=limit, one_edits=one)
    pruned = model.variants(lower, "lost", limit=limit, one_edits=one,
                            may_begin=lex.prefixes.may_begin, keep_below=4.0)
    assert len(full) == limit
    assert list(pruned.items()) == list(full.items())
