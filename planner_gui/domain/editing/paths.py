"""Addresses inside a plan: where an item sits, and reading what sits there."""

from __future__ import annotations

from typing import NamedTuple

from planner_gui.domain.models import Item, Program, Session
from planner_gui.domain.vocabulary import BLOCK_KINDS, DAY_NAMES, BlockKind


class ItemPath(NamedTuple):
    """Where an item sits: week and session positions, block kind, row in the block."""

    week: int
    session: int
    block: BlockKind
    row: int


def session_at(program: Program, week: int, session: int) -> Session:
    return program.weeks[week].sessions[session]


def block_items(program: Program, week: int, session: int, kind: BlockKind) -> list[Item]:
    """The items of a block, or an empty list when the session has no such block yet."""
    block = session_at(program, week, session).block(kind)
    return [] if block is None else block.items


def item_at(program: Program, path: ItemPath) -> Item:
    block = session_at(program, path.week, path.session).block(path.block)
    if block is None:
        raise IndexError(f"no {path.block} block in week {path.week + 1}")
    return block.items[path.row]


def session_label(session: Session) -> str:
    """A session's name, or "Monday session" for an unnamed one: how edits refer to it."""
    return session.name or f"{DAY_NAMES[session.day]} session"


def block_location(program: Program, path: ItemPath) -> str:
    """Where the block of `path` is, as loading names places (`weeks[2].sessions[0].blocks[1]`);
    for a block the session does not have yet, the place it will take."""
    session = session_at(program, path.week, path.session)
    order = BLOCK_KINDS.index(path.block)
    position = sum(1 for block in session.blocks if BLOCK_KINDS.index(block.kind) < order)
    return f"weeks[{path.week}].sessions[{path.session}].blocks[{position}]"


def item_location(program: Program, path: ItemPath) -> str:
    """Where the item at `path` is, as loading names places (`...blocks[1].items[0]`)."""
    return f"{block_location(program, path)}.items[{path.row}]"
