"""Results written as one sentence (``corpus/README.md`` decision 63)::

    支援対象者数は目標100人に対し117人(達成率117.0%)、就職率は60.7%であった。

In a results section holding no table and no key–value line, such a sentence is the
table in prose: each ``、``-separated clause ``label は [目標 T に対し] A [(達成率 r%)]`` is
one metric (``A`` may follow the actual word: ``に対し実績312人``). The particle, the words
between target and actual and the closing words are
``rules.sentence_topics`` / ``sentence_against`` / ``sentence_endings``; ``目標`` and
``達成率`` are the target / achievement-rate words of ``rules.columns``. A bracket that is no
rate (``(前年度の約1.5倍)``) is not read: it is returned as kept. Offsets are into the
normalised text.
"""

from __future__ import annotations

import attrs
import regex
from attrs import frozen

from jirei import values as _values
from jirei.errors import ValueParseError
from jirei.lines import Line, Locate
from jirei.model import Metric, Quantity
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.tables.cells import label_form, rate_value
from jirei.tables.subjectsentence import match_quantity, subject_metric
from jirei.tables.targetclause import target_rate_clause

_MAX_LABEL = 30


@frozen
class SentenceResults:
    """The metrics of a results sentence, and its brackets that were not read
    (text, [start, end) in the normalised text)."""

    metrics: tuple[Metric, ...]
    kept: tuple[tuple[str, int, int], ...] = ()


@per_rules
def _clause_pattern(rules: Rules) -> regex.Pattern[str] | None:
    """One clause: label, topic particle, optional target, actual, optional bracket."""

    def words(items: object) -> str:
        spelled = sorted(set(items), key=len, reverse=True)  # type: ignore[call-overload]
        return "|".join(regex.escape(w) for w in spelled)

    targets = [w for w, role in rules.columns.items() if role == "target"]
    actuals = [w for w, role in rules.columns.items() if role == "actual"]
    # the actual word before the figure (``に対し実績312人``) is no part of it
    # the actual word, with its topic particle or not (``実績328人``, ``実績は328人``; 3015)
    actual_word = (
        rf"(?:(?:{words(actuals)})(?:は|が)?\s*(?=[約概およそ]{{0,3}}[\d一二三四五六七八九十百千]))?"
        if actuals
        else ""
    )
    # words closing a clause after its figures (``と目標を下回ったが``; decision 874)
    tails = rules.sentence_tails
    tail = rf"(?:(?:{words(tails)})[^\d()、。]{{0,20}})?" if tails else ""
    # a count word before the figure (``延べ1,420件``: no qualifier, decision 67)
    count = rf"(?:(?:{words(rules.count_words)})\s*)?" if rules.count_words else ""
    pattern: regex.Pattern[str] | None = None
    if rules.sentence_topics and rules.sentence_against and targets:
        pattern = regex.compile(
            # ``label は …``, or ``label の目標 T に対し A`` (the target word after の; 2535)
            rf"^(?P<label>[^、。()]{{1,{_MAX_LABEL}}}?)"
            rf"(?:(?:{words(rules.sentence_topics)})、?"
            rf"|(?<![0-9][^0-9、。]{{0,3}})の(?=(?:{words(targets)})))\s*"
            rf"(?:(?:{words(targets)})(?P<target>[^、。()]+?)(?:{words(rules.sentence_against)}))?"
            rf"{actual_word}{count}(?P<actual>[^、。()]+?)\s*(?:\((?P<bracket>[^()]*)\))?\s*{tail}$"
        )
    return pattern


@per_rules
def _target_first_pattern(rules: Rules) -> regex.Pattern[str] | None:
    """One clause with the target before the target word and no topic particle:
    ``支援対象者数240人の目標に対し252人(達成率105.0%)`` (decision 2464)."""

    def words(items: object) -> str:
        spelled = sorted(set(items), key=len, reverse=True)  # type: ignore[call-overload]
        return "|".join(regex.escape(w) for w in spelled)

    targets = [w for w, role in rules.columns.items() if role == "target"]
    actuals = [w for w, role in rules.columns.items() if role == "actual"]
    if not targets or not rules.sentence_against:
        return None
    # the actual word, with its topic particle or not (``実績328人``, ``実績は328人``; 3015)
    actual_word = (
        rf"(?:(?:{words(actuals)})(?:は|が)?\s*(?=[約概およそ]{{0,3}}[\d一二三四五六七八九十百千]))?"
        if actuals
        else ""
    )
    tails = rules.sentence_tails
    tail = rf"(?:(?:{words(tails)})[^\d()、。]{{0,20}})?" if tails else ""
    return regex.compile(
        rf"^(?P<label>[^、。()\d]{{1,{_MAX_LABEL}}}?)\s*(?P<target>\d[^、。()]*?)の"
        rf"(?:{words(targets)})(?:{words(rules.sentence_against)}){actual_word}"
        rf"(?P<actual>[^、。()]+?)\s*(?:\((?P<bracket>[^()]*)\))?\s*{tail}$"
    )


def read_sentence(
    line: Line, *, rules: Rules = DEFAULT_RULES, locate: Locate
) -> SentenceResults | None:
    """The metrics of a line of one or more results sentences (decision 80: ``…でした。
    就職者数は…となりました。``), else None: every sentence of the line must be one."""
    text = line.text.rstrip()
    pattern = _clause_pattern(rules)
    if pattern is None or not text.endswith("。"):
        return None
    marked = text.lstrip()  # a bulleted results sentence: ``・就職者数は…でした。`` (1885)
    lead = 0
    if marked[:1] in rules.bullets and marked[:2] not in ("--", "－－"):
        lead = len(text) - len(marked[1:].lstrip())
    metrics: list[Metric] = []
    kept: list[tuple[str, int, int]] = []
    for offset, sentence in _sentences(text[lead:]):
        found = _sentence(sentence, line.start + lead + offset, pattern, rules, locate, kept)
        if found is None:
            return None
        metrics.extend(found)
    return SentenceResults(tuple(metrics), tuple(kept)) if metrics else None


def _sentences(text: str) -> list[tuple[int, str]]:
    """``text`` (ending in ``。``) cut after each ``。`` outside brackets: (offset, sentence
    without its ``。``); what follows the last ``。`` is not a sentence."""
    return _split_outside_brackets(text, "。")[:-1]


def _split_outside_brackets(text: str, separator: str) -> list[tuple[int, str]]:
    """``text`` cut at each ``separator`` outside round brackets: (offset, piece) for every
    piece, the one after the last separator included."""
    pieces: list[tuple[int, str]] = []
    depth = 0
    current = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == separator and depth == 0:
            pieces.append((current, text[current:index]))
            current = index + 1
    pieces.append((current, text[current:]))
    return pieces


def _sentence(
    body: str,
    start: int,
    pattern: regex.Pattern[str],
    rules: Rules,
    locate: Locate,
    kept: list[tuple[str, int, int]],
) -> list[Metric] | None:
    """The metrics of one sentence (without its ``。``) at offset ``start``, else None."""
    body = _ending_cut(body, rules)
    if body is None:
        return None
    subject = subject_metric(body, start, rules, locate)  # label については、… (decision 209)
    if subject is not None:
        return [subject]
    lead = len(body) - len(body.lstrip())
    metrics: list[Metric] = []
    position = lead
    clauses = _topic_joined(_clauses(body[lead:]), rules)
    for number, clause in enumerate(clauses):
        at = start + position
        position += len(clause) + 1
        if number == 0 and clause.strip() in rules.sentence_openers:
            continue  # ``また、…`` (decision 874)
        if metrics and number == len(clauses) - 1 and _summary(clause):
            continue  # ``…で、いずれも目標を上回った``: no figure of its own (decision 2543)
        if metrics and (
            _rate_clause(clause, at, metrics, rules, locate)
            or _target_clause(clause, at, metrics, rules, locate)
            or target_rate_clause(clause, at, metrics, rules, locate)  # (decision 1886)
        ):
            continue
        if _previous_year(clause, rules):  # ``前年度は…95人だったが`` (decision 916)
            skip = len(clause) - len(clause.lstrip())
            kept.append((clause.strip(), at + skip, at + len(clause.rstrip())))
            continue
        skip = _year_lead(clause, rules)  # ``令和4年度は就職者数は…`` (decision 916)
        ditto = bool(metrics) and metrics[-1].achievement_rate is not None
        subs: list[Metric] = []
        found = _clause(clause[skip:], at + skip, pattern, rules, locate, kept, ditto, subs)
        if found is None:
            return None
        metrics.append(found)
        metrics.extend(subs)  # ``（同112.0%、うち紹介就職41人）`` (decision 2544)
    return metrics or None


@per_rules
def _previous_pattern(rules: Rules) -> regex.Pattern[str] | None:
    """A clause about the year before (a [columns] ``previous`` word, then a particle)."""
    words = sorted((w for w, role in rules.columns.items() if role == "previous"), key=len)
    if not words:
        return None
    alternatives = "|".join(regex.escape(w) for w in reversed(words))
    return regex.compile(rf"^\s*(?:{alternatives})(?:は|の|に|、|\s)")


def _previous_year(clause: str, rules: Rules) -> bool:
    """Whether a clause states the year before's figures (``前年度は就職者数が95人だったが``):
    no metric of the report's year; kept unread."""
    pattern = _previous_pattern(rules)
    return pattern is not None and pattern.match(clause) is not None


@per_rules
def _year_pattern(rules: Rules) -> regex.Pattern[str]:
    """A fiscal year opening a clause as its topic (``令和4年度は``, ``2022年度の``)."""
    from jirei.headings import fiscal_year

    topics = "|".join(regex.escape(t) for t in rules.sentence_topics if t) or "(?!)"
    return regex.compile(rf"^\s*{fiscal_year(rules)}(?:(?:{topics})、?|の|、)\s*(?=\S)")


def _year_lead(clause: str, rules: Rules) -> int:
    """How many leading characters of a clause are its fiscal year as a topic (a label
    and its own topic follow), else 0."""
    if "年度" not in clause[:12]:  # cheap precheck
        return 0
    match = _year_pattern(rules).match(clause)
    if match is None:
        return 0
    rest = clause[match.end() :]
    if any(t and t in rest for t in rules.sentence_topics):
        return match.end()
    other = _target_first_pattern(rules)  # ``令和2年度は、支援対象者数240人の目標に対し…``
    if other is not None and other.match(rest) is not None:
        return match.end()
    own = _clause_pattern(rules)  # ``令和2年度は、支援対象者数の目標250人に対し…`` (2535)
    return match.end() if own is not None and own.match(rest) is not None else 0


def _ending_cut(body: str, rules: Rules) -> str | None:
    """``body`` with its closing words blanked out (offsets kept), a bracket written after
    them left where it stands (``271人でした(達成率108.4%)``); None without closing words."""
    stripped = body.rstrip()
    bracket = ""
    if stripped.endswith(")") and "(" in stripped:
        at = stripped.rindex("(")
        bracket, stripped = stripped[at:], stripped[:at].rstrip()
    ending = next((e for e in rules.sentence_endings if stripped.endswith(e)), None)
    if ending is None:
        # no closing words: a sentence that stops at its figure (``就職率は63.8%。``,
        # ``…に対し実績163人(達成率108.7%)。``; decision 3218) is read as it stands
        return body if _figure_end(rules).search(stripped) else None
    if not bracket:
        return body[: len(body) - len(ending)] if body.endswith(ending) else None
    head = stripped[: len(stripped) - len(ending)]
    return head + " " * (len(body) - len(head) - len(bracket)) + bracket


@per_rules
def _figure_end(rules: Rules) -> regex.Pattern[str]:
    """A figure with its unit (``rules.units``) closing a text."""
    units = "|".join(regex.escape(u) for u in sorted(rules.units, key=len, reverse=True))
    return regex.compile(rf"\d(?:{units})$" if units else r"(?!)")


@per_rules
def _target_after(rules: Rules) -> regex.Pattern[str] | None:
    """A clause naming the target of the metric before it, after its actual:
    ``目標(180人)を上回った``, ``目標の180人を達成した`` (decision 879)."""
    targets = sorted((w for w, role in rules.columns.items() if role == "target"), key=len)
    if not targets:
        return None
    words = "|".join(regex.escape(w) for w in reversed(targets))
    return regex.compile(
        rf"^\s*\(?(?:{words})(?:の|は|値)?\s*\(?(?P<target>[^、。()]+?)\)?\)?\s*"
        r"(?:を|に)[^\d、。()]{0,15}$"
    )


def _target_clause(
    clause: str, start: int, metrics: list[Metric], rules: Rules, locate: Locate
) -> bool:
    """Whether ``clause`` states the target of the metric before it (which has none),
    which it then gets: ``支援対象者数は207人と、目標（180人）を上回った``."""
    previous = metrics[-1]
    pattern = _target_after(rules)
    if previous.target is not None or pattern is None:
        return False
    match = pattern.match(clause)
    if match is None:
        return False
    target = match_quantity(match, "target", start, rules, locate)
    if target is None:
        return False
    metrics[-1] = attrs.evolve(previous, target=target)
    return True


def _rate_clause(
    clause: str, start: int, metrics: list[Metric], rules: Rules, locate: Locate
) -> bool:
    """Whether ``clause`` states the achievement rate of the metric before it
    (``達成率は112.0%``), which it then gets."""
    previous = metrics[-1]
    if previous.achievement_rate is not None:
        return False
    lead = len(clause) - len(clause.lstrip())
    body = clause.strip()
    topic = next((t for t in rules.sentence_topics if t and t in body), None)
    bare = _bare_rate_word(body, rules) if topic is None else None
    if topic is None and bare is None:  # ``…実績263人、達成率109.6%でした`` (2051)
        return False
    word, rest = (bare, body[len(bare) :]) if bare is not None else body.partition(topic)[::2]
    if rules.columns.get(word.strip()) != "achievement_rate":
        return False
    rate = _rate(word.strip() + rest, start + lead, rules, locate)
    if rate is None:
        return False
    metrics[-1] = attrs.evolve(
        previous, achievement_rate=rate_value(rate, rules), achievement_span=rate.span
    )
    return True


def _bare_rate_word(body: str, rules: Rules) -> str | None:
    """The achievement-rate word opening ``body`` when it runs straight into its figure
    without a topic particle (``達成率109.6%``), else None."""
    for word, role in rules.columns.items():
        if role == "achievement_rate" and body.startswith(word) and body[len(word) :][:1].isdigit():
            return word
    return None


def _clauses(body: str) -> list[str]:
    """``body`` split at ``、`` outside brackets."""
    return [piece for _, piece in _split_outside_brackets(body, "、")]


def _topic_joined(clauses: list[str], rules: Rules) -> list[str]:
    """``clauses`` with one that ends in its topic particle (``支援対象者数は、目標…``) joined
    to the clause after it: the ``、`` after a topic does not end the clause."""
    topics = tuple(t for t in rules.sentence_topics if t)
    out: list[str] = []
    for clause in clauses:
        if out and topics and out[-1].rstrip().endswith(topics):
            out[-1] = out[-1] + "、" + clause
        else:
            out.append(clause)
    return out


def _clause(
    clause: str,
    start: int,
    pattern: regex.Pattern[str],
    rules: Rules,
    locate: Locate,
    kept: list[tuple[str, int, int]],
    ditto: bool = False,
    subs: list[Metric] | None = None,
) -> Metric | None:
    """The metric of one clause, else None; ``ditto``: the metric before stated its rate in
    a bracket, so ``（同108.6％）`` states this one's (decision 2359). The part metrics its
    bracket names (``うち紹介就職41人``) are added to ``subs``."""
    match = pattern.match(clause)
    if (match is None or any(ch.isdigit() for ch in match["label"])) and (
        other := _target_first_pattern(rules)
    ) is not None:  # ``label T の目標に対し A`` (decision 2464); a label holds no figure (3015)
        match = other.match(clause) or match
    if match is None:
        return None
    label = label_form(match["label"])
    actual = match_quantity(match, "actual", start, rules, locate)
    if not label or actual is None:
        return None
    target = None
    if match["target"] is not None:
        target = match_quantity(match, "target", start, rules, locate)
        if target is None:
            return None
    rate: Quantity | None = None
    achievement = None
    bracket = match["bracket"]
    if bracket is not None:
        b_start = start + match.start("bracket")
        named = _bracket_subs(bracket, b_start, rules, locate)
        if named:  # the part metrics read, the bracket's other pieces as before
            if subs is not None:
                subs.extend(metric for metric, _ in named)
            bracket = _without_pieces(bracket, [piece for _, piece in named])
    if bracket is not None:
        rate = _rate(bracket, b_start, rules, locate)
        if rate is None and ditto:
            rate = _ditto_rate(bracket, b_start, rules, locate)
        parts = None if rate is not None or target is not None else _bracket_parts(
            bracket, b_start, rules, locate
        )
        if parts is not None:  # ``412名(目標380名、達成率108.4%)`` (decision 874)
            target, rate = parts
        if rate is not None:
            achievement = rate_value(rate, rules)
        elif parts is None:  # (前年度の約1.5倍): not read (decision 40), kept
            kept.append((bracket.strip(), b_start, b_start + len(bracket)))
    raw = match["label"]
    l_start = start + len(raw) - len(raw.lstrip())
    return Metric(
        label=label,
        key=rules.metrics.get(label),
        target=target,
        actual=actual,
        achievement_rate=achievement,
        span=locate(l_start, start + len(clause.rstrip())),
        achievement_span=rate.span if rate is not None and achievement is not None else None,
    )


#: a figure in a clause (an Arabic or kanji digit)
_ANY_DIGIT = regex.compile(r"[0-9〇一二三四五六七八九十百千]")
#: the longest closing clause read as a summary of the figures before it
_SUMMARY = 20


def _summary(clause: str) -> bool:
    """Whether the last clause of a results sentence sums up the figures before it with
    none of its own (``いずれも目標を``, ``ともに前年度を`` once the ending is cut)."""
    stripped = clause.strip()
    return 0 < len(stripped) <= _SUMMARY and _ANY_DIGIT.search(stripped) is None


def _bracket_subs(
    bracket: str, start: int, rules: Rules, locate: Locate
) -> list[tuple[Metric, str]]:
    """The part metrics a bracket after an actual names, each with its piece of the
    bracket: a piece opening with a ``figures.toml [sentence_parts] sub_prefixes`` word, then a
    label and a figure (``うち紹介就職41人``; decision 2544)."""
    prefixes = tuple(rules.figures_table.get("sentence_parts", {}).get("sub_prefixes", ()))
    if not prefixes or not any(p in bracket for p in prefixes):
        return []
    out: list[tuple[Metric, str]] = []
    pieces = _split_outside_brackets(bracket, "、")
    for offset, piece in reversed(pieces):  # the closing pieces (spans stay exact)
        stripped = piece.strip()
        found = _SUB_PIECE.match(stripped) if stripped.startswith(prefixes) else None
        if found is None:
            break
        at = start + offset + (len(piece) - len(piece.lstrip()))
        try:
            quantity = _values.parse_quantity(found["figure"], rules=rules)
        except ValueParseError:
            break
        label = label_form(found["label"])
        f_at = at + found.start("figure")
        out.insert(
            0,
            (
                Metric(
                    label=label,
                    key=rules.metrics.get(label),
                    actual=attrs.evolve(quantity, span=locate(f_at, at + found.end("figure"))),
                    span=locate(at, at + found.end("label")),
                ),
                piece,
            )
        )
    return out


#: a part piece: its label (no figure), then its figure to the piece's end
_SUB_PIECE = regex.compile(
    r"^(?P<label>[^0-9〇一二三四五六七八九十百千、()]{2,20}?)\s*(?P<figure>(?:約)?[0-9〇一二三四五六七八九十百千].*?)\s*$"
)


def _without_pieces(bracket: str, pieces: list[str]) -> str | None:
    """``bracket`` without its closing ``pieces`` (split at ``、``); None when nothing is
    left."""
    split = _split_outside_brackets(bracket, "、")
    if len(pieces) >= len(split):
        return None
    return bracket[: split[len(split) - len(pieces)][0] - 1]


def _bracket_parts(
    bracket: str, start: int, rules: Rules, locate: Locate
) -> tuple[Quantity, Quantity | None] | None:
    """A bracket after an actual naming its target and maybe its rate
    (``目標380名、達成率108.4%``, ``目標170人以上／達成率97.1%``), else None."""
    targets = sorted(
        (w for w, role in rules.columns.items() if role == "target"), key=len, reverse=True
    )
    target: Quantity | None = None
    rate: Quantity | None = None
    position = 0
    for piece in regex.split(r"[、,/]", bracket):
        at = start + position
        position += len(piece) + 1
        stripped = piece.strip()
        word = next((w for w in targets if stripped.startswith(w)), None)
        if word is not None and target is None:
            raw = stripped[len(word) :].lstrip(" :")
            try:
                quantity = _values.parse_quantity(raw, rules=rules)
            except ValueParseError:
                return None
            q_at = at + piece.index(raw) if raw else at
            target = attrs.evolve(quantity, span=locate(q_at, q_at + len(raw.rstrip())))
            continue
        found = _rate(piece, at, rules, locate) if rate is None else None
        if found is None:
            return None
        rate = found
    return (target, rate) if target is not None else None


def _ditto_rate(bracket: str, start: int, rules: Rules, locate: Locate) -> Quantity | None:
    """A bracket opening with a ditto mark and a rate (``同百八・六％``, ``同108.6%、うち…``):
    the same kind of rate as the bracket before, else None."""
    stripped = bracket.lstrip()
    mark = next(
        (m for m in sorted(rules.ditto_marks, key=len, reverse=True) if stripped.startswith(m)),
        None,
    )
    if mark is None:
        return None
    at = start + len(bracket) - len(stripped) + len(mark)
    rest = stripped[len(mark) :]
    found = next(iter(_values.find_quantities(rest, rules=rules)), None)
    if found is None or found.start != 0 or found.value.unit != "%":
        return None
    return attrs.evolve(found.value, span=locate(at, at + found.end))


def _rate(bracket: str, start: int, rules: Rules, locate: Locate) -> Quantity | None:
    """A bracket ``達成率117.0%`` (an achievement-rate word and a figure), else None."""
    words = sorted(
        (w for w, role in rules.columns.items() if role == "achievement_rate"),
        key=len,
        reverse=True,
    )
    stripped = bracket.strip()
    word = next((w for w in words if stripped.startswith(w)), None)
    if word is None:
        return None
    rest = stripped[len(word) :]
    raw = rest.lstrip(" :")
    try:
        quantity = _values.parse_quantity(raw, rules=rules)
    except ValueParseError:
        return None
    at = start + (len(bracket) - len(bracket.lstrip())) + len(word) + len(rest) - len(raw)
    return attrs.evolve(quantity, span=locate(at, at + len(raw.rstrip())))


__all__ = ["SentenceResults", "read_sentence"]
