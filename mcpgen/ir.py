"""The intermediate tool model (IR): the one typed, serializable contract between ingest and render.

Everything a template needs is computed before rendering and stored here: final tool names, Python
identifiers, flat input schemas, where each argument goes on the wire. Models are frozen, reject unknown
fields and round-trip through JSON (`ServiceModel.model_validate_json(model.model_dump_json())`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .diagnostics import Diagnostic, describe_place

IR_VERSION = "2"
"""2: tools bind to an SDK call (`SdkBinding`, `kind: "sdk"`) as well as to an HTTP request."""
READABLE_IR_VERSIONS = frozenset({"1", "2"})
"""Versions this mcpgen reads: version 1 documents are version 2 documents without SDK bindings."""

ArgLocation = Literal["path", "query", "header", "cookie", "body", "body_field"]
"""`body` is the whole request body; `body_field` is one property of an object body."""

BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]
ResponseKind = Literal["json", "text", "image", "binary", "empty"]
AuthKind = Literal["api_key", "http_bearer", "http_basic", "oauth2_client_credentials", "unsupported"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SourceLocation(_Frozen):
    """Where an IR element came from: a file and a JSON Pointer (OpenAPI) or a line/heading (documents)."""

    file: str
    pointer: str = ""
    line: int | None = None
    page: int | None = None
    section: str = ""
    """The heading path (`API > Generate a completion`) or CSS selector of the passage, for documents."""

    def describe(self) -> str:
        return describe_place(self.file, self.pointer, self.page, self.line, self.section)


class ArgBinding(_Frozen):
    """One tool argument and where it goes in the HTTP request."""

    arg: str
    """Property name in the tool's input schema (portable: `^[A-Za-z0-9_.-]{1,64}$`)."""
    wire: str
    """Name on the wire: parameter name, header name, or body property name."""
    location: ArgLocation
    required: bool = False
    style: str | None = None
    """OpenAPI serialization style, only when it differs from the location's default."""
    explode: bool | None = None
    """Only when it differs from the style's default."""
    allow_reserved: bool = False
    """Reserved characters (`/`, `?`...) are sent as they are, not percent-encoded."""
    binary: bool = False
    """The argument carries base64 text that is decoded to bytes before sending (file uploads)."""


class HttpBinding(_Frozen):
    kind: Literal["http"] = "http"
    method: str
    path: str
    args: tuple[ArgBinding, ...] = ()
    body_encoding: BodyEncoding | None = None
    body_media_type: str | None = None
    body_required: bool = False
    response_kind: ResponseKind = "json"
    response_media_type: str | None = None
    fixed_query: tuple[tuple[str, str], ...] = ()
    """Query parameters sent with every call: from the path key (`/vm?action=start`), required
    single-value parameters, and Azure's `api-version`."""
    security: tuple[tuple[str, ...], ...] = ()
    """Alternatives (OR) of scheme-name sets (AND). Empty means no authentication."""

    def at(self, location: str) -> list[ArgBinding]:
        """The arguments that go to `location` (`path`, `query`, ..., `body_field`), in order."""
        return [a for a in self.args if a.location == location]


class SdkArg(_Frozen):
    """One tool argument and the member of the SDK operation's input it fills."""

    arg: str
    member: str
    required: bool = False
    blob: bool = False
    """A blob member: the argument is base64 text, decoded to bytes before the call."""
    streaming: bool = False
    """The streaming payload (an S3 object's body): text, or `{"base64": ...}` for binary content."""

    @property
    def wire(self) -> str:
        return self.member


class SdkPaging(_Frozen):
    """A paginator of the SDK (botocore `paginators-1.json`): the tool returns up to an item cap and a
    continuation token; the SDK follows the pages."""

    input_token: tuple[str, ...]
    output_token: tuple[str, ...]
    result_keys: tuple[str, ...] = ()
    limit_key: str | None = None


class SdkBinding(_Frozen):
    """A call of an SDK client method (boto3): the SDK does signing, endpoints and the wire protocol."""

    kind: Literal["sdk"] = "sdk"
    sdk: Literal["boto3"] = "boto3"
    service: str
    """The SDK's service name (`s3`, `dynamodb`)."""
    operation: str
    """The operation's name in the service model (`ListObjectsV2`)."""
    client_method: str
    """The client method that calls it (`list_objects_v2`)."""
    protocol: str = ""
    """The service's wire protocol (`rest-xml`, `json`, `query`...), for the report only."""
    http_method: str = "POST"
    request_uri: str = "/"
    args: tuple[SdkArg, ...] = ()
    paging: SdkPaging | None = None
    streaming_output: str | None = None
    """The output member that streams (an S3 object's `Body`)."""
    waiter: str | None = None
    """A waiter of the SDK (botocore `waiters-2.json`, `InstanceRunning`): the tool polls `operation` until
    the waiter's state is reached (or a cap on the wait), then gives the operation's last answer."""
    waiter_method: str | None = None
    """The name the client's `get_waiter` takes (`instance_running`)."""

    @property
    def method(self) -> str:
        """The model's HTTP method: selectors and reports treat both binding kinds alike."""
        return self.http_method

    @property
    def path(self) -> str:
        """`service:Operation` (`ec2:wait:InstanceRunning` for a waiter), the key selectors (`s3:List*`),
        reports and diffs use for the call."""
        return f"{self.service}:wait:{self.waiter}" if self.waiter else f"{self.service}:{self.operation}"

    @property
    def security(self) -> tuple[tuple[str, ...], ...]:
        """The SDK signs every call with the credentials of its chain: no scheme of the IR applies."""
        return ()

    @property
    def fixed_query(self) -> tuple[tuple[str, str], ...]:
        return ()

    @property
    def response_kind(self) -> ResponseKind:
        return "json"


Binding = Annotated[HttpBinding | SdkBinding, Field(discriminator="kind")]


class ToolAnnotations(_Frozen):
    read_only: bool = False
    destructive: bool = False
    idempotent: bool = False
    open_world: bool = True


class Tool(_Frozen):
    name: str
    title: str | None = None
    description: str
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None = None
    output_wrapped: bool = False
    """Structured output is `{"result": <response>}` because the response is not a JSON object."""
    annotations: ToolAnnotations = ToolAnnotations()
    binding: Binding
    tags: tuple[str, ...] = ()
    operation_id: str | None = None
    deprecated: bool = False
    source: SourceLocation
    py_name: str
    """Python identifier of the tool's function in the generated server."""


class EnvVar(_Frozen):
    name: str
    description: str
    secret: bool = False
    required: bool = False
    default: str | None = None


class AuthScheme(_Frozen):
    name: str
    """The scheme's key in the description (`components.securitySchemes` / `securityDefinitions`)."""
    kind: AuthKind
    description: str = ""
    location: Literal["header", "query", "cookie"] | None = None
    param_name: str | None = None
    token_url: str | None = None
    scopes: tuple[str, ...] = ()
    env: dict[str, str] = Field(default_factory=dict)
    """Role (`key`, `token`, `username`, `password`, `client_id`, `client_secret`, `scopes`,
    `token_url`) to the environment variable that supplies it. Filled in by the plan."""


class Server(_Frozen):
    url: str
    description: str = ""


class SourceInfo(_Frozen):
    path: str
    format: str
    """`openapi-2.0`, `openapi-3.0`, `openapi-3.1`, ..."""
    sha256: str


class ServiceModel(_Frozen):
    ir_version: str = IR_VERSION
    name: str
    """A short slug for the service, from the title (`bookshop`)."""
    title: str
    version: str
    description: str = ""
    servers: tuple[Server, ...] = ()
    auth_schemes: tuple[AuthScheme, ...] = ()
    tools: tuple[Tool, ...] = ()
    source: SourceInfo


class PackageInfo(_Frozen):
    """Names of the generated package, computed once by the plan."""

    dist_name: str
    """`bookshop-mcp`: the pip distribution name and console script."""
    import_name: str
    """`bookshop_mcp`: the import package under `src/`."""
    env_prefix: str
    """`BOOKSHOP`: prefix of every environment variable the server reads."""
    version: str
    server_name: str
    """MCP `serverInfo.name`."""


class SizeReport(_Frozen):
    tools: int
    list_bytes: int
    approx_tokens: int
    pages: int
    largest_page_bytes: int


SurfaceKind = Literal["tools", "grouped", "discovery"]


class ToolGroup(_Frozen):
    """Operations that share a tag (or a first path word): one tool of a grouped surface."""

    name: str
    """The group's tool name (grouped surface), or its key for `search_operations(group=...)`."""
    title: str
    """The tag or path word the group is made of."""
    operations: tuple[str, ...]
    """Tool names of its operations."""


class SurfaceSize(_Frozen):
    """What one surface would cost a client: tools, bytes of `tools/list`, tokens, the heaviest tools."""

    kind: SurfaceKind
    tools: int
    list_bytes: int
    approx_tokens: int
    heaviest: tuple[tuple[str, int], ...] = ()
    """(tool name, bytes) of the ten heaviest tools."""


class SurfacePlan(_Frozen):
    """How the operations are offered: one tool each, a tool per group, or search/describe/call tools."""

    kind: SurfaceKind
    requested: Literal["auto", "tools", "grouped", "discovery"] = "auto"
    profile: str = "generic"
    reason: str = ""
    server_key: str
    """The short key client configurations give the server (`mcp__<key>__<tool>`)."""
    name_budget: int
    listed: tuple[dict[str, Any], ...]
    """The tools `tools/list` sends, in order, in MCP wire format."""
    groups: tuple[ToolGroup, ...] = ()
    pinned: tuple[str, ...] = ()
    """Operations listed as tools of their own beside the grouped or discovery tools."""
    sizes: tuple[SurfaceSize, ...] = ()
    """Every surface's cost, for the report (the chosen one included)."""
    token_method: str = "bytes/4"
    fitted: bool = False
    """Some listed input schema was fitted to the profile: the operations' own travel apart."""


class BuildPlan(_Frozen):
    """Everything the renderer needs: the selected service, package names, env vars and sizes."""

    ir_version: str = IR_VERSION
    service: ServiceModel
    package: PackageInfo
    base_url: str
    env: tuple[EnvVar, ...]
    pages: tuple[int, ...]
    """Start index of each `tools/list` page."""
    size: SizeReport
    diagnostics: tuple[Diagnostic, ...] = ()
    surface: SurfacePlan | None = None
    """None in plans written before surfaces existed: one tool per operation."""
