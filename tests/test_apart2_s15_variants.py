"""Cases whose parts do not stand together, a seventh writer's forms (branch ``apart2-s15``,
decisions 2951-2953).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* comments gathered by speaker organisation where two cases share a labour bureau, each
  voice naming its case in a bracket after the speaker (``◇愛知労働局（事例１　名古屋市）``,
  ``〔事例2・豊橋市〕``, ``（豊橋市）``, ``【事例３】``): each voice goes to the case the bracket
  names (2951), and the bracket is no part of the speaker (2952);
* a bracket header whose case label stands on the line above it (``事例２`` over
  ``【愛知県豊橋市】【愛知労働局・ハローワーク豊橋】name（kind）date事業開始``) in a report
  whose cases open by their labels: the facility's name and kind are read (2953).
"""

from __future__ import annotations

import unicodedata

import pytest

import jirei

_CASES = [
    ("愛知県", "名古屋市", "愛知労働局", "ハローワーク名古屋中", "なごやジョブステーション"),
    ("愛知県", "豊橋市", "愛知労働局", "ハローワーク豊橋", "とよはし就労ナビ"),
    ("岐阜県", "岐阜市", "岐阜労働局", "ハローワーク岐阜", "ぎふワークサポート"),
]
_HEADLINES = [
    "区役所の窓口に常駐し、福祉と就労をひとつに",
    "子育て世帯の就職を、まちぐるみで応援",
    "巡回相談から常設窓口へ、支援の輪を広げる",
]
_KINDS = ["一体的実施施設", "常設窓口", "一体的実施施設"]
_DATES = ["平成27年4月1日", "令和元年10月1日", "平成30年1月15日"]
_SAID = [
    "区役所との連携が定着し、支援対象者の就職が着実に増えている。",
    "子育て支援課との共催セミナーが好評で、来年度も継続したい。",
    "巡回から常設に切り替えたことで、相談件数が大きく伸びた。",
]
_CITY_SAID = [
    "ケースワーカーが就労支援の状況を把握しやすくなった。",
    "窓口がひとつになり、利用者の負担が軽くなった。",
    "共通の支援シートで、支援の方針が揃うようになった。",
]


def _profiles(text: str):
    return jirei.parse_text(text).profiles


def _stories(label: str) -> str:
    out = []
    for n, (pref, city, bureau, office, name) in enumerate(_CASES, 1):
        out.append(
            f"{label.format(n=n)}\n【{pref}{city}】【{bureau}・{office}】{name}（{_KINDS[n - 1]}）"
            f"{_DATES[n - 1]}事業開始\n\n{_HEADLINES[n - 1]}\n\n【取組内容】\n"
            f"●福祉事務所での相談を週{n}回実施。\n●支援対象者ごとに支援プランを作成。\n\n"
        )
    return "".join(out)


def _voices(group: str, refs: list[str], departments: list[str]) -> str:
    bureau = "".join(
        f"◇{c[2]}{ref}\n　{_SAID[n]}\n"
        for n, (c, ref) in enumerate(zip(_CASES, refs, strict=True))
    )
    city = "".join(f"◇{dept}\n　{_CITY_SAID[n]}\n" for n, dept in enumerate(departments))
    return (
        "関係者の声　～一体的実施に寄せて～\n\n"
        f"{group.format('労働局')}\n{bureau}\n{group.format('自治体')}\n{city}\n"
    )


def _report(label: str, group: str, refs: list[str]) -> str:
    departments = [f"{c[1]}健康福祉局生活福祉課" for c in _CASES]
    return (
        "令和２年度　一体的実施事業　取組事例集\n\n"
        + _stories(label)
        + _voices(group, refs, departments)
        + "【問合せ先】\n愛知労働局職業安定部職業対策課\n"
    )


# --- 2951, 2952: a voice names its case in a bracket after its organisation ---------------

_REFS = [
    ("■{}から", ["（事例１　名古屋市）", "（事例２　豊橋市）", "（事例３　岐阜市）"]),
    ("【{}から】", ["〔事例1・名古屋市〕", "〔事例2・豊橋市〕", "〔事例3・岐阜市〕"]),
    ("＜{}より＞", ["（名古屋市）", "（豊橋市）", "（岐阜市）"]),
    ("■{}から", ["（事例１）", "（事例２）", "（事例３）"]),
    ("■{}から", ["（名古屋市の事例）", "（豊橋市の事例）", "（岐阜市の事例）"]),
]


@pytest.mark.parametrize(("group", "refs"), _REFS)
def test_voice_goes_to_the_case_its_bracket_names(group: str, refs: list[str]) -> None:
    profiles = _profiles(_report("事例{n}", group, refs))
    assert [p.municipality for p in profiles] == [c[1] for c in _CASES]
    for n, profile in enumerate(profiles):
        said = {(c.speaker, c.role, c.text) for c in profile.comments}
        assert (_CASES[n][2], "labour_bureau", _SAID[n]) in said
        assert (f"{_CASES[n][1]}健康福祉局生活福祉課", "municipality", _CITY_SAID[n]) in said
        assert len(profile.comments) == 2


def test_speaker_keeps_no_case_bracket_and_spans_point_into_the_original() -> None:
    text = _report("事例{n}", "■{}から", _REFS[0][1])
    profiles = _profiles(text)
    comment = next(c for c in profiles[1].comments if c.role == "labour_bureau")
    assert comment.speaker == "愛知労働局"
    assert comment.speaker_span is not None and comment.span is not None
    assert text[comment.speaker_span.start : comment.speaker_span.end] == "愛知労働局"
    assert text[comment.speaker_span.end :].startswith("（事例２　豊橋市）")
    assert text[comment.span.start : comment.span.end] == _SAID[1]


def test_bracket_naming_no_case_gives_no_case() -> None:
    """A bracket naming no case (a department) leaves a bureau two cases share unkeyed:
    the shared bureau's voices are not given to the cases by this rule."""
    refs = ["（職業安定部）", "（職業対策課）", "（職業安定部）"]
    profiles = _profiles(_report("事例{n}", "■{}から", refs))
    first = {(c.speaker, c.text) for c in profiles[0].comments}
    second = {(c.speaker, c.text) for c in profiles[1].comments}
    assert not any(text == _SAID[0] for _, text in first)
    assert not any(text == _SAID[1] for _, text in second)


def test_bracket_naming_two_cases_names_none() -> None:
    refs = ["（名古屋市・豊橋市）", "（名古屋市・豊橋市）", "（岐阜市）"]
    profiles = _profiles(_report("事例{n}", "■{}から", refs))
    first = {(c.speaker, c.text) for c in profiles[0].comments}
    second = {(c.speaker, c.text) for c in profiles[1].comments}
    assert ("愛知労働局", _SAID[0]) not in first
    assert ("愛知労働局", _SAID[1]) not in second


def test_marked_speaker_with_department_bracket_unchanged() -> None:
    from jirei.comments import speaker_of
    from jirei.lines import Line

    def said(text: str) -> str | None:  # (the reader sees NFKC text)
        return speaker_of(Line(unicodedata.normalize("NFKC", text), 0))[0]

    assert said("◇静岡労働局（事例１　静岡市）") == "静岡労働局"
    assert said("◇静岡労働局（事例2）") == "静岡労働局"
    assert said("◇ハローワーク豊橋〔豊橋市〕") == "ハローワーク豊橋"
    # (a department in brackets stays part of the speaker, decision 2758)
    assert said("○京都市伏見区役所（保健福祉センター生活福祉課）") == (
        "京都市伏見区役所(保健福祉センター生活福祉課)"
    )


# --- 2953: a bracket header under its case label's line ----------------------------------

_LABELS = ["事例{n}", "事例 {n}", "＜事例{n}＞", "■事例{n}"]


@pytest.mark.parametrize("label", _LABELS)
def test_bracket_header_under_its_label_gives_facility(label: str) -> None:
    profiles = _profiles(_report(label, "■{}から", _REFS[0][1]))
    assert [p.facility_name for p in profiles] == [c[4] for c in _CASES]
    assert [p.facility_type for p in profiles] == _KINDS


def test_two_brackets_naming_no_place_give_no_facility() -> None:
    text = "".join(
        f"事例{n}\n【新規】【拡充】{_HEADLINES[n - 1]}（{_DATES[n - 1]}開始）\n\n"
        f"【取組内容】\n●相談を週{n}回実施。\n\n"
        for n in (1, 2, 3)
    )
    for profile in _profiles(text):
        assert profile.facility_name is None or profile.facility_name not in _HEADLINES


# --- 2954: a chapter heading the contents list names, above a page's first case label -----

_OTHER_DONE = [
    "市内の事業所と連携した職場見学会を年{n}回開催。",
    "ひとり親家庭を対象とした出張相談を毎月実施。",
]


def _paged(part: str, leader: str, page: str, above: str | None = None) -> str:
    parts = [part, "事業目標と実績（一覧）", "問合せ先"]
    numbers = ["１．", "２．", "３．"] if part[0] not in "第" else ["", "", ""]
    contents = "\n".join(f"{numbers[k]}{p}{leader}{k + 2}" for k, p in enumerate(parts))
    pages = []
    for n, (_, city, _, _, _) in enumerate(_CASES, 1):
        top = f"{numbers[0]}{part}\n\n" if n == 1 else ""
        if above is not None and n == 1:
            top = f"{above}\n\n"
        pages.append(
            f"{top}事例{n}\n{_HEADLINES[n - 1]}\n\n【取組内容】\n○ 相談を週{n}回実施。\n\n"
            f"【その他の実績】\n" + "".join(f"・{t.format(n=n)}\n" for t in _OTHER_DONE)
            + f"\n＜{city}コメント＞\n{_CITY_SAID[n - 1]}\n\n{page.format(n=n + 1)}\n\n"
        )
    return (
        "令和２年度\n自治体とハローワークの一体的実施　好事例集\n\n目　次\n" + contents
        + f"\n\n{page.format(n=1)}\n\n" + "".join(pages)
    )


_PARTS = [
    ("各事例の取組", " ……………… ", "- {n} -"),
    ("各事例の紹介", "・・・・・・・・", "―{n}―"),
    ("取組事例の紹介", "    ", "－{n}－"),
    ("各事例の取組み", "……", "{n}"),
]


@pytest.mark.parametrize(("part", "leader", "page"), _PARTS)
def test_part_heading_above_first_label_is_no_result(part: str, leader: str, page: str) -> None:
    profiles = _profiles(_paged(part, leader, page))
    assert [p.title for p in profiles] == _HEADLINES
    for n, profile in enumerate(profiles, 1):
        assert list(profile.other_results) == [t.format(n=n) for t in _OTHER_DONE]
        assert profile.initiatives[0] == f"相談を週{n}回実施。"


def test_box_above_label_not_in_contents_still_read_as_deck() -> None:
    """A line above the first label that the contents list does not name is not kept apart
    by this rule: the deck reading (its catch phrase, decision 970) goes on as before."""
    text = _paged("各事例の取組", " ……………… ", "- {n} -", above="相談から定着まで切れ目なく支援")
    plain = _paged("各事例の取組", " ……………… ", "- {n} -", above="")
    assert len(_profiles(text)) == len(_profiles(plain)) == 3
    first = _profiles(text)[0]
    assert "相談から定着まで切れ目なく支援" not in first.other_results


# --- 2956, 2957: a comment heading naming its case in a bracket after (before) the speaker --


def _headed(form: str) -> str:
    bureau = "".join(
        form.format(speaker=c[2], n=n) + f"\n{_SAID[n - 1]}\n\n" for n, c in enumerate(_CASES, 1)
    )
    city = "".join(
        f"◇{c[1]}健康福祉局生活福祉課\n　{_CITY_SAID[n]}\n" for n, c in enumerate(_CASES)
    )
    return (
        "令和２年度　取組事例集\n\n" + _stories("事例{n}")
        + f"関係者の声\n\n■労働局から\n{bureau}■自治体から\n{city}\n"
    )


@pytest.mark.parametrize(
    "form",
    [
        "＜{speaker}（事例{n}）＞",
        "【{speaker}（事例{n}）】",
        "◇（事例{n}）{speaker}",
    ],
)
def test_comment_heading_with_case_bracket(form: str) -> None:
    profiles = _profiles(_headed(form))
    assert len(profiles) == 3
    for n, profile in enumerate(profiles):
        said = {(c.speaker, c.text) for c in profile.comments}
        assert (_CASES[n][2], _SAID[n]) in said
        assert any(c.text == _CITY_SAID[n] for c in profile.comments)


def test_comment_heading_with_department_bracket_keeps_it() -> None:
    profiles = _profiles(_headed("＜{speaker}（職業安定部）＞"))
    first = {(c.speaker, c.text) for c in profiles[0].comments}
    assert ("愛知労働局", _SAID[0]) not in first
    speakers = {c.speaker for p in profiles for c in p.comments}
    assert "愛知労働局" not in speakers
