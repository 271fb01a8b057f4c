"""Who hands the program out: a coach's or clinic's name, contact line and logo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Brand:
    """Shown on the cover and in the running footer; every field is optional.

    An empty brand (no name, contact or logo) prints nothing, never an empty box.
    """

    name: str = ""
    contact: str = ""
    logo_path: Path | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.name.strip() or self.contact.strip() or self.logo_path)
