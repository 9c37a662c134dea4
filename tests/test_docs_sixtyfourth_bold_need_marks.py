"""A description opening with its need in parentheses and emphasis, in the sixty-fourth registry batch
(benchmarks/docs/registry_truth): "(**required**) Will be interpolated in the title" marks the field required as
"(required)" does, and "(*optional*)" optional. The word inside other words or text ("a **required** step follows")
is no mark."""

from __future__ import annotations

from mcpgen.ingest.docs.params import required_from


def test_emphasised_need_in_parentheses_is_read() -> None:
    assert required_from("(**required**) Will be interpolated in the title") is True
    assert required_from("(*optional*) A note") is False
    assert required_from("(required) plain") is True


def test_other_emphasis_is_no_mark() -> None:
    assert required_from("Runs before a **required** step follows it") is None
