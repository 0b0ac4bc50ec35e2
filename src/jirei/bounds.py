"""Where a case ends (decisions 1260–1279): a data box's heading ends a comments section
(``□データ□`` over ``・施設名：…`` lines after the last comment: the box is no comment), and
a back-matter heading after the last case's body (``参考``, ``関連リンク``, ``今後の予定``,
``別添　…``; ``harvest_table.back_matter_heads``) ends that case: what follows belongs to no case.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.harvest import _MARKS as BOX_MARKS
from jirei.harvest import _words
from jirei.items import Item
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo

#: marks, brackets and spaces around a heading (``【問い合わせ先】``, ``■参考``, ``＜今後の予定＞``)
_MARKS = regex.compile(r"[\s<>＜＞\[\]［］【】〔〕()（）□■◆◇●○★☆◎▼▲《》〈〉=＝~〜:：|・\-―]+")
#: the longest line a heading may be (characters)
_MAX_HEAD = 40


@per_rules
def _back_heads(rules: Rules = DEFAULT_RULES) -> tuple[frozenset[str], regex.Pattern[str] | None]:
    """The back-matter headings (marks removed) and a pattern of a line opening with one of
    them, then a space or a colon and more text (``別添　協定書``)."""
    heads = tuple(rules.harvest_table.get("back_matter_heads", ()))
    if not heads:
        return frozenset(), None
    joined = "|".join(regex.escape(h) for h in sorted(heads, key=len, reverse=True))
    opening = regex.compile(
        rf"^[\s<＜【〔\[［(（□■◆◇●○★☆◎▼《〈]*(?:{joined})[】＞>〕\]］)）》〉]?[\s:：]+\S"
    )
    return frozenset(_MARKS.sub("", h) for h in heads), opening


def is_back_matter_head(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line is a back-matter heading of ``rules`` (alone, or opening its line)."""
    stripped = text.strip()
    if not stripped or len(stripped) > _MAX_HEAD:
        return False
    heads, opening = _back_heads(rules)
    if not heads:
        return False
    return _MARKS.sub("", stripped) in heads or (
        opening is not None and opening.match(stripped) is not None
    )


@per_rules
def _run_on(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    """A bracketed back-matter head running on into its text (``（参考）各事例の実績一覧``)."""
    heads = tuple(rules.harvest_table.get("back_matter_heads", ()))
    if not heads:
        return None
    joined = "|".join(regex.escape(h) for h in sorted(heads, key=len, reverse=True))
    return regex.compile(
        rf"^\s*(?:<(?:{joined})>|＜(?:{joined})＞|【(?:{joined})】|〔(?:{joined})〕|"
        rf"\[(?:{joined})\]|［(?:{joined})］|\((?:{joined})\)|（(?:{joined})）|《(?:{joined})》|"
        rf"〈(?:{joined})〉)\S"
    )


def _run_on_head(infos: Sequence[LineInfo], index: int, stop: int, rules: Rules) -> bool:
    """Whether line ``index`` is a bracketed back-matter head running on into its text with
    no section heading after it in its case (``（参考）その他の成果`` before ``IV 所見`` is a
    part of the case; decision 1606)."""
    pattern = _run_on(rules)
    text = infos[index].line.text
    if pattern is None or len(text.strip()) > _MAX_HEAD or pattern.match(text) is None:
        return False
    return not any(infos[i].kind is K.SECTION for i in range(index + 1, stop))


def _glued_table_head(infos: Sequence[LineInfo], index: int, stop: int, rules: Rules) -> bool:
    """Whether line ``index`` opens with a back-matter head glued to its title (``参考　掲載施設
    の実績一覧``, the space normalised away between two kanji) over a table, with no section
    heading after it in its case (decision 1748)."""
    text = infos[index].line.text.strip()
    if not text or len(text) > _MAX_HEAD or "。" in text:
        return False
    heads = tuple(rules.harvest_table.get("back_matter_heads", ()))
    if not text.startswith(heads):
        return False
    after = next((i for i in range(index + 1, stop) if infos[i].kind is not K.BLANK), None)
    if after is None or infos[after].kind is not K.TABLE:
        return False
    return not any(infos[i].kind is K.SECTION for i in range(index + 1, stop))


def box_start(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> int | None:
    """The index of the first line of ``lines`` that is a data box's heading alone
    (``□データ□``, ``＜施設データ＞``; ``harvest_table.box_heads``) after a non-blank line,
    else None."""

    words = _words(rules)
    heads = words.heads
    seen = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if (
            seen and len(text) <= _MAX_HEAD and words.may_be_head(text)
            and BOX_MARKS.sub("", text) in heads
        ):
            return index
        seen = True
    return None


def box_items(lines: Sequence[Line]) -> tuple[Item, ...]:
    """The non-blank ``lines`` as items (their text stripped, their offsets kept)."""
    return tuple(
        Item(
            line.text.strip(),
            line.start + len(line.text) - len(line.text.lstrip()),
            line.start + len(line.text.rstrip()),
        )
        for line in lines
        if not line.blank
    )


def end_at_back_matter(
    infos: Sequence[LineInfo],
    cases: Sequence[object],
    rules: Rules = DEFAULT_RULES,
    links: Sequence[int] = (),
) -> list[object]:
    """``cases`` with the last case ending at a back-matter heading after its body that
    follows a blank line and is no section heading (see the module), or at a back-to-top
    link (``links``: where they start, ``top_link_starts``)."""
    out = list(cases)
    if not out or not _back_heads(rules)[0]:
        return out
    last = out[-1]
    for index in range(last.body + 1, last.stop):  # type: ignore[attr-defined]
        info = infos[index]
        if (
            info.kind is not K.BLANK
            and info.kind is not K.SECTION
            and infos[index - 1].kind is K.BLANK
            and (
                is_back_matter_head(info.line.text, rules)
                or _run_on_head(infos, index, last.stop, rules)  # type: ignore[attr-defined]
                or _glued_table_head(infos, index, last.stop, rules)  # type: ignore[attr-defined]
            )
        ):
            out[-1] = attrs.evolve(last, stop=index)
            break
    return _end_at_top_link(infos, out, links)


@per_rules
def _top_links(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    """A web page's back-to-top link alone on its line (``harvest_table.top_links``)."""
    links = [p for p in rules.harvest_table.get("top_links", ()) if p]
    return regex.compile("|".join(f"(?:{p})" for p in links)) if links else None


def top_link_starts(infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES) -> list[int]:
    """Where the back-to-top links among the furniture lines of ``infos`` start."""
    pattern = _top_links(rules)
    if pattern is None:
        return []
    return [
        info.line.start
        for info in infos
        if info.kind is K.FURNITURE
        and len(info.line.text) <= 40
        and pattern.fullmatch(info.line.text.strip()) is not None
    ]


def _end_at_top_link(
    infos: Sequence[LineInfo], cases: list[object], links: Sequence[int]
) -> list[object]:
    """``cases`` with the last case ending at a back-to-top link (``ページの先頭へ``, dropped
    as furniture; ``links`` are where they started) after its body when no section heading
    or comment follows it in the case: a web page's links, contact and footer after the
    last case belong to no case (decision 2177)."""
    if not cases or not links:
        return cases
    last = cases[-1]
    body, stop = last.body, last.stop  # type: ignore[attr-defined]
    if body + 1 >= stop:
        return cases
    after = next((at for at in links if at > infos[body].line.start), None)
    if after is None:
        return cases
    index = next((i for i in range(body + 1, stop) if infos[i].line.start > after), None)
    if index is None:
        return cases
    if not any(infos[i].kind in (K.SECTION, K.COMMENT) for i in range(index, stop)):
        cases[-1] = attrs.evolve(last, stop=index)
    return cases


__all__ = [
    "box_items", "box_start", "end_at_back_matter", "is_back_matter_head", "top_link_starts"
]
