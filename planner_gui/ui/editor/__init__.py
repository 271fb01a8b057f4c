"""The centre of the window: weeks, the days of a week and a session's item table."""
