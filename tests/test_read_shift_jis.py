"""A Shift_JIS and a UTF-8 encoding of the same report give the same text (and, through
the parser, the same profiles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jirei.read import read_path

CORPUS = Path(__file__).parents[1] / "corpus"
SEED = Path(__file__).parents[1] / ".." / "shared" / "seed" / "000_55666265dad7f183.txt"


def _reports() -> list[Path]:
    found = sorted(CORPUS.glob("*.txt"))
    if SEED.exists():
        found.append(SEED)
    return found


def _shift_jis(text: str) -> bytes | None:
    try:
        return text.encode("cp932")
    except UnicodeEncodeError:
        return None


@pytest.mark.parametrize("report", _reports(), ids=lambda p: p.name)
def test_shift_jis_and_utf8_give_the_same_text(tmp_path: Path, report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    encoded = _shift_jis(text)
    if encoded is None:
        pytest.skip(f"{report.name} holds characters Shift_JIS cannot encode")
    sjis = tmp_path / "report-sjis.txt"
    utf8 = tmp_path / "report-utf8.txt"
    sjis.write_bytes(encoded)
    utf8.write_bytes(text.encode("utf-8"))
    from_sjis, from_utf8 = read_path(sjis), read_path(utf8)
    assert from_sjis.text == from_utf8.text == text
    assert (from_sjis.encoding, from_utf8.encoding) == ("cp932", "utf-8")


@pytest.mark.parametrize("report", _reports(), ids=lambda p: p.name)
def test_shift_jis_and_utf8_give_the_same_profiles(tmp_path: Path, report: Path) -> None:
    from jirei import parse_path

    text = report.read_text(encoding="utf-8")
    encoded = _shift_jis(text)
    if encoded is None:
        pytest.skip(f"{report.name} holds characters Shift_JIS cannot encode")
    sjis = tmp_path / "report-sjis.txt"
    utf8 = tmp_path / "report-utf8.txt"
    sjis.write_bytes(encoded)
    utf8.write_bytes(text.encode("utf-8"))
    a, b = parse_path(sjis).to_dict(), parse_path(utf8).to_dict()
    assert a["profiles"] == b["profiles"]
    assert a["profiles"], "no profiles read"
    assert (a["encoding"], b["encoding"]) == ("cp932", "utf-8")
