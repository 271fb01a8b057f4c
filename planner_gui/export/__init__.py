"""The printable handout: a program turned into a PDF with reportlab (never Qt)."""

from planner_gui.export.brand import Brand
from planner_gui.export.handout import ExportCancelled, render_handout, write_handout

__all__ = ["Brand", "ExportCancelled", "render_handout", "write_handout"]
