"""Cases whose parts do not stand together, a seventh writer's forms (branch ``apart-s16``,
decisions 3071-3085).

Two layouts of holdout136, written here anew with other places, facilities, figures,
marks and brackets:

* a report that numbers no case continues one of them after another case, under the
  case's NAME (its facility's or its city's) and a note saying it goes on from an earlier
  page (``まつやま就労サポートデスク（２ページからの続き）``); the part must join the case it
  names (decisions 3071-3074);
* comments gathered under each speaker ORGANISATION (``◇自治体から`` over ``○水戸市…``),
  one of the speakers a city's name alone: that line must open no case (decision 3075), in
  other speaker forms too (3076-3079);
* a closing table keyed by case number alone reaching a case printed in two parts (3080), a
  closing table of one column per case headed by the labels alone (3081), notes keyed by the
  facility's name (3082), bare notes (3083) and part headings naming the case (3084).

Negative variants (a note naming the case the page goes on with, a name no case has, a
note sending the reader on, a name two cases share) must not join anything.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.caselabel import noted_name
from jirei.model import Profile

_CASES = [
    ("岐阜県", "岐阜市", "岐阜労働局", "ハローワーク岐阜", "ぎふ就労ステーション",
     "平成27年6月1日"),
    ("三重県", "津市", "三重労働局", "ハローワーク津", "つ生活しごと窓口", "令和2年4月1日"),
    ("福井県", "福井市", "福井労働局", "ハローワーク福井", "ふくい就職サポートコーナー",
     "平成30年10月1日"),
]  # fmt: skip


def _profiles(text: str) -> list[Profile]:
    return list(jirei.parse_text(text).profiles)


def _head(n: int) -> str:
    pref, city, bureau, office, facility, start = _CASES[n]
    return (
        f"【{pref}{city}】【{bureau}・{office}】\n"
        f"{facility}（一体的実施施設）　{start}事業開始\n\n"
        f"{city}の窓口で福祉と仕事の相談をひとつに\n\n"
        "【取組内容】\n"
        f"  ◎ 市の相談員と就職支援ナビゲーターが毎週打合せを実施（{city}）\n"
        "  ◎ 来所者の同意を得て支援記録を共有\n\n"
    )


def _results(n: int) -> str:
    return (
        "【令和５年度 事業目標と取組状況】\n"
        "                    目標          実績\n"
        f"  支援対象者数      {200 + 10 * n}人以上      {230 + 10 * n}人\n"
        f"  就職者数          {100 + 10 * n}人以上      {121 + 10 * n}人\n\n"
        "【その他の実績】\n"
        f"  ◎ 商工会議所と合同の面接会を開催（{_CASES[n][1]}、年{n + 2}回）\n\n"
    )


def _page(number: int) -> str:
    return f"\n{' ' * 60}－ {number} －\n令和５年度 中部・北陸地区 一体的実施 事例集\n\n"


def _split_document(heading: str) -> str:
    """Case 1's header and initiatives on page 2, case 2 on page 3, case 1's results on
    page 4 under ``heading``, case 3 on page 5, then the closing comments."""
    return (
        "令和５年度\n中部・北陸地区 一体的実施 事例集\n" + _page(1)
        + _head(0) + "                         （実績等は４ページに続く）\n" + _page(2)
        + _head(1) + _results(1) + _page(3)
        + f"{heading}\n\n" + _results(0) + _page(4)
        + _head(2) + _results(2) + _page(5)
        + "一体的実施に寄せて\n\n"
        + "".join(
            f"■ {facility}\n  ＜{city}＞\n  窓口がひとつになり、相談者の移動が減った。\n"
            f"  ＜{bureau}＞\n  市と目標を共有し、支援を続けたい。\n\n"
            for _, city, bureau, _, facility, _ in _CASES
        )
    )


#: the ways a writer heads case 1's later part: its name and a continuation note
_CONTINUED = [
    "ぎふ就労ステーション（２ページからの続き）",
    "岐阜市（前頁より）",
    "■ぎふ就労ステーション【前頁より】",
    "岐阜県岐阜市（続き）",
    "【岐阜県岐阜市】（前ページからの続き）",
    "◆岐阜市〔p.2から〕",
    "ぎふ就労ステーション －続き－",
    "岐阜市（承前）",
    "ぎふ就労ステーション（続き）",
    # the note bare after a bracketed name, or after a colon (3083)
    "【岐阜市】続き",
    "〔ぎふ就労ステーション〕前頁より",
    "【岐阜県岐阜市】前ページからの続き",
    "岐阜市：続き",
    # a part heading naming the case, no note, between later cases (3084)
    "■岐阜市の実績",
    "【ぎふ就労ステーションの実績】",
    "◆ 岐阜県岐阜市の成果",
]


@pytest.mark.parametrize("heading", _CONTINUED)
def test_a_part_under_the_case_s_name_joins_the_case(heading: str) -> None:
    profiles = _profiles(_split_document(heading))
    assert [p.municipality for p in profiles] == ["岐阜市", "津市", "福井市"]
    first = profiles[0]
    assert first.facility_name == "ぎふ就労ステーション"
    assert first.title == "岐阜市の窓口で福祉と仕事の相談をひとつに"
    assert [(m.label, m.target.value, m.actual.value) for m in first.metrics] == [
        ("支援対象者数", 200, 230), ("就職者数", 100, 121)
    ]
    assert first.other_results == ("商工会議所と合同の面接会を開催(岐阜市、年2回)",)
    assert [c.speaker for c in first.comments] == ["岐阜市", "岐阜労働局"]
    second = profiles[1]
    assert [(m.label, m.actual.value) for m in second.metrics] == [
        ("支援対象者数", 240), ("就職者数", 131)
    ]
    assert second.other_results == ("商工会議所と合同の面接会を開催(津市、年3回)",)


def test_a_note_naming_the_case_the_page_goes_on_with_cuts_nothing() -> None:
    # case 2 goes on over a page under its own name: one case, as before
    text = (
        _head(0) + _results(0) + _page(2)
        + _head(1) + _page(3) + "つ生活しごと窓口（前頁からの続き）\n\n" + _results(1)
        + _page(4) + _head(2) + _results(2)
    )
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == ["岐阜市", "津市", "福井市"]
    assert [m.actual.value for m in profiles[1].metrics] == [240, 131]
    assert [m.actual.value for m in profiles[0].metrics] == [230, 121]


def test_a_name_no_earlier_case_has_joins_nothing() -> None:
    profiles = _profiles(_split_document("おおがき就労室（２ページからの続き）"))
    assert not profiles[0].metrics
    assert not any(p.facility_name == "おおがき就労室" for p in profiles[:1])


def test_a_note_sending_the_reader_on_opens_no_part() -> None:
    profiles = _profiles(_split_document("岐阜市（次頁に続く）"))
    assert not profiles[0].metrics  # (the part is no continuation: not joined to case 1)


def test_a_name_two_cases_share_joins_neither() -> None:
    from jirei.repeatedlabels import noted_numbers

    a = Profile(municipality="岐阜市", facility_name="ぎふ就労ステーション")
    b = Profile(municipality="岐阜市", facility_name="ぎふ福祉しごと窓口")
    part = Profile()
    assert noted_numbers([a, b, part], [None, None, None], [None, None, "岐阜市"]) == [
        None, None, None
    ]
    # by the facility: the one case it names
    assert noted_numbers([a, b, part], [None, None, None], [None, None, "ぎふ福祉しごと窓口"]) == [
        None, -1, -1
    ]
    # the prefecture before the city
    c = Profile(prefecture="三重県", municipality="津市")
    assert noted_numbers([c, a, part], [None, None, None], [None, None, "三重県津市"]) == [
        -1, None, -1
    ]
    # a numbered case keeps its number
    assert noted_numbers([c, a, part], [4, None, None], [None, None, "津市"]) == [4, None, 4]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ぎふ就労ステーション(2ページからの続き)", "ぎふ就労ステーション"),
        ("岐阜市(前頁より)", "岐阜市"),
        ("■ぎふ就労ステーション【前頁より】", "ぎふ就労ステーション"),
        ("【岐阜県岐阜市】(前ページからの続き)", "岐阜県岐阜市"),
        ("◆岐阜市〔p.2から〕", "岐阜市"),
        ("岐阜市 -続き-", "岐阜市"),
        ("★岐阜市<続き>", "岐阜市"),
        # not a continuation note: a kind, a title, a note sending on, a bracket header
        ("ぎふ就労ステーション(一体的実施施設)", None),
        ("岐阜市の取組", None),
        ("岐阜市(次頁に続く)", None),
        ("【岐阜県岐阜市】【岐阜労働局・ハローワーク岐阜】", None),
        ("【岐阜県岐阜市(続き)", None),
        # a bare note only after a bracketed name or a colon, and ending as a note does
        ("【岐阜市】続き", "岐阜市"),
        ("岐阜市:2ページから", "岐阜市"),
        ("岐阜市続き", None),
        ("【岐阜市】就労継続", None),
        ("実施状況:前年度から継続", None),
        ("【岐阜市】4月から", None),
    ],
)
def test_the_noted_name_forms(line: str, name: str | None) -> None:
    assert noted_name(line) == name


def test_a_bracket_header_with_only_a_note_names_no_facility() -> None:
    text = _split_document("【岐阜県岐阜市】（前頁からの続き）")
    assert [p.facility_name for p in _profiles(text)] == [
        "ぎふ就労ステーション", "つ生活しごと窓口", "ふくい就職サポートコーナー"
    ]


# ---- comments gathered by speaker organisation (decision 3075) ---------------------

_VOICE_CASES = [
    ("栃木県", "宇都宮市", "栃木労働局", "ハローワーク宇都宮", "うつのみやワークコーナー"),
    ("山梨県", "甲府市", "山梨労働局", "ハローワーク甲府", "こうふ就労支援室"),
    ("埼玉県", "川越市", "埼玉労働局", "ハローワーク川越", "かわごえジョブスポット"),
]


def _voice_document(
    groups: tuple[str, str, str],
    mark: str,
    city_speakers: tuple[int, ...],
    form: str = "{mark}{who}\n{text}\n",
) -> str:
    """Three cases (header and story), one results table, then 関係者の声 under each
    speaker organisation; the cases of ``city_speakers`` speak by the city's name alone."""
    parts = ["関東・甲信地区の一体的実施 取組事例（令和４年度実績）\n\n"]
    for n, (pref, city, bureau, office, facility) in enumerate(_VOICE_CASES, 1):
        parts.append(
            f"事例{n}\n【{pref}{city}】【{bureau}・{office}】{facility}（一体的実施施設）"
            f"令和{n}年4月1日事業開始\n{city}の庁舎で福祉と就労の相談を一体に\n取組内容\n"
            f"　● 市の担当課と同じ階に職業相談窓口を設置（{city}）\n"
            "　● 月例の連絡会議で支援方針を共有\n\nページの先頭へ戻る\n\n"
        )
    parts.append("令和４年度 事業目標と実績\n施設\t項目\t目標\t実績\t達成率\n")
    for n, (_, city, _, _, facility) in enumerate(_VOICE_CASES, 1):
        parts.append(f"{facility}（{city}）\t支援対象者数\t{100 * n}人以上\t{100 * n + 20}人\t－\n")
        parts.append(f"\t就職者数\t{50 * n}人以上\t{50 * n + 5}人\t－\n")
    parts.append("\nページの先頭へ戻る\n\n関係者の声\n")
    cities = [
        city if n in city_speakers else f"{city}福祉部生活支援課"
        for n, (_, city, _, _, _) in enumerate(_VOICE_CASES)
    ]
    said = [
        "窓口が近くなり、相談者の負担が減りました。",
        "市との協定目標を上回る実績をあげています。",
        "市の広報紙で求人を紹介しました。",
    ]
    parts.append(f"{groups[0]}\n")
    parts += [form.format(mark=mark, who=who, text=said[0]) for who in cities]
    parts.append(f"{groups[1]}\n")
    parts += [form.format(mark=mark, who=c[2], text=said[1]) for c in _VOICE_CASES]
    parts.append(f"{groups[2]}\n" + form.format(mark=mark, who="ハローワーク甲府", text=said[2]))
    parts.append("\nページの先頭へ戻る\n\nお問い合わせ先\n厚生労働省 職業安定局\n")
    return "".join(parts)


_GROUPS = [
    ("◇自治体から", "◇労働局から", "◇ハローワークから"),
    ("【自治体から】", "【労働局から】", "【ハローワークから】"),
    ("■市から", "■労働局より", "■ハローワークより"),
]


@pytest.mark.parametrize("groups", _GROUPS)
@pytest.mark.parametrize("mark", ["○", "◎", "●"])
@pytest.mark.parametrize("city_speakers", [(2,), (1, 2), (0, 1, 2)])
def test_a_city_alone_speaking_under_a_group_opens_no_case(
    groups: tuple[str, str, str], mark: str, city_speakers: tuple[int, ...]
) -> None:
    profiles = _profiles(_voice_document(groups, mark, city_speakers))
    assert [p.municipality for p in profiles] == ["宇都宮市", "甲府市", "川越市"]
    for n, profile in enumerate(profiles):
        _, city, bureau, _, _ = _VOICE_CASES[n]
        speakers = [c.speaker for c in profile.comments]
        assert speakers[:2] == [
            city if n in city_speakers else f"{city}福祉部生活支援課", bureau
        ]
    assert [c.speaker for c in profiles[1].comments][2:] == ["ハローワーク甲府"]


def test_a_place_line_over_a_headline_and_facts_still_opens_a_case() -> None:
    # a case the rules do not see after the comments: its place line stands over its
    # headline, not over a sentence (decision 2909 is kept)
    text = _voice_document(_GROUPS[0], "○", (2,)).replace(
        "お問い合わせ先\n厚生労働省 職業安定局\n",
        "参考事例\n\n熊谷市\n駅前の窓口で相談をつなぐ\n"
        "支援対象者数　80人\n就職者数　41人\n",
    )
    profiles = _profiles(text)
    assert [p.municipality for p in profiles][:3] == ["宇都宮市", "甲府市", "川越市"]


#: other ways of writing each speaker over (or before) its words
_SPEAKER_FORMS = [
    "＜{who}＞\n{text}\n",  # a comment heading (decision 3077)
    "{mark}{who}\n「{text}」\n",  # the words quoted (3076)
    "{mark}{who}：{text}\n",  # name and words on one line (3078)
    "{mark}{who}「{text}」\n",
    "・{who}：{text}\n",
    "（{who}）\n{text}\n",  # a name in round brackets (3079)
    "{who}より\n{text}\n",
    "【{who}】\n{text}\n",
]


@pytest.mark.parametrize("form", _SPEAKER_FORMS)
@pytest.mark.parametrize("city_speakers", [(2,), (0, 1, 2)])
def test_each_speaker_form_under_organisation_groups(
    form: str, city_speakers: tuple[int, ...]
) -> None:
    profiles = _profiles(_voice_document(_GROUPS[0], "○", city_speakers, form))
    assert [p.municipality for p in profiles] == ["宇都宮市", "甲府市", "川越市"]
    for n, profile in enumerate(profiles):
        _, city, bureau, _, _ = _VOICE_CASES[n]
        mine = [city if n in city_speakers else f"{city}福祉部生活支援課", bureau]
        if n == 1:
            mine.append("ハローワーク甲府")
        assert [c.speaker for c in profile.comments] == mine
        assert profile.comments[0].text == "窓口が近くなり、相談者の負担が減りました。"


def test_a_speaker_naming_no_case_is_given_to_no_case_by_its_name() -> None:
    # ``（厚生労働省）`` names no case: it keys no block (every speaker of the section must name
    # one for the voices to be keyed by organisation, decision 2907)
    text = _voice_document(_GROUPS[0], "○", (2,), "（{who}）\n{text}\n").replace(
        "（ハローワーク甲府）", "（厚生労働省）"
    )
    profiles = _profiles(text)
    assert not any(
        "厚生労働省" in (c.speaker or "") for p in profiles[:2] for c in p.comments
    )


# ---- a closing table keyed by case number alone, a case printed in two parts (3080) -----


def _numbered_head(n: int, label: str) -> str:
    pref, city, bureau, office, facility, _ = _CASES[n]
    return (
        f"{label}\n【{pref}{city}】【{bureau}・{office}】{facility}（一体的実施施設）"
        f"令和2年4月1日事業開始\n\n{city}の窓口で相談をひとつに\n\n"
        f"【取組内容】\n・市と毎週打合せ（{city}）\n・記録を共有\n\n"
    )


def _others(n: int) -> str:
    return f"【その他の実績】\n・合同面接会を開催（{_CASES[n][1]}）\n\n"


def _numbered_document(labels: list[str], continued: str, table: str) -> str:
    """Case 1 on page 2, case 2, case 1 continued under its label, case 3, then one
    closing table of every case keyed by number alone."""
    return (
        _numbered_head(0, labels[0]) + "（４ページへ続く）\n\n"
        + _numbered_head(1, labels[1]) + _others(1)
        + f"{continued}\n\n" + _others(0)
        + _numbered_head(2, labels[2]) + _others(2)
        + "令和４年度 事業目標と実績一覧\n" + table
    )


def _rows_table(head: str, keys: list[str]) -> str:
    rows = "".join(
        f"{key}\t{100 * n}人\t{100 * n + 7}人\t{50 * n}人\t{50 * n + 3}人\n"
        for n, key in enumerate(keys, 1)
    )
    heads = "支援対象者数（目標）\t支援対象者数（実績）\t就職者数（目標）\t就職者数（実績）"
    return f"{head}\t{heads}\n{rows}"


def _columns_table(heads: list[str], corner: str = "区分") -> str:
    return (
        f"{corner}\t" + "\t".join(heads) + "\n"
        + "支援対象者数（目標）\t100人\t200人\t300人\n"
        + "支援対象者数（実績）\t107人\t207人\t307人\n"
        + "就職者数（目標）\t50人\t100人\t150人\n"
        + "就職者数（実績）\t53人\t103人\t153人\n"
    )


_DIGITS = ["事例１", "事例２", "事例３"]
_NUMBERED = [
    (_DIGITS, "事例１（２ページからの続き）", _rows_table("事例", ["1", "2", "3"])),
    (["No.1", "No.2", "No.3"], "No.1（続き）", _rows_table("No.", ["1", "2", "3"])),
    (_DIGITS, "事例１（前頁より）", _rows_table("番号", ["１", "２", "３"])),
    (_DIGITS, "■事例１　岐阜市（続き）", _rows_table("区分", _DIGITS)),
    (["事例Ａ", "事例Ｂ", "事例Ｃ"], "事例Ａ（２頁からの続き）",
     _rows_table("事例", ["Ａ", "Ｂ", "Ｃ"])),
]


@pytest.mark.parametrize(("labels", "continued", "table"), _NUMBERED)
def test_a_table_keyed_by_number_reaches_a_case_printed_in_two_parts(
    labels: list[str], continued: str, table: str
) -> None:
    profiles = _profiles(_numbered_document(labels, continued, table))
    assert [p.municipality for p in profiles] == ["岐阜市", "津市", "福井市"]
    for n, profile in enumerate(profiles, 1):
        assert [(m.label, m.target.value, m.actual.value) for m in profile.metrics] == [
            ("支援対象者数", 100 * n, 100 * n + 7), ("就職者数", 50 * n, 50 * n + 3)
        ]
    assert profiles[0].other_results == ("合同面接会を開催(岐阜市)",)


def test_a_number_restarting_for_another_place_is_no_first_part() -> None:
    from jirei.repeatedlabels import first_parts

    a = Profile(municipality="岐阜市", facility_name="ぎふ就労ステーション")
    b = Profile(municipality="津市", facility_name="つ生活しごと窓口")
    part = Profile()
    other = Profile(municipality="大垣市", facility_name="おおがき就労室")
    assert first_parts([a, b, part], [1, 2, 1]) == [(0, 1)]
    assert first_parts([a, b, other], [1, 2, 1]) == []  # another case numbered 1 anew
    assert first_parts([a, b, part], [1, 2, None]) == []


# ---- a closing table of the cases as columns, headed by their labels (3081) ------------


_BRACKETED = ["【事例1】", "【事例2】", "【事例3】"]
_NO = ["No.1", "No.2", "No.3"]


@pytest.mark.parametrize(
    ("labels", "heads", "continued", "corner"),
    [
        (_DIGITS, _DIGITS, None, "区分"),
        (_DIGITS, _DIGITS, None, ""),
        (_DIGITS, _DIGITS, "事例１（続き）", "項目"),
        (_NO, _NO, None, "区分"),
        (_NO, _NO, "No.1（続き）", "項目"),
        (_BRACKETED, ["事例1", "事例2", "事例3"], "【事例1】（前頁より）", "区分"),
    ],
)
def test_a_closing_table_of_cases_as_columns_keyed_by_label(
    labels: list[str], heads: list[str], continued: str | None, corner: str
) -> None:
    table = _columns_table(heads, corner)
    if continued is None:
        text = "".join(_numbered_head(n, labels[n]) + _others(n) for n in range(3))
        text += "令和４年度 事業目標と実績一覧\n" + table
    else:
        text = _numbered_document(labels, continued, table)
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == ["岐阜市", "津市", "福井市"]
    assert [p.facility_name for p in profiles] == [c[4] for c in _CASES]
    for n, profile in enumerate(profiles, 1):
        assert [(m.label, m.target.value, m.actual.value) for m in profile.metrics] == [
            ("支援対象者数", 100 * n, 100 * n + 7), ("就職者数", 50 * n, 50 * n + 3)
        ]


def test_a_sheet_of_cases_under_a_contents_list_is_still_read() -> None:
    # the labels a contents list names tell no case: the sheet is the cases (decision 2781)
    text = (
        "目次\n事例１　岐阜市 ………… 2\n事例２　津市 ………… 2\n\n"
        "区分\t事例１\t事例２\n"
        "都道府県\t岐阜県\t三重県\n"
        "自治体\t岐阜市\t津市\n"
        "施設名\tぎふ就労ステーション\tつ生活しごと窓口\n"
        "支援対象者数（目標）\t100人\t200人\n"
        "支援対象者数（実績）\t107人\t207人\n"
    )
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == ["岐阜市", "津市"]
    assert [m.actual.value for p in profiles for m in p.metrics] == [107, 207]


# ---- notes keyed by the facility's name under a comparison table (3082) ----------------

_LISTED = [
    ("静岡県沼津市", "静岡労働局・ハローワーク沼津", "ぬまづ就労サポート", 150, 166),
    ("静岡県富士市", "静岡労働局・ハローワーク富士", "ふじ生活しごと窓口", 120, 111),
    ("静岡県三島市", "静岡労働局・ハローワーク三島", "みしま就労支援コーナー", 90, 104),
]


def _listed_document(head: str) -> str:
    """A council paper: a comparison table of every facility, then each facility's notes
    under a heading naming it (``head`` formats ``{name}``)."""
    rows = "".join(
        f"{n}\t{place}\t{offices}\t{name}（一体的実施施設）\t{target}人以上／{actual}人\n"
        for n, (place, offices, name, target, actual) in enumerate(_LISTED, 1)
    )
    notes = "".join(
        head.format(name=name) + "\n"
        f"　○　市の窓口からハローワークへの予約誘導を実施（{name}）\n"
        "　○　月１回の合同ケース会議を継続\n"
        "　＜特記事項＞\n　　・出張相談を年４回実施\n\n"
        for _, _, name, _, _ in _LISTED
    )
    return (
        "資料３\n\n東海ブロック 一体的実施事業担当者会議\n\n"
        "一体的実施施設の運営状況（令和４年度実績）\n\n"
        "No.\t都道府県・市\t労働局・ハローワーク\t施設名\t支援対象者数（目標／実績）\n"
        + rows + "\n各施設の取組の特徴\n\n" + notes
    )


@pytest.mark.parametrize(
    "head", ["【{name}】", "【{name}】窓口の予約制で確実な来所へ", "■{name}：", "〔{name}〕"]
)
def test_notes_keyed_by_the_facility_s_name(head: str) -> None:
    profiles = _profiles(_listed_document(head))
    assert [p.municipality for p in profiles] == ["沼津市", "富士市", "三島市"]
    for profile, (_, _, name, target, actual) in zip(profiles, _LISTED, strict=True):
        assert profile.facility_name == name
        assert profile.initiatives[0] == f"市の窓口からハローワークへの予約誘導を実施({name})"
        assert [(m.target.value, m.actual.value) for m in profile.metrics] == [(target, actual)]
    if "窓口の予約制" in head:
        assert profiles[0].title == "窓口の予約制で確実な来所へ"


def test_a_bracketed_name_no_table_row_writes_keys_no_notes() -> None:
    # the headings name facilities the table does not list: no note heading of 3082
    text = _listed_document("【{name}】").replace("（一体的実施施設）", "").replace(
        "ぬまづ就労サポート\t", "沼津\t").replace("ふじ生活しごと窓口\t", "富士\t").replace(
        "みしま就労支援コーナー\t", "三島\t")
    profiles = _profiles(text)
    assert not any(p.initiatives for p in profiles)


@pytest.mark.parametrize("heading", ["■事業の実績", "【令和５年度の実績】", "■その他の実績"])
def test_a_part_heading_naming_no_case_cuts_nothing(heading: str) -> None:
    # ``事業`` stands in case 1's opening (``…事業開始``) but as no place or facility's name
    profiles = _profiles(_split_document(heading))
    assert [p.municipality for p in profiles] == ["岐阜市", "津市", "福井市"]
    assert not profiles[0].metrics


def test_part_headings_after_every_case_are_left_to_the_gathered_parts() -> None:
    blocks = "".join(
        f"■{city}の実績\n" + _results(n) for n, (_, city, _, _, _, _) in enumerate(_CASES)
    )
    voices = "".join(f"＜{c[1]}＞\n窓口がひとつになった。\n" for c in _CASES)
    text = "".join(_head(n) for n in range(3)) + "各施設の実績\n\n" + blocks
    profiles = _profiles(text + "関係者の声\n" + voices)
    assert [[c.speaker for c in p.comments] for p in profiles] == [[c[1]] for c in _CASES]
