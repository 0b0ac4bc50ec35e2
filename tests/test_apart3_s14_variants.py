"""Cases whose parts stand apart, a seventh writer's shapes (branch ``apart3-s14``,
decisions 2846-2850).

A case label met again later in the report (a case continued on a later page after other
cases, or each case's comments gathered under its label in a closing section) holds more
parts of the case it names: it is joined into that case (``jirei.repeatedlabels``). Variants
written for this file (real places and offices; invented facilities, prose and figures),
with negative variants that must not trigger the rule.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.model import Profile
from jirei.repeatedlabels import repeated_groups

_CASES = [
    ("宮城県", "仙台市", "宮城労働局", "ハローワーク仙台", "せんだい就労サポートセンター",
     "令和2年4月1日"),
    ("山形県", "鶴岡市", "山形労働局", "ハローワーク鶴岡", "つるおかワークステーション",
     "平成30年7月2日"),
    ("福島県", "郡山市", "福島労働局", "ハローワーク郡山", "こおりやまジョブプラザ",
     "令和元年10月1日"),
]


def _profiles(text: str) -> list[Profile]:
    return jirei.parse_text(text).profiles


def _head(n: int, label: str) -> str:
    pref, city, bureau, office, facility, start = _CASES[n - 1]
    return (
        f"{label}{n}\n\n【{pref}{city}】【{bureau}・{office}】{facility}（一体的実施施設）"
        f"{start}事業開始\n\n{city}で暮らしと仕事の相談をつなぐ取組\n\n"
    )


def _items(n: int, part: str) -> str:
    return f"【取組内容】\n◆{part}の取組その一（事例{n}）\n◆{part}の取組その二（事例{n}）\n\n"


def _table(n: int) -> str:
    return (
        "【令和４年度　事業目標と取組状況】\n\n"
        "\t目標\t実績\n"
        f"支援対象者数\t{100 * n}人\t{100 * n + 7}人\n"
        f"就職者数\t{60 * n}人\t{60 * n + 3}人\n\n"
    )


#: the ways a writer marks the later part of case 1 (label, mark and bracket styles)
_CONTINUED = [
    "事例１　仙台市（２ページからの続き）",
    "事例1　仙台市（前頁より）",
    "■事例1　仙台市",
    "事例１：仙台市（続き）",  # the mark decision 308 reads as furniture (2854)
    "事例1 仙台市(続)",
]


@pytest.mark.parametrize("heading", _CONTINUED)
def test_a_case_continued_after_other_cases_is_one_case(heading: str) -> None:
    text = (
        _head(1, "事例") + _items(1, "前半") + "（５ページへ続く）\n\n"
        + _head(2, "事例") + _items(2, "本文") + _table(2)
        + _head(3, "事例") + _items(3, "本文") + _table(3)
        + f"{heading}\n\n" + _items(1, "後半") + _table(1)
    )
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == ["仙台市", "鶴岡市", "郡山市"]
    first = profiles[0]
    assert first.labour_bureau == "宮城労働局"
    assert first.start_date is not None and first.start_date.year == 2020
    assert len(first.initiatives) == 4
    assert next(i for i in first.initiatives if "後半" in i) == first.initiatives[2]
    assert {m.key for m in first.metrics} >= {"support_targets", "employed"}


@pytest.mark.parametrize(
    ("label", "mark"), [("事例", "■"), ("事例", "◆"), ("No.", "")]
)
def test_comments_gathered_under_each_case_label(label: str, mark: str) -> None:
    text = "".join(_head(n, label) + _items(n, "本文") + _table(n) for n in (1, 2, 3))
    text += "関係者の声\n\n"
    for n in (3, 1, 2):  # not in the cases' order
        city = _CASES[n - 1][1]
        text += (
            f"{mark}{label}{n}　{city}\n\n＜{city}福祉課＞\n"
            f"相談から就職までを一か所で支えられるようになりました（{city}）。\n\n"
        )
    profiles = _profiles(text)
    assert len(profiles) == 3
    for profile, case in zip(profiles, _CASES, strict=True):
        assert [c.speaker for c in profile.comments] == [f"{case[1]}福祉課"]


def test_numbers_restarting_for_other_places_stay_apart() -> None:
    # a second chapter numbers its cases anew: other places and facilities, no repeat
    text = "".join(_head(n, "事例") + _items(n, "本文") + _table(n) for n in (1, 2, 3))
    text += (
        "事例1\n\n【岩手県盛岡市】【岩手労働局・ハローワーク盛岡】もりおか就労ルーム"
        "（一体的実施施設）令和3年4月1日事業開始\n\n盛岡での取組\n\n" + _items(1, "別章")
    )
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == ["仙台市", "鶴岡市", "郡山市", "盛岡市"]


def test_groups_join_only_repeats_without_header_facts_of_their_own() -> None:
    a = Profile(municipality="仙台市", facility_name="A")
    b = Profile(municipality="鶴岡市", facility_name="B")
    again = Profile(municipality="仙台市")
    other = Profile(municipality="盛岡市")
    assert repeated_groups([a, b, again], [1, 2, 1]) == [[0, 2], [1]]
    assert repeated_groups([a, b, other], [1, 2, 1]) is None  # another place
    assert repeated_groups([a, b, Profile(facility_name="C")], [1, 2, 1]) is None
    assert repeated_groups([a, b, again], [1, 2, 3]) is None  # no number repeats
    # the first label of a number lost: the repeat joins the one case its place names
    assert repeated_groups([a, b, again, Profile(municipality="鶴岡市")], [1, None, 1, 2]) == [
        [0, 2], [1, 3]
    ]


# --- 2850: a closing table of cases as columns, a case label and name over each ----------

_HEAD_STYLES = [
    lambda n, case: f"事例{n} {case[4]}",
    lambda n, case: f"事例{n}　{case[1]}",
    lambda n, case: f"No.{n} {case[4]}",
]


def _columns_table(head_of, comment: str = "") -> str:
    text = ""
    for n in (1, 2, 3):
        text += _head(n, "事例") + _items(n, "本文")
        if n == 3 and comment:
            text += f"＜{_CASES[2][2]}コメント＞\n{comment}\n\n"
    heads = "\t".join(head_of(n, case) for n, case in enumerate(_CASES, 1))
    text += (
        "３　令和３年度 事業目標と実績\n\n"
        f"\t\t{heads}\n"
        "支援対象者数\t目標\t300人以上\t180人以上\t120人以上\n"
        "\t実績\t342人\t201人\t115人\n"
        "就職率\t目標\t70%以上\t65%以上\t60%以上\n"
        "\t実績\t69.6%\t64.7%\t72.5%\n\n"
    )
    return text


def _actuals(profile: Profile) -> dict[str, object]:
    return {m.key: m.actual.value if m.actual else None for m in profile.metrics}


@pytest.mark.parametrize("head_of", _HEAD_STYLES)
def test_columns_headed_by_label_and_name(head_of) -> None:
    profiles = _profiles(_columns_table(head_of))
    assert len(profiles) == 3
    assert [_actuals(p).get("support_targets") for p in profiles] == [342, 201, 115]


def test_columns_naming_no_case_are_not_read() -> None:
    others = ["盛岡市", "秋田市", "青森市"]
    profiles = _profiles(_columns_table(lambda n, case: f"事例{n + 5}　{others[n - 1]}"))
    # (the last case may read the table under it as its own: the others take nothing)
    assert not profiles[0].metrics and not profiles[1].metrics


@pytest.mark.parametrize("said", ["就職率は７割を超えている。", "就職率は約７割となった。"])
def test_a_rough_figure_in_a_comment_is_restated_by_the_table(said: str) -> None:
    profiles = _profiles(_columns_table(_HEAD_STYLES[0], comment=said))
    assert _actuals(profiles[2]).get("support_targets") == 115


def test_a_rough_figure_the_table_contradicts_keeps_the_case_apart() -> None:
    profiles = _profiles(_columns_table(_HEAD_STYLES[0], comment="就職率は５割を超えている。"))
    assert "support_targets" not in _actuals(profiles[2])


# --- 2852-2853: comments grouped by the speaker's organisation ------------------------

_GROUPS = [
    ("◇自治体から", "◇労働局から", "【{}】"),
    ("■市から", "■労働局から", "＜{}＞"),
    ("◆自治体より", "◆労働局より", "【{}】"),
]


@pytest.mark.parametrize(("cities", "bureaus", "bracket"), _GROUPS)
def test_comments_grouped_by_organisation(cities: str, bureaus: str, bracket: str) -> None:
    text = "".join(_head(n, "事例") + _items(n, "本文") + _table(n) for n in (1, 2, 3))
    text += f"■関係者の声\n\n{cities}\n\n"
    for case in _CASES:
        text += bracket.format(f"{case[1]}福祉課") + "\n窓口が近くなり相談が増えました。\n\n"
    text += f"{bureaus}\n\n"
    for case in _CASES:
        text += bracket.format(case[2]) + "\n市との連携で成果が上がりました。\n\n"
    profiles = _profiles(text)
    assert len(profiles) == 3
    for profile, case in zip(profiles, _CASES, strict=True):
        assert [c.speaker for c in profile.comments] == [f"{case[1]}福祉課", case[2]]
        assert [c.role for c in profile.comments] == ["municipality", "labour_bureau"]


def test_a_group_word_over_its_own_text_stays_a_comment() -> None:
    from jirei.commentgroups import with_speaker_groups
    from jirei.lines import split_lines
    from jirei.sections import K, classifier

    cls = classifier(jirei.rules.DEFAULT_RULES)
    for text in (
        "◇ハローワークから\n\n窓口が近くなり相談が増えました。\n",  # a comment's own text
        "（コメント）市：相談が増えた。\n（コメント）ハローワーク：就職が増えた。\n",  # inline
    ):
        infos = cls.classify_all(split_lines(text))
        assert [i.kind for i in with_speaker_groups(infos)] == [i.kind for i in infos]
        assert K.SECTION not in {i.kind for i in with_speaker_groups(infos)}


def test_a_continuation_right_after_its_case_stays_furniture() -> None:
    # decision 308 unchanged: the case above goes on, the line opens nothing
    text = (
        _head(1, "事例") + _items(1, "本文") + _table(1)
        + _head(2, "事例") + _items(2, "前半") + "２\n\n事例２　鶴岡市（続き）\n\n"
        + _items(2, "後半") + _table(2)
        + _head(3, "事例") + _items(3, "本文") + _table(3)
    )
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == ["仙台市", "鶴岡市", "郡山市"]
    assert len(profiles[1].initiatives) == 4
    assert len(profiles[0].initiatives) == len(profiles[2].initiatives) == 2


@pytest.mark.parametrize("sep", ["\t", "  "])
def test_bureaus_known_from_the_case_list_name_their_comments(sep: str) -> None:
    # the bureaus stand only in the front list: the comments are given out after it (2855)
    rows = [sep.join(["No.", "都道府県・市", "労働局・ハローワーク", "施設名（種別）", "事業開始"])]
    for n, (pref, city, bureau, office, facility, start) in enumerate(_CASES, 1):
        rows.append(sep.join([str(n), pref + city, f"{bureau}・{office}",
                              f"{facility}（一体的実施施設）", start]))
    text = "■掲載事例一覧\n\n" + "\n".join(rows) + "\n\n■各事例の取組\n\n"
    for n, case in enumerate(_CASES, 1):
        text += f"▼事例{n}　{case[1]}\n\n{case[1]}で相談をつなぐ\n\n取組内容\n・合同面談を実施\n\n"
    text += "■事業目標と実績\n\n" + sep.join(["事例", "項目", "目標", "実績"]) + "\n"
    for n, case in enumerate(_CASES, 1):
        text += sep.join([case[1], "支援対象者数", f"{100 * n}人", f"{100 * n + 9}人"]) + "\n"
        text += sep.join(["", "就職者数", f"{50 * n}人", f"{50 * n + 4}人"]) + "\n"
    text += "\n■関係者の声\n\n◇自治体から\n\n"
    for case in _CASES:
        text += f"【{case[1]}福祉課】\n窓口が近くなり相談が増えました。\n\n"
    text += "◇労働局から\n\n"
    for case in _CASES:
        text += f"【{case[2]}】\n市との連携で成果が上がりました。\n\n"
    profiles = _profiles(text)
    assert len(profiles) == 3
    for profile, case in zip(profiles, _CASES, strict=True):
        assert [c.speaker for c in profile.comments] == [f"{case[1]}福祉課", case[2]]
