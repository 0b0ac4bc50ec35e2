"""The items of a case told in prose (decisions 2150-2169): initiatives from bullets under a
heading naming them or from an enumeration (``第1に、``, ``一つ目に、``), and one other result
per counted sentence opened by a connective.
"""

from __future__ import annotations

import regex

from jirei.proseparts import _BULLET, Original, _Patterns, _sentences
from jirei.rules import DEFAULT_RULES, Rules

_DIGITS = regex.compile(r"^[0-9]{1,2}(?=\S)")


def _circled(line: str, pos: int, original: Original) -> regex.Match[str] | None:
    """A line opening with a circled number (``①`` is ``1`` after NFKC) read as a bullet."""
    m = _DIGITS.match(line)
    if m and regex.match(r"[①-⑳]", original(pos, pos + m.end())):
        return m
    return None


def _wraps(item: str, line: str) -> bool:
    """Whether ``line`` carries on a bullet item cut at the page's width (``…お手伝いし`` /
    ``ます``, ``…までを一`` / ``　貫して支援しています``): the item closes no sentence and the
    line, no bullet and no sentence of its own, shorter than the item, is indented or a tail
    of four characters at most (decision 3406)."""
    body = line.strip()
    if not body or item.endswith(("。", "」", ")")) or _BULLET.match(line):
        return False
    if len(body) >= len(item) or body.endswith("。"):
        return False  # (a paragraph of its own under the list)
    return line[:1] in " \t\u3000" or len(body) <= 4


def _items(
    text: str,
    lo: int,
    hi: int,
    masked: list[tuple[int, int]],
    pats: _Patterns,
    original: Original,
    rules: Rules = DEFAULT_RULES,
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    initiatives: list[tuple[str, int, int]] = []
    others: list[tuple[str, int, int]] = []
    # bullets under a heading that names them
    head_kind: str | None = None
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos)
        nl = hi if nl < 0 or nl > hi else nl
        line = text[pos:nl]
        b = _BULLET.match(line) or _circled(line, pos, original)
        listed = initiatives if head_kind == "i" else others
        if b and head_kind and b.group(0).strip()[:1] not in "◆◇■□":
            item = line[b.end() :].strip()
            listed.append((item, pos + b.end(), nl))
        elif (
            head_kind
            and listed
            and listed[-1][2] == pos - 1
            and _wraps(listed[-1][0], line)
            and not (pats.other_head.search(line) or pats.initiative_head.search(line))
        ):
            item, start, _ = listed[-1]  # the item's words wrapped onto this line (3406)
            listed[-1] = (item + line.strip(), start, nl)
        elif line.strip():
            s = line.strip()
            if len(s) <= 30 and not s.endswith("。"):
                head_kind = (
                    "o"
                    if pats.other_head.search(s)
                    else "i"
                    if pats.initiative_head.search(s)
                    else None
                )
            elif len(s) <= 60 and pats.list_lead.search(s) and pats.initiative_head.search(s):
                head_kind = "i"  # ``同施設では、次の取組を重点的に行いました。`` (2197)
            else:
                head_kind = None
        pos = nl + 1

    def hidden(a: int) -> bool:
        return any(x <= a < y for x, y in masked)

    # spoken enumerations: sentences opened by an ordinal, then a counted connective sentence
    sents = [s for s in _sentences(text, lo, hi) if not hidden(s[0] + 1)]
    last_enum = -10
    in_results = False
    for n, (a, b) in enumerate(sents):
        body = text[a:b].strip()
        offset = a + text[a:b].find(body)
        inline = _inline_ordinals(body, offset) or _inline_numbers(body, offset, original)
        if inline:  # ``第一にA、第二に、Bに取り組んでいる。``, ``①A、②Bである。`` (2283, 3029)
            initiatives.extend(inline)
            last_enum = n
            continue
        m = pats.ordinal.match(body) or pats.ordinal_in.search(body)
        if m:
            initiatives.append((body[m.end() :].strip(), offset + m.end(), b))
            last_enum = n
            continue
        if pats.label.search(body):
            in_results = True
        c = pats.connective.match(body)
        if (
            c
            and not pats.label.search(body)
            and not any(x < b and a < y for x, y in masked)  # someone's words (2283)
            and pats.count.search(body)
            and (in_results or n - last_enum <= 2)
        ):
            others.append((body[c.end() :].strip(), offset + c.end(), b))
    if not initiatives:
        initiatives.extend(_sequence(text, lo, hi, pats))
    if not initiatives:
        initiatives.extend(_single_item(text, sents, rules))
    return initiatives, others


def _single_item(
    text: str, sents: list[tuple[int, int]], rules: Rules
) -> list[tuple[str, int, int]]:
    """A case's one initiative named in a sentence opened by ``[prose] single_item_leads``
    (``主な取組は、…ことでございます。``; decision 2288)."""
    leads = tuple(rules.figures_table.get("prose", {}).get("single_item_leads", ()))
    for a, b in sents:
        body = text[a:b].strip()
        if leads and body.startswith(leads) and body.endswith("。"):
            offset = a + text[a:b].find(body)
            cut = next(len(w) for w in leads if body.startswith(w))
            return [(body[cut:], offset + cut, offset + len(body))]
    return []


#: an ordinal inside a sentence, the comma after it optional (``第一に生活…、第二に、…``)
_ORDINAL_IN = regex.compile(r"第[0-9一二三四五六七八九十]{1,2}に[、,]?")
#: the words closing a sentence that lists its items (``…の絞り込みに取り組んでいる。``)
_TAIL = regex.compile(
    r"(?:に取り組んでいる|に取り組んでいます|に取り組んでおります|を行っている|を行っています|"
    r"を実施している|を実施しています|に力を入れている|に力を入れています)。?$"
)
#: the words closing a sentence that names its numbered items (``主な取組は、①A、②Bである。``)
_NUMBERED_TAIL = regex.compile(
    r"(?:などである|である|です|となっている|となっています|の\s*[0-9一二三四五六七八九十]\s*点|)"
    r"(?:を実施している|を実施しています|を行っている|を行っています|に取り組んでいる|"
    r"に取り組んでいます|である|です)?。?$"
)
#: a number inside a sentence: a circled one (``①``, a digit after NFKC) or bracketed ``(1)``
_NUMBER_IN = regex.compile(r"(?<![0-9.,])(?:\((?P<n>[1-9])\)|(?P<n>[1-9]|1[0-9]|20))(?![0-9.,%])")


def _inline_ordinals(body: str, offset: int) -> list[tuple[str, int, int]]:
    """The items of one sentence enumerating by ordinals after a lead (``同コーナーでは、第一に
    A、第二に、Bに取り組んでいる。``): A and B without the framing verb (decision 2283)."""
    if body.count("第") < 2:
        return []
    marks = list(_ORDINAL_IN.finditer(body))
    if len(marks) < 2 or marks[0].start() == 0 or body[marks[0].start() - 1] not in "、,":
        return []
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(body)
        piece = body[m.end() : end]
        if i + 1 == len(marks):
            tail = _TAIL.search(piece)
            if tail is None:
                return []  # no framing verb: not such a list
            piece = piece[: tail.start()]
        piece = piece.rstrip("、, ")
        if not piece:
            return []
        out.append((piece, offset + m.end(), offset + m.end() + len(piece)))
    return out


def _inline_numbers(
    body: str, offset: int, original: Original
) -> list[tuple[str, int, int]]:
    """The items of one sentence enumerating by circled or bracketed numbers after a lead
    (``主な取組は、①A、②B、③Cである。``, ``取組としては、(1)A、(2)Bを実施している。``): A, B, C
    without the framing words; the numbers run 1, 2, … and the first follows ``、``, ``は``
    or ``:`` (decision 3029)."""
    if "2" not in body:  # (cheap precheck: two numbered items at least)
        return []
    marks: list[regex.Match[str]] = []
    for m in _NUMBER_IN.finditer(body):
        circled = m.group(0)[0] != "(" and regex.fullmatch(
            r"[①-⑳]", original(offset + m.start(), offset + m.end())
        )
        if (circled or m.group(0)[0] == "(") and int(m.group("n")) == len(marks) + 1:
            marks.append(m)
    if len(marks) < 2 or marks[0].start() == 0 or body[marks[0].start() - 1] not in "、,は:":
        return []
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(body)
        piece = body[m.end() : end]
        if i + 1 == len(marks):
            piece = piece[: _NUMBERED_TAIL.search(piece).start()]  # type: ignore[union-attr]
        piece = piece.rstrip("、, ")
        if not piece or "。" in piece:
            return []
        out.append((piece, offset + m.end(), offset + m.end() + len(piece)))
    return out


def _sequence(text: str, lo: int, hi: int, pats: _Patterns) -> list[tuple[str, int, int]]:
    """Items spoken in sequence (``まず、…。次に、…。最後に、…。``) in a paragraph that names
    the initiatives before its first item."""
    out: list[tuple[str, int, int]] = []
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos)
        nl = hi if nl < 0 or nl > hi else nl
        found = list(pats.sequence.finditer(text, pos, nl))
        if len(found) >= 2 and pats.initiative_head.search(text, pos, found[0].start()):
            for m in found:
                end = text.find("。", m.end(), nl)
                end = nl if end < 0 else end + 1
                out.append((text[m.end() : end].strip(), m.end(), end))
        pos = nl + 1
    return out
