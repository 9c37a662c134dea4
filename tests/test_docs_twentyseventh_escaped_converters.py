"""Werkzeug route converters written with Markdown-escaped brackets, in the twenty-seventh registry batch
(benchmarks/docs/registry_truth): a heading `### GET /faults/\\<int:id\\>` renders as `GET /faults/<int:id>`, the
request line of a Flask route whose `<int:id>` is a placeholder named `id`. The rule is written for the structure a
page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

ESCAPED_HEADINGS = """\
# Boiler REST server

## API

### GET /api/v2/faults

Returns every fault.

### GET /api/v2/faults/\\<int:index\\>

Returns one fault.

**Parameter:**

* **\\<int:index\\>**: The fault's position in the list.

### PUT /api/v2/programs/\\<int:program\\>/\\<int:slot\\>

Sets one slot of a program.

### GET /api/v2/settings/\\<string:key\\>

Returns one setting.
"""

CONVERTERS_IN_CODE = """\
# Boiler REST server

| Route | Description |
|-------|-------------|
| `GET /api/v2/zones/<uuid:zone>` | One zone. |
| `DELETE /api/v2/files/<path:location>` | Removes a file. |
"""


def test_escaped_converter_headings_are_routes_with_named_path_placeholders(tmp_path: Path) -> None:
    """`\\<int:index\\>` in a heading is the placeholder `{index}`, required in the path; no route keeps a
    backslash or a converter name."""
    paths = extracted_paths(tmp_path, "README.md", ESCAPED_HEADINGS)
    assert set(paths) == {
        "/api/v2/faults",
        "/api/v2/faults/{index}",
        "/api/v2/programs/{program}/{slot}",
        "/api/v2/settings/{key}",
    }
    assert set(paths["/api/v2/faults/{index}"]) == {"get"}
    assert params_of(paths["/api/v2/faults/{index}"]["get"]) == {("index", "path"): True}
    assert set(paths["/api/v2/programs/{program}/{slot}"]) == {"put"}
    assert params_of(paths["/api/v2/programs/{program}/{slot}"]["put"]) == {
        ("program", "path"): True,
        ("slot", "path"): True,
    }
    assert params_of(paths["/api/v2/settings/{key}"]["get"]) == {("key", "path"): True}


def test_converters_in_code_are_placeholders_named_after_the_colon(tmp_path: Path) -> None:
    """`<uuid:zone>` and `<path:location>` in code (no escapes needed there) are `{zone}` and `{location}`."""
    paths = extracted_paths(tmp_path, "README.md", CONVERTERS_IN_CODE)
    assert set(paths) == {"/api/v2/zones/{zone}", "/api/v2/files/{location}"}
    assert params_of(paths["/api/v2/zones/{zone}"]["get"]) == {("zone", "path"): True}
    assert params_of(paths["/api/v2/files/{location}"]["delete"]) == {("location", "path"): True}
