"""Variants of the layouts read in branch house-s14 (corpus/README.md decisions 2736–2750):
other places, figures, spacing and brackets than the documents that showed them, and
negative variants that must not trigger the rules."""

from __future__ import annotations

import jirei


def _case(text: str) -> jirei.Profile:
    return jirei.parse_text(text).profiles[0]


def _voices(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.role, c.text) for c in _case(text).comments]


_HEAD = """【福井県敦賀市】【福井労働局・ハローワーク敦賀】
港の窓口で相談を

【取組内容】
・港で出張相談

"""


# --- decision 2736: names alone over words hard-wrapped mid-sentence by a PDF extractor ---


def test_bare_names_over_wrapped_words_are_speakers() -> None:
    text = (
        _HEAD
        + """【関係者の声】
敦賀市健康福祉部
港で相談できるようになり、来所をためらっていた方が相談に来
るようになった。今後も続けたい。
ハローワーク敦賀
市の窓口から紹介される方が増え、求人の提案
までの時間が短くなった。
"""
    )
    assert _voices(text) == [
        (
            "敦賀市健康福祉部",
            "municipality",
            "港で相談できるようになり、来所をためらっていた方が相談に来るようになった。今後も続けたい。",
        ),
        (
            "ハローワーク敦賀",
            "hello_work",
            "市の窓口から紹介される方が増え、求人の提案までの時間が短くなった。",
        ),
    ]


def test_bare_names_wrapped_over_three_lines_and_a_bureau() -> None:
    text = (
        _HEAD
        + """＜関係者のコメント＞
福井労働局
支援対象者数は目標を上回った
が、就職者数はわずかに届かな
かった。次年度は定着支援に取り組む。
小浜市福祉課
出張相談の回数を増やしたことで、相談の中断が減った。
"""
    )
    assert [(s, r) for s, r, _ in _voices(text)] == [
        ("福井労働局", "labour_bureau"),
        ("小浜市福祉課", "municipality"),
    ]
    assert _voices(text)[0][2].startswith("支援対象者数は目標を上回ったが、就職者数")


def test_bare_names_a_blank_line_over_their_wrapped_words() -> None:
    text = (
        _HEAD
        + """【関係者の声】
敦賀市健康福祉部

港で相談できるようになり、来所をためらっていた方が相談に来
るようになった。

ハローワーク敦賀

求人の提案までの時間が短くなった。
"""
    )
    assert [(s, r) for s, r, _ in _voices(text)] == [
        ("敦賀市健康福祉部", "municipality"),
        ("ハローワーク敦賀", "hello_work"),
    ]
    assert _voices(text)[0][2].endswith("相談に来るようになった。")


def test_one_name_over_wrapped_words_stays_unread() -> None:
    # a single organisation over an unindented paragraph may be a caption (decision 302)
    text = (
        _HEAD
        + """【関係者の声】
敦賀市健康福祉部
港で相談できるようになり、来所をためらっていた方が相談に来
るようになった。
"""
    )
    assert _voices(text) == []


def test_names_over_lines_closing_no_sentence_are_no_speakers() -> None:
    text = (
        _HEAD
        + """【関係者の声】
敦賀市健康福祉部
港の相談窓口の案内
ハローワーク敦賀
求人の一覧の配布
"""
    )
    assert _voices(text) == []


# --- decision 2737: a headline a PDF wrapped mid-phrase over the case's opening section ---


def _template(first: str, second: str, section: str = "【基本情報】") -> str:
    return f"""令和3年度 好事例集 北陸－1
【見出し】
{first}
{second}
{section}
都道府県・市区町村 福井県 敦賀市
労働局・ハローワーク 福井労働局 ハローワーク敦賀
施設名（種別） つるが就労サポート（一体的実施施設）
事業開始 2019年4月1日
【取組内容】
● 港の待合室で出張相談を行った。
【令和３年度 事業目標と実績】
項目 目標 実績 達成率
就職者数 40人以上 46人 115.0%
令和3年度 好事例集 北陸－2
【見出し】
山あいの町で、福祉と就労の窓口を一つに
【基本情報】
都道府県・市区町村 福井県 大野市
労働局・ハローワーク 福井労働局 ハローワーク大野
施設名（種別） おおの就労サポート（常設窓口）
事業開始 2020年4月1日
【取組内容】
● 市役所で相談を行った。
【令和３年度 事業目標と実績】
項目 目標 実績 達成率
就職者数 20人以上 22人 110.0%
"""


def _titles(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.title, p.municipality) for p in jirei.parse_text(text).profiles]


def test_headline_wrapped_mid_word_over_the_opening_section() -> None:
    first = "港の待合室を相談の場に変え、来所をためらう方にも支援を届け"
    assert _titles(_template(first, "る"))[0] == (first + "る", "敦賀市")


def test_headline_wrapped_after_a_comma() -> None:
    first = "港の待合室を相談の場に変え、来所をためらう方にも支援を、"
    assert _titles(_template(first, "確実に届ける"))[0] == (first + "確実に届ける", "敦賀市")
    assert (
        _titles(_template(first, "確実に届ける"))[1][0] == "山あいの町で、福祉と就労の窓口を一つに"
    )


def test_a_whole_line_or_a_short_one_is_no_wrapped_headline() -> None:
    # a line ending whole (！) or too short for a column's width is no first half
    assert (
        _titles(_template("港の待合室を相談の場に変えた！", "確実に届ける"))[0][0] == "確実に届ける"
    )
    assert _titles(_template("港の窓口", "確実に届ける"))[0][0] == "確実に届ける"


# --- decision 2738: one single-space table a group, each under its group's caption ---


def _grouped(first: str, second: str, tail: str = "") -> str:
    return (
        _HEAD
        + f"""【令和３年度 事業目標と実績】
{first}
項目 目標 実績 達成率
支援対象者数 120人以上 131人 109.2%
就職者数 78人以上 70人 89.7%
{second}
区分 目標 実績
就職者数 30人 36人
{tail}
【その他の実績】
● 面接会を２回開催した。
"""
    )


def _metrics(text: str) -> list[tuple[str, str | None, object, object]]:
    return [
        (m.label, m.group, m.target and m.target.value, m.actual.value) for m in _case(text).metrics
    ]


def test_second_spaced_table_under_its_group_caption() -> None:
    text = _grouped("＜生活保護受給者等＞", "＜障害者＞")
    assert _metrics(text) == [
        ("支援対象者数", "生活保護受給者等", 120, 131),
        ("就職者数", "生活保護受給者等", 78, 70),
        ("就職者数", "障害者", 30, 36),
    ]
    assert _case(text).other_results == ("面接会を2回開催した。",)


def test_group_captions_in_other_brackets_and_numbers() -> None:
    text = _grouped("〈ひとり親〉", "(2)生活困窮者")
    assert [(m.group, m.actual.value) for m in _case(text).metrics] == [
        ("ひとり親", 131),
        ("ひとり親", 70),
        ("生活困窮者", 36),
    ]


def test_a_sentence_after_the_table_is_no_second_table() -> None:
    text = _grouped("＜生活保護受給者等＞", "就職者数は前年度から大きく伸びた。")
    assert [m.actual.value for m in _case(text).metrics] == [131, 70]


# --- decision 2739: a place heading above the field lines that open a case ---


def _headed(first: str, second: str) -> str:
    return f"""県内の一体的実施施設の取組状況

{first}

施設名：べっぷ就労ステーション（一体的実施施設）
事業開始：平成27年4月1日

温泉街の求人を福祉の窓口で

【取組内容】
・旅館と組んだ職場見学。

【目標と実績】
項目	目標	実績
就職者数	40人以上	46人

＜別府市コメント＞
旅館からの求人が増えた。

{second}

施設名：なかつ就労サポート（常設窓口）
事業開始：令和元年10月1日

城下町の窓口

【取組内容】
・市役所で出張相談。

【目標と実績】
項目	目標	実績
就職者数	20人以上	22人

＜中津市コメント＞
相談が増えた。
"""


def _partners(text: str) -> list[tuple[object, ...]]:
    return [
        (p.municipality, p.labour_bureau, p.hello_work, p.facility_name, p.title)
        for p in jirei.parse_text(text).profiles
    ]


def test_marked_place_and_office_heading_opens_the_case() -> None:
    text = _headed("■別府市（ハローワーク別府）", "■中津市（ハローワーク中津）")
    assert _partners(text) == [
        (
            "別府市",
            None,
            ("ハローワーク別府",),
            "べっぷ就労ステーション",
            "温泉街の求人を福祉の窓口で",
        ),
        ("中津市", None, ("ハローワーク中津",), "なかつ就労サポート", "城下町の窓口"),
    ]


def test_numbered_heading_with_prefecture_bureau_and_office() -> None:
    text = _headed(
        "◆ 1. 大分県別府市（大分労働局・ハローワーク別府）",
        "◆ 2. 大分県中津市（大分労働局・ハローワーク中津）",
    )
    assert [(p[1], p[2]) for p in _partners(text)] == [
        ("大分労働局", ("ハローワーク別府",)),
        ("大分労働局", ("ハローワーク中津",)),
    ]


def test_a_heading_naming_no_place_opens_nothing() -> None:
    text = _headed("■施設の紹介", "■次の施設")
    assert [(p[2], p[3]) for p in _partners(text)] == [
        ((), "べっぷ就労ステーション"),
        ((), "なかつ就労サポート"),
    ]


# --- decision 2740: the bureau presenting its area's facilities to the prefecture's council ---


def _council(title: str, signature: str) -> str:
    return f"""{title}

資料２　管内の一体的実施施設の取組状況（令和４年度実績）

{signature}

■久留米市（ハローワーク久留米）

施設名：くるめ就労サポート（一体的実施施設）
事業開始：平成28年4月1日

筑後川の町の窓口

【取組内容】
・市役所で出張相談。

【目標と実績】
項目	目標	実績
就職者数	40人以上	46人

＜久留米市コメント＞
相談が増えた。

■大牟田市（ハローワーク大牟田）

施設名：おおむた就労ナビ（常設窓口）
事業開始：令和2年4月1日

炭鉱の町の窓口

【取組内容】
・商工会議所と合同面接会。

【目標と実績】
項目	目標	実績
就職者数	20人以上	22人

＜大牟田市コメント＞
面接会から就職した方がいる。
"""


def _bureaus(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(p.labour_bureau, p.hello_work) for p in jirei.parse_text(text).profiles]


def test_council_material_signed_by_the_bureau_and_its_department() -> None:
    text = _council(
        "令和５年度第１回福岡県就労自立促進事業協議会　資料", "福岡労働局　職業安定部　職業対策課"
    )
    assert _bureaus(text) == [
        ("福岡労働局", ("ハローワーク久留米",)),
        ("福岡労働局", ("ハローワーク大牟田",)),
    ]


def test_council_material_signed_by_the_bureau_alone() -> None:
    text = _council("福岡県就労自立促進事業協議会　配付資料", "福岡労働局")
    assert [b for b, _ in _bureaus(text)] == ["福岡労働局", "福岡労働局"]


def test_a_casebook_signed_by_its_compiling_department_fills_no_bureau() -> None:
    # a 好事例集 names its compiler (decision 33), whatever its signature line
    text = _council("令和４年度　好事例集", "福岡労働局職業安定部職業対策課")
    assert [b for b, _ in _bureaus(text)] == [None, None]


def test_a_bureau_named_in_a_sentence_signs_nothing() -> None:
    text = _council(
        "福岡県就労自立促進事業協議会資料", "本資料は福岡労働局が協議会に報告したものです。"
    )
    assert [b for b, _ in _bureaus(text)] == [None, None]


# --- decision 2741: a note under the comments is no comment ---


def _noted(note: str) -> list[str]:
    text = (
        _HEAD
        + f"""【関係者の声】
敦賀市：港で相談できるようになった。
ハローワーク敦賀：紹介が増えた。
{note}
"""
    )
    return [c.speaker for c in _case(text).comments]


def test_note_lines_under_the_comments_are_no_speakers() -> None:
    for note in (
        "> 注：支援対象者には生活困窮者を含む。",
        "注1：数値は速報値である。",
        "備考：数値は年度末時点のもの。",
    ):
        assert _noted(note) == ["敦賀市", "ハローワーク敦賀"], note


def test_a_stakeholder_after_the_note_words_still_speaks() -> None:
    assert _noted("敦賀市福祉課：注意深く見守っていきたい。") == [
        "敦賀市",
        "ハローワーク敦賀",
        "敦賀市福祉課",
    ]


# --- decision 2742: a number, a place and its partners after a gap open a case ---


def _committee(first: str, second: str) -> str:
    return f"""厚生委員会資料
令和元年６月１０日
保健福祉局

２　各施設の実施状況

{first}
　港の窓口で福祉と就労の相談を一度に
　　施設名称：みなと就労サポート（一体的実施施設）
　　開　　始：平成二十六年四月一日
　ア　取組内容
　　(ア) 区の窓口で出張相談を行っている。
　イ　令和元年度目標・実績
\t区分\t目標\t実績
\t就職者数\t100人以上\t110人
　ウ　関係機関の所見
　　○港区保健福祉課：相談が増えた。

{second}
　山の窓口
　　施設名称：やま就労コーナー（常設窓口）
　　開　　始：平成二十七年四月一日
　ア　取組内容
　　(ア) 区役所で相談を行っている。
　イ　令和元年度目標・実績
\t区分\t目標\t実績
\t就職者数\t50人\t55人
　ウ　関係機関の所見
　　○緑区保健福祉課：同行相談が定着した。
"""


def _opened(text: str) -> list[tuple[object, ...]]:
    return [
        (p.municipality, p.hello_work, p.facility_name, p.title, str(p.start_date))
        for p in jirei.parse_text(text).profiles
    ]


_OPENED = [
    (
        "名古屋市港区",
        ("ハローワーク名古屋南",),
        "みなと就労サポート",
        "港の窓口で福祉と就労の相談を一度に",
        "2014-04-01",
    ),
    ("名古屋市緑区", ("ハローワーク名古屋南",), "やま就労コーナー", "山の窓口", "2015-04-01"),
]


def test_bracketed_number_place_gap_bureau_and_office() -> None:
    text = _committee(
        "（１）名古屋市港区　　愛知労働局・ハローワーク名古屋南",
        "（２）名古屋市緑区　　愛知労働局・ハローワーク名古屋南",
    )
    assert _opened(text) == _OPENED
    assert [p.labour_bureau for p in jirei.parse_text(text).profiles] == ["愛知労働局"] * 2


def test_one_space_between_place_and_partners() -> None:
    text = _committee(
        "（１）名古屋市港区　愛知労働局・ハローワーク名古屋南",
        "（２）名古屋市緑区　愛知労働局・ハローワーク名古屋南",
    )
    assert _opened(text) == _OPENED


def test_dotted_number_and_an_office_alone() -> None:
    text = _committee(
        "１．名古屋市港区　　愛知労働局　ハローワーク名古屋南",
        "２．名古屋市緑区　　ハローワーク名古屋南",
    )
    assert _opened(text) == _OPENED


def test_a_number_and_place_over_no_partner_is_no_label() -> None:
    # (a catch phrase after the place: no partner ends the line, the rule stays out)
    text = _committee("（１）名古屋市港区　　港の窓口", "（２）名古屋市緑区　　山の窓口")
    assert [p.hello_work for p in jirei.parse_text(text).profiles] == [(), ()]


def test_a_numbered_form_field_naming_place_and_bureau_is_no_label() -> None:
    text = """様式第２号

令和２年度　一体的実施事業　実績報告書

1. 施設名　かまいし就労コーナー（常設窓口）
2. 実施主体　岩手県釜石市・岩手労働局
3. 事業開始日　H29.4.3
4. 連携ハローワーク　ハローワーク釜石
5. 目標と実績
| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 就職者数 | 40人 | 44人 | 110.0% |
6. 所見
【釜石市の所見】
　相談から就職までの期間が短くなった。
"""
    # (two reports one under the other, as a bureau files them)
    text = text + "\n" + text.replace("釜石", "宮古").replace("かまいし", "みやこ")
    cases = jirei.parse_text(text).profiles
    assert [(c.municipality, c.labour_bureau, c.facility_name) for c in cases] == [
        ("釜石市", "岩手労働局", "かまいし就労コーナー"),
        ("宮古市", "岩手労働局", "みやこ就労コーナー"),
    ]
    assert [[(m.label, m.actual.value) for m in c.metrics] for c in cases] == [
        [("就職者数", 44)],
        [("就職者数", 44)],
    ]
