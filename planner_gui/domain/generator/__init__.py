"""The program generator: a whole multi-week plan from a few answers, checked clean.

Weeks, training days, level, goal, equipment and a start date give a complete `Program`:
sessions on the chosen days (`layout`), a main block per session with squat and hinge spread
over the week (`lifts`), the four routines built by `domain.builders` on the editing
operations, session efforts that keep a week's days unlike each other (`effort`), and weeks
that progress one variable at a time with a deload every 4th week (`progression`).
`generate_program` in `program` puts it together; `request` says what may be asked.
"""
