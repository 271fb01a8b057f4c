"""The handout tests' fixtures: their catalog and the PDF tools (tests/support has the data)."""

from __future__ import annotations

import pytest

from planner_gui.domain.catalog import Catalog
from tests.support.catalogs import handout_catalog
from tests.support.pdf import PdfTools


@pytest.fixture
def catalog() -> Catalog:
    return handout_catalog()


@pytest.fixture
def pdf() -> type[PdfTools]:
    return PdfTools
