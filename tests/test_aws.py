"""AWS services from botocore's service models: shapes to schemas, and boto3-backed servers proven on moto.

Servers are built with `mcpgen.build("botocore:<service>")`, imported from the written package and driven
through an MCP client against moto's server (`ThreadedMotoServer` on 127.0.0.1, started and stopped here);
one is run over stdio as a user runs it.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from jsonschema import Draft202012Validator

import mcpgen
from mcpgen.config import BuildConfig
from mcpgen.diagnostics import InputError

pytest.importorskip("botocore")
moto_server = pytest.importorskip("moto.server")

SERVICES = ("s3", "lambda", "dynamodb", "cloudwatch", "logs", "iam", "ec2", "rds")
KEYS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "us-east-1"}


@pytest.fixture(scope="module")
def moto() -> Iterator[str]:
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def built(tmp: Path, service: str, **config: Any) -> tuple[Any, Path]:
    """The written package's `(app module, server module)` import, and its folder."""
    out = tmp / service
    result = mcpgen.build(f"botocore:{service}", out, config=BuildConfig(**config))
    pkg = result.plan.package.import_name
    sys.path.insert(0, str(out / "src"))
    try:
        app = importlib.import_module(f"{pkg}.app")
        server = importlib.import_module(f"{pkg}.server")
    finally:
        sys.path.remove(str(out / "src"))
    return (app, server), out


class Session:
    """Calls tools of an in-memory server, one MCP session per `run`."""

    def __init__(self, modules: tuple[Any, Any], endpoint: str) -> None:
        app, server = modules
        self.server = app.build_server(server.registry, env={**KEYS, "AWS_ENDPOINT_URL": endpoint})

    def run(self, calls: list[tuple[str, dict[str, Any]]]) -> list[Any]:
        from mcp import Client

        async def main() -> list[Any]:
            out = []
            async with Client(self.server) as client:
                for name, args in calls:
                    out.append(await client.call_tool(name, args))
            return out

        return anyio.run(main)

    def call(self, name: str, args: dict[str, Any]) -> Any:
        return self.run([(name, args)])[0]

    def with_progress(self, name: str, args: dict[str, Any]) -> tuple[Any, list[tuple[float, Any, Any]]]:
        """Calls `name` asking for progress; the result and the (progress, total, message) reported."""
        from mcp import Client

        reports: list[tuple[float, Any, Any]] = []

        async def collect(progress: float, total: float | None, message: str | None) -> None:
            reports.append((progress, total, message))

        async def main() -> Any:
            async with Client(self.server) as client:
                return await client.call_tool(name, args, progress_callback=collect)

        return anyio.run(main), reports


@pytest.fixture(scope="module")
def s3(tmp_path_factory: pytest.TempPathFactory, moto: str) -> Session:
    modules, _ = built(tmp_path_factory.mktemp("aws"), "s3", surface="tools")
    return Session(modules, moto)


@pytest.fixture(scope="module")
def dynamodb(tmp_path_factory: pytest.TempPathFactory, moto: str) -> Session:
    modules, _ = built(tmp_path_factory.mktemp("aws"), "dynamodb", surface="tools")
    return Session(modules, moto)


# --- ingest -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_of_the_service_becomes_a_tool_with_valid_schemas(service: str) -> None:
    model, _ = mcpgen.ingest(f"botocore:{service}")
    import botocore.session

    operations = botocore.session.get_session().get_service_model(service).operation_names
    names = {t.binding.operation for t in model.tools}
    assert names <= set(operations) and len(names) >= len(operations) - 3  # event streams are left out
    for tool in model.tools:
        Draft202012Validator.check_schema(tool.input_schema)
        if tool.output_schema:
            Draft202012Validator.check_schema(tool.output_schema)
        assert tool.binding.kind == "sdk" and tool.binding.service == service
        assert not re.search(r"</?(p|code|b|i|a|ul|li|note|important)\b", tool.description), tool.name


def test_recursive_shapes_go_to_defs_and_validate_nested_values() -> None:
    model, _ = mcpgen.ingest("botocore:dynamodb")
    put = next(t for t in model.tools if t.binding.operation == "PutItem")
    schema = put.input_schema
    assert "AttributeValue" in schema["$defs"]
    item = {"TableName": "t", "Item": {"id": {"S": "1"}, "tags": {"L": [{"M": {"n": {"N": "2"}}}]}}}
    Draft202012Validator(schema).validate(item)
    deep = {"TableName": "t", "Item": {"tags": {"L": [{"M": {"n": {"BOOL": "yes"}}}]}}}  # BOOL is a boolean
    assert not Draft202012Validator(schema).is_valid(deep)


def test_blobs_timestamps_enums_and_bounds_become_json_schema() -> None:
    model, _ = mcpgen.ingest("botocore:s3")
    by_op = {t.binding.operation: t for t in model.tools}
    put = by_op["PutObject"].input_schema["properties"]
    assert put["ObjectLockRetainUntilDate"]["format"] == "date-time"
    assert "text" in put["Body"]["description"] and put["Body"]["anyOf"][1]["required"] == ["base64"]
    assert "STANDARD" in put["StorageClass"]["enum"]
    assert by_op["PutObject"].input_schema["required"] == ["Bucket", "Key"]
    lam, _ = mcpgen.ingest("botocore:lambda")
    invoke = next(t for t in lam.tools if t.binding.operation == "Invoke")
    assert invoke.input_schema["properties"]["Payload"]["contentEncoding"] == "base64"
    assert next(a for a in invoke.binding.args if a.arg == "Payload").blob


def test_paginated_operations_take_an_item_cap_and_a_continuation_token() -> None:
    model, _ = mcpgen.ingest("botocore:s3")
    listing = next(t for t in model.tools if t.binding.operation == "ListObjectsV2")
    props = listing.input_schema["properties"]
    assert "ContinuationToken" not in props and "MaxKeys" not in props  # the paginator's own
    assert {"NextToken", "MaxItems"} <= set(props)
    assert "NextToken" in listing.output_schema["properties"]
    assert listing.binding.paging is not None and listing.binding.paging.input_token == ("ContinuationToken",)


def test_annotations_follow_what_the_operation_name_says() -> None:
    model, _ = mcpgen.ingest("botocore:ec2")
    by_op = {t.binding.operation: t.annotations for t in model.tools}
    assert by_op["DescribeInstances"].read_only and not by_op["DescribeInstances"].destructive
    assert by_op["TerminateInstances"].destructive and not by_op["TerminateInstances"].read_only
    assert not by_op["RunInstances"].read_only and not by_op["RunInstances"].destructive


def test_read_only_builds_keep_only_reads(tmp_path: Path) -> None:
    result = mcpgen.build("botocore:iam", config=BuildConfig(read_only=True), formatter="none")
    ops = [t.binding.operation for t in result.plan.service.tools]
    assert ops and all(op.startswith(("List", "Get")) for op in ops), ops
    assert not any(v.name.endswith("_BASE_URL") for v in result.plan.env)
    assert {"AWS_REGION", "AWS_ENDPOINT_URL"} <= {v.name for v in result.plan.env}


def test_an_unknown_service_is_a_clear_error_with_close_names() -> None:
    with pytest.raises(InputError, match=r"no service 'dynamdb'.*dynamodb"):
        mcpgen.ingest("botocore:dynamdb")
    with pytest.raises(InputError, match="no model of API version"):
        mcpgen.ingest("botocore:s3@1999-01-01")


def test_a_service_model_file_is_read_with_its_paginators(tmp_path: Path) -> None:
    model = {
        "version": "2.0",
        "metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "things", "protocol": "json",
                     "serviceId": "Things", "serviceFullName": "Things Service"},
        "operations": {
            "ListThings": {"name": "ListThings", "http": {"method": "POST", "requestUri": "/"},
                           "input": {"shape": "ListIn"}, "output": {"shape": "ListOut"},
                           "documentation": "<p>Lists <b>things</b>.</p>"},
        },
        "shapes": {
            "ListIn": {"type": "structure", "members": {"NextToken": {"shape": "S"}, "Limit": {"shape": "N"},
                                                         "Filter": {"shape": "U"}}},
            "U": {"type": "structure", "union": True, "members": {"Name": {"shape": "S"}, "Size": {"shape": "N"}}},
            "ListOut": {"type": "structure", "members": {"Things": {"shape": "L"}, "NextToken": {"shape": "S"}}},
            "L": {"type": "list", "member": {"shape": "S"}},
            "S": {"type": "string"},
            "N": {"type": "integer", "min": 1, "max": 50},
        },
    }  # fmt: skip
    (tmp_path / "service-2.json").write_text(json.dumps(model))
    paging = {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "Limit", "result_key": "Things"}
    (tmp_path / "paginators-1.json").write_text(json.dumps({"pagination": {"ListThings": paging}}))
    service, _ = mcpgen.ingest(tmp_path / "service-2.json")
    tool = service.tools[0]
    assert (tool.name, tool.description) == ("list_things", "Lists things.")
    assert tool.binding.paging is not None and "Limit" not in tool.input_schema["properties"]
    union = Draft202012Validator(tool.input_schema)
    assert union.is_valid({"Filter": {"Name": "a"}}) and union.is_valid({"Filter": {"Size": 3}})
    assert not union.is_valid({"Filter": {"Name": "a", "Size": 3}}) and not union.is_valid({"Filter": {"Size": 99}})
    (tmp_path / "broken.json").write_text('{"metadata": {}, "operations": [], "shapes": {}}')
    with pytest.raises(InputError, match=r"broken\.json"):
        mcpgen.ingest(tmp_path / "broken.json")


# --- servers against moto ----------------------------------------------------------------------------


def test_s3_bucket_objects_round_trip_with_paging(s3: Session) -> None:
    keys = [f"reports/{i:02}.txt" for i in range(7)]
    calls = [("create_bucket", {"Bucket": "mcpgen-reports"})]
    calls += [("put_object", {"Bucket": "mcpgen-reports", "Key": k, "Body": f"report {k}"}) for k in keys]
    results = s3.run(calls)
    assert not any(r.is_error for r in results), [r.content[0].text for r in results if r.is_error]
    first = s3.call("list_objects_v2", {"Bucket": "mcpgen-reports", "MaxItems": 3})
    assert not first.is_error, first.content[0].text
    assert [o["Key"] for o in first.structured_content["Contents"]] == keys[:3]
    token = first.structured_content["NextToken"]
    rest = s3.call("list_objects_v2", {"Bucket": "mcpgen-reports", "MaxItems": 10, "NextToken": token})
    assert [o["Key"] for o in rest.structured_content["Contents"]] == keys[3:]
    assert "NextToken" not in rest.structured_content
    got = s3.call("get_object", {"Bucket": "mcpgen-reports", "Key": keys[4]})
    assert got.content[0].text == f"report {keys[4]}"
    assert got.structured_content["BodyEncoding"] == "text"
    assert got.structured_content["ContentLength"] == len(f"report {keys[4]}")
    deleted = s3.call("delete_object", {"Bucket": "mcpgen-reports", "Key": keys[4]})
    assert not deleted.is_error
    gone = s3.call("get_object", {"Bucket": "mcpgen-reports", "Key": keys[4]})
    assert gone.is_error and "NoSuchKey" in gone.content[0].text


def test_s3_binary_bodies_travel_as_base64(s3: Session) -> None:
    s3.call("create_bucket", {"Bucket": "mcpgen-binary"})
    put = s3.call("put_object", {"Bucket": "mcpgen-binary", "Key": "b", "Body": {"base64": "AAEC/w=="}})
    assert not put.is_error, put.content[0].text
    got = s3.call("get_object", {"Bucket": "mcpgen-binary", "Key": "b"})
    assert got.structured_content["Body"] == "AAEC/w=="
    assert got.structured_content["BodyEncoding"] == "base64"


def test_aws_errors_are_error_results_with_the_aws_code(s3: Session) -> None:
    missing = s3.call("list_objects_v2", {"Bucket": "mcpgen-no-such-bucket"})
    assert missing.is_error
    assert "NoSuchBucket" in missing.content[0].text and "list_objects_v2" in missing.content[0].text
    invalid = s3.call("get_object", {"Bucket": "mcpgen-reports"})  # Key is required
    assert invalid.is_error and "Key" in invalid.content[0].text


def test_dynamodb_table_item_round_trip_and_conditional_failure(dynamodb: Session) -> None:
    table = {
        "TableName": "orders",
        "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}, {"AttributeName": "line", "KeyType": "RANGE"}],
        "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"},
                                 {"AttributeName": "line", "AttributeType": "N"}],
        "BillingMode": "PAY_PER_REQUEST",
    }  # fmt: skip
    created = dynamodb.call("create_table", table)
    assert not created.is_error, created.content[0].text
    assert created.structured_content["TableDescription"]["TableName"] == "orders"
    items = [{"id": {"S": "o-1"}, "line": {"N": str(n)}, "sku": {"S": f"sku-{n}"}} for n in range(1, 5)]
    results = dynamodb.run([("put_item", {"TableName": "orders", "Item": item}) for item in items])
    assert not any(r.is_error for r in results)
    got = dynamodb.call("get_item", {"TableName": "orders", "Key": {"id": {"S": "o-1"}, "line": {"N": "2"}}})
    assert got.structured_content["Item"]["sku"] == {"S": "sku-2"}
    query = {"TableName": "orders", "KeyConditionExpression": "id = :id",
             "ExpressionAttributeValues": {":id": {"S": "o-1"}}, "MaxItems": 3}  # fmt: skip
    page = dynamodb.call("query", query)
    assert not page.is_error, page.content[0].text
    assert [i["line"]["N"] for i in page.structured_content["Items"]] == ["1", "2", "3"]
    rest = dynamodb.call("query", {**query, "NextToken": page.structured_content["NextToken"]})
    assert [i["line"]["N"] for i in rest.structured_content["Items"]] == ["4"]
    again = dynamodb.call("put_item", {"TableName": "orders", "Item": items[0],
                                       "ConditionExpression": "attribute_not_exists(id)"})  # fmt: skip
    assert again.is_error and "ConditionalCheckFailedException" in again.content[0].text


def test_mcpgen_test_calls_every_operation_against_the_emulator(tmp_path: Path) -> None:
    from mcpgen.conformance import CheckOptions, Outcome

    _, out = built(tmp_path, "dynamodb")
    report = mcpgen.test(out, options=CheckOptions(examples_per_tool=1, timeout=20, http=False))
    assert {r.id: r.reason for r in report.results if r.outcome is Outcome.FAIL} == {}
    called = [r for r in report.results if r.id.startswith("tools.call.valid[") and r.outcome is Outcome.PASS]
    assert len(called) >= 50, len(called)


def test_a_built_aws_server_runs_over_stdio_against_the_emulator(tmp_path: Path, moto: str) -> None:
    """As a user runs it: the console entry point over stdio, credentials and endpoint from the environment."""
    _, out = built(tmp_path, "sqs", surface="discovery")
    env = {**os.environ, **KEYS, "AWS_ENDPOINT_URL": moto, "PYTHONPATH": str(out / "src")}
    pkg = next((out / "src").iterdir()).name
    requests = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {
            "name": "call_operation", "arguments": {"name": "create_queue", "arguments": {"QueueName": "jobs"}}}},
        {"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {
            "name": "call_read_operation", "arguments": {"name": "list_queues", "arguments": {}}}},
    ]  # fmt: skip
    replies = _converse([sys.executable, "-m", pkg], env, requests)
    assert not replies[2]["result"].get("isError"), replies[2]
    listed = replies[3]["result"]["structuredContent"]
    assert any(url.endswith("/jobs") for url in listed["QueueUrls"]), listed


def _converse(command: list[str], env: dict[str, str], requests: list[dict[str, Any]]) -> dict[int, Any]:
    """Sends each request over stdio and waits for its answer (stdin stays open, as a client keeps it)."""
    replies: dict[int, Any] = {}
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, env=env) as process:  # fmt: skip
        timer = threading.Timer(120, process.kill)  # bounded: a hung server is stopped by its own pid
        timer.start()
        try:
            assert process.stdin is not None and process.stdout is not None
            for request in requests:
                process.stdin.write(json.dumps(request) + "\n")
                process.stdin.flush()
                while "id" in request and request["id"] not in replies:
                    line = process.stdout.readline()
                    assert line, "the server stopped before answering"
                    message = json.loads(line)
                    if "id" in message:
                        replies[message["id"]] = message
            process.stdin.close()
            process.wait(timeout=30)
        finally:
            timer.cancel()
            if process.poll() is None:
                process.kill()
    return replies


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory, moto: str) -> dict[str, Session]:
    """Servers of the other services the AWS adapter covers, on the tools surface, built once."""
    root = tmp_path_factory.mktemp("aws-more")
    return {s: Session(built(root, s, surface="tools")[0], moto) for s in ("ec2", "iam", "rds", "cloudwatch", "lambda")}


def texts(result: Any) -> str:
    return " ".join(getattr(c, "text", "") for c in result.content)


def test_ec2_instances_run_describe_in_pages_wait_stop_and_terminate(services: dict[str, Session]) -> None:
    ec2 = services["ec2"]
    images = ec2.call("describe_images", {"MaxItems": 1})
    assert not images.is_error, texts(images)
    image = images.structured_content["Images"][0]["ImageId"]
    launch = {"ImageId": image, "MinCount": 1, "MaxCount": 1, "InstanceType": "t3.micro"}
    runs = ec2.run([("run_instances", launch)] * 3)  # three reservations: describe_instances pages over them
    assert not any(r.is_error for r in runs), [texts(r) for r in runs]
    ids = [r.structured_content["Instances"][0]["InstanceId"] for r in runs]
    waited = ec2.call("wait_until_instance_running", {"InstanceIds": ids, "MaxWaitSeconds": 60})
    assert not waited.is_error, texts(waited)
    states = {i["InstanceId"]: i["State"]["Name"] for r in waited.structured_content["Reservations"]
              for i in r["Instances"]}  # fmt: skip
    assert states == dict.fromkeys(ids, "running")
    first = ec2.call("describe_instances", {"InstanceIds": ids, "MaxItems": 2})
    assert not first.is_error, texts(first)
    assert len(first.structured_content["Reservations"]) == 2 and "NextToken" in first.structured_content
    rest = ec2.call("describe_instances", {"InstanceIds": ids, "NextToken": first.structured_content["NextToken"]})
    assert len(rest.structured_content["Reservations"]) == 1 and "NextToken" not in rest.structured_content
    stopped = ec2.call("stop_instances", {"InstanceIds": ids[:1]})
    assert stopped.structured_content["StoppingInstances"][0]["InstanceId"] == ids[0]
    never, reports = ec2.with_progress("wait_until_instance_terminated", {"InstanceIds": ids[:1], "MaxWaitSeconds": 16})
    assert never.is_error and "Max attempts exceeded" in texts(never)
    assert len(reports) >= 2 and reports[0][1] == 16 and "waiting until" in reports[0][2]  # every 5 s of 15
    terminated = ec2.call("terminate_instances", {"InstanceIds": ids})
    assert {i["InstanceId"] for i in terminated.structured_content["TerminatingInstances"]} == set(ids)
    missing = ec2.call("stop_instances", {"InstanceIds": ["i-00000000000000000"]})
    assert missing.is_error and "InvalidInstanceID.NotFound" in texts(missing)


def test_iam_users_and_roles(services: dict[str, Session]) -> None:
    iam = services["iam"]
    trust = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
            ],
        }
    )
    results = iam.run([("create_user", {"UserName": f"dev-{n}"}) for n in range(3)]
                      + [("create_role", {"RoleName": "runner", "AssumeRolePolicyDocument": trust})])  # fmt: skip
    assert not any(r.is_error for r in results), [texts(r) for r in results if r.is_error]
    users = iam.call("list_users", {"MaxItems": 2})
    assert len(users.structured_content["Users"]) == 2 and "NextToken" in users.structured_content
    role = iam.call("get_role", {"RoleName": "runner"})
    assert role.structured_content["Role"]["AssumeRolePolicyDocument"]["Statement"][0]["Action"] == "sts:AssumeRole"
    again = iam.call("create_user", {"UserName": "dev-0"})
    assert again.is_error and "EntityAlreadyExists" in texts(again)


def test_rds_instances(services: dict[str, Session]) -> None:
    rds = services["rds"]
    created = rds.call(
        "create_db_instance",
        {
            "DBInstanceIdentifier": "orders-db",
            "DBInstanceClass": "db.t3.micro",
            "Engine": "postgres",
            "MasterUsername": "app",
            "MasterUserPassword": "not-a-real-secret",
            "AllocatedStorage": 20,
        },
    )
    assert not created.is_error, texts(created)
    found = rds.call("describe_db_instances", {"DBInstanceIdentifier": "orders-db"})
    assert found.structured_content["DBInstances"][0]["Engine"] == "postgres"
    missing = rds.call("describe_db_instances", {"DBInstanceIdentifier": "no-such-db"})
    assert missing.is_error and "DBInstanceNotFound" in texts(missing)


def test_cloudwatch_put_and_get_metric_data(services: dict[str, Session]) -> None:
    cloudwatch = services["cloudwatch"]
    now = "2026-12-04T12:00:00Z"
    put = cloudwatch.call(
        "put_metric_data",
        {
            "Namespace": "mcpgen/test",
            "MetricData": [
                {"MetricName": "latency", "Value": v, "Unit": "Milliseconds", "Timestamp": now} for v in (10.0, 30.0)
            ],
        },
    )
    assert not put.is_error, texts(put)
    query = {"MetricDataQueries": [{"Id": "m1", "MetricStat": {
        "Metric": {"Namespace": "mcpgen/test", "MetricName": "latency"}, "Period": 60, "Stat": "Average"}}],
        "StartTime": "2026-12-04T11:00:00Z", "EndTime": "2026-12-04T13:00:00Z"}  # fmt: skip
    got = cloudwatch.call("get_metric_data", query)
    assert not got.is_error, texts(got)
    assert got.structured_content["MetricDataResults"][0]["Values"] == [20.0]
    missing = cloudwatch.call("set_alarm_state", {"AlarmName": "no-such-alarm", "StateValue": "ALARM",
                                                  "StateReason": "test"})  # fmt: skip
    assert missing.is_error and "ResourceNotFound" in texts(missing)


def test_lambda_create_and_list_functions(services: dict[str, Session]) -> None:
    """moto creates and lists functions without Docker; invoking one needs Docker, which is not here."""
    iam, lam = services["iam"], services["lambda"]
    trust = json.dumps({"Version": "2012-10-17", "Statement": []})
    role = iam.call("create_role", {"RoleName": "fn-role", "AssumeRolePolicyDocument": trust})
    arn = role.structured_content["Role"]["Arn"]
    code = _zip({"handler.py": "def main(event, context):\n    return event\n"})
    created = lam.call("create_function", {"FunctionName": "echo", "Runtime": "python3.12", "Role": arn,
                                           "Handler": "handler.main", "Code": {"ZipFile": code}})  # fmt: skip
    assert not created.is_error, texts(created)
    listed = lam.call("list_functions", {})
    assert [f["FunctionName"] for f in listed.structured_content["Functions"]] == ["echo"]
    missing = lam.call("get_function", {"FunctionName": "no-such-function"})
    assert missing.is_error and "ResourceNotFoundException" in texts(missing)


def _zip(files: dict[str, str]) -> str:
    import base64
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return base64.b64encode(buffer.getvalue()).decode()


# --- the prebuilt AWS adapter ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def adapter() -> Any:
    from mcpgen import adapters

    result = adapters.build("aws")
    assert result.ok, [d.format() for d in result.diagnostics if d.severity.value == "error"]
    return result


def test_the_aws_adapter_default_is_curated_grouped_by_service_and_sized_for_clients(adapter: Any) -> None:
    plan = adapter.plan
    tools = plan.service.tools
    assert 0 < len(tools) <= 128
    services = {t.binding.service for t in tools}
    assert services == {"s3", "lambda", "dynamodb", "cloudwatch", "logs", "iam", "ec2", "rds"}
    assert all(t.name.startswith(f"{t.binding.service}_") for t in tools)
    assert {"s3_put_object", "dynamodb_query", "ec2_run_instances", "ec2_wait_until_instance_running"} <= {
        t.name for t in tools
    }
    assert plan.surface is not None and plan.surface.kind == "grouped"
    assert sorted(g.name for g in plan.surface.groups) == sorted(services)
    assert plan.size.approx_tokens < 20_000
    run = next(t for t in tools if t.name == "ec2_run_instances")
    assert set(run.input_schema["properties"]) <= {"ImageId", "InstanceType", "MinCount", "MaxCount", "KeyName",
        "SecurityGroupIds", "SubnetId", "UserData", "TagSpecifications", "IamInstanceProfile", "DryRun"}  # fmt: skip
    assert "enum" not in run.input_schema["properties"]["InstanceType"]  # ~1,000 values, described instead
    assert not any(v.name.endswith("_BASE_URL") for v in plan.env)


def test_every_curated_aws_tool_matches_the_botocore_model(adapter: Any) -> None:
    """A curated definition cannot drift from the real API: each tool's operation, argument members and
    required flags are those of the service model botocore ships."""
    import botocore.session

    session = botocore.session.get_session()
    for tool in adapter.plan.service.tools:
        binding = tool.binding
        model = session.get_service_model(binding.service).operation_model(binding.operation)
        members = model.input_shape.members if model.input_shape else {}
        required = set(model.input_shape.required_members) if model.input_shape else set()
        paging = {"NextToken", "MaxItems"} if binding.paging else set()
        for arg in binding.args:
            assert arg.member in members, f"{tool.name}: {arg.member} is not a member of {binding.operation}"
        schema_required = set(tool.input_schema.get("required", ()))
        limit = {binding.paging.limit_key} if binding.paging and binding.paging.limit_key else set()
        tokens = set(binding.paging.input_token) if binding.paging else set()
        assert schema_required == required - limit - tokens, tool.name
        assert set(tool.input_schema["properties"]) - paging - {"MaxWaitSeconds"} <= set(members), tool.name
        if binding.waiter:
            waiter = session.get_waiter_model(binding.service).get_waiter(binding.waiter)
            assert waiter.operation == binding.operation


def test_the_aws_adapter_package_calls_through_its_grouped_tools(tmp_path: Path, moto: str) -> None:
    from mcpgen import adapters
    from mcpgen.surface import route_call

    result = adapters.build("aws", tmp_path / "aws")
    pkg = result.plan.package.import_name
    sys.path.insert(0, str(tmp_path / "aws" / "src"))
    try:
        modules = importlib.import_module(f"{pkg}.app"), importlib.import_module(f"{pkg}.server")
    finally:
        sys.path.remove(str(tmp_path / "aws" / "src"))
    session = Session(modules, moto)
    by_name = {t.name: t for t in result.plan.service.tools}

    def call(name: str, args: dict[str, Any]) -> Any:
        listed, through = route_call(result.plan.surface, by_name[name], args)
        assert listed == by_name[name].binding.service  # the service's group tool
        return session.call(listed, through)

    assert not call("s3_create_bucket", {"Bucket": "mcpgen-adapter"}).is_error
    put = call("s3_put_object", {"Bucket": "mcpgen-adapter", "Key": "a.txt", "Body": "hello"})
    assert not put.is_error, texts(put)
    got = call("s3_get_object", {"Bucket": "mcpgen-adapter", "Key": "a.txt"})
    assert got.content[0].text == "hello"
    tables = call("dynamodb_list_tables", {})
    assert not tables.is_error and "TableNames" in tables.structured_content
