"""The data model: frozen attrs classes whose ``to_dict`` gives the CONTRACT.md shape.

Extra keys beyond the contract: ``span``/``spans`` (where each value stands in the
original text, with page and boxes for PDFs), ``inferred`` (profile fields that were
derived rather than read), document ``encoding``/``backend``/``pages``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs
from attrs import field, frozen

Number = int | Decimal

ROLES = ("municipality", "labour_bureau", "hello_work", "other")


def _tuple(value: Sequence[Any] | None) -> tuple[Any, ...]:
    return tuple(value or ())


def _number(value: Any) -> Number:
    """Coerce a JSON-ish number to int when whole-valued input was an int, else Decimal."""
    if isinstance(value, bool):
        raise TypeError(f"not a number: {value!r}")
    if isinstance(value, int | Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        return Decimal(value) if any(c in value for c in ".eE") else int(value)
    raise TypeError(f"not a number: {value!r}")


def _optional_decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    number = _number(value)
    return number if isinstance(number, Decimal) else Decimal(number)


@frozen
class Box:
    """A rectangle on a PDF page, in PDF points from the page's top-left corner."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float

    def to_list(self) -> list[Any]:
        return [self.page, self.x0, self.top, self.x1, self.bottom]

    @classmethod
    def from_list(cls, data: Sequence[Any]) -> Box:
        page, x0, top, x1, bottom = data
        return cls(int(page), float(x0), float(top), float(x1), float(bottom))

    def covers(self, other: Box, tolerance: float = 0.5) -> bool:
        """Whether this box contains ``other`` (same page, within ``tolerance`` points)."""
        return (
            self.page == other.page
            and self.x0 - tolerance <= other.x0
            and self.top - tolerance <= other.top
            and other.x1 <= self.x1 + tolerance
            and other.bottom <= self.bottom + tolerance
        )


def _parts(value: Sequence[Sequence[int]] | None) -> tuple[tuple[int, int], ...]:
    if not value:
        return ()
    return tuple((int(start), int(end)) for start, end in value)


@frozen
class Span:
    """Offsets ``[start, end)`` into the ORIGINAL text; for PDFs also one box per line crossed.

    A value read from separate pieces of the text (a number with its unit on the line
    below, a label wrapped over two lines) has ``parts``: two or more ordered,
    non-overlapping, non-touching ``(start, end)`` ranges, ``start``/``end`` being the first
    start and the last end. An ordinary span has no parts.
    """

    start: int
    end: int
    boxes: tuple[Box, ...] = field(default=(), converter=_tuple)
    parts: tuple[tuple[int, int], ...] = ()

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")
        if self.parts:  # no converter: an ordinary span pays nothing for parts
            object.__setattr__(self, "parts", _parts(self.parts))
            self._check_parts()

    def _check_parts(self) -> None:
        parts = self.parts
        if len(parts) < 2:
            raise ValueError(f"a multi-part span needs two or more parts: {parts}")
        if parts[0][0] != self.start or parts[-1][1] != self.end:
            raise ValueError(f"parts {parts} do not run from {self.start} to {self.end}")
        previous = -1
        for start, end in parts:
            if not previous < start < end:
                raise ValueError(f"parts must be non-empty, ordered and apart: {parts}")
            previous = end

    @classmethod
    def join(cls, spans: Iterable[Span]) -> Span:
        """One span covering the pieces of ``spans`` (their ranges merged where they touch
        or overlap, their boxes kept in order): a multi-part span when pieces stay apart."""
        ordered = sorted(spans, key=lambda span: (span.start, span.end))
        if not ordered:
            raise ValueError("no spans to join")
        ranges: list[list[int]] = []
        for start, end in sorted(r for span in ordered for r in span.ranges):
            if ranges and start <= ranges[-1][1]:
                ranges[-1][1] = max(ranges[-1][1], end)
            elif start < end or not ranges:
                ranges.append([start, end])
        ranges = [r for r in ranges if r[0] < r[1]] or ranges[:1]
        boxes = tuple(box for span in ordered for box in span.boxes)
        first, last = ranges[0][0], ranges[-1][1]
        if len(ranges) == 1:
            return cls(first, last, boxes)
        return cls(first, last, boxes, tuple((a, b) for a, b in ranges))

    @property
    def ranges(self) -> tuple[tuple[int, int], ...]:
        """The ``(start, end)`` pieces of the span: its parts, else the one range."""
        return self.parts or ((self.start, self.end),)

    @property
    def page(self) -> int | None:
        """The (1-based) page the span starts on, for PDF sources."""
        return self.boxes[0].page if self.boxes else None

    def slice(self, text: str) -> str:
        """The text the value was read from: the span's range, or its parts joined."""
        if self.parts:
            return "".join(text[start:end] for start, end in self.parts)
        return text[self.start : self.end]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.parts:
            data["parts"] = [[start, end] for start, end in self.parts]
        if self.boxes:
            data["page"] = self.page
            data["boxes"] = [box.to_list() for box in self.boxes]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | Sequence[int] | None) -> Span | None:
        if data is None:
            return None
        if isinstance(data, Mapping):
            boxes = tuple(Box.from_list(b) for b in data.get("boxes", ()))
            return cls(int(data["start"]), int(data["end"]), boxes, data.get("parts") or ())
        start, end = data
        return cls(int(start), int(end))


_new_object = object.__new__
# the slot descriptors of Span's fields (setting them directly skips ``__setattr__``)
_set_start, _set_end, _set_boxes, _set_parts = (
    Span.__dict__[name].__set__ for name in ("start", "end", "boxes", "parts")
)


def unchecked_span(start: int, end: int, boxes: tuple[Box, ...] = ()) -> Span:
    """``Span(start, end, boxes)`` for offsets known good by construction
    (``0 <= start <= end``; ``boxes`` a tuple; no parts), built without ``Span.__init__``'s
    converter and checks: for the parser's hot internal path (``pipeline.locate``, ~80 k
    spans on the bench) only."""
    span: Span = _new_object(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_boxes(span, boxes)
    _set_parts(span, ())
    return span


def _span_dict(span: Span | None) -> dict[str, Any] | None:
    return span.to_dict() if span is not None else None


@frozen
class Quantity:
    """A typed figure: ``value`` (int when whole, else Decimal), ``unit``, ``qualifier``."""

    value: Number = field(converter=_number)
    unit: str | None = None
    qualifier: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"value": self.value, "unit": self.unit, "qualifier": self.qualifier}
        if self.span is not None:
            data["span"] = self.span.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Quantity | None:
        if data is None:
            return None
        return cls(
            value=data["value"],
            unit=data.get("unit"),
            qualifier=data.get("qualifier"),
            span=Span.from_dict(data.get("span")),
        )


# the slot descriptors of Quantity's fields (see ``with_span``)
_set_q_value, _set_q_unit, _set_q_qualifier, _set_q_span = (
    Quantity.__dict__[name].__set__ for name in ("value", "unit", "qualifier", "span")
)


def with_span(quantity: Quantity, span: Span | None) -> Quantity:
    """``Quantity(quantity.value, quantity.unit, quantity.qualifier, span)``: a copy of a
    quantity at another span, built without re-running the value's converter (the value is
    already converted): for the parser's hot path (a table cell's figures placed at the
    cell, ``jirei.tables.cells``)."""
    copy: Quantity = _new_object(Quantity)
    _set_q_value(copy, quantity.value)
    _set_q_unit(copy, quantity.unit)
    _set_q_qualifier(copy, quantity.qualifier)
    _set_q_span(copy, span)
    return copy


@frozen
class Metric:
    """One figure of a targets/results table (see CONTRACT.md ``Metric``)."""

    label: str
    key: str | None = None
    group: str | None = None
    target: Quantity | None = None
    actual: Quantity | None = None
    achievement_rate: Decimal | None = field(default=None, converter=_optional_decimal)
    span: Span | None = None
    achievement_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "label": self.label,
            "key": self.key,
            "group": self.group,
            "target": self.target.to_dict() if self.target else None,
            "actual": self.actual.to_dict() if self.actual else None,
            "achievement_rate": self.achievement_rate,
        }
        if self.span is not None:
            data["span"] = self.span.to_dict()
        if self.achievement_span is not None:
            data["achievement_span"] = self.achievement_span.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Metric:
        return cls(
            label=data["label"],
            key=data.get("key"),
            group=data.get("group"),
            target=Quantity.from_dict(data.get("target")),
            actual=Quantity.from_dict(data.get("actual")),
            achievement_rate=data.get("achievement_rate"),
            span=Span.from_dict(data.get("span")),
            achievement_span=Span.from_dict(data.get("achievement_span")),
        )


@frozen
class Comment:
    """A stakeholder comment: ``speaker`` as written, ``role`` (one of ``ROLES``), ``text``."""

    speaker: str | None
    role: str = field(validator=attrs.validators.in_(ROLES))
    text: str
    span: Span | None = None
    speaker_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"speaker": self.speaker, "role": self.role, "text": self.text}
        if self.span is not None:
            data["span"] = self.span.to_dict()
        if self.speaker_span is not None:
            data["speaker_span"] = self.speaker_span.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Comment:
        return cls(
            speaker=data.get("speaker"),
            role=data["role"],
            text=data["text"],
            span=Span.from_dict(data.get("span")),
            speaker_span=Span.from_dict(data.get("speaker_span")),
        )


def _optional_date(value: Any) -> _dt.date | None:
    """None, or a plain ``datetime.date`` from a date (a subclass too: the era-aware dates of
    the value parsers) or an ISO string, so that profiles compare and serialise alike."""
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value if type(value) is _dt.date else _dt.date(value.year, value.month, value.day)
    return _dt.date.fromisoformat(value)


@frozen
class TextBlock:
    """Text a case holds that no contract field takes (asides, captions, lead lines).

    Kept so that nothing read is silently lost; ``heading`` is the section heading it
    stood under, if any.
    """

    heading: str | None
    text: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"heading": self.heading, "text": self.text, "span": _span_dict(self.span)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextBlock:
        return cls(data.get("heading"), data["text"], Span.from_dict(data.get("span")))


# Scalar profile fields that carry a span in ``Profile.spans``.
SPANNED_FIELDS = (
    "title",
    "prefecture",
    "municipality",
    "labour_bureau",
    "facility_name",
    "facility_type",
    "start_date",
    "fiscal_year",
)


@frozen
class Profile:
    """One case study: one facility / municipality–Hello Work partnership."""

    title: str | None = None
    prefecture: str | None = None
    municipality: str | None = None
    labour_bureau: str | None = None
    hello_work: tuple[str, ...] = field(default=(), converter=_tuple)
    facility_name: str | None = None
    facility_type: str | None = None
    start_date: _dt.date | None = field(default=None, converter=_optional_date)
    fiscal_year: int | None = None
    initiatives: tuple[str, ...] = field(default=(), converter=_tuple)
    metrics: tuple[Metric, ...] = field(default=(), converter=_tuple)
    other_results: tuple[str, ...] = field(default=(), converter=_tuple)
    comments: tuple[Comment, ...] = field(default=(), converter=_tuple)
    #: the whole case in the original text
    span: Span | None = None
    #: where each scalar field of ``SPANNED_FIELDS`` stands (absent when not read from text)
    spans: Mapping[str, Span] = field(factory=dict, hash=False)
    hello_work_spans: tuple[Span, ...] = field(default=(), converter=_tuple)
    initiative_spans: tuple[Span, ...] = field(default=(), converter=_tuple)
    other_result_spans: tuple[Span, ...] = field(default=(), converter=_tuple)
    #: fields whose value was derived (e.g. prefecture from the municipality), not read
    inferred: tuple[str, ...] = field(default=(), converter=_tuple)
    #: text of the case that no contract field takes, so nothing is lost
    unclassified: tuple[TextBlock, ...] = field(default=(), converter=_tuple)

    def to_dict(self) -> dict[str, Any]:
        spans: dict[str, Any] = {name: s.to_dict() for name, s in self.spans.items()}
        spans["hello_work"] = [s.to_dict() for s in self.hello_work_spans]
        spans["initiatives"] = [s.to_dict() for s in self.initiative_spans]
        spans["other_results"] = [s.to_dict() for s in self.other_result_spans]
        return {
            "title": self.title,
            "prefecture": self.prefecture,
            "municipality": self.municipality,
            "labour_bureau": self.labour_bureau,
            "hello_work": list(self.hello_work),
            "facility_name": self.facility_name,
            "facility_type": self.facility_type,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "fiscal_year": self.fiscal_year,
            "initiatives": list(self.initiatives),
            "metrics": [m.to_dict() for m in self.metrics],
            "other_results": list(self.other_results),
            "comments": [c.to_dict() for c in self.comments],
            "span": _span_dict(self.span),
            "spans": spans,
            "inferred": list(self.inferred),
            "unclassified": [b.to_dict() for b in self.unclassified],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Profile:
        raw_spans = dict(data.get("spans") or {})
        list_spans = {
            key: tuple(Span.from_dict(s) for s in raw_spans.pop(key, ()))
            for key in ("hello_work", "initiatives", "other_results")
        }
        return cls(
            title=data.get("title"),
            prefecture=data.get("prefecture"),
            municipality=data.get("municipality"),
            labour_bureau=data.get("labour_bureau"),
            hello_work=data.get("hello_work") or (),
            facility_name=data.get("facility_name"),
            facility_type=data.get("facility_type"),
            start_date=data.get("start_date"),
            fiscal_year=data.get("fiscal_year"),
            initiatives=data.get("initiatives") or (),
            metrics=tuple(Metric.from_dict(m) for m in data.get("metrics") or ()),
            other_results=data.get("other_results") or (),
            comments=tuple(Comment.from_dict(c) for c in data.get("comments") or ()),
            span=Span.from_dict(data.get("span")),
            spans={k: Span.from_dict(v) for k, v in raw_spans.items() if v is not None},
            hello_work_spans=list_spans["hello_work"],
            initiative_spans=list_spans["initiatives"],
            other_result_spans=list_spans["other_results"],
            inferred=data.get("inferred") or (),
            unclassified=tuple(TextBlock.from_dict(b) for b in data.get("unclassified") or ()),
        )


@frozen
class Warning:  # the contract's name (shadows the builtin inside this module only)
    """Something the parser noticed and could not settle; nothing is dropped silently."""

    code: str
    message: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "message": self.message,
            "span": [self.span.start, self.span.end] if self.span else None,
        }
        if self.span is not None and self.span.page is not None:
            data["page"] = self.span.page
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Warning:
        span = Span.from_dict(data.get("span"))
        return cls(code=data["code"], message=data["message"], span=span)


@frozen
class Page:
    """Where one PDF page's text lies in the document text."""

    number: int
    start: int
    end: int
    width: float | None = None
    height: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "start": self.start,
            "end": self.end,
            "width": self.width,
            "height": self.height,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Page:
        return cls(
            number=int(data["number"]),
            start=int(data["start"]),
            end=int(data["end"]),
            width=data.get("width"),
            height=data.get("height"),
        )


@frozen
class Document:
    """A parsed report: profiles in document order, and warnings."""

    source: str | None = None
    profiles: tuple[Profile, ...] = field(default=(), converter=_tuple)
    warnings: tuple[Warning, ...] = field(default=(), converter=_tuple)
    #: the text encoding the input was decoded with (text inputs), e.g. ``"utf-8"``
    encoding: str | None = None
    #: the PDF backend used (PDF inputs), e.g. ``"pypdfium2"``
    backend: str | None = None
    pages: tuple[Page, ...] = field(default=(), converter=_tuple)
    #: the original text every span points into (not part of ``to_dict`` unless asked)
    text: str | None = field(default=None, eq=False, repr=False)

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source,
            "profiles": [p.to_dict() for p in self.profiles],
            "warnings": [w.to_dict() for w in self.warnings],
            "encoding": self.encoding,
            "backend": self.backend,
            "pages": [p.to_dict() for p in self.pages],
        }
        if include_text:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        return cls(
            source=data.get("source"),
            profiles=tuple(Profile.from_dict(p) for p in data.get("profiles") or ()),
            warnings=tuple(Warning.from_dict(w) for w in data.get("warnings") or ()),
            encoding=data.get("encoding"),
            backend=data.get("backend"),
            pages=tuple(Page.from_dict(p) for p in data.get("pages") or ()),
            text=data.get("text"),
        )


ParseWarning = Warning

__all__ = [
    "ROLES",
    "SPANNED_FIELDS",
    "Box",
    "Comment",
    "Document",
    "Metric",
    "Page",
    "ParseWarning",
    "Profile",
    "Quantity",
    "Span",
    "TextBlock",
    "Warning",
]
