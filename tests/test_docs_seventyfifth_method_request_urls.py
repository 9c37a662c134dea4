"""One URL under a sentence naming the methods it takes, split by method sub-headings, in the seventy-fifth
registry batch (benchmarks/docs/registry_truth): "you can make either HTTP GET or POST requests to" over a fence
holding the URL alone, then "##### GET requests:" listing query parameters and "##### POST requests:" sending
"all of the above parameters in the body". Each method named is a request of the URL; each sub-heading's section
describes its method's request; the POST takes the GET's parameters in its body. A sentence naming no method
leaves the URL a link."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Tile renderer

## Server

#### Making requests

In your client of choice, you can make {methods} requests to

```
http://localhost:8080/draw
```

##### GET requests:

Include the following query parameters:

- `height` and `width` are integer values (required).
- `zoom` is a floating point value.
- `center` if provided must be a `lon,lat` pair.

##### POST requests:

You can do a POST request with all of the above parameters in the body of the request.
"""


def test_each_method_named_is_a_request_of_the_url(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(methods="either HTTP GET or POST"))
    assert set(ops) == {("GET", "/draw"), ("POST", "/draw")}
    got = params_of(ops[("GET", "/draw")])
    assert got[("height", "query")] is True
    assert got[("width", "query")] is True
    assert got[("zoom", "query")] is False
    posted = params_of(ops[("POST", "/draw")])
    assert {"height", "width", "zoom", "center"} <= {name for name, where in posted if where == "body"}
    assert posted[("height", "body")] is True


def test_a_sentence_naming_no_method_leaves_the_url_alone(tmp_path: Path) -> None:
    text = DOC.format(methods="any").replace("##### GET requests:", "##### Queries:") + "\n## API\n\n`GET /ping`\n"
    ops = extracted_operations(tmp_path, text)
    assert ("POST", "/draw") not in ops
