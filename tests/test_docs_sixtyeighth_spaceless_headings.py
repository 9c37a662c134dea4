"""Markdown headings written with no space after the hashes, in the sixty-eighth registry batch
(benchmarks/docs/registry_truth): `####CONFIG`, `######/config/barman`. The original Markdown read them as headings
and many renderers still do; CommonMark reads a paragraph. A page that writes at least two such lines of two to six
hashes has them read as headings; a single hash (`#hashtag`, `#!/bin/sh`, `#include <x.h>`, `#123`), a line inside
fenced code and one stray line are left as they are."""

from __future__ import annotations

from mcpgen.ingest.docs.markdown import reduce_markdown
from mcpgen.ingest.docs.spaceless_headings import spaced_headings

DOC = """\
# Service

####CONFIG
Rest: /config
######/config/reload
Reloads the configuration.

######/config/show
Shows it.
"""


def _titles(text: str) -> list[str]:
    return [s.title for s in reduce_markdown(text, "README.md").sections]


def test_spaceless_hashes_are_headings() -> None:
    assert _titles(DOC) == ["Service", "CONFIG", "/config/reload", "/config/show"]
    sections = reduce_markdown(DOC, "README.md").sections
    assert [s.level for s in sections] == [1, 4, 6, 6]


def test_line_numbers_do_not_move() -> None:
    assert spaced_headings(DOC).count("\n") == DOC.count("\n")


def test_single_hash_lines_are_left_alone() -> None:
    text = "##Usage\n#hashtag trending today\n#!/bin/sh\n#include <stdio.h>\n#123 fixed the bug\n##Notes\n"
    assert _titles(text) == ["Usage", "Notes"]
    assert spaced_headings(text).split("\n")[1:5] == text.split("\n")[1:5]


def test_fenced_lines_and_one_stray_line_are_left_alone() -> None:
    fenced = "# Setup\n\n```\n##comment one\n##comment two\n```\n"
    assert spaced_headings(fenced) == fenced
    assert _titles(fenced) == ["Setup"]
    stray = "# Notes\n\n##not a habit\n"
    assert spaced_headings(stray) == stray


def test_inline_triple_backticks_open_no_fence() -> None:
    text = "```cmd one```\n##First\ntext\n##Second\n"
    assert [t for t in _titles(text) if t] == ["First", "Second"]
