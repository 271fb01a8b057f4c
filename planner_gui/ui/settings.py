"""The user's own settings, kept in QSettings between runs (what belongs to the plan is in it).

The first day of the week, the page size, the coach's brand (with the safety page's wording)
and the last folder a file was opened from or saved to; and the window's geometry and splitter
positions. The Preferences dialog edits the first three.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter

from planner_gui.domain.brand import HEADED_KEYS, SAFETY_KEYS, SafetySection, SafetyWording
from planner_gui.domain.vocabulary import DAYS, Day
from planner_gui.export.brand import Brand

FIRST_DAY_KEY = "preferences/firstDayOfWeek"
PAGE_SIZE_KEY = "preferences/pageSize"
BRAND_NAME_KEY = "brand/name"
BRAND_CONTACT_KEY = "brand/contact"
BRAND_LOGO_KEY = "brand/logoPath"
#: The clinic's own safety-page wording: `brand/safety/<part>/heading` and `.../text`, kept
#: only where it differs from the built-in wording (so a later built-in wording reaches
#: everyone who kept it).
BRAND_SAFETY_KEY = "brand/safety/"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitters/"
PANE_KEY = "window/panes/"
LAST_DIR_KEY = "files/lastDirectory"
PAGE_SIZES = {"a4": "A4", "letter": "Letter"}


def first_day() -> Day:
    value = str(QSettings().value(FIRST_DAY_KEY, "mon"))
    return value if value in DAYS else "mon"


def page_size() -> str:
    value = str(QSettings().value(PAGE_SIZE_KEY, "a4"))
    return value if value in PAGE_SIZES else "a4"


def brand() -> Brand:
    """The coach's or clinic's name, contact line, logo and safety-page wording."""
    settings = QSettings()
    logo = str(settings.value(BRAND_LOGO_KEY, "") or "")
    wording = SafetyWording()
    for key in SAFETY_KEYS:
        heading = str(settings.value(f"{BRAND_SAFETY_KEY}{key}/heading", "") or "")
        text = str(settings.value(f"{BRAND_SAFETY_KEY}{key}/text", "") or "")
        wording = wording.with_section(key, SafetySection(heading, text))
    return Brand(
        name=str(settings.value(BRAND_NAME_KEY, "") or ""),
        contact=str(settings.value(BRAND_CONTACT_KEY, "") or ""),
        logo_path=Path(logo) if logo else None,
        safety=wording,
    )


#: `brand` under a name `store_brand`'s parameter does not hide.
_stored = brand


class BrandNotifier(QObject):
    """Tells the window's views that the stored brand changed (Preferences ▸ OK, a brand file
    imported), so what they show in the clinic's words (the Check-ins pane, CK601's findings)
    is worked out again at once rather than at the next edit or run."""

    brand_changed = Signal()


_NOTIFIER: BrandNotifier | None = None


def brand_notifier() -> BrandNotifier:
    """The one BrandNotifier of the program, made on first use."""
    global _NOTIFIER
    if _NOTIFIER is None:
        _NOTIFIER = BrandNotifier()
    return _NOTIFIER


def store_brand(brand: Brand) -> None:
    """Keep `brand` for the next exports and runs; its wording only where it is the clinic's.
    `brand_notifier().brand_changed` is emitted when what is stored differs from before."""
    before = _stored()
    settings = QSettings()
    settings.setValue(BRAND_NAME_KEY, brand.name.strip())
    settings.setValue(BRAND_CONTACT_KEY, brand.contact.strip())
    settings.setValue(BRAND_LOGO_KEY, str(brand.logo_path or ""))
    changed = brand.safety.changed()
    for key in SAFETY_KEYS:
        own = changed.get(key, SafetySection())
        parts = {"heading": own.heading if key in HEADED_KEYS else "", "text": own.text}
        for part, value in parts.items():
            if value:
                settings.setValue(f"{BRAND_SAFETY_KEY}{key}/{part}", value)
            else:
                settings.remove(f"{BRAND_SAFETY_KEY}{key}/{part}")
    settings.sync()
    if _stored() != before:
        brand_notifier().brand_changed.emit()


def pane_shown(pane: str) -> bool:
    """Whether View ▸ `pane` was left on (every pane is, the first time)."""
    value = QSettings().value(PANE_KEY + pane, True)
    return value not in (False, "false", "0", 0)


def set_pane_shown(pane: str, shown: bool) -> None:
    """Remember a View menu pane toggle at once, so it holds after a crash too."""
    QSettings().setValue(PANE_KEY + pane, shown)


def save_window_state(window: QMainWindow) -> None:
    """Geometry, dock/toolbar state and every named splitter's sizes, for the next run."""
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(SPLITTER_KEY + splitter.objectName(), splitter.saveState())


def restore_window_state(window: QMainWindow) -> bool:
    """Put the window back as it was; False when there is nothing stored yet."""
    settings = QSettings()
    geometry = settings.value(GEOMETRY_KEY)
    if not isinstance(geometry, QByteArray) or geometry.isEmpty():
        return False
    window.restoreGeometry(geometry)
    state = settings.value(STATE_KEY)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    for splitter in window.findChildren(QSplitter):
        stored = settings.value(SPLITTER_KEY + splitter.objectName())
        if splitter.objectName() and isinstance(stored, QByteArray):
            splitter.restoreState(stored)
    return True
