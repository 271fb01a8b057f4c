"""The export gate: the one decision, shared by the CLI and the window, on whether a plan prints."""

from __future__ import annotations

from planner_gui.domain.brand import SafetySection, SafetyWording
from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.export_gate import DATA_ERRORS, DATA_RULES, RED_FLAGS, export_gate
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import CheckIn, Program
from planner_gui.resources import SAMPLE_PLAN


def _sample() -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    program = load_plan(SAMPLE_PLAN, catalog)
    return program, catalog.with_custom(program.exercises)


def test_a_clean_plan_passes_with_nothing_to_say() -> None:
    program, catalog = _sample()
    gate = export_gate(program, catalog)
    assert gate.allowed
    assert gate.blocks == ()
    assert gate.findings == ()
    assert gate.summary() == ""
    assert gate.plain() == ""


def test_data_errors_block_with_a_one_line_summary() -> None:
    program, catalog = _sample()
    first = program.weeks[0].sessions[0]
    main = first.block("main")
    assert main is not None
    main.items[0].sets = 40
    main.items[1].exercise = "no-such-lift"
    gate = export_gate(program, catalog)
    assert not gate.allowed
    assert [block.barrier for block in gate.blocks] == [DATA_ERRORS]
    assert sorted(f.code for f in gate.findings) == ["DA501", "DA502"]
    summary = gate.summary()
    assert "\n" not in summary
    assert summary.startswith("2 data errors (DA50")
    assert f"week 1 · {first.day.capitalize()} · {first.name}" in summary
    assert summary.endswith("; and 1 more)")
    assert ".;" not in summary
    assert gate.plain() == (
        "1 implausible value (such as 15 sets or 650 kg) and 1 exercise found nowhere"
    )


def test_one_error_is_counted_in_the_singular_without_more() -> None:
    program, catalog = _sample()
    main = program.weeks[1].sessions[0].block("main")
    assert main is not None
    main.items[0].exercise = "no-such-lift"
    gate = export_gate(program, catalog)
    (finding,) = gate.findings
    assert finding.code == "DA502"
    assert gate.summary().startswith("1 data error (DA502 week 2 · ")
    assert "more" not in gate.summary()
    assert gate.plain() == "1 exercise found nowhere"


def test_only_data_rules_block_and_a_plan_may_switch_them_off() -> None:
    program, catalog = _sample()
    # A big weekly jump is a warning (PO101/PO102), not a reason to refuse printing.
    for block in (b for s in program.weeks[1].sessions for b in s.blocks):
        for entry in block.items:
            if entry.load is not None:
                entry.load *= 1.5
    assert any(f.code == "PO101" for f in check_program(program, catalog))
    assert export_gate(program, catalog).allowed
    main = program.weeks[0].sessions[0].block("main")
    assert main is not None
    main.items[0].sets = 40
    assert not export_gate(program, catalog).allowed
    program.rules = {code: {"enabled": False} for code in DATA_RULES}
    assert export_gate(program, catalog).allowed


# The red-flag barrier (issue 12): passed only on purpose ------------------------------------


def _flagged(
    *flags: str, when: str = "2026-01-13", cleared: bool = False
) -> tuple[Program, Catalog]:
    program, catalog = _sample()
    program.checkins.append(
        CheckIn.model_validate(
            {"date": when, "pain": "none", "red_flags": list(flags), "cleared": cleared},
            strict=False,
        )
    )
    return program, catalog


def test_an_open_red_flag_asks_for_confirmation() -> None:
    program, catalog = _flagged("saddle-numbness")
    gate = export_gate(program, catalog)
    assert not gate.allowed
    assert gate.needs_confirmation and not gate.refused
    assert [block.barrier for block in gate.blocks] == [RED_FLAGS]
    assert gate.confirmations == gate.blocks and gate.refusals == ()
    assert not gate.allows() and gate.allows(confirmed=True)
    assert {f.code for f in gate.findings} == {"CK601"}
    reason = (
        "a red flag no clinician has cleared (2026-01-13: numbness in the saddle area – "
        "Go to an emergency department now)"
    )
    assert gate.confirmation_reason() == reason
    assert gate.summary() == reason and gate.plain() == reason


def test_several_open_red_flags_are_counted_by_check_in() -> None:
    program, catalog = _flagged("night-pain")
    program.checkins.append(
        CheckIn.model_validate({"date": "2026-01-20", "red_flags": ["fever-chills"]}, strict=False)
    )
    gate = export_gate(program, catalog)
    assert gate.confirmation_reason() == (
        "2 red flags no clinician has cleared (2026-01-13: pain that wakes you at night – Book "
        "a doctor's appointment within a few days; 2026-01-20: fever or chills – See a doctor "
        "today)"
    )
    # In a clinic's own words, as its handout says it.
    wording = SafetyWording(same_day=SafetySection("Ring Northside today."))
    assert (
        export_gate(program, catalog, wording)
        .confirmation_reason()
        .endswith("2026-01-20: fever or chills – Ring Northside today)")
    )
    assert len(gate.findings) > 2  # CK601 speaks of every later session


def test_a_cleared_red_flag_does_not_ask() -> None:
    program, catalog = _flagged("leg-weakness")
    program.checkins.append(
        CheckIn.model_validate({"date": "2026-01-20", "cleared": True}, strict=False)
    )
    # The sessions between the flag and the clearance are still errors in the check...
    assert any(f.code == "CK601" for f in check_program(program, catalog))
    # ...but nothing is open any more, so the handout is not held up.
    assert export_gate(program, catalog).allowed
    assert export_gate(*_flagged("leg-weakness", cleared=True)).allowed


def test_switching_ck601_off_does_not_hide_an_open_red_flag_from_the_gate() -> None:
    program, catalog = _flagged("bladder-bowel")
    program.rules = {"CK601": {"enabled": False}}
    assert check_program(program, catalog, select=["CK601"]) == []
    gate = export_gate(program, catalog)
    assert gate.needs_confirmation
    assert program.rules == {"CK601": {"enabled": False}}  # the plan itself is untouched


def test_data_errors_refuse_whatever_is_confirmed() -> None:
    program, catalog = _flagged("gait-change")
    main = program.weeks[0].sessions[0].block("main")
    assert main is not None
    main.items[0].sets = 40
    gate = export_gate(program, catalog)
    assert gate.refused and not gate.needs_confirmation
    assert not gate.allows(confirmed=True)
    assert [block.barrier for block in gate.blocks] == [DATA_ERRORS, RED_FLAGS]
    assert gate.summary().startswith("1 data error (DA501 ")
    assert gate.summary().endswith(
        "; a red flag no clinician has cleared (2026-01-13: a change "
        "in the way you walk – See a doctor today)"
    )
