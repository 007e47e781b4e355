"""The command line's module table agrees with what each module registers."""

from __future__ import annotations

import argparse
import importlib

from meeting_planner import cli


def _registered(module: str) -> set[str]:
    names: set[str] = set()

    def add(name: str, help_text: str, handler: object) -> argparse.ArgumentParser:
        names.add(name)
        return argparse.ArgumentParser(prog=name)

    importlib.import_module(f"meeting_planner.cli.{module}").register(add)
    return names


def test_each_command_home_registers_its_command() -> None:
    for command, module in cli.COMMAND_HOME.items():
        assert command in _registered(module), f"{command} is not in cli/{module}.py"


def test_the_export_command_builds_with_its_home_module_first() -> None:
    parser = cli.build_parser("export")
    args = parser.parse_args(["export", "brief", "abc", "-o", "x.pdf"])
    assert args.document == "brief"
