"""Reading YAML with locations: marks, duplicate keys, safe loading."""

from __future__ import annotations

from axm_schema.source import Mark, parse_yaml


def test_marks_are_one_based_for_values_and_keys() -> None:
    doc, problems = parse_yaml("a:\n  b: [x, 2]\n", "f.yaml")
    assert problems == [] and doc is not None
    assert doc.data == {"a": {"b": ["x", 2]}}
    assert doc.key_mark(("a", "b")) == Mark(2, 3)
    assert doc.value_mark(("a", "b", 1)) == Mark(2, 10)
    # A path with no mark of its own falls back to its nearest ancestor.
    assert doc.value_mark(("a", "b", 7)) == Mark(2, 6)


def test_duplicate_keys_are_rejected_at_the_second_key() -> None:
    _, problems = parse_yaml("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert [str(p) for p in problems] == [
        "f.yaml:3:1: duplicate key 'a' (first defined at line 1, column 1); keep only one of them"
    ]


def test_python_tags_are_not_constructed() -> None:
    doc, problems = parse_yaml("a: !!python/object/apply:os.system ['echo hi']\n", "f.yaml")
    assert doc is not None and doc.data == {"a": None}
    assert [str(p) for p in problems] == [
        "f.yaml:1:4: unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'; "
        "write plain YAML data"
    ]


def test_timestamps_stay_text_and_yaml_booleans_keep_their_text() -> None:
    doc, problems = parse_yaml("when: 2025-05-01\nflag: ON\n", "f.yaml")
    assert problems == [] and doc is not None
    assert doc.data == {"when": "2025-05-01", "flag": True}
    assert doc.scalar_texts[("flag",)] == "ON"


def test_multiple_documents_are_a_syntax_error() -> None:
    doc, problems = parse_yaml("a: 1\n---\nb: 2\n", "f.yaml")
    assert doc is None
    assert problems[0].line == 2 and "expected a single document" in problems[0].message


def test_recursive_alias_depth_is_bounded() -> None:
    text = "a: &x [1]\n" + "".join(
        f"l{i}: &y{i} [*{'x' if i == 0 else f'y{i - 1}'}]\n" for i in range(250)
    )
    doc, problems = parse_yaml(text, "f.yaml")
    assert doc is not None
    assert any("nesting deeper" in p.message for p in problems)
