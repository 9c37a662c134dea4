"""An HTTPie command whose output the shell saves to a file, in the seventy-fifth registry batch
(benchmarks/docs/registry_truth): `http :8080/render width=400 height=400 style:=@style.json > /tmp/test.png`.
The redirection is the shell's: the command is a request with those body fields, and no `http: ...` pair of a
`name: value` listing. A line that is no HTTPie command stays unread."""

from __future__ import annotations

from mcpgen.ingest.docs.blocks import Block, Where
from mcpgen.ingest.docs.httpie import parse_httpie
from mcpgen.ingest.docs.key_lines import key_value_lines


def test_a_redirected_command_is_its_request() -> None:
    (request,) = parse_httpie("http :8080/render width=400 height=400 style:=@tests/style.json > /tmp/test.png")
    assert request.method == "POST"
    assert request.target.path == "/render"
    assert set(request.body) == {"width", "height", "style"}


def test_a_redirected_command_is_no_key_value_listing() -> None:
    text = "http :8080/render width=400 height=400 > /tmp/test.png"
    assert key_value_lines(Block(kind="code", text=text, where=Where("x", 1, None, "s")), "") == []


def test_a_comparison_is_no_redirection() -> None:
    assert parse_httpie("http :8080/render width=400 note=fine > ") == []
    assert parse_httpie("echo :8080/render > /tmp/test.png") == []
