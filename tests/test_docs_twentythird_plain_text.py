"""Plain-text protocol documents in the twenty-third registry batch (benchmarks/docs/registry_truth): a `.txt` page
with numbered headings and label lines, whose requests are URLs on `Request:` lines, in the protocol's own scheme
where the page says it stands for an HTTP origin. Each rule is written for the structure a page uses, not for the
project that showed it first."""

from __future__ import annotations

from pathlib import Path

import pytest
from operations import extracted_paths, params_of

from mcpgen.diagnostics import Diagnostics, InputError
from mcpgen.ingest.docs import documents, extract_openapi

PROTOCOL = """\
\t\tKite Tracking Protocol (KTP)
\t\t   notes, v0.3

I. Overview

Every request is a plain URL.  (Note: ktp://station can be interchanged
with http://station:7070 when poking at things with curl or wget.)

II. Requests

1. Station status

Request: ktp://station/status
Response: ksta
Description: What the station reports about itself, and which
\tfeatures it supports.

2. Flights of one kite

Request: ktp://station/kites/<kiteid>/flights?window=<from-to>&fields=<list of
fields>&session=<sid>
Response: kfli
Content:
\tkfli
\t  kcnt - how many flights
\t  klst - the flights

3. Download a track

Request: ktp://station/kites/<kiteid>/tracks/<trackid>.gpx?session=<sid>
Response: the raw track
Description: Sends the track file.  Note that it is possible
\tto use the 'range' http header to fetch part of a track.
"""


def test_a_txt_page_is_read_as_plain_text_with_its_request_urls_as_gets(tmp_path: Path) -> None:
    """A `.txt` file given by name is read as plain text (numbered headings, `<kiteid>` kept, indented lines
    continuing a label): each `Request:` URL naming no method is a GET, in the page's own scheme the origin the
    page says it stands for; a URL wrapped inside a `<list of fields>` placeholder is read whole."""
    doc = tmp_path / "ktp.txt"
    doc.write_text(PROTOCOL, encoding="utf-8")
    extracted = extract_openapi(doc, Diagnostics())
    assert extracted["servers"] == [{"url": "http://station:7070"}]
    paths = extracted["paths"]
    assert {path: set(ops) for path, ops in paths.items()} == {
        "/status": {"get"},
        "/kites/{kiteid}/flights": {"get"},
        "/kites/{kiteid}/tracks/{trackid}.gpx": {"get"},
    }
    assert paths["/status"]["get"]["summary"] == "Station status"
    flights = params_of(paths["/kites/{kiteid}/flights"]["get"])
    assert {name for name, _ in flights} == {"kiteid", "window", "fields", "session"}
    assert flights[("kiteid", "path")] is True


def test_a_header_a_sentence_names_in_quotes_is_a_header_parameter(tmp_path: Path) -> None:
    """ "it is possible to use the 'range' http header": an optional request header of the section's operation,
    in plain text as in Markdown."""
    page = '# Tracks\n\n## Download\n\n`GET /tracks/{id}`\n\nYou can use the "Range" header to fetch part of it.\n'
    paths = extracted_paths(tmp_path, "tracks.md", page)
    assert params_of(paths["/tracks/{id}"]["get"]) == {("id", "path"): True, ("Range", "header"): False}
    paths = extracted_paths(tmp_path, "ktp.txt", PROTOCOL)
    track = params_of(paths["/kites/{kiteid}/tracks/{trackid}.gpx"]["get"])
    assert track[("range", "header")] is False


def test_a_url_of_a_scheme_no_sentence_equates_with_http_is_no_request(tmp_path: Path) -> None:
    """`Request: ws://host/feed` on a page that never says its scheme stands for HTTP: another protocol, no
    operation; the `http://` one beside it is read."""
    text = "1. Feed\n\nRequest: ws://host/feed\n\n2. Ping\n\nRequest: http://host:80/ping\nResponse: pong\n"
    paths = extracted_paths(tmp_path, "notes.txt", text)
    assert set(paths) == {"/ping"}


def test_a_folder_takes_a_txt_page_only_when_it_states_requests(tmp_path: Path) -> None:
    """In a folder, `README.txt` stating requests is a page of the documentation; `LICENSE.txt` and
    `requirements.txt` (its `# pinned` comment reads like a Markdown heading) are not."""
    (tmp_path / "README.txt").write_text(PROTOCOL, encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("MIT License\n\nPermission is hereby granted ...\n", encoding="utf-8")
    (tmp_path / "requirements.txt").write_text("# pinned\nrequests==2.32.0\n", encoding="utf-8")
    assert [(s.display, s.kind) for s in documents(tmp_path)] == [("README.txt", "text")]


def test_a_folder_of_only_other_text_files_says_which_txt_files_it_reads(tmp_path: Path) -> None:
    (tmp_path / "LICENSE.txt").write_text("MIT License\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"\.txt files that state requests"):
        documents(tmp_path)
