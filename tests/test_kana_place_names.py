"""A place name written in kana is no place where it ends a longer kana word (decision 2710):
``山あいの町`` holds no ``いの町`` (高知県), while ``県内のいわき市`` names いわき市."""

from __future__ import annotations

import pytest

import jirei
from jirei.fallback import find_place
from jirei.places import glued_kana

_CASE = """{headline}

■取組内容
・週2回、支所で出張相談を実施
・ハローワークと市の職員が同席

■事業目標と実績
支援対象者数\t目標 100人\t実績 120人
"""


@pytest.mark.parametrize(
    "headline",
    [
        "山あいの町にも届く出張相談で就職へ",
        "やまあいの町で始めた出張相談",
        "にぎわいの町をつくる就労支援",  # (いの町 again, after わ)
    ],
)
def test_a_kana_name_ending_a_longer_word_is_no_place(headline: str) -> None:
    profile = jirei.parse_text(_CASE.format(headline=headline)).profiles[0]
    assert profile.municipality is None
    assert profile.prefecture is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("県内のいわき市に相談窓口", "いわき市"),
        ("埼玉県さいたま市の窓口", "埼玉県さいたま市"),
        ("いの町で出張相談", "いの町"),  # at the start of the text
        ("高知県いの町で出張相談", "高知県いの町"),  # after a kanji
        ("大阪市とみどり市の連携", "大阪市"),  # the first place
    ],
)
def test_a_kana_name_after_a_particle_or_kanji_is_a_place(text: str, name: str) -> None:
    found = find_place(text)
    assert found is not None
    assert text[found[0] : found[1]] == name


@pytest.mark.parametrize(
    ("text", "start", "glued"),
    [
        ("山あいの町", 2, True),
        ("県内のいわき市", 3, False),
        ("とみどり市", 1, False),
        ("いの町", 0, False),
        ("高知県いの町", 3, False),
    ],
)
def test_glued_kana(text: str, start: int, glued: bool) -> None:
    assert glued_kana(text, start) is glued
