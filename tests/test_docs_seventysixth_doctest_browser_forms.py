"""A doctest that posts a form through a test browser, in the seventy-sixth registry batch
(benchmarks/docs/registry_truth): an older (Python 2) doctest writes `>>> form = {'doc': ..., 'fmt': 'html'}`
then `>>> print browser.POST(url, **form)`. The print statement is read as a call, the browser as a client, and
the dict spread into the call's keywords as the form's fields. A dict of a library's options spread into a call
(`**{"timeout": 5}`) is no body."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Converter

Via a `POST` to `/docs` you can send a document:

```python
>>> url = 'http://localhost/docs'
>>> form = {'doc': ('sample.txt', 'Some Content'),
...         'out-fmt': 'html'}
>>> print browser.POST(url, **form)  # doctest: +NORMALIZE_WHITESPACE
201 Created
```

Options can be spread too:

```python
>>> opts = {'timeout': 5}
>>> print browser.POST('http://localhost/jobs', **opts)
201 Created
```
"""


def test_the_spread_form_gives_the_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/docs")]) == {("doc", "body"): False, ("out-fmt", "body"): False}


def test_spread_options_are_no_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/jobs")]) == {}
