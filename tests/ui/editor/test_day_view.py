"""The day view: session cards wrap a long name onto two lines before eliding it, and the day
columns keep the plan's dates in order whatever day the week is set to start on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from planner_gui.ui.commands.sessions import EditSessionCommand
from planner_gui.ui.editor.day_view import SessionButton
from planner_gui.ui.models.plan_model import COL_LOAD, ItemPath, PlanModel
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_plan_dict, editing_program
from tests.support.widgets import make_editor as make_plain_editor
from tests.support.widgets import make_shown_editor as make_editor

DAY_COLUMNS = {f"day_{d}" for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


def test_day_card_wraps_a_long_session_name_onto_two_lines(qtbot: QtBot) -> None:
    button = SessionButton(("Lower A: squat and hinge", "60 min", "RPE 6"))
    qtbot.addWidget(button)
    width = button.fontMetrics().horizontalAdvance("Lower A: squat") + 12
    button.resize(width, button.sizeHint().height())
    button.show()
    qtbot.waitExposed(button)
    lines = button.text().split("\n")
    assert lines[:2] == ["Lower A: squat", "and hinge"]
    assert lines[2:] == ["60 min", "RPE 6"]
    # Room for four lines, so the wrapped name does not push the RPE out of the card.
    assert button.sizeHint().height() >= 4 * button.fontMetrics().lineSpacing()


def test_day_card_elides_only_what_three_lines_cannot_hold(qtbot: QtBot) -> None:
    button = SessionButton(("Full body: single leg, row, press and carry", "60 min", "RPE 6"))
    qtbot.addWidget(button)
    button.resize(button.fontMetrics().horizontalAdvance("Full body:") + 12, 60)
    button.show()
    qtbot.waitExposed(button)
    name = button.text().split("\n")[:3]
    assert name[0] == "Full body:"
    assert not name[1].endswith("…")
    assert name[2].endswith("…")
    assert button.text().split("\n")[3:] == ["60 min", "RPE 6"]


def test_day_tiles_show_the_template_session_names_whole_at_1366_by_800(qtbot: QtBot) -> None:
    """A new-user review found "Squat and b…" on the 8-week template's cards in a 1366 × 800
    window: names now wrap to three lines, days with sessions get the rest days' spare width,
    and a name still too long is whole in the tool tip and the accessible name."""
    from planner_gui.domain.catalog import bundled_catalog
    from planner_gui.domain.formats import load_plan
    from planner_gui.resources import SAMPLE_PLAN
    from planner_gui.ui.main_window import MainWindow

    catalog = bundled_catalog()
    window = MainWindow(program=load_plan(SAMPLE_PLAN, catalog), catalog=catalog)
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    qtbot.waitExposed(window)
    cards = window.editor.day_view.session_buttons
    names = {
        index: window.editor.day_view._model.program().weeks[0].sessions[index].name
        for index in cards
    }
    shown = {index: " ".join(card.text().split("\n")[:-2]) for index, card in cards.items()}
    whole = [name for index, name in names.items() if shown[index] == name]
    assert {"Squat and bench day", "Easy walk and mobility", "Deadlift and row day"} <= set(whole)
    for index, card in cards.items():
        assert names[index] in card.accessibleName()
        assert names[index] in card.toolTip()
        if shown[index] != names[index]:
            assert shown[index].endswith("…")
    rest = window.editor.day_view.findChild(QWidget, "day_thu")
    monday = window.editor.day_view.findChild(QWidget, "day_mon")
    assert rest is not None and monday is not None
    assert monday.width() > rest.width()


def test_day_view_dates_stay_in_order_whatever_the_first_day(qtbot: QtBot) -> None:
    wednesday_start = dict(editing_plan_dict(1), start_date="2026-01-07")
    model = PlanModel(
        editing_program().model_validate(wednesday_start, strict=False), editing_catalog()
    )
    editor, _ = make_editor(qtbot, model)
    editor.set_first_day("sun")
    columns = [
        w
        for w in editor.day_view.findChildren(QWidget)
        if w.objectName() in DAY_COLUMNS and not w.isHidden()
    ]
    columns.sort(key=lambda w: w.mapTo(editor, w.rect().topLeft()).x())
    days = [w.objectName().removeprefix("day_") for w in columns]
    assert days == ["wed", "thu", "fri", "sat", "sun", "mon", "tue"]
    dates = [model.program().session_date(0, day) for day in days]  # type: ignore[arg-type]
    assert dates == sorted(dates)


def test_an_exercise_edit_leaves_the_day_cards_alone_a_session_edit_redraws_them(
    qtbot: QtBot,
) -> None:
    """Item edits are the common case and no card shows them: no relayout of seven columns."""
    editor, model, stack = make_plain_editor(qtbot)
    card = editor.day_view.session_buttons[0]
    with qtbot.waitSignal(model.plan_changed):
        model.setData(model.item_index(ItemPath(0, 0, "main", 0), COL_LOAD), 71.5)
    assert editor.day_view.session_buttons[0] is card

    with qtbot.waitSignal(model.plan_changed):
        stack.push(EditSessionCommand(model, 0, 0, "name", "Heavy lower"))
    renamed = editor.day_view.session_buttons[0]
    assert renamed is not card
    assert renamed.lines[0] == "Heavy lower"
