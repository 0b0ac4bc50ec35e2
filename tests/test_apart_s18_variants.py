"""A case opened once, every later block naming its number or place its part (branch
``apart-s18``, decisions 3486-3492).

Synthetic variants of the layouts of holdout158, written with other places, offices,
dates, figures, spacing and bracket styles than the development documents:

* a booklet whose case pages (``事例１`` …) carry no header: the header facts stand only in
  the 目次 entries (``１．盛岡市（岩手労働局・ハローワーク盛岡）……p.2`` over the facility and
  the start date), joined to the pages by number (``jirei.legendlist``);
* a continued page's running head naming its case (``（事例３　山形市）``), no content;
* a case continued after another under its name inside the note's bracket
  (``（堺市の事例　つづき）``, ``jirei.caselabel.noted_name``);
* the writer's pointer under a comment (``（実績は巻末一覧表の①を参照）``), no speech;
* a space-aligned table whose longest label leaves one space before its figure
  (``jirei.tables.paddedrows``).

Negative variants must leave the text as it was read.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.lines import Line
from jirei.notedparts import noted_line as noted_name
from jirei.pointers import is_pointer
from jirei.tables.paddedrows import with_padded_rows

# --- the 目次 carrying every case's header facts ---------------------------------------

_CASES = (
    ("函館市", "北海道労働局", "ハローワーク函館", "はこだて就労ナビ", "一体的実施施設",
     "令和元年七月一日", "2019-07-01"),
    ("佐賀市", "佐賀労働局", "ハローワーク佐賀", "さが仕事サポート室", "常設窓口",
     "平成２９年１０月２日", "2017-10-02"),
    ("那覇市", "沖縄労働局", "ハローワーク那覇", "なは就労支援コーナー", "一体的実施施設",
     "2020年4月1日", "2020-04-01"),
)

_ENTRY_FORMS = {
    "leaders_p": lambda n, city, offices: f"{n}．{city}（{offices}）………………………… p.{n + 1}",
    "gap_number": lambda n, city, offices: f"{n}. {city}（{offices}）　　　　{n + 2}",
    "dots_page": lambda n, city, offices: f"（{n}）{city}【{offices}】・・・・・・{n * 2}頁",
    "no_page": lambda n, city, offices: f"{n}．{city}（{offices}）",
    "label": lambda n, city, offices: f"事例{n}　{city}（{offices}）……………… {n + 1}",
    "circled": lambda n, city, offices: f"{'①②③'[n - 1]}　{city}［{offices}］　　{n + 1}",
}

_PAGE_LABELS = {
    "plain": lambda n: f"事例{n}",
    "bracket": lambda n: f"【事例{n}】",
    "with_place": lambda n: f"事例{n}　{_CASES[n - 1][0]}",
    "number_only": lambda n: f"No.{n}",
}


def _booklet(entry, label, facts_order=(0, 1), joiner="・") -> str:
    out = ["令和２年度　一体的実施　取組事例集", "", "目　次", "", "はじめに ………………… p.1"]
    for n, (city, bureau, office, name, kind, date, _) in enumerate(_CASES, 1):
        out.append(entry(n, city, f"{bureau}{joiner}{office}"))
        facts = [f"　　{name}（{kind}）", f"　　{date}事業開始"]
        out += [facts[i] for i in facts_order]
    out += ["問い合わせ先 ………………… p.9", "", "- 1 -", ""]
    for n, (city, *_rest) in enumerate(_CASES, 1):
        out += [
            label(n), "", f"{city}の窓口で福祉と仕事の相談を一度に", "",
            "【取組内容】", f"・{city}の福祉課と週１回の打合せを実施。", "・出張相談を月２回開催。",
            "", "【令和２年度　目標と実績】", "区分\t目標\t実績",
            f"就職者数\t{100 + n}人\t{110 + n}人", "",
            f"＜{city}コメント＞", f"{city}では相談から就職までの期間が短くなった。", "",
            f"- {n + 1} -", "",
        ]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("entry", sorted(_ENTRY_FORMS))
@pytest.mark.parametrize("label", sorted(_PAGE_LABELS))
def test_contents_entries_give_the_cases_their_header(entry: str, label: str) -> None:
    doc = jirei.parse_text(_booklet(_ENTRY_FORMS[entry], _PAGE_LABELS[label]))
    assert len(doc.profiles) == 3
    for profile, case in zip(doc.profiles, _CASES, strict=True):
        city, bureau, office, name, kind, _, iso = case
        assert profile.municipality == city
        assert profile.labour_bureau == bureau
        assert profile.hello_work == (office,)
        assert profile.facility_name == name
        assert profile.facility_type == kind
        assert profile.start_date is not None and profile.start_date.isoformat() == iso
        assert profile.title == f"{city}の窓口で福祉と仕事の相談を一度に"


def test_contents_entry_facts_in_another_order_and_joiner() -> None:
    doc = jirei.parse_text(
        _booklet(_ENTRY_FORMS["leaders_p"], _PAGE_LABELS["plain"], facts_order=(1, 0), joiner="　")
    )
    assert [p.facility_name for p in doc.profiles] == [c[3] for c in _CASES]
    assert [p.labour_bureau for p in doc.profiles] == [c[1] for c in _CASES]


def test_contents_spans_point_into_the_original() -> None:
    text = _booklet(_ENTRY_FORMS["leaders_p"], _PAGE_LABELS["plain"])
    profile = jirei.parse_text(text).profiles[1]
    span = profile.spans["facility_name"]
    assert text[span.start : span.end] == "さが仕事サポート室"
    span = profile.spans["labour_bureau"]
    assert text[span.start : span.end] == "佐賀労働局"


def test_contents_of_places_with_no_office_gives_nothing() -> None:
    """A contents list whose brackets hold no bureau or office (a population) and whose
    entries have no fact lines opens no list: the cases read no header fact."""
    text = _booklet(_ENTRY_FORMS["leaders_p"], _PAGE_LABELS["plain"])
    for _city, bureau, office, name, kind, date, _ in _CASES:
        text = text.replace(f"{bureau}・{office}", "人口２５万人")
        text = text.replace(f"　　{name}（{kind}）\n", "").replace(f"　　{date}事業開始\n", "")
    doc = jirei.parse_text(text)
    assert all(p.labour_bureau is None and p.facility_name is None for p in doc.profiles)


def test_contents_numbered_out_of_order_gives_nothing() -> None:
    text = _booklet(_ENTRY_FORMS["leaders_p"], _PAGE_LABELS["plain"])
    text = text.replace("1．函館市", "5．函館市")
    doc = jirei.parse_text(text)
    assert all(p.facility_name is None for p in doc.profiles)


# --- a continued page's running head ---------------------------------------------------

_RUNNING_HEADS = ("（事例３　那覇市）", "(事例3 那覇市)", "（事例３ 那覇市）")


@pytest.mark.parametrize("head", _RUNNING_HEADS)
def test_running_head_of_the_case_going_on_is_no_content(head: str) -> None:
    text = _booklet(_ENTRY_FORMS["leaders_p"], _PAGE_LABELS["plain"])
    text = text.replace(
        "＜那覇市コメント＞", f"- 5 -\n\n{head}\n\n＜那覇市コメント＞"
    ).replace(
        "就職者数\t103人\t113人\n",
        "就職者数\t103人\t113人\n\n【その他の取組み】\n・夜間相談を開始。\n",
    )
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == 3
    last = doc.profiles[2]
    assert last.other_results == ("夜間相談を開始。",)
    assert [c.speaker for c in last.comments] == ["那覇市"]
    assert all("事例" not in t for t in (*last.initiatives, *last.other_results))
    assert all("事例3" not in block.text for block in last.unclassified)


def test_bracketed_label_alone_still_opens_cases() -> None:
    """``（事例１）`` over each case (no place in the bracket) opens the cases as before."""
    text = _booklet(_ENTRY_FORMS["leaders_p"], lambda n: f"（事例{n}）")
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == 3
    assert [p.facility_name for p in doc.profiles] == [c[3] for c in _CASES]


# --- a case continued after another under its name inside the bracket ------------------

_SPLIT = """■事例１　岐阜県大垣市
実施自治体：大垣市
労働局・ハローワーク：岐阜労働局／ハローワーク大垣
施設名：おおがき就労サポート（一体的実施施設）
事業開始：平成30年4月1日

福祉と仕事の窓口を同じフロアに

【取組内容】
・保護の申請時からハローワークの相談を案内。

【令和4年度の事業目標と実績】
指標\t目標\t実績
就職者数\t120人以上\t131人

{bar}

ひとり親の就職を後押し

【取組内容】
・担当ナビゲーターを対象ごとに配置。

【令和４年度実績】
就職者数\t\t55人

＜津市コメント＞
相談しやすいとの声をいただいている。

{head}

【その他の実績】
・職場体験を年間６回実施し、１１人が就職。
・求人情報端末を３台設置。

＜大垣市コメント＞
申請の段階から就労の話ができるようになった。
"""

_TSU = "｜".join(
    ("■事例２　三重県津市", "三重労働局・ハローワーク津", "つ就労支援センター（一体的実施施設）",
     "令和２年１月６日事業開始")
)
_UJI = "｜".join(
    ("■事例２　京都府宇治市", "京都労働局・ハローワーク宇治",
     "うじ就労支援センター（一体的実施施設）", "令和３年４月１日事業開始")
)

_NOTED_HEADS = (
    "（大垣市の事例　つづき）", "（大垣市の事例つづき）", "【大垣市　続き】",
    "〔大垣市・前頁から〕", "【大垣市の事例の続き】",
    "（事例１　大垣市　つづき）", "（おおがき就労サポート　つづき）",
)


@pytest.mark.parametrize("head", _NOTED_HEADS)
def test_name_inside_the_note_bracket_joins_the_part_to_its_case(head: str) -> None:
    doc = jirei.parse_text(_SPLIT.format(head=head, bar=_TSU))
    assert [p.municipality for p in doc.profiles] == ["大垣市", "津市"]
    first, second = doc.profiles
    assert first.other_results == (
        "職場体験を年間6回実施し、11人が就職。", "求人情報端末を3台設置。"
    )
    assert second.other_results == ()
    assert [c.speaker for c in first.comments] == ["大垣市"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("（堺市の事例　つづき）", "堺市"),
        ("【さかい就労サポート　続き】", "さかい就労サポート"),
        ("（事例１　堺市　つづき）", "堺市"),
        ("〔松山市・前頁から〕", "松山市"),
        ("【松山市の事例の続き】", "松山市"),
        ("（松山市の続き）", "松山市"),
    ],
)
def test_noted_name_inside_bracket(text: str, name: str) -> None:
    import unicodedata

    assert noted_name(unicodedata.normalize("NFKC", text)) == name


@pytest.mark.parametrize(
    "text",
    [
        "（事例１の続き）", "（事例Ｂ　つづき）", "（就労継続）", "（次頁に続く）",
        "（堺市の事例）", "（令和４年度）", "【前ページからの続き】", "（表の続き）",
        "〔前頁から続く〕",
    ],
)
def test_no_noted_name_inside_bracket(text: str) -> None:
    import unicodedata

    assert noted_name(unicodedata.normalize("NFKC", text)) is None


def test_bracket_naming_no_earlier_case_cuts_nothing() -> None:
    doc = jirei.parse_text(_SPLIT.format(head="（桑名市の事例　つづき）", bar=_TSU))
    first, second = doc.profiles
    assert first.other_results == ()
    assert len(second.other_results) == 2


# --- the writer's pointer under a comment ----------------------------------------------

_POINTED = """事例①
【長崎県長崎市】【長崎労働局・ハローワーク長崎】ながさき就労プラザ（一体的実施施設）平成26年4月1日事業開始

坂の街で就労支援を一体的に

【取組内容】
◆ケースワーカーとナビゲーターが毎週打合せを実施。

＜長崎市コメント＞
支援の引継ぎにかかる時間が短縮されました。

＜長崎労働局コメント＞
市と連携することで、就職者数は目標を上回った。
{gap}{pointer}


事例②
【宮崎県宮崎市】【宮崎労働局・ハローワーク宮崎】みやざき就労サポート（一体的実施施設）平成27年10月1日事業開始

子育てと仕事の両立を後押し

【取組内容】
◆保育所の相談と職業相談を同じ日に実施。

＜宮崎市コメント＞
何度も来庁しなくて済むとの声が寄せられています。
"""

_POINTERS = (
    "（実績は巻末一覧表の①を参照）", "【実績は別表２のとおり】", "(詳細は巻末資料参照)",
    "〔事業実績は末尾の一覧表を参照のこと〕",
)


@pytest.mark.parametrize("pointer", _POINTERS)
@pytest.mark.parametrize("gap", ["\n", ""])
def test_pointer_under_a_comment_is_no_speech(pointer: str, gap: str) -> None:
    doc = jirei.parse_text(_POINTED.format(pointer=pointer, gap=gap))
    comment = doc.profiles[0].comments[-1]
    assert comment.speaker == "長崎労働局"
    assert comment.text == "市と連携することで、就職者数は目標を上回った。"


def test_speakers_own_sentence_ending_in_a_pointer_word_is_kept() -> None:
    """An unbracketed sentence of the speaker's (``…ホームページを参照。``) is speech."""
    doc = jirei.parse_text(
        _POINTED.format(pointer="詳しくは市のホームページを参照。", gap="")
    )
    assert doc.profiles[0].comments[-1].text.endswith("ホームページを参照。")


@pytest.mark.parametrize("text", ["（実績は巻末一覧表の①を参照）", "【別表２のとおり】"])
def test_bracketed_pointer_line(text: str) -> None:
    assert is_pointer(text)


def test_bracketed_non_pointer_line() -> None:
    assert not is_pointer("（令和５年３月時点）")


# --- a padded row of a space-aligned table ---------------------------------------------

_GROUPED = """{bar}

対象ごとに担当を分けて支援

【取組内容】
・担当ナビゲーターを対象ごとに配置。

【令和４年度実績】
{rows}

＜宇治市コメント＞
相談しやすいとの声をいただいている。
"""


def _metrics(rows: str) -> list[tuple[str, str | None, object]]:
    profile = jirei.parse_text(_GROUPED.format(rows=rows, bar=_UJI)).profiles[0]
    return [(m.label, m.group, m.actual.value if m.actual else None) for m in profile.metrics]


_WANT_GROUPED = [
    ("支援対象者数", "生活保護受給者等", 210), ("就職者数", "生活保護受給者等", 140),
    ("就職率", "生活保護受給者等", "66.7"),
    ("支援対象者数", "障害者", 38), ("就職者数", "障害者", 20), ("就職率", "障害者", "52.6"),
]


@pytest.mark.parametrize(
    "rows",
    [
        # full-width spaces padding to the figure column (the longest label: one space)
        "＜生活保護受給者等＞\n支援対象者数　２１０人\n就職者数　　　１４０人\n"
        "就職率　　　　６６．７％\n"
        "＜障害者＞\n支援対象者数　　３８人\n就職者数　　　　２０人\n就職率　　　　５２．６％",
        # ASCII spaces padding to the display column
        "【生活保護受給者等】\n支援対象者数 210人\n就職者数     140人\n就職率       66.7%\n"
        "【障害者】\n支援対象者数 38人\n就職者数     20人\n就職率       52.6%",
        # the longest label at the bottom of each group
        "〈生活保護受給者等〉\n就職者数　　　１４０人\n就職率　　　　６６．７％\n"
        "支援対象者数　２１０人\n"
        "〈障害者〉\n就職者数　　　　２０人\n就職率　　　　５２．６％\n支援対象者数　　３８人",
    ],
)
def test_padded_rows_are_rows_of_their_group(rows: str) -> None:
    got = [(label, group, str(value)) for label, group, value in _metrics(rows)]
    want = [(label, group, str(value)) for label, group, value in _WANT_GROUPED]
    assert sorted(got) == sorted(want)


def _lines(*texts: str) -> list[Line]:
    out, start = [], 0
    for text in texts:
        out.append(Line(text, start))
        start += len(text) + 1
    return out


def test_padded_row_rebuilt_with_its_offsets() -> None:
    lines = _lines("支援対象者数 186人", "就職者数   120人")
    out = with_padded_rows(lines)
    cells = out[0].cells()
    assert [c.text for c in cells] == ["支援対象者数", "186人"]
    assert [(c.start, c.end) for c in cells] == [(0, 6), (7, 11)]
    assert out[1] is lines[1]


@pytest.mark.parametrize(
    "texts",
    [
        ("支援対象者数 186人", "就職者数      120人"),  # not aligned with the figures
        ("市の窓口 相談しやすい", "就職者数   120人"),  # no figure after the space
        ("支援対象者数 98人(目標90人)", "就職者数   63人(目標59人)"),  # a bracketed note
        ("支援対象者数 186人", "", "就職者数   120人"),  # a blank line between
        ("支援対象者数 186人", "就職者数\t120人"),  # a tab row: its own reader
    ],
)
def test_no_padded_row(texts: tuple[str, ...]) -> None:
    lines = _lines(*texts)
    assert with_padded_rows(lines) == lines


def test_unbracketed_pointer_right_under_the_speech_is_no_speech() -> None:
    doc = jirei.parse_text(_POINTED.format(pointer="→実績は巻末の一覧表を参照", gap=""))
    assert doc.profiles[0].comments[-1].text == "市と連携することで、就職者数は目標を上回った。"


@pytest.mark.parametrize("pointer", ["（実績は巻末一覧表の①を参照）", "【実績は別表２のとおり】"])
def test_bracketed_pointer_under_an_item_is_no_wrapped_end(pointer: str) -> None:
    text = _POINTED.format(pointer="", gap="").replace(
        "◆ケースワーカーとナビゲーターが毎週打合せを実施。\n",
        f"◆ケースワーカーとナビゲーターが毎週打合せを実施。\n{pointer}\n",
    )
    profile = jirei.parse_text(text).profiles[0]
    assert profile.initiatives == ("ケースワーカーとナビゲーターが毎週打合せを実施。",)


@pytest.mark.parametrize(
    "text", ["（週１回、水曜日）", "（令和５年３月時点）", "実績は巻末一覧表を参照"]
)
def test_no_bracketed_pointer(text: str) -> None:
    from jirei.pointers import is_bracketed_pointer

    assert not is_bracketed_pointer(text)


# --- a closing table of every case's figures, the cases as rows ------------------------

_CLOSING_CASES = (
    ("長崎県", "長崎市", "ながさき就労プラザ", 240, 251, 150, 163),
    ("宮崎県", "宮崎市", "みやざき就労サポート", 180, 176, 117, 112),
    ("佐賀県", "唐津市", "からつ仕事ステーション", 90, 95, 58, 61),
)


def _closing(key_head: str, key) -> str:
    out = ["九州ブロック　好事例集（令和３年度）", ""]
    for n, (pref, city, name, *_rest) in enumerate(_CLOSING_CASES, 1):
        bureau = pref[:-1] + "労働局"
        out += [
            f"事例{n}",
            f"【{pref}{city}】【{bureau}・ハローワーク{city[:-1]}】{name}（一体的実施施設）"
            "令和元年10月1日事業開始",
            "", f"{city}の窓口で福祉と仕事を一体に", "",
            "【取組内容】", f"◆{city}のケースワーカーと毎週打合せを実施。", "",
            f"＜{city}コメント＞", f"{city}では支援の引継ぎが早くなりました。", "",
            "（実績は巻末一覧表を参照）", "", "",
        ]
    out += ["【巻末一覧表】令和３年度　事業目標と実績", "",
            f"{key_head}\t支援対象者数\t\t就職者数\t\t就職率", "\t\t目標\t実績\t目標\t実績\t実績"]
    for n, (_, city, name, t1, a1, t2, a2) in enumerate(_CLOSING_CASES, 1):
        rate = f"{a2 * 100 / a1:.1f}%"
        out.append(f"{key(n, city, name)}\t{t1}人\t{a1}人\t{t2}人\t{a2}人\t{rate}")
    out += ["", "（担当）九州ブロック連絡会議事務局", "　　福岡労働局 職業安定部 職業安定課"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    ("key_head", "key"),
    [
        ("自治体\t施設名", lambda n, city, name: f"{city}\t{name}"),
        ("事例\t施設名（自治体）", lambda n, city, name: f"{n}\t{name}（{city}）"),
        ("市町村\t窓口", lambda n, city, name: f"{city}\t{name}"),
    ],
)
def test_closing_table_rows_are_the_cases_figures(key_head: str, key) -> None:
    doc = jirei.parse_text(_closing(key_head, key))
    assert [p.municipality for p in doc.profiles] == [c[1] for c in _CLOSING_CASES]
    for profile, (_, _, _, t1, a1, t2, a2) in zip(doc.profiles, _CLOSING_CASES, strict=True):
        got = {(m.label, m.target.value, m.actual.value) for m in profile.metrics if m.target}
        assert got == {("支援対象者数", t1, a1), ("就職者数", t2, a2)}
        assert [m.label for m in profile.metrics if m.target is None] == ["就職率"]
