"""Page furniture on real text: running headers and footers, page numbers, signing boxes —
found by repetition and position on protokoll of several kommuner, on OCR'd text, on text
whose page breaks were lost, and on pages with word boxes."""
from __future__ import annotations

from pathlib import Path

from diarium.schemas.document import Document, Line, Page, Word
from diarium.structure import analyse

DATA = Path(__file__).resolve().parent / "data" / "structure"
GOLD = Path(__file__).resolve().parent / "gold"
OCR = Path(__file__).resolve().parent / "data" / "extract"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def furniture_texts(text: str, page: int | None = None) -> list[str]:
    return [" ".join(f.text.split()) for f in analyse(text).furniture if page is None or f.page == page]


def test_running_header_and_footer_of_a_protokoll():
    text = read(DATA / "K008.pages1-5.txt")
    structure = analyse(text)
    on_page = {page: [" ".join(f.text.split()) for f in structure.furniture if f.page == page] for page in (2, 3, 5)}
    assert on_page[2] == ["KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL", "Nämnden för Teknik", "Datum", "2024-06-19"]
    assert on_page[5] == ["KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL 4 (9)", "Nämnden för Teknik", "Datum", "2024-06-19",
                          "Det här dokumentet är digitalt signerat",
                          "Transaktionsidentitet: 0D430300D03E4147A2B2D560AD0F7A3780FE9623CC",
                          "Transaktionsidentitet: 92111C8BAB71D2151F72675DECBE449E937D59D312"]
    assert all(item.why for item in structure.furniture)
    assert {f.kind for f in structure.furniture if f.page == 2} == {"letterhead"}


def test_footer_moved_above_a_table_by_reading_order_is_still_furniture():
    structure = analyse(read(DATA / "K008.pages1-5.txt"))
    page4 = [line for line in structure.lines if line.page == 4 and line.role != "blank"]
    footer = [line.number for line in page4 if line.text.startswith(("Det här", "Transaktionsidentitet"))]
    table = [line for line in page4 if line.text.startswith("|")]
    assert table and all(line.role != "furniture" for line in table)
    assert footer and all(line.number < table[0].number for line in page4 if line.number in footer)
    assert all(line.role == "furniture" for line in page4 if line.number in footer)


def test_a_paragraph_heading_and_beslut_below_the_header_of_every_page_are_not_furniture():
    structure = analyse(read(DATA / "K039.pages1-6.txt"))
    by_page = {}
    for line in structure.lines:
        if line.role != "blank" and line.page >= 4:
            by_page.setdefault(line.page, []).append(line)
    for lines in by_page.values():
        assert [line.role for line in lines[:4]] == ["furniture"] * 4
        assert lines[4].text.startswith("§") and lines[4].role == "heading"
    besluts = [line for line in structure.lines if line.text.strip() == "Beslut"]
    assert len(besluts) >= 3 and all(line.role == "heading" for line in besluts)


def test_page_numbers_inside_the_page_and_a_column_of_clause_numbers():
    structure = analyse(read(DATA / "K031.pages1-7.txt"))
    furniture = {(f.page, " ".join(f.text.split())) for f in structure.furniture}
    assert {(2, "3/5"), (3, "4/5"), (4, "5/5"), (2, "Sign"), (3, "Sign"), (4, "Sign")} <= furniture
    title = "Detaljplan för sjukhus inom Tölöberg 2 och Tölö 1:17 i Kungsbacka stad"
    assert {(page, title) for page in (2, 3, 4, 5)} <= furniture
    clause_numbers = [line for line in structure.lines if line.text.strip() in ("6.3", "7.1", "12.1", "13.1")]
    assert len(clause_numbers) == 4 and all(line.role != "furniture" for line in clause_numbers)
    assert (6, "Justerare") in furniture and (6, "Expedierat/bestyrkt") in furniture


def test_another_kommuns_header_with_a_short_title_and_a_dnr():
    """Hand-made variant: "Sida 3 (6)", a short title and a dnr over every page, and a
    "Beslut" heading right below the header on every page."""
    pages = []
    bodies = ["Nämnden godkänner avtalet med föreningen för perioden.",
              "Nämnden avslår ansökan om bidrag för år 2025.",
              "Nämnden lägger informationen till handlingarna."]
    for number, body in enumerate(bodies, start=1):
        pages.append(f"REGION NORRBYGD{' ' * 30}Sida {number} (3)\nTjänsteskrivelse\nDnr RN 2024/117\n\n"
                     f"Beslut\n{body}\n")
    structure = analyse("\f".join(pages))
    assert furniture_texts("\f".join(pages), page=2) == ["REGION NORRBYGD Sida 2 (3)", "Tjänsteskrivelse",
                                                          "Dnr RN 2024/117"]
    headings = [s.heading for s in structure.walk() if s.heading is not None]
    assert [(h.page, h.name) for h in headings] == [(1, "beslut"), (2, "beslut"), (3, "beslut")]


def test_one_page_utdrag_keeps_only_its_signing_box():
    text = read(GOLD / "malmo_utdrag.txt")
    assert furniture_texts(text) == ["Justerandes signatur Utdragsbestyrkande"]


def test_text_whose_page_breaks_were_lost():
    """The same protokoll pages without form feeds: the page numbers anchor the header."""
    text = read(DATA / "K008.pages1-5.txt").replace("\f", "")
    structure = analyse(text)
    found = [" ".join(f.text.split()) for f in structure.furniture]
    assert found.count("Nämnden för Teknik") == 4 and found.count("Datum") == 4
    assert found.count("Det här dokumentet är digitalt signerat") == 3
    assert not any(text.startswith(("§", "Beslut", "Innehåll")) for text in found)


def test_ocr_text_whose_page_breaks_were_lost():
    """Tesseract output of a four-page protokoll, one page, OCR noise in the header."""
    text = read(OCR / "umea_protokoll.ocr-eng.txt")
    found = furniture_texts(text)
    assert found.count("UMEA KOMMUN PROTOKOLL") == 3
    assert {"Sammantrddesdatum: 2024-03-21", "Sammantradesdatum: 2024-03-21"} <= set(found)
    assert not any(line.startswith("§") for line in found)


def _boxed_page(number: int, body: list[str]) -> Page:
    """A scanned A4 page (pixels) whose running header OCR read last."""
    lines = [Line(text=text, bbox=(300.0, 600.0 + 110 * i, 2100.0, 650.0 + 110 * i),
                  words=[Word(text=w) for w in text.split()]) for i, text in enumerate(body)]
    lines.append(Line(text=f"Socialförvaltningen   Sida {number} (3)", bbox=(300.0, 150.0, 2100.0, 200.0)))
    lines.append(Line(text="Utskriftsdatum 2024-05-02", bbox=(300.0, 3300.0, 900.0, 3350.0)))
    return Page(number=number, source="hocr", lines=lines, width=2481.0, height=3508.0)


def test_word_boxes_place_the_header_at_the_top_whatever_the_reading_order():
    bodies = [["Sammanfattning", "Förvaltningen föreslår att nämnden godkänner avtalet."],
              ["Bakgrund", "Avtalet gäller från och med den 1 januari 2025."],
              ["Ekonomi", "Kostnaden ryms inom nämndens budget för året."]]
    document = Document(path="scan.hocr", sha256="0" * 64, kind="hocr",
                        pages=[_boxed_page(n, body) for n, body in enumerate(bodies, start=1)])
    structure = analyse(document.text, document)
    assert [(f.page, f.kind, " ".join(f.text.split())) for f in structure.furniture if f.page == 2] == [
        (2, "header", "Socialförvaltningen Sida 2 (3)"), (2, "footer", "Utskriftsdatum 2024-05-02")]
    body = [line for line in structure.lines if line.role not in ("furniture", "blank")]
    assert all(line.top is not None and 0.1 < line.top < 0.9 for line in body)


def test_rotated_margin_text_is_furniture_and_glued_letters_are_left_out():
    """A template id printed up the margin of an agreement, extracted a letter or two a line
    among the body lines (K019, pages 4-6)."""
    text = read(DATA / "K019.pages4-6.txt")
    structure = analyse(text)
    margin = [f for f in structure.furniture if f.why.startswith("rotated margin text")]
    assert {f.page for f in margin} == {1, 2, 3}
    assert all(len("".join(f.text.split())) <= 3 for f in margin) and len(margin) > 80
    assert {"LLAMT"} <= {"".join(f.text for f in margin if f.page == page)[-5:] for page in (1, 2, 3)}
    glued = [line for line in structure.lines if line.margin]
    assert glued and all(line.role != "furniture" for line in glued)
    found = {(h.page, h.number, h.title) for s in structure.walk() if (h := s.heading) is not None}
    assert (2, "3.2", "Tidigare studier och utredningar kopplat till detta avtal") in found
    assert (1, "2", "Definitioner och begrepp") in found
    heading = next(h for s in structure.walk() if (h := s.heading) is not None and h.number == "3.2")
    assert text[heading.start:heading.end].startswith("3.2")
    paragraphs = [p.text for s in structure.walk() for p in s.paragraphs]
    assert "Någon åtgärdsvalsstudie bedöms inte behövas." in paragraphs


def test_columns_of_short_lines_that_are_no_margin_text():
    """Party abbreviations in a column and numbers in a table are words, not margin letters."""
    page = ("Ledamöter\n" + "\n".join(["Anna Berg", "Per Ek", "Eva Lund", "Ola Sjö", "Kim Ahl"]) + "\n"
            + "\n".join(["M", "S", "KD", "L", "SD"]) + "\n\nNämnden beslutar enligt förslaget i ärendet.\n")
    text = page + "\f" + page + "\f" + "Tabell\n" + "\n".join(str(n) for n in range(1, 9)) + "\nSumma.\n"
    assert not [f for f in analyse(text).furniture if f.why.startswith("rotated")]


def test_the_field_block_and_contact_block_of_a_tjanssteskrivelse_printed_once():
    """First page: TJÄNSTESKRIVELSE, Datum, Diarienummer over their values; the contact block
    after the body (K031, pages 8-9). The title and the headings are no furniture."""
    structure = analyse(read(DATA / "K031.pages8-9.txt"))
    first = [(f.kind, " ".join(f.text.split())) for f in structure.furniture if f.page == 1]
    assert first[:5] == [("letterhead", "TJÄNSTESKRIVELSE"), ("letterhead", "Datum"), ("letterhead", "2025-09-10"),
                         ("letterhead", "Diarienummer"), ("letterhead", "KS-2025-00222")]
    assert [text for kind, text in first[5:]] == [
        "1 (2)", "Kungsbacka kommun", "434 81 Kungsbacka", "Mikaela Ropel", "Besöksadress",
        "Exploateringsingenjör Stadshuset, Storgatan 37", "Telefon 0300-83 40 00", "www.kungsbacka.se"]
    headings = [(h.page, h.kind, h.text) for s in structure.walk() if (h := s.heading) is not None]
    assert headings[0] == (1, "layout", "Principavtal avseende Detaljplan för bostäder inom Lerberg 16:40 m fl i "
                                        "Anneberg i Kungsbacka kommun")
    assert (2, "named", "Beslutet skickas till") in headings


def test_a_kallelse_its_field_and_contact_blocks_and_the_group_rows_of_its_agenda():
    structure = analyse(read(DATA / "K033.pages1-3.txt"))
    furniture = [" ".join(f.text.split()) for f in structure.furniture if f.page == 2]
    assert furniture[:3] == ["KALLELSE/UNDERRÄTTELSE", "Upprättad", "2025-10-14"]
    assert "www.kungsbacka.se" in furniture and "Kommunsekreterare 434 81 Kungsbacka" in furniture
    assert "Kommunstyrelsen" not in furniture and not any(text.startswith(("Sammanträde", "Kungsbackarummet"))
                                                          for text in furniture)
    groups = [h.title for s in structure.walk() if (h := s.heading) is not None and h.text.startswith("|")]
    assert groups == ["Beslutsärende", "Information", "Beslutsärenden"]
    assert structure.tables and all(len(row) == 4 for table in structure.tables for row in table.rows)


def test_an_address_in_the_body_is_no_contact_block():
    text = ("Beslut\nNämnden godkänner avtalet med föreningen.\n\nBeslutet skickas till\nFöreningen Ekbacken\n"
            "Storgatan 3\n434 30 Kungsbacka\n\nFöreningen har tagit del av förslaget och har inga synpunkter.\n")
    assert furniture_texts(text) == []


def test_the_certificate_page_of_a_signing_service():
    """Everything on it but the signers' names (K008, pages 11-12)."""
    structure = analyse(read(DATA / "K008.pages11-12.txt"))
    kept = [" ".join(line.text.split()) for line in structure.lines if line.role not in ("furniture", "blank")]
    assert kept == ["MONICA CHRISTINA NEPTUN", "Alma Isidora Bernesson"]
    assert "Organisationsnr: 212000-1256" in furniture_texts(read(DATA / "K008.pages11-12.txt"))
