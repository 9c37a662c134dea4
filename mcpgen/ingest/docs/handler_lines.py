"""A URL map: each route's path on a line of its own, then one line per method naming the code that serves it:

    /recipes[.{format}]
        GET myapp.handlers.recipe:list_recipes
    /recipes/{recipe_name:segment}
        GET myapp.handlers.recipe:get
        PUT myapp.handlers.recipe:put

Dispatchers that load their routes from a text file (Selector's `urls.map`, and route files of the same shape)
write them so, and projects ship the file, commented, as the list of their URLs. Each method line under a path is
one operation of that path; the pointer after the method names a callable (dotted, with an optional `:name`), not
a path. The path is written in the map's own syntax: `[ ]` marks an optional part (`[/]`, the root; `[.{format}]`,
an optional format suffix, read in its full form), and `{name:type}` a typed variable (the type dropped). Only a
path line directly followed by method-and-pointer lines is read: a path over prose, or `GET /x` lines, is not.
"""

from __future__ import annotations

import re

from .blocks import Block, Where
from .mention import Mention
from .requests import METHODS, split_target

_METHOD = "|".join(METHODS)
_PATH_LINE = re.compile(r"^\s*(?P<path>\[?/[^\s]*)\s*$")
_HANDLER_LINE = re.compile(rf"^\s*(?P<method>{_METHOD})\s+(?P<handler>[A-Za-z_][\w.]*(?::[A-Za-z_]\w*)?)\s*$")
_OPTIONAL = re.compile(r"\[(?P<part>[^\[\]]*)\]")


def _path(written: str) -> str:
    """The map's path as a template: optional parts in their full form (`[/]` is `/`; `split_target` reads the typed
    variables, `{name:segment}`)."""
    path = _OPTIONAL.sub(r"\g<part>", written)
    return path if path.startswith("/") else "/" + path


def handler_lines(block: Block) -> list[Mention]:
    """The operations a block of a URL map states (see the module docstring); [] when it is no such block."""
    if block.kind not in ("text", "code"):
        return []
    lines = block.text.splitlines()
    found: list[Mention] = []
    for index, line in enumerate(lines):
        match = _PATH_LINE.match(line)
        if match is None or "." in match["path"].split("/")[0]:
            continue
        for offset, after in enumerate(lines[index + 1 :], start=1):
            handler = _HANDLER_LINE.match(after)
            if handler is None or "/" in handler["handler"]:
                break
            at = block.where.line + index + offset if block.where.line is not None else None
            where = Where(block.where.file, at, block.where.page, block.where.section)
            found.append(Mention(handler["method"], split_target(_path(match["path"])), where, "line"))
    return found


__all__ = ["handler_lines"]
