"""Press-release reading rules (corpus/README.md decisions 76–78), one table per rule.
Every text here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

import jirei
from _cases import quantity_text
from jirei.lines import Line
from jirei.profile import identity_locate
from jirei.proseheader import read_prose_header
from jirei.rules import DEFAULT_RULES
from jirei.sections import Kind, classifier
from jirei.tables.stacked import read_stacked

# --- furniture lines and press-release headings (decisions 76, 77) ---------------------

KINDS = [
    ("報道関係者各位", Kind.FURNITURE, None),
    ("━━━━━━━━", Kind.FURNITURE, None),
    ("━━", Kind.TEXT, None),  # too short for a rule
    ("報道関係者各位へのお知らせ", Kind.TEXT, None),
    ("1 概要", Kind.SECTION, "aside"),
    ("2 これがポイント!", Kind.SECTION, "initiatives"),
    ("事業の概要", Kind.SECTION, "aside"),
]


@pytest.mark.parametrize(("text", "kind", "section"), KINDS)
def test_press_release_line_kinds(text: str, kind: Kind, section: str | None) -> None:
    assert classifier(DEFAULT_RULES).kind_of(text) == (kind, section)


def test_furniture_lines_extend() -> None:
    rules = DEFAULT_RULES.extend(furniture_lines=["関係各位"])
    assert classifier(rules).kind_of("関係各位") == (Kind.FURNITURE, None)
    assert classifier(DEFAULT_RULES).kind_of("関係各位") == (Kind.TEXT, None)


# --- a header written in prose (decision 76) --------------------------------------------

PROSE = [
    (
        "静岡県三島市と静岡労働局(ハローワーク三島)は、令和2年7月1日、駅北口に"
        "「みしま仕事ひろば」(一体的実施施設)を開設し、相談を受けています。",
        (
            "静岡県",
            "三島市",
            "静岡労働局",
            ("ハローワーク三島",),
            "みしま仕事ひろば",
            "一体的実施施設",
            dt.date(2020, 7, 1),
        ),
    ),
    (
        "福井県敦賀市と福井労働局は、平成30年10月1日、市役所に「つるが相談室」(常設窓口)を設置した。",
        ("福井県", "敦賀市", "福井労働局", (), "つるが相談室", "常設窓口", dt.date(2018, 10, 1)),
    ),
    # no date after the topic, no facility in quotes, no place: not a header
    ("静岡県三島市と静岡労働局は、駅北口に「みしま仕事ひろば」(一体的実施施設)を開設した。", None),
    ("市と労働局(ハローワーク三島)は、令和2年7月1日、駅に窓口を開設した。", None),
    ("相談員と労働局は、令和2年7月1日、駅に「ひろば」(常設窓口)を開設した。", None),
]


@pytest.mark.parametrize(("text", "expected"), PROSE)
def test_prose_header(text: str, expected: tuple[object, ...] | None) -> None:
    found = read_prose_header(Line(text, 10))
    if expected is None:
        assert found is None
        return
    assert found is not None
    fields = found.fields
    names = ("prefecture", "municipality", "labour_bureau")
    assert tuple(fields[n].value for n in names) == expected[:3]
    assert tuple(f.value for f in found.hello_work) == expected[3]
    assert fields["facility_name"].value == expected[4]
    assert fields["facility_type"].value == expected[5]
    assert dt.date.fromordinal(fields["start_date"].value.toordinal()) == expected[6]
    for field in (*fields.values(), *found.hello_work):  # spans point at what is written
        if field is not fields["start_date"]:
            assert text[field.start - 10 : field.end - 10] == field.value


# --- figure above its label (decision 78) -----------------------------------------------

STACKED = [
    (
        ["120人", "利用者数(目標100人以上)", "3.5%", "離職率"],
        [
            ("利用者数", ("100", "人", "以上"), ("120", "人", None)),
            ("離職率", None, ("3.5", "%", None)),
        ],
        [],
    ),
    (
        ["40人", "(うち紹介就職)", "窓口の案内を配った。"],
        [("うち紹介就職", None, ("40", "人", None))],
        ["窓口の案内を配った。"],
    ),
    (["利用者数", "120人"], None, None),  # a label above its figure is not this layout
    (["120人の方が来所した。", "利用者数"], None, None),
]


@pytest.mark.parametrize(("texts", "metrics", "rest"), STACKED)
def test_stacked_results(
    texts: list[str], metrics: list[tuple[object, ...]] | None, rest: list[str] | None
) -> None:
    lines, at = [], 0
    for text in texts:
        lines.append(Line(text, at))
        at += len(text) + 1
    found = read_stacked(lines, locate=identity_locate)
    if metrics is None:
        assert found is None
        return
    assert found is not None
    assert [
        (m.label, quantity_text(m.target), quantity_text(m.actual)) for m in found.metrics
    ] == metrics
    assert [line.text for line in found.rest] == rest
    whole = "\n".join(texts)
    for metric in found.metrics:  # the actual's span covers its figure line exactly
        assert metric.actual is not None and metric.actual.span is not None
        assert whole[metric.actual.span.start : metric.actual.span.end] in texts


PRESS = """報道関係者各位

駅の窓口で、働く時間の相談を

1 概要
静岡県三島市と静岡労働局(ハローワーク三島)は、令和2年7月1日、駅北口に「みしま仕事ひろば」(一体的実施施設)を開設し、相談を受けています。

2 これがポイント!
→ 夜7時まで相談を受けます。

3 令和3年度の成果
120人
支援対象者数(目標100人以上)

4 関係者の声
(三島市福祉課)「駅で相談できると好評です。」
━━━━━━━━━━━━
報道関係者各位

市役所で、暮らしの相談と一緒に

1 概要
福井県敦賀市と福井労働局(ハローワーク敦賀)は、令和元年10月1日、市役所に「つるが相談室」(常設窓口)を開設しました。

3 令和3年度の成果
50人
就職者数

4 関係者の声
(ハローワーク敦賀)「連携が進みました。」
"""


def test_press_release_document() -> None:
    doc = jirei.parse_text(PRESS)
    got = [
        (
            p.title,
            p.municipality,
            p.hello_work,
            p.facility_name,
            p.fiscal_year,
            [(m.label, quantity_text(m.target), quantity_text(m.actual)) for m in p.metrics],
            [(c.speaker, c.text) for c in p.comments],
        )
        for p in doc.profiles
    ]
    assert got == [
        (
            "駅の窓口で、働く時間の相談を",
            "三島市",
            ("ハローワーク三島",),
            "みしま仕事ひろば",
            2021,
            [("支援対象者数", ("100", "人", "以上"), ("120", "人", None))],
            [("三島市福祉課", "駅で相談できると好評です。")],
        ),
        (
            "市役所で、暮らしの相談と一緒に",
            "敦賀市",
            ("ハローワーク敦賀",),
            "つるが相談室",
            2021,
            [("就職者数", None, ("50", "人", None))],
            [("ハローワーク敦賀", "連携が進みました。")],
        ),
    ]
    assert doc.profiles[0].initiatives == ("夜7時まで相談を受けます。",)
    for profile in doc.profiles:  # header values point at what is written
        for name in ("municipality", "facility_name"):
            span = profile.spans[name]
            assert PRESS[span.start : span.end] == getattr(profile, name)
