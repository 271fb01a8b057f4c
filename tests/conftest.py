"""Shared fixtures. Qt runs offscreen unless the caller chose a platform.

Property tests marked `fuzz` run a bounded number of examples in `make test`; `make fuzz`
runs only them under the `fuzz` Hypothesis profile, many more examples each (selected with
`--hypothesis-profile=fuzz`, or BRACE_HYPOTHESIS_PROFILE=fuzz in the environment).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The deep run: no deadline (a big plan takes seconds to export) and no complaint that
#: drawing a whole plan is slow or large. Each fuzz test sets its own example count with
#: `tests.support.strategies.examples`, so that the whole of `make fuzz` ends within 15
#: minutes (the Makefile says what it measured); 1,000 is only for a test that sets none.
settings.register_profile(
    "fuzz",
    max_examples=1_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
if os.environ.get("BRACE_HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["BRACE_HYPOTHESIS_PROFILE"])


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "fuzz: a property test `make fuzz` runs with many more examples"
    )
    # A whole generated plan that fails is printed long; Hypothesis warns that its repr is
    # large, which `filterwarnings = error` would turn into the failure reported instead.
    config.addinivalue_line(
        "filterwarnings", "ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning"
    )
