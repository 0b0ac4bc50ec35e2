"""Fallback segmentation (``jirei.fallback``): documents whose cases are introduced in
header styles the case rules do not know still give their cases, with a warning.

The documents below are invented for these tests (real place / office names, invented
facilities); each is in a header style that ``rules/header.toml`` does not describe.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import jirei
from jirei.fallback import find_place, generic_fields, lead_label, place_alone, place_offices
from jirei.lines import Line

ROOT = Path(__file__).parents[1]

# chapter-style: `3-1 <place>` then indented `連携先:` / `窓口:` lines, a `『…』` headline,
# headings not in the alias table, `ア イ` items, a comments section of inline comments
CHAPTER = """令和６年度　就労支援の連携事例集（東北）

３－１　岩手県花巻市
　連携先：岩手労働局・ハローワーク花巻
　窓口：はなまき就労支援コーナー（一体的実施施設）　２０１９年１０月１日設置
『温泉地の旅館と組んだ職場体験』

（１）取組の中身
ア　市の福祉窓口の隣にナビゲーターの席を置く。
イ　旅館組合の協力で三日間の職場体験を行う。

（２）実績の推移
　　　　　　　　令和５年度目標　　令和５年度実績
支援対象者数　　１２０人　　　　　１３２人
就職者数　　　　７０人　　　　　　８１人

（３）関係者のコメント
●花巻市生活福祉課のコメント：体験から就職につながる例が増えた。
●ハローワーク花巻のコメント：旅館からの求人が前年より多く寄せられた。

３－２　青森県弘前市
　連携先：青森労働局・ハローワーク弘前
　窓口：ひろさき仕事相談室（常設窓口）　２０２１年４月１日設置
『りんご農家の繁忙期に合わせた短時間の仕事』

（１）取組の中身
ア　収穫期の短時間求人をまとめて紹介する。
イ　農協と合同の説明会を開く。

（２）実績の推移
　　　　　　　　令和５年度目標　　令和５年度実績
支援対象者数　　８０人　　　　　　９１人
就職者数　　　　４５人　　　　　　５２人

（３）関係者のコメント
●弘前市福祉政策課のコメント：短い時間から働き始める方が多い。
"""

# slide-like: rule lines, `取組事例①` labels, a `◆` headline, one slash-separated field line
# with unknown labels, decorated headings outside the alias table
SLIDES = """連携事例スライド集

――――――――――――――――
取組事例①
◆駅前の商業ビルで、仕事と暮らしの相談をひとつの窓口に
実施主体：群馬県前橋市／連携：群馬労働局・ハローワーク前橋／形態：常設窓口／開始：R2.4.1

【ここがポイント】
→ 家計相談と職業相談を同じ日に受けられる。
→ 夜間の相談日を月に二回設ける。

【数字で見る成果】（令和５年度）
支援対象者数　　目標１５０人　　実績１６２人
就職者数　　　　目標９０人　　　実績９８人

【担当者の声】
相談の待ち時間が短くなったとの報告があった。

――――――――――――――――
取組事例②
◆商店街の空き店舗で若者の就職を後押し
実施主体：栃木県小山市／連携：栃木労働局・ハローワーク小山／形態：巡回相談窓口／開始：H30.10.1

【ここがポイント】
→ 高校の進路担当と連携し、卒業後も相談を続ける。

【数字で見る成果】（令和５年度）
支援対象者数　　目標６０人　　実績６６人
就職者数　　　　目標３６人　　実績４０人

【小山市の声】
商店街の人通りが増え、相談に立ち寄る若者も増えた。
"""

# a marked place + offices line, a start-date line, a headline, bullets and a table under
# no heading at all
PLAIN = """2023年度　一体的実施　取組レポート

■ 静岡県浜松市　静岡労働局　ハローワーク浜松
2016年4月1日開設　はままつ就労サポート
外国籍の方の就職を通訳付きで支える

・ポルトガル語の通訳が相談に同席する。
・企業向けに在留資格の説明会を開く。

\t2022年度目標\t2022年度実績
支援対象者数\t100人\t112人
就職率\t60%\t62.5%

＜浜松市コメント＞
通訳が入ることで相談の内容が深まった。

■ 静岡県富士宮市　ハローワーク富士宮
2018年10月1日開設
富士山の麓で観光業への就職を支える

・観光協会と合同の面接会を開く。

\t2022年度目標\t2022年度実績
支援対象者数\t50人\t57人
就職者数\t30人\t33人

＜ハローワーク富士宮コメント＞
面接会の参加企業が年々増えている。
"""

# a first case in an unknown style before a case in the known bracket style
LEADING = """令和５年度　取組事例集

３－１　岩手県花巻市
　連携先：岩手労働局・ハローワーク花巻
『温泉地の旅館と組んだ職場体験』

（１）取組の中身
ア　市の福祉窓口の隣にナビゲーターの席を置く。
イ　旅館組合の協力で三日間の職場体験を行う。

（２）実績の推移
　　　　　　　　令和４年度目標　　令和４年度実績
支援対象者数　　１２０人　　　　　１３２人

＜花巻市コメント＞
体験から就職につながる例が増えた。

【宮城県仙台市】【宮城労働局・ハローワーク仙台】（一体的実施施設）平成２８年４月１日事業開始
区役所の中で生活保護受給者の就職を支える

【取組内容】
・区役所の福祉窓口の隣に相談窓口を置く。

【令和４年度 事業目標と実績】
\t目標\t実績
支援対象者数\t200人\t215人

＜仙台市コメント＞
相談から就職までが早くなった。
"""

# known section headings, so the case rules open each case at its headline; the header
# lines above each headline are in no known style (they used to end the case before)
ABOVE = """令和５年度　事例報告

◇　栃木県那須塩原市
　連携先：栃木労働局・ハローワーク那須塩原
『温泉地の季節の仕事から、通年の仕事へ』

【取組内容】
・市の相談室の隣にコーナーを置く。

【事業目標と実績】
\t令和４年度目標\t令和４年度実績
支援対象者数\t120人\t132人

＜那須塩原市コメント＞
冬の間の求人も集まるようになった。

◇　山梨県甲府市
　連携先：山梨労働局・ハローワーク甲府
『ひとり親の方の働ける時間に合わせた求人探し』

【取組内容】
・保育所の送迎に間に合う求人を集める。

【事業目標と実績】
\t令和４年度目標\t令和４年度実績
支援対象者数\t100人\t108人

＜甲府市コメント＞
これまで相談に来なかった方とつながった。
"""

# (document, expected profiles: municipality, prefecture, hello_work, labour_bureau,
#  start_date, title, metrics {label: (target, actual)}, comment speakers)
CASES = [
    (
        "chapter",
        CHAPTER,
        [
            (
                "花巻市", "岩手県", ("ハローワーク花巻",), "岩手労働局", dt.date(2019, 10, 1),
                "温泉地の旅館と組んだ職場体験",
                {"支援対象者数": (120, 132), "就職者数": (70, 81)},
                ("花巻市生活福祉課", "ハローワーク花巻"),
            ),
            (
                "弘前市", "青森県", ("ハローワーク弘前",), "青森労働局", dt.date(2021, 4, 1),
                "りんご農家の繁忙期に合わせた短時間の仕事",
                {"支援対象者数": (80, 91), "就職者数": (45, 52)},
                ("弘前市福祉政策課",),
            ),
        ],
    ),
    (
        "slides",
        SLIDES,
        [
            (
                "前橋市", "群馬県", ("ハローワーク前橋",), "群馬労働局", dt.date(2020, 4, 1),
                "駅前の商業ビルで、仕事と暮らしの相談をひとつの窓口に",
                {"支援対象者数": (150, 162), "就職者数": (90, 98)},
                # 【担当者の声】 names no speaker (decision 51); its line has no `speaker：`
                (),
            ),
            (
                "小山市", "栃木県", ("ハローワーク小山",), "栃木労働局", dt.date(2018, 10, 1),
                "商店街の空き店舗で若者の就職を後押し",
                {"支援対象者数": (60, 66), "就職者数": (36, 40)},
                ("小山市",),
            ),
        ],
    ),
    (
        "plain",
        PLAIN,
        [
            (
                "浜松市", "静岡県", ("ハローワーク浜松",), "静岡労働局", dt.date(2016, 4, 1),
                "外国籍の方の就職を通訳付きで支える",
                {"支援対象者数": (100, 112), "就職率": (60, Decimal("62.5"))},
                ("浜松市",),
            ),
            (
                "富士宮市", "静岡県", ("ハローワーク富士宮",), None, dt.date(2018, 10, 1),
                "富士山の麓で観光業への就職を支える",
                {"支援対象者数": (50, 57), "就職者数": (30, 33)},
                ("ハローワーク富士宮",),
            ),
        ],
    ),
    (
        "leading",
        LEADING,
        [
            (
                "花巻市", "岩手県", ("ハローワーク花巻",), "岩手労働局", None,
                "温泉地の旅館と組んだ職場体験",
                {"支援対象者数": (120, 132)},
                ("花巻市",),
            ),
            (
                "仙台市", "宮城県", ("ハローワーク仙台",), "宮城労働局", dt.date(2016, 4, 1),
                "区役所の中で生活保護受給者の就職を支える",
                {"支援対象者数": (200, 215)},
                ("仙台市",),
            ),
        ],
    ),
    (
        "above",
        ABOVE,
        [
            (
                "那須塩原市", "栃木県", ("ハローワーク那須塩原",), "栃木労働局", None,
                "温泉地の季節の仕事から、通年の仕事へ",
                {"支援対象者数": (120, 132)},
                ("那須塩原市",),
            ),
            (
                "甲府市", "山梨県", ("ハローワーク甲府",), "山梨労働局", None,
                "ひとり親の方の働ける時間に合わせた求人探し",
                {"支援対象者数": (100, 108)},
                ("甲府市",),
            ),
        ],
    ),
]  # fmt: skip


def _figure(quantity: object) -> object:
    return None if quantity is None else quantity.value  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fallback_reads_unknown_header_styles(name: str, text: str, expected: list) -> None:
    doc = jirei.parse_text(text, name)
    assert len(doc.profiles) == len(expected)
    for profile, want in zip(doc.profiles, expected, strict=True):
        municipality, prefecture, offices, bureau, start, title, metrics, speakers = want
        assert profile.municipality == municipality
        assert profile.prefecture == prefecture
        assert profile.hello_work == offices
        assert profile.labour_bureau == bureau
        assert profile.start_date == start
        assert profile.title == title
        found = {m.label: (_figure(m.target), _figure(m.actual)) for m in profile.metrics}
        assert found == metrics
        assert tuple(c.speaker for c in profile.comments) == speakers
        assert all(c.text for c in profile.comments)
    codes = [w.code for w in doc.warnings]
    assert "no_cases" not in codes


@pytest.mark.parametrize(
    ("text", "fallback_profiles"),
    # SLIDES: its ``取組事例①`` lines are case labels (rules/header.toml): its cases are found
    # by their labels, not guessed. CHAPTER's ``３－１　岩手県花巻市`` lines are case labels too:
    # the cases the fallback found are each opened by one, so they are no guesses (decision 1121)
    [(CHAPTER, 0), (SLIDES, 0), (PLAIN, 2), (LEADING, 1), (ABOVE, 2)],
    ids=["chapter", "slides", "plain", "leading", "above"],
)
def test_each_guessed_case_is_warned_with_its_span(text: str, fallback_profiles: int) -> None:
    doc = jirei.parse_text(text)
    warned = [w for w in doc.warnings if w.code == "fallback_segmentation"]
    assert len(warned) == fallback_profiles
    spans = {(p.span.start, p.span.end) for p in doc.profiles}
    for warning in warned:
        assert warning.span is not None
        assert (warning.span.start, warning.span.end) in spans
        assert f"[{warning.span.start}, {warning.span.end})" in warning.message


def test_cases_do_not_swallow_each_other() -> None:
    """Each fallback case stops where the next begins: no comment, item or title of one
    case is read into another."""
    doc = jirei.parse_text(CHAPTER)
    first, second = doc.profiles
    assert first.initiatives == (
        "市の福祉窓口の隣にナビゲーターの席を置く。",
        "旅館組合の協力で三日間の職場体験を行う。",
    )
    assert "弘前" not in "".join(c.text for c in first.comments)
    assert first.span.end <= second.span.start
    assert CHAPTER[second.span.start :].lstrip().startswith("３－２")


def test_text_without_results_or_comments_is_no_case() -> None:
    text = CHAPTER.split("（２）実績の推移")[0]
    doc = jirei.parse_text(text)
    assert doc.profiles == ()
    assert "no_cases" in [w.code for w in doc.warnings]


def test_a_lone_overview_table_is_no_case() -> None:
    """A table of figures with no place, date or comment (a report's national totals)
    is not taken for a case."""
    text = "全国の状況\n\n\t令和4年度実績\n支援対象者数\t12000人\n就職者数\t7000人\n"
    doc = jirei.parse_text(text)
    assert doc.profiles == ()
    assert "no_cases" in [w.code for w in doc.warnings]


#: corpus documents in layouts the case rules read (first three batches and holdout/)
KNOWN_LAYOUTS = [
    "h27_tohoku.txt", "h28_kanto.txt", "h29_kanto_plain.txt", "h30_chubu.txt",
    "h30_kyushu_fieldline.txt", "h31_hokuriku_paged.txt", "r01_kinki.txt",
    "r01_tokai_kv.txt", "r02_kyushu_plain.txt", "r03_chugoku_plain.txt",
    "r04_shikoku_cards.txt", "r05_hokkaido_tohoku.txt", "r05_shinetsu_quarterly.txt",
    "r06_chubu_narrative.txt", "r06_kanto_overview.txt", "y2021_kinki_gregorian.txt",
    "holdout/h26_alt_vocab.txt", "holdout/r04_paged.txt",
]  # fmt: skip


@pytest.mark.parametrize("name", KNOWN_LAYOUTS)
def test_known_layouts_never_fall_back(name: str) -> None:
    doc = jirei.parse_path(ROOT / "corpus" / name)
    assert doc.profiles
    assert not any(w.code == "fallback_segmentation" for w in doc.warnings)


def test_seed_never_falls_back() -> None:
    seed = ROOT / ".." / "shared" / "seed" / "000_55666265dad7f183.txt"
    if not seed.exists():
        pytest.skip("../shared is absent")
    doc = jirei.parse_path(seed)
    assert len(doc.profiles) == 13
    assert not any(w.code == "fallback_segmentation" for w in doc.warnings)


# ------------------------------------------------------------------ line signals


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("大分県別府市", "大分県別府市"),
        ("実施主体:群馬県前橋市/連携", "群馬県前橋市"),
        ("府中市", "府中市"),
        ("ハローワーク別府と別府市", "別府市"),
        ("市の担当者", None),
        ("まちづくり", None),
    ],
)
def test_find_place(text: str, place: str | None) -> None:
    found = find_place(text)
    assert (text[found[0] : found[1]] if found else None) == place


@pytest.mark.parametrize(
    ("text", "alone", "with_offices"),
    [
        ("2-1 大分県別府市", "大分県別府市", None),
        ("■ 静岡県浜松市 静岡労働局 ハローワーク浜松", None, "静岡県浜松市"),
        ("(事例1)石川県小松市 [石川労働局・ハローワーク小松]", None, "石川県小松市"),
        ("別府市役所にハローワークの窓口を置く", None, None),
        ("別府市の取組", None, None),
    ],
)
def test_place_lines(text: str, alone: str | None, with_offices: str | None) -> None:
    found = place_alone(text)
    assert (text[found[0] : found[1]] if found else None) == alone
    found = place_offices(text)
    assert (text[found[0] : found[1]] if found else None) == with_offices


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2-1 大分県別府市", "2-1 "),
        ("取組事例1", "取組事例1"),
        ("(事例1)石川県小松市", "(事例1)"),
        ("【事例2】駅前の窓口", "【事例2】"),
        ("(1)取組の中身", ""),
        ("2021年度の実績", ""),
    ],
)
def test_lead_label(text: str, label: str) -> None:
    assert text[: lead_label(text)] == label


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # (``運営主体`` became a field label in decision 1537: another unknown label here)
        ("運営者:群馬県前橋市/協力:群馬労働局・ハローワーク前橋", ["place", "offices"]),
        ("窓口:はなまき就労支援コーナー(一体的実施施設) 2019年10月1日設置", ["facility"]),
        ("運用開始:R2.4.1", ["facility"]),
        ("名称:ぬまづ就労支援窓口", []),  # a known label: left to jirei.fields
        # field labels since the slide layout (decision 48): left to jirei.fields too
        ("実施主体:群馬県前橋市/連携:群馬労働局・ハローワーク前橋", []),
        ("開始:R2.4.1", []),
        ("担当:福祉課", []),  # nothing a header holds
    ],
)
def test_generic_fields(text: str, kinds: list[str]) -> None:
    assert [kind for kind, _value, _at in generic_fields(Line(text, 0))] == kinds
