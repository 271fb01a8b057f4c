"""Where a finding points, worded for the CLI (long) and for narrow columns (short)."""

from planner_gui.domain.findings import Finding


def test_place_long_and_short_forms() -> None:
    finding = Finding(
        "PO101",
        "warning",
        "m",
        week=3,
        day="wed",
        session="Lower B",
        block="main",
        exercise="deadlift",
    )
    assert finding.place() == "week 3 · Wed · Lower B · deadlift"
    assert finding.place(short=True) == "W3 · Wed · Lower B · Main lifts"


def test_plan_wide_finding_has_no_place() -> None:
    assert Finding("DA502", "error", "m").place() == ""
    assert Finding("PO105", "warning", "m", week=7).place(short=True) == "W7"
