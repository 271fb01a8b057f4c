"""The cards layout: one session per half page (A5 when an A4 sheet is folded), in date
order, to print a week or a single session and take it to the gym. Each card is the
session's heading, a table of its exercises (dose, load, ramp-up loads) with boxes to log
each set, and how the back felt; the safety page follows the cards.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations, pairwise

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Paragraph

from planner_gui.domain.block_titles import block_title
from planner_gui.domain.models import Block, Exercise, Item
from planner_gui.domain.vocabulary import DAY_NAMES
from planner_gui.export import scripts
from planner_gui.export.context import HandoutContext
from planner_gui.export.details import allow_text, ramp_line
from planner_gui.export.flowables import (
    OutlineEntry,
    Run,
    TextBlock,
    TickBox,
    draw_lines,
    text_lines,
)
from planner_gui.export.fonts import BOLD, ITALIC, REGULAR
from planner_gui.export.layouts.common import (
    BODY_PT,
    DOSE_PT,
    TICK,
    Dated,
    log_kind,
    session_name,
    sessions_by_date,
)
from planner_gui.export.layouts.compact import checkin_part
from planner_gui.export.safety import safety_flowables
from planner_gui.export.scripts import width as text_width
from planner_gui.export.styles import DARK, INK, RULE, table_style
from planner_gui.export.tables import FlatTable
from planner_gui.export.text import dose_text, esc, load_text, number, plain, seconds, shown
from planner_gui.export.wrap import fit_line, wrap_text

#: The page templates (export.handout defines them): two half-page frames, and the whole
#: page; the half frames' names (above the fold, below it) and the gap at the fold.
HALVES = "halves"
PAGE = "page"
HALF_FRAMES = ("half-0", "half-1")
HALVES_GAP = 8.0
#: Most set boxes on a card's row; more sets say how many more to note.
MAX_SETS = 5
#: A set box and the gap after it: 36 pt (12.7 mm), room for '62.5×5' in a pen.
_SET_W = 37.2
#: Two lines of a row (a name and its dose, then a caution) are as tall as its set boxes:
#: most rows are one box high.
_LEADING = 11.5
#: A card's lines when it has no room for those (10 pt text, still apart).
_TIGHT_LEADING = 11.0
#: The footer's size (export.handout._numbered_canvas).
_FOOTER_PT = 7.5
#: What starts each cue, as in the exercise guide.
CUE_BULLET = "•"
#: A card's set boxes: 8.1 mm high, room to write in with a pen, two lines of text tall.
CARD_BOX_H = 23.0
#: What starts a caution set in after an exercise's cue, in italic.
CAUTION_MARK = "!"
#: What a checklist item set in after another (a dense card, see DENSE) starts with: the
#: box the athlete ticks.
TICK_MARK = "☐"
#: What leads a caution two or more exercises of a card share, printed once under its title.
SHARED_LEAD = "Any exercise:"
#: What a card says for the week's notes it has no room for, the other half of its sheet
#: (a card of the same week) printing them.
SEE_OTHER_HALF = "the week's notes are on the other half of this sheet."
#: How a checklist's two columns may share the card's width unequally, the least so first.
_UNEQUAL = ((0.45, 0.55), (0.55, 0.45), (0.4, 0.6), (0.6, 0.4))
#: One laid-out line piece (flowables._Line): x offset, text, font, size, leading, colour.
_Piece = tuple[float, str, str, float, float, object]


def cards_story(ctx: HandoutContext, tick: Callable[[], None]) -> list[Flowable]:
    """Every session's card in date order, the safety page and the check-in form."""
    story = session_cards(ctx, sessions_by_date(ctx.program), tick)
    if not story[1:]:
        story.append(Paragraph("No sessions are planned yet.", ctx.styles.body))
    story += [NextPageTemplate(PAGE), PageBreak()]
    # safety_flowables starts with its own page break: drop it, the one above suffices.
    story += list(safety_flowables(ctx))[1:]
    tick()
    story += checkin_part(ctx)
    return story


@dataclass(frozen=True)
class Detail:
    """How many of each exercise's cues a card prints after its dose (see `_guidance` for
    which): `cues` for exercises logged in set boxes, `tick_cues` for those ticked off
    (warm-up, mobility, a walk). Cautions and the plan's notes are not a level of detail:
    every card prints them all, whatever room it takes."""

    cues: int
    tick_cues: int
    #: The leading of its lines and the padding of its rows: closer only for a card that
    #: would not fit half a page otherwise.
    leading: float = _LEADING
    pad: float = 0.75
    #: The week's and session's notes run on after the heading, and checklists set in one
    #: item after another rather than in columns (see DENSE).
    dense: bool = False


#: From the least a half-page card prints (every caution and note, no cue, its lines
#: closer) to the most (two cues of every exercise); a card prints the most that fits half
#: a page. Cues and spacing are what is traded for room, never cautions or notes.
DETAILS = (
    Detail(0, 0, leading=10.5, pad=0),
    Detail(0, 0, leading=_TIGHT_LEADING, pad=0.25),
    Detail(0, 0),
    Detail(1, 0),
    Detail(1, 1),
    Detail(2, 1),
    Detail(2, 2),
)
FULL = DETAILS[-1]
#: The last resort before a page of its own (a card whose week's notes no other card of its
#: sheet prints, see `session_cards`): the least of DETAILS, its notes run on after its
#: heading and its checklists set in one line after another, which leaves no column's end
#: empty. The same 10 pt text, 11 pt doses and 8 mm boxes: two lines or so shorter.
DENSE = Detail(0, 0, leading=DETAILS[0].leading, pad=0, dense=True)


def _padding(detail: Detail) -> list[tuple[object, ...]]:
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), detail.pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), detail.pad),
    ]


def session_cards(
    ctx: HandoutContext, dated: list[Dated], tick: Callable[[], None]
) -> list[Flowable]:
    """The cards of `dated`, one to a half page, each with as much of its exercises'
    guidance as fits (see DETAILS); a card too long for half a page even with the least of
    it gets a whole page of its own (no fold across a card). Starts with a
    `StartOn`: the document's first page takes the template the first card needs."""
    half = (ctx.height - HALVES_GAP) / 2
    story: list[Flowable] = []
    on: str | None = None
    above: Dated | None = None  # the card above the fold of the page being filled
    chosen: Chosen = {}
    above_full = False  # whether the card above the fold prints its week's notes
    for index, one in enumerate(dated):
        card = _fitted_card(ctx, one, half, chosen)
        wanted = HALVES if _height(card, ctx.width) <= half else PAGE
        full = True
        if wanted == PAGE and shown(ctx.program.weeks[one.week_index].notes, note=True):
            # Too tall with the week's notes: half a page still, when the other card of the
            # sheet is of the same week and prints them.
            lower = on == HALVES and above is not None
            if lower:
                partner = above is not None and above.week_index == one.week_index and above_full
            else:
                after = dated[index + 1] if index + 1 < len(dated) else None
                partner = (
                    after is not None
                    and after.week_index == one.week_index
                    and _height(_fitted_card(ctx, after, half, chosen), ctx.width) <= half
                )
            short = _fitted_card(ctx, one, half, chosen, week_note=False) if partner else []
            if short and _height(short, ctx.width) <= half:
                card, wanted, full = short, HALVES, False
        if wanted == PAGE:
            # Denser, its notes still whole, rather than a page and half a sheet left empty.
            dense = _card(ctx, one, DENSE, chosen)
            if _height(dense, ctx.width) <= half:
                card, wanted = dense, HALVES
        below = wanted == HALVES and on == HALVES and above is not None
        if on is None:
            story.append(StartOn(wanted))
        elif wanted != on:
            story += [NextPageTemplate(wanted), PageBreak()]
        elif wanted == PAGE:
            story.append(PageBreak())
        else:
            story.append(FrameBreak())
        on = wanted
        story += [_entry(ctx, one, above if below else None, alone=wanted == PAGE), *card]
        above = None if below or wanted == PAGE else one
        above_full = full
        tick()
    if on is None:
        story.append(StartOn(PAGE))
    return story


def _fitted_card(
    ctx: HandoutContext,
    one: Dated,
    half: float,
    chosen: Chosen | None = None,
    *,
    week_note: bool = True,
) -> list[Flowable]:
    """The card of `one` with the most of DETAILS that fits `half` (tried from the least,
    each adding cues to the one before; every level has all the cautions and notes); when
    even the least does not fit, the card takes a page, with the most that fits one (the
    least, going on overleaf, should none)."""
    chosen = {} if chosen is None else chosen
    fitted: list[Flowable] | None = None
    for detail in DETAILS:
        card = _card(ctx, one, detail, chosen, week_note=week_note)
        if _height(card, ctx.width) > half:
            break
        fitted = card
    if fitted is not None:
        return fitted
    for detail in reversed(DETAILS[1:]):
        card = _card(ctx, one, detail, chosen, week_note=week_note)
        if _height(card, ctx.width) <= ctx.height:
            return card
    return _card(ctx, one, DETAILS[0], chosen, week_note=week_note)


class _Spaced(TextBlock):
    """Lines with room after them."""

    def __init__(self, lines: tuple[_Piece, ...], after: float) -> None:
        super().__init__(lines=lines)
        self.spaceAfter = after


class StartOn(Flowable):  # type: ignore[misc]
    """Zero-size marker opening a story: the page template its first page takes
    (export.handout puts that template first)."""

    def __init__(self, template: str) -> None:
        super().__init__()
        self.template = template
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class CardEntry(OutlineEntry):
    """A card's bookmark, named in the page's running footer beside the card above it: a
    card opening the frame below the fold does not take the page's footer for itself, as a
    part at the top of a frame would (flowables.OutlineEntry)."""

    def __init__(self, title: str, key: str, running: str, *, below: bool) -> None:
        super().__init__(title, key, level=0, running=running)
        self.below = below

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        begin_section = getattr(self.canv, "begin_section", None)
        if begin_section is not None:
            begin_section(self.running, not self.below)


def _entry(
    ctx: HandoutContext, one: Dated, above: Dated | None, *, alone: bool = False
) -> CardEntry:
    """The card's bookmark, and its name in the footer: 'Week 1 · Mon 5 Jan Squat and bench
    day'; below the fold of a card of the same week, without the week ('Tue 6 Jan Easy
    walk'). Each name is shortened to its share of the footer, so both cards are named; a
    card `alone` on its page (a whole-page card) has the footer's whole room."""
    name = session_name(one.session)
    week = f"Week {one.week_index + 1}"
    day = f"{one.day:%a} {one.day.day} {one.day:%b}"
    title = f"{week} · {day} · {name}"
    lead = day if above is not None and above.week_index == one.week_index else f"{week} · {day}"
    # The footer's room beside 'page N of M' (export.handout._numbered_canvas), halved.
    room = ctx.width - text_width("page 999 of 999", BOLD, 8) - 16
    room = room - 12 if alone else room / 2 - 12
    running = fit_line(f"{lead} {name}", REGULAR, _FOOTER_PT, room)
    key = f"card-{one.week_index}-{one.session_index}"
    return CardEntry(title, key, running, below=above is not None)


def _height(parts: list[Flowable], width: float) -> float:
    """How tall `parts` are one after another (the first one's space before aside, as at
    the top of a frame)."""
    total = 0.0
    for index, part in enumerate(parts):
        total += part.wrap(width, 1e6)[1] + part.getSpaceAfter()
        if index:
            total += part.getSpaceBefore()
    return total


def _card(
    ctx: HandoutContext,
    dated: Dated,
    detail: Detail = FULL,
    chosen: Chosen | None = None,
    *,
    week_note: bool = True,
) -> list[Flowable]:
    """The card of `dated` at `detail`; its checklists in the columns `chosen` has for them
    (and put there), as another card or level laid out the same block alike; the week's
    notes in full, or (not `week_note`) where they are (see `card_notes`)."""
    s = ctx.styles
    session = dated.session
    name = session_name(session)
    title = f"Week {dated.week_index + 1} · {name}"
    # The title and the day's facts on one line (half a page is short): in words when they
    # fit, else shortened ('Mon 5 Jan · 45 min · RPE 6 of 10'); shortened on a dense card.
    facts = _facts(ctx, dated, short=detail.dense)
    line = f"{title}   {' · '.join(facts)}"
    if text_width(title, BOLD, 12) + text_width(line[len(title) :], REGULAR, BODY_PT) > ctx.width:
        facts = _facts(ctx, dated, short=True)
    # Each fact kept on one line: "effort (RPE) 5 of / 10" would read as two numbers.
    marked = [esc(fact).replace(" ", "&nbsp;") for fact in facts]
    if ctx.program.weeks[dated.week_index].deload:
        marked[-1] = f"<b>{marked[-1]}</b>"
    heading = f"<font name='{BOLD}' size='12'>{esc(title)}</font>   {' · '.join(marked)}"
    if detail.dense:
        # The notes run on after the facts: the heading's line is not left part empty.
        heading = "   ".join([heading, *_note_markup(ctx, dated, week_note=week_note)])
        style = ParagraphStyle(
            "card_heading_dense",
            parent=s.body,
            leading=detail.leading,
            # Its lines sit lower by the 12 pt title's taller first line: the last line's
            # descenders clear the rule below as a note's do (see `card_notes`).
            spaceAfter=12.5 - detail.leading + 12 - BODY_PT,
        )
        parts: list[Flowable] = [Paragraph(heading, style)]
    else:
        parts = [
            Paragraph(
                heading,
                ParagraphStyle("card_heading", parent=s.body, leading=13.5, spaceAfter=1),
            ),
            *card_notes(ctx, dated, detail, week_note=week_note),
        ]
    blocks = [block for block in session.blocks if block.items]
    if not blocks:
        parts.append(Paragraph("Rest day: walk and move easily.", s.body))
    # A caution several exercises have, once, under the title (its words as the catalog's).
    common = shared_cautions(ctx, blocks)
    shared = frozenset(common)
    for text in common:
        lines = run_in(
            [Piece(SHARED_LEAD, BOLD), Piece(f"{CAUTION_MARK} {text}", ITALIC)], ctx.width
        )
        parts.append(_Spaced(lines, after=2))
    # Blocks logged with a tick alone (warm-up, mobility, a walk) are a checklist two to a
    # row; the others are rows of set boxes. A whole session then fits half a page.
    logged: list[Block] = []
    for block in blocks:
        if all(log_kind(ctx.catalog, block.kind, item) == "tick" for item in block.items):
            if logged:
                parts.append(_table(ctx, logged, detail, shared))
                logged = []
            if detail.dense:
                parts.append(_run_in_checklist(ctx, block, detail, shared))
            else:
                parts.append(_checklist(ctx, block, detail, shared, chosen))
        else:
            logged.append(block)
    if logged:
        parts.append(_table(ctx, logged, detail, shared))
    if ctx.options.log:
        parts.append(
            Paragraph(
                "Back: ☐ fine   ☐ sore, dull and spread out   ☐ sharp: stop, see the safety page",
                ParagraphStyle(
                    "card_back",
                    parent=s.body,
                    leading=detail.leading + 0.5,
                    spaceBefore=1.5 if detail.pad else 0.5,
                    spaceAfter=0,
                ),
            )
        )
    return parts


def card_notes(
    ctx: HandoutContext, dated: Dated, detail: Detail = FULL, *, week_note: bool = True
) -> list[Flowable]:
    """The week's notes ('This week: ...', a deload week's why and how) and the session's
    ('Today: ...') under the card's heading, as the full layout words them: a week printed
    alone carries what the clinic typed. At the body size on every level of detail (they
    outrank cues, see DETAILS), whole: a note too long for half a page gives its card a
    page, one too long for a page runs on overleaf (a Paragraph splits). Not `week_note`:
    the other card of the folded sheet, of the same week, prints the week's notes, and this
    one says so (see `session_cards`)."""
    # The last line's descenders clear the rule below by 2.5 pt whatever the leading.
    style = ParagraphStyle(
        "card_note",
        parent=ctx.styles.body,
        leading=detail.leading,
        spaceAfter=12.5 - detail.leading,
    )
    return [Paragraph(markup, style) for markup in _note_markup(ctx, dated, week_note=week_note)]


def _note_markup(ctx: HandoutContext, dated: Dated, *, week_note: bool = True) -> list[str]:
    """The markup of the notes `card_notes` prints ('<b>This week:</b> ...'), escaped."""
    week = ctx.program.weeks[dated.week_index]
    notes = [
        f"<b>This week:</b> {esc(text, note=True)}"
        for text in [shown(week.notes, note=True)]
        if text
    ]
    if notes and not week_note:
        notes = [f"<b>This week:</b> {SEE_OTHER_HALF}"]
    if text := shown(dated.session.notes, note=True):
        notes.append(f"<b>Today:</b> {esc(text, note=True)}")
    return notes


def _cautions(exercise: Exercise | None) -> list[str]:
    """The exercise's cautions as printed (plain, spaces folded)."""
    if exercise is None:
        return []
    return [" ".join(plain(c).split()) for c in exercise.cautions if shown(c)]


def shared_cautions(ctx: HandoutContext, blocks: list[Block]) -> list[str]:
    """Cautions that two or more of a card's items have word for word ('Stop if pain runs
    down a leg, ...'): printed once for the card, not on every row (the catalog's words)."""
    seen: dict[str, int] = {}
    for block in blocks:
        for item in block.items:
            for text in dict.fromkeys(_cautions(ctx.catalog.get(item.exercise))):
                seen[text] = seen.get(text, 0) + 1
    return [text for text, count in seen.items() if count > 1]


@dataclass(frozen=True)
class Piece:
    """A stretch of a card row's text: set in after the piece before on its line (a wide
    space between), or `starts` a line; `tab`: the least x it starts at on a line, so the
    doses of a card line up."""

    text: str
    font: str = REGULAR
    size: float = BODY_PT
    starts: bool = False
    note: bool = False
    tab: float = 0.0
    #: A dose, load or the ramp-up sets: broken only after a comma or before a '·'
    #: ('3 × 5 · rest 2 min' never as '3 ×' and '5').
    figures: bool = False

    def words(self) -> list[str]:
        """What the piece breaks into at line ends."""
        text = plain(self.text, note=self.note)
        if self.figures:
            return [" ".join(w.split()) for w in re.split(r"(?<=,) | (?=· )", text) if w.strip()]
        return text.split()


def _facts(ctx: HandoutContext, dated: Dated, *, short: bool) -> list[str]:
    """The day, length, effort and deload of a card, in words or `short`."""
    session = dated.session
    day = dated.day
    facts = [
        f"{day:%a} {day.day} {day:%b}" if short else f"{DAY_NAMES[session.day]} {day.day} {day:%B}"
    ]
    if session.duration_min:
        time = f"{session.duration_min} min" if short else f"about {session.duration_min} min"
        # A session that runs long says so as the full layout does (details.allow_minutes).
        allow = allow_text(ctx.program, session)
        facts.append(f"{time}; {allow}" if allow else time)
    if session.rpe is not None:
        facts.append(f"{'RPE' if short else 'effort (RPE)'} {number(session.rpe)} of 10")
    if ctx.program.weeks[dated.week_index].deload:
        facts.append("deload week" if short else "deload week: lighter on purpose")
    return facts


def _guidance(
    exercise: Exercise | None, item: Item, cues: int, shared: frozenset[str] = frozenset()
) -> list[Piece]:
    """The first `cues` cues of `exercise`, then every one of its cautions (always: they say
    when to stop) but those the card prints once (`shared`), then the item's note from the
    plan, at the body size in black, set in one after another on the lines under the
    exercise's name and dose (cautions in italic after a '!'); the note's own line breaks
    are kept, as typed."""
    pieces: list[Piece] = []
    if exercise is not None:
        listed = [" ".join(plain(cue).split()) for cue in exercise.cues if shown(cue)]
        # The catalog's cues set an exercise up, then say how to move: a card with room for
        # one prints the first about moving (the second), with room for two, both in order.
        chosen = listed[1:2] if cues == 1 and len(listed) > 1 else listed[:cues]
        pieces += [Piece(f"{CUE_BULLET} {cue}") for cue in chosen]
        pieces += [
            Piece(f"{CAUTION_MARK} {text}", ITALIC)
            for text in _cautions(exercise)
            if text not in shared
        ]
    # The coach's note, as the plan has it, printed literally.
    if note := shown(item.note, note=True):
        pieces += [
            Piece(f"Note: {line}" if not index else line, starts=bool(index), note=True)
            for index, line in enumerate(note.split("\n"))
        ]
    return pieces


def run_in(
    pieces: list[Piece],
    width: float,
    wide: float | None = None,
    narrow: int = 0,
    leading: float = _LEADING,
    bump: float = 0.0,
) -> tuple[_Piece, ...]:
    """`pieces` laid out one after another on lines of `width` (see Piece), the lines after
    the first `narrow` ones `wide` (under a row's set boxes, the first of them `bump` lower);
    a line piece of leading 0
    continues the line before (flowables.draw_lines). Right-to-left text gets lines of its
    own, aligned as its reader reads (flowables.text_lines)."""
    if any(scripts.is_right_to_left(piece.text) for piece in pieces):
        return text_lines(
            [
                Run(p.text, p.font, p.size, leading, direction_of=p.text, note=p.note)
                for p in pieces
            ],
            width,
        )
    lines: list[_Piece] = []
    count = 0  # lines begun
    x = 0.0  # where the line being filled has got to
    begun = False  # whether that line has a piece yet
    gap = text_width("   ", REGULAR, BODY_PT)

    def room() -> float:
        """The width of the line being filled (or of the next, none being)."""
        index = count - 1 if begun else count
        return width if index < narrow or wide is None else wide

    def emit(words: list[str], piece: Piece, at: float) -> None:
        nonlocal begun, count
        text = " ".join(words)
        lead = 0.0 if begun else leading + (bump if count == narrow and wide else 0.0)
        count += 0 if begun else 1
        lines.append((at, scripts.directed(text, piece.text), piece.font, piece.size, lead, INK))
        begun = True

    def cut(word: str, piece: Piece) -> tuple[str, float]:
        """A word longer than a line in lines of its own, every letter kept; its last part."""
        nonlocal begun
        parts = wrap_text(word, piece.font, piece.size, room())
        for part in parts[:-1]:
            emit([part], piece, 0.0)
            begun = False
        return parts[-1], text_width(parts[-1], piece.font, piece.size)

    for piece in pieces:
        if piece.starts or not begun:
            x, begun = 0.0, False
        else:
            x = max(x + gap, piece.tab)
            # A caution's mark, a cue's bullet or a tick box stays with its first word (alone
            # it says nothing).
            first = " ".join(
                piece.words()[
                    : 2 if piece.text.startswith((CAUTION_MARK, CUE_BULLET, TICK_MARK)) else 1
                ]
            )
            if x + text_width(first, piece.font, piece.size) > room():
                x, begun = 0.0, False
        space = text_width(" ", piece.font, piece.size)
        words: list[str] = []
        at = x
        for word in piece.words():
            word_w = text_width(word, piece.font, piece.size)
            if not words and not begun:  # the first word of a line
                if word_w > room():
                    word, word_w = cut(word, piece)
                words, x, at = [word], word_w, 0.0
                continue
            if x + (space if words else 0.0) + word_w <= room():
                x += (space if words else 0.0) + word_w
                words.append(word)
                continue
            if words:
                emit(words, piece, at)
            begun = False  # the next line
            if word_w > room():
                word, word_w = cut(word, piece)
            words, x, at = [word], word_w, 0.0
        if words:
            emit(words, piece, at)
    return tuple(lines)


def set_columns(ctx: HandoutContext) -> int:
    """Set boxes a card's row has room for: the most sets any boxed item of the plan has
    (MAX_SETS at most), so a plan of three sets leaves its names and cautions the width of
    the two boxes it never uses."""
    sets = [
        item.sets
        for week in ctx.program.weeks
        for session in week.sessions
        for block in session.blocks
        for item in block.items
        if log_kind(ctx.catalog, block.kind, item) != "tick"
    ]
    return max(1, min(MAX_SETS, max(sets, default=1)))


def _head(ctx: HandoutContext, item: Item, title: str, tab: float) -> list[Piece]:
    """An exercise's name (after its block's title on the block's first row), its dose and
    rest and its load at the dose size, from `tab` on (so they line up down the card), and
    the ramp-up sets on a line of their own, worded as every layout words them
    (details.ramp_line: 'Ramp-up: 25 kg × 5, 35 kg × 3'; 'Ramp kg: 25×5' beside
    the dose '3 × 5' was read as sets × reps)."""
    name = ctx.catalog.name_of(item.exercise)
    pieces = [Piece(f"{title}: {name}" if title else name, BOLD)]
    pieces.append(Piece(_dose_and_rest(item), size=DOSE_PT, tab=tab, figures=True))
    if item.load is not None:
        load = " ".join(plain(load_text(item, ctx.units)).split())
        pieces.append(Piece(load, size=DOSE_PT, figures=True))
    if ramp := ramp_line(item, ctx.catalog.get(item.exercise), ctx.program):
        pieces.append(Piece(ramp, size=DOSE_PT, starts=True, figures=True))
    return pieces


def _table(
    ctx: HandoutContext, blocks: list[Block], detail: Detail, shared: frozenset[str]
) -> FlatTable:
    """A row an exercise: its name, dose, load and ramp-up sets, then its cues, cautions
    and note set in on the lines below, beside its set boxes; no header row (what each
    holds is plain from it, and half a page has no line to spare)."""
    sets = set_columns(ctx)
    log_w = _SET_W * sets if ctx.options.log else 0.0
    inner = ctx.width - log_w - 6
    titled = [
        (block, item, "" if index else block_title(block, ctx.catalog))
        for block in blocks
        for index, item in enumerate(block.items)
    ]
    # Doses start where the longest name ends (at most 45 % of the way along).
    names = [
        text_width(
            f"{t}: {ctx.catalog.name_of(i.exercise)}" if t else ctx.catalog.name_of(i.exercise),
            BOLD,
            BODY_PT,
        )
        for _, i, t in titled
    ]
    tab = min(max(names, default=0.0) + 10, inner * 0.45)
    rows: list[list[object]] = []
    style: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"), *_padding(detail)]
    for block, item, title in titled:
        if title:  # blocks told apart by a heavier rule above their first row (no title row)
            style.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.9, DARK))
        exercise = ctx.catalog.get(item.exercise)
        pieces = _head(ctx, item, title, tab) + _guidance(exercise, item, detail.cues, shared)
        boxes = None
        if ctx.options.log:
            kind = log_kind(ctx.catalog, block.kind, item)
            boxes = SetBoxes(kind, min(item.sets, sets), log_w, sets)
        rows.append([CardRow(pieces, ctx.width - 6, log_w, boxes, detail.leading)])
        style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.4, RULE))
    widths = [ctx.width]
    table = FlatTable(rows, colWidths=widths, splitByRow=1, hAlign="LEFT")
    table.setStyle(table_style(style))
    return table


#: A checklist's columns: the items each takes (from, to) and its width.
_Spans = list[tuple[tuple[int, int], float]]
#: The columns chosen for a checklist (see `_checklist`) by its items and how it prints
#: them: the blocks of a plan repeat week after week, each laid out once an export.
Chosen = dict[tuple[object, ...], _Spans]


def _checklist(
    ctx: HandoutContext,
    block: Block,
    detail: Detail,
    shared: frozenset[str],
    chosen: Chosen | None = None,
) -> Flowable:
    """A block done, not counted: each exercise with its dose and a box to tick (a tick in
    the log, none without), its cues and cautions set in after them; in columns read down
    the left then the right (see `checklist_columns`)."""
    tick_w = TICK + 8 if ctx.options.log else 0.0
    title = block_title(block, ctx.catalog)
    cells_at: dict[float, tuple[list[list[object]], list[float]]] = {}

    def cells(width: float) -> tuple[list[list[object]], list[float]]:
        """The block's cells in a column `width` wide, and their heights."""
        if width not in cells_at:
            text_w = width - tick_w
            row = [
                _check_cell(ctx, title if not index else "", item, text_w - 6, detail, shared)
                for index, item in enumerate(block.items)
            ]
            heights = [_height([_column([cell], [tick_w, text_w], detail)], width) for cell in row]
            cells_at[width] = row, heights
        return cells_at[width]

    key = (block.model_dump_json(), detail.tick_cues, detail.leading, detail.pad, shared)
    chosen = {} if chosen is None else chosen
    if key not in chosen:
        chosen[key] = checklist_columns(ctx.width, len(block.items), lambda w: cells(w)[1], detail)
    spans = chosen[key]
    columns = [_column(cells(w)[0][i:j], [tick_w, w - tick_w], detail) for (i, j), w in spans]
    return SideBySide(columns, [w for _, w in spans])


def _run_in_checklist(
    ctx: HandoutContext, block: Block, detail: Detail, shared: frozenset[str]
) -> Flowable:
    """A checklist on a dense card: its items set in one after another across the card's
    width ('Warm-up: ☐ Brisk walk 1 × 5 min ! ...   ☐ Cat-cow 1 × 8 ! ...'), each with its
    dose, cautions and note as in columns, and the box to tick before its name (none
    without the log), under the block's heavier rule."""
    mark = f"{TICK_MARK} " if ctx.options.log else ""
    pieces = [Piece(f"{block_title(block, ctx.catalog)}:", BOLD)]
    for item in block.items:
        pieces += [
            Piece(f"{mark}{ctx.catalog.name_of(item.exercise)}", BOLD),
            Piece(_dose_and_rest(item), size=DOSE_PT, figures=True),
            *_guidance(ctx.catalog.get(item.exercise), item, detail.tick_cues, shared),
        ]
    lines = run_in(pieces, ctx.width - 6, leading=detail.leading)
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *_padding(detail),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, DARK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    table = FlatTable([[TextBlock(lines=lines)]], colWidths=[ctx.width], hAlign="LEFT")
    table.setStyle(table_style(style))
    return table


def checklist_columns(
    width: float, items: int, heights: Callable[[float], list[float]], detail: Detail
) -> _Spans:
    """How a checklist of `items` (each as tall as `heights` says in a column that wide)
    goes into columns: two equal ones split where the two are most nearly as tall, or three
    when that is shorter (five short warm-ups, say); then, should one column still be a
    line or more taller, the wider column for the wordier half when that makes the block
    shorter (a warm-up of a short bike ride and four drills with cautions is then two lines
    lower)."""
    best: tuple[float, _Spans] | None = None
    spread = 0.0  # how much shorter the best layout's shortest column is than its tallest
    layouts: list[tuple[float, ...]] = [(width / 2,) * 2]
    if items > 2:
        layouts.append((width / 3,) * 3)
    layouts += [tuple(width * share for share in shares) for shares in _UNEQUAL]
    for shares in layouts:
        if shares[0] != shares[-1] and spread < detail.leading:
            break
        for cut in combinations(range(1, items), min(len(shares), items) - 1):
            spans = list(zip(pairwise([0, *cut, items]), shares, strict=False))
            tall = [sum(heights(w)[i:j]) for (i, j), w in spans]
            if best is None or max(tall) < best[0] - 0.5:
                best, spread = (max(tall), spans), max(tall) - min(tall)
    assert best is not None
    return best[1]


def _check_cell(
    ctx: HandoutContext,
    title: str,
    item: Item,
    width: float,
    detail: Detail,
    shared: frozenset[str],
) -> list[object]:
    """A checklist item: its tick box, then its name, dose and guidance set in."""
    name = ctx.catalog.name_of(item.exercise)
    pieces = [
        Piece(f"{title}: {name}" if title else name, BOLD),
        Piece(_dose_and_rest(item), size=DOSE_PT, figures=True),
        *_guidance(ctx.catalog.get(item.exercise), item, detail.tick_cues, shared),
    ]
    tick: object = TickBox(TICK) if ctx.options.log else ""
    return [tick, TextBlock(lines=run_in(pieces, width, leading=detail.leading))]


def _column(part: list[list[object]], widths: list[float], detail: Detail) -> FlatTable:
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *_padding(detail),
        ("TOPPADDING", (0, 0), (0, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    table = FlatTable(part or [["", ""]], colWidths=widths, hAlign="LEFT")
    table.setStyle(table_style(style))
    return table


class SideBySide(Flowable):  # type: ignore[misc]
    """The columns of a checklist, side by side (each as wide as `widths` says), under a
    block's heavier rule."""

    def __init__(self, columns: list[Flowable], widths: list[float]) -> None:
        super().__init__()
        self.columns = columns
        self.shares = widths

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.heights = [
            column.wrap(share, avail_height)[1]
            for column, share in zip(self.columns, self.shares, strict=True)
        ]
        self.width, self.height = avail_width, max(self.heights)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(DARK)
        self.canv.setLineWidth(0.9)
        self.canv.line(0, self.height, self.width, self.height)
        x = 0.0
        for column, share, height in zip(self.columns, self.shares, self.heights, strict=True):
            column.drawOn(self.canv, x, self.height - height)
            x += share


def _dose_and_rest(item: Item) -> str:
    """The dose and, when the item has any, its rest between sets: '3 × 5 · rest 60 s'; no
    rest, nothing said (never 'rest 0 s')."""
    dose = " ".join(plain(dose_text(item)).split())
    return f"{dose} · rest {seconds(item.rest_s)}" if item.rest_s else dose


class CardRow(Flowable):  # type: ignore[misc]
    """An exercise's row: its text (see `run_in`) beside its set boxes at the top right,
    then under them, the whole width: a caution's third line takes no more room than its
    first."""

    def __init__(
        self,
        pieces: list[Piece],
        width: float,
        log_w: float,
        boxes: SetBoxes | None,
        leading: float = _LEADING,
    ) -> None:
        super().__init__()
        self.boxes = boxes
        self.log_w = log_w if boxes is not None else 0.0
        # Lines beside the boxes: those that start above the boxes' bottom; the first line
        # under them starts no higher than it (its letters clear it by a point: the line's
        # half-leading and the gap above a capital).
        narrow = math.floor(boxes.height / leading) if boxes is not None else 0
        bump = max(0.0, boxes.height - narrow * leading) if boxes is not None else 0.0
        self.lines = run_in(pieces, width - self.log_w, width, narrow, leading, bump)
        self.width = width
        self.text_h = sum(line[4] for line in self.lines)
        self.height = max(self.text_h, boxes.height if boxes is not None else 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        text = self.canv.beginText()
        draw_lines(text, self.lines, 0.0, self.height, [None, None, None])
        self.canv.drawText(text)
        if self.boxes is not None:
            self.boxes.drawOn(
                self.canv, self.width - self.log_w + 3, self.height - self.boxes.height
            )


class SetBoxes(Flowable):  # type: ignore[misc]
    """A box per set (halved L and R for a per-side exercise), or one tick box; the boxes
    are a `columns`-th of the width, so they line up down the card, and only the item's
    sets are drawn (a greyed box would read as a set skipped)."""

    def __init__(self, kind: str, sets: int, width: float, columns: int = MAX_SETS) -> None:
        super().__init__()
        self.kind = kind
        self.sets = max(1, sets)
        self.columns = max(self.sets, columns)
        self.width = width - 6
        self.height = 12.0 if kind == "tick" else CARD_BOX_H

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        if self.kind == "tick":
            canvas.rect(0, 0, 11, 11, stroke=1, fill=0)
            return
        box = self.width / self.columns
        for index in range(self.sets):
            canvas.rect(index * box, 0, box - 3, self.height, stroke=1, fill=0)
            if self.kind == "sides":
                middle = index * box + (box - 3) / 2
                canvas.setStrokeColor(DARK)
                canvas.line(middle, 0, middle, self.height)
                canvas.setStrokeColor(INK)
                # Which half is which side, in the corner as in the programme's boxes.
                canvas.setFont(REGULAR, BODY_PT)
                canvas.setFillColor(INK)
                canvas.drawString(index * box + 1.5, self.height - BODY_PT, "L")
                canvas.drawString(middle + 1.5, self.height - BODY_PT, "R")
