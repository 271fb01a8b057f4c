"""The named drawings, one module per family of movements.

Each module holds plain functions that build a `Pose` and a `POSES` table naming them by pose
id; `planner_gui.figures.library` gathers the tables into one.
"""
