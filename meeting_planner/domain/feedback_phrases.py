"""Every sentence of a feedback letter, by language.

A missing language or phrase falls back to English. Swedish and Danish are written
for their readers, not word for word. Gaps the manager must fill are template
placeholders (short text in square brackets, see ``placeholders``): a letter that
still holds one cannot be marked as sent.
"""

from __future__ import annotations

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
        "reason_gap": "[to fill in: the main reason, tied to the most important criterion "
        "that was not met]",
        "shared_gap": "[to fill in: one concrete sentence to the candidate about {name}]",
        "strengths_intro": "We also saw real strengths:",
        "strengths_intro_good": "What convinced us:",
        "strengths_intro_hold": "What stood out for us so far:",
        "strength_named": "You showed real strength in {name}{about}.",
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
        "reason_gap": "[att fylla i: huvudskälet, kopplat till det viktigaste kriteriet som "
        "inte uppfylldes]",
        "shared_gap": "[att fylla i: en konkret mening till kandidaten om {name}]",
        "strengths_intro": "Vi såg också tydliga styrkor:",
        "strengths_intro_good": "Det här övertygade oss:",
        "strengths_intro_hold": "Det här har vi fastnat för hittills:",
        "strength_named": "Du visade tydlig styrka inom {name}{about}.",
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
        "reason_gap": "[udfyldes: hovedårsagen, knyttet til det vigtigste kriterium, der "
        "ikke blev opfyldt]",
        "shared_gap": "[udfyldes: én konkret sætning til kandidaten om {name}]",
        "strengths_intro": "Vi så også klare styrker:",
        "strengths_intro_good": "Det her overbeviste os:",
        "strengths_intro_hold": "Det har vi især lagt mærke til indtil videre:",
        "strength_named": "Du viste en tydelig styrke inden for {name}{about}.",
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
    },
}
