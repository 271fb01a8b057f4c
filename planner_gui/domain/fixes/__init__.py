"""Fixes a finding can offer: one edit that builds or sets what the finding says is missing.

`fix_for(finding, program, catalog)` answers a finding with a `Fix` (a short label for a
button or menu, one line saying what it will do, and one editing operation, so the window
pushes it as one undo step) or None when the finding has no fix or this plan leaves none:

- BA401, BA402, BA403: a core, glute or mobility routine built (`domain.builders`) into
  enough of the week's sessions that the week meets the guideline;
- WU301: a warm-up built into the session (with ramp-up sets on its first heavy lift);
- WU304: the standard ramp-up sets on the lift;
- PO101: the exercise's load that week set to the largest loadable load within the weekly
  rise guideline (`loads.guideline_load`), wherever that week has it heavier.

A fix never trades one finding for another: a routine fix is only offered once the checker
finds nothing new in the plan with it applied (`verify`). The routine tried first is the one
the neighbouring weeks have in that session, at a dose their progression passes through
(`continuity`), then the builder's, dosed like the neighbours' (`options`); routines are built
for the athlete the plan implies (`builders.setting`). `mapping` holds the finding → fix
table, `loads` the PO101 load.
"""
