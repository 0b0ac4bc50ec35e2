"""Other publishers' forms, a press-s14 writer's (decisions 2816-2830, branch press-s14).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a table of every facility's figures in long form, one row per metric, the facility named
  on its first row only, on every row, or with a ditto mark under it; tab or pipe cells; a
  total row that belongs to no facility (2816).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei

_FACILITIES = [
    ("青森県", "青森市", "青森労働局", "ハローワーク青森", "あおもり就労サポート"),
    ("秋田県", "秋田市", "秋田労働局", "ハローワーク秋田", "あきたワークステーション"),
    ("岩手県", "盛岡市", "岩手労働局", "ハローワーク盛岡", "もりおか仕事相談室"),
]


def _overview() -> str:
    rows = "\n".join(
        f"{n}\t{pref}\t{city}\t{bureau}\t{hw}\t{name}（一体的実施施設）\t令和元年{n}月1日"
        for n, (pref, city, bureau, hw, name) in enumerate(_FACILITIES, 1)
    )
    return f"No.\t県\t市\t労働局\tハローワーク\t施設名（種別）\t事業開始\n{rows}\n計\t3施設\n"


def _blocks() -> str:
    out = []
    for n, (_, city, _, _, name) in enumerate(_FACILITIES, 1):
        out.append(
            f"（{n}）{name}（{city}）\n  【主な取組】\n    ○ 福祉窓口からの誘導を{n}回実施\n"
            f"  【その他の実績】\n    ○ 面接会を{n + 1}回開催\n"
        )
    return "\n".join(out)


def _document(table: str) -> str:
    return (
        "資料３\n\n東北ブロック就労支援連絡会議\n\n"
        "１．施設の概要\n\n" + _overview() + "\n\n２．令和４年度の目標と実績\n\n"
        + table + "\n\n３．各施設の特色\n\n" + _blocks()
    )


def _metrics(text: str) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for profile in jirei.parse_text(text).profiles:
        out[profile.facility_name or ""] = [
            (
                m.label,
                m.target.value if m.target else None,
                m.target.qualifier if m.target else None,
                m.actual.value if m.actual else None,
                m.achievement_rate,
            )
            for m in profile.metrics
        ]
    return out


_FIRST_ROW_ONLY = """No.\t施設名\t指標\t目標\t実績\t達成率
1\tあおもり就労サポート\t支援対象者数\t180人以上\t201人\t111.7%
\t\t就職者数\t120人以上\t133人\t110.8%
2\tあきたワークステーション\t就職者数\t90人\t84人\t93.3%
3\tもりおか仕事相談室\t職業相談\t2,000件程度\t2,150件\t107.5%
\t\t就職者数\t―\t77人\t―
合計\t\t就職者数\t―\t294人\t―"""

_NAME_EVERY_ROW = """番号\t施設名\t項目\t目標\t実績\t達成率
1\tあおもり就労サポート\t支援対象者数\t180人以上\t201人\t111.7%
1\tあおもり就労サポート\t就職者数\t120人以上\t133人\t110.8%
2\tあきたワークステーション\t就職者数\t90人\t84人\t93.3%
3\tもりおか仕事相談室\t職業相談\t2,000件程度\t2,150件\t107.5%
3\tもりおか仕事相談室\t就職者数\t―\t77人\t―"""

_DITTO_PIPES = """| No. | 施設名 | 指標 | 目標 | 実績 | 達成率 |
|---|---|---|---|---|---|
| 1 | あおもり就労サポート | 支援対象者数 | 180人以上 | 201人 | 111.7% |
|  | 〃 | 就職者数 | 120人以上 | 133人 | 110.8% |
| 2 | あきたワークステーション | 就職者数 | 90人 | 84人 | 93.3% |
| 3 | もりおか仕事相談室 | 職業相談 | 2,000件程度 | 2,150件 | 107.5% |
|  | 〃 | 就職者数 | ― | 77人 | ― |
| （参考）東北計 |  | 就職者数 | ― | 294人 | ― |"""


@pytest.mark.parametrize("table", [_FIRST_ROW_ONLY, _NAME_EVERY_ROW, _DITTO_PIPES])
def test_long_table_rows_go_to_their_facility(table: str) -> None:
    got = _metrics(_document(table))
    assert got["あおもり就労サポート"] == [
        ("支援対象者数", 180, "以上", 201, Decimal("111.7")),
        ("就職者数", 120, "以上", 133, Decimal("110.8")),
    ]
    assert got["あきたワークステーション"] == [("就職者数", 90, None, 84, Decimal("93.3"))]
    assert got["もりおか仕事相談室"] == [
        ("職業相談", 2000, "程度", 2150, Decimal("107.5")),
        ("就職者数", None, None, 77, None),
    ]


def test_total_row_is_no_facility_metric() -> None:
    """The total's 294 is read for no case, whichever cell names it."""
    for table in (_FIRST_ROW_ONLY, _DITTO_PIPES):
        got = _metrics(_document(table))
        assert all(m[3] != 294 for rows in got.values() for m in rows)


def test_spans_point_at_the_cells() -> None:
    text = _document(_FIRST_ROW_ONLY)
    result = jirei.parse_text(text)
    profile = next(p for p in result.profiles if p.facility_name == "もりおか仕事相談室")
    metric = profile.metrics[0]
    assert metric.target is not None and metric.target.span is not None
    span = metric.target.span
    assert text[span.start : span.end].startswith("2,000件")


def test_wide_table_without_label_column_is_not_long() -> None:
    """No label column (a wide table, one row per facility): not cut into blocks."""
    from jirei.facilitytables import facility_tables
    from jirei.longtables import long_blocks

    text = _document(
        "No.\t施設名\t就職者数\t達成率\n1\tあおもり就労サポート\t133人\t110.8%\n"
        "2\tあきたワークステーション\t84人\t93.3%"
    )
    tables = facility_tables(text)
    assert tables
    assert all(long_blocks(text, t, lambda a, b: jirei.model.Span(a, b)) == [] for t in tables)


def test_one_facility_table_gives_nothing() -> None:
    """A long table naming only one of the facilities is no table of every facility."""
    table = """No.\t施設名\t指標\t目標\t実績\t達成率
1\tあおもり就労サポート\t支援対象者数\t180人以上\t201人\t111.7%
\t\t就職者数\t120人以上\t133人\t110.8%
2\tどこかの別施設\t就職者数\t90人\t84人\t93.3%"""
    got = _metrics(_document(table))
    assert got["あおもり就労サポート"] == []


# ---------------------------------------------------------------- 2817: unmarked items


def _city_page(indent: str) -> str:
    items_a = "\n".join(
        f"{indent}{t}" for t in (
            "市の保護課の窓口から、当日中にジョブスポットあきたへご案内しています",
            "履歴書の添削や模擬面接を行っています",
            "就職後も定期的に電話で状況をお聞きしています",
        )
    )
    items_b = "\n".join(
        f"{indent}{t}" for t in ("職場実習先の開拓", "就職後の職場訪問による定着支援")
    )
    return f"""ホーム > 仕事 > 就労支援 > 市とハローワークの一体的な就労支援

市とハローワークの一体的な就労支援（令和元年度の実績）
更新日 2020年6月1日

1. ジョブスポットあきた（生活保護を受けている方）

庁舎の中で、相談から就職まで

ジョブスポットあきた（一体的実施施設）は、秋田市とハローワーク秋田（秋田労働局）が運営する窓口です。平成28年4月1日に事業を開始しました。

主な取組
{items_a}

実績
区分\t令和元年度目標\t令和元年度実績
支援対象者数\t200人以上\t215人
就職者数\t130人以上\t141人

担当者から
秋田市生活総務課
同じ庁舎で相談できるので支援がすぐに始められます。

ページの先頭へ戻る

2. ステップあきた（障害のある方）

ステップあきた（障害者就労支援コーナー）は、令和元年10月1日に開設した窓口です。秋田市障がい福祉課とハローワーク秋田（秋田労働局）の職員が常駐しています。

主な取組
{items_b}

実績
区分\t令和元年度目標\t令和元年度実績
就職件数\t40件以上\t44件

担当者から
ハローワーク秋田
実習から定着まで市と一緒に支援します。

ページの先頭へ戻る
"""


@pytest.mark.parametrize("indent", ["    ", "  ", "\u3000", "\t"])
def test_indented_items_stay_in_their_case(indent: str) -> None:
    profiles = jirei.parse_text(_city_page(indent)).profiles
    assert len(profiles) == 2
    first, second = profiles
    assert first.initiatives == (
        "市の保護課の窓口から、当日中にジョブスポットあきたへご案内しています",
        "履歴書の添削や模擬面接を行っています",
        "就職後も定期的に電話で状況をお聞きしています",
    )
    assert second.initiatives == ("職場実習先の開拓", "就職後の職場訪問による定着支援")
    assert first.title != "就職後も定期的に電話で状況をお聞きしています"
    assert second.title != "就職後の職場訪問による定着支援"


def test_indented_item_rule_needs_a_section_above() -> None:
    """An indented line after a blank line, or under a line that is no section heading, or
    as indented as the heading, is no item of a list."""
    from jirei.lines import Line
    from jirei.sections import K, LineInfo
    from jirei.segment import _indented_item

    def infos(*rows: tuple[str, K, str | None]) -> list[LineInfo]:
        out, at = [], 0
        for text, kind, section in rows:
            out.append(LineInfo(Line(text, at), kind, section))
            at += len(text) + 1
        return out

    listed = infos(("主な取組", K.SECTION, "initiatives"), ("  窓口の設置", K.TEXT, None),
                   ("  面接の練習", K.TEXT, None))
    assert _indented_item(listed, 1) and _indented_item(listed, 2)
    after_blank = infos(("主な取組", K.SECTION, "initiatives"), ("", K.BLANK, None),
                        ("  窓口の設置", K.TEXT, None))
    assert not _indented_item(after_blank, 2)
    under_text = infos(("市の取組について", K.TEXT, None), ("  窓口の設置", K.TEXT, None))
    assert not _indented_item(under_text, 1)
    same_depth = infos(("  主な取組", K.SECTION, "initiatives"), ("  窓口の設置", K.TEXT, None))
    assert not _indented_item(same_depth, 1)
    deeper = infos(("主な取組", K.SECTION, "initiatives"), ("  窓口の設置", K.TEXT, None),
                   ("    施設の概要", K.TEXT, None))
    assert not _indented_item(deeper, 2)


_SPACE_ALIGNED = """No.  施設名                    指標          目標         実績      達成率
1    あおもり就労サポート        支援対象者数  180人以上    201人     111.7%
                                 就職者数      120人以上    133人     110.8%
2    あきたワークステーション    就職者数      90人         84人      93.3%
3    もりおか仕事相談室          職業相談      2,000件程度  2,150件   107.5%
                                 就職者数      ―            77人      ―"""


def test_space_aligned_long_table() -> None:
    got = _metrics(_document(_SPACE_ALIGNED))
    assert got["あおもり就労サポート"] == [
        ("支援対象者数", 180, "以上", 201, Decimal("111.7")),
        ("就職者数", 120, "以上", 133, Decimal("110.8")),
    ]
    assert got["もりおか仕事相談室"][1] == ("就職者数", None, None, 77, None)


_BY_CITY = """No.\t自治体名\t指標\t目標\t実績\t達成率
1\t青森市\t支援対象者数\t180人以上\t201人\t111.7%
\t\t就職者数\t120人以上\t133人\t110.8%
2\t秋田市\t就職者数\t90人\t84人\t93.3%
3\t盛岡市\t職業相談\t2,000件程度\t2,150件\t107.5%"""


def test_long_table_by_city() -> None:
    """A long table naming the cities, not the facilities: each city's profile its rows."""
    got = _metrics(_document(_BY_CITY))
    assert got["あおもり就労サポート"] == [
        ("支援対象者数", 180, "以上", 201, Decimal("111.7")),
        ("就職者数", 120, "以上", 133, Decimal("110.8")),
    ]
    assert got["もりおか仕事相談室"] == [("職業相談", 2000, "程度", 2150, Decimal("107.5"))]


_NO_NUMBER = """施設名\t指標\t目標\t実績
あおもり就労サポート（一体的実施施設）\t支援対象者数\t180人以上\t201人
\t就職者数\t120人以上\t133人
あきたワークステーション（一体的実施施設）\t就職者数\t90人\t84人
もりおか仕事相談室（一体的実施施設）\t職業相談\t2,000件程度\t2,150件
計\t就職者数\t―\t294人"""

_WITH_GROUP = """施設名\t区分\t指標\t目標\t実績\t達成率
あおもり就労サポート\t生活保護受給者等\t支援対象者数\t180人以上\t201人\t111.7%
\t\t就職者数\t120人以上\t133人\t110.8%
あきたワークステーション\t障害者\t就職者数\t90人\t84人\t93.3%
もりおか仕事相談室\t若年者\t職業相談\t2,000件程度\t2,150件\t107.5%"""


def test_long_table_without_number_column_and_kind_brackets() -> None:
    got = _metrics(_document(_NO_NUMBER))
    assert got["あおもり就労サポート"] == [
        ("支援対象者数", 180, "以上", 201, None),
        ("就職者数", 120, "以上", 133, None),
    ]
    assert got["もりおか仕事相談室"] == [("職業相談", 2000, "程度", 2150, None)]
    assert all(m[3] != 294 for rows in got.values() for m in rows)


def test_long_table_with_group_column() -> None:
    """A 区分 column before the 指標 column: each row's group, carried down to the rows
    under it that leave it empty."""
    profiles = {p.facility_name: p for p in jirei.parse_text(_document(_WITH_GROUP)).profiles}
    first = profiles["あおもり就労サポート"]
    assert [(m.label, m.group, m.actual.value if m.actual else None) for m in first.metrics] == [
        ("支援対象者数", "生活保護受給者等", 201),
        ("就職者数", "生活保護受給者等", 133),
    ]
    assert [(m.label, m.group) for m in profiles["あきたワークステーション"].metrics] == [
        ("就職者数", "障害者")
    ]
