"""Run Meeting Planner with ``python -m meeting_planner``."""

import sys

from .cli import process_main

sys.exit(process_main())
