"""Fields a record is given, in the sixty-fifth registry batch (benchmarks/docs/registry_truth): after the last
request line, an "Attributes" subsection says "the related record is given an `attachment` attribute with the
following fields:" over `filename`, `hash`, `size` bullets. What the server gives a stored record is what reading it
returns, not what a request sends (`label_contexts.CONTEXT`). Fields a request is given stay parameters."""

from __future__ import annotations

from mcpgen.ingest.docs.params import context_location


def test_fields_a_record_is_given_are_the_answer() -> None:
    label = "When a file is attached, the related record is given an `attachment` attribute with the following fields:"
    assert context_location([label, "Attributes"]) == "response"
    assert context_location(["Each item is assigned a `status` with these fields:"]) == "response"


def test_other_field_lists_keep_their_context() -> None:
    assert context_location(["The request is sent with the following fields:", "Attributes"]) == ""
    assert context_location(["Attributes"]) == ""
