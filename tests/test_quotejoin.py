"""A quotation wrapped over lines, its speaker after it, read as one line
(``jirei.quotejoin``, decision 817)."""

from __future__ import annotations

import pytest

from jirei.lines import split_lines
from jirei.quotejoin import join_wrapped_quotes


def _joined(text: str) -> list[str]:
    out = join_wrapped_quotes(split_lines(text))
    for line in out:  # offsets stay those of the text (a space where a newline stood)
        assert text[line.start : line.end].replace("\n", " ") == line.text
    return [line.text for line in out]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("「一行目\n二行目。」（市）", ["「一行目 二行目。」（市）"]),
        ("「一\n二\n三。」―ハローワーク甲", ["「一 二 三。」―ハローワーク甲"]),
        ("『一行目\n二行目。』（市）", ["『一行目 二行目。』（市）"]),
        ("「一行で閉じる。」（市）\n次の行", ["「一行で閉じる。」（市）", "次の行"]),
        # the closing line has nothing after the quote: left as written
        ("「一行目\n二行目。」", ["「一行目", "二行目。」"]),
        # a blank line between: no join
        ("「一行目\n\n二行目。」（市）", ["「一行目", "", "二行目。」（市）"]),
        # the next quote opens before this one closes: no join
        ("「一行目\n「二行目。」（市）", ["「一行目", "「二行目。」（市）"]),
    ],
)
def test_join(text: str, expected: list[str]) -> None:
    assert _joined(text) == expected
