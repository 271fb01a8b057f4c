"""Every change to a plan, as a small value that applies itself and returns its inverse.

An operation is a frozen dataclass naming what to change (positions and new values).
`apply(program)` changes the program in place and returns the operation that undoes it:
applying the inverse gives back an equal program, and applying the operation again after that
gives the same result as the first time. An undo stack therefore keeps only operations, and a
builder, the generator or the command line use the same values with no window at all.

Operations copy the items, sessions and weeks they put into a program, and the ones read from
a program (`DuplicateItem.of`) are copies too, so a kept operation never shares an object with
the plan it changed.

Before it changes anything, `apply` checks what the change produces (`check`) and raises
`EditRefused` when the loader would refuse the result: a number past `MAX_NUMBER`, a text
past its limit, too many weeks, sessions on a day or exercises in a block, a date past
`LAST_PLAN_DATE` (see validation.py). A composite that is refused halfway undoes the parts
it applied, so a refused operation of any kind leaves the program as it was.

`describe(program, name_of)` is the text the window's Edit menu shows ("Add Back squat to
Lower A"). It reads the program as it is before `apply`, and `name_of` turns an exercise id
into its name (`Catalog.name_of`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from planner_gui.domain.editing.paths import (
    ItemPath,
    block_items,
    block_location,
    item_at,
    item_location,
    session_at,
    session_label,
)
from planner_gui.domain.editing.validation import (
    EditRefused,
    check_count,
    check_fields,
    check_model,
)
from planner_gui.domain.limits import (
    MAX_ITEMS,
    MAX_ITEMS_PER_BLOCK,
    MAX_SESSIONS_PER_DAY,
    MAX_WEEKS,
)
from planner_gui.domain.models import (
    Block,
    Item,
    Program,
    Session,
    Week,
    item_count,
    plan_end_problem,
)
from planner_gui.domain.notation import format_number, ramp_percent_text
from planner_gui.domain.rules.settings import validate_rules_section
from planner_gui.domain.vocabulary import BLOCK_KINDS, DAY_NAMES, Day, LoadEquipment, Units

NameOf = Callable[[str], str]

SessionField = Literal["name", "day", "duration_min", "rpe", "notes"]
WeekField = Literal["deload", "notes"]
ProgramField = Literal["title", "athlete", "start_date", "rules", "load_steps"]

PROGRAM_FIELD_LABELS: dict[str, str] = {
    "title": "title",
    "athlete": "athlete",
    "start_date": "start date",
    "rules": "rule settings",
    "load_steps": "load steps",
}

#: How an edit of one item field is named in the Edit menu.
FIELD_LABELS = {
    "exercise": "exercise",
    "sets": "sets",
    "reps": "reps",
    "hold_s": "hold",
    "time_s": "time",
    "distance_m": "distance",
    "load": "load",
    "rpe": "RPE",
    "rest_s": "rest",
    "tempo": "tempo",
    "ramp": "ramp-up sets",
    "per_side": "per side",
    "note": "note",
}


class Operation(Protocol):
    """A change to a program that knows its inverse and its name."""

    def apply(self, program: Program) -> Operation:
        """Change `program` in place; return the operation that undoes the change.

        Raises EditRefused, with `program` unchanged, when the result could not be loaded.
        """
        ...

    def describe(self, program: Program, name_of: NameOf) -> str:
        """What the change does, in words, read from `program` before it is applied."""
        ...


# --------------------------------------------------------------------------- items


@dataclass(frozen=True)
class AddItem:
    """Insert an item at `path`, creating the block in the session when it has none yet."""

    path: ItemPath
    item: Item

    def check(self, program: Program) -> None:
        """Refuse a block past MAX_ITEMS_PER_BLOCK, a plan past MAX_ITEMS, an invalid item."""
        rows = len(block_items(program, self.path.week, self.path.session, self.path.block))
        where = block_location(program, self.path)
        check_count(rows + 1, MAX_ITEMS_PER_BLOCK, "exercises", "a block", f"{where}.items")
        _check_item_total(program, 1)
        check_model(self.item, item_location(program, self.path))

    def apply(self, program: Program) -> RemoveItem:
        self.check(program)
        session = session_at(program, self.path.week, self.path.session)
        block = session.block(self.path.block)
        created = block is None
        if block is None:
            block = Block(kind=self.path.block)
            session.blocks.append(block)
            session.blocks.sort(key=lambda entry: BLOCK_KINDS.index(entry.kind))
        block.items.insert(self.path.row, self.item.model_copy(deep=True))
        return RemoveItem(self.path, drop_empty_block=created)

    def describe(self, program: Program, name_of: NameOf) -> str:
        session = session_at(program, self.path.week, self.path.session)
        return f"Add {name_of(self.item.exercise)} to {session_label(session)}"


@dataclass(frozen=True)
class DuplicateItem(AddItem):
    """A copy of an item, put right below it."""

    @classmethod
    def of(cls, program: Program, path: ItemPath) -> DuplicateItem:
        item = item_at(program, path).model_copy(deep=True)
        return cls(path._replace(row=path.row + 1), item)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Duplicate {name_of(self.item.exercise)}"


@dataclass(frozen=True)
class RemoveItem:
    """Remove the item at `path`; with `drop_empty_block`, its block too when left empty."""

    path: ItemPath
    drop_empty_block: bool = False

    def check(self, program: Program) -> None:
        """Removing cannot cross a limit: only the item must exist."""
        item_at(program, self.path)

    def apply(self, program: Program) -> AddItem:
        session = session_at(program, self.path.week, self.path.session)
        block = session.block(self.path.block)
        if block is None:
            raise IndexError(f"no {self.path.block} block in week {self.path.week + 1}")
        item = block.items.pop(self.path.row)
        if self.drop_empty_block and not block.items:
            session.blocks.remove(block)
        return AddItem(self.path, item)

    def describe(self, program: Program, name_of: NameOf) -> str:
        name = name_of(item_at(program, self.path).exercise)
        session = session_at(program, self.path.week, self.path.session)
        return f"Remove {name} from {session_label(session)}"


@dataclass(frozen=True)
class MoveItem:
    """Move an item inside its block so that it ends up at `to_row`."""

    path: ItemPath
    to_row: int

    def check(self, program: Program) -> None:
        """Reordering cannot cross a limit: only the item must exist."""
        item_at(program, self.path)

    def apply(self, program: Program) -> MoveItem:
        if self.to_row == self.path.row:
            return self
        block = session_at(program, self.path.week, self.path.session).block(self.path.block)
        if block is None:
            raise IndexError(f"no {self.path.block} block in week {self.path.week + 1}")
        block.items.insert(self.to_row, block.items.pop(self.path.row))
        return MoveItem(self.destination, self.path.row)

    @property
    def destination(self) -> ItemPath:
        return self.path._replace(row=self.to_row)

    def describe(self, program: Program, name_of: NameOf) -> str:
        name = name_of(item_at(program, self.path).exercise)
        direction = "up" if self.to_row < self.path.row else "down"
        return f"Move {name} {direction}"


@dataclass(frozen=True)
class ReplaceItem:
    """Put `item` in place of the item at `path` (an edited copy, usually)."""

    path: ItemPath
    item: Item

    def check(self, program: Program) -> None:
        """Refuse an item the loader would refuse (a number past MAX_NUMBER, a long note)."""
        item_at(program, self.path)
        check_model(self.item, item_location(program, self.path))

    def apply(self, program: Program) -> ReplaceItem:
        self.check(program)
        block = session_at(program, self.path.week, self.path.session).block(self.path.block)
        if block is None:
            raise IndexError(f"no {self.path.block} block in week {self.path.week + 1}")
        old = block.items[self.path.row]
        block.items[self.path.row] = self.item.model_copy(deep=True)
        return ReplaceItem(self.path, old)

    def describe(self, program: Program, name_of: NameOf) -> str:
        old, new = item_at(program, self.path), self.item
        name = name_of(old.exercise)
        changed = [key for key in type(new).model_fields if getattr(new, key) != getattr(old, key)]
        if len(changed) != 1:
            return f"Change dose of {name}"
        key = changed[0]
        value = getattr(new, key)
        if key == "exercise":
            return f"Replace {name} with {name_of(value)}"
        if key == "ramp":
            if not value:
                return f"Clear ramp-up sets of {name}"
            verb = "Change ramp-up sets of" if old.ramp else "Add ramp-up sets to"
            return f"{verb} {name}: {ramp_percent_text(value)}"
        if value is None or value == "":
            return f"Clear {FIELD_LABELS.get(key, key)} of {name}"
        if isinstance(value, bool):
            return f"{'Set' if value else 'Clear'} per side on {name}"
        if key == "note":
            return f"Change note of {name}"
        shown = format_number(value) if isinstance(value, float) else str(value)
        return f"Change {FIELD_LABELS.get(key, key)} of {name} to {shown}"


# --------------------------------------------------------------------------- sessions


@dataclass(frozen=True)
class AddSession:
    """Insert a session at `position` among the sessions of `week`."""

    week: int
    position: int
    session: Session

    def check(self, program: Program) -> None:
        """Refuse a day past MAX_SESSIONS_PER_DAY, a plan past MAX_ITEMS, an invalid session."""
        sessions = program.weeks[self.week].sessions
        _check_day(sessions, self.session.day, f"weeks[{self.week}].sessions")
        _check_item_total(program, len(self.session.items()))
        check_model(self.session, f"weeks[{self.week}].sessions[{self.position}]")

    def apply(self, program: Program) -> RemoveSession:
        self.check(program)
        sessions = program.weeks[self.week].sessions
        sessions.insert(self.position, self.session.model_copy(deep=True))
        return RemoveSession(self.week, self.position)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Add session {session_label(self.session)} to week {self.week + 1}"


@dataclass(frozen=True)
class DuplicateSession(AddSession):
    """A copy of a session, with all its blocks and items, on another day of the same week.

    The copy goes after the week's last session and keeps the name, duration and RPE, so three
    similar days are one session built and two duplicates.
    """

    source: int

    @classmethod
    def of(cls, program: Program, week: int, position: int, day: Day) -> DuplicateSession:
        source = session_at(program, week, position)
        copy = source.model_copy(deep=True, update={"day": day})
        return cls(week, len(program.weeks[week].sessions), copy, source=position)

    def describe(self, program: Program, name_of: NameOf) -> str:
        source = session_label(session_at(program, self.week, self.source))
        return f"Duplicate {source} to {DAY_NAMES[self.session.day]}"


@dataclass(frozen=True)
class RemoveSession:
    week: int
    position: int

    def check(self, program: Program) -> None:
        """Removing cannot cross a limit: only the session must exist."""
        session_at(program, self.week, self.position)

    def apply(self, program: Program) -> AddSession:
        session = program.weeks[self.week].sessions.pop(self.position)
        return AddSession(self.week, self.position, session)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Remove session {session_label(session_at(program, self.week, self.position))}"


@dataclass(frozen=True)
class EditSession:
    """Rename a session, move it to another day, or change its duration, RPE or notes."""

    week: int
    position: int
    field: SessionField
    value: Any

    def check(self, program: Program) -> None:
        """Refuse a value the loader would refuse, and a day past MAX_SESSIONS_PER_DAY."""
        session = session_at(program, self.week, self.position)
        check_fields(session, {self.field: self.value}, self._location)
        if self.field == "day" and self.value != session.day:
            others = [s for s in program.weeks[self.week].sessions if s is not session]
            _check_day(others, self.value, f"weeks[{self.week}].sessions")

    @property
    def _location(self) -> str:
        return f"weeks[{self.week}].sessions[{self.position}]"

    def apply(self, program: Program) -> EditSession:
        self.check(program)
        session = session_at(program, self.week, self.position)
        old = getattr(session, self.field)
        setattr(session, self.field, self.value)
        return EditSession(self.week, self.position, self.field, old)

    def describe(self, program: Program, name_of: NameOf) -> str:
        label = session_label(session_at(program, self.week, self.position))
        value = self.value
        if self.field == "name":
            return f"Rename session {label} to {value or 'an unnamed session'}"
        if self.field == "day":
            day: Day = value
            return f"Move {label} to {DAY_NAMES[day]}"
        if self.field == "duration_min":
            shown = "none" if value is None else f"{value} min"
            return f"Change duration of {label} to {shown}"
        if self.field == "notes":
            return f"Change notes of {label}"
        shown = "none" if value is None else format_number(value)
        return f"Change RPE of {label} to {shown}"


# --------------------------------------------------------------------------- weeks


@dataclass(frozen=True)
class AddWeek:
    """Insert a week (an empty one unless given) at `position`."""

    position: int
    week: Week = field(default_factory=Week)

    def check(self, program: Program) -> None:
        """Refuse a plan past MAX_WEEKS, past LAST_PLAN_DATE or MAX_ITEMS, an invalid week."""
        weeks = len(program.weeks) + 1
        check_count(weeks, MAX_WEEKS, "weeks", "a plan", "weeks")
        problem = plan_end_problem(program.start_date, weeks)
        if problem is not None:
            raise EditRefused(problem, "weeks")
        _check_item_total(program, sum(len(s.items()) for s in self.week.sessions))
        check_model(self.week, f"weeks[{self.position}]")

    def apply(self, program: Program) -> RemoveWeek:
        self.check(program)
        program.weeks.insert(self.position, self.week.model_copy(deep=True))
        return RemoveWeek(self.position)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Add week {self.position + 1}"


@dataclass(frozen=True)
class DuplicateWeek(AddWeek):
    """A copy of a week, inserted right after it."""

    @classmethod
    def of(cls, program: Program, position: int) -> DuplicateWeek:
        return cls(position + 1, program.weeks[position].model_copy(deep=True))

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Duplicate week {self.position}"


@dataclass(frozen=True)
class RemoveWeek:
    position: int

    def check(self, program: Program) -> None:
        """Removing cannot cross a limit: only the week must exist."""
        program.weeks[self.position]

    def apply(self, program: Program) -> AddWeek:
        return AddWeek(self.position, program.weeks.pop(self.position))

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Remove week {self.position + 1}"


@dataclass(frozen=True)
class EditWeek:
    """Mark or unmark a week as a deload, or change its notes."""

    position: int
    field: WeekField
    value: Any

    def check(self, program: Program) -> None:
        """Refuse a value the loader would refuse (notes past MAX_NOTE_CHARS)."""
        check_fields(program.weeks[self.position], {self.field: self.value}, self._location)

    @property
    def _location(self) -> str:
        return f"weeks[{self.position}]"

    def apply(self, program: Program) -> EditWeek:
        self.check(program)
        week = program.weeks[self.position]
        old = getattr(week, self.field)
        setattr(week, self.field, self.value)
        return EditWeek(self.position, self.field, old)

    def describe(self, program: Program, name_of: NameOf) -> str:
        number = self.position + 1
        if self.field == "deload":
            verb = "Mark" if self.value else "Unmark"
            return f"{verb} week {number} as a deload week"
        return f"Change notes of week {number}"


# --------------------------------------------------------------------------- program


@dataclass(frozen=True)
class EditProgram:
    """Set program metadata: title, athlete, start date, rule settings, the load steps of the
    athlete's equipment (one or several)."""

    changes: Mapping[ProgramField, Any]

    def __post_init__(self) -> None:
        unknown = set(self.changes) - set(PROGRAM_FIELD_LABELS)
        if unknown:
            raise ValueError(f"not program metadata: {', '.join(sorted(unknown))}")
        object.__setattr__(self, "changes", {k: _copied(v) for k, v in self.changes.items()})

    def check(self, program: Program) -> None:
        """Refuse a value the loader would refuse: a long title, a start date that takes the
        plan's end past LAST_PLAN_DATE, rule settings with an unknown code or name, a load
        step of an unknown kind of equipment or not above 0."""
        edited = check_fields(program, {str(key): v for key, v in self.changes.items()}, "")
        assert isinstance(edited, Program)
        if "start_date" in self.changes:
            problem = plan_end_problem(edited.start_date, len(edited.weeks))
            if problem is not None:
                raise EditRefused(problem, "start_date")
        if "rules" in self.changes:
            rules_problem = validate_rules_section(edited)
            if rules_problem is not None:
                raise EditRefused(rules_problem[1], rules_problem[0])

    def apply(self, program: Program) -> EditProgram:
        self.check(program)
        old = {key: getattr(program, key) for key in self.changes}
        for key, value in self.changes.items():
            setattr(program, key, _copied(value))
        return EditProgram(old)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return "Change " + " and ".join(PROGRAM_FIELD_LABELS[key] for key in self.changes)


def _copied(value: Any) -> Any:
    """Rule settings and load steps are dicts; copy them so neither side shares them."""
    if isinstance(value, dict):
        return {key: _copied(entry) for key, entry in value.items()}
    return value


@dataclass(frozen=True)
class SetUnits:
    """Switch the plan's units and set item loads in one step (see transforms.convert_units);
    with `load_steps`, the plan's own load steps too (in the new units); None leaves them."""

    units: Units
    loads: Mapping[ItemPath, float | None] = field(default_factory=dict)
    load_steps: Mapping[LoadEquipment, float] | None = None

    def check(self, program: Program) -> None:
        """Refuse a load the loader would refuse (a conversion past MAX_NUMBER)."""
        changes: dict[str, Any] = {"units": self.units}
        if self.load_steps is not None:
            changes["load_steps"] = dict(self.load_steps)
        check_fields(program, changes, "")
        for path, load in self.loads.items():
            item = item_at(program, path)
            try:
                check_fields(item, {"load": load}, item_location(program, path))
            except EditRefused as refused:
                was = "none" if item.load is None else f"{_grouped(item.load)} {program.units}"
                now = "none" if load is None else f"{_grouped(load)} {self.units}"
                raise EditRefused(
                    f"{was} would be {now}, and the load {refused.reason}", refused.location
                ) from None

    def apply(self, program: Program) -> SetUnits:
        self.check(program)
        old_units = program.units
        old_loads: dict[ItemPath, float | None] = {}
        old_steps = None
        program.units = self.units
        if self.load_steps is not None:
            old_steps = dict(program.load_steps)
            program.load_steps = dict(self.load_steps)
        for path, load in self.loads.items():
            item = item_at(program, path)
            old_loads[path] = item.load
            item.load = load
        return SetUnits(old_units, old_loads, old_steps)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Change units to {self.units}"


# --------------------------------------------------------------------------- composite


@dataclass(frozen=True)
class Composite:
    """Several operations as one: applied in order, undone by their inverses in reverse.

    `text` names the whole (the window shows it as one undo step); without it, a composite
    of one operation is named after that operation.
    """

    operations: tuple[Operation, ...]
    text: str = ""

    def apply(self, program: Program) -> Composite:
        return self.apply_each(lambda operation: operation.apply(program))

    def apply_each(self, run: Callable[[Operation], Operation]) -> Composite:
        """Apply the parts through `run` (which returns each inverse): how an adapter that
        must signal each part, such as the window's item model, applies a composite.

        A part refused (EditRefused) after others were applied: those are undone through
        `run`, last first, and the refusal raised, so the program is as it was.
        """
        inverses: list[Operation] = []
        try:
            for operation in self.operations:
                inverses.append(run(operation))
        except EditRefused:
            for inverse in reversed(inverses):
                run(inverse)
            raise
        return Composite(tuple(reversed(inverses)))

    def describe(self, program: Program, name_of: NameOf) -> str:
        if self.text or len(self.operations) != 1:
            return self.text
        return self.operations[0].describe(program, name_of)


# --------------------------------------------------------------------------- limits


def _check_day(sessions: list[Session], day: Day, where: str) -> None:
    """Refuse one more session on `day` among `sessions` past MAX_SESSIONS_PER_DAY."""
    count = sum(1 for session in sessions if session.day == day) + 1
    check_count(count, MAX_SESSIONS_PER_DAY, f"sessions on {DAY_NAMES[day]}", "a day", where)


def _check_item_total(program: Program, added: int) -> None:
    """Refuse `added` more exercises in a plan past MAX_ITEMS."""
    if added:
        total = item_count(program.weeks) + added
        check_count(total, MAX_ITEMS, "exercises in all", "a plan", "weeks")


def _grouped(value: float) -> str:
    return format_number(value, grouped=True)
