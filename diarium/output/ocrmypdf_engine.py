"""An OCRmyPDF OCR-engine plugin that "recognises" a page by handing back diarium's repaired
words at their OCR positions, so OCRmyPDF renders, grafts and converts to PDF/A as usual but
the invisible text is the repaired text.

OCRmyPDF loads this module by name (`plugins=["diarium.output.ocrmypdf_engine"]`) and uses
the engine when `ocr_engine="diarium"`; the layer (`layer.LayerPage.as_json` per page) is a
JSON file named by the extra option `diarium_layer`. The engine implements OCRmyPDF's
`generate_ocr` API (an `OcrElement` tree per page), so no hOCR text is written or parsed.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from ocrmypdf import hookimpl
from ocrmypdf.models.ocr_element import BoundingBox, OcrClass, OcrElement
from ocrmypdf.pluginspec import OcrEngine, OrientationConfidence
from PIL import Image

from diarium.version import PIPELINE_VERSION

ENGINE = "diarium"
LAYER_OPTION = "diarium_layer"


@lru_cache(maxsize=4)
def read_layer(path: str) -> dict[int, list[list[list[Any]]]]:
    """Page index (0-based) → lines → [text, x0, y0, x1, y1] with fractional coordinates."""
    pages = json.loads(Path(path).read_text("utf-8"))
    return {page["number"] - 1: page["lines"] for page in pages}


def page_tree(lines: list[list[list[Any]]], width: int, height: int, dpi: float,
              page_number: int) -> OcrElement:
    """The page's lines and words as OCRmyPDF's element tree, in the image's pixels."""
    def box(x0: float, y0: float, x1: float, y1: float) -> BoundingBox:
        return BoundingBox(left=x0 * width, top=y0 * height, right=max(x0, x1) * width,
                           bottom=max(y0, y1) * height)

    page = OcrElement(ocr_class=OcrClass.PAGE, bbox=BoundingBox(0, 0, width, height),
                      dpi=dpi, page_number=page_number)
    for words in lines:
        if not words:
            continue
        elements = [OcrElement(ocr_class=OcrClass.WORD, text=text, bbox=box(*coords))
                    for text, *coords in words]
        line_box = BoundingBox(left=min(e.bbox.left for e in elements if e.bbox),
                               top=min(e.bbox.top for e in elements if e.bbox),
                               right=max(e.bbox.right for e in elements if e.bbox),
                               bottom=max(e.bbox.bottom for e in elements if e.bbox))
        page.children.append(OcrElement(ocr_class=OcrClass.LINE, bbox=line_box,
                                        children=elements, language="swe"))
    return page


def page_text(lines: list[list[list[Any]]]) -> str:
    return "\n".join(" ".join(word[0] for word in words) for words in lines if words)


class DiariumEngine(OcrEngine):
    """The repaired text of a page diarium has already read; OCRmyPDF does the rest."""

    @staticmethod
    def version() -> str:
        return PIPELINE_VERSION

    @staticmethod
    def creator_tag(options: Any) -> str:
        return f"diarium {PIPELINE_VERSION} (repaired OCR text)"

    def __str__(self) -> str:
        return f"diarium {PIPELINE_VERSION}"

    @staticmethod
    def languages(options: Any) -> set[str]:
        return set(getattr(options, "languages", None) or ["swe"])

    @staticmethod
    def get_orientation(input_file: Path, options: Any) -> OrientationConfidence:
        return OrientationConfidence(angle=0, confidence=0.0)

    @staticmethod
    def get_deskew(input_file: Path, options: Any) -> float:
        return 0.0

    @staticmethod
    def supports_generate_ocr() -> bool:
        return True

    @staticmethod
    def generate_ocr(input_file: Path, options: Any,
                     page_number: int = 0) -> tuple[OcrElement, str]:
        lines = read_layer(str(getattr(options, LAYER_OPTION))).get(page_number, [])
        with Image.open(input_file) as image:
            width, height = image.size
            dpi = image.info.get("dpi", (300, 300))[0]
        return page_tree(lines, width, height, float(dpi), page_number), page_text(lines)

    @staticmethod
    def generate_hocr(input_file: Path, output_hocr: Path, output_text: Path,
                      options: Any) -> None:
        raise NotImplementedError("the diarium engine renders through generate_ocr (fpdf2)")

    @staticmethod
    def generate_pdf(input_file: Path, output_pdf: Path, output_text: Path,
                     options: Any) -> None:
        raise NotImplementedError("the diarium engine renders through generate_ocr (fpdf2)")


@hookimpl
def get_ocr_engine(options: Any) -> OcrEngine | None:
    """Ours when `ocr_engine="diarium"`; otherwise let the other engines answer."""
    if options is not None and getattr(options, "ocr_engine", None) != ENGINE:
        return None
    return DiariumEngine()
