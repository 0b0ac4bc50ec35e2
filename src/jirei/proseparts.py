"""What every reader of a case told in prose shares (decisions 2150-2169): the offset
callables, the patterns the rules give prose (start words, labels, metric names, quotation
verbs, connectives …) and the fixed line patterns (rules, box lines, bullets, numbers), the
sentences of a stretch of text and the municipality it names first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import regex
from attrs import frozen

from jirei.model import Span
from jirei.rules import DEFAULT_RULES, Rules, per_rules

Locate = Callable[[int, int], Span]
Original = Callable[[int, int], str]

_SEPARATOR = regex.compile(
    r"^[ \t]*[|+]?[ \t]*(?:[━─\-―=＝_~〜・*＊─━┄┈◇◆□■☆★◎○●]{5,}|[┌└┏┗╔╚].*)[ \t]*[|+]?[ \t]*$"
)
_BOX_LINE = regex.compile(r"^[ \t]*[|│┃║]")
_BULLET = regex.compile(r"^[ \t]*([●・○◯■□▶►◆◇\-－※①-⑳]|[0-9]+[.)])[ \t]*(?=\S)")
_NUMBER = (
    r"(?:[0-9][0-9,]*(?:\.[0-9]+)?|[〇一二三四五六七八九十百千万]+(?:・[〇一二三四五六七八九]+)?)"
)


@frozen
class _Patterns:
    facility: regex.Pattern[str]
    facility_words: tuple[str, ...]
    bare_facility: regex.Pattern[str]
    start: regex.Pattern[str]
    label: regex.Pattern[str]
    figure: regex.Pattern[str]
    target: regex.Pattern[str]
    target_after: regex.Pattern[str]
    previous: regex.Pattern[str]
    rate: regex.Pattern[str]
    ordinal: regex.Pattern[str]
    ordinal_in: regex.Pattern[str]
    sequence: regex.Pattern[str]
    connective: regex.Pattern[str]
    count: regex.Pattern[str]
    initiative_head: regex.Pattern[str]
    other_head: regex.Pattern[str]
    turn_post: regex.Pattern[str]
    quote: regex.Pattern[str]
    quote_after: regex.Pattern[str]
    orgs: regex.Pattern[str]
    posts: tuple[str, ...]
    persons: tuple[str, ...]
    honorifics: tuple[str, ...]
    title_skip: regex.Pattern[str]
    closer: regex.Pattern[str]
    list_lead: regex.Pattern[str]


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _labels(table: dict, rules: Rules) -> str:
    """The metric names a sentence may state figures after: ``[prose] labels`` wherever
    they stand, and every other metric name of ``rules.metrics`` only as the topic of its
    clause, a figure right after its particle (``職業相談は2,140件程度に上った``: ``[prose]
    topic_particles``, a count word or qualifier before the figure allowed; decision 2866)
    — not ``職業相談を試行し…`` nor ``職業相談の予約``."""
    named = set(table.get("labels", ()))
    topics = [  # (not a name holding one read anywhere: ``うち紹介就職`` is ``紹介就職``)
        name for name in rules.metrics
        if len(name) >= 2 and not any(label in name for label in named)
    ]
    particles = _alt(table.get("topic_particles", ()))
    if not topics or particles == "(?!)":
        return _alt(tuple(named))
    leads = _alt((*rules.qualifier_prefixes, *rules.count_words))
    return (
        f"{_alt(tuple(named))}|(?:{_alt(topics)})"
        rf"(?=(?:(?:{particles})[、,]?|(?<=(?:^|\n)[ \t]*(?:[・●○■◆-][ \t]*)?\S+)[ \t\u3000]{{2,}})"
        rf"[ \u3000]?(?:{leads})?[ \u3000]?[0-9〇一二三四五六七八九十])"
    )


@per_rules
def _patterns(rules: Rules = DEFAULT_RULES) -> _Patterns:
    table = rules.figures_table.get("prose", {})
    words = tuple(table.get("facility_words", ()))
    units = "人|件|%|パーセント|回|名|社|か所|カ所"
    return _Patterns(
        facility=regex.compile(
            r"[「『](?P<name>[^「」『』\n。、]{3,40}?)(?:\((?P<kind>[^()\n]{2,30})\))?[」』]"
            r"(?:\((?P<kind2>[^()\n]{2,30})\))?"
        ),
        facility_words=words,
        bare_facility=regex.compile(
            r"(?:(?<=^|[\s、。:/])|(?<=^[ \t]*))"  # (``DATA:name``: ``【DATA】name`` after NFKC)
            r"(?P<name>[^\s「」『』、。()【】/:]{3,30})"
            r"\((?P<kind>[^()\n]{2,30})\)"
            r"(?=は|を|が|では|[、,/]|[ \t]*$)",  # (a facts line's last part: decision 2191)
            regex.M,
        ),
        start=regex.compile(_alt(table.get("start_words", ()))),
        label=regex.compile(_labels(table, rules)),
        figure=regex.compile(
            rf"(?P<num>{_NUMBER})(?P<unit>{units})"
            rf"(?P<qual>{_alt(table.get('qualifiers', ()))})?"
        ),
        target=regex.compile(_alt(table.get("target_words", ()))),
        target_after=regex.compile(  # ``400人以上とする目標`` (decision 3121)
            "(?:" + "|".join(regex.escape(w) for w in table.get("target_links", ()))
            + ")(?:" + _alt(table.get("target_words", ())) + ")"
            if table.get("target_links") else "(?!)"
        ),
        previous=regex.compile(_alt(table.get("previous_words", ()))),
        rate=regex.compile(_alt(table.get("rate_words", ()))),
        ordinal=regex.compile("^(?:" + "|".join(table.get("ordinals", ())) + ")"),
        ordinal_in=regex.compile("(?<=[、,])(?:" + "|".join(table.get("ordinals", ())) + ")"),
        sequence=regex.compile(
            r"(?:(?<=^[ \t]*)|(?<=[、。,]))(?:" + _alt(table.get("sequence", ())) + r")[、,]",
            regex.M,
        ),
        connective=regex.compile("^(?:" + _alt(table.get("connectives", ())) + ")"),
        count=regex.compile(rf"{_NUMBER}(?:{_alt(table.get('count_units', ()))})"),
        initiative_head=regex.compile(_alt(table.get("initiative_heads", ()))),
        other_head=regex.compile(_alt(table.get("other_heads", ()))),
        turn_post=regex.compile(
            rf"^[ \t]*(?:[○◯〇●◎]?[ \t]*(?P<post>{_alt(table.get('turn_posts', ()))})"
            r"\([^()\n]{1,30}\)"
            rf"|[○◯〇●◎][ \t]*[^\s()、。]{{1,6}}?(?P<post>{_alt(table.get('turn_posts', ()))})"
            r"(?=[ \t]|[^\s()、。]{2,}[、。]))[ \t]*(?P<text>[^\n]*)$",
            regex.M,
        ),
        quote=regex.compile(
            r"(?P<sp>[^。\n「」、]{2,40}?)(?:からは|は|も)[、,]?[ \t]*"
            r"「(?P<q>[^「」\n]{4,600}(?:\n(?![ \t]*\n)[^「」\n]{1,600}){0,6})」"  # (wrapped: 2273)
            rf"(?:\n[ \t]*)?(?:{_alt(table.get('quote_ends', ()))}"
            # ``…」と、支援のこつを明かす。``, ``…」と課題を挙げた。``: any short predicate closing
            # the sentence after と (its object between; decision 3479), not ``という…``
            rf"|(?P<free>と[、,]?(?!{_alt(table.get('quote_not_after', ()))})"
            r"(?=[^「」。\n]{1,16}。)))"
        ),
        quote_after=regex.compile(
            r"「(?P<q>[^「」\n]{4,600})」(?:"
            + _alt(table.get("quote_after", ()))
            + r")[、,]?[ \t]*"
            r"(?P<sp>[^。\n「」]{2,40}?)[。\n]"
        ),
        orgs=regex.compile(_alt(table.get("speaker_orgs", ()))),
        posts=tuple(sorted(table.get("posts", ()), key=len, reverse=True)),
        persons=tuple(table.get("persons", ())),
        honorifics=tuple(table.get("honorifics", ())),
        title_skip=regex.compile("|".join(table.get("title_skips", ())) or "(?!)"),
        closer=regex.compile(r"(?m)^[ \t]*[(\[【]?(?:" + _alt(table.get("closers", ())) + ")"),
        list_lead=regex.compile(_alt(table.get("list_leads", ()))),
    )


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences of ``text[lo:hi]`` (cut at ``。`` outside 「」 and at line ends)."""
    out: list[tuple[int, int]] = []
    depth = 0
    start = lo
    for i in range(lo, hi):
        ch = text[i]
        if ch == "「":
            depth += 1
        elif ch == "」":
            depth = max(0, depth - 1)
        elif ch == "\n" or (ch == "。" and depth == 0):
            end = i + 1 if ch == "。" else i
            if text[start:end].strip():
                out.append((start, end))
            start = i + 1
            if ch == "\n":
                depth = 0
    if text[start:hi].strip():
        out.append((start, hi))
    return out


@functools.cache
def _names() -> frozenset[str]:
    from jirei.places import municipality_names

    return municipality_names()


def _municipality(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    names = _names()
    for i in range(lo, hi):
        if text[i] in "市町村":
            for length in (5, 4, 3, 2):
                a = i + 1 - length
                if a < lo:
                    continue
                cand = text[a : i + 1]
                if cand in names and regex.fullmatch(r"[一-龥ぁ-んァ-ヶ々ー]+", cand):
                    return cand, a
    return None


#: a bracketed label opening a headline line (``【四万十】…``): not part of the title
_LABEL = regex.compile(r"^(?:[【\[][^】\]\n]{1,10}[】\]]|[^\s:()「」]{1,6}:)[ \t]*(?=\S)")
