"""RPC-style APIs whose documents state one URL form for every function (`/api/$VERSION/$FUNCTION`,
`/v1/command/<commandName>?arg1=...`) and write each function as a call (`createGroup(groupID[, name])`), in a
heading of its section or in a coded list item (`` `readFile(adapter, fileName)` - read file``): each function
is an endpoint of that form, its arguments query parameters, and a concrete URL of the form names the same
endpoint. A page saying every function may be sent with POST too ("You can request all commands with the POST
method too") has a POST of each, its arguments in the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Document, Section, Where
from .mention import Mention
from .requests import path_key, split_target

_NOT_AN_ID = r"(?!\w*?(?:_id|_uuid|(?-i:Id|ID|Uuid|UUID))[}>])"
"""A slot named for a stored thing's identifier (`{function_id}`, `<methodId>`: the id of a resource called a
function) is a resource's path variable, not the name of the function a call runs."""
RPC_TEMPLATE = re.compile(
    r"(?P<template>/[\w/.\-$<>{}:]*?(?:\$FUNCTION\w*|\$METHOD\w*"
    rf"|\{{(?:function|method){_NOT_AN_ID}\w*\}}|<(?:function|method){_NOT_AN_ID}\w*>))",
    re.I,
)


RPC_HEADING = re.compile(r"^`?(?P<name>[A-Za-z_][\w.]*)\((?P<args>[^)]*)\)`?$")
_CALL_ITEM = re.compile(
    r"^`(?P<name>[A-Za-z_][\w.]*)\((?P<args>[^)`]*)\)`(?:\s*$|\s+[-\u2013\u2014:]\s+(?P<text>.*))", re.S
)
"""A list item that is a function's call in code, alone or before what it does."""
_SLOT_WORD = r"(?:command|cmd|action|operation|call)\w*"
_NAMED_SLOT = re.compile(rf"<{_SLOT_WORD}>|\{{{_SLOT_WORD}\}}", re.I)
"""A path's slot named for what the request calls (`<commandName>`): an RPC form only where calls are listed."""
_FUNCTION_SLOT = re.compile(
    rf"\$FUNCTION\w*|\$METHOD\w*|\{{(?:function|method){_NOT_AN_ID}\w*\}}|<(?:function|method){_NOT_AN_ID}\w*>", re.I
)
_NAMED_TEMPLATE = re.compile(
    r"(?:\b[a-z]+://[^/\s`'\"]+)?(?P<template>/[\w/.\-$<>{}:]*?(?:" + _NAMED_SLOT.pattern + "))", re.I
)
_POST_TOO = re.compile(
    r"\b(?:all|every|each|any)(?: of the)? (?:commands|functions|methods|calls|actions|operations|command|function)\b"
    r"[^.]{0,60}\bPOST\b[^.]{0,30}\b(?:too|also|as well)\b"
    r"|\b(?:commands|functions|calls|actions|operations)\b[^.]{0,40}\b(?:also|too)\b[^.]{0,30}\bPOST\b",
    re.I,
)


@dataclass(frozen=True)
class RpcForm:
    """The URL form every function of an RPC-style page is called through."""

    path: str  # the form with `{function}`
    pattern: str  # a regex matching concrete uses of it, the function's name as `function`
    post: bool = False  # each function is also sent with POST, its arguments in the body
    required_marked: bool = True  # the calls bracket optional arguments, so the others are required


_VERSION_STATED = re.compile(r"(?:latest|current) (?:api )?version is\W*(?P<version>\d+(?:\.\d+)*)", re.I)


def rpc_template(doc: Document) -> RpcForm | None:
    """The RPC-style URL form the document states, if any."""
    text = "\n".join(b.text for s in doc.sections for b in s.blocks if b.kind in ("text", "code"))
    match = RPC_TEMPLATE.search(text)
    calls = [m for s in doc.sections for m in _calls(s)]
    if not match and calls:
        match = _NAMED_TEMPLATE.search(text)
    if not match:
        return None
    template = match.group("template")
    version = _VERSION_STATED.search(text)
    version_slot = re.compile(r"\$\w*VERSION\w*|\{\w*version\w*\}|<\w*version\w*>", re.I)
    path = _NAMED_SLOT.sub("{function}", _FUNCTION_SLOT.sub("{function}", template))
    pattern = re.escape(path).replace(re.escape("{function}"), r"(?P<function>[A-Za-z_][\w.]*)")
    slot = version_slot.search(path)
    if slot:
        value = version.group("version") if version else "{api_version}"
        literal = re.escape(slot.group(0))
        pattern = pattern.replace(literal, r"[^/]+")
        path = path.replace(slot.group(0), value)
    marked = any(re.search(r"(?<![\w\]])\[", m["args"]) for m in calls)
    return RpcForm(path, "^" + pattern + "$", bool(_POST_TOO.search(text)), marked)


def _calls(section: Section) -> list[re.Match[str]]:
    """The function calls a section is headed with or lists."""
    heading = RPC_HEADING.match(section.title.strip())
    items = [_CALL_ITEM.match(item.strip()) for b in section.blocks if b.kind == "list" for _, item in b.items]
    return ([heading] if heading else []) + [m for m in items if m]


def rpc_calls(section: Section, form: RpcForm) -> list[Mention]:
    """The endpoints the section's calls name: a GET of each, and a POST too where the page says so."""
    found = []
    for call in _calls(section):
        found.append(rpc_mention(form, call, section.where))
        if form.post:
            found.append(rpc_mention(form, call, section.where, method="POST"))
    return found


def rpc_mention(form: RpcForm, call: re.Match[str], where: Where, method: str = "GET") -> Mention:
    target = split_target(form.path.replace("{function}", call.group("name")))
    args = call.group("args")
    defaulted = set(re.findall(r"([A-Za-z_]\w*)\s*(?:\[[^\],]*\]|=[^,\]]*)", args))  # `level[info]`, `n=10`
    args = re.sub(r"(?<=\w)\s*(?:\[[^\],]*\]|=[^,\]]*)", "", args)
    depth = 0
    for token in re.findall(r"\[|\]|[A-Za-z_]\w*", args):
        if token in "[]":
            depth += 1 if token == "[" else -1
        else:  # `[, name]`: optional; unbracketed names are required only where the page brackets the optional ones
            target.query.append((token, "", depth <= 0 and form.required_marked and token not in defaulted))
    text = (call.groupdict().get("text") or "").strip()
    return Mention(method, target, where, "rpc", text=text)


def is_form(path: str, form: RpcForm | None) -> bool:
    """The path is the form itself (`/v1/command/<commandName>`), which names no one function."""
    return form is not None and path_key(split_target(path).path) == path_key(form.path)


def rpc_alias(mention: Mention, form: RpcForm) -> Mention:
    """`/api/1/createGroup` (an example) names the same endpoint as `/api/1.2.15/createGroup` (the form)."""
    match = re.match(form.pattern, mention.target.path) if mention.kind != "rpc" else None
    if match is None:
        return mention
    mention.target.path = form.path.replace("{function}", match.group("function"))
    if form.post and mention.method == "POST":  # an example of the POST every function takes
        return mention
    mention.method = "GET"
    request = mention.request
    if request is not None:
        request.method = "GET"
        if request.body_kind == "form" and isinstance(request.body, dict):
            request.target.query.extend((name, value, False) for name, value in request.body.items())
            request.body, request.body_kind = None, ""
    return mention
