"""Which rows of a transposed results table carry this year's figures.

A transposed table (metrics as columns) may put an earlier year's result above this year's
target and result: ``29年度実績`` / ``30年度目標`` / ``30年度実績`` / ``達成率``. Of several rows
with the same role, the one of the latest fiscal year its label names is read; an earlier
year's row is a reference, not the year's result (decision 1881).
"""

from __future__ import annotations

from collections.abc import Sequence

_ROLES = ("target", "actual", "achievement_rate")


def latest_role_rows(roles: Sequence[str | None], years: Sequence[Sequence[int]]) -> set[int]:
    """Indexes of the rows to read: per role, the first row of the latest year named by any
    row of that role (rows naming no year count as the latest); rows of no role are out."""
    latest: dict[str, int] = {}
    for role, named in zip(roles, years, strict=True):
        if role in _ROLES and named:
            latest[role] = max(latest.get(role, named[0]), *named)
    chosen: set[int] = set()
    taken: set[str] = set()
    for index, (role, named) in enumerate(zip(roles, years, strict=True)):
        if role not in _ROLES or role in taken:
            continue
        if named and role in latest and max(named) < latest[role]:
            continue
        chosen.add(index)
        taken.add(role)
    return chosen


__all__ = ["latest_role_rows"]
