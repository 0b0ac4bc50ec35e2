"""A case's comments read by their SHAPE wherever the case states them (decisions
1280–1299), when no comment reader found any: the comments counterpart of
``jirei.harvest`` and ``jirei.figures``.

A comment is a quotation ``「…」`` (or ``『…』``) holding at least one sentence, standing at
the start of its line (after a speaker at most) and closing at the end of a line, whose
speaker stands right by it:

* before it on its line: ``○○市福祉課　「…」``, ``○○市福祉課:「…」``, ``【ハローワーク○○】「…」``;
* on the line over it, alone: ``○○市福祉課`` / ``【○○市】`` / ``（ハローワーク○○）``;
* after it on its closing line: ``「…」（○○市福祉課）``, ``「…」―ハローワーク○○``;
* after it in a sentence: ``「…」と○○所長は話す`` (verbs of ``rules.quotes_table``);
* in the sentence over it: ``○○課長は次のように話す。`` (``said_leads``; decision 1566);
* alone on the line under it: ``（○○市福祉課）``.

The speaker must have a role other than ``other`` (``jirei.comments.role_of``). Quotations
in table rows or list items, quotations without a sentence (titles, facility names) and
quotations inside a sentence (slogans) are not read; nor is a quotation with no speaker.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import regex

from jirei.comments import CommentParts, role_of
from jirei.items import join_lines
from jirei.lines import Line
from jirei.prosewrap import wrapped
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo
from jirei.speakerpersons import organisation_speaker
from jirei.voicepieces import next_voice

_CLOSE = {"「": "」", "『": "』"}
#: a lead phrase before a quotation on its line, after the line's last sentence (``窓口の効果
#: について「``): no quotation mark, no bracket, at most 40 characters (decision 2883)
_LEAD = regex.compile(r"^(?:[^「」『』\n]*[。!?]\s*)?[^「」『』()。!?\n]{0,40}?(?=[「『])")
#: a sentence inside a quotation
_SENTENCE = regex.compile(r"[。!?]")
_SPACES = regex.compile(r"\s+")


class _Words:
    """The compiled patterns of one ``Rules``."""

    def __init__(self, rules: Rules, *, anyone: bool = False) -> None:
        #: whether a speaker of role ``other`` (a user) is read too (``quoted_speech``)
        self.anyone = anyone
        table = rules.quotes_table.get("quotes", {})
        marks = regex.escape(table.get("speaker_marks", "○◆◇●◎■□"))
        self.min_chars: int = int(table.get("min_chars", 8))
        self.most: int = int(table.get("most_lines", 8))
        self.not_speakers = tuple(table.get("not_speakers", ()))
        manners = "|".join(regex.escape(w) for w in table.get("manners", ()))
        manner = rf"(?:(?:{manners})\s*)?" if manners else ""
        name = r"[^\s「」『』()【】<>。、:]{2,30}"
        inner = r"[^「」『』()【】<>。、:]{2,30}"
        # a speaker standing before the quotation on its line
        self.before = regex.compile(
            rf"^\s*[{marks}]?\s*(?:【(?P<s>{inner})】|<(?P<s>{inner})>|\((?P<s>{inner})\)"
            rf"|(?P<s>{name}?)\s*(?::|\s))\s*(?=[「『])"
        )
        # a line holding only a speaker
        self.alone = regex.compile(
            rf"^\s*[{marks}]?\s*(?:【(?P<s>{inner})】|<(?P<s>{inner})>|\((?P<s>{inner})\)"
            rf"|[―—]\s*(?P<s>{name})\s*[―—]?|(?P<s>{name}))\s*:?\s*$"
        )
        verbs = "|".join(regex.escape(v) for v in table.get("verbs", ()))
        particles = "|".join(regex.escape(p) for p in table.get("particles", ("は",)))
        # what follows the closing mark: a speaker in brackets or after a dash, or a sentence
        self.after = regex.compile(
            rf"^\s*(?:\((?P<s>{inner})\)|【(?P<s>{inner})】|[―—‐\-─━]{{1,2}}\s*(?P<s>{name})"
            rf"|と\s*[,、]?\s*(?P<s>[^\s「」『』()。、]{{2,30}}?)\s*(?:{particles})\s*(?:、\s*)?"
            rf"(?:{verbs})[。]?)\s*$"
            if verbs
            else r"^\s*\((?P<s>[^()]{2,30})\)\s*$"
        )
        # a narrative's sentence: ``○○課長は「…」と語る。`` — the speaker, a particle, the
        # quotation, then ``と`` and a verb closing the sentence (decision 1904)
        joins = "|".join(regex.escape(w) for w in table.get("said_connectives", ()))
        # (``窓口の効果について、X課の係長は「…」と話す。``: any clause first, decision 2514)
        clause = r"[^「」『』。\n]{1,60}?" if table.get("lead_clauses") else "(?!)"
        # (sentences before it on its line: ``窓口は2階にある。X課の…は「…」``, decision 2528)
        before = r"(?:[^「」『』\n]*?[。!?]\s*)?" if table.get("lead_sentences") else ""
        self.subject = (  # (``また、…所長は「…」と話された。``: a connective first, 2200)
            regex.compile(
                rf"^\s*{before}[{marks}]?\s*(?:(?:{joins or '(?!)'}|{clause})\s*、\s*)?"
                # (a bracket may close the speaker: ``利用者（30代女性）は「…」``, decision 2770)
                rf"(?P<s>{name}?(?:\([^()「」『』。、]{{1,16}}\))?)\s*(?:{particles})\s*"
                # (a clause between the speaker and the quotation, after a comma: ``X課の担当者は、
                # 窓口の効果について「…」と話す。``; decision 2883)
                rf"(?:、\s*{clause}\s*、?\s*|、?\s*)(?=[「『])"
            )
            if verbs
            else None
        )
        self.said_after = (
            # (more sentences may follow on the line, decision 2528)
            regex.compile(rf"^\s*と\s*、?\s*{manner}(?:{verbs})\s*(?:。.*)?$") if verbs else None
        )
        # a sentence over the quotation naming its speaker: ``○○課長は次のように話す。``
        # (decision 1566)
        leads = "|".join(regex.escape(w) for w in table.get("said_leads", ()))
        joins = "|".join(regex.escape(w) for w in table.get("said_connectives", ()))
        self.said = (
            regex.compile(
                rf"^\s*(?:(?:{joins or '(?!)'})\s*、?\s*)?(?P<s>[^\s「」『』()。、]{{2,30}}?)\s*"
                rf"(?:{particles})\s*、?\s*(?:{leads})\s*(?:{verbs})\s*[。:]?\s*$"
            )
            if verbs and leads
            else None
        )


@per_rules
def _words(rules: Rules) -> _Words:
    return _Words(rules)


@per_rules
def _speech_words(rules: Rules) -> _Words:
    return _Words(rules, anyone=True)


def _speaker(raw: str | None, words: _Words, rules: Rules) -> str | None:
    """The speaker named by ``raw``, spaces removed, when its role is not ``other``."""
    if not raw:
        return None
    speaker = organisation_speaker(_SPACES.sub("", raw), rules)  # ``Xの担当者``: X (2473)
    if any(word in speaker for word in words.not_speakers):
        return None
    return speaker if words.anyone or role_of(speaker, rules) != "other" else None


def _without_from_word(raw: str | None, rules: Rules) -> str | None:
    """A speaker line's organisation without the word saying the words come from it
    (``岐阜市福祉部生活福祉一課の担当者より`` → ``岐阜市福祉部生活福祉一課の担当者``;
    ``quotes.toml [speaker_lines] suffixes``, decision 3462)."""
    if not raw:
        return raw
    for word in rules.quotes_table.get("speaker_lines", {}).get("suffixes", ()):
        if raw.endswith(word) and len(raw) - len(word) >= 2:
            return raw[: -len(word)]
    return raw


def quoted_speech(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> list[CommentParts]:
    """The quotations a case's lines report in the shapes ``fill_comments`` reads, whoever
    speaks — a user too (``利用者（30代女性）は「…」と話してくれた。``), whose words are no
    comment (decision 2275) but no result either (decision 2770)."""
    return fill_comments(infos, rules, anyone=True)


def fill_comments(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES, *, anyone: bool = False
) -> list[CommentParts]:
    """The comments a case's lines state by shape, in the text's order (offsets are into
    the normalised text). The caller runs this only when no comment reader found any.
    ``anyone``: a speaker of any role is read (see ``quoted_speech``)."""
    if not any("「" in info.line.text or "『" in info.line.text for info in infos):
        return []
    words = _speech_words(rules) if anyone else _words(rules)
    out = _scan(infos, words, rules)
    more = _wrapped_quotes(infos, words, rules, out)  # a paragraph a PDF wrapped (2879)
    if more:
        out = sorted([*out, *more], key=lambda parts: parts.start)
    return out


def _scan(infos: Sequence[LineInfo], words: _Words, rules: Rules) -> list[CommentParts]:
    """The comments the quotations opening on ``infos`` (line by line) state."""
    out: list[CommentParts] = []
    i, n = 0, len(infos)
    while i < n:
        info = infos[i]
        text = info.line.text
        if info.kind is K.TABLE or info.kind is K.BULLET or not (
            "「" in text or "『" in text
        ):
            i += 1
            continue
        found = _quote_at(infos, i, words, rules)
        if found is None:
            i += 1
            continue
        parts, last = found
        out.append(parts)
        rest = _next_voice_rest(infos[last], parts.end, rules) or _rest_of_line(
            infos[last], parts.end
        )
        while rest is not None:  # another quotation further on the line (decision 2528)
            again = _quote_at([rest], 0, words, rules)
            if again is None:
                break
            out.append(again[0])
            rest = _next_voice_rest(rest, again[0].end, rules) or _rest_of_line(
                rest, again[0].end
            )
        i = last + 1
    return out


def _wrapped_quotes(
    infos: Sequence[LineInfo], words: _Words, rules: Rules, read: Sequence[CommentParts]
) -> list[CommentParts]:
    """The comments of quotations whose speaker or reporting verb a hard-wrapped paragraph
    (a PDF's fixed-width lines) cuts at a line break (``…」と話す。ハローワーク金沢の就職支`` /
    ``援ナビゲーターも「…」と手応えを語る。``; decision 2879): each such paragraph read as one
    line, its comments not among ``read`` (offsets mapped back to the lines)."""
    out: list[CommentParts] = []
    for first, last in _wrapped_runs(infos):
        pieces = [infos[k].line for k in range(first, last)]
        if not any("「" in line.text or "『" in line.text for line in pieces):
            continue
        starts: list[int] = []  # where each line's text starts in the joined text
        at = 0
        for line in pieces:
            starts.append(at)
            at += len(line.text)
        joined = LineInfo(Line("".join(line.text for line in pieces), 0), infos[first].kind)

        for parts in _scan([joined], words, rules):
            found = CommentParts(
                parts.speaker,
                _placed(pieces, starts, parts.speaker_start),
                _placed(pieces, starts, parts.speaker_end, end=True),
                parts.role,
                parts.text,
                _placed(pieces, starts, parts.start),
                _placed(pieces, starts, parts.end, end=True),
            )
            if not any(found.start < other.end and other.start < found.end for other in read):
                out.append(found)
    return out


def _placed(pieces: Sequence[Line], starts: Sequence[int], offset: int, end: bool = False) -> int:
    """The offset in the text of ``offset`` into the lines ``pieces`` joined (``starts``:
    where each starts in the joined text); an ``end`` offset stays on the line it closes."""
    probe = offset - 1 if end and offset > 0 else offset
    k = bisect_right(starts, probe) - 1
    return pieces[k].start + offset - starts[k]


#: the most lines of one wrapped paragraph read as one line
_MOST_WRAPPED = 12


def _wrapped_runs(infos: Sequence[LineInfo]) -> list[tuple[int, int]]:
    """The runs ``[first, last)`` of two lines or more, each but the last wrapped into the
    next (``jirei.prosewrap.wrapped``: a long line ending in no full stop, the next line
    following it with no blank line), no table row or list item after the first."""
    runs: list[tuple[int, int]] = []
    first, n = 0, len(infos)
    while first < n:
        last = first + 1
        while (
            last < n
            and last - first < _MOST_WRAPPED
            and wrapped(infos[last - 1].line.text)
            and infos[last].line.start == infos[last - 1].line.end + 1
            and not infos[last].line.blank
            and infos[last].kind is not K.TABLE
            and infos[last].kind is not K.BULLET
        ):
            last += 1
        if last - first >= 2 and infos[first].kind is not K.TABLE:
            runs.append((first, last))
        first = last
    return runs


def _next_voice_rest(info: LineInfo, end: int, rules: Rules) -> LineInfo | None:
    """The part of a line of voices from the next ``speaker：「…」`` part on, when one
    follows the quotation closing at normalised offset ``end`` (decision 3504); else None."""
    line = info.line
    at = end - line.start + 1
    if at <= 0 or at >= len(line.text):
        return None
    start = next_voice(line.text, at, rules)
    if start is None:
        return None
    return LineInfo(Line(line.text[start:], line.start + start), info.kind)


def _rest_of_line(info: LineInfo, end: int) -> LineInfo | None:
    """The part of a line after a quotation closing at normalised offset ``end`` (past its
    closing mark and the words reporting it, up to the sentence's end), when it holds another
    quotation; else None."""
    line = info.line
    at = end - line.start + 1
    text = line.text
    if at <= 0 or at >= len(text) or ("「" not in text[at:] and "『" not in text[at:]):
        return None
    stop = text.find("。", at)
    if stop < 0:
        return None
    return LineInfo(Line(text[stop + 1 :], line.start + stop + 1), info.kind)


def _quote_at(
    infos: Sequence[LineInfo], i: int, words: _Words, rules: Rules
) -> tuple[CommentParts, int] | None:
    """The comment whose quotation opens on line ``i``, and the index of its last line."""
    line = infos[i].line
    text = line.text
    speaker: str | None = None
    s_start = s_end = 0
    midline = False  # the quotation opens after a lead phrase (decision 2883)
    before = words.before.match(text)
    subject = None
    if before is None and words.subject is not None:
        subject = words.subject.match(text)  # ``○○課長は「…」と語る。`` (decision 1904)
        before = subject
    if before is not None and before.group("s"):
        speaker = _speaker(before.group("s"), words, rules)
        if speaker is None:
            return None
        s_start, s_end = line.start + before.start("s"), line.start + before.end("s")
        at = before.end()
    else:
        at = len(text) - len(text.lstrip())
        if at >= len(text) or text[at] not in _CLOSE:
            # a quotation after a lead phrase, its speaker after it: ``窓口の効果について「…」と、
            # X課の担当者は話す。`` (decision 2883); read only with that speaker
            led = _LEAD.match(text)
            if led is None:
                return None
            at, midline = led.end(), True
    opening = text[at]
    close = _CLOSE[opening]
    # the quotation: from ``at`` to the first closing mark, over at most ``most`` lines
    pieces: list[str] = []
    j = i
    start = line.start + at + 1
    col = at + 1
    end_line = -1
    end_col = -1
    while j < len(infos) and j - i < words.most:
        cur = infos[j].line.text
        if j > i and (infos[j].line.blank or infos[j].kind is K.TABLE):
            return None
        from_col = col if j == i else 0
        stop = cur.find(close, from_col)
        if opening in cur[from_col:stop if stop >= 0 else len(cur)]:
            return None  # a quotation inside the quotation: no comment shape
        if stop >= 0:
            pieces.append(cur[from_col:stop])
            end_line, end_col = j, stop
            break
        pieces.append(cur[from_col:])
        j += 1
    if end_line < 0:
        return None
    inner = join_lines(pieces)
    last = infos[end_line].line
    rest = last.text[end_col + 1 :]
    said = (  # ``…と語る。``: the sentence closes after the quotation (decision 1904)
        subject is not None
        and words.said_after is not None
        and words.said_after.match(rest) is not None
    )
    reported = (  # ``「…」と○○の担当者は話す。``: a reporting verb after it (decision 2473)
        speaker is None
        and rest.lstrip().startswith("と")
        and words.after.match(rest) is not None
    )
    if len(inner) < words.min_chars or not (said or reported or _SENTENCE.search(inner)):
        return None  # a title, a facility name: no sentence
    end = last.start + end_col
    stop_line = end_line
    if midline and not reported:
        return None  # a quotation inside a sentence of another shape
    if speaker is None:
        after = words.after.match(rest) if rest.strip() else None
        if after is not None:
            speaker = _speaker(after.group("s"), words, rules)
            if speaker is None:
                return None
            off = last.start + end_col + 1
            s_start, s_end = off + after.start("s"), off + after.end("s")
        elif rest.strip():
            return None  # a quotation inside a sentence
        else:
            speaker, s_start, s_end, stop_line = _around(infos, i, end_line, words, rules)
            if speaker is None:
                return None
    elif subject is not None:
        if not said:
            return None  # the quotation goes on a sentence of another shape
    elif rest.strip() and next_voice(last.text, end_col + 1, rules) is None:
        return None  # (more on the line than another voice ``／　X：「…」``: decision 3504)
    body = inner.strip()
    lead = len(pieces[0]) - len(pieces[0].lstrip())
    return (
        CommentParts(speaker, s_start, s_end, role_of(speaker, rules), body, start + lead, end),
        stop_line,
    )


def _around(
    infos: Sequence[LineInfo], first: int, last: int, words: _Words, rules: Rules
) -> tuple[str | None, int, int, int]:
    """A speaker alone on the line over the quotation (lines ``first..last``) or on the line
    under it: the speaker, its offsets and the last line the comment takes."""
    if first > 0 and not infos[first - 1].line.blank:
        over = infos[first - 1].line
        alone = words.alone.match(over.text)
        if alone is not None and infos[first - 1].kind is not K.TABLE:
            raw = _without_from_word(alone.group("s"), rules)  # ``…課の担当者より`` (3462)
            speaker = _speaker(raw, words, rules)
            if speaker is not None:
                start = over.start + alone.start("s")
                end = start + (len(speaker) if raw.startswith(speaker) else len(raw))
                return speaker, start, end, last
        said = words.said.match(over.text) if words.said is not None else None
        if said is not None and infos[first - 1].kind is not K.TABLE:
            from jirei.speakerposts import post_joined

            speaker = _speaker(said.group("s"), words, rules)
            if speaker is not None:  # ``ハローワーク山口の統括職業指導官は次のように語る。``
                start = over.start + said.start("s")
                return post_joined(speaker, rules), start, over.start + said.end("s"), last
    if last + 1 < len(infos):
        under = infos[last + 1].line
        after = words.after.match(under.text)
        if after is not None and under.text.lstrip()[:1] in "(【―—‐-─━":
            speaker = _speaker(after.group("s"), words, rules)
            if speaker is not None:
                return (
                    speaker, under.start + after.start("s"), under.start + after.end("s"),
                    last + 1,
                )
    return None, 0, 0, last


__all__ = ["fill_comments", "quoted_speech"]
