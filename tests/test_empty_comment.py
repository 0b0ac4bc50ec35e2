"""A speaker heading with no text under it gives a warning, not an empty comment."""

from __future__ import annotations

import jirei

TEXT = (
    "【大阪府東大阪市】【大阪労働局・ハローワーク布施】（一体的実施施設）平成24年1月10日事業開始\n"
    "駅前で仕事の相談を\n"
    "取組内容\n"
    "・予約相談を設けている。\n"
    "関係者の声\n"
    "＜東大阪市コメント＞\n"
    "相談の予約まで取れる。\n"
    "＜大阪労働局コメント＞\n"
)


def test_a_speaker_without_text_is_a_warning() -> None:
    doc = jirei.parse_text(TEXT)
    (profile,) = doc.profiles
    comments = [(c.speaker, c.text) for c in profile.comments]
    assert comments == [("東大阪市", "相談の予約まで取れる。")]
    (warning,) = [w for w in doc.warnings if w.code == "empty_comment"]
    assert warning.span is not None
    assert TEXT[warning.span.start : warning.span.end] == "大阪労働局"


def test_no_comment_of_the_corpus_is_empty() -> None:
    from pathlib import Path

    corpus = Path(__file__).parents[1] / "corpus"
    for path in sorted(corpus.glob("*.txt")):
        for profile in jirei.parse_path(path).profiles:
            assert all(c.text.strip() for c in profile.comments), path
