"""Leave-one-renderer-out figures for the rendered corpus: each renderer's documents scored by an extractor
whose rules were never fitted to that renderer.

`first_contact.yaml` holds the scores the extractor got on each renderer the first time it saw it (before any
rule was changed with that renderer in view), with the date and the extractor's commit: that is the held-out
column. `TUNED_ON` lists the renderers whose documents were looked at while extraction rules were written; the
others are still held out, and their current figures are held-out figures too.

    python benchmarks/docs/docs_quality.py --loro [--record-first-contact]
"""

from __future__ import annotations

import datetime
import itertools
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from stated import unstated

from mcpgen.ingest.docs.quality import Score

HERE = Path(__file__).resolve().parent
FIRST_CONTACT = HERE / "first_contact.yaml"
FORMATS = ("markdown", "html", "pdf")
ORIGINAL = {"widdershins", "openapi-to-md", "redoc", "bootprint", "xhtml2pdf"}
"""The original corpus's renderers: rules had been written with them in view before first_contact.yaml was
recorded, so their first entries are not held-out figures; every other renderer's first entry is."""
TUNED_ON = {
    **dict.fromkeys(sorted(ORIGINAL), "the original corpus, before first_contact.yaml was recorded"),
    "swagger-markdown": "issue 14: its `### /path` + `#### GET` layout (one section per method under a path heading)",
    "openapi-markdown": "issue 14: its output was opened to check it shares swagger-markdown's layout",
    "sphinx": "issue 14: its HTML and PDF prints were read for the field-list and one-section-per-page rules",
    "chromium": "issue 14: its prints of Sphinx pages (field lists as running text, request lines as plain lines)",
    "mkdocs": "issue 14: its pages were read for the JSON-Schema-in-a-code-block and Servers-table rules",
    "pandoc": "issue 14: its vSphere page was read for the lowercase-schema-name rule (links dropped in HTML)",
    "weasyprint": "issue 14: its pandoc prints were read for the header-row-set-on-two-lines rule",
}
"""Renderers whose documents were in view while extraction rules were written (so no longer held out)."""


@dataclass
class Tally:
    documents: int = 0
    truth: int = 0
    found: int = 0
    matched: int = 0
    params_truth: int = 0
    params_matched: int = 0
    params_unstated: int = 0
    """Truth parameters the documents never name (`stated.py`): a renderer left them out."""

    def add(self, score: Score, unstated: int = 0) -> None:
        self.documents += 1
        self.params_unstated += unstated
        self.truth += score.truth
        self.found += score.found
        self.matched += score.matched
        self.params_truth += score.params_truth
        self.params_matched += score.params_matched

    def merge(self, other: Tally) -> None:
        for field in vars(self):
            setattr(self, field, getattr(self, field) + getattr(other, field))

    @property
    def recall(self) -> float:
        return self.matched / max(self.truth, 1)

    @property
    def precision(self) -> float:
        return self.matched / max(self.found, 1)

    @property
    def param_recall(self) -> float:
        return self.params_matched / max(self.params_truth, 1)

    @property
    def params_stated(self) -> int:
        return self.params_truth - self.params_unstated

    def as_dict(self) -> dict[str, Any]:
        return {
            **vars(self),
            "recall": round(self.recall, 3),
            "precision": round(self.precision, 3),
            "param_recall": round(self.param_recall, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Tally:
        return cls(**{k: int(data.get(k, 0)) for k in vars(cls())})


def tallies(rows: Iterable[tuple[Any, Score, float]]) -> dict[tuple[str, str], Tally]:
    """Pooled counts by (renderer, format) over corpus rows (case, score, seconds)."""
    out: dict[tuple[str, str], Tally] = {}
    for case, score, _ in rows:
        out.setdefault((case.renderer, case.format), Tally()).add(score, unstated(case.document, score))
    return dict(sorted(out.items(), key=lambda item: (FORMATS.index(item[0][1]), item[0][0])))


def _commit() -> str:
    done = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=HERE, check=False)
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "../../mcpgen"], capture_output=True, text=True, cwd=HERE, check=False
    )
    return done.stdout.strip() + (" (extractor modified)" if dirty.stdout.strip() else "")


def record(rows: Iterable[tuple[Any, Score, float]], path: Path = FIRST_CONTACT) -> None:
    """Write the first-contact figures of every renderer not yet in `path` (earlier entries are kept)."""
    existing = load(path)
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    commit = _commit()
    for (renderer, fmt), tally in tallies(rows).items():
        key = f"{renderer} {fmt}"
        if key not in existing:
            existing[key] = {"date": when, "extractor_commit": commit, **tally.as_dict()}
    kept = path.read_text(encoding="utf-8").splitlines(keepends=True) if path.is_file() else []
    comments = "".join(line for line in itertools.takewhile(lambda line: line.startswith("#"), kept))
    header = comments or (
        "# First-contact scores: the docs extractor on each renderer's documents the first time it saw them, before\n"
        "# any extraction rule was written with that renderer in view (benchmarks/docs/loro.py). Written by\n"
        "# `python benchmarks/docs/docs_quality.py --loro --record-first-contact`; entries are never overwritten.\n"
    )
    path.write_text(header + yaml.safe_dump({"renderers": existing}, sort_keys=True), encoding="utf-8")


def load(path: Path = FIRST_CONTACT) -> dict[str, Any]:
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return dict(data.get("renderers") or {})


def _cells(tally: Tally | None, stated: bool = False) -> str:
    if tally is None or tally.documents == 0:
        return f"{'-':>13} {'-':>7} {'-':>13}"
    ends = f"{tally.matched}/{tally.truth}"
    params = f"{tally.params_matched}/{tally.params_truth}"
    cells = f"{ends:>8} {tally.recall:>4.0%} {tally.precision:>7.1%} {params:>8} {tally.param_recall:>4.0%}"
    if stated:  # recall over the parameters the documents name at all
        cells += f" {tally.params_matched / max(tally.params_stated, 1):>7.0%} of {tally.params_stated}"
    return cells


def report(rows: list[tuple[Any, Score, float]], path: Path = FIRST_CONTACT) -> str:
    """The LORO table: per renderer and format, the first-contact (held-out) and the current figures."""
    first = {key: Tally.from_dict(value) for key, value in load(path).items()}
    now = tallies(rows)
    head = f"{'renderer':<18} {'format':<8} {'docs':>4} {'held out':<9} | "
    cols = f"{'endpoints':>13} {'precis.':>7} {'params':>13}"
    lines = [
        f"{'':<43} | {'first contact (held out if new)':<35} | current",
        f"{head}{cols} | {cols} {'of the params stated':>20}",
    ]
    for (renderer, fmt), tally in now.items():
        held = renderer not in TUNED_ON
        before = first.get(f"{renderer} {fmt}")
        lines.append(
            f"{renderer:<18} {fmt:<8} {tally.documents:>4} {'yes' if held else 'no':<9} | "
            f"{_cells(before)} | {_cells(tally, stated=True)}"
        )
    groups = (
        ("new to the extractor", lambda r: r not in ORIGINAL),
        ("still held out", lambda r: r not in TUNED_ON),
        ("all renderers", lambda r: True),
    )
    for fmt in FORMATS:
        lines.append("")
        for name, member in groups:
            keys = [key for key in now if key[1] == fmt and member(key[0])]
            if not keys:
                continue
            before, current = Tally(), Tally()
            for key in keys:
                current.merge(now[key])
                if f"{key[0]} {key[1]}" in first:
                    before.merge(first[f"{key[0]} {key[1]}"])
            label = f"{fmt}, {name} ({len(keys)})"
            lines.append(f"{label:<43} | {_cells(before)} | {_cells(current, stated=True)}")
    return "\n".join(lines)
