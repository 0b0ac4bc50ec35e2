"""Comment headings that name no one speaker, comments grids' header rows and interview
answers (decisions 1780–1784, branch comments7).

A heading in a comment heading's shape whose speaker is a collective word —
``■関係者コメント``, ``●連携機関より``, ``エ　関係者の声`` (a heading number, the letter-spacing
space gone: ``エ関係者の声``), ``（４）担当者コメント`` — heads the voices of several
speakers: it is a comments section heading, not one speaker's comment. The comments under it
are read by the comment forms (``○org：text``, ``◎org`` over its text, a ``所属 / コメント``
grid …).

A grid's header row (``所属　　　コメント``) is no comment heading and no comment (1782).
An interview's answer ``答（札幌市北区保護課）　…`` opens a comments block wherever it
stands (1783); its question ``問　…`` is none, also when normalisation removed the space after
``問`` (1784).

The words are data (``rules/quotes.toml``: ``[collective]`` speakers and heading numbers,
``[interview]`` answer and question words; ``rules/comments.toml [comment_columns]``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules

_SPACES = regex.compile(r"\s+")


@per_rules
def _collective(rules: Rules) -> regex.Pattern[str] | None:
    """A speaker that is a collective word, maybe after a heading number, else None."""
    table = rules.quotes_table.get("collective", {})
    words = sorted(table.get("speakers", ()), key=len, reverse=True)
    if not words:
        return None
    numbers = "|".join(f"(?:{n})" for n in table.get("numbers", ())) or "(?!)"
    alternatives = "|".join(regex.escape(w) for w in words)
    return regex.compile(rf"(?:{numbers})?(?:{alternatives})(?:の)?")


def is_collective(speaker: str | None, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a comment heading's speaker (``関係者``, ``エ関係者``, ``連携機関``) is a
    collective word naming no one speaker."""
    if not speaker:
        return False
    pattern = _collective(rules)
    return pattern is not None and pattern.fullmatch(_SPACES.sub("", speaker)) is not None


def is_column_header(speaker: str | None, text: str | None, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line read as ``speaker … text`` is the header row of a comments grid
    (``所属　　　コメント``, ``発言者　　コメント内容``; decision 1782): its cells are the words of
    ``rules.comment_columns`` naming the speaker column and the text column."""
    if not speaker or not text:
        return False
    columns = rules.comment_columns
    return columns.get(_SPACES.sub("", speaker)) in ("speaker", "title") and columns.get(
        _SPACES.sub("", text)
    ) == "text"


def _answer_alternatives(rules: Rules) -> str | None:
    """The answer words of ``quotes.toml`` ``[interview]`` as a pattern's alternatives,
    longest first; None without answer words."""
    answers = rules.quotes_table.get("interview", {}).get("answers", ())
    words = sorted(answers, key=len, reverse=True)
    return "|".join(regex.escape(w) for w in words) if words else None


@per_rules
def _answer(rules: Rules) -> regex.Pattern[str] | None:
    """An interview's answer ``答（speaker）　text``, or ``Ａ（speaker）`` alone on its line
    over the answer's text (decision 2511), else None (no answer words)."""
    alternatives = _answer_alternatives(rules)
    if alternatives is None:
        return None
    return regex.compile(
        rf"^\s*(?:{alternatives})\d{{0,2}}\s*[.:]?\s*\((?P<speaker>[^()「」]{{2,40}})\)\s*:?\s*(?:\S|$)"
    )


@per_rules
def _answer_words(rules: Rules) -> tuple[str, ...]:
    """The answer words (``答``, ``回答``, ``A``): what an answer line opens with."""
    return tuple(rules.quotes_table.get("interview", {}).get("answers", ())) or ("\0",)


def answer_speaker(text: str, rules: Rules = DEFAULT_RULES) -> str | None:
    """The speaker of an interview's answer line (``答（札幌市北区保護課）　以前は…``,
    ``Ａ（ハローワーク旭川）…``; decision 1783; ``―答―（…）``, decision 3371), else None."""
    text = unwrap_turn(text, rules)
    if ")" not in text or not text.lstrip().startswith(_answer_words(rules)):
        return None
    pattern = _answer(rules)
    match = pattern.match(text) if pattern is not None else None
    return _SPACES.sub("", match["speaker"]) if match is not None else None


@per_rules
def _bare_answer(rules: Rules) -> regex.Pattern[str] | None:
    """An interview's answer written with no speaker of its own (``A　text``, ``A1. text``,
    ``答：text``): group ``text``; None without answer words."""
    alternatives = _answer_alternatives(rules)
    if alternatives is None:
        return None
    return regex.compile(
        rf"^\s*(?:{alternatives})\d{{0,2}}(?:\s*[.:]\s*|\s+)(?P<text>[^\s(].*)$"
    )


def bare_answer(
    text: str,
    rules: Rules = DEFAULT_RULES,
    gap: Callable[[int, int], bool] | None = None,
    offset: int = 0,
) -> int | None:
    """Where the text of an interview's answer line naming no speaker starts in ``text``
    (``A　市役所の中に…``; ``答　…`` read ``答…`` once normalisation removed the space, asked of
    ``gap`` as ``question_gap`` asks, the line at normalised ``offset``), else None. Its
    speaker is the one the interview's heading names (``■担当者に聞く（越前市社会福祉課）``;
    decision 2878)."""
    text = unwrap_turn(text, rules)  # ``―答―　…`` (decision 3371)
    body = text.lstrip()
    words = _answer_words(rules)
    if not body.startswith(words):
        return None
    pattern = _bare_answer(rules)
    match = pattern.match(text) if pattern is not None else None
    if match is not None:
        return match.start("text")
    if gap is None:
        return None
    lead = len(text) - len(body)
    for word in sorted(words, key=len, reverse=True):
        at = lead + len(word)
        if body.startswith(word) and len(text) > at + 1 and text[at] not in "(.:":
            return at if gap(offset + at - 1, offset + at + 1) else None
    return None


@per_rules
def _wrapped_turn(rules: Rules) -> regex.Pattern[str] | None:
    """A turn word between marks opening a line (``―問―``, ``【答】``, ``（Q）``; decision
    3371): groups ``lead`` (the indent) and ``word``; None without marks or words."""
    table = rules.quotes_table.get("interview", {})
    words = sorted((*table.get("answers", ()), *table.get("questions", ())), key=len, reverse=True)
    opens = sorted(table.get("turn_opens", ()), key=len, reverse=True)
    closes = sorted(table.get("turn_closes", ()), key=len, reverse=True)
    if not words or not opens or not closes:
        return None

    def alternatives(items: Sequence[str]) -> str:
        return "|".join(regex.escape(item) for item in items)

    return regex.compile(
        rf"^(?P<lead>\s*)(?:{alternatives(opens)})\s*(?P<word>{alternatives(words)})\d{{0,2}}\s*"
        rf"(?:{alternatives(closes)})"
    )


@per_rules
def _turn_marks(rules: Rules) -> str:
    """The first characters of the marks that may open a wrapped turn word (a precheck)."""
    table = rules.quotes_table.get("interview", {})
    return "".join({mark[0] for mark in table.get("turn_opens", ()) if mark})


def unwrap_turn(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with a turn word between marks opening it written bare, padded with spaces to
    the same length (``―問―　施設は…`` → ``問　　　施設は…``; decision 3371): offsets into the line
    stay what they were. Other lines are returned unchanged."""
    body = text.lstrip()
    marks = _turn_marks(rules)
    if not body or not marks or body[0] not in marks:
        return text
    pattern = _wrapped_turn(rules)
    match = pattern.match(text) if pattern is not None else None
    if match is None:
        return text
    head = match["lead"] + match["word"]
    return head + " " * (match.end() - len(head)) + text[match.end() :]


def is_interview(
    lines: Sequence[Line],
    rules: Rules = DEFAULT_RULES,
    gap: Callable[[int, int], bool] | None = None,
) -> bool:
    """Whether ``lines`` hold an interview whose answers name no speaker: a question line
    (``Q　…``, ``問　…``) and an answer line of ``bare_answer``."""
    words = _question_words(rules)
    if not words:
        return False
    asked = answered = False
    for line in lines:
        text = unwrap_turn(line.text, rules).lstrip()
        if not asked and text.startswith(words):
            at = line.start + len(line.text) - len(text)
            asked = any(q.match(text) for q in _question_forms(rules)) or question_gap(
                text, at, gap, rules
            )
        if not answered:
            at = line.start + len(line.text) - len(text)
            answered = bare_answer(text, rules, gap, at) is not None
        if asked and answered:
            return True
    return unmarked_answers(lines, rules)


def unmarked_answers(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether an interview gives its answers with no answer word (decision 3384): no line
    is a marked answer, every question line (``――開設の経緯は。``, ``Q　…``) has a filled line
    right under it that is no question, and there are two questions or more."""
    firsts = {w[:1] for w in _question_words(rules)} | set("―—─") | set(_turn_marks(rules))
    if not any(  # cheap precheck: a line opening with a question word or a dash
        line.text.lstrip()[:1] in firsts for line in lines
    ):
        return False
    filled = [line for line in lines if not line.blank]
    if any(  # (answers with their mark, ``A　…`` / ``A（speaker）``, are read as such)
        bare_answer(line.text, rules) is not None or answer_speaker(line.text, rules) is not None
        for line in filled
    ):
        return False
    asked = [n for n, line in enumerate(filled) if is_question_line(line.text, rules)]
    return len(asked) >= 2 and all(
        n + 1 < len(filled) and not is_question_line(filled[n + 1].text, rules) for n in asked
    )


def is_question_line(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line is an interviewer's question by the question forms (its turn word
    maybe between marks)."""
    body = unwrap_turn(text, rules).strip()
    if not body.startswith((*_question_words(rules), *_INTERVIEWER_DASHES)):
        return False  # (a meeting's chair, ``会長　…``, is no interviewer)
    return any(q.match(body) for q in _question_forms(rules))


#: an interviewer's question after a double dash (``――開設の経緯は。``)
_INTERVIEWER_DASHES = ("――", "——", "──")


@per_rules
def _interviewee(rules: Rules) -> regex.Pattern[str] | None:
    """A line naming whom an interview asks (``（回答者：上田市福祉課）``): group ``speaker``."""
    words = sorted(rules.quotes_table.get("interview", {}).get("interviewees", ()), key=len)
    if not words:
        return None
    alternatives = "|".join(regex.escape(w) for w in reversed(words))
    return regex.compile(
        rf"^\s*(?P<open>[(【<〈《])?\s*(?:{alternatives})\s*:\s*"
        r"(?P<speaker>[^()【】<>〈〉《》:「」。]{2,40}?)\s*(?(open)[)】>〉》])\s*$"
    )


def interviewee(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> tuple[int, str, int, int] | None:
    """The line before an interview's first question that names whom it asks, a stakeholder
    (``（回答者：上田市福祉課）``; decision 2882): its index among ``lines``, the speaker (spaces
    removed) and its offsets; else None."""
    pattern = _interviewee(rules)
    words = _question_words(rules)
    if pattern is None or not words:
        return None
    from jirei.comments import role_of

    for number, line in enumerate(lines):
        text = unwrap_turn(line.text, rules).lstrip()
        if text.startswith(words) and any(q.match(text) for q in _question_forms(rules)):
            return None  # the first question: no interviewee line before it
        match = pattern.match(line.text)
        if match is None:
            led = lead_interviewee(line, rules)  # ``…課長に、…話を聞いた。`` (3372)
            if led is None and number + 1 < len(lines):  # wrapped over two lines (3381)
                led = _wrapped_lead(line, lines[number + 1], rules)
            if led is not None:
                return number, *led
            continue
        speaker = _SPACES.sub("", match["speaker"])
        if role_of(speaker, rules) == "other":
            return None
        return number, speaker, line.start + match.start("speaker"), line.start + match.end(
            "speaker"
        )
    return None


@per_rules
def _lead_verbs(rules: Rules) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The verbs closing an interview's lead sentence and the endings of its speaker."""
    table = rules.quotes_table.get("interview", {})
    return tuple(table.get("lead_verbs", ())), tuple(table.get("lead_speaker_ends", ()))


_LEAD_SPLIT = regex.compile(r"(?<=[^\s、。「」()])(?:に|と|へ)(?=[、,]?\S)")
_LEAD_SPEAKER = regex.compile(r"[^\s、。,「」『』()<>【】〈〉《》:]{2,40}")
_LEAD_MARKS = "―—-■□◆◇●○◎▼▽<>〈〉《》【】[]"


def lead_interviewee(line: Line, rules: Rules = DEFAULT_RULES) -> tuple[str, int, int] | None:
    """The stakeholder an interview's lead sentence names as the one asked
    (``仙台市青葉区保護課長に、施設開設後の変化について話を聞いた。``, ``―岩手労働局の担当者に
    聞く―``, ``〈インタビュー〉沖縄市福祉部保護課長に聞きました``; decision 3372): the speaker and
    its offsets, else None."""
    verbs, ends = _lead_verbs(rules)
    text = line.text.strip().rstrip("。").strip(_LEAD_MARKS).strip()
    if not verbs or not ends or not text.endswith(verbs) or "?" in text:
        return None
    from jirei.comments import role_of

    lead = line.text.find(text)
    head = regex.match(r"[<〈《【\[][^<>〈〉《》【】\[\]]{1,12}[>〉》】\]]\s*", text)
    skip = head.end() if head is not None else 0  # ``〈インタビュー〉`` before the name
    for split in _LEAD_SPLIT.finditer(text, skip):
        speaker = text[skip : split.start()]
        if not _LEAD_SPEAKER.fullmatch(speaker):
            return None  # (a clause before the first particle: no name)
        if speaker.endswith(ends) and role_of(speaker, rules) != "other":
            start = line.start + lead + skip
            return speaker, start, start + len(speaker)
    return None


def _wrapped_lead(
    line: Line, following: Line, rules: Rules
) -> tuple[str, int, int] | None:
    """``lead_interviewee`` of a lead sentence a hard wrap cut after ``line``
    (``…課長に、…話を聞`` / ``いた。``; decision 3381): the speaker when it lies on ``line``."""
    if following.blank or line.text.rstrip().endswith(("。", "?")):
        return None
    joined = Line(line.text.rstrip() + following.text.strip(), line.start)
    led = lead_interviewee(joined, rules)
    return led if led is not None and led[2] <= line.start + len(line.text.rstrip()) else None


@per_rules
def _question_forms(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    """The comment forms of an interviewer's question (``Q　…``, ``問　…``)."""
    return tuple(regex.compile(p) for form, p in rules.comment_forms if form == "question")


@per_rules
def _question_words(rules: Rules) -> tuple[str, ...]:
    """The interviewer's question words (``問``, ``質問``, ``Q``)."""
    return tuple(rules.quotes_table.get("interview", {}).get("questions", ()))


def question_gap(
    text: str, offset: int, gap: Callable[[int, int], bool] | None, rules: Rules = DEFAULT_RULES
) -> bool:
    """Whether a line opens with an interviewer's question word whose space normalisation
    removed (``問　施設を…`` read as ``問施設を…``; decision 1784): the line at normalised
    ``offset``, ``gap(start, end)`` telling where a space was removed."""
    words = _question_words(rules)
    if gap is None or not words:
        return False
    text = unwrap_turn(text, rules)
    body = text.lstrip()
    if not body.startswith(words):
        return False
    lead = offset + len(text) - len(body)
    for word in words:
        if body.startswith(word) and len(body) > len(word) + 1:
            at = lead + len(word)
            if gap(at - 1, at + 1):
                return True
    return False


def question_start(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> int:
    """Where the question over an answer starts among the lines before it (decision 1783):
    the index of the last non-blank line when it opens with a question word (``問``,
    ``Q``, ``質問``), else ``len(lines)`` (no question to move with the answer)."""
    words = _question_words(rules)
    for number in range(len(lines) - 1, -1, -1):
        text = lines[number].text.strip()
        if not text:
            continue
        return number if words and text.startswith(words) else len(lines)
    return len(lines)


__all__ = [
    "answer_speaker",
    "bare_answer",
    "interviewee",
    "is_collective",
    "is_column_header",
    "is_interview",
    "is_question_line",
    "lead_interviewee",
    "question_gap",
    "question_start",
    "unmarked_answers",
    "unwrap_turn",
]
