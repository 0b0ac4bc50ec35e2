"""The second speed pass of the seventeenth session: ``fieldrecords._facts`` stopped once the
share of a sheet is out of reach reads every sheet it would have read whole, and stops only
where the whole reading fills less than that share."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jirei import fieldrecords
from jirei.lines import split_lines
from jirei.rules import DEFAULT_RULES

#: label lines, values, rows of cells, quoted cells, blank lines and prose
_LINES = ["事例番号", "1", "2", "都道府県", "福岡県", "施設名", "北九州市ワークプラザ", "指標1",
          "支援対象者数", "目標1", "350人以上", "実績1", "372人", "達成率1", "106%", "", " ",
          "コメント（北九州市）", "市のコメント", "相談者の状況を直接伝えられるようになった。",
          "施設名\t北九州市", "目標:120人", "就職者数　目標：72人　実績：80人", "取組内容1",
          "①連携を強化", "②出張相談", '"二つの窓口の', '連携を強化"', "作成者", "#N/A",
          "対象年度", "令和3年度", "支援対象者数(目標)", "就職者数_実績", "### 施設名",
          "本事業では市と労働局が一体となって就労支援を行っている。"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=40))
def test_early_stop_changes_no_sheet(pieces: list[str]) -> None:
    lines = split_lines("\n".join(pieces))
    floor = fieldrecords._MIN_SHARE * sum(1 for line in lines if not line.blank)
    whole = fieldrecords._facts(lines, DEFAULT_RULES)
    early = fieldrecords._facts(lines, DEFAULT_RULES, fieldrecords._MIN_SHARE)
    if whole[1] >= floor:
        assert early == whole
    else:
        assert early[1] < floor


def test_a_sheet_is_read_whole() -> None:
    text = "\n".join(["事例番号", "1", "都道府県", "福岡県", "施設名", "北九州市ワークプラザ",
                      "指標1", "支援対象者数", "目標1", "350人以上", "実績1", "372人"] * 2)
    lines = split_lines(text)
    early = fieldrecords._facts(lines, DEFAULT_RULES, fieldrecords._MIN_SHARE)
    assert early == fieldrecords._facts(lines, DEFAULT_RULES)
    assert fieldrecords.read_field_records(text, DEFAULT_RULES)
