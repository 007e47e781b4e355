"""Brings the Swedish and Danish translation sources in step with the UI code, then compiles them.

Run from the project root after changing any user-facing text in meeting_planner/ui:

    python3 tests/tools/update_translations.py

then translate the entries Qt Linguist (or a text editor) shows as unfinished in
resources/translations/*.ts and run the script again to rebuild the .qm files.
meeting_planner_en.ts holds only the English plural forms of texts with a count
("%n meetings": "%n meeting", "%n meetings").

pyside6-lupdate alone misses much of this code: it does not follow the small
``_tr(text)`` helpers that fix a module's context, and it files ``self.tr`` calls
under the lexical class even where PySide looks them up under another one. So the
messages are collected here from the syntax tree with the same rules PySide uses at
run time, written out as plain ``QCoreApplication.translate`` calls, and
pyside6-lupdate merges those into the .ts files (keeping existing translations).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = ROOT / "meeting_planner" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("sv", "da")
ENGLISH_PLURALS = TRANSLATIONS / "meeting_planner_en.ts"


@dataclass(frozen=True, order=True)
class Message:
    """One translatable text as PySide looks it up: context, source, disambiguation, plural."""

    context: str
    source: str
    comment: str = ""
    plural: bool = False


class ExtractionError(Exception):
    """A translation call whose context or text cannot be known without running it."""


def _string(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _call_name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _helper_context(fn: ast.FunctionDef, constants: dict[str, str]) -> str | None:
    """The context of ``def _tr(text): return QCoreApplication.translate(CONTEXT, text)``."""
    if not fn.args.args or not fn.body:
        return None
    last = fn.body[-1]
    if not (isinstance(last, ast.Return) and isinstance(last.value, ast.Call)):
        return None
    call = last.value
    param = fn.args.args[0].arg
    if _call_name(call.func) != "translate" or len(call.args) < 2:
        return None
    if not (isinstance(call.args[1], ast.Name) and call.args[1].id == param):
        return None
    return _string(call.args[0], constants)


class _Collector(ast.NodeVisitor):
    def __init__(self, path: Path, tree: ast.Module):
        self.path = path
        self.messages: set[Message] = set()
        self.problems: list[str] = []
        self.constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        self.helpers: dict[str, str] = {}
        self.aliases: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                context = _helper_context(node, self.constants)
                if context is not None:
                    if self.helpers.get(node.name, context) != context:
                        self.problems.append(f"{self._where(node)}: two helpers named {node.name}")
                    self.helpers[node.name] = context
        self.classes: list[str] = []
        self.functions: list[str] = []

    def _where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        if isinstance(value, ast.Name) and value.id in self.helpers:
            self.aliases.update(dict.fromkeys(names, self.helpers[value.id]))
        elif isinstance(value, ast.Attribute) and value.attr == "tr":
            if isinstance(value.value, ast.Name) and value.value.id == "self" and self.classes:
                self.aliases.update(dict.fromkeys(names, self.classes[-1]))
            else:
                self.problems.append(
                    f"{self._where(node)}: an alias of another object's tr() is looked up under "
                    "that object's class at run time; use a helper with a fixed context"
                )
        self.generic_visit(node)

    def _add(
        self,
        node: ast.Call,
        context: str,
        text_node: ast.AST | None,
        rest: list[ast.AST],
        plural: bool | None = None,
    ):
        text = _string(text_node, self.constants)
        if text is None:
            # A name or subscript is a text from a table marked with QT_TRANSLATE_NOOP;
            # anything built on the spot (f-string, concatenation, format) cannot be found.
            if not isinstance(text_node, (ast.Name, ast.Subscript)):
                self.problems.append(f"{self._where(node)}: text is built, not a literal string")
            return
        comment = _string(rest[0], self.constants) if rest else ""
        plural = len(rest) >= 2 if plural is None else plural
        self.messages.add(Message(context, text, comment or "", plural=plural))

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node.func)
        args = list(node.args)
        # painter.translate(x, y) and the like are not Qt's translate().
        if name == "translate" and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id == "QCoreApplication"):
                name = ""
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            context = _string(args[0], self.constants)
            if context is None:
                if not (self.functions and self.functions[-1] in self.helpers):
                    self.problems.append(f"{self._where(node)}: context is not a literal string")
            else:
                self._add(node, context, args[1], args[2:])
        elif name in ("tr", "QT_TR_NOOP") and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id == "self" and self.classes:
                self._add(node, self.classes[-1], args[0] if args else None, args[1:])
            elif name == "tr":
                self.problems.append(f"{self._where(node)}: tr() of another object")
        elif isinstance(node.func, ast.Name) and name in self.helpers | self.aliases:
            context = self.aliases.get(name) or self.helpers[name]
            # A helper's second argument is the count of a text with plural forms.
            self._add(node, context, args[0] if args else None, [], plural=len(args) >= 2)
        elif name in ("tr", "_tr"):
            self.problems.append(f"{self._where(node)}: {name}() of unknown context")
        self.generic_visit(node)


def collect(sources: Path = UI_SOURCES) -> set[Message]:
    """Every translatable message of the UI; ExtractionError names calls it cannot read."""
    messages: set[Message] = set()
    problems: list[str] = []
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        collector = _Collector(path, tree)
        collector.visit(tree)
        messages |= collector.messages
        problems += collector.problems
    if problems:
        raise ExtractionError("\n".join(problems))
    return messages


def write_calls(messages: set[Message], target: Path) -> None:
    """The messages as translate() calls, the one form every lupdate reads the same way."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for m in sorted(messages):
        args = [repr(m.context), repr(m.source)]
        if m.comment or m.plural:
            args.append(repr(m.comment))
        if m.plural:
            args.append("1")
        lines.append(f"QCoreApplication.translate({', '.join(args)})")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def qt_tool(name: str) -> str:
    """The PySide6 tool ``name`` (pyside6-lupdate, pyside6-lrelease): installed with
    PySide6 beside this Python, so found there even when that folder is not on PATH
    (a venv's python run without activating the venv)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} is neither beside {sys.executable} nor on PATH")
    return found


def lupdate(messages: set[Message], ts_files: list[Path], plural_only: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        calls = Path(tmp) / "ui_messages.py"
        write_calls(messages, calls)
        command = [qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        if plural_only:
            command.append("-pluralonly")
        subprocess.run([*command, str(calls), "-ts", *map(str, ts_files)], check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    command = [qt_tool("pyside6-lrelease"), "-silent", str(ts_file)]
    subprocess.run([*command, "-qm", str(qm_file)], check=True)


def main() -> int:
    try:
        messages = collect()
    except ExtractionError as error:
        print(f"Cannot collect the UI texts:\n{error}", file=sys.stderr)
        return 1
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    ts_files = [TRANSLATIONS / f"meeting_planner_{lang}.ts" for lang in LANGUAGES]
    lupdate(messages, ts_files)
    # English needs only the plural forms of texts with a count ("%n meetings").
    lupdate(messages, [ENGLISH_PLURALS], plural_only=True)
    for ts_file in [*ts_files, ENGLISH_PLURALS]:
        lrelease(ts_file, ts_file.with_suffix(".qm"))
    print(f"{len(messages)} texts; translations in {TRANSLATIONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
