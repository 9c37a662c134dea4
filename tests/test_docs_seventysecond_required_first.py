"""A sentence that names a request's required fields label first, in the seventy-second registry batch
(benchmarks/docs/registry_truth): "Required options are `source`, `target` and `options`." after the example body
makes each a required field (`prose.required_names`, `_REQUIRED_FIRST`). Fields the body shows but the sentence
does not name stay optional, and a sentence that only mentions required options without naming them gives
nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Usage

Request: `POST /jobs`

Parameters (HTTP POST data, should be valid JSON object):

    {
        "source": "/in.wmv",
        "target": "/out.mp4",
        "options": "-y",
        "callback": "http://example.com/hook"
    }

Required options are `source`, `target` and `options`. Input and output files must be absolute paths.
"""

NEAR_MISS = DOC.replace(
    "Required options are `source`, `target` and `options`.", "Required options are listed in the guide."
)


def test_fields_named_after_required_options_are_required(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, DOC)[("POST", "/jobs")])
    assert params[("source", "body")] is True
    assert params[("target", "body")] is True
    assert params[("options", "body")] is True


def test_a_sentence_naming_no_field_marks_none_required(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, NEAR_MISS)[("POST", "/jobs")])
    assert params.get(("source", "body")) is not True


def test_names_joined_by_or_are_alternatives_not_requirements() -> None:
    from mcpgen.ingest.docs.prose import required_names

    assert required_names("Required options are `source`, `target` and `options`.") == [
        (["source", "target", "options"], True)
    ]
    assert required_names("Required options are `source` or `url`.") == []
