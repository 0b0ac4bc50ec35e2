"""Ruled text tables as tools print them (decisions 2070-2077, branch ruled8): Excel sheets
printed to text with a rule under every row and merged cells standing in their first row only,
word-processor box-drawing tables (light, heavy, double and mixed rules) with cells wrapped
over several lines of one row, merged header cells over sub-heads and group cells beside
sub-rows, one-column frames round comments, pandoc grid tables with facts, figures and
comments in grids.

Every document below is written for this file (real places, invented facilities and prose);
every expected value was written by hand from reading the document by
docs/reading-rules.md, never printed from the parser.
"""

from __future__ import annotations

from datetime import date

from _variants import M, P, R, variant_tests

MU, HW, LB = "municipality", "hello_work", "labour_bureau"

_WIDE = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def fw(text: str, width: int) -> str:
    """``text`` in full-width figures, padded with ideographic spaces to ``width``."""
    text = text.translate(_WIDE)
    assert len(text) <= width, text
    return text + "\u3000" * (width - len(text))


def brow(cells: list[str], widths: list[int], bar: str = "│") -> str:
    return bar + bar.join(fw(c, w) for c, w in zip(cells, widths, strict=True)) + bar


def brule(widths: list[int], left: str, mid: str, right: str, line: str = "─") -> str:
    return left + mid.join(line * w for w in widths) + right


def sheet_rule(char: str = "-") -> str:
    return char * 96


# ---------------------------------------------------------------------------------------
# 1. 佐賀: an Excel sheet printed to text, other field words (市町村 / 所管労働局 / 安定所 /
#    事業開始 / 窓口名称 / 窓口の種類 / タイトル), sections 主な取組 / 実績 / 関係者の声,
#    a facility name cut mid-word, a speaker wrapped in its cell, ・ items.
def saga_sheet(
    n: int,
    city: str,
    office: str,
    date: str,
    name: tuple[str, str],
    kind: str,
    title: str,
    items: list[str],
    table: list[str],
    voices: list[str],
) -> str:
    r = sheet_rule()
    rows = [
        f"佐賀労働局　一体的実施　事例シート（令和4年度）　　　　　　　　　　　　　　　{n}/2",
        r,
        f"| 市町村         | 佐賀県{city:<10}| 所管労働局     | 佐賀労働局                 |",
        r,
        f"| 安定所         | {office:<14}| 事業開始       | {date:<27}|",
        r,
        f"| 窓口名称       | {name[0]:<14}| 窓口の種類     | {kind:<27}|",
        f"|                | {name[1]:<14}|                |                            |",
        r,
        f"| タイトル       | {title:<58}|",
        r,
    ]
    first = True
    for item in items:
        head = "主な取組" if first else ""
        rows += [f"| {head:<14} | {item:<58}|", r]
        first = False
    first = True
    for line in table:
        head = "実績" if first else ""
        rows += [f"| {head:<14} {line}", r]
        first = False
    rows += voices
    return "\n".join(rows) + "\n\n"


SAGA = (
    "令和４年度　一体的実施事業　取組事例シート集\n佐賀労働局職業安定部\n\n"
    + saga_sheet(
        1,
        "佐賀市",
        "ハローワーク佐賀",
        "2016年4月1日",
        ("さがしごとサポー", "トセンター"),
        "一体的実施施設",
        "福祉事務所の隣で、相談から就職まで切れ目なく",
        [
            "・生活福祉課のケースワーカーが相談者を窓口まで案内。",
            "・ナビゲーターが応募書類の作成を個別に支援。",
        ],
        [
            "| 指標         | 目標    | 実績    | 達成率  |",
            "| 支援対象者数 | 260人   | 281人   | 108.1%  |",
            "| 就職者数     | 160人   | 171人   | 106.9%  |",
        ],
        [
            "| 関係者の声     | 佐賀市       | 窓口が隣にあるので、相談者を待たせずに案内できる。|",
            "|                | 生活福祉課   |                                            |",
            sheet_rule(),
            "|                | ハローワーク佐賀 | 福祉の情報を踏まえた求人の提案ができている。 |",
            sheet_rule(),
        ],
    )
    + saga_sheet(
        2,
        "唐津市",
        "ハローワーク唐津",
        "2019年10月1日",
        ("からつ就労支援", "コーナー"),
        "常設窓口",
        "月2回の出張相談から常設窓口へ",
        ["・市役所本庁舎1階に常設の相談ブースを設置。"],
        [
            "| 指標         | 目標    | 実績    | 達成率  |",
            "| 支援対象者数 | 90人    | 96人    | 106.7%  |",
            "| 就職者数     | 54人    | 52人    | 96.3%   |",
        ],
        [
            "| 関係者の声     | 唐津市保護課 | 常設化で相談の予約が取りやすくなった。 |",
            sheet_rule(),
        ],
    )
)
SAGA_FACTS = [
    {
        "title": "福祉事務所の隣で、相談から就職まで切れ目なく",
        "prefecture": "佐賀県",
        "municipality": "佐賀市",
        "labour_bureau": "佐賀労働局",
        "hello_work": ("ハローワーク佐賀",),
        "facility_name": "さがしごとサポートセンター",
        "facility_type": "一体的実施施設",
        "start_date": date(2016, 4, 1),
        "fiscal_year": 2022,
        "initiatives": (
            "生活福祉課のケースワーカーが相談者を窓口まで案内。",
            "ナビゲーターが応募書類の作成を個別に支援。",
        ),
        "metrics": [
            M("支援対象者数", P(260), P(281), "108.1"),
            M("就職者数", P(160), P(171), "106.9"),
        ],
        "comments": [
            ("佐賀市生活福祉課", MU, "窓口が隣にあるので、相談者を待たせずに案内できる。"),
            ("ハローワーク佐賀", HW, "福祉の情報を踏まえた求人の提案ができている。"),
        ],
    },
    {
        "title": "月2回の出張相談から常設窓口へ",
        "municipality": "唐津市",
        "hello_work": ("ハローワーク唐津",),
        "facility_name": "からつ就労支援コーナー",
        "facility_type": "常設窓口",
        "start_date": date(2019, 10, 1),
        "initiatives": ("市役所本庁舎1階に常設の相談ブースを設置。",),
        "metrics": [
            M("支援対象者数", P(90), P(96), "106.7"),
            M("就職者数", P(54), P(52), "96.3"),
        ],
        "comments": [("唐津市保護課", MU, "常設化で相談の予約が取りやすくなった。")],
    },
]


# 2. 熊本: every rule a line of ``=``, a form feed and a running head between the sheets,
#    a grouped nested table whose group cell wraps (``児童扶養手当`` / ``受給者``) and stands
#    in its first row only, ① items, a comment text wrapped over two lines.
KUMAMOTO_RULE = "=" * 90
KUMAMOTO = "\n".join(
    [
        "熊本県内　一体的実施事業の取組（令和3年度実績）",
        "",
        "熊本労働局　取組事例シート　　　　　　　　　　　　　　　　　　　　　　シート1",
        KUMAMOTO_RULE,
        "| 自治体       | 熊本県熊本市       | 労働局       | 熊本労働局                   |",
        KUMAMOTO_RULE,
        "| ハローワーク | ハローワーク熊本   | 開設日       | 平成29年6月1日               |",
        KUMAMOTO_RULE,
        "| 施設名       | くまもと就労ステーション（一体的実施施設）                      |",
        KUMAMOTO_RULE,
        "| 事例名       | 保護と手当、二つの窓口から同じ相談員へ                           |",
        KUMAMOTO_RULE,
        "| 取組内容     | ①保護課と子ども支援課の両方から相談者を案内。                   |",
        KUMAMOTO_RULE,
        "|              | ②相談員が求人票の読み方から一緒に確認。                         |",
        KUMAMOTO_RULE,
        "| 目標と実績   | 対象者             | 指標         | 目標     | 実績     |",
        KUMAMOTO_RULE,
        "|              | 生活保護受給者等   | 支援対象者数 | 300人    | 322人    |",
        KUMAMOTO_RULE,
        "|              |                    | 就職者数     | 180人    | 191人    |",
        KUMAMOTO_RULE,
        "|              | 児童扶養手当       | 支援対象者数 | 80人     | 84人     |",
        "|              | 受給者             |              |          |          |",
        KUMAMOTO_RULE,
        "|              |                    | 就職者数     | 48人     | 50人     |",
        KUMAMOTO_RULE,
        "| コメント     | 熊本市             | 二つの窓口からの案内が一つにまとまり、相談者 |",
        "|              |                    | が迷わなくなった。                           |",
        KUMAMOTO_RULE,
        "|              | 熊本労働局         | 手当受給者の就職が目標を上回った。           |",
        KUMAMOTO_RULE,
        "",
        "\f熊本労働局　取組事例シート　　　　　　　　　　　　　　　　　　　　　　シート2",
        KUMAMOTO_RULE,
        "| 自治体       | 熊本県八代市       | 労働局       | 熊本労働局                   |",
        KUMAMOTO_RULE,
        "| ハローワーク | ハローワーク八代   | 開設日       | 令和2年4月1日                |",
        KUMAMOTO_RULE,
        "| 施設名       | やつしろ仕事相談窓口（常設窓口）                                 |",
        KUMAMOTO_RULE,
        "| 事例名       | 商工会議所と組んだ地元企業の職場見学                             |",
        KUMAMOTO_RULE,
        "| 取組内容     | ①商工会議所の会員企業で職場見学会を年4回開催。                  |",
        KUMAMOTO_RULE,
        "| 目標と実績   | 対象者             | 指標         | 目標     | 実績     |",
        KUMAMOTO_RULE,
        "|              | 生活保護受給者等   | 支援対象者数 | 120人    | 118人    |",
        KUMAMOTO_RULE,
        "|              |                    | 就職者数     | 70人     | 73人     |",
        KUMAMOTO_RULE,
        "| コメント     | ハローワーク八代   | 見学をきっかけに応募した方が多かった。       |",
        KUMAMOTO_RULE,
        "",
    ]
)
KUMAMOTO_FACTS = [
    {
        "title": "保護と手当、二つの窓口から同じ相談員へ",
        "prefecture": "熊本県",
        "municipality": "熊本市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("ハローワーク熊本",),
        "facility_name": "くまもと就労ステーション",
        "facility_type": "一体的実施施設",
        "start_date": date(2017, 6, 1),
        "fiscal_year": 2021,
        "initiatives": (
            "保護課と子ども支援課の両方から相談者を案内。",
            "相談員が求人票の読み方から一緒に確認。",
        ),
        "metrics": [
            M("支援対象者数", P(300), P(322), group="生活保護受給者等"),
            M("就職者数", P(180), P(191), group="生活保護受給者等"),
            M("支援対象者数", P(80), P(84), group="児童扶養手当受給者"),
            M("就職者数", P(48), P(50), group="児童扶養手当受給者"),
        ],
        "comments": [
            ("熊本市", MU, "二つの窓口からの案内が一つにまとまり、相談者が迷わなくなった。"),
            ("熊本労働局", LB, "手当受給者の就職が目標を上回った。"),
        ],
    },
    {
        "title": "商工会議所と組んだ地元企業の職場見学",
        "municipality": "八代市",
        "hello_work": ("ハローワーク八代",),
        "facility_name": "やつしろ仕事相談窓口",
        "facility_type": "常設窓口",
        "start_date": date(2020, 4, 1),
        "fiscal_year": 2021,
        "initiatives": ("商工会議所の会員企業で職場見学会を年4回開催。",),
        "metrics": [
            M("支援対象者数", P(120), P(118), group="生活保護受給者等"),
            M("就職者数", P(70), P(73), group="生活保護受給者等"),
        ],
        "comments": [("ハローワーク八代", HW, "見学をきっかけに応募した方が多かった。")],
    },
]


# 3. 大分: the sheet's results as a transposed table (metrics as columns, a header cell
#    wrapped ``支援対象`` / ``者数``, rows 目標 / 実績 / 達成率, an empty 達成率 cell under
#    就職率), a ``※`` note row inside the block, `その他` text, page numbers ``- 1 -``.
def oita_sheet(
    city: str,
    office: str,
    start: str,
    facility: str,
    kind: str,
    title: str,
    item: str,
    figures: tuple[str, ...],
    other: str,
    voice: tuple[str, str],
) -> str:
    r = sheet_rule()
    t, a, rate = figures[0:3], figures[3:6], figures[6:8]
    return (
        "\n".join(
            [
                r,
                f"| 実施自治体     | 大分県{city}      | 連携先         | 大分労働局・{office}   |",
                r,
                f"| 窓口名         | {facility}（{kind}）                                 |",
                r,
                f"| 開始年月日     | {start}                                                 |",
                r,
                f"| 表題           | {title}                                      |",
                r,
                f"| 取組           | {item}                                       |",
                r,
                "| 事業実績       | 区分     | 支援対象   | 就職者数   | 就職率     |",
                "|                |          | 者数       |            |            |",
                r,
                f"|                | 目標     | {t[0]:<10} | {t[1]:<10} | {t[2]:<10} |",
                r,
                f"|                | 実績     | {a[0]:<10} | {a[1]:<10} | {a[2]:<10} |",
                r,
                f"|                | 達成率   | {rate[0]:<10} | {rate[1]:<10} |            |",
                r,
                "|                | ※就職率＝就職者数／支援対象者数                             |",
                r,
                f"| その他の実績   | {other}                                          |",
                r,
                f"| 関係者の声     | {voice[0]}     | {voice[1]}                     |",
                r,
            ]
        )
        + "\n"
    )


OITA = (
    "令和5年度　取組事例（大分労働局）\n\n"
    + oita_sheet(
        "大分市",
        "ハローワーク大分",
        "平成30年4月2日",
        "おおいた就労サポート",
        "一体的実施施設",
        "市役所の窓口で、その日のうちに職業相談",
        "・生活保護の面談日に合わせて職業相談を設定。",
        ("200人", "120人", "60.0%", "214人", "131人", "61.2%", "107.0%", "109.2%"),
        "・職業訓練の受講者が前年度の倍に増えた。",
        ("大分市福祉事務所", "面談の流れで相談に進めるようになった。"),
    )
    + "\n　　　　　　　　　　　　- 1 -\n\n"
    + oita_sheet(
        "別府市",
        "ハローワーク別府",
        "令和元年10月1日",
        "べっぷワークコーナー",
        "常設窓口",
        "観光業の求人を生かした短時間就労の支援",
        "・観光関連の事業所と短時間求人を開拓。",
        ("100人", "55人", "55.0%", "97人", "56人", "57.7%", "97.0%", "101.8%"),
        "・短時間求人を28件開拓した。",
        ("ハローワーク別府", "短時間の求人への応募が多かった。"),
    )
    + "\n　　　　　　　　　　　　- 2 -\n"
)
OITA_FACTS = [
    {
        "title": "市役所の窓口で、その日のうちに職業相談",
        "prefecture": "大分県",
        "municipality": "大分市",
        "labour_bureau": "大分労働局",
        "hello_work": ("ハローワーク大分",),
        "facility_name": "おおいた就労サポート",
        "facility_type": "一体的実施施設",
        "start_date": date(2018, 4, 2),
        "initiatives": ("生活保護の面談日に合わせて職業相談を設定。",),
        "other_results": ("職業訓練の受講者が前年度の倍に増えた。",),
        "metrics": [
            M("支援対象者数", P(200), P(214), "107.0"),
            M("就職者数", P(120), P(131), "109.2"),
            M("就職率", R("60.0"), R("61.2")),
        ],
        "comments": [("大分市福祉事務所", MU, "面談の流れで相談に進めるようになった。")],
    },
    {
        "title": "観光業の求人を生かした短時間就労の支援",
        "municipality": "別府市",
        "hello_work": ("ハローワーク別府",),
        "facility_name": "べっぷワークコーナー",
        "facility_type": "常設窓口",
        "start_date": date(2019, 10, 1),
        "other_results": ("短時間求人を28件開拓した。",),
        "metrics": [
            M("支援対象者数", P(100), P(97), "97.0"),
            M("就職者数", P(55), P(56), "101.8"),
            M("就職率", R("55.0"), R("57.7")),
        ],
        "comments": [("ハローワーク別府", HW, "短時間の求人への応募が多かった。")],
    },
]


# 4. 秋田: a 一太郎 export — facts box with a wrapped label (``労働局／`` / ``安定所``),
#    bureau and office on two lines of one cell, name and kind on two lines; a results box
#    whose header cell ``令和4年度`` stands over ``目標`` / ``実績`` parted by an inner rule,
#    ``達成率`` merged down the header's lines, a label and ``以上`` wrapped in their cells.
def akita_facts(city: str, office: str, name: str, kind: str, start: str) -> str:
    w = [5, 20]
    return "\n".join(
        [
            brule(w, "┌", "┬", "┐"),
            brow(["市町村名", f"秋田県{city}"], w),
            brule(w, "├", "┼", "┤"),
            brow(["労働局／", "秋田労働局"], w),
            brow(["安定所", office], w),
            brule(w, "├", "┼", "┤"),
            brow(["窓口名称", name], w),
            brow(["", f"（{kind}）"], w),
            brule(w, "├", "┼", "┤"),
            brow(["開設日", start], w),
            brule(w, "└", "┴", "┘"),
        ]
    )


def akita_results(rows: list[tuple[list[str], list[str]]]) -> str:
    w = [6, 6, 6, 6]
    out = [
        brule(w, "┌", "┬", "┐"),
        "│" + fw("", 6) + "│" + fw("令和4年度", 13) + "│" + fw("", 6) + "│",
        "│" + fw("項目", 6) + "├" + "─" * 6 + "┬" + "─" * 6 + "┤" + fw("達成率", 6) + "│",
        brow(["", "目標", "実績", ""], w),
    ]
    for first, second in rows:
        out += [brule(w, "├", "┼", "┤"), brow(first, w), brow(second, w)]
    out.append(brule(w, "└", "┴", "┘"))
    return "\n".join(out)


AKITA = "\n".join(
    [
        "　　　　令和５年３月　秋田労働局",
        "　　一体的実施事業　取組事例集（令和４年度実績）",
        "",
        "■事例１",
        "",
        "　市役所の福祉窓口から、その場でハローワークへ",
        "",
        akita_facts(
            "秋田市",
            "ハローワーク秋田",
            "あきた就労支援センター",
            "一体的実施施設",
            "平成二十八年四月一日",
        ),
        "",
        "１　取組内容",
        "　○　福祉の窓口で就労の意欲を確認し、その場でナビゲーターにつなぐ。",
        "　○　毎月、市とハローワークの担当者で支援の進み具合を確認。",
        "",
        "２　令和４年度の目標と実績",
        akita_results(
            [
                (["支援対象者", "300人", "322人", "107.3%"], ["数", "以上", "", ""]),
                (["就職者数", "180人", "197人", "109.4%"], ["", "以上", "", ""]),
            ]
        ),
        "",
        "３　関係者のコメント",
        "〔秋田市コメント〕",
        "　相談者を待たせずに案内できるようになった。",
        "〔ハローワーク秋田コメント〕",
        "　福祉の担当者と顔の見える関係ができた。",
        "",
        "　　　　　　　　　　　　　－　１　－",
        "\f■事例２",
        "",
        "　駅前の商業施設に出張相談の拠点を",
        "",
        akita_facts(
            "横手市", "ハローワーク横手", "よこて仕事相談コーナー", "常設窓口", "令和二年七月一日"
        ),
        "",
        "１　取組内容",
        "　○　駅前の商業施設で週２回の出張相談を実施。",
        "",
        "２　令和４年度の目標と実績",
        akita_results(
            [
                (["支援対象者", "80人", "76人", "95.0%"], ["数", "", "", ""]),
                (["就職者数", "48人", "50人", "104.2%"], ["", "", "", ""]),
            ]
        ),
        "",
        "３　関係者のコメント",
        "〔横手市コメント〕",
        "　買い物のついでに相談に来る方が増えた。",
        "",
    ]
)
AKITA_FACTS = [
    {
        "title": "市役所の福祉窓口から、その場でハローワークへ",
        "prefecture": "秋田県",
        "municipality": "秋田市",
        "labour_bureau": "秋田労働局",
        "hello_work": ("ハローワーク秋田",),
        "facility_name": "あきた就労支援センター",
        "facility_type": "一体的実施施設",
        "start_date": date(2016, 4, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(300, qualifier="以上"), P(322), "107.3"),
            M("就職者数", P(180, qualifier="以上"), P(197), "109.4"),
        ],
        "comments": [
            ("秋田市", MU, "相談者を待たせずに案内できるようになった。"),
            ("ハローワーク秋田", HW, "福祉の担当者と顔の見える関係ができた。"),
        ],
    },
    {
        "title": "駅前の商業施設に出張相談の拠点を",
        "municipality": "横手市",
        "hello_work": ("ハローワーク横手",),
        "facility_name": "よこて仕事相談コーナー",
        "facility_type": "常設窓口",
        "start_date": date(2020, 7, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(80), P(76), "95.0"),
            M("就職者数", P(48), P(50), "104.2"),
        ],
        "comments": [("横手市", MU, "買い物のついでに相談に来る方が増えた。")],
    },
]


# 5. 長崎: heavy rules — a group table under a ``┝━┿━┥`` header rule whose group cells are
#    merged down two sub-rows (the group's text split around the inner rule), and the
#    comments inside a heavy frame of two compartments (``┏━┓ ┣━┫ ┗━┛``).
def nagasaki_results(groups: list[tuple[str, str, list[list[str]]]]) -> str:
    w = [6, 6, 5, 5]
    out = [
        brule(w, "┌", "┬", "┐"),
        brow(["対象者", "項目", "目標", "実績"], w),
        brule(w, "┝", "┿", "┥", "━"),
    ]
    for number, (top, bottom, rows) in enumerate(groups):
        if number:
            out.append(brule(w, "├", "┼", "┤"))
        out.append(brow([top, *rows[0]], w))
        out.append("│" + fw(bottom, 6) + brule(w[1:], "├", "┼", "┤"))
        out.append(brow(["", *rows[1]], w))
    out.append(brule(w, "└", "┴", "┘"))
    return "\n".join(out)


def nagasaki_voices(voices: list[tuple[str, list[str]]]) -> str:
    out = ["┏" + "━" * 30 + "┓"]
    for number, (head, lines) in enumerate(voices):
        if number:
            out.append("┣" + "━" * 30 + "┫")
        out.append("┃" + fw(head, 30) + "┃")
        out += ["┃" + fw(line, 30) + "┃" for line in lines]
    out.append("┗" + "━" * 30 + "┛")
    return "\n".join(out)


NAGASAKI = "\n".join(
    [
        "長崎労働局　一体的実施事業　好事例集（令和３年度）",
        "",
        "事例１",
        "【長崎県長崎市】【長崎労働局・ハローワーク長崎】ながさき就労サポート（一体的実施施設）平成27年10月1日事業開始",
        "坂の街でも通いやすい、市役所内の常設窓口",
        "",
        "１　取組内容",
        "・保護と手当の窓口からナビゲーターへ同じ日に案内。",
        "",
        "２　令和３年度の目標と実績",
        nagasaki_results(
            [
                (
                    "生活保護",
                    "受給者等",
                    [["支援対象者数", "200人", "214人"], ["就職者数", "120人", "127人"]],
                ),
                (
                    "児童扶養",
                    "手当受給者",
                    [["支援対象者数", "60人", "66人"], ["就職者数", "36人", "41人"]],
                ),
            ]
        ),
        "",
        "３　関係者のコメント",
        nagasaki_voices(
            [
                (
                    "〔長崎市福祉部コメント〕",
                    ["　同じ庁舎で相談できるので、", "相談者の負担が軽くなった。"],
                ),
                ("〔ハローワーク長崎コメント〕", ["　市の担当者と毎日情報を交換", "している。"]),
            ]
        ),
        "",
        "事例２",
        "【長崎県佐世保市】【長崎労働局・ハローワーク佐世保】させぼ仕事相談室（常設窓口）令和元年5月7日事業開始",
        "造船の街で、短時間から始める就労",
        "",
        "１　取組内容",
        "・短時間の求人を地元の事業所と開拓。",
        "",
        "２　令和３年度の目標と実績",
        nagasaki_results(
            [
                (
                    "生活保護",
                    "受給者等",
                    [["支援対象者数", "90人", "88人"], ["就職者数", "54人", "57人"]],
                ),
            ]
        ),
        "",
        "３　関係者のコメント",
        nagasaki_voices([("〔佐世保市コメント〕", ["　短時間の求人から始める方が多い。"])]),
        "",
    ]
)
NAGASAKI_FACTS = [
    {
        "title": "坂の街でも通いやすい、市役所内の常設窓口",
        "prefecture": "長崎県",
        "municipality": "長崎市",
        "labour_bureau": "長崎労働局",
        "hello_work": ("ハローワーク長崎",),
        "facility_name": "ながさき就労サポート",
        "facility_type": "一体的実施施設",
        "start_date": date(2015, 10, 1),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(200), P(214), group="生活保護受給者等"),
            M("就職者数", P(120), P(127), group="生活保護受給者等"),
            M("支援対象者数", P(60), P(66), group="児童扶養手当受給者"),
            M("就職者数", P(36), P(41), group="児童扶養手当受給者"),
        ],
        "comments": [
            ("長崎市福祉部", MU, "同じ庁舎で相談できるので、相談者の負担が軽くなった。"),
            ("ハローワーク長崎", HW, "市の担当者と毎日情報を交換している。"),
        ],
    },
    {
        "title": "造船の街で、短時間から始める就労",
        "municipality": "佐世保市",
        "hello_work": ("ハローワーク佐世保",),
        "facility_name": "させぼ仕事相談室",
        "facility_type": "常設窓口",
        "start_date": date(2019, 5, 7),
        "metrics": [
            M("支援対象者数", P(90), P(88), group="生活保護受給者等"),
            M("就職者数", P(54), P(57), group="生活保護受給者等"),
        ],
        "comments": [("佐世保市", MU, "短時間の求人から始める方が多い。")],
    },
]


# 6. 岩手: double rules (``╔═╦═╗ ╠═╬═╣ ╚═╩═╝``, ``║`` walls), facts as a two-column box
#    with other label words (実施市町村 / 連携労働局・ハローワーク / 施設の名称 / 業務開始日),
#    a results box with ``実　績`` only (targets null), a sub-metric ``（うち紹介`` /
#    ``就職）`` wrapped, and `【…コメント】` headings.
def iwate_box(rows: list[list[str]], widths: list[int]) -> str:
    """Rows of a double-ruled box; a row whose first cell is ``+`` continues the row above
    (its other cells on the next line of the same row)."""
    out = [brule(widths, "╔", "╦", "╗", "═")]
    for number, row in enumerate(rows):
        if row[0] == "+":
            out.append(brow(row[1:], widths, "║"))
            continue
        if number:
            out.append(brule(widths, "╠", "╬", "╣", "═"))
        out.append(brow(row, widths, "║"))
    out.append(brule(widths, "╚", "╩", "╝", "═"))
    return "\n".join(out)


IWATE = "\n".join(
    [
        "岩手労働局管内　一体的実施の取組（令和２年度）",
        "",
        "【事例１】",
        "　仮設から本設へ、沿岸の就労支援拠点",
        iwate_box(
            [
                ["実施市町村", "岩手県宮古市"],
                ["連携労働局・", "岩手労働局"],
                ["+", "ハローワーク", "ハローワーク宮古"],
                ["施設の名称", "みやこ就労支援室（常設窓口）"],
                ["業務開始日", "平成30年4月2日"],
            ],
            [6, 18],
        ),
        "",
        "◆取組内容",
        "・市の復興支援員と合同で巡回相談を実施。",
        "",
        "◆令和２年度の実績",
        iwate_box(
            [
                ["区分", "実績"],
                ["支援対象者数", "84人"],
                ["就職者数", "51人"],
                ["（うち紹介", "33人"],
                ["+", "就職）", ""],
            ],
            [6, 6],
        ),
        "",
        "◆関係者の声",
        "【宮古市コメント】",
        "　沿岸部の相談者にも足を運んでもらえた。",
        "",
        "【事例２】",
        "　内陸の中核市、ひとり親の就労を後押し",
        iwate_box(
            [
                ["実施市町村", "岩手県盛岡市"],
                ["連携労働局・", "岩手労働局"],
                ["+", "ハローワーク", "ハローワーク盛岡"],
                ["施設の名称", "もりおか就労サポート（一体的実施施設）"],
                ["業務開始日", "平成26年10月1日"],
            ],
            [6, 20],
        ),
        "",
        "◆取組内容",
        "・児童扶養手当の窓口で就労相談を案内。",
        "",
        "◆令和２年度の実績",
        iwate_box(
            [
                ["区分", "実績"],
                ["支援対象者数", "230人"],
                ["就職者数", "141人"],
            ],
            [6, 6],
        ),
        "",
        "◆関係者の声",
        "【ハローワーク盛岡コメント】",
        "　手当の窓口との連携で相談の件数が伸びた。",
        "",
    ]
)
IWATE_FACTS = [
    {
        "title": "仮設から本設へ、沿岸の就労支援拠点",
        "prefecture": "岩手県",
        "municipality": "宮古市",
        "labour_bureau": "岩手労働局",
        "hello_work": ("ハローワーク宮古",),
        "facility_name": "みやこ就労支援室",
        "facility_type": "常設窓口",
        "start_date": date(2018, 4, 2),
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", None, P(84)),
            M("就職者数", None, P(51)),
            M("うち紹介就職", None, P(33)),
        ],
        "comments": [("宮古市", MU, "沿岸部の相談者にも足を運んでもらえた。")],
    },
    {
        "title": "内陸の中核市、ひとり親の就労を後押し",
        "municipality": "盛岡市",
        "hello_work": ("ハローワーク盛岡",),
        "facility_name": "もりおか就労サポート",
        "facility_type": "一体的実施施設",
        "start_date": date(2014, 10, 1),
        "metrics": [M("支援対象者数", None, P(230)), M("就職者数", None, P(141))],
        "comments": [("ハローワーク盛岡", HW, "手当の窓口との連携で相談の件数が伸びた。")],
    },
]


# 7. 鳥取: a transposed box (metrics as columns, the header ``支援対象`` / ``者数`` and
#    ``就職件`` / ``数`` wrapped, rows 目標 / 実績 / 達成率, ``－`` for the rate nobody
#    states), facts as ``所在地`` / ``連携機関`` / ``施設名`` lines, a page number between.
def tottori_results(target: list[str], actual: list[str], rates: list[str]) -> str:
    w = [5, 6, 6, 6]
    return "\n".join(
        [
            brule(w, "┌", "┬", "┐"),
            brow(["", "支援対象", "就職者数", "就職率"], w),
            brow(["", "者数", "", ""], w),
            brule(w, "├", "┼", "┤"),
            brow(["目標", *target], w),
            brule(w, "├", "┼", "┤"),
            brow(["実績", *actual], w),
            brule(w, "├", "┼", "┤"),
            brow(["達成率", *rates], w),
            brule(w, "└", "┴", "┘"),
        ]
    )


TOTTORI = "\n".join(
    [
        "鳥取労働局　一体的実施事業の取組事例（平成30年度実績）",
        "",
        "事例１　鳥取市",
        "　一つの窓口で、生活と仕事の相談を",
        "所在地：鳥取県鳥取市",
        "連携機関：鳥取労働局・ハローワーク鳥取",
        "施設名：とっとり就労サポート（一体的実施施設）",
        "開設日：平成27年7月1日",
        "",
        "１　取組内容",
        "・生活困窮者の自立相談と就労相談を同じ窓口で実施。",
        "",
        "２　平成30年度の目標と実績",
        tottori_results(
            ["150人", "90人", "60.0%"], ["161人", "99人", "61.5%"], ["107.3%", "110.0%", "－"]
        ),
        "",
        "　　　　　　　　－２－",
        "",
        "事例２　米子市",
        "　商店街の空き店舗を相談窓口に",
        "所在地：鳥取県米子市",
        "連携機関：鳥取労働局・ハローワーク米子",
        "施設名：よなご就労相談コーナー（常設窓口）",
        "開設日：平成29年4月3日",
        "",
        "１　取組内容",
        "・商店街の空き店舗で週３回の相談を実施。",
        "",
        "２　平成30年度の目標と実績",
        tottori_results(
            ["100人", "60人", "60.0%"], ["92人", "58人", "63.0%"], ["92.0%", "96.7%", "－"]
        ),
        "",
    ]
)
TOTTORI_FACTS = [
    {
        "title": "一つの窓口で、生活と仕事の相談を",
        "prefecture": "鳥取県",
        "municipality": "鳥取市",
        "labour_bureau": "鳥取労働局",
        "hello_work": ("ハローワーク鳥取",),
        "facility_name": "とっとり就労サポート",
        "start_date": date(2015, 7, 1),
        "fiscal_year": 2018,
        "metrics": [
            M("支援対象者数", P(150), P(161), "107.3"),
            M("就職者数", P(90), P(99), "110.0"),
            M("就職率", R("60.0"), R("61.5")),
        ],
    },
    {
        "title": "商店街の空き店舗を相談窓口に",
        "municipality": "米子市",
        "hello_work": ("ハローワーク米子",),
        "facility_name": "よなご就労相談コーナー",
        "start_date": date(2017, 4, 3),
        "fiscal_year": 2018,
        "metrics": [
            M("支援対象者数", P(100), P(92), "92.0"),
            M("就職者数", P(60), P(58), "96.7"),
            M("就職率", R("60.0"), R("63.0")),
        ],
    },
]


# 8. 滋賀: pandoc grid tables — the title in bold right under ``## 事例N`` over a facts grid
#    of other label words (自治体 / 労働局・ハローワーク / 窓口名 / 開設), a results grid whose
#    header cells stand on two lines (``令和3年度`` / ``目標``), comments as a 発言者 / 内容 grid
#    with wrapped texts, ``\newpage`` between the cases.
def grid(rows: list[list[str]], widths: list[int], header: bool = True) -> str:
    """A pandoc grid table; each row is a list of cells, ``\\n`` inside a cell wraps it."""
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [border]
    for number, row in enumerate(rows):
        pieces = [cell.split("\n") for cell in row]
        for k in range(max(len(p) for p in pieces)):
            texts = [p[k] if k < len(p) else "" for p in pieces]
            out.append(
                "| "
                + " | ".join(t + " " * (w - len(t)) for t, w in zip(texts, widths, strict=True))
                + " |"
            )
        out.append(border.replace("-", "=") if header and number == 0 else border)
    return "\n".join(out)


SHIGA = (
    "\n\n".join(
        [
            "---\ntitle: 滋賀労働局 一体的実施 取組事例\n---",
            "## 事例1",
            "**湖南の拠点で、障害のある方の相談も一緒に**",
            grid(
                [
                    ["項目", "内容"],
                    ["自治体", "滋賀県草津市"],
                    ["労働局・ハローワーク", "滋賀労働局\nハローワーク草津"],
                    ["窓口名", "くさつ就労支援コーナー（一体的実施施設）"],
                    ["開設", "平成29年1月4日"],
                ],
                [20, 40],
            ),
            "### 取組内容",
            "- 障害福祉課と合同でケース会議を月1回開催。\n- ナビゲーターが職場実習の受入先を開拓。",
            "### 令和3年度の目標と実績",
            grid(
                [
                    ["指標", "令和3年度\n目標", "令和3年度\n実績", "達成率"],
                    ["支援対象者数", "180人", "193人", "107.2%"],
                    ["就職者数", "110人", "118人", "107.3%"],
                ],
                [12, 10, 10, 8],
            ),
            "### 関係者のコメント",
            grid(
                [
                    ["発言者", "内容"],
                    [
                        "草津市障害福祉課",
                        "実習先が増えたことで、本人に合った\n職場を探しやすくなった。",
                    ],
                    ["ハローワーク草津", "市との会議で支援の方針が揃った。"],
                ],
                [18, 36],
            ),
            "\\newpage",
            "## 事例2",
            "**琵琶湖の北、広い市域を巡回相談で**",
            grid(
                [
                    ["項目", "内容"],
                    ["自治体", "滋賀県長浜市"],
                    ["労働局・ハローワーク", "滋賀労働局\nハローワーク長浜"],
                    ["窓口名", "ながはま仕事相談室（常設窓口）"],
                    ["開設", "令和元年6月3日"],
                ],
                [20, 40],
            ),
            "### 取組内容",
            "- 市の支所を月2回巡回して相談を実施。",
            "### 令和3年度の目標と実績",
            grid(
                [
                    ["指標", "令和3年度\n目標", "令和3年度\n実績", "達成率"],
                    ["支援対象者数", "70人", "74人", "105.7%"],
                    ["就職者数", "42人", "40人", "95.2%"],
                ],
                [12, 10, 10, 8],
            ),
            "### 関係者のコメント",
            grid(
                [["発言者", "内容"], ["長浜市", "支所での相談に、遠方の方も来てくれた。"]], [18, 36]
            ),
        ]
    )
    + "\n"
)
SHIGA_FACTS = [
    {
        "title": "湖南の拠点で、障害のある方の相談も一緒に",
        "prefecture": "滋賀県",
        "municipality": "草津市",
        "labour_bureau": "滋賀労働局",
        "hello_work": ("ハローワーク草津",),
        "facility_name": "くさつ就労支援コーナー",
        "facility_type": "一体的実施施設",
        "start_date": date(2017, 1, 4),
        "fiscal_year": 2021,
        "initiatives": (
            "障害福祉課と合同でケース会議を月1回開催。",
            "ナビゲーターが職場実習の受入先を開拓。",
        ),
        "metrics": [
            M("支援対象者数", P(180), P(193), "107.2"),
            M("就職者数", P(110), P(118), "107.3"),
        ],
        "comments": [
            ("草津市障害福祉課", MU, "実習先が増えたことで、本人に合った職場を探しやすくなった。"),
            ("ハローワーク草津", HW, "市との会議で支援の方針が揃った。"),
        ],
    },
    {
        "title": "琵琶湖の北、広い市域を巡回相談で",
        "municipality": "長浜市",
        "hello_work": ("ハローワーク長浜",),
        "facility_name": "ながはま仕事相談室",
        "facility_type": "常設窓口",
        "start_date": date(2019, 6, 3),
        "metrics": [
            M("支援対象者数", P(70), P(74), "105.7"),
            M("就職者数", P(42), P(40), "95.2"),
        ],
        "comments": [("長浜市", MU, "支所での相談に、遠方の方も来てくれた。")],
    },
]


# 9. 奈良: grid cells holding more than one line of figures — ``以上`` under the target,
#    ``（達成率…）`` under the actual, ``（就職者数…）`` under a rate; a page head
#    ``奈良労働局 …`` over each case; a bold title under ``## 事例N``.
NARA = (
    "\n\n".join(
        [
            "# 奈良労働局 一体的実施事業 事例集（令和4年度実績）",
            "## 事例1",
            "**県庁所在地の福祉事務所と一体で**",
            grid(
                [
                    ["項目", "内容"],
                    ["所在地", "奈良県奈良市"],
                    ["連携機関", "奈良労働局\nハローワーク奈良"],
                    ["施設名", "なら就労支援ステーション（一体的実施施設）"],
                    ["開設日", "平成25年10月1日"],
                ],
                [10, 44],
            ),
            "### 令和4年度の目標と実績",
            grid(
                [
                    ["指標", "目標", "実績"],
                    ["支援対象者数", "400人\n以上", "428人\n（達成率107.0%）"],
                    ["就職率", "60.0%\n以上", "63.1%\n（就職者数270人）"],
                ],
                [12, 8, 20],
            ),
            "### 関係者のコメント",
            grid(
                [
                    ["発言者", "コメント"],
                    ["奈良市 生活福祉課", "同じフロアにあることで連携が早い。"],
                ],
                [18, 36],
            ),
            "奈良労働局 一体的実施事業 事例集",
            "## 事例2",
            "**ニュータウンの商業施設に出張窓口**",
            grid(
                [
                    ["項目", "内容"],
                    ["所在地", "奈良県生駒市"],
                    ["連携機関", "奈良労働局\nハローワーク大和郡山"],
                    ["施設名", "いこま仕事相談窓口（常設窓口）"],
                    ["開設日", "令和3年4月1日"],
                ],
                [10, 44],
            ),
            "### 令和4年度の目標と実績",
            grid(
                [["指標", "目標", "実績"], ["支援対象者数", "60人", "66人\n（達成率110.0%）"]],
                [12, 8, 20],
            ),
            "### 関係者のコメント",
            grid(
                [
                    ["発言者", "コメント"],
                    ["ハローワーク大和郡山", "買い物のついでに立ち寄る方が多い。"],
                ],
                [20, 36],
            ),
        ]
    )
    + "\n"
)
NARA_FACTS = [
    {
        "title": "県庁所在地の福祉事務所と一体で",
        "prefecture": "奈良県",
        "municipality": "奈良市",
        "labour_bureau": "奈良労働局",
        "hello_work": ("ハローワーク奈良",),
        "facility_name": "なら就労支援ステーション",
        "facility_type": "一体的実施施設",
        "start_date": date(2013, 10, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(400, qualifier="以上"), P(428), "107.0"),
            M("就職率", R("60.0", "以上"), R("63.1")),
            M("就職者数", None, P(270)),
        ],
        "comments": [("奈良市生活福祉課", MU, "同じフロアにあることで連携が早い。")],
    },
    {
        "title": "ニュータウンの商業施設に出張窓口",
        "municipality": "生駒市",
        "hello_work": ("ハローワーク大和郡山",),
        "facility_name": "いこま仕事相談窓口",
        "facility_type": "常設窓口",
        "start_date": date(2021, 4, 1),
        "metrics": [M("支援対象者数", P(60), P(66), "110.0")],
        "comments": [("ハローワーク大和郡山", HW, "買い物のついでに立ち寄る方が多い。")],
    },
]


# 10. 和歌山: a grouped grid whose empty group cells continue the group above, the speakers
#     in a comments grid's header row and their texts in the one body row under them.
WAKAYAMA = (
    "\n\n".join(
        [
            "## 事例1",
            "**保護と手当、二つの対象者を一つの窓口で**",
            grid(
                [
                    ["項目", "内容"],
                    ["所在地", "和歌山県和歌山市"],
                    ["連携機関", "和歌山労働局\nハローワーク和歌山"],
                    ["施設名", "わかやま就労サポート（一体的実施施設）"],
                    ["開設日", "平成28年2月1日"],
                ],
                [10, 44],
            ),
            "### 令和2年度の目標と実績",
            grid(
                [
                    ["対象者", "指標", "目標", "実績", "達成率"],
                    ["生活保護受給者等", "支援対象者数", "250人", "262人", "104.8%"],
                    ["", "就職者数", "150人", "149人", "99.3%"],
                    ["ひとり親", "支援対象者数", "50人", "57人", "114.0%"],
                    ["", "就職者数", "30人", "33人", "110.0%"],
                ],
                [16, 12, 6, 6, 8],
            ),
            "### 関係者のコメント",
            grid(
                [
                    ["和歌山市生活支援課", "ハローワーク和歌山"],
                    ["ひとり親の方の相談が\n増えている。", "求人の開拓を\n続けたい。"],
                ],
                [22, 22],
            ),
            "## 事例2",
            "**紀南の拠点、週3日の常設相談**",
            grid(
                [
                    ["項目", "内容"],
                    ["所在地", "和歌山県田辺市"],
                    ["連携機関", "和歌山労働局\nハローワーク田辺"],
                    ["施設名", "たなべ就労相談室（常設窓口）"],
                    ["開設日", "令和2年4月1日"],
                ],
                [10, 44],
            ),
            "### 令和2年度の目標と実績",
            grid(
                [
                    ["対象者", "指標", "目標", "実績", "達成率"],
                    ["生活保護受給者等", "支援対象者数", "60人", "63人", "105.0%"],
                    ["", "就職者数", "36人", "38人", "105.6%"],
                ],
                [16, 12, 6, 6, 8],
            ),
            "### 関係者のコメント",
            grid(
                [
                    ["田辺市", "和歌山労働局"],
                    ["遠方の方の相談が\n増えた。", "初年度として順調で\nある。"],
                ],
                [22, 22],
            ),
        ]
    )
    + "\n"
)
WAKAYAMA_FACTS = [
    {
        "title": "保護と手当、二つの対象者を一つの窓口で",
        "prefecture": "和歌山県",
        "municipality": "和歌山市",
        "labour_bureau": "和歌山労働局",
        "hello_work": ("ハローワーク和歌山",),
        "facility_name": "わかやま就労サポート",
        "start_date": date(2016, 2, 1),
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", P(250), P(262), "104.8", group="生活保護受給者等"),
            M("就職者数", P(150), P(149), "99.3", group="生活保護受給者等"),
            M("支援対象者数", P(50), P(57), "114.0", group="ひとり親"),
            M("就職者数", P(30), P(33), "110.0", group="ひとり親"),
        ],
        "comments": [
            ("和歌山市生活支援課", MU, "ひとり親の方の相談が増えている。"),
            ("ハローワーク和歌山", HW, "求人の開拓を続けたい。"),
        ],
    },
    {
        "title": "紀南の拠点、週3日の常設相談",
        "municipality": "田辺市",
        "hello_work": ("ハローワーク田辺",),
        "facility_name": "たなべ就労相談室",
        "start_date": date(2020, 4, 1),
        "metrics": [
            M("支援対象者数", P(60), P(63), "105.0", group="生活保護受給者等"),
            M("就職者数", P(36), P(38), "105.6", group="生活保護受給者等"),
        ],
        "comments": [
            ("田辺市", MU, "遠方の方の相談が増えた。"),
            ("和歌山労働局", LB, "初年度として順調である。"),
        ],
    },
]


# 11. 岐阜: box tables across page breaks with a running head and page numbers; the facts box
#     in the header's place; comments inside an untitled light frame of two compartments
#     (``┌──┐ │…│ ├──┤ └──┘``) whose headings are ``＜…＞``; three cases.
def gifu_frame(voices: list[tuple[str, str]]) -> str:
    out = ["┌" + "─" * 28 + "┐"]
    for number, (head, text) in enumerate(voices):
        if number:
            out.append("├" + "─" * 28 + "┤")
        out += ["│" + fw(head, 28) + "│", "│" + fw(text, 28) + "│"]
    out.append("└" + "─" * 28 + "┘")
    return "\n".join(out)


def gifu_case(
    n: int,
    city: str,
    office: str,
    name: str,
    kind: str,
    start: str,
    title: str,
    rows: list[list[str]],
    voices: list[tuple[str, str]],
) -> str:
    w = [6, 5, 5, 6]
    table = [brule(w, "┌", "┬", "┐"), brow(["区分", "目標", "実績", "達成率"], w)]
    for row in rows:
        table += [brule(w, "├", "┼", "┤"), brow(row, w)]
    table.append(brule(w, "└", "┴", "┘"))
    fw2 = [6, 20]
    return "\n".join(
        [
            f"事例{n}　{title}",
            brule(fw2, "┌", "┬", "┐"),
            brow(["自治体名", f"岐阜県{city}"], fw2),
            brule(fw2, "├", "┼", "┤"),
            brow(["連携機関", f"岐阜労働局・{office}"], fw2),
            brule(fw2, "├", "┼", "┤"),
            brow(["施設名称", f"{name}（{kind}）"], fw2),
            brule(fw2, "├", "┼", "┤"),
            brow(["事業開始日", start], fw2),
            brule(fw2, "└", "┴", "┘"),
            "",
            "（１）取組内容",
            "　・福祉の窓口と同じ階で職業相談を行う。",
            "",
            "（２）令和元年度の実績",
            *table,
            "",
            "（３）関係者の声",
            gifu_frame(voices),
            "",
        ]
    )


GIFU = "\n".join(
    [
        "岐阜県内の一体的実施　取組事例",
        "",
        gifu_case(
            1,
            "岐阜市",
            "ハローワーク岐阜",
            "ぎふ就労支援センター",
            "一体的実施施設",
            "平成28年4月1日",
            "県都の福祉窓口で、ワンストップの就労支援",
            [
                ["支援対象者数", "320人", "337人", "105.3%"],
                ["就職者数", "190人", "204人", "107.4%"],
            ],
            [
                ("＜岐阜市＞", "相談者の移動の負担がなくなった。"),
                ("＜ハローワーク岐阜＞", "市と支援方針を共有できた。"),
            ],
        ),
        "　　　　　　　　　　　－　３　－",
        "\f岐阜県内の一体的実施　取組事例",
        "",
        gifu_case(
            2,
            "大垣市",
            "ハローワーク大垣",
            "おおがき仕事相談室",
            "常設窓口",
            "平成30年10月1日",
            "西濃の拠点で、若い世代の就職を後押し",
            [["支援対象者数", "110人", "104人", "94.5%"]],
            [("＜大垣市＞", "若い相談者が増えている。")],
        ),
        "　　　　　　　　　　　－　４　－",
        "\f岐阜県内の一体的実施　取組事例",
        "",
        gifu_case(
            3,
            "高山市",
            "ハローワーク高山",
            "たかやま就労サポート",
            "常設窓口",
            "令和元年5月7日",
            "観光の街で、冬の仕事探しも",
            [["就職者数", "30人", "33人", "110.0%"]],
            [("＜ハローワーク高山＞", "冬場の求人の紹介に力を入れた。")],
        ),
        "　　　　　　　　　　　－　５　－",
    ]
)
GIFU_FACTS = [
    {
        "title": "県都の福祉窓口で、ワンストップの就労支援",
        "prefecture": "岐阜県",
        "municipality": "岐阜市",
        "labour_bureau": "岐阜労働局",
        "hello_work": ("ハローワーク岐阜",),
        "facility_name": "ぎふ就労支援センター",
        "facility_type": "一体的実施施設",
        "start_date": date(2016, 4, 1),
        "fiscal_year": 2019,
        "metrics": [
            M("支援対象者数", P(320), P(337), "105.3"),
            M("就職者数", P(190), P(204), "107.4"),
        ],
        "comments": [
            ("岐阜市", MU, "相談者の移動の負担がなくなった。"),
            ("ハローワーク岐阜", HW, "市と支援方針を共有できた。"),
        ],
    },
    {
        "title": "西濃の拠点で、若い世代の就職を後押し",
        "municipality": "大垣市",
        "hello_work": ("ハローワーク大垣",),
        "facility_name": "おおがき仕事相談室",
        "start_date": date(2018, 10, 1),
        "metrics": [M("支援対象者数", P(110), P(104), "94.5")],
        "comments": [("大垣市", MU, "若い相談者が増えている。")],
    },
    {
        "title": "観光の街で、冬の仕事探しも",
        "municipality": "高山市",
        "hello_work": ("ハローワーク高山",),
        "facility_name": "たかやま就労サポート",
        "start_date": date(2019, 5, 7),
        "metrics": [M("就職者数", P(30), P(33), "110.0")],
        "comments": [("ハローワーク高山", HW, "冬場の求人の紹介に力を入れた。")],
    },
]


# 12. 三重: the whole case as one grid table (``+----+`` borders), a section label column
#     merged down (取組内容 / 実績 / 関係者コメント printed in their first row only), form rows
#     of two label / value pairs, a nested results table whose header is the section's first
#     row; two cases parted by a page head.
def mie_sheet(
    city: str,
    office: str,
    start: str,
    name: str,
    kind: str,
    title: str,
    items: list[str],
    figures: list[list[str]],
    voices: list[list[str]],
) -> str:
    widths = [14, 16, 14, 20]
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def row(cells: list[str]) -> str:
        return (
            "| "
            + " | ".join(c + " " * (w - len(c)) for c, w in zip(cells, widths, strict=True))
            + " |"
        )

    def wide(label: str, text: str) -> str:
        return "| " + label + " " * (14 - len(label)) + " | " + text + " " * (56 - len(text)) + " |"

    out = [
        border,
        row(["市町", f"三重県{city}", "労働局", "三重労働局"]),
        border,
        row(["ハローワーク", office, "開始日", start]),
        border,
        row(["施設名", name, "施設区分", kind]),
        border,
        wide("タイトル", title),
        border,
    ]
    for number, item in enumerate(items):
        out += [wide("取組内容" if number == 0 else "", item), border]
    for number, cells in enumerate(figures):
        out += [row(["実績" if number == 0 else "", *cells]), border]
    for number, (speaker, text) in enumerate(voices):
        out += [wide("関係者コメント" if number == 0 else "", f"{speaker}：{text}"), border]
    return "\n".join(out) + "\n"


MIE = (
    "三重労働局　一体的実施事業　事例シート（令和4年度）\n\n"
    + mie_sheet(
        "津市",
        "ハローワーク津",
        "2015年4月1日",
        "つ就労支援室",
        "一体的実施施設",
        "県庁所在地で保護と就労の窓口を一つに",
        ["1 保護課と就労支援室の合同面談を初回に実施。", "2 就職後の定着フォローを3か月実施。"],
        [
            ["指標", "目標", "実績"],
            ["支援対象者数", "220人", "236人"],
            ["就職者数", "130人", "141人"],
        ],
        [["津市保護課", "合同面談で支援の方針が早く決まる。"]],
    )
    + "\n三重労働局　一体的実施事業　事例シート（令和4年度）\n\n"
    + mie_sheet(
        "四日市市",
        "ハローワーク四日市",
        "2018年7月2日",
        "よっかいち仕事相談",
        "常設窓口",
        "工業地帯の求人を生かした就労支援",
        ["・製造業の事業所と連携した職場見学を実施。"],
        [["指標", "目標", "実績"], ["支援対象者数", "150人", "158人"]],
        [["ハローワーク四日市", "見学から応募につながる例が多い。"]],
    )
)
MIE_FACTS = [
    {
        "title": "県庁所在地で保護と就労の窓口を一つに",
        "prefecture": "三重県",
        "municipality": "津市",
        "labour_bureau": "三重労働局",
        "hello_work": ("ハローワーク津",),
        "facility_name": "つ就労支援室",
        "facility_type": "一体的実施施設",
        "start_date": date(2015, 4, 1),
        "fiscal_year": 2022,
        "initiatives": (
            "保護課と就労支援室の合同面談を初回に実施。",
            "就職後の定着フォローを3か月実施。",
        ),
        "metrics": [M("支援対象者数", P(220), P(236)), M("就職者数", P(130), P(141))],
        "comments": [("津市保護課", MU, "合同面談で支援の方針が早く決まる。")],
    },
    {
        "title": "工業地帯の求人を生かした就労支援",
        "municipality": "四日市市",
        "hello_work": ("ハローワーク四日市",),
        "facility_name": "よっかいち仕事相談",
        "facility_type": "常設窓口",
        "start_date": date(2018, 7, 2),
        "fiscal_year": 2022,
        "initiatives": ("製造業の事業所と連携した職場見学を実施。",),
        "metrics": [M("支援対象者数", P(150), P(158))],
        "comments": [("ハローワーク四日市", HW, "見学から応募につながる例が多い。")],
    },
]


# 13. 山形: a facts box of two label / value pairs a row (``│自治体│…│労働局│…│``), and a
#     results table printed with plain ``-----`` rules whose label wraps (``支援対象者`` /
#     ``数``), ＜…＞ comment headings.
YAMAGATA_RULE = "-" * 60
YAMAGATA = "\n".join(
    [
        "山形労働局　一体的実施事業　取組事例",
        "",
        "【事例１】",
        "　市役所1階の窓口で、相談から就職まで",
        brule([5, 9, 5, 9], "┌", "┬", "┐"),
        brow(["自治体", "山形県山形市", "労働局", "山形労働局"], [5, 9, 5, 9]),
        brule([5, 9, 5, 9], "├", "┼", "┤"),
        brow(["安定所", "ハローワーク山形", "開設日", "平成29年4月3日"], [5, 9, 5, 9]),
        brule([5, 9, 5, 9], "├", "┼", "┤"),
        brow(["施設名", "やまがた就労支援室", "形態", "常設窓口"], [5, 9, 5, 9]),
        brule([5, 9, 5, 9], "└", "┴", "┘"),
        "",
        "１　取組内容",
        "・福祉の窓口から就労相談へ同じ日に案内。",
        "",
        "２　令和３年度の目標と実績",
        YAMAGATA_RULE,
        "| 区分         | 目標    | 実績    | 達成率  |",
        YAMAGATA_RULE,
        "| 支援対象者   | 200人   | 214人   | 107.0%  |",
        "| 数           |         |         |         |",
        YAMAGATA_RULE,
        "| 就職者数     | 120人   | 131人   | 109.2%  |",
        YAMAGATA_RULE,
        "",
        "３　関係者の声",
        "＜山形市＞",
        "　案内の手間が減った。",
        "",
        "【事例２】",
        "　酒田港の街で、短時間から始める就労",
        brule([5, 9, 5, 9], "┌", "┬", "┐"),
        brow(["自治体", "山形県酒田市", "労働局", "山形労働局"], [5, 9, 5, 9]),
        brule([5, 9, 5, 9], "├", "┼", "┤"),
        brow(["安定所", "ハローワーク酒田", "開設日", "令和元年7月1日"], [5, 9, 5, 9]),
        brule([5, 9, 5, 9], "├", "┼", "┤"),
        brow(["施設名", "さかた仕事相談室", "形態", "常設窓口"], [5, 9, 5, 9]),
        brule([5, 9, 5, 9], "└", "┴", "┘"),
        "",
        "１　取組内容",
        "・港湾の事業所と短時間の求人を開拓。",
        "",
        "２　令和３年度の目標と実績",
        YAMAGATA_RULE,
        "| 区分         | 目標    | 実績    | 達成率  |",
        YAMAGATA_RULE,
        "| 支援対象者   | 80人    | 85人    | 106.3%  |",
        "| 数           |         |         |         |",
        YAMAGATA_RULE,
        "",
        "３　関係者の声",
        "＜ハローワーク酒田＞",
        "　短時間の求人に応募が多かった。",
        "",
    ]
)
YAMAGATA_FACTS = [
    {
        "title": "市役所1階の窓口で、相談から就職まで",
        "prefecture": "山形県",
        "municipality": "山形市",
        "labour_bureau": "山形労働局",
        "hello_work": ("ハローワーク山形",),
        "facility_name": "やまがた就労支援室",
        "facility_type": "常設窓口",
        "start_date": date(2017, 4, 3),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(200), P(214), "107.0"),
            M("就職者数", P(120), P(131), "109.2"),
        ],
        "comments": [("山形市", MU, "案内の手間が減った。")],
    },
    {
        "title": "酒田港の街で、短時間から始める就労",
        "municipality": "酒田市",
        "hello_work": ("ハローワーク酒田",),
        "facility_name": "さかた仕事相談室",
        "start_date": date(2019, 7, 1),
        "metrics": [M("支援対象者数", P(80), P(85), "106.3")],
        "comments": [("ハローワーク酒田", HW, "短時間の求人に応募が多かった。")],
    },
]


# 14. 愛媛: a sheet printed with full-width rules (``－－－``) and bars (``｜``), the section
#     label wrapped in its merged cell (``目標と`` / ``実績``), one line of each section.
EHIME_RULE = "－" * 48


def sheet(city, office, name, start, title, t, a):
    return "\n".join(
        [
            "愛媛労働局　事例シート",
            EHIME_RULE,
            f"｜自治体　　　｜愛媛県{city}｜労働局　　｜愛媛労働局　　｜",
            EHIME_RULE,
            f"｜安定所　　　｜{office}｜開設日　　｜{start}｜",
            EHIME_RULE,
            f"｜施設名　　　｜{name}　　　　　　　　　　　　｜",
            EHIME_RULE,
            f"｜タイトル　　｜{title}　　　　　｜",
            EHIME_RULE,
            "｜取組内容　　｜・福祉の窓口と同じ階で相談を実施。　　　　｜",
            EHIME_RULE,
            "｜目標と　　　｜区分　　　　｜目標　　　｜実績　　　｜",
            "｜実績　　　　｜　　　　　　｜　　　　　｜　　　　　｜",
            EHIME_RULE,
            f"｜　　　　　　｜就職者数　　｜{t}　　　｜{a}　　　｜",
            EHIME_RULE,
            "｜コメント　　｜松山市保護課｜相談の件数が伸びた。　｜",
            EHIME_RULE,
            "",
        ]
    )


EHIME = (
    "令和3年度　取組事例\n\n"
    + sheet(
        "松山市",
        "ハローワーク松山",
        "まつやま就労支援室",
        "2016年4月1日",
        "道後の街で、相談から就職まで",
        "150人",
        "163人",
    )
    + "\n"
    + sheet(
        "今治市",
        "ハローワーク今治",
        "いまばり仕事相談",
        "2019年4月1日",
        "造船の街で短時間就労",
        "60人",
        "66人",
    )
)
EHIME_FACTS = [
    {
        "municipality": "松山市",
        "labour_bureau": "愛媛労働局",
        "hello_work": ("ハローワーク松山",),
        "facility_name": "まつやま就労支援室",
        "start_date": date(2016, 4, 1),
        "title": "道後の街で、相談から就職まで",
        "initiatives": ("福祉の窓口と同じ階で相談を実施。",),
        "metrics": [M("就職者数", P(150), P(163))],
        "comments": [("松山市保護課", MU, "相談の件数が伸びた。")],
    },
    {
        "municipality": "今治市",
        "hello_work": ("ハローワーク今治",),
        "facility_name": "いまばり仕事相談",
        "start_date": date(2019, 4, 1),
        "metrics": [M("就職者数", P(60), P(66))],
    },
]


# 15. 石川: a sheet whose sections are banner rows across it (``| 取組内容 |``, ``| 目標と実績 |``,
#     ``| コメント |`` with one filled cell), the rows under each read whole.
ISHIKAWA_RULE = "-" * 70


def ishikawa_sheet(
    city: str, office: str, name: str, start: str, title: str, t: str, a: str, sp: str, text: str
) -> str:
    return "\n".join(
        [
            ISHIKAWA_RULE,
            f"| 自治体       | 石川県{city}      | 労働局       | 石川労働局        |",
            ISHIKAWA_RULE,
            f"| ハローワーク | {office}  | 開設日       | {start}    |",
            ISHIKAWA_RULE,
            f"| 施設名       | {name}                                     |",
            ISHIKAWA_RULE,
            f"| タイトル     | {title}                                  |",
            ISHIKAWA_RULE,
            "| 取組内容                                                            |",
            ISHIKAWA_RULE,
            "| ①市の福祉窓口と同じ階に相談ブースを設置。                          |",
            ISHIKAWA_RULE,
            "| ②ナビゲーターが担当制で支援。                                      |",
            ISHIKAWA_RULE,
            "| 目標と実績                                                          |",
            ISHIKAWA_RULE,
            "| 区分         | 目標         | 実績         |                        |",
            ISHIKAWA_RULE,
            f"| 就職者数     | {t}        | {a}        |                        |",
            ISHIKAWA_RULE,
            "| コメント                                                            |",
            ISHIKAWA_RULE,
            f"| {sp}     | {text}                 |",
            ISHIKAWA_RULE,
            "",
        ]
    )


ISHIKAWA = (
    "石川労働局　取組事例シート\n\n"
    + ishikawa_sheet(
        "金沢市",
        "ハローワーク金沢",
        "かなざわ就労支援室",
        "2016年4月1日",
        "城下町の窓口で",
        "150人",
        "163人",
        "金沢市",
        "相談の件数が伸びた。",
    )
    + "\n石川労働局　取組事例シート\n\n"
    + ishikawa_sheet(
        "小松市",
        "ハローワーク小松",
        "こまつ仕事相談",
        "2019年4月1日",
        "空港の街で",
        "60人",
        "66人",
        "ハローワーク小松",
        "求人の開拓を続けたい。",
    )
)
ISHIKAWA_FACTS = [
    {
        "municipality": "金沢市",
        "facility_name": "かなざわ就労支援室",
        "title": "城下町の窓口で",
        "start_date": date(2016, 4, 1),
        "initiatives": ("市の福祉窓口と同じ階に相談ブースを設置。", "ナビゲーターが担当制で支援。"),
        "metrics": [M("就職者数", P(150), P(163))],
        "comments": [("金沢市", MU, "相談の件数が伸びた。")],
    },
    {
        "municipality": "小松市",
        "facility_name": "こまつ仕事相談",
        "start_date": date(2019, 4, 1),
        "metrics": [M("就職者数", P(60), P(66))],
        "comments": [("ハローワーク小松", HW, "求人の開拓を続けたい。")],
    },
]


DOCUMENTS = {
    "saga_excel": (SAGA, SAGA_FACTS),
    "kumamoto_excel_grouped": (KUMAMOTO, KUMAMOTO_FACTS),
    "oita_excel_transposed": (OITA, OITA_FACTS),
    "akita_box_merged_header": (AKITA, AKITA_FACTS),
    "nagasaki_heavy_group": (NAGASAKI, NAGASAKI_FACTS),
    "iwate_double_box": (IWATE, IWATE_FACTS),
    "tottori_box_transposed": (TOTTORI, TOTTORI_FACTS),
    "shiga_grid": (SHIGA, SHIGA_FACTS),
    "nara_grid_figures": (NARA, NARA_FACTS),
    "wakayama_grid_speakers": (WAKAYAMA, WAKAYAMA_FACTS),
    "gifu_box_pages": (GIFU, GIFU_FACTS),
    "mie_grid_sheet": (MIE, MIE_FACTS),
    "yamagata_pairs_dash_rules": (YAMAGATA, YAMAGATA_FACTS),
    "ehime_full_width_sheet": (EHIME, EHIME_FACTS),
    "ishikawa_banner_rows": (ISHIKAWA, ISHIKAWA_FACTS),
}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(DOCUMENTS)
