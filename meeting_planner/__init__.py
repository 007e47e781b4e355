"""Meeting Planner: plan the job interview as a candidate meeting that sells the role."""

__version__ = "0.1.0"
