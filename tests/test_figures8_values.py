"""Property tests of the number, rate and date forms internal working documents use
(decisions 2130-2143): kanji numerals with 千 / 百 / 十 and ``・`` as the decimal point,
rates in 割 (and 分), abbreviated eras ``H29.4.1`` / ``R5/4/1`` / ``H.30.4.1``, Gregorian
slash dates; and of the two new line shapes built on them: results rows whose figures are
apart by slashes (``jirei.slashrows``) and column heads spaced out letter by letter
(``jirei.spacedheads``)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.model import Span
from jirei.rules import DEFAULT_RULES
from jirei.slashrows import read_row, slash_rows
from jirei.spacedheads import join_spaced_heads
from jirei.values import find_dates, find_quantities, parse_date, parse_number, parse_rate

DIGITS = "〇一二三四五六七八九"


def kanji(n: int) -> str:
    """``n`` (1..9999) in kanji numerals as a report writes it (百, not 一百)."""
    out = []
    for value, char in ((1000, "千"), (100, "百"), (10, "十")):
        count, n = divmod(n, value)
        if count:
            out.append(("" if count == 1 else DIGITS[count]) + char)
    if n:
        out.append(DIGITS[n])
    return "".join(out)


def wide(text: str) -> str:
    """``text`` with its ASCII digits, letters and marks full-width."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@settings(max_examples=200)
@given(st.integers(1, 9999))
def test_kanji_numeral_round_trip(n: int) -> None:
    assert parse_number(kanji(n)) == n


@settings(max_examples=200)
@given(
    st.integers(1, 9999),
    st.sampled_from(["人", "件", "名", "社"]),
    st.sampled_from(["", "以上", "未満", "超", "程度"]),
)
def test_kanji_quantity_in_a_row(n: int, unit: str, bound: str) -> None:
    """A kanji figure in a row of ideographic spaces is one quantity with its unit and bound."""
    text = f"支援対象者数\u3000{kanji(n)}{unit}{bound}\u3000－"
    found = list(find_quantities(text))
    assert len(found) == 1
    quantity = found[0].value
    assert (quantity.value, quantity.unit, quantity.qualifier) == (n, unit, bound or None)
    assert text[found[0].start : found[0].end] == f"{kanji(n)}{unit}{bound}"


@settings(max_examples=200)
@given(st.integers(1, 999), st.integers(0, 9))
def test_kanji_rate_with_a_dot(whole: int, tenth: int) -> None:
    """``百三十一・八％``: ``・`` is the decimal point of a kanji rate."""
    text = f"{kanji(whole)}・{DIGITS[tenth]}％"
    assert parse_rate(text) == Decimal(f"{whole}.{tenth}")


@settings(max_examples=200)
@given(st.integers(1, 9), st.integers(0, 9), st.booleans(), st.booleans())
def test_wari_rate(tens: int, ones: int, with_bun: bool, kanji_digits: bool) -> None:
    """``6割`` is 60 percent, ``6割5分`` 65; kanji or Arabic digits, any width."""
    head = DIGITS[tens] if kanji_digits else str(tens)
    text = f"{head}割" + (f"{ones}分" if with_bun else "")
    expected = tens * 10 + (ones if with_bun else 0)
    assert parse_rate(text) == expected
    assert parse_rate(wide(text)) == expected


ERAS = (("R", "令和", dt.date(2019, 5, 1), dt.date(2030, 12, 31)),
        ("H", "平成", dt.date(1989, 1, 8), dt.date(2019, 4, 30)),
        ("S", "昭和", dt.date(1926, 12, 25), dt.date(1989, 1, 7)))


@st.composite
def abbreviated(draw: st.DrawFn) -> tuple[dt.date, str]:
    letter, _, first, last = draw(st.sampled_from(ERAS))
    day = draw(st.dates(first, last))
    year = day.year - first.year + 1
    sep = draw(st.sampled_from([".", "/", "．", "／"]))
    dot = draw(st.sampled_from(["", "."]))
    written = f"{letter}{dot}{year}{sep}{day.month}{sep}{day.day}"
    if draw(st.booleans()):
        written = wide(written)
    return day, written


@settings(max_examples=200)
@given(abbreviated())
def test_abbreviated_era_round_trip(case: tuple[dt.date, str]) -> None:
    day, written = case
    assert parse_date(written) == day


@settings(max_examples=200)
@given(abbreviated(), st.sampled_from(["開始", "開設", "　事業開始", "～"]))
def test_abbreviated_era_found_before_a_start_word(case: tuple[dt.date, str], after: str) -> None:
    day, written = case
    text = f"施設：ワークサポート（一体的実施施設）　{written}{after}"
    found = list(find_dates(text))
    assert [f.value for f in found] == [day]
    assert text[found[0].start : found[0].end] == written


@settings(max_examples=200)
@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    st.sampled_from(["/", "／", "-"]),
    st.booleans(),
)
def test_gregorian_slash_date_round_trip(day: dt.date, sep: str, padded: bool) -> None:
    month = f"{day.month:02d}" if padded else str(day.month)
    written = f"{day.year}{sep}{month}{sep}{day.day}"
    assert parse_date(written) == day
    assert [f.value for f in find_dates(f"（{written}付）")] == [day]


# --- results rows apart by slashes ---------------------------------------------------


def _locate(start: int, end: int) -> Span:
    return Span(start, end)


@st.composite
def slash_row(draw: st.DrawFn) -> tuple[str, dict[str, object], list[str]]:
    target = draw(st.integers(1, 999))
    actual = draw(st.integers(1, 999))
    tenths = draw(st.integers(0, 2999))
    rate = Decimal(tenths) / 10
    parts = {
        "target": f"{target}人" + draw(st.sampled_from(["", "以上"])),
        "actual": f"{actual}人",
        "achievement_rate": f"{rate}%",
    }
    roles = draw(st.permutations(["target", "actual", "achievement_rate"]))
    missing = draw(st.sampled_from([None, "target", "achievement_rate"]))
    written = ["－" if role == missing else parts[role] for role in roles]
    slash = draw(st.sampled_from(["／", "/", " / "]))
    gap = draw(st.sampled_from(["\u3000\u3000", "    ", "：", ":"]))
    line = "\u3000\u3000支援対象者数" + gap + slash.join(written)
    expected = {
        "target": None
        if missing == "target"
        else (target, "人", "以上" if "以上" in parts["target"] else None),
        "actual": (actual, "人", None),
        "rate": None if missing == "achievement_rate" else rate,
    }
    return line, expected, list(roles)


@settings(max_examples=200)
@given(slash_row())
def test_slash_row_read_in_the_order_given(case: tuple[str, dict[str, object], list[str]]) -> None:
    line, expected, roles = case
    text = unicodedata.normalize("NFKC", line)
    rows = slash_rows(text)
    assert len(rows) == 1
    metric = read_row(rows[0], roles, _locate, DEFAULT_RULES)
    assert metric is not None
    assert metric.label == "支援対象者数"
    read = metric.target
    target = None if read is None else (read.value, read.unit, read.qualifier)
    assert target == expected["target"]
    assert metric.actual is not None
    assert (metric.actual.value, metric.actual.unit, metric.actual.qualifier) == expected["actual"]
    assert metric.achievement_rate == expected["rate"]
    assert metric.actual.span is not None
    assert text[metric.actual.span.start : metric.actual.span.end] == f"{expected['actual'][0]}人"  # type: ignore[index]


@settings(max_examples=200)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_a_slash_date_is_no_slash_row(day: dt.date) -> None:
    assert slash_rows(f"開設日\u3000\u3000{day.year}/{day.month}/{day.day}") == []


# --- column heads spaced out letter by letter ----------------------------------------

HEADS = ["区分", "項目", "対象者", "目標", "実績", "達成率", "目標値", "実績値"]


@st.composite
def spaced_head(draw: st.DrawFn) -> tuple[str, list[str]]:
    words = draw(st.lists(st.sampled_from(HEADS), min_size=3, max_size=5, unique=True))
    inner = draw(st.integers(1, 2))
    outer = draw(st.integers(inner + 1, inner + 4))
    spaced = [
        ("\u3000" * inner).join(word) if len(word) == 2 or draw(st.booleans()) else word
        for word in words
    ]
    return "\u3000\u3000" + ("\u3000" * outer).join(spaced), words


@settings(max_examples=200)
@given(spaced_head())
def test_spaced_head_joined_keeps_length_and_words(case: tuple[str, list[str]]) -> None:
    line, words = case
    text = f"三　目標及び実績\n{line}\n　支援対象者数　　百人　　百十人　　百十・〇％\n"
    joined = join_spaced_heads(text)
    assert len(joined) == len(text)
    head = joined.split("\n")[1]
    assert head.split() == words


@settings(max_examples=200)
@given(st.text(alphabet="名称所在地開設区分目標実績　 \n市町村", max_size=60))
def test_spaced_heads_keeps_length_on_any_text(text: str) -> None:
    assert len(join_spaced_heads(text)) == len(text)
