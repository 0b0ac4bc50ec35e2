"""Cases that no header, label or partner line opens (branch ``cases7``, decisions 1600–1629):
one case a page or a sheet separated only by form feeds or a repeated sheet title, each page a
card of ``label<TAB>value`` rows (or two space-aligned columns) whose first row names the place
or the facility; cases numbered in kanji (``事例一``, ``その二``) or with ordinal words opening a
box of label and value lines; a case opener that is only the facility name with its kind; a
document that also holds a contents list and an index table naming every case; a header at the
END of its case; a document of exactly one case with no opener at all.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, people, prose and figures). Every expected fact was
written by hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

import datetime

import pytest
from tests._variants import facts

import jirei

D = datetime.date

# 1. one case a page: form feeds only, each page a card of label<TAB>value rows
FF_TAB_CARDS = (
    "令和２年度　一体的実施　取組カード（東北ブロック）\n\n"
    "自治体名\t山形県鶴岡市\n"
    "労働局\t山形労働局\n"
    "ハローワーク\tハローワーク鶴岡\n"
    "施設名\tジョブサポートつるおか\n"
    "開設日\t平成27年10月1日\n"
    "取組の概要\t市の福祉課の隣に職業相談の窓口を置き、生活保護受給者の就職を支える。\n"
    "就職者数\t目標120人\t実績131人\n"
    "\f"
    "自治体名\t秋田県横手市\n"
    "労働局\t秋田労働局\n"
    "ハローワーク\tハローワーク横手\n"
    "施設名\tよこてワークステーション\n"
    "開設日\t平成28年4月1日\n"
    "取組の概要\t市役所の一角で、子育て中の人の就職相談を予約制で受ける。\n"
    "就職者数\t目標80人\t実績86人\n"
    "\f"
    "自治体名\t岩手県花巻市\n"
    "労働局\t岩手労働局\n"
    "ハローワーク\tハローワーク花巻\n"
    "施設名\tはなまき就労支援コーナー\n"
    "開設日\t平成29年7月3日\n"
    "取組の概要\t高齢者の就職相談を、市の地域包括支援の窓口と一緒に受ける。\n"
    "就職者数\t目標60人\t実績58人\n"
)
FF_TAB_CARDS_FACTS = [
    {"prefecture": "山形県", "municipality": "鶴岡市", "start_date": D(2015, 10, 1),
     "metric": ("就職者数", 131)},
    {"prefecture": "秋田県", "municipality": "横手市", "start_date": D(2016, 4, 1),
     "metric": ("就職者数", 86)},
    {"prefecture": "岩手県", "municipality": "花巻市", "start_date": D(2017, 7, 3),
     "metric": ("就職者数", 58)},
]

# 2. one case a sheet: a repeated sheet title, label and value in two space-aligned columns
SHEET_COLUMNS = """一体的実施事業　事例シート

所在地          長野県松本市
連携先          長野労働局・ハローワーク松本
施設名          まつもと就職サポートデスク
開設            H27.10.1
取組内容        市の生活就労支援センターに常設窓口を置き、相談から職業紹介まで一か所で行う。
支援対象者数    目標 200人   実績 214人

一体的実施事業　事例シート

所在地          長野県上田市
連携先          長野労働局・ハローワーク上田
施設名          うえだ仕事相談室
開設            H28.6.1
取組内容        若年者と子育て中の人を対象に、夕方の相談時間を設けている。
支援対象者数    目標 150人   実績 163人
"""
SHEET_COLUMNS_FACTS = [
    {"prefecture": "長野県", "municipality": "松本市", "start_date": D(2015, 10, 1),
     "metric": ("支援対象者数", 214)},
    {"prefecture": "長野県", "municipality": "上田市", "start_date": D(2016, 6, 1),
     "metric": ("支援対象者数", 163)},
]

# 3. cases numbered in kanji (事例一 …), each opening a box of label lines and value lines
KANJI_BOXES = """平成29年度　生活保護受給者等就労自立促進事業　取組紹介

事例一
自治体
三重県津市
ハローワーク
三重労働局　ハローワーク津
開設年月日
平成28年1月4日
取組
市役所１階に「つ・しごと相談窓口」を設け、福祉事務所の職員と相談員が並んで相談を受ける。
実績
就職者数　目標150人　実績162人

事例二
自治体
三重県四日市市
ハローワーク
三重労働局　ハローワーク四日市
開設年月日
平成28年10月3日
取組
駅前の商業施設に窓口を置き、土曜日にも相談を受けている。
実績
就職者数　目標200人　実績207人

事例三
自治体
三重県伊勢市
ハローワーク
三重労働局　ハローワーク伊勢
開設年月日
平成29年4月3日
取組
ひとり親家庭の就職相談を、児童扶養手当の窓口と一緒に受ける。
実績
就職者数　目標70人　実績74人
"""
KANJI_BOXES_FACTS = [
    {"prefecture": "三重県", "municipality": "津市", "start_date": D(2016, 1, 4),
     "metric": ("就職者数", 162)},
    {"prefecture": "三重県", "municipality": "四日市市", "start_date": D(2016, 10, 3),
     "metric": ("就職者数", 207)},
    {"prefecture": "三重県", "municipality": "伊勢市", "start_date": D(2017, 4, 3),
     "metric": ("就職者数", 74)},
]

# 4. その一 / その二 labels, the place on the line below in a facts box
SONO_LABELS = """ハローワークと市の協働　現場から

その一
【所在地】高知県高知市
【連携】高知労働局・ハローワーク高知
【開設】2016年4月1日
【取組】市の福祉事務所内に常設の相談窓口を設置し、就労意欲の喚起から定着まで支援している。
【実績】就職者数　目標100人　実績118人

その二
【所在地】徳島県徳島市
【連携】徳島労働局・ハローワーク徳島
【開設】2017年10月2日
【取組】若者の就職相談を、市の若者サポートステーションと共同で行う。
【実績】就職者数　目標90人　実績95人
"""
SONO_LABELS_FACTS = [
    {"prefecture": "高知県", "municipality": "高知市", "start_date": D(2016, 4, 1),
     "metric": ("就職者数", 118)},
    {"prefecture": "徳島県", "municipality": "徳島市", "start_date": D(2017, 10, 2),
     "metric": ("就職者数", 95)},
]

# 5. ordinal words (一つ目の事例 …) with a facts box of label:value lines
ORDINAL_WORDS = """令和元年度　九州ブロック　一体的実施の取組

■一つ目の事例
自治体：佐賀県佐賀市
労働局：佐賀労働局
ハローワーク：ハローワーク佐賀
開設日：令和元年５月７日
取組の内容：市の生活自立支援センターの中に職業相談の席を置いた。
就職者数：目標　８０人　実績　９１人

■二つ目の事例
自治体：大分県大分市
労働局：大分労働局
ハローワーク：ハローワーク大分
開設日：平成３０年１０月１日
取組の内容：市の子育て支援課と、ひとり親の就職相談を毎週行っている。
就職者数：目標　６０人　実績　６４人
"""
ORDINAL_WORDS_FACTS = [
    {"prefecture": "佐賀県", "municipality": "佐賀市", "start_date": D(2019, 5, 7),
     "metric": ("就職者数", 91)},
    {"prefecture": "大分県", "municipality": "大分市", "start_date": D(2018, 10, 1),
     "metric": ("就職者数", 64)},
]

# 6. the opener is only the facility name with its kind, followed by a facts box
FACILITY_OPENERS = """北海道労働局　一体的実施施設の紹介

ジョブガイドあさひかわ（常設窓口）
所在地　北海道旭川市
運営　北海道労働局・ハローワーク旭川
開設　平成27年4月1日
市の保護課と一体となって、相談から定着までを支援している。
就職者数　目標300人　実績322人

ワークサポートくしろ（常設窓口）
所在地　北海道釧路市
運営　北海道労働局・ハローワーク釧路
開設　平成28年7月1日
市役所の中で、生活困窮者の相談と職業紹介をあわせて行う。
就職者数　目標140人　実績151人
"""
FACILITY_OPENERS_FACTS = [
    {"prefecture": "北海道", "municipality": "旭川市", "start_date": D(2015, 4, 1),
     "facility_name": "ジョブガイドあさひかわ", "metric": ("就職者数", 322)},
    {"prefecture": "北海道", "municipality": "釧路市", "start_date": D(2016, 7, 1),
     "facility_name": "ワークサポートくしろ", "metric": ("就職者数", 151)},
]

# 7. a contents list and an index table naming every case: neither opens a case
CONTENTS_INDEX = """平成30年度　一体的実施事業　好事例集

目次
　事例一　福井県福井市 ………… 2
　事例二　石川県金沢市 ………… 4
　事例三　富山県富山市 ………… 6

事例一覧
番号\t自治体\t施設名\t開設
一\t福井市\tふくいジョブスポット\tH27.10.1
二\t金沢市\tかなざわ就労支援室\tH28.4.1
三\t富山市\tとやま仕事サポート\tH29.1.4

事例一　福井県福井市
市役所の隣で、相談をひとつに
【取組内容】
・福祉の窓口から、その日のうちに職業相談につなぐ。
【実績】
就職者数　目標100人　実績104人

事例二　石川県金沢市
駅前で、子育て中の人の仕事探しを
【取組内容】
・保育所の入所相談と一緒に、仕事の相談を受ける。
【実績】
就職者数　目標80人　実績83人

事例三　富山県富山市
若者の仕事探しを夜まで
【取組内容】
・平日の夜と土曜に相談を受ける。
【実績】
就職者数　目標50人　実績57人
"""
CONTENTS_INDEX_FACTS = [
    {"prefecture": "福井県", "municipality": "福井市", "metric": ("就職者数", 104)},
    {"prefecture": "石川県", "municipality": "金沢市", "metric": ("就職者数", 83)},
    {"prefecture": "富山県", "municipality": "富山市", "metric": ("就職者数", 57)},
]

# 8. each case's header stands at its END (a signature line naming the partners)
HEADER_AT_END = """令和３年度　一体的実施の取組から（中国ブロック）

◇相談の入口をひとつに
生活保護の相談に来た人を、その場で職業相談につなぐ仕組みをつくった。
福祉事務所の相談員とハローワークの就職支援ナビゲーターが、毎朝打合せをしている。
就職者数　目標120人　実績133人
（島根県松江市・島根労働局・ハローワーク松江）

◇夜の相談窓口
仕事帰りの人も相談できるよう、週２回、夜８時まで窓口を開けている。
利用者の半数が、夜の時間帯の相談だった。
就職者数　目標70人　実績76人
（鳥取県鳥取市・鳥取労働局・ハローワーク鳥取）
"""
HEADER_AT_END_FACTS = [
    {"prefecture": "島根県", "municipality": "松江市", "metric": ("就職者数", 133)},
    {"prefecture": "鳥取県", "municipality": "鳥取市", "metric": ("就職者数", 76)},
]

# 9. exactly one case, no opener at all: the place in the prose
ONE_CASE_PLAIN = """宮崎市は平成28年4月1日、市役所本庁舎にハローワーク宮崎の窓口を開設した。
宮崎労働局と市が協定を結び、生活保護受給者と児童扶養手当受給者の就職を一緒に支援している。

【取組内容】
・福祉の窓口で就職の希望を聞き取り、その日のうちに相談員へつなぐ。
・月１回、ケース会議を開き、支援の方針をそろえる。

【実績】
就職者数　目標150人　実績168人
"""
ONE_CASE_PLAIN_FACTS = [
    {"prefecture": "宮崎県", "municipality": "宮崎市", "start_date": D(2016, 4, 1),
     "metric": ("就職者数", 168)},
]

# 10. form feeds with running heads and page numbers: one case a page
FF_RUNNING_HEADS = (
    "一体的実施事業　取組状況報告（沖縄・九州）\n\n"
    "取組状況報告　　　　　　　　　　　　　　－１－\n"
    "沖縄県那覇市\n"
    "連携　沖縄労働局／ハローワーク那覇\n"
    "開設　H27.10.1\n"
    "市の保護課の窓口の隣に、職業相談のブースを置いている。\n"
    "就職者数　目標100人　実績112人\n"
    "\f"
    "取組状況報告　　　　　　　　　　　　　　－２－\n"
    "熊本県八代市\n"
    "連携　熊本労働局／ハローワーク八代\n"
    "開設　H28.10.3\n"
    "市の子育て支援の窓口で、母子家庭の母の就職相談を受けている。\n"
    "就職者数　目標40人　実績45人\n"
    "\f"
    "取組状況報告　　　　　　　　　　　　　　－３－\n"
    "鹿児島県鹿屋市\n"
    "連携　鹿児島労働局／ハローワーク鹿屋\n"
    "開設　H29.4.3\n"
    "若者の就職相談を、市の商工の窓口と共同で行う。\n"
    "就職者数　目標30人　実績33人\n"
)
FF_RUNNING_HEADS_FACTS = [
    {"prefecture": "沖縄県", "municipality": "那覇市", "start_date": D(2015, 10, 1),
     "metric": ("就職者数", 112)},
    {"prefecture": "熊本県", "municipality": "八代市", "start_date": D(2016, 10, 3),
     "metric": ("就職者数", 45)},
    {"prefecture": "鹿児島県", "municipality": "鹿屋市", "start_date": D(2017, 4, 3),
     "metric": ("就職者数", 33)},
]

# 11. form feeds, cards whose first row names the facility (｜-less, two spaces), Gregorian dates
FF_FACILITY_CARDS = (
    "2019年度　一体的実施施設　カード集\n"
    "\f"
    "施設名称　　ワークプラザあおもり\n"
    "所在地　　　青森県青森市\n"
    "ハローワーク　ハローワーク青森（青森労働局）\n"
    "開設年月日　2014年10月1日\n"
    "特色　　　　市の福祉部門と同じフロアで相談を受ける。\n"
    "就職者数　　目標250人　実績262人\n"
    "\f"
    "施設名称　　ジョブカフェひろさき\n"
    "所在地　　　青森県弘前市\n"
    "ハローワーク　ハローワーク弘前（青森労働局）\n"
    "開設年月日　2016年4月1日\n"
    "特色　　　　若者とひとり親の相談を夕方まで受ける。\n"
    "就職者数　　目標90人　実績97人\n"
)
FF_FACILITY_CARDS_FACTS = [
    {"prefecture": "青森県", "municipality": "青森市", "start_date": D(2014, 10, 1),
     "facility_name": "ワークプラザあおもり", "metric": ("就職者数", 262)},
    {"prefecture": "青森県", "municipality": "弘前市", "start_date": D(2016, 4, 1),
     "facility_name": "ジョブカフェひろさき", "metric": ("就職者数", 97)},
]

# 12. a repeated form title (様式) opening each case, full-width numerals in the facts
FORM_TITLE_REPEATED = """様式１　一体的実施事業　取組報告書
都道府県名　静岡県
市町村名　浜松市
労働局名　静岡労働局
ハローワーク名　ハローワーク浜松
事業開始日　平成２７年１０月１日
１　取組の概要
　市の生活福祉課に常設窓口を置き、就職までを一貫して支援した。
２　実績
就職者数　目標２００人　実績２１６人

様式１　一体的実施事業　取組報告書
都道府県名　静岡県
市町村名　沼津市
労働局名　静岡労働局
ハローワーク名　ハローワーク沼津
事業開始日　平成２８年４月１日
１　取組の概要
　駅前の窓口で、子育て中の人の就職相談を受けた。
２　実績
就職者数　目標６０人　実績６８人
"""
FORM_TITLE_REPEATED_FACTS = [
    {"prefecture": "静岡県", "municipality": "浜松市", "start_date": D(2015, 10, 1),
     "metric": ("就職者数", 216)},
    {"prefecture": "静岡県", "municipality": "沼津市", "start_date": D(2016, 4, 1),
     "metric": ("就職者数", 68)},
]

# 13. a summary table after the cases naming every case: it opens no case
SUMMARY_AFTER = """令和２年度　好事例（関東）

事例その１　栃木県宇都宮市
宇都宮駅の窓口で若者を支える
【取組】
・駅ビルの中で、学生と若者の就職相談を受ける。
【実績】
就職者数　目標90人　実績99人

事例その２　群馬県前橋市
市役所の中の常設窓口
【取組】
・福祉の窓口から、その場で職業相談に案内する。
【実績】
就職者数　目標120人　実績126人

（参考）各事例の実績一覧
自治体\t目標\t実績
宇都宮市\t90人\t99人
前橋市\t120人\t126人
"""
SUMMARY_AFTER_FACTS = [
    {"prefecture": "栃木県", "municipality": "宇都宮市", "metric": ("就職者数", 99)},
    {"prefecture": "群馬県", "municipality": "前橋市", "metric": ("就職者数", 126)},
]

# 14. cards numbered by a ``No.`` row over the place row, a cover and a contents list first
NUMBERED_CARDS = """令和４年度　一体的実施　事例カード集

目次
１　香川県高松市 …… １
２　愛媛県松山市 …… ２

No.\t1
市町村\t香川県高松市
連携ハローワーク\tハローワーク高松
開始日\tR2.4.1
概要\t市の生活自立支援の窓口の隣で、職業相談を毎日行っている。
就職件数\t目標90件\t実績102件

No.\t2
市町村\t愛媛県松山市
連携ハローワーク\tハローワーク松山
開始日\tR3.10.1
概要\t市役所の別館で、若者と子育て中の人の職業相談を受けている。
就職件数\t目標70件\t実績71件
"""
NUMBERED_CARDS_FACTS = [
    {"prefecture": "香川県", "municipality": "高松市", "start_date": D(2020, 4, 1),
     "metric": ("就職件数", 102)},
    {"prefecture": "愛媛県", "municipality": "松山市", "start_date": D(2021, 10, 1),
     "metric": ("就職件数", 71)},
]

# 15. each case's partners in brackets closing it, under sections of its own
BRACKET_SIGNATURE = """地域の取組から　第３号

◆駅前の相談窓口がにぎわう
【取組】
・駅ビルの一角で、平日夜と土曜に職業相談を行う。
【実績】
就職者数　目標80人　実績84人
〔福岡県北九州市・福岡労働局・ハローワーク小倉〕

◆ひとり親の就職を、児童扶養手当の窓口で
【取組】
・現況届の時期に、相談員が市の窓口に出向く。
【実績】
就職者数　目標50人　実績53人
〔熊本県熊本市・熊本労働局・ハローワーク熊本〕
"""
BRACKET_SIGNATURE_FACTS = [
    {"prefecture": "福岡県", "municipality": "北九州市", "metric": ("就職者数", 84)},
    {"prefecture": "熊本県", "municipality": "熊本市", "metric": ("就職者数", 53)},
]

# 16. a facility's name with its kind as the first row of each form-fed card
FF_NAMED_KIND = (
    "ジョブステーションさかた（一体的実施施設）\n"
    "所在地：山形県酒田市\n"
    "連携：山形労働局・ハローワーク酒田\n"
    "開設：平成26年10月1日\n"
    "生活保護受給者等の就職支援　目標120人　実績126人\n"
    "\f"
    "ワークサポートよねざわ（一体的実施施設）\n"
    "所在地：山形県米沢市\n"
    "連携：山形労働局・ハローワーク米沢\n"
    "開設：平成27年4月1日\n"
    "生活保護受給者等の就職支援　目標90人　実績93人\n"
)
FF_NAMED_KIND_FACTS = [
    {"prefecture": "山形県", "municipality": "酒田市", "start_date": D(2014, 10, 1),
     "facility_name": "ジョブステーションさかた"},
    {"prefecture": "山形県", "municipality": "米沢市", "start_date": D(2015, 4, 1),
     "facility_name": "ワークサポートよねざわ"},
]

# 17. one case, its place in a data box only, no opener, comments after the results
ONE_CASE_BOX = """【取組の概要】
市役所の福祉事務所に常設窓口を置き、生活保護受給者の就職を支援している。

【実績】
就職者数　目標200人　実績231人

【関係者の声】
＜市福祉事務所＞
毎日、顔を合わせて相談できるようになった。

＜施設データ＞
自治体：和歌山県和歌山市
労働局：和歌山労働局
開設：平成27年10月1日
"""
ONE_CASE_BOX_FACTS = [
    {"prefecture": "和歌山県", "municipality": "和歌山市", "start_date": D(2015, 10, 1),
     "metric": ("就職者数", 231)},
]

# 18. an index table whose header row is the cards' first label (自治体名), then the cards
INDEX_CARDS = """令和元年度　一体的実施　取組一覧と事例カード

自治体名\t施設名\t就職者数
群馬県太田市\tおおたジョブサポート\t112人
栃木県小山市\tおやまワークステーション\t75人

自治体名\t群馬県太田市
ハローワーク\tハローワーク太田
施設名\tおおたジョブサポート
開設日\t平成28年10月3日
取組\t市の福祉課の隣で職業相談を行う。
就職者数\t目標100人\t実績112人

自治体名\t栃木県小山市
ハローワーク\tハローワーク小山
施設名\tおやまワークステーション
開設日\t平成29年4月3日
取組\t市役所の中で、子育て中の人の相談を受ける。
就職者数\t目標70人\t実績75人
"""
INDEX_CARDS_FACTS = [
    {"prefecture": "群馬県", "municipality": "太田市", "start_date": D(2016, 10, 3),
     "metric": ("就職者数", 112)},
    {"prefecture": "栃木県", "municipality": "小山市", "start_date": D(2017, 4, 3),
     "metric": ("就職者数", 75)},
]

# 19. each sheet opens with the same programme name (事業名), the place on the next row
SAME_NAME_ROW = """事業名　生活保護受給者等就労自立促進事業
実施自治体　新潟県長岡市
連携先　新潟労働局・ハローワーク長岡
開始日　平成27年4月1日
支援対象者数　目標250人　実績262人

事業名　生活保護受給者等就労自立促進事業
実施自治体　新潟県上越市
連携先　新潟労働局・ハローワーク上越
開始日　平成28年4月1日
支援対象者数　目標120人　実績131人
"""
SAME_NAME_ROW_FACTS = [
    {"prefecture": "新潟県", "municipality": "長岡市", "start_date": D(2015, 4, 1),
     "metric": ("支援対象者数", 262)},
    {"prefecture": "新潟県", "municipality": "上越市", "start_date": D(2016, 4, 1),
     "metric": ("支援対象者数", 131)},
]

VARIANTS = {
    "ff_tab_cards": (FF_TAB_CARDS, FF_TAB_CARDS_FACTS),
    "sheet_columns": (SHEET_COLUMNS, SHEET_COLUMNS_FACTS),
    "kanji_boxes": (KANJI_BOXES, KANJI_BOXES_FACTS),
    "sono_labels": (SONO_LABELS, SONO_LABELS_FACTS),
    "ordinal_words": (ORDINAL_WORDS, ORDINAL_WORDS_FACTS),
    "facility_openers": (FACILITY_OPENERS, FACILITY_OPENERS_FACTS),
    "contents_index": (CONTENTS_INDEX, CONTENTS_INDEX_FACTS),
    "header_at_end": (HEADER_AT_END, HEADER_AT_END_FACTS),
    "one_case_plain": (ONE_CASE_PLAIN, ONE_CASE_PLAIN_FACTS),
    "ff_running_heads": (FF_RUNNING_HEADS, FF_RUNNING_HEADS_FACTS),
    "ff_facility_cards": (FF_FACILITY_CARDS, FF_FACILITY_CARDS_FACTS),
    "form_title_repeated": (FORM_TITLE_REPEATED, FORM_TITLE_REPEATED_FACTS),
    "summary_after": (SUMMARY_AFTER, SUMMARY_AFTER_FACTS),
    "numbered_cards": (NUMBERED_CARDS, NUMBERED_CARDS_FACTS),
    "bracket_signature": (BRACKET_SIGNATURE, BRACKET_SIGNATURE_FACTS),
    "ff_named_kind": (FF_NAMED_KIND, FF_NAMED_KIND_FACTS),
    "one_case_box": (ONE_CASE_BOX, ONE_CASE_BOX_FACTS),
    "index_cards": (INDEX_CARDS, INDEX_CARDS_FACTS),
    "same_name_row": (SAME_NAME_ROW, SAME_NAME_ROW_FACTS),
}


def case_mismatches(text: str, expected: list[dict[str, object]]) -> list[str]:
    """Profile count, then each case's facts; ``metric`` is (label, actual value) that one of
    the case's metrics must state."""
    doc = jirei.parse_text(text)
    if len(doc.profiles) != len(expected):
        return [f"{len(doc.profiles)} profiles, expected {len(expected)}"]
    out = []
    for n, (profile, want) in enumerate(zip(doc.profiles, expected, strict=True), 1):
        got = facts(profile)
        for key, value in want.items():
            if key == "metric":
                label, actual = value  # type: ignore[misc]
                stated = [
                    (m.label, m.actual.value) for m in profile.metrics if m.actual is not None
                ]
                if (label, actual) not in stated:
                    out.append(f"case {n} metric {value!r} not in {stated!r}")
            elif got[key] != value:
                out.append(f"case {n} {key}: {got[key]!r} != {value!r}")
    return out


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_cases_read_apart(name: str) -> None:
    text, expected = VARIANTS[name]
    assert case_mismatches(text, expected) == []


# what must NOT be cut or opened

# a single card: one case, its box's fields once each
ONE_CARD = """一体的実施施設　紹介カード

自治体名\t福島県郡山市
労働局\t福島労働局
ハローワーク\tハローワーク郡山
開設日\t平成28年4月1日
取組の概要\t市役所の中で、生活保護受給者の就職相談を受ける。
就職者数\t目標100人\t実績108人
"""

# one case whose box names two facilities of the same city (所在地 twice): no cut
SAME_PLACE_TWICE = """事例　福島県いわき市
二つの窓口で、ひとつの支援を

【取組内容】
所在地：福島県いわき市平
市役所本庁舎の窓口で、生活保護の相談から職業相談につなぐ。
所在地：福島県いわき市小名浜
支所の窓口でも、週２回、同じ相談を受ける。

【実績】
就職者数　目標150人　実績161人
"""


def test_one_card_is_one_case() -> None:
    """A single card with no opener is the document's one case (decision 1603)."""
    doc = jirei.parse_text(ONE_CARD)
    assert [(p.municipality, p.start_date) for p in doc.profiles] == [("郡山市", D(2016, 4, 1))]


def test_same_place_twice_is_no_cut() -> None:
    """``所在地`` twice in one case, naming the same city: one case (decision 1601).
    (``事例　福島県いわき市``, a label without a number, is no label line: the case reads no
    municipality from it, a gap not asserted here.)"""
    doc = jirei.parse_text(SAME_PLACE_TWICE)
    assert [p.title for p in doc.profiles] == ["二つの窓口で、ひとつの支援を"]


def test_results_lines_open_no_case() -> None:
    """A field line stating a figure (every card's results row) is no opening field."""
    from jirei.boxcases import opening_fields
    from jirei.normalise import normalise
    from jirei.segment import segment

    text = "\n\n".join(
        f"◇{title}\n{prose}\n就職者数：目標{n}0人　実績{n}3人\n（{place}・{bureau}・{office}）"
        for n, title, prose, place, bureau, office in (
            (8, "駅前", "駅前で相談を受ける。", "島根県出雲市", "島根労働局", "ハローワーク出雲"),
            (9, "夜間", "夜も相談を受ける。", "鳥取県米子市", "鳥取労働局", "ハローワーク米子"),
        )
    )
    seg = segment(normalise(text).text)
    assert opening_fields(seg.lines, 0, len(seg.lines)) == []
    assert [p.municipality for p in jirei.parse_text(text).profiles] == ["出雲市", "米子市"]


def test_partner_lines_that_open_cases_close_none() -> None:
    """Partner lines with material after the last one open their cases (decision 1380): the
    closing reading (decision 1604) leaves them alone."""
    from jirei.closingpartners import closing_cases
    from jirei.normalise import normalise
    from jirei.segment import segment

    text = "\n\n".join(
        f"{place}・{bureau}・{office}\n{prose}\n就職者数　目標{n}0人　実績{n}4人"
        for n, place, bureau, office, prose in (
            (5, "山口県下関市", "山口労働局", "ハローワーク下関", "市役所で相談を受ける。"),
            (6, "山口県宇部市", "山口労働局", "ハローワーク宇部", "駅前で相談を受ける。"),
        )
    )
    seg = segment(normalise(text).text)
    assert closing_cases(seg.lines) == []
    assert [p.municipality for p in jirei.parse_text(text).profiles] == ["下関市", "宇部市"]


def test_one_case_needs_each_section_once() -> None:
    """Two results sections are two cases the rules could not tell apart: no guess."""
    from jirei.normalise import normalise
    from jirei.onecase import one_case
    from jirei.segment import segment

    more = "\n【取組内容】\n・夜も相談を受ける。\n\n【実績】\n就職者数　目標10人　実績12人\n"
    text = ONE_CASE_PLAIN + more
    seg = segment(normalise(text).text)
    assert one_case(seg.lines) == []


def test_glued_place_label_is_a_field() -> None:
    """``市町村名　浜松市`` whose space normalisation removed is still a field (1605); prose
    opening with a place label word is none."""
    from jirei.fields import read_field
    from jirei.lines import Line

    found = read_field(Line("市町村名浜松市", 0))
    assert found is not None and (found.kind, found.value) == ("place", "浜松市")
    assert read_field(Line("市町村名浜松市の取組は", 0)) is None


def test_run_on_reference_head_inside_a_case() -> None:
    """``（参考）その他の成果`` with the case's comments section after it is part of the
    case (1606); after the last case's sections it ends the case."""
    inside = (
        "（参考）その他の成果\n・説明会を２回開いた。\n\n"
        "【関係者の声】\n＜前橋市＞\n窓口が近くなった。\n\n"
    )
    text = SUMMARY_AFTER.replace("（参考）各事例の実績一覧", inside + "（参考）各事例の実績一覧")
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == 2
    assert doc.profiles[1].comments
    assert [m.label for m in doc.profiles[1].metrics] == ["就職者数"]


# a labelled case whose body holds its data box and a box on a neighbouring city
BOXES_IN_BODY = """令和３年度　好事例集

【事例１】長野県松本市
駅前で、仕事と暮らしの相談を

【取組内容】
・駅前の窓口で、市の相談員とハローワークの相談員が並んで相談を受ける。

＜施設データ＞
所在地：長野県松本市中央
開設：平成28年4月1日
就職者数　目標150人　実績158人

＜近隣の取組＞
所在地：長野県安曇野市
出張相談の利用者数　30人
"""


def test_boxes_in_a_case_body_open_no_case() -> None:
    """``所在地：…`` boxes in the body of a case opened above them (its label) are the case's
    own, even naming another city with a figure (decision 1601)."""
    doc = jirei.parse_text(BOXES_IN_BODY)
    assert [p.start_date for p in doc.profiles] == [D(2016, 4, 1)]


# one labelled case alone in its document
ONE_LABELLED = """令和元年度　好事例

【事例１】山形県山形市
ひとつの窓口で、生活と仕事の相談を

【取組内容】
・保護課の隣にハローワーク山形の相談員が常駐する。

【実績】
就職者数　目標120人　実績126人
"""


@pytest.mark.parametrize(
    "text",
    [
        ONE_LABELLED,
        ONE_LABELLED.replace("【事例１】", "事例１　"),
        ONE_LABELLED.replace("令和元年度　好事例\n\n", ""),
    ],
    ids=["bracketed", "spaced", "no_cover"],
)
def test_one_labelled_case_keeps_its_label_line(text: str) -> None:
    """The label line over a document's only case is that case's header (decision 1608):
    before, the case started at its headline and read no place."""
    doc = jirei.parse_text(text)
    assert [(p.prefecture, p.municipality) for p in doc.profiles] == [("山形県", "山形市")]
