"""Parameter precision: a dotted body field whose last part is marked as an array (`spec.storage.disks[]`, the way
Sphinx's httpdomain and other renderers of a schema write an array member) is a member of the top-level object
`spec`, like its dotted siblings: read as a name of its own, the request would send a top-level key
`spec.storage.disks`, which the API does not take."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

DOTTED_ARRAY_MEMBERS = """\
# Machines API

## PUT /machines/{name}

Creates or replaces a machine.

Request JSON Object:

- `location` (string) - Where the machine runs.
- `spec` (object) - The machine's settings.
- `spec.size` (string) - The machine size.
- `spec.storage` (object) - The machine's storage.
- `spec.storage.osDisk` (object) - The system disk.
- `spec.storage.disks[]` (object) - A data disk.
- `spec.network.interfaces[]` (object) - A network interface.
- `tags[]` (string) - A tag.
"""


def test_a_dotted_array_member_is_inside_its_top_level_object(tmp_path: Path) -> None:
    """`spec.storage.disks[]` and `spec.network.interfaces[]` go inside `spec` (as arrays), with `spec.size`; the
    plain fields beside them (`location`, `tags`) are still the body's own."""
    ops = extracted_operations(tmp_path, DOTTED_ARRAY_MEMBERS)
    operation = ops[("PUT", "/machines/{name}")]
    body = {name for name, location in params_of(operation) if location == "body"}
    assert body == {"location", "spec", "tags"}
    spec = operation["requestBody"]["content"]["application/json"]["schema"]["properties"]["spec"]
    assert spec["properties"]["storage"]["properties"]["disks"]["type"] == "array"
    assert spec["properties"]["network"]["properties"]["interfaces"]["type"] == "array"
    assert {"size", "storage", "network"} <= set(spec["properties"])
