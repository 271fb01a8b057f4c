"""The user's own template library: plans kept in a folder, listed beside the bundled ones.

Each template is an ordinary plan file in the folder, named from the title the user gave it.
A file that does not load is listed with its one-line reason rather than hidden or fatal, so
one damaged template never costs the others. Saving goes through the checked atomic save
(`safe_save`): only bytes that load again are written, and an existing template is replaced
only when the caller says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import PLAN_SUFFIX, load_plan
from planner_gui.domain.limits import MAX_TITLE_CHARS
from planner_gui.domain.models import Program
from planner_gui.domain.safe_save import save_plan_checked
from planner_gui.domain.templates import as_template

#: The library's folder inside the user data folder.
TEMPLATES_FOLDER = "templates"
#: Characters of the title kept in a file name (the title itself is kept whole in the file).
MAX_STEM_CHARS = 60
#: Names Windows reserves for devices, whatever the suffix: never a template's file name.
_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{kind}{n}" for kind in ("com", "lpt") for n in range(10)
}


@dataclass(frozen=True)
class UserTemplate:
    """A template in the library that loads: its file and its title."""

    path: Path
    title: str


@dataclass(frozen=True)
class BrokenTemplate:
    """A file in the library that does not load, and why, in one line."""

    path: Path
    reason: str


class TemplateExistsError(FileExistsError):
    """A template of that file name is already in the library (pass `replace=True`)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path.name} is already in the template library")
        self.path = path


def template_file_name(title: str) -> str:
    """A safe file name for a template titled `title`: lowercase words joined by hyphens,
    no path separators, dots or control characters ('Sam: week 1/2' → sam-week-1-2)."""
    words = "".join(ch if ch.isalnum() else " " for ch in title.casefold()).split()
    stem = "-".join(words)[:MAX_STEM_CHARS].strip("-") or "template"
    if stem in _RESERVED:
        stem += "-template"
    return stem + PLAN_SUFFIX


def template_title_problem(title: str) -> str | None:
    """Why `title` cannot name a template, or None when it can."""
    if not title.strip():
        return "give the template a name"
    if len(title.strip()) > MAX_TITLE_CHARS:
        return f"a name may have at most {MAX_TITLE_CHARS} characters"
    return None


def list_templates(
    folder: Path, catalog: Catalog | None = None
) -> list[UserTemplate | BrokenTemplate]:
    """The library's plan files sorted by name, each loaded to check it; none when the
    folder does not exist yet. Never raises for a bad file: it is listed as broken."""
    try:
        paths = sorted(
            path for path in folder.glob(f"*{PLAN_SUFFIX}") if not path.name.startswith(".")
        )
    except OSError:
        return []
    found: list[UserTemplate | BrokenTemplate] = []
    for path in paths:
        try:
            program = load_plan(path, catalog)
        except PlanFileError as error:
            found.append(BrokenTemplate(path, error.problem))
            continue
        title = program.title.strip() or path.name.removesuffix(PLAN_SUFFIX)
        found.append(UserTemplate(path, title))
    return found


def save_template(
    program: Program,
    folder: Path,
    title: str,
    catalog: Catalog | None = None,
    *,
    replace: bool = False,
) -> Path:
    """Keep `program` in the library as a template titled `title` (no athlete, no check-ins,
    see `templates.as_template`); the file written.

    Raises ValueError for a title that cannot be (`template_title_problem`),
    TemplateExistsError when the file is there and `replace` is False, PlanFileError when the
    plan would not load again, and OSError when the folder or file cannot be written; in each
    case the library is unchanged.
    """
    problem = template_title_problem(title)
    if problem is not None:
        raise ValueError(problem)
    title = title.strip()
    path = folder / template_file_name(title)
    if not replace and (path.exists() or path.is_symlink()):
        raise TemplateExistsError(path)
    folder.mkdir(parents=True, exist_ok=True)
    save_plan_checked(as_template(program, title), path, catalog)
    return path
