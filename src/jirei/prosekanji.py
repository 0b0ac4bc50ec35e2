"""Gregorian years written in kanji digits, for the prose readers (decision 2272).

A university note or an essay writes ``二〇一三年十月一日`` and ``二〇一六年度``: the date and
fiscal-year readers take an era year in kanji (``平成二十八年``) and a month and day in kanji,
but a Gregorian year only in Arabic digits. ``arabic_years`` rewrites each four-kanji-digit
year before ``年`` as the same four Arabic digits, so every offset stays where it was.
"""

from __future__ import annotations

import regex

_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
#: four kanji digits, the first 一 or 二 (a year 1000-2999), right before 年
_YEAR = regex.compile(r"(?<![〇一二三四五六七八九十百千])[一二][〇一二三四五六七八九]{3}(?=年)")


def arabic_years(text: str) -> str:
    """``text`` with its kanji-digit Gregorian years in Arabic digits (same length)."""
    if "〇" not in text:  # (every such year of 2000-2099 holds a 〇)
        return text
    return _YEAR.sub(lambda m: m[0].translate(_DIGITS), text)


def has_kanji_years(text: str) -> bool:
    """Whether ``text`` writes a Gregorian year in kanji digits (exact precheck)."""
    return "〇" in text and _YEAR.search(text) is not None


__all__ = ["arabic_years", "has_kanji_years"]
