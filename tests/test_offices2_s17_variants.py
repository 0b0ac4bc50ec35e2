"""The genre as other offices publish it, a second round (branch ``offices2-s17``,
decisions 3401-3415).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a list of every facility whose numbers are its own (row ``No.2`` is ``事例１``) is an index:
  a row joins the written-out case naming its facility and place whatever the numbers, and
  a row the document describes nowhere else gives no profile (3401);
* an office named with its bureau in brackets (``ハローワーク豊橋（愛知労働局）``) is no second
  facility in the sentence naming a facility told in prose (3402);
* a 広報 page's issue banner, footer and corner name are no headline; the head line alone
  nearest the lead is (3403, 3404);
* voices under a heading in a case told in prose are comments (3405);
* bullets under what the facility offers are initiatives, wrapped items joined (3406);
* a facility's name quoted right after its city is the quoted words (3407);
* figures rows under a header of role columns take their columns' roles (3408);
* a stakeholder's judgement heading alone on its line opens its comment (3409);
* a list's mark column (``○`` against the rows written out) makes it an index too (3410).
"""

from __future__ import annotations

import pytest

import jirei

# ----------------------------------------------------------------------------- 3401

_HEAD = ("No.", "県名", "自治体名", "施設名", "連携ハローワーク", "所管労働局", "事業開始", "事例")
_TSURUGA = ("福井県", "敦賀市", "つるが就労窓口", "ハローワーク敦賀", "福井労働局", "H27.4.1")
_KOMATSU = ("石川県", "小松市", "こまつ仕事ナビ", "ハローワーク小松", "石川労働局", "H26.10.1")
_TAKAOKA = ("富山県", "高岡市", "たかおか就労コーナー", "ハローワーク高岡", "富山労働局", "H28.2.1")
_HAKUSAN = ("石川県", "白山市", "はくさん就労支援室", "ハローワーク白山", "石川労働局", "H29.6.1")
_ROWS = (
    ("1", *_TSURUGA, ""),
    ("2", *_KOMATSU, "○"),
    ("3", *_TAKAOKA, ""),
    ("4", *_HAKUSAN, "○"),
)


def _table(sep: str, rows: tuple[tuple[str, ...], ...] = _ROWS) -> list[str]:
    if sep == "|":
        return [
            "| " + " | ".join(_HEAD) + " |",
            "|" + "---|" * len(_HEAD),
            *("| " + " | ".join(r) + " |" for r in rows),
        ]
    return [sep.join(_HEAD), *(sep.join(r) for r in rows)]


def _cases(label: str = "事例{n}", extra: str = "") -> list[str]:
    one, two = (label.format(n=n) for n in ("１", "２"))
    return [
        f"{one}　石川県小松市／石川労働局・ハローワーク小松",
        "こまつ仕事ナビ（一体的実施施設）　平成２６年１０月１日事業開始",
        "",
        "駅前の窓口で、その日のうちに",
        "",
        "■取組内容",
        "◇市の窓口から職業相談へその場でつなぐ",
        "",
        "■事業目標と実績",
        "\t28年度目標\t28年度実績",
        "就職者数\t50人\t61人",
        "",
        f"{two}　石川県白山市／石川労働局・ハローワーク白山",
        "はくさん就労支援室（常設窓口）　平成２９年６月１日事業開始",
        "",
        "山あいの地区へ出張相談",
        "",
        "■取組内容",
        "◇市の支所で月２回の出張相談を行う",
        *([extra] if extra else []),
        "",
        "■事業目標と実績",
        "\t28年度目標\t28年度実績",
        "就職者数\t30人\t33人",
        "",
    ]


def _doc(sep: str, label: str = "事例{n}", extra: str = "") -> jirei.Document:
    text = "\n".join(
        [
            "施設一覧及び取組事例（北陸）",
            "",
            "Ⅰ　施設一覧",
            "",
            *_table(sep),
            "",
            "Ⅱ　取組事例",
            "",
            *_cases(label, extra),
        ]
    )
    return jirei.parse_text(text)


@pytest.mark.parametrize("sep", ["\t", "|"])
@pytest.mark.parametrize("label", ["事例{n}", "【事例{n}】", "取組事例{n}"])
def test_index_rows_not_described_give_no_profile(sep: str, label: str) -> None:
    doc = _doc(sep, label)
    assert [(p.municipality, p.facility_name) for p in doc.profiles] == [
        ("小松市", "こまつ仕事ナビ"),
        ("白山市", "はくさん就労支援室"),
    ]
    assert [p.title for p in doc.profiles] == [
        "駅前の窓口で、その日のうちに",
        "山あいの地区へ出張相談",
    ]
    assert [m.actual.value for p in doc.profiles for m in p.metrics if m.actual] == [61, 33]
    codes = [w.code for w in doc.warnings]
    assert codes.count("case_list_index_only") == 2 and "case_list_unmatched" not in codes


def test_index_row_named_elsewhere_is_still_a_case() -> None:
    """A row whose place the document names outside the list (a part of it standing
    later) is kept, as decision 3311 keeps it."""
    doc = _doc("\t", extra="◇隣の高岡市の窓口とも月１回の連絡会を開く")
    assert "高岡市" in [p.municipality for p in doc.profiles]
    assert "敦賀市" not in [p.municipality for p in doc.profiles]


def test_list_numbering_its_cases_keeps_unmatched_rows() -> None:
    """Negative: when the rows that join cases carry the cases' own numbers, the list is
    one of cases (decisions 70-71) and a row matching none is still a profile."""
    rows = (("1", *_KOMATSU, ""), ("2", *_HAKUSAN, ""), ("3", *_TSURUGA, ""))  # (no marks)
    text = "\n".join(["施設一覧", "", *_table("\t", rows), "", *_cases()])
    doc = jirei.parse_text(text)
    assert [p.municipality for p in doc.profiles] == ["小松市", "白山市", "敦賀市"]
    assert [w.code for w in doc.warnings].count("case_list_unmatched") == 1


# ----------------------------------------------------------------------------- 3402

_PROSE = (
    "広報{city_kana}　令和５年６月号",
    "",
    "{catch}",
    "",
    "市役所１階の「{name}」は、{city}と{office}{bracket}が一緒に運営している就労支援の窓口です。"
    "{date}のオープンから、多くの方が利用しています。",
    "",
    "問　{name}　☎０１２－３４５－６７８９",
    "",
    "――――――――――――――――――――",
    "",
)


def _prose(**kw: str) -> str:
    return "\n".join(_PROSE).format(**kw)


_ONE = {
    "city_kana": "はままつ", "catch": "働きたいを応援します", "name": "はままつ しごとナビ",
    "city": "浜松市", "office": "ハローワーク浜松", "date": "平成２７年４月１日",
}
_TWO = {
    "city_kana": "ぬまづ", "catch": "一歩を踏み出すお手伝い", "name": "ぬまづ就労サポートコーナー",
    "city": "沼津市", "office": "ハローワーク沼津", "date": "平成２８年１０月３日",
}


@pytest.mark.parametrize(
    "bracket", ["（{b}）", "({b})", "（{b}・市役所内）"],
)
def test_office_with_its_bureau_in_brackets_is_no_second_facility(bracket: str) -> None:
    text = _prose(**_ONE, bracket=bracket.format(b="静岡労働局")) + _prose(
        **_TWO, bracket=bracket.format(b="静岡労働局")
    )
    doc = jirei.parse_text(text)
    # (the space inside a kana name is not kept by the prose reader: left for later)
    assert [(p.municipality, "".join(str(p.facility_name).split())) for p in doc.profiles] == [
        ("浜松市", "はままつしごとナビ"),
        ("沼津市", "ぬまづ就労サポートコーナー"),
    ]
    assert [str(p.start_date) for p in doc.profiles] == ["2015-04-01", "2016-10-03"]


def test_sentence_naming_two_facilities_still_opens_no_case() -> None:
    """Negative: a sentence naming a second facility with its kind in brackets lists
    facilities; it opens no case of its own (decision 2150's rule stands)."""
    line = (
        "市内には「はままつ しごとナビ」と、ハローワーク浜松の「はままつ就労コーナー"
        "（一体的実施施設）」があり、平成２７年４月１日に開設しました。"
    )
    doc = jirei.parse_text("\n".join(["広報はままつ　令和５年６月号", "", line, ""]))
    assert "はままつ しごとナビ" not in [p.facility_name for p in doc.profiles]
    assert "はままつしごとナビ" not in [p.facility_name for p in doc.profiles]


# ----------------------------------------------------------------------------- 3403-3406

_PAGE = """{banner}

{corner}

{catch}

{indent}市役所２階の「{name}」は、{city}と{office}（{bureau}）が一緒に運営している窓口です。{date}に開設しました。

{list_head}
{items}

{voice_head}
{voice}

問　{name}　☎０１２－３４５－６７８９

{footer}

――――――――――――――――――――
"""

_HAMAMATSU = {
    "name": "はままつ就労ナビ", "city": "浜松市", "office": "ハローワーク浜松",
    "bureau": "静岡労働局", "date": "平成２７年４月１日",
    "catch": "仕事探しを、市役所の中で応援します",
    "voice": "市の担当者と一緒に、あなたのペースで就職までを考えます。",
}
_NUMAZU = {
    "name": "ぬまづ就労サポートコーナー", "city": "沼津市", "office": "ハローワーク沼津",
    "bureau": "静岡労働局", "date": "平成２８年１０月３日",
    "catch": "暮らしと仕事の相談を一か所で",
    "voice": "同じフロアにあるので、相談の方をその場で引き継げます。",
}


def _page(case: dict[str, str], **kw: str) -> str:
    base = {
        "banner": "広報はままつ　2022（令和4）年5月1日号　2～3ページ",
        "corner": "くらしの窓口",
        "indent": "",
        "list_head": "窓口でできること",
        "items": "●職業相談と求人の紹介\n●面接の練習",
        "voice_head": "◆ハローワークから",
        "footer": "広報はままつ　2022.5.1　3",
    }
    return _PAGE.format(**{**base, **case, **kw})


def _two(**kw: str) -> jirei.Document:
    return jirei.parse_text(_page(_HAMAMATSU, **kw) + "\n" + _page(_NUMAZU, **kw))


@pytest.mark.parametrize(
    ("banner", "corner", "footer"),
    [
        (
            "広報はままつ　2022（令和4）年5月1日号　2～3ページ",
            "くらしの窓口",
            "広報はままつ　2022.5.1　3",
        ),
        ("市報ぬまづ　令和元年7月上旬号　P.4", "特集　しごとの窓口", "－４－"),
        ("広報しずおか　令和5年6月1日号　4頁", "まちの話題から", "広報しずおか　2023.6.1　4"),
    ],
)
def test_headline_is_the_line_alone_over_the_lead(banner: str, corner: str, footer: str) -> None:
    doc = _two(banner=banner, corner=corner, footer=footer)
    assert [p.title for p in doc.profiles] == [_HAMAMATSU["catch"], _NUMAZU["catch"]]


@pytest.mark.parametrize(
    "under",
    [
        "浜松支局　佐藤健太",  # a byline alone under the headline
        "駅前の窓口",  # a shorter line alone: no corner name over it
    ],
)
def test_line_alone_under_the_headline_is_no_headline(under: str) -> None:
    """Negative: a head line alone is a corner name only over a longer catch phrase; a
    byline or a shorter line alone under the headline leaves the headline as it is."""
    doc = _two(corner=_NUMAZU["catch"], catch=under)
    assert doc.profiles[1].title == _NUMAZU["catch"]  # (the page after a rule)


def test_lead_wrapped_over_lines_is_no_headline() -> None:
    """Negative: the lead's first line cut at the width (no full stop) under the headline
    is the lead, not a headline nearer it."""
    lead = "沼津市と静岡労働局は、平成２８年１０月３日、\n市役所に窓口を設けた。"
    doc = _two(corner="くらしの窓口", catch=lead)
    assert doc.profiles[1].title == "くらしの窓口"


@pytest.mark.parametrize(
    ("head", "speaker", "role"),
    [
        ("◆ハローワーク浜松から", "ハローワーク浜松", "hello_work"),
        ("▽浜松市生活福祉課から", "浜松市生活福祉課", "municipality"),
        ("◇利用者の声", "利用者", "other"),
        ("【静岡労働局より】", "静岡労働局", "labour_bureau"),
    ],
)
def test_voice_under_a_heading_in_a_prose_case(head: str, speaker: str, role: str) -> None:
    doc = _two(voice_head=head)
    assert [(c.speaker, c.role, c.text) for c in doc.profiles[0].comments] == [
        (speaker, role, _HAMAMATSU["voice"])
    ]
    said = doc.profiles[0].comments[0].span
    assert said is not None and doc.text[said.start : said.end] == _HAMAMATSU["voice"]


def test_reported_quotation_under_a_voice_heading_is_no_voice_of_the_heading() -> None:
    """Negative: the paragraph under ``◆利用した人の声`` reporting a quotation in the
    narrator's words (``…女性は「…」と話します``) is not the heading speaker's voice."""
    voice = "窓口で就職した３０代の女性は「毎週話を聞いてもらえました」と話します。"
    doc = _two(voice_head="◆利用した人の声", voice=voice)
    assert all(c.speaker != "利用した人" for p in doc.profiles for c in p.comments)


def test_paragraph_under_a_plain_line_is_no_voice() -> None:
    """Negative: a line that is no comment heading (``窓口のご案内``) over a paragraph
    gives no comment."""
    doc = _two(voice_head="窓口のご案内")
    assert all(not p.comments for p in doc.profiles)


@pytest.mark.parametrize(
    ("head", "items"),
    [
        ("窓口でできること", "●職業相談と求人の紹介\n●面接の練習"),
        ("〔主なサービス〕", "１．職業相談と求人の紹介\n２．面接の練習"),
        ("支援メニュー", "・職業相談と求人の紹介\n・面接の練習"),
        ("ナビでできること", "●職業相談と求人の\n紹介\n●面接の練習"),
        (
            "〔主なサービス〕",
            "・職業相談と求人の紹介を、担当者制でじっくり行\n　います\n・面接の練習",
        ),
    ],
)
def test_offer_list_gives_the_initiatives(head: str, items: str) -> None:
    doc = _two(list_head=head, items=items)
    first = doc.profiles[0].initiatives
    assert first[-1] == "面接の練習"
    assert first[0] in (
        "職業相談と求人の紹介",
        "職業相談と求人の紹介を、担当者制でじっくり行います",
    )
    assert len(first) == 2


def test_list_under_a_plain_heading_gives_no_initiatives() -> None:
    """Negative: bullets under a heading naming no offer (``窓口の場所``) are no items."""
    doc = _two(list_head="窓口の場所", items="●市役所２階\n●駅から徒歩５分")
    assert all(not p.initiatives for p in doc.profiles)


# ----------------------------------------------------------------------------- 3407


def _chapter(head_one: str, head_two: str) -> str:
    return "\n".join(
        [
            "３　地方公共団体との一体的実施",
            "",
            f"（１）{head_one}（一体的実施施設）",
            "　　　連携安定所：ハローワーク富山",
            "　　　事業開始：平成２６年４月１日",
            "",
            "福祉の窓口の隣で、その日のうちに相談へ",
            "",
            "ア　取組内容",
            "①　ケースワーカーと同席で初回面談を行う",
            "",
            "イ　令和元年度の目標及び実績",
            "項目\t目標\t実績\t達成率",
            "就職者数\t100人\t110人\t110.0%",
            "",
            f"（２）{head_two}（常設窓口）",
            "　　　連携安定所：ハローワーク高岡",
            "　　　事業開始：令和元年７月１日",
            "",
            "駅前の窓口で、仕事探しを身近に",
            "",
            "ア　取組内容",
            "①　駅前の窓口で夜間相談を行う",
            "",
            "イ　令和元年度の目標及び実績",
            "項目\t目標\t実績\t達成率",
            "就職者数\t50人\t55人\t110.0%",
            "",
        ]
    )


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ("富山市「とやま就労ナビ」", "高岡市「たかおか仕事相談室」"),
        ("富山市『とやま就労ナビ』", "高岡市『たかおか仕事相談室』"),
        ("富山市　「とやま就労ナビ」", "高岡市　「たかおか仕事相談室」"),
    ],
)
def test_name_quoted_after_its_city_is_the_quoted_words(one: str, two: str) -> None:
    doc = jirei.parse_text(_chapter(one, two))
    assert [(p.municipality, p.facility_name) for p in doc.profiles] == [
        ("富山市", "とやま就労ナビ"),
        ("高岡市", "たかおか仕事相談室"),
    ]
    for profile in doc.profiles:
        span = profile.spans["facility_name"]
        assert doc.text[span.start : span.end] == profile.facility_name


def test_name_in_one_piece_with_its_city_is_kept() -> None:
    """Negative: a name that holds its city in one piece, no quotes (``富山市就労ナビ``) is
    kept whole."""
    doc = jirei.parse_text(_chapter("富山市就労ナビ", "高岡市仕事相談室"))
    assert [p.facility_name for p in doc.profiles] == ["富山市就労ナビ", "高岡市仕事相談室"]


# ----------------------------------------------------------------------------- 3408


def _figures_page(block: str) -> str:
    return "\n".join(
        [
            "広報おおがき　令和元年７月１日号　４ページ",
            "",
            "生活の悩みも、仕事探しも、ワンストップで",
            "",
            "大垣市役所の中にある「おおがき就労支援プラザ（一体的実施施設）」は、平成二十七年"
            "四月一日に、市とハローワーク大垣が共同で開設しました。",
            "",
            block,
            "",
            "――――――――――――――――――――",
            "",
            "広報たじみ　令和元年７月１日号　６ページ",
            "",
            "駅前で、仕事と暮らしの相談を",
            "",
            "駅前の「たじみ就労サポートコーナー（常設窓口）」は、平成二十九年十月二日に、"
            "市とハローワーク多治見が開設しました。",
            "",
        ]
    )


@pytest.mark.parametrize(
    "block",
    [
        "【平成30年度の実績】\n　　　　目標　　　実績　　　達成率\n"
        "支援対象者数　　150人以上　　171人　　114.0%\n就職者数　　90人　　98人　　108.9%\n"
        "就職率　　60%以上　　57.3%　　―",
        "■平成30年度の実績\n\t目標\t実績\t達成率\n"
        "支援対象者数\t150人以上\t171人\t114.0%\n就職者数\t90人\t98人\t108.9%\n"
        "就職率\t60%以上\t57.3%\t―",
        "平成30年度の実績\n              30年度目標    30年度実績    達成率\n"
        "支援対象者数    150人以上     171人       114.0%\n"
        "就職者数      90人        98人        108.9%\n"
        "就職率       60%以上      57.3%       ―",
    ],
)
def test_rows_under_role_columns_take_their_columns_roles(block: str) -> None:
    doc = jirei.parse_text(_figures_page(block))
    first = doc.profiles[0]
    assert [
        (
            m.label,
            m.target and str(m.target.value),
            m.actual and str(m.actual.value),
            m.achievement_rate and str(m.achievement_rate),
        )
        for m in first.metrics
    ] == [
        ("支援対象者数", "150", "171", "114.0"),
        ("就職者数", "90", "98", "108.9"),
        ("就職率", "60", "57.3", None),
    ]
    assert [m.target.qualifier for m in first.metrics if m.target] == ["以上", None, "以上"]


def test_rows_under_an_actual_only_header_read_as_before() -> None:
    """Negative: figures in a running sentence (no role header over them) keep the prose
    reading: ``目標`` before a figure makes it the target."""
    block = "平成30年度は、支援対象者数が目標150人以上に対し171人、就職者数は98人でした。"
    doc = jirei.parse_text(_figures_page(block))
    assert [
        (m.label, m.target and m.target.value, m.actual and m.actual.value)
        for m in doc.profiles[0].metrics
    ] == [("支援対象者数", 150, 171), ("就職者数", None, 98)]


# ----------------------------------------------------------------------------- 3409


def _judged(head: str) -> jirei.Document:
    page = _chapter("富山市「とやま就労ナビ」", "高岡市「たかおか仕事相談室」")
    return jirei.parse_text(
        page + "\n".join(
            [
                head,
                "駅前で実施することで、仕事帰りの相談にも応じられている。来年度も続けたい。",
                "",
            ]
        )
    )


@pytest.mark.parametrize(
    ("head", "speaker", "role"),
    [
        ("ウ　高岡市健康福祉部の評価", "高岡市健康福祉部", "municipality"),
        ("ウ高岡市の意見", "高岡市", "municipality"),
        ("（３）ハローワーク高岡の所感", "ハローワーク高岡", "hello_work"),
        ("(ウ) 富山労働局の評価", "富山労働局", "labour_bureau"),
    ],
)
def test_stakeholder_judgement_heading_alone_opens_its_comment(
    head: str, speaker: str, role: str
) -> None:
    doc = _judged(head)
    last = doc.profiles[-1]
    assert [(c.speaker, c.role) for c in last.comments] == [(speaker, role)]
    assert last.comments[0].text.startswith("駅前で実施することで")
    assert not any("仕事帰り" in o for o in last.other_results)


@pytest.mark.parametrize("head", ["ウ　事業の評価", "ウ　利用者の評価"])
def test_judgement_of_no_stakeholder_is_no_comment_heading(head: str) -> None:
    """Negative: ``事業の評価`` names no one, ``利用者の評価`` no stakeholder: no comment
    with that speaker."""
    doc = _judged(head)
    assert all(c.speaker not in ("事業", "利用者") for p in doc.profiles for c in p.comments)


# ----------------------------------------------------------------------------- 3410

_NUMBERLESS = ("県名", "自治体名", "施設名", "連携ハローワーク", "所管労働局", "事業開始", "掲載")


@pytest.mark.parametrize("mark", ["○", "◎", "●"])
@pytest.mark.parametrize("sep", ["\t", "|"])
def test_mark_column_leaves_unmarked_rows_listed_only(mark: str, sep: str) -> None:
    """A list with no number column (or numbers no case shares) marks the rows written
    out below: an unmarked row the document names nowhere else gives no profile."""
    rows = (
        (*_TSURUGA, ""),
        (*_KOMATSU, mark),
        (*_TAKAOKA, ""),
        (*_HAKUSAN, mark),
    )
    if sep == "|":
        table = [
            "| " + " | ".join(_NUMBERLESS) + " |",
            "|" + "---|" * len(_NUMBERLESS),
            *("| " + " | ".join(r) + " |" for r in rows),
        ]
    else:
        table = [sep.join(_NUMBERLESS), *(sep.join(r) for r in rows)]
    text = "\n".join(["施設一覧", "", *table, "", *_cases()])
    doc = jirei.parse_text(text)
    assert [p.municipality for p in doc.profiles] == ["小松市", "白山市"]
    assert [w.code for w in doc.warnings].count("case_list_index_only") == 2


def test_list_without_a_mark_column_keeps_its_rows() -> None:
    """Negative: the same list with every row marked (no row left blank: no mark column)
    keeps decisions 70-71's reading — a row matching no case is a profile."""
    rows = ((*_TSURUGA, "○"), (*_KOMATSU, "○"), (*_HAKUSAN, "○"))
    table = ["\t".join(_NUMBERLESS), *("\t".join(r) for r in rows)]
    doc = jirei.parse_text("\n".join(["施設一覧", "", *table, "", *_cases()]))
    assert "敦賀市" in [p.municipality for p in doc.profiles]
