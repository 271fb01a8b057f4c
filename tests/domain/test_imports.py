"""The plan loader and the rules import one way only: formats -> rules.settings -> rules.codes.

The rules package once imported `formats` to hook a validator into it, and `formats` imported
the rules inside a function to hide the cycle. These tests keep both from coming back.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import planner_gui

DOMAIN = Path(planner_gui.__file__).parent / "domain"


def _module_name(path: Path) -> str:
    parts = path.relative_to(DOMAIN.parent.parent).with_suffix("").parts
    return ".".join(parts).removesuffix(".__init__")


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported(node: ast.Import | ast.ImportFrom, known: set[str]) -> set[str]:
    """The planner_gui.domain modules an import statement names (absolute imports only).

    `from package import submodule` names the submodule; the package counts only when a
    name is taken from the package itself.
    """
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in known}
    base = node.module or ""
    found = {f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in known}
    if base in known and len(found) < len(node.names):
        found.add(base)
    return found


def _with_packages(importer: str, targets: set[str]) -> set[str]:
    """Add the packages whose `__init__` an import runs: those the importer is outside of."""
    found = set(targets)
    for target in targets:
        parts = target.split(".")
        for depth in range(3, len(parts)):
            package = ".".join(parts[:depth])
            if importer != package and not importer.startswith(package + "."):
                found.add(package)
    return found


def _module_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports run when the module loads: not in functions, not under `if TYPE_CHECKING`."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and not _is_type_checking(node):
            pending += node.body + node.orelse
        elif isinstance(node, ast.Try):
            pending += node.body + node.orelse + node.finalbody
            for handler in node.handlers:
                pending += handler.body
    return found


def _sources() -> dict[str, ast.Module]:
    return {
        _module_name(path): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(DOMAIN.rglob("*.py"))
    }


def test_nothing_under_rules_imports_the_plan_loader() -> None:
    for name, tree in _sources().items():
        if not name.startswith("planner_gui.domain.rules"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                assert "planner_gui.domain.formats" not in _imported(
                    node, {"planner_gui.domain.formats"}
                ), name


def test_no_import_hides_inside_a_function_in_formats_or_rules() -> None:
    for name, tree in _sources().items():
        if name != "planner_gui.domain.formats" and not name.startswith("planner_gui.domain.rules"):
            continue
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = [
                    node
                    for node in ast.walk(function)
                    if isinstance(node, ast.Import | ast.ImportFrom)
                ]
                assert not inner, f"{name}.{function.name} imports inside the function"


def test_the_domain_s_imports_have_no_cycle() -> None:
    sources = _sources()
    known = set(sources)
    graph = {
        name: _with_packages(
            name, set().union(*[_imported(node, known) for node in _module_level_imports(tree)])
        )
        for name, tree in sources.items()
    }
    assert "planner_gui.domain.rules.settings" in graph["planner_gui.domain.formats"]
    state: dict[str, str] = {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = "open"
        for target in sorted(graph[name]):
            if state.get(target) == "open":
                cycle = [*path[path.index(target) :], target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target, [*path, target])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


def test_the_loader_alone_refuses_a_bad_rules_section() -> None:
    """In a fresh interpreter that imports only `formats`, nothing has to be imported first."""
    script = textwrap.dedent(
        """
        from planner_gui.domain.errors import PlanFileError
        from planner_gui.domain.formats import parse_plan

        raw = {"format": "brace-plan", "version": 1, "start_date": "2026-01-05", "weeks": [],
               "rules": {"PO101": {"limit_pcnt": 5}}}
        try:
            parse_plan(raw, "plan.brace.json")
        except PlanFileError as error:
            print(error)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("plan.brace.json: rules.PO101.limit_pcnt: unknown setting")
    assert "did you mean 'limit_pct'?" in result.stdout
