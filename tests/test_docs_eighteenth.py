"""Structures of the eighteenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): each rule is
written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

import re
from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi


def _routes(document: dict) -> list[tuple[str, str]]:
    """(method, path) of each operation, placeholders written `{}` (their names are the extractor's choice)."""
    return sorted((m, re.sub(r"\{[^{}]*\}", "{}", p)) for p, ops in document["paths"].items() for m in ops)


PAGE_MEMBERS = """\
Racks
=====

List the racks::

    curl http://localhost:9000/api/Racks
    {
        "Members": [
            {"link": "/api/Racks/7f3a2c"},
            {"link": "/api/Racks/Spare"}
        ],
        "self": "/api/Racks"
    }

Read one rack::

    curl http://localhost:9000/api/Racks/7f3a2c

Read the spare rack's fans::

    curl http://localhost:9000/api/Racks/Spare/Fans
    {
        "Power": {"link": "/api/Racks/Spare/Fans/Power"},
        "Name": "Fans"
    }

Switch the LED of another rack::

    curl -X PATCH -d '{"Led": "Off"}' http://localhost:9000/api/Racks/9b2e11

Read the power of the fans::

    curl http://localhost:9000/api/Racks/Spare/Fans/Power
"""


def test_a_collection_whose_response_lists_its_members_by_link_has_ids_after_it(tmp_path: Path) -> None:
    """`curl .../Racks` answered by `"Members": [{"link": ".../Racks/7f3a2c"}, {"link": ".../Racks/Spare"}]`, no
    template anywhere: what follows `/Racks` in another request is a member's id (a listed one, `Spare`, or any
    value with a digit, `9b2e11`); a link outside a list (`"Power": {"link": ".../Fans/Power"}`) is a sub-resource,
    not a member, so `/Fans/Power` stays a route word."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE_MEMBERS, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    assert _routes(document) == [
        ("get", "/api/Racks"),
        ("get", "/api/Racks/{}"),
        ("get", "/api/Racks/{}/Fans"),
        ("get", "/api/Racks/{}/Fans/Power"),
        ("patch", "/api/Racks/{}"),
    ]
    (item,) = [p for p in document["paths"] if p.count("/") == 3 and "{" in p]
    assert params_of(document["paths"][item]["patch"]) == {(item[12:-1], "path"): True, ("Led", "body"): False}


PAGE_OWN_ID = """\
# Disks

Read a disk of a shelf:

```bash
curl http://localhost:9000/api/shelves/front/disks/A7C2F90D
```

```json
{"Id": "A7C2F90D", "Name": "Disk one", "Links": {"Shelf": "/api/shelves/front"}}
```

Read the shelf's status:

```bash
curl http://localhost:9000/api/shelves/front/status
```

```json
{"Id": "status", "Healthy": true}
```
"""


def test_a_response_giving_its_own_id_makes_the_request_s_last_segment_a_placeholder(tmp_path: Path) -> None:
    """`curl .../disks/A7C2F90D` answered by `{"Id": "A7C2F90D", ...}`: the resource names that segment as its
    id, so it is a value (`{disk_id}`); a word it names so (`"Id": "status"`) stays a route word."""
    doc = tmp_path / "README.md"
    doc.write_text(PAGE_OWN_ID, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    assert _routes(document) == [
        ("get", "/api/shelves/front/disks/{}"),
        ("get", "/api/shelves/front/status"),
    ]
