"""The embedding side of the surface benchmark's task measure: the same fusion a generated discovery
server runs when its operator sets `<PREFIX>_EMBEDDINGS_URL`, loaded from the template set's
`semantic.py` (not a copy), over the same operation texts and the same lexical index.

`--embeddings local` starts `embeddings_server.py` (all-MiniLM-L6-v2 on 127.0.0.1) and stops it by pid.
Operation vectors are cached under `~/.cache/mcpgen/bench-embeddings/<case>/` the way a server caches them.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import _common as c
import httpx

from mcpgen.ir import Tool
from mcpgen.render import generators_root
from mcpgen.surface.meta import summary_of
from mcpgen.surface.wire import tool_wire

LOCAL_MODEL = "all-MiniLM-L6-v2"
CACHE = Path.home() / ".cache" / "mcpgen" / "bench-embeddings"


@cache
def runtime() -> ModuleType:
    """The generated servers' `semantic.py`, loaded from the template set."""
    path = generators_root() / "python" / "files" / "src" / "__pkg__" / "semantic.py"
    spec = importlib.util.spec_from_file_location("mcpgen_runtime_semantic", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def operation_texts(tools: Sequence[Tool]) -> list[str]:
    """What a discovery server embeds for each operation (its operations.json wire and route)."""
    semantic = runtime()
    out = []
    for tool in tools:
        wire = tool_wire(tool)
        route = {"method": tool.binding.method, "path": tool.binding.path, "summary": summary_of(tool)}
        out.append(semantic.operation_text(wire, route))
    return out


@contextmanager
def local_server(timeout: float, venv: Path | None = None) -> Iterator[str]:
    """embeddings_server.py on 127.0.0.1, started here, stopped by its pid; yields its base URL."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    script = c.HERE / "embeddings_server.py"
    command = [sys.executable, str(script), "--port", "0", *(["--venv", str(venv)] if venv else [])]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + max(timeout, 1800)  # the first run installs torch and the model
        url = ""
        assert process.stdout is not None
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                raise SystemExit("embeddings_server.py stopped before it listened")
            if line.startswith("listening "):
                url = line.split()[1]
                break
        if not url:
            raise SystemExit("embeddings_server.py did not listen in time")
        c.log(f"embeddings server pid {process.pid} at {url}")
        yield url
    finally:
        c.stop(process, timeout=10)


class Fusion:
    """One API's operation vectors and the fused rankings of task queries."""

    def __init__(self, url: str, model: str, case: str, tools: Sequence[Tool], timeout: float) -> None:
        semantic = runtime()
        self.semantic = semantic
        self.ranker = semantic.Semantic(url, model, timeout=timeout, cache_dir=CACHE / case)
        started = time.perf_counter()
        self.vectors = asyncio.run(self._vectors(operation_texts(tools)))
        c.log(f"embeddings of {len(self.vectors)} operations of {case}: {time.perf_counter() - started:.1f} s")

    async def _vectors(self, texts: list[str]) -> Any:
        async with httpx.AsyncClient(timeout=self.ranker.timeout) as client:
            return await self.ranker.operation_vectors(client, lambda: texts)

    def queries(self, texts: list[str]) -> list[Any]:
        """Unit vectors of the task texts (one batched pass)."""

        async def embed() -> list[list[float]]:
            async with httpx.AsyncClient(timeout=self.ranker.timeout) as client:
                return await self.ranker.embed(client, texts)

        return [self.semantic.unit(v) for v in asyncio.run(embed())]

    def rank(
        self, query: Any, lexical: Sequence[tuple[int, float]], weights: Sequence[float], limit: int
    ) -> list[list[int]]:
        """The fused ranking at each weight (the cosines computed once)."""
        similarity = self.semantic.similarities(query, self.vectors)
        return [[doc for doc, _ in self.semantic.fuse(lexical, similarity, w, limit)] for w in weights]
