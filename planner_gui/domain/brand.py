"""Who hands the program out, and in whose words: a clinic's name, contact line, logo and its
own wording of the handout's safety page.

A clinic may say what to do in an emergency, whom to call and how to treat a strain in its own
words (its own phone number, its own language). Each part of the safety page has a heading and
a text; a part the clinic leaves empty prints the built-in wording, so a brand that sets
nothing prints the built-in page, and no part of the safety advice can be blanked by mistake.
The list of red flags is not wording: it is the check-ins' vocabulary, and always printed in
full.

The red flags come in three tiers (`domain.checkins.triage.TIERS`), each a part of its own:
`emergency`, `same_day` and `soon`. A tier's heading is what the athlete is told to do
("Go to an emergency department now"); it is the one sentence every place that gives
red-flag advice uses (the safety page, the check-in form, the guidance in the window and on
the command line, CK601, the export gate), so a clinic's own words say the same everywhere.
Its text introduces the tier's flags on the safety page. A brand file written before the
`same_day` and `soon` parts existed keeps the built-in wording for them.

Text is data: the handout escapes it, the window shows it as plain text. Within a part's
text each line is a paragraph of its own, and a line that starts with "- " (or "• ") is a
bullet point.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, get_args

SafetyKey = Literal["emergency", "same_day", "soon", "soreness", "first_aid", "check_up", "closing"]
#: The parts of the safety page a clinic can word, in the order the page prints them.
SAFETY_KEYS: tuple[SafetyKey, ...] = get_args(SafetyKey)
#: The parts that have a heading (the closing line has none).
HEADED_KEYS: tuple[SafetyKey, ...] = (
    "emergency",
    "same_day",
    "soon",
    "soreness",
    "first_aid",
    "check_up",
)

#: What each part is called in Preferences and in the README.
SAFETY_LABELS: dict[SafetyKey, str] = {
    "emergency": "Red flags, emergency: emergency care now",
    "same_day": "Red flags, same day: see a doctor today",
    "soon": "Red flags, soon: a doctor's appointment within days",
    "soreness": "Soreness or injury (above the comparison table)",
    "first_aid": "Sharp pain: first aid for a tweak or strain",
    "check_up": "When to see a doctor or physio",
    "closing": "Closing line",
}

#: The marks that, with a space after them, make a line of a part's text a bullet point.
BULLET_MARKS = ("-", "•")


@dataclass(frozen=True)
class SafetySection:
    """One part of the safety page: its heading and its text (lines; "- " starts a bullet).

    In a clinic's own wording an empty heading or text means the built-in one.
    """

    heading: str = ""
    text: str = ""


#: The built-in wording: what a brand without its own prints.
BUILT_IN_SAFETY: dict[SafetyKey, SafetySection] = {
    "emergency": SafetySection(
        "Go to an emergency department now",
        "if you notice any of these; do not wait to see whether it passes, and call the "
        "emergency services if you cannot get there safely:",
    ),
    "same_day": SafetySection(
        "See a doctor today",
        "and leave training until then if you notice any of these:",
    ),
    "soon": SafetySection(
        "Book a doctor's appointment within a few days",
        "and leave training until then if you notice any of these:",
    ),
    "soreness": SafetySection(
        "Soreness or injury?",
        "Soreness after training is normal, especially after new exercises or heavier "
        "weeks. It is your muscles adapting, not damage to worry about.",
    ),
    "first_aid": SafetySection(
        "First aid for a tweak or strain",
        "- First 48 hours: cold, such as an ice pack wrapped in a cloth, for 15 to 20 minutes "
        "at a time.\n"
        "- After 48 hours, or for stiffness: warmth, such as a warm pack or a shower, to "
        "loosen up.\n"
        "- Keep moving gently: short walks and easy movement help more than lying in bed. "
        "Avoid sitting for long spells.\n"
        "- Leave out the exercise that hurt until you have talked to your coach or physio; "
        "carry on with the parts that feel fine.",
    ),
    "check_up": SafetySection(
        "When to get it checked",
        "Book a visit with a doctor or physiotherapist when:\n"
        "- The pain has not eased after about three days of sensible self-care.\n"
        "- It keeps coming back after the same exercise.\n"
        "- It stops you sleeping or doing everyday things.\n"
        "- You are unsure whether it is soreness or an injury.",
    ),
    "closing": SafetySection(
        "",
        "This handout supports, and does not replace, advice from the clinician who knows "
        "your back.",
    ),
}


@dataclass(frozen=True)
class Line:
    """One line of a part's text as the page prints it: a paragraph or a bullet point."""

    text: str
    bullet: bool = False


def text_lines(text: str) -> tuple[Line, ...]:
    """A part's text as paragraphs and bullet points; blank lines are left out.

    A mark makes a bullet only when a space follows it, so "-5 kg" stays a paragraph.
    """
    lines: list[Line] = []
    for raw in text.splitlines():
        line, bullet = raw.strip(), False
        for mark in BULLET_MARKS:
            if line == mark or line.startswith(mark + " "):
                line, bullet = line[len(mark) :].strip(), True
                break
        if line:
            lines.append(Line(line, bullet))
    return tuple(lines)


@dataclass(frozen=True)
class SafetyWording:
    """A clinic's own wording of the safety page, part by part; empty parts are built in."""

    emergency: SafetySection = SafetySection()
    same_day: SafetySection = SafetySection()
    soon: SafetySection = SafetySection()
    soreness: SafetySection = SafetySection()
    first_aid: SafetySection = SafetySection()
    check_up: SafetySection = SafetySection()
    closing: SafetySection = SafetySection()

    def own(self, key: SafetyKey) -> SafetySection:
        """The clinic's own wording of `key`, as given (empty where it kept the built-in)."""
        section: SafetySection = getattr(self, key)
        return section

    def section(self, key: SafetyKey) -> SafetySection:
        """What the page prints for `key`: the clinic's heading and text, else the built-in."""
        own, built_in = self.own(key), BUILT_IN_SAFETY[key]
        heading = own.heading.strip() if key in HEADED_KEYS else ""
        return SafetySection(heading or built_in.heading, own.text.strip() or built_in.text)

    def with_section(self, key: SafetyKey, section: SafetySection) -> SafetyWording:
        return replace(self, **{key: section})

    def changed(self) -> dict[SafetyKey, SafetySection]:
        """The parts whose printed wording differs from the built-in one, with only the
        heading or text that differs (what a brand file or the settings keep)."""
        result: dict[SafetyKey, SafetySection] = {}
        for key in SAFETY_KEYS:
            printed, built_in = self.section(key), BUILT_IN_SAFETY[key]
            heading = printed.heading if printed.heading != built_in.heading else ""
            text = printed.text if printed.text != built_in.text else ""
            if heading or text:
                result[key] = SafetySection(heading, text)
        return result

    @property
    def is_built_in(self) -> bool:
        return not self.changed()


@dataclass(frozen=True)
class Brand:
    """Shown on the cover, in the running footer and on the safety page; all optional.

    An empty brand (no name, contact or logo) prints nothing, never an empty box; a brand
    without its own wording prints the built-in safety page.
    """

    name: str = ""
    contact: str = ""
    logo_path: Path | None = None
    safety: SafetyWording = SafetyWording()

    @property
    def is_empty(self) -> bool:
        return (
            not (self.name.strip() or self.contact.strip() or self.logo_path)
            and self.safety.is_built_in
        )
