"""Score parsed documents against hand-written gold files: precision / recall / F1 per
field family and overall.

Facts (``docs/reading-rules.md``): per profile (aligned by order; an extra or missing
profile's facts all count as misses) each non-null header field is one fact, each
initiative / other_results item one fact (NFKC, all whitespace removed, compared as
multisets), each metric one fact (the whole tuple label, key, group, target, actual,
achievement_rate), each comment one fact (speaker, role, text). Gold text may be a
fingerprint ``{"head": …, "tail": …, "length": n}`` of the NFKC, whitespace-free text;
the parsed text is then fingerprinted the same way.

``jirei eval DIR`` (or ``python -m jirei.evaluate DIR``) parses every ``X.txt`` / ``X.pdf``
beside each ``X.gold.json`` under DIR and prints the scores.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import regex
from attrs import define, field

from jirei.model import Document

FAMILIES = ("header", "dates", "initiatives", "metrics", "other_results", "comments")
HEADER_FIELDS = (
    "title",
    "prefecture",
    "municipality",
    "labour_bureau",
    "hello_work",
    "facility_name",
    "facility_type",
)
DATE_FIELDS = ("start_date", "fiscal_year")
_WHITESPACE = regex.compile(r"\s+")


def canonical(text: str) -> str:
    """NFKC with every whitespace character removed: the form texts are compared in."""
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", text))


def fingerprint(text: str) -> dict[str, Any]:
    """The fingerprint gold files use for free text they may not quote."""
    text = canonical(text)
    return {"head": text[:6], "tail": text[-6:], "length": len(text)}


def _is_fingerprint(value: Any) -> bool:
    return isinstance(value, Mapping) and {"head", "tail", "length"} <= set(value)


def _text_key(value: Any, like: Any = None) -> Any:
    """A hashable comparison key of a text; fingerprinted when ``like`` is a fingerprint."""
    if value is None:
        return None
    if _is_fingerprint(value):
        return ("fp", value["head"], value["tail"], int(value["length"]))
    if _is_fingerprint(like):
        return _text_key(fingerprint(str(value)))
    return canonical(str(value))


def _number_key(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        value = Decimal(repr(value))
    return str(value)


def _quantity_key(data: Mapping[str, Any] | None) -> Any:
    if data is None:
        return None
    return (_number_key(data.get("value")), data.get("unit"), data.get("qualifier"))


def _metric_key(data: Mapping[str, Any]) -> Any:
    return (
        canonical(data.get("label") or ""),
        data.get("key"),
        data.get("group") and canonical(data["group"]),
        _quantity_key(data.get("target")),
        _quantity_key(data.get("actual")),
        _number_key(data.get("achievement_rate")),
    )


def _first_fingerprint(items: Sequence[Any]) -> Any:
    return next((item for item in items if _is_fingerprint(item)), None)


def profile_facts(
    profile: Mapping[str, Any], like: Mapping[str, Any] | None = None
) -> dict[str, Counter[Any]]:
    """The facts of one profile (a ``Profile.to_dict()`` or gold mapping), by family.

    ``like`` is the gold profile the facts will be compared with: where it writes a text
    as a fingerprint, the text is fingerprinted too.
    """
    like = like or {}
    facts: dict[str, Counter[Any]] = {family: Counter() for family in FAMILIES}
    for name in HEADER_FIELDS:
        value = profile.get(name)
        if name == "hello_work":
            if value:
                facts["header"][(name, tuple(canonical(v) for v in value))] += 1
        elif value is not None:
            facts["header"][(name, _text_key(value, like.get(name)))] += 1
    for name in DATE_FIELDS:
        value = profile.get(name)
        if value is not None:
            facts["dates"][(name, str(value))] += 1
    for family in ("initiatives", "other_results"):
        sample = _first_fingerprint(like.get(family) or ())
        for item in profile.get(family) or ():
            facts[family][_text_key(item, sample)] += 1
    for metric in profile.get("metrics") or ():
        facts["metrics"][_metric_key(metric)] += 1
    gold_comments = like.get("comments") or ()
    sample = _first_fingerprint([c.get("text") for c in gold_comments])
    for comment in profile.get("comments") or ():
        facts["comments"][
            (
                comment.get("speaker") and canonical(comment["speaker"]),
                comment.get("role"),
                _text_key(comment.get("text"), sample),
            )
        ] += 1
    return facts


@define
class Counts:
    """True positives, predicted and gold fact counts."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@define
class Report:
    """Scores per file and family; ``total`` sums the files, ``overall`` all families."""

    files: dict[str, dict[str, Counts]] = field(factory=dict)

    @property
    def total(self) -> dict[str, Counts]:
        return self._sum(self.files.values())

    @property
    def sets(self) -> dict[str, dict[str, Counts]]:
        """Totals per set: the top level of the directory (``.``) and each sub-folder
        (``holdout/`` …), so that held-out scores are never mixed into development ones."""
        members: dict[str, list[dict[str, Counts]]] = {}
        for name, families in self.files.items():
            top = name.split("/", 1)[0] + "/" if "/" in name else "."
            members.setdefault(top, []).append(families)
        return {name: self._sum(group) for name, group in sorted(members.items())}

    @staticmethod
    def _sum(blocks: Iterable[Mapping[str, Counts]]) -> dict[str, Counts]:
        out = {family: Counts() for family in FAMILIES}
        for families in blocks:
            for family, counts in families.items():
                out[family].add(counts)
        return out

    @staticmethod
    def overall_of(families: Mapping[str, Counts]) -> Counts:
        out = Counts()
        for counts in families.values():
            out.add(counts)
        return out

    @property
    def overall(self) -> Counts:
        return self.overall_of(self.total)

    def format(self) -> str:
        """The report as a text table."""
        rows = []
        rows.append(
            f"{'file':<40} {'family':<14} {'P':>6} {'R':>6} {'F1':>6}"
            f" {'tp':>5} {'pred':>5} {'gold':>5}"
        )
        sets = self.sets
        set_rows = [(f"SET {name}", families) for name, families in sets.items()]
        blocks = [
            *self.files.items(),
            *(set_rows if len(sets) > 1 else ()),
            ("TOTAL", self.total),
        ]
        for name, families in blocks:
            for family, counts in (*families.items(), ("overall", self.overall_of(families))):
                rows.append(
                    f"{name[-40:]:<40} {family:<14} {counts.precision:6.3f} {counts.recall:6.3f}"
                    f" {counts.f1:6.3f} {counts.tp:5d} {counts.predicted:5d} {counts.gold:5d}"
                )
        return "\n".join(rows)


def compare(gold: Mapping[str, Any], parsed: Mapping[str, Any]) -> dict[str, Counts]:
    """Scores of one parsed document (``to_dict()`` form) against its gold, by family."""
    out = {family: Counts() for family in FAMILIES}
    gold_profiles = list(gold.get("profiles") or ())
    parsed_profiles = list(parsed.get("profiles") or ())
    for index in range(max(len(gold_profiles), len(parsed_profiles))):
        g = gold_profiles[index] if index < len(gold_profiles) else None
        p = parsed_profiles[index] if index < len(parsed_profiles) else None
        g_facts = profile_facts(g) if g is not None else {f: Counter() for f in FAMILIES}
        p_facts = profile_facts(p, g) if p is not None else {f: Counter() for f in FAMILIES}
        for family in FAMILIES:
            tp = sum((g_facts[family] & p_facts[family]).values())
            out[family].add(
                Counts(tp, sum(p_facts[family].values()), sum(g_facts[family].values()))
            )
    return out


def differences(gold: Mapping[str, Any], parsed: Mapping[str, Any]) -> list[str]:
    """Readable field-by-field differences of a parsed document from its gold."""
    lines: list[str] = []
    gold_profiles = list(gold.get("profiles") or ())
    parsed_profiles = list(parsed.get("profiles") or ())
    if len(gold_profiles) != len(parsed_profiles):
        lines.append(f"profiles: gold {len(gold_profiles)}, parsed {len(parsed_profiles)}")
    for index, (g, p) in enumerate(zip(gold_profiles, parsed_profiles, strict=False)):
        g_facts, p_facts = profile_facts(g), profile_facts(p, g)
        for family in FAMILIES:
            missing = g_facts[family] - p_facts[family]
            extra = p_facts[family] - g_facts[family]
            for fact in missing.elements():
                lines.append(f"[{index}] {g.get('title')!s:.20} {family}: missing {fact!r}")
            for fact in extra.elements():
                lines.append(f"[{index}] {g.get('title')!s:.20} {family}: extra   {fact!r}")
    return lines


def _as_dict(document: Document | Mapping[str, Any]) -> Mapping[str, Any]:
    return document.to_dict() if isinstance(document, Document) else document


def evaluate(pairs: Iterable[Sequence[Any]]) -> Report:
    """Score ``(gold, document)`` or ``(name, gold, document)`` pairs; gold is the gold
    JSON mapping, document a Document or its ``to_dict()``."""
    report = Report()
    for number, pair in enumerate(pairs):
        if len(pair) == 3:
            name, gold, document = pair
        else:
            gold, document = pair
            parsed = _as_dict(document)
            name = parsed.get("source") or f"#{number}"
        report.files[str(name)] = compare(gold, _as_dict(document))
    return report


def load_gold(path: str | Path) -> Mapping[str, Any]:
    """A gold file, decimals kept exact."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle, parse_float=Decimal)


def gold_pairs(directory: str | Path) -> list[tuple[str, Path, Path]]:
    """``(name, gold path, input path)`` for every input beside a gold file under DIR."""
    root = Path(directory)
    out: list[tuple[str, Path, Path]] = []
    for gold in sorted(root.rglob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        for suffix in (".txt", ".pdf"):
            source = gold.with_name(stem + suffix)
            if source.exists():
                out.append((str(source.relative_to(root)), gold, source))
    return out


def evaluate_directory(directory: str | Path) -> Report:
    """Parse every input beside a gold file under ``directory`` and score it."""
    return evaluate(_parsed_pairs(directory))


def _parsed_pairs(directory: str | Path) -> Iterator[tuple[str, Mapping[str, Any], Document]]:
    """``(name, gold, parsed document)`` for every input beside a gold file."""
    from jirei.pipeline import parse_path

    for name, gold_path, source in gold_pairs(directory):
        yield name, load_gold(gold_path), parse_path(source)


def main(argv: Sequence[str] | None = None) -> int:
    """``jirei eval DIR``: print precision / recall / F1 per file and in total."""
    parser = argparse.ArgumentParser(prog="jirei eval", description=__doc__.splitlines()[0])
    parser.add_argument("directory", help="a directory holding X.gold.json beside X.txt/X.pdf")
    parser.add_argument("--diff", action="store_true", help="also list every differing fact")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not Path(args.directory).is_dir():
        print(f"jirei eval: not a directory: {args.directory}", file=sys.stderr)
        return 2
    report = Report()
    for name, gold, document in _parsed_pairs(args.directory):
        parsed = document.to_dict()
        report.files[name] = compare(gold, parsed)
        if args.diff:
            for line in differences(gold, parsed):
                print(f"{name}: {line}")
    if not report.files:
        print(f"jirei eval: no *.gold.json with a .txt/.pdf beside it under {args.directory}")
        return 0
    print(report.format())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
