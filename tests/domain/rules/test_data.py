"""DA501–DA503: implausible values, unknown exercises and text holding control characters
load, then the checker reports them."""

from __future__ import annotations

from typing import Any

import pytest

from planner_gui.domain.formats import parse_plan
from tests.support.plans import PlanBuilder


@pytest.mark.parametrize(
    ("dose", "fragment"),
    [
        ({"sets": 11}, "11 sets (plausible: 1–10)"),
        ({"reps": 51}, "51 reps (plausible: 1–50)"),
        ({"hold_s": 301, "reps": None}, "a 301 s hold (plausible: 1–300 s)"),
        ({"rpe": 0}, "RPE 0 (plausible: 1–10)"),
        ({"rpe": 10.5}, "RPE 10.5"),
        ({"load": 650}, "a load of 650 kg (plausible: up to 500 kg)"),
    ],
)
def test_da501_flags_implausible_item_values(
    make: PlanBuilder, dose: dict[str, Any], fragment: str
) -> None:
    item = make.item("deadlift", load=80) | dose
    item = {key: value for key, value in item.items() if value is not None}
    program = make.plan(make.week(make.session("mon", "Lower A", main=[item])))
    [finding] = make.check(program, "DA501")
    assert finding.severity == "error"
    assert fragment in finding.message
    assert (finding.block, finding.item_index, finding.exercise) == ("main", 0, "deadlift")


def test_da501_bounds_pass_at_the_edge(make: PlanBuilder) -> None:
    item = make.item("deadlift", 10, reps=50, load=500, rpe=10)
    hold = make.item("plank", 1, hold_s=300, rpe=1)
    program = make.plan(make.week(make.session("mon", main=[item], core=[hold], rpe=10)))
    assert make.check(program, "DA501") == []


def test_da501_session_rpe_and_pounds(make: PlanBuilder) -> None:
    [finding] = make.check(make.plan(make.week(make.session("mon", rpe=11))), "DA501")
    assert finding.message.startswith("Session RPE 11 is outside 1–10")
    assert finding.item_index is None and finding.session_index == 0
    heavy = make.week(make.session("mon", main=[make.item("deadlift", load=650)]))
    assert make.check(make.plan(heavy, units="lb"), "DA501") == []  # 650 lb is about 295 kg


def test_da501_threshold_override(make: PlanBuilder) -> None:
    week = make.week(make.session("mon", main=[make.item("deadlift", 12, load=80)]))
    assert make.check(make.plan(week, rules={"DA501": {"sets_max": 12}}), "DA501") == []


def test_da502_unknown_exercise(make: PlanBuilder) -> None:
    session = make.session(
        "tue", "Pull", main=[make.item("bench-press", load=40), make.item("deadlfit", load=80)]
    )
    [finding] = make.check(make.plan(make.week(session)), "DA502")
    assert (finding.severity, finding.exercise, finding.day, finding.item_index) == (
        "error",
        "deadlfit",
        "tue",
        1,
    )
    assert "'deadlfit' is not in the exercise catalog" in finding.message
    assert "did you mean 'deadlift'?" in finding.message


def test_da502_accepts_the_plan_s_custom_exercises(make: PlanBuilder) -> None:
    custom = {
        "id": "landmine-row",
        "name": "Landmine row",
        "category": "strength",
        "pattern": "pull",
        "muscles": ["upper-back"],
        "dose": "reps",
        "loaded": True,
    }
    session = make.session("mon", main=[make.item("landmine-row", load=30)])
    program = make.plan(make.week(session), exercises=[custom])
    assert make.check(program, "DA502") == []


def test_da502_custom_exercise_links_and_checkins_must_resolve(make: PlanBuilder) -> None:
    custom: dict[str, Any] = {
        "id": "landmine-row",
        "name": "Landmine row",
        "category": "strength",
        "pattern": "pull",
        "muscles": ["upper-back"],
        "dose": "reps",
        "regression": "row",  # in the catalog: fine
        "progression": "landmine-rows",  # found nowhere
    }
    checkins = [
        {"date": "2026-01-07", "pain": "sharp", "after_exercise": "deadlfit"},
        {"date": "2026-01-08", "pain": "doms", "after_exercise": "landmine-row"},
    ]
    week = make.week(make.session("mon", main=[make.item("landmine-row")]))
    link, checkin = make.check(make.plan(week, exercises=[custom], checkins=checkins), "DA502")
    assert (link.week, link.exercise, link.severity) == (None, "landmine-row", "error")
    assert link.message == (
        "Custom exercise Landmine row names 'landmine-rows' as its progression, but no exercise "
        "has that id (did you mean 'landmine-row'?); correct the id or clear the progression."
    )
    assert (checkin.week, checkin.day, checkin.exercise) == (1, "wed", "deadlfit")
    assert "'deadlfit'" in checkin.message and "did you mean 'deadlift'?" in checkin.message

    custom["progression"] = None
    checkins[0]["after_exercise"] = "deadlift"
    assert make.check(make.plan(week, exercises=[custom], checkins=checkins), "DA502") == []


def test_implausible_values_still_load(make: PlanBuilder) -> None:
    raw = make.plan(
        make.week(make.session("mon", main=[make.item("no-such-lift", 15, load=650)]))
    ).model_dump(mode="json")
    program = parse_plan(raw, "plan.brace.json", make.catalog)
    codes = sorted({finding.code for finding in make.check(program)})
    assert {"DA501", "DA502"} <= set(codes)


def test_da503_names_the_field_holding_control_characters(make: PlanBuilder) -> None:
    lift = make.item("deadlift", load=80, tempo="3-1-1\x1b[0m", note="Brace first\x07")
    week = make.week(make.session("mon", "Lower\u202e A", main=[lift]))
    week["notes"] = "Easy week\x0c"
    checkins = [{"date": "2026-01-06", "pain": "doms", "where": "lower\tback"}]
    program = make.plan(week, checkins=checkins)
    findings = make.check(program, "DA503")
    assert {finding.severity for finding in findings} == {"info"}
    messages = {finding.message.split(" holds")[0]: finding for finding in findings}
    assert set(messages) == {
        "The week's notes",
        "The session's name",
        "The tempo of Deadlift",
        "The note on Deadlift",
        "The check-in of 2026-01-06: where it hurt",
    }
    note = messages["The note on Deadlift"]
    assert note.message.startswith("The note on Deadlift holds a control character (\\x07)")
    assert (note.week, note.day, note.session, note.block, note.item_index, note.exercise) == (
        1,
        "mon",
        "Lower\u202e A",
        "main",
        0,
        "deadlift",
    )
    assert "(\\x1b)" in messages["The tempo of Deadlift"].message
    assert "(\\u202e)" in messages["The session's name"].message
    assert (messages["The week's notes"].week, messages["The week's notes"].session) == (1, None)
    assert messages["The check-in of 2026-01-06: where it hurt"].day == "tue"


def test_da503_reads_each_week_s_notes_though_the_items_repeat_an_earlier_week(
    make: PlanBuilder,
) -> None:
    """A note is not part of a session's key: a week equal to the one before but for a note
    still has that note read, and a repeated name is reported in every session it names."""
    plain = make.item("deadlift", load=80)
    noted = make.item("deadlift", load=80, note="Brace\x07")
    weeks = [
        make.week(make.session("mon", "Lower\x07", main=[plain])),
        make.week(make.session("mon", "Lower\x07", main=[noted])),
    ]
    findings = make.check(make.plan(*weeks), "DA503")
    assert [(f.week, f.message.split(" holds")[0]) for f in findings] == [
        (1, "The session's name"),
        (2, "The session's name"),
        (2, "The note on Deadlift"),
    ]


def test_da503_names_a_custom_exercise_s_cue_and_the_plan_s_title(make: PlanBuilder) -> None:
    custom = {
        "id": "landmine-row",
        "name": "Landmine row",
        "category": "strength",
        "pattern": "pull",
        "muscles": ["upper-back"],
        "dose": "reps",
        "cues": ["Pull to the hip", "Squeeze\x00\x01\x02\x03\x04"],
    }
    week = make.week(make.session("mon", main=[make.item("landmine-row")]))
    program = make.plan(week, exercises=[custom]).model_copy(update={"title": "Plan\r\n"})
    title, cue = make.check(program, "DA503")
    assert title.message.startswith("The plan's title holds control characters (\\r, \\n)")
    assert cue.message.startswith(
        "Custom exercise 'landmine-row': its cue 2 holds control characters "
        "(\\x00, \\x01, \\x02, \\x03 and 1 more)"
    )
    assert (cue.exercise, cue.week) == ("landmine-row", None)


def test_da503_passes_a_note_s_line_breaks_and_tabs_and_right_to_left_marks(
    make: PlanBuilder,
) -> None:
    """The near miss: what a note or a name in Hebrew or Arabic may hold."""
    lift = make.item("deadlift", load=80, note="Brace first.\r\nThen lift:\t3 s down")
    week = make.week(make.session("mon", "\u200fשלום (A)", main=[lift]))
    week["notes"] = "Line one\nLine two"
    checkins = [{"date": "2026-01-06", "pain": "doms", "note": "Sore\n\tbut fine"}]
    assert make.check(make.plan(week, checkins=checkins), "DA503") == []
