"""Test PDFs made with reportlab, reproducing what real report PDFs do to their text.

Every generator returns a :class:`Generated`: the PDF bytes and the boxes of everything
it drew (``drawn``), in PDF points from each page's top-left corner, so a test can check
that a value's span maps back onto the figure on the page.

The font: reportlab's TrueType embedding writes a ``ToUnicode`` map, as Word-exported
government PDFs do, so both backends read the exact code points drawn (Kangxi radicals
included). The Japanese TrueType font comes from the ``japanize-matplotlib`` package (dev
extra; it ships IPAex Gothic) or a system IPA font. Without one, the built-in CID font
``HeiseiKakuGo-W5`` is used: its text is extractable, but pdfminer maps a few code points
through CIDs (``～`` → ``〜``, ``－`` → ``−``, ``⽣`` → ``生``), so :data:`FAITHFUL` is then False
and tests that need exact code points skip.

``report_pdf`` renders report text (tab- or space-aligned tables become columns drawn
column by column) into a multi-page PDF; ``scripts/render_corpus_pdfs.py`` uses it.
"""

from __future__ import annotations

import importlib.util
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

import regex
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from jirei.model import Box

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 56.0
_SYSTEM_FONTS = (
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
)


def _font_file() -> str | None:
    spec = importlib.util.find_spec("japanize_matplotlib")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidate = os.path.join(location, "fonts", "ipaexg.ttf")
            if os.path.exists(candidate):
                return candidate
    return next((path for path in _SYSTEM_FONTS if os.path.exists(path)), None)


def _register() -> tuple[str, bool]:
    path = _font_file()
    if path is not None:
        pdfmetrics.registerFont(TTFont("JireiGothic", path))
        return "JireiGothic", True
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    return "HeiseiKakuGo-W5", False


FONT, FAITHFUL = _register()
_FACE = pdfmetrics.getFont(FONT).face
ASCENT = _FACE.ascent / 1000.0
DESCENT = _FACE.descent / 1000.0


def width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


@dataclass
class Drawn:
    """A string drawn on a page and its box (the union of its glyph boxes)."""

    text: str
    box: Box


@dataclass
class Generated:
    data: bytes
    drawn: list[Drawn] = field(default_factory=list)
    pages: int = 0

    def find(self, text: str) -> list[Drawn]:
        """Everything drawn with exactly this text."""
        return [item for item in self.drawn if item.text == text]

    def box(self, text: str) -> Box:
        """The box of the one string drawn as ``text``."""
        found = self.find(text)
        if len(found) != 1:
            raise KeyError(f"{text!r} drawn {len(found)} times")
        return found[0].box


class Sketch:
    """A canvas addressed from the top-left that records what it draws."""

    def __init__(self, *, encrypt: StandardEncryption | None = None) -> None:
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(
            self.buffer, pagesize=A4, invariant=1, encrypt=encrypt, pageCompression=1
        )
        self.page = 1
        self.drawn: list[Drawn] = []

    def text(self, x: float, baseline: float, text: str, size: float = 10.0) -> Box:
        """Draw ``text`` with its baseline ``baseline`` points below the top edge."""
        self.canvas.setFont(FONT, size)
        self.canvas.drawString(x, PAGE_HEIGHT - baseline, text)
        box = Box(
            self.page,
            x,
            baseline - ASCENT * size,
            x + width(text, size),
            baseline - DESCENT * size,
        )
        self.drawn.append(Drawn(text, box))
        return box

    def bold(self, x: float, baseline: float, text: str, size: float = 10.0, times: int = 3) -> Box:
        """Fake bold: the same string drawn ``times`` times, 0.3 pt apart."""
        box = self.text(x, baseline, text, size)
        for copy in range(1, times):
            self.canvas.setFont(FONT, size)
            self.canvas.drawString(x + 0.3 * copy, PAGE_HEIGHT - baseline, text)
        return box

    def spaced(self, x: float, baseline: float, text: str, size: float, pitch: float) -> Box:
        """A letter-spaced label: one character every ``pitch`` points, drawn one by one."""
        boxes = [self.text(x + i * pitch, baseline, char, size) for i, char in enumerate(text)]
        for _ in boxes:
            self.drawn.pop()
        box = Box(self.page, boxes[0].x0, boxes[0].top, boxes[-1].x1, boxes[0].bottom)
        self.drawn.append(Drawn(" ".join(text), box))
        return box

    def rule(self, x0: float, top: float, x1: float, bottom: float) -> None:
        """A filled grey rectangle (a vector drawing, no text)."""
        self.canvas.setFillGray(0.6)
        self.canvas.rect(x0, PAGE_HEIGHT - bottom, x1 - x0, bottom - top, fill=1, stroke=0)
        self.canvas.setFillGray(0)

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1

    def finish(self) -> Generated:
        self.canvas.showPage()
        self.canvas.save()
        return Generated(self.buffer.getvalue(), self.drawn, self.page)


# --- report text → PDF ------------------------------------------------------------------

_CELL_BREAK = regex.compile(r"\t+| {2,}|　{2,}")


def _cells(line: str) -> list[str] | None:
    """A table row's cells (a leading empty cell kept), or None for a prose line."""
    stripped = line.rstrip()
    indented = stripped.startswith(("\t", "  ", "　　"))
    if not _CELL_BREAK.search(stripped.strip()) and not indented:
        return None
    cells = _CELL_BREAK.split(stripped)
    if cells and cells[0].strip() == "" and not indented:
        cells = cells[1:]
    return [cell.strip() for cell in cells]


def _wrap(text: str, size: float, limit: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in text:
        if current and width(current + char, size) > limit:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def report_pdf(
    text: str,
    *,
    size: float = 9.0,
    header: str | None = "一体的実施事業 好事例集",
    page_numbers: bool = True,
    encrypt: StandardEncryption | None = None,
    fit: bool = False,
    min_size: float = 6.5,
) -> Generated:
    """Render report text into a multi-page A4 PDF.

    Prose lines are drawn left to right and wrapped at the margin; table rows (cells split
    at tabs or runs of two spaces) are laid out in columns fixed per table block and drawn
    column by column, so drawing order differs from reading order. Every page gets the
    running ``header`` at the top and ``- n -`` at the bottom. With ``fit``, the font
    shrinks (down to ``min_size``) until the widest prose line fits, so fewer lines wrap.
    """
    sketch = Sketch(encrypt=encrypt)
    usable = PAGE_WIDTH - 2 * MARGIN
    if fit:
        widest = max(
            (width(line.strip(), size) for line in text.splitlines() if _cells(line) is None),
            default=0.0,
        )
        if widest > usable:
            size = max(min_size, size * usable / widest)
    pitch = size * 1.6
    top_limit = MARGIN + 24
    bottom_limit = PAGE_HEIGHT - MARGIN - 24

    # plan: one entry per visual row: ("prose", text) | ("row", cells, columns) | ("blank",)
    lines = text.splitlines()
    rows: list[tuple[str, object]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            rows.append(("blank", None))
            index += 1
            continue
        if _cells(line) is None:
            for piece in _wrap(line.strip(), size, usable):
                rows.append(("prose", piece))
            index += 1
            continue
        block: list[list[str]] = []
        while index < len(lines) and lines[index].strip() and _cells(lines[index]) is not None:
            block.append(_cells(lines[index]) or [])
            index += 1
        rows.extend(("row", (cells, _columns(block, size, usable))) for cells in block)

    baseline = top_limit
    pending: list[tuple[int, float, float, str]] = []  # (column, baseline, x, text)

    def flush_page() -> None:
        for _, line_baseline, x, cell in sorted(pending, key=lambda item: (item[0], item[1])):
            sketch.text(x, line_baseline, cell, size)
        pending.clear()
        if header:
            sketch.text(MARGIN, MARGIN, header, size)
        if page_numbers:
            label = f"- {sketch.page} -"
            sketch.text((PAGE_WIDTH - width(label, size)) / 2, PAGE_HEIGHT - MARGIN, label, size)

    for kind, payload in rows:
        if baseline > bottom_limit:
            flush_page()
            sketch.new_page()
            baseline = top_limit
        if kind == "prose":
            pending.append((0, baseline, MARGIN, str(payload)))
        elif kind == "row":
            cells, columns = payload  # type: ignore[misc]
            for column, (cell, x) in enumerate(zip(cells, columns, strict=False)):
                if cell:
                    pending.append((column, baseline, x, cell))
        baseline += pitch
    flush_page()
    return sketch.finish()


def _columns(block: list[list[str]], size: float, usable: float) -> list[float]:
    """x of each column of a table block: widest cell plus a 3 em gap."""
    count = max(len(cells) for cells in block)
    widths = [0.0] * count
    for cells in block:
        for column, cell in enumerate(cells):
            widths[column] = max(widths[column], width(cell, size))
    gap = 3 * size
    columns = [MARGIN]
    for column in range(1, count):
        columns.append(columns[-1] + widths[column - 1] + gap)
    if columns[-1] + widths[-1] > MARGIN + usable:
        gap = max(2 * size, (usable - sum(widths)) / max(count - 1, 1))
        columns = [MARGIN]
        for column in range(1, count):
            columns.append(columns[-1] + widths[column - 1] + gap)
    return columns


# --- artefacts ------------------------------------------------------------------------

HEADER = "平成29年度 一体的実施事業 好事例集"
TABLE_COLUMNS = (MARGIN, 200.0, 330.0)
TABLE = (
    ("", "29年度目標", "29年度実績"),
    ("支援対象者数", "220人以上", "290人"),
    ("就職者数", "150人", "188人"),
    ("就職率", "60%", "64.8%"),
)


def artefacts_pdf() -> Generated:
    """Three pages with the artefacts of real report PDFs.

    Page 1: a fake-bold heading, prose with Kangxi radicals (⽣ U+2F63, ⼀ U+2F00), a
    results table drawn column by column (header row with an empty first cell), a
    letter-spaced label ``就 職 者 数`` drawn character by character, a number wrapped
    across two lines. Page 2: more prose and a table. Page 3: prose. Every page: the
    running header and ``- n -``.
    """
    sketch = Sketch()
    size = 10.0
    for page in range(1, 4):
        sketch.text(MARGIN, MARGIN, HEADER, 9)
        if page == 1:
            sketch.bold(MARGIN, 100, "【取組内容】", 12)
            sketch.text(MARGIN, 124, "⽣活保護受給者への⼀体的な就労支援を実施。", size)
            sketch.bold(MARGIN, 160, "【事業目標と取組状況】", 12)
            # the table, column by column: all labels, then all targets, then all actuals
            for column, x in enumerate(TABLE_COLUMNS):
                for row, cells in enumerate(TABLE):
                    if cells[column]:
                        sketch.text(x, 184 + row * 20, cells[column], size)
            sketch.spaced(MARGIN, 184 + 4 * 20, "就職者数", size, pitch=22.0)
            sketch.text(TABLE_COLUMNS[1], 184 + 4 * 20, "48人", size)
            sketch.text(TABLE_COLUMNS[2], 184 + 4 * 20, "52人", size)
            # a figure wrapped across lines inside a narrow cell
            sketch.text(MARGIN, 300, "相談件数", size)
            sketch.text(TABLE_COLUMNS[1], 300, "1,2", size)
            sketch.text(TABLE_COLUMNS[1], 314, "34件", size)
            sketch.text(MARGIN, 350, "その他の実績として、セミナーを3回開催した。", size)
        elif page == 2:
            sketch.bold(MARGIN, 100, "【労働局コメント】", 12)
            sketch.text(MARGIN, 124, "今後も市と連携し、支援を強化したい。", size)
            sketch.text(MARGIN, 160, "紹介件数", size)
            sketch.text(TABLE_COLUMNS[1], 160, "412件", size)
        else:
            sketch.text(MARGIN, 100, "以上の取組により、就職者数は前年度を上回った。", size)
        label = f"- {page} -"
        sketch.text((PAGE_WIDTH - width(label, 9)) / 2, PAGE_HEIGHT - MARGIN, label, 9)
        if page < 3:
            sketch.new_page()
    return sketch.finish()


def scanned_pdf(pages: int = 2) -> Generated:
    """Pages with vector drawings only (what a scan without OCR looks like to a reader)."""
    sketch = Sketch()
    for page in range(pages):
        for row in range(12):
            sketch.rule(MARGIN, 100 + row * 40, PAGE_WIDTH - MARGIN, 112 + row * 40)
        if page < pages - 1:
            sketch.new_page()
    return sketch.finish()


def partly_scanned_pdf() -> Generated:
    """Page 1 with text, page 2 drawings only, page 3 with text."""
    sketch = Sketch()
    sketch.text(MARGIN, 100, "支援対象者数 449人", 10)
    sketch.new_page()
    sketch.rule(MARGIN, 100, PAGE_WIDTH - MARGIN, 400)
    sketch.new_page()
    sketch.text(MARGIN, 100, "就職者数 319人", 10)
    return sketch.finish()


def encrypted_pdf() -> bytes:
    """A PDF that needs a user password."""
    return report_pdf(
        "支援対象者数\t449人\n", encrypt=StandardEncryption("secret", "owner-secret")
    ).data


def truncated_pdf() -> bytes:
    """The first half of a valid PDF."""
    data = artefacts_pdf().data
    return data[: len(data) // 2]


def report_text(pages: int = 50) -> str:
    """A synthetic report of about ``pages`` pages: cases with prose and results tables."""
    prefectures = ("栃木県宇都宮市", "埼玉県川口市", "千葉県船橋市", "東京都八王子市")
    parts: list[str] = []
    for case in range(pages * 5 // 2):
        city = prefectures[case % len(prefectures)]
        parts.append(
            f"【{city}】【{city[:2]}労働局・ハローワーク{city[3:]}】（一体的実施施設）"
            f"平成2{case % 9}年{case % 12 + 1}月1日事業開始\n"
            "市の生活保護窓口に就労支援コーナー設置で効率アップ！\n\n"
            "【取組内容】\n"
            "・生活就労相談・意欲の喚起からマッチング・紹介・就職後のフォローアップまで"
            "一貫した就労支援を実施し、支援対象者の状況に見合った的確な支援を行った。\n"
            "・市とハローワーク等の職員からなる就労支援チームによる支援。\n"
            "・セミナーを市と共催で開催し、参加者の就労意欲を喚起した。\n\n"
            "【事業目標と取組状況】\n"
            "\t29年度事業目標\t29年度実績\n"
            f"支援対象者数\t{200 + case}人以上\t{250 + case}人\n"
            f"就職者数\t{120 + case}人以上\t{150 + case}人\n"
            f"就職率\t60%以上\t{60 + case % 30}.{case % 10}%\n\n"
            "＜市コメント＞\n"
            "福祉と労働行政が連携し、一体的な支援の結果、生活保護受給者等の就職者数の実績も"
            "上がっており、感謝している。\n"
            "＜労働局コメント＞\n"
            "今後も市福祉部門とハローワークが連携し、一人でも多くの支援対象者が就労に"
            "結びつくように支援を強化したい。\n\n"
        )
    return "".join(parts)


def write(generated: Generated | bytes, path: str | Path) -> Path:
    """Write a generated PDF to ``path``."""
    target = Path(path)
    data = generated.data if isinstance(generated, Generated) else generated
    target.write_bytes(data)
    return target


__all__ = [
    "ASCENT",
    "DESCENT",
    "FAITHFUL",
    "FONT",
    "HEADER",
    "TABLE",
    "Drawn",
    "Generated",
    "Sketch",
    "artefacts_pdf",
    "encrypted_pdf",
    "partly_scanned_pdf",
    "report_pdf",
    "report_text",
    "scanned_pdf",
    "truncated_pdf",
    "width",
]
