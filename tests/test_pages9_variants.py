"""Cases whose parts stand apart (branch ``pages9``): two cases side by side on one page,
an overview table joined to detail blocks by number, a case running over a page break with
its table continued and its header row repeated, running heads naming the case a page
continues (the case BEFORE the one that begins on it), comments before a case's initiatives.

The documents vary those shapes the way other offices and editors would: pages aligned in
display columns (wide characters two) whose left lines run close to the gutter, pages in
characters with form feeds, columns of different lengths; overview tables under other
column words (``番号`` / ``市町村`` / ``連携先`` / ``開設日``) with detail blocks labelled by a
short name (``事例1　岐阜``); continuation marks in other words (``（次ページへつづく）`` /
``（前ページより続く）``), page numbers on lines of their own or beside the running head, form
feeds, after the report's title on one line; an overview with no number column joined by
place; a contents list naming the same labels; a second case under a label that repeats the
first's page head.

Every document is written for this file (real prefectures, cities, labour bureaus and Hello
Work offices; invented facilities, prose and figures). Every expected fact was written by hand
from reading the document, never printed from the parser. Documents the parser does not yet
read fully are strict xfails naming the gap (a fix must remove the mark).
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Sequence

from tests._variants import M, P, R, variant_tests

D = datetime.date


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def two_up(
    left: str, right: str, at: int, jitter: Sequence[int] = (0,), wide: bool = True
) -> str:
    """Two columns on the same physical lines, the right one starting at display column
    ``at`` (characters when not ``wide``), moved by ``jitter`` in turn."""
    lefts, rights = left.split("\n"), right.split("\n")
    out = []
    for number in range(max(len(lefts), len(rights))):
        one = lefts[number] if number < len(lefts) else ""
        two = rights[number] if number < len(rights) else ""
        if not two.strip():
            out.append(one.rstrip())
            continue
        used = _width(one) if wide else len(one)
        place = at + jitter[number % len(jitter)]
        out.append(one + " " * max(place - used, 4) + two)
    return "\n".join(out)


# 1. Two cases side by side, aligned in display columns, left lines running close to the
#    gutter (a bullet of 27 wide characters), ■ headings, a running title and a page number
_SENDAI = """【宮城県仙台市】【宮城労働局・ハローワーク仙台】
せんだい就労支援室（一体的実施施設）
平成28年4月1日開設

区役所の窓口で、申請の日に職業相談まで

■取組内容
・保護係の面談室の隣に相談ブースを置き、申請の当日に
  職業相談を受けられるようにしている。
・就職が決まった方には、３か月間の定着支援を行った。

■事業目標と実績
区分          目標        実績        達成率
支援対象者数  200人       214人       107.0%
就職者数      120人       131人       109.2%

＜仙台市コメント＞
申請と相談が同じ日に済むため、利用者の負担が小さく
なった。"""
_ISHINOMAKI = """【宮城県石巻市】【宮城労働局・ハローワーク石巻】
いしのまき仕事サポート（常設窓口）
令和元年10月1日開設

沿岸部の求人を福祉の窓口で紹介

■取組内容
・水産加工の事業所を回って集めた求人を、相談の場で
  その日のうちに紹介している。

■事業目標と実績
区分          目標        実績
支援対象者数  80人以上    86人
就職者数      48人以上    50人
就職率        60%以上     58.1%

＜ハローワーク石巻コメント＞
市の相談員と毎週打合せを行い、支援方針をそろえて
いる。"""
TWO_UP_DISPLAY = (
    "                 令和２年度　一体的実施施設の取組（宮城労働局）\n\n"
    + two_up(_SENDAI, _ISHINOMAKI, at=62, jitter=(0, 1, 2, 0, -1))
    + "\n\n                                         － 1 －\n"
)
_TWO_UP_DISPLAY_FACTS: list[dict[str, object]] = [
    {
        "title": "区役所の窓口で、申請の日に職業相談まで",
        "municipality": "仙台市",
        "hello_work": ("ハローワーク仙台",),
        "facility_name": "せんだい就労支援室",
        "facility_type": "一体的実施施設",
        "start_date": D(2016, 4, 1),
        "metrics": [
            M("支援対象者数", P(200), P(214), "107.0"),
            M("就職者数", P(120), P(131), "109.2"),
        ],
        "comments": [
            ("仙台市", "municipality", "申請と相談が同じ日に済むため、利用者の負担が小さくなった。")
        ],
    },
    {
        "title": "沿岸部の求人を福祉の窓口で紹介",
        "municipality": "石巻市",
        "hello_work": ("ハローワーク石巻",),
        "facility_name": "いしのまき仕事サポート",
        "facility_type": "常設窓口",
        "start_date": D(2019, 10, 1),
        "metrics": [
            M("支援対象者数", P(80, "人", "以上"), P(86)),
            M("就職者数", P(48, "人", "以上"), P(50)),
            M("就職率", R("60", "以上"), R("58.1")),
        ],
        "comments": [
            (
                "ハローワーク石巻",
                "hello_work",
                "市の相談員と毎週打合せを行い、支援方針をそろえている。",
            )
        ],
    },
]


# 2. Two pages of two cases each, aligned in characters, parted by a form feed; the right
#    column of the second page shorter than the left; ◆ headings and 【】 comment heads
def _rows(target: int, actual: int, target2: int, actual2: int) -> str:
    """A results table of two rows (target and actual each)."""
    return (
        f"区分            目標      実績\n支援対象者数    {target}人     {actual}人\n"
        f"就職者数        {target2}人      {actual2}人"
    )


def _akita_case(city: str, hw: str, name: str, kind: str, date: str,
                title: str, item: str, rows: str, speaker: str, words: str) -> str:
    return (
        f"【秋田県{city}】【秋田労働局・{hw}】\n{name}（{kind}）\n{date}事業開始\n\n{title}\n\n"
        f"◆取組内容\n・{item}\n\n◆実績\n{rows}\n\n【{speaker}コメント】\n{words}"
    )


_AKITA = _akita_case(
    "秋田市", "ハローワーク秋田", "あきた就労ナビ", "一体的実施施設", "平成26年6月2日",
    "福祉事務所の中で、就職まで一緒に",
    "ケースワーカーと就職支援ナビゲーターが毎週ケース会議を開く。",
    _rows(150, 162, 90, 97),
    "秋田市", "相談から就職までを一つの窓口で支えられるようになった。",
)
_YOKOTE = _akita_case(
    "横手市", "ハローワーク横手", "よこて仕事相談室", "一体的実施施設", "平成29年4月3日",
    "冬の求人を早めに集めて紹介",
    "雪の時期の求人を秋のうちに集め、相談の場で案内する。",
    _rows(60, 64, 36, 38),
    "ハローワーク横手", "市と同じ窓口にいることで、紹介までが早くなった。",
)
_ODATE = _akita_case(
    "大館市", "ハローワーク大館", "おおだて就労支援コーナー", "常設窓口", "令和2年7月1日",
    "ひとり親の相談を就労へつなぐ",
    "児童扶養手当の手続きの日に、職業相談の予約を受け付ける。",
    _rows(40, 44, 24, 27),
    "大館市", "手続きの日に相談できるので、利用が増えた。",
)
_YUZAWA = (
    "【秋田県湯沢市】【秋田労働局・ハローワーク湯沢】\nゆざわ就労相談室（常設窓口）\n"
    "令和3年4月1日事業開始\n\n市役所の一階で、すぐに職業相談\n\n◆実績\n"
    "区分            実績\n支援対象者数    31人\n就職者数        19人"
)
TWO_UP_PAGES = (
    "令和３年度　一体的実施の取組（秋田労働局）\n\n"
    + two_up(_AKITA, _YOKOTE, at=58, jitter=(0, 2), wide=False)
    + "\n\n                          - 1 -\n\f令和３年度　一体的実施の取組（秋田労働局）\n\n"
    + two_up(_ODATE, _YUZAWA, at=58, jitter=(1, 0), wide=False)
    + "\n\n                          - 2 -\n"
)
_TWO_UP_PAGES_FACTS: list[dict[str, object]] = [
    {
        "municipality": "秋田市",
        "hello_work": ("ハローワーク秋田",),
        "facility_name": "あきた就労ナビ",
        "start_date": D(2014, 6, 2),
        "metrics": [M("支援対象者数", P(150), P(162)), M("就職者数", P(90), P(97))],
    },
    {
        "municipality": "横手市",
        "hello_work": ("ハローワーク横手",),
        "facility_name": "よこて仕事相談室",
        "start_date": D(2017, 4, 3),
        "metrics": [M("支援対象者数", P(60), P(64)), M("就職者数", P(36), P(38))],
    },
    {
        "municipality": "大館市",
        "hello_work": ("ハローワーク大館",),
        "facility_name": "おおだて就労支援コーナー",
        "facility_type": "常設窓口",
        "start_date": D(2020, 7, 1),
        "metrics": [M("支援対象者数", P(40), P(44)), M("就職者数", P(24), P(27))],
    },
    {
        "title": "市役所の一階で、すぐに職業相談",
        "municipality": "湯沢市",
        "hello_work": ("ハローワーク湯沢",),
        "facility_name": "ゆざわ就労相談室",
        "start_date": D(2021, 4, 1),
        "metrics": [M("支援対象者数", None, P(31)), M("就職者数", None, P(19))],
    },
]


# 3. An overview table (space-aligned, 番号 / 市町村 / 連携先 / 施設名（種別） / 開設日) and detail
#    blocks labelled by number and a short name; the header facts stand only in the table
OVERVIEW_NUMBERED = """令和２年度　一体的実施事業の取組
岐阜労働局

１　実施施設の一覧

番号  市町村  連携先  施設名（種別）  開設日
1  岐阜県岐阜市  岐阜労働局・ハローワーク岐阜  ぎふ就労サポート（一体的実施施設）  平成27年4月1日
2  岐阜県大垣市  岐阜労働局・ハローワーク大垣  おおがき仕事相談室（常設窓口）  平成30年10月1日

２　各施設の取組

事例1　岐阜

福祉事務所と合同の面談で、早期の就職へ

【取組内容】
・初回の面談を市の相談員と就職支援ナビゲーターが二人で行った。
・面接の前日に、服装と持ち物を一緒に確認した。

【事業目標と実績】
区分            目標        実績
支援対象者数    180人       191人
就職者数        108人       117人

＜岐阜市コメント＞
二人で面談することで、福祉の事情を踏まえた職業相談ができるようになった。

事例2　大垣

窓口の予約をその場で

【取組内容】
・生活保護の相談に来た方に、職業相談の予約をその場で取った。

【事業目標と実績】
区分            目標        実績
支援対象者数    50人        53人
就職者数        30人        31人

＜ハローワーク大垣コメント＞
予約をその場で取ることで、相談に来ない方が減った。
"""
_OVERVIEW_NUMBERED_FACTS: list[dict[str, object]] = [
    {
        "title": "福祉事務所と合同の面談で、早期の就職へ",
        "prefecture": "岐阜県",
        "municipality": "岐阜市",
        "labour_bureau": "岐阜労働局",
        "hello_work": ("ハローワーク岐阜",),
        "facility_name": "ぎふ就労サポート",
        "facility_type": "一体的実施施設",
        "start_date": D(2015, 4, 1),
        "metrics": [M("支援対象者数", P(180), P(191)), M("就職者数", P(108), P(117))],
    },
    {
        "title": "窓口の予約をその場で",
        "prefecture": "岐阜県",
        "municipality": "大垣市",
        "labour_bureau": "岐阜労働局",
        "hello_work": ("ハローワーク大垣",),
        "facility_name": "おおがき仕事相談室",
        "facility_type": "常設窓口",
        "start_date": D(2018, 10, 1),
        "metrics": [M("支援対象者数", P(50), P(53)), M("就職者数", P(30), P(31))],
    },
]


# 4. The same with No. / 自治体 / 労働局・ハローワーク / 施設名 / 事業開始日 columns, three detail
#    blocks labelled 【事例N】 with a short name, comments before the initiatives in one of them
OVERVIEW_BRACKETED = """平成30年度　一体的実施施設の取組事例（三重労働局）

施設一覧
No.  自治体          労働局・ハローワーク            施設名                  事業開始日
1    三重県津市      三重労働局・ハローワーク津      つ就労支援センター      平成28年4月1日
2    三重県四日市市  三重労働局・ハローワーク四日市  よっかいち仕事ひろば    平成26年7月1日
3    三重県松阪市    三重労働局・ハローワーク松阪    まつさか就労相談室      平成29年10月2日

【事例1】津

巡回相談で郊外の方にも

【取組内容】
・月に二回、市の支所で巡回相談を行った。

【実績】
区分            目標      実績
支援対象者数    100人     104人
就職者数        60人      62人

【事例2】四日市

＜四日市市コメント＞
相談の場で求人を紹介できるので、利用者の反応がよい。

【取組内容】
・工業地帯の求人を週に一度まとめて紹介した。

【実績】
区分            目標      実績
支援対象者数    220人     236人
就職者数        132人     140人

【事例3】松阪

開設二年目の常設窓口

【取組内容】
・福祉事務所の職員向けに、職業相談の案内の研修を行った。

【実績】
区分            目標      実績
支援対象者数    70人      66人
就職者数        42人      40人
"""
_OVERVIEW_BRACKETED_FACTS: list[dict[str, object]] = [
    {
        "title": "巡回相談で郊外の方にも",
        "municipality": "津市",
        "hello_work": ("ハローワーク津",),
        "facility_name": "つ就労支援センター",
        "start_date": D(2016, 4, 1),
        "metrics": [M("支援対象者数", P(100), P(104)), M("就職者数", P(60), P(62))],
    },
    {
        "municipality": "四日市市",
        "hello_work": ("ハローワーク四日市",),
        "facility_name": "よっかいち仕事ひろば",
        "start_date": D(2014, 7, 1),
        "initiatives": ("工業地帯の求人を週に一度まとめて紹介した。",),
        "metrics": [M("支援対象者数", P(220), P(236)), M("就職者数", P(132), P(140))],
        "comments": [
            ("四日市市", "municipality", "相談の場で求人を紹介できるので、利用者の反応がよい。")
        ],
    },
    {
        "title": "開設二年目の常設窓口",
        "municipality": "松阪市",
        "hello_work": ("ハローワーク松阪",),
        "facility_name": "まつさか就労相談室",
        "start_date": D(2017, 10, 2),
        "metrics": [M("支援対象者数", P(70), P(66)), M("就職者数", P(42), P(40))],
    },
]


# 5. A booklet: a results table continued over a page break with （次ページへつづく） /
#    （前ページより続く）, the header row repeated; the next page's head names the case it
#    continues, the page number beside it; the next case begins on that page
_BOOKLET_CASE_2 = """事例２　弘前市

【青森県弘前市】【青森労働局・ハローワーク弘前】
ひろさき就労支援室（一体的実施施設）平成27年10月1日開設

りんご農家の求人を、福祉の窓口で

【取組内容】
・収穫期の短期求人を集め、相談の場で紹介した。

【事業目標と実績】
区分            目標      実績
支援対象者数    90人      95人
就職者数        54人      57人

＜弘前市コメント＞
季節の仕事から始めて、通年の仕事に移る方が出てきた。
"""
BOOKLET_CONTINUED = (
    "平成31年度　一体的実施事業　取組事例集\n青森労働局\n\n"
    "                                                                    1\n"
    "事例１　青森市\n\n"
    "【青森県青森市】【青森労働局・ハローワーク青森】\n"
    "あおもり就労サポート（一体的実施施設）平成26年4月1日開設\n\n"
    "市役所の福祉窓口と職業相談を一つのフロアに\n\n"
    "【取組内容】\n"
    "・生活保護の申請の日に、就労支援の案内を必ず行った。\n"
    "・週に一度、市とハローワークの担当者で支援会議を開いた。\n\n"
    "【事業目標と実績】\n"
    "区分            目標      実績      達成率\n"
    "支援対象者数    300人     318人     106.0%\n"
    "就職者数        180人     190人     105.6%\n"
    "                                          （次ページへつづく）\n\n"
    "事例１　青森市                                                      2\n"
    "（前ページより続く）\n"
    "区分            目標      実績      達成率\n"
    "就職率          60.0%     59.7%     －\n\n"
    "＜ハローワーク青森コメント＞\n"
    "申請の日に案内することで、支援につながる方が増えた。\n\n"
    + _BOOKLET_CASE_2
)
_BOOKLET_CONTINUED_FACTS: list[dict[str, object]] = [
    {
        "title": "市役所の福祉窓口と職業相談を一つのフロアに",
        "municipality": "青森市",
        "hello_work": ("ハローワーク青森",),
        "facility_name": "あおもり就労サポート",
        "start_date": D(2014, 4, 1),
        "metrics": [
            M("支援対象者数", P(300), P(318), "106.0"),
            M("就職者数", P(180), P(190), "105.6"),
            M("就職率", R("60.0"), R("59.7")),
        ],
        "comments": [
            (
                "ハローワーク青森",
                "hello_work",
                "申請の日に案内することで、支援につながる方が増えた。",
            )
        ],
    },
    {
        "title": "りんご農家の求人を、福祉の窓口で",
        "municipality": "弘前市",
        "hello_work": ("ハローワーク弘前",),
        "start_date": D(2015, 10, 1),
        "metrics": [M("支援対象者数", P(90), P(95)), M("就職者数", P(54), P(57))],
        "comments": [
            ("弘前市", "municipality", "季節の仕事から始めて、通年の仕事に移る方が出てきた。")
        ],
    },
]


# 6. Running heads on lines of their own under a page number at each page's top, naming
#    the case the page continues (the one BEFORE the case that begins on it); a contents
#    list naming the same labels without leaders; the last page's head over the back matter
RUNNING_HEADS = """令和元年度　好事例集
岩手労働局

目次
事例１　盛岡市
事例２　一関市

- 1 -
事例１　盛岡市

【岩手県盛岡市】【岩手労働局・ハローワーク盛岡】
もりおか就労支援センター（一体的実施施設）平成28年7月1日事業開始

駅前の窓口で、求人の相談をその日のうちに

【取組内容】
・駅前の市の施設に窓口を置き、夜間の相談日を設けた。

【事業目標と取組状況】
区分            令和元年度目標    令和元年度実績
支援対象者数    250人             262人
就職者数        150人             158人

- 2 -
事例１　盛岡市

＜盛岡市コメント＞
夜の相談日を設けたことで、働きながら相談する方が増えた。

事例２　一関市

【岩手県一関市】【岩手労働局・ハローワーク一関】
いちのせき仕事相談室（常設窓口）平成30年4月2日事業開始

農村部に出向く相談会

【取組内容】
・支所で月一回の出張相談会を開いた。

- 3 -
事例２　一関市

【事業目標と取組状況】
区分            令和元年度目標    令和元年度実績
支援対象者数    60人              63人
就職者数        36人              37人

＜ハローワーク一関コメント＞
出張相談会から就職につながった方が多かった。

- 4 -
事例２　一関市

お問い合わせ先：岩手労働局職業安定部職業安定課
"""
_RUNNING_HEADS_FACTS: list[dict[str, object]] = [
    {
        "title": "駅前の窓口で、求人の相談をその日のうちに",
        "municipality": "盛岡市",
        "hello_work": ("ハローワーク盛岡",),
        "facility_name": "もりおか就労支援センター",
        "start_date": D(2016, 7, 1),
        "fiscal_year": 2019,
        "metrics": [M("支援対象者数", P(250), P(262)), M("就職者数", P(150), P(158))],
        "comments": [
            ("盛岡市", "municipality", "夜の相談日を設けたことで、働きながら相談する方が増えた。")
        ],
    },
    {
        "title": "農村部に出向く相談会",
        "municipality": "一関市",
        "hello_work": ("ハローワーク一関",),
        "facility_name": "いちのせき仕事相談室",
        "facility_type": "常設窓口",
        "start_date": D(2018, 4, 2),
        "metrics": [M("支援対象者数", P(60), P(63)), M("就職者数", P(36), P(37))],
        "comments": [
            ("ハローワーク一関", "hello_work", "出張相談会から就職につながった方が多かった。")
        ],
    },
]


# 7. The same over form feeds: each page opens with the label of the case it continues
#    (``【事例1】山形市``), no page numbers at all
FORM_FEED_HEADS = (
    "【事例1】山形市\n\n"
    "【山形県山形市】【山形労働局・ハローワーク山形】\n"
    "やまがた就労支援室（一体的実施施設）平成27年4月1日開設\n\n"
    "相談と職業紹介を同じ机で\n\n"
    "【取組内容】\n・市の相談員とナビゲーターが同じ机で相談を受けた。\n\n"
    "【実績】\n区分            目標      実績\n支援対象者数    160人     171人\n"
    "\f【事例1】山形市\n"
    "就職者数        96人      103人\n\n"
    "＜山形市コメント＞\n同じ机で話を聞くので、相談が一度で済む。\n\n"
    "【事例2】米沢市\n\n"
    "【山形県米沢市】【山形労働局・ハローワーク米沢】\n"
    "よねざわ仕事サポート（常設窓口）令和元年7月1日開設\n\n"
    "ものづくりの町の求人を身近に\n\n"
    "【取組内容】\n・市内の工場の見学会を年に三回開いた。\n\n"
    "\f【事例2】米沢市\n"
    "【実績】\n区分            目標      実績\n支援対象者数    45人      47人\n"
    "就職者数        27人      28人\n\n"
    "＜ハローワーク米沢コメント＞\n見学会の後に応募する方が多い。\n"
)
_FORM_FEED_HEADS_FACTS: list[dict[str, object]] = [
    {
        "title": "相談と職業紹介を同じ机で",
        "municipality": "山形市",
        "hello_work": ("ハローワーク山形",),
        "start_date": D(2015, 4, 1),
        "metrics": [M("支援対象者数", P(160), P(171)), M("就職者数", P(96), P(103))],
        "comments": [("山形市", "municipality", "同じ机で話を聞くので、相談が一度で済む。")],
    },
    {
        "title": "ものづくりの町の求人を身近に",
        "municipality": "米沢市",
        "hello_work": ("ハローワーク米沢",),
        "start_date": D(2019, 7, 1),
        "metrics": [M("支援対象者数", P(45), P(47)), M("就職者数", P(27), P(28))],
        "comments": [("ハローワーク米沢", "hello_work", "見学会の後に応募する方が多い。")],
    },
]


# 8. Comments before the initiatives in each labelled case (``事例N　place`` labels), a
#    running head naming the case under a page number between its comments and its table
COMMENTS_FIRST = """令和４年度　取組事例（福井労働局）

事例１　福井市

【福井県福井市】【福井労働局・ハローワーク福井】
ふくい就労支援プラザ（一体的実施施設）平成29年4月3日事業開始

駅前で、相談から就職まで

＜福井市コメント＞
駅前にあるので、通勤の途中に立ち寄る方が多い。

＜福井労働局コメント＞
市と国が同じ場所にいる強みを生かしている。

【取組内容】
・駅前の窓口で、平日の夜に相談を受けた。

                                   - 5 -
事例１　福井市
【令和４年度の実績】
区分            目標      実績
支援対象者数    130人     139人
就職者数        78人      84人

事例２　敦賀市

【福井県敦賀市】【福井労働局・ハローワーク敦賀】
つるが仕事相談コーナー（常設窓口）令和2年10月1日事業開始

港の求人と福祉の相談を結ぶ

＜敦賀市コメント＞
港の事業所と顔の見える関係ができた。

【取組内容】
・港湾の事業所と合同の説明会を開いた。

【令和４年度の実績】
区分            目標      実績
支援対象者数    40人      42人
就職者数        24人      26人
"""
_COMMENTS_FIRST_FACTS: list[dict[str, object]] = [
    {
        "title": "駅前で、相談から就職まで",
        "municipality": "福井市",
        "hello_work": ("ハローワーク福井",),
        "start_date": D(2017, 4, 3),
        "fiscal_year": 2022,
        "initiatives": ("駅前の窓口で、平日の夜に相談を受けた。",),
        "metrics": [M("支援対象者数", P(130), P(139)), M("就職者数", P(78), P(84))],
        "comments": [
            ("福井市", "municipality", "駅前にあるので、通勤の途中に立ち寄る方が多い。"),
            ("福井労働局", "labour_bureau", "市と国が同じ場所にいる強みを生かしている。"),
        ],
    },
    {
        "title": "港の求人と福祉の相談を結ぶ",
        "municipality": "敦賀市",
        "hello_work": ("ハローワーク敦賀",),
        "start_date": D(2020, 10, 1),
        "initiatives": ("港湾の事業所と合同の説明会を開いた。",),
        "metrics": [M("支援対象者数", P(40), P(42)), M("就職者数", P(24), P(26))],
        "comments": [("敦賀市", "municipality", "港の事業所と顔の見える関係ができた。")],
    },
]


# 9. Two-up in display columns with comments on the right beside a longer left column and a
#    table on each side; three cases over one and a half pages (the last page one case)
_NAGANO = """【長野県長野市】【長野労働局・ハローワーク長野】
ながの就労支援センター（一体的実施施設）
平成25年9月2日事業開始

県庁所在地の窓口で、若者の就労も支える

＜取組内容＞
・生活困窮者の相談窓口と合同で、若者向けの職業講座を
  年に四回開いた。
・履歴書の書き方から面接の練習まで、同じ担当者が続けて
  支援した。

＜事業目標と取組状況＞
区分            目標      実績
支援対象者数    240人     255人
就職者数        144人     150人"""
_MATSUMOTO = """【長野県松本市】【長野労働局・ハローワーク松本】
まつもと仕事相談室（一体的実施施設）
平成27年4月1日事業開始

観光地の求人を通年の仕事に

＜取組内容＞
・観光業の事業所と、冬の間の仕事を組み合わせた求人を
  作った。

＜事業目標と取組状況＞
区分            目標      実績
支援対象者数    110人     118人
就職者数        66人      70人

【松本市コメント】
通年で働ける求人が増え、生活が安定した方が多い。"""
_UEDA = """【長野県上田市】【長野労働局・ハローワーク上田】
うえだ就労ナビ（常設窓口）
令和2年4月1日事業開始

市役所の一階で職業相談

＜取組内容＞
・市の窓口に来た方に、その場で職業相談を案内した。

＜事業目標と取組状況＞
区分            実績
支援対象者数    52人
就職者数        30人"""
TWO_UP_THREE = (
    two_up(_NAGANO, _MATSUMOTO, at=64, jitter=(0, 1, 0, 2))
    + "\n\n                                    － 1 －\n\f"
    + _UEDA
    + "\n\n                                    － 2 －\n"
)
_TWO_UP_THREE_FACTS: list[dict[str, object]] = [
    {
        "title": "県庁所在地の窓口で、若者の就労も支える",
        "municipality": "長野市",
        "hello_work": ("ハローワーク長野",),
        "facility_name": "ながの就労支援センター",
        "start_date": D(2013, 9, 2),
        "metrics": [M("支援対象者数", P(240), P(255)), M("就職者数", P(144), P(150))],
    },
    {
        "title": "観光地の求人を通年の仕事に",
        "municipality": "松本市",
        "hello_work": ("ハローワーク松本",),
        "facility_name": "まつもと仕事相談室",
        "start_date": D(2015, 4, 1),
        "metrics": [M("支援対象者数", P(110), P(118)), M("就職者数", P(66), P(70))],
        "comments": [
            ("松本市", "municipality", "通年で働ける求人が増え、生活が安定した方が多い。")
        ],
    },
    {
        "title": "市役所の一階で職業相談",
        "municipality": "上田市",
        "hello_work": ("ハローワーク上田",),
        "facility_name": "うえだ就労ナビ",
        "facility_type": "常設窓口",
        "start_date": D(2020, 4, 1),
        "metrics": [M("支援対象者数", None, P(52)), M("就職者数", None, P(30))],
    },
]


# 10. A trap: two cases whose labels repeat one page head text but whose second case opens
#     with its own header right under the label at a page's top (a new case, not a head)
SAME_LABEL_NEW_CASE = """- 1 -
【取組事例】

【富山県富山市】【富山労働局・ハローワーク富山】
とやま就労支援室（一体的実施施設）平成28年4月1日開設

路面電車の駅前で相談

【取組内容】
・駅前の窓口で職業相談を行った。

【実績】
区分            目標      実績
支援対象者数    100人     108人

- 2 -
【取組事例】

【富山県高岡市】【富山労働局・ハローワーク高岡】
たかおか仕事相談室（常設窓口）平成30年4月2日開設

ものづくりの町の職業相談

【取組内容】
・工場見学会を開いた。

【実績】
区分            目標      実績
支援対象者数    50人      52人
"""
_SAME_LABEL_NEW_CASE_FACTS: list[dict[str, object]] = [
    {
        "municipality": "富山市",
        "hello_work": ("ハローワーク富山",),
        "start_date": D(2016, 4, 1),
        "metrics": [M("支援対象者数", P(100), P(108))],
    },
    {
        "municipality": "高岡市",
        "hello_work": ("ハローワーク高岡",),
        "start_date": D(2018, 4, 2),
        "metrics": [M("支援対象者数", P(50), P(52))],
    },
]


# 11. Numbered labels at every page's top, each case's second page under its own label
#     again with the page number left of it (``2　　事例１　鳥取市``); a ※ note under a table
LEFT_NUMBERS = """1      事例１　鳥取市

【鳥取県鳥取市】【鳥取労働局・ハローワーク鳥取】
とっとり就労サポート（一体的実施施設）平成26年10月1日事業開始

砂丘の町の、福祉と仕事の窓口

【取組内容】
・福祉事務所の面談室で、週三日の職業相談を行った。

2      事例１　鳥取市

【事業目標と取組状況】
区分            目標      実績
支援対象者数    120人     126人
就職者数        72人      75人
※就職者数には短時間の就職を含む。

＜鳥取市コメント＞
面談室で職業相談ができるので、相談者が安心して話せる。

3      事例２　米子市

【鳥取県米子市】【鳥取労働局・ハローワーク米子】
よなご仕事相談コーナー（常設窓口）令和元年10月1日事業開始

駅の近くの常設窓口

【取組内容】
・駅近くの市の施設で、職業相談と求人検索を受け付けた。

【事業目標と取組状況】
区分            目標      実績
支援対象者数    40人      43人
就職者数        24人      25人
"""
_LEFT_NUMBERS_FACTS: list[dict[str, object]] = [
    {
        "title": "砂丘の町の、福祉と仕事の窓口",
        "municipality": "鳥取市",
        "hello_work": ("ハローワーク鳥取",),
        "start_date": D(2014, 10, 1),
        "metrics": [M("支援対象者数", P(120), P(126)), M("就職者数", P(72), P(75))],
        "comments": [
            ("鳥取市", "municipality", "面談室で職業相談ができるので、相談者が安心して話せる。")
        ],
    },
    {
        "title": "駅の近くの常設窓口",
        "municipality": "米子市",
        "hello_work": ("ハローワーク米子",),
        "start_date": D(2019, 10, 1),
        "metrics": [M("支援対象者数", P(40), P(43)), M("就職者数", P(24), P(25))],
    },
]


# 12. An overview table numbered in full-width digits, joined by number; detail blocks
#     ``No.N　short`` with a results table continued over a page under （次頁へ続く） /
#     （前頁から続く）
OVERVIEW_CONTINUED = """令和３年度　一体的実施事業　事例集（島根労働局）

No.  市町村  労働局・ハローワーク  施設名（種別）  開設日
１  島根県松江市  島根労働局・ハローワーク松江  まつえ就労支援室（一体的実施施設）  平成28年4月1日
２  島根県出雲市  島根労働局・ハローワーク出雲  いずも仕事相談室（一体的実施施設）  平成30年10月1日

No.1　松江

城下町の窓口で、暮らしと仕事の相談を一緒に

【取組内容】
・市の生活相談と職業相談を同じ日に受けられるようにした。

【実績】
区分            目標      実績      達成率
支援対象者数    140人     147人     105.0%
（次頁へ続く）

                                 - 2 -
（前頁から続く）
区分            目標      実績      達成率
就職者数        84人      88人      104.8%

＜松江市コメント＞
同じ日に相談できるので、何度も来なくてよいと好評である。

No.2　出雲

出雲の窓口で、若者の就職を後押し

【取組内容】
・若者向けの職業講座を年に二回開いた。

【実績】
区分            目標      実績
支援対象者数    60人      64人
就職者数        36人      39人
"""
_OVERVIEW_CONTINUED_FACTS: list[dict[str, object]] = [
    {
        "title": "城下町の窓口で、暮らしと仕事の相談を一緒に",
        "municipality": "松江市",
        "hello_work": ("ハローワーク松江",),
        "facility_name": "まつえ就労支援室",
        "start_date": D(2016, 4, 1),
        "metrics": [
            M("支援対象者数", P(140), P(147), "105.0"),
            M("就職者数", P(84), P(88), "104.8"),
        ],
        "comments": [
            ("松江市", "municipality", "同じ日に相談できるので、何度も来なくてよいと好評である。")
        ],
    },
    {
        "title": "出雲の窓口で、若者の就職を後押し",
        "municipality": "出雲市",
        "hello_work": ("ハローワーク出雲",),
        "facility_name": "いずも仕事相談室",
        "start_date": D(2018, 10, 1),
        "metrics": [M("支援対象者数", P(60), P(64)), M("就職者数", P(36), P(39))],
    },
]


# 13. An overview table with no number column, joined to ``１　X市の取組`` blocks by place
OVERVIEW_BY_PLACE = """令和元年度　北海道内の一体的実施施設

１　施設の一覧

自治体  労働局・ハローワーク  施設名（種別）  開設日
北海道旭川市  北海道労働局・ハローワーク旭川  あさひかわ就労支援室（一体的実施施設）  平成27年4月1日
北海道函館市  北海道労働局・ハローワーク函館  はこだて仕事相談コーナー（常設窓口）  平成30年7月2日

２　取組の内容

１　旭川市の取組

冬の間も途切れない就労支援

【取組内容】
・冬季の除雪作業の求人を福祉の窓口で紹介した。

【実績】
区分            目標      実績
支援対象者数    150人     158人
就職者数        90人      95人

２　函館市の取組

観光の求人を、相談の場で

【取組内容】
・観光業の求人を毎週まとめて紹介した。

【実績】
区分            目標      実績
支援対象者数    70人      74人
就職者数        42人      45人
"""
_OVERVIEW_BY_PLACE_FACTS: list[dict[str, object]] = [
    {
        "title": "冬の間も途切れない就労支援",
        "municipality": "旭川市",
        "labour_bureau": "北海道労働局",
        "hello_work": ("ハローワーク旭川",),
        "facility_name": "あさひかわ就労支援室",
        "facility_type": "一体的実施施設",
        "start_date": D(2015, 4, 1),
        "metrics": [M("支援対象者数", P(150), P(158)), M("就職者数", P(90), P(95))],
    },
    {
        "title": "観光の求人を、相談の場で",
        "municipality": "函館市",
        "hello_work": ("ハローワーク函館",),
        "facility_name": "はこだて仕事相談コーナー",
        "facility_type": "常設窓口",
        "start_date": D(2018, 7, 2),
        "metrics": [M("支援対象者数", P(70), P(74)), M("就職者数", P(42), P(45))],
    },
]


# 14. A running head of the report's title and the case's label on one line at each page's
#     top, the results table continued under it with no continuation marks
TITLE_AND_LABEL_HEADS = """令和元年度　好事例集　　　　　　　　　　事例１　浜松市

【静岡県浜松市】【静岡労働局・ハローワーク浜松】
はままつ就労支援室（一体的実施施設）平成27年4月1日事業開始

区役所の中の職業相談

【取組内容】
・区役所の福祉課の隣に窓口を置いた。

【事業目標と実績】
区分            目標      実績
支援対象者数    200人     210人

                                  - 1 -
令和元年度　好事例集　　　　　　　　　　事例１　浜松市

就職者数        120人     126人

＜浜松市コメント＞
区役所の中にあるので、相談に来やすい。

事例２　沼津市

【静岡県沼津市】【静岡労働局・ハローワーク沼津】
ぬまづ仕事相談室（常設窓口）平成30年4月2日事業開始

駅前の常設窓口

【取組内容】
・駅前の市の施設で職業相談を受けた。

【事業目標と実績】
区分            目標      実績
支援対象者数    50人      52人
就職者数        30人      31人

                                  - 2 -
令和元年度　好事例集　　　　　　　　　　事例２　沼津市
"""
_TITLE_AND_LABEL_HEADS_FACTS: list[dict[str, object]] = [
    {
        "title": "区役所の中の職業相談",
        "municipality": "浜松市",
        "hello_work": ("ハローワーク浜松",),
        "facility_name": "はままつ就労支援室",
        "start_date": D(2015, 4, 1),
        "metrics": [M("支援対象者数", P(200), P(210)), M("就職者数", P(120), P(126))],
        "comments": [("浜松市", "municipality", "区役所の中にあるので、相談に来やすい。")],
    },
    {
        "title": "駅前の常設窓口",
        "municipality": "沼津市",
        "hello_work": ("ハローワーク沼津",),
        "facility_type": "常設窓口",
        "start_date": D(2018, 4, 2),
        "metrics": [M("支援対象者数", P(50), P(52)), M("就職者数", P(30), P(31))],
    },
]


DOCUMENTS: dict[str, tuple[str, list[dict[str, object]]]] = {
    "two_up_display": (TWO_UP_DISPLAY, _TWO_UP_DISPLAY_FACTS),
    "two_up_pages": (TWO_UP_PAGES, _TWO_UP_PAGES_FACTS),
    "overview_numbered": (OVERVIEW_NUMBERED, _OVERVIEW_NUMBERED_FACTS),
    "overview_bracketed": (OVERVIEW_BRACKETED, _OVERVIEW_BRACKETED_FACTS),
    "booklet_continued": (BOOKLET_CONTINUED, _BOOKLET_CONTINUED_FACTS),
    "running_heads": (RUNNING_HEADS, _RUNNING_HEADS_FACTS),
    "form_feed_heads": (FORM_FEED_HEADS, _FORM_FEED_HEADS_FACTS),
    "comments_first": (COMMENTS_FIRST, _COMMENTS_FIRST_FACTS),
    "two_up_three": (TWO_UP_THREE, _TWO_UP_THREE_FACTS),
    "same_label_new_case": (SAME_LABEL_NEW_CASE, _SAME_LABEL_NEW_CASE_FACTS),
    "left_numbers": (LEFT_NUMBERS, _LEFT_NUMBERS_FACTS),
    "overview_continued": (OVERVIEW_CONTINUED, _OVERVIEW_CONTINUED_FACTS),
    "overview_by_place": (OVERVIEW_BY_PLACE, _OVERVIEW_BY_PLACE_FACTS),
    "title_and_label_heads": (TITLE_AND_LABEL_HEADS, _TITLE_AND_LABEL_HEADS_FACTS),
}

FACT_GAPS: dict[str, str] = {}
COUNT_GAPS: dict[str, str] = {}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)
