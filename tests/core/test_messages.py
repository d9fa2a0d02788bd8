"""Core's errors carry a code and their parts, never a sentence: every JournalError core
raises is made from a message of `core.messages`, and each message has one code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from journal_app.core.errors import JournalError, ValidationError
from journal_app.core.messages import ALL, BAD_TIME, Message, placeholders

CORE = Path(__file__).resolve().parents[2] / "journal_app" / "core"


def error_classes() -> set[str]:
    """JournalError and every class core derives from it, however deep."""
    bases: dict[str, set[str]] = {}
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id for b in node.bases if isinstance(b, ast.Name)}
    found = {"JournalError"}
    while grown := {name for name, of in bases.items() if of & found} - found:
        found |= grown
    return found


def is_sentence(node: ast.expr) -> bool:
    """A string made on the spot: "...", f"...", "..." + "..."."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return is_sentence(node.left) or is_sentence(node.right)
    return False


def test_core_makes_no_error_from_a_sentence() -> None:
    classes = error_classes()
    assert {"ValidationError", "ImportFormatError", "KeyFileError"} <= classes
    made_from_sentences = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            calls_error = name in classes or name == "error"  # Fields.error too
            if calls_error and is_sentence(node.args[0]):
                made_from_sentences.append(f"{path.relative_to(CORE)}:{node.lineno}")
    assert made_from_sentences == []


def test_every_message_has_a_code_of_its_own() -> None:
    codes = [m.code for m in ALL]
    assert len(codes) == len(set(codes)) > 200
    assert all(code.count(".") == 1 and code == code.lower() for code in codes)
    assert len({m.template for m in ALL}) == len(ALL)  # one English text, one code


def test_an_error_keeps_its_english_and_says_its_code_and_parts() -> None:
    error = ValidationError(BAD_TIME, text="25:99")
    assert str(error) == "A time is written HH:MM, like 09:00, not “25:99”."
    assert (error.code, error.params) == ("agreements.bad_time", {"text": "25:99"})
    assert isinstance(error, JournalError)


def test_a_message_lists_its_parts() -> None:
    assert BAD_TIME.placeholders == {"text"}
    assert placeholders("A colour is written #rrggbb, not {colour!r}.") == {"colour"}
    assert placeholders("{target:g} of {low}") == {"target", "low"}


@pytest.mark.parametrize("message", ALL, ids=lambda m: m.code)
def test_every_message_can_be_said_in_english(message: Message) -> None:
    said = message(**{name: 7 for name in message.placeholders})
    assert str(said).strip() and "{" not in str(said).replace("{{", "")
