"""A canned local upstream for bench_server.py and bench_http.py: answers `GET /gitignore/templates/{name}`
and `GET /v1/books` with JSON.

    python benchmarks/upstream.py [--max-seconds 600]

Binds 127.0.0.1 on a free port, prints the port on the first line of stdout, and serves HTTP/1.1
keep-alive with no dependencies beyond the standard library (asyncio streams), so that both MCP
servers under test pay the same, small upstream cost. Any other path gets 404. Stops by itself after
`--max-seconds` or on SIGTERM, and then prints the number of requests served to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import urllib.parse

PREFIX = "/gitignore/templates/"
BOOKS = "/v1/books"
"""bench_http.py's tool: the bookshop's `listBooks`, answered with an empty list."""


def body_for(name: str) -> bytes:
    """A small `gitignore-template` object (GitHub's schema: `name` and `source`, both strings)."""
    return json.dumps({"name": name, "source": "*.pyc\n__pycache__/\n.venv/\n"}).encode()


async def serve(max_seconds: float) -> None:
    served = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal served
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                method, target, _ = request_line.split(" ", 2)
                headers = {}
                for line in header_lines:
                    if ":" in line:
                        key, value = line.split(":", 1)
                        headers[key.strip().lower()] = value.strip()
                length = int(headers.get("content-length") or 0)
                if length:
                    await reader.readexactly(length)
                path = urllib.parse.urlsplit(target).path
                name = urllib.parse.unquote(path[len(PREFIX) :]) if path.startswith(PREFIX) else ""
                if method == "GET" and name and "/" not in name:
                    status, body = "200 OK", body_for(name)
                elif method == "GET" and path == BOOKS:
                    status, body = "200 OK", b"[]"
                else:
                    status, body = "404 Not Found", b'{"message": "Not Found"}'
                writer.write(
                    f"HTTP/1.1 {status}\r\nContent-Type: application/json; charset=utf-8\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
                served += 1
                if headers.get("connection", "").lower() == "close":
                    break
        except (asyncio.IncompleteReadError, ConnectionError, ValueError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    try:
        await asyncio.wait_for(stop.wait(), timeout=max_seconds)
    except TimeoutError:
        pass
    finally:
        server.close()
        print(f"{served} requests served", file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-seconds", type=float, default=600)
    args = parser.parse_args()
    asyncio.run(serve(args.max_seconds))


if __name__ == "__main__":
    main()
