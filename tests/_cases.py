"""Invented report text for the segment/section/profile tests (not from a real report)."""

from __future__ import annotations

from pathlib import Path

from jirei.model import Quantity

SEED = Path(__file__).parents[1] / ".." / "shared" / "seed" / "000_55666265dad7f183.txt"

HEADER = "【山梨県甲府市】【山梨労働局・ハローワーク甲府】(一体的実施施設)平成26年5月1日事業開始"
HEADLINE = "駅前の窓口で仕事と暮らしの相談をまとめて受ける"
INITIATIVES = (
    "【取組内容】\n\n- 市の窓口から当日のうちに相談員へつなぐ。\n- 月1回の連絡会を開く。\n"
)
RESULTS = "【事業目標と取組状況】\n\n\t28年度目標\t28年度実績\n支援対象者数\t100人以上\t120人\n"
COMMENTS = "<甲府市コメント>\n\n連携が深まった。\n\n<労働局コメント>\n\n今後も続けたい。\n"


def case(*parts: str) -> str:
    """Parts joined by blank lines."""
    return "\n\n".join(part.strip("\n") for part in parts) + "\n"


def full_case(header: str = HEADER, headline: str = HEADLINE) -> str:
    return case(header, headline, INITIATIVES, RESULTS, COMMENTS)


def quantity_text(quantity: Quantity | None) -> tuple[str, str | None, str | None] | None:
    """A Quantity as (value as text, unit, qualifier), for comparing in tables of cases."""
    if quantity is None:
        return None
    return str(quantity.value), quantity.unit, quantity.qualifier
