"""Cases whose parts stand apart, as other writers laid them out (branch ``apart-s13``,
decisions 2611-2630).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* an end table naming a facility without the city opening its name (2611);
* an end table's row head writing the case's number before its name (2612);
* a body of local governments as the municipality (2613);
* a case list whose place cell lists partners, whose 施設名（種別） bracket is the kind,
  whose 所在地 column is the place column, joined to a case read with a ward (2614-2615);
* a slide foot writing its own slide number after an issuer that changes (2616);
* a group matrix whose heads are metric names and whose cells write their roles (2617);
* a caption naming the kind of results, no group (2618).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei

_CASES = [
    ("福岡県", "北九州市", "ハローワーク八幡", "北九州市しごとプラザやはた"),
    ("熊本県", "熊本市", "ハローワーク熊本", "熊本市就労サポートルーム"),
    ("鹿児島県", "鹿児島市", "ハローワークかごしま", "鹿児島市就労支援センター"),
]


def _case(number: int, pref: str, city: str, office: str, facility: str) -> str:
    return f"""事例{number}
【{pref}{city}】【{pref[:-1]}労働局・{office}】
{facility}（一体的実施施設）　令和2年4月1日事業開始

窓口で就職を後押しする{city}の取組

【取組内容】
・庁舎内で職業相談を実施。

＜{city}コメント＞
連携が進んだ。
"""


def _report(table: str, cases=_CASES) -> str:
    body = "\n".join(_case(n, *case) for n, case in enumerate(cases, 1))
    return body + "\n\n各施設の令和４年度実績一覧\n\n" + table


def _actuals(text: str) -> list[dict[str, Decimal]]:
    profiles = jirei.parse_text(text).profiles
    return [
        {m.label: m.actual.value for m in p.metrics if m.actual is not None} for p in profiles
    ]


# --- 2611: a facility's name shortened by the city opening it ----------------------------

_TAB_SHORT = """施設名\t項目\t目標\t実績\t達成率
しごとプラザやはた\t支援対象者数\t400人以上\t452人\t113.0%
\t就職者数\t240人以上\t268人\t111.7%
就労サポートルーム\t支援対象者数\t150人\t163人\t108.7%
\t就職者数\t75人\t88人\t117.3%
就労支援センター\t支援対象者数\t300人\t311人\t103.7%
\t就職者数\t180人\t190人\t105.6%
"""

_PIPE_SHORT = """| 施設 | 項目 | 目標 | 実績 |
|---|---|---|---|
| しごとプラザやはた | 支援対象者数 | 400人以上 | 452人 |
| | 就職者数 | 240人以上 | 268人 |
| 就労サポートルーム | 支援対象者数 | 150人 | 163人 |
| | 就職者数 | 75人 | 88人 |
| 就労支援センター | 支援対象者数 | 300人 | 311人 |
| | 就職者数 | 180人 | 190人 |
"""

_ROWS_SHORT = """施設名\t支援対象者数\t就職者数
しごとプラザやはた\t452人\t268人
就労サポートルーム\t163人\t88人
就労支援センター\t311人\t190人
"""


@pytest.mark.parametrize("table", [_TAB_SHORT, _PIPE_SHORT, _ROWS_SHORT])
def test_an_end_table_naming_facilities_without_their_city(table) -> None:
    actuals = _actuals(_report(table))
    assert [own.get("支援対象者数") for own in actuals] == [452, 163, 311]
    assert actuals[2]["就職者数"] == Decimal(190)


def test_a_shortened_name_keeps_the_figures_span() -> None:
    text = _report(_TAB_SHORT)
    metric = next(m for m in jirei.parse_text(text).profiles[1].metrics if m.label == "就職者数")
    assert metric.actual is not None and metric.actual.span is not None
    assert text[metric.actual.span.start : metric.actual.span.end] == "88人"


def test_names_no_case_writes_stay_unread() -> None:
    table = _TAB_SHORT.replace("しごとプラザやはた", "わかば相談室").replace(
        "就労サポートルーム", "ひだまり窓口"
    ).replace("就労支援センター", "あおぞら広場")
    assert all(not own for own in _actuals(_report(table)))


# --- 2612: a case's number before its name in the row head --------------------------------

_NUMBERED_TAB = """事例\t項目\t目標\t実績
１ 北九州市\t支援対象者数\t400人以上\t452人
\t就職者数\t240人以上\t268人
２ 熊本市\t支援対象者数\t150人\t163人
\t就職者数\t75人\t88人
３ 鹿児島中部\t支援対象者数\t300人\t311人
\t就職者数\t180人\t190人
"""

_NUMBERED_PIPE = """| No. | 項目 | 目標 | 実績 |
|---|---|---|---|
| 1. 北九州 | 支援対象者数 | 400人以上 | 452人 |
| | 就職者数 | 240人以上 | 268人 |
| 2. 熊本 | 支援対象者数 | 150人 | 163人 |
| | 就職者数 | 75人 | 88人 |
| 3. 薩摩地域 | 支援対象者数 | 300人 | 311人 |
| | 就職者数 | 180人 | 190人 |
"""


@pytest.mark.parametrize("table", [_NUMBERED_TAB, _NUMBERED_PIPE])
def test_a_row_head_writing_the_case_number_before_its_name(table) -> None:
    actuals = _actuals(_report(table))
    assert [own.get("支援対象者数") for own in actuals] == [452, 163, 311]


def test_a_number_under_a_head_that_is_no_case_word_keys_no_unknown_name() -> None:
    table = _NUMBERED_TAB.replace("事例\t", "区分\t")
    actuals = _actuals(_report(table))
    # ``３ 鹿児島中部`` under ``区分``: its number keys no case (no case-number head), its
    # name none either, so its figures go to no case
    assert all(own.get("支援対象者数") != Decimal(311) for own in actuals)


# --- 2613: a union of local governments as the municipality ------------------------------


def _union_case(header: str, second: str = "") -> str:
    """A report of two cases: the first run by ``header`` (and ``second``), then a city's."""
    return _one_union(1, header, second) + "\n" + _one_union(
        2, "【鳥取県米子市】【鳥取労働局・ハローワーク米子】"
    ).replace("ひまわり", "よなご")


def _one_union(number: int, header: str, second: str = "") -> str:
    return f"""事例{number}
{header}
{second}ひまわりしごとプラザ（一体的実施施設）　平成29年7月3日事業開始

山間部にも相談の窓口を

【取組内容】
・町役場への巡回相談を実施。
・広域連合の事務局が相談者の情報をまとめる。
"""


@pytest.mark.parametrize(
    ("header", "second", "place", "pref"),
    [
        ("【鳥取県】【鳥取労働局・ハローワーク倉吉】",
         "鳥取中部ふるさと広域連合（倉吉市・三朝町・湯梨浜町）\n",
         "鳥取中部ふるさと広域連合", "鳥取県"),
        ("【長野県】【南信州広域連合】【長野労働局・ハローワーク飯田】", "",
         "南信州広域連合", "長野県"),
        ("【長野県上伊那広域連合】【長野労働局・ハローワーク伊那】", "",
         "上伊那広域連合", "長野県"),
        ("【北海道】【北海道労働局・ハローワーク帯広】",
         "十勝圏複合事務組合\n", "十勝圏複合事務組合", "北海道"),
    ],
)
def test_a_union_line_is_the_municipality(header, second, place, pref) -> None:
    text = _union_case(header, second)
    profile = jirei.parse_text(text).profiles[0]
    assert profile.municipality == place
    assert profile.prefecture == pref
    span = profile.spans["municipality"]
    assert text[span.start : span.end] == place


def test_a_union_named_in_a_sentence_is_no_municipality() -> None:
    text = _union_case("【鳥取県倉吉市】【鳥取労働局・ハローワーク倉吉】")
    assert jirei.parse_text(text).profiles[0].municipality == "倉吉市"


# --- 2614/2615: case lists written by other writers --------------------------------------


def _story(number: int, city: str) -> str:
    return f"""事例{number}　{city}

{city}の窓口で就職を後押し

【取組内容】
・庁舎内で職業相談を実施。

＜{city}福祉部コメント＞
連携が進んだ。
"""


_FACILITIES = (
    ("ハローワーク盛岡", "もりおかワークプラザ（一体的実施施設）", "平成25年10月1日"),
    ("ハローワーク石巻", "いしのまき相談室（一体的実施施設）", "平成28年4月1日"),
    ("ハローワーク酒田", "しょうない若者ステーション（若者就職支援拠点）", "令和元年7月1日"),
)
_BUREAUS = ("岩手労働局", "宮城労働局", "山形労働局")


def _rows(places: tuple[str, ...], marks: tuple[str, ...], cut: str, edge: str = "") -> str:
    return "\n".join(
        edge + cut.join((mark, *place.split("/"), bureau, *facility)) + edge
        for mark, place, bureau, facility in zip(marks, places, _BUREAUS, _FACILITIES, strict=True)
    )


_PARTNER_LIST = "No.\t都道府県\t自治体\t労働局\tハローワーク\t施設名（種別）\t事業開始\n" + _rows(
    ("岩手県/盛岡市", "宮城県/石巻市", "山形県/酒田市・遊佐町"), ("１", "２", "３"), "\t"
)

_ADDRESS_HEAD = (
    "| No. | 所在地 | 労働局 | ハローワーク | 施設名（種別） | 事業開始 |\n"
    "|---|---|---|---|---|---|\n"
)


def _address_list(places: tuple[str, ...]) -> str:
    return _ADDRESS_HEAD + _rows(places, ("①", "②", "③"), " | ", "|").replace("|①", "| ①")


_ADDRESS_LIST = _address_list(("岩手県盛岡市", "宮城県石巻市", "山形県酒田市"))


def _listed(table: str, third: str = "酒田市") -> str:
    stories = "\n".join(
        _story(n, city) for n, city in enumerate(("盛岡市", "石巻市", third), 1)
    )
    return f"掲載事例一覧\n\n{table}\n\n各事例の取組\n\n{stories}"


@pytest.mark.parametrize("table", [_PARTNER_LIST, _ADDRESS_LIST])
def test_a_case_list_of_other_writers_fills_each_case(table) -> None:
    text = _listed(table)
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == 3
    assert [p.hello_work for p in profiles] == [
        ("ハローワーク盛岡",), ("ハローワーク石巻",), ("ハローワーク酒田",)
    ]
    third = profiles[2]
    assert third.facility_name == "しょうない若者ステーション"
    assert third.facility_type == "若者就職支援拠点"  # the head names the bracket the kind
    span = third.spans["facility_type"]
    assert text[span.start : span.end] == "若者就職支援拠点"
    assert str(third.start_date) == "2019-07-01"


def test_a_case_read_with_a_ward_joins_its_city_row() -> None:
    table = _address_list(("北海道札幌市", "宮城県石巻市", "山形県酒田市"))
    text = _listed(table).replace("事例1　盛岡市", "事例1　しろいし窓口").replace(
        "盛岡市の窓口", "札幌市白石区の窓口"
    ).replace("＜盛岡市福祉部", "＜札幌市白石区保健福祉部")
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == 3
    assert profiles[0].hello_work == ("ハローワーク盛岡",)
    assert profiles[0].municipality == "札幌市"


def test_an_address_column_of_street_addresses_makes_no_case_list() -> None:
    table = _address_list(
        ("岩手県盛岡市若園町2番18号", "宮城県石巻市穀町14番1号", "山形県酒田市本町二丁目2番45号")
    )
    profiles = jirei.parse_text(_listed(table)).profiles
    assert all(p.facility_name != "いしのまき相談室" for p in profiles)


# --- 2616: a slide foot writing its own number after a changing issuer --------------------


def _deck(foot: str) -> str:
    slides = ["平成30年度 四国ブロック\n取組事例発表資料\n香川労働局・愛媛労働局"]
    cases = [
        ("香川県", "高松市", "香川労働局", "ハローワーク高松", "たかまつ相談センター"),
        ("愛媛県", "松山市", "愛媛労働局", "ハローワーク松山", "まつやまサポート窓口"),
    ]
    number = 2
    for pref, city, bureau, office, facility in cases:
        slides.append(
            f"【{pref}{city}】【{bureau}・{office}】\n{facility}（一体的実施施設）\n"
            f"平成25年10月1日事業開始\n入口を一本化した{city}の窓口\n【取組内容】\n"
            f"■ 各課からの誘導ルールを統一\n■ 週2回の出張相談を実施\n"
            + foot.format(bureau=bureau, n=number)
        )
        number += 1
        slides.append(
            f"{facility}（続き）\n〈{city}コメント〉\n窓口を一本化して支援がつながった。\n"
            f"〈{office}コメント〉\n今後も連携を深めたい。\n" + foot.format(bureau=bureau, n=number)
        )
        number += 1
    return "\n\n".join(f"スライド {n}\n{body}" for n, body in enumerate(slides, 1)) + "\n"


@pytest.mark.parametrize("foot", ["{bureau}　{n}", "{bureau} | {n}", "{bureau}　- {n} -"])
def test_a_foot_with_the_slide_number_is_furniture(foot) -> None:
    profiles = jirei.parse_text(_deck(foot)).profiles
    assert len(profiles) == 2
    assert profiles[0].initiatives[-1] == "週2回の出張相談を実施"
    assert profiles[1].comments[-1].text == "今後も連携を深めたい。"
    assert profiles[0].labour_bureau == "香川労働局"


def test_a_last_line_whose_number_does_not_count_on_is_kept() -> None:
    text = _deck("{bureau}　{n}").replace("香川労働局　2", "香川労働局　40")
    text = text.replace("香川労働局　3", "香川労働局　7").replace("愛媛労働局　4", "愛媛労働局　15")
    text = text.replace("愛媛労働局　5", "愛媛労働局　9")
    profiles = jirei.parse_text(text).profiles
    assert any("労働局" in (p.initiatives[-1] if p.initiatives else "") or any(
        "労働局" in c.text for c in p.comments) for p in profiles)


# --- 2617: a group matrix of metric heads and cells writing their roles -------------------

_CELL_LINES = """区分
支援対象者数
就職者数
就職率
若者
目標100人／実績112人
目標60人／実績71人
実績63.4％
生活保護受給者等
目標90人以上／実績84人
目標50人以上／実績52人
実績61.9％
"""

_TAB_ROWS = """対象者
支援対象者数
就職者数
ひとり親
目標40人/実績44人
目標20人/実績25人
障害者
目標30人/実績27人
目標15人/実績16人
"""

_TAB_TABLE = """区分\t支援対象者数\t就職者数\t就職率
若者\t目標100人／実績112人\t目標60人／実績71人\t実績63.4％
生活保護受給者等\t目標90人以上／実績84人\t目標50人以上／実績52人\t実績61.9％
"""


def _results_case(table: str) -> str:
    return f"""【長野県上田市】【長野労働局・ハローワーク上田】
ジョブサポートうえだ（一体的実施施設）　2018年6月1日事業開始

二つの窓口で支援

【取組内容】
● 夜間の予約相談枠を設定

【令和４年度　事業目標と実績】
{table}
◇上田市より
夜間の相談枠で利用が増えました。
"""


@pytest.mark.parametrize("table", [_CELL_LINES, _TAB_TABLE])
def test_a_group_matrix_with_roles_in_its_cells(table) -> None:
    text = _results_case(table)
    metrics = jirei.parse_text(text).profiles[0].metrics
    found = [(m.label, m.group, m.target and m.target.value, m.actual and m.actual.value)
             for m in metrics]
    assert ("支援対象者数", "若者", Decimal(100), Decimal(112)) in found
    assert ("就職者数", "生活保護受給者等", Decimal(50), Decimal(52)) in found
    assert ("就職率", "若者", None, Decimal("63.4")) in found
    first = metrics[0]
    assert first.target is not None and first.target.span is not None
    assert text[first.target.span.start : first.target.span.end] == "100人"


def test_a_two_metric_matrix_one_cell_a_line() -> None:
    metrics = jirei.parse_text(_results_case(_TAB_ROWS)).profiles[0].metrics
    found = {(m.label, m.group): (m.target.value, m.actual.value) for m in metrics
             if m.target and m.actual}
    assert found[("就職者数", "障害者")] == (Decimal(15), Decimal(16))
    assert found[("支援対象者数", "ひとり親")] == (Decimal(40), Decimal(44))


def test_heads_that_are_no_metrics_make_no_matrix() -> None:
    table = _CELL_LINES.replace("支援対象者数\n就職者数\n就職率", "相談日\n会場\n備考欄")
    metrics = jirei.parse_text(_results_case(table)).profiles[0].metrics
    assert not any(m.group == "若者" for m in metrics)


# --- 2618: a caption naming the kind of results is no group ------------------------------


@pytest.mark.parametrize(
    ("caption", "group"),
    [
        ("（１）協定目標に対する実績", None),
        ("(1)全体の実績", None),
        ("１．事業目標と実績", None),
        ("（１）生活保護受給者", "生活保護受給者"),
    ],
)
def test_a_caption_naming_the_kind_of_results(caption, group) -> None:
    table = f"{caption}\n\t目標\t実績\t達成率\n支援対象者数\t180人以上\t202人\t112.2％\n"
    metrics = jirei.parse_text(_results_case(table)).profiles[0].metrics
    assert metrics and metrics[0].actual.value == Decimal(202)
    assert metrics[0].group == group


# --- 2614: a place cell listing the partners, the prefecture among them -------------------


@pytest.mark.parametrize(
    ("cell", "joined"),
    [
        ("山形県・酒田市・遊佐町", "山形県・酒田市・遊佐町"),
        ("山形県、酒田市、遊佐町", "山形県、酒田市、遊佐町"),
    ],
)
def test_a_partner_cell_beside_a_prefecture_column_is_kept_whole(cell, joined) -> None:
    table = _PARTNER_LIST.replace("酒田市・遊佐町", cell)
    text = _listed(table)
    third = jirei.parse_text(text).profiles[2]
    assert third.municipality == joined
    span = third.spans["municipality"]
    assert text[span.start : span.end] == joined


def test_partners_without_the_prefecture_stay_as_read() -> None:
    third = jirei.parse_text(_listed(_PARTNER_LIST)).profiles[2]
    assert third.municipality == "酒田市・遊佐町"


# --- 2619: valid UTF-8 with no Japanese yields to a Japanese decoding ----------------------


@pytest.mark.parametrize("text", ["働働村町", "就職者数", "村町働き"])
def test_short_euc_jp_that_is_valid_utf8_reads_as_japanese(text) -> None:
    from jirei.read import decode_text

    for encoding in ("cp932", "euc-jp", "utf-8"):
        assert decode_text(text.encode(encoding)) == (text, encoding)


def test_utf8_without_japanese_stays_utf8() -> None:
    from jirei.read import decode_text

    text = "Café crème — naïve résumé"
    assert decode_text(text.encode("utf-8")) == (text, "utf-8")
