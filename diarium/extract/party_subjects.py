"""The recipient a grant decision names in its subject line: "Statsbidrag för våtmarker 2026,
Ekeby kommun", "Kommunal borgen, Norrby Bostäder AB". A decision addressed to one recipient
names it there and may refer to it in its text only by a common noun ("kommunen").

Read only when the document grants and its sentences name no recipient; the subject line's
organisation must carry the end of a whole organisation's name (a legal form or organisation
word, "kommun", "region"): a subject line naming a project or a place names no recipient.

>>> def names(text):
...     return [p.name for p in subject_recipients(text)]
>>> names("BESLUT Enheten för vatten Statsbidrag för våtmarker 2026, Ekeby kommun ANSÖKNINGAR "
...       "Myndigheten har beslutat att bevilja statsbidrag för dessa våtmarker: Damm vid Ekeby gård.")
['Ekeby kommun']
>>> names("Kommunal borgen, Norrby Bostäder AB\\n\\nKommunfullmäktige beslutar att bevilja kommunal borgen.")
['Norrby Bostäder AB']
>>> names("Bidrag till kulturprojekt, Ekeby kommun\\n\\nNämnden avslår ansökan om bidrag.")
[]
>>> names("Bidrag till vattenprojekt, Norra Ekeby\\n\\nNämnden beslutar att bevilja bidrag till projektet.")
[]
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.party_applicants import grants
from diarium.extract.party_number_names import NAME_ENDS
from diarium.extract.party_sentences import GRANT
from diarium.language import words
from diarium.schemas import Party

# "<Grant …>, <Name>" closing its line, or followed by a heading in capitals where the text lost
# its line breaks.
SUBJECT = re.compile(
    r"(?<![\wåäö])(?P<title>[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+[\wåäö-]+){0,8}),[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+[\wåäö-]+){0,4}?)(?=[ \t]*(?:\n|$)|[ \t]+[A-ZÅÄÖ]{3,}\b)", re.M)
GRANT_WORD = re.compile(rf"(?i){GRANT}")
LOWER_FORMS = tuple(w for w in words("organisation_forms") if w.islower())


def whole_organisation(name: str) -> bool:
    last = name.split()[-1]
    return last.lower() in NAME_ENDS or any(stem in last.lower() for stem in LOWER_FORMS)


def subject_recipients(text: str) -> list[Party]:
    """The organisation after the comma of a subject line naming a grant the document grants
    (a line of the text: a heading is no paragraph)."""
    found: list[Party] = []
    for match in SUBJECT.finditer(text):
        name = match.group("name")
        if GRANT_WORD.search(match.group("title")) and whole_organisation(name):
            found.append(Party(name=name, evidence=[evidence(text, match.start("name"), match.end("name"))]))
    return found if found and grants(text) else []
