"""Tiny inline specs for functional tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml


def write_spec(folder: Path, spec: dict[str, Any], name: str = "openapi.yaml") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(spec) if name.endswith(".json") else yaml.safe_dump(spec, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def openapi(paths: dict[str, Any], version: str = "3.0.3", **extra: Any) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "Test API", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": paths,
        **extra,
    }


def op(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "responses": {"200": {"description": "ok"}}, **extra}
