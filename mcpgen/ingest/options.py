"""Options that shape ingest (as opposed to the build configuration, which shapes the plan)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .limits import Limits


class IngestOptions(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    allowed_ref_roots: tuple[str, ...] = ()
    """Extra folders that `$ref`s may read from (the spec's own folder is always allowed)."""
    allow_remote_refs: bool = False
    input_schema_budget: int = 32_000
    """Bytes of `$defs` a tool's input schema may carry before deeper definitions are loosened."""
    output_schema_budget: int = 8_000
    """Bytes of `$defs` a tool's output schema may carry before deeper definitions are loosened."""
    limits: Limits = Field(default_factory=Limits)
    """What one build may read and expand (document size, depth, `$ref`s, YAML aliases, downloads)."""
