"""What a document that gave no profile still plainly holds: municipality names, bureau /
Hello Work names and figures of the genre's metrics. A user must be told when such a text
reads as nothing (its layout is one the rules do not know), not left with an empty list.
"""

from __future__ import annotations

import regex

from jirei.model import Warning
from jirei.places import municipality_names
from jirei.rules import DEFAULT_RULES, Rules

_PLACE = regex.compile(r"\p{Han}[\p{Han}ヶケ]{0,6}?[市区町村]")
_BUREAU = regex.compile(r"\p{Han}{1,4}労働局")
_FIGURE = regex.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:人|件|%|回)")


def case_material(text: str, rules: Rules = DEFAULT_RULES) -> dict[str, int]:
    """How many municipality names, bureau / office names, metric labels and figures the
    text holds (each kind counted once per distinct spelling)."""
    names = municipality_names()
    places = {
        m.group()
        for m in _PLACE.finditer(text, overlapped=True)
        if m.group().replace("ヶ", "ケ") in names
    }
    offices = {m.group() for m in _BUREAU.finditer(text)}
    offices |= {w for w in rules.hello_work_prefixes if w and w in text}
    labels = {label for label in rules.metrics if len(label) > 1 and label in text}
    figures = {m.group() for m in _FIGURE.finditer(text)}
    return {
        "municipalities": len(places),
        "offices": len(offices),
        "metric labels": len(labels),
        "figures": len(figures),
    }


def unread_warning(text: str, rules: Rules = DEFAULT_RULES) -> Warning | None:
    """A warning for a document that gave no profile although it holds case material
    (a municipality, a bureau or office, and metric figures), else None."""
    found = case_material(text, rules)
    if not (found["municipalities"] and found["offices"] and found["figures"]):
        return None
    held = ", ".join(f"{count} {kind}" for kind, count in found.items() if count)
    return Warning(
        "unread_case_material",
        f"no profile was read although the text holds case material ({held}): its layout "
        "is one the reading rules do not know; nothing of it is in the output",
    )


__all__ = ["case_material", "unread_warning"]
