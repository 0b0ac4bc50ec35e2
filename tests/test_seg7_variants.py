"""Where a case begins and ends in the shapes the fourth and fifth sessions' blind sets showed
(branch ``seg7``, decisions 1860–1879): a Word outline report whose cases are labelled
``一　X市の取組`` and whose sections are numbered in kanji (``（一）施設の概要``, ``一　概要``),
with the header facts in one prose sentence and kanji-numeral dates; a ministry compilation
whose labelled sheets each keep the layout their bureau wrote (sections, a slide of
``［スライドn］heading`` boxes, a card of tab rows with no heading at all) between rules of
``＊`` or ``━``; and the traps beside them (a closing list of the cases under the same labels,
a single case in the same outline, a chapter after the last case).

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, prose and figures). Every expected fact was written by
hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from tests._variants import P, variant_tests

import jirei

D = datetime.date

# 1. the holdout21 kind in other words: a report's chapter of cases labelled 一　X市の取組, each
#    case a headline, （一）…（四） headings, the facts in one sentence, kanji-numeral dates
OUTLINE_AOMORI = """令和二年度
青森県内における一体的実施の取組
― 報 告 ―

令和三年五月
青森労働局職業安定部

第一章　はじめに
　本報告は、県内の三つの市の取組を紹介するものである。

第二章　各市の取組

一　青森市の取組

駅前庁舎に集まる福祉と仕事の相談

（一）施設の概要
　青森市と青森労働局（ハローワーク青森）は、平成三十年十月一日、駅前庁舎三階に「あおもり就労支援センター」（一体的実施施設）を開設した。

（二）主な取組
　ア　生活保護の新規申請者に、面接の当日に窓口を案内する。
　イ　市の就労支援員とナビゲーターが週一回の打合せを行う。

（三）令和二年度の実績
　　区　分　　　　　目　標　　　実　績　　　達成率
　支援対象者数　　　１２０人　　１３２人　　１１０．０％
　就職者数　　　　　　７０人　　　７７人　　１１０．０％

（四）関係者の声
　○青森市福祉部生活福祉一課
　　「当日に案内できるため、相談が途切れなくなった。」

二　八戸市の取組

港町の求人を、ひとり親の就職へ

（一）施設の概要
　八戸市と青森労働局（ハローワーク八戸）は、令和元年七月一日、市庁別館一階に「はちのへしごと相談室」（常設窓口）を開設した。

（二）主な取組
　ア　児童扶養手当の現況届の時期に出張相談を行う。
　イ　水産加工の事業所と短時間の求人をまとめる。

（三）令和二年度の実績
　　区　分　　　　　目　標　　　実　績　　　達成率
　支援対象者数　　　　９０人　　　９５人　　１０５．６％
　就職者数　　　　　　５０人　　　５４人　　１０８．０％

（四）関係者の声
　○ハローワーク八戸
　　「水産加工の短時間求人が、子育て中の方に合っている。」

三　弘前市の取組

りんご農家の季節求人から通年の仕事へ

（一）施設の概要
　弘前市と青森労働局（ハローワーク弘前）は、平成二十九年四月三日、市役所本庁舎に「ひろさき就労ナビ」（一体的実施施設）を開設した。

（二）主な取組
　ア　収穫期の季節求人を紹介し、冬期の常用求人へつなぐ。

（三）令和二年度の実績
　　区　分　　　　　目　標　　　実　績　　　達成率
　支援対象者数　　　１００人　　１０８人　　１０８．０％
　就職者数　　　　　　６０人　　　６６人　　１１０．０％

（四）関係者の声
　○弘前市健康福祉部生活福祉課
　　「冬の仕事が見つかるようになった。」

第三章　今後の課題
　各市とも、就職後の定着支援が共通の課題である。
"""
OUTLINE_AOMORI_FACTS = [
    {"title": "駅前庁舎に集まる福祉と仕事の相談", "prefecture": "青森県", "municipality": "青森市",
     "labour_bureau": "青森労働局", "hello_work": ("ハローワーク青森",),
     "facility_name": "あおもり就労支援センター", "facility_type": "一体的実施施設",
     "start_date": D(2018, 10, 1),
     "metrics": [("支援対象者数", None, P(120), P(132), Decimal("110.0")),
                 ("就職者数", None, P(70), P(77), Decimal("110.0"))]},
    {"title": "港町の求人を、ひとり親の就職へ", "municipality": "八戸市",
     "hello_work": ("ハローワーク八戸",), "facility_type": "常設窓口",
     "start_date": D(2019, 7, 1)},
    {"title": "りんご農家の季節求人から通年の仕事へ", "municipality": "弘前市",
     "hello_work": ("ハローワーク弘前",), "start_date": D(2017, 4, 3)},
]

# 2. the same outline with digits on the case labels (１　盛岡市の取組), kanji-numbered
#    headings with a period in brackets after the results heading, page numbers and a running
#    head between the cases, no headline on one case
OUTLINE_IWATE_PAGES = """岩手県の一体的実施　報告書

１　盛岡市の取組

市役所の窓口で、その日のうちに職業相談

（一）施設の概要
　盛岡市と岩手労働局（ハローワーク盛岡）は、令和二年四月一日、市役所本館二階に「もりおか就労サポート」（一体的実施施設）を開設した。

（二）取組内容
　ア　相談の当日に、ナビゲーターが職業相談を行う。
　イ　市の家計相談と職業相談を同じ日に受けられるようにした。

（三）令和二年度の実績（四月～十二月）
　　区　分　　　　　目　標　　　実　績
　支援対象者数　　　１５０人　　１６１人
　就職者数　　　　　　８０人　　　８８人

（四）関係者の声
　○盛岡市保健福祉部生活福祉第一課
　　「当日の職業相談で、支援の入口が広がった。」

　　　　　　　　　　　　　　　　　　　　　　　　　　　　－２－
岩手県の一体的実施　報告書

２　花巻市の取組

（一）施設の概要
　花巻市と岩手労働局（ハローワーク花巻）は、平成三十一年二月一日、花巻市役所本庁舎に「はなまき就職相談コーナー」（常設窓口）を開設した。

（二）取組内容
　ア　市の生活支援員とナビゲーターが同席して初回面談を行う。

（三）令和二年度の実績（四月～十二月）
　　区　分　　　　　目　標　　　実　績
　支援対象者数　　　　６０人　　　６４人
　就職者数　　　　　　３０人　　　３３人

（四）関係者の声
　○ハローワーク花巻
　　「同席の初回面談で、本人の希望が早く分かる。」

　　　　　　　　　　　　　　　　　　　　　　　　　　　　－３－
"""
OUTLINE_IWATE_PAGES_FACTS = [
    {"title": "市役所の窓口で、その日のうちに職業相談", "municipality": "盛岡市",
     "labour_bureau": "岩手労働局", "hello_work": ("ハローワーク盛岡",),
     "start_date": D(2020, 4, 1),
     "initiatives": ("相談の当日に、ナビゲーターが職業相談を行う。",
                     "市の家計相談と職業相談を同じ日に受けられるようにした。"),
     "metrics": [("支援対象者数", None, P(150), P(161), None),
                 ("就職者数", None, P(80), P(88), None)]},
    {"municipality": "花巻市", "labour_bureau": "岩手労働局",
     "hello_work": ("ハローワーク花巻",), "facility_name": "はなまき就職相談コーナー",
     "start_date": D(2019, 2, 1)},
]

# 3. the h30 倉敷 kind: no case label, each case a marked headline over 一　概要 … 四　関係者の声
#    (kanji numbers and a full-width space), the facts in the 概要 sentence
KANJI_SECTIONS_NO_LABEL = """令和元年度　好事例集（秋田労働局）

◇ 福祉事務所の隣に、仕事の相談窓口

一　概要
　秋田県秋田市と秋田労働局（ハローワーク秋田）は、平成二十八年十月三日、市役所二階に「あきたワークサポート」（一体的実施施設）を開設した。

二　取組
　（一）生活保護の新規申請者全員に、窓口を案内している。
　（二）市の就労支援員と同じ記録票を使っている。

三　成果
　令和元年度の支援対象者数は１４２人（目標１３０人、達成率１０９．２％）であった。

四　関係者の声
　秋田市福祉保健部生活総務課長は「隣の窓口にすぐ案内できるのが大きい」と語る。

◇ 雪の季節も途切れない、出張相談

一　概要
　秋田県大館市と秋田労働局（ハローワーク大館）は、令和元年十月一日、大館市役所に「おおだて就労相談室」（常設窓口）を開設した。

二　取組
　（一）冬期は市の支所へ出張して相談を受けている。

三　成果
　令和元年度の支援対象者数は５８人（目標５０人、達成率１１６．０％）であった。

四　関係者の声
　ハローワーク大館統括職業指導官は「出張相談の利用が増えた」と話す。
"""
KANJI_SECTIONS_NO_LABEL_FACTS = [
    {"title": "福祉事務所の隣に、仕事の相談窓口", "prefecture": "秋田県", "municipality": "秋田市",
     "labour_bureau": "秋田労働局", "hello_work": ("ハローワーク秋田",),
     "start_date": D(2016, 10, 3)},
    {"title": "雪の季節も途切れない、出張相談", "municipality": "大館市",
     "hello_work": ("ハローワーク大館",), "facility_type": "常設窓口",
     "start_date": D(2019, 10, 1)},
]

# 4. kanji headings written with a comma or a full stop (一、概要 / 二．取組内容), the cases
#    labelled （一）X市の取組 in brackets
BRACKET_KANJI_LABELS = """広島県内の取組事例

（一）福山市の取組

駅前で、子育て中の方の仕事探し

一、施設の概要
　福山市と広島労働局（ハローワーク福山）は、令和三年四月一日、駅前の市民交流館に「ふくやまワークナビ」（一体的実施施設）を開設した。

二、取組内容
　・ひとり親の方の相談を、保育所の送迎時間に合わせて受けている。

三、実績
　就職者数　目標１００人　実績１１２人

四、関係者の声
　○福山市児童部子育て支援課
　　「送迎の時間に相談できると好評です。」

（二）呉市の取組

造船の町で、職業訓練から就職へ

一、施設の概要
　呉市と広島労働局（ハローワーク呉）は、平成三十年七月二日、呉市役所に「くれ仕事相談コーナー」（常設窓口）を開設した。

二、取組内容
　・職業訓練の説明会を毎月開いている。

三、実績
　就職者数　目標６０人　実績６３人

四、関係者の声
　○ハローワーク呉
　　「訓練の後の就職が増えた。」
"""
BRACKET_KANJI_LABELS_FACTS = [
    {"title": "駅前で、子育て中の方の仕事探し", "municipality": "福山市",
     "labour_bureau": "広島労働局", "hello_work": ("ハローワーク福山",),
     "start_date": D(2021, 4, 1),
     "metrics": [("就職者数", None, P(100), P(112), None)]},
    {"title": "造船の町で、職業訓練から就職へ", "municipality": "呉市",
     "hello_work": ("ハローワーク呉",), "start_date": D(2018, 7, 2)},
]

# 5. the 2022 compilation kind: ＊ rules around each 事例 N; the first sheet has sections, the
#    second is a slide of ［スライドn］heading boxes, the third a card of tab rows only
_STARS = "＊" * 24
COMPILATION_MIXED = f"""2021年度　一体的実施　好事例集

厚生労働省　職業安定局

{_STARS}
事例 1
{_STARS}

駅の中の相談窓口で、仕事探しを身近に

【概要】
浜松市と静岡労働局（ハローワーク浜松）が2018年10月1日に浜松駅ビル内に開設した「はままつジョブスポット」（一体的実施施設）では、生活保護の相談の後にそのまま職業相談を受けられる。

【取組】
(1) 生活保護の面接の後、同じ日に職業相談を案内した。
(2) 市とハローワークで月一回の会議を開いた。

【2021年度の実績】
支援対象者数　目標200人　実績214人
就職者数　目標120人　実績131人

【コメント】
ハローワーク浜松　「駅ビルなので、仕事帰りの方も立ち寄れます。」

{_STARS}
事例 2
{_STARS}

［スライド1］
◆ 港の町で、その日のうちに職業相談
実施主体：静岡県沼津市／連携：静岡労働局・ハローワーク沼津／形態：一体的実施施設／開始：2019.4.1
名称：ぬまづ就労サポート

［スライド2］取組内容
・生活保護の申請の日に、職業相談を受けてもらう。
・市のケースワーカーと毎週打合せをする。

［スライド3］関係者の声
●沼津市社会福祉課の声
申請の日につなげることで、相談が途切れなくなりました。

{_STARS}
事例 3
{_STARS}

事例名\t工場の多い町で、未経験の仕事に挑戦
都道府県\t静岡県
自治体\t富士市
労働局\t静岡労働局
ハローワーク\tハローワーク富士
施設名\tふじ就職支援コーナー（常設窓口）
開設日\t2017年6月1日
取組内容\t製造業の職場見学会を年4回開いた。
目標・実績\t就職者数：目標90人以上／実績97人
富士市のコメント\t見学会の後に応募する方が増えました。
"""
COMPILATION_MIXED_FACTS = [
    {"title": "駅の中の相談窓口で、仕事探しを身近に", "municipality": "浜松市",
     "labour_bureau": "静岡労働局", "hello_work": ("ハローワーク浜松",),
     "facility_name": "はままつジョブスポット", "start_date": D(2018, 10, 1)},
    {"title": "港の町で、その日のうちに職業相談", "prefecture": "静岡県", "municipality": "沼津市",
     "labour_bureau": "静岡労働局", "hello_work": ("ハローワーク沼津",),
     "start_date": D(2019, 4, 1),
     "initiatives": ("生活保護の申請の日に、職業相談を受けてもらう。",
                     "市のケースワーカーと毎週打合せをする。")},
    {"title": "工場の多い町で、未経験の仕事に挑戦",
     "prefecture": "静岡県", "municipality": "富士市",
     "labour_bureau": "静岡労働局", "hello_work": ("ハローワーク富士",),
     "facility_name": "ふじ就職支援コーナー", "facility_type": "常設窓口",
     "start_date": D(2017, 6, 1)},
]

# 6. the same compilation between heavy rules ━━ with the label centred, a card of
#    label：value lines with no heading (no tab) after a sheet with sections
_HEAVY = "━" * 28
COMPILATION_COLON_CARD = f"""平成３０年度　好事例集（各労働局提出様式）

{_HEAVY}
　　　　　　事例１
{_HEAVY}

■ 市役所の一階で、福祉と仕事の相談を一度に

１．実施自治体　　　　愛知県豊橋市
２．労働局・安定所　　愛知労働局　ハローワーク豊橋
３．施設名（種別）　　とよはし就労サポート（一体的実施施設）
４．事業開始日　　　　平成２８年４月１日
５．取組の内容
　・相談の当日に職業相談を受けられるようにした。
６．関係者の所感
　(1) ハローワーク豊橋
　　　市の窓口と同じ階にあるため、案内がしやすくなりました。

{_HEAVY}
　　　　　　事例２
{_HEAVY}

タイトル：城下町の窓口で、若い世代の就職を
自治体：愛知県岡崎市
労働局・安定所：愛知労働局／ハローワーク岡崎
窓口名：おかざき仕事相談室（常設窓口）
開設：H29.10.2
就職者数：目標80人／実績86人
◆岡崎市福祉部から
　若い世代の利用が増えました。
"""
COMPILATION_COLON_CARD_FACTS = [
    {"municipality": "豊橋市", "labour_bureau": "愛知労働局",
     "hello_work": ("ハローワーク豊橋",), "start_date": D(2016, 4, 1)},
    {"title": "城下町の窓口で、若い世代の就職を", "municipality": "岡崎市",
     "labour_bureau": "愛知労働局", "hello_work": ("ハローワーク岡崎",),
     "facility_type": "常設窓口", "start_date": D(2017, 10, 2)},
]

# 7. a slide sheet whose slide numbers open every box heading (［スライド2］取り組んだこと …),
#    two of them in one compilation under 事例 labels, Gregorian dotted dates
SLIDE_SHEETS = """令和4年度 好事例（スライド版）

事例 1

［スライド1］
◆ 市役所の中に、ハローワークの窓口
実施主体：鹿児島県鹿屋市／連携：鹿児島労働局・ハローワーク鹿屋／形態：常設窓口／開始：2018.7.2

［スライド2］取り組んだこと
・市の窓口で受けた相談を、その場でナビゲーターにつないだ。

［スライド3］成果
就職者数　目標70人　実績74人

［スライド4］関係者の声
●鹿屋市福祉政策課の声
その場でつなげることで、相談の後の連絡が途切れません。

事例 2

［スライド1］
◆ ひとり親の仕事探しを、保育と一緒に
実施主体：宮崎県都城市／連携：宮崎労働局・ハローワーク都城／形態：一体的実施施設／開始：2020.10.1

［スライド2］取り組んだこと
・保育所の空き状況を市から聞き、求人と一緒に案内した。

［スライド3］成果
就職者数　目標50人　実績55人

［スライド4］関係者の声
●ハローワーク都城の声
保育の情報があると、求人を選びやすくなります。
"""
SLIDE_SHEETS_FACTS = [
    {"title": "市役所の中に、ハローワークの窓口",
     "prefecture": "鹿児島県", "municipality": "鹿屋市",
     "labour_bureau": "鹿児島労働局", "hello_work": ("ハローワーク鹿屋",),
     "facility_type": "常設窓口", "start_date": D(2018, 7, 2),
     "initiatives": ("市の窓口で受けた相談を、その場でナビゲーターにつないだ。",)},
    {"title": "ひとり親の仕事探しを、保育と一緒に", "municipality": "都城市",
     "hello_work": ("ハローワーク都城",), "start_date": D(2020, 10, 1),
     "initiatives": ("保育所の空き状況を市から聞き、求人と一緒に案内した。",)},
]

# 8. a trap: after two labelled cases, the same labels again in a closing list of the cases
#    (one line each, no figure): no third or fourth case
CLOSING_LIST_LABELS = """令和３年度　取組事例

事例1　山口県下関市

関門の町で、福祉と仕事の相談をひとつに

【山口県下関市】【山口労働局・ハローワーク下関】
しものせき就労支援室（一体的実施施設）平成29年10月2日事業開始

取組内容
・市の保護課と毎週、支援の方針を確かめる。

＜下関市コメント＞
相談の流れが一つになりました。

事例2　山口県宇部市

工場の求人を、近くの窓口で

【山口県宇部市】【山口労働局・ハローワーク宇部】
うべ仕事サポート（常設窓口）令和2年4月1日事業開始

取組内容
・地元の工場の見学会を開く。

＜ハローワーク宇部コメント＞
見学会の後の応募が増えました。

掲載事例の一覧
事例1　山口県下関市（山口労働局）
事例2　山口県宇部市（山口労働局）
"""
CLOSING_LIST_LABELS_FACTS = [
    {"title": "関門の町で、福祉と仕事の相談をひとつに", "municipality": "下関市",
     "hello_work": ("ハローワーク下関",), "start_date": D(2017, 10, 2)},
    {"title": "工場の求人を、近くの窓口で", "municipality": "宇部市",
     "hello_work": ("ハローワーク宇部",), "start_date": D(2020, 4, 1)},
]

# 9. a trap: one case in the same outline (a kanji label, kanji headings), then a closing
#    chapter numbered in kanji: one profile
OUTLINE_ONE_CASE = """令和三年度　松戸市における一体的実施について

一　松戸市の取組

駅前の窓口で、夜まで相談

（一）施設の概要
　松戸市と千葉労働局（ハローワーク松戸）は、令和二年十月一日、駅前ビル四階に「まつど就労サポート」（一体的実施施設）を開設した。

（二）主な取組
　ア　平日は午後七時まで相談を受ける。

（三）令和三年度の実績
　　区　分　　　　　目　標　　　実　績
　就職者数　　　　　　９０人　　　９６人

（四）関係者の声
　○松戸市福祉長寿部生活支援課
　　「夜の相談が増えた。」

二　今後の課題
　定着支援を強めていく。
"""
OUTLINE_ONE_CASE_FACTS = [
    {"title": "駅前の窓口で、夜まで相談", "municipality": "松戸市", "labour_bureau": "千葉労働局",
     "hello_work": ("ハローワーク松戸",), "start_date": D(2020, 10, 1),
     "metrics": [("就職者数", None, P(90), P(96), None)]},
]

# 10. the outline with a ward: 一　札幌市中央区の取組, the ward written after its city in the
#     sentence, a Gregorian date; four cases, one without comments
OUTLINE_FOUR_CASES = """北海道の取組事例（令和４年度）

一　札幌市中央区の取組

区役所の中のハローワーク

（一）施設の概要
　札幌市中央区と北海道労働局（ハローワーク札幌）は、2019年4月1日、中央区役所一階に「ちゅうおうしごと相談」（一体的実施施設）を開設した。

（二）主な取組
　ア　区の保護課の面接の後に、窓口を案内する。

（三）令和４年度の実績
　　区　分　　　　　目　標　　　実　績
　就職者数　　　　　１５０人　　１６２人

（四）関係者の声
　○ハローワーク札幌
　　「区役所の中なので、案内しやすい。」

二　旭川市の取組

冬の間も、支所で相談

（一）施設の概要
　旭川市と北海道労働局（ハローワーク旭川）は、2017年10月2日、市役所第二庁舎に「あさひかわ就労相談室」（常設窓口）を開設した。

（二）主な取組
　ア　冬期は支所へ出張する。

（三）令和４年度の実績
　　区　分　　　　　目　標　　　実　績
　就職者数　　　　　　８０人　　　８４人

三　函館市の取組

観光の求人を、通年の仕事へ

（一）施設の概要
　函館市と北海道労働局（ハローワーク函館）は、2020年7月1日、函館市役所に「はこだて仕事ナビ」（一体的実施施設）を開設した。

（二）主な取組
　ア　観光業の求人を通年雇用へつなぐ。

（三）令和４年度の実績
　　区　分　　　　　目　標　　　実　績
　就職者数　　　　　　７０人　　　７５人

（四）関係者の声
　○函館市保健福祉部生活支援第一課
　　「通年の仕事が見つかった方が増えた。」

四　室蘭市の取組

ものづくりの町で、職業訓練から就職へ

（一）施設の概要
　室蘭市と北海道労働局（ハローワーク室蘭）は、2018年4月2日、室蘭市役所に「むろらん就労支援コーナー」（常設窓口）を開設した。

（二）主な取組
　ア　職業訓練の説明会を毎月開く。

（三）令和４年度の実績
　　区　分　　　　　目　標　　　実　績
　就職者数　　　　　　４０人　　　４４人

（四）関係者の声
　○ハローワーク室蘭
　　「訓練の後の就職が増えた。」
"""
OUTLINE_FOUR_CASES_FACTS = [
    {"title": "区役所の中のハローワーク", "municipality": "札幌市中央区",
     "hello_work": ("ハローワーク札幌",), "start_date": D(2019, 4, 1)},
    {"title": "冬の間も、支所で相談", "municipality": "旭川市",
     "hello_work": ("ハローワーク旭川",), "start_date": D(2017, 10, 2)},
    {"title": "観光の求人を、通年の仕事へ", "municipality": "函館市",
     "hello_work": ("ハローワーク函館",), "start_date": D(2020, 7, 1)},
    {"title": "ものづくりの町で、職業訓練から就職へ", "municipality": "室蘭市",
     "hello_work": ("ハローワーク室蘭",), "start_date": D(2018, 4, 2)},
]

# 11. a compilation whose second sheet is a tab card and whose first sheet is a slide, under
#     ■ 事例１ labels with no rules, bureau footers after each sheet
COMPILATION_CARD_FIRST = """令和５年度　好事例集

■ 事例１

事例名\t商店街の空き店舗で、気軽に仕事の相談
都道府県\t新潟県
自治体\t長岡市
労働局\t新潟労働局
ハローワーク\tハローワーク長岡
施設名\tながおかジョブサロン（一体的実施施設）
開設日\t2021年4月1日
取組内容\t商店街の空き店舗に窓口を設け、予約なしで相談できるようにした。
目標・実績\t就職者数：目標110人／実績118人
長岡市のコメント\t買い物のついでに立ち寄る方が増えました。

新潟労働局

■ 事例２

まちなかで、困りごとと仕事をいっしょに相談

【概要】
新潟市と新潟労働局（ハローワーク新潟）が2016年10月3日に市役所本館に開設した「にいがた就労支援コーナー」（一体的実施施設）では、生活の相談と仕事の相談を同じ日に受けられる。

【取組】
(1) 生活の相談の後、同じ日に職業相談を案内した。

【実績】
就職者数　目標200人　実績209人

【コメント】
新潟市福祉部生活支援課　「同じ日に相談できることが喜ばれています。」

新潟労働局
"""
COMPILATION_CARD_FIRST_FACTS = [
    {"title": "商店街の空き店舗で、気軽に仕事の相談", "municipality": "長岡市",
     "labour_bureau": "新潟労働局", "hello_work": ("ハローワーク長岡",),
     "facility_name": "ながおかジョブサロン", "start_date": D(2021, 4, 1)},
    {"title": "まちなかで、困りごとと仕事をいっしょに相談", "municipality": "新潟市",
     "labour_bureau": "新潟労働局", "hello_work": ("ハローワーク新潟",),
     "facility_name": "にいがた就労支援コーナー", "start_date": D(2016, 10, 3)},
]

# 12. a trap: a contents list under the same labels before the sheets (one line a label, page
#     numbers after dot leaders), then two sheets of their own layouts under ＊ rules
CONTENTS_THEN_MIXED = f"""令和元年度　取組事例集

目　次
事例 1　宮崎県宮崎市 …………… 2
事例 2　宮崎県延岡市 …………… 3

{_STARS}
事例 1
{_STARS}

相談から就職まで、ひとつの窓口で

【概要】
宮崎市と宮崎労働局（ハローワーク宮崎）が2015年10月1日に市役所本庁舎に開設した「みやざき就労支援センター」（一体的実施施設）では、福祉と仕事の相談を一度に受けられる。

【取組】
(1) 市の相談員とナビゲーターが同じ日に面談した。

【実績】
就職者数　目標160人　実績171人

{_STARS}
事例 2
{_STARS}

事例名\t工業の町で、職業訓練から就職へ
都道府県\t宮崎県
自治体\t延岡市
労働局\t宮崎労働局
ハローワーク\tハローワーク延岡
施設名\tのべおか仕事相談室（常設窓口）
開設日\t2019年7月1日
取組内容\t職業訓練の説明会を窓口で開いた。
目標・実績\t就職者数：目標60人／実績62人
"""
CONTENTS_THEN_MIXED_FACTS = [
    {"title": "相談から就職まで、ひとつの窓口で", "municipality": "宮崎市",
     "hello_work": ("ハローワーク宮崎",), "start_date": D(2015, 10, 1)},
    {"title": "工業の町で、職業訓練から就職へ", "municipality": "延岡市",
     "hello_work": ("ハローワーク延岡",), "facility_type": "常設窓口",
     "start_date": D(2019, 7, 1)},
]

# 13. a compilation of report forms: each sheet opens with the form's name (様式１…) over
#     numbered fields, the title under its own field label on the next line; the second sheet a
#     newspaper-style piece under 一　概要 … with its title behind ◇
FORM_SHEETS = """令和２年度　好事例集（各労働局報告様式）

━━━━━━━━━━━━━━━━━━━━
事例１
━━━━━━━━━━━━━━━━━━━━

様式１　一体的実施事業　取組報告

１．実施自治体　　　　山形県鶴岡市
２．労働局・安定所　　山形労働局　ハローワーク鶴岡
３．施設名（種別）　　つるおか就労相談室（常設窓口）
４．事業開始日　　　　令和元年十月一日
５．事例の表題
　　庄内の農業法人と、冬の仕事をつなぐ
６．取組の内容
　ア　冬期の求人を農業法人と一緒に掘り起こした。
７．関係者の所感
　(1) ハローワーク鶴岡
　　　冬の求人が増えました。

━━━━━━━━━━━━━━━━━━━━
事例２
━━━━━━━━━━━━━━━━━━━━

◇ 市役所の隣で、相談から就職まで

一　概要
　山形県酒田市と山形労働局（ハローワーク酒田）は、平成三十年四月二日、市役所の隣の庁舎に「さかた就労ナビ」（一体的実施施設）を開設した。

二　取組
　（一）生活保護の相談の後に、窓口を案内している。

三　成果
　令和二年度の就職者数は６２人（目標６０人、達成率１０３．３％）であった。

四　関係者の声
　ハローワーク酒田所長は「隣にあることで、案内がしやすい」と話す。
"""
FORM_SHEETS_FACTS = [
    {"title": "庄内の農業法人と、冬の仕事をつなぐ",
     "prefecture": "山形県", "municipality": "鶴岡市",
     "labour_bureau": "山形労働局", "hello_work": ("ハローワーク鶴岡",),
     "facility_name": "つるおか就労相談室", "facility_type": "常設窓口",
     "start_date": D(2019, 10, 1)},
    {"title": "市役所の隣で、相談から就職まで", "municipality": "酒田市",
     "labour_bureau": "山形労働局", "hello_work": ("ハローワーク酒田",),
     "start_date": D(2018, 4, 2)},
]

# 14. a trap for decision 1870: a report of form-fed pages whose labels hold the place
#     (事例１　福島県郡山市), a case running over a page, the next case opening mid-page under
#     the comments of the one before and its results heading: no deck, three cases in text order
PAGED_PLACE_LABELS = """令和元年度　取組事例（福島労働局）

事例１　福島県郡山市
駅前の窓口で、福祉と仕事の相談を

【福島県郡山市】【福島労働局・ハローワーク郡山】
こおりやま就労支援コーナー（一体的実施施設）平成28年4月1日事業開始

取組内容
・生活保護の面接の後に、窓口を案内する。
令和元年度　取組事例（福島労働局）

令和元年度実績
項目　　　　　目標　　　実績
就職者数　　　120人　　　131人

＜郡山市コメント＞
案内がしやすくなった。

事例２　福島県いわき市
港の町の、ひとり親の就職支援

【福島県いわき市】【福島労働局・ハローワーク平】
いわき就労サポート（常設窓口）平成30年10月1日事業開始

取組内容
・児童扶養手当の窓口で相談を受ける。
令和元年度　取組事例（福島労働局）

令和元年度実績
項目　　　　　目標　　　実績
就職者数　　　80人　　　86人

＜ハローワーク平コメント＞
相談の数が増えた。

事例３　福島県会津若松市
城下町の窓口で、若い世代の就職を

【福島県会津若松市】【福島労働局・ハローワーク会津若松】
あいづ仕事相談室（常設窓口）令和元年7月1日事業開始

取組内容
・若い世代の相談日を設ける。

令和元年度実績
項目　　　　　目標　　　実績
就職者数　　　50人　　　54人
"""
PAGED_PLACE_LABELS_FACTS = [
    {"title": "駅前の窓口で、福祉と仕事の相談を", "municipality": "郡山市",
     "hello_work": ("ハローワーク郡山",), "start_date": D(2016, 4, 1),
     "metrics": [("就職者数", None, P(120), P(131), None)]},
    {"title": "港の町の、ひとり親の就職支援", "municipality": "いわき市",
     "hello_work": ("ハローワーク平",), "start_date": D(2018, 10, 1),
     "metrics": [("就職者数", None, P(80), P(86), None)]},
    {"title": "城下町の窓口で、若い世代の就職を", "municipality": "会津若松市",
     "hello_work": ("ハローワーク会津若松",), "start_date": D(2019, 7, 1),
     "metrics": [("就職者数", None, P(50), P(54), None)]},
]

DOCUMENTS: dict[str, tuple[str, list[dict[str, object]]]] = {
    "paged_place_labels": (PAGED_PLACE_LABELS, PAGED_PLACE_LABELS_FACTS),
    "form_sheets": (FORM_SHEETS, FORM_SHEETS_FACTS),
    "outline_aomori": (OUTLINE_AOMORI, OUTLINE_AOMORI_FACTS),
    "outline_iwate_pages": (OUTLINE_IWATE_PAGES, OUTLINE_IWATE_PAGES_FACTS),
    "kanji_sections_no_label": (KANJI_SECTIONS_NO_LABEL, KANJI_SECTIONS_NO_LABEL_FACTS),
    "bracket_kanji_labels": (BRACKET_KANJI_LABELS, BRACKET_KANJI_LABELS_FACTS),
    "compilation_mixed": (COMPILATION_MIXED, COMPILATION_MIXED_FACTS),
    "compilation_colon_card": (COMPILATION_COLON_CARD, COMPILATION_COLON_CARD_FACTS),
    "slide_sheets": (SLIDE_SHEETS, SLIDE_SHEETS_FACTS),
    "closing_list_labels": (CLOSING_LIST_LABELS, CLOSING_LIST_LABELS_FACTS),
    "outline_one_case": (OUTLINE_ONE_CASE, OUTLINE_ONE_CASE_FACTS),
    "outline_four_cases": (OUTLINE_FOUR_CASES, OUTLINE_FOUR_CASES_FACTS),
    "compilation_card_first": (COMPILATION_CARD_FIRST, COMPILATION_CARD_FIRST_FACTS),
    "contents_then_mixed": (CONTENTS_THEN_MIXED, CONTENTS_THEN_MIXED_FACTS),
}

#: documents whose profile count is still wrong, with the reason
COUNT_GAPS: dict[str, str] = {}
#: documents whose count is right but some key fact is still wrong, with the reason
FACT_GAPS: dict[str, str] = {}


test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, {**COUNT_GAPS, **FACT_GAPS}, COUNT_GAPS
)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("（一）施設の概要", "aside"),
        ("二　主な取組", "initiatives"),
        ("三、実績", "results"),
        ("四．関係者の声", "comments"),
        ("（三）令和元年度の実績（七月～三月）", "results"),
        ("2023年度の成果（2024年3月末現在）", "results"),
        ("［スライド4］関係者の声", "comments"),
        ("［スライド2］取り組んだこと", "initiatives"),
        # the rest must be an alias: a case label line and a chapter of the report are none
        ("一　札幌市北区の取組", None),
        ("（二）就職者が増えた理由（七月以降）", None),
    ],
)
def test_kanji_and_slide_headings(heading: str, kind: str | None) -> None:
    """The section a heading line opens (None: no section heading)."""
    from jirei.lines import split_lines
    from jirei.normalise import normalise
    from jirei.sections import K, classifier

    line = split_lines(normalise(heading, jirei.DEFAULT_RULES).text)[0]
    info = classifier(jirei.DEFAULT_RULES).classify_all([line])[0]
    assert (info.section if info.kind is K.SECTION else None) == kind


@pytest.mark.parametrize(
    ("line", "bureau"),
    [
        ("２．労働局・安定所　　愛知労働局　ハローワーク豊橋", "愛知労働局"),
        ("【愛知県豊橋市】【愛知労働局・ハローワーク豊橋】", "愛知労働局"),
    ],
)
def test_numbered_field_label_names_no_bureau(line: str, bureau: str) -> None:
    text = (
        f"事例1\n{line}\nとよはし就労サポート（一体的実施施設）平成28年4月1日事業開始\n\n"
        "取組内容\n・相談を受ける。\n"
    )
    assert [p.labour_bureau for p in jirei.parse_text(text).profiles] == [bureau]
