"""An opening told by the day alone in a dated article (decision 2201, branch prose9).

A news article dates itself on its dateline (``2021年4月2日 11:30``) and tells the opening by
the day, or the month and day, alone: ``玉名市とハローワーク玉名は1日、…「…」を開設した``,
``…は3月29日、…``. The date is the dateline's year (and month); a day later than the
dateline's is in the month before, a month later than the dateline's in the year before.
"""

from __future__ import annotations

import datetime as _dt

import regex

from jirei.rules import Rules
from jirei.values.dates import find_dates

#: ``は1日、`` / ``は3月29日、`` / ``、30日に``: a day (maybe with its month), no year before it
_DAY = regex.compile(
    r"(?<=[はがで、,]|^)(?:(?P<m>[0-9]{1,2})月)?(?P<d>[0-9]{1,2})日(?=[、,に]|から)"
)


def day_only_date(
    text: str, a: int, b: int, floor: int, rules: Rules
) -> tuple[_dt.date, int, int] | None:
    """The date a sentence ``text[a:b]`` tells by its day alone, completed from the last
    dateline (a short line holding a full date, no sentence) between ``floor`` and ``a``;
    None when there is none."""
    m = _DAY.search(text, a, b)
    if m is None:
        return None
    line_end = text.rfind("\n", floor, a)
    while line_end > floor:
        line_start = text.rfind("\n", floor, line_end) + 1
        line = text[line_start:line_end]
        if line.strip() and "。" not in line and len(line.strip()) <= 40:
            dates = list(find_dates(line, rules))
            if dates:
                head = dates[-1].value
                year, month = head.year, head.month
                day = int(m["d"])
                if m["m"]:
                    wanted = int(m["m"])
                    if wanted > month:
                        year -= 1
                    month = wanted
                elif day > head.day:
                    month -= 1
                    if month == 0:
                        year, month = year - 1, 12
                try:
                    return _dt.date(year, month, day), m.start(), m.end()
                except ValueError:
                    return None
        line_end = line_start - 1
    return None


__all__ = ["day_only_date"]
