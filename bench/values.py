"""Benchmark the value scanners against NFKC normalisation of the same text.

Generates ~8 MB of report-like text (seeded, so every run reads the same text): case
headers with era dates, results tables with full- and half-width figures, prose. Prints
MB/s for NFKC alone, ``find_quantities``, ``find_dates`` and both together, and the ratio
scan time / NFKC time. Target: every ratio at most 2.0. Prints figures only; asserts
nothing.

    .venv/bin/python bench/values.py [megabytes]
"""

from __future__ import annotations

import random
import sys
import time
import unicodedata
from collections.abc import Callable

from jirei.values import find_dates, find_fiscal_years, find_numbers, find_quantities, find_rates

TARGET = 2.0
FULL_WIDTH = str.maketrans("0123456789.%,", "０１２３４５６７８９．％，")

PLACES = ["埼玉県川口市", "千葉県千葉市", "栃木県宇都宮市", "神奈川県相模原市", "兵庫県神戸市"]
OFFICES = ["ハローワーク川口", "ハローワーク千葉", "ハローワーク宇都宮", "ハローワーク池袋"]
LABELS = [
    "支援対象者数",
    "就職者数",
    "紹介就職",
    "相談件数",
    "就職率",
    "セミナー開催",
    "参加事業所",
]
UNITS = ["人", "件", "回", "社", "か所", "ヶ所", "世帯", "名"]
QUALIFIERS = ["", "", "", "以上", "程度", "約"]
PROSE = [
    "生活保護受給者等に対する就労支援を市とハローワークが一体となって実施した。",
    "福祉部門と労働行政が連携し、相談から職業紹介まで一貫した支援を行っている。",
    "支援対象者の状況に応じたきめ細かな相談を実施し、就職後の定着支援にも取り組んだ。",
    "関係機関との情報交換を密に行い、支援の効率化を図った。",
    "今後も連携を強化し、一人でも多くの方の就労につなげたい。",
    "月2回の合同会議を開催し、ケース検討を行った。",
]


def _figure(rng: random.Random) -> str:
    qualifier = rng.choice(QUALIFIERS)
    value = rng.randint(1, 20000)
    number = f"{value:,}" if rng.random() < 0.3 else str(value)
    text = f"{number}{rng.choice(UNITS)}"
    text = f"約{text}" if qualifier == "約" else text + qualifier
    return text.translate(FULL_WIDTH) if rng.random() < 0.4 else text


def _rate(rng: random.Random) -> str:
    text = f"{rng.randint(10, 150)}.{rng.randint(0, 9)}%"
    return text.translate(FULL_WIDTH) if rng.random() < 0.4 else text


def _date(rng: random.Random) -> str:
    style = rng.randrange(4)
    year, month, day = rng.randint(2, 30), rng.randint(1, 12), rng.randint(1, 28)
    if style == 0:
        text = f"平成{year}年{month}月{day}日"
    elif style == 1:
        text = f"H{year}.{month}.{day}"
    elif style == 2:
        text = f"{1988 + year}/{month}/{day}"
    else:
        text = f"令和{rng.choice(['元', '2', '3', '4'])}年{month}月{day}日"
    return text.translate(FULL_WIDTH) if rng.random() < 0.3 else text


def _case(rng: random.Random) -> list[str]:
    lines = [
        f"【{rng.choice(PLACES)}】【{rng.choice(OFFICES)}】（一体的実施施設）{_date(rng)}事業開始",
        "",
        "市の窓口に就労支援コーナーを設置し効率アップ！",
        "",
        "【取組内容】",
    ]
    lines += [f"- {rng.choice(PROSE)}" for _ in range(rng.randint(2, 5))]
    fiscal = rng.randint(25, 31)
    lines += [
        "",
        f"【平成{fiscal}年度 事業目標と取組状況】",
        f"\t{fiscal}年度事業目標\t{fiscal}年度実績",
    ]
    for _ in range(rng.randint(3, 6)):
        label = rng.choice(LABELS)
        if label == "就職率":
            lines.append(f"{label}\t{_rate(rng)}\t{_rate(rng)}")
        else:
            lines.append(f"{label}\t{_figure(rng)}\t{_figure(rng)}(達成率{_rate(rng)})")
    lines += ["", "＜労働局コメント＞"]
    lines += [rng.choice(PROSE) for _ in range(rng.randint(1, 4))]
    lines.append(f"（{_date(rng)}現在）")
    return [*lines, ""]


def report_text(megabytes: float, seed: int = 20240401) -> str:
    """Deterministic report-like text of about ``megabytes`` MB (UTF-8)."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        chunk = "\n".join(_case(rng))
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
    return "\n".join(parts)


def _time(function: Callable[[], object], repeat: int = 5) -> float:
    """Best CPU time of ``repeat`` runs (CPU time: other processes on the machine add noise)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 8.0
    text = report_text(megabytes)
    size = len(text.encode("utf-8")) / 1e6
    print(f"text: {size:.1f} MB UTF-8, {len(text):,} characters")
    # Warm the per-rules pattern caches so compilation is not timed.
    for scanner in (find_quantities, find_dates, find_rates, find_numbers, find_fiscal_years):
        list(scanner(text[:10_000]))

    nfkc = _time(lambda: unicodedata.normalize("NFKC", text))
    print(f"{'NFKC alone':<28}{size / nfkc:8.1f} MB/s  {nfkc:7.3f} s")

    def count(scanner: Callable[[str], object]) -> Callable[[], int]:
        return lambda: sum(1 for _ in scanner(text))  # type: ignore[attr-defined]

    rows = [
        ("find_quantities", count(find_quantities), True),
        ("find_dates", count(find_dates), True),
        (
            "both (quantities + dates)",
            lambda: (count(find_quantities)(), count(find_dates)()),
            True,
        ),
        ("find_rates", count(find_rates), False),
        ("find_fiscal_years", count(find_fiscal_years), False),
        ("find_numbers", count(find_numbers), False),
    ]
    met = True
    for name, function, targeted in rows:
        seconds = _time(function)
        ratio = seconds / nfkc
        mark = ("ok" if ratio <= TARGET else "MISSED") if targeted else "(info)"
        met = met and (ratio <= TARGET or not targeted)
        print(f"{name:<28}{size / seconds:8.1f} MB/s  {seconds:7.3f} s  x{ratio:5.2f} NFKC  {mark}")
    print(f"found: {count(find_quantities)():,} quantities, {count(find_dates)():,} dates")
    print(
        f"target (scan <= {TARGET}x NFKC, per scanner and both together): "
        f"{'met' if met else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
