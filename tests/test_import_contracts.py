"""The import contracts in pyproject.toml hold, as `make lint` checks them with import-linter,
and they do catch an import that breaks them."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _lint_imports(root: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed (`make test` installs it)")
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.run(
        [exe, "--no-logo", "--cache-dir", str(cache)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_import_contracts_hold(tmp_path: Path) -> None:
    result = _lint_imports(ROOT, tmp_path / "cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_domain_module_importing_qt_breaks_a_contract(tmp_path: Path) -> None:
    """On a copy of the package with one illegal import planted: the domain loading Qt."""
    shutil.copytree(ROOT / "planner_gui", tmp_path / "planner_gui")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    units = tmp_path / "planner_gui" / "domain" / "units.py"
    units.write_text(units.read_text(encoding="utf-8") + "\nimport PySide6.QtCore\n")
    result = _lint_imports(tmp_path, tmp_path / "cache")
    assert result.returncode != 0, result.stdout
    assert "Qt only in the window: no PySide6 below ui, nor in the command line BROKEN" in (
        " ".join(result.stdout.split())
    )
    assert "planner_gui.domain.units -> PySide6 (l." in result.stdout


#: What an import inside a function may defer: reportlab (behind planner_gui.export) and Qt.
HEAVY = ("planner_gui.export.", "planner_gui.ui.", "PySide6")


def test_an_import_inside_a_function_only_defers_a_heavy_library_and_says_so() -> None:
    """Never a cycle dodge: each such import loads reportlab or Qt on first use, with a
    comment saying `deferred` on its line or just above it."""
    found: list[str] = []
    for path in sorted((ROOT / "planner_gui").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for function in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Import | ast.ImportFrom):
                    continue
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                module = node.module if isinstance(node, ast.ImportFrom) else names[0]
                said = " ".join(lines[max(function.lineno, node.lineno - 3) - 1 : node.lineno])
                place = f"{path.relative_to(ROOT)}:{node.lineno}"
                if not (module or "").startswith(HEAVY):
                    found.append(f"{place}: {module} is not a heavy library")
                elif "deferred" not in said.lower():
                    found.append(f"{place}: no comment says why it is deferred")
    assert found == []
