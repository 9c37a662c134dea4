"""Routes listed as bare file names in the thirty-fourth registry batch (benchmarks/docs/registry_truth): numbered
HTML paragraphs, each a file name a server answers at its root, a colon, what it gives, and the method after a
Chinese method label and a dash (`1.jobstats.json: 任务统计 请求方式-GET`, request method - GET). The label says the
line is a request's, so the name is its path, `/jobstats.json`. A name without a file extension, or names listed
without a method label, give no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

LISTED = """\
<main>
  <h2>新增功能一览</h2>
  <p>四、平台还新增了一些api, 以下只做功能说明:</p>
  <p class="indent">1.jobstats.json: 任务运行情况统计 请求方式-GET</p>
  <p class="indent">2.queuesize.json: 当前队列中的任务数量 请求方式-GET</p>
  <p class="indent">3.search.json: 根据参数按时间范围筛选任务记录 请求方式-POST</p>
  <p>五、待开发清单:</p>
  <p class="indent">1.静态资源访问权限控制</p>
</main>
"""


def test_file_names_with_a_labelled_method_are_routes_at_the_root(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LISTED, "feature.html")
    assert set(ops) == {("GET", "/jobstats.json"), ("GET", "/queuesize.json"), ("POST", "/search.json")}


NOT_LISTED = """\
<main>
  <h2>新增功能一览</h2>
  <p>状态接口: <code>GET /api/status</code></p>
  <p class="indent">1.权限验证: 默认不启用, 请求方式-GET 时需要携带 un 和 pwd</p>
  <p class="indent">2.settings.json: 配置文件, 放在项目目录下</p>
  <p class="indent">3.output.json: 运行结果, 保存在 logs 目录</p>
</main>
"""


def test_names_without_extension_or_method_label_are_no_routes(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NOT_LISTED, "feature.html")) == {("GET", "/api/status")}
