"""Part 1 of the handout: the cover with the program's facts and the week at a glance."""

from __future__ import annotations

import os
import stat
import warnings
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table

from planner_gui.domain.models import Week
from planner_gui.domain.vocabulary import DAY_NAMES, DAYS
from planner_gui.export import scripts
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry, Run, TextBlock
from planner_gui.export.scripts import width as stringWidth
from planner_gui.export.styles import INK, LIGHT, RULE, SHADE, table_style
from planner_gui.export.text import esc, plural, shown
from planner_gui.export.wrap import clamp_lines

LOGO_MAX = (45 * mm, 22 * mm)
#: Pillow's names for the logo formats the handout takes (MPO: a camera's multi-picture JPEG).
LOGO_FORMATS = frozenset({"PNG", "JPEG", "MPO"})
#: Most pixels a logo may have (5000 x 5000): far more than 45 mm of print needs, and below
#: Pillow's decompression-bomb warning, so a huge image is refused before it is decoded.
LOGO_MAX_PIXELS = 25_000_000
#: Lines a session's name may take in the weeks-at-a-glance grid.
GLANCE_NAME_LINES = 4


class LogoError(ValueError):
    """The brand logo cannot be read as an image; `str()` is one line naming the file."""


def check_logo(path: Path) -> tuple[int, int]:
    """The logo's size in pixels, once the whole image has decoded; LogoError if it cannot.

    reportlab reads only a logo's header before laying out the page: a PNG cut short then
    failed mid-export with an object's repr in the message, and a cut-short progressive JPEG
    printed as a grey box without a word. Decoding it here finds both.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise LogoError(f"{path}: no such logo file") from None
    except OSError as error:
        raise LogoError(f"{path}: cannot read the logo ({error.strerror or error})") from None
    if not stat.S_ISREG(mode):
        raise LogoError(f"{path}: the logo is not a regular file (a PNG or JPEG image is needed)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(path) as image:
                kind, (width, height) = image.format or "unknown", image.size
                if kind not in LOGO_FORMATS:
                    raise LogoError(
                        f"{path}: the logo is a {kind} image; a PNG or JPEG image is needed"
                    )
                if width * height > LOGO_MAX_PIXELS:
                    raise LogoError(
                        f"{path}: the logo is too large ({width:,} x {height:,} pixels; "
                        f"at most {LOGO_MAX_PIXELS:,} in all)"
                    )
                image.verify()  # the file's structure and checksums
            with PILImage.open(path) as image:
                image.load()  # every pixel: a file cut short fails here
    except LogoError:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise LogoError(
            f"{path}: the logo is too large (at most {LOGO_MAX_PIXELS:,} pixels in all)"
        ) from None
    except UnidentifiedImageError:
        raise LogoError(f"{path}: cannot read the logo (a PNG or JPEG image is needed)") from None
    except Exception:  # Pillow raises many kinds (OSError, SyntaxError, ...) for a bad image
        raise LogoError(
            f"{path}: the logo image is damaged or cut short (a complete PNG or JPEG is needed)"
        ) from None
    if width <= 0 or height <= 0:
        raise LogoError(f"{path}: the logo has no size")
    return width, height


def logo_flowable(path: Path) -> Image:
    """The logo scaled to fit LOGO_MAX, keeping its proportions; LogoError if unreadable."""
    width, height = check_logo(path)
    scale = min(LOGO_MAX[0] / width, LOGO_MAX[1] / height)
    image = Image(str(path), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def cover_flowables(ctx: HandoutContext) -> Iterator[Flowable]:
    s = ctx.styles
    program = ctx.program
    yield OutlineEntry("Cover and week at a glance", "cover", level=0)
    brand = ctx.brand
    if brand.logo_path is not None:
        yield logo_flowable(brand.logo_path)
        yield Spacer(1, 6)
    if brand.name.strip():
        yield Paragraph(esc(brand.name.strip()), s.h2)
    if brand.contact.strip():
        yield Paragraph(esc(brand.contact.strip()), s.small)
    yield Spacer(1, 14 if not brand.is_empty else 4)
    yield balanced_title(shown(program.title) or "Untitled program", s.title, ctx.width)
    if athlete := shown(program.athlete):
        yield Paragraph(f"for {esc(athlete)}", s.subtitle)
    yield Spacer(1, 8)
    facts = [
        ("Dates", f"{_long_date(program.start_date)} to {_long_date(program.end_date)}"),
        ("Length", f"{plural(len(program.weeks), 'week')}, {_sessions_per_week(ctx)}"),
        ("Deload weeks", _deloads(ctx)),
        ("Loads", "kilograms (kg)" if program.units == "kg" else "pounds (lb)"),
    ]
    table = Table(
        [
            [Paragraph(f"<b>{label}</b>", s.cell), Paragraph(esc(value), s.cell)]
            for label, value in facts
        ],
        colWidths=[92, ctx.width - 92],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    yield table
    yield Spacer(1, 12)
    yield Paragraph("The weeks at a glance", s.h2)
    yield Paragraph(
        "Each row is a week, or weeks in a row that are alike (1–3: weeks 1 to 3), each "
        "column a day. Shaded rows are deload weeks: lighter on purpose so the body can "
        "catch up.",
        s.small,
    )
    yield Spacer(1, 4)
    yield _glance_grid(ctx)


def balanced_title(title: str, style: ParagraphStyle, width: float) -> Paragraph:
    """The title as a paragraph whose lines are of about one length: as narrow as it can be
    in as many lines as at full width. 'Return to lifting after a flare-up, 6 weeks' left
    'weeks' alone on its second line; now 'flare-up, 6 weeks' goes down together. A right-
    to-left title keeps the full width (it is aligned right)."""
    text = esc(title)
    full = Paragraph(text, style).wrap(width, 1e6)[1]
    if full <= style.leading * 1.5 or scripts.is_right_to_left(title):
        return Paragraph(text, style)
    low, high = width / 2, width
    for _ in range(16):  # the least width that keeps the line count
        middle = (low + high) / 2
        if Paragraph(text, style).wrap(middle, 1e6)[1] <= full:
            high = middle
        else:
            low = middle
    narrower = ParagraphStyle(f"{style.name}_balanced", parent=style, rightIndent=width - high)
    return Paragraph(text, narrower)


def _long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _sessions_per_week(ctx: HandoutContext) -> str:
    counts = [len(week.sessions) for week in ctx.program.weeks]
    if not counts:
        return "no sessions yet"
    low, high = min(counts), max(counts)
    if low == high:
        return f"{plural(low, 'session')} a week"
    common = Counter(counts).most_common(1)[0][0]
    return f"{low}–{high} sessions a week (mostly {common})"


def _deloads(ctx: HandoutContext) -> str:
    numbers = [str(i + 1) for i, week in enumerate(ctx.program.weeks) if week.deload]
    if not numbers:
        return "none planned"
    return ("week " if len(numbers) == 1 else "weeks ") + ", ".join(numbers)


def _glance_grid(ctx: HandoutContext) -> Flowable:
    s = ctx.styles
    program = ctx.program
    first = program.start_date.weekday()
    days = [DAYS[(first + offset) % 7] for offset in range(7)]
    busy = {session.day for week in program.weeks for session in week.sessions}
    # At 10 pt a session's name needs the width: a day no week trains on (a rest day
    # throughout) gets a column just wide enough for its name, the others share the rest.
    head = s.cell_head
    rest_w = max(stringWidth(DAY_NAMES[day][:3], head.fontName, head.fontSize) for day in DAYS) + 6
    week_w = stringWidth("00 Mmm", s.cell_small.fontName, s.cell_small.fontSize) + 6
    rest_days = [day for day in days if day not in busy]
    room = ctx.width - week_w - rest_w * len(rest_days)
    alike = _alike_weeks(ctx, days)
    cells = {day: [_names_by_day(week).get(day, []) for _, _, week in alike] for day in days}
    shares = _day_widths({day: cells[day] for day in days if day in busy}, s.cell_small, room)
    widths = [shares.get(day, rest_w) for day in days]
    rows: list[list[object]] = [
        [Paragraph("Week", s.cell_head)]
        + [Paragraph(DAY_NAMES[day][:3], s.cell_head) for day in days]
    ]
    style: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for first_week, last_week, week in alike:
        start = date.fromordinal(program.start_date.toordinal() + 7 * first_week)
        weeks = f"{first_week + 1}" + (f"–{last_week + 1}" if last_week > first_week else "")
        label = f"<b>{weeks}</b><br/>{start.day} {start:%b}"
        if week.deload:
            label += "<br/>deload"
        names = _names_by_day(week)
        row: list[object] = [Paragraph(label, s.cell_small)]
        row += [
            _day_cell(names.get(day, []), s.cell_small, width - 4)
            for day, width in zip(days, widths, strict=True)
        ]
        rows.append(row)
        if week.deload:
            style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), SHADE))
    # A row taller than a page (only past the plan limits: hundreds of sessions on a day)
    # splits inside the row rather than failing.
    table = Table(
        rows,
        colWidths=[week_w, *widths],
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(table_style(style))
    return table


#: Cell padding of the grid (left plus right).
_GRID_PAD = 4.0


def _cell_lines(names: Sequence[str], style: ParagraphStyle, width: float) -> int:
    """Lines one day's cell takes at `width` (its sessions' names, each clamped)."""
    font, size = style.fontName, style.fontSize
    return sum(len(clamp_lines(name, font, size, width, GLANCE_NAME_LINES)) for name in names)


def _day_widths(
    cells: dict[str, list[list[str]]], style: ParagraphStyle, room: float
) -> dict[str, float]:
    """The training days' column widths, sharing `room`: each day as wide as its longest
    cell needs to take no more lines than the others' (a long name such as "Lighter day:
    single leg, row and carry" gets the width a short one can spare, rather than every row
    growing a line for it), the rest shared out evenly. Equal widths when nothing fits."""
    if not cells:
        return {}
    even = room / len(cells)
    least = min(even, 36.0)

    def need(rows: list[list[str]], lines: int) -> float:
        """The least width at which no cell of `rows` takes more than `lines` lines."""
        if max(_cell_lines(names, style, room - _GRID_PAD) for names in rows) > lines:
            return room
        low, high = least, room
        for _ in range(20):
            middle = (low + high) / 2
            fits = all(_cell_lines(names, style, middle - _GRID_PAD) <= lines for names in rows)
            low, high = (low, middle) if fits else (middle, high)
        return high

    most = max(
        _cell_lines(names, style, least - _GRID_PAD) for rows in cells.values() for names in rows
    )
    for lines in range(1, most + 1):
        widths = {day: need(rows, lines) for day, rows in cells.items()}
        spare = room - sum(widths.values())
        if spare >= 0:
            return {day: width + spare / len(cells) for day, width in widths.items()}
    return dict.fromkeys(cells, even)


def _names_by_day(week: Week) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for session in week.sessions:
        names.setdefault(session.day, []).append(shown(session.name) or "Session")
    return names


def _alike_weeks(ctx: HandoutContext, days: Sequence[str]) -> list[tuple[int, int, Week]]:
    """The weeks as (first, last, week): weeks in a row with the same sessions on the same
    days, deload or not alike, share one row of the grid. At 10 pt a row a week would push
    the weeks' notes off the cover; a block of like weeks reads as one row anyway."""
    runs: list[tuple[int, int, Week]] = []
    previous: object = None
    for index, week in enumerate(ctx.program.weeks):
        names = _names_by_day(week)
        key = (week.deload, tuple(tuple(names.get(day, [])) for day in days))
        if runs and key == previous:
            runs[-1] = (runs[-1][0], index, runs[-1][2])
        else:
            runs.append((index, index, week))
        previous = key
    return runs


def _day_cell(names: list[str], style: ParagraphStyle, width: float) -> TextBlock | str:
    """The sessions of one day in the grid, each name cut to GLANCE_NAME_LINES lines (the
    session's own page prints it whole)."""
    if not names:
        return ""
    runs = [
        Run(line, style.fontName, style.fontSize, style.leading, style.textColor, direction_of=name)
        for name in names
        for line in clamp_lines(name, style.fontName, style.fontSize, width, GLANCE_NAME_LINES)
    ]
    return TextBlock(runs)
