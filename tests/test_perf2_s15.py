"""The fifteenth session's second speed pass: each tuple precheck answers what the per-label
loop it guards would have (a title or line opening with a label, with a label's prefix only,
with none)."""

from __future__ import annotations

from jirei import fieldtitle, titles
from jirei.rules import DEFAULT_RULES


def _drop_reference(title: str) -> tuple[str, int]:
    """``titles.drop_field_label`` without its precheck (the loop alone)."""
    for label, kind in titles._labels(DEFAULT_RULES):
        if title.startswith(label):
            stripped = title[len(label) :].lstrip(" :\u3000")
            if len(stripped) < 4:
                break
            if kind == "aside":
                return "", len(title)
            return stripped, len(title) - len(stripped)
    return title, 0


def _titles() -> list[str]:
    """Titles opening with each title or aside label (long and short rests), a label's
    first characters only, and none."""
    out = ["福祉と就労の窓口をワンフロアに集約", "", "事例"]
    for label, _ in titles._labels(DEFAULT_RULES):
        out += [label + "就労支援の取組について", label + "短い", label, label[:-1] + "就労支援"]
    return out


def test_drop_field_label_precheck_reads_every_labelled_title() -> None:
    assert titles._labels(DEFAULT_RULES)  # (the rules hold labels: the test reads some)
    for title in _titles():
        assert titles.drop_field_label(title, DEFAULT_RULES) == _drop_reference(title), title


def test_fact_line_precheck_keeps_a_spaced_label() -> None:
    for label in fieldtitle._fact_labels(DEFAULT_RULES):
        assert fieldtitle.is_fact_line("・" + label + "　就労支援の対象者", DEFAULT_RULES), label
        assert not fieldtitle.is_fact_line(label, DEFAULT_RULES), label
