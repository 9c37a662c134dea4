"""Routes a table lists with a live-status badge each, in the eightieth registry batch
(benchmarks/docs/registry_truth): rows "| Site | Call name | Status |" whose status cell is a website badge
`![https://d.org/news](https://img.shields.io/website.svg?url=https://d.org/news)`. The badge
fetches the URL its alt text writes, so each row's URL is a GET route of the API. A table of badges of different
sites, or whose alt text is a word, gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

BADGES = """\
# Hot lists

## Overview

| **Site** | **Call name** | **Status** |
| --- | --- | --- |
| News | news | ![https://d.org/news](https://img.shields.io/website.svg?url=https://d.org/news) |
| Sport | sport | ![https://d.org/sport](https://img.shields.io/website.svg?label=x&url=https://d.org/sport) |
| Weather | weather-al | ![https://d.org/weather-al](https://img.shields.io/website.svg?url=https://d.org/weather-al) |
"""

PROJECTS = """\
# Our projects

## Sites

| Project | Status |
| ------- | ------ |
| Blog    | ![https://blog.example.org/home](https://img.shields.io/website.svg?url=https://blog.example.org/home) |
| Shop    | ![https://shop.example.com/home](https://img.shields.io/website.svg?url=https://shop.example.com/home) |
| Wiki    | ![https://wiki.example.net/home](https://img.shields.io/website.svg?url=https://wiki.example.net/home) |

## API

`GET /v1/ping` answers pong.
"""

WORDS = """\
# Builds

## Status

| Branch | Status |
| ------ | ------ |
| main   | ![build](https://img.shields.io/website.svg?url=https://ci.example.org/main) |
| next   | ![build](https://img.shields.io/website.svg?url=https://ci.example.org/next) |
| old    | ![build](https://img.shields.io/website.svg?url=https://ci.example.org/old) |

## API

`GET /v1/ping` answers pong.
"""


def test_each_status_badge_row_is_a_get_of_its_url(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, BADGES)
    assert set(ops) == {("GET", "/news"), ("GET", "/sport"), ("GET", "/weather-al")}


def test_badges_of_other_sites_or_worded_alt_text_give_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, PROJECTS)) == {("GET", "/v1/ping")}
    assert set(extracted_operations(tmp_path, WORDS)) == {("GET", "/v1/ping")}
