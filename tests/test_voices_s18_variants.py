"""Voices in shapes of their own, a third round (decisions 3501–3515, branch voices-s18).

Each rule is tried on documents written for this file, in layouts other than the
development documents' (other places, posts, marks, spacing, bracket styles), with negative
variants that must not trigger it:

- 3501 a round-table's cast list (``出席者：…`` / ``司会：…課長``, lines saying no sentence)
  between a comments heading and the first turn keeps the case's own lists: the turns are
  its voices;
- 3502 a heading whose note closes it inside its frame (``【座談会から（要旨）】``,
  ``【取組内容（概要）】``, ``＜関係者の声（抜粋）＞``) names the section its words name;
- 3503 a paragraph signed by another stakeholder under a headed comment (a blank line
  above it, ``（茨城労働局職業安定部長）`` alone under it or closing its last sentence,
  ``―ハローワーク…所長―``) is that signer's comment, the signature in neither text;
- 3506 an attendee word alone over rows (``（出席者）``, ``出席者（敬称略）``) in a round table
  holds the rows to the blank line; the turns after it are voices;
- 3507 a round table's turn parted from its stakeholder speaker by one space
  (``出雲市　…``) is a voice; the chair behind a turn mark (``○司会　…``) is none;
- 3504 one line of several ``speaker：「…」`` parts (``／``, ``｜``, ``・`` or spaces between)
  is one comment per part, the text inside the quotes.

Every expected value was written by hand from reading the document by
docs/reading-rules.md and corpus/README.md, never printed from the parser.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.rules import DEFAULT_RULES
from jirei.sections import Kind, classifier


def _parse(text: str) -> list[jirei.Profile]:
    return list(jirei.parse_text(text).profiles)


def _head(place: str = "松江", pref: str = "島根") -> str:
    return (
        f"【{pref}県{place}市】【{pref}労働局・ハローワーク{place}】\n"
        f"{place}就労支援コーナー（一体的実施施設）令和元年６月３日事業開始\n\n"
        "相談の入口をひとつに\n\n"
        "【取組内容】\n"
        "・福祉課の窓口で就労希望を確認した方をその場で案内\n"
        "・共通の支援記録票を使用\n\n"
        "【令和２年度 事業目標と取組状況】\n"
        "\t令和2年度目標\t令和2年度実績\n"
        "支援対象者数\t200人\t214人\n"
        "就職者数\t120人\t131人\n\n"
    )


def _voices(profile: jirei.Profile) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.role, c.text) for c in profile.comments]


# --- 3502: a note inside the heading's frame -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("【座談会から（要旨）】", "comments"),
        ("【座談会（要旨）】", "comments"),
        ("＜関係者の声（抜粋）＞", "comments"),
        ("〔関係者の声（抄）〕", "comments"),
        ("【取組内容（抜粋）】", "initiatives"),
        ("［取組内容（要約）］", "initiatives"),
    ],
)
def test_note_inside_frame_names_section(line: str, kind: str) -> None:
    import unicodedata

    found = classifier(DEFAULT_RULES).kind_of(unicodedata.normalize("NFKC", line))
    assert found == (Kind.SECTION, kind)


@pytest.mark.parametrize(
    "line",
    ["【福山市（要旨）】", "【事業の概要】", "【ハローワーク福山（抜粋）】"],
)
def test_no_alias_inside_frame_stays(line: str) -> None:
    import unicodedata

    kind = classifier(DEFAULT_RULES).kind_of(unicodedata.normalize("NFKC", line))
    assert kind[1] != "comments"


# --- 3501: a cast list between the round-table heading and the turns -----------------------

_ROUND_TABLE = (
    "{heading}\n"
    "{cast}"
    "\n"
    "{chair}：{open_question}\n"
    "{city}市：窓口まで一緒に行くので、支援が途切れなくなりました。\n"
    "ハローワーク{city}：電話一本で相談できる関係になりました。\n"
    "{chair}：ありがとうございました。\n"
)


@pytest.mark.parametrize(
    ("heading", "cast", "chair"),
    [
        (
            "【座談会から（要旨）】",
            "出席者：松江市福祉部生活福祉課長、ハローワーク松江統括職業指導官\n"
            "司会：島根労働局職業安定部職業安定課長\n",
            "司会",
        ),
        (
            "■座談会より",
            "出席者（敬称略）：松江市生活福祉課長、ハローワーク松江所長\n",
            "司会",
        ),
        (
            "＜意見交換会から＞",
            "参加者\n　松江市生活福祉課長\n　ハローワーク松江所長\n進行：島根労働局職業安定課長\n",
            "進行",
        ),
    ],
)
def test_cast_list_keeps_lists_and_reads_turns(heading: str, cast: str, chair: str) -> None:
    text = _head() + _ROUND_TABLE.format(
        heading=heading,
        cast=cast,
        chair=chair,
        city="松江",
        open_question="まず、連携の手応えをお聞かせください。",
    )
    (profile,) = _parse(text)
    assert profile.initiatives == (
        "福祉課の窓口で就労希望を確認した方をその場で案内",
        "共通の支援記録票を使用",
    )
    assert _voices(profile) == [
        ("松江市", "municipality", "窓口まで一緒に行くので、支援が途切れなくなりました。"),
        ("ハローワーク松江", "hello_work", "電話一本で相談できる関係になりました。"),
    ]


@pytest.mark.parametrize(
    "cast",
    [
        "（出席者）\n　松江市生活福祉課長　山田\n　ハローワーク松江所長　佐藤\n",
        "出席者（敬称略）\n　山田　　松江市生活福祉課長\n　佐藤　　ハローワーク松江所長\n",
        "■参加者\n　松江市生活福祉課長\n　ハローワーク松江所長\n",
    ],
)
def test_cast_block_keeps_lists_and_voices(cast: str) -> None:
    """An attendee word alone over rows (3506): the rows to the blank line are the list
    (aside), the turns after it the round table's voices; the case keeps its lists (3501)."""
    text = _head() + _ROUND_TABLE.format(
        heading="■座談会",
        cast=cast,
        chair="司会",
        city="松江",
        open_question="まず、連携の手応えをお聞かせください。",
    )
    (profile,) = _parse(text)
    assert profile.initiatives == (
        "福祉課の窓口で就労希望を確認した方をその場で案内",
        "共通の支援記録票を使用",
    )
    assert _voices(profile) == [
        ("松江市", "municipality", "窓口まで一緒に行くので、支援が途切れなくなりました。"),
        ("ハローワーク松江", "hello_work", "電話一本で相談できる関係になりました。"),
    ]


def test_attendee_head() -> None:
    import unicodedata

    from jirei.attendees import is_attendee_head

    def head(text: str) -> bool:
        return is_attendee_head(unicodedata.normalize("NFKC", text))

    assert head("（出席者）")
    assert head("出席者（敬称略）")
    assert head("■参加者")
    assert not head("出席者：松江市生活福祉課長")
    assert not head("参加者数")


def test_sentence_between_heading_and_turns_is_no_cast_list() -> None:
    """A sentence (a lead paragraph) between the heading and the first turn: the turns do
    not stand under the heading (3207 as before): the case is read as a meeting record."""
    from jirei.reportturns import _under_comments

    text = (
        "【座談会から】\n"
        "開設から6年を迎え、関係者が集まって振り返った。\n\n"
        "司会:まず、手応えをお聞かせください。\n"
    )
    assert not _under_comments(text, text.index("司会"), DEFAULT_RULES)
    cast = "【座談会から】\n出席者:松江市生活福祉課長\n\n司会:まず、手応えをお聞かせください。\n"
    assert _under_comments(cast, cast.index("司会"), DEFAULT_RULES)


# --- 3503: a paragraph signed by another stakeholder ---------------------------------------


@pytest.mark.parametrize(
    ("signed", "speaker", "role", "said"),
    [
        (
            "出雲市の熱意ある取組により、就職率は前年度を上回った。今後も市と一体となった\n"
            "支援を続けていく。\n（島根労働局職業安定部長）",
            "島根労働局職業安定部長",
            "labour_bureau",
            "出雲市の熱意ある取組により、就職率は前年度を上回った。今後も市と一体となった支援を続けていく。",
        ),
        (
            "短時間求人の開拓では、事業所から多くの協力を得られた。（ハローワーク出雲所長）",
            "ハローワーク出雲所長",
            "hello_work",
            "短時間求人の開拓では、事業所から多くの協力を得られた。",
        ),
        (
            "引き続き、市と連携して支援に取り組んでまいりたい。\n―島根労働局長―",
            "島根労働局長",
            "labour_bureau",
            "引き続き、市と連携して支援に取り組んでまいりたい。",
        ),
    ],
)
def test_signed_paragraph_is_the_signers_comment(
    signed: str, speaker: str, role: str, said: str
) -> None:
    text = _head("出雲") + (
        "＜出雲市コメント＞\n"
        "福祉と就労の担当が同じ窓口を共有し、取りこぼしなく支援できるようになった。\n\n"
        f"{signed}\n"
    )
    (profile,) = _parse(text)
    assert _voices(profile) == [
        ("出雲市", "municipality",
         "福祉と就労の担当が同じ窓口を共有し、取りこぼしなく支援できるようになった。"),
        (speaker, role, said),
    ]
    signer = profile.comments[1]
    assert signer.speaker_span is not None
    assert text[signer.speaker_span.start : signer.speaker_span.end] == speaker


_FIRST = "福祉と就労の担当が同じ窓口を共有し、取りこぼしなく支援できるようになった。"
_SIGNED = "引き続き、市と連携して支援に取り組んでまいりたい。"


@pytest.mark.parametrize(
    ("voices", "speaker"),
    [
        # a speaker line in brackets under a collective heading, the signature under the text
        (
            f"【関係者の声】\n＜出雲市＞\n{_FIRST}\n\n{_SIGNED}\n（島根労働局職業安定部長）\n",
            "出雲市",
        ),
        # ``speaker：text``, the signature closing the last sentence
        (f"【関係者の声】\n出雲市：{_FIRST}\n\n{_SIGNED}（島根労働局職業安定部長）\n", "出雲市"),
        # a marked department line over the text, the signer between dashes
        (f"【関係者の声】\n■出雲市福祉課\n{_FIRST}\n\n{_SIGNED}\n―島根労働局職業安定部長―\n",
         "出雲市福祉課"),
    ],
)
def test_signed_paragraph_under_speaker_lines(voices: str, speaker: str) -> None:
    (profile,) = _parse(_head("出雲") + voices)
    assert _voices(profile) == [
        (speaker, "municipality", _FIRST),
        ("島根労働局職業安定部長", "labour_bureau", _SIGNED),
    ]


@pytest.mark.parametrize(
    "signature",
    [
        "島根労働局職業安定部長　談",  # a bare name closed by 談
        "　　　　　　　　　　　　島根労働局職業安定部長",  # right-aligned, closed by a post
        "（島根労働局職業安定部長　談）",
    ],
)
def test_bare_signature(signature: str) -> None:
    text = _head("出雲") + f"＜出雲市コメント＞\n{_FIRST}\n\n{_SIGNED}\n{signature}\n"
    (profile,) = _parse(text)
    assert _voices(profile) == [
        ("出雲市", "municipality", _FIRST),
        ("島根労働局職業安定部長", "labour_bureau", _SIGNED),
    ]


@pytest.mark.parametrize(
    "signature",
    [
        "（文責：島根労働局職業安定部長）",  # a labelled sign-off: the writer, no speaker
        "ハローワーク出雲",  # a bare name closed by no post and no 談
    ],
)
def test_no_signature(signature: str) -> None:
    text = _head("出雲") + f"＜出雲市コメント＞\n{_FIRST}\n\n{_SIGNED}\n{signature}\n"
    (profile,) = _parse(text)
    assert [c.speaker for c in profile.comments][:1] == ["出雲市"]
    assert "島根労働局職業安定部長" not in [c.speaker for c in profile.comments]
    assert _SIGNED not in [c.text for c in profile.comments]


def test_signed_paragraph_after_two_voices() -> None:
    voices = (
        "【関係者の声】\n出雲市：窓口を共有できた。\nハローワーク出雲：求人開拓で協力を得られた。\n\n"
        f"{_SIGNED}\n（島根労働局長）\n"
    )
    (profile,) = _parse(_head("出雲") + voices)
    assert _voices(profile) == [
        ("出雲市", "municipality", "窓口を共有できた。"),
        ("ハローワーク出雲", "hello_work", "求人開拓で協力を得られた。"),
        ("島根労働局長", "labour_bureau", _SIGNED),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        # the heading's own speaker signing: one comment
        "取りこぼしのない支援を続けたい。\n（出雲市）",
        # a bracket naming no stakeholder (a note): no second voice
        "取りこぼしのない支援を続けたい。\n（令和２年度）",
        # the signature right under the text, no blank line: the one comment's
        None,
    ],
)
def test_no_signed_paragraph(tail: str | None) -> None:
    first = "福祉と就労の担当が同じ窓口を共有し、取りこぼしなく支援できるようになった。"
    body = f"{first}\n\n{tail}\n" if tail else f"{first}\n（島根労働局職業安定部長）\n"
    (profile,) = _parse(_head("出雲") + "＜出雲市コメント＞\n" + body)
    assert len(profile.comments) == 1
    assert profile.comments[0].speaker == "出雲市"


# --- 3504: several speaker：「…」 parts on one line ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "浜田市：「窓口で仕事探しまで完結できるのが心強いようです。」　／　"
        "ハローワーク浜田：「初回から具体的な求人提案ができています。」",
        "浜田市:「窓口で仕事探しまで完結できるのが心強いようです。」 | "
        "ハローワーク浜田:「初回から具体的な求人提案ができています。」",
        "浜田市：「窓口で仕事探しまで完結できるのが心強いようです。」　"
        "ハローワーク浜田：「初回から具体的な求人提案ができています。」",
        "浜田市「窓口で仕事探しまで完結できるのが心強いようです。」／"
        "ハローワーク浜田「初回から具体的な求人提案ができています。」",
        "浜田市：「窓口で仕事探しまで完結できるのが心強いようです。」・"
        "ハローワーク浜田：「初回から具体的な求人提案ができています。」",
        "【浜田市】「窓口で仕事探しまで完結できるのが心強いようです。」"
        "【ハローワーク浜田】「初回から具体的な求人提案ができています。」",
    ],
)
def test_line_of_voices_is_one_comment_each(line: str) -> None:
    (profile,) = _parse(_head("浜田") + "＜関係者の声＞\n" + line + "\n")
    assert _voices(profile) == [
        ("浜田市", "municipality", "窓口で仕事探しまで完結できるのが心強いようです。"),
        ("ハローワーク浜田", "hello_work", "初回から具体的な求人提案ができています。"),
    ]


def test_three_voices_on_a_line() -> None:
    line = (
        "浜田市：「心強いようです。」／ハローワーク浜田：「提案ができています。」"
        "／島根労働局：「連携を続けたい。」"
    )
    (profile,) = _parse(_head("浜田") + "＜関係者の声＞\n" + line + "\n")
    assert [(c.speaker, c.text) for c in profile.comments] == [
        ("浜田市", "心強いようです。"),
        ("ハローワーク浜田", "提案ができています。"),
        ("島根労働局", "連携を続けたい。"),
    ]


def test_quote_inside_a_sentence_is_one_voice() -> None:
    """A quote within a sentence, then more words: no ``speaker：「…」`` part after it."""
    from jirei.comments import CommentParts
    from jirei.voicepieces import voice_pieces

    text = "浜田市：「ハローワークに行ってください」と伝えるだけだった。今は「一緒に」行く。"
    at = text.index("「")
    parts = CommentParts("浜田市", 0, 3, "municipality", text[at:], at, len(text))
    assert voice_pieces(parts, text) is None
    two = "浜田市：「心強い。」／ハローワーク浜田：「提案ができる。」"
    at = two.index("「")
    parts = CommentParts("浜田市", 0, 3, "municipality", two[at:], at, len(two))
    pieces = voice_pieces(parts, two)
    assert pieces is not None
    assert [(p.speaker, p.text) for p in pieces] == [
        ("浜田市", "心強い。"), ("ハローワーク浜田", "提案ができる。")
    ]
    assert [two[p.start : p.end] for p in pieces] == ["心強い。", "提案ができる。"]


# --- 3505: a cast row is no comment ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("ハローワーク松江所長", True),
        ("島根労働局職業安定部職業安定課長", True),
        ("ハローワーク松江に感謝しています。", False),
        ("窓口を一本化", False),  # no stakeholder named: left to the other rules
        ("ケースワーカー同行", False),
    ],
)
def test_stakeholder_name_alone_is_no_comment(text: str, noise: bool) -> None:
    from jirei.commentnoise import is_noise
    from jirei.comments import CommentParts

    parts = CommentParts("松江市生活福祉課長", 0, 9, "municipality", text, 10, 10 + len(text))
    assert is_noise(parts) is noise


# --- 3507: a round table's turns parted by one space; the chair behind a turn mark ---------


@pytest.mark.parametrize(
    ("heading", "chair"),
    [
        ("【座談会から】", "司会　"),
        ("【関係者の声】", "○司会　"),
        ("＜意見交換会より＞", "進行　"),
    ],
)
def test_turns_parted_by_one_space(heading: str, chair: str) -> None:
    voices = (
        f"{heading}\n"
        f"{chair}まず、手応えをお聞かせください。\n"
        "出雲市　窓口まで一緒に行くので、支援が途切れなくなりました。\n"
        "ハローワーク出雲　電話一本で相談できる関係になりました。\n"
        "島根労働局職業安定課　今後も定着支援を続けてほしい。\n"
    )
    (profile,) = _parse(_head("出雲") + voices)
    assert _voices(profile) == [
        ("出雲市", "municipality", "窓口まで一緒に行くので、支援が途切れなくなりました。"),
        ("ハローワーク出雲", "hello_work", "電話一本で相談できる関係になりました。"),
        ("島根労働局職業安定課", "labour_bureau", "今後も定着支援を続けてほしい。"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "出雲市　では、窓口を一本化した。",  # a sentence: the place, then a particle
        "令和２年度　窓口を一本化した。",  # no stakeholder before the space
        "出雲市　窓口一本化",  # no sentence closed
    ],
)
def test_no_turn_parted_by_one_space(line: str) -> None:
    speaker, said = line.split("　", 1)
    (profile,) = _parse(_head("出雲") + f"【関係者の声】\n{line}\n")
    assert (speaker, said) not in [(c.speaker, c.text) for c in profile.comments]


@pytest.mark.parametrize(
    "line",
    [
        "浜田市：「窓口で完結できるのが心強い。」　／　"
        "ハローワーク浜田：「初回から提案ができる。」",
        # (a ``｜`` between them, alone under the table, makes the line a table row: not read)
        "浜田市:「窓口で完結できるのが心強い。」 ハローワーク浜田:「初回から提案ができる。」",
        "浜田市：「窓口で完結できるのが心強い。」・ハローワーク浜田：「初回から提案ができる。」",
    ],
)
def test_line_of_voices_right_under_the_results(line: str) -> None:
    """No voices heading: the line right under the results table is two voices, no other
    result (the quotation finder reads each part, 3504)."""
    (profile,) = _parse(_head("浜田") + line + "\n")
    assert _voices(profile) == [
        ("浜田市", "municipality", "窓口で完結できるのが心強い。"),
        ("ハローワーク浜田", "hello_work", "初回から提案ができる。"),
    ]
    assert profile.other_results == ()
