"""Structures of the twenty-third registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): a heading
that states a route template, a placeholder named in words (`{config section}`), and `#### Request`
subsections whose code blocks show the request as sent on concrete values, a lone request line or a raw HTTP
request with headers and a body."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_SENT_REQUESTS = """\
# Drawing robot HTTP API

### GET /v1/tools

Lists the tools.

### PUT /v1/tools/{toolname}

Sets the tool for the pen.

#### Request
```javascript
PUT /v1/tools/brush2
```

#### Response
```javascript
HTTP/1.1 200 OK
Content-Type: application/json; charset=UTF-8

{"status": "Tool changed to brush2"}
```

### GET /v1/config/{config section}

Gets every setting of the given section.

#### Request
```javascript
GET /v1/config/motion
```

### PUT /v1/config/{config section}

Sets values of the given section.

#### Request
```javascript
PUT /v1/config/motion
Content-Type: application/json; charset=UTF-8

{
  "speed": 40 // steps per second
}
```
"""


def test_a_placeholder_named_in_words_stays_one_path_parameter(tmp_path: Path) -> None:
    """`### GET /v1/config/{config section}` is one route whose last segment is the placeholder "config section"
    (`config_section` in the OpenAPI document), a required path parameter, not a route cut at the space."""
    paths = extracted_paths(tmp_path, "API.md", PAGE_SENT_REQUESTS)
    assert params_of(paths["/v1/config/{config_section}"]["get"]) == {("config_section", "path"): True}


def test_requests_sent_on_concrete_values_under_a_template_heading_are_its_examples(tmp_path: Path) -> None:
    """`PUT /v1/tools/brush2` alone in a fence, and `PUT /v1/config/motion` with its headers and body, under
    `#### Request` of the template's heading, show the template in use: no route of their own."""
    paths = extracted_paths(tmp_path, "API.md", PAGE_SENT_REQUESTS)
    assert {(m, p) for p, ops in paths.items() for m in ops} == {
        ("get", "/v1/tools"),
        ("put", "/v1/tools/{toolname}"),
        ("get", "/v1/config/{config_section}"),
        ("put", "/v1/config/{config_section}"),
    }
    assert params_of(paths["/v1/tools/{toolname}"]["put"]) == {("toolname", "path"): True}
