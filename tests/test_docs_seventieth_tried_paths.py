"""Paths alone in a code block that a sentence tells the reader to try, in the seventieth registry batch
(benchmarks/docs/registry_truth): a server's README starts it, then "try the following paths:" over ```/demo```,
```/parser/search?text=london```, ```/parser/tokenize?text=sydney new south wales```. On a page that writes no method,
each line is a GET route and its query names its parameters, a value of spaced words included
(`tried_paths.py`); a block under another sentence, or on a page that writes its methods, is examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import InputError
from tests.operations import extracted_operations, params_of

TRIED = """\
# Geocoder

## Run server

```bash
$ PORT=6100 npm start
```

the server should now be running; try the following paths:

```javascript
/demo
/lookup/search?text=london
/lookup/tokenize?text=sydney new south wales
```

for example, the following urls will return strings in Japanese / Russian where available:

```
/lookup/search?text=germany&lang=jpn
/lookup/search?text=germany&lang=rus
```
"""

EXAMPLES_ONLY = """\
# Geocoder

## Run server

for example, the following urls will return strings in Japanese / Russian where available:

```
/lookup/search?text=germany&lang=jpn
/lookup/tokenize?text=germany
```
"""

WITH_METHODS = """\
# Geocoder

## GET /lookup/search

Searches places.

try the following paths:

```
/lookup/search?text=london
/lookup/other?text=london
```
"""


def test_tried_paths_are_get_routes_with_their_query(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, TRIED)
    assert set(operations) == {("GET", "/demo"), ("GET", "/lookup/search"), ("GET", "/lookup/tokenize")}
    assert params_of(operations[("GET", "/lookup/tokenize")]) == {("text", "query"): False}
    assert set(params_of(operations[("GET", "/lookup/search")])) == {("text", "query"), ("lang", "query")}


def test_paths_under_another_sentence_are_no_routes(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        extracted_operations(tmp_path, EXAMPLES_ONLY)


def test_a_page_writing_methods_keeps_its_tried_paths_as_examples(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, WITH_METHODS)) == {("GET", "/lookup/search")}
