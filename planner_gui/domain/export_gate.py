"""The export gate: which findings stop a plan's handout from being made, and why, in one line.

`planner-gui export` and the window's Export PDF, Print Preview and Print all ask this gate,
so they refuse the same plans. A gate is a list of barriers, each a group of rule codes with
what they mean in plain words; an export is blocked while any barrier has findings.

- Data errors (DA501, DA502) refuse the export outright: a handout of implausible numbers or
  unknown exercises would print them.
- A red flag no check-in has cleared (CK601) is a barrier the user may pass on purpose: the
  window asks for confirmation (`needs_confirmation`, `confirmation_reason`), the command line
  refuses with exit 1 unless given `--allow-red-flags` (`allows(confirmed=True)`). Switching
  CK601 off in the plan's rules hides its findings in the check, not the red flags: the gate
  runs it all the same, since passing it takes a deliberate yes anyway.
- Any other checker *error* (a load jump past the error limit, an acute:chronic ratio above
  1.5) does not stop the export: DESIGN.md's export contract refuses bad input only. It must
  not go out silently either, so the gate carries them as `errors`: the command line warns
  once per error on stderr and still exports with its usual exit code, the window's export
  dialog lists them and asks before going on.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.brand import SafetyWording
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.checkins.history import open_red_flags
from planner_gui.domain.checkins.triage import flag_signs, tier_heading, tier_of
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Program
from planner_gui.domain.rules.codes import ENABLED

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
    #: Whether the user may pass it on purpose (a confirmation, a command-line option); such
    #: a barrier runs even when the plan switches its rules off.
    confirmable: bool = False

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
RED_FLAGS = Barrier(
    noun=("red flag no clinician has cleared", "red flags no clinician has cleared"),
    plain={"CK601": ("red flag no clinician has cleared", "red flags no clinician has cleared")},
    confirmable=True,
)
#: Every barrier an export must pass, in the order their reasons are told.
BARRIERS = (DATA_ERRORS, RED_FLAGS)
#: Findings that mean the plan's data cannot be trusted enough to print.
DATA_RULES = DATA_ERRORS.codes


@dataclass(frozen=True)
class Block:
    """One barrier that stops the export, with its findings in the checker's order."""

    barrier: Barrier
    findings: tuple[Finding, ...]
    #: What the block says when counting its findings would mislead: CK601 reports every
    #: session after a red flag, while people count the check-ins that reported one.
    reason: str = ""

    def summary(self) -> str:
        """'2 data errors (DA502 week 1 · Mon · Lower A · lift: ...; and 1 more)'."""
        if self.reason:
            return self.reason
        first = self.findings[0]
        place = first.place()
        head = f"{first.code} {place}: " if place else f"{first.code}: "
        more = f"; and {len(self.findings) - 1} more" if len(self.findings) > 1 else ""
        message = first.message.rstrip(".")
        return f"{counted(len(self.findings), self.barrier.noun)} ({head}{message}{more})"

    def plain(self) -> str:
        """'1 implausible value (such as 15 sets or 650 kg) and 2 exercises found nowhere'."""
        if self.reason:
            return self.reason
        parts = []
        for code, noun in self.barrier.plain.items():
            count = sum(1 for finding in self.findings if finding.code == code)
            if count:
                parts.append(counted(count, noun))
        return " and ".join(parts)


@dataclass(frozen=True)
class ExportGate:
    """What stands between a plan and its handout; nothing when `allowed`.

    `blocks` holds every barrier in the way; the ones the user may pass on purpose are its
    `confirmations`, the rest its `refusals`. A plan with red flags only `needs_confirmation`;
    one with data errors is `refused` whatever is confirmed.
    """

    blocks: tuple[Block, ...]
    #: Checker errors outside every barrier: they do not block, they are told (see above).
    errors: tuple[Finding, ...] = ()

    @property
    def allowed(self) -> bool:
        """Nothing in the way at all: export without asking."""
        return not self.blocks

    @property
    def refusals(self) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if not block.barrier.confirmable)

    @property
    def confirmations(self) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if block.barrier.confirmable)

    @property
    def refused(self) -> bool:
        """A barrier no confirmation passes (data errors) is in the way."""
        return bool(self.refusals)

    @property
    def needs_confirmation(self) -> bool:
        """Only barriers the user may pass on purpose are in the way: ask before exporting."""
        return bool(self.blocks) and not self.refused

    def allows(self, *, confirmed: bool = False) -> bool:
        """Whether the export may go ahead, `confirmed` saying the user passed the barriers
        that ask (the window's Export anyway, `--allow-red-flags`)."""
        return not self.refused and (confirmed or not self.confirmations)

    def confirmation_reason(self) -> str:
        """Why the export asks first, in plain words ("" when it need not ask)."""
        return "; ".join(block.plain() for block in self.confirmations)

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


def export_gate(
    program: Program, catalog: Catalog, wording: SafetyWording | None = None
) -> ExportGate:
    """Check the plan (a confirmable barrier's rules always, the rest as the plan configures
    them) and collect what blocks and the other errors; `wording` is the brand's, whose
    red-flag calls the reasons use."""
    codes = {code for barrier in BARRIERS for code in barrier.codes}
    forced = {code for barrier in BARRIERS if barrier.confirmable for code in barrier.codes}
    checked = program
    if any(program.rules.get(code, {}).get(ENABLED) is False for code in forced):
        # A shallow copy with those rules left on; the plan itself is not touched.
        rules = {code: entries for code, entries in program.rules.items() if code not in forced}
        checked = program.model_copy(update={"rules": rules})
    findings = check_program(checked, catalog, wording=wording)
    errors = tuple(f for f in findings if f.severity == "error" and f.code not in codes)
    blocks = []
    for barrier in BARRIERS:
        # A note (CK601's record of a cleared red flag) never blocks.
        found = tuple(
            finding
            for finding in findings
            if finding.code in barrier.plain and finding.severity != "info"
        )
        if not found:
            continue
        reason = ""
        if barrier is RED_FLAGS:
            # Sessions before a later clearance stay errors in the check; the gate asks only
            # about the flags still open.
            if not open_red_flags(program):
                continue
            reason = red_flag_reason(program, wording)
        blocks.append(Block(barrier, found, reason))
    return ExportGate(tuple(blocks), errors)


def red_flag_reason(program: Program, wording: SafetyWording | None = None) -> str:
    """The open red flags in one line, each with its tier's call in the brand's words:
    "a red flag no clinician has cleared (2026-01-13: numbness in the saddle area – Go to an
    emergency department now)"."""
    spans = open_red_flags(program)
    parts = []
    for span in spans:
        checkin = span.checkin
        tier = tier_of(checkin.red_flags)
        assert tier is not None  # an open span has red flags
        call = tier_heading(tier, wording).rstrip(".:;, ")
        parts.append(f"{checkin.date.isoformat()}: {flag_signs(checkin.red_flags)} – {call}")
    noun = RED_FLAGS.noun[0] if len(spans) == 1 else RED_FLAGS.noun[1]
    count = "a" if len(spans) == 1 else str(len(spans))
    return f"{count} {noun} ({'; '.join(parts)})"
