"""Header facts wherever and however a case gives them (branch headers6, decisions 1530–1559):
other label words (``施設名称``, ``窓口の種類``, ``設置者``, ``協定先``, ``開所``), labels and
values on separate lines, facts in a sentence of the opening paragraph, a data box after the
body, place lines with ``＋`` / ``＆`` / ``／``, offices written ``…公共職業安定所`` or with a
branch, two offices, wards, dates in every form, titles in marks or under a ``キャッチフレーズ``
label, fiscal years from a ``…年度実績`` line; and three documents with traps (a contact block,
a cover's issuing bureau and running heads, a neighbouring city and a former name).

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, prose and figures); every expected fact was written by
hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests._variants import mismatches

# 1. other label words, one label and its value a line
LABEL_WORDS = """令和４年度　一体的実施の取組事例

事例１
保護の窓口から、その足で職業相談へ
施設名称　　ふなばし就労サポートルーム
窓口の種類　一体的実施施設
設置者　　　千葉県船橋市
協定先　　　千葉労働局・ハローワーク船橋
開所　　　　平成２８年１０月３日

【取組内容】
・生活支援課の面接室でナビゲーターが初回相談に同席
・求人票を毎朝ケースワーカーに配布

【実績】
支援対象者数　目標180人　実績192人

事例２
子育て中の方の仕事探しを市役所で
施設名称　　まつど子育て就労デスク
窓口の種類　常設窓口
設置者　　　千葉県松戸市
協定先　　　千葉労働局・ハローワーク松戸
開所　　　　令和元年７月１日

【取組内容】
・児童扶養手当の窓口で職業相談を案内

【実績】
支援対象者数　目標90人　実績97人
"""
LABEL_WORDS_FACTS = [
    {"prefecture": "千葉県", "municipality": "船橋市", "labour_bureau": "千葉労働局",
     "hello_work": ("ハローワーク船橋",), "facility_name": "ふなばし就労サポートルーム",
     "facility_type": "一体的実施施設", "start_date": date(2016, 10, 3),
     "title": "保護の窓口から、その足で職業相談へ"},
    {"prefecture": "千葉県", "municipality": "松戸市", "labour_bureau": "千葉労働局",
     "hello_work": ("ハローワーク松戸",), "facility_name": "まつど子育て就労デスク",
     "facility_type": "常設窓口", "start_date": date(2019, 7, 1),
     "title": "子育て中の方の仕事探しを市役所で"},
]

# 2. labels alone on a line, each value on the line under it
STACKED_LABELS = """就労支援の現場から（宮城県）

事例１　窓口をひとつにしたら、相談が続くようになった
【運営主体】
宮城県仙台市
【連携機関】
宮城労働局　ハローワーク仙台
【開設年月日】
令和2年4月1日

【取組内容】
・区役所の保護課と同じフロアで職業相談
・毎月の支援調整会議で対象者を確認

【実績】
就職者数　目標120人　実績131人

事例２　港町で、仕事と暮らしを一緒に立て直す
【運営主体】
宮城県石巻市
【連携機関】
宮城労働局　ハローワーク石巻
【開設年月日】
平成29年10月2日

【取組内容】
・水産加工の事業所と職場見学会を開催

【実績】
就職者数　目標60人　実績58人
"""
STACKED_LABELS_FACTS = [
    {"prefecture": "宮城県", "municipality": "仙台市", "labour_bureau": "宮城労働局",
     "hello_work": ("ハローワーク仙台",), "start_date": date(2020, 4, 1)},
    {"prefecture": "宮城県", "municipality": "石巻市", "labour_bureau": "宮城労働局",
     "hello_work": ("ハローワーク石巻",), "start_date": date(2017, 10, 2)},
]

# 3. the facts in a sentence of the case's opening paragraph (the bureau as the subject)
OPENING_PROSE = """一体的実施　事例紹介

事例１
駅前の窓口で、生活と仕事の相談を一度に
　大分市と大分労働局は、令和元年５月７日に「おおいたワークステーション」を市役所本庁舎１階に開設した。ハローワーク大分の就職支援ナビゲーターが常駐し、保護課の面接にも同席している。

【取組内容】
・保護課の面接にナビゲーターが同席
・応募書類の添削を予約なしで実施

【実績】
支援対象者数　目標150人　実績163人

事例２
温泉のまちで、短時間の仕事から
　別府市と大分労働局は、平成２９年４月３日に「べっぷ就労支援コーナー」を市役所２階に設置した。ハローワーク別府の職員が週３日相談に応じている。

【取組内容】
・旅館やホテルの短時間求人を開拓

【実績】
支援対象者数　目標70人　実績75人
"""
OPENING_PROSE_FACTS = [
    {"prefecture": "大分県", "municipality": "大分市", "labour_bureau": "大分労働局",
     "facility_name": "おおいたワークステーション", "start_date": date(2019, 5, 7)},
    {"prefecture": "大分県", "municipality": "別府市", "labour_bureau": "大分労働局",
     "facility_name": "べっぷ就労支援コーナー", "start_date": date(2017, 4, 3)},
]

# 4. the facts in a box after the case's body, under a ruled heading, other label words
BOX_AFTER_BODY = """兵庫県内の取組

事例１　ひとり親の就職を、手続の窓口から
【取組内容】
・児童扶養手当の現況届の会場に相談ブースを設置
・保育所の空き情報を職業相談で案内

【実績】
支援対象者数　目標100人　実績108人

―― 施設の基本情報 ――
名　　称　ひめじ就労支援プラザ（一体的実施施設）
運　　営　姫路市＋兵庫労働局＋ハローワーク姫路
運営開始　Ｒ２．１０．１

事例２　商店街の空き店舗を相談の場に
【取組内容】
・商店街の空き店舗に出張相談の場を設置

【実績】
支援対象者数　目標60人　実績66人

―― 施設の基本情報 ――
名　　称　あまがさきジョブサロン（常設窓口）
運　　営　尼崎市＆兵庫労働局＆ハローワーク尼崎
運営開始　2018/4/2
"""
BOX_AFTER_BODY_FACTS = [
    {"prefecture": "兵庫県", "municipality": "姫路市", "labour_bureau": "兵庫労働局",
     "hello_work": ("ハローワーク姫路",), "facility_name": "ひめじ就労支援プラザ",
     "facility_type": "一体的実施施設", "start_date": date(2020, 10, 1)},
    {"prefecture": "兵庫県", "municipality": "尼崎市", "labour_bureau": "兵庫労働局",
     "hello_work": ("ハローワーク尼崎",), "facility_name": "あまがさきジョブサロン",
     "facility_type": "常設窓口", "start_date": date(2018, 4, 2)},
]

# 5. place lines with other separators, offices written ``…公共職業安定所``
SEPARATORS = """北海道の一体的実施

事例１
冬の求人を秋のうちに
旭川市　／　北海道労働局　／　旭川公共職業安定所
あさひかわ就労相談室（一体的実施施設）　平成27年6月1日開設

【取組内容】
・除雪や物流の求人を秋のうちに開拓

【実績】
支援対象者数　目標140人　実績150人

事例２
農業のまちで、季節の仕事から通年の仕事へ
帯広市と北海道労働局・帯広公共職業安定所
おびひろワークコーナー（常設窓口）　平成30年10月1日開設

【取組内容】
・農協と連携し季節雇用から通年雇用への移行を支援

【実績】
支援対象者数　目標80人　実績84人
"""
SEPARATORS_FACTS = [
    {"prefecture": "北海道", "municipality": "旭川市", "labour_bureau": "北海道労働局",
     "hello_work": ("旭川公共職業安定所",), "facility_name": "あさひかわ就労相談室",
     "facility_type": "一体的実施施設", "start_date": date(2015, 6, 1)},
    {"prefecture": "北海道", "municipality": "帯広市", "labour_bureau": "北海道労働局",
     "hello_work": ("帯広公共職業安定所",), "facility_name": "おびひろワークコーナー",
     "facility_type": "常設窓口", "start_date": date(2018, 10, 1)},
]

# 6. two offices, wards of designated cities, prefectures omitted
TWO_OFFICES = """政令市の取組

事例１
区役所の中に、仕事の相談窓口
【実施体制】横浜市中区、神奈川労働局、ハローワーク横浜、ハローワーク横浜南
【施設】なか就労支援センター（一体的実施施設）
【開設】平成26年4月1日

【取組内容】
・区の保護課と二つのハローワークが交代で相談

【実績】
支援対象者数　目標200人　実績214人

事例２
工業地帯の求人を、区の窓口で
【実施体制】川崎市川崎区、神奈川労働局、ハローワーク川崎
【施設】かわさき就労サポート（常設窓口）
【開設】令和3年1月4日

【取組内容】
・臨海部の製造業の求人を紹介

【実績】
支援対象者数　目標120人　実績118人
"""
TWO_OFFICES_FACTS = [
    {"prefecture": "神奈川県", "municipality": "横浜市中区", "labour_bureau": "神奈川労働局",
     "hello_work": ("ハローワーク横浜", "ハローワーク横浜南"),
     "facility_name": "なか就労支援センター", "facility_type": "一体的実施施設",
     "start_date": date(2014, 4, 1)},
    {"prefecture": "神奈川県", "municipality": "川崎市川崎区", "labour_bureau": "神奈川労働局",
     "hello_work": ("ハローワーク川崎",), "facility_name": "かわさき就労サポート",
     "facility_type": "常設窓口", "start_date": date(2021, 1, 4)},
]

# 7. start dates in other forms: kanji numerals, 元年, Gregorian with the era in brackets,
#    a weekday after the date
DATE_FORMS = """令和２年度　一体的実施事例集

事例１
福祉の窓口から、就職の窓口へ
なら就労支援コーナー（一体的実施施設）
奈良県奈良市・奈良労働局・ハローワーク奈良
令和元年十月一日（火）開設

【取組内容】
・生活福祉課と毎週の連絡会を開催

【実績】
支援対象者数　目標110人　実績120人

事例２
古い城下町で、若い人の仕事探し
わかやまワークステーション（常設窓口）
和歌山県和歌山市・和歌山労働局・ハローワーク和歌山
2016年（平成28年）4月1日開設

【取組内容】
・若年の生活困窮者に職場体験を案内

【実績】
支援対象者数　目標90人　実績95人
"""
DATE_FORMS_FACTS = [
    {"prefecture": "奈良県", "municipality": "奈良市", "labour_bureau": "奈良労働局",
     "hello_work": ("ハローワーク奈良",), "facility_name": "なら就労支援コーナー",
     "facility_type": "一体的実施施設", "start_date": date(2019, 10, 1)},
    {"prefecture": "和歌山県", "municipality": "和歌山市", "labour_bureau": "和歌山労働局",
     "hello_work": ("ハローワーク和歌山",), "facility_name": "わかやまワークステーション",
     "facility_type": "常設窓口", "start_date": date(2016, 4, 1)},
]

# 8. titles in other marks and a キャッチフレーズ label in the header block
TITLE_FORMS = """一体的実施の取組事例（四国）

事例１
キャッチフレーズ　「相談の入口を、暮らしの窓口に」
実施主体　香川県高松市
連携　　　香川労働局・ハローワーク高松
開設　　　平成28年4月1日

【取組内容】
・暮らしの相談窓口で職業相談を案内

【実績】
支援対象者数　目標150人　実績160人

事例２
キャッチフレーズ　「みかんの町の、働きたいを支える」
実施主体　愛媛県松山市
連携　　　愛媛労働局・ハローワーク松山
開設　　　令和2年10月1日

【取組内容】
・農業法人の求人を開拓

【実績】
支援対象者数　目標100人　実績103人
"""
TITLE_FORMS_FACTS = [
    {"title": "相談の入口を、暮らしの窓口に", "prefecture": "香川県", "municipality": "高松市",
     "labour_bureau": "香川労働局", "hello_work": ("ハローワーク高松",),
     "start_date": date(2016, 4, 1)},
    {"title": "みかんの町の、働きたいを支える", "prefecture": "愛媛県", "municipality": "松山市",
     "labour_bureau": "愛媛労働局", "hello_work": ("ハローワーク松山",),
     "start_date": date(2020, 10, 1)},
]

# 9. the title in a heading under the case, in 『』; the fiscal year from a 実績 heading
TITLE_MARKS = """取組事例

事例１
『ひとり親の朝の時間に合わせた相談』
岐阜市・岐阜労働局・ハローワーク岐阜　平成30年4月2日開設

【取組内容】
・朝8時から相談を受け付け

【令和３年度実績】
支援対象者数　目標100人　実績104人

事例２
『山あいの町へ、月に二度の出張相談』
高山市・岐阜労働局・ハローワーク高山　令和2年4月1日開設

【取組内容】
・支所に月2回の出張相談

【令和３年度実績】
支援対象者数　目標40人　実績42人
"""
TITLE_MARKS_FACTS = [
    {"title": "ひとり親の朝の時間に合わせた相談", "prefecture": "岐阜県", "municipality": "岐阜市",
     "labour_bureau": "岐阜労働局", "hello_work": ("ハローワーク岐阜",),
     "start_date": date(2018, 4, 2), "fiscal_year": 2021},
    {"title": "山あいの町へ、月に二度の出張相談", "prefecture": "岐阜県", "municipality": "高山市",
     "labour_bureau": "岐阜労働局", "hello_work": ("ハローワーク高山",),
     "start_date": date(2020, 4, 1), "fiscal_year": 2021},
]

# 10. TRAP: a contact block naming another city and office, a map caption
CONTACT_TRAP = """一体的実施の取組（栃木県）

事例１
保護の相談と仕事の相談を同じ日に
うつのみや就労サポート（一体的実施施設）
宇都宮市 × 栃木労働局・ハローワーク宇都宮　平成27年4月1日開設

【取組内容】
・保護の相談日に職業相談の予約を取る

【実績】
支援対象者数　目標200人　実績207人

問い合わせ先　小山市福祉課（ハローワーク小山と共同事務局）　電話0285-00-0000

事例２
工業団地の求人を、市の窓口で
かぬま就労支援コーナー（常設窓口）
鹿沼市 × 栃木労働局・ハローワーク鹿沼　令和元年10月1日開設

【取組内容】
・工業団地の事業所見学会を開催

【実績】
支援対象者数　目標70人　実績73人
"""
CONTACT_TRAP_FACTS = [
    {"prefecture": "栃木県", "municipality": "宇都宮市", "labour_bureau": "栃木労働局",
     "hello_work": ("ハローワーク宇都宮",), "facility_name": "うつのみや就労サポート",
     "facility_type": "一体的実施施設", "start_date": date(2015, 4, 1)},
    {"prefecture": "栃木県", "municipality": "鹿沼市", "labour_bureau": "栃木労働局",
     "hello_work": ("ハローワーク鹿沼",), "facility_name": "かぬま就労支援コーナー",
     "facility_type": "常設窓口", "start_date": date(2019, 10, 1)},
]

# 11. TRAP: the cover's issuing bureau, running heads naming it at every page break; the
#     cases name no labour bureau of their own
COVER_TRAP = """令和３年度
生活保護受給者等就労自立促進事業　好事例集
群馬労働局

事例１
面接の前に、まず一緒に求人を見る
まえばし就労支援室（一体的実施施設）
前橋市・ハローワーク前橋　平成28年7月1日開設

【取組内容】
・求人検索を相談員と一緒に行う

【実績】
支援対象者数　目標120人　実績126人

- 1 -
群馬労働局　好事例集

事例２
織物のまちで、手に職を
きりゅう就労コーナー（常設窓口）
桐生市・ハローワーク桐生　令和元年5月7日開設

【取組内容】
・縫製事業所での職場体験を案内

【実績】
支援対象者数　目標50人　実績52人
"""
COVER_TRAP_FACTS = [
    {"prefecture": "群馬県", "municipality": "前橋市", "labour_bureau": None,
     "hello_work": ("ハローワーク前橋",), "facility_name": "まえばし就労支援室",
     "facility_type": "一体的実施施設", "start_date": date(2016, 7, 1)},
    {"prefecture": "群馬県", "municipality": "桐生市", "labour_bureau": None,
     "hello_work": ("ハローワーク桐生",), "facility_name": "きりゅう就労コーナー",
     "facility_type": "常設窓口", "start_date": date(2019, 5, 7)},
]

# 12. TRAP: a neighbouring city named in the opening prose, a former name with its old date
NEIGHBOUR_TRAP = """一体的実施の取組（茨城県）

事例１
隣の市からも通える、駅前の相談窓口
実施主体　水戸市
連携　　　茨城労働局・ハローワーク水戸
施設名　　みとジョブステーション（一体的実施施設）
開設日　　令和2年4月1日
　ひたちなか市や笠間市から通う人も多い。平成25年4月1日開設の旧「水戸就労相談コーナー」を移転・改称した。

【取組内容】
・駅前の商業ビルで夜7時まで相談

【実績】
支援対象者数　目標160人　実績171人

事例２
海のまちで、漁業と観光の仕事を
実施主体　日立市
連携　　　茨城労働局・ハローワーク日立
施設名　　ひたちワークサポート（常設窓口）
開設日　　平成30年10月1日
　高萩市や北茨城市の求人もあわせて紹介している。

【取組内容】
・観光施設の季節求人を紹介

【実績】
支援対象者数　目標80人　実績86人
"""
NEIGHBOUR_TRAP_FACTS = [
    {"prefecture": "茨城県", "municipality": "水戸市", "labour_bureau": "茨城労働局",
     "hello_work": ("ハローワーク水戸",), "facility_name": "みとジョブステーション",
     "facility_type": "一体的実施施設", "start_date": date(2020, 4, 1)},
    {"prefecture": "茨城県", "municipality": "日立市", "labour_bureau": "茨城労働局",
     "hello_work": ("ハローワーク日立",), "facility_name": "ひたちワークサポート",
     "facility_type": "常設窓口", "start_date": date(2018, 10, 1)},
]

# 13. facts in sentences deep in the case (a minutes-like record): a quoted name with its
#     kind and a start date in a sentence, a title agreed as a キャッチフレーズ
SPOKEN_FACTS = """運営協議会記録（抜粋）

事例１　甲府市・山梨労働局・ハローワーク甲府
議題１　実績報告
事務局（ハローワーク甲府）
　「こうふ就労支援デスク」（一体的実施施設）は、平成二十七年十月一日に業務を開始しました。
　支援対象者数は目標150人に対し実績158人でした。
議題２　好事例集
事務局（甲府市生活福祉課）
　キャッチフレーズを「ぶどうの町の、はたらく相談室」とすることを提案します。

事例２　富山市・富山労働局・ハローワーク富山
議題１　実績報告
事務局（富山市生活支援課）
　「とやまワークサポート」（常設窓口）は、令和元年７月１日から運営しています。
　支援対象者数は目標100人に対し実績111人でした。
議題２　好事例集
事務局（ハローワーク富山）
　表題は「路面電車で通える、駅前の仕事相談」としたいと考えています。
"""
SPOKEN_FACTS_FACTS = [
    {"municipality": "甲府市", "labour_bureau": "山梨労働局", "hello_work": ("ハローワーク甲府",),
     "facility_name": "こうふ就労支援デスク", "facility_type": "一体的実施施設",
     "start_date": date(2015, 10, 1), "title": "ぶどうの町の、はたらく相談室"},
    {"municipality": "富山市", "labour_bureau": "富山労働局", "hello_work": ("ハローワーク富山",),
     "facility_name": "とやまワークサポート", "facility_type": "常設窓口",
     "start_date": date(2019, 7, 1), "title": "路面電車で通える、駅前の仕事相談"},
]

# 14. a tab-aligned card of two columns, a ■ title, ``R2.4.1`` / ``2019/10/1`` dates
TAB_CARD = """長野県の一体的実施

事例１
■夜も開いている、駅前の仕事相談
項目\t内容
設置自治体\t長野県長野市
労働局\t長野労働局
安定所\tハローワーク長野
窓口名\tながの就労ナビ（常設窓口）
開設日\tR2.4.1

【取組内容】
・平日は夜7時まで相談を受け付け

【実績】
支援対象者数　目標100人　実績112人

事例２
■城下町で、はじめての職場体験
項目\t内容
設置自治体\t長野県松本市
労働局\t長野労働局
安定所\tハローワーク松本
窓口名\tまつもと就労支援室（一体的実施施設）
開設日\t2019/10/1

【取組内容】
・市内の事業所で職場体験を実施

【実績】
支援対象者数　目標80人　実績83人
"""
TAB_CARD_FACTS = [
    {"title": "夜も開いている、駅前の仕事相談", "prefecture": "長野県", "municipality": "長野市",
     "labour_bureau": "長野労働局", "hello_work": ("ハローワーク長野",),
     "facility_name": "ながの就労ナビ", "facility_type": "常設窓口",
     "start_date": date(2020, 4, 1)},
    {"title": "城下町で、はじめての職場体験", "prefecture": "長野県", "municipality": "松本市",
     "labour_bureau": "長野労働局", "hello_work": ("ハローワーク松本",),
     "facility_name": "まつもと就労支援室", "facility_type": "一体的実施施設",
     "start_date": date(2019, 10, 1)},
]

# 15. wards with the prefecture omitted, a Gregorian date with the era in brackets, the
#     fiscal year only in the results heading
WARDS = """政令市の区役所での取組

事例１
区役所の一角で、毎日の職業相談
札幌市北区・北海道労働局・ハローワーク札幌北
きた区就労サポートコーナー（一体的実施施設）
2019年（令和元年）7月1日開設

【取組内容】
・区の保健福祉課と毎朝打合せ

【2020年度の実績】
支援対象者数　目標150人　実績158人

事例２
ひとり親の相談を、区役所で一度に
名古屋市中村区・愛知労働局・ハローワーク名古屋中
なかむら就労支援デスク（常設窓口）
2017年（平成29年）10月2日開設

【取組内容】
・子育て支援の窓口と合同で相談会

【2020年度の実績】
支援対象者数　目標90人　実績94人
"""
WARDS_FACTS = [
    {"prefecture": "北海道", "municipality": "札幌市北区", "labour_bureau": "北海道労働局",
     "hello_work": ("ハローワーク札幌北",), "facility_name": "きた区就労サポートコーナー",
     "facility_type": "一体的実施施設", "start_date": date(2019, 7, 1), "fiscal_year": 2020},
    {"prefecture": "愛知県", "municipality": "名古屋市中村区", "labour_bureau": "愛知労働局",
     "hello_work": ("ハローワーク名古屋中",), "facility_name": "なかむら就労支援デスク",
     "facility_type": "常設窓口", "start_date": date(2017, 10, 2), "fiscal_year": 2020},
]

# 16. TRAP: a minutes-like record whose meeting title names its own year (``第1回``), the
#     results year only in the agenda line; the facts spoken by the secretariat
MEETING_YEAR_TRAP = """一体的実施　協議会記録

事例１　松江市・島根労働局・ハローワーク松江
令和3年度第1回運営協議会
議題１　令和2年度の実施状況について
事務局（松江市生活福祉課）
　「まつえ就労サポート」（一体的実施施設）は、平成28年4月1日に業務を開始しております。
　支援対象者数は目標120人に対し実績126人でした。

事例２　鳥取市・鳥取労働局・ハローワーク鳥取
令和3年度第1回運営協議会
議題１　令和2年度の実施状況について
事務局（ハローワーク鳥取）
　資料2に沿ってご説明します。「とっとり就労支援コーナー」（常設窓口）は、令和元年10月1日に業務を開始しました。
　支援対象者数は目標80人に対し実績85人でした。
"""
MEETING_YEAR_TRAP_FACTS = [
    {"municipality": "松江市", "labour_bureau": "島根労働局", "hello_work": ("ハローワーク松江",),
     "facility_name": "まつえ就労サポート", "facility_type": "一体的実施施設",
     "start_date": date(2016, 4, 1), "fiscal_year": 2020},
    {"municipality": "鳥取市", "labour_bureau": "鳥取労働局", "hello_work": ("ハローワーク鳥取",),
     "facility_name": "とっとり就労支援コーナー", "facility_type": "常設窓口",
     "start_date": date(2019, 10, 1), "fiscal_year": 2020},
]

DOCUMENTS = {
    "label_words": (LABEL_WORDS, LABEL_WORDS_FACTS),
    "stacked_labels": (STACKED_LABELS, STACKED_LABELS_FACTS),
    "opening_prose": (OPENING_PROSE, OPENING_PROSE_FACTS),
    "box_after_body": (BOX_AFTER_BODY, BOX_AFTER_BODY_FACTS),
    "separators": (SEPARATORS, SEPARATORS_FACTS),
    "two_offices": (TWO_OFFICES, TWO_OFFICES_FACTS),
    "date_forms": (DATE_FORMS, DATE_FORMS_FACTS),
    "title_forms": (TITLE_FORMS, TITLE_FORMS_FACTS),
    "title_marks": (TITLE_MARKS, TITLE_MARKS_FACTS),
    "contact_trap": (CONTACT_TRAP, CONTACT_TRAP_FACTS),
    "cover_trap": (COVER_TRAP, COVER_TRAP_FACTS),
    "neighbour_trap": (NEIGHBOUR_TRAP, NEIGHBOUR_TRAP_FACTS),
    "spoken_facts": (SPOKEN_FACTS, SPOKEN_FACTS_FACTS),
    "tab_card": (TAB_CARD, TAB_CARD_FACTS),
    "wards": (WARDS, WARDS_FACTS),
    "meeting_year_trap": (MEETING_YEAR_TRAP, MEETING_YEAR_TRAP_FACTS),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_header_facts_wherever_given(name: str) -> None:
    text, expected = DOCUMENTS[name]
    assert mismatches(text, expected) == []


def test_a_headline_wins_over_a_title_label() -> None:
    """A title stated under a label later in the case never replaces the case's headline."""
    import jirei

    case = (
        "事例{n}\n『{title}』\n"
        "{place}・三重労働局・ハローワーク{place_hw}　平成29年4月3日開設\n\n"
        "【取組内容】\n・駅前の窓口で毎日相談\n"
        "・キャッチフレーズを「駅から三分の仕事相談」とした広報を配布\n\n"
        "【実績】\n支援対象者数　目標100人　実績104人\n\n"
    )
    text = case.format(n=1, title="大きな駅の前で、毎日の職業相談", place="津市", place_hw="津") + (
        case.format(n=2, title="港の町で、朝の職業相談", place="四日市市", place_hw="四日市")
    )
    doc = jirei.parse_text(text)
    assert [p.title for p in doc.profiles] == [
        "大きな駅の前で、毎日の職業相談", "港の町で、朝の職業相談"
    ]


# one case alone: the headline under its label, a partner line with its date under it
ONE_CASE = [
    ("取組事例\n\n事例１\n大きな駅の前で、毎日の職業相談\n"
     "岐阜市・岐阜労働局・ハローワーク岐阜　平成29年4月3日開設\n\n"
     "【取組内容】\n・駅前の窓口で毎日相談\n\n【実績】\n支援対象者数　目標100人　実績104人\n",
     {"title": "大きな駅の前で、毎日の職業相談", "municipality": "岐阜市",
      "labour_bureau": "岐阜労働局", "hello_work": ("ハローワーク岐阜",),
      "start_date": date(2017, 4, 3)}),
    ("令和２年度の取組\n\n【事例】\n■港の倉庫街で、物流の仕事を一緒に探す\n"
     "三重県四日市市 ／ 三重労働局 ／ ハローワーク四日市　令和2年4月1日開設\n\n"
     "【取組内容】\n・物流事業所の見学会を開催\n\n【実績】\n就職者数　目標60人　実績66人\n",
     {"title": "港の倉庫街で、物流の仕事を一緒に探す", "prefecture": "三重県",
      "municipality": "四日市市", "labour_bureau": "三重労働局",
      "hello_work": ("ハローワーク四日市",), "start_date": date(2020, 4, 1)}),
]


@pytest.mark.parametrize("index", range(len(ONE_CASE)))
def test_one_case_headline_above_its_partner_line(index: int) -> None:
    text, expected = ONE_CASE[index]
    assert mismatches(text, [expected]) == []


@pytest.mark.parametrize("name", ["spoken_facts", "title_marks"])
def test_title_spans_point_at_the_title(name: str) -> None:
    import unicodedata

    import jirei

    text, _expected = DOCUMENTS[name]
    for profile in jirei.parse_text(text).profiles:
        span = profile.spans["title"]
        written = unicodedata.normalize("NFKC", text[span.start : span.end])
        assert written == profile.title
