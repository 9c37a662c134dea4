"""Calls a page shows only as full URLs on the API's own origin, beside routes it titles by their path:

    ####Start Server
    <b>Note:</b> First usage, must call http://host:port/barman/reload?token=XX
    ...
    ####BARMAN API
    <b>Example:</b>
      * http://host:port/barman/help?token=XX -> Return all usable commands
      * http://host:port/barman/backup?SERVERNAME=main&token=XX

A page that names no method anywhere and calls the routes it titles by their path (`######/history/list`) with
full URLs carrying their arguments in the query string (`http://host:port/history/list?past=201601&token=XX`)
says that its routes are fetched as URLs: GET (see `sole_method_headings.py`). Another URL of the same form on
the same origin (scheme, host and port), in a note or a list of examples, calls a route of the same API the
same way, though no heading titles it: it is a GET of its path, its query string that request's query
parameters. So it is written as that request line after the block that shows it.

Only URLs with a query string are read (the form the page's calls take), on an origin one of the page's calls to
a titled route uses (a badge, a project site or a repository elsewhere is no route of the API); a URL of a route
a heading titles is that route's example, read where the route's section is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section

QUERY_URL = re.compile(
    r"\b(?P<origin>https?://[^/\s`'\"<>]+)(?P<path>/[^?\s`'\"<>]*)(?P<query>\?[\w.\[\]-]+=[^\s`'\"<>]*)"
)
"""A full URL with a query string (`http://host:port/history/list?past=201601&token=XX`)."""


def _block_texts(block: Block) -> list[str]:
    return [block.text, *(d for _, d in block.items), *(c for row in block.rows for c in row)]


def origins_calling(doc: Document, paths: set[str]) -> set[str]:
    """The origins of the full query URLs of `doc` that call one of `paths`."""
    wanted = {p.rstrip("/") for p in paths}
    return {
        m["origin"]
        for s in doc.sections
        for b in s.blocks
        for text in _block_texts(b)
        for m in QUERY_URL.finditer(text)
        if m["path"].rstrip("/") in wanted
    }


def origin_calls(doc: Document, paths: set[str]) -> Document:
    """`doc` with each full query URL on an origin that calls one of `paths` (the page's titled routes), to a path
    none of them is, followed by its GET request line (see the module)."""
    origins = origins_calling(doc, paths)
    if not origins:
        return doc
    titled = {p.rstrip("/") for p in paths}
    sections: list[Section] = []
    for section in doc.sections:
        blocks: list[Block] = []
        for block in section.blocks:
            blocks.append(block)
            if block.kind == "code":
                continue
            calls = [
                f"GET {m['origin']}{m['path']}{m['query']}"
                for text in _block_texts(block)
                for m in QUERY_URL.finditer(text)
                if m["origin"] in origins and m["path"].rstrip("/") not in titled and m["path"] != "/"
            ]
            blocks += [Block("code", block.where, text=call) for call in dict.fromkeys(calls)]
        sections.append(section if len(blocks) == len(section.blocks) else replace(section, blocks=blocks))
    return replace(doc, sections=sections)
