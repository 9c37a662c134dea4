"""What a section says about the endpoint it describes: its parameters (tables, definition lists, prose, labelled
lists, declarations), its JSON request and response examples, its summary and description.

`SectionReader` is the half of the extractor's state that reads one section for one endpoint; `extract._State`
finds the endpoints and gives each section its owner, and keeps `endpoints`, `models`, `_add` and `_param`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .answers import answer_shown_at
from .blocks import HTTPDOMAIN, Block, Section
from .bodied_commands import sends_own_body
from .bold_lines import bold_field_lines
from .caption_tables import caption_table
from .coded_paragraphs import arrow_items, coded_paragraph_params
from .declarations import from_json_schema, from_typescript, is_declaration
from .element_tables import element_table
from .endpoint import Endpoint
from .filter_lead_ins import filter_lead_in
from .grouped_items import grouped_names
from .header_alternatives import labelled_headers, mentioned_header_required
from .header_choices import header_choices
from .header_objects import header_object
from .item_captions import item_caption
from .key_lines import key_value_lines
from .label_lines import label_line_params
from .labels import bare, example_value, is_label, part_item, summary_of
from .layouts import MEDIA_TYPE, Cards, schema_names
from .lead_ins import answering_after, body_ahead, described_items, lead_in, required_by_lead_in
from .member_formats import describes_members
from .mention import Mention, endpoint_key
from .models import Models
from .need_labels import cjk_need_label
from .need_pairs import need_word, sorted_by_need
from .note_params import noted_params
from .obligations import must_include_headers, schema_labelled, schema_text
from .params import (
    Param,
    context_location,
    from_deflist,
    from_field_prose,
    from_list,
    from_table,
    is_param_table,
)
from .precondition_statuses import precondition_headers
from .printed_answers import fields_of_printed, json_object_of_get, printed_answer, schemas_begin
from .prose import read_prose, required_names
from .query_prose import coded_query_arguments
from .request_items import request_item_params
from .requests import (
    header_lines,
    object_sketch,
    parse_curl,
    parse_http,
    parse_json_lines,
    path_key,
    request_lines,
    required_headers,
    split_target,
    trailing_body,
)
from .restated_headers import restates_header
from .said_required import mark_said_required
from .sdk_calls import client_call_arguments
from .usable_requests import usable_methods_said

_RESPONSE_LABEL = re.compile(r"\b(?:response|returns?|result|output|reply|[1-5]\d\d\b)", re.I)
_REQUEST_LABEL = re.compile(r"\b(?:request|body|payload|input|example call)\b", re.I)
_ERROR_LABEL = re.compile(r"\b[45]\d\d\b|\berror|\bunauthori[sz]ed|\bnot found\b|\bforbidden\b", re.I)
# a label that says whether the parameters listed under it must be given: "Mandatory parameters:", "Optional", and
# over `` `name`: description `` paragraphs, "Required input:"; a heading so over a table without a column saying it,
# "Required Body JSON Value" over `| md | string | ... |`
_NEED_LABEL = re.compile(r"^\W*(?:(?P<required>required|mandatory)|optional)\b(?:\s+\w+){0,3}\W*:?\W*$", re.I)
_ALSO_METHODS = re.compile(
    r"\b(?:also|as well)\b[^.]{0,20}\b(?:supports?|accepts?|allows?|handles?)\b([^.]{0,60}?)\bmethods?\b"
)
_QUERY_FLAG = re.compile(r"[*`'\"]\?([a-z][\w-]*)[*`'\"](?=[^.]{0,40}\b(?:query|flag|parameter)\b)")
_ALL_OPTIONAL = re.compile(
    r"\ball (?:the |of (?:the|its) )?(?:param(?:eter)?s|fields|arguments|options)\b[^.]{0,40}\b(?:are|is) optional"
    r"|\bno (?:param(?:eter)?s|fields|arguments|options) (?:are|is) required\b"  # "except no parameters are required"
    # "Alternatively, raw `EffieData` can be sent directly as the request body": the object is one form of it
    r"|\b(?:alternatively|or)\b[^.;]{0,60}?\bdirectly as the (?:request )?body\b",
    re.I,
)
# a request header named in running text: "This endpoint supports the `X-Audit-Log-Reason` header", "it is
# possible to use the 'range' http header" (a one-word name only in quotes: a bare `Range` is prose.py's)
_HEADER_MENTION = re.compile(
    r"\b(?:supports?|accepts?|honou?rs?|takes?|send|set|include|pass|provide|use) (?:the |an? |optional )*"
    r"(?:`([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)`|(?P<q>['\"])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?P=q))"
    r"(?: request| http| HTTP)? header\b"
)


class SectionReader:
    """Reads sections into endpoints; the state it works on (`endpoints`, `models`, `question_convention`, `_add`
    and `_param`) is the extractor's (`extract._State`)."""

    endpoints: dict[tuple[str, str], Endpoint]
    models: Models
    question_convention: bool
    _add: Callable[..., tuple[str, str]]  # (mention, *, owned, title="") -> the endpoint's key
    _param: Callable[[Endpoint, Param], None]

    def _section(self, endpoint: Endpoint, section: Section) -> None:
        """Everything a section says about the endpoint it belongs to."""
        if not endpoint.summary:
            endpoint.summary = summary_of(section.title)
        label = field_label = part = ""
        answering = False  # the labels since the last one naming a request part were about the response
        printed = False  # an example printed the answer
        answer_fields = False  # a label such as 返回说明 came last: `name`: paragraphs describe the response
        cards = Cards()
        endpoint.sections.append(section)
        previous: Block | None = None  # the block just before, when it states this endpoint's request line
        if endpoint.body_ahead or self._titled_by(endpoint, section.title):
            # "The body of the request bears ...", or a title that is the request line: the section opens with it
            previous = section.blocks[0] if section.blocks else None
        answered = answer_shown_at(section)
        for index, block in enumerate(section.blocks):
            if schemas_begin(block):  # "Schemas" after the last operation: the API's types follow, not its inputs
                break
            after_request, previous = previous is not None, None
            if (
                block.kind in ("code", "text")
                and any(
                    m == endpoint.method and path_key(split_target(t).path) == path_key(endpoint.path)
                    for _, m, t in request_lines(block.text)
                )
                and not sends_own_body(block)
            ):
                previous = block
            if (part_label := part_item(block)) is not None:  # `* REQUEST` over the request's code blocks
                part = part_label
                continue
            label = label or (part if block.kind == "code" else "")
            labels = [label, section.title, *reversed(section.path[:-1])] if label else [*reversed(section.path)]
            context = context_location(labels)
            if self._card(endpoint, block, cards):
                continue
            for param in noted_params(
                block, bool(endpoint.body_kind)
            ):  # "add `?actual=1` to the query URI", "passing the variable `x`"
                self._param(endpoint, param)
            if block.kind == "text":
                prose_fields, field_label = from_field_prose(block.text, field_label, block.where)
                labelled = label_line_params(block.text, block.where)  # "*Body parameters*: `a`"
                if context != "response":  # `**a** - what a is`, a line for each field
                    labelled += bold_field_lines(block.text, block.where)
                for param in prose_fields + labelled:
                    if param.location != "body" or endpoint.method in ("POST", "PUT", "PATCH"):
                        self._param(endpoint, param)
                skip = answering or context == "response"
                need = (_NEED_LABEL.search(label) or cjk_need_label(label)) if label else None  # "Required input:"
                answer_fields = self._coded_paragraph(endpoint, block, answer_fields, skip=skip, need=need)
                if _ALL_OPTIONAL.search(block.text):
                    endpoint.all_optional = True
                for match in _HEADER_MENTION.finditer(block.text):  # "supports the `X-Audit-Log-Reason` header"
                    name, needed = match[1] or match[3], mentioned_header_required(block.text)  # "Alternatively, ..."
                    self._param(endpoint, Param(name, "header", block.where, needed, origin="prose"))
                for sentence in _ALSO_METHODS.findall(block.text):  # "also supports *DELETE* and *PATCH* methods"
                    for method in re.findall(r"\b(?:GET|PUT|POST|DELETE|PATCH)\b", sentence):
                        mention = Mention(method, split_target(endpoint.path), block.where, "line")
                        if endpoint_key(mention) not in self.endpoints:
                            self._add(mention, owned=True, title=section.title)
                for method in usable_methods_said(block.text):  # "a ``HEAD`` request can be used": on this path
                    mention = Mention(method, split_target(endpoint.path), block.where, "line")
                    if endpoint_key(mention) not in self.endpoints:
                        self._add(mention, owned=True, title=section.title)
                for name in _QUERY_FLAG.findall(block.text):  # "If the *?delete* query parameter is given"
                    self._param(endpoint, Param(name, "query", block.where, False, origin="prose"))
                for name, need in coded_query_arguments(block.text):  # "the query argument `?secrets=1`"
                    self._param(endpoint, Param(name, "query", block.where, need, origin="prose"))
                # "the `X-Run-Storlet` header must be provided", "The request MUST include a `X-Secret` header"
                for name in required_headers(block.text) + must_include_headers(block.text):
                    self._param(endpoint, Param(name, "header", block.where, True, origin="prose"))
                # "The endpoint also takes a `limit` parameter."
                read_prose(endpoint, block.text, block.where, self._param)
                mark_said_required(endpoint, block.text, block.where, self._param)  # "`a` must be provided"
                for names, always in required_names(block.text):  # "`sku` and `name` are required."
                    for name in names:  # ("For rotating, `deg` is required": a field, not always sent)
                        known = next((k for k in endpoint.params if k[0] == name and k[1] != "path"), None)
                        if known and always:
                            endpoint.params[known].required = True
                        elif not known:
                            self._param(endpoint, Param(name, "", block.where, always, origin="prose"))
                named = (label and context == "body") or (
                    context != "response" and endpoint.method in ("POST", "PUT", "PATCH") and not label
                )
                fields = self.models.fields(block.text) if named else None
                if fields:  # "Request body:" then the name of a schema printed elsewhere, or that name alone
                    self._body_fields(endpoint, fields, block)
                elif not endpoint.description and not is_label(block.text) and not request_lines(block.text):
                    endpoint.description = block.text.strip()[:2000]
                if filtered := filter_lead_in(block.text):  # "Returns messages according to optional filters:"
                    label = filtered
                elif not is_label(block.text) and not (need_word(block.text) and sorted_by_need(section)):
                    label = lead_in(block.text)  # "... is paginated with these query string fields:"
                elif label and MEDIA_TYPE.fullmatch(bare(block.text)):  # `**Request body**`, `**application/json**`
                    label = f"{label} {block.text}"
                else:
                    label = block.text
                answering = answering_after(block.text, label, answering)
                continue
            printed = printed or printed_answer(block)  # `curl .../cpu` and what it printed, then "Fields:"
            if context == "" and label and (answering or fields_of_printed(label, endpoint.method, printed)):
                context = "response"  # "Each status object contains these keys:" after responses
            elif context is None and label and answering and describes_members(label):
                context = "response"  # "The ``pastes`` list will have objects with the following format:"
            default = context or ""  # "" (location unknown) is settled when the whole endpoint is known
            if context == "body" and json_object_of_get(labels[0] if labels else "", endpoint.method):
                context = "response"  # a GET's "Request JSON Object": no query string holds a JSON object
            if context != "response" and not element_table(block, section.blocks[:index]):  # `{radius}`: `double`
                need = (_NEED_LABEL.search(labels[0]) or cjk_need_label(labels[0])) if labels else None  # "Mandatory:"
                # ("Required" over one item, beside "Optional" over others: `need_pairs`)
                paired = need is not None and block.kind == "list" and sorted_by_need(section)
                for param in self._params_in(block, default, labelled=context is not None or paired):
                    if need is not None and param.required is None and block.kind in ("list", "deflist", "table"):
                        param.required = need.group("required") is not None
                    elif param.required is None and label and block.kind in ("list", "table"):
                        param.required = required_by_lead_in(label)  # "with at least these keys:"
                    fields = self.models.fields(param.ref) if param.ref and param.location == "body" else None
                    if fields:  # `body | body | [Pet](#schemapet)`: the fields of Pet
                        self._body_fields(endpoint, fields, block)
                    else:
                        if param.location == "body" and endpoint.method == "DELETE":
                            # "JSON body parameters" of a DELETE, or a table whose In column says body
                            endpoint.body_kind = endpoint.body_kind or "json"
                        self._param(endpoint, param)
            if block.kind == "table" and context == "body" and not is_param_table(block):
                # a "Request Body" table of media types and schemas: `application/json: [Pet](#pet)`
                fields = next(filter(None, map(self.models.fields, schema_names(block))), None)
                if fields:
                    self._body_fields(endpoint, fields, block)
            if block.kind == "code":
                for param in client_call_arguments(block, endpoint.method, endpoint.path):  # `api.a.list({n: 5})`
                    self._param(endpoint, param)
                before_answer = answered is not None and index < answered
                self._code_example(endpoint, block, labels, after_request=after_request, before_answer=before_answer)
            for param in request_item_params(block) if block.kind == "list" else ():  # "request" > "data: `a`"
                self._param(endpoint, param)
            for param in precondition_headers(block):  # "``412 Precondition Failed``: ... in ``If-Match`` header"
                self._param(endpoint, param)
            for param in header_choices(block) if context != "response" else ():  # "- `Accept: text/plain` — ..."
                self._param(endpoint, param)
            for param in labelled_headers(block, labels if label else []):  # "Optional Headers:" over its items
                self._param(endpoint, param)
            label = item_caption(block, section.blocks[index + 1 : index + 2])  # "- 请求头" over its table
        endpoint.body_ahead = endpoint.body_ahead or body_ahead(section)

    def _coded_paragraph(
        self, endpoint: Endpoint, block: Block, answer_fields: bool, *, skip: bool, need: re.Match[str] | None = None
    ) -> bool:
        """The parameters a paragraph states as `` `name`: description `` lines (`coded_paragraphs`), unless
        `skip` or a label about the response (返回说明) is in force; returns whether one is in force after it.
        `need`: the match of a label over the paragraph that says whether what it lists must be given
        ("**Required input:**" over `` `target`: The host URL ``), for a parameter whose own words say nothing."""
        params, label = coded_paragraph_params(block.text, block.where)
        if label is not None:
            answer_fields = label
        for param in params if not (skip or answer_fields) else ():
            needed = need.group("required") is not None if need is not None and param.required is None else None
            self._param(endpoint, param if needed is None else replace(param, required=needed))
        return answer_fields

    def _card(self, endpoint: Endpoint, block: Block, cards: Cards) -> bool:
        """A line of parameter cards printed as lines; True when `block` was one."""
        consumed, found, required = cards.read(block)
        if required and cards.last in endpoint.params:
            endpoint.params[cards.last].required = True
        for param in found:
            if param.location != "body" or endpoint.method in ("POST", "PUT", "PATCH"):
                self._param(endpoint, param)
                cards.last = (param.name, param.location)
        return consumed

    def _body_fields(self, endpoint: Endpoint, fields: list[Param], block: Block) -> None:
        endpoint.body_kind = endpoint.body_kind or "json"
        for param in fields:
            self._param(endpoint, replace(param, where=block.where, origin="schema section"))

    def _params_in(self, block: Block, default: str, *, labelled: bool) -> list[Param]:
        found = self._params_of(block, default, labelled=labelled)
        origin = {"table": "table", "deflist": "definition list", "list": "list", "code": "declaration"}.get(
            block.kind, block.kind
        )
        for param in found:
            param.origin = param.origin or origin
            if block.lang == HTTPDOMAIN and param.location == "header":  # `:reqheader Accept:`: declared
                param.origin = "field list"
        if block.lang == HTTPDOMAIN:  # `:reqheader Accept: desired response content type`: the protocol's
            found = [p for p in found if p.location != "header" or not restates_header(p.name, p.description)]
        return found

    def _params_of(self, block: Block, default: str, *, labelled: bool) -> list[Param]:
        if block.kind == "table" and is_param_table(block) and not caption_table(block):  # `| Task name |`
            return from_table(block, default, question_convention=self.question_convention)
        if block.kind == "deflist":
            return from_deflist(block, default)
        if block.kind == "list":
            found = from_list(described_items(block) if labelled else block, default, labelled=labelled)
            if not found:  # `- topic -> string, the topic`: bare names with an arrow to what they are
                return arrow_items(block.items, block.where)
            return found + grouped_names(block, default)  # "Clipping rectangle" > `rect[x]`
        if block.kind == "code" and labelled and (block.lang in ("typescript", "ts") or is_declaration(block.text)):
            return from_typescript(block, default)
        if block.kind == "code" and labelled and not parse_http(block.text):  # (a raw request's headers: examples)
            return key_value_lines(block, default)  # "POST params:" over `addrs: ...`, `from (optional): 0`
        return []

    def _code_example(
        self, endpoint: Endpoint, block: Block, labels: list[str], *, after_request: bool, before_answer: bool = False
    ) -> None:
        """A JSON example: a request body or a response, by its label; unlabelled, a request body when it is
        made of the documented body fields, comes right after the request line (`POST /users`, then its JSON),
        or comes before the sentence that shows the response (`answers.py`), else a response."""
        if parse_http(block.text) or parse_curl(block.text):
            return  # taken as a request example where it was found
        if headers := header_lines(block.text):  # `'X-Run-Storlet': {storlet_name}`: headers the request sends
            # (`api-version: string` under "Parameters(Query)", read above as a declared parameter: not a header)
            declared = {name for (name, location), p in endpoint.params.items() if location and p.where == block.where}
            for name in headers if not _RESPONSE_LABEL.search(labels[0] if labels else "") else ():
                if name in declared:
                    continue
                self._param(endpoint, Param(name, "header", block.where, origin="example request"))
            return
        if (names := header_object(block.text, labels)) is not None:  # "Headers" over `{"X-Api-Key": "..."}`
            for name in names:
                self._param(endpoint, Param(name, "header", block.where, origin="example request"))
            return
        values = parse_json_lines(block.text)
        if not values and (sent := trailing_body(block.text, endpoint.method)):
            values, after_request = parse_json_lines(sent), True  # `PUT "/x" {"value": 1}`: the line's body
        if not values:
            sketch = (
                object_sketch(schema_text(block.text, labels)) if endpoint.method in ("POST", "PUT", "PATCH") else []
            )
            if sketch and not _RESPONSE_LABEL.search(" ".join(labels[:2])) and not self._has_body_fields(endpoint):
                # some said optional, or a schema the body must validate against: the others are required
                marked = any(optional for _, optional in sketch) or schema_labelled(labels[0] if labels else "")
                for name, optional in sketch:
                    required = False if optional else (True if marked else None)
                    self._param(endpoint, Param(name, "body", block.where, required, origin="object sketch"))
            return
        label = " ".join(labels[:2])
        if _ERROR_LABEL.search(label):
            return
        values = [example_value(v) for v in values]
        fields = from_json_schema(values[0], block.where, self.models.fields) if len(values) == 1 else None
        if fields is not None:  # a JSON Schema, not an example: its properties are the fields
            requested = _REQUEST_LABEL.search(label) or (after_request and not _RESPONSE_LABEL.search(label))
            if requested and not _RESPONSE_LABEL.search(labels[0]) and endpoint.method in ("POST", "PUT", "PATCH"):
                self._body_fields(endpoint, fields, block)
            return
        if not _RESPONSE_LABEL.search(label) and not _REQUEST_LABEL.search(label):
            # unlabelled: a request example when it is made of the documented body fields
            fields = {name for name, location in endpoint.params if location in ("body", "")}
            keys = set(values[0]) if isinstance(values[0], dict) else set()
            if (
                endpoint.method in ("POST", "PUT", "PATCH")
                and keys
                and (after_request or before_answer or len(keys & fields) * 2 >= len(keys))
            ):
                label = "request"
        if _RESPONSE_LABEL.search(label) or not _REQUEST_LABEL.search(label):
            endpoint.response_examples.extend(values[:20])
        elif endpoint.method in ("POST", "PUT", "PATCH") or (
            endpoint.method == "DELETE" and _REQUEST_LABEL.search(labels[0])  # "DELETE ... with a body of:"
        ):
            endpoint.request_examples.extend(values[:20])
            endpoint.body_kind = endpoint.body_kind or "json"

    def _example_body(self, endpoint: Endpoint, body: Any) -> None:
        """A JSON body shown away from its route, for a route that has no body of its own yet."""
        if not endpoint.request_examples and not self._has_body_fields(endpoint):
            endpoint.request_examples.append(body)
            endpoint.body_kind = endpoint.body_kind or "json"

    @staticmethod
    def _titled_by(endpoint: Endpoint, title: str) -> bool:
        """The title states the endpoint's request line, and no other (a line opening the section, as a heading)."""
        found = [(m, path_key(split_target(t).path)) for _, m, t in request_lines(title)]
        return found == [(endpoint.method, path_key(endpoint.path))]

    @staticmethod
    def _has_body_fields(endpoint: Endpoint) -> bool:
        return any(location == "body" for _, location in endpoint.params)
