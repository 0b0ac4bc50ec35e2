"""Comment blocks → speaker, role and text (with normalised offsets).

``＜宇都宮市コメント＞`` → speaker ``宇都宮市``; the role is the first rule of
``rules.comment_roles`` whose pattern is found in the speaker; the text is the body's
paragraphs joined with a newline (lines within a paragraph joined as wrapped lines).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from jirei.commentends import is_footnote, is_sign_off, opens_frame
from jirei.items import is_footnote as is_note_line  # (a Line; ``commentends``' takes a str)
from jirei.items import join_lines
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo
from jirei.sections import Kind, classifier
from jirei.voicewraps import wrapped_heading

_SPACES = regex.compile(r"\s+")
_QUOTED = regex.compile(r"^(?:「[^「」]*」|『[^『』]*』)$")


@frozen
class CommentParts:
    """A comment read from its block; offsets are into the normalised text."""

    speaker: str | None
    speaker_start: int
    speaker_end: int
    role: str
    text: str
    start: int
    end: int


@per_rules
def _roles(rules: Rules) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    return tuple((role, regex.compile(pattern)) for role, pattern in rules.comment_roles)


def role_of(speaker: str | None, rules: Rules = DEFAULT_RULES) -> str:
    """The role of a speaker: first matching rule of ``rules.comment_roles``, else other."""
    if not speaker:
        return "other"
    return _role_of(speaker, rules)


@per_rules_memo(1 << 14)
def _role_of(speaker: str, rules: Rules) -> str:
    """``role_of`` of a named speaker, memoised per text (speakers recur within a report)."""
    fallback = "other"
    for role, pattern in _roles(rules):
        if not pattern.pattern:  # the catch-all: a post or a name tidied first (1560)
            fallback = role
            break
        if pattern.search(speaker):
            return role
    from jirei.speakerposts import tidy_speaker

    tidy = tidy_speaker(speaker, rules)
    return _role_of(tidy, rules) if tidy != speaker else fallback


def speaker_of(heading: Line, rules: Rules = DEFAULT_RULES) -> tuple[str | None, int, int]:
    """The speaker named by a comment heading, spaces removed, and its offsets; a bracket
    closing it that names a case by its label (``＜静岡労働局（事例１）＞``: the case the voice
    speaks of) is no part of it (decision 2956)."""
    speaker, start, end = _named_speaker(heading, rules)
    if speaker is None or not speaker.endswith((")", "〕", "】", "]")):
        return speaker, start, end
    cut = _case_bracket_at(speaker, rules)
    if cut == len(speaker):
        return speaker, start, end
    said = heading.text[start - heading.start : end - heading.start]
    opening = max(said.rfind(mark) for mark in "(〔【[")
    if opening <= 0:
        return speaker, start, end
    return speaker[:cut], start, start + len(said[:opening].rstrip())


def _named_speaker(heading: Line, rules: Rules) -> tuple[str | None, int, int]:
    """:func:`speaker_of` before a case bracket is dropped."""
    from jirei.speakerforms import speaker_heading

    judged = classifier(rules).judged_heading.match(heading.text)
    if judged is not None:  # ``ウ　西宮市健康福祉局の評価`` alone: its organisation (3409)
        return (
            _SPACES.sub("", judged["org"]),
            heading.start + judged.start("org"),
            heading.start + judged.end("org"),
        )
    named = speaker_heading(heading, rules)  # VOICE｜speaker, ◇ …の声（speaker）
    if named is not None:
        return named
    from jirei.namevoices import person_speaker  # 佐藤 明子（郡山市…課長） (decision 3216)

    person = person_speaker(heading, rules)
    if person is not None:
        return person
    found = classifier(rules)
    match = (
        found.comment.match(heading.text)
        or found.comment_line.match(heading.text)
        or found.comment_after.match(heading.text)  # ＜市コメント＞text (decision 2525)
    )
    if match is None:  # ―石巻市― over a quoted line
        from jirei.commentforms import clean_speaker, speaker_line

        form = speaker_line(heading.text, rules)
        if form is None:
            return None, heading.start, heading.start
        lead = len(heading.text) - len(heading.text.lstrip())
        speaker: str | None
        speaker, kept = clean_speaker(form["speaker"], rules)
        start = heading.start + lead + form.start("speaker")
        return speaker, start, start + kept
    group = "speaker"
    if not match.group("speaker") and "org" in match.re.groupindex and match.group("org"):
        group = "org"  # ``（熊本市の評価）text``: the judgement's own organisation (3087)
    raw = match.group(group) or ""
    speaker = _SPACES.sub("", raw) or None
    start = heading.start + match.start(group) if raw else heading.start
    end = heading.start + match.end(group) if raw else heading.start
    return speaker, start, end


#: a bracket closing a speaker's name (``静岡労働局(事例1)``)
_TAIL_BRACKET = regex.compile(r"[(〔【\[]([^()〔〕【】\[\]]{1,30})[)〕】\]]$")


def _case_bracket_at(speaker: str, rules: Rules) -> int:
    """Where a bracket closing ``speaker`` that names a case by its label begins, else the
    length of ``speaker``."""
    found = _TAIL_BRACKET.search(speaker)
    if found is None or found.start() == 0:
        return len(speaker)
    from jirei.caselabel import label_length

    return found.start() if label_length(found.group(1), rules) else len(speaker)


#: what a line closing a sentence someone said ends with
_SENTENCE_ENDS = ("。", "!", "?", "！", "？", "」", "』", ")", "）")


#: a line wholly in round brackets naming a fiscal year: a cover's subtitle
#: (``（令和３年度の取組から）``), no signature
_YEAR_SUBTITLE = regex.compile(r"^\s*[(（][^()（）]*年度[^()（）]*[)）]\s*$")


#: a bracket closing a line round a figure (``…実績 452人(達成率113.0%)``, ``(前年比12件増)``): a
#: results line's note, no sentence closed (decision 3329)
_FIGURE_NOTE = regex.compile(
    r"[(（][^()（）。]{0,10}\d[\d,.]*\s*(?:%|％|人|件|倍|ポイント|pt)[^()（）。]{0,4}[)）]$"
)


def _ends_sentence(text: str) -> bool:
    """Whether a line closes something someone said (a sentence, a quotation, a signature
    in brackets; a bracketed fiscal year is a cover's subtitle)."""
    stripped = text.rstrip()
    return (
        stripped.endswith(_SENTENCE_ENDS)
        and _YEAR_SUBTITLE.match(stripped) is None
        and _FIGURE_NOTE.search(stripped) is None
    )


def _points_elsewhere(text: str, above: Sequence[Line], rules: Rules) -> bool:
    """Whether a line under a comment's text is the writer's pointer to figures printed
    elsewhere (decision 3489): one standing in brackets of its own
    (``（実績は巻末一覧表の①を参照）``), or one closing no sentence right under a line that
    closed one (``→実績は巻末の一覧表を参照``). A sentence of the speaker's ending
    ``…を参照。`` is speech."""
    from jirei.pointers import is_bracketed_pointer, is_pointer

    if is_bracketed_pointer(text, rules):
        return True
    stripped = text.strip()
    return (
        bool(above)
        and above[-1].text.rstrip().endswith(("。", "」"))
        and not stripped.endswith("。")
        and is_pointer(stripped.lstrip("→⇒▶・"), rules)
    )


def _unlisted(line: Line, rules: Rules) -> str:
    """A comment line without its list marker (``- 市役所の中に…``: a converter wrote the
    comment's lines as list items; decision 1933)."""
    text = line.text
    if text.lstrip()[:1] not in _LIST_MARKS:
        return text
    cls = classifier(rules)
    return cls.strip_marker(text)[0] if cls.kind_of(text)[0] is Kind.BULLET else text


#: the first characters of a list item a converter writes
_LIST_MARKS = frozenset("-*+・•")


def read_comment(
    heading: Line, body: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> CommentParts:
    """Read one comment block."""
    speaker, s_start, s_end = speaker_of(heading, rules)
    found = classifier(rules)
    inline = found.comment_line.match(heading.text) or found.comment_after.match(heading.text)
    if inline is not None:  # （コメント）市：text — the text starts on the heading line
        at = inline.start("text")
        body = [Line(heading.text[at : inline.end("text")], heading.start + at), *body]
    elif speaker is None and (wrapped := wrapped_heading(heading, body)) is not None:
        # 市のコメント：text over the lines wrapping its sentence (decision 3357)
        lead = wrapped.start - heading.start
        inline = found.comment_line.match(wrapped.text) or found.comment_after.match(wrapped.text)
        if inline is not None and lead + inline.start("text") < len(heading.text.rstrip()):
            named = speaker_of(wrapped, rules)
            if named[0] is not None and named[2] <= heading.start + len(heading.text):
                speaker, s_start, s_end = named
                at = lead + inline.start("text")
                body = [Line(heading.text[at:].rstrip(), heading.start + at), *body]
    paragraphs: list[list[Line]] = []
    current: list[Line] = []
    for line in body:
        if line.blank:
            if current:
                paragraphs.append(current)
                current = []
        elif (current or paragraphs) and is_footnote(line.text.strip(), rules):
            break  # ``注)…``, ``※…`` under the text: a note, the comment has ended (1942)
        elif (current or paragraphs) and is_sign_off(line.text, rules):
            break  # ``（報告者：…）`` under the text: the report's writer signs (3328)
        elif (current or paragraphs) and opens_frame(line.text, rules):
            break  # ``┌ FIGURES ──``: a box drawn under the text is no speech (3329)
        elif (current or paragraphs) and _points_elsewhere(line.text, current, rules):
            break  # ``（実績は巻末一覧表の①を参照）``: the writer's pointer, no speech (3489)
        else:
            current.append(line)
    if current:
        paragraphs.append(current)
    for number in range(1, len(paragraphs)):  # a later paragraph of no sentence (1754)
        if not any(_ends_sentence(line.text) for line in paragraphs[number]) or is_note_line(
            paragraphs[number][0], rules
        ):  # or a ``※`` note under the comment (decision 1924)
            del paragraphs[number:]  # (a next edition's cover title, a place list)
            break
    text = "\n".join(join_lines([_unlisted(line, rules) for line in p]) for p in paragraphs)
    if paragraphs:
        first, last = paragraphs[0][0], paragraphs[-1][-1]
        start = first.start + (len(first.text) - len(first.text.lstrip()))
        end = last.start + len(last.text.rstrip())
    else:
        start = end = heading.end
    if _QUOTED.match(text):  # 「…」 under a ―speaker― line: the text inside the quotes
        text, start, end = text[1:-1].strip(), start + 1, end - 1
    return CommentParts(speaker, s_start, s_end, role_of(speaker, rules), text, start, end)


__all__ = ["CommentParts", "read_comment", "role_of", "speaker_of"]
