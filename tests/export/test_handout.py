"""The handout PDF read back with pypdf: structure, metadata, fonts, text and robustness."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Program
from planner_gui.export import Brand, ExportCancelled
from planner_gui.export import handout as handout_module
from planner_gui.export.styles import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAGE_SIZES
from tests.support.full_handout import write_handout
from tests.support.pdf_layout import half_empty_pages

#: The body area of an A4 page, (bottom, top) in points.
BODY_A4 = (MARGIN + FOOTER_SPACE, PAGE_SIZES["a4"][1] - MARGIN - HEADER_SPACE)


@pytest.fixture
def written(tmp_path: Path, catalog: Catalog, pdf: Any) -> tuple[Program, Path]:
    program = pdf.make_program(weeks=3, sessions_per_week=2)
    out = tmp_path / "handout.pdf"
    write_handout(program, catalog, out)
    return program, out


def test_every_page_is_numbered_and_headed(written: tuple[Program, Path], pdf: Any) -> None:
    program, out = written
    reader = pdf.reader(out)
    total = len(reader.pages)
    # cover, guide, one page or more per session, progression, safety
    assert total >= 2 + 6 + 2
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"page {number} of {total}" in text
        assert f"{program.title} · {program.athlete}" in text


def test_metadata(written: tuple[Program, Path], pdf: Any) -> None:
    """The athlete is the handout's subject; with no brand set the author is the program."""
    _, out = written
    meta = pdf.reader(out).metadata
    assert meta.title == "Test program"
    assert meta.author == "Brace Planner"
    assert "Sam Tester" in meta.subject and "2026-01-05" in meta.subject
    assert meta.creation_date is not None and meta.creation_date.year >= 2025


def test_outline_entries_open_the_page_they_name(written: tuple[Program, Path], pdf: Any) -> None:
    """Each bookmark jumps to its own page: the session's header, the week's first session."""
    _, out = written
    reader = pdf.reader(out)
    targets: dict[str, int] = {}

    def walk(entries: list[Any], parent: str) -> None:
        previous = ""
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, previous)
            else:
                previous = entry.title
                targets[f"{parent}/{previous}"] = reader.get_destination_page_number(entry)

    walk(reader.outline, "")
    assert targets["/Cover and week at a glance"] == 0
    assert targets["/How to use this program"] == 1
    for week in (1, 2, 3):
        first = targets[f"/Week {week}"]
        assert f"Week {week} · Session A" in reader.pages[first].extract_text()
        second = targets[f"Week {week}/{_session_b_title(week)}"]
        assert second > first
        assert f"Week {week} · Session B" in reader.pages[second].extract_text()
    assert "Safety: when to stop" in reader.pages[targets["/Safety"]].extract_text()
    # A week shares its first page; the progression starts on the last session's last page,
    # under its log.
    progression = reader.pages[targets["/Progression"]].extract_text()
    assert targets["/Progression"] > targets[f"Week 3/{_session_b_title(3)}"]
    assert progression.index("How did your back feel?") < progression.index("Progression of")
    assert len(set(targets.values())) == len(targets) - 3


def _session_b_title(week: int) -> str:
    return f"Wed {7 + 7 * (week - 1)} Jan · Session B"


def test_footer_names_the_session_on_its_continuation_pages(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    """A page that starts mid-session says whose it is, so loose pages can be put back."""
    program = pdf.make_program(weeks=1, sessions_per_week=1)
    session = pdf.make_session("mon", "Long day", extra_items=14)
    program.weeks[0].sessions[0] = session
    out = tmp_path / "long.pdf"
    write_handout(program, catalog, out)
    reader = pdf.reader(out)
    pages = [page.extract_text() for page in reader.pages]
    footers = [text.splitlines()[-2] for text in pages]
    session_pages = [
        i for i, line in enumerate(footers) if line == "Week 1 · Monday 5 January · Long day"
    ]
    assert len(session_pages) >= 2
    assert "Week 1 · Long day" in pages[session_pages[0]]
    assert "Week 1 · Long day" not in pages[session_pages[1]]  # a continuation page
    assert footers[:2] == ["Cover and week at a glance", "How to use this program"]
    assert footers[-2:] == ["Safety", "Check-in form"]


def test_log_area_splits_only_below_a_filled_page_and_never_strands_its_end(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    """A session long enough to push the log down takes its last exercise overleaf with the
    log (never a page of the log alone), unless the log is taller than half a page: then it
    starts below the session and goes on overleaf with rows of set boxes, never 'How did
    your back feel?' alone."""
    program = pdf.make_program(weeks=1, sessions_per_week=1)
    split = 0
    for extra in range(0, 30, 3):
        program.weeks[0].sessions[0] = pdf.make_session("mon", "Day", extra_items=extra)
        out = tmp_path / f"log-{extra}.pdf"
        write_handout(program, catalog, out)
        pages = [page.extract_text() for page in pdf.reader(out).pages]
        log_pages = [i for i, t in enumerate(pages) if "Your log" in t]
        feel_pages = [i for i, t in enumerate(pages) if "How did your back feel?" in t]
        assert len(log_pages) == len(feel_pages) == 1, extra
        assert not pages[log_pages[0]].splitlines()[1].startswith("Your log"), extra
        if log_pages == feel_pages:
            continue
        split += 1
        assert feel_pages[0] == log_pages[0] + 1, extra
        overleaf = pages[feel_pages[0]]
        assert overleaf.index("Set 1") < overleaf.index("How did your back feel?"), extra
        assert half_empty_pages(out, BODY_A4, levels=2) == [], extra
    assert 0 < split < 10, split  # a log splits for some lengths, and most fit


def test_outline_has_a_week_entry_with_one_child_per_session(
    written: tuple[Program, Path], pdf: Any
) -> None:
    _, out = written
    outline = pdf.outline(out)
    weeks = [(title, children) for title, children in outline if title.startswith("Week")]
    assert [title for title, _ in weeks] == ["Week 1", "Week 2", "Week 3"]
    assert weeks[0][1] == ["Mon 5 Jan · Session A", "Wed 7 Jan · Session B"]
    assert all(len(children) == 2 for _, children in weeks)
    titles = [title for title, _ in outline]
    assert titles.index("Safety") > titles.index("Progression") > titles.index("Week 3")


def test_only_embedded_truetype_fonts(written: tuple[Program, Path], pdf: Any) -> None:
    _, out = written
    for page in pdf.reader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_athlete_every_exercise_and_week_is_printed(
    written: tuple[Program, Path], catalog: Catalog, pdf: Any
) -> None:
    program, out = written
    text = pdf.text(out)
    assert "Sam Tester" in text
    used = {item.exercise for week in program.weeks for s in week.sessions for _, item in s.items()}
    for exercise_id in used:
        assert catalog.name_of(exercise_id) in text
    for number in range(1, len(program.weeks) + 1):
        assert f"Week {number} · Session A" in text
    assert "3 × 6, 5 s hold, per side" in text
    assert "Monday 5 January 2026" in text
    assert "How did your back feel?" in text
    assert "Loss of bladder or bowel control" in text


def test_user_text_is_escaped_and_unicode_survives(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    program = pdf.make_program(
        weeks=1, sessions_per_week=1, title="<b>Max & Co</b>", athlete="Zoë Łukasiewicz"
    )
    session = program.weeks[0].sessions[0]
    session.name = "Søren's <i>day</i>"
    session.blocks[1].items[0].note = "Use the <font size=40>belt</font> & chalk"
    out = tmp_path / "escaped.pdf"
    write_handout(program, catalog, out, brand=Brand(name="Clinic <br/> & Sons"))
    text = pdf.text(out)
    assert "<b>Max & Co</b>" in text
    assert "Zoë Łukasiewicz" in text
    assert "Søren's <i>day</i>" in text
    assert "Use the <font size=40>belt</font> & chalk" in text
    assert "Clinic <br/> & Sons" in text
    assert pdf.reader(out).metadata.title == "<b>Max & Co</b>"


@pytest.mark.parametrize(("size", "box"), [("a4", (595.28, 841.89)), ("letter", (612, 792))])
def test_page_size(
    tmp_path: Path, catalog: Catalog, pdf: Any, size: str, box: tuple[float, float]
) -> None:
    out = tmp_path / f"{size}.pdf"
    write_handout(pdf.make_program(weeks=1, sessions_per_week=1), catalog, out, page_size=size)  # type: ignore[arg-type]
    for page in pdf.reader(out).pages:
        assert float(page.mediabox.width) == pytest.approx(box[0], abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(box[1], abs=0.5)


def test_unknown_page_size_is_refused(tmp_path: Path, catalog: Catalog, pdf: Any) -> None:
    with pytest.raises(ValueError, match="page size"):
        write_handout(pdf.make_program(weeks=1), catalog, tmp_path / "x.pdf", page_size="a5")  # type: ignore[arg-type]
    assert not (tmp_path / "x.pdf").exists()


def test_long_note_and_many_items_flow_onto_more_pages(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    short = pdf.make_program(weeks=1, sessions_per_week=1)
    long = pdf.make_program(weeks=1, sessions_per_week=1)
    note = ("Brace, breathe and keep the bar close. " * 52)[:1990] + " ENDOFNOTE"
    assert len(note) == 2000
    long.weeks[0].sessions[0] = pdf.make_session("mon", "Marathon", extra_items=16, note=note)
    items = sum(len(b.items) for b in long.weeks[0].sessions[0].blocks)
    assert items == 25
    short_out, long_out = tmp_path / "short.pdf", tmp_path / "long.pdf"
    write_handout(short, catalog, short_out)
    write_handout(long, catalog, long_out)
    assert len(pdf.reader(long_out).pages) > len(pdf.reader(short_out).pages)
    text = pdf.text(long_out)
    assert "ENDOFNOTE" in text
    assert text.count("Goblet squat") >= 17 * 2  # every item in its table and its log row


def test_fifty_two_weeks(tmp_path: Path, catalog: Catalog, pdf: Any) -> None:
    program = pdf.make_program(weeks=52, sessions_per_week=1)
    out = tmp_path / "year.pdf"
    write_handout(program, catalog, out)
    reader = pdf.reader(out)
    assert len(reader.pages) > 52
    outline = pdf.outline(out)
    assert [t for t, _ in outline if t.startswith("Week")][-1] == "Week 52 (deload)"
    assert "Week 52 · Session A" in pdf.text(out)


def test_cancel_leaves_no_file_and_keeps_the_old_one(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"%PDF old handout")
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 4

    with pytest.raises(ExportCancelled):
        write_handout(pdf.make_program(weeks=3), catalog, out, cancelled=cancelled)
    assert out.read_bytes() == b"%PDF old handout"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.pdf"]


def test_cancel_during_rendering_writes_nothing(tmp_path: Path, catalog: Catalog, pdf: Any) -> None:
    program = pdf.make_program(weeks=2, sessions_per_week=2)
    seen: list[tuple[int, int]] = []
    # story building takes sessions + 5 steps; cancel on the first rendered session
    limit = 4 + 5 + 1
    out = tmp_path / "new.pdf"
    with pytest.raises(ExportCancelled):
        write_handout(
            program,
            catalog,
            out,
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: len(seen) >= limit,
        )
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_progress_counts_up_to_the_total(tmp_path: Path, catalog: Catalog, pdf: Any) -> None:
    seen: list[tuple[int, int]] = []
    write_handout(
        pdf.make_program(weeks=2),
        catalog,
        tmp_path / "p.pdf",
        progress=lambda done, total: seen.append((done, total)),
    )
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert seen[-1][0] == seen[-1][1] == 2 * 4 + 6
    assert len({t for _, t in seen}) == 1


def test_brand_on_cover_with_logo_and_no_box_without(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (200, 80), (20, 20, 20)).save(logo)
    program = pdf.make_program(weeks=1, sessions_per_week=1)
    branded, plain = tmp_path / "branded.pdf", tmp_path / "plain.pdf"
    write_handout(
        program,
        catalog,
        branded,
        brand=Brand(name="Northside Physio", contact="0123 · hi@example.org", logo_path=logo),
    )
    write_handout(program, catalog, plain)

    def images(path: Path) -> int:
        page = pdf.reader(path).pages[0]
        xobjects = page["/Resources"].get("/XObject", {})
        return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")

    assert images(branded) == 1
    assert images(plain) == 0
    cover = pdf.reader(branded).pages[0].extract_text()
    assert "Northside Physio" in cover and "0123 · hi@example.org" in cover
    assert pdf.reader(branded).metadata.author == "Northside Physio"
    assert "Northside" not in pdf.reader(plain).pages[0].extract_text()


def test_plan_check_lists_findings_or_says_it_passed(
    tmp_path: Path, catalog: Catalog, pdf: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = pdf.make_program(weeks=1, sessions_per_week=1)
    finding = Finding(
        code="PO101",
        severity="warning",
        week=1,
        day="mon",
        session="Session A",
        exercise="deadlift",
        message="The load rises 15 % on last week; check with your coach.",
    )
    monkeypatch.setattr(handout_module, "check_program", lambda *a, **k: [finding])
    found = tmp_path / "found.pdf"
    write_handout(program, catalog, found)
    text = pdf.text(found)
    assert "0 errors, 1 warning, 0 notes" in text
    assert "Week 1 · Monday · Session A · Trap-bar deadlift" in text
    assert "The load rises 15 % on last week" in text
    assert "Warning PO101" in text

    monkeypatch.setattr(handout_module, "check_program", lambda *a, **k: [])
    clean = tmp_path / "clean.pdf"
    write_handout(program, catalog, clean)
    assert "passed every rule" in pdf.text(clean)


def test_progression_table_and_chart(written: tuple[Program, Path], pdf: Any) -> None:
    _, out = written
    text = pdf.text(out)
    assert "Progression of the main lifts" in text
    assert "65 kg 3 × 5" in text  # week 3 deadlift: 60 + 2 × 2.5
    assert "Acute:chronic ratio" in text


def test_plan_without_loads_or_sessions_still_prints(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    program = pdf.make_program(weeks=2, sessions_per_week=0)
    out = tmp_path / "empty.pdf"
    write_handout(program, catalog, out)
    text = pdf.text(out)
    assert "No sessions are planned this week" in text
    assert "no weight progression to show" in text
    assert "no weekly load to chart" in text


def test_unknown_exercise_prints_its_id(tmp_path: Path, catalog: Catalog, pdf: Any) -> None:
    program = pdf.make_program(weeks=1, sessions_per_week=1)
    program.weeks[0].sessions[0].blocks[1].items[0].exercise = "mystery-lift"
    out = tmp_path / "unknown.pdf"
    write_handout(program, catalog, out)
    assert "mystery-lift" in pdf.text(out)


def test_export_does_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"
        "from planner_gui.export import write_handout\n"
        "import planner_gui.cli.export\n"
        "assert not any(m.startswith('PySide6') and sys.modules[m] for m in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_block_split_across_pages_is_titled_again(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    """The page a block's table continues on names the block in its repeated header row,
    beside the column names (the row a block's table starts with)."""
    program = pdf.make_program(weeks=1, sessions_per_week=1)
    program.weeks[0].sessions[0] = pdf.make_session("mon", "Long day", extra_items=14)
    out = tmp_path / "long.pdf"
    write_handout(program, catalog, out)
    pages = [page.extract_text().splitlines() for page in pdf.reader(out).pages]
    head = ["Main", "lifts", "(continued)", "Dose", "Load", "RPE", "Rest"]
    continued = [i for i, lines in enumerate(pages) if any(ln.split() == head for ln in lines)]
    assert len(continued) == 1
    lines = pages[continued[0]]
    assert lines[1].split() == head  # first thing under the running header
    before = pages[continued[0] - 1]
    assert ["Main", "lifts", "Dose", "Load", "RPE", "Rest"] in [ln.split() for ln in before]
    assert not any("(continued)" in line for line in before)


def test_progression_tables_span_the_page_and_the_load_axis_is_labelled_at_its_top(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    """Three lifts share the page width; the load axis (the chart is on the how-to pages,
    after the session RPE) ends on a labelled round number above the heaviest week
    (2 sessions × 105 min × RPE 6 = 1,260 → 0, 250, ... 1,500)."""
    program = pdf.make_program(weeks=3, sessions_per_week=2)
    for week in program.weeks:
        for session in week.sessions:
            session.duration_min = 105
    out = tmp_path / "progression.pdf"
    write_handout(program, catalog, out)
    reader = pdf.reader(out)
    page = next(p for p in reader.pages if "Progression of the main lifts" in p.extract_text())
    width = float(page.mediabox.width)
    xs: dict[str, float] = {}

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            xs.setdefault(text.strip(), tm[4] * cm[0] + cm[4])

    page.extract_text(visitor_text=visit)
    assert xs["Goblet squat"] > width * 0.5  # the last column starts past the middle
    text = next(text for p in reader.pages if "Weekly training load" in (text := p.extract_text()))
    assert "How to use this program" in text  # the page's footer
    assert "1,500" in text.split()
    assert "1,750" not in text.split()
    assert "2.0" in text.split()  # the ratio axis is labelled at its top too


def test_log_gives_the_safety_pages_number(written: tuple[Program, Path], pdf: Any) -> None:
    """'Sharp pain' points at the page the Safety bookmark opens, known only after layout."""
    _, out = written
    reader = pdf.reader(out)
    safety = next(
        reader.get_destination_page_number(entry)
        for entry in reader.outline
        if not isinstance(entry, list) and entry.title == "Safety"
    )
    assert "Safety: when to stop" in reader.pages[safety].extract_text()
    lines = [
        " ".join(line.split())
        for page in reader.pages
        for line in page.extract_text(extraction_mode="layout").splitlines()
        if "Sharp pain:" in line  # the session logs, not the check-in form's choice
    ]
    assert len(lines) == 6  # one log per session
    for line in lines:
        assert line.endswith(f"Sharp pain: stop and read the safety page (page {safety + 1})")


def test_safety_page_lists_read_as_sentences(written: tuple[Program, Path], pdf: Any) -> None:
    """Table cells and bullets start with a capital like every other list in the handout."""
    _, out = written
    page = next(
        " ".join(p.extract_text().split())
        for p in pdf.reader(out).pages
        if "Safety: when to stop" in p.extract_text()
    )
    for phrase in (
        "A dull ache or stiffness",
        "Sharp, stabbing or pinpoint",
        "Keep training",
        "Stop that exercise",
        "when: • The pain has not eased after about three days of sensible self-care.",
        "• You are unsure whether it is soreness or an injury.",
    ):
        assert phrase in page


def test_a_passed_plan_check_shares_the_progression_page(
    tmp_path: Path, catalog: Catalog, pdf: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two lines saying the plan passed do not get a page of their own."""
    monkeypatch.setattr(handout_module, "check_program", lambda *a, **k: [])
    out = tmp_path / "clean.pdf"
    write_handout(pdf.make_program(weeks=3, sessions_per_week=2), catalog, out)
    pages = [page.extract_text() for page in pdf.reader(out).pages]
    progression = next(i for i, text in enumerate(pages) if "Progression of the main" in text)
    assert "passed every rule" in pages[progression]
    assert "Safety: when to stop" in pages[progression + 1]


def test_headings_and_week_labels_are_tidy(tmp_path: Path, catalog: Catalog, pdf: Any) -> None:
    """No colon after a heading; a deload week's progression row says so under its number,
    as the dose sits under each load."""
    out = tmp_path / "four.pdf"
    write_handout(pdf.make_program(weeks=4, sessions_per_week=1), catalog, out)
    pages = [page.extract_text() for page in pdf.reader(out).pages]
    # The warm-up is ticked in its own table, under a "Done" column.
    assert any(
        ["Warm-up", "Dose", "Done"] in [ln.split() for ln in text.splitlines()] for text in pages
    )
    assert not any("Dose Done:" in text or "Warm-up:" in text for text in pages)
    progression = next(t for t in pages if "Progression of the main lifts" in t).splitlines()
    assert "4" in progression and "deload" in progression
    assert not any(line.startswith("4 deload") for line in progression)
