"""MNIST-style preprocessing: crop, fit 20 px, anti-alias, centre of mass at (14, 14)."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.data import preprocess as P
from core.data.datasets import load_sample
from tests.drawn_digits import DIGIT_STROKES, place, render


def similarity(a, b) -> float:
    """Correlation of two images' pixels (1 = same up to brightness)."""
    return float(np.corrcoef(np.ravel(a), np.ravel(b))[0, 1])


def similarity_1px(a, b) -> float:
    """Best correlation over whole-pixel shifts of up to 1 px: MNIST centres by an
    integer shift, so a centre of mass near a half pixel may round either way."""
    return max(similarity(np.roll(a, (dy, dx), axis=(0, 1)), b)
               for dy in (-1, 0, 1) for dx in (-1, 0, 1))


def digit(d, left=60, top=40, height=190, pen=18, shape=(280, 280), **kw):
    return render(place(DIGIT_STROKES[d], left, top, height, **kw), shape, pen)


# --- empty input --------------------------------------------------------------

@pytest.mark.parametrize("image", [
    np.zeros((280, 280)),
    np.full((280, 280), 255, np.uint8),          # blank white paper
    np.full((50, 40, 3), 0.3),                   # uniform grey
    np.zeros((280, 280, 4), np.uint8),           # fully transparent
])
def test_empty_image_says_draw_something(image):
    with pytest.raises(P.EmptyImageError, match="draw something"):
        P.prepare(image)


def test_faint_noise_counts_as_empty():
    noise = np.random.default_rng(0).uniform(0, 0.1, (280, 280))
    with pytest.raises(P.EmptyImageError):
        P.prepare(noise, polarity="light")


# --- what MNIST's recipe promises ----------------------------------------------

@pytest.mark.parametrize("d", range(10))
def test_output_is_a_centred_20px_digit(d):
    out = P.prepare(digit(d, left=20, top=60, height=150))
    assert out.shape == (28, 28) and out.dtype == np.float32
    assert 0.0 <= out.min() and out.max() <= 1.0 and out.max() > 0.9
    rows = np.flatnonzero(out.max(axis=1) > 0)
    cols = np.flatnonzero(out.max(axis=0) > 0)
    longer = max(rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1)
    assert longer == 20, f"digit {d}: longer side {longer} px"
    cy, cx = P.centre_of_mass(out)
    assert abs(cy - 14.0) <= 0.5 and abs(cx - 14.0) <= 0.5, (cy, cx)
    assert P.WIDTH_RANGE[0] - 0.3 <= P.stroke_width(out) <= P.WIDTH_RANGE[1] + 0.3


@pytest.mark.parametrize("d", [0, 3, 4, 7])
def test_whole_pixel_shift_gives_the_same_image(d):
    a = P.prepare(digit(d, left=10, top=10))
    b = P.prepare(digit(d, left=77, top=63))
    np.testing.assert_allclose(a, b, atol=1e-6)


@pytest.mark.parametrize("d", range(10))
def test_shifted_and_scaled_digit_gives_nearly_the_same_image(d):
    ref = P.prepare(digit(d, left=60, top=40, height=190, pen=18))
    for left, top, height, pen in [(5.3, 150.7, 110, 10.5), (150, 8, 120, 11), (30, 30, 240, 23)]:
        out = P.prepare(digit(d, left=left, top=top, height=height, pen=pen))
        assert similarity_1px(out, ref) > 0.95, (d, left, top, height)


def test_polarity_and_colour_are_detected():
    ink = digit(5)
    ref = P.prepare(ink)
    paper = (255 * (1 - ink)).astype(np.uint8)                       # dark on light, uint8
    rgb = np.stack([paper, paper, paper], axis=-1)
    rgba = np.zeros(ink.shape + (4,))                                # black ink on transparent
    rgba[..., 3] = ink
    for image in (paper, rgb, rgba):
        np.testing.assert_allclose(P.prepare(image), ref, atol=0.02)


def test_grey_paper_background_is_removed():
    ink = digit(2)
    photo = 0.85 - 0.6 * ink            # light grey paper, dark grey ink
    out = P.prepare(photo)
    assert similarity(out, P.prepare(ink)) > 0.97
    assert out.max() > 0.95


def test_mnist_digits_pass_through_nearly_unchanged():
    data = load_sample()
    images = data.x_test[:200].reshape(-1, 28, 28)
    sims = [similarity(P.prepare(im, polarity="light"), im) for im in images]
    assert np.median(sims) > 0.9
    assert np.mean(sims) > 0.85


def test_mnist_digits_redrawn_large_and_off_centre_come_back():
    data = load_sample()
    rng = np.random.default_rng(1)
    sims = []
    for im in data.x_test[:100].reshape(-1, 28, 28):
        big = P.resample(im.astype(np.float64), rng.uniform(3, 9))
        canvas = np.zeros((280, 280))
        top = rng.integers(0, 281 - big.shape[0])
        left = rng.integers(0, 281 - big.shape[1])
        canvas[top:top + big.shape[0], left:left + big.shape[1]] = np.clip(big, 0, 1)
        sims.append(similarity(P.prepare(canvas), im))
    assert np.median(sims) > 0.85


# --- stroke width ----------------------------------------------------------------

@pytest.mark.parametrize("width", [3.0, 6.0, 12.0])
def test_stroke_width_estimates_pen_width(width):
    line = render([[(20, 20), (180, 150)], [(30, 170), (190, 170)]], (200, 200), width)
    assert P.stroke_width(line) == pytest.approx(width, rel=0.15)


@pytest.mark.parametrize("height,pen,shape", [
    (60, 22, (280, 280)),      # small digit, fat pen -> thinned
    (700, 3, (1000, 900)),     # big photo, thin pen -> widened, full ink
    (900, 1.5, (1000, 1000)),  # hairline
])
def test_stroke_width_is_brought_into_mnist_range(height, pen, shape):
    image = digit(3, left=40, top=40, height=height, pen=pen, shape=shape)
    raw = P.prepare(image, normalize_width=False)
    out = P.prepare(image)
    lo, hi = P.WIDTH_RANGE
    assert not lo <= P.stroke_width(raw) <= hi, "the case should start out of range"
    assert lo - 0.3 <= P.stroke_width(out) <= hi + 0.3
    assert out.max() > 0.95
    assert similarity_1px(out, P.prepare(digit(3))) > 0.85


def test_width_in_range_is_left_alone():
    image = digit(8)
    np.testing.assert_array_equal(P.prepare(image), P.prepare(image, normalize_width=False))


# --- building blocks ---------------------------------------------------------------

def test_area_resample_keeps_ink_mass():
    img = np.random.default_rng(2).uniform(0, 1, (90, 60))
    out = P.resample(img, 0.2)
    assert out.shape == (18, 12)
    assert out.sum() == pytest.approx(img.sum() * 0.2 ** 2, rel=1e-9)


def test_shrink_max_keeps_a_hairline_at_full_ink():
    img = np.zeros((400, 400))
    img[:, 201] = 1.0
    assert P.resample(img, 0.1).max() == pytest.approx(0.1)
    out = P.shrink_max(img, 0.1)
    assert out.shape == (40, 40) and out.max() == 1.0 and out.sum() == 40


def test_place_centred_puts_centre_of_mass_at_14():
    blob = np.zeros((12, 9))
    blob[0:5, :] = 1.0  # mass at the top
    out = P.place_centred(blob)
    cy, cx = P.centre_of_mass(out)
    assert abs(cy - 14) <= 0.5 and abs(cx - 14) <= 0.5
    lopsided = np.zeros((20, 20))
    lopsided[:, 0] = 1.0
    lopsided[0, :] = 0.01  # centre of mass far left: the shift is clipped, nothing is cut off
    out = P.place_centred(lopsided)
    assert out.sum() == pytest.approx(lopsided.sum())


def test_bad_input_is_refused_clearly():
    with pytest.raises(ValueError, match="polarity"):
        P.to_ink(np.zeros((5, 5)), polarity="sideways")
    with pytest.raises(ValueError, match="shape"):
        P.prepare(np.zeros((5, 5, 7)))
    with pytest.raises(ValueError, match="NaN"):
        P.prepare(np.full((5, 5), np.nan))


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 120), st.integers(1, 120), st.integers(0, 2 ** 31 - 1))
def test_any_blob_gives_a_valid_image_or_draw_something(h, w, seed):
    rng = np.random.default_rng(seed)
    image = rng.uniform(0, 1, (h, w)) * (rng.uniform(0, 1, (h, w)) > rng.uniform(0.3, 1.0))
    image = np.pad(image, 1)  # a background frame, as any picture of a digit has
    try:
        out = P.prepare(image, polarity="light")
    except P.EmptyImageError:
        assert image.max() < P.MIN_INK
        return
    assert out.shape == (28, 28) and np.isfinite(out).all()
    assert out.min() >= 0 and out.max() <= 1 and out.sum() > 0


def _photo(d: int, paper, ink_depth: float = 150.0) -> np.ndarray:
    """Digit d written dark on 'paper' (an array or a level), 300 x 500, as a uint8 photo."""
    ink = render(place(DIGIT_STROKES[d], 350, 150, 120), shape=(300, 500), width=10)
    return np.clip(paper - ink * ink_depth, 0, 255).astype(np.uint8), ink


@pytest.mark.parametrize("d", [0, 3, 7])
def test_grain_and_uneven_light_on_a_photo_do_not_stretch_the_box(d):
    """Paper grain (sd 8 of 255) or light falling off from 240 to 170 across the picture is
    paper, not ink: the box is the digit's, and the 28x28 image is nearly the clean one."""
    clean, ink = _photo(d, 200.0)
    rows, cols = np.flatnonzero(ink.max(axis=1) > 0.1), np.flatnonzero(ink.max(axis=0) > 0.1)
    expected = (rows[0], rows[-1] + 1, cols[0], cols[-1] + 1)
    grain = _photo(d, 200.0 + np.random.default_rng(d).normal(0, 8, (300, 500)))[0]
    light = _photo(d, np.linspace(240, 170, 500)[None, :].repeat(300, axis=0))[0]
    reference = P.prepare(clean)
    for photo in (grain, light):
        top, bottom, left, right = P.bounding_box(P.to_ink(photo))
        assert abs(top - expected[0]) <= 3 and abs(bottom - expected[1]) <= 3
        assert abs(left - expected[2]) <= 3 and abs(right - expected[3]) <= 3
        prepared = P.prepare(photo)
        assert np.abs(prepared - reference).mean() < 0.1
        cy, cx = P.centre_of_mass(prepared)
        ry, rx = P.centre_of_mass(reference)
        assert abs(cy - ry) < 1.0 and abs(cx - rx) < 1.0
        assert (prepared > 0.5).sum() == pytest.approx((reference > 0.5).sum(), rel=0.5)


def test_a_clean_drawing_has_no_paper_floor():
    """The canvas's border is exactly 0: nothing is subtracted, drawings are prepared as before."""
    ink = render(place(DIGIT_STROKES[5], 60, 50, 170), shape=(280, 280), width=18)
    assert P.paper_floor(ink) == 0.0
    np.testing.assert_array_equal(P.to_ink(ink), ink)
    edge = ink.copy()
    edge[100:110, :3] = 1.0  # a stroke touching the edge covers little of the ring: still no floor
    assert P.paper_floor(edge) == 0.0


def test_despeckle_drops_lone_pixels_and_keeps_strokes():
    ink = np.zeros((20, 20))
    ink[5, 5] = 0.8            # a lone speck
    ink[10:13, 2:18] = 1.0     # a stroke 3 px wide
    ink[0, 19] = ink[1, 18] = 0.5  # two touching specks: each has one neighbour
    out = P.despeckle(ink)
    assert out[5, 5] == 0 and out[0, 19] == 0 and out[1, 18] == 0
    np.testing.assert_array_equal(out[10:13, 2:18], 1.0)


def test_a_dot_is_too_small_only_when_asked():
    dot = render([[(140, 140)]], shape=(280, 280), width=18)
    assert P.too_small(P.to_ink(dot))
    with pytest.raises(P.TooSmallError):
        P.prepare(dot, polarity="light", min_extent=P.MIN_EXTENT)
    assert P.prepare(dot, polarity="light").shape == (28, 28)  # predict and the bench do not ask
