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
#: Exercises in the whole plan, every block of every session together. The limits above
#: multiply to some 700,000 (104 weeks of four sessions a day of six full blocks), which the
#: handout would take many minutes to print; the 52-week benchmark plan has 6,240 and prints
#: in about 3.5 s, so 50,000 keeps the worst case near half a minute.
MAX_ITEMS = 50_000
#: Check-ins recorded in one plan (about one a day for two years, and more).
MAX_CHECKINS = 1_000
#: Custom exercises carried inside one plan.
MAX_CUSTOM_EXERCISES = 500
#: Ramp-up sets before one exercise's working sets.
MAX_RAMP_SETS = 8
#: Cues or cautions of one exercise.
MAX_CUES = 12
#: Entries of one short list: an exercise's muscles, secondary muscles or equipment, a
#: check-in's red flags (there are 20 muscles to choose from).
MAX_TAGS = 30

#: Longest texts, in characters: the plan's title;
MAX_TITLE_CHARS = 200
#: the athlete, a session's or an exercise's name (and the exercise an item or check-in names);
MAX_NAME_CHARS = 200
#: a note (an item's, a week's, a check-in's);
MAX_NOTE_CHARS = 4_000
#: one cue or caution of an exercise;
MAX_CUE_CHARS = 400
#: a short field: a tempo, where a check-in's pain was, one piece of equipment.
MAX_SHORT_TEXT_CHARS = 80
#: An exercise id (lowercase letters, digits and hyphens).
MAX_ID_CHARS = 80
#: One part of the safety page in a clinic's own words (a brand file, Preferences): room for
#: a long paragraph and a list, while any part still fits on one page.
MAX_WORDING_CHARS = 2_000
#: A path written in a brand file (its logo).
MAX_PATH_CHARS = 4_096

#: The first calendar date a plan may start on (or a check-in be dated). An empty plan ends
#: the day before it starts, so a plan starting on Python's first date (0001-01-01) could not
#: be exported; a week of room, as at the other end.
FIRST_PLAN_DATE = date(1, 1, 8)
#: The last calendar date a plan may reach. Python's dates end on 9999-12-31, and the window
#: and the handout compute a few days past a plan's end (the week after, the next Monday), so
#: a plan must end a week before that.
LAST_PLAN_DATE = date(9999, 12, 24)
