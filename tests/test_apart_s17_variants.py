"""Cases whose parts stand apart, a fourth round (branch ``apart-s17``, decisions 3311-3325).

A booklet lists every facility in a front table, then gives each part of every case under
one heading: all 取組内容 sub-headed by the city, one results table with the city in its first
column (continuation rows blank), その他の実績 grouped under the city names, the voices of
every case. The segmenter reads one case there and the front list makes the others from its
rows alone; each part must reach the case whose place it names (decisions 3311-3314).

Written here anew with other places, offices, figures, marks and brackets; negative variants
(a list whose places no part names, a part naming no listed place, a name line inside running
text) must not move anything.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.model import Profile

_CASES = [
    ("栃木県", "宇都宮市", "栃木労働局", "ハローワーク宇都宮", "うつのみや就労支援室",
     "平成28年7月1日"),
    ("群馬県", "前橋市", "群馬労働局", "ハローワーク前橋", "まえばしジョブコーナー",
     "令和元年10月1日"),
    ("山梨県", "甲府市", "山梨労働局", "ハローワーク甲府", "こうふ就労ナビ", "平成30年4月2日"),
]  # fmt: skip


def _profiles(text: str) -> list[Profile]:
    return list(jirei.parse_text(text).profiles)


def _front(sep: str = "\t") -> str:
    rows = "\n".join(
        sep.join(
            (str(n + 1), pref + city, f"{bureau}・{office}", f"{fac}（一体的実施施設）", start)
        )
        for n, (pref, city, bureau, office, fac, start) in enumerate(_CASES)
    )
    head = sep.join(("No.", "所在地", "労働局・ハローワーク", "施設名（種別）", "事業開始"))
    return (
        "令和４年度\n生活保護受給者等就労自立促進事業\n「一体的実施」事例集\n\n"
        f"１　掲載施設一覧\n\n{head}\n{rows}\n\n"
    )


def _initiatives(mark: str) -> str:
    out = "２　取組内容\n\n"
    for n, (_, city, *_rest) in enumerate(_CASES):
        out += mark.format(n=n + 1, city=city) + "\n"
        out += f"　・{city}の福祉窓口に相談ブースを設置（第{n + 1}庁舎）\n"
        out += f"　・月{n + 2}回の合同ケース会議で支援計画を見直し\n\n"
    return out


def _results(blank: str = "") -> str:
    out = "３　令和４年度の事業目標と実績\n\n施設\t項目\t目標\t実績\t達成率\n"
    for n, (_, city, *_rest) in enumerate(_CASES):
        target, actual = 100 + 50 * n, 120 + 50 * n
        out += f"{city}\t支援対象者数\t{target}人\t{actual}人\t{actual / target * 100:.1f}%\n"
        half, done = target // 2, actual // 2
        out += f"{blank}\t就職者数\t{half}人\t{done}人\t{done / half * 100:.1f}%\n"
    return out + "\n"


def _others(item: str = "◆") -> str:
    out = "【その他の実績】\n"
    for n, (_, city, *_rest) in enumerate(_CASES):
        out += f"{city}\n　{item}就職面接会を{n + 2}回開催\n　{item}職場見学会に{n + 5}人が参加\n"
    return out + "\n"


def _voices(open_: str = "○", close: str = "") -> str:
    out = "４　関係者の声\n\n＜自治体から＞\n\n"
    for _, city, *_rest in _CASES:
        out += f"{open_}{city} 福祉部 生活支援課{close}\n"
        out += f"{city}では相談から就職までの流れが途切れなくなりました。\n\n"
    out += "＜労働局・ハローワークから＞\n\n"
    for _, _city, _bureau, office, *_rest in _CASES:
        out += f"{open_}{office}{close}\n福祉部門との情報共有で職業紹介が早くなった。\n\n"
    return out


def _doc(mark: str = "（{n}）{city}", item: str = "◆", open_: str = "○", close: str = "") -> str:
    return _front() + _initiatives(mark) + _results() + _others(item) + _voices(open_, close)


def _check_gathered(profiles: list[Profile]) -> None:
    assert [p.municipality for p in profiles] == [c[1] for c in _CASES]
    for n, (p, (_, city, *_rest)) in enumerate(zip(profiles, _CASES, strict=True)):
        assert p.initiatives[0] == f"{city}の福祉窓口に相談ブースを設置(第{n + 1}庁舎)"
        assert len(p.initiatives) == 2
        assert [m.label for m in p.metrics] == ["支援対象者数", "就職者数"]
        assert p.metrics[0].actual.value == 120 + 50 * n
        assert p.other_results == (f"就職面接会を{n + 2}回開催", f"職場見学会に{n + 5}人が参加")
        assert len(p.comments) == 2
        assert city in (p.comments[0].speaker or "").replace(" ", "")
        assert p.fiscal_year == 2022


@pytest.mark.parametrize(
    "mark", ["（{n}）{city}", "■{city}", "【{city}】", "{n}. {city}の取組"]
)
def test_listed_cases_gather_their_parts_by_place(mark: str) -> None:
    """Every sub-heading form names its city: each listed case takes its own parts."""
    _check_gathered(_profiles(_doc(mark=mark)))


@pytest.mark.parametrize("item", ["◆", "・", "●"])
def test_other_results_grouped_under_city_names(item: str) -> None:
    """A city's name alone over its marked items, right under the group before, heads them."""
    _check_gathered(_profiles(_doc(item=item)))


@pytest.mark.parametrize(("open_", "close"), [("○", ""), ("◇", ""), ("【", "】")])
def test_voices_grouped_by_speaker_type_reach_their_cases(open_: str, close: str) -> None:
    _check_gathered(_profiles(_doc(open_=open_, close=close)))


def test_first_item_under_the_first_sub_heading_is_no_headline() -> None:
    """The first case's first marked item is an initiative, not its catch phrase."""
    first = _profiles(_doc())[0]
    assert first.title is None or not first.title.startswith("・")
    assert "宇都宮市の福祉窓口に相談ブースを設置(第1庁舎)" in first.initiatives


def test_list_whose_places_no_part_names_moves_nothing() -> None:
    """Negative: parts naming none of the listed places stay with the case read."""
    text = _front() + (
        "２　取組内容\n\n（１）取組の概要\n"
        "　・福祉窓口に相談ブースを設置\n　・月2回の合同ケース会議\n\n"
        "【その他の実績】\n　◆就職面接会を2回開催\n"
    )
    profiles = _profiles(text)
    assert len(profiles) == 3
    assert not profiles[1].initiatives and not profiles[2].initiatives
    assert not profiles[1].other_results and not profiles[2].other_results


def test_name_line_inside_running_text_heads_nothing() -> None:
    """Negative: a city's name alone after an item, with running text (no item) under it,
    is no group heading: nothing moves to that city's case."""
    from jirei.gatheredparts import _heads_items
    from jirei.sections import K, LineInfo

    def info(kind: K, text: str) -> LineInfo:
        from jirei.lines import Line

        return LineInfo(Line(text, 0), kind)

    lines = [info(K.BULLET, "◆面接会を開催"), info(K.TEXT, "前橋市"), info(K.TEXT, "市内で開催。")]
    assert not _heads_items(lines, 1)
    lines[2] = info(K.BULLET, "◆見学会を開催")
    assert _heads_items(lines, 1)


# --- a story per case, every header fact and figure in tables at the back (3316-3318) ------

_BACK = [
    ("岐阜県", "大垣市", "岐阜労働局", "ハローワーク大垣", "おおがき就労ルーム", "平成27年5月1日"),
    ("静岡県", "沼津市", "静岡労働局", "ハローワーク沼津", "ぬまづジョブスポット",
     "令和元年7月1日"),
    ("愛知県", "岡崎市", "愛知労働局", "ハローワーク岡崎", "おかざき仕事相談室", "平成29年10月2日"),
]  # fmt: skip


def _story(n: int, item: str) -> str:
    city = _BACK[n][1]
    return (
        f"事例{n + 1}　{city}\n\n{city}の駅前で仕事と暮らしを一緒に支える\n\n"
        f"■取組のポイント\n{item}\n２．毎週のケース会議で支援の進捗を確認\n\n"
        f"■関係者の声\n◇{city} 福祉部\n　相談の流れが途切れなくなった。\n\n"
    )


def _back_doc(place_head: str = "市", caption: str = "【事例{n}　{city}】", note: str = "") -> str:
    items = [
        "１．駅前の市の相談窓口内にハローワークの常設窓口を設置",
        "１．市役所の福祉課にハローワークの出張相談窓口を開設",
        "１．市の就労支援員がハローワークの職員と同席する面談を実施",
    ]
    out = "".join(_story(n, items[n]) for n in range(3))
    head = "\t".join(
        ("事例", "都道府県", place_head, "労働局", "ハローワーク", "施設名", "事業開始")
    )
    out += f"参考資料\n\n別表１　掲載施設の概要\n\n{head}\n"
    for n, (pref, city, bureau, office, fac, start) in enumerate(_BACK):
        out += f"{n + 1}\t{pref}\t{city}\t{bureau}\t{office}\t{fac}（一体的実施施設）\t{start}\n"
    out += "\n別表２　令和元年度 事業目標と実績\n\n"
    for n, (_, city, *_rest) in enumerate(_BACK):
        out += caption.format(n=n + 1, city=city) + note + "\n項目\t目標\t実績\t達成率\n"
        out += f"支援対象者数\t{100 + n}人\t{110 + n}人\t{(110 + n) / (100 + n) * 100:.1f}%\n\n"
    return out


@pytest.mark.parametrize("place_head", ["市", "市名", "所在市"])
@pytest.mark.parametrize(
    ("caption", "note"),
    [
        ("【事例{n}　{city}】", ""),
        ("【事例{n} {city}】", "（目標は概数）"),
        ("〔事例{n}　{city}〕", ""),
    ],
)
def test_back_tables_give_each_story_its_facts_and_figures(
    place_head: str, caption: str, note: str
) -> None:
    """A list of every case after the stories fills each case's header (its place column
    headed by any word, read by its cells), and each figures table under a heading naming
    the case — a bracketed case label with the city, a note after it allowed — is that case's."""
    profiles = _profiles(_back_doc(place_head, caption, note))
    assert [p.municipality for p in profiles] == [c[1] for c in _BACK]
    for n, p in enumerate(profiles):
        assert p.labour_bureau == _BACK[n][2]
        assert p.hello_work == (_BACK[n][3],)
        assert p.facility_name == _BACK[n][4]
        assert [(m.label, m.actual.value) for m in p.metrics] == [("支援対象者数", 110 + n)]
        assert p.initiatives[0].startswith("市") or p.initiatives[0].startswith("駅前")


def test_numbered_item_naming_a_station_city_opens_no_case() -> None:
    """``１．近鉄四日市駅前の市の相談窓口内にハローワークの…を設置`` is an item: a number before a
    sentence holding ``を`` or kana between place and office is no case label."""
    from jirei.caselabel import label_length

    assert not label_length("1.近鉄四日市駅前の市の相談窓口内にハローワークの常設窓口を設置")
    assert not label_length("2.岡崎市役所の福祉課にハローワークの出張窓口を開設")
    # the label forms of decisions 2742 and 2939 still read
    assert label_length("(1)札幌市中央区  北海道労働局・ハローワーク札幌")
    assert label_length("1.札幌市北区 さっぽろ北しごとプラザ")


def test_closing_list_that_does_not_match_every_case_fills_nothing() -> None:
    """Negative: a back list naming other cities than the stories' gives nothing."""
    text = _back_doc().replace("大垣市", "高山市", 1)  # the first story's city only
    first = _profiles(text)[0]
    assert first.facility_name is None and first.labour_bureau is None


# --- catch phrases listed by number between the list and the parts (3319) -------------------


@pytest.mark.parametrize(
    ("heading", "form"),
    [
        ("【各施設のキャッチフレーズ】", "　{n}　{text}"),
        ("■ 取組のテーマ", "{n}. {text}"),
        ("＜各施設の取組テーマ＞", "（{n}）{text}"),
    ],
)
def test_numbered_catch_phrases_title_the_listed_cases(heading: str, form: str) -> None:
    phrases = ["相談から就職まで一つの窓口で", "ペアで伴走する支援", "港町のワンストップ窓口!"]
    lines = "\n".join(form.format(n=n + 1, text=t) for n, t in enumerate(phrases))
    text = _front() + f"{heading}\n{lines}\n\n" + _initiatives("（{n}）{city}") + _results()
    profiles = _profiles(text)
    assert [p.title for p in profiles] == phrases
    for p in profiles:
        span = p.spans["title"]
        assert text[span.start : span.end].replace("！", "!") == p.title


def test_numbered_sentences_or_a_short_run_title_nothing() -> None:
    """Negative: a numbered run of sentences (``。``) or of fewer lines than cases gives no
    title."""
    runs = (
        "　１　窓口を設けた。\n　２　会議を開いた。\n　３　定着を支えた。",
        "　１　窓口\n　２　会議",
    )
    for lines in runs:
        text = _front() + f"【概要】\n{lines}\n\n" + _initiatives("（{n}）{city}") + _results()
        titles = [p.title for p in _profiles(text)]
        assert not any(t and ("窓口" in t or "会議" in t) for t in titles)
