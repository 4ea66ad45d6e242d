"""Page images (PNG, JPEG, TIFF with any number of pages, ...) → Document of OCR'd pages.

An image whose header declares more pixels than any real scan has (a "decompression bomb":
a few bytes that would unpack to gigabytes) is refused before a pixel is decoded.
"""
from __future__ import annotations

import io
import warnings

from PIL import Image, ImageSequence, UnidentifiedImageError

from diarium.errors import DiariumError, InputError
from diarium.ingest.ocr import ocr_image
from diarium.ingest.progress import page_read
from diarium.schemas.document import Document

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


def read_image(path: str, data: bytes, sha256: str) -> Document:
    image = open_image(path, data)
    pages = []
    frames = getattr(image, "n_frames", 1)
    try:
        page_read(path, 0, frames)
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            frame.load()
            pages.append(ocr_image(frame, number=number, path=path))
            page_read(path, number, frames)
    except DiariumError as err:
        raise type(err)(path, err.reason) from None
    except (OSError, ValueError, SyntaxError, EOFError) as err:
        raise InputError(path, f"corrupt image data ({' '.join(str(err).split())})") from None
    return Document(path=path, sha256=sha256, kind="image", pages=pages)
