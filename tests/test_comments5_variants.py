# ruff: noqa: E501  (variant documents are data: one case body per line)
"""Comments in the forms other offices write them (branch comments5, decisions 1340–1379):
関係機関の所感 / 所見 / 感想 sections with organisation lines over indented text, side tags
(``（自治体）`` ``（安定所）``), vertical-writing boxes with an editor's note, speakers in table
cells, speakers after the text, a comment split by a page break, minutes whose chair and
secretariat speak too, e-mail replies with signatures and quoted requests, handouts with
◎ ○ ● marks.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented prose); every expected comment was written by hand from reading
the document, never printed from the parser. Both directions count: a comment missed and a
line read as a comment that a careful reader would not record.
"""

from __future__ import annotations

import pytest

import jirei
from _variants import labelled_doc

C = tuple[str, str, str]


DOCS: list[tuple[str, str, list[list[C]]]] = [
    (  # 1. 関係機関の所感 / 感想: organisation lines (an inner space) over indented text
        "shokan_org_lines",
        labelled_doc(
            "平成28年度　一体的実施事業　取組状況報告\n京都労働局",
            ("京都市", "ハローワーク西陣", "相談から就職まで一つの窓口で",
             "関係機関の所感\n  京都市 保健福祉局生活福祉部\n      窓口が一か所になり、相談者を別の庁舎へ案内することがなくなった。\n  ハローワーク西陣\n      市の担当者と毎朝短い打合せを行い、支援の方針をそろえている。"),
            ("宇治市", "ハローワーク宇治", "子育て世帯の就労を後押し",
             "関係機関の感想\n  宇治市 健康長寿部生活支援課\n      子どもの預け先の相談と職業相談を\n      同じ日に済ませられるようになった。\n  京都労働局\n      管内の他の市にも広げたい取組である。"),
        ),
        [[("京都市保健福祉局生活福祉部", "municipality", "窓口が一か所になり、相談者を別の庁舎へ案内することがなくなった。"),
          ("ハローワーク西陣", "hello_work", "市の担当者と毎朝短い打合せを行い、支援の方針をそろえている。")],
         [("宇治市健康長寿部生活支援課", "municipality", "子どもの預け先の相談と職業相談を同じ日に済ませられるようになった。"),
          ("京都労働局", "labour_bureau", "管内の他の市にも広げたい取組である。")]],
    ),
    (  # 2. Ⅳ 関係機関の所見: side tags （自治体）（安定所）（労働局）（市） before the organisation
        "side_tags",
        labelled_doc(
            "令和５年度　評価シート　九州ブロック",
            ("大分市", "ハローワーク大分", "定着支援まで一つのチームで",
             "Ⅳ　関係機関の所見\n（自治体）大分市福祉保健部生活福祉課\n　　就職後の定着確認まで一緒に行えるようになった。\n（安定所）ハローワーク大分\n　　福祉の情報を踏まえた職業紹介ができている。"),
            ("別府市", "ハローワーク別府", "温泉街の求人を生かした支援",
             "Ⅳ　関係機関の所見\n（市）別府市福祉共生部ひと・くらし支援課\n　　観光業の求人に合わせた準備講座が好評だった。\n（労働局）大分労働局職業安定部職業対策課\n　　他の市への展開を検討したい。"),
        ),
        [[("大分市福祉保健部生活福祉課", "municipality", "就職後の定着確認まで一緒に行えるようになった。"),
          ("ハローワーク大分", "hello_work", "福祉の情報を踏まえた職業紹介ができている。")],
         [("別府市福祉共生部ひと・くらし支援課", "municipality", "観光業の求人に合わせた準備講座が好評だった。"),
          ("大分労働局職業安定部職業対策課", "labour_bureau", "他の市への展開を検討したい。")]],
    ),
    (  # 3. vertical-writing boxes: an editor's note first, one short column a line, speaker after
        "vertical_note",
        labelled_doc(
            "情報誌　ひょうご　しごと通信　第８号",
            ("姫路市", "ハローワーク姫路", "駅前の窓口で相談が倍増",
             "＜現場の声＞\n（縦書きコラム）\n駅前に窓口が\n移ってから、\n仕事帰りの方\nの相談が増え\nました。\n（姫路市 健康福祉局保護課）\n\n求人の紹介ま\nでその場で進\nめられます。\n（ハローワーク姫路）"),
            ("明石市", "ハローワーク明石", "ひとり親の就職を一緒に",
             "＜現場の声＞\n（囲み記事）\n手当の窓口で\nそのまま職業\n相談ができる\nようになりま\nした。\n（明石市福祉局生活支援室）"),
        ),
        [[("姫路市健康福祉局保護課", "municipality", "駅前に窓口が移ってから、仕事帰りの方の相談が増えました。"),
          ("ハローワーク姫路", "hello_work", "求人の紹介までその場で進められます。")],
         [("明石市福祉局生活支援室", "municipality", "手当の窓口でそのまま職業相談ができるようになりました。")]],
    ),
    (  # 4. speakers in a table cell: | 関係機関 | 所感 |
        "table_cells",
        labelled_doc(
            "令和３年度　愛媛県内の一体的実施の状況\n愛媛労働局",
            ("松山市", "ハローワーク松山", "市役所の中の就労支援コーナー",
             "■関係機関の所感\n| 関係機関 | 所感 |\n| --- | --- |\n| 松山市保健福祉部生活福祉課 | 申請の日に就労相談へつなげられるようになった。 |\n| ハローワーク松山 | 市と同じ部屋で面談できるので支援が早い。 |"),
            ("今治市", "ハローワーク今治", "造船のまちの就職支援",
             "■関係機関の所感\n| 関係機関 | 所感 |\n| --- | --- |\n| 今治市健康福祉部福祉政策課 | 企業見学会をきっかけに就職した方が多かった。 |"),
        ),
        [[("松山市保健福祉部生活福祉課", "municipality", "申請の日に就労相談へつなげられるようになった。"),
          ("ハローワーク松山", "hello_work", "市と同じ部屋で面談できるので支援が早い。")],
         [("今治市健康福祉部福祉政策課", "municipality", "企業見学会をきっかけに就職した方が多かった。")]],
    ),
    (  # 5. the speaker after the text, on a line of its own after a dash
        "speaker_dash_under",
        labelled_doc(
            "令和２年度　長野県内の好事例\n長野労働局",
            ("松本市", "ハローワーク松本", "予約制の個別相談",
             "◇連携先のひとこと\n予約制にしてから、一人ひとりとじっくり話せるようになりました。\n　　　　――松本市生活支援課\n就職後の相談にも乗れるのが強みです。\n　　　　――ハローワーク松本"),
            ("上田市", "ハローワーク上田", "出張相談で早めの支援",
             "◇連携先のひとこと\n出張相談で顔なじみになった方が、自分から窓口に来てくれます。\n　　　　――上田市福祉部福祉課"),
        ),
        [[("松本市生活支援課", "municipality", "予約制にしてから、一人ひとりとじっくり話せるようになりました。"),
          ("ハローワーク松本", "hello_work", "就職後の相談にも乗れるのが強みです。")],
         [("上田市福祉部福祉課", "municipality", "出張相談で顔なじみになった方が、自分から窓口に来てくれます。")]],
    ),
    (  # 6. a comment split by a page break: speaker line, footer, running head, then its text
        "page_break",
        labelled_doc(
            "令和２年度　一体的実施　好事例集\n岐阜労働局",
            ("岐阜市", "ハローワーク岐阜", "相談の受け渡しを一日で",
             "関係機関の所感\n  岐阜市 福祉部生活福祉課\n      面談の予約を市の窓口で取れるようになり、相談の受け渡しが早くなった。\n  ハローワーク岐阜\n\n                                   － 3 －\n\n令和２年度　一体的実施　好事例集\n      市の支援員と一緒に面談することで、本人の不安が和らいでいる。"),
            ("大垣市", "ハローワーク大垣", "若者の就労準備",
             "関係機関の所感\n  大垣市 福祉部社会福祉課\n      若い方の相談が増え、早めの支援につながっている。"),
        ),
        [[("岐阜市福祉部生活福祉課", "municipality", "面談の予約を市の窓口で取れるようになり、相談の受け渡しが早くなった。"),
          ("ハローワーク岐阜", "hello_work", "市の支援員と一緒に面談することで、本人の不安が和らいでいる。")],
         [("大垣市福祉部社会福祉課", "municipality", "若い方の相談が増え、早めの支援につながっている。")]],
    ),
    (  # 7. 所感 with a department as the speaker (no city word), bracketed over plain text
        "department_only",
        labelled_doc(
            "平成29年度　北海道内の一体的実施事例\n北海道労働局",
            ("旭川市", "ハローワーク旭川", "冬でも途切れない支援",
             "【所感】\n〔生活支援課〕\n冬の間も窓口に来やすくなり、相談の中断が減った。\n〔ハローワーク旭川〕\n市の窓口との情報共有が日常的になった。"),
            ("帯広市", "ハローワーク帯広", "農業法人と連携した就労体験",
             "【所感】\n〔保護課〕\n就労体験から就職した方が３人いた。"),
        ),
        [[("生活支援課", "municipality", "冬の間も窓口に来やすくなり、相談の中断が減った。"),
          ("ハローワーク旭川", "hello_work", "市の窓口との情報共有が日常的になった。")],
         [("保護課", "municipality", "就労体験から就職した方が3人いた。")]],
    ),
    (  # 8. minutes: committee members' remarks are comments; the secretariat and the chair are not
        "minutes_turns",
        labelled_doc(
            "一体的実施事業運営協議会　議事要旨（抜粋）",
            ("大分市", "ハローワーク大分", "協議会で共有した取組",
             "議題２　意見交換\n会長　　それでは委員の皆様からご意見をお願いします。\n委員（大分市福祉保健部長）　窓口の一体化で相談者の負担が減ったと聞いている。\n事務局（ハローワーク大分）　補足しますと、来所者の約３割が市からの案内です。\n委員（大分労働局職業安定部長）　他の市にも紹介していきたい。"),
            ("佐伯市", "ハローワーク佐伯", "出張相談の成果",
             "議題２　意見交換\n議長　　ご意見はありますか。\n委員（佐伯市福祉保健部社会福祉課長）　出張相談の日を増やしてほしいという声がある。\n事務局（佐伯市社会福祉課）　次年度は月２回に増やす予定です。"),
        ),
        [[("大分市福祉保健部長", "municipality", "窓口の一体化で相談者の負担が減ったと聞いている。"),
          ("大分労働局職業安定部長", "labour_bureau", "他の市にも紹介していきたい。")],
         [("佐伯市福祉保健部社会福祉課長", "municipality", "出張相談の日を増やしてほしいという声がある。")]],
    ),
    (  # 9. an e-mail reply: org： over 「…」, then closing words, a signature and the quoted request
        "mail_reply",
        labelled_doc(
            "From: 熊本労働局 職業安定部 職業対策課\nTo: 職業安定局 首席職業指導官室\n件名: Re: 好事例の提出について",
            ("熊本市", "ハローワーク熊本", "区役所で相談から就職まで",
             "（関係者のコメント）\n熊本市健康福祉局保護管理援護課：\n「区役所で相談が完結するので、本人の負担が軽くなった。」\n\nハローワーク熊本：\n「福祉の情報を踏まえて求人を選べる。」\n\n以上です。\n\n--\n熊本労働局 職業安定部 職業対策課\n　担当 山本\nTEL 096-000-0000"),
            ("八代市", "ハローワーク八代", "ひとり親の就職支援",
             "（関係者のコメント）\n八代市健康福祉部福祉政策課：\n「手当の窓口で仕事の相談までできると好評です。」\n\n以上、よろしくお願いいたします。\n\n> 各局ご担当者様\n> 市町村名：○○市\n> 支援対象者数：目標○○人"),
        ),
        [[("熊本市健康福祉局保護管理援護課", "municipality", "区役所で相談が完結するので、本人の負担が軽くなった。"),
          ("ハローワーク熊本", "hello_work", "福祉の情報を踏まえて求人を選べる。")],
         [("八代市健康福祉部福祉政策課", "municipality", "手当の窓口で仕事の相談までできると好評です。")]],
    ),
    (  # 10. a handout: ◎ ○ ● marks, text, speaker in brackets after it, footer and rules after
        "handout_marks",
        labelled_doc(
            "東北ブロック担当者会議　配布資料②\n（記号）◎＝自治体　○＝労働局　●＝ハローワーク",
            ("秋田市", "ハローワーク秋田", "駅前の窓口で",
             "▶ 現場の声\n　◎ 駅前に窓口があるので、仕事帰りの方も相談に来やすい。（秋田市福祉保健部福祉総務課）\n　○ 管内の他の窓口にも広げたい。（秋田労働局）\n\n\n東北ブロック担当者会議　配布資料②　　1/2\n――――――――――――――――――――――――――――――――"),
            ("大館市", "ハローワーク大館", "同行支援",
             "▶ 現場の声\n　● 市の担当者と同行することで、\n　　本人が最初の一歩を踏み出しやすくなった。（ハローワーク大館）\n\n\n東北ブロック担当者会議　配布資料②　　2/2\n――――――――――――――――――――――――――――――――"),
        ),
        [[("秋田市福祉保健部福祉総務課", "municipality", "駅前に窓口があるので、仕事帰りの方も相談に来やすい。"),
          ("秋田労働局", "labour_bureau", "管内の他の窓口にも広げたい。")],
         [("ハローワーク大館", "hello_work", "市の担当者と同行することで、本人が最初の一歩を踏み出しやすくなった。")]],
    ),
    (  # 11. 一言 with ▼ marks: ▼speaker　text
        "marks_triangle",
        labelled_doc(
            "令和元年度　静岡県内の取組紹介\n静岡労働局",
            ("静岡市", "ハローワーク静岡", "福祉と就労の窓口を一つに",
             "〈連携機関から一言〉\n▼静岡市保健福祉長寿局福祉部　相談者を待たせない体制ができた。\n▼ハローワーク静岡　市の窓口からの紹介が増えている。"),
            ("浜松市", "ハローワーク浜松", "外国籍の方への支援",
             "〈連携機関から一言〉\n▼浜松市健康福祉部福祉総務課　通訳を交えた相談が定着した。"),
        ),
        [[("静岡市保健福祉長寿局福祉部", "municipality", "相談者を待たせない体制ができた。"),
          ("ハローワーク静岡", "hello_work", "市の窓口からの紹介が増えている。")],
         [("浜松市健康福祉部福祉総務課", "municipality", "通訳を交えた相談が定着した。")]],
    ),
    (  # 12. 【org】text unquoted on one line, under a 関係者の感想 heading
        "bracket_inline",
        labelled_doc(
            "令和４年度　宮崎県の一体的実施\n宮崎労働局",
            ("宮崎市", "ハローワーク宮崎", "就職後の定着まで",
             "＜関係者の感想＞\n【宮崎市福祉部保護課】就職後の定着確認を一緒に行えるようになった。\n【ハローワーク宮崎】市の情報があることで紹介先を選びやすい。"),
            ("都城市", "ハローワーク都城", "農業分野の就労体験",
             "＜関係者の感想＞\n【都城市福祉部生活福祉課】体験から就職に結びついた方が多い。"),
        ),
        [[("宮崎市福祉部保護課", "municipality", "就職後の定着確認を一緒に行えるようになった。"),
          ("ハローワーク宮崎", "hello_work", "市の情報があることで紹介先を選びやすい。")],
         [("都城市福祉部生活福祉課", "municipality", "体験から就職に結びついた方が多い。")]],
    ),
    (  # 13. NOT comments: a results box after the comments (label　value lines) is no comment
        "figures_after",
        labelled_doc(
            "令和４年度　東北ブロック会議資料\n（記号）◎＝自治体　●＝ハローワーク",
            ("山形市", "ハローワーク山形", "相談窓口の一体化",
             "▶ 現場の声\n　◎ 相談の流れが途切れなくなった。（山形市福祉推進部生活福祉課）\n\n支援対象者数　　目標200人 ⇒ 214人（107.0％）\n就職者数　　　　目標120人 ⇒ 131人（109.2％）"),
            ("米沢市", "ハローワーク米沢", "若者の就職支援",
             "▶ 現場の声\n　● 若い方の来所が増えた。（ハローワーク米沢）\n\n利用者数　　　　5,210人"),
        ),
        [[("山形市福祉推進部生活福祉課", "municipality", "相談の流れが途切れなくなった。")],
         [("ハローワーク米沢", "hello_work", "若い方の来所が増えた。")]],
    ),
    (  # 14. comment columns: one row per case, the partners' kinds as column heads
        "comment_columns",
        labelled_doc(
            "平成30年度　福井県内の取組\n福井労働局",
            ("福井市", "ハローワーク福井", "窓口の一本化",
             "【関係機関のコメント】\n| 自治体 | ハローワーク |\n| --- | --- |\n| 相談者を待たせずに案内できるようになった。 | 市からの紹介で来所する方が増えた。 |"),
            ("敦賀市", "ハローワーク敦賀", "港町の求人開拓",
             "【関係機関のコメント】\n| 自治体 | ハローワーク |\n| --- | --- |\n| 港湾関係の求人が増え、紹介先の幅が広がった。 | 市の支援員との同行面接が定着した。 |"),
        ),
        [[("自治体", "municipality", "相談者を待たせずに案内できるようになった。"),
          ("ハローワーク", "hello_work", "市からの紹介で来所する方が増えた。")],
         [("自治体", "municipality", "港湾関係の求人が増え、紹介先の幅が広がった。"),
          ("ハローワーク", "hello_work", "市の支援員との同行面接が定着した。")]],
    ),
    (  # 15. 声 with users and partners; a footnote and a photo caption are no comments
        "voices_notes",
        labelled_doc(
            "令和３年度　好事例集\n香川労働局",
            ("高松市", "ハローワーク高松", "駅前の相談窓口",
             "■ 関係者の声\n高松市健康福祉局生活福祉課：相談から就職までの流れが一本になった。\n利用者（40代女性）：同じ建物で相談できて助かりました。\n※コメントは令和３年９月の取材時のもの。"),
            ("丸亀市", "ハローワーク丸亀", "うちわの町の就労支援",
             "■ 関係者の声\nハローワーク丸亀：市の窓口からの案内で来所する方が増えた。\n（写真）相談ブースの様子　2021.9.14撮影"),
        ),
        [[("高松市健康福祉局生活福祉課", "municipality", "相談から就職までの流れが一本になった。"),
          ("利用者(40代女性)", "other", "同じ建物で相談できて助かりました。")],
         [("ハローワーク丸亀", "hello_work", "市の窓口からの案内で来所する方が増えた。")]],
    ),
    (  # 16. 所感: organisation lines, the text wrapped over indented lines, a H27.10.1 date line after
        "shokan_wrapped",
        labelled_doc(
            "平成28年度　一体的実施　実施状況\n山口労働局",
            ("下関市", "ハローワーク下関", "港のまちの就労支援",
             "＜所感＞\n　下関市 福祉部生活支援課\n　　　窓口が同じ階になり、\n　　　相談者の移動の負担がなくなった。\n　山口労働局\n　　　H27.10.1の開設以来、\n　　　着実に実績を伸ばしている。\n\n（H27.10.1開設）"),
            ("宇部市", "ハローワーク宇部", "若者の就労準備",
             "＜所感＞\n　宇部市 健康福祉部地域福祉課\n　　　就労準備セミナーから就職につながった方が多い。"),
        ),
        [[("下関市福祉部生活支援課", "municipality", "窓口が同じ階になり、相談者の移動の負担がなくなった。"),
          ("山口労働局", "labour_bureau", "H27.10.1の開設以来、着実に実績を伸ばしている。")],
         [("宇部市健康福祉部地域福祉課", "municipality", "就労準備セミナーから就職につながった方が多い。")]],
    ),
    (  # 17. minutes with colons: ◆ meeting lines, the chair, the secretariat, members
        "minutes_colons",
        labelled_doc(
            "第２回　一体的実施事業運営協議会　議事概要",
            ("鳥取市", "ハローワーク鳥取", "協議会で確認した成果",
             "◆開催日時　令和４年２月１０日（木）１０時～１１時\n◆出席者　鳥取市福祉部長、鳥取労働局職業安定部長、ハローワーク鳥取所長\n\n主な意見\n議長：ご意見をお願いします。\n事務局（鳥取市生活福祉課）：資料２のとおり、目標を上回りました。\n委員（鳥取市福祉部長）：窓口の案内がスムーズになったと感じている。\n委員（ハローワーク鳥取所長）：市からの紹介が定着してきた。"),
            ("米子市", "ハローワーク米子", "出張相談の拡充",
             "主な意見\n座長：それでは意見交換に移ります。\n委員（鳥取労働局職業安定部長）：他の市にも紹介したい取組である。"),
        ),
        [[("鳥取市福祉部長", "municipality", "窓口の案内がスムーズになったと感じている。"),
          ("ハローワーク鳥取所長", "hello_work", "市からの紹介が定着してきた。")],
         [("鳥取労働局職業安定部長", "labour_bureau", "他の市にも紹介したい取組である。")]],
    ),
    (  # 18. a text wrapped across a page break (footer and running head between its lines)
        "page_break_mid_text",
        labelled_doc(
            "平成30年度　一体的実施　取組事例集\n三重労働局",
            ("津市", "ハローワーク津", "福祉事務所の隣で",
             "関係機関の所感\n  津市 健康福祉部生活支援課\n      相談の受け渡しがその日のうちにできるようになり、\n\n                              － 4 / 9 －\n\n平成30年度　一体的実施　取組事例集\n      本人の意欲が高いうちに求職活動を始められている。\n  ハローワーク津\n      市の情報を踏まえた職業紹介ができている。"),
            ("四日市市", "ハローワーク四日市", "ひとり親の就職支援",
             "関係機関の所感\n  四日市市 こども未来部こども家庭課\n      手当の窓口から職業相談へ案内しやすくなった。\n\n                              － 5 / 9 －\n\n平成30年度　一体的実施　取組事例集"),
        ),
        [[("津市健康福祉部生活支援課", "municipality", "相談の受け渡しがその日のうちにできるようになり、本人の意欲が高いうちに求職活動を始められている。"),
          ("ハローワーク津", "hello_work", "市の情報を踏まえた職業紹介ができている。")],
         [("四日市市こども未来部こども家庭課", "municipality", "手当の窓口から職業相談へ案内しやすくなった。")]],
    ),
]


def _got(profile: jirei.Profile) -> list[C]:
    return [(c.speaker or "", c.role, "".join(c.text.split())) for c in profile.comments]


@pytest.mark.parametrize(("name", "text", "expected"), DOCS, ids=[d[0] for d in DOCS])
def test_comment_variant(name: str, text: str, expected: list[list[C]]) -> None:
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == len(expected)
    for profile, want in zip(doc.profiles, expected, strict=True):
        assert _got(profile) == [(s, r, "".join(t.split())) for s, r, t in want]


def test_comment_spans_point_at_the_text() -> None:
    """A comment's span and its speaker's span point into the original text."""
    text = DOCS[0][1]
    doc = jirei.parse_text(text)
    comment = doc.profiles[0].comments[0]
    assert "".join(text[comment.span.start : comment.span.end].split()) == "".join(comment.text.split())
    assert comment.speaker_span is not None
    assert text[comment.speaker_span.start : comment.speaker_span.end] == "京都市 保健福祉局生活福祉部"


def _parts(speaker: str, text: str) -> object:
    from jirei.comments import CommentParts, role_of

    return CommentParts(speaker, 0, len(speaker), role_of(speaker), text, 0, len(text))


@pytest.mark.parametrize(
    ("speaker", "text", "noise"),
    [
        ("令和5年度評価シート", "シート番号 46-02", True),  # a running head: no kana
        ("支援対象者数", "目標180人 ⇒ 196人(108.9%)", True),  # a results line
        ("熊本労働局職業安定部職業対策課", "担当 山本 TEL 096-000-0000", True),  # a signature
        ("件名", "好事例の提出についてお願いします", True),  # an e-mail head word
        ("写真", "相談ブースの様子", True),  # a caption
        ("利用者(40代女性)", "同じ建物で相談できて助かりました。", False),  # a person's sentence
        ("ハローワーク宮崎", "紹介先を選びやすい。", False),
        ("ハローワーク宮崎", "", False),  # no text: the caller warns, no noise
    ],
)
def test_noise(speaker: str, text: str, noise: bool) -> None:
    from jirei.commentnoise import is_noise

    assert is_noise(_parts(speaker, text)) is noise  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "footnote"),
    [("※コメントは取材時のもの。", True), ("(注)令和3年9月現在", True), ("**尾道市**", False),
     ("※ ", False), ("相談が増えた。", False)],
)
def test_footnote(text: str, footnote: bool) -> None:
    from jirei.commentends import is_footnote

    assert is_footnote(text, jirei.DEFAULT_RULES) is footnote


def test_comment_under_speaker_ends_where_its_shape_closes() -> None:
    from jirei.commentends import closed_before
    from jirei.lines import Line

    first = Line("      相談が増えた。", 0)
    # no deeper than the speaker line after a blank line: ended; deeper (after a page break): not
    assert closed_before(2, first, ["相談が増えた。"], Line("次の施設（一体的実施施設）", 40))
    assert not closed_before(2, first, ["相談が増えた。"], Line("      続きの文。", 40))
    # a whole quotation, then a line opening no quotation: ended; another quotation: not
    quoted = Line("「相談が増えた。」", 0)
    assert closed_before(0, quoted, ["「相談が増えた。」"], Line("以上です。", 20))
    assert not closed_before(0, quoted, ["「相談が増えた。」"], Line("「もう一つ。」", 20))
    # no speaker line of its own: never
    assert not closed_before(None, first, ["相談が増えた。"], Line("次の施設", 40))
