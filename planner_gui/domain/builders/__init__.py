"""Routine builders: warm-up, core, glute and mobility routines chosen from the catalog.

A builder reads one session (its main block decides what the routine serves), the athlete's
level, the equipment at hand, a time budget and an optional seed, and returns a `Proposal`:
the items, one reason per item, and the estimated minutes. `build_routine` pairs it with the
operation that puts it in the plan (one `Composite` of editing operations, so the window
pushes it as one undo step and the command line applies it directly).

- `request`: what a builder is asked (`RoutineRequest`), levels, kinds, minute ranges.
- `proposal`: what it answers (`Proposal`, `Choice`, `RampChoice`, `BuiltRoutine`).
- `equipment`: which exercises the equipment at hand allows; presets such as "gym".
- `chains`: where an exercise sits on its regression/progression chain, and the level's step.
- `selection`: the exercises a routine may use, ranked for the level, picked with the seed.
- `dosing`: sets, reps and holds for the level, trimmed to fit the time budget.
- `context`: what a builder reads of the session (main lifts, exercises already used).
- `warmup`, `core`, `glute`, `mobility`: the four builders.
- `routine`: `build_routine`, the entry point, and the operation that applies a proposal.
"""
