"""An optional embedding ranking for `search_operations`, used only when the operator
sets `<PREFIX>_EMBEDDINGS_URL` and `<PREFIX>_EMBEDDINGS_MODEL` (an OpenAI-compatible
`/embeddings` endpoint). Without them, or whenever the endpoint fails, answers slowly
or answers nonsense, search is the shipped lexical ranking alone.

The operations' vectors are asked for on the first searches, in batches, and kept in
memory and in a cache file (float32, little-endian) under `$XDG_CACHE_HOME/<dist>/`
named by the model and a hash of the texts, so a restart asks again only for the query.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import logging
import math
import os
import re
import sys
import time
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import mul
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import anyio
import anyio.to_thread
import httpx

logger = logging.getLogger(__package__)

DEFAULT_WEIGHT = 0.45
"""The cosine's share of a fused score (the lexical score, divided by the best, has
the rest)."""
DEPTH = 50
"""How many operations each ranking brings to the fusion."""
BATCH = 128
"""Texts per request to the endpoint."""
DEFAULT_TIMEOUT = 10.0
BUDGET = 20.0
"""Seconds after which one search asks for no further batch of the operations' vectors;
until all are in, search stays lexical and later searches go on from there."""
RETRY_AFTER = 300.0
"""Seconds a failed endpoint is left alone before it is tried again."""
DESCRIPTION_CHARS = 200

_PATH_WORD = re.compile(r"[A-Za-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def operation_text(wire: Mapping[str, Any], route: Mapping[str, Any]) -> str:
    """What is embedded for one operation: its summary, verb and path words, name, and
    the start of its description."""
    summary = route.get("summary") or ""
    description = wire.get("description") or ""
    if summary and description.startswith(summary):
        description = description[len(summary) :]
    description = " ".join(description.split())[:DESCRIPTION_CHARS]
    path = " ".join(_PATH_WORD.findall(_CAMEL.sub(" ", route.get("path") or "")))
    name = _CAMEL.sub(" ", str(wire.get("name") or "")).replace("_", " ")
    parts = [summary, f"{route.get('method', '')} {path}", name, description]
    return ". ".join(p.strip() for p in parts if p.strip())


def fuse(
    lexical: Sequence[tuple[int, float]],
    similarity: Sequence[float],
    weight: float,
    limit: int,
    allowed: Iterable[int] | None = None,
    depth: int = DEPTH,
) -> list[tuple[int, float]]:
    """The lexical ranking (best first) fused with each operation's cosine similarity
    to the query: the lexical top `depth` and the cosine top `depth` (among `allowed`),
    each scored `(1 - weight) * lexical / best lexical + weight * cosine`; ties by
    number."""
    pool = range(len(similarity)) if allowed is None else set(allowed)
    lexical = [(doc, score) for doc, score in lexical if doc in pool][:depth]
    best = max((s for _, s in lexical), default=0.0) or 1.0
    lexical_share = {doc: score / best for doc, score in lexical}
    nearest = heapq.nsmallest(depth, pool, key=lambda d: (-similarity[d], d))
    scored = [
        (doc, (1 - weight) * lexical_share.get(doc, 0.0) + weight * similarity[doc])
        for doc in {*lexical_share, *nearest}
    ]
    scored.sort(key=lambda item: (-item[1], item[0]))
    return scored[:limit]


def unit(vector: Sequence[float]) -> array[float]:
    """`vector` scaled to length 1 (cosine becomes a dot product), as float32."""
    norm = math.sqrt(math.fsum(x * x for x in vector)) or 1.0
    return array("f", (x / norm for x in vector))


_sumprod: Callable[[Any, Any], float] | None = getattr(math, "sumprod", None)


def similarities(
    query: Sequence[float], vectors: Sequence[array[float]]
) -> list[float]:
    """Cosine of the query with each operation (both of length 1)."""
    q = list(query)
    if _sumprod is not None:
        return [_sumprod(q, v) for v in vectors]
    return [sum(map(mul, q, v)) for v in vectors]


def parse_embeddings(data: Any, count: int) -> list[list[float]]:
    """The vectors of an OpenAI-style answer (`data[i].embedding`, in `index` order);
    ValueError when it is not one vector of numbers per input, all of one size."""
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list) or len(items) != count:
        raise ValueError(f"expected {count} embeddings in `data`")
    if all(isinstance(i, dict) and isinstance(i.get("index"), int) for i in items):
        items = sorted(items, key=lambda i: i["index"])
    vectors = []
    for item in items:
        vector = item.get("embedding") if isinstance(item, dict) else None
        if not isinstance(vector, list) or not vector:
            raise ValueError("an embedding is not a list of numbers")
        if not all(
            isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)
            for x in vector
        ):
            raise ValueError("an embedding holds something other than finite numbers")
        vectors.append(vector)
    if len({len(v) for v in vectors}) > 1:
        raise ValueError("embeddings of different sizes")
    return vectors


def _shown(url: str) -> str:
    """The URL as logged: no user name, password or query."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}{parts.path}"


class Semantic:
    """The embedding side of search, for one server; `rank` gives None whenever the
    lexical ranking must stand alone."""

    def __init__(
        self,
        url: str,
        model: str,
        *,
        api_key: str = "",
        weight: float = DEFAULT_WEIGHT,
        timeout: float = DEFAULT_TIMEOUT,
        cache_dir: Path | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.endpoint = url.rstrip("/") + "/embeddings"
        self.model = model
        self.weight = min(max(weight, 0.0), 1.0)
        self.depth = DEPTH
        self.timeout = timeout
        self.cache_dir = cache_dir
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._transport = transport
        self._vectors: list[array[float]] | None = None
        self._wanted: list[str] | None = None
        self._partial: list[array[float]] = []
        self._path: Path | None = None
        self._lock: anyio.Lock | None = None
        self._retry_at = 0.0
        self._warned = False

    @classmethod
    def configured(
        cls, env: Mapping[str, str], names: Mapping[str, str], dist: str
    ) -> Semantic | None:
        """From the environment variables `names` gives by role; None when unset."""

        def setting(role: str) -> str:
            return (env.get(names.get(role, "")) or "").strip() if role in names else ""

        url, model = setting("embeddings_url"), setting("embeddings_model")
        if not url:
            return None
        if not model or not url.startswith(("http://", "https://")):
            logger.warning(
                "%s needs an http(s) URL and %s a model name: search stays lexical",
                names["embeddings_url"],
                names.get("embeddings_model", "the model variable"),
            )
            return None
        try:
            weight = float(setting("embeddings_weight") or DEFAULT_WEIGHT)
        except ValueError:
            weight = DEFAULT_WEIGHT
        try:
            timeout = float(setting("embeddings_timeout") or DEFAULT_TIMEOUT)
        except ValueError:
            timeout = DEFAULT_TIMEOUT
        home = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return cls(
            url,
            model,
            api_key=setting("embeddings_api_key"),
            weight=weight,
            timeout=timeout if timeout > 0 else DEFAULT_TIMEOUT,
            cache_dir=Path(home) / dist,
        )

    async def rank(
        self,
        query: str,
        lexical: Sequence[tuple[int, float]],
        texts: Callable[[], list[str]],
        limit: int,
        allowed: Iterable[int] | None,
    ) -> list[tuple[int, float]] | None:
        """The fused ranking, or None (the endpoint failed now or a moment ago)."""
        if time.monotonic() < self._retry_at:
            return None
        if self._lock is None:
            self._lock = anyio.Lock()
        try:
            async with httpx.AsyncClient(
                timeout=self.timeout, transport=self._transport
            ) as client:
                async with self._lock:  # one computation of the operations' vectors
                    vectors = await self.operation_vectors(client, texts, BUDGET)
                if vectors is None:
                    return None
                (asked,) = await self.embed(client, [query])
            if vectors and len(asked) != len(vectors[0]):
                raise ValueError("the query's embedding differs in size")
        except Exception as exc:  # whatever goes wrong there, search stays lexical
            self._failed(exc)
            return None
        # a plain-Python scan (0.2-0.35 s for 11,422 operations): off the event loop
        similarity = await anyio.to_thread.run_sync(similarities, unit(asked), vectors)
        return fuse(
            lexical,
            similarity,
            self.weight,
            limit,
            allowed,
            self.depth,
        )

    async def embed(
        self, client: httpx.AsyncClient, inputs: list[str]
    ) -> list[list[float]]:
        """Vectors for `inputs`, `BATCH` texts a request."""
        out: list[list[float]] = []
        for start in range(0, len(inputs), BATCH):
            batch = inputs[start : start + BATCH]
            response = await client.post(
                self.endpoint,
                json={"model": self.model, "input": batch},
                headers=self._headers,
            )
            response.raise_for_status()
            out.extend(parse_embeddings(response.json(), len(batch)))
        if len({len(v) for v in out}) > 1:
            raise ValueError("embeddings of different sizes")
        return out

    async def operation_vectors(
        self,
        client: httpx.AsyncClient,
        texts: Callable[[], list[str]],
        budget: float = math.inf,
    ) -> list[array[float]] | None:
        """Each operation's unit vector: from memory, the cache file or the endpoint;
        None when more batches are left after `budget` seconds."""
        if self._vectors is not None:
            return self._vectors
        if self._wanted is None:
            wanted = texts()
            key = hashlib.sha256(
                json.dumps([self.model, wanted], ensure_ascii=False).encode("utf-8")
            ).hexdigest()[:16]
            slug = re.sub(r"[^A-Za-z0-9.-]+", "-", self.model).strip("-")[:60]
            if self.cache_dir is not None:
                self._path = self.cache_dir / f"embeddings-{slug}-{key}.f32"
                self._vectors = _read(self._path, len(wanted))
                if self._vectors is not None:
                    return self._vectors
            self._wanted = wanted
        wanted, done = self._wanted, self._partial
        deadline = time.monotonic() + budget
        while len(done) < len(wanted):  # a batch a search at least: always progress
            batch = wanted[len(done) : len(done) + BATCH]
            done.extend(unit(v) for v in await self.embed(client, batch))
            if time.monotonic() >= deadline:
                break
        if len(done) < len(wanted):
            logger.info(
                "embeddings of %d of %d operations so far: search stays lexical until"
                " all are in",
                len(done),
                len(wanted),
            )
            return None
        if len({len(v) for v in done}) > 1:
            self._partial = []
            raise ValueError("embeddings of different sizes")
        self._vectors = done
        if self._path is not None:
            _write(self._path, done)
        return done

    def _failed(self, exc: Exception) -> None:
        self._retry_at = time.monotonic() + RETRY_AFTER
        if isinstance(exc, httpx.HTTPStatusError):
            reason = f"HTTP {exc.response.status_code}"
        elif isinstance(exc, httpx.TimeoutException):
            reason = f"no answer within {self.timeout:g} s"
        else:
            reason = type(exc).__name__
            if isinstance(exc, ValueError):
                reason += f": {str(exc)[:120]}"
        if not self._warned:
            self._warned = True
            logger.warning(
                "embeddings endpoint %s unusable (%s): search uses the lexical ranking"
                " (tried again after %.0f s)",
                _shown(self.endpoint),
                reason,
                RETRY_AFTER,
            )


def _read(path: Path, count: int) -> list[array[float]] | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    flat = array("f")
    if count == 0 or len(raw) % (4 * count):
        return None
    flat.frombytes(raw)
    if sys.byteorder == "big":
        flat.byteswap()
    dim = len(flat) // count
    return [flat[i * dim : (i + 1) * dim] for i in range(count)]


def _write(path: Path, vectors: list[array[float]]) -> None:
    flat = array("f")
    for vector in vectors:
        flat.extend(vector)
    if sys.byteorder == "big":
        flat.byteswap()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(flat.tobytes())
        os.replace(partial, path)
    except OSError as exc:
        logger.info("embeddings cache %s not written: %s", path, exc)
