"""A self-contained HTML page to check one parsed document by eye.

Left: the original text (page by page for PDFs) with every extracted value marked at its
span, coloured by kind. Right: the profiles as tables; clicking a value scrolls to its
place in the text and flashes it (and clicking a mark finds its table cell).
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from attrs import frozen

from jirei.model import SPANNED_FIELDS, Document, Metric, Profile, Quantity, Span

KINDS = ("header", "date", "metric", "comment", "item")
#: profile fields whose span is a date rather than a header name
DATE_FIELDS = frozenset({"start_date", "fiscal_year"})


@frozen
class Mark:
    """One highlighted span: ``id`` (unique in the page), kind, and what it is."""

    id: str
    kind: str
    span: Span
    label: str


def marks_of(doc: Document) -> list[Mark]:
    """Every extracted value of ``doc`` that has a span, in profile order.

    The whole-case ``Profile.span``, unclassified text and warnings are not values and
    are not marked.
    """
    out: list[Mark] = []
    for index, profile in enumerate(doc.profiles):
        for kind, span, label in _profile_spans(profile):
            out.append(Mark(f"m{len(out)}", kind, span, f"#{index} {label}"))
    return out


def _profile_spans(profile: Profile) -> Iterator[tuple[str, Span, str]]:
    for name, span in profile.spans.items():
        yield ("date" if name in DATE_FIELDS else "header"), span, name
    for span in profile.hello_work_spans:
        yield "header", span, "hello_work"
    for span in profile.initiative_spans:
        yield "item", span, "initiatives"
    for span in profile.other_result_spans:
        yield "item", span, "other_results"
    for metric in profile.metrics:
        if metric.span is not None:
            yield "metric", metric.span, f"metric {metric.label}"
        for part, quantity in (("target", metric.target), ("actual", metric.actual)):
            if quantity is not None and quantity.span is not None:
                yield "metric", quantity.span, f"{metric.label} {part}"
        if metric.achievement_span is not None:
            yield "metric", metric.achievement_span, f"{metric.label} achievement_rate"
    for comment in profile.comments:
        if comment.speaker_span is not None:
            yield "comment", comment.speaker_span, "comment speaker"
        if comment.span is not None:
            yield "comment", comment.span, "comment"


def _render_range(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """``text[start:end]`` escaped, with each mark clipped to the range as ``<mark>``.

    A multi-part span is marked once per part. Marks that cross (neither nests in the
    other) are split: the inner one is closed and reopened around the boundary, so the
    HTML is always well formed. The first piece of a mark carries its ``id``; every piece
    carries ``data-mark``.
    """
    # (mark, part start, part end): one per part of each mark's span
    inside = [
        (m, a, b)
        for m in marks
        for a, b in m.span.ranges
        if (a < end and b > start) or (a == b and start <= a < end)
    ]
    inside.sort(key=lambda p: (max(p[1], start), -p[2]))
    opens: dict[int, list[tuple[Mark, int, int]]] = {}
    points = {start, end}
    for piece in inside:
        at = max(piece[1], start)
        opens.setdefault(at, []).append(piece)
        points.add(at)
        points.add(min(piece[2], end))
    out: list[str] = []
    stack: list[tuple[Mark, int, int]] = []
    opened: set[str] = set()

    def open_tag(piece: tuple[Mark, int, int]) -> str:
        mark, part_start, _ = piece
        first = mark.id not in opened and part_start == mark.span.start >= start
        opened.add(mark.id)
        ident = f' id="{mark.id}"' if first else ""
        return (
            f'<mark class="kind-{mark.kind}" data-kind="{mark.kind}" data-mark="{mark.id}"'
            f'{ident} title="{html.escape(mark.label)}">'
        )

    ordered = sorted(points)
    for i, point in enumerate(ordered):
        ending = [p for p in stack if min(p[2], end) <= point]
        if ending:
            reopen: list[tuple[Mark, int, int]] = []
            while any(p in stack for p in ending):
                top = stack.pop()
                out.append("</mark>")
                if top not in ending:
                    reopen.append(top)
            for piece in reversed(reopen):
                stack.append(piece)
                out.append(open_tag(piece))
        for piece in opens.get(point, ()):
            out.append(open_tag(piece))
            if piece[1] == piece[2]:
                out.append("</mark>")
            else:
                stack.append(piece)
        if i + 1 < len(ordered):
            out.append(html.escape(text[point : ordered[i + 1]], quote=False))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _text_blocks(doc: Document) -> list[tuple[str, int, int]]:
    """(caption, start, end) covering the whole text: one per page, plus any gap."""
    text = doc.text or ""
    pages = sorted(doc.pages, key=lambda p: p.start)
    if not pages:
        return [("", 0, len(text))]
    blocks: list[tuple[str, int, int]] = []
    position = 0
    for page in pages:
        if page.start > position:
            blocks.append(("between pages", position, page.start))
        start = max(page.start, position)
        end = min(max(page.end, start), len(text))
        blocks.append((f"page {page.number}", start, end))
        position = max(position, end)
    if position < len(text):
        blocks.append(("after the last page", position, len(text)))
    return blocks


def _cell(value: Any, mark: str | None, extra: str = "") -> str:
    shown = "—" if value is None or value == "" else str(value)
    attrs_ = f' class="link{extra}" data-target="{mark}" tabindex="0"' if mark else ""
    if not mark and extra:
        attrs_ = f' class="{extra.strip()}"'
    return f"<td{attrs_}>{html.escape(shown)}</td>"


def _quantity_text(quantity: Quantity | None) -> str | None:
    if quantity is None:
        return None
    parts = [str(quantity.value), quantity.unit or "", quantity.qualifier or ""]
    return "".join(parts)


class _Ids:
    """Looks up the mark id of a span (the same span object gives the same id)."""

    def __init__(self, marks: list[Mark]) -> None:
        self._by_key: dict[tuple[str, int, int], str] = {}
        for mark in marks:
            self._by_key.setdefault((mark.label, mark.span.start, mark.span.end), mark.id)

    def get(self, index: int, label: str, span: Span | None) -> str | None:
        if span is None:
            return None
        return self._by_key.get((f"#{index} {label}", span.start, span.end))


def _profile_html(index: int, profile: Profile, ids: _Ids) -> str:
    spans = profile.spans
    rows = []
    for name in SPANNED_FIELDS:
        value = getattr(profile, name)
        note = " inferred" if name in profile.inferred else ""
        rows.append(
            f"<tr><th>{name}{' (inferred)' if note else ''}</th>"
            f"{_cell(value, ids.get(index, name, spans.get(name)), note)}</tr>"
        )
    for i, office in enumerate(profile.hello_work):
        span = profile.hello_work_spans[i] if i < len(profile.hello_work_spans) else None
        rows.append(
            f"<tr><th>hello_work</th>{_cell(office, ids.get(index, 'hello_work', span))}</tr>"
        )
    parts = [
        f'<section class="profile" id="profile-{index}">',
        f"<h2>#{index} {html.escape(profile.facility_name or profile.municipality or '')}</h2>",
        '<table class="fields">',
        *rows,
        "</table>",
        _metrics_html(index, profile.metrics, ids),
        _items_html(index, "initiatives", profile.initiatives, profile.initiative_spans, ids),
        _items_html(index, "other_results", profile.other_results, profile.other_result_spans, ids),
        _comments_html(index, profile, ids),
        "</section>",
    ]
    return "\n".join(parts)


def _metrics_html(index: int, metrics: tuple[Metric, ...], ids: _Ids) -> str:
    if not metrics:
        return "<h3>metrics</h3><p class=none>none</p>"
    head = (
        "<tr><th>label</th><th>key</th><th>group</th><th>target</th>"
        "<th>actual</th><th>達成率</th></tr>"
    )
    body = []
    for metric in metrics:
        label_id = ids.get(index, f"metric {metric.label}", metric.span)

        def part(quantity: Quantity | None, name: str, metric: Metric = metric) -> str | None:
            span = quantity.span if quantity is not None else None
            return ids.get(index, f"{metric.label} {name}", span) or ids.get(
                index, f"metric {metric.label}", metric.span
            )

        rate_id = ids.get(index, f"{metric.label} achievement_rate", metric.achievement_span)
        body.append(
            "<tr>"
            + _cell(metric.label, label_id)
            + _cell(metric.key, None)
            + _cell(metric.group, None)
            + _cell(_quantity_text(metric.target), part(metric.target, "target"))
            + _cell(_quantity_text(metric.actual), part(metric.actual, "actual"))
            + _cell(metric.achievement_rate, rate_id or label_id)
            + "</tr>"
        )
    return f'<h3>metrics</h3><table class="metrics">{head}{"".join(body)}</table>'


def _items_html(
    index: int, name: str, items: tuple[str, ...], spans: tuple[Span, ...], ids: _Ids
) -> str:
    if not items:
        return f"<h3>{name}</h3><p class=none>none</p>"
    cells = []
    for i, item in enumerate(items):
        span = spans[i] if i < len(spans) else None
        cells.append(f"<tr>{_cell(item, ids.get(index, name, span))}</tr>")
    return f'<h3>{name}</h3><table class="items">{"".join(cells)}</table>'


def _comments_html(index: int, profile: Profile, ids: _Ids) -> str:
    if not profile.comments:
        return "<h3>comments</h3><p class=none>none</p>"
    rows = []
    for comment in profile.comments:
        rows.append(
            "<tr>"
            + _cell(comment.speaker, ids.get(index, "comment speaker", comment.speaker_span))
            + _cell(comment.role, None)
            + _cell(comment.text, ids.get(index, "comment", comment.span))
            + "</tr>"
        )
    head = "<tr><th>speaker</th><th>role</th><th>text</th></tr>"
    return f'<h3>comments</h3><table class="comments">{head}{"".join(rows)}</table>'


def _warnings_html(doc: Document) -> str:
    if not doc.warnings:
        return ""
    items = "".join(
        f"<li><code>{html.escape(w.code)}</code> {html.escape(w.message)}</li>"
        for w in doc.warnings
    )
    summary = f"<summary>{len(doc.warnings)} warnings</summary>"
    return f'<details class="warnings" open>{summary}<ul>{items}</ul></details>'


@cache
def _asset(name: str) -> str:
    return resources.files("jirei").joinpath(f"templates/{name}").read_text("utf-8")


def render_review(doc: Document) -> str:
    """One self-contained HTML page (inline CSS and JS, no network) to review ``doc``.

    Needs ``doc.text`` (every parsed Document has it; a Document read back from JSON has
    it only if written with ``include_text``).
    """
    if doc.text is None:
        raise ValueError("the document has no text to show (parse the file, or keep its text)")
    marks = marks_of(doc)
    ids = _Ids(marks)
    blocks = []
    for caption, start, end in _text_blocks(doc):
        body = _render_range(doc.text, start, end, marks)
        head = f'<div class="page-caption">{html.escape(caption)}</div>' if caption else ""
        blocks.append(f'<div class="page" data-start="{start}">{head}<pre>{body}</pre></div>')
    profiles = "\n".join(_profile_html(i, p, ids) for i, p in enumerate(doc.profiles))
    title = html.escape(doc.source or "document")
    counts = {kind: sum(1 for m in marks if m.kind == kind) for kind in KINDS}
    legend = "".join(
        f'<span class="legend kind-{kind}">{kind} {counts[kind]}</span>' for kind in KINDS
    )
    meta = json.dumps({"marks": len(marks), "profiles": len(doc.profiles)})
    return _asset("review.html").format(
        title=title,
        css=_asset("review.css"),
        js=_asset("review.js"),
        legend=legend,
        warnings=_warnings_html(doc),
        text="\n".join(blocks),
        profiles=profiles or "<p class=none>no profiles found</p>",
        meta=html.escape(meta),
        n_profiles=len(doc.profiles),
    )


__all__ = ["KINDS", "Mark", "marks_of", "render_review"]
