"""Hypothesis strategies for whole valid plans, their text fields full of hostile text.

`plan_dicts(catalog)` draws a plan file's contents (the JSON-ready dict a `.brace.json` holds):
weeks with sessions on days (at most `limits.MAX_SESSIONS_PER_DAY` a day), blocks in any order
of kinds, items of the catalog's exercises and of the plan's own custom exercises, each with
the dose its exercise takes, check-ins and a `rules` section of real codes and thresholds.
Every text field is drawn from `hostile_text`, within the length the limits allow it.

`hostile_text(max_size)` mixes what breaks naive printing: reportlab paragraph markup and HTML
(`<b>`, `<img src=...>`, `<font>`, `<br/>`, `&amp;`), control characters and terminal escapes,
emoji (with skin tones and joiners), right-to-left scripts, combining marks, bidi overrides,
unusual spaces, line breaks and very long words (up to the field's limit), plus any other text.
Surrogates are never drawn: a JSON file may hold them only as `\\ud800` escapes, which no valid
plan does (they cannot be written as UTF-8).

Plans are small in `make test` (`SMALL`: a few weeks, sessions and items, since export is the
costly step) and wider in `make fuzz` (`WIDE`); the limits themselves are covered by explicit
tests (tests/export/test_layout_limits.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from hypothesis import settings
from hypothesis import strategies as st

from planner_gui.domain import limits
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Exercise
from planner_gui.domain.rules.codes import ENABLED, TABLE
from planner_gui.domain.vocabulary import (
    BLOCK_KINDS,
    CATEGORIES,
    DAYS,
    MUSCLES,
    PATTERNS,
    RED_FLAGS,
)

T = TypeVar("T")

#: Fragments that mean something to a markup parser, a terminal or a text shaper.
MARKUP = (
    "<b>",
    "</b>",
    "<i>x</i>",
    "<b>bold</b>",
    "<img src='/dev/zero'/>",
    '<img src="/etc/passwd" width="9000" height="9000"/>',
    "<font color='red' size='40'>",
    "</font>",
    "<font name='Courier'>",
    "<br/>",
    "<br>",
    "<para>",
    "</para>",
    "<a href='file:///etc/passwd'>link</a>",
    "<seq id='x'/>",
    "<onDraw name='x'/>",
    "&amp;",
    "&lt;",
    "&gt;",
    "&nbsp;",
    "&#39;",
    "&#x1F4AA;",
    "&bogus;",
    "&",
    "<",
    ">",
    "<>",
    "]]>",
    "<!-- -->",
    "%s %d {0} {}",
    "\\n",
)
CONTROL = (
    "\x00",
    "\x07",
    "\x08",
    "\x1b[2J",
    "\x1b[31mALL CLEAR\x1b[0m",
    "\x1b]52;c;aGVsbG8=\x07",
    "\x7f",
    "\x85",
    "\x9b",
    "\t",
    "\r",
    "\r\n",
    "\n",
    "\x0b",
    "\x0c",
    "\u2028",
    "\u2029",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00ad",
)
SCRIPTS = (
    "💪",
    "💪🏽",
    "👨‍👩‍👧",
    "🏳️‍🌈",
    "🇩🇪",
    "שלום",
    "مرحبا بالعالم",
    "\u202eevil\u202c",
    "\u200fRTL mark",
    "\u2066isolate\u2069",
    "e\u0301",
    "Z\u0324\u0354\u0367\u0311\u0313",
    "a" + "\u0300" * 30,
    "ﷺ",
    "日本語のテキスト",
    "한국어",
    "ไทย",
    "Ελληνικά",
    "Zoë Łukasiewicz",
    "\u00a0",
    "\u2003",
    "\u3000",
    "\U0001f600" * 3,
    "\U000e0041",
    "\ue000",
    "\ufffd",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
)
#: Characters a long word is made of: narrow, wide, missing from the font, right-to-left.
WORD_CHARS = ("x", "W", "i", "界", "ـ", "ש", "💪", "&", "<", "e\u0301", "-", "/")

_any_text = st.text(
    alphabet=st.characters(exclude_categories=("Cs",)),
    max_size=30,
)


def _long_word(max_size: int) -> st.SearchStrategy[str]:
    """One word of up to `max_size` characters (a pasted link, a row of one letter)."""
    return st.builds(
        lambda unit, count: (unit * count)[:max_size],
        st.lists(st.sampled_from(WORD_CHARS), min_size=1, max_size=4).map("".join),
        st.integers(min_value=1, max_value=max(1, max_size)),
    )


def hostile_text(max_size: int, *, min_size: int = 0) -> st.SearchStrategy[str]:
    """Text of `min_size` to `max_size` characters mixing markup, controls, scripts and long
    words with ordinary words and any other characters."""
    fragment = st.one_of(
        st.sampled_from(MARKUP),
        st.sampled_from(CONTROL),
        st.sampled_from(SCRIPTS),
        st.sampled_from(("Lower A", "Deadlift day", "keep", "two reps", "in reserve", " ")),
        _any_text,
        _long_word(max_size),
    )
    repeated = st.builds(
        lambda parts, times: "".join(parts) * times,
        st.lists(fragment, max_size=6),
        st.integers(min_value=1, max_value=max(1, max_size // 40)),
    )
    text = st.one_of(st.lists(fragment, max_size=8).map("".join), repeated)
    # Padded rather than filtered to `min_size`: a filter would throw draws away.
    return text.map(lambda value: (value + "x" * min_size)[: max(min_size, len(value))][:max_size])


def maximal_text(max_size: int) -> st.SearchStrategy[str]:
    """Text exactly `max_size` characters long (the limit itself)."""
    return st.builds(
        lambda parts: ("".join(parts) or "x") * (max_size // max(1, len("".join(parts))) + 1),
        st.lists(
            st.one_of(st.sampled_from(MARKUP + SCRIPTS), st.sampled_from(WORD_CHARS)),
            min_size=1,
            max_size=6,
        ),
    ).map(lambda value: value[:max_size])


@dataclass(frozen=True)
class PlanShape:
    """How big a drawn plan may get."""

    weeks: int = 3
    sessions_per_week: int = 5
    blocks_per_session: int = 3
    items_per_block: int = 3
    custom_exercises: int = 3
    cues: int = 4
    checkins: int = 3
    rule_entries: int = 3


#: `make test`: cheap enough for a couple of seconds of examples.
SMALL = PlanShape()
#: `make fuzz`: more of everything, so days reach their session limit and cues their count.
WIDE = PlanShape(
    weeks=6,
    sessions_per_week=12,
    blocks_per_session=6,
    items_per_block=5,
    custom_exercises=5,
    cues=limits.MAX_CUES,
    checkins=6,
    rule_entries=6,
)


def _dose(exercise: Exercise) -> st.SearchStrategy[dict[str, Any]]:
    """A valid dose for `exercise`: sets and the measure its dose kind takes, optional extras."""
    counts = st.one_of(st.integers(min_value=1, max_value=20), st.integers(1, limits.MAX_NUMBER))
    amounts = st.one_of(
        st.sampled_from([0.0, 2.5, 20.0, 62.4, 80.0, 140.0]),
        st.floats(min_value=0, max_value=limits.MAX_NUMBER, allow_nan=False),
    )
    measure = {
        "reps": st.fixed_dictionaries({"reps": counts}),
        "hold": st.fixed_dictionaries({"hold_s": counts}, optional={"reps": counts}),
        "time": st.fixed_dictionaries({"time_s": counts}),
        "distance": st.fixed_dictionaries(
            {"distance_m": st.floats(min_value=0.5, max_value=limits.MAX_NUMBER, allow_nan=False)}
        ),
    }[exercise.dose]
    extras = st.fixed_dictionaries(
        {},
        optional={
            "load": amounts,
            "rpe": st.one_of(st.integers(1, 10).map(float), st.floats(0, 10, allow_nan=False)),
            "rest_s": st.one_of(st.integers(0, 300), st.integers(0, limits.MAX_NUMBER)),
            "tempo": hostile_text(limits.MAX_SHORT_TEXT_CHARS),
            "per_side": st.booleans(),
            "note": hostile_text(limits.MAX_NOTE_CHARS),
        },
    )
    return st.builds(
        lambda sets, dose, more: {"sets": sets, **dose, **more},
        st.one_of(st.integers(1, 10), st.integers(1, limits.MAX_NUMBER)),
        measure,
        extras,
    )


@st.composite
def custom_exercises(
    draw: st.DrawFn, catalog: Catalog, count: int, cues: int = 4
) -> list[dict[str, Any]]:
    """Up to `count` custom exercises (as file dicts) with ids no catalog entry uses."""
    ids = draw(
        st.lists(
            st.from_regex(r"\Amy-[a-z0-9]{1,8}(-[a-z0-9]{1,4})?\Z").filter(
                lambda value: value not in catalog
            ),
            max_size=count,
            unique=True,
        )
    )
    exercises: list[dict[str, Any]] = []
    for exercise_id in ids:
        dose = draw(st.sampled_from(["reps", "hold", "time", "distance"]))
        exercises.append(
            {
                "id": exercise_id,
                "name": draw(hostile_text(limits.MAX_NAME_CHARS, min_size=1)),
                "category": draw(st.sampled_from(CATEGORIES)),
                "pattern": draw(st.sampled_from(PATTERNS)),
                "muscles": draw(st.lists(st.sampled_from(MUSCLES), min_size=1, max_size=3)),
                "dose": dose,
                "loaded": draw(st.booleans()),
                "equipment": draw(st.lists(hostile_text(limits.MAX_SHORT_TEXT_CHARS), max_size=2)),
                "cues": draw(st.lists(hostile_text(limits.MAX_CUE_CHARS), max_size=cues)),
                "cautions": draw(st.lists(hostile_text(limits.MAX_CUE_CHARS), max_size=2)),
                "defaults": {"sets": draw(st.integers(1, 5))},
            }
        )
    return exercises


@st.composite
def _items(draw: st.DrawFn, exercises: list[Exercise], count: int) -> list[dict[str, Any]]:
    chosen = draw(st.lists(st.sampled_from(exercises), max_size=count))
    return [{"exercise": exercise.id, **draw(_dose(exercise))} for exercise in chosen]


@st.composite
def _session(
    draw: st.DrawFn, day: str, exercises: list[Exercise], shape: PlanShape
) -> dict[str, Any]:
    kinds = draw(
        st.lists(st.sampled_from(BLOCK_KINDS), max_size=shape.blocks_per_session, unique=True)
    )
    session: dict[str, Any] = {
        "day": day,
        "blocks": [
            {"kind": kind, "items": draw(_items(exercises, shape.items_per_block))}
            for kind in kinds
        ],
    }
    session.update(
        draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "name": hostile_text(limits.MAX_NAME_CHARS),
                    "duration_min": st.one_of(st.integers(0, 180), st.integers(0, 10_000)),
                    "rpe": st.floats(min_value=0, max_value=10, allow_nan=False),
                },
            )
        )
    )
    return session


@st.composite
def _week(draw: st.DrawFn, exercises: list[Exercise], shape: PlanShape) -> dict[str, Any]:
    days = draw(st.lists(st.sampled_from(DAYS), max_size=shape.sessions_per_week))
    # No more sessions on a day than the limit allows.
    kept = [day for i, day in enumerate(days) if days[:i].count(day) < limits.MAX_SESSIONS_PER_DAY]
    return {
        "deload": draw(st.booleans()),
        "notes": draw(hostile_text(limits.MAX_NOTE_CHARS)),
        "sessions": [draw(_session(day, exercises, shape)) for day in kept],
    }


def _checkin(ids: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"date": st.dates(date(2000, 1, 1), date(2100, 12, 31)).map(date.isoformat)},
        optional={
            "pain": st.sampled_from(["none", "doms", "sharp"]),
            "where": hostile_text(limits.MAX_SHORT_TEXT_CHARS),
            "after_exercise": st.one_of(st.none(), st.sampled_from(ids)),
            "red_flags": st.lists(st.sampled_from(RED_FLAGS), max_size=3, unique=True),
            "note": hostile_text(limits.MAX_NOTE_CHARS),
        },
    )


def rules_sections(entries: int = 3) -> st.SearchStrategy[dict[str, dict[str, Any]]]:
    """A `rules` section of real codes, each with `enabled` and some of its thresholds."""

    def entry(code: str) -> st.SearchStrategy[dict[str, Any]]:
        thresholds = TABLE[[row.code for row in TABLE].index(code)].thresholds
        value = st.one_of(
            st.integers(0, 100).map(float), st.floats(0, limits.MAX_NUMBER, allow_nan=False)
        )
        return st.fixed_dictionaries(
            {},
            optional={ENABLED: st.booleans(), **{name: value for name in thresholds}},
        )

    return st.lists(
        st.sampled_from([row.code for row in TABLE]), max_size=entries, unique=True
    ).flatmap(lambda codes: st.fixed_dictionaries({code: entry(code) for code in codes}))


@st.composite
def plan_dicts(draw: st.DrawFn, catalog: Catalog, shape: PlanShape = SMALL) -> dict[str, Any]:
    """A whole valid plan file's contents, using `catalog`'s exercises and its own."""
    custom = draw(custom_exercises(catalog, shape.custom_exercises, shape.cues))
    custom_models = [Exercise.model_validate(data) for data in custom]
    pool = list(catalog) + custom_models
    # Few exercises per plan, so custom ones and repeats (progressions, findings) are common.
    exercises = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=6)) + custom_models
    weeks = draw(st.integers(min_value=1, max_value=shape.weeks))
    last_start = limits.LAST_PLAN_DATE - timedelta(weeks=weeks)
    start = draw(
        st.one_of(
            st.dates(date(2020, 1, 1), date(2030, 12, 31)),
            st.dates(limits.FIRST_PLAN_DATE, last_start),
        )
    )
    plan: dict[str, Any] = {
        "format": "brace-plan",
        "version": 1,
        "start_date": start.isoformat(),
        "weeks": [draw(_week(exercises, shape)) for _ in range(weeks)],
    }
    plan.update(
        draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "title": hostile_text(limits.MAX_TITLE_CHARS),
                    "athlete": hostile_text(limits.MAX_NAME_CHARS),
                    "units": st.sampled_from(["kg", "lb"]),
                    "checkins": st.lists(
                        _checkin([e.id for e in exercises]), max_size=shape.checkins
                    ),
                    "rules": rules_sections(shape.rule_entries),
                },
            )
        )
    )
    if custom:
        plan["exercises"] = custom
    return plan


FUZZ_PROFILE = "fuzz"


def examples(quick: T, deep: T) -> T:
    """What a property test takes (its example count, its plan shape): `quick` in `make
    test`, `deep` in `make fuzz` (the `fuzz` profile, see tests/conftest.py)."""
    return deep if settings.get_current_profile_name() == FUZZ_PROFILE else quick
