"""wirelens: annotate wire stories — dateline, quotes and who said them, figures, credits.

The native wirelens core (Rust) for Python. Every function returns the analysis contract
(``../shared/contract`` in the repository; offsets in UTF-16 code units, as in JavaScript),
exactly the document the ``wirelens`` command line writes for the same text.

    >>> import wirelens
    >>> doc = wirelens.analyze("KABUL (Reuters) - The Taliban freed 200 prisoners, officials said.")
    >>> doc["dateline"]["location"]["text"]
    'KABUL'

For archives: :func:`analyze_many` (threads, the GIL released), :mod:`wirelens.spark`
(``mapInArrow``: Spark local, clusters and Spark Connect) and :mod:`wirelens.dask`.
"""

from __future__ import annotations

import contextlib as _contextlib
import gc as _gc
from typing import Any, Iterable, Iterator, List, Optional

from . import _core

__all__ = ["analyze", "analyze_json", "analyze_many", "CONTRACT_VERSION", "MAX_INPUT_BYTES", "__version__"]

__version__: str = _core.__version__
#: The version of the analysis contract the documents follow (their ``version`` field).
CONTRACT_VERSION: int = _core.CONTRACT_VERSION
#: The largest text accepted, in bytes of UTF-8 (64 MiB), as in every front end.
MAX_INPUT_BYTES: int = _core.MAX_INPUT_BYTES


def analyze_json(text: str) -> str:
    """The analysis of ``text`` as JSON text, byte for byte the ``analysis`` the CLI writes.

    Raises ``TypeError`` when ``text`` is not a ``str``; ``ValueError`` when it is over
    :data:`MAX_INPUT_BYTES` or holds a lone surrogate (no UTF-8 form). The GIL is released
    while the text is analysed.
    """
    return _core.analyze_json(text)


def analyze(text: str) -> dict:
    """The analysis of ``text``: the contract document as a ``dict``.

    Equal to ``json.loads`` of the CLI's output for the same text. Raises as
    :func:`analyze_json` does.
    """
    with _no_gc():
        return _core.analyze(text)


def analyze_many(texts: Iterable[Any], jobs: Optional[int] = None) -> List[dict]:
    """The analyses of ``texts``, in order: one ``dict`` per item, never fewer.

    A bad item — ``None``, not a ``str``, a lone surrogate, over :data:`MAX_INPUT_BYTES` —
    gives ``{"error": "…"}`` in its place, and the batch goes on. Up to ``jobs`` threads
    (default: one per core) analyse with the GIL released. For throughput into storage,
    :func:`wirelens._core.analyze_many_json` gives the JSON text instead (no Python objects).
    """
    with _no_gc():
        return _core.analyze_many(texts, jobs)


@_contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    # The documents are trees of new dicts and lists, millions for an archive: the cyclic
    # collector would walk them again and again while they are made (half the time of
    # making them, measured), and can find no cycle in them.
    enabled = _gc.isenabled()
    _gc.disable()
    try:
        yield
    finally:
        if enabled:
            _gc.enable()
