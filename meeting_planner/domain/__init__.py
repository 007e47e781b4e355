"""The candidate meeting, its coach and templates: plain Python, no Qt, reportlab or tinydb."""
