"""Text as ``pdftotext -layout`` gives it: columns side by side, tables aligned by spaces with
wrapped cells (branch ``layout7``).

A layout extraction keeps every column's horizontal place, so two columns share the physical
lines of a page: an A3 overview sheet with two cases side by side, a booklet page with its
body on the left and a data box and results on the right. Space-aligned tables write a cell
too long for its column on the next line, the other cells of that line empty (a remark, a
label ``うち紹介`` / ``就職``). The documents below vary those shapes the way other offices and
extraction settings would: other labels, headings and comment forms, the gutter counted in
characters or in display columns (wide characters two), right columns starting a few places
apart, pages with and without form feeds, running heads and page numbers, notes spanning the
page below the columns, a column longer than its neighbour, remark columns named ``備考`` or
``摘要``, tables with the actual before the target.

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


def side_by_side(
    left: str, right: str, at: int = 72, jitter: Sequence[int] = (0,), wide: bool = False
) -> str:
    """Two columns' lines on the same physical lines, the right column starting at
    character ``at`` (display column when ``wide``), each line moved by ``jitter`` in turn
    (a layout extraction places text a few columns apart)."""
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


# 1. A3 overview, two cases a page, form feed between pages, running head with the sheet's
#    size far right, a centred page number; ◆ label lines, 「」 headlines, ■ headings, ・ items
#    wrapped under their marker, ＜X コメント＞ comments
_SHIZUOKA_1 = """ ◆事例１　静岡県浜松市　×　静岡労働局・ハローワーク浜松
   はままつ就労サポート（一体的実施施設）　平成27年4月1日開設

   「区役所の窓口から、その日のうちに職業相談へ」

   ■主な取組
    ・生活保護の申請に来た方に、同じ階の相談
      窓口をその場で案内している。
    ・ナビゲーターが月２回、区の連絡会に出る。

   ■令和元年度の目標と実績
     区分          目標      実績     達成率
     支援対象者数  300人     321人    107.0%
     就職者数      180人     199人    110.6%
     就職率          －      62.0%       －

   ＜浜松市コメント＞
    申請と相談が同じ日に済むので、利用者の負担
    が軽くなりました。"""
_SHIZUOKA_2 = """◆事例２　静岡県沼津市　×　静岡労働局・ハローワーク沼津
  ぬまづ就労支援室（常設窓口）　平成29年7月3日開設

  「港の求人を福祉の窓口で紹介」

  ■主な取組
   ・水産加工の事業所と求人票の書き方を一緒
     に見直した。
   ・見学会の後にすぐ面接の予約を受け付ける。

  ■令和元年度の目標と実績
    区分          目標      実績     達成率
    支援対象者数  120人     131人    109.2%
    就職者数       72人      80人    111.1%
    就職率          －      61.1%       －

  ＜ハローワーク沼津コメント＞
   事業所の方と一緒に求人を見直したことで、応募
   が増えました。"""
_SHIZUOKA_3 = """ ◆事例３　静岡県富士市　×　静岡労働局・ハローワーク富士
   ふじ就職サポートコーナー（一体的実施施設）　平成28年10月3日開設

   「製紙のまちで働き続けるための支援」

   ■主な取組
    ・就職後３か月は毎月電話で様子を聞く。

   ■令和元年度の目標と実績
     区分          目標      実績     達成率
     支援対象者数  150人     144人     96.0%
     就職者数       90人      93人    103.3%
     就職率          －      64.6%       －

   ＜富士市コメント＞
    就職した方の定着が良く、相談員の励みになっ
    ています。"""
_SHIZUOKA_4 = """◆事例４　静岡県磐田市　×　静岡労働局・ハローワーク磐田
  いわた就労支援窓口（一体的実施施設）　令和元年5月7日開設

  「外国籍の方にも分かりやすい相談を」

  ■主な取組
   ・ポルトガル語の通訳が週３日窓口に入る。
   ・履歴書の書き方を図で説明する資料を作った。

  ■令和元年度の目標と実績
    区分          目標      実績     達成率
    支援対象者数  100人     112人    112.0%
    就職者数       60人      66人    110.0%
    就職率          －      58.9%       －

  ＜静岡労働局コメント＞
   開設初年度から目標を上回り、通訳の配置の効果
   が表れています。"""
_SHIZUOKA_HEAD = (
    " 令和元年度　一体的実施事業　好事例の概要（静岡労働局）"
    + " " * 90
    + "【A3】\n"
    + "─" * 72
    + "\n\n"
)
A3_FORM_FEEDS = (
    _SHIZUOKA_HEAD
    + side_by_side(_SHIZUOKA_1, _SHIZUOKA_2, jitter=(0, 1, -1, 2))
    + "\n\n\n"
    + " " * 66
    + "1\n\f"
    + _SHIZUOKA_HEAD
    + side_by_side(_SHIZUOKA_3, _SHIZUOKA_4, jitter=(1, 0, 2, -1))
    + "\n\n\n"
    + " " * 66
    + "2\n"
)
A3_FORM_FEEDS_FACTS = [
    {
        "title": "区役所の窓口から、その日のうちに職業相談へ",
        "prefecture": "静岡県",
        "municipality": "浜松市",
        "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク浜松",),
        "facility_name": "はままつ就労サポート",
        "facility_type": "一体的実施施設",
        "start_date": D(2015, 4, 1),
        "fiscal_year": 2019,
        "initiatives": (
            "生活保護の申請に来た方に、同じ階の相談窓口をその場で案内している。",
            "ナビゲーターが月2回、区の連絡会に出る。",
        ),
        "metrics": [
            M("支援対象者数", P(300), P(321), "107.0"),
            M("就職者数", P(180), P(199), "110.6"),
            M("就職率", None, R("62.0")),
        ],
        "comments": [
            (
                "浜松市",
                "municipality",
                "申請と相談が同じ日に済むので、利用者の負担が軽くなりました。",
            )
        ],
    },
    {
        "title": "港の求人を福祉の窓口で紹介",
        "municipality": "沼津市",
        "hello_work": ("ハローワーク沼津",),
        "facility_name": "ぬまづ就労支援室",
        "facility_type": "常設窓口",
        "start_date": D(2017, 7, 3),
        "initiatives": (
            "水産加工の事業所と求人票の書き方を一緒に見直した。",
            "見学会の後にすぐ面接の予約を受け付ける。",
        ),
        "metrics": [
            M("支援対象者数", P(120), P(131), "109.2"),
            M("就職者数", P(72), P(80), "111.1"),
            M("就職率", None, R("61.1")),
        ],
        "comments": [
            (
                "ハローワーク沼津",
                "hello_work",
                "事業所の方と一緒に求人を見直したことで、応募が増えました。",
            )
        ],
    },
    {
        "title": "製紙のまちで働き続けるための支援",
        "municipality": "富士市",
        "start_date": D(2016, 10, 3),
        "initiatives": ("就職後3か月は毎月電話で様子を聞く。",),
        "metrics": [
            M("支援対象者数", P(150), P(144), "96.0"),
            M("就職者数", P(90), P(93), "103.3"),
            M("就職率", None, R("64.6")),
        ],
        "comments": [
            ("富士市", "municipality", "就職した方の定着が良く、相談員の励みになっています。")
        ],
    },
    {
        "title": "外国籍の方にも分かりやすい相談を",
        "municipality": "磐田市",
        "hello_work": ("ハローワーク磐田",),
        "start_date": D(2019, 5, 7),
        "fiscal_year": 2019,
        "initiatives": (
            "ポルトガル語の通訳が週3日窓口に入る。",
            "履歴書の書き方を図で説明する資料を作った。",
        ),
        "metrics": [
            M("支援対象者数", P(100), P(112), "112.0"),
            M("就職者数", P(60), P(66), "110.0"),
            M("就職率", None, R("58.9")),
        ],
        "comments": [
            (
                "静岡労働局",
                "labour_bureau",
                "開設初年度から目標を上回り、通訳の配置の効果が表れています。",
            )
        ],
    },
]

# 2. the same kind of sheet without form feeds: a running head and ``- n -`` page numbers
#    between the pages; 【事例n】 labels with the partners in brackets, field lines with colons,
#    【X の声】 comments, the right column starting further right
_SAITAMA_1 = """【事例１】埼玉県川越市（埼玉労働局・ハローワーク川越）
施設名：かわごえ就労支援センター（一体的実施施設）
開設：平成28年10月3日

蔵のまちの福祉窓口に職業相談を

◇取組の内容
・市の福祉事務所の隣に相談ブースを置いた。
・面接の前日に電話で持ち物を確認している。

◇平成30年度の実績
  区分          目標      実績     達成率
  支援対象者数  200人     214人    107.0%
  就職者数      120人     131人    109.2%

【川越市の声】
福祉の相談から職業相談までが一か所で済むよう
になりました。"""
_SAITAMA_2 = """【事例２】埼玉県所沢市（埼玉労働局・ハローワーク所沢）
施設名：ところざわ仕事相談室（常設窓口）
開設：平成29年4月3日

子育て中の方の就職を午前の相談枠で

◇取組の内容
・保育所の送迎の後に来られる午前の枠を設けた。

◇平成30年度の実績
  区分          目標      実績     達成率
  支援対象者数   80人      86人    107.5%
  就職者数       48人      50人    104.2%

【ハローワーク所沢の声】
午前の相談枠は予約がすぐに埋まるほど好評です。"""
_SAITAMA_3 = """【事例３】埼玉県春日部市（埼玉労働局・ハローワーク春日部）
施設名：かすかべ就労サポート（一体的実施施設）
開設：平成30年1月4日

ケース会議で支援の方向をそろえる

◇取組の内容
・毎月のケース会議に就職支援ナビゲーターが
  出席している。
・就職後の相談を電話でも受けている。

◇平成30年度の実績
  区分          目標      実績     達成率
  支援対象者数  150人     158人    105.3%
  就職者数       90人      97人    107.8%

【春日部市の声】
支援の方向がそろい、相談者への説明も一つに
なりました。"""
_SAITAMA_4 = """【事例４】埼玉県熊谷市（埼玉労働局・ハローワーク熊谷）
施設名：くまがや就労支援コーナー（常設窓口）
開設：平成27年10月1日

暑さの厳しい夏も通いやすい窓口に

◇取組の内容
・夏の間は夕方の相談時間を延ばしている。

◇平成30年度の実績
  区分          目標      実績     達成率
  支援対象者数  100人     104人    104.0%
  就職者数       60人      63人    105.0%

【埼玉労働局の声】
夕方の相談には仕事を探し始めたばかりの方が多く
来られています。"""
_SAITAMA_HEAD = " 平成30年度　埼玉県内の一体的実施事業（概要版）" + " " * 70 + "埼玉労働局\n\n"
A3_NO_FORM_FEEDS = (
    _SAITAMA_HEAD
    + side_by_side(_SAITAMA_1, _SAITAMA_2, at=80, jitter=(0, 2, -1))
    + "\n\n"
    + " " * 60
    + "- 1 -\n"
    + _SAITAMA_HEAD
    + side_by_side(_SAITAMA_3, _SAITAMA_4, at=80, jitter=(-1, 0, 2))
    + "\n\n"
    + " " * 60
    + "- 2 -\n"
)
A3_NO_FORM_FEEDS_FACTS = [
    {
        "title": "蔵のまちの福祉窓口に職業相談を",
        "prefecture": "埼玉県",
        "municipality": "川越市",
        "labour_bureau": "埼玉労働局",
        "hello_work": ("ハローワーク川越",),
        "facility_name": "かわごえ就労支援センター",
        "start_date": D(2016, 10, 3),
        "fiscal_year": 2018,
        "initiatives": (
            "市の福祉事務所の隣に相談ブースを置いた。",
            "面接の前日に電話で持ち物を確認している。",
        ),
        "metrics": [
            M("支援対象者数", P(200), P(214), "107.0"),
            M("就職者数", P(120), P(131), "109.2"),
        ],
        "comments": [
            ("川越市", "municipality", "福祉の相談から職業相談までが一か所で済むようになりました。")
        ],
    },
    {
        "title": "子育て中の方の就職を午前の相談枠で",
        "municipality": "所沢市",
        "facility_name": "ところざわ仕事相談室",
        "facility_type": "常設窓口",
        "start_date": D(2017, 4, 3),
        "initiatives": ("保育所の送迎の後に来られる午前の枠を設けた。",),
        "metrics": [M("支援対象者数", P(80), P(86), "107.5"), M("就職者数", P(48), P(50), "104.2")],
        "comments": [
            ("ハローワーク所沢", "hello_work", "午前の相談枠は予約がすぐに埋まるほど好評です。")
        ],
    },
    {
        "title": "ケース会議で支援の方向をそろえる",
        "municipality": "春日部市",
        "start_date": D(2018, 1, 4),
        "initiatives": (
            "毎月のケース会議に就職支援ナビゲーターが出席している。",
            "就職後の相談を電話でも受けている。",
        ),
        "metrics": [
            M("支援対象者数", P(150), P(158), "105.3"),
            M("就職者数", P(90), P(97), "107.8"),
        ],
        "comments": [
            ("春日部市", "municipality", "支援の方向がそろい、相談者への説明も一つになりました。")
        ],
    },
    {
        "title": "暑さの厳しい夏も通いやすい窓口に",
        "municipality": "熊谷市",
        "hello_work": ("ハローワーク熊谷",),
        "start_date": D(2015, 10, 1),
        "initiatives": ("夏の間は夕方の相談時間を延ばしている。",),
        "metrics": [
            M("支援対象者数", P(100), P(104), "104.0"),
            M("就職者数", P(60), P(63), "105.0"),
        ],
        "comments": [
            (
                "埼玉労働局",
                "labour_bureau",
                "夕方の相談には仕事を探し始めたばかりの方が多く来られています。",
            )
        ],
    },
]

# 3. three cases: the second page holds one case on its left half only; the notes under the
#    columns span the page; the comment heading 〔X より〕
_GUNMA_1 = """○事例１　群馬県前橋市　×　群馬労働局・ハローワーク前橋
  まえばし就労支援センター（一体的実施施設）　平成26年4月1日開設

  「赤城の麓で暮らしと仕事を一緒に」

  ●取組
   ・生活保護のケースワーカーと同じ机で面談する。
   ・市の就労準備支援から職業相談へつなぐ。

  ●令和２年度の目標と実績
    区分          目標      実績     達成率
    支援対象者数  250人     268人    107.2%
    就職者数      150人     162人    108.0%

  〔前橋市より〕
   面談を同じ机で行うことで、話が一度で済むよう
   になりました。"""
_GUNMA_2 = """○事例２　群馬県高崎市　×　群馬労働局・ハローワーク高崎
  たかさき仕事サポート（常設窓口）　平成28年1月5日開設

  「駅前の窓口で、相談から紹介まで」

  ●取組
   ・駅前の市の出張所に週４日相談員を置く。

  ●令和２年度の目標と実績
    区分          目標      実績     達成率
    支援対象者数  180人     171人     95.0%
    就職者数      108人     110人    101.9%

  〔ハローワーク高崎より〕
   駅前で相談できることで、若い方の利用が増えて
   います。"""
_GUNMA_3 = """ ○事例３　群馬県太田市　×　群馬労働局・ハローワーク太田
   おおた就労支援窓口（一体的実施施設）　平成30年4月2日開設

   「ものづくりのまちの求人を福祉の窓口へ」

   ●取組
    ・自動車部品の工場の見学会を年４回開く。
    ・見学の翌週に個別の職業相談を行う。

   ●令和２年度の目標と実績
     区分          目標      実績     達成率
     支援対象者数  140人     152人    108.6%
     就職者数       84人      91人    108.3%

   〔太田市より〕
    見学会から就職につながる方が増えています。"""
THREE_CASES_LAST_ALONE = (
    side_by_side(_GUNMA_1, _GUNMA_2, at=76, jitter=(0, 1))
    + "\n\n"
    + " " * 66
    + "1\n\f"
    + _GUNMA_3
    + "\n\n"
    + " " * 66
    + "2\n\n"
    + " 注）達成率＝実績÷目標。数値は令和３年３月末現在の速報値である。\n"
)
THREE_CASES_LAST_ALONE_FACTS = [
    {
        "title": "赤城の麓で暮らしと仕事を一緒に",
        "municipality": "前橋市",
        "hello_work": ("ハローワーク前橋",),
        "facility_name": "まえばし就労支援センター",
        "start_date": D(2014, 4, 1),
        "fiscal_year": 2020,
        "initiatives": (
            "生活保護のケースワーカーと同じ机で面談する。",
            "市の就労準備支援から職業相談へつなぐ。",
        ),
        "metrics": [
            M("支援対象者数", P(250), P(268), "107.2"),
            M("就職者数", P(150), P(162), "108.0"),
        ],
        "comments": [
            ("前橋市", "municipality", "面談を同じ机で行うことで、話が一度で済むようになりました。")
        ],
    },
    {
        "title": "駅前の窓口で、相談から紹介まで",
        "municipality": "高崎市",
        "facility_type": "常設窓口",
        "start_date": D(2016, 1, 5),
        "initiatives": ("駅前の市の出張所に週4日相談員を置く。",),
        "metrics": [
            M("支援対象者数", P(180), P(171), "95.0"),
            M("就職者数", P(108), P(110), "101.9"),
        ],
        "comments": [
            (
                "ハローワーク高崎",
                "hello_work",
                "駅前で相談できることで、若い方の利用が増えています。",
            )
        ],
    },
    {
        "title": "ものづくりのまちの求人を福祉の窓口へ",
        "municipality": "太田市",
        "start_date": D(2018, 4, 2),
        "initiatives": (
            "自動車部品の工場の見学会を年4回開く。",
            "見学の翌週に個別の職業相談を行う。",
        ),
        "metrics": [
            M("支援対象者数", P(140), P(152), "108.6"),
            M("就職者数", P(84), P(91), "108.3"),
        ],
        "comments": [("太田市", "municipality", "見学会から就職につながる方が増えています。")],
    },
]

# 4. booklet page: header and headline across the page, then the body left and a data box
#    (＜施設の概要＞ heading, no frame) with the results table right; a note under the table
_KUMAMOTO_LEFT_1 = """■取組の内容
・市の保護課の面接室に週３日職員が出向き、
  その場で職業相談を行っている。
・就職が決まった方に、初めての給料日まで
  電話で様子を聞いている。

■その他の成果
・出張相談から延べ４１人が就職した。

【熊本市保護課の声】
相談の場所が近くなり、利用をためらっていた
方も来られるようになりました。"""
_KUMAMOTO_RIGHT_1 = """＜施設の概要＞
 名称　　くまもと就労サポート
 種別　　一体的実施施設
 開設日　平成29年4月3日

【令和４年度の実績】
 区分          目標    実績   達成率
 支援対象者数  260人   275人  105.8%
 就職者数      156人   170人  109.0%
 就職率          －    61.8%    －

※令和５年３月末現在"""
_KUMAMOTO_LEFT_2 = """■取組の内容
・市役所の窓口で児童扶養手当の手続きに来た
  方に、職業相談の案内を渡している。

【ハローワーク八代の声】
手続きの日に相談の予約まで済ませる方が増え
ました。"""
_KUMAMOTO_RIGHT_2 = """＜施設の概要＞
 名称　　やつしろ仕事相談コーナー
 種別　　常設窓口
 開設日　令和元年10月1日

【令和４年度の実績】
 区分          目標    実績   達成率
 支援対象者数   90人    96人  106.7%
 就職者数       54人    57人  105.6%
 就職率          －    59.4%    －"""
BOOKLET_DATA_BOX = (
    "   熊本労働局　一体的実施事業の取組"
    + " " * 50
    + "No.1\n\n"
    + "   【熊本県熊本市】【熊本労働局・ハローワーク熊本】"
    + "くまもと就労サポート（一体的実施施設）平成29年4月3日事業開始\n\n"
    + "   保護課の面接室で職業相談まで\n\n"
    + side_by_side(_KUMAMOTO_LEFT_1, _KUMAMOTO_RIGHT_1, at=56, jitter=(0, 2, 1))
    + "\n\n"
    + " " * 40
    + "- 1 -\n\f"
    + "   熊本労働局　一体的実施事業の取組"
    + " " * 50
    + "No.2\n\n"
    + "   【熊本県八代市】【熊本労働局・ハローワーク八代】"
    + "やつしろ仕事相談コーナー（常設窓口）令和元年10月1日事業開始\n\n"
    + "   手続きの日に仕事の相談も\n\n"
    + side_by_side(_KUMAMOTO_LEFT_2, _KUMAMOTO_RIGHT_2, at=56, jitter=(1, 0, 2))
    + "\n\n"
    + " " * 40
    + "- 2 -\n"
)
BOOKLET_DATA_BOX_FACTS = [
    {
        "title": "保護課の面接室で職業相談まで",
        "municipality": "熊本市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("ハローワーク熊本",),
        "facility_name": "くまもと就労サポート",
        "facility_type": "一体的実施施設",
        "start_date": D(2017, 4, 3),
        "fiscal_year": 2022,
        "initiatives": (
            "市の保護課の面接室に週3日職員が出向き、その場で職業相談を行っている。",
            "就職が決まった方に、初めての給料日まで電話で様子を聞いている。",
        ),
        "other_results": ("出張相談から延べ41人が就職した。",),
        "metrics": [
            M("支援対象者数", P(260), P(275), "105.8"),
            M("就職者数", P(156), P(170), "109.0"),
            M("就職率", None, R("61.8")),
        ],
        "comments": [
            (
                "熊本市保護課",
                "municipality",
                "相談の場所が近くなり、利用をためらっていた方も来られるようになりました。",
            )
        ],
    },
    {
        "title": "手続きの日に仕事の相談も",
        "municipality": "八代市",
        "facility_name": "やつしろ仕事相談コーナー",
        "facility_type": "常設窓口",
        "start_date": D(2019, 10, 1),
        "fiscal_year": 2022,
        "initiatives": (
            "市役所の窓口で児童扶養手当の手続きに来た方に、職業相談の案内を渡している。",
        ),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(90), P(96), "106.7"),
            M("就職者数", P(54), P(57), "105.6"),
            M("就職率", None, R("59.4")),
        ],
        "comments": [
            ("ハローワーク八代", "hello_work", "手続きの日に相談の予約まで済ませる方が増えました。")
        ],
    },
]

# 5. booklet page: body and results left, the comments right (the right column shorter)
_MIYAGI_LEFT_1 = """１　取組の概要
（１）区役所の保健福祉センター内に相談窓口を
      常設している。
（２）相談の予約をオンラインでも受け付けている。

２　令和３年度の実績
  区分          目標      実績     達成率
  支援対象者数  320人     335人    104.7%
  就職者数      192人     204人    106.3%"""
_MIYAGI_RIGHT_1 = """＜仙台市コメント＞
オンライン予約の導入で、日中に時間の取れ
ない方の利用が増えました。

＜ハローワーク仙台コメント＞
保健福祉センターとの情報共有がより早くな
りました。"""
_MIYAGI_LEFT_2 = """１　取組の概要
（１）沿岸部の仮設の相談所に月２回出向いている。

２　令和３年度の実績
  区分          目標      実績     達成率
  支援対象者数   70人      74人    105.7%
  就職者数       42人      45人    107.1%"""
_MIYAGI_RIGHT_2 = """＜石巻市コメント＞
出向く相談を続けたことで、顔なじみの相談員
に話してくれる方が増えました。"""
BOOKLET_COMMENTS_RIGHT = (
    "事例１　宮城県仙台市　×　宮城労働局・ハローワーク仙台\n"
    + "せんだい就労支援窓口（一体的実施施設）　平成28年4月1日開設\n"
    + "予約のしやすさで利用者を広げる\n\n"
    + side_by_side(_MIYAGI_LEFT_1, _MIYAGI_RIGHT_1, at=60, jitter=(0, -1, 1))
    + "\n\f"
    + "事例２　宮城県石巻市　×　宮城労働局・ハローワーク石巻\n"
    + "いしのまき仕事相談所（巡回相談窓口）　平成30年6月1日開設\n"
    + "出向いて話を聞く相談を続ける\n\n"
    + side_by_side(_MIYAGI_LEFT_2, _MIYAGI_RIGHT_2, at=60, jitter=(1, 0))
    + "\n"
)
BOOKLET_COMMENTS_RIGHT_FACTS = [
    {
        "title": "予約のしやすさで利用者を広げる",
        "municipality": "仙台市",
        "hello_work": ("ハローワーク仙台",),
        "facility_name": "せんだい就労支援窓口",
        "start_date": D(2016, 4, 1),
        "fiscal_year": 2021,
        "initiatives": (
            "区役所の保健福祉センター内に相談窓口を常設している。",
            "相談の予約をオンラインでも受け付けている。",
        ),
        "metrics": [
            M("支援対象者数", P(320), P(335), "104.7"),
            M("就職者数", P(192), P(204), "106.3"),
        ],
        "comments": [
            (
                "仙台市",
                "municipality",
                "オンライン予約の導入で、日中に時間の取れない方の利用が増えました。",
            ),
            (
                "ハローワーク仙台",
                "hello_work",
                "保健福祉センターとの情報共有がより早くなりました。",
            ),
        ],
    },
    {
        "title": "出向いて話を聞く相談を続ける",
        "municipality": "石巻市",
        "facility_type": "巡回相談窓口",
        "start_date": D(2018, 6, 1),
        "initiatives": ("沿岸部の仮設の相談所に月2回出向いている。",),
        "metrics": [M("支援対象者数", P(70), P(74), "105.7"), M("就職者数", P(42), P(45), "107.1")],
        "comments": [
            (
                "石巻市",
                "municipality",
                "出向く相談を続けたことで、顔なじみの相談員に話してくれる方が増えました。",
            )
        ],
    },
]

# 6. the gutter in display columns (wide characters two), as an extraction that places text
#    by width gives it: two cases side by side, ▼ headings, ①② items
_HIROSHIMA_1 = """▽事例１　広島県福山市　×　広島労働局・ハローワーク福山
  ふくやま就労支援センター（一体的実施施設）　平成27年10月1日開設
  「ばらのまちで、福祉と仕事の窓口を一つに」
  ▼主な取組
  ①福祉事務所の中に職業相談の席を置いた。
  ②ケース会議を毎月開いている。
  ▼平成31年度の目標と実績
    区分          目標      実績     達成率
    支援対象者数  210人     226人    107.6%
    就職者数      126人     135人    107.1%
  ＜福山市コメント＞
  同じ建物で相談できることが何よりの強みです。"""
_HIROSHIMA_2 = """▽事例２　広島県呉市　×　広島労働局・ハローワーク呉
  くれ仕事サポート（常設窓口）　平成29年4月3日開設
  「造船と介護の求人を一緒に案内」
  ▼主な取組
  ①造船所と介護施設の合同説明会を開いた。
  ▼平成31年度の目標と実績
    区分          目標      実績     達成率
    支援対象者数  110人     118人    107.3%
    就職者数       66人      70人    106.1%
  ＜ハローワーク呉コメント＞
  合同説明会で職種を広げて考える方が増えました。"""
DISPLAY_COLUMNS = (
    " 平成31年度（令和元年度）　一体的実施事業の概要\n\n"
    + side_by_side(_HIROSHIMA_1, _HIROSHIMA_2, at=104, jitter=(0, 1, -1), wide=True)
    + "\n"
)
DISPLAY_COLUMNS_FACTS = [
    {
        "title": "ばらのまちで、福祉と仕事の窓口を一つに",
        "municipality": "福山市",
        "hello_work": ("ハローワーク福山",),
        "facility_name": "ふくやま就労支援センター",
        "start_date": D(2015, 10, 1),
        "fiscal_year": 2019,
        "initiatives": ("福祉事務所の中に職業相談の席を置いた。", "ケース会議を毎月開いている。"),
        "metrics": [
            M("支援対象者数", P(210), P(226), "107.6"),
            M("就職者数", P(126), P(135), "107.1"),
        ],
        "comments": [("福山市", "municipality", "同じ建物で相談できることが何よりの強みです。")],
    },
    {
        "title": "造船と介護の求人を一緒に案内",
        "municipality": "呉市",
        "hello_work": ("ハローワーク呉",),
        "facility_type": "常設窓口",
        "start_date": D(2017, 4, 3),
        "initiatives": ("造船所と介護施設の合同説明会を開いた。",),
        "metrics": [
            M("支援対象者数", P(110), P(118), "107.3"),
            M("就職者数", P(66), P(70), "106.1"),
        ],
        "comments": [
            ("ハローワーク呉", "hello_work", "合同説明会で職種を広げて考える方が増えました。")
        ],
    },
]

# 7. Word report, space-aligned tables with a 摘要 column whose cells wrap, a label that
#    wraps with its remark (うち紹介 / 就職), year column words; form feeds, running head
WRAPPED_REMARKS = """令和２年度　一体的実施事業　取組報告（長野労働局）                        - 1 -

第１　松本市における取組

  【長野県松本市】【長野労働局・ハローワーク松本】
  まつもと就労支援室（一体的実施施設）平成二十九年四月三日事業開始

  山あいの集落にも届く相談を

  １　取組内容
    （１）市の支所四か所を月一回ずつ巡回して相談を受けた。
    （２）支所での相談の翌週に、本庁舎で職業紹介を行った。

  ２　令和２年度の目標及び実績

    区分            令和２年度目標   令和２年度実績   達成率     摘要
    支援対象者数    180人            193人            107.2%     巡回相談の利用者
                                                                 を含む
    就職者数        108人            115人            106.5%
    うち紹介        －               82人             －         安定所の職業紹介
    就職                                                         によるもの

  ３　関係者の意見
    ＜松本市コメント＞
      巡回相談で初めて支援につながった方が多かった。
\f令和２年度　一体的実施事業　取組報告（長野労働局）                        - 2 -

第２　上田市における取組

  【長野県上田市】【長野労働局・ハローワーク上田】
  うえだ仕事相談コーナー（常設窓口）令和元年七月一日事業開始

  ひとり親の方の就職を託児付きで支える

  １　取組内容
    （１）託児付きの就職セミナーを年六回開いた。

  ２　令和２年度の目標及び実績

    区分            令和２年度目標   令和２年度実績   達成率     摘要
    支援対象者数    70人             77人             110.0%     うちひとり親
                                                                 ４５人
    就職者数        42人             46人             109.5%
    就職率          －               59.7%            －

  ３　関係者の意見
    ＜ハローワーク上田コメント＞
      託児があることで、セミナーに参加できる方が増えた。
"""
WRAPPED_REMARKS_FACTS = [
    {
        "title": "山あいの集落にも届く相談を",
        "municipality": "松本市",
        "facility_name": "まつもと就労支援室",
        "start_date": D(2017, 4, 3),
        "fiscal_year": 2020,
        "initiatives": (
            "市の支所四か所を月一回ずつ巡回して相談を受けた。",
            "支所での相談の翌週に、本庁舎で職業紹介を行った。",
        ),
        "metrics": [
            M("支援対象者数", P(180), P(193), "107.2"),
            M("就職者数", P(108), P(115), "106.5"),
            M("うち紹介就職", None, P(82)),
        ],
        "comments": [("松本市", "municipality", "巡回相談で初めて支援につながった方が多かった。")],
    },
    {
        "title": "ひとり親の方の就職を託児付きで支える",
        "municipality": "上田市",
        "facility_type": "常設窓口",
        "start_date": D(2019, 7, 1),
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", P(70), P(77), "110.0"),
            M("就職者数", P(42), P(46), "109.5"),
            M("就職率", None, R("59.7")),
        ],
        "comments": [
            ("ハローワーク上田", "hello_work", "託児があることで、セミナーに参加できる方が増えた。")
        ],
    },
]

# 8. the actual before the target, a 備考 cell wrapped over three lines, a target with 以上
ACTUAL_FIRST_WRAPPED = """平成２９年度　岡山県内の一体的実施事業

１．岡山市の取組

【岡山県岡山市】【岡山労働局・ハローワーク岡山】
おかやま就労サポート（一体的実施施設）平成26年10月1日事業開始

桃太郎のまちの駅前窓口

（１）取組の内容
  ・駅前の市民サービスセンターに窓口を置いた。

（２）平成２９年度の実績
    項目            実績         目標          達成率      備考
    支援対象者数    412人        400人以上     103.0%      児童扶養手当受給者
                                                           及び生活保護受給者
                                                           の合計
    就職者数        250人        240人以上     104.2%

（３）関係者の声
  ＜岡山市コメント＞
    駅前に窓口があることで、通勤の途中に立ち寄る方もいる。

２．倉敷市の取組

【岡山県倉敷市】【岡山労働局・ハローワーク倉敷中央】
くらしき仕事相談室（常設窓口）平成28年4月1日事業開始

美観地区の観光の仕事も紹介

（１）取組の内容
  ・観光施設の求人を毎週まとめて紹介した。

（２）平成２９年度の実績
    項目            実績         目標          達成率      備考
    支援対象者数    188人        180人         104.4%      速報値
    就職者数        109人        108人         100.9%      速報値によ
                                                           る
    就職率          58.0%        －            －

（３）関係者の声
  ＜ハローワーク倉敷中央コメント＞
    観光の求人は短時間の仕事も多く、希望に合いやすい。
"""
ACTUAL_FIRST_WRAPPED_FACTS = [
    {
        "title": "桃太郎のまちの駅前窓口",
        "municipality": "岡山市",
        "start_date": D(2014, 10, 1),
        "fiscal_year": 2017,
        "initiatives": ("駅前の市民サービスセンターに窓口を置いた。",),
        "metrics": [
            M("支援対象者数", P(400, qualifier="以上"), P(412), "103.0"),
            M("就職者数", P(240, qualifier="以上"), P(250), "104.2"),
        ],
        "comments": [
            ("岡山市", "municipality", "駅前に窓口があることで、通勤の途中に立ち寄る方もいる。")
        ],
    },
    {
        "title": "美観地区の観光の仕事も紹介",
        "municipality": "倉敷市",
        "hello_work": ("ハローワーク倉敷中央",),
        "start_date": D(2016, 4, 1),
        "fiscal_year": 2017,
        "metrics": [
            M("支援対象者数", P(180), P(188), "104.4"),
            M("就職者数", P(108), P(109), "100.9"),
            M("就職率", None, R("58.0")),
        ],
        "comments": [
            (
                "ハローワーク倉敷中央",
                "hello_work",
                "観光の求人は短時間の仕事も多く、希望に合いやすい。",
            )
        ],
    },
]

# 9. the right column longer than the left; right parts starting up to three places apart
_IBARAKI_1 = """◇事例１　茨城県水戸市　×　茨城労働局・ハローワーク水戸
  みと就労支援コーナー（一体的実施施設）　平成28年4月1日開設

  「県庁所在地の福祉窓口で」

  ◎主な取組
   ①相談の記録を市と共有している。

  ◎令和３年度目標と実績
    項目          目標      実績     達成率
    支援対象者数  230人     241人    104.8%
    就職者数      138人     147人    106.5%

  ＜水戸市コメント＞
   記録の共有で、相談の重複がなくなりました。"""
_IBARAKI_2 = """◇事例２　茨城県日立市　×　茨城労働局・ハローワーク日立
  ひたち仕事サポート（一体的実施施設）　平成30年10月1日開設

  「ものづくりの技能を生かす就職」

  ◎主な取組
   ①工場で働いた経験のある方に、技能を生かせ
     る求人を重点的に紹介している。
   ②就職後の相談を市の窓口で受けている。
   ③企業説明会を年に６回開いている。

  ◎令和３年度目標と実績
    項目          目標      実績     達成率
    支援対象者数  160人     174人    108.8%
    就職者数       96人     102人    106.3%
    就職率          －      58.6%       －

  ＜日立市コメント＞
   技能を生かせる求人の紹介で、長く働ける方が
   増えました。

  ＜茨城労働局コメント＞
   企業説明会は地域の事業所にも好評です。"""
RIGHT_LONGER = (
    " 令和３年度　一体的実施事業　好事例（茨城労働局）\n"
    + "─" * 70
    + "\n\n"
    + side_by_side(_IBARAKI_1, _IBARAKI_2, at=70, jitter=(0, 3, -2, 1, 2, -1))
    + "\n"
)
RIGHT_LONGER_FACTS = [
    {
        "title": "県庁所在地の福祉窓口で",
        "municipality": "水戸市",
        "start_date": D(2016, 4, 1),
        "fiscal_year": 2021,
        "initiatives": ("相談の記録を市と共有している。",),
        "metrics": [
            M("支援対象者数", P(230), P(241), "104.8"),
            M("就職者数", P(138), P(147), "106.5"),
        ],
        "comments": [("水戸市", "municipality", "記録の共有で、相談の重複がなくなりました。")],
    },
    {
        "title": "ものづくりの技能を生かす就職",
        "municipality": "日立市",
        "start_date": D(2018, 10, 1),
        "fiscal_year": 2021,
        "initiatives": (
            "工場で働いた経験のある方に、技能を生かせる求人を重点的に紹介している。",
            "就職後の相談を市の窓口で受けている。",
            "企業説明会を年に6回開いている。",
        ),
        "metrics": [
            M("支援対象者数", P(160), P(174), "108.8"),
            M("就職者数", P(96), P(102), "106.3"),
            M("就職率", None, R("58.6")),
        ],
        "comments": [
            ("日立市", "municipality", "技能を生かせる求人の紹介で、長く働ける方が増えました。"),
            ("茨城労働局", "labour_bureau", "企業説明会は地域の事業所にも好評です。"),
        ],
    },
]

# 10. the left column longer, then (after the page number) a note and a contact line
#     spanning the page
_NARA_1 = """■事例１　奈良県奈良市　×　奈良労働局・ハローワーク奈良
  なら就労支援センター（一体的実施施設）　平成27年4月1日開設

  「古都の観光の仕事も福祉の窓口で」

  ◆取組
   ・観光施設の求人を毎週窓口に掲示している。

  ◆令和４年度の実績
    区分          目標      実績     達成率
    支援対象者数  240人     252人    105.0%
    就職者数      144人     150人    104.2%

  ＜奈良市コメント＞
   観光の仕事は短時間から始められ、最初の一歩
   に向いています。

  ＜ハローワーク奈良コメント＞
   市との連携で、求人の情報がより早く届くよう
   になりました。"""
_NARA_2 = """■事例２　奈良県橿原市　×　奈良労働局・ハローワーク大和八木
  かしはら仕事相談室（常設窓口）　令和2年4月1日開設

  「駅から近い窓口で」

  ◆取組
   ・駅前の庁舎に相談室を設けた。

  ◆令和４年度の実績
    区分          目標      実績     達成率
    支援対象者数   80人      85人    106.3%
    就職者数       48人      51人    106.3%

  ＜橿原市コメント＞
   駅から近く、通いやすいと好評です。"""
LEFT_LONGER_NOTES = (
    side_by_side(_NARA_1, _NARA_2, at=74, jitter=(0, 1))
    + "\n\n"
    + " " * 64
    + "1\n\n"
    + " ※実績は令和５年３月末現在の数値である。\n"
    + " 問い合わせ先：奈良労働局職業安定部職業対策課　0742-32-0208\n"
)
LEFT_LONGER_NOTES_FACTS = [
    {
        "title": "古都の観光の仕事も福祉の窓口で",
        "municipality": "奈良市",
        "fiscal_year": 2022,
        "initiatives": ("観光施設の求人を毎週窓口に掲示している。",),
        "metrics": [
            M("支援対象者数", P(240), P(252), "105.0"),
            M("就職者数", P(144), P(150), "104.2"),
        ],
        "comments": [
            (
                "奈良市",
                "municipality",
                "観光の仕事は短時間から始められ、最初の一歩に向いています。",
            ),
            (
                "ハローワーク奈良",
                "hello_work",
                "市との連携で、求人の情報がより早く届くようになりました。",
            ),
        ],
    },
    {
        "title": "駅から近い窓口で",
        "municipality": "橿原市",
        "hello_work": ("ハローワーク大和八木",),
        "start_date": D(2020, 4, 1),
        "metrics": [M("支援対象者数", P(80), P(85), "106.3"), M("就職者数", P(48), P(51), "106.3")],
        "comments": [("橿原市", "municipality", "駅から近く、通いやすいと好評です。")],
    },
]

# 11. a booklet whose cases each close with a full-width note below the columns; the data box
#     framed top and bottom only (its sides lost), after the comments once read column by column
_KAGOSHIMA_LEFT = """【取組】
・市の福祉課と毎週打合せを行い、支援の
  順番を決めている。
・離島から来た方には、船の時間に合わせ
  て相談の時間を調整している。

【関係者の声】
〔{city}〕
相談の時間を合わせることで、離島の方も
来やすくなりました。"""
_KAGOSHIMA_RIGHT = """┌─ 施設の概要 ──────────┐
  名称　{name}
  種別　一体的実施施設
  開設　{date}
└────────────────┘

【令和元年度の実績】
  区分          目標    実績   達成率
  支援対象者数  {t1}人   {a1}人  {r1}%
  就職者数      {t2}人   {a2}人  {r2}%"""


def _kagoshima(
    number: int, city: str, office: str, name: str, date: str, title: str, figures: dict[str, str]
) -> str:
    intro = (
        f"   【鹿児島県{city}】【鹿児島労働局・{office}】{name}（一体的実施施設）{date}事業開始\n\n"
        f"   {title}\n\n"
    )
    body = side_by_side(
        _KAGOSHIMA_LEFT.format(city=city),
        _KAGOSHIMA_RIGHT.format(name=name, date=date, **figures),
        at=58,
        jitter=(0, 1, -1, 2),
    )
    note = (
        "\n\n   ※達成率は実績を目標で除したもの。"
        "実績は令和２年３月末現在の数値であり、確定値ではない。\n"
    )
    return intro + body + note + f"\n{' ' * 40}- {number} -\n\f"


FRAMED_BOX_PARAGRAPHS = (
    _kagoshima(
        1,
        "鹿屋市",
        "ハローワーク鹿屋",
        "かのや就労サポート",
        "平成29年10月2日",
        "福祉課と毎週そろえる支援の順番",
        {"t1": "120", "a1": "126", "r1": "105.0", "t2": "72", "a2": "75", "r2": "104.2"},
    )
    + _kagoshima(
        2,
        "薩摩川内市",
        "ハローワーク川内",
        "せんだい仕事サポート",
        "平成30年4月2日",
        "船の時間に合わせた相談",
        {"t1": "90", "a1": "97", "r1": "107.8", "t2": "54", "a2": "58", "r2": "107.4"},
    )
    + _kagoshima(
        3,
        "奄美市",
        "ハローワーク名瀬",
        "あまみ就労支援室",
        "令和元年5月7日",
        "島の暮らしに合わせた就職支援",
        {"t1": "60", "a1": "63", "r1": "105.0", "t2": "36", "a2": "38", "r2": "105.6"},
    )
)
FRAMED_BOX_PARAGRAPHS_FACTS = [
    {
        "title": title,
        "prefecture": "鹿児島県",
        "municipality": city,
        "labour_bureau": "鹿児島労働局",
        "hello_work": (office,),
        "facility_name": name,
        "facility_type": "一体的実施施設",
        "start_date": date,
        "fiscal_year": 2019,
        "initiatives": (
            "市の福祉課と毎週打合せを行い、支援の順番を決めている。",
            "離島から来た方には、船の時間に合わせて相談の時間を調整している。",
        ),
        "metrics": metrics,
        "comments": [
            (city, "municipality", "相談の時間を合わせることで、離島の方も来やすくなりました。")
        ],
    }
    for title, city, office, name, date, metrics in (
        (
            "福祉課と毎週そろえる支援の順番",
            "鹿屋市",
            "ハローワーク鹿屋",
            "かのや就労サポート",
            D(2017, 10, 2),
            [M("支援対象者数", P(120), P(126), "105.0"), M("就職者数", P(72), P(75), "104.2")],
        ),
        (
            "船の時間に合わせた相談",
            "薩摩川内市",
            "ハローワーク川内",
            "せんだい仕事サポート",
            D(2018, 4, 2),
            [M("支援対象者数", P(90), P(97), "107.8"), M("就職者数", P(54), P(58), "107.4")],
        ),
        (
            "島の暮らしに合わせた就職支援",
            "奄美市",
            "ハローワーク名瀬",
            "あまみ就労支援室",
            D(2019, 5, 7),
            [M("支援対象者数", P(60), P(63), "105.0"), M("就職者数", P(36), P(38), "105.6")],
        ),
    )
]

# 12. a booklet page whose right column holds a table with a wrapped 備考 cell
_YAMAGUCHI_LEFT = """○取組の内容
・市の生活相談窓口の隣に職業相談の席を
  置いた。
・相談の記録を市と毎日共有している。

○その他の成果
・市の臨時職員の求人に延べ８人が就職した。

〔{city}の声〕
隣の席で相談できることで、話がその日の
うちにまとまります。"""
_YAMAGUCHI_RIGHT = """○令和５年度の目標と実績
 区分          目標    実績    達成率   備考
 支援対象者数  {t1}人  {a1}人  {r1}%   生活困窮者を
                                      含む
 就職者数      {t2}人   {a2}人  {r2}%
 就職率          －    {p}%     －"""


def _yamaguchi(
    city: str, office: str, name: str, date: str, title: str, figures: dict[str, str]
) -> str:
    return (
        f"事例　山口県{city}　×　山口労働局・{office}\n"
        f"{name}（一体的実施施設）　{date}開設\n"
        f"{title}\n\n"
        + side_by_side(
            _YAMAGUCHI_LEFT.format(city=city),
            _YAMAGUCHI_RIGHT.format(**figures),
            at=54,
            jitter=(0, 1),
        )
        + "\n\f"
    )


RIGHT_TABLE_WRAPPED = (
    "令和５年度　山口県内の一体的実施事業\n\n"
    + _yamaguchi(
        "下関市",
        "ハローワーク下関",
        "しものせき就労支援室",
        "令和2年4月1日",
        "海峡のまちの隣り合う窓口",
        {
            "t1": "200",
            "a1": "214",
            "r1": "107.0",
            "t2": "120",
            "a2": "129",
            "r2": "107.5",
            "p": "60.3",
        },
    )
    + _yamaguchi(
        "宇部市",
        "ハローワーク宇部",
        "うべ仕事サポート",
        "平成30年10月1日",
        "その日のうちにまとまる相談",
        {
            "t1": "150",
            "a1": "158",
            "r1": "105.3",
            "t2": "90",
            "a2": "96",
            "r2": "106.7",
            "p": "60.8",
        },
    )
)
RIGHT_TABLE_WRAPPED_FACTS = [
    {
        "title": title,
        "municipality": city,
        "hello_work": (office,),
        "facility_name": name,
        "start_date": date,
        "fiscal_year": 2023,
        "initiatives": (
            "市の生活相談窓口の隣に職業相談の席を置いた。",
            "相談の記録を市と毎日共有している。",
        ),
        "other_results": ("市の臨時職員の求人に延べ8人が就職した。",),
        "metrics": metrics,
        "comments": [
            (city, "municipality", "隣の席で相談できることで、話がその日のうちにまとまります。")
        ],
    }
    for title, city, office, name, date, metrics in (
        (
            "海峡のまちの隣り合う窓口",
            "下関市",
            "ハローワーク下関",
            "しものせき就労支援室",
            D(2020, 4, 1),
            [
                M("支援対象者数", P(200), P(214), "107.0"),
                M("就職者数", P(120), P(129), "107.5"),
                M("就職率", None, R("60.3")),
            ],
        ),
        (
            "その日のうちにまとまる相談",
            "宇部市",
            "ハローワーク宇部",
            "うべ仕事サポート",
            D(2018, 10, 1),
            [
                M("支援対象者数", P(150), P(158), "105.3"),
                M("就職者数", P(90), P(96), "106.7"),
                M("就職率", None, R("60.8")),
            ],
        ),
    )
]

# 13. no columns at all: a wide space-aligned table with long labels far left and figures far
#     right, and a running head far right — nothing is to be split
WIDE_TABLE_NO_COLUMNS = """令和４年度　一体的実施事業の実績（大阪労働局）\
                               大阪労働局

事例１　大阪府堺市　×　大阪労働局・ハローワーク堺
さかい就労支援センター（一体的実施施設）　平成28年4月1日開設
百舌鳥の窓口で、相談から就職まで

【取組内容】
・区役所の生活援護課と同じフロアで相談を受けている。
・面接の練習を予約なしで受け付けている。

【令和４年度の実績】
区分                                          目標            実績           達成率
支援対象者数                                  300人           322人          107.3%
就職者数                                      180人           193人          107.2%
生活保護受給者のうち就職した方の数            120人           131人          109.2%

【関係者の声】
＜堺市コメント＞
同じフロアで相談できるため、案内がその場で済みます。

事例２　大阪府東大阪市　×　大阪労働局・ハローワーク布施
ひがしおおさか仕事相談室（常設窓口）　平成30年1月4日開設
ものづくりの町工場へ

【取組内容】
・町工場の見学会を毎月開いている。
・見学会の翌日に職業相談の枠を取っている。

【令和４年度の実績】
区分                                          目標            実績           達成率
支援対象者数                                  150人           161人          107.3%
就職者数                                       90人            98人          108.9%
見学会に参加した後に就職した方の数            30人            34人          113.3%

【関係者の声】
＜ハローワーク布施コメント＞
見学会で仕事の様子が分かり、安心して応募されています。
"""
WIDE_TABLE_NO_COLUMNS_FACTS = [
    {
        "title": "百舌鳥の窓口で、相談から就職まで",
        "municipality": "堺市",
        "facility_name": "さかい就労支援センター",
        "start_date": D(2016, 4, 1),
        "fiscal_year": 2022,
        "initiatives": (
            "区役所の生活援護課と同じフロアで相談を受けている。",
            "面接の練習を予約なしで受け付けている。",
        ),
        "metrics": [
            M("支援対象者数", P(300), P(322), "107.3"),
            M("就職者数", P(180), P(193), "107.2"),
            M("生活保護受給者のうち就職した方の数", P(120), P(131), "109.2"),
        ],
        "comments": [
            ("堺市", "municipality", "同じフロアで相談できるため、案内がその場で済みます。")
        ],
    },
    {
        "title": "ものづくりの町工場へ",
        "municipality": "東大阪市",
        "hello_work": ("ハローワーク布施",),
        "start_date": D(2018, 1, 4),
        "metrics": [
            M("支援対象者数", P(150), P(161), "107.3"),
            M("就職者数", P(90), P(98), "108.9"),
            M("見学会に参加した後に就職した方の数", P(30), P(34), "113.3"),
        ],
        "comments": [
            (
                "ハローワーク布施",
                "hello_work",
                "見学会で仕事の様子が分かり、安心して応募されています。",
            )
        ],
    },
]

# 14. three cases side by side on one landscape page (two gutters)
_TOCHIGI_1 = """◇事例１　栃木県宇都宮市　×　栃木労働局・ハローワーク宇都宮
  みやの就労支援室（一体的実施施設）
  平成28年4月1日開設

  「餃子のまちの福祉窓口で」

  ◎主な取組
   ・福祉課の隣に相談の席を置き、その
     日のうちに職業相談につなぐ。

  ＜宇都宮市コメント＞
   案内がその場で済むようになりました。"""
_TOCHIGI_2 = """◇事例２　栃木県小山市　×　栃木労働局・ハローワーク小山
  おやま仕事相談室（常設窓口）
  平成30年1月4日開設

  「駅前で相談から紹介まで」

  ◎主な取組
   ・駅前の庁舎に相談室を設け、夕方
     まで相談を受けている。

  ＜小山市コメント＞
   仕事帰りの方の利用が増えました。"""
_TOCHIGI_3 = """◇事例３　栃木県足利市　×　栃木労働局・ハローワーク足利
  あしかが就労サポート（一体的実施施設）
  令和元年10月1日開設

  「織物のまちの求人を窓口へ」

  ◎主な取組
   ・市内の事業所の求人を毎週まとめて
     紹介している。

  ＜足利市コメント＞
   地元の求人を知る機会が増えました。"""
THREE_ACROSS = (
    " 令和元年度　一体的実施事業の概要（栃木労働局）\n\n"
    + side_by_side(side_by_side(_TOCHIGI_1, _TOCHIGI_2, at=50), _TOCHIGI_3, at=100)
    + "\n"
)
THREE_ACROSS_FACTS = [
    {
        "title": title,
        "municipality": city,
        "hello_work": (office,),
        "initiatives": (item,),
        "comments": [(city, "municipality", said)],
    }
    for title, city, office, item, said in (
        ("餃子のまちの福祉窓口で", "宇都宮市", "ハローワーク宇都宮",
         "福祉課の隣に相談の席を置き、その日のうちに職業相談につなぐ。",
         "案内がその場で済むようになりました。"),
        ("駅前で相談から紹介まで", "小山市", "ハローワーク小山",
         "駅前の庁舎に相談室を設け、夕方まで相談を受けている。",
         "仕事帰りの方の利用が増えました。"),
        ("織物のまちの求人を窓口へ", "足利市", "ハローワーク足利",
         "市内の事業所の求人を毎週まとめて紹介している。",
         "地元の求人を知る機会が増えました。"),
    )
]

DOCUMENTS = {
    "a3_form_feeds": (A3_FORM_FEEDS, A3_FORM_FEEDS_FACTS),
    "a3_no_form_feeds": (A3_NO_FORM_FEEDS, A3_NO_FORM_FEEDS_FACTS),
    "three_cases_last_alone": (THREE_CASES_LAST_ALONE, THREE_CASES_LAST_ALONE_FACTS),
    "booklet_data_box": (BOOKLET_DATA_BOX, BOOKLET_DATA_BOX_FACTS),
    "booklet_comments_right": (BOOKLET_COMMENTS_RIGHT, BOOKLET_COMMENTS_RIGHT_FACTS),
    "display_columns": (DISPLAY_COLUMNS, DISPLAY_COLUMNS_FACTS),
    "wrapped_remarks": (WRAPPED_REMARKS, WRAPPED_REMARKS_FACTS),
    "actual_first_wrapped": (ACTUAL_FIRST_WRAPPED, ACTUAL_FIRST_WRAPPED_FACTS),
    "right_longer": (RIGHT_LONGER, RIGHT_LONGER_FACTS),
    "left_longer_notes": (LEFT_LONGER_NOTES, LEFT_LONGER_NOTES_FACTS),
    "framed_box_paragraphs": (FRAMED_BOX_PARAGRAPHS, FRAMED_BOX_PARAGRAPHS_FACTS),
    "right_table_wrapped": (RIGHT_TABLE_WRAPPED, RIGHT_TABLE_WRAPPED_FACTS),
    "wide_table_no_columns": (WIDE_TABLE_NO_COLUMNS, WIDE_TABLE_NO_COLUMNS_FACTS),
    "three_across": (THREE_ACROSS, THREE_ACROSS_FACTS),
}

FACT_GAPS: dict[str, str] = {}
COUNT_GAPS: dict[str, str] = {}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)
