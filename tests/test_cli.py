"""The ``jirei`` command: inputs, formats, error isolation, parallel order, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import subprocess
import sys
import time
import types
from collections import Counter
from pathlib import Path

import pytest

from jirei import cli, export
from jirei.batch import ParseFailure, collect_inputs, parse_many
from jirei.errors import CorruptPdfError
from jirei.frame import COLUMNS
from sample_docs import make_document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


# --- a stand-in parser, so the CLI can be tested on its own --------------------------


def fake_parse_path(path: str, **kwargs: object):
    """Reads the file: BAD -> CorruptPdfError, BOOM -> RuntimeError, SLOW<n> -> sleeps."""
    content = Path(path).read_text(encoding="utf-8", errors="replace")
    if content.startswith("BAD"):
        raise CorruptPdfError("broken cross-reference table", path=path)
    if content.startswith("BOOM"):
        raise RuntimeError("something unexpected")
    if content.startswith("SLOW"):
        time.sleep(float(content[4:8]))
    return make_document(source=path)


@pytest.fixture
def fake_parser(monkeypatch):
    import jirei.pipeline

    monkeypatch.setattr(jirei.pipeline, "parse_path", fake_parse_path, raising=False)
    return fake_parse_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, name: str, content: str = "ok") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


# --- inputs ---------------------------------------------------------------------------


def test_folders_globs_and_files(tmp_path) -> None:
    write(tmp_path, "b.txt")
    write(tmp_path, "a.pdf")
    write(tmp_path, "notes.md")
    write(tmp_path, "a.gold.json")
    write(tmp_path, ".hidden.txt")
    write(tmp_path, "sub/c.TXT")
    explicit = write(tmp_path, "other/report.dat")
    top = collect_inputs([str(tmp_path)])
    assert [Path(p).name for p in top] == ["a.pdf", "b.txt"]
    deep = collect_inputs([str(tmp_path)], recursive=True)
    assert [Path(p).relative_to(tmp_path).as_posix() for p in deep] == [
        "a.pdf",
        "b.txt",
        "sub/c.TXT",
    ]
    assert collect_inputs([str(explicit)]) == [str(explicit)]  # any suffix when named
    globbed = collect_inputs([str(tmp_path / "*.txt"), str(tmp_path / "b.txt")])
    assert [Path(p).name for p in globbed] == ["b.txt"]  # each once
    missing = str(tmp_path / "nope.pdf")
    assert collect_inputs([missing, str(tmp_path / "*.xyz")]) == [missing, str(tmp_path / "*.xyz")]


def test_a_missing_path_is_an_error_record_and_exit_1(capsys, tmp_path, fake_parser) -> None:
    missing = str(tmp_path / "nope.pdf")
    code, out, err = run(capsys, "parse", missing, "--format", "jsonl")
    assert code == 1
    record = json.loads(out)
    assert record["source"] == missing
    assert record["error"]["type"] == "FileNotFoundError"
    assert "1 files: 0 parsed, 1 failed" in err
    assert "Traceback" not in err


# --- formats --------------------------------------------------------------------------


def test_json_is_an_object_for_one_input_and_an_array_for_several(
    capsys, tmp_path, fake_parser
) -> None:
    one = write(tmp_path, "one.txt")
    code, out, err = run(capsys, "parse", str(one))
    assert code == 0
    assert export.loads(out) == make_document(source=str(one))
    assert err.strip().endswith("1 files: 1 parsed, 0 failed")
    two = write(tmp_path, "two.txt")
    code, out, _ = run(capsys, "parse", str(one), str(two), "--format", "json")
    data = json.loads(out)
    assert [d["source"] for d in data] == [str(one), str(two)]
    assert '"achievement_rate": 131.8' in out


def test_summary_lists_profiles_and_failures(capsys, tmp_path, fake_parser) -> None:
    write(tmp_path, "a.txt")
    write(tmp_path, "b.txt", "BAD")
    code, out, err = run(capsys, "parse", str(tmp_path), "--format", "summary")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].split() == list(cli.SUMMARY_HEADER)
    assert "ワークサポートみどり" in out and "きたまち就労コーナー" in out
    assert any("b.txt" in line and "CorruptPdfError" in line for line in lines)
    assert "2 files: 1 parsed, 1 failed" in err


def test_csv_to_out_and_error_isolation(capsys, tmp_path, fake_parser) -> None:
    inputs = tmp_path / "in"
    write(inputs, "1.txt")
    write(inputs, "2.txt", "BAD")
    write(inputs, "3.txt", "BOOM")
    write(inputs, "4.txt")
    out_file = tmp_path / "m.csv"
    argv = ["parse", str(inputs), "-f", "csv", "--table", "comments", "--out", str(out_file)]
    code, out, err = run(capsys, *argv)
    assert code == 1
    assert out == ""  # everything went to --out
    records = list(csv.DictReader(out_file.open(encoding="utf-8", newline="")))
    assert tuple(records[0]) == COLUMNS["comments"]
    assert Counter(r["source"] for r in records) == {
        str(inputs / "1.txt"): 2,
        str(inputs / "4.txt"): 2,
    }
    assert "2.txt: CorruptPdfError" in err
    assert "3.txt: RuntimeError: something unexpected" in err  # unexpected errors too
    assert "4 files: 2 parsed, 2 failed" in err
    assert "Traceback" not in err


def test_jsonl_has_one_record_per_input_in_order(capsys, tmp_path, fake_parser) -> None:
    names = ["1.txt", "2.txt", "3.txt"]
    write(tmp_path, "1.txt")
    write(tmp_path, "2.txt", "BAD")
    write(tmp_path, "3.txt")
    code, out, _ = run(capsys, "parse", *(str(tmp_path / n) for n in names), "-f", "jsonl")
    records = export.loads_all(out)
    assert [Path(r.source).name for r in records] == names
    assert isinstance(records[1], ParseFailure) and records[1].type == "CorruptPdfError"
    assert code == 1


def test_parquet_writes_the_table(capsys, tmp_path, fake_parser) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    write(tmp_path, "a.txt")
    target = tmp_path / "p.parquet"
    code, _, _ = run(capsys, "parse", str(tmp_path / "a.txt"), "-f", "parquet", "-o", str(target))
    assert code == 0
    assert pq.read_table(target).num_rows == 3


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "x.txt", "--format", "parquet"],  # parquet needs --out
        ["parse", "x.txt", "--jobs", "0"],
        ["parse", "x.txt", "--format", "xml"],
        ["parse"],
        [],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(capsys, argv) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    assert info.value.code == 2
    assert capsys.readouterr().out == ""


def test_quiet_keeps_errors_but_drops_the_all_good_summary(capsys, tmp_path, fake_parser) -> None:
    write(tmp_path, "a.txt")
    code, _, err = run(capsys, "parse", str(tmp_path), "--quiet", "-f", "jsonl")
    assert code == 0 and err == ""
    write(tmp_path, "b.txt", "BAD")
    code, _, err = run(capsys, "parse", str(tmp_path), "--quiet", "-f", "jsonl")
    assert code == 1 and "b.txt" in err and "1 failed" in err


# --- parallel -------------------------------------------------------------------------


def test_jobs_keep_input_order_whatever_finishes_first(tmp_path, fake_parser) -> None:
    paths = [
        str(write(tmp_path, "a.txt", "SLOW0.60")),
        str(write(tmp_path, "b.txt", "BAD")),
        str(write(tmp_path, "c.txt", "SLOW0.01")),
        str(write(tmp_path, "d.txt")),
    ]
    finished: list[int] = []
    results = list(parse_many(paths, jobs=2, on_done=lambda: finished.append(1)))
    assert [r.source for r in results] == paths
    assert [type(r).__name__ for r in results] == [
        "Document",
        "ParseFailure",
        "Document",
        "Document",
    ]
    assert len(finished) == 4


def test_jobs_output_equals_serial_output(capsys, tmp_path, fake_parser) -> None:
    for i in range(5):
        write(tmp_path, f"{i}.txt", "BAD" if i == 2 else "ok")
    serial = run(capsys, "parse", str(tmp_path), "-f", "jsonl", "-j", "1")
    parallel = run(capsys, "parse", str(tmp_path), "-f", "jsonl", "-j", "3")
    assert serial[:2] == parallel[:2]
    assert serial[0] == 1


# --- other commands -------------------------------------------------------------------


def test_schema_command_prints_the_schema(capsys) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out) == export.document_schema()
    code, out, _ = run(capsys, "schema", "--records")
    assert "ErrorRecord" in json.loads(out)["oneOf"][1]["$ref"]


def test_eval_dispatches_to_jirei_evaluate(capsys, monkeypatch) -> None:
    seen: list[list[str]] = []
    fake = types.ModuleType("jirei.evaluate")

    def main(argv: list[str]) -> int:
        seen.append(argv)
        return 3

    fake.main = main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "jirei.evaluate", fake)
    assert cli.main(["eval", "corpus/", "--json"]) == 3
    assert seen == [["corpus/", "--json"]]


def test_review_command_writes_html(capsys, tmp_path, fake_parser) -> None:
    source = write(tmp_path, "a.txt")
    target = tmp_path / "review.html"
    code, out, err = run(capsys, "review", str(source), "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, _, err = run(capsys, "review", str(tmp_path / "missing.txt"), "-o", str(target))
    assert code == 1 and "FileNotFoundError" in err


def test_review_from_json_needs_the_text(capsys, tmp_path) -> None:
    doc = make_document()
    with_text = write(tmp_path, "d.json", export.to_json(doc, include_text=True))
    without = write(tmp_path, "e.json", export.to_json(doc))
    target = tmp_path / "r.html"
    assert run(capsys, "review", str(with_text), "-o", str(target))[0] == 0
    code, _, err = run(capsys, "review", str(without), "-o", str(target))
    assert code == 1 and "--include-text" in err


def test_python_dash_m_and_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "jirei", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("jirei ")


# --- end to end with the real parser (needs jirei.pipeline.parse_path) ---------------


def _corpus_copy(tmp_path: Path) -> tuple[Path, list[Path]]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    good = []
    for path in sorted(CORPUS.glob("*")):
        if path.suffix in {".txt", ".pdf"}:
            shutil.copy(path, folder / path.name)
            good.append(folder / path.name)
    assert len(good) >= 3, "the corpus is missing"
    rng = random.Random(7)
    (folder / "zz_corrupt.pdf").write_bytes(b"%PDF-1.4\n" + rng.randbytes(3000))
    (folder / "zz_binary.txt").write_bytes(rng.randbytes(3000) + b"\x00\x00\x00")
    return folder, good


def _jirei(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "jirei", *argv],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
        timeout=600,
    )


def test_bulk_csv_with_bad_files_loses_nothing(tmp_path) -> None:
    from jirei.pipeline import parse_path

    _, good = _corpus_copy(tmp_path)
    done = _jirei(
        "parse", "corpus/", "--format", "csv", "--table", "metrics", "--jobs", "2",
        "--out", "m.csv", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "zz_corrupt.pdf" in done.stderr and "zz_binary.txt" in done.stderr
    n = len(good) + 2
    assert f"{n} files: {len(good)} parsed, 2 failed" in done.stderr
    assert "Traceback" not in done.stderr
    assert "\r" not in done.stderr  # no progress bar when stderr is not a terminal
    written = (tmp_path / "m.csv").read_text(encoding="utf-8")
    # every good file alone, in the same order, gives exactly the same rows
    expected = io.StringIO()
    alone = [parse_path(os.path.join("corpus", p.name)) for p in good]
    export.write_csv(alone, expected, table="metrics")
    assert written == expected.getvalue()
    sources = Counter(r["source"] for r in csv.DictReader(io.StringIO(written)))
    for doc in alone:
        assert sources[doc.source] == sum(len(p.metrics) for p in doc.profiles)
    assert sum(sources.values()) > 0


def test_bulk_jsonl_has_a_record_for_every_input(tmp_path) -> None:
    folder, good = _corpus_copy(tmp_path)
    done = _jirei("parse", str(folder), "-f", "jsonl", "-j", "2", cwd=tmp_path)
    assert done.returncode == 1
    records = export.loads_all(done.stdout)
    assert len(records) == len(good) + 2
    failures = {Path(r.source).name: r.type for r in records if isinstance(r, ParseFailure)}
    assert set(failures) == {"zz_corrupt.pdf", "zz_binary.txt"}
    assert all(t.endswith("Error") for t in failures.values())


def test_make_run_summary_on_the_corpus(tmp_path) -> None:
    done = _jirei("parse", str(CORPUS), "--recursive", "--format", "summary", cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].split() == list(cli.SUMMARY_HEADER)
    assert "0 failed" in done.stderr


def _stderr_on_a_terminal(*argv: str) -> str:
    """Run jirei with stderr on a pseudo-terminal (100 columns); return what it drew."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "jirei", *argv],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert done.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only_without_quiet() -> None:
    drawn = _stderr_on_a_terminal("parse", "corpus/", "-f", "jsonl", "-j", "2")
    assert "100%" in drawn and "file" in drawn
    assert "0 failed" in drawn
    quiet = _stderr_on_a_terminal("parse", "corpus/", "-f", "jsonl", "--quiet")
    assert "100%" not in quiet and "%|" not in quiet
