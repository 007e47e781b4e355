"""Run Meeting Planner with ``python -m meeting_planner``."""

import sys

from .cli import main

sys.exit(main())
