"""The ``axm-schema`` command line: ``main(argv) -> int``; exit 0 ok, 1 invalid or stale, 2 usage or
schema error."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from axm_schema import __version__
from axm_schema.diagnostics import SchemaError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class _UsageError(Exception):
    """A command line that cannot be run as given."""


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a whole number of at least 1; try 1 or 2"
        )
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="axm-schema",
        description="Schema and code generation for Apple's School and Business Manager API.",
    )
    parser.add_argument("--version", action="version", version=f"axm-schema {__version__}")
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show tracebacks of unexpected errors",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    gen = commands.add_parser(
        "generate",
        help="regenerate generated/ from schema/ (or check it with --check)",
        description="Build every target from the source of truth and write it to the output "
        "directory atomically; with --check, write nothing and report what is stale.",
    )
    gen.add_argument(
        "--check",
        action="store_true",
        help="write nothing; list changed, missing and orphaned files with a diff; exit 1 if stale",
    )
    gen.add_argument("--schema-dir", default="schema", help="source directory (default: schema)")
    gen.add_argument("--out", default="generated", help="output directory (default: generated)")
    gen.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    val = commands.add_parser(
        "validate",
        help="validate JSON payloads (files, JSON Lines, directories, stdin) against the contract",
        description="Validate payloads against the contract. Exit 0 when every payload is valid "
        "(warnings allowed), 1 when any is invalid, 2 on a usage error or an unreadable path.",
    )
    val.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .json/.jsonl/.ndjson file, a directory, or - for stdin",
    )
    val.add_argument(
        "--schema",
        metavar="NAME",
        help="the object to validate as (default: detect from data.type)",
    )
    val.add_argument(
        "--profile", choices=("strict", "lenient"), default="strict", help="default: strict"
    )
    val.add_argument(
        "--variant",
        metavar="NAME",
        help="the API variant, such as business or school (default: a value of any variant passes)",
    )
    val.add_argument(
        "--fields",
        metavar="LIST",
        help="sparse fieldset: status,subStatus or fields[orgDeviceActivities]=status,subStatus",
    )
    val.add_argument(
        "--format", choices=("text", "json", "github"), default="text", help="default: text"
    )
    val.add_argument("--jsonl", action="store_true", help="read standard input as JSON Lines")
    val.add_argument(
        "--jobs",
        type=_positive,
        metavar="N",
        help="processes for large JSON Lines inputs (default: the usable CPUs; 1: no workers)",
    )
    val.add_argument(
        "--engine", choices=("native", "rust", "python"), default="native", help=argparse.SUPPRESS
    )
    val.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    return parser


def main(
    argv: Sequence[str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: BinaryIO | None = None,
) -> int:
    """Run the command line; return the exit code instead of exiting."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = _parser().parse_args(args_list)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.command == "generate":
            return _generate(args, out, err)
        if args.command == "validate":
            from axm_schema.validate_cmd import run_validate

            return run_validate(args, out, err, stdin if stdin is not None else sys.stdin.buffer)
        raise _UsageError(f"unknown command {args.command!r}")
    except _UsageError as exc:
        print(f"axm-schema: error: {exc}", file=err)
        return EXIT_USAGE
    except SchemaError as exc:
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=err)
        count = len(exc.diagnostics)
        print(
            f"{count} problem{'s' if count != 1 else ''} in the schema; nothing written", file=err
        )
        return EXIT_USAGE
    except BrokenPipeError:
        # Output piped into e.g. `head`, which stopped reading: stop quietly.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_USAGE
    except Exception as exc:
        if getattr(args, "debug", False):
            raise
        print(f"axm-schema: error: {exc} (rerun with --debug for a traceback)", file=err)
        return EXIT_USAGE


def _generate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from axm_schema.loader import load
    from axm_schema.plan import compare, write_atomically
    from axm_schema.targets import build_all

    schema_dir, root = Path(args.schema_dir), Path(args.out)
    label = args.out.rstrip("/") or "."
    model = load(schema_dir, display=args.schema_dir.rstrip("/") or ".")
    plan = build_all(model)
    changes = compare(plan, root, label)
    if args.check:
        for rel in changes.updated:
            print(f"changed: {label}/{rel}", file=out)
        for rel in changes.created:
            print(f"missing: {label}/{rel}", file=out)
        for rel in changes.removed:
            print(f"orphaned: {label}/{rel}", file=out)
        for diff in changes.diffs:
            out.write(diff if diff.endswith("\n") else diff + "\n")
        if changes.stale:
            print(
                f"{label}/ is stale ({len(changes.updated)} changed, {len(changes.created)} "
                f"missing, {len(changes.removed)} orphaned); run 'axm-schema generate'",
                file=err,
            )
            return EXIT_FAILED
        print(f"{label}/ is up to date ({len(plan)} files)", file=out)
        return EXIT_OK
    if not changes.stale:
        print(f"{label}/ is up to date ({len(plan)} files); nothing written", file=out)
        return EXIT_OK
    try:
        write_atomically(plan, root)
    except OSError as exc:
        print(f"axm-schema: error: cannot write {label}/: {exc}; it was left as it was", file=err)
        return EXIT_USAGE
    for verb, files in (
        ("created", changes.created),
        ("updated", changes.updated),
        ("removed", changes.removed),
    ):
        for rel in files:
            print(f"{verb}: {label}/{rel}", file=out)
    unchanged = len(plan) - len(changes.created) - len(changes.updated)
    print(
        f"{label}/: {len(changes.created)} created, {len(changes.updated)} updated, "
        f"{len(changes.removed)} removed, {unchanged} unchanged",
        file=out,
    )
    return EXIT_OK
