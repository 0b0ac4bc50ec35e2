"""The public pipeline: parse_text / parse_path / parse_source, spans into the original."""

from __future__ import annotations

from pathlib import Path

import jirei
from _cases import full_case
from jirei.pipeline import parse_path, parse_text


def test_parse_text_document() -> None:
    text = "表紙\r\n\r\n" + full_case().replace("\n", "\r\n")
    doc = parse_text(text, source="x.txt")
    assert doc.source == "x.txt" and doc.text == text
    [profile] = doc.profiles
    assert profile.municipality == "甲府市"
    # every span slices the ORIGINAL text (CRLF kept) to what the value says
    assert profile.spans["municipality"].slice(text) == "甲府市"
    assert profile.comments[1].span.slice(text) == "今後も続けたい。"
    metric = profile.metrics[0]
    assert metric.label == "支援対象者数" and metric.actual is not None
    assert metric.actual.value == 120
    assert metric.span is not None and "支援対象者数" in metric.span.slice(text)


def test_parse_text_without_cases_warns() -> None:
    doc = parse_text("ただの文章です。\n")
    assert doc.profiles == ()
    assert "no_cases" in [w.code for w in doc.warnings]


def test_parse_path_text_file(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(full_case().encode("cp932"))
    doc = parse_path(path)
    assert [p.municipality for p in doc.profiles] == ["甲府市"]
    assert doc.encoding is not None


def test_public_names() -> None:
    for name in ("parse_text", "parse_path", "parse_pdf", "parse_source"):
        assert callable(getattr(jirei, name))
