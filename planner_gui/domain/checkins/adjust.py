"""Adjust the plan after a check-in: one undoable edit of the two weeks that follow it.

After soreness or strong pain the exercises involved get fewer sets first, then less load
(only where one set is left), and their loads are held at the check-in week's level, so the
next week raises nothing (CK604). After sharp pain the painful exercise, and the ones CK602
treats like it, are swapped for the catalog's easier version (`regression`); where there is
none they are trimmed like the rest.

A change must not give the plan check anything new to say: the result is checked, and an edit
that adds a warning or an error anywhere (a jump back up when the two weeks end, a muscle's
sets rising) is not offered. The candidates are tried from the fullest edit to the smallest:

1. the whole two weeks trimmed (or swapped);
2. the first week trimmed, the second held at the check-in week's sets and load (easing back
   in one variable at a time);
3. the first week only;
4. the first week's sets only, at the planned loads;
5. the first session only.

When none passes, nothing is changed and the lines say so. A check-in with an open red flag
gets no adjustment at all: the plan is not what needs changing.

The result is an `editing.ops.Composite` of `ReplaceItem`s (one undo step in the window, the
same edit applied by `planner-gui adjust`) and plain lines saying what changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from planner_gui.domain.catalog import Catalog, catalog_for_plan
from planner_gui.domain.checker import check_program
from planner_gui.domain.checkins.history import (
    PlannedSession,
    involved_exercises,
    like_the_painful,
    ordered,
    sessions_after,
)
from planner_gui.domain.checkins.triage import triage, urgency
from planner_gui.domain.editing.ops import Composite, Operation, ReplaceItem
from planner_gui.domain.editing.paths import ItemPath, session_label
from planner_gui.domain.editing.validation import EditRefused
from planner_gui.domain.findings import Finding
from planner_gui.domain.metrics import ExerciseWeek, program_metrics
from planner_gui.domain.models import CheckIn, Item, Program
from planner_gui.domain.notation import format_number
from planner_gui.domain.units import heaviest_loadable_at_most, load_equipment, round_load
from planner_gui.domain.vocabulary import BLOCK_KINDS, DAY_NAMES

#: How far after the check-in the adjustment reaches, and where its first week ends.
WINDOW_DAYS = 14
FIRST_WEEK_DAYS = 7
#: What a load cut takes off where only one set is left to trim.
LOAD_CUT = 0.10

Outcome = Literal["changed", "nothing-to-do", "red-flag", "no-clean-change"]


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


class _Planner:
    """Builds and checks the candidate edits for one check-in."""

    def __init__(self, program: Program, catalog: Catalog, checkin: CheckIn) -> None:
        self.program = program
        self.catalog = catalog_for_plan(catalog, program)
        self.checkin = checkin
        self.window = list(sessions_after(program, checkin.date, WINDOW_DAYS))
        self._metrics = program_metrics(program, self.catalog)
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
        """What changed in one item, in words ("Deadlift: 3 → 2 sets, load 105 → 100 kg")."""
        units = self.program.units
        if new.exercise != old.exercise:
            easier = self.catalog.get(new.exercise)
            choose = easier is not None and easier.loaded and new.load is None
            load = " (no load set: choose one that stays pain-free)" if choose else ""
            return f"{self.name(old.exercise)} swapped for {self.name(new.exercise)}{load}"
        parts: list[str] = []
        if new.sets != old.sets:
            parts.append(f"{old.sets} → {new.sets} set{'' if new.sets == 1 else 's'}")
        if new.load != old.load and old.load is not None and new.load is not None:
            parts.append(f"load {format_number(old.load)} → {format_number(new.load)} {units}")
        return f"{self.name(old.exercise)}: {', '.join(parts)}"

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
        chosen = set(exercises)

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


def _why(checkin: CheckIn, name_of: Callable[[str], str]) -> str:
    after = f" after {name_of(checkin.after_exercise)}" if checkin.after_exercise else ""
    score = f", {checkin.pain_score}/10" if checkin.pain_score is not None else ""
    kind = "sharp pain" if checkin.pain == "sharp" else "soreness"
    return f"{kind}{after}{score}"


def adjust_after_checkin(program: Program, catalog: Catalog, index: int) -> Adjustment:
    """The edit of the two weeks after the check-in `program.checkins[index]`.

    Nothing is changed here: apply `operation` to make the change. `catalog` is the bundled
    catalog (the plan's custom exercises are added).
    """
    checkin = program.checkins[index]
    planner = _Planner(program, catalog, checkin)
    reported = checkin.date.isoformat()
    text = f"Adjust plan after the check-in of {reported}"

    def nothing(outcome: Outcome, *lines: str) -> Adjustment:
        return Adjustment(checkin, outcome, Composite((), text), lines)

    if checkin.red_flags and not checkin.cleared:
        guidance = triage(checkin, name_of=planner.name)
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
    else:
        exercises = involved_exercises(program, checkin)
    if not exercises:
        return nothing(
            "nothing-to-do",
            f"The check-in of {reported} names no exercise and no session comes just before "
            "it: name the exercise to adjust the plan.",
        )
    candidates += planner.trim_candidates(exercises)
    before = _serious(check_program(program, planner.catalog))
    blocker: Finding | None = None
    for proposal in candidates:
        if not proposal:
            continue
        operation = _operation(proposal, text)
        trial = program.model_copy(deep=True)
        try:
            operation.apply(trial)
        except EditRefused:
            continue
        findings = check_program(trial, planner.catalog)
        added = _serious(findings) - before
        if not added:
            lines = _lines(program, checkin, planner, proposal)
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


def _lines(
    program: Program, checkin: CheckIn, planner: _Planner, proposal: Proposal
) -> tuple[str, ...]:
    reported = checkin.date.isoformat()
    lines = [
        f"After the check-in of {reported} ({_why(checkin, planner.name)}), the next "
        f"{WINDOW_DAYS} days change:"
    ]
    for path in sorted(
        proposal, key=lambda p: (p.week, p.session, BLOCK_KINDS.index(p.block), p.row)
    ):
        session = program.weeks[path.week].sessions[path.session]
        place = f"week {path.week + 1} · {DAY_NAMES[session.day][:3]} · {session_label(session)}"
        lines.append(f"{place}: {proposal[path][1]}.")
    lines.append("The plan check finds nothing new after the change.")
    return tuple(lines)
