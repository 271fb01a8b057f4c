"""Small valid plan dicts for format tests, built in code so each test says what it changes."""

from __future__ import annotations

import copy
from typing import Any

VALID_PLAN: dict[str, Any] = {
    "format": "brace-plan",
    "version": 1,
    "title": "Back-friendly strength",
    "athlete": "Sam Example",
    "start_date": "2026-01-05",
    "units": "kg",
    "weeks": [
        {
            "deload": False,
            "notes": "",
            "sessions": [
                {
                    "day": "mon",
                    "name": "Lower A",
                    "duration_min": 60,
                    "rpe": 6,
                    "blocks": [
                        {
                            "kind": "warmup",
                            "items": [
                                {"exercise": "leg-swing", "sets": 1, "reps": 10, "per_side": True}
                            ],
                        },
                        {
                            "kind": "main",
                            "items": [
                                {
                                    "exercise": "deadlift",
                                    "sets": 3,
                                    "reps": 5,
                                    "load": 80,
                                    "rpe": 7,
                                    "rest_s": 150,
                                }
                            ],
                        },
                        {
                            "kind": "core",
                            "items": [
                                {
                                    "exercise": "bird-dog",
                                    "sets": 3,
                                    "reps": 8,
                                    "hold_s": 5,
                                    "per_side": True,
                                }
                            ],
                        },
                    ],
                }
            ],
        }
    ],
    "checkins": [
        {
            "date": "2026-01-06",
            "pain": "doms",
            "where": "lower back",
            "after_exercise": "deadlift",
            "red_flags": [],
            "note": "",
        }
    ],
    "rules": {},
}


def plan(**changes: Any) -> dict[str, Any]:
    """A deep copy of VALID_PLAN with top-level keys replaced."""
    data = copy.deepcopy(VALID_PLAN)
    data.update(changes)
    return data


def with_item(**fields: Any) -> dict[str, Any]:
    """VALID_PLAN whose deadlift item has `fields` set (a value of ... deletes the key)."""
    data = copy.deepcopy(VALID_PLAN)
    item = data["weeks"][0]["sessions"][0]["blocks"][1]["items"][0]
    for key, value in fields.items():
        if value is ...:
            item.pop(key, None)
        else:
            item[key] = value
    return data


def with_session(**fields: Any) -> dict[str, Any]:
    data = copy.deepcopy(VALID_PLAN)
    session = data["weeks"][0]["sessions"][0]
    for key, value in fields.items():
        if value is ...:
            session.pop(key, None)
        else:
            session[key] = value
    return data


CUSTOM_EXERCISE: dict[str, Any] = {
    "id": "towel-row",
    "name": "Towel row",
    "category": "strength",
    "pattern": "pull",
    "muscles": ["upper-back"],
    "dose": "reps",
    "defaults": {"sets": 3, "reps": 10},
    "cues": ["Squeeze the shoulder blades together.", "Keep ribs down."],
    "cautions": ["Stop if the back cramps."],
}
