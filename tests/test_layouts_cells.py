"""Documents of two kinds, written here in surfaces of our own: a converter's HTML tables
(decisions 810, 811) and full-width pipe tables whose cells hold figures of several roles,
comments as quotes with the speaker after, a table broken by a page (decisions 813–815)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from tests._profiles import figures

import jirei

HTML = """# 令和4年度 就労支援 事例紹介

<!-- page break -->

**CASE 1**

### 川沿いの庁舎で、福祉と職業相談を一か所に

<table class="card">
  <tr>
    <td>実施自治体</td>
    <td>岐阜県<br>大垣市</td>
  </tr>
  <tr>
    <td>連携先</td>
    <td>岐阜労働局<br>ハローワーク大垣</td>
  </tr>
  <tr>
    <td>窓口の名称</td>
    <td>おおがき就労相談室（一体的実施施設）</td>
  </tr>
  <tr>
    <td>開始日</td>
    <td>令和元年１０月１日</td>
  </tr>
</table>

#### 取組の内容

1. 生活保護の新規申請者に、申請と同じ日に職業相談を案内した。
2. 子育て中の方向けに、午前だけの求人を集めて紹介した。

#### 令和4年度実績

<TABLE border="1">
<TR><TH>対象者</TH><TH>項目</TH><TH>目標</TH><TH>実績</TH></TR>
<TR><TD ROWSPAN="3">生活保護受給者等</TD><TD>支援対象者数</TD><TD>140人</TD><TD>152人</TD></TR>
<TR><TD>就職者数</TD><TD>84人</TD><TD>90人</TD></TR>
<TR><TD>就職率</TD><TD>60.0％</TD><TD>59.2％</TD></TR>
</TABLE>

#### 関係者の声

<table>
<thead><tr><th>コメント</th><th>話者</th></tr></thead>
<tbody>
<tr><td>申請の日に相談まで進めるので、<br>途中で来なくなる方が減りました。</td>
<td>大垣市 社会福祉課</td></tr>
<tr><td>午前だけの求人は人気です。</td><td>ハローワーク大垣</td></tr>
</tbody>
</table>
"""


def test_html_document() -> None:
    doc = jirei.parse_text(HTML)
    (p,) = doc.profiles
    assert (p.prefecture, p.municipality, p.labour_bureau, p.hello_work) == (
        "岐阜県", "大垣市", "岐阜労働局", ("ハローワーク大垣",)
    )
    assert (p.facility_name, p.facility_type, p.start_date) == (
        "おおがき就労相談室", "一体的実施施設", date(2019, 10, 1)
    )
    assert p.title == "川沿いの庁舎で、福祉と職業相談を一か所に"
    assert len(p.initiatives) == 2
    assert figures(p) == [
        ("支援対象者数", (140, "人", None), (152, "人", None), None),
        ("就職者数", (84, "人", None), (90, "人", None), None),
        ("就職率", (Decimal("60.0"), "%", None), (Decimal("59.2"), "%", None), None),
    ]
    assert {m.group for m in p.metrics} == {"生活保護受給者等"}  # the rowspan's group
    assert [(c.speaker, c.role) for c in p.comments] == [
        ("大垣市社会福祉課", "municipality"), ("ハローワーク大垣", "hello_work")
    ]
    said = "申請の日に相談まで進めるので、途中で来なくなる方が減りました。"
    assert "".join(p.comments[0].text.split()) == said  # a wrapped cell: spaces
    span = p.comments[1].span
    assert HTML[span.start : span.end] == "午前だけの求人は人気です。"


PIPES = """令和４年度　一体的実施事業　取組紹介

【事例１】　静岡県沼津市
駅前の窓口で、生活と仕事の相談をひとつに

｜区分｜内容｜
｜市町村｜静岡県沼津市｜
｜労働局｜静岡労働局｜
｜公共職業安定所｜ハローワーク沼津｜
｜施設名｜ぬまづ仕事プラザ（一体的実施施設）｜
｜開設日｜H29.10.2｜

■工夫した点
・生活保護の面談日に合わせてナビゲーターが同席した。
・駅前のスペースを使い、夕方の相談枠を設けた。

■令和４年度の成果
｜項目｜目標／実績／達成率｜
｜支援対象者数｜200人以上／215人／107.5％｜
｜就職者数｜120人以上／131人／109.2％｜
｜就職率｜60％以上／60.9％｜

■関係者の声
「面談の場で求人を一緒に見られるのが心強いです。」―沼津市 生活福祉課
「夕方の枠は働きながら探す方に好評です。」【ハローワーク沼津】

－ ３ －

■２■　静岡県富士市
工場のまちで、ものづくりの仕事につなぐ

｜区分｜内容｜
｜市町村｜静岡県富士市｜
｜労働局｜静岡労働局｜
｜安定所｜ハローワーク富士｜
｜施設名｜ふじ就労サポート（常設窓口）｜
｜開設日｜2016/7/1｜

■取組のあらまし
・市内の製造業の見学会を年３回開いた。

■令和４年度の成果
｜項目｜状況｜
｜支援対象者数｜目標90人 実績101人｜
｜就職者数｜目標54人 実績50人｜

－ ４ －

■２■　静岡県富士市（続き）

｜項目｜状況｜
｜うち紹介就職｜実績31人｜

■トピックス
・見学会の参加者は延べ４２人。

■関係者の声
「見学会のあとは応募が増えました。
来年は回数を増やします。」―富士市 産業政策課
"""


def test_pipe_document() -> None:
    doc = jirei.parse_text(PIPES)
    first, second = doc.profiles
    assert (first.municipality, first.hello_work, first.facility_name, first.start_date) == (
        "沼津市", ("ハローワーク沼津",), "ぬまづ仕事プラザ", date(2017, 10, 2)
    )
    assert (second.municipality, second.hello_work, second.start_date) == (
        "富士市", ("ハローワーク富士",), date(2016, 7, 1)
    )
    assert len(first.initiatives) == 2 and len(second.initiatives) == 1
    assert figures(first) == [
        ("支援対象者数", (200, "人", "以上"), (215, "人", None), Decimal("107.5")),
        ("就職者数", (120, "人", "以上"), (131, "人", None), Decimal("109.2")),
        ("就職率", (60, "%", "以上"), (Decimal("60.9"), "%", None), None),
    ]
    # roles named by words in the cells; the table goes on after the page break
    assert figures(second) == [
        ("支援対象者数", (90, "人", None), (101, "人", None), None),
        ("就職者数", (54, "人", None), (50, "人", None), None),
        ("うち紹介就職", None, (31, "人", None), None),
    ]
    assert list(second.other_results) == ["見学会の参加者は延べ42人。"]
    assert [(c.speaker, c.role) for c in first.comments] == [
        ("沼津市生活福祉課", "municipality"), ("ハローワーク沼津", "hello_work")
    ]
    assert [c.speaker for c in second.comments] == ["富士市産業政策課"]  # a wrapped quote
    said = "見学会のあとは応募が増えました。来年は回数を増やします。"
    assert second.comments[0].text.replace(" ", "") == said
    assert first.comments[0].text == "面談の場で求人を一緒に見られるのが心強いです。"


QUOTE_LINES = [
    ("「相談が増えた。」―大垣市 社会福祉課", "大垣市社会福祉課", "相談が増えた。"),
    ("「相談が増えた。」 ── ハローワーク大垣", "ハローワーク大垣", "相談が増えた。"),
    ("「相談が増えた。」【岐阜労働局】", "岐阜労働局", "相談が増えた。"),
    ("「相談が増えた。」＜大垣市＞", "大垣市", "相談が増えた。"),
    ("『相談が増えた。』（大垣市）", "大垣市", "相談が増えた。"),
    ("“相談が増えた。”―ハローワーク大垣", "ハローワーク大垣", "相談が増えた。"),
    ("「相談が\n増えた。」（大垣市 社会福祉課）", "大垣市社会福祉課", "相談が増えた。"),
]


@pytest.mark.parametrize(("line", "speaker", "said"), QUOTE_LINES)
def test_quote_then_speaker(line: str, speaker: str, said: str) -> None:
    text = (
        "【事例１】　岐阜県大垣市\n駅前で相談をひとつに\n\n■取組内容\n・相談を同じ日に行った。\n\n"
        "■関係者の声\n" + line + "\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    ((got_speaker, got_text),) = [(c.speaker, c.text) for c in profile.comments]
    assert got_speaker == speaker
    assert "".join(got_text.split()) == said


TITLED_CARDS = """# 事例集

<table>
<tr><th colspan="2">事例１　呉市</th></tr>
<tr><th>キャッチコピー</th><td>造船のまちの就労支援</td></tr>
<tr><th>自治体</th><td>広島県呉市</td></tr>
<tr><th>労働局・ハローワーク</th><td>広島労働局・ハローワーク呉</td></tr>
</table>

### 取組内容

- 相談を同じ日に行った。

### 実績

<table>
<tr><th>指標</th><th>実績（達成率）</th></tr>
<tr><td>支援対象者数</td><td>281人（112.4％）</td></tr>
</table>

<table>
<tr><th colspan="2">事例２　福山市</th></tr>
<tr><th>キャッチコピー</th><td>二つの入口を一つに</td></tr>
<tr><th>自治体</th><td>広島県福山市</td></tr>
<tr><th>労働局・ハローワーク</th><td>広島労働局・ハローワーク福山</td></tr>
</table>

### 取組内容

- 出張相談を行った。

### 実績

指標｜目標｜実績
支援対象者数｜180人｜193人
"""


def test_cards_titled_by_a_spanning_row() -> None:
    first, second = jirei.parse_text(TITLED_CARDS).profiles
    assert (first.title, first.municipality, first.hello_work) == (
        "造船のまちの就労支援", "呉市", ("ハローワーク呉",)
    )
    assert (second.title, second.municipality) == ("二つの入口を一つに", "福山市")
    assert figures(first) == [("支援対象者数", None, (281, "人", None), Decimal("112.4"))]
    assert figures(second) == [("支援対象者数", (180, "人", None), (193, "人", None), None)]
