"""Titles and facility names (branch ``titles-s13``, decisions 2631-2650).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, catch phrases and figures), with negative variants that must not
trigger it:

* a case label followed by the facility's name or place, the catch phrase on a line under
  it (quoted ``「」`` / ``『』`` or bare, at once or after a blank line, under the header lines);
* an enclosed number opening a headline (``①``, ``⑪``) is the case's number;
* a title label owned by a noun after a bare field number (``２　取組のテーマ``);
* field labels behind list marks (``◇``, ``◆``, ``■``) are field lines, a mark's label glued
  to running words is not;
* a line wholly in markdown emphasis (``**…**``) is a headline, no bullet;
* a markup comment line (``<!-- page 3 -->``) is no part of a case;
* a header strip over its headline is a slide in reading order.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.fields import read_field
from jirei.lines import split_lines
from jirei.nametitle import is_name, name_kind
from jirei.rules import DEFAULT_RULES
from jirei.sections import K, classifier
from jirei.titlefill import fill_title_lines

_FACILITIES = (
    ("かもめ就労プラザ", "一体的実施施設", "港の窓口から一人ひとりに寄り添う支援"),
    ("ひとり親しごとコーナー", "巡回型一体的実施", "手続のついでに、仕事の相談も"),
)


def _named_report(sep: str = "　", quote: tuple[str, str] = ("「", "」"), gap: str = "") -> str:
    """A city's report: ``事例n　name`` over the catch phrase, a 施設の概要 block under it."""
    opening, closing = quote
    cases = []
    for number, (name, kind, catch) in enumerate(_FACILITIES, 1):
        cases.append(f"""事例{number}{sep}{name}
{gap}{opening}{catch}{closing}

（１）施設の概要
　　所　在　地　　北海道函館市
　　名　　　称　　{name}（{kind}）
　　連携機関　　北海道労働局　ハローワーク函館
　　事業開始　　令和三年四月一日

（２）取組内容
　①窓口で職業相談を行う。
　②就職後の定着を支える。

（３）関係機関の声
○函館市福祉課
　相談が増えた。
""")
    return "函館市の一体的実施事業 実施状況報告書\n\n" + "\n\n".join(cases)


@pytest.mark.parametrize(
    "layout",
    [
        {},  # 「catch」 right under the name
        {"quote": ("", "")},  # a bare catch phrase
        {"gap": "\n"},  # a blank line between
        {"quote": ("『", "』"), "sep": " "},  # 『』 and a narrow space after the label
    ],
)
def test_a_name_under_a_label_gives_way_to_the_catch_phrase(layout: dict[str, object]) -> None:
    doc = jirei.parse_text(_named_report(**layout))  # type: ignore[arg-type]
    got = [(p.title, p.facility_name, p.facility_type) for p in doc.profiles]
    assert got == [(catch, name, kind) for name, kind, catch in _FACILITIES]


def test_the_catch_phrase_keeps_its_span() -> None:
    text = _named_report()
    profile = jirei.parse_text(text).profiles[0]
    span = profile.spans["title"]
    assert text[span.start : span.end] == profile.title


_PLACED = """長野県の一体的実施 好事例

事例②　上伊那広域連合
【長野県上伊那広域連合】【長野労働局・ハローワーク伊那】
かみいなワークステーション（一体的実施施設）
平成二十八年七月一日 事業開始
8市町村の福祉窓口をひとつの就労支援拠点に集約
● 取組内容
・構成市町村の福祉担当から支援対象者を受け付け
● 関係者の声
＜伊那市＞
相談が増えた。

事例③　松本市
【長野県松本市】【長野労働局・ハローワーク松本】
まつもと就労センター（一体的実施施設）
平成29年4月1日 事業開始
駅前の窓口で若者の就職を後押し
● 取組内容
・駅前で相談
● 関係者の声
＜松本市＞
相談が増えた。
"""


def test_a_place_under_a_label_gives_way_to_the_catch_phrase_under_the_header() -> None:
    doc = jirei.parse_text(_PLACED)
    assert [p.title for p in doc.profiles] == [
        "8市町村の福祉窓口をひとつの就労支援拠点に集約",
        "駅前の窓口で若者の就職を後押し",
    ]
    assert [p.facility_name for p in doc.profiles] == [
        "かみいなワークステーション",
        "まつもと就労センター",
    ]


def test_a_catch_phrase_after_a_label_with_no_name_stays_the_title() -> None:
    text = (
        _named_report()
        .replace("（一体的実施施設）", "")
        .replace("（巡回型一体的実施）", "")
        .replace("かもめ就労プラザ", "港の窓口で支える就労")
    )
    assert jirei.parse_text(text).profiles[0].title == "港の窓口で支える就労"


def test_what_a_name_is() -> None:
    text = "一覧\nかもめ就労プラザ(一体的実施施設)\n【北海道函館市】\n駅前の相談室(3階)\n"
    assert name_kind("かもめ就労プラザ", text) == ("一体的実施施設", 3)
    assert is_name("かもめ就労プラザ", text, {})
    assert is_name("函館市", text, {})  # closing a bracketed header piece
    assert is_name("うみかぜ窓口", text, {"facility_name": "うみかぜ 窓口"})
    assert not is_name("駅前の相談室", text, {})  # (3階) is no facility kind
    assert is_name("鳥取中部ふるさと広域連合(倉吉市・三朝町・湯梨浜町)", text, {})
    assert is_name("上伊那広域連合(伊那市、駒ヶ根市、辰野町)", text, {})
    assert not is_name("1市4町の窓口(倉吉市・三朝町)で相談を", text, {})  # words after it
    assert not is_name("駅前の窓口(相談・紹介)", text, {})  # no municipalities listed
    assert not is_name("港の窓口から、一人ひとりに", text, {})  # a catch phrase's comma


_NUMBERED = """九州の一体的実施事例

| 項目 | ① | ② |
|---|---|---|
| 市区町村 | 福岡市 | 熊本市 |
| 労働局 | 福岡労働局 | 熊本労働局 |
| ハローワーク | ハローワーク福岡中央 | ハローワーク熊本 |
| 施設名 | ジョブサポート博多 | くまもと就労支援センター |

{one} 区役所と連携した出張相談で、支援を確実に窓口へ

取組内容
・区役所に出張相談ブースを設置

＜福岡市のコメント＞
相談が増えた。

{two} 子育て世帯に寄り添う「ワンストップ型」就労支援

取組内容
・手当の窓口で相談

＜熊本市のコメント＞
相談が増えた。
"""


@pytest.mark.parametrize("marks", [("①", "②"), ("⑪", "⑫")])
def test_an_enclosed_number_opening_a_headline_is_the_case_number(
    marks: tuple[str, str],
) -> None:
    doc = jirei.parse_text(_NUMBERED.format(one=marks[0], two=marks[1]))
    titles = [p.title for p in doc.profiles]
    assert "区役所と連携した出張相談で、支援を確実に窓口へ" in titles
    assert "子育て世帯に寄り添う「ワンストップ型」就労支援" in titles
    first = next(p for p in doc.profiles if p.title and p.title.startswith("区役所"))
    text = _NUMBERED.format(one=marks[0], two=marks[1])
    assert text[first.spans["title"].start : first.spans["title"].end] == first.title


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["２　取組のテーマ", "　待ち時間ゼロの予約制相談"], "待ち時間ゼロの予約制相談"),
        (["3. 事業のテーマ：島しょ部に届くオンライン相談"], "島しょ部に届くオンライン相談"),
        (["■本事例のタイトル", "「ものづくりのまちのマッチング」"], "ものづくりのまちのマッチング"),
        (["(4) 取組のテーマ　水産業と福祉をつなぐ支援"], "水産業と福祉をつなぐ支援"),
    ],
)
def test_a_title_label_owned_by_a_noun(lines: list[str], expected: str) -> None:
    import unicodedata

    normal = [unicodedata.normalize("NFKC", line) for line in lines]
    offsets, at = [], 0
    for line in normal:
        offsets.append((line, at))
        at += len(line) + 1
    found = fill_title_lines(offsets)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["取組のテーマ性が高い事業として評価された。"],  # the word in prose
        ["2 取組の方針", " 窓口の待ち時間ゼロを目指す"],  # no title label
    ],
)
def test_no_title_label_no_title(lines: list[str]) -> None:
    offsets = [(line, index * 40) for index, line in enumerate(lines)]
    assert fill_title_lines(offsets) is None


def test_a_form_headed_by_its_own_name_takes_the_title_under_its_label() -> None:
    page = """様式第２号（第５条関係）

　　　　一体的実施事業　実施状況報告書（令和５年度）

１　基本情報
　自治体名　　　　　愛媛県{city}
　労働局名　　　　　愛媛労働局
　安定所名　　　　　ハローワーク{town}
　施設名称　　　　　{town}就労デスク

２　取組のテーマ
　{theme}

３　取組内容（主なもの）
　（１）窓口で相談を受けている。

４　自治体の所見（{city}福祉課）
　相談が増えた。
"""
    themes = {
        "松山市": "予約制相談で待ち時間をなくす",
        "今治市": "島の相談者にも届くオンライン相談",
    }
    text = "\n".join(
        page.format(city=city, town=city[:-1], theme=theme) for city, theme in themes.items()
    )
    doc = jirei.parse_text(text)
    assert [p.title for p in doc.profiles] == list(themes.values())


def _field(text: str) -> object:
    found = read_field(split_lines(text)[0], DEFAULT_RULES)
    return None if found is None else (found.kind, found.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("◇連携ハローワーク ハローワーク堺", ("offices", "ハローワーク堺")),
        ("◇連携ハローワークハローワーク堺", ("offices", "ハローワーク堺")),  # space removed
        ("◆実施自治体 大阪府堺市", ("place", "大阪府堺市")),
        ("■施設名称 さかいプラザ(一体的実施施設)", ("facility", "さかいプラザ(一体的実施施設)")),
        ("● 管轄労働局 大阪労働局", ("labour_bureau", "大阪労働局")),
    ],
)
def test_a_field_label_behind_a_list_mark(text: str, expected: tuple[str, str]) -> None:
    assert _field(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "■開設初年度、市役所一階に「しごとの入口」を",
        "◆ハローワークの求人を、公民館の出張窓口で",
        "●施設の概要",
    ],
)
def test_a_marked_label_glued_to_running_words_is_no_field(text: str) -> None:
    assert _field(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("**駅前の「しごと窓口」で一人ひとりに伴走**", K.TEXT),
        ("__福祉と就労の窓口をひとつに__", K.TEXT),
        ("  **就職後1年間の伴走型フォロー**", K.TEXT),  # a block quote's marker blanked
        ("* 市役所に窓口を設置", K.BULLET),  # a bullet stays one
        ("**取組**の内容を見直した", K.BULLET),  # not wholly in emphasis
    ],
)
def test_a_line_wholly_in_emphasis_is_no_bullet(text: str, kind: object) -> None:
    assert classifier(DEFAULT_RULES).classify(split_lines(text)[0]).kind is kind


_CARDED = """# 令和4年度 一体的実施の効果検証 報告書

### 3.{n} {pref}{city}

| 項目 | 内容 |
|:---|:---|
| 所在地 | {pref}{city} |
| 所管労働局 | {bureau}労働局 |
| 連携ハローワーク | ハローワーク{town} |
| 施設名 | {town}就労支援ルーム（一体的実施施設） |
| 事業開始 | 平成26年11月4日 |

{mark}{catch}{close}

#### 取組内容

1. 市の窓口から誘導している。

#### 関係者コメント

- **{city}福祉課**：誘導が増えた。
"""


@pytest.mark.parametrize(("mark", "close"), [("> **", "**"), ("**", "**"), ("__", "__")])
def test_a_bold_headline_under_a_card(mark: str, close: str) -> None:
    cases = [
        ("群馬県", "前橋市", "福祉と就労の窓口をひとつに"),
        ("茨城県", "水戸市", "就職後1年間の伴走で離職を防ぐ"),
    ]
    text = "\n".join(
        _CARDED.format(
            n=n, pref=p, city=c, town=c[:-1], bureau=p[:-1], catch=t, mark=mark, close=close
        )
        for n, (p, c, t) in enumerate(cases, 1)
    )
    doc = jirei.parse_text(text)
    assert [(p.title, p.municipality) for p in doc.profiles] == [(t, c) for _, c, t in cases]


def test_a_markup_comment_line_is_no_headline() -> None:
    text = """# 取組事例

<!-- page 2 -->

## 事例1

**駅前の窓口で若者から高齢者まで伴走**

### 取組内容

1. 窓口で相談を受け付け

#### 福山市 生活福祉課より

相談が増えた。

<!-- page 3 -->
"""
    profiles = jirei.parse_text(text.replace("伴走**", "伴走**\n\n<!-- image -->")).profiles
    assert [p.title for p in profiles] == ["駅前の窓口で若者から高齢者まで伴走"]
    assert not any("<!--" in block.text for p in profiles for block in p.unclassified)


def test_a_header_strip_over_its_headline_is_in_reading_order() -> None:
    from jirei.slidedeck import (
        _COMMENT,
        _FACTS,
        _HEADLINE,
        _LABEL,
        _OTHER,
        _SECTION,
        _late_headline,
    )

    assert not _late_headline([_LABEL, _FACTS, _HEADLINE, _SECTION])
    assert not _late_headline([_LABEL, _FACTS, _FACTS, _HEADLINE, _SECTION])
    assert _late_headline([_LABEL, _OTHER, _FACTS, _HEADLINE])  # a figure tile first
    assert _late_headline([_LABEL, _COMMENT, _SECTION, _HEADLINE])  # voices first


_WARDS = """# 区の一体的実施の取組

## 事例{n}　{ward}「{name}」 {{#k{n}}}

- **所在区**：横浜市{ward}
- **所管労働局**：神奈川労働局
- **連携ハローワーク**：ハローワーク{office}

**{catch}**

### 取組内容

- 区役所で相談を受ける。

### 関係者の声

**{ward}生活支援課**

> 相談が増えた。
"""
_WARD_CASES = (
    ("港北区", "ジョブスポットこうほく", "港北", "相談したその日に求人票が見られる窓口"),
    ("南区", "ジョブスポットみなみ", "横浜南", "ひとり親家庭を区の窓口から支える"),
)


def _wards(quote: tuple[str, str] = ("「", "」"), label: str | None = None) -> str:
    blocks = []
    for n, (ward, name, office, catch) in enumerate(_WARD_CASES, 1):
        block = _WARDS.format(n=n, ward=ward, name=name, office=office, catch=catch)
        block = block.replace("「", quote[0]).replace("」", quote[1])
        if label is not None:
            block = block.replace(f"## 事例{n}　", label.format(n=n))
        blocks.append(block)
    return "\n".join(blocks)


@pytest.mark.parametrize(
    ("quote", "label"),
    [(("「", "」"), None), (("『", "』"), "【事例{n}】"), (("「", "」"), "No.{n} ")],
)
def test_a_quoted_name_after_the_place_on_the_label_line(
    quote: tuple[str, str], label: str | None
) -> None:
    doc = jirei.parse_text(_wards(quote, label))
    assert [(p.title, p.facility_name) for p in doc.profiles] == [
        (catch, name) for _, name, _, catch in _WARD_CASES
    ]


def test_a_quoted_headline_on_the_label_line_is_no_name() -> None:
    text = _wards()
    for _, _, _, catch in _WARD_CASES:
        text = text.replace(f"**{catch}**\n", "")
    assert [p.facility_name for p in jirei.parse_text(text).profiles] == [None, None]


def _infos(text: str) -> list[object]:
    return classifier(DEFAULT_RULES).classify_all(split_lines(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## 事例1\n\n| 自治体 | 福山市 |\n\n**駅前の窓口で一人ひとりに伴走**\n\n### 取組内容\n",
         "駅前の窓口で一人ひとりに伴走"),
        ("事例2\n\n__企業説明会で「働く場」を増やす__\n\n【取組内容】\n・説明会\n",
         "企業説明会で「働く場」を増やす"),
        ("<!-- page 4 -->\n\n   **市役所の常設窓口で初年度から目標達成**  \n\n■取組内容\n",
         "市役所の常設窓口で初年度から目標達成"),
    ],
)
def test_a_bold_catch_phrase_before_the_first_section(text: str, expected: str) -> None:
    from jirei.titles import bold_title

    found = bold_title(_infos(text))
    assert found is not None and found[0] == expected
    assert text[found[1] : found[1] + len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "事例1\n\n### 取組内容\n\n**駅前の窓口で一人ひとりに伴走**\n",  # after the first section
        "事例1\n\n**開設日:令和4年4月1日**\n\n### 取組内容\n",  # a fact in bold
        "事例1\n\n**窓口を駅前に移しました。**\n\n### 取組内容\n",  # a sentence
        # a bold line inside a paragraph
        "事例1\n\n駅前に窓口がある。\n**駅前の窓口で一人ひとりに伴走**\n続けて支援する。\n",
    ],
)
def test_no_bold_catch_phrase(text: str) -> None:
    from jirei.titles import bold_title

    assert bold_title(_infos(text)) is None


_PAIRS_BODY = """
**港の窓口で相談から就職まで**

### 取組内容

1. 市の窓口にナビゲーターが週3日常駐

### 令和5年度の実績

| 項目 | 目標 | 実績 |
|---|---|---|
| 就職者数 | 40人 | 46人 |
"""


@pytest.mark.parametrize(
    "card",
    [
        # two pairs to a row
        "| 自治体 | 山口県萩市 | 労働局 | 山口労働局 |\n"
        "| ハローワーク | ハローワーク萩 | 開設日 | 令和4年4月1日 |\n",
        # three pairs to a row, no closing pipe
        "| 自治体 | 山口県萩市 | 労働局 | 山口労働局 | ハローワーク | ハローワーク萩\n"
        "| 開設日 | 令和4年4月1日 | 施設名 | はぎ相談室 | 実施形態 | 常設窓口\n",
        # a web table of th / td pairs
        "<table>\n<tr><th>自治体</th><td>山口県萩市</td><th>労働局</th><td>山口労働局</td></tr>\n"
        "<tr><th>ハローワーク</th><td>ハローワーク萩</td><th>開設日</th><td>R4.4.1</td></tr>\n"
        "</table>\n",
    ],
)
def test_a_card_of_pairs_over_a_bold_headline(card: str) -> None:
    (case,) = jirei.parse_text(card + _PAIRS_BODY).profiles
    assert (case.title, case.municipality, case.labour_bureau, case.hello_work) == (
        "港の窓口で相談から就職まで", "萩市", "山口労働局", ("ハローワーク萩",)
    )
    assert str(case.start_date) == "2022-04-01"


def test_what_a_pair_piece_is() -> None:
    from jirei.segment import _pair_piece

    assert _pair_piece(" 労働局 | 山口労働局 ", DEFAULT_RULES)
    assert _pair_piece("| ハローワーク | ハローワーク萩 |", DEFAULT_RULES)
    assert not _pair_piece(" 就職者数 | 46人 ", DEFAULT_RULES)  # no field label
    assert not _pair_piece(" 労働局 | 山口労働局 | 開設日 ", DEFAULT_RULES)  # three cells
    assert not _pair_piece(" 労働局 |  ", DEFAULT_RULES)  # no value


def test_a_marked_label_glued_to_an_abbreviated_office_is_a_field() -> None:
    assert _field("○連携ハローワークHW川辺(長野労働局)") == ("offices", "HW川辺(長野労働局)")
    assert _field("◇施設名ワークサポートたるみ") == ("facility", "ワークサポートたるみ")
