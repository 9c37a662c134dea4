"""Paths of the file system written in code in installation and configuration text, in the forty-seventh
registry batch (benchmarks/docs/registry_truth): "Install into the directory ``/usr/local/share/venvs/app``",
"Create a file ``/var/www/app/app.ini``", "3. ``/etc/app.yml``", on a page that writes its routes as code in
sentences. A path below a root directory of the file system, or a configuration file's, is no route; a route
written so (`/tiles/{z}/{x}/{y}.png`, `/home`, `/logs/today.log`) stays one."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
Installation
============

Install ``tiler`` into the directory ``/usr/local/share/venvs/tiler`` using a virtual environment.
Create a file ``/var/www/tiler/tiler.ini`` and point nginx at ``/etc/nginx/sites-available/tiler``.
The settings are read from ``/etc/tiler.yml`` or ``config/tiler.toml``.

Usage
=====

Tiles are served at ``/tiles/{z}/{x}/{y}.png``, the landing page at ``/home``.
Today's log is at ``/logs/today.log`` and the styles at ``/styles/{id}``.
"""


def test_file_system_paths_are_no_routes(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, PAGE, "README.rst")) == {
        ("GET", "/tiles/{z}/{x}/{y}.png"),
        ("GET", "/home"),
        ("GET", "/logs/today.log"),
        ("GET", "/styles/{id}"),
    }
