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
