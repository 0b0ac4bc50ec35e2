"""Bulk parsing: expand paths into inputs, parse them (optionally in parallel processes),
and turn every file that fails into an error record instead of stopping the run.
"""

from __future__ import annotations

import functools
import glob
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from attrs import frozen

from jirei.model import Document
from jirei.rules import DEFAULT_RULES, Rules

#: suffixes picked up when a folder is given
INPUT_SUFFIXES = (".pdf", ".txt")
_GLOB_CHARS = frozenset("*?[")


@frozen
class ParseFailure:
    """A file that could not be read or parsed: the error record of bulk output."""

    source: str
    type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "error": {"type": self.type, "message": self.message}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParseFailure:
        error = data["error"]
        return cls(source=data["source"], type=error["type"], message=error["message"])

    @classmethod
    def from_exception(cls, source: str, exc: BaseException) -> ParseFailure:
        message = str(exc) or type(exc).__name__
        return cls(source=source, type=type(exc).__name__, message=message)


Result = Document | ParseFailure


def _folder_files(folder: Path, recursive: bool) -> list[str]:
    candidates = folder.rglob("*") if recursive else folder.iterdir()
    found = [
        p
        for p in candidates
        if p.suffix.lower() in INPUT_SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    return [str(p) for p in sorted(found)]


def collect_inputs(paths: Iterable[str], recursive: bool = False) -> list[str]:
    """The input files named by ``paths``, in order, each once.

    A file is taken as is (whatever its suffix: the parser looks at the content); a
    folder gives its ``*.pdf``/``*.txt`` files (all levels with ``recursive``, else its
    direct files; hidden ones skipped); a pattern with ``*``, ``?`` or ``[`` is globbed
    (``**`` descends). A path that does not exist, or a pattern matching nothing, is kept
    so that parsing it gives an error record rather than silence.
    """
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(_folder_files(path, recursive))
        elif path.exists():
            out.append(raw)
        elif _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                out.append(raw)
            for match in matches:
                if Path(match).is_dir():
                    out.extend(_folder_files(Path(match), recursive))
                else:
                    out.append(match)
        else:
            out.append(raw)
    seen: set[str] = set()
    unique = []
    for item in out:
        key = os.path.normpath(item)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


@functools.lru_cache(maxsize=8)
def _rules_from(rules_path: str) -> Rules:
    """The default rules merged with a TOML file, read once per process."""
    return DEFAULT_RULES.merge_toml(rules_path)


def parse_one(path: str, backend: str | None = None, rules_path: str | None = None) -> Result:
    """Parse one file; any exception becomes a :class:`ParseFailure` (never raised)."""
    try:
        if not Path(path).exists():
            if _GLOB_CHARS & set(path):
                return ParseFailure(path, "FileNotFoundError", "no file matches this pattern")
            return ParseFailure(path, "FileNotFoundError", "no such file or directory")
        if Path(path).is_dir():
            return ParseFailure(path, "IsADirectoryError", "a folder, not a file")
        from jirei.pipeline import parse_path

        kwargs: dict[str, Any] = {}
        if backend is not None:
            kwargs["backend"] = backend
        if rules_path is not None:
            kwargs["rules"] = _rules_from(rules_path)
        doc = parse_path(path, **kwargs)
        if not isinstance(doc, Document):
            raise TypeError(f"parse_path returned {type(doc).__name__}, not a Document")
        return doc
    except Exception as exc:  # error isolation: one bad file must not stop the run
        return ParseFailure.from_exception(path, exc)


def parse_many(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    backend: str | None = None,
    rules_path: str | None = None,
    on_done: Callable[[], None] | None = None,
) -> Iterator[Result]:
    """Parse ``paths`` and yield one result per path, in input order whatever ``jobs``.

    ``jobs`` > 1 parses in that many worker processes; ``on_done`` is called as each file
    finishes (in completion order), e.g. to advance a progress bar.
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if jobs == 1 or len(paths) <= 1:
        for path in paths:
            result = parse_one(path, backend, rules_path)
            if on_done is not None:
                on_done()
            yield result
        return
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(paths)))
    try:
        futures: list[Future[Result]] = []
        for path in paths:
            future = pool.submit(parse_one, path, backend, rules_path)
            if on_done is not None:
                future.add_done_callback(lambda _f: on_done())
            futures.append(future)
        for path, future in zip(paths, futures, strict=True):
            try:
                yield future.result()
            except Exception as exc:  # a worker died (e.g. BrokenProcessPool)
                yield ParseFailure.from_exception(path, exc)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


__all__ = ["INPUT_SUFFIXES", "ParseFailure", "Result", "collect_inputs", "parse_many", "parse_one"]
