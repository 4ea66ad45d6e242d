"""Development pairs (set "dev"): kinds of document the tuning pairs do not have — a köpeavtal,
an exploateringsavtal with parties as a list and a table of owners, a protokoll of several §§,
a price list of table rows — and an arrendeavtal of another body (Sigtuna, bench/gold/extra).
Conventions as in pairs.py. Cosmetic edits planted besides re-wrapping and re-pagination: a
page header whose text changed, a § renumbered, an amount respelt with the same value; they are
listed in `cosmetic` so that an entry about them counts as cosmetic reported as substantive.
Organisationsnummer added here are invented; the K014 and XB09 ones fail their check digit on
purpose (the report must flag them)."""
from __future__ import annotations

import re

from make_pairs import Layout, Pair

KSAU_SIGNED = ("Det här dokumentet är digitalt signerat\n"
               "Transaktionsidentitet: 0D430300D03E4147A2B2D560AD0F7A3780FE9623CC\n"
               "Transaktionsidentitet: 92111C8BAB71D2151F72675DECBE449E937D59D312")

DEV_PAIRS = [
    Pair(
        name="K014_v1", doc="K014", split="dev", set="dev", strict_rewrap=True, rewrap_width=86,
        edits=[
            ("Goldcup 101601 AB, u.ä.t. Prologis Sweden XL AB, (559548-1069)",
             "Goldcup 101601 AB, u.ä.t. Prologis Sweden XL AB, (559548-1068)"),
            ("b) Slutlikvid 13 174 650 kr,", "b) Slutlikvid 13 274 650 SEK,"),
            ("mot en köpeskilling på 14 638 500 kronor, undertecknat\n",
             "mot en köpeskilling på 14638500 kr, undertecknat\n"),
            ("Avgifter för bygglov, nybyggnadskarta, tillstånd för verksamhet med mera, betalas av\n"
             "Köparen. ", ""),
            ("Fastigheten inte är föremål för tvist.\n",
             "Fastigheten inte är föremål för tvist. Köparen har beretts tillfälle att besiktiga\n"
             "Fastigheten före Avtalsdagen.\n"),
            ("inom sex månader samt att påbörja byggnationen inom sex månader\nfrån det",
             "inom tolv månader samt att påbörja byggnationen inom sex månader\nfrån det"),
        ],
        # Lagfartskostnad (10 in the margin column) after Inteckningar: the margin numbers stay
        moves=[("Lagfartskostnad och övriga avgifter\n", "Inteckningar, servitut", "Fördelning av inkomster", {})],
        cosmetic=["14638500", "kr", "14 638 500 kronor"],
        planted=[
            {"kind": "orgnr_changed", "section": "", "old": "559548-1069", "new": "559548-1068",
             "subject": "Goldcup 101601 AB"},
            {"kind": "amount_changed", "section": "Köpeskillingens erläggande", "also_sections": ["4", "4.2"],
             "old": "13 174 650 kr", "new": "13 274 650 SEK", "old_value": 13174650, "new_value": 13274650},
            {"kind": "clause_removed", "section": "Lagfartskostnad och övriga avgifter", "also_sections": ["10"],
             "old": "Avgifter för bygglov, nybyggnadskarta", "new": None},
            {"kind": "clause_added", "section": "Fastighetens skick", "old": None,
             "new": "Köparen har beretts tillfälle att besiktiga"},
            {"kind": "clause_changed", "section": "", "old": "inom sex månader samt",
             "new": "inom tolv månader samt"},
            {"kind": "section_moved", "section": "Lagfartskostnad och övriga avgifter", "also_sections": ["10"]},
        ],
        # the köpeavtal: "n/7" at the top after the OCR'd column of clause numbers, now with the
        # agreement's name in front (a header whose text changed), "Sign" at the bottom
        layout=[Layout(header="KÖPEAVTAL Duvehed 2:46                    {n}/{total}",
                       header_lines=re.compile(r"^\d/\d\s*$"), footer="Sign",
                       footer_lines=re.compile(r"^Sign\s*$"), top_lines=30,
                       first_page=4, first_number=1, total=7, lines_per_page=58, sentence_gap=True)],
    ),
    Pair(
        name="K025_v1", doc="K025", split="train", set="dev", strict_rewrap=True, rewrap_width=92,
        edits=[
            ("b) Gottskärs Havsbad AB (556169-7698), nedan kallad Exploatören\n",
             "b) Gottskärs Havsbad AB (556169-7029), nedan kallad Exploatören\n"
             "c) Skällareds Hamn AB (559412-0031), nedan kallad Hamnbolaget\n"),
            ("samråd under perioden 25 augusti till 2 oktober 2020.",
             "samråd under perioden 25 augusti till 9 oktober 2020."),
            ("Skällared 3:33 Kungsbacka kommun\n", "Skällared 3:33 Gottskärs Havsbad AB\n"),
            ("kvartersmark parkeringsändamål (P) ska genom fastighetsreglering överföras till\n"
             "Kommunens fastighet Skällared 4:1 eller annan lämplig kommunal fastighet. Området är\n"
             "ca 924 m? och ungefärligt markerade med orange (B2) på den bilagda kartan, bilaga C.\n",
             "kvartersmark parkeringsändamål (P) ska genom fastighetsreglering överföras till\n"
             "Kommunens fastighet Skällared 4:1 eller annan lämplig kommunal fastighet. Området är\n"
             "ca 924 m? och ungefärligt markerade med orange (B2) på den bilagda kartan, bilaga C.\n"
             "Kommunen ska för området betala 1 250 000 kronor till Exploatören.\n"),
            ("Tillträde till de överförda markområdena ska ske när fastighetsbildningsbeslutet vunnit\n"
             "laga kraft.\n", ""),
            ("Upprättande och tecknande av servitutsavtal ska ske när projektering",
             "Upprättande och tecknande av servitutsavtal ska ske innan projektering"),
        ],
        planted=[
            {"kind": "orgnr_changed", "section": "", "old": "556169-7698", "new": "556169-7029",
             "subject": "Gottskärs Havsbad AB"},
            {"kind": "party_added", "section": "", "old": None, "new": "Skällareds Hamn AB",
             "new_value": "559412-0031"},
            # a consultation's dates are no term (extract/periods.py: a range said of a samråd is
            # not a period): a text change, relabelled after the first run had it as period_changed
            {"kind": "clause_changed", "section": "", "old": "2 oktober 2020", "new": "9 oktober 2020"},
            {"kind": "clause_changed", "section": "", "also_sections": ["Fastigheter och ägare"],
             "old": "3:33 Kungsbacka kommun", "new": "3:33 Gottskärs Havsbad AB"},
            {"kind": "amount_changed", "section": "", "old": None, "new": "1 250 000 kronor",
             "old_value": None, "new_value": 1250000},
            {"kind": "clause_removed", "section": "", "also_sections": ["Lantmäteriförrättning"],
             "old": "Tillträde till de överförda markområdena", "new": None},
            {"kind": "clause_changed", "section": "", "also_sections": ["Servitut"],
             "old": "ska ske när projektering", "new": "ska ske innan projektering"},
        ],
        # the exploateringsavtal: "n(19)" after the OCR'd margin numbers, now with the agreement's
        # name (a header whose text changed); "Exploateringsavtal Sign." at the bottom
        layout=[Layout(header="Exploateringsavtal Skällared 3:55                {n}({total})",
                       header_lines=re.compile(r"^\d\(19\)\s*$"), footer="Exploateringsavtal Sign.",
                       footer_lines=re.compile(r"^(Exploateringsavtal )?Sign\.\s*$"), top_lines=30,
                       first_page=3, first_number=1, total=19, lines_per_page=64, sentence_gap=True,
                       column_gap=True)],
    ),
    Pair(
        name="K008_v1", doc="K008", split="train", set="dev", strict_rewrap=True, rewrap_width=84,
        rewrap_from_page=2,
        edits=[
            ("| GC-väg längs väg 970, Anneberg | 19 458 651 kronor |",
             "| GC-väg längs väg 970, Anneberg | 19 958 651 kronor |"),
            ("kostnadsföras. Vi tillämpar i första hand principen att kostnaden tas direkt om\n"
             "finansieringen tillåter. Oavsett", "kostnadsföras. Oavsett"),
            ("träder i kraft tidigast 1 april 2025", "träder i kraft tidigast 1 oktober 2025"),
            ("m.m. har bedömts inte fylla något syfte därmed har tonats ner eller tagits bort.\n",
             "m.m. har bedömts inte fylla något syfte därmed har tonats ner eller tagits bort.\n"
             "Programmet ska följas upp årligen i samband med nämndens verksamhetsberättelse.\n"),
            ("§ 76 Dnr TE-2024-00367", "§ 77 Dnr TE-2024-00367"),
            ("§ 76                       Dnr TE-2024-00367", "§ 77                       Dnr TE-2024-00367"),
            ("Paragrafer §§ 73–76", "Paragrafer §§ 73–77"),
        ],
        cosmetic=["§ 77", "§ 76", "73–77", "73–76", "§§"],
        planted=[
            {"kind": "amount_changed", "section": "§ 73", "also_sections": ["Sammanfattning av ärendet", "§73"],
             "old": "19 458 651 kronor", "new": "19 958 651 kronor", "old_value": 19458651, "new_value": 19958651},
            {"kind": "clause_removed", "section": "§ 73", "also_sections": ["Sammanfattning av ärendet", "§73"],
             "old": "Vi tillämpar i första hand principen", "new": None},
            {"kind": "clause_changed", "section": "§ 74", "also_sections": ["Beslut", "§74",
                                                                          "Beslut – för fastställande i kommunfullmäktige"],
             "old": "tidigast 1 april 2025", "new": "tidigast 1 oktober 2025"},
            {"kind": "clause_added", "section": "§ 75", "also_sections": ["Sammanfattning av ärendet", "§75"],
             "old": None, "new": "Programmet ska följas upp årligen"},
        ],
        # the protokoll's pages 2-9: its header (now "Sammanträdesdatum" for "Datum") and the
        # signing footer; page 1 (attendance) and the signature pages keep their layout
        layout=[Layout(header="KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL           {n} ({total})\n"
                              "Nämnden för Teknik\nSammanträdesdatum\n2024-06-19",
                       header_lines=re.compile(r"^(KUNGSBACKA KOMMUN\s+SAMMANTRÄDESPROTOKOLL\s+\d \(\d\)"
                                               r"|Nämnden för Teknik|Datum|2024-06-19)\s*$"),
                       footer=KSAU_SIGNED,
                       footer_lines=re.compile(r"^(Det här dokumentet är digitalt signerat"
                                               r"|Transaktionsidentitet: [0-9A-F]+)\s*$"),
                       first_page=2, last_page=10, first_number=2, total=9, lines_per_page=44, sentence_gap=True)],
    ),
    Pair(
        name="K022_v1", doc="K022", split="train", set="dev", strict_rewrap=True, rewrap_width=80,
        edits=[
            ("Grundskola årskurs 4-6                    113 339 kr/år", "Grundskola årskurs 4-6                    115 339 kr/år"),
            ("MYP10                                     122 800 kr/år\n", ""),
            ("Fritidshem 4-6                             41 385 kr/år\n",
             "Fritidshem 4-6                             41 385 kr/år\nFritidshem 7-9                             30 100 kr/år\n"),
            ("sammanvägt index för 2024 och 2025 med\n1,882%.", "sammanvägt index för 2024 och 2025 med\n2,125%."),
            ("Underlagsmaterial kan rekvireras vid behov.\n", ""),
        ],
        planted=[
            {"kind": "amount_changed", "section": "", "old": "113 339", "new": "115 339",
             "old_value": 113339, "new_value": 115339},
            {"kind": "amount_changed", "section": "", "old": "122 800", "new": None,
             "old_value": 122800, "new_value": None},
            {"kind": "amount_changed", "section": "", "old": None, "new": "30 100",
             "old_value": None, "new_value": 30100},
            {"kind": "clause_changed", "section": "", "also_sections": ["Kostnadsberäkning"],
             "old": "1,882%", "new": "2,125%"},
            {"kind": "clause_removed", "section": "", "also_sections": ["Kostnadsberäkning"],
             "old": "Underlagsmaterial kan rekvireras", "new": None},
        ],
        # the price list's two pages: its letterhead at the top (the date of the first line now
        # 2024-09-12, the old second date gone), "n (2)" at the bottom
        layout=[Layout(header="Bilaga 2, Prislista IKE inom förskola, grundskola mfl 2025\n\n"
                              "Göteborgsregionens kommunalförbund\nHandläggare: Emma Eriksson\n"
                              "Datum: 2024-09-12, Dnr: ATN 2024-00061",
                       header_lines=re.compile(r"^(Bilaga 2, Prislista IKE inom förskola, grundskola mfl 2025"
                                               r"|Göteborgsregionens kommunalförbund|Handläggare: Emma Eriksson"
                                               r"|Datum: 2024-08-29, Dnr: ATN 2024-00061|Datum: 2021-06-08)\s*$"),
                       footer="{n} ({total})", footer_lines=re.compile(r"^\d \(\d\)\s*$"), top_lines=8,
                       first_page=1, last_page=3, first_number=1, total=2, lines_per_page=34)],
    ),
    Pair(
        name="XB09_v1", doc="XB09", source="bench/gold/extra", split="extra", set="dev",
        rewrap_width=88, fill_long_lines=True,
        edits=[
            ("Arrendator: Koloniträdgårdsföreningen Lupinen Box 130",
             "Arrendator: Koloniträdgårdsföreningen Lupinen (802400-1236) Box 130"),
            ("till och med 2022-12-31. Vid utebliven uppsägning förlängs arrendetiden med ett år i sänder.",
             "till och med 2027-12-31."),
            ("minst 6 månader före", "minst 9 månader före"),
            ("Arrendeavgiften är 110 300 kr per år", "Arrendeavgiften är 112 500 kr per år"),
        ],
        moves=[("1 Ändamål\n", "2 Arrendetid\n", "3 Arrendeavgift\n",
                {"1 Ändamål\n": "2 Ändamål\n", "2 Arrendetid\n": "1 Arrendetid\n"})],
        planted=[
            {"kind": "orgnr_changed", "section": "", "old": None, "new": "802400-1236",
             "subject": "Koloniträdgårdsföreningen Lupinen"},
            {"kind": "period_changed", "section": "", "also_sections": ["1", "Arrendetid"],
             "old": "2022-12-31", "new": "2027-12-31",
             "old_value": ["2018-01-01", "2022-12-31"], "new_value": ["2018-01-01", "2027-12-31"]},
            {"kind": "clause_removed", "section": "", "also_sections": ["1", "Arrendetid"],
             "old": "Vid utebliven uppsägning förlängs", "new": None},
            {"kind": "clause_changed", "section": "", "also_sections": ["1", "Arrendetid"],
             "old": "minst 6 månader", "new": "minst 9 månader"},
            {"kind": "amount_changed", "section": "", "also_sections": ["3", "Arrendeavgift"],
             "old": "110 300 kr", "new": "112 500 kr", "old_value": 110300, "new_value": 112500},
            {"kind": "section_moved", "section": "Ändamål", "also_sections": ["2", "1", "Arrendetid"]},
        ],
        layout=Layout(header="", header_lines=re.compile(r"(?!)"), first_page=99),
    ),
]
