"""Lead's merge fix (decision 2800): page runs of gathered parts (2721) meet case labels
that name their case (2782).

Since decision 2782 a case label followed by the case's name (``■事例Ｂ　富士市``,
``【事例Ｂ】富士市``) keys that case. A run of parts ends where a case opens that no part
of the run heads; the case's own label naming it heads no part, so the next page's cases
must not be read as the earlier case's gathered blocks. Before the fix the second case of
the first page took the comments of both cases on the next page.
"""

from __future__ import annotations

import pytest

import jirei

_TABLE_ONE = """■令和４年度　事業目標と実績（事例Ａ・事例Ｂ）
\t事例Ａ　沼津市\t\t事例Ｂ　富士市
\t目標\t実績\t目標\t実績
支援対象者数\t200人以上\t214人\t120人以上\t118人
就職者数\t130人以上\t141人\t78人以上\t80人
"""
_TABLE_TWO = """■令和４年度　事業目標と実績（事例Ｃ・事例Ｄ）
\t事例Ｃ　磐田市\t\t事例Ｄ　掛川市
\t目標\t実績\t目標\t実績
支援対象者数\t150人以上\t162人\t90人以上\t91人
就職者数\t98人以上\t104人\t50人以上\t55人
"""
_CASES = [
    ("Ａ", "沼津市", "ハローワーク沼津", "ぬまづ就労コーナー", "窓口が近くなった。"),
    ("Ｂ", "富士市", "ハローワーク富士", "ふじ就労サポート", "来所が増えている。"),
    ("Ｃ", "磐田市", "ハローワーク磐田", "いわた就労支援室", "見学から就職した。"),
    ("Ｄ", "掛川市", "ハローワーク掛川", "かけがわワークサポート", "面接会が好評だった。"),
]


def _case(label: str, mark: str, city: str, office: str, name: str, voice: str) -> str:
    return f"""{label.format(m=mark, city=city)}
【静岡県{city}】【静岡労働局・{office}】
{name}（一体的実施施設）　平成２８年４月１日事業開始

{city}の窓口で相談から就職までを支える取組

＜取組内容＞
○市の窓口で{office}の職業相談を実施

＜{city}コメント＞
{voice}

"""


def _document(label: str) -> str:
    one = "".join(_case(label, *case) for case in _CASES[:2])
    two = "".join(_case(label, *case) for case in _CASES[2:])
    return (
        "令和４年度　一体的実施　好事例集\n\n"
        + one + _TABLE_ONE + "\n－ ２ －\n\n\n" + two + _TABLE_TWO + "\n－ ３ －\n"
    )


@pytest.mark.parametrize(
    "label",
    ["■事例{m}　{city}", "事例{m}　{city}", "【事例{m}】{city}", "◆事例{m}（{city}）"],
)
def test_a_label_naming_its_own_case_ends_the_page_run(label: str) -> None:
    doc = jirei.parse_text(_document(label))
    assert [p.municipality for p in doc.profiles] == ["沼津市", "富士市", "磐田市", "掛川市"]
    assert [[c.speaker for c in p.comments] for p in doc.profiles] == [
        ["沼津市"], ["富士市"], ["磐田市"], ["掛川市"]
    ]
    assert [[m.actual.value for m in p.metrics if m.actual] for p in doc.profiles] == [
        [214, 141], [118, 80], [162, 104], [91, 55]
    ]
    assert [len(p.initiatives) for p in doc.profiles] == [1, 1, 1, 1]
