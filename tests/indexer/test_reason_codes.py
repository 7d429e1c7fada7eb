"""Every problem or warning the indexer records is a reason code with values, never English text
(text is made where it is shown: the CLI in English, the window through its translations)."""

from __future__ import annotations

import ast
from pathlib import Path

from photobook.core.reasons import ENGLISH, Reason, ReasonCode

INDEXER = Path(__file__).resolve().parents[2] / "src" / "photobook" / "indexer"


def _is_text(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.JoinedStr)
        or (isinstance(node, ast.Constant) and isinstance(node.value, str))
        or (isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right)))
    )


def _prose(tree: ast.AST) -> list[int]:
    """Lines where text is appended to a ``warnings``/``problems`` list or put under a "reason" or
    "warning" key."""
    lines = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("append", "extend")
        ):
            target = node.func.value
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            if name.endswith(("warnings", "problems")) and node.args:
                arg = node.args[0]
                parts = arg.elts if isinstance(arg, ast.Tuple) else [arg]
                if any(_is_text(p) for p in parts[-1:]):
                    lines.append(node.lineno)
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "Unreadable"
            and any(_is_text(a) for a in node.args)
        ):
            lines.append(node.lineno)
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value in ("reason", "warning") and _is_text(value):
                    lines.append(node.lineno)
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            key = node.targets[0].slice
            if isinstance(key, ast.Constant) and key.value in ("reason", "warning") and _is_text(node.value):
                lines.append(node.lineno)
    return lines


def test_the_indexer_records_codes_not_prose():
    found = {p.name: _prose(ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(INDEXER.glob("*.py"))}
    assert {name: lines for name, lines in found.items() if lines} == {}


def test_the_guard_sees_prose():
    sample = (
        'out.problems.append((rel, f"cannot read: {e}"))\ninfo.warnings.append("odd")\nr = {"reason": "x"}\n'
        'return Unreadable("empty file")\n'
    )
    assert _prose(ast.parse(sample)) == [1, 2, 3, 4]


def test_every_code_is_one_the_indexer_can_record():
    source = "\n".join(p.read_text(encoding="utf-8") for p in INDEXER.glob("*.py"))
    unused = [c for c in ReasonCode if c is not ReasonCode.LEGACY and f"ReasonCode.{c.name}" not in source]
    assert unused == []


def test_a_reason_goes_to_json_and_back():
    cause = Reason(ReasonCode.FILE_UNREADABLE, {"error": "Permission denied", "errno": "EACCES"})
    reason = Reason(ReasonCode.THUMBNAIL_FAILED, {"cause": cause})
    data = reason.to_json()
    assert data == {
        "code": "thumbnail_failed",
        "values": {
            "cause": {"code": "file_unreadable", "values": {"error": "Permission denied", "errno": "EACCES"}}
        },
    }
    assert Reason.from_json(data["code"], data["values"]) == reason
    assert reason.english == "thumbnail failed: cannot read the file: Permission denied"
    # a code from a newer photobook is shown, not lost
    newer = Reason.from_json("from_the_future", {"n": 1})
    assert newer.code is ReasonCode.LEGACY and "from_the_future" in newer.english
    assert set(ENGLISH) == set(ReasonCode)


def test_a_system_error_keeps_its_errno_name_for_the_window():
    import errno

    from photobook.core.reasons import system_error

    assert system_error(PermissionError(errno.EACCES, "Permission denied")) == {
        "error": "Permission denied",
        "errno": "EACCES",
    }
    assert system_error(PermissionError()) == {"error": "Permission denied", "errno": "EACCES"}
    assert system_error(OSError(errno.EIO, "Input/output error"))["errno"] == "EIO"
    assert system_error(OSError("odd")) == {"error": "odd"}


def test_an_xmp_packet_in_an_unknown_encoding_is_a_warning_with_its_code():
    from photobook.indexer.embedded import Embedded, parse_xmp

    into = Embedded()
    parse_xmp(b'<?xml version="1.0" encoding="utf-9"?><x:xmpmeta xmlns:x="adobe:ns:meta/"/>', into)
    assert [w.code for w in into.warnings] == [ReasonCode.XMP_UNKNOWN_ENCODING]
    assert (
        into.warnings[0].english == "XMP declares an unknown text encoding (unknown encoding: utf-9); ignored"
    )
