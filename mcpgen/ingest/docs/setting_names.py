"""Names a document lists as settings of the server, not inputs of a request: `DATABASE_URL`, `LAYA_MAX_QUEUE`,
`BASE_IMAGE` under "Environment Variables", "Configuration", "Deployment", "构建期参数与运行期环境变量".

Such a section belongs to no operation, yet the owner logic may hand it to the one route the part mentions in
passing (a health check curled after deploying, a setting's note "When set, registers `POST /v1/ingest/search`").
An ALL_CAPS_SNAKE name there is an environment variable or a constant of the server's configuration: an operator
sets it before the server starts, a caller never sends it. The heading must say so and no heading on the way may
be a request line (`## PUT /config` over its `LOG_LEVEL` field is a request's)."""

from __future__ import annotations

import re

from .params import Param
from .requests import METHODS

_SETTING_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
_SETTINGS_HEADING = re.compile(
    r"\b(?:config(?:uration)?s?|environment[- ]variables?|env(?:ironment)?[- ]vars?|settings|"
    r"deploy(?:ment|ing)?|docker(?:[- ]compose)?|build[- ](?:args?|arguments|time)|--build-arg|"
    r"command[- ]line(?: options| switches| flags| arguments)?|cli (?:options|flags))\b|"
    r"环境变量|配置|部署|构建",
    re.I,
)
_REQUEST_LINE = re.compile(r"\b(?:" + "|".join(METHODS) + r")\b\W*/", re.I)


def is_setting(param: Param) -> bool:
    """An ALL_CAPS_SNAKE name read under a heading about the server's configuration, environment or deployment."""
    if not _SETTING_NAME.fullmatch(param.name):
        return False
    titles = param.where.section.split(" > ") if param.where.section else []
    if any(_REQUEST_LINE.search(title) for title in titles):
        return False
    return any(_SETTINGS_HEADING.search(title) for title in titles)
