"""The layout rewriters that read only the lines a whole-text search finds
(``jirei.linescan``) give what reading every line gives: each is checked against the
line-by-line (or whole-text) form it replaced, kept here as the reference, on generated
texts made of the characters those rewriters look at."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jirei import formlines, glosses, kerning, ocrrepair, speakernotes
from jirei.linescan import hit_lines
from jirei.rules import DEFAULT_RULES, Rules

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: pieces the generated texts are made of: the rewriters' triggers and their neighbours
_COMMON = ["\n", "\n", "\n", " ", "  ", "\t", "\u3000", "(", ")", "（", "）", "／", "/", "|", "#"]
_FORMS = [
    "【", "】", "〔", "〕", "［", "］", "…", "‥", "□", "○", "☑", "■", "[ ]", "（　）", "( )",
    "【名称】", "【取組の内容】", "（箇条書きで記入）", "【成果】", "（令和5年度）", "旭川市",
    "目標", "実績", "人", "件", "％", "以上", "記入", ":", "：", "支援対象者数……",
    "目標（ 200 ）人", "実績（　）人", "　／ 達成率 105.6％", "\n／ 実績 95人", "95人",
    "【市のコメント】", "\n目標（ 200 ）人以上　実績（ 150 ）人", "達成率（ 75 ）％",
]  # fmt: skip
_GLOSSES = [
    "就職者数", "実績", "## 実績", "## Results", "Employed", "Employed persons", "Naha City",
    "Location / 所在地", "CASE 01", "事例1", "<br>", "<br>Employed", "---", "ab", "x", " / ",
    "| 実施自治体 | 岡山県倉敷市 |", "| Municipality | Kurashiki |", "Results (FY2021)",
]  # fmt: skip
_SPEAKERS = [
    "【自治体のコメント】", "＜労働局・ハローワークの声＞", "【市のコメント】",
    "【市のコメント】（記入者：旭川市）", "\n【自治体のコメント】\n（記入者：旭川市福祉課）",
    "（記入者：旭川市）", "(回答者:ハローワーク旭川)", "（記入者　旭川市福祉課）", "記入者",
    "コメント", "旭川市", "】", "：",
]  # fmt: skip
_FIGURES = [
    "l97人", "1O8人", "6l.4%", "l", "I", "O", "o", "1", "9", "0", "人", "件", "％", ",", ".", "a",
]  # fmt: skip
_KERNING = ["1 6 8人", "6 0 . 1 %", "1", "2", " ", ".", "%", "延べ 1,230件", "１ ２", "a"]
_TRIGGERS = ["【", "[A-Za-z]{2}", r"\d", "／|/", "(?<=\n)x", "(?m)^#"]


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from([*_COMMON, *pieces]), max_size=40).map("".join)


def _forms_reference(text: str, rules: Rules) -> str:
    """``untangle_forms`` reading every line (the form before the whole-text search)."""
    words = formlines.form_words(rules)
    opens = tuple(b[0] for b in words.field_brackets)
    has_field = any(o in text for o in opens)
    has_leader = any(c in text for c in words.leaders)
    box_starts = tuple({m[0] for m in words.unchecked_marks})
    has_box = any(c in text for c in box_starts)
    has_blank = "（" in text or "(" in text
    has_split = "／" in text
    if not (has_field or has_leader or has_box or has_blank or has_split):
        return text
    units = (*rules.units, "％", "%")
    _, split, _, _, _, leader = formlines._patterns(words)
    out: list[str] = []
    for line in text.split("\n"):
        if has_field and any(o in line for o in opens):
            line = split.sub(lambda m: m.group()[:-1] + "\n", line)
            line = "\n".join(
                formlines._field_line(part, words, rules.comment_keywords, rules.field_labels)
                for part in line.split("\n")
            )
        elif has_box and any(c in line for c in box_starts):
            head = formlines._PLAIN_FIELD.match(line)
            if head is not None:
                line = line[: head.end()] + formlines._choose(line[head.end() :], words)
        if has_leader and any(c in line for c in words.leaders):
            line = leader.sub(formlines._blank, line)
        if has_blank and line.count("）") + line.count(")") >= 2 and any(u in line for u in units):
            line = formlines._fill_ins(line, words, units)
        out.append(line)
    if has_split:
        formlines._join_slash_rows(out)
    return "\n".join(out)


def _glosses_reference(text: str, rules: Rules) -> str:
    """``untangle_glosses`` with whole-text substitutions and a loop over every line."""
    japanese, word = glosses._JAPANESE, glosses._WORD
    if word.search(text) is None or japanese.search(text) is None:
        return text
    if "<br" in text or "<BR" in text:
        text = glosses._BR_GLOSS.sub(lambda m: " " * len(m.group()), text)
    if "(" in text or "（" in text:  # ``目標 (Target)`` (decision 1825)
        # (``$`` is each line's end, as the pattern's comment says: MULTILINE here)
        bracketed = regex.compile(glosses._BRACKETED.pattern, regex.MULTILINE)
        text = bracketed.sub(lambda m: glosses._bracketed(m, rules), text)
    text = glosses._TAIL.sub(lambda m: glosses._tail(m, rules), text)
    if " /" in text or "/ " in text:
        text = glosses._HEAD.sub(glosses._head, text)
    lines = text.split("\n")
    out: list[str] = []
    above_japanese = False
    for index, line in enumerate(lines):
        if (
            out
            and line.strip()
            and above_japanese
            and glosses._is_gloss(line, rules)
            and "---" not in line
        ):
            out[-1] += " " * (len(line) + 1)
            continue
        if (
            line.strip()
            and (not out or not out[-1].strip())
            and index + 1 < len(lines)
            and japanese.search(lines[index + 1]) is not None
            and len(word.findall(line)) >= 2
            and glosses._is_gloss(line, rules)
            and "|" not in line
            and "---" not in line
        ):
            out.append(" " * len(line))
            above_japanese = False
            continue
        out.append(line)
        above_japanese = japanese.search(line) is not None
    return "\n".join(out)


def _speaker_reference(text: str, rules: Rules) -> str:
    """``untangle_speaker_notes`` substituting over the whole text."""
    words = speakernotes.note_words(rules)
    if not words or not any(word in text for word in words):
        return text
    keywords = tuple(k.strip() for k in rules.comment_keywords if k.strip())
    opener = speakernotes._OPEN

    def rewrite(match: regex.Match[str]) -> str:
        head = match.group("head")
        if not any(k in head for k in keywords):
            return match.group()
        before = match.start("name") - match.start()
        if before < len(opener):
            return match.group()
        after = match.end() - match.end("name")
        name = match.group("name")
        return " " * (before - len(opener)) + opener + name + "】" + " " * (after - 1)

    return speakernotes._pattern(words).sub(rewrite, text)


def _figures_reference(text: str, rules: Rules) -> str:
    """``repair_figures`` substituting over the whole text, with the first precheck."""
    words = ocrrepair.ocr_words(rules)
    _, token = ocrrepair._figure_patterns(words, (*rules.units, "％"))
    alike = "".join(regex.escape(a) for a, _ in words.digit_lookalikes)
    if regex.search(rf"\d[{alike}]|[{alike}]\d", text) is None:
        return text
    table = dict(words.digit_lookalikes)

    def fix(match: regex.Match[str]) -> str:
        raw = match.group()
        if not any(ch.isdigit() for ch in raw):
            return raw
        fixed = "".join(table.get(ch, ch) for ch in raw)
        return fixed if ocrrepair._NUMBER.fullmatch(fixed) else raw

    return token.sub(fix, text)


_OLD_KERNED = regex.compile(r"(?<![^\s])[0-9０-９.．]( )(?=[0-9０-９.．%％](?![0-9０-９.．,，]))")


def _kerned_reference(text: str) -> list[int]:
    found: list[int] = []
    position = 0
    while (match := _OLD_KERNED.search(text, position)) is not None:
        found.append(match.start(1))
        position = match.start(1)
    return found


@SETTINGS
@given(_texts(_FORMS))
def test_forms_as_reading_every_line(text: str) -> None:
    assert formlines.untangle_forms(text, DEFAULT_RULES) == _forms_reference(text, DEFAULT_RULES)


@SETTINGS
@given(_texts(_GLOSSES))
def test_glosses_as_reading_every_line(text: str) -> None:
    assert glosses.untangle_glosses(text, DEFAULT_RULES) == _glosses_reference(
        text, DEFAULT_RULES
    )


@SETTINGS
@given(_texts(_SPEAKERS))
def test_speaker_notes_as_whole_text(text: str) -> None:
    assert speakernotes.untangle_speaker_notes(text, DEFAULT_RULES) == _speaker_reference(
        text, DEFAULT_RULES
    )


@SETTINGS
@given(_texts(_FIGURES))
def test_figures_as_whole_text(text: str) -> None:
    assert ocrrepair.repair_figures(text, DEFAULT_RULES) == _figures_reference(
        text, DEFAULT_RULES
    )


@SETTINGS
@given(_texts(_KERNING))
def test_kerned_spaces_as_before(text: str) -> None:
    assert kerning.kerned_spaces(text) == _kerned_reference(text)


@SETTINGS
@given(_texts(_FORMS + _GLOSSES), st.sampled_from(_TRIGGERS))
def test_hit_lines_are_the_lines_holding_a_match(text: str, trigger: str) -> None:
    pattern = regex.compile(trigger)
    expected = []
    start = 0
    for index, line in enumerate(text.split("\n")):
        end = start + len(line)
        # a match starting in the line or at its newline
        if any(pattern.match(text, at) for at in range(start, end + 1)):
            expected.append((index, start, end))
        start = end + 1
    assert list(hit_lines(text, pattern)) == expected


def test_examples_are_rewritten() -> None:
    """The generated texts reach the rewrites (not only texts left alone)."""
    assert formlines.untangle_forms("【名称】旭川市\n支援…目標 1人", DEFAULT_RULES) != (
        "【名称】旭川市\n支援…目標 1人"
    )
    text = "就職者数\nEmployed persons"
    assert glosses.untangle_glosses(text, DEFAULT_RULES) != text
    assert ocrrepair.repair_figures("l97人", DEFAULT_RULES) == "197人"
    assert kerning.kerned_spaces("1 6 8人") == [1, 3]
    rows = ["実績 95人", "　／ 達成率 105.6％"]
    assert formlines._join_slash_rows(rows, [1]) and rows == ["実績 95人 　／ 達成率 105.6％"]


# ------------------------------------------------------------- segmentation's scans

_GAPS = st.lists(st.sampled_from([" ", "      ", "a", "語", "\t", "\u3000", "|"]), max_size=30)


@SETTINGS
@given(_GAPS.map("".join), st.integers(0, 5))
def test_gap_ends_as_the_gap_pattern(text: str, position: int) -> None:
    from jirei import columns

    expected = [m.end() for m in columns._GAP.finditer(text, position)]
    assert list(columns._gap_ends(text, position)) == expected


_CELL_LINES = [
    "区分", "目標", "実績", "支援対象者数", "120人", "－ 4 －", "", "  ", "a\tb", "長い文。",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(_CELL_LINES), max_size=30), st.booleans())
def test_runs_as_each_run_read_alone(texts: list[str], headed: bool) -> None:
    from jirei import cellruns
    from jirei.lines import split_lines

    lines = split_lines("\n".join(texts) + "\n")
    heads = frozenset({"実績"}) if headed else frozenset()
    runs = cellruns._Runs(lines, heads)
    for index, line in enumerate(lines):
        if cellruns._one_cell(line) is not None:
            assert runs.run(index) == cellruns._run(lines, index, heads)


def _find_place_reference(text: str) -> tuple[int, int] | None:
    from jirei.places import PREFECTURES, prefectures_of

    for end, char in enumerate(text, start=1):
        if char not in "市区町村":
            continue
        best = None
        for start in range(end - 2, max(-1, end - 14), -1):
            if text[start] in " \t、。・()「」『』:/|【】[]<>〈〉《》〔〕,，":
                break
            if prefectures_of(text[start:end]):
                best = start
        if best is not None:
            for prefecture in PREFECTURES:
                if text[:best].endswith(prefecture):
                    best -= len(prefecture)
                    break
            return best, end
    return None


_PLACES = [
    "埼玉県", "所沢市", "中央区", "府中市", "市", "町", "村", "区役所",
    " ", "・", "(", "ハローワーク",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(_PLACES), max_size=8).map("".join))
def test_find_place_as_reading_every_character(text: str) -> None:
    from jirei.fallback import find_place

    assert find_place(text) == _find_place_reference(text)


_PLACE_LINES = [
    *_PLACES, "静岡労働局", "ハローワーク浜松", "所在地:", "事例1", "(2)", "実績の推移", "。", "「",
    "令和3年4月1日開設", "#", "■",
]  # fmt: skip


@SETTINGS
@given(
    st.lists(st.sampled_from(_PLACE_LINES), max_size=8).map("".join),
    st.sampled_from(["HEADER", "TEXT", "HEADING", "BULLET", "TABLE", "SECTION", "COMMENT"]),
)
def test_is_place_as_the_anchor_kind(text: str, kind: str) -> None:
    from jirei import fallback
    from jirei.lines import Line
    from jirei.sections import Kind, LineInfo

    info = LineInfo(Line(text, 0), Kind[kind], "results" if kind == "SECTION" else None)
    expected = fallback.anchor_kind(info, DEFAULT_RULES) == "place"
    assert fallback._is_place(info, DEFAULT_RULES) == expected


@SETTINGS
@given(_texts(_FORMS + _GLOSSES))
def test_lines_and_infos_built_as_attrs_builds_them(text: str) -> None:
    """``split_lines`` and ``classify_all`` set their objects' slots directly: the objects
    equal, hash and print as those attrs' ``__init__`` builds (every field set)."""
    from jirei.lines import Line, split_lines
    from jirei.sections import LineInfo, classifier

    lines = split_lines(text)
    expected = []
    position = 0
    for piece in text.split("\n"):
        expected.append(Line(piece, position))
        position += len(piece) + 1
    if expected and not expected[-1].text:
        expected.pop()
    assert lines == expected
    assert [(hash(a), repr(a)) for a in lines] == [(hash(b), repr(b)) for b in expected]
    cls = classifier(DEFAULT_RULES)
    infos = cls.classify_all(lines)
    built = [LineInfo(line, *cls.kind_of(line.text)) for line in lines]
    assert infos == built
    assert [(hash(a), repr(a)) for a in infos] == [(hash(b), repr(b)) for b in built]


def test_bracketed_gloss_at_a_line_end_before_more_lines() -> None:
    """``就職者数(Employed)`` over blank lines: the gloss ends its line, so it is blanked
    (hypothesis found the whole-text reference reading ``$`` as the text's end only)."""
    text = "就職者数(Employed)\n\n"
    assert glosses.untangle_glosses(text, DEFAULT_RULES) == "就職者数" + " " * 10 + "\n\n"
    assert _glosses_reference(text, DEFAULT_RULES) == glosses.untangle_glosses(text, DEFAULT_RULES)
