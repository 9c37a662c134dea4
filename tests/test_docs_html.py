"""The HTML reducer: generic HTML and generated reference pages (Redoc, Swagger UI, Slate, Sphinx, vSphere)."""

from __future__ import annotations

from mcpgen.ingest.docs.blocks import Block, Document, Section
from mcpgen.ingest.docs.html import reduce_html


def _section(doc: Document, title: str) -> Section:
    return next(s for s in doc.sections if s.title == title)


def _blocks(doc: Document, kind: str = "") -> list[Block]:
    return [b for s in doc.sections for b in s.blocks if not kind or b.kind == kind]


def test_headings_become_nested_sections_with_their_line_and_id():
    doc = reduce_html('<h1 id="api">API</h1>\n<p>Intro</p>\n<h2>Users</h2>\n<p>All users</p>', "a.html")
    assert [(s.title, s.level, s.path) for s in doc.sections] == [("API", 1, ("API",)), ("Users", 2, ("API", "Users"))]
    assert doc.title == "API"
    api, users = doc.sections
    assert (api.anchor, api.where.line, api.where.section) == ("api", 1, "#api")
    assert api.blocks[0].where == api.blocks[0].where.__class__("a.html", line=2, section="#api")
    assert users.blocks[0].where.section == "API > Users"


def test_an_enclosing_element_id_is_the_selector_of_the_section_it_opens():
    doc = reduce_html('<section id="vm-list"><h2>List VMs</h2><p>Lists.</p><h3>More</h3><p>x</p></section>', "a")
    assert _section(doc, "List VMs").blocks[0].where.section == "section#vm-list"
    assert _section(doc, "More").blocks[0].where.section == "List VMs > More"


def test_scripts_navigation_forms_and_hidden_elements_never_reach_blocks():
    page = """<html><head><title>T</title><script>GET /secret</script></head><body>
    <nav><a>Home</a></nav><div class="sphinxsidebar"><p>side</p></div><div class="toc-wrapper"><p>toc</p></div>
    <div role="navigation"><p>nav</p></div><header><p>Logo</p></header><aside><p>aside</p></aside>
    <h1>Doc</h1><p>Kept <script>var a = 1;</script><span style="display: none">hidden</span>text.</p>
    <style>p {}</style><noscript>enable js</noscript><form><p>field</p></form><button>Click</button>
    <div hidden><p>gone</p></div><svg><text>svg</text></svg><footer><p>foot</p></footer></body></html>"""
    doc = reduce_html(page, "a.html")
    assert [b.text for b in _blocks(doc)] == ["Kept text."]


def test_paragraphs_become_one_text_block_each_with_normalized_whitespace_and_inline_marks():
    doc = reduce_html("<h1>A</h1><p>Pass   the\n <code>id</code> and <strong>name</strong>.</p><p>Second</p>", "a")
    assert [b.text for b in doc.sections[0].blocks] == ["Pass the `id` and **name**.", "Second"]


def test_text_around_a_nested_block_is_kept_once_and_in_order():
    doc = reduce_html("<div>Before <div><p>Inside</p></div> after<br><br>next paragraph</div>", "a")
    assert [b.text for b in _blocks(doc)] == ["Before", "Inside", "after", "next paragraph"]


def test_pre_becomes_a_code_block_with_the_language_its_classes_name():
    page = """<pre><code class="language-json">{"a": 1}</code></pre>
    <div class="highlight-python notranslate"><div class="highlight"><pre>print(1)\n</pre></div></div>
    <pre class="highlight ruby tab-ruby"><code>puts 1</code></pre><pre>plain\n  indented</pre>"""
    codes = _blocks(reduce_html(page, "a"), "code")
    assert [(b.lang, b.text) for b in codes] == [
        ("json", '{"a": 1}'),
        ("python", "print(1)"),
        ("ruby", "puts 1"),
        ("", "plain\n  indented"),
    ]


def test_a_paragraph_holding_only_a_request_line_becomes_a_code_block():
    doc = reduce_html("<h3>HTTP Request</h3><p><code>GET   http://example.com/kittens/&lt;ID&gt;</code></p>", "a")
    assert [(b.kind, b.text) for b in _blocks(doc)] == [("code", "GET http://example.com/kittens/<ID>")]


def test_a_table_keeps_its_rows_of_cell_text_and_says_whether_it_has_a_header():
    page = """<table><thead><tr><th>Parameter</th><th>Description</th></tr></thead>
    <tbody><tr><td><code>id</code></td><td>The  id<br>of it</td></tr></tbody></table>
    <table><tr><td>a</td><td>b</td></tr></table>"""
    first, second = _blocks(reduce_html(page, "a"), "table")
    assert first.rows == (("Parameter", "Description"), ("`id`", "The id of it")) and first.header
    assert second.rows == (("a", "b"),) and not second.header


def test_a_nested_table_is_flattened_into_its_cell_and_a_layout_table_into_its_content():
    page = """<table><tr><th>Name</th><th>Fields</th></tr>
    <tr><td>user</td><td><table><tr><td>id</td><td>int</td></tr><tr><td>name</td><td>str</td></tr></table></td></tr>
    </table><table><tr><td><p>Just text</p></td></tr></table>"""
    doc = reduce_html(page, "a")
    assert _blocks(doc, "table")[0].rows == (("Name", "Fields"), ("user", "id int; name str"))
    assert [b.text for b in _blocks(doc, "text")] == ["Just text"]


def test_lists_flatten_nested_items_and_definition_lists_pair_terms_with_definitions():
    page = "<ul><li>one<ul><li>one.a</li></ul></li><li><code>two</code> - second</li></ul>"
    page += "<dl><dt>id</dt><dd>The id</dd></dl>"
    listing, definitions = _blocks(reduce_html(page, "a"))
    assert listing.items == (("", "one"), ("", "one.a"), ("", "`two` - second"))
    assert definitions.items == (("id", "The id"),)


def test_a_slate_callout_aside_is_kept():
    doc = reduce_html('<h1>Auth</h1><aside class="notice">Replace <code>key</code> with yours.</aside>', "a")
    assert [b.text for b in _blocks(doc)] == ["Replace `key` with yours."]


def test_the_title_element_names_a_page_without_h1_and_a_fragment_needs_no_body():
    assert reduce_html("<html><head><title>REST API - list</title></head><body><h2>x</h2></body></html>", "a").title
    doc = reduce_html("just text", "a")
    assert [b.text for b in _blocks(doc)] == ["just text"]


_REDOC = """<div id="redoc"><div class="menu-content"><span class="operation-type get">get</span> List</div>
<div id="tag/Boards/operation/get_boards"><div id="operation/get_boards"><div>
<h2><a href="#tag/Boards/operation/get_boards"></a>List boards</h2><div><p>All boards.</p></div>
<div><h5>query<!-- --> Parameters</h5><table><tbody>
<tr><td kind="field" title="sort"><span></span><span class="property-name">sort</span></td><td><div>
 <div><span></span><span>string</span></div><div><span>Default:</span> <span>"asc"</span></div>
 <div><span>Enum:</span> <span>"asc"</span> <span>"desc"</span></div>
 <div><div><p>Sort order</p></div></div></div></td></tr>
<tr class="last"><td kind="field"><span class="property-name">limit</span><div>required</div></td><td><div>
 <div><span>integer</span><span> &lt;int32&gt; </span></div><div><div><p>Page size</p></div></div></div></td></tr>
</tbody></table></div>
<h5>Request Body schema: <div><select><option selected value="application/json">application/json</option></select>
<label>application/json</label></div><div>required</div></h5>
<table><tbody><tr><td kind="field"><button><span class="property-name">owner</span></button></td>
<td><div><div><span>object</span></div></div></td></tr>
<tr><td colspan="2"><table><tbody><tr><td kind="field"><span class="property-name">id</span><div>required</div></td>
<td><div><div><span>string</span></div></div></td></tr></tbody></table></td></tr></tbody></table>
<div><h3>Responses</h3><div><button><strong>200</strong><div><p>OK</p></div></button></div>
<div><button><strong>404</strong><div><p>Missing</p></div></button></div></div></div>
<div><div><button><span class="http-verb get">get</span><span>/boards</span></button>
<div aria-hidden="true"><div role="button"><div><span>https://api.example.com/v2</span>/boards</div></div></div></div>
<div><h3>Request samples</h3><div><ul role="tablist"><li id="t1" role="tab">Payload</li></ul>
<div role="tabpanel" aria-labelledby="t1"><div class="redoc-json"><code><button class="collapser"></button>
<span>{</span><ul class="obj collapsible"><li><div class="hoverable"><span>"owner"</span>: <span>"me"</span></div>
</li></ul>
<span>}</span></code></div></div></div>
<h3>Response samples</h3><div><ul role="tablist"><li id="t2" role="tab">200</li></ul>
<div role="tabpanel" aria-labelledby="t2"><div class="redoc-json"><code><span>[]</span></code></div></div></div></div>
</div></div></div></div>"""


def test_a_redoc_operation_states_its_method_and_path_in_its_own_section():
    operation = _section(reduce_html(_REDOC, "r.html"), "List boards")
    assert [(b.kind, b.text) for b in operation.blocks[:3]] == [
        ("code", "GET /boards"),
        ("text", "Base URL: https://api.example.com/v2"),
        ("text", "All boards."),
    ]
    assert operation.where.section == "#operation/get_boards"
    assert operation.anchor == "tag/Boards/operation/get_boards"


def test_redoc_parameter_rows_become_tables_under_their_caption():
    doc = reduce_html(_REDOC, "r.html")
    query = _section(doc, "query Parameters")
    assert query.path == ("List boards", "query Parameters")
    assert query.blocks[0].rows == (
        ("name", "type", "required", "description"),
        ("sort", "string", "", "Sort order Default: asc Enum: asc, desc"),
        ("limit", "integer <int32>", "required", "Page size"),
    )
    body = _section(doc, "Request Body schema: application/json")
    assert [b.text for b in body.blocks if b.kind == "text"] == ["The request body is required."]
    assert body.blocks[-1].rows[1:] == (("owner", "object", "", ""), ("owner.id", "string", "required", ""))


def test_redoc_responses_become_one_status_table_and_samples_are_labelled():
    doc = reduce_html(_REDOC, "r.html")
    assert _section(doc, "Responses").blocks[0].rows == (("status", "description"), ("200", "OK"), ("404", "Missing"))
    request = [(b.kind, b.text, b.lang) for b in _section(doc, "Request samples").blocks]
    assert request == [("text", "Request sample", ""), ("code", '{\n  "owner": "me"\n}', "json")]
    response = [(b.kind, b.text) for b in _section(doc, "Response samples").blocks]
    assert response == [("text", "Response sample 200"), ("code", "[]")]


def test_swagger_ui_operations_become_sections_with_a_request_line_and_parameter_table():
    page = """<h3 class="opblock-tag" id="operations-tag-pet">pet</h3>
    <div class="opblock opblock-get" id="operations-pet-getPetById">
    <div class="opblock-summary"><button><span class="opblock-summary-method">GET</span>
    <span class="opblock-summary-path" data-path="/pet/{petId}"><a><span>/pet<wbr>/{petId}</span></a></span>
    <div class="opblock-summary-description">Find pet by ID</div></button></div>
    <div class="opblock-body"><div class="opblock-section-header"><h4>Parameters</h4></div>
    <table class="parameters"><thead><tr><th>Name</th><th>Description</th></tr></thead><tbody>
    <tr data-param-name="petId" data-param-in="path"><td class="parameters-col_name">
    <div class="parameter__name required">petId<span>&nbsp;*</span></div><div class="parameter__type">integer</div>
    <div class="parameter__in">(path)</div></td><td class="parameters-col_description">
    <div class="renderedMarkdown"><p>ID of pet</p></div><input type="text"></td></tr>
    <tr><td class="parameters-col_name"><div class="parameter__name">status</div>
    <div class="parameter__type">string</div>
    <div class="parameter__in">(query)</div></td><td class="parameters-col_description"><div class="renderedMarkdown">
    <p>Status</p></div><div class="parameter__enum"><i>Available values</i> : sold, pending</div>
    <div class="parameter__default"><i>Default value</i> : sold</div><select><option>sold</option></select></td></tr>
    </tbody></table>
    <h4>Responses</h4><table class="responses-table"><thead><tr><td class="response-col_status">Code</td>
    <td class="response-col_description">Description</td></tr></thead><tbody><tr class="response">
    <td class="response-col_status">200</td><td class="response-col_description"><div class="renderedMarkdown">
    <p>found</p></div><div class="highlight-code"><pre class="microlight">{"id": 1}</pre></div></td></tr>
    </tbody></table>
    </div></div>"""
    doc = reduce_html(page, "s.html")
    operation = _section(doc, "Find pet by ID")
    assert (operation.level, operation.where.section) == (4, "#operations-pet-getPetById")
    assert operation.blocks[0].text == "GET /pet/{petId}"
    params = _section(doc, "Parameters")
    assert params.level == 5 and params.blocks[0].rows == (
        ("name", "in", "type", "required", "description"),
        ("petId", "path", "integer", "required", "ID of pet"),
        ("status", "query", "string", "", "Status Enum: sold, pending Default: sold"),
    )
    responses = [(b.kind, b.text or b.rows) for b in _section(doc, "Responses").blocks]
    assert responses == [
        ("table", (("status", "description"), ("200", "found"))),
        ("text", "Response sample 200"),
        ("code", '{"id": 1}'),
    ]


def test_a_sphinx_httpdomain_signature_becomes_a_request_line_with_braced_parameters():
    page = """<section id="users"><h1>Users<a class="headerlink" href="#users">¶</a></h1>
    <dl class="http get"><dt class="sig" id="get--users-(int-user_id)"><span class="pre">GET</span>
    <span class="pre">/users/</span>(<em>int:user_id</em>)<a class="headerlink" href="#x">¶</a></dt>
    <dd><p>The user.</p><dl class="field-list simple"><dt>Query Parameters<span class="colon">:</span></dt>
    <dd><ul><li><p><strong>sort</strong> \u2013 order</p></li></ul></dd></dl></dd></dl></section>"""
    doc = reduce_html(page, "s.html")
    operation = _section(doc, "GET /users/{user_id}")
    assert (operation.level, operation.anchor) == (2, "get--users-(int-user_id)")
    assert [b.text for b in operation.blocks] == ["GET /users/{user_id}", "The user."]
    assert _section(doc, "Query Parameters").blocks[0].items == (("", "**sort** \u2013 order"),)


def test_a_vsphere_http_box_and_parameter_table_give_a_request_line_and_a_required_column():
    page = """<h4>HTTP request</h4><div class="httpBox">GET  https://{server}/rest/vcenter/vm<br/>
    <span class="url-query-parameters"><br/><span class="pun">?</span><span class="key">filter.names.1</span><span
    class="pun">=</span><span class="val">string</span><br/></span></div>
    <h4>Request Query Parameters:</h4><table class="params"><tr><th>Name</th><th>Type</th><th>Description</th></tr>
    <tr class="subheader"><td colspan="3"><span class="required">bold </span> <span class="optional"> = required</span>
    </td></tr><tr><td><span class="grey">filter.</span><span class="optional">names</span></td><td>string[]</td>
    <td>Names.</td></tr>
    <tr><td><span class="grey"></span><span class="required">vm</span></td><td>string</td><td>VM.</td></tr></table>"""
    doc = reduce_html(page, "v.html")
    assert [b.text for b in _section(doc, "HTTP request").blocks] == [
        "GET https://{server}/rest/vcenter/vm",
        "?filter.names.1=string",
    ]
    assert _section(doc, "Request Query Parameters:").blocks[0].rows == (
        ("Name", "Type", "required", "Description"),
        ("filter.names", "string[]", "", "Names."),
        ("vm", "string", "required", "VM."),
    )


def test_a_vsphere_json_representation_becomes_a_labelled_json_code_block():
    page = """<h3>Response:</h3><h4>HTTP Status Code: 200</h4><h4>Representation:</h4>
    <div id="tabsResultRep"><div id="tabs2-1"><span class="pun">{</span><br/>
    &nbsp;&nbsp;<span class="key">"value</span>"<span class="pun">:&nbsp;</span><span class="str">"obj-103</span>"<br/>
    <span class="pun">}</span></div></div>"""
    blocks = _section(reduce_html(page, "v.html"), "Representation:").blocks
    assert [(b.kind, b.text, b.lang) for b in blocks] == [
        ("text", "Response sample 200", ""),
        ("code", '{\n  "value": "obj-103"\n}', "json"),
    ]


def test_a_bootprint_operation_gets_its_request_line_css_labels_and_property_table():
    page = """<h2>Paths</h2><div class="panel" id="operation--users-login-post"><div class="panel-heading">
    <div class="operation-summary">Login with REST API</div>
    <h3 class="panel-title"><span class="operation-name">POST</span> <strong>/users/login</strong></h3></div>
    <div class="panel-body"><section class="sw-request-params"><table class="table"><thead><tr>
    <th class="sw-param-name"></th><th class="sw-param-description"></th><th class="sw-param-type"></th>
    <th class="sw-param-data-type"></th><th class="sw-param-annotation"></th></tr></thead><tbody><tr><td>lang</td>
    <td><p>Language</p></td><td>query</td><td><span class="json-property-type">string</span></td>
    <td><span class="json-property-required"></span></td></tr></tbody></table></section>
    <section class="sw-request-body"><dl><dt data-property-name="username"><span class="json-property-name">username:
    </span><span class="json-property-type">string</span><span class="json-property-required"></span></dt>
    <dd><p>Your username</p><div class="json-inner-schema"></div></dd></dl></section>
    <section class="sw-responses"><dl><dt class="sw-response-200">200 OK</dt><dd><p>Logged in</p></dd>
    <dt>default</dt><dd><p>Error</p></dd></dl></section></div></div>"""
    operation = _section(reduce_html(page, "b.html"), "POST /users/login")
    assert operation.where.section == "#operation--users-login-post"
    assert [(b.kind, b.text or b.rows) for b in operation.blocks] == [
        ("code", "POST /users/login"),
        ("text", "Login with REST API"),
        (
            "table",
            (("name", "description", "in", "type", "required"), ("lang", "Language", "query", "string", "required")),
        ),
        ("table", (("name", "type", "required", "description"), ("username", "string", "required", "Your username"))),
        ("table", (("status", "description"), ("200", "Logged in"), ("default", "Error"))),
    ]


def test_a_sample_pane_keeps_only_its_code():
    page = """<h3>Response samples</h3><ul role="tablist"><li role="tab" id="t">201</li></ul>
    <div role="tabpanel" aria-labelledby="t"><span>Content type</span><div>application/json</div>
    <div class="redoc-json"><code>{"id":1}</code></div></div>"""
    blocks = reduce_html(page, "r.html").sections[0].blocks
    assert [(b.kind, b.text) for b in blocks] == [("text", "Response sample 201"), ("code", '{\n  "id": 1\n}')]
