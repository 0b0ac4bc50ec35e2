"""Cases whose parts do not stand together, a second round (branch ``apart2-s16``,
decisions 3176-3190).

A layout of holdout137, written here anew with other places, facilities, figures, marks
and separators: a front overview of one block of ``key：value`` lines per case under a
bare label (``● 事例１``), the stories after them keyed by the case's NAME, not its label
(``■ 秋田市の取組``), one story broken off and continued after another case under its
name and a continuation note (``■ 秋田市の取組（２ページからの続き）``).

* each block stands as a case of its own and joins the story naming its city (3176);
* a part heading standing right over the next case's catch phrase heads that case (3177);
* a continued part's name loses its heading tail (``秋田市の取組`` → ``秋田市``) and joins
  the case its earlier parts joined (3178).

Negative variants: blocks whose label the stories repeat (``【事例１】`` again) are read
as before (decision 2575); a labelled card over a catch phrase and a section is one case.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.model import Profile

_CASES = [
    ("秋田県", "秋田市", "秋田労働局", "ハローワーク秋田", "あきた就労支援ひろば",
     "平成29年7月3日", "2017-07-03"),
    ("山形県", "山形市", "山形労働局", "ハローワーク山形", "やまがた仕事サポート室",
     "令和元年10月1日", "2019-10-01"),
    ("青森県", "八戸市", "青森労働局", "ハローワーク八戸", "はちのへ就職相談コーナー",
     "平成３１年１月７日", "2019-01-07"),
]  # fmt: skip

#: how a block's label is written (a bare label alone on its line)
_LABELS = ["● 事例{n}", "■事例{n}", "◆ 事例{n}", "【事例{n}】"]
#: how a block's key and value are separated
_SEPS = ["：", ":", "　"]
#: how a story is headed by the case's name
_STORY_HEADS = ["■ {city}の取組", "◆{city}の取組み", "【{city}の取組】"]


def _profiles(text: str) -> list[Profile]:
    return list(jirei.parse_text(text).profiles)


def _block(n: int, label: str, sep: str) -> str:
    pref, city, bureau, office, facility, start, _ = _CASES[n]
    return (
        label.format(n=n + 1) + "\n"
        f"自治体{sep}{pref}{city}\n"
        f"労働局・ハローワーク{sep}{bureau}／{office}\n"
        f"施設名{sep}{facility}（一体的実施施設）\n"
        f"事業開始{sep}{start}\n\n"
    )


def _story(n: int, head: str, *, split: bool = False) -> str:
    city = _CASES[n][1]
    text = (
        head.format(city=city) + "\n\n"
        f"{city}の窓口で福祉と仕事の相談をひとつに\n\n"
        "［取組内容］\n"
        f"・{city}の相談員と就職支援ナビゲーターが毎週打合せを実施\n"
        "・来所者の同意を得て支援記録を共有\n\n"
    )
    if split:
        return text + "（４ページへつづく）\n\n"
    return text + "［その他の実績］\n" f"・{city}内で就職面接会を{n + 2}回開催\n\n"


def _continued(n: int, head: str) -> str:
    city = _CASES[n][1]
    return (
        head.format(city=city + "の取組（２ページからの続き）").replace("の取組の取組", "の取組")
        + "\n\n［取組内容］（続き）\n"
        f"・{city}の区役所で月に一度の出張相談を実施\n\n"
        "［その他の実績］\n"
        "・出張相談から１５人が就職\n\n"
    )


def _document(label: str, sep: str, head: str) -> str:
    return (
        "東北地域の一体的実施の取組（令和５年度）\n\n"
        "＜１＞　拠点の基本情報\n\n"
        + "".join(_block(n, label, sep) for n in range(3))
        + "＜２＞　取組の概要\n\n"
        + _story(0, head, split=True)
        + _story(1, head)
        + _continued(0, "■ {city}")
        + _story(2, head)
    )


def _by_city(profiles: list[Profile]) -> dict[str | None, Profile]:
    return {p.municipality: p for p in profiles}


@pytest.mark.parametrize("label", _LABELS)
@pytest.mark.parametrize("sep", _SEPS)
@pytest.mark.parametrize("head", _STORY_HEADS)
def test_blocks_join_the_stories_naming_their_city(label: str, sep: str, head: str) -> None:
    profiles = _profiles(_document(label, sep, head))
    assert len(profiles) == 3
    cities = _by_city(profiles)
    for pref, city, bureau, office, facility, _, iso in _CASES:
        case = cities[city]
        assert case.prefecture == pref
        assert case.labour_bureau == bureau
        assert case.hello_work == (office,)
        assert case.facility_name == facility
        assert case.start_date is not None and case.start_date.isoformat() == iso
        assert any(f"{city}の相談員" in item for item in case.initiatives)


def test_continued_part_joins_its_case_only() -> None:
    profiles = _profiles(_document("● 事例{n}", "：", "■ {city}の取組"))
    cities = _by_city(profiles)
    akita, yamagata = cities["秋田市"], cities["山形市"]
    assert any("出張相談を実施" in item for item in akita.initiatives)
    assert "出張相談から15人が就職" in akita.other_results
    assert not any("出張相談" in item for item in yamagata.initiatives)
    assert not any("出張相談" in item for item in yamagata.other_results)


def test_catch_phrase_under_the_part_heading_is_the_case_s_story() -> None:
    """The last story's heading stands over its catch phrase: its items are its case's."""
    profiles = _profiles(_document("■事例{n}", ":", "◆{city}の取組み"))
    hachinohe = _by_city(profiles)["八戸市"]
    assert any("八戸市の相談員" in item for item in hachinohe.initiatives)
    assert "八戸市内で就職面接会を4回開催" in hachinohe.other_results


def test_blocks_whose_label_the_stories_repeat_join_by_number() -> None:
    """Negative: the stories repeat the blocks' labels: the overview reader of decision
    2575 joins them, each story keeps its own case's facts."""
    text = (
        "掲載事例の概要\n\n"
        + "".join(_block(n, "【事例{n}】", "　") for n in range(3))
        + "".join(
            _story(n, "【事例{n}】".replace("{n}", str(n + 1))).replace("［", "＜").replace(
                "］", "＞"
            )
            for n in range(3)
        )
    )
    profiles = _profiles(text)
    assert len(profiles) == 3
    for profile, (_, city, _, _, facility, _, _) in zip(profiles, _CASES, strict=True):
        assert profile.municipality == city
        assert profile.facility_name == facility
        assert any(f"{city}の相談員" in item for item in profile.initiatives)


def test_a_labelled_card_over_its_story_is_one_case() -> None:
    """Negative: a label, its fields, then the catch phrase and a section — one case, not
    a block cut off from its story."""
    text = "".join(
        _block(n, "● 事例{n}", "：").rstrip("\n")
        + "\n\n"
        + _story(n, "{city}").split("\n\n", 1)[1]
        for n in range(3)
    )
    profiles = _profiles(text)
    assert len(profiles) == 3
    for profile, (_, city, _, _, facility, _, _) in zip(profiles, _CASES, strict=True):
        assert profile.facility_name == facility
        assert any(f"{city}の相談員" in item for item in profile.initiatives)


def _closing(sep: str = "\t") -> str:
    rows = []
    for n, (_, city, *_rest) in enumerate(_CASES):
        rows.append(sep.join([city, "支援対象者数", f"{300 + 40 * n}人", f"{320 + 40 * n}人"]))
        rows.append(sep.join(["", "就職者数", f"{150 + 20 * n}人", f"{171 + 20 * n}人"]))
    voices = "".join(
        f"◇{city}福祉部\n{city}の窓口で相談が途切れなくなった。\n\n"
        for _, city, *_rest in _CASES
    ) + "".join(
        f"◇{bureau}\n{city}との連携が定着した。\n\n" for _, city, bureau, *_rest in _CASES
    )
    return (
        "＜３＞　令和５年度　事業目標と実績\n\n"
        + sep.join(["自治体", "項目", "目標", "実績"]) + "\n"
        + "\n".join(rows)
        + "\n\n＜４＞　関係者の声\n\n"
        + voices
    )


@pytest.mark.parametrize("head", _STORY_HEADS)
def test_closing_table_and_voices_reach_the_cases_their_parts_joined(head: str) -> None:
    """The closing table names each city on its first row only; the voices' speakers name
    the cities: every case gets its own rows and voices (decision 3180)."""
    profiles = _profiles(_document("● 事例{n}", "：", head) + _closing())
    assert len(profiles) == 3
    cities = _by_city(profiles)
    for n, (_, city, bureau, *_rest) in enumerate(_CASES):
        case = cities[city]
        figures = {(m.label, m.actual.value if m.actual else None) for m in case.metrics}
        assert figures == {("支援対象者数", 320 + 40 * n), ("就職者数", 171 + 20 * n)}
        assert [c.speaker for c in case.comments] == [f"{city}福祉部", bureau]


#: how a comparison table's column head letters its case, and how the story repeats it
_LETTERED = [
    ("事例Ａ", "事例Ｂ", "事例Ｃ"),
    ("事例A", "事例B", "事例C"),
    ("ケースａ", "ケースｂ", "ケースｃ"),
]


@pytest.mark.parametrize("heads", _LETTERED)
def test_lettered_column_heads_join_the_stories_they_letter(heads: tuple[str, ...]) -> None:
    """A front comparison table, one column a case headed by a letter, the stories keyed
    by the same letters: each column joins its story (decision 3181)."""
    rows = [
        ["項目", *heads],
        ["県・市", *(p + c for p, c, *_ in _CASES)],
        ["労働局", *(c[2] for c in _CASES)],
        ["ハローワーク", *(c[3] for c in _CASES)],
        ["施設名", *(c[4] for c in _CASES)],
        ["事業開始", *(c[5] for c in _CASES)],
    ]
    stories = "".join(
        f"{head}\n\n{city}の窓口で福祉と仕事の相談をひとつに\n\n◎取組の内容\n"
        f"①{city}の相談員と就職支援ナビゲーターが毎週打合せを実施\n②来所者の同意を得て支援記録を共有\n\n"
        for head, (_, city, *_rest) in zip(heads, _CASES, strict=True)
    )
    text = (
        "Ⅰ　事例の基本情報\n\n" + "\n".join("\t".join(r) for r in rows)
        + "\n\nⅡ　各事例の取組\n\n" + stories
    )
    profiles = _profiles(text)
    assert len(profiles) == 3
    for profile, (pref, city, bureau, _, facility, _, _) in zip(profiles, _CASES, strict=True):
        assert (profile.prefecture, profile.municipality) == (pref, city)
        assert profile.facility_name == facility
        assert profile.labour_bureau == bureau
        assert any(f"{city}の相談員" in item for item in profile.initiatives)


def test_a_head_with_two_letters_numbers_no_case() -> None:
    """Negative: ``AB``-like heads (two letters) give no number."""
    from jirei.tables.caselist import _head_number

    assert _head_number("事例Ｂ") == 2
    assert _head_number("事例AB") is None
    assert _head_number("No.3") == 3


#: a continuation note heading a page, and how the list's items are marked
_PAGE_NOTES = ["（前頁より）", "【前ページからの続き】", "〔前頁から続く〕", "（続き）"]
_ITEM_MARKS = [("①", "②", "③"), ("１．", "２．", "３．"), ("・", "・", "・")]


def _paged(note: str, marks: tuple[str, ...], *, page_break: bool = True) -> str:
    _, city, bureau, office, facility, start, _ = _CASES[0]
    brk = "\n\n- 3 -\n\n" + (f"{note}\n" if note else "") if page_break else f"\n\n{note}\n"
    return (
        f"【{_CASES[0][0]}{city}】【{bureau}・{office}】\n"
        f"{facility}（一体的実施施設）　{start}事業開始\n\n"
        f"{city}の窓口で福祉と仕事の相談をひとつに\n\n"
        "【取組内容】\n"
        f"{marks[0]}{city}の相談員と就職支援ナビゲーターが毎週打合せを実施\n\n"
        "【その他の実績】\n"
        f"{marks[0]}就職面接会を２回開催"
        + brk
        + f"{marks[1]}出張相談を８日間実施\n{marks[2]}合同ケース検討を開始\n\n- 4 -\n"
    )


@pytest.mark.parametrize("note", _PAGE_NOTES)
@pytest.mark.parametrize("marks", _ITEM_MARKS)
def test_a_list_goes_on_under_a_page_s_continuation_note(
    note: str, marks: tuple[str, ...]
) -> None:
    """A list broken by a page break and resumed under ``（前頁より）``: the items after
    the note are the same list's, the note no item (decision 3182)."""
    (profile,) = _profiles(_paged(note, marks))
    assert list(profile.other_results) == [
        "就職面接会を2回開催", "出張相談を8日間実施", "合同ケース検討を開始",
    ]


@pytest.mark.parametrize("head", _STORY_HEADS)
@pytest.mark.parametrize("label", ["● 事例{n}", "【事例{n}】"])
def test_the_story_s_catch_phrase_titles_the_block_s_case(head: str, label: str) -> None:
    """The catch phrase under ``■ 秋田市の取組`` is the title of the case the block opened,
    the part heading and a continued part's heading are none (decision 3183)."""
    profiles = _profiles(_document(label, "：", head))
    for _, city, *_rest in _CASES:
        assert _by_city(profiles)[city].title == f"{city}の窓口で福祉と仕事の相談をひとつに"
