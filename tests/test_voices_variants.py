"""Comments in the forms other offices write them (decisions 1220–1239): an ``org：`` line
over its ``「…」`` line, ``「…」（speaker）`` wrapped over lines, ``◎ / ○ / 〇 text（speaker）``
marks, vertical-writing boxes extracted one short column a line, speaker lines with the
text indented under them, round-table turns, e-mail style blocks, a speaker in brackets
on its own line under an unquoted text, page breaks inside a comments block.

Every document below is written for this file (real places, invented prose); every
expected comment was written by hand from reading the document by docs/reading-rules.md
(text NFKC, without speaker, marks or quotation brackets), never printed from the parser.
The cases open with forms jirei already reads (``事例１`` labels): only comments are tested.
"""

from __future__ import annotations

import pytest

import jirei

C = tuple[str, str, str]


def _comments(profile: jirei.Profile) -> list[C]:
    return [(c.speaker or "", c.role, "".join(c.text.split())) for c in profile.comments]


def _mismatches(text: str, expected: list[list[C]]) -> list[str]:
    doc = jirei.parse_text(text)
    if len(doc.profiles) != len(expected):
        return [f"{len(doc.profiles)} profiles, expected {len(expected)}"]
    out = []
    for n, (profile, want) in enumerate(zip(doc.profiles, expected, strict=True), 1):
        got = _comments(profile)
        wanted = [(s, r, "".join(t.split())) for s, r, t in want]
        if got != wanted:
            out.append(f"case {n}: {got!r} != {wanted!r}")
    return out


MU, HW, LB, OT = "municipality", "hello_work", "labour_bureau", "other"


# 1. The speaker on a line of its own ending in a colon, the quotation on the next line
#    (the quotation sometimes wrapped); a bureau written with a space before its section.
ORG_COLON = """\
令和３年度　一体的実施の取組事例

事例１　島根県松江市
福祉の窓口に就労相談の席

【取組内容】
・生活保護の申請時に就労相談を案内する

【関係者の声】
松江市健康福祉部生活福祉課：
「申請の場で仕事の話ができるようになり、支援につなぐまでの日数が短くなった。」
ハローワーク松江：
「市の窓口からの紹介が増え、初回から具体的な求人を示せている。」

事例２　島根県出雲市
週に一度の合同打合せ

【取組内容】
・毎週水曜日に市と合同で打合せを行う

【関係者の声】
島根労働局　職業対策課：
「両者の連携が県内の他の市にも広がることを
期待している。」
出雲市福祉推進課：
「毎週の打合せで、本人の状況を共有できている。」
"""

ORG_COLON_FACTS = [
    [
        ("松江市健康福祉部生活福祉課", MU,
         "申請の場で仕事の話ができるようになり、支援につなぐまでの日数が短くなった。"),
        ("ハローワーク松江", HW, "市の窓口からの紹介が増え、初回から具体的な求人を示せている。"),
    ],
    [
        ("島根労働局職業対策課", LB, "両者の連携が県内の他の市にも広がることを期待している。"),
        ("出雲市福祉推進課", MU, "毎週の打合せで、本人の状況を共有できている。"),
    ],
]


# 2. ``「…」（speaker）`` with the quotation wrapped over two or three lines, under a
#    bracketed ``（関係者のコメント）`` heading; full-width digits in the text.
QUOTE_THEN_SPEAKER = """\
平成30年度　好事例集

事例１　鳥取県鳥取市
夕方の相談枠

【取組内容】
・午後７時まで相談を受け付ける

（関係者のコメント）
「子育て中の方に合わせて、相談の時間を夕方まで延ばしました。
利用者からは、仕事帰りに寄れると好評です。」（鳥取市福祉部生活福祉課）
「市と同じ場所で相談できるので、
紹介後の様子もすぐに分かります。」（ハローワーク鳥取）

事例２　鳥取県米子市
就職後の３か月フォロー

【取組内容】
・就職後３か月間、毎月電話で様子を聞く

（関係者のコメント）
「就職後の電話で、職場の悩みを早めに聞けるようになりました。」（米子市福祉保健部福祉課）
「フォローを始めてから、
３か月以内に辞める方が
目に見えて減りました。」（ハローワーク米子）
"""

QUOTE_THEN_SPEAKER_FACTS = [
    [
        ("鳥取市福祉部生活福祉課", MU,
         "子育て中の方に合わせて、相談の時間を夕方まで延ばしました。利用者からは、仕事帰りに寄れると好評です。"),
        ("ハローワーク鳥取", HW, "市と同じ場所で相談できるので、紹介後の様子もすぐに分かります。"),
    ],
    [
        (
            "米子市福祉保健部福祉課",
            MU,
            "就職後の電話で、職場の悩みを"
            "早めに聞けるようになりました。",
        ),
        (
            "ハローワーク米子",
            HW,
            "フォローを始めてから、3か月以内"
            "に辞める方が目に見えて減りました。",
        ),
    ],
]


# 3. Marks before the text, the speaker in brackets at its end: ◎ ○ ● and the kanji
#    zero 〇 and the large circle ◯ used as marks; one text wrapped onto an indented line.
MARKS_TEXT_SPEAKER = """\
令和４年度　事例集（四国ブロック）

事例１　高知県高知市
窓口を一つに

【取組内容】
・福祉と就労の相談窓口を一本化する

◇現場の声
◎ 窓口が一つになり、相談者の移動の負担がなくなった。（高知市健康福祉部福祉管理課）
○ 紹介の翌日には面接に同行できている。（ハローワーク高知）
● 管内の他の市にも広げていきたい。（高知労働局）

事例２　高知県南国市
ケースワーカーからの提案

【取組内容】
・ケースワーカーが就労支援を提案する

◇現場の声
〇 開設から二年で、ケースワーカーが就労支援を提案する場面が
　 確実に増えた。（南国市福祉事務所）
◯ 提案を受けて来所する方は、準備が整っていることが多い。（ハローワーク高知）
"""

MARKS_TEXT_SPEAKER_FACTS = [
    [
        ("高知市健康福祉部福祉管理課", MU, "窓口が一つになり、相談者の移動の負担がなくなった。"),
        ("ハローワーク高知", HW, "紹介の翌日には面接に同行できている。"),
        ("高知労働局", LB, "管内の他の市にも広げていきたい。"),
    ],
    [
        (
            "南国市福祉事務所",
            MU,
            "開設から二年で、ケースワーカーが就"
            "労支援を提案する場面が確実に増えた。",
        ),
        ("ハローワーク高知", HW, "提案を受けて来所する方は、準備が整っていることが多い。"),
    ],
]


# 4. A vertical-writing (縦書き) comment box extracted one column a line: many short lines
#    in a row, then the speaker in brackets. The column lines are one text.
VERTICAL_BOX = """\
令和元年度　一体的実施事例集

事例１　愛媛県松山市
駅前の相談コーナー

【取組内容】
・駅前の商業施設に相談コーナーを置く

【ひとこと】
窓口が
駅前に
移り、
相談の
敷居が
下がり
ました。
（松山市生活福祉課）
仕事の
帰りに
寄る方
が増え
ました。
（ハローワーク松山）

事例２　愛媛県今治市
職場体験から就職へ

【取組内容】
・市内の事業所で職場体験を行う

【ひとこと】
体験を
経て、
就職を
決めた
方が
多い。
（今治市生活福祉課）
"""

VERTICAL_BOX_FACTS = [
    [
        ("松山市生活福祉課", MU, "窓口が駅前に移り、相談の敷居が下がりました。"),
        ("ハローワーク松山", HW, "仕事の帰りに寄る方が増えました。"),
    ],
    [("今治市生活福祉課", MU, "体験を経て、就職を決めた方が多い。")],
]


# 5. A speaker line (with or without a list mark), the text indented under it and wrapped
#    over indented lines; a person speaking, the age in full-width digits.
SPEAKER_INDENTED = """\
令和２年度　一体的実施の取組（北海道）

事例１　北海道函館市
保護の相談と同じ日に

【取組内容】
・保護の相談の日に就労相談を行う

【関係者の声】
・函館市保健福祉部生活支援第二課
　　開設後、保護の相談に来た方をその場で就労相談へ
　　案内できるようになった。
・ハローワーク函館
　　市の窓口と同じ建物にあるため、紹介の翌日に面談できる。

事例２　北海道旭川市
ひとり親の就労支援

【取組内容】
・児童扶養手当の現況届の時期に出張相談を行う

【関係者の声】
　旭川市子育て支援部子育て助成課
　　　現況届の時期に、ハローワークの方と話せる機会を設けられた。
　利用者（３０代女性）
　　　子どもを預けている時間に相談できて助かりました。
"""

SPEAKER_INDENTED_FACTS = [
    [
        ("函館市保健福祉部生活支援第二課", MU,
         "開設後、保護の相談に来た方をその場で就労相談へ案内できるようになった。"),
        ("ハローワーク函館", HW, "市の窓口と同じ建物にあるため、紹介の翌日に面談できる。"),
    ],
    [
        (
            "旭川市子育て支援部子育て助成課",
            MU,
            "現況届の時期に、ハローワーク"
            "の方と話せる機会を設けられた。",
        ),
        ("利用者(30代女性)", OT, "子どもを預けている時間に相談できて助かりました。"),
    ],
]


# 6. Round-table turns ``姓（所属役職）　text`` and ``姓（所属役職）：text``, one turn wrapped onto
#    an indented line; the chair's lines are no comments.
TALK_TURNS = """\
令和元年度　座談会記録

事例１　岩手県盛岡市
福祉と就労の毎週の会議

【取組内容】
・毎週月曜日にケース会議を開く

【関係者の声】
司会　会議を毎週にした効果はいかがですか。
佐藤（盛岡市保健福祉部生活福祉課長）　気になる方の話を、その週のうちに相談員へ\
伝えられるようになりました。
高橋（ハローワーク盛岡統括職業指導官）　初回の相談から生活の事情を踏まえた求人を示せます。
　面接への同行も増えました。

事例２　岩手県花巻市
就職後の相談の場

【取組内容】
・就職後の相談会を月に一度開く

【関係者の声】
菊池（花巻市健康福祉部生活福祉課長補佐）：就職後の相談会には毎回十人ほどが集まります。
千葉（岩手労働局職業対策課長）：県内の他の市にも紹介していきたい。
"""

TALK_TURNS_FACTS = [
    [
        ("盛岡市保健福祉部生活福祉課長", MU,
         "気になる方の話を、その週のうちに相談員へ伝えられるようになりました。"),
        ("ハローワーク盛岡統括職業指導官", HW,
         "初回の相談から生活の事情を踏まえた求人を示せます。面接への同行も増えました。"),
    ],
    [
        ("花巻市健康福祉部生活福祉課長補佐", MU, "就職後の相談会には毎回十人ほどが集まります。"),
        ("岩手労働局職業対策課長", LB, "県内の他の市にも紹介していきたい。"),
    ],
]


# 7. An unquoted text of one or two lines, its speaker in brackets on the line under it
#    (pushed right with spaces), under a ``現場の声`` heading.
SPEAKER_BELOW = """\
平成29年度　好事例集

事例１　北海道釧路市
定着支援の強化

【取組内容】
・就職後６か月間の定着支援を行う

＜現場の声＞
開設から三年、ケースワーカーが就労を提案する場面が増えた。
今後は定着支援にも力を入れたい。
　　　　　　　　　　　　（釧路市福祉部生活福祉事務所）
紹介した方の半数以上が半年後も同じ職場で働いている。
　　　　　　　　　　　　（ハローワーク釧路）

事例２　北海道帯広市
求人の開拓

【取組内容】
・短時間の求人を事業所に働きかける

＜現場の声＞
短い時間から働ける求人が増え、紹介できる先が広がった。
　　　　　　　　　　　　（ハローワーク帯広）
"""

SPEAKER_BELOW_FACTS = [
    [
        ("釧路市福祉部生活福祉事務所", MU,
         "開設から三年、ケースワーカーが就労を提案する場面が増えた。今後は定着支援にも力を入れたい。"),
        ("ハローワーク釧路", HW, "紹介した方の半数以上が半年後も同じ職場で働いている。"),
    ],
    [("ハローワーク帯広", HW, "短い時間から働ける求人が増え、紹介できる先が広がった。")],
]


# 8. A page break (page number, running head) inside a comments block: the running head is
#    no part of the text before it, and the comment after it is read.
PAGE_BREAK = """\
令和３年度　一体的実施事例集（東北）

事例１　宮城県仙台市
区役所での巡回相談

【取組内容】
・五つの区役所を巡回して相談を行う

【関係者の声】
仙台市健康福祉局保護自立支援課：
「区役所に来たついでに相談できることが、利用の伸びにつながっている。」

－１２－
令和３年度　一体的実施事例集（東北）

ハローワーク仙台：
「巡回の日程が固定されたので、区の職員から紹介を受けやすくなった。」

事例２　宮城県石巻市
震災後の暮らしと仕事

【取組内容】
・住まいの相談と仕事の相談を同じ日に行う

【関係者の声】
「住まいと仕事の相談を一度に受けられるのが一番の強みです。」（石巻市福祉部生活福祉課）
"""

PAGE_BREAK_FACTS = [
    [
        ("仙台市健康福祉局保護自立支援課", MU,
         "区役所に来たついでに相談できることが、利用の伸びにつながっている。"),
        (
            "ハローワーク仙台",
            HW,
            "巡回の日程が固定されたので、区の"
            "職員から紹介を受けやすくなった。",
        ),
    ],
    [("石巻市福祉部生活福祉課", MU, "住まいと仕事の相談を一度に受けられるのが一番の強みです。")],
]


# 9. E-mail style blocks: ``差出人：org`` opens a comment, ``件名：…`` is no part of its text,
#    the body lines under it are the text.
MAIL_BLOCKS = """\
令和５年度　一体的実施の取組（九州）

事例１　福岡県飯塚市
市の広報での周知

【取組内容】
・市の広報紙に毎月窓口を案内する

【関係機関の声】
差出人：飯塚市福祉部生活支援課
件名：広報の効果
　広報紙を見て来所した方が、前年の倍になりました。
差出人：福岡労働局 職業対策課
件名：今後について
　市の広報を使えるのは、ハローワークだけでは得られない効果です。

事例２　福岡県田川市
出張相談の定例化

【取組内容】
・月２回の出張相談を行う

【関係機関の声】
差出人：ハローワーク田川
件名：出張相談
　日程が決まったことで、地域の方の来所が増えました。
"""

MAIL_BLOCKS_FACTS = [
    [
        ("飯塚市福祉部生活支援課", MU, "広報紙を見て来所した方が、前年の倍になりました。"),
        (
            "福岡労働局職業対策課",
            LB,
            "市の広報を使えるのは、ハローワ"
            "ークだけでは得られない効果です。",
        ),
    ],
    [("ハローワーク田川", HW, "日程が決まったことで、地域の方の来所が増えました。")],
]


# 10. A speaker first, its quotation opened on the next line and closed lines later (no
#     colon); then one quoted with 『』.
SPEAKER_OVER_WRAPPED = """\
令和２年度　事例集

事例１　秋田県秋田市
生活困窮者の就労準備

【取組内容】
・就労準備講座を月に一度開く

【関係者の声】
秋田市福祉保健部福祉総務課
「講座で自信をつけた方は、
応募への迷いが少なくなります。」
ハローワーク秋田
『講座のあとの職業相談では、
具体的な求人の話から入れます。』

事例２　秋田県大館市
ハローワークとの同じ机

【取組内容】
・市の窓口に相談員の席を置く

【関係者の声】
大館市福祉課
「同じ机で話せるので、確かめたいことをすぐ聞ける。」
"""

SPEAKER_OVER_WRAPPED_FACTS = [
    [
        (
            "秋田市福祉保健部福祉総務課",
            MU,
            "講座で自信をつけた方は、応"
            "募への迷いが少なくなります。",
        ),
        ("ハローワーク秋田", HW, "講座のあとの職業相談では、具体的な求人の話から入れます。"),
    ],
    [("大館市福祉課", MU, "同じ机で話せるので、確かめたいことをすぐ聞ける。")],
]


# 11. A round-table record with no heading over the talk: the turns follow the case's memo
#     line directly; the chair's lines are no comments; the table heading after the talk
#     ends it.
TURNS_NO_HEADING = """\
平成30年度　座談会記録集

事例１　静岡県沼津市
夜間の相談窓口

出席者（敬称略）
　鈴木　一郎　　沼津市社会福祉課長
　望月　花子　　ハローワーク沼津統括職業指導官

司会　夜間の窓口を始めたきっかけを教えてください。
鈴木（沼津市社会福祉課長）　昼間は働いている方から、夜に相談したいという声が多く寄せられていました。
望月（ハローワーク沼津統括職業指導官）　夜間の相談には、毎回三人ほどが予約を入れています。
司会　今後の課題はいかがですか。
鈴木（沼津市社会福祉課長）　就職後の相談も夜に受けられるようにしたいと考えています。

＜主な取組＞
・毎週木曜日の午後８時まで相談を受け付ける

事例２　静岡県富士市
企業見学会

司会　見学会の反響はいかがですか。
杉山（富士市福祉総務課長）　製紙工場の見学には、毎回定員を超える申込みがあります。
渡辺（静岡労働局職業対策課長）　他の市でも同じような見学会を開けるよう支援したい。

＜主な取組＞
・市内の工場で月１回の見学会を開く
"""

TURNS_NO_HEADING_FACTS = [
    [
        (
            "沼津市社会福祉課長",
            MU,
            "昼間は働いている方から、夜に相談した"
            "いという声が多く寄せられていました。",
        ),
        (
            "ハローワーク沼津統括職業指導官",
            HW,
            "夜間の相談には、毎回三人"
            "ほどが予約を入れています。",
        ),
        ("沼津市社会福祉課長", MU, "就職後の相談も夜に受けられるようにしたいと考えています。"),
    ],
    [
        ("富士市福祉総務課長", MU, "製紙工場の見学には、毎回定員を超える申込みがあります。"),
        ("静岡労働局職業対策課長", LB, "他の市でも同じような見学会を開けるよう支援したい。"),
    ],
]


# 12. Quotations closed by their speaker standing in a case's body under no comments
#     heading (after the initiatives list and a prose line), then a data box: the quotes are
#     comments, the box and the prose are none.
QUOTES_IN_BODY = """\
2022年度　広報誌特集

事例１　宮城県名取市
駅前の相談室

□取組の内容□
　・駅前の商業施設で相談を受ける
　・月に一度、合同の面接会を開く

　2021年度は、相談に来た方の半数が就職した。

「駅前に移ってから、若い方の相談が目に見えて増えました。」（名取市保健福祉部社会福祉課）

「面接会の翌週に、採用の連絡を受ける方が多いです。」（ハローワーク仙台）

□データ□
名称　　なとり仕事相談室（常設窓口）
開設　　2019年4月1日

事例２　宮城県多賀城市
子育て中の方への相談

□取組の内容□
　・保育所の送迎時間に合わせた相談枠を設ける

『お迎えの前に寄れるのがありがたい、という声をいただいています。』（多賀城市保健福祉部社会福祉課）
"""

QUOTES_IN_BODY_FACTS = [
    [
        (
            "名取市保健福祉部社会福祉課",
            MU,
            "駅前に移ってから、若い方の"
            "相談が目に見えて増えました。",
        ),
        ("ハローワーク仙台", HW, "面接会の翌週に、採用の連絡を受ける方が多いです。"),
    ],
    [(
        "多賀城市保健福祉部社会福祉課",
        MU,
        "お迎えの前に寄れるのがありがた"
        "い、という声をいただいています。",
    )],
]


# 13. A voices corner (``担当者に聞きました``) of speaker lines over indented quotations, a
#     data box right under it with no blank line between: the box's fields are no comments.
VOICES_THEN_BOX = """\
令和３年度　事例集

事例１　山形県米沢市
相談の予約をその日のうちに

【取組内容】
・福祉の窓口でその日のうちに相談の予約を受ける

◇担当者に聞きました◇
米沢市健康福祉部社会福祉課
　「その日のうちに予約できるので、気持ちが揺らぐ前に相談につなげられます。」
ハローワーク米沢
　「予約の時点で本人の事情が分かるので、最初から求人の話ができます。」
＜ＤＡＴＡ＞
施設名　　よねざわ就労サポート（一体的実施施設）
所在地　　米沢市役所１階
開　設　　2017年10月2日

事例２　山形県酒田市
ひとり親の相談日

【取組内容】
・毎月第２土曜日に相談日を設ける

◇担当者に聞きました◇
酒田市健康福祉部子育て支援課
　「土曜日なら仕事を休まずに来られる、と好評です。」
"""

VOICES_THEN_BOX_FACTS = [
    [
        (
            "米沢市健康福祉部社会福祉課",
            MU,
            "その日のうちに予約できるので、気持"
            "ちが揺らぐ前に相談につなげられます。",
        ),
        (
            "ハローワーク米沢",
            HW,
            "予約の時点で本人の事情が分かるの"
            "で、最初から求人の話ができます。",
        ),
    ],
    [("酒田市健康福祉部子育て支援課", MU, "土曜日なら仕事を休まずに来られる、と好評です。")],
]


# 14. The speaker after an unquoted text on a line of its own behind a dash (``――org``), and
#     a comment of two paragraphs before it; then a case whose texts end with ``（org 談）``.
DASH_AFTER = """\
令和４年度　一体的実施の取組（関東）

事例１　栃木県宇都宮市
同じ階での引継ぎ

【取組内容】
・福祉の窓口と同じ階に相談窓口を置く

【関係者の声】
　窓口が同じ階にあるので、相談者を待たせずにつなげます。
　　　　　　　　　　　　　――宇都宮市保健福祉部生活福祉第一課
　紹介の翌日には面接の練習ができています。
　　　　　　　　　　　　　――ハローワーク宇都宮

事例２　栃木県小山市
駅前での出張相談

【取組内容】
・駅前の市民交流センターで月２回の出張相談を行う

【関係者の声】
　駅前なので、仕事帰りに寄っていく方もいます。
　　　　　　　　　　　　　（小山市福祉部生活福祉課長談）
"""

DASH_AFTER_FACTS = [
    [
        (
            "宇都宮市保健福祉部生活福祉第一課",
            MU,
            "窓口が同じ階にあるので、相談者を待たせずにつなげます。",
        ),
        ("ハローワーク宇都宮", HW, "紹介の翌日には面接の練習ができています。"),
    ],
    [("小山市福祉部生活福祉課長", MU, "駅前なので、仕事帰りに寄っていく方もいます。")],
]


# 15. Vertical-writing boxes whose speaker bracket is cut over the column lines too, and a
#     box whose speaker line comes first (the columns under it are its text).
VERTICAL_SPLIT_SPEAKER = """\
平成31年度　一体的実施事例集

事例１　香川県高松市
市役所１階の相談窓口

【取組内容】
・市役所本庁舎１階に相談窓口を置く

＜現場の声＞
相談に
来た方
を、そ
の場で
案内で
きます。
（高松
市生活
福祉課）

事例２　香川県丸亀市
就職後の定着支援

【取組内容】
・就職後３か月間の定着支援

＜現場の声＞
ハローワーク丸亀
　就職後
　の電話
　で、悩
　みを早
　く聞け
　ます。
"""

VERTICAL_SPLIT_SPEAKER_FACTS = [
    [("高松市生活福祉課", MU, "相談に来た方を、その場で案内できます。")],
    [("ハローワーク丸亀", HW, "就職後の電話で、悩みを早く聞けます。")],
]


# 16. Turns written with bare surnames, the organisations only in the attendee list
#     (``参加者`` / ``パネリスト``, a gloss in brackets), no heading over the talk; one case
#     with the full name before the text.
SURNAME_TURNS = """\
令和２年度　意見交換会の記録

事例１　群馬県前橋市
福祉と就労の合同ケース会議

参加者（順不同）
　阿部　直樹　　前橋市福祉部社会福祉課長
　星野　里美　　ハローワーク前橋統括職業指導官

進行　合同会議を始めて何が変わりましたか。
阿部　支援の方針を一度で決められるようになり、開始までの日数が短くなりました。
星野　市の情報があるので、初回から求人の提案に入れます。

【取組内容】
・毎週火曜日に合同ケース会議を開く

事例２　群馬県伊勢崎市
外国籍の方への相談

パネリスト
　新井　亮　　　伊勢崎市福祉部社会福祉課長
　関口　真由美　群馬労働局職業対策課長

新井亮　通訳を交えた相談の日を月に二回設けています。
関口　他の市でも同じ取組ができるよう支えていきます。

【取組内容】
・通訳を交えた相談日を設ける
"""

SURNAME_TURNS_FACTS = [
    [
        (
            "前橋市福祉部社会福祉課長",
            MU,
            "支援の方針を一度で決められるようになり、開始までの日数が短くなりました。",
        ),
        (
            "ハローワーク前橋統括職業指導官",
            HW,
            "市の情報があるので、初回から求人の提案に入れます。",
        ),
    ],
    [
        ("伊勢崎市福祉部社会福祉課長", MU, "通訳を交えた相談の日を月に二回設けています。"),
        ("群馬労働局職業対策課長", LB, "他の市でも同じ取組ができるよう支えていきます。"),
    ],
]


# 17. Precision: a block of speaker lines over their texts that ends with a bracketed note
#     (``（敬称略）``) is read speaker-first, the note none of the texts; bracketed speakers over
#     their texts stay speaker-first.
NOTE_AT_END = """\
令和元年度　一体的実施事例集

事例１　福井県福井市
ひとり親の相談日

【取組内容】
・毎月第１土曜日に相談日を設ける

【関係者の声】
福井市福祉保健部子ども福祉課
　土曜日の相談日は、毎回予約で埋まっています。
ハローワーク福井
　子どもの学校行事に合わせた求人を一緒に探しています。
（敬称略）

事例２　福井県敦賀市
駅前の相談窓口

【取組内容】
・駅前の市民活動センターで相談を受ける

【関係者の声】
（敦賀市）
駅前に移ってから、仕事帰りの方の相談が増えました。
（ハローワーク敦賀）
夜の相談にも応じられるよう調整しています。
"""

NOTE_AT_END_FACTS = [
    [
        ("福井市福祉保健部子ども福祉課", MU, "土曜日の相談日は、毎回予約で埋まっています。"),
        ("ハローワーク福井", HW, "子どもの学校行事に合わせた求人を一緒に探しています。"),
    ],
    [
        ("敦賀市", MU, "駅前に移ってから、仕事帰りの方の相談が増えました。"),
        ("ハローワーク敦賀", HW, "夜の相談にも応じられるよう調整しています。"),
    ],
]


# 18. Precision: organisations alone on their lines over indented one-line texts (no mark,
#     no bracket, no blank line between the comments): each line pair one comment, no text
#     joined to the next organisation's line.
ORG_OVER_ATTRIBUTED = """\
令和３年度　好事例集

事例１　青森県弘前市
冬場の就職支援

【取組内容】
・冬の前に求人の開拓を始める

【関係者の声】
ハローワーク弘前
　冬になる前に就職が決まる方が増えました。
弘前市健康福祉部生活福祉課
　冬場も相談が途切れなくなりました。

事例２　青森県黒石市
出張相談

【取組内容】
・月１回の出張相談を行う

【関係者の声】
黒石市福祉総務課
　出張相談の日は、朝から予約が入ります。
"""

ORG_OVER_ATTRIBUTED_FACTS = [
    [
        ("ハローワーク弘前", HW, "冬になる前に就職が決まる方が増えました。"),
        ("弘前市健康福祉部生活福祉課", MU, "冬場も相談が途切れなくなりました。"),
    ],
    [("黒石市福祉総務課", MU, "出張相談の日は、朝から予約が入ります。")],
]


VARIANTS: dict[str, tuple[str, list[list[C]]]] = {
    "org_colon": (ORG_COLON, ORG_COLON_FACTS),
    "quote_then_speaker": (QUOTE_THEN_SPEAKER, QUOTE_THEN_SPEAKER_FACTS),
    "marks_text_speaker": (MARKS_TEXT_SPEAKER, MARKS_TEXT_SPEAKER_FACTS),
    "vertical_box": (VERTICAL_BOX, VERTICAL_BOX_FACTS),
    "speaker_indented": (SPEAKER_INDENTED, SPEAKER_INDENTED_FACTS),
    "talk_turns": (TALK_TURNS, TALK_TURNS_FACTS),
    "speaker_below": (SPEAKER_BELOW, SPEAKER_BELOW_FACTS),
    "page_break": (PAGE_BREAK, PAGE_BREAK_FACTS),
    "mail_blocks": (MAIL_BLOCKS, MAIL_BLOCKS_FACTS),
    "speaker_over_wrapped": (SPEAKER_OVER_WRAPPED, SPEAKER_OVER_WRAPPED_FACTS),
    "turns_no_heading": (TURNS_NO_HEADING, TURNS_NO_HEADING_FACTS),
    "quotes_in_body": (QUOTES_IN_BODY, QUOTES_IN_BODY_FACTS),
    "voices_then_box": (VOICES_THEN_BOX, VOICES_THEN_BOX_FACTS),
    "dash_after": (DASH_AFTER, DASH_AFTER_FACTS),
    "vertical_split_speaker": (VERTICAL_SPLIT_SPEAKER, VERTICAL_SPLIT_SPEAKER_FACTS),
    "surname_turns": (SURNAME_TURNS, SURNAME_TURNS_FACTS),
    "note_at_end": (NOTE_AT_END, NOTE_AT_END_FACTS),
    "org_over_indented": (ORG_OVER_ATTRIBUTED, ORG_OVER_ATTRIBUTED_FACTS),
}

#: forms no reader takes yet: kept failing, strictly, so that the day they read the mark
#: has to go
NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=NOT_YET[name], strict=True))
        if name in NOT_YET
        else name
        for name in sorted(VARIANTS)
    ],
)
def test_variant_reads(name: str) -> None:
    text, expected = VARIANTS[name]
    assert _mismatches(text, expected) == []
