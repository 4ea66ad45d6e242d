"""The party readers' candidates before the filters (`find_parties(candidates=…)`), the features
`bench/party_rank.py` learns from, and the rules' output unchanged by the hook."""
from diarium.extract.parties import find_parties
from diarium.extract.party_rank_features import features, party_candidates

AGREEMENT = ("Avtalsparter\nUtförare: Stiftelsen Ekebyjouren, org.nr 803119-0070\n\n"
             "Utföraren hyr lokalerna av Norrby Fastigheter AB, org.nr 556123-4567.\n")
LEFT = ("Socialförvaltningen har upprättat ett samarbetsavtal med Ekeby stadsmission och Norrby IF. "
        "Norrby IF har valt att avsluta sitt åtagande.")


def test_the_hook_tags_each_reader_and_leaves_the_output_alone() -> None:
    sink: list = []
    plain = find_parties(AGREEMENT)
    tapped = find_parties(AGREEMENT, candidates=sink)
    assert [p.model_dump() for p in tapped] == [p.model_dump() for p in plain]
    assert {(reader, p.name) for reader, p in sink} == {("labels", "Stiftelsen Ekebyjouren"),
                                                       ("orgnrs", "Stiftelsen Ekebyjouren")}


def test_the_sink_holds_copies_made_before_the_filters() -> None:
    sink: list = []
    kept = find_parties(LEFT, candidates=sink)
    assert "Norrby IF" not in [p.name for p in kept]
    assert ("agreements", "Norrby IF") in {(reader, p.name) for reader, p in sink}
    assert not {id(p) for _, p in sink} & {id(p) for p in kept}


def test_candidates_merge_readers_and_mark_what_the_rules_kept() -> None:
    found = {c.party.name: c for c in party_candidates(LEFT)}
    assert found["Ekeby stadsmission"].kept and not found["Norrby IF"].kept
    assert found["Norrby IF"].readers == {"agreements"}
    assert features(found["Norrby IF"], LEFT, list(found.values()))["refused"] == 1.0


def test_wide_candidates_add_every_company_named() -> None:
    found = {c.party.name: c for c in party_candidates(AGREEMENT, wide=True)}
    assert found["Norrby Fastigheter AB"].readers == {"text_company"}
    assert not found["Norrby Fastigheter AB"].kept
    assert found["Stiftelsen Ekebyjouren"].readers == {"labels", "orgnrs"}
