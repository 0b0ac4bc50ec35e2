"""Header facts read by their shape wherever a case's opening or its data box states them
(``jirei.harvest``, decisions 1200–1219): a ``place × bureau・office date開設`` line under the
facility line, ``実施主体`` over blank-label continuation rows, an overview sentence under
``（概要）``, plain ``自治体`` / ``連携先`` lines, a data box at the END of the case, a
``市　×　HW`` kicker, a name with its kind alone on a line, page breaks with running heads,
kanji / full-width / Gregorian / ``H27.10.1`` dates.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, prose and figures); every expected fact was written
by hand from reading the document, never printed from the parser. Only header facts are
checked (the cases open with labels jirei already finds). Two documents check what must NOT
be filled: an office named in a comment or a result sentence, and facts of another case.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

import jirei

_HEADER = (
    "prefecture", "municipality", "labour_bureau", "hello_work", "facility_name",
    "facility_type", "start_date",
)

# 1. ``name（kind）`` line, then ``place × bureau・office　date開設`` (full-width space)
CROSS_LINE = """令和３年度　生活保護受給者等就労自立促進事業　取組事例集
福岡労働局職業安定部

事例１
市役所の窓口で、その日のうちに職業相談
くるめ就労支援コーナー（一体的実施施設）
久留米市 × 福岡労働局・ハローワーク久留米　平成27年10月1日開設

【取組内容】
・生活保護の相談に来た方へ、その日のうちに職業相談を案内
・ケースワーカーと就労支援ナビゲーターが毎週打合せ

【実績】
支援対象者数　目標200人　実績230人
就職者数　目標120人　実績141人

事例２
駅前のビルで子育て中の方を支える
いいづかワークサポート（常設窓口）
飯塚市 × 福岡労働局・ハローワーク飯塚　令和元年10月1日開設

【取組内容】
・保育所の入所手続きと職業相談を同じ日に案内
・短時間の求人を事業所に働きかけ

【実績】
支援対象者数　目標90人　実績95人
就職者数　目標50人　実績52人
"""
CROSS_LINE_FACTS = [
    {"prefecture": "福岡県", "municipality": "久留米市", "labour_bureau": "福岡労働局",
     "hello_work": ("ハローワーク久留米",), "facility_name": "くるめ就労支援コーナー",
     "facility_type": "一体的実施施設", "start_date": date(2015, 10, 1)},
    {"prefecture": "福岡県", "municipality": "飯塚市", "labour_bureau": "福岡労働局",
     "hello_work": ("ハローワーク飯塚",), "facility_name": "いいづかワークサポート",
     "facility_type": "常設窓口", "start_date": date(2019, 10, 1)},
]

# 2. ``実施主体`` over blank-label continuation rows, ``H28.7.1``, a quoted name
CONTINUATION_ROWS = """生活保護受給者等の就労支援　取組紹介

【事例1】生活保護の相談から、そのまま就職支援へ
施設名　　「ワークプラザやはた」
実施主体　北九州市
　　　　　福岡労働局
　　　　　ハローワーク八幡
開設日　　H28.7.1

【取組内容】
・保護課の面接室で、ナビゲーターが初回相談に同席
・求人情報を毎朝ケースワーカーに届ける

【実績】
支援対象者数　目標300人　実績322人

【事例2】炭鉱のまちの再出発を支える
施設名　　「おおむたジョブスポット」
実施主体　大牟田市
　　　　　福岡労働局
　　　　　ハローワーク大牟田
開設日　　R2.4.1

【取組内容】
・市の生活困窮者自立相談支援機関と合同の面談を実施

【実績】
支援対象者数　目標80人　実績84人
"""
CONTINUATION_ROWS_FACTS = [
    {"prefecture": "福岡県", "municipality": "北九州市", "labour_bureau": "福岡労働局",
     "hello_work": ("ハローワーク八幡",), "facility_name": "ワークプラザやはた",
     "start_date": date(2016, 7, 1)},
    {"prefecture": "福岡県", "municipality": "大牟田市", "labour_bureau": "福岡労働局",
     "hello_work": ("ハローワーク大牟田",), "facility_name": "おおむたジョブスポット",
     "start_date": date(2020, 4, 1)},
]

# 3. a ``運営：市・局（HW）`` kicker (no names), then the facts in a ``（概要）`` sentence
OVERVIEW_SENTENCE = """佐賀県内の一体的実施の取組

■事例１
運営：市・局（HW）
面接の練習から応募書類まで、一つの窓口で
（概要）
令和２年６月１日に、佐賀市と佐賀労働局（ハローワーク佐賀）が共同で「ジョブスタートさが」（一体的実施施設）を市役所本庁舎２階に開設した。

【取組内容】
・応募書類の作成から面接練習までを個別に支援
・生活福祉課と毎月の連絡会議を開催

【実績】
支援対象者数　目標150人　実績162人

■事例２
運営：市・局（HW）
焼き物のまちで、働く場所を一緒に探す
（概要）
平成30年4月2日に、唐津市と佐賀労働局（ハローワーク唐津）が「からつ就労サポート」（常設窓口）を唐津市役所内に設置した。

【取組内容】
・窯元や観光事業所の求人を開拓

【実績】
支援対象者数　目標60人　実績63人
"""
OVERVIEW_SENTENCE_FACTS = [
    {"prefecture": "佐賀県", "municipality": "佐賀市", "labour_bureau": "佐賀労働局",
     "hello_work": ("ハローワーク佐賀",), "facility_name": "ジョブスタートさが",
     "facility_type": "一体的実施施設", "start_date": date(2020, 6, 1)},
    {"prefecture": "佐賀県", "municipality": "唐津市", "labour_bureau": "佐賀労働局",
     "hello_work": ("ハローワーク唐津",), "facility_name": "からつ就労サポート",
     "facility_type": "常設窓口", "start_date": date(2018, 4, 2)},
]

# 4. plain lines of labels no table lists: ``自治体`` / ``連携先`` / ``開始``; full-width dates
PLAIN_LINES = """栃木県における生活保護受給者等就労自立促進事業の取組

事例１　宇都宮市
福祉事務所の隣に、仕事の相談窓口
自治体　宇都宮市
連携先　栃木労働局　ハローワーク宇都宮
開始　　令和２年４月１日

【取組内容】
・福祉事務所の面接室で職業相談を実施
・就職後の定着支援を３か月間継続

【実績】
支援対象者数　目標240人　実績251人

事例２　小山市
ひとり親家庭の相談を一つの窓口で
自治体　小山市
連携先　栃木労働局　ハローワーク小山
開始　　平成３０年１０月１日

【取組内容】
・児童扶養手当の現況届の時期に出張相談

【実績】
支援対象者数　目標70人　実績74人
"""
PLAIN_LINES_FACTS = [
    {"prefecture": "栃木県", "municipality": "宇都宮市", "labour_bureau": "栃木労働局",
     "hello_work": ("ハローワーク宇都宮",), "start_date": date(2020, 4, 1)},
    {"prefecture": "栃木県", "municipality": "小山市", "labour_bureau": "栃木労働局",
     "hello_work": ("ハローワーク小山",), "start_date": date(2018, 10, 1)},
]

# 5. a data box at the END of each case (Gregorian dates), after the comments
DATA_BOX_AT_END = """みやぎ　しごと通信　2021年秋号

特集①　石巻市
港のまちで、暮らしと仕事をまるごと相談

【取組内容】
・福祉の窓口から、その日のうちに相談員へつなぐ
・就職後３か月間のフォローアップ

【実績】
支援対象者数　目標60人　実績66人

■データ■
名称　　いしのまき仕事相談ルーム（常設窓口）
開設　　2018年4月2日
連携　　石巻市・宮城労働局・ハローワーク石巻

特集②　大崎市
「働く」の前にある不安に寄り添う

【取組内容】
・ひとり親家庭向けのしごと準備講座を年６回開催

【実績】
支援対象者数　目標120人　実績131人

■データ■
名称　　おおさきワークステーション（一体的実施施設）
開設　　2014年10月1日
連携　　大崎市・宮城労働局・ハローワーク古川
"""
DATA_BOX_AT_END_FACTS = [
    {"prefecture": "宮城県", "municipality": "石巻市", "labour_bureau": "宮城労働局",
     "hello_work": ("ハローワーク石巻",), "facility_name": "いしのまき仕事相談ルーム",
     "facility_type": "常設窓口", "start_date": date(2018, 4, 2)},
    {"prefecture": "宮城県", "municipality": "大崎市", "labour_bureau": "宮城労働局",
     "hello_work": ("ハローワーク古川",), "facility_name": "おおさきワークステーション",
     "facility_type": "一体的実施施設", "start_date": date(2014, 10, 1)},
]

# 6. a ``市　×　HW`` kicker, the name with its kind alone on a line, a
#    ``prefecture+city／bureau／…公共職業安定所`` line and a Gregorian ``…オープン`` date
KICKER = """熊本県の一体的実施　事例紹介

事例１
市　×　ＨＷ
城下町の真ん中で、就職までを伴走
ワークサポートくまもと（一体的実施施設）
熊本県熊本市／熊本労働局／熊本公共職業安定所
２０１９年１０月１日オープン

【取組内容】
・区役所の保護課から予約なしで相談へ案内

【実績】
支援対象者数　目標200人　実績214人

事例２
市　×　ＨＷ
温泉のまちで、短時間の仕事から
やつしろ就労支援コーナー（常設窓口）
熊本県八代市／熊本労働局／八代公共職業安定所
２０２０年７月１日オープン

【取組内容】
・旅館・ホテルの短時間求人を開拓

【実績】
支援対象者数　目標50人　実績55人
"""
KICKER_FACTS = [
    {"prefecture": "熊本県", "municipality": "熊本市", "labour_bureau": "熊本労働局",
     "hello_work": ("熊本公共職業安定所",), "facility_name": "ワークサポートくまもと",
     "facility_type": "一体的実施施設", "start_date": date(2019, 10, 1)},
    {"prefecture": "熊本県", "municipality": "八代市", "labour_bureau": "熊本労働局",
     "hello_work": ("八代公共職業安定所",), "facility_name": "やつしろ就労支援コーナー",
     "facility_type": "常設窓口", "start_date": date(2020, 7, 1)},
]

# 7. page breaks with running heads inside the cases; kanji-numeral dates; ``市・局（HW）``
PAGED = """静岡労働局　一体的実施取組事例集

事例１
工場のまちで、生活の立て直しから就職まで
はままつ就労サポートセンター（一体的実施施設）
浜松市・静岡労働局（ハローワーク浜松）
平成二十九年四月三日開設

【取組内容】
・製造業の求人を中心に、見学付きの面接会を開催

　　　　　　　　　　　　　　－ ３ －
一体的実施取組事例集（静岡労働局）

【実績】
支援対象者数　目標180人　実績190人

事例２
港のまちで、ひとり親の仕事探しを支える
しみず就労支援コーナー（常設窓口）
静岡市清水区・静岡労働局（ハローワーク清水）
令和元年七月一日開設

【取組内容】
・こども家庭課と合同で出張相談

　　　　　　　　　　　　　　－ ４ －
一体的実施取組事例集（静岡労働局）

【実績】
支援対象者数　目標60人　実績61人
"""
PAGED_FACTS = [
    {"prefecture": "静岡県", "municipality": "浜松市", "labour_bureau": "静岡労働局",
     "hello_work": ("ハローワーク浜松",), "facility_name": "はままつ就労サポートセンター",
     "facility_type": "一体的実施施設", "start_date": date(2017, 4, 3)},
    {"prefecture": "静岡県", "municipality": "静岡市清水区", "labour_bureau": "静岡労働局",
     "hello_work": ("ハローワーク清水",), "facility_name": "しみず就労支援コーナー",
     "facility_type": "常設窓口", "start_date": date(2019, 7, 1)},
]

# 8. offices and cities named only in comments and result sentences: nothing is filled
NOT_FROM_COMMENTS = """群馬県内の取組

事例１　前橋市
毎朝の５分間ミーティング

【取組内容】
・ケースワーカーとナビゲーターが毎朝情報を共有

【実績】
令和３年度は、ハローワーク前橋の担当者が延べ120人の相談に応じ、80人が就職した。

【関係者の声】
＜ハローワーク前橋＞
高崎市の窓口とも情報を交換しながら、ハローワークの担当者が支援に入っています。

事例２　桐生市
繊維のまちで、短時間の仕事から

【取組内容】
・短時間勤務の求人を事業所に働きかけ

【実績】
支援対象者数　目標40人　実績42人
"""
NOT_FROM_COMMENTS_FACTS = [
    {"prefecture": "群馬県", "municipality": "前橋市", "labour_bureau": None,
     "hello_work": (), "facility_name": None, "start_date": None},
    {"prefecture": "群馬県", "municipality": "桐生市", "labour_bureau": None,
     "hello_work": (), "facility_name": None, "start_date": None},
]

# 9. a case whose opening states its facts, the next one stating none: never filled from
#    the case before
NOT_FROM_OTHER_CASE = """岡山県の取組

事例１
駅前の窓口で、その日のうちに相談
くらしき就労サポート（一体的実施施設）
倉敷市 × 岡山労働局・ハローワーク倉敷中央　平成26年4月1日開設

【取組内容】
・生活保護の申請時に職業相談を案内

【実績】
支援対象者数　目標150人　実績160人

事例２
ひとり親家庭の仕事探しを後押し

【取組内容】
・児童扶養手当の手続きの日に職業相談

【実績】
支援対象者数　目標30人　実績31人
"""
NOT_FROM_OTHER_CASE_FACTS = [
    {"prefecture": "岡山県", "municipality": "倉敷市", "labour_bureau": "岡山労働局",
     "hello_work": ("ハローワーク倉敷中央",), "facility_name": "くらしき就労サポート",
     "facility_type": "一体的実施施設", "start_date": date(2014, 4, 1)},
    {"prefecture": None, "municipality": None, "labour_bureau": None, "hello_work": (),
     "facility_name": None, "facility_type": None, "start_date": None},
]

# 10. a ``施設概要`` box: a location line (no fact), ``実施体制`` with the partners, a
#     ``業務開始：2020/6/1`` line; the letterhead's own city outside the cases
OVERVIEW_BOX = """出雲市議会　文教厚生委員会　行政視察資料

事例１
生活保護受給者の就労支援　松江市の取組
施設概要
所在地　　松江市役所本庁舎１階
名称　　　まつえ就労サポートコーナー
実施体制　松江市・島根労働局（ハローワーク松江）
業務開始：2020/6/1

【取組内容】
・福祉事務所と合同のケース会議を毎週開催

【実績】
支援対象者数　目標100人　実績104人

事例２
生活困窮者の就労支援　鳥取市の取組
施設概要
所在地　　鳥取市役所駅南庁舎
名称　　　とっとり就労サポート
実施体制　鳥取市・鳥取労働局（ハローワーク鳥取）
業務開始：2019/4/1

【取組内容】
・市の生活困窮者自立相談支援機関と合同面談

【実績】
支援対象者数　目標90人　実績96人
"""
OVERVIEW_BOX_FACTS = [
    {"prefecture": "島根県", "municipality": "松江市", "labour_bureau": "島根労働局",
     "hello_work": ("ハローワーク松江",), "start_date": date(2020, 6, 1)},
    {"prefecture": "鳥取県", "municipality": "鳥取市", "labour_bureau": "鳥取労働局",
     "hello_work": ("ハローワーク鳥取",), "start_date": date(2019, 4, 1)},
]

# 11. the facts in a lead sentence of the opening
#     (``place と bureau（office）は date、…「name」を開設した``)
LEAD_SENTENCE = """新潟県内の一体的実施　取組事例

事例１
市役所の中で、仕事と暮らしの相談を一度に
　新潟市と新潟労働局（ハローワーク新潟）は平成28年4月1日、市役所本館１階に「にいがた就労支援ルーム」を開設した。生活保護の相談窓口から歩いて数歩の場所にある。

【取組内容】
・生活保護の申請時に職業相談を案内
・就職後３か月の定着支援

【実績】
支援対象者数　目標250人　実績262人

事例２
雪国の冬も途切れない就職支援
　長岡市と新潟労働局（ハローワーク長岡）は令和元年十月一日、長岡市役所アオーレ長岡内に「ながおか仕事サポート」を設置した。

【取組内容】
・冬季の短期求人の開拓

【実績】
支援対象者数　目標100人　実績101人
"""
LEAD_SENTENCE_FACTS = [
    {"prefecture": "新潟県", "municipality": "新潟市", "labour_bureau": "新潟労働局",
     "hello_work": ("ハローワーク新潟",), "facility_name": "にいがた就労支援ルーム",
     "start_date": date(2016, 4, 1)},
    {"prefecture": "新潟県", "municipality": "長岡市", "labour_bureau": "新潟労働局",
     "hello_work": ("ハローワーク長岡",), "facility_name": "ながおか仕事サポート",
     "start_date": date(2019, 10, 1)},
]

# 12. ``【label】value`` pieces on one line, labels of no table (``【ＨＷ】``)
BRACKET_LABELS = """長野県　取組事例

事例１
生活支援課の隣で、毎日の職業相談
【自治体】長野市　【労働局】長野労働局　【ＨＷ】ハローワーク長野
【設置年月日】平成25年3月1日

【取組内容】
・生活支援課と毎週のケース会議

【実績】
支援対象者数　目標180人　実績185人

事例２
城下町で、ひとり親の就職を後押し
【自治体】松本市　【労働局】長野労働局　【ＨＷ】ハローワーク松本
【設置年月日】令和2年10月1日

【取組内容】
・こども福祉課の窓口で出張相談

【実績】
支援対象者数　目標60人　実績62人
"""
BRACKET_LABELS_FACTS = [
    {"prefecture": "長野県", "municipality": "長野市", "labour_bureau": "長野労働局",
     "hello_work": ("ハローワーク長野",), "start_date": date(2013, 3, 1)},
    {"prefecture": "長野県", "municipality": "松本市", "labour_bureau": "長野労働局",
     "hello_work": ("ハローワーク松本",), "start_date": date(2020, 10, 1)},
]

# 13. a ``＜施設データ＞`` box: ``city（department）＋bureau＋office``, a town under its 郡
#     (as written), ``開所`` date
PLUS_BOX = """北海道の取組から

事例１
港町で、冬の仕事探しを支える
＜施設データ＞
運営　　余市郡余市町（福祉課）＋ハローワーク小樽
開所　　2017年6月1日
名称　　よいち仕事相談コーナー（常設窓口）

【取組内容】
・果樹園や水産加工場の季節求人を紹介

【実績】
支援対象者数　目標30人　実績33人

事例２
道東の拠点で、生活保護からの就職を支援
＜施設データ＞
運営　　釧路市（生活福祉事務所）＋北海道労働局＋ハローワーク釧路
開所　　2015年4月1日
名称　　くしろ就労支援センター（一体的実施施設）

【取組内容】
・生活福祉事務所と月２回のケース会議

【実績】
支援対象者数　目標150人　実績158人
"""
PLUS_BOX_FACTS = [
    {"prefecture": "北海道", "municipality": "余市郡余市町", "labour_bureau": None,
     "hello_work": ("ハローワーク小樽",), "facility_name": "よいち仕事相談コーナー",
     "facility_type": "常設窓口", "start_date": date(2017, 6, 1)},
    {"prefecture": "北海道", "municipality": "釧路市", "labour_bureau": "北海道労働局",
     "hello_work": ("ハローワーク釧路",), "facility_name": "くしろ就労支援センター",
     "facility_type": "一体的実施施設", "start_date": date(2015, 4, 1)},
]

# 15. (known gap, xfail) a ``◆施設情報◆`` box of bullet field lines at the END of each case:
#     the segmentation takes its last lines as the next case's header lines
BULLET_BOX = """取組事例

事例１
ひとり親の「最初の一歩」を支える

【取組内容】
・児童扶養手当の手続きの日に職業相談

【実績】
支援対象者数　目標70人　実績74人

◆施設情報◆
・名称：くるめ仕事サポートセンター（一体的実施施設）
・連携先：久留米市、福岡労働局、ハローワーク久留米
・開設：平成27年10月1日

事例２
商店街の空き店舗で、仕事の相談

【取組内容】
・商店街の店舗と短時間求人を開拓

【実績】
支援対象者数　目標40人　実績41人

◆施設情報◆
・名称：みやま就労支援コーナー（常設窓口）
・連携先：みやま市、福岡労働局、ハローワーク大牟田
・開設：令和3年4月1日
"""
BULLET_BOX_FACTS = [
    {"prefecture": "福岡県", "municipality": "久留米市", "labour_bureau": "福岡労働局",
     "hello_work": ("ハローワーク久留米",), "facility_name": "くるめ仕事サポートセンター",
     "facility_type": "一体的実施施設", "start_date": date(2015, 10, 1)},
    {"prefecture": "福岡県", "municipality": "みやま市", "labour_bureau": "福岡労働局",
     "hello_work": ("ハローワーク大牟田",), "facility_name": "みやま就労支援コーナー",
     "facility_type": "常設窓口", "start_date": date(2021, 4, 1)},
]
# 14. ``施設名：name（date開設）`` (the date in a bracket after the name) and a
#     ``【連携機関】city（department）、bureau（office）`` line
DATE_IN_BRACKET = """取組事例集

事例１
毎朝の打合せで支援をそろえる
施設名：ワークプラザ郡山（平成28年4月1日開設）
【連携機関】郡山市（生活支援課）、福島労働局（ハローワーク郡山）

【取組内容】
・毎朝、来所予定者を確認

【実績】
支援対象者数　目標120人　実績126人

事例２
温泉地の季節の仕事を一緒に探す
施設名：ワークサポートいわき（令和元年10月1日開設）
【連携機関】いわき市（生活福祉課）、福島労働局（ハローワーク平）

【取組内容】
・旅館の季節求人を開拓

【実績】
支援対象者数　目標90人　実績92人
"""
DATE_IN_BRACKET_FACTS = [
    {"prefecture": "福島県", "municipality": "郡山市", "labour_bureau": "福島労働局",
     "hello_work": ("ハローワーク郡山",), "facility_name": "ワークプラザ郡山",
     "start_date": date(2016, 4, 1)},
    {"prefecture": "福島県", "municipality": "いわき市", "labour_bureau": "福島労働局",
     "hello_work": ("ハローワーク平",), "facility_name": "ワークサポートいわき",
     "start_date": date(2019, 10, 1)},
]

# 16. ``設置主体：city（department）`` / ``協力：bureau／office`` / ``業務開始日：H26.4.1``
SETTI = """北海道内の取組

事例１
区役所の保護課と毎日の情報共有
設置主体：札幌市（保護課）
協力：北海道労働局／ハローワーク札幌東
業務開始日：H26.4.1

【取組内容】
・保護課と毎日の情報共有

【実績】
支援対象者数　目標300人　実績310人

事例２
港町で、季節の仕事を一緒に探す
設置主体：函館市（生活支援課）
協力：北海道労働局／ハローワーク函館
業務開始日：H29.10.2

【取組内容】
・水産加工場の季節求人を開拓

【実績】
支援対象者数　目標80人　実績84人
"""
SETTI_FACTS = [
    {"prefecture": "北海道", "municipality": "札幌市", "labour_bureau": "北海道労働局",
     "hello_work": ("ハローワーク札幌東",), "start_date": date(2014, 4, 1)},
    {"prefecture": "北海道", "municipality": "函館市", "labour_bureau": "北海道労働局",
     "hello_work": ("ハローワーク函館",), "start_date": date(2017, 10, 2)},
]
# 17. a だ・である overview sentence: ``city は、bureau 及び office と協定を結び、date から…
#     「name」（kind）を開設している。``
DEARU = """取組の紹介

事例１
生活のリズムを整えるところから
（概要）
奈良市は、奈良労働局及びハローワーク奈良と協定を結び、平成30年4月2日から市役所内に「ならジョブサポート」（常設窓口）を開設している。

【取組内容】
・生活のリズムを整える準備講座

【実績】
支援対象者数　目標70人　実績71人

事例２
ひとり親の就職を後押し
（概要）
橿原市は、奈良労働局及びハローワーク大和八木と協定を結び、令和2年7月1日から市役所内に「かしはら就労サポート」（常設窓口）を開設している。

【取組内容】
・児童扶養手当の手続きの日に出張相談

【実績】
支援対象者数　目標40人　実績44人
"""
DEARU_FACTS = [
    {"prefecture": "奈良県", "municipality": "奈良市", "labour_bureau": "奈良労働局",
     "hello_work": ("ハローワーク奈良",), "facility_name": "ならジョブサポート",
     "facility_type": "常設窓口", "start_date": date(2018, 4, 2)},
    {"prefecture": "奈良県", "municipality": "橿原市", "labour_bureau": "奈良労働局",
     "hello_work": ("ハローワーク大和八木",), "facility_name": "かしはら就労サポート",
     "facility_type": "常設窓口", "start_date": date(2020, 7, 1)},
]

DOCUMENTS = {
    "cross_line": (CROSS_LINE, CROSS_LINE_FACTS),
    "continuation_rows": (CONTINUATION_ROWS, CONTINUATION_ROWS_FACTS),
    "overview_sentence": (OVERVIEW_SENTENCE, OVERVIEW_SENTENCE_FACTS),
    "plain_lines": (PLAIN_LINES, PLAIN_LINES_FACTS),
    "data_box_at_end": (DATA_BOX_AT_END, DATA_BOX_AT_END_FACTS),
    "kicker": (KICKER, KICKER_FACTS),
    "paged": (PAGED, PAGED_FACTS),
    "not_from_comments": (NOT_FROM_COMMENTS, NOT_FROM_COMMENTS_FACTS),
    "not_from_other_case": (NOT_FROM_OTHER_CASE, NOT_FROM_OTHER_CASE_FACTS),
    "overview_box": (OVERVIEW_BOX, OVERVIEW_BOX_FACTS),
    "lead_sentence": (LEAD_SENTENCE, LEAD_SENTENCE_FACTS),
    "bracket_labels": (BRACKET_LABELS, BRACKET_LABELS_FACTS),
    "plus_box": (PLUS_BOX, PLUS_BOX_FACTS),
    "date_in_bracket": (DATE_IN_BRACKET, DATE_IN_BRACKET_FACTS),
    "setti": (SETTI, SETTI_FACTS),
    "dearu": (DEARU, DEARU_FACTS),
}


def mismatches(text: str, expected: list[dict[str, object]]) -> list[str]:
    """What the parse of ``text`` gets wrong of the ``expected`` header facts."""
    doc = jirei.parse_text(text)
    if len(doc.profiles) != len(expected):
        return [f"{len(doc.profiles)} profiles, expected {len(expected)}"]
    out = []
    for n, (profile, want) in enumerate(zip(doc.profiles, expected, strict=True), 1):
        for key, value in want.items():
            got = getattr(profile, key)
            if key == "hello_work":
                got = tuple(got)
            if got != value:
                out.append(f"case {n} {key}: {got!r} != {value!r}")
    return out


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_header_facts_by_shape(name: str) -> None:
    text, expected = DOCUMENTS[name]
    assert mismatches(text, expected) == []


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_spans_point_at_the_values(name: str) -> None:
    """Every header value filled keeps a span that points at its text."""
    text, _expected = DOCUMENTS[name]
    doc = jirei.parse_text(text)
    for profile in doc.profiles:
        for key in ("municipality", "labour_bureau", "facility_name", "facility_type"):
            value = getattr(profile, key)
            span = profile.spans.get(key)
            if value is None or span is None or key in profile.inferred:
                continue
            start, end = span.start, span.end
            written = "".join(unicodedata.normalize("NFKC", text[start:end]).split())
            assert written == "".join(value.split()), (key, value, text[start:end])


def test_bullet_box_at_the_end() -> None:
    """A box of bullet facts under a case label at the end: the case the label opens keeps
    them (read since decision 2610)."""
    assert mismatches(BULLET_BOX, BULLET_BOX_FACTS) == []


def test_header_reader_wins() -> None:
    """A value a header reader found is never replaced by one of the opening's shapes."""
    text = (
        "【福岡県久留米市】【福岡労働局・ハローワーク久留米】（一体的実施施設）"
        "平成27年10月1日事業開始\n"
        "市役所の窓口で相談\n"
        "運営　飯塚市・ハローワーク飯塚\n\n"
        "【取組内容】\n・職業相談を案内\n"
    )
    doc = jirei.parse_text(text)
    assert doc.profiles[0].municipality == "久留米市"
    assert tuple(doc.profiles[0].hello_work) == ("ハローワーク久留米",)


CHART_BOX = """取組事例

事例１
福祉の窓口から、その日のうちに仕事探しへ

【取組内容】
・福祉の窓口から相談員へつなぐ

【実績】
支援対象者数　目標60人　実績66人

＜施設カルテ＞
連携　　弘前市・青森労働局・ハローワーク弘前
開設　　2016年4月1日
"""


def test_box_heads_are_data() -> None:
    """A box heading no table lists is read once a user's rules list it."""
    import attrs

    plain = jirei.parse_text(CHART_BOX).profiles[0]
    assert (plain.labour_bureau, tuple(plain.hello_work)) == (None, ())
    table = dict(jirei.DEFAULT_RULES.harvest_table)
    table["box_heads"] = [*table["box_heads"], "施設カルテ"]
    rules = attrs.evolve(jirei.DEFAULT_RULES, harvest_table=table)
    profile = jirei.parse_text(CHART_BOX, rules=rules).profiles[0]
    assert (profile.municipality, profile.labour_bureau, tuple(profile.hello_work)) == (
        "弘前市", "青森労働局", ("ハローワーク弘前",),
    )
    assert profile.start_date == date(2016, 4, 1)
