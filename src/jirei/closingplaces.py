"""A closing section's sub-headings that name cases told above: no cases of their own.

A report may close with every case's comments (or other results) under one section
heading, each case's under a sub-heading that is its city's name alone::

    関係者の声
    長岡市
    ＜長岡市福祉保健部＞
    窓口が近く、…

The fallback segmentation (``jirei.fallback``), which opens a case at a place line followed
by comments, read each such sub-heading as a case. A place line standing under a comments
section heading, whose place the case above already wrote before its results or comments
began — on its header, label or a table, not in prose — and that stands over a speaker's
heading keys that told case (``jirei.gatheredparts`` reads it); it opens none (decision
2909). A place line no case wrote so (a case the rules did not see, a ward the foreword
lists) or one over a headline and facts still opens a case.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import regex

from jirei.places import prefectures_of
from jirei.sections import K, LineInfo, ends_sentence, says

#: the longest sub-heading read as a place alone
_PLACE_LINE = 20
#: the marks and brackets a sub-heading may stand in (``■長岡市``, ``【長岡市】``)
_DRESS = regex.compile(r"^[\s■□◆◇●○◎▼▽▶・\-*#]*[(\[【〔<《〈]?|[)\]】〕>》〉]?\s*$")


def _place(text: str) -> str | None:
    """The municipality a line is alone (its marks and brackets dropped), else None."""
    bare = _DRESS.sub("", unicodedata.normalize("NFKC", text)).strip()
    if not bare or len(bare) > _PLACE_LINE or ends_sentence(bare) or " " in bare:
        return None
    return bare if bare[-1] in "市区町村" and prefectures_of(bare) else None


def _under_comments(infos: Sequence[LineInfo], index: int, floor: int) -> bool:
    """Whether the nearest section heading above line ``index`` (down to ``floor``) heads
    comments."""
    for at in range(index - 1, floor - 1, -1):
        if infos[at].kind is K.SECTION:
            return infos[at].section == "comments"
    return False


def told_places(
    infos: Sequence[LineInfo],
    first: int,
    closed: int,
    found: Sequence[int],
    openings: Sequence[tuple[int, int]] = (),
) -> list[int]:
    """Of the fallback cases' first lines ``found`` after a case ``[first, …)`` that closed
    at line ``closed``, those that are sub-headings of a closing comments section naming a
    place the case wrote before ``closed`` (see the module) or that one of ``openings``
    writes: the ``(first, body)`` lines of the openings of the cases up to this one, each
    line above a body a header line (``■神奈川県横須賀市 / …``, a marked header read as a
    bullet; the comments gathered by organisation, decision 3075)."""
    told = "\n".join(
        [info.text for info in infos[first:closed] if info.kind in _TOLD_KINDS]
        + [info.text for start, body in openings for info in infos[start:body]]
    )
    out: list[int] = []
    for index in found:
        place = _place(infos[index].text)
        if (
            place is not None
            and place in told
            and _under_comments(infos, index, closed)
            and _speaker_below(infos, index)
        ):
            out.append(index)
    return out


#: the lines a case writes its place on as a fact (its header, label or a table), not prose
_TOLD_KINDS = (K.HEADER, K.HEADING, K.TABLE)


def _speaker_below(infos: Sequence[LineInfo], index: int) -> bool:
    """Whether the first filled line under line ``index`` opens a comment (a speaker's
    heading or a comment line), as a sub-heading over voices does; a case's own opening
    goes on with its headline or facts instead."""
    below = next((info for info in infos[index + 1 :] if info.kind is not K.BLANK), None)
    return below is not None and (below.kind is K.COMMENT or says(below.text))

