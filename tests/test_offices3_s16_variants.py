"""The genre as different offices publish it, a third round (branch ``offices3-s16``,
decisions 3236-3250).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, items and figures), with negative variants that must not trigger it:

* a banner's rule — one mark repeated along the whole line (``■■■■■■``, ``◆◆◆◆◆◆``,
  ``＊＊＊＊＊＊``, ``======``) — is drawing, never a list item nor a comment's text (3236);
* a cover over a contents table whose notes are ``※`` / ``(注)`` lines is front matter,
  not a case: the notes are the editor's, no case material (3237);
* a catch phrase behind a headline mark (``▶``, ``◆``, ``►``) is the headline even where it
  closes on a quote (``…「ワンフロア支援」``) (3238);
* a marked line naming a place alone under a comments section (``○松山市`` over its
  speech) is a speaker, not the next case's header (3239).
"""

from __future__ import annotations

import pytest

import jirei
from jirei.sections import classifier

_CASES = [
    ("岐阜労働局", "大垣市", "ハローワーク大垣", "おおがき就労ひろば", "駅前の窓口で就職まで", 130),
    ("岐阜労働局", "関市", "ハローワーク関", "せき仕事コーナー", "刃物のまちの伴走支援", 64),
    ("三重労働局", "津市", "ハローワーク津", "つしごとコーナー", "小さな窓口の伴走支援", 55),
]


def _collection(
    mark: str = "■",
    sep: str = "\t",
    note: str = "※",
    section: str = "［{}］",
    label: str = "No.{n}　{city}（{office}）",
    headline: str = "　▶ {title}",
    speaker: str = "　　○{city}福祉部",
) -> str:
    """A bureau collection: cover, contents table with notes, cases under bureau banners."""
    out = ["東海ブロック", "一体的実施事業　取組事例集", "（令和5年度実績）", "",
           "岐阜労働局　三重労働局", "", "令和6年7月", "", "", "目　次", ""]
    out.append(sep.join(["No.", "労働局", "自治体", "施設名", "掲載頁"]))
    for n, (bureau, city, _office, name, _title, _figure) in enumerate(_CASES, 1):
        out.append(sep.join([str(n), bureau, city, name, str(n + 1)]))
    out += ["", f"{note}愛知労働局管内の事例は、別冊に掲載しています。",
            f"{note}津市の事例は、令和5年度の取りまとめ中です。", "", ""]
    banner = None
    for n, (bureau, city, office, name, title, figure) in enumerate(_CASES, 1):
        if bureau != banner:
            out += [mark * 24, f"　{bureau}", mark * 24, ""]
            banner = bureau
        out += [label.format(n=n, city=city, office=office), "",
                f"　施設：{name}（一体的実施施設）", "　開始：令和2年4月1日", "",
                headline.format(title=title), "",
                "　" + section.format("取組のポイント"),
                f"　　1. {city}の福祉課と同じフロアに窓口を設置。", "",
                "　" + section.format("令和5年度　実績"),
                f"　　就職者数　　　　{figure}人", "",
                "　" + section.format("関係機関から"),
                speaker.format(city=city), "　　　相談が増えました。",
                f"　　○{bureau}", "　　　目標を達成しました。", "", ""]
    return "\n".join(out) + "\n"


def _profiles(text: str) -> list[jirei.Profile]:
    return list(jirei.parse_text(text).profiles)


@pytest.mark.parametrize("mark", ["■", "◆", "＊", "＝", "●", "★"])
@pytest.mark.parametrize("sep", ["\t", "　　", " | "])
def test_cover_and_contents_are_no_case(mark: str, sep: str) -> None:
    profiles = _profiles(_collection(mark=mark, sep=sep))
    assert [p.municipality for p in profiles] == ["大垣市", "関市", "津市"]
    assert [p.facility_name for p in profiles] == [c[3] for c in _CASES]
    assert [[m.actual.value for m in p.metrics] for p in profiles] == [[130], [64], [55]]


@pytest.mark.parametrize("note", ["※", "(注)", "※ "])
@pytest.mark.parametrize("section", ["［{}］", "【{}】", "＜{}＞"])
def test_contents_notes_are_no_case_material(note: str, section: str) -> None:
    profiles = _profiles(_collection(note=note, section=section))
    assert len(profiles) == 3
    assert profiles[0].initiatives == ("大垣市の福祉課と同じフロアに窓口を設置。",)


@pytest.mark.parametrize("mark", ["■", "◆", "＊"])
def test_banner_rule_is_no_item(mark: str) -> None:
    profiles = _profiles(_collection(mark=mark))
    for profile in profiles:
        texts = list(profile.initiatives) + list(profile.other_results)
        texts += [c.text for c in profile.comments] + [u.text for u in profile.unclassified]
        assert not any(mark * 3 in text for text in texts)
    assert [p.labour_bureau for p in profiles] == [c[0] for c in _CASES]


def test_short_mark_runs_and_marked_lines_stay() -> None:
    """Negative: a mark repeated a few times, or marks around words, is no rule."""
    furniture = classifier(jirei.DEFAULT_RULES).is_listed_furniture
    assert furniture("■■■■■■■■") and furniture("◆◆◆◆◆◆◆◆◆◆") and furniture("●●●●●●")
    assert not furniture("■■■")
    assert not furniture("■■■ 就職者数 ■■■")
    assert not furniture("★★★★★★ 取組のポイント")
    assert not furniture("■◆■◆■◆■◆")


def test_a_first_case_with_items_is_kept() -> None:
    """Negative: a first block with no header whose body holds a real list item is a case."""
    text = _collection().replace(
        "※愛知労働局管内の事例は、別冊に掲載しています。",
        "・市と合同の面接会を開き、12人が就職。",
    )
    assert len(_profiles(text)) == 4


@pytest.mark.parametrize("mark", ["▶ ", "◆", "► ", "▷"])
@pytest.mark.parametrize(
    "title", ["同じ窓口で支える「ワンフロア支援」", "『顔の見える』支援", "相談から就職まで"]
)
def test_marked_headline_closing_on_a_quote(mark: str, title: str) -> None:
    text = _collection(headline="　" + mark + title.replace("{", "{{").replace("}", "}}"))
    profiles = _profiles(text)
    assert [p.title for p in profiles] == [title] * 3
    assert all(title not in p.initiatives for p in profiles)


def test_marked_sentence_is_no_headline() -> None:
    """Negative: a sentence behind the mark is no catch phrase."""
    text = _collection(headline="　▶ 市と共同で窓口を設置しました。")
    assert all(p.title != "市と共同で窓口を設置しました。" for p in _profiles(text))


@pytest.mark.parametrize("speaker", ["　　○{city}", "　　・{city}", "　　◇{city}", "○{city}"])
def test_bare_city_speaker_stays_in_its_case(speaker: str) -> None:
    profiles = _profiles(_collection(speaker=speaker))
    assert [p.municipality for p in profiles] == ["大垣市", "関市", "津市"]
    assert [[c.speaker for c in p.comments] for p in profiles] == [
        [city, bureau] for bureau, city, *_ in _CASES
    ]
    assert [p.facility_name for p in profiles] == [c[3] for c in _CASES]
