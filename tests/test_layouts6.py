"""Sixth-batch reading rules (corpus/README.md decisions 72–75, 79–80), one table per rule.
Every text here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from _cases import quantity_text
from jirei.commentforms import is_comment_line
from jirei.header import read_header
from jirei.lines import Line
from jirei.profile import identity_locate
from jirei.rules import DEFAULT_RULES
from jirei.sections import Kind, classifier
from jirei.tables.arrows import read_arrows
from jirei.tables.sentence import read_sentence
from jirei.titles import unquote

# --- English-letter headings (decision 79) ---------------------------------------------

LETTER_HEADINGS = [
    ("A. 取組内容", Kind.SECTION, "initiatives"),
    ("B. 令和2年度の実績", Kind.SECTION, "results"),
    ("C. 今後の課題", Kind.SECTION, "aside"),
    ("D. 関係者の声", Kind.SECTION, "comments"),
    ("A. 窓口で相談を受けた。", Kind.BULLET, None),  # an item, not a section name
]


@pytest.mark.parametrize(("text", "kind", "section"), LETTER_HEADINGS)
def test_letter_headings(text: str, kind: Kind, section: str | None) -> None:
    assert classifier(DEFAULT_RULES).kind_of(text) == (kind, section)


# --- です・ます results sentences (decision 80) ------------------------------------------

SENTENCES = [
    (
        "利用者数は目標50人に対して61人でした。就職率は58.2%となりました。",
        [
            ("利用者数", ("50", "人", None), ("61", "人", None)),
            ("就職率", None, ("58.2", "%", None)),
        ],
    ),
    (
        "就職後3か月の定着率は目標6割に対して7割でした。",
        [("就職後3か月の定着率", ("6", "割", None), ("7", "割", None))],
    ),
    ("支援対象者数は40人でした。また、見学会を2回開きました。", None),  # 2nd is no result
    ("また、就職した方のうち12人は紹介による就職でした。", None),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_polite_result_sentences(text: str, expected: list[tuple[object, ...]] | None) -> None:
    found = read_sentence(Line(text, 0), locate=identity_locate)
    if expected is None:
        assert found is None
        return
    assert found is not None
    got = [(m.label, quantity_text(m.target), quantity_text(m.actual)) for m in found.metrics]
    assert got == expected
    for metric in found.metrics:  # every span covers its label
        assert metric.span is not None and metric.label in text[metric.span.start : metric.span.end]


# --- quoted headlines (decision 72) -----------------------------------------------------

QUOTED = [
    ("「駅前の窓口で相談を」", "駅前の窓口で相談を", 1),
    ("“港のまちの求人を広げる”", "港のまちの求人を広げる", 1),
    ("『雪の日も相談を』", "雪の日も相談を", 1),
    ("「働ける時間」に合わせた求人", "「働ける時間」に合わせた求人", 0),  # inner quotes stay
    ("「朝」と「夜」", "「朝」と「夜」", 0),  # not one quotation
]


@pytest.mark.parametrize(("text", "title", "cut"), QUOTED)
def test_unquote(text: str, title: str, cut: int) -> None:
    assert unquote(text) == (title, cut)


# --- kind and start date in one bracket (decision 73) ----------------------------------

WINDOWS = [
    ("こまち相談室(一体的実施施設、H27.6.1~)", "こまち相談室", "一体的実施施設", "2015-06-01"),
    ("みなと窓口(常設窓口、R2.10.5~)", "みなと窓口", "常設窓口", "2020-10-05"),
    (
        "やまびこ相談所(巡回相談窓口) 平成30年4月2日開設",
        "やまびこ相談所",
        "巡回相談窓口",
        "2018-04-02",
    ),
]


@pytest.mark.parametrize(("value", "name", "kind", "date"), WINDOWS)
def test_kind_and_date_in_one_bracket(value: str, name: str, kind: str, date: str) -> None:
    text = f"名称:{value}"
    fields = read_header(text, [Line(text, 0)]).fields
    assert fields["facility_name"].value == name
    assert fields["facility_type"].value == kind
    assert str(fields["start_date"].value) == date
    for field_name in ("facility_name", "facility_type"):
        field = fields[field_name]
        assert text[field.start : field.end] == field.value


# --- arrow results (decision 74) --------------------------------------------------------

ARROWS = [
    (
        [
            "目標:支援対象者数60人以上、就職者数30人",
            "支援対象者数64人 → 就職者数33人(うち紹介就職20人、就職率51.6%)",
        ],
        [
            ("支援対象者数", "support_targets", ("60", "人", "以上"), ("64", "人", None)),
            ("就職者数", "employed", ("30", "人", None), ("33", "人", None)),
            ("うち紹介就職", "referral_employed", None, ("20", "人", None)),
            ("就職率", "employment_rate", None, ("51.6", "%", None)),
        ],
    ),
    (  # no 目標 line: targets null
        ["相談件数120件 → 就職者数15人"],
        [
            ("相談件数", "consultations", None, ("120", "件", None)),
            ("就職者数", "employed", None, ("15", "人", None)),
        ],
    ),
    (["窓口 → 相談室へ案内した。"], None),  # no figures: no arrow line
]


@pytest.mark.parametrize(("texts", "expected"), ARROWS)
def test_arrow_results(texts: list[str], expected: list[tuple[object, ...]] | None) -> None:
    lines, position = [], 0
    for text in texts:
        lines.append(Line(text, position))
        position += len(text) + 1
    whole = "\n".join(texts)
    found = read_arrows(lines, locate=identity_locate)
    if expected is None:
        assert found is None
        return
    assert found is not None and found.rest == ()
    got = [
        (m.label, m.key, quantity_text(m.target), quantity_text(m.actual)) for m in found.metrics
    ]
    assert got == expected
    for metric in found.metrics:
        assert metric.span is not None
        assert whole[metric.span.start : metric.span.end] == metric.label
        assert metric.actual is not None and metric.actual.span is not None
        written = whole[metric.actual.span.start : metric.actual.span.end]
        assert jirei.parse_quantity(written).value == metric.actual.value


def test_arrow_results_keep_other_lines() -> None:
    lines = [Line("就職者数10人 → 就職率50.0%", 0), Line("このほか、説明会を開いた。", 20)]
    found = read_arrows(lines, locate=identity_locate)
    assert found is not None and found.rest == (lines[1],)
    assert found.metrics[1].actual is not None
    assert found.metrics[1].actual.value == Decimal("50.0")


# --- speaker「text」 comment lines (decision 75) ----------------------------------------

COMMENT_LINES = [
    ("港区福祉課「窓口が近くなった。」", True),
    ("(港区福祉課)「窓口が近くなった。」", True),
    ("「窓口が近くなった。」(港区福祉課)", True),  # decision 23, unchanged
    ("窓口が近くなった。", False),
]


@pytest.mark.parametrize(("text", "expected"), COMMENT_LINES)
def test_speaker_quote_lines(text: str, expected: bool) -> None:
    assert is_comment_line(text) is expected


def test_speaker_quote_comments_in_a_document() -> None:
    text = "\n".join(
        [
            "【東京都港区】【東京労働局・ハローワーク品川】(常設窓口)平成30年4月2日開設",
            "駅前で相談を受ける",
            "【取組内容】",
            "・駅前の窓口で相談を受ける。",
            "【事業目標と実績】",
            "目標:支援対象者数50人、就職者数25人",
            "支援対象者数52人 → 就職者数27人",
            "【関係者の声】",
            "港区福祉課「駅から近く、相談に来やすくなった。」",
            "(ハローワーク品川)「求人の紹介が早くなった。」",
        ]
    )
    doc = jirei.parse_text(text)
    (profile,) = doc.profiles
    assert [(c.speaker, c.role, c.text) for c in profile.comments] == [
        ("港区福祉課", "municipality", "駅から近く、相談に来やすくなった。"),
        ("ハローワーク品川", "hello_work", "求人の紹介が早くなった。"),
    ]
    assert [
        (m.label, quantity_text(m.target), quantity_text(m.actual)) for m in profile.metrics
    ] == [
        ("支援対象者数", ("50", "人", None), ("52", "人", None)),
        ("就職者数", ("25", "人", None), ("27", "人", None)),
    ]


# --- the new tables extend like the others ------------------------------------------------


def test_new_tables_extend() -> None:
    rules = DEFAULT_RULES.extend(headline_quotes=["《》"], result_arrows=["=>"])
    assert rules.headline_quotes[0] == "《》" and "「」" in rules.headline_quotes
    assert rules.result_arrows[0] == "=>" and "→" in rules.result_arrows
    assert unquote("《港の仕事》", rules) == ("港の仕事", 1)
    found = read_arrows([Line("就職者数10人 => 就職率50%", 0)], rules=rules, locate=identity_locate)
    assert found is not None and [m.label for m in found.metrics] == ["就職者数", "就職率"]
    with pytest.raises(ValueError):
        DEFAULT_RULES.extend(headline_quotes=["「"])
