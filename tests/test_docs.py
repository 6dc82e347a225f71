"""The reference docs: anchors, escaping, offline HTML, validated examples, and a real browser."""

from __future__ import annotations

import html
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from axm_schema.checker import validate
from axm_schema.model import Model, ScalarType
from conftest import GENERATED, ROOT

HTML = GENERATED / "docs" / "html"
MD = GENERATED / "docs" / "md"
GOLDEN_DOCS = Path(__file__).parent / "golden" / "expected" / "docs"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")


class _Ids(HTMLParser):
    """Collects ids, links, external resources and table headers of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.external: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if found.get("id"):
            self.ids.add(str(found["id"]))
        for key in ("href", "src"):
            value = found.get(key)
            if value is None:
                continue
            if key == "href":
                self.hrefs.append(value)
            if re.match(r"^(?:[a-z]+:|//)", value):
                self.external.append(value)


def _page(path: Path) -> _Ids:
    parser = _Ids()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_a_page_per_object_in_both_formats(model: Model) -> None:
    for name in model.names():
        assert (HTML / f"{name}.html").is_file() and (MD / f"{name}.md").is_file()
    assert (HTML / "index.html").is_file() and (MD / "index.md").is_file()


def test_every_property_enum_value_and_rule_has_an_anchor(model: Model) -> None:
    for obj in model.objects:
        ids = _page(HTML / f"{obj.name}.html").ids
        markdown = (MD / f"{obj.name}.md").read_text(encoding="utf-8")
        expected = {f"prop-{p.name}" for p in obj.properties}
        for prop in obj.properties:
            if isinstance(prop.type, ScalarType):
                expected |= {f"enum-{prop.name}-{v.value}" for v in prop.type.enum}
        expected |= {f"rule-{r.id}" for r in model.rules_of(obj.name)}
        assert expected <= ids, expected - ids
        for anchor in expected:
            assert f'<a id="{anchor}"></a>' in markdown


def test_links_between_pages_resolve() -> None:
    for path in HTML.glob("*.html"):
        page = _page(path)
        for href in page.hrefs:
            target, _, fragment = href.partition("#")
            linked = HTML / target if target else path
            assert linked.is_file(), (path.name, href)
            if fragment:
                assert fragment in _page(linked).ids, (path.name, href)


def test_html_is_offline_accessible_and_phone_ready() -> None:
    for path in HTML.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        page = _page(path)
        assert page.external == [], (path.name, page.external)
        assert not any(tag in ("script", "link", "iframe", "img") for tag, _ in page.tags)
        assert '<html lang="en">' in text
        assert 'name="viewport"' in text
        assert any(tag == "th" and attrs.get("scope") == "col" for tag, attrs in page.tags)


def test_nesting_picture_in_both_formats() -> None:
    index = (HTML / "index.html").read_text(encoding="utf-8")
    assert "<svg" in index and 'href="OrgDeviceActivity.Attributes.html"' in index
    markdown = (MD / "index.md").read_text(encoding="utf-8")
    assert "```mermaid\nflowchart TD" in markdown
    assert "-->|attributes|" in markdown


def test_descriptions_are_escaped_not_executed() -> None:
    page = (GOLDEN_DOCS / "html" / "Widget.html").read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <code>code</code>" in page
    markdown = (GOLDEN_DOCS / "md" / "Widget.md").read_text(encoding="utf-8")
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown


def test_examples_shown_are_valid_payloads(model: Model) -> None:
    shown = 0
    for name in model.names():
        text = (HTML / f"{name}.html").read_text(encoding="utf-8")
        for block in re.findall(r"<pre><code>(.*?)</code></pre>", text, flags=re.S):
            assert validate(json.loads(html.unescape(block)), schema=name) == []
            shown += 1
    assert shown >= 10


def test_presence_column_states_the_conditional_rule() -> None:
    text = (MD / "OrgDeviceActivity.Attributes.md").read_text(encoding="utf-8")
    assert "| optional | only when `status` is `COMPLETED` |" in text


def test_presence_column_states_a_rule_written_on_an_enclosing_object() -> None:
    text = (MD / "OrgDeviceActivityCreateRequest.Data.Relationships.md").read_text(encoding="utf-8")
    assert (
        "| optional | required when `attributes.activityType` in the enclosing "
        "`OrgDeviceActivityCreateRequest.Data` is `ASSIGN_DEVICES` or "
        "`ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE`, else optional |"
    ) in text


def test_values_of_one_variant_are_marked_and_hosts_listed() -> None:
    text = (MD / "OrgDeviceActivityCreateRequest.Data.Attributes.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if "`RELEASE_DEVICES` |" in line)
    assert row.endswith("(Apple Business Manager only.) |")
    assert "only.)" not in text.replace(row, "")  # the other values exist in both variants
    rule = next(line for line in text.splitlines() if "activityType.enum`" in line)
    business, school = rule.split("Apple Business Manager: ")[1].split("; Apple School Manager: ")
    assert "`RELEASE_DEVICES`" in business and "`RELEASE_DEVICES`" not in school
    for index in ((MD / "index.md"), (HTML / "index.html")):
        page = index.read_text(encoding="utf-8")
        assert "https://api-business.apple.com" in page and "https://api-school.apple.com" in page


def test_endpoints_page_lists_method_path_body_and_every_status(model: Model) -> None:
    markdown = (MD / "endpoints.md").read_text(encoding="utf-8")
    page = _page(HTML / "endpoints.html")
    html_text = (HTML / "endpoints.html").read_text(encoding="utf-8")
    assert len(model.endpoints) == 2
    for endpoint in model.endpoints:
        title = f"`{endpoint.method} {endpoint.path}`"
        assert title in markdown
        section = markdown.split(title, 1)[1].split("\n## ", 1)[0]
        for variant in model.variants:
            assert f"`https://{variant.host}{endpoint.path}`" in section
        if endpoint.request:
            assert f"Request body: [{endpoint.request}]({endpoint.request}.md)" in section
        else:
            assert "Request body: none" in section
        for response in endpoint.responses:
            row = f"| {response.status} | [{response.object}]({response.object}.md) |"
            assert row in section, row
            assert f'<th scope="row">{response.status}</th>' in html_text
    assert [r.status for r in model.endpoints[0].responses] == [
        "201",
        "400",
        "401",
        "403",
        "409",
        "422",
        "429",
    ]
    assert "endpoint-post-v1-orgDeviceActivities" in page.ids
    assert "endpoint-get-v1-orgDeviceActivities-id" in page.ids
    errors = (MD / "ErrorResponse.md").read_text(encoding="utf-8")
    assert (
        "Used by: [`POST /v1/orgDeviceActivities`](endpoints.md#endpoint-post-v1-orgDeviceActivities)"
        " (responses 400, 401, 403, 409, 422, 429)"
    ) in errors
    request = (HTML / "OrgDeviceActivityCreateRequest.html").read_text(encoding="utf-8")
    assert 'href="endpoints.html#endpoint-post-v1-orgDeviceActivities"' in request
    assert "(request body)" in request
    assert "endpoints.md" in (MD / "index.md").read_text(encoding="utf-8")
    assert 'href="endpoints.html"' in (HTML / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is missing: .ci/run installs it")
        pytest.skip("no /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield launched
        launched.close()


def test_a_reader_in_a_browser_finds_every_status_value(browser, model: Model) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 390, "height": 844})
    problems: list[str] = []
    page.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto((HTML / "index.html").as_uri())
    page.get_by_role("link", name="OrgDeviceActivity.Attributes", exact=True).first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/OrgDeviceActivity.Attributes.html")
    attrs = model.object("OrgDeviceActivity.Attributes")
    for prop in ("status", "subStatus"):
        expr = attrs.property(prop).type
        assert isinstance(expr, ScalarType)
        for value in expr.enum:
            cell = page.locator(f'[id="enum-{prop}-{value.value}"]')
            assert cell.count() == 1 and value.value in cell.inner_text()
    rule = "OrgDeviceActivity.Attributes.downloadUrl.only-when-completed"
    page.locator(f'a[href="#rule-{rule}"]').click()
    assert page.url.endswith(f"#rule-{rule}")
    assert page.locator(f'[id="rule-{rule}"]').is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "docs-attributes.png"), full_page=True)
    assert (ARTIFACTS / "docs-attributes.png").stat().st_size > 10_000
    assert problems == []
