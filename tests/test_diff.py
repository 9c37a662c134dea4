"""`mcpgen diff`: what changed between two versions of an API's tools, and whether it breaks clients."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import shared_spec
from helpers import op, openapi, write_spec

import mcpgen
from mcpgen.cli import main
from mcpgen.compare import Change, DiffResult, load_surface
from mcpgen.compare.schema import compare_schemas
from mcpgen.compare.tools import operation
from mcpgen.config import BuildConfig

ROOT = Path(__file__).resolve().parents[1]
BOOKSHOP = ROOT / "specs" / "bookshop-3.0.yaml"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def returns(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", **json_body(schema)}}


def query(name: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": schema}


def list_pets(*params: dict[str, Any], out: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """A spec with one operation, GET /pets (`listPets`)."""
    operation_ = op("listPets", parameters=list(params), **extra)
    if out is not None:
        operation_["responses"] = returns(out)
    return openapi({"/pets": {"get": operation_}})


def create_pet(body: dict[str, Any]) -> dict[str, Any]:
    """A spec with one operation, POST /pets (`createPet`) taking `body` as JSON."""
    return openapi({"/pets": {"post": op("createPet", requestBody={"required": True, **json_body(body)})}})


def diff_specs(tmp_path: Path, old: dict[str, Any], new: dict[str, Any]) -> DiffResult:
    a = write_spec(tmp_path / "old", old)
    b = write_spec(tmp_path / "new", new)
    return mcpgen.diff(a, b)


def the_change(result: DiffResult, location: str) -> Change:
    found = [c for c in result.changes if c.location == location]
    assert len(found) == 1, f"{location}: {[c.to_dict() for c in result.changes]}"
    return found[0]


PET = {"type": "object", "required": ["id", "name"],
       "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "tag": {"type": "string"}}}  # fmt: skip


# -- tools added, removed, renamed ---------------------------------------------------------------------


def test_a_removed_operation_is_a_breaking_removal_and_a_new_one_a_non_breaking_addition(tmp_path: Path) -> None:
    old = openapi({"/pets": {"get": op("listPets")}, "/pets/{id}": {"delete": op("deletePet", parameters=[
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}])}})  # fmt: skip
    new = openapi({"/pets": {"get": op("listPets"), "post": op("createPet")}})
    result = diff_specs(tmp_path, old, new)
    added, removed = result.changes  # sorted by tool name
    assert (removed.tool, removed.kind, removed.severity, removed.old) == (
        "deletePet", "removed", "breaking", "DELETE /pets/{id}")  # fmt: skip
    assert (added.tool, added.kind, added.severity, added.new) == ("createPet", "added", "non-breaking", "POST /pets")
    assert result.summary() == "1 added, 1 removed, 0 renamed, 0 changed; 1 breaking change in 1 tool"


def test_the_same_operation_under_a_new_name_is_a_breaking_rename_not_a_removal(tmp_path: Path) -> None:
    result = diff_specs(tmp_path, list_pets(), openapi({"/pets": {"get": op("findPets")}}))
    assert [(c.tool, c.kind, c.severity, c.old, c.new) for c in result.changes] == [
        ("findPets", "renamed", "breaking", "listPets", "findPets")
    ]
    assert result.tools("removed") == [] and result.tools("added") == []


def test_a_path_parameter_renamed_in_the_template_keeps_the_tool_paired(tmp_path: Path) -> None:
    def spec(param: str, op_id: str) -> dict[str, Any]:
        parameter = {"name": param, "in": "path", "required": True, "schema": {"type": "string"}}
        return openapi({f"/pets/{{{param}}}": {"get": op(op_id, parameters=[parameter])}})

    result = diff_specs(tmp_path, spec("id", "getPet"), spec("petId", "fetchPet"))
    assert result.tools("renamed") == ["fetchPet"]
    assert the_change(result, "inputSchema/properties/id").message == "argument 'id' removed; " + (
        "calls that send it are now rejected or have it ignored"
    )


def test_an_operation_moved_to_another_path_keeps_its_tool_when_the_operation_id_is_the_same(tmp_path: Path) -> None:
    old = openapi({"/pets": {"get": op("listPets")}})
    new = openapi({"/v2/pets": {"get": op("listPets")}})
    change = the_change(diff_specs(tmp_path, old, new), "binding")
    assert (change.kind, change.severity, change.old, change.new) == (
        "changed", "non-breaking", "GET /pets", "GET /v2/pets")  # fmt: skip


# -- input schemas: narrowing breaks callers -------------------------------------------------------------


def test_a_new_required_argument_is_breaking_and_a_new_optional_one_is_not(tmp_path: Path) -> None:
    old = list_pets(query("limit", {"type": "integer"}))
    new = list_pets(query("limit", {"type": "integer"}), query("owner", {"type": "string"}, required=True),
                    query("tag", {"type": "string"}))  # fmt: skip
    result = diff_specs(tmp_path, old, new)
    owner = the_change(result, "inputSchema/properties/owner")
    assert owner.severity == "breaking" and owner.message.startswith("required argument 'owner' added")
    assert the_change(result, "inputSchema/properties/tag").severity == "non-breaking"


def test_an_argument_that_becomes_required_is_breaking_and_one_that_becomes_optional_is_not(tmp_path: Path) -> None:
    old = list_pets(query("limit", {"type": "integer"}), query("owner", {"type": "string"}, required=True))
    new = list_pets(query("limit", {"type": "integer"}, required=True), query("owner", {"type": "string"}))
    result = diff_specs(tmp_path, old, new)
    assert the_change(result, "inputSchema/properties/limit").severity == "breaking"
    assert the_change(result, "inputSchema/properties/owner").severity == "non-breaking"


def test_narrowing_an_argument_type_breaks_callers_and_widening_it_does_not(tmp_path: Path) -> None:
    old = list_pets(query("price", {"type": "number"}), query("age", {"type": "integer"}))
    new = list_pets(query("price", {"type": "integer"}), query("age", {"type": "number"}))
    result = diff_specs(tmp_path, old, new)
    price = the_change(result, "inputSchema/properties/price/type")
    assert (price.severity, price.old, price.new) == ("breaking", "number", "integer")
    assert price.message.startswith("type narrowed from number to integer")
    assert the_change(result, "inputSchema/properties/age/type").severity == "non-breaking"


def test_an_enum_value_removed_from_an_argument_breaks_callers_and_one_added_does_not(tmp_path: Path) -> None:
    old = list_pets(query("status", {"type": "string", "enum": ["available", "pending", "sold"]}))
    new = list_pets(query("status", {"type": "string", "enum": ["available", "sold", "adopted"]}))
    added, removed = [c for c in diff_specs(tmp_path, old, new).changes if c.location.endswith("/enum")]
    assert (removed.severity, removed.old) == ("breaking", ["pending"])
    assert (added.severity, added.new) == ("non-breaking", ["adopted"])


def test_tightened_bounds_on_an_argument_are_breaking_and_loosened_ones_are_not(tmp_path: Path) -> None:
    old = list_pets(query("limit", {"type": "integer", "minimum": 1, "maximum": 100}),
                    query("name", {"type": "string", "maxLength": 50}))  # fmt: skip
    name = {"type": "string", "maxLength": 80, "minLength": 2, "pattern": "^[a-z]+$"}
    new = list_pets(query("limit", {"type": "integer", "minimum": 0, "maximum": 50}), query("name", name))
    result = diff_specs(tmp_path, old, new)
    severities = {c.location.removeprefix("inputSchema/properties/"): c.severity for c in result.changes}
    assert severities == {
        "limit/maximum": "breaking",
        "limit/minimum": "non-breaking",
        "name/maxLength": "non-breaking",
        "name/minLength": "breaking",
        "name/pattern": "breaking",
    }
    assert the_change(result, "inputSchema/properties/limit/maximum").message.startswith(
        "maximum lowered from 100 to 50"
    )


def test_forbidding_additional_properties_on_an_input_object_is_breaking(tmp_path: Path) -> None:
    def spec(additional: bool) -> dict[str, Any]:
        labels = {"type": "object", "properties": {"color": {"type": "string"}}, "additionalProperties": additional}
        return create_pet({"type": "object", "properties": {"labels": labels}})

    closed = the_change(diff_specs(tmp_path / "a", spec(True), spec(False)),
                        "inputSchema/properties/labels/additionalProperties")  # fmt: skip
    opened = the_change(diff_specs(tmp_path / "b", spec(False), spec(True)),
                        "inputSchema/properties/labels/additionalProperties")  # fmt: skip
    assert (closed.severity, opened.severity) == ("breaking", "non-breaking")


def test_a_removed_argument_is_breaking(tmp_path: Path) -> None:
    old = list_pets(query("limit", {"type": "integer"}), query("dryRun", {"type": "boolean"}))
    new = list_pets(query("limit", {"type": "integer"}))
    change = the_change(diff_specs(tmp_path, old, new), "inputSchema/properties/dryRun")
    assert (change.severity, change.old, change.new) == ("breaking", "boolean", None)


# -- output schemas: widening breaks readers ---------------------------------------------------------------


def test_an_enum_value_added_to_a_result_breaks_readers_and_one_removed_does_not(tmp_path: Path) -> None:
    def spec(values: list[str]) -> dict[str, Any]:
        return list_pets(out={"type": "object", "properties": {"status": {"type": "string", "enum": values}}})

    result = diff_specs(tmp_path, spec(["available", "pending"]), spec(["available", "adopted"]))
    added, removed = [c for c in result.changes if c.location == "outputSchema/properties/status/enum"]
    assert (removed.severity, removed.old) == ("non-breaking", ["pending"])
    assert (added.severity, added.new) == ("breaking", ["adopted"])
    assert added.message.endswith("results may now hold values clients do not expect")


def test_a_result_property_removed_made_optional_or_nullable_is_breaking(tmp_path: Path) -> None:
    new_pet = {"type": "object", "required": ["id"],
               "properties": {"id": {"type": "integer"}, "name": {"type": ["string", "null"]}}}  # fmt: skip
    result = diff_specs(tmp_path, list_pets(out=PET, version="3.1.0"), list_pets(out=new_pet, version="3.1.0"))
    assert {c.location: c.severity for c in result.changes} == {
        "outputSchema/properties/name": "breaking",  # no longer required
        "outputSchema/properties/name/type": "breaking",  # now nullable
        "outputSchema/properties/tag": "breaking",  # removed
    }
    assert the_change(result, "outputSchema/properties/name/type").message.startswith("now nullable")


def test_a_result_property_added_or_made_required_is_not_breaking(tmp_path: Path) -> None:
    more = {**PET, "required": ["id", "name", "tag"],
            "properties": {**PET["properties"], "age": {"type": "integer"}}}  # fmt: skip
    result = diff_specs(tmp_path, list_pets(out=PET), list_pets(out=more))
    assert [c.location for c in result.changes] == ["outputSchema/properties/age", "outputSchema/properties/tag"]
    assert not result.breaking


def test_a_result_type_changed_is_breaking(tmp_path: Path) -> None:
    def spec(kind: str) -> dict[str, Any]:
        return list_pets(out={"type": "object", "properties": {"id": {"type": kind}}})

    change = the_change(diff_specs(tmp_path, spec("integer"), spec("string")), "outputSchema/properties/id/type")
    assert (change.severity, change.old, change.new) == ("breaking", "integer", "string")


# -- descriptions and behaviour ------------------------------------------------------------------------------


def test_description_only_changes_are_reported_as_non_breaking(tmp_path: Path) -> None:
    old = list_pets(query("limit", {"type": "integer", "description": "Page size."}), description="List pets.")
    new = list_pets(query("limit", {"type": "integer", "description": "How many."}), description="All pets.")
    result = diff_specs(tmp_path, old, new)
    assert [(c.location, c.severity) for c in result.changes] == [
        ("description", "non-breaking"),
        ("inputSchema/properties/limit/description", "non-breaking"),
    ]
    assert result.tools("changed") == ["listPets"] and not result.fails("breaking") and result.fails("any")


def test_a_tool_that_stops_being_read_only_is_a_breaking_annotation_change(tmp_path: Path) -> None:
    old = openapi({"/pets/refresh": {"get": op("refreshPets")}})
    new = openapi({"/pets/refresh": {"post": op("refreshPets")}})
    result = diff_specs(tmp_path, old, new)
    read_only = the_change(result, "annotations/readOnlyHint")
    assert (read_only.severity, read_only.old, read_only.new) == ("breaking", True, False)
    back = diff_specs(tmp_path / "back", new, old)
    assert the_change(back, "annotations/readOnlyHint").severity == "non-breaking"


# -- JSON Schema details -----------------------------------------------------------------------------------------


def test_refs_into_defs_are_followed_and_a_recursive_definition_is_compared_once() -> None:
    def tree(max_length: int) -> dict[str, Any]:
        children = {"type": "array", "items": {"$ref": "#/$defs/Node"}}
        node = {"type": "object", "properties": {"name": {"type": "string", "maxLength": max_length},
                                                 "children": children}}  # fmt: skip
        return {"type": "object", "properties": {"root": {"$ref": "#/$defs/Node"}}, "$defs": {"Node": node}}

    [change] = compare_schemas(tree(100), tree(50), top="argument")
    assert (change.location, change.effect, change.old, change.new) == (
        "properties/root/properties/name/maxLength", "narrower", 100, 50)  # fmt: skip


def test_a_value_that_becomes_one_of_several_alternatives_is_widened_not_rewritten() -> None:
    old = {"type": "object", "properties": {"id": {"type": "string"}}}
    new = {"type": "object", "properties": {"id": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}}
    [change] = compare_schemas(old, new)
    assert (change.location, change.effect, change.new) == ("properties/id/anyOf", "wider", ["integer"])


def test_a_definition_omitted_for_size_is_one_non_breaking_note_not_every_property_removed(tmp_path: Path) -> None:
    detailed = {"type": "object", "properties": {"owner": {"type": "object", "required": ["id"],
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}}}  # fmt: skip
    omitted = {"type": "object", "properties": {"owner": {"type": "object",
               "description": "A Owner value (schema omitted for size)."}}}  # fmt: skip
    [change] = compare_schemas(detailed, omitted)
    assert (change.location, change.effect) == ("properties/owner", "neutral")
    assert change.message.startswith("omitted for size in the new version")


# -- inputs: descriptions, IR files, generated packages --------------------------------------------------------


@pytest.fixture(scope="module")
def bookshop_versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Bookshop as a description, an IR file and a package; and a next version with `limit` capped at 50."""
    tmp = tmp_path_factory.mktemp("bookshop")
    ir = tmp / "tools.json"
    assert run("ingest", str(BOOKSHOP), "-o", str(ir)).exit_code == 0
    package = tmp / "bookshop-mcp"
    assert mcpgen.build(BOOKSHOP, out=package, formatter="none").ok
    text = BOOKSHOP.read_text(encoding="utf-8")
    capped = text.replace("maximum: 100", "maximum: 50")
    assert capped != text
    nxt = tmp / "next" / "bookshop-3.0.yaml"
    nxt.parent.mkdir()
    nxt.write_text(capped, encoding="utf-8")
    return {"spec": BOOKSHOP, "ir": ir, "package": package, "next": nxt}


@pytest.mark.parametrize("kind", ["spec", "ir", "package"])
def test_a_description_an_ir_file_and_a_generated_package_are_read_as_the_same_tools(
    bookshop_versions: dict[str, Path], kind: str
) -> None:
    source = bookshop_versions[kind]
    assert load_surface(source, BuildConfig()).kind == {"spec": "description", "ir": "ir", "package": "package"}[kind]
    same = mcpgen.diff(source, bookshop_versions["spec"])
    assert same.changes == [] and same.summary() == "no changes"
    capped = mcpgen.diff(source, bookshop_versions["next"])
    assert capped.breaking and {c.location for c in capped.breaking} >= {"inputSchema/properties/limit/maximum"}


def test_a_package_lock_file_can_be_given_instead_of_its_folder(bookshop_versions: dict[str, Path]) -> None:
    lock = bookshop_versions["package"] / "mcpgen.lock.json"
    assert mcpgen.diff(lock, bookshop_versions["package"]).changes == []


def test_a_lock_file_from_another_ir_version_is_refused_with_exit_1(tmp_path: Path) -> None:
    package = tmp_path / "old-mcp"
    package.mkdir()
    (package / "mcpgen.lock.json").write_text('{"generator": "mcpgen", "ir_version": "0", "plan": {}}')
    result = run("diff", str(package), str(BOOKSHOP))
    assert result.exit_code == 1 and "IR version 0 is not supported" in result.output


# -- the command ----------------------------------------------------------------------------------------------------


def test_fail_on_breaking_exits_1_only_when_something_breaks(tmp_path: Path) -> None:
    old = write_spec(tmp_path / "a", list_pets(query("limit", {"type": "integer", "maximum": 100})))
    tighter = write_spec(tmp_path / "b", list_pets(query("limit", {"type": "integer", "maximum": 10})))
    looser = write_spec(tmp_path / "c", list_pets(query("limit", {"type": "integer", "maximum": 500})))
    breaking = run("diff", str(old), str(tighter), "--fail-on", "breaking")
    assert breaking.exit_code == 1
    assert "! inputSchema/properties/limit/maximum: maximum lowered from 100 to 10" in breaking.output
    assert "error: 1 breaking change (--fail-on breaking)" in breaking.output
    assert run("diff", str(old), str(looser), "--fail-on", "breaking").exit_code == 0
    assert run("diff", str(old), str(looser), "--fail-on", "any").exit_code == 1
    assert run("diff", str(old), str(tighter)).exit_code == 0  # reporting only, by default


def test_the_console_report_groups_by_kind_and_ends_with_a_summary_line(bookshop_versions: dict[str, Path]) -> None:
    result = run("diff", str(bookshop_versions["spec"]), str(bookshop_versions["next"]), "-q")
    lines = result.output.splitlines()
    assert lines[0].startswith("old: Bookshop API 1.4.0 (description ")
    assert "Changed (" in result.output and "  listBooks" in lines
    assert re.fullmatch(r"0 added, 0 removed, 0 renamed, \d+ changed; \d+ breaking changes? in \d+ tools?", lines[-1])


def test_json_to_stdout_is_the_only_output_and_lists_every_change_sorted(bookshop_versions: dict[str, Path]) -> None:
    result = run("diff", str(bookshop_versions["ir"]), str(bookshop_versions["next"]), "--json", "-", "-q")
    report = json.loads(result.output)
    assert report["old"]["kind"] == "ir" and report["new"]["kind"] == "description"
    keys = [(c["tool"], c["location"]) for c in report["changes"]]
    assert keys == sorted(keys) and report["summary"]["breaking"] >= 1
    assert set(report["changes"][0]) == {"tool", "kind", "severity", "location", "old", "new", "message"}


def test_json_and_markdown_cannot_both_go_to_stdout() -> None:
    assert run("diff", str(BOOKSHOP), str(BOOKSHOP), "--json", "-", "--markdown", "-").exit_code == 2


def test_the_markdown_summary_puts_breaking_changes_first_and_folds_the_rest(tmp_path: Path) -> None:
    old = list_pets(query("limit", {"type": "integer", "maximum": 100}), description="List pets.")
    new = list_pets(query("limit", {"type": "integer", "maximum": 10}), description="All the pets.")
    out = tmp_path / "comment.md"
    assert run("diff", str(write_spec(tmp_path / "a", old)), str(write_spec(tmp_path / "b", new)),
               "--markdown", str(out)).exit_code == 0  # fmt: skip
    text = out.read_text(encoding="utf-8")
    assert "| **Breaking changes** | **1** |" in text
    assert text.index("#### Breaking changes (1)") < text.index("<details>") < text.index("description changed")
    assert "<summary>Non-breaking changes (1)</summary>" in text and text.rstrip().endswith("</sub>")


def test_text_from_a_hostile_description_cannot_break_or_inject_into_the_markdown(tmp_path: Path) -> None:
    hostile = "a|b` <script>alert(1)</script> @octocat [x](https://evil.example) **bold**\n| new | row |"
    old = list_pets(query("mode", {"type": "string", "enum": ["plain", hostile]}), description="List pets.")
    new = list_pets(query("mode", {"type": "string", "enum": ["plain"]}), description=hostile)
    text = diff_specs(tmp_path, old, new).to_markdown()
    assert "<script" not in text and "@octocat" not in text and "](" not in text and "**bold**" not in text
    assert "`" not in text
    rows = [line for line in text.splitlines() if line.startswith("| <code>")]
    assert len(rows) == 2 and all(row.count("|") == 6 for row in rows)  # five cells each, no pipe leaked


def test_terminal_escapes_from_a_description_are_printed_escaped_on_the_console(tmp_path: Path) -> None:
    old = list_pets(
        out={"type": "object", "properties": {"id": {"type": "string"}, "x\x1b[2J\x9b": {"type": "string"}}}
    )
    new = list_pets(out={"type": "object", "properties": {"id": {"type": "string"}}})
    text = diff_specs(tmp_path, old, new).console()
    assert "outputSchema/properties/x\\x1b[2J\\x9b" in text and "\x1b" not in text and "\x9b" not in text


def test_a_long_list_of_changes_is_cut_to_fit_a_pull_request_comment(tmp_path: Path) -> None:
    params = [query(f"p{i:03}", {"type": "string", "description": "old " * 20}) for i in range(300)]
    changed = [{**p, "schema": {"type": "string", "description": "new " * 20}} for p in params]
    result = diff_specs(tmp_path, list_pets(*params), list_pets(*changed))
    text = result.to_markdown(max_chars=20_000)
    assert len(text) <= 20_000 and "more (the whole list: `mcpgen diff --json`)" in text
    assert len(result.changes) == 300


def test_the_report_is_the_same_whatever_the_order_of_operations(tmp_path: Path) -> None:
    paths = {f"/r{i}": {"get": op(f"get{i}")} for i in range(5)}
    changed = {p: {"get": {**item["get"], "description": "changed"}} for p, item in reversed(paths.items())}
    first = diff_specs(tmp_path / "a", openapi(paths), openapi(changed)).to_json()
    second = diff_specs(tmp_path / "b", openapi(dict(reversed(paths.items()))), openapi(changed)).to_json()
    assert first.replace("/a/", "/b/") == second


# -- real pairs: vSphere 7.0.3 and 8.0.2 ------------------------------------------------------------------------


def vsphere(document: str) -> tuple[Path, Path]:
    return shared_spec(f"vmware/vsphere-7.0.3/{document}"), shared_spec(f"vmware/vsphere-8.0.2/{document}")


def names_by_operation(source: Path) -> dict[str, str]:
    return {operation(t): t.name for t in load_surface(source, BuildConfig()).tools}


def test_vsphere_hvc_8_drops_the_sync_provider_operations_and_renames_the_links_list() -> None:
    # 8.0.2 removes the four /sync operations, adds GET /links/{link} and POST /links/{link}?action=delete.
    # With GET /links/{link}/sync/providers gone, operationId `list` names one operation only, so the tool
    # for GET /api/hvc/links loses the path words that told the two apart: a rename.
    old, new = vsphere("hvc.json.gz")
    result = mcpgen.diff(old, new)
    removed = {c.old for c in result.changes if c.kind == "removed"}
    assert removed == {
        "GET /api/hvc/links/{link}/sync/providers",
        "GET /api/hvc/links/{link}/sync/providers/{provider}",
        "POST /api/hvc/links/{link}/sync/providers/{provider}?action=start",
        "POST /api/hvc/links/{link}/sync?action=reset",
    }
    assert {c.new for c in result.changes if c.kind == "added"} == {
        "GET /api/hvc/links/{link}",
        "POST /api/hvc/links/{link}?action=delete",
    }
    [rename] = [c for c in result.changes if c.kind == "renamed"]
    assert rename.old == names_by_operation(old)["GET /api/hvc/links"]
    assert rename.new == names_by_operation(new)["GET /api/hvc/links"] != rename.old
    assert all(c.breaking for c in result.changes if c.kind in ("removed", "renamed"))


def test_vsphere_appliance_8_requires_a_version_in_the_desired_state_and_no_longer_promises_privileges() -> None:
    # ApplianceVcenterSettingsV1ConfigComponentsAuthmanagementAuthenticationManagement: `required` goes from
    # [privileges, global_permissions, roles, vc_groups] to [version, global_permissions, roles, vc_groups],
    # with `version` a new property. It is sent by POST .../settings/v1/config and read from GET config-current.
    old, new = vsphere("appliance.json.gz")
    result = mcpgen.diff(old, new)
    names = names_by_operation(new)
    by_tool: dict[str, dict[str, Change]] = {}
    for change in result.changes:
        by_tool.setdefault(change.tool, {})[change.location] = change
    create = by_tool[names["POST /api/appliance/vcenter/settings/v1/config"]]
    version = create["inputSchema/properties/desired_state/properties/authmgmt/properties/version"]
    assert version.breaking and version.message.startswith("required property 'version' added")
    current = by_tool[names["GET /api/appliance/vcenter/settings/v1/config-current"]]
    privileges = current["outputSchema/properties/authmgmt/properties/privileges"]
    assert privileges.breaking and (privileges.old, privileges.new) == ("required", "optional")
    # GET /update/pending gains an optional query parameter; POST /update/pending?action=rollback is new.
    pending = by_tool[names["GET /api/appliance/update/pending"]]
    assert not pending["inputSchema/properties/enable_list_major_upgrade_versions"].breaking
    assert "POST /api/appliance/update/pending?action=rollback" in {c.new for c in result.changes if c.kind == "added"}
    # 8.0.2 states `security: [session_id]` on GET /system/time, which 7.0.3 left to the global default.
    time = by_tool[names["GET /api/appliance/system/time"]]["binding/security"]
    assert not time.breaking and time.new == "session_id"


def test_vsphere_esx_8_adds_a_compliance_impact_value_and_renames_tools_whose_operation_id_became_shared() -> None:
    # EsxSettingsComplianceImpact gains PARTIAL_MAINTENANCE_MODE_REQUIRED: a value old clients never saw.
    old, new = vsphere("esx.json.gz")
    result = mcpgen.diff(old, new)
    names = names_by_operation(new)
    compliance = names["GET /api/esx/settings/clusters/{cluster}/software/compliance"]
    [impact] = [
        c for c in result.changes if c.tool == compliance and c.location == "outputSchema/properties/impact/enum"
    ]
    assert impact.breaking and impact.new == ["PARTIAL_MAINTENANCE_MODE_REQUIRED"]
    # 8.0.2 adds POST /hosts/{host}/depot-overrides?action=add, sharing operationId `add` with the clusters one.
    clusters_add = "POST /api/esx/settings/clusters/{cluster}/depot-overrides?action=add"
    rename = next(c for c in result.changes if c.kind == "renamed" and c.tool == names[clusters_add])
    assert rename.old == names_by_operation(old)[clusters_add] and rename.breaking
    assert "POST /api/esx/settings/hosts/{host}/depot-overrides?action=add" in {
        c.new for c in result.changes if c.kind == "added"
    }
    assert not [c for c in result.changes if c.kind == "removed"]  # 8.0.2 removes no esx operation


def test_vsphere_session_8_only_rewords_its_documentation() -> None:
    result = mcpgen.diff(*vsphere("session.json.gz"))
    assert result.changes and not result.breaking
    assert {c.location.rsplit("/", 1)[-1] for c in result.changes} <= {"description", "title"}
