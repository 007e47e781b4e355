"""Mutation testing, run by hand: how many small breakages of the code do the tests catch?

    python tests/tools/mutate.py [PATH ...] [--sample FRACTION] [--seed N] [--jobs N]

PATH is a package folder or module under meeting_planner/ (default: domain, store and
exchange). Each mutant changes one thing in one module:

- a comparison: ``<`` to ``<=``, ``==`` to ``!=``, ``is`` to ``is not``, ``in`` to ``not in``...
- a constant: a number plus one, True and False swapped, a string emptied;
- a boolean operator: ``and`` to ``or`` and back, a ``not`` dropped;
- a return: ``return x`` to ``return None``;
- a statement: one statement (or a whole ``if``) inside a function made ``pass``.

Imports, docstrings, decorators, annotations, ``__all__``, ``if TYPE_CHECKING:`` blocks
and lines marked ``# pragma: no mutate`` are left alone.

First every test file runs alone on the unmutated code, to learn how long it takes and
which of our modules it loads (the command line loads its commands by name, so the
imports alone would not tell). A mutant then runs the files that load its module:
its own test file and the fastest first, the rest only if those pass, stopping at the
first failure. UI tests and tests marked slow are left out, so a mutant only the UI
tests catch counts as survived. A mutant whose tests use three times the processor
time of the unmutated run (plus ten seconds) has hung, and counts as killed. Mutants
in IGNORED are equivalent: no test can tell them from the code, for the reason given.
Work happens in a copy of the project per job, each test run in a forked child
(Linux: the time limit reads /proc).

    python tests/tools/mutate.py --list                  # how many mutants, per module
    python tests/tools/mutate.py --sample 0.2 --results run.jsonl --survey survey.json
    python tests/tools/mutate.py --again run.jsonl       # the survivors, after new tests

Last figures (3 December 2026, two cores shared with other work, so a sample). A 10 %
sample drawn per module (``--sample 0.1 --seed 1``: 482 of 4,838 mutants, 451 run
before the run was stopped; the order is random, so those are a fair sample) on the
code as of commit 87adf6a; then its survivors run again, twice, on the code after the
tests they called for (``--again RESULTS --base 87adf6a``, then ``--again`` on that;
main's working-day deadlines and hardened store files came in after, unmeasured).
A survivor whose line had changed since counts as survived:

    package    mutants  killed  survived  ignored  killed %
    domain         330     305        19        6     94.1
    exchange        39      35         1        3     97.2
    store           82      74         6        2     92.5

And a fresh 10 % sample of exchange on the final code, its survivors run again once:

    exchange        51      48         2        1     96.0

Left surviving: UI-only limits in rules.py (the tick of meeting mode's clock, the
insights presets: only the UI tests, left out here, can see them), wording the coach
uses (coach_wording.py), and a few store guards (recovery, the data folder check).
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import multiprocessing
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "meeting_planner"
TESTS = ROOT / "tests"
DEFAULT_TARGETS = ("domain", "store", "exchange")
# Copied into each job's folder: what the tests read.
COPIED = ("meeting_planner", "resources", "tests", "pyproject.toml", "README.md", ".ci")
# Test folders no mutant runs: Qt tests are slow and test the UI, not these packages.
LEFT_OUT_TESTS = ("tests/ui", "tests/benchmarks", "tests/tools")
PYTEST_ARGS = [
    "-x",
    "-q",
    "-p",
    "no:randomly",
    "-p",
    "no:cacheprovider",
    "-p",
    "no:pytestqt",
    "-m",
    "not slow",
    "--hypothesis-seed=0",
]

# Equivalent mutants: (module, the line as written, the mutation) -> why no test can
# tell the mutant from the original.
IGNORED: dict[tuple[str, str, str], str] = {
    (
        "meeting_planner/domain/meeting_run.py",
        "return f\"{'-' if seconds < 0 and whole else ''}{whole // 60:02d}:{whole % 60:02d}\"",
        "0 to 1",
    ): "between 0 and 1 second the whole part is 0, which shows no sign either way",
    (
        "meeting_planner/domain/meeting_run.py",
        "return f\"{'-' if seconds < 0 and whole else ''}{whole // 60:02d}:{whole % 60:02d}\"",
        "`<` to `<=`",
    ): "at 0 seconds the whole part is 0, which shows no sign either way",
    (
        "meeting_planner/domain/when.py",
        "if iso.group(4) is None:",
        "4 to 5",
    ): "the hour and the minutes are in one optional group: both are there or neither",
    (
        "meeting_planner/domain/meeting_run.py",
        "return self.current_index(agenda) if self.visits else -1",
        "1 to 2",
    ): "only ever compared with an index already checked to be 0 or more",
    (
        "meeting_planner/domain/meeting_run.py",
        "if block.topic is not None and block.topic in _TOPIC_CONCERN:",
        "`and` to `or`",
    ): "every pitch topic has a concern category, so a topic that is set is in the table",
    (
        "meeting_planner/domain/records.py",
        "return self == MeetingRun()",
        "`==` to `!=`",
    ): "MeetingRun.is_empty has no caller",
    (
        "meeting_planner/store/schema.py",
        "check_version(version, where)",
        "statement removed",
    ): "the store checks the version itself before it migrates",
    (
        "meeting_planner/store/meetings.py",
        "self._names.pop(meeting_id, None)",
        "statement removed",
    ): "a forgotten meeting is no longer listed, so its name is never looked up again",
    (
        "meeting_planner/domain/dataclass_dicts.py",
        'T = TypeVar("T")',
        "string emptied",
    ): "a type variable's name is only read by type checkers",
    (
        "meeting_planner/domain/templates.py",
        "plan.status = Status.PLANNED",
        "statement removed",
    ): "_fresh_copy has already made the copy planned",
    (
        "meeting_planner/domain/templates.py",
        "plan.ended_at = None",
        "statement removed",
    ): "_fresh_copy has already cleared the end",
    (
        "meeting_planner/domain/phrases.py",
        'if language == "en":',
        "string emptied",
    ): "there is no documents_en.json: English finds no catalogue either way",
    (
        "meeting_planner/exchange/reader.py",
        'raise MeetingFileError(f"{name} is not a number a file may hold")',
        "statement removed",
    ): "the scan before parsing has already refused NaN and Infinity, with their place",
    (
        "meeting_planner/exchange/validation.py",
        'type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_whole_number),',
        "string emptied",
    ): "jsonschema's own integer check is the same: a whole float counts, True does not",
    (
        "meeting_planner/exchange/validation.py",
        'return text or "file"',
        "string emptied",
    ): "no error found after the header check is at the top of the file: each names a field",
    (
        "meeting_planner/exchange/validation.py",
        "return f\"{sub['const']}\"",
        "return None",
    ): "the schema's one constant to break is the version, which the reader checks first",
}

_COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
_OP_TEXT = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.In: "in",
    ast.NotIn: "not in",
}
_DELETABLE = (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Raise, ast.Delete, ast.If)
_NO_MUTATE = "pragma: no mutate"
# The nearest tests a mutant runs first, in seconds of their unmutated run.
NEAR_SECONDS = 3.0
# Loaded once per job rather than by every test run: libraries, not our code.
PRELOADED = ("pytest", "hypothesis", "tinydb", "jsonschema", "pypdf", "reportlab.platypus")


@dataclass(frozen=True)
class Mutant:
    module: str  # path relative to the project, e.g. meeting_planner/domain/rules.py
    index: int  # the index-th mutation point of the module, in walking order
    line: int
    what: str

    @property
    def package(self) -> str:
        return self.module.split("/")[1]

    def key(self, source_lines: list[str]) -> tuple[str, str, str]:
        return (self.module, source_lines[self.line - 1].strip(), self.what)


class _Mutator(ast.NodeTransformer):
    """Walks a module in a fixed order, numbering every mutation point; applies the
    one numbered ``target`` (or, with target None, only records them all)."""

    def __init__(self, source_lines: list[str], target: int | None = None) -> None:
        self.lines = source_lines
        self.target = target
        self.found: list[tuple[int, str]] = []  # (line, what) per mutation point
        self.applied = False

    # -- bookkeeping ---------------------------------------------------------------
    def _point(self, node: ast.AST, what: str) -> bool:
        """Number a mutation point; True when it is the one to apply."""
        line = getattr(node, "lineno", 0)
        if _NO_MUTATE in self.lines[line - 1]:
            return False
        self.found.append((line, what))
        hit = self.target == len(self.found) - 1
        self.applied = self.applied or hit
        return hit

    # -- what is left alone --------------------------------------------------------
    def _body(self, body: list[ast.stmt], in_function: bool) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for i, stmt in enumerate(body):
            if i == 0 and _is_docstring(stmt):
                out.append(stmt)
                continue
            if _left_alone(stmt):
                out.append(stmt)
                continue
            if (
                in_function
                and isinstance(stmt, _DELETABLE)
                and self._point(stmt, "statement removed")
            ):
                out.append(ast.copy_location(ast.Pass(), stmt))
                continue
            out.append(self._visit_stmt(stmt, in_function))
        return out

    def _visit_stmt(self, stmt: ast.stmt, in_function: bool) -> ast.stmt:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            # Decorators configure (frozen=True, cache); the defaults are code.
            stmt.args = self.visit(stmt.args)
            stmt.body = self._body(stmt.body, in_function=True)
            return stmt
        if isinstance(stmt, ast.ClassDef):
            stmt.body = self._body(stmt.body, in_function=False)
            return stmt
        if isinstance(stmt, ast.AnnAssign):
            # The annotation is not code that runs; only the value is.
            if stmt.value is not None:
                stmt.value = self.visit(stmt.value)
            return stmt
        for field, value in ast.iter_fields(stmt):
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                setattr(stmt, field, self._body(value, in_function))
            elif isinstance(value, list):
                setattr(stmt, field, [self._visit_part(v, in_function) for v in value])
            elif isinstance(value, ast.AST):
                setattr(stmt, field, self._visit_part(value, in_function))
        return self._mutate_return(stmt) if isinstance(stmt, ast.Return) else stmt

    def _visit_part(self, node: ast.AST, in_function: bool) -> ast.AST:
        if isinstance(node, ast.ExceptHandler):
            node.body = self._body(node.body, in_function)
            return node
        if isinstance(node, ast.match_case):
            node.body = self._body(node.body, in_function)
            return node
        return self.visit(node)

    def _mutate_return(self, stmt: ast.Return) -> ast.stmt:
        value = stmt.value
        if value is None or (isinstance(value, ast.Constant) and value.value is None):
            return stmt
        if self._point(stmt, "return None"):
            stmt.value = ast.Constant(None)
        return stmt

    def visit_Module(self, node: ast.Module) -> ast.Module:
        node.body = self._body(node.body, in_function=False)
        return node

    # -- expressions ---------------------------------------------------------------
    def visit_arg(self, node: ast.arg) -> ast.AST:
        return node  # an annotation is not code that runs

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        for i, op in enumerate(node.ops):
            new = _COMPARE_SWAPS[type(op)]
            if self._point(node, f"`{_OP_TEXT[type(op)]}` to `{_OP_TEXT[new]}`"):
                node.ops[i] = new()
        return node

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        old, new = ("and", "or") if isinstance(node.op, ast.And) else ("or", "and")
        if self._point(node, f"`{old}` to `{new}`"):
            node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        return node

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.Not) and self._point(node, "`not` dropped"):
            return node.operand
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = node.value
        if isinstance(value, bool):
            if self._point(node, f"{value} to {not value}"):
                return ast.copy_location(ast.Constant(not value), node)
        elif isinstance(value, int | float):
            if self._point(node, f"{value!r} to {value + 1!r}"):
                return ast.copy_location(ast.Constant(value + 1), node)
        elif isinstance(value, str) and value:
            if self._point(node, "string emptied"):
                return ast.copy_location(ast.Constant(""), node)
        return node

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.AST:
        # The literal parts of an f-string stay: only the values inside it are code.
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                part.value = self.visit(part.value)
        return node


def _is_docstring(stmt: ast.stmt) -> bool:
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    )


def _left_alone(stmt: ast.stmt) -> bool:
    """Imports, ``if TYPE_CHECKING:`` blocks and ``__all__``: not behaviour a test sees."""
    if isinstance(stmt, ast.Import | ast.ImportFrom):
        return True
    if isinstance(stmt, ast.If) and "TYPE_CHECKING" in ast.unparse(stmt.test):
        return True
    targets = stmt.targets if isinstance(stmt, ast.Assign) else []
    return any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets)


def mutants_of(module: Path) -> list[Mutant]:
    source = module.read_text(encoding="utf-8")
    mutator = _Mutator(source.splitlines())
    mutator.visit(ast.parse(source))
    name = module.relative_to(ROOT).as_posix()
    return [Mutant(name, i, line, what) for i, (line, what) in enumerate(mutator.found)]


def mutated_source(module: Path, index: int) -> str:
    source = module.read_text(encoding="utf-8")
    mutator = _Mutator(source.splitlines(), target=index)
    tree = mutator.visit(ast.parse(source))
    assert mutator.applied, f"{module}: no mutation point {index}"
    return ast.unparse(ast.fix_missing_locations(tree))


# -- which tests reach a module -------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@dataclass(frozen=True)
class TestFile:
    path: Path
    seconds: float
    loads: frozenset[str]  # the meeting_planner modules loaded while it runs


def every_test() -> list[Path]:
    return [
        p
        for p in sorted(TESTS.rglob("test_*.py"))
        if not any(p.relative_to(ROOT).as_posix().startswith(d) for d in LEFT_OUT_TESTS)
    ]


def survey(copy: Path, tests: list[Path]) -> list[TestFile]:
    """Run each test file alone on the unmutated code: how long it takes, and which of
    our modules it loads (the command line loads its commands by name, so reading
    the imports would miss them). Each must pass alone, or it could judge no mutant."""
    found: list[TestFile] = []
    record = copy / "loaded.json"
    for test in tests:
        outcome, seconds = _run_tests(copy, [test], timeout=600, record=record)
        if outcome == "empty":
            continue
        if outcome != "passed":
            raise SystemExit(f"{test.relative_to(ROOT)} fails before any mutation ({outcome})")
        loads = frozenset(json.loads(record.read_text(encoding="utf-8")))
        found.append(TestFile(test, seconds, loads))
    return found


def tests_for(module: Path, surveyed: list[TestFile]) -> list[TestFile]:
    """The test files that load ``module``: its own first, then the fastest first."""
    name, own = _module_name(module), f"test_{module.stem}"

    def order(test: TestFile) -> tuple[bool, float]:
        stem = test.path.stem
        return (not (stem == own or stem.startswith(own + "_")), test.seconds)

    return sorted((t for t in surveyed if name in t.loads), key=order)


# -- running ----------------------------------------------------------------------------


@dataclass
class Result:
    mutant: Mutant
    outcome: str  # killed, survived, timeout, ignored, error
    seconds: float
    reason: str = ""


def _run_tests(
    copy: Path, tests: list[Path], timeout: float, record: Path | None = None
) -> tuple[str, float]:
    """Run ``tests`` in the copy in a forked child: passed, failed or timeout. With
    ``record``, the child writes there the names of our modules it loaded."""
    import pytest

    began = time.monotonic()
    done = 0
    pid = os.fork()
    if pid == 0:  # the child: the copy's code, no output
        code = 70
        try:
            os.setpgid(0, 0)
            os.chdir(copy)
            sys.path.insert(0, str(copy))
            sys.dont_write_bytecode = True
            os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            args = [*PYTEST_ARGS, *(str(copy / t.relative_to(ROOT)) for t in tests)]
            code = int(pytest.main(args))
            if record is not None:
                loaded = sorted(m for m in sys.modules if m.startswith("meeting_planner"))
                record.write_text(json.dumps(loaded), encoding="utf-8")
        finally:
            os._exit(code)
    try:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                seconds = time.monotonic() - began
                code = os.waitstatus_to_exitcode(status)
                # pytest's 5: nothing collected (a file of slow tests only).
                return {0: "passed", 5: "empty"}.get(code, "failed"), seconds
            # A busy machine slows a run down without it hanging: the limit is on the
            # processor time the tests used, with a far longer one on the clock as well.
            wall = time.monotonic() - began
            if _cpu_seconds(pid) > timeout or wall > 10 * timeout:
                return "timeout", wall
            time.sleep(0.02)
    finally:
        if not done:  # timed out, or the run was stopped: end the tests and what they started
            os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _cpu_seconds(pid: int) -> float:
    """Processor seconds process ``pid`` and its finished children have used so far
    (0 where /proc cannot tell)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    # utime, stime, cutime, cstime: fields 14 to 17, the 12th to 15th after the name.
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


class Job:
    """One copy of the project, where one mutant at a time is put in place and tested."""

    def __init__(self, number: int) -> None:
        self.copy = Path(tempfile.mkdtemp(prefix=f"mutate-{number}-"))
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(
                    source, self.copy / name, ignore=shutil.ignore_patterns("__pycache__")
                )
            else:
                shutil.copy2(source, self.copy / name)

    def close(self) -> None:
        shutil.rmtree(self.copy, ignore_errors=True)

    def run(self, mutant: Mutant, tests: list[TestFile]) -> Result:
        """Put the mutant in place, run the tests, put the module back."""
        if not tests:
            return Result(mutant, "survived", 0.0, "no test loads this module")
        # A mutant may loop for ever: allow three times the unmutated run, and more.
        limit = 3 * sum(t.seconds for t in tests) + 10
        # The copy's module, not the checkout's: the checkout may change during a run.
        target = self.copy / mutant.module
        original = target.read_text(encoding="utf-8")
        try:
            source = mutated_source(target, mutant.index)
            compile(source, mutant.module, "exec")
        except (SyntaxError, ValueError, AssertionError) as error:
            return Result(mutant, "error", 0.0, str(error))
        # Most mutants fail the nearest tests: run those first, the rest only if needed
        # (collecting every file that loads a module takes seconds by itself).
        near = 1
        while near < len(tests) and sum(t.seconds for t in tests[: near + 1]) < NEAR_SECONDS:
            near += 1
        seconds = 0.0
        try:
            target.write_text(source, encoding="utf-8")
            _forget_compiled(target)
            for stage in (tests[:near], tests[near:]):
                if not stage:
                    continue
                outcome, took = _run_tests(self.copy, [t.path for t in stage], limit)
                seconds += took
                if outcome in ("failed", "timeout"):
                    break
        finally:
            target.write_text(original, encoding="utf-8")
            _forget_compiled(target)
        kind = {"passed": "survived", "failed": "killed", "timeout": "timeout"}[outcome]
        return Result(mutant, kind, seconds)


def _forget_compiled(source: Path) -> None:
    Path(importlib.util.cache_from_source(str(source))).unlink(missing_ok=True)


# -- the command ------------------------------------------------------------------------


def modules_in(targets: list[str]) -> list[Path]:
    found: list[Path] = []
    for target in targets:
        path = (PACKAGE / target) if not target.startswith("meeting_planner") else ROOT / target
        found.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return found


def chosen_mutants(modules: list[Path], sample: float, seed: int) -> list[Mutant]:
    chosen: list[Mutant] = []
    for module in modules:
        # Drawn per module, so a module's sample stays the same when others change.
        rng = random.Random(f"{seed}/{module.relative_to(ROOT).as_posix()}")
        every = mutants_of(module)
        count = len(every) if sample >= 1 else round(len(every) * sample)
        chosen.extend(sorted(rng.sample(every, count), key=lambda m: m.index))
    return chosen


def _stop(_signal: int, _frame: object) -> None:
    raise SystemExit("stopped")


def _worker(
    job_number: int, mutants: Iterator[Mutant], surveyed: list[TestFile], nice: int, out
) -> None:
    signal.signal(signal.SIGTERM, _stop)  # so the copy is removed and the tests ended
    os.nice(nice)
    for name in PRELOADED:
        importlib.import_module(name)
    job = Job(job_number)
    try:
        for mutant in mutants:
            lines = (job.copy / mutant.module).read_text(encoding="utf-8").splitlines()
            reason = IGNORED.get(mutant.key(lines))
            tests = tests_for(ROOT / mutant.module, surveyed)
            ignored = Result(mutant, "ignored", 0.0, reason) if reason else None
            result = ignored or job.run(mutant, tests)
            out.write(json.dumps({**asdict(result), "mutant": asdict(mutant)}) + "\n")
            out.flush()
    finally:
        job.close()


def report(results: list[Result]) -> list[str]:
    by_package: dict[str, list[Result]] = defaultdict(list)
    for result in results:
        by_package[result.mutant.package].append(result)
    lines = ["package    mutants  killed  survived  ignored  killed %"]
    for package, found in sorted(by_package.items()):
        count = defaultdict(int)
        for result in found:
            count[result.outcome] += 1
        killed = count["killed"] + count["timeout"]
        counted = killed + count["survived"]
        share = 100 * killed / counted if counted else 0.0
        lines.append(
            f"{package:<10} {len(found):>7}  {killed:>6}  {count['survived']:>8}  "
            f"{count['ignored']:>7}  {share:>7.1f}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", default=list(DEFAULT_TARGETS), metavar="PATH")
    parser.add_argument("--sample", type=float, default=1.0, help="share of mutants to run")
    parser.add_argument("--seed", type=int, default=1, help="which mutants a sample draws")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--nice", type=int, default=5, help="how much to let others go first")
    parser.add_argument("--list", action="store_true", help="only count the mutants")
    parser.add_argument("--results", type=Path, help="also write every result here (JSON lines)")
    parser.add_argument(
        "--reuse", type=Path, metavar="RESULTS", help="take the results of an earlier run"
    )
    parser.add_argument(
        "--again",
        type=Path,
        metavar="RESULTS",
        help="run only the survivors (and timeouts) of an earlier run",
    )
    parser.add_argument(
        "--base",
        metavar="COMMIT",
        help="the commit the --again results were measured on (where their lines are read)",
    )
    parser.add_argument(
        "--survey",
        type=Path,
        help="keep the survey of the tests here and reuse it while the tests are unchanged",
    )
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _stop)
    mutants = chosen_mutants(modules_in(args.targets), args.sample, args.seed)
    if args.again:
        # The survivors of an earlier run, found again by the text of their line and the
        # mutation (the module may have changed since, moving its lines), after tests
        # were added for them. The text is read as it was when they were measured.
        earlier = {
            _earlier_key(r.mutant, args.base)
            for r in _read(args.again)
            if r.outcome in ("survived", "timeout")
        }
        mutants = [m for m in mutants if _current_key(m) in earlier]
    if args.list:
        for line in _counts(mutants):
            print(line)
        return 0
    results_path = args.results or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    known = {}
    if args.reuse:
        # Results of an earlier run on the same code, so an interrupted run goes on.
        known = {(r.mutant.module, r.mutant.index, r.mutant.what): r for r in _read(args.reuse)}
    reused = [known[k] for m in mutants if (k := (m.module, m.index, m.what)) in known]
    todo = [m for m in mutants if (m.module, m.index, m.what) not in known]
    with results_path.open("w", encoding="utf-8") as out:
        for result in reused:
            out.write(json.dumps({**asdict(result), "mutant": asdict(result.mutant)}) + "\n")
    began = time.monotonic()
    surveyed: list[TestFile] = []
    if args.survey and args.survey.exists():
        # Kept from an earlier run: test files added since are surveyed now.
        surveyed = [
            TestFile(ROOT / t["path"], t["seconds"], frozenset(t["loads"]))
            for t in json.loads(args.survey.read_text(encoding="utf-8"))
            if (ROOT / t["path"]).exists()
        ]
    known = {t.path for t in surveyed}
    new_tests = [t for t in every_test() if t not in known]
    if new_tests:
        first = Job(0)
        try:
            surveyed += survey(first.copy, new_tests)
        finally:
            first.close()
        if args.survey:
            saved = [
                {
                    "path": t.path.relative_to(ROOT).as_posix(),
                    "seconds": t.seconds,
                    "loads": sorted(t.loads),
                }
                for t in surveyed
            ]
            args.survey.write_text(json.dumps(saved, indent=1), encoding="utf-8")
    took = sum(t.seconds for t in surveyed)
    print(f"{len(surveyed)} test files pass alone, in {took:.0f} s; {len(mutants)} mutants")
    # In a random order: a run stopped early is still a fair sample of every package.
    # Each job takes the next mutant when it is free, so none waits on another's share.
    random.Random(args.seed).shuffle(todo)
    queue: multiprocessing.SimpleQueue = multiprocessing.get_context("fork").SimpleQueue()
    for mutant in [*todo, *[None] * args.jobs]:
        queue.put(mutant)
    children = []
    for number in range(args.jobs):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                with results_path.open("a", encoding="utf-8") as out:
                    _worker(number, iter(queue.get, None), surveyed, args.nice, out)
            except BaseException as error:  # a job's failure ends it, not the others
                print(f"job {number}: {error}", file=sys.stderr)
                code = 1
            finally:
                os._exit(code)
        children.append(pid)
    failed = 0
    try:
        for pid in children:
            failed += os.waitpid(pid, 0)[1] != 0
    except BaseException:
        # Stopped (Ctrl+C, kill): stop the jobs too; each removes its copy on the way out.
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass  # that job had finished
        raise
    results = list(_read(results_path))
    if args.again:
        results = _merged(list(_read(args.again)), results, args.base)
    for line in report(results):
        print(line)
    survivors = sorted(
        (r for r in results if r.outcome == "survived"),
        key=lambda r: (r.mutant.module, r.mutant.line),
    )
    print(f"\n{len(results)} of {len(mutants)} mutants in {time.monotonic() - began:.0f} s;")
    print(f"every result in {results_path}\n\nSurvived:")
    for result in survivors:
        print(f"  {result.mutant.module}:{result.mutant.line}  {result.mutant.what}")
    return 1 if failed else 0


def _merged(earlier: list[Result], again: list[Result], base: str | None) -> list[Result]:
    """The earlier run's results, each survivor replaced by how it fares now.

    A line may hold several mutants of one kind (three strings emptied): all of them
    run again, and the survivor counts as killed only if every one is. A survivor no
    longer found (its line changed by an edit) still counts as survived."""
    now: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for result in again:
        now[_current_key(result.mutant)].append(result.outcome)
    merged = []
    for result in earlier:
        outcomes = now.get(_earlier_key(result.mutant, base))
        if result.outcome in ("survived", "timeout") and outcomes:
            if all(o == "ignored" for o in outcomes):
                outcome = "ignored"
            elif all(o in ("killed", "timeout", "ignored") for o in outcomes):
                outcome = "killed"
            else:
                outcome = "survived"
            result = Result(result.mutant, outcome, result.seconds, "run again")
        merged.append(result)
    return merged


@cache
def _lines(module: str, commit: str | None) -> tuple[str, ...]:
    """The lines of ``module`` at ``commit`` (None: as it is in the checkout now)."""
    if commit is None:
        text = (ROOT / module).read_text(encoding="utf-8")
    else:
        shown = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{commit}:{module}"],
            capture_output=True,
            text=True,
            check=False,
        )
        text = shown.stdout
    return tuple(text.splitlines())


def _key(mutant: Mutant, lines: tuple[str, ...]) -> tuple[str, str, str]:
    line = lines[mutant.line - 1].strip() if 0 < mutant.line <= len(lines) else ""
    return (mutant.module, line, mutant.what)


def _earlier_key(mutant: Mutant, commit: str | None) -> tuple[str, str, str]:
    return _key(mutant, _lines(mutant.module, commit))


def _current_key(mutant: Mutant) -> tuple[str, str, str]:
    return _key(mutant, _lines(mutant.module, None))


def _counts(mutants: list[Mutant]) -> Iterator[str]:
    per_module: dict[str, int] = defaultdict(int)
    for mutant in mutants:
        per_module[mutant.module] += 1
    for module, count in sorted(per_module.items()):
        yield f"{count:>5}  {module}"
    yield f"{len(mutants):>5}  in all"


def _read(path: Path) -> Iterator[Result]:
    for line in path.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        mutant = Mutant(**data.pop("mutant"))
        yield Result(mutant=mutant, **data)


if __name__ == "__main__":
    sys.exit(main())
