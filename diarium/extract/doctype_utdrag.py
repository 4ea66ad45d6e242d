"""A protokoll's paragraph standing alone (an utdrag, often without its justering box): a §
heading whose section holds the meeting's decision ("Beslut", "Förslag till beslut i …"). What
the paragraph names under it — its title "Avtal om …", a "Tjänsteskrivelse 2031-02-01" in its
Beslutsunderlag — is the paragraph's matter, not the document's kind. Clause headings of an
agreement or of stadgar ("§ 1 Parter") hold no decision.
"""
from __future__ import annotations

from diarium.extract.first_document import FirstDocument

DECISION_HEADINGS = frozenset({"beslut", "förslag till beslut"})


def decided_paragraph(first: FirstDocument) -> tuple[str, int, int] | None:
    """('protokoll', start, end of the § heading) when the first document's first § heading
    holds a decision heading."""
    paragraph = None
    for section, ancestors in first.sections_with_ancestors():
        heading = section.heading
        if heading is not None and heading.kind == "paragraph" and paragraph is None:
            paragraph = section
        elif heading is not None and heading.name in DECISION_HEADINGS and paragraph is not None \
                and any(a is paragraph for a in ancestors) and paragraph.heading is not None:
            return "protokoll", paragraph.heading.start, paragraph.heading.end
    return None
