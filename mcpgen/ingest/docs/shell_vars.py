"""Curl commands written as shell scripts: the block sets variables first (`api_url="http://host/api/items/"`,
`content_type="Content-Type: application/json"`, `data='{...}'`, the value may span lines) and the command uses
them (`curl -X POST "$api_url" -H "$content_type" -d "$data"`). The variables are put in place before the
command is read, as the shell would: inside double quotes as text, elsewhere as one word."""

from __future__ import annotations

import re
import shlex

ASSIGNMENT = re.compile(
    r"^[ \t]*(?:\$[ \t]+)?(?:export[ \t]+)?(?P<name>[A-Za-z_]\w*)="
    r"(?:'(?P<single>[^']*)'|\"(?P<double>(?:[^\"\\$`]|\\.)*)\"|(?P<bare>[^\s'\"$`;&|]*))[ \t]*$",
    re.M,
)
VARIABLE_USE = re.compile(r"\$(?:\{(?P<braced>[A-Za-z_]\w*)\}|(?P<name>[A-Za-z_]\w*))")
"""`$name` or `${name}`."""
URL_VALUE = re.compile(r"https?://[^\s'\"$`;&|\\]+")
"""A variable's value that is an absolute URL (and nothing more)."""


def with_shell_variables(text: str) -> str:
    """`text` with the uses of the variables it assigns replaced by their values, when it assigns any that a
    `curl` command uses; else `text` as it is."""
    if "curl" not in text or "=" not in text or "$" not in text:
        return text
    values: dict[str, str] = {}
    for match in ASSIGNMENT.finditer(text):
        double = match["double"]
        values[match["name"]] = (
            match["single"]
            if match["single"] is not None
            else re.sub(r"\\(.)", r"\1", double)
            if double is not None
            else match["bare"]
        )
    if not values:
        return text
    out: list[str] = []
    quote = ""
    i = 0
    while i < len(text):
        char = text[i]
        if quote != "'" and char == "\\" and i + 1 < len(text):
            out.append(text[i : i + 2])
            i += 2
            continue
        if char in "'\"" and quote in ("", char):
            quote = "" if quote == char else char
        elif char == "$" and quote != "'" and (use := VARIABLE_USE.match(text, i)) is not None:
            name = use["braced"] or use["name"]
            if name in values:
                value = values[name]
                out.append(re.sub(r"([\"\\$`])", r"\\\1", value) if quote == '"' else shlex.quote(value))
                i = use.end()
                continue
        out.append(char)
        i += 1
    return "".join(out) if not quote else text
