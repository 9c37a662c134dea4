"""A base URL a page's first shell example sets once and its later examples go on using: a block

    BASE=http://127.0.0.1:8888/api
    curl -s -X POST $BASE/print/text -d '{"text": "hello"}'

then, further down the page, a block of its own with only `curl -s -X POST $BASE/print/text ...`. A reader runs
a guide's examples in one shell session, so the variable set above still holds: the later command calls
`http://127.0.0.1:8888/api/print/text`, not a route `/print/text` under an unknown host. The earlier value is
put in place in every later code block that runs `curl` with a variable it does not set itself.

Only a variable whose value is an absolute URL (`http://` or `https://`) is carried: that is the base a page
sets for its commands, and its value needs no quoting. A block that sets the variable again uses its own value
(`shell_vars.py` reads it), and from there on later blocks use the new one.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import Document, Section
from .shell_vars import ASSIGNMENT, URL_VALUE, VARIABLE_USE


def carried_base_urls(doc: Document) -> Document:
    """`doc` with the URL variables earlier code blocks set written into the later `curl` blocks that use them."""
    values: dict[str, str] = {}
    sections: list[Section] = []
    changed = False
    for section in doc.sections:
        blocks = []
        for block in section.blocks:
            own = {m["name"]: m for m in ASSIGNMENT.finditer(block.text)} if block.kind == "code" else {}
            carried = {name: value for name, value in values.items() if name not in own}
            text = _carried(block.text, carried) if carried and block.kind == "code" else block.text
            changed = changed or text != block.text
            blocks.append(replace(block, text=text) if text != block.text else block)
            for name, match in own.items():
                value = match["single"] if match["single"] is not None else match["double"] or match["bare"] or ""
                if URL_VALUE.fullmatch(value):
                    values[name] = value.rstrip("/")
                else:
                    values.pop(name, None)
        sections.append(replace(section, blocks=blocks))
    return replace(doc, sections=sections) if changed else doc


def _carried(text: str, values: dict[str, str]) -> str:
    """`text`, a code block running `curl`, with its uses of the variables in `values` replaced by their values."""
    if "curl" not in text:
        return text
    return VARIABLE_USE.sub(lambda m: values.get(m["braced"] or m["name"], m[0]), text)
