"""The comments of a comments section (``関係者の声``), written one per line or under a
speaker line rather than under comment headings (``corpus/README.md`` decision 23)::

    （市）                                   a speaker line: the lines after it are the text
    ケースワーカーが…短くなった。
    ○高知市：支所まで来れば…                  inline: speaker, then the text
    **姫路市の声**　初回面談を…
    草津市 子ども家庭課                      a line naming only the speaker, over a 「…」 line
    「手当の相談と…」

The forms are regexes in ``rules.comment_forms`` (``rules/comments.toml``, ``[[forms]]``),
tried in order on each line (markdown ``#`` removed). The speaker loses a trailing comment
keyword (``の声``, ``コメント``) and is judged by the comment-role rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex
from attrs import frozen

from jirei.commentends import (
    closed_before,
    contact_start,
    ends_at_page,
    indent_of,
    is_footnote,
    is_page_break,
)
from jirei.commentheads import (
    answer_speaker,
    bare_answer,
    interviewee,
    is_column_header,
    is_interview,
    question_gap,
    unmarked_answers,
    unwrap_turn,
)
from jirei.comments import CommentParts, role_of
from jirei.headingspeakers import heading_speaker
from jirei.items import Item, join_lines
from jirei.lines import Line
from jirei.patternjoin import join_patterns
from jirei.patternneeds import needs_pattern
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo
from jirei.speakerlines import may_be_lone_speaker

_SPACES = regex.compile(r"\s+")
# How far into a line a removed space is looked for (a speaker is at most 30 characters).
_SPEAKER_REACH = 32
_HASH = regex.compile(r"^\s*#*\s*")
# a text that is one quotation and nothing else (「…」, 『…』, “…”; decision 1223)
_QUOTED = regex.compile(r"^(?:「[^「」]*」|『[^『』]*』|“[^“”]*”)$")
#: the forms holding speaker and text on one line (``turn``: a round-table turn, which
#: opens a comments block wherever it stands; decision 1227)
_INLINE = ("inline", "turn")
#: the marks a quotation opens with
_OPENING = ("「", "『", "“")
#: how a text closed before a page break ends (decision 1787)
_CLOSED = ("。", "」", "』", "”", "!", "?")


def _unhashed(text: str) -> str:
    """``text`` without leading space and markdown ``#`` marks (``_HASH`` always matches:
    the slice after it, not a substitution)."""
    found = _HASH.match(text)
    return text[found.end() :] if found is not None else text


@per_rules
def _forms(rules: Rules) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    return tuple(
        (form, regex.compile(pattern))
        for form, pattern in rules.comment_forms
        if form not in ("bare", "question", "note")
    )


@per_rules
def _question_forms(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    """An interviewer's question line (``Ｑ　…``; decision 852): no comment."""
    return tuple(regex.compile(p) for form, p in rules.comment_forms if form == "question")


@per_rules
def _question_joined(rules: Rules) -> regex.Pattern[str] | None:
    """The question forms joined (``jirei.patternjoin``), else None."""
    return join_patterns(p for form, p in rules.comment_forms if form == "question")


def _lead_goes_on(line: Line, rules: Rules) -> bool:
    """Whether ``line`` continues an interview's lead sentence wrapped over lines: filled,
    and no question or answer turn (decision 3381)."""
    if line.blank:
        return False
    body = line.text.strip()
    return not _is_question(body, rules) and bare_answer(body, rules) is None


def _is_question(text: str, rules: Rules) -> bool:
    """Whether an interviewer's question form matches ``text`` (its turn word maybe between
    marks: ``―問―　…``, decision 3371)."""
    text = unwrap_turn(text, rules)
    joined = _question_joined(rules)
    if joined is not None:
        return joined.match(text) is not None
    return any(q.match(text) for q in _question_forms(rules))


@per_rules
def _note_forms(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    """A head line of an e-mail style comment (``件名：…``; decision 1222): no text of the
    comment, which stays open."""
    return tuple(regex.compile(p) for form, p in rules.comment_forms if form == "note")


@per_rules
def _bare_forms(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    """The ``bare`` forms: an unmarked line naming only a speaker (decision 302)."""
    return tuple(regex.compile(p) for form, p in rules.comment_forms if form == "bare")


def _bare_speaker(
    text: str,
    following: Line | None,
    rules: Rules,
    paired: bool = False,
    wrapped: bool = False,
) -> regex.Match[str] | None:
    """The match of a ``bare`` speaker line — an organisation (its role not ``other``),
    optionally with a job title, alone on its line — when the line under it is a quote or
    an indented paragraph (the comment's text), or a sentence where ``paired`` (the section
    holds two or more such names over sentences, decision 2526), else None. ``wrapped``: the
    lines under it close a sentence, wrapped over lines (decision 2736)."""
    if following is None:
        return None
    below = following.text
    body = text.strip()
    # a name card over the words, unindented (``鹿児島市保護第一課　主査　西田　恵``; 2517)
    said = wrapped or below.rstrip().endswith(_SAID_ENDS)
    card = _is_name_card(body, rules) and said
    # (an organisation alone over an unindented sentence — ``宇都宮市`` over ``申請の場で…。`` —
    # only as one of several in the section: a single one may be a caption, decision 302)
    if not (
        card or (said and paired) or below.lstrip()[:1] in _OPENING or below[:1].isspace()
    ):
        return None
    for pattern in _bare_forms(rules):
        match = pattern.fullmatch(body)
        speaker = clean_speaker(match["speaker"], rules)[0] if match is not None else ""
        if match is not None and speaker and (card or role_of(speaker, rules) != "other"):
            return match
    return None


#: the fewest names over sentences that make unindented speaker lines (decision 2526)
_FEWEST_PAIRED = 2


def _names_over_sentences(lines: Sequence[Line], rules: Rules) -> int:
    """How many lines of a comments section are an organisation alone (a ``bare`` form, role
    not ``other``, no sentence) over lines closing a sentence (wrapped over lines or not)."""
    count = 0
    for number, line in enumerate(lines):
        if _bare_name(line.text, rules) and _said_below(lines, number, rules):
            count += 1
    return count


def _bare_name(text: str, rules: Rules) -> bool:
    """Whether a line is an organisation alone: a ``bare`` form whose speaker has a role
    (not ``other``), no sentence mark, short."""
    body = text.strip()
    if not body or len(body) > 40 or _NO_SPEAKER.search(body) is not None:
        return False
    return _partner_alone(body, rules)


#: the most lines one speaker's words may be wrapped over (a PDF's hard wrap; decision 2736)
_MOST_WRAPPED = 12


def _said_below(lines: Sequence[Line], number: int, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether the lines under ``lines[number]`` are words said: a run of lines holding kana
    (blank lines before it allowed), up to a blank line or the next organisation alone, whose
    last line closes a sentence —
    the first line itself (decision 2526), or a later one where a PDF's text wraps the
    sentence mid-word over lines (decision 2736)."""
    seen = 0
    for index in range(number + 1, min(len(lines), number + 1 + _MOST_WRAPPED)):
        line = lines[index]
        if line.blank:
            if seen == 0:
                continue  # (blank lines between the name and its words, decision 2526)
            return False
        text = line.text.rstrip()
        if seen and _bare_name(text, rules):
            return False  # the next speaker before any sentence closed
        if text.endswith(_SAID_ENDS):
            return True
        if _KANA_LINE.search(text) is None:
            return False  # (a wrapped run is words written out, no name or figure)
        seen += 1
    return False


#: a line holding some hiragana: words someone wrote out, no name or figure
_KANA_LINE = regex.compile(r"\p{Hiragana}")


#: what the words under a name card close with
_SAID_ENDS = ("。", "」", "』", "！", "？", "!", "?")


@per_rules
def _post_words(rules: Rules) -> tuple[str, ...]:
    """The posts a name card writes after the organisation (``rules/quotes.toml`` ``[posts]``)."""
    return tuple(rules.quotes_table.get("posts", {}).get("words", ()))


def _is_name_card(body: str, rules: Rules) -> bool:
    """Whether a line is a name card: an organisation, then apart by spaces a post and
    maybe a name (``NPO法人かごしま若者就労ネット　支援員　宮原　舞``,
    ``ハローワーク鹿児島　職業相談部門　統括職業指導官``); no sentence (decision 2517)."""
    cells = body.split()
    if not 2 <= len(cells) <= 6 or _NO_SPEAKER.search(body) is not None:
        return False
    posts = _post_words(rules)
    return any(cell.endswith(posts) for cell in cells[1:])


@per_rules
def _joined(rules: Rules) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """The comment forms of ``_forms`` (``bare`` aside) joined, and the inline ones joined
    (``jirei.patternjoin``: a cheap exact precheck before trying each form); None where
    they cannot be joined."""
    inline = [pattern for form, pattern in rules.comment_forms if form in _INLINE]
    tried = [pattern for form, pattern in rules.comment_forms if form != "bare"]
    return join_patterns(tried), join_patterns(inline)


@per_rules
def _keywords(rules: Rules) -> tuple[str, ...]:
    """The comment keywords, longest first (as written), stripped, empty ones left out."""
    ordered = sorted(rules.comment_keywords, key=len, reverse=True)
    return tuple(word for word in (keyword.strip() for keyword in ordered) if word)


def is_comment_line(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line of a comments section is written in one of the comment forms
    (``「…」（宮崎市福祉総務課）``, ``○高知市：…``); such a line is a comment, never a
    case's headline."""
    body = _unhashed(text).rstrip()
    which = _which_form(rules)
    if which is not None:  # the first form that matches, found in one call, tried on
        return _first_form(_forms(rules), which, body, rules) is not None
    joined = _joined(rules)[0]
    if joined is not None and joined.match(body) is None:
        return False  # no form matches
    return any(
        (match := pattern.match(body)) is not None
        and bool(clean_speaker(match["speaker"], rules)[0])
        for _form, pattern in _forms(rules)
    )


def names_each_speaker(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a comment heading's body is a block of comments each naming its own
    speaker on its line (``〈担当者から〉`` over ``函館市：…`` lines): every non-blank line
    is an inline comment form, so the block is read as a comments section."""
    inline = _inline_forms(rules)
    joined = _joined(rules)[1]
    seen = False
    for line in lines:  # (no list of the texts first: the first line mostly decides)
        if line.blank:
            continue
        seen = True
        body = _unhashed(line.text).strip()
        if joined is not None and joined.match(body) is None:
            return False  # no inline form matches
        if not any(
            (match := pattern.match(body)) is not None
            and bool(clean_speaker(match["speaker"], rules)[0])
            for pattern in inline
        ):
            return False
    return seen


@per_rules
def _inline_forms(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    """The patterns of the ``inline`` comment forms."""
    return tuple(pattern for form, pattern in _forms(rules) if form in _INLINE)


def speaker_line(text: str, rules: Rules = DEFAULT_RULES) -> regex.Match[str] | None:
    """The match of a ``speaker`` comment form (``―石巻市―``, ``（市）``) on a whole line,
    else None."""
    body = _unhashed(text).strip()
    for form, pattern in _forms(rules):
        if form == "speaker" and (match := pattern.match(body)) is not None:
            return match if clean_speaker(match["speaker"], rules)[0] else None
    return None


@per_rules
def _turn_forms(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    """The ``turn`` forms: ``小林（長岡市生活支援課長）　text`` (decision 1227)."""
    return tuple(regex.compile(p) for form, p in rules.comment_forms if form == "turn")


def opens_talk(text: str, rules: Rules = DEFAULT_RULES) -> str | None:
    """How a line outside any comments section opens one (decision 1227): ``"turn"`` for a
    round-table turn (``小林（長岡市生活支援課長）　text``, a ``turn`` form of
    ``rules.comment_forms``), ``"quote"`` for a quotation closed by its speaker, a
    stakeholder (``「…」（ハローワーク気仙沼）``), else None."""
    if ")" not in text:
        return None
    answered = answer_speaker(text, rules)  # ``答（市保護課）　…``: an interview (1783)
    if answered is not None and role_of(answered, rules) != "other":
        return "answer"
    body = text.strip()
    for pattern in _turn_forms(rules):
        match = pattern.match(body)
        if match is not None and clean_speaker(match["speaker"], rules)[0]:
            return "turn"
    if body[:1] not in _OPENING or not body.endswith(")"):
        return None
    found = _match(_forms(rules), body, 0, None, rules)
    if found is None or found[0] not in _INLINE:
        return None
    match = found[1]
    if match.start("speaker") < match.start("text"):
        return None
    speaker = clean_speaker(match["speaker"], rules)[0]
    return "quote" if role_of(speaker, rules) != "other" else None


def talk_start(texts: Sequence[str], rules: Rules = DEFAULT_RULES) -> int | None:
    """Where a round-table talk starts among a case's header lines (the segmenter reads
    ``label　value`` lines as header fields; decision 1227): the index of the first turn,
    or of the chair's lines right before it (``司会　…``), else None."""
    for number, text in enumerate(texts):
        if opens_talk(text, rules) in ("turn", "answer"):
            while number > 0 and any(
                q.match(texts[number - 1].strip()) for q in _question_forms(rules)
            ):
                number -= 1
            return number
    return None


def opens_quoted_comment(text: str, following: str | None, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line is a speaker line (``―石巻市―``) over a quoted line (``「…」``): a
    comment outside any comments section (a slide's comments; decision 52)."""
    return (
        following is not None
        and following.lstrip().startswith("「")
        and speaker_line(text, rules) is not None
    )


@per_rules_memo(16384)  # (a document's comment readers ask the same speakers again)
def clean_speaker(raw: str, rules: Rules = DEFAULT_RULES) -> tuple[str, int]:
    """A speaker as recorded — spaces removed, a trailing keyword (``の声``) and ``の``
    dropped — and how many characters of ``raw`` it keeps from the start."""
    kept = raw.rstrip()
    keywords = _keywords(rules)
    if kept.endswith(keywords):  # (one test of them all first: most speakers end in none)
        for word in keywords:
            if kept.endswith(word) and len(kept) > len(word):
                kept = kept[: -len(word)].rstrip()
                break
    kept = kept.removesuffix("の") or kept
    kept = _without_view(kept, rules)
    kept = _without_from(kept, rules)
    kept = _without_person(kept, rules)
    kept = _without_name_cells(kept, rules)
    return _SPACES.sub("", kept), len(kept)


#: a cell of a person's name on a name card (a family or a given name)
_NAME_CELL = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]{1,4}")


def _without_name_cells(speaker: str, rules: Rules) -> str:
    """``speaker`` without the name cells after its post cell (a name card
    ``NPO法人かごしま若者就労ネット　支援員　宮原　舞`` → ``…ネット　支援員``, whatever the
    organisation's role; decision 2517); else ``speaker``."""
    if " " not in speaker.strip() and "\u3000" not in speaker.strip():
        return speaker
    cells = list(regex.finditer(r"\S+", speaker))
    posts = _post_words(rules)
    for number in range(len(cells) - 2, 0, -1):
        if not cells[number].group().endswith(posts):
            continue
        names = cells[number + 1 :]
        if len(names) <= 2 and all(
            _NAME_CELL.fullmatch(cell.group()) and not cell.group().endswith(posts)
            for cell in names
        ):
            return speaker[: cells[number].end()]
        return speaker
    return speaker


def _without_person(speaker: str, rules: Rules) -> str:
    """``speaker`` cut to the organisation before its first space (less a post closing it,
    ``[speaker_lines] posts``) when it closes with a person's initials (``quotes.toml
    [speaker_lines] initials``) and the organisation names a stakeholder (decision 2454);
    else ``speaker``."""
    pattern = _initials(rules)
    if pattern is None or pattern.search(speaker) is None:
        return speaker
    lead = speaker[: len(speaker) - len(speaker.lstrip())]
    organisation = speaker.split()[0]
    posts = _posts(rules)
    for post in posts if organisation.endswith(posts) else ():
        if organisation.endswith(post) and len(organisation) > len(post):
            organisation = organisation[: -len(post)]
            break
    return lead + organisation if role_of(organisation, rules) != "other" else speaker


@per_rules
def _posts(rules: Rules) -> tuple[str, ...]:
    table = rules.quotes_table.get("speaker_lines", {})
    return tuple(sorted(table.get("posts", ()), key=len, reverse=True))


@per_rules
def _initials(rules: Rules) -> regex.Pattern[str] | None:
    table = rules.quotes_table.get("speaker_lines", {})
    found = tuple(table.get("initials", ()))
    if not found:
        return None
    return regex.compile(r"\S\s+(?:" + "|".join(found) + r")\s*$")


def _without_from(speaker: str, rules: Rules) -> str:
    """``speaker`` without a trailing word saying whom the words come from (``石巻市より``,
    ``ハローワーク盛岡から``: ``quotes.toml [speaker_lines] suffixes``) when what is left names
    a stakeholder (decision 2373); else ``speaker``."""
    suffixes = _from_words(rules)
    if not suffixes or not speaker.endswith(suffixes):
        return speaker
    for word in suffixes:
        rest = speaker[: -len(word)].rstrip()
        if speaker.endswith(word) and rest and role_of(rest, rules) != "other":
            return rest
    return speaker


def _without_view(speaker: str, rules: Rules) -> str:
    """``speaker`` without a word for the speaker's view closing it (``調査担当者の所見`` →
    ``調査担当者``: ``quotes.toml [speaker_lines] views``, decision 2768); else ``speaker``."""
    views = _view_words(rules)
    if not views or not speaker.endswith(views):
        return speaker
    for word in views:
        rest = speaker[: -len(word)].rstrip()
        if speaker.endswith(word) and rest:
            return rest
    return speaker


@per_rules
def _view_words(rules: Rules) -> tuple[str, ...]:
    table = rules.quotes_table.get("speaker_lines", {})
    return tuple(sorted(table.get("views", ()), key=len, reverse=True))


@per_rules
def _from_words(rules: Rules) -> tuple[str, ...]:
    table = rules.quotes_table.get("speaker_lines", {})
    return tuple(sorted(table.get("suffixes", ()), key=len, reverse=True))


@frozen
class CommentSection:
    """What a comments section holds: its comments, and lines that are none (kept)."""

    comments: tuple[CommentParts, ...]
    unclassified: tuple[Item, ...]


class _Open:
    """A comment being read: its speaker and the paragraphs of its text."""

    def __init__(self, speaker: str, s_start: int, s_end: int) -> None:
        self.speaker, self.s_start, self.s_end = speaker, s_start, s_end
        self.paragraphs: list[list[tuple[str, int, int]]] = []
        self.new_paragraph = True
        #: the indent of the speaker line that opened it (None: no speaker line of its own)
        #: and the first line of its text (``jirei.commentends``, decision 1342)
        self.indent: int | None = None
        self.first: Line | None = None
        #: opened by a ``…より`` or numbered speaker line (``jirei.speakerlines``)
        self.lone = False

    def add(self, text: str, start: int, end: int) -> None:
        if self.new_paragraph or not self.paragraphs:
            self.paragraphs.append([])
            self.new_paragraph = False
        self.paragraphs[-1].append((text, start, end))

    def parts(self, rules: Rules) -> CommentParts:
        text = "\n".join(join_lines([piece[0] for piece in p]) for p in self.paragraphs)
        start = self.paragraphs[0][0][1] if self.paragraphs else self.s_end
        end = self.paragraphs[-1][-1][2] if self.paragraphs else self.s_end
        if _QUOTED.match(text):  # 「…」 under a ―speaker― line: the text inside the quotes
            text, start, end = text[1:-1].strip(), start + 1, end - 1
        return CommentParts(
            self.speaker, self.s_start, self.s_end, role_of(self.speaker, rules), text, start, end
        )


#: Whether normalisation removed something (a space) between two normalised offsets
#: ``start < end`` (the letter-spacing rule drops ``◆豊橋市　通訳が…``'s full-width space,
#: which ends the speaker); ``gap(i - 1, i + 1)`` asks about the spot right before ``i``.
Gap = Callable[[int, int], bool]


def _respaced(body: str, offset: int, gap: Gap) -> tuple[str, list[int]]:
    """``body`` with a space put back where normalisation removed one (within the reach of
    a speaker), and for each of its characters (and its end) the normalised offset it
    stands for."""
    chars: list[str] = []
    offsets: list[int] = []
    for number, char in enumerate(body):
        if 0 < number < _SPEAKER_REACH and gap(offset + number - 1, offset + number + 1):
            chars.append(" ")
            offsets.append(offset + number)
        chars.append(char)
        offsets.append(offset + number)
    offsets.append(offset + len(body))
    return "".join(chars), offsets


def _match(
    forms: Sequence[tuple[str, regex.Pattern[str]]],
    body: str,
    offset: int,
    gap: Gap | None,
    rules: Rules = DEFAULT_RULES,
) -> tuple[str, regex.Match[str], list[int] | None] | None:
    """The first form matching ``body`` (else the body with removed spaces put back), with
    the offset map of the text matched (None: ``offset + position``)."""
    which = _which_form(rules) if forms is _forms(rules) else None
    found = _first_form(forms, which, body, rules)
    if found is not None:
        return found[0], found[1], None
    # the body with the spaces normalisation removed put back: looked for only now
    reach = offset + min(len(body), _SPEAKER_REACH)
    if gap is not None and body and gap(offset, reach):
        spaced, offsets = _respaced(body, offset, gap)
        if spaced != body:
            found = _first_form(forms, which, spaced, rules)
            if found is not None:
                return found[0], found[1], offsets
    return None


def _first_form(
    forms: Sequence[tuple[str, regex.Pattern[str]]],
    which: Callable[[str], int | None] | None,
    text: str,
    rules: Rules,
) -> tuple[str, regex.Match[str]] | None:
    """The first of ``forms`` matching ``text`` with a speaker, and its match."""
    first = 0
    if which is not None:  # the first form that matches, found in one call
        found = which(text)
        if found is None:
            return None  # no form matches
        first = found
    for form, pattern in forms[first:]:
        match = pattern.match(text)
        if match is not None and clean_speaker(match.group("speaker"), rules)[0]:
            return form, match
    return None


#: the span of a marker group set by a match at 0 (see ``_which_form``)
_AT_START = (0, 0)


@per_rules
def _which_form(rules: Rules) -> Callable[[str], int | None] | None:
    """A function giving the index in ``_forms`` of the first form that matches a text at
    0, else None. The forms that can be joined (``jirei.patternjoin``) are tried in one
    call: joined, each alternative opening with an empty marker group, a match of the
    joined pattern at 0 has the marker of the first of them that matches set to (0, 0)
    and the others unset (the alternation is tried in order, as the forms are); a form
    that cannot be joined (``(?P=mark)``) is tried alone, where it stands before that one.
    None where no form can be joined."""
    forms = _forms(rules)
    patterns = [pattern.pattern for _form, pattern in forms]
    joinable = [n for n, pattern in enumerate(patterns) if join_patterns([pattern]) is not None]
    if not joinable:
        return None
    alone = [(n, forms[n][1]) for n in range(len(patterns)) if n not in set(joinable)]
    names = [f"_jirei_form{n}" for n in joinable]
    alternatives = [
        f"(?P<{name}>)(?:{patterns[n]})" for name, n in zip(names, joinable, strict=True)
    ]
    try:
        joined = regex.compile("|".join(alternatives))
    except regex.error:
        return None
    markers = [(joined.groupindex[name], n) for name, n in zip(names, joinable, strict=True)]
    match = joined.match
    needs = needs_pattern(patterns)  # what a text a form matches must hold (exact precheck)
    held = needs.search if needs is not None else None

    def which(text: str) -> int | None:
        if held is not None and held(text) is None:
            return None  # no form matches
        found = match(text)
        first = None
        if found is not None:
            regs = found.regs
            first = next(n for group, n in markers if regs[group] == _AT_START)
        for n, pattern in alone:
            if first is not None and n > first:
                break
            if pattern.match(text) is not None:
                return n
        return first

    return which


#: a list item's mark as a converter writes it (``- ``, ``* ``, ``+ ``, ``• ``, ``1. ``,
#: ``1) ``), then spaces: transparent before a comment form (decision 2651)
_LIST_MARK = regex.compile(r"^\s*(?:[-+•]|\*(?!\*)|\d{1,2}[.)](?!\d))\s+(?=\S)")


def _at(offset: int, offsets: list[int] | None, position: int) -> int:
    """The normalised offset of ``position`` in a matched text (see ``_match``)."""
    return offset + position if offsets is None else offsets[position]


def read_comment_section(
    lines: Sequence[Line],
    rules: Rules = DEFAULT_RULES,
    gap: Gap | None = None,
    named: tuple[str, int, int] | None = None,
) -> CommentSection:
    """The comments written in a comments section's ``lines``; ``gap`` tells where
    normalisation removed a space (see ``Gap``). ``named`` (a speaker and its offsets) is
    the one the section's heading names: an interview's answer naming no speaker
    (``A　text``) is that speaker's comment (decision 2878)."""
    from jirei.bounds import box_items, box_start  # a data box after the comments is none (1260)
    from jirei.speakerafter import read_speakers_after, speakers_after

    ended = contact_start(lines, rules)  # ``お問い合わせ先`` under the last comment (2520)
    if ended is not None:
        read = read_comment_section(lines[:ended], rules, gap, named)
        rest = tuple(whole_item(line) for line in lines[ended:] if not line.blank)
        return CommentSection(read.comments, (*read.unclassified, *rest))
    cut = box_start(lines, rules)
    if cut is not None:
        read = read_comment_section(lines[:cut], rules, gap, named)
        return CommentSection(read.comments, (*read.unclassified, *box_items(lines[cut:])))
    if speakers_after(lines, rules):  # 「…」 then its （speaker） line (decision 221)
        return read_speakers_after(lines, rules)
    from jirei.commentgrid import read_comment_grid

    grid = read_comment_grid(lines, rules)  # ``所属　　コメント`` over wrapped rows (1790)
    if grid is not None:
        found, kept, end = grid
        rest = read_comment_section(lines[end:], rules, gap) if end < len(lines) else None
        return CommentSection(
            (*found, *(rest.comments if rest else ())),
            (*kept, *(rest.unclassified if rest else ())),
        )
    if any("|" in line.text or "\t" in line.text for line in lines):
        # a speaker | text table (decision 811), pipes or tabs apart (decision 2510)
        from jirei.commenttable import read_comment_table

        table = read_comment_table(lines, rules)
        if table is not None:
            return table
    from jirei.speakerblock import read_speaker_block

    block = read_speaker_block(lines, rules)  # N speakers, then N texts (decision 838)
    if block is not None:
        return block
    given = {id(line) for line in lines}  # a line not among them was joined from several
    from jirei.textjoin import join_columns

    lines = join_columns(lines)  # a vertical-writing box, one column a line (1225)
    if any("「" in line.text or "『" in line.text or "“" in line.text for line in lines):
        # a wrapped quotation, its speaker after it (decision 817) or before it (decision 933)
        from jirei.quotejoin import join_wrapped_quotes

        lines = join_wrapped_quotes(lines)
    if any(")" in line.text for line in lines):
        # a text wrapped over lines, its speaker bracketed after it (decision 1225)
        from jirei.textjoin import join_wrapped_texts

        lines = join_wrapped_texts(lines, lambda text: _names_speaker_only(text, rules))
    forms = _forms(rules)
    comments: list[CommentParts] = []
    unclassified: list[Item] = []
    asked = named is not None or is_interview(lines, rules, gap)  # Q / A lines (2878)
    if named is None and asked:  # ``（回答者：上田市福祉課）`` over the questions (2882)
        found_named = interviewee(lines, rules)
        if found_named is not None:
            at, *speaker_at = found_named
            named = (str(speaker_at[0]), int(speaker_at[1]), int(speaker_at[2]))
            end = at + 1  # (a lead sentence wrapped over lines goes whole: decision 3381)
            while end < len(lines) and _lead_goes_on(lines[end], rules):
                end += 1
            unclassified.extend(whole_item(line) for line in lines[at:end])
            lines = [*lines[:at], *lines[end:]]
    current: _Open | None = None
    asked_last = False  # whether the filled line before was a question (decision 3384)
    unmarked = named is not None and unmarked_answers(lines, rules)
    closed = False  # whether the open comment was closed by its speaker after its text
    fields = False  # whether the lines are a box of fields (``施設名　…``; decision 1228)
    paired: bool | None = None  # two or more names over sentences (decision 2526), asked once
    for number, line in enumerate(lines):
        if line.blank:
            if current is not None:
                current.new_paragraph = True
            fields = False
            continue
        lead = _HASH.match(line.text)
        offset = line.start + (lead.end() if lead else 0)
        body = line.text[lead.end() if lead else 0 :].rstrip()
        if _is_question(body.lstrip(), rules) or question_gap(body, offset, gap, rules):
            # an interview's Q (``問施設を…``: its space removed by normalisation, 1784)
            if current is not None:
                comments.append(current.parts(rules))
                current = None
            text = body.strip()
            start = offset + len(body) - len(body.lstrip())
            unclassified.append(Item(text, start, start + len(text)))
            asked_last = True
            continue
        answer = bare_answer(body, rules, gap, offset) if named is not None else None
        if answer is None and asked_last and unmarked and named is not None:
            answer = len(body) - len(body.lstrip())  # an answer with no mark under its question
        asked_last = False
        if answer is not None and named is not None:
            # ``A　text`` under ``■担当者に聞く（speaker）`` (decision 2878)
            if current is not None:
                comments.append(current.parts(rules))
            current = _Open(*named)
            closed = False
            text = body[answer:].strip()
            t_start = offset + answer + len(body[answer:]) - len(body[answer:].lstrip())
            current.add(text, t_start, t_start + len(text))
            continue
        if any(n.match(body.lstrip()) for n in _note_forms(rules)):  # 件名：… (1222)
            text = body.strip()
            start = offset + len(body) - len(body.lstrip())
            unclassified.append(Item(text, start, start + len(text)))
            continue
        if (
            current is not None
            and is_page_break(line.text)
            and current.paragraphs
            and current.paragraphs[-1][-1][0].endswith(_CLOSED)
            and ends_at_page(lines, number)
        ):  # a page break after the text, the next page's running head or caption (1787)
            comments.append(current.parts(rules))
            current = None
        found = (  # a ``…より`` or numbered speaker line (1900); the next line only if so
            _lone_speaker(body, offset, _next_filled(lines, number), rules)
            if may_be_lone_speaker(body, rules)
            else None
        )
        if found is None:  # (``―答―（speaker）　…``: the turn word read bare, decision 3371)
            found = _match(forms, unwrap_turn(body, rules), offset, gap, rules)
        if found is None:  # ``- **市**：text``: a converter's list mark before a form (2651)
            listed = _LIST_MARK.match(body)
            if listed is not None:
                found = _match(forms, body[listed.end() :], offset + listed.end(), gap, rules)
                if found is not None:
                    offset, body = offset + listed.end(), body[listed.end() :]
        if found is None:  # an unmarked speaker line over its text (decision 302)
            following = _next_filled(lines, number)
            # (the spaces between a name card's cells put back, decision 2517)
            spaced, where = _respaced(body, offset, gap) if gap is not None else (body, None)
            if paired is None:
                paired = _names_over_sentences(lines, rules) >= _FEWEST_PAIRED
            bare = _bare_speaker(
                spaced, following, rules, paired, paired and _said_below(lines, number, rules)
            )
            if bare is not None:
                shift = len(spaced) - len(spaced.lstrip())
                found = (
                    "speaker",
                    bare,
                    where[shift:] if where is not None
                    else [offset + shift + i for i in range(len(body) - shift + 1)],
                )
        if found is None and lead is not None:  # ``## ハローワーク郡山`` (decision 1925)
            heading = heading_speaker(line.text, rules)
            if heading is not None:
                found = ("speaker", heading, None)
                offset = line.start
        if found is None and _names_quoted_speaker(body, _following(lines, number), rules):
            # ``草津市 子ども家庭課`` over ``「…」``: a line naming only the speaker
            if current is not None:
                comments.append(current.parts(rules))
            start = offset + len(body) - len(body.lstrip())
            current = _Open(_SPACES.sub("", body), start, offset + len(body))
            current.indent = indent_of(line)
            continue
        if found is not None and _fields_box(found, fields, lines, number, gap, rules):
            # a box of fields (``＜ＤＡＴＡ＞`` over ``施設名　…``) is no comment (1228)
            fields = True
            if current is not None:
                comments.append(current.parts(rules))
                current = None
            text = body.strip()
            start = offset + len(body) - len(body.lstrip())
            unclassified.append(Item(text, start, start + len(text)))
            continue
        if (
            found is not None
            and found[0] in _INLINE
            and is_column_header(found[1].group("speaker"), found[1].group("text"), rules)
        ):  # ``所属　　コメント``: a grid's header row, no comment (decision 1782)
            text = body.strip()
            start = offset + len(body) - len(body.lstrip())
            unclassified.append(Item(text, start, start + len(text)))
            continue
        if found is not None:
            form, match, offsets = found

            speaker, kept = clean_speaker(match.group("speaker"), rules)
            if current is not None:
                comments.append(current.parts(rules))
            s_start = _at(offset, offsets, match.start("speaker"))
            s_end = _at(offset, offsets, match.start("speaker") + kept)
            current = _Open(speaker, s_start, s_end)
            closed = False
            if form == "speaker":
                current.indent = indent_of(line)
                current.lone = match.re is _lone_pattern(rules)  # (decision 1901)
            if form in _INLINE:
                # ``「…」（speaker）``: the speaker after the text closes the comment (1229)
                closed = match.start("speaker") > match.start("text")
                t_start = _at(offset, offsets, match.start("text"))
                t_end = _at(offset, offsets, match.end("text"))
                raw = line.text[t_start - line.start : t_end - line.start]
                text = raw.strip()
                t_start += len(raw) - len(raw.lstrip())
                t_end = t_start + len(text)
                if id(line) not in given:  # wrapped lines: joined as a reader joins them
                    text = join_lines(_SPACES.split(text))
                marked = bare_answer(text, rules) if asked else None
                if marked is not None:  # ``A．text（speaker）``: no answer mark (2882)
                    t_start += len(text) - len(text[marked:])
                    text = text[marked:]
                current.add(text, t_start, t_end)
        else:
            text = body.strip()
            start = offset + (len(body) - len(body.lstrip()))
            if current is not None and closed:  # a line after a closed comment: none of it
                comments.append(current.parts(rules))
                current = None
            if current is not None and text.startswith(">"):  # a markdown blockquote (705)
                quoted = text[1:].lstrip()
                start, text = start + len(text) - len(quoted), quoted
            if (
                current is not None
                and current.new_paragraph
                and current.paragraphs
                and not _paragraph_said(lines, number, current.lone)
            ):  # a page's footer or next breadcrumb after a comment (decisions 1901, 1905)
                comments.append(current.parts(rules))
                current = None
            if current is not None and is_footnote(text, rules):  # ``※…`` (decision 1342)
                comments.append(current.parts(rules))
                current = None
            if (
                current is not None
                and current.new_paragraph
                and closed_before(
                    current.indent,
                    current.first,
                    [piece[0] for para in current.paragraphs for piece in para],
                    line,
                )
            ):  # the text under a speaker line ended (decision 1342)
                comments.append(current.parts(rules))
                current = None
            if current is not None:
                if current.first is None:
                    current.first = line
                current.add(text, start, start + len(text))
            else:
                unclassified.append(Item(text, start, start + len(text)))
    if current is not None:
        comments.append(current.parts(rules))
    return CommentSection(tuple(comments), tuple(unclassified))


def whole_item(line: Line) -> Item:
    """A line's stripped text as an item, at its own offsets."""
    text = line.text.strip()
    start = line.start + len(line.text) - len(line.text.lstrip())
    return Item(text, start, start + len(text))


def _lone_speaker(
    body: str, offset: int, following: Line | None, rules: Rules
) -> tuple[str, regex.Match[str], list[int] | None] | None:
    """A ``…より`` or numbered speaker line over its text (``jirei.speakerlines``, 1900)."""
    from jirei.speakerlines import lone_speaker

    match = lone_speaker(body, following, rules)
    return ("speaker", match, None) if match is not None else None


def _lone_pattern(rules: Rules) -> regex.Pattern[str]:
    from jirei.speakerlines import lone_pattern

    return lone_pattern(rules)


def _paragraph_said(lines: Sequence[Line], number: int, lone: bool) -> bool:
    """Whether the paragraph opening at ``lines[number]`` can go on a comment's text."""
    from jirei.speakerlines import paragraph_said

    return paragraph_said(lines, number, lone)


def _fields_box(
    found: tuple[str, regex.Match[str], list[int] | None],
    fields: bool,
    lines: Sequence[Line],
    number: int,
    gap: Gap | None,
    rules: Rules,
) -> bool:
    """Whether a line read by a comment form is a field of a box (decision 1228): its
    speaker a field label (``rules.field_labels``: ``施設名　…``), or of role ``other`` in a
    box of fields or over its first field line (the box's caption ``＜ＤＡＴＡ＞``)."""
    speaker = clean_speaker(found[1].group("speaker"), rules)[0]
    if role_of(speaker, rules) != "other":  # (``ハローワーク``, a field label too, speaks)
        return False
    if fields or speaker in rules.field_labels:
        return True
    if found[0] != "speaker":
        return False
    below = next((n for n in lines[number + 1 :] if not n.blank), None)
    if below is None:
        return False
    body = _HASH.sub("", below.text, count=1).rstrip()
    under = _match(_forms(rules), body, below.start, gap, rules)
    return under is not None and clean_speaker(under[1].group("speaker"), rules)[0] in (
        rules.field_labels
    )


_NO_SPEAKER = regex.compile(r"[。、「」『』:]")


def _names_speaker_only(text: str, rules: Rules) -> bool:
    """Whether a line names only a speaker: a ``speaker`` form, or an organisation alone
    (a ``bare`` form whose speaker has a role); no text of a comment starts there."""
    return speaker_line(text, rules) is not None or _partner_alone(text.strip(), rules)


def _partner_alone(body: str, rules: Rules) -> bool:
    """Whether ``body`` is a ``bare`` form whose speaker has a role (not ``other``)."""
    for pattern in _bare_forms(rules):
        match = pattern.fullmatch(body)
        if match is not None and role_of(clean_speaker(match["speaker"], rules)[0], rules) != (
            "other"
        ):
            return True
    return False


def _following(lines: Sequence[Line], number: int) -> str | None:
    """The text of the first non-blank line after ``lines[number]``, else None."""
    line = _next_filled(lines, number)
    return line.text.strip() if line is not None else None


def _next_filled(lines: Sequence[Line], number: int) -> Line | None:
    """The first non-blank line after ``lines[number]``, else None (no slice of the rest:
    asked of every line of a section)."""
    for index in range(number + 1, len(lines)):
        line = lines[index]
        if not line.blank:
            return line
    return None


def _names_quoted_speaker(body: str, following: str | None, rules: Rules) -> bool:
    """Whether a line of no comment form names only the speaker of the quotation under
    it: a short line, no sentence, no quote or colon, over a line opening with ``「``
    (a slide's comments: ``ハローワーク宇治`` over ``「…」``, the quote maybe wrapped)."""
    text = body.strip()
    return (
        following is not None
        and following.startswith(_OPENING)
        and 0 < len(text) <= 30
        and _NO_SPEAKER.search(text) is None
        and bool(clean_speaker(text, rules)[0])
    )


def bare_speaker_split(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> int | None:
    """Where a comment heading's body (``守山市の声`` over ``「…」``) goes on with another
    speaker: the index of the first bare speaker line over a quotation that follows a
    closed quotation (see ``_names_quoted_speaker``), else None."""
    previous = ""
    for number, line in enumerate(lines):
        if line.blank:
            continue
        body = line.text.strip()
        following = _following(lines, number)
        if previous.endswith("」") and _names_quoted_speaker(body, following, rules):
            return number
        previous = body
    return None


__all__ = [
    "CommentSection",
    "bare_speaker_split",
    "clean_speaker",
    "is_comment_line",
    "names_each_speaker",
    "opens_quoted_comment",
    "opens_talk",
    "read_comment_section",
    "speaker_line",
    "talk_start",
]
