"""The planted edits of each pair (see make_pairs.py). Section names are as printed in NEW;
an empty section means the change may be reported under any section. Fact kinds carry
`old_value`/`new_value` (kronor, ISO dates, orgnr) besides the printed text."""
from __future__ import annotations

import re

from make_pairs import Layout, Pair

K019_FOOTER = ("Bevaknings- och samverkansavtal gång- och cykelväg längs väg 916 i Fjärås\n"
               "Station, Kungsbacka kommun")
K026_FOOTER = ("Bevakningsavtal – Belysningsanläggning Särö vid väg 955, del av, rivning och byggnation\n"
               "av ny belysning, Kungsbacka kommun, Hallands län")

PAIRS = [
    Pair(
        name="K019_v1", doc="K019", split="train",
        edits=[
            ("org.nr 202100–6297", "org.nr 202100–6313"),
            ("81 Kungsbacka, nedan ”Kommunen”\n",
             "81 Kungsbacka, nedan ”Kommunen”\n\nVästra Götalandsregionen, org.nr 232100-0131, "
             "Regionens hus, 462 80\nVänersborg, nedan ”Regionen”\n"),
            ("kostnadsberäknats till 4,7\nmiljoner kronor", "kostnadsberäknats till 5,2\nmiljoner kronor"),
            ("Någon åtgärdsvalsstudie bedöms inte behövas.",
             "En åtgärdsvalsstudie ska genomföras innan projekteringen påbörjas."),
            ("Åtgärd 5. Ny passage med mittrefug över väg 916.\n", ""),
            ("komma att tecknas mellan Parterna i senare skede.\n",
             "komma att tecknas mellan Parterna i senare skede. Avtal om drift och underhåll ska\n"
             "tecknas senast sex månader före byggstart.\n"),
        ],
        moves=[("6.2     Principer", "7  Betalning", "6.1     Drift",
                {"6.1     Drift": "6.2     Drift", "6.2     Principer": "6.1     Principer"})],
        planted=[
            {"kind": "orgnr_changed", "section": "1", "also_sections": ["Parter"],
             "old": "202100-6297", "new": "202100-6313", "subject": "Trafikverket"},
            {"kind": "party_added", "section": "1", "also_sections": ["Parter"], "old": None,
             "new": "Västra Götalandsregionen", "new_value": "232100-0131"},
            {"kind": "amount_changed", "section": "", "old": "4,7 miljoner kronor",
             "new": "5,2 miljoner kronor", "old_value": 4700000, "new_value": 5200000},
            {"kind": "clause_changed", "section": "3.2", "old": "Någon åtgärdsvalsstudie",
             "new": "En åtgärdsvalsstudie ska genomföras"},
            {"kind": "clause_removed", "section": "5.2", "old": "Ny passage med mittrefug", "new": None},
            {"kind": "clause_added", "section": "6.2", "also_sections": ["Drift- och underhållskostnader"],
             "old": None, "new": "Avtal om drift och underhåll ska tecknas senast sex månader"},
            {"kind": "section_moved", "section": "6.1", "old_section": "6.2",
             "also_sections": ["6.2", "Principer och kostnader i samverkansavtal / bevakningssavtal",
                               "Drift- och underhållskostnader"]},
        ],
        layout=Layout(header="AVTAL                                   {n} ({total})\n\nDokumentdatum\n2025-11-04",
                      header_lines=re.compile(r"^(AVTAL\s+\d+ \(\d+\)|Dokumentdatum|2025-11-04)\s*$"),
                      footer=K019_FOOTER, first_page=4, first_number=2, total=10, lines_per_page=62),
    ),
    Pair(
        name="K024_v1", doc="K024", split="train",
        edits=[
            ("Avtalstid: 2026-01-01 till och med 2035-12-31", "Avtalstid: 2026-01-01 till och med 2040-12-31"),
            ("Arrendeavgift: 5000 kronor med KPI per år", "Arrendeavgift: 6500 kronor med KPI per år"),
            ("849400-2549", "849400-2812"),
            ("Uppsägningstid: 6 månader", "Uppsägningstid: 12 månader"),
            ("Arrendatorn medges rätt att på egen bekostnad avlägsna träd och sly från arrendestället om så\n"
             "krävs. ", ""),
            ("ansvarar för och bekostar all renhållning.\n",
             "ansvarar för och bekostar all renhållning. Arrendatorn ska årligen besiktiga plasthallen\n"
             "och redovisa resultatet till Jordägaren.\n"),
        ],
        planted=[
            {"kind": "period_changed", "section": "", "old": "2035-12-31", "new": "2040-12-31",
             "old_value": ["2026-01-01", "2035-12-31"], "new_value": ["2026-01-01", "2040-12-31"]},
            {"kind": "amount_changed", "section": "", "old": "5000 kronor", "new": "6500 kronor",
             "old_value": 5000, "new_value": 6500},
            {"kind": "orgnr_changed", "section": "", "old": "849400-2549", "new": "849400-2812",
             "subject": "Kungsbacka Tennisklubb"},
            {"kind": "clause_changed", "section": "", "old": "6 månader", "new": "12 månader"},
            {"kind": "clause_removed", "section": "", "also_sections": ["Underhåll", "3.4"],
             "old": "avlägsna träd och sly", "new": None},
            {"kind": "clause_added", "section": "", "also_sections": ["Underhåll", "3.4"], "old": None,
             "new": "Arrendatorn ska årligen besiktiga plasthallen"},
        ],
        layout=Layout(header="{n} (11)", header_lines=re.compile(r"^\s*[0-9Il]{1,2} \(\d{1,2}\)\s*$"),
                      first_page=2, first_number=1, total=11, lines_per_page=48),
    ),
    Pair(
        name="K026_v1", doc="K026", split="test",
        edits=[
            ("Trafikverket, Västra Regionen, 202100-6297", "Trafikverket, Västra Regionen, 202100-6313"),
            ("Kungsbacka Kommun, 212000-1256, Stadshuset, Storgatan 37, 434 81 Kungsbacka\n",
             "Kungsbacka Kommun, 212000-1256, Stadshuset, Storgatan 37, 434 81 Kungsbacka\n"
             "Särö Belysning AB, 556987-6542, Box 12, 429 21 Kullavik, nedan Bolaget\n"),
            ("uppgår till 261 miljoner kronor.", "uppgår till 248 miljoner kronor."),
            ("6.1 Kungsbacka kommun förbinder sig till att bekosta åtgärderna under §5 i sin helhet.",
             "6.1 Kungsbacka kommun förbinder sig till att bekosta hälften av åtgärderna under §5."),
            ("3. Ska tillhandahålla den mark som behövs för projektets genomförande.", ""),
            ("Trafikverket från kommunens nybyggnation.\n",
             "Trafikverket från kommunens nybyggnation.\n\n"
             "Åtgärd 4 Trafikverkets slutbesiktning av den nya belysningen.\n"),
            ("Särö, Kungsbacka kommun.\nL\nA\nM\nT\n",
             "Särö, Kungsbacka kommun. Avtalet gäller från och med 2025-07-01 till och med\n"
             "2027-06-30.\nL\nA\nM\nT\n"),
        ],
        planted=[
            {"kind": "orgnr_changed", "section": "§1", "also_sections": ["1", "Parter", "§ 1"],
             "old": "202100-6297", "new": "202100-6313", "subject": "Trafikverket"},
            {"kind": "party_added", "section": "§1", "also_sections": ["1", "Parter", "§ 1"], "old": None,
             "new": "Särö Belysning AB", "new_value": "556987-6542"},
            {"kind": "amount_changed", "section": "", "old": "261 miljoner kronor",
             "new": "248 miljoner kronor", "old_value": 261000000, "new_value": 248000000},
            {"kind": "clause_changed", "section": "§6", "also_sections": ["6.1", "6", "Finansiering", "§ 6"],
             "old": "i sin helhet", "new": "hälften av"},
            {"kind": "clause_removed", "section": "§7", "also_sections": ["7", "Kommunens ansvar", "§ 7"],
             "old": "Ska tillhandahålla den mark", "new": None},
            {"kind": "clause_added", "section": "§5", "also_sections": ["5", "Beskrivning av åtgärder", "§ 5"],
             "old": None, "new": "Åtgärd 4 Trafikverkets slutbesiktning"},
            {"kind": "period_changed", "section": "§3", "also_sections": ["3", "Syfte och bakgrund", "§ 3"],
             "old": None, "new": "2027-06-30", "old_value": None,
             "new_value": ["2025-07-01", "2027-06-30"]},
        ],
        layout=Layout(header="PM\n\nÄrendenummer                        Dokumentdatum\n"
                             "TRV 2025/66904                      2025-06-18\nSidor\n{n}({total})",
                      header_lines=re.compile(r"^(PM|Ärendenummer\s+Dokumentdatum|TRV 2025/66904\s+2025-06-18"
                                              r"|Sidor|\d\(\d\))\s*$"),
                      footer=K026_FOOTER, first_page=3, first_number=2, total=8, lines_per_page=52),
    ),
    Pair(
        name="K018_v1", doc="K018", split="test",
        edits=[
            ("med start 2025-01-01 till 2025-06-30.", "med start 2025-01-01 till 2025-12-31."),
            ("partnerskap med Göteborg Stadsmission med start 2025-10-01 till 2026-09-30.",
             "partnerskap med Göteborg Stadsmission och Kungsbacka församling med start 2025-10-01 till\n"
             "2026-09-30. Partnerskapet finansieras med 450 000 kronor."),
            ("en implementering av två olika modeller;", "en implementering av tre olika modeller;"),
        ],
        planted=[
            {"kind": "period_changed", "section": "", "also_sections": ["Förslag till beslut"],
             "old": "2025-06-30", "new": "2025-12-31",
             "old_value": ["2025-01-01", "2025-06-30"], "new_value": ["2025-01-01", "2025-12-31"]},
            {"kind": "party_added", "section": "", "old": None, "new": "Kungsbacka församling"},
            {"kind": "amount_changed", "section": "", "old": None, "new": "450 000 kronor",
             "old_value": None, "new_value": 450000},
            {"kind": "clause_changed", "section": "", "also_sections": ["Sammanfattning av ärendet"],
             "old": "två olika modeller", "new": "tre olika modeller"},
        ],
        layout=Layout(header="", header_lines=re.compile(r"^$"), first_page=99),
    ),
]
