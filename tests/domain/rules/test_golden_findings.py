"""The checker says exactly what it said when the golden file was written, plan by plan: code,
severity, message and place of every finding (tests/support/golden_plans.py says which plans
and how to rewrite the file after a deliberate change)."""

from __future__ import annotations

import json

import pytest

from tests.support.golden_plans import GOLDEN_PATH, expand, golden_rows

PINNED = list(json.loads(GOLDEN_PATH.read_text(encoding="utf-8"))["plans"])


@pytest.fixture(scope="module")
def golden() -> dict[str, list[tuple[object, ...]]]:
    data = json.loads(GOLDEN_PATH.read_text(encoding="utf-8"))
    return {name: expand(data["messages"], rows) for name, rows in data["plans"].items()}


@pytest.fixture(scope="module")
def current() -> dict[str, list[tuple[object, ...]]]:
    messages, plans = golden_rows()
    return {name: expand(messages, rows) for name, rows in plans.items()}


def test_the_same_plans_are_pinned(
    golden: dict[str, list[tuple[object, ...]]], current: dict[str, list[tuple[object, ...]]]
) -> None:
    assert list(current) == list(golden)
    # Something to pin: the roughened plans and the benchmark's year find plenty.
    assert sum(map(len, golden.values())) > 2000


@pytest.mark.parametrize("name", PINNED)
def test_findings_match_the_golden_file(
    name: str,
    golden: dict[str, list[tuple[object, ...]]],
    current: dict[str, list[tuple[object, ...]]],
) -> None:
    expected, found = golden[name], current[name]
    first = next(
        (i for i, (a, b) in enumerate(zip(expected, found, strict=False)) if a != b),
        min(len(expected), len(found)),
    )
    assert found == expected, (
        f"{name}: {len(found)} findings, {len(expected)} pinned; first difference at {first}: "
        f"found {found[first] if first < len(found) else None}, "
        f"pinned {expected[first] if first < len(expected) else None}"
    )
