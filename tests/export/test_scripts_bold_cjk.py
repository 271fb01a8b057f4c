"""Bold Chinese, Japanese and Korean print bold: no bold face of their fonts is shipped, so
export.scripts draws the regular outlines filled and stroked (text render mode 2), and the
text reads back as the same characters."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.export import scripts
from planner_gui.export.fonts import REGULAR, register_fonts
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.resources import template_paths

SAMPLES = {
    "chinese": "慢慢下蹲保持背部挺直",
    "japanese": "ゆっくりスクワット",
    "korean": "천천히 스쿼트",
}
#: A text object's operators from its start (BT) to its end (ET).
_TEXT_OBJECT = re.compile(r"BT\b(.*?)\bET\b", re.S)


def _pdf(markup: str) -> PdfReader:
    register_fonts()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=12, leading=16)
    out = BytesIO()
    SimpleDocTemplate(out).build([Paragraph(markup, style)])
    return PdfReader(out)


def _content(reader: PdfReader) -> str:
    return "".join(page.get_contents().get_data().decode("latin-1") for page in reader.pages)


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_bold_cjk_is_filled_and_stroked_and_reads_back(script: str) -> None:
    text = SAMPLES[script]
    bold = _pdf(f"<b>{scripts.font_tags(text)} Squat</b>")
    regular = _pdf(f"{scripts.font_tags(text)} Squat")
    assert " 2 Tr " in _content(bold)
    assert " 2 Tr " not in _content(regular)
    for reader in (bold, regular):
        assert reader.pages[0].extract_text().strip() == f"{text} Squat"


def test_the_latin_after_it_is_filled_only_and_the_line_width_is_restored() -> None:
    """The stroke is only round the CJK glyphs: DejaVu Sans Bold (a real bold) is drawn
    filled, and each text object gives the line width and join back before it ends, so the
    rules and boxes drawn after it keep theirs."""
    content = _content(_pdf(f"<b>{scripts.font_tags(SAMPLES['chinese'])} Squat</b>"))
    body = _TEXT_OBJECT.findall(content)[-1]  # the paragraph (the first sets the page font)
    stroked, _, after = body.partition(" 2 Tr ")
    assert "(" not in stroked.split("Tf")[-1]  # nothing drawn before the mode is set
    cjk, _, latin = after.partition(" 0 Tr ")
    assert "Tj" in cjk and "( Squat) Tj" in latin
    assert " 1 w 0 j " in f" {latin}"


def test_a_chinese_session_name_prints_bold_in_the_handout() -> None:
    catalog = bundled_catalog()
    path = next(p for p in template_paths() if p.name.startswith("core-glute"))
    program = load_plan(path, catalog)
    for week in program.weeks:
        week.sessions[0].name = "下肢力量"
    pdf = render_handout(program, catalog, options=HandoutOptions(layout="compact"))
    reader = PdfReader(BytesIO(pdf))
    assert any("下肢力量" in page.extract_text() for page in reader.pages)
    assert " 2 Tr " in _content(reader)
