"""`planner-gui check PLAN` (findings, like a linter) and `planner-gui rules` (the rule table).

`check --pdf REVIEW.pdf` also writes the plan review (`export.review`), the coach's page filed
beside the athlete's handout.

Exit codes: 0 with no errors (and, with --strict, no warnings), 1 otherwise, 2 when the plan
cannot be read, the options name no rule, or the findings or the review cannot be written (a
full disk, a closed stdout). Every failure is one line on stderr; every line printed goes through
`planner_gui.cli.terminal`, which escapes the plan's control characters.
"""

from __future__ import annotations

import argparse
import textwrap
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from planner_gui.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    CliFailure,
    fail,
    load_brand_for_cli,
    load_for_cli,
    note_stale_dates,
)
from planner_gui.cli.terminal import json_text, prepare_stdout, say, say_lines
from planner_gui.domain.brand import Brand
from planner_gui.domain.brand_file import load_brand
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import UnknownCodeError, check_program
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Program
from planner_gui.domain.output_check import output_problem
from planner_gui.domain.rules import Rule, all_rules
from planner_gui.domain.rules.wording import num

#: The commands this module adds.
COMMANDS = ("check", "rules")


def add_parser(subparsers: Any) -> None:
    """Register `check` and `rules` on the top-level parser's subparsers."""
    check = subparsers.add_parser(
        "check",
        help="check a plan against the progression, recovery, warm-up and balance rules",
        description="Check a plan like a linter: one line per finding, then a summary "
        "(or JSON with --format json).",
        epilog="--pdf REVIEW.pdf also writes the plan review, the coach's page to file with "
        "the handout (the athlete's handout leaves it out): a header with the clinic's name "
        "and contact line (--brand-file, --brand, --brand-contact), the plan, the athlete and "
        "the date it was made; the findings in words, counted and grouped by severity, each "
        "with its week, day, session and exercise, what to change and why the rule exists (or "
        "a sentence of what a clean plan has going for it); the weekly load chart; and every "
        "rule's settings for this plan in words with their units; 'page N of M' on every "
        "page. With --select or --ignore the review lists only those rules' findings and "
        "says so. The review is written even when the plan has errors. Exit 0 with no "
        "errors (and, with --strict, no warnings), 1 otherwise, 2 when the plan or the brand "
        "file cannot be read, an option names no rule, or the output cannot be written.",
    )
    check.add_argument("plan", type=Path, help="a .brace.json plan file")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    check.add_argument(
        "--select", metavar="CODES", help="only these codes or prefixes, comma-separated (PO,RC201)"
    )
    check.add_argument("--ignore", metavar="CODES", help="skip these codes or prefixes")
    check.add_argument(
        "--pdf",
        type=Path,
        metavar="REVIEW.pdf",
        help="also write the plan review, a coach's PDF: the findings in words, the load "
        "chart, the rules' settings and the date (see below); a new file, an empty one or an "
        "earlier PDF, replaced atomically",
    )
    check.add_argument(
        "--page-size",
        choices=("a4", "letter"),
        default="a4",
        help="paper size of the review (default: a4)",
    )
    check.add_argument(
        "--brand-file",
        type=Path,
        default=None,
        metavar="CLINIC.json",
        help="a brand file: the clinic's name and contact line for the review's header, and "
        "the red flags' calls (CK601) in its safety-page wording, as its handout",
    )
    check.add_argument(
        "--brand",
        "--brand-name",
        dest="brand_name",
        default="",
        metavar="NAME",
        help="coach's or clinic's name for the review (overrides the brand file's)",
    )
    check.add_argument(
        "--brand-contact",
        default="",
        metavar="TEXT",
        help="contact line for the review (overrides the brand file's)",
    )
    check.set_defaults(func=run)

    rules = subparsers.add_parser(
        "rules",
        help="list every rule with its code, severity, defaults and rationale",
        description="List the checker's rules.",
    )
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(func=run_rules)


def _codes(option: str, text: str | None) -> list[str] | None:
    """The comma-separated codes of --select/--ignore; an empty list is refused.

    `--select ""` would otherwise select no rule at all and report a clean plan.
    """
    if text is None:
        return None
    codes = [part.strip() for part in text.split(",") if part.strip()]
    if not codes:
        raise CliFailure(f"{option}: give one or more rule codes or prefixes, e.g. PO101,RC")
    return codes


def run(args: argparse.Namespace) -> int:
    try:
        select, ignore = _codes("--select", args.select), _codes("--ignore", args.ignore)
        _review_options_need_pdf(args)
        wording = load_brand_for_cli(args.brand_file).safety
        program, catalog = load_for_cli(args.plan)
        findings = check_program(program, catalog, select=select, ignore=ignore, wording=wording)
        note_stale_dates(args.plan, program)
    except CliFailure as error:
        return fail(str(error))
    except UnknownCodeError as error:
        option = "--select" if error.selector in {c.upper() for c in select or ()} else "--ignore"
        return fail(f"{option}: {error}")
    if args.pdf is not None:
        failed = _write_review(args, program, catalog, findings)
        if failed is not None:
            return failed
    unicode = prepare_stdout()
    if args.format == "json":
        data = [finding.to_json() for finding in findings]
        say_lines(json_text(data, ascii_only=not unicode))
    else:
        for finding in findings:
            say(format_finding(finding))
        say(summary(findings))
    severities = Counter(finding.severity for finding in findings)
    failing = severities["error"] + (severities["warning"] if args.strict else 0)
    return EXIT_FINDINGS if failing else EXIT_OK


def _review_options_need_pdf(args: argparse.Namespace) -> None:
    """The review's own options without --pdf would silently do nothing: refuse them."""
    given = [
        option
        for option, value in (
            ("--page-size", args.page_size != "a4"),
            ("--brand", bool(args.brand_name)),
            ("--brand-contact", bool(args.brand_contact)),
        )
        if value
    ]
    if given and args.pdf is None:
        raise CliFailure(f"{given[0]}: only with --pdf REVIEW.pdf (it sets up the review)")


def _review_brand(args: argparse.Namespace) -> Brand:
    """The brand file's name and contact line with the options over them (CliFailure for a
    bad file); the review prints no logo."""
    brand = Brand()
    if args.brand_file is not None:
        try:
            brand = load_brand(args.brand_file)
        except PlanFileError as error:
            raise CliFailure(str(error)) from None
    return replace(
        brand,
        name=args.brand_name or brand.name,
        contact=args.brand_contact or brand.contact,
    )


def _scope(args: argparse.Namespace) -> str:
    """What the review says when --select or --ignore narrowed the check."""
    parts = []
    if args.select:
        parts.append(f"only {args.select.strip()}")
    if args.ignore:
        parts.append(f"without {args.ignore.strip()}")
    if not parts:
        return ""
    return f"This check was narrowed on the command line to {' and '.join(parts)}."


def _write_review(
    args: argparse.Namespace, program: Program, catalog: Catalog, findings: list[Finding]
) -> int | None:
    """Write `--pdf`; the exit code when it cannot be written, else None."""
    # Deferred: reportlab is needed for the review, not for checking.
    from planner_gui.export.review import write_review

    try:
        brand = _review_brand(args)
    except CliFailure as error:
        return fail(str(error))
    problem = output_problem(args.pdf, {"the plan": args.plan, "the brand file": args.brand_file})
    if problem is not None:
        return fail(problem)
    try:
        write_review(
            program,
            catalog,
            args.pdf,
            page_size=args.page_size,
            brand=brand,
            findings=findings,
            scope=_scope(args),
        )
    except OSError as error:
        return fail(f"{args.pdf}: cannot write the PDF ({error.strerror or error})")
    return None


def format_finding(finding: Finding) -> str:
    """`week 3 · Wed · Lower B · deadlift: PO101 warning: ...`; plan-wide findings say "plan"."""
    place = finding.place() or "plan"
    return f"{place}: {finding.code} {finding.severity}: {finding.message}"


def summary(findings: list[Finding]) -> str:
    """ "2 errors, 1 warning, 0 info", or "No problems found."."""
    if not findings:
        return "No problems found."
    counts = Counter(finding.severity for finding in findings)
    errors, warnings = counts["error"], counts["warning"]
    return (
        f"{errors} error{'' if errors == 1 else 's'}, "
        f"{warnings} warning{'' if warnings == 1 else 's'}, {counts['info']} info"
    )


def _defaults(rule: Rule) -> str:
    return ", ".join(f"{name}={num(value)}" for name, value in rule.thresholds.items()) or "none"


def run_rules(args: argparse.Namespace) -> int:
    rules = all_rules()
    unicode = prepare_stdout()
    if args.format == "json":
        say_lines(
            json_text(
                [
                    {
                        "code": rule.code,
                        "title": rule.title,
                        "severity": rule.severity,
                        "escalation": rule.escalation or None,
                        "thresholds": dict(rule.thresholds),
                        "rationale": rule.rationale,
                    }
                    for rule in rules
                ],
                ascii_only=not unicode,
            )
        )
        return EXIT_OK
    for rule in rules:
        severity = rule.severity + (f" ({rule.escalation})" if rule.escalation else "")
        say(f"{rule.code}  {severity}: {rule.title}")
        say(f"       defaults: {_defaults(rule)}")
        say_lines(
            textwrap.fill(
                rule.rationale, width=96, initial_indent="       ", subsequent_indent="       "
            )
        )
        say()
    say(
        'Every rule can be switched off or retuned in a plan\'s "rules" section, e.g. '
        '"rules": {"PO101": {"limit_pct": 7.5}, "BA404": {"enabled": false}}.'
    )
    return EXIT_OK
