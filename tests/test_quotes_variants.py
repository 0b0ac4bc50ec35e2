# ruff: noqa: E501  (variant documents are data: one case body per line)
"""A case's comments read by their SHAPE when no comment reader found any (``jirei.quotes``,
decisions 1280–1299): a quotation of at least one sentence with its speaker right before or
right after it, the speaker an organisation or post with a role other than ``other``.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented prose); every expected comment was written by hand from reading
the document, never printed from the parser. Documents 7 and 8 check quotations that must NOT
become comments (titles, facility names, slogans, list items, speaker-less quotes).
"""

from __future__ import annotations

import pytest

import jirei

HEAD = "{year}　生活保護受給者等就労自立促進事業　取組事例\n{bureau}\n\n"


def _case(n: int, city: str, hw: str, body: str) -> str:
    return f"事例{n}\n{city} × {hw}\n就労支援窓口の常設\n\n（取組の概要）\n・福祉窓口で就労相談を案内している。\n\n{body}\n\n"


def _doc(year: str, bureau: str, *cases: tuple[str, str, str]) -> str:
    return HEAD.format(year=year, bureau=bureau) + "".join(
        _case(n, *c) for n, c in enumerate(cases, 1)
    )


C = tuple[str, str, str]

DOCS: list[tuple[str, str, list[list[C]]]] = [
    (  # 1. speaker before the quotation on its line, full-width space / colon
        "before",
        _doc(
            "令和３年度", "宮城労働局",
            ("石巻市", "ハローワーク石巻", "（現場の声）\n石巻市保護課　「申請の日にそのまま就労相談へつなげられるようになりました。」"),
            ("気仙沼市", "ハローワーク気仙沼", "（現場の声）\nハローワーク気仙沼：「市の窓口と毎朝打合せをしています。」"),
        ),
        [[("石巻市保護課", "municipality", "申請の日にそのまま就労相談へつなげられるようになりました。")],
         [("ハローワーク気仙沼", "hello_work", "市の窓口と毎朝打合せをしています。")]],
    ),
    (  # 2. speaker line over a quotation wrapped over two lines
        "over",
        _doc(
            "平成30年度", "埼玉労働局",
            ("川口市", "ハローワーク川口", "◇ひとこと\n【川口市生活福祉課】\n「相談員が同じ部屋にいるので、\nすぐに相談できます。」"),
            ("越谷市", "ハローワーク越谷", "◇ひとこと\n○ハローワーク越谷\n「予約相談を始めてから来所が増えました。」"),
        ),
        [[("川口市生活福祉課", "municipality", "相談員が同じ部屋にいるので、すぐに相談できます。")],
         [("ハローワーク越谷", "hello_work", "予約相談を始めてから来所が増えました。")]],
    ),
    (  # 3. speaker after: （…） on the closing line and ―… after a dash
        "after",
        _doc(
            "令和２年度", "福岡労働局",
            ("久留米市", "ハローワーク久留米", "≪担当者より≫\n「巡回相談の日は朝から予約が埋まります。」（久留米市保護課）"),
            ("大牟田市", "ハローワーク大牟田", "≪担当者より≫\n「福祉と就労の情報がつながりました。」―ハローワーク大牟田"),
        ),
        [[("久留米市保護課", "municipality", "巡回相談の日は朝から予約が埋まります。")],
         [("ハローワーク大牟田", "hello_work", "福祉と就労の情報がつながりました。")]],
    ),
    (  # 4. 「…」と … は話す / 語る
        "said",
        _doc(
            "令和４年度", "北海道労働局",
            ("函館市", "ハローワーク函館", "（事業の手応え）\n「就職後も相談に来てくれる方が増えた。」と函館市福祉部長は話す。"),
            ("旭川市", "ハローワーク旭川", "（事業の手応え）\n「一緒に面談することで信頼が生まれた。」とハローワーク旭川所長は語った。"),
        ),
        [[("函館市福祉部長", "municipality", "就職後も相談に来てくれる方が増えた。")],
         [("ハローワーク旭川所長", "hello_work", "一緒に面談することで信頼が生まれた。")]],
    ),
    (  # 5. speaker alone on the line under the quotation, noise lines around
        "under",
        _doc(
            "平成27年度", "大阪労働局",
            ("堺市", "ハローワーク堺", "〔補足〕\n- 12 -\n「毎週の連絡会で支援方針をそろえています。」\n（堺市生活援護管理課）"),
            ("東大阪市", "ハローワーク布施", "〔補足〕\n「窓口が近くなり、相談者の負担が減りました。」\n（ハローワーク布施）\n※H27.10.1開設"),
        ),
        [[("堺市生活援護管理課", "municipality", "毎週の連絡会で支援方針をそろえています。")],
         [("ハローワーク布施", "hello_work", "窓口が近くなり、相談者の負担が減りました。")]],
    ),
    (  # 6. 『…』 and a labour bureau speaker
        "double",
        _doc(
            "令和５年度", "愛知労働局",
            ("豊橋市", "ハローワーク豊橋", "＜一言＞\n愛知労働局職業対策課　『自治体との連携を県内に広げていきます。』"),
            ("岡崎市", "ハローワーク岡崎", "＜一言＞\n『ケース会議で役割分担が明確になりました。』（岡崎市生活福祉課）"),
        ),
        [[("愛知労働局職業対策課", "labour_bureau", "自治体との連携を県内に広げていきます。")],
         [("岡崎市生活福祉課", "municipality", "ケース会議で役割分担が明確になりました。")]],
    ),
    (  # 7. NOT comments: slogans inside sentences, facility names, speaker-less quotes
        "not",
        _doc(
            "令和３年度", "広島労働局",
            ("呉市", "ハローワーク呉", "（特色）\n市は「誰一人取り残さない就労支援」を掲げている。\n「ワークサポート呉」\n「毎日の相談が大切です。」"),
            ("尾道市", "ハローワーク尾道", "（特色）\n窓口の愛称は「しごとスポット尾道」である。\n「一緒に考えましょう。」と書いたポスターを掲示した。"),
        ),
        [[], []],
    ),
    (  # 8. NOT comments: list items and a speaker with no role
        "items",
        _doc(
            "令和元年度", "新潟労働局",
            ("長岡市", "ハローワーク長岡", "（利用者の感想）\n・「すぐに仕事が見つかりました。」（利用者）\n・「相談しやすかった。」"),
            ("上越市", "ハローワーク上越", "（利用者の感想）\n利用者Ａさん　「家の近くで相談できて助かりました。」"),
        ),
        [[], []],
    ),
]


def _got(profile: jirei.Profile) -> list[C]:
    return [(c.speaker or "", c.role, "".join(c.text.split())) for c in profile.comments]


@pytest.mark.parametrize(("name", "text", "expected"), DOCS, ids=[d[0] for d in DOCS])
def test_comments_by_shape(name: str, text: str, expected: list[list[C]]) -> None:
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == len(expected)
    for profile, want in zip(doc.profiles, expected, strict=True):
        assert _got(profile) == [(s, r, "".join(t.split())) for s, r, t in want]


def test_comment_spans_point_at_the_text() -> None:
    text = DOCS[0][1]
    doc = jirei.parse_text(text)
    comment = doc.profiles[0].comments[0]
    assert text[comment.span.start : comment.span.end] == comment.text
    assert comment.speaker_span is not None
    assert text[comment.speaker_span.start : comment.speaker_span.end] == "石巻市保護課"
