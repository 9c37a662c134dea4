"""RPC-style APIs whose documents state one URL form for every function (`/api/$VERSION/$FUNCTION`) and head
each function's section with its call (`createGroup(groupID[, name])`): each function is an endpoint of that
form, its arguments query parameters, and a concrete URL of the form names the same endpoint."""

from __future__ import annotations

import re

from .blocks import Document, Where
from .mention import Mention
from .requests import split_target

RPC_TEMPLATE = re.compile(
    r"(?P<template>/[\w/.\-$<>{}:]*?(?:\$FUNCTION\w*|\$METHOD\w*|\{(?:function|method)\w*\}|<(?:function|method)\w*>))",
    re.I,
)


RPC_HEADING = re.compile(r"^`?(?P<name>[A-Za-z_][\w.]*)\((?P<args>[^)]*)\)`?$")


_VERSION_STATED = re.compile(r"(?:latest|current) (?:api )?version is\W*(?P<version>\d+(?:\.\d+)*)", re.I)


def rpc_template(doc: Document) -> tuple[str, str] | None:
    """(path with `{function}`, regex matching concrete uses) when the document states an RPC-style URL form."""
    text = "\n".join(b.text for s in doc.sections for b in s.blocks if b.kind in ("text", "code"))
    match = RPC_TEMPLATE.search(text)
    if not match:
        return None
    template = match.group("template")
    version = _VERSION_STATED.search(text)
    function = re.compile(r"\$FUNCTION\w*|\$METHOD\w*|\{(?:function|method)\w*\}|<(?:function|method)\w*>", re.I)
    version_slot = re.compile(r"\$\w*VERSION\w*|\{\w*version\w*\}|<\w*version\w*>", re.I)
    path = function.sub("{function}", template)
    pattern = re.escape(path).replace(re.escape("{function}"), r"(?P<function>[A-Za-z_][\w.]*)")
    slot = version_slot.search(path)
    if slot:
        value = version.group("version") if version else "{api_version}"
        literal = re.escape(slot.group(0))
        pattern = pattern.replace(literal, r"[^/]+")
        path = path.replace(slot.group(0), value)
    return path, "^" + pattern + "$"


def rpc_mention(template: str, heading: re.Match[str], where: Where) -> Mention:
    target = split_target(template.replace("{function}", heading.group("name")))
    depth = 0
    for token in re.findall(r"\[|\]|[A-Za-z_]\w*", heading.group("args")):
        if token in "[]":
            depth += 1 if token == "[" else -1
        else:
            target.query.append((token, "", depth <= 0))  # `[, name]`: optional
    return Mention("GET", target, where, "rpc")


def rpc_alias(mention: Mention, rpc: tuple[str, str]) -> Mention:
    """`/api/1/createGroup` (an example) names the same endpoint as `/api/1.2.15/createGroup` (the form)."""
    template, pattern = rpc
    match = re.match(pattern, mention.target.path) if mention.kind != "rpc" else None
    if match is None:
        return mention
    mention.target.path = template.replace("{function}", match.group("function"))
    mention.method = "GET"
    request = mention.request
    if request is not None:
        request.method = "GET"
        if request.body_kind == "form" and isinstance(request.body, dict):
            request.target.query.extend((name, value, False) for name, value in request.body.items())
            request.body, request.body_kind = None, ""
    return mention
