"""One case must be read as one profile (branch ``cases6``, decisions 1500–1529): parts of a
case that look like the start of a new one — numbered chapter lines inside a case (``第1``,
``1.``, ``(1)``), headline-like lines (``～…～``, ``『…』``, ``■…``) in its middle, a
facility-data box, a comments page, a continuation page whose running head names the place,
a results table's caption naming the city, a second slide of the same case, a page head
repeating the case label, a summary line naming several cities.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, people, prose and figures). Every expected fact was
written by hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

import datetime

import pytest
from tests._variants import M, P, mismatches

D = datetime.date

# 1. numbered chapter lines (``第1　…``) inside each labelled case
CHAPTERS = """令和２年度　一体的実施事業　取組事例集（東北）

【事例１】山形県山形市
ひとつの窓口で、生活と仕事の相談を

第1　取組の背景
　市の保護課には就労を望む相談者が多く、ハローワークまで足を運べない人がいた。
第2　取組内容
・保護課の隣にハローワーク山形の相談員が常駐する。
・月１回、ケースワーカーと支援方針を話し合う。
第3　実績
支援対象者数　目標200人　実績214人
就職者数　目標120人　実績126人

【事例２】秋田県秋田市
ひとり親の就職を子育て支援とあわせて

第1　取組の背景
　児童扶養手当の現況届の時期に、就職の相談が集中していた。
第2　取組内容
・現況届の会場に臨時の職業相談窓口を置く。
第3　実績
支援対象者数　目標150人　実績158人
就職者数　目標90人　実績97人
"""
CHAPTERS_FACTS = [
    {"municipality": "山形市", "prefecture": "山形県"},
    {"municipality": "秋田市", "prefecture": "秋田県"},
]

# 2. a headline-like line (``～…～``, ``『…』``) in the middle of a case
MID_HEADLINES = """平成29年度　生活保護受給者等就労自立促進事業　好事例

事例１　群馬県前橋市
市役所の中で、相談から紹介まで

【取組内容】
・生活福祉課の窓口の隣に相談ブースを置いた。
・面接の前日に電話で確認する。

～利用者の声から生まれた工夫～
・予約の電話を受ける時間を夕方まで延ばした。

【実績】
支援対象者数　目標300人　実績321人
就職者数　目標180人　実績192人

『ある相談者の一日』
・朝に相談し、午後には面接の予約がとれた。

事例２　群馬県高崎市
高崎駅前の窓口で、若者の就職を後押し

【取組内容】
・駅前のサテライト窓口で夜間相談を行う。

～企業とのつながり～
・市内の企業と合同で説明会を開いた。

【実績】
支援対象者数　目標120人　実績131人
就職者数　目標70人　実績75人
"""
MID_HEADLINES_FACTS = [
    {"municipality": "前橋市", "prefecture": "群馬県"},
    {"municipality": "高崎市", "prefecture": "群馬県"},
]

# 3. a facility-data box in the middle of each case, naming the case's own place again
DATA_BOX_MID = """令和３年度　一体的実施　事例紹介（中国ブロック）

■ 鳥取県鳥取市
相談の入口を一つに

取組内容
・福祉事務所の相談から、その日のうちに職業相談へ案内する。

＜施設データ＞
名称　とっとり就労支援窓口（一体的実施施設）
所在地　鳥取県鳥取市
連携　鳥取労働局・ハローワーク鳥取
開設　2016年4月1日

実績
支援対象者数　目標180人　実績187人
就職者数　目標100人　実績106人

■ 島根県松江市
城下町の窓口から、安定した仕事へ

取組内容
・ケースワーカーが相談者に付き添って窓口へ来る。

＜施設データ＞
名称　まつえ仕事相談室（常設窓口）
所在地　島根県松江市
連携　島根労働局・ハローワーク松江
開設　2018年10月1日

実績
支援対象者数　目標140人　実績143人
就職者数　目標80人　実績84人
"""
DATA_BOX_MID_FACTS = [
    {"municipality": "鳥取市", "prefecture": "鳥取県", "labour_bureau": "鳥取労働局",
     "hello_work": ("ハローワーク鳥取",), "facility_type": "一体的実施施設",
     "start_date": D(2016, 4, 1)},
    {"municipality": "松江市", "prefecture": "島根県", "labour_bureau": "島根労働局",
     "hello_work": ("ハローワーク松江",), "facility_type": "常設窓口",
     "start_date": D(2018, 10, 1)},
]
#: (known gap, header facts: the box's ``名称　name（kind）`` is read with its label)
DATA_BOX_MID_NAMES = [
    {"facility_name": "とっとり就労支援窓口"}, {"facility_name": "まつえ仕事相談室"},
]

# 4. a continuation page with a running head naming the case's place between its parts
CONTINUED = """平成30年度　一体的実施　取組事例集

1. 石川県金沢市
まちなかの窓口で、相談を一度に

【取組内容】
・福祉総務課の隣に相談ブースを置いた。
・週に一度、支援の進み具合を共有する。

－ 2 －
石川県金沢市（つづき）

【実績】
支援対象者数　目標260人　実績271人
就職者数　目標150人　実績158人

【関係者の声】
ハローワーク金沢　統括職業指導官
「市の窓口と一緒に動けるので、相談者が途中で来なくなることが減った。」

2. 富山県富山市
ひとり親の就職を、保育とあわせて

【取組内容】
・こども家庭課で就職の相談を受ける。

－ 3 －
富山県富山市（つづき）

【実績】
支援対象者数　目標120人　実績126人
就職者数　目標70人　実績73人
"""
CONTINUED_FACTS = [
    {"municipality": "金沢市", "prefecture": "石川県"},
    {"municipality": "富山市", "prefecture": "富山県"},
]

# 5. a results table's caption naming the case's city and bureau
CAPTION_CITY = """令和元年度　好事例集（近畿）

事例１　滋賀県大津市
相談から就職まで、同じ建物で

【取組内容】
・市役所の一階に常設の相談窓口を置く。

表１　大津市・滋賀労働局・ハローワーク大津における支援実績（令和元年度）
| 区分 | 目標 | 実績 |
| 支援対象者数 | 200人 | 212人 |
| 就職者数 | 120人 | 131人 |

事例２　奈良県奈良市
観光の街で、季節を越えた雇用を

【取組内容】
・ホテルや旅館と通年雇用の求人をつくる。

表２　奈良市・奈良労働局・ハローワーク奈良における支援実績（令和元年度）
| 区分 | 目標 | 実績 |
| 支援対象者数 | 150人 | 149人 |
| 就職者数 | 90人 | 95人 |
"""
CAPTION_CITY_FACTS = [
    {"municipality": "大津市", "prefecture": "滋賀県"},
    {"municipality": "奈良市", "prefecture": "奈良県"},
]

# 6. the page head repeats the case label (``事例１　…（続き）``) on the case's second page
LABEL_AGAIN = """平成28年度　一体的実施　事例集（九州）

事例１　熊本県熊本市
窓口を並べて、相談の流れを変える

【取組内容】
・保護課の相談室で職業相談も受ける。
・求人検索の端末を２台置いた。

――――――――――――――――　7
事例１　熊本県熊本市（続き）

【実績】
支援対象者数　目標300人　実績318人
就職者数　目標170人　実績181人

事例２　大分県大分市
若者の就職を、駅前の窓口で

【取組内容】
・駅前の窓口で夜間相談を行う。

――――――――――――――――　8
事例２　大分県大分市（続き）

【実績】
支援対象者数　目標110人　実績115人
就職者数　目標60人　実績66人
"""
LABEL_AGAIN_FACTS = [
    {"municipality": "熊本市", "prefecture": "熊本県"},
    {"municipality": "大分市", "prefecture": "大分県"},
]

# 7. two slides of the same case (``（1/2）`` and ``（2/2）``)
TWO_SLIDES = """令和４年度　一体的実施　取組紹介

取組事例１　愛知県豊橋市（1/2）
外国人住民の就職を、通訳つきの相談で
・ポルトガル語の通訳を週３日置く。
・市の国際課と合同で説明会を開く。

取組事例１　愛知県豊橋市（2/2）
実績
支援対象者数　目標160人　実績171人
就職者数　目標90人　実績99人

取組事例２　愛知県岡崎市（1/2）
子育て中の人に、短時間の仕事を
・子育て支援センターで出張相談を行う。

取組事例２　愛知県岡崎市（2/2）
実績
支援対象者数　目標80人　実績86人
就職者数　目標45人　実績49人
"""
TWO_SLIDES_FACTS = [
    {"municipality": "豊橋市", "prefecture": "愛知県"},
    {"municipality": "岡崎市", "prefecture": "愛知県"},
]

# 8. a summary line naming several cities before the cases, and a closing summary after
SUMMARY_CITIES = """平成31年度　一体的実施事業の成果（青森）

本資料では、青森市、弘前市、八戸市の３か所の取組を紹介する。

事例１　青森県青森市
雪の季節も、相談を止めない

【取組内容】
・冬の間は電話とオンラインで相談を受ける。

【実績】
支援対象者数　目標220人　実績231人
就職者数　目標130人　実績137人

事例２　青森県弘前市
りんご農家の季節雇用を、通年の仕事へ

【取組内容】
・農協と合同で求人を開拓する。

【実績】
支援対象者数　目標100人　実績104人
就職者数　目標60人　実績63人

事例３　青森県八戸市
港の仕事と、福祉の相談を一緒に

【取組内容】
・水産加工の事業所と短時間の求人をつくる。

【実績】
支援対象者数　目標150人　実績162人
就職者数　目標90人　実績96人
"""
SUMMARY_CITIES_FACTS = [
    {"municipality": "青森市", "prefecture": "青森県"},
    {"municipality": "弘前市", "prefecture": "青森県"},
    {"municipality": "八戸市", "prefecture": "青森県"},
]

# 9. a comments page after the results, its head naming the place and the partners again
COMMENTS_PAGE = """令和５年度　一体的実施　事例集（中部）

(1) 静岡県浜松市
ものづくりの街で、再就職を後押し

取組内容
・市の福祉事務所にハローワーク浜松の相談員が常駐する。

実績
支援対象者数　目標240人　実績252人
就職者数　目標140人　実績149人

浜松市・静岡労働局・ハローワーク浜松　関係者の声
ハローワーク浜松　就労支援ナビゲーター
「福祉事務所の職員と一緒に面談できるので、相談者が安心して話してくれる。」
浜松市　福祉総務課
「就職した人の多くが今も働き続けている。」

(2) 岐阜県岐阜市
相談の窓口を、駅のそばに

取組内容
・駅前の市の施設で職業相談を行う。

実績
支援対象者数　目標130人　実績138人
就職者数　目標75人　実績81人

岐阜市・岐阜労働局・ハローワーク岐阜　関係者の声
ハローワーク岐阜　統括職業指導官
「駅から近く、仕事帰りにも相談に来てもらえる。」
"""
COMMENTS_PAGE_FACTS = [
    {"municipality": "浜松市", "prefecture": "静岡県"},
    {"municipality": "岐阜市", "prefecture": "岐阜県"},
]

# 10. ``■`` sub-headlines inside a case, one per fiscal year, under ``CASE`` labels
YEAR_HEADS = """令和２年度　好事例集

CASE 01　北海道旭川市
冬の求人を、早めに集める

■ 取組内容
・秋のうちに冬季の求人を集める説明会を開く。

■ 平成30年度からの歩み
・平成30年度は週１回の出張相談から始めた。

■ 令和元年度の実績
支援対象者数　目標180人　実績192人
就職者数　目標100人　実績108人

CASE 02　北海道函館市
観光の仕事を、通年の仕事へ

■ 取組内容
・ホテルと通年雇用の求人をつくる。

■ 令和元年度の実績
支援対象者数　目標90人　実績94人
就職者数　目標50人　実績55人
"""
YEAR_HEADS_FACTS = [
    {"municipality": "旭川市", "prefecture": "北海道"},
    {"municipality": "函館市", "prefecture": "北海道"},
]

# 11. numbered sub-sections ``1.`` ``2.`` inside cases headed by ``（事例１）``, a kanji date
NUMBERED_PARTS = """平成27年度　一体的実施　事例報告（四国）

（事例１）香川県高松市
福祉と仕事の相談を、ひとつの窓口で
たかまつ就労サポート（一体的実施施設）　平成二十七年十月一日開設
1. 取組の内容
・保護課の隣に相談ブースを置く。
2. 実績
支援対象者数　目標200人　実績207人
就職者数　目標110人　実績118人
3. 今後の課題
・就職した後の定着を支える。

（事例２）愛媛県松山市
若者の就職を、大学と一緒に
まつやま仕事相談室（常設窓口）　H27.10.1開設
1. 取組の内容
・大学のキャリアセンターと合同相談会を開く。
2. 実績
支援対象者数　目標100人　実績108人
就職者数　目標60人　実績64人
3. 今後の課題
・卒業前の学生にも案内を広げる。
"""
NUMBERED_PARTS_FACTS = [
    {"municipality": "高松市", "prefecture": "香川県", "facility_name": "たかまつ就労サポート",
     "facility_type": "一体的実施施設", "start_date": D(2015, 10, 1)},
    {"municipality": "松山市", "prefecture": "愛媛県", "facility_name": "まつやま仕事相談室",
     "facility_type": "常設窓口", "start_date": D(2015, 10, 1)},
]

# 12. a partner line repeated in the case's closing box; the place again after the comments
PARTNERS_AGAIN = """令和元年度　一体的実施　取組報告（関東）

宇都宮市 × 栃木労働局・ハローワーク宇都宮
駅ビルの窓口で、生活と仕事の相談を一緒に

取組内容
・生活保護の相談と職業相談を同じ窓口で受ける。

実績
支援対象者数　目標260人　実績270人
就職者数　目標150人　実績161人

関係者の声
ハローワーク宇都宮　所長
「市と毎週情報を共有できるのが大きい。」

宇都宮市 × 栃木労働局・ハローワーク宇都宮　問い合わせ先　028-000-0000

水戸市 × 茨城労働局・ハローワーク水戸
市役所の中で、相談から紹介まで

取組内容
・福祉事務所の相談室に相談員が週３日来る。

実績
支援対象者数　目標140人　実績147人
就職者数　目標80人　実績86人

関係者の声
水戸市　生活福祉課
「相談者の様子を一緒に見られるようになった。」

水戸市 × 茨城労働局・ハローワーク水戸　問い合わせ先　029-000-0000
"""
PARTNERS_AGAIN_FACTS = [
    {"municipality": "宇都宮市", "prefecture": "栃木県", "labour_bureau": "栃木労働局",
     "hello_work": ("ハローワーク宇都宮",)},
    {"municipality": "水戸市", "prefecture": "茨城県", "labour_bureau": "茨城労働局",
     "hello_work": ("ハローワーク水戸",)},
]

# 13. each case on two sheets: the second sheet's head names the place with another tail
TWO_SHEETS = """令和３年度　一体的実施　取組シート（北陸）

【事例１】福井県福井市
ハローワークと市が同じ部屋で

取組内容
・福祉事務所の相談室で職業相談も受ける。
・面接の練習を毎週行う。

福井市の取組（成果編）

実績
支援対象者数　目標170人　実績176人
就職者数　目標95人　実績101人

関係者の声
ハローワーク福井　就職促進指導官
「市の職員と同じ部屋にいるので、すぐに相談できる。」

【事例２】福井県敦賀市
港町の求人を、福祉の窓口で

取組内容
・市の福祉課で週２回の出張相談を行う。

敦賀市の取組（成果編）

実績
支援対象者数　目標60人　実績64人
就職者数　目標35人　実績38人
"""
TWO_SHEETS_FACTS = [
    {"municipality": "福井市", "prefecture": "福井県"},
    {"municipality": "敦賀市", "prefecture": "福井県"},
]

# 14. the case label again before the results (``事例１の成果``), Gregorian dates
LABEL_RESULTS = """2021年度　一体的実施　事例集（南関東）

事例１　千葉県船橋市
駅前の窓口で、生活と仕事の相談を
ふなばし就労支援室（一体的実施施設）　2015年10月1日開設

【取組内容】
・生活支援課の相談から職業相談へつなぐ。

事例１の成果
支援対象者数　目標230人　実績240人
就職者数　目標130人　実績139人

事例２　千葉県柏市
子育て中の人に、短い時間の仕事を
かしわ仕事相談コーナー（常設窓口）　2019年4月1日開設

【取組内容】
・こども部の窓口で就職相談を受ける。

事例２の成果
支援対象者数　目標90人　実績97人
就職者数　目標50人　実績56人
"""
LABEL_RESULTS_FACTS = [
    {"municipality": "船橋市", "prefecture": "千葉県", "facility_name": "ふなばし就労支援室",
     "start_date": D(2015, 10, 1)},
    {"municipality": "柏市", "prefecture": "千葉県", "facility_name": "かしわ仕事相談コーナー",
     "start_date": D(2019, 4, 1)},
]

# 15. two initiatives each with its results inside one case (the opening section repeats),
#     each case opened by a partner line
TWO_ROUNDS = """平成30年度　一体的実施　好事例（東海）

津市・三重労働局・ハローワーク津
くらしと仕事の相談を、ひとつの窓口で
つ就労サポート（一体的実施施設）　平成28年4月1日開設

取組内容
・生活保護の相談者を職業相談へ案内する。

実績
支援対象者数　目標150人　実績158人
就職者数　目標90人　実績94人

取組内容（その２　ひとり親への支援）
・児童扶養手当の窓口で就職相談を受ける。

実績
支援対象者数　目標60人　実績66人
就職者数　目標35人　実績38人

四日市市・三重労働局・ハローワーク四日市
工場の街で、安定した仕事へ
よっかいち仕事相談室（常設窓口）　平成29年10月2日開設

取組内容
・工業団地の企業と合同面接会を開く。

実績
支援対象者数　目標120人　実績127人
就職者数　目標70人　実績75人
"""
TWO_ROUNDS_FACTS = [
    {"municipality": "津市", "prefecture": "三重県", "facility_name": "つ就労サポート",
     "start_date": D(2016, 4, 1)},
    {"municipality": "四日市市", "prefecture": "三重県", "facility_name": "よっかいち仕事相談室",
     "start_date": D(2017, 10, 2)},
]

# 16. ``（1）`` numbered parts inside cases opened by ``１．県市`` lines, a running head between
PAREN_PARTS = """令和４年度　一体的実施　事例報告（九州・沖縄）

１．佐賀県佐賀市
相談の入口を、福祉の窓口に
（１）取組の概要
・生活福祉課の窓口で職業相談を受ける。
（２）取組の実績
支援対象者数　目標140人　実績149人
就職者数　目標80人　実績86人
（３）関係者の声
佐賀市　生活福祉課
「一緒に相談を受けることで、支援が途切れなくなった。」

令和４年度　一体的実施　事例報告（九州・沖縄）　－５－

２．沖縄県那覇市
観光の仕事を、通年の仕事へ
（１）取組の概要
・ホテルと通年雇用の求人をつくる。
（２）取組の実績
支援対象者数　目標200人　実績214人
就職者数　目標110人　実績118人
（３）関係者の声
ハローワーク那覇　統括職業指導官
「市と一緒に企業を回ることで、求人が増えた。」
"""
PAREN_PARTS_FACTS = [
    {"municipality": "佐賀市", "prefecture": "佐賀県"},
    {"municipality": "那覇市", "prefecture": "沖縄県"},
]

# 17. a summary table after the last case, one row a city
SUMMARY_TABLE = """令和２年度　一体的実施　事例集（岩手）

事例１　岩手県盛岡市
相談の入口を、ひとつに

【取組内容】
・保護課の相談室で職業相談も受ける。

【実績】
支援対象者数　目標210人　実績219人
就職者数　目標120人　実績128人

事例２　岩手県花巻市
温泉の街で、通年の仕事を

【取組内容】
・旅館と通年雇用の求人をつくる。

【実績】
支援対象者数　目標70人　実績74人
就職者数　目標40人　実績43人

各事例の実績のまとめ
| 自治体 | 支援対象者数 | 就職者数 |
| 盛岡市 | 219人 | 128人 |
| 花巻市 | 74人 | 43人 |
"""
SUMMARY_TABLE_FACTS = [
    {"municipality": "盛岡市", "prefecture": "岩手県"},
    {"municipality": "花巻市", "prefecture": "岩手県"},
]

# 18. a city profile heading inside each case (``■ 仙台市の概要``), numbered places as case starts
CITY_PROFILE = """平成29年度　一体的実施　取組事例（宮城）

① 宮城県仙台市
駅前の窓口で、相談から就職まで

■ 仙台市の概要
人口約108万人。保護率は県内で高い水準にある。

■ 取組内容
・区役所の保護課にナビゲーターが常駐する。

■ 実績
支援対象者数　目標400人　実績417人
就職者数　目標230人　実績244人

② 宮城県石巻市
港の仕事を、福祉の窓口から

■ 石巻市の概要
人口約14万人。水産加工業が盛んである。

■ 取組内容
・水産加工の事業所と短時間の求人をつくる。

■ 実績
支援対象者数　目標90人　実績95人
就職者数　目標50人　実績54人
"""
CITY_PROFILE_FACTS = [
    {"municipality": "仙台市", "prefecture": "宮城県"},
    {"municipality": "石巻市", "prefecture": "宮城県"},
]

# 19. ``～place～`` case starts with ``～…～`` sub-headlines inside the cases
TILDES = """令和５年度　好事例集（北関東）

～茨城県つくば市～
研究学園都市で、ひとり親の就職を支える

取組内容
・こども未来課の窓口で就職相談を受ける。

～保育とセットの相談～
・保育所の空き情報と求人を一緒に案内する。

実績
支援対象者数　目標120人　実績126人
就職者数　目標70人　実績75人

～栃木県小山市～
駅前の窓口で、若者を仕事へ

取組内容
・駅前の市の施設で夜間相談を行う。

～企業見学ツアー～
・市内の工場を見学するツアーを月１回行う。

実績
支援対象者数　目標80人　実績84人
就職者数　目標45人　実績49人
"""
TILDES_FACTS = [
    {"municipality": "つくば市", "prefecture": "茨城県"},
    {"municipality": "小山市", "prefecture": "栃木県"},
]

# 20. a results table with a row naming the city and a row for the prefecture's average
CITY_ROWS = """令和３年度　一体的実施　事例集（四国）

事例１　高知県高知市
相談の窓口を、市役所の中に

【取組内容】
・福祉事務所の隣に相談ブースを置く。

【実績】（就職率の比較）
| 区分 | 就職率 |
| 高知市 | 62.0% |
| 県平均 | 55.1% |
支援対象者数　目標150人　実績158人

事例２　徳島県徳島市
眉山のふもとで、仕事探しを身近に

【取組内容】
・出張相談を月２回行う。

【実績】（就職率の比較）
| 区分 | 就職率 |
| 徳島市 | 58.4% |
| 県平均 | 53.0% |
支援対象者数　目標100人　実績103人
"""
CITY_ROWS_FACTS = [
    {"municipality": "高知市", "prefecture": "高知県"},
    {"municipality": "徳島市", "prefecture": "徳島県"},
]

# 21. slides: a case's second slide repeats its headline with ``（続き）``, kanji-numeral date
SLIDE_MORE = """平成二十八年度　一体的実施の取組（南東北）

【福島県郡山市】
駅前の窓口で、相談から就職まで
こおりやま就労支援窓口（一体的実施施設）　平成二十七年四月一日開設
取組内容
・保護課の相談室で職業相談も受ける。

駅前の窓口で、相談から就職まで（続き）
実績
支援対象者数　目標200人　実績208人
就職者数　目標110人　実績117人

【福島県いわき市】
海沿いの街で、通年の仕事を
いわき仕事相談室（常設窓口）　平成二十八年十月三日開設
取組内容
・水産加工の事業所と通年の求人をつくる。

海沿いの街で、通年の仕事を（続き）
実績
支援対象者数　目標90人　実績96人
就職者数　目標50人　実績55人
"""
SLIDE_MORE_FACTS = [
    {"municipality": "郡山市", "prefecture": "福島県", "start_date": D(2015, 4, 1),
     "metrics": [M("支援対象者数", P(200), P(208)), M("就職者数", P(110), P(117))]},
    {"municipality": "いわき市", "prefecture": "福島県", "start_date": D(2016, 10, 3),
     "metrics": [M("支援対象者数", P(90), P(96)), M("就職者数", P(50), P(55))]},
]
#: (known gap, header facts: ``【県市】`` / headline / ``name（kind）date開設`` reads the
#: headline as the facility's name; the header readers read a header as one stretch of text)
SLIDE_MORE_NAMES = [
    {"title": "駅前の窓口で、相談から就職まで", "facility_name": "こおりやま就労支援窓口"},
    {"title": "海沿いの街で、通年の仕事を", "facility_name": "いわき仕事相談室"},
]

# 22. no sections known: a place-and-partners line opens each case; an initiative line with a
#     date and a start word and a photo caption naming the city inside the case
NO_SECTIONS = """令和元年度　一体的実施　取組報告

静岡県浜松市　静岡労働局　ハローワーク浜松

＜やってみたこと＞
・福祉事務所にナビゲーターを置いた。
２０１９年４月１日から開始した夜間相談
・夜間の相談を週１回行う。

＜数字で見る＞
支援対象者数　目標２４０人　実績２５２人
就職者数　目標１４０人　実績１４９人

（写真）浜松市役所に設けた相談窓口

＜担当者より＞
ハローワーク浜松　統括職業指導官
「夜間の相談は仕事を探す人に好評だった。」

静岡県沼津市　静岡労働局　ハローワーク沼津

＜やってみたこと＞
・駅前の市の施設で相談を受ける。
令和元年１０月１日設置のサテライト窓口
・月２回の出張相談を行う。

＜数字で見る＞
支援対象者数　目標１００人　実績１０６人
就職者数　目標６０人　実績６３人

（写真）沼津市役所の相談ブース

＜担当者より＞
沼津市　生活福祉課
「相談者が一か所で手続きを済ませられるようになった。」
"""
NO_SECTIONS_FACTS = [
    {"municipality": "浜松市", "prefecture": "静岡県", "labour_bureau": "静岡労働局",
     "hello_work": ("ハローワーク浜松",)},
    {"municipality": "沼津市", "prefecture": "静岡県", "labour_bureau": "静岡労働局",
     "hello_work": ("ハローワーク沼津",)},
]

# 23. a reference line for the year before naming the city (``平成29年度　苫小牧市の実績（参考）``)
#     after each case's results: a fiscal year is no case label's lead
YEAR_CAPTION = """平成30年度　一体的実施の成果（北海道）

■ 北海道苫小牧市
工場の街で、安定した仕事へ

取組内容
・工業団地の企業と合同面接会を開く。

実績
支援対象者数　目標150人　実績158人
就職者数　目標90人　実績94人

平成29年度　苫小牧市の実績（参考）
支援対象者数　目標140人　実績139人

関係者の声
苫小牧市　福祉部
「企業の見学会が就職の決め手になった。」

■ 北海道江別市
大学の街で、若者の就職を

取組内容
・大学と合同相談会を開く。

実績
支援対象者数　目標80人　実績86人
就職者数　目標45人　実績49人

平成29年度　江別市の実績（参考）
支援対象者数　目標70人　実績72人

関係者の声
ハローワーク江別　所長
「大学との連携で若者の相談が増えた。」
"""
YEAR_CAPTION_FACTS = [
    {"title": "工場の街で、安定した仕事へ", "municipality": "苫小牧市", "prefecture": "北海道"},
    {"title": "大学の街で、若者の就職を", "municipality": "江別市", "prefecture": "北海道"},
]

# 24. a place's profile after each case's results (``八戸市の概況``), partner lines opening cases
PLACE_NOTES = """令和４年度　一体的実施　取組事例

八戸市・青森労働局・ハローワーク八戸
港の街で、福祉と仕事の相談を一緒に

取組内容
・福祉政策課の隣に相談ブースを置いた。

実績
支援対象者数　目標200人　実績211人
就職者数　目標120人　実績126人

八戸市の概況
人口約22万人。水産加工業が盛ん。有効求人倍率は1.2倍。

十和田市・青森労働局・ハローワーク十和田
馬のまちで、働く場所を探す

取組内容
・観光施設と短時間の求人をつくる。

実績
支援対象者数　目標60人　実績64人
就職者数　目標35人　実績38人

十和田市の概況
人口約6万人。農業と観光が中心。有効求人倍率は1.1倍。
"""
PLACE_NOTES_FACTS = [
    {"municipality": "八戸市", "prefecture": "青森県", "labour_bureau": "青森労働局",
     "hello_work": ("ハローワーク八戸",)},
    {"municipality": "十和田市", "prefecture": "青森県", "labour_bureau": "青森労働局",
     "hello_work": ("ハローワーク十和田",)},
]

# 25. a running head naming the case's place on each of its pages, no case labels; a photo
#     caption naming the city hall
RUNNING_PLACE = """令和２年度　一体的実施　好事例集

一体的実施好事例集　　金沢市
まちなかの窓口で、相談を一度に

【取組内容】
・福祉総務課の隣に相談ブースを置いた。
・週に一度、支援の進み具合を共有する。

写真　金沢市役所の相談ブース

一体的実施好事例集　　金沢市
【実績】
支援対象者数　目標260人　実績271人
就職者数　目標150人　実績158人

【関係者の声】
ハローワーク金沢　統括職業指導官
「市の窓口と一緒に動けるので、相談者が途中で来なくなることが減った。」

一体的実施好事例集　　富山市
ひとり親の就職を、保育とあわせて

【取組内容】
・こども家庭課で就職の相談を受ける。

写真　富山市役所の相談ブース

一体的実施好事例集　　富山市
【実績】
支援対象者数　目標120人　実績126人
就職者数　目標70人　実績73人

【関係者の声】
富山市　こども家庭課
「保育所の案内と一緒に仕事を探せると喜ばれている。」
"""
RUNNING_PLACE_FACTS = [
    {"title": "まちなかの窓口で、相談を一度に", "municipality": "金沢市", "prefecture": "石川県",
     "metrics": [M("支援対象者数", P(260), P(271)), M("就職者数", P(150), P(158))]},
    {"title": "ひとり親の就職を、保育とあわせて", "municipality": "富山市", "prefecture": "富山県",
     "metrics": [M("支援対象者数", P(120), P(126)), M("就職者数", P(70), P(73))]},
]

# 26. a photo caption naming the city hall (``写真　岐阜市役所の相談窓口``) in each case
PHOTO_CAPTIONS = """平成30年度　一体的実施　事例集

■ 岐阜県岐阜市
駅前の窓口で、相談から就職まで

取組内容
・駅前の市の施設で職業相談を行う。

実績
支援対象者数　目標130人　実績138人
就職者数　目標75人　実績81人

写真　岐阜市役所の相談窓口

■ 岐阜県大垣市
水の都で、ひとり親の就職を

取組内容
・子育て支援課で就職相談を受ける。

写真　大垣市役所の相談窓口

実績
支援対象者数　目標70人　実績74人
就職者数　目標40人　実績44人
"""
PHOTO_CAPTIONS_FACTS = [
    {"title": "駅前の窓口で、相談から就職まで", "municipality": "岐阜市", "prefecture": "岐阜県",
     "metrics": [M("支援対象者数", P(130), P(138)), M("就職者数", P(75), P(81))]},
    {"title": "水の都で、ひとり親の就職を", "municipality": "大垣市", "prefecture": "岐阜県",
     "metrics": [M("支援対象者数", P(70), P(74)), M("就職者数", P(40), P(44))]},
]

# 27. ``現場ルポ　県市`` template labels, a figure caption naming the city inside each case
FIGURE_CAPTION = """令和２年度　一体的実施　好事例集

現場ルポ　石川県金沢市
まちなかの窓口で、相談を一度に

【取組内容】
・福祉総務課の隣に相談ブースを置いた。
・週に一度、支援の進み具合を共有する。

図１　金沢市の就職者数の推移
【実績】
支援対象者数　目標260人　実績271人
就職者数　目標150人　実績158人

【関係者の声】
ハローワーク金沢　統括職業指導官
「市の窓口と一緒に動けるので、相談者が途中で来なくなることが減った。」

現場ルポ　富山県富山市
ひとり親の就職を、保育とあわせて

【取組内容】
・こども家庭課で就職の相談を受ける。

図２　富山市の就職者数の推移
【実績】
支援対象者数　目標120人　実績126人
就職者数　目標70人　実績73人

【関係者の声】
富山市　こども家庭課
「保育所の案内と一緒に仕事を探せると喜ばれている。」
"""
FIGURE_CAPTION_FACTS = [
    {"title": "まちなかの窓口で、相談を一度に", "municipality": "金沢市", "prefecture": "石川県",
     "metrics": [M("支援対象者数", P(260), P(271)), M("就職者数", P(150), P(158))]},
    {"title": "ひとり親の就職を、保育とあわせて", "municipality": "富山市", "prefecture": "富山県",
     "metrics": [M("支援対象者数", P(120), P(126)), M("就職者数", P(70), P(73))]},
]

# 28. the same with a map caption naming only the city (``地図　金沢市``)
MAP_CAPTION = """令和２年度　一体的実施　好事例集

現場ルポ　石川県金沢市
まちなかの窓口で、相談を一度に

【取組内容】
・福祉総務課の隣に相談ブースを置いた。
・週に一度、支援の進み具合を共有する。

地図　金沢市
【実績】
支援対象者数　目標260人　実績271人
就職者数　目標150人　実績158人

【関係者の声】
ハローワーク金沢　統括職業指導官
「市の窓口と一緒に動けるので、相談者が途中で来なくなることが減った。」

現場ルポ　富山県富山市
ひとり親の就職を、保育とあわせて

【取組内容】
・こども家庭課で就職の相談を受ける。

地図　富山市
【実績】
支援対象者数　目標120人　実績126人
就職者数　目標70人　実績73人

【関係者の声】
富山市　こども家庭課
「保育所の案内と一緒に仕事を探せると喜ばれている。」
"""
MAP_CAPTION_FACTS = FIGURE_CAPTION_FACTS

VARIANTS = {
    "chapters": (CHAPTERS, CHAPTERS_FACTS),
    "mid_headlines": (MID_HEADLINES, MID_HEADLINES_FACTS),
    "data_box_mid": (DATA_BOX_MID, DATA_BOX_MID_FACTS),
    "continued": (CONTINUED, CONTINUED_FACTS),
    "caption_city": (CAPTION_CITY, CAPTION_CITY_FACTS),
    "label_again": (LABEL_AGAIN, LABEL_AGAIN_FACTS),
    "two_slides": (TWO_SLIDES, TWO_SLIDES_FACTS),
    "summary_cities": (SUMMARY_CITIES, SUMMARY_CITIES_FACTS),
    "comments_page": (COMMENTS_PAGE, COMMENTS_PAGE_FACTS),
    "year_heads": (YEAR_HEADS, YEAR_HEADS_FACTS),
    "numbered_parts": (NUMBERED_PARTS, NUMBERED_PARTS_FACTS),
    "partners_again": (PARTNERS_AGAIN, PARTNERS_AGAIN_FACTS),
    "two_sheets": (TWO_SHEETS, TWO_SHEETS_FACTS),
    "label_results": (LABEL_RESULTS, LABEL_RESULTS_FACTS),
    "two_rounds": (TWO_ROUNDS, TWO_ROUNDS_FACTS),
    "paren_parts": (PAREN_PARTS, PAREN_PARTS_FACTS),
    "summary_table": (SUMMARY_TABLE, SUMMARY_TABLE_FACTS),
    "city_profile": (CITY_PROFILE, CITY_PROFILE_FACTS),
    "tildes": (TILDES, TILDES_FACTS),
    "city_rows": (CITY_ROWS, CITY_ROWS_FACTS),
    "slide_more": (SLIDE_MORE, SLIDE_MORE_FACTS),
    "no_sections": (NO_SECTIONS, NO_SECTIONS_FACTS),
    "year_caption": (YEAR_CAPTION, YEAR_CAPTION_FACTS),
    "place_notes": (PLACE_NOTES, PLACE_NOTES_FACTS),
    "running_place": (RUNNING_PLACE, RUNNING_PLACE_FACTS),
    "photo_captions": (PHOTO_CAPTIONS, PHOTO_CAPTIONS_FACTS),
    "figure_caption": (FIGURE_CAPTION, FIGURE_CAPTION_FACTS),
    "map_caption": (MAP_CAPTION, MAP_CAPTION_FACTS),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_one_case_one_profile(name: str) -> None:
    text, expected = VARIANTS[name]
    assert mismatches(text, expected) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ``名称　…`` / ``連携　…``: a label and one ideographic space (read since ocr7, 1966)
        pytest.param(DATA_BOX_MID, DATA_BOX_MID_NAMES, id="data_box_mid"),
        pytest.param(
            SLIDE_MORE,
            SLIDE_MORE_NAMES,
            id="slide_more",
            marks=pytest.mark.xfail(
                strict=True, reason="header facts, not boundaries: see the lists' notes"
            ),
        ),
    ],
)
def test_known_header_gaps(text: str, expected: list[dict[str, object]]) -> None:
    assert mismatches(text, expected) == []


def test_part_numbers_open_no_case() -> None:
    """``第1 …`` numbering every case's parts is no case label (decision 1501); a form whose
    numbers never repeat, or the only form of a document, stays one."""
    from jirei.labelcases import label_lines
    from jirei.normalise import normalise
    from jirei.partlabels import part_labels
    from jirei.rules import DEFAULT_RULES
    from jirei.segment import segment

    seg = segment(normalise(CHAPTERS, DEFAULT_RULES).text)
    parts = part_labels(seg.lines, label_lines(seg.lines))
    assert sorted(seg.lines[i].text.strip() for i in parts) == ["第1 取組の背景"] * 2
    only = "\n\n".join(
        f"第{n}　{place}の取組\n【取組内容】\n・相談を受ける。\n"
        f"【実績】\n就職者数　目標{n}0人　実績{n}2人"
        for n, place in ((1, "岡山県倉敷市"), (2, "広島県福山市"), (1, "山口県下関市"))
    )
    seg = segment(normalise(only, DEFAULT_RULES).text)
    assert part_labels(seg.lines, label_lines(seg.lines)) == set()


def test_two_cases_in_one_city_keep_their_labels() -> None:
    """The same lead with another number opens a case of its own in the same city (decision
    1509 joins only a caption under another lead, or the same label again)."""
    text = "\n\n".join(
        f"事例{n}　北海道札幌市\n{title}\n\n【取組内容】\n・相談を受ける。\n\n"
        f"【実績】\n就職者数　目標{n}0人　実績{n}2人"
        for n, title in ((1, "区役所の窓口で相談を"), (2, "駅前の窓口で若者を"))
    )
    assert mismatches(text, [{"municipality": "札幌市"}, {"municipality": "札幌市"}]) == []
