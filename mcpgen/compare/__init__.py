"""Compare the tool surfaces of two versions of an API: added, removed, renamed and changed tools, each
change classified as breaking or not (`mcpgen diff`)."""

from __future__ import annotations

from pathlib import Path

from ..config import BuildConfig
from .load import InputKind, Surface, detect_input, load_surface
from .result import Change, DiffResult, FailOn, SideInfo
from .tools import diff_tools


def compare_surfaces(old: Surface, new: Surface) -> DiffResult:
    """Every change from `old` to `new`."""
    return DiffResult(
        old=_info(old),
        new=_info(new),
        changes=diff_tools(old.tools, new.tools),
    )


def compare_sources(
    old: str | Path, new: str | Path, config: BuildConfig | None = None, base: Path | None = None
) -> DiffResult:
    """Load both inputs (descriptions, IR files or generated packages) and compare them."""
    config = config or BuildConfig()
    return compare_surfaces(load_surface(old, config, base), load_surface(new, config, base))


def _info(surface: Surface) -> SideInfo:
    return SideInfo(
        surface.source, surface.kind, surface.title, surface.version, len(surface.tools), surface.diagnostics
    )


__all__ = [
    "Change",
    "DiffResult",
    "FailOn",
    "InputKind",
    "SideInfo",
    "Surface",
    "compare_sources",
    "compare_surfaces",
    "detect_input",
    "load_surface",
]
