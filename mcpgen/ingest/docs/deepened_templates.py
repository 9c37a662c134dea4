"""Path templates a document states by deepening another one: "the ``/od/<index>/`` and
``/od/<index>/<subindex>/`` endpoints". A template written in the text is read as one only where it has at least
as many words as placeholders (`mentions.templates`): `/<name>/<action>` alone is a pattern any path fits, no
route. A template that only adds placeholder segments under another template the document states is a route of
its own, one level further into the same resource (an item of an item), however few words it has: its words are
those of the template it extends, which already says where it is. So `curl .../od/0x1018/0x01/` is an example of
`/od/{index}/{subindex}/`, not a route with a literal `0x01`."""

from __future__ import annotations


def _words(path: str) -> list[str]:
    return [s for s in path.split("/") if s and "{" not in s]


def _extends(path: str, base: str) -> bool:
    """Whether `path` is `base` followed by placeholder segments alone (a trailing slash on either is no segment)."""
    inner, outer = path.rstrip("/"), base.rstrip("/")
    tail = inner[len(outer) :].split("/")[1:] if inner.startswith(outer + "/") else []
    return bool(tail) and all(s.startswith("{") and s.endswith("}") and s.count("{") == 1 for s in tail)


def deepened_templates(found: set[str], written: set[str]) -> list[list[str]]:
    """`found` (templates the mentions state) and the `written` ones (templates in the text) that have as many words
    as placeholders or that deepen one such template by placeholders, as segment lists."""
    stated = found | {p for p in written if len(_words(p)) >= p.count("{")}
    deeper = {p for p in written - stated if _words(p) and any(_extends(p, t) for t in stated if _words(t))}
    return [list(path.split("/")) for path in sorted(stated | deeper)]


__all__ = ["deepened_templates"]
