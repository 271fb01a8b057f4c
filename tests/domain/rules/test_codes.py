"""The table of rule codes (rules/codes.py) and the registry that pairs each code with its check."""

from __future__ import annotations

import ast
import inspect
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from planner_gui.domain.rules import FAMILY_MODULES, REGISTRY, all_rules, codes
from planner_gui.domain.rules.codes import (
    ACUTE_CHRONIC_RATIO,
    BY_CODE,
    EXERCISE_LOAD_RISE,
    FAMILIES,
    HEAVY_HINGES_BACK_TO_BACK,
    NO_REST_DAY,
    NO_THRESHOLDS,
    STATIC_STRETCH_IN_WARMUP,
    TABLE,
    WEEK_LOAD_RISE,
    Escalation,
    RiseLimits,
    RuleCode,
    Thresholds,
    threshold,
)
from planner_gui.domain.rules.registry import Rule, register


def _table_key(code: str) -> tuple[int, str]:
    return ([family.prefix for family in FAMILIES].index(code[:2]), code)


def test_table_is_ordered_like_the_design_table() -> None:
    table = [entry.code for entry in TABLE]
    assert table == sorted(table, key=_table_key)
    assert [family.prefix for family in FAMILIES] == ["PO", "RC", "WU", "BA", "DA", "CK", "TI"]
    assert table[0] == "PO101" and table[-1] == "TI702"
    assert [rule.code for rule in all_rules()] == table
    assert list(BY_CODE) == table


def test_every_code_constant_of_the_module_is_in_the_table() -> None:
    constants = [value for value in vars(codes).values() if isinstance(value, RuleCode)]
    assert len(constants) == len(TABLE)
    assert all(any(entry is constant for entry in TABLE) for constant in constants)


def _decorated_codes() -> list[tuple[str, str, str]]:
    """(module, function, code) for each `@rule(CONSTANT, ...)` in the family modules' source."""
    found: list[tuple[str, str, str]] = []
    for module in FAMILY_MODULES:
        tree = ast.parse(inspect.getsource(module))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            rules = [
                decorator
                for decorator in node.decorator_list
                if isinstance(decorator, ast.Call)
                and isinstance(decorator.func, ast.Name)
                and decorator.func.id == "rule"
            ]
            assert len(rules) <= 1, f"{node.name} is registered under more than one code"
            for decorator in rules:
                argument = decorator.args[0]
                assert isinstance(argument, ast.Name), f"{node.name}: name the table's constant"
                found.append((module.__name__, node.name, getattr(codes, argument.id).code))
    return found


def test_every_code_has_exactly_one_check_and_every_check_exactly_one_code() -> None:
    decorated = _decorated_codes()
    assert sorted(code for _, _, code in decorated) == sorted(BY_CODE)
    assert len({(module, name) for module, name, _ in decorated}) == len(decorated)
    assert set(REGISTRY) == set(BY_CODE)
    assert len({id(rule.check) for rule in REGISTRY.values()}) == len(REGISTRY)
    for code, rule in REGISTRY.items():
        assert rule.info is BY_CODE[code]


def test_each_check_lives_in_its_family_module_next_to_its_rationale() -> None:
    for rule in all_rules():
        assert rule.check.__module__ == f"planner_gui.domain.rules.{rule.info.family.module}"
        assert len(rule.rationale.split()) >= 20, rule.code
    assert [module.__name__.rsplit(".", 1)[1] for module in FAMILY_MODULES] == [
        family.module for family in FAMILIES
    ]


def test_family_modules_never_spell_a_code_string() -> None:
    """The code is typed once, in the table; a check reports through its bound reporter."""
    for module in FAMILY_MODULES:
        tree = ast.parse(inspect.getsource(module))
        strings = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
        assert not [s for s in strings if codes.CODE_PATTERN.match(s)], module.__name__


def test_thresholds_are_described_and_typed() -> None:
    for entry in TABLE:
        assert list(entry.thresholds) == [spec.name for spec in entry.threshold_specs]
        for spec in entry.threshold_specs:
            assert spec.unit, (entry.code, spec.name)
            assert spec.meaning.endswith(".") and spec.meaning[0].isupper(), (entry.code, spec)
            assert getattr(entry.defaults, spec.name) == spec.default
    assert EXERCISE_LOAD_RISE.threshold_specs[0].unit == "%"
    assert HEAVY_HINGES_BACK_TO_BACK.thresholds == {}
    assert HEAVY_HINGES_BACK_TO_BACK.defaults is NO_THRESHOLDS
    assert NO_REST_DAY.thresholds == {"easy_rpe": 3.0}


def test_escalation_names_a_threshold_of_its_rule() -> None:
    assert EXERCISE_LOAD_RISE.escalation == "error above error_pct"
    assert ACUTE_CHRONIC_RATIO.escalation == "error above error_ratio"
    assert STATIC_STRETCH_IN_WARMUP.escalation == "warning from warn_total_s"
    assert WEEK_LOAD_RISE.escalation == ""
    for entry in TABLE:
        if entry.escalates is not None:
            assert entry.escalates.above in entry.thresholds


def test_settings_are_read_typed_from_the_plan_section() -> None:
    assert EXERCISE_LOAD_RISE.settings({}) is EXERCISE_LOAD_RISE.defaults
    tuned = EXERCISE_LOAD_RISE.settings({"PO101": {"limit_pct": 7.5, "enabled": True}})
    assert isinstance(tuned, RiseLimits)
    assert (tuned.limit_pct, tuned.error_pct) == (7.5, 20.0)
    assert WEEK_LOAD_RISE.settings({"PO101": {"limit_pct": 7.5}}).limit_pct == 10.0
    # Stray entries of a hand-built plan are ignored, not trusted.
    assert WEEK_LOAD_RISE.settings({"PO102": {"limit_pcnt": 3, "limit_pct": True}}).limit_pct == 10
    assert WEEK_LOAD_RISE.values({"PO102": {"limit_pct": 12}}) == {"limit_pct": 12.0}


def test_enabled_reads_the_switch() -> None:
    assert NO_REST_DAY.enabled({})
    assert NO_REST_DAY.enabled({"RC203": {}})
    assert not NO_REST_DAY.enabled({"RC203": {"enabled": False}})
    assert NO_REST_DAY.enabled({"RC203": {"enabled": 0}})  # not a bool: ignored, as before
    assert NO_REST_DAY.enabled({"PO101": {"enabled": False}})


@dataclass(frozen=True)
class _Switch(Thresholds):
    enabled: float = threshold(1.0, "", "A threshold that would shadow the on/off switch.")


@dataclass(frozen=True)
class _Negative(Thresholds):
    floor: float = threshold(-1.0, "kg", "A default no plan could set.")


@dataclass(frozen=True)
class _Undescribed(Thresholds):
    limit: float = 1.0


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: RuleCode("PO10", "t", "warning", NO_THRESHOLDS), "two capitals and three digits"),
        (lambda: RuleCode("po101", "t", "warning", NO_THRESHOLDS), "two capitals"),
        (lambda: RuleCode("PO1011", "t", "warning", NO_THRESHOLDS), "two capitals"),
        (lambda: RuleCode("XX101", "t", "warning", NO_THRESHOLDS), "no rule family 'XX'"),
        (lambda: RuleCode("PO901", "t", "warning", _Switch()), "'enabled' is reserved"),
        (lambda: RuleCode("PO901", "t", "warning", _Negative()), "cannot default below 0"),
        (lambda: RuleCode("PO901", "t", "warning", _Undescribed()), "with `threshold"),
        (
            lambda: RuleCode("PO901", "t", "warning", RiseLimits(), Escalation("error", "err")),
            "which is no threshold",
        ),
    ],
)
def test_a_malformed_row_is_refused(make: Callable[[], object], reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        make()


def test_the_table_refuses_a_reused_code_and_codes_out_of_order() -> None:
    first = RuleCode("PO901", "t", "warning", NO_THRESHOLDS)
    again = RuleCode("PO901", "other title", "info", NO_THRESHOLDS)
    with pytest.raises(ValueError, match="PO901 is in the table twice"):
        codes._table(first, again)
    with pytest.raises(ValueError, match="RC203 is out of order"):
        codes._table(first, RuleCode("WU901", "t", "info", NO_THRESHOLDS), NO_REST_DAY)
    assert codes._table(first, NO_REST_DAY) == (first, NO_REST_DAY)


def _noop(ctx: object, report: object) -> None:
    """A check that finds nothing."""


def test_register_refuses_codes_outside_the_table_and_codes_or_checks_used_twice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = dict(REGISTRY)
    look_alike = RuleCode("PO101", EXERCISE_LOAD_RISE.title, "warning", RiseLimits())
    with pytest.raises(ValueError, match="not in the rule table"):
        register(Rule(look_alike, "why", _noop))
    with pytest.raises(ValueError, match="not in the rule table"):
        register(Rule(RuleCode("PO999", "t", "warning", NO_THRESHOLDS), "why", _noop))
    with pytest.raises(ValueError, match="PO101 is registered twice"):
        register(Rule(EXERCISE_LOAD_RISE, "why", _noop))
    assert before == REGISTRY
    # Registering the same rule again (a module reloaded) changes nothing.
    register(REGISTRY["PO101"])
    assert before == REGISTRY
    # One check under a second code is refused too.
    monkeypatch.delitem(REGISTRY, "PO102")
    with pytest.raises(ValueError, match="registered as PO101 already"):
        register(Rule(WEEK_LOAD_RISE, "why", REGISTRY["PO101"].check))


def test_all_rules_refuses_a_code_without_a_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(REGISTRY, "RC203")
    with pytest.raises(LookupError, match="RC203"):
        all_rules()
