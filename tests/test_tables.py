"""Results tables in every layout → Metrics (docs/reading-rules.md, "Tables")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.lines import Line, split_lines
from jirei.model import Metric, Quantity, Span
from jirei.normalise import normalise
from jirei.tables import ResultsTable, read_results

SEED = Path(__file__).parents[1] / ".." / "shared" / "seed" / "000_55666265dad7f183.txt"

Q = tuple[Any, str | None, str | None]


def read(
    text: str, *, era: str | None = None, with_heading: bool = False
) -> tuple[ResultsTable, str, list[Line]]:
    """Read ``text`` (its first line the heading when ``with_heading``) as a results section."""
    norm = normalise(text)
    lines = split_lines(norm.text)
    heading = lines[0] if with_heading else None
    body = lines[1:] if with_heading else lines

    def locate(start: int, end: int) -> Span:
        return Span(*norm.span(start, end))

    return read_results(body, era=era, locate=locate, heading=heading), text, body


def q(quantity: Quantity | None) -> Q | None:
    return None if quantity is None else (quantity.value, quantity.unit, quantity.qualifier)


def summary(metric: Metric) -> tuple[Any, ...]:
    return (
        metric.label,
        metric.key,
        metric.group,
        q(metric.target),
        q(metric.actual),
        metric.achievement_rate,
    )


D = Decimal

# (name, section text, expected metrics: label, key, group, target, actual, achievement_rate)
LAYOUTS: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    (
        "year columns, inline rate and named extra figure",
        "\t28年度事業目標\t28年度実績\n"
        "支援対象数\t150人以上\t171人(達成率114.0%)\n"
        "就職率\t60%以上\t70.2%(就職者数120人)\n",
        [
            (
                "支援対象数",
                "support_targets",
                None,
                (150, "人", "以上"),
                (171, "人", None),
                D("114.0"),
            ),
            ("就職率", "employment_rate", None, (60, "%", "以上"), (D("70.2"), "%", None), None),
            ("就職者数", "employed", None, None, (120, "人", None), None),
        ],
    ),
    (
        "single actual column: target null",
        "\n\t30年度実績\n支援対象者数\t388人\n就職者数\t205人\n就職率\t52.8%\n",
        [
            ("支援対象者数", "support_targets", None, None, (388, "人", None), None),
            ("就職者数", "employed", None, None, (205, "人", None), None),
            ("就職率", "employment_rate", None, None, (D("52.8"), "%", None), None),
        ],
    ),
    (
        "achievement-rate column",
        "\t目標\t実績\t達成率\n支援対象者数\t100人以上\t125人\t125.0%\n就職者数\t50人\t61人\t122%\n",
        [
            (
                "支援対象者数",
                "support_targets",
                None,
                (100, "人", "以上"),
                (125, "人", None),
                D("125.0"),
            ),
            ("就職者数", "employed", None, (50, "人", None), (61, "人", None), D(122)),
        ],
    ),
    (
        "transposed: metrics as columns",
        "\t支援対象者\t就職者\n"
        "事業目標\t300人以上\t150人以上\n"
        "実績\t312人\t160人\n"
        "達成率\t104.0%\t106.7%\n",
        [
            (
                "支援対象者",
                "support_targets",
                None,
                (300, "人", "以上"),
                (312, "人", None),
                D("104.0"),
            ),
            ("就職者", "employed", None, (150, "人", "以上"), (160, "人", None), D("106.7")),
        ],
    ),
    (
        "grouped rows with composite cells",
        "\t29年度事業目標\t29年度実績\n"
        "生保受給者等\t支援対象者数120人・就職率55%\t支援対象者131人 就職率58.0%\n"
        "障害者\t支援対象者数80人・就職率50%\t支援対象者77人 就職率48.1%\n",
        [
            (
                "支援対象者数",
                "support_targets",
                "生保受給者等",
                (120, "人", None),
                (131, "人", None),
                None,
            ),
            (
                "就職率",
                "employment_rate",
                "生保受給者等",
                (55, "%", None),
                (D("58.0"), "%", None),
                None,
            ),
            ("支援対象者数", "support_targets", "障害者", (80, "人", None), (77, "人", None), None),
            ("就職率", "employment_rate", "障害者", (50, "%", None), (D("48.1"), "%", None), None),
        ],
    ),
    (
        "composite cells matched by name when the order differs",
        "\t目標\t実績\n障害者\t支援対象者数80人・就職率50%\t就職率48.1% 支援対象者77人\n",
        [
            ("支援対象者数", "support_targets", "障害者", (80, "人", None), (77, "人", None), None),
            ("就職率", "employment_rate", "障害者", (50, "%", None), (D("48.1"), "%", None), None),
        ],
    ),
    (
        "sub-metric row and a cell naming its figure",
        "\t29年度実績\n就職\t300人\n(うち紹介就職)\t210人\n生活保護受給者等\t41人(就職数)\n",
        [
            ("就職", "employed", None, None, (300, "人", None), None),
            ("うち紹介就職", "referral_employed", None, None, (210, "人", None), None),
            ("就職数", "employed", "生活保護受給者等", None, (41, "人", None), None),
        ],
    ),
    (
        "values: counts, rates, qualifiers, 割 kept as written",
        "\t目標\t実績\n"
        "就職面接会\t3回\t3回\n"
        "相談件数\t約1,200件\t3,000件以上\n"
        "定着率\t7割\t71.0%\n",
        [
            ("就職面接会", None, None, (3, "回", None), (3, "回", None), None),
            ("相談件数", "consultations", None, (1200, "件", "約"), (3000, "件", "以上"), None),
            ("定着率", None, None, (7, "割", None), (D("71.0"), "%", None), None),
        ],
    ),
    (
        "label spacing and a label holding brackets that do not wrap it",
        "\t目標\t実績\n就 職 者 数\t10人\t12人\n創業支援相談(北市)\t5件\t4件\n",
        [
            ("就職者数", "employed", None, (10, "人", None), (12, "人", None), None),
            ("創業支援相談(北市)", None, None, (5, "件", None), (4, "件", None), None),
        ],
    ),
    (
        "a dash cell is no figure",
        "\t目標\t実績\n就職\t120人以上\t136人\n(うち紹介就職)\t－\t104人\n",
        [
            ("就職", "employed", None, (120, "人", "以上"), (136, "人", None), None),
            ("うち紹介就職", "referral_employed", None, None, (104, "人", None), None),
        ],
    ),
    (
        "a figure without unit as a whole cell",
        "\t実績\n支援対象者数\t449\n",
        [("支援対象者数", "support_targets", None, None, (449, None, None), None)],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), LAYOUTS, ids=[c[0] for c in LAYOUTS])
def test_layouts(name: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    table, _, _ = read(text)
    assert [summary(m) for m in table.metrics] == expected
    assert [w for w in table.warnings if w.code.startswith("unparsed")] == []


def test_values_are_exact_types() -> None:
    table, _, _ = read("\t実績\n就職率\t71.0%\n就職者数\t319人\n")
    rate, count = table.metrics
    assert isinstance(rate.actual.value, Decimal) and str(rate.actual.value) == "71.0"
    assert type(count.actual.value) is int


def test_full_width_input_spans_slice_the_original() -> None:
    text = (
        "\t２９年度目標\t２９年度実績\n"
        "支 援 対 象 者 数\t２２０人以上\t２９０人（達成率１３１．８％）\n"
        "就職率\t６５％以上\t８０．０％（就職者数２３２人）\n"
    )
    table, original, _ = read(text)
    first, rate, extra = table.metrics
    assert first.label == "支援対象者数"
    assert first.span.slice(original) == "支 援 対 象 者 数"
    assert first.target.span.slice(original) == "２２０人以上"
    assert first.actual.span.slice(original) == "２９０人"
    assert first.achievement_rate == Decimal("131.8")
    assert first.achievement_span.slice(original) == "１３１．８％"
    assert rate.actual.span.slice(original) == "８０．０％"
    assert extra.label == "就職者数"
    assert extra.span.slice(original) == "就職者数"
    assert extra.actual.span.slice(original) == "２３２人"
    assert table.fiscal_year_span.slice(original) == "２９年度"


def test_grouped_metric_span_is_the_name_in_the_cell() -> None:
    text = "\t目標\t実績\n障害者\t支援対象者数80人・就職率50%\t支援対象者77人 就職率48.1%\n"
    table, original, _ = read(text)
    assert [m.span.slice(original) for m in table.metrics] == ["支援対象者数", "就職率"]
    assert [m.actual.span.slice(original) for m in table.metrics] == ["77人", "48.1%"]


@pytest.mark.parametrize(
    ("text", "era", "year", "written"),
    [
        (
            "【事業目標と取組状況】\n\t29年度事業目標\t29年度実績\n就職者数\t1人\t2人\n",
            None,
            2017,
            "29年度",
        ),
        (
            "【事業目標と取組状況】\n\t3年度目標\t3年度実績\n就職者数\t1人\t2人\n",
            "令和",
            2021,
            "3年度",
        ),
        ("【事業目標と取組状況】\n\t令和元年度実績\n就職者数\t2人\n", None, 2019, "令和元年度"),
        (
            "【令和3年度 事業目標と実績】\n\t3年度目標\t3年度実績\n就職者数\t1人\t2人\n",
            None,
            2021,
            "3年度",
        ),
        (
            "【事業目標と取組状況】\n\t3年度目標\t3年度実績\n就職者数\t1人\t2人\n",
            None,
            1991,
            "3年度",
        ),
        (
            "【平成28年度 事業目標と取組状況】\n\t目標\t実績\n就職者数\t1人\t2人\n",
            None,
            2016,
            "平成28年度",
        ),
        (
            "【平成29年度 事業目標と取組状況】\n\t支援対象者\t就職者\n"
            "事業目標\t2人\t1人\n実績\t3人\t2人\n",
            None,
            2017,
            "平成29年度",
        ),
        ("【事業目標と取組状況】\n\t目標\t実績\n就職者数\t1人\t2人\n", None, None, None),
    ],
)
def test_fiscal_year(text: str, era: str | None, year: int | None, written: str | None) -> None:
    table, original, _ = read(text, era=era, with_heading=True)
    assert table.fiscal_year == year
    if written is None:
        assert table.fiscal_year_span is None
    else:
        assert table.fiscal_year_span.slice(original) == written


def test_earlier_year_column_is_the_previous_result_not_this_year() -> None:
    text = "\t28年度実績\t29年度目標\t29年度実績\n就職者数\t61人\t60人以上\t75人\n"
    table, original, _ = read(text)
    assert [summary(m) for m in table.metrics] == [
        ("就職者数", "employed", None, (60, "人", "以上"), (75, "人", None), None)
    ]
    assert table.fiscal_year == 2017
    assert [(b.text, b.span.slice(original)) for b in table.unclassified] == [("61人", "61人")]


def test_previous_year_column_goes_to_unclassified() -> None:
    text = "\t前年度実績\t30年度目標\t30年度実績\n支援世帯数\t88世帯\t90世帯\t104世帯\n"
    table, _, _ = read(text)
    assert [summary(m) for m in table.metrics] == [
        ("支援世帯数", None, None, (90, "世帯", None), (104, "世帯", None), None)
    ]
    assert [b.text for b in table.unclassified] == ["88世帯"]
    assert "前年度実績" in table.unclassified[0].heading


def test_prose_column_becomes_other_results() -> None:
    text = (
        "\t29年度目標\t29年度実績\t\n"
        "支援対象者数\t220人以上\t274人 (達成率125%)\tその他の実績として、 ◆相談件数が10%増。 "
        "◆セミナー・面接会を開催。\n"
        "就 職 者 数\t143人以上\t249人 (達成率174%)\t\n"
        "\n"
        "その他の取組み\n"
    )
    table, original, _ = read(text)
    assert [summary(m) for m in table.metrics] == [
        ("支援対象者数", "support_targets", None, (220, "人", "以上"), (274, "人", None), D(125)),
        ("就職者数", "employed", None, (143, "人", "以上"), (249, "人", None), D(174)),
    ]
    assert [item for item, _ in table.other_results] == [
        "相談件数が10%増。",
        "セミナー・面接会を開催。",
    ]
    assert [span.slice(original) for _, span in table.other_results] == [
        "相談件数が10%増。",
        "セミナー・面接会を開催。",
    ]
    assert table.end == 3


LAYOUT_VARIANTS = {
    "tabs": "\t29年度目標\t29年度実績\n支援対象者数\t220人以上\t290人(達成率131.8%)\n"
    "就 職 者 数\t143人以上\t249人\n",
    "spaces": "              29年度目標      29年度実績\n"
    "支援対象者数      220人以上       290人 (達成率131.8%)\n"
    "就 職 者 数       143人以上       249人\n",
    "pipes": "| | 29年度目標 | 29年度実績 |\n|---|---|---|\n"
    "| 支援対象者数 | 220人以上 | 290人(達成率131.8%) |\n| 就職者数 | 143人以上 | 249人 |\n",
    "wide label": "                  29年度目標        29年度実績\n"
    "支 援 対 象 者 数 220人以上      290人(達成率131.8%)\n"
    "就職者数          143人以上      249人\n",
}


@pytest.mark.parametrize("variant", sorted(LAYOUT_VARIANTS))
def test_space_aligned_and_pipe_tables_read_like_tab_tables(variant: str) -> None:
    table, original, _ = read(LAYOUT_VARIANTS[variant])
    assert [summary(m) for m in table.metrics] == [
        (
            "支援対象者数",
            "support_targets",
            None,
            (220, "人", "以上"),
            (290, "人", None),
            D("131.8"),
        ),
        ("就職者数", "employed", None, (143, "人", "以上"), (249, "人", None), None),
    ]
    assert table.fiscal_year == 2017
    assert [m.actual.span.slice(original) for m in table.metrics] == ["290人", "249人"]
    assert table.warnings == ()


def test_transposed_space_aligned() -> None:
    text = (
        "              支援対象者数    就職者数      就職率\n"
        "事業目標      200人以上       120人以上     60%以上\n"
        "実績          212人           134人         63.2%\n"
    )
    table, _, _ = read(text)
    assert [summary(m) for m in table.metrics] == [
        ("支援対象者数", "support_targets", None, (200, "人", "以上"), (212, "人", None), None),
        ("就職者数", "employed", None, (120, "人", "以上"), (134, "人", None), None),
        ("就職率", "employment_rate", None, (60, "%", "以上"), (D("63.2"), "%", None), None),
    ]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("\t実績\n就職者数\t5人\n\nその他の実績として、\n- ◆面接会を開催。\n", 2),
        ("\n\n\t実績\n就職者数\t5人\n支援対象者数\t9人\n", 5),
        ("\t目標\t実績\n就職者数\t5人\t6人\n\n支援対象者数\t9人\t9人\n\n\n■その他\n", 4),
        ("その他の実績として、\n- ◆面接会を開催。\n", 0),
        ("", 0),
    ],
)
def test_end_is_the_first_line_after_the_table(text: str, end: int) -> None:
    table, _, body = read(text)
    assert table.end == end
    if end:
        assert not body[end - 1].blank  # the last row, not a trailing blank line


def test_rows_after_a_blank_line_still_belong_to_the_table() -> None:
    table, _, _ = read("\t目標\t実績\n就職者数\t5人\t6人\n\n支援対象者数\t9人\t9人\n")
    assert [m.label for m in table.metrics] == ["就職者数", "支援対象者数"]


def test_unparsable_row_is_a_warning_with_the_raw_text_and_no_metric() -> None:
    text = "\t目標\t実績\n就職面接会\t2回\t2回\n出張相談\t開催\t実施\n"
    table, original, _ = read(text)
    assert [m.label for m in table.metrics] == ["就職面接会"]
    (warning,) = table.warnings
    assert warning.code == "unparsed_row"
    assert "出張相談\\t開催\\t実施" in warning.message or "出張相談\t開催\t実施" in warning.message
    assert warning.span.slice(original) == "出張相談\t開催\t実施"


def test_a_cell_without_figure_beside_one_with_figure_is_warned() -> None:
    table, original, _ = read("\t目標\t実績\n就職者数\t未定\t12人\n")
    assert [summary(m) for m in table.metrics] == [
        ("就職者数", "employed", None, None, (12, "人", None), None)
    ]
    assert [(w.code, w.span.slice(original)) for w in table.warnings] == [("unparsed_cell", "未定")]


def test_caption_before_the_table_is_kept() -> None:
    table, original, _ = read("(単位:人)\n\t実績\n就職者数\t5人\n")
    assert [m.label for m in table.metrics] == ["就職者数"]
    assert [b.span.slice(original) for b in table.unclassified] == ["(単位:人)"]


def test_table_without_header_reads_label_target_actual_and_warns() -> None:
    table, _, _ = read("就職者数\t5人以上\t6人\n")
    assert [summary(m) for m in table.metrics] == [
        ("就職者数", "employed", None, (5, "人", "以上"), (6, "人", None), None)
    ]
    assert [w.code for w in table.warnings] == ["table_header_missing"]


def test_rules_extend_metric_keys_and_column_words() -> None:
    from jirei.rules import DEFAULT_RULES

    rules = DEFAULT_RULES.extend(
        metrics={"セミナー参加者数": "seminar"}, columns={"計画": "target"}
    )
    norm = normalise("\t計画\t実績\nセミナー参加者数\t20人\t25人\n")
    table = read_results(
        split_lines(norm.text), rules=rules, locate=lambda s, e: Span(*norm.span(s, e))
    )
    assert [summary(m) for m in table.metrics] == [
        ("セミナー参加者数", "seminar", None, (20, "人", None), (25, "人", None), None)
    ]


# --- the seed report ---------------------------------------------------------------------

# Every results table of the seed, keyed by its first data row's label and figure, as a
# careful reader records it (read by hand from the seed).
SEED_TABLES: dict[str, list[tuple[Any, ...]]] = {
    "支援対象者数\t449人": [
        ("支援対象者数", "support_targets", None, None, (449, "人", None), None),
        ("就職者数", "employed", None, None, (319, "人", None), None),
        ("就職率", "employment_rate", None, None, (D("71.0"), "%", None), None),
    ],
    "就職\t429人": [
        ("就職", "employed", None, None, (429, "人", None), None),
        ("紹介就職", "referral_employed", None, None, (289, "人", None), None),
        ("支援対象者", "support_targets", None, None, (662, "人", None), None),
    ],
    "支援対象者数\t526人": [
        ("支援対象者数", "support_targets", None, None, (526, "人", None), None),
        ("就職件数", "employed", None, None, (338, "人", None), None),
    ],
    "利用者数\t18,415人": [
        ("利用者数", "users", None, None, (18415, "人", None), None),
        ("紹介件数", "referrals", None, None, (3252, "件", None), None),
        ("就職数", "employed", None, None, (682, "人", None), None),
        ("就職数", "employed", "生活保護受給者等", None, (54, "人", None), None),
    ],
    "支援対象数\t220人以上": [
        ("支援対象数", "support_targets", None, (220, "人", "以上"), (290, "人", None), D("131.8")),
        ("就職率", "employment_rate", None, (65, "%", "以上"), (D("80.0"), "%", None), None),
        ("就職者数", "employed", None, None, (232, "人", None), None),
    ],
    "支援対象者数\t220人以上": [
        ("支援対象者数", "support_targets", None, (220, "人", "以上"), (274, "人", None), D(125)),
        ("就職者数", "employed", None, (143, "人", "以上"), (249, "人", None), D(174)),
        ("就職率", "employment_rate", None, (65, "%", "以上"), (91, "%", None), None),
    ],
    "事業目標\t200人以上": [
        ("支援対象者", "support_targets", None, (200, "人", "以上"), (268, "人", None), D("134.0")),
        ("就職者", "employed", None, (130, "人", "以上"), (207, "人", None), D("159.2")),
    ],
    "支援対象者数\t563人": [
        ("支援対象者数", "support_targets", None, None, (563, "人", None), None),
        ("支援対象者就職者数", "employed", None, None, (228, "人", None), None),
        ("セミナー参加者数", None, None, None, (20, "人", None), None),
    ],
    "職業相談\t3,000件以上": [
        ("職業相談", "consultations", None, (3000, "件", "以上"), (3128, "件", None), None),
        ("職業紹介", "referrals", None, (1100, "件", "以上"), (1174, "件", None), None),
        ("就職面接会", None, None, (2, "回", None), (2, "回", None), None),
        ("創業支援相談(天理市)", None, None, (20, "件", None), (17, "件", None), None),
    ],
    "学生等に対する各種企業情報の提供\t250件": [
        (
            "学生等に対する各種企業情報の提供",
            None,
            None,
            (250, "件", None),
            (184, "件", None),
            None,
        ),
        ("子育て女性等の相談件数", None, None, (60, "件", None), (13, "件", None), None),
        ("各種企業情報における求人開拓件数", None, None, (20, "件", None), (20, "件", None), None),
        ("起業・創業相談支援", None, None, (4, "件", None), (3, "件", None), None),
    ],
    "生保受給者等\t支援対象者数150人・就職率60%": [
        (
            "支援対象者数",
            "support_targets",
            "生保受給者等",
            (150, "人", None),
            (188, "人", None),
            None,
        ),
        (
            "就職率",
            "employment_rate",
            "生保受給者等",
            (60, "%", None),
            (D("64.9"), "%", None),
            None,
        ),
        ("支援対象者数", "support_targets", "障害者", (100, "人", None), (195, "人", None), None),
        ("就職率", "employment_rate", "障害者", (60, "%", None), (D("49.2"), "%", None), None),
        ("支援対象者数", "support_targets", "日系外国人", (70, "人", None), (44, "人", None), None),
        ("就職率", "employment_rate", "日系外国人", (50, "%", None), (D("29.5"), "%", None), None),
    ],
    "支援対象者数\t330人以上": [
        ("支援対象者数", "support_targets", None, (330, "人", "以上"), (594, "人", None), None),
        ("就職者数", "employed", None, (215, "人", "以上"), (308, "人", None), None),
    ],
    "就職\t278人": [
        ("就職", "employed", None, None, (278, "人", None), None),
        ("うち紹介就職", "referral_employed", None, None, (222, "人", None), None),
    ],
}


def _seed_sections() -> list[tuple[ResultsTable, list[Line], int]]:
    """Each results table of the seed, found by its header row (a line starting with a tab
    whose cells name columns or metrics), read from the line after the heading."""
    raw = SEED.read_text(encoding="utf-8")
    norm = normalise(raw)
    lines = split_lines(norm.text)
    found = []
    for index, line in enumerate(lines):
        if not line.text.startswith("\t"):
            continue
        heading = index - 1
        while lines[heading].blank:
            heading -= 1
        table = read_results(
            lines[heading + 1 :],
            locate=lambda s, e: Span(*norm.span(s, e)),
            heading=lines[heading],
        )
        found.append((table, lines[heading + 1 :], index))
    return found


@pytest.mark.skipif(not SEED.parent.parent.exists(), reason="../shared is absent")
def test_seed_tables_read_as_a_careful_reader_records_them() -> None:
    if not SEED.exists():
        pytest.skip("seed report absent")
    sections = _seed_sections()
    assert len(sections) == len(SEED_TABLES)
    seen = {}
    for table, body, _ in sections:
        first_row = next(line for line in body if not line.blank and not line.text.startswith("\t"))
        (key,) = [k for k in SEED_TABLES if first_row.text.startswith(k)]
        seen[key] = table
        assert [summary(m) for m in table.metrics] == SEED_TABLES[key]
        assert table.fiscal_year == 2017
        assert table.warnings == ()
        # the table ends right after its last row, at the blank line that follows it
        assert not body[table.end - 1].blank
        assert body[table.end].blank
    assert set(seen) == set(SEED_TABLES)
    sagamihara = seen["支援対象者数\t220人以上"]
    assert len(sagamihara.other_results) == 2
    assert all(text.endswith("増。") for text, _ in sagamihara.other_results)
    assert not any(text.startswith("その他") for text, _ in sagamihara.other_results)


# --- property: any table of figures reads back the same in every layout ---------------

_LABELS = ["支援対象者数", "就職者数", "相談件数", "就職面接会", "セミナー参加者数"]


def _render(rows: list[tuple[str, str, str]], layout: str) -> str:
    header = ("", "29年度目標", "29年度実績")
    if layout == "tabs":
        return "\n".join("\t".join(r) for r in [header, *rows]) + "\n"
    if layout == "pipes":
        lines = ["| " + " | ".join(r) + " |" for r in [header, *rows]]
        return "\n".join([lines[0], "|---|---|---|", *lines[1:]]) + "\n"
    width = 2 + max(len(r[0]) for r in rows) * 2
    return "\n".join(
        r[0].ljust(width) + "  ".join(c.ljust(12) for c in r[1:]) for r in [header, *rows]
    )


@settings(max_examples=150, deadline=None)
@given(
    data=st.lists(
        st.tuples(
            st.sampled_from(_LABELS),
            st.integers(min_value=0, max_value=99_999),
            st.sampled_from(["人", "件", "回", "%"]),
            st.sampled_from([None, "以上", "約"]),
            st.one_of(
                st.integers(min_value=0, max_value=99_999), st.decimals("0.0", "999.9", places=1)
            ),
        ),
        min_size=1,
        max_size=5,
    ),
    layout=st.sampled_from(["tabs", "spaces", "pipes"]),
)
def test_any_table_reads_back_its_figures(data: list[tuple[Any, ...]], layout: str) -> None:
    rows, expected = [], []
    for label, target, unit, qualifier, actual in data:
        written_target = f"{target:,}{unit}" if qualifier != "約" else f"約{target:,}{unit}"
        if qualifier == "以上":
            written_target += "以上"
        rows.append((label, written_target, f"{actual:,}{unit}"))
        key = {
            "支援対象者数": "support_targets",
            "就職者数": "employed",
            "相談件数": "consultations",
        }
        expected.append(
            (label, key.get(label), None, (target, unit, qualifier), (actual, unit, None), None)
        )
    text = _render(rows, layout)
    table, original, _ = read(text)
    assert [summary(m) for m in table.metrics] == expected, text
    assert table.warnings == ()
    for metric, (_, written_target, written_actual) in zip(table.metrics, rows, strict=True):
        assert metric.target.span.slice(original) == written_target
        assert metric.actual.span.slice(original) == written_actual
