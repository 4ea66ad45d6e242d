"""A list that lost its line breaks: a name with no party run together with the next one's.
Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons


def test_two_names_run_together_before_a_party_are_two_persons():
    text = ("Kommunstyrelsen 2011-03-01 Plats och tid Rådhuset kl 14:00 Ines Wallin (M) Tord Sandell (S) "
            "Hedda Lindqvist Runar Bergkvist (KD) Maja Ekdahl (C) 228 Motion om cykelvägar")
    found = {p.name: p.party for p in find_persons(text)}
    assert found.get("Runar Bergkvist") == "KD"
    assert "Hedda Lindqvist" in found
    assert not any(len(name.split()) > 3 for name in found)
