"""Text decoding: every supported encoding of the same Japanese text gives the same string."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.errors import BinaryInputError, EmptyInputError, EncodingError
from jirei.read import SourceText, decode_text, read_bytes, read_path

# Text every encoding below can hold (no NEC/IBM extensions, which EUC-JP lacks).
JAPANESE = (
    "【栃木県宇都宮市】【栃木労働局・ハローワーク宇都宮】（一体的実施施設）平成23年12月1日事業開始\n"
    "市の生活保護窓口に就労支援コーナー設置で効率アップ！\n"
    "支援対象者数\t４４９人\n就職率\t71.0％\n"
    "＜労働局コメント＞\n今後も市と連携し、一人でも多くの方の就労に結びつけたい。\n"
)

ENCODED = {
    "utf-8": JAPANESE.encode("utf-8"),
    "utf-8-sig": codecs.BOM_UTF8 + JAPANESE.encode("utf-8"),
    "utf-16": JAPANESE.encode("utf-16"),  # BOM in native order
    "utf-16-be": codecs.BOM_UTF16_BE + JAPANESE.encode("utf-16-be"),
    "utf-16-le": codecs.BOM_UTF16_LE + JAPANESE.encode("utf-16-le"),
    "cp932": JAPANESE.encode("cp932"),
    "shift_jis": JAPANESE.encode("shift_jis"),
    "euc-jp": JAPANESE.encode("euc-jp"),
    "iso-2022-jp": JAPANESE.encode("iso-2022-jp"),
}
EXPECTED_NAME = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf-16": "utf-16",
    "utf-16-be": "utf-16",
    "utf-16-le": "utf-16",
    "cp932": "cp932",
    "shift_jis": "cp932",
    "euc-jp": "euc-jp",
    "iso-2022-jp": "iso-2022-jp",
}


@pytest.mark.parametrize("written_as", sorted(ENCODED))
def test_each_encoding_decodes_to_the_same_text(written_as: str) -> None:
    text, name = decode_text(ENCODED[written_as])
    assert text == JAPANESE
    assert name == EXPECTED_NAME[written_as]


@pytest.mark.parametrize("written_as", ["cp932", "euc-jp"])
def test_read_path_records_the_encoding(tmp_path: Path, written_as: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(ENCODED[written_as])
    source = read_path(path)
    assert isinstance(source, SourceText)
    assert source.text == JAPANESE
    assert source.encoding == written_as
    assert source.source == str(path)
    assert source.backend is None and source.pages == ()
    assert source.boxes(0, 10) == ()


def test_original_text_is_not_normalised() -> None:
    raw = "⽣活保護　就 職 者 数\r\n１２３"  # Kangxi, ideographic space, CRLF, full-width digits
    text, _ = decode_text(raw.encode("utf-8"))
    assert text == raw


# Short strings are where CP932 and EUC-JP are most easily confused.
_KANA_KANJI = st.text(
    alphabet=st.sampled_from(
        "あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコ"
        "就職者数支援対象市町村労働局相談件数実績目標年度生活保護、。（）"
    ),
    min_size=4,
    max_size=40,
)


@settings(max_examples=200)
@given(_KANA_KANJI)
def test_cp932_and_euc_jp_are_told_apart(text: str) -> None:
    for encoding in ("cp932", "euc-jp"):
        decoded, name = decode_text(text.encode(encoding))
        assert (decoded, name) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"  \n\t\r\n", EmptyInputError),
        (codecs.BOM_UTF8, EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
        (bytes(range(256)) * 4, BinaryInputError),
        (b"text\x00with a NUL", BinaryInputError),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 10 + b"abc", BinaryInputError),
        # high bytes without control bytes that no supported encoding decodes
        (bytes([0x81, 0x20, 0xFD, 0xFE, 0xFF, 0x20]) * 8, EncodingError),
    ],
)
def test_bad_input_gives_a_typed_error_naming_the_path(
    tmp_path: Path, data: bytes, error: type[Exception]
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(error) as raised:
        read_path(path)
    assert str(path) in str(raised.value)
    assert raised.value.path == str(path)  # type: ignore[attr-defined]


def test_read_bytes_names_the_source_in_errors() -> None:
    with pytest.raises(BinaryInputError, match=r"upload\.bin"):
        read_bytes(b"\x00\x01\x02", source="upload.bin")


def test_seed_report_decodes_in_every_japanese_encoding() -> None:
    seed = Path(__file__).parents[1] / ".." / "shared" / "seed" / "000_55666265dad7f183.txt"
    if not seed.exists():
        pytest.skip("shared seed report not available")
    text = seed.read_text(encoding="utf-8")
    for encoding in ("cp932", "euc-jp"):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:  # characters the encoding cannot hold
            continue
        assert decode_text(data) == (text, encoding)
