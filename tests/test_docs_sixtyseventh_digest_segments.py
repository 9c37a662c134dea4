"""A long hexadecimal digest in a URL template the page writes from a created resource's token, in the
sixty-seventh registry batch (benchmarks/docs/registry_truth): "the url template to access the tiles can be
created:" over `http://host/api/v1/map/c01a54877c62831bb51720263f91fb33:0/{z}/{x}/{y}.png`, where the page states
`GET /api/v1/map/:TOKEN/{z}/{x}/{y}.png`. The digest can only be a value, so it stands in the placeholder's place
(`templating.values_of_sibling_placeholders`); a word in that place (a route's own literal) is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Tiles

## Quick start

With that id the url template to access the tiles can be created:

```
http://maps.example.com/api/v1/map/c01a54877c62831bb51720263f91fb33:0/{z}/{x}/{y}.png
```

## Fetch tiles

`GET /api/v1/map/:TOKEN/{z}/{x}/{y}.png`
"""


def test_the_digest_is_the_placeholders_value(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, DOC)) == {("GET", "/api/v1/map/{token}/{z}/{x}/{y}.png")}


def test_a_word_in_that_place_is_a_route_of_its_own(tmp_path: Path) -> None:
    doc = DOC.replace("c01a54877c62831bb51720263f91fb33:0", "preview")
    assert ("GET", "/api/v1/map/preview/{z}/{x}/{y}.png") in extracted_operations(tmp_path, doc)
