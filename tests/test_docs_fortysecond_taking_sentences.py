"""Sentences under a route table that say which of its routes take which coded names, in the forty-second
registry batch (benchmarks/docs/registry_truth): "All print endpoints also accept optional `label_width_mm`,
`label_height_mm`, `dpi` and `copies`", "`/print/png` and `/print/pdf` additionally take `fit` - how the image
scales to the label: `fit` (contain), `fill` ...", "Text and markdown use their own `fit` (`fill`/`width`)". The
sentence opens with the routes: all of them (those with a path segment of the word before "endpoints"), coded
paths a route's path ends with, or words that each name one route by its last segment; then a verb of taking
and the run of coded names right after it, optional where it says so, in the body of a request that has one.
The values after the run are no names; a word no route's path holds, a subject one of whose words names no
route, and a sentence with no verb of taking ("Responses ... include `elapsed`") give nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Render API

| Route | Purpose |
| --- | --- |
| `POST /api/render/svg` | Render a drawing as SVG |
| `POST /api/render/png` | Render a drawing as PNG |
| `POST /api/render/gif` | Render an animation |
| `GET /api/status` | Service status |

All render endpoints also accept optional `width`, `height` and `background` to override the defaults.
`/render/png` and `/render/gif` additionally take `quality` - how hard to compress: `low` or `high`.
Svg and gif use their own `palette` (`web`/`full`).
All cached endpoints also accept `nocache`.
Status and health take `verbose`.
Responses of every endpoint include `elapsed`.
"""

EVERY = """\
# Render API

| Route | Purpose |
| --- | --- |
| `POST /api/render/svg` | Render a drawing as SVG |
| `GET /api/status` | Service status |
| `GET /api/jobs/{job_id}` | A render job |

All endpoints accept optional `pretty`. `/jobs/:id` also takes `verbose`.
"""

SHARED = {("width", "body"): False, ("height", "body"): False, ("background", "body"): False}


def test_a_sentence_gives_the_routes_it_opens_with_the_coded_names_after_its_verb(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/api/render/svg")]) == {**SHARED, ("palette", "body"): False}
    assert params_of(ops[("POST", "/api/render/png")]) == {**SHARED, ("quality", "body"): False}
    assert params_of(ops[("POST", "/api/render/gif")]) == {
        **SHARED,
        ("quality", "body"): False,
        ("palette", "body"): False,
    }
    ops = extracted_operations(tmp_path, EVERY)
    assert params_of(ops[("POST", "/api/render/svg")]) == {("pretty", "body"): False}
    assert params_of(ops[("GET", "/api/status")]) == {("pretty", "query"): False}
    assert params_of(ops[("GET", "/api/jobs/{job_id}")]) == {
        ("job_id", "path"): True,
        ("pretty", "query"): False,
        ("verbose", "query"): False,
    }


def test_values_unknown_subjects_and_other_verbs_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    names = {name for op in ops.values() for name, _ in params_of(op)}
    assert not names & {"low", "high", "web", "full", "nocache", "verbose", "elapsed"}
    assert params_of(ops[("GET", "/api/status")]) == {}
