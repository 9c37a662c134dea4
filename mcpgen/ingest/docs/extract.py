"""The one extractor shared by every documentation format: sections and blocks in, endpoints out.

1. Find endpoint mentions: request lines (`GET /pets/{id}`) in headings, code, text, lists and tables; raw HTTP
   request examples; `curl` commands; endpoint tables (a method column and a path column); and RPC-style calls
   (`createGroup(groupID)` in headings or coded list items) under a stated URL form (`/api/$VERSION/$FUNCTION`, ...).
2. Give each section an owner: the one endpoint it (or the nearest enclosing section) describes.
3. Gather, per endpoint, from every section it owns: parameters (tables, definition lists, prose lists,
   query strings, example headers), JSON request and response examples, summary and description
   (`section_reader.SectionReader`, the half of the state that reads one section for one endpoint).
4. Then read what a document states apart from the section owning a route: parameter headings, tables after route
   tables, discovery responses, example bodies far from their route (`document_passes.DocumentPasses`).
Mentions of one endpoint in several places (an overview table and a detailed section) merge into one."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from functools import partial
from typing import Any

from . import auth
from .alternated_routes import alternated_keys
from .answered_forms import answered_forms
from .bases import leaves_base, url_path
from .behaviour_sections import behaviour_sections
from .blocks import Block, Document, Section
from .body_cells import body_column_fields
from .body_shorthands import shorthand_body_fields
from .brace_columns import brace_column_fields
from .called_optional import called_optional
from .carried_values import carried_values
from .cell_shapes import cell_params, paired_request_at, row_request
from .collection_filters import collection_filters, subsection_filters
from .comma_named_query_items import comma_named_query_items
from .declared_inputs import declared_inputs
from .defined_requests import requests_defined
from .detached_bodies import detached_bodies
from .document_passes import DocumentPasses
from .dotted_fields import nest_dotted_fields
from .endpoint import Endpoint, Extraction
from .error_requirements import error_requirements
from .example_lists import listed_examples
from .field_filters import field_filters
from .field_schemas import schema_fields
from .final_passes import finish
from .folder_pages import count_folder_routes
from .form_field_cells import form_field_cell_params
from .further_options import further_options
from .grouped_routes import grouped_routes
from .headed_head_calls import headed_head_calls
from .identifying_keys import identifies_item
from .interface_pages import interface_pages
from .item_params import params_under_items
from .key_lines import method_labelled_params
from .label_contexts import inside_message
from .labels import summary_of
from .layouts import as_stated, split_at_request_lines
from .library_options import library_options
from .listed_placeholders import listed_placeholders
from .marked_optional_segments import restored_optional_segments
from .mention import Mention, endpoint_key
from .mentions import PATH_ITEM, scan, stated_templates
from .method_parameter_lists import method_parameter_lists
from .models import Models
from .named_endpoint_templates import named_endpoint_templates
from .nested_routes import labelled_fields
from .object_tables import answered_object_tables
from .option_runs import options_of_another
from .optional_item_segments import optional_item_segments
from .optional_literal_segments import optional_literal_segments
from .optional_openers import optional_openers
from .origin_routes import stated_both_ways
from .packed_route_cells import inline_bodies
from .page_wide import page_wide
from .params import Param, context_location, question_marked
from .participle_methods import participle_routes
from .passing_mentions import passing_mentions
from .path_names import path_segment
from .placeholder_hosts import placeholder_base_path, under_base
from .prefix_columns import prefixed_rows
from .prose import read_prose
from .query_prose import sibling_queries
from .read_only_fields import server_set
from .referenced_options import referring_owners
from .referred_arguments import referred_arguments
from .relative_calls import relative_calls
from .relative_pages import under_stated_prefix
from .request_tables import tables_after_requests
from .requests import STANDARD_HEADERS, Request, path_key, request_lines, split_target
from .restated_operations import restated_requirements
from .route_rows import is_summary_head, request_part, route_parts, summary_cell
from .row_cells import row_requests
from .said_methods import usable_methods
from .section_reader import SectionReader
from .sent_bodies import sent
from .setting_names import is_setting
from .settings_sections import settings_sections
from .shared import attribute_fields, method_headers, post_twins, shared_parameters
from .slipped_methods import slipped_example
from .taking_sentences import taken_names
from .templating import example_of
from .typed_label_lists import path_first_item
from .value_references import value_references
from .variant_line_headers import variant_line_headers
from .wrappers import wrap_listed_fields
from .written_routes import written_routes

_ALTERNATIVE_ROUTES = re.compile(
    r"(?i)\b(?:any|either|each) (?:one )?of (?:the following|these|the|those) (?:\w+ )?"
    r"(?:routes|paths|urls|endpoints)\b"
    r"|\b(?:routes|paths|urls|endpoints) (?:are|is) (?:aliases|synonyms|equivalent)\b"
)
_DOC_WIDE = re.compile(
    r"\b(?:all|common|global|shared|general|standard)\b.*\b(?:param(?:eter)?s|arguments|options)\b", re.I
)


def extract(docs: list[Document]) -> Extraction:
    docs = [as_stated(doc) for doc in docs]
    state = _State(Models(docs))
    known: dict[str, set[str]] = {}
    count_folder_routes(docs)  # pages of one folder stating routes only as paths in code: counted together
    if len(docs) > 1:  # a folder: examples in one page may be of templates another page states
        for doc in docs:
            for method, paths in stated_templates(doc).items():
                known.setdefault(method, set()).update(paths)
    for doc in docs:
        state.document(doc, known)
    under_stated_prefix(state.endpoints, state._param)  # an index's `GET /elections` beside pages' `GET /v1/elections`
    return finish(state.result(docs), docs)  # one operation per route, calls shown with a credential, captions


def _named_in_prose_only(key: tuple[str, str], found: list[Mention]) -> bool:
    """Among a section's mentions, `key` is named, and only in sentences."""
    mine = [m for m in found if endpoint_key(m) == key and m.kind != "curl"]
    return bool(mine) and all(m.prose for m in mine)


class _State(SectionReader, DocumentPasses):
    def __init__(self, models: Models) -> None:
        self.models = models
        self.endpoints: dict[tuple[str, str], Endpoint] = {}
        self.origins: Counter[str] = Counter()
        self.stated_bases: list[str] = []
        self.placeholder_paths: dict[str, str] = {}
        """Per document file: the path of a base URL it states with a placeholder host, which its routes leave out."""
        self.auth: dict[str, dict[str, Any]] = {}
        self.taken: list[tuple[Endpoint, str, set[str]]] = []
        """(endpoint, path of the operation whose options it also takes, the names it excepts)."""
        self.scheme_names: frozenset[str] = frozenset()
        """Security scheme names the documents state (known when the result is built)."""
        self.searched: set[tuple[str, str]] = set()
        """(name, location) of a `key` the document shows to be an argument: described as the words to search for,
        or written into the query of some members of a family of routes and not others."""
        self.question_convention = False
        self.library_options: frozenset[str] = frozenset()
        """Coded names a page lists in an "Options" section of no route: its library's (`library_options`)."""
        self.asides: dict[tuple[str, str], bool] = {}
        """Per endpoint: every mention of it is an example request inside another operation's section."""
        self.shared_scope: dict[int, set[tuple[str, str]]] = {}
        """Per shared parameter (by id): the endpoints whose sections name the shared section it is stated in."""

    # -- per document ------------------------------------------------------------------------------------
    def document(self, doc: Document, known: dict[str, set[str]] | None = None) -> None:
        doc = written_routes(split_at_request_lines(doc))  # `.../x`; "Paths beginning `/a`"; `DELETE` on the same
        sections = doc.sections
        base, mentions, owners = scan(doc, known)
        optional_literal_segments(mentions)  # `GET`/`POST /v1/year(/build)`: GET the short path, POST the long
        restored_optional_segments(mentions)  # `GET /a/<id>/<?type>`: its optional last segment, kept in writing
        optional_item_segments(mentions)  # `GET`/`POST`/`DELETE` | `/api/accounts[/{user}]`: collection, item
        prefixed_rows(doc, mentions)  # `| Prefix | Key endpoint |` over `/acme` | `POST /v1/speech`: /acme/v1/speech
        owners = value_references(doc, mentions, owners)  # "a `name` value from `GET /v1/capabilities`"
        owners = grouped_routes(doc, mentions, owners)  # `## POST routes`, then `` * `/v1/users/new` `` items
        owners = listed_examples(doc, mentions, owners)  # "Examples:" over `` * `/v1/joe/at/@current/` `` items
        owners = participle_routes(doc, mentions, owners)  # `` * `/parser/<format>` parses `POST`ed file ``
        relative_calls(doc, mentions)  # "send another HTTP POST call to `user/external_login`" beside `/api/user/..`
        owners = carried_values(mentions, owners)  # `.../users/olssont/summary` beside `/users/{username}`
        owners = listed_placeholders(doc, mentions, owners)  # `/cpu` beside "/<plugin>" and ["cpu", "mem"]
        owners = headed_head_calls(doc, mentions, owners)  # "GET API status" over `curl -I .../status`: GET
        owners = detached_bodies(doc, mentions, interface_pages(doc, mentions, owners))  # UI paths; a body apart
        owners = settings_sections(doc, mentions, owners)  # "Configuration options": no request's part
        owners = passing_mentions(doc, mentions, owners)  # "- **Evaluation**: clicks (`POST /track`)" among features
        owners = behaviour_sections(doc, mentions, owners)  # "Input Validation", "Logging": no request's part
        if base:
            self.stated_bases.append(base)
        elif placeholder_path := placeholder_base_path(doc):  # `Base URL: http://<host>/api/` over `GET /habits`
            self.placeholder_paths[doc.file] = placeholder_path
        doc_wide: list[Param] = []
        keys: list[list[tuple[str, str]]] = []
        unadded: set[int] = set()  # examples of their section's endpoint, which never went through `_add`
        curl_only = not any(m.kind != "curl" and not m.inferred for found in mentions for m in found)
        stated = {endpoint_key(m) for found in mentions for m in found if m.kind != "curl"}
        self.library_options = library_options(sections, mentions, owners)  # `### Options` of a middleware
        self.question_convention = any(question_marked(b) for s in sections for b in s.blocks if b.kind == "table")
        for section, found, owner in zip(sections, mentions, owners, strict=True):
            section_keys = []
            for mention in found:
                example = (
                    owner is not None
                    and mention.kind in ("curl", "http")
                    and (mention.kind == "curl" or endpoint_key(mention) != owner)
                    and (example_of(mention, owner) or slipped_example(mention, owner))  # a GET with a body
                )
                if example and endpoint_key(mention) == owner and owner not in stated | self.endpoints.keys():
                    # the first curl command (or client call) of a route nothing else states states it (later ones
                    # are its examples): in a document that states its routes only so, or in a section titled in
                    # words; not, beside routes stated otherwise, a call of the bare server root, which shows how
                    # to reach the API (its authentication, its headers)
                    example = not curl_only and mention.target.path in ("", "/")
                if example:
                    section_keys.append(owner)  # `curl .../kittens/2` shows the section's `GET /kittens/{id}`
                    self._add_origin(mention)
                    unadded.add(id(mention))
                else:
                    owned = owner is not None and endpoint_key(mention) == owner
                    key = self._add(mention, owned=owned, title=section.title)
                    section_keys.append(key)
                    # an example request inside another operation's section ("first enable the feature:
                    # curl -X PATCH .../experimental-features") is an aside, not a statement of this API
                    # (not where only a sentence of this section names the owner: "retrieve the key by making a
                    # GET request to ``.../public-keys/0/openssh-key``" beside curls of its sibling routes)
                    aside = mention.kind in ("curl", "http") and owner is not None and not owned
                    aside = aside and not _named_in_prose_only(owner, found)
                    self.asides[key] = self.asides.get(key, True) and aside
            keys.append(section_keys)
        stated_under = {s.path: k for s, k in zip(sections, keys, strict=True)}  # each section's routes, by path
        stated = {key for section_keys in keys for key in section_keys}  # every request the page states
        for section, found, section_keys, owner in zip(sections, mentions, keys, owners, strict=True):
            for mention, key in zip(found, section_keys, strict=True):
                if mention.request is not None and key in self.endpoints:
                    redirected = key != endpoint_key(mention) or id(mention) in unadded
                    self._example(self.endpoints[key], mention.request, redirected=redirected)
            if (
                (
                    _DOC_WIDE.search(section.title)
                    or further_options(section, owner, sections, owners, bool(found), stated)
                )
                and not found
                and not inside_message(list(section.path[:-1]))  # "Request" > "General Parameters": one route's
            ):
                where = context_location([section.title]) or ""  # "Common Query Parameters": in the query
                where = "" if where == "response" else where
                shared = [p for b in section.blocks for p in self._params_in(b, where, labelled=True)]
                doc_wide.extend(shared)
                if (scope := referring_owners(section, sections, owners)) is not None:  # "In addition to the
                    self.shared_scope.update((id(p), scope) for p in shared)  # general options": those that say so
            elif owner is not None and owner in self.endpoints:
                self._section(self.endpoints[owner], section)
                error_requirements(self.endpoints[owner], section, self._param)  # "'a' and 'b' are required"
                if owner[0] == "GET" and "POST" in usable_methods(section):  # "该接口可用 `post` 或 `get`"
                    self._body_twin(self.endpoints[owner], section)
                for block in (b for b in section.blocks if b.kind == "list"):  # "post data: `{ a, b }`" under its item
                    for method, raw, params in labelled_fields(block, data_only=True):
                        if (method, path_key(split_target(raw).path)) == owner:
                            for param in params:
                                self._param(self.endpoints[owner], param)
                for block in (b for b in section.blocks if b.kind == "table"):
                    self._endpoint_rows(block)  # a one-row route table: its row's cells are its own
            else:  # a section of a GET and a POST: "POST params:" over `addrs: ...` lines are the POST's
                for endpoint, param in method_labelled_params(section, section_keys, self.endpoints):
                    self._param(endpoint, param)
            alternatives = self._alternatives(section, section_keys)
            for endpoint in alternatives:  # "Any of the following routes registers a new user:" one operation
                if owner is None or endpoint is not self.endpoints.get(owner):
                    self._section(endpoint, section)
            for endpoint in alternatives:  # what one route's example shows, the others take too
                for other in alternatives:
                    other.request_examples.extend(
                        e for e in endpoint.request_examples if e not in other.request_examples
                    )
                    other.body_kind = other.body_kind or endpoint.body_kind
            routes = {self.endpoints[k].path: self.endpoints[k] for k in section_keys if k in self.endpoints}
            for path, param in comma_named_query_items(section, list(routes)):  # `URL:` items, "type, to restrict"
                self._param(routes[path], replace(param))
            if owner is None and not alternatives:
                self._shared_params(section, section_keys)
                endpoints = [self.endpoints[k] for k in dict.fromkeys(section_keys) if k in self.endpoints]
                for endpoint, param in variant_line_headers(section, endpoints):  # `GET /a/single/x`, `/a/coll/y`
                    self._param(endpoint, param)  # then "via `X-Author` header": each variant's
                for endpoint, param in collection_filters(section, section_keys, self.endpoints):  # `/x/`, `/x/{id}/`
                    self._param(endpoint, param)  # then "Query Parameters:": the list's filters
                if not found and len(section.path) > 1:  # a route table, then "### Query Parameters" below it
                    for endpoint, param in subsection_filters(
                        section, stated_under.get(section.path[:-1], []), self.endpoints
                    ):
                        self._param(endpoint, param)
                for endpoint, param in tables_after_requests(section, self.endpoints, self.question_convention):
                    self._param(endpoint, param)  # ```http POST /x```, then its table, among other routes
                for block in section.blocks:
                    if block.kind == "list":
                        self._endpoint_items(block)
                    elif block.kind == "text":  # a list item printed as a paragraph of its own
                        self._endpoint_items(replace(block, items=(("", block.text),)), follow=False)
                    elif block.kind == "table":
                        self._endpoint_rows(block)
                    elif block.kind == "deflist" and (terms := requests_defined(block)):
                        self._endpoint_items(replace(block, items=terms), follow=False)
        self._document_passes(doc, sections, mentions, keys, owners, doc_wide)
        tables = partial(self._params_in, default="", labelled=True)  # a form's tables: two forms of one operation
        restated_requirements(sections, mentions, owners, self.endpoints, tables)

    def _add_origin(self, mention: Mention) -> None:
        if mention.target.origin:
            self.origins[mention.target.origin] += 1

    def _add(self, mention: Mention, *, owned: bool, title: str = "") -> tuple[str, str]:
        key = endpoint_key(mention)
        target = mention.target
        self._add_origin(mention)
        endpoint = self.endpoints.get(key)
        if endpoint is None:
            endpoint = self.endpoints[key] = Endpoint(mention.method, target.path, mention.where)
            endpoint.method_inferred = mention.inferred
        if owned and mention.kind != "curl" and not endpoint.primary:
            endpoint.owned = endpoint.primary = True
            endpoint.where, endpoint.path = mention.where, target.path  # the template as its section writes it
            endpoint.summary = summary_of(title) or endpoint.summary
        elif owned and not endpoint.owned:
            endpoint.owned, endpoint.where = True, mention.where
            endpoint.summary = endpoint.summary or summary_of(title)
        for name in re.findall(r"\{([^}]+)\}", endpoint.path):
            self._param(endpoint, Param(name, "path", mention.where, True, "string", origin="path template"))
        selector = re.search(r"#(?P<name>[A-Za-z][\w-]*)=(?P<value>[\w.:-]+)$", endpoint.path)
        if selector:  # `/#X-Amz-Target=Service.Action`: the header that selects the operation, with its value
            header = Param(selector["name"], "header", mention.where, True, "string", enum=[selector["value"]])
            header.origin = "request line"
            header.default = selector["value"]
            self._param(endpoint, header)
        if mention.kind in ("line", "http", "curl", "rpc"):
            endpoint.requests += 1
        endpoint.description = endpoint.description or mention.text
        seen: set[str] = set()
        for name, _, flag in target.query:
            if name in seen:  # `&server={a}&server={b}`: one parameter
                continue
            seen.add(name)
            if mention.kind == "rpc":  # `createGroupPad(groupID, padName, [text])`: stated, not an example
                where = "body" if mention.method == "POST" else "query"
                self._param(endpoint, Param(name, where, mention.where, flag, origin="function signature"))
                continue
            endpoint.placeholders[name] += flag
            origin = "request line" if mention.kind in ("line", "table") else "example request"
            self._param(endpoint, Param(name, "query", mention.where, origin=origin))
        return key

    def _example(self, endpoint: Endpoint, request: Request, *, redirected: bool) -> None:
        if redirected:  # counted here: it never went through `_add`
            endpoint.requests += 1
            for name, _, placeholder in request.target.query:
                endpoint.placeholders[name] += placeholder
                self._param(endpoint, Param(name, "query", endpoint.where, origin="example request"))
        endpoint.examples += 1
        for name, value in request.headers:
            lowered = name.lower()
            if lowered == "authorization" or auth.is_credential(name, "header"):
                auth.from_header(self.auth, name, value)
            elif lowered not in STANDARD_HEADERS:
                self._param(endpoint, Param(name, "header", endpoint.where, origin="example request"))
        if request.user:
            self.auth.setdefault("basicAuth", {"type": "http", "scheme": "basic"})
        if request.body is not None:
            if request.body_kind == "json":
                endpoint.request_examples.append(sent(request.body))  # a call's: not the body's statement
                endpoint.body_kind = endpoint.body_kind or "json"
            elif request.body_kind in ("form", "multipart") and isinstance(request.body, dict):
                endpoint.body_kind = endpoint.body_kind or request.body_kind
                for name in request.body:
                    self._param(endpoint, Param(name, "body", endpoint.where, origin="example request"))
            elif request.body_kind == "binary":
                endpoint.body_kind = "binary"

    def _endpoint_items(self, block: Block, *, follow: bool = True) -> None:
        """An endpoint list (`GET /connectors/{name}` - prose, one item each): each item, and the items
        under it, describe the endpoint it starts with."""
        for method, raw, params in params_under_items(block) if follow else ():  # "Request body: ... keys:"
            named = self.endpoints.get((method, path_key(split_target(raw).path)))
            for param in params if named is not None else []:
                if param.location == "body" and not named.has_body:  # the body fields a DELETE's item lists
                    named.body_kind = "json"
                self._param(named, param)
        endpoint: Endpoint | None = None
        for text in (part for _, item in block.items for part in route_parts(item)):
            found = request_lines(text)
            lead = found[0] if found and found[0][0] == 0 else None
            if lead is not None and text.lstrip("`*[ ").startswith(lead[1]):
                target = split_target(lead[2])
                endpoint = self.endpoints.get((lead[1], path_key(target.path)))
                if endpoint is None:
                    continue
                rest = text.split(lead[2], 1)[1].lstrip("`*] ").lstrip("-\u2013\u2014: ").strip()
                if rest and not endpoint.description:
                    endpoint.description = rest[:2000]
                if rest and not endpoint.owned:  # the item is its description: stated, not only named
                    endpoint.owned = endpoint.primary = True
            elif (listed := self._listed_path(text)) is not None:  # `/cache` Returns 200 unless ...: a path item
                endpoint, rest = listed
            elif endpoint is None or not follow:
                continue
            else:
                rest = text
            read_prose(endpoint, rest, block.where, self._param)
            if (taken := options_of_another(rest)) is not None:  # "accepts all the options of `/completion`"
                self.taken.append((endpoint, *taken))

    def _endpoint_rows(self, block: Block) -> None:
        """An endpoint table whose rows name their requests in a cell (`` `POST /upload` | will accept a file
        (`file` field in `multipart/form-data`) ``): the row's other cells describe each of them."""
        for row in block.body_rows:
            named = list(zip(row, row_requests(row), strict=True))  # (not a route a description mentions)
            heads = list(block.rows[0]) if block.header else []
            if not any(found for _, found in named):  # `PUT | /api/settings | ...`: the method and the path apart
                at = paired_request_at(row)  # (after a first cell naming the task: `Logging in | POST | /login`)
                line = row_request(row[at : at + 2])  # `/v1/query | POST`: the path first, turned round
                named = (
                    [(cell, []) for cell in row[:at]] + [(line, request_lines(line))] + [(c, []) for c in row[at + 2 :]]
                    if request_lines(line)
                    else []
                )
                heads = [*heads[:at], " ".join(heads[at : at + 2]), *heads[at + 2 :]]
            endpoints = [
                self.endpoints[key]
                for _, found in named
                for _, method, raw in found
                if (key := (method, path_key(split_target(raw).path))) in self.endpoints
            ]
            cells = [(cell, heads[i] if i < len(heads) else "") for i, (cell, found) in enumerate(named) if not found]
            prose = " ".join(request_part(cell, head) for cell, head in cells).strip()
            for endpoint in endpoints if prose else ():
                read_prose(endpoint, prose, block.where, self._param)
                for name in optional_openers(c for c, h in cells):  # "Optional `chat_id` is stored and returned"
                    self._param(endpoint, Param(name, "", block.where, False, origin="prose"))
            for endpoint, (name, required) in ((e, f) for e in endpoints for f in inline_bodies(row, e.method, e.path)):
                self._param(endpoint, Param(name, "body", block.where, required, origin="object sketch"))  # `/a` `{b}`
            for (cell, head), endpoint in itertools.product(cells, endpoints):  # `{"clientId": "...", "scope"?: ...}`
                for name, required in brace_column_fields(cell, head, endpoint.method, block.rows):  # `{url, wait?}`
                    self._param(endpoint, Param(name, "body", block.where, required, origin="object sketch"))
                for name, required in body_column_fields(cell, head, endpoint.method, tuple(heads)):
                    self._param(endpoint, Param(name, "body", block.where, required, origin="object sketch"))
                for name in shorthand_body_fields(cell):  # "Create a session (body: `{tags, spec}`)"
                    self._param(endpoint, Param(name, "body", block.where, None, origin="object sketch"))
                for name, where, required in cell_params(cell, endpoint.method):  # `{action, note?}`, `a/b 筛选`
                    self._param(endpoint, Param(name, where, block.where, required, origin="object sketch"))
                for name, required in form_field_cell_params(cell, endpoint.method):  # `file=@a.gcode`
                    self._param(endpoint, Param(name, "body", block.where, required, origin="object sketch"))
            summary = next((summary_cell(cell) for cell, head in cells if is_summary_head(head)), "")
            texts = [cell for cell, _ in cells if cell.strip()]
            if not block.header and len(texts) == 1:  # `**GET** | /pods | | Retrieve Pod List`: no header, one text
                summary = summary_cell(texts[0])
            for endpoint in endpoints if summary and len(endpoints) == 1 else ():
                endpoint.summary = endpoint.summary or summary  # `POST | /sfc/port_chains | Create a Port Chain`

    def _listed_path(self, text: str) -> tuple[Endpoint, str] | None:
        """The endpoint a methodless path item names (an inferred operation of a path list), with its text."""
        if (lead := path_first_item(text, self.endpoints)) is not None:  # `**/photo** - GET: ...`: method after
            return lead
        match = PATH_ITEM.match(text.strip())
        if match is None:
            return None
        key = path_key(split_target(match["path"]).path)
        endpoint = next((e for (_, k), e in self.endpoints.items() if k == key and e.method_inferred), None)
        return (endpoint, match["rest"] or "") if endpoint is not None else None

    def _alternatives(self, section: Section, keys: list[tuple[str, str]]) -> list[Endpoint]:
        """The routes a section lists as names of one operation ("Any of the following routes logs a user in:",
        "either of these paths", a heading's `GET /png|jpeg`): two or more, one method, stated only so."""
        endpoints = [self.endpoints[k] for k in dict.fromkeys(keys) if k in self.endpoints]
        if len(endpoints) < 2 or len({e.method for e in endpoints}) != 1:
            return []
        if set(keys) == alternated_keys(section):
            return endpoints
        text = " ".join(b.text for b in section.blocks if b.kind == "text")
        return endpoints if _ALTERNATIVE_ROUTES.search(text) else []

    def _shared_params(self, section: Section, keys: list[tuple[str, str]]) -> None:
        """Parameter lists the section states for every endpoint it names (`shared.py`)."""
        endpoints = [self.endpoints[k] for k in dict.fromkeys(keys) if k in self.endpoints]
        twins = [self._twin(e, section) for e in endpoints if e.method == "GET"] if post_twins(section) else []
        for creator in (e for e in endpoints if e.method == "POST" and not e.path.rstrip("/").endswith("}")):
            for param in attribute_fields(section):  # "A policy has the following fields:": what creates one takes
                self._param(creator, param)
        for method, param in method_parameter_lists(section):  # "Valid GET parameters:" over a list: the GET's
            for endpoint in (e for e in endpoints if e.method == method):
                self._param(endpoint, replace(param))
        for method, param in method_headers(section):  # "any HTTP header that it receives in a `POST` request"
            for endpoint in (e for e in endpoints if e.method == method):
                self._param(endpoint, replace(param))
        for endpoint, param in taken_names(section, endpoints) if len(endpoints) >= 2 else ():  # "All x take `a`"
            self._param(endpoint, param)
        for param in shared_parameters(section) if len(endpoints) >= 2 else ():
            for endpoint in endpoints:
                if param.location != "body" or endpoint.method in ("POST", "PUT", "PATCH"):
                    self._param(endpoint, replace(param))
            for twin in twins if param.location != "path" else ():  # its parameters, passed in a JSON body
                self._param(twin, replace(param, location="body"))

    def _twin(self, endpoint: Endpoint, section: Section) -> Endpoint:
        """The POST a section says each of its GET endpoints also takes, with a JSON body (`shared.py`)."""
        mention = Mention("POST", split_target(endpoint.path), endpoint.where, "line", inferred=True)
        twin = self.endpoints[self._add(mention, owned=True, title=section.title)]
        twin.body_kind = twin.body_kind or "json"
        return twin

    def _body_twin(self, endpoint: Endpoint, section: Section) -> None:
        """The POST a section says its GET route can be called with as well: the GET's fields, in a body."""
        twin = self._twin(endpoint, section)
        for param in [p for p in endpoint.params.values() if p.location != "path"]:
            self._param(twin, replace(param, location="body"))

    def _param(self, endpoint: Endpoint, param: Param) -> None:
        if is_setting(param):
            return  # `DATABASE_URL` under "Environment Variables": the server's setting, no request's input
        if param.name in self.scheme_names and param.location in ("query", "header"):
            return  # a security requirement printed as a parameter: the scheme, stated elsewhere, carries it
        if auth.names_search(param.name, param.description):
            self.searched.add((param.name, param.location))
        elif identifies_item(param.name, param.description):
            pass  # "Registry key identifying the DataArray": the caller's choice of item, not a credential
        elif auth.is_credential(param.name, param.location) and (param.name, param.location) not in self.searched:
            auth.from_param(self.auth, param)  # a credential: a security scheme, not an argument
            return
        endpoint.add(param)

    # -- whole result ------------------------------------------------------------------------------------
    def result(self, docs: list[Document]) -> Extraction:
        text = " ".join(b.text for d in docs for s in d.sections for b in s.blocks if b.kind in ("text", "code"))
        auth.from_text(self.auth, text)
        self.scheme_names = frozenset(
            name
            for d in docs
            for s in d.sections
            for b in s.blocks
            if b.kind == "table"
            for name in auth.stated_scheme_names(b.rows)
        )
        named_endpoint_templates(self.endpoints, self._param)  # `POST /{endpoint}` over its body tables: /html, /tex
        sibling_queries(self.endpoints.values(), self._param)  # "matching the where query" beside find's `where`
        field_filters(self.endpoints.values(), self._param)  # "List projects (optionally filtered by owner)"
        called_optional(docs, self.endpoints.values())  # "the optional **namespace** parameter"
        page_wide(docs, self.endpoints.values(), self._param)  # PATCH takes PUT's fields; "append `?x=` to the URL"
        for endpoint, path, excepted in self.taken:
            source = self.endpoints.get((endpoint.method, path_key(path)))
            for (name, location), param in list(source.params.items()) if source is not None else ():
                if location != "path" and name not in excepted:
                    self._param(endpoint, replace(param))
        referred_arguments(docs, self.endpoints.values(), self._param)  # "accept the :ref:`x` query arguments"
        declared_inputs(docs, self.endpoints.values(), self._param)  # `{'name': 'topic', 'required': False}`
        schema_fields(docs, self.endpoints.values(), self._param)  # `schema = {'name': {'type': 'string'}}`
        servers = self._servers()
        prefix = url_path(servers[0]) if servers else ""
        if leaves_base(prefix, (e.path for e in self.endpoints.values())):  # routes written from the origin
            servers, prefix = [servers[0][: len(servers[0]) - len(prefix)]], ""
        under = sum(e.path.startswith(prefix + "/") for e in self.endpoints.values()) if prefix else 0
        full = under > 0 and under * 4 <= len(self.endpoints) and len(self.endpoints) - under >= 3
        if full or (prefix and stated_both_ways(prefix, self.endpoints.values())):  # `/v1/voices` beside `/healthz`
            # routes written in full, a few of them under the base's path (a client's `base_url=".../v1"` for
            # the OpenAI-compatible routes beside `/completion`): the base is the origin alone
            for key, endpoint in list(self.endpoints.items()):  # a client call relative to that base: stated
                stated = self.endpoints.get((endpoint.method, path_key(prefix + endpoint.path)))
                if stated is not None and stated is not endpoint:
                    for param in (p for p in endpoint.params.values() if p.location != "path"):
                        self._param(stated, param)
                    stated.request_examples.extend(endpoint.request_examples)
                    del self.endpoints[key]
            servers, prefix = [servers[0][: len(servers[0]) - len(prefix)]], ""
        endpoints = []
        asides = []
        for key, endpoint in self.endpoints.items():
            if self.asides.get(key) and not endpoint.owned:
                asides.append(endpoint)
                continue
            if endpoint.where.file in self.placeholder_paths:
                endpoint.path = under_base(endpoint.path, self.placeholder_paths[endpoint.where.file])
            if prefix and endpoint.path.startswith(prefix + "/"):
                endpoint.path = endpoint.path[len(prefix) :]
            params = answered_forms(endpoint, list(endpoint.params.values()))  # a GET's `:form` list of its answer
            params = answered_object_tables(endpoint, params)  # a GET's `limits | object`, `limits.max_width` rows
            endpoint.params = {}
            for param in (p for p in params if not server_set(p)):  # "(read only)": the server's, never sent
                if path_segment(endpoint, param, params):  # `:param vm_name:` beside a stated body
                    param.location = "path"
                if not param.location or (param.location == "body" and not endpoint.has_body):
                    param.location = "body" if endpoint.has_body else "query"
                    param.location_guessed = True
                self._param(endpoint, param)
            for (name, location), param in endpoint.params.items():
                if endpoint.all_optional and location != "path":
                    param.required = False
                if location == "query" and param.required is None and endpoint.requests:
                    # `?digest=<digest>` on every request shown: part of the endpoint, not an option
                    param.required = endpoint.placeholders[name] >= endpoint.requests
                # (a header every example sends is not said to be required by that: examples show a use)
            wrap_listed_fields(endpoint)  # `region_name | body` sent as `{"pod": {"region_name": ...}}`
            nest_dotted_fields(endpoint)  # `policy.model | string` rows: members of the body field `policy`
            endpoints.append(endpoint)
        for name, location in self.searched:  # an example's `?key=...` seen before the `key` described as search words
            self.auth = {k: v for k, v in self.auth.items() if (v.get("name"), v.get("in")) != (name, location)}
        title = next((d.title for d in docs if d.title), "") or (docs[0].file.rsplit(".", 1)[0] if docs else "API")
        description = next(
            (b.text for d in docs for s in d.sections[:2] for b in s.blocks if b.kind == "text"),
            "",
        )
        return Extraction(title, description[:2000], servers, endpoints, self.auth, asides)

    def _servers(self) -> list[str]:
        if self.stated_bases:
            return [Counter(self.stated_bases).most_common(1)[0][0].rstrip("/")]
        if self.origins:
            return [self.origins.most_common(1)[0][0]]
        return []


__all__ = ["extract"]
