"""An unfenced curl command under an `Example:` label in the same paragraph, in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): the command is read as code, so its `-F "file=@x"` form field is a body field of
the operation; a sentence running into a curl command stays prose."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Files

## API

**POST /api/upload**

{label}
curl -X POST http://localhost:8000/api/upload \\
  -F "file=@localfile.txt"

**GET /api/files**

Lists the files.
"""


def test_a_labelled_curl_paragraph_is_read_as_code(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(label="Example:"))
    assert params_of(ops[("POST", "/api/upload")]) == {("file", "body"): False}


def test_a_sentence_before_the_command_keeps_the_paragraph_prose(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(label="you could, for instance, upload it with the following:"))
    assert params_of(ops[("POST", "/api/upload")]) == {}
