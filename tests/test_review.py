"""The HTML review page: well-formed, every span marked, links work in a real browser."""

from __future__ import annotations

import html
import itertools
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.model import Comment, Document, Metric, Page, Profile, Span
from jirei.review import KINDS, marks_of, render_review
from sample_docs import TEXT, count_value_spans, find, make_document

ROOT = Path(__file__).resolve().parents[1]
CORPUS_FILES = sorted(
    p for p in (ROOT / "corpus").rglob("*") if p.suffix in {".txt", ".pdf"} and p.is_file()
)
VOID = {"meta", "br", "img", "input", "link", "hr", "col", "source", "wbr"}


class Page_(HTMLParser):
    """Checks nesting, collects the text of <pre> blocks and every mark's attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.pre_text: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.targets: list[str] = []
        self.ids: list[str] = []
        self.in_pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        data = dict(attrs)
        if data.get("id"):
            self.ids.append(data["id"] or "")
        if data.get("data-target"):
            self.targets.append(data["data-target"] or "")
        if tag == "mark":
            self.marks.append(data)
        if tag == "pre":
            self.in_pre += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "pre":
            self.in_pre -= 1

    def handle_data(self, data: str) -> None:
        if self.in_pre:
            self.pre_text.append(data)


def parse_page(page: str) -> Page_:
    parser = Page_()
    parser.feed(page)
    parser.close()
    assert not parser.errors, parser.errors[:3]
    assert parser.stack == [], parser.stack
    return parser


@pytest.mark.parametrize("pdf", [False, True])
def test_every_value_span_is_marked_once_and_every_link_resolves(pdf: bool) -> None:
    doc = make_document(pdf=pdf)
    page = render_review(doc)
    parsed = parse_page(page)
    assert "".join(parsed.pre_text) == TEXT  # the whole text, nothing lost or added
    expected = count_value_spans(doc.to_dict())
    assert len({m["data-mark"] for m in parsed.marks}) == expected == len(marks_of(doc))
    first_pieces = [m for m in parsed.marks if m.get("id")]
    assert len(first_pieces) == expected
    assert len(parsed.ids) == len(set(parsed.ids))  # ids are unique
    assert set(parsed.targets) <= set(parsed.ids)
    assert len(parsed.targets) >= expected  # every value has a cell (some have two)
    kinds = {m["data-kind"] for m in parsed.marks}
    assert kinds == set(KINDS)
    for mark in parsed.marks:
        assert mark["class"] == f"kind-{mark['data-kind']}"
    if pdf:
        assert "page 1" in page and "page 2" in page


def test_marks_sit_on_their_spans() -> None:
    doc = make_document()
    page = render_review(doc)
    for mark in marks_of(doc):
        opening = re.search(rf'<mark [^>]*id="{mark.id}"[^>]*>', page)
        assert opening, mark
        # the escaped text right after the opening tag starts with the span's text
        after = re.sub(r"<[^>]+>", "", page[opening.end() : opening.end() + 400])
        assert html.unescape(after).startswith(mark.span.slice(TEXT)[:3])


def test_text_and_values_are_escaped() -> None:
    page = render_review(make_document())
    assert "<仕事探し>" not in page
    assert "&lt;仕事探し&gt;" in page
    assert "& <" not in page


def test_crossing_spans_are_split_cleanly() -> None:
    text = "支援対象者数 290人 コメント本文"
    metric_span = Span(0, text.index("人") + 1)  # 支援対象者数 290人
    comment_span = Span(text.index("290"), len(text))  # crosses the metric's end
    doc = Document(
        source="x.txt",
        profiles=[
            Profile(
                metrics=[Metric("支援対象者数", span=metric_span)],
                comments=[Comment("市", "municipality", "コメント本文", span=comment_span)],
            )
        ],
        text=text,
    )
    parsed = parse_page(render_review(doc))
    assert "".join(parsed.pre_text) == text
    comment_pieces = [m for m in parsed.marks if m["data-kind"] == "comment"]
    assert len(comment_pieces) == 2  # inside the metric, then after it
    assert sum(1 for m in comment_pieces if m.get("id")) == 1


def test_a_document_without_text_is_refused() -> None:
    with pytest.raises(ValueError, match="no text"):
        render_review(Document(source="x", profiles=[Profile()]))


ALPHABET = "ab就職<>&\"' \n\t"


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(st.text(alphabet=ALPHABET, min_size=1, max_size=60))
    n = len(text)
    bounds = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    spans = [Span(a, b) for a, b in draw(st.lists(bounds, max_size=12))]
    cuts = sorted(set(draw(st.lists(st.integers(1, max(n - 1, 1)), max_size=3))))
    edges = [0, *[c for c in cuts if 0 < c < n], n]
    pages = [Page(i + 1, a, b) for i, (a, b) in enumerate(itertools.pairwise(edges))]
    profile = Profile(initiatives=["x"] * len(spans), initiative_spans=spans)
    use_pages = draw(st.booleans())
    return Document(source="t", profiles=[profile], pages=pages if use_pages else (), text=text)


@settings(max_examples=200, deadline=None)
@given(documents())
def test_any_spans_give_well_formed_html_and_the_exact_text(doc: Document) -> None:
    parsed = parse_page(render_review(doc))
    assert "".join(parsed.pre_text) == doc.text
    non_empty = [s for s in doc.profiles[0].initiative_spans if s.start < s.end]
    shown = {m["data-mark"] for m in parsed.marks}
    assert len(shown) >= len(non_empty)
    assert len(parsed.ids) == len(set(parsed.ids))


# --- in a real headless browser -------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium on this machine (scripts/ensure-chromium installs Debian's as root)",
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / "chromium-profile"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def dom_after_scripts(tmp_path: Path, doc: Document) -> str:
    page = tmp_path / "review.html"
    page.write_text(render_review(doc), encoding="utf-8")
    done = browser(tmp_path, "--dump-dom", page.as_uri() + "#selftest")
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def body_attributes(dom: str) -> dict[str, str]:
    body = re.search(r"<body([^>]*)>", dom)
    assert body, dom[:500]
    return dict(re.findall(r'([\w-]+)="([^"]*)"', body.group(1)))


def check_in_browser(tmp_path: Path, doc: Document) -> dict[str, str]:
    dom = dom_after_scripts(tmp_path, doc)
    attrs = body_attributes(dom)
    assert attrs["data-ready"] == "true"  # the page's script ran to its end
    expected = count_value_spans(doc.to_dict())
    assert int(attrs["data-marks"]) == expected
    if doc.profiles:  # a parsed case has header, metric and comment values at least
        assert expected > 0
    assert attrs["data-broken-links"] == "0"
    links = int(attrs["data-links"])
    assert links >= expected
    # every table cell was clicked: its mark flashed and was scrolled into view
    assert int(attrs["data-selftest-clicked"]) == links
    assert int(attrs["data-selftest-flashed"]) == links
    assert int(attrs["data-selftest-visible"]) == links
    for kind in ("header", "metric", "comment"):
        present = any(m.kind == kind for m in marks_of(doc))
        assert present == bool(re.search(rf'<mark class="kind-{kind}[ "]', dom))
    if doc.profiles:
        assert attrs["data-selftest-hidden-before"] != "0" or len(doc.text or "") < 2000
    assert dom.count('data-linked="true"') == links
    return attrs


@needs_browser
@pytest.mark.parametrize("pdf", [False, True])
def test_hand_built_review_in_chromium(tmp_path: Path, pdf: bool) -> None:
    check_in_browser(tmp_path, make_document(pdf=pdf))


@needs_browser
def test_screenshot_of_a_review_page(tmp_path: Path) -> None:
    page = tmp_path / "review.html"
    page.write_text(render_review(make_document(pdf=True)), encoding="utf-8")
    shot = tmp_path / "review.png"
    done = browser(tmp_path, "--window-size=1400,900", f"--screenshot={shot}", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000


# with the real parser (needs jirei.pipeline.parse_path)
@needs_browser
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_review_in_chromium(tmp_path: Path, path: Path) -> None:
    from jirei.pipeline import parse_path

    doc = parse_path(str(path))
    assert doc.text, "parse_path must keep the original text"
    parse_page(render_review(doc))
    check_in_browser(tmp_path, doc)


def test_sample_spans_are_where_the_values_are() -> None:
    # guards the hand-built fixture itself
    assert find("290人").slice(TEXT) == "290人"
