"""The export gate: which findings stop a plan's handout from being made, and why, in one line.

`planner-gui export` and the window's Export PDF, Print Preview and Print all ask this gate,
so they refuse the same plans. A gate is a list of barriers, each a group of rule codes with
what they mean in plain words; an export is blocked while any barrier has findings. Data
errors (DA501, DA502) are the one barrier today: a handout of implausible numbers or unknown
exercises would print them. A later barrier the user may pass on purpose (an uncleared red
flag: confirmed in the window, `--allow-red-flags` on the CLI) is one more `Barrier` with a
way past it; callers already go through `blocks`, not through codes.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Program

Noun = tuple[str, str]
"""A noun's singular and plural: ("data error", "data errors")."""


def counted(count: int, noun: Noun) -> str:
    """'1 data error', '2 data errors'."""
    return f"{count} {noun[0] if count == 1 else noun[1]}"


@dataclass(frozen=True, eq=False)
class Barrier:
    """A group of rule codes whose findings stop an export, named for people."""

    #: What one finding of the group is called in the one-line summary.
    noun: Noun
    #: For each code, what its findings are in plain words (the window's message).
    plain: dict[str, Noun]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.plain)


DATA_ERRORS = Barrier(
    noun=("data error", "data errors"),
    plain={
        "DA501": ("implausible value (such as 15 sets or 650 kg)", "implausible values"),
        "DA502": ("exercise found nowhere", "exercises found nowhere"),
    },
)
#: Every barrier an export must pass, in the order their reasons are told.
BARRIERS = (DATA_ERRORS,)
#: Findings that mean the plan's data cannot be trusted enough to print.
DATA_RULES = DATA_ERRORS.codes


@dataclass(frozen=True)
class Block:
    """One barrier that stops the export, with its findings in the checker's order."""

    barrier: Barrier
    findings: tuple[Finding, ...]

    def summary(self) -> str:
        """'2 data errors (DA502 week 1 · Mon · Lower A · lift: ...; and 1 more)'."""
        first = self.findings[0]
        place = first.place()
        head = f"{first.code} {place}: " if place else f"{first.code}: "
        more = f"; and {len(self.findings) - 1} more" if len(self.findings) > 1 else ""
        message = first.message.rstrip(".")
        return f"{counted(len(self.findings), self.barrier.noun)} ({head}{message}{more})"

    def plain(self) -> str:
        """'1 implausible value (such as 15 sets or 650 kg) and 2 exercises found nowhere'."""
        parts = []
        for code, noun in self.barrier.plain.items():
            count = sum(1 for finding in self.findings if finding.code == code)
            if count:
                parts.append(counted(count, noun))
        return " and ".join(parts)


@dataclass(frozen=True)
class ExportGate:
    """What stands between a plan and its handout; nothing when `allowed`."""

    blocks: tuple[Block, ...]

    @property
    def allowed(self) -> bool:
        return not self.blocks

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every blocking finding, barrier by barrier."""
        return tuple(finding for block in self.blocks for finding in block.findings)

    def summary(self) -> str:
        """Why the export is refused, in one line ("" when it is allowed)."""
        return "; ".join(block.summary() for block in self.blocks)

    def plain(self) -> str:
        """What is wrong and how much of it, in plain words ("" when allowed)."""
        return "; ".join(block.plain() for block in self.blocks)


def export_gate(program: Program, catalog: Catalog) -> ExportGate:
    """Run the barriers' rules (as the plan configures them) and collect what blocks."""
    codes = [code for barrier in BARRIERS for code in barrier.codes]
    findings = check_program(program, catalog, select=codes)
    blocks = []
    for barrier in BARRIERS:
        found = tuple(finding for finding in findings if finding.code in barrier.plain)
        if found:
            blocks.append(Block(barrier, found))
    return ExportGate(tuple(blocks))
