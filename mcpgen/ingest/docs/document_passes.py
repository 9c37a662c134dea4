"""The passes over a whole document that follow the per-section reading in `extract._State.document`.

Each pass reads one structure a document states apart from the section that owns a route (a parameter heading, a
table after a route table, "Identical as above, omit `url`", a discovery response, a form box in a diagram...) and
hands what it finds to the state's `_add`, `_param`, `_example_body` and `_body_twin`. They run in this order, after
every section of the document has given its endpoints and parameters: later passes may rely on the routes earlier
ones added. `DocumentPasses` is a mixin of `extract._State`, which keeps `endpoints`, `searched` and those methods.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from . import auth
from .accepted_fields import accepted_fields
from .action_words import action_word_routes
from .also_sent import also_sent
from .base_path_items import base_path_items
from .bold_field_sentences import bold_field_sentences
from .boxed_fields import boxed_fields
from .brace_name_lists import brace_body_fields
from .bracketed_queries import bracketed_needs
from .browser_reads import browser_reads
from .called_urls import called_urls
from .captioned_bodies import captioned_bodies
from .captioned_scripts import both_methods, captioned_scripts
from .captions import captioned_requests
from .coded_headings import coded_heading_params
from .commented_request_blocks import commented_bodies
from .common_header_blocks import common_header_blocks
from .criteria_listings import listed_criteria
from .described_sections import described_section_params
from .discovery import listed_endpoints
from .dropped_inputs import dropped_inputs
from .either_methods import either_method_inputs
from .every_request_header_sentences import every_request_header_sentences
from .every_request_headers import every_request_headers
from .exclusive_fields import exclusive_fields
from .expected_fields import expected_fields
from .filled_placeholders import filled_routes
from .filter_sentences import page_filters
from .flagged_items import flagged_items
from .further_bodies import further_body_fields
from .graphql_endpoints import graphql_endpoints
from .group_tables import group_table_params
from .grouped_routes import named_elements
from .health_checks import health_check_items
from .help_directories import directory_routes
from .interval_inputs import interval_inputs
from .introduced import introduced_bodies
from .item_bodies import labelled_item_bodies
from .labelled_brace_bodies import labelled_brace_bodies
from .labelled_field_asides import labelled_field_asides
from .likened_requests import likened_filters
from .line_headers import line_headers
from .line_queries import line_queries
from .linked_methods import linked_methods
from .list_endpoint_params import list_endpoint_params
from .listed_bodies import listed_body_fields
from .listed_methods import listed_methods
from .lookup_filters import lookup_filters
from .mention import endpoint_key
from .minimal_bodies import minimal_bodies
from .model_field_lists import model_field_lists
from .named_bodies import named_body_examples
from .named_filters import named_filters
from .named_request_inputs import named_request_inputs
from .opened_pages import opened_pages
from .operation_calls import operation_call_params
from .operation_parameter_sections import operation_parameter_sections
from .paged_collections import paged_collections
from .paged_routes import paged_routes
from .parameter_columns import parameter_column_params
from .parameter_headings import heading_params
from .params import Param
from .parenthesized_filters import parenthesized_filters
from .passed_mappings import passed_mapping_params
from .placeholder_files import placeholder_files
from .printed_links import printed_links
from .prose_models import prose_models, sent_model
from .purposed_examples import purposed_examples
from .query_clauses import query_clause_params
from .query_parameter_lists import query_parameter_lists
from .read_lists import read_lists
from .replaced_sections import replaced_sections
from .requests import Target, path_key
from .resource_bodies import shown_representations
from .resource_writes import resource_writes
from .route_lead_in_tables import route_lead_in_params
from .route_titled_tables import route_titled_params
from .routing_rule_calls import routing_rule_calls
from .row_examples import row_example_queries
from .row_inputs import row_inputs
from .row_supplied_fields import row_supplied_fields
from .said_headers import said_headers
from .same_as_above import referred
from .same_parameters import above_in_body, same_parameters
from .searched_examples import searched_examples
from .sentence_bodies import paragraph_bodies
from .shared_options import shared_options
from .signature_rows import signature_params
from .suffixed_fields import suffixed_fields
from .table_write_bodies import table_write_bodies
from .visited_endpoints import visited_endpoints
from .with_bodies import with_bodies

if TYPE_CHECKING:
    from .blocks import Document, Section
    from .mention import Mention


class DocumentPasses:
    endpoints: dict[tuple[str, str], Any]
    searched: set[tuple[str, str]]
    shared_scope: dict[int, set[tuple[str, str]]]
    _param: Any
    _add: Any
    _example_body: Any
    _body_twin: Any

    def _document_passes(
        self,
        doc: Document,
        sections: list[Section],
        mentions: list[list[Mention]],
        keys: list[list[tuple[str, str]]],
        owners: list[tuple[str, str] | None],
        doc_wide: list[Any],
    ) -> None:
        for key, source, left_out in referred(sections, keys):  # "Identical as above, omit `url`"
            if key in self.endpoints and source in self.endpoints:
                above = self.endpoints[source]
                for (name, location), param in list(above.params.items()):
                    if location != "path" and name not in left_out:  # where it goes there, it goes here too
                        settled = location or ("body" if above.has_body else "query")
                        self._param(self.endpoints[key], replace(param, location=settled))
        for key, source, left_out, added in same_parameters(sections, keys):  # "Same parameters, but `ids=<a,b>`"
            if key in self.endpoints and source in self.endpoints:
                for (name, location), param in list(self.endpoints[source].params.items()):
                    if location == "query" and name not in left_out:
                        self._param(self.endpoints[key], replace(param))
                for name in added:
                    self._param(self.endpoints[key], Param(name, "query", self.endpoints[key].where, origin="prose"))
        for key, source in above_in_body(sections, keys):  # "a POST request with all of the above parameters in ..."
            if key in self.endpoints and source in self.endpoints:  # "... the body": the route above's query, sent
                for (_, location), param in list(self.endpoints[source].params.items()):
                    if location == "query":
                        self._param(self.endpoints[key], replace(param, location="body", origin="prose"))
        for headed in (heading_params, coded_heading_params):  # "#### q (the input)", "``from, to``" headings
            for endpoint, param in headed(sections, keys, owners, self.endpoints):
                self._param(endpoint, param)
        for endpoint, param in route_titled_params(sections, keys, self.endpoints):  # "Parameters of `/calls`" tables
            self._param(endpoint, param)
        for endpoint, param in group_table_params(sections, mentions, owners, self.endpoints):  # after a route table
            self._param(endpoint, param)
        for endpoint, param in route_lead_in_params(sections, self.endpoints):  # "Query parameters for `/x`:" tables
            self._param(endpoint, param)
        for endpoint, param in list_endpoint_params(sections, keys, self.endpoints):  # "All *list* endpoints ..."
            self._param(endpoint, param)
        for endpoint, param in signature_params(sections, self.endpoints):  # `get_x(*, since=None)` | `GET /x`
            self._param(endpoint, param)
        for endpoint, param in passed_mapping_params(doc, self.endpoints):  # `x(params)` | `GET /x`, `.x({"a": 1})`
            self._param(endpoint, param)
        for endpoint, param in row_example_queries(doc, self.endpoints):  # `/x` | GET | `curl .../x?limit=10`
            self._param(endpoint, param)
        for endpoint, param in parenthesized_filters(sections, self.endpoints):  # "(`a`, `b`)", "(`a` filter)"
            self._param(endpoint, param)
        for endpoint, param in table_write_bodies(sections, self.endpoints):  # a route table's one PUT, then `{..}`
            self._param(endpoint, param)
        for endpoint, param in bold_field_sentences(sections, self.endpoints):  # "**a** and **b** are required."
            self._param(endpoint, param)
        for endpoint, param in minimal_bodies(sections, self.endpoints):  # "`{"input": {...}}` only is valid"
            self._param(endpoint, param)
        for endpoint, param in accepted_fields(sections, self.endpoints):  # "`POST /x` accepts the optional `y` field"
            self._param(endpoint, param)
        for endpoint, param in also_sent(sections, self.endpoints):  # "(guests also send `name`, `email`)"
            self._param(endpoint, param)
        for endpoint, param in resource_writes(sections, self.endpoints):  # "Article writes accept: `a, b`"
            self._param(endpoint, param)
        for endpoint, param in with_bodies(doc, self.endpoints):  # "`PUT /x` with `{"a": true}`", `POST /x  {"a": 1}`
            self._param(endpoint, param)
        for endpoint, param in said_headers(doc, self.endpoints):  # "`PUT /x`, `POST /y`. `If-Match` is optional"
            self._param(endpoint, param)
        for endpoint, param in line_queries(doc, self.endpoints):  # `DELETE /x/{id}   remove it (?force=true)`
            self._param(endpoint, param)
        for found in (captioned_bodies, row_inputs, shared_options):  # "**`POST /x` — request body:**" over JSON;
            for endpoint, param in found(sections, self.endpoints):  # a row's `{"a": bool}`; "Both routes take: `a`"
                self._param(endpoint, param)
        for endpoint, param in purposed_examples(sections, self.endpoints):  # "the format used to PUT a record:"
            self._param(endpoint, param)
        for endpoint, param in parameter_column_params(sections, self.endpoints):  # "| /jobs | GET | page, size |"
            self._param(endpoint, param)
        for endpoint, param in query_clause_params(sections, self.endpoints):  # "| `POST /x` | ...; query `a` |"
            self._param(endpoint, param)
        for endpoint, param in interval_inputs(sections, self.endpoints):  # "| `GET /x` | Is `[start, end)` ... |"
            self._param(endpoint, param)
        for endpoint, param in row_supplied_fields(sections, self.endpoints):  # "| `POST /x` | any `a` you supply |"
            self._param(endpoint, param)
        for endpoint, param in named_request_inputs(sections, self.endpoints):  # "`POST /a`, `/b` take `x` in the body"
            self._param(endpoint, param)
        for endpoint, param in further_body_fields(sections, owners, self.endpoints):  # "a more complex query:"
            self._param(endpoint, param)
        for endpoint, param in exclusive_fields(sections, owners, self.endpoints):  # "Exactly one of `a` or `b`"
            self._param(endpoint, param)
        for endpoint, param in line_headers(doc, self.endpoints):  # "`POST /x` + header `Idempotency-Key: k`"
            self._param(endpoint, param)
        for endpoint, param in brace_body_fields(doc, self.endpoints):  # "`POST /x` - request `{a, b}`"
            self._param(endpoint, param)
        for endpoint, param in labelled_brace_bodies(sections, owners, self.endpoints):  # "Body: `{a, b?}`"
            self._param(endpoint, param)
        for endpoint, param in labelled_field_asides(doc, self.endpoints):  # "`POST /x` (form: `a`, `b`): ..."
            self._param(endpoint, param)
        for endpoint, param in operation_parameter_sections(doc, self.endpoints):  # "body for [search](#search)"
            self._param(endpoint, param)
        for endpoint, param in described_section_params(doc, self.endpoints):  # "### Jobs lifecycle": "header `X-A`"
            self._param(endpoint, param)
        for endpoint, param in listed_body_fields(doc.file, sections, self.endpoints):  # "- email [required]: ..." once
            self._param(endpoint, param)
        for endpoint, param in named_body_examples(sections, keys, self.endpoints):  # "Purge body examples:"
            self._param(endpoint, param)
        for endpoint, param in model_field_lists(doc, self.endpoints):  # "(body: X)", then "**X Fields:**" `a` (str)
            self._param(endpoint, param)
        for endpoint, param in query_parameter_lists(doc, self.endpoints):  # "by query parameters (a or b)"
            self._param(endpoint, param)
        for found in (listed_criteria, dropped_inputs, expected_fields, boxed_fields):  # `.../filters` answers the
            for endpoint, param in found(sections, self.endpoints):  # criteria, "starts again without `since`", "The
                self._param(endpoint, param)  # authentication endpoint expects JSON with `devkey` field", a form box
        for endpoint, body in captioned_requests(doc, self.endpoints.values()):  # "Json Port Chain create request
            self._example_body(endpoint, body)  # example::", far from its route
        for endpoint, body in commented_bodies(doc, self.endpoints.values()):  # `POST /x` over `# Body: {"a": 1}`
            self._example_body(endpoint, body)
        for family, members in filled_routes(doc, mentions):  # `GET /api/<command>`, then `play` · `pause`
            self.endpoints.pop(endpoint_key(family), None)
            for name in {name for _, names in members for name in names}:
                if auth.is_credential(name, "query") and not all(name in names for _, names in members):
                    self.searched.add((name, "query"))  # a member's own `?key=`: a credential goes with every call
            for path, names in members:
                query = [(name, "", False) for name in names]
                self._add(replace(family, target=Target(family.target.origin, path, query)), owned=False)
        for mention in listed_endpoints(doc):  # a discovery response's `"endpoints": {"names": "/v1/names/:q"}`
            self._add(mention, owned=False)
        routes, paging = printed_links(doc)  # a root's `{'objects': 'http://host/api/objects/'}`, a `next` link
        for mention in routes:
            self._add(mention, owned=False)
        for key, param in (p for p in paging if p[0] in self.endpoints):
            self._param(self.endpoints[key], param)
        for found in (named_elements, labelled_item_bodies, flagged_items):  # "with following elements:", an item's
            for key, param in found(doc, self.endpoints):  # nested "Input format (JSON)", "- Optional: `limit`"
                self._param(self.endpoints[key], param)
        for found in (directory_routes, health_check_items, captioned_scripts, placeholder_files):  # a help output's
            for mention in found(doc):  # `"get": "http://..."`, "- `/health`: open", "- GET VOD Streams:" over
                self._add(mention, owned=False)  # `x.php?a=...`, `http://<ip>:<port>/<list_name>.m3u8`
        for mention, body in action_word_routes(doc):  # "- /things/ (list, create)": DRF's viewset action words
            added = self.endpoints[self._add(mention, owned=False)]
            for param in body:
                self._param(added, param)
        for mention in base_path_items(doc, self.endpoints):  # "- Swagger UI: `/api/schema/`" under "Base URL: `/api/`"
            self._add(mention, owned=False)
        for mention in visited_endpoints(doc):  # "by visiting the `/token` endpoint": GET
            self._add(mention, owned=False)
        for mention in browser_reads(doc):  # "Open in browser http://localhost:5000/healthy to get DB status."
            self._add(mention, owned=False)
        for mention in routing_rule_calls(doc):  # "* Calls to /{alias} will run the tasks of that alias": GET
            self._add(mention, owned=False)
        called, needed = called_urls(doc)  # "you need to call the url `http://yourServerIp:port/?id=x`": GET
        for key in [self._add(mention, owned=False) for mention in called]:
            for (name, location), param in self.endpoints[key].params.items():
                param.required = param.required or (location == "query" and name in needed)  # "require 2 parameters:"
        for mention in (cards := linked_methods(doc)):  # "- **link** ::" over a URL, "- HTTP Methods" over "* GET"
            self._add(mention, owned=False)
        for endpoint, param in list(lookup_filters(sections, owners, self.endpoints, cards)):  # "startswith" over
            self._param(endpoint, param)  # "fields: ``name, barcode``": `name__startswith`, Django's lookups
        for mention, found in searched_examples(doc):  # "To search for ..., e.g. ``/api/x/?child=1``": a GET
            added = self.endpoints[self._add(mention, owned=False)]
            for param in found:
                self._param(added, param)
        for mention in graphql_endpoints(doc):  # "GraphQL endpoint **/api/graphql**": POSTed by convention
            self._add(mention, owned=False)
        for mention in read_lists(doc):  # "Catalog reads (`/hubs/{id}/activities`, `/hubs/{id}/devices`)": GETs
            self._add(mention, owned=False)
        for mention in opened_pages(doc):  # `open "http://localhost:8000/dashboard"` beside curl calls to that host
            self._add(mention, owned=False)
        for key, body in introduced_bodies(doc):  # "makes a POST call on `/x` with the following JSON data:"
            if key in self.endpoints:
                self._example_body(self.endpoints[key], body)
        for key, body in paragraph_bodies(doc):  # "`POST /a` opens. `POST /b` sends. Both accept `{...}`"
            if key in self.endpoints:
                self._example_body(self.endpoints[key], body)
        for endpoint, body in shown_representations(doc, list(self.endpoints.values()), mentions):
            self._example_body(endpoint, body)  # PUT /x/scenario, and a "Failure scenarios" section's JSON object
        for mention, above in replaced_sections(sections, keys, self.endpoints):  # "Similar to the motor API:
            copy = self.endpoints[self._add(mention, owned=False)]  # replace motor by sensor": the routes above
            for param in [p for (_, where), p in above.params.items() if where != "path"]:  # with the word replaced
                self._param(copy, replace(param))
        headers = list(every_request_headers(doc))  # "To request API, you must provide headers:" `X-A`
        common = list(common_header_blocks(doc))  # "Common request headers:" over `User-Agent: <browser UA>` lines
        common += list(every_request_header_sentences(doc))  # "All queries are assumed to include an `X-A` header."
        for endpoint in [e for e in self.endpoints.values() if e.where.file == doc.file]:
            for param in doc_wide + common:
                scope = self.shared_scope.get(id(param))
                if scope is None or (endpoint.method, path_key(endpoint.path)) in scope:
                    self._param(endpoint, replace(param))
            for block, needed in headers:
                for param in self._params_in(block, "header", labelled=True):
                    self._param(endpoint, replace(param, required=needed.get(param.name, param.required)))
        for found in (paged_collections, named_filters):  # "API responses are paginated. Use `?page=N`": each
            for endpoint, param in found(doc.file, sections, mentions, self.endpoints.values()):  # list's GET; "Most
                self._param(endpoint, param)  # endpoints support filtering:" "`cancelled`: Filter reservations by"
        for endpoint, param in page_filters(doc.file, sections, mentions, owners, self.endpoints.values()):
            self._param(endpoint, param)  # an options section's "You can filter by `user`, `topic`": the page's reads
        for endpoint, param in paged_routes(doc.file, sections, self.endpoints.values()):  # "`page` is 1-indexed"
            self._param(endpoint, param)  # to the routes that say they paginate
        for endpoint, param in list(suffixed_fields(doc, self.endpoints)):  # "Add `_contains` to any field above"
            self._param(endpoint, param)
        for endpoint, param, short in list(likened_filters(sections, owners, self.endpoints)):  # "filter like in `GET
            if param is not None:  # /api/0/`": the filters of the one route under it that lists them
                self._param(endpoint, param)
            elif short and short[0] in self.endpoints and self.endpoints[short[0]].where == short[1]:
                self.endpoints.pop(short[0])  # (a pointer only)
        for found in (bracketed_needs, operation_call_params):  # `?q=<text>[&lang=…]`: q needed; `client.scores(
            for endpoint, param in list(found(doc, self.endpoints.values())):  # sport='x')` beside a table naming
                self._param(endpoint, param)  # the operation `games-scores` of `GET /games/scores`
        for endpoint, section in both_methods(doc, self.endpoints):  # "player_api.php ... via GET+POST Callable"
            self._body_twin(endpoint, section)
        for endpoint, section in listed_methods(doc, self.endpoints):  # 'available on "/" using:' "* GET method",
            self._body_twin(endpoint, section)  # "* POST method with `Content-Type`:": the GET's fields, in a body
        for endpoint, param in list(either_method_inputs(doc, self.endpoints)):  # `GET or POST http://<host>/x`:
            self._param(endpoint, param)  # the POST's body fields are the GET's query, and the other way round
        if defined := prose_models(doc):  # "a bookmark is a JSON ... with keys:" over `uid`, ...; "body is JSON of
            for section, owner in zip(sections, owners, strict=True):  # one bookmark": its keys are the body's
                endpoint = self.endpoints.get(owner) if owner else None
                if endpoint is None or endpoint.method not in ("POST", "PUT", "PATCH"):
                    continue
                for block in (b for b in section.blocks if b.kind == "text"):
                    for param in sent_model(block.text, defined):
                        self._param(endpoint, replace(param, origin="schema section"))
