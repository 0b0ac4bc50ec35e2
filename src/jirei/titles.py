"""A case's title from its headline text: quotes wrapping the whole headline are no part
of it (``「…」``, ``“…”``, ``『…』``; ``rules.headline_quotes``, decision 72)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo


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


#: emphasis marks wrapping a whole title (``**…**``, ``***…***``, ``_**…**_``)
_EMPHASIS = regex.compile(
    r"^(?P<open>[*_]{1,3})(?P<inner>[^*_].*?[^*_]|[^*_])(?P<close>[*_]{1,3})$"
)


def unbold(title: str) -> str:
    """``title`` without markdown emphasis marks wrapping it whole (``**…**``, ``__…__``,
    ``***…***``: a converter's bold headline line; decisions 1928, 1932)."""
    match = _EMPHASIS.match(title)
    if match is None or match["close"] != match["open"][::-1]:
        return title
    inner = match["inner"]
    return title if "**" in inner or "__" in inner else inner.strip()


#: the shortest and the longest bold catch phrase read as a title
_BOLD_MIN, _BOLD_MAX = 4, 60


def bold_title(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> tuple[str, int] | None:
    """The catch phrase a case with no headline writes wholly in markdown emphasis on a line
    of its own before its first section (``**駅前の「しごと窓口」で…伴走**`` under a facts
    table; decision 2643), or between one mark written at both ends (``＊…＊``, ``★…★``;
    decision 2987): its text and offset, else None. A fact, a sentence or a line
    inside a paragraph is none."""
    from jirei.facts import labelled_fact

    for index, info in enumerate(infos):
        if info.kind is K.SECTION or info.kind is K.COMMENT:
            return None
        stripped = info.line.text.strip()
        if stripped[:1] in "*_":  # ``**…**``, and ``＊…＊`` (NFKC ``*…*``; decision 2987)
            inner = unbold(stripped)
        else:  # ``★…★``: a mark of ``headline_quotes`` written the same at both ends
            inner, cut = unquote(stripped, rules)
            if not cut or stripped[0] != stripped[-1]:
                continue
        if inner == stripped:
            continue
        if not _BOLD_MIN <= len(inner) <= _BOLD_MAX or "。" in inner:
            continue
        if labelled_fact(inner, 0, rules) is not None or ":" in inner:
            continue
        around = [infos[i] for i in (index - 1, index + 1) if 0 <= i < len(infos)]
        if any(not i.line.blank and i.kind is K.TEXT for i in around):
            continue  # a bold line inside a paragraph
        at = info.line.start + info.line.text.find(inner)
        return inner, at
    return None


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


@per_rules
def _label_words(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The labels of ``_labels``, without their kinds."""
    return tuple(label for label, _ in _labels(rules))


def drop_field_label(
    title: str, rules: Rules = DEFAULT_RULES, spaced: Callable[[int], bool] | None = None
) -> tuple[str, int]:
    """A headline's title when a field label opens it, normalisation having removed the
    space after the label (decisions 1123, 1124): a title label goes (``事例の要点　…`` →
    ``…``); an aside label (``調査事項　…``, ``所在地　…``) leaves no title (``""``). Also how
    many characters were cut in front (0 when none). A label shorter than three characters
    (``件名　…``, decision 3330) counts only where ``spaced(n)`` says a space stood after the
    title's first ``n`` characters in the original text."""
    if spaced is not None:
        short = _short_label(title, rules)
        if short is not None and spaced(len(short[0])):
            stripped = title[len(short[0]) :].lstrip(" :\u3000")
            if len(stripped) >= 4:
                return stripped, len(title) - len(stripped)
    if not title.startswith(_label_words(rules)):
        return title, 0  # (one ``startswith`` over every label first: most titles open with none)
    for label, kind in _labels(rules):
        if title.startswith(label):
            stripped = title[len(label) :].lstrip(" :\u3000")
            if kind == "title" and says_none(stripped, rules):
                return "", len(title)  # ``キャッチフレーズ　なし``: the case has none (3088)
            if len(stripped) < 4:
                break
            if kind == "aside":
                return "", len(title)
            return stripped, len(title) - len(stripped)
    return title, 0


def _short_label(title: str, rules: Rules) -> tuple[str, str] | None:
    """The title label under three characters opening ``title`` (``件名``), with its kind
    (``title``), else None."""
    for label, kind in _short_labels(rules):
        if title.startswith(label):
            return label, kind
    return None


@per_rules
def _short_labels(rules: Rules = DEFAULT_RULES) -> tuple[tuple[str, str], ...]:
    """The title labels shorter than three characters (``rules.field_labels``' and
    ``harvest_table.title_labels``), with their kind."""
    labels = [label for label, kind in rules.field_labels.items() if kind == "title"]
    labels += rules.harvest_table.get("title_labels", ())
    return tuple((label, "title") for label in dict.fromkeys(labels) if len(label) < _MIN_LABEL)


#: what ``says_none`` reads past (compiled once: ``regex.sub`` with a pattern string looks it
#: up in the module's cache on every call, several times the cost of the substitution)
_NONE_MARKS = regex.compile(r"[\s。()「」]")


def says_none(value: str, rules: Rules) -> bool:
    """Whether a field's value says there is nothing (``なし``, ``該当なし``, ``－``: a word of
    ``figures.toml [gathered_parts] none_lines``, its ``。`` and brackets aside)."""
    words = rules.figures_table.get("gathered_parts", {}).get("none_lines", ())
    return _NONE_MARKS.sub("", value) in words


@per_rules
def _form_names(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    """The patterns of ``rules.harvest_table.form_names`` joined, else None."""
    names = rules.harvest_table.get("form_names", ())
    return regex.compile("|".join(f"(?:{n})" for n in names)) if names else None


def is_form_name(title: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a headline is the name of the form a case is written on (``様式２　一体的実施
    事業　取組事例報告書``; decision 1906): no title (the form's title field names it)."""
    pattern = _form_names(rules)
    return pattern is not None and pattern.match(title) is not None


__all__ = ["bold_title", "drop_field_label", "is_form_name", "says_none", "unquote"]
