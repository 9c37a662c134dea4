"""Documentation (Markdown, HTML, PDF) to servers: detection, provenance, OpenAPI emission, bad input,
and every real document in ../shared/specs/docs built into a server that passes `mcpgen test`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import shared_spec

import mcpgen
from mcpgen.cli import main
from mcpgen.conformance.report import Outcome
from mcpgen.conformance.runner import CheckOptions
from mcpgen.diagnostics import InputError

PETS_MD = """\
# Pet Store API

The base URL is `https://pets.example.com/v1`. Send `Authorization: Bearer <token>` with every request.

## List pets

```
GET /pets
```

Returns the pets, newest first.

### Query parameters

| Name | Type | Required | Description |
|------|------|----------|-------------|
| `limit` | integer | no | How many to return (default: 20) |
| `species` | string | yes | One of: cat, dog |

## Create a pet

`POST /pets`

- `name`: (required) the pet's name
- `age`: the age in years

```json
{"name": "Rex", "age": 3}
```

## Get a pet

```
GET /pets/:petId
```

Response:

```json
{"id": "p1", "name": "Rex", "age": 3}
```
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_markdown_page_becomes_tools_with_parameters_bodies_and_the_stated_base_url(tmp_path: Path) -> None:
    service, _ = mcpgen.ingest(write(tmp_path, "pets.md", PETS_MD))
    tools = {t.binding.method + " " + t.binding.path: t for t in service.tools}
    assert sorted(tools) == ["GET /pets", "GET /pets/{petId}", "POST /pets"]
    assert [s.url for s in service.servers] == ["https://pets.example.com/v1"]
    listing = tools["GET /pets"].input_schema
    assert listing["required"] == ["species"]
    assert listing["properties"]["limit"]["type"] == "integer"
    assert listing["properties"]["limit"]["default"] == 20
    create = tools["POST /pets"]
    body_args = {a.wire: a for a in create.binding.args if a.location == "body_field"}
    assert set(body_args) == {"name", "age"}
    assert body_args["name"].required and not body_args["age"].required
    assert create.input_schema["properties"]["age"]["type"] == "integer"  # from the JSON example
    assert tools["GET /pets/{petId}"].output_schema is not None
    assert [a.kind for a in service.auth_schemes] == ["http_bearer"]


def test_every_tool_says_where_in_the_document_it_came_from(tmp_path: Path) -> None:
    service, _ = mcpgen.ingest(write(tmp_path, "pets.md", PETS_MD))
    sources = {t.binding.path + t.binding.method: t.source for t in service.tools}
    create = sources["/petsPOST"]
    assert (create.file, create.line, create.section) == ("pets.md", 22, "Pet Store API > Create a pet")
    out = CliRunner().invoke(main, ["inspect", str(tmp_path / "pets.md")])
    assert out.exit_code == 0, out.output
    assert "from pets.md:22 (Pet Store API > Create a pet)" in out.output


def test_the_format_is_detected_from_the_content_not_the_file_name(tmp_path: Path) -> None:
    html = "<!DOCTYPE html><html><body><h2>Delete</h2><pre>DELETE /things/{id}</pre></body></html>"
    service, _ = mcpgen.ingest(write(tmp_path, "notes.txt", html))
    assert service.source.format == "docs-html"
    assert [t.binding.path for t in service.tools] == ["/things/{id}"]
    service, _ = mcpgen.ingest(write(tmp_path, "readme.txt", PETS_MD))
    assert service.source.format == "docs-markdown"


def test_emitted_openapi_is_reviewable_and_builds_the_same_tools(tmp_path: Path) -> None:
    doc = write(tmp_path, "pets.md", PETS_MD)
    emitted = tmp_path / "api.yaml"
    result = CliRunner().invoke(main, ["ingest", str(doc), "--emit", "openapi", "-o", str(emitted)])
    assert result.exit_code == 0, result.output
    openapi = yaml.safe_load(emitted.read_text(encoding="utf-8"))
    assert openapi["openapi"] == "3.1.0"
    assert openapi["paths"]["/pets"]["post"]["x-mcpgen-source"]["line"] == 22
    from_docs, _ = mcpgen.ingest(doc)
    from_openapi, _ = mcpgen.ingest(emitted)
    assert [(t.name, t.binding, t.input_schema) for t in from_openapi.tools] == [
        (t.name, t.binding, t.input_schema) for t in from_docs.tools
    ]
    assert from_openapi.tools[0].source.file == "pets.md"  # provenance survives the review round trip


def test_a_document_without_endpoints_is_an_error_naming_it_and_writes_nothing(tmp_path: Path) -> None:
    doc = write(tmp_path, "notes.md", "# Notes\n\nNothing callable here.\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(doc), "-o", str(out)])
    assert result.exit_code == 1
    assert "notes.md: no API endpoints found" in result.output
    assert not out.exists()
    with pytest.raises(InputError):
        mcpgen.extract_openapi(tmp_path / "missing.md")


def test_hostile_text_in_a_document_never_becomes_code(tmp_path: Path) -> None:
    hostile = '"""; import os; os.system("echo pwned") #'
    doc = write(tmp_path, "evil.md", f"# Evil\n\n## Run {hostile}\n\n`POST /run`\n\n- `cmd`: {hostile}\n")
    mcpgen.build(doc, tmp_path / "out")
    code = "\n".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out").rglob("*.py"))
    assert "os.system" not in code
    tools = json.loads(next((tmp_path / "out").rglob("tools.json")).read_text(encoding="utf-8"))["tools"]
    assert "os.system" in json.dumps(tools)  # the text is kept, as data


REAL_DOCS = {
    "docker-registry": "docs/markdown/docker-registry-http-api-v2.md",
    "etherpad": "docs/markdown/etherpad-http-api.md",
    "mastodon": "docs/markdown/mastodon-statuses.md",
    "ntfy": "docs/markdown/ntfy-subscribe-api.md",
    "ollama": "docs/markdown/ollama-api.md",
    "slate-kittn": "docs/html/slate-kittn",
    "vsphere-6.7.1": "docs/html/vsphere-6.7.1",
    "wekan-redoc": "docs/html/wekan-redoc",
    "f3api-pdf": "docs/pdf/f3api-payment-api.pdf",
    "pbconf-pdf": "docs/pdf/pbconf-rest-api-table.pdf",
}


HTTP_CASE = "ntfy"


@pytest.mark.parametrize("case", sorted(REAL_DOCS))
def test_every_real_document_builds_into_a_server_that_passes_mcpgen_test(case: str, tmp_path: Path) -> None:
    source = shared_spec(REAL_DOCS[case])
    result = mcpgen.build(source, tmp_path / case, strict=False)
    assert not [d for d in result.diagnostics if d.severity.value == "error"]
    # every server runs over stdio; one also over streamable HTTP (the transport code is shared by all)
    options = CheckOptions(examples_per_tool=1, http=case == HTTP_CASE, timeout=30.0)
    report = mcpgen.test(tmp_path / case, spec=source, options=options)
    assert report.ok, report.console()[-3000:]
    assert report.count(Outcome.PASS) >= len(result.plan.service.tools)  # every tool was called
    if case == HTTP_CASE:
        assert {r.transport for r in report.results} >= {"stdio", "http"}
