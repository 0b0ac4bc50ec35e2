# ruff: noqa: E501  (the documents are written as offices write them, long lines and all)
"""Structured exports (JSON / JSON Lines / fenced JSON / YAML with Japanese keys) as other
offices would publish them (decisions 1160–1179).

Every document below was written for this file (invented facilities and figures, real
prefecture / city / labour bureau / Hello Work names), and every expected fact was written
by hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import jirei
from jirei.structscan import Mapping, Scalar, Sequence, scan_export, scan_json, scan_yaml

Q = tuple[object, str | None, str | None]


def _q(quantity: jirei.Quantity | None) -> Q | None:
    return None if quantity is None else (quantity.value, quantity.unit, quantity.qualifier)


def _facts(profile: jirei.Profile) -> dict[str, object]:
    return {
        "title": profile.title,
        "prefecture": profile.prefecture,
        "municipality": profile.municipality,
        "labour_bureau": profile.labour_bureau,
        "hello_work": tuple(profile.hello_work),
        "facility_name": profile.facility_name,
        "facility_type": profile.facility_type,
        "start_date": profile.start_date,
        "fiscal_year": profile.fiscal_year,
        "initiatives": tuple(profile.initiatives),
        "other_results": tuple(profile.other_results),
        "metrics": [
            (m.label, m.key, _q(m.target), _q(m.actual), m.achievement_rate)
            for m in profile.metrics
        ],
        "comments": [(c.speaker, c.role, c.text) for c in profile.comments],
    }


def _mismatches(text: str, expected: list[dict[str, object]]) -> list[str]:
    doc = jirei.parse_text(text)
    if len(doc.profiles) != len(expected):
        return [f"{len(doc.profiles)} profiles, expected {len(expected)}"]
    out = []
    for n, (profile, want) in enumerate(zip(doc.profiles, expected, strict=True), 1):
        got = _facts(profile)
        for key, value in want.items():
            if got[key] != value:
                out.append(f"case {n} {key}: {got[key]!r} != {value!r}")
    return out


# --- 1: a top-level list of flat objects; figures as strings under name+role keys --------

FLAT_LIST = """[
  {
    "自治体名": "北海道旭川市",
    "労働局": "北海道労働局",
    "ハローワーク": "ハローワーク旭川",
    "施設名": "あさひかわ就労サポート",
    "種別": "常設窓口",
    "事業開始日": "H27.10.1",
    "タイトル": "冬の求職活動を止めない出張相談",
    "取組": "・市内３か所の支所で月２回の出張相談を行った\\n・除雪作業の短期求人を集めた説明会を開いた",
    "支援対象者数目標": "200人以上",
    "支援対象者数実績": "231人",
    "就職者数目標": "120人",
    "就職者数実績": "134人",
    "就職率": "58.0%",
    "市のコメント": "支所での相談は移動の負担が小さく、利用が増えた。"
  },
  {
    "自治体名": "青森県弘前市",
    "労働局": "青森労働局",
    "ハローワーク": "ハローワーク弘前",
    "施設名": "ひろさき仕事相談室",
    "種別": "一体的実施施設",
    "事業開始日": "平成29年4月3日",
    "タイトル": "りんご農家と結ぶ季節雇用から通年雇用へ",
    "取組": "・農協と共同で季節雇用の求人票を作成した",
    "支援対象者数目標": "150人以上",
    "支援対象者数実績": "142人",
    "就職者数目標": null,
    "就職者数実績": "81人",
    "ハローワークのコメント": "通年雇用に切り替わった方が１０人を超えた。"
  }
]
"""

FLAT_LIST_FACTS = [
    {
        "title": "冬の求職活動を止めない出張相談",
        "prefecture": "北海道",
        "municipality": "旭川市",
        "labour_bureau": "北海道労働局",
        "hello_work": ("ハローワーク旭川",),
        "facility_name": "あさひかわ就労サポート",
        "facility_type": "常設窓口",
        "start_date": date(2015, 10, 1),
        "initiatives": (
            "市内3か所の支所で月2回の出張相談を行った",
            "除雪作業の短期求人を集めた説明会を開いた",
        ),
        "metrics": [
            ("支援対象者数", "support_targets", (200, "人", "以上"), (231, "人", None), None),
            ("就職者数", "employed", (120, "人", None), (134, "人", None), None),
            ("就職率", "employment_rate", None, (Decimal("58.0"), "%", None), None),
        ],
        "comments": [("市", "municipality", "支所での相談は移動の負担が小さく、利用が増えた。")],
    },
    {
        "prefecture": "青森県",
        "municipality": "弘前市",
        "hello_work": ("ハローワーク弘前",),
        "facility_type": "一体的実施施設",
        "start_date": date(2017, 4, 3),
        "initiatives": ("農協と共同で季節雇用の求人票を作成した",),
        "metrics": [
            ("支援対象者数", "support_targets", (150, "人", "以上"), (142, "人", None), None),
            ("就職者数", "employed", None, (81, "人", None), None),
        ],
        "comments": [("ハローワーク", "hello_work", "通年雇用に切り替わった方が10人を超えた。")],
    },
]


# --- 2: JSON Lines; metrics keyed by name; comments as {speaker: text} -------------------

JSON_LINES = (
    '{"都道府県": "栃木県", "市区町村": "宇都宮市", "労働局": "栃木労働局", '
    '"ハローワーク": ["ハローワーク宇都宮"], "見出し": "駅前の窓口で子育て中の方を支える", '
    '"施設": {"名称": "うつのみやワークプラザ", "種別": "一体的実施施設", "開設日": "2018-10-01"}, '
    '"取組内容": ["保育所の空き情報を窓口で案内した", "短時間勤務の求人を集めて毎週掲示した"], '
    '"対象年度": "令和2年度", '
    '"実績": {"支援対象者数": {"目標": 180, "実績": 196, "達成率": "108.9%"}, '
    '"就職者数": {"目標": 110, "実績": 117}}, '
    '"コメント": {"宇都宮市子ども家庭課": "保育の相談と仕事の相談を一度に受けられると好評だった。", '
    '"ハローワーク宇都宮": "短時間の求人を増やす企業訪問を続けたい。"}}\n'
    '{"都道府県": "新潟県", "市区町村": "長岡市", "労働局": "新潟労働局", '
    '"ハローワーク": ["ハローワーク長岡"], "見出し": "雪国の就職面接会を市役所で", '
    '"施設": {"名称": "ながおか就労支援コーナー", "種別": "常設窓口", "開設日": "2016-04-01"}, '
    '"取組内容": ["市役所ロビーで就職面接会を年4回開いた"], "対象年度": "令和2年度", '
    '"実績": {"支援対象者数": {"目標": 90, "実績": 88}, "就職率": {"実績": "61.4%"}}, '
    '"コメント": {"新潟労働局": "面接会の参加企業が前年より増えた。"}}\n'
)

JSON_LINES_FACTS = [
    {
        "title": "駅前の窓口で子育て中の方を支える",
        "prefecture": "栃木県",
        "municipality": "宇都宮市",
        "labour_bureau": "栃木労働局",
        "hello_work": ("ハローワーク宇都宮",),
        "facility_name": "うつのみやワークプラザ",
        "facility_type": "一体的実施施設",
        "start_date": date(2018, 10, 1),
        "fiscal_year": 2020,
        "initiatives": ("保育所の空き情報を窓口で案内した", "短時間勤務の求人を集めて毎週掲示した"),
        "metrics": [
            ("支援対象者数", "support_targets", (180, None, None), (196, None, None),
             Decimal("108.9")),
            ("就職者数", "employed", (110, None, None), (117, None, None), None),
        ],
        "comments": [
            ("宇都宮市子ども家庭課", "municipality",
             "保育の相談と仕事の相談を一度に受けられると好評だった。"),
            ("ハローワーク宇都宮", "hello_work", "短時間の求人を増やす企業訪問を続けたい。"),
        ],
    },
    {
        "municipality": "長岡市",
        "facility_name": "ながおか就労支援コーナー",
        "start_date": date(2016, 4, 1),
        "fiscal_year": 2020,
        "metrics": [
            ("支援対象者数", "support_targets", (90, None, None), (88, None, None), None),
            ("就職率", "employment_rate", None, (Decimal("61.4"), "%", None), None),
        ],
        "comments": [("新潟労働局", "labour_bureau", "面接会の参加企業が前年より増えた。")],
    },
]


# --- 3: YAML: nested objects, a metric list with 目標値 / 実績値, block-scalar comments -------

YAML_DOC = """# 一体的実施事業 事例データ（静岡労働局）
---
公開者: 静岡労働局職業安定部
対象年度: 令和3年度
事例:
  - 事例番号: 1
    見出し: 外国籍の方への通訳付き相談
    都道府県: 静岡県
    市区町村: 浜松市
    労働局: 静岡労働局
    ハローワーク:
      - ハローワーク浜松
    施設:
      名称: はままつ就労ナビ
      種別: 一体的実施施設
      開設日: 平成30年7月2日
    取組内容:
      - ポルトガル語の通訳を週３日配置した
      - 外国籍の方向けの履歴書講座を開いた
    実績:
      指標:
        - 指標名: 支援対象者数
          単位: 人
          目標値: 240
          実績値: 262
          達成率: 109.2
        - 指標名: 就職者数
          単位: 人
          目標値: 144
          実績値: 150
          達成率: 104.2
    その他の実績:
      - 通訳を介した相談は延べ４１２件
    コメント:
      - 発言者: 浜松市国際課
        内容: |
          通訳がいることで、家族の事情まで
          話してもらえるようになった。
      - 発言者: ハローワーク浜松
        内容: 企業側にも外国籍の方の採用を相談する窓口ができた。
  - 事例番号: 2
    見出し: 高校と連携した若者の職場見学
    都道府県: 静岡県
    市区町村: 沼津市
    労働局: 静岡労働局
    ハローワーク:
      - ハローワーク沼津
    施設:
      名称: ぬまづ若者仕事センター
      種別: 常設窓口
      開設日: 2020-01-06
    取組内容:
      - 市内の高校と職場見学会を共催した
    実績:
      指標:
        - 指標名: 就職者数
          単位: 人
          目標値: 60
          実績値: 57
          達成率: ~
    コメント: []
"""

YAML_FACTS = [
    {
        "title": "外国籍の方への通訳付き相談",
        "prefecture": "静岡県",
        "municipality": "浜松市",
        "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク浜松",),
        "facility_name": "はままつ就労ナビ",
        "facility_type": "一体的実施施設",
        "start_date": date(2018, 7, 2),
        "fiscal_year": 2021,
        "initiatives": ("ポルトガル語の通訳を週3日配置した", "外国籍の方向けの履歴書講座を開いた"),
        "other_results": ("通訳を介した相談は延べ412件",),
        "metrics": [
            ("支援対象者数", "support_targets", (240, "人", None), (262, "人", None),
             Decimal("109.2")),
            ("就職者数", "employed", (144, "人", None), (150, "人", None), Decimal("104.2")),
        ],
        "comments": [
            ("浜松市国際課", "municipality",
             "通訳がいることで、家族の事情まで\n話してもらえるようになった。"),
            ("ハローワーク浜松", "hello_work", "企業側にも外国籍の方の採用を相談する窓口ができた。"),
        ],
    },
    {
        "municipality": "沼津市",
        "facility_type": "常設窓口",
        "start_date": date(2020, 1, 6),
        "fiscal_year": 2021,
        "metrics": [("就職者数", "employed", (60, "人", None), (57, "人", None), None)],
        "comments": [],
    },
]


# --- 4: a ```json block in a page of prose; year and bureau given once above the cases -------

FENCED = """兵庫労働局　一体的実施事業の取組状況（オープンデータ）

以下は、令和元年度の取組を機械判読可能な形式で公開するものです。

```json
{
  "労働局": "兵庫労働局",
  "年度": "2019年度",
  "データ": [
    {
      "自治体": "兵庫県姫路市",
      "ハローワーク": "ハローワーク姫路",
      "窓口": {"名称": "ひめじ就労支援プラザ", "形態": "一体的実施施設", "開始日": "2012年10月1日"},
      "キャッチフレーズ": "市役所１階で生活と仕事の相談を一緒に",
      "取組": [{"取組": "生活保護の面談日に合わせて職業相談を設定した"}],
      "成果": {"就職者数": "212人", "就職率": "63.5%"},
      "関係者の声": ["姫路市生活援護課：面談の日に仕事の話まで進むようになった。"]
    },
    {
      "自治体": "兵庫県尼崎市",
      "ハローワーク": "ハローワーク尼崎",
      "窓口": {"名称": "あまがさき就労サポート", "形態": "常設窓口", "開始日": "平成26年9月1日"},
      "キャッチフレーズ": "若い世代の相談を夜間にも",
      "取組": [{"取組": "週１回、午後７時まで相談時間を延ばした"}],
      "成果": {"就職者数": "98人"},
      "関係者の声": ["ハローワーク尼崎：夜間の相談は２０代の利用が多い。"]
    }
  ]
}
```

問い合わせ先：兵庫労働局職業安定部職業対策課
"""

FENCED_FACTS = [
    {
        "title": "市役所1階で生活と仕事の相談を一緒に",
        "prefecture": "兵庫県",
        "municipality": "姫路市",
        "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク姫路",),
        "facility_name": "ひめじ就労支援プラザ",
        "facility_type": "一体的実施施設",
        "start_date": date(2012, 10, 1),
        "fiscal_year": 2019,
        "initiatives": ("生活保護の面談日に合わせて職業相談を設定した",),
        "metrics": [
            ("就職者数", "employed", None, (212, "人", None), None),
            ("就職率", "employment_rate", None, (Decimal("63.5"), "%", None), None),
        ],
        "comments": [("姫路市生活援護課", "municipality", "面談の日に仕事の話まで進むようになった。")],
    },
    {
        "municipality": "尼崎市",
        "labour_bureau": "兵庫労働局",
        "start_date": date(2014, 9, 1),
        "fiscal_year": 2019,
        "initiatives": ("週1回、午後7時まで相談時間を延ばした",),
        "metrics": [("就職者数", "employed", None, (98, "人", None), None)],
        "comments": [("ハローワーク尼崎", "hello_work", "夜間の相談は20代の利用が多い。")],
    },
]


# --- 5: JSON printed over pages (running heads, page numbers); full-width figures --------

PAGED = """{
  "事例": [
    {
      "都道府県": "熊本県",
      "市区町村": "熊本市",
      "労働局": "熊本労働局",
      "ハローワーク": ["ハローワーク熊本"],
      "施設": {"名称": "くまもと就労サポートセンター", "種別": "一体的実施施設", "開設日": "平成二十八年十月三日"},
      "見出し": "震災後の生活再建と就職を一つの窓口で",
      "対象年度": "平成３０年度",
      "実績": {"指標": [
        {"指標名": "支援対象者数", "目標": "３００人以上", "実績": "３２４人", "達成率": "１０８．０％"},
        {"指標名": "就職者数", "目標": "１８０人", "実績": "１９２人", "達成率": null}
      ]},
      "コメント": [{"発言者": "熊本市保護管理援護課", "内容": "仮設住宅からの転居と就職を同時に支えられた。"}]
    },
\f
－ ２ －
一体的実施事例データ（熊本労働局）
    {
      "都道府県": "鹿児島県",
      "市区町村": "鹿児島市",
      "労働局": "鹿児島労働局",
      "ハローワーク": ["ハローワーク鹿児島"],
      "施設": {"名称": "かごしま仕事サポート", "種別": "常設窓口", "開設日": "H27.4.1"},
      "見出し": "離島出身の若者に寄り添う",
      "対象年度": "平成３０年度",
      "実績": {"指標": [
        {"指標名": "就職者数", "目標": "９０人以上", "実績": "９６人", "達成率": "１０６．７％"}
      ]},
      "コメント": []
    }
  ]
}
"""

PAGED_FACTS = [
    {
        "prefecture": "熊本県",
        "municipality": "熊本市",
        "facility_name": "くまもと就労サポートセンター",
        "start_date": date(2016, 10, 3),
        "fiscal_year": 2018,
        "metrics": [
            ("支援対象者数", "support_targets", (300, "人", "以上"), (324, "人", None),
             Decimal("108.0")),
            ("就職者数", "employed", (180, "人", None), (192, "人", None), None),
        ],
        "comments": [("熊本市保護管理援護課", "municipality",
                      "仮設住宅からの転居と就職を同時に支えられた。")],
    },
    {
        "prefecture": "鹿児島県",
        "municipality": "鹿児島市",
        "hello_work": ("ハローワーク鹿児島",),
        "facility_type": "常設窓口",
        "start_date": date(2015, 4, 1),
        "fiscal_year": 2018,
        "metrics": [
            ("就職者数", "employed", (90, "人", "以上"), (96, "人", None), Decimal("106.7")),
        ],
        "comments": [],
    },
]


# --- 6: role-first figures ({"目標": {...}, "実績": {...}}), cases keyed by number ------------

ROLE_FIRST = """{
  "件名": "岡山・広島の一体的実施事例",
  "事例一覧": {
    "1": {
      "自治体名": "岡山県倉敷市",
      "連携先": {"労働局": "岡山労働局", "ハローワーク": ["ハローワーク倉敷中央"]},
      "施設名": "くらしき就労支援ステーション（一体的実施施設）",
      "事業開始日": "令和元年7月1日",
      "事例タイトル": "水害の被災世帯への訪問相談",
      "令和3年度実績": {
        "目標": {"支援対象者数": "160人", "就職者数": "96人"},
        "実績": {"支援対象者数": "171人", "就職者数": "101人"},
        "達成率": {"支援対象者数": "106.9%", "就職者数": "105.2%"}
      },
      "その他の成果": "被災世帯への訪問は延べ52回",
      "コメント": [{"所属": "倉敷市生活支援課", "発言": "訪問で困りごとを早く拾えた。"}]
    },
    "2": {
      "自治体名": "広島県呉市",
      "連携先": {"労働局": "広島労働局", "ハローワーク": ["ハローワーク呉"]},
      "施設名": "くれワークサポート（常設窓口）",
      "事業開始日": "2017/6/1",
      "事例タイトル": "造船の技能を生かす再就職",
      "令和3年度実績": {
        "目標": {"就職者数": "70人以上"},
        "実績": {"就職者数": "74人"}
      },
      "コメント": [{"所属": "広島労働局", "発言": "技能を生かした再就職が続いている。"}]
    }
  }
}
"""

ROLE_FIRST_FACTS = [
    {
        "title": "水害の被災世帯への訪問相談",
        "prefecture": "岡山県",
        "municipality": "倉敷市",
        "labour_bureau": "岡山労働局",
        "hello_work": ("ハローワーク倉敷中央",),
        "facility_name": "くらしき就労支援ステーション",
        "facility_type": "一体的実施施設",
        "start_date": date(2019, 7, 1),
        "fiscal_year": 2021,
        "other_results": ("被災世帯への訪問は延べ52回",),
        "metrics": [
            ("支援対象者数", "support_targets", (160, "人", None), (171, "人", None),
             Decimal("106.9")),
            ("就職者数", "employed", (96, "人", None), (101, "人", None), Decimal("105.2")),
        ],
        "comments": [("倉敷市生活支援課", "municipality", "訪問で困りごとを早く拾えた。")],
    },
    {
        "prefecture": "広島県",
        "municipality": "呉市",
        "labour_bureau": "広島労働局",
        "facility_name": "くれワークサポート",
        "facility_type": "常設窓口",
        "start_date": date(2017, 6, 1),
        "fiscal_year": 2021,
        "metrics": [("就職者数", "employed", (70, "人", "以上"), (74, "人", None), None)],
        "comments": [("広島労働局", "labour_bureau", "技能を生かした再就職が続いている。")],
    },
]


# --- 7: YAML with flow objects per metric and "speaker: text" comment strings ------------

YAML_FLOW = """# 奈良労働局 提供データ
- 自治体名: 奈良県奈良市
  労働局: 奈良労働局
  ハローワーク: [ハローワーク奈良]
  施設名: ならワークステーション
  種別: 一体的実施施設
  開設日: 2014-12-01
  見出し: "観光業の人手不足と求職者をつなぐ"
  年度: 2022
  成果:
    - {指標: 支援対象者数, 目標: 130人以上, 実績: 144人, 達成率: 110.8%}
    - {指標: 就職者数, 目標: 80人, 実績: 77人}
  関係者の声:
    - "奈良市: 旅館組合との連携が就職先を広げた。"
    - "ハローワーク奈良: 観光業の求人が例年の倍近くになった。"
- 自治体名: 滋賀県大津市
  労働局: 滋賀労働局
  ハローワーク: [ハローワーク大津]
  施設名: おおつ仕事相談室
  種別: 常設窓口
  開設日: R2.10.1
  見出し: 湖岸の工場団地と結ぶ送迎付き面接会
  年度: 2022
  成果:
    - {指標: 就職者数, 目標: 50人以上, 実績: 53人}
  関係者の声:
    - "大津市: 送迎があると応募をためらう方が減った。"
"""

YAML_FLOW_FACTS = [
    {
        "title": "観光業の人手不足と求職者をつなぐ",
        "prefecture": "奈良県",
        "municipality": "奈良市",
        "labour_bureau": "奈良労働局",
        "hello_work": ("ハローワーク奈良",),
        "facility_name": "ならワークステーション",
        "facility_type": "一体的実施施設",
        "start_date": date(2014, 12, 1),
        "fiscal_year": 2022,
        "metrics": [
            ("支援対象者数", "support_targets", (130, "人", "以上"), (144, "人", None),
             Decimal("110.8")),
            ("就職者数", "employed", (80, "人", None), (77, "人", None), None),
        ],
        "comments": [
            ("奈良市", "municipality", "旅館組合との連携が就職先を広げた。"),
            ("ハローワーク奈良", "hello_work", "観光業の求人が例年の倍近くになった。"),
        ],
    },
    {
        "municipality": "大津市",
        "labour_bureau": "滋賀労働局",
        "start_date": date(2020, 10, 1),
        "fiscal_year": 2022,
        "metrics": [("就職者数", "employed", (50, "人", "以上"), (53, "人", None), None)],
        "comments": [("大津市", "municipality", "送迎があると応募をためらう方が減った。")],
    },
]


# --- 8: dotted flat keys (a spreadsheet saved as JSON), nulls and missing keys -------------

DOTTED = """{"records": [
 {"自治体.都道府県": "愛媛県", "自治体.市区町村": "今治市", "労働局": "愛媛労働局",
  "ハローワーク": "ハローワーク今治", "施設.名称": "いまばり就労支援センター", "施設.種別": "常設窓口",
  "施設.開設日": "2015.4.1", "見出し": "造船と縫製の求人を一緒に案内", "対象年度": "令和4年度",
  "支援対象者数.目標": 100, "支援対象者数.実績": 118, "支援対象者数.達成率": 118.0,
  "就職者数.目標": 60, "就職者数.実績": null, "備考": "就職者数は集計中"},
 {"自治体.都道府県": "沖縄県", "自治体.市区町村": "那覇市", "労働局": "沖縄労働局",
  "ハローワーク": "ハローワーク那覇", "施設.名称": "なは仕事サポート", "施設.開設日": null,
  "見出し": "ひとり親の夜間相談", "対象年度": "令和4年度",
  "就職者数.目標": "70人以上", "就職者数.実績": "75人"}
]}
"""

DOTTED_FACTS = [
    {
        "title": "造船と縫製の求人を一緒に案内",
        "prefecture": "愛媛県",
        "municipality": "今治市",
        "labour_bureau": "愛媛労働局",
        "hello_work": ("ハローワーク今治",),
        "facility_name": "いまばり就労支援センター",
        "facility_type": "常設窓口",
        "start_date": date(2015, 4, 1),
        "fiscal_year": 2022,
        "metrics": [
            ("支援対象者数", "support_targets", (100, None, None), (118, None, None),
             Decimal("118.0")),
            ("就職者数", "employed", (60, None, None), None, None),
        ],
        "comments": [],
    },
    {
        "prefecture": "沖縄県",
        "municipality": "那覇市",
        "facility_name": "なは仕事サポート",
        "facility_type": None,
        "start_date": None,
        "fiscal_year": 2022,
        "metrics": [("就職者数", "employed", (70, "人", "以上"), (75, "人", None), None)],
    },
]


# --- 9: keys in another order, place and offices as objects, a 前年度実績 figure ------------

OBJECTS = """{"取組事例": [
  {"関係者の声": [{"発言者": "利用者（４０代女性）", "内容": "子どもの送迎の時間に合わせて相談できた。"},
                {"発言者": "盛岡市地域福祉課", "内容": "福祉の窓口から直接つなげるようになった。"}],
   "成果指標": [
     {"項目": "支援対象者数", "目標値": "１２０人", "実績値": "１３１人", "前年度実績": "１０８人", "達成率": "109.2%"},
     {"項目": "就職率", "目標値": "６割以上", "実績値": "62.6%"}],
   "主な取組": "①ひとり親家庭の相談会を土曜日に開いた\n②託児付きの職業訓練説明会を開いた",
   "開設": "2017年10月2日",
   "実施形態": "一体的実施施設",
   "施設の名称": "もりおか就労支援ルーム",
   "連携ハローワーク": [{"名称": "ハローワーク盛岡"}],
   "労働局": {"名称": "岩手労働局"},
   "自治体": {"都道府県": "岩手県", "市町村": "盛岡市"},
   "テーマ": "ひとり親の就職を土曜日にも支える"},
  {"成果指標": [{"項目": "就職者数", "目標値": "４５人", "実績値": "５１人"}],
   "施設の名称": "あきた仕事サポート",
   "連携ハローワーク": [{"名称": "ハローワーク秋田"}],
   "労働局": {"名称": "秋田労働局"},
   "自治体": {"都道府県": "秋田県", "市町村": "秋田市"},
   "テーマ": "冬季の離職者への早期支援"}
]}
"""

OBJECTS_FACTS = [
    {
        "title": "ひとり親の就職を土曜日にも支える",
        "prefecture": "岩手県",
        "municipality": "盛岡市",
        "labour_bureau": "岩手労働局",
        "hello_work": ("ハローワーク盛岡",),
        "facility_name": "もりおか就労支援ルーム",
        "facility_type": "一体的実施施設",
        "start_date": date(2017, 10, 2),
        "initiatives": ("ひとり親家庭の相談会を土曜日に開いた", "託児付きの職業訓練説明会を開いた"),
        "metrics": [
            ("支援対象者数", "support_targets", (120, "人", None), (131, "人", None),
             Decimal("109.2")),
            ("就職率", "employment_rate", (6, "割", "以上"), (Decimal("62.6"), "%", None), None),
        ],
        "comments": [
            ("利用者(40代女性)", "other", "子どもの送迎の時間に合わせて相談できた。"),
            ("盛岡市地域福祉課", "municipality", "福祉の窓口から直接つなげるようになった。"),
        ],
    },
    {
        "title": "冬季の離職者への早期支援",
        "prefecture": "秋田県",
        "municipality": "秋田市",
        "labour_bureau": "秋田労働局",
        "hello_work": ("ハローワーク秋田",),
        "facility_name": "あきた仕事サポート",
        "metrics": [("就職者数", "employed", (45, "人", None), (51, "人", None), None)],
    },
]


# --- 10: YAML with quoted keys, CRLF line ends and a folded block scalar --------------------

YAML_CRLF = (
    "\"事例\":\r\n"
    "  - \"自治体名\": 長野県松本市\r\n"
    "    \"労働局・ハローワーク\": 長野労働局・ハローワーク松本\r\n"
    "    \"施設名\": まつもと就労センター（一体的実施施設）\r\n"
    "    \"開始日\": 平成31年4月1日\r\n"
    "    \"見出し\": >\r\n"
    "      山あいの集落へ出向く\r\n"
    "      移動相談\r\n"
    "    \"取組内容\":\r\n"
    "      - 公民館を会場に月1回の移動相談を行った\r\n"
    "    \"実績\":\r\n"
    "      \"就職者数\": {\"目標\": 40, \"実績\": 44}\r\n"
    "  - \"自治体名\": 三重県津市\r\n"
    "    \"労働局・ハローワーク\": 三重労働局・ハローワーク津\r\n"
    "    \"施設名\": つ就労支援窓口（常設窓口）\r\n"
    "    \"開始日\": 2016年1月4日\r\n"
    "    \"見出し\": 県庁所在地の駅前で\r\n"
    "    \"実績\":\r\n"
    "      \"就職者数\": {\"目標\": 75, \"実績\": 70}\r\n"
)

YAML_CRLF_FACTS = [
    {
        "title": "山あいの集落へ出向く 移動相談",
        "prefecture": "長野県",
        "municipality": "松本市",
        "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク松本",),
        "facility_name": "まつもと就労センター",
        "facility_type": "一体的実施施設",
        "start_date": date(2019, 4, 1),
        "initiatives": ("公民館を会場に月1回の移動相談を行った",),
        "metrics": [("就職者数", "employed", (40, None, None), (44, None, None), None)],
    },
    {
        "prefecture": "三重県",
        "municipality": "津市",
        "labour_bureau": "三重労働局",
        "hello_work": ("ハローワーク津",),
        "facility_name": "つ就労支援窓口",
        "facility_type": "常設窓口",
        "start_date": date(2016, 1, 4),
        "metrics": [("就職者数", "employed", (75, None, None), (70, None, None), None)],
    },
]


# --- 11: a spreadsheet saved as arrays: a header row over rows, a metrics table likewise ------

ARRAYS = """{"表題": "令和５年度　一体的実施施設一覧（大阪労働局）",
 "施設": [
  ["自治体", "労働局", "ハローワーク", "施設名", "種別", "開設日", "見出し", "実績"],
  ["大阪府堺市", "大阪労働局", "ハローワーク堺", "さかい就労支援センター", "一体的実施施設", "平成27年10月1日", "区役所ごとの出張面接会",
   [["指標", "目標", "実績", "達成率"], ["支援対象者数", "400人以上", "433人", "108.3%"], ["就職者数", "240人", "251人", "104.6%"]]],
  ["大阪府東大阪市", "大阪労働局", "ハローワーク布施", "ひがしおおさかワークサポート", "常設窓口", "2019-04-01", "ものづくり企業の見学つき相談",
   [["指標", "目標", "実績", "達成率"], ["就職者数", "130人以上", "127人", null]]]
 ]}
"""

ARRAYS_FACTS = [
    {
        "title": "区役所ごとの出張面接会",
        "prefecture": "大阪府",
        "municipality": "堺市",
        "labour_bureau": "大阪労働局",
        "hello_work": ("ハローワーク堺",),
        "facility_name": "さかい就労支援センター",
        "facility_type": "一体的実施施設",
        "start_date": date(2015, 10, 1),
        "fiscal_year": None,
        "metrics": [
            ("支援対象者数", "support_targets", (400, "人", "以上"), (433, "人", None), Decimal("108.3")),
            ("就職者数", "employed", (240, "人", None), (251, "人", None), Decimal("104.6")),
        ],
    },
    {
        "municipality": "東大阪市",
        "hello_work": ("ハローワーク布施",),
        "facility_type": "常設窓口",
        "start_date": date(2019, 4, 1),
        "metrics": [("就職者数", "employed", (130, "人", "以上"), (127, "人", None), None)],
    },
]


# --- 12: cases keyed by their city, the prefecture given once above ------------------------

CITY_KEYS = """{
  "都道府県": "宮城県",
  "労働局": "宮城労働局",
  "対象年度": "2020年度",
  "石巻市": {
    "施設": {"名称": "いしのまき就労サポート", "種別": "一体的実施施設", "開設日": "2017-04-03"},
    "ハローワーク": "ハローワーク石巻",
    "取組内容": ["漁業の担い手募集と合同の説明会を開いた"],
    "実績": {"就職者数": {"目標": "100人", "実績": "106人"}}
  },
  "気仙沼市": {
    "施設": {"名称": "けせんぬま仕事相談室", "種別": "常設窓口", "開設日": "2018-07-02"},
    "ハローワーク": "ハローワーク気仙沼",
    "取組内容": ["水産加工会社の求人を週1回まとめて紹介した"],
    "実績": {"就職者数": {"目標": "60人", "実績": "63人"}}
  }
}
"""

CITY_KEYS_FACTS = [
    {
        "prefecture": "宮城県",
        "municipality": "石巻市",
        "labour_bureau": "宮城労働局",
        "hello_work": ("ハローワーク石巻",),
        "facility_name": "いしのまき就労サポート",
        "start_date": date(2017, 4, 3),
        "fiscal_year": 2020,
        "initiatives": ("漁業の担い手募集と合同の説明会を開いた",),
        "metrics": [("就職者数", "employed", (100, "人", None), (106, "人", None), None)],
    },
    {
        "prefecture": "宮城県",
        "municipality": "気仙沼市",
        "hello_work": ("ハローワーク気仙沼",),
        "facility_name": "けせんぬま仕事相談室",
        "fiscal_year": 2020,
        "metrics": [("就職者数", "employed", (60, "人", None), (63, "人", None), None)],
    },
]


VARIANTS = {
    "flat_list": (FLAT_LIST, FLAT_LIST_FACTS),
    "json_lines": (JSON_LINES, JSON_LINES_FACTS),
    "yaml": (YAML_DOC, YAML_FACTS),
    "fenced": (FENCED, FENCED_FACTS),
    "paged": (PAGED, PAGED_FACTS),
    "role_first": (ROLE_FIRST, ROLE_FIRST_FACTS),
    "yaml_flow": (YAML_FLOW, YAML_FLOW_FACTS),
    "dotted": (DOTTED, DOTTED_FACTS),
    "objects": (OBJECTS, OBJECTS_FACTS),
    "yaml_crlf": (YAML_CRLF, YAML_CRLF_FACTS),
    "arrays": (ARRAYS, ARRAYS_FACTS),
    "city_keys": (CITY_KEYS, CITY_KEYS_FACTS),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_export_variant_reads_its_key_facts(name: str) -> None:
    text, expected = VARIANTS[name]
    assert _mismatches(text, expected) == []


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_export_spans_point_at_the_values(name: str) -> None:
    """Every header value, item and comment text read from an export stands, NFKC'd, in
    the original at its span."""
    import unicodedata

    text, _expected = VARIANTS[name]
    doc = jirei.parse_text(text)
    assert doc.profiles
    for profile in doc.profiles:
        for field in ("municipality", "labour_bureau", "facility_name", "title"):
            value = getattr(profile, field)
            if value is None or field not in profile.spans:
                continue
            written = profile.spans[field].slice(text)
            assert "".join(unicodedata.normalize("NFKC", written).split()) == "".join(
                value.split()
            ), (field, written, value)
        for item, span in zip(profile.initiatives, profile.initiative_spans, strict=True):
            assert unicodedata.normalize("NFKC", span.slice(text)) == item
        for comment in profile.comments:
            assert comment.span is not None
            written = unicodedata.normalize("NFKC", comment.span.slice(text))
            assert "".join(written.split()) == "".join(comment.text.split())
        for metric in profile.metrics:
            if metric.actual is not None and metric.actual.span is not None:
                figure = unicodedata.normalize("NFKC", metric.actual.span.slice(text))
                assert str(metric.actual.value) in figure.replace(",", "")


# --- the scanner ----------------------------------------------------------------------


def test_scan_json_keeps_offsets_of_escaped_strings() -> None:
    text = '{"内容": "一行目\\n二行目", "数": 12}'
    scanned = scan_json(text)
    assert scanned is not None
    node, end = scanned
    assert end == len(text)
    assert isinstance(node, Mapping)
    (_k1, content), (_k2, number) = node.items
    assert isinstance(content, Scalar) and content.text == "一行目\n二行目"
    assert text[content.at(4) : content.at(7)] == "二行目"
    assert isinstance(number, Scalar) and text[number.start : number.end] == "12"


def test_scan_yaml_reads_nested_blocks_and_flow() -> None:
    text = "a:\n  - b: [x, y]\n    c:\n      d: 1\n"
    node = scan_yaml(text)
    assert isinstance(node, Mapping)
    seq = node.items[0][1]
    assert isinstance(seq, Sequence) and len(seq.items) == 1
    inner = seq.items[0]
    assert isinstance(inner, Mapping)
    assert [k.text for k, _ in inner.items] == ["b", "c"]
    flow = inner.items[0][1]
    assert isinstance(flow, Sequence) and [s.text for s in flow.items] == ["x", "y"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "事例１　福岡県久留米市\n自治体: 福岡県久留米市\n取組内容\n・窓口を置いた\n",
        "【取組内容】\n- 相談会を開いた: 毎月\n- 求人を集めた\n",
        "{ 注：この表は速報値 }\n支援対象者数　100人\n",
    ],
)
def test_text_reports_are_no_exports(text: str) -> None:
    """Field lines, markdown lists and a brace in prose do not make a text an export."""
    from jirei.exports import read_export
    from jirei.normalise import normalise

    assert read_export(normalise(text).text) is None


def test_export_without_cases_is_left_to_the_text_pipeline() -> None:
    """JSON holding no object that names a place or facility gives no export profile."""
    assert scan_export('{"a": 1, "b": [1, 2]}') is not None
    from jirei.exports import read_export

    assert read_export('{"データセット名": "テスト", "件数": 0}') is None


def test_export_words_are_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A rules file's ``[exports_table]`` replaces the bundled words: a user's own title key
    is read without editing code."""
    from jirei.rules import DEFAULT_RULES

    text = '[{"自治体名": "佐賀県唐津市", "案件名": "港町の求人開拓"}]'
    assert jirei.parse_text(text).profiles[0].title is None
    path = tmp_path / "mine.toml"
    words = dict(DEFAULT_RULES.exports_table)
    words["title"] = [*words["title"], "案件名"]
    lines = ["[exports_table]"] + [
        f"{name} = [{', '.join(repr(w).replace(chr(39), chr(34)) for w in values)}]"
        for name, values in words.items()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rules = DEFAULT_RULES.merge_toml(path)
    profile = jirei.parse_text(text, rules=rules).profiles[0]
    assert profile.title == "港町の求人開拓"
    assert profile.municipality == "唐津市"
