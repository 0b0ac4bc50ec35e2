"""A prose summary's cases by another writer (branch ``offices2-s14``, decisions 2831-2845).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a partner line (place with its bureau or office) over ONE paragraph written on one line
  (a summary copied from a word processor, no hard wraps) opens its case like one over
  several lines does (2831);
* ``…「name」（kind）を設け、…`` opens a prose case: the start verb continuing its sentence
  (2832).
"""

from __future__ import annotations

import jirei

# --------------------------------------------------------------------------------------
# a partner line over a paragraph on one line (2831)

_PARAS = [
    (
        "長崎県", "佐世保市", "長崎労働局", "ハローワーク佐世保", "させぼ就労支援ルーム",
        "平成27年7月1日", "412人", "265人",
    ),
    (
        "大分県", "別府市", "大分労働局", "ハローワーク別府", "べっぷしごと相談コーナー",
        "平成28年2月1日", "233人", "141人",
    ),
    (
        "宮崎県", "都城市", "宮崎労働局", "ハローワーク都城", "みやこのじょう就労サポート",
        "平成26年10月6日", "305人", "198人",
    ),
]


def _paragraph(city: str, office: str, name: str, day: str, targets: str, employed: str) -> str:
    """One paragraph; the first case names its facility with no start word the prose
    readers know (``窓口を置いて``), so only its partner line can open it."""
    if city == _PARAS[0][1]:
        return (
            f"　{city}と{office}は、{day}以降、市役所内に窓口を置いて就労支援を行っている。"
            f"平成28年度の支援対象者数は{targets}、就職者数は{employed}となり、窓口の利用は"
            f"着実に増えている。市の担当者との打合せを毎月行い、支援の進め方を共有している。"
        )
    return (
        f"　{city}と{office}は、{day}から市役所内に「{name}」（一体的実施施設）を設置し、"
        f"福祉事務所からの誘導を受けて就労支援を行っている。平成28年度の支援対象者数は"
        f"{targets}、就職者数は{employed}となり、窓口の利用は着実に増えている。"
        f"市の担当者との打合せを毎月行い、支援の進め方を共有している。"
    )


def _summary(head: str) -> str:
    """Three cases, each a partner line in the form ``head`` over one paragraph."""
    out = (
        "平成２８年度　一体的実施の状況\n\n"
        "１　概況\n　管内の施設は計12か所である。\n\n２　事例\n\n"
    )
    for number, (pref, city, bureau, office, name, day, targets, employed) in enumerate(
        _PARAS, 1
    ):
        out += head.format(n=number, pref=pref, city=city, bureau=bureau, office=office)
        out += "\n" + _paragraph(city, office, name, day, targets, employed) + "\n\n"
    return out + "３　今後の取組\n　引き続き周知に努める。\n\n以上\n"


def _cities(text: str) -> list[str | None]:
    return [p.municipality for p in jirei.parse_text(text).profiles]


def test_bracketed_partner_line_over_one_paragraph() -> None:
    text = _summary("（{n}）{pref}{city}（{bureau}／{office}）")
    assert _cities(text) == ["佐世保市", "別府市", "都城市"]


def test_partner_line_with_a_cross_and_slashes() -> None:
    text = _summary("{pref}{city} × {bureau} ／ {office}")
    assert _cities(text) == ["佐世保市", "別府市", "都城市"]


def test_case_label_partner_line_with_middle_dots() -> None:
    text = _summary("事例{n}　{city}・{bureau}・{office}")
    profiles = jirei.parse_text(text).profiles
    assert [p.municipality for p in profiles] == ["佐世保市", "別府市", "都城市"]
    assert [p.facility_name for p in profiles][1:] == [
        "べっぷしごと相談コーナー", "みやこのじょう就労サポート"
    ]


def test_first_case_keeps_its_own_figures() -> None:
    text = _summary("（{n}）{pref}{city}（{bureau}／{office}）")
    first = jirei.parse_text(text).profiles[0]
    actual = {m.label: m.actual.value for m in first.metrics if m.actual}
    assert actual.get("支援対象者数") == 412


def test_short_figure_line_is_no_paragraph() -> None:
    """A partner line over one short line with a figure (a table row) opens no case."""
    text = (
        "一体的実施の実績一覧\n\n"
        "佐世保市（長崎労働局／ハローワーク佐世保）\n支援対象者数412人\n\n"
        "別府市（大分労働局／ハローワーク別府）\n支援対象者数233人\n\n"
    )
    from jirei.normalise import normalise
    from jirei.partnerlines import partner_lines
    from jirei.rules import DEFAULT_RULES
    from jirei.segment import segment

    seg = segment(normalise(text, DEFAULT_RULES).text, DEFAULT_RULES)
    assert partner_lines(seg.lines, DEFAULT_RULES) == []


def test_long_line_without_sentence_is_no_paragraph() -> None:
    """A long line with no sentence end (a run of names) is no paragraph."""
    from jirei.partnerlines import _paragraph

    assert not _paragraph("佐世保市・別府市・都城市" * 10)
    assert _paragraph(_paragraph_text())


def _paragraph_text() -> str:
    return _paragraph("佐世保市", "ハローワーク佐世保", "させぼ就労支援ルーム", "平成27年7月1日",
                      "412人", "265人")


# --------------------------------------------------------------------------------------
# ``を設け、`` as a start verb (2832)


def test_start_verb_continuing_its_sentence() -> None:
    from jirei.proseparts import _patterns

    start = _patterns().start
    assert start.search(
        "平成25年10月1日から区役所内に「しごと広場」(一体的実施施設)を設け、支援を行う"
    )
    assert start.search("令和元年7月1日に「ワークコーナー」を設けて相談を始めた")
    assert not start.search("相談の機会を増やすため、面接会を開く予定である")


# --------------------------------------------------------------------------------------
# a partner line over a prose case is no title (2833)


def _prose_cases(head: str) -> str:
    """Three prose cases (each facility in 「」 with its start date), each under a partner
    line in the form ``head``."""
    out = "令和２年度　一体的実施の概要\n\n"
    for number, (pref, city, bureau, office, name, day, targets, employed) in enumerate(
        _PARAS, 1
    ):
        out += head.format(n=number, pref=pref, city=city, bureau=bureau, office=office)
        out += (
            f"\n　{city}では、{day}に「{name}」（一体的実施施設）を開設した。"
            f"令和２年度の支援対象者数は{targets}、就職者数は{employed}であった。\n\n"
        )
    return out


def test_partner_line_over_prose_case_is_no_title() -> None:
    for head in (
        "（{n}）{pref}{city}（{bureau}／{office}）",
        "{pref}{city} × {bureau} ／ {office}",
        "{n}　{city}・{bureau}・{office}",
    ):
        profiles = jirei.parse_text(_prose_cases(head)).profiles
        assert [p.municipality for p in profiles] == ["佐世保市", "別府市", "都城市"], head
        assert [p.title for p in profiles] == [None, None, None], head


def test_catch_phrase_over_prose_case_stays_title() -> None:
    """A headline that names no bureau or office is still the case's title."""
    text = _prose_cases("{city}の窓口、駅前で相談を続ける")
    titles = [p.title for p in jirei.parse_text(text).profiles]
    assert titles[1] == "別府市の窓口、駅前で相談を続ける"


# --------------------------------------------------------------------------------------
# a back-to-top link with its arrow mark is furniture (2835)


def _web_cases(back: str) -> str:
    return (
        "ホーム > 雇用 > 一体的実施の取組事例\n\n"
        "事例１　奈良県奈良市\n～ならしごとコーナーの取組～\n"
        "施設名：ならしごとコーナー（一体的実施施設）\n"
        "【声】\n"
        "奈良市生活福祉課：「相談の予約が取りやすくなりました。」\n\n"
        f"{back}\n\n"
        "事例２　和歌山県和歌山市\n～わかやま就労支援室の取組～\n"
        "施設名：わかやま就労支援室（常設窓口）\n"
        "【声】\n"
        "ハローワーク和歌山：「市との連携が深まりました。」\n\n"
        f"{back}\n"
    )


def test_back_to_top_link_with_arrow_is_no_comment_text() -> None:
    for back in ("▲ページの先頭へ", "↑このページの先頭に戻る", "△ ページの先頭へ戻る"):
        profiles = jirei.parse_text(_web_cases(back)).profiles
        texts = [c.text for p in profiles for c in p.comments]
        assert texts == ["相談の予約が取りやすくなりました。", "市との連携が深まりました。"], back


def test_sentence_mentioning_the_page_top_is_kept() -> None:
    """The furniture patterns match whole lines: a sentence about the page top is text."""
    text = _web_cases("▲ページの先頭へ").replace(
        "「市との連携が深まりました。」",
        "「市との連携が深まりました。\nページの先頭へ案内を載せています。」",
    )
    texts = [c.text for p in jirei.parse_text(text).profiles for c in p.comments]
    assert any("案内を載せています" in t for t in texts)


# --------------------------------------------------------------------------------------
# a ward closing the case label over a field naming its city (2836)


def _ward_cases(label_one: str, label_two: str, body_one: str = "") -> str:
    return (
        "令和３年度　取組事例\n\n"
        "────────────\n"
        f"{label_one}\n"
        "～駅前の窓口で相談から就職まで～\n\n"
        "【概要】\n"
        "実施主体：大阪市・大阪労働局（ハローワーク梅田）\n"
        "施設名：うめだ就労支援コーナー（常設窓口）\n"
        "事業開始：令和2年4月1日\n"
        f"{body_one}\n"
        "【実績】（令和３年度）\n・支援対象者数　実績201人\n\n"
        "────────────\n"
        f"{label_two}\n"
        "～区役所で子育て世帯を支える～\n\n"
        "【概要】\n"
        "実施主体：横浜市・神奈川労働局（ハローワーク横浜）\n"
        "施設名：こうほく就労サポート（一体的実施施設）\n"
        "事業開始：令和元年10月1日\n\n"
        "【実績】（令和３年度）\n・支援対象者数　実績150人\n"
    )


def test_ward_closing_the_label_is_the_municipality() -> None:
    for one, two in (
        ("事例１　大阪府大阪市北区", "事例２　神奈川県横浜市港北区"),
        ("【事例１】大阪市北区", "【事例２】横浜市港北区（神奈川県）"),
        ("Case 1　大阪府 大阪市北区", "Case 2　神奈川県 横浜市港北区"),
    ):
        cities = [p.municipality for p in jirei.parse_text(_ward_cases(one, two)).profiles]
        assert cities == ["大阪市北区", "横浜市港北区"], one


def test_ward_elsewhere_in_the_case_keeps_the_city() -> None:
    text = _ward_cases(
        "事例１　大阪府大阪市", "事例２　横浜市港北区の取組",
        body_one="所在地：大阪市北区梅田1-1-1\n",
    )
    cities = [p.municipality for p in jirei.parse_text(text).profiles]
    assert cities == ["大阪市", "横浜市"]


# --------------------------------------------------------------------------------------
# an actual not yet counted (2837)


def _pending_case(row: str) -> str:
    return (
        "事例１　大阪府堺市\n"
        "【実績】（令和３年度）\n"
        "・支援対象者数　目標180人以上／実績201人（達成率111.7%）\n"
        f"{row}\n"
    )


def _rows(row: str) -> dict[str, tuple[object, object]]:
    profile = jirei.parse_text(_pending_case(row)).profiles[0]
    return {
        m.label: (m.target and m.target.value, m.actual and m.actual.value)
        for m in profile.metrics
    }


def test_pending_actual_keeps_the_target() -> None:
    for row, label in (
        ("・就職支援セミナー開催　目標12回／実績 集計中", "就職支援セミナー開催"),
        ("・出張相談会　目標24回／実績「未集計」", "出張相談会"),
        ("・企業説明会　目標6回　実績 調査中", "企業説明会"),
    ):
        assert _rows(row).get(label) == (12 if "セミナー" in label else
                                         24 if "出張" in label else 6, None), row


def test_pending_word_without_target_is_no_metric() -> None:
    assert "就職支援セミナー開催" not in _rows("・就職支援セミナー開催　実績 集計中")


def test_other_words_as_actual_are_no_metric() -> None:
    assert "就職支援セミナー開催" not in _rows("・就職支援セミナー開催　目標12回／実績 好評")
