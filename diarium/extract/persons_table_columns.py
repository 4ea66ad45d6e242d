"""Persons in a column of a table whose head is a role: the decision makers of a list of
delegated decisions ("Ärende | Beslut | Beslutsfattare | Diarienummer"), the handlers of a
list of cases. Each cell of the column that is a name and nothing else (a name broken over two
lines at its hyphen included) is a person with the head as role; two such cells at least, each
opening with a known given name, make the column. A table that goes on over a page break repeats no head: the next table with as
many columns and no head of its own goes on with the column.

>>> from diarium.structure import analyse
>>> text = ("| Ärende | Beslut | Beslutsfattare | Dnr |\\n| --- | --- | --- | --- |\\n"
...         "| 2.1 Bidrag | Bidrag till Ekeby IF | Anna Berg | EK-2024-1 |\\n"
...         "| 2.1 Bidrag | Avslag | Per Holm-<br>Lindqvist | EK-2024-2 |\\n\\nSida 2\\n\\n"
...         "| 2.2 Avtal | Avtal om konst | Eva Ek | EK-2024-3 |\\n| --- | --- | --- | --- |\\n"
...         "| 2.2 Avtal | Avtal om städning | Norrby Bygg AB | |\\n")
>>> [(f.name, f.role) for f in table_column_persons(analyse(text))]
[('Anna Berg', 'Beslutsfattare'), ('Per Holm-Lindqvist', 'Beslutsfattare'), ('Eva Ek', 'Beslutsfattare')]
"""
from __future__ import annotations

from diarium.extract.person_names import first_names, person_name, plain
from diarium.extract.persons_found import LETTERHEAD, LIST_DEFAULT, Found
from diarium.schemas.structure import Cell, Structure
from diarium.structure.attendance_vocab import is_role_word

MIN_ROWS = 2
MAX_HEAD_WORDS = 3


def _role_column(row: list[Cell]) -> tuple[int, str] | None:
    """The one cell of a table's head that is a role ('Beslutsfattare'), and that role."""
    roles = [(k, " ".join(cell.text.split())) for k, cell in enumerate(row)
             if _is_role_head(cell.text)]
    return roles[0] if len(row) > 1 and len(roles) == 1 else None


def _is_role_head(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_HEAD_WORDS and words[0][:1].isupper() and \
        not any(c.isdigit() for c in text) and any(is_role_word(w.lower().strip(",.:")) for w in words)


def _cell_name(cell: Cell) -> str | None:
    """The name a cell holds and nothing else ('Per Holm-' / 'Lindqvist' one name)."""
    joined = ""
    for line in (line.strip() for line in cell.text.split("\n") if line.strip()):
        joined += line if joined.endswith("-") or not joined else " " + line
    name = person_name(joined) if joined else None
    return name if name and plain(name) == plain(joined) else None


def _names(rows: list[list[Cell]], index: int, role: str) -> list[Found]:
    return [Found(name, role, None, LETTERHEAD, LIST_DEFAULT, [(row[index].start, row[index].end)])
            for row in rows if index < len(row) and (name := _cell_name(row[index]))]


def _known_names(names: list[Found]) -> int:
    """How many names begin with a known given name: a column of units or services headed by a
    role ("Ansvarig": "Teknik Service") holds none; once two have made the column, any goes."""
    return sum(name.name.split()[0].split("-")[0] in first_names() for name in names)


def table_column_persons(structure: Structure) -> list[Found]:
    found: list[Found] = []
    carried: tuple[int, int, str] | None = None      # (columns, index, role) of the table before
    for table in structure.tables:
        if not table.rows:
            continue
        head = _role_column(table.rows[0]) if table.header else None
        if head is not None:
            names = _names(table.rows[1:], *head)
            carried = (len(table.rows[0]), *head) if _known_names(names) >= MIN_ROWS else None
            found += names if carried else []
        elif carried is not None and carried[0] == len(table.rows[0]):
            found += _names(table.rows, carried[1], carried[2])
        else:
            carried = None
    return found
