"""A position-keeping reader of structured exports: JSON (a whole text, a ```json fenced
block, one object per line) and block YAML, into a tree whose every scalar keeps its
``[start, end)`` offsets in the text it was read from.

Python's ``json`` module gives no offsets and PyYAML's marks cover quoted and block
scalars only as a whole (and JSON Lines is no YAML), so this small scanner reads both
itself. It is lenient where exports printed or copied as text are not strict: a line that
cannot start what the grammar expects next (a running head, a page number ``- 3 -``
between two values) is skipped as noise, unquoted scalars are allowed in flow
collections, and a trailing comma is accepted. ``scan_export`` returns None for text
that is not such an export; it never raises.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from attrs import frozen

# --------------------------------------------------------------------------- the tree


@frozen
class Scalar:
    """A scalar value: ``text`` as decoded (a string's content, a number's digits, ``null``),
    whether it was a quoted string, and where it stands. ``offsets``, when the decoded text
    differs from the written one (escapes, a folded block), gives each decoded character's
    offset."""

    text: str
    start: int
    end: int
    quoted: bool = False
    offsets: tuple[int, ...] = ()

    @property
    def null(self) -> bool:
        """Whether the scalar is a null (``null``, YAML ``~`` or an empty plain value)."""
        return not self.quoted and self.text in ("null", "~", "", "Null", "NULL")

    def at(self, index: int) -> int:
        """The text offset of decoded character ``index`` (``len(text)`` → the end)."""
        if self.offsets:
            return self.offsets[index] if index < len(self.offsets) else self.end
        return min(self.start + index, self.end)


@frozen
class Mapping:
    """An object: ``(key, value)`` pairs in order."""

    items: tuple[tuple[Scalar, Node], ...]
    start: int
    end: int


@frozen
class Sequence:
    """An array."""

    items: tuple[Node, ...]
    start: int
    end: int


Node = Scalar | Mapping | Sequence


class _Fail(Exception):
    """The text is not (any more) of the grammar."""


# ----------------------------------------------------------------------------- JSON

_NOISE_LIMIT = 4  # noise lines skipped in a row before giving up
_LITERAL = regex.compile(r"true|false|null")
_NUMBER = regex.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_VALUE_START = '"{[【-0123456789tfn'


class _Json:
    """A recursive-descent JSON reader with offsets (lenient, see the module doc)."""

    def __init__(self, text: str, end: int | None = None, *, flow: bool = False) -> None:
        self.text = text
        self.limit = len(text) if end is None else end
        self.flow = flow  # YAML flow collections: unquoted scalars
        self.noise = 0

    def space(self, pos: int, allowed: str) -> int:
        """Past whitespace (and noise lines) to a character in ``allowed``; raises if none."""
        text, limit = self.text, self.limit
        skipped = 0
        while True:
            while pos < limit and text[pos] in " \t\r\n\f\v\u3000":
                pos += 1
            if pos < limit and (
                text[pos] in allowed
                or (self.flow and '"' in allowed and text[pos] not in ",:]】}\n")
            ):  # (a YAML flow collection: any scalar where a value or key may start)
                return pos
            line_start = text.rfind("\n", 0, pos) + 1
            if pos >= limit or text[line_start:pos].strip() or skipped >= _NOISE_LIMIT:
                raise _Fail(pos)
            newline = text.find("\n", pos, limit)
            pos = limit if newline < 0 else newline
            skipped += 1
            self.noise += 1

    def value(self, pos: int) -> tuple[Node, int]:
        pos = self.space(pos, _VALUE_START)
        char = self.text[pos]
        if char == "{":
            return self.mapping(pos)
        if char in "[【":  # (normalisation writes ``[`` as ``【``)
            return self.sequence(pos)
        if char == '"':
            return self.string(pos)
        match = _NUMBER.match(self.text, pos, self.limit) or _LITERAL.match(
            self.text, pos, self.limit
        )
        if match is not None and self._ends(match.end()):
            return Scalar(match.group(), pos, match.end()), match.end()
        if self.flow:
            return self.plain(pos)
        newline = self.text.find("\n", pos, self.limit)
        if self.noise < 50 and newline > 0 and not self.text[
            self.text.rfind("\n", 0, pos) + 1 : pos
        ].strip():  # a noise line (``- 3 -``) where a value was due: skipped
            self.noise += 1
            return self.value(newline)
        raise _Fail(pos)

    def _ends(self, pos: int) -> bool:
        rest = self.text[pos : pos + 1]
        return rest == "" or rest in " \t\r\n,]】}:"

    def plain(self, pos: int) -> tuple[Scalar, int]:
        """An unquoted flow scalar: up to ``,`` ``]`` ``}`` or the line's end."""
        end = pos
        text = self.text
        while end < self.limit and text[end] not in ",]】}\n":
            end += 1
        value = text[pos:end].rstrip()
        if not value:
            raise _Fail(pos)
        return Scalar(value, pos, pos + len(value)), end

    def string(self, pos: int) -> tuple[Scalar, int]:
        text = self.text
        start = pos + 1
        close = text.find('"', start, self.limit)
        if close < 0:
            raise _Fail(pos)
        backslash = text.find("\\", start, close)
        newline = text.find("\n", start, close)
        if backslash < 0 and newline < 0:
            return Scalar(text[start:close], start, close, quoted=True), close + 1
        chars: list[str] = []
        offsets: list[int] = []
        i = start
        while i < self.limit:
            char = text[i]
            if char == '"':
                return Scalar("".join(chars), start, i, True, tuple(offsets)), i + 1
            if char == "\n":  # a string broken over lines (printed): one break, no indent
                chars.append("\n")
                offsets.append(i)
                i += 1
                while i < self.limit and text[i] in " \t":
                    i += 1
                continue
            if char == "\\" and i + 1 < self.limit:
                code = text[i + 1]
                if code == "u" and i + 6 <= self.limit:
                    try:
                        chars.append(chr(int(text[i + 2 : i + 6], 16)))
                    except ValueError:
                        raise _Fail(i) from None
                    offsets.append(i)
                    i += 6
                    continue
                chars.append(_ESCAPES.get(code, code))
                offsets.append(i)
                i += 2
                continue
            chars.append(char)
            offsets.append(i)
            i += 1
        raise _Fail(pos)

    def mapping(self, pos: int) -> tuple[Mapping, int]:
        start = pos
        pos += 1
        items: list[tuple[Scalar, Node]] = []
        while True:
            pos = self.space(pos, '"}')
            if self.text[pos] == "}":
                return Mapping(tuple(items), start, pos + 1), pos + 1
            if self.text[pos] == '"':
                key, pos = self.string(pos)
            else:  # a YAML flow key
                end = pos
                while end < self.limit and self.text[end] not in ":,}\n":
                    end += 1
                word = self.text[pos:end].rstrip()
                if not word:
                    raise _Fail(pos)
                key, pos = Scalar(word, pos, pos + len(word)), end
            pos = self.space(pos, ":")
            value, pos = self.value(pos + 1)
            items.append((key, value))
            pos = self.space(pos, ",}")
            if self.text[pos] == ",":
                pos += 1

    def sequence(self, pos: int) -> tuple[Sequence, int]:
        start = pos
        pos += 1
        items: list[Node] = []
        while True:
            pos = self.space(pos, _VALUE_START + "]】")
            if self.text[pos] in "]】":
                return Sequence(tuple(items), start, pos + 1), pos + 1
            value, pos = self.value(pos)
            items.append(value)
            pos = self.space(pos, ",]】")
            if self.text[pos] == ",":
                pos += 1


def scan_json(text: str, start: int = 0, end: int | None = None) -> tuple[Node, int] | None:
    """The JSON value starting at (or after whitespace from) ``start``, and where it ends;
    None if the text there is not JSON."""
    try:
        return _Json(text, end).value(start)
    except (_Fail, IndexError, RecursionError):
        return None


# ----------------------------------------------------------------------------- YAML

_YAML_LINE = regex.compile(
    r"(?P<indent> *)(?:(?P<dash>-)(?: +|$))?"
    r"(?:(?P<key>(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'#\-\[\]{}:,][^:\n]*?|-[^\s:][^:\n]*?))"
    r"\s*:(?: +|$))?"
    r"(?P<value>.*)$"
)


@frozen
class _Line:
    indent: int
    start: int  # offset of the line
    dash: int | None  # offset of ``-``
    key: tuple[str, int, int, bool] | None  # text, start, end, quoted
    value: tuple[int, int]  # [start, end) of the rest, stripped


class _Yaml:
    """Block YAML (mappings, sequences, plain / quoted / block scalars, flow collections)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.lines = list(self._lines(start, end))
        self.index = 0

    def _lines(self, start: int, end: int) -> Iterator[_Line]:
        text = self.text
        pos = start
        while pos < end:
            newline = text.find("\n", pos, end)
            stop = end if newline < 0 else newline
            raw = text[pos:stop]
            body = raw.strip()
            if body and not body.startswith("#") and body not in ("---", "..."):
                match = _YAML_LINE.fullmatch(raw)
                if match is None:
                    raise _Fail(pos)
                yield self._line(match, pos)
            elif not body:
                yield _Line(-1, pos, None, None, (stop, stop))  # blank: kept for blocks
            pos = stop + 1

    def _line(self, match: regex.Match[str], pos: int) -> _Line:
        key = None
        if match.group("key") is not None:
            word = match.group("key")
            k_start = pos + match.start("key")
            quoted = word[:1] in "\"'" and len(word) >= 2
            if quoted:
                key = (word[1:-1], k_start + 1, k_start + len(word) - 1, True)
            else:
                key = (word, k_start, k_start + len(word), False)
        v_start, v_end = pos + match.start("value"), pos + match.end("value")
        value = self.text[v_start:v_end]
        comment = None
        if "#" in value and value[:1] not in "\"'":
            comment = regex.search(r"\s+#.*$", value)
        if comment is not None:
            v_end = v_start + comment.start()
        while v_end > v_start and self.text[v_end - 1] in " \t":
            v_end -= 1
        dash = pos + match.start("dash") if match.group("dash") else None
        return _Line(len(match.group("indent")), pos, dash, key, (v_start, v_end))

    def peek(self) -> _Line | None:
        while self.index < len(self.lines) and self.lines[self.index].indent < 0:
            self.index += 1
        return self.lines[self.index] if self.index < len(self.lines) else None

    def node(self, indent: int) -> Node:
        line = self.peek()
        if line is None or line.indent < indent:
            raise _Fail(0)
        if line.dash is not None:
            return self.sequence(line.indent)
        if line.key is not None:
            return self.mapping(line.indent)
        self.index += 1
        return self.scalar(line.value, line.indent)

    def mapping(self, indent: int, first: _Line | None = None) -> Mapping:
        items: list[tuple[Scalar, Node]] = []
        start = first.key[1] if first and first.key else -1
        while True:
            if first is not None:
                line, first = first, None
            else:
                line = self.peek()
                if line is None or line.indent != indent or line.dash is not None:
                    break
                if line.key is None:
                    raise _Fail(line.start)
                self.index += 1
            assert line.key is not None
            text, k_start, k_end, quoted = line.key
            key = Scalar(text, k_start, k_end, quoted)
            start = k_start if start < 0 else start
            items.append((key, self.value_of(line, indent)))
        end = _end_of(items[-1][1]) if items else start
        return Mapping(tuple(items), start, end)

    def value_of(self, line: _Line, indent: int) -> Node:
        v_start, v_end = line.value
        if v_start < v_end and self.text[v_start] not in "|>":
            return self.scalar(line.value, indent)
        if v_start < v_end:  # a block scalar
            return self.block(v_start, indent)
        following = self.peek()
        if following is not None and (
            following.indent > indent or (following.indent == indent and following.dash is not None
                                          and line.dash is None)
        ):
            return self.node(following.indent)
        return Scalar("", v_start, v_start)  # an empty value: null

    def sequence(self, indent: int) -> Sequence:
        items: list[Node] = []
        start = -1
        while True:
            line = self.peek()
            if line is None or line.indent != indent or line.dash is None:
                break
            self.index += 1
            start = line.dash if start < 0 else start
            if line.key is not None:  # ``- key: value``: a mapping at the key's column
                column = line.key[1] - line.start - (1 if line.key[3] else 0)
                items.append(self.mapping(column, line))
            elif line.value[0] < line.value[1]:
                items.append(self.value_of(line, indent))
            else:
                following = self.peek()
                if following is not None and following.indent > indent:
                    items.append(self.node(following.indent))
                else:
                    items.append(Scalar("", line.value[0], line.value[0]))
        end = _end_of(items[-1]) if items else start
        return Sequence(tuple(items), start, end)

    def scalar(self, span: tuple[int, int], indent: int) -> Node:
        start, end = span
        text = self.text[start:end]
        if text[:1] in "[【{":
            reader = _Json(self.text, end, flow=True)
            node, stop = reader.value(start)
            if self.text[stop:end].strip():
                raise _Fail(stop)
            return node
        if text[:1] == '"' and text.endswith('"') and len(text) >= 2:
            scanned = scan_json(self.text, start, end)
            if scanned is not None and isinstance(scanned[0], Scalar):
                return scanned[0]
        if text[:1] == "'" and text.endswith("'") and len(text) >= 2:
            return Scalar(text[1:-1].replace("''", "'"), start + 1, end - 1, True)
        # a plain scalar may go on over more-indented lines (folded with a space)
        pieces = [(start, end)]
        while True:
            line = self.peek()
            if line is None or line.indent <= indent or line.dash is not None or line.key:
                break
            self.index += 1
            pieces.append(line.value)
        return _joined(self.text, pieces, " ") if len(pieces) > 1 else Scalar(text, start, end)

    def block(self, at: int, indent: int) -> Scalar:
        """A ``|`` / ``>`` block scalar: its lines, more indented than ``indent``."""
        folded = self.text[at] == ">"
        pieces: list[tuple[int, int]] = []
        while self.index < len(self.lines):
            line = self.lines[self.index]
            if line.indent >= 0 and line.indent <= indent:
                break
            self.index += 1
            if line.indent < 0:
                continue
            stop = self.text.find("\n", line.start)
            stop = len(self.text) if stop < 0 else stop
            begin = line.start + line.indent
            while stop > begin and self.text[stop - 1] in " \t":
                stop -= 1
            pieces.append((begin, stop))
        if not pieces:
            return Scalar("", at + 1, at + 1)
        return _joined(self.text, pieces, " " if folded else "\n")


def _joined(text: str, pieces: list[tuple[int, int]], glue: str) -> Scalar:
    chars: list[str] = []
    offsets: list[int] = []
    for number, (start, end) in enumerate(pieces):
        if number:
            chars.append(glue)
            offsets.append(start)
        chars.append(text[start:end])
        offsets.extend(range(start, end))
    return Scalar("".join(chars), pieces[0][0], pieces[-1][1], False, tuple(offsets))


def _end_of(node: Node) -> int:
    return node.end


def scan_yaml(text: str, start: int = 0, end: int | None = None) -> Node | None:
    """The block YAML document in ``text[start:end]``, or None if it is not one (every
    non-blank, non-comment line must be a YAML line, and a key or list item must come)."""
    end = len(text) if end is None else end
    try:
        reader = _Yaml(text, start, end)
        first = reader.peek()
        if first is None or (first.key is None and first.dash is None):
            return None
        node = reader.node(first.indent)
        if reader.peek() is not None:
            return None
        return node
    except (_Fail, IndexError, RecursionError, AssertionError):
        return None


# ------------------------------------------------------------------------- detection

#: the opening of a fenced block: ```json, ```yaml (NFKC text)
_FENCE = regex.compile(
    r"^[ \t]*```[ \t]*(?P<lang>json|jsonl|ndjson|ya?ml)?[ \t]*$", regex.M | regex.I
)
#: a line that may start a JSON value: ``{`` / ``[`` alone or followed by a key / value
_JSON_START = regex.compile(r'^[ \t]*(?:\{[ \t]*(?:$|")|[\[【][ \t]*(?:$|[{"\[【]))', regex.M)
#: a line that may start a YAML document: ``key:`` (ASCII key, or Japanese) or ``- key:``
_YAML_START = regex.compile(
    r"^(?:---[ \t]*$|-[ \t]+[^\s:]+:[ \t]|[^\s:#\-\[\]{}\"'][^:\n]{0,40}:[ \t]*$"
    r"|\"[^\"\n]{1,40}\":[ \t]*$)",
    regex.M,
)


def scan_export(text: str) -> list[Node] | None:
    """The structured values of ``text`` if it is an export (JSON, JSON Lines, fenced JSON
    or YAML blocks, or block YAML), else None. Text around the values is left unread."""
    if "```" in text:
        found = _fenced(text)
        if found:
            return found
    if _JSON_START.search(text) is not None:
        found = _json_values(text)
        if found:
            return found
    if ":" in text and _YAML_START.search(text, 0, min(len(text), 4000)) is not None:
        node = scan_yaml(text)
        if node is not None and not isinstance(node, Scalar):
            return [node]
    return None


def _fenced(text: str) -> list[Node]:
    values: list[Node] = []
    fences = list(_FENCE.finditer(text))
    index = 0
    while index + 1 < len(fences):
        opening, closing = fences[index], fences[index + 1]
        lang = (opening.group("lang") or "").lower()
        body_start, body_end = opening.end() + 1, closing.start()
        if lang.startswith("y"):
            node = scan_yaml(text, body_start, body_end)
            if node is not None and not isinstance(node, Scalar):
                values.append(node)
        else:
            values.extend(_json_values(text, body_start, body_end))
        index += 2
    return values


def _json_values(text: str, start: int = 0, end: int | None = None) -> list[Node]:
    """Every JSON object or array found at a line start in ``text[start:end]`` (one value,
    a value per line, or values between other lines)."""
    end = len(text) if end is None else end
    values: list[Node] = []
    pos = start
    while True:
        match = _JSON_START.search(text, pos, end)
        if match is None:
            break
        scanned = scan_json(text, match.start(), end)
        if scanned is None:
            pos = match.end()
            continue
        node, pos = scanned
        values.append(node)
    return values


__all__ = ["Mapping", "Node", "Scalar", "Sequence", "scan_export", "scan_json", "scan_yaml"]
