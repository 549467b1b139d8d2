"""Type stubs of the native module ``wirelens._core``."""

from typing import Any, Iterable, List, Optional, Tuple

__version__: str
CONTRACT_VERSION: int
MAX_INPUT_BYTES: int

def analyze(text: str) -> dict:
    """The analysis of ``text`` as a dict; TypeError or ValueError for bad input."""

def analyze_many(texts: Iterable[Any], jobs: Optional[int] = None) -> List[dict]:
    """One dict (the document, or ``{"error": ...}``) per item of ``texts``, in order."""

def analyze_json(text: str) -> str:
    """The analysis of ``text`` as the CLI's JSON text; TypeError or ValueError for bad input."""

def analyze_many_json(texts: Iterable[Any], jobs: Optional[int] = None) -> List[Tuple[Optional[str], Optional[str]]]:
    """One ``(json, None)`` or ``(None, error)`` per item of ``texts``, in order."""
