"""A list of fields under a request that takes no body, after an example that printed the request's answer: a
command line (`curl ...`, `http ...`) and the lines it printed, then "Fields descriptions:" over `**name**: what
it is` items. The fields are the printed answer's: a GET (HEAD, DELETE) sends no fields, and the label names
fields, not parameters, arguments or options, so nothing says they are inputs."""

from __future__ import annotations

import re

from .blocks import Block

_FIELDS_LABEL = re.compile(
    r"(?:[\w-]+\s+)?(?:fields?|attributes|properties)(?:\s+(?:descriptions?|list|reference))?\s*:?", re.I
)
_COMMAND = re.compile(r"\s*(?:[$#>]\s*)?(?:curl|https?|wget)\s", re.I)


def printed_answer(block: Block) -> bool:
    """A code block of a command and what it printed: a curl (httpie, wget) line, then a line that does not
    continue it and is no command of its own."""
    if block.kind != "code":
        return False
    lines = [line for line in block.text.splitlines() if line.strip()]
    if not lines or not _COMMAND.match(lines[0]):
        return False
    continued = lines[0].rstrip().endswith("\\")
    for line in lines[1:]:
        if not continued and not _COMMAND.match(line):
            return True
        continued = line.rstrip().endswith("\\")
    return False


def fields_of_printed(label: str, method: str, printed: bool) -> bool:
    """`label` ("Fields descriptions:") names the fields of the answer `printed` before it, on a request of
    `method` that sends no fields."""
    return printed and method in ("GET", "HEAD", "DELETE") and bool(_FIELDS_LABEL.fullmatch(label.strip()))


_JSON_OBJECT_LABEL = re.compile(
    r"(?:request\s+)?json\s+(?:object|objects|array(?:\s+of\s+objects)?|body|payload|document)\s*:?|request\s+json\s*:?",
    re.I,
)


def json_object_of_get(label: str, method: str) -> bool:
    """A GET's (HEAD's) field list labelled as a JSON object or body ("Request JSON Object", Sphinx httpdomain's
    `:<json` fields): a query string holds no JSON object, so these are not the GET's query parameters; a
    request that sends no body sends none of them (renderers print the answer's schema so)."""
    return method in ("GET", "HEAD") and bool(_JSON_OBJECT_LABEL.fullmatch(label.strip()))


_SCHEMAS_LINE = re.compile(
    r"(?:schemas|models|definitions|components|data\s+(?:models|types|structures)|schema\s+definitions)\s*:?", re.I
)


def schemas_begin(block: Block) -> bool:
    """A line that is only "Schemas" ("Models", "Definitions", "Data types"): where a rendered reference prints
    its schema definitions after the last operation (a PDF's text keeps no heading levels, so they run on inside
    that operation's section); the tables after it define the API's types, not that operation's inputs."""
    return block.kind == "text" and bool(_SCHEMAS_LINE.fullmatch(block.text.strip().strip("*#_").strip()))
