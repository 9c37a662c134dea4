"""Generated API references: bodies given only as a schema's name, and TypeScript-style declarations.

The layouts are those of widdershins, bootprint and openapi-to-md (the rendered corpus in
benchmarks/docs scores the real renderers' output); here each is written small enough to read.
"""

from __future__ import annotations

from pathlib import Path

import mcpgen
from mcpgen.ir import Tool

WIDDERSHINS = """\
<h1 id="pets-api">Pets API v1</h1>

Base URLs:

* <a href="https://pets.example.com/v1">https://pets.example.com/v1</a>

<h1 id="pets-api-pet">pet</h1>

## addPet

<a id="opIdaddPet"></a>

`POST /pets`

*Add a pet.*

> Body parameter

```json
{"name": "Rex", "tags": [{"id": 1}], "owner": {"email": "a@b.c"}}
```

<h3 id="addpet-parameters">Parameters</h3>

|Name|In|Type|Required|Description|
|---|---|---|---|---|
|body|body|[NewPet](#schemanewpet)|true|The pet.|

## createPets

`POST /pets/batch`

<h3 id="createpets-parameters">Parameters</h3>

|Name|In|Type|Required|Description|
|---|---|---|---|---|
|body|body|[[Pet](#schemapet)]|true|Several pets.|

# Schemas

<h2 id="tocS_Pet">Pet</h2>
<!-- backwards compatibility -->
<a id="schemapet"></a>
<a id="schema_Pet"></a>

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|name|string|true|none|The pet's name.|
|tags|[[Tag](#schematag)]|false|none|none|
|» id|integer|false|none|A nested field, not a body field.|
|owner|[Owner](#schemaowner)|false|none|none|

<h2 id="tocS_NewPet">NewPet</h2>
<a id="schemanewpet"></a>

### Properties

allOf

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|*anonymous*|object|false|none|none|
|» sponsor|string|true|none|Who brought the pet in.|

and

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|*anonymous*|[Pet](#schemapet)|false|none|none|
"""

OPENAPI_TO_MD = """\
# Pets API

## Path Details

### [GET]/pets

- Summary
List pets

#### Parameters(Query)

```typescript
species: string
```

```typescript
limit?: integer //default: 20
```

#### Responses

- 200 OK

`application/json`

```typescript
{
  id: string
  name: string
}[]
```

***

### [POST]/pets

- Summary
Add a pet

#### RequestBody

- application/json

```typescript
{
  // The pet's name.
  name: string
  nickname?: string
  owner: {
    email?: string
  }
  // pet status in the store
  status?: enum[available, sold]
}
```

#### Responses

- 201 Created

## References

### #/components/parameters/Cursor

```typescript
cursor?: string
```
"""

BOOTPRINT = """\
<!DOCTYPE html><html><body>
<h2>Paths</h2>
<div id="operation--pets-post" class="panel">
  <div class="panel-heading">
    <h3 class="panel-title"><span class="operation-name">POST</span> <strong>/pets</strong></h3>
  </div>
  <div class="panel-body">
    <section class="sw-request-body">
      <p>Uses default content-types: <span>application/json</span></p>
      <div class="row"><div class="col-md-6 sw-request-model">
        <div class="panel panel-definition"><div class="panel-body">
          <a class="json-schema-ref" href="#/definitions/PetCreate">PetCreate</a>
        </div></div>
      </div></div>
    </section>
  </div>
</div>
<h2>Schema definitions</h2>
<h3>PetCreate: <a href="#/definitions/PetSpec">PetSpec</a></h3>
<h3>PetSpec: object</h3>
<table>
  <tr><th>name</th><th>type</th><th>required</th><th>description</th></tr>
  <tr><td>name</td><td>string</td><td>required</td><td>The pet's name.</td></tr>
  <tr><td>age</td><td>integer</td><td></td><td>Years.</td></tr>
</table>
</body></html>
"""


def _tools(tmp_path: Path, name: str, text: str) -> dict[str, Tool]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    service, _ = mcpgen.ingest(path)
    return {f"{t.binding.method} {t.binding.path}": t for t in service.tools}


def _args(tool: Tool, location: str) -> dict[str, bool]:
    return {a.wire: a.required for a in tool.binding.args if a.location == location}


def test_a_body_given_as_a_schema_link_gets_that_schemas_fields_and_required_flags(tmp_path: Path) -> None:
    tools = _tools(tmp_path, "ref.md", WIDDERSHINS)
    assert sorted(tools) == ["POST /pets", "POST /pets/batch"]  # the Schemas part describes no endpoint
    # NewPet = allOf [{sponsor}, Pet]: the parts' top-level fields, not `» id` nested under tags
    assert _args(tools["POST /pets"], "body_field") == {"sponsor": True, "name": True, "tags": False, "owner": False}
    schema = tools["POST /pets"].input_schema["properties"]
    assert schema["tags"]["type"] == "array" and schema["owner"]["type"] == "object"
    assert schema["name"]["description"] == "The pet's name."
    assert "sponsor" not in _args(tools["POST /pets/batch"], "body_field")  # an array of Pet: no field list


def test_typescript_declarations_give_parameters_and_bodies_but_responses_do_not(tmp_path: Path) -> None:
    tools = _tools(tmp_path, "ts.md", OPENAPI_TO_MD)
    assert _args(tools["GET /pets"], "query") == {"species": True, "limit": False}
    assert tools["GET /pets"].input_schema["properties"]["limit"]["default"] == 20
    create = tools["POST /pets"]
    # `owner: {` is never marked optional by the renderer: not taken as required
    assert _args(create, "body_field") == {"name": True, "nickname": False, "owner": False, "status": False}
    properties = create.input_schema["properties"]
    assert properties["status"]["enum"] == ["available", "sold"]
    assert properties["name"]["description"] == "The pet's name."
    assert "cursor" not in properties and "id" not in tools["GET /pets"].input_schema["properties"]


def test_a_request_body_named_by_its_schema_in_html_resolves_through_an_alias(tmp_path: Path) -> None:
    tools = _tools(tmp_path, "ref.html", BOOTPRINT)
    assert _args(tools["POST /pets"], "body_field") == {"name": True, "age": False}
    assert tools["POST /pets"].input_schema["properties"]["age"]["type"] == "integer"


def test_a_schema_name_alone_in_a_request_that_takes_a_body_stands_for_its_fields(tmp_path: Path) -> None:
    """A printed bootprint page keeps only the model's name where the HTML had a CSS-labelled request body."""
    text = """\
# Orders

## POST /orders

Place an order.

OrderSpec

## GET /orders

OrderSpec

## Schema definitions

### OrderSpec: object

| name | type | required | description |
|------|------|----------|-------------|
| item | string | required | What to order. |
| count | integer | | How many. |
"""
    tools = _tools(tmp_path, "orders.md", text)
    assert _args(tools["POST /orders"], "body_field") == {"item": True, "count": False}
    assert not _args(tools["GET /orders"], "query")  # a GET takes no body: the name is just text there


def test_a_body_parameter_typed_by_a_lowercase_dotted_schema_name_gets_that_schemas_fields(tmp_path: Path) -> None:
    """HTML drops the link a Markdown reference had: `vm.power_spec` alone in the schema cell still names the
    model defined further down; a lowercase word no section defines stays a plain parameter."""
    text = """\
<html><body>
<h3>/vm/{vm}/power</h3><h4>POST</h4>
<table><tr><th>Name</th><th>Located in</th><th>Description</th><th>Required</th><th>Schema</th></tr>
<tr><td>vm</td><td>path</td><td>The machine.</td><td>Yes</td><td>string</td></tr>
<tr><td>spec</td><td>body</td><td></td><td>Yes</td><td>vm.power_spec</td></tr></table>
<h3>/vm/{vm}/note</h3><h4>PUT</h4>
<table><tr><th>Name</th><th>Located in</th><th>Description</th><th>Required</th><th>Schema</th></tr>
<tr><td>vm</td><td>path</td><td>The machine.</td><td>Yes</td><td>string</td></tr>
<tr><td>note</td><td>body</td><td></td><td>Yes</td><td>memo</td></tr></table>
<h2>Models</h2>
<h4>vm.power_spec</h4>
<table><tr><th>Name</th><th>Type</th><th>Description</th><th>Required</th></tr>
<tr><td>state</td><td>string</td><td>on or off</td><td>Yes</td></tr>
<tr><td>force</td><td>boolean</td><td>Skip the guest.</td><td>No</td></tr></table>
</body></html>
"""
    tools = _tools(tmp_path, "vm.html", text)
    assert _args(tools["POST /vm/{vm}/power"], "body_field") == {"state": True, "force": False}
    assert _args(tools["PUT /vm/{vm}/note"], "body_field") == {"note": True}
