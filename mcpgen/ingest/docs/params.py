"""Parameters from parameter tables, definition lists and prose lists, with their location and required flag."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from .alternatives import separate_items
from .bare_names import bare_names, unmarked_names
from .blocks import Block, Where
from .comma_terms import comma_term_as_dash
from .defaulted_terms import defaulted_term_as_dash
from .label_contexts import CONTEXT as _CONTEXT
from .label_contexts import under_answer
from .language_labels import LANGUAGE_CONTEXT, LANGUAGE_HEADER_ROLES, LANGUAGE_REQUIRED_CELLS, worded_need
from .mson_value_items import mson_facts
from .remark_items import remark_item
from .stated_flags import stated_required

LOCATIONS = ("path", "query", "header", "cookie", "body")


@dataclass
class Param:
    name: str
    location: str
    where: Where
    required: bool | None = None
    """None: the document does not say."""
    type: str | None = None
    description: str = ""
    enum: list[str] = field(default_factory=list)
    default: Any = None
    items_type: str | None = None
    ref: str = ""
    """A body parameter's type when it names a schema (`[Pet](#schemapet)`): its fields stand for it."""
    origin: str = ""
    """What stated it: "table", "list", "definition list", "declaration", "schema section", "path template",
    "request line", "example request", "prose"; the confidence of its operation weighs it."""
    location_guessed: bool = False
    """The document did not say where it goes: the method decided (body for POST/PUT/PATCH, else query)."""


_HEADER_ROLES = {
    "name": (
        r"name|param(?:eter)?s?(?: name)?|(?:field|key|property|argument|attribute|option)(?: name)?|"
        r"(?:query|path|header|body|form) param(?:eter)?s?|header(?: name)?"
    ),
    "in": r"in|location|located in|param(?:eter)? type|parameter location|where|source|kind",
    "type": r"(?:data )?type|schema|format|value type",
    "required": (
        r"required\??|mandatory|optional|req(?:uired)?\.?|required ?(?:/|or) ?optional|optional ?(?:/|or) ?required"
    ),
    "default": r"default(?: value)?",
    "description": (
        r"desc(?:ription)?|details|meaning|notes?|comments?|purpose|explanation|summary|usage|effects?|behaviou?rs?"
    ),
    "enum": r"(?:allowed |possible |accepted )?values|enum|choices",
}
_ROLE_PATTERNS = {
    role: re.compile(rf"^(?:{pattern}|{LANGUAGE_HEADER_ROLES.get(role, '(?!)')})$", re.I)
    for role, pattern in _HEADER_ROLES.items()
}
_OTHER_COLUMNS = re.compile(r"^(?:restrictions|constraints|validation|limits)$", re.I)
"""Columns a parameter table may have that play no role here, named so a glued header can be split."""
_NAME = re.compile(r"^[A-Za-z_$@][\w.$@\-]*(?:\[[\w.\-]*\])*$")
_REQUIRED_WORDS = re.compile(
    r"\{\{<\s*required\s*>\}\}|\([*_]*required[*_]*\)|\brequired\b[.:,)]|^\s*\**required\**\b|\bmandatory\b"
    r"|\bmust be (?:provided|given|set)|(?:^|[.;]\s+)[*_]*required[*_]*\s*(?:[.;]|$)"
    r"|\b(?:this|it) is (?:the only |an? )required (?:parameter|field|argument|property|input)\b",
    re.I,
)
"""Words that mark a parameter required, among them a description naming its own kind: "This is the only required
parameter for the HTTP request." ("It is a required field")."""
# "(optional)", "Optional: ...", "... Optional." / "... *Optional*" as a sentence of its own
_OPTIONAL_WORDS = re.compile(
    r"\([*_]*optional[*_]*\)|^\s*\**optional\**\b|\boptional\.|(?:^|[.;]\s+)[*_]*optional[*_]*\s*$"
    r"|\b(?:is|are) optional\b",
    re.I,
)
_TYPE_WORDS = (
    (
        re.compile(r"^(?:array|list)\b|^\[\]|\[\]$|^array of|^(?:an? )?(?:comma[- ]separated |json )?list of\b", re.I),
        "array",
    ),
    (re.compile(r"^(?:integer|int|int32|int64|long|uint\w*|unsigned)\b", re.I), "integer"),
    (re.compile(r"^(?:number|float|double|decimal|numeric)\b", re.I), "number"),
    (re.compile(r"^(?:boolean|bool)\b", re.I), "boolean"),
    (re.compile(r"^(?:object|hash|dict|map|json object|json)\b", re.I), "object"),
    (re.compile(r"^(?:string|str|text|date|datetime|date-time|uuid|url|uri|email|enumerable)\b", re.I), "string"),
)
MEDIA_TYPE = re.compile(r"\W*[\w.+-]+/[\w.+-]+\W*")
REF_LINK = re.compile(r"^\[(?P<name>[^\]\[]+)\]\(#(?P<anchor>[^)\s]+)\)$")
POINTER = re.compile(r"^#?/(?:components/(?:schemas|requestBodies)|definitions)/(?P<name>[^/\s]+)$")
IDENTIFIER = re.compile(r"^[A-Za-z_][\w.\-]*$")
_ENUM = re.compile(
    r"(?:enum|one of|possible values|allowed values|valid values)(?:\s+(?:are|is|include))?\s*:?\s*(?P<values>.+)$",
    re.I,
)


def context_location(labels: list[str]) -> str | None:
    """What the nearest label or heading (innermost first) says: a location, "" (parameters, location
    unknown), "response" (not request parameters) or None (nothing about parameters)."""
    for index, label in enumerate(labels):
        if MEDIA_TYPE.fullmatch(label.strip()):
            continue  # `application/json` under "Request" or "Responses": says nothing of its own
        for pattern, meaning in (*_CONTEXT, *LANGUAGE_CONTEXT):
            if pattern.search(label):
                return "response" if meaning == "" and under_answer(labels[index + 1 :]) else meaning
    return None


def clean_name(raw: str) -> tuple[str, bool | None]:
    """`` `model` `` -> ("model", None); `id (required)` -> ("id", True); None name when not a parameter name.

    Markers after a name: `*` (`**`uid`** *`, `name*`) says required, `?` (`avatar?`, TypeScript's optional
    field) says optional; footnote marks written escaped in Markdown (`flags \\*\\*`) are dropped."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw.strip())  # `[`actions`](#actions)`: the link's text
    required: bool | None = None
    paren = re.search(r"\s*\(((?:[^()]|\([^()]*\))*)\)\s*$", text)  # `name (string(250), required)`
    if paren:
        inside = paren.group(1).lower()
        if "required" in inside:
            required = "not required" not in inside
        elif "optional" in inside:
            required = False
        text = text[: paren.start()]
    text = re.sub(r"\s*(?:\\\*)+$", "", text.strip())  # footnote marks
    if "`" not in text:  # `start\_ledger`: Markdown's escape of an underscore outside code, not part of the name
        text = re.sub(r"\\(?=[_-])", "", text)
    marked = re.fullmatch(r"(\*\*|__|)(`|)([^`*\s][^`]*?)\2\1\s*(\*|\?)?", text)
    if marked and marked.group(4):
        return marked.group(3).strip().strip("\"'").rstrip(":").strip(), marked.group(4) == "*"
    text = re.sub(r"^(`|\*\*?|__|'')(.+)\1$", r"\2", text.strip().strip("`")).strip().strip("`")  # '' wikitext bold
    text = text.strip().strip("\"'").rstrip(":").strip()
    if text.endswith("*"):
        text, required = text.rstrip("*").strip(), True
    return text, required


def valid_name(name: str) -> bool:
    return bool(_NAME.match(name)) and len(name) <= 80


_NOT_REQUIRED = re.compile(r"(?i)\b(?:not|never|n't)\s+(?:\w+\s+)?(?:required|mandatory)\b")
"""`Not required.`, "is not required", "isn't mandatory": a negation, not the word's flag."""


def required_from(text: str) -> bool | None:
    if (stated := stated_required(text)) is not None:  # `Required: No`: the label's value decides
        return stated
    if _NOT_REQUIRED.search(text):
        return False
    if _REQUIRED_WORDS.search(text):
        return True
    if _OPTIONAL_WORDS.search(text):
        return False
    return worded_need(text)  # "obbligatorio (1-30)", "facultatif": the word in the document's language


def is_reference(type_cell: str) -> bool:
    """A type cell that names a schema rather than a JSON type (`[Pet](#schemapet)`, `Pet`)."""
    text = type_cell.strip().strip("`*_")
    if REF_LINK.match(text) or POINTER.match(text):
        return True
    return bool(IDENTIFIER.match(text)) and text[:1].isupper() and type_from(text)[0] is None


def type_from(text: str) -> tuple[str | None, str | None]:
    """(JSON type, item type for arrays) from a type cell or the start of a description."""
    cleaned = re.sub(r"\{\{<[^>]*>\}\}|[`*]", "", text).strip().lstrip("(").strip()
    for pattern, kind in _TYPE_WORDS:
        if pattern.search(cleaned):
            if kind == "array":
                inner = re.sub(r"^(?:array|list)(?: of)?\s*|\[\]", "", cleaned, flags=re.I).strip()
                return "array", type_from(inner)[0] if inner and inner.lower() != cleaned.lower() else None
            return kind, None
    return None, None


def cell_required(text: str) -> bool | None:
    lowered = re.sub(r"[`*_]", "", text).strip().lower()
    if lowered in ("yes", "y", "true", "required", "✓", "✔", "x", "mandatory", "always", "req", "required."):
        return True
    if lowered in ("no", "n", "false", "optional", "", "-", "—", "opt"):
        return False if lowered else None
    if lowered in LANGUAGE_REQUIRED_CELLS:  # 是 / 否, sì / non, ja / nein
        return LANGUAGE_REQUIRED_CELLS[lowered]
    return required_from(lowered)


def _cell_location(text: str) -> str | None:
    lowered = re.sub(r"[`*_]", "", text).strip().lower()
    aliases = {"formdata": "body", "form": "body", "form data": "body", "json": "body", "url": "path"}
    if lowered in LOCATIONS:
        return lowered
    return aliases.get(lowered)


def table_roles(header: tuple[str, ...]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        text = re.sub(r"[`*_]", "", cell).strip()
        for role, pattern in _ROLE_PATTERNS.items():
            if role not in roles and pattern.match(text):
                roles[role] = index
                break
    return roles


def split_glued_columns(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A printed table whose narrow columns ran together (`Name In Type Required` | `Description`, rows
    `body body Pet true` | `...`): a header cell made only of column names, each one word, whose cells
    below hold exactly as many words on every row that fills it, is that many columns."""
    if len(rows) < 2:
        return rows
    header, body = rows[0], rows[1:]
    out_header: list[str] = []
    out_body: list[list[str]] = [[] for _ in body]
    for column, cell in enumerate(header):
        words = cell.split()
        below = [(row[column] if column < len(row) else "").split() for row in body]
        filled = [b for b in below if b]
        glued = (
            len(words) > 1
            and all(any(p.match(w) for p in _ROLE_PATTERNS.values()) or _OTHER_COLUMNS.match(w) for w in words)
            and all(len(b) == len(words) for b in filled)
            and 2 * len(filled) >= len(below)  # (rows of a table printed right below it have it empty)
        )
        out_header.extend(words if glued else [cell])
        for out, b, row in zip(out_body, below, body, strict=True):
            out.extend((b or [""] * len(words)) if glued else [row[column] if column < len(row) else ""])
    return (tuple(out_header), *(tuple(r) for r in out_body))


def row_cell(roles: dict[str, int], row: tuple[str, ...], role: str) -> str:
    """The cell of `row` in the column that plays `role` ("" when there is none)."""
    index = roles.get(role)
    return row[index] if index is not None and index < len(row) else ""


def is_param_table(block: Block) -> bool:
    if block.kind != "table" or len(block.rows) < 2 or not block.header:
        return False
    roles = table_roles(block.rows[0])
    return "name" in roles and len(roles) >= 2


def question_marked(block: Block) -> bool:
    """A parameter table that marks optional names with a trailing `?` (`avatar?`)."""
    if not is_param_table(block):
        return False
    roles = table_roles(block.rows[0])
    return "name" in roles and any(
        re.sub(r"\s*(?:\\\*)+$", "", r[roles["name"]].strip()).strip("`*_ ").endswith("?")
        for r in block.rows[1:]
        if roles["name"] < len(r)
    )


_DEFAULT_REQUIRED = re.compile(r"[`*_(\s]*(?:required|mandatory)[`*_).\s]*", re.I)
"""A Default cell that says the parameter has none because it must be given."""


_SEVERAL = re.compile(r"\s*`[^`]+`(?:\s*(?:/|,|&|\band\b|\bor\b)\s*`[^`]+`)+\s*")


def several_names(cell: str) -> list[str]:
    """The names a name cell holds: `` `a` / `b` `` or `` `a`, `b`, `c` `` are several, anything else one."""
    return re.findall(r"`[^`]+`", cell) if _SEVERAL.fullmatch(cell) else [cell]


def from_table(block: Block, default_location: str, *, question_convention: bool = False) -> list[Param]:
    """`question_convention`: the document marks optional names with `?`, so an unmarked name is required
    in any of its tables that has no required column."""
    roles = table_roles(block.rows[0])
    params = []
    nested = "name" in roles and any(r[roles["name"]].lstrip().startswith("»") for r in block.rows[1:] if r)
    for row in block.rows[1:]:
        cell = partial(row_cell, roles, row)
        raw_name = cell("name").strip()
        if raw_name.startswith("»"):  # widdershins: `» id` is a top-level body field, `» » id` nested
            if raw_name.count("»") > 1:
                continue
            raw_name = raw_name.lstrip("» ")
            name, required = clean_name(raw_name)
            if valid_name(name):
                kind, items = type_from(cell("type"))
                req = cell_required(cell("required")) if "required" in roles else required
                params.append(Param(name, "body", block.where, req, kind, cell("description"), items_type=items))
            continue
        for written in several_names(raw_name):  # `error` / `error_endpoint`: one row, two parameters
            name, required = clean_name(written)
            if not valid_name(name):
                continue
            location = _cell_location(cell("in")) or default_location
            if nested and location == "body" and name == "body":
                continue  # the body as a whole: its fields follow as `»` rows
            fields = model_fields(cell("type")) if location == "body" else []
            if fields:  # Swagger UI's `body` parameter printed with its model: `Payment { id: string ... }`
                params.extend(Param(n, "body", block.where, r, t) for n, r, t in fields)
                continue
            description = cell("description")
            if required is None and "required" in roles:
                required = cell_required(cell("required"))
            default = cell("default")
            if _DEFAULT_REQUIRED.fullmatch(
                default
            ):  # `| slugs | required | ... |`: no default, the caller must give it
                required, default = True if required is None else required, ""
            if required is None:
                required = required_from(description) or required_from(cell("type"))
            kind, items = type_from(cell("type"))
            if kind is None:
                kind, items = type_from(description)
            param = Param(name, location, block.where, required, kind, description.strip(), items_type=items)
            if location == "body" and kind is None and is_reference(cell("type")):
                param.ref, param.type = cell("type").strip(), "object"
            elif location == "body" and kind is None and IDENTIFIER.match(cell("type").strip().strip("`*_")):
                param.ref = cell("type").strip()  # a schema named in lowercase (`cis.tagging.tag_create`), if defined
            _enum_and_default(param, cell("enum"), default)
            params.append(param)
    if "required" not in roles and "name" in roles:
        # names marked optional with a trailing `?` (`avatar?`): the unmarked ones are the required ones
        starred = any(p.required for p in params)  # this table marks required names itself (`uid *`)
        if question_marked(block) or (question_convention and not starred):
            for param in params:
                if param.required is None and param.location not in ("path", "header"):
                    param.required = True
    return params


def from_deflist(block: Block, default_location: str) -> list[Param]:
    params = []
    for term, definition in block.items:
        name, required = clean_name(term)
        if not valid_name(name):
            continue
        if required is None:
            required = required_from(definition)
        kind, items = type_from(definition)
        description = re.sub(r"\{\{<[^>]*>\}\}\s*", "", definition).strip()
        param = Param(name, default_location, block.where, required, kind, description, items_type=items)
        _enum_and_default(param, "", "")
        params.append(param)
    return params


# `model`: (required) the model name / `name` (string, required) - the name / **id** — the id
_LIST_ITEM = re.compile(
    r"^(?P<name>`[^`]+`|\*\*[^*]+\*\*|''[^'\s]+''|\"[A-Za-z_][\w.-]*\"|\*[A-Za-z_][\w.-]*\*(?!\*)"
    r"|[A-Za-z_][\w.\-\[\]]*)\s*"
    r"(?P<paren>\((?:[^()]|\([^()]*\))*\))?\s*"
    # a bare type word and a qualifier, as reference pages print them: `**email** string *optional* ...`
    r"(?P<kind>(?:string|integer|int|number|boolean|bool|array|object|float|double|long|enum)\b(?:\[\])?\s+)?"
    # (and in a parenthesis of its own after the type's: `"ending" (str) (optional): text`)
    r"(?P<qualifier>(?:\*{1,2}|_|\()?(?:required|optional|mandatory)(?:\*{1,2}|_|\))?(?=[\s:\-\u2013\u2014=]|$)\s*)?"
    # (API Blueprint's first syntax separates the description with an ellipsis: `+ row (optional) ... text`)
    r"(?:(?P<sep>:|-|\u2013|\u2014|=|\.\.\.|\u2026)\s*)?(?P<description>.*)$",
    re.S,
)


# `` `name=NAME` Filters images ...``, `` `status={status}` ``: the parameter, shown with its value as it is sent
_ASSIGNMENT = re.compile(r"^`(?P<name>[A-Za-z_][\w.-]*)=[^`\s]*`\s*(?=[A-Z(]|$)")

_LIST_LABEL = re.compile(r"[*_]*(?:request )?(?:parameters|params|attributes|arguments)[*_]*:?", re.I)
_EMPHASISED_NAME = re.compile(r"\*[A-Za-z_][\w.-]*\*")
"""A list item's name in single emphasis (reStructuredText's `*url*`, Markdown's): in a list a label calls
parameters, the term it describes, as a coded name is; the items nested under it that are terms in emphasis as well
(`*noop*: No operation is performed`, `*RGB*: 3- or 6-digit hexadecimal number`, `*0-359*: degrees`) say what
the parameter takes (its values, or the forms of its value): no parameters, nor a closed set of values (forms
and examples mix with literal words there)."""
_EMPHASISED_TERM = re.compile(r"\*[^*\s][^*]*\*\s*[:\-\u2013\u2014]")


def from_list(block: Block, default_location: str, *, labelled: bool) -> list[Param]:
    """A prose list is a parameter list when a label says so, or when most items lead with a `code` name."""
    params: list[Param] = []
    coded = 0
    values_of: Param | None = None  # the parameter whose description introduced a list of its values
    emphasised = False  # the last top-level item named its parameter in emphasis (`*op*: the operation`)
    # (API Blueprint: `+ Default: x` and `+ Members` nested under a parameter are its facts, no parameters)
    items, mson = mson_facts(separate_items(block.items))  # `a` or `b` - text: two items
    for index, (term, item) in enumerate(items):
        if values_of is not None and term and not term.strip():  # `- \`name\` - what it means`: a value
            value = re.match(r"[`*]*([\w.:-]+)[`*]*", item.strip())
            if value:
                values_of.enum.append(value.group(1))
            continue
        if emphasised and term and not term.strip() and _EMPHASISED_TERM.match(item.strip()):
            continue  # `*noop*: No operation`, `*x,y*: a custom point` under `*op*`: what it takes, not a field
        values_of, emphasised = None, False
        if _LIST_LABEL.fullmatch(item.strip()):
            labelled = True  # API Blueprint: `+ Parameters` with the parameters as its sub-items
            if item.strip() == "Parameters":  # (Blueprint's are those of the URI: in the path, else the query)
                default_location = "query"
            continue
        stated_item = defaulted_term_as_dash(_ASSIGNMENT.sub(r"`\g<name>` - ", item.strip(), count=1))
        match = _LIST_ITEM.match(comma_term_as_dash(stated_item))  # "`a` defaults to `1`": "`a` (default `1`) -"
        if not match:
            continue
        raw = match.group("name")
        if remark_item(raw, match.group("sep")):  # `- Note: at least one of them is needed`: no field
            continue
        if _EMPHASISED_NAME.fullmatch(raw):  # `*url*: The url of the image`: a term in emphasis, then its meaning
            if match.group("sep") not in (":", "-", "\u2013", "\u2014"):
                continue
            emphasised = not term
        facts = match.group("paren") or match.group("kind") or match.group("qualifier")
        marked = raw.startswith(("`", "**", "''", '"'))  # (TiddlyWiki writes bold ''name''; some quote it)
        if not match.group("sep") and not (facts and (marked or _stating(match, labelled))):
            continue  # no separator: a `code` or **strong** name with its type or flag after it, or any name
            # whose parenthesis states them in a list a label calls parameters (`offset (string, optional)`)
        coded += marked
        name, required = clean_name(raw + (match.group("paren") or ""))
        if not valid_name(name):
            continue
        description = match.group("description").strip()
        paren = match.group("paren") or ""
        for source in (match.group("qualifier") or "", description, paren):
            if required is None:
                required = required_from(source.strip("*_ ") + ("." if match.group("qualifier") == source else ""))
        words = [w.strip().lower() for w in paren.strip("()").split(",")] if paren else []
        words += [match.group("kind").strip().lower()] if match.group("kind") else []
        location = next((w for w in words if w in LOCATIONS), default_location)  # `id` (path, required)
        kind, items = next((type_from(w) for w in words if type_from(w)[0]), (None, None))
        if kind is None:
            kind, items = type_from(description)
        param = Param(name, location, block.where, required, kind, description, items_type=items)
        stated = _PAREN_DEFAULT.search(paren)  # `retry` (boolean, default false): one the caller may leave out
        _enum_and_default(param, "", stated.group("value") if stated else "")
        param.required = False if stated and required is None else required
        params.append(param)
        if index in mson:
            default, members = mson[index]
            param.default = param.default if default is None else default
            param.enum = param.enum or members
        if _VALUES_INTRO.search(description):
            values_of, param.enum = param, []
    if not params:
        return []
    if labelled or coded >= max(2, (len(block.items) * 2 + 2) // 3):
        named = {param.name for param in params}
        own = tuple(mson_facts(list(block.items))[0]) if mson else block.items  # (not a parameter's MSON facts)
        bare = [name for name in bare_names(own, len(params)) if name not in named and valid_name(name)]
        if labelled:  # `username: Required` over `password` alone: a name the list marks nothing of
            unmarked = unmarked_names(own, [param.description for param in params])
            bare += [name for name in unmarked if name not in named and name not in bare and valid_name(name)]
        return params + [Param(name, default_location, block.where) for name in bare]
    return []


def _stating(item: re.Match[str], labelled: bool) -> bool:
    """A list item that is a name and a parenthesis of its type and flag alone, in a labelled list."""
    paren = item.group("paren") or ""
    words = [w.strip() for w in paren.strip("()").split(",")]
    return (
        labelled
        and not item.group("description").strip()
        and bool(paren)
        and all(
            (_TYPE_WORD.fullmatch(w) and type_from(w)[0]) or required_from(w) is not None or w.lower() in LOCATIONS
            for w in words
        )
    )


_TYPE_WORD = re.compile(r"\[?[A-Za-z]+(?:\(\d+\))?\]?(?:\[\])?")
"""A type as a parenthesis gives it: `string`, `string(250)`, `[string]`, `integer[]` (not `text/csv`)."""


_PAREN_DEFAULT = re.compile(r"(?i)[(,]\s*default(?:s to|s| is)?\s*[:=]?\s*`?(?P<value>[^`),\s]+)")

# "Valid values are:", "one of:", "Either:" ending an item's description: its sub-items are values, not parameters
_VALUES_INTRO = re.compile(r"(?i)\b(?:values?|one of|either)\b[^.]*:\s*$")


def _enum_and_default(param: Param, enum_cell: str, default_cell: str) -> None:
    values = enum_cell
    if not values:
        match = _ENUM.search(param.description)
        values = match.group("values") if match else ""
    if values:
        param.enum = [v for v in (x.strip().strip("`'\".[] ") for x in re.split(r",|\bor\b|\|", values)) if v][:50]
    default = default_cell.strip().strip("`")
    if not default:
        match = re.search(
            r"\bdefaults?(?: to| is| value)?\s*[:=]?\s*`?(?P<value>[^`).,\s]+)`?", param.description, re.I
        )
        default = match.group("value") if match else ""
    if default and default.lower() not in ("none", "n/a", "-", "null"):
        param.default = typed_value(default, param.type)


def typed_value(value: str, kind: str | None) -> Any:
    if kind == "integer" and re.fullmatch(r"-?\d+", value):
        return int(value)
    if kind == "number" and re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return float(value)
    if kind == "boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if kind in (None, "string"):
        return value
    return None


_MODEL = re.compile(r"^\s*[\w.]+\s*\{(?P<body>.*)\}\s*$", re.S)
_FIELD = re.compile(r"(?P<name>[A-Za-z_$][\w$-]*)(?P<star>\*)?\s*:\s*(?P<type>[\w.\[\]]+)")


def model_fields(text: str) -> list[tuple[str, bool, str | None]]:
    """Top-level fields of a printed model (`Payment { id*: string  attributes: Attributes { ... } }`):
    (name, required, JSON type)."""
    match = _MODEL.match(text)
    if not match:
        return []
    body = match.group("body")
    flat = []
    depth = 0
    for char in body:
        depth += char == "{"
        if depth == 0:
            flat.append(char)
        depth -= char == "}" and depth > 0
    fields = []
    for field_match in _FIELD.finditer("".join(flat)):
        kind = type_from(field_match.group("type"))[0] or "object"
        fields.append((field_match.group("name"), bool(field_match.group("star")), kind))
    return fields


# A field list printed as running text (a PDF of a Sphinx page, a definition list flattened):
# "Query Parameters: limit (integer) - How many. offset (integer, required) - Where to start." (an en dash)
_FIELD_LABEL = re.compile(r"(?:^|(?<=[\s.]))(?P<label>[A-Z][A-Za-z]*(?: [A-Za-z]+){0,4}):(?=\s|$)")
_FIELD_ITEM = re.compile(
    r"(?:^|(?<=[\s.:]))(?P<name>[A-Za-z_$][\w$-]*(?:\[\])?(?:\.[\w$-]+(?:\[\])?)*)"
    r" \((?P<type>[A-Za-z][\w ,|\[\]-]{0,40})\)(?: [\u2013\u2014]| --?)(?=\s|$)"
)


def from_field_prose(text: str, label: str, where: Where) -> tuple[list[Param], str]:
    """Parameters stated as `name (type) - description` items (any dash) after a label such as "Query
    Parameters:"; `label` is the one in force from the text before (items may run on from an earlier paragraph). Returns
    the parameters and the label in force at the end. Nested body fields (`value[].id`) give their top name."""
    marks = sorted(
        [(m.start(), "label", m) for m in _FIELD_LABEL.finditer(text)]
        + [(m.start(), "item", m) for m in _FIELD_ITEM.finditer(text)],
        key=lambda mark: mark[0],
    )
    found: list[Param] = []
    seen: set[str] = set()
    for index, (_, kind, match) in enumerate(marks):
        if kind == "label":
            if context_location([match["label"]]) is not None:
                label = match["label"]
            continue
        location = context_location([label]) if label else None
        if location is None or location == "response":
            continue
        name = re.split(r"[.\[]", match["name"])[0]
        if name in seen or not name:
            continue
        seen.add(name)
        end = marks[index + 1][0] if index + 1 < len(marks) else len(text)
        description = text[match.end() : end].strip()
        kind_text = match["type"].lower()
        required = (
            ("not required" not in kind_text) if "required" in kind_text else False if "optional" in kind_text else None
        )
        if required is None and re.match(r"(?i)required\b", description):
            required = True
        json_type, _ = type_from(kind_text.split(",")[0].strip())
        found.append(Param(name, location, where, required, json_type, description[:500], origin="list"))
    return found, label


# A parameter card printed as lines (Redoc's layout in a PDF): "QUERY PARAMETERS", then per parameter
# "latitude number <double>", an optional line "required", and its description.
_CARD_LABEL = r"[A-Z][A-Z ]*(?:PARAMETERS|SCHEMA|HEADERS|BODY)(?:: ?[\w/.+-]+)?"
_CARD_LINE = re.compile(
    rf"^(?:(?P<label>{_CARD_LABEL})\s+)?(?P<name>[A-Za-z_$][\w.$-]*)\s+(?:(?P<required>required)\s+)?"
    r"(?P<type>string|number|integer|boolean|object|array|any|Array of [\w ]+?)"
    r"(?:\s*<[^>]*>|\s*[<>]=?\s*[\d.]+)*(?:\s*\([^)]*\))?"
    r"(?:\s*\[[^\]]*\])?(?P<rest>\s+(?:Default|Example|Enum|Value)\b.*)?$"
)
_CARD_HEAD = re.compile(rf"^{_CARD_LABEL}(?: required)?$")


def card_label(text: str) -> str | None:
    """The label a line opens a card list with (`QUERY PARAMETERS`, `REQUEST BODY SCHEMA: application/json`)."""
    stripped = text.strip()
    if _CARD_HEAD.match(stripped):
        return stripped
    match = _CARD_LINE.match(stripped)
    return match["label"] if match and match["label"] else None


def from_card_row(name: str, kind: str, label: str, where: Where) -> Param | None:
    """A card printed as a two-cell row: `psc_hostname required | string The PSC hostname ...`."""
    head = re.match(r"(?P<type>string|number|integer|boolean|object|array|any|Array of [\w ]+?)\b", kind.strip())
    return from_card_line(f"{name} {head['type']}", label, where) if head else None


def from_card_line(text: str, label: str, where: Where) -> Param | None:
    """The parameter a card's first line states, under `label` (the line's own label first)."""
    match = _CARD_LINE.match(text.strip())
    if match is None:
        return None
    location = context_location([match["label"] or label]) if (match["label"] or label) else None
    if location is None or location == "response":
        return None
    json_type, _ = type_from(match["type"].split()[0].lower())
    required = True if match["required"] else None
    return Param(match["name"], location, where, required, json_type, origin="list")
