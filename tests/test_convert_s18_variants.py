"""Variants of the conversion leftovers of branch convert-s18 (decisions 3516–3530): a table
whose cells one ideographic space parts (Word's plain-text save), a contact block going on
past a blank line, and the other readings of the branch — each in other places, figures,
spacing and bracket styles than the development documents, with negative variants that
must read as before."""

from __future__ import annotations

import attrs
import pytest

from jirei.pipeline import parse_text
from jirei.rules import DEFAULT_RULES
from jirei.widecells import untangle_wide_cells

# ---------------------------------------------------------------------------------------
# decision 3516: cells parted by one U+3000


def _wide_case(table: str) -> str:
    return "\n".join([
        "【鳥取県米子市】【鳥取労働局・ハローワーク米子】",
        "よなご就労支援窓口（一体的実施施設）　令和２年４月１日事業開始",
        "福祉と就労をひとつの窓口で",
        "【取組内容】",
        "●　市の福祉課にナビゲーターが週３日常駐",
        "【事業目標と取組状況】",
        table,
        "＜米子市コメント＞",
        "福祉の窓口からすぐに職業相談につなげられるようになった。",
        "",
    ])


def _metrics(text: str, rules=DEFAULT_RULES):
    case = parse_text(text, rules=rules).profiles[0]
    return [
        (
            m.label,
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
            m.achievement_rate,
        )
        for m in case.metrics
    ], case.other_results


#: no separators: the reader of decision 3516 off
_NO_WIDE = attrs.evolve(
    DEFAULT_RULES,
    figures_table={k: v for k, v in DEFAULT_RULES.figures_table.items() if k != "wide_cells"},
)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (  # an empty target cell (two separators), rows after it
            "項目　令和３年度目標　令和３年度実績\n"
            "相談件数　　８７６件\n"
            "支援対象者数　１５０人　１６２人\n"
            "就職率　６０．０％　６２．３％",
            [("相談件数", None, 876, None), ("支援対象者数", 150, 162, None),
             ("就職率", "60.0", "62.3", None)],
        ),
        (  # an empty actual cell in the middle of a four-column table
            "区分　目標　実績　達成率\n"
            "支援対象者数　２００人以上　２１８人　１０９．０％\n"
            "紹介件数　３００件　　－\n"
            "就職者数　１２０人以上　１３１人　１０９．２％",
            [("支援対象者数", 200, 218, "109.0"), ("紹介件数", 300, None, None),
             ("就職者数", 120, 131, "109.2")],
        ),
        (  # a header with an empty corner cell, a label holding a separator of its own
            "　令和３年度目標　令和３年度実績\n"
            "支援対象者数　９０人　１０２人\n"
            "就職者数　（うち紹介就職）　　４８人\n"
            "就職者数　５９人　６１人",
            None,
        ),
    ],
)
def test_wide_cells_read_as_a_table(table: str, expected) -> None:
    text = _wide_case(table)
    metrics, others = _metrics(text)
    if expected is None:  # (the third: every row read, an empty cell kept in its column)
        assert [(m[1], m[2]) for m in metrics] == [(90, 102), (None, 48), (59, 61)]
        assert metrics[1][0].startswith("就職者数") and "紹介就職" in metrics[1][0]
        assert others == ()
        return
    got = [
        (label, target, actual, str(rate) if rate is not None else None)
        for label, target, actual, rate in metrics
    ]
    want = [
        (label, _num(target), _num(actual), rate) for label, target, actual, rate in expected
    ]
    assert [(g[0], _num(g[1]), _num(g[2]), g[3]) for g in got] == want
    assert others == ()
    # without the reader the row after the empty cell is lost (or read as a result line)
    before, _ = _metrics(text, _NO_WIDE)
    assert [(m[0], _num(m[1]), _num(m[2])) for m in before] != [w[:3] for w in want]


def _num(value):
    return None if value is None else str(value)


def test_wide_cells_keep_offsets() -> None:
    text = (
        "区分　目標　実績\n就職者数　５０人　　\n支援対象者数　８０人　９２人\n"
        "相談件数　　１２０件\n"
    )
    out = untangle_wide_cells(text)
    assert len(out) == len(text)
    assert out.split("\n")[2] == "支援対象者数\t８０人\t９２人"
    assert out.split("\n")[3] == "相談件数\t\t１２０件"


@pytest.mark.parametrize(
    "text",
    [
        # results lines, one figure a line: no table
        "・支援対象者数　２１０人（目標１８０人以上）\n・就職者数　１２２人\n"
        "・就職率　５８．１％\n",
        # a table aligned by runs of separators: a space-aligned table, read as such
        "利用者数　　約１２，０００人　　　１３，４０５人\n"
        "職業相談　　６，５００件　　　６，８２１件\n",
        # a contents list with leaders and page numbers
        "１　岡山県倉敷市　・・・・・・・・　１\n２　広島県福山市　・・・・・・・・　２\n"
        "３　山口県下関市　・・・・・・・・　３\n",
        # bullets and a header line parted by one separator
        "●　市内の総合支所を巡回\n●　パソコン講習を開催\n"
        "しものせき就労コーナー（一体的実施施設）　令和３年１０月１日事業開始\n",
        # a tab table is left to the tab reader
        "区分\t目標\t実績\n就職者数　５０人　５２人\t\n",
    ],
)
def test_wide_cells_leave_other_lines(text: str) -> None:
    assert untangle_wide_cells(text) == text


def test_wide_cells_padded_table_reads_as_before() -> None:
    table = (
        "区分　　目標　　　実績\n支援対象者数　　２００人　　２１８人\n"
        "就職者数　　１２０人　　１３１人"
    )
    assert _metrics(_wide_case(table)) == _metrics(_wide_case(table), _NO_WIDE)


# ---------------------------------------------------------------------------------------
# decision 3517: a contact block goes on past a blank line

_CONTACT_CASE = """【栃木県小山市】【栃木労働局・ハローワーク小山】
おやま若者・女性しごと相談室（一体的実施施設）
平成２４年６月２５日事業開始

若者・子育て女性の地元就職を後押し！

【取組内容】
○ 土曜日の予約相談を実施

＜労働局コメント＞
紹介件数は目標に届かなかったが、就職件数は目標を上回った。

TAIL
"""

_SAID = "紹介件数は目標に届かなかったが、就職件数は目標を上回った。"

#: the contact block's table off
_NO_CONTACT = attrs.evolve(
    DEFAULT_RULES,
    harvest_table={
        k: v for k, v in DEFAULT_RULES.harvest_table.items() if k != "contact_block"
    },
)


@pytest.mark.parametrize(
    "tail",
    [
        # the ministry's office, then the bureaus and a wrapped note on the contacts
        "【問い合わせ先】\n厚生労働省 職業安定局 総務課\n電話 03-5253-1111（代表）\n\n"
        "群馬労働局 職業安定部 職業安定課\n栃木労働局 職業安定部 職業安定課\n"
        "（各局の連絡先は各局ホームページを\nご覧ください。）",
        # an angle-bracketed head, the bureau and a note closing a sentence
        "〈問合せ先〉\n小山市福祉部社会福祉課\n\n栃木労働局職業安定部職業対策課\n"
        "（受付時間は平日の８時30分から17時15分までです。）",
        # a round-bracketed head, offices parted by spaces, a note on telephones
        "（お問い合わせ先）\n小山市福祉部社会福祉課\n\n"
        "栃木労働局 職業安定部 職業対策課\n"
        "栃木県 産業労働観光部 労働政策課\n（電話での受付は平日のみです。）",
    ],
)
def test_contact_block_goes_on_past_a_blank_line(tail: str) -> None:
    text = _CONTACT_CASE.replace("TAIL", tail)
    case = parse_text(text).profiles[0]
    assert [(c.speaker, c.text) for c in case.comments] == [("労働局", _SAID)]
    before = parse_text(text, rules=_NO_CONTACT).profiles[0]
    assert [c.text for c in before.comments] != [_SAID]


def test_contact_block_stops_at_a_case() -> None:
    second = (
        "【問い合わせ先】\n小山市福祉部社会福祉課\n\n"
        "【栃木県栃木市】【栃木労働局・ハローワーク栃木】\n"
        "とちぎ就労支援窓口（常設窓口）\n平成２８年４月１日事業開始\n\n"
        "蔵の街で働く\n\n【取組内容】\n○ 市役所で出張相談\n\n"
        "＜栃木市コメント＞\n相談の件数が増えた。\n"
    )
    doc = parse_text(_CONTACT_CASE.replace("TAIL", second))
    assert [p.municipality for p in doc.profiles] == ["小山市", "栃木市"]
    assert [(c.speaker, c.text) for c in doc.profiles[1].comments] == [
        ("栃木市", "相談の件数が増えた。")
    ]


def test_contact_block_keeps_a_paragraph_of_words() -> None:
    tail = (
        "【問い合わせ先】\n小山市福祉部社会福祉課\n\n"
        "（写真）相談の様子\n今後も相談会を続けていきたい。"
    )
    text = _CONTACT_CASE.replace("TAIL", tail)
    assert parse_text(text).profiles[0].to_dict() == parse_text(
        text, rules=_NO_CONTACT
    ).profiles[0].to_dict()


# ---------------------------------------------------------------------------------------
# decisions 3518–3519: a Word outline's overview (bracket header under a numbered title
# label) and numbered speakers naming a bare city


def _outline_doc(title_label: str, speaker: str, voice: str, place_speaker: str) -> str:
    return "\n".join([
        "令和元年度　一体的実施　取組事例集",
        "",
        "目次",
        "Ⅰ\t愛媛県今治市の取組\t1",
        "Ⅱ\t愛媛県西条市の取組\t2",
        "",
        "Ⅰ\t愛媛県今治市の取組",
        "\t1\t概要",
        "\t\t【愛媛県今治市】【愛媛労働局・ハローワーク今治】いまばり仕事サポート（一体的実施施設）"
        "令和元年６月３日事業開始",
        f"\t\t{title_label}\t見出し",
        "\t\t\t港町の窓口で相談から就職まで",
        "\t2\t取組内容",
        f"\t\t{speaker.format(n=1)}\t市の窓口にナビゲーターが常駐し、職業紹介まで行う。",
        "\t3\t事業目標と取組状況（平成30年度）",
        "\t\t区分\t目標\t実績",
        "\t\t支援対象者数\t180人\t192人",
        f"\t4\t{voice}",
        f"\t\t{speaker.format(n=1)}\t{place_speaker}",
        "\t\t\t窓口が同じ階にあるので、相談者を待たせずに案内できる。",
        f"\t\t{speaker.format(n=2)}\tハローワーク今治",
        "\t\t\t市の担当者と毎週情報を共有している。",
        "",
        "Ⅱ\t愛媛県西条市の取組",
        "\t1\t概要",
        "\t\t【愛媛県西条市】【愛媛労働局・ハローワーク西条】さいじょう就労コーナー（常設窓口）"
        "平成２９年４月１日事業開始",
        f"\t\t{title_label}\t見出し",
        "\t\t\t水の都の就労支援",
        "\t2\t取組内容",
        f"\t\t{speaker.format(n=1)}\t福祉課と合同で面接会を開く。",
        "\t3\t事業目標と取組状況（平成30年度）",
        "\t\t区分\t目標\t実績",
        "\t\t就職者数\t60人\t64人",
        f"\t4\t{voice}",
        f"\t\t{speaker.format(n=1)}\t西条市",
        "\t\t\t面接会から就職した方が増えた。",
        "",
    ])


@pytest.mark.parametrize(
    ("title_label", "speaker", "voice", "place_speaker"),
    [
        ("(1)", "({n})", "関係者コメント", "今治市"),
        ("（１）", "（{n}）", "関係者の声", "今治市"),
        ("①", "{n}.", "関係者からのコメント", "今治市"),
    ],
)
def test_outline_overview_and_numbered_city_speakers(
    title_label: str, speaker: str, voice: str, place_speaker: str
) -> None:
    doc = parse_text(_outline_doc(title_label, speaker, voice, place_speaker))
    assert [(p.municipality, p.facility_name, p.facility_type) for p in doc.profiles] == [
        ("今治市", "いまばり仕事サポート", "一体的実施施設"),
        ("西条市", "さいじょう就労コーナー", "常設窓口"),
    ]
    assert [(c.speaker, c.role) for c in doc.profiles[0].comments] == [
        ("今治市", "municipality"), ("ハローワーク今治", "hello_work")
    ]
    assert [(c.speaker, c.text) for c in doc.profiles[1].comments] == [
        ("西条市", "面接会から就職した方が増えた。")
    ]


def test_numbered_city_over_no_sentence_is_no_speaker() -> None:
    """A numbered place over figures (no sentence under it) stays what it was."""
    from jirei.lines import Line
    from jirei.sections import K, LineInfo, _numbered_speaker

    infos = [
        LineInfo(Line("  (1) 今治市", 0), K.HEADER),
        LineInfo(Line("   支援対象者数 180人", 12), K.TEXT),
    ]
    assert not _numbered_speaker(infos, 0, DEFAULT_RULES)
    infos[1] = LineInfo(Line("   相談が増えている。", 12), K.TEXT)
    assert _numbered_speaker(infos, 0, DEFAULT_RULES)


# ---------------------------------------------------------------------------------------
# decision 3520: a caption under a results table is a note


@pytest.mark.parametrize(
    "caption",
    [
        "図表１　米子市における支援の流れ（略）",
        "図２　相談件数の推移",
        "表3 年度別の就職者数（省略）",
    ],
)
def test_caption_under_table_is_no_result(caption: str) -> None:
    table = f"区分\t目標\t実績\n支援対象者数\t150人\t162人\n{caption}\n・土曜相談に延べ40人が来所。"
    case = parse_text(_wide_case(table)).profiles[0]
    assert case.other_results == ("土曜相談に延べ40人が来所。",)
    assert any("図" in b.text or "表" in b.text for b in case.unclassified)


def test_result_line_opening_with_a_word_like_caption_stays() -> None:
    table = "区分\t目標\t実績\n支援対象者数\t150人\t162人\n表彰企業への就職者が5人あった。"
    case = parse_text(_wide_case(table)).profiles[0]
    assert case.other_results == ("表彰企業への就職者が5人あった。",)


# ---------------------------------------------------------------------------------------
# decision 3521: an item wrapped before its bracket keeps its tail


@pytest.mark.parametrize("tail", ["（８日間）。", "(延べ12回)。", "（平日のみ）、"])
def test_wrapped_bracket_tail_joins_its_item(tail: str) -> None:
    text = _wide_case(
        "区分\t目標\t実績\n支援対象者数\t150人\t162人\n"
        "【その他の実績】\n◆市内の事業所と職場見学会を開催。\n"
        f"◆ひとり親家庭を対象とした出張相談を現況届の期間に実施\n{tail}"
    )
    case = parse_text(text).profiles[0]
    assert case.other_results[-1].startswith("ひとり親家庭")
    assert case.other_results[-1].endswith(tail.replace("（", "(").replace("）", ")")
                                           .translate(str.maketrans("８１２", "812")))
    assert not any(b.text in ("。", "、") for b in case.unclassified)


def test_bracketed_speaker_with_words_is_no_wrapped_tail() -> None:
    from jirei.listtails import _WRAPPED_TAIL

    assert _WRAPPED_TAIL.match("（米子市福祉課）見学会から就職する人が出てきた。") is None
    assert _WRAPPED_TAIL.match("(ハローワーク米子)相談が増えた。") is None
    assert _WRAPPED_TAIL.match("(8日間)。") is not None


# ---------------------------------------------------------------------------------------
# decision 3522: a kind naming how the window is run


@pytest.mark.parametrize(
    ("line", "name", "kind"),
    [
        (
            "施設名：かみのやま就労相談窓口（巡回相談方式）",
            "かみのやま就労相談窓口",
            "巡回相談方式",
        ),
        ("施設名　さかた仕事相談室（常駐方式）", "さかた仕事相談室", "常駐方式"),
        ("名称：つるおか就労支援（出張相談方式）", "つるおか就労支援", "出張相談方式"),
    ],
)
def test_kind_ending_in_a_way_of_running(line: str, name: str, kind: str) -> None:
    text = "\n".join([
        "【山形県上山市】【山形労働局・ハローワーク山形】",
        line,
        "平成30年4月1日事業開始",
        "ひとり親家庭に身近な窓口",
        "【取組内容】",
        "・市役所で月２回の出張相談",
        "",
    ])
    case = parse_text(text).profiles[0]
    assert (case.facility_name, case.facility_type) == (name, kind)


# ---------------------------------------------------------------------------------------
# decision 3523: a square or angle bracket closing a name right before its start date


def _kaigi(line: str) -> str:
    return "\n".join([
        "令和3年度　福祉事務所長会議資料",
        "",
        "■ 直方市（福岡労働局・ハローワーク直方）",
        line,
        "　ハローワーク直方のナビゲーターが毎週市保護課を巡回し、職業相談を行っている。",
        "［令和2年度実績］相談件数 120件／紹介件数 40件／就職件数 18件",
        "",
        "■ 飯塚市（福岡労働局・ハローワーク飯塚）",
        "いいづか就労支援コーナー［一体的実施施設］　平成二十六年十月一日事業開始",
        "　市役所内の窓口で生活保護受給者の職業相談を行っている。",
        "［令和2年度実績］支援対象者数 150人／就職者数 90人",
        "",
    ])


@pytest.mark.parametrize(
    ("line", "name", "kind"),
    [
        ("のおがた就労サポートコーナー［巡回相談］　平成三十年四月一日事業開始",
         "のおがた就労サポートコーナー", "巡回相談"),
        ("のおがた仕事相談【出張相談】令和元年7月1日開設", "のおがた仕事相談", "出張相談"),
        ("のおがたワークサポート〈サテライト〉 平成30年4月2日開所",
         "のおがたワークサポート", "サテライト"),
    ],
)
def test_bracket_closing_a_name_before_its_date(line: str, name: str, kind: str) -> None:
    case = parse_text(_kaigi(line)).profiles[0]
    assert (case.facility_name, case.facility_type) == (name, kind)


@pytest.mark.parametrize(
    "line",
    [
        "のおがた就労サポートコーナー【仮称】　平成三十年四月一日事業開始",  # no kind
        "のおがた就労サポートコーナー［巡回相談］",  # no date: not read by position
    ],
)
def test_bracket_closing_a_name_that_is_no_kind(line: str) -> None:
    case = parse_text(_kaigi(line)).profiles[0]
    assert case.facility_type is None
