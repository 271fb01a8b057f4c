"""How long a session takes: an estimate from its items, for the checker, the window and the PDF.

A plan says how many minutes a session should take (`duration_min`), and Foster's session load
uses it; a session whose items need far longer gets cut short in the gym, usually by skipping
the mobility and core work at the end. The estimate is deliberately simple, so a coach can
redo it by hand:

- each working set takes its work (reps at 4 s each, or the tempo's sum per rep when a tempo
  such as "3-1-1-0" is given; a hold or a time as written; a distance at 1 m/s), doubled when
  the item is done per side, and is followed by the item's rest, except the last set;
- each ramp-up set takes its reps' time and a minute to change the load and breathe;
- each exercise takes 30 s to set up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from planner_gui.domain.models import Item, Session

SECONDS_PER_REP = 4.0
#: Walking pace of carries, sled pushes and steady distance work.
METRES_PER_SECOND = 1.0
SETUP_S = 30.0
#: Changing the load between ramp-up sets, and the breath before the next.
RAMP_SET_CHANGE_S = 60.0

_TEMPO_DIGITS = re.compile(r"^\s*(\d+)(?:\s*[-/:.]\s*(\d+|x|X)){1,3}\s*$")


def tempo_seconds(tempo: str | None) -> float | None:
    """Seconds per rep of a tempo like "3-1-1-0" or "3010" ("X", explosive, counts as 0 s);
    None when there is no tempo or it cannot be read."""
    if not tempo:
        return None
    text = tempo.strip()
    if re.fullmatch(r"[0-9xX]{3,4}", text):
        return float(sum(0 if ch in "xX" else int(ch) for ch in text))
    if _TEMPO_DIGITS.match(text) is None:
        return None
    parts = re.split(r"\s*[-/:.]\s*", text)
    return float(sum(0 if part in ("x", "X") else int(part) for part in parts))


def rep_seconds(item: Item) -> float:
    """Time of one rep: the tempo's sum when it can be read, else SECONDS_PER_REP."""
    tempo = item.tempo
    per_rep = tempo_seconds(tempo) if tempo else None
    return SECONDS_PER_REP if per_rep is None else per_rep


def work_seconds(item: Item) -> float:
    """Time under work of one set (both sides when done per side)."""
    reps, hold, time_s = item.reps, item.hold_s, item.time_s
    if reps is not None:
        if hold is not None:
            work = reps * float(hold)  # 8 × 5 s hold: each rep is a hold
        elif item.tempo:
            work = reps * rep_seconds(item)
        else:
            work = reps * SECONDS_PER_REP
    elif hold is not None:
        work = float(hold)
    elif time_s is not None:
        work = float(time_s)
    elif item.distance_m is not None:
        work = item.distance_m / METRES_PER_SECOND
    else:
        work = 0.0
    if time_s is not None and (reps is not None or hold is not None):
        work += time_s
    return work * 2 if item.per_side else work


def item_seconds(item: Item) -> float:
    """An item's whole time: setup, ramp-up sets, working sets and the rests between them."""
    ramp = item.ramp
    ramp_s = sum(step.reps * rep_seconds(item) + RAMP_SET_CHANGE_S for step in ramp) if ramp else 0
    sets = item.sets
    seconds = SETUP_S + ramp_s + sets * work_seconds(item)
    rest = item.rest_s
    if rest and sets > 1:
        seconds += rest * (sets - 1)
    return seconds


def items_minutes(items: Iterable[Item]) -> float:
    return sum(map(item_seconds, items)) / 60


def session_minutes(session: Session) -> float:
    """The estimated minutes of a session, every block together."""
    return sum(sum(map(item_seconds, block.items)) for block in session.blocks) / 60
