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
  speech) is a speaker, not the next case's header (3239);
* a card's number behind a Latin name (``REPORT CARD No.1``, ``CASE FILE No.2``) labels
  its case (3240);
* a results list wrapped inside a label (``…／就職者`` / ``数163人…``) is one line, the label
  joined with no space (3241);
* a facility's name with its bracketed kind and its start date across a gap
  (``しごとサポートしろいし（一体的実施施設）　　平成26年10月1日開設``) is a header line, not a
  table row (3242);
* a slash row's cell with a bracket naming another metric and its figure
  (``59.8%（就職者数58人）``) gives that metric too, after the row's (3243);
* a facility's name alone on the line under a facility label alone (``★施設`` /
  ``ならしごとテラス``) is the facility name, with no bracketed kind (3244).
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


_CARDS = [
    ("滋賀県", "大津市", "滋賀労働局", "ハローワーク大津", "おおつ就労ひろば", "湖のまちの窓口"),
    ("京都府", "宇治市", "京都労働局", "ハローワーク宇治", "うじ仕事サポート", "茶のまちの伴走"),
    ("和歌山県", "田辺市", "和歌山労働局", "ハローワーク田辺", "たなべ就労広場", "山と海の相談"),
]


def _cards(
    label: str = "REPORT CARD　No.{n}",
    bar: str = "　｜　",
    box: bool = True,
    head: str = "★施設",
    name_line: str = "　{name}（一体的実施施設）",
) -> str:
    """Cards: a rule, a Latin-named label, a barred header, a catch phrase, ★ sections, a
    boxed results line wrapped inside the label 就職者数."""
    out = ["令和4年度　一体的実施事業", "好事例集", "", "はじめに", "　本書は事例集です。", ""]
    for n, (pref, city, bureau, office, name, title) in enumerate(_CARDS, 1):
        first = f"実績：支援対象者数{100 + n}人（目標{90 + n}人以上）／就職者"
        second = f"数{50 + n}人（目標{40 + n}人以上）／就職率{40 + n}.5%"
        results = [f"┃{first} ┃", f"┃{second}    ┃"] if box else [first, second]
        out += ["＝" * 30, label.format(n=n), bar.join([pref + city, bureau, office]), "＝" * 30,
                title, "", head, name_line.format(name=name), "　令和2年4月1日　事業開始", "",
                "★取組のポイント", f"　◎{city}の福祉課と同じ建物に窓口を設置。", "",
                "★実績（令和4年度）"]
        if box:
            out.append("┏" + "━" * 40 + "┓")
        out += results
        if box:
            out.append("┗" + "━" * 40 + "┛")
        out += ["", "★ひとこと", f"　［{bureau}］目標を達成しました。", "", f"- {n + 1} -", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    "label",
    ["REPORT CARD　No.{n}", "CASE FILE No.{n}", "Good Practice No.{n}", "REPORT CARD No．{n}"],
)
@pytest.mark.parametrize("bar", ["　｜　", " | ", "｜"])
def test_latin_named_card_label_opens_its_case(label: str, bar: str) -> None:
    profiles = _profiles(_cards(label=label, bar=bar))
    assert [p.municipality for p in profiles] == [c[1] for c in _CARDS]
    assert [p.labour_bureau for p in profiles] == [c[2] for c in _CARDS]
    assert [p.hello_work for p in profiles] == [(c[3],) for c in _CARDS]
    assert [p.title for p in profiles] == [c[5] for c in _CARDS]
    for profile in profiles:
        assert all("CARD" not in c.text and "FILE" not in c.text for c in profile.comments)


@pytest.mark.parametrize("box", [True, False])
def test_results_list_wrapped_inside_a_label(box: bool) -> None:
    profiles = _profiles(_cards(box=box))
    for n, profile in enumerate(profiles, 1):
        got = {m.label: (m.actual.value, m.target and m.target.value) for m in profile.metrics}
        assert got["就職者数"] == (50 + n, 40 + n)
        assert got["支援対象者数"] == (100 + n, 90 + n)


def test_wrapped_list_needs_a_figure_on_the_next_line() -> None:
    """Negative: a line after the cut that opens with a mark or no figure is not joined."""
    from jirei.lines import Line
    from jirei.wrappedprose import join_wrapped

    def lines(*texts: str) -> list[Line]:
        out, at = [], 0
        for text in texts:
            out.append(Line(text, at))
            at += len(text) + 1
        return out

    def locate(start: int, end: int) -> None:
        return None

    head = "支援対象者数120人/就職者"
    joined = join_wrapped(lines(head, "数63人/就職率52.5%"), locate)
    assert joined is not None and joined[0][0].text == "支援対象者数120人/就職者数63人/就職率52.5%"
    assert join_wrapped(lines(head, "・市と連携した。"), locate) is None
    assert join_wrapped(lines(head, "数は集計中"), locate) is None
    assert join_wrapped(lines(head, "", "数63人"), locate) is None


_SIDES = [
    ("北海道", "小樽市", "ハローワーク小樽", "おたる就労室", "一体的実施施設", "平成28年4月1日"),
    ("北海道", "釧路市", "ハローワーク釧路", "くしろ仕事ひろば", "常設窓口", "令和元年7月1日"),
]


def _sides(row: str = "{name}（{kind}）　　{day}開設") -> str:
    """Two cases on a page under ━ rules, the facility line after the case header."""
    out = ["令和3年度　取組事例集", "", "一体的実施 取組事例（道央）" + " " * 30 + "北海道労働局"]
    for n, (pref, city, office, name, kind, day) in enumerate(_SIDES, 1):
        out += ["━" * 30, f"事例{n}　{pref}{city}　×　北海道労働局　{office}", "━" * 30,
                row.format(name=name, kind=kind, day=day), "", f"{city}の窓口で定着まで", "",
                "◇ 主な取組", f" ・{city}の保護課と同じフロアで相談。", "",
                "◇ 令和３年度の目標と実績", " " * 20 + "目標" + " " * 12 + "実績",
                f" 就職者数       {100 + n}人以上    {110 + n}人", "",
                "◇ 関係者の声", f"【{city}福祉課】", "　相談が増えました。", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    "row",
    [
        "{name}（{kind}）　　{day}開設",
        "{name}({kind})    {day} 事業開始",
        "　{name}（{kind}）　　　{day}から開所",
    ],
)
def test_facility_and_date_across_a_gap_are_header(row: str) -> None:
    profiles = _profiles(_sides(row))
    assert [p.facility_name for p in profiles] == [c[3] for c in _SIDES]
    assert [p.facility_type for p in profiles] == [c[4] for c in _SIDES]
    assert [str(p.start_date) for p in profiles] == ["2016-04-01", "2019-07-01"]
    assert [p.hello_work for p in profiles] == [(c[2],) for c in _SIDES]


def test_gapped_rows_without_a_start_stay_table_rows() -> None:
    """Negative: a figure row, or a name and kind beside a figure, is a table row."""
    sort = classifier(jirei.DEFAULT_RULES).classify
    from jirei.lines import Line

    for text in ("就職者数  101人以上  111人", "おたる就労室(一体的実施施設)  342人"):
        assert sort(Line(text, 0)).kind is jirei.sections.K.TABLE
    for text in ("おたる室(一体的実施施設)  平成28年4月1日開設", "くしろ(常設窓口)   R1.7.1開始"):
        assert sort(Line(text, 0)).kind is jirei.sections.K.TEXT


def _slash_case(cell: str) -> str:
    """A case whose slash table is aligned by spaces, one cell holding a bracketed figure."""
    pad = " " * max(0, 24 - len(cell))
    return "\n".join([
        "No.1　高松市（ハローワーク高松）", "",
        "　施設：たかまつ窓口（一体的実施施設）", "　開始：令和元年10月1日", "",
        "　▶ 同じ窓口で支える", "",
        "　［取組のポイント］", "　　1. 市の窓口と同じフロアで相談。", "",
        "　［令和4年度　目標・実績］",
        "　　　　　　　　　　目標　　　／　実績" + " " * 24 + "／　達成率",
        "　　支援対象者数　　90人以上　／　97人" + " " * 24 + "／　107.8%",
        f"　　就職率　　　　　60%以上　 ／　{cell}{pad}　／　－",
        "　　求人開拓件数　　30件　　　／　－" + " " * 24 + "／　－", "",
        "　［関係機関から］", "　　○高松市福祉部", "　　　相談が増えました。", "",
    ]) + "\n"


@pytest.mark.parametrize(
    ("cell", "label", "value"),
    [
        ("59.8%（就職者数58人）", "就職者数", 58),
        ("61.2%(就職者数 41人)", "就職者数", 41),
        ("59.8％（支援対象者数：97人）", "支援対象者数", 97),
        ("55.0%（就職件数30件）", "就職件数", 30),
    ],
)
def test_bracketed_figure_in_a_slash_cell(cell: str, label: str, value: int) -> None:
    (profile,) = _profiles(_slash_case(cell))
    rate = next(m for m in profile.metrics if m.label == "就職率")
    assert rate.actual is not None and rate.target is not None and rate.target.value == 60
    labels = [m.label for m in profile.metrics]
    assert labels.index(label, 1) > labels.index("就職率")
    inner = [m for m in profile.metrics if m.label == label][-1]
    assert inner.actual.value == value and inner.target is None


@pytest.mark.parametrize("cell", ["59.8%(見込み)", "59.8%(参考値58人)", "59.8%"])
def test_bracket_without_a_metric_name_adds_nothing(cell: str) -> None:
    """Negative: a note or an unknown name in the bracket is no metric of its own."""
    from jirei.slashrows import _inner_figures, slash_rows

    (row,) = slash_rows(f"就職率  60%以上 / {cell} / -")
    same, inner = _inner_figures(row, lambda a, b: None, jirei.DEFAULT_RULES)  # type: ignore
    assert inner == [] and same == row


@pytest.mark.parametrize("head", ["★施設", "【施設名】", "■名称", "◆施設名：", "＜施設の名称＞"])
def test_name_under_a_facility_label(head: str) -> None:
    profiles = _profiles(_cards(head=head, name_line="　{name}"))
    assert [p.facility_name for p in profiles] == [c[4] for c in _CARDS]
    assert [p.facility_type for p in profiles] == [None] * 3


@pytest.mark.parametrize(
    ("head", "line"),
    [("★施設", "　{name}は駅前にあります。"), ("★施設", "　{name}2階"), ("★取組", "　{name}")],
)
def test_no_name_under_other_lines(head: str, line: str) -> None:
    """Negative: a sentence or a figure under the label, or another heading, names nothing."""
    profiles = _profiles(_cards(head=head, name_line=line))
    assert all(p.facility_name not in {c[4] for c in _CARDS} for p in profiles)
