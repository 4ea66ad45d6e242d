"""Page images (PNG, JPEG, TIFF with any number of pages, ...) → Document of OCR'd pages.

Each frame is a page job (`diarium.ingest.pages`): the frames of a long TIFF are OCR'd by as
many workers as there are; a blank frame is told from its thumbnail and not OCR'd.

An image whose header declares more pixels than any real scan has (a "decompression bomb":
a few bytes that would unpack to gigabytes) is refused before a pixel is decoded.
"""
from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image, UnidentifiedImageError

from diarium.errors import DiariumError, InputError
from diarium.ingest.blank import is_blank, thumbnail_of
from diarium.ingest.ocr import ocr_image, scan_dpi
from diarium.ingest.pages import PageJob, Plan, assemble
from diarium.ingest.progress import page_read
from diarium.schemas.document import Document, Page

# An A0 sheet at 300 dpi is 9933 × 14043 ≈ 140 Mpx; anything larger is not a page scan.
MAX_PIXELS = 150_000_000


def open_image(path: str, data: bytes) -> Image.Image:
    """Open without decoding; InputError for a bomb or a file PIL cannot identify."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError:
            raise InputError(path, "image declares an absurd size (decompression bomb?)") from None
        except UnidentifiedImageError:
            raise InputError(path, "not a readable image (corrupt or unknown format)") from None
        except (OSError, ValueError, SyntaxError) as err:
            raise InputError(path, f"corrupt image ({' '.join(str(err).split())})") from None
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise InputError(path, f"image declares {width}×{height} pixels, more than any page scan "
                               "(decompression bomb?)")
    return image


@contextmanager
def frame_errors(path: str) -> Iterator[None]:
    """A failure while reading the frames, said with the file's name."""
    try:
        yield
    except DiariumError as err:
        raise type(err)(path, err.reason) from None
    except (OSError, ValueError, SyntaxError, EOFError) as err:
        raise InputError(path, f"corrupt image data ({' '.join(str(err).split())})") from None


def plan_image(path: str, data: bytes, sha256: str) -> Plan:
    """Every frame (page) of the image is a job for OCR."""
    image = open_image(path, data)
    with frame_errors(path):
        count = getattr(image, "n_frames", 1)
    return Plan(path=path, sha256=sha256, reader="image", pages=[None] * count,
                jobs=[PageJob(index) for index in range(count)])


def ocr_frame(image: Image.Image, data: bytes, job: PageJob) -> Page:
    """One frame of the image OCR'd; a blank one is not (it has nothing to read)."""
    image.seek(job.index)
    image.load()
    if is_blank(thumbnail_of(image, scan_dpi(image))):
        return Page(number=job.number, source="ocr", width=image.width, height=image.height)
    return ocr_image(image, number=job.number, data=data)


def read_image(path: str, data: bytes, sha256: str) -> Document:
    """The whole image in this process: its frames OCR'd one after the other."""
    plan = plan_image(path, data, sha256)
    image = open_image(path, data)
    total = len(plan.jobs)
    page_read(path, 0, total)
    with frame_errors(path):
        read: dict[int, Page] = {}
        for job in plan.jobs:
            read[job.index] = ocr_frame(image, data, job)
            page_read(path, job.number, total)
        return assemble(plan, read)
