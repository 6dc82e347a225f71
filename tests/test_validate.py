"""``axm-schema validate`` and ``axm_schema.validate``: verdicts, rule ids and messages on every
fixture under both engines, every kind of bad input, output formats and exit codes."""

from __future__ import annotations

import io
import json
import random
import re
from pathlib import Path
from typing import Any

import orjson
import pytest

import axm_schema
from axm_schema import memory
from axm_schema.checker import Checker, Engine, Finding, contract, detect, detect_fast, validate
from axm_schema.cli import main
from axm_schema.report import Diagnostic, GithubReporter, JsonReporter, Reporter
from conftest import GENERATED, ROOT, apple_examples

FIXTURES = GENERATED / "fixtures"
TEXT_LINE = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning): (?P<path>\$\S*): (?P<msg>.+?)(?: \[(?P<rule>[^\]]+)\])?$"
)
ATTRS = "OrgDeviceActivity.Attributes"
VALID_LINE = '{"createdDateTime": "2025-05-05T04:15:43.282Z", "status": "IN_PROGRESS", "subStatus": "SUBMITTED"}'


def run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["validate", *argv], stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return code, out.getvalue(), err.getvalue()


def _cases() -> list[tuple[str, str | None, str, dict[str, Any]]]:
    """Every fixture: (profile, variant, object, test), variant suites included."""
    found = []
    for profile in ("strict", "lenient"):
        root = FIXTURES / profile
        for path in sorted([*root.glob("*.json"), *root.glob("*/*.json")]):
            variant = path.parent.name if path.parent != root else None
            for test in json.loads(path.read_text(encoding="utf-8"))[0]["tests"]:
                found.append((profile, variant, path.stem, test))
    return found


CASES = _cases()


def test_the_differential_covers_every_variant_suite() -> None:
    assert {v for _, v, _, _ in CASES} == {None, "business", "school"}


@pytest.mark.parametrize(("profile", "variant", "name", "test"), CASES, ids=lambda v: str(v)[:50])
def test_both_engines_give_identical_findings_that_match_the_fixture(
    profile: str, variant: str | None, name: str, test: dict[str, Any]
) -> None:
    def run_with(engine: Engine) -> list[Finding]:
        return validate(test["data"], schema=name, profile=profile, engine=engine, variant=variant)

    rust = run_with("native")
    assert rust == run_with("rust")
    assert rust == run_with("python")
    errors = [f for f in rust if f.severity == "error"]
    assert (not errors) is test["valid"]
    comment = test.get("comment", "")
    if comment.startswith("breaks rule "):
        rule, path = comment.split()[2], comment.split()[4].rstrip(";")
        assert any(f.rule == rule and f.json_path == path for f in rust), rust
        if profile == "lenient" and test["valid"]:
            assert all(f.severity == "warning" for f in rust)
    for finding in rust:
        assert finding.message and finding.rule


REQUEST_EXAMPLE = (
    ROOT
    / "schema"
    / "examples"
    / "OrgDeviceActivityCreateRequest"
    / "apple-post-assign-devices.json"
)


def _request() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(REQUEST_EXAMPLE.read_text(encoding="utf-8"))
    return data


def test_apples_create_request_example_validates_in_both_variants() -> None:
    request = _request()
    assert request["data"]["attributes"] == {"activityType": "ASSIGN_DEVICES"}
    for variant in (None, "business", "school"):
        assert validate(request, variant=variant) == []
    code, out, _ = run("--variant", "school", str(REQUEST_EXAMPLE))
    assert (code, out) == (0, "1 valid, 0 invalid, 0 warnings\n")


def test_request_and_response_documents_are_told_apart() -> None:
    response = apple_examples()["apple-post-201-in-progress.json"]
    assert detect(_request()) == ("OrgDeviceActivityCreateRequest", "")
    assert detect(response) == ("OrgDeviceActivityResponse", "")
    assert detect_fast(_request())[0] == "OrgDeviceActivityCreateRequest"
    assert detect_fast(response)[0] == "OrgDeviceActivityResponse"
    # Broken documents still go to the object they resemble, so the findings make sense.
    broken_request = _request()
    del broken_request["data"]["relationships"]
    (finding,) = validate(broken_request)
    assert finding.rule == "OrgDeviceActivityCreateRequest.Data.relationships.required"
    broken_response = json.loads(json.dumps(response))
    del broken_response["links"]
    (finding,) = validate(broken_response)
    assert finding.rule == "OrgDeviceActivityResponse.links.required"
    error = {"errors": [{"status": "409", "code": "STATE_ERROR", "title": "t", "detail": "d"}]}
    assert detect(error) == ("ErrorResponse", "")


def test_variant_decides_which_activity_types_exist() -> None:
    release = _request()
    release["data"]["attributes"]["activityType"] = "RELEASE_DEVICES"
    del release["data"]["relationships"]["mdmServer"]
    assert validate(release) == []  # without a variant, a value of any variant passes
    assert validate(release, variant="business") == []
    (finding,) = validate(release, variant="school")
    assert finding.rule == "OrgDeviceActivityCreateRequest.Data.Attributes.activityType.enum"
    assert "RELEASE_DEVICES" in finding.message and finding.severity == "error"
    (warning,) = validate(release, variant="school", profile="lenient")
    assert warning.severity == "warning"
    line = json.dumps(release).encode()
    code, out, _ = run("--variant", "school", "--jsonl", "-", stdin=line + b"\n" + line + b"\n")
    assert code == 1 and out.count("activityType.enum") == 2
    assert run("--variant", "business", "--jsonl", "-", stdin=line + b"\n")[0] == 0
    code, _, err = run("--variant", "shcool", str(REQUEST_EXAMPLE))
    assert code == 2 and "unknown variant 'shcool'; choose one of: business, school" in err
    code, _, err = run("--variant", "nope", "--schema", ATTRS, str(REQUEST_EXAMPLE))
    assert code == 2 and "unknown variant 'nope'" in err


def test_cross_object_rule_is_reported_at_the_object_missing_the_member(tmp_path: Path) -> None:
    payload = tmp_path / "request.json"
    payload.write_text(
        '{"data": {"type": "orgDeviceActivities",\n'
        '  "attributes": {"activityType": "ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE",\n'
        '    "activityTypeMetadata": {"mdmMigrationDeadlineDateTime": "2025-06-01T00:00:00Z"}},\n'
        '  "relationships": {"devices": {"data": []}}}}\n'
    )
    code, out, _ = run(str(payload))
    assert code == 1
    rule = "OrgDeviceActivityCreateRequest.Data.relationships.mdmServer.required-to-assign"
    assert out.splitlines()[0] == (
        f"{payload}:4:20: error: $.data.relationships: `relationships.mdmServer` is missing: "
        "`relationships.mdmServer` is present when `attributes.activityType` is "
        "`ASSIGN_DEVICES` or `ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE`; "
        '`attributes.activityType` is "ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE" '
        f"[{rule}]"
    )
    code, out, _ = run("--profile", "lenient", str(payload))
    assert code == 0 and ": warning: " in out


def test_python_api_detects_the_object_and_reports_warnings() -> None:
    assert axm_schema.validate(apple_examples()["apple-get-200-completed.json"]) == []
    example = apple_examples()["apple-post-201-in-progress.json"]
    changed = json.loads(json.dumps(example))
    changed["data"]["attributes"]["status"] = "PAUSED"
    (finding,) = axm_schema.validate(changed, profile="lenient")
    assert finding.severity == "warning"
    assert finding.json_path == "$.data.attributes.status"
    assert finding.rule == "OrgDeviceActivity.Attributes.status.enum"
    (strict,) = axm_schema.validate(changed)
    assert strict.severity == "error" and '"PAUSED"' in strict.message


def test_cli_checks_apple_examples_and_detects_their_object() -> None:
    code, out, _ = run(str(ROOT / "schema" / "examples"))
    assert code == 0
    assert out == "3 valid, 0 invalid, 0 warnings\n"


def test_text_output_locates_each_problem_in_the_file(tmp_path: Path) -> None:
    payload = tmp_path / "activity.json"
    payload.write_text(
        '{\n  "data": {\n    "type": "orgDeviceActivities",\n    "id": "1",\n'
        '    "attributes": {"createdDateTime": "2025-05-05 04:15:43Z", "status": "IN_PROGRESS",\n'
        '      "subStatus": "SUBMITTED", "downloadUrl": "https://example.com/x.csv"}\n  },\n'
        '  "links": {"self": "https://api-business.apple.com/v1/orgDeviceActivities/1"},\n'
        '  "surprise": true\n}\n'
    )
    code, out, _ = run(str(payload))
    assert code == 1
    lines = out.splitlines()
    assert lines[-1] == "0 valid, 1 invalid, 0 warnings"
    parsed = [TEXT_LINE.match(line) for line in lines[:-1]]
    assert all(parsed), lines
    got = [(m["line"], m["col"], m["path"], m["rule"]) for m in parsed if m]
    assert got == [
        (
            "5",
            "39",
            "$.data.attributes.createdDateTime",
            "OrgDeviceActivity.Attributes.createdDateTime.format",
        ),
        (
            "6",
            "48",
            "$.data.attributes.downloadUrl",
            "OrgDeviceActivity.Attributes.downloadUrl.only-when-completed",
        ),
        ("9", "3", "$.surprise", "OrgDeviceActivityResponse.unknown-property"),
    ]
    assert (
        "'2025-05-05 04:15:43Z'" not in out
        and '"2025-05-05 04:15:43Z" is not an RFC 3339 date-time' in out
    )


def test_json_and_github_formats(tmp_path: Path) -> None:
    data = tmp_path / "a.jsonl"
    data.write_text(VALID_LINE + "\n" + VALID_LINE.replace("IN_PROGRESS", "PAUSED") + "\n")
    code, out, err = run("--schema", ATTRS, "--format", "json", str(data))
    assert code == 1
    (item,) = json.loads(out)
    assert set(item) == {"file", "line", "column", "severity", "path", "message", "rule"}
    assert (item["line"], item["severity"], item["rule"]) == (2, "error", f"{ATTRS}.status.enum")
    assert err == "1 valid, 1 invalid, 0 warnings\n"
    code, out, _ = run("--schema", ATTRS, "--format", "json", "--profile", "lenient", str(data))
    assert code == 0 and json.loads(out)[0]["severity"] == "warning"
    code, out, _ = run("--schema", ATTRS, "--format", "github", str(data))
    assert code == 1
    assert out.startswith(f"::error file={data},line=2,col=")
    assert f"title={ATTRS}.status.enum::$.status: " in out


@pytest.mark.parametrize(
    "diagnostic",
    [
        Diagnostic("a.jsonl", 2, 13, "error", "$.status", "`x` is not one", "A.status.enum"),
        Diagnostic('d\\ir/"q".json', 1, 1, "warning", "$", "ends\nhere: 100% \u00e9\t", None),
        Diagnostic("b\u00fccher, 1:2.jsonl", 9, 4, "error", "$.a[0].b", 'quote " \r', "R,1:2"),
    ],
)
def test_reporters_render_remembered_parts_as_they_render_the_whole(
    diagnostic: Diagnostic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The JSON and GitHub reporters remember a file's and a finding's rendering; the result must
    be what rendering the whole diagnostic at once gives, also once their memory starts afresh."""
    json_reporter = JsonReporter(io.StringIO(), io.StringIO())
    github = GithubReporter(io.StringIO(), io.StringIO())
    title = (diagnostic.rule or "axm-schema").replace("%", "%25").replace(":", "%3A")
    said = f"{diagnostic.path}: {diagnostic.message}".replace("%", "%25")
    say = said.replace("\r", "%0D").replace("\n", "%0A")
    file = diagnostic.file.replace("%", "%25").replace(":", "%3A").replace(",", "%2C")
    whole = (
        f"::{diagnostic.severity} file={file},line={diagnostic.line},col={diagnostic.column},"
        f"title={title.replace(',', '%2C')}::{say}\n"
    )
    finding = Finding(("a", 0), diagnostic.message, diagnostic.rule, diagnostic.severity)
    path = diagnostic.path
    monkeypatch.setattr(Finding, "json_path", property(lambda self: path))
    for reporter in (json_reporter, github, Reporter(io.StringIO(), io.StringIO())):
        place = reporter.place(*diagnostic[:4])
        assert place + reporter.said(finding) == reporter.render(diagnostic)
        reporter.emit_said(*diagnostic[:4], reporter.said(finding))
        reporter.emit(diagnostic)
        held = reporter._held
        assert held[-1] == held[-2] == reporter.render(diagnostic)
    for _ in range(2):
        assert json.loads(json_reporter.render(diagnostic)) == diagnostic._asdict()
        assert json_reporter.render(diagnostic) == orjson.dumps(diagnostic._asdict()).decode()
        assert github.render(diagnostic) == whole
    for line in range(memory.MOST + 10):  # more than the memory holds
        moved = diagnostic._replace(line=line, message=f"{diagnostic.message} {line}")
        assert json.loads(json_reporter.render(moved)) == moved._asdict()
    assert len(json_reporter._said) <= memory.MOST
    for file in ("one.jsonl", diagnostic.file, "one.jsonl"):  # the file memory starts afresh
        moved = diagnostic._replace(file=file)
        assert json_reporter.render(moved) == orjson.dumps(moved._asdict()).decode()
    assert json_reporter.render(diagnostic) == orjson.dumps(diagnostic._asdict()).decode()


BAD_INPUTS: dict[str, tuple[bytes, str, str]] = {
    "malformed JSON": (b'{"status": "IN_PROGRESS",}', "json.syntax", "invalid JSON"),
    "invalid UTF-8": (b'{"status": "IN_\xff"}', "json.encoding", "invalid UTF-8 (byte 0xff)"),
    "byte-order mark": (b"\xef\xbb\xbf" + VALID_LINE.encode(), "json.encoding", "byte-order mark"),
    "NaN": (b'{"createdDateTime": NaN}', "json.syntax", "NaN is not valid JSON"),
    "Infinity": (b'{"n": Infinity}', "json.syntax", "Infinity is not valid JSON"),
    "duplicate keys": (
        VALID_LINE.replace('"subStatus"', '"status": "FAILED", "subStatus"').encode(),
        "json.duplicate-key",
        "duplicate key 'status'",
    ),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "json.too-deep", "nesting deeper than 1024"),
    "top-level array": (b"[1, 2]", f"{ATTRS}.type", "the payload is an array, not a JSON object"),
    "top-level string": (b'"hello"', f"{ATTRS}.type", "the payload is a string"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_each_bad_line_is_reported_and_the_run_goes_on(tmp_path: Path, name: str) -> None:
    raw, rule, words = BAD_INPUTS[name]
    data = tmp_path / "bad.jsonl"
    data.write_bytes(VALID_LINE.encode() + b"\n" + raw + b"\n" + VALID_LINE.encode() + b"\n")
    code, out, err = run("--schema", ATTRS, str(data))
    assert code == 1, out + err
    assert "Traceback" not in out + err
    lines = out.splitlines()
    assert lines[-1] == "2 valid, 1 invalid, 0 warnings"
    (match,) = [TEXT_LINE.match(line) for line in lines[:-1]]
    assert match and match["line"] == "2" and match["rule"] == rule and words in match["msg"]


@pytest.mark.parametrize(
    "name", ["malformed JSON", "invalid UTF-8", "byte-order mark", "deep nesting"]
)
def test_bad_json_documents_are_located(tmp_path: Path, name: str) -> None:
    raw, rule, _ = BAD_INPUTS[name]
    data = tmp_path / "bad.json"
    data.write_bytes(b"\n" + raw if name != "byte-order mark" else raw)
    code, out, _ = run("--schema", ATTRS, str(data))
    assert code == 1
    match = TEXT_LINE.match(out.splitlines()[0])
    assert match and match["rule"] == rule
    assert match["line"] == ("1" if name == "byte-order mark" else "2")


def test_empty_file_empty_line_and_a_huge_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    lines = tmp_path / "lines.jsonl"
    huge = b'{"status": "' + b"x" * (50 * 1024 * 1024) + b'"}'
    lines.write_bytes(VALID_LINE.encode() + b"\n\n" + huge + b"\n" + VALID_LINE.encode() + b"\n")
    code, out, _ = run("--schema", ATTRS, str(empty), str(lines))
    assert code == 1
    rules = [m["rule"] for m in map(TEXT_LINE.match, out.splitlines()[:-1]) if m]
    assert rules == ["json.empty", "json.empty", "json.too-large"]
    assert f"{lines}:3:1: error: $: line of {len(huge) + 1} bytes is larger than" in out
    assert out.splitlines()[-1] == "2 valid, 3 invalid, 0 warnings"


def test_stdin_as_a_document_and_as_json_lines() -> None:
    example = json.dumps(apple_examples()["apple-get-200-completed.json"]).encode()
    assert run("-", stdin=example)[0] == 0
    code, out, _ = run("--jsonl", "-", stdin=example + b"\n" + b"{}\n")
    assert code == 1
    assert "<stdin>:2:1: error: $: cannot tell which object this payload is" in out
    assert "pass --schema with one of: ActivityTypeMetadata, DocumentLinks" in out


def test_directories_are_searched_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.ndjson").write_text(VALID_LINE + "\n")
    (tmp_path / "a.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("not a payload")
    code, out, _ = run("--schema", ATTRS, str(tmp_path))
    assert code == 1
    assert out.index("a.json") < out.index("1 valid, 1 invalid")
    assert "notes.txt" not in out


def test_sparse_fieldsets() -> None:
    sparse = {"status": "IN_PROGRESS", "subStatus": "SUBMITTED"}
    assert validate(sparse, schema=ATTRS, fields=["status", "subStatus"]) == []
    assert validate(sparse, schema=ATTRS) != []  # createdDateTime is required without a fieldset
    (finding,) = validate(
        {**sparse, "createdDateTime": "2025-05-05T04:15:43Z"},
        schema=ATTRS,
        fields=["status", "subStatus"],
    )
    assert finding.rule == f"{ATTRS}.createdDateTime.not-requested"
    example = apple_examples()["apple-post-201-in-progress.json"]
    assert validate(example, fields=["status", "subStatus", "createdDateTime"]) == []
    code, out, _ = run(
        "--fields", "fields[orgDeviceActivities]=status", str(ROOT / "schema" / "examples")
    )
    assert code == 1 and "not-requested" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--schema", "OrgDeviceActivty", "x.json"], "did you mean 'OrgDeviceActivity'"),
        (["--schema", ATTRS, "--fields", "stauts", "x.json"], "did you mean 'status'"),
        (["--fields", "", "x.json"], "lists no attribute"),
        (
            ["--fields", "stauts", "x.json"],
            "is not an attribute of any resource; did you mean 'status'",
        ),
        (["--profile", "loose", "x.json"], "invalid choice"),
        (["--jobs", "0", "x.json"], "'0' is not a whole number of at least 1"),
        (["--jobs", "two", "x.json"], "'two' is not a whole number of at least 1"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], words: str) -> None:
    code, out, err = run(*argv)
    assert code == 2 and words in err and "Traceback" not in out + err


def test_unreadable_paths_exit_2_but_the_rest_is_checked(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(VALID_LINE + "\n")
    code, out, err = run("--schema", ATTRS, str(tmp_path / "missing.json"), str(good))
    assert code == 2
    assert "missing.json: no such file or directory" in err
    assert out == "1 valid, 0 invalid, 0 warnings\n"


def test_pre_commit_hook_runs_the_validator(tmp_path: Path) -> None:
    import shlex
    import subprocess
    import sys

    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "axm-schema-validate" and hook["language"] == "python"
    assert re.search(hook["files"], "payloads/a.jsonl") and not re.search(hook["files"], "a.txt")
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(apple_examples()["apple-get-200-completed.json"]))
    bad.write_text("{}")
    entry = shlex.split(hook["entry"])
    assert entry[0] == "axm-schema"
    command = [str(Path(sys.executable).parent / entry[0]), *entry[1:]]
    assert subprocess.run([*command, str(good)], capture_output=True).returncode == 0
    assert subprocess.run([*command, str(good), str(bad)], capture_output=True).returncode == 1


def test_error_responses_are_detected_by_their_members() -> None:
    body = {
        "errors": [
            {
                "status": "409",
                "code": "ENTITY_ERROR.ATTRIBUTE.INVALID",
                "title": "The attribute is invalid",
                "detail": "The deadline is more than 90 days ahead.",
                "source": {"pointer": "/data/attributes/activityTypeMetadata"},
            }
        ]
    }
    assert validate(body) == []
    body["errors"][0]["status"] = 409
    (finding,) = validate(body)
    assert (finding.json_path, finding.rule) == (
        "$.errors[0].status",
        "ErrorResponse.Error.status.type",
    )
    code, out, _ = run("-", stdin=json.dumps({"errors": []}).encode())
    assert code == 0 and out == "1 valid, 0 invalid, 0 warnings\n"


def test_a_closed_output_pipe_stops_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    data = tmp_path / "many.jsonl"
    data.write_text((VALID_LINE.replace("IN_PROGRESS", "PAUSED") + "\n") * 20_000)
    process = subprocess.Popen(
        [sys.executable, "-m", "axm_schema", "validate", "--schema", ATTRS, str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    errors = process.stderr.read().decode()
    assert process.wait() == 2
    assert first.startswith(str(data).encode())
    assert errors == ""


def test_locate_shortcut_agrees_with_the_scanner_on_every_fixture_finding() -> None:
    from axm_schema.jsontext import locate

    compared = 0
    for profile, variant, name, test in CASES:
        if profile != "strict" or test["valid"]:
            continue
        findings = validate(test["data"], schema=name, variant=variant)
        texts = (
            json.dumps(test["data"]),  # non-ASCII as \u escapes
            json.dumps(test["data"], indent=2, ensure_ascii=False),
            json.dumps(test["data"], separators=(",", ":")),  # no whitespace at all
            json.dumps(test["data"], separators=(" ,", " :  ")),  # a run of spaces
            json.dumps(test["data"], separators=(",\t", "\t: \t")),  # tabs, and a space between
        )
        for text in texts:
            for finding in findings:
                for key in (False, True):
                    fast = locate(text, finding.path, key=key, exists=True)
                    assert fast == locate(text, finding.path, key=key), (text, finding)
                    compared += 1
    assert compared > 1000
    # A key written twice (here also in a nested object) takes the scanner: still exact.
    text = '{"a": {"status": 1},\n "status": 2}'
    assert locate(text, ("status",), exists=True) == (2, 12)
    # So does a key spelled with an escape, and the name inside a string is no key.
    for text, where in [
        ('{"st\\u0061tus": 1, "x": {"status": 2}}', (1, 17)),
        ('{"x": "\\"status\\": 3", "status": 4}', (1, 34)),
        ('{"x": "caf\\u00e9", "status": 5}', (1, 30)),
    ]:
        assert locate(text, ("status",), exists=True) == locate(text, ("status",)) == where


def _suites() -> dict[tuple[str, str | None, str], list[dict[str, Any]]]:
    grouped: dict[tuple[str, str | None, str], list[dict[str, Any]]] = {}
    for profile, variant, name, test in CASES:
        grouped.setdefault((profile, variant, name), []).append(test)
    return grouped


SUITES = _suites()


@pytest.mark.parametrize("suite", sorted(SUITES, key=str), ids=str)
def test_cli_fast_loop_reports_what_the_exact_path_reports_on_every_fixture(
    tmp_path: Path, suite: tuple[str, str | None, str]
) -> None:
    """Every fixture as a JSON Lines file, compact and with spaces: the CLI's fast loop (native
    engine) and its exact path (python engine, no fast verdict) print the same diagnostics, and
    each line's diagnostics are ``validate()``'s findings."""
    profile, variant, name = suite
    tests = SUITES[suite]
    data = tmp_path / "suite.jsonl"
    lines = [json.dumps(t["data"], separators=(",", ":")) for t in tests]
    lines += [json.dumps(t["data"]) for t in tests]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    options = ["--schema", name, "--profile", profile, "--format", "json"]
    options += ["--variant", variant] if variant else []
    code, out, err = run(*options, str(data))
    assert (code, out, err) == run(*options, "--engine", "python", str(data))
    expected = []
    for number, test in enumerate([*tests, *tests], start=1):
        for f in validate(test["data"], schema=name, profile=profile, variant=variant):
            expected.append((number, f.severity, f.json_path, f.message, f.rule))
    got = [(d["line"], d["severity"], d["path"], d["message"], d["rule"]) for d in json.loads(out)]
    assert sorted(got, key=str) == sorted(expected, key=str)
    invalid = 2 * sum(not t["valid"] for t in tests)
    assert err.startswith(f"{len(lines) - invalid} valid, {invalid} invalid, ")


@pytest.mark.parametrize(
    "stamp",
    [
        "2016-12-31T23:59:60Z",  # a leap second: RFC 3339 allows it, Python's datetime cannot
        "0000-01-01T00:00:00Z",  # year 0000: likewise
        "2016-12-31T23:59\\u003a60Z",  # the leap second behind an escape
    ],
)
def test_date_times_python_cannot_hold_are_invalid_on_every_path(stamp: str) -> None:
    line = VALID_LINE.replace("2025-05-05T04:15:43.282Z", stamp).encode()
    for engine in ("native", "python"):
        code, out, _ = run("--schema", ATTRS, "--engine", engine, "--jsonl", "-", stdin=line)
        assert code == 1 and f"{ATTRS}.createdDateTime.format" in out, out
    assert validate(json.loads(line), schema=ATTRS)[0].rule == f"{ATTRS}.createdDateTime.format"


DUPLICATED = [
    '{"status":"IN_PROGRESS","status":"IN_PROGRESS","subStatus":"SUBMITTED","createdDateTime":"2025-05-05T04:15:43Z"}',
    '{"status" : "IN_PROGRESS", "status":"IN_PROGRESS", "subStatus":"SUBMITTED", "createdDateTime":"2025-05-05T04:15:43Z"}',
    '{"status":"IN_PROGRESS",\t"subStatus"\t:"SUBMITTED","subStatus":"SUBMITTED","createdDateTime":"2025-05-05T04:15:43Z"}',
    '{"status":"IN_PROGRESS","subStatus":"SUBMITTED","createdDateTime":"2025-05-05T04:15:43Z","createdDateTime":"2025-05-05T04:15:43Z"}',
    '{"status":"IN_PROGRESS","subStatus":"SUBMITTED","createdDateTime":"2025-05-05T04:15:43Z","stat\\u0075s":"IN_PROGRESS"}',
]


@pytest.mark.parametrize("line", DUPLICATED)
def test_duplicate_keys_in_otherwise_valid_lines_are_found_by_the_fast_loop(line: str) -> None:
    """Payloads that are valid once decoded (the last value wins), for an object of strings only
    and inside a whole response document (the general screen)."""
    code, out, _ = run("--schema", ATTRS, "--jsonl", "-", stdin=line.encode() + b"\n")
    assert code == 1 and "[json.duplicate-key]" in out, out
    document = apple_examples()["apple-get-200-completed.json"]
    document["data"]["attributes"] = "@"
    text = json.dumps(document).replace('"@"', line)
    assert validate(json.loads(text)) == []
    code, out, _ = run("--jsonl", "-", stdin=text.encode() + b"\n")
    assert code == 1 and "[json.duplicate-key]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        '{"a": {"b": 1, "b": 2}}',  # nested: orjson's own writing has fewer quotes
        '{"a": [{"b": "x", "b": "x"}]}',
        '{"a": {"b" : 1, "b": 1, "c": 2}}',  # whitespace before a colon
        '{"a": {"b": "\\\\u00e9", "b": 1}}',  # a backslash: keys are counted
        '{"a": "x", "a": "x"}',  # one flat object
        '{"a" :"x", "a":"x", "b":"y"}',
        "[" * 300 + '{"k": 1, "k": 2}' + "]" * 300,  # deeper than orjson writes
    ],
)
def test_the_duplicate_screen_never_misses_a_duplicate(text: str) -> None:
    from axm_schema.jsontext import duplicate_key, maybe_duplicates

    raw = text.encode()
    value = json.loads(text)
    assert maybe_duplicates(raw, value)
    problem = duplicate_key(raw, value)
    assert problem is not None and problem.rule == "json.duplicate-key"
    unique = raw.replace(b'"b": 2', b'"c": 2').replace(b'"k": 2', b'"j": 2')
    if b'"b": 1, "b": 2' in raw or b'"k": 1, "k": 2' in raw:
        assert not maybe_duplicates(unique, json.loads(unique))  # and no false alarm


def _mutations(payload: dict[str, Any], values: list[Any], rng: random.Random) -> list[Any]:
    """Payloads near ``payload``: each member given each value in turn, then members dropped,
    added, or given other values at random."""
    names = [*payload, "unknownMember"]
    found = [{**payload, name: value} for name in names for value in values]
    for _ in range(40):
        changed = dict(payload)
        for _ in range(rng.randint(1, 3)):
            name = rng.choice(names)
            if name in changed and rng.random() < 0.3:
                del changed[name]
            else:
                changed[name] = rng.choice(values)
        found.append(changed)
    return found


@pytest.mark.parametrize("profile", ["strict", "lenient"])
def test_payloads_with_one_signature_get_the_findings_checked_afresh(profile: str) -> None:
    """A checker remembers the findings of a flat object's payload by its signature. On fixture
    payloads and their mutations (other values from every fixture, of every JSON type), each
    answer must equal that of a checker that remembers nothing, with and without a fieldset."""
    rng = random.Random(5)
    names = {name for _, variant, name, _ in CASES if variant is None and "." in name}
    flat = sorted(name for name in names if Checker(name)._walker.flat)
    assert ATTRS in flat
    values: list[Any] = [None, 7, 7.0, 1, True, 0, False, "", "x", [], {}, -0.0]
    seen = {
        v
        for _, _, _, t in CASES
        if isinstance(t["data"], dict)
        for v in t["data"].values()
        if isinstance(v, str)
    }
    values += rng.sample(sorted(seen), 24)  # enum values, date-times, URIs, bad ones too
    hits = 0
    for name in flat:
        payloads = [t["data"] for p, v, n, t in CASES if n == name and v is None and p == profile]
        first = next(iter(Checker(name).objects[name]["properties"]))
        for fields in (None, [first]) if name in contract()["attributes"] else (None,):
            remembering = Checker(name, profile, fields)
            remembering._signatures.REST = 0  # never resting, however few are remembered
            afresh = Checker(name, profile, fields)
            afresh._walker.flat = False  # no signatures: every payload checked from scratch
            for payload in payloads:
                if not isinstance(payload, dict):
                    continue
                for changed in [payload, *_mutations(payload, values, rng)]:
                    hits += remembering._walker.signature(changed) in remembering._signatures.found
                    assert remembering.check(changed) == afresh.check(changed), changed
    assert hits > 100  # the memory was used, not just filled


def test_signatures_rest_while_every_mistake_is_new() -> None:
    """Signatures cost time: when few payloads in a row repeat a remembered mistake, a checker
    stops computing them for a while (the findings stay the same either way)."""
    checker = Checker(ATTRS)
    memory = checker._signatures
    payload = json.loads(VALID_LINE)
    new = [{**payload, "status": f"NEW_{i}"} for i in range(memory.TRIES)]
    for changed in new:
        assert checker.check(changed)[0].rule == f"{ATTRS}.status.enum"
    assert memory.resting == memory.REST and len(memory.found) == memory.TRIES
    for index in range(memory.REST):  # resting: not looked up, not kept
        assert checker.check(new[index % len(new)])[0].rule == f"{ATTRS}.status.enum"
    assert memory.resting == 0 and len(memory.found) == memory.TRIES and memory.tries == 0
    repeated = [{**payload, "status": "PAUSED"}] * memory.TRIES
    for changed in repeated:
        checker.check(changed)
    assert memory.resting == 0 and memory.hits == 0 and memory.tries == 0  # a round ended
    assert checker.check(repeated[0]) == Checker(ATTRS).check(repeated[0])
    assert memory.hits == 1
