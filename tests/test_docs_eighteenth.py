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


PAGE_TABLE_AFTER_REQUEST = """\
# Thumbnailer

## HTTP API

```http
POST /resize/{format}
Content-Type: multipart/form-data
```

| Parameter | Applies to | Meaning |
|---|---|---|
| `image` | all | The picture. Required. |
| `width` | all | Target width in pixels. |
| `quality` | jpeg, webp | Compression quality. |
| `crop` | all | Crop rather than pad. |

```bash
curl -X POST "http://localhost:7000/resize/png?width=200&crop=true" -F "image=@cat.png"
```

The other endpoints: `GET /health` for liveness and `GET /formats` for the list of formats.
"""


def test_a_parameter_table_right_after_a_lone_request_line_is_that_request_s(tmp_path: Path) -> None:
    """A code block holding one request line (and a header line), then a parameter table, in a section that also
    names other routes in a sentence (so it is no one endpoint's): the table's rows are that request's
    parameters; a row without a location takes the one the examples give it (`-F image=@...`: body), else the one
    the examples give most of the other rows (`?width=..&crop=..`: query)."""
    doc = tmp_path / "README.md"
    doc.write_text(PAGE_TABLE_AFTER_REQUEST, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    assert _routes(document) == [("get", "/formats"), ("get", "/health"), ("post", "/resize/{}")]
    assert params_of(document["paths"]["/resize/{format}"]["post"]) == {
        ("format", "path"): True,
        ("image", "body"): True,
        ("width", "query"): False,
        ("quality", "query"): False,
        ("crop", "query"): False,
    }


PAGE_SIBLING_ROUTE = """\
# Translator

## API

```http
POST /translate/{source}/{target}
```

```bash
curl -X POST "http://localhost:7000/translate/en/de" -d "text=hello"
curl -X POST "http://localhost:7000/translate/fr/it" -d "text=bonjour"
```

## Spelling

One language pair also spells words out:

```bash
curl -X POST "http://localhost:7000/spell/en/de" -d "text=hello"
```

## Status

```bash
curl http://localhost:7000/status/en/ok
```
"""


def test_a_concrete_path_with_an_example_s_values_in_a_template_s_places_is_a_sibling_route(tmp_path: Path) -> None:
    """The stated `POST /translate/{source}/{target}`, its example `.../translate/en/de`, and `.../spell/en/de`
    (no template stated for it): the same values in the template's placeholders, other words before them, so
    a sibling route over the same placeholders, `/spell/{source}/{target}`; `/status/en/ok` (values no example
    of the template shows together) stays as written."""
    doc = tmp_path / "README.md"
    doc.write_text(PAGE_SIBLING_ROUTE, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    assert _routes(document) == [("get", "/status/en/ok"), ("post", "/spell/{}/{}"), ("post", "/translate/{}/{}")]
    spell = next(ops["post"] for p, ops in document["paths"].items() if p.startswith("/spell/"))
    assert {name for name, location in params_of(spell) if location == "path"} == {"source", "target"}


PAGE_SAME_KEYS = """\
Power
=====

Switch the node on, then off::

    curl -d '{"State": "On"}' -H "Content-Type: application/json" -X POST http://localhost:9000/api/node/power
    curl -d '{"State": "Off"}' -H "Content-Type: application/json" -X POST http://localhost:9000/api/node/power

Labels
======

Label the node, with or without a colour::

    curl -d '{"Text": "rack A"}' -H "Content-Type: application/json" -X POST http://localhost:9000/api/node/labels
    curl -d '{"Text": "rack B", "Colour": "red"}' -X POST http://localhost:9000/api/node/labels
"""


def test_examples_that_all_send_the_same_keys_do_not_make_them_required(tmp_path: Path) -> None:
    """Two curl bodies with the same keys and other values (`{"State": "On"}`, `{"State": "Off"}`) show values,
    not which keys may be left out: nothing is required. Where the calls leave a key out (`Colour`), the key every
    one of them sends (`Text`) is what those callers chose to send, not a key the body needs: calls make no key
    required (`sent_bodies.py`; bodies the document states as the request's still do)."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE_SAME_KEYS, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    paths = document["paths"]
    assert params_of(paths["/api/node/power"]["post"]) == {("State", "body"): False}
    assert params_of(paths["/api/node/labels"]["post"]) == {
        ("Text", "body"): False,
        ("Colour", "body"): False,
    }


PAGE_SELF_LINK = """\
Shelves
=======

List the shelves::

    curl http://localhost:9000/api/Shelves/front
    {
        "Name": "Front shelf",
        "self": "/api/Shelves/front"
    }

Its bins::

    curl http://localhost:9000/api/Shelves/front/Bins

Its lamps::

    curl http://localhost:9000/api/front/Lamps
    {
        "Members": [],
        "self": "/api/Shelves/front/Lamps"
    }
"""


def test_a_response_whose_own_link_has_one_segment_more_corrects_the_request(tmp_path: Path) -> None:
    """`curl .../api/front/Lamps` answered by a response whose own link (`"self"`) is `/api/Shelves/front/Lamps`:
    the request as printed lost the inner segment `Shelves`, and the route is the one the response names."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE_SELF_LINK, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    assert _routes(document) == [
        ("get", "/api/Shelves/front"),
        ("get", "/api/Shelves/front/Bins"),
        ("get", "/api/Shelves/front/Lamps"),
    ]
