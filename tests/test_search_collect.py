"""`Search.collect` given the variants' hits: the same candidates, fewer table look-ups."""
from __future__ import annotations

import pytest

from diarium.corrections.scoring import CandidateScorer
from diarium.corrections.search import Search

FORMS = ["forvaltningen", "bygglovsansokan", "atgarder", "Norrbyvagen", "sarskilt"]


class CountingDict(dict):
    gets = 0

    def get(self, key, default=None):
        CountingDict.gets += 1
        return super().get(key, default)


@pytest.mark.parametrize("form", FORMS)
def test_collect_with_hits_scores_the_same_candidates(form: str) -> None:
    scorer = CandidateScorer()
    lower = form.lower()
    variants = scorer.model.variants(lower, "lost", limit=400)
    hits = scorer._hits(variants)
    plain, given = Search(scorer, lower, "lost", False), Search(scorer, lower, "lost", False)
    plain.collect(scorer._worth_trying(variants, hits))
    given.collect(scorer._worth_trying(variants, hits), hits)
    assert plain.scored == given.scored and plain.loose_keys == given.loose_keys


def test_keys_the_lexicon_lacks_are_not_looked_up() -> None:
    scorer = CandidateScorer()
    lex = scorer.lex
    keys, roles = lex.keys, lex.roles
    lex.keys, lex.roles = CountingDict(keys), CountingDict(roles)
    try:
        search = Search(scorer, "ekebyqq", "lost", False)
        CountingDict.gets = 0
        search.collect([("qqzzxxyy", 9.0), ("zzqqxxww", 9.0), ("xxqqzzvv", 9.0)], set())
        assert CountingDict.gets == 0 and not search.scored
    finally:
        lex.keys, lex.roles = keys, roles
