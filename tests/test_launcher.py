"""`planner-gui`: a command or an option goes to the headless command line, anything else opens
the window; the command line alone never opens it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planner_gui import __version__, cli, launcher
from planner_gui.resources import SAMPLE_PLAN
from planner_gui.ui import app


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """The plans the window would have been opened on (the window itself is not started)."""
    calls: list[Path | None] = []

    def run(plan: Path | None) -> int:
        calls.append(plan)
        return 0

    monkeypatch.setattr(app, "run", run)
    return calls


def test_no_arguments_or_a_plan_open_the_window(opened: list[Path | None]) -> None:
    assert launcher.main([]) == 0
    assert launcher.main([str(SAMPLE_PLAN)]) == 0
    assert opened == [None, SAMPLE_PLAN]


def test_a_command_runs_headless(
    opened: list[Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    assert launcher.main(["check", str(SAMPLE_PLAN)]) in (0, 1)
    assert launcher.main(["rules"]) == 0
    assert "PO101" in capsys.readouterr().out
    assert opened == []


def test_options_go_to_the_command_line(
    opened: list[Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        launcher.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"planner-gui {__version__}"
    assert opened == []


def test_every_command_the_cli_offers_is_dispatched_to_it() -> None:
    assert cli.command_names() == {
        "check",
        "rules",
        "export",
        "checkin",
        "adjust",
        "catalog",
        "new",
    }


def test_the_command_line_without_a_command_says_which_there_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([])
    assert exit_info.value.code == 2
    commands = "adjust, catalog, check, checkin, export, new, rules"
    assert f"choose a command: {commands}" in capsys.readouterr().err


def test_python_dash_m_runs_the_launcher() -> None:
    """`python -m planner_gui rules` as a user types it; it loads no Qt on the way."""
    script = textwrap.dedent(
        """
        import runpy, sys
        sys.argv = ["planner_gui", "rules"]
        try:
            runpy.run_module("planner_gui", run_name="__main__")
        except SystemExit as done:
            assert done.code == 0, done.code
        loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
        assert not loaded, loaded
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "PO101" in result.stdout
