"""A command's process ends quickly after its work, and loses nothing by it: every byte
of output, the exit code, the exit handlers, a thread still at work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(code: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MEETING_PLANNER_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120
    )


_COMMAND = (
    "import sys\n"
    "from meeting_planner.cli import process_main\n"
    "sys.argv = ['meeting-planner', *sys.argv[1:]]\n"
    "sys.exit(process_main())\n"
)


def test_long_output_arrives_whole_and_the_code_is_kept(tmp_path: Path) -> None:
    for _ in range(3):
        assert _run(_COMMAND, tmp_path, "demo").returncode == 0
    listed = _run(_COMMAND, tmp_path, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.rstrip().endswith("]") and listed.stdout.count('"id"') == 3
    helped = _run(_COMMAND, tmp_path, "export", "--help")
    assert (
        helped.returncode == 0 and "--paper" in helped.stdout and "--interviewer" in helped.stdout
    )
    missing = _run(_COMMAND, tmp_path, "show", "nosuchid")
    assert missing.returncode == 1 and "nosuchid" in missing.stderr
    usage = _run(_COMMAND, tmp_path, "show")
    assert usage.returncode == 1 and "usage:" in usage.stderr


def test_exit_handlers_run_before_the_end(tmp_path: Path) -> None:
    code = "import atexit\natexit.register(print, 'handler ran')\n" + _COMMAND
    done = _run(code, tmp_path, "--version")
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1] == "handler ran"


def test_a_thread_at_work_is_waited_for(tmp_path: Path) -> None:
    marker = tmp_path / "written.txt"
    code = (
        "import threading, time\n"
        "def later():\n"
        "    time.sleep(0.3)\n"
        f"    open({str(marker)!r}, 'w').write('done')\n"
        "threading.Thread(target=later).start()\n" + _COMMAND
    )
    done = _run(code, tmp_path, "list")
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "done"
