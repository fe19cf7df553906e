"""Connected components of the link graph, on one machine (scipy); Spark has its own."""

from __future__ import annotations

from typing import Any


def components(n: int, edges_a: Any, edges_b: Any) -> list[int]:
    """Connected-component label of each of the first n nodes (edges may reach nodes >= n)."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    a = np.asarray(edges_a, dtype=np.int64)
    b = np.asarray(edges_b, dtype=np.int64)
    size = int(max(n, (a.max() + 1) if a.size else 0, (b.max() + 1) if b.size else 0))
    graph = coo_matrix((np.ones(a.size, dtype=np.int8), (a, b)), shape=(size, size)).tocsr()
    _, labels = connected_components(graph, directed=False)
    return labels[:n].tolist()
