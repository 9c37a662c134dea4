"""A bullet list written inside a raw HTML `<pre>` block of a Markdown page, in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): `- /path - POST request ...` lines padded to align are the list they spell, so
each line's route is read; a `<pre>` that holds other lines too is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import InputError
from tests.operations import extracted_operations

DOC = """\
# Service

## Usage

The service has the following endpoints:
<pre>
- /login         - POST request with `username` and `password` to get tokens
- /token/refresh - POST request to refresh the access token
{extra}</pre>
"""


def test_a_pre_block_of_bullets_is_read_as_a_list(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(extra="- /tokenize      - GET request for tokenization\n"))
    assert set(ops) == {("POST", "/login"), ("POST", "/token/refresh"), ("GET", "/tokenize")}


def test_a_pre_block_mixing_other_lines_is_left_alone(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        extracted_operations(tmp_path, DOC.format(extra="$ ./run --port 5000\n"))
