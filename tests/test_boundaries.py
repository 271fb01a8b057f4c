"""The domain and the figures stay free of Qt and reportlab; the domain never loads figures."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import planner_gui

PACKAGE = Path(planner_gui.__file__).parent


def _import_with_blocked(
    modules: list[str], blocked: tuple[str, ...]
) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(
        f"""
        import importlib, importlib.abc, sys

        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {blocked!r}:
                    raise ImportError(f"blocked import of {{name}}")
                return None

        sys.meta_path.insert(0, Block())
        for name in {modules!r}:
            importlib.import_module(name)
        """
    )
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)


def _modules_under(folder: str) -> list[str]:
    root = PACKAGE / folder
    return [
        "planner_gui."
        + ".".join(path.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
        for path in sorted(root.rglob("*.py"))
    ]


def test_domain_imports_without_qt_or_reportlab() -> None:
    result = _import_with_blocked(_modules_under("domain"), ("PySide6", "reportlab", "shiboken6"))
    assert result.returncode == 0, result.stderr


def test_figures_import_without_qt_or_reportlab() -> None:
    result = _import_with_blocked(_modules_under("figures"), ("PySide6", "reportlab", "shiboken6"))
    assert result.returncode == 0, result.stderr


def test_domain_never_imports_figures() -> None:
    """Figures read the domain; the domain must load with planner_gui.figures out of reach."""
    script = textwrap.dedent(
        f"""
        import importlib, sys

        for name in {_modules_under("domain")!r}:
            importlib.import_module(name)
        loaded = sorted(m for m in sys.modules if m.startswith("planner_gui.figures"))
        assert not loaded, loaded
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_export_imports_without_qt() -> None:
    modules = _modules_under("export")
    result = _import_with_blocked(modules, ("PySide6", "shiboken6"))
    assert result.returncode == 0, result.stderr


def test_headless_cli_imports_without_qt() -> None:
    result = _import_with_blocked(
        [
            "planner_gui.launcher",
            "planner_gui.cli",
            "planner_gui.cli.check",
            "planner_gui.cli.export",
        ],
        ("PySide6", "shiboken6"),
    )
    assert result.returncode == 0, result.stderr
