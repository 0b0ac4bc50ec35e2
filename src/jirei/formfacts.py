"""The header facts a form states in its items (decisions 2090-2109): facility name and
kind, start date, Hello Work offices, labour bureau, municipality and prefecture, fiscal
year, the 所見 as comments and a plan's one figure column as targets, filled into a case.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
import regex

from jirei.formfields import _fields, _glued_label
from jirei.formfindings import _comment, _finding_blocks
from jirei.formparts import (
    _ARTICLE,
    _FRAME,
    _NUM,
    _PLACES,
    Locate,
    _furniture,
    _Line,
    _plain,
    _Unit,
    _Words,
    _words,
)
from jirei.model import Metric, Profile, Span
from jirei.places import (
    find_bureaus,
    municipality_in,
    prefecture_of_bureau,
    prefectures_of,
    split_prefecture,
)
from jirei.rules import Rules
from jirei.values import find_dates, find_fiscal_years

_KO = regex.compile(r"(.{1,30}?)\(以下「?甲」?という")
_HW = regex.compile(
    r"ハローワーク(?:[\p{Han}\p{Katakana}ー]{1,10}|(?!から|より|では|との|には)\p{Hiragana}{2,8}(?!\p{Han}))"
)
_OFFICE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]{1,8}公共職業安定所")


def _filled(
    profile: Profile,
    unit: _Unit,
    lines: Sequence[_Line],
    head: int,
    body: str,
    rules: Rules,
    locate: Locate,
    *,
    only_empty: bool = False,
) -> Profile:
    words = _words(rules)
    fields = _fields(lines, words)
    changes: dict[str, Any] = {}
    spans = dict(profile.spans)
    if _no_title(profile.title, words) or _item_value(profile.title or "", lines, words):
        changes["title"] = None
        spans.pop("title", None)
        from jirei.titlefill import fill_title_lines  # ``２　取組のテーマ`` over it (2637)

        labelled = fill_title_lines([(line.text, line.start) for line in lines], rules)
        if labelled is not None:
            changes["title"] = labelled[0]
            spans["title"] = locate(labelled[1], labelled[2])
    unit_text = "\n".join(line.text for line in lines)
    offset = lines[0].start

    # facility: ``名称（種別）`` in a place item (an agreement's articles if no item is
    # captioned), else the item's first short line
    places = list(fields.get("facility", []))
    if unit.kind == "agreement" and not places:
        places = [(line.text, line.start) for line in lines[: head - unit.first]
                  if _ARTICLE.match(line.s)]
    for value, at in places:
        found = words.kinds.search(value)
        if found is not None:
            name = regex.sub(r"^名称\s*[:：]?", "", found.group("name"))
            name = regex.sub(r"^.*?(?:階|内|舎|館|棟)の(?=.)", "", name)  # ``…本庁舎2階の名称``
            changes["facility_name"], changes["facility_type"] = name, found.group("kind")
            n_at = at + found.start("name") + (len(found.group("name")) - len(name))
            spans["facility_name"] = locate(n_at, n_at + len(name))
            k_at = at + found.start("kind")
            spans["facility_type"] = locate(k_at, k_at + len(found.group("kind")))
            break
    else:
        for value, at in places[:1] if fields.get("facility") else []:
            name = value.strip()
            if 2 <= len(name) <= 30 and not regex.search(r"[。、\d]", name):
                changes["facility_name"] = name
                spans["facility_name"] = locate(at, at + len(name))

    # start date: a date by a start word or label, else an agreement's period start
    start = _start(fields, words, rules, False)
    if start is None:
        start = _start_anywhere(unit_text, words, rules)
        if start is not None:
            start = (start[0], start[1] + offset, start[2] + offset)
    strong = start is not None
    if start is None and unit.kind == "agreement":
        start = _start(fields, words, rules, True) or _article_date(lines, head - unit.first, rules)
    if start is not None:
        changes["start_date"] = start[0]
        spans["start_date"] = locate(start[1], start[2])

    # Hello Work
    offices = [m for value, at in fields.get("hello_work", []) for m in _offices(value, at)]
    labelled_office = False
    if not offices and unit.kind == "agreement":
        offices = [
            m for line in lines[: head - unit.first] for m in _offices(line.text, line.start)
        ]
    if offices:
        names: list[str] = []
        office_spans: list[Span] = []
        for name, at in offices:
            if name not in names:
                names.append(name)
                office_spans.append(locate(at, at + len(name)))
        changes["hello_work"], changes["hello_work_spans"] = tuple(names), tuple(office_spans)
    labelled_office = bool(fields.get("hello_work")) and bool(offices)

    # labour bureau: the first the form names
    bureaus = find_bureaus(unit_text)
    if bureaus:
        b0, b1 = bureaus[0]
        changes["labour_bureau"] = unit_text[b0:b1]
        spans["labour_bureau"] = locate(b0 + offset, b1 + offset)

    # municipality (and the prefecture written before it)
    place = _municipality(fields, lines, head - unit.first, unit.kind)
    inferred = [x for x in profile.inferred if x not in ("municipality", "prefecture")]
    strong_place = place is not None and place[3]
    if place is not None:
        written, name, at, _strong = place
        changes["municipality"] = name
        spans["municipality"] = locate(at, at + len(name))
        if written is not None:
            changes["prefecture"] = written
            spans["prefecture"] = locate(at - len(written), at)
        else:
            bureau = changes.get("labour_bureau") or profile.labour_bureau
            options = prefectures_of(name)
            prefecture = options[0] if len(options) == 1 else None
            if prefecture is None and isinstance(bureau, str):
                prefecture = prefecture_of_bureau(bureau)
            if prefecture is not None:
                changes["prefecture"] = prefecture
                spans.pop("prefecture", None)
                inferred.append("prefecture")
    changes["inferred"] = tuple(inferred)

    # fiscal year: the form's title or plan heading, when the body gave none
    if profile.fiscal_year is None:
        at_head = head - unit.first
        for line in (*lines[at_head : at_head + 8], *lines[:8]):
            if not line.s or _furniture(line):
                continue
            year = next(iter(find_fiscal_years(line.text, rules=rules)), None)
            if year is not None:
                changes["fiscal_year"] = year.value.year
                break

    # findings as comments, before the body's own
    comments = [
        _comment(speaker, head_line, text, rules, locate)
        for speaker, head_line, text in _finding_blocks(
            lines, _Unit(unit.kind, 0, len(lines)), words
        )
    ]
    if comments:
        known = {c.text for c in comments}
        changes["comments"] = (*comments, *(c for c in profile.comments if c.text not in known))

    # other results that only say there are none
    kept = [(r, s) for r, s in zip(profile.other_results, profile.other_result_spans, strict=False)
            if regex.sub(r"[\s・。]", "", r) not in words.none_items]
    if len(profile.other_result_spans) == len(profile.other_results):
        changes["other_results"] = tuple(r for r, _ in kept)
        changes["other_result_spans"] = tuple(s for _, s in kept)

    # a plan: one figure column, named by a target word only
    unmasked = body  # (the unit's own text, furniture blanked)
    if (profile.metrics and not any(w in unmasked for w in words.actual_words)
            and any(w in unmasked for w in words.target_words)):
        changes["metrics"] = tuple(_as_target(m) for m in profile.metrics)
    if only_empty:
        for name in ("prefecture", "municipality", "labour_bureau", "hello_work",
                     "facility_name", "facility_type", "fiscal_year"):
            same = name in changes and changes[name] == getattr(profile, name)
            written = name == "prefecture" and "prefecture" not in profile.inferred
            if not same and ((name == "hello_work" and labelled_office) or (
                name in ("municipality", "prefecture") and strong_place
                and not (written and "prefecture" in changes.get("inferred", ()))
            )):
                continue
            if getattr(profile, name) and name in changes:
                del changes[name]
                spans[name] = profile.spans.get(name)  # type: ignore[assignment]
                if name == "hello_work":
                    del changes["hello_work_spans"]
        if profile.start_date is not None and not strong:
            changes.pop("start_date", None)
            spans["start_date"] = profile.spans.get("start_date")  # type: ignore[assignment]
        mine = [x for x in changes.get("inferred", ()) if x in changes]
        changes["inferred"] = (*profile.inferred, *(x for x in mine if x not in profile.inferred))
        order = [*profile.spans, *(k for k in spans if k not in profile.spans)]
        spans = {k: spans[k] for k in order if spans.get(k) is not None}
    changes["spans"] = spans
    return attrs.evolve(profile, **changes)


def _no_title(title: str | None, words: _Words) -> bool:
    """A title that is no headline of the case: a form's item heading or field
    (``4 連携ハローワーク``, ``1. 施設名…``), its frame (``記``), the form's or a plan's own
    name (``令和3年度　…事業計画``, ``別紙　事業計画（令和四年度）``, ``…実績シート（盛岡市）``)."""
    if title is None:
        return True
    plain = _plain(title)
    bare = regex.sub(r"\([^()]*\)$", "", plain)
    return bool(
        _FRAME.match(plain)
        or regex.match(rf"^(?:{_NUM}[.．、)]?|\({_NUM}\))\S", plain)
        or bare.endswith((*words.form_titles, "計画", "計画書", "協定書"))
        or regex.match(r"^(?:別紙|別添|様式|資料)", plain)
        or _glued_label(plain, {k: "" for v in words.labels.values() for k in v}, False)
    )


def _item_value(title: str, lines: Sequence[_Line], words: _Words) -> bool:
    """Whether ``title`` is the value of an item (the line under ``1　対象者``)."""
    plain = _plain(title)
    previous = ""
    for line in lines:
        if not line.s:
            continue
        if _plain(line.s) == plain:
            heads = rf"^(?:{_NUM}[\s.．、)]|\({_NUM}\)|【)\s*\S{{1,15}}$"
            titled = any(_plain(previous).endswith(w) for w in words.title_labels)
            return bool(regex.match(heads, previous)) and not titled
        previous = line.s
    return False


def _as_target(metric: Metric) -> Metric:
    if metric.target is None and metric.actual is not None and metric.achievement_rate is None:
        return attrs.evolve(metric, target=metric.actual, actual=None)
    return metric


def _start(
    fields: dict[str, list[tuple[str, int]]], words: _Words, rules: Rules, period: bool
) -> tuple[object, int, int] | None:
    for value, at in fields.get("start", []):
        date = next(iter(find_dates(value, rules)), None)
        if date is not None:
            return date.value, at + date.start, at + date.end
    for value, at in fields.get("period", []):
        found = _start_anywhere(value, words, rules)
        if found is not None:
            return found[0], found[1] + at, found[2] + at
        if period:
            date = next(iter(find_dates(value, rules)), None)
            if date is not None:
                return date.value, at + date.start, at + date.end
    return None


def _article_date(
    lines: Sequence[_Line], head: int, rules: Rules
) -> tuple[object, int, int] | None:
    """The first date in an agreement's articles (``第3条　…平成26年10月1日から実施する。``)."""
    for line in lines[:head]:
        if _ARTICLE.match(line.s):
            date = next(iter(find_dates(line.text, rules)), None)
            if date is not None:
                return date.value, line.start + date.start, line.start + date.end
    return None


def _start_anywhere(text: str, words: _Words, rules: Rules) -> tuple[object, int, int] | None:
    """A date right after a start label (``事業開始日　H29.1.4``) or before a start word
    (``平成30年7月2日事業開始``, ``2019年10月1日から開始``)."""
    starts = "|".join(regex.escape(w) for w in words.start_words)
    for date in find_dates(text, rules):
        before = text[max(0, date.start - 12) : date.start]
        after = text[date.end : date.end + 8]
        if regex.search(rf"(?:{starts})[日年月]*\s*[:：]?\s*$", before) or regex.match(
            rf"^\s*(?:から|より)?\s*(?:{starts})", after
        ):
            return date.value, date.start, date.end
    return None


def _offices(text: str, at: int) -> list[tuple[str, int]]:
    out = [(m.group(), at + m.start()) for m in _HW.finditer(text)]
    if not out:
        out = [(m.group(), at + m.start()) for m in _OFFICE.finditer(text)]
    return [(name, where) for name, where in out if len(name) > len("ハローワーク")
            and name != "公共職業安定所"]


def _municipality(
    fields: dict[str, list[tuple[str, int]]], lines: Sequence[_Line], head: int, kind: str
) -> tuple[str | None, str, int, bool] | None:
    candidates = [(v, at) for v, at in fields.get("municipality", [])]
    if kind == "agreement":
        for line in lines[: max(head, 1)]:
            ko = _KO.search(line.text)
            if ko is not None:
                candidates.append((ko.group(1), line.start + ko.start(1)))
        candidates.append((lines[0].text, lines[0].start))
    strong = len(candidates) - (kind == "agreement")  # (the agreement's title is weak)
    for number, (value, at) in enumerate(candidates):
        place = _place_in(value, at)
        if place is not None:
            return (*place, number < strong)
    return None


def _place_in(value: str, at: int) -> tuple[str | None, str, int] | None:
    """The municipality a value names (and the prefecture written before it)."""
    if True:
        stripped = value.lstrip(" 　「")
        at += len(value) - len(stripped)
        written, rest = split_prefecture(stripped)
        name = municipality_in(stripped)
        if name is None:
            # the first place named anywhere in the value (``…の浜松市と…``)
            for match in _PLACES.finditer(stripped):
                name = municipality_in(stripped[match.start() :])
                if name is not None:
                    return None, name, at + match.start()
            return None
        if written is not None and rest.startswith(name):
            return written, name, at + len(written)
        return None, name, at + stripped.index(name)
