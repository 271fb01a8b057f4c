"""Conditioning drawings: the rowing machine shows its seat, rail, footplate and flywheel."""

from __future__ import annotations

import math

from planner_gui.figures.props import Circle, Line, Rect
from tests.support.drawing import angle, drawn, frames


def _bend(hip: tuple[float, float], knee: tuple[float, float], ankle: tuple[float, float]) -> float:
    """How far a joint is bent from straight, in degrees."""
    return abs((angle(hip, knee) - angle(knee, ankle) + 180) % 360 - 180)


def test_rowing_machine_sits_on_a_seat_on_the_rail_feet_on_the_footplate_chain_to_flywheel() -> (
    None
):
    """Issue 14: a rail and a line, no seat, footplate or housing. The seat slides on the
    rail under the hips, the heels stay in the footplate, a chain runs from the handle in
    the hands to the flywheel; catch (knees up, arms long) to finish (legs long, handle in)."""
    pose = drawn("rowing-machine")
    machine = [p for p in pose.scenery if p.role == "machine"]
    rail = max(
        (p for p in machine if isinstance(p, Line) and p.thick and p.a[1] == p.b[1]),
        key=lambda p: p.b[0] - p.a[0],
    )
    plate = next(p for p in machine if isinstance(p, Line) and p.thick and p.b[1] > p.a[1] + 0.05)
    flywheel = max((p for p in machine if isinstance(p, Circle)), key=lambda c: c.radius)
    assert flywheel.radius >= 0.07 and flywheel.center[0] > plate.b[0]
    seats = []
    for frame in frames(pose):
        f = frame.figure
        seat = next(p for p in frame.props if isinstance(p, Rect))
        assert seat.y == rail.a[1] and seat.x < f.hip[0] < seat.x + seat.width  # on the rail
        assert 0 <= f.hip[1] - (seat.y + seat.height) < 0.03  # sitting on it
        # The heels in the footplate, at its lower end.
        assert math.dist(f.ankle_n, plate.a) < 0.04
        chain = next(p for p in frame.props if isinstance(p, Line))
        assert chain.a == f.wrist_n
        assert math.dist(chain.b, flywheel.center) < flywheel.radius + 0.03  # to the flywheel
        seats.append(seat.x)
    catch, finish = pose.start.figure, pose.end.figure
    assert seats[0] - seats[1] > 0.2  # the seat slides back along the rail
    assert _bend(catch.hip, catch.knee_n, catch.ankle_n) > 90  # knees up to the chest
    assert abs(angle(catch.knee_n, catch.ankle_n) + 90) < 25  # shins near vertical
    assert angle(catch.hip, catch.neck) < 75 and catch.wrist_n[0] > catch.knee_n[0]
    assert _bend(finish.hip, finish.knee_n, finish.ankle_n) < 25  # legs long
    assert angle(finish.hip, finish.neck) > 100  # leaning back a little
    # The handle in at the lower ribs, the elbow back behind the trunk.
    assert finish.wrist_n[1] < finish.neck[1] and finish.wrist_n[1] > finish.waist[1]
    assert finish.elbow_n[0] < finish.waist[0]
