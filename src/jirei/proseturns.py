"""Answer turns of an interview told in prose (decisions 2190-2209, branch prose9).

A web magazine's or a newsletter's interview gives each answer as a turn opened by the
speaker: a family name and the organisation and post in brackets, then a gap (or a colon)
and the answer (``山内（八戸市 福祉部 生活福祉課長）　以前は、…``; a round table's
``◆山根（鳥取市 福祉部 生活福祉課長）：…``), or alone on its line over the
answer, often between interviewer lines
(``――施設ができた経緯を教えてください。``). Each such turn is one comment of the case it
stands in, the speaker the bracket without spaces; the answer runs to a blank line or the
next turn. The answers are not masked from the figures: an interview states its results
in them. Minutes' turns (``○部長（北村修君）``: a ○ mark, a person in the bracket) are
not such turns.
"""

from __future__ import annotations

import regex

from jirei.model import Comment
from jirei.proseparts import Locate, _Patterns
from jirei.prosespeakers import names_organisation, role_name
from jirei.rules import DEFAULT_RULES, Rules

#: ``姓（org post）　answer``: a short name, the bracket, a gap, the answer (after NFKC)
_TURN = regex.compile(
    r"^[ \t]*[◆◇■□▼▽▶・]?[ \t]*(?:(?P<answer>(?:A\d{0,2}|答|回答)[ \t]*[.:]?)"  # ``A.（…）`` (2279)
    r"|(?P<name>[\p{Han}\p{Hiragana}\p{Katakana}ー々]{1,6}))[ \t]*"
    r"\((?P<who>[^()\n]{3,40})\)(?:(?: +|[ \t]*:[ \t]*)(?P<text>[^\s][^\n\t]*)|[ \t]*)$",
    regex.M,
)
#: an interviewer's line or another turn ends an answer
_STOP = regex.compile(r"^[ \t]*(?:――|―|—|--|Q[.:\s]|Q\d|問)")


def interview_turns(
    text: str,
    lo: int,
    hi: int,
    pats: _Patterns,
    role: object,
    locate: Locate,
    rules: Rules = DEFAULT_RULES,
) -> list[tuple[int, Comment]]:
    """The answer turns between ``lo`` and ``hi`` as comments (with their offsets); ``role``
    gives a speaker's role."""
    if ")" not in text[lo:hi]:  # cheap precheck
        return []
    out: list[tuple[int, Comment]] = []
    for m in _TURN.finditer(text, lo, hi):
        speaker = "".join(m["who"].split())
        name = m["name"] or "\0"  # (an answer word opens the turn: no name)
        if (
            not names_organisation(speaker, rules)  # (a user's or employer's words: 2275)
            or role_name(name, rules)  # ``質問者（…）``, ``記者（…）``: no answer (2276)
            or name in speaker
            or speaker.endswith(("君", *pats.honorifics))  # minutes: ``部長(北村修君)``
            or name.endswith(pats.honorifics)  # ``山本愛さん(…)``: a name card's line
            or not speaker.endswith((*pats.posts, "長", "官", "員", "者"))  # a post closes it
        ):
            continue
        end = m.end()
        pos = end + 1
        if m["text"] is None:  # the speaker alone on a line, the answer under it
            nl = text.find("\n", pos)
            if pos >= hi or not text[pos : hi if nl < 0 else nl].strip():
                continue
        while pos < hi:  # the answer's further lines, to a blank line or the next turn
            nl = text.find("\n", pos)
            nl = hi if nl < 0 or nl > hi else nl
            line = text[pos:nl]
            if not line.strip() or _TURN.match(line) or _STOP.match(line):
                break
            end = nl
            pos = nl + 1
        first = m.start("text") if m["text"] is not None else m.end() + 1
        body = text[first:end]
        if "。" not in body:  # an answer is said in sentences (not a table's head row)
            continue
        out.append(
            (
                m.start(),
                Comment(
                    speaker=speaker,
                    role=role(speaker),  # type: ignore[operator]
                    text="\n".join(x.strip() for x in body.split("\n")),
                    span=locate(first, end),
                    speaker_span=locate(m.start("who"), m.end("who")),
                ),
            )
        )
    return out


__all__ = ["interview_turns"]
