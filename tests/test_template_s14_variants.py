"""Variants of the two-column template flattened to tab text (branch template-s14,
corpus/README.md decisions 2801–2806): long cells wrapped onto continuation rows, a label
cell's wrapped tail beside a nested results table, group captions inside it, and comment
cells naming their speaker before a colon — with other places, figures, markers and
brackets than ``holdout112/r04_hokkaido_template``, and negative variants."""

from __future__ import annotations

import unicodedata

import jirei

_FACTS = (
    "事例 No.3\t［東北ブロック］\n"
    "都道府県・市区町村\t秋田県秋田市\n"
    "労働局・ハローワーク\t秋田労働局　ハローワーク秋田\n"
    "施設名（種別）\tあきた就労サポート（一体的実施施設）\n"
    "事業開始日\t令和3年4月1日\n"
    "事例の見出し\t雪国の通年支援\n"
)


_TABLE = (
    "事業目標と実績\t指標\t令和5年度目標\t令和5年度実績\n（令和5年度）\t就職者数\t40人以上\t44人\n"
)


def _case(body: str, tail: str = "") -> jirei.Profile:
    """The case of a card: the facts, ``body``, a results table unless ``body`` holds one,
    then ``tail``."""
    table = "" if "実績\t" in body else _TABLE
    return jirei.parse_text(_FACTS + body + table + tail).profiles[0]


# --- decision 2801: a marked item wrapped onto a continuation row ---


def test_numbered_item_wrapped_mid_word_is_one_item() -> None:
    case = _case(
        "取組内容\t1. 市の生活保護担当と月1回のケース会議を開き、支援の進捗を共有し\n"
        "\tて次の一手を決める\n"
        "\t2. 遠方の対象者にはオンラインで職業相談を行う\n"
    )
    assert list(case.initiatives) == [
        "市の生活保護担当と月1回のケース会議を開き、支援の進捗を共有して次の一手を決める",
        "遠方の対象者にはオンラインで職業相談を行う",
    ]


def test_bulleted_item_wrapped_twice() -> None:
    case = _case(
        "取組内容\t・高校の進路指導担当と連携し、卒業後に就職できていない若者を\n"
        "\t早い段階で把握して、わかものハローワークへ\n"
        "\t案内する\n"
        "\t・ひとり親の相談は土曜日にも受け付ける\n"
    )
    assert list(case.initiatives) == [
        "高校の進路指導担当と連携し、卒業後に就職できていない若者を早い段階で把握して、"
        "わかものハローワークへ案内する",
        "ひとり親の相談は土曜日にも受け付ける",
    ]


def test_circled_numbers_with_a_wrapped_other_result() -> None:
    case = _case(
        "取組内容\t①出張相談を実施\n\t②求人開拓を実施\n",
        "その他の実績\t・地元企業12社と協定を結び、職場見学会を年3回開催するなど受入れ先が\n"
        "\t広がった\n",
    )
    assert list(case.initiatives) == ["出張相談を実施", "求人開拓を実施"]
    assert list(case.other_results) == [
        "地元企業12社と協定を結び、職場見学会を年3回開催するなど受入れ先が広がった"
    ]


def test_unmarked_rows_stay_one_item_each() -> None:
    """An Excel card's merged label cell: one unmarked item a row (decision 701)."""
    case = _case("取組内容\t市の福祉課と同じフロアに窓口を設置\n\tケース会議を月2回開催\n")
    assert list(case.initiatives) == ["市の福祉課と同じフロアに窓口を設置", "ケース会議を月2回開催"]


def test_finished_item_is_not_continued() -> None:
    case = _case("取組内容\t・窓口を市役所1階に移した。\n\t土曜日の相談も始めた。\n")
    assert list(case.initiatives) == ["窓口を市役所1階に移した。", "土曜日の相談も始めた。"]


# --- decisions 2802, 2803: a nested results table, its label's tail and group captions ---


def test_label_tail_is_not_a_group() -> None:
    case = _case(
        "実績\t区分\t令和5年度目標\t令和5年度実績\n"
        "（令和5年度）\t就職者数\t120人以上\t131人\n"
        "\t支援対象者数\t180人\t176人\n"
    )
    got = [(m.label, m.group, m.target.value if m.target else None) for m in case.metrics]
    assert got == [("就職者数", None, 120), ("支援対象者数", None, 180)]
    assert case.fiscal_year == 2023


def test_group_captions_inside_a_nested_table() -> None:
    case = _case(
        "事業目標と実績\t指標\t令和5年度目標\t令和5年度実績\n"
        "（令和5年度）\t〈児童扶養手当受給者〉\n"
        "\t就職者数\t40人以上\t44人\n"
        "\t［障害者］\n"
        "\t就職者数\t25人以上\t22人\n"
    )
    got = [(m.label, m.group, m.actual.value if m.actual else None) for m in case.metrics]
    assert got == [("就職者数", "児童扶養手当受給者", 44), ("就職者数", "障害者", 22)]


def test_a_group_column_value_is_no_label_tail() -> None:
    """A first cell naming a group (bracketed or not) is the table's group column."""
    for first in ("（生活保護受給者等）", "生活保護受給者等"):
        case = _case(
            "事業目標と実績\t指標\t目標\t実績\n"
            f"{first}\t就職者数\t90人\t95人\n"
            "\t支援対象者数\t120人\t130人\n"
        )
        got = [(m.label, m.group) for m in case.metrics]
        assert got == [("就職者数", "生活保護受給者等"), ("支援対象者数", "生活保護受給者等")]


def test_a_note_under_the_nested_table_is_no_metric() -> None:
    case = _case(
        "事業目標と実績\t指標\t令和5年度目標\t令和5年度実績\n"
        "（令和5年度）\t就職者数\t40人以上\t44人\n"
        "\t※令和5年度は10月からの実績\n"
    )
    assert [m.label for m in case.metrics] == ["就職者数"]


# --- decision 2804: a comment cell naming its speaker before a colon, wrapped ---


def test_named_speaker_in_the_comment_cell_wrapped() -> None:
    case = _case(
        "取組内容\t・出張相談\n",
        "自治体コメント\t秋田市福祉保健部：雪の季節にも相談が途切れず、春に就職する方が\n"
        "\t増えた。\n"
        "労働局・HWコメント\tハローワーク秋田：市の窓口からの紹介が増えた。\n",
    )
    got = [(c.speaker, c.role, c.text) for c in case.comments]
    assert got == [
        (
            "秋田市福祉保健部",
            "municipality",
            "雪の季節にも相談が途切れず、春に就職する方が増えた。",
        ),
        ("ハローワーク秋田", "hello_work", "市の窓口からの紹介が増えた。"),
    ]


def test_comment_text_opening_with_no_organisation_keeps_the_label() -> None:
    case = _case(
        "取組内容\t・出張相談\n", "市のコメント\t今後の課題：若い世代への周知を進めたい。\n"
    )
    assert [(c.speaker, c.text) for c in case.comments] == [
        ("市", "今後の課題:若い世代への周知を進めたい。")
    ]


# --- decision 2806: a headline opening with a short quotation that the phrase goes on from ---


def _article(title: str) -> jirei.Profile:
    text = (
        "■事例1　高松市\n\n"
        f"{title}\n\n"
        "【香川県高松市】【香川労働局・ハローワーク高松】たかまつ就労支援センター（一体的実施施設）"
        "　令和元年十月一日事業開始\n\n"
        "　市役所の1階にある窓口です。相談者が毎日訪れています。\n\n"
        "◎取組内容\n"
        "▶福祉の窓口の隣で職業相談を実施\n"
        "▶月1回のケース会議\n\n"
        "◎令和3年度の目標と実績\n"
        "　支援対象者数　150人（目標140人以上／達成率107.1％）\n"
    )
    return jirei.parse_text(text).profiles[0]


def test_headline_opening_with_a_quoted_phrase() -> None:
    for title, expected in (
        ("「ここに来れば大丈夫」と思える窓口づくり", "「ここに来れば大丈夫」と思える窓口づくり"),
        ("『働きたい』を支える伴走型の支援", "『働きたい』を支える伴走型の支援"),
        ("「一緒に」で広がる就労支援の輪", "「一緒に」で広がる就労支援の輪"),
    ):
        case = _article(title)
        assert case.title == expected
        assert case.facility_name == "たかまつ就労支援センター"


def test_quotations_of_their_own_are_no_quoted_phrase() -> None:
    from jirei.fallback import quoted_phrase

    assert quoted_phrase("「来てよかった」と言われる窓口へ")
    for line in (
        "「相談しやすくなった」（高松市）",  # a quotation and its speaker
        "「相談しやすくなった」―高松市",
        "「相談しやすくなった」",
        "「窓口が近くにあるので、気軽に相談できるようになりました",  # wrapped quotation
    ):
        assert not quoted_phrase(line)
    case = _article("「相談しやすくなった」（高松市）")
    assert case.title is None


# --- decision 2807: a key–value results line giving a target alone ---


def _line(text: str) -> list[tuple[str, object, object]] | None:
    from jirei.lines import Line
    from jirei.tables.keyvalue import read_line

    normal = unicodedata.normalize("NFKC", text)  # the reader sees normalised text
    found = read_line(Line(normal, 0), locate=lambda start, end: None)
    if found is None:
        return None
    return [
        (
            m.label,
            (m.target.value, m.target.unit) if m.target else None,
            (m.actual.value, m.actual.unit) if m.actual else None,
        )
        for m in found
    ]


def test_target_alone_after_the_label() -> None:
    assert _line("就職支援セミナー　目標6回（感染症拡大防止のため開催を見送り）") == [
        ("就職支援セミナー", (6, "回"), None)
    ]
    assert _line("職場見学会目標：4回") == [("職場見学会", (4, "回"), None)]
    assert _line("・合同面接会 目標 3回") == [("合同面接会", (3, "回"), None)]


def test_actual_with_target_in_brackets_is_unchanged() -> None:
    assert _line("就職者数　71人（目標65人以上）") == [("就職者数", (65, "人"), (71, "人"))]
    assert _line("年度目標 100人") is None  # a target word alone is no label


def test_target_only_line_in_an_article() -> None:
    text = (
        "■事例1　高松市\n\n香川の窓口づくり\n\n"
        "【香川県高松市】【香川労働局・ハローワーク高松】たかまつ就労支援センター（一体的実施施設）"
        "　令和元年十月一日事業開始\n\n"
        "◎取組内容\n▶福祉の窓口の隣で職業相談を実施\n\n"
        "◎令和3年度の目標と実績\n"
        "　支援対象者数　150人（目標140人以上／達成率107.1％）\n"
        "　出張相談会　目標12回（会場の都合により中止）\n\n"
        "◎このほかの成果\n▶ハローワークの求人を市の広報に毎月掲載\n"
    )
    case = jirei.parse_text(text).profiles[0]
    got = [(m.label, m.target.value if m.target else None, m.actual) for m in case.metrics]
    assert got == [("支援対象者数", 140, case.metrics[0].actual), ("出張相談会", 12, None)]
    assert all("中止" not in other for other in case.other_results)


# --- decision 2808: the same card exported with pipes (``|  | …… |`` continuation rows) ---


def _piped(text: str) -> str:
    return "\n".join(
        "| " + " | ".join(line.split("\t")) + " |" if line else line for line in text.split("\n")
    )


def test_pipe_card_wrapped_cells() -> None:
    text = _piped(
        _FACTS + "取組内容\t1. 市の生活保護担当と月1回のケース会議を開き、支援の進捗を共有し\n"
        "\tて次の一手を決める\n"
        "\t2. 遠方の対象者にはオンラインで職業相談を行う\n"
        "その他の実績\t・地元企業12社と協定を結び、職場見学会を年3回開催するなど受入れ先が\n"
        "\t広がった\n"
        "事業目標と実績\t指標\t令和5年度目標\t令和5年度実績\n"
        "\t就職者数\t40人以上\t44人\n"
    )
    case = jirei.parse_text(text).profiles[0]
    assert list(case.initiatives) == [
        "市の生活保護担当と月1回のケース会議を開き、支援の進捗を共有して次の一手を決める",
        "遠方の対象者にはオンラインで職業相談を行う",
    ]
    assert list(case.other_results) == [
        "地元企業12社と協定を結び、職場見学会を年3回開催するなど受入れ先が広がった"
    ]
    assert [(m.label, m.actual.value if m.actual else None) for m in case.metrics] == [
        ("就職者数", 44)
    ]


def test_pipe_card_unmarked_rows_are_items() -> None:
    text = _piped(
        _FACTS + "取組内容\t市の福祉課と同じフロアに窓口を設置\n"
        "\tケース会議を月2回開催\n"
        "事業目標と実績\t指標\t令和5年度目標\t令和5年度実績\n"
        "\t就職者数\t40人以上\t44人\n"
    )
    case = jirei.parse_text(text).profiles[0]
    assert list(case.initiatives) == ["市の福祉課と同じフロアに窓口を設置", "ケース会議を月2回開催"]


def test_comment_cell_naming_its_speaker_in_other_forms() -> None:
    for cell, speaker, role in (
        ("相談に来る方が増えた。（秋田市福祉保健部）", "秋田市福祉保健部", "municipality"),
        ("「相談に来る方が増えた。」（ハローワーク秋田）", "ハローワーク秋田", "hello_work"),
        ("秋田労働局より：相談に来る方が増えた。", "秋田労働局", "labour_bureau"),
    ):
        case = _case("取組内容\t・出張相談\n", f"自治体コメント\t{cell}\n")
        assert [(c.speaker, c.role, c.text) for c in case.comments] == [
            (speaker, role, "相談に来る方が増えた。")
        ]
