"""Consistency checks: stated rates against the figures they are computed from."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.checks import check_profile, rounding_tolerance
from jirei.lines import split_lines
from jirei.model import Metric, Profile, Quantity, Span
from jirei.normalise import normalise
from jirei.tables import read_results

SEED = Path(__file__).parents[1] / ".." / "shared" / "seed" / "000_55666265dad7f183.txt"
D = Decimal


def count(value: int, unit: str = "人", qualifier: str | None = None) -> Quantity:
    return Quantity(value, unit, qualifier)


def rate(value: str | int) -> Quantity:
    return Quantity(D(value) if isinstance(value, str) else value, "%")


def employment(
    employed: int, targets: int, stated: str | int, group: str | None = None
) -> tuple[Metric, ...]:
    return (
        Metric("支援対象者数", "support_targets", group, actual=count(targets)),
        Metric("就職者数", "employed", group, actual=count(employed)),
        Metric("就職率", "employment_rate", group, actual=rate(stated), span=Span(10, 13)),
    )


@pytest.mark.parametrize(
    ("employed", "targets", "stated"),
    [
        (319, 449, "71.0"),  # 71.047…
        (232, 290, "80.0"),  # exact
        (249, 274, 91),  # 90.875 → 91
        (207, 268, "77.2"),  # 77.238…
        (2, 3, "66.6"),  # truncated instead of rounded: within the 0.05 slack
        (0, 5, 0),
    ],
)
def test_consistent_employment_rate_gives_no_warning(
    employed: int, targets: int, stated: str | int
) -> None:
    assert check_profile(Profile(metrics=employment(employed, targets, stated))) == []


@pytest.mark.parametrize(
    ("employed", "targets", "stated"),
    [
        (319, 449, "72.0"),
        (319, 449, "70.9"),  # 71.047 - 70.9 = 0.147 > 0.05 + 0.05
        (249, 274, 92),  # 90.875: off by more than 0.5 + 0.05
        (232, 290, "60"),
    ],
)
def test_inconsistent_employment_rate_warns(employed: int, targets: int, stated: str) -> None:
    warnings = check_profile(Profile(metrics=employment(employed, targets, stated)))
    assert [w.code for w in warnings] == ["employment_rate_mismatch"]
    (warning,) = warnings
    assert warning.span == Span(10, 13)
    assert f"{stated}%" in warning.message
    assert str(employed) in warning.message and str(targets) in warning.message


def test_employment_rate_is_checked_within_its_group_only() -> None:
    metrics = employment(50, 100, "50.0", group="障害者") + employment(
        10, 100, "10.0", group="生保受給者等"
    )
    assert check_profile(Profile(metrics=metrics)) == []
    crossed = (
        *employment(50, 100, "50.0", group="障害者")[:2],
        Metric("就職率", "employment_rate", "生保受給者等", actual=rate("50.0")),
        Metric("就職率", "employment_rate", "障害者", actual=rate("10.0")),
    )
    warnings = check_profile(Profile(metrics=crossed))
    assert [w.code for w in warnings] == ["employment_rate_mismatch"]
    assert "障害者" in warnings[0].message


def test_employment_rate_without_both_counts_is_not_checked() -> None:
    metrics = (
        Metric("支援対象者", "support_targets", "障害者", count(100), count(195)),
        Metric("就職率", "employment_rate", "障害者", rate(60), rate("49.2")),
    )
    assert check_profile(Profile(metrics=metrics)) == []


def achieved(target: Quantity, actual: Quantity, stated: str | int) -> Profile:
    return Profile(
        metrics=(
            Metric(
                "支援対象者数",
                "support_targets",
                target=target,
                actual=actual,
                achievement_rate=D(stated) if isinstance(stated, str) else stated,
                span=Span(3, 9),
            ),
        )
    )


@pytest.mark.parametrize(
    ("target", "actual", "stated"),
    [
        (220, 290, "131.8"),
        (200, 268, "134.0"),
        (130, 207, "159.2"),
        (220, 274, 125),  # 124.545… rounds to 125
        (143, 249, 174),  # 174.125…
    ],
)
def test_consistent_achievement_rate_gives_no_warning(
    target: int, actual: int, stated: str | int
) -> None:
    profile = achieved(count(target, qualifier="以上"), count(actual), stated)
    assert check_profile(profile) == []


@pytest.mark.parametrize(
    ("target", "actual", "stated"),
    [
        (220, 290, "131.7"),  # 131.818…: off by more than 0.05
        (220, 274, 124),  # 124.545…: off by more than 0.5
        (200, 268, "143.0"),
    ],
)
def test_inconsistent_achievement_rate_warns(target: int, actual: int, stated: str | int) -> None:
    warnings = check_profile(achieved(count(target), count(actual), stated))
    assert [w.code for w in warnings] == ["achievement_rate_mismatch"]
    assert warnings[0].span == Span(3, 9)
    assert f"{stated}%" in warnings[0].message
    assert f"{actual}人" in warnings[0].message and f"{target}人" in warnings[0].message


def test_achievement_rate_across_units_is_not_checked() -> None:
    assert check_profile(achieved(count(10, "件"), count(30, "人"), "100.0")) == []


@pytest.mark.parametrize(
    ("stated", "tolerance"),
    [(D("71.0"), D("0.05")), (D(125), D("0.5")), (D("131.85"), D("0.005")), (91, D("0.5"))],
)
def test_rounding_tolerance(stated: Decimal | int, tolerance: Decimal) -> None:
    assert rounding_tolerance(stated) == tolerance


@settings(max_examples=200)
@given(
    target=st.integers(min_value=1, max_value=100_000),
    actual=st.integers(min_value=0, max_value=100_000),
    places=st.integers(min_value=0, max_value=2),
)
def test_any_correctly_rounded_achievement_rate_passes(
    target: int, actual: int, places: int
) -> None:
    stated = (D(actual) * 100 / D(target)).quantize(D(1).scaleb(-places))
    assert check_profile(achieved(count(target), count(actual), str(stated))) == []


@pytest.mark.skipif(not SEED.parent.parent.exists(), reason="../shared is absent")
def test_seed_tables_are_consistent() -> None:
    """The seed's rates agree with their figures (豊島区 290/220, 春日井 268/200 and
    207/130, 相模原 274/220 → 125 and 249/143 → 174, 宇都宮 319/449 → 71.0)."""
    if not SEED.exists():
        pytest.skip("seed report absent")
    norm = normalise(SEED.read_text(encoding="utf-8"))
    lines = split_lines(norm.text)
    metrics: list[Metric] = []
    for index, line in enumerate(lines):
        if line.text.startswith("\t"):  # a table's header row; each table is its own profile
            table = read_results(lines[index:], locate=lambda s, e: Span(*norm.span(s, e)))
            assert table.warnings == ()
            assert check_profile(Profile(metrics=table.metrics)) == []
            metrics.extend(table.metrics)
    # the checks had something to check: 5 stated 達成率, 3 就職率 beside both counts
    assert len([m for m in metrics if m.achievement_rate is not None]) == 5
    assert len([m for m in metrics if m.key == "employment_rate" and m.group is None]) == 3


CORPUS = Path(__file__).parents[1] / "corpus"


def test_corpus_deliberate_errors_are_the_only_warnings() -> None:
    """corpus/README.md lists two deliberate errors: 八王子's 就職率 (160/250 is 64.0%, stated
    66.0%) and 横浜's 達成率 (330/300 is 110.0%, stated 120.0%); nothing else disagrees."""
    found = []
    for path in sorted(CORPUS.glob("*.txt")):
        norm = normalise(path.read_text(encoding="utf-8"))
        lines = split_lines(norm.text)
        for index, line in enumerate(lines):
            if "事業目標と" not in line.text:
                continue
            locate = lambda s, e, norm=norm: Span(*norm.span(s, e))  # noqa: E731
            table = read_results(lines[index + 1 :], locate=locate, heading=line)
            for warning in check_profile(Profile(metrics=table.metrics)):
                found.append((path.name, warning.code, warning.span.slice(norm.original)))
    assert found == [
        ("h28_kanto.txt", "achievement_rate_mismatch", "支援対象者数"),
        ("h29_kanto_plain.txt", "employment_rate_mismatch", "就職率"),
    ]
