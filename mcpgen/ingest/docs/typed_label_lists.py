"""An endpoint list that writes each item path first, the method after a dash, and the parameters on a sub-item
as a label over a run of typed names:

    * **/photo** - GET: Returns the photo of the given number
      * Query params: number (int) - which photo, raw (bool)- send the file as it is
    * **/photo** - POST: Takes a photo

The item opens with its path (bold or in code) and names its method after a dash, before a colon: the endpoint
it states, whose sub-items describe it (`path_first_item`). The sub-item is a location label ("Query params",
"Body parameters", "Headers") then names each followed by its type in brackets and, after a dash, what it is,
separated by commas: the parameters of that location (`typed_label_params`). The type word in brackets is what
tells a name from any word of a sentence after a label ("Note: the index (if any) ..." names none); whether each
is needed is not said."""

from __future__ import annotations

import re

from .blocks import Where
from .endpoint import Endpoint
from .params import Param, context_location
from .requests import METHODS, path_key, split_target

_LEAD = re.compile(
    rf"^[*_`]*(?P<path>/[^\s*`]*)[*_`]*\s*[-\u2013\u2014]\s*[*_`]*(?P<method>{'|'.join(METHODS)})[*_`]*\s*:\s*"
    r"(?P<rest>.*)$",
    re.S,
)
_TYPES = r"int|integer|bool|boolean|str|string|float|double|number|list|array|dict|object|date|datetime|file"
_ENTRY = rf"(?P<name>[A-Za-z_][\w.-]*)\s*\(\s*(?P<type>{_TYPES})\s*\)\s*(?:[-\u2013\u2014:][^,]*)?"
_LABELLED = re.compile(
    rf"^\s*[*_]*(?P<label>[A-Za-z][A-Za-z ]{{0,30}}?)[*_]*\s*:[*_]*\s*(?P<list>{_ENTRY}(?:,\s*.*)?)$"
)
_EACH = re.compile(rf"(?:^|,\s*){_ENTRY}")


def path_first_item(text: str, endpoints: dict[tuple[str, str], Endpoint]) -> tuple[Endpoint, str] | None:
    """The stated endpoint an item `**/photo** - GET: ...` opens with, and the item's text after the method."""
    match = _LEAD.match(text.strip())
    if match is None:
        return None
    endpoint = endpoints.get((match["method"], path_key(split_target(match["path"]).path)))
    return (endpoint, match["rest"]) if endpoint is not None else None


def typed_label_params(text: str, where: Where) -> list[Param]:
    """The parameters a label over typed names states ("Query params: number (int) - which photo, raw (bool)")."""
    match = _LABELLED.match(" ".join(text.split()))
    location = context_location([match["label"]]) if match else None
    if match is None or location is None or location == "response":
        return []
    return [
        Param(each["name"], location, where, type=_type(each["type"]), origin="list")
        for each in _EACH.finditer(match["list"])
    ]


def _type(word: str) -> str:
    """The JSON Schema type of a bracketed type word."""
    word = word.lower()
    if word in ("int", "integer"):
        return "integer"
    if word in ("bool", "boolean"):
        return "boolean"
    if word in ("float", "double", "number"):
        return "number"
    if word in ("list", "array"):
        return "array"
    if word in ("dict", "object"):
        return "object"
    return "string"
