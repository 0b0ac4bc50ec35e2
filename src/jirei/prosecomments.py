"""The comments of a case told in prose (decisions 2150-2169): quotations given with their
speaker (``Xは「…」と話す``), name cards over a quotation, and the mayor's turn in minutes.
"""

from __future__ import annotations

import regex

from jirei.comments import role_of
from jirei.model import Comment
from jirei.proseparts import Locate, Original, _municipality, _Patterns
from jirei.prosespeakers import head_noun, names_organisation, said_over
from jirei.prosewrap import unwrap
from jirei.rules import DEFAULT_RULES, Rules

_TURN_MARK = regex.compile(r"^[ \t]*[○◯〇●◎]")
_TURN = regex.compile(r"^[ \t]*[○◯〇●◎][^\s(]{1,12}\([^()\n]{1,30}\)")
#: a minutes speaker line's opening before the words of the turn: ``○社会福祉課長（大内修君）``,
#: ``○大内社会福祉課長``, ``◯佐藤部長``, a space after it (decision 3475)
_TURN_PREFIX = regex.compile(
    r"^[ \t]*[○◯〇●◎](?:[^\s(]{1,12}\([^()\n]{1,30}\)[ \t]*|[^\s(、。「」]{2,16}[ \t]+)(?=\S)"
)


def _clean_speaker(raw: str, pats: _Patterns, rules: Rules = DEFAULT_RULES) -> str | None:
    sp = "".join(raw.split())
    sp = head_noun(sp.rsplit("、", 1)[-1])  # (``…を採用した会社の社長``: 2275)
    if not names_organisation(sp, rules):  # (``市内の建設会社の社長`` names none: 2275)
        return None
    for h in pats.honorifics:
        if sp.endswith(h) and sp[: -len(h)].endswith(pats.posts):  # ``…所長さん`` (2275)
            sp = sp[: -len(h)]
            break
        if sp.endswith(h):
            left, _, _ = sp.rpartition("の")
            return left or None
    if "の" in sp:
        left, _, right = sp.rpartition("の")
        if right in pats.persons:
            return left
        for post in pats.posts:
            if right.endswith(post):
                middle = right[: -len(post)]
                if middle and len(middle) <= 5 and not _ORG_CHARS.search(middle):
                    return left + post
                return left + right
        return left + right
    return sp


def _turn_end(sp: str, pats: _Patterns) -> int:
    """Where the words of a minutes turn begin in a quotation's speaker text that opens with
    the turn's speaker line (``○社会福祉課長（大内修君）　仙台市``, ``○大内社会福祉課長仙台市``,
    the space lost between two kanji): after the bracket, the space, or the first post
    (``[prose] posts``) after the mark; 0 when the text opens with no mark (decision 3475)."""
    found = _TURN_PREFIX.match(sp)
    if found is not None:
        return found.end()
    mark = _TURN_MARK.match(sp)
    if mark is None:
        return 0
    ends = [
        at + len(post)
        for post in pats.posts
        if 0 <= (at := sp.find(post, mark.end(), mark.end() + 16))
    ]
    if not ends or min(ends) >= len(sp.rstrip()):
        return 0
    return min(ends)


def _own_place(speaker: str | None, text: str, lo: int, hi: int) -> str | None:
    """A speaker named by a bare ``区`` / ``市`` / ``町`` / ``村`` and a department
    (``区の生活支援課長`` → ``区生活支援課長``) with the case's own ward or city written
    before it (``港南区生活支援課長``; decision 2287): the first such place the case names."""
    if speaker is None or len(speaker) < 3 or speaker[0] not in "区市町村":
        return speaker
    if speaker[1] in "長内民外":  # ``市長``, ``市内…``: no department of the place
        return speaker
    from jirei.proseheads import places

    named = sorted(
        (text.find(p, lo, hi), p) for p in places(text, lo, hi) if p.endswith(speaker[0])
    )
    return named[0][1] + speaker[1:] if named else speaker


def _role(speaker: str, rules: Rules) -> str:
    """A speaker's role; one opening with a municipality's name speaks for it."""
    role = role_of(speaker, rules)
    if role == "other" and _municipality(speaker, 0, min(len(speaker), 8)) is not None:
        return "municipality"
    return role


_QUOTE_BY = regex.compile(
    r"^[ \t]*「(?P<q>[^「」\n]{2,600})」[ \t]*\((?P<who>[^()\n]{2,40})\)[ \t]*$"
)
_NAME_FIRST = regex.compile(
    r"^[ \t]*[^「」()\n]{1,12}(?:さん|氏|様)[ \t]*\((?P<who>[^()\n]{2,40})\)[ \t]*$"
)


#: a word between の and a post that names a section, not a person (``…の職業対策課長``)
_ORG_CHARS = regex.compile(r"[課部局室係業策務援談祉所護労]")  # (保護, 就労: 2287)
_BRACKET = regex.compile(r"[(（](?P<who>[^()（）\n]{2,60})[)）][ \t　]*$")


def _bracket(line: str) -> str:
    """The bracket closing ``line`` (original text), or ``""``."""
    m = _BRACKET.search(line.rstrip())
    return m["who"] if m else ""


def _card_speaker(line: str, pats: _Patterns, named: bool = True) -> str | None:
    """``―宮崎市福祉総務課 就労支援員 甲斐 真由美さん`` → ``宮崎市福祉総務課就労支援員``;
    ``named=False``: the person's name may be missing (a bracket after a quotation)."""
    body = line.strip().lstrip("―－—-ー ▼▽◇◆■□●○・")
    tokens = body.split()
    if not tokens:
        return None
    if not tokens[-1].endswith(pats.honorifics):
        if named:
            return None
        speaker = "".join(tokens)
        return speaker if pats.orgs.search(speaker) else None
    tokens = tokens[:-1]
    if (
        tokens
        and len(tokens[-1]) <= 3
        and not pats.orgs.search(tokens[-1])
        and not any(tokens[-1].endswith(p) for p in pats.posts)
        and len(tokens) >= 2
    ):
        tokens = tokens[:-1]  # the family name written apart
    speaker = "".join(tokens)
    if not speaker or not pats.orgs.search(speaker):
        return None
    return speaker


def _comments(
    text: str,
    lo: int,
    hi: int,
    pats: _Patterns,
    rules: Rules,
    locate: Locate,
    original: Original,
) -> tuple[list[tuple[int, Comment]], list[tuple[int, int]]]:
    found: list[tuple[int, Comment]] = []
    quoted: list[tuple[int, int]] = []
    for m in pats.turn_post.finditer(text, lo, hi):
        post = m["post"]
        parts = [m["text"].strip()] if m["text"].strip() else []
        end = m.end()
        pos = m.end() + 1
        while pos < hi:
            nl = text.find("\n", pos)
            nl = hi if nl < 0 or nl > hi else nl
            line = text[pos:nl]
            if not line.strip() or _TURN_MARK.match(line) or line.lstrip().startswith("〔"):
                break
            parts.append(line.strip())
            end = nl
            pos = nl + 1
        if parts:
            found.append(
                (
                    m.start(),
                    Comment(
                        speaker=post,
                        role=role_of(post, rules),
                        text="\n".join(parts),
                        span=locate(m.start("text"), end),
                        speaker_span=locate(m.start("post"), m.end("post")),
                    ),
                )
            )
            quoted.append((m.start(), end))
    quotes = (*pats.quote.finditer(text, lo, hi), *pats.quote_after.finditer(text, lo, hi))
    for m in quotes:  # ``Xは「…」と話す`` and ``「…」と話すのは、X``
        if m.re is pats.quote and m["free"] and not any(c in m["q"] for c in "、。"):
            continue  # (any predicate after と: only a quotation holding a sentence, 3479)
        turn = _turn_end(m["sp"], pats)  # ``○社会福祉課長（大内修君）　仙台市からは``: the
        sp_lo = m.start("sp") + turn  # speaker line's post and name
        raw = text[sp_lo : m.end("sp")]  # are no part of the speaker (decision 3475)
        if not raw.strip():
            continue
        speaker = _own_place(_clean_speaker(raw, pats, rules), text, lo, hi)
        quoted.append((m.start("q"), m.end("q")))
        if speaker is None:
            continue
        found.append(
            (
                m.start(),
                Comment(
                    speaker=speaker,
                    role=_role(speaker, rules),
                    text=unwrap(m["q"]),  # (a quotation wrapped over lines: 2273)
                    span=locate(m.start("q"), m.end("q")),
                    speaker_span=locate(
                        sp_lo + (len(raw) - len(raw.lstrip()) if turn else 0), m.end("sp")
                    ),
                ),
            )
        )
    for at, s_lo, raw, s_hi, q_lo, q_hi in said_over(text, lo, hi, rules):  # (2277)
        speaker = _clean_speaker(raw, pats, rules)
        quoted.append((q_lo, q_hi))
        if speaker is None:
            continue
        found.append(
            (
                at,
                Comment(
                    speaker=speaker,
                    role=_role(speaker, rules),
                    text=unwrap(text[q_lo:q_hi].strip()),
                    span=locate(q_lo, q_hi),
                    speaker_span=locate(s_lo, s_hi),
                ),
            )
        )
    # name cards over quotations
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos)
        nl = hi if nl < 0 or nl > hi else nl
        line = text[pos:nl]
        after = _QUOTE_BY.match(line)
        if after:  # 「…」（org post）: the speaker in brackets after the quotation
            speaker = _card_speaker(_bracket(original(pos, nl)), pats, named=False)
            if speaker:
                found.append(
                    (
                        pos,
                        Comment(
                            speaker=speaker,
                            role=_role(speaker, rules),
                            text=after["q"],
                            span=locate(pos + after.start("q"), pos + after.end("q")),
                            speaker_span=locate(pos + after.start("who"), pos + after.end("who")),
                        ),
                    )
                )
                quoted.append((pos, nl))
            pos = nl + 1
            continue
        name_first = _NAME_FIRST.match(line)
        if (
            line.strip()
            and not line.lstrip().startswith("「")
            and (name_first or any(line.rstrip().endswith(h) for h in pats.honorifics))
        ):
            speaker = (
                _card_speaker(_bracket(original(pos, nl)), pats, named=False)
                if name_first
                else _card_speaker(original(pos, nl), pats)
            )
            answers: list[str] = []
            q_lo = nl + 1
            q_hi = q_lo
            nxt = nl + 1
            while speaker and nxt < hi:
                e = text.find("\n", nxt)
                e = hi if e < 0 or e > hi else e
                body = text[nxt:e].strip()
                if body.startswith("「") and body.endswith("」"):
                    answers.append(body[1:-1])
                    quoted.append((nxt, e))
                    q_hi = e
                elif body.startswith(("――", "—", "--", "Q")):  # an interviewer's question
                    pass
                else:
                    break
                nxt = e + 1
            if speaker and answers:
                found.append(
                    (
                        pos,
                        Comment(
                            speaker=speaker,
                            role=_role(speaker, rules),
                            text="\n".join(answers),
                            span=locate(q_lo, q_hi),
                            speaker_span=locate(pos, nl),
                        ),
                    )
                )
                pos = q_hi + 1
                continue
        pos = nl + 1
    found.sort(key=lambda x: x[0])
    return found, quoted
