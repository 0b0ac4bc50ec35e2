"""The labour bureau that issues a report on its own business, for the cases that name none
(decision 2340, branch bigdocs10).

A bureau's 業務年報 or 業務概要 reports what the bureau itself did, and so does the material it
presents to its prefecture's council on the facilities of its area (a 協議会資料, decision 2740):
it names itself on its cover (``岡山労働局`` on a line of its own, or with its issuing department
after it: ``沖縄労働局職業安定部職業対策課``, decision 2740) and lists its area's facilities by
their Hello Work offices alone (``連携安定所　ハローワーク倉敷中央``); every facility is the
bureau's, and a careful reader records it. When the cover (before the first case) titles the
report with a word of ``harvest.toml [issuer] titles`` and has a line that is one labour
bureau's name alone (its department after it allowed), the
report names no other bureau anywhere, and a case names a Hello Work office but no bureau and
stands in that bureau's prefecture (written or inferred), the case's bureau is the issuer
(listed in ``inferred``; its span the cover line). A 好事例集 the bureau compiles names the
bureau on its cover as its compiler only (decision 33): no title word, no bureau filled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from jirei.model import Profile, Span
from jirei.places import find_bureaus, prefecture_of_bureau
from jirei.rules import DEFAULT_RULES, Rules, per_rules

Locate = Callable[[int, int], Span]


def with_issuer(
    profiles: Sequence[Profile], text: str, locate: Locate, rules: Rules = DEFAULT_RULES
) -> list[Profile]:
    """``profiles`` with the issuing bureau filled where a case names none (see the module)."""
    out = list(profiles)
    titles = tuple(rules.harvest_table.get("issuer", {}).get("titles", ()))
    if not out or not titles or "労働局" not in text:
        return out
    if not any(p.labour_bureau is None and p.hello_work for p in out):
        return out
    bureaus = {text[a:b] for a, b in find_bureaus(text)}
    if len(bureaus) != 1:
        return out
    (bureau,) = bureaus
    prefecture = prefecture_of_bureau(bureau)
    if prefecture is None:
        return out
    first = min((p.span.start for p in out if p.span is not None), default=None)
    if first is None:
        return out
    cover = "".join(text[: _normalised_before(text, first, locate)].split()).casefold()
    if not any(_key(title) in cover for title in titles):
        return out  # (no report on the bureau's own business)
    line_span: Span | None = None
    at = text.find(bureau)
    while at >= 0:  # (the bureau's mentions: the line of one of them is the cover's)
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        line = text[start : end if end >= 0 else len(text)]
        if locate(start, start).start >= first:
            break
        if _signs(("".join(line.split())), bureau, rules):
            lead = start + len(line) - len(line.lstrip())
            line_span = locate(lead, lead + len(line.strip()))
            break
        at = text.find(bureau, at + len(bureau))
    if line_span is None:
        line_span = _running_line(text, bureau, locate)
    if line_span is None:
        return out
    for index, profile in enumerate(out):
        if profile.labour_bureau is not None or not profile.hello_work:
            continue
        if profile.prefecture != prefecture:
            continue
        out[index] = attrs.evolve(
            profile,
            labour_bureau=bureau,
            spans={**profile.spans, "labour_bureau": line_span},
            inferred=(*profile.inferred, "labour_bureau"),
        )
    return out


def _running_line(text: str, bureau: str, locate: Locate) -> Span | None:
    """The first of the lines that are the bureau's name alone, when there are two or more:
    a running footer signing every page or slide (``福岡労働局`` over each slide's number,
    decision 3565), the issuer wherever the first case starts."""
    found: list[Span] = []
    at = text.find(bureau)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        line = text[start : end if end >= 0 else len(text)]
        if "".join(line.split()) == bureau:
            lead = start + len(line) - len(line.lstrip())
            found.append(locate(lead, lead + len(line.strip())))
        at = text.find(bureau, at + len(bureau))
    return found[0] if len(found) >= 2 else None


@per_rules
def _department(rules: Rules) -> regex.Pattern[str]:
    """The issuing department after a bureau's name: words each ending in a
    ``[issuer] department_ends`` word (``職業安定部職業対策課``)."""
    ends = rules.harvest_table.get("issuer", {}).get("department_ends", ())
    alt = "|".join(regex.escape(end) for end in ends) or "(?!)"
    return regex.compile(rf"(?:[\p{{Han}}\p{{Katakana}}ー]{{1,10}}?(?:{alt})){{1,3}}")


def is_issuer_line(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether an NFKC line is a labour bureau's name alone, or with its issuing department
    after it (``福岡労働局 職業安定部``, ``沖縄労働局職業安定部職業対策課``): a report's signature
    (its cover's issuer line), never a case's headline (decision 3631)."""
    if "労働局" not in text:  # (cheap precheck: most lines name no bureau)
        return False
    line = "".join(text.split())
    found = find_bureaus(line)
    if len(found) != 1 or found[0][0] != 0:
        return False
    end = found[0][1]
    return end == len(line) or _department(rules).fullmatch(line, end) is not None


def _signs(line: str, bureau: str, rules: Rules) -> bool:
    """Whether a cover line (spaces removed) is the bureau's name alone, the bureau and
    its issuing department (decision 2740), the bureau and the title of the document it
    issues (decision 3086), or a contact block's line opening with the bureau (3092)."""
    if line == bureau:
        return True
    if line.startswith(bureau) and _department(rules).fullmatch(line, len(bureau)) is not None:
        return True
    if _titled(line, bureau, rules):
        return True
    contact = _contact(rules).match(line)
    return contact is not None and line.startswith(bureau, contact.end())


@per_rules
def _contact(rules: Rules) -> regex.Pattern[str]:
    """A contact block's label opening a cover line (``[issuer] contact_labels``, in any
    bracket, a colon after it allowed): ``【照会先】``, ``担当:``."""
    labels = rules.harvest_table.get("issuer", {}).get("contact_labels", ())
    alt = "|".join(regex.escape(label) for label in labels) or "(?!)"
    return regex.compile(rf"[(\[【〔<《〈]?(?:{alt})[)\]】〕>》〉]?:?")


def _titled(line: str, bureau: str, rules: Rules) -> bool:
    """Whether a cover line names the bureau (its department after it allowed) as the
    publisher: besides it at most one title word of ``[issuer] titles`` and only
    ``[issuer] edition_parts`` (an edition, a year, a date, a publisher's word, brackets):
    ``愛知労働局業務概要(平成30年度版)``, ``宮城労働局PressRelease``, ``宮城労働局発表``."""
    at = line.find(bureau)
    if at < 0:
        return False
    end = at + len(bureau)
    department = _department(rules).match(line, end)
    if department is not None:
        end = department.end()
    rest = (line[:at] + line[end:]).casefold()
    if not rest:
        return False
    issuer = rules.harvest_table.get("issuer", {})
    title = next((t for t in map(_key, issuer.get("titles", ())) if t and t in rest), "")
    return _edition(rules).fullmatch(rest.replace(title, "", 1) if title else rest) is not None


def _key(title: str) -> str:
    """A title word as a cover line is compared with it: no spaces, case folded."""
    return "".join(title.split()).casefold()


@per_rules
def _edition(rules: Rules) -> regex.Pattern[str]:
    """What a titled cover line may hold besides the bureau and the title
    (``[issuer] edition_parts``, any number of them)."""
    parts = rules.harvest_table.get("issuer", {}).get("edition_parts", ())
    alt = "|".join(f"(?:{p})" for p in parts) or "(?!)"
    return regex.compile(rf"(?:{alt})*", regex.IGNORECASE)


def _normalised_before(text: str, original: int, locate: Locate) -> int:
    """How much of the normalised ``text`` stands before the original offset ``original``
    (the first case's start): a bisection over ``locate``."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        if locate(middle, middle).start < original:
            low = middle + 1
        else:
            high = middle
    return low


__all__ = ["is_issuer_line", "with_issuer"]
