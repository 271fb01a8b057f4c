"""Check-ins read as guidance and as edits: what the athlete reported after training.

- `triage`: the guidance one check-in gets, most urgent first (the red flags in three tiers:
  emergency care now, a doctor today, a doctor's appointment within days; then sharp pain,
  soreness that does not fit, ordinary soreness, no pain), each with when to see a clinician.
- `history`: check-ins against the calendar: red flags and the check-in that clears them, the
  exercises a check-in is about, the sessions that follow it.
- `adjust`: the edit of the next two weeks a check-in calls for, with the later weeks held
  back until they rejoin the plan, checked to add no warning.
- `reported`: which check-in a CK finding is about (where Adjust plan… starts from a finding).

The modules import nothing from here, so the checker's rules can use `history` and `triage`
while `adjust` uses the checker.
"""
