"""Any valid plan exports, within the margins, and prints its text literally.

Plans come from tests/support/strategies; what "literally" means (whitespace, glyphs the font
lacks, right-to-left text) is in tests/support/printed. `make test` runs a bounded number of
examples, `make fuzz` many more (tests/conftest.py).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from reportlab.lib.pagesizes import A4

from planner_gui.domain import limits
from planner_gui.domain.catalog import bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import parse_plan
from planner_gui.export.styles import MARGIN
from tests.support.full_handout import render_handout  # the layout that prints all
from tests.support.printed import Printout, printed_fields
from tests.support.strategies import SMALL, WIDE, examples, plan_dicts

CATALOG = bundled_catalog()
RIGHT_MARGIN = A4[0] - MARGIN


def _session(name: str = "", minutes: int = 60, rpe: float = 6.0, note: str = "") -> dict[str, Any]:
    items = [{"exercise": "deadlift", "sets": 3, "reps": 5, "note": note}] if note else []
    return {
        "day": "mon",
        "name": name,
        "duration_min": minutes,
        "rpe": rpe,
        "blocks": [{"kind": "main", "items": items}],
    }


def _plan(*weeks: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": "brace-plan",
        "version": 1,
        "start_date": "2026-01-05",
        "weeks": [{"sessions": sessions} for sessions in weeks],
    }


#: Raised reportlab's LayoutError before: four sessions on a day named with one word of the
#: longest name allowed made the day's cell of the weeks-at-a-glance grid taller than a page.
FOUR_LONG_WORDS_A_DAY = _plan([_session("W" * limits.MAX_NAME_CHARS)] * 4)
#: Ran off the page before: a 300-character word in a note (simpleSplit keeps words whole).
LONG_WORD_NOTE = _plan([_session("Day", note="x" * 300)])
#: Hung the export before: four weeks of one minute at RPE 0.001, then 600 minutes at RPE 10,
#: an acute:chronic ratio of 6,000,000, stretched the chart's ratio axis over 12 million ticks.
RATIO_IN_MILLIONS = _plan(
    *[[_session(minutes=1, rpe=0.001)]] * 4, [_session(minutes=600, rpe=10.0)]
)
#: Found by `make fuzz` (reduced): warm-up ticks in two columns whose doses carry tempos full
#: of control characters and scripts; the tempos printed their control characters as boxes.
WARMUP_TEMPOS = {
    **_plan([]),
    "weeks": [
        {
            "sessions": [
                {
                    "day": "mon",
                    "blocks": [
                        {
                            "kind": "warmup",
                            "items": [
                                {
                                    "exercise": "split-squat",
                                    "sets": 949,
                                    "reps": 294161,
                                    "tempo": "two reps\tDeadlift day\u2029<br/>Ελληνικά\rOà",
                                },
                                {
                                    "exercise": "split-squat",
                                    "sets": 2,
                                    "reps": 27154,
                                    "tempo": "\x1b[31mALL CLEAR\x1b[0m",
                                },
                                {
                                    "exercise": "lat-pulldown",
                                    "sets": 6072,
                                    "reps": 10,
                                    "tempo": "\ue000\x00&bogus;\xa0\ufffd\\nไทย\x0c",
                                },
                                {
                                    "exercise": "split-squat",
                                    "sets": 4,
                                    "reps": 20,
                                    "tempo": "שלום\r" + "é" * 38,
                                },
                            ],
                        }
                    ],
                }
            ]
        }
    ],
}


@pytest.mark.fuzz
@settings(
    # A WIDE plan exports and is read back in 1-13 s (a 100-page handout the longest): 40
    # take 2.5-4.5 minutes of `make fuzz` (see the Makefile), 1,000 would take hours.
    max_examples=examples(15, 40),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(plan_dicts(CATALOG, examples(SMALL, WIDE)))
@example(FOUR_LONG_WORDS_A_DAY)
@example(LONG_WORD_NOTE)
@example(RATIO_IN_MILLIONS)
@example(WARMUP_TEMPOS)
def test_any_plan_exports_and_prints_its_text_literally(plan: dict[str, Any]) -> None:
    program = parse_plan(json.loads(json.dumps(plan)), "plan.brace.json", CATALOG)
    catalog = catalog_for_plan(CATALOG, program)
    printout = Printout.of(render_handout(program, catalog))
    assert printout.pages > 0
    assert printout.unprinted(printed_fields(program, catalog)) == {}
    assert printout.off_page(RIGHT_MARGIN) == []
