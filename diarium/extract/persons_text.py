"""Persons named in running text: with a party ("Åsa Lindhagen (MP)"), with a title after a
comma or in parentheses ("Amira Haddad, utvecklingsledare", "Anna Berg (socialchef)"), and the
role printed before the name ("Ordförande Dan Lindfeldt (L) prövar …").

Each anchor — a party or a title — is found first; the name is read backwards from it, word by
word, as long as the words can be a name's (any alphabet, a name broken over a line or at its
hyphen: "Sven-" / "Olov Jonsson (V)"; `persons_text_names`). Members' motions and the officials of
a closing sentence are found by `persons_text_phrases`. Lines the structure gave to attendance
lists and signature blocks are read there, not here.

>>> def show(text):
...     return [(f.name, f.role, f.party) for f in text_persons(text, [])]
>>> show("Åsa Lindhagen m.fl. (MP), Rana Carlstedt (S)")
[('Åsa Lindhagen', None, 'MP'), ('Rana Carlstedt', None, 'S')]
>>> show("en motion av Marlena Range m fl (alla MP) och Ester Adlerstam m fl (alla S)")
[('Marlena Range', None, 'MP'), ('Ester Adlerstam', None, 'S')]
>>> show("Ordförande Dan Lindfeldt (L) prövar om nämnden kan godkänna redovisningen")
[('Dan Lindfeldt', 'Ordförande', 'L')]
>>> show("Amel Kovačić (S) och Sven-\\nOlov Jonsson (V) yrkar bifall till Kettil\\nBergnes (M) förslag.")
[('Amel Kovačić', None, 'S'), ('Sven-Olov Jonsson', None, 'V'), ('Kettil Bergnes', None, 'M')]
>>> show("Rapporten är framtagen av Amira Haddad, utvecklingsledare, och Einar\\nEngqvist, enhetschef.")
[('Amira Haddad', 'utvecklingsledare', None), ('Einar Engqvist', 'enhetschef', None)]
>>> show("Övriga närvarande: Anna Berg (socialchef), Per Ek (nämndsekreterare)")
[('Anna Berg', 'socialchef', None), ('Per Ek', 'nämndsekreterare', None)]
>>> show("Beslutet skickas till Lovis Stadén, kommunledningskontoret")
[]
>>> show("Gunnel Sande, Nämndansvarig Ulla Hällström, Nämndsekreterare")
[('Gunnel Sande', 'Nämndansvarig', None), ('Ulla Hällström', 'Nämndsekreterare', None)]
>>> show("Norra Ekebyregionen (NER) och Norrby Bygg AB")
[]
>>> show("Beslutande: Tyra Bergmark (MP) Hedda Lindqvist Sixten Brandt (KD) Aina Holmér (S)")
[('Tyra Bergmark', None, 'MP'), ('Hedda Lindqvist', None, None), ('Sixten Brandt', None, 'KD'), ('Aina Holmér', None, 'S')]
>>> show("Övriga: Per Ek (§ 255), Eva Lund ( 245), Ola Holm ( , ), Jon Berg (2014)")
[('Per Ek', None, None), ('Eva Lund', None, None), ('Ola Holm', None, None)]
>>> show("Ingrid Ed (m) § 66 Per Berg (s) § 62 Ester Ekman (ö) § 65")
[('Ingrid Ed', None, 'M'), ('Per Berg', None, 'S'), ('Ester Ekman', None, 'Ö')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from diarium.extract.person_names import person_name
from diarium.extract.persons_found import TEXT, Found, inside
from diarium.extract.persons_text_names import WORD, name_before, role_before, run_before
from diarium.extract.persons_text_phrases import movers, participants
from diarium.language import words as words_of
from diarium.structure.attendance_vocab import is_acronym, is_role_word, party_of

# "(MP)", "m.fl. (MP)", "m fl (alla MP)": a party after a name (of a group of members).
# (each pattern first tests the character a match begins with: the rest is then not tried at every place)
PARTY = re.compile(r"(?=[ \t(])(?:[ \t]+m\.?[ \t]?fl\.?)?[ \t]*\((?:(?P<all>[^\W\d_]+)[ \t]+)?(?P<party>[^\W\d_]{1,4})\)")
# "(§ 255)", "(§§ 12-14)", "( 255)", "( , )": the paragraphs a person was present for, the § sign
# maybe lost; at most three digits a number (a year is no paragraph).
PRESENCE = re.compile(r"\((?=[^()]*\))(?:[ \t]*§§?)?(?:[ \t,–-]*\d{1,3}(?!\d))*[ \t,–-]*\)")
TITLE_START = re.compile(r"(?=[, \t(])(?:,[ \t]*|[ \t]*\()")        # ", enhetschef." / "(socialchef)"
STOPS = ",.;:)"
MAX_TITLE = 5
MARKUP = re.compile(r"<br\s*/?>|\|")       # table cells of a text dump: "Ordinarie<br>Algot Sparrenfeldt (M)"
LOWER_CASE_PARTIES = 2    # national parties printed in lower case that show a document's style
MAX_LOWER_PARTY = 3


def _is_title(words: list[str]) -> bool:
    """'utvecklingsledare', 'miljö- och hälsoskyddsinspektör', 'HR-chef': a role of lower-case
    words; not an organisation or a unit ('kommunledningskontoret')."""
    return any(is_role_word(w) for w in words) and all(
        w[:1].islower() or is_acronym(w) or is_role_word(w) for w in words)


def _title_after(text: str, at: int) -> tuple[str, int] | None:
    """The shortest title at `at` that ends the phrase (at a punctuation mark, the line's end or
    'och'): ('förvaltningschef', end) in ', förvaltningschef och Maja Lillman, …'. The title
    ends at its last role word ('verksamhetschef föredrar ärendet', 'enhetschef Almgården')."""
    # The words up to the line's end; the title's and the two after them are all that is read
    # (the end of the line not looked for first: a text that lost its line breaks has none).
    words: list[tuple[int, str]] = []
    previous = at
    for match in WORD.finditer(text, at):
        if len(words) == MAX_TITLE + 2 or "\n" in text[previous:match.start()]:
            break
        words.append((match.start(), match.group()))
        previous = match.end()
    phrase: list[str] = []
    for k, (offset, word) in enumerate(words[:MAX_TITLE]):
        bare = word.rstrip(STOPS)
        phrase.append(bare)
        ends = bare != word or k + 1 == len(words) or words[k + 1][1] in words_of("list_conjunctions")
        roles = [j for j, w in enumerate(phrase) if is_role_word(w)]
        if ends and roles and _is_title(phrase[:roles[-1] + 1]):
            if roles[-1] < k:
                if not (phrase[0][:1].islower() or is_acronym(phrase[0]) or _name_follows(words, roles[-1] + 1)):
                    return None        # "…, Rektor Ivarsgårdens förskola": a list of posts, no name before
                end = words[roles[-1]][0] + len(phrase[roles[-1]])
                return text[words[0][0]:end], end
            end = offset + len(bare)
            if word != bare and word[len(bare)] == "." and len(bare) <= 5:
                end += 1               # "bitr." keeps its period
            return text[words[0][0]:end], end
        if bare != word:
            break
    return None


def _name_follows(words: list[tuple[int, str]], k: int) -> bool:
    """The next entry of a list of "Name, Title" printed in a row begins at word `k`
    ("Gunnel Sande, Nämndansvarig Ulla Hällström, Nämndsekreterare")."""
    return bool(person_name(" ".join(word.rstrip(STOPS) for _, word in words[k:k + 2])))


def _lower_case_parties(matches: list[re.Match[str]]) -> bool:
    """The document prints the national parties in lower case ("(m)", "(fp)", "(s)"), as older
    lists do: then a local party is printed so too ("Greta Carlvall (ö)")."""
    lower = {m.group("party") for m in matches
             if m.group("party").islower() and party_of(m.group("party"), political=False)}
    return len(lower) >= LOWER_CASE_PARTIES


def _party(abbreviation: str, name: str, known: Known, lower_case: bool = False) -> str | None:
    """A national party, a party of the document's lists; not an organisation of its lists
    ('(EY)') nor the initials of the name before it ('Kommunal Verksamhet (PKV)'); in a
    document that prints its parties in lower case, a short lower-case abbreviation."""
    national = party_of(abbreviation, political=False)
    if national:
        return national
    if lower_case and abbreviation.islower() and len(abbreviation) <= MAX_LOWER_PARTY:
        abbreviation = abbreviation.upper()
    party = party_of(abbreviation)
    if party is None or party in known.parties:
        return party
    return None if party in known.organisations or _abbreviates(party, name) else party


def _abbreviates(abbreviation: str, name: str) -> bool:
    """The abbreviation is the name's own ('Kommunal Verksamhet (PKV)', 'Norra Ekebyregionen
    (NER)'): it ends with the name's initials, or begins with its first letter and has its
    letters in the name in order."""
    initials = "".join(word[0] for word in name.split()).upper()
    if abbreviation.upper().endswith(initials):
        return True
    letters = iter(name.lower())
    return abbreviation[:1].lower() == name[:1].lower() and all(c in letters for c in abbreviation.lower())


@dataclass(frozen=True)
class Known:
    """What the document's attendance lists say an abbreviation in parentheses is."""
    parties: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()


def text_persons(text: str, claimed: list[tuple[int, int]], known: Known = Known()) -> list[Found]:
    """Every person with a party or a title in `text`, outside the `claimed` spans."""
    text = MARKUP.sub(lambda m: " " * len(m.group()), text)        # offsets kept
    claimed_at = inside(claimed)
    found = []
    parties = list(PARTY.finditer(text))
    lower_case = _lower_case_parties(parties)
    for match in parties:
        if match.group("all") and match.group("all").lower() not in words_of("party_quantifiers"):
            continue
        named = name_before(text, match.start()) if not claimed_at(match.start()) else None
        if named and (party := _party(match.group("party"), named[0], known, lower_case)):
            name, start, _ = named
            found.append(Found(name, role_before(text, start), party, TEXT, spans=[(start, match.end())]))
            found += run_before(text, start)
    for match in TITLE_START.finditer(text):
        title = _title_after(text, match.end()) if not claimed_at(match.start()) else None
        named = name_before(text, match.start()) if title else None
        if title and named:
            name, start, _ = named
            found.append(Found(name, title[0], None, TEXT, spans=[(start, title[1])]))
    for match in PRESENCE.finditer(text):
        named = name_before(text, match.start()) if not claimed_at(match.start()) else None
        if named:
            name, start, _ = named
            found.append(Found(name, role_before(text, start), None, TEXT, spans=[(start, match.end())]))
    found += participants(text, claimed_at) + movers(text, claimed_at)
    return sorted(found, key=lambda f: f.spans[0])
