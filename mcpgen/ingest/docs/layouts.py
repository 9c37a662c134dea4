"""Layouts of generated references and of printed pages, reduced to what they state: a section holding
several operations each opened by a lone request line, a body table that links a schema section, and
parameter cards printed as lines (`QUERY PARAMETERS`, `latitude number <double>`, `required`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .any_route_patterns import any_route_patterns
from .arrow_route_lines import arrow_route_lines
from .arrow_url_lines import arrow_url_lines
from .blocks import Block, Document, Section
from .bodied_heads import bodied_request_line
from .bold_field_labels import with_colon
from .called_url_blocks import called_url_blocks
from .carried_urls import urls_carried
from .composed_url_variables import composed_url_variables
from .dashed_method_items import dashed_method_items
from .directive_headings import directive_headings
from .disowned import unimplemented_sections
from .embedded_urls import embedded_urls
from .emphasised_optional import optional_emphasis_as_marks
from .glued import spaced_request_lines
from .headed_heads import headed_request
from .header_objects import HEADER_NAME
from .host_placeholder_urls import host_placeholder_urls
from .illustrative import non_normative_examples
from .inherited import inherited_parameters
from .label_heading_requests import label_heading_requests
from .labelled_curl_paragraphs import labelled_curl_paragraphs
from .labelled_groups import FIELD_LABEL, labelled_groups, labels_method
from .listed_route_examples import listed_route_examples
from .mentions import block_mentions
from .method_headings import method_headed_paths
from .method_items import method_items
from .method_label_lists import method_label_lists
from .method_lines import method_labelled_paths
from .method_path_sections import method_path_sections
from .nested_routes import nested_route_paths
from .noted_request_lines import without_trailing_note
from .obligations import optional_marks_imply_required
from .optional_cells import optional_rows_imply_required
from .page_methods import page_wide_methods
from .params import Param, card_label, from_card_line, from_card_row, from_field_prose
from .parenthesised_methods import parenthesised_request_lines
from .placeholder_host_calls import placeholder_host_calls
from .queried_path_headings import queried_path_headings
from .relative_headings import relative_route_headings
from .request_urls import url_requests
from .requests import METHODS, request_lines
from .said_routes import said_routes
from .section_method_tables import section_method_tables
from .session_variables import carried_base_urls
from .shared_method_titles import method_before_each_route
from .sole_method_headings import sole_method_path_headings
from .status_badge_tables import status_badge_tables
from .template_variables import template_variables_as_placeholders
from .url_named_paths import url_named_paths
from .url_parameters import url_parameters_in_query
from .versions import versions_named


def as_stated(doc: Document) -> Document:
    """`doc` with what its layout implies written out where the extractor reads it: request lines glued to their
    method spaced; routes whose paths nested list items build, in full; no sections of routes said not to be
    implemented, no requests a non-normative section shows that fit no route; "(required)" where a list marks
    only the optional fields; parameter lists a section takes from another, one section per method for sections
    titled by an endpoint's name, routes relative to a base in full, media-type headings under their label,
    labelled request fields (in lines or label headings) as request lines, a `Request:` URL alone as its GET
    (`request_urls`), routes of method items (`method_items`), paths alone whose methods sentences say
    (`said_routes`), an endpoint table's Header column as a list of headers."""
    # `GET` headings over bare paths, `get `/x` => ...` lines, `GET /api/<api endpoint url>/?page=2` patterns
    doc = labelled_curl_paragraphs(doc)  # "Example:" over an unfenced `curl ... -F "file=@x"`: the label, then code
    doc = label_heading_requests(doc)  # `##### Endpoint:` over a URL, `##### Method:` over `- POST`: its request line
    doc = method_path_sections(doc)  # "GET methods" over a literal block of bare paths, then one path per paragraph
    doc = method_label_lists(doc)  # `**POST**` over bullets of `**<HOST>/x**` alone: a section per `POST /x`
    doc = host_placeholder_urls(doc)  # `<your-domain>/update/secret` alone: its GET, `secret` an argument named
    doc = carried_base_urls(composed_url_variables(doc))  # `$BASE` (`$API/items`) set earlier, in later `curl`s
    doc = any_route_patterns(method_headed_paths(arrow_route_lines(doc)))
    doc = called_url_blocks(arrow_url_lines(doc))  # ```http://host/x =>```, "call the URL:" over a URL: their GET
    doc = relative_route_headings(url_requests(doc))  # `GET users/info` headings: routes from the base
    doc = directive_headings(doc)  # `## http:get:: /endpoints/:endpoint`: httpdomain's spelling, as a heading
    doc = listed_route_examples(doc)  # code nested in the items of a route list: a section per route
    doc = url_named_paths(doc)  # "a url like `charts/line?user=x`" on a page of no request line: its GET
    doc = status_badge_tables(doc)  # a table whose rows' status badges check `https://host/x`: its GET
    doc = embedded_urls(doc)  # `<img src="http://localhost:8888/?url=...">` on a page of no request line: its GET
    doc = sole_method_path_headings(doc)  # `/items` headings on a page whose calls "permit only GET requests"
    doc = queried_path_headings(doc)  # `## /api/bind 绑定` over `http://host/api/bind?uid=1` alone: its GET
    doc = section_method_tables(doc)  # "All GET, no body." over a Path | Source table: a GET per row
    doc = parenthesised_request_lines(doc)  # `(GET) /datasources` items and lines: `GET /datasources`
    doc = dashed_method_items(doc)  # `- /login - POST request with ...` items: `POST /login - ...`
    doc = spaced_request_lines(template_variables_as_placeholders(method_items(doc)))
    doc = non_normative_examples(unimplemented_sections(nested_route_paths(doc)))
    doc = placeholder_host_calls(doc)  # `https://{host}/x/{id}` templates: a concrete host's call off them is another's
    doc = one_section_per_titled_request(method_before_each_route(method_labelled_paths(doc)))
    doc = optional_emphasis_as_marks(doc)  # "``rights``: *optional* ...": "(optional)", for the next rule
    doc = url_parameters_in_query(doc)  # "URL parameters" over names the route's path does not hold
    doc = named_endpoints(
        inherited_parameters(versions_named(optional_rows_imply_required(optional_marks_imply_required(doc))))
    )
    return header_columns(
        said_routes(labelled_requests(labelled_groups(media_under_their_label(resolve_relative_paths(doc)))))
    )


@dataclass
class Cards:
    label: str = ""
    """The card list's label in force (`QUERY PARAMETERS`)."""
    last: tuple[str, str] | None = None
    """The key of the parameter the last card line stated (a `required` line marks it)."""
    pending: str = ""
    """A name alone on its line, whose type is on the next."""

    def read(self, block: Block) -> tuple[bool, list[Param], bool]:
        """(the block is a line of a card list, the parameters it states, it says the last one is required).
        A name and its type may fall on two lines; a card list's label may sit in a table row."""
        found: list[Param] = []
        if block.kind == "table":
            for row in block.rows:  # `REQUEST BODY SCHEMA: | application/json`, `page | integer Default: 1 ...`
                self.label = card_label(" ".join(row)) or self.label
                param = from_card_row(row[0], row[1], self.label, block.where) if len(row) == 2 else None
                found.extend([param] if param else [])
            return bool(found), found, False
        if block.kind not in ("text", "code") or not (self.label or card_label(block.text)):
            return False, [], False
        text = block.text.strip()
        if self.last is not None and text.lower() == "required":
            return True, [], True
        self.label = card_label(text) or self.label
        param = from_card_line(text, self.label, block.where)
        if param is None and self.pending:  # `name`, then `string` on the next line
            param = from_card_line(f"{self.pending} {text}", self.label, block.where)
        self.pending = text if param is None and re.fullmatch(r"[A-Za-z_$][\w.$-]*", text) else ""
        self.last = None
        found.extend([param] if param else [])
        return bool(found) or bool(self.pending), found, False


def split_at_request_lines(doc: Document) -> Document:
    """A section that holds several operations, each opened by a block that is only its request line and
    followed by what describes it (a printed page whose headings became plain lines: `GET /products`, then
    its fields), becomes one section per operation, titled by its request line."""
    sections: list[Section] = []
    for section in doc.sections:
        heads = [i for i, b in enumerate(section.blocks) if _lone_request_line(b)]
        bounds = list(zip(heads, [*heads[1:], len(section.blocks)], strict=False))
        described = any(_parameter_material(b) for b in section.blocks[: heads[0]]) if heads else False
        run = len(heads) < 2 and _bodied_run(section, heads)  # `POST /x {` ... `}`, then `POST /y` alone
        if not run and (len(heads) < 2 or not all(end - start > 1 for start, end in bounds) or described):
            # parameters before the first request line: this layout prints each request line after its
            # description (a two-column page printed as one), so the blocks after a line are not its own
            sections.append(section)
            continue
        bodied = {i for i, b in enumerate(section.blocks) if bodied_request_line(b) or headed_request(b)}  # and headers
        heads = sorted({*heads, *bodied})
        bounds = list(zip(heads, [*heads[1:], len(section.blocks)], strict=False))
        sections.append(replace(section, blocks=section.blocks[: heads[0]]))
        for start, end in bounds:
            title = section.blocks[start].text.strip().splitlines()[0].strip()
            where = section.blocks[start].where
            first = start if start in bodied else start + 1
            sub = Section(title, max(section.level, 0) + 1, (*section.path, title), where, section.blocks[first:end])
            sections.append(sub)
    return replace(doc, sections=sections)


def one_section_per_titled_request(doc: Document) -> Document:
    """A heading made only of request lines (`**POST `/api/job/once`** & **POST `/api/job/every`**`): what it
    heads describes each of them, one section per request line."""
    sections: list[Section] = []
    for section in doc.sections:
        found = request_lines(section.title)
        rest = section.title
        for _, method, raw in found:
            rest = rest.replace(raw, " ").replace(method, " ", 1)
        if len(found) < 2 or re.sub(r"(?i)[\s`*_&,/|]+|\band\b|\bor\b", "", rest):
            sections.append(section)
            continue
        for _, method, raw in found:
            title = f"{method} {raw}"
            sections.append(replace(section, title=title, path=(*section.path[:-1], title)))
    return replace(doc, sections=sections)


def _parameter_material(block: Block) -> bool:
    if block.kind in ("table", "deflist"):
        return True
    return block.kind == "text" and bool(card_label(block.text) or from_field_prose(block.text, "", block.where)[0])


def _bodied_run(section: Section, lone: list[int]) -> bool:
    """Request lines each in a block of their own, at least one of them with its body in the block (`POST /x {`
    ... `}`) and the others alone, the last perhaps with nothing after it (an operation that sends nothing): each
    block opens an operation as in a run of lone request lines, with no code block between them that could be an
    example of another's (a section opening with parameters is left as it is)."""
    bodied = {i for i, b in enumerate(section.blocks) if bodied_request_line(b)}
    heads = sorted({*lone, *bodied})
    if not bodied or len(heads) < 2 or any(_parameter_material(b) for b in section.blocks[: heads[0]]):
        return False
    if any(b.kind == "code" and i not in heads for i, b in enumerate(section.blocks) if i > heads[0]):
        return False
    ends = [*heads[1:], len(section.blocks)]
    return all(end - start > 1 or start in bodied or start == heads[-1] for start, end in zip(heads, ends, strict=True))


def _lone_request_line(block: Block) -> bool:
    if block.kind not in ("code", "text") or "\n" in block.text.strip():
        return False
    found = request_lines(block.text)
    text = without_trailing_note(block.text.strip())  # `**POST /api/files** (Requires authentication)`
    text = text.rstrip("¶ ").rstrip("*_` ")  # (`**POST /api/accounts/login**`: in bold)
    if len(found) != 1 or not text.endswith(found[0][2].strip().rstrip("*_`")):
        return False
    # (a caption before it, "Fetch a user: `POST /x`", still is; a sentence that ends quoting one is not: "you can
    # filter them like in **GET /api/0/**")
    before = text[: text.rfind(found[0][1], 0, text.rfind(found[0][2].strip()))].strip(" *_`")
    return not before or before.endswith(":") or not re.search(r"[a-z]{2,}\s+[a-z]{2,}", before)


_SCHEMA_LINK = re.compile(r"\[`?([A-Za-z_][\w.]*)`?\]\(#[^)]*\)")
_SCHEMA_AFTER_TYPE = re.compile(r"[\w.+-]+/[\w.+-]+\W*:\s*`?([A-Za-z_][\w.]*)")


def schema_names(block: Block) -> list[str]:
    """Schema names a body table's cells give: links to a schema section, or the name after a media type."""
    cells = [cell for row in block.body_rows for cell in row]
    links = [name for cell in cells for name in _SCHEMA_LINK.findall(cell)]
    return links or [name for cell in cells for name in _SCHEMA_AFTER_TYPE.findall(cell)]


_TITLE_BASE = re.compile(r"\(`?(/[^()\s`]*)`?\)")
"""`1. Policy (/v1/)`, `Policy Rules (/v1/policies/<policy-id>/...)`: the path a section's routes start with."""
_ELLIPSIS_PATH = re.compile(r"(?<![\w./])(?:\.\.\.|…)(?=/)")
"""`.../policies/<policy-id>`: a route written relative to the base its section's title names."""


def resolve_relative_paths(doc: Document) -> Document:
    """Routes written from an ellipsis (`GET .../rules/<rule-id>`) under a section whose title, or an enclosing
    section's, names the base they continue (`Policy Rules (/v1/policies/<policy-id>/...)`), written out in
    full; where no title names a base, they are left as written."""
    bases: dict[str, str] = {}
    for section in doc.sections:
        if (match := _TITLE_BASE.search(section.title)) is not None:
            bases[section.title] = re.sub(r"/(?:\.\.\.|…)$", "", match.group(1)).rstrip("/")
    if not bases:
        return doc
    sections: list[Section] = []
    for section in doc.sections:
        base = next((bases[t] for t in reversed(section.path) if t in bases), None)
        if base is None or not any(_ELLIPSIS_PATH.search(_block_text(b)) for b in section.blocks):
            sections.append(section)
            continue

        def full(text: str, base: str = base) -> str:
            return _ELLIPSIS_PATH.sub(base, text)

        sections.append(replace(section, blocks=[b.rewritten(full) for b in section.blocks]))
    return replace(doc, sections=sections)


def _block_text(block: Block) -> str:
    return " ".join([block.text, *(c for row in block.rows for c in row), *(t + " " + d for t, d in block.items)])


MEDIA_TYPE = re.compile(r"[a-z]+/[\w.+-]+(?:;.*)?", re.I)
"""`application/json`, `text/csv; charset=utf-8`: a media type written alone."""


def media_under_their_label(doc: Document) -> Document:
    """A heading that is only a media type (`application/x-www-form-urlencoded`) right after an empty heading of
    the same level (`Request body`): its content is that heading's, as where the media type is nested under it."""
    sections = list(doc.sections)
    for index in range(1, len(sections)):
        section, before = sections[index], sections[index - 1]
        if MEDIA_TYPE.fullmatch(section.title.strip()) and not before.blocks and before.level == section.level:
            sections[index] = replace(section, path=(*before.path, section.title))
    return replace(doc, sections=sections)


_ONE_METHOD = f"(?:{'|'.join(METHODS)})"
_TITLED_METHOD = re.compile(rf"[\[`*\s]*({_ONE_METHOD})[\]`*\s]*", re.I)
"""A heading that is a method alone (`` #### `POST` ``)."""
_METHOD_VALUE = re.compile(rf"{_ONE_METHOD}(?:\s*(?:[,/|]|or)\s*{_ONE_METHOD})*")


def labelled_requests(doc: Document) -> Document:
    """A request stated as labelled fields (`**URL:** /1.0/listeners`, `**Method:** GET`, in a list, a
    definition list or a two-column table) written as the request line it means, where the first field is."""
    sections: list[Section] = []
    page_methods: list[str] | None = None  # the methods the page says all its endpoints take, when wanted
    for section in urls_carried(doc, _labelled).sections:
        fields: dict[str, tuple[int, str]] = {}
        for index, block in enumerate(section.blocks):
            for label, value in _labelled(block):
                kind = "method" if labels_method(label) else "url"
                fields.setdefault(kind, (index, value))
        method, url = fields.get("method"), fields.get("url")
        titled = _TITLED_METHOD.fullmatch(section.title)
        if method is None and url is not None and titled:  # `#### \`GET\`` over "URL: `/me/`": the title says it
            method = (url[0], titled.group(1).upper())
        if method is None and url is not None and re.match(r"(?:https?://\S+)?/\S*$", _unmarked(url[1])):
            # "All endpoints can be called with `GET` or `POST`": one section per method, as if stated in each
            page_methods = page_wide_methods(doc) if page_methods is None else page_methods
            for each in page_methods:
                line = Block("code", section.blocks[url[0]].where, text=f"{each} {_unmarked(url[1])}")
                sections.append(replace(section, blocks=[*section.blocks[: url[0]], line, *section.blocks[url[0] :]]))
            if page_methods:
                continue
        if method is None or url is None:
            sections.append(section)
            continue
        methods = _METHOD_VALUE.fullmatch(method[1].strip("`*_ ").upper())
        path = _unmarked(url[1])
        if methods is None or not re.match(r"(?:https?://\S+)?/\S*$", path):
            sections.append(section)
            continue
        where = section.blocks[min(method[0], url[0])].where
        lines = "\n".join(f"{m} {path}" for m in re.findall(r"[A-Z]+", methods.group(0)))
        blocks = list(section.blocks)
        blocks.insert(min(method[0], url[0]), Block("code", where, text=lines))
        sections.append(replace(section, blocks=blocks))
    return replace(doc, sections=sections)


def _unmarked(value: str) -> str:
    """A labelled URL without its Markdown marks: a code span's text as it is (`/api/v1/delete_scan`); else
    without emphasis (`/1.0/interface/*:ip*`: emphasis marks the placeholder), underscores inside a word kept."""
    code = re.fullmatch(r"[*_\s]*`([^`]+)`[*_\s]*", value)
    if code:
        return code.group(1).strip()
    return re.sub(r"(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])", "", re.sub(r"[*`]", "", value)).strip()


def _labelled(block: Block) -> list[tuple[str, str]]:
    if block.kind == "list":
        texts = [with_colon(text) for _, text in block.items]  # `**URL** `/x``: a bold label alone
    elif block.kind == "deflist":
        texts = [f"{term}: {text}" for term, text in block.items]
    elif block.kind == "table":
        texts = [f"{row[0]}: {row[1]}" for row in block.rows if len(row) == 2]
    elif block.kind == "text":
        texts = block.text.split("\n")
    else:
        return []
    return [(m["label"], m["value"]) for m in map(FIELD_LABEL.match, texts) if m]


_NAME = r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*"
_ENDPOINT_NAME = re.compile(rf"^{_NAME}$")
# "`render.html`, `render.png` and `render.json` endpoints", "the `execute` endpoint": names the page calls endpoints
_NAMED_ENDPOINTS = re.compile(
    rf"(?<![\w./`])(?P<run>`?{_NAME}`?(?:\s*,\s*`?{_NAME}`?)*(?:,?\s+(?:and|or)\s+`?{_NAME}`?)?)\s+endpoints?\b"
)
# "For all endpoints below parameters may be sent either as GET arguments or ... POSTed": the methods every
# endpoint of the page takes
_ALL_ENDPOINTS = re.compile(
    r"\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:\w+\s+)?(?:endpoints?|routes?|api\s+calls?|resources?)\b", re.I
)
_METHOD_WORD = re.compile(rf"\b({'|'.join(METHODS)})(?:ed|ing|s)?\b")


def named_endpoints(doc: Document) -> Document:
    """Sections titled by an endpoint's bare name (`render.html`, `execute`), where a sentence states the methods
    every endpoint of the page takes ("for all endpoints below parameters may be sent either as GET arguments
    or ... POSTed"): one section per method, opened by its request line. A title is an endpoint's name when the
    page calls it so ("the `execute` endpoint", "`render.html`, ... and `render.json` endpoints"); its path is
    the name after the folder the page's URLs put such names in (`http://host:8050/render.html`: none). A
    section that states a route of its own is left as it is."""
    texts = [b.text for s in doc.sections for b in s.blocks if b.kind in ("text", "code")]
    texts += [f"{t} {d}" for s in doc.sections for b in s.blocks for t, d in b.items]
    statement = next(
        (
            (index, methods)
            for index, section in enumerate(doc.sections)
            for block in section.blocks
            if block.kind == "text"
            for sentence in re.split(r"(?<=[.;!?])\s+", block.text)
            if _ALL_ENDPOINTS.search(sentence) and (methods := list(dict.fromkeys(_METHOD_WORD.findall(sentence))))
        ),
        None,
    )
    if statement is None:
        return doc
    start, methods = statement
    named = {
        name
        for text in texts
        for match in _NAMED_ENDPOINTS.finditer(text)
        for name in re.findall(_NAME, re.sub(r"\s+(?:and|or)\s+", ",", match["run"]))
    }
    titles = {s.title.strip("`*_ ") for s in doc.sections[start:]}
    names = {n for n in named & titles if _ENDPOINT_NAME.match(n)}
    if not names:
        return doc
    prefix = _folder_of(names, texts)
    sections = list(doc.sections[:start])
    for section in doc.sections[start:]:
        name = section.title.strip("`*_ ")
        if name not in names or any(map(block_mentions, section.blocks)):
            sections.append(section)
            continue
        for method in methods:
            line = Block("code", section.where, text=f"{method} {prefix}/{name}")
            sections.append(replace(section, blocks=[line, *section.blocks]))
    return replace(doc, sections=sections)


def _folder_of(names: set[str], texts: list[str]) -> str:
    """The path the page's URLs put endpoint names under (`http://host/api/render.html`: `/api`), else none."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    found = re.findall(
        rf"(?:https?://[^/\s'\"`]+|(?<![\w.]))((?:/[\w.-]+)*)/(?:{alternatives})(?=[?#'\"\s`]|$)", "\n".join(texts)
    )
    return max(set(found), key=found.count) if found else ""


_HEADER_COLUMN = re.compile(r"(?i)(?:request\s+)?headers?")


def header_columns(doc: Document) -> Document:
    """An endpoint table's Header column (`GET | /environments/{id} | X-Configuration-Session (optional)`) names
    headers of the row's request: written after the table as a list of headers. Where the page marks some of
    them optional, a header it does not mark is required."""
    tables = [
        (b, column)
        for s in doc.sections
        for b in s.blocks
        if b.kind == "table" and b.header and (column := _header_column(b)) is not None
    ]
    if not tables:
        return doc
    marked = any("optional" in row[column].lower() for b, column in tables for row in b.rows[1:] if column < len(row))
    columns = {id(b): column for b, column in tables}
    sections: list[Section] = []
    for section in doc.sections:
        blocks: list[Block] = []
        for block in section.blocks:
            blocks.append(block)
            column = columns.get(id(block))
            cells = [row[column] for row in block.rows[1:] if column is not None and column < len(row)]
            items = tuple(
                ("", f"`{name}` ({'optional' if 'optional' in cell.lower() else 'required' if marked else 'header'})")
                for cell in cells
                for name in HEADER_NAME.findall(cell)
            )
            if items:
                blocks += [Block("text", block.where, text="Headers:"), Block("list", block.where, items=items)]
        sections.append(section if len(blocks) == len(section.blocks) else replace(section, blocks=blocks))
    return replace(doc, sections=sections)


def _header_column(block: Block) -> int | None:
    """The Header column of a table that also has a method column and a path column, if it has one."""
    header = [re.sub(r"[`*_]", "", c).strip() for c in block.rows[0]]
    if not any(re.fullmatch(r"(?i)(?:http )?(?:method|verb)s?", c) for c in header):
        return None
    if not any(re.fullmatch(r"(?i)path|endpoint|url|uri|resource|route", c) for c in header):
        return None
    return next((i for i, c in enumerate(header) if _HEADER_COLUMN.fullmatch(c)), None)
