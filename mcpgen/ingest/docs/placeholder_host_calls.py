"""Calls to concrete servers on a page that states its routes only as URL templates on a placeholder host:

    https://{ckan-instance-host}/dataset/{dataset-id}.{format}
    https://{ckan-instance-host}/catalog.{format}?[page={page}]

    ...

    http http://demo.ckan.org/api/action/package_show id=my-dataset | python processors.py produce
    content = requests.get('https://some.catalog.org/datasets.jsonld').content

A host written as a placeholder (`{ckan-instance-host}`, `<your-server>`) says the routes are those of whatever
instance the reader runs: the page names its API by those templates. Elsewhere the same page calls concrete hosts
(a public demo, `localhost`, a remote catalog) to show something else at work: a command-line tool fed by a
download, a library parsing a remote file, another component's API. A call whose path fits one of the templates
(`http://demo.ckan.org/catalog.xml` beside `/catalog.{format}`) is an example of that route and stays; one that
fits none is a call to another server, not a route of this page, and its code line is blanked.

Read only on a page that states two or more such templates and writes no request line (`GET /x`) anywhere: a page
that writes methods states its routes by them, and a concrete call there may be the only statement of one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document
from .clients import parse_client_calls
from .httpie import parse_httpie
from .requests import parse_curl, request_lines, split_target

_HOLE = r"(?:\{[^{}/\s]+\}|<[^<>/\s]+>)"
_TEMPLATE = re.compile(rf"https?://{_HOLE}(?::[^/\s`'\"]*)?(?P<rest>/[^\s`'\"<>)\]]*)?")


def _texts(block: Block) -> list[str]:
    return [block.text, *(text for item in block.items for text in item), *(cell for row in block.rows for cell in row)]


def _pattern(path: str) -> re.Pattern[str]:
    parts = re.split(rf"({_HOLE})", path.rstrip("/") or "/")
    return re.compile("".join("[^/]+" if re.fullmatch(_HOLE, p) else re.escape(p) for p in parts) + "/?")


def placeholder_host_calls(doc: Document) -> Document:
    """`doc` with the code lines that call a concrete host on a path fitting none of the page's placeholder-host
    templates blanked (see the module)."""
    blocks = [b for s in doc.sections for b in s.blocks]
    templates = {
        split_target(match.group(0)).path or "/"
        for block in blocks
        for text in _texts(block)
        for match in _TEMPLATE.finditer(text)
    }
    if len(templates) < 2 or any(request_lines(text) for block in blocks for text in _texts(block) if text):
        return doc
    patterns = [_pattern(path) for path in templates]
    changed: dict[int, Block] = {}
    for block in (b for b in blocks if b.kind == "code"):
        lines = block.text.split("\n")
        for k, line in enumerate(lines):
            calls = parse_curl(line) or parse_client_calls(line) or parse_httpie(line)
            if calls and all(
                call.target.origin
                and not re.search(_HOLE, call.target.origin)
                and not any(p.fullmatch(call.target.path or "/") for p in patterns)
                for call in calls
            ):
                lines[k] = ""
        if "\n".join(lines) != block.text:
            changed[id(block)] = replace(block, text="\n".join(lines))
    return doc.with_blocks(changed)


__all__ = ["placeholder_host_calls"]
