"""Sections that state their one route as a labelled URL template written from the base placeholder, and nothing
else (no method, no request line):

    Login
    -----

    :URL Schema: ``<BASE URL>/login?name=<username>&password=<password>``

    Example ``http://localhost:8080/site/api/v1/login?name=admin&password=admin``

A field (or definition) whose label names a URL ("URL Schema", "URL", "Endpoint", "Route") over one coded
template from `<BASE URL>` states the route the section is about. Nothing names a method, so it is what a URL
alone asks for, GET (marked as inferred); the template's query string (`?name=<username>`) names its query
parameters.

A template whose first segment is itself a placeholder (`<BASE URL>/<RESOURCE>/<OPERATION>/<uid:optional>`,
`<BASE URL>/<RESOURCE>?<KEY>=<VALUE>`) is the shape of a family of routes, not one route, and states none here
(`base_placeholders.schema_references` reads those against the routes a table states); so is a template in a
section that already names an endpoint.
"""

from __future__ import annotations

import re

from .base_placeholders import based_paths
from .blocks import Document
from .mention import Mention
from .requests import split_target

_URL_LABEL = re.compile(
    r"(?i)^\s*(?:url|uri|endpoint|route|resource url|request url)(?:\s+(?:schema|template|pattern))?\s*$"
)
_ONE_CODED = re.compile(r"^\s*`+(?P<template>[^`]+)`+\s*$")


def labelled_schemas(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add the GET route of each section whose only statement of a route is a labelled base-placeholder URL
    template starting with a literal segment."""
    for section, found in zip(doc.sections, mentions, strict=True):
        if found:
            continue
        for block in section.blocks:
            if block.kind != "deflist":
                continue
            for term, text in block.items:
                coded = _ONE_CODED.match(text) if _URL_LABEL.match(term) else None
                if coded is None:
                    continue
                template = coded["template"]
                path, _, query = template.partition("?")
                paths = based_paths(path)
                if len(paths) != 1 or not paths[0].strip("/") or paths[0].lstrip("/").startswith("<"):
                    continue
                target = split_target(paths[0] + (f"?{query}" if query else ""))
                found.append(Mention("GET", target, block.where, "line", inferred=True))
