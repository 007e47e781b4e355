"""Why a file could not be read or written, fit to show and told in the reader's language:
the system's common reasons and the app's own, anything else as the system says it."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from meeting_planner.domain.phrases import Phrase
from meeting_planner.fileio import os_reason, read_sent_file, write_atomically


def test_a_common_reason_is_told_in_each_language(tmp_path: Path) -> None:
    with pytest.raises(OSError) as missing:
        (tmp_path / "nothing.pdf").open("rb")
    reason = os_reason(missing.value)
    assert reason == os.strerror(errno.ENOENT)
    assert isinstance(reason, Phrase)
    assert reason.in_language("sv") == "Filen eller mappen finns inte"
    assert reason.in_language("da") == "Filen eller mappen findes ikke"


def test_the_apps_own_reasons_are_told_too(tmp_path: Path) -> None:
    with pytest.raises(OSError) as folder:
        write_atomically(tmp_path, b"x")
    with pytest.raises(OSError) as nowhere:
        write_atomically(tmp_path / "gone" / "x.pdf", b"x")
    with pytest.raises(OSError) as not_a_file:
        read_sent_file(tmp_path, 10)
    assert os_reason(folder.value).in_language("sv") == (
        "det är en mapp; ange en fil i den i stället"
    )
    assert os_reason(nowhere.value).in_language("da") == f"mappen {tmp_path / 'gone'} findes ikke"
    assert os_reason(not_a_file.value) == "not a file"
    assert os_reason(not_a_file.value).in_language("sv") == "inte en fil"


def test_a_reason_the_catalog_does_not_keep_is_the_systems() -> None:
    assert os_reason(OSError(errno.ECONNRESET, "Connection reset by peer")) == (
        "Connection reset by peer"
    )
    # A library's own words for a known errno are kept as they are.
    assert os_reason(FileNotFoundError(errno.ENOENT, "no such form here")) == "no such form here"
    assert os_reason(OSError("plain words")) == "plain words"
