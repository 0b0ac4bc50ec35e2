"""A speaker named as a person of an organisation (decision 2473): ``浜松市生活福祉課の担当者``,
``静岡労働局職業安定部の担当官``, ``岐阜市福祉部の担当者`` speak for the organisation before the
``の``, so the speaker recorded is that organisation (``浜松市生活福祉課``). A post after the
``の`` (``ハローワーク西宮の統括職業指導官``) joins the organisation as one run-together post
(``ハローワーク西宮統括職業指導官``), as the prose readers record it. The person words and the
posts are ``figures.toml`` ``[prose] persons`` / ``posts``.
"""

from __future__ import annotations

from jirei.rules import DEFAULT_RULES, Rules


def organisation_speaker(speaker: str, rules: Rules = DEFAULT_RULES) -> str:
    """``speaker`` without a person word after its last ``の`` (``Xの担当者`` → ``X``), a post
    after it joined (``Xの課長`` → ``X課長``, ``Xの担当係長`` → ``X担当係長``); else
    ``speaker`` as it is."""
    if "の" not in speaker:
        return speaker
    table = rules.figures_table.get("prose", {})
    left, _, right = speaker.rpartition("の")
    if not left:
        return speaker
    if right in table.get("persons", ()):
        return left
    if right.endswith(tuple(table.get("posts", ()))):  # ``…課の担当係長`` too (decision 2514)
        return left + right
    return speaker


__all__ = ["organisation_speaker"]
