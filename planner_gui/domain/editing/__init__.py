"""Every change to a plan, without Qt: operations that return their inverse, and the policies
and transforms that build them.

- `ops`: the operations (add, remove, move, replace an item; add, remove, edit a session or a
  week; program metadata; units; composites), each with its inverse and its description.
- `checkins`: add, remove or replace a check-in.
- `transforms`: copy a week forward (progressed or as a deload, raised loads rounded to
  what the equipment can load), convert units.
- `placement`: which block an exercise joins, the next free day, a new session's defaults.
- `fields`: reading a typed value into one field of an item (ramp-up sets too).
- `ramps`: the standard ramp-up sets, added to an item in one edit.
- `paths`: `ItemPath`, the address of an item.

The window wraps each operation in one undo command; the command line applies them directly.
"""
