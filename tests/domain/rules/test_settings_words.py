"""The rules' settings in words with units, as the plan review prints them (no display)."""

from __future__ import annotations

import pytest

from planner_gui.domain.rules.codes import (
    ACUTE_CHRONIC_RATIO,
    BY_CODE,
    EXERCISE_LOAD_RISE,
    FLEXION_CORE,
    NO_RAMP_UP,
    NO_WARMUP,
    TABLE,
)
from planner_gui.domain.rules.settings import SEVERITY_WORDS, describe_settings, value_text


def test_every_threshold_of_the_table_has_a_phrase_with_its_value() -> None:
    specs = [(entry.code, spec) for entry in TABLE for spec in entry.threshold_specs]
    assert specs
    for code, spec in specs:
        assert spec.says, f"{code}.{spec.name} has no `says` phrase"
        assert "{value}" in spec.says or "{number}" in spec.says, f"{code}.{spec.name}"


def test_a_phrase_that_names_a_severity_names_one_the_rule_reports() -> None:
    """A phrase goes stale when the rule's severity changes; this catches it."""
    words = {word: severity for severity, (word, _) in SEVERITY_WORDS.items()}
    for entry in TABLE:
        reported = {entry.severity} | ({entry.escalates.severity} if entry.escalates else set())
        for spec in entry.threshold_specs:
            first = spec.says.split(" ", 1)[0]
            if first in words:
                assert words[first] in reported, f"{entry.code}.{spec.name}: {spec.says}"


@pytest.mark.parametrize(
    ("value", "unit", "units", "text"),
    [
        (10.0, "%", "kg", "10 %"),
        (33.3, "%", "kg", "33.3 %"),
        (1.3, "×", "kg", "1.3×"),
        (5.0, "/10", "kg", "5/10"),
        (6.0, "RPE", "kg", "RPE 6"),
        (60.0, "s", "kg", "60 s"),
        (6.0, "weeks", "kg", "6 weeks"),
        (1.0, "weeks", "kg", "1 week"),
        (20.0, "kg", "kg", "20 kg"),
        (20.0, "kg", "lb", "20 kg (44.1 lb)"),
    ],
)
def test_value_text_puts_the_unit_where_a_coach_reads_it(
    value: float, unit: str, units: str, text: str
) -> None:
    assert value_text(value, unit, units) == text  # type: ignore[arg-type]


def test_defaults_in_words() -> None:
    assert describe_settings(EXERCISE_LOAD_RISE, {}) == (
        "warning above 10 %; error above 20 % (unless a smaller loadable step would not); "
        "one step milder when the top reps fall by 33.3 % or more"
    )
    assert describe_settings(ACUTE_CHRONIC_RATIO, {}) == "warning above 1.3×; error above 1.5×"
    assert describe_settings(BY_CODE["PO109"], {}) == (
        "warning when the planned RPE rises by 2 or more in a week or reaches RPE 10"
    )
    assert describe_settings(NO_RAMP_UP, {}, "lb") == (
        "note for a first set from 70 % of the exercise's heaviest load and from 20 kg (44.1 lb)"
    )


def test_a_rule_without_thresholds_says_its_severity_and_one_without_a_severity_word_gets_it() -> (
    None
):
    assert describe_settings(NO_WARMUP, {}) == "warning"
    assert describe_settings(BY_CODE["WU303"], {}) == "note"
    assert describe_settings(BY_CODE["RC203"], {}).startswith("warning: a day of unloaded")


def test_a_retuned_value_names_the_default_and_a_switched_off_rule_says_so() -> None:
    section = {"PO101": {"limit_pct": 7.5}, "PO109": {"rise_rpe": 3}, "BA404": {"enabled": False}}
    assert describe_settings(EXERCISE_LOAD_RISE, section).startswith(
        "warning above 7.5 % (default 10 %); error above 20 %"
    )
    assert "rises by 3 (default 2) or more" in describe_settings(BY_CODE["PO109"], section)
    assert describe_settings(FLEXION_CORE, section) == "off in this plan"
