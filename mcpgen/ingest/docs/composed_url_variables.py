"""A URL variable a guide's shell examples build from another one: the base is set first, then a longer URL under
it is named for the commands that follow,

    api=http://localhost:8088/api/v3
    export item_url=${api}/projects/demo/items/first

and the later `curl -X GET ${item_url}/info` calls `http://localhost:8088/api/v3/projects/demo/items/first/info`.
The shell expands `${api}` when it runs the assignment, so `item_url` holds an absolute URL like any other; this
pass writes that value into the assignment line (`export item_url=http://localhost:8088/api/v3/projects/...`), in
document order as a reader runs the blocks in one session, so that the passes which carry a URL variable into later
`curl` blocks (`session_variables.py`) and read it inside one block (`shell_vars.py`) see it.

Only a bare value (no quotes, no spaces) made of URL characters and uses of variables is rewritten, and only when
each variable it uses was set earlier to an absolute URL (`http://`, `https://`) and the value begins with one of
them: `path=$HOME/x`, `auth=${user}:${password}` or a use of a variable the document never sets stay as written,
since their value is not a URL the document states.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, Section
from .shell_vars import URL_VALUE, VARIABLE_USE

_ASSIGNMENT = re.compile(
    r"^(?P<lead>[ \t]*(?:\$[ \t]+)?(?:export[ \t]+)?(?P<name>[A-Za-z_]\w*)=)"
    r"(?P<quote>['\"]?)(?P<value>[^\s'\"`;&|()<>]*)(?P<tail>(?P=quote)[ \t]*)$",
    re.M,
)


def composed_url_variables(doc: Document) -> Document:
    """`doc` with each URL variable its code blocks build from an earlier URL variable written as its value."""
    values: dict[str, str] = {}
    sections: list[Section] = []
    changed = False
    for section in doc.sections:
        blocks = []
        for block in section.blocks:
            if block.kind != "code" or "=" not in block.text:
                blocks.append(block)
                continue
            text = _ASSIGNMENT.sub(lambda m: _expanded(m, values), block.text)
            changed = changed or text != block.text
            blocks.append(replace(block, text=text) if text != block.text else block)
        sections.append(replace(section, blocks=blocks))
    return replace(doc, sections=sections) if changed else doc


def _expanded(match: re.Match[str], values: dict[str, str]) -> str:
    """The assignment `match` with its uses of URL variables put in place; records what it sets in `values`."""
    name, value = match["name"], match["value"]
    uses = list(VARIABLE_USE.finditer(value))
    known = all((u["braced"] or u["name"]) in values for u in uses)
    if uses and known and match["quote"] != "'" and uses[0].start() == 0:
        value = VARIABLE_USE.sub(lambda u: values[u["braced"] or u["name"]], value)
        if URL_VALUE.fullmatch(value):
            values[name] = value.rstrip("/")
            return match["lead"] + match["quote"] + value + match["tail"]
    if URL_VALUE.fullmatch(value):
        values[name] = value.rstrip("/")
    else:
        values.pop(name, None)
    return match[0]
