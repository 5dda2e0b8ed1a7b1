"""Turn a drawing or a photo of a digit into a 28x28 image the way MNIST was made.

MNIST (LeCun, Cortes, Burges): the NIST digits were size-normalised to fit a
20x20 box keeping their aspect ratio (anti-aliasing makes grey levels), then
placed in a 28x28 field so that their centre of mass sits at the centre. Measured
on the bundled sample: the ink's bounding box is 20 px on its longer side, the
centre of mass is at (row, col) = (14.0, 14.0) +- 0.3 in 0-based pixel indices
(an integer shift), and the stroke width ``2 * sum(ink) / sum(|grad ink|)`` has
median 2.6 px (5 %-95 %: 2.0-3.9 px).

``prepare(image)`` does the same to any picture of a digit:

1. ``to_ink``: grey levels in [0, 1] with ink = 1 and background = 0 (RGB(A) and
   either polarity; light-on-dark vs dark-on-light is detected from the border).
2. Crop to the ink's bounding box.
3. Resample so the longer side is ``20 * SUPERSAMPLE`` px (area filter).
4. Stroke width: strokes much thinner or thicker than MNIST's (measured on the
   20-px result) are widened (grey dilation) or thinned (grey erosion) with a
   disk at 4x resolution, so a thin pen on a big photo or a fat pen on a small
   drawing still looks like MNIST.
5. Area-filter down so the longer side is 20 px (this anti-aliases).
6. Place in 28x28 with the centre of mass at (14, 14), as an integer shift.

An image without ink raises ``EmptyImageError`` ("draw something") instead of
giving a guess. Everything here is numpy; images are ndarrays.
"""
from __future__ import annotations

import numpy as np

#: side of the network's input image, and of the box the digit is fitted into
SIZE = 28
BOX = 20
#: where MNIST puts the centre of mass, (row, col) in 0-based pixel indices
CENTRE = (14.0, 14.0)
#: the width step 4 works at: 4x the final resolution
SUPERSAMPLE = 4
#: MNIST's median stroke width in final pixels (estimator: ``stroke_width``)
MNIST_STROKE_WIDTH = 2.6
#: strokes whose width (in final pixels) falls in this range are left alone
WIDTH_RANGE = (1.9, 3.6)
#: below this peak ink level (0..1 after ``to_ink``) an image counts as empty
MIN_INK = 0.15
#: a pixel belongs to the digit's bounding box when its ink exceeds this
#: fraction of the brightest ink
BOX_THRESHOLD = 0.1
#: too_small: a drawing whose box is under this fraction of the canvas is a dot, not a digit
MIN_EXTENT = 0.1
#: paper_floor: how far above the paper's grain the ink must rise, and the largest floor applied
PAPER_FLOOR_FACTOR = 1.5
MAX_PAPER_FLOOR = 0.5

EMPTY_MESSAGE = "draw something"


class EmptyImageError(ValueError):
    """The image has no ink: there is nothing to recognise."""

    def __init__(self, message: str = EMPTY_MESSAGE):
        super().__init__(message)


class TooSmallError(EmptyImageError):
    """The ink is a dot or a tick (see ``too_small``), not a digit."""

    def __init__(self):
        super().__init__("draw the digit bigger")


# --- 1. grey levels, ink = 1 --------------------------------------------------

def _as_float(image) -> np.ndarray:
    """uint8 (0..255) or float (0..1) -> float64 in [0, 1]."""
    image = np.asarray(image)
    if image.dtype == np.bool_:
        return image.astype(np.float64)
    if np.issubdtype(image.dtype, np.integer):
        top = 65535.0 if image.dtype.itemsize > 1 and image.max(initial=0) > 255 else 255.0
        return image.astype(np.float64) / top
    if np.issubdtype(image.dtype, np.floating):
        out = image.astype(np.float64)
        if not np.isfinite(out).all():
            raise ValueError("the image has NaN or infinite values")
        return np.clip(out, 0.0, 1.0)
    raise ValueError(f"unsupported pixel type {image.dtype}")


def luminance(image) -> np.ndarray:
    """Grey levels in [0, 1] of shape (h, w).

    image : (h, w) grey, (h, w, 3) RGB or (h, w, 4) RGBA; uint8 or float in [0, 1].
    Y = 0.299 R + 0.587 G + 0.114 B. A transparent background is composited
    onto the colour that contrasts with the opaque pixels (white behind dark
    ink, black behind light ink), so ink drawn on a transparent canvas shows.
    """
    img = _as_float(image)
    if img.ndim == 2:
        return img
    if img.ndim != 3 or img.shape[2] not in (1, 3, 4):
        raise ValueError(f"expected a (h, w), (h, w, 3) or (h, w, 4) image, got shape {img.shape}")
    if img.shape[2] == 1:
        return img[:, :, 0]
    grey = img[:, :, 0] * 0.299 + img[:, :, 1] * 0.587 + img[:, :, 2] * 0.114
    if img.shape[2] == 4:
        alpha = img[:, :, 3]
        if alpha.min() < 0.99:
            opaque = alpha > 0.5
            ink_is_dark = opaque.any() and grey[opaque].mean() < 0.5
            backdrop = 1.0 if ink_is_dark else 0.0
            grey = grey * alpha + backdrop * (1.0 - alpha)
    return grey


def border_level(grey: np.ndarray) -> float:
    """Median grey level of the outermost row/column ring: the background."""
    grey = np.asarray(grey)
    if grey.shape[0] < 3 or grey.shape[1] < 3:
        return float(np.median(grey))
    ring = np.concatenate([grey[0], grey[-1], grey[1:-1, 0], grey[1:-1, -1]])
    return float(np.median(ring))


def to_ink(image, polarity: str = "auto") -> np.ndarray:
    """Ink map in [0, 1] of shape (h, w): 1 = full ink, 0 = background.

    polarity : "auto" (decided by the border: a light border means dark ink on
    light paper), "light" (light ink on dark, like MNIST) or "dark" (dark ink on
    light paper). The background level is subtracted and the rest stretched to
    [0, 1]: ink = clip((v - bg) / (max(v) - bg), 0, 1) with v oriented so ink is
    high; an image whose contrast max(v) - bg is below MIN_INK has no ink (zeros).
    """
    grey = luminance(image)
    if grey.size == 0:
        raise ValueError("the image has no pixels")
    if polarity == "auto":
        polarity = "dark" if border_level(grey) > 0.5 else "light"
    if polarity == "dark":
        grey = 1.0 - grey
    elif polarity != "light":
        raise ValueError(f"polarity must be 'auto', 'light' or 'dark', not {polarity!r}")
    background = min(border_level(grey), 0.9)
    peak = float(grey.max())
    if peak - background < MIN_INK:
        return np.zeros_like(grey)
    ink = np.clip((grey - background) / (peak - background), 0.0, 1.0)
    floor = paper_floor(ink)
    if floor > 0:  # a photo or scan: subtract the paper, then drop the grain left standing alone
        ink = despeckle(np.clip((ink - floor) / (1.0 - floor), 0.0, 1.0))
    return ink


def despeckle(ink: np.ndarray, neighbours: int = 2) -> np.ndarray:
    """A copy of ``ink`` without specks: a pixel with ink is kept when at least ``neighbours``
    of its 8 neighbours have ink too (a stroke's pixels have several; the grain of a photo's
    paper has none). Shapes (h, w) in and out."""
    ink = np.asarray(ink)
    on = np.pad(ink > 0, 1)
    h, w = ink.shape
    count = sum(on[1 + dy:1 + dy + h, 1 + dx:1 + dx + w].astype(np.int8)
                for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
    return np.where(count >= neighbours, ink, 0.0)


def paper_floor(ink: np.ndarray) -> float:
    """The ink level that is still paper: PAPER_FLOOR_FACTOR x the 95th percentile of the
    border ring. 0 for a clean drawing (its border is 0), so drawings are left exactly as
    they are; for a photo or scan it removes grain and uneven lighting, which would otherwise
    stretch the digit's box to the whole picture. A digit touching the border covers less than
    5 % of the ring and does not count; a floor of MAX_PAPER_FLOOR or more is not applied."""
    ink = np.asarray(ink)
    if ink.shape[0] < 3 or ink.shape[1] < 3:
        return 0.0
    k = max(1, min(ink.shape) // 20)  # a ring 5 % of the picture deep
    ring = np.concatenate([ink[:k].ravel(), ink[-k:].ravel(), ink[k:-k, :k].ravel(), ink[k:-k, -k:].ravel()])
    floor = PAPER_FLOOR_FACTOR * float(np.percentile(ring, 95))
    return floor if floor < MAX_PAPER_FLOOR else 0.0


def is_empty(ink: np.ndarray) -> bool:
    """True when the ink map has nothing worth recognising (peak below MIN_INK)."""
    return ink.size == 0 or float(ink.max()) < MIN_INK


def too_small(ink: np.ndarray, min_fraction: float = MIN_EXTENT) -> bool:
    """True when the ink's box is shorter than ``min_fraction`` of the picture's shorter side on
    both axes: a dot or a tick, not a digit (the Draw canvas asks for a bigger drawing)."""
    top, bottom, left, right = bounding_box(ink)
    return max(bottom - top, right - left) < min_fraction * min(np.shape(ink))


def bounding_box(ink: np.ndarray, threshold: float = BOX_THRESHOLD) -> tuple[int, int, int, int]:
    """(top, bottom, left, right), bottom/right exclusive, of pixels with
    ink > threshold * max(ink). Raises EmptyImageError when there is no ink."""
    if is_empty(ink):
        raise EmptyImageError()
    mask = ink > threshold * float(ink.max())
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


# --- resampling ---------------------------------------------------------------

def _area_weights(n_in: int, n_out: int, scale: float) -> np.ndarray:
    """(n_out, n_in) matrix: output pixel i averages source [i/scale, (i+1)/scale).

    W[i, j] = scale * |[j, j+1) ∩ [i/scale, (i+1)/scale)|, so a full output
    pixel's weights sum to 1 (a box filter; mass-preserving anti-aliasing).
    """
    lo = np.arange(n_out)[:, None] / scale
    hi = (np.arange(n_out)[:, None] + 1) / scale
    j = np.arange(n_in)[None, :]
    overlap = np.clip(np.minimum(hi, j + 1) - np.maximum(lo, j), 0.0, None)
    return overlap * scale


def _linear_weights(n_in: int, n_out: int, scale: float) -> np.ndarray:
    """(n_out, n_in) matrix of linear interpolation at source x = (i + 0.5) / scale - 0.5."""
    x = np.clip((np.arange(n_out) + 0.5) / scale - 0.5, 0.0, n_in - 1)
    left = np.floor(x).astype(int)
    right = np.minimum(left + 1, n_in - 1)
    frac = x - left
    w = np.zeros((n_out, n_in))
    w[np.arange(n_out), left] += 1.0 - frac
    w[np.arange(n_out), right] += frac
    return w


def _out_shape(shape: tuple[int, int], scale: float) -> tuple[int, int]:
    return tuple(max(1, int(np.ceil(n * scale - 1e-6))) for n in shape)


def shrink_max(image: np.ndarray, scale: float) -> np.ndarray:
    """Shrink a (h, w) image by ``scale`` < 1 keeping each cell's maximum.

    Output pixel (i, j) = max of the source pixels whose index lies in
    [i/scale, (i+1)/scale) x [j/scale, (j+1)/scale). A line thinner than one
    output pixel stays at full intensity (1 px wide) instead of fading to grey.
    """
    if not 0 < scale <= 1:
        raise ValueError(f"shrink_max needs 0 < scale <= 1, got {scale}")
    out = image
    for axis, n_out in enumerate(_out_shape(image.shape, scale)):
        starts = np.minimum((np.arange(n_out) / scale).astype(int), image.shape[axis] - 1)
        out = np.maximum.reduceat(out, np.unique(starts), axis=axis)
    return out


def resample(image: np.ndarray, scale: float) -> np.ndarray:
    """Scale a (h, w) image by ``scale`` on both axes -> (ceil(h*s), ceil(w*s)).

    Shrinking uses the area (box) filter, enlarging linear interpolation; both
    are separable: out = Wy @ image @ Wx.T.
    """
    if scale <= 0 or not np.isfinite(scale):
        raise ValueError(f"scale must be positive, got {scale}")
    h, w = image.shape
    out_h, out_w = _out_shape(image.shape, scale)
    weights = _area_weights if scale <= 1.0 else _linear_weights
    return weights(h, out_h, scale) @ image @ weights(w, out_w, scale).T


# --- stroke width ---------------------------------------------------------------

def stroke_width(ink: np.ndarray) -> float:
    """Mean stroke width in pixels, 2 * area / perimeter.

    area = sum(ink); perimeter = sum(|grad ink|) (a 0->1 edge contributes 1 per
    unit of edge length), so a long stroke of width w gives about w. 0 when empty.
    """
    ink = np.asarray(ink, dtype=np.float64)
    if ink.shape[0] < 2 or ink.shape[1] < 2:
        return float(min(ink.shape)) if ink.size else 0.0
    padded = np.pad(ink, 2)  # central differences all round, edges included
    gy, gx = np.gradient(padded)
    edge = float(np.hypot(gy, gx).sum())
    return 2.0 * float(ink.sum()) / edge if edge > 0 else 0.0


def _disk_offsets(radius: float) -> list[tuple[int, int]]:
    r = int(np.ceil(radius))
    return [(dy, dx) for dy in range(-r, r + 1) for dx in range(-r, r + 1)
            if dy * dy + dx * dx <= radius * radius + 1e-9]


def grey_dilate(ink: np.ndarray, radius: float) -> np.ndarray:
    """max over a disk of ``radius`` px around each pixel; the image grows by the radius."""
    r = int(np.ceil(radius))
    padded = np.pad(ink, r)
    out = padded.copy()
    h, w = padded.shape
    for dy, dx in _disk_offsets(radius):
        np.maximum(out[max(0, dy):h + min(0, dy), max(0, dx):w + min(0, dx)],
                   padded[max(0, -dy):h + min(0, -dy), max(0, -dx):w + min(0, -dx)],
                   out=out[max(0, dy):h + min(0, dy), max(0, dx):w + min(0, dx)])
    return out


def grey_erode(ink: np.ndarray, radius: float) -> np.ndarray:
    """min over a disk of ``radius`` px around each pixel (same shape; outside = 0)."""
    r = int(np.ceil(radius))
    padded = np.pad(ink, r)
    out = ink.copy()
    h, w = ink.shape
    for dy, dx in _disk_offsets(radius):
        np.minimum(out, padded[r + dy:r + dy + h, r + dx:r + dx + w], out=out)
    return out


def _width_fix_radius(width: float, target: float) -> float:
    """Disk radius, in final pixels, that moves a stroke of ``width`` to ``target``
    once the digit is rescaled to the BOX again.

    Dilating by r widens strokes by 2r but also the bounding box (BOX -> BOX + 2r),
    so the final width is (w + 2r) * BOX / (BOX + 2r); setting that to the
    target gives r = (BOX / 2) (target - w) / (BOX - target). Negative = erode.
    """
    return (BOX / 2.0) * (target - width) / (BOX - target)


def match_stroke_width(big: np.ndarray, width: float,
                       width_range: tuple[float, float] = WIDTH_RANGE,
                       target: float = MNIST_STROKE_WIDTH) -> np.ndarray:
    """Widen or thin the strokes of ``big`` (the cropped digit at SUPERSAMPLE x the
    final resolution) whose final width ``width`` is outside ``width_range``.

    Thin strokes are first stretched to full intensity (a faint 1-px line is a
    thin stroke, not grey ink), then dilated with a disk; thick ones are eroded,
    by at most 30 % of their width so no stroke vanishes. Returns a new array
    (larger by the dilation), or ``big`` itself when the width is in range.
    """
    lo, hi = width_range
    if lo <= width <= hi or width <= 0:
        return big
    radius = _width_fix_radius(width, target)
    if width < lo:
        strong = big[big > 0.05]
        level = float(np.percentile(strong, 90)) if strong.size else 1.0
        big = np.clip(big / max(level, 1e-6), 0.0, 1.0)
        return grey_dilate(big, radius * SUPERSAMPLE)
    radius = min(-radius, 0.3 * width) * SUPERSAMPLE
    if radius < 0.5:
        return big
    thinner = grey_erode(big, radius)
    return big if is_empty(thinner) else thinner  # blobs, not strokes: leave them


# --- the whole pipeline ---------------------------------------------------------

def centre_of_mass(ink: np.ndarray) -> tuple[float, float]:
    """(row, col) of the ink's centre of mass: sum(ink * index) / sum(ink)."""
    total = float(ink.sum())
    if total <= 0:
        raise EmptyImageError()
    rows = np.arange(ink.shape[0], dtype=np.float64)
    cols = np.arange(ink.shape[1], dtype=np.float64)
    return float(ink.sum(axis=1) @ rows) / total, float(ink.sum(axis=0) @ cols) / total


def place_centred(digit: np.ndarray, size: int = SIZE, centre=CENTRE) -> np.ndarray:
    """Put a (h, w) image (h, w <= size) into a (size, size) zero field, shifted
    by whole pixels so its centre of mass lands on ``centre`` (kept inside)."""
    h, w = digit.shape
    if h > size or w > size:
        raise ValueError(f"a {h}x{w} digit does not fit in {size}x{size}")
    cy, cx = centre_of_mass(digit)
    top = int(np.clip(np.round(centre[0] - cy), 0, size - h))
    left = int(np.clip(np.round(centre[1] - cx), 0, size - w))
    out = np.zeros((size, size), dtype=digit.dtype)
    out[top:top + h, left:left + w] = digit
    return out


def _crop(ink: np.ndarray) -> np.ndarray:
    top, bottom, left, right = bounding_box(ink)
    return ink[top:bottom, left:right]


def _to_box(crop: np.ndarray) -> np.ndarray:
    """Scale a cropped digit so its longer side is BOX px (area filter), in [0, 1]."""
    box = resample(crop, BOX / max(crop.shape))
    return np.clip(box[:BOX, :BOX], 0.0, 1.0)


def fit_box(ink: np.ndarray, normalize_width: bool = True) -> np.ndarray:
    """Crop to the ink, scale the longer side to BOX (20) px, anti-aliased.

    ink : (h, w) ink map (ink = 1). Returns (h', w') with max(h', w') == BOX.
    With ``normalize_width`` the stroke width is brought into MNIST's range:
    measured on the 20-px result, fixed on the SUPERSAMPLE-x larger crop, twice
    at most (the second pass corrects what the rescaling changed). Strokes too
    thin to survive the first shrink are shrunk keeping maxima (``shrink_max``).
    """
    crop = _crop(ink)
    scale = BOX * SUPERSAMPLE / max(crop.shape)
    thin = stroke_width(crop) * scale < 1.5  # under 1.5 px wide once shrunk: would fade
    if normalize_width and thin and scale < 1:
        big = shrink_max(crop, scale)  # keep sub-pixel lines at full ink
    else:
        big = resample(crop, scale)
    box = _to_box(big)
    if not normalize_width:
        return box
    for _ in range(2):
        fixed = match_stroke_width(big, stroke_width(box))
        if fixed is big:
            break
        big = _crop(fixed)
        box = _to_box(big)
    return box


def prepare(image, polarity: str = "auto", normalize_width: bool = True, min_extent: float = 0.0) -> np.ndarray:
    """A picture of one digit -> the network's input, float32 (28, 28) in [0, 1].

    image : (h, w), (h, w, 3) or (h, w, 4), uint8 or float in [0, 1], any size.
    polarity : see ``to_ink``; normalize_width : see ``match_stroke_width``.
    Raises EmptyImageError ("draw something") when there is no ink, and TooSmallError (one of
    them) when ``min_extent`` > 0 and the ink is ``too_small`` for it (the Draw canvas).
    """
    ink = to_ink(image, polarity)
    if min_extent > 0 and too_small(ink, min_extent):
        raise TooSmallError()
    digit = fit_box(ink, normalize_width=normalize_width)
    return place_centred(digit).astype(np.float32)


def as_batch(image28: np.ndarray) -> np.ndarray:
    """(28, 28) -> (1, 784) float32, the shape ``MLP.predict`` takes."""
    return np.asarray(image28, dtype=np.float32).reshape(1, SIZE * SIZE)


def to_uint8(image28: np.ndarray) -> np.ndarray:
    """[0, 1] floats -> uint8 0..255 (rounded), e.g. to store a drawing like MNIST."""
    return np.round(np.clip(image28, 0.0, 1.0) * 255.0).astype(np.uint8)
