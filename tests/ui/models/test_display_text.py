"""The window shows a plan text's control characters as escapes (its item models, the
findings list) and edits the text raw."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import bundled_catalog, catalog_for_plan
from planner_gui.domain.editing.paths import ItemPath
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import CheckIn, Exercise
from planner_gui.ui.models.catalog_model import CatalogModel
from planner_gui.ui.models.checkin_model import COL_REPORTED, CheckInModel
from planner_gui.ui.models.plan_model import COL_EXERCISE, COL_NOTE, COL_TEMPO, PlanModel
from planner_gui.ui.panels.findings_panel import finding_row
from tests.support.plans import editing_program

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TIP = Qt.ItemDataRole.ToolTipRole
CUSTOM = Exercise(
    id="my-row",
    name="Row\x1b[2J",
    category="strength",
    pattern="pull",
    muscles=["lats"],
    dose="reps",
)


def _model() -> PlanModel:
    program = editing_program()
    week = program.weeks[0]
    session = week.sessions[0].model_copy(update={"name": "Lower\x07 A"})
    main = session.blocks[[block.kind for block in session.blocks].index("main")]
    item = main.items[0].model_copy(
        update={"exercise": "my-row", "tempo": "3-1\x00", "note": "Brace.\r\nThen\x1b lift"}
    )
    main.items[0] = item
    week.sessions[0] = session
    program = program.model_copy(
        update={
            "exercises": [CUSTOM],
            "checkins": [CheckIn(date=program.start_date, pain="doms", where="low\u202eback")],
        }
    )
    return PlanModel(program, catalog_for_plan(bundled_catalog(), program))


def test_the_plan_s_cells_show_escapes_and_edit_the_raw_text(qtbot: QtBot) -> None:
    model = _model()
    assert model.data(model.session_index(0, 0)) == "Monday · Lower\\x07 A"
    item = model.item_index(ItemPath(0, 0, "main", 0))
    assert model.data(item.siblingAtColumn(COL_EXERCISE)) == "Row\\x1b[2J"
    assert model.data(item.siblingAtColumn(COL_TEMPO)) == "3-1\\x00"
    assert model.data(item.siblingAtColumn(COL_TEMPO), EDIT) == "3-1\x00"
    # A note keeps its line break (a Windows one becomes \n) and shows its other controls.
    assert model.data(item.siblingAtColumn(COL_NOTE)) == "Brace.\nThen\\x1b lift"
    assert model.data(item.siblingAtColumn(COL_NOTE), EDIT) == "Brace.\r\nThen\x1b lift"
    assert "\\x1b" in model.data(item.siblingAtColumn(COL_NOTE), TIP)
    assert "\x1b" not in model.data(item.siblingAtColumn(COL_EXERCISE), TIP)


def test_check_ins_and_the_catalog_show_escapes(qtbot: QtBot) -> None:
    model = _model()
    checkins = CheckInModel(model)
    group = checkins.index(0, 0)
    reported = checkins.index(0, COL_REPORTED, group).data(DISPLAY)
    assert reported.endswith("low\\u202eback") and "\u202e" not in reported
    catalog = CatalogModel(catalog_for_plan(bundled_catalog(), model.program()))
    names = [catalog.index(row, 0).data(DISPLAY) for row in range(catalog.rowCount())]
    assert "Row\\x1b[2J" in names and not any("\x1b" in name for name in names)


def test_a_finding_s_row_shows_the_plan_text_it_quotes_escaped(qtbot: QtBot) -> None:
    finding = Finding(
        "DA502", "error", "'ghost\x1b[2J' is not in the catalog", 1, "mon", "Lower\x07 A"
    )
    text, where = finding_row(finding)
    assert text.text() == "DA502  'ghost\\x1b[2J' is not in the catalog"
    assert "Lower\\x07 A" in where.text() and "\x07" not in where.text()
