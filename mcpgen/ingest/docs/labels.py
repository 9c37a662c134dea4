"""Words around a request's parts: captions and labels (`Parameters:`, `**Response**`), a section title as an
operation's summary, and an OpenAPI Example Object printed as an example."""

from __future__ import annotations

import re
from typing import Any

from .blocks import Block
from .params import context_location
from .requests import request_lines
from .rpc import RPC_HEADING

_GENERIC_TITLE = re.compile(
    r"^(?:(?:http |example |sample )?(?:request|response)s?(?: (?:format|example|sample|body|parameters))?|"
    r"examples?(?: \d+)?|usage|parameters|overview|description|returns|endpoints?|url|summary|details|"
    r"(?:query|path|header|form data|body) parameters|headers|errors?|notes?|\d{3}(?:: .*)?)$",
    re.I,
)


def example_value(value: Any) -> Any:
    """An OpenAPI Example Object printed as the example (`{"summary": "...", "value": {...}}`): its value. A lone
    `{"value": "on"}` is a body with a field named `value`, not an Example Object of a bare string."""
    example = isinstance(value, dict) and "value" in value and set(value) <= {"summary", "description", "value"}
    if example and (len(value) > 1 or isinstance(value["value"], dict | list)):
        return value["value"]
    return value


def bare(text: str) -> str:
    """A label without its emphasis, code marks and colon."""
    return text.strip().strip("*_`").rstrip(":").strip("*_` ")


def summary_of(title: str) -> str:
    text = re.sub(r"\{#[^}]*\}", "", title).strip()
    if not text or request_lines(text) or text.startswith("/") or _GENERIC_TITLE.match(text):
        return ""
    rpc = RPC_HEADING.match(text)
    return rpc.group("name") if rpc else text


def is_label(text: str) -> bool:
    """`Parameters:`, `**Response**`, or a short caption that names a part of a request or response
    (widdershins' `> Body parameter`, openapi-to-md's `Parameters(Query)`)."""
    stripped = text.strip()
    if len(stripped) >= 120:
        return False
    if stripped.endswith(":") or re.fullmatch(r"[*_]+[^*_]+[*_]+:?", stripped):
        return True
    return len(stripped.split()) <= 3 and stripped[-1:] not in ".!?" and context_location([stripped]) is not None


def part_item(block: Block) -> str | None:
    """A list of one item naming a part of the exchange (`* REQUEST`, `* RESPONSE`): a divider whose part every
    code block after it shows, until the next."""
    if block.kind != "list" or len(block.items) != 1:
        return None
    text = block.items[0][1].strip().strip("*_`").rstrip(":").strip()
    return text if _PART.fullmatch(text) else None


_PART = re.compile(r"(?:sample |example )?(?:request|response)(?: (?:body|example|payload|sample))?", re.I)
