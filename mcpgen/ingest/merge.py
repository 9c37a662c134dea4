"""Several descriptions merged into one model (`mcpgen.yaml` `sources`).

Each source is read by its own ingester; its tools keep their source id (`Tool.source_id`) and take its
name prefix. Security schemes are joined by name (the first source's wins on a clash); the servers are
the first source's that has any. Names still clashing after the prefixes are told apart as in one
description, with a `name-collision` warning.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import naming
from ..diagnostics import Diagnostics
from ..ir import ServiceModel, SourceInfo


@dataclass(frozen=True)
class Source:
    path: Path
    id: str = ""
    prefix: str = ""


def merge(
    sources: Sequence[Source],
    read: Callable[[Path], ServiceModel],
    diags: Diagnostics,
    title: str | None = None,
) -> ServiceModel:
    """One model from `sources`, each read by `read(path)`."""
    models = [(source, read(source.path)) for source in sources]
    first = models[0][1]
    tools, schemes, servers = [], {}, ()
    for source, model in models:
        for scheme in model.auth_schemes:
            if scheme.name in schemes and schemes[scheme.name] != scheme:
                diags.info("auth-merged", f"security scheme {scheme.name!r} of {model.source.path} differs from "
                           "an earlier source's; the earlier one is used", file=model.source.path)  # fmt: skip
            schemes.setdefault(scheme.name, scheme)
        servers = servers or model.servers
        for tool in model.tools:
            update = {"source_id": source.id or tool.source_id}
            if source.prefix:
                name = naming.tool_name_from_operation_id(source.prefix + tool.name)
                update.update(name=name, py_name=naming.py_identifier(name))
            tools.append(tool.model_copy(update=update))
    names = naming.dedupe([t.name for t in tools])
    merged = []
    for original, name in zip(tools, names, strict=True):
        tool = original
        if name != tool.name:
            diags.warning("name-collision", f"tool name {tool.name!r} is used by another source; renamed to "
                          f"{name!r}", file=tool.source.file, pointer=tool.source.pointer,
                          hint="give the sources name prefixes")  # fmt: skip
            tool = tool.model_copy(update={"name": name, "py_name": naming.py_identifier(name)})
        merged.append(tool)
    digest = hashlib.sha256("".join(m.source.sha256 for _, m in models).encode()).hexdigest()
    return first.model_copy(
        update={
            "title": title or first.title,
            "name": naming.slug(title) if title else first.name,
            "servers": servers,
            "auth_schemes": tuple(schemes.values()),
            "tools": tuple(merged),
            "source": SourceInfo(
                path="+".join(m.source.path for _, m in models),
                format=first.source.format,
                sha256=digest,
            ),
        }
    )
