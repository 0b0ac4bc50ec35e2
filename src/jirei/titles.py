"""A case's title from its headline text: quotes wrapping the whole headline are no part
of it (``「…」``, ``“…”``, ``『…』``; ``rules.headline_quotes``, decision 72)."""

from __future__ import annotations

from jirei.rules import DEFAULT_RULES, Rules


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


__all__ = ["unquote"]
