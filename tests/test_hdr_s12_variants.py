"""Header facts in other frames (branch ``hdr-s12``, decisions 2490–2509): boxes drawn with
closed corners but open lines, header sentences naming a bureau and an office, fact lines
above a catch phrase (a prefecture over a city, ``HW ／ 局``, a name over its bracketed kind,
a date with its weekday), a catch phrase over a box of facts, a facility's name heading a
``事業概要`` table, a header sentence wrapped over two lines, a box heading taken for the
headline, a sheet row of label–value pairs, an office filling its bracket.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, people, prose and figures). Every expected fact was
written by hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

import datetime

import pytest
from tests._variants import mismatches

from jirei.facts import read_facts
from jirei.harvest import after_start_date, offices_in
from jirei.lines import Line
from jirei.normalise import normalise
from jirei.openboxes import untangle_open_boxes
from jirei.rules import DEFAULT_RULES

D = datetime.date


# ---------------------------------------------------------------- boxes open on the right


@pytest.mark.parametrize(
    "box",
    [
        # light corners closing the rules, the lines open (a web page copied as text)
        "┌──────────┐\n│ 施設：みなと就労コーナー\n│ 開始：平成２８年４月１日\n└──────────┘\n",
        # heavy corners
        "┏━━━━━━━━━━┓\n┃施設：みなと就労コーナー\n┃開始：平成２８年４月１日\n┗━━━━━━━━━━┛\n",
        # double rules, indented
        "  ╔══════╗\n  ║ 施設：みなと就労コーナー\n  ║ 開始：平成２８年４月１日\n  ╚══════╝\n",
        # open top, closed bottom
        "┌──────────\n│ 施設：みなと就労コーナー\n│ 開始：平成２８年４月１日\n└──────────┘\n",
    ],
)
def test_open_box_with_closed_corners_is_lines(box: str) -> None:
    text = normalise(box, DEFAULT_RULES).text
    out = untangle_open_boxes(text, DEFAULT_RULES)
    assert len(out) == len(text)
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    assert lines == ["施設:みなと就労コーナー", "開始:平成28年4月1日"]


def test_closed_box_with_right_bars_stays_a_table() -> None:
    box = "┌────┬────┐\n│ 目標 │ 実績 │\n└────┴────┘\n"
    assert untangle_open_boxes(box, DEFAULT_RULES) == box


# ---------------------------------------------------------------- header sentences


def _facts(*texts: str) -> tuple[dict[str, object], tuple[str, ...]]:
    lines, at = [], 0
    for text in texts:
        text = normalise(text, DEFAULT_RULES).text
        lines.append(Line(text, at))
        at += len(text) + 1
    read = read_facts(lines, DEFAULT_RULES)
    fields = {name: field.value for name, field in read.fields.items()}
    return fields, tuple(str(o.value) for o in read.hello_work)


@pytest.mark.parametrize(
    ("sentence", "bureau", "offices"),
    [
        (
            "　姫路市と兵庫労働局は、令和２年４月１日、ハローワーク姫路の出張窓口となる"
            "「ひめじ就労ルーム」（一体的実施施設）を開設し、就労支援を行っている。",
            "兵庫労働局", ("ハローワーク姫路",),
        ),
        (
            "奈良市は、奈良労働局（ハローワーク奈良）と協定を結び、平成３０年１０月１日に"
            "「ならワークサポート」を市役所内に開設した。",
            "奈良労働局", ("ハローワーク奈良",),
        ),
        (
            "大津市と滋賀労働局が連携し、ハローワーク大津とハローワーク草津の職員が交代で"
            "常駐する窓口を令和元年７月１日に開設しました。",
            "滋賀労働局", ("ハローワーク大津", "ハローワーク草津"),
        ),
    ],
)
def test_header_sentence_names_bureau_and_offices_alone(
    sentence: str, bureau: str, offices: tuple[str, ...]
) -> None:
    fields, found = _facts("１．兵庫県姫路市", sentence)
    assert fields["labour_bureau"] == bureau
    assert found == offices


def test_header_cells_still_read_as_cells() -> None:
    # a header line of cells (no sentence): the office cell is read whole, as before
    fields, found = _facts("広島県福山市　／　広島労働局　／　ハローワーク福山")
    assert fields["labour_bureau"] == "広島労働局"
    assert found == ("ハローワーク福山",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("鹿児島市と鹿児島労働局（ハローワーク川内）が開設した", ("ハローワーク川内",)),
        ("委員（ハローワーク旭川所長）", ("ハローワーク旭川",)),  # a post after the name
        ("（ハローワーク八戸）", ("ハローワーク八戸",)),
        ("ハローワーク内に開設した", ()),  # no office named
    ],
)
def test_offices_in_a_sentence(text: str, expected: tuple[str, ...]) -> None:
    found = offices_in(normalise(text, DEFAULT_RULES).text, 0, DEFAULT_RULES)
    assert tuple(str(o.value) for o in found) == expected


# ---------------------------------------------------------------- fact lines, names, dates


@pytest.mark.parametrize(
    ("lines", "name", "kind"),
    [
        (
            ("はちおうじ就労ステーション", "（一体的実施施設）"),
            "はちおうじ就労ステーション", "一体的実施施設",
        ),
        (("　ワークサポートまつど", "（常設窓口）"), "ワークサポートまつど", "常設窓口"),
        (("ジョブプラザかしわ", "(一体的実施施設)"), "ジョブプラザかしわ", "一体的実施施設"),
    ],
)
def test_name_over_its_bracketed_kind(lines: tuple[str, str], name: str, kind: str) -> None:
    fields, _ = _facts(*lines)
    assert fields["facility_name"] == name
    assert fields["facility_type"] == kind


@pytest.mark.parametrize(
    "lines",
    [
        ("千葉県松戸市", "（一体的実施施設）"),  # a place is no facility name
        ("ハローワーク松戸", "（一体的実施施設）"),  # nor an office
        ("名称：まつど就労ルーム、開設：令和元年", "（一体的実施施設）"),  # nor a list of facts
    ],
)
def test_no_name_over_a_kind(lines: tuple[str, str]) -> None:
    fields, _ = _facts(*lines)
    assert fields.get("facility_name") != normalise(lines[0], DEFAULT_RULES).text.strip()


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("平成２５年１０月１日（火）事業開始", D(2013, 10, 1)),
        ("令和３年４月５日(月)開設", D(2021, 4, 5)),
        ("２０１９年７月１日（月曜日）オープン", D(2019, 7, 1)),
    ],
)
def test_weekday_before_the_start_word(line: str, start: datetime.date) -> None:
    fields, _ = _facts(line)
    assert fields["start_date"] == start
    assert "facility_name" not in fields


def test_weekday_alone_is_no_start() -> None:
    text = normalise("令和３年４月５日（月）説明会", DEFAULT_RULES).text
    assert not after_start_date(text, text.index(")") - 2, DEFAULT_RULES)
    fields, _ = _facts("令和３年４月５日（月）説明会")
    assert "start_date" not in fields


@pytest.mark.parametrize(
    ("row", "municipality", "bureau", "offices"),
    [
        (
            ("都道府県       福岡県              市区町村        久留米市",
             "労働局         福岡労働局          ハローワーク    ハローワーク久留米"),
            "久留米市", "福岡労働局", ("ハローワーク久留米",),
        ),
        (
            ("都道府県\t熊本県\t市町村\t八代市",
             "労働局\t熊本労働局\tハローワーク\tハローワーク八代"),
            "八代市", "熊本労働局", ("ハローワーク八代",),
        ),
        (
            ("自治体　　佐賀県唐津市　　労働局　　佐賀労働局",
             "ハローワーク　　ハローワーク唐津、ハローワーク伊万里"),
            "唐津市", "佐賀労働局", ("ハローワーク唐津", "ハローワーク伊万里"),
        ),
    ],
)
def test_sheet_row_of_label_value_pairs(
    row: tuple[str, str], municipality: str, bureau: str, offices: tuple[str, ...]
) -> None:
    fields, found = _facts(*row)
    assert fields["municipality"] == municipality
    assert fields["labour_bureau"] == bureau
    assert found == offices


# ---------------------------------------------------------------- whole documents

_RESULTS = """【取組内容】
・ケースワーカーと就職支援ナビゲーターによる合同面談を実施
・就職後の定着支援を電話で実施

【事業目標と実績】
区分	目標	実績
支援対象者数	{a}人	{b}人
就職者数	{c}人	{d}人

＜{city}コメント＞
市と国が同じ窓口に立つことで、相談から就職までが早くなった。

＜{bureau}コメント＞
今後も市と連携し、就職率の向上に取り組みたい。
"""

_FIRST = (
    "【栃木県宇都宮市】【栃木労働局・ハローワーク宇都宮】"
    "うつのみや就労支援センター（一体的実施施設）平成27年4月1日事業開始\n"
) + """駅前の窓口で、相談から就職まで

""" + _RESULTS.format(a=200, b=210, c=120, d=131, city="宇都宮市", bureau="栃木労働局")

# fact lines by shape above the catch phrase: a prefecture over its city, ``HW ／ 局``, a name
# over its bracketed kind, a date with its weekday
FACT_LINES = _FIRST + """

東京都
町田市

ハローワーク町田 ／ 東京労働局

まちだ就労サポート
（常設窓口）

令和元年１０月１日（火）事業開始

駅ビルの窓口で、子育て中の方の相談を夕方まで

""" + _RESULTS.format(a=150, b=162, c=90, d=95, city="町田市", bureau="東京労働局")

FACT_LINES_FACTS = [
    {"municipality": "宇都宮市", "facility_name": "うつのみや就労支援センター"},
    {"title": "駅ビルの窓口で、子育て中の方の相談を夕方まで", "prefecture": "東京都",
     "municipality": "町田市", "labour_bureau": "東京労働局", "hello_work": ("ハローワーク町田",),
     "facility_name": "まちだ就労サポート", "facility_type": "常設窓口",
     "start_date": D(2019, 10, 1)},
]

# the catch phrase over a box of facts that ends with the start date
BOX_UNDER_TITLE = _FIRST + """

ケース会議の定例化で、支援の漏れをなくす

┌────────────────────────┐
│ 群馬県高崎市 × 群馬労働局
│ 連携窓口：ハローワーク高崎
│ 施設：たかさき就労ナビ（一体的実施施設）
│ 開始：平成３０年７月２日
└────────────────────────┘

""" + _RESULTS.format(a=180, b=175, c=100, d=104, city="高崎市", bureau="群馬労働局")

BOX_UNDER_TITLE_FACTS = [
    {"municipality": "宇都宮市"},
    {"title": "ケース会議の定例化で、支援の漏れをなくす", "prefecture": "群馬県",
     "municipality": "高崎市", "labour_bureau": "群馬労働局", "hello_work": ("ハローワーク高崎",),
     "facility_name": "たかさき就労ナビ", "facility_type": "一体的実施施設",
     "start_date": D(2018, 7, 2)},
]

# the facility's name heading an overview table of label / value rows
NAME_OVER_TABLE = _FIRST + """

おやま就労サポートステーション

事業概要
項目	内容
実施自治体	栃木県小山市
労働局	栃木労働局
連携ハローワーク	ハローワーク小山
施設区分	一体的実施施設
事業開始	令和２年１月６日

工業団地の求人を、ひとり親の働きやすさから

""" + _RESULTS.format(a=120, b=126, c=70, d=75, city="小山市", bureau="栃木労働局")

NAME_OVER_TABLE_FACTS = [
    {"municipality": "宇都宮市"},
    {"title": "工業団地の求人を、ひとり親の働きやすさから", "prefecture": "栃木県",
     "municipality": "小山市", "labour_bureau": "栃木労働局", "hello_work": ("ハローワーク小山",),
     "facility_name": "おやま就労サポートステーション", "facility_type": "一体的実施施設",
     "start_date": D(2020, 1, 6)},
]

# a comment of the case before names a city and an office: no header of the next case
COMMENT_NAMES_A_CITY = _FIRST.replace(
    "今後も市と連携し、就職率の向上に取り組みたい。",
    "今後も市と連携し、就職率の向上に取り組みたい。\n鹿沼市\nハローワーク鹿沼",
)

COMMENT_NAMES_A_CITY_FACTS = [
    {"municipality": "宇都宮市", "labour_bureau": "栃木労働局",
     "hello_work": ("ハローワーク宇都宮",), "facility_name": "うつのみや就労支援センター"},
]

DOCUMENTS = {
    "fact_lines": (FACT_LINES, FACT_LINES_FACTS),
    "box_under_title": (BOX_UNDER_TITLE, BOX_UNDER_TITLE_FACTS),
    "name_over_table": (NAME_OVER_TABLE, NAME_OVER_TABLE_FACTS),
    "comment_names_a_city": (COMMENT_NAMES_A_CITY, COMMENT_NAMES_A_CITY_FACTS),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_header_facts_in_other_frames(name: str) -> None:
    text, expected = DOCUMENTS[name]
    assert mismatches(text, expected) == []


# ---------------------------------------------------------------- chronologies (沿革, 経緯)

_CHRONOLOGY = (
    "【千葉県市川市】【千葉労働局・ハローワーク市川】いちかわ就労ナビ（一体的実施施設）\n"
    "相談から定着まで、市と国が一緒に\n\n"
    "{heading}\n{lines}\n\n"
) + _RESULTS.format(a=150, b=160, c=90, d=99, city="市川市", bureau="千葉労働局")


@pytest.mark.parametrize(
    ("heading", "lines", "start"),
    [
        (  # agreement first, then the opening, then a move
            "沿革",
            "平成２６年３月２７日　市川市と千葉労働局が雇用対策協定を締結\n"
            "平成２６年６月２日　　市役所内にハローワーク市川の常設窓口として開所（事業開始）\n"
            "平成２８年４月１日　　同一フロアに移転",
            D(2014, 6, 2),
        ),
        (  # bulleted, the start word at the end
            "経緯",
            "・令和元年５月　市と局が協定を締結\n・令和元年７月１日　市役所２階にオープン",
            D(2019, 7, 1),
        ),
        (  # no event of a start: no start date
            "沿革",
            "平成２６年３月２７日　雇用対策協定を締結\n平成２８年４月１日　同一フロアに移転",
            None,
        ),
    ],
)
def test_start_date_from_a_chronology_line(
    heading: str, lines: str, start: datetime.date | None
) -> None:
    text = _CHRONOLOGY.format(heading=heading, lines=lines)
    expected = {"municipality": "市川市", "start_date": start}
    assert mismatches(text, [expected]) == []


# ---------------------------------------------------------------- a catch phrase over fact lines

_FACTS_BELOW = (
    "{label}{title}\n\n"
    "【施設】{name}（一体的実施施設）\n"
    "【経緯】{city}は、{bureau}と協定を締結し、{date}、\n"
    "市役所内にハローワーク{office}の職員が常駐する本施設を開設した。\n\n"
)


@pytest.mark.parametrize(
    ("label", "title", "city", "expected_title"),
    [
        ("９　鹿児島市\n", "就労意欲の喚起からじっくり伴走", "鹿児島市",
         "就労意欲の喚起からじっくり伴走"),
        ("３．佐賀県唐津市\n", "港町の求人を、ひとり親の働き方から", "唐津市",
         "港町の求人を、ひとり親の働き方から"),
        ("", "駅前の窓口で、夕方まで相談を受ける", "鹿児島市",
         "駅前の窓口で、夕方まで相談を受ける"),
        # no catch phrase: the last line of the comment above is no title
        ("", "", "鹿児島市", None),
    ],
)
def test_catch_phrase_over_fact_lines(
    label: str, title: str, city: str, expected_title: str | None
) -> None:
    second = _FACTS_BELOW.format(
        label=label, title=title, name="かごしま就労ルーム", city=city,
        bureau="鹿児島労働局", date="2016年（平成28年）4月1日", office="鹿児島",
    ) + _RESULTS.format(a=150, b=160, c=90, d=99, city=city, bureau="鹿児島労働局")
    text = _FIRST + "\n－ 1 －\n\n" + second
    expected = [
        {"municipality": "宇都宮市"},
        {"title": expected_title, "municipality": city, "labour_bureau": "鹿児島労働局",
         "hello_work": ("ハローワーク鹿児島",), "facility_name": "かごしま就労ルーム",
         "start_date": D(2016, 4, 1)},
    ]
    assert mismatches(text, expected) == []


# ---------------------------------------------------------------- a partner line over a data box

_CARD = """{partner}

{title}

施設データ
　窓口の名前：{name}
　窓口の形態：一体的実施施設
　業務開始：2018年（平成30年）4月2日
　連携：{bureau}・{office}

どんな取組をしているの？
・市役所の窓口で、福祉の相談の後にそのまま職業相談を受けられるようにしています。
・就職が決まった方には、三か月後まで電話で定着を確認しています。

令和元年度の成果は？
・支援対象者数：目標 150人 → 実績 160人（達成率106.7％）
・就職件数：目標 90件 → 実績 95件（達成率105.6％）

現場の声
「窓口が近くなり、相談に来る方が増えました。」（{city}生活支援課）

────────────────────────────────
"""


@pytest.mark.parametrize(
    ("partner", "opens"),
    [
        ("■栃木県足利市 × ハローワーク足利", True),
        ("◆群馬県桐生市　／　群馬労働局・ハローワーク桐生", True),
        ("埼玉県川越市", True),
        ("市の職員と毎週顔を合わせて話すので、支援の方向がぶれません。", False),  # a sentence
        ("駅前の窓口で、夕方まで相談を受ける", False),  # a catch phrase names no place
    ],
)
def test_partner_line_over_a_data_box(partner: str, opens: bool) -> None:
    """A data box's case opens at the partner line above its catch phrase (decision 2503)."""
    from jirei.boxcases import _label_above
    from jirei.segment import segment

    card = _CARD.format(
        partner=partner, title="織物の街の求人を、ひとり親の働き方から",
        name="きりゅう仕事サポート", bureau="群馬労働局", office="ハローワーク桐生", city="桐生市",
    )
    infos = segment(normalise(card, DEFAULT_RULES).text, DEFAULT_RULES).lines
    box = next(i for i, info in enumerate(infos) if info.text.strip() == "施設データ")
    found = _label_above(infos, box, -1, DEFAULT_RULES)
    assert (found == 0) is opens
