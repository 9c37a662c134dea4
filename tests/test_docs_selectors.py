"""Operations a documentation page tells apart by a selector (a fixed query value, `?action=reset`; an RPC
fragment, `POST /#X-Amz-Target=...`), and how sure each extracted operation is (`x-mcpgen-confidence`,
`--strict`)."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

import mcpgen
from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

ACTIONS = """\
# Counters

## Reset

```
POST /counters/{name}?action=reset
```

## Add

```
POST /counters/{name}?action=add&delta={delta}
```

## Dump

```
POST /memory?action=heap-dump[&live=true|false]
```
"""


def test_operations_told_apart_by_a_fixed_query_value_become_separate_tools(tmp_path: Path) -> None:
    doc = tmp_path / "counters.md"
    doc.write_text(ACTIONS, encoding="utf-8")
    openapi = extract_openapi(doc, Diagnostics())
    assert set(openapi["x-ms-paths"]) == {
        "/counters/{name}?action=reset",
        "/counters/{name}?action=add",
        "/memory?action=heap-dump",
    }
    add = openapi["x-ms-paths"]["/counters/{name}?action=add"]["post"]
    assert params_of(add) == {("name", "path"): True, ("delta", "query"): True}
    dump = openapi["x-ms-paths"]["/memory?action=heap-dump"]["post"]
    assert params_of(dump) == {("live", "query"): False}
    service, _ = mcpgen.ingest(doc)
    fixed = sorted((t.binding.path, t.binding.fixed_query) for t in service.tools)
    assert fixed == [
        ("/counters/{name}", (("action", "add"),)),
        ("/counters/{name}", (("action", "reset"),)),
        ("/memory", (("action", "heap-dump"),)),
    ]


RPC = """\
# Queue API

## AddPermission

`POST /#X-Amz-Target=AmazonSQS.AddPermission`

| Name | Type | Required | Description |
|---|---|---|---|
| QueueUrl | string | yes | The queue |
| Label | string | no | The label |

## DeleteQueue

`POST /#X-Amz-Target=AmazonSQS.DeleteQueue`

Query Parameters

- **QueueUrl** (string) -- the queue. Required.
- `Force` *optional* -- delete even when not empty
"""


def test_rpc_operations_told_apart_by_a_fragment_are_separate_tools_sending_their_selector(tmp_path: Path) -> None:
    doc = tmp_path / "sqs.md"
    doc.write_text(RPC, encoding="utf-8")
    service, _ = mcpgen.ingest(doc)
    tools = {t.binding.path: t for t in service.tools}
    assert set(tools) == {"/#X-Amz-Target=AmazonSQS.AddPermission", "/#X-Amz-Target=AmazonSQS.DeleteQueue"}
    add = tools["/#X-Amz-Target=AmazonSQS.AddPermission"]
    assert add.input_schema["properties"]["X-Amz-Target"]["enum"] == ["AmazonSQS.AddPermission"]
    assert {(a.wire, a.location, a.required) for a in add.binding.args} == {
        ("X-Amz-Target", "header", True),
        ("QueueUrl", "body_field", True),
        ("Label", "body_field", False),
    }
    delete = tools["/#X-Amz-Target=AmazonSQS.DeleteQueue"]
    assert {(a.wire, a.required) for a in delete.binding.args if a.location != "header"} == {
        ("QueueUrl", True),
        ("Force", False),
    }


def test_mcpgen_test_tells_fragment_selected_operations_apart_by_their_selector_header(tmp_path: Path) -> None:
    """Both operations are `POST /`: the mock upstream matches each request by its X-Amz-Target."""
    from mcpgen.conformance import CheckOptions, Outcome

    doc = tmp_path / "sqs.md"
    doc.write_text("Base URL: https://sqs.example.com\n\n" + RPC, encoding="utf-8")
    result = mcpgen.build(doc, tmp_path / "pkg")
    report = mcpgen.test(tmp_path / "pkg", options=CheckOptions(examples_per_tool=1, timeout=20, http=False))
    assert {r.id: r.reason for r in report.results if r.outcome is Outcome.FAIL} == {}
    called = {r.id for r in report.results if r.id.startswith("tools.call.valid[") and r.outcome is Outcome.PASS}
    assert called == {f"tools.call.valid[{t.name}]" for t in result.plan.service.tools}


CONFIDENCE = """\
# Things API

Base URL: https://api.example.com/v1

## Endpoints

| Method | Path |
|---|---|
| GET | /things |
| DELETE | /things/{id} |

```
curl -X DELETE -H "X-Trace: abc" https://api.example.com/v1/things/42
curl https://api.example.com/v1/things
```

## List things

`GET /things`

Lists things, newest first.

| Name | In | Required | Description |
|---|---|---|---|
| limit | query | no | How many to return |
| colour | query | yes | Only this colour |
"""


def test_each_operation_says_how_sure_its_extraction_is_and_strict_builds_refuse_the_unsure(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mcpgen.cli import main

    doc = tmp_path / "things.md"
    doc.write_text(CONFIDENCE, encoding="utf-8")
    diags = Diagnostics()
    openapi = extract_openapi(doc, diags)
    listing = openapi["paths"]["/things"]["get"]["x-mcpgen-confidence"]
    assert listing["score"] == 1.0
    assert listing["evidence"] == ["stated as a request line (GET /things)", "parameters from table (2)"]
    delete = openapi["paths"]["/things/{id}"]["delete"]["x-mcpgen-confidence"]
    assert delete["score"] < 0.5
    assert "seen only in example requests: X-Trace" in delete["evidence"]
    [trace] = [p for p in openapi["paths"]["/things/{id}"]["delete"]["parameters"] if p["name"] == "X-Trace"]
    # the part to review, marked: an example shows the header is sent, not whether it must be
    assert trace["x-mcpgen-inferred"] == ["seen only in example requests", "required flag not stated"]
    assert all("x-mcpgen-inferred" not in p for p in openapi["paths"]["/things"]["get"]["parameters"])
    [warning] = [d for d in diags.items if d.code == "docs-low-confidence"]
    assert (warning.file, warning.line) == ("things.md", 7)  # points at the passage, like every docs diagnostic
    runner = CliRunner()
    shown = runner.invoke(main, ["inspect", str(doc)])
    assert shown.exit_code == 0, shown.output
    weakest = shown.output.split("least sure operations", 1)[1]
    assert weakest.index("DELETE /things/{id}") < weakest.index("GET /things")
    assert runner.invoke(main, ["build", str(doc), "-o", str(tmp_path / "lax")]).exit_code == 0
    strict = runner.invoke(main, ["build", str(doc), "-o", str(tmp_path / "strict"), "--strict"])
    assert strict.exit_code != 0 and "docs-low-confidence" in strict.output
    assert not (tmp_path / "strict").exists()
