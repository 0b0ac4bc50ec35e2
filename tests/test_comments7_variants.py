# ruff: noqa: E501  (variant documents are data: one case body per line)
"""Comments in forms the development sets of the sixth session showed (branch comments7,
decisions 1780–1789), each varied the way other offices and editors would write it: a
comments heading that names no one speaker (``■関係者コメント``, ``エ　関係者の声`` with a
heading number, ``（３）担当者コメント``), a heading with an English gloss in brackets, a
framed box with a title in its top border, a ``所属 / コメント`` grid whose wrapped cells go
on on indented lines, an interview's answers ``答（speaker）`` standing in no comments
section (its ``問`` lines no comment), texts each followed by their ``（speaker）`` line with
a closing chapter after the last one, voices whose heading ends a page, ``＜org＞`` speaker
lines and bare ``orgコメント`` lines.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented prose); every expected comment was written by hand from reading
the document, never printed from the parser.
"""

from __future__ import annotations

import pytest

import jirei
from _variants import labelled_doc, mismatches, with_known_gaps

C = tuple[str, str, str]


def _expected(*cases: list[C]) -> list[dict[str, object]]:
    return [{"comments": list(comments)} for comments in cases]


DOCS: list[tuple[str, str, list[dict[str, object]]]] = [
    (  # 1. a katakana heading number before a collective heading; ◆ speaker lines over indented text
        "kana_numbered_collective",
        labelled_doc(
            "令和３年度　高知県内の一体的実施事例\n高知労働局",
            ("高知市", "ハローワーク高知", "予約なしでその日のうちに相談",
             "ウ　関係機関の声\n◆高知市健康政策部\n　相談の予約がすぐに取れるので、利用者を待たせることがなくなった。\n◆ハローワーク高知\n　市の職員と同じ部屋にいるため、支援の方針をその場で決められる。"),
            ("須崎市", "ハローワーク須崎", "小さな町の顔の見える支援",
             "エ．関係者の声\n◆須崎市福祉事務所\n　顔なじみの職員が仕事探しまで付き添えるようになった。"),
        ),
        _expected(
            [("高知市健康政策部", "municipality", "相談の予約がすぐに取れるので、利用者を待たせることがなくなった。"),
             ("ハローワーク高知", "hello_work", "市の職員と同じ部屋にいるため、支援の方針をその場で決められる。")],
            [("須崎市福祉事務所", "municipality", "顔なじみの職員が仕事探しまで付き添えるようになった。")],
        ),
    ),
    (  # 2. a marked heading naming a collective speaker over ○org：text lines
        "marked_collective_heading",
        labelled_doc(
            "平成30年度　栃木県　一体的実施の取組",
            ("宇都宮市", "ハローワーク宇都宮", "駅前の窓口で若い世代の相談が増加",
             "■連携機関コメント\n○宇都宮市保健福祉部生活福祉第1課：駅前に移ってから、仕事帰りに立ち寄る方が増えました。\n○ハローワーク宇都宮：市の窓口と同じ建物なので、書類の受け渡しがその場で済みます。"),
            ("小山市", "ハローワーク小山", "出張相談で郊外の方にも支援を",
             "●関係者より\n○小山市福祉課：出張相談の日は予約がすぐに埋まります。\n○栃木労働局：郊外での出張相談のモデルとして県内に広げたい。"),
        ),
        _expected(
            [("宇都宮市保健福祉部生活福祉第1課", "municipality", "駅前に移ってから、仕事帰りに立ち寄る方が増えました。"),
             ("ハローワーク宇都宮", "hello_work", "市の窓口と同じ建物なので、書類の受け渡しがその場で済みます。")],
            [("小山市福祉課", "municipality", "出張相談の日は予約がすぐに埋まります。"),
             ("栃木労働局", "labour_bureau", "郊外での出張相談のモデルとして県内に広げたい。")],
        ),
    ),
    (  # 3. a heading with its English gloss in brackets; each speaker and text glossed on the next line
        "english_gloss_heading",
        labelled_doc(
            "令和４年度　一体的実施　事例紹介 (Case studies)",
            ("岡山市", "ハローワーク岡山", "福祉と仕事の相談を一つの窓口で",
             "関係機関の声 (Comments from partners)\n◇岡山市保健福祉局\n(Health and Welfare Bureau, Okayama City)\n相談者が庁舎の中を移動せずに済むようになりました。\n(\"Clients no longer have to move around the building.\")\n◇ハローワーク岡山\n(Hello Work Okayama)\n市の相談員から直接紹介を受けられるので、面談が早く始められます。\n(\"Referrals come straight from the city staff, so interviews start sooner.\")"),
            ("倉敷市", "ハローワーク倉敷中央", "ひとり親の就職を保育とあわせて支援",
             "関係機関の声 (Voices)\n◇倉敷市子ども未来部\n(Children's Future Department, Kurashiki City)\n保育園の相談と仕事の相談を同じ日にできると好評です。\n(\"Parents like being able to ask about nurseries and jobs on the same day.\")"),
        ),
        _expected(
            [("岡山市保健福祉局", "municipality", "相談者が庁舎の中を移動せずに済むようになりました。"),
             ("ハローワーク岡山", "hello_work", "市の相談員から直接紹介を受けられるので、面談が早く始められます。")],
            [("倉敷市子ども未来部", "municipality", "保育園の相談と仕事の相談を同じ日にできると好評です。")],
        ),
    ),
    (  # 4. a framed box titled in its top border, speakers in 【】 or behind ◇ inside it
        "titled_box",
        labelled_doc(
            "令和元年度　愛媛労働局　好事例",
            ("松山市", "ハローワーク松山", "市役所の中で職業相談",
             "┌── 関係者のコメント ─────────────────┐\n│【松山市保健福祉部生活福祉総務課】　　　　　　　│\n│　市役所の中で相談できるので、相談者の移動の負担　│\n│がなくなりました。　　　　　　　　　　　　　　　　│\n│【ハローワーク松山】　　　　　　　　　　　　　　　│\n│　ケースワーカーとの打合せが毎日できています。　　│\n└─────────────────────────┘"),
            ("今治市", "ハローワーク今治", "造船の町で就労支援",
             "┏━ 担当者の声 ━━━━━━━━━━━━━━━━┓\n┃◇今治市健康福祉部　　　　　　　　　　　　┃\n┃　造船関係の求人を紹介できるようになりま　┃\n┃した。　　　　　　　　　　　　　　　　　　┃\n┗━━━━━━━━━━━━━━━━━━━━━━━┛"),
        ),
        _expected(
            [("松山市保健福祉部生活福祉総務課", "municipality", "市役所の中で相談できるので、相談者の移動の負担がなくなりました。"),
             ("ハローワーク松山", "hello_work", "ケースワーカーとの打合せが毎日できています。")],
            [("今治市健康福祉部", "municipality", "造船関係の求人を紹介できるようになりました。")],
        ),
    ),
    (  # 5. a space-aligned grid: header row of column words, wrapped cells on indented lines
        "space_grid_wrapped",
        labelled_doc(
            "2021年度　長崎県　一体的実施取組事例シート",
            ("長崎市", "ハローワーク長崎", "坂の町で出張相談",
             "■関係者コメント\n 発言者                        コメント内容\n 長崎市福祉部生活福祉1課       坂の多い地区にも出張して相談を受けたことで、来所が難しい\n                               方にも支援が届くようになった。\n ハローワーク長崎              市と同じ情報を見ながら面談できている。"),
            ("佐世保市", "ハローワーク佐世保", "求人開拓を市と一緒に",
             "■関係機関のコメント\n 機関名                        ひとこと\n 長崎労働局                    市と一緒に求人を開拓する取組として、ほかの\n                               地域にも紹介したい。"),
        ),
        _expected(
            [("長崎市福祉部生活福祉1課", "municipality", "坂の多い地区にも出張して相談を受けたことで、来所が難しい方にも支援が届くようになった。"),
             ("ハローワーク長崎", "hello_work", "市と同じ情報を見ながら面談できている。")],
            [("長崎労働局", "labour_bureau", "市と一緒に求人を開拓する取組として、ほかの地域にも紹介したい。")],
        ),
    ),
    (  # 6. an interview: 問 / 答（speaker） paragraphs under the results, Q / A（speaker） under the list
        "interview_answers",
        labelled_doc(
            "令和４年度版　岩手県　一体的実施インタビュー集",
            ("盛岡市", "ハローワーク盛岡", "面談の後すぐに職業相談",
             "（実績）\n支援対象者数　目標150人　実績163人\n\nお話を伺った方\n　盛岡市保健福祉部生活福祉課　主査\n　ハローワーク盛岡　統括職業指導官\n\n問　窓口を設けたきっかけは。\n\n答（盛岡市生活福祉課）　面談の後すぐに仕事の相談ができる場所が必要だと考えました。\n\n問　工夫している点は。\n\n答（ハローワーク盛岡）　ケースワーカーと毎週打合せをして、支援の順番を決めています。\n問題があればその日のうちに共有します。"),
            ("一関市", "ハローワーク一関", "ひとり親の相談を夕方にも",
             "Ｑ　開設してからの変化は。\nＡ（一関市社会福祉課）　相談に来る方の年代が広がりました。\nＱ　今後について。\nＡ（ハローワーク一関）　夕方の相談枠をさらに増やしたいと考えています。"),
        ),
        _expected(
            [("盛岡市生活福祉課", "municipality", "面談の後すぐに仕事の相談ができる場所が必要だと考えました。"),
             ("ハローワーク盛岡", "hello_work", "ケースワーカーと毎週打合せをして、支援の順番を決めています。問題があればその日のうちに共有します。")],
            [("一関市社会福祉課", "municipality", "相談に来る方の年代が広がりました。"),
             ("ハローワーク一関", "hello_work", "夕方の相談枠をさらに増やしたいと考えています。")],
        ),
    ),
    (  # 7. texts each followed by their speaker line; a closing chapter after the last one
        "speaker_after_then_chapter",
        labelled_doc(
            "令和４年度　大分県内の窓口の実施状況",
            ("大分市", "ハローワーク大分", "待たせない相談体制",
             "◆現場の声\n相談の当日に求人を一緒に探せるので、利用者の表情が明るくなった。\n（大分市福祉保健部生活福祉課）\n\n市の担当者と毎朝打合せをしているので、引継ぎが早い。\n（ハローワーク大分）"),
            ("別府市", "ハローワーク別府", "温泉の町の求人を生かして",
             "◆現場の声\n旅館の求人を紹介できたことで、就職した方の定着が良い。\n（別府市福祉政策課）\n\n－５－\n\n４　おわりに\n\n　各窓口とも、今後も市とハローワークが一体となった支援を続けていく。"),
        ),
        _expected(
            [("大分市福祉保健部生活福祉課", "municipality", "相談の当日に求人を一緒に探せるので、利用者の表情が明るくなった。"),
             ("ハローワーク大分", "hello_work", "市の担当者と毎朝打合せをしているので、引継ぎが早い。")],
            [("別府市福祉政策課", "municipality", "旅館の求人を紹介できたことで、就職した方の定着が良い。")],
        ),
    ),
    (  # 8. the voices heading ends a page: footer, form feed and running head before the speakers
        "voices_across_page_break",
        labelled_doc(
            "青森労働局　一体的実施事例集（令和３年度）",
            ("青森市", "ハローワーク青森", "雪の季節も途切れない相談",
             "エ　関係者の声\n　　　　　　　　　　　　　　　　― ５ ―\n\f青森労働局　一体的実施事例集（令和３年度）\n\n◎青森市福祉部生活福祉一課\n　冬の間も相談が途切れなくなりました。\n◎ハローワーク青森\n　市の支援員と同じ情報をもとに面談しています。"),
            ("弘前市", "ハローワーク弘前", "りんごの収穫期に合わせた求人",
             "（４）関係機関の声\n　　　　　　　　　　　　　　　　― ６ ―\n\f青森労働局　一体的実施事例集（令和３年度）\n\n◎弘前市健康福祉部\n　収穫期の短期の仕事から始めて、長く働けるようになった方もいます。"),
        ),
        _expected(
            [("青森市福祉部生活福祉一課", "municipality", "冬の間も相談が途切れなくなりました。"),
             ("ハローワーク青森", "hello_work", "市の支援員と同じ情報をもとに面談しています。")],
            [("弘前市健康福祉部", "municipality", "収穫期の短期の仕事から始めて、長く働けるようになった方もいます。")],
        ),
    ),
    (  # 9. ＜org＞ speaker lines with no comment keyword; bare ``orgコメント`` lines
        "angle_and_bare_keyword_speakers",
        labelled_doc(
            "令和元年度　一体的実施　好事例　鳥取労働局",
            ("倉吉市", "ハローワーク倉吉", "市役所の一角に常設窓口",
             "＜倉吉市福祉課＞\n相談者を別の庁舎へ案内する必要がなくなった。\n\n＜ハローワーク倉吉＞\n福祉の担当者とすぐに話ができるので、支援の方針を早く決められる。"),
            ("境港市", "ハローワーク米子", "港の町の求人を生かして",
             "境港市福祉課コメント\n水産加工の求人を紹介できるようになり、就職の幅が広がった。\nハローワーク米子コメント\n出張相談の日を増やしたことで、相談件数が伸びている。"),
        ),
        _expected(
            [("倉吉市福祉課", "municipality", "相談者を別の庁舎へ案内する必要がなくなった。"),
             ("ハローワーク倉吉", "hello_work", "福祉の担当者とすぐに話ができるので、支援の方針を早く決められる。")],
            [("境港市福祉課", "municipality", "水産加工の求人を紹介できるようになり、就職の幅が広がった。"),
             ("ハローワーク米子", "hello_work", "出張相談の日を増やしたことで、相談件数が伸びている。")],
        ),
    ),
    (  # 10. a katakana-numbered heading over inline ・org：text lines
        "kana_heading_inline_colon",
        labelled_doc(
            "平成31年３月　山形労働局　事業実績報告",
            ("山形市", "ハローワーク山形", "支援の記録を共有して切れ目なく",
             "オ　関係者の声\n・山形市福祉推進部生活福祉課：共通の支援記録で、担当が替わっても支援が途切れない。\n・ハローワーク山形：記録を見れば前回の面談の内容がすぐに分かる。"),
            ("米沢市", "ハローワーク米沢", "冬期の求人を前倒しで確保",
             "オ　関係者の声\n・米沢市健康福祉部：雪が降る前に求人を集めたことで、冬の就職者が増えた。"),
        ),
        _expected(
            [("山形市福祉推進部生活福祉課", "municipality", "共通の支援記録で、担当が替わっても支援が途切れない。"),
             ("ハローワーク山形", "hello_work", "記録を見れば前回の面談の内容がすぐに分かる。")],
            [("米沢市健康福祉部", "municipality", "雪が降る前に求人を集めたことで、冬の就職者が増えた。")],
        ),
    ),
    (  # 11. a bracketed collective heading over ＜org＞ speaker lines
        "bracketed_collective_over_angles",
        labelled_doc(
            "令和２年度　三重県の一体的実施",
            ("津市", "ハローワーク津", "福祉事務所の隣に就労支援の窓口",
             "【関係者コメント】\n＜津市健康福祉部＞\n隣の窓口に案内するだけで済むので、相談者の負担が小さい。\n＜ハローワーク津＞\n福祉事務所のケースワーカーと顔を合わせて相談できる。"),
            ("四日市市", "ハローワーク四日市", "工業地帯の求人を紹介",
             "【関係者コメント】\n＜三重労働局＞\n工場の多い地域の特性を生かした取組として期待している。"),
        ),
        _expected(
            [("津市健康福祉部", "municipality", "隣の窓口に案内するだけで済むので、相談者の負担が小さい。"),
             ("ハローワーク津", "hello_work", "福祉事務所のケースワーカーと顔を合わせて相談できる。")],
            [("三重労働局", "labour_bureau", "工場の多い地域の特性を生かした取組として期待している。")],
        ),
    ),
    (  # 12. a numbered 担当者コメント heading over 【org】 speaker lines
        "numbered_staff_heading",
        labelled_doc(
            "令和３年度　茨城労働局　取組事例",
            ("水戸市", "ハローワーク水戸", "駅から近い窓口で",
             "（３）担当者コメント\n【水戸市福祉部生活福祉課】\n駅から近くなり、若い方の来所が増えています。\n【ハローワーク水戸】\n市の相談員と一緒に面談することが増えました。"),
            ("日立市", "ハローワーク日立", "ものづくりの町の職場見学",
             "（３）担当者コメント\n【日立市保健福祉部】\n職場見学の後に応募する方が多くなりました。"),
        ),
        _expected(
            [("水戸市福祉部生活福祉課", "municipality", "駅から近くなり、若い方の来所が増えています。"),
             ("ハローワーク水戸", "hello_work", "市の相談員と一緒に面談することが増えました。")],
            [("日立市保健福祉部", "municipality", "職場見学の後に応募する方が多くなりました。")],
        ),
    ),
    (  # 13. the grid under a collective heading with a page's foot between two of its rows
        "grid_with_running_foot",
        labelled_doc(
            "2022年度　宮城県　一体的実施の取組事例シート",
            ("仙台市", "ハローワーク仙台", "区役所での出張相談",
             "■関係者コメント\n 所属                          コメント\n 仙台市健康福祉局              区役所での出張相談が定着し、相談件数が増えた。\n ハローワーク仙台              区役所の職員と同じ情報で面談できるようになっ\n                               た。\n\n宮城労働局 職業対策課                       仙台市                                  1 / 1"),
            ("石巻市", "ハローワーク石巻", "沿岸部の仕事探しを支援",
             "■関係者コメント\n 所属                          コメント\n 石巻市福祉部                  沿岸部の事業所の求人を紹介できるようになった。"),
        ),
        _expected(
            [("仙台市健康福祉局", "municipality", "区役所での出張相談が定着し、相談件数が増えた。"),
             ("ハローワーク仙台", "hello_work", "区役所の職員と同じ情報で面談できるようになった。")],
            [("石巻市福祉部", "municipality", "沿岸部の事業所の求人を紹介できるようになった。")],
        ),
    ),
    (  # 14. a box with rounded corners, its title 利用者・関係者の声, ＜org＞ speakers inside
        "rounded_titled_box",
        labelled_doc(
            "令和５年度　一体的実施の取組事例　秋田労働局",
            ("秋田市", "ハローワーク秋田", "福祉の窓口で仕事の相談も",
             "╭─ 利用者・関係者の声 ───────────────╮\n│＜秋田市福祉保健部＞　　　　　　　　　　　　│\n│　手当の手続きに来た方が、そのまま仕事の相談│\n│に進めるようになりました。　　　　　　　　　│\n│＜ハローワーク秋田＞　　　　　　　　　　　　│\n│　市の職員と毎朝打合せをしています。　　　　│\n╰──────────────────────╯"),
            ("大館市", "ハローワーク大館", "冬の求人を早めに確保",
             "╭─ 関係者の声 ──────────────────╮\n│＜大館市福祉部＞　　　　　　　　　　　　　　│\n│　冬の前に求人を集められたのが大きかったです│\n│。　　　　　　　　　　　　　　　　　　　　　│\n╰──────────────────────╯"),
        ),
        _expected(
            [("秋田市福祉保健部", "municipality", "手当の手続きに来た方が、そのまま仕事の相談に進めるようになりました。"),
             ("ハローワーク秋田", "hello_work", "市の職員と毎朝打合せをしています。")],
            [("大館市福祉部", "municipality", "冬の前に求人を集められたのが大きかったです。")],
        ),
    ),
    (  # 15. interview answers naming organisation and post; the interviewer's ―― questions
        "interview_posts_dash_questions",
        labelled_doc(
            "令和３年度　一体的実施　担当者インタビュー　福井労働局",
            ("福井市", "ハローワーク福井", "予約制で一人ひとりに時間を",
             "【実績】\n就職者数　目標80人　実績88人\n\n――予約制にした理由は？\n答（福井市福祉保健部生活福祉課長）　一人ひとりの話をじっくり聞くためです。\n――手応えはいかがですか？\n答（ハローワーク福井　統括職業指導官）　就職した方の定着が良くなっています。"),
            ("敦賀市", "ハローワーク敦賀", "港の町の出張相談",
             "――出張相談の様子は？\n答（敦賀市福祉保健部）　毎回、予約がすぐに埋まります。"),
        ),
        _expected(
            [("福井市福祉保健部生活福祉課長", "municipality", "一人ひとりの話をじっくり聞くためです。"),
             ("ハローワーク福井統括職業指導官", "hello_work", "就職した方の定着が良くなっています。")],
            [("敦賀市福祉保健部", "municipality", "毎回、予約がすぐに埋まります。")],
        ),
    ),
    (  # 16. slides: the last voice of a slide, then the page number, the running head and the
        # next slide's results caption and figures — none of them the voice's text
        "slide_voice_then_next_page",
        "令和２年度　一体的実施　好事例　滋賀労働局\n\n"
        "事例１\n【滋賀県大津市】【滋賀労働局・ハローワーク大津】\nおおつ就労支援コーナー（一体的実施施設）平成28年4月1日開設\n"
        "駅前の窓口で相談から就職まで\n\n取組内容\n● 市の生活支援課の隣に相談ブースを設置\n● 毎月の連絡会で支援の方針を共有\n\n"
        "実績（令和２年度）\n項目             目標        実績\n支援対象者数     200人       214人\n就職者数         120人       131人\n\n"
        "＜大津市生活支援課＞\n窓口が隣にあるので、相談者をすぐに案内できる。\n\n＜ハローワーク大津＞\n市の担当者と同じ情報で面談できる。\n"
        "                                                                              2\n"
        "\f令和２年度 一体的実施 好事例                                        滋賀労働局\n\n"
        "事例２\n【滋賀県彦根市】【滋賀労働局・ハローワーク彦根】\nひこね就労サポート（常設窓口）令和元年10月1日開設\n"
        "城下町の窓口で子育て世帯を支援\n\n取組内容\n● 子育て支援課と合同で相談会を開催\n\n"
        "実績（令和２年度）\n項目             目標        実績\n支援対象者数     100人       108人\n\n"
        "＜彦根市子ども未来部＞\n保育の相談と仕事の相談を一度に済ませられると好評です。\n"
        "                                                                              3\n",
        _expected(
            [("大津市生活支援課", "municipality", "窓口が隣にあるので、相談者をすぐに案内できる。"),
             ("ハローワーク大津", "hello_work", "市の担当者と同じ情報で面談できる。")],
            [("彦根市子ども未来部", "municipality", "保育の相談と仕事の相談を一度に済ませられると好評です。")],
        ),
    ),
    (  # 17. voices headed ◇org から; a page's foot (rule line, running head with its page
        # number, rule line) after the last one
        "rule_line_page_foot",
        "令和２年度　一体的実施事業　好事例集\n\n"
        "〔静岡県浜松市〕〔静岡労働局・ハローワーク浜松〕\nはままつ就労サポート〈一体的実施施設〉　平成30年4月2日開設\n\n"
        "区役所と同じフロアで相談から就職まで\n\n１．主な取組\n①　福祉課の面談の後にそのまま職業相談を行う。\n\n"
        "２．コメント\n◇浜松市から\n面談の後すぐに相談できるので、支援が途切れなくなりました。\n\n◇静岡労働局から\n県内の他の施設にも紹介していきたい。\n\n"
        "------------------------------------------------------------------------\n"
        "令和２年度　一体的実施事業　好事例集　　　　　　　　　　　　　　　　　4\n"
        "------------------------------------------------------------------------\n\n"
        "〔静岡県沼津市〕〔静岡労働局・ハローワーク沼津〕\nぬまづ就職応援コーナー〈常設窓口〉　令和元年7月1日開設\n\n"
        "駅に近い窓口で若い世代の相談が増加\n\n１．主な取組\n①　夕方の相談枠を設けた。\n\n"
        "２．コメント\n◇沼津市から\n仕事帰りに相談に来る若い方が増えました。\n",
        _expected(
            [("浜松市", "municipality", "面談の後すぐに相談できるので、支援が途切れなくなりました。"),
             ("静岡労働局", "labour_bureau", "県内の他の施設にも紹介していきたい。")],
            [("沼津市", "municipality", "仕事帰りに相談に来る若い方が増えました。")],
        ),
    ),
    (  # 18. a speaker line over a whole quotation; after a blank line, a sentence opening with a
        # quoted name is none of the comment
        "quote_then_quoted_name_sentence",
        labelled_doc(
            "令和５年度　新潟県の取組事例",
            ("新潟市", "ハローワーク新潟", "区役所の窓口で仕事の相談",
             "［担当者のひとこと］\n新潟市福祉部保護課\n「面談の予約をその場で取れるので、相談者を待たせずに済んでいます。」\n\n「にいがた就労ナビ」の案内は市のホームページに掲載しています。"),
            ("上越市", "ハローワーク上越", "雪の季節の前に求人を確保",
             "［担当者のひとこと］\nハローワーク上越\n「冬の前に求人を集めたことで、就職者が増えました。」"),
        ),
        _expected(
            [("新潟市福祉部保護課", "municipality", "面談の予約をその場で取れるので、相談者を待たせずに済んでいます。")],
            [("ハローワーク上越", "hello_work", "冬の前に求人を集めたことで、就職者が増えました。")],
        ),
    ),
    (  # 19. a spreadsheet grid whose speaker cells wrap too (department on the next line)
        "grid_wrapped_speaker_cells",
        labelled_doc(
            "2022年度　福岡県　取組事例シート",
            ("北九州市", "ハローワーク小倉", "二つの窓口を一つに",
             "■関係者コメント\n 所属                          コメント\n 北九州市保健福祉局            市の東西どちらに住む方にも同じ支援ができる\n 保護課                        ようになった。\n 福岡労働局職業安定部          求人の情報を一つの窓口で紹介できている。\n 職業対策課"),
            ("飯塚市", "ハローワーク飯塚", "炭鉱の町の就労支援",
             "■関係者コメント\n 所属                          コメント\n 飯塚市福祉部                  相談件数が前年度より増えた。"),
        ),
        _expected(
            [("北九州市保健福祉局保護課", "municipality", "市の東西どちらに住む方にも同じ支援ができるようになった。"),
             ("福岡労働局職業安定部職業対策課", "labour_bureau", "求人の情報を一つの窓口で紹介できている。")],
            [("飯塚市福祉部", "municipality", "相談件数が前年度より増えた。")],
        ),
    ),
    (  # 20. an interview's question and answer right under the initiatives list: the question
        # is no initiative, the answer a comment; an answer wrapped over two lines
        "answer_under_list",
        labelled_doc(
            "令和４年度版　上川地域インタビュー集",
            ("旭川市", "ハローワーク旭川", "冬でも途切れない相談",
             "【施設データ】\n支援対象者数　目標200人　実績218人\n\n問　旭川ならではの課題は。\n答（旭川市生活支援課）　冬は雪道で外出がおっくうになり、相談が途切れがちに\nなります。春まで足踏みしてしまうのが悩みでした。\n\n問　その対策は。\n答（ハローワーク旭川）　地区センターに出張して相談を受けています。"),
            ("名寄市", "ハローワーク名寄", "遠くの集落にも相談を",
             "問　工夫している点は。\n答（名寄市保健福祉部）　集落ごとに相談日を決めています。"),
        ),
        [{"comments": [("旭川市生活支援課", "municipality", "冬は雪道で外出がおっくうになり、相談が途切れがちになります。春まで足踏みしてしまうのが悩みでした。"),
                       ("ハローワーク旭川", "hello_work", "地区センターに出張して相談を受けています。")]},
         {"comments": [("名寄市保健福祉部", "municipality", "集落ごとに相談日を決めています。")],
          "initiatives": ("福祉窓口に就労支援の相談員を配置した。", "毎月の連絡会で支援の方針を共有した。")}],
    ),
    (  # 21. a voice cut mid-sentence by a page break (footer, form feed, running head)
        "voice_cut_mid_sentence",
        labelled_doc(
            "青森労働局　一体的実施事例集（令和３年度）",
            ("八戸市", "ハローワーク八戸", "港町の就労支援",
             "エ　関係者の声\n◎八戸市福祉部生活福祉課\n　窓口が一つになったことで、相談者を別の庁舎へ案内することが\n　　　　　　　　　　　　　　　　― ５ ―\n\f青森労働局　一体的実施事例集（令和３年度）\n\nなくなりました。\n◎ハローワーク八戸\n　市の職員と毎朝打合せをしています。"),
            ("むつ市", "ハローワークむつ", "下北の就労支援",
             "エ　関係者の声\n◎むつ市福祉部\n　出張相談で顔なじみになった方が増えました。"),
        ),
        _expected(
            [("八戸市福祉部生活福祉課", "municipality", "窓口が一つになったことで、相談者を別の庁舎へ案内することがなくなりました。"),
             ("ハローワーク八戸", "hello_work", "市の職員と毎朝打合せをしています。")],
            [("むつ市福祉部", "municipality", "出張相談で顔なじみになった方が増えました。")],
        ),
    ),
    (  # 22. numbered questions and answers Ｑ１．/ Ａ１．（speaker） under the initiatives list
        "numbered_q_and_a",
        labelled_doc(
            "令和３年度　宮崎県　インタビュー",
            ("宮崎市", "ハローワーク宮崎", "相談の予約をその場で",
             "Ｑ１．開設のきっかけは？\nＡ１．（宮崎市福祉部保護課）　面談の後すぐに相談できる場所が必要でした。\nＱ２．今後は？\nＡ２．（ハローワーク宮崎）　定着支援にも力を入れたいと考えています。"),
            ("都城市", "ハローワーク都城", "農業法人の求人を開拓",
             "Ｑ１．工夫は？\nＡ１．（都城市福祉部）　農業法人と一緒に求人を作りました。"),
        ),
        _expected(
            [("宮崎市福祉部保護課", "municipality", "面談の後すぐに相談できる場所が必要でした。"),
             ("ハローワーク宮崎", "hello_work", "定着支援にも力を入れたいと考えています。")],
            [("都城市福祉部", "municipality", "農業法人と一緒に求人を作りました。")],
        ),
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [pytest.param(*d, id=d[0]) for d in DOCS],
)
def test_profile_count(name: str, text: str, expected: list[dict[str, object]]) -> None:
    """Each document reads as many profiles as it has cases."""
    assert len(jirei.parse_text(text).profiles) == len(expected)


@pytest.mark.parametrize(
    "name", with_known_gaps([d[0] for d in DOCS], GAPS)
)
def test_comment_variant(name: str) -> None:
    _, text, expected = next(d for d in DOCS if d[0] == name)
    assert mismatches(text, expected) == []


def test_question_lines_are_no_comments() -> None:
    """An interview's questions (``問　…`` whose space normalisation removed, ``Ｑ　…``) and
    the list of the people interviewed are kept, never comments."""
    text = DOCS[5][1]
    doc = jirei.parse_text(text)
    texts = [c.text for p in doc.profiles for c in p.comments]
    assert not any("きっかけは" in t or "工夫している" in t or "変化は" in t for t in texts)
    assert not any("主査" in (c.speaker or "") for p in doc.profiles for c in p.comments)


def test_column_header_row() -> None:
    from jirei.commentheads import is_column_header

    assert is_column_header("所属", "コメント")
    assert is_column_header("発言者", "コメント内容")
    assert not is_column_header("福岡市福祉局", "コメント")
    assert not is_column_header("所属", "若い世代が気軽に立ち寄れる場所になっている。")


@pytest.mark.parametrize(
    ("speaker", "collective"),
    [("関係者", True), ("エ関係者", True), ("(4)担当者", True), ("関係機関", True),
     ("市担当者", False), ("福岡市", False), ("エリア", False), ("ハローワーク札幌", False)],
)
def test_collective_speaker(speaker: str, collective: bool) -> None:
    from jirei.commentheads import is_collective

    assert is_collective(speaker) is collective
