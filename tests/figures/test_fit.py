"""Fitting a drawing into a cell: the whole box shown, aspect kept, centred."""

from __future__ import annotations

import pytest

from planner_gui.figures.fit import fit


def test_a_tall_box_fills_the_height_and_is_centred_across() -> None:
    placed = fit((0.0, 0.0, 1.0, 2.0), 300, 100, pad=5)
    assert placed.scale == pytest.approx(45)  # (100 - 2 * 5) / 2
    assert placed.place((0.0, 0.0)) == pytest.approx((127.5, 5))
    assert placed.place((1.0, 2.0)) == pytest.approx((172.5, 95))


def test_a_box_off_the_origin_is_moved_into_the_cell() -> None:
    placed = fit((-0.5, 1.0, 1.5, 1.5), 100, 100)
    assert placed.scale == pytest.approx(50)  # the width binds: 2 units across 100
    assert placed.place((-0.5, 1.0)) == pytest.approx((0, 37.5))
    assert placed.place((1.5, 1.5)) == pytest.approx((100, 62.5))


def test_a_cell_smaller_than_its_padding_draws_nothing_rather_than_flipping() -> None:
    assert fit((0.0, 0.0, 1.0, 1.0), 6, 6, pad=4).scale == 0.0
    assert fit((0.3, 0.3, 0.3, 0.3), 10, 10).scale > 0  # a point still has a place
