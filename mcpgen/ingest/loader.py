"""Load description documents and resolve `$ref`s across files, safely.

Documents are parsed once and cached by absolute path. A `$ref` may point into the same document, into
another file under an allowed root (by default the entry document's folder), or, only when the caller
allows it, to a remote URL. Everything else is refused with a diagnostic that names the reference.
"""

from __future__ import annotations

import gzip
import json
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..diagnostics import InputError

try:  # the C loader is ten times faster on large specs
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]


class RefError(Exception):
    """A `$ref` that cannot or may not be resolved."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


def read_text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz" or data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8-sig")


def parse_document(text: str, name: str) -> Any:
    """Parse JSON or YAML text, chosen by content (JSON is tried first: it is much faster)."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            pass  # YAML flow style also starts with a brace
    try:
        return yaml.load(text, Loader=_YamlLoader)  # noqa: S506 - CSafeLoader is the safe loader
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
    remote_timeout: float = 10.0
    _docs: dict[str, Any] = field(default_factory=dict)
    _ids: dict[str, dict[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.entry = self.entry.resolve()
        roots = [self.entry.parent, *(Path(r).resolve() for r in self.allowed_roots)]
        self.allowed_roots = tuple(roots)

    @property
    def entry_key(self) -> str:
        return str(self.entry)

    def display(self, key: str) -> str:
        """A short, stable name for a document in diagnostics: relative to the entry's folder."""
        if _is_url(key):
            return key
        try:
            return Path(key).relative_to(self.entry.parent).as_posix()
        except ValueError:
            return Path(key).as_posix()

    def document(self, key: str) -> Any:
        if key not in self._docs:
            if _is_url(key):
                text = self._fetch(key)
            else:
                try:
                    text = read_text(Path(key))
                except FileNotFoundError as exc:
                    raise RefError(f"file not found: {self.display(key)}") from exc
                except (OSError, UnicodeDecodeError) as exc:
                    raise RefError(f"cannot read {self.display(key)}: {exc}") from exc
            self._docs[key] = parse_document(text, self.display(key))
        return self._docs[key]

    def _fetch(self, url: str) -> str:
        import urllib.request

        try:
            with urllib.request.urlopen(url, timeout=self.remote_timeout) as response:  # noqa: S310
                return response.read(64 * 1024 * 1024).decode("utf-8-sig")
        except (OSError, ValueError) as exc:
            raise RefError(f"cannot fetch {url}: {exc}") from exc

    def resolve(self, ref: str, base: str) -> tuple[str, str, Any]:
        """Resolve `ref` found in document `base`: returns (document key, JSON pointer, value)."""
        if not isinstance(ref, str):
            raise RefError(f"$ref must be a string, got {type(ref).__name__}")
        target, _, fragment = ref.partition("#")
        pointer = urllib.parse.unquote(fragment)
        if target:
            if target.startswith("/") and (hit := self._by_id(base, target)) is not None:
                return base, hit, self._walk(base, hit, ref)
            if _is_url(target) or _is_url(base):
                url = urllib.parse.urljoin(base, target) if _is_url(base) else target
                if not self.allow_remote:
                    raise RefError(
                        f"remote reference {ref!r} refused",
                        hint="download the file next to the spec and refer to it by a relative "
                        "path, or pass --allow-remote-refs",
                    )
                base = url.partition("#")[0]
            else:
                path = (Path(base).parent / urllib.parse.unquote(target)).resolve()
                if not any(path.is_relative_to(root) for root in self.allowed_roots):
                    raise RefError(
                        f"reference {ref!r} leaves the allowed folders",
                        hint=f"allow its folder with --allow-ref-root {path.parent}",
                    )
                base = str(path)
        return base, pointer, self._walk(base, pointer, ref)

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

    def _by_id(self, path: str, uri: str) -> str | None:
        """OpenAPI 3.1 documents may refer to schemas by their `$id` (a relative URI)."""
        if path not in self._ids:
            ids: dict[str, str] = {}
            stack: list[tuple[Any, str]] = [(self.document(path), "")]
            while stack:
                node, pointer = stack.pop()
                if isinstance(node, dict):
                    if isinstance(node.get("$id"), str):
                        ids.setdefault(node["$id"], pointer)
                    for key, value in node.items():
                        if isinstance(value, dict | list):
                            stack.append((value, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}"))
                elif isinstance(node, list):
                    stack.extend((v, f"{pointer}/{i}") for i, v in enumerate(node) if isinstance(v, dict | list))
            self._ids[path] = ids
        return self._ids[path].get(uri)


def _is_url(value: str) -> bool:
    scheme = urllib.parse.urlsplit(value).scheme
    return len(scheme) > 1  # a one-letter scheme is a Windows drive
