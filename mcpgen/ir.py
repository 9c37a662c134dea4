"""The intermediate tool model (IR): the one typed, serializable contract between ingest and render.

Everything a template needs is computed before rendering and stored here: final tool names, Python
identifiers, flat input schemas, where each argument goes on the wire. Models are frozen, reject unknown
fields and round-trip through JSON (`ServiceModel.model_validate_json(model.model_dump_json())`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .deploy import DeployPlan
from .diagnostics import Diagnostic, describe_place

IR_VERSION = "2"
"""2: tools bind to an SDK call (`SdkBinding`, `kind: "sdk"`) as well as to an HTTP request."""
READABLE_IR_VERSIONS = frozenset({"1", "2"})
"""Versions this mcpgen reads: version 1 documents are version 2 documents without SDK bindings."""

ArgLocation = Literal["path", "query", "header", "cookie", "body", "body_field"]
"""`body` is the whole request body; `body_field` is one property of an object body."""

BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]
ResponseKind = Literal["json", "text", "image", "binary", "empty"]
AuthKind = Literal[
    "api_key",
    "http_bearer",
    "http_basic",
    "oauth2_client_credentials",
    "session",
    "msal",
    "azure_identity",
    "shared_key",
    "sas",
    "unsupported",
]


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


JSON_STYLE = "json"
"""`ArgBinding.style` of a parameter sent as JSON text (OpenAPI `content: {application/json: ...}`)."""


class ArgBinding(_Frozen):
    """One tool argument and where it goes in the HTTP request."""

    arg: str
    """Property name in the tool's input schema (portable: `^[A-Za-z0-9_.-]{1,64}$`)."""
    wire: str
    """Name on the wire: parameter name, header name, or body property name."""
    location: ArgLocation
    required: bool = False
    style: str | None = None
    """OpenAPI serialization style, only when it differs from the location's default; `json` (`JSON_STYLE`)
    for a parameter described by `content` with a JSON media type, whose value is sent as JSON text."""
    explode: bool | None = None
    """Only when it differs from the style's default."""
    allow_reserved: bool = False
    """Reserved characters (`/`, `?`...) are sent as they are, not percent-encoded."""
    binary: bool = False
    """The argument carries base64 text that is decoded to bytes before sending (file uploads)."""
    default: Any = None
    """Sent when the caller leaves the argument out (`mcpgen.yaml` `overrides.<tool>.defaults`)."""
    default_env: str | None = None
    """An environment variable whose value is sent when the caller leaves the argument out; it wins over
    `default`. An argument with a default need not be given."""
    hidden: bool = False
    """Not in the input schema: always its default (`overrides.<tool>.fixed`)."""


class Pagination(_Frozen):
    """Following an operation's further pages (`mcpgen.yaml` `pagination`).

    `next_link`: the answer carries the URL of the next page (`@odata.nextLink`, Azure's `nextLink`);
    `token`: it carries a token sent back in a query parameter. The tool gains two optional arguments:
    `max_pages` and a continuation argument (`cursor_arg`) that resumes from a previous answer.
    """

    style: Literal["next_link", "token"]
    items: str = "value"
    """The property holding a page's items; the pages' items are joined in it."""
    next: str = "@odata.nextLink"
    """The property holding the next link or token."""
    token_param: str | None = None
    """`token` style: the query parameter the token goes back in."""
    cursor_arg: str = "continuation"
    max_pages: int = 5
    """Pages fetched per call unless the caller asks for fewer (the caller can ask for at most this)."""
    max_items: int = 1000
    """Items returned per call; the rest is reached through the continuation argument."""


class LongRunning(_Frozen):
    """An operation that answers before its work is done (`x-ms-long-running-operation`); the server polls
    it to the end, with MCP progress notifications, for at most `max_wait` seconds.

    `azure`: poll `Azure-AsyncOperation` (or `Operation-Location`), else `Location`, honouring
    `Retry-After`; the result comes from `final_state_via` (`azure-async-operation`, `location`,
    `original-uri`; default: the original URI for PUT and PATCH, else `Location`).
    `task`: see `task_path`.
    """

    style: Literal["azure", "task"] = "azure"
    final_state_via: str | None = None
    task_path: str | None = None
    """`task` style: the first answer is a task id (a JSON string, or `task_id_field` of an object); the
    server polls `GET <task_path>` with `{id}` replaced until `status_field` is a done or failed value
    (vSphere's `?vmw-task=true` operations and `/api/cis/tasks/{id}`)."""
    task_id_field: str | None = None
    status_field: str = "status"
    done_values: tuple[str, ...] = ("SUCCEEDED",)
    failed_values: tuple[str, ...] = ("FAILED", "CANCELED", "CANCELLED")
    poll_seconds: float = 2.0
    """Wait between polls when the answer gives no `Retry-After`."""
    max_wait: float = 300.0


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
    fixed_headers: tuple[tuple[str, str], ...] = ()
    """Headers sent with every call (`mcpgen.yaml` `headers`, e.g. Azure's `x-ms-version`)."""
    pagination: Pagination | None = None
    """How the operation's answers continue on further pages, when the runtime should follow them."""
    long_running: LongRunning | None = None
    follow_redirects: tuple[str, ...] = ()
    """Hosts (`*.example.com` patterns) a redirect answer of this operation may be followed to; empty:
    redirects are answered as they are."""
    scopes: tuple[tuple[str, ...], ...] = ()
    """Alternatives (OR) of the scopes the description's security requirements ask for (AND); empty when none
    does, or when one alternative asks for no scope. Required of callers' tokens by `deploy.auth`."""

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
    default: Any = None
    """Sent when the call leaves the argument out (`overrides.<tool>.defaults`, as for HTTP arguments)."""
    default_env: str | None = None
    """The environment variable the default comes from, when it does."""
    hidden: bool = False
    """Not in the input schema: always its default (`overrides.<tool>.fixed`)."""

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

    # What an HTTP binding carries and an SDK call does not need: the SDK pages, follows, signs itself.
    @property
    def pagination(self) -> None:
        return None

    @property
    def long_running(self) -> None:
        return None

    @property
    def follow_redirects(self) -> tuple[str, ...]:
        return ()

    @property
    def fixed_headers(self) -> tuple[tuple[str, str], ...]:
        return ()

    @property
    def scopes(self) -> tuple[tuple[str, ...], ...]:
        return ()


Binding = Annotated[HttpBinding | SdkBinding, Field(discriminator="kind")]


class ToolAnnotations(_Frozen):
    read_only: bool = False
    destructive: bool = False
    idempotent: bool = False
    open_world: bool = True


class Tool(_Frozen):
    name: str
    service: str = ""
    """The service group it was selected through (`mcpgen.yaml` `services`), or ""."""
    source_id: str = ""
    """The id of the description it came from when several are merged (`mcpgen.yaml` `sources`)."""
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


class SessionLogin(_Frozen):
    """`session` auth: log in once with basic credentials, send the token it gives on every call, log in
    again when a call answers 401, log out when the server stops (vSphere's `POST /api/session`)."""

    path: str
    method: str = "POST"
    token_from: str = "body"
    """`body` (the answer is the token, a JSON string or text), `json:<property>`, or `header:<name>`."""
    logout_path: str | None = None
    logout_method: str = "DELETE"


class AuthScheme(_Frozen):
    name: str
    """The scheme's key in the description (`components.securitySchemes` / `securityDefinitions`)."""
    kind: AuthKind
    description: str = ""
    location: Literal["header", "query", "cookie"] | None = None
    param_name: str | None = None
    token_url: str | None = None
    scopes: tuple[str, ...] = ()
    session: SessionLogin | None = None
    """`session` kind: how to log in; the token goes where `location` and `param_name` say."""
    authority: str | None = None
    """`msal` kind: the authority URL (`https://login.microsoftonline.com/{tenant}`), tenant from the
    environment."""
    flows: tuple[str, ...] = ()
    """`msal` kind: `client_credentials` (application) and/or `device_code` (delegated)."""
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
    notes: str = ""
    """Markdown from the build configuration (`readme`) for the package README."""
    deploy: DeployPlan | None = None
    """Caller auth, limits, metrics and manifests; None in plans written before it existed (defaults)."""
