"""Adjust the plan after a check-in: one undoable edit of the two weeks that follow it, and of
the weeks after them as far as they need it to rejoin the plan.

After soreness or strong pain the exercises involved get fewer sets first, then less load
(only where one set is left), and their loads are held at the check-in week's level, so the
next week raises nothing (CK604). The exercises involved include the harder catalog versions
(`progression`) the plan moves them on to within those weeks. After sharp pain the painful
exercise, and the ones CK602 treats like it, are swapped for the catalog's easier version
(`regression`); where there is none they are trimmed like the rest. Soreness after easy work
(a walk, a drill, a stretch) changes nothing: moving gently is what the guidance recommends;
a check-in naming no exercise is about the latest session with hard work in it.

What a clinician expects after a flare is that the athlete picks the program up again from the
eased level, not from where the plan would have been by then: two lighter weeks followed by
the plan's later week as written is a bigger jump than any week of the plan took. So the later
weeks of a trimmed exercise ease back in (`_Planner.eased_back`): each rises from the week it
is compared with by one variable at a time (a set first, the one that was cut, unless the plan
adds sets for the same muscles that week faster than PO108 allows; then reps or hold; then
load, by at most PO101's weekly guideline or one loadable step), a deload week rises by
nothing, and from the first normal week in which the plan as written is no higher, the plan
stands as written again. An exercise the plan progresses faster than the guideline is held
back to the end of the plan; the lines list every later week changed.

A change must not give the plan check anything new to say: the result is checked, and an edit
that adds a warning or an error anywhere (a muscle's sets rising, a deload no longer lighter)
is not offered. The candidates are tried from the fullest edit to the smallest, each first with
the later weeks eased back in, then without (when easing back in is what adds the warning):

1. the whole two weeks trimmed (or swapped);
2. the first week trimmed, the second held at the check-in week's sets and load (easing back
   in one variable at a time);
3. the first week only;
4. the first week's sets only, at the planned loads;
5. the first session only.

When none passes, nothing is changed and the lines say so ("no-clean-change"); when there is
nothing to take off (one set with no load, no easier version) that is said instead
("nothing-to-trim"). A check-in with an open red flag gets no adjustment at all: the plan is
not what needs changing.

The result is an `editing.ops.Composite` of `ReplaceItem`s (one undo step in the window, the
same edit applied by `planner-gui adjust`) and plain lines saying what changed, the later weeks
under a line of their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from planner_gui.domain.brand import SafetyWording
from planner_gui.domain.catalog import Catalog, catalog_for_plan
from planner_gui.domain.checker import check_program
from planner_gui.domain.checkins.history import (
    LOOKBACK_DAYS,
    PlannedSession,
    involved_exercises,
    like_the_painful,
    ordered,
    progressions_of,
    sessions_after,
    sessions_by_date,
)
from planner_gui.domain.checkins.triage import triage, urgency
from planner_gui.domain.editing.ops import Composite, Operation, ReplaceItem
from planner_gui.domain.editing.paths import ItemPath, item_at, session_label
from planner_gui.domain.editing.validation import EditRefused
from planner_gui.domain.findings import Finding
from planner_gui.domain.metrics import WORKING_BLOCKS, ExerciseWeek, program_metrics
from planner_gui.domain.models import CheckIn, Item, Program, Week
from planner_gui.domain.notation import format_number
from planner_gui.domain.rules.codes import EXERCISE_LOAD_RISE, HARD_SETS_RISE
from planner_gui.domain.rules.progression import NOT_HARD_SETS
from planner_gui.domain.rules.wording import above
from planner_gui.domain.units import (
    heaviest_loadable_at_most,
    load_equipment,
    next_load_up,
    round_load,
)
from planner_gui.domain.vocabulary import BLOCK_KINDS, DAY_NAMES

#: How far after the check-in the adjustment reaches, and where its first week ends.
WINDOW_DAYS = 14
FIRST_WEEK_DAYS = 7
#: What a load cut takes off where only one set is left to trim.
LOAD_CUT = 0.10
#: How many sets an exercise easing back into the plan gets back in a week.
SETS_BACK_PER_WEEK = 1

Outcome = Literal["changed", "nothing-to-do", "red-flag", "nothing-to-trim", "no-clean-change"]


@dataclass(frozen=True)
class Adjustment:
    """What adjusting after one check-in does: the edit (empty unless `changed`) and lines.

    `operation.apply(program)` makes the change and returns its inverse; `lines` say in plain
    words what changes (or why nothing does), for a preview, the status bar or the terminal.
    """

    checkin: CheckIn
    outcome: Outcome
    operation: Composite
    lines: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return self.outcome == "changed"


def checkin_on(program: Program, when: date) -> int | None:
    """The index of the check-in on `when`: of several, the most urgent (the later on ties)."""
    found = [(index, checkin) for index, checkin in ordered(program) if checkin.date == when]
    if not found:
        return None
    best = min(
        found,
        key=lambda pair: (urgency(triage(pair[1]).level), -pair[0]),
    )
    return best[0]


#: A proposed edit: the new item for each path, with what it says about the change.
Proposal = dict[ItemPath, tuple[Item, str]]


@dataclass(frozen=True)
class _Dose:
    """The check-in week's dose of an exercise, which the adjusted weeks must not pass."""

    sets: int | None
    load: float | None


@dataclass(frozen=True)
class _Top:
    """An exercise's highest sets, reps, hold and load in a week: what the week-over-week rules
    compare (a None is a dose the week does not have, which nothing is compared with)."""

    sets: int
    reps: int | None
    hold: int | None
    load: float | None


def _highest(values: Iterable[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return max(present) if present else None


def _top(week: Week, exercise_id: str) -> _Top | None:
    """The exercise's top dose in `week` over every block (as `metrics` counts it), or None."""
    items = [
        item
        for session in week.sessions
        for block in session.blocks
        for item in block.items
        if item.exercise == exercise_id
    ]
    if not items:
        return None
    reps = _highest(item.reps for item in items)
    hold = _highest(item.hold_s for item in items)
    return _Top(
        max(item.sets for item in items),
        None if reps is None else int(reps),
        None if hold is None else int(hold),
        _highest(item.load for item in items),
    )


def _rises(new: float | None, old: float | None) -> bool:
    return new is not None and old is not None and new > old + 1e-9


def _capped(item: Item, ceiling: _Top) -> Item:
    """`item` with nothing above `ceiling` (a None in the ceiling caps nothing)."""
    update: dict[str, object] = {}
    if item.sets > ceiling.sets:
        update["sets"] = ceiling.sets
    if _rises(item.reps, ceiling.reps):
        update["reps"] = ceiling.reps
    if _rises(item.hold_s, ceiling.hold):
        update["hold_s"] = ceiling.hold
    if _rises(item.load, ceiling.load):
        update["load"] = ceiling.load
    return item.model_copy(update=update) if update else item


def _base_week(program: Program, week: int) -> int | None:
    """The week `week` is compared with: the last week before it that is no deload and has
    sessions (the checker's comparisons; for a deload week, the week it must be lighter than)."""
    for index in range(week - 1, -1, -1):
        earlier = program.weeks[index]
        if not earlier.deload and earlier.sessions:
            return index
    return None


class _Planner:
    """Builds and checks the candidate edits for one check-in."""

    def __init__(self, program: Program, catalog: Catalog, checkin: CheckIn) -> None:
        self.program = program
        self.catalog = catalog_for_plan(catalog, program)
        self.checkin = checkin
        self.window = list(sessions_after(program, checkin.date, WINDOW_DAYS))
        self._metrics = program_metrics(program, self.catalog)
        self._calendar = sessions_by_date(program)
        offset = (checkin.date - program.start_date).days
        self._week = min(offset // 7, len(program.weeks) - 1) if offset >= 0 else None

    def name(self, exercise_id: str) -> str:
        return self.catalog.name_of(exercise_id)

    def hold(self, exercise_id: str) -> _Dose:
        """The exercise's top sets and load in the check-in's week (or the latest before)."""
        if self._week is None:
            return _Dose(None, None)
        stats: ExerciseWeek | None = None
        for index in range(self._week, -1, -1):
            stats = self._metrics.weeks[index].exercises.get(exercise_id)
            if stats is not None:
                break
        if stats is None:
            return _Dose(None, None)
        return _Dose(stats.top_sets, stats.top_load)

    def light(self, exercise_id: str) -> bool:
        """Whether the exercise is easy work (a drill, a stretch, steady conditioning such as a
        walk): no hard sets, the kind of movement the guidance recommends for soreness."""
        exercise = self.catalog.get(exercise_id)
        return exercise is not None and exercise.category in NOT_HARD_SETS

    def hard_work_before(self) -> list[str]:
        """For a check-in naming no exercise: the working exercises of the latest session up to
        LOOKBACK_DAYS before it with hard work in it, easy work left out (soreness on the day
        of a walk comes from the lifting the day before, not from the walk)."""
        earliest = self.checkin.date - timedelta(days=LOOKBACK_DAYS)
        found: list[str] = []
        for planned in self._calendar:
            if planned.date > self.checkin.date:
                break
            if planned.date < earliest:
                continue
            hard = [
                item.exercise
                for block in planned.session.blocks
                if block.kind in WORKING_BLOCKS
                for item in block.items
                if not self.light(item.exercise)
            ]
            if hard:
                found = list(dict.fromkeys(hard))
        return found

    def planned_soon(self, exercises: list[str]) -> bool:
        """Whether any of `exercises` is in the window outside a deload week."""
        chosen = set(exercises)
        return any(
            not self.program.weeks[planned.week].deload
            for planned, _, _ in self.occurrences(lambda kind, exercise_id: exercise_id in chosen)
        )

    # -- the items the edit touches ---------------------------------------------------------

    def occurrences(
        self, wanted: Callable[[str, str], bool], days: int = WINDOW_DAYS
    ) -> list[tuple[PlannedSession, ItemPath, Item]]:
        """Items of the window's first `days` days passing `wanted(block kind, exercise)`."""
        found: list[tuple[PlannedSession, ItemPath, Item]] = []
        for planned in self.window:
            if (planned.date - self.checkin.date).days > days:
                continue
            for block in planned.session.blocks:
                for row, item in enumerate(block.items):
                    if wanted(block.kind, item.exercise):
                        path = ItemPath(planned.week, planned.position, block.kind, row)
                        found.append((planned, path, item))
        return found

    # -- the changes made to one item --------------------------------------------------------

    def cut_load(self, exercise_id: str, load: float) -> float:
        """About LOAD_CUT less, on a load the equipment allows."""
        exercise = self.catalog.get(exercise_id)
        kind = load_equipment(exercise.equipment) if exercise is not None else None
        target = load * (1 - LOAD_CUT)
        steps: dict[str, float] = {kind: step for kind, step in self.program.load_steps.items()}
        lighter = heaviest_loadable_at_most(target, kind, self.program.units, steps)
        if not 0 < lighter < load:
            lighter = round_load(target, self.program.units)
        return lighter

    def step_up(self, exercise_id: str, load: float) -> float:
        """The most a load may rise to in a week: PO101's guideline, or one loadable step where
        the smallest step is bigger than that (the next kettlebell)."""
        exercise = self.catalog.get(exercise_id)
        kind = load_equipment(exercise.equipment) if exercise is not None else None
        steps: dict[str, float] = {kind: step for kind, step in self.program.load_steps.items()}
        limit = EXERCISE_LOAD_RISE.settings(self.program.rules).limit_pct
        units = self.program.units
        within = heaviest_loadable_at_most(load * (1 + limit / 100), kind, units, steps)
        return max(within, next_load_up(load, kind, units, steps), load)

    def ceiling(self, exercise_id: str, base: _Top, planned: _Top, deload: bool) -> _Top:
        """The most a week may hold of an exercise easing back in after `base`, its dose in the
        week compared with: nothing more in a deload week; otherwise one variable may rise (a
        set back first, then reps, then hold, then load within the guideline)."""
        if deload:
            return base
        if planned.sets > base.sets:
            sets = min(planned.sets, base.sets + SETS_BACK_PER_WEEK)
            return _Top(sets, base.reps, base.hold, base.load)
        if _rises(planned.reps, base.reps):
            return _Top(base.sets, planned.reps, base.hold, base.load)
        if _rises(planned.hold, base.hold):
            return _Top(base.sets, base.reps, planned.hold, base.load)
        if planned.load is not None and base.load and _rises(planned.load, base.load):
            raised = min(planned.load, self.step_up(exercise_id, base.load))
            return _Top(base.sets, base.reps, base.hold, raised)
        return planned

    def held(self, item: Item) -> Item:
        """No more sets or load than in the check-in's week."""
        dose = self.hold(item.exercise)
        update: dict[str, object] = {}
        if dose.sets is not None and item.sets > dose.sets:
            update["sets"] = dose.sets
        if dose.load is not None and item.load is not None and item.load > dose.load:
            update["load"] = dose.load
        return item.model_copy(update=update) if update else item

    def trimmed(self, item: Item, *, hold: bool = True) -> Item:
        """A set fewer (held first, when `hold`); with one set left, less load instead."""
        base = self.held(item) if hold else item
        if base.sets >= 2:
            return base.model_copy(update={"sets": base.sets - 1})
        if base.load:
            return base.model_copy(update={"load": self.cut_load(base.exercise, base.load)})
        return base

    def swapped(self, item: Item) -> Item | None:
        """The item as its catalog regression, or None when it has none."""
        exercise = self.catalog.get(item.exercise)
        easier = self.catalog.get(exercise.regression) if exercise and exercise.regression else None
        if exercise is None or easier is None:
            return None
        reported = self.checkin.date.isoformat()
        choose = "choose a load that stays pain-free" if easier.loaded else "keep it pain-free"
        note = f"In place of {exercise.name} after sharp pain on {reported}: {choose}."
        if easier.dose == exercise.dose:
            return item.model_copy(
                update={"exercise": easier.id, "load": None, "ramp": [], "note": note}
            )
        defaults = easier.defaults
        return Item(
            exercise=easier.id,
            sets=min(item.sets, defaults.sets) if item.sets else defaults.sets,
            reps=defaults.reps,
            hold_s=defaults.hold_s,
            time_s=defaults.time_s,
            distance_m=defaults.distance_m,
            per_side=defaults.per_side,
            rest_s=item.rest_s if item.rest_s is not None else defaults.rest_s,
            rpe=item.rpe,
            note=note,
        )

    def said(self, old: Item, new: Item) -> str:
        """What changed in one item, in words ("Deadlift: 3 → 2 sets, load 105 → 100 kg"): its
        sets, reps, hold and load, the only doses an adjustment changes."""
        units = self.program.units
        if new.exercise != old.exercise:
            easier = self.catalog.get(new.exercise)
            choose = easier is not None and easier.loaded and new.load is None
            load = " (no load set: choose one that stays pain-free)" if choose else ""
            return f"{self.name(old.exercise)} swapped for {self.name(new.exercise)}{load}"
        parts: list[str] = []
        if new.sets != old.sets:
            parts.append(f"{old.sets} → {new.sets} set{'' if new.sets == 1 else 's'}")
        if new.reps != old.reps and old.reps is not None and new.reps is not None:
            parts.append(f"{old.reps} → {new.reps} reps")
        if new.hold_s != old.hold_s and old.hold_s is not None and new.hold_s is not None:
            parts.append(f"hold {old.hold_s} → {new.hold_s} s")
        if new.load != old.load and old.load is not None and new.load is not None:
            parts.append(f"load {format_number(old.load)} → {format_number(new.load)} {units}")
        return f"{self.name(old.exercise)}: {', '.join(parts)}"

    # -- the weeks after: easing back into the plan ------------------------------------------

    def eased_back(self, proposal: Proposal) -> Proposal:
        """The later items of each exercise `proposal` trims, held back so that the plan picks
        up again from the eased level without a jump (see the module docstring); empty when
        the plan as written needs nothing of that. Swapped items need nothing: the exercise
        they replace comes back after a week without it, which nothing compares with."""
        trial = self.program.model_copy(deep=True)
        _operation(proposal, "").apply(trial)
        when = {(planned.week, planned.position): planned.date for planned in self._calendar}
        last: dict[str, tuple[date, int]] = {}
        for path, (new, _) in proposal.items():
            old = item_at(self.program, path)
            if new.exercise != old.exercise:
                continue
            edited = (when[(path.week, path.session)], path.week)
            last[old.exercise] = max(edited, last.get(old.exercise, edited))
        tail: Proposal = {}
        for exercise_id, (after, week) in last.items():
            self._ease_back(trial, exercise_id, after, week, tail)
        return tail

    def _ease_back(
        self, trial: Program, exercise_id: str, after: date, first_week: int, tail: Proposal
    ) -> None:
        """Cap `exercise_id`'s items after `after`, week by week, in `trial` and `tail`, until
        a normal week holds it as the plan does."""
        for week in range(first_week, len(trial.weeks)):
            entries = [
                (ItemPath(planned.week, planned.position, block.kind, row), item)
                for planned in self._calendar
                if planned.week == week and planned.date > after
                for block in trial.weeks[week].sessions[planned.position].blocks
                for row, item in enumerate(block.items)
                if item.exercise == exercise_id
            ]
            if not entries:
                continue
            base_week = _base_week(trial, week)
            base = None if base_week is None else _top(trial.weeks[base_week], exercise_id)
            planned = _top(trial.weeks[week], exercise_id)
            if base is None or planned is None:
                return  # nothing compares this week with an earlier one: the plan stands
            deload = trial.weeks[week].deload
            ceiling = self.ceiling(exercise_id, base, planned, deload)
            if ceiling.sets > base.sets and self._sets_jump(
                trial, base_week, week, exercise_id, entries, ceiling
            ):
                # The plan adds sets for these muscles elsewhere this week: the set comes
                # back a week later, and something else may rise now instead.
                ceiling = self.ceiling(exercise_id, base, replace(planned, sets=base.sets), deload)
            for path, item in entries:
                new = _capped(item, ceiling)
                if new != item:
                    trial.weeks[week].sessions[path.session].blocks[
                        _block_index(trial, path)
                    ].items[path.row] = new
                    tail[path] = (new, self.said(item, new))
            if not deload and _top(trial.weeks[week], exercise_id) == _top(
                self.program.weeks[week], exercise_id
            ):
                return

    def hard_sets(self, week: Week) -> Counter[str]:
        """A week's hard sets per muscle, as PO108 counts them."""
        sets: Counter[str] = Counter()
        for session in week.sessions:
            for block in session.blocks:
                if block.kind not in WORKING_BLOCKS:
                    continue
                for item in block.items:
                    exercise = self.catalog.get(item.exercise)
                    if exercise is None or exercise.category in NOT_HARD_SETS:
                        continue
                    for muscle in exercise.muscles:
                        sets[muscle] += item.sets
        return sets

    def _sets_jump(
        self,
        trial: Program,
        base_week: int | None,
        week: int,
        exercise_id: str,
        entries: list[tuple[ItemPath, Item]],
        ceiling: _Top,
    ) -> bool:
        """Whether `ceiling` on `entries` makes the exercise's muscles' hard sets in `week`
        rise faster than PO108's guideline from `base_week`."""
        exercise = self.catalog.get(exercise_id)
        if base_week is None or exercise is None:
            return False
        settings = HARD_SETS_RISE.settings(self.program.rules)
        capped = trial.weeks[week].model_copy(deep=True)
        for path, item in entries:
            block = capped.sessions[path.session].block(path.block)
            if block is not None:
                block.items[path.row] = _capped(item, ceiling)
        before, after = self.hard_sets(trial.weeks[base_week]), self.hard_sets(capped)
        for muscle in exercise.muscles:
            old, new = before[muscle], after[muscle]
            if (
                old
                and not above(settings.min_sets, new - old)
                and above((new - old) / old * 100, settings.limit_pct)
            ):
                return True
        return False

    # -- candidates ----------------------------------------------------------------------

    def proposal(
        self,
        entries: Iterable[tuple[PlannedSession, ItemPath, Item]],
        change: Callable[[Item], Item | None],
    ) -> Proposal:
        made: Proposal = {}
        for _planned, path, item in entries:
            new = change(item)
            if new is None or new == item:
                continue
            made[path] = (new, self.said(item, new))
        return made

    def trim_candidates(self, exercises: list[str]) -> list[Proposal]:
        # The harder versions the plan moves an exercise on to are the same work for this.
        chosen = set(exercises) | {
            harder
            for exercise_id in exercises
            for harder in progressions_of(self.catalog, exercise_id)
        }

        def wanted(kind: str, exercise_id: str) -> bool:
            return exercise_id in chosen

        # A deload week is lighter already; trimming it again changes nothing that matters.
        whole = [e for e in self.occurrences(wanted) if not self.program.weeks[e[0].week].deload]
        first = [e for e in whole if (e[0].date - self.checkin.date).days <= FIRST_WEEK_DAYS]
        early = {path for _, path, _ in first}
        second = [entry for entry in whole if entry[1] not in early]
        first_session = [entry for entry in first if entry[0] is first[0][0]] if first else []
        return [
            self.proposal(whole, self.trimmed),
            self.proposal(first, self.trimmed) | self.proposal(second, self.held),
            self.proposal(first, self.trimmed),
            self.proposal(first, lambda item: self.trimmed(item, hold=False)),
            self.proposal(first_session, self.trimmed),
        ]

    def swap_candidates(self, painful: str) -> list[Proposal]:
        alike = like_the_painful(self.catalog, painful)

        def kept(kind: str, exercise_id: str) -> bool:
            return exercise_id == painful or (kind != "warmup" and exercise_id in alike)

        def same(kind: str, exercise_id: str) -> bool:
            return exercise_id == painful

        def swap_or_trim(item: Item) -> Item:
            return self.swapped(item) or self.trimmed(item)

        return [
            self.proposal(self.occurrences(kept), swap_or_trim),
            self.proposal(self.occurrences(same), swap_or_trim),
            self.proposal(self.occurrences(same, FIRST_WEEK_DAYS), swap_or_trim),
        ]


def _block_index(program: Program, path: ItemPath) -> int:
    blocks = program.weeks[path.week].sessions[path.session].blocks
    return next(index for index, block in enumerate(blocks) if block.kind == path.block)


def _serious(findings: Iterable[Finding]) -> Counter[tuple[object, ...]]:
    """Warnings and errors, by what they are about rather than their exact row (trimming one
    session can move a finding's pointer to another item of the same exercise)."""
    return Counter(_key(f) for f in findings if f.severity != "info")


def _key(finding: Finding) -> tuple[object, ...]:
    return (finding.code, finding.severity, finding.week, finding.exercise or finding.day)


def _operation(proposal: Proposal, text: str) -> Composite:
    operations: tuple[Operation, ...] = tuple(
        ReplaceItem(path, item) for path, (item, _) in proposal.items()
    )
    return Composite(operations, text)


def _names(exercises: list[str], name_of: Callable[[str], str]) -> str:
    names = [name_of(exercise_id) for exercise_id in exercises]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _why(checkin: CheckIn, name_of: Callable[[str], str]) -> str:
    after = f" after {name_of(checkin.after_exercise)}" if checkin.after_exercise else ""
    score = f", {checkin.pain_score}/10" if checkin.pain_score is not None else ""
    kind = "sharp pain" if checkin.pain == "sharp" else "soreness"
    return f"{kind}{after}{score}"


def adjust_after_checkin(
    program: Program, catalog: Catalog, index: int, wording: SafetyWording | None = None
) -> Adjustment:
    """The edit of the two weeks after the check-in `program.checkins[index]`.

    Nothing is changed here: apply `operation` to make the change. `catalog` is the bundled
    catalog (the plan's custom exercises are added); `wording` is the brand's, whose call a
    red flag's refusal repeats.
    """
    checkin = program.checkins[index]
    planner = _Planner(program, catalog, checkin)
    reported = checkin.date.isoformat()
    text = f"Adjust plan after the check-in of {reported}"

    def nothing(outcome: Outcome, *lines: str) -> Adjustment:
        return Adjustment(checkin, outcome, Composite((), text), lines)

    if checkin.red_flags and not checkin.cleared:
        guidance = triage(checkin, name_of=planner.name, wording=wording)
        return nothing(
            "red-flag",
            f"The check-in of {reported} reports a red flag: {guidance.headline}",
            "No change to the plan stands in for that. Every later session stays an error in "
            "the plan check until a check-in records that a clinician has cleared training.",
        )
    if checkin.pain == "none":
        return nothing("nothing-to-do", f"No pain was reported on {reported}: nothing to adjust.")
    if not planner.window:
        return nothing(
            "nothing-to-do",
            f"No sessions are planned in the {WINDOW_DAYS} days after {reported}: nothing to "
            "adjust.",
        )
    painful = checkin.after_exercise
    candidates: list[Proposal] = []
    if checkin.pain == "sharp" and painful:
        candidates += planner.swap_candidates(painful)
        exercises = [painful]
    elif painful:
        exercises = [painful]
    else:
        exercises = planner.hard_work_before() or involved_exercises(program, checkin)
    if not exercises:
        return nothing(
            "nothing-to-do",
            f"The check-in of {reported} names no exercise and no session comes just before "
            "it: name the exercise to adjust the plan.",
        )
    if checkin.pain == "doms" and all(planner.light(e) for e in exercises):
        return nothing(
            "nothing-to-do",
            f"Soreness after {_names(exercises, planner.name)}: easy work like this is part of "
            "what helps soreness settle, so the plan keeps it as it is; nothing to adjust.",
        )
    candidates += planner.trim_candidates(exercises)
    if not any(candidates):
        names = _names(exercises, planner.name)
        if not planner.planned_soon(exercises):
            return nothing(
                "nothing-to-do",
                f"{names} is not planned in the {WINDOW_DAYS} days after {reported} outside a "
                "deload week (which is lighter already): nothing to adjust.",
            )
        return nothing(
            "nothing-to-trim",
            f"No change made after the check-in of {reported} ({_why(checkin, planner.name)}): "
            f"{names} is already at one set with no load, so there is nothing to take off, "
            "and the catalog has no easier version of it.",
            "Leave it out or shorten it by hand until the pain settles, with your coach or physio.",
        )
    before = _serious(check_program(program, planner.catalog))
    blocker: Finding | None = None
    for proposal, later in _with_later_weeks(planner, candidates):
        operation = _operation(proposal | later, text)
        trial = program.model_copy(deep=True)
        try:
            operation.apply(trial)
        except EditRefused:
            continue
        findings = check_program(trial, planner.catalog)
        added = _serious(findings) - before
        if not added:
            lines = _lines(program, checkin, planner, proposal, later)
            return Adjustment(checkin, "changed", operation, lines)
        if blocker is None:
            blocker = next(f for f in findings if f.severity != "info" and _key(f) in added)
    because = "."
    if blocker is not None:
        where = f" in week {blocker.week}" if blocker.week is not None else ""
        because = f"; the fullest would add {blocker.code}{where}: {blocker.message}"
    return nothing(
        "no-clean-change",
        f"No change made after the check-in of {reported} ({_why(checkin, planner.name)}): "
        f"every adjustment tried would add a warning to the plan check{because}",
        "Ease off those exercises by hand, with your coach or physio.",
    )


def _with_later_weeks(
    planner: _Planner, candidates: Iterable[Proposal]
) -> Iterator[tuple[Proposal, Proposal]]:
    """Each non-empty candidate with its later weeks eased back in, then (when that differs)
    on its own."""
    for proposal in candidates:
        if not proposal:
            continue
        later = planner.eased_back(proposal)
        yield proposal, later
        if later:
            yield proposal, {}


def _sorted_paths(proposal: Proposal) -> list[ItemPath]:
    return sorted(proposal, key=lambda p: (p.week, p.session, BLOCK_KINDS.index(p.block), p.row))


def _lines(
    program: Program, checkin: CheckIn, planner: _Planner, proposal: Proposal, later: Proposal
) -> tuple[str, ...]:
    reported = checkin.date.isoformat()

    def line(path: ItemPath, said: str) -> str:
        session = program.weeks[path.week].sessions[path.session]
        place = f"week {path.week + 1} · {DAY_NAMES[session.day][:3]} · {session_label(session)}"
        return f"{place}: {said}."

    lines = [
        f"After the check-in of {reported} ({_why(checkin, planner.name)}), the next "
        f"{WINDOW_DAYS} days change:"
    ]
    lines += [line(path, proposal[path][1]) for path in _sorted_paths(proposal)]
    if later:
        limit = EXERCISE_LOAD_RISE.settings(program.rules).limit_pct
        lines.append(
            "Later sessions pick up from there instead of jumping back to the plan (one "
            f"change a week, loads up at most {format_number(limit)} % or one step), until "
            "the plan as written is no higher:"
        )
        lines += [line(path, later[path][1]) for path in _sorted_paths(later)]
    lines.append("The plan check finds nothing new after the change.")
    return tuple(lines)
