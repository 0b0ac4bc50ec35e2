"""The ``jirei`` command: ``parse`` (bulk, any format), ``eval``, ``review``, ``schema``.

Output goes to stdout or ``--out``; every diagnostic goes to stderr. A file that cannot
be parsed becomes an error record and a stderr line; the run goes on and exits 1.
Usage errors exit 2.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from jirei.batch import ParseFailure, Result, collect_inputs, parse_many, parse_one
from jirei.errors import JireiError
from jirei.frame import COLUMNS, TABLES, rows
from jirei.model import Document

FORMATS = ("json", "jsonl", "csv", "parquet", "summary")
PROG = "jirei"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``jirei`` command."""
    from jirei import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn 好事例集 case-study reports (PDF or text) into typed facility profiles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    parse = commands.add_parser(
        "parse",
        help="parse files, folders or globs",
        description="Parse reports. Folders give their *.pdf and *.txt files; explicit "
        "files are read whatever their suffix. Exit status 1 when any file failed.",
    )
    parse.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or glob")
    parse.add_argument("-r", "--recursive", action="store_true", help="descend into sub-folders")
    parse.add_argument("-f", "--format", choices=FORMATS, default="json", help="default: json")
    parse.add_argument(
        "-t",
        "--table",
        choices=TABLES,
        default="metrics",
        help="the tidy table written by csv/parquet (default: metrics)",
    )
    parse.add_argument("-o", "--out", metavar="FILE", help="write here instead of stdout")
    parse.add_argument(
        "-j", "--jobs", type=_positive_int, default=1, help="parallel worker processes"
    )
    parse.add_argument("--backend", metavar="NAME", help="PDF text backend (default: automatic)")
    parse.add_argument(
        "--rules", metavar="TOML", help="extra reading rules merged into the defaults"
    )
    parse.add_argument(
        "--include-text",
        action="store_true",
        help="json/jsonl: add each document's original text (what spans point into)",
    )
    parse.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar; no summary when all went well"
    )

    commands.add_parser(
        "eval",
        help="score the parser against gold files (jirei eval DIR; see jirei eval --help)",
        add_help=False,
    )

    review = commands.add_parser(
        "review", help="write a self-contained HTML page to check one document by eye"
    )
    review.add_argument("file", metavar="FILE", help="a report (PDF/text) or a jirei JSON file")
    review.add_argument("-o", "--out", metavar="HTML", required=True, help="where to write")
    review.add_argument("--backend", metavar="NAME", help="PDF text backend")
    review.add_argument("--rules", metavar="TOML", help="extra reading rules")

    schema = commands.add_parser("schema", help="print the JSON Schema of the output")
    schema.add_argument(
        "--records",
        action="store_true",
        help="the schema of a JSON Lines record (a Document or an error record)",
    )
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from exc
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _clip(text: str, limit: int) -> str:
    if _width(text) <= limit:
        return text
    out = ""
    for char in text:
        if _width(out + char) > limit - 1:
            break
        out += char
    return out + "…"


def _pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill


SUMMARY_HEADER = (
    "source",
    "#",
    "prefecture",
    "municipality",
    "facility_name",
    "fiscal_year",
    "metrics",
    "comments",
)
_NUMERIC = {"#", "fiscal_year", "metrics", "comments"}


def format_summary(results: Sequence[Result]) -> str:
    """A human-readable table of the profiles of ``results``; failed files say why."""
    table: list[tuple[str, ...]] = []
    notes: list[str] = []
    for result in results:
        if isinstance(result, ParseFailure):
            notes.append(f"{result.source}: FAILED {result.type}: {result.message}")
            continue
        if not result.profiles:
            notes.append(f"{result.source}: no profiles found")
        for row in rows(result, "profiles"):
            table.append(
                tuple(
                    _clip("" if v is None else str(v), 40)
                    for v in (
                        row["source"],
                        row["case_index"],
                        row["prefecture"],
                        row["municipality"],
                        row["facility_name"],
                        row["fiscal_year"],
                        row["n_metrics"],
                        row["n_comments"],
                    )
                )
            )
    widths = [
        max([_width(name)] + [_width(r[i]) for r in table]) for i, name in enumerate(SUMMARY_HEADER)
    ]
    lines = []
    for cells in (SUMMARY_HEADER, *table):
        padded = [
            _pad(cell, widths[i], right=SUMMARY_HEADER[i] in _NUMERIC)
            for i, cell in enumerate(cells)
        ]
        lines.append("  ".join(padded).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join([*lines, *notes]) + "\n"


class _Reporter:
    """Diagnostics on stderr, kept clear of the progress bar."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.bar: Any = None
        if total > 1 and not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=sys.stderr, unit="file", desc=PROG)

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _failure_line(failure: ParseFailure) -> str:
    return f"{PROG}: {failure.source}: {failure.type}: {failure.message}"


def _writer_for(args: argparse.Namespace, out: IO[str], total: int) -> Any:
    """A small state machine that writes each result as it arrives, in the chosen format."""
    from jirei import export

    fmt = args.format
    state: dict[str, Any] = {"first": True, "kept": []}

    def json_write(result: Result) -> None:
        text = export.to_json(result, include_text=args.include_text)
        if total == 1:
            out.write(text + "\n")
            return
        body = "\n".join("  " + line for line in text.splitlines())
        out.write(("[\n" if state["first"] else ",\n") + body)
        state["first"] = False

    def json_close() -> None:
        if total != 1:
            out.write("[]\n" if state["first"] else "\n]\n")

    def jsonl_write(result: Result) -> None:
        out.write(next(export.iter_jsonl(result, include_text=args.include_text)))
        out.flush()

    writer = csv.writer(out, lineterminator="\n") if fmt == "csv" else None

    def csv_write(result: Result) -> None:
        assert writer is not None
        if state["first"]:
            writer.writerow(COLUMNS[args.table])
            state["first"] = False
        for row in rows(result if isinstance(result, Document) else [], args.table):
            writer.writerow([export.csv_cell(row[n]) for n in COLUMNS[args.table]])

    def csv_close() -> None:
        if state["first"]:
            writer.writerow(COLUMNS[args.table])  # type: ignore[union-attr]

    def keep(result: Result) -> None:
        state["kept"].append(result)

    def summary_close() -> None:
        out.write(format_summary(state["kept"]))

    def parquet_close() -> None:
        export.write_parquet(state["kept"], args.out, args.table)

    def nothing() -> None:
        return None

    writers: dict[str, tuple[Callable[[Result], None], Callable[[], None]]] = {
        "json": (json_write, json_close),
        "jsonl": (jsonl_write, nothing),
        "csv": (csv_write, csv_close),
        "summary": (keep, summary_close),
        "parquet": (keep, parquet_close),
    }
    return writers[fmt]


def _cmd_parse(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.format == "parquet" and not args.out:
        parser.error("--format parquet needs --out FILE")
    inputs = collect_inputs(args.paths, recursive=args.recursive)
    if not inputs:
        print(f"{PROG}: no .pdf or .txt files found in {' '.join(args.paths)}", file=sys.stderr)
        return 1
    reporter = _Reporter(len(inputs), args.quiet)
    parsed = 0
    failures: list[ParseFailure] = []
    with ExitStack() as stack:
        if args.out and args.format != "parquet":
            newline = "" if args.format == "csv" else None
            out: IO[str] = stack.enter_context(
                open(args.out, "w", encoding="utf-8", newline=newline)
            )
        else:
            out = sys.stdout
        write, close = _writer_for(args, out, len(inputs))
        results = parse_many(
            inputs,
            jobs=args.jobs,
            backend=args.backend,
            rules_path=args.rules,
            on_done=reporter.advance,
        )
        try:
            for result in results:
                if isinstance(result, ParseFailure):
                    failures.append(result)
                    reporter.say(_failure_line(result))
                else:
                    parsed += 1
                write(result)
            close()
        finally:
            reporter.close()
        out.flush()
    if failures or not args.quiet:
        summary = f"{len(inputs)} files: {parsed} parsed, {len(failures)} failed"
        lines = [summary, *(f"  failed: {f.source} ({f.type}: {f.message})" for f in failures)]
        print("\n".join(lines), file=sys.stderr)
    return 1 if failures else 0


def _load_for_review(args: argparse.Namespace) -> Document | ParseFailure:
    path = Path(args.file)
    if path.suffix.lower() == ".json" and path.is_file():
        from jirei import export

        try:
            doc = export.loads(path.read_text(encoding="utf-8"))
        except (ValueError, KeyError, TypeError) as exc:
            return ParseFailure.from_exception(args.file, exc)
        if doc.text is None:
            return ParseFailure(
                args.file, "ValueError", "this JSON has no 'text' (write it with --include-text)"
            )
        return doc
    return parse_one(args.file, args.backend, args.rules)


def _cmd_review(args: argparse.Namespace) -> int:
    from jirei.review import render_review

    doc = _load_for_review(args)
    if isinstance(doc, ParseFailure):
        print(_failure_line(doc), file=sys.stderr)
        return 1
    try:
        html = render_review(doc)
    except Exception as exc:  # never a bare traceback
        print(_failure_line(ParseFailure.from_exception(args.file, exc)), file=sys.stderr)
        return 1
    Path(args.out).write_text(html, encoding="utf-8")
    print(f"{PROG}: wrote {args.out}", file=sys.stderr)
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from jirei import export

    schema = export.record_schema() if args.records else export.document_schema()
    print(json.dumps(schema, ensure_ascii=False, indent=2))
    return 0


def _cmd_eval(argv: list[str]) -> int:
    try:
        from jirei.evaluate import main as evaluate_main
    except ImportError as exc:
        print(f"{PROG}: eval is not available: {exc}", file=sys.stderr)
        return 2
    return int(evaluate_main(argv) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "eval":
        return _cmd_eval(args_list[1:])
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        if args.command == "parse":
            return _cmd_parse(args, parser)
        if args.command == "review":
            return _cmd_review(args)
        return _cmd_schema(args)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `jirei parse ... | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except (OSError, JireiError) as exc:  # e.g. --out in a missing folder, a missing extra
        print(f"{PROG}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
