"""The labelled fields of a form (decisions 2090-2109): each item, field line or captioned
article whose label the rules name (実施場所, 事業開始日, 連携ハローワーク …) and the text it
labels, with offsets.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.formparts import _ARTICLE, _ITEM, _NUM, _Line, _Words

_CAPTION = regex.compile(r"^\(([^()]{1,16})\)$")
_ARTICLE_CAPTION = regex.compile(rf"^第{_NUM}条\s*\(([^()]{{1,16}})\)\s*")
_HEAD = regex.compile(r"^([^\s:：】\]]{1,20})[】\]]?(?:\s*[:：]\s*|\s+|$)")
_LABEL_NOTE = regex.compile(r"\(.*\)$")
_ITEM_OPEN = regex.compile(rf"^(?:{_NUM}[\s.．、]|[■□◆◇●【])")
_FIELD_START = regex.compile(r"^[【\[]?([^\s:：】\]]{1,20})[】\]]?(?:\s*[:：]\s*|\s+)\S")


def _fields(lines: Sequence[_Line], words: _Words) -> dict[str, list[tuple[str, int]]]:
    """Label field → the (value text, offset) of each item or field line it labels."""
    table = {label: field for field, labels in words.labels.items() for label in labels}
    keys = tuple(table)  # (taken once: ``_glued_label`` looks its scan up by them)
    out: dict[str, list[tuple[str, int]]] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        s = line.s
        caption = _CAPTION.match(s)
        label, rest, rest_at = None, "", line.end
        inline = _ARTICLE_CAPTION.match(s)
        if inline is not None:  # ``第2条（実施場所）　…``
            label = inline.group(1)
            rest_at = line.lead + inline.end()
            rest = s[inline.end():]
        elif caption and index + 1 < len(lines) and _ARTICLE.match(lines[index + 1].s):
            label = caption.group(1)
            index += 1
            line = lines[index]
            article = _ARTICLE.match(line.s)
            assert article is not None
            rest_at = line.lead + article.end()
            rest = text_after(line, rest_at)
        else:
            item = _ITEM.match(s)
            body = s[item.end():] if item else s
            body_at = line.lead + (item.end() if item else 0)
            head = _HEAD.match(body)
            glued = _glued_label(body, table, item is not None, keys)
            if head is not None and (item is not None or head.group(1) in table) and (
                head.group(1) in table or glued is None
            ):
                label = head.group(1)
                rest_at = body_at + head.end()
                rest = body[head.end():]
            elif glued is not None:
                label = glued
                rest_at = body_at + len(glued)
                rest = body[len(glued):]
        field = table.get(label) if label is not None else None
        if label is not None and field is None:
            field = table.get(_LABEL_NOTE.sub("", label))
        if field is None:
            index += 1
            continue
        parts = [(rest, rest_at)] if rest.strip() else []
        follow = index + 1
        while follow < len(lines):
            nxt = lines[follow]
            t = nxt.s
            if not t:
                if parts:
                    break
                follow += 1
                continue
            if _CAPTION.match(t) or _ARTICLE.match(t) or _starts_field(t, table):
                break
            if _ITEM_OPEN.match(t):
                break
            if rest.strip() and not nxt.text[:1].isspace():
                break
            parts.append((t, nxt.lead))
            follow += 1
        for value, at in parts:
            out.setdefault(field, []).append((value, at))
        index = follow if follow > index + 1 else index + 1
    return out


def _glued_label(
    body: str, table: dict[str, str], marked: bool, keys: tuple[str, ...] | None = None
) -> str | None:
    """A known label the value runs straight into (normalisation drops the space between:
    ``施設名いしのまき…``): on an item line, or a label of three characters or more."""
    if "。" in body:
        return None
    for label in _starting(tuple(table) if keys is None else keys, body):
        if len(body) > len(label) and (marked or len(label) >= 3):
            return label
    return None


_PREFIXES: dict[tuple[str, ...], regex.Pattern[str]] = {}


def _starting(labels: tuple[str, ...], body: str) -> list[str]:
    """The ``labels`` ``body`` starts with, longest first (one compiled scan per table)."""
    pattern = _PREFIXES.get(labels)
    if pattern is None:
        ordered = sorted(labels, key=len, reverse=True)
        pattern = _PREFIXES[labels] = regex.compile(
            "^(?:" + "|".join(regex.escape(x) for x in ordered) + ")"
        )
    found = pattern.match(body)
    if found is None:
        return []
    return sorted((x for x in labels if body.startswith(x)), key=len, reverse=True)


def text_after(line: _Line, at: int) -> str:
    """The rest of ``line`` from the text offset ``at``."""
    return line.text[at - line.start :]


def _starts_field(text: str, table: dict[str, str]) -> bool:
    head = _FIELD_START.match(text)
    return head is not None and head.group(1) in table
