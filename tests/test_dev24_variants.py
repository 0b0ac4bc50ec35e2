"""Reports as copied out of PDFs made in PowerPoint and Word (branch ``dev24``): doubled
"fake bold" labels (``事事例例１１``), letter-spaced labels (``実 施 自 治 体``), label and value
cells one per line, start dates split over two lines or written in kanji numerals / full-width
digits / ``H27.10.1``, running heads and page numbers between and inside cases, comment boxes
before their case's label (z-order), back matter (contents, 掲載事例一覧, 問い合わせ先).

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, people, prose and figures). Every expected fact was
written by hand from reading the document, never printed from the parser. Documents the parser
does not yet read fully are strict xfails naming the gap (a fix must remove the mark).
"""

from __future__ import annotations

import datetime

import pytest
from tests._variants import variant_tests

import jirei

D = datetime.date

# 1. Word report: kanji-numbered cases, label line / value line table, kanji dates,
#    running head and page number between cases
WORD_LABEL_VALUE = """令和２年度　一体的実施事業　取組事例集
－ １ －
事例一　新潟県長岡市
■ 市役所の中で仕事探しまで
実施自治体
新潟県長岡市
労働局・安定所
新潟労働局
ハローワーク長岡
施設名称
ながおか仕事相談室（常設窓口）
開設年月日
平成二十八年四月一日
１　取組の概要
（１）生活保護の窓口に来た人に、その場で職業相談を案内する。
２　令和２年度の目標と実績
就職者数　目標　１２０人　実績　１３１人
一体的実施事業　取組事例集
－ ２ －
事例二　富山県射水市
■ 子育て中の人の相談を夕方にも
実施自治体
富山県射水市
労働局・安定所
富山労働局
ハローワーク高岡
施設名称
いみず就労支援コーナー（常設窓口）
開設年月日
平成二十九年十月二日
１　取組の概要
（１）保育所の入所相談と同じ日に職業相談を受けられるようにした。
２　令和２年度の目標と実績
就職者数　目標　８０人　実績　８４人
"""
WORD_LABEL_VALUE_FACTS = [
    {
        "prefecture": "新潟県",
        "municipality": "長岡市",
        "labour_bureau": "新潟労働局",
        "hello_work": ("ハローワーク長岡",),
        "start_date": D(2016, 4, 1),
    },
    {
        "prefecture": "富山県",
        "municipality": "射水市",
        "labour_bureau": "富山労働局",
        "hello_work": ("ハローワーク高岡",),
        "start_date": D(2017, 10, 2),
    },
]

# 2. PowerPoint handout: fake-bold doubled labels, running head + bare page number per slide
SLIDES_FAKE_BOLD = """一体的実施の取組　好事例集（平成29年度）
1
事事例例１１
青森県弘前市 ｜ 青森労働局 ・ ハローワーク弘前
ひろさき就労支援センター（常設） 平成27年10月1日開設
取取組組内内容容
・市の福祉窓口の隣に相談員を置いた。
一体的実施の取組　好事例集（平成29年度）
2
事事例例２２
青森県八戸市 ｜ 青森労働局 ・ ハローワーク八戸
はちのへ仕事サポート（常設） 平成28年4月1日開設
取取組組内内容容
・生活保護受給者に担当者制で就職まで伴走する。
一体的実施の取組　好事例集（平成29年度）
3
"""
SLIDES_FAKE_BOLD_FACTS = [
    {
        "prefecture": "青森県",
        "municipality": "弘前市",
        "labour_bureau": "青森労働局",
        "hello_work": ("ハローワーク弘前",),
        "start_date": D(2015, 10, 1),
    },
    {
        "prefecture": "青森県",
        "municipality": "八戸市",
        "labour_bureau": "青森労働局",
        "hello_work": ("ハローワーク八戸",),
        "start_date": D(2016, 4, 1),
    },
]

# 3. brochure: REPORT + number, place line, DATA box, Gregorian dates, one split date
BROCHURE_REPORT = """就労支援の現場から 2021
CONTENTS
REPORT 01 静岡県沼津市 …… 2
REPORT 02 静岡県富士市 …… 4
就労支援の現場から ｜ REPORT 01
REPORT
01
静岡県沼津市
駅前の窓口が、暮らしと仕事の相談をつなぐ
DATA
施設名　ぬまづ就労支援ルーム（常設窓口）
開所　2015年
10月1日
連携　静岡労働局／ハローワーク沼津
所在地　沼津市御幸町
p.02
就労支援の現場から ｜ REPORT 02
REPORT
02
静岡県富士市
ひとり親の就職を、最初の一歩から
DATA
施設名　ふじ仕事相談コーナー（常設窓口）
開所　2017年4月3日
連携　静岡労働局／ハローワーク富士
所在地　富士市永田町
p.04
お問い合わせ先
静岡労働局 職業安定部 職業安定課
"""
BROCHURE_REPORT_FACTS = [
    {
        "prefecture": "静岡県",
        "municipality": "沼津市",
        "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク沼津",),
        "start_date": D(2015, 10, 1),
    },
    {
        "prefecture": "静岡県",
        "municipality": "富士市",
        "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク富士",),
        "start_date": D(2017, 4, 3),
    },
]

# 4. letter-spaced labels, label and value on one line, H27.10.1 dates
LETTER_SPACED = """平成30年度　一体的実施　事例報告
【事例１】
実 施 自 治 体　　福島県郡山市
労 働 局　　福島労働局
ハ ロ ー ワ ー ク　　ハローワーク郡山
施 設 名　　こおりやま就労相談室
開 設 日　　H27.10.1
取 組 内 容　　市役所の福祉課に相談員が常駐し、その日のうちに求人を紹介する。
【事例２】
実 施 自 治 体　　栃木県小山市
労 働 局　　栃木労働局
ハ ロ ー ワ ー ク　　ハローワーク小山
施 設 名　　おやま仕事サポート
開 設 日　　H28.7.1
取 組 内 容　　子育て中の人の相談を予約制で受け、託児を用意した。
【事例３】
実 施 自 治 体　　群馬県伊勢崎市
労 働 局　　群馬労働局
ハ ロ ー ワ ー ク　　ハローワーク伊勢崎
施 設 名　　いせさき就労支援コーナー
開 設 日　　H29.4.3
取 組 内 容　　外国籍の人の相談に通訳を付けている。
"""
LETTER_SPACED_FACTS = [
    {
        "prefecture": "福島県",
        "municipality": "郡山市",
        "labour_bureau": "福島労働局",
        "hello_work": ("ハローワーク郡山",),
        "start_date": D(2015, 10, 1),
    },
    {
        "prefecture": "栃木県",
        "municipality": "小山市",
        "labour_bureau": "栃木労働局",
        "hello_work": ("ハローワーク小山",),
        "start_date": D(2016, 7, 1),
    },
    {
        "prefecture": "群馬県",
        "municipality": "伊勢崎市",
        "labour_bureau": "群馬労働局",
        "hello_work": ("ハローワーク伊勢崎",),
        "start_date": D(2017, 4, 3),
    },
]

# 5. a case continued on the next slide (事例２（つづき）) must not open a third case
SLIDES_CONTINUED = """好事例集
事例１
千葉県船橋市 ｜ 千葉労働局 ・ ハローワーク船橋
ふなばし就職相談窓口 平成26年4月1日開設
取組内容
・市役所の生活支援課に相談員を置いた。
事例２
千葉県柏市 ｜ 千葉労働局 ・ ハローワーク松戸
かしわ仕事サポートデスク 平成27年10月1日開設
取組内容
・若者の相談を週に一度、夜間にも受けている。
事例２（つづき）
その他の取組
・市内の企業を回り、求人を開拓した。
"""
SLIDES_CONTINUED_FACTS = [
    {
        "prefecture": "千葉県",
        "municipality": "船橋市",
        "hello_work": ("ハローワーク船橋",),
        "start_date": D(2014, 4, 1),
    },
    {
        "prefecture": "千葉県",
        "municipality": "柏市",
        "hello_work": ("ハローワーク松戸",),
        "start_date": D(2015, 10, 1),
    },
]

# 6. comment boxes before the case label (z-order), contents page first
BOXES_BEFORE_LABEL = """目次
事例１　埼玉県川越市 …… 1
事例２　埼玉県所沢市 …… 2
＜川越市 福祉部 生活福祉課 コメント＞
市の窓口で相談を受けたその場で、求人を探せるようになりました。
＜ハローワーク川越 コメント＞
福祉の担当者と毎週打合せをしています。
事例１
埼玉県川越市 ｜ 埼玉労働局 ・ ハローワーク川越
かわごえ就労支援コーナー（常設） 平成27年4月1日開設
取組内容
・生活保護受給者の就職を担当者制で支える。
事例２
埼玉県所沢市 ｜ 埼玉労働局 ・ ハローワーク所沢
ところざわ仕事相談室（常設） 平成28年10月3日開設
取組内容
・ひとり親の相談を土曜日にも受けている。
"""
BOXES_BEFORE_LABEL_FACTS = [
    {
        "prefecture": "埼玉県",
        "municipality": "川越市",
        "hello_work": ("ハローワーク川越",),
        "start_date": D(2015, 4, 1),
    },
    {
        "prefecture": "埼玉県",
        "municipality": "所沢市",
        "hello_work": ("ハローワーク所沢",),
        "start_date": D(2016, 10, 3),
    },
]

# 7. Word report, fake-bold labels in the field table and a page number inside an item
WORD_FAKE_BOLD_FIELDS = """平成31年度　取組事例
事例１
実実施施自自治治体体
岐阜県大垣市
労労働働局局・・安安定定所所
岐阜労働局
ハローワーク大垣
開開設設年年月月日日
平成二十七年四月一日
１　取組の概要
（１）市役所の一角に窓口を置き、
－ ３ －
平成31年度　取組事例
福祉の担当者と一緒に相談を受ける。
事例２
実実施施自自治治体体
岐阜県多治見市
労労働働局局・・安安定定所所
岐阜労働局
ハローワーク多治見
開開設設年年月月日日
平成二十八年十月三日
１　取組の概要
（１）陶磁器の産地の企業と求人の相談会を開いた。
"""
WORD_FAKE_BOLD_FIELDS_FACTS = [
    {
        "prefecture": "岐阜県",
        "municipality": "大垣市",
        "labour_bureau": "岐阜労働局",
        "hello_work": ("ハローワーク大垣",),
        "start_date": D(2015, 4, 1),
    },
    {
        "prefecture": "岐阜県",
        "municipality": "多治見市",
        "labour_bureau": "岐阜労働局",
        "hello_work": ("ハローワーク多治見",),
        "start_date": D(2016, 10, 3),
    },
]

# 8. back matter: a list of every case at the end (掲載事例一覧) must open no case
WITH_CASE_LIST = """事例１　京都府宇治市
宇治市 × ハローワーク宇治
うじ就労支援コーナー 平成27年10月1日開設
取組内容
・福祉の窓口に相談員を置いた。
事例２　京都府舞鶴市
舞鶴市 × ハローワーク舞鶴
まいづる仕事相談室 平成28年4月1日開設
取組内容
・港の企業と一緒に求人説明会を開いた。
（参考）掲載事例一覧
事例１　京都府宇治市　うじ就労支援コーナー　平成27年10月
事例２　京都府舞鶴市　まいづる仕事相談室　平成28年4月
問い合わせ先
京都労働局 職業安定部 職業対策課
"""
WITH_CASE_LIST_FACTS = [
    {
        "prefecture": "京都府",
        "municipality": "宇治市",
        "hello_work": ("ハローワーク宇治",),
        "start_date": D(2015, 10, 1),
    },
    {
        "prefecture": "京都府",
        "municipality": "舞鶴市",
        "hello_work": ("ハローワーク舞鶴",),
        "start_date": D(2016, 4, 1),
    },
]

# 9. split start date in a header line (PowerPoint wrap): 平成26年4月 / 1日事業開始
SPLIT_DATE_HEADER = """事例１
広島県呉市 ｜ 広島労働局 ・ ハローワーク呉
くれ就労サポート（常設）　平成26年4月
1日事業開始
取組内容
・市の福祉窓口に相談員が常駐している。
事例２
広島県尾道市 ｜ 広島労働局 ・ ハローワーク尾道
おのみち仕事相談室（常設）　平成27年10月
1日事業開始
取組内容
・島しょ部に出張して相談を受けている。
"""
SPLIT_DATE_HEADER_FACTS = [
    {
        "prefecture": "広島県",
        "municipality": "呉市",
        "hello_work": ("ハローワーク呉",),
        "start_date": D(2014, 4, 1),
    },
    {
        "prefecture": "広島県",
        "municipality": "尾道市",
        "hello_work": ("ハローワーク尾道",),
        "start_date": D(2015, 10, 1),
    },
]

# 10. brochure with CASE + full-width number, running head with the case number on every page
BROCHURE_CASE = """ＣＡＳＥ
０１
熊本県八代市
相談の入口をひとつに
施設名　やつしろ就労支援窓口（常設窓口）
開所　２０１６年１０月３日
連携　熊本労働局／ハローワーク八代
はたらく相談の現場 ｜ CASE 01
p.1
ＣＡＳＥ
０２
大分県別府市
観光の街で、働く場所を一緒に探す
施設名　べっぷ仕事相談コーナー（常設窓口）
開所　２０１８年４月２日
連携　大分労働局／ハローワーク別府
はたらく相談の現場 ｜ CASE 02
p.2
"""
BROCHURE_CASE_FACTS = [
    {
        "prefecture": "熊本県",
        "municipality": "八代市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("ハローワーク八代",),
        "start_date": D(2016, 10, 3),
    },
    {
        "prefecture": "大分県",
        "municipality": "別府市",
        "labour_bureau": "大分労働局",
        "hello_work": ("ハローワーク別府",),
        "start_date": D(2018, 4, 2),
    },
]

# 11. Word report, label cells and value cells each one per line in column order
#     (all labels first, then all values), 令和元年 dates
COLUMN_ORDER_FIELDS = """令和２年度　一体的実施事例
事例１
実施自治体
労働局
ハローワーク
開設年月日
愛媛県今治市
愛媛労働局
ハローワーク今治
令和元年七月一日
（１）造船の企業と合同で面接会を開いた。
事例２
実施自治体
労働局
ハローワーク
開設年月日
香川県丸亀市
香川労働局
ハローワーク丸亀
令和二年四月一日
（１）市の子育て支援課と一緒に相談を受ける。
"""
COLUMN_ORDER_FIELDS_FACTS = [
    {
        "prefecture": "愛媛県",
        "municipality": "今治市",
        "labour_bureau": "愛媛労働局",
        "hello_work": ("ハローワーク今治",),
        "start_date": D(2019, 7, 1),
    },
    {
        "prefecture": "香川県",
        "municipality": "丸亀市",
        "labour_bureau": "香川労働局",
        "hello_work": ("ハローワーク丸亀",),
        "start_date": D(2020, 4, 1),
    },
]

# 12. slides with 事例 label and running head whose slide title repeats the label word
#     (running head "事例紹介"), three cases, gregorian + glossed era dates
SLIDES_GLOSSED = """事例紹介　一体的実施の取組
Case 1
福井県越前市 ｜ 福井労働局 ・ ハローワーク武生
えちぜん就労相談室 2015年（平成27年）10月1日開設
・市の福祉課に相談員を置いた。
事例紹介　一体的実施の取組
Case 2
石川県小松市 ｜ 石川労働局 ・ ハローワーク小松
こまつ仕事サポート 2016年（平成28年）4月1日開設
・若者の相談を週末にも受けている。
事例紹介　一体的実施の取組
Case 3
鳥取県米子市 ｜ 鳥取労働局 ・ ハローワーク米子
よなご就労支援コーナー 2017年（平成29年）7月3日開設
・ひとり親の相談に託児を付けている。
"""
SLIDES_GLOSSED_FACTS = [
    {
        "prefecture": "福井県",
        "municipality": "越前市",
        "hello_work": ("ハローワーク武生",),
        "start_date": D(2015, 10, 1),
    },
    {
        "prefecture": "石川県",
        "municipality": "小松市",
        "hello_work": ("ハローワーク小松",),
        "start_date": D(2016, 4, 1),
    },
    {
        "prefecture": "鳥取県",
        "municipality": "米子市",
        "hello_work": ("ハローワーク米子",),
        "start_date": D(2017, 7, 3),
    },
]

# 13. slides, a Reiwa first year cut after the year: 令和元年 / 10月1日開設
#     (and 令和２年 / ４月１日開設)
SPLIT_DATE_GANNEN = """事例１
岡山県津山市 ｜ 岡山労働局 ・ ハローワーク津山
つやま就労サポート（常設）　令和元年
10月1日開設
取組内容
・市の生活福祉課の隣に相談員を置いた。
事例２
岡山県笠岡市 ｜ 岡山労働局 ・ ハローワーク笠岡
かさおか仕事相談室（常設）　令和２年
４月１日開設
取組内容
・島しょ部の人の相談を電話でも受けている。
"""
SPLIT_DATE_GANNEN_FACTS = [
    {
        "prefecture": "岡山県",
        "municipality": "津山市",
        "labour_bureau": "岡山労働局",
        "hello_work": ("ハローワーク津山",),
        "start_date": D(2019, 10, 1),
    },
    {
        "prefecture": "岡山県",
        "municipality": "笠岡市",
        "labour_bureau": "岡山労働局",
        "hello_work": ("ハローワーク笠岡",),
        "start_date": D(2020, 4, 1),
    },
]

# 14. Word label / value table, a Gregorian value cell cut inside the month: 2019年4 / 月1日
SPLIT_DATE_MONTH_FIGURE = """令和２年度　一体的実施事業　取組事例集
事例一　三重県津市
■ 市役所の一階で仕事の相談を
実施自治体
三重県津市
労働局・安定所
三重労働局
ハローワーク津
施設名称
つ就労支援コーナー（常設窓口）
開設年月日
2019年4
月1日
１　取組の概要
（１）生活保護の窓口に来た人に、その場で職業相談を案内する。
２　令和２年度の目標と実績
就職者数　目標　９０人　実績　９６人
事例二　三重県四日市市
■ 夜間の相談で働く人も
実施自治体
三重県四日市市
労働局・安定所
三重労働局
ハローワーク四日市
施設名称
よっかいち仕事相談室（常設窓口）
開設年月日
2018年10
月1日
１　取組の概要
（１）仕事帰りの人の相談を夜七時まで受けている。
２　令和２年度の目標と実績
就職者数　目標　１１０人　実績　１０４人
"""
SPLIT_DATE_MONTH_FIGURE_FACTS = [
    {
        "prefecture": "三重県",
        "municipality": "津市",
        "labour_bureau": "三重労働局",
        "hello_work": ("ハローワーク津",),
        "start_date": D(2019, 4, 1),
    },
    {
        "prefecture": "三重県",
        "municipality": "四日市市",
        "labour_bureau": "三重労働局",
        "hello_work": ("ハローワーク四日市",),
        "start_date": D(2018, 10, 1),
    },
]

# 15. a data box whose start date wraps (開設日　平成28年 / 10月3日, 開設日　平成29年4月 / 3日)
SPLIT_DATE_DATA_BOX = """平成30年度　一体的実施　事例報告
【事例１】　山口県下関市
＜施設データ＞
施設名　しものせき就労支援室（常設窓口）
開設日　平成28年
10月3日
連携　山口労働局／ハローワーク下関
１　取組の概要
・市の福祉事務所の中で職業相談を受ける。
２　実績
就職者数　目標　１００人　実績　１１２人
【事例２】　山口県宇部市
＜施設データ＞
施設名　うべ仕事相談コーナー（常設窓口）
開設日　平成29年4月
3日
連携　山口労働局／ハローワーク宇部
１　取組の概要
・ひとり親の相談を夕方にも受けている。
２　実績
就職者数　目標　７０人　実績　７５人
"""
SPLIT_DATE_DATA_BOX_FACTS = [
    {
        "prefecture": "山口県",
        "municipality": "下関市",
        "labour_bureau": "山口労働局",
        "hello_work": ("ハローワーク下関",),
        "start_date": D(2016, 10, 3),
    },
    {
        "prefecture": "山口県",
        "municipality": "宇部市",
        "labour_bureau": "山口労働局",
        "hello_work": ("ハローワーク宇部",),
        "start_date": D(2017, 4, 3),
    },
]

DOCUMENTS = {
    "word_label_value": (WORD_LABEL_VALUE, WORD_LABEL_VALUE_FACTS),
    "slides_fake_bold": (SLIDES_FAKE_BOLD, SLIDES_FAKE_BOLD_FACTS),
    "brochure_report": (BROCHURE_REPORT, BROCHURE_REPORT_FACTS),
    "letter_spaced": (LETTER_SPACED, LETTER_SPACED_FACTS),
    "slides_continued": (SLIDES_CONTINUED, SLIDES_CONTINUED_FACTS),
    "boxes_before_label": (BOXES_BEFORE_LABEL, BOXES_BEFORE_LABEL_FACTS),
    "word_fake_bold_fields": (WORD_FAKE_BOLD_FIELDS, WORD_FAKE_BOLD_FIELDS_FACTS),
    "with_case_list": (WITH_CASE_LIST, WITH_CASE_LIST_FACTS),
    "split_date_header": (SPLIT_DATE_HEADER, SPLIT_DATE_HEADER_FACTS),
    "brochure_case": (BROCHURE_CASE, BROCHURE_CASE_FACTS),
    "column_order_fields": (COLUMN_ORDER_FIELDS, COLUMN_ORDER_FIELDS_FACTS),
    "slides_glossed": (SLIDES_GLOSSED, SLIDES_GLOSSED_FACTS),
    "split_date_gannen": (SPLIT_DATE_GANNEN, SPLIT_DATE_GANNEN_FACTS),
    "split_date_month_figure": (SPLIT_DATE_MONTH_FIGURE, SPLIT_DATE_MONTH_FIGURE_FACTS),
    "split_date_data_box": (SPLIT_DATE_DATA_BOX, SPLIT_DATE_DATA_BOX_FACTS),
}

# (the five strict known gaps of this file — labelled cases with no section heading, REPORT /
# 01 and ＣＡＳＥ / ０１ on two lines, label cells all before their values — were closed by
# branch cards8, decisions 1660-1667)
KNOWN_GAPS: dict[str, str] = {}
COUNT_GAPS = KNOWN_GAPS


test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, KNOWN_GAPS, COUNT_GAPS
)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("事事例例１１", "事 例 １ "),
        ("  【【取取組組内内容容】】", "  【 取 組 内 容 】 "),
        ("実実施施自自治治体体", "実 施 自 治 体 "),
        ("１１２２３３４４", None),  # figures only: no heading
        ("ーーーーーー", None),  # a rule line
        ("事例１　宮城県石巻市", None),  # not doubled
        ("ささらに支援ををする", None),  # doubled only in part
    ],
)
def test_fake_bold_line_blanked(line: str, kept: str | None) -> None:
    from jirei.fakeboldlines import untangle_fake_bold

    text = f"前の行\n{line}\n後の行"
    out = untangle_fake_bold(text)
    assert len(out) == len(text)
    assert out == (text if kept is None else f"前の行\n{kept}\n後の行")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("平成26年4月", "1日事業開始"),
        ("くれ就労サポート（常設）　令和元年", "10月1日開設"),
        ("開所　2019年4", "月1日"),
        ("開設日　平成二十八年十月", "三日"),
        ("開所　２０１６年１０月　", "　３日"),
    ],
)
def test_split_date_joined_in_place(before: str, after: str) -> None:
    """The line break inside the date becomes a space: same length, same characters."""
    from jirei.splitdates import join_split_dates

    text = f"前の行\n{before}\n{after}\n後の行"
    assert join_split_dates(text) == f"前の行\n{before} {after}\n後の行"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("平成29年4月", "1日当たりの相談件数　12件"),  # a count per day, not the day
        ("平成26年度", "4月1日開設"),  # a fiscal year
        ("平成26年4月1日開設", "2日目から相談を受けた"),  # the line holds the whole date
        ("開所　2015年", "10月"),  # no day after it
        ("平成26年4月", "31日開設"),  # no such day: 4月31日
        ("令和2年4月", "3日間の講習を開いた"),  # a number of days
    ],
)
def test_lines_that_are_not_one_date_stay(before: str, after: str) -> None:
    from jirei.splitdates import join_split_dates

    text = f"前の行\n{before}\n{after}\n後の行"
    assert join_split_dates(text) == text


def test_split_date_span_points_at_the_original_characters() -> None:
    doc = jirei.parse_text(SPLIT_DATE_HEADER)
    span = doc.profiles[0].spans["start_date"]
    assert SPLIT_DATE_HEADER[span.start : span.end] == "平成26年4月\n1日"
