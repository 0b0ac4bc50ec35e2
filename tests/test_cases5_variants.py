"""Case boundaries and header facts in layouts no segmenter knows (branch ``cases5``,
decisions 1380–1419): minutes whose title line names the partners, handouts with a
``① 県市 ／ 局 ／ HW`` strip, monitoring sheets with the facility and ``市 × 局・HW date開設``
between rule lines above the headline, agenda items, lone numbered labels (``レポート１``)
with the facts in a data box at the end, page heads naming the partners, divider lines.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, people, prose and figures). Every expected fact was
written by hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

import datetime

import pytest
from tests._variants import mismatches, with_known_gaps

D = datetime.date

# 1. meeting minutes: one meeting a case, its title line naming the partners; no sections
MINUTES = """令和３年度　一体的実施事業　運営協議会　議事録集

目次
　旭川市　……　1
　函館市　……　3

- 1 -

旭川市・北海道労働局・ハローワーク旭川　一体的実施運営協議会（令和３年度第１回）議事録

日時　令和３年６月８日（火）１０時～１１時
場所　旭川市役所第二庁舎　会議室
出席者　旭川市福祉保険部長、ハローワーク旭川所長ほか

事務局（旭川市保護課）
　「あさひかわ就労サポート」（一体的実施施設）は、平成二十七年四月一日に開設しました。
　支援対象者数は目標２４０人に対して２５１人、就職者数は目標１５０人に対して１６２人でした。

委員（ハローワーク旭川所長）
　目標を上回ることができた。今年度も市と連携して取り組みたい。

- 3 -

函館市・北海道労働局・ハローワーク函館　一体的実施運営協議会（令和３年度第１回）議事録

日時　令和３年６月１５日（火）１４時～１５時
場所　函館市役所　８階会議室
出席者　函館市福祉部長、ハローワーク函館所長ほか

事務局（ハローワーク函館）
　「はこだて仕事相談室」（常設窓口）は、H30.10.1に開設しました。
　支援対象者数は目標１２０人に対して１１８人、就職者数は目標７０人に対して７５人でした。

委員（函館市福祉部長）
　冬季の求人確保が課題である。来年度も早めに準備したい。
"""
MINUTES_FACTS = [
    {"municipality": "旭川市", "prefecture": "北海道", "labour_bureau": "北海道労働局",
     "hello_work": ("ハローワーク旭川",)},
    {"municipality": "函館市", "prefecture": "北海道", "labour_bureau": "北海道労働局",
     "hello_work": ("ハローワーク函館",)},
]

# 2. a handout: circled numbers before a ``県市 ／ 局 ／ HW`` strip, ``name（kind） date`` under it
HANDOUT = """九州ブロック担当者会議
配布資料２

本日ご紹介する事例
　①　大分市　　②　別府市　　③　佐伯市

九州ブロック担当者会議　配布資料２　　1/4
────────────────────────

①　大分県大分市 ／ 大分労働局 ／ ハローワーク大分
　　おおいた就労支援コーナー（一体的実施施設）　2017年4月3日スタート

◇ 取組
　・市の保護課と毎週ケース会議を開く。
　・応募書類の作成を窓口で手伝う。

◇ 実績
　支援対象者数　目標300人　実績322人
　就職者数　目標180人　実績191人

九州ブロック担当者会議　配布資料２　　2/4
────────────────────────

②　大分県別府市 ／ 大分労働局 ／ ハローワーク別府
　　べっぷ仕事サポート（常設窓口）　2019年10月1日スタート

◇ 取組
　・観光業の求人を集めた説明会を開く。

◇ 実績
　支援対象者数　目標100人　実績104人
　就職者数　目標60人　実績66人

九州ブロック担当者会議　配布資料２　　3/4
────────────────────────

③　大分県佐伯市 ／ 大分労働局 ／ ハローワーク佐伯
　　さいき就労窓口（常設窓口）　2020年7月1日スタート

◇ 取組
　・水産加工の事業所と短時間の求人をつくる。

◇ 実績
　支援対象者数　目標50人　実績55人
　就職者数　目標30人　実績31人
"""
HANDOUT_FACTS = [
    {"municipality": "大分市", "prefecture": "大分県", "labour_bureau": "大分労働局",
     "hello_work": ("ハローワーク大分",), "facility_name": "おおいた就労支援コーナー",
     "facility_type": "一体的実施施設", "start_date": D(2017, 4, 3)},
    {"municipality": "別府市", "prefecture": "大分県", "labour_bureau": "大分労働局",
     "hello_work": ("ハローワーク別府",), "facility_name": "べっぷ仕事サポート",
     "facility_type": "常設窓口", "start_date": D(2019, 10, 1)},
    {"municipality": "佐伯市", "prefecture": "大分県", "labour_bureau": "大分労働局",
     "hello_work": ("ハローワーク佐伯",), "facility_name": "さいき就労窓口",
     "facility_type": "常設窓口", "start_date": D(2020, 7, 1)},
]

# 3. a monitoring sheet: facility and ``市 × 局・HW date開設`` between rule lines, headline under
RULED_HEADER = """平成29年度　一体的実施施設　実績取りまとめ

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
わかやま就労支援室（一体的実施施設）
  和歌山市 × 和歌山労働局・ハローワーク和歌山　　H27.4.1開設
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
市役所の中で、相談から紹介まで一度に

取組内容
  ・保護課の窓口の隣に相談ブースを置く。
  ・月１回の合同ケース会議。

実績
  支援対象者数　目標200人　実績214人
  就職者数　目標120人　実績131人

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
たなべ仕事相談コーナー（常設窓口）
  田辺市 × 和歌山労働局・ハローワーク田辺　　平成28年10月3日開設
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
山あいの集落にも届ける出張相談

取組内容
  ・月２回、支所で出張相談を行う。

実績
  支援対象者数　目標60人　実績62人
  就職者数　目標35人　実績37人
"""
RULED_HEADER_FACTS = [
    {"title": "市役所の中で、相談から紹介まで一度に", "municipality": "和歌山市",
     "prefecture": "和歌山県", "labour_bureau": "和歌山労働局",
     "hello_work": ("ハローワーク和歌山",), "facility_name": "わかやま就労支援室",
     "facility_type": "一体的実施施設", "start_date": D(2015, 4, 1)},
    {"title": "山あいの集落にも届ける出張相談", "municipality": "田辺市",
     "prefecture": "和歌山県", "labour_bureau": "和歌山労働局",
     "hello_work": ("ハローワーク田辺",), "facility_name": "たなべ仕事相談コーナー",
     "facility_type": "常設窓口", "start_date": D(2016, 10, 3)},
]

# 4. ``■ 県市 ＋ 局 ＋ HW`` lines with Gregorian dates on the next line, unknown section words
PLUS_MARKS = """令和２年度　好事例集（北海道）

■ 北海道釧路市 ＋ 北海道労働局 ＋ ハローワーク釧路
くしろ就労サポートセンター（一体的実施施設）　2018年4月2日開設

＜こんなことをしています＞
・生活保護の相談に来た人を、その日のうちに職業相談へ案内する。
・漁業の季節求人を冬の間に紹介する。

＜結果＞
支援対象者数　目標180人　実績190人
就職者数　目標100人　実績108人

■ 北海道帯広市 ＋ 北海道労働局 ＋ ハローワーク帯広
おびひろ就労相談室（常設窓口）　2020年1月6日開設

＜こんなことをしています＞
・農業法人の求人説明会を市役所で開く。

＜結果＞
支援対象者数　目標90人　実績96人
就職者数　目標50人　実績54人
"""
PLUS_MARKS_FACTS = [
    {"municipality": "釧路市", "prefecture": "北海道", "labour_bureau": "北海道労働局",
     "hello_work": ("ハローワーク釧路",), "facility_name": "くしろ就労サポートセンター",
     "facility_type": "一体的実施施設", "start_date": D(2018, 4, 2)},
    {"municipality": "帯広市", "prefecture": "北海道", "labour_bureau": "北海道労働局",
     "hello_work": ("ハローワーク帯広",), "facility_name": "おびひろ就労相談室",
     "facility_type": "常設窓口", "start_date": D(2020, 1, 6)},
]

# 5. agenda items naming the partners, spoken facts under each, page numbers between
AGENDA = """長野県内　一体的実施事業　連絡会議　記録

議題１　松本市・長野労働局・ハローワーク松本の取組について
　松本市から説明があった。
　「まつもと就労支援窓口」（一体的実施施設）は令和元年７月１日に業務を開始した。
　支援対象者数は目標１５０人に対し実績１６１人、就職者数は目標９０人に対し実績９４人。
　質疑では、冬季の求人の確保について意見が出された。

― ２ ―

議題２　上田市・長野労働局・ハローワーク上田の取組について
　上田市から説明があった。
　「うえだ就労サポート」（常設窓口）は令和２年４月１日に業務を開始した。
　支援対象者数は目標８０人に対し実績７７人、就職者数は目標５０人に対し実績５２人。
　質疑では、交通手段の確保について意見が出された。

― ３ ―

議題３　飯田市・長野労働局・ハローワーク飯田の取組について
　飯田市から説明があった。
　支援対象者数は目標６０人に対し実績６５人、就職者数は目標３５人に対し実績３８人。
"""
AGENDA_FACTS = [
    {"municipality": "松本市", "prefecture": "長野県", "labour_bureau": "長野労働局",
     "hello_work": ("ハローワーク松本",)},
    {"municipality": "上田市", "prefecture": "長野県", "labour_bureau": "長野労働局",
     "hello_work": ("ハローワーク上田",)},
    {"municipality": "飯田市", "prefecture": "長野県", "labour_bureau": "長野労働局",
     "hello_work": ("ハローワーク飯田",)},
]

# 6. a page whose head names the facility and its partners in brackets; kanji-numeral dates
PAGE_HEADS = """平成30年度　一体的実施　事例集（岐阜）

ワークサポートぎふ（岐阜市・岐阜労働局・ハローワーク岐阜）
平成二十八年十月三日開設

取組内容
・福祉事務所の窓口でナビゲーターが相談を受ける。
・週１回、ケースワーカーと支援方針を話し合う。

実績
支援対象者数　目標250人　実績262人
就職者数　目標150人　実績158人

－ 2 －

ワークサポートおおがき（大垣市・岐阜労働局・ハローワーク大垣）
令和元年十月一日開設

取組内容
・市の子育て支援課と合同で相談会を開く。

実績
支援対象者数　目標100人　実績103人
就職者数　目標60人　実績64人

－ 3 －
"""
PAGE_HEADS_FACTS = [
    {"municipality": "岐阜市", "prefecture": "岐阜県", "labour_bureau": "岐阜労働局",
     "hello_work": ("ハローワーク岐阜",)},
    {"municipality": "大垣市", "prefecture": "岐阜県", "labour_bureau": "岐阜労働局",
     "hello_work": ("ハローワーク大垣",)},
]

# 7. divider lines of stars between cases, the partners on a ``市 ／ 局 ／ HW`` line after a
#    headline, two offices
DIVIDERS = """平成31年度　取組事例

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊

ひとり親の再就職を、子育て支援とセットで
福岡市 ／ 福岡労働局 ／ ハローワーク福岡中央・ハローワーク福岡東

取組内容
・子育て支援課の窓口で就職相談を受ける。
・保育所の空き情報と求人を一緒に案内する。

実績
支援対象者数　目標400人　実績415人
就職者数　目標240人　実績251人

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊

港の仕事を、季節を越えて
北九州市 ／ 福岡労働局 ／ ハローワーク小倉

取組内容
・港湾関連の事業所と通年雇用の求人をつくる。

実績
支援対象者数　目標300人　実績312人
就職者数　目標180人　実績188人
"""
DIVIDERS_FACTS = [
    {"title": "ひとり親の再就職を、子育て支援とセットで", "municipality": "福岡市",
     "prefecture": "福岡県", "labour_bureau": "福岡労働局",
     "hello_work": ("ハローワーク福岡中央", "ハローワーク福岡東")},
    {"title": "港の仕事を、季節を越えて", "municipality": "北九州市", "prefecture": "福岡県",
     "labour_bureau": "福岡労働局", "hello_work": ("ハローワーク小倉",)},
]

# 8. lone numbered labels (``レポート１``) with the facts in a data box at the case's end
LONE_LABELS = """情報誌　しごとと福祉　第５号

もくじ
　レポート１　松江市 …… 2
　レポート２　出雲市 …… 4

レポート１

窓口を並べたら、相談の流れが変わった

取組の工夫
　▶ ケースワーカーが相談者を窓口まで案内する。
　▶ 求人検索の端末を２台置いた。

実績
　支援対象者数　目標160人　実績171人
　就職者数　目標95人　実績101人

＜施設データ＞
名称　　まつえ就労支援窓口（一体的実施施設）
連携　　島根県松江市／島根労働局・ハローワーク松江
開設　　2016年10月3日

レポート２

神話のまちで、仕事探しをもっと身近に

取組の工夫
　▶ 支所で月１回の出張相談を行う。

実績
　支援対象者数　目標90人　実績93人
　就職者数　目標50人　実績55人

＜施設データ＞
名称　　いずも就労サポート（常設窓口）
連携　　島根県出雲市／島根労働局・ハローワーク出雲
開設　　平成30年1月9日
"""
LONE_LABELS_FACTS = [
    {"title": "窓口を並べたら、相談の流れが変わった", "municipality": "松江市",
     "prefecture": "島根県", "labour_bureau": "島根労働局", "hello_work": ("ハローワーク松江",),
     "facility_name": "まつえ就労支援窓口", "facility_type": "一体的実施施設",
     "start_date": D(2016, 10, 3)},
    {"title": "神話のまちで、仕事探しをもっと身近に", "municipality": "出雲市",
     "prefecture": "島根県", "labour_bureau": "島根労働局", "hello_work": ("ハローワーク出雲",),
     "facility_name": "いずも就労サポート", "facility_type": "常設窓口",
     "start_date": D(2018, 1, 9)},
]

# 9. must NOT cut: bracket headers, and a line in a case's body naming a neighbour's partners
NEIGHBOUR_LINE = """令和４年度　取組事例

【埼玉県川口市】【埼玉労働局・ハローワーク川口】（一体的実施施設）平成23年12月1日事業開始
市の窓口で、その日のうちに職業相談

【取組内容】
・生活保護の相談と職業相談を同じ窓口で受ける。

【実績】
支援対象者数　目標220人　実績290人

合同面接会の共催先
蕨市・埼玉労働局・ハローワーク川口
延べ参加者　45人

【埼玉県越谷市】【埼玉労働局・ハローワーク越谷】（常設窓口）平成26年4月1日事業開始
ひとり親の就職を保育とあわせて支える

【取組内容】
・子育て支援課で就職相談を受ける。

【実績】
支援対象者数　目標100人　実績112人
"""
NEIGHBOUR_LINE_FACTS = [
    {"municipality": "川口市", "prefecture": "埼玉県", "labour_bureau": "埼玉労働局",
     "hello_work": ("ハローワーク川口",), "facility_type": "一体的実施施設",
     "start_date": D(2011, 12, 1)},
    {"municipality": "越谷市", "prefecture": "埼玉県", "labour_bureau": "埼玉労働局",
     "hello_work": ("ハローワーク越谷",), "facility_type": "常設窓口",
     "start_date": D(2014, 4, 1)},
]

# 10. must NOT cut: a contents list of partner lines before labelled cases
PARTNER_CONTENTS = """令和５年度　一体的実施　事例集

目次
　1　山形市・山形労働局・ハローワーク山形 …… 2
　2　鶴岡市・山形労働局・ハローワーク鶴岡 …… 4

事例１　山形県山形市
相談窓口を一つにして、待ち時間をなくす

【取組内容】
・予約制の相談で待ち時間をなくした。

【実績】
支援対象者数　目標150人　実績158人

事例２　山形県鶴岡市
庄内の農業法人と、通年の仕事をつくる

【取組内容】
・農業法人の求人を冬に開拓した。

【実績】
支援対象者数　目標70人　実績74人
"""
PARTNER_CONTENTS_FACTS = [
    {"title": "相談窓口を一つにして、待ち時間をなくす", "municipality": "山形市",
     "prefecture": "山形県"},
    {"title": "庄内の農業法人と、通年の仕事をつくる", "municipality": "鶴岡市",
     "prefecture": "山形県"},
]

# 11. a case number between brackets before the partner strip, full-width spaces, 4 cases,
#     the date in an ``H29.10.2`` form after the kind in the same bracket
BRACKET_NUMBERS = """四国ブロック　取組紹介

［１］　徳島県徳島市　徳島労働局　ハローワーク徳島
とくしま就労支援室（一体的実施施設、H29.10.2開設）
取組
・保護課のケース会議にナビゲーターが出る。
実績
就職者数　目標100人　実績104人

［２］　香川県高松市　香川労働局　ハローワーク高松
たかまつ就労サポート（常設窓口、H30.4.2開設）
取組
・市の福祉事務所で週３日相談を受ける。
実績
就職者数　目標120人　実績126人

［３］　愛媛県松山市　愛媛労働局　ハローワーク松山
まつやま仕事相談室（一体的実施施設、H28.7.1開設）
取組
・支所での出張相談。
実績
就職者数　目標150人　実績149人

［４］　高知県高知市　高知労働局　ハローワーク高知
こうち就労窓口（常設窓口、R1.10.1開設）
取組
・ひとり親向けの相談日を設けた。
実績
就職者数　目標90人　実績95人
"""
BRACKET_NUMBERS_FACTS = [
    {"municipality": "徳島市", "prefecture": "徳島県", "labour_bureau": "徳島労働局",
     "hello_work": ("ハローワーク徳島",), "facility_name": "とくしま就労支援室",
     "facility_type": "一体的実施施設", "start_date": D(2017, 10, 2)},
    {"municipality": "高松市", "prefecture": "香川県", "labour_bureau": "香川労働局",
     "hello_work": ("ハローワーク高松",), "facility_name": "たかまつ就労サポート",
     "facility_type": "常設窓口", "start_date": D(2018, 4, 2)},
    {"municipality": "松山市", "prefecture": "愛媛県", "labour_bureau": "愛媛労働局",
     "hello_work": ("ハローワーク松山",), "facility_name": "まつやま仕事相談室",
     "facility_type": "一体的実施施設", "start_date": D(2016, 7, 1)},
    {"municipality": "高知市", "prefecture": "高知県", "labour_bureau": "高知労働局",
     "hello_work": ("ハローワーク高知",), "facility_name": "こうち就労窓口",
     "facility_type": "常設窓口", "start_date": D(2019, 10, 1)},
]

# 12. a mail-like report: each case opens with the partners after ``【件名】``-free paragraphs;
#     a ``◯◯市と◯◯労働局・ハローワーク◯◯`` line of no sentence over a facility line
PLAIN_PARTNERS = """各位

標記について、管内の取組を下記のとおり報告します。

記

奈良市と奈良労働局・ハローワーク奈良
ならワークステーション（一体的実施施設）　令和２年６月１日開設
・生活保護の相談と同じ日に職業相談を受ける。
・就職後の定着を電話で確認する。
支援対象者数　目標200人　実績207人
就職者数　目標120人　実績125人

橿原市と奈良労働局・ハローワーク橿原
かしはら就労サポート（常設窓口）　令和３年１月４日開設
・ひとり親向けの夜間相談を月２回行う。
支援対象者数　目標80人　実績86人
就職者数　目標45人　実績49人

以上
"""
PLAIN_PARTNERS_FACTS = [
    {"municipality": "奈良市", "prefecture": "奈良県", "labour_bureau": "奈良労働局",
     "hello_work": ("ハローワーク奈良",), "facility_name": "ならワークステーション",
     "facility_type": "一体的実施施設", "start_date": D(2020, 6, 1)},
    {"municipality": "橿原市", "prefecture": "奈良県", "labour_bureau": "奈良労働局",
     "hello_work": ("ハローワーク橿原",), "facility_name": "かしはら就労サポート",
     "facility_type": "常設窓口", "start_date": D(2021, 1, 4)},
]

# 13. evaluation sheets: a rule line over a numbered box heading (``Ⅰ　施設の概要``) of labelled
#     fields, the partners on three rows under one label (a merged cell); no headline
SHEETS = """令和４年度　評価シート（抜粋）

令和４年度　評価シート　　　　　　　　　　シート番号 10-01
======================================================
Ⅰ　施設の概要
  施設の名称          ちば就労支援プラザ
  施設の種類          一体的実施施設
  実施主体            千葉県千葉市
                      千葉労働局
                      ハローワーク千葉
  事業開始日          平成三十年四月二日

Ⅱ　主な取組
  ・保護課の面接室で職業相談を受ける。
  ・就職後３か月の定着支援を行う。

Ⅲ　目標の達成状況
  支援対象者数　目標300人　実績312人
  就職者数　目標180人　実績190人

令和４年度　評価シート　　　　　　　　　　シート番号 10-02
======================================================
Ⅰ　施設の概要
  施設の名称          いちかわ就労サポート
  施設の種類          常設窓口
  実施主体            千葉県市川市
                      千葉労働局
                      ハローワーク市川
  事業開始日          2019年7月1日

Ⅱ　主な取組
  ・子育て支援課で就職相談を受ける。

Ⅲ　目標の達成状況
  支援対象者数　目標120人　実績126人
  就職者数　目標70人　実績75人
"""
SHEETS_FACTS = [
    {"title": None, "municipality": "千葉市", "prefecture": "千葉県", "labour_bureau": "千葉労働局",
     "hello_work": ("ハローワーク千葉",), "facility_name": "ちば就労支援プラザ",
     "facility_type": "一体的実施施設", "start_date": D(2018, 4, 2)},
    {"title": None, "municipality": "市川市", "prefecture": "千葉県", "labour_bureau": "千葉労働局",
     "hello_work": ("ハローワーク市川",), "facility_name": "いちかわ就労サポート",
     "facility_type": "常設窓口", "start_date": D(2019, 7, 1)},
]

# 14. must NOT cut: a data box in the middle of each case whose unlabelled-kind line names the
#     partners (``運営　市 ／ 局（HW）``), results after it
MID_BOX = """広報誌　はたらく応援　特集

特集１　栃木県宇都宮市
駅前の窓口で、福祉と仕事をひとつに

▼ケースワーカーが同席する初回相談
市の窓口で「働きたい」と聞いたら、その日のうちに相談員が話を聞く。

＜ＤＡＴＡ＞
施設名　　うつのみや就労支援センター（一体的実施施設）
開設　　　2015年4月1日
運営　　　宇都宮市 ／ 栃木労働局（ハローワーク宇都宮）
2020年度の実績
　支援対象者数　　240人（目標220人以上、達成率109.1％）
　就職者数　　　　150人（目標140人以上、達成率107.1％）

特集２　栃木県小山市
工業団地の求人を、ひとり親の働きやすさから

▼短時間の求人づくり
工業団地の事業所と一緒に、子育て中でも働ける時間帯の求人をつくった。

＜ＤＡＴＡ＞
施設名　　おやま就労サポート（常設窓口）
開設　　　2018年10月1日
運営　　　小山市 ／ 栃木労働局（ハローワーク小山）
2020年度の実績
　支援対象者数　　90人（目標80人以上、達成率112.5％）
　就職者数　　　　55人（目標50人以上、達成率110.0％）
"""
MID_BOX_FACTS = [
    {"title": "駅前の窓口で、福祉と仕事をひとつに", "municipality": "宇都宮市",
     "prefecture": "栃木県", "labour_bureau": "栃木労働局",
     "facility_name": "うつのみや就労支援センター", "facility_type": "一体的実施施設",
     "start_date": D(2015, 4, 1)},
    {"title": "工業団地の求人を、ひとり親の働きやすさから", "municipality": "小山市",
     "prefecture": "栃木県", "labour_bureau": "栃木労働局",
     "facility_name": "おやま就労サポート", "facility_type": "常設窓口",
     "start_date": D(2018, 10, 1)},
]

DOCUMENTS = {
    "minutes": (MINUTES, MINUTES_FACTS),
    "handout": (HANDOUT, HANDOUT_FACTS),
    "ruled_header": (RULED_HEADER, RULED_HEADER_FACTS),
    "plus_marks": (PLUS_MARKS, PLUS_MARKS_FACTS),
    "agenda": (AGENDA, AGENDA_FACTS),
    "page_heads": (PAGE_HEADS, PAGE_HEADS_FACTS),
    "dividers": (DIVIDERS, DIVIDERS_FACTS),
    "lone_labels": (LONE_LABELS, LONE_LABELS_FACTS),
    "neighbour_line": (NEIGHBOUR_LINE, NEIGHBOUR_LINE_FACTS),
    "partner_contents": (PARTNER_CONTENTS, PARTNER_CONTENTS_FACTS),
    "bracket_numbers": (BRACKET_NUMBERS, BRACKET_NUMBERS_FACTS),
    "plain_partners": (PLAIN_PARTNERS, PLAIN_PARTNERS_FACTS),
    "sheets": (SHEETS, SHEETS_FACTS),
    "mid_box": (MID_BOX, MID_BOX_FACTS),
}

#: known gaps (strict: a fix must remove the mark)
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    with_known_gaps(sorted(DOCUMENTS), KNOWN_GAPS),
)
def test_case_bounds_and_header_facts(name: str) -> None:
    text, expected = DOCUMENTS[name]
    assert mismatches(text, expected) == []


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("八戸市 × 青森労働局・ハローワーク八戸　H27.4.1開設", "八戸市"),
        ("①　岩手県盛岡市 ／ 岩手労働局 ／ ハローワーク盛岡", "盛岡市"),
        ("ワークサポートぎふ（岐阜市・岐阜労働局・ハローワーク岐阜）", "岐阜市"),
        ("静岡市役所・ハローワーク静岡", None),  # a building, not a partner
        ("静岡市とハローワーク静岡が、窓口を開いた。", None),  # a sentence
        ("静岡市　一体的実施施設", None),  # no bureau, no office
        ("静岡労働局・ハローワーク静岡", None),  # no municipality
    ],
)
def test_partner_place(line: str, place: str | None) -> None:
    from jirei.normalise import normalise
    from jirei.partnerlines import partner_place
    from jirei.rules import DEFAULT_RULES

    assert partner_place(normalise(line, DEFAULT_RULES).text) == place


def test_lone_labels_need_material_and_numbers() -> None:
    from jirei.lonelabels import lone_leads

    body = "\n".join(["窓口の工夫", "・相談", "・紹介", "・定着", "実績", "就職者数　30人"])
    assert lone_leads(f"訪問記1\n{body}\n訪問記2\n{body}\n")  # two features
    assert not lone_leads(f"訪問記1\n{body}\n訪問記1\n{body}\n")  # the same number twice
    assert not lone_leads("訪問記1\n訪問記2\n訪問記3\n")  # a list, no material
    assert not lone_leads(f"訪問記1　倉敷市\n{body}\n訪問記2　福山市\n{body}\n")  # not alone
