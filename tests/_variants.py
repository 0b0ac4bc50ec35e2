"""Helpers of the variant-document tests: a profile's key facts as plain values, the
differences from hand-written expectations, and short builders for expected metrics."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

import pytest

import jirei

Q = tuple[object, str | None, str | None]


def quantity(value: jirei.Quantity | None) -> Q | None:
    return None if value is None else (value.value, value.unit, value.qualifier)


def facts(profile: jirei.Profile) -> dict[str, object]:
    """The key facts of one profile, in plain values."""
    return {
        "title": profile.title,
        "prefecture": profile.prefecture,
        "municipality": profile.municipality,
        "labour_bureau": profile.labour_bureau,
        "hello_work": tuple(profile.hello_work),
        "facility_name": profile.facility_name,
        "facility_type": profile.facility_type,
        "start_date": profile.start_date,
        "fiscal_year": profile.fiscal_year,
        "initiatives": tuple(profile.initiatives),
        "other_results": tuple(profile.other_results),
        "metrics": [
            (m.label, m.group, quantity(m.target), quantity(m.actual), m.achievement_rate)
            for m in profile.metrics
        ],
        "comments": [(c.speaker, c.role, "".join(c.text.split())) for c in profile.comments],
    }


def mismatches(text: str, expected: list[dict[str, object]]) -> list[str]:
    doc = jirei.parse_text(text)
    if len(doc.profiles) != len(expected):
        return [f"{len(doc.profiles)} profiles, expected {len(expected)}"]
    out = []
    for n, (profile, want) in enumerate(zip(doc.profiles, expected, strict=True), 1):
        got = facts(profile)
        for key, value in want.items():
            if key == "comments":
                value = [(s, r, "".join(t.split())) for s, r, t in value]  # type: ignore[attr-defined]
            if got[key] != value:
                out.append(f"case {n} {key}: {got[key]!r} != {value!r}")
    return out


def M(
    label: str,
    target: Q | None,
    actual: Q | None,
    rate: str | None = None,
    group: str | None = None,
) -> tuple[object, ...]:
    return (label, group, target, actual, None if rate is None else Decimal(rate))


def P(value: object, unit: str | None = "人", qualifier: str | None = None) -> Q:
    return (value, unit, qualifier)


def R(value: str, qualifier: str | None = None) -> Q:
    return (Decimal(value), "%", qualifier)


def with_known_gaps(names: Iterable[str], gaps: Mapping[str, str]) -> list[object]:
    """``names`` as pytest parameters, those in ``gaps`` marked strict xfail with their reason
    (a fix must remove the mark)."""
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=gaps[name]))
        if name in gaps
        else name
        for name in names
    ]



def variant_tests(
    documents: Mapping[str, tuple[str, list[dict[str, object]]]],
    fact_gaps: Mapping[str, str] | None = None,
    count_gaps: Mapping[str, str] | None = None,
) -> tuple[object, object]:
    """The two tests every variant file runs over its ``documents`` (name → text and the
    key facts expected of each profile, written by hand): each document's key facts, and
    its profile count on its own (finding the cases is the lever). A name in a gaps table is
    a strict known gap with its reason. Bind both at module level:
    ``test_variant_reads_key_facts, test_variant_profile_count = variant_tests(DOCUMENTS)``."""

    @pytest.mark.parametrize("name", with_known_gaps(documents, fact_gaps or {}))
    def test_variant_reads_key_facts(name: str) -> None:
        text, expected = documents[name]
        assert mismatches(text, expected) == []

    @pytest.mark.parametrize("name", with_known_gaps(documents, count_gaps or {}))
    def test_variant_profile_count(name: str) -> None:
        text, expected = documents[name]
        assert len(jirei.parse_text(text).profiles) == len(expected)

    return test_variant_reads_key_facts, test_variant_profile_count

def labelled_case(
    n: int,
    city: str,
    hw: str,
    title: str,
    body: str,
    *,
    label: str = "事例{n}",
    date: str = "平成27年4月1日開設",
) -> str:
    """One case of a comment variant document: label, partner line, title, start date, a
    short initiatives list, then ``body``."""
    head = label.format(n=n)
    return (
        f"{head}\n{city} × {hw}\n{title}\n{date}\n\n（取組の概要）\n"
        "・福祉窓口に就労支援の相談員を配置した。\n・毎月の連絡会で支援の方針を共有した。\n\n"
        f"{body}\n\n"
    )


def labelled_doc(head: str, *cases: tuple[str, str, str, str]) -> str:
    """A document: ``head`` then each case of ``cases`` built by :func:`labelled_case`."""
    return head + "\n\n" + "".join(labelled_case(n, *c) for n, c in enumerate(cases, 1))
