"""Small hand-made APIs for the search tests: an operation's search document, and the names a query ranks first."""

from __future__ import annotations

from typing import Any

from mcpgen.surface.search import Searcher, build_index


def doc(method: str, path: str, name: str, summary: str = "", params: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"name": name, "method": method, "path": path, "summary": summary, "params": list(params)}


def top(documents: list[dict[str, Any]], query: str, limit: int = 1) -> list[str]:
    searcher = Searcher(build_index(documents))
    return [documents[i]["name"] for i, _ in searcher.search(query, limit)]
