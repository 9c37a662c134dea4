"""Docs extraction quality, scored against ground truth (benchmarks/docs/docs_quality.py prints the table).

Real documents in ../shared/specs/docs, and the hand-written sets in ../shared/specs/docs/handwritten, must
reach the target: 95% endpoint recall and precision, 90%
parameter recall (location and required flag included). Documents rendered from real specs by third-party
renderers (widdershins, openapi-to-md, Redoc, bootprint, xhtml2pdf) must reach the target too, unless
`benchmarks/docs/corpus_floors.yaml` records a lower measured floor, which they must then not fall below.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import yaml
from conftest import IN_CI

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "docs"))

import docs_quality as quality  # noqa: E402

FLOORS = yaml.safe_load((ROOT / "benchmarks/docs/corpus_floors.yaml").read_text(encoding="utf-8"))["floors"]


def _need_shared() -> None:
    if not (quality.shared_root() / "specs" / "docs").is_dir():
        if IN_CI:
            pytest.fail("../shared/specs/docs is missing: CI must run with ../shared beside the project")
        pytest.skip("../shared is not beside this checkout")


@pytest.mark.parametrize("case", quality.real_cases(), ids=lambda c: c.name)
def test_each_real_document_reaches_the_endpoint_and_parameter_targets(case: quality.Case) -> None:
    _need_shared()
    score, _ = quality.run(case)
    assert quality.passes(score), (
        quality.table([(case, score, 0.0)]) + "\n" + "\n".join(score.missing + score.extra + score.param_misses)
    )


@pytest.mark.parametrize("case", quality.handwritten_cases(), ids=lambda c: c.name)
def test_each_hand_written_documentation_set_reaches_the_endpoint_and_parameter_targets(case: quality.Case) -> None:
    """The sets in ../shared/specs/docs/handwritten (MDX, reStructuredText, AsciiDoc, HTML), against the
    truth.yaml read from each."""
    _need_shared()
    if any(case.document.rglob("*.adoc")) and shutil.which("node") is None:
        pytest.skip("AsciiDoc is read by Asciidoctor.js, which needs Node")
    score, _ = quality.run(case)
    assert quality.passes(score), (
        quality.table([(case, score, 0.0)]) + "\n" + "\n".join(score.missing + score.extra + score.param_misses)
    )


def test_there_are_hand_written_sets_to_score() -> None:
    _need_shared()
    assert len(quality.handwritten_cases()) >= 5


@pytest.fixture(scope="module")
def corpus() -> list[quality.Case]:
    _need_shared()
    return quality.corpus_cases(sample=True)


def test_documents_rendered_from_real_specs_keep_their_measured_quality(corpus: list[quality.Case]) -> None:
    assert len(corpus) >= 20
    below = []
    for case in corpus:
        score, _ = quality.run(case)
        floor = FLOORS.get(case.name)
        if floor is None:
            if not quality.passes(score):
                below.append(f"{case.name}: below the target and no floor recorded")
            continue
        below.extend(
            f"{case.name}: {metric} {getattr(score, metric):.3f} < floor {floor[metric]}"
            for metric in ("recall", "precision", "param_recall")
            if getattr(score, metric) < floor[metric]
        )
    assert not below, "\n".join(below)


def test_every_floor_names_a_rendered_document(corpus: list[quality.Case]) -> None:
    assert set(FLOORS) <= {c.name for c in corpus}


def test_a_rendered_reference_builds_a_server_whose_tools_take_the_schemas_fields(
    corpus: list[quality.Case], tmp_path: Path
) -> None:
    """widdershins prints Pet's fields once, under Schemas; the tool that adds a pet must still take them."""
    import mcpgen
    from mcpgen.conformance.runner import CheckOptions

    case = next(c for c in corpus if c.name == "petstore-3.0.widdershins.md.markdown")
    result = mcpgen.build(case.document, tmp_path / "petstore", strict=False)
    tools = {f"{t.binding.method} {t.binding.path}": t for t in result.plan.service.tools}
    add_pet = tools["POST /pet"].input_schema
    assert set(add_pet["properties"]) >= {"id", "name", "category", "photoUrls", "tags", "status"}
    assert set(add_pet["required"]) == {"name", "photoUrls"}
    report = mcpgen.test(
        tmp_path / "petstore", spec=case.document, options=CheckOptions(examples_per_tool=1, http=False)
    )
    assert report.ok, report.console()[-3000:]


def test_the_sample_is_part_of_the_benchmark_corpus_and_covers_every_renderer_that_installs_quickly() -> None:
    import corpus  # type: ignore[import-not-found]

    assert set(corpus.SAMPLE) <= set(corpus.JOBS)
    assert {j.printer or j.renderer for j in corpus.SAMPLE} >= {
        "widdershins",
        "openapi-to-md",
        "redoc",
        "bootprint",
        "swagger-markdown",
        "sphinx",
        "mkdocs",
        "xhtml2pdf",
        "weasyprint",
        "chromium",
    }


def test_a_page_printed_by_a_browser_keeps_its_measured_quality(corpus: list[quality.Case]) -> None:
    """Chromium comes from the system packages (Debian: apt-get install chromium), not from a registry client
    the benchmark can run into its cache: without it, the browser-printed PDF is left out of the sample."""
    sys.path.insert(0, str(ROOT / "benchmarks" / "docs"))
    from renderers import chromium_binary  # type: ignore[import-not-found]

    if chromium_binary() is None:
        pytest.skip("chromium is not installed (apt-get install chromium): no browser-printed PDF to score")
    case = next(c for c in corpus if c.renderer == "chromium")
    score, _ = quality.run(case)
    assert quality.passes(score), "\n".join(score.missing + score.extra + score.param_misses)


def test_the_truth_of_a_rendered_document_leaves_out_body_fields_a_request_never_sends() -> None:
    """`readOnly` properties appear in answers only (OpenAPI: SHOULD NOT be sent in a request); renderers leave
    them out of request bodies and mcpgen's own OpenAPI ingest drops them from a tool's input, so a document
    that omits them has lost nothing."""
    from mcpgen.ingest.docs.quality import from_openapi

    spec = {
        "openapi": "3.0.3",
        "paths": {
            "/vms/{vm}": {
                "put": {
                    "parameters": [{"name": "vm", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Vm"}}}},
                }
            }
        },
        "components": {
            "schemas": {
                "Resource": {"properties": {"id": {"type": "string", "readOnly": True}, "tags": {"type": "object"}}},
                "Vm": {
                    "allOf": [{"$ref": "#/components/schemas/Resource"}],
                    "required": ["location"],
                    "properties": {"location": {"type": "string"}, "etag": {"$ref": "#/components/schemas/Etag"}},
                },
                "Etag": {"type": "string", "readOnly": True},
            }
        },
    }
    assert from_openapi(spec)[("PUT", "/vms/{}")] == {
        ("vm", "path"): True,
        ("tags", "body"): False,
        ("location", "body"): True,
    }


def test_the_truth_of_a_rendered_document_leaves_out_a_parameter_that_is_an_api_keys_credential() -> None:
    """As hand-written truth lists no credentials and mcpgen's ingest takes none as an argument, a parameter that
    repeats an API-key scheme's header is no parameter a document must state."""
    from mcpgen.ingest.docs.quality import from_openapi

    key = {"name": "api_key", "in": "header", "schema": {"type": "string"}}
    spec = {
        "openapi": "3.0.3",
        "paths": {"/pets/{id}": {"delete": {"parameters": [key, {"name": "id", "in": "path", "required": True}]}}},
        "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "api_key"}}},
    }
    assert from_openapi(spec)[("DELETE", "/pets/{}")] == {("id", "path"): True}


def test_an_operation_found_under_each_of_its_alternative_paths_is_one_find_and_none_extra() -> None:
    """An optional path segment (`/create/<uid:optional>`) has no OpenAPI form but two operations; a truth that
    writes it as one endpoint with `alt_paths` is matched by either, and finding both is one operation found
    (the alternative read from the base URL too), while a path that is no alternative stays an extra."""
    from mcpgen.ingest.docs.quality import from_truth_list, score

    truth, aliases = from_truth_list(
        {
            "base_url": "http://localhost/api/v1",
            "endpoints": [{"method": "POST", "path": "/{resource}/create/{uid}", "alt_paths": ["/{resource}/create"]}],
        }
    )
    both = {("POST", "/api/v1/{}/create/{}"): {}, ("POST", "/api/v1/{}/create"): {}}
    result = score("doc", both, truth, aliases)
    assert (result.matched, result.found, result.precision, result.extra) == (1, 1, 1.0, [])
    stray = score("doc", {**both, ("POST", "/api/v1/{}/delete"): {}}, truth, aliases)
    assert (stray.found, stray.extra) == (2, ["POST /api/v1/{}/delete"])


def test_parameters_the_truth_does_not_state_count_against_parameter_precision() -> None:
    """A parameter extracted on a matched endpoint that the truth does not state is an input the generated tool
    would offer and the API lacks: reported (location and name), path placeholders by count since their names may
    differ, header names without case; an unmatched endpoint's parameters are not judged."""
    from mcpgen.ingest.docs.quality import from_truth_list, score

    truth, aliases = from_truth_list(
        [
            {
                "method": "GET",
                "path": "/users/{id}",
                "params": [
                    {"name": "id", "in": "path", "required": True},
                    {"name": "X-Trace", "in": "header"},
                    {"name": "fields", "in": "query"},
                ],
            }
        ]
    )
    found = {
        ("GET", "/users/{}"): {
            ("user_id", "path"): True,
            ("x-trace", "header"): False,
            ("fields", "query"): False,
            ("LOG_LEVEL", "query"): False,
        },
        ("GET", "/other"): {("stray", "query"): False},
    }
    result = score("doc", found, truth, aliases)
    assert (result.params_matched, result.params_found) == (3, 4)
    assert result.param_extras == ["GET /users/{} query:LOG_LEVEL"]
    assert result.param_precision == 0.75
    twice = score("doc", {("GET", "/users/{}"): {("id", "path"): True, ("other", "path"): True}}, truth, aliases)
    assert twice.param_extras == ["GET /users/{} path:other"]
    assert score("doc", {}, truth, aliases).param_precision == 1.0
