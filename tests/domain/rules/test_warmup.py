"""WU301–WU303: warm-up before loaded work, no static holds in it, rehearse hinges and squats."""

from __future__ import annotations

from typing import Any

from planner_gui.domain.catalog import bundled_catalog
from tests.support.plans import PlanBuilder


def test_wu301_loaded_session_without_warmup(make: PlanBuilder) -> None:
    loaded = make.session("mon", "Lower A", warmup=[], main=[make.item("deadlift", load=80)])
    [finding] = make.check(make.plan(make.week(loaded)), "WU301")
    assert (finding.week, finding.day, finding.session, finding.block) == (
        1,
        "mon",
        "Lower A",
        None,
    )
    assert finding.session_index == 0
    assert "Lower A has loaded work (Deadlift) but no warm-up" in finding.message


def test_wu301_passes_unloaded_sessions_and_warmed_up_ones(make: PlanBuilder) -> None:
    mobility_only = make.session("mon", warmup=[], main=[make.item("bird-dog")])
    warmed = make.session("wed", main=[make.item("deadlift", load=80)])
    assert make.check(make.plan(make.week(mobility_only, warmed)), "WU301") == []


def test_wu302_static_stretch_in_warmup(make: PlanBuilder) -> None:
    warmup = [make.item("leg-swing", 1, reps=10), make.item("hip-flexor-stretch", 1, hold_s=30)]
    [finding] = make.check(make.plan(make.week(make.session("mon", warmup=warmup))), "WU302")
    assert (finding.block, finding.item_index, finding.exercise) == (
        "warmup",
        1,
        "hip-flexor-stretch",
    )
    assert "Hip flexor stretch is a static stretch in the warm-up" in finding.message
    # the same stretch in the mobility block is where it belongs
    assert make.check(make.plan(make.week(make.session("mon"))), "WU302") == []


def test_wu303_main_hinge_without_hinge_in_warmup(make: PlanBuilder) -> None:
    warmup = [make.item("leg-swing", 1, reps=10), make.item("bodyweight-squat", 1, reps=10)]
    session = make.session(
        "mon",
        warmup=warmup,
        main=[make.item("back-squat", load=60), make.item("deadlift", load=80)],
    )
    [finding] = make.check(make.plan(make.week(session)), "WU303")
    assert (finding.severity, finding.exercise, finding.item_index) == ("info", "deadlift", 1)
    assert "Deadlift is a hinge, but the warm-up has no hinge drill" in finding.message
    rehearsed = make.session("mon", main=[make.item("deadlift", load=80)])
    assert make.check(make.plan(make.week(rehearsed)), "WU303") == []


def test_wu303_ramp_up_sets_of_the_lift_rehearse_its_pattern(make: PlanBuilder) -> None:
    warmup = [make.item("leg-swing", 1, reps=10), make.item("bodyweight-squat", 1, reps=10)]
    ramp = [{"pct": 40, "reps": 5}, {"pct": 70, "reps": 3}]
    session = make.session("mon", warmup=warmup, main=[make.item("deadlift", load=80, ramp=ramp)])
    assert make.check(make.plan(make.week(session)), "WU303") == []
    # A later hinge's ramp does not make the first hinge of the session any lighter.
    later = make.session(
        "mon",
        warmup=warmup,
        main=[make.item("deadlift", load=80), make.item("romanian-deadlift", load=60, ramp=ramp)],
    )
    [finding] = make.check(make.plan(make.week(later)), "WU303")
    assert finding.exercise == "deadlift"
    # A body-weight squat or hinge in the main block is its own rehearsal.
    unloaded = make.session("mon", warmup=warmup[:1], main=[make.item("bodyweight-squat", 3)])
    assert make.check(make.plan(make.week(unloaded)), "WU303") == []
    # The suggestion needs no equipment the patient may not have.
    assert "bodyweight hip hinges, or ramp-up sets of Deadlift itself" in finding.message


# -- Issue 10: WU302 warns only on long holds ------------------------------------------------


def _warmup_check(make: PlanBuilder, *stretches: dict[str, Any]) -> list[Any]:
    warmup = [make.item("leg-swing", 1, reps=10), *stretches]
    return make.check(make.plan(make.week(make.session("mon", warmup=warmup))), "WU302")


def test_wu302_one_short_stretch_is_only_a_note(make: PlanBuilder) -> None:
    [finding] = _warmup_check(make, make.item("hip-flexor-stretch", 1, hold_s=20))
    assert finding.severity == "info"
    assert finding.message == (
        "Hip flexor stretch is a static stretch in the warm-up, a short one (20 s in all for "
        "the hip flexors); holds this short cost next to nothing, but a dynamic move warms up "
        "better and longer holds belong in the cool-down."
    )
    # per side: each side holds 30 s, not 60
    [finding] = _warmup_check(make, make.item("hip-flexor-stretch", 1, hold_s=30, per_side=True))
    assert finding.severity == "info" and "(30 s in all" in finding.message


def test_wu302_warns_from_60_s_of_holds_for_one_muscle(make: PlanBuilder) -> None:
    [finding] = _warmup_check(make, make.item("hip-flexor-stretch", 2, hold_s=30))
    assert finding.severity == "warning"
    assert finding.message == (
        "Hip flexor stretch is a static stretch in the warm-up, and the warm-up's static holds "
        "add up to 60 s for the hip flexors; the guideline is under 60 s before lifting, as "
        "long holds can sap a little strength: move it to the cool-down and use a dynamic move "
        "here instead."
    )
    near = _warmup_check(make, make.item("hip-flexor-stretch", 1, hold_s=59))
    assert [f.severity for f in near] == ["info"]


def test_wu302_adds_holds_per_muscle_across_stretches(make: PlanBuilder) -> None:
    calf = make.item("calf-stretch", 1, hold_s=30)
    hips = make.item("hip-flexor-stretch", 1, hold_s=30)
    # 30 s for the calves and 30 s for the hip flexors: two short holds
    assert [f.severity for f in _warmup_check(make, calf, hips)] == ["info", "info"]
    # 30 s + 30 s for the hip flexors: both are part of a minute of holds
    found = _warmup_check(make, hips, dict(hips))
    assert [(f.severity, f.item_index) for f in found] == [("warning", 1), ("warning", 2)]
    tuned = make.plan(
        make.week(make.session("mon", warmup=[hips])), rules={"WU302": {"warn_total_s": 30}}
    )
    assert [f.severity for f in make.check(tuned, "WU302")] == ["warning"]


# -- Issue 10: WU304 ramp-up sets before a heavy first set -----------------------------------


def _bench_weeks(make: PlanBuilder, *loads: float, **extra: Any) -> Any:
    return make.plan(
        *[
            make.week(make.session("wed", "Upper", main=[make.item("bench-press", load=load)]))
            for load in loads
        ],
        **extra,
    )


def test_wu304_heavy_first_set_without_ramp_or_rehearsal(make: PlanBuilder) -> None:
    [finding] = make.check(_bench_weeks(make, 40), "WU304")
    assert (finding.severity, finding.block, finding.item_index, finding.exercise) == (
        "info",
        "main",
        0,
        "bench-press",
    )
    assert finding.message == (
        "Bench press starts at 40 kg (100 % of its heaviest in the plan) with no ramp-up sets, "
        "and the warm-up has no push work; the guideline is to ramp into working weights in "
        "smaller jumps: add ramp-up sets first, e.g. 5 reps at 16 kg, 3 at 24 kg and 2 at "
        "32 kg."
    )
    # Worded as reps at a load: "16 × 5, 24 × 3" read as sets × reps to a patient.
    assert " × " not in finding.message.split("e.g.")[1]


def test_wu304_near_misses(make: PlanBuilder) -> None:
    # Below 70 % of the heaviest load in the plan: week 1's 27.5 kg is 68.75 % of 40 kg.
    assert [f.week for f in make.check(_bench_weeks(make, 27.5, 40), "WU304")] == [2]
    assert [f.week for f in make.check(_bench_weeks(make, 28, 40), "WU304")] == [1, 2]
    # With ramp-up sets
    ramped = make.item("bench-press", load=40, ramp=[{"pct": 50, "reps": 5}])
    week = make.week(make.session("wed", main=[ramped, make.item("bench-press", load=40)]))
    assert make.check(make.plan(week), "WU304") == []  # the second bench item is not first
    # With a push drill in the warm-up (a light bench set counts)
    warmup = [make.item("leg-swing", 1, reps=10), make.item("bench-press", 1, reps=10)]
    week = make.week(make.session("wed", warmup=warmup, main=[make.item("bench-press", load=40)]))
    assert make.check(make.plan(week), "WU304") == []
    # A timed or distance item is not ramped in reps
    held = make.week(make.session("wed", main=[make.item("plank", hold_s=30, load=10)]))
    assert make.check(make.plan(held), "WU304") == []
    # Light in absolute terms: under 20 kg the warm-up and the set's first reps are the ramp.
    assert make.check(_bench_weeks(make, 17.5), "WU304") == []
    assert make.check(_bench_weeks(make, 15, 17.5), "WU304") == []
    assert len(make.check(_bench_weeks(make, 17.5, rules={"WU304": {"from_kg": 15}}), "WU304"))
    assert make.check(_bench_weeks(make, 40, units="lb"), "WU304") == []
    assert len(make.check(_bench_weeks(make, 95, units="lb"), "WU304")) == 1
    tuned = _bench_weeks(make, 27.5, 40, rules={"WU304": {"heavy_pct": 60}})
    assert [f.week for f in make.check(tuned, "WU304")] == [1, 2]


def test_wu304_asks_nothing_lighter_than_an_empty_bar(make: PlanBuilder) -> None:
    bundled = PlanBuilder()
    bundled.catalog = bundled_catalog()  # the real barbell bench press loads on a 20 kg bar
    for load, units, expected in ((20, "kg", 0), (22.5, "kg", 1), (45, "lb", 0), (50, "lb", 1)):
        plan = _bench_weeks(bundled, load, units=units)
        assert len(bundled.check(plan, "WU304")) == expected, (load, units)
    [finding] = bundled.check(_bench_weeks(bundled, 25), "WU304")
    assert finding.message.endswith("add ramp-up sets first, e.g. 5 reps at 20 kg.")


def test_wu304_leaves_unrehearsed_hinges_and_squats_to_wu303(make: PlanBuilder) -> None:
    warmup = [make.item("leg-swing", 1, reps=10)]
    session = make.session("mon", warmup=warmup, main=[make.item("deadlift", load=80)])
    program = make.plan(make.week(session))
    found = [(f.code, f.exercise) for f in make.check(program) if f.code.startswith("WU")]
    assert found == [("WU303", "deadlift")]  # one note for the item, not two
    alone = make.plan(make.week(session), rules={"WU303": {"enabled": False}})
    [finding] = make.check(alone, "WU304")
    assert finding.exercise == "deadlift" and "the warm-up has no hinge work" in finding.message
    # Without any warm-up WU303 says nothing (WU301 asks for a warm-up), so WU304 notes it.
    bare = make.plan(
        make.week(make.session("mon", warmup=[], main=[make.item("deadlift", load=80)]))
    )
    assert [f.code for f in make.check(bare) if f.code.startswith("WU")] == ["WU301", "WU304"]


# -- WU305 ramp-up sets too light to load or to matter ----------------------------------------


def _ramped_press(
    load: float | None, *ramp: tuple[int, int], **extra: Any
) -> tuple[PlanBuilder, Any]:
    """A plan with one 12 kg dumbbell bench press (bundled catalog: 2 kg dumbbell steps)
    ramped by `ramp` (pct, reps), and the builder that checks it."""
    bundled = PlanBuilder()
    bundled.catalog = bundled_catalog()
    item = bundled.item(
        "dumbbell-bench-press",
        load=load,
        ramp=[{"pct": share, "reps": reps} for share, reps in ramp],
    )
    week = bundled.week(bundled.session("wed", "Upper", main=[item]))
    return bundled, bundled.plan(week, **extra)


def test_wu305_a_ramp_written_in_kilos_where_percent_was_meant(make: PlanBuilder) -> None:
    """The review's file: "5x5, 8x3" meaning kg, stored as 5 % and 8 % of 12 kg dumbbells,
    printed as 0 × 5, 0 × 3 with no finding."""
    bundled, plan = _ramped_press(12, (5, 5), (8, 3))
    [finding] = bundled.check(plan, "WU305")
    assert (finding.severity, finding.block, finding.item_index, finding.exercise) == (
        "warning",
        "main",
        0,
        "dumbbell-bench-press",
    )
    assert finding.message == (
        "Dumbbell bench press has ramp-up sets too light to load or to matter at its working "
        "12 kg: 5 % × 5 rounds to 0 kg at dumbbell steps of 2 kg and 8 % × 3 rounds to 0 kg "
        "at dumbbell steps of 2 kg. Ramp-up sets are a percentage of the working load, not "
        "loads: start them around 40 % (40 % × 5, 60 % × 3, 80 % × 2)."
    )
    # Below 30 % but loadable (20 % of 40 kg is 8 kg): still a warning, worded so.
    bundled, plan = _ramped_press(40, (20, 5), (60, 3))
    [finding] = bundled.check(plan, "WU305")
    assert "at its working 40 kg: 20 % × 5 is below 30 %." in finding.message
    # Without a working load only the share can be judged.
    bundled, plan = _ramped_press(None, (10, 5), (60, 3))
    [finding] = bundled.check(plan, "WU305")
    assert "at its working load: 10 % × 5 is below 30 %." in finding.message


def test_wu305_near_misses(make: PlanBuilder) -> None:
    # 30 % is not below 30 %, and 30 % of 12 kg (3.6 kg) loads as a 4 kg dumbbell.
    bundled, plan = _ramped_press(12, (30, 5), (60, 3))
    assert bundled.check(plan, "WU305") == []
    # The standard ramp, no ramp at all, a plan's 1 kg dumbbell steps, a lower threshold.
    assert bundled.check(_ramped_press(12, (40, 5), (60, 3), (80, 2))[1], "WU305") == []
    assert bundled.check(_ramped_press(12)[1], "WU305") == []
    # 5 % of 12 kg is 0.6 kg: a 1 kg dumbbell where the plan says its gym has 1 kg steps.
    plan = _ramped_press(12, (5, 5), (60, 3), rules={"WU305": {"min_pct": 5}})[1]
    assert [f.code for f in bundled.check(plan, "WU305")] == ["WU305"]
    stepped = plan.model_copy(update={"load_steps": {"dumbbell": 1.0}})
    assert bundled.check(stepped, "WU305") == []
    # A barbell never rounds below its empty bar: 10 % of 100 kg loads as 20 kg, and is light.
    barbell = make.plan(
        make.week(
            make.session(
                "wed", main=[make.item("bench-press", load=100, ramp=[{"pct": 35, "reps": 5}])]
            )
        )
    )
    assert make.check(barbell, "WU305") == []


def test_wu305_repeated_sessions_each_get_the_finding_and_edits_are_seen(
    make: PlanBuilder,
) -> None:
    """WU305 reads each distinct session once and reuses its findings for equal ones: every
    repeat still gets its own finding at its own place, a session without ramps none, and a
    ramp edited in place on one week changes that week's finding alone on the next check."""
    bundled = PlanBuilder()
    bundled.catalog = bundled_catalog()

    def press_week() -> Any:
        light = [{"pct": 5, "reps": 5}, {"pct": 60, "reps": 3}]
        ramped = bundled.session(
            "wed",
            "Upper",
            main=[
                bundled.item("dumbbell-bench-press", load=20),
                bundled.item("dumbbell-bench-press", load=12, ramp=light),
            ],
        )
        return bundled.week(bundled.session("mon", "Plain"), ramped)

    plan = bundled.plan(press_week(), press_week(), press_week())
    found = bundled.check(plan, "WU305")
    assert [(f.week, f.day, f.session_index, f.block, f.item_index) for f in found] == [
        (week, "wed", 1, "main", 1) for week in (1, 2, 3)
    ]
    main = plan.weeks[1].sessions[1].block("main")
    assert main is not None
    item = main.items[1]
    assert item.exercise == "dumbbell-bench-press"
    item.ramp = [item.ramp[1]]  # the mutated model, as the editor changes it
    assert [f.week for f in bundled.check(plan, "WU305")] == [1, 3]
