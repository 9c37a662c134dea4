"""A route table's Parameters column: the names of the inputs each row's request takes, listed in a cell.

    | Route         | HTTP Method | Parameter                  | Description      |
    | /jobs         | GET         | page, page_size            | List the jobs    |
    | /jobs         | POST        | repo_url, branch, any data | Create a job     |

A table that names one request per row (its method and path in one cell, or in two cells side by side in either
order) may give, in a column headed "Parameter(s)", "Params" or "Arguments", the names of what each request takes:
a comma-separated list of names, in code or bare (a head may call them the "Key parameters", "Main params": the
ones the row's request is best known by, each still an input of it), one line or several (a grid table's cell
running over lines joins them). Each name is an input of that row's request. Where the column's head says where
they go ("Query parameters", "Body params"), they go there; otherwise the method decides, as a reader takes it: a
request that carries a body (POST, PUT, PATCH) is sent its inputs in the body, any other request in the query. A
"Path params" column is the path template's (which already holds those names, sometimes under others) and is not
read here; a name that is one of the path's placeholders is the path parameter it already is. A note in brackets
after a name may say "optional" or "required"; a bare name says nothing of need.

The list ends where its items stop being names: a last item of several words ("arbitrary data", "any other
fields") describes what else may be sent and names nothing, and so does a last item that is an ellipsis, alone or
after a word, in brackets or not ("doc, [other...]", "q, limit, ...", "etc."). A cell whose first item is not a
name (a sentence, a type, "none", a dash; a location or type word counts as a name only set in code, `query`) is no
list of names, and a column headed otherwise ("Description", "Body", "Returns") is not read here.

A cell may instead define its names, one a line (lines broken by `<br>`): each name set off in italics, bold or
code, an optional note in brackets, then a colon and what it is (`*size* (optional):<br>If provided returns the
image`); the lines after a definition explain it, and name nothing. A cell whose first line defines no name so is
read as a list, as above. A row that names no request (a parameter table's own rows) is left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import METHODS, path_key, request_lines, split_target

_HEAD = re.compile(
    r"(?i)(?:(?:key|main|common)\s+)?(?:(?P<where>query|body|form|request|url|path)\s+)?"
    r"(?:param(?:eter)?s?|args?|arguments?|inputs?)(?:\s*\(s\))?"
)
_WHERE = {"query": "query", "url": "query", "body": "body", "form": "body", "request": "", "path": None}
"""Where a head's location word puts the names; "" lets the method decide; None (a "Path params" column, whose
names the path template already holds, sometimes under other names: `deviceId=int` for `{devid}`) reads nothing."""
_METHOD = re.compile(rf"^[`*_]*(?P<method>{'|'.join(METHODS)})[`*_]*$")
_PATH = re.compile(r"^[`*_]*(?P<path>/[^`\s*]*)[`*_]*$")
_ITEM = re.compile(r"`?(?P<name>[A-Za-z_][\w.-]*)(?:=[^`\s]*)?`?\??(?:\s*\((?P<note>[^()]*)\))?")
_NOT_NAME = re.compile(
    r"(?i)none|na|nil|null|empty|no|yes|any|all|json|xml|str(?:ing)?|int(?:eger)?|number|float|bool(?:ean)?|object"
    r"|array|list|dict|form|multipart|binary|body|query|path|header|true|false|optional|required"
)
_OTHERS = re.compile(r"(?i)[\[(]?(?:\w+\s*)?(?:\.\.\.|\u2026)[\])]?|etc\.?")
"""A last item that stands for the rest, an ellipsis alone or after a word, in brackets or not (`[other...]`,
`(more...)`, `...`, `etc.`): others may be sent, none of them named."""
_BODIED = ("POST", "PUT", "PATCH")
_NOTHING = re.compile(r"(?i)none|na|nil|null|empty|no|yes|true|false|n/a")


def _coded_name(match: re.Match[str]) -> bool:
    """A word such as `query` or `body` set in code (`` `query` ``): a field of that name, not a location or type
    word; a coded `none` still says nothing is taken."""
    return match.group(0).startswith("`") and "`" in match.group(0)[1:] and not _NOTHING.fullmatch(match["name"])


def stated_request(row: tuple[str, ...]) -> tuple[str, str, set[int]] | None:
    """(METHOD, raw path, indexes of the cells stating them) for a table row that names one request, else None:
    method and path in one cell, or in two cells side by side in either order, anywhere in the row
    (`cell_shapes.row_request` reads only the first two cells, as one request line)."""
    cells = [c.strip() for c in row]
    for index, cell in enumerate(cells):
        lines = request_lines(cell)
        if len(lines) == 1 and _METHOD.match(cell.split()[0] if cell.split() else ""):
            return lines[0][1], lines[0][2], {index}
        if len(lines) == 1 and lines[0][0] == 0 and cell.lstrip("`*_ ").startswith(lines[0][1]):
            return lines[0][1], lines[0][2], {index}
    for index, cell in enumerate(cells[:-1]):
        method, path = _METHOD.match(cell), _PATH.match(cells[index + 1])
        if method is not None and path is not None:
            return method["method"], path["path"], {index, index + 1}
        method, path = _METHOD.match(cells[index + 1]), _PATH.match(cell)
        if method is not None and path is not None:
            return method["method"], path["path"], {index, index + 1}
    return None


_DEFINED = re.compile(
    r"(?P<mark>\*\*|\*|__|_|`)(?P<name>[A-Za-z_][\w.-]*)(?P=mark)\s*(?:\((?P<note>[^()]*)\))?\s*:(?:\s|$)"
)
"""A line of a cell that opens by defining a name: the name set off (italic, bold or code), an optional note in
brackets, then a colon and what it is (`*size* (optional): If provided returns ...`)."""
_BREAK = re.compile(r"(?i)<br\s*/?>|\n")


def defined_names(cell: str) -> list[tuple[str, bool | None]]:
    """(name, required) for each name a Parameters cell defines, one a line (lines broken by `<br>` or a newline),
    each set off in emphasis or code before a colon and its explanation (`*query*:<br>A beets query`), the lines
    between them explaining the name above; [] unless the cell's first line defines one."""
    lines = [line.strip() for line in _BREAK.split(cell) if line.strip()]
    if not lines or _DEFINED.match(lines[0]) is None:
        return []
    found: dict[str, bool | None] = {}
    for match in (m for line in lines if (m := _DEFINED.match(line)) is not None):
        note = (match["note"] or "").lower()
        found.setdefault(match["name"], False if "optional" in note else True if "required" in note else None)
    return list(found.items())


def listed_names(cell: str) -> list[tuple[str, bool | None]]:
    """(name, required) for each name a Parameters cell lists; [] for a cell that is not such a list."""
    if defined := defined_names(cell):
        return defined
    items = [i.strip() for i in re.split(r"\s*[,;]\s*", cell.replace("\\|", "|").strip()) if i.strip()]
    found: dict[str, bool | None] = {}
    for position, item in enumerate(items):
        match = _ITEM.fullmatch(re.sub(r"^(?:and|or)\s+", "", item))
        if match is None or (_NOT_NAME.fullmatch(match["name"]) and not _coded_name(match)):
            if found and position == len(items) - 1 and (len(item.split()) > 1 or _OTHERS.fullmatch(item)):
                break  # "arbitrary data", "[other...]": what else may be sent, after the names
            return []
        note = (match["note"] or "").lower()
        found.setdefault(match["name"], False if "optional" in note else True if "required" in note else None)
    return list(found.items())


def parameter_column_params(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the row's request, an input its Parameters cell lists) for each route table row (see the module)."""
    for block in (b for s in sections for b in s.blocks if b.kind == "table" and b.header):
        heads = [h.strip("`*_: ") for h in block.rows[0]]
        columns = [(i, m) for i, h in enumerate(heads) if (m := _HEAD.fullmatch(h)) is not None]
        for row in block.body_rows if columns else ():
            stated = stated_request(row)
            if stated is None:
                continue
            method, raw, used = stated
            target = split_target(raw)
            endpoint = endpoints.get((method, path_key(target.path)))
            if endpoint is None:
                continue
            for index, head in ((i, m) for i, m in columns if i not in used and i < len(row)):
                said = _WHERE[(head["where"] or "request").lower()]
                if said is None:
                    continue
                where = said or ("body" if method in _BODIED else "query")
                for name, required in listed_names(row[index]):
                    if "{" + name + "}" in endpoint.path:
                        continue  # `job_id` of `/jobs/{job_id}`: the path parameter it is
                    param = Param(name, where, block.where, required, origin="table", location_guessed=not said)
                    yield endpoint, param


__all__ = ["listed_names", "parameter_column_params", "stated_request"]
