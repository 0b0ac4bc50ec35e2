"""Which section a heading opens, for headings written with more than the alias itself:
a heading number (``1.取組の概要``, ``(1)取組の概要``, ``II 取組内容``; regexes in
``rules.heading_numbers``), a fiscal year in brackets after the name (``▼成果(令和元年度)``)
or ``の`` after a leading fiscal year (``令和元年度の成果``). See ``corpus/README.md``,
decision 21. Plain aliases are looked up by ``jirei.sections.heading_key`` alone.
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules, era_alternation, per_rules

_HASH = regex.compile(r"^\s*#*\s*")
#: a bracketed gloss holding a colon after a heading's name (``インタビュー（聞き手：…）``)
_GLOSS = regex.compile(r"\s*\([^()]*:[^()]*\)\s*$")
#: an English gloss in brackets after the name: ``関係者の声 (Voices)`` (decision 1781)
_LATIN_GLOSS = regex.compile(
    r"(?<=[\p{Han}\p{Hiragana}\p{Katakana}])\s*\([A-Za-z][A-Za-z .,'&/-]*\)\s*$"
)
#: an English gloss in brackets inside a heading (``実績 (Results) 2021年度 (FY2021)``)
#: an English label leading a Japanese heading, set apart by a space or a bar
#: (``VOICE　担当者から一言``, ``Point｜取組内容``, ``OUR RESULTS: 実績``)
_LATIN_LEAD = regex.compile(
    r"^[A-Za-z][A-Za-z'&.-]*(?: [A-Za-z][A-Za-z'&.-]*){0,3}\s*[\s:|]\s*(?=[^\x00-\x7f])"
)
_LATIN_GLOSS_INSIDE = regex.compile(r"\s*\([A-Za-z][A-Za-z0-9 ,.:;'&/\-]*\)")
#: an as-of note or the period a results heading covers, in brackets after its name:
#: ``成果（2024年3月末現在）``, ``実績(12月末時点)``, ``(4月~3月)``, ``(七月~三月)`` (1867, 1880)
_AS_OF = regex.compile(
    r"\s*\([^()]{0,24}(?:現在|時点|末日?|速報値?|見込み?|\d月|[一二三四五六七八九十]月)\)"
    r"(?=\s*[】\]>》〉〕］＞]?\s*$)"
)
#: the place a heading's section belongs to, in brackets after its name: ``令和4年度の実績
#: （倉敷市）``, ``取組内容（広島県福山市）``, ``【成果（北九州市小倉北区）】`` (a slide deck's page
#: title naming its case; decision 3165)
_PLACE_NOTE = regex.compile(
    r"\s*\((?:\p{Han}{1,3}[都道府県])?\p{Han}[\p{Han}\p{Katakana}ー]{0,6}[市区町村]"
    r"(?:\p{Han}{1,4}区)?\)(?=\s*[】\]>》〉〕］＞]?\s*$)"
)
#: a named municipality's profile (``仙台市の概要``): looked up as ``市の概要`` (decision 1503)
_PLACE_PROFILE = regex.compile(
    r"^\p{Han}[\p{Han}\p{Hiragana}\p{Katakana}ー]{0,8}?([市町村区])(の.{2,4})$"
)


def fiscal_year(rules: Rules = DEFAULT_RULES) -> str:
    """A pattern for a fiscal year as written in a heading (``令和元年度``, ``H29年度``,
    ``29年度``, ``2019年度``, ``平成二十六年度`` after an era name, decision 220), eras from
    ``rules``; unanchored, safe to embed."""
    eras = era_alternation(rules)
    return rf"(?:(?:{eras})?(?:\d{{1,2}}|元)|(?:{eras})[一二三四五六七八九十]{{1,3}}|\d{{4}})年度"


@per_rules
def trailing_fiscal_year(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str]:
    """A fiscal year closing a heading key (brackets already dropped): ``成果令和元年度``."""
    return regex.compile(rf"{fiscal_year(rules)}$")


@per_rules
def trailing_year_column(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str]:
    """A fiscal year and a target / actual column word closing a heading key (brackets
    already dropped): ``数値で見る成果令和4年度実績`` (``【…】（令和４年度実績）``;
    decision 2457)."""
    words = sorted(
        (w for w, role in rules.columns.items() if role in ("target", "actual") and w),
        key=len,
        reverse=True,
    )
    alternatives = "|".join(regex.escape(w) for w in words) or "(?!)"
    return regex.compile(rf"{fiscal_year(rules)}(?:{alternatives})$")


_DIGITS = regex.compile(r"\d+")


@per_rules
def _numbers(rules: Rules) -> regex.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in rules.heading_numbers) or "(?!)"
    return regex.compile(rf"^(?:{alternatives})")


def heading_number(text: str, rules: Rules = DEFAULT_RULES) -> int | None:
    """The arabic number of a heading number opening ``text`` (``3. お知らせ``, ``(2)実績``),
    else None."""
    match = _numbers(rules).match(text.strip())
    if match is None or match.end() >= len(text.strip()):
        return None
    digits = _DIGITS.search(match.group())
    return int(digits.group()) if digits is not None else None


def strip_number(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` (``#`` and outer spaces removed) without a leading heading number."""
    text = _HASH.sub("", text, count=1).strip()
    match = _numbers(rules).match(text)
    return text[match.end() :] if match is not None and match.end() < len(text) else text


def _latin_gloss(stripped: str) -> bool:
    """Whether a heading ends in an English gloss in brackets (cheap tests first)."""
    at = stripped.rfind("(")
    return at > 0 and stripped[at + 1 : at + 2].isascii() and (
        _LATIN_GLOSS.search(stripped, at - 1 if at > 1 else 0) is not None
    )


#: a bracket closing a heading (no digits: ``（平成28年度・四半期別）`` is a breakdown)
_PERIOD_NOTE = regex.compile(r"\s*\((?P<note>[^()0-9]{1,30})\)$")


def _heading_note(text: str, rules: Rules) -> str:
    """``text`` without a closing bracket that is a note on the figures under it — the
    months covered, why no target was set, a preliminary count (``headwords.toml
    heading_notes``: ``（十月から三月まで）``, ``（初年度のため目標設定なし）``, ``（速報値）``;
    decision 2138); else ``text``. A breakdown (``（対象者別）``) is no such note."""
    notes = _notes(rules)
    breakdowns = _breakdowns(rules)  # ``（対象者別）``: a breakdown of the table (2250)
    if not (notes and any(w in text for w in notes)) and not (
        breakdowns and any(w in text for w in breakdowns)
    ):  # (cheap: most brackets are no note)
        return text
    match = _PERIOD_NOTE.search(text)
    if match is None:  # ``（令和4年度・確定値）``: the figures' year, then the note (3390)
        match = _YEAR_NOTE.search(text)
        if match is None:
            return text
        pieces = [p for p in _NOTE_BREAK.split(match.group("note")) if p]
        year = regex.compile(rf"^{fiscal_year(rules)}$")
        if len(pieces) != 2 or year.match(pieces[0]) is None or not any(
            w in pieces[1] for w in notes
        ):
            return text
        return text[: match.start()]
    note = match.group("note")
    if not any(w in note for w in notes) and not note.endswith(breakdowns):
        return text
    return text[: match.start()]


#: a closing bracket holding a year and a note (``（令和4年度・確定値）``)
_YEAR_NOTE = regex.compile(r"\s*\((?P<note>[^()]{3,30})\)$")
#: what parts a year from the note after it
_NOTE_BREAK = regex.compile(r"\s*[・、,/]\s*")


@per_rules
def _notes(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    return tuple(str(w) for w in rules.headwords_table.get("heading_notes", ()))


@per_rules
def _breakdowns(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    return tuple(str(w) for w in rules.headwords_table.get("heading_breakdowns", ()))


@per_rules
def _breakdown_lead(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str]:
    """A breakdown written before the name of a heading (``四半期別の目標と実績``,
    ``対象者ごとの実績``): a short word closed by a ``heading_breakdowns`` word and ``の``."""
    words = "|".join(regex.escape(w) for w in _breakdowns(rules)) or "(?!)"
    return regex.compile(rf"^[^の\s]{{2,8}}?(?:{words})の")


def _modifier(key: str, rules: Rules) -> int:
    """The length of the ``heading_modifiers`` word opening a heading's key (``主な``), or 0."""
    for word in rules.headwords_table.get("heading_modifiers", ()):
        if key.startswith(str(word)) and len(key) > len(str(word)):
            return len(str(word))
    return 0


def _over_all_facilities(text: str, rules: Rules) -> bool:
    """Whether a heading captions a table of every facility (``施設別の実績``: decision 2020's
    ``figures.toml overall_captions``): its breakdown spans the cases, it names no section."""
    from jirei.overalltables import is_overall_caption

    return is_overall_caption(text, rules)


#: a heading's frame (``【…】``, ``＜…＞``, ``〔…〕`` as NFKC leaves them) round its words
_FRAMED = regex.compile(r"[【\[<〈《〔](?P<inside>[^【】\[\]<>〈〉《》〔〕]{2,58})[】\]>〉》〕]")
_FRAME_CLOSES = frozenset("】]>〉》〕")


#: the wave dashes around a heading's subtitle (``～現場の担当者に聞きました～``; NFKC makes
#: ``～`` a ``~``)
_WAVES = frozenset("~〜～")
_SUBTITLE = regex.compile(r"\s*[~〜～][^~〜～]{1,40}[~〜～]\s*$")


def variant_kind(
    stripped: str, rules: Rules = DEFAULT_RULES, unnumbered: str | None = None
) -> str | None:
    """The section kind of a heading written with a number, a trailing bracketed fiscal
    year or ``…年度の``; None when no such form names an alias. ``unnumbered``, if given,
    is ``strip_number(stripped, rules)`` (saves computing it again)."""
    from jirei.sections import heading_key

    if unnumbered is None:
        unnumbered = strip_number(stripped, rules)
    candidates = [stripped, unnumbered]
    framed = _FRAMED.fullmatch(stripped) if stripped[-1:] in _FRAME_CLOSES else None
    if framed is not None and framed["inside"].endswith(")"):
        # ``【座談会から（要旨）】``: the note closes the heading inside its frame (3502)
        stripped = framed["inside"].strip()
        candidates.append(stripped)
    if "(" in stripped and _LATIN_GLOSS_INSIDE.search(stripped):  # ``実績 (Results)`` (1825)
        candidates.append(_LATIN_GLOSS_INSIDE.sub("", unnumbered))
    if stripped.endswith(")") and ":" in stripped:  # a gloss after the name (decision 852)
        candidates += [_GLOSS.sub("", text) for text in candidates]
    if stripped.endswith(")") and _latin_gloss(stripped):
        candidates += [_LATIN_GLOSS.sub("", text) for text in candidates]
    if ")" in stripped[-3:] and _AS_OF.search(stripped):
        candidates += [_AS_OF.sub("", text) for text in candidates]
    if stripped.endswith(")") and "(" in stripped[1:]:  # ``…実績（十月から三月まで）`` (2138)
        candidates += [_heading_note(text, rules) for text in candidates]
    if ")" in stripped[-3:] and _PLACE_NOTE.search(stripped):
        candidates += [_PLACE_NOTE.sub("", text) for text in candidates]
    if "A" <= stripped[:1].upper() <= "Z" and _LATIN_LEAD.match(stripped):
        # ``VOICE 担当者から一言``, ``POINT 取組内容``: an English label before the heading (3301)
        candidates += [_LATIN_LEAD.sub("", text, count=1) for text in candidates]
    if stripped[-1:] in _WAVES:  # ``インタビュー　～現場の担当者に聞きました～`` (decision 2516)
        candidates += [_SUBTITLE.sub("", text) for text in candidates]
    for text in dict.fromkeys(candidates):
        key = heading_key(text, rules)
        kind = rules.sections.get(key)
        if kind is not None:
            return kind
        shorter = trailing_fiscal_year(rules).sub("", key) if key.endswith("年度") else key
        if shorter == key and "年度" in key:  # ``成果令和4年度実績`` (2457)
            shorter = trailing_year_column(rules).sub("", key)
        shorter = shorter.removeprefix("の")
        if shorter and shorter != key:
            kind = rules.sections.get(shorter)
            if kind is not None:
                return kind
        if (
            shorter
            and (lead := _breakdown_lead(rules).match(shorter))  # 四半期別の (2412)
            and not _over_all_facilities(stripped, rules)
        ):
            kind = rules.sections.get(shorter[lead.end() :])
            if kind is not None:
                return kind
        # ``令和5年度の主な実績``: the section its name names, after a year (3105; a bare
        # ``主な指標`` over another topic's table stays unread)
        modifier = _modifier(shorter, rules) if key.startswith("の") else 0
        if modifier:
            kind = rules.sections.get(shorter[modifier:])
            if kind is not None:
                return kind
        if len(key) <= 14 and "の" in key and (place := _PLACE_PROFILE.match(key)):
            kind = rules.sections.get(place.group(1) + place.group(2))
            if kind is not None:
                return kind
    return None


__all__ = ["strip_number", "variant_kind"]
