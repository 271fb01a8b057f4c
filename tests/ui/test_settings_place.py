"""Where the preferences live: under BRACE_DATA_DIR while it is set (a sandboxed run once
shared its last folder with the user's real preferences, and its first Save As opened
another session's folder), in the platform's place otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from planner_gui.ui.app import SETTINGS_DIR_NAME, keep_settings_in_data_dir

ROOT = Path(__file__).resolve().parents[2]

#: A whole start as `planner-gui` makes it, then the preferences a session writes.
_SESSION = """
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from planner_gui.ui import settings
    from planner_gui.ui.app import make_application
    from planner_gui.ui.document import add_recent_file
    from planner_gui.ui.settings import LAST_DIR_KEY
    app = make_application()
    QSettings().setValue(settings.BRAND_NAME_KEY, "Northside Physio")
    QSettings().setValue(LAST_DIR_KEY, "/tmp/another-session")
    add_recent_file(Path("/tmp/another-session/plan.brace.json"))
    QSettings().sync()
    print(QSettings().fileName())
"""


def _run_session(tmp_path: Path, *, data_dir: Path | None) -> str:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "home" / ".config"),
        HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("BRACE_DATA_DIR", None)
    if data_dir is not None:
        env["BRACE_DATA_DIR"] = str(data_dir)
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_SESSION)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def test_with_brace_data_dir_the_preferences_stay_in_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    written = Path(_run_session(tmp_path, data_dir=data))
    assert written.is_relative_to(data / SETTINGS_DIR_NAME)
    text = written.read_text(encoding="utf-8")
    assert "Northside Physio" in text and "another-session" in text
    assert _files_under(tmp_path / "home") == []  # ~/.config untouched


def test_without_it_the_preferences_go_to_the_platforms_place(tmp_path: Path) -> None:
    written = Path(_run_session(tmp_path, data_dir=None))
    assert written.is_relative_to(tmp_path / "home" / ".config")
    assert written in _files_under(tmp_path / "home")


def test_the_data_dir_settings_are_an_ini_file_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRACE_DATA_DIR", str(tmp_path / "elsewhere"))
    folder = keep_settings_in_data_dir()
    assert folder == tmp_path / "elsewhere" / SETTINGS_DIR_NAME
    assert QSettings.defaultFormat() == QSettings.Format.IniFormat
    QSettings().setValue("probe", 1)
    assert Path(QSettings().fileName()).is_relative_to(folder)


def test_without_brace_data_dir_nothing_is_redirected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRACE_DATA_DIR", raising=False)
    before = QSettings().fileName()
    assert keep_settings_in_data_dir() is None
    assert QSettings().fileName() == before
