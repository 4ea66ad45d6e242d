"""The channel's candidate-key search: the faster two-edit and hiding searches give the keys,
order and costs of the plain enumeration they replace."""
from __future__ import annotations

import pytest

from diarium.corrections.channel import Hiding, _add_two_edits, _first_at, load_model
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
