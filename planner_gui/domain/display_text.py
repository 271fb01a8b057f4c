"""Plan text as people are shown it: control characters as visible escapes such as `\\x07`.

Text from a plan file is data. It is kept exactly as it is on load and save (a plan that is
opened and saved again is the same file), but wherever it is shown, in the terminal, the window
or the handout, a control character is written as the escape a plan's JSON would use
(`\\x1b`, `\\r`, `\\u202e`) instead of being drawn, dropped or obeyed: a session name holding
`ESC[2J` must not clear a screen, a right-to-left override must not make a name read backwards,
and what is printed must tell the reader that something invisible is there.

What is escaped (`CONTROL`): C0 controls (tab and line breaks too), DEL, C1 controls, the
line and paragraph separators, the bidirectional embeddings, overrides and isolates, and lone
surrogates (only a file name that is not UTF-8 has those). The terminal escapes the bidi marks
(LRM, RLM, ALM) as well (`TERMINAL_UNSAFE`): a terminal lays out whole lines its own way. The
window and the handout keep those marks, which people typing Arabic or Hebrew use to place
punctuation, and which the handout's bidi layout follows.

Notes (a week's, a session's, an item's, a check-in's) are the only multi-line texts: in a note
a line break (`\\n`, or `\\r\\n` from a Windows paste) is the note's own and is shown as a line
break, and a tab is whitespace (a pasted table). Everywhere else, in a name, title, tempo or
cue, they are escaped like any other control. DA503 reports the texts that hold what is escaped.
"""

from __future__ import annotations

import re

_C0_C1 = "\x00-\x1f\x7f-\x9f"
_SEPARATORS = "\u2028\u2029"
#: Embeddings (LRE, RLE), pop (PDF), overrides (LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
#: The bidi marks: ALM, LRM, RLM.
_BIDI_MARKS = "\u061c\u200e\u200f"
_SURROGATES = "\ud800-\udfff"

#: What the window and the handout never show raw.
CONTROL = re.compile(f"[{_C0_C1}{_SEPARATORS}{_BIDI_CONTROLS}{_SURROGATES}]")
#: What the terminal never shows raw: CONTROL and the bidi marks.
TERMINAL_UNSAFE = re.compile(f"[{_C0_C1}{_SEPARATORS}{_BIDI_CONTROLS}{_BIDI_MARKS}{_SURROGATES}]")
#: What is looked for in display text: a Windows line break first, so it is taken as one.
_IN_TEXT = re.compile(f"\r\n|{CONTROL.pattern}")
#: What a note may hold as its own layout.
NOTE_LAYOUT = frozenset("\n\t")

_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape(char: str) -> str:
    """The visible escape of one character: `\\n`, `\\x1b`, `\\u202e`.

    A lone surrogate from a file name that is not UTF-8 (Python's surrogateescape) is shown
    as the byte it stands for, `\\xff`.
    """
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def terminal_text(text: str) -> str:
    """`text` for one line of a terminal: every TERMINAL_UNSAFE character escaped.

    Everything else, accents, emoji and right-to-left letters included, is kept. A backslash
    is kept as it is, so the escapes read like the ones in the plan's JSON.
    """
    return TERMINAL_UNSAFE.sub(lambda match: escape(match.group()), text)


def display_text(text: str, *, note: bool = False) -> str:
    """`text` as the window and the handout show it: every CONTROL character escaped.

    With `note`, line breaks stay line breaks (`\\r\\n` becomes `\\n`) and tabs stay tabs
    (see the module docstring). Everything else is kept, markup included: escaping for
    reportlab or Qt rich text is the painter's job, after this.
    """
    if CONTROL.search(text) is None:
        return text

    def shown(match: re.Match[str]) -> str:
        found = match.group()
        if note and (found in NOTE_LAYOUT or found == "\r\n"):
            return found[-1]
        return "".join(escape(char) for char in found)

    return _IN_TEXT.sub(shown, text)


def control_characters(text: str, *, note: bool = False) -> list[str]:
    """The distinct characters `display_text` escapes in `text`, in order of first use."""
    if CONTROL.search(text) is None:
        return []
    found: dict[str, None] = {}
    for match in _IN_TEXT.finditer(text):
        for char in match.group():
            if note and (char in NOTE_LAYOUT or match.group() == "\r\n"):
                continue
            found[char] = None
    return list(found)
