"""The hand-built exercise catalogs the tests share, and the one exercise builder behind them.

Built in code so each test states the exercises it relies on and none depends on the contents
of assets/catalog.json. Each catalog serves one group of tests:

- `editing_catalog`: seven exercises, one or two per block kind; the editing tests, in the
  domain and in the editor, with `plans.editing_program`.
- `window_catalog`: six exercises with equipment, cues, cautions and regression/progression
  links; the window, catalog panel and file tests, with `plans.window_program`.
- `RULES_CATALOG`: seventeen exercises covering every pattern the rules look at; the rule tests
  through `plans.PlanBuilder`.
- `handout_catalog`: nine exercises with two cues each; the handout tests.
"""

from __future__ import annotations

from typing import Any

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Exercise


def exercise(
    exercise_id: str,
    name: str = "",
    category: str = "strength",
    pattern: str = "hinge",
    **fields: Any,
) -> Exercise:
    """An exercise with plausible defaults (a glute hinge, 3 × 8); keywords override any field.
    Without a name, the id in words ("bird-dog" -> "Bird dog")."""
    data: dict[str, Any] = {
        "id": exercise_id,
        "name": name or exercise_id.replace("-", " ").capitalize(),
        "category": category,
        "pattern": pattern,
        "muscles": ["glutes"],
        "dose": "reps",
        "defaults": {"sets": 3, "reps": 8},
    }
    data.update(fields)
    return Exercise.model_validate(data)


def editing_catalog() -> Catalog:
    """Seven exercises, one or two per block kind."""
    return Catalog(
        [
            exercise(
                "leg-swing",
                "Leg swing",
                "warmup",
                "dynamic-mobility",
                muscles=["hip-flexors", "hamstrings"],
                stretch="dynamic",
                defaults={"sets": 1, "reps": 10, "per_side": True},
            ),
            exercise(
                "deadlift",
                "Conventional deadlift",
                "strength",
                "hinge",
                muscles=["glutes", "hamstrings", "erector-spinae"],
                loaded=True,
                spinal_load="high",
                defaults={"sets": 3, "reps": 5, "rest_s": 150},
            ),
            exercise(
                "goblet-squat",
                "Goblet squat",
                "strength",
                "squat",
                muscles=["quadriceps", "glutes"],
                loaded=True,
                spinal_load="moderate",
                defaults={"sets": 3, "reps": 8, "rest_s": 90},
            ),
            exercise(
                "bird-dog",
                "Bird-dog",
                "core",
                "anti-rotation",
                muscles=["multifidus", "erector-spinae"],
                defaults={"sets": 3, "reps": 8, "hold_s": 5, "per_side": True},
            ),
            exercise(
                "side-plank",
                "Side plank",
                "core",
                "anti-lateral-flexion",
                muscles=["obliques"],
                dose="hold",
                defaults={"sets": 3, "hold_s": 20},
            ),
            exercise(
                "glute-bridge",
                "Glute bridge",
                "glute",
                "bridge",
                muscles=["glutes", "hamstrings"],
                defaults={"sets": 3, "reps": 12},
            ),
            exercise(
                "hip-flexor-stretch",
                "Half-kneeling hip flexor stretch",
                "mobility",
                "stretch",
                muscles=["hip-flexors"],
                dose="hold",
                stretch="static",
                defaults={"sets": 2, "hold_s": 30, "per_side": True},
            ),
        ]
    )


def window_catalog() -> Catalog:
    """Six exercises across categories, patterns, equipment and muscles, with links."""
    return Catalog(
        [
            exercise(
                "deadlift",
                "Conventional deadlift",
                muscles=["glutes", "hamstrings", "erector-spinae"],
                equipment=["barbell"],
                loaded=True,
                spinal_load="high",
                defaults={"sets": 3, "reps": 5, "rest_s": 150},
                cues=["Brace before the bar leaves the floor"],
                cautions=["Stop on sharp pain"],
                regression="kettlebell-deadlift",
            ),
            exercise(
                "kettlebell-deadlift",
                "Kettlebell deadlift",
                equipment=["kettlebell"],
                loaded=True,
                spinal_load="moderate",
                progression="deadlift",
            ),
            exercise(
                "goblet-squat",
                "Goblet squat",
                pattern="squat",
                muscles=["quadriceps", "glutes"],
                equipment=["kettlebell"],
                loaded=True,
                cues=["Elbows inside the knees"],
            ),
            exercise(
                "bird-dog",
                "Bird-dog",
                category="core",
                pattern="anti-rotation",
                muscles=["multifidus", "erector-spinae"],
                dose="hold",
                defaults={"sets": 3, "reps": 6, "hold_s": 5, "per_side": True},
                cues=["Reach long through the heel"],
            ),
            exercise(
                "glute-bridge",
                "Glute bridge",
                category="glute",
                pattern="bridge",
                muscles=["glutes"],
                secondary_muscles=["hamstrings"],
                cues=["Squeeze at the top"],
            ),
            exercise(
                "half-kneeling-hip-flexor-stretch",
                "Half-kneeling hip flexor stretch",
                category="mobility",
                pattern="stretch",
                muscles=["hip-flexors"],
                dose="hold",
                stretch="static",
                defaults={"sets": 2, "hold_s": 30, "per_side": True},
                cues=["Tuck the pelvis under"],
            ),
        ]
    )


def _for_rules(
    exercise_id: str, category: str, pattern: str, muscles: list[str], **extra: Any
) -> Exercise:
    return exercise(
        exercise_id,
        category=category,
        pattern=pattern,
        muscles=muscles,
        defaults={"sets": 1},
        **extra,
    )


RULES_CATALOG = Catalog(
    [
        _for_rules("leg-swing", "warmup", "dynamic-mobility", ["hip-flexors"], stretch="dynamic"),
        _for_rules("dowel-hinge", "warmup", "hinge", ["hamstrings"]),
        _for_rules("bodyweight-squat", "warmup", "squat", ["quadriceps"]),
        _for_rules(
            "deadlift",
            "strength",
            "hinge",
            ["glutes", "hamstrings", "erector-spinae"],
            name="Deadlift",
            loaded=True,
            spinal_load="high",
        ),
        _for_rules(
            "good-morning",
            "strength",
            "hinge",
            ["hamstrings", "erector-spinae"],
            name="Good morning",
            loaded=True,
            spinal_load="high",
        ),
        _for_rules(
            "hip-hinge-cable",
            "strength",
            "hinge",
            ["glutes"],
            name="Cable pull-through",
            loaded=True,
            spinal_load="low",
        ),
        _for_rules(
            "back-squat",
            "strength",
            "squat",
            ["quadriceps", "glutes"],
            name="Back squat",
            loaded=True,
            spinal_load="moderate",
        ),
        _for_rules("bench-press", "strength", "push", ["chest", "triceps"], loaded=True),
        _for_rules("row", "strength", "pull", ["upper-back", "lats"], loaded=True),
        _for_rules("bird-dog", "core", "anti-rotation", ["multifidus"]),
        _for_rules("plank", "core", "anti-extension", ["transverse-abdominis"], dose="hold"),
        _for_rules("sit-up", "core", "spinal-flexion", ["rectus-abdominis"], name="Sit-up"),
        _for_rules("glute-bridge", "glute", "bridge", ["glutes"]),
        _for_rules(
            "hip-flexor-stretch",
            "mobility",
            "stretch",
            ["hip-flexors"],
            dose="hold",
            stretch="static",
            name="Hip flexor stretch",
        ),
        _for_rules(
            "calf-stretch", "mobility", "stretch", ["calves"], dose="hold", stretch="static"
        ),
        _for_rules("thoracic-rotation", "mobility", "rotation", ["thoracic-spine"]),
        _for_rules("bike", "conditioning", "cardio", ["full-body"], dose="time"),
    ]
)


def _for_handout(
    exercise_id: str, name: str, category: str, pattern: str, **extra: Any
) -> Exercise:
    cues = extra.pop("cues", [f"{name} cue one.", f"{name} cue two."])
    return exercise(exercise_id, name, category, pattern, cues=cues, defaults={"sets": 1}, **extra)


HANDOUT_EXERCISES = [
    _for_handout("leg-swing", "Leg swing", "warmup", "dynamic-mobility", stretch="dynamic"),
    _for_handout("cat-cow", "Cat–cow rocking", "warmup", "dynamic-mobility"),
    _for_handout(
        "deadlift",
        "Trap-bar deadlift",
        "strength",
        "hinge",
        loaded=True,
        spinal_load="high",
        muscles=["glutes", "hamstrings"],
    ),
    _for_handout(
        "goblet-squat",
        "Goblet squat",
        "strength",
        "squat",
        loaded=True,
        muscles=["quadriceps", "glutes"],
    ),
    _for_handout("bird-dog", "Bird-dog", "core", "anti-rotation", muscles=["multifidus"]),
    _for_handout(
        "front-plank",
        "Front plank",
        "core",
        "anti-extension",
        dose="hold",
        muscles=["transverse-abdominis"],
    ),
    _for_handout("glute-bridge", "Glute bridge", "glute", "bridge"),
    _for_handout("clamshell", "Clamshell", "glute", "bridge", muscles=["abductors"]),
    _for_handout(
        "half-kneeling-hip-flexor-stretch",
        "Half-kneeling hip flexor stretch",
        "mobility",
        "stretch",
        dose="hold",
        stretch="static",
        muscles=["hip-flexors"],
    ),
]


def handout_catalog() -> Catalog:
    return Catalog(HANDOUT_EXERCISES)
