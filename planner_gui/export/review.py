"""The plan review: the short PDF a coach files beside the handout, never given to the athlete.

A header with the clinic (the brand), the plan, the athlete and the date it was made; what the
checker found, in words, grouped by severity with the rule's reason and the place of each
finding (or a sentence of what a clean plan has going for it); the weekly load chart, drawn
against the plan's own acute:chronic limits; and every rule's settings for this plan in words
with their units. Every page says "page N of M".
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from datetime import date
from math import isfinite
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from planner_gui.domain.atomic import write_bytes_atomic
from planner_gui.domain.brand import Brand
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.checkins.history import red_flag_spans
from planner_gui.domain.checkins.triage import flag_signs, sentence, tier_heading, tier_of
from planner_gui.domain.findings import Finding
from planner_gui.domain.metrics import ProgramMetrics, program_metrics
from planner_gui.domain.models import Program
from planner_gui.domain.plan_facts import plan_facts
from planner_gui.domain.rules import REGISTRY, TABLE
from planner_gui.domain.rules.codes import ACUTE_CHRONIC_RATIO, BY_CODE
from planner_gui.domain.rules.settings import SEVERITY_WORDS, describe_settings
from planner_gui.domain.rules.wording import join, num
from planner_gui.domain.vocabulary import DAY_NAMES, SEVERITIES
from planner_gui.export import scripts
from planner_gui.export.charts import HEIGHT, load_chart
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry
from planner_gui.export.fonts import BOLD, REGULAR
from planner_gui.export.plancheck import passed_text, summary_line
from planner_gui.export.styles import (
    DARK,
    FOOTER_SPACE,
    HEADER_SPACE,
    MARGIN,
    MID,
    PAGE_SIZES,
    RULE,
    make_styles,
    ruled_rows,
    table_style,
)
from planner_gui.export.text import esc, plain, plural
from planner_gui.export.wrap import fit_line

#: Warnings and notes of one rule listed in full before the rest are listed by place only.
FULL_ROWS = 6
#: The settings table's code column: a bold five-character code at 10 pt on one line.
_CODE_W = 54

#: The heading of the red-flag history, after the findings' summary (only with red flags).
RED_FLAG_SECTION = "Red flags reported"
#: The outline (bookmarks) of the review, in page order; the details only with findings.
SECTIONS = (
    "Plan review",
    "Findings",
    "Weekly training load",
    "Findings in detail",
    "The rules' settings for this plan",
)


def render_review(
    program: Program,
    catalog: Catalog,
    *,
    page_size: str = "a4",
    today: date | None = None,
    brand: Brand | None = None,
    findings: Sequence[Finding] | None = None,
    scope: str = "",
) -> bytes:
    """The review as PDF bytes; `catalog` must include the plan's custom exercises.

    `findings` are the checker's (all enabled rules when None); a caller that checked fewer
    rules (`check --select`) passes them with `scope`, a sentence saying which, so the page
    does not claim more than was checked.
    """
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    made = today or date.today()
    brand = brand or Brand()
    pagesize = PAGE_SIZES[page_size]
    buffer = io.BytesIO()
    doc = _ReviewDoc(buffer, program, brand, pagesize, made)
    ctx = HandoutContext(
        program=program,
        catalog=catalog,
        styles=make_styles(),
        width=doc.width,
        height=doc.height,
        brand=brand,
    )
    found = list(
        check_program(program, catalog, wording=brand.safety) if findings is None else findings
    )
    previous = rl_config.useA85
    rl_config.useA85 = 0  # binary streams: the embedded font is written smaller
    try:
        end = _End()
        doc.build([*_story(ctx, found, made, scope), end], canvasmaker=_NumberedCanvas)
        if doc.page > 1 and end.left > doc.height * (1 - LEAST_LAST):
            # A last page of a few rows: once more with a lower chart and closer rows, kept
            # only when that saves the page.
            tighter = io.BytesIO()
            tight_doc = _ReviewDoc(tighter, program, brand, pagesize, made)
            story = _story(ctx, found, made, scope, tight=True)
            tight_doc.build(list(story), canvasmaker=_NumberedCanvas)
            if tight_doc.page < doc.page:
                buffer = tighter
    finally:
        rl_config.useA85 = previous
    return buffer.getvalue()


#: A last page filled less than this (a fraction of the body) is laid out again, tighter.
LEAST_LAST = 0.5
#: The load chart's height and the settings table's cell padding, and both laid out tighter.
_CHART_H = (HEIGHT, 160.0)
_SETTINGS_PADDING = ((1.5, 2.5), (1.0, 1.0))


class _End(Flowable):  # type: ignore[misc]
    """Nothing, at the end of the story: it notes the room left on the last page."""

    left = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.left = avail_height
        return 0.0, 0.0

    def draw(self) -> None:
        pass


def write_review(
    program: Program,
    catalog: Catalog,
    out_path: Path,
    *,
    page_size: str = "a4",
    today: date | None = None,
    brand: Brand | None = None,
    findings: Sequence[Finding] | None = None,
    scope: str = "",
) -> None:
    """Write the review to `out_path`, replacing it atomically (OSError when it cannot)."""
    data = render_review(
        program,
        catalog,
        page_size=page_size,
        today=today,
        brand=brand,
        findings=findings,
        scope=scope,
    )
    write_bytes_atomic(Path(out_path), data)


#: A space before a unit, after a number or 'in' ('80 kg', '+25 %', '45 s', 'loads in kg').
_BEFORE_UNIT = re.compile(r"(\d|\bin) (?=(?:kg|lb|min|km|sets?|reps?|s|m)\b|%)")


def kept(text: str) -> str:
    """`text` with each unit held to its number by a no-break space, so a line never starts
    with 'kg' (a clinician's review found 'loads in' / 'kg' on the review's first page)."""
    return _BEFORE_UNIT.sub("\\1\u00a0", text)


def made_on(day: date) -> str:
    """'3 December 2026': the date as the review prints it, every date of it in this style."""
    return f"{day.day} {day:%B %Y}"


def where(finding: Finding, program: Program, catalog: Catalog, *, short: bool = False) -> str:
    """'Week 3 · Wednesday 21 January 2026 · Lower B · Conventional deadlift', the parts that
    apply ('W3 Wed 21 January 2026 · Lower B · ...' when `short`); 'Whole plan' for
    a finding about the plan as a whole."""
    parts: list[str] = []
    if finding.week is not None:
        week = f"W{finding.week}" if short else f"Week {finding.week}"
        if finding.day is not None and 1 <= finding.week <= len(program.weeks):
            on = program.session_date(finding.week - 1, finding.day)
            day = DAY_NAMES[finding.day]
            # One date style in the whole review (`made_on`): a review found "19 Jan" in the
            # findings beside "5 January 2026" in the heading.
            week += f" {day[:3]} {made_on(on)}" if short else f" · {day} {made_on(on)}"
        parts.append(week)
    elif finding.day is not None:
        parts.append(DAY_NAMES[finding.day])
    if finding.session:
        parts.append(finding.session)
    if finding.exercise:
        parts.append(catalog.name_of(finding.exercise))
    return " · ".join(parts) or "Whole plan"


def _story(
    ctx: HandoutContext, findings: list[Finding], made: date, scope: str, tight: bool = False
) -> Iterator[Flowable]:
    yield from _heading(ctx, made)
    yield from _summary(ctx, findings, scope)
    yield from red_flag_history(ctx)
    yield from _chart(ctx, _CHART_H[tight])
    if findings:
        yield from _details(ctx, findings, tight)
    yield from _settings(ctx, _SETTINGS_PADDING[tight])


def _heading(ctx: HandoutContext, made: date) -> Iterator[Flowable]:
    s, program, brand = ctx.styles, ctx.program, ctx.brand
    yield OutlineEntry(SECTIONS[0], "review", level=0)
    if brand.name.strip():
        yield Paragraph(esc(brand.name.strip()), s.h2)
    if brand.contact.strip():
        yield Paragraph(esc(brand.contact.strip()), s.small)
    if brand.name.strip() or brand.contact.strip():
        yield Spacer(1, 6)
    yield Paragraph("Plan review", s.title)
    yield Paragraph(esc(program.title.strip() or "Untitled program"), s.subtitle)
    sessions = sum(len(week.sessions) for week in program.weeks)
    deloads = sum(week.deload for week in program.weeks)
    rows = [
        ("Athlete", esc(program.athlete.strip()) or "not named"),
        (
            "Plan",
            (
                f"{plural(len(program.weeks), 'week')} from {made_on(program.start_date)} to "
                f"{made_on(program.end_date)}, {plural(sessions, 'session')}"
                if program.weeks
                else f"no weeks yet, to start on {made_on(program.start_date)}"
            )
            + (f", {plural(deloads, 'deload week')}" if deloads else "")
            + kept(f"; loads in {program.units}"),
        ),
        ("Made on", f"{made_on(made)}, by Brace Planner"),
    ]
    table = Table(
        [[Paragraph(f"<b>{label}</b>", s.cell), Paragraph(value, s.cell)] for label, value in rows],
        colWidths=[70, ctx.width - 70],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    yield table
    yield Spacer(1, 6)
    yield Paragraph(
        "For the coach's file, not for the athlete: the findings compare the plan with common "
        "coaching guidelines and the rules' settings below; they describe the plan and do not "
        "predict injury.",
        s.body,
    )


def _summary(ctx: HandoutContext, findings: list[Finding], scope: str) -> Iterator[Flowable]:
    """How many findings of each severity, or what a clean plan has going for it."""
    s = ctx.styles
    yield OutlineEntry(SECTIONS[1], "findings", level=0)
    yield Paragraph(SECTIONS[1], s.h1)
    if scope:
        yield Paragraph(esc(scope), s.body)
    if not findings:
        yield Paragraph(kept(esc(passed_text(plan_facts(ctx.program)))), s.body)
        return
    yield Paragraph(
        f"The checker found <b>{summary_line(findings)}</b>; each is listed under "
        f"“{SECTIONS[3]}” with where it is, what to change and why the rule exists.",
        s.body,
    )
    counts = []
    for severity in SEVERITIES:
        of_severity = [f for f in findings if f.severity == severity]
        if of_severity:
            by_code = [
                f"{code} ×{sum(f.code == code for f in of_severity)}"
                for code in _codes_of(of_severity)
            ]
            counts.append(f"{SEVERITY_WORDS[severity][1]}: {join(by_code)}")
    yield Paragraph(esc("By rule, " + "; ".join(counts) + "."), s.body)
    off = [entry.code for entry in TABLE if not entry.enabled(ctx.program.rules)]
    if off:
        yield Paragraph(f"Switched off in this plan, so not checked: {esc(join(off))}.", s.body)


def red_flag_history(ctx: HandoutContext) -> Iterator[Flowable]:
    """Every check-in that reported red flags, oldest first: its date, the flags in words, the
    call of their tier and whether (and by which check-in) a clinician cleared training; nothing
    when no check-in reported one. A red flag cleared long ago stays on the coach's record."""
    spans = red_flag_spans(ctx.program)
    if not spans:
        return
    s = ctx.styles
    yield OutlineEntry(RED_FLAG_SECTION, "red-flags", level=0)
    yield Paragraph(RED_FLAG_SECTION, s.h1)
    rows: list[list[object]] = [
        [Paragraph(f"<b>{label}</b>", s.cell) for label in ("Check-in", "Red flags", "Cleared")]
    ]
    for span in spans:
        checkin = span.checkin
        tier = tier_of(checkin.red_flags)
        assert tier is not None  # a span is a check-in with red flags
        call = sentence(tier_heading(tier, ctx.brand.safety))
        if span.cleared_on is None:
            status = "<b>Not cleared</b>: no check-in since records a clinician's clearance."
        elif span.clearing_index == span.index:
            status = "Cleared by a clinician, recorded on the same check-in."
        else:
            status = (
                f"Cleared by a clinician, recorded on the check-in of {made_on(span.cleared_on)}."
            )
        rows.append(
            [
                Paragraph(made_on(checkin.date), s.cell),
                Paragraph(f"{esc(flag_signs(checkin.red_flags))}. {esc(call)}", s.cell),
                Paragraph(status, s.cell),
            ]
        )
    first = 104
    table = Table(
        rows,
        colWidths=[first, (ctx.width - first) * 0.55, (ctx.width - first) * 0.45],
        hAlign="LEFT",
        repeatRows=1,
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    yield table
    yield Spacer(1, 6)


def _codes_of(findings: list[Finding]) -> list[str]:
    """The findings' codes in the order of the rule table."""
    codes = [entry.code for entry in TABLE if any(f.code == entry.code for f in findings)]
    return codes + sorted({f.code for f in findings} - set(codes))


def _details(ctx: HandoutContext, findings: list[Finding], tight: bool) -> Iterator[Flowable]:
    """Every finding, by severity and then by rule.

    Each heading is kept with the first rule group under it (a short group is kept whole),
    and the section starts below the load chart when that first group fits there: it used
    to start on a new page whenever less than 30 % of a page was left, which left a quarter
    of the first page empty and sent five rows of the rules' settings onto a fourth page."""
    s = ctx.styles
    heading: list[Flowable] = [
        OutlineEntry(SECTIONS[3], "details", level=0),
        Paragraph(SECTIONS[3], s.h1),
    ]
    #: Rules whose reason is printed already, with the heading it is under.
    explained: dict[str, str] = {}
    for severity in SEVERITIES:
        of_severity = [f for f in findings if f.severity == severity]
        if not of_severity:
            continue
        one, many = SEVERITY_WORDS[severity]
        title = f"{many.capitalize()} ({len(of_severity)})"
        heading += [OutlineEntry(title, f"findings-{severity}", level=1), Paragraph(title, s.h2)]
        for code in _codes_of(of_severity):
            group = [f for f in of_severity if f.code == code]
            parts = list(_rule_group(ctx, code, group, one, explained.get(code)))
            explained.setdefault(code, many)
            if heading and isinstance(parts[0], KeepTogether):
                # The headings, the rule's heading and reason and the table's first row
                # together; the table may go on overleaf after that row.
                content = [*heading, *parts[0]._content]
                yield CondPageBreak(_opening_height(content, ctx.width, rows=0 if tight else 1))
                yield from content
                yield from parts[1:]
            elif heading:
                # A long group opens with its own page break (room for its heading, reason
                # and a few rows): the headings go after it, never alone at a page's foot.
                yield CondPageBreak(160)
                yield from heading
                yield from parts[1:]
            else:
                yield from parts
            heading = []


def _opening_height(flowables: Sequence[Flowable], width: float, rows: int) -> float:
    """The height of `flowables` down to `rows` data rows of the table that ends them."""
    total = 0.0
    for flowable in flowables:
        if isinstance(flowable, Table):
            flowable.wrap(width, 1e6)
            heights: list[float] = flowable._rowHeights
            return total + sum(heights[: 1 + rows])
        total += flowable.wrap(width, 1e6)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _rule_group(
    ctx: HandoutContext,
    code: str,
    findings: list[Finding],
    severity: str,
    explained_under: str | None,
) -> Iterator[Flowable]:
    """One rule's findings of one severity: what the rule checks and why (once: a rule found
    at two severities refers back to the reason `explained_under` that heading), then each
    finding's place and what to change."""
    s = ctx.styles
    entry, rule = BY_CODE.get(code), REGISTRY.get(code)
    title = entry.title if entry is not None else code
    count = plural(len(findings), severity)
    head = Paragraph(f"{esc(code)} · {esc(title)} <font color='#555555'>({count})</font>", s.h3)
    if rule is None:
        why: Flowable = Spacer(1, 0)
    elif explained_under is not None:
        why = Paragraph(f"<i>Why it matters:</i> see {esc(code)} under {explained_under}.", s.small)
    else:
        why = Paragraph(f"<i>Why it matters:</i> {esc(rule.rationale)}", s.small)
    # Errors are listed in full; a warning or note found in many places lists its first
    # ones in full and only the places of the rest, so a long plan's review stays short.
    full = findings if severity == SEVERITY_WORDS["error"][0] else findings[:FULL_ROWS]
    rest = findings[len(full) :]
    rows: list[list[Any]] = [
        [Paragraph("Where", s.cell_head), Paragraph("What to change", s.cell_head)]
    ]
    for finding in full:
        rows.append(
            [
                Paragraph(esc(where(finding, ctx.program, ctx.catalog)), s.cell),
                Paragraph(kept(esc(finding.message)), s.cell),
            ]
        )
    table = Table(
        rows,
        colWidths=[165, ctx.width - 165],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(table_style(ruled_rows()))
    # A short group stays on one page; a long one starts with at least its heading, reason
    # and a few rows (the table repeats its header overleaf).
    if len(rows) <= 4 and not rest:
        yield KeepTogether([head, why, Spacer(1, 3), table])
    else:
        yield CondPageBreak(120)
        yield from (head, why, Spacer(1, 3), table)
    if rest:
        places = "; ".join(
            esc(where(finding, ctx.program, ctx.catalog, short=True)) for finding in rest
        )
        yield Spacer(1, 3)
        yield Paragraph(
            f"<b>The same in {plural(len(rest), 'more place')}</b> (the findings panel and "
            f"planner-gui check list each in full): {places}.",
            s.cell,
        )
    yield Spacer(1, 4)


def _chart(ctx: HandoutContext, height: float) -> Iterator[Flowable]:
    s = ctx.styles
    metrics = program_metrics(ctx.program, ctx.catalog)
    limits = ACUTE_CHRONIC_RATIO.settings(ctx.program.rules)
    chart = load_chart(
        metrics, ctx.width, height, guide=limits.limit_ratio, caution=limits.error_ratio
    )
    heading = [OutlineEntry(SECTIONS[2], "load", level=0), Paragraph(SECTIONS[2], s.h1)]
    if chart is None:
        yield from heading
        yield Paragraph("No session has a duration and effort (RPE): no load to chart.", s.body)
        return
    yield KeepTogether([*heading, Paragraph(kept(esc(_load_summary(metrics))), s.body), chart])


def _load_summary(metrics: ProgramMetrics) -> str:
    """The chart's numbers in a sentence: the heaviest week and the highest ratio (only for a
    plan with a chart: some week has a load)."""
    weeks = metrics.weeks
    peak = max(weeks, key=lambda week: week.load)
    text = (
        f"Bars are each week's session load (minutes × RPE, summed); the heaviest is week "
        f"{peak.index + 1} at {num(round(peak.load))}."
    )
    ratios = [week for week in weeks if week.acwr is not None]
    if ratios:
        top = max(ratios, key=lambda week: week.acwr or 0.0)
        ratio = top.acwr or 0.0
        shown = f"{ratio:.2f}" if isfinite(ratio) else "beyond measure (a rise from no load)"
        text += (
            f" The line is the acute:chronic ratio (a week ÷ the mean of the 4 before); "
            f"its highest is {shown} in week {top.index + 1}."
        )
    else:
        text += " The plan is too short for an acute:chronic ratio (it needs 4 weeks before)."
    return text


def _settings(ctx: HandoutContext, padding: tuple[float, float]) -> Iterator[Flowable]:
    """Every rule's settings for this plan in words with units; retuned rules' codes in bold,
    rules switched off in grey."""
    s = ctx.styles
    section, units = ctx.program.rules, ctx.program.units
    off_style = ParagraphStyle("cell_off", parent=s.cell, textColor=MID)
    yield CondPageBreak(120)
    yield OutlineEntry(SECTIONS[4], "settings", level=0)
    yield Paragraph(SECTIONS[4], s.h1)
    yield Paragraph(
        "What each rule reports, and from when. A rule this plan retunes or switches off has "
        "its code in bold, and a changed value shows the default beside it; the settings are "
        "kept in the plan file and changed in Preferences.",
        s.body,
    )
    rows: list[list[Any]] = [[Paragraph(head, s.cell_head) for head in ("Code", "Rule", "Reports")]]
    for entry in TABLE:
        enabled = entry.enabled(section)
        changed = not enabled or entry.values(section) != dict(entry.thresholds)
        style = s.cell if enabled else off_style
        code = f"<b>{entry.code}</b>" if changed else entry.code
        rows.append(
            [
                Paragraph(code, style),
                Paragraph(esc(entry.title), style),
                Paragraph(kept(esc(describe_settings(entry, section, units))), style),
            ]
        )
    table = Table(
        rows,
        colWidths=[_CODE_W, (ctx.width - _CODE_W) * 0.48, (ctx.width - _CODE_W) * 0.52],
        repeatRows=1,
        hAlign="LEFT",
    )
    # Thirty rules: rows padded 2 pt (not 3 and 4) keep the table off a page of its own.
    table.setStyle(table_style(ruled_rows(padding)))
    yield table


class _ReviewDoc(BaseDocTemplate):  # type: ignore[misc]
    """One page template: the body between a running header (review · plan · athlete, and the
    clinic) and the footer (the date made, and 'page N of M' written by the canvas)."""

    def __init__(
        self,
        buffer: io.BytesIO,
        program: Program,
        brand: Brand,
        pagesize: tuple[float, float],
        made: date,
    ) -> None:
        title = _one_line(program.title) or "Untitled program"
        athlete = _one_line(program.athlete)
        super().__init__(
            buffer,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_SPACE,
            bottomMargin=MARGIN + FOOTER_SPACE,
            title=f"Plan review: {title}",
            author=_one_line(brand.name) or "Brace Planner",
            subject=f"Plan review for {athlete}" if athlete else "Plan review",
            creator="Brace Planner",
            keywords=["plan review", "coach"],
            initialFontName=REGULAR,
        )
        header = "Plan review · " + title + (f" · {athlete}" if athlete else "")
        clinic = _one_line(brand.name)
        footer = f"Made on {made_on(made)}" + (
            f" · {_one_line(brand.contact)}" if brand.contact.strip() else ""
        )
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER_SPACE,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

        def decorate(canvas: Canvas, doc: Any) -> None:
            _decorate(canvas, pagesize, header, clinic, footer)

        self.addPageTemplates([PageTemplate(id="review", frames=[frame], onPage=decorate)])


def _one_line(text: str) -> str:
    return " ".join(plain(text).split())


def _decorate(
    canvas: Canvas, pagesize: tuple[float, float], header: str, clinic: str, footer: str
) -> None:
    width, height = pagesize
    room = width - 2 * MARGIN
    canvas.saveState()
    canvas.setFillColor(DARK)
    y = height - MARGIN - 2
    clinic_w = min(stringWidth(clinic, REGULAR, 8), room * 0.35) if clinic else 0
    line = fit_line(header, REGULAR, 8, room - clinic_w - 12)
    scripts.draw_string(canvas, MARGIN, y, line, REGULAR, 8)
    if clinic:
        scripts.draw_string(
            canvas,
            width - MARGIN,
            y,
            fit_line(clinic, REGULAR, 8, clinic_w),
            REGULAR,
            8,
            right=True,
        )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 4, width - MARGIN, y - 4)
    canvas.line(MARGIN, MARGIN + FOOTER_SPACE - 4, width - MARGIN, MARGIN + FOOTER_SPACE - 4)
    footer_line = fit_line(footer, REGULAR, 7.5, room - 90)
    scripts.draw_string(canvas, MARGIN, MARGIN + 2, footer_line, REGULAR, 7.5)
    canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back so each can say 'page N of M'; bookmarks wait with their page,
    since reportlab ties one to the page being written when the held pages are put out."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._marks: list[tuple[str, dict[str, Any]]] = []

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:
        self._marks.append((key, kwargs))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        width = self._pagesize[0]
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            for key, kwargs in self._marks:
                Canvas.bookmarkPage(self, key, **kwargs)
            self.setFillColor(DARK)
            self.setFont(BOLD, 8)
            self.drawRightString(width - MARGIN, MARGIN + 2, f"page {number} of {total}")
            Canvas.showPage(self)
        Canvas.save(self)
