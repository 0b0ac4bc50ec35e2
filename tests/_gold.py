"""Comparing a parsed Document with its hand-written gold, for the corpus tests."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from jirei.evaluate import DATE_FIELDS, HEADER_FIELDS, differences
from jirei.model import Document

#: profile fields compared position by position, on top of the fact comparison
SCALAR_FIELDS = HEADER_FIELDS + DATE_FIELDS


def gold_problems(gold: Mapping[str, Any], document: Document) -> list[str]:
    """Every difference of ``document`` from ``gold``: the evaluator's facts, plus each
    scalar field of each profile compared in order."""
    parsed = json.loads(json.dumps(document.to_dict(), default=str))
    problems = differences(gold, parsed)
    for index, (g, p) in enumerate(zip(gold["profiles"], parsed["profiles"], strict=False)):
        for field in SCALAR_FIELDS:
            if str(g.get(field)) != str(p.get(field)):
                problems.append(f"[{index}] {field}: gold {g.get(field)!r} parsed {p.get(field)!r}")
    return problems
