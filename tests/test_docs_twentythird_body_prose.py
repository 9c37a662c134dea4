"""Request bodies stated in prose in the twenty-third registry batch (benchmarks/docs/registry_truth): a lead-in
saying what the body must contain, a PATCH described by the coded fields it updates, and a body offered as an
alternative. Each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

CONTAINS = """\
# Kennel

## POST /dogs

Register a dog in the kennel. POST body should be json containing:

- `dogName` - what the dog answers to
- `breedCode` - the breed's code from the breed list

## POST /walks

Start a walk. The body must include:

- `route` - the route to take
- `minutes` (optional) - how long; an hour when not given
"""


def test_a_body_said_to_contain_the_list_after_it_requires_each_listed_field(tmp_path: Path) -> None:
    """A lead-in "POST body should be json containing:" (or "must include:") over a list of coded names: each
    is a body field the request cannot go without, unless the list marks it optional."""
    paths = extracted_paths(tmp_path, "README.md", CONTAINS)
    assert params_of(paths["/dogs"]["post"]) == {("dogName", "body"): True, ("breedCode", "body"): True}
    assert params_of(paths["/walks"]["post"]) == {("route", "body"): True, ("minutes", "body"): False}


UPDATES = """\
# Kennel

## PATCH /dogs/{tag}

Update the `nickname`, `breed` and `owner` (an email) of a dog.

## PATCH /dogs/{tag}/collar

Update the collar using `size` from the catalogue.
"""


def test_a_patch_that_says_which_coded_fields_it_updates_takes_each_optional(tmp_path: Path) -> None:
    """A PATCH described as "Update the `nickname`, `breed` and `owner` of a dog": a partial update's body
    fields, none required; a coded name that does not follow the verb ("using `size`") is not said to be updated."""
    paths = extracted_paths(tmp_path, "README.md", UPDATES)
    assert params_of(paths["/dogs/{tag}"]["patch"]) == {
        ("tag", "path"): True,
        ("nickname", "body"): False,
        ("breed", "body"): False,
        ("owner", "body"): False,
    }
    assert ("size", "body") not in params_of(paths["/dogs/{tag}/collar"]["patch"])


ALTERNATIVE = """\
# Kennel

## POST /dogs

Upload a photo of the dog to register it. Alternatively, pass a JSON object with a `nickname` attribute to
register a dog without a photo.

## POST /walks

Pass a JSON object with a `route` attribute to start a walk.
"""


def test_a_field_of_a_body_offered_as_an_alternative_is_not_required(tmp_path: Path) -> None:
    """A body offered with "Alternatively, pass a JSON object with a `nickname` attribute": one of the ways
    to make the request, its field one the request can go without; said without an alternative, the field is
    still required."""
    paths = extracted_paths(tmp_path, "README.md", ALTERNATIVE)
    assert params_of(paths["/dogs"]["post"]) == {("nickname", "body"): False}
    assert params_of(paths["/walks"]["post"]) == {("route", "body"): True}
