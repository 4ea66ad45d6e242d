"""Document type of the file's FIRST document: tjänsteutlåtande, avtal, protokoll, skrivelse,
rapport or annat.

The label printed in the first document's head decides ("SAMMANTRÄDESPROTOKOLL",
"TJÄNSTESKRIVELSE", "KALLELSE/UNDERRÄTTELSE", a letterhead column, a running page header); a
label further down or in a later document ("Beslutsunderlag: Tjänsteskrivelse 2024-03-05", the
agreement after an utdrag) does not. Without a label the first document's structure decides:
§ paragraphs with Beslut or Justerare, or two signs of the justering box
(`protokoll_signs.txt`; inside the lines of a page that lost its line breaks too) make a
protokoll; Förslag till beslut, Beslutsunderlag or Beskrivning av ärendet outside a § a
tjänsteutlåtande (also its page 2 alone); an agreement's clauses ("detta avtal", "Köparen har
rätt …", a Parter section) an avtal; a closing greeting above the signature ("Med vänlig
hälsning") a letter, skrivelse. A label that is also a title word ("Redovisning av …",
"Årsredovisning 2024") decides only when the structure does not say tjänsteutlåtande or protokoll.

>>> find_doc_type("Tjänsteutlåtande\\nDnr 2021/565\\nSida 3 (4)")[0]
'tjänsteutlåtande'
>>> find_doc_type("Socialnämnden\\n2019-04-16\\nFörvaltningens förslag till beslut\\n1. Nämnden godkänner.")[0]
'tjänsteutlåtande'
>>> find_doc_type("2.1. Partnerskapets aktörer\\nDetta partnerskap är upprättat mellan:\\n6. Underskrift")[0]
'avtal'
>>> find_doc_type("ÖREBRO KOMMUN                 TJÄNSTESKRIVELSE\\nSocialförvaltningen")[0]
'tjänsteutlåtande'
>>> find_doc_type("OREBRO KOMMUN TJANSTESKRIVELSE\\nSocialforvaltningen")[0]   # OCR: spacing and å/ä/ö lost
'tjänsteutlåtande'
>>> find_doc_type("Sammanträdesprotokoll\\nSocialnämnden\\n§ 45")[0]
'protokoll'
>>> find_doc_type("EKEBY KOMMUN       SAMMANTRÄDESANTECKNINGAR\\nKommunrevisionen\\n")[0]
'protokoll'
>>> find_doc_type("KALLELSE/UNDERRÄTTELSE\\n\\nUpprättad\\n2025-10-14\\n\\nKommunstyrelsen\\n")[0]
'annat'
>>> find_doc_type("Västerö stad\\nSLUTRAPPORT\\nI protokoll § 112 beslutades att teckna avtal.")[0]
'rapport'
>>> find_doc_type("Utdrag ur protokoll\\nKommunstyrelsen\\n§ 7 Överenskommelse om samverkan")[0]
'protokoll'
>>> find_doc_type("EKEBY  KOMMUN\\n2 (2)\\n\\nBeskrivning av ärendet\\n\\nKommunfullmäktige antog en plan.\\f"
...               "EXPLOATERINGSAVTAL\\nSida 1 av 6\\n\\nExploatören ska ...")[0]
'tjänsteutlåtande'
>>> find_doc_type("14.1\\n\\nKöparen har rätt att genomföra en undersökning. Om Köparen inte godtar den har "
...               "Köparen rätt att häva köpet, och Säljaren ska då återbetala.\\n")[0]
'avtal'
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.doctype_owner import owned_label
from diarium.extract.doctype_utdrag import decided_paragraph
from diarium.extract.first_document import FirstDocument
from diarium.extract.issuer import issued_by
from diarium.extract.patterns import plain_words
from diarium.language import ordered, table, words
from diarium.language.letters import sv_pattern
from diarium.language.months import FULL_MONTHS
from diarium.schemas.structure import Section, Structure
from diarium.structure import analyse


def labels_by_kind(titles: bool | None = None) -> dict[str, list[str]]:
    """kind → the labels that print it, in the order of `document_kinds.tsv`; only the labels
    that are also title words ("Redovisning av …", flag "title") or only the others."""
    kinds: dict[str, list[str]] = {}
    for label, value in table("document_kinds").items():
        kind, *flags = value.split("\t")
        if titles is None or titles == ("title" in flags):
            kinds.setdefault(kind, []).append(label)
    return kinds


LABELS = list(labels_by_kind().items())
# A tjänsteutlåtande or protokoll label outranks an agreement or report word in a title under it
# ("Tjänsteutlåtande / Överenskommelse om ...", "PROTOKOLLSUTDRAG / § 7 Avtal om ...").
RANK = {"tjänsteutlåtande": 0, "protokoll": 0}
LABEL_LINES = 12
# What may follow a label on its line: a preposition, a number or date, the month a report
# covers ("Delårsrapport augusti 2031").
CONTINUATIONS = "för|från|om|till|mellan|avseende|gällande|fört|av|FÖR|OM|AV|\\d|" + "|".join(FULL_MONTHS)


def label_pattern(label: str, upper: bool = False) -> str:
    """A label as printed or in capitals; "*avtal" is the end of a compound ("Köpeavtal")."""
    word = label.lstrip("*")
    body = sv_pattern(word.upper() if upper else word)
    if not label.startswith("*"):
        return body
    return (r"[A-ZÅÄÖ]+" if upper else r"[A-ZÅÄÖ][a-zåäö-]+") + body


def label_line(words_: list[str]) -> re.Pattern[str]:
    """The label on a line of its own (maybe with 'om ...', a date after it), or as a column of a
    letterhead ("ÖREBRO KOMMUN      TJÄNSTESKRIVELSE"), as printed or in capitals."""
    label = "(?:" + "|".join([label_pattern(w) for w in words_] + [label_pattern(w, True) for w in words_]) + ")"
    upper = "(?:" + "|".join(label_pattern(w, True) for w in words_) + ")"
    return re.compile(
        rf"^[ \t]*{label}(?:[ \t]+(?:{CONTINUATIONS}).*)?[ \t]*:?$"
        rf"|^\S.*?\S[ \t]{{3,}}{label}(?:[ \t]{{3,}}.*)?$|^[ \t]*{label}[ \t]{{3,}}\S"
        rf"|^(?:[A-ZÅÄÖ]+[ \t]+){{1,4}}{upper}[ \t]*$")


LABEL = {kind: label_line(labels) for kind, labels in labels_by_kind(titles=False).items()}
# A label as a word of its own inside a line, as printed or in capitals.
BARE_LABEL = {kind: re.compile(r"(?<![\w/-])(?:" + "|".join([label_pattern(w) for w in labels] +
                                                            [label_pattern(w, True) for w in labels]) + r")(?![\w/-])")
              for kind, labels in labels_by_kind(titles=False).items()}
FLAT_LABEL_WORDS = 6
# A page counter: "Sida 1 av 2", "1 (3)", "2/4" (a field of a letterhead row, or a line alone).
PAGE_FIELD = r"(?i:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?i:av|/)\s*\d{1,3})"
PAGE_COUNTER = re.compile(rf"^\s*{PAGE_FIELD}\s*$")
TITLE_LABEL = {kind: label_line(labels) for kind, labels in labels_by_kind(titles=True).items()}
SIGN_PHRASES = sorted(words("protokoll_signs"), key=len, reverse=True)
PROTOKOLL_SIGNS = re.compile(
    rf"(?im)^\s*(?:(?:{'|'.join(sv_pattern(p) for p in SIGN_PHRASES)})\b|[§$]\s*\d+\b|beslutande\s*:?\s*$)")
# The same words inside a page that lost its line breaks: printed with their capital, the
# attendance list's "Beslutande" too (a § number there is as likely a reference).
FLAT_SIGNS = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sv_pattern(p[:1].upper() + p[1:]) for p in [*SIGN_PHRASES, 'beslutande'])})(?![\w-])")
# What a meeting did, narrated inside its lines ("… lämnar sammanträdet under ärendet 58").
EVENTS = re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(sv_pattern(p) for p in sorted(words('protokoll_events')))})(?![\w-])")
# Headings a tjänsteskrivelse has and an agreement or a report has not (outside a §).
CASE_HEADINGS = frozenset({"förslag till beslut", "beslutsunderlag", "beskrivning av ärendet",
                           "beslutet skickas till", "ärendet"})
AGREEMENT_HEADINGS = frozenset({"parter", "avtalstid", "underskrifter", "uppsägning", "tvist", "överlåtelse"})
AVTAL_PHRASES = re.compile(
    r"(?im)(?:detta|denna)\s+(?:avtal|partnerskap|överenskommelse|samarbetsavtal)\s+(?:är|har)\s+"
    r"(?:upprättat|upprättats|ingåtts|träffats|slutits)")
MIN_ROLES = 3
# A letter's or an e-mail's closing greeting on a line of its own ("Med vänlig hälsning").
LETTER_CLOSING = re.compile(
    rf"(?im)^[ \t]*(?:{'|'.join(sv_pattern(c) for c in sorted(words('letter_closings'), key=len, reverse=True))})"
    r"[ \t]*[,!.]?[ \t]*$")


@lru_cache(maxsize=1)
def agreement_signs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"detta avtal", "denna överenskommelse"; and a defined party in mid-sentence ("… att
    Köparen", "mellan Parterna")."""
    # "förevarande": the legal register's "this" ("har förevarande avtal träffats")
    demonstrative = re.compile(
        rf"(?i)\b(?:detta|denna|enligt\s+detta|förevarande)\s+{plain_words(words('agreement_words'))}\b")
    roles = re.compile(rf"(?<=[a-zåäö,] ){plain_words(ordered('agreement_roles'))}\b")
    return demonstrative, roles


def label_hits(first: FirstDocument) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """(kind, start, end) of every label in the first document's head: the labels, and the
    labels that are also title words."""
    hits: tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]] = ([], [])
    for offset, line in [*first.head_lines(LABEL_LINES), *split_columns(first), *after_counters(first)]:
        for found, labels in zip(hits, (LABEL, TITLE_LABEL)):
            kind = next((kind for kind, pattern in labels.items() if pattern.match(line)), None)
            if kind is not None:
                lead = len(line) - len(line.lstrip())
                found.append((kind, offset + lead, offset + len(line.rstrip())))
    return hits


def flat_label(first: FirstDocument) -> list[tuple[str, int, int]]:
    """On a page that lost its line breaks, a label among the first words of its opening field,
    printed with its capital or in capitals (after a logo OCR read as noise: "r-t ^*.s komr
    Kallelse/underrättelse Malung-Sälens kommunstyrelses …")."""
    if first.flat is None:
        return []
    fields = [(offset, field) for offset, field in first.head_lines(LABEL_LINES) if not PAGE_COUNTER.match(field)]
    if not fields:
        return []
    offset, field = fields[0]       # the opening field after a page counter of its own ("1 (12)")
    opening = " ".join(field.split(" ")[:FLAT_LABEL_WORDS])
    for kind, pattern in BARE_LABEL.items():
        match = pattern.search(opening)
        if match:
            return [(kind, offset + match.start(), offset + match.end())]
    return []


# A running header that ends in its page counter, the page's first words run on after it
# where the text lost its line breaks ("Länstrafiken 1 (8) Överenskommelse om …").
COUNTER = re.compile(r"^[ \t]*\S.{0,60}?\s\d{1,3}\s?\(\d{1,3}\)[ \t]+(?=\S)")


def after_counters(first: FirstDocument) -> list[tuple[int, str]]:
    """The rest of a head line after a running header's page counter."""
    found = []
    for offset, line in first.head_lines(LABEL_LINES):
        counter = COUNTER.match(line)
        if counter:
            found.append((offset + counter.end(), line[counter.end():]))
    return found


def split_columns(first: FirstDocument) -> list[tuple[int, str]]:
    """Head columns that OCR had joined to the words before them."""
    lines = {offset for offset, _ in first.head_lines(LABEL_LINES)}
    return [(offset, column) for offset, column in first.head(LABEL_LINES) if offset not in lines]


def find_doc_type(text: str, structure: Structure | None = None) -> tuple[str, int, int]:
    """(kind, start, end of the evidence) — ('annat', 0, 0) when nothing says what it is."""
    structure = structure if structure is not None else analyse(text)
    first = FirstDocument.of(text, structure)
    hits, titles = label_hits(first)
    hits = hits or flat_label(first)
    owned = owned_label(first) if not hits else None
    hits = [owned] if owned is not None else hits      # "Styrelsens protokoll 12 april 2031"
    utdrag = decided_paragraph(first)
    if utdrag is not None and not any(start < utdrag[1] for _, start, _ in hits):
        return utdrag           # a § with its decision: what it names under its heading is its matter
    if hits:
        label = min(hits, key=lambda h: (RANK.get(h[0], 1), h[1]))
        found = by_structure(first) if label[0] not in RANK else None
        if found is not None and found[0] == "protokoll" and found[1] < label[1]:
            return found        # "§ 4" over "Avtal om drift": a paragraph's title, not the document's label
        return label
    found = by_structure(first)
    if found is not None and found[0] == "protokoll":
        return found
    issued = issued_by(first.head())
    if issued is not None:
        return issued[1], issued[2], issued[3]     # "Justitiekanslerns beslut": its own title says
    if found is not None and found[0] in RANK:
        return found        # "Redovisning av uppdraget" over Förslag till beslut: a title, not a label
    return titles[0] if titles else found or ("annat", 0, 0)


def by_structure(first: FirstDocument) -> tuple[str, int, int] | None:
    start, end = first.span()
    body = first.text[start:end]
    matches = [(start + m.start() + len(m.group(0)) - len(m.group(0).lstrip()), start + m.end())
               for m in PROTOKOLL_SIGNS.finditer(body)]
    if first.flat is not None:          # its pages lost their line breaks: signs stand inside lines
        matches += [(line.start + m.start(), line.start + m.end()) for line in first.lines()
                    for m in FLAT_SIGNS.finditer(line.text)]
    matches += [(start + m.start(), start + m.end()) for m in EVENTS.finditer(body)]
    signs = {first.text[a:b].strip().split()[0].lower().rstrip(":").replace("$", "§") for a, b in matches}
    if len(signs) >= 2:
        return ("protokoll", *min(matches))
    sections = first.sections_with_ancestors()
    if not any(s.heading is not None and s.heading.kind == "paragraph" for s, _ in sections):
        for section, ancestors in sections:
            heading = section.heading
            # under a numbered ärende ("1 Informationsärende" / "Förslag till beslut") the
            # headings are those of an ärendelista, not of one tjänsteskrivelse
            if heading is not None and heading.name in CASE_HEADINGS and not numbered(ancestors):
                return "tjänsteutlåtande", heading.start, heading.end
    return agreement(first, body, start) or letter(body, start) or report(body, start)


def letter(body: str, start: int) -> tuple[str, int, int] | None:
    """A letter or an e-mail: its text closes with a greeting above the signature.

    >>> find_doc_type("Ekeby 2031-05-02\\n\\nKommunstyrelsen\\n\\nVi vill yttra oss.\\n\\nMed vänlig hälsning\\n\\nAnna Berg")[0]
    'skrivelse'
    """
    match = LETTER_CLOSING.search(body)
    return ("skrivelse", start + match.start(), start + match.end()) if match else None


@lru_cache(maxsize=1)
def report_sign() -> re.Pattern[str]:
    """A report naming itself: "denna rapport", "I rapporten föreslår vi"."""
    report = "|".join(sv_pattern(w) for w in sorted(words("report_words"), key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:(?:denna|den\s+här|föreliggande)\s+(?:{report})|i\s+(?:{report})\s+[a-zåäö]+\s+vi)\b")


def report(body: str, start: int) -> tuple[str, int, int] | None:
    """A report: its text speaks of itself as the report.

    >>> find_doc_type("Tillsyn av hemtjänst\\n\\nSammanfattning\\n\\nI rapporten redovisar vi hur tillsynen gått.")[0]
    'rapport'
    """
    match = report_sign().search(body)
    return ("rapport", start + match.start(), start + match.end()) if match else None


def numbered(ancestors: tuple[Section, ...]) -> bool:
    return any(a.heading is not None and a.heading.kind == "numbered" for a in ancestors)


def agreement(first: FirstDocument, body: str, start: int) -> tuple[str, int, int] | None:
    for section in first.sections():
        if section.heading is not None and section.heading.name in AGREEMENT_HEADINGS:
            return "avtal", section.heading.start, section.heading.end
    demonstrative, roles = agreement_signs()
    match = AVTAL_PHRASES.search(body) or demonstrative.search(body)
    found = list(roles.finditer(body))
    if match is None and len(found) >= MIN_ROLES:
        match = found[0]
    if match is None:
        return None
    return "avtal", start + match.start(), start + match.end()
