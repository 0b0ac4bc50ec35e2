"""Cases whose parts do not stand together, a third round (branch ``apart3-s16``,
decisions 3221-3235).

A layout of holdout144, written here anew with other places, facilities, speakers and
separators: a front table one column per lettered case, the stories by letter, a results
table a row per case, and the comments of every case gathered in ONE table whose first
column keys the case (``事例 | 発言者 | コメント``) — by letter, number or name, on every row
or on the first row of the case's run only (a merged cell).

* each row of such a table is a comment of the case its key cell names (3221);
* ``コメント元`` and its like head a speaker column (3222);
* a label with its place in brackets (``事例１（富山市）``) opens the case (3223), and the
  front blocks of facts under the same numbers join it, the last block too (3224);
* results as one table per metric (``表１　支援対象者数`` over ``事例 | 目標 | 実績 | 達成率``):
  the caption names the metric, and every table adds its metric to each case (3225);
* a bracketed number over the city alone (``【2】奈良市``) opens its case and is no form
  field (3226);
* a results sentence naming its case before a colon (``・大津市：支援対象者数は…``) gives
  that case its figures (3227);
* a case continued after the others under its bracketed number (``【2】奈良市の取組（続き）``)
  keeps its parts, and its city keys its first part for the closing results (3228).

Negative variants: a key cell naming no case leaves the table unkeyed (no case gets its
rows); a table without comment column words is read as before.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.model import Profile

_CASES = [
    ("新潟県", "長岡市", "新潟労働局", "ハローワーク長岡", "ながおか就労支援コーナー",
     "平成28年4月1日"),
    ("長野県", "松本市", "長野労働局", "ハローワーク松本", "まつもとワークサポート",
     "令和元年7月1日"),
    ("山梨県", "甲府市", "山梨労働局", "ハローワーク甲府", "こうふ仕事相談室",
     "平成30年10月1日"),
]  # fmt: skip
_LETTERS = "ＡＢＣ"
_COMMENTS = [
    [("{city}福祉課", "相談の場で仕事の話までできるようになり、支援がつながりやすくなった。"),
     ("{bureau}", "市との定例会議が定着し、目標を上回る成果となった。")],
    [("{city}", "夜間の相談日を設けたことで、働きながら相談する方が増えた。"),
     ("{office}", "求人開拓の情報を市と共有し、紹介につなげている。"),
     ("{bureau}", "引き続き市と協力して取り組みたい。")],
    [("{city}生活支援課", "若い相談者が多く、早めの支援が効果を上げている。"),
     ("{bureau}", "開設間もないが順調に実績を伸ばしている。")],
]  # fmt: skip


def _profiles(text: str) -> list[Profile]:
    return list(jirei.parse_text(text).profiles)


def _front() -> str:
    rows = [
        ("", *(f"事例{letter}" for letter in _LETTERS)),
        ("都道府県", *(case[0] for case in _CASES)),
        ("市町村", *(case[1] for case in _CASES)),
        ("労働局", *(case[2] for case in _CASES)),
        ("ハローワーク", *(case[3] for case in _CASES)),
        ("施設名", *(case[4] for case in _CASES)),
        ("事業開始", *(case[5] for case in _CASES)),
    ]
    return "第１部　事例一覧\n\n" + "\n".join("\t".join(row) for row in rows) + "\n\n"


def _stories() -> str:
    out = "第２部　取組の内容\n\n"
    for n, (_, city, *_) in enumerate(_CASES):
        out += (
            f"■事例{_LETTERS[n]}\n{city}の窓口で福祉と仕事の相談をひとつに\n\n"
            f"　{city}の相談窓口にハローワークの職員が常駐している。\n"
            "【取組内容】\n"
            f"・{city}の相談員とナビゲーターの合同面談\n"
            "・月１回のケース会議\n\n"
        )
    return out


def _key(n: int, form: str) -> str:
    return {
        "letter": _LETTERS[n],
        "ascii": "ABC"[n],
        "number": str(n + 1),
        "name": _CASES[n][1],
    }[form]


def _comments(form: str, head: tuple[str, str, str], sep: str, *, once: bool) -> str:
    rows = [head]
    for n, said in enumerate(_COMMENTS):
        _, city, bureau, office, *_ = _CASES[n]
        for k, (who, text) in enumerate(said):
            key = "" if once and k else _key(n, form)
            rows.append((key, who.format(city=city, bureau=bureau, office=office), text))
    if sep == "|":
        return "\n".join("| " + " | ".join(row) + " |" for row in rows) + "\n\n"
    return "\n".join(sep.join(row) for row in rows) + "\n\n"


def _document(table: str) -> str:
    return (
        "甲信越地域における一体的実施の取組事例集\n\n"
        + _front()
        + _stories()
        + "第３部　関係者のコメント\n\n"
        + table
        + "本件照会先\n新潟労働局職業安定部職業対策課\n"
    )


def _said(profiles: list[Profile]) -> dict[str | None, list[tuple[str | None, str]]]:
    return {p.municipality: [(c.speaker, c.text) for c in p.comments] for p in profiles}


_HEADS = [
    ("事例", "発言者", "コメント"),
    ("No.", "所属", "内容"),
    ("事例", "コメント元", "コメント"),
    ("事例番号", "発言機関", "発言内容"),
]


@pytest.mark.parametrize("form", ["letter", "ascii", "number", "name"])
@pytest.mark.parametrize("head", _HEADS)
@pytest.mark.parametrize("sep", ["\t", "|"])
@pytest.mark.parametrize("once", [False, True])
def test_each_row_of_a_keyed_comments_table_goes_to_its_case(
    form: str, head: tuple[str, str, str], sep: str, once: bool
) -> None:
    profiles = _profiles(_document(_comments(form, head, sep, once=once)))
    assert len(profiles) == 3
    said = _said(profiles)
    for n, (_, city, bureau, office, *_) in enumerate(_CASES):
        want = [
            (who.format(city=city, bureau=bureau, office=office), text)
            for who, text in _COMMENTS[n]
        ]
        assert said[city] == want, (form, head, sep, once, city)


def test_a_key_cell_naming_no_case_keys_no_table() -> None:
    table = _comments("letter", ("事例", "発言者", "コメント"), "\t", once=False)
    table = table.replace("\nＢ\t", "\nＺ\t", 1)
    profiles = _profiles(_document(table))
    said = _said(profiles)
    # the table is not read as keyed: no case gets the rows its key cell names
    assert said["長岡市"] == []
    assert said["松本市"] == []


def test_a_table_without_comment_words_gives_no_comments() -> None:
    table = _comments("letter", ("事例", "区分名", "備考欄"), "\t", once=False)
    said = _said(_profiles(_document(table)))
    assert said["長岡市"] == []
    assert said["松本市"] == []


# --- front blocks, then stories under a label with the place in brackets (3223, 3224) ---

_PLACES = [
    ("新潟県", "上越市", "新潟労働局", "ハローワーク上越", "じょうえつ相談室", "平成29年4月1日"),
    ("長野県", "上田市", "長野労働局", "ハローワーク上田", "うえだ仕事サポート", "令和2年10月1日"),
    ("埼玉県", "さいたま市", "埼玉労働局", "ハローワーク大宮", "さいたま就労ナビ", "2018年7月2日"),
]  # fmt: skip
_BLOCK_LABELS = ["［事例{n}］", "【事例{n}】", "■事例{n}"]
_STORY_LABELS = ["事例{n}（{city}）", "事例{n}({city})", "■事例{n}（{city}）"]


def _blocks_document(block: str, story: str) -> str:
    out = "一体的実施の好事例集\n\nⅠ　事例の基本情報\n\n"
    for n, (pref, city, bureau, office, facility, start) in enumerate(_PLACES, 1):
        out += (
            block.format(n=n) + "\n"
            f"所在地　　　：{pref}{city}\n"
            f"労働局　　　：{bureau}\n"
            f"ハローワーク：{office}\n"
            f"施設名　　　：{facility}\n"
            f"事業開始日　：{start}\n\n"
        )
    out += "Ⅱ　取組の概要\n\n"
    for n, (_, city, *_) in enumerate(_PLACES, 1):
        out += (
            story.format(n=n, city=city) + "\n\n"
            f"{city}の窓口で暮らしと仕事の相談をひとつに\n\n"
            f"　{city}の福祉課の隣に相談窓口を設けている。\n\n"
            "【取組内容】\n"
            f"・{city}の相談員と就職支援ナビゲーターによる合同面談\n"
            "・月１回の支援調整会議\n\n"
        )
    return out


@pytest.mark.parametrize("block", _BLOCK_LABELS)
@pytest.mark.parametrize("story", _STORY_LABELS)
def test_front_blocks_join_the_stories_labelled_with_their_place(block: str, story: str) -> None:
    profiles = _profiles(_blocks_document(block, story))
    assert [p.municipality for p in profiles] == [case[1] for case in _PLACES]
    for profile, (_, city, bureau, _, facility, _) in zip(profiles, _PLACES, strict=True):
        assert profile.facility_name == facility
        assert profile.labour_bureau == bureau
        assert profile.title == f"{city}の窓口で暮らしと仕事の相談をひとつに"
        assert profile.initiatives[0].startswith(f"{city}の相談員")


def test_a_label_with_a_bracketed_place_is_a_label_only_for_a_place() -> None:
    from jirei.caselabel import label_length

    assert label_length("事例1(富山市)") == len("事例1(富山市)")
    assert label_length("事例12(さいたま市)") == len("事例12(さいたま市)")
    assert label_length("事例1(富山市の取組)") == 0  # a topic, not a place
    assert label_length("事例1(富山市)の取組") == 0  # more after the bracket


def test_a_label_with_a_bracketed_place_keys_its_number_and_place() -> None:
    """The bracketed place is no continuation note (decision 2854's reader), but part of
    the label (3223): the label still keys its number and its place."""
    from jirei.gatheredparts import heading_keys

    assert heading_keys("事例1(長岡市)") == ("#1", "長岡市")
    assert heading_keys("■ 事例2(さいたま市)") == ("#2", "さいたま市")
    assert heading_keys("事例1(参考)") == ()


# --- results as one table per metric, the cases as rows (3225) ---------------------------

_FIGURES = {  # metric -> each case's (target, actual, rate)
    "支援対象者数": [("150人以上", "171人", "114.0%"), ("90人以上", "84人", "93.3%"),
                     ("310人以上", "335人", "108.1%")],
    "就職者数": [("98人以上", "112人", "114.3%"), ("59人以上", "61人", "103.4%"),
                 ("202人以上", "230人", "113.9%")],
}  # fmt: skip
_CAPTIONS = ["表{n}　{metric}", "（{n}）{metric}", "■{metric}", "図表{n}．{metric}（人）"]
_ROLE_HEADS = [("目標", "実績", "達成率"), ("目標値", "実績値", "達成率")]


def _metric_tables(caption: str, roles: tuple[str, str, str], key: str, sep: str) -> str:
    out = "Ⅲ　実績\n\n"
    for n, (metric, rows) in enumerate(_FIGURES.items(), 1):
        out += caption.format(n=n, metric=metric) + "\n"
        out += sep.join(("事例", *roles)) + "\n"
        for k, row in enumerate(rows):
            city = _PLACES[k][1]
            head = {"label": f"事例{k + 1}　{city}", "city": city, "number": f"{k + 1} {city}"}[key]
            out += sep.join((head, *row)) + "\n"
        out += "\n"
    return out


@pytest.mark.parametrize("caption", _CAPTIONS)
@pytest.mark.parametrize("roles", _ROLE_HEADS)
@pytest.mark.parametrize("key", ["label", "city", "number"])
def test_a_table_per_metric_gives_each_case_every_metric(
    caption: str, roles: tuple[str, str, str], key: str
) -> None:
    text = _blocks_document("［事例{n}］", "事例{n}（{city}）") + _metric_tables(
        caption, roles, key, "\t"
    )
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == [case[1] for case in _PLACES]
    for k, profile in enumerate(profiles):
        got = [
            (m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
            for m in profile.metrics
        ]
        want = [
            (metric, float(rows[k][0].rstrip("人以上")), float(rows[k][1].rstrip("人")))
            for metric, rows in _FIGURES.items()
        ]
        assert [(label, float(t), float(a)) for label, t, a in got] == want, (caption, key)


def test_a_caption_naming_no_metric_gives_no_metric_its_name() -> None:
    text = _blocks_document("［事例{n}］", "事例{n}（{city}）") + _metric_tables(
        "表{n}　参考値", ("目標", "実績", "達成率"), "label", "\t"
    ).replace("表2　参考値", "表2　参考値その2")
    for profile in _profiles(text):
        assert all(m.label not in _FIGURES for m in profile.metrics)


# --- stories headed by a bracketed number and the city only (3226) ----------------------

_STORY_MARKS = ["【{n}】{city}", "［{n}］{city}", "〔{n}〕 {city}", "【{n}】 {city}"]


def _numbered_document(mark: str, sep: str) -> str:
    head = ["番号", "府県", "自治体", "労働局", "ハローワーク", "施設名", "事業開始"]
    rows = [head] + [
        [str(n), pref, city, bureau, office, facility, start]
        for n, (pref, city, bureau, office, facility, start) in enumerate(_PLACES, 1)
    ]
    out = "■掲載事例一覧\n\n" + "\n".join(sep.join(row) for row in rows) + "\n\n■取組の内容\n\n"
    for n, (_, city, *_) in enumerate(_PLACES, 1):
        out += (
            mark.format(n=n, city=city) + "\n"
            f"{city}の窓口で暮らしと仕事の相談をひとつに\n\n"
            f"　{city}の福祉課の隣に相談窓口を設けています。\n"
            "【取組内容】\n"
            f"・{city}の相談員と就職支援ナビゲーターによる合同面談\n"
            "・月１回の支援調整会議\n\n"
        )
    return out


@pytest.mark.parametrize("mark", _STORY_MARKS)
@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_bracketed_number_over_the_city_opens_its_case(mark: str, sep: str) -> None:
    profiles = _profiles(_numbered_document(mark, sep))
    assert [p.municipality for p in profiles] == [case[1] for case in _PLACES]
    for profile, (_, city, _, _, facility, _) in zip(profiles, _PLACES, strict=True):
        assert profile.facility_name == facility
        assert profile.initiatives[0].startswith(f"{city}の相談員")


def test_a_bracketed_number_is_no_form_field_and_no_label_before_a_topic() -> None:
    from jirei.caselabel import label_length
    from jirei.formlines import untangle_forms

    assert untangle_forms("【1】大津市") == "【1】大津市"
    assert untangle_forms("【Ａ】大津市") == "【Ａ】大津市"
    assert untangle_forms("【実施主体】浜松市") == " 実施主体:浜松市"  # a field as before
    assert label_length("【1】大津市") == len("【1】")
    assert label_length("【2】支援の内容") == 0  # a topic, no place
    assert label_length("【2】奈良市の取組") == 0


# --- results as one sentence per case, the name before a colon (3227) -------------------

_SENTENCE_FORMS = ["・{city}：{body}", "・{city}:{body}", "○{city}：{body}", "{city}：{body}"]
_BODIES = [
    "支援対象者数は目標150人以上に対して171人（達成率114.0％）、就職者数は112人でした。",
    "支援対象者数は84人、就職者数は61人でした。",
    "支援対象者数335人（目標310人以上、達成率108.1％）、就職者数は230人でした。",
]


@pytest.mark.parametrize("form", _SENTENCE_FORMS)
def test_a_sentence_naming_its_case_before_a_colon_gives_its_results(form: str) -> None:
    results = "■令和５年度の実績\n\n" + "".join(
        form.format(city=_PLACES[k][1], body=body) + "\n" for k, body in enumerate(_BODIES)
    )
    profiles = _profiles(_numbered_document("【{n}】{city}", " | ") + results + "\n")
    assert [p.municipality for p in profiles] == [case[1] for case in _PLACES]
    supported = [
        next(m.actual.value for m in p.metrics if m.label == "支援対象者数") for p in profiles
    ]
    assert [float(v) for v in supported] == [171, 84, 335]


def test_a_colon_after_no_case_s_name_gives_no_case_those_figures() -> None:
    results = "■令和５年度の実績\n\n・近畿全体：支援対象者数は999人、就職者数は555人でした。\n\n"
    profiles = _profiles(_numbered_document("【{n}】{city}", " | ") + results)
    for profile in profiles:
        assert all(
            m.actual is None or float(m.actual.value) not in (999, 555) for m in profile.metrics
        )


# --- a case continued after the others under its bracketed number (3228) ----------------

_CONTINUED = ["【2】{city}の取組（続き）", "【2】{city}（続き）", "［2］{city}の取組み（つづき）"]


@pytest.mark.parametrize("note", _CONTINUED)
def test_a_case_continued_after_the_others_keeps_its_parts_and_results(note: str) -> None:
    city = _PLACES[1][1]
    text = _numbered_document("【{n}】{city}", " | ") + (
        note.format(city=city) + "\n"
        "【取組内容】（続き）\n"
        f"・{city}の事業所と連携した職場体験の実施\n\n"
        "■令和５年度の実績\n\n"
        + "".join(
            f"・{_PLACES[k][1]}：{body}\n" for k, body in enumerate(_BODIES)
        )
    )
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == [case[1] for case in _PLACES]
    assert profiles[1].initiatives[-1] == f"{city}の事業所と連携した職場体験の実施"
    assert all("職場体験" not in item for item in profiles[2].initiatives)
    supported = [
        next((m.actual.value for m in p.metrics if m.label == "支援対象者数"), None)
        for p in profiles
    ]
    assert [float(v) for v in supported if v is not None] == [171, 84, 335]
