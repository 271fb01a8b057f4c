"""The Qt binding itself: guards against binding bugs that would crash the window later.

PySide6 6.12.0 dropped a reference to None on every Qt call returning void; after a few
thousand edits the interpreter aborted with "none_dealloc". pyproject.toml keeps that
release out; this test fails on any binding that brings the leak back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem


def test_void_qt_calls_keep_the_reference_count_of_none() -> None:
    target = QObject()
    item = QStandardItem()
    before = sys.getrefcount(None)
    for _ in range(500):
        target.setObjectName("x")
        item.setToolTip("tip")
        item.data()
    assert sys.getrefcount(None) - before > -50
