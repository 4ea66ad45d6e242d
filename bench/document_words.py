"""Check that no name from a gold file was copied into diarium's code or data.

    .venv/bin/python bench/document_words.py [--root DIR] [--allow FILE]

The project rule: names of parties, headers or phrases copied from a sample or corpus document
into a rule, a word list, a comment, a docstring or a doctest are a defect; examples use made-up
names. This check lists the gold names

  * persons whose name has a space in it ("Anna Berg"; also looked for surname first,
    "Berg, Anna"), from `persons`, `attendance` and `signatures` rows,
  * parties whose name has at least 8 characters ("Norrby Bygg AB"), and their orgnr (in any
    grouping: "556677-8899", "556677 8899", "5566778899", "556677-\\n8899"),

of the gold files bench/gold/real/*.json and bench/gold/structure/*.json (train and dev splits
only: the split column of bench/gold/real/SPLIT.tsv is read and a file of any other split is
never opened), bench/gold/extra/*.json (held-out batches still being written, HELD_OUT, are
skipped) and tests/gold/*.json, and prints every place one of them occurs (case-insensitive,
whole words) in diarium/**/*.py, *.txt, *.tsv. It exits 1 when any is found, 0 otherwise.

Names that are general knowledge rather than copied document words (a political party, a real
public body as an entry of a public-bodies list, a kommun whose name a rule needs in general) are
listed, each with its reason, in bench/data/document_words_allow.tsv.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
ALLOW = ROOT / "bench" / "data" / "document_words_allow.tsv"
OPEN_SPLITS = ("train", "dev")
HELD_OUT = ("XN",)
PERSON_KEYS = ("persons", "attendance", "signatures")
PARTY_KEYS = ("parties",)
MIN_PARTY_CHARS = 8
CODE_SUFFIXES = (".py", ".txt", ".tsv")
SEPARATORS = re.compile(r"(?:\s|\\n|#)+")    # between two words: spaces, an escaped \n, a comment's #


class Hit(NamedTuple):
    path: Path
    line: int
    name: str
    source: str


def open_real_docs(root: Path) -> set[str]:
    """Doc ids of the real corpus whose split may be read (the split column only)."""
    split_file = root / "bench" / "gold" / "real" / "SPLIT.tsv"
    if not split_file.is_file():
        return set()
    with split_file.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {row["doc"] for row in rows if row.get("split") in OPEN_SPLITS}


def gold_files(root: Path) -> Iterator[Path]:
    gold = root / "bench" / "gold"
    open_docs = open_real_docs(root)
    for folder in (gold / "real", gold / "structure"):
        for doc in sorted(open_docs):
            path = folder / f"{doc}.json"
            if path.is_file():
                yield path
    for path in sorted((gold / "extra").glob("*.json")):
        if not path.name.startswith(HELD_OUT):
            yield path
    yield from sorted((root / "tests" / "gold").glob("*.json"))


def rows_under(record: Any, keys: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """Every dict in a list held by one of `keys`, at any depth of the record."""
    if isinstance(record, dict):
        for key, value in record.items():
            if key in keys and isinstance(value, list):
                yield from (row for row in value if isinstance(row, dict))
            else:
                yield from rows_under(value, keys)
    elif isinstance(record, list):
        for value in record:
            yield from rows_under(value, keys)


def names_in(record: Any) -> set[tuple[str, bool]]:
    """(name, is a person) of the record's persons and parties that the check looks for."""
    names = set()
    for row in rows_under(record, PERSON_KEYS):
        name = " ".join(str(row.get("name") or "").split())
        if " " in name:
            names.add((name, True))
    for row in rows_under(record, PARTY_KEYS):
        name = " ".join(str(row.get("name") or "").split())
        if len(name) >= MIN_PARTY_CHARS:
            names.add((name, False))
    return names


def gold_names(root: Path) -> dict[str, tuple[str, bool]]:
    """Casefolded name → (the first gold file, relative path, that holds it; a person's?)."""
    found: dict[str, tuple[str, bool]] = {}
    for path in gold_files(root):
        for name, person in names_in(json.loads(path.read_text(encoding="utf-8"))):
            found.setdefault(name.casefold(), (str(path.relative_to(root)), person))
    return found


def gold_orgnrs(root: Path) -> dict[str, str]:
    """The ten digits of each gold party's orgnr → the first gold file that holds it."""
    found: dict[str, str] = {}
    for path in gold_files(root):
        for row in rows_under(json.loads(path.read_text(encoding="utf-8")), PARTY_KEYS):
            digits = re.sub(r"\D", "", str(row.get("orgnr") or ""))
            if len(digits) == 10:
                found.setdefault(digits, str(path.relative_to(root)))
    return found


ORGNR = re.compile(r"(?<!\d)(\d{6})(?:-|\s|–|-\s+|-(?:\\n)+\s*)?(\d{4})(?!\d)")


def orgnr_hits(root: Path, numbers: dict[str, str]) -> Iterator[Hit]:
    for path in code_files(root):
        text = path.read_text(encoding="utf-8")
        for match in ORGNR.finditer(text):
            digits = match.group(1) + match.group(2)
            if digits in numbers:
                line = text.count("\n", 0, match.start()) + 1
                yield Hit(path.relative_to(root), line, match.group(), numbers[digits])


def read_allowlist(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0].strip().casefold() for line in lines
            if line.strip() and not line.startswith("#")}


def spellings(name: str, person: bool) -> list[str]:
    """The name as printed, and a two-word person's name surname first ("Berg, Anna")."""
    words = name.split()
    forms = [name]
    if person and len(words) == 2:
        forms.append(f"{words[1]}, {words[0]}")
    return forms


def name_pattern(names: dict[str, tuple[str, bool]]) -> re.Pattern[str]:
    forms = {form for name, (_, person) in names.items() for form in spellings(name, person)}
    alternatives = sorted((SEPARATORS.pattern.join(map(re.escape, form.split())) for form in forms),
                          key=len, reverse=True)
    # a name inside a string literal may follow an escape ("\\nAnna Berg")
    return re.compile(r"(?:(?<=\\[nft])|(?<!\w))(?:" + "|".join(alternatives) + r")(?!\w)",
                      re.IGNORECASE)


def code_files(root: Path) -> Iterator[Path]:
    for path in sorted((root / "diarium").rglob("*")):
        if path.suffix in CODE_SUFFIXES and path.is_file():
            yield path


def find_document_words(root: Path = ROOT, allow: Path = ALLOW) -> list[Hit]:
    names = gold_names(root)
    for allowed in read_allowlist(allow):
        names.pop(allowed, None)
    hits = list(orgnr_hits(root, gold_orgnrs(root)))
    if not names:
        return hits
    pattern = name_pattern(names)
    by_form = {" ".join(form.split()).casefold(): name
               for name, (_, person) in names.items() for form in spellings(name, person)}
    for path in code_files(root):
        text = path.read_text(encoding="utf-8")
        for match in pattern.finditer(text):     # whole text: a name may wrap onto the next line
            printed = " ".join(SEPARATORS.sub(" ", match.group()).split())
            name = by_form.get(printed.casefold(), printed.casefold())
            line = text.count("\n", 0, match.start()) + 1
            source = names[name][0] if name in names else "?"
            hits.append(Hit(path.relative_to(root), line, printed, source))
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--allow", type=Path, default=ALLOW)
    args = parser.parse_args(argv)
    hits = find_document_words(args.root, args.allow)
    for hit in hits:
        print(f"{hit.path}:{hit.line}: {hit.name}  ({hit.source})")
    print(f"{len(hits)} gold name(s) or orgnr found in diarium/", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
