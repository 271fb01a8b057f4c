"""Migration check: the catalog's `pose` fields draw exactly what the old id rules drew.

Runs against planner_gui.domain.poses (the old substring rules) while both exist; it goes
with the old module once the importers use planner_gui.figures.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from planner_gui.domain import poses as old
from planner_gui.domain.catalog import bundled_catalog
from planner_gui.figures import library
from planner_gui.figures.lookup import pose_for


def _canon(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        fields = dataclasses.fields(value)
        return (type(value).__name__, *(_canon(getattr(value, f.name)) for f in fields))
    if isinstance(value, tuple):
        return tuple(_canon(v) for v in value)
    return value


def test_every_catalog_exercise_draws_as_before() -> None:
    catalog = list(bundled_catalog())
    assert len(catalog) == 108
    differ = [e.id for e in catalog if _canon(old.pose_for(e)) != _canon(pose_for(e))]
    assert differ == []
    assert sum(old.pose_for(e) is None for e in catalog) == 6


def test_the_library_holds_every_old_drawing_unchanged() -> None:
    before = {name: _canon(pose) for name, pose in old.all_poses().items()}
    after = {pose.name: _canon(pose) for pose in library.all_poses().values()}
    assert after == before
