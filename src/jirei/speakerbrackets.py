"""A speaker keeps the brackets it was written with (decision 3109).

Normalisation writes every square bracket (``〔〕``, ``［］``, ``〖〗``) as ``【】`` and every
angle bracket (``＜＞``, ``《》``, ``≪≫``) as ``<>`` so that the readers know one of each; a
speaker read from the normalised text (``上田市〔福祉課〕`` → ``上田市【福祉課】``) is given back
the brackets of the original text its span covers (NFKC, as every value is).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import attrs

from jirei.model import Profile
from jirei.normalise import BRACKETS

_CLASS_CHARS = frozenset(BRACKETS.values())


def _classed(text: str) -> str:
    return "".join(BRACKETS.get(char, char) for char in text)


def _written(speaker: str, original: str) -> str:
    """``speaker`` with its bracket-class characters as ``original`` (the text its span
    covers) writes them, when the two are the same but for those; else ``speaker``."""
    written = "".join(unicodedata.normalize("NFKC", original).split())
    if len(written) == len("".join(speaker.split())) and _classed(written) == "".join(
        speaker.split()
    ) and not any(char.isspace() for char in speaker):
        return written
    return speaker


def with_written_brackets(profiles: Sequence[Profile], text: str) -> list[Profile]:
    """``profiles`` with each comment's speaker holding the brackets as written."""
    out: list[Profile] = []
    for profile in profiles:
        comments = list(profile.comments)
        changed = False
        for index, comment in enumerate(comments):
            speaker, span = comment.speaker, comment.speaker_span
            if not speaker or span is None or not _CLASS_CHARS.intersection(speaker):
                continue
            written = _written(speaker, text[span.start : span.end])
            if written != speaker:
                comments[index] = attrs.evolve(comment, speaker=written)
                changed = True
        out.append(attrs.evolve(profile, comments=tuple(comments)) if changed else profile)
    return out


__all__ = ["with_written_brackets"]
