"""Load description documents and resolve `$ref`s across files, safely.

Documents are parsed once and cached by absolute path. A `$ref` may point into the same document, into
another file under an allowed root (by default the entry document's folder), or, only when the caller
allows it, to a remote URL. Everything else is refused with a diagnostic that names the reference.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import time
import urllib.parse
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..diagnostics import Diagnostics, InputError
from .limits import Limits, check_document, exceeded

try:  # the C loader is ten times faster on large specs
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _YamlLoader(_SafeLoader):
    """YAML with the JSON data model (the YAML 1.2 core schema), as OpenAPI requires.

    PyYAML implements YAML 1.1, where `2024-01-01` is a date (not JSON) and `NO`, `on` or `y` are
    booleans (the country code of Norway becomes `false`). Here those stay strings.
    """


_YamlLoader.yaml_implicit_resolvers = {}  # its own table, not a copy of YAML 1.1's


def _core_int(loader: _YamlLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    if text.lower().startswith(("0o", "+0o", "-0o")):
        return int(text.replace("o", "").replace("O", ""), 8)
    return int(text, 16) if "x" in text.lower() else int(text)


def _as_text(loader: _YamlLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:merge", r"^<<$", "<"),
):
    _YamlLoader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))
_YamlLoader.add_constructor("tag:yaml.org,2002:int", _core_int)
_YamlLoader.add_constructor("tag:yaml.org,2002:timestamp", _as_text)


class RefError(Exception):
    """A `$ref` that cannot (it is broken) or may not (`refused`: it leaves the allowed places) be resolved."""

    def __init__(self, message: str, hint: str = "", *, refused: bool = False) -> None:
        super().__init__(message)
        self.hint = hint
        self.refused = refused


def read_text(path: Path, max_bytes: int | None = None) -> str:
    """The text of a file, gunzipped when it is gzip. More than `max_bytes` (after decompression, so
    a small bomb cannot expand without bound) raises `LimitExceeded`."""
    limit = Limits().max_document_bytes if max_bytes is None else max_bytes
    with path.open("rb") as handle:
        head = handle.read(2)
        handle.seek(0)
        if path.suffix == ".gz" or head == b"\x1f\x8b":
            try:
                with gzip.GzipFile(fileobj=handle) as unzipped:
                    data = unzipped.read(limit + 1)
            except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
                raise OSError(f"not a readable gzip file ({exc})") from exc
        else:
            data = handle.read(limit + 1)
    if len(data) > limit:
        raise exceeded("max_document_bytes", f"larger than {limit:,} bytes", file=path.name)
    return decode_text(data)


def decode_text(data: bytes) -> str:
    return data.decode("utf-8-sig")


def parse_document(text: str, name: str) -> Any:
    """Parse JSON or YAML text, chosen by content (JSON is tried first: it is much faster)."""
    return parse_text(text, name)[0]


def parse_text(text: str, name: str) -> tuple[Any, bool]:
    """The parsed document, and whether it was read as YAML (whose aliases may share nodes)."""
    stripped = text.lstrip()
    try:
        if stripped.startswith(("{", "[")):
            try:
                return json.loads(text), False
            except json.JSONDecodeError:
                pass  # YAML flow style also starts with a brace
        return yaml.load(text, Loader=_YamlLoader), True
    except RecursionError as exc:
        raise exceeded("max_depth", "nested too deeply to parse", file=name) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"{name}: not valid JSON or YAML{where}: {problem}") from exc


def unescape_pointer(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return [] if pointer == "" else [""]
    if not pointer.startswith("/"):
        raise RefError(f"JSON Pointer {pointer!r} must start with '/'")
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


@dataclass
class Loader:
    """Parses documents and resolves references; one per build."""

    entry: Path
    allowed_roots: tuple[Path, ...] = ()
    allow_remote: bool = False
    limits: Limits = field(default_factory=Limits)
    diags: Diagnostics = field(default_factory=Diagnostics)
    """Where repairs of documents (text JSON cannot carry) are reported."""
    resolved: int = 0
    """`$ref`s resolved so far (bounded by `limits.max_refs`)."""
    _docs: dict[str, Any] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict)
    _ids: dict[str, tuple[dict[str, str], dict[str, list[str]]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.entry = self.entry.resolve()
        roots = [self.entry.parent, *(Path(r).resolve() for r in self.allowed_roots)]
        self.allowed_roots = tuple(roots)

    @property
    def entry_key(self) -> str:
        return str(self.entry)

    def display(self, key: str) -> str:
        """A short, stable name for a document in diagnostics: relative to the entry's folder."""
        if key not in self._names:
            if _is_url(key):
                self._names[key] = key
            elif any(Path(key).is_relative_to(root) for root in self.allowed_roots):
                # `../../common/types.json`: the same on every machine, unlike an absolute path
                self._names[key] = Path(os.path.relpath(key, self.entry.parent)).as_posix()
            else:
                self._names[key] = Path(key).as_posix()
        return self._names[key]

    def preload(self, key: str, document: Any) -> None:
        """Use `document` as the parsed content of `key` (a description built in memory)."""
        self._docs[key] = document

    def document(self, key: str) -> Any:
        if key not in self._docs:
            if _is_url(key):
                text = self._fetch(key)
            else:
                try:
                    text = read_text(Path(key), self.limits.max_document_bytes)
                except FileNotFoundError as exc:
                    raise RefError(f"file not found: {self.display(key)}") from exc
                except (OSError, UnicodeDecodeError) as exc:
                    raise RefError(f"cannot read {self.display(key)}: {exc}") from exc
            name = self.display(key)
            try:
                document, is_yaml = parse_text(text, name)
            except InputError as exc:
                raise RefError(exc.message) from exc
            self._docs[key] = check_document(document, text, is_yaml, self.limits, name, self.diags)
        return self._docs[key]

    def _fetch(self, url: str) -> str:
        """A remote document: http(s) only, at most `max_download_bytes`, in at most `download_seconds`
        in all (a server that trickles a byte at a time is cut off, not waited for)."""
        import httpx

        if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
            raise RefError(
                f"reference {url!r} refused: only http(s) documents may be fetched",
                hint="refer to a local file by a relative path (and --allow-ref-root for another folder)",
                refused=True,
            )
        limits = self.limits
        deadline = time.monotonic() + limits.download_seconds
        timeout = httpx.Timeout(min(10.0, limits.download_seconds))
        data = bytearray()
        try:
            with (
                httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=5) as client,
                client.stream("GET", url) as response,
            ):
                if response.status_code != 200:
                    raise RefError(f"cannot fetch {url}: HTTP {response.status_code}")
                for chunk in response.iter_raw():
                    data += chunk
                    if len(data) > limits.max_download_bytes:
                        raise exceeded("max_download_bytes", f"{url}: larger than {limits.max_download_bytes:,} bytes")
                    if time.monotonic() > deadline:
                        raise exceeded(
                            "download_seconds", f"{url}: not downloaded within {limits.download_seconds:g} s"
                        )
        except httpx.HTTPError as exc:
            if time.monotonic() > deadline:
                raise exceeded(
                    "download_seconds", f"{url}: not downloaded within {limits.download_seconds:g} s"
                ) from exc
            raise RefError(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from exc
        raw = bytes(data)
        if raw[:2] == b"\x1f\x8b":
            try:
                raw = zlib.decompressobj(31).decompress(raw, limits.max_document_bytes + 1)
            except zlib.error as exc:
                raise RefError(f"cannot fetch {url}: not a readable gzip file ({exc})") from exc
            if len(raw) > limits.max_document_bytes:
                raise exceeded("max_document_bytes", f"{url}: larger than {limits.max_document_bytes:,} bytes")
        try:
            return decode_text(raw)
        except UnicodeDecodeError as exc:
            raise RefError(f"cannot read {url}: not UTF-8 text ({exc})") from exc

    def resolve(self, ref: str, base: str) -> tuple[str, str, Any]:
        """Resolve `ref` found in document `base`: returns (document key, JSON pointer, value)."""
        if not isinstance(ref, str):
            raise RefError(
                f"$ref must be a string, got {type(ref).__name__}",
                hint="in YAML, quote a $ref that starts with '#': a bare # starts a comment",
            )
        self.resolved += 1
        if self.resolved > self.limits.max_refs:
            raise exceeded("max_refs", f"more than {self.limits.max_refs:,} $refs resolved", file=self.display(base))
        target, _, fragment = ref.partition("#")
        pointer = urllib.parse.unquote(fragment)
        scope = ""  # the schema resource an anchor is looked up in
        if target:
            if target.startswith("/") and (hit := self._index(base)[0].get(target)) is not None:
                scope = hit
                pointer = hit + pointer if pointer.startswith("/") or not pointer else pointer
            elif _is_url(target) or _is_url(base):
                url = urllib.parse.urljoin(base, target) if _is_url(base) else target
                if not self.allow_remote:
                    raise RefError(
                        f"remote reference {ref!r} refused",
                        hint="download the file next to the spec and refer to it by a relative "
                        "path, or pass --allow-remote-refs",
                        refused=True,
                    )
                base = url.partition("#")[0]
            else:
                base = self._local(base, target, ref)
        if pointer and not pointer.startswith("/"):
            pointer = self._anchor(base, scope, pointer, ref)
        return base, pointer, self._walk(base, pointer, ref)

    def _local(self, base: str, target: str, ref: str) -> str:
        path = (Path(base).parent / urllib.parse.unquote(target)).resolve()
        if not any(path.is_relative_to(root) for root in self.allowed_roots):
            raise RefError(
                f"reference {ref!r} leaves the allowed folders",
                hint=f"allow its folder with --allow-ref-root {path.parent}",
                refused=True,
            )
        return str(path)

    def _walk(self, path: str, pointer: str, ref: str) -> Any:
        node = self.document(path)
        for part in unescape_pointer(pointer):
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise RefError(f"reference {ref!r} points at nothing: no {part!r} in {pointer!r}")
        return node

    def _anchor(self, path: str, scope: str, name: str, ref: str) -> str:
        """The pointer of the `$anchor` called `name` inside the schema resource at `scope`."""
        hits = [p for p in self._index(path)[1].get(name, ()) if p == scope or p.startswith(scope + "/")]
        if not hits:
            raise RefError(f"reference {ref!r} points at nothing: no $anchor {name!r}")
        return min(hits, key=len)

    def _index(self, path: str) -> tuple[dict[str, str], dict[str, list[str]]]:
        """`$id`s and `$anchor`s of a document: OpenAPI 3.1 schemas may be referred to by them."""
        if path not in self._ids:
            ids: dict[str, str] = {}
            anchors: dict[str, list[str]] = {}
            stack: list[tuple[Any, str]] = [(self.document(path), "")]
            while stack:
                node, pointer = stack.pop()
                if isinstance(node, dict):
                    if isinstance(node.get("$id"), str):
                        ids.setdefault(node["$id"], pointer)
                    if isinstance(node.get("$anchor"), str):
                        anchors.setdefault(node["$anchor"], []).append(pointer)
                    for key, value in node.items():
                        if isinstance(value, dict | list):
                            stack.append((value, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}"))
                elif isinstance(node, list):
                    stack.extend((v, f"{pointer}/{i}") for i, v in enumerate(node) if isinstance(v, dict | list))
            self._ids[path] = (ids, anchors)
        return self._ids[path]


def _is_url(value: str) -> bool:
    scheme = urllib.parse.urlsplit(value).scheme
    return len(scheme) > 1  # a one-letter scheme is a Windows drive
