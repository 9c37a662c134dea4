"""Hand-written API documentation shipped inside registry packages keeps at least its first-contact quality.

The sets are benchmarks/docs/registry_truth/*.yaml (truth read by hand from each document); their floors,
measured the first time the extractor met them, are in registry_truth/floors.yaml. Each package is fetched
once from its registry (pip / npm) into benchmarks/.cache/registry-docs; without a reachable registry the
test skips, except in CI (CI=true), where it fails. Besides endpoint recall and precision and parameter recall,
`param_precision` has a floor: the share of parameters extracted on matched endpoints that the truth states (a
spurious parameter is an argument of a generated tool that the API does not take).
`python benchmarks/docs/registry_docs.py` prints the table.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from conftest import IN_CI

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "docs"))

import registry_docs as registry  # noqa: E402

SETS = registry.load_sets()
METRICS = ("recall", "precision", "param_recall", "param_precision")


@pytest.fixture(scope="module", autouse=True)
def _fetched_together() -> None:
    """Every package fetched before the tests read them, several at a time (on a new machine, one by one, the
    fetches take most of this module's time); a failure is reported by the test of its set."""
    registry.fetch_all(SETS)


def _fetched(item: registry.RegistrySet) -> None:
    try:
        registry.fetch(item)
    except registry.RegistryUnavailable as error:
        if IN_CI:
            pytest.fail(f"{item.name}: the registry must be reachable in CI: {error}")
        pytest.skip(f"{item.name}: registry unreachable, {error}")


def test_there_are_registry_sets_each_with_a_floor() -> None:
    floors = registry.floors()
    assert len(SETS) >= 3
    assert sorted(floors) == sorted(item.name for item in SETS), "every set needs a floor, and only sets have one"
    for name, floor in floors.items():
        assert set(floor) == set(METRICS), name


@pytest.mark.parametrize("item", SETS, ids=lambda item: item.name)
def test_truth_file_is_pinned_and_well_formed(item: registry.RegistrySet) -> None:
    data = yaml.safe_load(item.truth.read_text(encoding="utf-8"))
    assert item.registry in ("pypi", "npm")
    assert item.version[0].isdigit() and not any(c in item.version for c in "^~<>=*"), "pin an exact version"
    assert data.get("note"), "say how the truth was read"
    seen = set()
    for entry in data["endpoints"]:
        key = (entry["method"], entry["path"])
        assert key not in seen, f"duplicate endpoint {key}"
        seen.add(key)
        for param in entry["params"]:
            assert set(param) == {"name", "in", "required"}, (key, param)
            assert param["in"] in ("path", "query", "header", "body", "cookie"), (key, param)
            assert isinstance(param["required"], bool), (key, param)
            assert param["required"] or param["in"] != "path", f"path parameters are required: {key} {param}"


@pytest.mark.parametrize("item", SETS, ids=lambda item: item.name)
def test_registry_document_keeps_its_first_contact_quality(item: registry.RegistrySet) -> None:
    _fetched(item)
    case, score, _ = registry.score(item)
    floor = registry.floors()[item.name]
    below = [
        f"{metric} {getattr(score, metric):.3f} < floor {floor[metric]}"
        for metric in METRICS
        if getattr(score, metric) < floor[metric] and not (metric == "precision" and score.found == 0)
    ]
    assert not below, (
        f"{item.name} fell below its first-contact floor: {'; '.join(below)}\n"
        + registry.quality.table([(case, score, 0.0)])
        + "\n"
        + "\n".join(score.missing + score.extra + score.param_misses + score.param_extras)
    )
