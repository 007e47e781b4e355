"""A candidate's access request: everything stored about them, as a JSON-ready dict."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from .library import library
from .model import Candidate, Language, Meeting
from .serialize import to_dict

ACCESS_FORMAT = "meeting-planner-access"
ACCESS_VERSION = 1

# Section name -> the meeting's fields it holds. Together they hold every field,
# so nothing stored is left out of an access export (the tests check this).
SECTIONS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "id",
        "title",
        "start",
        "planned_minutes",
        "location",
        "time_zone",
        "language",
        "country",
        "status",
        "ended_at",
        "closed_at",
        "erased_at",
        "follow_up",
        "template",
        "invites",
        "opening_id",
        "revision",
    ),
    "candidate": ("candidate",),
    "plan": (
        "role",
        "offer",
        "participants",
        "agenda",
        "case",
        "criteria",
        "coach_overrides",
        "comments",
    ),
    "assessment": ("debrief", "scorecards"),
    "outcome": ("outcome",),
    "run": ("run",),
}

# What each part is, told to the person who asked; by language, "en" filled.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "about": (
            "Everything this Meeting Planner stores about you: each meeting you had with "
            "us, what we noted about you, how we assessed you and what we decided. Times "
            "are local times."
        ),
        "meeting": (
            "The meeting itself: when and where it was (and in which time zone), how far "
            "the recruitment has come, when we promised an answer and a decision, and "
            "which calendar invites we sent."
        ),
        "candidate": (
            "What we hold about you: your name and contact details, your current title, "
            "what you told us motivates you, and our notes about you."
        ),
        "plan": (
            "How we planned the meeting: the role and offer we presented, who from our "
            "side took part, the agenda with our talking points and internal notes, the "
            "case, the criteria we assessed against, most important first, and the "
            "comments we wrote to each other while preparing it."
        ),
        "assessment": (
            "Our assessment after the meeting: a rating from 1 to 4 per criterion with the "
            "evidence we noted and what we wrote to tell you about it, how interested we "
            "thought you were (1 to 5), what resonated with you, your concerns, competing "
            "offers, our decision, our notes on it and the reason we gave you, whether we "
            "thought you could fit a later role, and the feedback we gave you; and each "
            "interviewer's own scorecard: their ratings and evidence, what they noted about "
            "you and what they recommended."
        ),
        "outcome": (
            "The result: whether we made you an offer, your answer, the reasons you gave "
            "for declining and your answers to our follow-up questions."
        ),
        "run": (
            "Notes taken during the meeting, block by block, and the moments we marked "
            "as a concern raised or a strong signal, with the time into the meeting."
        ),
    },
    "sv": {
        "about": (
            "Allt som Meeting Planner sparar om dig: varje möte du haft med oss, vad vi "
            "antecknade om dig, hur vi bedömde dig och vad vi beslutade. Tiderna är "
            "lokal tid."
        ),
        "meeting": (
            "Själva mötet: när och var det hölls (och i vilken tidszon), hur långt "
            "rekryteringen har kommit, när vi lovade dig besked och ett beslut och vilka "
            "kalenderinbjudningar vi skickade."
        ),
        "candidate": (
            "Det vi har om dig: ditt namn och dina kontaktuppgifter, din nuvarande titel, "
            "vad du berättade att du drivs av och våra anteckningar om dig."
        ),
        "plan": (
            "Hur vi planerade mötet: rollen och erbjudandet vi presenterade, vilka från "
            "oss som var med, agendan med våra samtalspunkter och interna anteckningar, "
            "caset, kriterierna vi bedömde mot, det viktigaste först, och de "
            "kommentarer vi skrev till varandra när vi förberedde det."
        ),
        "assessment": (
            "Vår bedömning efter mötet: ett betyg från 1 till 4 per kriterium med det vi "
            "noterade som underlag och det vi skrev för att berätta för dig, hur intresserad "
            "vi uppfattade att du var (1 till 5), vad som tilltalade dig, dina farhågor, "
            "andra erbjudanden, vårt beslut, våra anteckningar om det och skälet vi gav dig, "
            "om vi trodde att du kunde passa en senare roll, och återkopplingen vi gav dig; "
            "samt varje intervjuares egen bedömning: betyg och underlag, vad hen noterade om "
            "dig och vad hen rekommenderade."
        ),
        "outcome": (
            "Resultatet: om vi gav dig ett erbjudande, ditt svar, skälen du angav om du "
            "tackade nej och dina svar på våra uppföljande frågor."
        ),
        "run": (
            "Anteckningar från mötet, del för del, och de ögonblick vi markerade som en "
            "farhåga eller en stark signal, med tiden in i mötet."
        ),
    },
    "da": {
        "about": (
            "Alt, hvad Meeting Planner gemmer om dig: hvert møde, du har haft med os, "
            "hvad vi noterede om dig, hvordan vi vurderede dig, og hvad vi besluttede. "
            "Tidspunkterne er lokal tid."
        ),
        "meeting": (
            "Selve mødet: hvornår og hvor det blev holdt (og i hvilken tidszone), hvor "
            "langt rekrutteringen er nået, hvornår vi lovede dig svar og en beslutning, "
            "og hvilke kalenderinvitationer vi sendte."
        ),
        "candidate": (
            "Det, vi har om dig: dit navn og dine kontaktoplysninger, din nuværende "
            "titel, hvad du fortalte motiverer dig, og vores noter om dig."
        ),
        "plan": (
            "Hvordan vi planlagde mødet: rollen og tilbuddet, vi præsenterede, hvem fra "
            "os der deltog, dagsordenen med vores talepunkter og interne noter, casen, "
            "kriterierne, vi vurderede ud fra, det vigtigste først, og de kommentarer, "
            "vi skrev til hinanden, mens vi forberedte det."
        ),
        "assessment": (
            "Vores vurdering efter mødet: en karakter fra 1 til 4 pr. kriterium med det, "
            "vi noterede som belæg, og det, vi skrev for at fortælle dig det, hvor "
            "interesseret vi opfattede dig (1 til 5), hvad der talte til dig, dine "
            "bekymringer, andre tilbud, vores beslutning, vores noter om den og den "
            "begrundelse, vi gav dig, om vi mente, du kunne passe til en senere rolle, og "
            "den feedback, vi gav dig; samt hver interviewers egen vurdering: karakterer og "
            "belæg, hvad vedkommende noterede om dig, og hvad vedkommende anbefalede."
        ),
        "outcome": (
            "Resultatet: om vi gav dig et tilbud, dit svar, de grunde, du gav, hvis du "
            "takkede nej, og dine svar på vores opfølgende spørgsmål."
        ),
        "run": (
            "Noter fra mødet, del for del, og de øjeblikke, vi markerede som en "
            "bekymring eller et stærkt signal, med tiden inde i mødet."
        ),
    },
}


def phrases(language: Language | str = Language.EN) -> dict[str, str]:
    return PHRASES.get(str(language), PHRASES["en"])


def same_candidate(a: Candidate, b: Candidate) -> bool:
    """Whether two meetings' candidates are the same person: the same email where
    both have one, else the same name (ignoring case and spacing)."""
    email_a, email_b = _key(a.email), _key(b.email)
    if email_a and email_b:
        return email_a == email_b
    name_a = _key(a.name)
    return bool(name_a) and name_a == _key(b.name)


def meetings_about(subject: Meeting, meetings: Iterable[Meeting]) -> list[Meeting]:
    """``subject`` and every other meeting with the same candidate, oldest first."""
    found = {subject.id: subject}
    for meeting in meetings:
        if meeting.id not in found and same_candidate(meeting.candidate, subject.candidate):
            found[meeting.id] = meeting
    return sorted(found.values(), key=lambda m: (m.start, m.id))


def access_report(meetings: list[Meeting], now: datetime) -> dict[str, Any]:
    """Everything stored about one candidate (the meetings are theirs), JSON-ready.

    Each meeting is split into sections, each with a short explanation and its
    data exactly as stored, plus a few readable additions (the criterion a rating
    is for, the question an answer is to, the block a note belongs to).
    """
    words = phrases(meetings[0].language if meetings else Language.EN)
    return {
        "format": ACCESS_FORMAT,
        "version": ACCESS_VERSION,
        "created_at": to_dict(now),
        "about": words["about"],
        "meetings": [_meeting_part(meeting) for meeting in meetings],
    }


def _meeting_part(meeting: Meeting) -> dict[str, Any]:
    stored = to_dict(meeting)
    words = phrases(meeting.language)
    sections = {
        name: {
            "explanation": words[name],
            "data": {key: stored[key] for key in keys},
        }
        for name, keys in SECTIONS.items()
    }
    sections["meeting"]["data"]["feedback_due"] = to_dict(meeting.feedback_due)
    sections["meeting"]["data"]["decision_due"] = to_dict(meeting.decision_due)
    _name_references(meeting, sections)
    return {"id": meeting.id, "title": meeting.title, "sections": sections}


def _name_references(meeting: Meeting, sections: dict[str, dict[str, Any]]) -> None:
    """Add the names behind stored ids, so that a person can read their data."""
    criteria = {c.id: c.name for c in meeting.criteria}
    blocks = {b.id: b.title for b in meeting.agenda}
    for rating in sections["assessment"]["data"]["debrief"]["ratings"]:
        rating["criterion"] = criteria.get(rating["criterion_id"], "")
    questions = {q.id: q.text for q in library(meeting.language).decline_questions}
    answers = sections["outcome"]["data"]["outcome"]["survey_answers"]
    sections["outcome"]["data"]["outcome"]["survey_answers"] = [
        {"question_id": key, "question": questions.get(key, key), "answer": value}
        for key, value in answers.items()
    ]
    run = sections["run"]["data"]["run"]
    for item in (*run["notes"], *run["markers"]):
        item["block"] = blocks.get(item["block_id"], "")


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()
