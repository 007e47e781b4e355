"""Meeting Planner: plan the job interview as a candidate meeting that sells the role."""

__version__ = "0.1.0"

# The name of the app's own folders under the system's data and cache folders.
APP_NAME = "meeting-planner"
