"""Structures of the twelfth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Twelfth batch"):
each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of


def _operations(paths: dict) -> list[tuple[str, str]]:
    return sorted((m, p) for p, ops in paths.items() for m in ops)


def test_a_page_wide_method_sentence_gives_every_path_only_route_each_method(tmp_path: Path) -> None:
    """ "Every route may be requested with `GET` or `POST`", then sections giving a labelled path alone: each
    route is both a GET and a POST, with the section's parameters on each."""
    paths = _paths(
        tmp_path,
        "kennel.md",
        "# Kennel API\n\nEvery route may be requested with `GET` or `POST`; answers are JSON.\n\n"
        "## List dogs\n\nRoute: `/kennels/:kid/dogs`\n\nQuery parameters:\n\n"
        "* `breed` - only dogs of this breed (optional)\n\n"
        "## Adopt a dog\n\nRoute: `/kennels/:kid/adopt`\n\nQuery parameters:\n\n"
        "* `dog` - the dog's name (required)\n* `note` - a note for the keeper (optional)\n",
    )
    assert _operations(paths) == [
        ("get", "/kennels/{kid}/adopt"),
        ("get", "/kennels/{kid}/dogs"),
        ("post", "/kennels/{kid}/adopt"),
        ("post", "/kennels/{kid}/dogs"),
    ]
    for method in ("get", "post"):
        assert params_of(paths["/kennels/{kid}/adopt"][method]) == {
            ("kid", "path"): True,
            ("dog", "query"): True,
            ("note", "query"): False,
        }


def test_without_a_page_wide_method_sentence_a_path_only_route_stays_a_get(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "kennel.md",
        "# Kennel API\n\nEvery route answers in JSON.\n\n## List dogs\n\nRoute: `/kennels/:kid/dogs`\n\n"
        "## Adopt a dog\n\nRoute: `/kennels/:kid/adopt`\n\n## Walk a dog\n\nRoute: `/kennels/:kid/walk`\n",
    )
    assert _operations(paths) == [
        ("get", "/kennels/{kid}/adopt"),
        ("get", "/kennels/{kid}/dogs"),
        ("get", "/kennels/{kid}/walk"),
    ]


def test_an_httpdomain_request_header_field_is_a_header_parameter(tmp_path: Path) -> None:
    """`:reqheader Accept:` declares a header of the request, as a parameter table's row does: kept, though
    clients often set Accept themselves; a credential header is never a parameter."""
    paths = _paths(
        tmp_path,
        "garden.rst",
        "Garden\n======\n\n.. http:get:: /beds\n\n   The flower beds\n\n   :query season: only beds sown in it\n"
        "   :reqheader Accept: ``application/json`` or ``text/csv``\n"
        "   :reqheader Authorization: a bearer token\n"
        "   :resheader Content-Type: as asked\n",
    )
    assert params_of(paths["/beds"]["get"]) == {("season", "query"): False, ("Accept", "header"): False}


def test_a_markdown_list_of_media_headers_stays_out(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "garden.md",
        "# Garden\n\n## GET /beds\n\nHeaders:\n\n* `Accept` - `application/json`\n\nQuery parameters:\n\n"
        "* `season` - only beds sown in it\n",
    )
    assert params_of(paths["/beds"]["get"]) == {("season", "query"): False}
