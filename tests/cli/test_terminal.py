"""Plan text never drives the terminal: every line the command line prints is escaped.

A session name holding `ESC[2J ESC[31mALL CLEAR` must not clear the screen, an OSC 52
sequence must not reach the clipboard, a bidi override must not turn a line around; the JSON
output stays valid and decodes to the plan's real text.
"""

from __future__ import annotations

import ast
import copy
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

import planner_gui
from planner_gui.cli import main
from planner_gui.cli.terminal import UNSAFE, json_text, printable
from tests.support.plan_files import CUSTOM_EXERCISE, VALID_PLAN

CLEAR_SCREEN = "\x1b[2J\x1b[31mALL CLEAR\x1b[0m"
CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4=\x07"
C1_CSI = "\x9b31m"
RIGHT_TO_LEFT = "\u202egnp.exe\u202c"
ISOLATE = "\u2066x\u2069\u200e\u200f\u061c"
#: Every kind of control the terminal must never see raw, with a line break and a tab.
HOSTILE = f"{CLEAR_SCREEN} {CLIPBOARD} {C1_CSI} {RIGHT_TO_LEFT} {ISOLATE}\nnext\tline\x7f"
#: What a terminal would act on: C0 (but the line ends), DEL, C1 and the bidi controls.
RAW_CONTROLS = [chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) != "\n"] + [
    *"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029"
]


def _assert_no_raw_control(text: str) -> None:
    for char in RAW_CONTROLS:
        assert char not in text, f"raw {char!r} in {text!r}"


def _hostile_plan(tmp_path: Path, name: str = "hostile.brace.json") -> Path:
    """A plan whose session name, notes, title, custom exercise and exercise id are hostile."""
    data: dict[str, Any] = copy.deepcopy(VALID_PLAN)
    data["title"] = f"Title {HOSTILE}"
    data["athlete"] = f"Athlete {CLIPBOARD}"
    session = data["weeks"][0]["sessions"][0]
    session["name"] = f"Lower {HOSTILE}"
    data["weeks"][0]["notes"] = f"Note {HOSTILE}"
    items = session["blocks"][1]["items"]
    items[0]["note"] = f"cue {CLIPBOARD}"
    items.append({"exercise": f"ghost{CLEAR_SCREEN}", "sets": 3, "reps": 5})
    custom = dict(CUSTOM_EXERCISE, name=f"Towel row {CLIPBOARD}{RIGHT_TO_LEFT}")
    data["exercises"] = [custom]
    items.append({"exercise": "towel-row", "sets": 40, "reps": 10})
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_printable_escapes_every_control_visibly() -> None:
    assert printable(CLEAR_SCREEN) == "\\x1b[2J\\x1b[31mALL CLEAR\\x1b[0m"
    assert printable(CLIPBOARD) == "\\x1b]52;c;cm0gLXJmIH4=\\x07"
    assert printable("a\nb\tc\rd\x00\x7f\x85\x9f") == "a\\nb\\tc\\rd\\x00\\x7f\\x85\\x9f"
    assert printable(RIGHT_TO_LEFT) == "\\u202egnp.exe\\u202c"
    assert printable(ISOLATE) == "\\u2066x\\u2069\\u200e\\u200f\\u061c"
    assert printable("\u2028\u2029") == "\\u2028\\u2029"
    assert printable(os.fsdecode(b"bad-\xff.pdf")) == "bad-\\xff.pdf"  # not UTF-8
    _assert_no_raw_control(printable(HOSTILE))
    for code in range(0x110000):
        char = chr(code)
        if char in RAW_CONTROLS:
            assert UNSAFE.fullmatch(char), hex(code)


def test_printable_keeps_ordinary_text() -> None:
    text = "Rücken · Lower B → 80 × 5 kg, 😀, שלום, مرحبا, e\u0301, C:\\plans\\a.json"
    assert printable(text) == text


@pytest.mark.parametrize("ascii_only", [True, False])
def test_json_text_is_valid_escaped_and_exact(ascii_only: bool) -> None:
    value = [{"session": HOSTILE, "other": os.fsdecode(b"\xfe"), "plain": "Rücken 😀"}]
    text = json_text(value, ascii_only=ascii_only)
    for line in text.split("\n"):
        _assert_no_raw_control(line)
        assert printable(line) == line
    assert json.loads(text) == value
    assert "\\u202e" in text and "\\u009b" in text and "\\u007f" in text and "\\u001b" in text


def test_check_text_escapes_plan_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _hostile_plan(tmp_path)
    assert main(["check", "--select", "DA", str(plan)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    for line in lines:
        _assert_no_raw_control(line)
    ghost = next(line for line in lines if "DA502" in line)
    assert "Lower \\x1b[2J\\x1b[31mALL CLEAR\\x1b[0m \\x1b]52;c;cm0gLXJmIH4=\\x07" in ghost
    assert "\\x9b31m \\u202egnp.exe\\u202c \\u2066x\\u2069" in ghost
    assert "\\nnext\\tline\\x7f" in ghost  # one finding, one line
    assert "ghost\\x1b[2J" in ghost
    towel = next(line for line in lines if "DA501" in line)
    assert "Towel row \\x1b]52;c;cm0gLXJmIH4=\\x07\\u202egnp.exe\\u202c" in towel
    # DA503 names every text holding control characters; its lines are escaped as well.
    assert lines[-1] == "2 errors, 0 warnings, 6 info"
    assert len(lines) == 9 and sum(" DA503 info: " in line for line in lines) == 6


def test_check_json_round_trips_plan_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _hostile_plan(tmp_path)
    assert main(["check", "--select", "DA501,DA502", "--format", "json", str(plan)]) == 1
    out = capsys.readouterr().out
    _assert_no_raw_control(out)
    data = json.loads(out)
    assert {entry["session"] for entry in data} == {f"Lower {HOSTILE}"}
    assert f"ghost{CLEAR_SCREEN}" in {entry["exercise"] for entry in data}
    assert any(f"Towel row {CLIPBOARD}{RIGHT_TO_LEFT}" in entry["message"] for entry in data)


@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
@pytest.mark.parametrize("form", ["text", "json"])
def test_no_raw_control_byte_reaches_the_real_terminal(
    tmp_path: Path, encoding: str, form: str
) -> None:
    """The real entry point, bytes as the terminal gets them, also on an ASCII stdout."""
    plan = _hostile_plan(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner_gui",
            "check",
            "--select",
            "DA501,DA502",
            "--format",
            form,
            str(plan),
        ],
        capture_output=True,
        env=dict(os.environ, PYTHONIOENCODING=encoding),
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr == b""
    out = result.stdout.decode(encoding)
    _assert_no_raw_control(out)
    assert b"\x1b" not in result.stdout and b"\xc2\x9b" not in result.stdout
    assert b"\xe2\x80\xae" not in result.stdout  # U+202E in UTF-8
    if form == "json":
        assert {entry["session"] for entry in json.loads(out)} == {f"Lower {HOSTILE}"}
    else:
        assert "\\x1b]52;c;" in out and "\\u202e" in out


def test_error_messages_escape_keys_paths_and_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data: dict[str, Any] = copy.deepcopy(VALID_PLAN)
    data["weeks"][0]["sessions"][0][f"na{CLEAR_SCREEN}me"] = 1
    plan = tmp_path / f"plan{CLIPBOARD}.brace.json"
    plan.write_text(json.dumps(data))
    assert main(["check", str(plan)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    _assert_no_raw_control(err.removesuffix("\n"))
    assert "plan\\x1b]52;c;cm0gLXJmIH4=\\x07.brace.json" in err
    assert "session 1 (Lower A): 'na\\x1b[2J\\x1b[31mALL CLEAR\\x1b[0mme': unknown key" in err

    data = copy.deepcopy(VALID_PLAN)
    data["rules"] = {f"PO1{RIGHT_TO_LEFT}01": {"enabled": False}}
    plan.write_text(json.dumps(data))
    assert main(["check", str(plan)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    _assert_no_raw_control(err.removesuffix("\n"))
    assert "\\u202egnp.exe\\u202c" in err


def test_argument_errors_are_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "plan.brace.json", f"extra{CLIPBOARD}"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    _assert_no_raw_control(err)
    assert "unrecognized arguments: extra\\x1b]52;c;cm0gLXJmIH4=\\x07" in err
    with pytest.raises(SystemExit):
        main(["check", "--format", CLEAR_SCREEN, "plan.brace.json"])
    err = capsys.readouterr().err
    _assert_no_raw_control(err)
    assert "invalid choice" in err


def test_wrote_line_escapes_a_hostile_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data: dict[str, Any] = copy.deepcopy(VALID_PLAN)
    plan = tmp_path / "plan.brace.json"
    plan.write_text(json.dumps(data))
    out = tmp_path / f"hand{CLEAR_SCREEN}out{RIGHT_TO_LEFT}.pdf"
    assert main(["export", str(plan), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    _assert_no_raw_control(printed.removesuffix("\n"))
    assert (
        printed
        == f"wrote {tmp_path}/hand\\x1b[2J\\x1b[31mALL CLEAR\\x1b[0mout\\u202egnp.exe\\u202c.pdf\n"
    )
    assert out.read_bytes().startswith(b"%PDF-")


def test_a_library_warning_is_one_escaped_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(_args: object) -> int:
        warnings.warn(f"odd {CLEAR_SCREEN}\nsecond line", UserWarning, stacklevel=1)
        return 0

    monkeypatch.setattr("planner_gui.cli.check.run_rules", run)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        assert main(["rules"]) == 0
    err = capsys.readouterr().err
    assert err == "planner-gui: warning: odd \\x1b[2J\\x1b[31mALL CLEAR\\x1b[0m\\nsecond line\n"


def _writes_to_the_terminal(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        called = node.func if isinstance(node, ast.Call) else None
        if isinstance(called, ast.Name) and called.id in {"print", "input", "breakpoint"}:
            found.append(f"line {node.lineno}: {called.id}()")
        if isinstance(node, ast.Attribute) and node.attr in {
            "stdout",
            "stderr",
            "__stdout__",
            "__stderr__",
            "write",
            "writelines",
        }:
            found.append(f"line {node.lineno}: .{node.attr}")
    return found


def test_nothing_in_the_command_line_writes_around_terminal() -> None:
    """`say` and `warn` in `planner_gui.cli.terminal` are the only way out to the terminal."""
    package = Path(planner_gui.__file__).parent
    modules = [*sorted((package / "cli").glob("*.py")), package / "launcher.py"]
    offenders = {
        str(path.relative_to(package)): found
        for path in modules
        if path.name != "terminal.py"
        and (found := _writes_to_the_terminal(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offenders == {}
    terminal = ast.parse((package / "cli" / "terminal.py").read_text(encoding="utf-8"))
    assert _writes_to_the_terminal(terminal), "the check itself must see terminal.py's writes"
