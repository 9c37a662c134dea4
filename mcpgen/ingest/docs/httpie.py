"""HTTPie command lines as example requests: `http POST localhost:8000/api/token/ username=ann password=1234`.

`http` / `https` [options] [METHOD] URL [items]: the URL may leave out its scheme (`localhost:8000/x`) or its
host (`:8000/x`, `/x`: localhost); items are body fields (`name=value`, `name:=json`, `name@file`), query
arguments (`name==value`) and headers (`Name:value`). The body is JSON unless `--form` / `-f` (or a file item
with `--multipart`) says form; without a method, a request with body fields is a POST, else a GET.

HTTPie takes its METHOD in either case (`http get http://host/status`, `http post .../jobs/x/start`): a
lower-case method word right before the URL is the method too (only all lower or all upper case, so a word
like `Get` in a sentence is not read).

A command whose output is saved (`http :8080/render width=400 style:=@style.json > /tmp/map.png`) is the same
request: the shell redirection after the items (`>`, `>>`, `2>`) is the shell's, not HTTPie's, and is left off.
"""

from __future__ import annotations

import re
import shlex

from .requests import METHODS, Request, split_target

_COMMAND = re.compile(r"^(?:[\w.@~:-]*[>$%#]\s*)?(?:[A-Z_]+=\$\()?(?P<scheme>https?)\s+(?P<rest>.+)$")
_OPTION_VALUES = {
    "-a",
    "--auth",
    "-A",
    "--auth-type",
    "-o",
    "--output",
    "--session",
    "--verify",
    "--cert",
    "--cert-key",
    "--timeout",
    "-p",
    "--print",
    "--style",
    "-s",
    "--pretty",
    "--proxy",
    "--format-options",
}
_URL = re.compile(
    r"^(?:https?://\S+|(?:[\w.-]+)?:\d+(?:/\S*)?|[\w-]+(?:\.[\w-]+)+(?::\d+)?/\S*|localhost(?::\d+)?/\S*|/\S*)$"
)
_ITEM = re.compile(r"^(?P<name>[A-Za-z_][\w.\[\]-]*)(?P<sep>==|:=@|:=|=@|=|@|:)(?P<value>.*)$", re.S)


def parse_httpie(text: str) -> list[Request]:
    """Every HTTPie command in a code block, in the order written."""
    found: list[Request] = []
    for line in re.sub(r"\\\r?\n", " ", text).splitlines():
        match = _COMMAND.match(line.strip())
        if match is None:
            continue
        # `... | jq -r .token)`, `... > /tmp/out.png`: the command alone
        rest = re.split(r"\s+\|\s+|\)\s*$|\s+[12]?>>?(?=\s*[^\s&])", match["rest"])[0]
        try:
            words = shlex.split(rest)
        except ValueError:
            continue
        request = _words(match["scheme"], words)
        if request is not None:
            found.append(request)
    return found


def _words(scheme: str, words: list[str]) -> Request | None:
    form = False
    positional: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word in ("-f", "--form", "--multipart"):
            form = True
        elif word in _OPTION_VALUES:
            index += 1
        elif not word.startswith("-"):
            positional.append(word)
        index += 1
    method = ""
    if positional and (positional[0] in METHODS or (positional[0].upper() in METHODS and positional[0].islower())):
        method, positional = positional[0].upper(), positional[1:]
    if not positional or not _URL.match(positional[0]):
        return None
    url = positional[0]
    if url.startswith(":"):  # `:8000/x`: localhost
        url = "localhost" + url
    if not url.startswith(("http://", "https://", "/")):
        url = f"{scheme}://{url}"
    request = Request(method=method or "GET", target=split_target(url))
    body: dict[str, str] = {}
    for word in positional[1:]:
        item = _ITEM.match(word)
        if item is None:
            return None  # not an item: this is no HTTPie command
        if item["sep"] == "==":
            request.target.query.append((item["name"], item["value"], False))
        elif item["sep"] == ":":
            request.headers.append((item["name"], item["value"]))
        else:
            body[item["name"]] = item["value"]
    if body:
        request.body, request.body_kind = body, "form" if form else "json"
        request.method = method or "POST"
    return request
