"""The public party of an agreement: the förvaltning or kommun the document names as party.

When every party found is private, the förvaltning or kommun named where parties are named
("mellan social stödförvaltning och …", "Offentlig sektor: Stockholms stad,
Socialförvaltningen", "Socialförvaltningen har upprättat ett samarbetsavtal") is added; a
förvaltning is named in preference to its kommun.

>>> public_party("Partnerskapet är ett samarbete mellan social stödförvaltning och Hjälpmissionen.").name
'Social stödförvaltning'
>>> public_party("Stockholms stads socialförvaltning har upprättat ett samarbetsavtal med Värna Barnen.").name
'Socialförvaltningen'
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from diarium.extract.evidence import evidence
from diarium.extract.party_names import resolve_reference
from diarium.extract.patterns import alternation
from diarium.language import table, words
from diarium.schemas import Party
from diarium.text import squash

PUBLIC_WORD = re.compile(r"(?i)förvaltning|nämnd|\bkommun\b|kommun$|\bstad\b|\bregion\b|landsting")
PUBLIC = re.compile(
    r"(?P<name>(?:\b[A-ZÅÄÖ][a-zåäö]+-\s+(?:och|samt)\s+|\b(?:[Ss]ocial|[Ss]ociala|[Gg]emensam|[Cc]entrala|[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*)\s+(?=[a-zåäö]))?"
    r"\b[A-ZÅÄÖa-zåäö]+f[öoó6é]rvaltning(?:en)?\b|\b[A-ZÅÄÖ][a-zåäö]+s?\s+kommun\b|\bRegion\s+[A-ZÅÄÖ][a-zåäö]+)")
# Where the public party is named: after "mellan", "Offentlig sektor:" …, or before "har upprättat".
PUBLIC_CONTEXT = re.compile(
    r"(?i)(?:mellan|tillsammans\s+med|offentlig\s+sektor\s*:|avtalspart\s*:|parter\s*:|part\s*:)\s*(?:[^.;,\n]{0,40},\s*)?(?P<tail>[^.;\n]{0,60})")
HEAD_CONTEXT = re.compile(r"(?i)\s+(?:har|hade)\s+(?:upprättat|tecknat|ingått)")

@lru_cache(maxsize=1)
def on_behalf() -> re.Pattern[str]:
    """"för kommunens räkning", "på regionens vägnar": the body a signatory acts for."""
    references = alternation(f"{word}s" for word in words("party_references"))
    return re.compile(rf"(?i)\b(?:för|på)\s+(?P<reference>{references})\s+{alternation(words('on_behalf_words'))}\b")


def acting_for(text: str) -> Party | None:
    """The kommun or region that signs the agreement through the decision's signatories ("…
    utses att för kommunens räkning underteckna avtalet"), named as the document names it.

    >>> acting_for("Bergums kommun\\nOrdföranden utses att för kommunens räkning underteckna avtalet.").name
    'Bergums kommun'
    """
    for match in on_behalf().finditer(text):
        name = resolve_reference(match.group("reference")[:-1], text)
        if name:
            full = full_name(text, name)
            span = (full.start(), full.end()) if full else (match.start(), match.end())
            return Party(name=name, public=True, evidence=[evidence(text, *span)])
    return None


def public_name(raw: str) -> str:
    """'socialförvaltning' → 'Socialförvaltningen', 'bergums kommun' → 'Bergums kommun'."""
    raw = squash(raw)
    if re.search(r"f.rvaltning$", raw.lower()) and " " not in raw:
        raw += "en"
    return raw[:1].upper() + raw[1:]


def public_party(text: str) -> Party | None:
    """The förvaltning or kommun the document names as the public party, most often named first."""
    counts: Counter[str] = Counter()
    spans: dict[str, tuple[int, int]] = {}
    flat = text.replace("\n", " ")              # a name broken over a line (same offsets)
    parts = [(m.start("tail"), m.group("tail")) for m in PUBLIC_CONTEXT.finditer(flat)]
    for anchor in HEAD_CONTEXT.finditer(flat):
        before = flat[max(0, anchor.start() - 60):anchor.start()]
        cut = max(before.rfind("."), before.rfind(";"))
        parts.append((anchor.start() - len(before) + cut + 1, before[cut + 1:]))
    for offset, part in sorted(parts):
        for match in PUBLIC.finditer(part):
            name = public_name(match.group("name"))
            counts[name] += 1
            start = offset + match.start()
            spans.setdefault(name, (start, start + len(match.group(0))))
    if not counts:
        return None
    # A förvaltning is the party the gold names when both it and the kommun are printed.
    name = max(counts, key=lambda n: (bool(re.search(r"rvaltningen$", n)), counts[n]))
    full = full_name(text, name)
    if full:
        return Party(name=full.group(0), public=True, evidence=[evidence(text, full.start(), full.end())])
    return Party(name=name, public=True, evidence=[evidence(text, *spans[name])])


def full_name(text: str, name: str) -> re.Match | None:
    """"Ekeby-Norrby stadsdelsförvaltning" where the party is named "stadsdelsförvaltningen": a
    district's förvaltning is only named in full with the district before it."""
    if not re.fullmatch(r"(?i)stadsdelsf.rvaltningen|stadsdelskontoret|f.rvaltningen", name):
        return None
    stem = name[:-2] if name.endswith("en") else name[:-3]
    return re.search(rf"\b[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*\s+{re.escape(stem.lower())}\b", text)




PUBLIC_REFERENCE = re.compile(r"(?<![\wåäö])(?P<word>[Kk]ommunen|[Rr]egionen)s?(?![\wåäö])")
ROLE_REFERENCE = re.compile(r"(?i)(?<![\wåäö])(?:" + alternation(
    w for w in table("party_roles").values() if w not in ("kommunen", "regionen")) + r")")


def referred_public(text: str) -> Party | None:
    """The kommun or region an agreement refers to beside the other party's role, in one
    sentence ("Kommunen och Exploatören delar kostnaden", "Kommunen överlåter
    marken till Köparen"), named as the document names it.

    >>> referred_public("EKEBY KOMMUN\\nKommunen överlåter fastigheten till Köparen.").name
    'Ekeby kommun'
    >>> referred_public("EKEBY KOMMUN\\nKommunen äger fastigheten. Köparen tillträder i maj.") is None
    True
    """
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        reference = PUBLIC_REFERENCE.search(sentence)
        if reference and ROLE_REFERENCE.search(sentence):
            name = resolve_reference(reference.group("word"), text)
            if name:
                return Party(name=name, public=True, evidence=[evidence(text, *name_span(text, name))])
    return None


def name_span(text: str, name: str) -> tuple[int, int]:
    """Where the name is printed first, in any case ('EKEBY KOMMUN' for 'Ekeby kommun')."""
    found = re.search(r"\s+".join(re.escape(w) for w in name.split()), text, re.I)
    return (found.start(), found.end()) if found else (0, 0)
