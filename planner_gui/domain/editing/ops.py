"""Every change to a plan, as a small value that applies itself and returns its inverse.

An operation is a frozen dataclass naming what to change (positions and new values).
`apply(program)` changes the program in place and returns the operation that undoes it:
applying the inverse gives back an equal program, and applying the operation again after that
gives the same result as the first time. An undo stack therefore keeps only operations, and a
builder, the generator or the command line use the same values with no window at all.

Operations copy the items, sessions and weeks they put into a program, and the ones read from
a program (`DuplicateItem.of`) are copies too, so a kept operation never shares an object with
the plan it changed.

`describe(program, name_of)` is the text the window's Edit menu shows ("Add Back squat to
Lower A"). It reads the program as it is before `apply`, and `name_of` turns an exercise id
into its name (`Catalog.name_of`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from planner_gui.domain.editing.paths import ItemPath, item_at, session_at, session_label
from planner_gui.domain.models import Block, Item, Program, Session, Week
from planner_gui.domain.notation import format_number
from planner_gui.domain.vocabulary import BLOCK_KINDS, DAY_NAMES, Day, Units

NameOf = Callable[[str], str]

SessionField = Literal["name", "day", "duration_min", "rpe"]
WeekField = Literal["deload", "notes"]
ProgramField = Literal["title", "athlete", "start_date", "rules"]

PROGRAM_FIELD_LABELS: dict[str, str] = {
    "title": "title",
    "athlete": "athlete",
    "start_date": "start date",
    "rules": "rule settings",
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
    "per_side": "per side",
    "note": "note",
}


class Operation(Protocol):
    """A change to a program that knows its inverse and its name."""

    def apply(self, program: Program) -> Operation:
        """Change `program` in place; return the operation that undoes the change."""
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

    def apply(self, program: Program) -> RemoveItem:
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

    def apply(self, program: Program) -> ReplaceItem:
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

    def apply(self, program: Program) -> RemoveSession:
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

    def apply(self, program: Program) -> AddSession:
        session = program.weeks[self.week].sessions.pop(self.position)
        return AddSession(self.week, self.position, session)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Remove session {session_label(session_at(program, self.week, self.position))}"


@dataclass(frozen=True)
class EditSession:
    """Rename a session, move it to another day, or change its duration or RPE."""

    week: int
    position: int
    field: SessionField
    value: Any

    def apply(self, program: Program) -> EditSession:
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
        shown = "none" if value is None else format_number(value)
        return f"Change RPE of {label} to {shown}"


# --------------------------------------------------------------------------- weeks


@dataclass(frozen=True)
class AddWeek:
    """Insert a week (an empty one unless given) at `position`."""

    position: int
    week: Week = field(default_factory=Week)

    def apply(self, program: Program) -> RemoveWeek:
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

    def apply(self, program: Program) -> EditWeek:
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
    """Set program metadata: title, athlete, start date, rule settings (one or several)."""

    changes: Mapping[ProgramField, Any]

    def __post_init__(self) -> None:
        unknown = set(self.changes) - set(PROGRAM_FIELD_LABELS)
        if unknown:
            raise ValueError(f"not program metadata: {', '.join(sorted(unknown))}")
        object.__setattr__(self, "changes", {k: _copied(v) for k, v in self.changes.items()})

    def apply(self, program: Program) -> EditProgram:
        old = {key: getattr(program, key) for key in self.changes}
        for key, value in self.changes.items():
            setattr(program, key, _copied(value))
        return EditProgram(old)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return "Change " + " and ".join(PROGRAM_FIELD_LABELS[key] for key in self.changes)


def _copied(value: Any) -> Any:
    """Rule settings are nested dicts; copy them so neither side shares them."""
    if isinstance(value, dict):
        return {key: _copied(entry) for key, entry in value.items()}
    return value


@dataclass(frozen=True)
class SetUnits:
    """Switch the plan's units and set item loads in one step (see transforms.convert_units)."""

    units: Units
    loads: Mapping[ItemPath, float | None] = field(default_factory=dict)

    def apply(self, program: Program) -> SetUnits:
        old_units = program.units
        old_loads: dict[ItemPath, float | None] = {}
        program.units = self.units
        for path, load in self.loads.items():
            item = item_at(program, path)
            old_loads[path] = item.load
            item.load = load
        return SetUnits(old_units, old_loads)

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
        must signal each part, such as the window's item model, applies a composite."""
        inverses = [run(operation) for operation in self.operations]
        return Composite(tuple(reversed(inverses)))

    def describe(self, program: Program, name_of: NameOf) -> str:
        if self.text or len(self.operations) != 1:
            return self.text
        return self.operations[0].describe(program, name_of)
