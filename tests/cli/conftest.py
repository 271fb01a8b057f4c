"""The commands run on a fixed today: the test plans start on 2026-01-05, and a later clock
would add the note that their dates are past (tests/cli/test_stale_dates.py tests it)."""

from __future__ import annotations

import pytest

from planner_gui.cli.common import TODAY_ENV


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inherited by the commands the tests run as processes too."""
    monkeypatch.setenv(TODAY_ENV, "2026-01-05")
