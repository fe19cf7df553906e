"""The copy-move check's matching, computed another way to stay within 2 s a file (issue 20),
finds what OpenCV's matcher found (a clone on a photo is not searched: test_photo_signs)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from support.invoice_corpus import image_clone, random_spec

from reinstate.invoices import image_edits

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")


def _clone_jpeg(quality: int) -> object:
    from PIL import Image

    spec = random_spec(709, lang="in")
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
    page = Image.open(io.BytesIO(image_clone(spec, made, seed=9, variant=9))).convert("L")
    out = io.BytesIO()
    page.save(out, format="JPEG", quality=quality)
    return Image.open(out).convert("L")


def test_the_nearest_descriptors_are_those_of_opencvs_brute_force_matcher() -> None:
    import cv2
    import numpy as np

    arr = np.asarray(_clone_jpeg(92), dtype=np.uint8)
    _points, descriptors = image_edits._sift(arr)
    assert descriptors is not None and len(descriptors) > 500
    found = cv2.BFMatcher(cv2.NORM_L2).knnMatch(descriptors, descriptors, k=4)
    expected = np.array([[m.trainIdx for m in row] for row in found])
    assert (image_edits._nearest(descriptors, 4) == expected).all()


def test_equal_distances_keep_the_lower_index_first_as_opencv_does() -> None:
    import cv2
    import numpy as np

    descriptors = np.array([[0, 0], [3, 4], [0, 0], [3, 4]], dtype=np.float32)
    found = cv2.BFMatcher(cv2.NORM_L2).knnMatch(descriptors, descriptors, k=3)
    assert [[m.trainIdx for m in row] for row in found] == [
        [0, 2, 1],
        [1, 3, 0],
        [0, 2, 1],
        [1, 3, 0],
    ]
    assert image_edits._nearest(descriptors, 3).tolist() == [
        [m.trainIdx for m in row] for row in found
    ]
