"""Check results and their presentations: console summary, JSON, JUnit XML."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Outcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    SKIP = "skip"


@dataclass(frozen=True)
class CheckResult:
    id: str
    title: str
    source: str
    outcome: Outcome
    reason: str = ""
    transport: str = ""
    seconds: float = 0.0


@dataclass
class Report:
    target: str
    results: list[CheckResult] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def ok(self) -> bool:
        return self.count(Outcome.FAIL) == 0

    def summary_line(self) -> str:
        line = f"{self.count(Outcome.PASS)} passed, {self.count(Outcome.FAIL)} failed"
        skipped = self.count(Outcome.SKIP)
        return f"{line}, {skipped} skipped" if skipped else line

    def console(self) -> str:
        marks = {Outcome.PASS: "PASS", Outcome.FAIL: "FAIL", Outcome.SKIP: "SKIP"}
        lines = [f"mcpgen test {self.target}"]
        for r in self.results:
            where = f" [{r.transport}]" if r.transport else ""
            text = f"  {marks[r.outcome]}  {r.id}{where}: {r.title}"
            if r.reason and r.outcome is not Outcome.PASS:
                text += f"\n        {r.reason}"
            lines.append(text)
        lines.append(f"({self.seconds:.1f} s)")
        lines.append(self.summary_line())
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        data = {
            "target": self.target,
            "seconds": round(self.seconds, 3),
            "passed": self.count(Outcome.PASS),
            "failed": self.count(Outcome.FAIL),
            "skipped": self.count(Outcome.SKIP),
            "checks": [{**asdict(r), "outcome": r.outcome.value} for r in self.results],
        }
        return json.dumps(data, indent=1) + "\n"

    def to_junit(self) -> str:
        suite = ET.Element(
            "testsuite",
            name="mcpgen-conformance",
            tests=str(len(self.results)),
            failures=str(self.count(Outcome.FAIL)),
            skipped=str(self.count(Outcome.SKIP)),
            time=f"{self.seconds:.3f}",
        )
        for r in self.results:
            name = f"{r.id} [{r.transport}]" if r.transport else r.id
            case = ET.SubElement(suite, "testcase", classname=self.target, name=name, time=f"{r.seconds:.3f}")
            if r.outcome is Outcome.FAIL:
                ET.SubElement(case, "failure", message=r.reason[:500]).text = r.reason
            elif r.outcome is Outcome.SKIP:
                ET.SubElement(case, "skipped", message=r.reason[:500])
        return ET.tostring(ET.ElementTree(suite).getroot(), encoding="unicode", xml_declaration=True) + "\n"
