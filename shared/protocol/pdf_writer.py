"""The protocol as a PDF: A4 landscape, the bundled DejaVu font, tables whose header row is
repeated on every page they run onto, and "page N of M" at the foot of each page."""

from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import Align

from shared.protocol.fonts import BOLD, REGULAR, fonts_dir
from shared.protocol.labels import Labels
from shared.protocol.pdf_table import PdfTable
from shared.protocol.sections import Section, text_of

_FAMILY = "DejaVu"
_BODY_PT = 8.5
_MAX_SHARE = 0.45  # no column takes more than this share of the line at its natural width


class _Document(FPDF):
    def __init__(self, labels: Labels, heading: str) -> None:
        super().__init__(orientation="landscape", format="A4")
        self.labels = labels
        self.heading = heading
        folder = fonts_dir()
        self.add_font(_FAMILY, "", str(folder / REGULAR))
        self.add_font(_FAMILY, "B", str(folder / BOLD))
        self.set_auto_page_break(auto=True, margin=14)
        self.set_margins(12, 12, 12)
        self.alias_nb_pages("{pages}")

    def footer(self) -> None:
        self.set_y(-10)
        self.set_font(_FAMILY, "", 7.5)
        self.set_text_color(90)
        page = self.labels["page"].replace("{page}", str(self.page_no()))
        self.cell(0, 5, self.heading, align=Align.L)
        self.set_x(self.l_margin)
        self.cell(0, 5, page, align=Align.R)
        self.set_text_color(0)


def write_pdf(sections: list[Section], labels: Labels, *, heading: str, subtitle: str) -> bytes:
    pdf = _Document(labels, heading)
    pdf.set_title(f"{heading}: {subtitle}")
    pdf.add_page()
    pdf.set_font(_FAMILY, "B", 16)
    pdf.multi_cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(_FAMILY, "B", 12)
    pdf.multi_cell(0, 6, subtitle, new_x="LMARGIN", new_y="NEXT")
    for section in sections:
        _section(pdf, section, labels)
    return bytes(pdf.output())


def _section(pdf: _Document, section: Section, labels: Labels) -> None:
    if pdf.will_page_break(40):  # a title and its header row never end a page alone
        pdf.add_page()
    pdf.ln(4)
    pdf.set_font(_FAMILY, "B", 11.5)
    pdf.multi_cell(0, 6, section.title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font(_FAMILY, "", _BODY_PT)
    if not section.rows:
        pdf.multi_cell(0, 5, section.note or "—", new_x="LMARGIN", new_y="NEXT")
        return
    texts = [[text_of(c, labels, empty="—") for c in row] for row in section.rows]
    headers = section.headers
    widths = _column_widths(pdf, headers, texts)
    right = [all(isinstance(row[i], int | float) or row[i] is None for row in section.rows)
             for i in range(len(widths))]
    PdfTable(pdf, family=_FAMILY, size=_BODY_PT, widths=widths, right=right, headers=headers,
             bold_first_column=headers is None).draw(texts)


def _column_widths(pdf: _Document, headers: list[str] | None, texts: list[list[str]]) -> list[float]:
    """Widths in mm: each column's widest text, the widest header word, capped, then the
    columns shrunk in proportion when together they are wider than the page."""
    columns = max(len(headers or []), max((len(r) for r in texts), default=0))
    usable = pdf.epw
    widths = []
    for column in range(columns):
        cells = [row[column] for row in texts if column < len(row)]
        natural = max((pdf.get_string_width(t) for t in cells), default=0)
        if headers is not None and column < len(headers):
            pdf.set_font(_FAMILY, "B", _BODY_PT)
            # Room for a header on one line up to 30 mm; longer ones wrap between words.
            whole = min(pdf.get_string_width(headers[column]), 30)
            natural = max(natural, whole, *(pdf.get_string_width(w) for w in headers[column].split()))
            pdf.set_font(_FAMILY, "", _BODY_PT)
        widths.append(min(natural + 3.5, usable * _MAX_SHARE))
    if sum(widths) <= usable:
        return widths
    # Too wide: columns narrower than an even share of what is left keep their width (names,
    # dates, numbers stay on one line); the wider ones share the rest in proportion.
    fitted = list(widths)
    flexible, remaining = set(range(columns)), usable
    while flexible:
        share = remaining / len(flexible)
        narrow = {i for i in flexible if widths[i] <= share}
        if not narrow:
            break
        flexible -= narrow
        remaining -= sum(widths[i] for i in narrow)
    wide = sum(widths[i] for i in flexible)
    for i in flexible:
        fitted[i] = widths[i] * remaining / wide
    return fitted
