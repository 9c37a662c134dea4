"""Ingest behaviour users rely on, shown on tiny inline descriptions."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import op, openapi, write_spec
from jsonschema import Draft202012Validator

import mcpgen
from mcpgen.config import BuildConfig
from mcpgen.diagnostics import InputError


def tools_of(tmp_path: Path, spec: dict, name: str = "openapi.yaml"):
    model, diagnostics = mcpgen.ingest(write_spec(tmp_path, spec, name))
    return {t.name: t for t in model.tools}, diagnostics


def test_parameters_from_every_location_merge_into_one_object_schema(tmp_path: Path) -> None:
    spec = openapi({
        "/items/{itemId}": {
            "parameters": [{"name": "itemId", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "post": op("updateItem", parameters=[
                {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                {"name": "X-Trace", "in": "header", "required": True, "schema": {"type": "string"}},
                {"name": "session", "in": "cookie", "schema": {"type": "string"}},
            ], requestBody={"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["name"],
                "properties": {"name": {"type": "string"}, "count": {"type": "integer"}}}}}}),
        }
    })  # fmt: skip
    tool = tools_of(tmp_path, spec)[0]["updateItem"]
    schema = tool.input_schema
    assert schema["type"] == "object"
    assert set(schema["properties"]) == {"itemId", "verbose", "X-Trace", "session", "name", "count"}
    assert set(schema["required"]) == {"itemId", "X-Trace", "name"}
    where = {a.arg: a.location for a in tool.binding.args}
    assert where == {"itemId": "path", "verbose": "query", "X-Trace": "header", "session": "cookie",
                     "name": "body_field", "count": "body_field"}  # fmt: skip
    Draft202012Validator.check_schema(schema)


def test_a_name_clash_between_locations_is_renamed_and_reported(tmp_path: Path) -> None:
    spec = openapi({"/search": {"post": op("search",
        parameters=[{"name": "q", "in": "query", "schema": {"type": "string"}}],
        requestBody={"content": {"application/json": {"schema": {
            "type": "object", "properties": {"q": {"type": "string"}}}}}})}})  # fmt: skip
    tools, diagnostics = tools_of(tmp_path, spec)
    args = {(a.arg, a.wire, a.location) for a in tools["search"].binding.args}
    assert args == {("q", "q", "query"), ("body_q", "q", "body_field")}
    assert [d.code for d in diagnostics] == ["arg-renamed"]
    assert diagnostics[0].pointer == "/paths/~1search/post"


def test_nullable_and_x_nullable_become_type_unions(tmp_path: Path) -> None:
    spec3 = openapi({"/a": {"get": op("a", parameters=[
        {"name": "n", "in": "query", "schema": {"type": "string", "nullable": True, "enum": ["x"]}}])}})  # fmt: skip
    prop = tools_of(tmp_path / "v3", spec3)[0]["a"].input_schema["properties"]["n"]
    assert prop["type"] == ["string", "null"]
    assert prop["enum"] == ["x", None]
    spec2 = {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {"/b": {"post": {
        "operationId": "b", "parameters": [{"name": "body", "in": "body", "schema": {
            "type": "object", "properties": {"v": {"type": "integer", "x-nullable": True}}}}],
        "responses": {"200": {"description": "ok"}}}}}}  # fmt: skip
    prop = tools_of(tmp_path / "v2", spec2, "swagger.json")[0]["b"].input_schema["properties"]["v"]
    assert prop["type"] == ["integer", "null"]


def test_recursive_schemas_stay_finite_as_defs(tmp_path: Path) -> None:
    node = {"type": "object", "properties": {"name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}}  # fmt: skip
    spec = openapi({"/tree": {"get": {"operationId": "tree", "responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}}}}},
        components={"schemas": {"Node": node}})  # fmt: skip
    tool = tools_of(tmp_path, spec)[0]["tree"]
    out = tool.output_schema
    assert out["$defs"]["Node"]["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"}
    assert out["type"] == "object"
    validator = Draft202012Validator(out)
    validator.validate({"name": "a", "children": [{"name": "b", "children": []}]})
    assert not validator.is_valid({"name": 1})


def test_a_non_object_response_is_wrapped_as_result(tmp_path: Path) -> None:
    spec = openapi({"/n": {"get": {"operationId": "names", "responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}}}})  # fmt: skip
    tool = tools_of(tmp_path, spec)[0]["names"]
    assert tool.output_wrapped
    Draft202012Validator(tool.output_schema).validate({"result": ["a", "b"]})


def test_names_come_from_x_mcp_then_operation_id_then_route(tmp_path: Path) -> None:
    spec = openapi({
        "/pets/{petId}/photos": {"get": {"responses": {"200": {"description": "ok"}}}},
        "/pets": {"get": op("listPets", **{"x-mcp": {"name": "find pets!"}}), "post": op("createPet"),
                  "delete": op("purge", **{"x-mcp": {"exclude": True}})},
    })  # fmt: skip
    tools, diagnostics = tools_of(tmp_path, spec)
    assert set(tools) == {"get_pets_by_petId_photos", "find_pets", "createPet"}
    assert "operation-excluded" in [d.code for d in diagnostics]


def test_duplicate_tool_names_are_made_unique_with_a_warning(tmp_path: Path) -> None:
    spec = openapi({"/a": {"get": op("same")}, "/b": {"get": op("same")}})
    tools, diagnostics = tools_of(tmp_path, spec)
    assert set(tools) == {"same_a", "same_b"}
    assert [d.code for d in diagnostics] == ["operation-id-shared"]


def test_one_broken_operation_is_skipped_and_the_rest_builds(tmp_path: Path) -> None:
    spec = openapi(
        {
            "/good": {"get": op("good")},
            "/bad": {"get": op("bad", parameters=[{"$ref": "#/components/parameters/Missing"}])},
        }
    )
    tools, diagnostics = tools_of(tmp_path, spec)
    assert set(tools) == {"good"}
    skipped = [d for d in diagnostics if d.code == "operation-skipped"]
    assert skipped and skipped[0].pointer == "/paths/~1bad/get"
    assert "Missing" in skipped[0].message


def test_refs_across_files_resolve_and_refs_leaving_the_folder_are_refused(tmp_path: Path) -> None:
    write_spec(tmp_path / "api" / "schemas", {"type": "object", "properties": {"id": {"type": "string"}}}, "Thing.yaml")
    write_spec(tmp_path / "outside", {"type": "string"}, "Secret.yaml")
    spec = openapi({
        "/things": {"post": op("make", requestBody={"content": {"application/json": {
            "schema": {"$ref": "schemas/Thing.yaml"}}}})},
        "/leak": {"post": op("leak", requestBody={"content": {"application/json": {
            "schema": {"$ref": "../outside/Secret.yaml"}}}})},
    })  # fmt: skip
    tools, diagnostics = tools_of(tmp_path / "api", spec)
    assert tools["make"].input_schema["properties"] == {"id": {"type": "string"}}
    assert "leak" not in tools
    refused = [d for d in diagnostics if "leaves the allowed folders" in d.message]
    assert refused and "--allow-ref-root" in refused[0].hint


def test_remote_refs_are_refused_without_being_fetched(tmp_path: Path) -> None:
    spec = openapi({"/r": {"post": op("remote", requestBody={"content": {"application/json": {
        "schema": {"$ref": "http://127.0.0.1:9/evil.yaml"}}}})}})  # fmt: skip
    tools, diagnostics = tools_of(tmp_path, spec)
    assert "remote" not in tools
    assert any("remote reference" in d.message for d in diagnostics)


def test_malformed_yaml_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("openapi: 3.0.0\ninfo:\n  title: [unclosed\npaths: {}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken.yaml: not valid JSON or YAML at line \d+"):
        mcpgen.ingest(path)


def test_a_document_that_is_not_openapi_is_refused(tmp_path: Path) -> None:
    path = write_spec(tmp_path, {"openapi": "4.0.0", "paths": {}})
    with pytest.raises(InputError, match="unsupported OpenAPI version"):
        mcpgen.ingest(path)


def test_annotations_follow_the_http_method(tmp_path: Path) -> None:
    spec = openapi({"/x": {m: op(f"{m}X") for m in ("get", "post", "put", "patch", "delete")}})
    tools = tools_of(tmp_path, spec)[0]
    assert tools["getX"].annotations.read_only and not tools["getX"].annotations.destructive
    assert not tools["postX"].annotations.read_only and not tools["postX"].annotations.idempotent
    assert tools["putX"].annotations.idempotent and tools["putX"].annotations.destructive
    assert tools["deleteX"].annotations.destructive and tools["deleteX"].annotations.idempotent
    assert not tools["patchX"].annotations.idempotent


def test_swagger2_collection_formats_map_to_openapi3_styles(tmp_path: Path) -> None:
    spec = {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {"/s": {"get": {
        "operationId": "s", "responses": {"200": {"description": "ok"}}, "parameters": [
            {"name": "csv", "in": "query", "type": "array", "items": {"type": "string"}},
            {"name": "multi", "in": "query", "type": "array", "items": {"type": "string"},
             "collectionFormat": "multi"},
            {"name": "pipes", "in": "query", "type": "array", "items": {"type": "string"},
             "collectionFormat": "pipes"}]}}}}  # fmt: skip
    args = {a.arg: a for a in tools_of(tmp_path, spec, "s.json")[0]["s"].binding.args}
    assert (args["csv"].style, args["csv"].explode) == (None, False)
    assert (args["multi"].style, args["multi"].explode) == (None, None)
    assert args["pipes"].style == "pipeDelimited"


def test_the_ir_round_trips_through_json(tmp_path: Path) -> None:
    model, _ = mcpgen.ingest(Path(__file__).parents[1] / "specs" / "bookshop-3.0.yaml")
    again = type(model).model_validate_json(model.model_dump_json())
    assert again == model


def test_files_reached_through_an_allowed_root_are_named_relative_to_the_spec(tmp_path: Path) -> None:
    """Diagnostics must not depend on where the checkout lives (Azure's refs climb out of the spec folder)."""
    write_spec(tmp_path / "common", {"Code": {"type": "string", "pattern": "(unclosed"}}, "types.yaml")
    spec = openapi({"/c": {"get": op("c", parameters=[
        {"name": "code", "in": "query", "schema": {"$ref": "../common/types.yaml#/Code"}}])}})  # fmt: skip
    path = write_spec(tmp_path / "api", spec)
    _, diagnostics = mcpgen.ingest(path, BuildConfig(allow_ref_roots=(str(tmp_path),)))
    [pattern] = [d for d in diagnostics if d.code == "schema-pattern"]
    assert pattern.file == "../common/types.yaml"


def test_a_parameter_that_is_an_api_key_schemes_credential_is_never_a_tool_argument(tmp_path: Path) -> None:
    """Petstore's DELETE declares its `api_key` header, the credential of its key scheme, as a parameter: a tool
    argument would route the secret through the model; the server sends its configured key instead."""
    key = {"name": "API_KEY", "in": "header", "schema": {"type": "string"}}
    spec = openapi(
        {
            "/pets/{id}": {
                "delete": op("deletePet", parameters=[key, {"name": "id", "in": "path", "required": True}],
                             security=[{"oauth": []}]),
                "get": op("getPet", parameters=[{"name": "id", "in": "path", "required": True},
                                                {"name": "api_key", "in": "query"}]),
            }
        },
        components={"securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": "api_key"},
            "oauth": {"type": "http", "scheme": "bearer"},
        }},
    )  # fmt: skip
    tools, diagnostics = tools_of(tmp_path, spec)
    delete = tools["deletePet"]
    assert set(delete.input_schema["properties"]) == {"id"}
    assert delete.binding.security == (("oauth",), ("key",))  # the key is sent when no bearer token is configured
    assert any(d.code == "credential-parameter" for d in diagnostics)
    get = tools["getPet"]  # the same name in another place is no credential of that scheme
    assert set(get.input_schema["properties"]) == {"id", "api_key"}
    assert get.binding.security == ()


def test_the_discriminator_property_of_a_body_is_a_required_argument(tmp_path: Path) -> None:
    """Azure Kusto's `Database` names `kind` as its discriminator but leaves it out of `required`: an API tells its
    kinds apart by it and refuses a body without it, so the tool requires it (Swagger 2 says so outright)."""
    database = {
        "type": "object",
        "discriminator": {"propertyName": "kind"},
        "properties": {"kind": {"type": "string", "enum": ["ReadWrite", "ReadOnly"]}, "location": {"type": "string"}},
    }
    body = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Database"}}}}
    spec = openapi({"/databases/{name}": {"put": op("putDatabase", requestBody=body, parameters=[
        {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}])}},
        components={"schemas": {"Database": database}})  # fmt: skip
    tools, _ = tools_of(tmp_path, spec)
    assert set(tools["putDatabase"].input_schema["required"]) == {"name", "kind"}
