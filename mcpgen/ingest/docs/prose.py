"""Parameters running text names: "a JSON object containing a string `name` field and ... may also optionally
contain a string `initial_state` field", "unless an If-Modified-Since or If-None-Match header is given",
"honoring the `Range` header", "the "includeTasks" parameter ... (default false)", "`sku` and `name` are
required", and a body shown as inline JSON (`{"link": "magnet link"}`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .blocks import Where
from .colon_queries import colon_queries
from .conditional_requirements import conditional
from .deciding_headers import deciding_headers
from .endpoint import Endpoint
from .expected_bodies import expected_body_fields, required_key_fields
from .filter_sentences import filter_names
from .item_phrases import item_phrase_params
from .label_lines import label_sentence_params
from .offered_fields import offered_fields
from .option_runs import option_runs
from .params import Param, required_from, valid_name
from .query_values import query_value_params
from .requests import STANDARD_HEADERS, parse_json
from .sentence_bodies import claimed_objects
from .typed_label_lists import typed_label_params
from .updated_fields import updated_fields
from .valued_headers import valued_headers

_HEADER_NAME = r"\b(?:X-)?[A-Z][a-z]+(?:-[A-Z][A-Za-z]*)+\b"  # `If-None-Match`, `X-Request-Id`
_NAMED_HEADERS = re.compile(
    rf"{_HEADER_NAME}(?:,? (?:or|and) {_HEADER_NAME}|, {_HEADER_NAME})* (?:request )?headers?\b"
)
# "honoring the `Range` header": a header named in code, one word or several
_CODED_HEADER = re.compile(r"`(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)`\s+(?:request\s+)?header\b")
# "will add a new torrent (`{"link":"magnet link or URL"}`)": the body, as an example in inline code
_INLINE_JSON = re.compile(r"`(\{[^`]*\})`")
# "`sku` and `name` are required", "`id`, `kind` or `name` is mandatory", "`a`, and `b` are required fields": the
# verb is found first and the names looked for just before it (a bounded window: linear on any text)
_REQUIRED_VERB = re.compile(r"\b(?:is|are)\s+(?:an?\s+)?(?:required|mandatory)\b")  # "is a required field"
_NAMES_BEFORE = re.compile(  # (a name in bold code too: "**`email`** and **`password`** are required")
    r"((?:(?:\*\*|__)?`[A-Za-z_][\w.-]*`(?:\*\*|__)?\s*,?\s*(?:and|or|&)?\s*)+)(?:fields?\s+|parameters?\s+)?$"
)
_REQUIRED_FIRST = re.compile(
    r"\b(?:the\s+)?required\s+(?:fields|parameters|params|options|keys|arguments|properties|attributes)"
    r"\s+(?:are|is)\s*:?\s+(?P<run>`[A-Za-z_][\w.-]*`(?:\s*,\s*(?:and\s+)?`[A-Za-z_][\w.-]*`|\s+and\s+`[A-Za-z_][\w.-]*`)*)"
    r"(?![\w`]|\s*,?\s*(?:or|and)\b)",  # (the whole run: "`a` or `b`" names alternatives)
    re.I,
)
""""Required options are `source_file`, `destination_file` and `encoder_options`": the label first, then the names
(the coded names joined by commas and "and"), as a README states after a request's example body which of its
fields the request must send. A list joined by "or" names alternatives, no one of them required."""
_BODY_WORDS = re.compile(r"\b(?:request body|body|payload|json object|json document|multipart/form-data)\b", re.I)
# "containing a string `name` field", "an object `config` field", "optionally contain a JSON array `offsets` field"
_PROSE_FIELD = re.compile(
    r"(?P<optional>\boptional(?:ly)?\s+(?:\w+\s+){0,3}?)?(?:\b(?:an?|the)\s+(?:(?:string|object|array|integer|int|"
    r"number|boolean|bool|json|list|map|long|float|double)\s+){0,3}|(?<=\())"  # or in brackets: "(`file` field ...)"
    r"`(?P<name>[A-Za-z_][\w.-]*)`\s+(?:field|property|key|attribute)",
    re.I,
)
_CARRIED_IN = re.compile(
    r"(?i)\b(?:is|are)\s+(?:expected|sent|given|passed|supplied|provided)\s+in\s+(?:an?|the)\s+"
    r"`(?P<name>[A-Za-z_][\w.-]*)`\s+(?:field|property|key|attribute)\b"
)
"""What a request carries, said to come in a named field: "The query is expected in a `mdx` property" (a field of
the body of the request that sends one; nothing said of need). "is returned in a `data` property" is the answer's."""
_REQUEST_LABEL = re.compile(r"^\W*request(?: body)?\W*:", re.I)
_WITH_FIELD = re.compile(r"\bwith (?:an? |the )?`(?P<name>[A-Za-z_][\w.-]*)` (?:field|property|key|member)\b", re.I)
"""A paragraph labelled as the request ("**Request:** ... wrapped data with `effie` field") names the body's
fields it says the body comes with."""
_OPTIONAL_CLAUSE = re.compile(r"\boptional(?:ly)?\b[^.;]*$", re.I)
_ALTERNATIVE = re.compile(r"(?:^|[.;:!?]\s+)(?:alternatively|instead)\b,?[^.;:!?]*$", re.I)
""""Alternatively, pass a JSON object with a `name` attribute": a field of one of the ways to make the request,
one the request can go without."""
# (a sigil may lead the name: roundup's `@sort`, OData's `$filter`)
_PROSE_PARAM = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+[\"`“]([@$]?[A-Za-z_][\w.-]*)[\"`”]\s+(?:query |path |request )?(?:param(?:eter)?|option)\b"
    # the noun first: "add the query parameter ``@protected=true``" (an example value may follow the name)
    r"|\b(?:[Tt]he|[Aa]n?)\s+(?:query (?:string )?|path |request )?param(?:eter)? (?:called |named )?"
    r"[\"`“]([@$]?[A-Za-z_][\w.-]*)(?:=[^\"`”\s]*)?[\"`”]"
)


_IS_REQUIRED = re.compile(r"\s+(?:is|are)\s+(?:always\s+)?(?:required|mandatory)\b")
"""Said of the parameter a sentence has just named: "The `model` query parameter is required to ..."."""


# "there is no option of a `x` parameter", "does not take a `x` parameter", "the `x` parameter is not supported"
_DENIAL_BEFORE = re.compile(
    r"(?:\bno(?:\s+(?:option|support|need|way)\s+(?:of|for))?|\bnor|\b(?:does|do|did|can|will)\s*(?:not|n't)\s+"
    r"(?:take|accept|support|have|need|use|require|understand)|\bnot\s+(?:take|accept|support|have)s?)\s+$",
    re.I,
)
_DENIAL_AFTER = re.compile(
    r"^\s*(?:is|are)\s+(?:not|no\s+longer|never)\s+(?:supported|accepted|available|allowed|honou?red|used)\b", re.I
)


def _denied(sentence: str, match: re.Match[str]) -> bool:
    """The sentence says the parameter it names does not exist or is not taken."""
    before = sentence[max(0, match.start() - 60) : match.start()]
    return bool(_DENIAL_BEFORE.search(before) or _DENIAL_AFTER.match(sentence[match.end() :]))


def required_names(text: str) -> list[tuple[list[str], bool]]:
    """The names each "... are required" sentence of `text` names, and whether it says they must always be given
    (not only in some case: "If email login is enabled, `email` is required" names a field the request may leave
    out, `conditional_requirements`)."""
    found = []
    for verb in _REQUIRED_VERB.finditer(text):
        start = max(0, verb.start() - 200)
        run = _NAMES_BEFORE.search(text[start : verb.start()])
        if run:
            names = re.findall(r"`([A-Za-z_][\w.-]*)`", run.group(1))
            found.append((names, not conditional(text, start + run.start(), verb.end())))
    found += [  # "Required options are `a`, `b` and `c`."
        (re.findall(r"`([A-Za-z_][\w.-]*)`", m["run"]), not conditional(text, m.start(), m.end()))
        for m in _REQUIRED_FIRST.finditer(text)
    ]
    return found


_ANSWER_BEFORE = re.compile(
    r"(?i)(?:→|->|=>|\breturns?\b|\bresponse\b|\bresponds?\b|\banswers?\b|\brepl(?:ies|ied)\b)[^;.]*$"
)
# "returns a status 201 with a `Location` header", "The response mentions the count in the `Content-Range` header":
# a header that comes back, not one the request sends ("answers 412 unless the `If-Match` header matches" is sent)
_RETURNED_HEADER = re.compile(
    r"(?i)(?:\breturns?\b|\bresponses?\b|\bresponds?\b|\brepl(?:y|ies)\b)"
    r"(?![^;.]*\b(?:unless|if|when|without|missing|requires?|must|needs?|sends?|pass|set)\b)[^;.]*$"
)
_SUPPLIED = re.compile(
    r"\b(?i:when|if|once|unless)\s+`([A-Za-z_][\w.-]*)`\s+(?:is|are)\s+(?:provided|supplied|given|passed|specified|set)\b"
    r"|`([A-Za-z_][\w.-]*)`\s+if\s+(?:provided|supplied|given|passed|specified|present)\b"
)
"""A name a request without a body takes only when given: "When `post_logout_redirect_uri` is provided, ...",
"appending `state` if supplied" (optional query parameters)."""
_CODED_QUERY = re.compile(r"`\?([A-Za-z_][^`\s]*=[^`\s]*)`")
_ACCEPTS = re.compile(
    r"^(?:(?:this|the|each|every|any)\s+(?:endpoint|route|request|call|operation)s?\s+|it\s+)?(?:also\s+)?"
    r"(?:accepts?|takes?)\s+(?P<rest>`.*)$",
    re.I,
)
"""A sentence of a route's own saying what it takes: "Accepts `slugs` (comma-separated), the singular `slug`, or
`category`.", "Every request also accepts `start` (default 0) and `size`."."""
_VALUES = frozenset({"true", "false", "null", "none", "yes", "no", "on", "off"})


def read_prose(endpoint: Endpoint, text: str, where: Where, add: Callable[[Endpoint, Param], None]) -> None:
    """What a paragraph says of `endpoint`'s parameters, each given to `add`; inline JSON bodies become its
    request examples."""
    if endpoint.method in ("POST", "PUT", "PATCH"):  # "you can provide the tag value using the `x` field"
        for name in offered_fields(text):
            add(endpoint, Param(name, "body", where, False, origin="prose"))
    if endpoint.method == "PATCH":  # "Update the `name` and `email` of a single model."
        for name in updated_fields(text):
            add(endpoint, Param(name, "body", where, False, origin="prose"))
    if endpoint.method in ("POST", "PUT", "PATCH"):  # "The query is expected in a `mdx` property."
        for match in _CARRIED_IN.finditer(text):
            add(endpoint, Param(match["name"], "body", where, None, origin="prose"))
    if endpoint.method in ("POST", "PUT", "PATCH") and _REQUEST_LABEL.match(text):
        for match in _WITH_FIELD.finditer(text):  # "**Request:** Same format as `/render`, with `effie` field"
            add(endpoint, Param(match["name"], "body", where, None, origin="prose"))
    if endpoint.method in ("POST", "PUT", "PATCH") and _BODY_WORDS.search(text):
        for match in _PROSE_FIELD.finditer(text):
            optional = bool(match.group("optional")) or bool(_OPTIONAL_CLAUSE.search(text[: match.start()][-60:]))
            optional = optional or bool(_ALTERNATIVE.search(text[: match.start()]))
            aside = text[: match.start("name") - 1].endswith("(")  # named in brackets: nothing said of need
            required = None if aside else not optional
            add(endpoint, Param(match.group("name"), "body", where, required, origin="prose"))
    for param in typed_label_params(text, where):  # "Query params: index (int) - picture index, raw (bool)"
        add(endpoint, param)
    for match in _NAMED_HEADERS.finditer(text):  # "unless an If-Modified-Since or If-None-Match header is"
        for name in re.findall(_HEADER_NAME, match.group(0)):
            add(endpoint, Param(name, "header", where, False, origin="prose"))
    for match in _CODED_HEADER.finditer(text):
        if match["name"].lower() not in STANDARD_HEADERS and not _RETURNED_HEADER.search(text[: match.start()]):
            add(endpoint, Param(match["name"], "header", where, False, origin="prose"))
    for name in valued_headers(text):  # "If the `If-Match: "<stamp>"` request header is provided"
        add(endpoint, Param(name, "header", where, False, origin="prose"))
    for param in deciding_headers(text, where):  # "(based on headers `Accept` value)": the caller's choice
        add(endpoint, param)
    if endpoint.method in ("POST", "PUT", "PATCH"):
        claimed = claimed_objects(text)  # "`POST /a` ... Both accept `{...}`": the requests the sentence names
        for match in _INLINE_JSON.finditer(text):
            if _ANSWER_BEFORE.search(text[: match.start()][-40:]) or match.start() in claimed:
                continue  # "→ wrapped, `data` = `{...}`", "returns `{...}`": what comes back
            raw = match.group(1)
            value = parse_json(raw)
            if isinstance(value, dict) and value:
                endpoint.request_examples.append(value)
                endpoint.body_kind = endpoint.body_kind or "json"
    for name, need in expected_body_fields(text) if endpoint.method in ("POST", "PUT", "PATCH") else ():
        add(endpoint, Param(name, "body", where, need, origin="prose"))  # "expects the body to be `{ a: 1 }`"
    for name in required_key_fields(text) if endpoint.method in ("POST", "PUT", "PATCH") else ():
        add(endpoint, Param(name, "body", where, True, origin="prose"))  # "a json object that must have the keys"
    for name, location, need in item_phrase_params(endpoint.method, text):  # "JSON body for `text` or `url`"
        add(endpoint, Param(name, location, where, need, origin="prose"))
    for param in label_sentence_params(text, where):  # "GET `/files` - Returns a file. Parameters: `url`, `fname`"
        add(endpoint, param)
    for param in query_value_params(text, where):  # "Query params: `offset=N` (paginate), `limit=N`"
        add(endpoint, param)
    for name, need in colon_queries(text):  # "There is one query string param: `page` for pagination."
        add(endpoint, Param(name, "query", where, need, origin="prose"))
    for name, description in option_runs(text):  # "*Options:* `prompt`: ... `temperature`: ..."
        location = "body" if endpoint.method in ("POST", "PUT", "PATCH") else "query"
        add(endpoint, Param(name, location, where, required_from(description), description=description, origin="list"))
    if endpoint.method == "GET":  # "The project list can be filtered by `name`, `uuid`, and `is_archived` fields."
        for name in filter_names(text):
            if valid_name(name) and not any(k[0] == name for k in endpoint.params):
                add(endpoint, Param(name, "query", where, False, origin="prose"))
    if endpoint.method in ("GET", "HEAD", "DELETE"):  # "When `post_logout_redirect_uri` is provided, redirects"
        for name in dict.fromkeys(a or b for a, b in _SUPPLIED.findall(text)):
            if valid_name(name) and not any(k[0] == name for k in endpoint.params):
                add(endpoint, Param(name, "query", where, False, origin="prose"))
    for sentence in re.split(r"(?<=[.;])\s+", " ".join(text.split())):  # "Accepts `slugs`, the singular `slug`, or"
        if (taken := _ACCEPTS.match(sentence)) is None:
            continue
        for name in dict.fromkeys(re.findall(r"`([A-Za-z_][\w.-]*)`(?!\s*(?:request\s+)?headers?\b)", taken["rest"])):
            if valid_name(name) and name.lower() not in _VALUES and not name.isupper():  # no values, no methods
                location = "body" if endpoint.method in ("POST", "PUT", "PATCH") else "query"
                add(endpoint, Param(name, location, where, None, origin="prose"))
    for raw in _CODED_QUERY.findall(text):  # "query `?limit=50&offset=0`": an example query, nothing said of need
        for name in dict.fromkeys(pair.split("=", 1)[0] for pair in raw.split("&")):
            if valid_name(name):
                add(endpoint, Param(name, "query", where, None, origin="prose"))
    for sentence in re.split(r"(?<=[.;])\s+", text):
        for match in _PROSE_PARAM.finditer(sentence):
            if _denied(sentence, match):  # "there is no option of a `confirmations` parameter": none
                continue
            name = match[1] or match[2]
            known = next((k for k in endpoint.params if k[0] == name), None)
            location = known[1] if known else "query" if re.search(r"\bquery\b", sentence, re.I) else ""
            if not location and endpoint.method in ("GET", "HEAD", "DELETE"):
                location = "query"  # a parameter of a request that has no body
            if not location and (endpoint.body_kind or any(k[1] == "body" for k in endpoint.params)):
                location = "body"  # "The ``events`` option" of a request whose body fields are known
            if not location:
                continue
            optional = re.search(r"\bdefault|\boptional\b", sentence, re.I)  # ("Optionally, ..." says the request is)
            needed = bool(_IS_REQUIRED.match(sentence, match.end()))  # "The `model` query parameter is required"
            required = True if needed else False if optional else None
            param = Param(name, location, where, required, description=sentence.strip(), origin="prose")
            if known and required is not None:
                endpoint.params[known].required = required
            add(endpoint, param)
