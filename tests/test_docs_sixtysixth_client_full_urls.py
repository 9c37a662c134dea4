"""A client call on a full URL in a snippet Python cannot parse, in the sixty-sixth registry batch
(benchmarks/docs/registry_truth): `requests.get('https://some.catalog.org/datasets.jsonld')` inside an indented
Python 2 snippet fell to the pattern reader of generic client calls, which took the URL for a path and wrote
`/https://some.catalog.org/...`. A URL keeps its host apart (`clients._wrapper_call`); a path stays a path."""

from __future__ import annotations

from mcpgen.ingest.docs.clients import parse_client_calls

SNIPPET = """\
    import requests

    content = requests.get('https://remote.example.org/datasets.jsonld').content

    try:
        parse(content)
    except ParserError, e:
        print(e)
"""


def test_a_full_url_keeps_its_host_apart() -> None:
    (call,) = parse_client_calls(SNIPPET)
    assert (call.method, call.target.origin, call.target.path) == (
        "GET",
        "https://remote.example.org",
        "/datasets.jsonld",
    )


def test_a_relative_path_is_still_read_from_the_root() -> None:
    (call,) = parse_client_calls("var T = new Twit(config);\nT.get('search/tweets', { q: 'banana' }, cb);")
    assert (call.target.origin, call.target.path) == ("", "/search/tweets")
