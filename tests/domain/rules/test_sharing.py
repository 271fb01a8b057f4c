"""What the checker's sharing must not change: `wording.above` is the plain formula, and two
blocks with equal loads that differ in any other field get different session keys (and the
rules that read that field tell them apart)."""

from __future__ import annotations

import math
import random
from typing import Any

import pytest

from planner_gui.domain.rules.context import CheckContext
from planner_gui.domain.rules.wording import TOLERANCE, above
from tests.support.plans import PlanBuilder


def _plain(value: float, limit: float) -> bool:
    return value > limit + TOLERANCE * max(1.0, abs(limit))


_EDGES = [
    0.0,
    -0.0,
    1.0,
    -1.0,
    1.0 + 1e-12,
    -1.0 - 1e-12,
    1.0 - 1e-12,
    -1.0 + 1e-12,
    2,
    -2,
    0,
    100,
    -100,
    1e-300,
    1e300,
    -1e300,
    math.inf,
    -math.inf,
    math.nan,
]


def test_above_matches_the_plain_formula_on_edges_and_random_floats() -> None:
    rng = random.Random(10)
    limits = [*_EDGES, *(rng.uniform(-1e4, 1e4) for _ in range(300))]
    limits += [rng.uniform(-2, 2) for _ in range(300)]
    for limit in limits:
        scale = max(1.0, abs(limit)) if not math.isnan(limit) else 1.0
        values = [*_EDGES, limit, limit + TOLERANCE * scale, limit + 2 * TOLERANCE * scale]
        values += [limit + rng.uniform(-3, 3) * TOLERANCE * scale for _ in range(10)]
        for value in values:
            assert above(value, limit) is _plain(value, limit), (value, limit)


def _lift(**dose: Any) -> dict[str, Any]:
    dose = {"exercise": "deadlift", "sets": 3, "reps": 5, "load": 80, "rest_s": 120, **dose}
    return dose


#: Each changes one field of the deadlift (load kept at 80) and names a rule that reads it:
#: the base session takes 70 s of warm-up and 30 + 60 + 240 s of deadlifts, 400 s of a planned
#: 6 min (TI701 allows 432 s); each TI701 variant adds at least 60 s.
_VARIANTS: dict[str, tuple[dict[str, Any], str]] = {
    "note": ({"note": "tired\x07"}, "DA503"),
    "ramp": ({"ramp": [{"pct": 50, "reps": 5}]}, "WU304"),
    "tempo": ({"tempo": "4-0-4-0"}, "TI701"),
    "sets": ({"sets": 4}, "TI701"),
    "rest": ({"rest_s": 150}, "TI701"),
    "side": ({"per_side": True}, "TI701"),
    "exercise": ({"exercise": "bench-press"}, "WU304"),
}


@pytest.mark.parametrize("field", sorted(_VARIANTS))
def test_blocks_with_equal_loads_but_another_field_differing_are_told_apart(
    make: PlanBuilder, field: str
) -> None:
    change, code = _VARIANTS[field]
    # A hinge in the warm-up (so WU304 passes the deadlift) unless the ramp is what is tested.
    warmup = [] if field == "ramp" else [make.item("dowel-hinge", 1, reps=10)]

    def week(**dose: Any) -> dict[str, Any]:
        session = make.session(
            "mon",
            "Lower A",
            duration=6,
            warmup=warmup,
            main=[_lift(**dose)],
            core=[],
            glute=[],
            mobility=[],
        )
        return make.week(session)

    # Weeks 1 and 3 are the same block; week 2 differs in one field only.
    program = make.plan(week(), week(**change), week())
    sessions = CheckContext(program, make.catalog).sessions
    assert sessions[0][0].key == sessions[2][0].key
    assert sessions[0][0].key != sessions[1][0].key
    weeks = {finding.week for finding in make.check(program, code)}
    assert (1 in weeks) == (3 in weeks)
    assert (2 in weeks) != (1 in weeks), (field, code, weeks)
