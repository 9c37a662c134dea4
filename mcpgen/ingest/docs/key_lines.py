"""Parameters a labelled code block lists one per line as `name: value`, the way a README shows a form:

    POST params:
    ```
    addrs: 2NF2baYuJAkCKo5onjUKEPdARQkZ6SYyKd5,2NAre8sX2povnjy4aeiHKeEh97Qhn97tB1f
    from (optional): 0
    noSpent (option): 1 (will omit spent information per output)
    ```

Each line names a parameter and shows a value; a mark in brackets after the name says whether it is needed, and
where some are marked optional the unmarked ones are the required ones. Lines that are no such pair ("eg", a
blank) may sit between them; a block most of whose lines are something else is no such list."""

from __future__ import annotations

import re

from .blocks import Block, Section
from .endpoint import Endpoint
from .httpie import parse_httpie
from .params import Param, valid_name
from .requests import METHODS

_PAIR = re.compile(r"^\s*(?P<name>[A-Za-z_$][\w.$-]*)\s*(?:\((?P<mark>[^()]*)\))?\s*:\s*(?P<value>\S.*)?$")
_OPTIONAL = re.compile(r"(?i)^\s*(?:optional|option|opt)\s*$")
_REQUIRED = re.compile(r"(?i)^\s*(?:required|mandatory|req)\s*$")


def key_value_lines(block: Block, location: str) -> list[Param]:
    """The parameters a code block lists as `name (mark): value` lines, in `location` ("" when unknown)."""
    text = block.text.strip()
    if not text or text[0] in "{[<" or "://" in text.splitlines()[0] or parse_httpie(text):
        return []
    lines = [line for line in text.splitlines() if line.strip()]
    pairs = [m for m in map(_PAIR.match, lines) if m is not None and m["value"] and valid_name(m["name"])]
    if not pairs or 2 * len(pairs) < len(lines):
        return []
    marks = {m["name"]: m["mark"] or "" for m in pairs}
    some_optional = any(_OPTIONAL.match(mark) for mark in marks.values())
    params = []
    for name, mark in marks.items():
        required = True if _REQUIRED.match(mark) else False if _OPTIONAL.match(mark) else None
        if required is None and some_optional:
            required = True  # where some are marked optional, the unmarked ones must be given
        params.append(Param(name, location, block.where, required, origin="list"))
    return params


_METHOD_LABEL = re.compile(rf"^\W*(?P<method>{'|'.join(METHODS)})\s+(?:param(?:eter)?s|fields|arguments|body|data)\b")


def method_labelled_params(
    section: Section, keys: list[tuple[str, str]], endpoints: dict[tuple[str, str], Endpoint]
) -> list[tuple[Endpoint, Param]]:
    """In a section that shows requests of several methods and describes none alone (`GET /addrs/[:addrs]/txs`,
    then "POST method:" over `/addrs/txs`), the `name: value` lines under a label naming a method ("POST
    params:") are the parameters of the section's one route of that method."""
    found = []
    label = ""
    for block in section.blocks:
        if block.kind == "text":
            label = block.text
            continue
        match = _METHOD_LABEL.match(label)
        routes = [endpoints[k] for k in dict.fromkeys(keys) if match and k[0] == match["method"] and k in endpoints]
        if block.kind == "code" and len(routes) == 1:
            found += [(routes[0], param) for param in key_value_lines(block, "")]
        label = ""
    return found
