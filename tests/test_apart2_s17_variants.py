"""Cases whose parts stand apart, a fifth round (branch ``apart2-s17``, decisions 3386-3392).

A case is opened once — by a table column, a chapter's header block, a summary row — and
every later block naming its place is its part:

* a comparison table with the cases as columns, its figure rows naming the role first
  (``目標（支援対象者数）``) or after the metric, over each case's story told after it
  (decisions 3386);
* a booklet by theme, each case re-headed by its place in the results chapter
  (``２－１　事例１　札幌市（…）``) and in the voices chapter (``（１）事例１　札幌市``)
  (decisions 3387-3388);
* a summary row of preliminary figures and a detail table of final ones: the detail is the
  case's (decision 3389); a group row without tabs inside a tab table (decision 3390); a
  results heading closed by ``（令和4年度・確定値）`` (decision 3390).

Written anew with other places, offices, figures, marks and brackets; negative variants must
not move anything.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.lines import Cell, split_lines
from jirei.model import Metric, Profile
from jirei.rules import DEFAULT_RULES
from jirei.sections import classifier


def _profiles(text: str) -> list[Profile]:
    return list(jirei.parse_text(text).profiles)


def _metric(profile: Profile, label: str, group: str | None = None) -> Metric:
    found = [m for m in profile.metrics if m.label == label and m.group == group]
    assert len(found) == 1, [(m.label, m.group) for m in profile.metrics]
    return found[0]


def _value(quantity: object) -> object:
    return None if quantity is None else quantity.value  # type: ignore[attr-defined]


# ---------------------------------------------------------------- columns table (3386)

_ROLE_FIRST = ("目標（{m}）", "実績（{m}）", "達成率（{m}）")
_ROLE_AFTER = ("{m}（目標）", "{m}（実績）", "{m}（達成率）")
_ROLE_OF = ("{m}の目標", "{m}の実績", "{m}の達成率")


def _columns_doc(forms: tuple[str, str, str], sep: str = "\t", label: str = "事例") -> str:
    marks = ("Ｘ", "Ｙ")
    head = sep.join(("項目", *(f"{label}{mark}" for mark in marks)))
    rows = [
        ("所在地", "岐阜県大垣市", "三重県津市"),
        ("施設名", "おおがき就労コーナー", "つ仕事サポート"),
        ("開設日", "平成29年5月8日", "R2.4.1"),
        ("労働局", "岐阜労働局", "三重労働局"),
        ("ハローワーク", "ハローワーク大垣", "ハローワーク津"),
        (forms[0].format(m="支援対象者数"), "150人以上", "90人"),
        (forms[1].format(m="支援対象者数"), "162人", "99人"),
        (forms[2].format(m="支援対象者数"), "108.0%", "110.0%"),
        (forms[0].format(m="就職者数"), "100人", "―"),
        (forms[1].format(m="就職者数"), "104人", "61人"),
        (forms[2].format(m="就職者数"), "104.0%", "―"),
    ]
    table = "\n".join(sep.join(row) for row in rows)
    stories = []
    for mark, place, fac, item, voice in (
        ("Ｘ", "岐阜県大垣市", "おおがき就労コーナー", "市の窓口と毎週ケース会議を開催。",
         "連携が深まった。"),
        ("Ｙ", "三重県津市", "つ仕事サポート", "庁舎内で職業相談を毎日実施。", "利用が増えた。"),
    ):
        stories.append(
            f"{label}{mark}　{place}　{fac}\n\n１　取組内容\n（１）{item}\n\n"
            f"２　その他の取組\n・見学会を３回実施。\n\n"
            f"３　関係者のコメント\n○{place[3:]}福祉課\n{voice}\n"
        )
    return (
        "令和２年度　取組事例集\n\n表１　各事例の概要と実績（令和２年度）\n\n"
        f"{head}\n{table}\n\n※「―」は目標を設定していないもの。\n\n２　各事例の取組\n\n"
        + "\n\n".join(stories)
    )


@pytest.mark.parametrize("forms", [_ROLE_FIRST, _ROLE_AFTER, _ROLE_OF])
@pytest.mark.parametrize("sep", ["\t", " | "])
def test_columns_table_over_stories_gives_each_case_its_figures_and_story(
    forms: tuple[str, str, str], sep: str
) -> None:
    profiles = _profiles(_columns_doc(forms, sep))
    assert [p.municipality for p in profiles] == ["大垣市", "津市"]
    first, second = profiles
    support = _metric(first, "支援対象者数")
    assert (_value(support.target), _value(support.actual)) == (150, 162)
    assert str(support.achievement_rate) == "108.0"
    employed = _metric(second, "就職者数")
    assert (employed.target, _value(employed.actual), employed.achievement_rate) == (
        None, 61, None,
    )
    assert first.initiatives == ("市の窓口と毎週ケース会議を開催。",)
    assert second.other_results == ("見学会を3回実施。",)
    assert [c.text for c in second.comments] == ["利用が増えた。"]
    assert first.labour_bureau == "岐阜労働局"


def test_columns_table_with_items_stays_a_sheet() -> None:
    """Negative: a sheet whose columns hold items of their own is the cases, not their
    overview (the stories after it are not read as cases over it)."""
    text = (
        "項目\t事例１\t事例２\n所在地\t岐阜県大垣市\t三重県津市\n"
        "取組内容\t窓口を週３回開設\t出張相談を実施\n"
        "支援対象者数（目標）\t150人\t90人\n支援対象者数（実績）\t162人\t99人\n"
    )
    profiles = _profiles(text)
    assert [p.initiatives for p in profiles] == [("窓口を週3回開設",), ("出張相談を実施",)]
    assert _value(_metric(profiles[0], "支援対象者数").target) == 150
    assert _value(_metric(profiles[1], "支援対象者数").actual) == 99


def test_role_heads_need_two_roles_of_one_metric() -> None:
    """Negative: a lone ``就職率（実績）`` head folds nothing (read as before)."""
    from jirei.tables.rolefold import role_heads

    heads = [Cell("就職率(実績)", 0, 7), Cell("施設名", 8, 11)]
    assert role_heads(heads, DEFAULT_RULES) == {}
    heads = [Cell("目標(就職者数)", 0, 8), Cell("実績(就職者数)", 9, 17)]
    assert sorted(role for _, role in role_heads(heads, DEFAULT_RULES).values()) == [
        "actual", "target",
    ]


# ---------------------------------------------------------------- theme chapters (3387-3388)


def _theme_doc(results_head: str, voices_head: str) -> str:
    cases = (
        (1, "宮城県", "石巻市", "宮城労働局", "ハローワーク石巻", "いしのまき就労ナビ",
         "令和元年6月3日", "港町の求人を重点開拓", "220人以上", "236人"),
        (2, "山形県", "酒田市", "山形労働局", "ハローワーク酒田", "さかた就労プラザ",
         "平成30年4月2日", "ひとり親の出張相談を新設", "140人", "151人"),
        (3, "秋田県", "横手市", "秋田労働局", "ハローワーク横手", "よこて仕事センター",
         "平成29年7月3日", "農業法人と連携した職場体験", "90人", "97人"),
    )
    first = ["第１章　取組の工夫\n"]
    second = ["第２章　成果\n"]
    third = ["第３章　関係者の声\n"]
    for n, pref, city, bureau, office, fac, start, title, target, actual in cases:
        first.append(
            f"■ 事例{n}\n\n【{pref}{city}】【{bureau}・{office}】\n"
            f"{fac}（一体的実施施設）　{start}事業開始\n\n{title}\n\n【取組内容】\n"
            f"・{city}の窓口で初回面談を実施。\n"
        )
        second.append(
            results_head.format(n=n, city=city, fac=fac)
            + f"\n\n\t目標\t実績\n支援対象者数\t{target}\t{actual}\n\n"
            f"その他の実績\n・{city}で面接会を{n}回開催。\n"
        )
        third.append(
            voices_head.format(n=n, city=city, fac=fac)
            + f"\n\n＜{city}福祉課＞\n{city}の相談が増えた。\n\n"
            f"＜{office}＞\n求人提案が早くなった。\n"
        )
    return "令和３年度　好事例集\n\n" + "\n\n".join(first + second + third) + "\n\nお問い合わせ先\n"


@pytest.mark.parametrize(
    ("results_head", "voices_head"),
    [
        ("２－{n}　事例{n}　{city}（{fac}）", "（{n}）事例{n}　{city}"),
        ("{n}. 事例{n}　{city}", "■{city}"),
        ("第２章－{n}　{city}の成果", "【事例{n}　{city}】"),
        ("２－{n}　{fac}", "（{n}）{fac}"),  # the facility named, not the place
        ("■{fac}の成果", "＜{fac}＞"),
    ],
)
def test_theme_chapters_join_each_case_by_its_place(results_head: str, voices_head: str) -> None:
    profiles = _profiles(_theme_doc(results_head, voices_head))
    assert [p.municipality for p in profiles] == ["石巻市", "酒田市", "横手市"]
    for profile, (target, actual) in zip(
        profiles, ((220, 236), (140, 151), (90, 97)), strict=True
    ):
        support = _metric(profile, "支援対象者数")
        assert (_value(support.target), _value(support.actual)) == (target, actual)
        city = profile.municipality
        number = profiles.index(profile) + 1
        assert profile.other_results == (f"{city}で面接会を{number}回開催。",)
        assert next(c.speaker for c in profile.comments) == f"{city}福祉課"


def test_a_later_case_of_another_facility_in_the_same_city_stays_a_case() -> None:
    """Negative: a second case naming an earlier case's city with a facility of its own is
    another case, not a part."""
    from jirei.reopenedcases import reopened_cases

    told = ("窓口で初回面談を実施。",)
    one = Profile(municipality="石巻市", facility_name="いしのまき就労ナビ", initiatives=told)
    two = Profile(municipality="酒田市", facility_name="さかた就労プラザ", initiatives=told)
    again = Profile(municipality="石巻市", facility_name="いしのまき第二窓口")
    part = Profile(municipality="石巻市")
    assert reopened_cases([one, two, again]) == frozenset()
    assert reopened_cases([one, two, part]) == frozenset({2})
    assert reopened_cases([one, two]) == frozenset()
    # a case read with no place, its opening line naming one earlier case's facility
    keys = [{"石巻市", "いしのまき就労ナビ"}, {"酒田市", "さかた就労プラザ"}]
    heads = [(), (), ("いしのまき就労ナビ",)]
    assert reopened_cases([one, two, Profile()], heads, keys) == frozenset({2})
    assert reopened_cases([one, two, Profile()], [(), (), ("別の窓口",)], keys) == frozenset()
    # a header block over the case told later: the later case is the case, not a part
    bare = Profile(municipality="石巻市", facility_name="いしのまき就労ナビ")
    assert reopened_cases([bare, two, Profile(municipality="石巻市", initiatives=told)]) == (
        frozenset()
    )


def test_heading_keys_read_a_section_number_before_the_case_label() -> None:
    from jirei.gatheredparts import heading_keys

    assert heading_keys("2-1 事例1 札幌市(ジョブサポートしろいし)") == ("札幌市",)
    assert heading_keys("3-2 事例2 旭川市") == ("旭川市",)
    assert heading_keys("第2章 成果") == ()


# ---------------------------------------------------------------- summary and detail (3389-3390)


def _twice_doc(detail: str, summary_rate: str = "62.0%") -> str:
    return (
        "■令和4年度 取組実績の概要（速報値）\n\n"
        "No.\t施設名\t所在地\t支援対象者数\t就職者数\t就職率\n"
        f"1\tとやま就労センター\t富山県富山市\t300人\t186人\t{summary_rate}\n"
        "2\tたかおか仕事ひろば\t富山県高岡市\t120人\t80人\t66.7%\n\n"
        "1. 富山県富山市（富山労働局／ハローワーク富山）\n\n"
        "施設名：とやま就労センター（一体的実施施設）\n事業開始：平成29年4月3日\n\n"
        "■取組内容\n● 市の窓口で職業相談を実施。\n\n"
        f"{detail}\n\n"
        "2. 富山県高岡市（富山労働局／ハローワーク高岡）\n\n"
        "施設名：たかおか仕事ひろば（一体的実施施設）\n事業開始：令和2年4月1日\n\n"
        "■取組内容\n● 出張相談を月1回実施。\n\n※実績は冒頭の概要表をご覧ください。\n"
    )


@pytest.mark.parametrize(
    "detail",
    [
        "■事業目標と実績（令和4年度・確定値）\n\n区分\t目標\t実績\n"
        "支援対象者数\t280人\t305人\n就職者数\t170人\t190人",
        "■事業目標と実績（令和4年度・確定値）\n・支援対象者数：目標 280人 → 実績 305人\n"
        "・就職者数：目標 170人 → 実績 190人",
        "■実績（確定値）\n\n区分\t目標\t実績\n支援対象者数\t280人\t305人\n就職者数\t170人\t190人",
    ],
)
def test_a_detail_section_supersedes_the_summary_row(detail: str) -> None:
    first, second = _profiles(_twice_doc(detail))
    assert sorted(m.label for m in first.metrics) == ["就職者数", "支援対象者数"]
    assert _value(_metric(first, "支援対象者数").actual) == 305
    # a case with no detail keeps its summary row
    assert _value(_metric(second, "支援対象者数").actual) == 120
    assert _value(_metric(second, "就職率").actual) is not None


def test_group_rows_without_tabs_inside_a_tab_table() -> None:
    detail = (
        "■事業目標と実績（令和4年度・確定値）\n\n区分\t目標\t実績\n【生活保護受給者】\n"
        "支援対象者数\t200人\t210人\n就職者数\t120人\t126人\n＜障害者＞\n"
        "支援対象者数\t80人\t75人\n就職者数\t50人\t55人"
    )
    first, _ = _profiles(_twice_doc(detail))
    assert _value(_metric(first, "支援対象者数", "生活保護受給者").actual) == 210
    assert _value(_metric(first, "就職者数", "障害者").actual) == 55
    assert not any(m.group is None for m in first.metrics)
    assert "事業目標と実績(令和4年度・確定値)" not in first.initiatives


def test_a_bracketed_line_outside_a_table_stays_as_read() -> None:
    """Negative: a group-like line with a table row only on one side is not a row."""
    lines = split_lines("【生活保護受給者】\n支援対象者数\t200人\t210人\n")
    infos = classifier(DEFAULT_RULES).classify_all(lines)
    assert infos[0].kind.name != "TABLE"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("■事業目標と実績（令和4年度・確定値）", "results"),
        ("■事業目標と実績(令和4年度・速報値)", "results"),
        ("【実績】（令和３年度・見込み）", "results"),
        ("実績の推移（平成28年度・四半期別）", None),
        ("■事業目標と実績（令和4年度・新潟市）", None),
    ],
)
def test_a_year_and_a_note_closing_a_results_heading(heading: str, kind: str | None) -> None:
    import unicodedata

    from jirei.headings import variant_kind

    assert variant_kind(unicodedata.normalize("NFKC", heading), DEFAULT_RULES) == kind
