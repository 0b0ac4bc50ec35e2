"""Line classes, heading keys and the split of a case into sections and comments."""

from __future__ import annotations

import pytest

from jirei.lines import Line, split_lines
from jirei.normalise import normalise
from jirei.rules import DEFAULT_RULES
from jirei.sections import CommentBlock, Kind, Section, classifier, heading_key, split_case


@pytest.mark.parametrize(
    "heading, key",
    [
        ("## 【取組内容】", "取組内容"),
        ("### 【平成29年度 事業目標と取組状況】", "事業目標と取組状況"),
        ("その他の実績として、", "その他の実績"),
        ("### その他の取組みとして", "その他の取組み"),
        ("■29年度 事業実績:", "事業実績"),
        ("#### その他の実績等", "その他の実績等"),
    ],
)
def test_heading_key(heading: str, key: str) -> None:
    assert heading_key(heading) == key


@pytest.mark.parametrize(
    "text, kind, section",
    [
        ("## 【取組内容】", Kind.SECTION, "initiatives"),
        ("【事業目標と取組状況】", Kind.SECTION, "results"),
        ("その他の実績として、", Kind.SECTION, "other_results"),
        ("### 【ワンストップ支援の概要】", Kind.SECTION, "aside"),
        ("### <甲府市コメント>", Kind.COMMENT, None),
        ("【山形労働局コメント】", Kind.COMMENT, None),
        ("<市 コメント>  ", Kind.COMMENT, None),
        ("# 【山梨県甲府市】【山梨労働局・ハローワーク甲府】", Kind.HEADER, None),
        ("- ◆ 面接会を開いた", Kind.BULLET, None),
        ("・面接会を開いた", Kind.BULLET, None),
        ("1. 面接会を開いた", Kind.BULLET, None),
        ("支援対象者数\t120人", Kind.TABLE, None),
        ("\t28年度実績", Kind.TABLE, None),
        ("## 面談の様子", Kind.HEADING, None),
        ("連携が深まった。", Kind.TEXT, None),
        ("- 3 -", Kind.FURNITURE, None),
    ],
)
def test_classify(text: str, kind: Kind, section: str | None) -> None:
    norm = normalise(text).text
    info = classifier(DEFAULT_RULES).classify(Line(norm, 0))
    assert (info.kind, info.section) == (kind, section)


def test_split_case_blocks() -> None:
    text = normalise(
        "【取組内容】\n- 一つ目\n## 面談の様子\n【事業目標と取組状況】\n\t実績\n就職者数\t5人\n"
        "その他の実績として、\n- 追加\n<甲府市コメント>\n本文。\n#### 小見出し\n- 副\n"
    ).text
    cls = classifier(DEFAULT_RULES)
    infos = [cls.classify(line) for line in split_lines(text)]
    parts = split_case(infos, [], None, [])
    summary = [
        (b.kind, b.title) if isinstance(b, Section) else ("comment", b.heading.text)
        for b in parts.blocks
    ]
    assert summary == [
        ("initiatives", "【取組内容】"),
        ("aside", "面談の様子"),
        ("results", "【事業目標と取組状況】"),
        ("other_results", "その他の実績として、"),
        ("comment", "<甲府市コメント>"),
        ("aside", "小見出し"),
    ]
    comment = parts.blocks[4]
    assert isinstance(comment, CommentBlock)
    assert [line.text for line in comment.lines] == ["本文。"]
