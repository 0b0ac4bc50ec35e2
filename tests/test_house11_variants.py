"""The seed's genre in other house styles (branch ``house11``, decisions 2370–2389): a case
header given as a one-row pipe table of field names over its values, numbered section heads
in square brackets (``〔1〕主な取組``), ``Xより：`` / ``Xから：`` speaker lines over the text.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, prose and figures). Every expected fact was
written by hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from tests._variants import M, P, R, mismatches

import jirei

D = datetime.date

# 1. a pipe header table atop each case's page (under a page number), a catch phrase,
#    ``〔n〕`` sections, a transposed results table, ``Xより：`` speaker lines
PIPE_HEADER = """令和４年度　取組事例集（北陸ブロック）

目　次
　富山県高岡市　……　１
　石川県小松市　……　２


－１－
| 自治体 | 労働局 | ハローワーク | 施設名（種別） | 開始 |
| 富山県高岡市 | 富山労働局 | ハローワーク高岡 | たかおかステーション（一体的実施施設） | H30.6.1 |

鋳物のまちで「働く」を一緒に探す

〔1〕主な取組

・市生活支援課の窓口にナビゲーターが週３日常駐する。
・地元の鋳物工場と職場見学会を開く。

〔2〕令和４年度の目標と実績

| 区分 | 支援対象者数 | 就職者数 |
| 目標 | 140人 | 80人 |
| 実績 | 151人 | 88人 |
| 達成率 | 107.9% | 110.0% |

〔3〕関係者の声

高岡市より：
見学会から応募につながる方が増え、手応えを感じています。

富山労働局より：
工場の求人開拓を今後も続けていきます。


－２－
| 自治体 | 労働局 | ハローワーク | 施設名（種別） | 開始 |
| 石川県小松市 | 石川労働局 | ハローワーク小松 | こまつ仕事相談室（常設窓口） | 令和2年10月1日 |

空港のまちの子育て世帯を応援

〔1〕主な取組

・児童扶養手当の手続きの日に出張相談を行う。

〔2〕令和４年度の目標と実績

| 区分 | 支援対象者数 | 就職者数 |
| 目標 | 90人以上 | 50人以上 |
| 実績 | 97人 | 55人 |
| 達成率 | 107.8% | 110.0% |

〔3〕関係者の声

ハローワーク小松から：
手続きの日に相談できて負担が減ったと聞きます。
"""
PIPE_HEADER_FACTS = [
    {
        "title": "鋳物のまちで「働く」を一緒に探す",
        "prefecture": "富山県", "municipality": "高岡市", "labour_bureau": "富山労働局",
        "hello_work": ("ハローワーク高岡",), "facility_name": "たかおかステーション",
        "facility_type": "一体的実施施設", "start_date": D(2018, 6, 1), "fiscal_year": 2022,
        "initiatives": (
            "市生活支援課の窓口にナビゲーターが週3日常駐する。",
            "地元の鋳物工場と職場見学会を開く。",
        ),
        "metrics": [
            M("支援対象者数", P(140), P(151), "107.9"),
            M("就職者数", P(80), P(88), "110.0"),
        ],
        "comments": [
            ("高岡市", "municipality", "見学会から応募につながる方が増え、手応えを感じています。"),
            ("富山労働局", "labour_bureau", "工場の求人開拓を今後も続けていきます。"),
        ],
    },
    {
        "title": "空港のまちの子育て世帯を応援",
        "prefecture": "石川県", "municipality": "小松市", "labour_bureau": "石川労働局",
        "hello_work": ("ハローワーク小松",), "facility_name": "こまつ仕事相談室",
        "facility_type": "常設窓口", "start_date": D(2020, 10, 1), "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(90, "人", "以上"), P(97), "107.8"),
            M("就職者数", P(50, "人", "以上"), P(55), "110.0"),
        ],
        "comments": [
            ("ハローワーク小松", "hello_work", "手続きの日に相談できて負担が減ったと聞きます。"),
        ],
    },
]

# 2. the same genre in another hand: full-width pipes, other field names (実施自治体,
#    労働局・ハローワーク, 窓口名称, 開設日), no page numbers, ``［１］`` and ``【３】`` heads, a
#    kanji-numbered ``〔二〕`` head, the speaker's text on the same line (``市より：text``)
FULLWIDTH_PIPES = """｜実施自治体｜労働局・ハローワーク｜窓口名称｜開設日｜
｜長野県上田市｜長野労働局・ハローワーク上田｜うえだジョブサポート（一体的実施施設）｜令和元年５月７日｜

千曲川沿いの暮らしを仕事で支える

［１］取組内容
・福祉課の面談に合わせて職業相談を行う。

〔二〕令和５年度の実績
| 区分 | 就職者数 | 就職率 |
| 目標 | 60人 | 50.0% |
| 実績 | 64人 | 53.3% |

【３】関係者の声
上田市より：面談の流れで仕事の話ができるようになった。

｜実施自治体｜労働局・ハローワーク｜窓口名称｜開設日｜
｜長野県飯田市｜長野労働局・ハローワーク飯田｜いいだ就労コーナー（常設窓口）｜平成29年4月3日｜

りんご並木の窓口から

［１］取組内容
・市役所の１階で毎日相談を受ける。

〔二〕令和５年度の実績
| 区分 | 就職者数 | 就職率 |
| 目標 | 40人 | 45.0% |
| 実績 | 41人 | 46.6% |

【３】関係者の声
ハローワーク飯田から：市役所での相談が定着した。
"""
FULLWIDTH_PIPES_FACTS = [
    {
        "title": "千曲川沿いの暮らしを仕事で支える",
        "prefecture": "長野県", "municipality": "上田市", "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク上田",), "facility_name": "うえだジョブサポート",
        "facility_type": "一体的実施施設", "start_date": D(2019, 5, 7), "fiscal_year": 2023,
        "initiatives": ("福祉課の面談に合わせて職業相談を行う。",),
        "metrics": [M("就職者数", P(60), P(64)), M("就職率", R("50.0"), R("53.3"))],
        "comments": [("上田市", "municipality", "面談の流れで仕事の話ができるようになった。")],
    },
    {
        "title": "りんご並木の窓口から",
        "prefecture": "長野県", "municipality": "飯田市", "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク飯田",), "facility_name": "いいだ就労コーナー",
        "facility_type": "常設窓口", "start_date": D(2017, 4, 3), "fiscal_year": 2023,
        "initiatives": ("市役所の1階で毎日相談を受ける。",),
        "metrics": [M("就職者数", P(40), P(41)), M("就職率", R("45.0"), R("46.6"))],
        "comments": [("ハローワーク飯田", "hello_work", "市役所での相談が定着した。")],
    },
]

# Negative: a table of field names over SEVERAL rows is a list of cases, no case header; a
# pipe row whose cells are not all field names is no header either.
CASE_LIST = """| 自治体 | 労働局 | ハローワーク | 開始 |
| 富山県高岡市 | 富山労働局 | ハローワーク高岡 | 平成30年6月1日 |
| 富山県魚津市 | 富山労働局 | ハローワーク魚津 | 令和元年7月1日 |

窓口の一覧
"""


def test_facts_row_needs_one_value_row() -> None:
    from jirei.normalise import normalise
    from jirei.rules import DEFAULT_RULES
    from jirei.segment import _Preamble, segment

    seg = segment(normalise(CASE_LIST, DEFAULT_RULES).text, DEFAULT_RULES)
    reader = _Preamble(DEFAULT_RULES, seg.lines)
    assert not reader.opens_facts_row(0)


@pytest.mark.parametrize(
    ("header", "values", "fields"),
    [
        (
            "| 自治体 | 労働局 | 開始 |",
            "| 福井県敦賀市 | 福井労働局 | 令和2年4月1日 |",
            [
                ("place", "福井県敦賀市"),
                ("labour_bureau", "福井労働局"),
                ("start_date", "令和2年4月1日"),
            ],
        ),
        ("| 区分 | 支援対象者数 | 就職者数 |", "| 目標 | 90人 | 50人 |", None),  # a results table
        ("| 自治体 | 労働局 | 開始 |", "| 福井県敦賀市 | 福井労働局 |", None),  # a cell missing
        ("| 自治体 | 労働局 | 開始 |", "| 福井県敦賀市 | | 令和2年4月1日 |", None),  # an empty cell
    ],
)
def test_pipe_facts_row(header: str, values: str, fields: list[tuple[str, str]] | None) -> None:
    from jirei.factsrow import read_facts_row
    from jirei.lines import Line

    first = Line(header, 0)
    row = read_facts_row([first, Line(values, first.end + 1)])
    if fields is None:
        assert row is None
    else:
        assert row is not None
        assert [(f.kind, f.value) for f in row.fields] == fields
        text = f"{header}\n{values}"
        assert all(text[f.start : f.end] == f.value for f in row.fields)  # spans into the text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("〔1〕主な取組", "initiatives"),
        ("［２］令和３年度の目標と実績", "results"),
        ("【三】関係者の声", "comments"),
        ("〈2〉令和４年度の実績", "results"),
        ("[1]取組内容", "initiatives"),
        ("■１　主な取組", "initiatives"),
        ("●３．関係者の声", "comments"),
        ("【２．その他の成果】", "other_results"),
        ("〔1〕宮城県石巻市", None),  # a number over no section name: no section
        ("■1日平均10人が来所", None),
    ],
)
def test_bracketed_section_numbers(line: str, kind: str | None) -> None:
    from jirei.lines import Line
    from jirei.normalise import normalise
    from jirei.rules import DEFAULT_RULES
    from jirei.sections import classifier

    text = normalise(line, DEFAULT_RULES).text
    info = classifier(DEFAULT_RULES).classify_all([Line(text, 0)])[0]
    assert (info.section if info.kind.name == "SECTION" else None) == kind


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ("鶴岡市より：\n支援会議で課題の整理が早くなりました。", "鶴岡市", "municipality"),
        ("山形労働局から：\n来年度も周知に取り組みます。", "山形労働局", "labour_bureau"),
        ("ハローワーク酒田より：\n定着支援を続けます。", "ハローワーク酒田", "hello_work"),
        ("酒田市福祉課より：就職後の定着も見ていきたい。", "酒田市福祉課", "municipality"),
        ("○酒田市より：\n就職後の定着も見ていきたい。", "酒田市", "municipality"),
        ("・ハローワーク酒田から：定着支援を続けます。", "ハローワーク酒田", "hello_work"),
        ("山形労働局より：「周知に取り組みます。」", "山形労働局", "labour_bureau"),
        # the plain ``X：`` speaker line reads as before
        ("鶴岡市：\n支援会議で課題の整理が早くなりました。", "鶴岡市", "municipality"),
    ],
)
def test_from_speaker_lines(body: str, speaker: str, role: str) -> None:
    text = (
        "【山形県鶴岡市】【山形労働局・ハローワーク鶴岡】\n庄内の窓口\n\n【取組内容】\n"
        f"・相談を受ける。\n\n【関係者の声】\n{body}\n"
    )
    profile = jirei.parse_text(text).profiles[0]
    assert [(c.speaker, c.role) for c in profile.comments] == [(speaker, role)]


# 3. speakers headed by a bare place in angle brackets (``〈松戸市〉``), next to a bracketed
#    office heading, after the case's other results and with no comments heading over them
PLACE_VOICES = """事例１

駅の近くで相談をはじめました

千葉県松戸市と千葉労働局（ハローワーク松戸）が令和2年4月1日から実施
窓口名称：まつど就労支援室（一体的実施施設）

■取組のポイント
◇ 駅前の市の施設で週５日相談を受ける。

■令和３年度の成果
・就職者数　８８人（目標８０人、達成率110.0％）

■その他の取組み
・市内の介護事業所と合同面接会を開いた。

〈松戸市〉
　駅から近いので、仕事帰りに相談に来る方が増えました。

〈ハローワーク松戸〉
　市の担当者との打合せを毎週続けています。
"""
PLACE_VOICES_FACTS = [
    {
        "municipality": "松戸市", "other_results": ("市内の介護事業所と合同面接会を開いた。",),
        "comments": [
            ("松戸市", "municipality", "駅から近いので、仕事帰りに相談に来る方が増えました。"),
            ("ハローワーク松戸", "hello_work", "市の担当者との打合せを毎週続けています。"),
        ],
    },
]
# 5. a converter's pipe tables: a ``|---|`` line under each row of names, ``(n)`` heads,
#    ``【Xより】`` and ``Xから：text`` speakers
SEPARATOR = """令和４年度　取組事例集

| 自治体 | 労働局 | ハローワーク | 施設名（種別） | 開始 |
|---|---|---|---|---|
| 新潟県上越市 | 新潟労働局 | ハローワーク上越 | じょうえつ窓口（一体的実施施設） | 平成30年6月1日 |

雪国のまちで「働く」を一緒に探す

(1) 主な取組
・市生活支援課の窓口にナビゲーターが週３日常駐する。

(2) 令和４年度の目標と実績
| 区分 | 支援対象者数 | 就職者数 |
|---|---|---|
| 目標 | 140人 | 80人 |
| 実績 | 151人 | 88人 |

(3) 関係者の声
【上越市より】
見学会から応募につながる方が増えました。

| 自治体 | 労働局 | ハローワーク | 施設名（種別） | 開始 |
|---|---|---|---|---|
| 福井県坂井市 | 福井労働局 | ハローワーク三国 | さかい仕事相談室（常設窓口） | 令和2年10月1日 |

港のまちの子育て世帯を応援

(1) 主な取組
・児童扶養手当の手続きの日に出張相談を行う。

(2) 令和４年度の目標と実績
| 区分 | 支援対象者数 | 就職者数 |
|---|---|---|
| 目標 | 90人以上 | 50人以上 |
| 実績 | 97人 | 55人 |

(3) 関係者の声
ハローワーク三国から：手続きの日に相談できて負担が減ったと聞きます。
"""
SEPARATOR_FACTS = [
    {
        "title": "雪国のまちで「働く」を一緒に探す",
        "prefecture": "新潟県", "municipality": "上越市",
        "labour_bureau": "新潟労働局", "hello_work": ("ハローワーク上越",),
        "facility_name": "じょうえつ窓口", "facility_type": "一体的実施施設",
        "start_date": D(2018, 6, 1), "fiscal_year": 2022,
        "metrics": [M("支援対象者数", P(140), P(151)), M("就職者数", P(80), P(88))],
        "comments": [("上越市", "municipality", "見学会から応募につながる方が増えました。")],
    },
    {
        "title": "港のまちの子育て世帯を応援", "prefecture": "福井県", "municipality": "坂井市",
        "labour_bureau": "福井労働局", "hello_work": ("ハローワーク三国",),
        "facility_name": "さかい仕事相談室", "facility_type": "常設窓口",
        "start_date": D(2020, 10, 1), "fiscal_year": 2022,
        "comments": [
            ("ハローワーク三国", "hello_work", "手続きの日に相談できて負担が減ったと聞きます。"),
        ],
    },
]

# 6. the two-row vertical form: a card of ``| 項目 | 内容 |`` rows atop each case, over its catch
#    phrase (the second case's card without the ``項目 | 内容`` row), ``①`` section heads
VERTICAL = """令和５年度　取組事例集

| 項目 | 内容 |
| 自治体 | 静岡県沼津市 |
| 労働局 | 静岡労働局 |
| ハローワーク | ハローワーク沼津 |
| 施設名（種別） | ぬまづ就労ルーム（一体的実施施設） |
| 開始 | 令和3年4月1日 |

港のまちで仕事を探す

①主な取組
・市の保護課で週２日の出張相談を行う。

②令和５年度の目標と実績
| 区分 | 支援対象者数 | 就職者数 |
| 目標 | 110人 | 60人 |
| 実績 | 118人 | 66人 |

③関係者の声
沼津市より：
相談の予約が取りやすくなりました。

| 自治体 | 静岡県三島市 |
| 労働局 | 静岡労働局 |
| ハローワーク | ハローワーク三島 |
| 施設名（種別） | みしま仕事相談室（常設窓口） |
| 開始 | 平成31年4月1日 |

水の都の就労支援

①主な取組
・児童扶養手当の窓口で職業相談を案内する。

②令和５年度の目標と実績
| 区分 | 支援対象者数 | 就職者数 |
| 目標 | 70人 | 40人 |
| 実績 | 75人 | 43人 |

③関係者の声
ハローワーク三島より：
案内から相談につながる方が増えました。
"""
VERTICAL_FACTS = [
    {
        "title": "港のまちで仕事を探す", "prefecture": "静岡県", "municipality": "沼津市",
        "labour_bureau": "静岡労働局", "hello_work": ("ハローワーク沼津",),
        "facility_name": "ぬまづ就労ルーム", "facility_type": "一体的実施施設",
        "start_date": D(2021, 4, 1), "fiscal_year": 2023,
        "metrics": [M("支援対象者数", P(110), P(118)), M("就職者数", P(60), P(66))],
        "comments": [("沼津市", "municipality", "相談の予約が取りやすくなりました。")],
    },
    {
        "title": "水の都の就労支援", "prefecture": "静岡県", "municipality": "三島市",
        "labour_bureau": "静岡労働局", "hello_work": ("ハローワーク三島",),
        "facility_name": "みしま仕事相談室", "facility_type": "常設窓口",
        "start_date": D(2019, 4, 1), "fiscal_year": 2023,
        "comments": [("ハローワーク三島", "hello_work", "案内から相談につながる方が増えました。")],
    },
]

# 7. a ruled box of ``label　value`` lines atop each case (the box's borders drawn), the catch
#    phrase under it, ``１．`` sections, comments ``「…」（speaker）`` right before the next box
BOXED = """はじめに
　本事例集は、北陸ブロックの取組をまとめたものです。

┌──────────────────────────────┐
│自治体　　　　福井県福井市　　　　　　　　　　　　│
│労働局　　　　福井労働局　　　　　　　　　　　　　│
│ハローワーク　ハローワーク福井　　　　　　　　　　│
│施設名　　　　ふくい就労ナビ（一体的実施施設）　　│
│開始日　　　　平成二十九年四月三日　　　　　　　　│
└──────────────────────────────┘

恐竜のまちの相談窓口

１．取組内容
　①　生活福祉課の面談の日に職業相談を行う。

２．平成３０年度の目標と実績
　　　　　　　　　目　標　　　　　実　績　　　　達成率
　支援対象者数　　２００人　　　　２１０人　　　１０５．０％

３．関係者のコメント
　「面談の日に相談できるので、来所が増えた。」（福井市生活福祉課長）

┌──────────────────────────────┐
│自治体　　　　福井県敦賀市　　　　　　　　　　　　│
│労働局　　　　福井労働局　　　　　　　　　　　　　│
│ハローワーク　ハローワーク敦賀　　　　　　　　　　│
│施設名　　　　つるが仕事サポート（常設窓口）　　　│
│開始日　　　　平成３０年１０月１日　　　　　　　　│
└──────────────────────────────┘

港のまちの就労支援

１．取組内容
　①　市役所で週３日の相談を行う。

２．平成３０年度の目標と実績
　　　　　　　　　目　標　　　　　実　績　　　　達成率
　支援対象者数　　９０人　　　　　９６人　　　　１０６．７％

３．関係者のコメント
　「市役所の中で相談が完結する。」（ハローワーク敦賀所長）
"""
BOXED_FACTS = [
    {
        "title": "恐竜のまちの相談窓口", "prefecture": "福井県", "municipality": "福井市",
        "labour_bureau": "福井労働局", "hello_work": ("ハローワーク福井",),
        "facility_name": "ふくい就労ナビ", "facility_type": "一体的実施施設",
        "start_date": D(2017, 4, 3), "fiscal_year": 2018,
        "metrics": [M("支援対象者数", P(200), P(210), "105.0")],
    },
    {
        "title": "港のまちの就労支援", "prefecture": "福井県", "municipality": "敦賀市",
        "labour_bureau": "福井労働局", "hello_work": ("ハローワーク敦賀",),
        "facility_name": "つるが仕事サポート", "facility_type": "常設窓口",
        "start_date": D(2018, 10, 1), "fiscal_year": 2018,
        "metrics": [M("支援対象者数", P(90), P(96), "106.7")],
    },
]

# 8. the voices of PLACE_VOICES headed by names in square brackets (``【松戸市】``)
SQUARE_VOICES = PLACE_VOICES.replace("〈松戸市〉", "【松戸市】").replace(
    "〈ハローワーク松戸〉", "【ハローワーク松戸】"
)

# 9. PIPE_HEADER's header tables as two tiers (three fields over their values, then two) and
#    as a box drawn with rules (``┌─┬─┐``), its rows parted by ``├─┼─┤``
def _facts_tables(text: str, shape: str) -> str:
    """``text`` with each one-row pipe facts table rewritten in ``shape``."""
    import re

    def rewrite(match: re.Match[str]) -> str:
        names = [cell.strip() for cell in match.group(1).strip("|").split("|")]
        values = [cell.strip() for cell in match.group(2).strip("|").split("|")]
        if shape == "tiers":
            rows = [names[:3], values[:3], names[3:], values[3:]]
            return "".join("| " + " | ".join(row) + " |\n" for row in rows)
        rule = "─" * 6
        return (
            "┌" + "┬".join(rule for _ in names) + "┐\n│" + "│".join(names) + "│\n"
            "├" + "┼".join(rule for _ in names) + "┤\n│" + "│".join(values) + "│\n"
            "└" + "┴".join(rule for _ in names) + "┘\n"
        )

    return re.sub(r"^(\| 自治体 .*\|)\n(\|.*\|)\n", rewrite, text, flags=re.M)


# 10. header lines behind marks under a case label (``■ 北海道北見市`` / ``■ 北海道労働局
#     ハローワーク北見`` / ``■ name（kind）　date から``), the catch phrase under them, ``（１）``
#     sections
MARKED_HEADER = """２０２１年度　就労支援の取組事例

＜事例１＞
■ 北海道北見市
■ 北海道労働局　ハローワーク北見
■ きたみ就労支援室（一体的実施施設）　令和２年４月１日から

冬でも通える窓口で就職を応援

（１）取組の内容
　ア　市役所１階で毎日相談を受ける。
　イ　雪の日は電話相談に切り替える。

（２）２０２１年度の実績
　　　　　　　　　目標　　　実績　　　達成率
　就職者数　　　　９０人　　９８人　　108.9％
　就職率　　　　　５５％　　５８．２％　　－

（３）関係者から
　北見市より：雪の日の電話相談が好評でした。
　ハローワーク北見より：来年度も続けます。

＜事例２＞
■ 北海道帯広市
■ 北海道労働局　ハローワーク帯広
■ おびひろ仕事サポート（常設窓口）　平成３０年１０月１日から

農業のまちの就労支援

（１）取組の内容
　ア　農業法人と合同の説明会を開く。

（２）２０２１年度の実績
　　　　　　　　　目標　　　実績　　　達成率
　就職者数　　　　５０人　　５４人　　108.0％

（３）関係者から
　帯広市より：農業法人への就職が増えました。
"""
MARKED_HEADER_FACTS = [
    {
        "title": "冬でも通える窓口で就職を応援", "prefecture": "北海道", "municipality": "北見市",
        "labour_bureau": "北海道労働局", "hello_work": ("ハローワーク北見",),
        "facility_name": "きたみ就労支援室", "facility_type": "一体的実施施設",
        "start_date": D(2020, 4, 1), "fiscal_year": 2021,
    },
    {
        "title": "農業のまちの就労支援", "prefecture": "北海道", "municipality": "帯広市",
        "labour_bureau": "北海道労働局", "hello_work": ("ハローワーク帯広",),
        "facility_name": "おびひろ仕事サポート", "facility_type": "常設窓口",
        "start_date": D(2018, 10, 1), "fiscal_year": 2021,
    },
]

DOCUMENTS = {
    "marked_header": (MARKED_HEADER, MARKED_HEADER_FACTS),
    "header_tiers": (_facts_tables(PIPE_HEADER, "tiers"), PIPE_HEADER_FACTS),
    "header_box": (_facts_tables(PIPE_HEADER, "box"), PIPE_HEADER_FACTS),
    "square_voices": (SQUARE_VOICES, PLACE_VOICES_FACTS),
    "boxed_fields": (BOXED, BOXED_FACTS),
    "vertical_cards": (VERTICAL, VERTICAL_FACTS),
    "separator_rows": (SEPARATOR, SEPARATOR_FACTS),
    "pipe_header": (PIPE_HEADER, PIPE_HEADER_FACTS),
    "fullwidth_pipes": (FULLWIDTH_PIPES, FULLWIDTH_PIPES_FACTS),
    "place_voices": (PLACE_VOICES, PLACE_VOICES_FACTS),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_house_style_variants(name: str) -> None:
    text, expected = DOCUMENTS[name]
    assert mismatches(text, expected) == []


@pytest.mark.parametrize(
    ("lines", "voice"),
    [
        (["〈松戸市〉", "相談が増えました。", "", "〈ハローワーク松戸〉", "続けます。"], True),
        # after the results, two bracketed names each over their sentences
        (["■成果", "・30人", "", "【柏市】", "増えた。", "", "【ハローワーク柏】", "続く。"], True),
        # under a comments heading the comments reader reads it (decision 708): left as it is
        (["■関係者の声", "《柏市》", "相談が増えました。"], False),
        # two names over sentences under 取組内容: no voices there
        (["■取組内容", "【柏市】", "相談する。", "", "【ハローワーク柏】", "紹介する。"], False),
        (["〈松戸市〉", "松戸市では、駅前に窓口を設けた。", "", "■取組内容"], False),  # a label
        # no sentence under it
        (["〈松戸市〉", "駅前の窓口", "", "〈ハローワーク松戸〉", "続けます。"], False),
        (["〈松戸駅〉", "相談が増えました。", "", "〈ハローワーク松戸〉", "続けます。"], False),
    ],
)
def test_name_voices(lines: list[str], voice: bool) -> None:
    from jirei.lines import split_lines
    from jirei.namevoices import name_voices
    from jirei.normalise import normalise
    from jirei.rules import DEFAULT_RULES
    from jirei.sections import K, classifier

    text = normalise("\n".join(lines), DEFAULT_RULES).text
    infos = classifier(DEFAULT_RULES).classify_all(split_lines(text))
    at = next(n for n, line in enumerate(lines) if line.startswith(("〈", "《", "【柏")))
    assert infos[at].kind is not K.COMMENT  # a bare place is no speaker heading itself (837)
    assert (name_voices(infos, DEFAULT_RULES)[at].kind is K.COMMENT) == voice


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("二〇一八年七月二日", "2018-07-02"),
        ("開始日　二〇二〇年十二月三十一日から", "2020-12-31"),
        ("二〇一九年四月一日開設", "2019-04-01"),
        ("三二〇一八年七月二日", None),  # five kanji digits: no year
        ("二〇一八年十三月一日", None),  # no such month
    ],
)
def test_kanji_gregorian_dates(text: str, iso: str | None) -> None:
    from jirei.values.dates import find_dates

    found = [f.value.isoformat() for f in find_dates(text)]
    assert found == ([iso] if iso else [])


# 4. pdftotext results tables: no word over the row labels, a bound (``以上``) wrapped under
#    its figure, a row label wrapped onto the table's last line
PDF_TABLE = """【取組内容】
● 市の窓口で職業相談を行う。

【事業目標と実績】

                      令和２年度目標    令和２年度実績      達 成 率
  支 援 対 象 者 数      200人              214人           107.0%
  職 業 相 談 件 数      2,400件            2,512件         104.7%
                         以上
  就 職 率               55.0%              57.2%           104.0%
  母子家庭の母等            －                36人              －
  の就職者数
"""
PDF_TABLE_NOTE = PDF_TABLE.replace("  の就職者数\n", "  ※延べ人数\n")


def _pdf_case(table: str) -> list[tuple[object, ...]]:
    head = "【佐賀県唐津市】【佐賀労働局・ハローワーク唐津】\n港町の窓口\n\n"
    profile = jirei.parse_text(head + table).profiles[0]
    return [
        (m.label, m.target and (m.target.value, m.target.qualifier), m.actual and m.actual.value)
        for m in profile.metrics
    ]


def test_wrapped_bound_and_label_tail() -> None:
    assert _pdf_case(PDF_TABLE) == [
        ("支援対象者数", (200, None), 214),
        ("職業相談件数", (2400, "以上"), 2512),
        ("就職率", (Decimal("55.0"), None), Decimal("57.2")),
        ("母子家庭の母等の就職者数", None, 36),
    ]
    # a note under the table is no wrapped tail of the last row's label
    labels = [label for label, _, _ in _pdf_case(PDF_TABLE_NOTE)]
    assert labels[-1] == "母子家庭の母等"


@pytest.mark.parametrize(
    ("line", "name", "kind"),
    [
        ("施設：『おかざき就労ひろば』（一体的実施施設）　2018年4月2日開設", "おかざき就労ひろば",
         None),
        ("施設：「おかざき仕事サポート」（常設窓口）", "おかざき仕事サポート", "常設窓口"),
        ("施設：“おかざき相談室”（常設窓口）", "おかざき相談室", "常設窓口"),
        # quotes inside the name, not wrapping it whole, stay
        ("施設：『おかざき』就労ルーム（常設窓口）", "『おかざき』就労ルーム", "常設窓口"),
    ],
)
def test_quoted_facility_name(line: str, name: str, kind: str | None) -> None:
    text = (
        "CASE 1\n矢作川沿いの相談窓口\n"
        "所在地：愛知県岡崎市　／　連携：愛知労働局 ハローワーク岡崎\n"
        f"{line}\n\n【取組の内容】\n●相談を受ける。\n"
    )
    profile = jirei.parse_text(text).profiles[0]
    assert profile.facility_name == name
    assert profile.facility_type == (kind or "一体的実施施設")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("▶ 長崎市就労支援センター（外部サイト）", False),
        ("・ハローワーク佐世保のページ（新しいウィンドウで開きます）", False),
        ("関連資料：させぼ就労窓口の案内（PDF：845KB）", False),
        ("参考：実績一覧（Excel形式　35KB）", False),
        # an item whose bracket is no link note stays an item
        ("・企業説明会を開いた（外部講師を招いた）。", True),
        ("・案内チラシを作成した（PDF版も配布）。", True),
    ],
)
def test_web_link_lines(line: str, kept: bool) -> None:
    text = (
        "【長崎県長崎市】【長崎労働局・ハローワーク長崎】\n坂のまちの窓口\n\n【取組内容】\n"
        "・相談を受ける。\n\n【その他の成果】\n・説明会を12回開いた。\n\n"
        f"{line}\n\n【関係者の声】\n長崎市より：\n相談が増えました。\n"
    )
    profile = jirei.parse_text(text).profiles[0]
    assert (len(profile.other_results) == 2) == kept
    assert profile.other_results[0] == "説明会を12回開いた。"
