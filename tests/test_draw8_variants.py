"""PDF text in drawing order (decisions 2110-2115): pages of Illustrator, PowerPoint and
InDesign layouts whose text boxes come out in the order they were drawn — results tables
column by column with each unit on the line under its number (``240`` / ``人以上``), the
catch-phrase title after the body (before the page number or a slide's footer), comment
callouts before the header box or before the case label, page numbers inside a case, covers,
contents and back pages.

Every document below is written for this file (real prefectures, cities, bureaus and Hello
Work offices; invented facilities, prose and figures; every 達成率 is actual ÷ target and
every 就職率 就職者数 ÷ 支援対象者数, to one decimal); every expected value was written by
hand from reading the document by docs/reading-rules.md, never printed from the parser.
A catch phrase's ideographic space between two kanji or kana is letter-spacing to the
normaliser (reading-rules.md, "Joined cells": a single full-width space between two CJK
characters is removed as letter-spacing), so the titles below are written without it (the
evaluator ignores spaces).
"""

from __future__ import annotations

from datetime import date as D

import pytest

import jirei
from _variants import M, P, R, variant_tests
from jirei.lines import Cell
from jirei.unitcells import join_unit_cells

MU, HW, LB = "municipality", "hello_work", "labour_bureau"
FF = "\f"


def columns(head: str, labels: list[str], *cols: tuple[str, list[str]]) -> str:
    """A results table given column by column, one cell a line; a cell written ``240|人以上``
    comes out as two lines (the number, then its unit)."""
    out = [head, *labels]
    for word, cells in cols:
        out.append(word)
        for cell in cells:
            out.extend(cell.split("|"))
    return "\n".join(out) + "\n"


# 1. 静岡 (Illustrator booklet): 区分 over the labels, units under their numbers, a dash for
#    the rate of 就職率; the title after the comments, before the page number; case 2's
#    comments drawn before its label; case 3's page number between label and header.
SHIZUOKA = (
    "令和2年度\n静岡県内 一体的実施事業 事例集\n静岡労働局 職業安定部\n"
    f"{FF}静岡労働局　一体的実施事例集\n事例１\n"
    "【静岡県浜松市】【静岡労働局・ハローワーク浜松】\nはままつ就労支援センター（一体的実施施設）\n"
    "平成27年4月1日開設\n令和2年度 目標と実績\n"
    + columns(
        "区分", ["支援対象者数", "就職者数", "就職率"],
        ("目標", ["300|人", "180|人", "60.0|％"]),
        ("実績", ["321|人", "199|人", "62.0|％"]),
        ("達成率", ["107.0|％", "110.6|％", "―"]),
    )
    + "取組の内容\n◆生活福祉課の窓口で就労相談の予約を受け付け\n◆企業説明会を年3回開催\n"
    "その他の実績\n◆職場実習の受入先を12社開拓\n"
    "＜浜松市コメント＞\n相談の予約が取りやすくなり、利用者が増えた。\n"
    "＜ハローワーク浜松コメント＞\n市の担当者と毎週情報交換を行い、早期の就職につながっている。\n"
    "窓口の予約制で　相談から就職まで最短距離\n－２－\n"
    f"{FF}静岡労働局　一体的実施事例集\n"
    "＜沼津市生活支援課コメント＞\n同じ建物で相談できるので、支援の引継ぎがすぐにできる。\n"
    "事例２\n【静岡県沼津市】【静岡労働局・ハローワーク沼津】\nぬまづ仕事サポート（一体的実施施設）\n"
    "平成29年10月2日開設\n取組の内容\n◆ひとり親世帯への土曜相談\n◆応募書類の添削\n"
    "令和2年度 目標と実績\n"
    + columns(
        "区分", ["支援対象者数", "就職者数", "就職率"],
        ("目標", ["150|人", "90|人", "60.0|％"]),
        ("実績", ["144|人", "93|人", "64.6|％"]),
        ("達成率", ["96.0|％", "103.3|％", "―"]),
    )
    + "その他の実績\n◆就職後の定着率が9割を超えた\n"
    "港町の土曜相談　ひとり親の就職を後押し\n－３－\n"
    f"{FF}静岡労働局　一体的実施事例集\n事例３\n－４－\n"
    "【静岡県富士市】【静岡労働局・ハローワーク富士】\nふじ就労ナビ（常設窓口）\n令和元年7月1日開設\n"
    "取組の内容\n◆製紙業の求人開拓\n令和2年度 目標と実績\n"
    + columns(
        "区分", ["支援対象者数", "就職者数"],
        ("目標", ["100|人", "60|人"]),
        ("実績", ["110|人", "66|人"]),
        ("達成率", ["110.0|％", "110.0|％"]),
    )
    + "＜富士市コメント＞\n地元企業の求人が増え、選べる仕事が広がった。\n"
    "ものづくりのまちで　地元企業への就職を\n"
    f"{FF}お問い合わせ\n静岡労働局 職業安定部 職業対策課\n〒420-8639 静岡市葵区追手町9-50\n－５－\n"
)
SHIZUOKA_FACTS = [
    {"title": "窓口の予約制で相談から就職まで最短距離", "municipality": "浜松市",
     "labour_bureau": "静岡労働局", "hello_work": ("ハローワーク浜松",),
     "facility_name": "はままつ就労支援センター", "facility_type": "一体的実施施設",
     "start_date": D(2015, 4, 1), "fiscal_year": 2020,
     "initiatives": ("生活福祉課の窓口で就労相談の予約を受け付け", "企業説明会を年3回開催"),
     "other_results": ("職場実習の受入先を12社開拓",),
     "metrics": [M("支援対象者数", P(300), P(321), "107.0"),
                 M("就職者数", P(180), P(199), "110.6"),
                 M("就職率", R("60.0"), R("62.0"))],
     "comments": [("浜松市", MU, "相談の予約が取りやすくなり、利用者が増えた。"),
                  ("ハローワーク浜松", HW,
                   "市の担当者と毎週情報交換を行い、早期の就職につながっている。")]},
    {"title": "港町の土曜相談ひとり親の就職を後押し", "municipality": "沼津市",
     "hello_work": ("ハローワーク沼津",), "facility_name": "ぬまづ仕事サポート",
     "start_date": D(2017, 10, 2), "fiscal_year": 2020,
     "initiatives": ("ひとり親世帯への土曜相談", "応募書類の添削"),
     "other_results": ("就職後の定着率が9割を超えた",),
     "metrics": [M("支援対象者数", P(150), P(144), "96.0"),
                 M("就職者数", P(90), P(93), "103.3"),
                 M("就職率", R("60.0"), R("64.6"))],
     "comments": [("沼津市生活支援課", MU,
                   "同じ建物で相談できるので、支援の引継ぎがすぐにできる。")]},
    {"title": "ものづくりのまちで地元企業への就職を", "municipality": "富士市",
     "facility_name": "ふじ就労ナビ", "facility_type": "常設窓口", "start_date": D(2019, 7, 1),
     "initiatives": ("製紙業の求人開拓",), "other_results": (),
     "metrics": [M("支援対象者数", P(100), P(110), "110.0"),
                 M("就職者数", P(60), P(66), "110.0")],
     "comments": [("富士市", MU, "地元企業の求人が増え、選べる仕事が広がった。")]},
]

# 2. 北海道 (PowerPoint deck): comment callouts in 【…のコメント】 before the header box, the
#    page number between the initiatives and the tab table, the catch phrase and a footer
#    after the body; a cover, contents and an inquiries slide.
HOKKAIDO = (
    "令和4年度\n一体的実施事業 取組事例\n北海道労働局 職業安定部\n\n"
    f"{FF}目次\n1 旭川市 ……… 2\n2 函館市 ……… 3\n3 釧路市 ……… 4\n\n"
    f"{FF}【旭川市のコメント】\n福祉の窓口から直接案内でき、相談につながる人が増えた。\n"
    "【ハローワーク旭川のコメント】\n市と定例の打合せを重ね、対象者の状況をつかみやすくなった。\n"
    "【北海道旭川市】【北海道労働局・ハローワーク旭川】\n"
    "あさひかわ就労支援室（一体的実施施設）平成28年4月1日事業開始\n"
    "取組内容\n・ケースワーカーとの同行相談\n・冬季の求人開拓\n- 2 -\n"
    "令和4年度 事業目標と実績\n項目\t目標\t実績\t達成率\n"
    "支援対象者数\t250人\t260人\t104.0%\n就職者数\t150人\t158人\t105.3%\n"
    "就職率\t60.0%\t60.8%\t―\n"
    "その他の取組\n・冬の合同面接会を開催\n"
    "雪のまちでも途切れない支援\n北海道労働局\n\n"
    f"{FF}【函館市のコメント】\n観光業の求人を紹介しやすくなった。\n"
    "【北海道函館市】【北海道労働局・ハローワーク函館】\n"
    "はこだてワークサポート（一体的実施施設）令和元年10月1日事業開始\n"
    "取組内容\n・観光業の事業所見学\n・子育て中の方への予約相談\n- 3 -\n"
    "令和4年度 事業目標と実績\n項目\t目標\t実績\t達成率\n"
    "支援対象者数\t120人\t126人\t105.0%\n就職者数\t72人\t75人\t104.2%\n"
    "その他の取組\n・ホテルでの職場体験を実施\n"
    "港のまちの観光業へ　見学から就職へ\n北海道労働局\n\n"
    f"{FF}【釧路市のコメント】\n水産加工の仕事への関心が高まった。\n"
    "【北海道労働局のコメント】\n地域の産業に合わせた支援が定着した。\n"
    "【北海道釧路市】【北海道労働局・ハローワーク釧路】\n"
    "くしろ就労サポート（常設窓口）平成30年6月1日事業開始\n"
    "取組内容\n・水産加工業の求人開拓\n- 4 -\n"
    "令和4年度 事業目標と実績\n項目\t目標\t実績\t達成率\n"
    "支援対象者数\t80人\t88人\t110.0%\n就職者数\t48人\t50人\t104.2%\n"
    "その他の取組\n・漁協と連携した説明会を開催\n"
    "水産のまちで仕事をつなぐ\n北海道労働局\n\n"
    f"{FF}問い合わせ先\n北海道労働局 職業安定部 職業対策課\n電話 011-709-2311\n- 5 -\n"
)
HOKKAIDO_FACTS = [
    {"title": "雪のまちでも途切れない支援", "prefecture": "北海道", "municipality": "旭川市",
     "labour_bureau": "北海道労働局", "hello_work": ("ハローワーク旭川",),
     "facility_name": "あさひかわ就労支援室", "facility_type": "一体的実施施設",
     "start_date": D(2016, 4, 1), "fiscal_year": 2022,
     "initiatives": ("ケースワーカーとの同行相談", "冬季の求人開拓"),
     "other_results": ("冬の合同面接会を開催",),
     "metrics": [M("支援対象者数", P(250), P(260), "104.0"),
                 M("就職者数", P(150), P(158), "105.3"),
                 M("就職率", R("60.0"), R("60.8"))],
     "comments": [("旭川市", MU, "福祉の窓口から直接案内でき、相談につながる人が増えた。"),
                  ("ハローワーク旭川", HW,
                   "市と定例の打合せを重ね、対象者の状況をつかみやすくなった。")]},
    {"title": "港のまちの観光業へ見学から就職へ", "municipality": "函館市",
     "facility_name": "はこだてワークサポート", "start_date": D(2019, 10, 1),
     "initiatives": ("観光業の事業所見学", "子育て中の方への予約相談"),
     "other_results": ("ホテルでの職場体験を実施",),
     "metrics": [M("支援対象者数", P(120), P(126), "105.0"),
                 M("就職者数", P(72), P(75), "104.2")],
     "comments": [("函館市", MU, "観光業の求人を紹介しやすくなった。")]},
    {"title": "水産のまちで仕事をつなぐ", "municipality": "釧路市",
     "facility_name": "くしろ就労サポート", "facility_type": "常設窓口",
     "start_date": D(2018, 6, 1), "initiatives": ("水産加工業の求人開拓",),
     "other_results": ("漁協と連携した説明会を開催",),
     "metrics": [M("支援対象者数", P(80), P(88), "110.0"),
                 M("就職者数", P(48), P(50), "104.2")],
     "comments": [("釧路市", MU, "水産加工の仕事への関心が高まった。"),
                  ("北海道労働局", LB, "地域の産業に合わせた支援が定着した。")]},
]

# 3. 鹿児島: 人以上 under the targets, the 達成率 cells keep % on their line; case 1's
#    comments after its body, case 2's before its label (the case above keeps its own).
KAGOSHIMA = (
    "平成31年度 一体的実施 取組事例\n鹿児島労働局\n"
    f"{FF}鹿児島労働局 取組事例\n事例1\n【鹿児島県鹿児島市】【鹿児島労働局・ハローワーク鹿児島】\n"
    "かごしま就労支援コーナー（一体的実施施設）\n平成26年10月1日事業開始\n"
    "平成31年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"],
        ("目標", ["400|人以上", "240|人以上"]),
        ("実績", ["452|人", "263|人"]),
        ("達成率", ["113.0%", "109.6%"]),
    )
    + "取組内容\n●保護課と合同のケース会議\n"
    "＜鹿児島市コメント＞\n就職した方の生活が安定してきた。\n"
    "＜ハローワーク鹿児島コメント＞\n市と役割を分けて支援できている。\n"
    "合同ケース会議で生活と仕事を一緒に支える\n- 2 -\n"
    f"{FF}鹿児島労働局 取組事例\n"
    "＜霧島市保健福祉部コメント＞\n相談の場が近くなり、利用が増えた。\n"
    "＜鹿児島労働局コメント＞\n市との連携がよく機能している。\n"
    "事例2\n【鹿児島県霧島市】【鹿児島労働局・ハローワーク国分】\n"
    "きりしま仕事相談室（常設窓口）\n平成30年4月2日事業開始\n"
    "取組内容\n●出張相談の実施\n●農業法人の求人開拓\n平成31年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"],
        ("目標", ["100|人以上", "60|人以上"]),
        ("実績", ["97|人", "61|人"]),
        ("達成率", ["97.0%", "101.7%"]),
    )
    + "出張相談で山あいの集落にも支援を\n- 3 -\n"
)
KAGOSHIMA_FACTS = [
    {"title": "合同ケース会議で生活と仕事を一緒に支える", "municipality": "鹿児島市",
     "hello_work": ("ハローワーク鹿児島",), "start_date": D(2014, 10, 1), "fiscal_year": 2019,
     "initiatives": ("保護課と合同のケース会議",), "other_results": (),
     "metrics": [M("支援対象者数", P(400, "人", "以上"), P(452), "113.0"),
                 M("就職者数", P(240, "人", "以上"), P(263), "109.6")],
     "comments": [("鹿児島市", MU, "就職した方の生活が安定してきた。"),
                  ("ハローワーク鹿児島", HW, "市と役割を分けて支援できている。")]},
    {"title": "出張相談で山あいの集落にも支援を", "municipality": "霧島市",
     "hello_work": ("ハローワーク国分",), "facility_name": "きりしま仕事相談室",
     "facility_type": "常設窓口", "start_date": D(2018, 4, 2), "fiscal_year": 2019,
     "initiatives": ("出張相談の実施", "農業法人の求人開拓"), "other_results": (),
     "metrics": [M("支援対象者数", P(100, "人", "以上"), P(97), "97.0"),
                 M("就職者数", P(60, "人", "以上"), P(61), "101.7")],
     "comments": [("霧島市保健福祉部", MU, "相談の場が近くなり、利用が増えた。"),
                  ("鹿児島労働局", LB, "市との連携がよく機能している。")]},
]

# 4. 広島: the bound drawn on its own line under a figure with its unit (``200人`` / ``以上``).
HIROSHIMA = (
    "令和3年度 一体的実施事業 事例集\n広島労働局\n"
    f"{FF}事例１\n【広島県呉市】【広島労働局・ハローワーク呉】\nくれ就労支援窓口（一体的実施施設）\n"
    "平成28年4月1日事業開始\n令和3年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"],
        ("目標", ["200人|以上", "120人|以上"]),
        ("実績", ["214人", "131人"]),
        ("達成率", ["107.0%", "109.2%"]),
    )
    + "取組内容\n・造船関連企業の求人開拓\n"
    "＜呉市コメント＞\n造船の仕事に就く方が増えた。\n"
    "海と造船のまちの就労支援\n－ 2 －\n"
    f"{FF}事例２\n【広島県福山市】【広島労働局・ハローワーク福山】\nふくやま就労サポート（一体的実施施設）\n"
    "平成30年7月2日事業開始\n令和3年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"],
        ("目標", ["300人|以上", "180人|以上"]),
        ("実績", ["288人", "185人"]),
        ("達成率", ["96.0%", "102.8%"]),
    )
    + "取組内容\n・繊維産業の職場見学\n"
    "＜ハローワーク福山コメント＞\n市と連携し、職場見学から就職に結びついた。\n"
    "ばらのまちで見学から就職へ\n－ 3 －\n"
)
HIROSHIMA_FACTS = [
    {"title": "海と造船のまちの就労支援", "municipality": "呉市", "fiscal_year": 2021,
     "metrics": [M("支援対象者数", P(200, "人", "以上"), P(214), "107.0"),
                 M("就職者数", P(120, "人", "以上"), P(131), "109.2")],
     "comments": [("呉市", MU, "造船の仕事に就く方が増えた。")]},
    {"title": "ばらのまちで見学から就職へ", "municipality": "福山市",
     "start_date": D(2018, 7, 2),
     "metrics": [M("支援対象者数", P(300, "人", "以上"), P(288), "96.0"),
                 M("就職者数", P(180, "人", "以上"), P(185), "102.8")],
     "comments": [("ハローワーク福山", HW, "市と連携し、職場見学から就職に結びついた。")]},
]

# 5. 新潟: the column words first (項目 / 目標 / 実績 / 達成率), then the labels, then each
#    column's cells, units under their numbers.
NIIGATA_TABLE_1 = (
    "項目\n目標\n実績\n達成率\n支援対象者数\n就職者数\n就職率\n"
    "160\n人\n96\n人\n60.0\n%\n170\n人\n104\n人\n61.2\n%\n106.3\n%\n108.3\n%\n102.0\n%\n"
)
NIIGATA_TABLE_2 = (
    "項目\n目標\n実績\n達成率\n支援対象者数\n就職者数\n就職率\n"
    "90\n人\n54\n人\n60.0\n%\n99\n人\n60\n人\n60.6\n%\n110.0\n%\n111.1\n%\n101.0\n%\n"
)
NIIGATA = (
    "令和5年度 新潟労働局 一体的実施 事例集\n"
    f"{FF}新潟労働局 事例集\n事例1\n【新潟県長岡市】【新潟労働局・ハローワーク長岡】\n"
    "ながおか就労サポート（一体的実施施設）\n令和2年4月1日事業開始\n"
    "取組内容\n・市の福祉総合窓口での出張相談\n令和5年度 事業目標と実績\n" + NIIGATA_TABLE_1
    + "＜長岡市コメント＞\n出張相談で相談者が増えた。\n"
    "福祉の総合窓口から仕事探しへ\n- 2 -\n"
    f"{FF}新潟労働局 事例集\n事例2\n【新潟県上越市】【新潟労働局・ハローワーク上越】\n"
    "じょうえつ仕事サポート（常設窓口）\n令和3年10月1日事業開始\n"
    "取組内容\n・市内企業の職場見学会\n令和5年度 事業目標と実績\n" + NIIGATA_TABLE_2
    + "＜上越市コメント＞\n職場見学会が就職のきっかけになっている。\n"
    "見学会から始まる就職\n- 3 -\n"
)
NIIGATA_FACTS = [
    {"title": "福祉の総合窓口から仕事探しへ", "municipality": "長岡市", "fiscal_year": 2023,
     "start_date": D(2020, 4, 1),
     "metrics": [M("支援対象者数", P(160), P(170), "106.3"),
                 M("就職者数", P(96), P(104), "108.3"),
                 M("就職率", R("60.0"), R("61.2"), "102.0")],
     "comments": [("長岡市", MU, "出張相談で相談者が増えた。")]},
    {"title": "見学会から始まる就職", "municipality": "上越市", "facility_type": "常設窓口",
     "metrics": [M("支援対象者数", P(90), P(99), "110.0"),
                 M("就職者数", P(54), P(60), "111.1"),
                 M("就職率", R("60.0"), R("60.6"), "101.0")],
     "comments": [("上越市", MU, "職場見学会が就職のきっかけになっている。")]},
]

# 6. 愛知: full-width digits and ％ under them; titles with an ideographic space after the
#    comments.
AICHI = (
    "平成３０年度　一体的実施事業　取組事例集\n愛知労働局\n"
    f"{FF}愛知労働局　取組事例集\n事例１\n【愛知県豊橋市】【愛知労働局・ハローワーク豊橋】\n"
    "とよはし就労支援室（一体的実施施設）\n平成２７年１０月１日事業開始\n"
    "平成３０年度　事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数", "就職率"],
        ("目標", ["２４０|人", "１４４|人", "６０．０|％"]),
        ("実績", ["２５２|人", "１６０|人", "６３．５|％"]),
        ("達成率", ["１０５．０|％", "１１１．１|％", "１０５．８|％"]),
    )
    + "取組内容\n●外国籍の方への通訳付き相談\n"
    "＜豊橋市コメント＞\n通訳がいることで相談しやすくなった。\n"
    "＜ハローワーク豊橋コメント＞\n市の国際交流課とも連携が進んだ。\n"
    "通訳付き相談で　多様な住民の就職を\n－２－\n"
    f"{FF}愛知労働局　取組事例集\n事例２\n【愛知県岡崎市】【愛知労働局・ハローワーク岡崎】\n"
    "おかざき仕事サポート（一体的実施施設）\n平成２９年４月３日事業開始\n"
    "平成３０年度　事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数", "就職率"],
        ("目標", ["１５０|人", "９０|人", "６０．０|％"]),
        ("実績", ["１４５|人", "９２|人", "６３．４|％"]),
        ("達成率", ["９６．７|％", "１０２．２|％", "１０５．７|％"]),
    )
    + "取組内容\n●自動車関連企業の説明会\n"
    "＜岡崎市コメント＞\n説明会への参加が就職につながった。\n"
    "ものづくり企業と　求職者をつなぐ\n－３－\n"
)
AICHI_FACTS = [
    {"title": "通訳付き相談で多様な住民の就職を", "municipality": "豊橋市",
     "start_date": D(2015, 10, 1), "fiscal_year": 2018,
     "metrics": [M("支援対象者数", P(240), P(252), "105.0"),
                 M("就職者数", P(144), P(160), "111.1"),
                 M("就職率", R("60.0"), R("63.5"), "105.8")],
     "comments": [("豊橋市", MU, "通訳がいることで相談しやすくなった。"),
                  ("ハローワーク豊橋", HW, "市の国際交流課とも連携が進んだ。")]},
    {"title": "ものづくり企業と求職者をつなぐ", "municipality": "岡崎市",
     "metrics": [M("支援対象者数", P(150), P(145), "96.7"),
                 M("就職者数", P(90), P(92), "102.2"),
                 M("就職率", R("60.0"), R("63.4"), "105.7")],
     "comments": [("岡崎市", MU, "説明会への参加が就職につながった。")]},
]

# 7. 大阪 (deck): every slide opens with its comment callouts (≪…≫), kanji-numeral start
#    dates, the page number mid-slide, a footer under each catch phrase.
OSAKA = (
    "令和元年度 一体的実施 好事例集\n大阪労働局\n"
    f"{FF}≪堺市コメント≫\n窓口が近くなり、就労の相談に来やすくなった。\n"
    "【大阪府堺市】【大阪労働局・ハローワーク堺】\nさかい就労支援ひろば（一体的実施施設）\n"
    "平成二十七年四月一日事業開始\n取組内容\n・福祉事務所での合同面談\n- 2 -\n"
    "令和元年度 事業目標と実績\n項目\t目標\t実績\t達成率\n"
    "支援対象者数\t300人\t330人\t110.0%\n就職者数\t180人\t190人\t105.6%\n"
    "合同面談で最初の一歩を\n大阪労働局 職業安定部\n\n"
    f"{FF}≪豊中市コメント≫\n若い世代の利用が増えた。\n≪ハローワーク池田コメント≫\n市との情報共有が進んだ。\n"
    "【大阪府豊中市】【大阪労働局・ハローワーク池田】\nとよなか仕事サポート（一体的実施施設）\n"
    "令和元年十月一日事業開始\n取組内容\n・若者向けの就職セミナー\n- 3 -\n"
    "令和元年度 事業目標と実績\n項目\t目標\t実績\t達成率\n"
    "支援対象者数\t100人\t104人\t104.0%\n就職者数\t60人\t63人\t105.0%\n"
    "若い世代の就職を後押し\n大阪労働局 職業安定部\n\n"
    f"{FF}≪吹田市コメント≫\n生活相談と就労相談を一度にできるようになった。\n"
    "【大阪府吹田市】【大阪労働局・ハローワーク淀川】\nすいた就労相談室（常設窓口）\n"
    "平成三十年二月一日事業開始\n取組内容\n・生活相談との同日予約\n- 4 -\n"
    "令和元年度 事業目標と実績\n項目\t目標\t実績\t達成率\n"
    "支援対象者数\t80人\t76人\t95.0%\n就職者数\t48人\t50人\t104.2%\n"
    "生活と仕事の相談を一度に\n大阪労働局 職業安定部\n"
)
OSAKA_FACTS = [
    {"title": "合同面談で最初の一歩を", "municipality": "堺市", "start_date": D(2015, 4, 1),
     "fiscal_year": 2019, "initiatives": ("福祉事務所での合同面談",), "other_results": (),
     "metrics": [M("支援対象者数", P(300), P(330), "110.0"),
                 M("就職者数", P(180), P(190), "105.6")],
     "comments": [("堺市", MU, "窓口が近くなり、就労の相談に来やすくなった。")]},
    {"title": "若い世代の就職を後押し", "municipality": "豊中市", "start_date": D(2019, 10, 1),
     "hello_work": ("ハローワーク池田",), "initiatives": ("若者向けの就職セミナー",),
     "metrics": [M("支援対象者数", P(100), P(104), "104.0"),
                 M("就職者数", P(60), P(63), "105.0")],
     "comments": [("豊中市", MU, "若い世代の利用が増えた。"),
                  ("ハローワーク池田", HW, "市との情報共有が進んだ。")]},
    {"title": "生活と仕事の相談を一度に", "municipality": "吹田市", "start_date": D(2018, 2, 1),
     "facility_type": "常設窓口", "initiatives": ("生活相談との同日予約",),
     "metrics": [M("支援対象者数", P(80), P(76), "95.0"),
                 M("就職者数", P(48), P(50), "104.2")],
     "comments": [("吹田市", MU, "生活相談と就労相談を一度にできるようになった。")]},
]

# 8. 千葉: pages parted by page numbers only (no form feeds), a running head on each page.
CHIBA = (
    "令和2年度 千葉労働局 一体的実施事業 事例集\n"
    "- 1 -\n千葉労働局 一体的実施事例\n事例1\n【千葉県船橋市】【千葉労働局・ハローワーク船橋】\n"
    "ふなばし就労支援室（一体的実施施設）\n平成29年4月3日事業開始\n令和2年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"],
        ("目標", ["200|人", "120|人"]),
        ("実績", ["210|人", "126|人"]),
        ("達成率", ["105.0|%", "105.0|%"]),
    )
    + "取組内容\n・生活支援課との毎週の打合せ\n"
    "＜船橋市コメント＞\n打合せで支援の方向がそろった。\n"
    "毎週の打合せで支援をそろえる\n"
    "- 2 -\n千葉労働局 一体的実施事例\n"
    "＜松戸市コメント＞\n駅前の窓口に相談者が集まるようになった。\n"
    "事例2\n【千葉県松戸市】【千葉労働局・ハローワーク松戸】\n"
    "まつど仕事サポート（一体的実施施設）\n令和元年5月7日事業開始\n令和2年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"],
        ("目標", ["150|人", "90|人"]),
        ("実績", ["147|人", "91|人"]),
        ("達成率", ["98.0|%", "101.1|%"]),
    )
    + "取組内容\n・駅前の窓口での夜間相談\n"
    "＜ハローワーク松戸コメント＞\n夜間の相談で働きながらの求職者にも届いた。\n"
    "駅前の夜間相談で働く人にも届く支援\n- 3 -\n"
)
CHIBA_FACTS = [
    {"title": "毎週の打合せで支援をそろえる", "municipality": "船橋市", "fiscal_year": 2020,
     "initiatives": ("生活支援課との毎週の打合せ",),
     "metrics": [M("支援対象者数", P(200), P(210), "105.0"),
                 M("就職者数", P(120), P(126), "105.0")],
     "comments": [("船橋市", MU, "打合せで支援の方向がそろった。")]},
    {"title": "駅前の夜間相談で働く人にも届く支援", "municipality": "松戸市",
     "start_date": D(2019, 5, 7), "initiatives": ("駅前の窓口での夜間相談",),
     "metrics": [M("支援対象者数", P(150), P(147), "98.0"),
                 M("就職者数", P(90), P(91), "101.1")],
     "comments": [("松戸市", MU, "駅前の窓口に相談者が集まるようになった。"),
                  ("ハローワーク松戸", HW, "夜間の相談で働きながらの求職者にも届いた。")]},
]

# 9. 福島: a うち紹介就職 row with a dash target and dash rate, counts in 件 under their
#    numbers, the 職業相談件数 row with no target.
FUKUSHIMA = (
    "令和4年度 福島労働局 取組事例\n"
    f"{FF}事例1\n【福島県郡山市】【福島労働局・ハローワーク郡山】\nこおりやま就労支援コーナー（一体的実施施設）\n"
    "平成30年10月1日事業開始\n令和4年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数", "うち紹介就職", "職業相談件数"],
        ("目標", ["180|人", "108|人", "―", "―"]),
        ("実績", ["189|人", "113|人", "70|人", "1,204|件"]),
        ("達成率", ["105.0|%", "104.6|%", "―", "―"]),
    )
    + "取組内容\n・市の保護課窓口での職業相談\n"
    "＜郡山市コメント＞\n保護課の窓口で相談できるので安心感がある。\n"
    "保護課の窓口から就職へ\n- 2 -\n"
    f"{FF}事例2\n【福島県いわき市】【福島労働局・ハローワーク平】\nいわき仕事サポート（一体的実施施設）\n"
    "令和2年4月1日事業開始\n令和4年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数", "うち紹介就職", "職業相談件数"],
        ("目標", ["120|人", "72|人", "―", "―"]),
        ("実績", ["126|人", "80|人", "51|人", "846|件"]),
        ("達成率", ["105.0|%", "111.1|%", "―", "―"]),
    )
    + "取組内容\n・沿岸部での出張相談\n"
    "＜ハローワーク平コメント＞\n出張相談で遠方の方にも支援が届いた。\n"
    "浜通りの出張相談で遠くの人にも\n- 3 -\n"
)
FUKUSHIMA_FACTS = [
    {"title": "保護課の窓口から就職へ", "municipality": "郡山市", "fiscal_year": 2022,
     "metrics": [M("支援対象者数", P(180), P(189), "105.0"),
                 M("就職者数", P(108), P(113), "104.6"),
                 M("うち紹介就職", None, P(70)),
                 M("職業相談件数", None, P(1204, "件"))],
     "comments": [("郡山市", MU, "保護課の窓口で相談できるので安心感がある。")]},
    {"title": "浜通りの出張相談で遠くの人にも", "municipality": "いわき市",
     "hello_work": ("ハローワーク平",),
     "metrics": [M("支援対象者数", P(120), P(126), "105.0"),
                 M("就職者数", P(72), P(80), "111.1"),
                 M("うち紹介就職", None, P(51)),
                 M("職業相談件数", None, P(846, "件"))],
     "comments": [("ハローワーク平", HW, "出張相談で遠方の方にも支援が届いた。")]},
]

# 10. 岡山: no catch phrases; each page ends with a list item wrapped at the page's width
#     (its tail is no title).
OKAYAMA = (
    "令和3年度 岡山労働局 一体的実施事例\n"
    f"{FF}事例１\n【岡山県岡山市】【岡山労働局・ハローワーク岡山】\nおかやま就労支援室（一体的実施施設）\n"
    "平成27年4月1日事業開始\n令和3年度 事業目標と実績\n項目\t目標\t実績\t達成率\n"
    "支援対象者数\t200人\t206人\t103.0%\n取組内容\n"
    "・市の保護課と連携し、就労意欲の喚起から職業紹介、就職後の定着支援まで一貫して行\n"
    "う体制を整備\n- 2 -\n"
    f"{FF}事例２\n【岡山県倉敷市】【岡山労働局・ハローワーク倉敷中央】\nくらしき仕事相談室（一体的実施施設）\n"
    "平成29年4月3日事業開始\n令和3年度 事業目標と実績\n項目\t目標\t実績\t達成率\n"
    "支援対象者数\t150人\t159人\t106.0%\n取組内容\n"
    "・児童扶養手当の現況届の時期に合わせて、ひとり親の方向けの就職相談会を集中して開\n"
    "催した\n- 3 -\n"
)
OKAYAMA_FACTS = [
    {"title": None, "municipality": "岡山市",
     "initiatives": ("市の保護課と連携し、就労意欲の喚起から職業紹介、就職後の定着支援まで"
                     "一貫して行う体制を整備",),
     "metrics": [M("支援対象者数", P(200), P(206), "103.0")]},
    {"title": None, "municipality": "倉敷市", "hello_work": ("ハローワーク倉敷中央",),
     "initiatives": ("児童扶養手当の現況届の時期に合わせて、ひとり親の方向けの就職相談会を"
                     "集中して開催した",),
     "metrics": [M("支援対象者数", P(150), P(159), "106.0")]},
]

# 11. 高知: 関係者の声 with speaker lines and quotations; the catch phrase after the last
#     quotation; a speaker line in brackets is no title.
KOCHI = (
    "令和4年度 高知労働局 取組事例\n"
    f"{FF}事例１\n【高知県高知市】【高知労働局・ハローワーク高知】\nこうち就労サポート（一体的実施施設）\n"
    "令和元年7月1日事業開始\n取組内容\n・生活困窮者自立支援窓口との合同面談\n"
    "令和4年度 事業目標と実績\n項目\t目標\t実績\t達成率\n"
    "支援対象者数\t150人\t162人\t108.0%\n就職者数\t90人\t95人\t105.6%\n"
    "関係者の声\n高知市福祉管理課\n「合同面談で相談者の状況を一度に把握できる。」\n"
    "ハローワーク高知\n「市と一緒に支援することで、就職までの期間が短くなった。」\n"
    "合同面談で支援をひとつに\n- 2 -\n"
    f"{FF}事例２\n【高知県南国市】【高知労働局・ハローワーク高知】\nなんこく仕事相談室（常設窓口）\n"
    "令和2年10月1日事業開始\n取組内容\n・農業分野の求人開拓\n"
    "令和4年度 事業目標と実績\n項目\t目標\t実績\t達成率\n"
    "支援対象者数\t60人\t63人\t105.0%\n就職者数\t36人\t38人\t105.6%\n"
    "関係者の声\n南国市福祉事務所\n「農業の仕事を希望する方が増えた。」\n"
    "農業の仕事で地域に根づく\n- 3 -\n"
)
KOCHI_FACTS = [
    {"title": "合同面談で支援をひとつに", "municipality": "高知市",
     "metrics": [M("支援対象者数", P(150), P(162), "108.0"),
                 M("就職者数", P(90), P(95), "105.6")],
     "comments": [("高知市福祉管理課", MU, "合同面談で相談者の状況を一度に把握できる。"),
                  ("ハローワーク高知", HW,
                   "市と一緒に支援することで、就職までの期間が短くなった。")]},
    {"title": "農業の仕事で地域に根づく", "municipality": "南国市", "facility_type": "常設窓口",
     "metrics": [M("支援対象者数", P(60), P(63), "105.0"),
                 M("就職者数", P(36), P(38), "105.6")],
     "comments": [("南国市福祉事務所", MU, "農業の仕事を希望する方が増えた。")]},
]

# 12. 岐阜: each case over two pages, the catch phrase ending its second page.
GIFU = (
    "平成29年度 岐阜労働局 一体的実施 取組事例\n"
    f"{FF}岐阜労働局 取組事例\n事例1\n【岐阜県岐阜市】【岐阜労働局・ハローワーク岐阜】\n"
    "ぎふ就労支援センター（一体的実施施設）\n平成26年4月1日事業開始\n取組内容\n・市の福祉事務所での職業相談\n"
    "平成29年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"],
        ("目標", ["250|人", "150|人"]),
        ("実績", ["265|人", "160|人"]),
        ("達成率", ["106.0|%", "106.7|%"]),
    )
    + "- 2 -\n"
    f"{FF}岐阜労働局 取組事例\nその他の実績\n・就職者の半数が正社員として採用\n"
    "＜岐阜市コメント＞\n福祉事務所の中で相談できるので、利用者の負担が少ない。\n"
    "福祉事務所の中で正社員就職を\n- 3 -\n"
    f"{FF}岐阜労働局 取組事例\n事例2\n【岐阜県大垣市】【岐阜労働局・ハローワーク大垣】\n"
    "おおがき仕事サポート（一体的実施施設）\n平成28年10月3日事業開始\n取組内容\n・ひとり親向けの夜間相談\n"
    "平成29年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"],
        ("目標", ["120|人", "72|人"]),
        ("実績", ["126|人", "70|人"]),
        ("達成率", ["105.0|%", "97.2|%"]),
    )
    + "- 4 -\n"
    f"{FF}岐阜労働局 取組事例\nその他の実績\n・夜間相談の利用者が月平均15人\n"
    "＜大垣市コメント＞\n夜間に相談できることが働く親に喜ばれている。\n"
    "夜間相談で働く親を支える\n- 5 -\n"
)
GIFU_FACTS = [
    {"title": "福祉事務所の中で正社員就職を", "municipality": "岐阜市", "fiscal_year": 2017,
     "initiatives": ("市の福祉事務所での職業相談",),
     "other_results": ("就職者の半数が正社員として採用",),
     "metrics": [M("支援対象者数", P(250), P(265), "106.0"),
                 M("就職者数", P(150), P(160), "106.7")],
     "comments": [("岐阜市", MU, "福祉事務所の中で相談できるので、利用者の負担が少ない。")]},
    {"title": "夜間相談で働く親を支える", "municipality": "大垣市", "start_date": D(2016, 10, 3),
     "initiatives": ("ひとり親向けの夜間相談",),
     "other_results": ("夜間相談の利用者が月平均15人",),
     "metrics": [M("支援対象者数", P(120), P(126), "105.0"),
                 M("就職者数", P(72), P(70), "97.2")],
     "comments": [("大垣市", MU, "夜間に相談できることが働く親に喜ばれている。")]},
]

# 13. 山梨: no case label; case 1's comment after its body, case 2's comment boxes drawn
#     before its header box; counts in 名 under their numbers; a running head on every page
#     (no page number beside it twice) first taken for a headline.
YAMANASHI = (
    "令和5年度 山梨労働局 一体的実施 取組事例\n"
    f"{FF}山梨労働局 取組事例集\n【山梨県甲府市】【山梨労働局・ハローワーク甲府】\n"
    "こうふ就労支援室（一体的実施施設）\n平成30年4月2日事業開始\n"
    "取組内容\n・市の生活福祉課と同じ階での職業相談\n令和5年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"],
        ("目標", ["140|名", "84|名"]), ("実績", ["147|名", "88|名"]),
        ("達成率", ["105.0|%", "104.8|%"]),
    )
    + "＜甲府市コメント＞\n同じ階で相談できるので案内がしやすい。\n"
    "同じフロアで福祉と仕事をつなぐ\n- 2 -\n"
    f"{FF}山梨労働局 取組事例集\n＜富士吉田市コメント＞\n観光業の求人に応募する方が増えた。\n"
    "＜ハローワーク富士吉田コメント＞\n市の担当者と一緒に面談できている。\n"
    "【山梨県富士吉田市】【山梨労働局・ハローワーク富士吉田】\n"
    "ふじよしだ仕事サポート（常設窓口）\n令和3年6月1日事業開始\n取組内容\n・観光業の職場見学\n"
    "令和5年度 事業目標と実績\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"],
        ("目標", ["60|名", "36|名"]), ("実績", ["57|名", "37|名"]),
        ("達成率", ["95.0|%", "102.8|%"]),
    )
    + "富士山のふもとで観光の仕事へ\n- 3 -\n"
)
YAMANASHI_FACTS = [
    {"title": "同じフロアで福祉と仕事をつなぐ", "municipality": "甲府市",
     "facility_name": "こうふ就労支援室", "start_date": D(2018, 4, 2), "fiscal_year": 2023,
     "initiatives": ("市の生活福祉課と同じ階での職業相談",), "other_results": (),
     "metrics": [M("支援対象者数", P(140, "名"), P(147, "名"), "105.0"),
                 M("就職者数", P(84, "名"), P(88, "名"), "104.8")],
     "comments": [("甲府市", MU, "同じ階で相談できるので案内がしやすい。")]},
    {"title": "富士山のふもとで観光の仕事へ", "municipality": "富士吉田市",
     "facility_type": "常設窓口", "start_date": D(2021, 6, 1),
     "initiatives": ("観光業の職場見学",), "other_results": (),
     "metrics": [M("支援対象者数", P(60, "名"), P(57, "名"), "95.0"),
                 M("就職者数", P(36, "名"), P(37, "名"), "102.8")],
     "comments": [("富士吉田市", MU, "観光業の求人に応募する方が増えた。"),
                  ("ハローワーク富士吉田", HW, "市の担当者と一緒に面談できている。")]},
]

# 14. 奈良: a table of two figure columns only (no 達成率), a count row with a dash target.
NARA = (
    "令和2年度 奈良労働局 事例集\n"
    f"{FF}事例１\n【奈良県奈良市】【奈良労働局・ハローワーク奈良】\nなら就労支援コーナー（一体的実施施設）\n"
    "平成28年4月1日事業開始\n令和2年度 実績\n"
    + columns(
        "区分", ["支援対象者数", "就職者数", "職業相談件数"],
        ("目標", ["200|人以上", "120|人以上", "―"]), ("実績", ["214|人", "125|人", "1,530|件"]),
    )
    + "取組内容\n・市役所内での職業相談\n"
    "＜奈良市コメント＞\n庁舎内で相談できる利便性が好評である。\n"
    "古都の市役所で仕事の相談を\n- 2 -\n"
    f"{FF}事例２\n【奈良県橿原市】【奈良労働局・ハローワーク大和八木】\n"
    "かしはら仕事サポート（一体的実施施設）\n令和元年7月1日事業開始\n令和2年度 実績\n"
    + columns(
        "区分", ["支援対象者数", "就職者数", "職業相談件数"],
        ("目標", ["100|人以上", "60|人以上", "―"]), ("実績", ["98|人", "61|人", "702|件"]),
    )
    + "取組内容\n・子育て世代への予約相談\n"
    "＜橿原市コメント＞\n予約制にしたことで待ち時間が減った。\n"
    "予約相談で待たせない支援\n- 3 -\n"
)
NARA_FACTS = [
    {"title": "古都の市役所で仕事の相談を", "municipality": "奈良市", "fiscal_year": 2020,
     "initiatives": ("市役所内での職業相談",), "other_results": (),
     "metrics": [M("支援対象者数", P(200, "人", "以上"), P(214)),
                 M("就職者数", P(120, "人", "以上"), P(125)),
                 M("職業相談件数", None, P(1530, "件"))],
     "comments": [("奈良市", MU, "庁舎内で相談できる利便性が好評である。")]},
    {"title": "予約相談で待たせない支援", "municipality": "橿原市",
     "hello_work": ("ハローワーク大和八木",), "start_date": D(2019, 7, 1),
     "metrics": [M("支援対象者数", P(100, "人", "以上"), P(98)),
                 M("就職者数", P(60, "人", "以上"), P(61)),
                 M("職業相談件数", None, P(702, "件"))],
     "comments": [("橿原市", MU, "予約制にしたことで待ち時間が減った。")]},
]

# 15. 徳島: the catch phrase drawn between the results table and the comment box, the page
#     ending with the comment.
TOKUSHIMA = (
    "令和3年度 徳島労働局 一体的実施事例\n"
    f"{FF}事例１\n【徳島県徳島市】【徳島労働局・ハローワーク徳島】\nとくしま就労支援室（一体的実施施設）\n"
    "平成29年4月3日事業開始\n取組内容\n・市の保護課での出張相談\n令和3年度 事業目標と実績\n"
    "項目\t目標\t実績\t達成率\n支援対象者数\t100人\t105人\t105.0%\n"
    "出張相談で支援を身近に\n"
    "＜徳島市コメント＞\n保護課での出張相談が定着した。\n- 2 -\n"
    f"{FF}事例２\n【徳島県阿南市】【徳島労働局・ハローワーク阿南】\nあなん仕事サポート（常設窓口）\n"
    "令和2年4月1日事業開始\n取組内容\n・製造業の求人開拓\n令和3年度 事業目標と実績\n"
    "項目\t目標\t実績\t達成率\n支援対象者数\t60人\t63人\t105.0%\n"
    "ものづくりの仕事へつなぐ\n"
    "＜ハローワーク阿南コメント＞\n製造業への就職が増えた。\n- 3 -\n"
)
TOKUSHIMA_FACTS = [
    {"title": "出張相談で支援を身近に", "municipality": "徳島市", "fiscal_year": 2021,
     "initiatives": ("市の保護課での出張相談",), "other_results": (),
     "metrics": [M("支援対象者数", P(100), P(105), "105.0")],
     "comments": [("徳島市", MU, "保護課での出張相談が定着した。")]},
    {"title": "ものづくりの仕事へつなぐ", "municipality": "阿南市", "facility_type": "常設窓口",
     "initiatives": ("製造業の求人開拓",), "other_results": (),
     "metrics": [M("支援対象者数", P(60), P(63), "105.0")],
     "comments": [("ハローワーク阿南", HW, "製造業への就職が増えた。")]},
]

# 16. 滋賀: the column table drawn right after the header box, the results heading after the
#     table; the facility line is no headline.
SHIGA = (
    "令和元年度 滋賀労働局 事例集\n"
    f"{FF}事例1\n【滋賀県大津市】【滋賀労働局・ハローワーク大津】\nおおつ就労支援室（一体的実施施設）\n"
    "平成29年4月3日事業開始\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"], ("目標", ["120|人", "72|人"]),
        ("実績", ["126|人", "80|人"]), ("達成率", ["105.0|%", "111.1|%"]),
    )
    + "令和元年度 事業目標と実績\n取組内容\n・市の生活福祉課での出張相談\n"
    "＜大津市コメント＞\n出張相談の利用が増えた。\n湖のまちの出張相談\n- 2 -\n"
    f"{FF}事例2\n【滋賀県彦根市】【滋賀労働局・ハローワーク彦根】\nひこね仕事サポート（常設窓口）\n"
    "令和元年5月7日事業開始\n"
    + columns(
        "項目", ["支援対象者数", "就職者数"], ("目標", ["80|人", "48|人"]),
        ("実績", ["84|人", "50|人"]), ("達成率", ["105.0|%", "104.2|%"]),
    )
    + "令和元年度 事業目標と実績\n取組内容\n・城下町の商店街での相談会\n"
    "＜彦根市コメント＞\n商店街での相談会が好評だった。\n城下町の相談会で就職へ\n- 3 -\n"
)
SHIGA_FACTS = [
    {"title": "湖のまちの出張相談", "municipality": "大津市", "facility_name": "おおつ就労支援室",
     "facility_type": "一体的実施施設", "start_date": D(2017, 4, 3), "fiscal_year": 2019,
     "initiatives": ("市の生活福祉課での出張相談",), "other_results": (),
     "metrics": [M("支援対象者数", P(120), P(126), "105.0"), M("就職者数", P(72), P(80), "111.1")],
     "comments": [("大津市", MU, "出張相談の利用が増えた。")]},
    {"title": "城下町の相談会で就職へ", "municipality": "彦根市",
     "facility_name": "ひこね仕事サポート", "facility_type": "常設窓口",
     "start_date": D(2019, 5, 7), "initiatives": ("城下町の商店街での相談会",),
     "metrics": [M("支援対象者数", P(80), P(84), "105.0"), M("就職者数", P(48), P(50), "104.2")],
     "comments": [("彦根市", MU, "商店街での相談会が好評だった。")]},
]

# 17. 三重 (deck text with neither form feeds nor page numbers: slides parted by blank lines
#     only): comment callouts first, catch phrase and footer last.
MIE = (
    "令和4年度 三重労働局 一体的実施 好事例集\n\n"
    "＜津市コメント＞\n福祉の窓口から直接案内できるようになった。\n"
    "【三重県津市】【三重労働局・ハローワーク津】\nつ就労支援室（一体的実施施設）平成30年4月2日事業開始\n"
    "取組内容\n・保護課との同行相談\n令和4年度 事業目標と実績\n"
    "項目\t目標\t実績\t達成率\n支援対象者数\t100人\t104人\t104.0%\n"
    "その他の取組\n・合同面接会を開催\n同行相談で最初の一歩を\n三重労働局\n\n"
    "＜四日市市コメント＞\n外国籍の方の相談が増えた。\n"
    "【三重県四日市市】【三重労働局・ハローワーク四日市】\n"
    "よっかいち仕事サポート（一体的実施施設）令和元年10月1日事業開始\n"
    "取組内容\n・通訳付き相談\n令和4年度 事業目標と実績\n"
    "項目\t目標\t実績\t達成率\n支援対象者数\t150人\t162人\t108.0%\n"
    "その他の取組\n・日本語教室での出張相談\n通訳付き相談で多文化の就職を\n三重労働局\n"
)
MIE_FACTS = [
    {"title": "同行相談で最初の一歩を", "municipality": "津市",
     "other_results": ("合同面接会を開催",),
     "metrics": [M("支援対象者数", P(100), P(104), "104.0")],
     "comments": [("津市", MU, "福祉の窓口から直接案内できるようになった。")]},
    {"title": "通訳付き相談で多文化の就職を", "municipality": "四日市市",
     "other_results": ("日本語教室での出張相談",),
     "metrics": [M("支援対象者数", P(150), P(162), "108.0")],
     "comments": [("四日市市", MU, "外国籍の方の相談が増えた。")]},
]

DOCUMENTS = {
    "shizuoka_illustrator": (SHIZUOKA, SHIZUOKA_FACTS),
    "hokkaido_deck": (HOKKAIDO, HOKKAIDO_FACTS),
    "kagoshima_comments_before_label": (KAGOSHIMA, KAGOSHIMA_FACTS),
    "hiroshima_bound_line": (HIROSHIMA, HIROSHIMA_FACTS),
    "niigata_header_first": (NIIGATA, NIIGATA_FACTS),
    "aichi_fullwidth": (AICHI, AICHI_FACTS),
    "osaka_deck_kanji_dates": (OSAKA, OSAKA_FACTS),
    "chiba_page_numbers_only": (CHIBA, CHIBA_FACTS),
    "fukushima_dash_rows": (FUKUSHIMA, FUKUSHIMA_FACTS),
    "okayama_wrapped_items": (OKAYAMA, OKAYAMA_FACTS),
    "kochi_speaker_lines": (KOCHI, KOCHI_FACTS),
    "gifu_two_pages": (GIFU, GIFU_FACTS),
    "yamanashi_no_label": (YAMANASHI, YAMANASHI_FACTS),
    "nara_two_columns": (NARA, NARA_FACTS),
    "tokushima_title_before_boxes": (TOKUSHIMA, TOKUSHIMA_FACTS),
    "shiga_table_after_header": (SHIGA, SHIGA_FACTS),
    "mie_deck_no_page_marks": (MIE, MIE_FACTS),
}

FACT_GAPS: dict[str, str] = {
    "mie_deck_no_page_marks": (
        "slides parted by blank lines only (no form feed, no page number) are no pages to "
        "jirei.drawnpages: the second slide's callout is read into the first case, the catch "
        "phrase and footer glued onto the last other result (a blank line is no page break "
        "in most documents)"
    ),
}
COUNT_GAPS: dict[str, str] = {}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)


def _cells(*texts: str) -> tuple[list[Cell], list[int]]:
    cells, at = [], 0
    for text in texts:
        cells.append(Cell(text, at, at + len(text)))
        at += len(text) + 1
    return cells, list(range(len(texts)))


@pytest.mark.parametrize(
    ("texts", "joined"),
    [
        (("目標", "240", "人以上", "65.0", "%"), ["目標", "240人以上", "65.0%"]),
        (("実績", "1,204", "件", "200人", "以上"), ["実績", "1,204件", "200人以上"]),
        # a unit after a word, or a unit alone at the top, joins nothing
        (("人", "支援対象者数", "人"), ["人", "支援対象者数", "人"]),
        (("達成率", "98.3%", "111.1%"), ["達成率", "98.3%", "111.1%"]),
    ],
)
def test_unit_line_joins_its_figure(texts: tuple[str, ...], joined: list[str]) -> None:
    cells, ends = _cells(*texts)
    out, at = join_unit_cells(cells, ends)
    assert [c.text for c in out] == joined
    assert all(c.start == cells[i].start for c, i in zip(out, _firsts(texts, joined), strict=True))
    assert len(at) == len(out) and at[-1] == len(texts) - 1


def _firsts(texts: tuple[str, ...], joined: list[str]) -> list[int]:
    """The index of the first piece of each joined cell."""
    out, at = [], 0
    for cell in joined:
        out.append(at)
        length = 0
        while length < len(cell):
            length += len(texts[at])
            at += 1
    return out


def test_split_unit_keeps_the_figure_span() -> None:
    """The target ``240`` / ``人以上`` spans the figure in the original text."""
    doc = jirei.parse_text(KAGOSHIMA)
    target = doc.profiles[0].metrics[0].target
    assert target is not None and target.span is not None
    assert KAGOSHIMA[target.span.start : target.span.end].startswith("400")


def test_footer_and_catch_phrase_are_no_item() -> None:
    """The slide footer and the catch phrase are read by no section."""
    doc = jirei.parse_text(HOKKAIDO)
    for profile in doc.profiles:
        assert not any("北海道労働局" in item for item in profile.other_results)
        assert all(profile.title not in item for item in profile.other_results if profile.title)
