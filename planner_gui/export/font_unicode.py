"""Text of characters beyond U+FFFF (emoji) read back from the handout.

A PDF reader finds the characters behind a subset font's glyph codes in the font's ToUnicode
CMap, whose `bfchar` destinations are UTF-16BE (PDF 32000-1:2008, 9.10.3). reportlab 5.1
writes each code point as `%04X` (reportlab.pdfbase.ttfonts.makeToUnicodeCMap), so 👍
(U+1F44D) becomes the five-digit `<1F44D>`, an odd number of hex digits readers decode as
something else or drop, and emoji (Noto Emoji, Symbola) did not come back from the PDF's text.

`make_to_unicode_cmap` is reportlab's CMap with surrogate pairs for such code points; it
replaces the module-level function `TTFont.addObjects` calls (importing this module does it,
once per process, like the patches in export.scripts). Code points up to U+FFFF are written as
before, so a Latin handout's CMaps are byte for byte what they were.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase import ttfonts

#: The text of glyphs drawn through private-use codes: font name (as in the PDF, without the
#: subset's prefix) -> code -> the characters it stands for (an emoji sequence printed as
#: its font's one ligature glyph, export.scripts.sequences).
LIGATURES: dict[str, dict[int, str]] = {}


def utf16_hex(code: int) -> str:
    """`code` as the hex digits of its UTF-16BE encoding (a surrogate pair beyond U+FFFF)."""
    if code <= 0xFFFF:
        return f"{code:04X}"
    return str(chr(code).encode("utf-16-be").hex().upper())


def make_to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """A ToUnicode CMap mapping each one-byte code of a font subset to its character (or to
    the sequence a ligature glyph stands for, `LIGATURES`)."""
    texts = LIGATURES.get(fontname.partition("+")[2], {})
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{_destination(code, texts)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def _destination(code: int, texts: dict[int, str]) -> str:
    text = texts.get(code)
    if text is None:
        return utf16_hex(code)
    return text.encode("utf-16-be").hex().upper()


# TTFont.addObjects looks the function up in its module when it writes each subset's CMap.
ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
