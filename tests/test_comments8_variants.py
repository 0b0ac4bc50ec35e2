# ruff: noqa: E501  (variant documents are data: one case body per line)
"""Comments in the forms the second-round development sets of the sixth session showed
(branch comments8, decisions 1900–1919), each varied the way other offices and editors
would write it: a web page's ``Xより`` / ``Xから`` speaker lines over unindented text, a
comments heading behind a kanji or bracketed kanji heading number (``（四）関係者の声``,
``四　関係者の声``), numbered speaker lines (``(1) org``, ``①org``, ``1. org``) over indented
text, a heading naming only a post (``区長メッセージ``, ``所長から一言``) over texts each followed
by their ``（speaker）`` line, and a narrative's ``Xは「…」と語る。`` sentences.

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


def _web_page(pref: str, city: str, bureau: str, hw: str, catch: str, voices: str) -> str:
    """One page of a ministry web series saved as text: breadcrumb, page title, catch
    phrase, a tab card, a list, then ``voices`` and the page's footer."""
    return (
        f"ホーム > 政策について > 雇用 > 好事例の紹介 > {pref}{city}の取組\n\n"
        f"{pref}{city}の取組\n更新日：2024年6月3日\n\n{catch}\n\n施設の概要\n"
        f"自治体\t{pref}{city}\n労働局・ハローワーク\t{bureau}　{hw}\n"
        f"施設の名称\t{city}しごと相談コーナー（常設窓口）\n開設日\t2016年4月1日\n\n"
        "取組のポイント\n福祉の窓口で面談した方を、その日のうちに職業相談につないでいます。\n"
        "月に一度、市とハローワークで支援対象者の状況を確認しています。\n\n"
        f"関係者の声\n{voices}\n\n"
        "このページに関するお問い合わせ先\n職業安定局 総務課\nページの先頭へ戻る\n\n"
    )


DOCS: list[tuple[str, str, list[dict[str, object]]]] = [
    (  # 1. a web page's ``Xより`` speaker lines over unindented text
        "web_yori",
        _web_page("静岡県", "浜松市", "静岡労働局", "ハローワーク浜松", "区役所の一角で仕事探しまで",
                  "浜松市福祉総務課より\n区役所の中で職業相談まで済むので、相談者の負担が減りました。\nハローワーク浜松より\n市の相談員と毎日顔を合わせるので、紹介の判断が早くなりました。")
        + _web_page("愛知県", "豊橋市", "愛知労働局", "ハローワーク豊橋", "外国籍の方にも通訳付きで",
                    "豊橋市生活福祉課より\n通訳を介した相談が定着し、就職まで続く方が増えています。"),
        _expected(
            [("浜松市福祉総務課", "municipality", "区役所の中で職業相談まで済むので、相談者の負担が減りました。"),
             ("ハローワーク浜松", "hello_work", "市の相談員と毎日顔を合わせるので、紹介の判断が早くなりました。")],
            [("豊橋市生活福祉課", "municipality", "通訳を介した相談が定着し、就職まで続く方が増えています。")],
        ),
    ),
    (  # 2. ``Xから`` speaker lines, a post after the office, a text over two lines
        "web_kara_post",
        _web_page("兵庫県", "姫路市", "兵庫労働局", "ハローワーク姫路", "福祉事務所の隣に専用ブース",
                  "姫路市保健福祉部生活援護室から\n隣のブースにすぐ案内できるので、\n途中で相談をやめてしまう方が減りました。\nハローワーク姫路所長から\n市と同じ目標を持って支援できることが一番の成果です。")
        + _web_page("兵庫県", "尼崎市", "兵庫労働局", "ハローワーク尼崎", "駅前の窓口で夜間も相談",
                    "兵庫労働局職業対策課から\n夜間相談の利用が増え、仕事をしながら転職を考える方にも届いています。"),
        _expected(
            [("姫路市保健福祉部生活援護室", "municipality", "隣のブースにすぐ案内できるので、途中で相談をやめてしまう方が減りました。"),
             ("ハローワーク姫路所長", "hello_work", "市と同じ目標を持って支援できることが一番の成果です。")],
            [("兵庫労働局職業対策課", "labour_bureau", "夜間相談の利用が増え、仕事をしながら転職を考える方にも届いています。")],
        ),
    ),
    (  # 3. a bracketed kanji heading number before the collective heading, ○ speakers over 「…」
        "kanji_bracket_heading",
        labelled_doc(
            "令和元年度　青森県における一体的実施事業報告書\n青森労働局",
            ("青森市", "ハローワーク青森", "福祉の窓口から一歩で職業相談",
             "（四）関係者の声\n　○青森市福祉部生活福祉課\n　　「窓口が隣にあるので、相談者をその場で案内できるようになった。」\n　○ハローワーク青森\n　　「市の担当者と毎週話し合えるので、支援の方向がぶれなくなった。」\n\n　　　　　　　　　　　　　　　　　－３－"),
            ("八戸市", "ハローワーク八戸", "漁業の町で季節の仕事から常用へ",
             "（四）関係者の声\n　○八戸市福祉部生活福祉課\n　　「冬場に仕事が途切れる方の相談が早めに入るようになった。」"),
        ),
        _expected(
            [("青森市福祉部生活福祉課", "municipality", "窓口が隣にあるので、相談者をその場で案内できるようになった。"),
             ("ハローワーク青森", "hello_work", "市の担当者と毎週話し合えるので、支援の方向がぶれなくなった。")],
            [("八戸市福祉部生活福祉課", "municipality", "冬場に仕事が途切れる方の相談が早めに入るようになった。")],
        ),
    ),
    (  # 4. an unbracketed kanji heading number (letter-spaced), ◇ speakers, another bureau
        "kanji_plain_heading",
        labelled_doc(
            "平成30年度　岩手県の一体的実施事例集",
            ("盛岡市", "ハローワーク盛岡", "市役所の中のしごと相談",
             "五　関係機関の声\n◇盛岡市保健福祉部\n　「ケースワーカーが同席できるので、本人が安心して話せている。」\n◇岩手労働局職業対策課\n　「市と役割を分け、三年目で運営が安定してきた。」"),
            ("花巻市", "ハローワーク花巻", "ひとり親の就職を保育と一緒に",
             "五　関係機関の声\n◇花巻市健康福祉部\n　「保育の相談と仕事の相談を同じ日にできると好評である。」"),
        ),
        _expected(
            [("盛岡市保健福祉部", "municipality", "ケースワーカーが同席できるので、本人が安心して話せている。"),
             ("岩手労働局職業対策課", "labour_bureau", "市と役割を分け、三年目で運営が安定してきた。")],
            [("花巻市健康福祉部", "municipality", "保育の相談と仕事の相談を同じ日にできると好評である。")],
        ),
    ),
    (  # 5. a numbered form's ``(1) org`` speaker lines over deeper-indented text
        "numbered_form_speakers",
        labelled_doc(
            "平成30年度　一体的実施事業取組事例報告書（北海道労働局）",
            ("函館市", "ハローワーク函館", "港町の福祉事務所に週5日の相談窓口",
             "９．関係者の所感\n　(1) 函館市保健福祉部生活支援課\n　　　週5日の常設になってから、支援が途切れる方がほとんどいなくなりました。\n　(2) ハローワーク函館\n　　　進捗確認の会議で情報をすぐに共有でき、求人の提案が早くなりました。"),
            ("小樽市", "ハローワーク小樽", "坂の多いまちで出張相談",
             "９．関係者の所感\n　(1) 小樽市福祉部生活サポートセンター\n　　　出張相談の日には、普段来られない高台の地区の方も相談に来ています。"),
        ),
        _expected(
            [("函館市保健福祉部生活支援課", "municipality", "週5日の常設になってから、支援が途切れる方がほとんどいなくなりました。"),
             ("ハローワーク函館", "hello_work", "進捗確認の会議で情報をすぐに共有でき、求人の提案が早くなりました。")],
            [("小樽市福祉部生活サポートセンター", "municipality", "出張相談の日には、普段来られない高台の地区の方も相談に来ています。")],
        ),
    ),
    (  # 6. circled-number speaker lines over indented text
        "circled_speakers",
        labelled_doc(
            "令和２年度　新潟県の取組事例",
            ("長岡市", "ハローワーク長岡", "雪の季節も途切れない支援",
             "関係者の所感\n①長岡市福祉保健部生活支援課\n　雪で外出が難しい時期も、電話相談で支援を続けられました。\n②ハローワーク長岡\n　市の記録を見ながら相談できるので、同じ話を繰り返してもらう必要がなくなりました。"),
            ("上越市", "ハローワーク上越", "オンライン面談で遠くの地区にも",
             "関係者の所感\n①新潟労働局職業対策課\n　オンライン面談の進め方を県内のほかの施設にも広げていきます。"),
        ),
        _expected(
            [("長岡市福祉保健部生活支援課", "municipality", "雪で外出が難しい時期も、電話相談で支援を続けられました。"),
             ("ハローワーク長岡", "hello_work", "市の記録を見ながら相談できるので、同じ話を繰り返してもらう必要がなくなりました。")],
            [("新潟労働局職業対策課", "labour_bureau", "オンライン面談の進め方を県内のほかの施設にも広げていきます。")],
        ),
    ),
    (  # 7. ``1．org`` speaker lines (full-width point) over indented text
        "dotted_number_speakers",
        labelled_doc(
            "令和３年度　熊本県　一体的実施の報告",
            ("熊本市", "ハローワーク熊本", "区役所の窓口に就労支援員",
             "関係者のコメント\n1．熊本市健康福祉局保護管理援護課\n　　区役所での相談が増え、就職に向けた動きが早くなった。\n2．ハローワーク熊本\n　　区の職員との打合せを毎週行い、紹介先の候補を一緒に考えている。"),
            ("八代市", "ハローワーク八代", "駅前で買い物ついでに相談",
             "関係者のコメント\n1．八代市健康福祉部\n　　駅前に移してから、若い世代の利用が目に見えて増えた。"),
        ),
        _expected(
            [("熊本市健康福祉局保護管理援護課", "municipality", "区役所での相談が増え、就職に向けた動きが早くなった。"),
             ("ハローワーク熊本", "hello_work", "区の職員との打合せを毎週行い、紹介先の候補を一緒に考えている。")],
            [("八代市健康福祉部", "municipality", "駅前に移してから、若い世代の利用が目に見えて増えた。")],
        ),
    ),
    (  # 8. a heading naming a post only; each text then its ``（speaker）`` line
        "post_heading_signed",
        labelled_doc(
            "令和元年度　東京都内の取組事例集",
            ("足立区", "ハローワーク足立", "区役所の中にもうひとつの相談窓口",
             "区長メッセージ\n開設から一年で、多くの区民の皆さんが新しい仕事に就かれました。\n（足立区長）\n\n所長から一言\n区の職員と同じフロアで働くことで、相談者の事情がよく分かるようになりました。\n（ハローワーク足立所長）"),
            ("八王子市", "ハローワーク八王子", "駅前の窓口で子育て中の方も",
             "市長メッセージ\n駅前の窓口を、子育て中の方にも気軽に使っていただきたいと考えています。\n（八王子市長）"),
        ),
        _expected(
            [("足立区長", "municipality", "開設から一年で、多くの区民の皆さんが新しい仕事に就かれました。"),
             ("ハローワーク足立所長", "hello_work", "区の職員と同じフロアで働くことで、相談者の事情がよく分かるようになりました。")],
            [("八王子市長", "municipality", "駅前の窓口を、子育て中の方にも気軽に使っていただきたいと考えています。")],
        ),
    ),
    (  # 9. a post heading behind a mark, ``局長からのメッセージ``, the signature after a dash
        "post_heading_marked",
        labelled_doc(
            "令和４年度　大阪府内の一体的実施事例",
            ("枚方市", "ハローワーク枚方", "駅直結の窓口で相談から紹介まで",
             "■市長メッセージ\n駅直結の窓口で、相談から就職まで一か所で支援できるようになりました。\n（枚方市長）\n\n■局長からのメッセージ\n枚方市との協定目標を三年続けて達成しました。今後も支援を続けます。\n（大阪労働局長）"),
            ("堺市", "ハローワーク堺", "区役所ごとの出張相談",
             "■所長からのメッセージ\n区役所での出張相談を、来年度は全区に広げていきます。\n（ハローワーク堺所長）"),
        ),
        _expected(
            [("枚方市長", "municipality", "駅直結の窓口で、相談から就職まで一か所で支援できるようになりました。"),
             ("大阪労働局長", "labour_bureau", "枚方市との協定目標を三年続けて達成しました。今後も支援を続けます。")],
            [("ハローワーク堺所長", "hello_work", "区役所での出張相談を、来年度は全区に広げていきます。")],
        ),
    ),
    (  # 10. a narrative's ``Xは「…」と語る。`` sentences under a kanji-numbered heading
        "narrative_subject_quote",
        labelled_doc(
            "平成30年度　岡山県の取組事例",
            ("倉敷市", "ハローワーク倉敷中央", "市役所一階で福祉と雇用の入口をひとつに",
             "四　関係者の声\n　倉敷市保健福祉局生活福祉課長は「同じフロアにあることで、相談者をその場で案内できるようになった」と語る。\n　ハローワーク倉敷中央統括職業指導官は「市の記録票を共有できるので、求人の提案までが早くなった」と話す。"),
            ("津山市", "ハローワーク津山", "中山間地への出張相談",
             "四　関係者の声\n　津山市社会福祉事務所長は「遠くの地区の方にも相談の機会を届けられるようになった」と振り返る。"),
        ),
        _expected(
            [("倉敷市保健福祉局生活福祉課長", "municipality", "同じフロアにあることで、相談者をその場で案内できるようになった"),
             ("ハローワーク倉敷中央統括職業指導官", "hello_work", "市の記録票を共有できるので、求人の提案までが早くなった")],
            [("津山市社会福祉事務所長", "municipality", "遠くの地区の方にも相談の機会を届けられるようになった")],
        ),
    ),
    (  # 11. the narrative form with ``が`` and a closing 。 inside the quotation
        "narrative_subject_ga",
        labelled_doc(
            "令和２年度　広島県の一体的実施事例",
            ("福山市", "ハローワーク福山", "商業施設の中の就労支援コーナー",
             "関係者の声\n福山市保健福祉局生活福祉課長が「買い物のついでに立ち寄れるので、初めての方も相談しやすい。」と話す。\nハローワーク福山所長は「市の相談員との連携で、就職後の定着まで見守れている。」と強調する。"),
            ("呉市", "ハローワーク呉", "造船所の求人を生かした支援",
             "関係者の声\n呉市福祉保健部長は「地元の企業に就職する方が増え、手応えを感じている。」と語った。"),
        ),
        _expected(
            [("福山市保健福祉局生活福祉課長", "municipality", "買い物のついでに立ち寄れるので、初めての方も相談しやすい。"),
             ("ハローワーク福山所長", "hello_work", "市の相談員との連携で、就職後の定着まで見守れている。")],
            [("呉市福祉保健部長", "municipality", "地元の企業に就職する方が増え、手応えを感じている。")],
        ),
    ),
    (  # 12. ``Xより`` lines in a comments section of a labelled report, a page break in between
        "report_yori_page_break",
        labelled_doc(
            "令和５年度　山形県の一体的実施事例",
            ("山形市", "ハローワーク山形", "福祉の相談と職業相談を同じ日に",
             "関係者の声\n山形市福祉推進部生活福祉課より\n同じ日に二つの相談ができるので、来所の負担が減ったという声が多いです。\n\n　　　　　　　　　　－２－\n\nハローワーク山形より\n市の相談員から事情を聞いたうえで面談できるため、紹介が円滑です。"),
            ("酒田市", "ハローワーク酒田", "港のまちで季節の仕事から常用へ",
             "関係者の声\n山形労働局職業対策課より\n季節の仕事から常用の仕事に移る方が増えています。"),
        ),
        _expected(
            [("山形市福祉推進部生活福祉課", "municipality", "同じ日に二つの相談ができるので、来所の負担が減ったという声が多いです。"),
             ("ハローワーク山形", "hello_work", "市の相談員から事情を聞いたうえで面談できるため、紹介が円滑です。")],
            [("山形労働局職業対策課", "labour_bureau", "季節の仕事から常用の仕事に移る方が増えています。")],
        ),
    ),
]


def _slide(n: int, place: str, hw_line: str, facility: str, title: str, boxes: str) -> str:
    """One slide of a deck copied out of a PDF: the running head, the comment boxes drawn
    first, then the case label, its header lines, a list and the page number."""
    return (
        f"令和元年度 一体的実施 好事例集\n{boxes}\n事例{n}\n{place} ｜ {hw_line}\n{facility}\n{title}\n"
        "取組内容\n● 福祉の窓口で面談した方をその日のうちに職業相談へ案内\n"
        "● 月に一度、支援対象者ごとの進み具合を確認\n"
        f"{n + 1}\n\n"
    )


DOCS.append(
    (  # 13. comment boxes drawn before the slide's case label (after the running head)
        "boxes_above_label",
        "令和元年度\n一体的実施 好事例集\n\n令和2年3月\n厚生労働省 職業安定局\n\n"
        + _slide(1, "宮城県石巻市", "宮城労働局 ・ ハローワーク石巻", "いしのまき就労支援室（一体的実施施設） 平成28年4月1日事業開始",
                 "沿岸部の仮設住宅から通える出張相談",
                 "＜石巻市 福祉部 生活再建支援課 コメント＞\n仮設住宅の集会所で相談できるようになり、外出をためらっていた方も来てくれるようになった。\n＜ハローワーク石巻 コメント＞\n市の支援員と一緒に訪問することで、求職の意欲を早めに確かめられている。")
        + _slide(2, "福島県いわき市", "福島労働局 ・ ハローワーク平", "いわき就労サポート（一体的実施施設） 平成27年10月1日事業開始",
                 "広い市域を巡回相談で結ぶ",
                 "＜いわき市 保健福祉部 生活支援課 コメント＞\n巡回の日を支所ごとに決めたことで、遠くの地区の方も予定を立てやすくなった。"),
        _expected(
            [("石巻市福祉部生活再建支援課", "municipality", "仮設住宅の集会所で相談できるようになり、外出をためらっていた方も来てくれるようになった。"),
             ("ハローワーク石巻", "hello_work", "市の支援員と一緒に訪問することで、求職の意欲を早めに確かめられている。")],
            [("いわき市保健福祉部生活支援課", "municipality", "巡回の日を支所ごとに決めたことで、遠くの地区の方も予定を立てやすくなった。")],
        ),
    )
)

DOCS.append(
    (  # 14. the boxes above the first label only; the second slide has none
        "boxes_above_first_label",
        "平成30年度\n一体的実施 好事例集\n\n平成31年3月\n厚生労働省 職業安定局\n\n"
        + _slide(1, "山口県下関市", "山口労働局 ・ ハローワーク下関", "しものせき就労支援窓口（一体的実施施設） 平成27年4月1日事業開始",
                 "港町の福祉事務所で週5日の職業相談",
                 "＜下関市 福祉部 生活支援課 コメント＞\n窓口が同じ階にあるので、面談の後すぐに職業相談へ案内できている。\n＜山口労働局 職業対策課 コメント＞\n県内のほかの施設にも、この案内の流れを広げていきたい。")
        + _slide(2, "山口県宇部市", "山口労働局 ・ ハローワーク宇部", "うべ就労サポート（常設窓口） 平成29年10月2日事業開始",
                 "子育て中の方の相談を午前中に", ""),
        _expected(
            [("下関市福祉部生活支援課", "municipality", "窓口が同じ階にあるので、面談の後すぐに職業相談へ案内できている。"),
             ("山口労働局職業対策課", "labour_bureau", "県内のほかの施設にも、この案内の流れを広げていきたい。")],
            [],
        ),
    )
)

#: variants still read wrong, each with its reason (strict: a fix must remove the mark)
GAPS: dict[str, str] = {
    "boxes_above_label": "the second slide's boxes stand inside the first case's range (after "
    "its page number), so the first case reads them; moving them to the case whose label "
    "follows is a case-boundary decision (helper seg7). The first slide's boxes, above "
    "the first label, are read (decision 1909).",
}


@pytest.mark.parametrize(("name", "text", "expected"), DOCS, ids=[d[0] for d in DOCS])
def test_profile_count(name: str, text: str, expected: list[dict[str, object]]) -> None:
    """Each document reads as many profiles as it has cases."""
    assert len(jirei.parse_text(text).profiles) == len(expected)


@pytest.mark.parametrize("name", with_known_gaps([d[0] for d in DOCS], GAPS))
def test_comment_variant(name: str) -> None:
    _, text, expected = next(d for d in DOCS if d[0] == name)
    assert mismatches(text, expected) == []


def test_numbered_line_is_no_bracketed_speaker() -> None:
    """``(1) text`` in a comments section: a numbered line, its number no speaker."""
    doc = jirei.parse_text(DOCS[4][1])
    assert not any(c.speaker and c.speaker.isdigit() for p in doc.profiles for c in p.comments)


def test_yori_line_without_text_is_no_comment() -> None:
    """A ``Xより`` line with no sentence under it names no speaker (a sender's line of a
    notice, a table's caption)."""
    text = labelled_doc(
        "令和５年度　山形県の一体的実施事例",
        ("山形市", "ハローワーク山形", "福祉の相談と職業相談を同じ日に",
         "関係者の声\n山形市福祉推進部生活福祉課より\n\n（別添）"),
        ("酒田市", "ハローワーク酒田", "港のまちで季節の仕事から常用へ",
         "関係者の声\n山形労働局職業対策課：季節の仕事から常用の仕事に移る方が増えています。"),
    )
    doc = jirei.parse_text(text)
    assert not any(c.text == "" for p in doc.profiles for c in p.comments)


def _form_case(n: int, form: str, label: str, pref: str, city: str, bureau: str, hw: str,
               title: str) -> str:
    """One case on a numbered report form: the form's name, numbered fields, the title
    field alone over its indented value, a list and the partners' impressions."""
    return (
        f"━━━━━━━━━━━━━━━━━━━━\n　　　　事例{n}\n━━━━━━━━━━━━━━━━━━━━\n\n"
        f"{form}\n\n"
        f"１．実施自治体　　　　{pref}{city}\n２．労働局・安定所　　{bureau}　{hw}\n"
        f"３．施設名（種別）　　{city}就労支援コーナー（常設窓口）\n４．事業開始日　　　　平成２８年４月１日\n"
        f"{label}\n　　{title}\n６．取組の内容\n　ア　福祉の窓口から職業相談へ当日中につないだ。\n"
        "　イ　月に一度、支援対象者ごとの状況を確認する会議を開いた。\n\n"
    )


def _header_case(n: int, city: str, pref: str, bureau: str, hw: str, title: str) -> str:
    """One case opening with its partner line and field lines, the headline under them."""
    return (
        f"────────────────────\nCASE {n}\n────────────────────\n\n"
        f"{city}（{pref}）　―　{bureau}・{hw}\n窓口名称　{city}しごと相談窓口〔常設窓口〕\n"
        f"開設　平成２９年１０月２日\n\n{title}\n\n〈具体的な取組〉\n"
        "１）市の相談員が窓口へ同行し、その場で職業相談につないだ。\n"
        "２）月に一度、ケース会議で支援の方針を確かめた。\n\n"
    )


TITLE_DOCS: list[tuple[str, str, list[str]]] = [
    (  # a form's name over each case; the title in the numbered title field under its label
        "form_title_field",
        "平成30年度　一体的実施事業　取組事例集\n\n"
        + _form_case(1, "様式２　一体的実施事業　取組事例報告書", "５．事例の表題", "青森県", "弘前市",
                     "青森労働局", "ハローワーク弘前", "りんご農家の繁忙期に合わせた短期の職業紹介")
        + _form_case(2, "様式２　一体的実施事業　取組事例報告書", "５．事例の表題", "秋田県", "横手市",
                     "秋田労働局", "ハローワーク横手", "雪の季節も通える支所での出張相談"),
        ["りんご農家の繁忙期に合わせた短期の職業紹介", "雪の季節も通える支所での出張相談"],
    ),
    (  # another form's name (``別紙様式第１号``) and another title label, a bracketed title
        "form_title_other_label",
        "令和２年度　取組事例報告\n\n"
        + _form_case(1, "別紙様式第１号　取組事例報告書", "５．取組の表題", "福島県", "郡山市",
                     "福島労働局", "ハローワーク郡山", "「駅前で夜まで」働く人のための相談窓口")
        + _form_case(2, "別紙様式第１号　取組事例報告書", "５．取組の表題", "山形県", "鶴岡市",
                     "山形労働局", "ハローワーク鶴岡", "庄内の農業法人と組んだ職場体験"),
        ["「駅前で夜まで」働く人のための相談窓口", "庄内の農業法人と組んだ職場体験"],
    ),
    (  # the partner line and field lines first, the headline alone under them
        "title_under_header_block",
        "令和元年度　一体的実施　取組事例集\n\n"
        + _header_case(1, "今治市", "愛媛県", "愛媛労働局", "ハローワーク今治", "造船のまちで訓練と就職支援を一体に")
        + _header_case(2, "宇和島市", "愛媛県", "愛媛労働局", "ハローワーク宇和島", "真珠と柑橘の産地で季節の仕事から常用へ")
        + _header_case(3, "高知市", "高知県", "高知労働局", "ハローワーク高知", "予約なしで当日相談できる窓口"),
        ["造船のまちで訓練と就職支援を一体に", "真珠と柑橘の産地で季節の仕事から常用へ", "予約なしで当日相談できる窓口"],
    ),
    (  # a bilingual handout: the case label's English gloss on its line, the title under the place
        "glossed_case_label",
        "令和４年度　一体的実施　好事例 (Good practices, FY2022)\n\n"
        "事例１ (Case 1)\n宮城県仙台市\n(Sendai City, Miyagi Prefecture)\n\n"
        "区役所の窓口で、福祉と仕事の相談を同じ日に\n(Welfare and job consultations on the same day at the ward office)\n\n"
        "取組内容 (Activities)\n・区の相談員がその場でハローワークの相談員を呼ぶ。\n・月に一度、支援の進み具合を確かめる。\n\n"
        "事例２ (Case 2)\n新潟県新潟市\n(Niigata City, Niigata Prefecture)\n\n"
        "ひとり親の就職を、保育の相談と一緒に\n(Helping single parents into work together with childcare advice)\n\n"
        "取組内容 (Activities)\n・保育の相談と職業相談を同じ日に受けられるようにした。\n・面接の練習を窓口で行った。\n",
        ["区役所の窓口で、福祉と仕事の相談を同じ日に", "ひとり親の就職を、保育の相談と一緒に"],
    ),
]


@pytest.mark.parametrize(("name", "text", "titles"), TITLE_DOCS, ids=[d[0] for d in TITLE_DOCS])
def test_title_variant_profile_count(name: str, text: str, titles: list[str]) -> None:
    """Each title document reads as many profiles as it has cases."""
    assert len(jirei.parse_text(text).profiles) == len(titles)


@pytest.mark.parametrize(("name", "text", "titles"), TITLE_DOCS, ids=[d[0] for d in TITLE_DOCS])
def test_title_variant(name: str, text: str, titles: list[str]) -> None:
    """The title is the title field's value or the headline under the header block — never
    the form's name or the partner line."""
    assert [p.title for p in jirei.parse_text(text).profiles] == titles


@pytest.mark.parametrize(
    ("line", "form"),
    [("様式2 一体的実施事業取組事例報告書", True), ("別紙様式第1号 取組事例報告書", True),
     ("様式を統一して記録を一本化", False), ("様式2", True)],
)
def test_form_name(line: str, form: bool) -> None:
    from jirei.titles import is_form_name

    assert is_form_name(line) is form


@pytest.mark.parametrize(
    ("name", "facts"),
    [("form_title_field", [("青森県", "弘前市", "青森労働局", ("ハローワーク弘前",)),
                           ("秋田県", "横手市", "秋田労働局", ("ハローワーク横手",))]),
     ("form_title_other_label", [("福島県", "郡山市", "福島労働局", ("ハローワーク郡山",)),
                                 ("山形県", "鶴岡市", "山形労働局", ("ハローワーク鶴岡",))])],
)
def test_numbered_form_fields(name: str, facts: list[tuple[object, ...]]) -> None:
    """A form's numbered fields (``２．労働局・安定所　　bureau　office``) give the partners; the
    field number is no part of the label or the value (decision 1910)."""
    text = next(d[1] for d in TITLE_DOCS if d[0] == name)
    got = [(p.prefecture, p.municipality, p.labour_bureau, tuple(p.hello_work))
           for p in jirei.parse_text(text).profiles]
    assert got == facts


def _dated_case(n: int, pref: str, city: str, bureau: str, hw: str, name: str, date: str, title: str) -> str:
    """A case whose facility line holds the name and the opening date, no bracketed kind."""
    return (
        f"事例{n}\n■{title}\n{pref} {city}　／　{bureau}　{hw}\n{name}　{date}開設\n\n"
        "〔取組〕\n（ア）市と安定所が共同で使う支援記録を作った。\n（イ）毎週、支援の進み具合を確かめた。\n\n"
    )


def _sheet_case(n: int, title: str, place: str, partners: str, name: str) -> str:
    """A sheet: label, headline, space-aligned ``label　：value`` lines."""
    return (
        f"事例{n}\n\n{title}\n\n　実施自治体　　：{place}\n　連携労働局等　：{partners}\n"
        f"　施設名　　　　：{name}（一体的実施施設）\n　開始年月日　　：平成26年4月1日\n\n"
        "■取組の内容\n①福祉の窓口から職業相談へ当日中につないだ。\n②月に一度、ケース会議を開いた。\n\n"
    )


HEADER_DOCS: list[tuple[str, str, list[tuple[object, ...]]]] = [
    (  # ``name　date開設`` with no bracketed kind under a ``県 市　／　bureau office`` line
        "dated_facility_line",
        "令和元年度　取組事例集\n\n"
        + _dated_case(1, "静岡県", "沼津市", "静岡労働局", "ハローワーク沼津", "沼津市就労支援コーナー", "2017年（平成29年）10月2日", "窓口を一つにして相談の待ち時間を半分に")
        + _dated_case(2, "愛知県", "岡崎市", "愛知労働局", "ハローワーク岡崎", "おかざき仕事相談室", "平成30年4月2日", "子育て中の方の相談を午前中に集めて"),
        [("沼津市就労支援コーナー", "静岡労働局", ("ハローワーク沼津",)),
         ("おかざき仕事相談室", "愛知労働局", ("ハローワーク岡崎",))],
    ),
    (  # ``連携労働局等　：bureau（office、office）`` on a 別紙 sheet
        "partners_label_etc",
        "平成30年度　地方労働審議会　資料\n\n"
        + _sheet_case(1, "二つのハローワークが交替で常駐する窓口", "福岡県北九州市", "福岡労働局（ハローワーク小倉、ハローワーク八幡）", "しごとサポート北九州")
        + _sheet_case(2, "区役所の保護課フロアで申請から就職まで", "福岡県福岡市南区", "福岡労働局（ハローワーク福岡南）", "みなみ就労相談コーナー"),
        [("しごとサポート北九州", "福岡労働局", ("ハローワーク小倉", "ハローワーク八幡")),
         ("みなみ就労相談コーナー", "福岡労働局", ("ハローワーク福岡南",))],
    ),
]


@pytest.mark.parametrize(("name", "text", "facts"), HEADER_DOCS, ids=[d[0] for d in HEADER_DOCS])
def test_header_variant(name: str, text: str, facts: list[tuple[object, ...]]) -> None:
    """The facility name and partners of each case, and as many profiles as cases."""
    doc = jirei.parse_text(text)
    assert [(p.facility_name, p.labour_bureau, tuple(p.hello_work)) for p in doc.profiles] == facts


@pytest.mark.parametrize(("name", "text", "facts"), HEADER_DOCS, ids=[d[0] for d in HEADER_DOCS])
def test_header_variant_titles(name: str, text: str, facts: list[tuple[object, ...]]) -> None:
    """A field line (``連携労働局等　：…``) is never the title."""
    titles = [p.title for p in jirei.parse_text(text).profiles]
    assert all(t and ":" not in t and "労働局" not in t for t in titles)


def _sheet(n: int, title: str, place: str, partners: str, name: str, voices: str) -> str:
    """One spreadsheet sheet pasted as tab text: label / value rows, comment rows last."""
    return (
        "令和４年度　一体的実施事業　好事例シート\n\t\t\t\t宮崎労働局職業安定部職業対策課\n"
        f"※本シートは県内の取組を共有するため作成したものです。\n\nNo.\t{n}\n事例名\t{title}\n自治体\t{place}\n"
        f"労働局・ハローワーク\t{partners}\n施設名（形態）\t{name}（一体的実施施設）\n開始年月日\t令和2年4月1日\n"
        "備考\t令和3年度に窓口を本庁舎1階へ移した。\n"
        "取組内容\t①福祉の窓口から職業相談へ当日中につないだ。\n\t②月に一度、ケース会議を開いた。\n"
        "実績（令和4年度）\t区分\t目標\t実績\t達成率\n\t支援対象者数\t200人\t214人\t107.0%\n"
        "\t就職者数\t120人\t126人\t105.0%\n"
        "その他の実績\t・職場見学会を3回開いた。\n"
        f"{voices}\n\n{n}/2\n\f"
    )


def test_sheet_comment_rows() -> None:
    """``コメント\tspeaker\ttext`` rows and ``\tspeaker\ttext`` rows under them are comments
    (decision 1913)."""
    text = (
        _sheet(1, "市役所の1階で福祉と仕事の相談を一度に", "宮崎県宮崎市", "宮崎労働局・ハローワーク宮崎", "みやざき就労サポート",
               "コメント\t宮崎市福祉部保護課\t相談の当日に職業紹介まで進む方が増えた。\n\tハローワーク宮崎\t市の記録を見ながら相談できるので、説明の手間が減った。")
        + _sheet(2, "駅前の窓口で夜間も相談", "宮崎県都城市", "宮崎労働局・ハローワーク都城", "みやこのじょう就労支援窓口",
                 "コメント\t宮崎労働局\t夜間相談の利用が増え、働きながら転職を考える方にも届いている。")
    )
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == 2
    got = [[(c.speaker, c.role, c.text) for c in p.comments] for p in doc.profiles]
    assert got == [
        [("宮崎市福祉部保護課", "municipality", "相談の当日に職業紹介まで進む方が増えた。"),
         ("ハローワーク宮崎", "hello_work", "市の記録を見ながら相談できるので、説明の手間が減った。")],
        [("宮崎労働局", "labour_bureau", "夜間相談の利用が増え、働きながら転職を考える方にも届いている。")],
    ]
