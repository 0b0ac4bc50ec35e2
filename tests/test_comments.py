"""Comment headings in every bracket style: speaker, role, text."""

from __future__ import annotations

import pytest

from jirei.comments import read_comment, role_of
from jirei.lines import split_lines
from jirei.normalise import normalise


def comment(text: str) -> tuple[str | None, str, str, str]:
    norm = normalise(text).text
    lines = split_lines(norm)
    parts = read_comment(lines[0], lines[1:])
    spoken = norm[parts.start : parts.end]
    return parts.speaker, parts.role, parts.text, spoken


@pytest.mark.parametrize(
    "heading, speaker, role",
    [
        ("＜甲府市コメント＞", "甲府市", "municipality"),
        ("### <ハローワーク コメント>", "ハローワーク", "hello_work"),
        ("【山形労働局コメント】", "山形労働局", "labour_bureau"),
        ("《労働局コメント》", "労働局", "labour_bureau"),
        ("#### ＜垂水区生活支援課コメント＞  ", "垂水区生活支援課", "municipality"),
        ("<甲府市 コメント>", "甲府市", "municipality"),
        ("〔市のコメント〕", "市", "municipality"),
        ("<利用者の声>", "利用者", "other"),
        ("<HW甲府コメント>", "HW甲府", "hello_work"),
    ],
)
def test_speaker_and_role(heading: str, speaker: str, role: str) -> None:
    got = comment(heading + "\n\n本文。\n")
    assert got[:2] == (speaker, role)


def test_text_paragraphs_and_span() -> None:
    _, _, text, spoken = comment(
        "<甲府市コメント>\n\n  一つ目の段落、\n続き。\n\n二つ目。\n\n"
    )
    assert text == "一つ目の段落、続き。\n二つ目。"
    assert spoken.startswith("一つ目") and spoken.endswith("二つ目。")


def test_role_of_unknown_is_other() -> None:
    assert role_of(None) == "other"
    assert role_of("有識者") == "other"
