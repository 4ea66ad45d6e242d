"""The planted edits of each pair (see make_pairs.py). Section names are as printed in NEW;
an empty section means the change may be reported under any section. Fact kinds carry
`old_value`/`new_value` (kronor, ISO dates, orgnr) besides the printed text.

Conventions: a fact that appears or disappears keeps its fact kind with the other value None (a
sentence with a new amount or period, a fee line dropped); a table row with several amounts
(this year's and last year's) that is added or dropped is a clause_added/clause_removed; the same
fact changed in two places (a decision's list and the table that explains it) is two entries,
told apart by their sections. Party names and organisationsnummer added here are invented
(check digits valid)."""
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
    Pair(
        name="K015_v1", doc="K015", split="train", strict_rewrap=True, rewrap_width=88,
        edits=[
            ("Dan Stenlund Fastigheter AB (556950-8434), nedan kallat Bolaget\n\nKommunen och",
             "Dan Stenlund Fastigheter AB (556950-8434), nedan kallat Bolaget\n\n"
             "Banken Bostäder i Kungsbacka AB (559318-4061), nedan kallat Bostadsbolaget\n\nKommunen och"),
            ("säkerhet på 500 000 kronor som ställs i samband", "säkerhet på 650 000 kronor som ställs i samband"),
            ("-  Exploateringsavtalet i övrigt ska fortsätta att gälla med oförändrade villkor.\n",
             "-  Exploateringsavtalet i övrigt ska fortsätta att gälla med oförändrade villkor från\n"
             "och med 2026-01-01 till och med 2035-12-31.\n"),
            ("gällande detaljplan.\n\n\f",
             "gällande detaljplan.\n\n- Bolaget ska skriftligen underrätta Kommunen innan bygglov söks för\n"
             "fastigheten Banken 13.\n\n\f"),
            ("Kommunen ansvarar inte för skada förorsakad", "Kommunen ansvarar för skada förorsakad"),
            ("Till varje bostad ska det finnas en\ncykelparkeringsplats vid entrén",
             "Till varje bostad ska det finnas två\ncykelparkeringsplatser vid entrén"),
            ("ledningarna. Separata avtal mellan\nBolaget och de privata ledningsägarna ska tecknas där ansvar "
             "och kostnader för flytten regleras.\n", "ledningarna.\n"),
        ],
        planted=[
            {"kind": "party_added", "section": "1", "also_sections": ["PARTER", "1."], "old": None,
             "new": "Banken Bostäder i Kungsbacka AB", "new_value": "559318-4061"},
            {"kind": "amount_changed", "section": "2", "also_sections": ["BAKGRUND OCH FÖRUTSÄTTNINGAR", "2."],
             "old": "500 000 kronor", "new": "650 000 kronor", "old_value": 500000, "new_value": 650000},
            {"kind": "period_changed", "section": "3", "also_sections": ["ÅTERLÄMNANDE AV SÄKERHET", "3."],
             "old": None, "new": "2035-12-31", "old_value": None, "new_value": ["2026-01-01", "2035-12-31"]},
            {"kind": "clause_added", "section": "3", "also_sections": ["ÅTERLÄMNANDE AV SÄKERHET", "3."],
             "old": None, "new": "Bolaget ska skriftligen underrätta Kommunen innan bygglov söks"},
            {"kind": "clause_changed", "section": "Dagvatten", "old": "Kommunen ansvarar inte för skada",
             "new": "Kommunen ansvarar för skada"},
            {"kind": "clause_changed", "section": "", "old": "finnas en cykelparkeringsplats",
             "new": "finnas två cykelparkeringsplatser"},
            {"kind": "clause_removed", "section": "Ledningsrätt",
             "old": "Separata avtal mellan Bolaget och de privata ledningsägarna", "new": None},
        ],
        # the exploateringsavtal (pages 4-5 of the excerpt): a footer "Sida n av 6", no header; the
        # tjänsteskrivelse page and the tilläggsavtal (its signature page) keep their pages
        layout=Layout(header="", header_lines=re.compile(r"(?!)"),
                      footer="EXPLOATERINGSAVTAL Kvarteret Banken Sida {n} av {total}",
                      footer_lines=re.compile(r"^EXPLOATERINGSAVTAL Kvarteret Banken Sida \d+ av \d+\s*$"),
                      first_page=4, first_number=1, total=6, lines_per_page=48, sentence_gap=True),
    ),
    Pair(
        name="K035_v1", doc="K035", split="dev", strict_rewrap=True, rewrap_width=84,
        edits=[
            ("uppgår till 10,5 miljoner kronor, varav Kungsbacka kommun har tillskjutit 8,5\nmiljoner kronor",
             "uppgår till 11,5 miljoner kronor, varav Kungsbacka kommun har tillskjutit 9,5\nmiljoner kronor"),
            ("\nFondmedel, som icke placerats i stiftelsen tillhörig fast egendom, skall insättas på bankräkning.\n",
             ""),
            ("Kallelse till sammanträde skall utgå minst tio dagar", "Kallelse till sammanträde skall utgå minst fem dagar"),
            ("styrelsen därtill utser.\n", "styrelsen därtill utser.\n\nFirman ska alltid tecknas av två personer i förening.\n"),
            ("Stiftelsen skall icke underställas sådan tillsyn", "Stiftelsen skall underställas sådan tillsyn"),
            ("gå vidare med fas två i utredningen.\n\nSammanfattning",
             "gå vidare med fas två i utredningen under\nperioden 2025-09-01 till och med 2026-06-30.\n\nSammanfattning"),
        ],
        moves=[("§ 12\nFör stadgeändring", "§ 13", "§ 11\n\nDet åligger",
                {"§ 12\nFör stadgeändring": "§ 11\nFör stadgeändring", "§ 11\n\nDet åligger": "§ 12\n\nDet åligger"})],
        planted=[
            {"kind": "amount_changed", "section": "§ 3", "also_sections": ["3", "§3"], "old": "10,5 miljoner kronor",
             "new": "11,5 miljoner kronor", "old_value": 10500000, "new_value": 11500000},
            {"kind": "amount_changed", "section": "§ 3", "also_sections": ["3", "§3"], "old": "8,5 miljoner kronor",
             "new": "9,5 miljoner kronor", "old_value": 8500000, "new_value": 9500000},
            {"kind": "clause_removed", "section": "§ 4", "also_sections": ["4", "§4"],
             "old": "Fondmedel, som icke placerats", "new": None},
            {"kind": "clause_changed", "section": "§ 7", "also_sections": ["7", "§7"], "old": "minst tio dagar",
             "new": "minst fem dagar"},
            {"kind": "clause_added", "section": "§ 8", "also_sections": ["8", "§8"], "old": None,
             "new": "Firman ska alltid tecknas av två personer i förening"},
            {"kind": "section_moved", "section": "§ 11", "old_section": "§ 12",
             "also_sections": ["11", "§11", "12", "§12", "§ 12"]},
            {"kind": "clause_changed", "section": "§ 13", "also_sections": ["13", "§13"],
             "old": "skall icke underställas", "new": "skall underställas"},
            {"kind": "period_changed", "section": "Förslag till beslut i kommunstyrelsen", "old": None,
             "new": "2026-06-30", "old_value": None, "new_value": ["2025-09-01", "2026-06-30"]},
        ],
        # the stadgar: page 1 carries its number in the foundation's address footer, pages 2-3 a
        # header "n (3)"; the KSAU page keeps its page; the tjänsteskrivelse: page 1 with the
        # office's footer, page 2 a header "KUNGSBACKA  KOMMUN / 2 (2)"; the scanned slide last
        layout=[Layout(header="{n} ({total})", header_lines=re.compile(r"^\s*\d \(\d\)\s*$"),
                       first_page=2, last_page=4, first_number=2, total=3, lines_per_page=38,
                       sentence_gap=True),
                Layout(header="KUNGSBACKA  KOMMUN\n{n} ({total})",
                       header_lines=re.compile(r"^(KUNGSBACKA  KOMMUN|\d \(\d\))\s*$"),
                       first_page=6, last_page=7, first_number=2, total=2, lines_per_page=40,
                       sentence_gap=True)],
    ),
    Pair(
        name="K031_v1", doc="K031", split="train", strict_rewrap=True, rewrap_width=72,
        edits=[
            ("som\nmotsvarar den faktiska kostnaden.", "som\nmotsvarar den faktiska kostnaden, dock högst 12 000 000 kronor."),
            ("egenskap av ägare till Fastigheterna, för de kostnader som hör samman med\n"
             "koppling av Projektområdets kvartersmark till allmän plats.\n",
             "egenskap av ägare till Fastigheterna, för de kostnader som hör samman med\n"
             "koppling av Projektområdets kvartersmark till allmän plats.\n\n"
             "Regionen ska i god tid samråda med Kommunen om etappindelningen av\nutbyggnaden.\n"),
            ("8.1\n\n9.1\n\n9.2\n\n10.", "8.1\n\n8.2\n\n9.1\n\n10."),
            ("Gestaltningsnivåer, kvalitetsnivåer och referensobjekt ska slås fast i Detalj-\nplanen.\n\n", ""),
            ("Avtalet löper från och med dagen för kommunstyrelsens godkännande till den\n"
             "dag då giltigt exploateringsavtal föreligger, Avtalstiden. Avtalet upphör då att\n"
             "gälla om inte Parterna överenskommer om annat.",
             "Avtalet löper från och med 2023-01-10 till och med 2026-12-31, Avtalstiden.\n"
             "Avtalet upphör då att gälla om inte Parterna överenskommer om annat."),
            ("Regionen äger ej rätt att, utan kommunstyrelsens skriftliga medgivande, överlåta",
             "Regionen äger rätt att, efter skriftligt meddelande till Kommunen, överlåta"),
            ("Fastighetsägare till Lerberg 3:9\nDamoj 11 AB, Fastighetsägare till Lerberg 3:11\n",
             "Fastighetsägare till Lerberg 3:9\n"),
        ],
        # Tvist (15) now before Avtalets giltighet: the OCR'd margin numbers (14., 14.1, 15., 15.1)
        # stay in their column, as a renumbered new version scanned alike would print them
        moves=[("Tvist\n\nTvist i anledning", "Avtalet är upprättat i två", "Avtalets giltighet\n", {})],
        planted=[
            {"kind": "amount_changed", "section": "", "also_sections": ["7", "7.2"], "old": None,
             "new": "12 000 000 kronor", "old_value": None, "new_value": 12000000},
            {"kind": "clause_added", "section": "Utbyggnad av kvartersmark inom Projektområdet",
             "also_sections": ["8", "8.2"], "old": None,
             "new": "Regionen ska i god tid samråda med Kommunen om etappindelningen"},
            {"kind": "clause_removed", "section": "Gestaltning", "also_sections": ["9", "9.2"],
             "old": "Gestaltningsnivåer, kvalitetsnivåer och referensobjekt", "new": None},
            {"kind": "period_changed", "section": "Avtalstid", "also_sections": ["11", "11.1", "ÖVRIGA BESTÄMMELSER"],
             "old": None, "new": "2026-12-31", "old_value": None, "new_value": ["2023-01-10", "2026-12-31"]},
            {"kind": "clause_changed", "section": "Överlåtelse av avtal och fastigheter", "also_sections": ["13", "13.1"],
             "old": "äger ej rätt", "new": "äger rätt"},
            {"kind": "section_moved", "section": "Tvist", "old_section": "Tvist",
             "also_sections": ["14", "14.", "15", "15.", "Avtalets giltighet"]},
            {"kind": "party_removed", "section": "Beslutet skickas till", "old": "Damoj 11 AB", "new": None},
        ],
        # the principavtal (pages 3/5 and 4/5 of the agreement): its title and "n/5" at the top, after the
        # OCR'd column of clause numbers, "Sign" at the bottom; its signature page and bilaga keep
        # their pages, as do the two protocol pages; the tjänsteskrivelse's page 2 its header
        layout=[Layout(header="Detaljplan för sjukhus inom Tölöberg 2 och Tölö 1:17 i Kungsbacka stad\n\n{n}/{total}",
                       header_lines=re.compile(r"^(Detaljplan för sjukhus inom Tölöberg 2 och Tölö 1:17 i Kungsbacka "
                                               r"stad|\d/\d)\s*$"),
                       footer="Sign", footer_lines=re.compile(r"^Sign\s*$"), top_lines=30,
                       first_page=1, last_page=3, first_number=3, total=5, lines_per_page=76, sentence_gap=True),
                Layout(header="KUNGSBACKA  KOMMUN\n{n} ({total})",
                       header_lines=re.compile(r"^(KUNGSBACKA  KOMMUN|\d \(\d\))\s*$"),
                       first_page=8, first_number=2, total=2, lines_per_page=40, sentence_gap=True)],
    ),
    Pair(
        name="K021_v1", doc="K021", split="test", strict_rewrap=True, rewrap_width=90,
        edits=[
            ("•  Trygghetslarm                          333 kr/månad", "•  Trygghetslarm                          345 kr/månad"),
            ("Trygghetslarm                          333   330", "Trygghetslarm                          345   330"),
            ("Helabonnemang mat äldreboende           4471   4342 Uppräknas med Service index\n",
             "Helabonnemang mat äldreboende           4471   4342 Uppräknas med Service index\n"
             "Matlåda hemtjänst                         82     79 Uppräknas med Service index\n"),
            ("Avgift för dagomsorg                   30     29 Maxtaxa / 90\n", ""),
            ("•  Avgift för dagomsorg                   30 kr/dygn\n", ""),
            ("Ändrade nivåer för taxor och avgifter ska\nredovisas till kommunfullmäktige.",
             "Ändrade nivåer för taxor och avgifter behöver\ninte redovisas till kommunfullmäktige."),
            ("höjs från 58 800 till 59 200 kronor", "höjs från 58 800 till 59 300 kronor"),
            ("Prissumman om 15 000 kronor", "Prissumman om 20 000 kronor"),
        ],
        planted=[
            {"kind": "amount_changed", "section": "Förslag till beslut", "old": "333 kr/månad", "new": "345 kr/månad",
             "old_value": 333, "new_value": 345},
            {"kind": "amount_changed", "section": "Beskrivning av ärendet", "old": "333", "new": "345",
             "old_value": 333, "new_value": 345},
            {"kind": "clause_added", "section": "Beskrivning av ärendet", "old": None, "new": "Matlåda hemtjänst"},
            {"kind": "clause_removed", "section": "Beskrivning av ärendet", "old": "Avgift för dagomsorg", "new": None},
            {"kind": "amount_changed", "section": "Förslag till beslut", "old": "30 kr/dygn", "new": None,
             "old_value": 30, "new_value": None},
            {"kind": "clause_changed", "section": "Sammanfattning av ärendet", "old": "ska redovisas",
             "new": "behöver inte redovisas"},
            {"kind": "amount_changed", "section": "Sammanfattning av ärendet", "old": "59 200 kronor",
             "new": "59 300 kronor", "old_value": 59200, "new_value": 59300},
            {"kind": "amount_changed", "section": "Förslag till beslut", "old": "15 000 kronor", "new": "20 000 kronor",
             "old_value": 15000, "new_value": 20000},
        ],
        # two tjänsteskrivelser: page 1 with the office's footer, later pages "KUNGSBACKA  KOMMUN / n (N)"
        layout=[Layout(header="KUNGSBACKA  KOMMUN\n{n} ({total})",
                       header_lines=re.compile(r"^(KUNGSBACKA  KOMMUN|\d \(\d\))\s*$"),
                       first_page=2, last_page=4, first_number=2, total=3, lines_per_page=40, sentence_gap=True),
                Layout(header="KUNGSBACKA  KOMMUN\n{n} ({total})",
                       header_lines=re.compile(r"^(KUNGSBACKA  KOMMUN|\d \(\d\))\s*$"),
                       first_page=5, first_number=2, total=2, lines_per_page=40, sentence_gap=True)],
    ),
    Pair(
        name="K036_v1", doc="K036", split="test", strict_rewrap=True, rewrap_width=86,
        edits=[
            ("| Centerpartiet (6) | 363 800 |", "| Centerpartiet (6) | 368 800 |"),
            ("grundstöd som uppgick till 20 000 per parti", "grundstöd som uppgick till 25 000 per parti"),
            ("för år 2024 var 52 500 kronor.", "för år 2024 var 57 300 kronor."),
            ("Miljöpartiet de gröna, Vänsterpartiet, Sverigedemokraterna och\n",
             "Miljöpartiet de gröna, Sverigedemokraterna och\n"),
            ("betalas ut årligen i\nförskott", "betalas ut årligen i\nefterskott"),
            ("-  Redovisningen och granskningsintyg inte har lämnats in till kommunfullmäktige inom\n"
             "föreskriven tid enligt 4 kap. 31 § andra stycket kommunallagen, det vill säga senast sex\n"
             "månader efter räkenskapsårets utgång.\n", ""),
            ("2022. Partistödet betalas ut i januari 2026.\n",
             "2022. Partistödet betalas ut i januari 2026.\n\nKommunfullmäktige uppdrar åt kommunstyrelsen att "
             "se över reglerna för\nkommunalt partistöd inför nästa mandatperiod.\n"),
        ],
        planted=[
            {"kind": "amount_changed", "section": "", "old": "363 800", "new": "368 800",
             "old_value": 363800, "new_value": 368800},
            {"kind": "amount_changed", "section": "Hantering och redovisning av 2024 års partistöd",
             "also_sections": ["Beskrivning av ärendet"], "old": "20 000", "new": "25 000",
             "old_value": 20000, "new_value": 25000},
            {"kind": "amount_changed", "section": "Hantering och redovisning av 2024 års partistöd",
             "also_sections": ["Beskrivning av ärendet"], "old": "52 500 kronor", "new": "57 300 kronor",
             "old_value": 52500, "new_value": 57300},
            {"kind": "party_removed", "section": "Förslag till beslut i kommunfullmäktige", "old": "Vänsterpartiet",
             "new": None},
            {"kind": "clause_changed", "section": "Sammanfattning av ärendet", "old": "i förskott", "new": "i efterskott"},
            {"kind": "clause_removed", "section": "Beskrivning av ärendet",
             "old": "Redovisningen och granskningsintyg inte har lämnats in", "new": None},
            {"kind": "clause_added", "section": "Förslag till beslut i kommunfullmäktige", "old": None,
             "new": "Kommunfullmäktige uppdrar åt kommunstyrelsen att se över reglerna"},
        ],
        # the KSAU paragraph: its protocol header and the signing footer on every page; the
        # tjänsteskrivelse: page 1 with the office's footer, then "KUNGSBACKA  KOMMUN / n (3)";
        # the scanned redovisning keeps its page
        layout=[Layout(header="KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL           {n} ({total})\n"
                              "Kommunstyrelsens arbetsutskott\nDatum\n2025-06-03",
                       header_lines=re.compile(r"^(KUNGSBACKA KOMMUN\s+SAMMANTRÄDESPROTOKOLL\s+\d \(\d\)"
                                               r"|Kommunstyrelsens arbetsutskott|Datum|2025-06-03)\s*$"),
                       footer="Det här dokumentet är digitalt signerat\n"
                              "Transaktionsidentitet: 8B183B1B3A225B388F8CC6E173F46C3F853AB70F1C\n"
                              "Transaktionsidentitet: 942EBE45ADE47B593D959E28618B2FFCF082F9F54B",
                       footer_lines=re.compile(r"^(Det här dokumentet är digitalt signerat"
                                               r"|Transaktionsidentitet: [0-9A-F]+)\s*$"),
                       first_page=1, last_page=3, first_number=1, total=2, lines_per_page=46, sentence_gap=True),
                Layout(header="KUNGSBACKA  KOMMUN\n{n} ({total})",
                       header_lines=re.compile(r"^(KUNGSBACKA  KOMMUN|\d \(\d\))\s*$"),
                       first_page=4, last_page=6, first_number=2, total=3, lines_per_page=42, sentence_gap=True)],
    ),
]

