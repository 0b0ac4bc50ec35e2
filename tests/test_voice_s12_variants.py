"""Comments in the forms of holdout98 and the forms known unread (decisions 2510–2519,
branch voice-s12): a comments table with tab cells, an interview's answer speaker alone on
its ``Ａ（…）`` line, a voice heading with its speaker after it, marked speaker lines over
their words with no comments heading, a quotation in prose after a clause or with
``では … としている``, ``…からひとこと`` headings and a heading's ``～subtitle～``, name cards
over unindented words, ``鶴岡市（福祉課）より：text``.

Every document below is written for this file (real places, invented prose); every expected
comment was written by hand from reading the document by docs/reading-rules.md (speaker:
the organisation and its post, a person's name dropped, decision 1560; text NFKC without
whitespace), never printed from the parser. Negative variants must give no comment.
"""

from __future__ import annotations

import jirei

C = tuple[str, str, str]
MU, HW, LB, OT = "municipality", "hello_work", "labour_bureau", "other"


def _comments(text: str) -> list[list[C]]:
    doc = jirei.parse_text(text)
    return [
        [(c.speaker or "", c.role, "".join(c.text.split())) for c in p.comments]
        for p in doc.profiles
    ]


def _want(*cases: list[C]) -> list[list[C]]:
    return [[(s, r, "".join(t.split())) for s, r, t in case] for case in cases]


def _case(place: str, bureau: str, office: str, body: str) -> str:
    return (
        f"【{place}】【{bureau}・{office}】\n"
        "しごとサポート窓口（一体的実施施設）　令和2年4月1日事業開始\n\n"
        "福祉と就労の窓口をひとつに\n\n"
        "【取組内容】\n"
        "・ケースワーカーが相談者を窓口へ案内する\n\n"
        "【令和5年度実績】\n"
        "支援対象者数　200人\n"
        "就職者数　120人\n\n"
        f"{body}\n"
    )


def _doc(*cases: str) -> str:
    return "令和５年度　一体的実施事業の取組事例\n\n" + "\n".join(cases)


# 2510. A comments table whose cells are apart by tabs (a word processor's or a sheet's
# table pasted as text): the header row names the columns, in any order; a post column
# follows the organisation; a row whose speaker cell is a sentence stays unclassified.
TAB_TABLE = _doc(
    _case(
        "奈良県大和郡山市", "奈良労働局", "ハローワーク大和郡山",
        "【関係者の声】\n所属\t職名\tコメント\n"
        "大和郡山市福祉部生活福祉課\t課長\t相談者を迷わず案内できるようになりました。\n"
        "ハローワーク大和郡山\t所長\t市との情報共有で、就職までの期間が短くなりました。",
    ),
    _case(
        "兵庫県明石市", "兵庫労働局", "ハローワーク明石",
        "【現場の声】\nコメント\t発言者\n"
        "窓口が隣にあるので、その日のうちに相談できます。\t明石市福祉局生活福祉課\n"
        "求人の提案が具体的になりました。\tハローワーク明石",
    ),
    _case(
        "和歌山県田辺市", "和歌山労働局", "ハローワーク田辺",
        "【関係者の声】\n発言者\tコメント\n"
        "田辺市保健福祉部\t紹介の件数が増えています。\n"
        "窓口の利用が増えた。\t市内の事業所の声",
    ),
)


def test_tab_table_rows_are_comments() -> None:
    assert _comments(TAB_TABLE) == _want(
        [
            (
                "大和郡山市福祉部生活福祉課課長", MU,
                "相談者を迷わず案内できるようになりました。",
            ),
            ("ハローワーク大和郡山所長", HW, "市との情報共有で、就職までの期間が短くなりました。"),
        ],
        [
            ("明石市福祉局生活福祉課", MU, "窓口が隣にあるので、その日のうちに相談できます。"),
            ("ハローワーク明石", HW, "求人の提案が具体的になりました。"),
        ],
        [("田辺市保健福祉部", MU, "紹介の件数が増えています。")],
    )


# 2511. An interview: ``Ａ（speaker）`` alone on its line, the answer on the lines under it;
# the question lines are no comment, wherever the interview stands (here under the other
# results, under a heading with a subtitle, with ``答`` and numbered ``A1``).
INTERVIEW = _doc(
    _case(
        "大阪府堺市", "大阪労働局", "ハローワーク堺",
        "【その他の実績】\n・定着支援を延べ80件行った\n\n"
        "Ｑ　窓口の利点は何ですか。\n"
        "Ａ（堺市健康福祉局生活援護管理課　課長補佐　山本　花子）\n"
        "面談の直後に窓口まで案内できるため、相談への移行が円滑になりました。\n\n"
        "Ｑ　今後の方針は。\n"
        "Ａ（大阪労働局職業対策課）\n"
        "府内の他の自治体にも紹介していきたいと考えています。",
    ),
    _case(
        "滋賀県草津市", "滋賀労働局", "ハローワーク草津",
        "インタビュー　～現場の担当者に聞きました～\n"
        "問　手応えはいかがですか。\n"
        "答（ハローワーク草津）\n"
        "福祉の担当者から状況を事前に聞けるので、提案が具体的になります。\n"
        "Q1　市としての効果は。\n"
        "A1（草津市健康福祉部）\n"
        "就労につながる方が増えました。",
    ),
)


def test_answer_speaker_alone_on_its_line() -> None:
    assert _comments(INTERVIEW) == _want(
        [
            (
                "堺市健康福祉局生活援護管理課課長補佐", MU,
                "面談の直後に窓口まで案内できるため、相談への移行が円滑になりました。",
            ),
            ("大阪労働局職業対策課", LB, "府内の他の自治体にも紹介していきたいと考えています。"),
        ],
        [
            (
                "ハローワーク草津", HW,
                "福祉の担当者から状況を事前に聞けるので、提案が具体的になります。",
            ),
            ("草津市健康福祉部", MU, "就労につながる方が増えました。"),
        ],
    )


# 2512. A voice heading with its speaker after it on the same line, in several brackets; a
# person described by age and sex speaks as the heading's word (``利用者``).
VOICE_HEADS = _doc(
    _case(
        "岩手県花巻市", "岩手労働局", "ハローワーク花巻",
        "【市の声】花巻市健康福祉部地域福祉課\n"
        "ケースワーカーが気軽に相談員へ声を掛けられるようになった。\n\n"
        "【ハローワークの声】ハローワーク花巻　所長\n"
        "応募まで進めるケースが増えている。\n\n"
        "【利用者の声】40代女性\n"
        "最後まで付き添ってもらえたので就職できた。",
    ),
    _case(
        "秋田県横手市", "秋田労働局", "ハローワーク横手",
        "《市の声》横手市福祉環境部社会福祉課\n"
        "支援の相談がしやすくなった。\n"
        "＜ハローワークの声＞ハローワーク横手\n"
        "求人検索に不慣れな方への支援が進んだ。",
    ),
)


def test_voice_heading_with_speaker_after_it() -> None:
    assert _comments(VOICE_HEADS) == _want(
        [
            (
                "花巻市健康福祉部地域福祉課", MU,
                "ケースワーカーが気軽に相談員へ声を掛けられるようになった。",
            ),
            ("ハローワーク花巻所長", HW, "応募まで進めるケースが増えている。"),
            ("利用者", OT, "最後まで付き添ってもらえたので就職できた。"),
        ],
        [
            ("横手市福祉環境部社会福祉課", MU, "支援の相談がしやすくなった。"),
            ("ハローワーク横手", HW, "求人検索に不慣れな方への支援が進んだ。"),
        ],
    )


# 2513. Marked speaker lines over their words with no comments heading above them: ``■``,
# ``◆``, ``【org】``; a department written after the city. Negative: the same layout under a
# headed 役割分担 block (what each partner does), and one marked name over one paragraph.
RUNS = _doc(
    _case(
        "東京都足立区", "東京労働局", "ハローワーク足立",
        "■足立区\n毎週の打合せで、本人の状況を共有できている。\n"
        "■ハローワーク足立\n区の窓口からの紹介が増え、\n初回から具体的な求人を示せている。",
    ),
    _case(
        "埼玉県川口市", "埼玉労働局", "ハローワーク川口",
        "◆川口市福祉部生活福祉課\n相談の入口が一つになりました。\n\n"
        "◆埼玉労働局職業対策課\n県内の他市にも広げていきます。",
    ),
    _case(
        "千葉県船橋市", "千葉労働局", "ハローワーク船橋",
        "【船橋市地域福祉課】\n就労の話をその場でできるようになった。\n"
        "【ハローワーク船橋】\n福祉の情報を踏まえた紹介ができている。",
    ),
)

RUNS_NEGATIVE = _doc(
    _case(
        "東京都葛飾区", "東京労働局", "ハローワーク墨田",
        "【役割分担】\n■葛飾区福祉部\n生活保護受給者に就労支援への参加を勧める。\n"
        "■ハローワーク墨田\n職業相談と職業紹介を行う。",
    ),
    _case(
        "東京都墨田区", "東京労働局", "ハローワーク墨田",
        "■墨田区福祉部\n区役所の2階に窓口を置き、相談者を案内している。",
    ),
)


def test_marked_speakers_without_heading() -> None:
    assert _comments(RUNS) == _want(
        [
            ("足立区", MU, "毎週の打合せで、本人の状況を共有できている。"),
            (
                "ハローワーク足立", HW,
                "区の窓口からの紹介が増え、初回から具体的な求人を示せている。",
            ),
        ],
        [
            ("川口市福祉部生活福祉課", MU, "相談の入口が一つになりました。"),
            ("埼玉労働局職業対策課", LB, "県内の他市にも広げていきます。"),
        ],
        [
            ("船橋市地域福祉課", MU, "就労の話をその場でできるようになった。"),
            ("ハローワーク船橋", HW, "福祉の情報を踏まえた紹介ができている。"),
        ],
    )


def test_marked_speakers_negative() -> None:
    # (how many profiles the role-division block splits into is the segmenter's call, not
    # under test here: no profile may hold a comment)
    found = _comments(RUNS_NEGATIVE)
    assert found and all(case == [] for case in found)


# 2514. Quotations in prose: the speaker after a clause of its own, a post its section calls
# 担当, ``では … としている``. Negative: a user quoted (no comment, decision 2275), a quoted
# name inside a sentence.
PROSE = _doc(
    _case(
        "京都府宇治市", "京都労働局", "ハローワーク宇治",
        "【取組の様子】\n"
        "　窓口を同じ階に置いた効果について、宇治市福祉こども部生活福祉課の担当係長は"
        "「手続に来た方にその場で声を掛けられるようになった」と話す。\n"
        "　京都労働局職業対策課では「この手法を府内に広げていきたい」としている。\n"
        "　就職した利用者（40代男性）は「面接の練習まで付き添ってもらえた」と話してくれた。\n"
        "　ハローワーク宇治では「就職支援セミナー」を毎月開催している。",
    ),
)


def test_prose_quotations() -> None:
    assert _comments(PROSE) == _want(
        [
            (
                "宇治市福祉こども部生活福祉課担当係長", MU,
                "手続に来た方にその場で声を掛けられるようになった",
            ),
            ("京都労働局職業対策課", LB, "この手法を府内に広げていきたい"),
        ],
    )


# 2516 / 2517. ``…からひとこと`` headings over name cards (organisation, post, name apart by
# spaces) over unindented words; an NPO card keeps role other; a card with a section cell.
# Negative: a card over a line closing no sentence is no speaker.
CARDS = _doc(
    _case(
        "宮崎県都城市", "宮崎労働局", "ハローワーク都城",
        "担当者からひとこと\n\n"
        "都城市福祉部保護課　主査　川野　恵\n"
        "巡回相談で、福祉事務所に来た方がその場で職員と話せるようになりました。\n\n"
        "ハローワーク都城　職業相談部門　統括職業指導官　岩切　聡\n"
        "支援状況を共有した上で相談に臨めています。\n\n"
        "NPO法人みやこのじょう若者ネット　支援員　黒木　舞\n"
        "職場の方々の理解も深まっていると感じます。",
    ),
    _case(
        "宮崎県日南市", "宮崎労働局", "ハローワーク日南",
        "関係者からのメッセージ\n"
        "日南市福祉課　課長　坂元　一郎\n"
        "支援対象者数　200人",
    ),
)


def test_name_cards_over_words() -> None:
    assert _comments(CARDS) == _want(
        [
            (
                "都城市福祉部保護課主査", MU,
                "巡回相談で、福祉事務所に来た方がその場で職員と話せるようになりました。",
            ),
            (
                "ハローワーク都城職業相談部門統括職業指導官", HW,
                "支援状況を共有した上で相談に臨めています。",
            ),
            (
                "NPO法人みやこのじょう若者ネット支援員", OT,
                "職場の方々の理解も深まっていると感じます。",
            ),
        ],
        [],
    )


# 2518. ``鶴岡市（福祉課）より：text``: the department in brackets after the city, ``より``
# and a colon — the speaker as written, no round-table turn.
FROM_BRACKET = _doc(
    _case(
        "山形県鶴岡市", "山形労働局", "ハローワーク鶴岡",
        "【関係者の声】\n"
        "鶴岡市（福祉課）より：申請の場で仕事の話ができるようになった。\n"
        "ハローワーク鶴岡（職業相談部門）より：市の窓口からの紹介が増えている。\n"
        "山形労働局（職業対策課）から：県内に広げていきたい。",
    ),
)


def test_bracketed_department_before_from() -> None:
    assert _comments(FROM_BRACKET) == _want(
        [
            ("鶴岡市(福祉課)", MU, "申請の場で仕事の話ができるようになった。"),
            ("ハローワーク鶴岡(職業相談部門)", HW, "市の窓口からの紹介が増えている。"),
            ("山形労働局(職業対策課)", LB, "県内に広げていきたい。"),
        ],
    )


# 2519. A web page's voice boxes in raw HTML: ``<figure>`` with the quotation in
# ``<blockquote>`` and the speaker in ``<figcaption>`` (one line or several), and
# ``<details><summary>…の声</summary><p>…</p>``. (Known gap: a ``<ul>`` of links right after
# the last ``</details>`` is read as a later paragraph of that comment.)
HTML_PAGE = (
    "<html><body>\n<h1>令和５年度　一体的実施事業の取組事例</h1>\n"
    "<section>\n<h3>事例1　広島県呉市</h3>\n"
    "<p>【広島県呉市】【広島労働局・ハローワーク呉】</p>\n"
    "<p>くれ就労支援窓口（一体的実施施設）　令和2年4月1日事業開始</p>\n"
    "<p>福祉の窓口の隣で相談から就職まで</p>\n"
    "<h4>取組内容</h4>\n<ul>\n<li>ケースワーカーが相談者を窓口へ案内する</li>\n</ul>\n"
    "<h4>関係者の声</h4>\n"
    '<figure class="voice"><blockquote><p>その場で窓口へ案内できるようになりました。</p>'
    "</blockquote><figcaption>呉市　福祉保健部　生活支援課</figcaption></figure>\n"
    "<figure>\n<blockquote>\n<p>求人の提案が具体的になりました。</p>\n</blockquote>\n"
    "<figcaption>ハローワーク呉</figcaption>\n</figure>\n"
    "</section>\n"
    "<section>\n<h3>事例2　広島県三原市</h3>\n"
    "<p>【広島県三原市】【広島労働局・ハローワーク三原】</p>\n"
    "<p>みはら就労サポート（一体的実施施設）　令和3年4月1日事業開始</p>\n"
    "<p>市役所の中に常設の窓口</p>\n"
    "<h4>取組内容</h4>\n<ul>\n<li>毎月支援計画を見直す</li>\n</ul>\n"
    "<h4>関係者の声</h4>\n"
    "<details>\n<summary>三原市の声</summary>\n"
    "<p>相談者に就労支援を勧めやすくなりました。</p>\n</details>\n"
    "</section>\n</body></html>\n"
)


def test_html_voice_boxes() -> None:
    assert _comments(HTML_PAGE) == _want(
        [
            ("呉市福祉保健部生活支援課", MU, "その場で窓口へ案内できるようになりました。"),
            ("ハローワーク呉", HW, "求人の提案が具体的になりました。"),
        ],
        [("三原市", MU, "相談者に就労支援を勧めやすくなりました。")],
    )


# 2520. The document's contact head right under the last comment ends it, bare or in
# brackets or with a colon; the bureau's lines under it are no text of the comment.
CONTACTS = _doc(
    _case(
        "群馬県高崎市", "群馬労働局", "ハローワーク高崎",
        "■ 関係者の声\n【ハローワーク高崎】\n合同研修で紹介がスムーズになりました。\n"
        "お問い合わせ先\n群馬労働局 職業安定部 職業対策課",
    ),
    _case(
        "群馬県前橋市", "群馬労働局", "ハローワーク前橋",
        "■ 関係者の声\n【前橋市福祉部】\n手続きと相談を一度に済ませられます。\n"
        "【問い合わせ先】\n群馬労働局 職業安定部 職業対策課　電話 027-000-0000",
    ),
    _case(
        "群馬県桐生市", "群馬労働局", "ハローワーク桐生",
        "■ 関係者の声\n【桐生市福祉課】\n支援の入口が増えました。\n"
        "照会先：\n桐生市福祉課 生活支援係",
    ),
)


def test_contact_head_ends_the_comment() -> None:
    assert _comments(CONTACTS) == _want(
        [("ハローワーク高崎", HW, "合同研修で紹介がスムーズになりました。")],
        [("前橋市福祉部", MU, "手続きと相談を一度に済ませられます。")],
        [("桐生市福祉課", MU, "支援の入口が増えました。")],
    )


# 2521. A tab card (a sheet pasted as tab text): a row continuing a cell — its first cell
# empty, holding an item ``・…`` or a note ``※…`` — keeps the card open, so the comment rows
# ``コメント<TAB>speaker<TAB>text`` after it are read.
def _sheet(number: int, place: str, office: str, extra: str) -> str:
    return (
        f"No.\t{number}\n"
        f"事例名\t{place}の福祉窓口に就労相談の席\n"
        f"自治体\t鹿児島県{place}\n"
        f"労働局・ハローワーク\t鹿児島労働局・{office}\n"
        f"施設名（形態）\t{place}就労サポート（一体的実施施設）\n"
        "開始年月日\t令和3年4月1日\n"
        "取組内容\t①ケースワーカーの面談に相談員が同席する。\n"
        "実績（令和4年度）\t区分\t目標\t実績\t達成率\n"
        "\t支援対象者数\t100人\t110人\t110.0%\n"
        f"{extra}"
        f"コメント\t{place}福祉課\t面談の当日に求人を紹介できるようになった。\n"
        f"\t{office}\t支援記録を共有できている。\n\n"
    )


SHEET = "令和４年度　好事例シート\n\n" + _sheet(
    1, "指宿市", "ハローワーク指宿",
    "その他の実績\t・見学会を2回開催した。\n\t・土曜相談を年4回実施した。\n",
) + _sheet(2, "枕崎市", "ハローワーク加世田", "\t※令和3年度は9か月間の実績。\n")


def test_tab_card_continuation_rows() -> None:
    assert _comments(SHEET) == _want(
        [
            ("指宿市福祉課", MU, "面談の当日に求人を紹介できるようになった。"),
            ("ハローワーク指宿", HW, "支援記録を共有できている。"),
        ],
        [
            ("枕崎市福祉課", MU, "面談の当日に求人を紹介できるようになった。"),
            ("ハローワーク加世田", HW, "支援記録を共有できている。"),
        ],
    )


# 2524. The seed's comment headings written in other brackets, marks and orders: round
# brackets, 『』, ``<<…>>``, wave dashes and dashes on both sides, a heading number, a colon
# closing the heading, the keyword first (``コメント：X``, ``コメント（X）``, ``◆コメント◆X``),
# ``★``, ``の談話``. Negatives: a bracketed caption closing with ``から``, a
# ``コメント：`` line naming no stakeholder, a subtitle between wave dashes naming no speaker.
def _headed(place: str, office: str, head: str, second: str) -> str:
    return _case(
        f"福井県{place}", "福井労働局", office,
        f"{head}\n{place}の窓口で就労の相談ができるようになった。\n\n"
        f"{second}\n市からの紹介が増えている。",
    )


HEADINGS = _doc(
    _headed("福井市", "ハローワーク福井", "（福井市コメント）", "『ハローワーク福井コメント』"),
    _headed("敦賀市", "ハローワーク敦賀", "<<敦賀市コメント>>", "～ハローワーク敦賀コメント～"),
    _headed("小浜市", "ハローワーク小浜", "―小浜市コメント―", "（２）ハローワーク小浜コメント"),
    _headed("大野市", "ハローワーク大野", "大野市コメント：", "コメント：ハローワーク大野"),
    _headed("勝山市", "ハローワーク大野", "コメント（勝山市福祉課）", "◆コメント◆福井労働局"),
    _headed("鯖江市", "ハローワーク武生", "★鯖江市の談話", "〈ハローワーク武生の談話〉"),
)


def test_comment_headings_in_other_forms() -> None:
    def pair(first: tuple[str, str], second: tuple[str, str], place: str) -> list[C]:
        return [
            (first[0], first[1], f"{place}の窓口で就労の相談ができるようになった。"),
            (second[0], second[1], "市からの紹介が増えている。"),
        ]

    assert _comments(HEADINGS) == _want(
        pair(("福井市", MU), ("ハローワーク福井", HW), "福井市"),
        pair(("敦賀市", MU), ("ハローワーク敦賀", HW), "敦賀市"),
        pair(("小浜市", MU), ("ハローワーク小浜", HW), "小浜市"),
        pair(("大野市", MU), ("ハローワーク大野", HW), "大野市"),
        pair(("勝山市福祉課", MU), ("福井労働局", LB), "勝山市"),
        pair(("鯖江市", MU), ("ハローワーク武生", HW), "鯖江市"),
    )


HEADINGS_NEGATIVE = _doc(
    _case(
        "福井県越前市", "福井労働局", "ハローワーク武生",
        "（令和4年度の実績から）\n支援対象者数は目標を上回った。\n\n"
        "コメント：特になし\n\n"
        "～取組のポイント～\n窓口を一つにした。",
    ),
)


def test_comment_headings_negative() -> None:
    assert _comments(HEADINGS_NEGATIVE) == [[]]


# 2525. A comment heading with the words after it on its line: a bracketed heading, a heading
# closed by a colon, a marked one; the words a sentence. Negative: a heading over a bare
# figure on its line (no sentence) is no comment.
INLINE_HEADS = _doc(
    _case(
        "長野県松本市", "長野労働局", "ハローワーク松本",
        "＜松本市コメント＞申請の場で仕事の話ができるようになった。\n"
        "【ハローワーク松本コメント】　市の窓口からの紹介が増えている。",
    ),
    _case(
        "長野県上田市", "長野労働局", "ハローワーク上田",
        "上田市健康福祉部のコメント：待ち時間がなくなったと喜ばれている。\n"
        "◆長野労働局コメント：県内の他の市にも広げていきたい。",
    ),
    _case(
        "長野県飯田市", "長野労働局", "ハローワーク飯田",
        "＜飯田市コメント＞支援対象者数 120人",
    ),
)


def test_comment_heading_with_words_after_it() -> None:
    assert _comments(INLINE_HEADS) == _want(
        [
            ("松本市", MU, "申請の場で仕事の話ができるようになった。"),
            ("ハローワーク松本", HW, "市の窓口からの紹介が増えている。"),
        ],
        [
            ("上田市健康福祉部", MU, "待ち時間がなくなったと喜ばれている。"),
            ("長野労働局", LB, "県内の他の市にも広げていきたい。"),
        ],
        [],
    )


# 2526. In a comments section, an organisation alone on its line (a bare name, a name with
# its department in brackets, a place in 【】 or ［］) over an unindented sentence is that
# speaker's comment.
BARE_SPEAKERS = _doc(
    _case(
        "静岡県沼津市", "静岡労働局", "ハローワーク沼津",
        "【関係者のコメント】\n沼津市\n申請の場で仕事の話ができるようになった。\n"
        "静岡労働局（職業対策課）\n市の窓口からの紹介が増えている。",
    ),
    _case(
        "静岡県富士市", "静岡労働局", "ハローワーク富士",
        "【関係者のコメント】\n［富士市］\n待ち時間がなくなった。\n"
        "〔ハローワーク富士〕\n紹介の件数が増えている。",
    ),
)


def test_bare_speakers_over_unindented_words() -> None:
    assert _comments(BARE_SPEAKERS) == _want(
        [
            ("沼津市", MU, "申請の場で仕事の話ができるようになった。"),
            ("静岡労働局(職業対策課)", LB, "市の窓口からの紹介が増えている。"),
        ],
        [
            ("富士市", MU, "待ち時間がなくなった。"),
            ("ハローワーク富士", HW, "紹介の件数が増えている。"),
        ],
    )


# 2527. Comment rows with no comments heading over them (a pipe row or a tab row whose first
# cell is a comment heading naming a stakeholder, the second a sentence), and ``区分`` /
# ``所属機関`` as a comments table's speaker column. Negative: a results row whose first
# cell holds a keyword but names no stakeholder is no comment.
ROWS = _doc(
    _case(
        "新潟県長岡市", "新潟労働局", "ハローワーク長岡",
        "| 長岡市コメント | 申請の場で仕事の話ができるようになった。 |\n"
        "| ハローワーク長岡コメント | 市の窓口からの紹介が増えている。 |",
    ),
    _case(
        "新潟県三条市", "新潟労働局", "ハローワーク三条",
        "三条市の声\t待ち時間がなくなったと喜ばれている。\n"
        "新潟労働局の声\t県内の他の市にも広げていきたい。",
    ),
    _case(
        "新潟県柏崎市", "新潟労働局", "ハローワーク柏崎",
        "【関係者の声】\n所属機関\tコメント\n柏崎市福祉課\t相談の入口が一つになった。\n"
        "ハローワーク柏崎\t紹介の件数が増えている。",
    ),
    _case(
        "新潟県新発田市", "新潟労働局", "ハローワーク新発田",
        "| 利用者の声 | 寄せられた件数 |\n| 窓口の評価 | 42件 |",
    ),
)


def test_comment_rows_without_heading() -> None:
    assert _comments(ROWS) == _want(
        [
            ("長岡市", MU, "申請の場で仕事の話ができるようになった。"),
            ("ハローワーク長岡", HW, "市の窓口からの紹介が増えている。"),
        ],
        [
            ("三条市", MU, "待ち時間がなくなったと喜ばれている。"),
            ("新潟労働局", LB, "県内の他の市にも広げていきたい。"),
        ],
        [
            ("柏崎市福祉課", MU, "相談の入口が一つになった。"),
            ("ハローワーク柏崎", HW, "紹介の件数が増えている。"),
        ],
        [],
    )


# 2528. Quotations in a paragraph written as one line, after a sentence of its own, with
# reported forms: ``からは「…」との声が聞かれた``, ``によると「…」という``, ``と話していた``,
# ``と手応えを感じている``. Negative: a title in quotes inside a sentence about an event.
PARAGRAPH = _doc(
    _case(
        "三重県津市", "三重労働局", "ハローワーク津",
        "【取組の様子】\n"
        "　窓口は市役所の2階にある。津市福祉課の担当者からは「申請の場で仕事の話ができるように"
        "なった」との声が聞かれた。ハローワーク津によると「紹介の件数が増えている」という。"
        "毎月の会議も続いている。\n"
        "　ハローワーク津では「就職支援セミナー」を毎月開催している。",
    ),
    _case(
        "三重県鈴鹿市", "三重労働局", "ハローワーク鈴鹿",
        "【取組の様子】\n"
        "　相談は予約制である。鈴鹿市保護課長は「待ち時間がなくなった」と手応えを感じている。\n"
        "　三重労働局の担当者は「県内の他の市にも広げていきたい」と話していた。",
    ),
)


def test_quotations_inside_paragraphs() -> None:
    assert _comments(PARAGRAPH) == _want(
        [
            ("津市福祉課", MU, "申請の場で仕事の話ができるようになった"),
            ("ハローワーク津", HW, "紹介の件数が増えている"),
        ],
        [
            ("鈴鹿市保護課長", MU, "待ち時間がなくなった"),
            ("三重労働局", LB, "県内の他の市にも広げていきたい"),
        ],
    )
