"""A speaker named by an organisation, a post and a person (decisions 1560–1563).

The speaker recorded is the organisation and the post, spaces removed; a person's name is
no part of it (``鳥取市福祉部　課長　田中　一郎`` → ``鳥取市福祉部課長``), and a post in a
bracket joins the organisation before it (``岡山市生活福祉課（課長）`` → ``岡山市生活福祉課課長``;
``利用者（40代男性）`` stays). A heading ``◇豊橋市の声（福祉部生活福祉課長）`` names the
organisation before ``の声`` and its department in the bracket: ``豊橋市福祉部生活福祉課長``.
Words are data in ``rules/quotes.toml`` (``[posts]``).
"""

from __future__ import annotations

import regex
from attrs import evolve

from jirei.comments import CommentParts, role_of
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo


class _Words:
    """The compiled patterns of one ``Rules``."""

    def __init__(self, rules: Rules) -> None:
        table = rules.quotes_table.get("posts", {})
        words = sorted(table.get("words", ()), key=len, reverse=True)
        posts = "|".join(regex.escape(w) for w in words) or r"(?!)"
        self.not_name_ends: tuple[str, ...] = tuple(table.get("not_name_ends", ()))
        self.org_words: tuple[str, ...] = tuple(table.get("org_words", ()))
        self.post_end = regex.compile(rf"(?:{posts})$")
        # (a given name may be written in kana: ``山本さくら``, ``川上ケン``; decision 3215)
        self.name = regex.compile(
            r"(?P<name>\p{Han}{1,6}|\p{Han}{1,4}(?:\p{Hiragana}{2,4}|\p{Katakana}{2,4}))(?:氏|さん)?"
        )
        # a post in a bracket after the organisation (``…課(課長補佐)``)
        self.bracket = regex.compile(rf"^(?P<org>[^()]+)\((?P<post>[^()\d]{{0,20}}(?:{posts}))\)$")
        self.any_post = regex.compile(posts)
        # ``ハローワーク山口の統括職業指導官``: the ``の`` between the organisation and its post
        self.no_post = regex.compile(rf"(?<=\S)の(?=(?:{posts})$)")


@per_rules
def _words(rules: Rules) -> _Words:
    return _Words(rules)


@per_rules_memo(1 << 12)
def tidy_speaker(speaker: str, rules: Rules = DEFAULT_RULES) -> str:
    """The organisation and post of a speaker (spaces already removed): a bracketed post
    joined, a person's name after the post dropped; else the speaker unchanged."""
    words = _words(rules)
    spoken_for = _spoken_for(speaker, words, rules)
    if spoken_for is not None:
        return spoken_for
    if words.any_post.search(speaker) is None:
        return speaker
    out = speaker
    bracket = words.bracket.match(out)
    if bracket is not None and role_of(bracket.group("org"), rules) != "other":
        out = bracket.group("org") + bracket.group("post")
    keep = _without_name(out, words)
    if keep is not None and role_of(keep, rules) != "other":
        out = keep
    return out


def _spoken_for(speaker: str, words: _Words, rules: Rules) -> str | None:
    """The organisation a person speaks for, bracketed after them (decision 3300):
    ``中川係長（富山市生活支援課）`` → ``富山市生活支援課``,
    ``就職支援ナビゲーター（ハローワーク富山）`` → ``ハローワーク富山``,
    ``40代女性（利用者）`` → ``利用者``. The words before the bracket are
    a person — a post (a name before it or none) or a person described (age, sex) — naming
    no organisation; the bracket names one (a stakeholder by the role rules, or an
    ``org_words`` word such as ``利用者``) and ends in no post (``佐藤明子（郡山市…課長）``, an
    organisation and the person's post, stays as written). None for any other speaker."""
    if not speaker.endswith((")", "】")):
        return None
    found = _SPOKEN_FOR.match(speaker)
    if found is None:
        return None
    who, org = found.group("who"), found.group("org")
    if words.post_end.search(who) is None and not _describes_person(who, rules):
        return None
    if role_of(who, rules) != "other" or any(w in who for w in words.org_words):
        return None  # ``岡山市生活福祉課（課長）``: the organisation stands before the bracket
    if words.post_end.search(org) is not None:
        return None
    if role_of(org, rules) == "other" and not org.endswith(words.org_words):
        return None
    return org


#: a speaker and a bracket after it, nothing after the bracket
_SPOKEN_FOR = regex.compile(
    r"^(?P<who>[^()【】]{2,20})(?:\((?P<org>[^()]{2,30})\)|【(?P<org>[^【】]{2,30})】)$"
)


def _without_name(speaker: str, words: _Words) -> str | None:
    """``speaker`` without a person's name after its post (the longest start ending in a
    post and followed by a name only), else None."""
    for cut in range(len(speaker) - 1, 1, -1):
        head, name = speaker[:cut], speaker[cut:]
        if words.post_end.search(head) is None:
            continue
        found = words.name.fullmatch(name)
        if found is None:
            return None  # the longest post is followed by more than a name
        if found.group("name").endswith(words.not_name_ends):
            return None
        return head
    return None


def post_joined(speaker: str, rules: Rules = DEFAULT_RULES) -> str:
    """``speaker`` with the ``の`` before its post dropped when the rest keeps its role
    (``ハローワーク山口の統括職業指導官`` → ``ハローワーク山口統括職業指導官``; decision 1566)."""
    if "の" not in speaker:
        return speaker
    joined = _words(rules).no_post.sub("", speaker, count=1)
    if joined != speaker and role_of(joined, rules) == role_of(speaker, rules):
        return joined
    return speaker


def with_org(org: str, speaker: str, rules: Rules = DEFAULT_RULES) -> str:
    """The speaker a heading ``org の声（speaker）`` names: the bracket, behind ``org`` when
    the bracket names no organisation of its own and ``org`` has a stakeholder role."""
    words = _words(rules)
    if not org or speaker.startswith(org) or any(w in speaker for w in words.org_words):
        return speaker
    if role_of(org, rules) in ("other",) or org.endswith(("担当者", "担当", "自治体")):
        # ``【利用者の声】50代男性``: a person described, no organisation named — the
        # heading's word for the speaker (decision 2512)
        return org if _describes_person(speaker, rules) else speaker
    return org + speaker


def _describes_person(text: str, rules: Rules) -> bool:
    """Whether a speaker is only a person's description (``50代男性``, ``30代・女性``):
    words of ``[posts] person_words`` with digits, no organisation."""
    table = rules.quotes_table.get("posts", {})
    words = tuple(table.get("person_words", ()))
    return bool(words) and _PERSON.fullmatch(text) is not None and any(w in text for w in words)


#: an age and a sex, in any order, apart by nothing, a ``・`` or a space
_PERSON = regex.compile(r"[\d\p{Han}代・ ]{1,12}")


def tidy_parts(parts: CommentParts, rules: Rules = DEFAULT_RULES) -> CommentParts:
    """A read comment whose speaker is its organisation and post (role read again)."""
    if not parts.speaker:
        return parts
    speaker = tidy_speaker(parts.speaker, rules)
    if speaker == parts.speaker:
        return parts
    return evolve(parts, speaker=speaker, role=role_of(speaker, rules))


__all__ = ["post_joined", "tidy_parts", "tidy_speaker", "with_org"]
