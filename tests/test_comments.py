"""Comment headings in every bracket style: speaker, role, text."""

from __future__ import annotations

import pytest

import jirei
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


def test_labelled_voices_of_non_partners_are_comments_in_order() -> None:
    """docs/reading-rules.md "Whose words are comments", rule 1: a voice headed as its own
    block is a comment whoever speaks; users and NPOs take role ``other``."""
    text = (
        "【埼玉県川口市】【埼玉労働局・ハローワーク川口】（一体的実施施設）平成23年12月1日事業開始\n"
        "■取組内容\n・同行相談を行う。\n"
        "＜川口市コメント＞\n窓口が近くなった。\n"
        "【利用者の声】\nすぐ相談できた。\n"
        "＜NPO法人かわぐち就労ネットより＞\n事業所との橋渡しをしている。\n"
        "＜埼玉労働局コメント＞\n引き続き連携する。\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    assert [(c.speaker, c.role) for c in profile.comments] == [
        ("川口市", "municipality"),
        ("利用者", "other"),
        ("NPO法人かわぐち就労ネット", "other"),
        ("埼玉労働局", "labour_bureau"),
    ]
    assert profile.comments[1].text == "すぐ相談できた。"
