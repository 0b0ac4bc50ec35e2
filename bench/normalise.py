"""Throughput of jirei.normalise.normalise against plain NFKC on ~8 MB of report-like text.

Run: .venv/bin/python bench/normalise.py [MEGABYTES]
Prints figures; the target is normalise() within 1.5x the time of NFKC alone.
"""

from __future__ import annotations

import random
import sys
import time
import unicodedata

from jirei.normalise import normalise

# Line shapes of the genre, mixing full-width and half-width forms, letter-spaced labels,
# bracketed headings, tables (tabs and space-aligned), radicals and compatibility forms.
_LINES = (
    "【{pref}{city}】【{pref}労働局・ハローワーク{city}】（一体的実施施設）平成{n2}年{m}月{d}日事業開始",
    "市の生活保護窓口に就労支援コーナー設置で効率アップ！",
    "・生活保護受給者等に対する就労支援を実施し、就職率は{n2}．{d}％となった。",
    "◆ 巡回相談を月{m}回実施（{city}の福祉事務所にて）",
    "\t{n2}年度事業目標\t{n2}年度実績",
    "支援対象者数\t{n3}人以上\t{n3}人（達成率{n3}．{d}％）",
    "就 職 者 数  {n3}人  {n3}人",
    "就職率  {n2}%  {n2}.{d}%",
    "＜{city}コメント＞",
    "〔ハローワーク コメント〕",
    "ハローワークと市が連携し、㈱○○の協力を得て、職業相談・職業紹介を⼀体的に実施…",
    "ｶﾞｲﾄﾞﾌﾞｯｸを配布し、ＰＤＣＡサイクルで改善を図った。",
    "相談件数は{n4}件、前年度比{n2}．{d}％増。",
    "The office opened in {n4}; see [1] and page {n2}.",
    "",
)
_PREFS = ("埼玉県", "千葉県", "東京都", "神奈川県", "大阪府", "北海道")
_CITIES = ("川口市", "千葉市中央区", "豊島区", "相模原市", "垂水区", "宇都宮市")


def report_text(megabytes: float, seed: int = 1) -> str:
    """About ``megabytes`` MB (UTF-8) of generated report-like text, CRLF-free."""
    rng = random.Random(seed)
    lines: list[str] = []
    size = 0
    target = megabytes * 1_000_000
    while size < target:
        line = rng.choice(_LINES).format(
            pref=rng.choice(_PREFS),
            city=rng.choice(_CITIES),
            n2=rng.randint(10, 99),
            n3=rng.randint(100, 999),
            n4=rng.randint(1000, 9999),
            m=rng.randint(1, 12),
            d=rng.randint(1, 9),
        )
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
    return "\n".join(lines)


def _best_of(runs: int, function, *args) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str]) -> int:
    megabytes = float(argv[1]) if len(argv) > 1 else 8.0
    text = report_text(megabytes)
    size = len(text.encode("utf-8")) / 1_000_000
    normalise("warm up ⼀ ㈱ ｶﾞ")  # builds the cached tables
    nfkc = _best_of(5, unicodedata.normalize, "NFKC", text)
    ours = _best_of(5, normalise, text)
    crlf = text.replace("\n", "\r\n")
    ours_crlf = _best_of(5, normalise, crlf)
    print(f"input: {size:.1f} MB UTF-8, {len(text):,} characters")
    print(f"NFKC alone:           {nfkc:.3f} s  {size / nfkc:7.1f} MB/s")
    print(f"normalise():          {ours:.3f} s  {size / ours:7.1f} MB/s  ({ours / nfkc:.2f}x NFKC)")
    print(f"normalise(), CRLF:    {ours_crlf:.3f} s  ({ours_crlf / nfkc:.2f}x NFKC)")
    result = normalise(text)
    probes = range(0, len(result.text), max(1, len(result.text) // 100_000))
    start = time.perf_counter()
    for index in probes:
        result.to_original(index)
    per_call = (time.perf_counter() - start) / len(probes)
    print(f"to_original():        {per_call * 1e6:.2f} µs per call")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
