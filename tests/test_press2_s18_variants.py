# ruff: noqa: E501
"""Other publishers, an eighth round (decisions 3591-3605, branch press2-s18): a university
紀要 article whose tables list the facilities one row each (``A（水戸市）　300　342 …``) under a
stacked header (metric names over 目標/実績/達成率), after the last case's section; a contractor's
report whose sites' tables stand at the margin; each rule with other writers' variants and the
shapes that must not trigger it."""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.facilitytables import labelled_place
from jirei.handouts import _label_units
from jirei.rules import DEFAULT_RULES
from jirei.widecells import untangle_wide_cells

S = "\u3000"

# an article on three facilities (other places, figures and names than any corpus file); its
# tables stand after the last case, in section 4, and name each row by a letter and a city
ARTICLE = """東海福祉大学 社会福祉学部紀要 第23号 2019年3月 pp.41-58

【研究ノート】

自治体とハローワークの一体的実施による就労支援の実際
―東海3施設の平成30年度実績と運営上の工夫―

The Practice of Integrated Employment Support by Municipalities and Public
Employment Security Offices: Three Cases in the Northern Kanto Region

小 林 恵 美＊　　大 塚 直 樹＊＊

要旨
本稿は，自治体の福祉窓口とハローワークが同一庁舎内で就労支援を行う「一体的実施」について，東海の3施設（大垣市，津市，沼津市）
の平成30年度の目標・実績と，運営上の工夫を整理したものである。対象者の属性（生活保護受給者，児童扶養手当受給者，若者）の違い
にかかわらず，いずれの施設でも初回来所から職業相談までの時間を短縮する工夫がみられた。一方，支援対象者の掘り起こしには施設間で
差があり，福祉部門からの誘導の仕組みが実績を左右していることが示唆された。

キーワード：一体的実施，生活保護受給者等就労自立促進事業，ハローワーク，福祉から就労

＊東海福祉大学社会福祉学部准教授　＊＊同大学院人間福祉学研究科博士後期課程

1．はじめに
生活保護受給者や児童扶養手当受給者等の就労支援については，平成23年度に「福祉から就労」支援事業が，平成25年度には生活保護
受給者等就労自立促進事業が開始され，自治体とハローワークが協定を結んで支援を行う枠組みが整えられてきた1)。その一形態として，
自治体の庁舎内にハローワークの常設窓口を設ける「一体的実施」が全国に広がっている2)。
しかし，一体的実施施設の運営の実際を，複数の施設について目標と実績を対照させながら検討した研究は少ない。本稿では，筆者らが
平成30年7月から10月にかけて実施した聞き取り調査と，各施設の運営協議会資料をもとに，東海の3施設の取組を報告する。

2．調査の方法
調査対象は，岐阜県大垣市，三重県津市，静岡県沼津市に設置された一体的実施施設である。各施設について，市の福祉部門の担当者と
ハローワークの担当者それぞれに半構造化面接（1回60分程度）を行った。数値は各施設の平成30年度運営協議会資料によった3)。

― 42 ―

東海福祉大学社会福祉学部紀要 第23号

3．各施設の取組
3.1 事例A：大垣市

〔施設概要〕
所在自治体：岐阜県大垣市
労働局・ハローワーク：岐阜労働局・ハローワーク大垣
施設名：おおがきワークサポート（一体的実施施設）
事業開始：平成27年10月1日
主な対象：生活保護受給者

おおがきワークサポートは，市役所本庁舎の生活福祉課に隣接して設置されている。同施設の主な取組は以下の3点である。
(1) 保護開始決定時にケースワーカーが就労阻害要因のチェック票を作成し，就労可能と判断された者を開始決定の翌
週までに窓口へ誘導する「1週間ルール」の運用
(2) ハローワーク職員による市ケースワーカー向け勉強会の開催（年4回）
(3) 応募書類の作成から面接同行までを担当者制で行う個別支援
このほか，平成30年度には次の実績がみられた。
・市内企業による施設内での合同面接会の開催（2回，参加者37人）
・就職者を対象とした職場定着状況調査の実施
市の担当者は，聞き取りにおいて次のように述べている。
「以前はハローワークに行ってくださいと言うだけで，その後どうなったかが分からなかった。今は隣の窓口なので，
その日のうちに結果が分かる。」（大垣市福祉部生活福祉課）

3.2 事例B：津市

〔施設概要〕
所在自治体：三重県津市
労働局・ハローワーク：三重労働局・ハローワーク津
施設名：つジョブサポート（一体的実施施設）
事業開始：平成28年6月1日
主な対象：児童扶養手当受給者

つジョブサポートは，子育て家庭支援課の窓口と同じフロアに置かれ，ひとり親家庭の親を主な対象としている。主な取組は次の
とおりである。
(1) 児童扶養手当の新規認定時における就労支援の案内
(2) 子どもの学校行事等に配慮した夕方（17時～19時）の予約相談枠の設定
(3) 母子・父子自立支援員との月1回の合同ケース検討
ハローワーク側の担当者は次のように述べている4)。
「ひとり親の方は時間の制約が大きいので，相談に来られる時間帯を選べることが何より大事だと感じています。夕方
の枠は予約がすぐ埋まります。」（ハローワーク津）

― 43 ―

東海福祉大学社会福祉学部紀要 第23号

3.3 事例C：沼津市

〔施設概要〕
所在自治体：静岡県沼津市
労働局・ハローワーク：静岡労働局・ハローワーク沼津
施設名：ぬまづ若者しごとステーション（一体的実施施設）
事業開始：2013年4月1日
主な対象：若者（おおむね15～39歳）

ぬまづ若者しごとステーションは，市の若者支援の窓口とハローワークの職業相談窓口を一体化したもので，3施設のうちでは最も
開設が早い。主な取組は次のとおりである。
(1) 市の若者相談窓口（ひきこもり・不登校経験者を含む）からの段階的な誘導
(2) 地域若者サポートステーションと連携した就労体験プログラムの実施
(3) 高校中退者等に対する学び直し支援機関の紹介
市と労働局の担当者はそれぞれ次のように述べている。
「若い方は一度つながりが切れると戻ってこない。同じ建物の中で次の窓口に引き継げることの意味は大きい。」（高
崎市市民部市民活動支援課）
「高崎の施設は，若者支援の専門機関との連携の点で県内のモデルになっている。」（静岡労働局職業安定部職業対策課）

4．平成30年度の目標と実績
3施設の平成30年度の目標と実績を表1に，利用状況を表2に示す。

{tables}

就職率はいずれも65％を上回っており，全国の一体的実施施設の平均（約6割）5)と比べても高い水準にある。他方，津市では支援
対象者数が目標を下回った。聞き取りでは，新規認定時以外の受給者への周知が課題として挙げられた。

― 44 ―

東海福祉大学社会福祉学部紀要 第23号

5．考察
3施設に共通するのは，福祉窓口からハローワーク窓口までの物理的・時間的距離を短くする工夫である。事例Aの「1週間ルール」，
事例Bの夕方の予約枠，事例Cの段階的誘導は，いずれも対象者が支援から離脱しやすい局面に手当てをしたものといえる。
一方，支援対象者の掘り起こしは福祉部門の誘導に依存しており，その仕組みが制度化されている施設（A）とそうでない施設（B）で
は実績に差がみられた。

6．おわりに
本稿は3施設の1年度分の資料に基づくものであり，一般化には限界がある。今後は経年での比較を行いたい。

謝辞
調査にご協力いただいた各市およびハローワークの皆様に深く感謝申し上げます。

注
1) 「福祉から就労」支援事業の経緯については厚生労働省（2013）を参照。
2) 平成30年度末時点で全国に150か所以上が設置されている（厚生労働省職業安定局資料による）。
3) 数値は各施設の運営協議会資料に記載されたものであり，筆者による再集計は行っていない。
4) 聞き取りは平成30年9月に実施した。
5) 厚生労働省（2018）による。

参考文献
厚生労働省（2013）「生活保護受給者等就労自立促進事業の実施について」．
厚生労働省（2018）『一体的実施事業の取組事例集』．
田中浩二（2016）「福祉と雇用の連携による就労支援の展開」『社会政策研究』第16号，pp.77-95．

（2018年11月30日受理）

― 45 ―
"""

TABLES = """表1　平成30年度の支援対象者数・就職者数（目標・実績）
（単位：人，％）
施設　支援対象者数　　　　就職者数　　　　就職率
　　　目標　実績　達成率　目標　実績　達成率　実績
A（大垣市）　200　210　105.0　120　126　105.0　60.0
B（津市）　150　120　80.0　90　84　93.3　70.0
C（沼津市）　―　300　―　180　190　105.6　63.3
出典：各施設の平成30年度運営協議会資料をもとに筆者作成。
注：Cは支援対象者数の目標を設定していない。

表2　平成30年度の利用状況（実績）
（単位：利用者数は人，紹介件数・相談件数は件）
施設　利用者数　紹介件数　相談件数
A（大垣市）　2,100　700　1,800
B（津市）　900　310　760
C（沼津市）　3,050　1,020　2,400
出典：表1に同じ。"""

EXPECTED = {
    "大垣市": [
        ("支援対象者数", 200, 210, "人", Decimal("105.0")),
        ("就職者数", 120, 126, "人", Decimal("105.0")),
        ("就職率", None, Decimal("60.0"), "%", None),
        ("利用者数", None, 2100, "人", None),
        ("紹介件数", None, 700, "件", None),
        ("相談件数", None, 1800, "件", None),
    ],
    "津市": [
        ("支援対象者数", 150, 120, "人", Decimal("80.0")),
        ("就職者数", 90, 84, "人", Decimal("93.3")),
        ("就職率", None, Decimal("70.0"), "%", None),
        ("利用者数", None, 900, "人", None),
        ("紹介件数", None, 310, "件", None),
        ("相談件数", None, 760, "件", None),
    ],
    "沼津市": [
        ("支援対象者数", None, 300, "人", None),
        ("就職者数", 180, 190, "人", Decimal("105.6")),
        ("就職率", None, Decimal("63.3"), "%", None),
        ("利用者数", None, 3050, "人", None),
        ("紹介件数", None, 1020, "件", None),
        ("相談件数", None, 2400, "件", None),
    ],
}


def _metrics(text: str) -> dict[str, list[tuple[object, ...]]]:
    doc = jirei.parse_text(text)
    return {
        p.municipality: [
            (
                m.label,
                m.target.value if m.target else None,
                m.actual.value if m.actual else None,
                m.actual.unit if m.actual else None,
                m.achievement_rate,
            )
            for m in p.metrics
        ]
        for p in doc.profiles
    }


def _spans_hold(text: str) -> None:
    doc = jirei.parse_text(text)
    for profile in doc.profiles:
        for metric in profile.metrics:
            quantity = metric.actual
            assert quantity is not None and quantity.span is not None
            written = text[quantity.span.start : quantity.span.end]
            assert written.replace(",", "").replace("，", "") == str(quantity.value)


# --- a table of one row per facility after the cases (decisions 3591-3595) ----------------


def test_article_tables_give_each_case_its_row() -> None:
    text = ARTICLE.format(tables=TABLES)
    assert _metrics(text) == EXPECTED
    _spans_hold(text)


def test_rows_named_by_case_number_and_ascii_brackets() -> None:
    tables = (
        TABLES.replace("A（大垣市）", "1(大垣市)")
        .replace("B（津市）", "2(津市)")
        .replace("C（沼津市）", "3(沼津市)")
    )
    assert _metrics(ARTICLE.format(tables=tables)) == EXPECTED


def test_stacked_header_other_padding() -> None:
    # the group row padded by two separators, the role row not indented
    tables = TABLES.replace(S * 4, S * 2).replace(S * 3 + "目標", "目標")
    assert _metrics(ARTICLE.format(tables=tables)) == EXPECTED


def test_tab_table_and_comma_unit_note() -> None:
    tables = "\n".join(
        line.replace(S, "\t") if line[:1] in "施ABC\u3000" else line for line in TABLES.split("\n")
    ).replace("利用者数は人，", "利用者数は人、")
    assert _metrics(ARTICLE.format(tables=tables)) == EXPECTED


def test_without_tables_no_case_reads_figures() -> None:
    got = _metrics(ARTICLE.format(tables=""))
    assert set(got) == set(EXPECTED)
    assert all(not metrics for metrics in got.values())


# --- shapes that must not trigger the rules -----------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("A（水戸市）", True),
        ("B(栃木県小山市)", True),
        ("事例2(呉市)", True),
        ("A（生活保護）", False),  # a bracketed group, no place
        ("みとワークサポート", False),  # a facility's name
        ("合計", False),
    ],
)
def testlabelled_place_cells(cell: str, expected: bool) -> None:
    assert labelled_place(cell) is expected


def test_label_units_only_named_pieces() -> None:
    assert _label_units(["（単位：利用者数は人，紹介件数・相談件数は件）"], DEFAULT_RULES) == (
        ("利用者数", "人"),
        ("紹介件数", "件"),
        ("相談件数", "件"),
    )
    assert _label_units(["（単位：人，％）"], DEFAULT_RULES) == ()
    assert _label_units(["利用者数は増えた。"], DEFAULT_RULES) == ()


def test_header_of_other_words_is_not_tabbed() -> None:
    # a header naming no metric and no role (施設　所在地　開設) stays as written
    text = f"施設{S}所在地{S}開設\nA（水戸市）{S}300{S}342\nB（小山市）{S}110{S}98\n"
    assert untangle_wide_cells(text).split("\n")[0] == f"施設{S}所在地{S}開設"


def test_stacked_header_is_tabbed() -> None:
    text = (
        f"施設{S}支援対象者数{S * 4}就職者数\n{S * 3}目標{S}実績{S}目標{S}実績\n"
        f"A（水戸市）{S}300{S}342{S}195{S}228\nB（小山市）{S}110{S}98{S}70{S}64\n"
    )
    out = untangle_wide_cells(text).split("\n")
    assert len(out[0]) == len(text.split("\n")[0])
    assert S not in out[0] and S not in out[1] and S not in out[2]


def test_a_case_own_group_table_stays_its_own() -> None:
    # the last case's own table, rows by target group, no case's city: not spread
    own = (
        "\n表1　平成30年度の実績\n（単位：人）\n区分　支援対象者数　就職者数\n"
        "生活保護受給者　120　80\n児童扶養手当受給者　60　40\n"
    )
    got = _metrics(ARTICLE.format(tables=own))
    assert not got["大垣市"] and not got["津市"]


# --- a contractor's report: the last site's table at the margin (decision 3596) -----------

REPORT = """令和５年３月３１日

東北労働局長　殿

業　務　完　了　報　告　書

１　委託業務名
　　令和４年度　一体的実施施設における就職支援業務

２　履行場所
　　（１）もりおか就労サポートプラザ（盛岡市）
　　（２）はちのへ就労支援コーナー（八戸市）

３　履行場所別の実施状況

（１）もりおか就労サポートプラザ
　　連携自治体　　：盛岡市（担当：保健福祉部生活福祉課）
　　労働局・安定所：岩手労働局／ハローワーク盛岡
　　施設区分　　　：一体的実施施設
　　事業開始　　　：平成29年4月1日

　ア　取組内容
　　①　生活福祉課の面接時に行う就労意欲の確認
　　②　就職支援員による応募書類の作成支援

　イ　目標及び実績
{table1}

　ウ　関係機関の評価
　　○盛岡市保健福祉部生活福祉課
　　　「面接から相談までがすぐにつながるようになった。」

（２）はちのへ就労支援コーナー
　　連携自治体　　：八戸市（担当：福祉部生活福祉課）
　　労働局・安定所：青森労働局／ハローワーク八戸
　　施設区分　　　：一体的実施施設
　　事業開始　　　：令和元年10月1日

　ア　取組内容
　　①　生活困窮者の相談窓口に来た若者への適性診断の実施
　　②　就職後の定着支援（月２回の連絡）

　イ　目標及び実績
{table2}

　ウ　関係機関の評価
　　○八戸市福祉部生活福祉課
　　　「若い相談者を職場体験までつないでもらえるのは心強い。」

４　受託者としての総括
　　２施設とも支援対象者数の目標を上回った。次年度は定着支援を強化する。

以上
"""
TAB1 = "項目\t目標\t実績\t達成率\n支援対象者数\t120人以上\t131人\t109.2%\n就職者数\t80人以上\t84人\t105.0%"
TAB2 = "項目\t目標\t実績\t達成率\n支援対象者数\t70人以上\t75人\t107.1%\n就職者数\t45人以上\t44人\t97.8%"


def _pipe(table: str) -> str:
    return "\n".join("| " + " | ".join(row.split("\t")) + " |" for row in table.split("\n"))


def _sites(t1: str, t2: str) -> dict[str, tuple[list[tuple[object, ...]], list[str | None]]]:
    doc = jirei.parse_text(REPORT.format(table1=t1, table2=t2))
    return {
        p.municipality: (
            [(m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
             for m in p.metrics],
            [c.speaker for c in p.comments],
        )
        for p in doc.profiles
    }


@pytest.mark.parametrize("shape", ["tab", "pipe"])
def test_last_site_keeps_its_margin_table_and_comments(shape: str) -> None:
    t1, t2 = (TAB1, TAB2) if shape == "tab" else (_pipe(TAB1), _pipe(TAB2))
    got = _sites(t1, t2)
    assert got["八戸市"] == (
        [("支援対象者数", 70, 75), ("就職者数", 45, 44)],
        ["八戸市福祉部生活福祉課"],
    )
    assert got["盛岡市"][0] == [("支援対象者数", 120, 131), ("就職者数", 80, 84)]


def test_closing_section_at_the_margin_still_ends_the_last_site() -> None:
    # the contractor's 総括 (at the margin, no table row) is no part of the last site
    doc = jirei.parse_text(REPORT.format(table1=TAB1, table2=TAB2))
    last = doc.profiles[-1]
    assert last.span is not None
    text = REPORT.format(table1=TAB1, table2=TAB2)
    assert "受託者としての総括" not in text[last.span.start : last.span.end]
    assert all("次年度" not in item for item in (*last.initiatives, *last.other_results))


# --- the year of the work a report names (decision 3597) ----------------------------------

WORK = "１　委託業務名\n　　令和４年度　一体的実施施設における就職支援業務"


def _years(work: str) -> list[int | None]:
    text = REPORT.format(table1=TAB1, table2=TAB2).replace(WORK, work)
    return [p.fiscal_year for p in jirei.parse_text(text).profiles]


@pytest.mark.parametrize(
    ("work", "year"),
    [
        (WORK, 2022),
        ("１　委託業務名：令和３年度　一体的実施施設における就職支援業務", 2021),
        ("業務名　　2020年度 一体的実施施設就職支援業務", 2020),
        ("（１）事業名\n\n　　平成３０年度生活保護受給者等就労支援事業", 2018),
    ],
)
def test_work_label_gives_every_case_its_year(work: str, year: int) -> None:
    assert _years(work) == [year, year]


def test_work_year_span_points_at_the_year() -> None:
    text = REPORT.format(table1=TAB1, table2=TAB2)
    for profile in jirei.parse_text(text).profiles:
        span = profile.spans["fiscal_year"]
        assert text[span.start : span.end] == "令和４年度"


@pytest.mark.parametrize(
    "work",
    [
        "１　委託業務名\n　　一体的実施施設における就職支援業務",  # no year in the value
        "１　業務名称変更のお知らせ　令和４年度から",  # a label run into other words
        "１　委託業務名\n　　一体的実施施設における令和４年度の就職支援業務",  # the year not first
    ],
)
def test_work_label_without_a_leading_year_gives_none(work: str) -> None:
    assert _years(work) == [None, None]
