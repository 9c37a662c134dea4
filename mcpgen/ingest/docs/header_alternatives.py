"""Request headers a page offers rather than demands.

- Alternatives: "The password must be set using the `X-Key` header. Alternatively you can use the `X-Key-Hash`
  header ...". A paragraph that names one header as the alternative of another ("alternatively", "instead")
  says either one will do: neither is required on its own, though the paragraph's wording ("must be set") would
  make each one it names required.
- A labelled list of headers written as the request sends them: "Optional Headers:" over
  "* `X-Shared: true`: share it" bullets. Each item opening with a header line in code (`Name: value`) names a
  header of the request; the label says whether they must be sent ("Required headers:") or not ("Optional
  headers:", or a label that says neither). One item is enough, where an unlabelled list needs two items naming
  the same header (`header_choices`) before its lines read as inputs rather than quoted in passing.
"""

from __future__ import annotations

import re

from .blocks import Block
from .params import Param, context_location, required_from

_ALTERNATIVE = re.compile(
    r"(?i)(?:^|[.;:]\s+)(?:alternatively|instead|or else)\b[^.;]*`[A-Za-z][\w-]*`\s+(?:request\s+|http\s+)?header\b"
    r"|\binstead\s+of\s+(?:the\s+)?`[A-Za-z][\w-]*`\s+(?:request\s+|http\s+)?header\b"
)
_HEADER_ITEM = re.compile(r"^\s*`(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)\s*:\s*[^`\s][^`]*`")
_HEADERS_LABEL = re.compile(r"(?i)^\W*(?:(?P<need>required|mandatory)\s+|optional\s+|request\s+)*headers?\W*$")
_LEFT_OUT = {"content-type", "authorization", "cookie"}


def mentioned_header_required(text: str) -> bool | None:
    """Whether a header a paragraph mentions is required: never when the paragraph offers one header as the
    alternative of another, else as the paragraph's words say (`required_from`)."""
    return False if _ALTERNATIVE.search(" ".join(text.split())) else required_from(text)


def labelled_headers(block: Block, labels: list[str]) -> list[Param]:
    """The headers a list under a headers label ("Optional Headers:") names as `Name: value` items; `labels`
    are that label then the headings over it, innermost first. Under a heading about the response
    ("Response" over "Headers:") they are the headers the server answers with."""
    shape = _HEADERS_LABEL.match(labels[0].strip().strip("*_`")) if block.kind == "list" and labels else None
    if shape is None or context_location(labels[1:]) == "response":
        return []
    names = [m["name"] for depth, text in block.items if not depth and (m := _HEADER_ITEM.match(text))]
    needed = shape["need"] is not None
    kept = dict.fromkeys(n for n in names if n.lower() not in _LEFT_OUT)
    return [Param(name, "header", block.where, needed, origin="header list") for name in kept]
