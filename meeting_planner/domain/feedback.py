"""The feedback composer: a reasoned answer to the candidate, drafted from the ranked criteria."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import rules
from .model import Criterion, Decision, DomainError, Language, Meeting, Part

# Every sentence of a draft, by language; a missing language or phrase falls back
# to English. Swedish and Danish are written for their readers, not word for word.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "greeting": "Hi {name},",
        "greeting_no_name": "Hello,",
        "thanks": "Thank you for meeting us on {date} about the {role} role.",
        "thanks_case": "Thank you for meeting us on {date} about the {role} role, and for "
        "the work you put into the case.",
        "role_fallback": "open",
        "reject_intro": "We have decided not to go ahead with your application this time, "
        "and we want to tell you why.",
        "reason_top": "The criterion we ranked first for this role is {name}{about}, and in "
        "the meeting we did not see enough of it.",
        "reason_first": "One of the most important criteria for this role is {name}{about}, "
        "and in the meeting we did not see enough of it.",
        "reason_more": "We also missed more depth in {name}{about}.",
        "about": " ({text})",
        "quote": "To be concrete, one thing we noted: “{text}”.",
        "reason_gap": "[to fill in: the main reason, tied to the most important criterion "
        "that was not met]",
        "strengths_intro": "We also saw real strengths:",
        "strengths_intro_good": "What convinced us:",
        "strengths_intro_hold": "What stood out for us so far:",
        "strength_line": "- {name}",
        "strength_line_evidence": "- {name}: {text}",
        "strengths_gap": "[to fill in: the strengths you saw, tied to the criteria]",
        "reject_door": "Your profile may well fit other roles with us later. If you agree, "
        "we would like to keep in touch and contact you when a suitable role opens.",
        "advance_intro": "Good news: we would like to take the next step with you.",
        "advance_explore": "In the next step we would like to hear more about {names}.",
        "advance_next": "We will contact you shortly to agree on the next step, and you "
        "will have our decision by {date} at the latest.",
        "offer_intro": "We are happy to tell you that we would like to offer you the role.",
        "offer_next": "We will send you the offer in writing shortly and are glad to go "
        "through it with you. We would like to hear from you by {date}, and you are "
        "welcome to call us with any questions before then.",
        "hold_intro": "We have not made our decision yet: we are still meeting other "
        "candidates for the role, and we do not want to keep you waiting without news.",
        "hold_next": "You will have our decision by {date} at the latest.",
        "invite": "We would also value your view of our process: what worked for you, and "
        "what we could do better. Just reply to this message, and feel free to ask "
        "anything about this answer.",
        "invite_reject": "We would also value your view of our process: what worked for "
        "you, and what we could do better. Just reply to this message, and feel free to "
        "ask anything about this decision.",
        "closing": "Kind regards,",
        "signature_gap": "[to fill in: your name]",
        "and": "and",
        "months": "January February March April May June July August September October "
        "November December",
        "weekdays": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "date": "{weekday} {day} {month}",
        "gap_marker": "[to fill in",
    },
    "sv": {
        "greeting": "Hej {name}!",
        "greeting_no_name": "Hej!",
        "thanks": "Tack för att du träffade oss {date} om tjänsten som {role}.",
        "thanks_case": "Tack för att du träffade oss {date} om tjänsten som {role}, och för "
        "arbetet du lade ner på caset.",
        "role_fallback": "den lediga tjänsten",
        "reject_intro": "Vi har bestämt oss för att inte gå vidare med din ansökan den här "
        "gången, och vi vill berätta varför.",
        "reason_top": "Det kriterium vi satte högst för tjänsten är {name}{about}, och på "
        "mötet såg vi inte tillräckligt av det.",
        "reason_first": "Ett av de viktigaste kriterierna för tjänsten är {name}{about}, och "
        "på mötet såg vi inte tillräckligt av det.",
        "reason_more": "Vi hade också gärna sett mer djup inom {name}{about}.",
        "about": " ({text})",
        "quote": "För att vara konkreta, en sak vi noterade: ”{text}”.",
        "reason_gap": "[att fylla i: huvudskälet, kopplat till det viktigaste kriteriet som "
        "inte uppfylldes]",
        "strengths_intro": "Vi såg också tydliga styrkor:",
        "strengths_intro_good": "Det här övertygade oss:",
        "strengths_intro_hold": "Det här har vi fastnat för hittills:",
        "strength_line": "- {name}",
        "strength_line_evidence": "- {name}: {text}",
        "strengths_gap": "[att fylla i: styrkorna ni såg, kopplade till kriterierna]",
        "reject_door": "Din profil kan mycket väl passa andra roller hos oss längre fram. Om "
        "du vill håller vi gärna kontakten och hör av oss när en passande tjänst dyker upp.",
        "advance_intro": "Goda nyheter: vi vill gärna ta nästa steg tillsammans med dig.",
        "advance_explore": "I nästa steg vill vi gärna höra mer om {names}.",
        "advance_next": "Vi hör av oss inom kort för att komma överens om nästa steg, och du "
        "får vårt beslut senast {date}.",
        "offer_intro": "Vi är glada att kunna berätta att vi vill erbjuda dig tjänsten.",
        "offer_next": "Du får erbjudandet skriftligt inom kort, och vi går gärna igenom det "
        "tillsammans med dig. Vi vill gärna ha ditt svar senast {date}, och du är välkommen "
        "att ringa oss med frågor innan dess.",
        "hold_intro": "Vi har inte fattat vårt beslut ännu: vi träffar fortfarande andra "
        "kandidater för tjänsten, och vi vill inte låta dig vänta utan besked.",
        "hold_next": "Du får vårt beslut senast {date}.",
        "invite": "Vi vill också gärna höra vad du tyckte om vår process: vad som fungerade "
        "för dig och vad vi kan göra bättre. Svara bara på det här meddelandet, och fråga "
        "gärna om det är något i svaret du undrar över.",
        "invite_reject": "Vi vill också gärna höra vad du tyckte om vår process: vad som "
        "fungerade för dig och vad vi kan göra bättre. Svara bara på det här meddelandet, "
        "och fråga gärna om det är något i beslutet du undrar över.",
        "closing": "Vänliga hälsningar",
        "signature_gap": "[att fylla i: ditt namn]",
        "and": "och",
        "months": "januari februari mars april maj juni juli augusti september oktober "
        "november december",
        "weekdays": "måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen",
        "date": "{weekday} den {day} {month}",
        "gap_marker": "[att fylla i",
    },
    "da": {
        "greeting": "Hej {name}",
        "greeting_no_name": "Hej",
        "thanks": "Tak fordi du mødte os {date} om stillingen som {role}.",
        "thanks_case": "Tak fordi du mødte os {date} om stillingen som {role}, og tak for "
        "det arbejde, du lagde i casen.",
        "role_fallback": "den ledige stilling",
        "reject_intro": "Vi har besluttet ikke at gå videre med din ansøgning denne gang, og "
        "vi vil gerne fortælle dig hvorfor.",
        "reason_top": "Det kriterium, vi har prioriteret højest for stillingen, er "
        "{name}{about}, og til mødet så vi ikke nok af det.",
        "reason_first": "Et af de vigtigste kriterier for stillingen er {name}{about}, og til "
        "mødet så vi ikke nok af det.",
        "reason_more": "Vi savnede også mere dybde inden for {name}{about}.",
        "about": " ({text})",
        "quote": "For at være konkrete, én ting vi noterede: »{text}«.",
        "reason_gap": "[udfyldes: hovedårsagen, knyttet til det vigtigste kriterium, der "
        "ikke blev opfyldt]",
        "strengths_intro": "Vi så også klare styrker:",
        "strengths_intro_good": "Det her overbeviste os:",
        "strengths_intro_hold": "Det har vi især lagt mærke til indtil videre:",
        "strength_line": "- {name}",
        "strength_line_evidence": "- {name}: {text}",
        "strengths_gap": "[udfyldes: de styrker I så, knyttet til kriterierne]",
        "reject_door": "Din profil kan sagtens passe til andre roller hos os senere. Hvis du "
        "har lyst, vil vi gerne holde kontakten og give dig besked, når en passende stilling "
        "bliver ledig.",
        "advance_intro": "Gode nyheder: Vi vil gerne tage det næste skridt sammen med dig.",
        "advance_explore": "I det næste skridt vil vi gerne høre mere om {names}.",
        "advance_next": "Vi kontakter dig snarest for at aftale det næste skridt, og du får "
        "vores beslutning senest {date}.",
        "offer_intro": "Vi er glade for at kunne fortælle, at vi gerne vil tilbyde dig stillingen.",
        "offer_next": "Du får tilbuddet skriftligt snarest, og vi gennemgår det gerne med "
        "dig. Vi vil gerne have dit svar senest {date}, og du er velkommen til at ringe til "
        "os med spørgsmål inden da.",
        "hold_intro": "Vi har ikke truffet vores beslutning endnu: Vi møder stadig andre "
        "kandidater til stillingen, og vi vil ikke lade dig vente uden nyt.",
        "hold_next": "Du får vores beslutning senest {date}.",
        "invite": "Vi vil også meget gerne høre din mening om vores proces: hvad der fungerede "
        "for dig, og hvad vi kan gøre bedre. Svar blot på denne besked, og spørg endelig, hvis "
        "der er noget i svaret, du undrer dig over.",
        "invite_reject": "Vi vil også meget gerne høre din mening om vores proces: hvad der "
        "fungerede for dig, og hvad vi kan gøre bedre. Svar blot på denne besked, og spørg "
        "endelig, hvis der er noget i beslutningen, du undrer dig over.",
        "closing": "Venlig hilsen",
        "signature_gap": "[udfyldes: dit navn]",
        "and": "og",
        "months": "januar februar marts april maj juni juli august september oktober "
        "november december",
        "weekdays": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
        "date": "{weekday} den {day}. {month}",
        "gap_marker": "[udfyldes",
    },
}


class NoDecisionError(DomainError):
    """The debrief has no decision yet, so there is nothing to tell the candidate."""


@dataclass(frozen=True)
class Assessment:
    """The rated criteria split by the composer's rule, most important first."""

    unmet: list[tuple[Criterion, str]]
    met: list[tuple[Criterion, str]]


def phrases(language: Language | str) -> dict[str, str]:
    """The phrases for ``language``, with English filling anything not yet translated."""
    english = PHRASES["en"]
    own = PHRASES.get(str(language), {})
    return {key: own.get(key, text) for key, text in english.items()}


def assess(meeting: Meeting) -> Assessment:
    """Ranked criteria with a rating, split into not met (1-2) and met (3-4),
    each with its evidence line; unrated criteria are left out."""
    unmet: list[tuple[Criterion, str]] = []
    met: list[tuple[Criterion, str]] = []
    for criterion in meeting.ranked_criteria:
        rating = meeting.debrief.rating_for(criterion.id)
        if rating is None or rating.rating is None:
            continue
        target = met if rating.rating >= rules.FEEDBACK_MET_RATING else unmet
        target.append((criterion, rating.evidence))
    return Assessment(unmet=unmet, met=met)


def draft_feedback(meeting: Meeting) -> str:
    """The answer to the candidate for the debrief's decision, in the meeting's language.

    Built only from what may reach the candidate: the role, the ranked criteria,
    their ratings and evidence lines. Internal notes (the candidate notes, block
    notes, what resonated, the reasons) never appear. Gaps the debrief cannot
    fill are marked "[to fill in: ...]". Raises NoDecisionError without a decision.
    """
    decision = meeting.debrief.decision
    if decision is None:
        raise NoDecisionError("there is no decision yet: record one in the debrief first")
    words = phrases(meeting.language)
    found = assess(meeting)
    body = {
        Decision.REJECT: _reject,
        Decision.ADVANCE: _advance,
        Decision.OFFER: _offer,
        Decision.HOLD: _hold,
    }[decision](meeting, found, words)
    paragraphs = [_greeting(meeting, words), _thanks(meeting, words), *body]
    paragraphs.append(_signature(meeting, words))
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def has_gaps(text: str, language: Language | str = Language.EN) -> bool:
    """Whether a draft still has a "[to fill in: ...]" gap left in it."""
    return phrases(language)["gap_marker"] in text


def manager_name(meeting: Meeting) -> tuple[str, str]:
    """The name and title the answer is signed with: the hiring manager's, if named."""
    named = [p for p in meeting.participants if p.name.strip()]
    manager = next((p for p in named if p.part == Part.MANAGER), None)
    if manager is None:
        return "", ""
    return manager.name.strip(), manager.title.strip()


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else ""


def date_text(day: date, language: Language | str = Language.EN) -> str:
    """A date as people write it in a letter: "Monday 23 November"."""
    words = phrases(language)
    return words["date"].format(
        weekday=words["weekdays"].split()[day.weekday()],
        day=day.day,
        month=words["months"].split()[day.month - 1],
    )


# -- the parts of a draft ---------------------------------------------------------------
def _greeting(meeting: Meeting, words: dict[str, str]) -> str:
    name = first_name(meeting.candidate.name)
    return words["greeting"].format(name=name) if name else words["greeting_no_name"]


def _thanks(meeting: Meeting, words: dict[str, str]) -> str:
    role = meeting.role.title.strip() or meeting.title.strip() or words["role_fallback"]
    key = "thanks" if meeting.case.is_empty else "thanks_case"
    return words[key].format(date=date_text(meeting.start.date(), meeting.language), role=role)


def _reject(meeting: Meeting, found: Assessment, words: dict[str, str]) -> list[str]:
    reasons = found.unmet[: rules.FEEDBACK_REASONS_MAX]
    if not reasons:
        reason = words["reason_gap"]
    else:
        top = meeting.ranked_criteria[0]
        lines = []
        for index, (criterion, evidence) in enumerate(reasons):
            if index == 0:
                key = "reason_top" if criterion.id == top.id else "reason_first"
            else:
                key = "reason_more"
            lines.append(words[key].format(name=_name(criterion), about=_about(criterion, words)))
            quote = _quote(evidence)
            if quote and index == 0:
                lines.append(words["quote"].format(text=quote))
        reason = " ".join(lines)
    strengths = _strengths(found, words, words["strengths_intro"], gap=False)
    return [
        f"{words['reject_intro']} {reason}",
        strengths,
        words["reject_door"],
        words["invite_reject"],
    ]


def _advance(meeting: Meeting, found: Assessment, words: dict[str, str]) -> list[str]:
    parts = [words["advance_intro"], _strengths(found, words, words["strengths_intro_good"])]
    explore = [_name(c) for c, _ in found.unmet[: rules.FEEDBACK_REASONS_MAX]]
    if explore:
        parts.append(words["advance_explore"].format(names=_joined(explore, words)))
    parts += [words["advance_next"].format(date=_due(meeting)), words["invite"]]
    return parts


def _offer(meeting: Meeting, found: Assessment, words: dict[str, str]) -> list[str]:
    return [
        words["offer_intro"],
        _strengths(found, words, words["strengths_intro_good"]),
        words["offer_next"].format(date=_due(meeting)),
        words["invite"],
    ]


def _hold(meeting: Meeting, found: Assessment, words: dict[str, str]) -> list[str]:
    return [
        words["hold_intro"],
        _strengths(found, words, words["strengths_intro_hold"], gap=False),
        words["hold_next"].format(date=_due(meeting)),
        words["invite"],
    ]


def _strengths(found: Assessment, words: dict[str, str], intro: str, *, gap: bool = True) -> str:
    """The met criteria as a short list, each with its evidence where the panel noted one."""
    shown = found.met[: rules.FEEDBACK_STRENGTHS_MAX]
    if not shown:
        return f"{intro}\n{words['strengths_gap']}" if gap else ""
    lines = [intro]
    for criterion, evidence in shown:
        quote = _quote(evidence)
        key = "strength_line_evidence" if quote else "strength_line"
        lines.append(words[key].format(name=_name(criterion), text=quote))
    return "\n".join(lines)


def _signature(meeting: Meeting, words: dict[str, str]) -> str:
    name, title = manager_name(meeting)
    lines = [words["closing"], name or words["signature_gap"]]
    if name and title:
        lines.append(title)
    return "\n".join(lines)


def _due(meeting: Meeting) -> str:
    return date_text(meeting.decision_due.date(), meeting.language)


def _name(criterion: Criterion) -> str:
    return " ".join(criterion.name.split()) or "?"


def _about(criterion: Criterion, words: dict[str, str]) -> str:
    """What the criterion asks for, from its description, lower-cased to sit mid-sentence."""
    text = " ".join(criterion.description.split()).rstrip(".;: ")
    if not text:
        return ""
    # "Finds the cause" reads "finds the cause" mid-sentence; "SQL tuning" keeps its case.
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        text = text[0].lower() + text[1:]
    return words["about"].format(text=text)


def _quote(evidence: str) -> str:
    """The first line of an evidence note, shortened: enough to be concrete, not a transcript."""
    line = next((ln.strip() for ln in evidence.splitlines() if ln.strip()), "")
    line = " ".join(line.split()).rstrip(".;: ")
    if len(line) > rules.FEEDBACK_QUOTE_MAX:
        cut = line[: rules.FEEDBACK_QUOTE_MAX].rsplit(" ", 1)[0]
        line = cut.rstrip(".,;: ") + "…"
    return line


def _joined(items: list[str], words: dict[str, str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {words['and']} {items[-1]}"
