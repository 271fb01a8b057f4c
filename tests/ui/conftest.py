"""Generic fixtures for every window test: settings and data folders sandboxed per test.

Only generic fixtures live here; the widgets a test builds come from tests/support/widgets.py,
imported explicitly by the tests that use them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def settings_sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """QSettings and the user data folder point into tmp_path, so tests never touch $HOME."""
    settings_dir = tmp_path / "settings"
    data_dir = tmp_path / "data"
    settings_dir.mkdir()
    data_dir.mkdir()
    monkeypatch.setenv("BRACE_DATA_DIR", str(data_dir))
    old_org = QCoreApplication.organizationName()
    old_app = QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("BracePlannerTests")
    QCoreApplication.setApplicationName("BracePlannerTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(settings_dir))
    yield settings_dir
    QCoreApplication.setOrganizationName(old_org)
    QCoreApplication.setApplicationName(old_app)


@pytest.fixture
def data_dir(settings_sandbox: Path) -> Path:
    """The sandboxed user data folder (BRACE_DATA_DIR) of this test."""
    return settings_sandbox.parent / "data"


@pytest.fixture(autouse=True)
def export_options_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """The export dialog (layout and switches) is built and accepted as it opens, with the
    remembered choices, so File ▸ Export PDF… never waits on it; its own tests drive it."""
    from planner_gui.ui.export.options import ExportOptionsDialog  # after the Qt app exists

    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda self: 1)
