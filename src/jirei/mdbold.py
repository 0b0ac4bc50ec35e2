"""Lines a PDF-to-Markdown converter wrote in bold (``**【取組内容】**``,
``**【新潟県長岡市】【新潟労働局・ハローワーク長岡】**``, ``## **見出し**``) read as the
heading, header or comment heading they were in the PDF: the marks of such a line are
blanked, so every kept character still points at its own original character (decision 1920).

- A whole line in bold is unmarked when, read without its marks, it is a section or comment
  heading, a case header, a case label, a bracketed line (``**【上越市 福祉課】**``, a speaker
  the bracketed-speaker reader knows) or a facility line (a name and its listed bracketed
  kind, maybe its start date after it), or when it stands behind markdown ``#`` marks (the
  marks are blanked too: ``#`` left before the spaces would part them from the text like table
  cells) — unless it names a stakeholder: ``## **ハローワーク秋田**`` loses its ``#`` marks only
  and is read as a bold speaker line.
- A bold catch-phrase (no bracket, slash, colon or closing ``。``) standing where a case's
  headline does — under the case's header, facility or start-date line and over a heading,
  right over a case header, or right under a case label alone and over a table (``## 事例1``
  / ``**…**`` / a facts grid, decision 2074) — is unmarked too: it is the headline.
- Any other bold line (``**沼津市生活福祉課**``, a bold speaker, decision 705) keeps its marks:
  the readers of bold lines read it.
- A bold piece opening a line and followed by more text (``**name（kind）** 2016年10月3日事業
  開始``) has its marks blanked and the text after it put on a line of its own (the gap's last
  character becomes the newline) when the piece is a facility line, a case header or a section
  heading (a comment heading keeps its text on its line for the inline forms); a bold
  field label closed by its colon inside the marks (``**自治体：** 愛媛県松山市``, a vision
  model's) has its marks blanked and stays on its line. A bold facility name whose bracketed
  kind (and start date) the text after it writes (``**name**（kind）date事業開始``) has its marks
  deleted (``jirei.mdgaps``): the line reads as the facility line it is (decision 2938).

Bold written with underscores (``__…__``, mammoth's Markdown of a Word file) or with italics
(``***…***``) is read the same way. A whole line in italics (``*写真：相談窓口の様子*``, ``_…_``)
is always read without its marks: no reader needs them, and a line opening with ``*`` would be
read as a list item (decision 1932). The length of the text never changes.
"""

from __future__ import annotations

import unicodedata

import regex

from jirei.rules import DEFAULT_RULES, Rules

#: a whole line in bold, maybe behind markdown ``#`` marks
_WHOLE = regex.compile(
    r"^(?P<lead>\s*(?:#{1,6}\s*)?)(?P<mark>\*{1,3}|_{1,3})(?=[^\s*_])(?P<inner>[^*_\n]+?)"
    r"(?<=[^\s*_])(?P=mark)\s*$"
)
#: a bold (or italic: ``*name*（kind）``, decision 2938) piece opening a line, more text after it
_OPENING = regex.compile(
    r"^(?P<lead>\s*(?:#{1,6}\s*)?)(?P<mark>\*{1,3}|_{1,3})(?=[^\s*_])(?P<inner>[^*_\n]+?)(?P=mark)"
    r"(?P<gap>[ \t\u3000]*)(?P<rest>[^\s].*)$"
)
#: a name closed by its bracketed kind (``ながおかワークプラザ（一体的実施施設）``), maybe its
#: start date after it (NFKC text)
_KIND = regex.compile(r"^[^()]{2,40}\((?P<kind>[^()]{2,20})\)(?P<rest>.{0,30})$")
#: what a bold facts line holds and a catch-phrase does not: a bracket, a slash, a colon
_FACT_MARKS = regex.compile(r"[()（）/／:：|｜]")
#: one name alone (no sentence mark, bracket or colon): what a bold speaker line holds
_NAME = regex.compile(r"[^。、,.:「」『』()<>【】|]{2,30}")


def _opening(match: regex.Match[str]) -> str:
    """The line's lead (``#`` marks included) and opening marks, blanked."""
    return " " * (len(match["lead"]) + len(match["mark"]))


def _blank_marks(line: str, match: regex.Match[str]) -> str:
    start, end = match.span("inner")
    width = len(match["mark"])
    return _opening(match) + line[start:end] + " " * width + line[end + width :]


def _split_after(line: str, match: regex.Match[str]) -> str:
    """``line`` with the bold marks blanked and the text after the bold piece moved to a line
    of its own (the last character of the closing marks and gap becomes the newline)."""
    start, end = match.span("inner")
    rest = match.start("rest")
    return _opening(match) + line[start:end] + " " * (rest - end - 1) + "\n" + line[rest:]


def _facility(text: str, rules: Rules) -> bool:
    """Whether ``text`` is a facility name with its listed bracketed kind, alone or followed
    by its start date (``…（一体的実施施設） 平成28年4月1日開設``)."""
    match = _KIND.match(text)
    if match is None:
        return False
    kind = match["kind"]
    if not (kind in rules.facility_types or kind.endswith(rules.facility_type_suffixes)):
        return False
    rest = match["rest"].strip()
    return not rest or (
        any(char.isdigit() for char in rest) and rest.endswith(tuple(rules.start_markers))
    )


def _kind(text: str, rules: Rules) -> object:
    from jirei.sections import classifier

    return classifier(rules).kind_of(text)[0]


def _structural(inner: str, rules: Rules) -> bool:
    """Whether ``inner`` (a bold line's text) is a heading, header, facility line or
    bracketed line."""
    from jirei.sections import Kind

    text = unicodedata.normalize("NFKC", inner).strip()
    if text.startswith("【") or _facility(text, rules):
        return True
    return _kind(text, rules) in (Kind.SECTION, Kind.COMMENT, Kind.HEADER, Kind.HEADING)


def _catch_phrase(inner: str) -> bool:
    """Whether a bold line's text may be a headline: no bracket, slash or colon (a bold facts
    line, ``**name（kind）／date開設**``, is read by the facts readers, decision 507)."""
    return _FACT_MARKS.search(inner) is None and not inner.rstrip().endswith("。")


def _filled(lines: list[str], indices: range) -> str | None:
    """The first filled line of ``lines`` at ``indices`` (NFKC), its bold marks and ``#``
    aside."""
    for k in indices:
        if lines[k].strip():
            whole = _WHOLE.match(lines[k])
            opening = _OPENING.match(lines[k]) if whole is None else None
            if whole is not None:
                text = whole["inner"]
            elif opening is not None:  # a bold piece and the text after it
                text = opening["inner"] + " " + opening["rest"]
            else:
                text = lines[k].lstrip("# \t")
            return unicodedata.normalize("NFKC", text).strip()
    return None


def _header_like(text: str | None, rules: Rules) -> bool:
    """Whether ``text`` is a case header, a facility line or a start-date line."""
    from jirei.sections import Kind

    if not text:
        return False
    if _facility(text, rules) or _kind(text, rules) is Kind.HEADER:
        return True
    return (
        len(text) <= 40
        and any(char.isdigit() for char in text)
        and text.endswith(tuple(rules.start_markers))
    )


def _opens_case(lines: list[str], n: int, rules: Rules) -> bool:
    """Whether ``lines[n]`` stands where a case's headline does: right under the case's
    header lines (a header, facility or start-date line above it) and over a heading, or
    right over a case header."""
    from jirei.sections import Kind

    below = _filled(lines, range(n + 1, len(lines)))
    if below is None or below.endswith("。"):
        return False
    above = _filled(lines, range(n - 1, -1, -1))
    if below.startswith("|") and above and _bare_label(above, rules):
        return True  # ``## 事例1`` / ``**headline**`` / a facts table (decision 2074)
    if not _structural(below, rules):
        return False
    return _header_like(above, rules) or _kind(below, rules) is Kind.HEADER


def _bare_label(text: str, rules: Rules) -> bool:
    """Whether ``text`` is a case label alone (``事例1``)."""
    from jirei.caselabel import label_length

    return label_length(text, rules) == len(text)


def _names_speaker(inner: str, rules: Rules) -> bool:
    """Whether a bold line's text is one stakeholder's name (``沼津市生活福祉課``,
    ``ハローワーク沼津``, ``下関市こども家庭支援課：``): a bold speaker line, kept for the comment
    readers (decision 705)."""
    from jirei.commentforms import clean_speaker
    from jirei.comments import role_of

    text = unicodedata.normalize("NFKC", inner).strip().rstrip(":").strip()
    if _NAME.fullmatch(text) is None:
        return False
    speaker = clean_speaker(text.replace(" ", ""), rules)[0]
    return bool(speaker) and role_of(speaker, rules) != "other"


def _rewrite(lines: list[str], n: int, rules: Rules) -> str | None:
    """``lines[n]`` rewritten, or None when it stays as written."""
    line = lines[n]
    whole = _WHOLE.match(line)
    if whole is not None:
        inner = whole["inner"]
        if len(whole["mark"]) == 1:  # ``*写真：…*``: italic, no bullet (no reader needs it)
            return _blank_marks(line, whole)
        if _structural(inner, rules):
            return _blank_marks(line, whole)
        if whole["lead"].strip():
            if _names_speaker(inner, rules):  # ``## **ハローワーク秋田**``: a bold speaker
                return " " * len(whole["lead"]) + line[len(whole["lead"]) :]
            return _blank_marks(line, whole)
        if (
            _catch_phrase(inner)
            and _opens_case(lines, n, rules)
            and not _names_speaker(inner, rules)
        ):  # ``**catch-phrase**`` under the header lines: the headline
            return _blank_marks(line, whole)
        return None
    opening = _OPENING.match(line)
    if opening is None:
        return None
    if opening["inner"].rstrip().endswith((":", "：")):  # ``**自治体：** 松山市``: a label
        return _blank_marks(line, opening)
    if _names_facility(opening["inner"], opening["rest"], rules):
        return _delete_marks(line, opening)  # ``**name**（kind）date事業開始`` (2938)
    if _opens_lines(opening["inner"], rules):
        head, rest = _split_after(line, opening).rsplit("\n", 1)
        again = _rewrite([*lines[:n], rest, *lines[n + 1 :]], n, rules)  # ``** **name（kind）**``
        return head + "\n" + (rest if again is None else again)
    return None


def _names_facility(inner: str, rest: str, rules: Rules) -> bool:
    """Whether a bold piece is a facility's name whose bracketed kind (and start date) the
    text after it writes (``**たかまつワークサポート**（一体的実施施設）令和3年6月1日事業開始``):
    the line is a facility line whose name is in bold (decision 2938)."""
    name = unicodedata.normalize("NFKC", inner).strip()
    if not name or _FACT_MARKS.search(name) or not rest.lstrip().startswith(("(", "（")):
        return False
    return _facility(unicodedata.normalize("NFKC", name + rest.lstrip()).strip(), rules)


def _delete_marks(line: str, match: regex.Match[str]) -> str:
    """``line`` with the bold marks of its opening piece (and the gap after them) deleted
    (``jirei.mdgaps``: the name then stands right before its bracketed kind, as written
    in the PDF; every kept character keeps its offset)."""
    from jirei.mdgaps import close_gaps

    lead = len(match["lead"])
    return close_gaps(
        line,
        [(lead, lead + len(match["mark"])), (match.end("inner"), match.start("rest"))],
    )


def _opens_lines(inner: str, rules: Rules) -> bool:
    """Whether a bold piece opening a line is a line of its own in the PDF: a facility line,
    a case header or a section heading (not a comment heading, whose text the inline comment
    forms read on its line: ``**彦根市の声**　text``)."""
    from jirei.sections import Kind

    text = unicodedata.normalize("NFKC", inner).strip()
    return _facility(text, rules) or _kind(text, rules) in (Kind.SECTION, Kind.HEADER)


def untangle_markdown_bold(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with the bold marks of heading-like lines blanked (same length)."""
    if "*" not in text and "_" not in text:  # whole-text precheck
        return text
    lines = text.split("\n")
    changed = False
    for n, line in enumerate(lines):
        if (
            line.rstrip().endswith(("*", "_"))
            or "**" in line
            or "__" in line
            or line.lstrip("# \t").startswith(("*", "_"))  # ``*name*（kind）`` (2938)
        ):
            rewritten = _rewrite(lines, n, rules)
            if rewritten is not None:
                lines[n] = rewritten
                changed = True
    return "\n".join(lines) if changed else text


__all__ = ["untangle_markdown_bold"]
