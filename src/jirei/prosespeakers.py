"""Who speaks in a case told in prose (decisions 2275-2277, branch prose10).

A quotation, an answer turn or a remark is a comment only when its speaker is the city,
the labour bureau, the Hello Work or another organisation the speaker names. A place word
inside a user's or an employer's description is no organisation: ``市内の建設会社の社長``,
``昨年秋に市内の食品工場へ就職した40代の女性``, ``町内の事業所の所長`` name none (the words of
``[prose] not_org_words`` are taken out before the organisation words are looked for). A
turn opened by a role instead of a family name (``質問者（…町の職員）``, ``記者（…新聞）``,
``司会（…）``; ``[prose] turn_not_names``) is a question or a moderator's line, no answer.

A sentence that names the speaker of the quotation under it (``北九州市保健福祉局保護課長は、
開設当初を振り返って次のように語った。`` over ``「…」``) gives one comment: the lead words and
verbs are ``quotes.toml`` ``said_leads`` and ``verbs``.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from attrs import frozen

from jirei.rules import DEFAULT_RULES, Rules, per_rules


@frozen
class _Words:
    orgs: regex.Pattern[str]
    not_orgs: regex.Pattern[str]
    not_names: tuple[str, ...]
    said: regex.Pattern[str]
    employers: regex.Pattern[str]
    partners: regex.Pattern[str]


def _alt(words: Iterable[str]) -> str:
    items = sorted(words, key=len, reverse=True)
    return "|".join(regex.escape(w) for w in items) or "(?!)"


@per_rules
def _words(rules: Rules = DEFAULT_RULES) -> _Words:
    prose = rules.figures_table.get("prose", {})
    quotes = rules.quotes_table.get("quotes", {})
    connectives = _alt(quotes.get("said_connectives", ()))
    return _Words(
        orgs=regex.compile(_alt(prose.get("speaker_orgs", ()))),
        not_orgs=regex.compile(_alt(prose.get("not_org_words", ()))),
        not_names=tuple(prose.get("turn_not_names", ())),
        employers=regex.compile(_alt(prose.get("employer_words", ()))),
        partners=regex.compile(_alt(prose.get("partner_words", ()))),
        said=regex.compile(
            rf"^[ \t]*(?:(?:{connectives})[、,][ \t]*)?"
            r"(?P<sp>[^「」。、\n]{2,40}?)(?:は|も)[、,]?"
            rf"[^「」。\n]{{0,24}}?(?:{_alt(quotes.get('said_leads', ()))})"
            rf"(?:{_alt(quotes.get('verbs', ()))})[。:][ \t]*$",
            regex.M,
        ),
    )


#: a relative clause's verb before the speaker's noun (``…を採用した市内の会社の社長``,
#: ``窓口を利用された30代の女性``): the speaker is the noun phrase after it
_CLAUSE = regex.compile(  # (a one-kanji verb's past too: ``仕事を得た三十代の女性``, 3479)
    r"(?:[っんいえけせてねめれきしちにびみりじぎ]た|(?<=[をがにで]\p{Han})た|[いえけれ]る|する|ある"
    r"|なる|ている|ていた)"
    r"(?=[^\p{Hiragana}])"
)


def head_noun(speaker: str) -> str:
    """The noun phrase a speaker's description ends with (after its last relative clause)."""
    ends = [m.end() for m in _CLAUSE.finditer(speaker)]
    return speaker[ends[-1] :] if ends else speaker


def names_organisation(speaker: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``speaker`` names an organisation of the partnership or another one (a
    user's description with a place word in it names none; an employer — a company, an
    事業所, a 法人 — is none unless the speaker also names a city, a bureau or an office)."""
    words = _words(rules)
    if words.employers.search(speaker) and not words.partners.search(speaker):
        from jirei.proseheads import places

        if not places(speaker, 0, len(speaker)):
            return False
    return bool(words.orgs.search(words.not_orgs.sub("・", speaker)))


def role_name(name: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a turn's opening word is a role (質問者, 記者, 司会 …), not a family name."""
    return name.startswith(_words(rules).not_names) if _words(rules).not_names else False


def said_over(
    text: str, lo: int, hi: int, rules: Rules = DEFAULT_RULES
) -> list[tuple[int, int, str, int, int, int]]:
    """Each sentence naming the speaker of the quotation on the line(s) under it:
    ``(lead start, speaker start, speaker, speaker end, quotation start, quotation end)``
    (the quotation's offsets inside its marks)."""
    if "のように" not in text[lo:hi] and "こう" not in text[lo:hi]:  # cheap exact precheck
        return []
    out = []
    for m in _words(rules).said.finditer(text, lo, hi):
        pos = m.end() + 1
        while pos < hi and text[pos] in " \t　":
            pos += 1
        if pos >= hi or text[pos] != "「":
            continue
        close = text.find("」", pos, hi)
        if close < 0 or "\n\n" in text[pos:close] or "「" in text[pos + 1 : close]:
            continue
        out.append((m.start(), m.start("sp"), m["sp"], m.end("sp"), pos + 1, close))
    return out


__all__ = ["head_noun", "names_organisation", "role_name", "said_over"]
