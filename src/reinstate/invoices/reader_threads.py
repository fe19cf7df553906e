"""Imported by the reader server only, before any other module (`sandbox._PRELOAD`): every reader
child does its pixel work on its own thread.

OpenCV (its `parallel_for_` under SIFT, the blurs, the resizes) and OpenBLAS (the descriptor
search's matrix product) start a worker thread a core, which waits for work by spinning. A reader
child already runs two things at once (Tesseract on one thread, the pixel checks on another), and
a batch runs a child a core: the workers only took CPU from each other. With one thread each,
the image checks of five slow scans took 29% less CPU, their maps identical (session 20). Both
libraries read these variables when they load, so they are set before the server imports them;
the caller's own process and environment are left as they are.
"""

from __future__ import annotations

import os

os.environ["OPENCV_FOR_THREADS_NUM"] = "1"
os.environ["OPENBLAS_NUM_THREADS"] = "1"
