"""Documents of entries, some of which are the cases (decisions 2330-2335, branch bigdocs10).

A prefecture's list of programmes or a city's 事務事業評価 sheets is a run of entries, each
opened by the same labelled line (``施策番号　3-2``, ``事業名　…`` under a sheet's title
between rules)::

    施策番号　3-1                       ← a programme: no case
    事業名　　生活困窮者自立相談支援事業
    所管　　　…
    施策番号　3-2                       ← a joint facility: one case
    事業名　　福祉と就労のワンストップ窓口で…
    実施主体　岡山県岡山市
    連携先　　岡山労働局・ハローワーク岡山
    施設名　　おかやま就労プラザ北（一体的実施施設）
    …

``read_entries`` finds such a document: a label of ``forms.toml [entries] labels`` opening
two lines or more (the label first so found opens every entry; an entry starts at the rules
and title lines right above it and ends at the next one, a rule line or a contact line), at
least one entry naming one facility by its bracketed kind (``name（一体的実施施設）``, a kind of
``facility_types``) and a Hello Work or labour bureau. ``EntryDocument.read`` gives one
profile per such entry, read on its own (the rest of the document blanked, the programme's
own fields — number, 所管, 区分, the year it began — blanked too), with the facts the entry
states by its labels filled in: the title (a title field such as ``副題``, else the entry's
name when it is a catch phrase and no programme's name), the facility and its kind, the
start date, the municipality (else the city the document's title names), the partners, the
fiscal year of the document's opening, and a remark (``備考``) as an other result. Entries
naming no facility (programmes, training courses, job fairs) give no profile; an entry
naming two facilities or more (a programme with sub-entries) is left to the whole read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs
import regex
from attrs import frozen

from jirei.lines import Line, split_lines
from jirei.model import Profile, Span, Warning
from jirei.profilemerge import merged as _merged
from jirei.rules import DEFAULT_RULES, Rules, per_rules

Locate = Callable[[int, int], Span]
Build = Callable[[str], tuple[list[Profile], list[Warning]]]

#: a rule line (``────``, ``====``, ``━━━``)
_RULE = regex.compile(r"^[\s\f]*[━─―－=＝\-_~〜]{6,}[\s]*$")
#: a page number alone on its line (``─ 1 ─``, ``- 2 -``, ``3``)
_PAGE = regex.compile(r"^[\s\f]*[-－─―ー]?\s*\d{1,3}\s*[-－─―ー]?\s*$")
#: how many lines above its label an entry's head (rules, a sheet's title) may reach
_HEAD = 4
#: the longest line of an entry's head
_HEAD_LINE = 60
#: a facility's name and its bracketed kind
_NAMED_KIND = regex.compile(
    r"(?P<name>[^\s()（）:：、。・]{2,30})[(（](?P<kind>[^()（）]{2,20})[)）]"
)
#: a facility field's whole value: the name (a ``・`` inside it: ``たかまつ就労・生活サポート
#: センター``) and its bracketed kind
_FIELD_KIND = regex.compile(
    r"^\s*(?P<name>[^\s()（）:：、。]{2,30})[(（](?P<kind>[^()（）]{2,20})[)）]\s*$"
)
#: an office or a labour bureau named in an entry
_OFFICE = regex.compile(r"ハローワーク|公共職業安定所|労働局")
_TITLE_CITY = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ヶ]{1,6}市")
_BRACKET_TAIL = regex.compile(r"[(（][^()（）]*[)）]\s*$")
_HW = regex.compile(r"ハローワーク[\p{Han}\p{Katakana}ー]{1,10}|[\p{Han}]{1,8}公共職業安定所")


@frozen
class _Words:
    labels: tuple[str, ...]
    opener: regex.Pattern[str]
    names: frozenset[str]
    programme_ends: tuple[str, ...]
    blanked: frozenset[str]
    remarks: frozenset[str]
    facilities: frozenset[str]
    contacts: tuple[str, ...]
    known: regex.Pattern[str]
    starts: tuple[str, ...]


@per_rules
def _words(rules: Rules = DEFAULT_RULES) -> _Words:
    table = rules.forms_table.get("entries", {})
    labels = tuple(sorted(table.get("labels", ()), key=len, reverse=True))
    alternation = "|".join(regex.escape(label) for label in labels) or "(?!)"
    names = frozenset(table.get("names", ()))
    blanked = frozenset(table.get("blanked", ()))
    remarks = frozenset(table.get("remarks", ()))
    facilities = frozenset(table.get("facility_labels", ()))
    every = {*labels, *names, *blanked, *remarks, *facilities, *rules.field_labels}
    known = "|".join(regex.escape(label) for label in sorted(every, key=len, reverse=True))
    return _Words(
        labels=labels,
        opener=regex.compile(
            rf"(?m)^[ \t\u3000\f]*(?P<label>{alternation})"
            r"(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]*)(?=\S)"
        ),
        names=names,
        programme_ends=tuple(table.get("programme_ends", ())),
        blanked=blanked,
        remarks=remarks,
        facilities=facilities,
        contacts=tuple(table.get("contacts", ())),
        starts=tuple(rules.forms_table.get("documents", {}).get("start_words", ())),
        known=regex.compile(
            rf"^[\s\f]*(?P<label>{known or '(?!)'})(?:\s*[:：]\s*|\s*)(?P<value>\S.*?)\s*$"
        ),
    )


@frozen
class _Entry:
    first: int  # the entry's first line (its head: rules and a sheet's title)
    label: int  # the line of its opening label
    stop: int  # the line after its last
    facilities: int  # how many facilities (``name（kind）``) it names


@frozen
class _Field:
    label: str
    value: str
    start: int  # where the value starts in the normalised text


@frozen
class EntryDocument:
    """A document of entries: its lines and the entries, each a case or not."""

    text: str
    lines: tuple[Line, ...]
    entries: tuple[_Entry, ...]
    rules: Rules

    def read(
        self,
        build: Build,
        whole: tuple[list[Profile], list[Warning]],
        locate: Locate,
    ) -> tuple[list[Profile], list[Warning]]:
        """One profile per entry naming one facility, read on its own (see the module);
        the whole read's profiles outside the entries, and within an entry naming several
        facilities, stay as read."""
        found, warnings = whole
        bounds = [self._region(entry, locate) for entry in self.entries]
        several = [b for b, e in zip(bounds, self.entries, strict=True) if e.facilities >= 2]
        # a case the whole read found alone in an entry's stretch (from the end of the entry
        # before to the start of the next) stands as read, its gaps filled
        stretches = [
            (bounds[n - 1][1] if n else 0, bounds[n + 1][0] if n + 1 < len(bounds) else b)
            for n, (_, b) in enumerate(bounds)
        ]
        own: dict[int, Profile] = {}
        for n, (entry, (a, b)) in enumerate(zip(self.entries, bounds, strict=True)):
            if entry.facilities != 1:
                continue
            over = [p for p in found if p.span is not None and p.span.end > a and p.span.start < b]
            lo, hi = stretches[n]
            if len(over) == 1 and lo <= over[0].span.start and over[0].span.end <= hi:  # type: ignore[union-attr]
                own[n] = over[0]
        owned = {id(p) for p in own.values()}
        kept = [
            p for p in found
            if id(p) not in owned and (
                p.span is None
                or all(p.span.end <= a or p.span.start >= b for a, b in bounds)
                or any(a <= p.span.start and p.span.end <= b for a, b in several)
            )
        ]
        kept_warnings = [
            w for w in warnings
            if w.span is None or all(w.span.end <= a or w.span.start >= b for a, b in bounds)
            or any(p.span is not None and p.span.start <= w.span.start < p.span.end
                   for p in (*own.values(), *kept))
        ]
        profiles = list(kept)
        for n, (entry, region) in enumerate(zip(self.entries, bounds, strict=True)):
            if entry.facilities != 1:
                continue
            if n in own:
                profiles.append(self._filled(own[n], entry, locate, only_empty=True))
                continue
            read, read_warnings = build(self._masked(entry))
            if not read:  # (no opening names its place: the document's title does, 3562)
                read, read_warnings = self._read_with_title(entry, build, read, read_warnings)
            kept_warnings.extend(read_warnings)
            profile = _merged(read)
            profile = self._filled(profile, entry, locate)
            profiles.append(attrs.evolve(profile, span=Span(region[0], region[1])))
        profiles.sort(key=lambda p: p.span.start if p.span is not None else 0)
        return profiles, kept_warnings

    def _region(self, entry: _Entry, locate: Locate) -> tuple[int, int]:
        start = self.lines[entry.first].start
        last = entry.stop - 1
        while last > entry.first and self.lines[last].blank:
            last -= 1
        end = self.lines[last].end
        return locate(start, start).start, locate(end, end).end

    def _read_with_title(
        self, entry: _Entry, build: Build, read: list[Profile], warnings: list[Warning]
    ) -> tuple[list[Profile], list[Warning]]:
        """The entry read again with the document's title line naming its city kept
        (``東 大 阪 市`` over a 決算 report, decision 3562), where the entry alone read as no
        case: the city is the place its case opens with."""
        city = self._title_city()
        if city is None:
            return read, warnings
        at = city[2]
        line = next((x for x in self.lines[: self.entries[0].first] if x.start <= at < x.end), None)
        if line is None:
            return read, warnings
        masked = self._masked(entry)
        masked = masked[: line.start] + self.text[line.start : line.end] + masked[line.end :]
        again, again_warnings = build(masked)
        return (again, again_warnings) if again else (read, warnings)

    def _masked(self, entry: _Entry) -> str:
        """The text with everything but the entry blanked, and in it the entry's head and
        the programme's own fields."""
        words = _words(self.rules)
        chars = [c if c == "\n" else " " for c in self.text]
        for index in range(entry.label, entry.stop):
            line = self.lines[index]
            field = _field(line, words)
            if field is not None and (
                (field.label in words.blanked and not self._dated_start(field))
                or field.label in words.names
                or field.label in words.remarks
                or self.rules.field_labels.get(field.label) == "title"
            ):
                continue
            if _PAGE.match(line.text) or _RULE.match(line.text):
                continue
            chars[line.start : line.end] = self.text[line.start : line.end]
        return "".join(chars)

    def _dated_start(self, field: _Field) -> bool:
        """Whether a field is a start field whose value is a full date (``事業開始　令和元年10月1
        日``): the facility's opening, a case's fact, not the year a programme began."""
        from jirei.values import find_dates

        if self.rules.field_labels.get(field.label) != "start_date":
            return False
        return next(iter(find_dates(field.value, self.rules)), None) is not None

    def _filled(
        self, profile: Profile, entry: _Entry, locate: Locate, *, only_empty: bool = False
    ) -> Profile:
        """``profile`` with the facts the entry states by its labels (see the module); with
        ``only_empty`` (a case the whole read found) only where it has none."""
        from jirei.places import (
            municipality_in,
            prefecture_of_bureau,
            prefectures_of,
            split_prefecture,
        )
        from jirei.values import find_dates, find_fiscal_years

        rules = self.rules
        words = _words(rules)
        fields = [
            f for line in self.lines[entry.first : entry.stop]
            if (f := _field(line, words)) is not None
        ]
        kinds = rules.field_labels
        changes: dict[str, Any] = {}
        spans = dict(profile.spans)
        inferred = list(profile.inferred)

        # the title: a title field, else the entry's name when it is a catch phrase
        title: _Field | None = next((f for f in fields if kinds.get(f.label) == "title"), None)
        if title is None:
            named = next((f for f in fields if f.label in words.names), None)
            if named is not None and not _programme(named.value, words):
                title = named
        if title is not None:
            from jirei.titles import unquote

            text, cut = unquote(title.value, rules)[0], 0
            cut = title.value.find(text) if text else 0
            changes["title"] = text or None
            if text:
                spans["title"] = locate(title.start + cut, title.start + cut + len(text))
        else:
            changes["title"] = None
            spans.pop("title", None)

        # the facility and its kind: ``name（kind）`` in a facility field, else the field's
        # value and a kind field's
        for f in fields:
            if kinds.get(f.label) != "facility" and f.label not in words.facilities:
                continue
            match = _FIELD_KIND.match(f.value) or _NAMED_KIND.search(f.value)
            if match is not None and match.group("kind") in rules.facility_types:
                at = f.start + match.start("name")
                changes["facility_name"] = match.group("name")
                spans["facility_name"] = locate(at, at + len(match.group("name")))
                k_at = f.start + match.start("kind")
                changes["facility_type"] = match.group("kind")
                spans["facility_type"] = locate(k_at, k_at + len(match.group("kind")))
                break
            if match is None and 2 <= len(f.value) <= 30 and "。" not in f.value:
                changes["facility_name"] = f.value
                spans["facility_name"] = locate(f.start, f.start + len(f.value))
                break
        if "facility_type" not in changes:
            for f in fields:
                if kinds.get(f.label) == "facility_type" and f.value in rules.facility_types:
                    changes["facility_type"] = f.value
                    spans["facility_type"] = locate(f.start, f.start + len(f.value))
                    break

        self._prose_facility(profile, entry, locate, changes, spans)

        # the start date: a full date under a start label
        for f in fields:
            if kinds.get(f.label) != "start_date":
                continue
            date = next(iter(find_dates(f.value, rules)), None)
            if date is not None:
                changes["start_date"] = date.value
                spans["start_date"] = locate(f.start + date.start, f.start + date.end)
                break

        if "start_date" not in changes and profile.start_date is None:
            self._prose_start(entry, locate, changes, spans)

        # the partners the entry names, where the read found none
        offices = [
            (m.group(), f.start + m.start())
            for f in fields if kinds.get(f.label) in ("offices", "hello_work")
            for m in _HW.finditer(f.value)
        ]
        if offices and not profile.hello_work:
            names = tuple(dict.fromkeys(name for name, _ in offices))
            at_of = dict(offices[::-1])
            changes["hello_work"] = names
            changes["hello_work_spans"] = tuple(
                locate(at_of[n], at_of[n] + len(n)) for n in names
            )
        if not offices and not profile.hello_work:
            self._prose_offices(entry, locate, changes)
        if profile.labour_bureau is None:
            from jirei.places import find_bureaus

            for f in fields:
                if kinds.get(f.label) not in ("offices", "labour_bureau"):
                    continue
                bureaus = find_bureaus(f.value)
                if bureaus:
                    b0, b1 = bureaus[0]
                    changes["labour_bureau"] = f.value[b0:b1]
                    spans["labour_bureau"] = locate(f.start + b0, f.start + b1)
                    break
            if "labour_bureau" not in changes:
                for line in self._body(entry):
                    bureaus = find_bureaus(line.text)
                    if bureaus:
                        b0, b1 = bureaus[0]
                        changes["labour_bureau"] = line.text[b0:b1]
                        spans["labour_bureau"] = locate(line.start + b0, line.start + b1)
                        break

        # the municipality: a place field, else the city the document's title names
        place = next((f for f in fields if kinds.get(f.label) == "place"), None)
        city: tuple[str, str | None, int] | None = None
        if place is not None:
            written, rest = split_prefecture(place.value.strip())
            name = municipality_in(rest)
            if name:
                city = (name, written, place.start + place.value.find(name))
        if city is None and (profile.municipality is None or _bare_ward(profile.municipality)):
            city = self._title_city()
        if city is not None:
            name, written, at = city
            changes["municipality"] = name
            spans["municipality"] = locate(at, at + len(name))
            inferred = [x for x in inferred if x not in ("municipality", "prefecture")]
            if written is not None:
                changes["prefecture"] = written
                spans["prefecture"] = locate(at - len(written), at)
            else:
                options = prefectures_of(name)
                prefecture = options[0] if len(options) == 1 else None
                bureau = changes.get("labour_bureau") or profile.labour_bureau
                if prefecture is None and isinstance(bureau, str):
                    prefecture = prefecture_of_bureau(bureau)
                if prefecture is not None:
                    changes["prefecture"] = prefecture
                    spans.pop("prefecture", None)
                    inferred.append("prefecture")
        changes["inferred"] = tuple(dict.fromkeys(inferred))

        # the fiscal year of the document's opening, where the entry names none
        if profile.fiscal_year is None:
            head = self.entries[0].first
            for line in self.lines[:head]:
                year = next(iter(find_fiscal_years(line.text, rules=rules)), None)
                if year is not None and ("実績" in line.text or "実施" in line.text):
                    changes["fiscal_year"] = year.value.year
                    spans["fiscal_year"] = locate(line.start + year.start, line.start + year.end)
                    break

        # a remark: an other result
        others = list(profile.other_results)
        other_spans = list(profile.other_result_spans)
        for f in fields:
            if f.label in words.remarks and f.value.endswith("。") and f.value not in others:
                others.append(f.value)
                other_spans.append(locate(f.start, f.start + len(f.value)))
        if len(others) != len(profile.other_results):
            changes["other_results"] = tuple(others)
            changes["other_result_spans"] = tuple(other_spans)
        if only_empty:
            keep = {"title"} if self._head_title(profile.title, entry) else set()
            if profile.municipality is not None and _bare_ward(profile.municipality):
                keep |= {"municipality", "prefecture"}  # (the title's city, not a ward)
            for name in (
                "title", "prefecture", "municipality", "labour_bureau", "facility_name",
                "facility_type", "start_date", "fiscal_year",
            ):
                if name in keep:
                    continue
                if name in changes and getattr(profile, name) is not None:
                    del changes[name]
                    if name in profile.spans:
                        spans[name] = profile.spans[name]
                    else:
                        spans.pop(name, None)
            if profile.hello_work:
                changes.pop("hello_work", None)
                changes.pop("hello_work_spans", None)
            changes["inferred"] = tuple(
                x for x in changes["inferred"]  # type: ignore[union-attr]
                if x in profile.inferred or x in changes
            )
        changes["spans"] = spans
        return attrs.evolve(profile, **changes)

    def _body(self, entry: _Entry) -> list[Line]:
        """The entry's lines that are no labelled field: its purpose and contents in prose
        (decision 3562)."""
        words = _words(self.rules)
        return [
            line for line in self.lines[entry.label : entry.stop]
            if _field(line, words) is None and not line.blank
        ]

    def _prose_facility(
        self, profile: Profile, entry: _Entry, locate: Locate,
        changes: dict[str, Any], spans: dict[str, Span],
    ) -> None:
        """The facility where no field names it (decision 3562): the one ``name（kind）`` of a
        known kind the entry's prose writes, else the facility its name brackets."""
        if "facility_name" in changes or profile.facility_name is not None:
            return
        kinds = self.rules.facility_types
        named = _bracketed_name(self.lines, entry.label, entry.stop, _words(self.rules))
        for line in self._body(entry):
            for match in _NAMED_KIND.finditer(line.text):
                if match.group("kind") in kinds:
                    name = match.group("name")
                    cut = _name_start(name, named)
                    at = line.start + match.start("name") + cut
                    changes["facility_name"] = name[cut:]
                    spans["facility_name"] = locate(at, at + len(name) - cut)
                    if "facility_type" not in changes and profile.facility_type is None:
                        k_at = line.start + match.start("kind")
                        changes["facility_type"] = match.group("kind")
                        spans["facility_type"] = locate(k_at, k_at + len(match.group("kind")))
                    return
        if named is not None:
            name, at = named
            changes["facility_name"] = name
            spans["facility_name"] = locate(at, at + len(name))

    def _prose_start(
        self, entry: _Entry, locate: Locate, changes: dict[str, Any], spans: dict[str, Span]
    ) -> None:
        """The start date the entry's prose writes (``（平成25年6月3日事業開始）``, decision
        3562): a full date a start word follows."""
        from jirei.harvest import start_word_after
        from jirei.values import find_dates

        for line in self._body(entry):
            for date in find_dates(line.text, self.rules):
                if start_word_after(line.text, date.end, self.rules) is not None:
                    changes["start_date"] = date.value
                    spans["start_date"] = locate(line.start + date.start, line.start + date.end)
                    return

    def _prose_offices(self, entry: _Entry, locate: Locate, changes: dict[str, Any]) -> None:
        """The Hello Work offices the entry's prose names (decision 3562), each once, in
        order: a name ending where its word ends (``ハローワーク布施と``; not the staff of
        ``ハローワーク就職支援ナビゲーター``) and ending in no word of ``[entries] not_offices``."""
        from jirei.harvest import offices_in

        tails = tuple(self.rules.forms_table.get("entries", {}).get("not_offices", ()))
        found: dict[str, Span] = {}
        for line in self._body(entry):
            for office in offices_in(line.text, 0, self.rules):
                after = line.text[office.end : office.end + 1]
                if after and regex.match(r"[\p{Han}\p{Katakana}ー]", after):
                    continue
                if office.value.endswith(tails) or office.value in found:
                    continue
                found[office.value] = locate(line.start + office.start, line.start + office.end)
        if found:
            changes["hello_work"] = tuple(found)
            changes["hello_work_spans"] = tuple(found.values())

    def _head_title(self, title: str | None, entry: _Entry) -> bool:
        """Whether ``title`` is a line of the entry's head (a sheet's title between rules,
        ``事務事業評価書　No.22``, its opening label ``事業番号　2``) or a field of the programme
        (``所管　…``): the form's own words, no case's title."""
        if not title:
            return False
        words = _words(self.rules)
        bare = "".join(title.split())
        for index in range(entry.first, entry.stop):
            line = self.lines[index]
            if index > entry.label:
                field = _field(line, words)
                if field is None or field.label not in words.blanked:
                    continue
            if "".join(line.text.split()) == bare:
                return True
        return False

    def _title_city(self) -> tuple[str, str | None, int] | None:
        """The one city the document's opening (before its first entry) names: ``北九州市
        事務事業評価シート``."""
        from jirei.places import municipality_names

        names = municipality_names()
        found: dict[str, tuple[str, str | None, int]] = {}
        for line in self.lines[: self.entries[0].first]:
            for match in _TITLE_CITY.finditer(line.text):
                text = match.group()
                for cut in range(len(text) - 1):
                    candidate = text[cut:]
                    if candidate in names:
                        at = line.start + match.start() + cut
                        found.setdefault(candidate, (candidate, None, at))
                        break
        return next(iter(found.values())) if len(found) == 1 else None


#: the end of a clause before a facility's name in a sentence (``本庁舎内に設置した``)
_CLAUSE_END = regex.compile(r".*(?:した|する|された|している|にある|における|内の)")


def _name_start(name: str, named: tuple[str, int] | None) -> int:
    """Where a facility's name read before its bracketed kind in a sentence starts: the
    name the entry's name brackets when the words end with it, else after the clause
    before it (``本庁舎内に設置したワークサポート布施`` → ``ワークサポート布施``)."""
    if named is not None and name.endswith(named[0]) and name != named[0]:
        return len(name) - len(named[0])
    match = _CLAUSE_END.match(name)
    if match is not None and len(name) - match.end() >= 2:
        return match.end()
    return 0


def _bare_ward(name: str) -> bool:
    return name.endswith("区") and "市" not in name and len(name) <= 5


def _programme(name: str, words: _Words) -> bool:
    """Whether an entry's name is a programme's (``…運営事業（小倉北区）``), no catch phrase."""
    bare = _BRACKET_TAIL.sub("", name).strip()
    return not bare or bare.endswith(words.programme_ends)


def _field(line: Line, words: _Words) -> _Field | None:
    """The known label and value of a field line (``実施主体:岡山県岡山市``, ``連携先  …``,
    ``実施施設こくら…`` — the space normalisation removed), else None."""
    match = words.known.match(line.text)
    if match is None or "\t" in match.group("value") or "  " in match.group("value"):
        return None  # (a table's row: ``区分　指標名　単位　目標値 …``)
    return _Field(match.group("label"), match.group("value"), line.start + match.start("value"))


def read_entries(text: str, rules: Rules = DEFAULT_RULES) -> EntryDocument | None:
    """The entries of a document of entries some of which are cases (see the module), else
    None."""
    words = _words(rules)
    if not words.labels:
        return None
    found = [(m.start(), m.group("label")) for m in words.opener.finditer(text)]
    if len(found) < 2:  # (one search of the whole text: most documents stop here)
        return None
    from bisect import bisect_right

    lines = split_lines(text)
    starts = [line.start for line in lines]
    openers = [(bisect_right(starts, at) - 1, label) for at, label in found]
    counts: dict[str, int] = {}
    for _, label in openers:
        counts[label] = counts.get(label, 0) + 1
    label = next((label for _, label in openers if counts[label] >= 2), None)
    if label is None:
        return None
    at = [index for index, found in openers if found == label]
    firsts = [
        _head(lines, index, at[n - 1] + 1 if n else 0, rules) for n, index in enumerate(at)
    ]
    entries: list[_Entry] = []
    for n, (first, index) in enumerate(zip(firsts, at, strict=True)):
        limit = firsts[n + 1] if n + 1 < len(at) else len(lines)
        stop = _stop(lines, index, limit, words)
        if n + 1 == len(at) and entries:  # the last: no longer than one and a half others
            longest = max(e.stop - e.first for e in entries)
            stop = min(stop, first + longest + longest // 2)
        entries.append(
            _Entry(first, index, stop, _facilities(lines, index, stop, rules, words))
        )
    if not any(entry.facilities == 1 for entry in entries):
        # a list of programmes none of which is a facility: no case among them, when no
        # entry so much as names a facility under a facility label
        if len(entries) < 3 or any(
            (f := _field(line, words)) is not None and rules.field_labels.get(f.label) == "facility"
            for entry in entries
            for line in lines[entry.label : entry.stop]
        ):
            return None
    return EntryDocument(text, tuple(lines), tuple(entries), rules)


def _head(lines: Sequence[Line], index: int, floor: int, rules: Rules) -> int:
    """Where the entry whose label stands at ``index`` starts: the rules and short title
    lines right above it (no blank line between), and a case label above those
    (``事例１　岐阜県大垣市``, blank lines between allowed) with the lines under it."""
    from jirei.caselabel import label_length

    first = index
    while first > floor and index - first < _HEAD:
        above = lines[first - 1]
        text = above.text.strip(" \t\u3000\f")
        if not text or _PAGE.match(above.text) or len(text) > _HEAD_LINE or "。" in text:
            break
        first -= 1
    for at in range(first - 1, max(floor, first - _HEAD - 2) - 1, -1):
        text = lines[at].text.strip(" \t\u3000\f")
        if text and label_length(text, rules):
            return at
        if len(text) > _HEAD_LINE or "。" in text or _RULE.match(text):
            break
    return first


def _stop(lines: Sequence[Line], index: int, limit: int, words: _Words) -> int:
    """Where the entry opened at ``index`` ends before ``limit``: at a rule line or a line
    of contacts (``問い合わせ先``)."""
    for at in range(index + 1, limit):
        line = lines[at]
        if _RULE.match(line.text):
            return at
        if words.contacts and line.text.lstrip(" \t\u3000\f").lstrip("0123456789 ").startswith(
            words.contacts
        ):
            return at
    return limit


def _facilities(
    lines: Sequence[Line], start: int, stop: int, rules: Rules, words: _Words
) -> int:
    """How many facilities an entry names — each ``name（kind）`` of a known kind, or else one
    for a facility field beside a kind field (``施設名　name`` / ``種別　一体的実施施設``) —, none
    counted when it names no Hello Work or labour bureau."""
    names: set[str] = set()
    office = False
    named = typed = False
    for line in lines[start:stop]:
        text = line.text
        if not office and _OFFICE.search(text) is not None:
            office = True
        field = _field(line, words)
        if field is not None:
            kind = rules.field_labels.get(field.label)
            if kind == "facility" or field.label in words.facilities:
                named = named or (2 <= len(field.value) <= 30 and "。" not in field.value)
            elif kind == "facility_type" and field.value.strip() in rules.facility_types:
                typed = True
        if "(" not in text and "（" not in text:
            continue
        for match in _NAMED_KIND.finditer(text):
            if match.group("kind") in rules.facility_types:
                names.add(match.group("name"))
    if not office:
        return 0
    return len(names) or int(named and typed) or int(
        _bracketed_name(lines, start, stop, words) is not None
    )


#: a place's name (no facility's): a city, a ward, a town
_PLACE_END = ("市", "区", "町", "村", "県", "都", "府", "道")


def _bracketed_name(
    lines: Sequence[Line], start: int, stop: int, words: _Words
) -> tuple[str, int] | None:
    """The facility an entry's name brackets (``地域就労支援事業（ジョブプラザひがしおおさか）``,
    decision 3562) and where it stands: the bracket's words, no place's name, written again
    in the entry's other lines (its purpose names the facility the programme runs)."""
    for index in range(start, stop):
        field = _field(lines[index], words)
        if field is None or field.label not in words.names:
            continue
        match = _BRACKET_TAIL.search(field.value)
        if match is None:
            return None
        name = match.group().strip()[1:-1].strip()
        if not 2 <= len(name) <= 30 or name.endswith(_PLACE_END):
            return None
        if regex.search(r"[\s、。・]", name):
            return None
        rest = (line.text for n, line in enumerate(lines[start:stop], start) if n != index)
        if not any(name in text for text in rest):
            return None
        return name, field.start + match.start() + match.group().index(name)
    return None


__all__ = ["EntryDocument", "read_entries"]
