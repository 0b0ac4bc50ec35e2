"""Cases whose parts stand apart, a fifth writer's forms (branch ``apart-s14``,
decisions 2781-2789).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* an overview sheet of header facts, one column per case, over the cases' own stories (2781);
* a closing section's sub-headings naming the case by a circled number, a label with the
  city bracketed, or a bracketed label before the name (2782);
* a label line naming the facility over the catch line: the catch line is the title (2783);
* a row naming its role after ``の`` (``就職者数の達成率``) (2784);
* a wrapped other result stating a figure is no metric (2785);
* a page break's continuation mark naming the case (2786);
* another partner's organisation in angle brackets as a speaker heading (2787);
* a bracketed contact heading closing the report (2788);
* a marked caption over the table of every case is no other result (2789).
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

import jirei

_CASES = [
    ("新潟県", "長岡市", "新潟労働局", "ハローワーク長岡", "ながおか就労支援プラザ"),
    ("富山県", "高岡市", "富山労働局", "ハローワーク高岡", "たかおかジョブコーナー"),
    ("石川県", "小松市", "石川労働局", "ハローワーク小松", "こまつワークステーション"),
]
_HEADLINES = [
    "福祉と就労の窓口をひとつに、相談の入口を広げる",
    "子育て世帯の就職を、まちぐるみで応援！",
    "巡回相談から常設窓口へ、支援の輪を広げる",
]

#: the headlines as a profile records them (NFKC: ``！`` → ``!``)
_TITLES = [unicodedata.normalize("NFKC", h) for h in _HEADLINES]


def _profiles(text: str):
    return jirei.parse_text(text).profiles


def _figures(profile) -> dict[str, tuple]:
    return {
        m.label: (
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    }


def _overview_columns(heads: list[str], sep: str = "\t") -> str:
    rows = [
        ["項目", *heads],
        ["所在地", *(f"{c[0]}{c[1]}" for c in _CASES)],
        ["労働局", *(c[2] for c in _CASES)],
        ["ハローワーク", *(c[3] for c in _CASES)],
        ["施設名", *(c[4] for c in _CASES)],
        ["種別", "一体的実施施設", "一体的実施施設", "巡回相談窓口"],
        ["事業開始", "平成28年4月1日", "令和元年10月1日", "2018年7月2日"],
    ]
    if sep == "|":
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    else:
        lines = [sep.join(r) for r in rows]
    return "掲載事例の基本情報\n\n" + "\n".join(lines) + "\n\n"


def _story(n: int, label: str, *, named: bool = True) -> str:
    facility = _CASES[n - 1][4]
    head = f"{label}　{facility}" if named else label
    return f"""{head}

{_HEADLINES[n - 1]}

【取組内容】
・市の窓口で職業相談を週{n + 1}回実施
・ケース会議を毎月開催

【その他の実績】
◆就職支援セミナーを{n + 2}回開催

"""


# --- 2781: an overview sheet of header facts over the cases' own stories ---------------

_LABELS = [
    (["事例１", "事例２", "事例３"], ["事例１", "事例２", "事例３"], "\t"),
    (["No.1", "No.2", "No.3"], ["No.1", "No.2", "No.3"], "\t"),
    (["事例1", "事例2", "事例3"], ["【事例1】", "【事例2】", "【事例3】"], "|"),
]


@pytest.mark.parametrize(("heads", "labels", "sep"), _LABELS)
def test_overview_sheet_of_header_facts_joins_the_stories(
    heads: list[str], labels: list[str], sep: str
) -> None:
    text = _overview_columns(heads, sep) + "".join(
        _story(n, label) for n, label in enumerate(labels, 1)
    )
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == ["長岡市", "高岡市", "小松市"]
    assert [p.labour_bureau for p in profiles] == ["新潟労働局", "富山労働局", "石川労働局"]
    assert [p.facility_type for p in profiles][2] == "巡回相談窓口"
    assert all(len(p.initiatives) == 2 for p in profiles)
    assert [p.title for p in profiles] == _TITLES


def test_overview_sheet_over_stories_with_no_labels() -> None:
    """Stories headed by their bracket headers, no case labels: two 取組内容 headings."""
    stories = "".join(
        f"【{c[0]}{c[1]}】【{c[2]}・{c[3]}】\n\n{_HEADLINES[n]}\n\n【取組内容】\n・相談を実施\n\n"
        for n, c in enumerate(_CASES)
    )
    profiles = _profiles(_overview_columns(["事例１", "事例２", "事例３"]) + stories)
    assert [p.facility_name for p in profiles] == [c[4] for c in _CASES]
    assert [p.initiatives for p in profiles] == [("相談を実施",)] * 3


def test_case_sheet_with_items_stays_a_sheet() -> None:
    """Negative: a sheet holding the cases' items is the whole document, read as before."""
    text = _overview_columns(["事例１", "事例２", "事例３"]).replace(
        "事業開始", "取組内容\t庁舎内の相談\t出張相談\t巡回相談\n事業開始", 1
    )
    profiles = _profiles(text)
    assert [p.facility_name for p in profiles] == [c[4] for c in _CASES]
    assert [p.initiatives for p in profiles] == [("庁舎内の相談",), ("出張相談",), ("巡回相談",)]


def test_header_sheet_alone_stays_a_sheet() -> None:
    """Negative: a sheet of header facts with no labelled stories after it is read alone."""
    profiles = _profiles(_overview_columns(["事例１", "事例２", "事例３"]) + "以上\n")
    assert [p.facility_name for p in profiles] == [c[4] for c in _CASES]


# --- 2782: a closing section's sub-headings ---------------------------------------------

_RESULTS = """{year}年度 事業目標と実績

施設名\t項目\t目標\t実績\t達成率
{f1}\t支援対象者数\t300人以上\t321人\t107.0%
\t就職者数\t180人\t190人\t105.6%
{f2}\t支援対象者数\t200人\t188人\t94.0%
\t就職者数\t120人\t125人\t104.2%
{f3}\t支援対象者数\t―\t90人\t
\t就職者数\t―\t51人\t

"""


def _closing(heads: list[str], heading: str = "関係者の声") -> str:
    out = [f"{heading}\n"]
    speakers = [
        ("長岡市", "新潟労働局"), ("高岡市福祉課", "ハローワーク高岡"), ("小松市", "石川労働局")
    ]
    for n, head in enumerate(heads):
        city, other = speakers[n]
        out.append(
            f"{head}\n\n＜{city}＞\n窓口の連携で相談が増えた。（{n + 1}）\n\n"
            f"＜{other}＞\n今後も支援を続けたい。（{n + 1}）\n"
        )
    return "\n".join(out) + "\n"


def _labelled_report(closing_heads: list[str]) -> str:
    facilities = {f"f{n}": c[4] for n, c in enumerate(_CASES, 1)}
    stories = "".join(_story(n, f"事例{n}") for n in (1, 2, 3))
    return (
        _overview_columns(["事例１", "事例２", "事例３"])
        + stories
        + _RESULTS.format(year="令和3", **facilities)
        + _closing(closing_heads)
    )


_HEADS = [
    ["事例１（長岡市）", "事例２（高岡市）", "事例３（小松市）"],
    ["■ 事例１（長岡市）", "■ 事例２（高岡市）", "■ 事例３（小松市）"],
    [
        "【事例1】ながおか就労支援プラザ",
        "【事例2】たかおかジョブコーナー",
        "【事例3】こまつワークステーション",
    ],
    ["①　ながおか就労支援プラザ", "②　たかおかジョブコーナー", "③　こまつワークステーション"],
]


@pytest.mark.parametrize("heads", _HEADS)
def test_closing_sub_headings_key_their_cases(heads: list[str]) -> None:
    profiles = _profiles(_labelled_report(heads))
    assert len(profiles) == 3
    for n, profile in enumerate(profiles, 1):
        assert [c.text for c in profile.comments] == [
            f"窓口の連携で相談が増えた。（{n}）".replace("（", "(").replace("）", ")"),
            f"今後も支援を続けたい。（{n}）".replace("（", "(").replace("）", ")"),
        ]
    assert profiles[2].municipality == "小松市"
    assert _figures(profiles[1])["就職者数"] == (120, 125, Decimal("104.2"))
    assert [p.fiscal_year for p in profiles] == [2021, 2021, 2021]


def test_closing_sub_headings_as_plain_names() -> None:
    """The facility's name alone on its line, no mark or bracket (decision 2791)."""
    profiles = _profiles(_labelled_report([c[4] for c in _CASES]))
    assert [[c.speaker for c in p.comments] for p in profiles] == [
        ["長岡市", "新潟労働局"], ["高岡市福祉課", "ハローワーク高岡"], ["小松市", "石川労働局"]
    ]


def test_plain_name_in_a_story_starts_no_parts() -> None:
    """Negative: a later case's story naming an earlier facility on a line of its own, under
    its 取組内容, is no heading of gathered parts: the case keeps its items."""
    stories = "".join(_story(n, f"事例{n}") for n in (1, 2, 3)).replace(
        "・ケース会議を毎月開催\n\n【その他の実績】\n◆就職支援セミナーを5回開催",
        "・ケース会議を毎月開催\n\nながおか就労支援プラザ\n・見学会を実施\n\n"
        "【その他の実績】\n◆就職支援セミナーを5回開催",
    )
    profiles = _profiles(_overview_columns(["事例１", "事例２", "事例３"]) + stories)
    assert len(profiles) == 3
    assert profiles[2].other_results == ("就職支援セミナーを5回開催",)
    assert len(profiles[2].initiatives) >= 2


def test_circled_numbers_in_the_stories_and_the_closing() -> None:
    """The stories and the closing section both headed ``①　name`` (no case label words)."""
    circled = "①②③"
    stories = "".join(
        _story(n, circled[n - 1]) for n in (1, 2, 3)
    )
    heads = [f"{circled[n]}　{c[4]}" for n, c in enumerate(_CASES)]
    listing = "No.\t所在地\t労働局\tハローワーク\t施設名（種別）\t事業開始\n" + "\n".join(
        f"{circled[n]}\t{c[0]}{c[1]}\t{c[2]}\t{c[3]}\t{c[4]}（一体的実施施設）\t令和2年4月1日"
        for n, c in enumerate(_CASES)
    )
    facilities = {f"f{n}": c[4] for n, c in enumerate(_CASES, 1)}
    text = (
        "各施設の概要\n\n" + listing + "\n\n取組事例\n\n" + stories
        + _RESULTS.format(year="令和3", **facilities) + _closing(heads)
    )
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == ["長岡市", "高岡市", "小松市"]
    assert [len(p.comments) for p in profiles] == [2, 2, 2]
    assert [p.title for p in profiles] == _TITLES


def test_numbered_topic_heading_keys_no_case() -> None:
    """Negative: ``(1) 関係者の声`` names no case; ``10 月`` neither."""
    from jirei.gatheredparts import heading_keys

    keys = [{"#1", "長岡市"}, {"#2", "高岡市"}]
    assert "#1" not in heading_keys("(1) 関係者の声")
    assert heading_keys("事例1(長岡市)") == ("#1", "長岡市")
    assert heading_keys("【事例2】たかおかジョブコーナー") == ("たかおかジョブコーナー",)
    assert "#1" not in heading_keys("(1)自治体名 長岡市")  # a numbered field, no case label
    assert not any(k in keys[0] | keys[1] for k in heading_keys("10 月"))
    assert heading_keys("事例1(参考)") == ()  # a gloss naming no place keys no number
    assert heading_keys("■ 事例2(高岡市)") == ("#2", "高岡市")  # a mark before the label


# --- 2783: the facility named on the label line, the catch line under it ---------------

def _row_list(sep: str) -> str:
    rows = [["No.", "所在地", "労働局", "施設名", "事業開始"]] + [
        [str(n), f"{c[0]}{c[1]}", c[2], c[4], "令和2年4月1日"] for n, c in enumerate(_CASES, 1)
    ]
    if sep == "|":
        lines = ["| " + " | ".join(rows[0]) + " |", "|---|---|---|---|---|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    else:
        lines = [sep.join(r) for r in rows]
    return "掲載事例一覧\n\n" + "\n".join(lines) + "\n\n"


@pytest.mark.parametrize(
    "overview",
    [
        _overview_columns(["事例１", "事例２", "事例３"], "\t"),
        _overview_columns(["事例1", "事例2", "事例3"], "|"),
        _row_list("\t"),
        _row_list("|"),
    ],
)
def test_label_naming_the_facility_leaves_the_title_to_the_catch_line(overview: str) -> None:
    text = overview + "".join(_story(n, f"事例{n}") for n in (1, 2, 3))
    profiles = _profiles(text)
    assert [p.title for p in profiles] == _TITLES
    assert [p.facility_name for p in profiles] == [c[4] for c in _CASES]


def test_label_naming_an_unlisted_name_keeps_it() -> None:
    """Negative: a label rest the document lists nowhere as a facility stays the title."""
    text = "".join(_story(n, f"事例{n}") for n in (1, 2, 3))
    assert [p.title for p in _profiles(text)] == [c[4] for c in _CASES]


def test_label_with_a_headline_keeps_it() -> None:
    """Negative: a headline on the label line stays the title."""
    text = "".join(
        f"事例{n}　{_HEADLINES[n - 1]}\n\n{_CASES[n - 1][4]}（一体的実施施設）\n\n"
        f"【取組内容】\n・相談を実施\n\n"
        for n in (1, 2)
    )
    assert [p.title for p in _profiles(text)] == _TITLES[:2]


# --- 2784: a row naming its role after の ----------------------------------------------

@pytest.mark.parametrize(
    ("rate_row", "label"),
    [
        ("就職者数の達成率", "就職者数"),
        ("支援対象者数の達成率", "支援対象者数"),
        ("達成率（就職者数）", "就職者数"),
    ],
)
def test_role_after_no_fills_the_metric(rate_row: str, label: str) -> None:
    facilities = [c[4] for c in _CASES[:2]]
    table = "\n".join(
        [
            "区分\t" + "\t".join(facilities),
            "支援対象者数（目標）\t300人以上\t200人",
            "支援対象者数（実績）\t321人\t188人",
            "就職者数（目標）\t180人\t120人",
            "就職者数（実績）\t190人\t125人",
            f"{rate_row}\t105.6%\t104.2%",
            "ひとり親の就職者数\t12人\t9人",
        ]
    )
    stories = "".join(_story(n, f"事例{n}") for n in (1, 2))
    text = stories + "令和3年度 事業目標と実績\n\n" + table + "\n"
    profiles = _profiles(text)
    figures = _figures(profiles[1])
    assert figures[label][2] == Decimal("104.2")
    assert rate_row not in figures and "達成率" not in figures
    assert figures["ひとり親の就職者数"] == (None, 9, None)  # negative: no role, its own metric


# --- 2785: a wrapped other result stating a figure -------------------------------------

@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("◆ 離職者に対し、住居確保給付金の申請窓口と連携", " した相談を実施（相談件数１１２件）"),
        ("・ 市の福祉窓口と連携した出張相談会を", "　開催し、延べ４８人が参加（就職者数５人）"),
        ("○ 合同面接会を市と共催し、参加事業所は", " 15社、うち就職者数は12人"),
    ],
)
def test_wrapped_other_result_is_no_metric(first: str, second: str) -> None:
    text = (
        "【新潟県長岡市】【新潟労働局・ハローワーク長岡】ながおか就労支援プラザ（一体的実施施設）"
        "平成28年4月1日事業開始\n\n窓口をひとつに\n\n【取組内容】\n・相談を実施\n\n"
        f"【その他の実績】\n{first}\n{second}\n"
    )
    profile = _profiles(text)[0]
    assert profile.metrics == ()
    assert len(profile.other_results) == 1


def test_results_line_under_results_heading_still_read() -> None:
    """Negative: the same figures under a results heading are metrics."""
    text = (
        "【新潟県長岡市】【新潟労働局・ハローワーク長岡】ながおか就労支援プラザ（一体的実施施設）"
        "平成28年4月1日事業開始\n\n窓口をひとつに\n\n【取組内容】\n・相談を実施\n\n"
        "【令和3年度の実績】\n・相談件数　112件\n・就職者数　48人\n"
    )
    assert set(_figures(_profiles(text)[0])) == {"相談件数", "就職者数"}


# --- 2786: a continuation mark naming the case -----------------------------------------

@pytest.mark.parametrize(
    "mark",
    [
        "（事例１　前ページからの続き）",
        "〔ながおか就労支援プラザ　前頁の続き〕",
        "（事例１は次頁に続く）",
    ],
)
def test_continuation_mark_naming_the_case_is_furniture(mark: str) -> None:
    text = (
        "【新潟県長岡市】【新潟労働局・ハローワーク長岡】ながおか就労支援プラザ（一体的実施施設）"
        "平成28年4月1日事業開始\n\n窓口をひとつに\n\n【取組内容】\n・相談を実施\n"
        f"・ケース会議を開催\n{mark}\n・セミナーを開催\n"
    )
    assert _profiles(text)[0].initiatives == ("相談を実施", "ケース会議を開催", "セミナーを開催")


def test_item_about_continuing_stays() -> None:
    """Negative: an item saying a programme continues is no page mark."""
    text = (
        "【新潟県長岡市】【新潟労働局・ハローワーク長岡】ながおか就労支援プラザ（一体的実施施設）"
        "平成28年4月1日事業開始\n\n窓口をひとつに\n\n【取組内容】\n・相談を実施\n"
        "・（前年度から続く合同面接会を継続）\n"
    )
    assert len(_profiles(text)[0].initiatives) == 2


# --- 2787, 2788: another partner's speaker heading, a contact heading -------------------

@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("〈長岡市社会福祉協議会〉", "長岡市社会福祉協議会"),
        ("《長岡商工会議所》", "長岡商工会議所"),
        ("＜長岡地域雇用協会＞", "長岡地域雇用協会"),
    ],
)
@pytest.mark.parametrize(
    "contact", ["（本事例集に関する問合せ先）", "【本冊子に関するお問い合わせ先】"]
)
def test_other_partner_heading_and_contact_block(
    heading: str, speaker: str, contact: str
) -> None:
    text = (
        "【新潟県長岡市】【新潟労働局・ハローワーク長岡】ながおか就労支援プラザ（一体的実施施設）"
        "平成28年4月1日事業開始\n\n窓口をひとつに\n\n【取組内容】\n・相談を実施\n\n"
        "【関係者の声】\n〈ハローワーク長岡〉\n 就職率は高い水準を維持している。\n"
        f"{heading}\n 現場からも直接つなげられる安心感は大きい。\n\n"
        f"{contact}\n新潟労働局 職業安定部\n電話：025-288-3507\n"
    )
    comments = _profiles(text)[0].comments
    assert [c.text for c in comments] == [
        "就職率は高い水準を維持している。", "現場からも直接つなげられる安心感は大きい。"
    ]
    assert comments[1].role == "other"
    assert comments[1].speaker == speaker


def test_place_in_angle_brackets_unchanged_and_plain_heading_no_speaker() -> None:
    """Negative: ``〈開催状況〉`` is no speaker heading."""
    text = (
        "【新潟県長岡市】【新潟労働局・ハローワーク長岡】ながおか就労支援プラザ（一体的実施施設）"
        "平成28年4月1日事業開始\n\n窓口をひとつに\n\n【取組内容】\n・相談を実施\n\n"
        "【関係者の声】\n〈ハローワーク長岡〉\n 就職率は高い水準を維持している。\n"
        "〈開催状況〉\n 毎月開催している。\n"
    )
    speakers = [c.speaker for c in _profiles(text)[0].comments]
    assert "開催状況" not in speakers


# --- 2789: a marked caption over the table of every case --------------------------------

@pytest.mark.parametrize("mark", ["■", "◆", "●"])
def test_marked_caption_over_the_end_table_is_no_other_result(mark: str) -> None:
    facilities = {f"f{n}": c[4] for n, c in enumerate(_CASES, 1)}
    results = _RESULTS.format(year="令和3", **facilities).replace(
        "令和3年度 事業目標と実績", f"{mark}令和３年度 事業目標と実績一覧"
    )
    text = "".join(
        _story(n, f"事例{n}") for n in (1, 2, 3)
    ) + results
    profiles = _profiles(text)
    assert [p.other_results for p in profiles] == [
        (f"就職支援セミナーを{n + 2}回開催",) for n in (1, 2, 3)
    ]
    assert _figures(profiles[2])["就職者数"] == (None, 51, None)
