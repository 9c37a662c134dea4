"""A code block of one full URL alone under a sentence telling the reader to call the URL, in the sixty-eighth
registry batch (benchmarks/docs/registry_truth): "To get the tokens, the user must call the URL:" over
```http://ip:8082/oauth/token?grant_type=password&username=<user>```. The URL is a GET and its query names are
its query parameters (`called_url_blocks.py`); a URL alone under another sentence ("The server now runs at:") is
left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# web

## Objects

```
[GET] http://ip:8082/object/system.adapter.web.0
```

## OAuth2

To get the tokens, the user must call the URL:

```
http://ip:8082/oauth/token?grant_type=password&client_id=app&stayloggedin=true
```
"""

NEAR_MISS = DOC.replace("the user must call the URL:", "the server now runs at:")


def test_a_called_url_is_its_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/oauth/token") in ops
    names = {p["name"] for p in ops[("GET", "/oauth/token")].get("parameters", [])}
    assert {"grant_type", "client_id", "stayloggedin"} <= names


def test_a_url_under_another_sentence_is_left_alone(tmp_path: Path) -> None:
    assert ("GET", "/oauth/token") not in extracted_operations(tmp_path, NEAR_MISS)
