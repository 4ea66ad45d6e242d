"""Parties named in running text: the counterparties of an agreement ("avtal mellan kommunen
och Region Norrland", "samarbetsavtal med A, B och C", "undertecknat av Ekeby
Tennisklubb"), the recipients of a grant ("beviljar föreningen X 80 000 kr", "Föreningen X
beviljas ett bidrag"), and the companies a decision approving their agreement is sent to.

Every pattern reads a paragraph or table cell whole (`units`), so a name broken over a line is
one name. A reference word stands for the party it refers to where the document says which:
"kommunen" is the kommun the document names.

>>> from diarium.structure import analyse
>>> from diarium.extract.units import text_units
>>> def names(text):
...     return [p.name for p in from_sentences(text, text_units(text, analyse(text)))]
>>> names("Ekeby kommun\\n\\nKommunstyrelsen godkänner exploateringsavtal mellan kommunen och\\n"
...       "Norrskärs Havsbad AB, undertecknat av bolaget 2025-09-25.")
['Ekeby kommun', 'Norrskärs Havsbad AB']
>>> names("Kommunfullmäktige beviljar Moderaterna, Centerpartiet och Miljöpartiet de gröna partistöd för år 2026.")
['Moderaterna', 'Centerpartiet', 'Miljöpartiet de gröna']
>>> names("Nämnden beviljar föreningen Gläntan 80 000 kr i verksamhetsbidrag.")
['Gläntan']
>>> names("Fullmäktige beviljar Ekeby tennisklubb kommunal borgen om 2 000 000 kr.")
['Ekeby tennisklubb']
>>> names("Föreningen Folkets Lund beviljas ett bidrag om 400 000 kronor för 2023.")
['Föreningen Folkets Lund']
>>> names("Nämnden fördelar 2026 års bidrag till föreningar som bedriver socialt arbete med 20 000 kr till "
...       "föreningen FUB Ekeby.")
['FUB Ekeby']
>>> names("Sverigedemokraterna i Ekeby kommun har under 2025 erhållit kommunalt partistöd.")
['Sverigedemokraterna i Ekeby kommun']
>>> names("Kommunfullmäktige beviljar styrelsen för stiftelsen Norrbyhus ansvarsfrihet.")
[]
>>> names("Nämnd Område Begärt belopp, kronor Beviljat belopp, kronor Vård 500 000")
[]
>>> names("arbetet med den lokala överenskommelsen mellan föreningslivet och Söderby kommun")
[]
>>> names("Arbetsfördelningen regleras i särskilt avtal mellan Ekeby Center och Norrby Förbund.")
[]
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.party_items import LIST_CHAR, LIST_END, ITEM_SPLIT, QUOTED, item_name, listed_parties
from diarium.extract.party_names import NOT_A_PARTY, SENTENCE_BREAK, clean_name, is_reference, sentence_around
from diarium.extract.orgnr import is_label
from diarium.extract.patterns import plain_words
from diarium.extract.units import Unit
from diarium.language import table, words
from diarium.schemas import Party
from diarium.schemas.structure import Structure

AGREEMENT = rf"\w*{plain_words(words('agreement_words'))}\w*"
GRANT = rf"\w*{plain_words(words('grant_words'))}\w*"
GRANT_LIST_ENDS = plain_words(words("name_list_ends") - {"i", "för"})     # "beviljar X för …" is grant_window's
# "avtal … med följande befintliga föreningar: A, B och C": a list announced before a colon.
ANNOUNCED = rf"(?:{plain_words(words('list_announcers'))}\s+(?:[\wåäöé-]+\s+){{0,2}}?[\wåäöé-]+\s*:\s*)?"
AFTER_WITH = re.compile(
    rf"(?i)(?<![\wåäö])(?=\w*{plain_words(words('agreement_words'))}){AGREEMENT}\s+(?:\([\wåäö]{{2,8}}\)\s+)?"
    rf"(?:[\wåäöé]+,?\s+){{0,4}}?(?:med|mellan)\s+"
    rf"{ANNOUNCED}(?P<list>{LIST_CHAR}*?){LIST_END}")
# "Parter: Ekeby kommun och Norrby Bygg AB", "Parterna i detta avtal är A och B": the parties'
# label or subject before their list.
LABELLED_LIST = re.compile(rf"(?i)(?<![\wåäö])(?:{plain_words(table('headings')['parter'].split(' | '))}\s*:"
                           rf"|parter(?:na)?\s+(?:i|till)\s+(?:detta\s+|det\s+)?{AGREEMENT}\s+är)\s*"
                           rf"(?P<list>{LIST_CHAR}*?){LIST_END}")
# "markavtal rörande planområdet Norrby 3:14 m.fl. i Ekeby tecknas, mellan kommunen och X":
# "mellan" names the agreement's two sides however long the clause on what it is about runs
# (a capital "Mellan" opens a sentence of its own: BETWEEN_FIRST's).
CLAUSE_GAP = r"(?:[^.;:!?]|[.:](?=[\wåäö\d])|\.\s+(?=[a-zåäö\d]))"
LATER_BETWEEN = re.compile(
    rf"(?i)(?<![\wåäö]){AGREEMENT}{CLAUSE_GAP}{{1,200}}?\s(?-i:mellan)\s+{ANNOUNCED}(?P<list>{LIST_CHAR}*?){LIST_END}")
TWO_SIDES = re.compile(r"\s(?:och|samt)\s")
# "Mellan A och B har följande avtal träffats": the parties first, the agreement after; a
# capital M starts the sentence also where the text lost its line breaks ("… 3 (8) Mellan A").
BETWEEN_FIRST = re.compile(
    rf"(?i)(?:^|(?<=[.:]\s)|(?<=\s)(?=(?-i:M)))mellan\s+(?P<list>{LIST_CHAR}*?)\s+(?:har|träffas|ingås|tecknas|sluts)\b[^.;]*?{AGREEMENT}")
SIGNED_BY = re.compile(rf"(?i)\b(?:underteckna|signera)(?:t|d|de)\s+av\s+(?P<list>{LIST_CHAR}*?){LIST_END}")
BEFORE_JOINED = re.compile(
    rf"(?P<list>[A-ZÅÄÖ][^.;:]*?)\s+(?:har|hade)\s+ingått\s+i\s+(?:ett\s+|det\s+)?(?:[\wåäöé]+\s+){{0,3}}?{AGREEMENT}")
GRANT_VERB = re.compile(rf"(?i)\b{plain_words(words('grant_verbs'))}(?:r|s|de|t)?\b")
# "X har under 2025 erhållit kommunalt partistöd": a receiving verb, a grant word or an amount after it.
RECEIVE_VERB = re.compile(rf"(?i)(?<![\wåäö])(?:{plain_words(words('receipt_verbs'))})(?=\s+(?:[\wåäö]+\s+){{0,2}}?(?:{GRANT}|\d))")
# "… med 20 000 kr till föreningen FUB Ekeby", "bidrag till X": the recipient after an amount or grant,
# also past a clause in commas that says what the grant is for ("bidrag, inom området kultur, till X").
INSERTED_CLAUSE = r"(?:,\s+[^,.;:\d]{3,60},)?"
TO_RECIPIENT = re.compile(rf"(?i)(?:\d\s*(?:kr|kronor|tkr|mnkr|mkr)\b\.?|{GRANT}){INSERTED_CLAUSE}\s+till\s+(?P<list>{LIST_CHAR}*?){LIST_END}")
OTHER_AGREEMENT = re.compile(rf"(?i)(?<![\wåäö]){plain_words(words('other_agreement_words'))}\s+$")
QUALIFIED_GRANT = re.compile(rf"\s{plain_words(words('grant_qualifiers'))}\s+{GRANT}\b")
MONEY_AFTER = re.compile(rf"(?i)\s+{plain_words(w for w in words('money_labels') if not w.startswith('!'))}\b")
AUXILIARY = re.compile(r"(?i)\b(?:har|hade)\s+(?:[\wåäö]+\s+){0,3}$")
GRANT_CONTEXT = re.compile(rf"(?i){GRANT}|\bkr\b|\bkronor\b|\d\s*(?:tkr|mkr|mnkr)\b")
AGREEMENT_CONTEXT = re.compile(rf"(?i){AGREEMENT}")
AGREEMENT_WORD = re.compile(rf"(?i){plain_words(words('agreement_words'))}")
WITH_CUE = re.compile(r"(?i)med|mellan")      # in every match of AFTER_WITH (its flags): tested first


def generic_side(raw: str) -> bool:
    """Is one side of 'mellan A och B' no organisation but a kind of one ('föreningslivet', 'en
    offentlig aktör')? Then the sentence describes a kind of agreement and names no parties."""
    sides = [piece for piece in ITEM_SPLIT.split(QUOTED.sub(" ", raw)) if piece.strip() and not is_label(piece)][:2]
    return any(not is_reference(piece) and not re.search(r"[A-ZÅÄÖ]", piece) for piece in sides)


def overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match, also one that starts inside the list of the one before ("avtal mellan
    kommunen och A samt överenskommelse mellan kommunen och B")."""
    found, at = [], 0
    while (match := pattern.search(text, at)) is not None:
        found.append(match)
        at = match.start("list") if match.start("list") > match.start() else match.end()
    return found


def agreement_parties(text: str, units: list[Unit]) -> list[Party]:
    """Counterparties named with an agreement: 'avtal mellan A och B', 'undertecknat av A'."""
    parties = []
    for unit in units:
        if not AGREEMENT_WORD.search(unit.text) and "arter" not in unit.text:
            continue                    # (cheap test first: most paragraphs name no agreement)
        patterns = [AFTER_WITH] if WITH_CUE.search(unit.text) else []
        patterns += [p for p, cue in ((BEFORE_JOINED, "ingått"), (SIGNED_BY, "av"), (BETWEEN_FIRST, "ellan"),
                                      (LATER_BETWEEN, "ellan"), (LABELLED_LIST, "arter"))
                     if cue in unit.text]
        for pattern in patterns:
            for match in overlapping(pattern, unit.text):
                sentence = sentence_around(unit.text, match.start(), match.end())
                if NOT_A_PARTY.search(sentence) or (pattern is SIGNED_BY and not AGREEMENT_CONTEXT.search(sentence)):
                    continue
                if pattern is LATER_BETWEEN and not TWO_SIDES.search(match.group("list")):
                    continue            # "… samverkan mellan parterna Styrgrupp": no two sides named
                if pattern in (AFTER_WITH, LATER_BETWEEN) and OTHER_AGREEMENT.search(unit.text, max(0, match.start() - 20), match.start()):
                    continue            # "regleras i särskilt avtal mellan A och B": not the document's agreement
                if (pattern is BETWEEN_FIRST or re.search(r"(?i)\bmellan\s*$", unit.text[max(0, match.start("list") - 12):match.start("list")])) \
                        and generic_side(match.group("list")):
                    continue            # "överenskommelse mellan föreningslivet och kommunen": a kind of agreement
                parties += listed_parties(text, unit, match.start("list"), match.group("list"), text)
    return parties


def grant_recipients(text: str, units: list[Unit]) -> list[Party]:
    """'beviljar A, B och C partistöd', 'beviljar föreningen X 80 000 kr', 'X beviljas bidrag'."""
    parties = []
    for unit in units:
        for verb in GRANT_VERB.finditer(unit.text):
            sentence = sentence_around(unit.text, verb.start(), verb.end())
            if not GRANT_CONTEXT.search(sentence) or NOT_A_PARTY.search(sentence) or heading_participle(verb.group(0)):
                continue
            window_start, window = grant_window(unit.text, verb)
            if MONEY_AFTER.match(unit.text, verb.end()):
                window = ""             # "Beviljat belopp, kronor": a column's head, no clause naming recipients
            if verb.group(0).lower().endswith("s"):
                subject = grant_subject(unit.text, verb.start())
                if not subject:
                    continue
                window_start, window = subject
            parties += listed_parties(text, unit, window_start, window, text)
            for to in TO_RECIPIENT.finditer(sentence):
                at = unit.text.find(sentence) + to.start("list")
                parties += listed_parties(text, unit, at, to.group("list"), text)
        parties += receivers(text, unit)
    return parties


RECEIPT_WORDS = tuple(words("receipt_verbs"))


def receivers(text: str, unit: Unit) -> list[Party]:
    """'Föreningen X har under 2025 erhållit kommunalt partistöd': the subject received a grant."""
    parties: list[Party] = []
    lowered = unit.text.lower()
    if not any(word in lowered for word in RECEIPT_WORDS):
        return parties                  # (cheap test first: substring search)
    for verb in RECEIVE_VERB.finditer(unit.text):
        sentence = sentence_around(unit.text, verb.start(), verb.end())
        if not GRANT_CONTEXT.search(sentence) or NOT_A_PARTY.search(sentence):
            continue
        aux = AUXILIARY.search(unit.text, 0, verb.start())
        subject = grant_subject(unit.text, aux.start() if aux else verb.start())
        if subject:
            parties += listed_parties(text, unit, *subject, text)
    return parties


AGENT = re.compile(r"(?i)\W*av\b")


def heading_participle(verb: str) -> bool:
    """A capitalised past form of a granting verb opens a heading or a column's label
    ("Beviljade ansökningar", "Beviljat belopp"): no subject grants, so no recipient follows."""
    return verb[:1].isupper() and verb.lower().endswith(("de", "t"))


def grant_window(unit_text: str, verb: re.Match[str]) -> tuple[int, str]:
    """Where the recipients stand after a granting verb: up to the grant word, the amount or
    the end of the clause ('beviljar A, B och C partistöd'); after 'för' when the verb's object
    is the grant itself ('beviljar ny finansieringsperiod för X, med …'). A preposition right
    after the verb ends it: 'beviljat av nämnden' names the granting body."""
    start = verb.end()
    after = unit_text[start:]
    target = re.match(r"\s*(?:[a-zåäö]+\s+){1,3}?för\s+(?=[A-ZÅÄÖ])", after)
    if target:
        start, after = start + target.end(), after[target.end():]
    if AGENT.match(after):
        return start, ""                # "beviljat av nämnden": the granting body, no recipient
    stop = re.search(rf"(?i)\s(?:{GRANT}|med|om|ett|en|i|{GRANT_LIST_ENDS})\b|\s\d|[.;:]|$", after)
    window = after[:stop.start() if stop else len(after)]
    qualifier = QUALIFIED_GRANT.search(after, 0, stop.end() if stop else len(after))
    if qualifier:
        window = after[:qualifier.start()]   # "beviljar X kommunal borgen": the grant's adjective, not X's
    return start, window


def grant_subject(unit_text: str, verb_start: int) -> tuple[int, str] | None:
    """The subject just before 'beviljas' ('Föreningen X beviljas …'), a relative clause
    (', som …,') between them dropped; nothing when the verb follows anything but a name."""
    lefts = [m.end() for m in SENTENCE_BREAK.finditer(unit_text, 0, verb_start)]
    start = lefts[-1] if lefts else 0
    head = unit_text[start:verb_start]
    head = re.sub(r",\s+som\s.*$", "", head).rstrip(" ,")
    lead = re.search(r"(?i)^.*\batt\s+", head)
    if lead:
        start, head = start + lead.end(), head[lead.end():]
    found = item_name(head.split(",")[-1])
    if not found or not head.rstrip().endswith(found[0]):
        return None
    return start, head


def sent_to_parties(text: str, structure: Structure, units: list[Unit]) -> list[Party]:
    """Companies a decision approving their agreement is sent to ('Beslutet skickas till' of
    a case that approves an avtal): an organisation with a legal form ('Norrby Bostad AB')."""
    forms = [w for w in words("organisation_forms")]
    form = re.compile(r"(?i)(?:\b(?:" + "|".join(w for w in forms if w.isupper()) + r")\b|"
                      + "|".join(w for w in forms if w.islower()) + ")")
    parties: list[Party] = []
    case_start = 0
    for section in structure.walk():
        heading = section.heading
        if heading is None:
            continue
        if heading.kind == "paragraph":
            case_start = section.start
        if heading.name != "beslutet skickas till":
            continue
        case = text[case_start:section.start]
        case_start = section.end
        if not re.search(rf"(?i)godkänn\w*\s+(?:[\wåäö.:-]+\s+){{0,3}}?{AGREEMENT}", case):
            continue
        for line in (line for paragraph in section.paragraphs for line in paragraph.lines):
            name = clean_name(text[line.start:line.end].split(",")[0])
            if name and form.search(name) and not is_reference(name):
                parties.append(Party(name=name, evidence=[evidence(text, line.start, line.start + len(name))]))
    return parties


def from_sentences(text: str, units: list[Unit]) -> list[Party]:
    return agreement_parties(text, units) + grant_recipients(text, units)
