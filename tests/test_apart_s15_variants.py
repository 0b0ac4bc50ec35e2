"""Cases whose parts do not stand together, a sixth writer's forms (branch ``apart-s15``,
decisions 2906-2911).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* an overview of one column per case whose place row has a label no field table knows
  (``都道府県・市``, ``県・市``, ``地域``): the row is read by its cells (2906);
* comments gathered by speaker organisation (``【自治体から】`` over ``◇長岡市福祉保健部``,
  ``【労働局・ハローワークから】`` over ``◇新潟労働局``): each voice goes to the case it names
  (2907), also with no results table before the voices (2908) and under a closing
  ``一体的実施に寄せて`` (2912);
* a closing section's sub-headings that are bare city names open no cases (2909);
* a header-only overview of one column per case over stories headed by the facility's name
  alone: the stories are the cases, the overview their header (2910, 2911).
"""

from __future__ import annotations

import unicodedata

import pytest

import jirei

_CASES = [
    ("新潟県", "長岡市", "新潟労働局", "ハローワーク長岡", "ながおか就労支援プラザ"),
    ("富山県", "高岡市", "富山労働局", "ハローワーク高岡", "たかおかジョブコーナー"),
    ("石川県", "小松市", "石川労働局", "ハローワーク小松", "こまつワークステーション"),
]
_HEADLINES = [
    "福祉と就労の窓口をひとつに、相談の入口を広げる",
    "子育て世帯の就職を、まちぐるみで応援",
    "巡回相談から常設窓口へ、支援の輪を広げる",
]


def _profiles(text: str):
    return jirei.parse_text(text).profiles


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# --- 2906: a turned overview's place row read by its cells -------------------------------


def _turned(place_label: str, heads: list[str], sep: str, places: list[str]) -> str:
    rows = [
        ["項目", *heads],
        [place_label, *places],
        ["労働局", *(c[2] for c in _CASES)],
        ["ハローワーク", *(c[3] for c in _CASES)],
        ["施設名", *(c[4] for c in _CASES)],
        ["施設の種類", "一体的実施施設", "常設窓口", "一体的実施施設"],
        ["事業開始", "平成26年10月1日", "令和2年4月1日", "平成30年1月15日"],
    ]
    if sep == "|":
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    else:
        lines = [sep.join(r) for r in rows]
    stories = "".join(
        f"事例{n}　{c[1]}\n{_HEADLINES[n - 1]}\n\n【取組内容】\n○相談を週{n}回実施\n\n"
        for n, c in enumerate(_CASES, 1)
    )
    return "１　各施設の概要\n\n" + "\n".join(lines) + "\n\n２　各施設の取組\n\n" + stories


_PREFIXED = [f"{c[0]}{c[1]}" for c in _CASES]
_BARE = [c[1] for c in _CASES]
_TURNED = [
    ("都道府県・市", ["事例１", "事例２", "事例３"], "\t", _PREFIXED),
    ("県・市", ["事例1", "事例2", "事例3"], "|", _PREFIXED),
    ("地域", ["①", "②", "③"], "\t", _BARE),
]


@pytest.mark.parametrize(("label", "heads", "sep", "places"), _TURNED)
def test_turned_overview_place_row_read_by_its_cells(
    label: str, heads: list[str], sep: str, places: list[str]
) -> None:
    profiles = _profiles(_turned(label, heads, sep, places))
    assert [p.municipality for p in profiles] == [c[1] for c in _CASES]
    assert [p.labour_bureau for p in profiles] == [c[2] for c in _CASES]
    assert [p.facility_name for p in profiles] == [c[4] for c in _CASES]
    assert [p.facility_type for p in profiles] == ["一体的実施施設", "常設窓口", "一体的実施施設"]
    assert [str(p.start_date) for p in profiles] == ["2014-10-01", "2020-04-01", "2018-01-15"]
    assert [p.title for p in profiles] == [_nfkc(h) for h in _HEADLINES]


def test_turned_overview_row_with_a_non_place_cell_is_no_place_row() -> None:
    """Negative: a row one of whose cells names no place (``本庁舎``) keys no case list."""
    places = [_PREFIXED[0], "本庁舎", _PREFIXED[2]]
    profiles = _profiles(_turned("所在", ["事例１", "事例２", "事例３"], "\t", places))
    assert len(profiles) == 3
    assert all(p.labour_bureau is None for p in profiles)


# --- 2907 / 2908: comments gathered by speaker organisation ------------------------------


def _webpage(results: bool) -> str:
    out = ["一体的実施事業の取組事例（令和３年度）\n"]
    dates = ["平成２８年４月１日", "令和元年１０月１日", "２０１８年７月２日"]
    for n, c in enumerate(_CASES, 1):
        out.append(
            f"事例{n}\n{c[0]}{c[1]}／{c[2]}・{c[3]}\n{c[4]}〔一体的実施施設〕　{dates[n - 1]}開設\n"
            f"{_HEADLINES[n - 1]}\n取組内容\n・市の窓口で職業相談を週{n + 1}回実施\n"
            "・ケース会議を毎月開催\n"
        )
    if results:
        out.append(
            "令和３年度　事業目標と実績一覧\n施設\t項目\t目標\t実績\n"
            + "".join(
                f"{c[4]}\t支援対象者数\t{200 + n}人\t{210 + n}人\n" for n, c in enumerate(_CASES)
            )
        )
    return "\n".join(out) + "\n"


_CITY_VOICES = ["長岡市福祉保健部", "高岡市", "小松市生活支援課"]
_STATE_VOICES = ["新潟労働局", "ハローワーク高岡", "石川労働局"]
_SAID = ["窓口が近く、相談がつながりやすくなりました。", "子育て中の方の来所が増えています。",
         "巡回から常設になり、相談が途切れなくなりました。"]
_STATE_SAID = ["目標を上回る就職につながりました。", "来年度も市と連携して取り組みます。",
               "求人開拓の成果が出ています。"]


def _voices(heading: str, groups: tuple[str, str], speaker: str, gap: str = "") -> str:
    out = [heading + "\n" + gap + groups[0]]
    out += [
        speaker.format(name) + "\n" + said
        for name, said in zip(_CITY_VOICES, _SAID, strict=True)
    ]
    out += ["\n" + groups[1]]
    out += [
        speaker.format(name) + "\n" + said
        for name, said in zip(_STATE_VOICES, _STATE_SAID, strict=True)
    ]
    return "\n".join(out) + "\n"


_BY_ORGANISATION = [
    (True, "関係者の声", ("【自治体から】", "【労働局・ハローワークから】"), "◇{}", ""),
    (True, "関係者の声", ("＜自治体より＞", "＜国より＞"), "〔{}〕", ""),
    (False, "関係者の声", ("【自治体から】", "【労働局・ハローワークから】"), "■{}", ""),
    (False, "関係者の声", ("【市から】", "【労働局・ハローワークから】"), "◆ {}", "\n"),
    (False, "■ 一体的実施に寄せて", ("【自治体から】", "【国から】"), "◇{}", ""),
]


@pytest.mark.parametrize(("results", "heading", "groups", "speaker", "gap"), _BY_ORGANISATION)
def test_voices_gathered_by_organisation_go_to_the_cases_they_name(
    results: bool, heading: str, groups: tuple[str, str], speaker: str, gap: str
) -> None:
    text = _webpage(results) + "\n" + _voices(heading, groups, speaker, gap)
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == [c[1] for c in _CASES]
    for n, profile in enumerate(profiles):
        assert [(c.speaker, c.text) for c in profile.comments] == [
            (_CITY_VOICES[n], _nfkc(_SAID[n])), (_STATE_VOICES[n], _nfkc(_STATE_SAID[n]))
        ]
        assert profile.comments[0].role == "municipality"


def test_voices_by_case_sub_headings_unchanged() -> None:
    """Negative: voices sub-headed by their case (``◇長岡市`` over its city's and its
    office's voices) are read as before, each case's under its heading."""
    closing = ["関係者の声"]
    for n, c in enumerate(_CASES):
        closing.append(f"\n＜{c[1]}＞\n{_SAID[n]}\n\n＜{c[3]}＞\n{_STATE_SAID[n]}")
    profiles = _profiles(_webpage(True) + "\n" + "\n".join(closing) + "\n")
    assert [[c.speaker for c in p.comments] for p in profiles] == [
        [c[1], c[3]] for c in _CASES
    ]


def test_voice_naming_no_case_leaves_the_section_to_the_old_readers() -> None:
    """Negative: when one speaker names no case (``◇厚生労働省``), the section is not read by
    organisation: the voices of that section are not spread by it (the state's voices stay
    together with the ministry's)."""
    text = _webpage(True) + "\n" + _voices(
        "関係者の声", ("【自治体から】", "【国から】"), "◇{}"
    ).replace("◇石川労働局", "◇厚生労働省")
    profiles = _profiles(text)
    speakers = [c.speaker for p in profiles for c in p.comments]
    assert "新潟労働局" not in [c.speaker for c in profiles[0].comments]
    assert speakers.count("厚生労働省") <= 1


# --- 2909: a closing section's sub-headings that are bare city names ---------------------


def _city_sub_heads(mark: str, results: bool) -> str:
    closing = ["関係者の声"]
    for n, c in enumerate(_CASES):
        city_voice = _CITY_VOICES[n]
        closing.append(
            f"\n{mark.format(c[1])}\n\n＜{city_voice}＞\n{_SAID[n]}\n\n＜{_STATE_VOICES[n]}＞\n"
            f"{_STATE_SAID[n]}"
        )
    return _webpage(results) + "\n" + "\n".join(closing) + "\n"


@pytest.mark.parametrize(("mark", "results"), [("{}", True), ("{}", False), ("■{}", True)])
def test_bare_city_sub_headings_open_no_cases(mark: str, results: bool) -> None:
    profiles = _profiles(_city_sub_heads(mark, results))
    assert [p.municipality for p in profiles] == [c[1] for c in _CASES]
    assert [p.title for p in profiles] == [_nfkc(h) for h in _HEADLINES]
    assert [[c.speaker for c in p.comments] for p in profiles] == [
        [_CITY_VOICES[n], _STATE_VOICES[n]] for n in range(3)
    ]


def test_ward_lines_over_their_stories_still_open_cases() -> None:
    """Negative: a report by ward whose foreword lists the wards, each ward's line over its
    catch phrase and facts (no voice under it) opens that ward's case."""
    wards = ["中央区", "東区", "北区"]
    parts = [
        "令和４年度　区別実施状況報告書\n\n１　事業の概要\n\n"
        "本市では、中央区、東区及び北区の３区に窓口を設置している。\n\n２　区別の実施状況\n"
    ]
    for n, ward in enumerate(wards):
        parts.append(
            f"\n{ward}\n\n{_HEADLINES[n]}\n\n　窓口名称　ジョブサポート{ward[:-1]}（常設窓口）\n"
            f"　開設日　　2019年10月{n + 1}日\n\n◆この窓口の工夫\n●相談を週{n + 1}回実施\n\n"
            f"◆数字で振り返る令和4年度\n\t支援対象者数\t就職者数\n目標\t180人\t110人\n"
            f"実績\t19{n}人\t12{n}人\n\n◆現場の声\n相談がつながりやすくなった。\n（{ward}保護課）\n"
        )
    profiles = _profiles("".join(parts))
    assert len(profiles) == 3
    assert [p.title for p in profiles][1:] == [_nfkc(h) for h in _HEADLINES[1:]]


# --- 2910 / 2911: a turned overview over stories headed by the facility's name -----------


def _named_stories(mark: str) -> str:
    rows = [
        ["項目", "事例１", "事例２", "事例３"],
        ["所在地", *_PREFIXED],
        ["労働局", *(c[2] for c in _CASES)],
        ["ハローワーク", *(c[3] for c in _CASES)],
        ["施設名", *(c[4] for c in _CASES)],
        ["種別", "一体的実施施設", "一体的実施施設", "巡回相談窓口"],
        ["事業開始", "平成28年4月1日", "令和元年10月1日", "2018年7月2日"],
    ]
    overview = "掲載事例の基本情報\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n"
    stories = "".join(
        f"{mark.format(n=n, name=c[4])}\n{_HEADLINES[n - 1]}\n・市の窓口で職業相談を週{n}回実施\n"
        "・ケース会議を毎月開催\n\n"
        for n, c in enumerate(_CASES, 1)
    )
    return overview + stories


@pytest.mark.parametrize("mark", ["■{name}", "◆ {name}", "（{n}）{name}"])
def test_turned_overview_over_stories_headed_by_name(mark: str) -> None:
    profiles = _profiles(_named_stories(mark))
    assert [p.facility_name for p in profiles] == [c[4] for c in _CASES]
    assert [p.municipality for p in profiles] == [c[1] for c in _CASES]
    assert [p.labour_bureau for p in profiles] == [c[2] for c in _CASES]
    assert [p.title for p in profiles] == [_nfkc(h) for h in _HEADLINES]
    assert [len(p.initiatives) for p in profiles] == [2, 2, 2]


def test_turned_overview_alone_stays_a_sheet() -> None:
    """Negative: the overview with nothing after it is read alone, one profile a column."""
    text = _named_stories("■{name}").split("\n\n")[0:2]
    profiles = _profiles("\n\n".join(text) + "\n")
    assert [p.facility_name for p in profiles] == [c[4] for c in _CASES]
    assert all(not p.initiatives for p in profiles)


def test_names_over_figures_one_a_line_head_no_blocks() -> None:
    """Stories headed by a label and the facility's name (``事例1　ながおか…``, no 取組内容
    heading) under the turned overview are the cases (2911); a closing results table written
    one cell a line names the facilities again over their figures: those names are cells,
    no block headings, and the stories stand."""
    table = "参考資料　実績一覧\n\n施設名\n支援対象者数\n就職者数\n" + "".join(
        f"{c[4]}\n{200 + n}人\n{100 + n}人\n" for n, c in enumerate(_CASES)
    )
    text = _named_stories("事例{n}　{name}") + table
    profiles = _profiles(text)
    assert [p.title for p in profiles] == [_nfkc(h) for h in _HEADLINES]
    assert [len(p.initiatives) for p in profiles] == [2, 2, 2]


_TABLE_ROWS = "".join(f"{c[4]}\t{200 + n}人\t{100 + n}人\n" for n, c in enumerate(_CASES))
_TABLE_CELLS = "".join(f"{c[4]}\n{200 + n}人\n{100 + n}人\n" for n, c in enumerate(_CASES))


def test_turned_overview_stories_and_a_results_table_of_rows() -> None:
    """The stories headed by name, then a results table of one row per facility (``施設名``
    heading its first column: a table of rows, not turned): each case gets its row."""
    text = (
        _named_stories("■{name}")
        + "参考　実績一覧\n\n施設名\t支援対象者数\t就職者数\n" + _TABLE_ROWS
    )
    profiles = _profiles(text)
    assert [p.title for p in profiles] == [_nfkc(h) for h in _HEADLINES]
    assert [
        [(m.label, m.actual.value if m.actual else None) for m in p.metrics] for p in profiles
    ] == [[("支援対象者数", 200 + n), ("就職者数", 100 + n)] for n in range(3)]


@pytest.mark.parametrize(
    "table",
    [
        "施設名\t支援対象者数\t就職者数\n" + _TABLE_ROWS,
        "施設名\n支援対象者数\n就職者数\n" + _TABLE_CELLS,
    ],
)
def test_overview_over_a_results_table_alone_stays_as_read(table: str) -> None:
    """Negative: the overview over a results table naming the facilities (in rows, or one
    cell a line), no stories: the names in the table head no stories; one profile a column,
    as before."""
    overview = _named_stories("■{name}").split("\n\n")[:2]
    profiles = _profiles("\n\n".join(overview) + "\n\n参考　実績一覧\n\n" + table)
    assert [p.facility_name for p in profiles] == [c[4] for c in _CASES]
    assert [p.labour_bureau for p in profiles] == [c[2] for c in _CASES]
