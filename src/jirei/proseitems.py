"""The items of a case told in prose (decisions 2150-2169): initiatives from bullets under a
heading naming them or from an enumeration (``第1に、``, ``一つ目に、``), and one other result
per counted sentence opened by a connective.
"""

from __future__ import annotations

import regex

from jirei.proseparts import _BULLET, Original, _Patterns, _sentences

_DIGITS = regex.compile(r"^[0-9]{1,2}(?=\S)")


def _circled(line: str, pos: int, original: Original) -> regex.Match[str] | None:
    """A line opening with a circled number (``①`` is ``1`` after NFKC) read as a bullet."""
    m = _DIGITS.match(line)
    if m and regex.match(r"[①-⑳]", original(pos, pos + m.end())):
        return m
    return None


def _items(
    text: str,
    lo: int,
    hi: int,
    masked: list[tuple[int, int]],
    pats: _Patterns,
    original: Original,
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
        if b and head_kind and b.group(0).strip()[:1] not in "◆◇■□":
            item = line[b.end() :].strip()
            (initiatives if head_kind == "i" else others).append((item, pos + b.end(), nl))
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
            and pats.count.search(body)
            and (in_results or n - last_enum <= 2)
        ):
            others.append((body[c.end() :].strip(), offset + c.end(), b))
    if not initiatives:
        initiatives.extend(_sequence(text, lo, hi, pats))
    return initiatives, others


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
