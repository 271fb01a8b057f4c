"""The bundled sample programs: they load, say what they promise, and check clean.

They are what `make run` opens and what File ▸ New from template offers, so a template that
drifted from the catalog or broke a rule would be the first thing a new user sees. Beyond
checking clean, each is a plan a physiotherapist would hand out: ramp-up sets before heavy
squats and deadlifts, warm-ups that warm up and then rehearse the lifts, a lighter session and
an active-rest day every week, core and glute work that progresses one step at a time, and
minutes that match the work.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

import pytest

from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.formats import load_plan, parse_plan, plan_to_bytes
from planner_gui.domain.models import PLAN_VERSION, Item, Program, Session, Week
from planner_gui.domain.timing import session_minutes
from planner_gui.domain.units import load_equipment, round_to_loadable
from planner_gui.resources import SAMPLE_PLAN, TEMPLATES_DIR, template_paths

STRENGTH = "back-friendly-strength-8wk.brace.json"
FOUNDATION = "core-glute-foundation-4wk.brace.json"
RETURN = "return-to-lifting-6wk.brace.json"


@dataclass(frozen=True)
class Expected:
    weeks: int
    training_days: tuple[str, ...]
    active_rest_days: tuple[str, ...]
    deload_weeks: tuple[int, ...]  # 1-based


EXPECTED = {
    STRENGTH: Expected(8, ("mon", "wed", "fri"), ("tue",), (4, 8)),
    FOUNDATION: Expected(4, ("mon", "wed", "fri"), ("sat",), ()),
    RETURN: Expected(6, ("mon", "wed", "fri"), ("tue", "sat"), (4,)),
}

#: Categories an active-rest day may hold: easy conditioning and mobility, nothing else.
EASY_CATEGORIES = {"conditioning", "mobility", "warmup"}
#: The highest session RPE of an active-rest day (RC203 counts such a day as rest).
EASY_RPE = 3
#: An empty Olympic bar: no ramp-up set of a barbell lift can be lighter.
EMPTY_BAR_KG = 20.0


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return bundled_catalog()


def _load(name: str, catalog: Catalog) -> Program:
    return load_plan(TEMPLATES_DIR / name, catalog)


def _category(catalog: Catalog, item: Item) -> str:
    exercise = catalog.get(item.exercise)
    assert exercise is not None, item.exercise
    return exercise.category


def _is_active_rest(session: Session, catalog: Catalog) -> bool:
    return all(
        _category(catalog, item) in EASY_CATEGORIES and not item.load for _, item in session.items()
    )


def _training(week: Week, catalog: Catalog) -> list[Session]:
    return [s for s in week.sessions if not _is_active_rest(s, catalog)]


def test_the_three_templates_are_bundled() -> None:
    assert [p.name for p in template_paths()] == sorted(EXPECTED)
    assert SAMPLE_PLAN.name in EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_template_shape(name: str, catalog: Catalog) -> None:
    program = _load(name, catalog)
    expected = EXPECTED[name]
    assert len(program.weeks) == expected.weeks
    deloads = tuple(i + 1 for i, week in enumerate(program.weeks) if week.deload)
    assert deloads == expected.deload_weeks
    order = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    for week in program.weeks:
        days = tuple(s.day for s in week.sessions)
        assert days == tuple(sorted(days, key=order.index))
        training = _training(week, catalog)
        assert tuple(s.day for s in training) == expected.training_days
        rest = [s for s in week.sessions if s not in training]
        assert tuple(s.day for s in rest) == expected.active_rest_days
        for session in training:
            assert session.name
            assert session.duration_min and session.rpe
            kinds = [block.kind for block in session.blocks]
            assert kinds[:5] == ["warmup", "main", "core", "glute", "mobility"], kinds
            assert all(block.items for block in session.blocks)
        names = [s.name for s in week.sessions]
        assert len(set(names)) == len(names), names


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_templates_are_blank_starting_points(name: str, catalog: Catalog) -> None:
    """No athlete yet (New from template asks for one), a clear title and a Monday start."""
    program = _load(name, catalog)
    assert program.athlete == ""
    assert program.title and program.title != "Untitled program"
    assert str(EXPECTED[name].weeks) in program.title
    assert program.start_date.year == 2026
    assert program.start_date.weekday() == 0
    assert program.units == "kg"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_templates_are_saved_as_canonical_current_version_files(
    name: str, catalog: Catalog
) -> None:
    raw = (TEMPLATES_DIR / name).read_bytes()
    assert json.loads(raw)["version"] == PLAN_VERSION == 3
    assert raw == plan_to_bytes(_load(name, catalog))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_item_is_a_catalog_exercise_with_its_dose(name: str, catalog: Catalog) -> None:
    program = _load(name, catalog)
    for week in program.weeks:
        for session in week.sessions:
            for block, item in session.items():
                exercise = catalog.get(item.exercise)
                assert exercise is not None, item.exercise
                dose = {
                    "reps": item.reps,
                    "hold": item.hold_s,
                    "time": item.time_s,
                    "distance": item.distance_m,
                }[exercise.dose]
                assert dose is not None, (item.exercise, block.kind)
                assert item.per_side == exercise.unilateral, item.exercise
                if item.load:
                    assert exercise.loaded, item.exercise


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_loads_are_loadable_on_the_equipment(name: str, catalog: Catalog) -> None:
    """Barbells rise in 2.5 kg, dumbbells in 2 kg, kettlebells by the bells that are sold."""
    program = _load(name, catalog)
    loaded = 0
    for week in program.weeks:
        for session in week.sessions:
            for _, item in session.items():
                if not item.load:
                    continue
                exercise = catalog.get(item.exercise)
                assert exercise is not None
                kind = load_equipment(exercise.equipment)
                assert kind is not None, item.exercise
                assert round_to_loadable(item.load, kind, program.units) == item.load, (
                    item.exercise,
                    item.load,
                )
                loaded += 1
    assert loaded


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_heavy_squats_and_deadlifts_ramp_up_in_loads_that_make_sense(
    name: str, catalog: Catalog
) -> None:
    """Every barbell squat or hinge in the main lifts has ramp-up sets: the lightest no lighter
    than an empty bar, the last within 60-90 % of the work sets, each a loadable load between
    the one before and the working weight."""
    program = _load(name, catalog)
    ramped = 0
    for week in program.weeks:
        for session in week.sessions:
            main = session.block("main")
            for item in main.items if main else []:
                exercise = catalog.get(item.exercise)
                assert exercise is not None
                kind = load_equipment(exercise.equipment)
                if not item.ramp:
                    assert not (
                        exercise.pattern in ("squat", "hinge") and kind == "barbell" and item.load
                    ), f"{item.exercise} in week {program.weeks.index(week) + 1} has no ramp"
                    continue
                assert item.load and item.reps
                loads = [
                    round_to_loadable(item.load * step.pct / 100, kind, program.units)
                    for step in item.ramp
                ]
                assert loads == sorted(set(loads)), (item.exercise, loads)
                assert loads[-1] < item.load
                assert 60 <= item.ramp[-1].pct <= 90
                if kind == "barbell":
                    assert loads[0] >= EMPTY_BAR_KG, (item.exercise, loads)
                ramped += 1
    # The foundation plan has no barbell and nothing heavy enough to ramp into.
    assert bool(ramped) == (name != FOUNDATION)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_warm_ups_raise_temperature_then_rehearse_the_main_lifts(
    name: str, catalog: Catalog
) -> None:
    program = _load(name, catalog)
    for week in program.weeks:
        for session in _training(week, catalog):
            warmup = session.block("warmup")
            assert warmup is not None and warmup.items
            exercises = [catalog.get(item.exercise) for item in warmup.items]
            assert all(exercise is not None for exercise in exercises)
            patterns = [exercise.pattern for exercise in exercises if exercise]
            assert patterns[0] == "cardio", (session.name, patterns)
            assert all(exercise and exercise.stretch != "static" for exercise in exercises)
            main = session.block("main")
            assert main is not None
            for item in main.items:
                exercise = catalog.get(item.exercise)
                assert exercise is not None
                if exercise.pattern in ("squat", "hinge"):
                    assert exercise.pattern in patterns[1:], (session.name, item.exercise)
                if item.load and item.reps and not item.ramp:
                    assert exercise.pattern in patterns[1:], (session.name, item.exercise)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_one_session_a_week_is_lighter(name: str, catalog: Catalog) -> None:
    program = _load(name, catalog)
    for week in program.weeks:
        training = _training(week, catalog)
        top_rpe = max(s.rpe or 0 for s in training)
        top_minutes = max(s.duration_min or 0 for s in training)
        lighter = [
            s for s in training if (s.rpe or 0) < top_rpe or (s.duration_min or 0) < top_minutes
        ]
        assert lighter, [s.name for s in training]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_week_has_an_active_rest_day(name: str, catalog: Catalog) -> None:
    """An easy walk or mobility on a day of its own: nothing loaded, session RPE 3 or less."""
    program = _load(name, catalog)
    for week in program.weeks:
        training_days = {s.day for s in _training(week, catalog)}
        rest = [s for s in week.sessions if _is_active_rest(s, catalog)]
        assert rest
        for session in rest:
            assert session.day not in training_days
            assert session.rpe is not None and session.rpe <= EASY_RPE
            assert session.duration_min
            categories = {_category(catalog, item) for _, item in session.items()}
            assert "conditioning" in categories or "mobility" in categories
            assert not any(item.rpe for _, item in session.items())
        assert len(training_days) + len({s.day for s in rest}) < 7


def _normal_weeks(program: Program) -> list[Week]:
    return [week for week in program.weeks if not week.deload]


def _rises(before: Item, after: Item) -> list[str]:
    pairs = {
        "sets": (before.sets, after.sets),
        "reps": (before.reps or 0, after.reps or 0),
        "hold": (before.hold_s or 0, after.hold_s or 0),
        "load": (before.load or 0, after.load or 0),
    }
    return [name for name, (old, new) in pairs.items() if new > old]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_core_and_glute_work_progresses_one_step_at_a_time(name: str, catalog: Catalog) -> None:
    """From one normal week to the next (across a deload), each core and glute slot either
    keeps its exercise and raises one of sets, reps, hold and load, or moves to the catalog's
    progression of it; by the end of the plan every core slot has progressed."""
    program = _load(name, catalog)
    weeks = _normal_weeks(program)
    progressed: dict[tuple[str, str, int], bool] = {}
    for before, after in pairwise(weeks):
        for old_session, new_session in zip(before.sessions, after.sessions, strict=True):
            assert old_session.day == new_session.day
            for kind in ("core", "glute"):
                old_block, new_block = old_session.block(kind), new_session.block(kind)
                old_items = old_block.items if old_block else []
                new_items = new_block.items if new_block else []
                assert len(old_items) == len(new_items), (new_session.name, kind)
                for slot, (old, new) in enumerate(zip(old_items, new_items, strict=True)):
                    key = (new_session.day, kind, slot)
                    if old.exercise == new.exercise:
                        rises = _rises(old, new)
                        assert len(rises) <= 1, (new.exercise, rises)
                        changed = bool(rises)
                    else:
                        exercise = catalog.get(old.exercise)
                        assert exercise is not None
                        assert exercise.progression == new.exercise, (old.exercise, new.exercise)
                        changed = True
                    progressed[key] = progressed.get(key, False) or changed
    core_slots = {key: done for key, done in progressed.items() if key[1] == "core"}
    assert core_slots
    assert all(core_slots.values()), core_slots
    exercises = {item.exercise for week in weeks for s in week.sessions for _, item in s.items()}
    chain_steps = [
        ex for ex in exercises if (found := catalog.get(ex)) and found.progression in exercises
    ]
    assert chain_steps, "no core or glute exercise moves on to its progression"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_planned_minutes_match_the_estimate(name: str, catalog: Catalog) -> None:
    program = _load(name, catalog)
    for week in program.weeks:
        for session in week.sessions:
            planned = session.duration_min
            assert planned
            estimate = session_minutes(session)
            assert abs(estimate - planned) <= max(3.0, 0.1 * planned), (session.name, estimate)
            assert len({item.exercise for _, item in session.items()}) <= 12, session.name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_deload_weeks_are_lighter(name: str, catalog: Catalog) -> None:
    program = _load(name, catalog)
    for index, week in enumerate(program.weeks):
        if not week.deload:
            continue
        before = program.weeks[index - 1]
        load = sum(s.session_load for s in week.sessions)
        previous = sum(s.session_load for s in before.sessions)
        assert load < previous

        def main_sets(of: Week) -> int:
            return sum(
                item.sets
                for s in _training(of, catalog)
                for b, item in s.items()
                if b.kind == "main"
            )

        sets, prior = main_sets(week), main_sets(before)
        assert 0.5 * prior <= sets <= 0.7 * prior
        assert "lighter" in week.notes.lower() or "easier" in week.notes.lower()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_week_says_what_it_is_for(name: str, catalog: Catalog) -> None:
    program = _load(name, catalog)
    for week in program.weeks:
        assert len(week.notes) >= 60, week.notes
        assert "  " not in week.notes


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_templates_survive_a_save(name: str, catalog: Catalog) -> None:
    program = _load(name, catalog)
    assert parse_plan(json.loads(plan_to_bytes(program)), name, catalog) == program


def test_strength_template_is_the_documented_sample(catalog: Catalog) -> None:
    program = _load(STRENGTH, catalog)
    assert program.start_date == date(2026, 1, 5)
    for week in program.weeks:
        hinge_days = [
            s.day
            for s in week.sessions
            for b, item in s.items()
            if b.kind == "main" and (ex := catalog.get(item.exercise)) and ex.pattern == "hinge"
        ]
        squat_days = [
            s.day
            for s in week.sessions
            for b, item in s.items()
            if b.kind == "main" and (ex := catalog.get(item.exercise)) and ex.pattern == "squat"
        ]
        assert hinge_days and squat_days
        assert hinge_days != squat_days


def test_foundation_template_uses_no_barbell(catalog: Catalog) -> None:
    program = _load(FOUNDATION, catalog)
    for week in program.weeks:
        for session in week.sessions:
            for _, item in session.items():
                exercise = catalog.get(item.exercise)
                assert exercise is not None
                assert not {"barbell", "trap-bar"} & set(exercise.equipment), exercise.id


def test_return_template_has_calm_check_ins(catalog: Catalog) -> None:
    program = _load(RETURN, catalog)
    assert len(program.checkins) >= 2
    assert any(c.pain == "doms" for c in program.checkins)
    for checkin in program.checkins:
        assert checkin.red_flags == []
        assert checkin.pain != "sharp"
        assert checkin.pain_score is not None and checkin.pain_score < 5
        assert program.start_date <= checkin.date <= program.end_date
        if checkin.after_exercise is not None:
            assert checkin.after_exercise in catalog
        if checkin.pain == "doms":
            assert checkin.onset == "next-day"
            assert checkin.eases_with_movement is True


def test_return_template_ends_with_the_way_on_to_the_strength_template(
    catalog: Catalog,
) -> None:
    comeback, strength = _load(RETURN, catalog), _load(STRENGTH, catalog)
    last = comeback.weeks[-1]
    assert strength.title in last.notes
    assert "next" in last.notes.lower()
    # The step is a small one: the return plan's last weeks already ramp into a trap-bar
    # deadlift, and the strength plan's first week starts at RPE 6.
    hinge = {item.exercise for s in last.sessions for _, item in s.items() if item.ramp}
    assert any("trap-bar" in exercise for exercise in hinge)
    first = strength.weeks[0]
    assert max(s.rpe or 0 for s in first.sessions) <= 6


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_templates_check_clean(name: str, catalog: Catalog) -> None:
    program = _load(name, catalog)
    findings = check_program(program, catalog.with_custom(program.exercises))
    assert [f"{f.code} {f.severity} week {f.week} {f.day}: {f.message}" for f in findings] == []
