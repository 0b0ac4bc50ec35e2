"""Hand-built Documents for the export, frame, CLI, schema and review tests.

The text is invented for these tests (not taken from a real report). Every span is
found in the text with ``str.index``, so it points at what the value says.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jirei.model import Box, Comment, Document, Metric, Page, Profile, Quantity, Span

TEXT = (
    "【栃木県みどり市】【栃木労働局・ハローワーク桐生】（一体的実施施設）平成24年4月2日事業開始\n"
    "ワークサポートみどり\n"
    "駅前の窓口で & <仕事探し> を一緒に！\n"
    "【取組内容】\n"
    "・福祉窓口からの誘導による一貫した支援\n"
    "・セミナーの共同開催\n"
    "【事業目標と取組状況】\n"
    "\t29年度目標\t29年度実績\n"
    "支援対象者数\t220人以上\t290人(達成率131.8%)\n"
    "就職率\t60%\t71.0%\n"
    "＜みどり市コメント＞\n"
    "連携の成果が上がっている。\n"
    "【群馬県北町】【群馬労働局・ハローワーク北町】（常設窓口）平成25年1月7日開設\n"
    "きたまち就労コーナー\n"
    "【事業目標と実績】\n"
    "就職者数\t約40人\t52人\n"
    "＜ハローワーク北町コメント＞\n"
    "今後も支援を続けたい。\n"
)


def find(needle: str, start: int = 0, page: int | None = None) -> Span:
    """The span of the first ``needle`` at or after ``start`` (with a box on ``page``)."""
    at = TEXT.index(needle, start)
    boxes = (Box(page, 10.0, 20.0, 200.0, 34.0),) if page is not None else ()
    return Span(at, at + len(needle), boxes)


def _profiles(pdf: bool) -> tuple[Profile, Profile]:
    second = TEXT.index("【群馬県北町】")
    p1 = 1 if pdf else None
    p2 = 2 if pdf else None
    rate_row = find("支援対象者数\t220人以上\t290人(達成率131.8%)", page=p1)
    first = Profile(
        title="駅前の窓口で & <仕事探し> を一緒に！",
        prefecture="栃木県",
        municipality="みどり市",
        labour_bureau="栃木労働局",
        hello_work=("ハローワーク桐生",),
        facility_name="ワークサポートみどり",
        facility_type="一体的実施施設",
        start_date="2012-04-02",
        fiscal_year=2017,
        initiatives=("福祉窓口からの誘導による一貫した支援", "セミナーの共同開催"),
        metrics=(
            Metric(
                label="支援対象者数",
                key="support_targets",
                target=Quantity(220, "人", "以上", find("220人以上", page=p1)),
                actual=Quantity(290, "人", None, find("290人", page=p1)),
                achievement_rate=Decimal("131.8"),
                span=rate_row,
                achievement_span=find("達成率131.8%", page=p1),
            ),
            Metric(
                label="就職率",
                key="employment_rate",
                target=Quantity(60, "%", None, find("60%", page=p1)),
                actual=Quantity(Decimal("71.0"), "%", None, find("71.0%", page=p1)),
                span=find("就職率\t60%\t71.0%", page=p1),
            ),
        ),
        comments=(
            Comment(
                speaker="みどり市",
                role="municipality",
                text="連携の成果が上がっている。",
                span=find("連携の成果が上がっている。", page=p1),
                speaker_span=find("みどり市", TEXT.index("＜みどり市コメント"), page=p1),
            ),
        ),
        span=Span(0, second),
        spans={
            "title": find("駅前の窓口で & <仕事探し> を一緒に！", page=p1),
            "prefecture": find("栃木県", page=p1),
            "municipality": find("みどり市", page=p1),
            "labour_bureau": find("栃木労働局", page=p1),
            "facility_name": find("ワークサポートみどり", page=p1),
            "facility_type": find("一体的実施施設", page=p1),
            "start_date": find("平成24年4月2日", page=p1),
            "fiscal_year": find("29年度", page=p1),
        },
        hello_work_spans=(find("ハローワーク桐生", page=p1),),
        initiative_spans=(
            find("福祉窓口からの誘導による一貫した支援", page=p1),
            find("セミナーの共同開催", page=p1),
        ),
    )
    second_profile = Profile(
        title=None,
        prefecture="群馬県",
        municipality="北町",
        labour_bureau="群馬労働局",
        hello_work=("ハローワーク北町",),
        facility_name="きたまち就労コーナー",
        facility_type="常設窓口",
        start_date="2013-01-07",
        fiscal_year=None,
        metrics=(
            Metric(
                label="就職者数",
                key="employed",
                target=Quantity(40, "人", "約", find("約40人", second, page=p2)),
                actual=Quantity(52, "人", None, find("52人", second, page=p2)),
                span=find("就職者数\t約40人\t52人", second, page=p2),
            ),
        ),
        comments=(
            Comment(
                speaker="ハローワーク北町",
                role="hello_work",
                text="今後も支援を続けたい。",
                span=find("今後も支援を続けたい。", second, page=p2),
            ),
        ),
        span=Span(second, len(TEXT)),
        spans={
            "prefecture": find("群馬県", second, page=p2),
            "municipality": find("北町", second, page=p2),
            "labour_bureau": find("群馬労働局", second, page=p2),
            "facility_name": find("きたまち就労コーナー", second, page=p2),
            "facility_type": find("常設窓口", second, page=p2),
            "start_date": find("平成25年1月7日", second, page=p2),
        },
        hello_work_spans=(find("ハローワーク北町", second, page=p2),),
        inferred=(),
    )
    return first, second_profile


def make_document(pdf: bool = False, source: str | None = None) -> Document:
    """A two-profile Document over :data:`TEXT`; ``pdf`` adds two pages and boxes."""
    first, second = _profiles(pdf)
    split = TEXT.index("【群馬県北町】")
    pages = (Page(1, 0, split, 595.0, 842.0), Page(2, split, len(TEXT), 595.0, 842.0))
    return Document(
        source=source or ("sample.pdf" if pdf else "sample.txt"),
        profiles=(first, second),
        warnings=(),
        encoding=None if pdf else "utf-8",
        backend="pypdfium2" if pdf else None,
        pages=pages if pdf else (),
        text=TEXT,
    )


def count_value_spans(data: dict[str, Any]) -> int:
    """How many value spans a Document dict holds (header fields, list items, metrics
    with their quantities and 達成率, comments with their speakers), counted from the
    JSON shape alone. The whole-case ``span``, ``unclassified`` and warnings are not
    values."""
    count = 0
    for profile in data["profiles"]:
        for name, value in profile.get("spans", {}).items():
            if isinstance(value, list):
                count += len(value)
            elif value is not None:
                count += 1
            del name
        for metric in profile["metrics"]:
            count += sum(1 for k in ("span", "achievement_span") if metric.get(k))
            for part in ("target", "actual"):
                if metric[part] and metric[part].get("span"):
                    count += 1
        for comment in profile["comments"]:
            count += sum(1 for k in ("span", "speaker_span") if comment.get(k))
    return count
