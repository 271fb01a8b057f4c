"""The rule tests' fixture: `make`, the plan builder (tests/support/plans.py), on the rules'
own catalog (tests/support/catalogs.py); `clean_week()` passes every rule and each test changes
one thing in it."""

from __future__ import annotations

import pytest

from tests.support.plans import PlanBuilder


@pytest.fixture
def make() -> PlanBuilder:
    return PlanBuilder()
