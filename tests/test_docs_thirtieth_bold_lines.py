"""Body fields of the thirtieth registry batch (benchmarks/docs/registry_truth) written as a paragraph of bold
lines under the request's example, `**name** - what it is`, one line each, "(optional)" inside the bold: each
line is a field of the request, including one the example leaves out. A paragraph that only opens with a bold
word is prose and names nothing."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of

PAGE = """\
# Relay

## Publishing

**Request Endpoint**

```http
POST /messages
```

**Request Body**

```json
{"topic": "alerts", "text": "disk full"}
```

**topic** - The topic to publish to.
**topics** - Instead of one topic, an array of topics to publish to at once.
**text** - The message.
**sender (optional)** - Who sends it.

**Note** - the relay keeps messages for a day. Older ones are dropped.
"""


def test_a_paragraph_of_bold_led_lines_lists_the_request_body_fields(tmp_path: Path) -> None:
    post = params_of(_paths(tmp_path, "README.md", PAGE)["/messages"]["post"])
    assert {("topic", "body"), ("topics", "body"), ("text", "body"), ("sender", "body")} <= set(post)
    assert post[("sender", "body")] is False


def test_a_paragraph_that_only_opens_with_a_bold_word_names_no_field(tmp_path: Path) -> None:
    post = params_of(_paths(tmp_path, "README.md", PAGE)["/messages"]["post"])
    assert not any(name.lower() == "note" for name, _ in post)
