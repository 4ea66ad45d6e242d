"""Side-by-side party boxes whose gaps a scan's text layer closed to single spaces."""
from diarium.api import extract
from diarium.extract.party_flat_boxes import flat_box_parties

AGREEMENT = ("Ramavtal\n\nAvtalsparter\nBeställare Leverantör\nVästby kommun Norrby Omsorg AB\n"
             "2120001231 5566778899\nAdress Adress\nStorgatan 1 Box 12\n\n1. Villkor\n"
             "Mellan ovanstående parter har följande avtal träffats.\n")


def test_names_run_together_are_cut_where_a_name_ends_and_get_their_numbers():
    record = extract(AGREEMENT)
    assert {(p.name, p.orgnr) for p in record.parties} >= {("Västby kommun", "212000-1231"),
                                                           ("Norrby Omsorg AB", "556677-8899")}


def test_no_numbers_line_or_an_ambiguous_cut_gives_no_boxes():
    assert flat_box_parties("Beställare Leverantör\nVästby kommun Norrby Omsorg AB\nAdress Adress\n") == []
    assert flat_box_parties("Beställare Leverantör\nVästby Norrby Omsorg\n2120001231 5566778899\n") == []
    # a number that fails its check digit is no box's organisation number
    assert flat_box_parties("Beställare Leverantör\nVästby kommun Norrby Omsorg AB\n2120001234 5566778899\n") == []
