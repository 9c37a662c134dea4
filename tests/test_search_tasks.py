"""The search benchmark's task files are sound: every operation a task lists exists in its spec, no task is
listed twice, subset flags agree with the subset spec, and each file has enough tasks. A task file that names
an operation the spec lacks would make the benchmark's recall figure wrong without anyone noticing."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import pytest
from conftest import SHARED_SPECS, shared_spec

ROOT = Path(__file__).resolve().parents[1]
TASKS = ROOT / "benchmarks" / "surface" / "tasks"
MINIMUM = {
    "tasks": 50,
    "heldout": 30,
    "heldout2": 40,
    "heldout3": 40,
    "heldout4": 40,
    "heldout5": 40,
    "heldout6": 40,
    "heldout7": 40,
    "heldout8": 40,
    "heldout9": 40,
    "heldout10": 40,
    "heldout11": 40,
    "heldout12": 40,
    "heldout13": 40,
    "heldout14": 40,
    "heldout15": 40,
    "heldout16": 40,
    "heldout17": 40,
    "heldout18": 40,
    "heldout19": 40,
    "heldout20": 40,
    "heldout21": 40,
    "heldout22": 40,
    "heldout23": 40,
}
"""Tasks per file in each folder (the held-out sets are smaller by design)."""


@cache
def _checker():
    spec = importlib.util.spec_from_file_location("check_tasks", TASKS / "check_tasks.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FILES = sorted(TASKS.glob("*.yaml")) + sorted(TASKS.glob("heldout*/*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_task_file_names_only_real_operations(path: Path) -> None:
    shared_spec("openapi/real/stripe-spec3-2023-08-16.yaml.gz")  # skips (or fails in CI) without ../shared
    checker = _checker()
    assert checker.SHARED == SHARED_SPECS or checker.SHARED.is_dir()
    errors, stats = checker.check_file(path, min_tasks=MINIMUM[path.parent.name])
    assert errors == []
    assert stats["tasks"] >= MINIMUM[path.parent.name]
    assert stats["distinct_ops"] > 0


def test_checker_reports_an_operation_the_spec_lacks(tmp_path: Path) -> None:
    shared_spec("openapi/real/stripe-spec3-2023-08-16.yaml.gz")
    bad = tmp_path / "stripe.yaml"
    bad.write_text(
        "api: stripe\nspec: openapi/real/stripe-spec3-2023-08-16.yaml.gz\nnote: test\n"
        "tasks:\n  - task: refund it\n    operations: [POST /v1/refundz]\n",
        encoding="utf-8",
    )
    errors, _ = _checker().check_file(bad, min_tasks=1)
    assert any("POST /v1/refundz" in e for e in errors)


def test_checker_reports_a_task_cut_by_a_yaml_comment(tmp_path: Path) -> None:
    """`- task: rename #general to #lounge` reads as "rename": the checker says so, and a quoted text passes."""
    shared_spec("openapi/real/stripe-spec3-2023-08-16.yaml.gz")
    head = "api: stripe\nspec: openapi/real/stripe-spec3-2023-08-16.yaml.gz\nnote: test\ntasks:\n"
    cut, quoted = tmp_path / "cut.yaml", tmp_path / "quoted.yaml"
    operations = "    operations: [POST /v1/refunds]\n"
    cut.write_text(head + "  - task: refund the charge in #billing\n" + operations, encoding="utf-8")
    quoted.write_text(head + "  - task: 'refund the charge in #billing'\n" + operations, encoding="utf-8")
    errors, _ = _checker().check_file(cut, min_tasks=1)
    assert any("line 5" in e and "comment" in e for e in errors)
    assert _checker().check_file(quoted, min_tasks=1)[0] == []
