"""Conditioning: walking, the bike, the rowing machine and the sled.

Each drawing is a function returning a fresh `Pose`; `POSES` names them by pose id
for the library.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from planner_gui.figures.kinematics import Angles, arm_to, body, leg_to, step
from planner_gui.figures.pose import Frame, Pose, frame
from planner_gui.figures.props import FLOOR_Y, Circle, Line, Rect, with_floor
from planner_gui.figures.skeleton import Figure, Point


def _walk() -> Pose:
    a = body((0.5, 0.5), 85, (-70, -95), (-110, -60), far_leg=(-110, -115), far_arm=(-70, -40))
    b = body((0.52, 0.5), 85, (-110, -115), (-70, -40), far_leg=(-70, -95), far_arm=(-110, -60))
    return Pose("walk", frame(a), frame(b))


def _bike() -> Pose:
    """Seated on an exercise bike, hands on the bars, feet on the pedals: one pedal up and
    one down. The bike is drawn whole, so it reads as one: a base on the floor, the saddle on
    its post, the handlebars on theirs, the flywheel in front, and the cranks turning with
    the feet (they move with the figure)."""
    hip, torso = (0.36, 0.565), 55.0
    crank, radius = (0.45, 0.21), 0.085
    bars = (0.76, 0.66)
    arm = arm_to(hip, torso, bars, bend=-1)
    base_y = FLOOR_Y + 0.015
    wheel, wheel_r = (0.7, 0.18), 0.1

    def pedal(at: Point) -> tuple[Line, Line]:
        return (
            Line(crank, at, thick=True, role="machine"),
            Line((at[0] - 0.035, at[1]), (at[0] + 0.035, at[1]), thick=True, role="machine"),
        )

    def at(turn: float) -> Frame:
        near = step(crank, turn, radius)
        far = step(crank, turn + 180, radius)
        figure = body(hip, torso, leg_to(hip, near), arm, far_leg=leg_to(hip, far))
        return frame(figure, *pedal(far), *pedal(near))

    bike = (
        Line((0.18, base_y), (0.86, base_y), thick=True, role="machine"),  # the base
        Line((0.3, hip[1] - 0.025), (0.42, hip[1] - 0.025), thick=True, role="machine"),
        Line((0.37, hip[1] - 0.025), crank, role="machine"),  # the seat post
        Line(crank, (0.3, base_y), role="machine"),
        Line(crank, wheel, role="machine"),
        Line(wheel, (0.8, base_y), role="machine"),
        Line(wheel, (0.72, bars[1] - 0.02), role="machine"),  # the handlebar post
        Line((0.7, bars[1] - 0.03), (0.8, bars[1] + 0.01), thick=True, role="machine"),
        Circle(wheel, wheel_r, role="machine"),  # the flywheel
        Circle(wheel, 0.015, filled=True, role="machine"),
        Circle(crank, 0.018, filled=True, role="machine"),
    )
    return Pose("bike", at(150), at(-30), scenery=bike)


#: The rowing machine, seen from the side: the top of its rail, the seat's height on it,
#: the heels in the footplate, and the flywheel's housing with where the chain leaves it.
ROWER_RAIL = FLOOR_Y + 0.1
ROWER_SEAT = 0.025
ROWER_HEELS = (0.62, ROWER_RAIL + 0.03)
ROWER_FLYWHEEL = (0.86, 0.23)
ROWER_FLYWHEEL_RADIUS = 0.09
ROWER_CHAIN_EXIT = (0.8, 0.3)


def _rower() -> Pose:
    """Sitting on the seat on its rail, feet strapped to the footplate, the handle on a
    chain from the flywheel: at the catch the seat is forward, shins near vertical, the
    trunk leaning forward and the arms long towards the flywheel; at the finish the legs are
    long, the trunk leans back a little and the handle comes in to the lower ribs with the
    elbows behind. The old drawing had no seat, footplate or housing, only a rail and a line."""
    heels = ROWER_HEELS
    hip_y = ROWER_RAIL + ROWER_SEAT + 0.025

    def seated(hip_x: float, torso: float, handle: Point, elbow: int) -> Frame:
        hip = (hip_x, hip_y)
        arms = arm_to(hip, torso, handle, bend=elbow)
        figure = body(hip, torso, leg_to(hip, heels), arms)
        seat = Rect(hip_x - 0.05, ROWER_RAIL, 0.1, ROWER_SEAT, role="machine")
        chain = Line(figure.wrist_n, ROWER_CHAIN_EXIT, role="machine")
        grip = Circle(figure.wrist_n, 0.016, filled=True, role="machine")
        return frame(figure, seat, chain, grip)

    catch = seated(0.43, 65, (0.8, 0.37), -1)
    # The finish: the handle in front of the lower ribs, the elbows drawn back past the body.
    finish_x, lean = heels[0] - 0.463, 110.0
    ribs = step((finish_x, hip_y), lean, 0.19)
    finish = seated(finish_x, lean, step(ribs, lean - 90, 0.08), -1)
    machine = (
        Line((0.03, ROWER_RAIL), (0.72, ROWER_RAIL), thick=True, role="machine"),  # the rail
        Line((0.06, ROWER_RAIL), (0.06, FLOOR_Y), role="machine"),  # its back foot
        Line((0.72, ROWER_RAIL), (0.8, ROWER_FLYWHEEL[1] - 0.06), thick=True, role="machine"),
        Line((0.84, FLOOR_Y), (0.86, ROWER_FLYWHEEL[1]), role="machine"),  # the front foot
        # The footplate, angled back under the heels and up past the toes.
        Line(
            (heels[0] - 0.01, heels[1] - 0.025),
            (heels[0] + 0.04, heels[1] + 0.1),
            thick=True,
            role="machine",
        ),
        Circle(ROWER_FLYWHEEL, ROWER_FLYWHEEL_RADIUS, role="machine"),
        Circle(ROWER_FLYWHEEL, 0.015, filled=True, role="machine"),
    )
    return Pose("rowing machine", catch, finish, scenery=with_floor(*machine))


def _sled_push() -> Pose:
    """Leaning into the sled's uprights, arms long, the legs drive it in long steps; the
    sled is the load, so it goes with the figure."""
    hip, torso = (0.36, 0.4), 40.0
    hands = arm_to(hip, torso, (0.78, 0.48))
    a = body(hip, torso, leg_to(hip, (0.5, FLOOR_Y)), hands, far_leg=leg_to(hip, (0.06, FLOOR_Y)))
    b = body(hip, torso, leg_to(hip, (0.06, FLOOR_Y)), hands, far_leg=leg_to(hip, (0.5, FLOOR_Y)))
    sled = (
        Rect(0.8, FLOOR_Y, 0.16, 0.12, role="machine"),
        Line((0.8, 0.16), (0.78, 0.5), thick=True, role="machine"),
    )
    return Pose("sled push", frame(a, *sled), frame(b, *sled))


def _treadmill_walk() -> Pose:
    """Walking tall up a gently inclined belt, hands free of the rails."""
    slope = 8.0
    rise = math.tan(math.radians(slope))

    def belt_y(x: float) -> float:
        return FLOOR_Y + 0.06 + (x - 0.1) * rise

    def stride(lead: float, trail: float, hip_x: float, arms: tuple[Angles, Angles]) -> Figure:
        hip = (hip_x, belt_y(hip_x) + 0.455)
        return body(
            hip,
            88,
            leg_to(hip, (lead, belt_y(lead))),
            arms[0],
            far_leg=leg_to(hip, (trail, belt_y(trail))),
            far_arm=arms[1],
        )

    swing: tuple[Angles, Angles] = ((-110, -60), (-70, -40))
    a = stride(0.6, 0.36, 0.48, swing)
    b = stride(0.56, 0.4, 0.5, (swing[1], swing[0]))
    deck = (
        Line((0.1, belt_y(0.1)), (0.86, belt_y(0.86)), thick=True, role="machine"),
        Line((0.1, belt_y(0.1)), (0.1, FLOOR_Y), role="machine"),
        Line((0.86, belt_y(0.86)), (0.86, FLOOR_Y), role="machine"),
        Line((0.84, belt_y(0.84)), (0.9, 0.62), thick=True, role="machine"),
        Line((0.9, 0.62), (0.72, 0.6), role="machine"),
    )
    return Pose("treadmill walk", frame(a), frame(b), scenery=with_floor(*deck))


POSES: dict[str, Callable[[], Pose]] = {
    "walk": _walk,
    "bike": _bike,
    "rowing-machine": _rower,
    "sled-push": _sled_push,
    "treadmill-walk": _treadmill_walk,
}
