"""Layouts of holdout10's kind, with short examples of our own."""

from __future__ import annotations

from datetime import date

import pytest

import jirei

# A document no reading rule opens, yet plainly about cases: it must say so.
UNREAD = [
    (
        "甲\t乙\n丙\t静岡県沼津市\n丁\t静岡労働局\n戊\t支援対象者数\t120人\t131人\n",
        True,
    ),
    ("目次\n\n1. はじめに\n", False),  # no case material: only ``no_cases``
    ("全国の状況\n\n支援対象者数\t12000人\n", False),  # figures without a place or office
]


@pytest.mark.parametrize(("text", "warned"), UNREAD)
def test_unread_case_material_is_warned(text: str, warned: bool) -> None:
    doc = jirei.parse_text(text)
    codes = [w.code for w in doc.warnings]
    assert doc.profiles == ()
    assert "no_cases" in codes
    assert ("unread_case_material" in codes) is warned


# An Excel card per case copied as tab-separated text (decisions 701, 702).
SHEET = (
    "令和3年度 取組シート\n\n"
    "No.\t1\n"
    "都道府県\t静岡県\n"
    "市区町村\t沼津市\n"
    "労働局\t静岡労働局\n"
    "ハローワーク\tハローワーク沼津\n"
    "施設名\tぬまづ仕事相談室\n"
    "開設年月日\t2019/4/1\n"
    "事例のキャッチコピー\t駅の近くで気軽に相談\n"
    "取組内容\t①駅前に窓口を置いた。\n"
    "\t②夜間も相談を受ける。\n"
    "令和2年度実績\t対象者\t指標\t目標\t実績\n"
    "\t生活保護受給者\t支援対象者数\t50人\t55人\n"
    "\t\t就職者数\t30人\t33人\n"
    "その他の実績\tセミナーを開いた。\n"
    "\t面接会も開いた。\n"
    "沼津市のコメント\t相談が増えました。\n"
)


def _sheet_profile() -> jirei.Profile:
    doc = jirei.parse_text(SHEET)
    assert len(doc.profiles) == 1, [w.code for w in doc.warnings]
    return doc.profiles[0]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", "駅の近くで気軽に相談"),
        ("municipality", "沼津市"),
        ("facility_name", "ぬまづ仕事相談室"),
        ("fiscal_year", 2020),
        ("initiatives", ("駅前に窓口を置いた。", "夜間も相談を受ける。")),
        ("other_results", ("セミナーを開いた。", "面接会も開いた。")),
    ],
)
def test_tab_sheet_card_fields(field: str, expected: object) -> None:
    assert getattr(_sheet_profile(), field) == expected


def test_tab_sheet_nested_table_with_merged_group() -> None:
    metrics = [
        (m.label, m.group, m.actual.value if m.actual else None) for m in _sheet_profile().metrics
    ]
    assert metrics == [
        ("支援対象者数", "生活保護受給者", 55),
        ("就職者数", "生活保護受給者", 33),
    ]


def test_tab_sheet_comment() -> None:
    [comment] = _sheet_profile().comments
    assert (comment.speaker, comment.text) == ("沼津市", "相談が増えました。")


# A web page exported as markdown: kana spellings of section names, a スタート field,
# results bullets with a bold label and no colon (decisions 703, 704).
WEB = (
    "## 事例1　静岡県沼津市\n\n"
    "### 駅の近くで気軽に相談\n\n"
    "| 連携 | 静岡労働局 ／ ハローワーク沼津 |\n"
    "|---|---|\n"
    "| 窓口 | ぬまづ仕事相談室（常設窓口） |\n"
    "| スタート | 令和2年4月1日 |\n\n"
    "#### 取り組みのポイント\n\n"
    "1. 駅前に窓口を置いた。\n\n"
    "#### 数字で見る成果（令和4年度）\n\n"
    "- **支援対象者数**　目標 50人 → 実績 55人（達成率 110.0%）\n"
    "- **就職率**　実績 60.0%\n\n"
    "#### そのほかの取組\n\n"
    "- セミナーを開いた。\n"
)


def _web_profile() -> jirei.Profile:
    doc = jirei.parse_text(WEB)
    assert len(doc.profiles) == 1, [w.code for w in doc.warnings]
    return doc.profiles[0]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("start_date", date(2020, 4, 1)),
        ("initiatives", ("駅前に窓口を置いた。",)),
        ("other_results", ("セミナーを開いた。",)),
    ],
)
def test_web_page_sections_and_start(field: str, expected: object) -> None:
    assert getattr(_web_profile(), field) == expected


def test_bold_label_results_without_colon() -> None:
    metrics = [
        (m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
        for m in _web_profile().metrics
    ]
    assert metrics == [("支援対象者数", 50, 55), ("就職率", None, 60.0)]


def test_bold_speaker_over_blockquote() -> None:
    """``**speaker**`` alone on its line, the text as a ``> `` quote below (decision 705)."""
    text = (
        WEB
        + "\n#### 現場の声\n\n**沼津市 福祉課**\n> 相談が増えました。\n\n"
        + "**ハローワーク沼津**\n> 助かります。\n"
    )
    [profile] = jirei.parse_text(text).profiles
    assert [(c.speaker, c.text) for c in profile.comments] == [
        ("沼津市福祉課", "相談が増えました。"),
        ("ハローワーク沼津", "助かります。"),
    ]


# An outline export: results lines of in-cell words, no colon, no table (decision 706).
OUTLINE = (
    "駅前で相談をひとつに\n"
    "\t実施自治体：静岡県沼津市\n"
    "\t連携先：静岡労働局・ハローワーク沼津\n"
    "取組の内容\n"
    "\t駅前に窓口を置いた。\n"
    "令和2年度の実績\n"
    "\t支援対象者数　目標５０人　実績５５人（達成率１１０．０％）\n"
    "\t相談会　実績１２回\n"
)


def test_word_lines_are_one_metric_each() -> None:
    [profile] = jirei.parse_text(OUTLINE).profiles
    metrics = [
        (m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
        for m in profile.metrics
    ]
    assert metrics == [("支援対象者数", 50, 55), ("相談会", None, 12)]


# A horizontal facts table: field names over one row of values (decision 707).
FACTS_ROW = (
    "事例１\n"
    "駅前で相談をひとつに\n\n"
    "実施自治体　　　連携労働局・ハローワーク　　　窓口の名称（種別）　　　開始日\n"
    "静岡県沼津市　　静岡労働局・ハローワーク沼津　ぬまづ窓口（常設窓口）　　令和2年4月1日\n\n"
    "■取組の概要\n"
    "○駅前に窓口を置いた。\n\n"
    "■令和2年度の実績\n"
    "区分　　　　目標　　実績\n"
    "支援対象者数　５０人　５５人\n\n"
    "■関係者の声\n"
    "○沼津市：相談が増えた。\n"
)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("municipality", "沼津市"),
        ("labour_bureau", "静岡労働局"),
        ("hello_work", ("ハローワーク沼津",)),
        ("facility_name", "ぬまづ窓口"),
        ("facility_type", "常設窓口"),
        ("start_date", date(2020, 4, 1)),
    ],
)
def test_facts_row_header(field: str, expected: object) -> None:
    doc = jirei.parse_text(FACTS_ROW + "\n" + FACTS_ROW.replace("事例１", "事例２"))
    assert len(doc.profiles) == 2
    assert getattr(doc.profiles[1], field) == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            "【沼津市福祉課】\n相談が増えた。\n【ハローワーク沼津】\n助かる。\n",
            [("沼津市福祉課", "相談が増えた。"), ("ハローワーク沼津", "助かる。")],
        ),
        # a bracketed heading naming no stakeholder is no speaker
        (
            "○沼津市：相談が増えた。\n\n【お問い合わせ先】\n静岡労働局職業対策課\n",
            [("沼津市", "相談が増えた。")],
        ),
    ],
)
def test_bracketed_speaker_lines_in_comments(block: str, expected: list[tuple[str, str]]) -> None:
    """``【speaker】`` alone on its line in a 関係者の声 block (decision 708)."""
    base = FACTS_ROW.split("■関係者の声")[0]
    doc = jirei.parse_text(base + "■関係者の声\n" + block)
    [profile] = [p for p in doc.profiles if p.municipality == "沼津市"][:1] or [None]
    assert profile is not None, [w.code for w in doc.warnings]
    assert [(c.speaker, c.text) for c in profile.comments] == expected
