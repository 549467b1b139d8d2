"""wirelens on a pandas Series (and so on each partition of a Dask one)."""

from __future__ import annotations

from typing import Any, Optional

from . import _core

__all__ = ["analyze_series"]


def analyze_series(texts: Any, jobs: Optional[int] = None) -> Any:
    """A pandas Series, on the same index as ``texts``, of the contract documents as JSON
    text (exactly the CLI's ``analysis``), ``None`` where an item could not be analysed."""
    import pandas as pd

    docs = [doc for doc, _ in _core.analyze_many_json(texts, jobs)]
    return pd.Series(docs, index=texts.index, name=texts.name, dtype=object)
