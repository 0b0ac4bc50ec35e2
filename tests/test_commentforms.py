"""Comments inside a comments section (関係者の声): speaker lines and inline forms
(corpus/README.md decision 23). Invented text."""

from __future__ import annotations

import pytest

from jirei.commentforms import clean_speaker, read_comment_section
from jirei.lines import split_lines
from jirei.model import Span
from jirei.normalise import normalise

FORMS = [
    (
        "speaker lines",
        "（市）\n相談が早く始まるようになった。\n\n二つ目の段落。\n（労働局）\n求人を提案できた。\n",
        [
            ("市", "municipality", "相談が早く始まるようになった。\n二つ目の段落。"),
            ("労働局", "labour_bureau", "求人を提案できた。"),
        ],
    ),
    (
        "circle and colon",
        "○大垣市：窓口が一つになった。\n○ハローワーク大垣：求人が増えた。\n",
        [
            ("大垣市", "municipality", "窓口が一つになった。"),
            ("ハローワーク大垣", "hello_work", "求人が増えた。"),
        ],
    ),
    (
        "bold speaker with の声",
        "**彦根市の声**　相談しやすくなった。\n\n**滋賀労働局の声**　連携が進んだ。\n",
        [
            ("彦根市", "municipality", "相談しやすくなった。"),
            ("滋賀労働局", "labour_bureau", "連携が進んだ。"),
        ],
    ),
    (
        "quoted text, speaker in brackets",
        "「仕事の話が早くできる」（大垣市福祉課）\n",
        [("大垣市福祉課", "municipality", "仕事の話が早くできる")],
    ),
]


@pytest.mark.parametrize("name, text, expected", FORMS, ids=[f[0] for f in FORMS])
def test_comment_forms(name: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    norm = normalise(text)
    found = read_comment_section(split_lines(norm.text))
    assert [(c.speaker, c.role, c.text) for c in found.comments] == expected
    for comment in found.comments:
        assert norm.text[comment.speaker_start : comment.speaker_end].startswith(comment.speaker)
        assert norm.text[comment.start : comment.end].replace("\n", "") == comment.text.replace(
            "\n", ""
        )


def test_full_width_space_removed_by_normalisation_still_ends_the_speaker() -> None:
    text = "◆大垣市　窓口で相談が完結する。\n"
    norm = normalise(text)
    assert "大垣市窓口" in norm.text  # the letter-spacing rule removed the space

    def gap(start: int, end: int) -> bool:
        span = Span(*norm.span(start, end))
        return span.end - span.start > end - start

    without = read_comment_section(split_lines(norm.text))
    assert without.comments == ()
    assert [i.text for i in without.unclassified] == ["◆大垣市窓口で相談が完結する。"]
    found = read_comment_section(split_lines(norm.text), gap=gap)
    assert [(c.speaker, c.text) for c in found.comments] == [("大垣市", "窓口で相談が完結する。")]
    comment = found.comments[0]
    assert norm.text[comment.start : comment.end] == "窓口で相談が完結する。"


def test_lines_before_any_speaker_are_unclassified() -> None:
    norm = normalise("関係者から次の声が寄せられた\n（市）\n良かった。\n")
    found = read_comment_section(split_lines(norm.text))
    assert [i.text for i in found.unclassified] == ["関係者から次の声が寄せられた"]
    assert [c.speaker for c in found.comments] == ["市"]


@pytest.mark.parametrize(
    "raw, speaker",
    [("姫路市の声", "姫路市"), ("市のコメント", "市"), ("ハローワーク 大垣", "ハローワーク大垣"),
     ("の声", "の声")],
)
def test_clean_speaker(raw: str, speaker: str) -> None:
    assert clean_speaker(raw)[0] == speaker
