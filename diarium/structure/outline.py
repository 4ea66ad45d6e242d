"""A readable outline of a `Structure`: what `diarium structure FILE` prints.

Pages, the furniture lines (the same line on several pages once, with its pages and why),
the section tree with the first words of each paragraph, attendance rows, signature blocks
and tables — so a user can see why a fact was or was not found.

>>> from diarium.structure import analyse
>>> print("\\n".join(outline(analyse("§ 12 Val av justerare\\nBeslut\\nNämnden utser Anna Berg (M) att justera protokollet."))))
1 page, 3 lines: 0 furniture, 2 headings, 1 paragraph, 0 attendance rows, 0 signature blocks, 0 tables
<BLANKLINE>
Sections
  § 12 Val av justerare  [paragraph 12]  p1
    Beslut  [named: beslut]  p1
      ¶ Nämnden utser Anna Berg (M) att justera …
"""
from __future__ import annotations

from diarium.schemas.structure import Section, Structure
from diarium.structure.shapes import masked_key

FIRST_WORDS = 7
MAX_PAGES_SHOWN = 12


def outline(structure: Structure) -> list[str]:
    """The outline as lines of text."""
    out = [_summary(structure)]
    out += _furniture(structure)
    out += ["", "Sections"]
    for section in structure.sections:
        out += _section(section, 1)
    out += _attendance(structure) + _signatures(structure) + _tables(structure)
    return out


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _summary(structure: Structure) -> str:
    sections = list(structure.walk())
    headings = sum(s.heading is not None for s in sections)
    paragraphs = sum(len(s.paragraphs) for s in sections)
    return (f"{_plural(len(structure.pages), 'page')}, {_plural(len(structure.lines), 'line')}: "
            f"{len(structure.furniture)} furniture, {_plural(headings, 'heading')}, "
            f"{_plural(paragraphs, 'paragraph')}, {_plural(len(structure.attendance), 'attendance row')}, "
            f"{_plural(len(structure.signatures), 'signature block')}, {_plural(len(structure.tables), 'table')}")


def _furniture(structure: Structure) -> list[str]:
    if not structure.furniture:
        return []
    groups: dict[tuple[str, str], list[int]] = {}
    first: dict[tuple[str, str], str] = {}
    for item in structure.furniture:
        key: tuple[str, str] = (item.kind, masked_key(item.text) or item.text.strip())
        groups.setdefault(key, []).append(item.page)
        first.setdefault(key, f"{item.text.strip()}  — {item.why}")
    out = ["", "Furniture"]
    for key, pages in groups.items():
        out.append(f"  {key[0]:<11} {_pages(pages):<14} {first[key]}")
    return out


def _pages(pages: list[int]) -> str:
    shown = ",".join(str(p) for p in pages[:MAX_PAGES_SHOWN])
    return "p" + shown + ("…" if len(pages) > MAX_PAGES_SHOWN else "")


def _section(section: Section, depth: int) -> list[str]:
    indent = "  " * depth
    out = []
    if section.heading is not None:
        heading = section.heading
        label = heading.kind + (f" {heading.number}" if heading.number else "")
        label += f": {heading.name}" if heading.name else ""
        label += f", dnr {heading.dnr}" if heading.dnr else ""
        out.append(f"{indent}{heading.text}  [{label}]  p{heading.page}")
    else:
        out.append(f"{indent}(before the first heading)  p{section.page}")
    for paragraph in section.paragraphs:
        words = paragraph.text.split()
        text = " ".join(words[:FIRST_WORDS]) + (" …" if len(words) > FIRST_WORDS else "")
        marker = f"[{paragraph.item}] " if paragraph.item else "¶ "
        out.append(f"{indent}  {marker}{text}")
    for child in section.children:
        out += _section(child, depth + 1)
    return out


def _attendance(structure: Structure) -> list[str]:
    if not structure.attendance:
        return []
    out = ["", "Attendance"]
    for row in structure.attendance:
        details = ", ".join(x for x in (row.party and f"({row.party})", row.role, row.group,
                                        row.paragraphs, row.replaces and f"ersätter {row.replaces}") if x)
        out.append(f"  {row.name}" + (f"  {details}" if details else "") + f"  p{row.page}")
    return out


def _signatures(structure: Structure) -> list[str]:
    if not structure.signatures:
        return []
    out = ["", "Signature blocks"]
    for block in structure.signatures:
        out.append(f"  p{block.page}")
        for signature in block.signatures:
            parts = (signature.name, signature.title, signature.organisation, signature.place_date)
            out.append("    " + " | ".join(part or "-" for part in parts))
    return out


def _tables(structure: Structure) -> list[str]:
    if not structure.tables:
        return []
    out = ["", "Tables"]
    for table in structure.tables:
        out.append(f"  p{table.page}: {len(table.rows)} rows" + (" (header row)" if table.header else ""))
        for row in table.rows[:3]:
            out.append("    | " + " | ".join(cell.text for cell in row) + " |")
    return out
