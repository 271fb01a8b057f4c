"""Qt item models over the domain (the only write path to the plan) and the undo command
every edit is."""
