"""Where the shipped resources (templates, libraries, schema) are, installed or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """The resources folder: packaged as ``meeting_planner/resources`` when installed,
    the top-level ``resources/`` in a source checkout or an editable install."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("Meeting Planner's resources folder is missing from the installation")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
