"""The handout export that runs on a pool thread: one ExportJob per PDF written (the handout,
or the coach's plan review).

The job works on a deep copy of the plan, reports progress and its end through signals that
arrive on the GUI thread, and stops before anything is written when cancelled. reportlab is
imported on the first export, not when the window starts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from planner_gui.domain.atomic import write_bytes_atomic
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Program
from planner_gui.domain.print_part import PrintPart
from planner_gui.export.brand import Brand
from planner_gui.export.options import HandoutOptions

if TYPE_CHECKING:
    from planner_gui.export.handout import PageSize, Progress


def write_handout(
    program: Program,
    catalog: Catalog,
    out_path: Path,
    *,
    page_size: PageSize = "a4",
    brand: Brand | None = None,
    options: HandoutOptions | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    part: PrintPart | None = None,
) -> None:
    """`export.handout.write_handout`, which the worker calls through this name."""
    from planner_gui.export.handout import write_handout as write  # deferred: reportlab

    write(
        program,
        catalog,
        out_path,
        page_size=page_size,
        brand=brand,
        options=options,
        progress=progress,
        cancelled=cancelled,
        part=part,
    )


def write_review(
    program: Program,
    catalog: Catalog,
    out_path: Path,
    *,
    page_size: PageSize = "a4",
    brand: Brand | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """`export.review.write_review`, which the worker calls through this name; the review is
    laid out whole, then written only when not `cancelled` by then."""
    from planner_gui.export.handout import ExportCancelled  # deferred: reportlab
    from planner_gui.export.review import render_review  # deferred: reportlab

    data = render_review(program, catalog, page_size=page_size, brand=brand)
    if cancelled is not None and cancelled():
        raise ExportCancelled("the export was cancelled")
    write_bytes_atomic(out_path, data)


class ExportJob(QObject):
    """One handout export (the plan review with `review`); signals arrive on the GUI thread,
    `run` works on a pool thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        program: Program,
        catalog: Catalog,
        out_path: Path,
        *,
        page_size: PageSize = "a4",
        brand: Brand | None = None,
        options: HandoutOptions | None = None,
        part: PrintPart | None = None,
        review: bool = False,
    ) -> None:
        super().__init__()
        self.review = review
        self.options = options
        # A deep copy: the user may keep editing while the worker reads the plan.
        self._program = program.model_copy(deep=True)
        self._catalog = catalog
        self.out_path = out_path
        self._page_size: PageSize = page_size
        self._brand = brand
        self._part = part
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from planner_gui.export.handout import ExportCancelled  # deferred: reportlab

        try:
            if self.review:
                write_review(
                    self._program,
                    self._catalog,
                    self.out_path,
                    page_size=self._page_size,
                    brand=self._brand,
                    cancelled=self._cancel.is_set,
                )
            else:
                write_handout(
                    self._program,
                    self._catalog,
                    self.out_path,
                    page_size=self._page_size,
                    brand=self._brand,
                    options=self.options,
                    progress=self.progressed.emit,
                    cancelled=self._cancel.is_set,
                    part=self._part,
                )
        except ExportCancelled:
            self.cancelled.emit()
        except OSError as error:
            self.failed.emit(f"{self.out_path}: could not write: {error.strerror or error}")
        except Exception as error:  # any failure reaches the user as one line
            self.failed.emit(f"{self.out_path}: could not export: {error}")
        else:
            self.finished.emit(self.out_path)
        finally:
            self.done.set()
