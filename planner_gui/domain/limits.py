"""How big a plan may be: every limit the loader, the editor and the handout rely on, in one place.

A plan file comes from anywhere (a colleague, a download, another program), so its size is
bounded before anything costly is done with it: a 50 MB note or 100,000 weeks would otherwise
keep the checker and the handout busy for minutes, and a day with 500 sessions cannot be laid
out on paper. Each limit is far above what a real plan needs, so a real plan never meets one;
the README lists them for users. A file over a limit is refused at load with a one-line error
naming the place, and an edit that would cross one is refused with a message.
"""

from __future__ import annotations

from datetime import date

#: Largest plan file read at all; the size is checked before a byte is parsed.
MAX_FILE_BYTES = 20 * 1024 * 1024

#: Largest number any value in a plan may hold (sets, reps, seconds, loads, thresholds).
MAX_NUMBER = 1_000_000

#: Weeks in one plan: two years of training.
MAX_WEEKS = 104
#: Sessions on one day of a week (two-a-days and a short extra walk, with room to spare).
MAX_SESSIONS_PER_DAY = 4
#: Exercises in one block of a session.
MAX_ITEMS_PER_BLOCK = 40
#: Check-ins recorded in one plan (about one a day for two years, and more).
MAX_CHECKINS = 1_000
#: Custom exercises carried inside one plan.
MAX_CUSTOM_EXERCISES = 500
#: Cues or cautions of one exercise.
MAX_CUES = 12

#: Longest texts, in characters.
MAX_TITLE_CHARS = 200
MAX_NAME_CHARS = 200
MAX_NOTE_CHARS = 4_000
MAX_CUE_CHARS = 400
MAX_SHORT_TEXT_CHARS = 80

#: The last calendar date a plan may reach. Python's dates end on 9999-12-31, and the window
#: and the handout compute a few days past a plan's end (the week after, the next Monday), so
#: a plan must end a week before that.
LAST_PLAN_DATE = date(9999, 12, 24)
