"""Voices and figures in other shapes, another writer (branch ``voices2-s15``, decisions
3011-3017).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* an interviewer's question after a double dash that closes with a full stop but asks all
  the same (``――今後の目標を教えてください。``, ``――課題は何ですか。``) is no part of the
  answer above it (3011); a subtitle between two dashes stays text;
* ``取組の成果`` (``取組みの成果``, ``取り組みの成果``) heads the results, so its sentences
  are no initiatives (3012);
* a transposed table (rows 目標 / 実績, columns = metrics) split by group, each group's rows
  under a group row (``＜障害者＞``, ``〈ひとり親〉``, ``【生活保護受給者等】``), the header
  row repeated under it or not: every group's metrics are read with its group (3013);
* a web page's back-to-top link ``このページの先頭へ`` is page furniture: no other result and
  no part of the comment above it (3014);
* a results sentence ``label T の目標に対して実績は A`` and ``…となっています。`` (3015);
* an office's name in a header ends at any bracket (``＜局・HW＞``, ``〈〉``, ``《》``; 3016);
* a page number alone at the right margin of a PDF export with no blank line between its
  pages is no right column: the running head beside it stays furniture (3017).
"""

from __future__ import annotations

import unicodedata

import pytest

import jirei

_PLACES = [
    ("香川県", "丸亀市", "香川労働局", "ハローワーク丸亀", "まるがめ就労相談室"),
    ("高知県", "高知市", "高知労働局", "ハローワーク高知", "こうち仕事サポート"),
    ("岩手県", "花巻市", "岩手労働局", "ハローワーク花巻", "はなまき就労ナビ"),
]


def _profiles(text: str):
    return jirei.parse_text(text).profiles


def _case(place: tuple[str, str, str, str, str], results: str, voices: str, tail: str) -> str:
    pref, city, bureau, office, facility = place
    return (
        f"1. {pref}{city}\n\n"
        "福祉と就労をつなぐ窓口で早期就職を後押し\n\n"
        f"所在地：{pref}{city}\n"
        f"労働局：{bureau}\n"
        f"ハローワーク：{office}\n"
        f"施設名：{facility}（一体的実施施設）\n"
        "事業開始：令和2年4月1日\n\n"
        "取組内容\n\n"
        "・福祉窓口からの誘導先を相談室に一本化\n"
        "・市の支援員とハローワーク相談員による合同会議を月1回開催\n\n"
        f"{results}\n"
        f"{voices}\n"
        f"{tail}"
    )


_QUESTIONS = [
    ("――今後の目標を教えてください。", "――連携の効果は何ですか。"),
    ("――今後の課題をお聞かせ下さい。", "――相談件数は増えましたか。"),
    ("――この取組を始めたきっかけは何ですか？", "――利用者の反応を教えてください。"),
]


@pytest.mark.parametrize(("place", "questions"), list(zip(_PLACES, _QUESTIONS, strict=True)))
def test_question_closed_with_a_full_stop_ends_the_answer(
    place: tuple[str, str, str, str, str], questions: tuple[str, str]
) -> None:
    city, office = place[1], place[3]
    voices = (
        "インタビュー\n\n"
        f"{questions[0]}\n"
        f"{city}福祉課：相談の入口が一つになったことです。\n"
        f"{questions[1]}\n"
        f"{office}：就職後の定着支援にも力を入れたいと考えています。\n"
    )
    results = "実績\n\n支援対象者数は120人、就職者数は70人でした。\n"
    (profile,) = _profiles(_case(place, results, voices, ""))
    texts = [c.text for c in profile.comments]
    assert "相談の入口が一つになったことです。" in texts
    assert all("――" not in t and "ですか" not in t for t in texts)


def test_subtitle_between_dashes_is_no_question() -> None:
    place = _PLACES[0]
    voices = (
        "関係者の声\n\n"
        "――地域とともに――\n"
        f"{place[1]}福祉課：相談の入口が一つになったことです。\n"
    )
    results = "実績\n\n支援対象者数は120人、就職者数は70人でした。\n"
    (profile,) = _profiles(_case(place, results, voices, ""))
    assert [c.text for c in profile.comments] == ["相談の入口が一つになったことです。"]


@pytest.mark.parametrize("heading", ["＜取組の成果＞", "【取組みの成果】", "■ 取り組みの成果"])
def test_results_heading_of_the_initiatives(heading: str) -> None:
    place = _PLACES[1]
    results = (
        f"{heading}\n"
        "　令和4年度の支援対象者数は、目標の200人程度に対し215人となった。就職者数は目標"
        "120人以上に対し131人（達成率109.2％）であった。\n"
    )
    (profile,) = _profiles(_case(place, results, "", ""))
    assert len(profile.initiatives) == 2
    assert all("支援対象者数" not in item for item in profile.initiatives)
    labels = [m.label for m in profile.metrics]
    assert "支援対象者数" in labels and "就職者数" in labels


_GROUPS = [
    ("＜生活保護受給者等＞", "＜障害者＞", True),
    ("〈児童扶養手当受給者〉", "〈生活困窮者〉", False),
    ("【生活保護受給者等】", "【ひとり親】", True),
]


@pytest.mark.parametrize(("first", "second", "repeat"), _GROUPS)
def test_transposed_table_split_by_group(first: str, second: str, repeat: bool) -> None:
    header = "\t支援対象者数\t就職者数\t就職率\n"
    results = (
        "事業目標と実績\n\n"
        f"{first}\n{header}目標\t150人\t90人\t60%\n実績\t162人\t101人\t62.3%\n"
        f"{second}\n{header if repeat else ''}目標\t40人\t20人\t50%\n実績\t44人\t23人\t52.2%\n"
    )
    (profile,) = _profiles(_case(_PLACES[2], results, "", ""))
    got = [(m.label, m.group, str(m.actual.value) if m.actual else None) for m in profile.metrics]
    name = unicodedata.normalize("NFKC", second)[1:-1]
    assert ("支援対象者数", name, "44") in got
    assert ("就職率", name, "52.2") in got
    assert len(got) == 6


def test_transposed_table_without_groups_is_read_once() -> None:
    header = "\t支援対象者数\t就職者数\t就職率\n"
    results = f"事業目標と実績\n\n{header}目標\t150人\t90人\t60%\n実績\t162人\t101人\t62.3%\n"
    (profile,) = _profiles(_case(_PLACES[0], results, "", ""))
    assert [m.group for m in profile.metrics] == [None, None, None]


@pytest.mark.parametrize(
    "link", ["このページの先頭へ", "▲このページの先頭へ", "このページのトップへ"]
)
def test_back_to_top_link_is_furniture(link: str) -> None:
    place = _PLACES[0]
    results = (
        "実績\n\n支援対象者数は120人、就職者数は70人でした。\n\n"
        "その他の実績\n\n・就職面接会を2回開催\n"
    )
    voices = f"\n{link}\n"
    (profile,) = _profiles(_case(place, results, voices, ""))
    assert list(profile.other_results) == ["就職面接会を2回開催"]
    voices = (
        "インタビュー\n\n――強みは何ですか？\n"
        f"{place[3]}：同じ流れの支援が受けられることです。\n\n{link}\n"
    )
    (profile,) = _profiles(_case(place, results, voices, ""))
    assert [c.text for c in profile.comments] == ["同じ流れの支援が受けられることです。"]


_SENTENCES = [
    "令和4年度は、支援対象者数300人以上の目標に対して実績は328人（達成率109.3%）、"
    "就職者数は目標195人以上に対して実績207人でした。就職率は63.1%となっています。",
    "支援対象者数２４０人の目標に対し実績が２５２人となりました。",
    "令和3年度は、支援対象者数180人程度の目標に対し実績は191人であった。"
    "就職率は58.0%となっております。",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_target_before_its_word_and_actual_with_a_particle(sentence: str) -> None:
    results = f"実績\n\n{sentence}\n"
    (profile,) = _profiles(_case(_PLACES[1], results, "", ""))
    first = profile.metrics[0]
    assert first.label == "支援対象者数"
    assert first.target is not None and first.actual is not None
    assert first.actual.value > first.target.value
    assert all(not any(ch.isdigit() for ch in m.label) for m in profile.metrics)


def test_label_with_a_figure_and_no_target_word_is_left_as_before() -> None:
    results = "実績\n\n就職者数は207人でした。就職率は63.1%となっています。\n"
    (profile,) = _profiles(_case(_PLACES[1], results, "", ""))
    got = [(m.label, m.target) for m in profile.metrics]
    assert got == [("就職者数", None), ("就職率", None)]


@pytest.mark.parametrize(
    "offices",
    ["＜{b}・{o}＞", "〈{b}・{o}〉", "《{b}・{o}》", "［{b}・{o}］", "〔{b}・{o}〕"],
)
def test_office_name_ends_at_any_bracket(offices: str) -> None:
    pref, city, bureau, office, facility = _PLACES[2]
    results = "実績\n\n支援対象者数は120人、就職者数は70人でした。\n"
    text = _case(_PLACES[0], results, "", "") + (
        f"\n2. {pref}{city}\n\n"
        f"【{pref}{city}】{offices.format(b=bureau, o=office)}\n"
        f"{facility}（一体的実施施設）2019年4月1日事業開始\n\n"
        "福祉と就労をつなぐ窓口で早期就職を後押し\n\n"
        "取組内容\n\n"
        "・福祉窓口からの誘導先を相談室に一本化\n\n"
        "実績\n\n支援対象者数は120人、就職者数は70人でした。\n"
    )
    profile = _profiles(text)[-1]
    assert profile.labour_bureau == bureau
    assert list(profile.hello_work) == [office]


_PAGED_CASES = [
    ("大阪府", "堺市", "大阪労働局", "ハローワーク堺"),
    ("京都府", "宇治市", "京都労働局", "ハローワーク宇治"),
]


@pytest.mark.parametrize(("number", "pad"), [("{n}", 70), ("- {n} -", 64), ("－ {n} －", 40)])
def test_right_margin_page_numbers_with_no_blank_lines_are_no_column(
    number: str, pad: int
) -> None:
    head = "令和２年度 一体的実施事業 取組事例集（近畿ブロック）"
    parts = ["令和２年度\n一体的実施事業 取組事例集\n\n（注）数値は令和３年３月31日現在。\n"]
    for n, (pref, city, bureau, office) in enumerate(_PAGED_CASES, start=1):
        parts.append(
            " " * pad + number.format(n=n) + "\n" + head + "\n"
            f"《{pref}{city}》《{bureau}・{office}》\n"
            f"{city[:-1]}就労支援コーナー（一体的実施施設） 令和元年７月１日事業開始\n"
            "区役所内の常設窓口で生活困窮者を早期就職へ\n"
            "◆取組内容\n"
            "①区役所内に常設の職業相談窓口を設置し、生活保護の申請相談と同じ日に職業相談を実施。\n"
            "◆事業目標と実績\n"
            "＜生活保護受給者等＞\n"
            "\t令和２年度目標\t令和２年度実績\n"
            "支援対象者数\t280人以上\t315人\n"
            "◆その他の取組み\n"
            f"・{city}の就職面接会を年５回開催\n"
        )
    parts.append(" " * pad + number.format(n=3) + "\n" + head + "\n【問合せ先】大阪労働局\n")
    profiles = _profiles("".join(parts))
    assert [p.municipality for p in profiles] == ["堺市", "宇治市"]
    for profile in profiles:
        assert list(profile.other_results) == [f"{profile.municipality}の就職面接会を年5回開催"]
