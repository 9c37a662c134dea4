"""Which endpoints a document names, and which one each of its sections describes.

Mentions are request lines, raw HTTP and `curl` examples, endpoint-table rows and RPC-style function
headings; concrete example paths are generalised to the templates the document states, and absolute URLs
under a stated base URL become paths relative to it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import example_paths as shown_paths
from .alternated_routes import alternated_headings
from .auth_examples import drop_auth_examples, drop_stand_ins
from .base_placeholders import example_urls, schema_references, shared_base
from .bases import leaves_base, url_path
from .blocks import Block, Document, Section, Where
from .carried_bodies import carried_body
from .clients import parse_client_calls
from .coded_queries import coded_enough, coded_route
from .commented_request_blocks import statement_block
from .converted_paths import without_converted
from .curl_paragraphs import text_curls
from .deepened_templates import deepened_templates
from .defined_words import defined_word_placeholders
from .described_query_values import written_as_template
from .disowned import disowned, drop_refused, drop_unimplemented
from .each_path_methods import each_path_methods
from .elided_urls import drop_elided
from .example_segments import example_segments, spelled_segments
from .exchanges import shown_requests
from .extending import drop_routes_to_add
from .file_system_paths import installed_path
from .form_blocks import form_block_requests, snippet_fields
from .framed_requests import framed_request
from .generic_schemes import generic_schemes
from .glued_queries import mend_glued_queries
from .glued_slashes import drop_glued_spellings
from .gone_routes import drop_gone
from .handler_lines import handler_lines
from .headed_requests import headings_under_full_lines
from .httpie import parse_httpie
from .instances import (
    omitted_prefix,
    placeholder_values,
    stated_over_instances,
    under_omitted_prefix,
    unstated_titled_routes,
)
from .introduced_paths import introduced_path_lists
from .item_sentences import in_later_sentence
from .keyed_numbers import keyed_numbers
from .labelled_base_paths import labelled_base_path
from .labelled_example_lines import drop_labelled_example_lines
from .labelled_section_routes import labelled_section_routes
from .labelled_url_paths import labelled_paths
from .lettered_segments import lettered_segments
from .listed_resources import listed_resources
from .log_records import without_log_records
from .member_ids import member_placeholders
from .mention import Mention
from .method_pairs import joined_method_lines, joined_methods, leading_methods
from .method_request_headings import method_request_headings
from .method_sentences import method_said_after
from .methodless_rows import methodless_rows
from .model_segments import example_schema_routes
from .mounts import mounted, version_prefixed
from .named_curls import state_named_curls
from .named_endpoints import named_endpoints
from .named_prefixes import drop_named_prefixes
from .named_urls import named_addresses
from .named_values import named_values
from .numbered_ids import curl_only, for_values, sibling_items
from .optional_tails import tailed_templates
from .outgoing_requests import drop_outgoing
from .owners import section_owners
from .page_methods import parameter_method
from .params import is_param_table
from .parenthesized_routes import parenthesized_routes
from .path_directories import described_path_lines
from .placeholder_kinds import placeholder_kinds
from .placeholders_shown import placeholders_shown
from .pointed_requests import drop_pointed_requests
from .prefixes import stated_prefix, under_prefix
from .prose_requests import SAME_AS_REQUEST, SHORT_HAND, prose_requests
from .read_sentences import read_routes
from .regex_routes import regex_routes
from .replaced_values import replaced_values
from .request_forms import request_forms
from .requests import (
    METHODS,
    Request,
    header_lines,
    parse_curl,
    parse_http,
    parse_json_lines,
    request_lines,
    split_target,
)
from .resource_headings import captioned_path, resource_route
from .restated_routes import restated_routes
from .rooted_code_paths import rooted_code_paths
from .route_objects import route_objects
from .route_paragraphs import route_paragraphs
from .route_patterns import drop_route_patterns
from .rpc import RPC_TEMPLATE, RpcForm, is_form, rpc_alias, rpc_calls, rpc_template
from .said_methods import said_methods
from .sdk_create_calls import sdk_create_calls
from .selectors import discriminate
from .sent_lines import sent_request_lines
from .sent_names import sent_names
from .served_at import served_resources
from .short_coded_routes import short_coded_routes
from .shown_prefixes import shown_prefix
from .spelled_uris import spelled_values
from .stated_bases import stated_base
from .suffixed_methods import suffixed_heading
from .suffixed_urls import suffixed_urls
from .table_mentions import cell_texts, table_mentions
from .templated_heading_paths import is_template_heading, template_paths
from .templating import (
    coded_without_instances,
    generalise,
    instances_of_one_route,
    items_of_collections,
    loose_templates,
    named_segments,
    routes_beside_examples,
    unfitted_requests,
    values_of_sibling_placeholders,
    word_placeholders,
)
from .titled_examples import titled_examples
from .titled_segments import titled_segments
from .tried_paths import tried_path_lists
from .unsupported_paths import without_unsupported
from .url_bullets import url_bullets
from .visited_paths import visited_paths
from .well_known_paths import well_known_paths
from .wildcard_paths import wildcard_paths
from .wrapped_queries import wrapped_queries

_TEMPLATE_TEXT = re.compile(r"`(?:[A-Z]+ )?(?P<path>[^`\s]*/[^`\s]*)`")


def stated_templates(doc: Document) -> dict[str, set[str]]:
    """The path templates a document states, by method (`GET` -> {`/{db}/{docid}`}): other documents of the
    same API have examples of them."""
    rpc = rpc_template(doc)
    found: dict[str, set[str]] = {}
    for section in doc.sections:
        for m in _section_mentions(section, rpc):
            if m.kind in ("line", "table") and not m.prose and "{" in m.target.path:
                found.setdefault(m.method, set()).add(m.target.path)
    return found


def scan(
    doc: Document, known: dict[str, set[str]] | None = None
) -> tuple[str, list[list[Mention]], list[tuple[str, str] | None]]:
    """(stated base URL, the mentions in each section, the endpoint each section describes); `known`: the
    templates other documents of the same set state, by method."""
    rpc = rpc_template(doc)
    base = shared_base(doc, stated_base(doc))  # `<BASE URL>/<RESOURCE>`: the base the page's URLs share
    mentions = [_section_mentions(section, rpc) for section in doc.sections]
    drop_routes_to_add(doc, mentions)  # "Programming the REST API": routes an administrator may add
    drop_auth_examples(doc.sections, mentions)  # a request showing how to send the token, to a route stated nowhere
    drop_stand_ins(mentions)  # `POST /endpoint/`: a request shown for its headers, on a word for any route
    drop_elided(doc, mentions)  # `curl -X PATCH https://host/api/v2/....`: a tool's example, no route
    drop_unimplemented(doc, mentions)  # "The POST request to `@search` endpoint is not implemented."
    drop_refused(doc, mentions)  # `curl -X DELETE .../people` answered `405 Method Not Allowed`
    drop_gone(doc, mentions)  # "`GET /a/<id>/b` **404s**", a request block, then "Those endpoints are gone"
    drop_outgoing(doc, mentions)  # "the proxy will make a GET request to the `error-target` server:" `GET /404`
    drop_route_patterns(doc, mentions)  # "routes are generally spelled like ``GET /api/v1/{action}/{path}/``"
    drop_glued_spellings(mentions)  # `GET /v1/accounts{:address}/orders` beside `GET /v1/accounts/{:address}/orders`
    mend_glued_queries(mentions)  # `curl .../users/41/validatepassword=x` beside `GET or POST .../users/<id>/validate`
    drop_pointed_requests(doc, mentions)  # "(see `POST /client` endpoint above)": stated where pointed to
    drop_labelled_example_lines(doc, mentions)  # "Example: `GET /t/all/{z}`" beside `GET /t/:FILTER/{z}`
    headings_under_full_lines(doc.sections, mentions)  # `#### GET /devices` over ```GET /api/v1/devices```
    alternated_headings(doc.sections, mentions)  # `#### GET /png|jpeg`: `GET /png` and `GET /jpeg`
    parenthesized_routes(doc, mentions)  # `groups (/api/groups/)` headings, `- metadata (/api/builds/<id>/metadata/)`
    methodless_rows(doc, mentions)  # `/tags/` among `` `GET /authors/` `` rows: GET (POST for an upload)
    if not any(mentions):
        mentions = [path_lists(section) for section in doc.sections]
        if any(mentions):  # beside such a list, a shorter one of the same kind: two routes of another resource
            pairs = zip(doc.sections, mentions, strict=True)
            mentions = [found or path_lists(section, least=2) or _named_path(section) for section, found in pairs]
        if method := parameter_method(doc):  # "with one required POST parameter 'q'": the listed paths' method
            for m in (m for found in mentions for m in found if m.inferred and m.method == "GET"):
                m.method = method
    if not any(mentions):
        coded = without_converted(doc, [coded_templates(section) for section in doc.sections])  # not `/vsis3/..`
        if coded_enough(coded):  # three routes (or a page of the folder stating three so: `folder_pages`)
            mentions = placeholder_kinds(doc, without_unsupported(doc, coded))  # `/{id}/edr/{query}`, `/area`
            coded_without_instances(mentions)
            short_coded_routes(mentions)  # "the `/entries` API" after `/api/v1/entries`: that route, written short
    if not any(mentions):  # `/switch/<group>/on`, then `/switch/<group>/off`, each a paragraph of its own
        mentions = [route_paragraphs(section) for section in doc.sections]
    introduced_path_lists(doc, mentions)  # "This API exposes these endpoints:" over `/.well-known/security.txt` items
    tried_path_lists(doc, mentions)  # "try the following paths:" over ```/demo``` `/search?text=london```: GETs
    served_resources(doc, mentions)  # "Basic Prometheus metrics are available at `/metrics`"
    well_known_paths(doc, mentions)  # "Clients discover the server through `/.well-known/oauth-authorization-server`"
    visited_paths(doc, mentions)  # a page of bare paths: "Visit `/-/tiles` for an index page"
    rooted_code_paths(doc, mentions)  # `<pre>/api/v2/</pre>`, `<code>api/v2/plan/<id>/totals/</code>`: GETs
    restated_routes(mentions)  # `/-/tiles/db-name/zoom/x/y.png`, then `/-/tiles/database-name/{z}/{x}/{y}.png`
    read_routes(doc, mentions)  # "Both versions can be read via `/api/v1/system/version`"
    named_addresses(doc, mentions)  # "streaming API ``stream_console_output``" over `http://host/stream_console_output`
    url_bullets(doc, mentions)  # `- https://host/api/me` beside `- [POST] `https://host/api/signin``
    named_values(doc, mentions)  # `.../room-history/E1N8/12340.json`, "the number in the URL is the tick"
    replaced_values(doc, mentions)  # `# replace 1693992878.203 with your jobid` over `curl .../jobs/1693992878.203`
    example_segments(doc, mentions)  # "the queue id (for example 1578a8...)" over `curl .../message/1578a8...`
    example_urls(doc, mentions, base)  # `- http://host/api/users` under "User Resource", beside `<BASE URL>/<X>`
    tailed_templates(mentions)  # `/<name>/<action>[/p1/p2]` over `http://host/Study/volume/50`: one route
    generic_schemes(mentions)  # `/{service}/{version}/{coords}[.{format}]` over `/nearest/v1/{coords}.json`: a form
    named_endpoints(doc, mentions)  # "All requests are HTTP `GET` requests", "the `/speakers` endpoint"
    each_path_methods(doc, mentions)  # `resources/routes` items, then "Each path is provisioned with `GET`, `PUT`"
    said_methods(doc.sections, mentions)  # a path alone, then "only supports POST": the route is POST
    sdk_create_calls(doc, mentions)  # `(/v1/chat/completions)` beside `client.chat.completions.create(...)`: POST
    listed_resources(doc, mentions)  # "**Reads** — `project`(+`/{key}`), `issue/{key}`", prefix shown elsewhere
    drop_named_prefixes(doc, mentions)  # "endpoints under the `/v1`, `/v2` and `/cohere` path prefixes": no routes
    prefix = url_path(base)
    if leaves_base(prefix, (m.target.path for found in mentions for m in found)):
        prefix = ""  # routes written from the origin: the base is no prefix of theirs (`bases.py`)
    for found in mentions:
        for mention in found:  # `curl https://api.example.com/v1/pets` is `GET /pets` under that base
            if prefix and mention.target.origin and mention.target.path.startswith(prefix + "/"):
                mention.target.path = mention.target.path[len(prefix) :]
    schema_references(doc, mentions)  # `:URL Schema: <BASE URL>/<RESOURCE>?<KEY>=<VALUE>` over a table of keys
    said = "" if prefix else stated_prefix(doc) or labelled_base_path(doc, mentions) or shown_prefix(mentions, known)
    if said:  # "prefixed with `/v0`", "Base URL: `/api/`"
        under_prefix(mentions, said)  # (or `/api`, where the page's curls and the set's other pages carry it)
    unstated_titled_routes(doc, mentions)
    defined_word_placeholders(doc, mentions)  # ``/IDENT/*/summaries`` where a list defines ``IDENT``
    lettered_segments(doc, mentions)  # `/files/A-B`: "reads file B from bucket A"
    word_placeholders(mentions, doc)
    _listed_in_style(mentions)
    example_schema_routes(doc, mentions)  # `### GET /api/Tags/1`: one example model's routes, no template anywhere
    keyed_numbers(mentions)  # `curl -X PUT http://host/id/1`: the id, 1
    items_of_collections(mentions)
    sibling_items(mentions)  # `curl .../set/1;3/`, `curl .../user/1/` beside `.../entry/{id}/`
    spelled_values(doc, mentions)  # ``POST /api/projects/d4ed9405-.../add_input/``, ``.../readmes/s3/bucket/<id>``
    named_segments(doc, mentions)
    sent_names(doc, mentions)  # `GET /api/newdeveloper/lights` where `POST /api` sends `{"username": "newdeveloper"}`
    spelled_segments(mentions)  # `POST http://host/apps/your-app-id/events` beside `GET /apps/:APP_ID/status`
    stated_templates, curls_alone = templates(doc, mentions, rpc), curl_only(mentions)
    stated = {m.target.path for found in mentions for m in found if m.kind in ("line", "table") and not _instance(m)}
    by_method: dict[str, set[str]] = {method: set(paths) for method, paths in (known or {}).items()}
    for found in mentions:
        for m in found:
            if m.kind in ("line", "table") and "{" in m.target.path:
                by_method.setdefault(m.method, set()).add(m.target.path)
    version_prefixed(mentions, stated, url_path(base))  # ``GET /v1.0/routings?limit=2`` beside `GET /routings`
    mounted(mentions)  # `curl .../auth/register/` beside the stated `/register/`: the API mounted under `/auth`
    routes_beside_examples(mentions)  # `curl .../encode/clip/base` beside `/predict/{family}/{variant}`
    omitted, unfitted = omitted_prefix(doc), unfitted_requests(mentions, by_method)
    shown = placeholder_values(doc, sorted({p for paths in by_method.values() for p in paths})) if omitted else {}
    for found in mentions:
        for mention in found:
            if (mention.kind in ("curl", "http") or _instance(mention)) and mention.target.path not in stated:
                if omitted:
                    under_omitted_prefix(mention, omitted, sorted(by_method.get(mention.method, ())), shown)
                if mention.kind != "line":
                    generalise(mention, for_values(mention, stated_templates, curls_alone))
                if "{" not in mention.target.path:
                    # `GET /recipes/FishStew HTTP/1.1` is `GET /{db}/{docid}`: the one template stated for
                    # that method which it fits (one whose every segment is a placeholder included)
                    templates_of = sorted(by_method.get(mention.method, ()))
                    loose = loose_templates(mention.method, mention.target.path, templates_of, unfitted)
                    generalise(mention, loose, loose=True)
    labelled_section_routes(doc, mentions)  # `Endpoint: ``/:index-name/``` over `curl -X DELETE host/photos/`
    titled_segments(doc, mentions)  # `#### Place Order` over `POST /order/place`: no `/order/{id}`
    state_named_curls(doc, mentions)  # "under `/healthcheck` endpoint", then ```curl -XHEAD host/healthcheck```
    shown_paths.keep_fitting_examples(mentions, doc)  # (and `/x?sortKey=name` under "query parameters `sortKey`")
    shown_paths.drop_head_checks(mentions)  # `curl .../health -I` beside the stated `GET /health`
    values_of_sibling_placeholders(mentions)
    instances_of_one_route(mentions)
    member_placeholders(doc, mentions)  # `curl .../Chassis/4829...` where `curl .../Chassis` lists it as a member
    placeholders_shown(doc, mentions)  # `.../site/folder/@slots` beside `<folder_path>/@booking`; "Where **x_id** is"
    discriminate(mentions)
    sent_request_lines(doc.sections, mentions)  # `#### Request` over `GET /v1/settings/global`, under its template
    titled_examples(doc.sections, mentions)  # `### GET /orders/<id>` over ```GET /orders/ord.8f3a-…?full=false```
    suffixed_urls(doc, mentions)  # `http://host/api/x/${id}/data/thumbnail.png?band=3` beside `/data/thumbnail.png`
    wildcard_paths(doc, mentions)  # "The path `/hello` can be anything": `/{path}`, once the curls are fitted
    regex_routes(doc, mentions)  # ```'/add/user/(.*)/role/(.*)'```: a web framework's route regex, over its curl
    method_request_headings(doc, mentions)  # `##### GET requests:` under "GET or POST requests to" one URL
    return base, mentions, section_owners(doc.sections, mentions)


PATH_ITEM = re.compile(r"^[`*\[]*(?P<path>/[^\s`*\]]*)[`*\]]*:?(?:\s+(?P<rest>.*))?$", re.S)  # (`/x`: its text)
_NAMED_METHOD = re.compile(r"\b(" + "|".join(m.upper() for m in METHODS) + r")\b")

_OPTIONAL_QUERY = re.compile(r"\[([?&][^\[\]\s]*)\]")
"""`[?noTxList=1][&from=&to=]`: optional query parameters, written in brackets."""


_METHOD_LABEL = re.compile(
    rf"(?:(?P<before>{'|'.join(METHODS)})\s+(?:method|request)|(?:method|verb)\s*:?\s*(?P<after>{'|'.join(METHODS)}))\s*:?",
    re.I,
)
"""A label saying which method the code after it uses: "POST method:", "Method: GET"."""


def _coded_path_list(block: Block, named: str) -> list[Mention]:
    """A code block of paths alone, one per line (`/insight-api/tx/[:txid]`, then `/insight-api/tx/525de3...`):
    operations of the method a label before it names, else GET (marked as inferred). Beside templates, the other
    lines are requests shown as examples of them; without one, each line states its route. A lone path ending
    in a slash is a prefix the routes share, not one of them."""
    shown = shown_paths.path_lines(block.text)
    if shown is None:
        return []
    lines, over_response = shown
    lines = [ln for ln in lines if not installed_path(ln)]  # `/usr/share/app/{CODE}.html`: a file's place, no route
    if not lines:
        return []
    if len(lines) == 1 and lines[0].split("?")[0].endswith("/") and "?" not in lines[0]:
        return []
    targets = [split_target(_OPTIONAL_QUERY.sub(r"\1", ln).replace("?&", "?")) for ln in lines]
    method = named or "GET"
    templates = any(written_as_template(t) for t in targets)  # (`?id=<message id>`: `described_query_values`)
    found = []
    for target in targets:
        example = (templates or over_response) and not written_as_template(target)
        request = Request(method=method, target=target) if example else None
        kind = "curl" if example else "line"
        found.append(Mention(method, target, block.where, kind, request, inferred=not named, listed=True))
    return found


def _listed_in_style(mentions: list[list[Mention]]) -> None:
    """Paths alone in code blocks state routes where the document writes its templates so (a block with
    `/tx/[:txid]`, or `/receive?sender=<sender number>`: `described_query_values`); elsewhere a lone example path
    (`/url?array=one&array=two`) illustrates something else."""
    if not any(m.listed and written_as_template(m.target) for found in mentions for m in found):
        shown_paths.as_examples(mentions)  # (kept where they fit a stated route: `keep_fitting_examples`)


def _named_path(section: Section) -> list[Mention]:
    """A section titled by a route's last segment over a list of that one path (`#####max-price` over
    `* /product/virtual/max-price`), beside lists of routes: the route the heading names."""
    found = path_lists(section, least=1)
    title = section.title.strip("`*_ ").lower()
    return found if len(found) == 1 and title and found[0].target.path.rstrip("/").lower().endswith("/" + title) else []


def path_lists(section: Section, least: int = 3) -> list[Mention]:
    """For a document that states no request line at all: lists whose items are paths with a description
    (`/ip` Returns Origin IP.), or definition lists whose terms are paths (an HTML `<dl>` of example URLs, each
    `<dd>` what it gets), or code blocks of `path -- description` lines (`path_directories`), at least `least`
    and most of the list, each an operation whose method is the one its description names alone ("Returns POST
    data"), else GET; marked as inferred."""
    lists = [(block, shown_paths.listed_paths(block)) for block in section.blocks if block.kind in ("list", "deflist")]
    lists = [(block, paths) for block, paths in lists if len(paths) >= 0.6 * shown_paths.route_items(block)]
    coded = (b for b in section.blocks if b.kind == "code")
    lists += [(block, paths) for block in coded if (paths := described_path_lines(block.text))]
    if sum(len(paths) for _, paths in lists) < least:  # (in one list, or in lists a code block interrupts)
        lists = labelled_paths(section)  # `URL:` over `/generations`: routes however few (`labelled_url_paths`)
        if not lists:
            return []
    found = [
        Mention(method, split_target(path), block.where, "line", inferred=True)
        for block, paths in lists
        for method, path in paths
        if path
    ]
    return shown_paths.bodies_after_items(section, found)


_CODE_TEMPLATE = re.compile(
    r"`(?P<local>https?://(?:localhost|127\.0\.0\.1)(?::\d+)?)?(?P<path>(?:\[/[^\]`\s]*\])?/[^`\s]*)`"
)
"""A path written as code, or a URL on the local server the page runs (`http://localhost:1337/api/v1/x.json?a=1`):
the documented server's own route, written as an example to try; not the API's root alone on it
(`http://127.0.0.1:8000/api/v1/`, where the API is served)."""
_API_ROOT = re.compile(r"(?i)(?:/(?:api|rest|v\d+(?:\.\d+)*))*/?")


def coded_templates(section: Section) -> list[Mention]:
    """For a document that states no request line and lists no paths: URL templates written as code in list
    items or sentences ("Styles are served at `/styles/{id}/style.json`"), each an operation whose method is the one the
    item names alone ("for batch requests, POST to `/data/{id}/elevation`"), else GET; marked as inferred.
    Optional parts in square brackets (`/styles/{id}[/{tileSize}]/{z}`) are left out."""
    found: list[Mention] = []
    for block in section.blocks:
        if block.kind not in ("list", "deflist", "text"):
            continue
        for text in [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]:
            named = set(_NAMED_METHOD.findall(text))
            method = named.pop() if len(named) == 1 else "GET"
            matches = _CODE_TEMPLATE.finditer(text)
            rooted = (m for m in matches if not (m["local"] and _API_ROOT.fullmatch(m["path"])))  # not `/api/v1/`
            routes = (coded_route(match["path"]) for match in rooted)  # query kept
            found.extend(Mention(method, split_target(r), block.where, "line", inferred=True) for r in routes if r)
    return found


def _instance(mention: Mention) -> bool:
    """A concrete request line in running text, or one written on an example server with example query values
    (`GET http://localhost:15000/api/db.table_a?_sort=-score`): an example use of an endpoint, when a template
    fits it."""
    target = mention.target
    shown = bool(target.origin) and any(not placeholder for _, _, placeholder in target.query)
    return mention.kind == "line" and (mention.prose or shown) and "{" not in target.path


_METHOD_HEADING = re.compile(r"^[\[`*]*(?P<method>get|put|post|delete|patch|head|options)[\]`*]*$", re.I)
_PATH_HEADING = re.compile(r"^/[^\s]*$")


def _section_mentions(section: Section, rpc: RpcForm | None) -> list[Mention]:
    found: list[Mention] = [
        Mention(method, split_target(raw), section.where, "line") for _, method, raw in request_lines(section.title)
    ]
    for method, raw in joined_methods(section.title):  # `### GET|POST /image`: both requests, one section
        if (method, split_target(raw).path) not in {(m.method, m.target.path) for m in found}:
            found.append(Mention(method, split_target(raw), section.where, "line"))
    for method, raw in suffixed_heading(section.title) if not found else []:  # `/v1/ca/<name> (GET)`: path first
        found.append(Mention(method, split_target(raw), section.where, "line"))
    titled = _TITLE_CASE_REQUEST.fullmatch(section.title.strip("`* "))
    if titled and not found:  # a heading `Get /{version_id}`: the method in title case
        found.append(Mention(titled["method"].upper(), split_target(titled["path"]), section.where, "line"))
    method = _METHOD_HEADING.match(section.title.strip())
    parent = section.path[-2].strip(" `*") if len(section.path) > 1 else ""
    if method and is_template_heading(parent):  # `## /{wiki domain}/{html|json}[/{a}[/{b}]]` then `### GET`
        found.extend(
            Mention(method["method"].upper(), split_target(p), section.where, "line") for p in template_paths(parent)
        )
    elif method and _PATH_HEADING.match(parent):  # `### /pets/{id}` then `#### GET`: one section per method
        found.append(Mention(method["method"].upper(), split_target(parent), section.where, "line"))
    elif method and (resource := captioned_path(parent)):  # `Domain resource: /domain` then `GET` over `GET /x.org`
        route = resource_route(resource, method["method"].upper(), section)
        found.append(Mention(method["method"].upper(), split_target(route), section.where, "line"))
    routed = _PATH_TITLE.match(section.title.strip())
    grouped = [g for t in section.path[:-1] for g in _METHOD_GROUP.findall(t)] if routed and not found else []
    if routed and grouped:  # `## POST Endpoints`, then `### \`/v1/wallets/\`: Create a new Wallet`
        found.append(Mention(grouped[-1].upper(), split_target(routed["path"]), section.where, "line"))
    if not found:  # `### /x`: "a post containing a JSON object:" {...}, "or a get with query string parameters:" URL
        found.extend(request_forms(section))
    if rpc is not None:
        found.extend(rpc_calls(section, rpc))
    named = ""
    for index, block in enumerate(section.blocks):
        after = section.blocks[index + 1] if index + 1 < len(section.blocks) else None
        said = method_said_after(after.text) if block.kind == "code" and after and after.kind == "text" else ""
        shown = block_mentions(block, named or said)
        if said and not named and len(shown) == 1 and shown[0].listed:  # a path alone, its method said after it
            shown[0].listed = False
        found.extend(shown)
        label = _METHOD_LABEL.fullmatch(block.text.strip()) if block.kind == "text" else None
        named = (label["before"] or label["after"]).upper() if label else ""
    snippet_fields(section, found)  # `<input name="display" />` beside the section's one `<form method="post">`
    found.extend(stated_over_instances(section))  # "The method ``PUT`` is allowed on items, e.g. ``/data/issue/42``"
    if rpc is not None:
        found = [rpc_alias(m, rpc) for m in found if not is_form(m.target.path, rpc)]
    return [m for m in found if m.target.path.startswith("/")]


_PATH_TITLE = re.compile(r"^`?(?P<path>/[^\s`]*)`?(?:\s*[:\-\u2013\u2014]\s+\S.*)?$")
"""A heading that is a path, alone or before its description (`` `/v1/balance/`: Get Wallet's balance ``)."""
_METHOD_GROUP = re.compile(
    rf"^(?:the\s+)?({'|'.join(METHODS)})\s+(?:endpoints?|requests?|routes?|methods?|operations?|calls?|apis?)$", re.I
)
"""A heading over path headings that names their method: `## GET Endpoints`, `## POST requests`."""
_TITLE_CASE_REQUEST = re.compile(r"(?P<method>Get|Put|Post|Delete|Patch|Head|Options)`?\s+`?(?P<path>/[^\s`]*)`?")

_STATUS_LINE = re.compile(r"\s*HTTP/\d(?:\.\d)? [1-5]\d\d\b")
"""A code block that opens with a response's status line (`HTTP/1.1 200 OK`) shows a response."""


def block_mentions(block: Block, named: str = "") -> list[Mention]:
    """`named`: the method the text right before names for what follows ("POST method:"), if any."""
    found: list[Mention] = []
    if mapped := handler_lines(block):  # a URL map: `/recipes[.{format}]` over `    GET app.recipe:list`
        return mapped
    if declared := route_objects(block):  # `routes = [{ path: 'x/:id', methods: ['get', 'post'] }, ...]`
        return declared
    if block.kind == "code":  # `GET /x?a=1` over an indented `    &b=2`: one request line
        block = replace(block, text=wrapped_queries(block.text))
    framed = framed_request(block.text) if block.kind == "code" else None  # "JSON Request", the request, "Response:"
    if block.kind == "code":
        http, sent = parse_http(block.text), shown_requests(block.text)
        if sent and (http is None or len(sent) > 1):  # requests as sent, each with what came back
            return [Mention(r.method, r.target, block.where, "http", r) for r in sent]
        if http is not None and not statement_block(block.text):  # (not `GET /x` over `# what it does` lines)
            return [Mention(http.method, (framed or http).target, block.where, "http", framed or http)]
        if forms := form_block_requests(block.text):  # `<form action="/x/login" method="post">` and its inputs
            return [Mention(r.method, r.target, block.where, "http", r) for r in forms]
        # (a client's call, an HTTPie command, is a curl command)
        curls = parse_curl(block.text) or parse_client_calls(block.text) or parse_httpie(block.text)
        if curls:
            return [Mention(r.method, r.target, block.where, "curl", r) for r in curls]
        if _STATUS_LINE.match(block.text):  # a response: `( SEE ... IN: GET /v1/pen RESPONSE )` names, not states
            return []
        if listed := _coded_path_list(block, named):
            return listed
        if parse_json_lines(block.text):
            return []
        texts = [without_log_records(block.text)]
    elif block.kind == "table":
        found.extend(table_mentions(block))
        texts = cell_texts(block)  # `GET /a`, `/a/<id>`: a request each
    elif block.kind in ("list", "deflist"):
        texts = [f"{term} {text}" for term, text in block.items]
        if any(re.match(r"\s*\[[xX]\]", t) for t in texts):  # a task list: `[ ]` items are not done yet
            texts = [t for t in texts if not re.match(r"\s*\[ \]", t)]
    else:
        # a sentence linking another site's operation ("mimics [GET /x](https://spec.example.org/..)") only refers to it
        texts = [_EXTERNAL_LINK.sub(r"the linked operation", block.text)]
    if block.kind in ("text", "list"):
        texts = [SAME_AS_REQUEST.sub("same as the operation named", t) for t in texts]  # a reference, no statement
        texts = [SHORT_HAND.sub("the short hand", t) for t in texts]
        texts = [disowned(t) for t in texts]  # compared, considered and rejected, former requests
        found.extend(prose_requests(block, texts))
    found.extend(text_curls(block, named))  # a curl paragraph states its route; a curl in a sentence shows one
    for text in texts:
        for offset, method, raw in request_lines(text):
            line = block.where.line + offset if block.where.line is not None and block.kind == "code" else None
            where = Where(block.where.file, line or block.where.line, block.where.page, block.where.section)
            # `GET /disk-alerts/json HTTP/1.1`: an example request, like a curl command
            kind = "http" if re.search(re.escape(raw) + r"\S*\s+HTTP/\d", text) else "line"
            if block.kind == "code" and re.search(rf"(?m)^[^\n]*\bhttps? {method}\s+\S*{re.escape(raw)}", text):
                kind = "http"  # HTTPie's `http POST http://host/v1/buckets`: an example request, like curl
            elif block.kind == "code" and f'{method} "{raw}"' in text:
                kind = "http"  # a REST client's `HTTP GET "/x/_default/state"`: a request as sent
                framed = framed or carried_body(text, method, raw)  # `HTTP POST "/x" {` ...: the body it sends
            prose = block.kind == "text" and len(text.replace(raw, "").split()) > 2  # more than `**GET** /x`
            prose = prose or (block.kind == "table" and is_param_table(block))  # a parameter's note: a reference
            prose = prose or (block.kind == "list" and in_later_sentence(text, raw))  # "... `400` if x. See `GET /y`"
            sent = header_lines(text, request_line=True) if block.kind == "code" else []  # a request as sent
            request = Request(method, split_target(raw), [(name, "") for name in sent]) if sent else None
            if framed is not None and (framed.method, framed.target.path) == (method, split_target(raw).path):
                request = request or framed
            noted = block.kind == "table" and is_param_table(block)
            found.append(
                Mention(method, split_target(raw), where, "http" if sent else kind, request, prose=prose, noted=noted)
            )
        for method, raw in leading_methods(text) + joined_methods(text) if block.kind != "code" else ():
            prose = block.kind == "text" and len(re.sub(r"`[^`]*`", "", text).split()) > 2
            noted = block.kind == "table" and is_param_table(block)
            found.append(Mention(method, split_target(raw), block.where, "line", prose=prose or noted, noted=noted))
        for offset, method, raw in joined_method_lines(text) if block.kind == "code" else ():
            line = block.where.line + offset if block.where.line is not None else None  # `GET/POST /x` in a listing
            where = Where(block.where.file, line or block.where.line, block.where.page, block.where.section)
            found.append(Mention(method, split_target(raw), where, "line"))
    return found


_EXTERNAL_LINK = re.compile(
    r"(?<=\w )\[(?:" + "|".join(METHODS) + r")\s+/[^\]]*\]\(https?://[^)\s]+\)|"
    r"\[(?:" + "|".join(METHODS) + r")\s+/[^\]]*\]\(https?://[^)\s]+\)(?= \w)"
)


def templates(doc: Document, mentions: list[list[Mention]], form: RpcForm | None) -> list[list[str]]:
    """Path templates the document states (`<topic>/json` in prose, `GET /pets/{id}`), as segment lists; `form`:
    the document's RPC URL form, which is no template of one route."""
    found, written = {m.target.path for section in mentions for m in section if "{" in m.target.path}, set()
    for section in doc.sections:
        for block in section.blocks:
            if block.kind not in ("text", "list", "table"):
                continue
            text = block.text + " ".join(t for item in block.items for t in item)
            text += " ".join(c for row in block.rows for c in row)
            alone = block.text.strip().strip("`*").rstrip(":").strip("`*") if block.kind == "text" else ""
            if alone.startswith("/") and len(alone) < 500 and not re.search(r"[\s`*]", alone) and "{" in alone:
                text += f" `{alone}`"  # a caption or line that is only a path: `/api/users/{id}` over its table
            for match in _TEMPLATE_TEXT.finditer(text):
                raw = match.group("path")
                if RPC_TEMPLATE.search(raw) or is_form(raw, form):
                    continue
                if raw.startswith(("http://", "https://", "/")) or re.match(r"^[<{:$]", raw):
                    path = split_target(raw if raw.startswith(("http", "/")) else "/" + raw).path
                    if "{" in path:
                        written.add(path)
    return deepened_templates(found, written)
