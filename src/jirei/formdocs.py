"""Documents made of official forms, one form a case (decisions 2090-2109).

Three kinds of paperwork behind the 一体的実施 hold one case per form: agreements (a 協定書
with articles ``第1条`` …, a signature block and its 別紙 事業計画), numbered-item report
forms (``様式第3号`` … ``記`` … ``1 事業の名称`` … ``以上``) and plan-and-results sheets
repeated per facility under one title. ``read_forms`` finds such a document (two forms or
more) and where each form starts; ``FormDocument.read`` reads each form as one case — its
body by the ordinary readers, with the form's furniture (cover letter, 目次, 記 / 以上,
様式 and 別添 lines, page numbers, the agreement's articles and signatures, notes) blanked —
and fills the header facts the form states in its items (実施場所 ``名称（種別）``,
実施期間 / 事業開始日, 連携ハローワーク, 実施主体, the 甲 of an agreement), the 所見
blocks as comments, and a plan's one figure column as targets.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import regex
from attrs import frozen

from jirei.comments import role_of
from jirei.model import Comment, Metric, Profile, Span, Warning
from jirei.places import (
    find_bureaus,
    municipality_in,
    prefecture_of_bureau,
    prefectures_of,
    split_prefecture,
)
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values import find_dates, find_fiscal_years

Locate = Callable[[int, int], Span]
Build = Callable[[str, Locate], tuple[list[Profile], list[Warning]]]

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_ARTICLE = regex.compile(rf"^第{_NUM}条")
_CAPTION = regex.compile(r"^\(([^()]{1,16})\)$")
_ARTICLE_CAPTION = regex.compile(rf"^第{_NUM}条\s*\(([^()]{{1,16}})\)\s*")
_ITEM = regex.compile(rf"^(?:{_NUM}[\s.．、)]|\({_NUM}\)|[■□◆◇●○【\[])\s*")
_FORM_NUMBER = regex.compile(rf"^様式\s*(?:第)?\s*{_NUM}\s*号?")
_ATTACHMENT = regex.compile(r"^(?:別添|別紙|別表|資料|参考資料)\s*[\d\-‐－―ー]*(?:\s.*)?$")
_PAGE = regex.compile(
    r"^(?:[-－ー―‐]\s*\d{1,3}\s*[-－ー―‐]|\d{1,3}\s*/\s*\d{1,3}|[pP]\.?\s*\d{1,3})$"
)
_FRAME = regex.compile(r"^(?:記|以上|以 上)$")
_LEAD = regex.compile(r"(?:下記|別添|別紙)のとおり")
_CONTACT = regex.compile(r"^\(?(?:問い?合わ?せ先|担当|事務局|連絡先|照会先)\)?(?:[:：\s]|$)")
_NOTE = regex.compile(r"^(?:※|\(注\d*\)|注\d*[:：)])")
_SIGNATURE = regex.compile(r"^[甲乙丙]\s")
_KO = regex.compile(r"(.{1,30}?)\(以下「?甲」?という")
_HW = regex.compile(
    r"ハローワーク(?:[\p{Han}\p{Katakana}ー]{1,10}|(?!から|より|では|との|には)\p{Hiragana}{2,8}(?!\p{Han}))"
)
_OFFICE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]{1,8}公共職業安定所")
_PLACES = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]{1,6}?[都道府県市町村区]")

# patterns the per-line readers below use (compiled once: a pattern string passed to
# ``regex.match`` / ``regex.sub`` is looked up in the module's cache on every call)
_SPACES = regex.compile(r"[\s　]")
_DIGITS = regex.compile(r"\d+")
_BRACKET_END = regex.compile(r"\([^()]*\)$")
_NUMBERED = regex.compile(rf"^(?:{_NUM}[\s.．、)]|\({_NUM}\)|[①-⑳])")
_PLAN_SHEET = regex.compile(r"^(?:別紙|別添|別表)\s*\d*$")
_CLOSE_END = regex.compile(r"[】\]]$")
_NUM_ITEM = regex.compile(rf"^{_NUM}[\s.．、]")
_PREFECTURE_END = regex.compile(r"[都道府県]$")
_HEAD = regex.compile(r"^([^\s:：】\]]{1,20})[】\]]?(?:\s*[:：]\s*|\s+|$)")
_LABEL_NOTE = regex.compile(r"\(.*\)$")
_ITEM_OPEN = regex.compile(rf"^(?:{_NUM}[\s.．、]|[■□◆◇●【])")
_FIELD_START = regex.compile(r"^[【\[]?([^\s:：】\]]{1,20})[】\]]?(?:\s*[:：]\s*|\s+)\S")


@frozen
class _Line:
    start: int
    end: int
    text: str
    s: str  # the text stripped (asked of every line many times)

    @property
    def lead(self) -> int:
        return self.start + len(self.text) - len(self.text.lstrip())


@frozen
class _Words:
    agreement_titles: tuple[str, ...]
    form_titles: tuple[str, ...]
    labels: dict[str, tuple[str, ...]]
    start_words: tuple[str, ...]
    none_items: frozenset[str]
    actual_words: tuple[str, ...]
    target_words: tuple[str, ...]
    target_heads: frozenset[str]
    results_head: str
    title_labels: tuple[str, ...]
    finding: regex.Pattern[str]
    kinds: regex.Pattern[str]


@per_rules
def _words(rules: Rules) -> _Words:
    data: dict[str, Any] = dict(rules.forms_table.get("documents", {}))

    def words(key: str) -> tuple[str, ...]:
        return tuple(sorted(data.get(key, ()), key=len, reverse=True))

    labels = {
        field: words(f"{field}_labels")
        for field in ("facility", "start", "period", "hello_work", "municipality")
    }
    findings = "|".join(regex.escape(w) for w in words("finding_words")) or "所見"
    finding = regex.compile(
        rf"^(?:\(\d{{1,2}}\)|{_NUM}[\s.．、]|[①-⑳]|[アイウエオカキクケコ](?:[\s.、)]|(?=\p{{Han}}))|[■□◆◇●○・]|【|\[)?\s*"
        rf"(?P<speaker>[^\s()【】\[\]:]{{2,30}}?)\s*(?:の)?(?:{findings})(?:】|\])?$"
    )
    kinds = "|".join(regex.escape(k) for k in sorted(rules.facility_types, key=len, reverse=True))
    return _Words(
        agreement_titles=words("agreement_titles"),
        form_titles=words("form_titles"),
        labels=labels,
        start_words=words("start_words"),
        none_items=frozenset(data.get("none_items", ())),
        actual_words=words("actual_words"),
        target_words=words("target_words"),
        target_heads=frozenset(data.get("target_headings", ())),
        results_head=str(data.get("results_heading", "成果")),
        title_labels=words("title_labels"),
        finding=finding,
        kinds=regex.compile(
            rf"(?P<name>[^\s、。,「」:()]{{2,40}}?)\((?P<kind>{kinds})\)" if kinds else r"(?!)"
        ),
    )


@frozen
class _Unit:
    kind: str  # agreement / form / sheet
    first: int  # line indices [first, stop)
    stop: int


@frozen
class FormDocument:
    """A document of official forms: its lines and where each form (case) stands."""

    text: str
    lines: tuple[_Line, ...]
    units: tuple[_Unit, ...]
    rules: Rules

    def read(
        self,
        build: Build,
        locate: Locate,
        whole: tuple[list[Profile], list[Warning]] | None = None,
    ) -> tuple[list[Profile], list[Warning]]:
        """One profile per form. ``whole`` is the document read as a whole: a form in which
        it found exactly one case, ending within the form, keeps that case, its items only
        filling what the case left empty; every other form is read on its own —
        ``build(text, locate)`` over the form's text with its furniture blanked (``locate``
        shifted to it) — and its items fill its header facts, findings and a plan's
        targets. Cases wholly before or after the forms stay as read."""
        found = whole[0] if whole is not None else []
        warnings = list(whole[1]) if whole is not None else []
        units = self.units
        regions = [(locate(self.lines[u.first].start, self.lines[u.first].start).start,
                     locate(self.lines[u.stop - 1].end, self.lines[u.stop - 1].end).end)
                    for u in units]
        closing = regions[-1][1]
        kept = [p for p in found if p.span is not None
                and all(p.span.end <= a or p.span.start >= b for a, b in regions)]
        outside = {id(p) for p in kept}
        inside = [p for p in found if id(p) not in outside]
        if inside and not len(units) <= 2 * len(inside) <= 4 * len(units):
            return list(found), warnings  # (forms this far from the cases read are page heads)
        firsts = [self.lines[self._body(u)].start for u in units]
        bodies = [locate(at, at).start for at in firsts]
        spans = [(b, bodies[i + 1] if i + 1 < len(units) else closing)
                 for i, b in enumerate(bodies)]
        assigned: list[list[Profile]] = [[] for _ in units]
        for profile in inside:
            shares = [_overlap(profile.span, region) for region in spans]
            assigned[shares.index(max(shares))].append(profile)
        profiles: list[Profile] = []
        for index, unit in enumerate(units):
            lines = self.lines[unit.first : unit.stop]
            body, head = _masked(self.text, self.lines, unit, self.rules)
            own = assigned[index]
            size = max(1, spans[index][1] - spans[index][0])
            stray = sum(_overlap(p.span, spans[index]) for p in inside if p not in own)
            if (len(own) == 1 and stray <= 2 and own[0].span is not None
                    and own[0].span.end <= spans[index][1]
                    and own[0].span.start >= regions[index][0]
                    and _overlap(own[0].span, spans[index]) * 2 >= size):
                profiles.append(
                    _filled(own[0], unit, lines, head, body, self.rules, locate, only_empty=True)
                )
                continue
            start = lines[0].start

            def shifted(s: int, e: int, _at: int = start) -> Span:
                return locate(s + _at, e + _at)

            read, read_warnings = build(body, shifted)
            warnings = [w for w in warnings if not _in_unit(w, own)]
            warnings.extend(read_warnings)
            profile = _filled(_merged(read), unit, lines, head, body, self.rules, locate)
            profiles.append(attrs.evolve(profile, span=locate(start, lines[-1].end)))
        ordered = [*kept, *self._dated(profiles)]
        ordered.sort(key=lambda p: p.span.start if p.span is not None else 0)
        return ordered, warnings

    def _dated(self, profiles: list[Profile]) -> list[Profile]:
        """Profiles with no fiscal year take the one the document's opening names."""
        if all(p.fiscal_year is not None for p in profiles):
            return profiles
        year = self.opening_year()
        if year is None:
            return profiles
        return [p if p.fiscal_year is not None else attrs.evolve(p, fiscal_year=year)
                for p in profiles]


    def _body(self, unit: _Unit) -> int:
        """The first line of a form's own content (past its title and furniture)."""
        words = _words(self.rules)
        for index in range(unit.first + 1, unit.stop):
            line = self.lines[index]
            plain = _BRACKET_END.sub("", _plain(line.s))
            if line.s and not _furniture(line) and not plain.endswith(words.form_titles):
                return index
        return unit.first

    def opening_year(self) -> int | None:
        """The fiscal year the document's opening (before its first form) names first."""
        words = _words(self.rules)
        for line in self.lines[: self.units[0].first]:
            if not any(word in line.text for word in words.form_titles):
                continue  # (a meeting's or a letter's year is not the forms')
            year = next(iter(find_fiscal_years(line.text, rules=self.rules)), None)
            if year is not None:
                return year.value.year
        return None


def _overlap(span: Span | None, region: tuple[int, int]) -> int:
    """How many characters of ``region`` a span covers."""
    if span is None:
        return 0
    return max(0, min(span.end, region[1]) - max(span.start, region[0]))


def _in_unit(warning: Warning, profiles: Sequence[Profile]) -> bool:
    """Whether a warning was raised reading one of ``profiles`` (replaced by a new read)."""
    span = warning.span
    return span is not None and any(
        p.span is not None and p.span.start <= span.start and span.end <= p.span.end
        for p in profiles
    )


def read_forms(text: str, rules: Rules = DEFAULT_RULES) -> FormDocument | None:
    """The forms of a document made of two or more official forms, else None."""
    words = _words(rules)
    agreed = ("協定" in text or "覚書" in text) and "条" in text
    numbered = "様式" in text
    titled = _repeats_title_word(text, words)
    if not (agreed or numbered or titled):
        return None
    scans = _scans(rules)
    candidates = {
        "agreement": [m.start() for m in scans.agreement.finditer(text)] if agreed else [],
        "form": [m.start() for m in scans.form_number.finditer(text)] if numbered else [],
        "sheet": [m.start() for m in scans.form_title.finditer(text)] if titled else [],
    }
    if all(len(found) < 2 for found in candidates.values()):
        return None
    lines = _split(text)
    starts_at = [line.start for line in lines]

    def indices(kind: str) -> list[int]:
        return sorted({bisect_right(starts_at, at) - 1 for at in candidates[kind]})

    for kind, find in (
        ("agreement", lambda: _agreements(lines, indices("agreement"), words)),
        ("form", lambda: _form_numbers(lines, indices("form"))),
        ("sheet", lambda: _repeated_titles(lines, indices("sheet"), words)),
    ):
        if len(candidates[kind]) < 2:
            continue
        starts = find()
        if len(starts) >= 2:
            units = _bounded(kind, lines, starts)
            return FormDocument(text, tuple(lines), units, rules)
    return None


_RULE = regex.compile(r"^[-─━=＝~〜_＿*・]{3,}$")
_CASE_LABEL = regex.compile(r"^[【\[(〔]?\s*(?:事例|CASE|Case|No\.?|NO\.?)\s*\d{1,3}\s*[】\])〕]?$")


def _pulled_back(lines: Sequence[_Line], start: int, floor: int) -> int:
    """A form's start moved up over the rules, page numbers, 別添 lines and case label
    right above it (``事例1`` between two rules over ``様式２``): they open the same case."""
    at = start
    for index in range(start - 1, max(floor, start - 8), -1):
        s = lines[index].s
        if not s:
            continue
        if (_RULE.match(_plain(s)) or _PAGE.match(s) or _CASE_LABEL.match(_plain(s))
                or (_ATTACHMENT.match(s) and len(_plain(s)) <= 40 and "。" not in s)):
            at = index
            continue
        break
    return at


def _bounded(kind: str, lines: Sequence[_Line], starts: Sequence[int]) -> tuple[_Unit, ...]:
    """The forms from their starts: each runs to the next (a report form to its ``以上``), and
    none much longer than the forms usually are (what follows the last form, or text
    between two forms, is no form)."""
    starts = [_pulled_back(lines, start, floor) for start, floor in
              zip(starts, [0, *starts[:-1]], strict=True)]
    nominal = [*starts[1:], _last(lines)]
    lengths = sorted(b - a for a, b in zip(starts, nominal[:-1], strict=False))
    cap = lengths[len(lengths) // 2] * 3 // 2 + 5
    units = []
    for start, stop in zip(starts, nominal, strict=True):
        if kind == "form":
            close = next((i for i in range(start, stop) if _FRAME.match(lines[i].s)
                          and lines[i].s != "記"), None)
            if close is not None:
                stop = close + 1
        stop = min(stop, start + cap)
        while stop > start + 1 and not lines[stop - 1].s:
            stop -= 1
        if stop > start:
            units.append(_Unit(kind, start, stop))
    return tuple(units)


# ------------------------------------------------------------------------------ forms


@frozen
class _Scans:
    agreement: regex.Pattern[str]
    form_number: regex.Pattern[str]
    form_title: regex.Pattern[str]


@per_rules
def _scans(rules: Rules) -> _Scans:
    """Whole-text scans for the lines that may open a form (one pass each, multiline)."""
    words = _words(rules)

    def ending(titles: Sequence[str]) -> str:
        alternation = "|".join(regex.escape(t) for t in titles)
        return rf"(?:{alternation})[ \t　]*(?:\([^()\n]*\))?[ \t　]*$"

    return _Scans(
        agreement=regex.compile(ending(words.agreement_titles), regex.M),
        form_number=regex.compile(rf"^[ \t　]*様式\s*(?:第)?\s*{_NUM}", regex.M),
        form_title=regex.compile(ending(words.form_titles), regex.M),
    )


def _repeats_title_word(text: str, words: _Words) -> bool:
    return any(text.count(word) >= 2 for word in words.form_titles)


def _split(text: str) -> list[_Line]:
    out: list[_Line] = []
    at = 0
    for piece in text.split("\n"):
        out.append(_Line(at, at + len(piece), piece, piece.strip()))
        at += len(piece) + 1
    return out


def _last(lines: Sequence[_Line]) -> int:
    stop = len(lines)
    while stop > 0 and not lines[stop - 1].s:
        stop -= 1
    return stop


def _plain(text: str) -> str:
    return _SPACES.sub("", text)


def _agreements(lines: Sequence[_Line], candidates: Sequence[int], words: _Words) -> list[int]:
    out: list[int] = []
    for index in candidates:
        line = lines[index]
        plain = _plain(line.s)
        if not plain or len(plain) > 80 or "。" in plain or "…" in plain:
            continue
        if not plain.endswith(words.agreement_titles) or _ARTICLE.match(plain):
            continue
        ahead = lines[index + 1 : index + 30]
        for later in ahead:
            if _ARTICLE.match(later.s):
                out.append(index)
                break
            if later.s and later.s != line.s and _plain(later.s).endswith(words.agreement_titles):
                break
    return out


def _form_numbers(lines: Sequence[_Line], candidates: Sequence[int]) -> list[int]:
    out: list[int] = []
    for index in candidates:
        line = lines[index]
        if not (_FORM_NUMBER.match(line.s) and len(line.s) <= 30):
            continue
        start = index
        for back in range(index - 1, max(index - 3, -1), -1):  # an 別添 line right above
            if _ATTACHMENT.match(lines[back].s) and len(lines[back].s) <= 30:
                start = back
                break
            if lines[back].s:
                break
        ahead = [x.s for x in lines[index + 1 : index + 12] if x.s][:5]
        if any(_FRAME.match(x) or _plain(x).endswith(_TITLE_ENDINGS) for x in ahead):
            out.append(start)  # (a running head over a form's next page opens no form)
    return out


_TITLE_ENDINGS = ("報告書", "計画書", "シート", "調書", "実績表", "計画表", "報告")


def _title_key(text: str) -> str:
    return _PLACES.sub("", _DIGITS.sub("", _plain(text)))


def _repeated_titles(lines: Sequence[_Line], candidates: Sequence[int], words: _Words) -> list[int]:
    seen: dict[str, list[int]] = {}
    for index in candidates:
        line = lines[index]
        plain = _plain(line.s)
        if not 4 <= len(plain) <= 60 or "。" in plain or "…" in plain or "|" in plain:
            continue
        bare = _BRACKET_END.sub("", plain)
        if (not bare.endswith(words.form_titles) or _ATTACHMENT.match(line.s)
                or _NUMBERED.match(line.s)):
            continue
        seen.setdefault(_title_key(plain), []).append(index)
    best: list[int] = []
    for starts in seen.values():
        if len(starts) < 2:
            continue
        spaced = [a for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)
                  if sum(1 for x in lines[a + 1 : b] if x.s) >= 4]
        spaced = [a for a in spaced if _field_block(lines[a : a + 25], words)]
        if len(spaced) >= 2 and len(spaced) > len(best):
            best = spaced
    return best


def _field_block(lines: Sequence[_Line], words: _Words) -> bool:
    """Whether a sheet's opening names its facility and its partners by labelled fields."""
    return len(_fields(lines, words)) >= 2


# ------------------------------------------------------------------------------ masking


def _furniture(line: _Line) -> bool:
    s = line.s
    return bool(
        _FRAME.match(s)
        or (_FORM_NUMBER.match(s) and len(s) <= 30)
        or (_ATTACHMENT.match(s) and "。" not in s and len(_plain(s)) <= 40)
        or _PAGE.match(s)
        or (_LEAD.search(s) and s.endswith("。") and len(s) <= 60)
        or _CONTACT.match(s)
        or _NOTE.match(s)
    )


def _agreement_end(lines: Sequence[_Line], unit: _Unit) -> int:
    """Where an agreement's own text ends (its 別紙 plan begins), as a line index."""
    articled = False
    for index in range(unit.first + 1, unit.stop):
        s = lines[index].s
        if _ARTICLE.match(s):
            articled = True
            continue
        if not articled or not s:
            continue
        if _PLAN_SHEET.match(s) or (
            "計画" in s and "条" not in s and "。" not in s and len(s) <= 60
        ):
            return index
    return unit.stop


def _masked(text: str, lines: Sequence[_Line], unit: _Unit, rules: Rules) -> tuple[str, int]:
    """The unit's text (from its first line to its last) with its furniture blanked, and
    where the unit's own head (an agreement's articles) ends (a line index)."""
    base = lines[unit.first].start
    chars = list(text[base : lines[unit.stop - 1].end])
    head = unit.first
    if unit.kind == "agreement":
        head = _agreement_end(lines, unit)
    words = _words(rules)
    for index in range(unit.first, unit.stop):
        line = lines[index]
        if index < head or _furniture(line):
            chars[line.start - base : line.end - base] = " " * (line.end - line.start)
    for _speaker, head_line, body in _finding_blocks(lines, unit, words):
        for line in (head_line, *body):
            chars[line.start - base : line.end - base] = " " * (line.end - line.start)
    _head_targets(chars, lines, max(head, unit.first), unit.stop, words, base)
    return "".join(chars), head


def _head_targets(chars: list[str], lines: Sequence[_Line], first: int, stop: int,
                  words: _Words, base: int = 0) -> None:
    """A plan's heading over its targets alone (``二　目標``) reads as a results heading."""
    for at, size in _target_headings(lines, first, stop, words):
        at -= base
        chars[at : at + size] = list(words.results_head.ljust(size))


def _target_headings(
    lines: Sequence[_Line], first: int, stop: int, words: _Words
) -> list[tuple[int, int]]:
    """(text offset, length) of each heading over a plan's targets alone in ``[first, stop)``."""
    out: list[tuple[int, int]] = []
    for index in range(first, stop):
        line = lines[index]
        if "目標" not in line.text or len(line.text) > 40:
            continue
        item = _ITEM.match(line.s)
        label = _CLOSE_END.sub("", line.s[item.end():] if item else line.s).strip()
        if label in words.target_heads:
            at = line.text.index(label, line.text.index(line.s) + (item.end() if item else 0))
            out.append((at + line.start, len(label)))
    return out


def headed(text: str, forms: FormDocument | None) -> str:
    """``text`` with each form's targets heading read as a results heading (same length)."""
    if forms is None:
        return text
    words = _words(forms.rules)
    found = [
        heading for unit in forms.units
        for heading in _target_headings(forms.lines, unit.first, unit.stop, words)
    ]
    if not found:
        return text
    chars = list(text)
    for at, size in found:
        chars[at : at + size] = list(words.results_head.ljust(size))
    return "".join(chars)


def _finding_blocks(
    lines: Sequence[_Line], unit: _Unit, words: _Words
) -> list[tuple[str, _Line, list[_Line]]]:
    """The findings in a form: (speaker, head line, text lines)."""
    out: list[tuple[str, _Line, list[_Line]]] = []
    current: tuple[str, _Line, list[_Line]] | None = None
    for index in range(unit.first, unit.stop):
        line = lines[index]
        match = words.finding.match(line.s)
        if match is not None:
            speaker = match.group("speaker")
            current = None
            if _named_body(speaker):
                current = (speaker, line, [])
                out.append(current)
            continue
        if current is None:
            continue
        s = line.s
        if not s:
            if current[2]:
                current = None
            continue
        if _FRAME.match(s) or _PAGE.match(s) or _NUM_ITEM.match(s):
            current = None
            continue
        current[2].append(line)
    return [block for block in out if block[2]]


def _named_body(speaker: str) -> bool:
    return bool(
        municipality_in(speaker) or find_bureaus(speaker) or "ハローワーク" in speaker
        or "公共職業安定所" in speaker or _PREFECTURE_END.search(speaker)
    )


# ------------------------------------------------------------------------------ facts


def _merged(profiles: Sequence[Profile]) -> Profile:
    if not profiles:
        return Profile()
    first = profiles[0]
    for other in profiles[1:]:
        changes: dict[str, object] = {}
        for name in ("prefecture", "municipality", "labour_bureau", "facility_name",
                     "facility_type", "start_date", "fiscal_year"):
            if getattr(first, name) is None and getattr(other, name) is not None:
                changes[name] = getattr(other, name)
        changes["initiatives"] = (*first.initiatives, *other.initiatives)
        changes["initiative_spans"] = (*first.initiative_spans, *other.initiative_spans)
        changes["metrics"] = (*first.metrics, *other.metrics)
        changes["other_results"] = (*first.other_results, *other.other_results)
        changes["other_result_spans"] = (*first.other_result_spans, *other.other_result_spans)
        changes["comments"] = (*first.comments, *other.comments)
        changes["unclassified"] = (*first.unclassified, *other.unclassified)
        first = attrs.evolve(first, **changes)
    return first


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


def _comment(
    speaker: str, head: _Line, body: Sequence[_Line], rules: Rules, locate: Locate
) -> Comment:
    text = "".join(line.s for line in body)
    at = head.text.index(speaker) + head.start
    return Comment(
        speaker=speaker,
        role=role_of(speaker, rules),
        text=text,
        span=locate(body[0].lead, body[-1].start + len(body[-1].text.rstrip())),
        speaker_span=locate(at, at + len(speaker)),
    )


__all__ = ["FormDocument", "read_forms"]
