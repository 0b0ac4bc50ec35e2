"""Data cards printed one cell per line, and case labels split over lines (branch ``cards8``).

Word tables copied out of a PDF give a two-column data card one cell per line (``実施主体`` /
``山形県酒田市`` / ``連携機関`` / ``山形労働局`` / ``ハローワーク酒田`` / …); brochures and slides
print a case label's number on the line under its word (``REPORT`` / ``02``, ``事例`` / ``３``,
``No.`` / ``1``) or write it in kanji numerals (``事例三``). The documents below vary those shapes
the way other offices would: other label words, one or two value lines under a label, a value
on the label's own line, cards before and after the headline, running heads and page numbers
between a label and its value, kanji / bracketed-era / ``H27.10.1`` dates.

Every document is written for this file (real prefectures, cities, labour bureaus and Hello
Work offices; invented facilities, prose and figures). Every expected fact was written by hand
from reading the document, never printed from the parser. Documents the parser does not yet
read fully are strict xfails naming the gap (a fix must remove the mark).
"""

from __future__ import annotations

import datetime

import pytest
from tests._variants import variant_tests

import jirei

D = datetime.date

# 1. Word report: kanji-numbered labels naming the place, ■ headline, then a card one cell a
#    line under other label words (実施主体 / 連携機関 / 運営開始日), kanji dates
KANJI_CARD_AFTER_HEADLINE = """令和３年度　就労支援の取組事例

事例一　山形県酒田市

■ 港町の福祉窓口で、その日のうちに職業相談

実施主体
山形県酒田市
連携機関
山形労働局
ハローワーク酒田
運営開始日
平成二十八年四月一日

１　取組の内容
（１）生活保護の相談に来た人を、同じ階の相談員につないだ。
（２）ケース会議を月に一度開き、支援の方針をそろえた。

２　令和３年度の実績
就職者数　目標　９０人　実績　９７人

事例二　秋田県横手市

■ 雪の季節も途切れない相談を

実施主体
秋田県横手市
連携機関
秋田労働局
ハローワーク横手
運営開始日
令和元年十月一日

１　取組の内容
（１）冬の間は電話とオンラインの相談を増やした。
（２）市の保健師と一緒に自宅を訪ねる支援を始めた。

２　令和３年度の実績
就職者数　目標　６０人　実績　６４人
"""
KANJI_CARD_AFTER_HEADLINE_FACTS = [
    {
        "title": "港町の福祉窓口で、その日のうちに職業相談",
        "prefecture": "山形県",
        "municipality": "酒田市",
        "labour_bureau": "山形労働局",
        "hello_work": ("ハローワーク酒田",),
        "start_date": D(2016, 4, 1),
    },
    {
        "title": "雪の季節も途切れない相談を",
        "prefecture": "秋田県",
        "municipality": "横手市",
        "labour_bureau": "秋田労働局",
        "hello_work": ("ハローワーク横手",),
        "start_date": D(2019, 10, 1),
    },
]

# 2. the card BEFORE the headline, the label a bare kanji number (事例一 alone), three cases;
#    one case names two Hello Work offices on two value lines
CARD_BEFORE_HEADLINE = """平成30年度　一体的実施事業　事例集

事例一
設置自治体
北海道札幌市
労働局・安定所
北海道労働局
ハローワーク札幌東
ハローワーク札幌北
施設名称
さっぽろ就労支援コーナー（常設窓口）
開設年月日
平成二十七年十月一日
■ 二つの区をまたいで相談を受ける

１　取組の概要
（１）区役所二か所に交代で相談員を置いた。

２　平成30年度の目標と実績
就職者数　目標　２００人　実績　２１４人

事例二
設置自治体
北海道函館市
労働局・安定所
北海道労働局
ハローワーク函館
施設名称
はこだて仕事相談室（常設窓口）
開設年月日
平成二十九年四月三日
■ 観光業の求人を福祉の窓口へ

１　取組の概要
（１）ホテルや旅館の求人を週に一度まとめて紹介した。

２　平成30年度の目標と実績
就職者数　目標　８０人　実績　８８人

事例三
設置自治体
北海道釧路市
労働局・安定所
北海道労働局
ハローワーク釧路
施設名称
くしろ就労サポート（常設窓口）
開設年月日
平成二十八年七月一日
■ 漁業のまちの季節の仕事を通年の仕事へ

１　取組の概要
（１）水産加工の企業と合同で面接会を開いた。

２　平成30年度の目標と実績
就職者数　目標　７０人　実績　７２人
"""
CARD_BEFORE_HEADLINE_FACTS = [
    {
        "prefecture": "北海道",
        "municipality": "札幌市",
        "labour_bureau": "北海道労働局",
        "hello_work": ("ハローワーク札幌東", "ハローワーク札幌北"),
        "facility_name": "さっぽろ就労支援コーナー",
        "start_date": D(2015, 10, 1),
    },
    {
        "prefecture": "北海道",
        "municipality": "函館市",
        "labour_bureau": "北海道労働局",
        "hello_work": ("ハローワーク函館",),
        "facility_name": "はこだて仕事相談室",
        "start_date": D(2017, 4, 3),
    },
    {
        "prefecture": "北海道",
        "municipality": "釧路市",
        "labour_bureau": "北海道労働局",
        "hello_work": ("ハローワーク釧路",),
        "facility_name": "くしろ就労サポート",
        "start_date": D(2016, 7, 1),
    },
]

# 3. a running head and a page number between a label cell and its value cell
HEAD_BETWEEN_LABEL_AND_VALUE = """令和２年度　取組事例集

事例１　奈良県桜井市

■ 駅前の窓口で仕事と暮らしの相談を

実施自治体
奈良県桜井市
労働局・安定所
奈良労働局
ハローワーク桜井
開設年月日
－ ３ －

令和２年度　取組事例集
令和元年七月一日

１　取組の概要
（１）駅前の市の施設に週五日、相談員を置いた。

２　令和２年度の実績
就職者数　目標　５０人　実績　５３人
－ ４ －

令和２年度　取組事例集
事例２　和歌山県田辺市

■ 山あいの集落へ出向く相談

実施自治体
和歌山県田辺市
労働局・安定所
和歌山労働局
ハローワーク田辺
開設年月日
平成三十年四月二日

１　取組の概要
（１）月に二回、山間部の支所で出張相談を開いた。

２　令和２年度の実績
就職者数　目標　３０人　実績　３４人
－ ５ －
"""
HEAD_BETWEEN_LABEL_AND_VALUE_FACTS = [
    {
        "prefecture": "奈良県",
        "municipality": "桜井市",
        "labour_bureau": "奈良労働局",
        "hello_work": ("ハローワーク桜井",),
        "start_date": D(2019, 7, 1),
    },
    {
        "prefecture": "和歌山県",
        "municipality": "田辺市",
        "labour_bureau": "和歌山労働局",
        "hello_work": ("ハローワーク田辺",),
        "start_date": D(2018, 4, 2),
    },
]

# 4. brochure: REPORT / number on two lines, place line, headline, DATA box of label　value
#    lines (a Gregorian date with its era in brackets), POINT n over its text
REPORT_NUMBER_BELOW = """はたらく相談の窓口から 2022
CONTENTS
REPORT 01　岐阜県岐阜市 …… p.02
REPORT 02　三重県鈴鹿市 …… p.04

はたらく相談の窓口から 2022 ｜ REPORT 01
REPORT
01
岐阜県岐阜市
柳ケ瀬の商店街で、福祉と仕事の相談を一緒に
市の中心部にある相談窓口では、市の相談員とハローワークの職員が並んで座る。
DATA
施設名　ぎふ就労サポートルーム（一体的実施施設）
開所　2017年（平成29年）4月3日
連携　岐阜労働局／ハローワーク岐阜
所在地　岐阜市神田町
取組のポイント
POINT 1
商店街の店と協力し、短時間の仕事の体験を用意した。
POINT 2
ひとり親の相談を平日の夜にも受け付けた。
p.02

はたらく相談の窓口から 2022 ｜ REPORT 02
REPORT
02
三重県鈴鹿市
工場の求人を、生活の相談の場へ
市役所の本館にある窓口で、製造業の求人を毎週更新している。
DATA
施設名　すずか仕事相談コーナー（一体的実施施設）
開所　2019年（令和元年）10月1日
連携　三重労働局／ハローワーク鈴鹿
所在地　鈴鹿市神戸
取組のポイント
POINT 1
外国籍の人の相談に通訳を付けた。
POINT 2
工場の見学会を月に一度開いた。
p.04
"""
REPORT_NUMBER_BELOW_FACTS = [
    {
        "title": "柳ケ瀬の商店街で、福祉と仕事の相談を一緒に",
        "prefecture": "岐阜県",
        "municipality": "岐阜市",
        "labour_bureau": "岐阜労働局",
        "hello_work": ("ハローワーク岐阜",),
        "facility_name": "ぎふ就労サポートルーム",
        "facility_type": "一体的実施施設",
        "start_date": D(2017, 4, 3),
    },
    {
        "title": "工場の求人を、生活の相談の場へ",
        "prefecture": "三重県",
        "municipality": "鈴鹿市",
        "labour_bureau": "三重労働局",
        "hello_work": ("ハローワーク鈴鹿",),
        "facility_name": "すずか仕事相談コーナー",
        "facility_type": "一体的実施施設",
        "start_date": D(2019, 10, 1),
    },
]

# 5. 事例 / number on two lines (full-width), a place line, then a card one cell a line,
#    H-abbreviated dates
JIREI_NUMBER_BELOW = """一体的実施の取組（平成29年度）

事例
１
長崎県佐世保市
実施自治体
長崎県佐世保市
労働局
長崎労働局
ハローワーク
ハローワーク佐世保
開設日
H27.10.1
取組内容
・市の保護課の隣に相談員を置いた。
・造船関連の企業の求人を集めた。
実績
就職者数　目標　８０人　実績　８５人

事例
２
熊本県天草市
実施自治体
熊本県天草市
労働局
熊本労働局
ハローワーク
ハローワーク天草
開設日
H28.4.1
取組内容
・島の支所に出向いて相談を受けた。
・観光業の求人を冬にも開拓した。
実績
就職者数　目標　４０人　実績　４２人
"""
JIREI_NUMBER_BELOW_FACTS = [
    {
        "prefecture": "長崎県",
        "municipality": "佐世保市",
        "labour_bureau": "長崎労働局",
        "hello_work": ("ハローワーク佐世保",),
        "start_date": D(2015, 10, 1),
    },
    {
        "prefecture": "熊本県",
        "municipality": "天草市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("ハローワーク天草",),
        "start_date": D(2016, 4, 1),
    },
]

# 6. No. / number on two lines, a card with a value on the label's own line, no section
#    heading in the case (items only)
NO_NUMBER_BELOW = """好事例の紹介
No.
1
設置自治体　宮崎県都城市
連携機関　宮崎労働局／ハローワーク都城
開設日　平成28年10月3日
・市の福祉事務所で、生活保護受給者の職業相談を受けた。
・畜産の企業と合同で面接会を開いた。
No.
2
設置自治体　鹿児島県霧島市
連携機関　鹿児島労働局／ハローワーク国分
開設日　平成29年4月3日
・子育て中の人の相談を予約制にした。
・空港周辺の企業の求人を集めた。
"""
NO_NUMBER_BELOW_FACTS = [
    {
        "prefecture": "宮崎県",
        "municipality": "都城市",
        "labour_bureau": "宮崎労働局",
        "hello_work": ("ハローワーク都城",),
        "start_date": D(2016, 10, 3),
    },
    {
        "prefecture": "鹿児島県",
        "municipality": "霧島市",
        "labour_bureau": "鹿児島労働局",
        "hello_work": ("ハローワーク国分",),
        "start_date": D(2017, 4, 3),
    },
]

# 7. full-width ＣＡＳＥ / number on two lines, a place line, headline, fields on their lines,
#    no section heading; running head and page number after each case
CASE_NUMBER_BELOW = """ＣＡＳＥ
０１
愛媛県松山市
城下町の窓口で、暮らしと仕事をひとつに
施設名　まつやま就労支援室（常設窓口）
開所　２０１５年１０月１日
連携　愛媛労働局／ハローワーク松山
相談の現場から ｜ CASE 01
p.1
ＣＡＳＥ
０２
高知県高知市
はじめの一歩を、市役所の一階で
施設名　こうち仕事相談コーナー（常設窓口）
開所　２０１７年４月３日
連携　高知労働局／ハローワーク高知
相談の現場から ｜ CASE 02
p.2
"""
CASE_NUMBER_BELOW_FACTS = [
    {
        "prefecture": "愛媛県",
        "municipality": "松山市",
        "labour_bureau": "愛媛労働局",
        "hello_work": ("ハローワーク松山",),
        "start_date": D(2015, 10, 1),
    },
    {
        "prefecture": "高知県",
        "municipality": "高知市",
        "labour_bureau": "高知労働局",
        "hello_work": ("ハローワーク高知",),
        "start_date": D(2017, 4, 3),
    },
]

# 8. kanji-numbered 事例 with the place on the next line (事例三 alone), a card one cell a line
#    whose labels are 自治体名 / 労働局 / ハローワーク / 開設, Reiwa kanji dates
KANJI_LABEL_PLACE_BELOW = """令和４年度　取組事例

事例三
福井県敦賀市
～港の仕事を福祉の窓口から～
自治体名
福井県敦賀市
労働局
福井労働局
ハローワーク
ハローワーク敦賀
開設
令和二年四月一日
１　取組の概要
（１）港湾の企業と一緒に職場見学会を開いた。
２　令和４年度の実績
就職者数　目標　４０人　実績　４３人

事例四
滋賀県彦根市
～城下町の窓口で若者の相談を～
自治体名
滋賀県彦根市
労働局
滋賀労働局
ハローワーク
ハローワーク彦根
開設
令和三年七月一日
１　取組の概要
（１）大学と組んで、卒業前の学生の相談を受けた。
２　令和４年度の実績
就職者数　目標　５０人　実績　５５人
"""
KANJI_LABEL_PLACE_BELOW_FACTS = [
    {
        "prefecture": "福井県",
        "municipality": "敦賀市",
        "labour_bureau": "福井労働局",
        "hello_work": ("ハローワーク敦賀",),
        "start_date": D(2020, 4, 1),
    },
    {
        "prefecture": "滋賀県",
        "municipality": "彦根市",
        "labour_bureau": "滋賀労働局",
        "hello_work": ("ハローワーク彦根",),
        "start_date": D(2021, 7, 1),
    },
]

# 9. label cells all first and value cells after (column order), three cases, kanji dates
COLUMN_ORDER_THREE = """平成31年度　一体的実施の取組

事例１
実施自治体
労働局
ハローワーク
開設年月日
島根県松江市
島根労働局
ハローワーク松江
平成二十七年四月一日
（１）市役所の一階に相談窓口を置いた。
（２）市のケースワーカーと週に一度打合せをした。
事例２
実施自治体
労働局
ハローワーク
開設年月日
島根県出雲市
島根労働局
ハローワーク出雲
平成二十八年十月三日
（１）ひとり親の相談を土曜日にも受けた。
（２）介護の事業所と合同で面接会を開いた。
事例３
実施自治体
労働局
ハローワーク
開設年月日
鳥取県鳥取市
鳥取労働局
ハローワーク鳥取
平成二十九年七月三日
（１）若者の相談に臨床心理士を付けた。
（２）市内の企業の求人を福祉窓口で紹介した。
"""
COLUMN_ORDER_THREE_FACTS = [
    {
        "prefecture": "島根県",
        "municipality": "松江市",
        "labour_bureau": "島根労働局",
        "hello_work": ("ハローワーク松江",),
        "start_date": D(2015, 4, 1),
    },
    {
        "prefecture": "島根県",
        "municipality": "出雲市",
        "labour_bureau": "島根労働局",
        "hello_work": ("ハローワーク出雲",),
        "start_date": D(2016, 10, 3),
    },
    {
        "prefecture": "鳥取県",
        "municipality": "鳥取市",
        "labour_bureau": "鳥取労働局",
        "hello_work": ("ハローワーク鳥取",),
        "start_date": D(2017, 7, 3),
    },
]

# 10. kanji-numbered labels with a card one cell a line and results one cell a line whose
#     column words stand alone (目標 / 実績): the results are no new case
KANJI_CARD_CELL_RESULTS = """令和元年度　取組事例集

事例一　長野県上田市

■ 市役所の中に、仕事の相談をもう一つ

実施自治体
長野県上田市
労働局・安定所
長野労働局
ハローワーク上田
施設名称
うえだ就労支援室（一体的実施施設）
開設年月日
平成二十七年十月一日

１　取組の概要
（１）生活保護の相談の場で、職業相談の予約をとれるようにした。

２　令和元年度の目標と実績
区　分
目　標
実　績
就職者数
１００人
１０８人
支援対象者数
１６０人
１７２人

事例二　長野県飯田市

■ 山あいの町の暮らしを支える相談

実施自治体
長野県飯田市
労働局・安定所
長野労働局
ハローワーク飯田
施設名称
いいだ仕事相談コーナー（一体的実施施設）
開設年月日
平成二十九年四月三日

１　取組の概要
（１）市内の支所を巡回して相談を受けた。

２　令和元年度の目標と実績
対象者
項　目
目　標
実　績
生活保護受給者
就職者数
４０人
４４人
児童扶養手当受給者
就職者数
２０人
２３人
"""
KANJI_CARD_CELL_RESULTS_FACTS = [
    {
        "title": "市役所の中に、仕事の相談をもう一つ",
        "prefecture": "長野県",
        "municipality": "上田市",
        "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク上田",),
        "facility_name": "うえだ就労支援室",
        "facility_type": "一体的実施施設",
        "start_date": D(2015, 10, 1),
    },
    {
        "title": "山あいの町の暮らしを支える相談",
        "prefecture": "長野県",
        "municipality": "飯田市",
        "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク飯田",),
        "facility_name": "いいだ仕事相談コーナー",
        "facility_type": "一体的実施施設",
        "start_date": D(2017, 4, 3),
    },
]

# 11. slide deck: Case / number on two lines, the place line with its partners, glossed-era
#     dates; no section heading
SLIDES_CASE_BELOW = """事例紹介　就労支援の取組
Case
1
茨城県日立市 ｜ 茨城労働局 ・ ハローワーク日立
ひたち就労相談室 2016年（平成28年）4月1日開設
・市の福祉課の隣に相談員を置いた。
・工場の求人を週に一度まとめた。
Case
2
栃木県足利市 ｜ 栃木労働局 ・ ハローワーク足利
あしかが仕事サポート 2018年（平成30年）10月1日開設
・繊維の企業と一緒に職場体験を開いた。
・ひとり親の相談を夕方にも受けた。
"""
SLIDES_CASE_BELOW_FACTS = [
    {
        "prefecture": "茨城県",
        "municipality": "日立市",
        "labour_bureau": "茨城労働局",
        "hello_work": ("ハローワーク日立",),
        "start_date": D(2016, 4, 1),
    },
    {
        "prefecture": "栃木県",
        "municipality": "足利市",
        "labour_bureau": "栃木労働局",
        "hello_work": ("ハローワーク足利",),
        "start_date": D(2018, 10, 1),
    },
]

# 12. a card with labels and values one a line AND the 所在地 label (an address: no partner),
#     the start label 運営開始日 over a Gregorian date with its era in brackets
CARD_WITH_ADDRESS = """令和３年度　一体的実施の取組

事例１　群馬県太田市
■ ものづくりのまちの求人を福祉の窓口へ
実施主体
群馬県太田市
所在地
太田市浜町
連携機関
群馬労働局
ハローワーク太田
運営開始日
2016年（平成28年）10月3日
１　取組内容
（１）自動車関連の企業と合同で説明会を開いた。
２　実績
就職者数　目標　１２０人　実績　１２６人

事例２　栃木県宇都宮市
■ 駅の近くで、仕事の相談を夜まで
実施主体
栃木県宇都宮市
所在地
宇都宮市馬場通り
連携機関
栃木労働局
ハローワーク宇都宮
運営開始日
2019年（令和元年）7月1日
１　取組内容
（１）夜七時まで相談を受け、仕事帰りの人にも対応した。
２　実績
就職者数　目標　１５０人　実績　１５８人
"""
CARD_WITH_ADDRESS_FACTS = [
    {
        "title": "ものづくりのまちの求人を福祉の窓口へ",
        "prefecture": "群馬県",
        "municipality": "太田市",
        "labour_bureau": "群馬労働局",
        "hello_work": ("ハローワーク太田",),
        "start_date": D(2016, 10, 3),
    },
    {
        "title": "駅の近くで、仕事の相談を夜まで",
        "prefecture": "栃木県",
        "municipality": "宇都宮市",
        "labour_bureau": "栃木労働局",
        "hello_work": ("ハローワーク宇都宮",),
        "start_date": D(2019, 7, 1),
    },
]

# 13. guard: a label word alone over prose (no value of its shape) is no card; the cases open
#     at their bracket headers as before
LABEL_OVER_PROSE = """平成29年度　取組事例

【静岡県浜松市】【静岡労働局・ハローワーク浜松】（一体的実施施設）平成27年4月1日事業開始
外国籍の人の就職を、市と一緒に
取組内容
・通訳を付けた相談を週三回開いた。
実施主体
市と国がそれぞれの役割を分けて運営している。
事業目標と取組状況
就職者数　目標　１００人　実績　１１０人

【静岡県磐田市】【静岡労働局・ハローワーク磐田】（一体的実施施設）平成28年10月3日事業開始
ひとり親の相談を、子どもを連れて
取組内容
・相談室の隣に子どもの遊ぶ場所を用意した。
開設日
その年の秋に、市役所の一階へ移った。
事業目標と取組状況
就職者数　目標　６０人　実績　６３人
"""
LABEL_OVER_PROSE_FACTS = [
    {
        "title": "外国籍の人の就職を、市と一緒に",
        "prefecture": "静岡県",
        "municipality": "浜松市",
        "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク浜松",),
        "start_date": D(2015, 4, 1),
    },
    {
        "title": "ひとり親の相談を、子どもを連れて",
        "prefecture": "静岡県",
        "municipality": "磐田市",
        "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク磐田",),
        "start_date": D(2016, 10, 3),
    },
]

# 14. guard: a table of contents listing REPORT / number on two lines before the reports
#     opens no case of its own
REPORT_CONTENTS_BELOW = """CONTENTS
REPORT
01
石川県金沢市 …… 2
REPORT
02
富山県富山市 …… 4

REPORT
01
石川県金沢市
兼六園の街で、働く相談をもう一歩
DATA
施設名　かなざわ仕事ステーション（一体的実施施設）
開所　2016年4月1日
連携　石川労働局／ハローワーク金沢
取組のポイント
POINT 1
観光業の求人を季節ごとにまとめた。
POINT 2
市の相談員とハローワークの職員が同じ机で相談を受けた。

REPORT
02
富山県富山市
路面電車の駅前で、福祉と仕事を一緒に
DATA
施設名　とやま就労サポート（一体的実施施設）
開所　2018年10月1日
連携　富山労働局／ハローワーク富山
取組のポイント
POINT 1
駅前の施設で平日の夜にも相談を受けた。
POINT 2
薬の製造の企業と合同で面接会を開いた。
"""
REPORT_CONTENTS_BELOW_FACTS = [
    {
        "prefecture": "石川県",
        "municipality": "金沢市",
        "labour_bureau": "石川労働局",
        "hello_work": ("ハローワーク金沢",),
        "start_date": D(2016, 4, 1),
    },
    {
        "prefecture": "富山県",
        "municipality": "富山市",
        "labour_bureau": "富山労働局",
        "hello_work": ("ハローワーク富山",),
        "start_date": D(2018, 10, 1),
    },
]

# 15. brochure pages: POINT n over its text, ▶ speaker lines under 担当者の声, ``p.05`` page
#     numbers and a running head naming the report between the pages of a case
REPORT_POINTS_VOICES = """就労支援レポート 2021 ｜ REPORT 01
REPORT
01
福岡県久留米市
筑後川のまちで、働く相談を福祉の隣に
DATA
施設名　くるめ就労サポート（一体的実施施設）
開所　2015年（平成27年）4月1日
連携　福岡労働局／ハローワーク久留米
取組のポイント
POINT 1
生活保護の面談の日に、職業相談の予約もとれるようにした。
POINT 2
農業法人と組んで、短い時間の仕事を用意した。
p.05

就労支援レポート 2021 ｜ REPORT 01
担当者の声
▶ 久留米市 保護課
面談の後すぐに仕事の話ができるので、相談の流れが途切れなくなりました。
▶ ハローワーク久留米
市の担当者と毎週話し合い、一人ひとりに合う求人を探しています。
p.06

就労支援レポート 2021 ｜ REPORT 02
REPORT
02
佐賀県唐津市
港と城の町で、仕事探しを一緒に
DATA
施設名　からつ仕事相談室（一体的実施施設）
開所　2018年（平成30年）10月1日
連携　佐賀労働局／ハローワーク唐津
取組のポイント
POINT 1
水産加工の企業の見学会を毎月開いた。
POINT 2
子育て中の人の相談を午後の早い時間にも受けた。
p.07

就労支援レポート 2021 ｜ REPORT 02
担当者の声
▶ 唐津市 生活支援課
見学会に参加した人の多くが、そのまま応募に進んでいます。
▶ 佐賀労働局
市とハローワークの役割を分けたことで、支援が早くなりました。
p.08
"""
REPORT_POINTS_VOICES_FACTS = [
    {
        "title": "筑後川のまちで、働く相談を福祉の隣に",
        "prefecture": "福岡県",
        "municipality": "久留米市",
        "labour_bureau": "福岡労働局",
        "hello_work": ("ハローワーク久留米",),
        "start_date": D(2015, 4, 1),
        "initiatives": (
            "生活保護の面談の日に、職業相談の予約もとれるようにした。",
            "農業法人と組んで、短い時間の仕事を用意した。",
        ),
        "comments": [
            (
                "久留米市保護課",
                "municipality",
                "面談の後すぐに仕事の話ができるので、相談の流れが途切れなくなりました。",
            ),
            (
                "ハローワーク久留米",
                "hello_work",
                "市の担当者と毎週話し合い、一人ひとりに合う求人を探しています。",
            ),
        ],
    },
    {
        "title": "港と城の町で、仕事探しを一緒に",
        "prefecture": "佐賀県",
        "municipality": "唐津市",
        "labour_bureau": "佐賀労働局",
        "hello_work": ("ハローワーク唐津",),
        "start_date": D(2018, 10, 1),
        "initiatives": (
            "水産加工の企業の見学会を毎月開いた。",
            "子育て中の人の相談を午後の早い時間にも受けた。",
        ),
        "comments": [
            (
                "唐津市生活支援課",
                "municipality",
                "見学会に参加した人の多くが、そのまま応募に進んでいます。",
            ),
            (
                "佐賀労働局",
                "labour_bureau",
                "市とハローワークの役割を分けたことで、支援が早くなりました。",
            ),
        ],
    },
]

# 16. a katakana label word over its number (レポート / ２), sections in each report
KATAKANA_REPORT_BELOW = """就労支援の現場　レポート集

レポート
１
愛知県岡崎市
城下町の窓口で、暮らしと仕事を一緒に
施設名　おかざき就労相談室（常設窓口）
開所　2016年4月1日
連携　愛知労働局／ハローワーク岡崎
１　取組の概要
・市の福祉課の隣に相談員を置いた。
２　実績
就職者数　目標　１００人　実績　１０６人

レポート
２
愛知県一宮市
繊維のまちで、はじめの一歩を
施設名　いちのみや仕事サポート（常設窓口）
開所　2018年10月1日
連携　愛知労働局／ハローワーク一宮
１　取組の概要
・ひとり親の相談を夕方にも受けた。
２　実績
就職者数　目標　８０人　実績　８４人
"""
KATAKANA_REPORT_BELOW_FACTS = [
    {
        "title": "城下町の窓口で、暮らしと仕事を一緒に",
        "prefecture": "愛知県",
        "municipality": "岡崎市",
        "labour_bureau": "愛知労働局",
        "hello_work": ("ハローワーク岡崎",),
        "facility_name": "おかざき就労相談室",
        "start_date": D(2016, 4, 1),
    },
    {
        "title": "繊維のまちで、はじめの一歩を",
        "prefecture": "愛知県",
        "municipality": "一宮市",
        "labour_bureau": "愛知労働局",
        "hello_work": ("ハローワーク一宮",),
        "facility_name": "いちのみや仕事サポート",
        "start_date": D(2018, 10, 1),
    },
]

# 17. slides: ケース / number, a place line with its partners after slashes, name（kind）and an
#     H-abbreviated start date on one line, bullets only (no section heading), three cases
KATAKANA_CASE_SLIDES = """一体的実施の好事例
ケース
1
兵庫県姫路市 ／ 兵庫労働局 ／ ハローワーク姫路
ひめじ就労支援室（常設窓口）　H27.10.1開設
・市の保護課と同じ階に相談窓口を置いた。
・城の周りの観光施設の求人を集めた。
ケース
2
兵庫県明石市 ／ 兵庫労働局 ／ ハローワーク明石
あかし仕事相談コーナー（常設窓口）　H29.4.3開設
・子育て中の人の相談に保育士を付けた。
・漁港の企業と合同で面接会を開いた。
ケース
3
兵庫県豊岡市 ／ 兵庫労働局 ／ ハローワーク豊岡
とよおか就労サポート（常設窓口）　H30.7.2開設
・温泉地の旅館の求人を冬にも開拓した。
・市の支所に出向いて相談を受けた。
"""
KATAKANA_CASE_SLIDES_FACTS = [
    {
        "prefecture": "兵庫県",
        "municipality": "姫路市",
        "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク姫路",),
        "facility_name": "ひめじ就労支援室",
        "facility_type": "常設窓口",
        "start_date": D(2015, 10, 1),
    },
    {
        "prefecture": "兵庫県",
        "municipality": "明石市",
        "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク明石",),
        "facility_name": "あかし仕事相談コーナー",
        "facility_type": "常設窓口",
        "start_date": D(2017, 4, 3),
    },
    {
        "prefecture": "兵庫県",
        "municipality": "豊岡市",
        "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク豊岡",),
        "facility_name": "とよおか就労サポート",
        "facility_type": "常設窓口",
        "start_date": D(2018, 7, 2),
    },
]

# 18. a Word card one cell a line, an item cut by a page break in the middle of its sentence
#     (``…打合せで`` / page number / running head / ``…引き継いだ。``: one item); an item ending in
#     a noun before a page break stays whole, the line after the break an item of its own
ITEM_OVER_PAGE_BREAK = """令和２年度　取組事例集

事例一　山梨県甲府市

■ 県庁所在地の窓口で、福祉と仕事を一続きに

実施自治体
山梨県甲府市
労働局・安定所
山梨労働局
ハローワーク甲府
開設年月日
平成二十八年十月三日

１　取組の概要
（１）生活保護の相談に来た人に、その場で職業相談を案内した。
（２）市のケースワーカーが把握した就労希望者を、毎週の打合せで
－ ４ －

令和２年度　取組事例集
ハローワークの担当者に引き継いだ。
（３）面接への同行を、窓口の相談員が受け持った。

２　令和２年度の目標と実績
就職者数　目標　１２０人　実績　１２５人

事例二　静岡県沼津市

■ 港のまちの求人を福祉の窓口へ

実施自治体
静岡県沼津市
労働局・安定所
静岡労働局
ハローワーク沼津
開設年月日
令和元年七月一日

１　取組の概要
（１）水産加工の企業と合同で面接会を開催
－ ５ －

令和２年度　取組事例集
市の広報紙で窓口を毎月紹介した。

２　令和２年度の目標と実績
就職者数　目標　６０人　実績　６６人
"""
ITEM_OVER_PAGE_BREAK_FACTS = [
    {
        "title": "県庁所在地の窓口で、福祉と仕事を一続きに",
        "prefecture": "山梨県",
        "municipality": "甲府市",
        "labour_bureau": "山梨労働局",
        "hello_work": ("ハローワーク甲府",),
        "start_date": D(2016, 10, 3),
        "initiatives": (
            "生活保護の相談に来た人に、その場で職業相談を案内した。",
            "市のケースワーカーが把握した就労希望者を、毎週の打合せでハローワークの担当者に引き継いだ。",
            "面接への同行を、窓口の相談員が受け持った。",
        ),
    },
    {
        "title": "港のまちの求人を福祉の窓口へ",
        "prefecture": "静岡県",
        "municipality": "沼津市",
        "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク沼津",),
        "start_date": D(2019, 7, 1),
        "initiatives": (
            "水産加工の企業と合同で面接会を開催",
            "市の広報紙で窓口を毎月紹介した。",
        ),
    },
]

DOCUMENTS = {
    "kanji_card_after_headline": (KANJI_CARD_AFTER_HEADLINE, KANJI_CARD_AFTER_HEADLINE_FACTS),
    "card_before_headline": (CARD_BEFORE_HEADLINE, CARD_BEFORE_HEADLINE_FACTS),
    "head_between_label_and_value": (
        HEAD_BETWEEN_LABEL_AND_VALUE,
        HEAD_BETWEEN_LABEL_AND_VALUE_FACTS,
    ),
    "report_number_below": (REPORT_NUMBER_BELOW, REPORT_NUMBER_BELOW_FACTS),
    "jirei_number_below": (JIREI_NUMBER_BELOW, JIREI_NUMBER_BELOW_FACTS),
    "no_number_below": (NO_NUMBER_BELOW, NO_NUMBER_BELOW_FACTS),
    "case_number_below": (CASE_NUMBER_BELOW, CASE_NUMBER_BELOW_FACTS),
    "kanji_label_place_below": (KANJI_LABEL_PLACE_BELOW, KANJI_LABEL_PLACE_BELOW_FACTS),
    "column_order_three": (COLUMN_ORDER_THREE, COLUMN_ORDER_THREE_FACTS),
    "kanji_card_cell_results": (KANJI_CARD_CELL_RESULTS, KANJI_CARD_CELL_RESULTS_FACTS),
    "slides_case_below": (SLIDES_CASE_BELOW, SLIDES_CASE_BELOW_FACTS),
    "card_with_address": (CARD_WITH_ADDRESS, CARD_WITH_ADDRESS_FACTS),
    "label_over_prose": (LABEL_OVER_PROSE, LABEL_OVER_PROSE_FACTS),
    "report_contents_below": (REPORT_CONTENTS_BELOW, REPORT_CONTENTS_BELOW_FACTS),
    "report_points_voices": (REPORT_POINTS_VOICES, REPORT_POINTS_VOICES_FACTS),
    "katakana_report_below": (KATAKANA_REPORT_BELOW, KATAKANA_REPORT_BELOW_FACTS),
    "katakana_case_slides": (KATAKANA_CASE_SLIDES, KATAKANA_CASE_SLIDES_FACTS),
    "item_over_page_break": (ITEM_OVER_PAGE_BREAK, ITEM_OVER_PAGE_BREAK_FACTS),
}

KNOWN_GAPS: dict[str, str] = {}
COUNT_GAPS: dict[str, str] = {}


test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, KNOWN_GAPS, COUNT_GAPS
)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("REPORT\n01\n岐阜市\nREPORT\n02\n鈴鹿市", "REPORT 01\n岐阜市\nREPORT 02\n鈴鹿市"),
        ("ＣＡＳＥ\n０１\nA\nＣＡＳＥ\n０２\nB", "ＣＡＳＥ ０１\nA\nＣＡＳＥ ０２\nB"),
        ("■ 事例\n三\n敦賀市\n■ 事例\n四\n彦根市", "■ 事例 三\n敦賀市\n■ 事例 四\n彦根市"),
        ("No.\n1\n都城市\nNo.\n2\n霧島市", "No. 1\n都城市\nNo. 2\n霧島市"),
    ],
)
def test_split_label_joined_in_place(text: str, joined: str) -> None:
    """The line break between a label word and its number becomes a space (same length)."""
    from jirei.splitlabels import join_split_labels

    assert join_split_labels(text) == joined


@pytest.mark.parametrize(
    "text",
    [
        "REPORT\n01\n岐阜市",  # one label: a word over one number is no document's labels
        "REPORT\n01\nREPORT\n01",  # the same number twice
        "No.\n1\n2\n3\nNo.\n4\n5",  # a column of numbers under its cell
        "目標\n1\n目標\n2",  # no label word
        "REPORT 01\n岐阜市\nREPORT 02\n鈴鹿市",  # already on one line
    ],
)
def test_lines_that_are_no_split_label_stay(text: str) -> None:
    from jirei.splitlabels import join_split_labels

    assert join_split_labels(text) == text


def test_split_label_span_points_at_the_original_characters() -> None:
    doc = jirei.parse_text(REPORT_NUMBER_BELOW)
    span = doc.profiles[1].spans["municipality"]
    assert REPORT_NUMBER_BELOW[span.start : span.end].endswith("鈴鹿市")
