"""A case's title from its headline text: quotes wrapping the whole headline are no part
of it (``「…」``, ``“…”``, ``『…』``; ``rules.headline_quotes``, decision 72)."""

from __future__ import annotations

from jirei.rules import DEFAULT_RULES, Rules, per_rules


def unquote(title: str, rules: Rules = DEFAULT_RULES) -> tuple[str, int]:
    """``title`` without quotes wrapping it whole, and how many characters were cut in
    front (0 when it is not so quoted). Quotes inside the title stay."""
    for pair in rules.headline_quotes:
        opening, closing = pair[0], pair[1]
        if (
            len(title) > 2
            and title[0] == opening
            and title[-1] == closing
            and closing not in title[1:-1]
        ):
            inner = title[1:-1]
            stripped = inner.strip()
            return stripped, 1 + len(inner) - len(inner.lstrip())
    return title, 0


#: the shortest field label recognised before a headline with no separator left
_MIN_LABEL = 3


@per_rules
def _labels(rules: Rules = DEFAULT_RULES) -> tuple[tuple[str, str], ...]:
    """The title and aside field labels (``rules.field_labels``) of three or more
    characters with their kind, longest first."""
    labels = [
        (label, kind)
        for label, kind in rules.field_labels.items()
        if kind in ("title", "aside") and len(label) >= _MIN_LABEL
    ]
    return tuple(sorted(labels, key=lambda pair: len(pair[0]), reverse=True))


def drop_field_label(title: str, rules: Rules = DEFAULT_RULES) -> tuple[str, int]:
    """A headline's title when a field label opens it, normalisation having removed the
    space after the label (decisions 1123, 1124): a title label goes (``事例の要点　…`` →
    ``…``); an aside label (``調査事項　…``, ``所在地　…``) leaves no title (``""``). Also how
    many characters were cut in front (0 when none)."""
    for label, kind in _labels(rules):
        if title.startswith(label):
            stripped = title[len(label) :].lstrip(" :\u3000")
            if len(stripped) < 4:
                break
            if kind == "aside":
                return "", len(title)
            return stripped, len(title) - len(stripped)
    return title, 0


__all__ = ["drop_field_label", "unquote"]
