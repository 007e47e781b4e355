"""What an update would change in a meeting, as a readable list, field by field:

    Role › Tech stack: added Rust; removed Java
    Agenda: new block “Case: design review” (20 min)
    Agenda › “Welcome” › Minutes: 10 → 5
    New comment by Rita Recruiter on block “Welcome”: “Shorter, and start with the team”

Agenda blocks, people and criteria are matched by id, so a renamed block reads as a
renamed block, not as one removed and another added.
"""

from __future__ import annotations

from typing import Any

from . import phrases
from .comments import target_label
from .model import Meeting
from .serialize import meeting_to_dict

# How much of a changed text a line repeats.
SHOWN_TEXT_MAX = 60
# Never compared: the counter moves on every save, the record of invites never travels.
_SKIPPED = {"revision", "invites", "id"}
# Lists of things with an id, and what names one of them.
_BY_ID = {"agenda": "title", "participants": "name", "criteria": "name"}
_NEW_ITEM = {
    "agenda": phrases.mark("new block {item}"),
    "participants": phrases.mark("new person {item}"),
    "criteria": phrases.mark("new criterion {item}"),
}
_REMOVED_ITEM = {
    "agenda": phrases.mark("block {item} removed"),
    "participants": phrases.mark("{item} removed"),
    "criteria": phrases.mark("criterion {item} removed"),
}

LABELS = {
    "title": phrases.mark("Title"),
    "start": phrases.mark("Start"),
    "planned_minutes": phrases.mark("Planned minutes"),
    "location": phrases.mark("Location"),
    "time_zone": phrases.mark("Time zone"),
    "language": phrases.mark("Language"),
    "status": phrases.mark("Status"),
    "candidate": phrases.mark("Candidate"),
    "role": phrases.mark("Role"),
    "offer": phrases.mark("Offer"),
    "participants": phrases.mark("People"),
    "agenda": phrases.mark("Agenda"),
    "case": phrases.mark("Case"),
    "criteria": phrases.mark("Criteria"),
    "debrief": phrases.mark("Debrief"),
    "outcome": phrases.mark("Outcome"),
    "follow_up": phrases.mark("Follow-up"),
    "ended_at": phrases.mark("Ended"),
    "run": phrases.mark("Notes from the meeting"),
    "closed_at": phrases.mark("Closed"),
    "erased_at": phrases.mark("Erased"),
    "template": phrases.mark("Template"),
    "coach_overrides": phrases.mark("Coach thresholds"),
    "opening_id": phrases.mark("Opening"),
    "name": phrases.mark("Name"),
    "email": phrases.mark("Email"),
    "phone": phrases.mark("Phone"),
    "current_title": phrases.mark("Current title"),
    "motivations": phrases.mark("Motivations"),
    "notes": phrases.mark("Notes"),
    "team": phrases.mark("Team"),
    "company": phrases.mark("Company"),
    "tech_stack": phrases.mark("Tech stack"),
    "responsibilities": phrases.mark("Responsibilities"),
    "problems": phrases.mark("Problems to solve"),
    "ways_of_working": phrases.mark("Ways of working"),
    "projects": phrases.mark("Projects"),
    "salary": phrases.mark("Salary"),
    "minimum": phrases.mark("Minimum"),
    "maximum": phrases.mark("Maximum"),
    "currency": phrases.mark("Currency"),
    "period": phrases.mark("Period"),
    "flexibility": phrases.mark("Flexibility"),
    "remote_days_per_week": phrases.mark("Remote days per week"),
    "development_budget": phrases.mark("Development budget"),
    "development_time": phrases.mark("Development time"),
    "development_paths": phrases.mark("Development paths"),
    "benefits": phrases.mark("Benefits"),
    "work_life_balance": phrases.mark("Work-life balance"),
    "part": phrases.mark("Part"),
    "kind": phrases.mark("Kind"),
    "minutes": phrases.mark("Minutes"),
    "owner": phrases.mark("Owner"),
    "talking_points": phrases.mark("Talking points"),
    "topic": phrases.mark("Pitch topic"),
    "internal_notes": phrases.mark("Internal notes"),
    "brief": phrases.mark("Brief"),
    "prepare": phrases.mark("To prepare"),
    "materials": phrases.mark("Materials"),
    "observe": phrases.mark("What to observe"),
    "real_work": phrases.mark("Real work"),
    "description": phrases.mark("Description"),
    "evidence": phrases.mark("Evidence"),
    "good_evidence": phrases.mark("Good evidence"),
    "rank": phrases.mark("Rank"),
    "ratings": phrases.mark("Ratings"),
    "interest": phrases.mark("Interest"),
    "resonated": phrases.mark("What resonated"),
    "concerns": phrases.mark("Concerns"),
    "competing_offers": phrases.mark("Competing offers"),
    "competing_timeline": phrases.mark("Competing timeline"),
    "decision": phrases.mark("Decision"),
    "reasons": phrases.mark("Reasons"),
    "feedback": phrases.mark("Feedback"),
    "feedback_sent_at": phrases.mark("Feedback sent"),
    "offer_made": phrases.mark("Offer made"),
    "result": phrases.mark("Result"),
    "decline_reasons": phrases.mark("Reasons for declining"),
    "survey_answers": phrases.mark("Survey answers"),
    "feedback_hours": phrases.mark("Hours to the answer"),
    "decision_days": phrases.mark("Days to the decision"),
    "started_at": phrases.mark("Started"),
    "markers": phrases.mark("Markers"),
    "scorecards": phrases.mark("Scorecards"),
    "recommendation": phrases.mark("Recommendation"),
    "received_at": phrases.mark("Received"),
    "interviewer": phrases.mark("Interviewer"),
    "country": phrases.mark("Country"),
    "shared": phrases.mark("Line to the candidate"),
    "shared_reason": phrases.mark("Reason given"),
    "later_role": phrases.mark("Could fit a later role"),
}


def describe_update(before: Meeting, after: Meeting, language: str = "en") -> list[str]:
    """One line per change from ``before`` to ``after``; none when nothing changes."""
    old, new = meeting_to_dict(before), meeting_to_dict(after)
    lines: list[str] = []
    for name in new:
        if name in _SKIPPED or old.get(name) == new[name]:
            continue
        if name in _BY_ID:
            lines += _items(name, old[name], new[name], language)
        elif name == "comments":
            lines += _comments(after, old[name], new[name], language)
        elif name == "debrief":
            lines += _debrief(after, old[name], new[name], language)
        elif name == "scorecards":
            lines += _scorecards(after, old[name], new[name], language)
        else:
            lines += _values([_label(name, language)], old[name], new[name], language)
    return lines


def _values(path: list[str], old: Any, new: Any, language: str) -> list[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        lines = []
        for key in new:
            if key not in _SKIPPED and old.get(key) != new[key]:
                lines += _values([*path, _label(key, language)], old.get(key), new[key], language)
        return lines
    where = " › ".join(path)
    if _is_text_list(old) and _is_text_list(new):
        return [f"{where}: {_list_change(old or [], new or [], language)}"]
    if isinstance(new, list) or isinstance(new, dict):
        return [phrases.text(language, "{where}: changed", where=where)]
    return [f"{where}: {_show(old, language)} → {_show(new, language)}"]


def _items(name: str, old: list[dict[str, Any]], new: list[dict[str, Any]], lang: str) -> list:
    label, key = _label(name, lang), _BY_ID[name]
    before = {item["id"]: item for item in old}
    after = {item["id"]: item for item in new}
    lines = []
    for item_id, item in after.items():
        shown = _quote(item.get(key, ""))
        if item_id not in before:
            extra = f" ({item['minutes']} min)" if name == "agenda" else ""
            text = phrases.text(lang, _NEW_ITEM[name], item=shown)
            lines.append(f"{label}: {text}{extra}")
        elif before[item_id] != item:
            lines += _values([label, shown], before[item_id], item, lang)
    for item_id, item in before.items():
        if item_id not in after:
            text = phrases.text(lang, _REMOVED_ITEM[name], item=_quote(item.get(key, "")))
            lines.append(f"{label}: {text}")
    old_order = [i for i in before if i in after]
    new_order = [i for i in after if i in before]
    if old_order != new_order:
        lines.append(phrases.text(lang, "{where}: new order", where=label))
    return lines


def _comments(meeting: Meeting, old: list, new: list, lang: str) -> list[str]:
    before = {c["id"]: c for c in old}
    lines = []
    for comment in new:
        about = target_label(meeting, comment["target"], lang)
        author = comment["author"] or phrases.text(lang, "someone")
        text = _quote(comment["text"])
        if comment["id"] not in before:
            lines.append(
                phrases.text(
                    lang, "New comment by {author} on {about}: {text}", **_of(author, about, text)
                )
            )
        elif comment["resolved"] and not before[comment["id"]]["resolved"]:
            lines.append(
                phrases.text(
                    lang,
                    "Comment by {author} on {about} resolved: {text}",
                    **_of(author, about, text),
                )
            )
    return lines


def _of(author: str, about: str, text: str) -> dict[str, str]:
    return {"author": author, "about": about, "text": text}


def _debrief(
    meeting: Meeting, old: dict[str, Any], new: dict[str, Any], lang: str, label: str = ""
) -> list[str]:
    label = label or _label("debrief", lang)
    names = {c.id: c.name for c in meeting.criteria}
    before = {r["criterion_id"]: r for r in old.get("ratings", [])}
    lines = []
    for rating in new.get("ratings", []):
        was = before.get(rating["criterion_id"], {})
        if was != rating:
            name = _quote(names.get(rating["criterion_id"], rating["criterion_id"]))
            where = phrases.text(lang, "{where} › Rating for {name}", where=label, name=name)
            if was.get("rating") != rating["rating"]:
                lines.append(
                    f"{where}: {_show(was.get('rating'), lang)} → {_show(rating['rating'], lang)}"
                )
            if was.get("evidence", "") != rating["evidence"]:
                lines.append(phrases.text(lang, "{where}: new evidence", where=where))
    rest_old = {k: v for k, v in old.items() if k not in ("ratings", "participant_id")}
    rest_new = {k: v for k, v in new.items() if k not in ("ratings", "participant_id")}
    return lines + _values([label], rest_old, rest_new, lang)


def _scorecards(meeting: Meeting, old: list, new: list, lang: str) -> list[str]:
    """One line per interviewer whose scorecard is new or changed, then its changes."""
    before = {card["participant_id"]: card for card in old}
    names = {p.id: p.name for p in meeting.participants}
    lines = []
    for card in new:
        who = names.get(card["participant_id"]) or card["interviewer"] or "?"
        where = phrases.text(lang, "Scorecard of {who}", who=who)
        was = before.get(card["participant_id"])
        if was is None:
            lines.append(phrases.text(lang, "{where}: new", where=where))
        elif was != card:
            lines += _debrief(meeting, was, card, lang, label=where)
    return lines


def _label(name: str, language: str) -> str:
    english = LABELS.get(name)
    return phrases.text(language, english) if english else name.replace("_", " ").capitalize()


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _list_change(old: list[str], new: list[str], language: str) -> str:
    added = [v for v in new if v not in old]
    removed = [v for v in old if v not in new]
    parts = []
    if added:
        parts.append(phrases.text(language, "added {items}", items=", ".join(map(_quote, added))))
    if removed:
        parts.append(
            phrases.text(language, "removed {items}", items=", ".join(map(_quote, removed)))
        )
    return "; ".join(parts) or phrases.text(language, "new order")


def _show(value: Any, language: str) -> str:
    if value is None or value == "":
        return phrases.text(language, "(empty)")
    if isinstance(value, bool):
        return phrases.text(language, "yes") if value else phrases.text(language, "no")
    if isinstance(value, str):
        return _quote(value)
    return str(value)


def _quote(text: str) -> str:
    flat = " ".join(str(text).split())
    if len(flat) > SHOWN_TEXT_MAX:
        flat = flat[: SHOWN_TEXT_MAX - 1] + "…"
    return f"“{flat}”"
