"""The handout lays out any plan within the limits, and more: nothing raises, nothing runs off.

Every text here is at its limit in `domain.limits`, or a word too long for any line; each PDF
is read back for its pages, its text (tests/support/printed: literally, whitespace aside) and
text running past the right margin.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from planner_gui.domain import limits
from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.models import Block, Exercise, Item, Program, Session, Week
from planner_gui.domain.vocabulary import BLOCK_KINDS, DAYS
from planner_gui.export import handout
from planner_gui.export.handout import HandoutLayoutError
from planner_gui.export.styles import MARGIN
from tests.support.full_handout import render_handout
from tests.support.printed import Printout, printed_fields
from tests.support.unplaceable import TooTall

RIGHT_MARGIN = A4[0] - MARGIN
CATALOG = bundled_catalog()


def text_of(length: int, words: str = "Brace <b>and</b> hinge &amp; breathe ") -> str:
    """`length` characters of words holding markup."""
    return (words * (length // len(words) + 1))[:length]


def program(weeks: list[Week], **fields: Any) -> Program:
    return Program(
        format="brace-plan", version=1, start_date=date(2026, 1, 5), weeks=weeks, **fields
    )


def item(note: str = "", exercise: str = "deadlift") -> Item:
    return Item(exercise=exercise, sets=3, reps=5, load=80.0, rpe=7, rest_s=150, note=note)


def session(name: str, day: str = "mon", items: int = 1, note: str = "") -> Session:
    return Session(
        day=day,  # type: ignore[arg-type]
        name=name,
        duration_min=60,
        rpe=6,
        blocks=[Block(kind="main", items=[item(note) for _ in range(items)])],
    )


def exported(plan: Program, catalog: Catalog = CATALOG) -> bytes:
    """The PDF, after checking it has pages, prints every user text and keeps in its margins."""
    pdf = render_handout(plan, catalog)
    printout = Printout.of(pdf)
    assert printout.pages > 0
    assert printout.unprinted(printed_fields(plan, catalog)) == {}
    assert printout.off_page(RIGHT_MARGIN) == []
    return pdf


def test_six_long_named_sessions_on_one_day_export() -> None:
    # Past the limit of sessions a day (a plan loaded from a file cannot have it), built
    # without validation: the handout must still lay it out, the week grid shortening names.
    names = [text_of(limits.MAX_NAME_CHARS, f"Session {n} long name ") for n in range(6)]
    week = Week.model_construct(deload=False, notes="", sessions=[session(name) for name in names])
    plan = Program.model_construct(
        format="brace-plan",
        version=1,
        title="Six a day",
        athlete="",
        start_date=date(2026, 1, 5),
        units="kg",
        exercises=[],
        weeks=[week],
        checkins=[],
        rules={},
    )
    pdf = exported(plan)
    assert len(PdfReader(BytesIO(pdf)).pages) >= 2 + 6


def test_a_day_of_a_hundred_and_fifty_sessions_splits_its_row_of_the_week_grid() -> None:
    week = Week.model_construct(
        deload=False, notes="", sessions=[session(f"S{n}", items=0) for n in range(150)]
    )
    plan = Program.model_construct(
        format="brace-plan",
        version=1,
        title="Too many",
        athlete="",
        start_date=date(2026, 1, 5),
        units="kg",
        exercises=[],
        weeks=[week],
        checkins=[],
        rules={},
    )
    pdf = render_handout(plan, CATALOG)
    reader = PdfReader(BytesIO(pdf))
    cover = reader.pages[0].extract_text() + reader.pages[1].extract_text()
    assert "S0" in cover and "S99" in cover  # the grid's one row goes on over pages


def test_four_sessions_a_day_of_maximal_names_all_days() -> None:
    sessions = [
        session(text_of(limits.MAX_NAME_CHARS, f"{day} {n} " + "W" * 40), day)
        for day in DAYS
        for n in range(limits.MAX_SESSIONS_PER_DAY)
    ]
    exported(program([Week(sessions=sessions)]))


def test_maximal_texts_everywhere_print_in_full() -> None:
    custom = Exercise(
        id="my-long-exercise",
        name=text_of(limits.MAX_NAME_CHARS, "Very long custom name "),
        category="strength",
        pattern="hinge",
        muscles=["glutes"],
        dose="reps",
        cues=[text_of(limits.MAX_CUE_CHARS, f"cue {n} <i>x</i> ") for n in range(limits.MAX_CUES)],
    )
    plan = program(
        [
            Week(
                notes=text_of(limits.MAX_NOTE_CHARS),
                sessions=[
                    Session(
                        day="mon",
                        name=text_of(limits.MAX_NAME_CHARS),
                        blocks=[
                            Block(
                                kind="main",
                                items=[
                                    item(text_of(limits.MAX_NOTE_CHARS), "my-long-exercise"),
                                    item(text_of(limits.MAX_NOTE_CHARS)),
                                ],
                            )
                        ],
                    )
                ],
            )
        ],
        title=text_of(limits.MAX_TITLE_CHARS),
        athlete=text_of(limits.MAX_NAME_CHARS),
        exercises=[custom],
    )
    exported(plan, catalog_for_plan(CATALOG, plan))


@pytest.mark.parametrize(
    ("where", "length"),
    [("note", 300), ("week notes", 300), ("name", limits.MAX_NAME_CHARS), ("title", 200)],
)
def test_a_long_word_wraps_inside_the_margins(where: str, length: int) -> None:
    word = "x" * length
    fields: dict[str, Any] = {"title": word} if where == "title" else {}
    plan = program(
        [
            Week(
                notes=word if where == "week notes" else "",
                sessions=[
                    session(
                        word if where == "name" else "Day", note=word if where == "note" else ""
                    )
                ],
            )
        ],
        **fields,
    )
    pdf = exported(plan)
    lines = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).splitlines()
    # On several lines, none of them holding the whole word.
    assert max(line.count("x") for line in lines) < length
    assert sum(line.count("x") for line in lines) >= length


def test_a_maximal_block_of_maximal_items_exports_on_its_many_pages() -> None:
    """Its time, and whether it grows faster than the items, is `make bench` (bench_export)."""
    sessions = [
        Session(
            day="mon",
            name=text_of(limits.MAX_NAME_CHARS),
            blocks=[
                Block(
                    kind=kind,
                    items=[
                        item(text_of(limits.MAX_NOTE_CHARS))
                        for _ in range(limits.MAX_ITEMS_PER_BLOCK)
                    ],
                )
                for kind in BLOCK_KINDS[:1]
            ],
        )
    ]
    plan = program([Week(notes=text_of(limits.MAX_NOTE_CHARS), sessions=sessions)])
    pdf = exported(plan)
    # 40 items of 4,000 characters run to about 80 pages.
    assert len(PdfReader(BytesIO(pdf)).pages) > 50


def test_a_part_that_cannot_be_placed_is_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handout, "safety_flowables", lambda ctx: [TooTall()])
    with pytest.raises(HandoutLayoutError) as raised:
        render_handout(program([Week()]), CATALOG)
    assert "\n" not in str(raised.value)
    assert "does not fit on a page" in str(raised.value)
