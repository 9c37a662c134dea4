"""Docs-extraction quality: per-document endpoint precision/recall and parameter recall, as a table.

    python benchmarks/docs/docs_quality.py [--details] [--no-corpus] [--loro [--record-first-contact]]

Scored documents: the hand-written and real generated documents in ../shared/specs/docs (ground truth in
`benchmarks/docs/truth/*.yaml`, or the Swagger document a page was generated from), and documents rendered
from real specs in ../shared/specs by third-party renderers (`corpus.py`; the source spec is the truth).
The test suite runs the same cases with the same thresholds (tests/test_docs_quality.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from mcpgen.diagnostics import Diagnostics, McpgenError
from mcpgen.ingest.docs import extract_openapi
from mcpgen.ingest.docs.quality import Score, from_openapi, from_openapi_with_aliases, from_truth_list, score
from mcpgen.ingest.loader import parse_document, read_text

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TRUTH = HERE / "truth"
ENDPOINT_TARGET = 0.95
PARAM_TARGET = 0.90


@dataclass(frozen=True)
class Case:
    name: str
    document: Path
    truth: Path
    kind: str  # "list" (hand-written truth) or "openapi" (the spec the document was generated from)
    origin: str  # how the document came to be
    renderer: str = ""  # a corpus document's renderer: a key of corpus.RENDERERS, or its printer for a PDF
    format: str = ""


def shared_root() -> Path:
    return ROOT.parent / "shared"


def real_cases() -> list[Case]:
    """Documents in ../shared/specs/docs with their ground truth."""
    cases = []
    for truth in sorted(TRUTH.glob("*.yaml")):
        data = yaml.safe_load(truth.read_text(encoding="utf-8"))
        cases.append(Case(truth.stem, (ROOT / data["document"]).resolve(), truth, "list", "hand-written truth"))
    docs = shared_root() / "specs" / "docs"
    cases.append(
        Case(
            "wekan-redoc",
            docs / "html/wekan-redoc/wekan-api.html",
            docs / "html/wekan-redoc/wekan-api.groundtruth.yml",
            "openapi",
            "Redoc page generated from the truth",
        )
    )
    cases.append(
        Case(
            "f3api-pdf",
            docs / "pdf/f3api-payment-api.pdf",
            docs / "pdf/f3api-payment-api.groundtruth.swagger.json",
            "openapi",
            "Swagger UI printed to PDF from the truth",
        )
    )
    return cases


def handwritten_cases() -> list[Case]:
    """Hand-written documentation sets in ../shared/specs/docs/handwritten (a folder each, with its truth.yaml)."""
    root = shared_root() / "specs" / "docs" / "handwritten"
    return [
        Case(truth.parent.name, truth.parent, truth, "list", "hand-written " + _formats(truth.parent))
        for truth in sorted(root.glob("*/truth.yaml"))
    ]


def _formats(folder: Path) -> str:
    return "+".join(sorted({p.suffix.lstrip(".") for p in folder.rglob("*") if p.suffix not in (".yaml", "")}))


def corpus_cases(out: Path | None = None, *, sample: bool = False) -> list[Case]:
    """Documents rendered from real specs by third-party renderers (installs them on first use)."""
    sys.path.insert(0, str(HERE))
    from corpus import render_corpus  # type: ignore[import-not-found]

    rendered = render_corpus(out or ROOT / "benchmarks/.cache/docs-corpus", sample=sample)
    return [
        Case(
            f"{doc.name}.{doc.format}",
            Path(doc.path),
            (ROOT / doc.truth).resolve(),
            "openapi",
            doc.renderer,
            doc.key.split(" <- ")[0],
            doc.format,
        )
        for doc in rendered
    ]


def run(case: Case) -> tuple[Score, float]:
    started = time.perf_counter()
    diags = Diagnostics()
    try:
        extracted = extract_openapi(case.document, diags)
    except McpgenError:
        extracted = {"paths": {}}  # nothing found: scored as such
    elapsed = time.perf_counter() - started
    found = from_openapi(extracted, media_headers=True)  # the truth decides whether they count
    if case.kind == "list":
        truth, aliases = from_truth_list(yaml.safe_load(case.truth.read_text(encoding="utf-8")))
    else:
        truth, aliases = from_openapi_with_aliases(parse_document(read_text(case.truth), case.truth.name))
    return score(case.name, found, truth, aliases), elapsed


def passes(result: Score) -> bool:
    return (
        result.recall >= ENDPOINT_TARGET and result.precision >= ENDPOINT_TARGET and result.param_recall >= PARAM_TARGET
    )


def table(rows: list[tuple[Case, Score, float]]) -> str:
    lines = [
        f"{'document':<38} {'source':<34} {'endpoints':>9} {'recall':>7} {'precis.':>7} {'params':>7} "
        f"{'p.recall':>8} {'ms':>6}  ok",
    ]
    for case, result, elapsed in rows:
        lines.append(
            f"{case.name:<38} {case.origin[:34]:<34} {result.matched:>4}/{result.truth:<4} {result.recall:>7.1%} "
            f"{result.precision:>7.1%} {result.params_matched:>3}/{result.params_truth:<3} "
            f"{result.param_recall:>8.1%} {elapsed * 1000:>6.0f}  {'yes' if passes(result) else 'NO'}"
        )
    return "\n".join(lines)


def totals(rows: list[tuple[Case, Score, float]]) -> str:
    """Pooled figures over `rows`: endpoints and parameters summed across documents."""
    truth = sum(s.truth for _, s, _ in rows)
    found = sum(s.found for _, s, _ in rows)
    matched = sum(s.matched for _, s, _ in rows)
    params = sum(s.params_truth for _, s, _ in rows)
    hit = sum(s.params_matched for _, s, _ in rows)
    return (
        f"{'all ' + str(len(rows)):<38} {'pooled':<34} {matched:>4}/{truth:<4} {matched / max(truth, 1):>7.1%} "
        f"{matched / max(found, 1):>7.1%} {hit:>3}/{params:<3} {hit / max(params, 1):>8.1%}"
    )


def parameter_precision(rows: list[tuple[Case, Score, float]]) -> str:
    """Parameters extracted on matched endpoints that the truth does not state: inputs a generated tool would offer
    and the API does not take (a truth read by hand may leave out what it judged no parameter, e.g. credentials)."""
    found = sum(s.params_found for _, s, _ in rows)
    extra = sum(len(s.param_extras) for _, s, _ in rows)
    return (
        f"parameters extracted on matched endpoints: {found}, {extra} not in the truth "
        f"({1 - extra / max(found, 1):.1%} parameter precision)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--details", action="store_true", help="list missing and extra endpoints and parameters")
    parser.add_argument("--no-corpus", action="store_true", help="skip the rendered corpus (no npm installs)")
    parser.add_argument("--only", default="", help="score only cases whose name contains this")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--loro", action="store_true", help="the leave-one-renderer-out table of the rendered corpus")
    parser.add_argument(
        "--record-first-contact", action="store_true", help="with --loro: add unseen renderers to first_contact.yaml"
    )
    args = parser.parse_args()
    if args.loro:
        import loro  # type: ignore[import-not-found]

        rows = [(case, *run(case)) for case in corpus_cases() if args.only in case.name]
        if args.record_first_contact:
            loro.record(rows)
        print(loro.report(rows))
        if args.details:
            _details(rows)
        return 0
    cases = real_cases() + ([] if args.no_corpus else corpus_cases())
    rows = [(case, *run(case)) for case in cases if args.only in case.name]
    written = [(case, *run(case)) for case in handwritten_cases() if args.only in case.name]
    if args.json:
        print(json.dumps([{"document": c.name, **vars(s)} for c, s, _ in rows + written], indent=1))
        return 0
    print(table(rows))
    print(parameter_precision(rows))
    real = {case.name for case in real_cases()}
    rendered = [row for row in rows if row[0].name not in real]
    if rendered:
        print("\nRendered corpus, pooled by renderer (--loro says which ones the rules were written with in view):")
        for origin in sorted({case.origin for case, _, _ in rendered}):
            group = [row for row in rendered if row[0].origin == origin]
            print(
                totals(group).replace(
                    f"{'all ' + str(len(group)):<38} {'pooled':<34}",
                    f"{origin[:38]:<38} {str(len(group)) + ' documents':<34}",
                )
            )
    if written:
        print("\nHand-written documentation (../shared/specs/docs/handwritten, truth.yaml read from each):")
        print(table(written))
        print(totals(written))
        print(parameter_precision(written))
    rows += written
    if args.details:
        _details(rows)
    return 0 if all(passes(s) for _, s, _ in rows) else 1


def _details(rows: list[tuple[Case, Score, float]]) -> None:
    for case, result, _ in rows:
        if result.missing or result.extra or result.param_misses or result.param_extras:
            print(f"\n{case.name}:")
            for line in [*(f"  missing  {m}" for m in result.missing), *(f"  extra    {m}" for m in result.extra)]:
                print(line)
            for line in result.param_misses:
                print(f"  param    {line}")
            for line in result.param_extras:
                print(f"  param+   {line}")


if __name__ == "__main__":
    sys.exit(main())
