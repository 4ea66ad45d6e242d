"""A pinpoint cited in full with an SFS number and a defined abbreviation, then again by the
abbreviation, is one reference."""
from diarium.extract.legal_refs import find_legal_refs


def test_repeat_by_defined_abbreviation_is_one_reference() -> None:
    text = ("Saken\nAvgift enligt 4 kap. 2 § 1 lagen (2031:77) om tillsyn av hamnar (LTH)\n"
            "Yrkande\nVerket yrkar att rätten enligt 4 kap. 2 § 1 LTH beslutar att Ekeby kommun ska betala.\n")
    refs = find_legal_refs(text)
    assert [(r.sfs, r.text) for r in refs] == [("2031:77", "4 kap. 2 § 1 lagen (2031:77) om tillsyn av hamnar")]
    assert len(refs[0].evidence) == 2
