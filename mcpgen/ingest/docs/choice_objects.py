"""A JSON body in a route table's description cell whose values list their alternatives joined by `|`:

    | Method | Path | Description |
    |---|---|---|
    | POST | `/mode` | Set the mode `{"mode": "fast"\\|"slow"}` |
    | POST | `/level` | Set the level `{"level": 1\\|2\\|3, "note": "..."}` |

A terse route table gives a write's body as an inline JSON example, and where a value may be one of a few it
writes them all in the value's place, joined by a bar (TypeScript's and many a reader's notation for "one of";
a Markdown table escapes the bar as `\\|` so that it does not end the cell). Such an object is no valid JSON, so
the rules that read a cell's JSON example pass it by; read with each run of alternatives standing for its
first, it is the same example, and its top-level keys are the body fields of the row's write (POST, PUT, PATCH),
as the keys of any other inline example are. A field's string alternatives are its allowed values. Nothing is
said of need: an example shows what may be sent.

Read only an object in code in a cell after the row's method and path, on a write, that is not JSON as it
stands, becomes JSON once the alternatives are read so (so the bars stood between whole values), and is not
introduced as what comes back ("returns `{...}`", "→ `{...}`").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Where
from .params import Param
from .requests import parse_json

_VALUE = r"\"(?:[^\"\\]|\\.)*\"|-?\d+(?:\.\d+)?|true|false|null"
_RUN = re.compile(rf"(?P<first>{_VALUE})(?P<rest>(?:\s*\\?\|\s*(?:{_VALUE}))+)|\"(?:[^\"\\]|\\.)*\"")
"""A run of values joined by bars, or a string (matched whole, so that a bar inside a string is left alone)."""
_OBJECT = re.compile(r"`(\{[^`]*\})`")
_ANSWER_BEFORE = re.compile(r"(?i)(?:→|->|=>|\breturns?\b|\bresponse\b|\bresponds?\b|\brepl(?:ies|y)\b)[^;.`]*$")
_WRITES = {"POST", "PUT", "PATCH"}


def _first_choices(text: str, choices: dict[str, list[str]]) -> str:
    """`text` with every run of alternatives replaced by its first value; the runs' string values, by the key
    just before each run, go into `choices`."""

    def one(match: re.Match[str]) -> str:
        if match["first"] is None:
            return match[0]
        key = re.search(r"\"([A-Za-z_][\w.-]*)\"\s*:\s*$", text[: match.start()])
        values = [match["first"], *re.findall(_VALUE, match["rest"])]
        if key is not None and all(v.startswith('"') for v in values):
            choices[key[1]] = [v[1:-1] for v in values]
        return match["first"]

    return _RUN.sub(one, text)


def choice_fields(cell: str, method: str, where: Where) -> Iterator[Param]:
    """The body fields of each inline JSON object with alternative values in a `method` row's cell."""
    if method not in _WRITES:
        return
    for found in _OBJECT.finditer(cell):
        raw = found[1]
        if parse_json(raw) is not None or "|" not in raw or _ANSWER_BEFORE.search(cell[: found.start()][-40:]):
            continue  # JSON as it stands is read elsewhere; no bar, no alternatives; "returns `{...}`"
        choices: dict[str, list[str]] = {}
        value = parse_json(_first_choices(raw, choices))
        if not isinstance(value, dict):
            continue
        for name in value:
            yield Param(name, "body", where, origin="example request", enum=choices.get(name, []))


__all__ = ["choice_fields"]
