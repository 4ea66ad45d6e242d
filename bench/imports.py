"""diarium's import graph: cycles between modules, imports against the stage order, and
imports hidden inside functions.

    python bench/imports.py          # prints every problem; exit code 1 if there is one

The stages, lowest first; a module may import its own stage and the ones below it:
language/text/errors/version → schemas → ingest → corrections → structure → extract →
pipeline → store/diff/batch/output/timeline → api (and the package root) → commands → cli.
An import inside a function is allowed only for an optional heavy dependency (LAZY).
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "diarium"
STAGES = [
    {"diarium.language", "diarium.text", "diarium.errors", "diarium.version", "diarium.limits"},
    {"diarium.schemas", "diarium.redact"}, {"diarium.ingest"}, {"diarium.corrections"},
    {"diarium.structure"},
    {"diarium.extract"}, {"diarium.pipeline"},
    {"diarium.store", "diarium.diff", "diarium.batch", "diarium.output", "diarium.timeline"},
    {"diarium.api", "diarium"}, {"diarium.commands"}, {"diarium.cli"},
]
# Optional or heavy third-party modules a function may import when it needs them.
LAZY = {"dask", "datasette", "spacy", "pytesseract", "pyarrow", "wordfreq", "ctypes", "gc",
        "ocrmypdf", "pikepdf", "vl_convert",
        "fsspec",                           # run's URLs (s3://…): installed with dask
        "numpy",                            # the lexicon cache's build only
        "diarium.store.datasette_plugin"}   # diarium's Datasette plugin: Datasette itself


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def resolve(name: str, modules: set[str]) -> str:
    """`diarium.extract.orgnr` if that is a module, else the longest prefix that is one."""
    while name not in modules and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def imports(tree: ast.Module, modules: set[str]) -> list[tuple[str, int, bool]]:
    """(imported diarium module or third-party top name, line, inside a function)."""
    found = []
    inner = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
             for n in ast.walk(f) if n is not f}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            target = resolve(name, modules) if name.startswith("diarium") else name.split(".")[0]
            found.append((target, node.lineno, id(node) in inner))
    return found


def stage(module: str) -> int:
    for index, members in enumerate(STAGES):
        if any(module == m or module.startswith(m + ".") for m in members if m != "diarium"):
            return index
    return next(i for i, members in enumerate(STAGES) if "diarium" in members)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def problems() -> list[str]:
    paths = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    found = []
    for module, path in paths.items():
        graph[module] = set()
        for target, line, inside in imports(ast.parse(path.read_text("utf-8")), set(paths)):
            where = f"{path.relative_to(PACKAGE.parent)}:{line}"
            if target.startswith("diarium"):
                if target != module:
                    graph[module].add(target)
                if stage(target) > stage(module):
                    found.append(f"{where}: {module} imports {target}, a later stage")
            if inside and target not in LAZY:
                found.append(f"{where}: import of {target} inside a function")
    found += ["import cycle: " + " ↔ ".join(c) for c in cycles(graph)]
    return list(dict.fromkeys(found))        # one line per place, not per imported name


if __name__ == "__main__":
    listed = problems()
    print("\n".join(listed) or "no import cycles, no imports against the stage order, none hidden")
    sys.exit(1 if listed else 0)
