"""Whatever text comes in, parsing gives a Document (with warnings) — never an exception —
and every span it reports lies inside the original text.

Inputs: arbitrary text, text built from the genre's building blocks, and pieces of the
corpus cut at random places or with their lines shuffled (what a damaged extraction gives).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jirei
from jirei.model import Document, Span

CORPUS = sorted((Path(__file__).parents[1] / "corpus").glob("*.txt"))
TEXTS = [path.read_text(encoding="utf-8") for path in CORPUS]

BLOCKS = [
    "【埼玉県川口市】【埼玉労働局・ハローワーク川口】(一体的実施施設)平成23年12月1日事業開始",
    "【取組内容】", "■取組内容", "【事業目標と取組状況】", "その他の実績として、",
    "\t29年度事業目標\t29年度実績", "支援対象者数\t220人以上\t290人(達成率131.8%)",
    "就 職 率  65%以上  80.0%(就職者数232人)", "| 就職者数 | 143人以上 | 249人 |",
    "＜宇都宮市コメント＞", "<労働局コメント>", "- ◆ 8月に臨時相談窓口を設置。", "・",
    "事例1 静岡県富士市 × ハローワーク富士", "名称：ふじ就労支援室", "開設：H27.10.1",
    "| 項目 | 内容 |", "支援対象者数は目標100人に対し117人、就職者数は60人であった。",
    "支援対象者数85人 → 就職者数52人(うち紹介就職31人)", "252人", "- 3 -", "\f", "",
    "⽣活保護", "２２０人以上", "令和元年度", "「」", "(", "】", "|", "\t\t", "  ",
]  # fmt: skip


def _spans(doc: Document) -> list[Span]:
    spans: list[Span] = []
    for profile in doc.profiles:
        spans.extend(s for s in (profile.span, *profile.spans.values()) if s is not None)
        spans.extend(profile.hello_work_spans)
        spans.extend(profile.initiative_spans)
        spans.extend(profile.other_result_spans)
        for metric in profile.metrics:
            spans.extend(s for s in (metric.span, metric.achievement_span) if s is not None)
            spans.extend(q.span for q in (metric.target, metric.actual) if q and q.span)
        for comment in profile.comments:
            spans.extend(s for s in (comment.span, comment.speaker_span) if s is not None)
        spans.extend(block.span for block in profile.unclassified if block.span is not None)
    spans.extend(w.span for w in doc.warnings if w.span is not None)
    return spans


def _check(text: str) -> None:
    doc = jirei.parse_text(text)
    assert isinstance(doc, Document)
    for span in _spans(doc):
        assert 0 <= span.start <= span.end <= len(text), span
    # the output is always serialisable in the contract's shape
    assert jirei.loads(jirei.to_json(doc)).profiles == doc.profiles


SLOW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    _check(text)


@SLOW
@given(st.lists(st.sampled_from(BLOCKS), max_size=40), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_text_built_from_the_genres_blocks(blocks: list[str], joiner: str) -> None:
    _check(joiner.join(blocks))


@SLOW
@given(st.data())
def test_corpus_cut_at_random_places(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(TEXTS))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _check(text[start:end])


@SLOW
@given(st.data())
def test_corpus_with_lines_shuffled(data: st.DataObject) -> None:
    lines = data.draw(st.sampled_from(TEXTS)).splitlines()
    _check("\n".join(data.draw(st.permutations(lines))))
