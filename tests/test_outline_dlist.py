"""Numbered outline documents and flattened definition lists (decisions 870–877): case
labels ``n　X市の取組``, ``～…～`` titles, enumerated field lines in a facts section,
iroha items whose space was lost, definition lists as alternating label / value lines,
results sentences in more word orders, era glosses after a Gregorian year, bullet-less
lists. One table per mechanism, then two small documents of each kind written here (other
labels, order, number of cases and prose than the development documents)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import jirei
from jirei.caselabel import label_length
from jirei.deflist import label_kind, read_list
from jirei.fields import read_field
from jirei.iroha import iroha_items
from jirei.items import read_items
from jirei.lines import Line
from jirei.model import Span
from jirei.normalise import normalise
from jirei.tables.sentence import read_sentence
from jirei.titles import unquote
from jirei.values import find_dates


def _norm(text: str) -> str:
    return normalise(text).text


# --- case labels and titles -------------------------------------------------------------

LABELS = [
    ("１　旭川市の取組", True),
    ("2. 盛岡市における取組", True),
    ("３　那覇市の事例", True),
    ("（４）帯広市での実践", True),
    ("１　旭川市の取組 ………………… ２", False),  # a table-of-contents line
    ("１　取組の概要", False),  # a numbered heading, no place
    ("２　市の取組を紹介する", False),
]


@pytest.mark.parametrize(("text", "is_label"), LABELS)
def test_numbered_place_line_is_a_case_label(text: str, is_label: bool) -> None:
    assert (label_length(_norm(text)) > 0) is is_label


TITLES = [
    ("~ケース会議で支える~", "ケース会議で支える"),
    ("〜二拠点で相談〜", "二拠点で相談"),
    ("~前半~と後半~", "~前半~と後半~"),  # the mark inside: not wrapped whole
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_wave_dashes_wrap_a_title(text: str, title: str) -> None:
    assert unquote(text)[0] == title


# --- enumerated field lines -------------------------------------------------------------

FIELDS = [
    ("　ア　実施主体　　岩手県盛岡市", "place", "岩手県盛岡市"),
    ("（イ）施設名称：もりおか就労支援室（常設窓口）", "facility", "もりおか就労支援室(常設窓口)"),
    ("①　開設日　令和3年4月1日", "start_date", "令和3年4月1日"),
    ("ウ　開設年月日　令和三年四月一日", "start_date", "令和三年四月一日"),
    ("ａ．連携先：岩手労働局（ハローワーク盛岡）", "offices", "岩手労働局(ハローワーク盛岡)"),
]


@pytest.mark.parametrize(("text", "kind", "value"), FIELDS)
def test_enumerated_field_line(text: str, kind: str, value: str) -> None:
    found = read_field(Line(_norm(text), 0))
    assert found is not None
    assert (found.kind, found.value) == (kind, value)


NOT_FIELDS = [
    "ア　施設の利用者に求人情報を案内した",  # an item starting with a label word
    "イ　開設準備の会議を重ねた",
    "ウ　名称を公募で決めた。",
]


@pytest.mark.parametrize("text", NOT_FIELDS)
def test_enumerated_item_is_no_field(text: str) -> None:
    assert read_field(Line(_norm(text), 0)) is None


# --- iroha items ------------------------------------------------------------------------

IROHA = [
    # the space after イ lost before katakana: still the second item
    (["ア市と連携した。", "イハローワークが同行した。", "ウ電話相談に切り替えた。"],
     ["市と連携した。", "ハローワークが同行した。", "電話相談に切り替えた。"]),
    (["ア市内の事業所と見学会を開いた。"], ["市内の事業所と見学会を開いた。"]),  # one item
    # words opening with those katakana, no plain enumerator: nothing cut
    (["アルバイトを紹介した。", "イベントを開いた。"],
     ["アルバイトを紹介した。", "イベントを開いた。"]),
    (["アルバイト先を探した。"], ["アルバイト先を探した。"]),
]


@pytest.mark.parametrize(("texts", "expected"), IROHA)
def test_iroha_items(texts: list[str], expected: list[str]) -> None:
    lines = [Line(text, 100 * i) for i, text in enumerate(texts)]
    out = [line.text for line in iroha_items(lines) if line.text]
    assert out == expected


# --- definition lists -------------------------------------------------------------------

LABEL_LINES = [
    ("設置自治体", "place"),
    ("所在自治体", "place"),
    ("連携する労働局・ハローワーク", "offices"),
    ("連携先", "offices"),
    ("開設日", "start_date"),
    ("施設の種類", "facility_type"),
    ("■設置自治体", "place"),
    ("開設日：", "start_date"),
    ("【施設名】", "facility"),
    ("支援対象者数", None),
    ("このページで紹介する施設", None),  # too much before the label
    ("取組のポイント", None),
    ("宮城労働局", None),  # a name before a bureau label: a value
    ("石巻市自治体", None),
]


@pytest.mark.parametrize(("text", "kind"), LABEL_LINES)
def test_definition_label_lines(text: str, kind: str | None) -> None:
    found = label_kind(text)
    assert (found[0] if found else None) == kind


def test_definition_list_pairs_labels_with_values() -> None:
    texts = [
        "所在自治体", "宮城県石巻市", "名称", "いしのまき就労窓口", "形態", "常設窓口", "ふつうの行"
    ]
    lines, at = [], 0
    for text in texts:
        lines.append(Line(text, at))
        at += len(text) + 1
    found = read_list(lines)
    assert found is not None
    assert [(f.kind, f.value) for f in found.fields] == [
        ("place", "宮城県石巻市"), ("facility", "いしのまき就労窓口"), ("facility_type", "常設窓口")
    ]
    source = "\n".join(texts)
    assert all(source[f.start : f.end] == f.value for f in found.fields)
    assert [line.text for line in found.rest] == ["ふつうの行"]


def test_definition_value_over_two_lines() -> None:
    texts = [
        "開設日", "令和2年4月1日", "連携する労働局・ハローワーク", "宮城労働局", "ハローワーク石巻",
        "形態", "常設窓口",
    ]
    lines, at = [], 0
    for text in texts:
        lines.append(Line(text, at))
        at += len(text) + 1
    found = read_list(lines)
    assert found is not None
    assert [(f.kind, f.value) for f in found.fields] == [
        ("start_date", "令和2年4月1日"), ("offices", "宮城労働局\nハローワーク石巻"),
        ("facility_type", "常設窓口"),
    ]
    source = "\n".join(texts)
    assert all(source[f.start : f.end] == f.value for f in found.fields)
    assert found.rest == ()


def test_one_pair_is_no_definition_list() -> None:
    assert read_list([Line("開設日", 0), Line("令和元年7月1日", 4), Line("本文です", 14)]) is None


# --- results sentences ------------------------------------------------------------------


def _span(start: int, end: int) -> Span:
    return Span(start, end)


SENTENCES = [
    # a bracket after the ending belongs to the clause
    ("利用者数は、目標40件に対して52件でした(達成率130.0%)。",
     [("利用者数", 40, "件", 52, Decimal("130.0"))]),
    # target and rate in a bracket after the actual
    ("就職件数は31社(目標25社、達成率124.0%)となりました。",
     [("就職件数", 25, "社", 31, Decimal("124.0"))]),
    # a connective before the clause
    ("また、定着率は80.5%であった。", [("定着率", None, "%", Decimal("80.5"), None)]),
    # a count word before the figure; です
    ("相談件数は延べ900件、紹介件数は120件です。",
     [("相談件数", None, "件", 900, None), ("紹介件数", None, "件", 120, None)]),
    # the rate in a clause of its own
    ("就職者数は目標50人に対し45人となり、達成率は90.0%でした。",
     [("就職者数", 50, "人", 45, Decimal("90.0"))]),
    # a remark after the figures
    ("参加者数は目標30人以上に対し28人と目標を下回ったが、就職者数は目標10人に対し12人となった。",
     [("参加者数", 30, "人", 28, None), ("就職者数", 10, "人", 12, None)]),
    # the target named after the actual (decision 879)
    ("支援対象者数は207人と、目標(180人)を上回った。", [("支援対象者数", 180, "人", 207, None)]),
    ("就職者数は98件で、目標の100件を下回りました。", [("就職者数", 100, "件", 98, None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_results_sentences(text: str, expected: list[tuple[object, ...]]) -> None:
    found = read_sentence(Line(text, 0), locate=_span)
    assert found is not None
    got = [
        (
            m.label,
            m.target.value if m.target else None,
            m.actual.unit if m.actual else None,
            m.actual.value if m.actual else None,
            m.achievement_rate,
        )
        for m in found.metrics
    ]
    assert got == expected
    for metric in found.metrics:  # spans cover what is written
        assert metric.actual is not None and metric.actual.span is not None
        written = text[metric.actual.span.start : metric.actual.span.end]
        assert written.startswith(str(metric.actual.value).split(".")[0][:2])


NOT_SENTENCES = [
    "このほか、説明会を3回開催した。",
    "就職者数は126人で、目標の110人を16人上回った。",  # a third figure: not read
    "支援対象者数は目標に届かなかったが、就職者数は増えた。",
]


@pytest.mark.parametrize("text", NOT_SENTENCES)
def test_not_results_sentences(text: str) -> None:
    assert read_sentence(Line(text, 0), locate=_span) is None


# --- dates ------------------------------------------------------------------------------

GLOSSED = [
    ("2016年（平成28年）4月1日", dt.date(2016, 4, 1)),
    ("2019年(令和元年)10月1日開設", dt.date(2019, 10, 1)),
    ("令和元年（2019年）10月1日", dt.date(2019, 10, 1)),
]


@pytest.mark.parametrize(("text", "date"), GLOSSED)
def test_gregorian_year_with_era_gloss(text: str, date: dt.date) -> None:
    found = find_dates(_norm(text))
    assert [f.value for f in found][:1] == [date]


# --- lists without bullets --------------------------------------------------------------


def test_lines_each_ending_a_sentence_are_items() -> None:
    lines = [Line("窓口を一本化しました。", 0), Line("予約を共有しました。", 20)]
    items = [i.text for i in read_items(lines).items]
    assert items == ["窓口を一本化しました。", "予約を共有しました。"]


def test_wrapped_paragraph_stays_one_item() -> None:
    lines = [Line("窓口を一本化し、", 0), Line("予約を共有しました。", 20)]
    assert [i.text for i in read_items(lines).items] == ["窓口を一本化し、予約を共有しました。"]


# --- a numbered outline document (own surface) ------------------------------------------

OUTLINE = """令和４年度　就労支援の取組事例

目　次
第１　はじめに ………………… １
第２　各地の取組
　１．盛岡市における取組 ……… ２
　２．八戸市における取組 ……… ３
第３　おわりに ………………… ４

第１　はじめに
　本資料は、各施設の取組を紹介するものである。

第２　各地の取組

１．盛岡市における取組

〜予約制の導入で待ち時間ゼロへ〜

（１）施設の概要
　（ア）実施主体：岩手県盛岡市・岩手労働局（ハローワーク盛岡）
　（イ）施設名称：もりおか就労支援室（常設窓口）
　（ウ）開設年月日：令和三年四月一日

（２）取組の内容
　ア　相談を予約制とし、来所時の待ち時間をなくした。
　イ　ナビゲーターが週２回市役所に出向いた。

（３）実績
　支援対象者数は目標９０人に対し９９人（達成率１１０．０％）、就職者数は目標５０人に対し５５人（達成率１１０．０％）であった。

（４）関係者の声
　○盛岡市生活福祉課
　　「予約制で職員の負担も減った。」

２．八戸市における取組

〜漁業関連の求人で地元就職を後押し〜

（１）施設の概要
　ア　実施主体　　青森県八戸市・青森労働局（ハローワーク八戸）
　イ　施設名称　　はちのへ就労サポート（一体的実施施設）
　ウ　開設年月日　平成三十年十月一日

（２）取組の内容
　ア　水産加工の事業所を見学する会を開いた。
　イ　ハローワークの求人を毎週窓口で紹介した。
　ウ　子育て中の方に短時間の求人を案内した。

（３）実績
　相談件数は延べ６１０件であった。また、就職者数は４２人（目標４０人、達成率１０５．０％）となった。

（４）その他の取組
　ア　市の広報誌で窓口を案内した。

（５）関係者の声
　○ハローワーク八戸
　　「地元企業の理解が広がった。」

第３　おわりに
　今後も取組を続けていく。
"""


def test_outline_document() -> None:
    doc = jirei.parse_text(OUTLINE)
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    assert first.title == "予約制の導入で待ち時間ゼロへ"
    assert (first.prefecture, first.municipality) == ("岩手県", "盛岡市")
    assert first.labour_bureau == "岩手労働局"
    assert first.hello_work == ("ハローワーク盛岡",)
    assert (first.facility_name, first.facility_type) == ("もりおか就労支援室", "常設窓口")
    assert first.start_date == dt.date(2021, 4, 1)
    assert first.initiatives == (
        "相談を予約制とし、来所時の待ち時間をなくした。", "ナビゲーターが週2回市役所に出向いた。"
    )
    assert [(m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
            for m in first.metrics] == [("支援対象者数", 90, 99), ("就職者数", 50, 55)]
    assert [(c.speaker, c.role) for c in first.comments] == [("盛岡市生活福祉課", "municipality")]
    assert second.title == "漁業関連の求人で地元就職を後押し"
    assert second.facility_name == "はちのへ就労サポート"
    assert second.start_date == dt.date(2018, 10, 1)
    assert len(second.initiatives) == 3
    assert second.initiatives[1] == "ハローワークの求人を毎週窓口で紹介した。"
    assert second.other_results == ("市の広報誌で窓口を案内した。",)
    assert [(m.label, m.target.value if m.target else None, m.actual.value if m.actual else None,
             m.achievement_rate) for m in second.metrics] == [
        ("相談件数", None, 610, None), ("就職者数", 40, 42, Decimal("105.0"))
    ]
    assert "おわりに" not in second.comments[-1].text
    assert "今後も取組" not in second.comments[-1].text


# --- a web page with definition lists (own surface) -------------------------------------

WEB = """宮城労働局
ホーム > 施策紹介 > 就労支援の取組
更新日：2023年5月1日
いしのまき就労窓口（石巻市）
駅前の窓口で生活と仕事の相談を一度に
所在自治体
宮城県石巻市
名称
いしのまき就労窓口
形態
常設窓口
連携先
宮城労働局
ハローワーク石巻
開設年月日
2020年（令和2年）6月1日
取組のポイント
生活相談の窓口の隣に職業相談の席を設けました。
相談の記録を共通の様式にしました。
求人票を毎朝入れ替えました。
2022年度の成果
利用者数は88人（目標80人以上、達成率110.0%）でした。
担当者の声
◎市担当者より
隣の席で相談できるので案内が楽になりました。
ページの先頭へ戻る
せんだい就労サポート（仙台市）
子育て世帯を支える
所在自治体
宮城県仙台市
名称
せんだい就労サポート
形態
一体的実施施設
連携先
宮城労働局　ハローワーク仙台
開設年月日
令和元年10月1日
取組のポイント
保育の相談と職業相談の予約を同じ日にまとめました。
2022年度の成果
就職者数は目標60人に対し66人となり、達成率は110.0%でした。
担当者の声
◎ハローワークより
保育所の情報を共有できるようになりました。
ページの先頭へ戻る
"""


def test_web_definition_lists() -> None:
    doc = jirei.parse_text(WEB)
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    assert first.title == "駅前の窓口で生活と仕事の相談を一度に"
    assert (first.prefecture, first.municipality) == ("宮城県", "石巻市")
    assert first.labour_bureau == "宮城労働局"
    assert first.hello_work == ("ハローワーク石巻",)
    assert (first.facility_name, first.facility_type) == ("いしのまき就労窓口", "常設窓口")
    assert first.start_date == dt.date(2020, 6, 1)
    assert len(first.initiatives) == 3
    assert [(m.label, m.target.value if m.target else None, m.actual.value if m.actual else None,
             m.achievement_rate) for m in first.metrics] == [
        ("利用者数", 80, 88, Decimal("110.0"))
    ]
    assert [c.text for c in first.comments] == ["隣の席で相談できるので案内が楽になりました。"]
    assert second.title == "子育て世帯を支える"
    assert second.municipality == "仙台市"
    assert second.start_date == dt.date(2019, 10, 1)
    assert [(m.label, m.achievement_rate) for m in second.metrics] == [
        ("就職者数", Decimal("110.0"))
    ]
    # the spans of the header facts cover what is written
    span = second.spans["facility_name"]
    assert WEB[span.start : span.end] == "せんだい就労サポート"


# --- speaker forms in a comments section ------------------------------------------------

_VOICES = """事例1　石巻市の取組
~駅前で相談~
施設名：いしのまき窓口（常設窓口）
取組内容
・窓口を設けた。
成果
支援対象者数は目標80人に対し88人であった。
関係者の声
{comments}
"""

SPEAKERS = [
    ("◎市担当者より\n案内が楽になりました。\n◎ハローワーク担当者より\n求人を紹介できました。",
     [("市担当者", "municipality"), ("ハローワーク担当者", "hello_work")]),
    ("●石巻市福祉課から\n案内が楽になりました。\n●ハローワーク石巻から\n求人を紹介できました。",
     [("石巻市福祉課", "municipality"), ("ハローワーク石巻", "hello_work")]),
    ("○石巻市福祉課\n「案内が楽になりました。」\n○宮城労働局職業対策課\n「求人を紹介できました。」",
     [("石巻市福祉課", "municipality"), ("宮城労働局職業対策課", "labour_bureau")]),
    # a list mark before a bare speaker over an indented quote (decision 878)
    ("・石巻市福祉課\n　「案内が楽になりました。」\n"
     "・ハローワーク石巻\n　「求人を紹介できました。」",
     [("石巻市福祉課", "municipality"), ("ハローワーク石巻", "hello_work")]),
]


@pytest.mark.parametrize(("comments", "expected"), SPEAKERS)
def test_speaker_forms(comments: str, expected: list[tuple[str, str]]) -> None:
    doc = jirei.parse_text(_VOICES.format(comments=comments))
    (profile,) = doc.profiles
    assert [(c.speaker, c.role) for c in profile.comments] == expected
    texts = [c.text for c in profile.comments]
    assert texts == ["案内が楽になりました。", "求人を紹介できました。"]


WEB_VARIANTS = {
    "no back links": WEB.replace("ページの先頭へ戻る\n", ""),
    "colons after labels": WEB.replace("所在自治体\n", "所在自治体：\n").replace(
        "名称\n", "名称：\n"
    ),
    "blank lines": WEB.replace("\n所在自治体", "\n\n所在自治体").replace(
        "取組のポイント", "\n取組のポイント"
    ),
    "plain name lines": WEB.replace("（石巻市）", "").replace("（仙台市）", ""),
    # a two-column table flattened cell by cell, its header cells first
    "card header cells": WEB.replace("\n所在自治体", "\n項目\n内容\n所在自治体"),
}


@pytest.mark.parametrize("name", sorted(WEB_VARIANTS))
def test_web_definition_list_variants(name: str) -> None:
    doc = jirei.parse_text(WEB_VARIANTS[name])
    assert [(p.title, p.municipality, p.facility_name) for p in doc.profiles] == [
        ("駅前の窓口で生活と仕事の相談を一度に", "石巻市", "いしのまき就労窓口"),
        ("子育て世帯を支える", "仙台市", "せんだい就労サポート"),
    ]
    assert [len(p.comments) for p in doc.profiles] == [1, 1]
