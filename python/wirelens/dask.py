"""wirelens in Dask: the analysis of a text Series, partition by partition.

    import dask.dataframe as dd
    from wirelens.dask import analyze
    ddf = dd.read_parquet("articles.parquet")
    ddf["analysis"] = analyze(ddf["body"])

Needs ``dask[dataframe]``, which this package does not install.
"""

from __future__ import annotations

from typing import Any, Optional

from .pandas import analyze_series

__all__ = ["analyze"]


def analyze(series: Any, jobs: Optional[int] = 1) -> Any:
    """A Dask Series of the contract documents as JSON text (``None`` where a text failed)
    for a Dask Series of texts; each partition is analysed by :func:`analyze_series`."""
    return series.map_partitions(analyze_series, jobs=jobs, meta=(series.name, "object"))
