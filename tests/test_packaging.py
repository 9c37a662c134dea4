"""mcpgen as users install it: a wheel that carries its templates and works from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_carries_the_templates_and_builds_from_any_folder(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)],
                   check=True, timeout=600, capture_output=True)  # fmt: skip
    wheel = next(wheels.glob("mcpgen-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"mcpgen", wheel.name.split("-py")[0] + ".dist-info"}
    assert "mcpgen/_data/generators/python/templates/src/__pkg__/server.py.j2" in names
    assert "mcpgen/_data/generators/python/files/src/__pkg__/client.py" in names

    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, timeout=600, capture_output=True)  # fmt: skip
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    spec = ROOT / "specs" / "inventory-swagger-2.0.json"
    probe = "import mcpgen, mcpgen.render as r; print(mcpgen.__file__); print(r.generators_root())"
    where = subprocess.run([sys.executable, "-c", probe], cwd=elsewhere, env=env, check=True,
                           capture_output=True, text=True, timeout=60).stdout.split()  # fmt: skip
    assert where[0].startswith(str(site)) and where[1].startswith(str(site))
    done = subprocess.run([sys.executable, "-m", "mcpgen", "build", str(spec), "-o", "out"], cwd=elsewhere, env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (elsewhere / "out" / "src" / "inventory_mcp" / "server.py").exists()
