<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccessExport</name>
    <message>
        <source>Export everything about this candidate</source>
        <translation>Exportera allt om den här kandidaten</translation>
    </message>
    <message>
        <source>Export not written</source>
        <translation>Exporten skrevs inte</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exportera personuppgifter</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;JSON data (*.json)</source>
        <translation>PDF-dokument (*.pdf);;JSON-data (*.json)</translation>
    </message>
    <message>
        <source>Select a meeting first: the export covers its candidate.</source>
        <translation>Välj ett möte först: exporten gäller dess kandidat.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote everything stored about {0} (%n meetings) to {1}</source>
        <translation>
            <numerusform>Skrev allt som sparats om {0} (%n möte) till {1}</numerusform>
            <numerusform>Skrev allt som sparats om {0} (%n möten) till {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>kandidaten</translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <source>Add case {0}</source>
        <translation>Lägg till caset {0}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Lägg till block</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Lägg till ett block</translation>
    </message>
    <message>
        <source>Add the block picked in the palette after the selected one</source>
        <translation>Lägg till blocket som valts i paletten efter det markerade</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda actions</source>
        <translation>Åtgärder för agendan</translation>
    </message>
    <message>
        <source>Agenda blocks</source>
        <translation>Agendablock</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move the selected block earlier</source>
        <translation>Flytta det markerade blocket tidigare</translation>
    </message>
    <message>
        <source>Move the selected block later</source>
        <translation>Flytta det markerade blocket senare</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Nytt block</translation>
    </message>
    <message>
        <source>Open the selected block&apos;s review comments in the Comments tab</source>
        <translation>Öppna det markerade blockets granskningskommentarer i fliken Kommentarer</translation>
    </message>
    <message>
        <source>Remove the selected block</source>
        <translation>Ta bort det markerade blocket</translation>
    </message>
    <message>
        <source>Show &amp;comments</source>
        <translation>Visa &amp;kommentarer</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>AgendaItemDelegate</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(inget ämne)</translation>
    </message>
    <message>
        <source>Block title</source>
        <translation>Blockets titel</translation>
    </message>
    <message>
        <source>Kind of block</source>
        <translation>Typ av block</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Pitch topic</source>
        <translation>Pitchens ämne</translation>
    </message>
    <message>
        <source>Who leads this block</source>
        <translation>Vem som leder blocket</translation>
    </message>
</context>
<context>
    <name>AgendaLabels</name>
    <message>
        <source>Assess</source>
        <translation>Bedöma</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Code quality</source>
        <translation>Kodkvalitet</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samarbete</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Culture and values</source>
        <translation>Kultur och värderingar</translation>
    </message>
    <message>
        <source>Data literacy</source>
        <translation>Datakunnighet</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibilitet</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Ram</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lärande</translation>
    </message>
    <message>
        <source>Meet the team</source>
        <translation>Träffa teamet</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ägarskap</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Problem solving</source>
        <translation>Problemlösning</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Salary and benefits</source>
        <translation>Lön och förmåner</translation>
    </message>
    <message>
        <source>Security mindset</source>
        <translation>Säkerhetstänk</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>Systemdesign</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tech stack</source>
        <translation>Teknikstack</translation>
    </message>
    <message>
        <source>Their questions</source>
        <translation>Deras frågor</translation>
    </message>
    <message>
        <source>User focus</source>
        <translation>Användarfokus</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <source>Work-life balance</source>
        <translation>Balans mellan arbete och fritid</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Click the bubble to open the Comments tab.</source>
        <translation>Klicka på pratbubblan för att öppna fliken Kommentarer.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Move blocks</source>
        <translation>Flytta block</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Pick what this pitch is about; the coach matches it to the candidate.</source>
        <translation>Välj vad den här pitchen handlar om; coachen matchar den mot kandidaten.</translation>
    </message>
    <message>
        <source>Pitch topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>{0}–{1}</source>
        <translation>{0}–{1}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Meetings cannot be opened</source>
        <translation>Mötena kan inte öppnas</translation>
    </message>
</context>
<context>
    <name>BalanceBar</name>
    <message>
        <source>Agenda {0} min of {1} min planned</source>
        <translation>Agenda {0} min av {1} min planerat</translation>
    </message>
    <message>
        <source>Balance of the meeting</source>
        <translation>Mötets balans</translation>
    </message>
    <message>
        <source>No blocks yet</source>
        <translation>Inga block än</translation>
    </message>
    <message>
        <source>No blocks yet: add blocks to see the balance.</source>
        <translation>Inga block än: lägg till block för att se balansen.</translation>
    </message>
    <message>
        <source>Selling (pitch, and team time a future colleague leads): {0} %</source>
        <translation>Säljande tid (presentation, och teamtid som en blivande kollega leder): {0} %</translation>
    </message>
    <message>
        <source>Target for selling: {0}–{1} %</source>
        <translation>Mål för säljandel: {0}–{1} %</translation>
    </message>
    <message>
        <source>selling {0} %, target {1}–{2} %</source>
        <translation>sälj {0} %, mål {1}–{2} %</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>{0} (not selling)</source>
        <translation>{0} (inte sälj)</translation>
    </message>
    <message>
        <source>{0} (not selling: no future colleague leads it)</source>
        <translation>{0} (inte sälj: ingen blivande kollega leder det)</translation>
    </message>
    <message>
        <source>{0} of {1} min planned</source>
        <translation>{0} av {1} min planerat</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0} {1} %</source>
        <translation>{0} {1} %</translation>
    </message>
    <message>
        <source>{0} {1} min</source>
        <translation>{0} {1} min</translation>
    </message>
    <message>
        <source>{0}/{1} min</source>
        <translation>{0}/{1} min</translation>
    </message>
    <message>
        <source>{0}: {1} min ({2} %)</source>
        <translation>{0}: {1} min ({2} %)</translation>
    </message>
</context>
<context>
    <name>BlockComments</name>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Review comments on this block</source>
        <translation>Granskningskommentarer om det här blocket</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Comments tab</source>
        <translation>
            <numerusform>och %n till i fliken Kommentarer</numerusform>
            <numerusform>och %n till i fliken Kommentarer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockDetails</name>
    <message>
        <source>&amp;Internal notes</source>
        <translation>&amp;Interna anteckningar</translation>
    </message>
    <message>
        <source>&amp;Talking points (one per line)</source>
        <translation>&amp;Samtalspunkter (en per rad)</translation>
    </message>
    <message>
        <source>A fact in braces is said from the Role and the Offer: {0}. Meeting mode and the brief show its current value.</source>
        <translation>En uppgift inom klammerparenteser hämtas från Roll och Erbjudande: {0}. Mötesläget och underlaget visar dess aktuella värde.</translation>
    </message>
    <message>
        <source>Details of “{0}”</source>
        <translation>Detaljer för ”{0}”</translation>
    </message>
    <message>
        <source>Internal notes, never shown to the candidate</source>
        <translation>Interna anteckningar, visas aldrig för kandidaten</translation>
    </message>
    <message>
        <source>Internal: never shown to the candidate</source>
        <translation>Internt: visas aldrig för kandidaten</translation>
    </message>
    <message>
        <source>Reminders for the interviewers only.</source>
        <translation>Påminnelser endast för intervjuarna.</translation>
    </message>
    <message>
        <source>Select a block to see its talking points.</source>
        <translation>Välj ett block för att se dess samtalspunkter.</translation>
    </message>
    <message>
        <source>Talking points, one per line</source>
        <translation>Samtalspunkter, en per rad</translation>
    </message>
    <message>
        <source>What to say or ask in this block, one point per line.</source>
        <translation>Vad som ska sägas eller frågas i blocket, en punkt per rad.</translation>
    </message>
</context>
<context>
    <name>BlockPalette</name>
    <message>
        <source>Add a block</source>
        <translation>Lägg till ett block</translation>
    </message>
    <message>
        <source>Blocks to add</source>
        <translation>Block att lägga till</translation>
    </message>
    <message>
        <source>Case ideas</source>
        <translation>Caseidéer</translation>
    </message>
    <message>
        <source>Case ideas fill in the case task</source>
        <translation>Caseidéer fyller i caseuppgiften</translation>
    </message>
    <message>
        <source>Case: {0}</source>
        <translation>Case: {0}</translation>
    </message>
    <message>
        <source>Dialogue: {0}</source>
        <translation>Samtal: {0}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to add after the selected block.</source>
        <translation>Dubbelklicka eller tryck Enter för att lägga till efter det markerade blocket.</translation>
    </message>
    <message>
        <source>Fills in the case task (brief, preparation, what to observe) from the idea.</source>
        <translation>Fyller i caseuppgiften (underlag, förberedelse, vad som ska iakttas) från idén.</translation>
    </message>
    <message>
        <source>Meet the team</source>
        <translation>Träffa teamet</translation>
    </message>
    <message>
        <source>Next steps and timeline</source>
        <translation>Nästa steg och tidsplan</translation>
    </message>
    <message>
        <source>Open and close</source>
        <translation>Öppning och avslut</translation>
    </message>
    <message>
        <source>Pitch: {0}</source>
        <translation>Pitch: {0}</translation>
    </message>
    <message>
        <source>Sell the role</source>
        <translation>Sälj in rollen</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Kort paus</translation>
    </message>
    <message>
        <source>The candidate&apos;s questions</source>
        <translation>Kandidatens frågor</translation>
    </message>
    <message>
        <source>Two-way dialogue</source>
        <translation>Samtal åt båda håll</translation>
    </message>
    <message>
        <source>Use a case idea as the meeting&apos;s case task</source>
        <translation>Använd en caseidé som mötets caseuppgift</translation>
    </message>
    <message>
        <source>Watch for:
{0}</source>
        <translation>Håll utkik efter:
{0}</translation>
    </message>
    <message>
        <source>Welcome and the plan for today</source>
        <translation>Välkomnande och dagens plan</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Motivations:</source>
        <translation>&amp;Drivkrafter:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Current &amp;title:</source>
        <translation>N&amp;uvarande titel:</translation>
    </message>
    <message>
        <source>For the panel only</source>
        <translation>Endast för panelen</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>What they look for in their next job, one per line.
The coach checks that the pitch answers each one.</source>
        <translation>Vad de söker i nästa jobb, en per rad.
Coachen kontrollerar att pitchen svarar på var och en.</translation>
    </message>
    <message>
        <source>e.g. Senior developer at a bank</source>
        <translation>t.ex. Senior utvecklare på en bank</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Brief:</source>
        <translation>&amp;Underlag:</translation>
    </message>
    <message>
        <source>&amp;Fill from idea</source>
        <translation>&amp;Fyll i från idé</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idé:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <source>&amp;Observe:</source>
        <translation>I&amp;aktta:</translation>
    </message>
    <message>
        <source>&amp;Prepare:</source>
        <translation>F&amp;örbered:</translation>
    </message>
    <message>
        <source>&amp;Real work:</source>
        <translation>&amp;Verkligt arbete:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>A small taste of the real work raises the candidate&apos;s interest. Start from an idea in the library and adapt it, or write your own below.</source>
        <translation>En liten smakprov på det verkliga arbetet ökar kandidatens intresse. Utgå från en idé i biblioteket och anpassa den, eller skriv din egen nedan.</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Case idea from the library</source>
        <translation>Caseidé från biblioteket</translation>
    </message>
    <message>
        <source>Data science</source>
        <translation>Datavetenskap</translation>
    </message>
    <message>
        <source>Fill the case from the chosen idea</source>
        <translation>Fyll i caset från den valda idén</translation>
    </message>
    <message>
        <source>Fill the case from “{0}”</source>
        <translation>Fyll i caset från ”{0}”</translation>
    </message>
    <message>
        <source>Frontend</source>
        <translation>Frontend</translation>
    </message>
    <message>
        <source>How the case connects to the work the person would really do</source>
        <translation>Hur caset hänger ihop med det arbete personen faktiskt skulle göra</translation>
    </message>
    <message>
        <source>IT security</source>
        <translation>IT-säkerhet</translation>
    </message>
    <message>
        <source>Mi&amp;nutes:</source>
        <translation>Mi&amp;nuter:</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>En per rad</translation>
    </message>
    <message>
        <source>Replaces the case below with the idea; Undo brings your case back.</source>
        <translation>Ersätter caset nedan med idén; Ångra tar tillbaka ditt case.</translation>
    </message>
    <message>
        <source>Start from a library idea</source>
        <translation>Utgå från en idé i biblioteket</translation>
    </message>
    <message>
        <source>The task as the candidate hears it</source>
        <translation>Uppgiften som kandidaten hör den</translation>
    </message>
    <message>
        <source>UX design</source>
        <translation>UX-design</translation>
    </message>
    <message>
        <source>What the panel gets ready before the meeting</source>
        <translation>Vad panelen förbereder före mötet</translation>
    </message>
    <message>
        <source>What the panel watches for, one per line</source>
        <translation>Vad panelen håller utkik efter, en per rad</translation>
    </message>
    <message>
        <source>{0}: {1} ({2} min)</source>
        <translation>{0}: {1} ({2} min)</translation>
    </message>
</context>
<context>
    <name>ClashNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öppna det</translation>
    </message>
    <message>
        <source>Open the other meeting</source>
        <translation>Öppna det andra mötet</translation>
    </message>
    <message>
        <source>This meeting overlaps {0}&apos;s meeting at {1}, where {2} also take part.</source>
        <translation>Mötet krockar med mötet med {0} {1}, där även {2} är med.</translation>
    </message>
    <message>
        <source>This meeting overlaps {0}&apos;s meeting at {1}, where {2} also takes part.</source>
        <translation>Mötet krockar med mötet med {0} {1}, där även {2} är med.</translation>
    </message>
    <message>
        <source>another candidate</source>
        <translation>en annan kandidat</translation>
    </message>
    <message>
        <source>{0} more meetings overlap too.</source>
        <translation>{0} möten till krockar också.</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <source>&amp;Findings (double-click to go there)</source>
        <translation>&amp;Iakttagelser (dubbelklicka för att gå dit)</translation>
    </message>
    <message>
        <source>A good plan; the hints below could polish it.</source>
        <translation>En bra plan; tipsen nedan kan putsa den.</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Coach findings</source>
        <translation>Coachens iakttagelser</translation>
    </message>
    <message>
        <source>Coach score</source>
        <translation>Coachpoäng</translation>
    </message>
    <message>
        <source>Needs work before the meeting</source>
        <translation>Behöver arbete före mötet</translation>
    </message>
    <message>
        <source>Not ready: fix the problems first</source>
        <translation>Inte redo: åtgärda problemen först</translation>
    </message>
    <message>
        <source>Problems to fix before the meeting: {0}</source>
        <translation>Problem att åtgärda före mötet: {0}</translation>
    </message>
    <message>
        <source>Ready for the candidate</source>
        <translation>Redo för kandidaten</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters.</source>
        <translation>Välj en iakttagelse för att se varför den spelar roll.</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Källa: {0}</translation>
    </message>
    <message>
        <source>Warnings worth a look: {0}</source>
        <translation>Varningar värda en titt: {0}</translation>
    </message>
    <message>
        <source>Well balanced: nothing to fix.</source>
        <translation>Väl balanserat: inget att åtgärda.</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Varför det spelar roll</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>Varför: {0}</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add block {0}</source>
        <translation>Lägg till blocket {0}</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Lägg till kommentar</translation>
    </message>
    <message>
        <source>Add criterion {0}</source>
        <translation>Lägg till kriteriet {0}</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <source>Change concern</source>
        <translation>Ändra farhåga</translation>
    </message>
    <message>
        <source>Change decision</source>
        <translation>Ändra beslut</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Ändra {0}</translation>
    </message>
    <message>
        <source>Edit block {0}</source>
        <translation>Redigera blocket {0}</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Redigera kriterium</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Redigera deltagare</translation>
    </message>
    <message>
        <source>Fill the case</source>
        <translation>Fyll i caset</translation>
    </message>
    <message>
        <source>Mark feedback as sent</source>
        <translation>Markera återkopplingen som skickad</translation>
    </message>
    <message>
        <source>Move block {0}</source>
        <translation>Flytta blocket {0}</translation>
    </message>
    <message>
        <source>Rank criteria</source>
        <translation>Rangordna kriterier</translation>
    </message>
    <message>
        <source>Rate criterion</source>
        <translation>Bedöm kriterium</translation>
    </message>
    <message>
        <source>Remove block {0}</source>
        <translation>Ta bort blocket {0}</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Ta bort kriterium</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Öppna kommentaren igen</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Markera kommentaren som löst</translation>
    </message>
</context>
<context>
    <name>CommentMarks</name>
    <message numerus="yes">
        <source>%n open review comments</source>
        <translation>
            <numerusform>%n öppen granskningskommentar</numerusform>
            <numerusform>%n öppna granskningskommentarer</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the Comments tab.</source>
        <translation>Klicka för att öppna fliken Kommentarer.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n open review comments</source>
        <translation>
            <numerusform>{0}: %n öppen granskningskommentar</numerusform>
            <numerusform>{0}: %n öppna granskningskommentarer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <source> (resolved)</source>
        <translation> (löst)</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>&amp;Lägg till kommentar</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Löst</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Om:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Öppna i&amp;gen</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Granskningskommentarer</translation>
    </message>
    <message>
        <source>What should change, or what you want to ask</source>
        <translation>Vad som bör ändras, eller vad du vill fråga</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation>Vad kommentaren gäller</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Deadlines promised to candidates skip weekends and the public holidays of the employer&apos;s country. Which country? (Asked once: it is kept in the employer profile, where you can change it.)</source>
        <translation>Tidsgränser som lovas kandidater hoppar över helger och arbetsgivarlandets helgdagar. Vilket land gäller? (Frågan ställs en gång: svaret sparas i arbetsgivarprofilen, där du kan ändra det.)</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Tyskland</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederländerna</translation>
    </message>
    <message>
        <source>None: weekends only</source>
        <translation>Inget: bara helger</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Storbritannien</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>Where is the employer?</source>
        <translation>Var finns arbetsgivaren?</translation>
    </message>
</context>
<context>
    <name>CriteriaForm</name>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Lägg till kriterium</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Lägg till ett kriterium</translation>
    </message>
    <message>
        <source>Ask about working together, and share your own example too:</source>
        <translation>Fråga om samarbete, och dela gärna ett eget exempel också:</translation>
    </message>
    <message>
        <source>Dialogue questions for the selected criterion</source>
        <translation>Samtalsfrågor för det valda kriteriet</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nytt kriterium</translation>
    </message>
    <message>
        <source>Questions for a two-way dialogue</source>
        <translation>Frågor för ett samtal åt båda håll</translation>
    </message>
    <message>
        <source>Rank the criterion higher</source>
        <translation>Flytta upp kriteriet</translation>
    </message>
    <message>
        <source>Rank the criterion lower</source>
        <translation>Flytta ned kriteriet</translation>
    </message>
    <message>
        <source>Rank what matters most first. The ranking drives the debrief form and the feedback to the candidate; more than {0} criteria dilute both.</source>
        <translation>Rangordna det viktigaste först. Rangordningen styr utvärderingsformuläret och återkopplingen till kandidaten; fler än {0} kriterier urvattnar båda.</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Ta bort kriterium</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>Ta bort det markerade kriteriet</translation>
    </message>
    <message>
        <source>Select a criterion to see questions that fit it.</source>
        <translation>Välj ett kriterium för att se frågor som passar.</translation>
    </message>
    <message>
        <source>Selection criteria</source>
        <translation>Urvalskriterier</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>Visa kommentarer</translation>
    </message>
    <message>
        <source>The library has no questions for “{0}” yet.</source>
        <translation>Biblioteket har inga frågor för ”{0}” än.</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Click the bubble to open the Comments tab.</source>
        <translation>Klicka på pratbubblan för att öppna fliken Kommentarer.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Good evidence looks like</source>
        <translation>Bra belägg ser ut så här</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Vad det betyder</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Not changed: {0}.</source>
        <translation>Inte ändrat: {0}.</translation>
    </message>
    <message>
        <source>Not read: {0}.</source>
        <translation>Kunde inte läsas: {0}.</translation>
    </message>
    <message>
        <source>Pick the day from a calendar</source>
        <translation>Välj dagen i en kalender</translation>
    </message>
    <message>
        <source>Type a date and time as you would write it, in English, Swedish or Danish, or as 2026-12-09 13:00; or pick the day from the calendar.</source>
        <translation>Skriv datum och tid som du brukar, på svenska, danska eller engelska, eller som 2026-12-09 13:00; eller välj dagen i kalendern.</translation>
    </message>
    <message>
        <source>e.g. 9 Dec 2026 13:00</source>
        <translation>t.ex. 9 dec. 2026 13.00</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <source>Compose &amp;feedback…</source>
        <translation>Skriv &amp;återkoppling…</translation>
    </message>
    <message>
        <source>De&amp;brief…</source>
        <translation>&amp;Utvärdering…</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Rate the criteria, note concerns and record the decision</source>
        <translation>Bedöm kriterierna, notera farhågor och registrera beslutet</translation>
    </message>
    <message>
        <source>Write the reasoned answer to the candidate</source>
        <translation>Skriv det motiverade svaret till kandidaten</translation>
    </message>
</context>
<context>
    <name>DebriefTab</name>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>&amp;Import filled debrief form…</source>
        <translation>&amp;Importera ifyllt utvärderingsformulär…</translation>
    </message>
    <message>
        <source>1 cool</source>
        <translation>1 sval</translation>
    </message>
    <message>
        <source>5 keen</source>
        <translation>5 ivrig</translation>
    </message>
    <message>
        <source>Advance to the next step</source>
        <translation>Gå vidare till nästa steg</translation>
    </message>
    <message>
        <source>Competing &amp;offers:</source>
        <translation>Konkurrerande &amp;erbjudanden:</translation>
    </message>
    <message>
        <source>Compose &amp;feedback…</source>
        <translation>Skriv &amp;återkoppling…</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>Farhågor:</translation>
    </message>
    <message>
        <source>Criteria, most important first</source>
        <translation>Kriterier, viktigast först</translation>
    </message>
    <message>
        <source>Culture or values</source>
        <translation>Kultur eller värderingar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decision &amp;notes:</source>
        <translation>Anteckningar om &amp;beslutet:</translation>
    </message>
    <message>
        <source>Decision: {0}. Status: {1}.</source>
        <translation>Beslut: {0}. Status: {1}.</translation>
    </message>
    <message>
        <source>Fill this in with the panel straight after the meeting, or import the filled debrief form. Recording a decision marks the meeting debriefed.</source>
        <translation>Fyll i detta med panelen direkt efter mötet, eller importera det ifyllda utvärderingsformuläret. När ett beslut registreras markeras mötet som utvärderat.</translation>
    </message>
    <message>
        <source>Flexibility, remote work</source>
        <translation>Flexibilitet, distansarbete</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vänta</translation>
    </message>
    <message>
        <source>Import filled debrief form</source>
        <translation>Importera ifyllt utvärderingsformulär</translation>
    </message>
    <message>
        <source>Later role</source>
        <translation>Senare roll</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>Lärande och utveckling</translation>
    </message>
    <message>
        <source>Make an offer</source>
        <translation>Lämna ett erbjudande</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Inget beslut än.</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Inte beslutat</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Inte noterat</translation>
    </message>
    <message>
        <source>Only when you mean it: a no then ends by offering to keep in touch.</source>
        <translation>Bara om ni menar det: ett nej avslutas då med ett erbjudande om att hålla kontakten.</translation>
    </message>
    <message>
        <source>Other offers or processes they mentioned</source>
        <translation>Andra erbjudanden eller processer de nämnde</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf)</source>
        <translation>PDF-formulär (*.pdf)</translation>
    </message>
    <message>
        <source>Pay or the offer</source>
        <translation>Lönen eller erbjudandet</translation>
    </message>
    <message>
        <source>Reason to &amp;give:</source>
        <translation>Skäl att &amp;ge:</translation>
    </message>
    <message>
        <source>Say no</source>
        <translation>Säga nej</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Något annat</translation>
    </message>
    <message>
        <source>The candidate</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>The panel&apos;s own notes on the decision, for the team</source>
        <translation>Panelens egna anteckningar om beslutet, för teamet</translation>
    </message>
    <message>
        <source>The process is slow</source>
        <translation>Processen är långsam</translation>
    </message>
    <message>
        <source>The reason as the candidate will read it, tied to a criterion above: “For this role we need…, and in the case we saw…”</source>
        <translation>Skälet så som kandidaten kommer att läsa det, kopplat till ett kriterium ovan: ”Till den här tjänsten behöver vi…, och i caset såg vi…”</translation>
    </message>
    <message>
        <source>The role felt unclear</source>
        <translation>Rollen kändes otydlig</translation>
    </message>
    <message>
        <source>Their &amp;interest:</source>
        <translation>Deras &amp;intresse:</translation>
    </message>
    <message>
        <source>Their &amp;timeline:</source>
        <translation>Deras &amp;tidsplan:</translation>
    </message>
    <message>
        <source>They could fit a &amp;later role: offer to keep in touch</source>
        <translation>Kan passa en &amp;senare roll: erbjud att hålla kontakten</translation>
    </message>
    <message>
        <source>What &amp;resonated:</source>
        <translation>&amp;Vad som tilltalade:</translation>
    </message>
    <message>
        <source>What they reacted to with interest: the case, the team, the offer</source>
        <translation>Vad de reagerade på med intresse: caset, teamet, erbjudandet</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Vad de sa</translation>
    </message>
    <message>
        <source>When they must decide, e.g. an offer elsewhere in two weeks</source>
        <translation>När de måste bestämma sig, t.ex. ett erbjudande på annat håll om två veckor</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutat</translation>
    </message>
    <message>
        <source>debriefed</source>
        <translation>utvärderat</translation>
    </message>
    <message>
        <source>feedback sent</source>
        <translation>återkoppling skickad</translation>
    </message>
    <message>
        <source>held</source>
        <translation>genomfört</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planerat</translation>
    </message>
    <message>
        <source>{0}: what they said</source>
        <translation>{0}: vad de sa</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Candidate&apos;s agenda</source>
        <translation>Kandidatens agenda</translation>
    </message>
    <message>
        <source>Could not make the PDF</source>
        <translation>Kunde inte skapa PDF:en</translation>
    </message>
    <message>
        <source>Debrief form</source>
        <translation>Utvärderingsformulär</translation>
    </message>
    <message>
        <source>Manager&apos;s brief</source>
        <translation>Chefens underlag</translation>
    </message>
    <message>
        <source>The {0} could not be made: {1}</source>
        <translation>{0} kunde inte skapas: {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>DueFeature</name>
    <message>
        <source>&amp;Due follow-ups</source>
        <translation>&amp;Uppföljningar att göra</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Uppföljningar att göra</translation>
    </message>
    <message>
        <source>One follow-up is overdue: see View &gt; Due follow-ups</source>
        <translation>En uppföljning är försenad: se Visa &gt; Uppföljningar att göra</translation>
    </message>
    <message>
        <source>What each candidate is waiting for, overdue first</source>
        <translation>Vad varje kandidat väntar på, försenat först</translation>
    </message>
    <message>
        <source>{0} follow-ups are overdue: see View &gt; Due follow-ups</source>
        <translation>{0} uppföljningar är försenade: se Visa &gt; Uppföljningar att göra</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message numerus="yes">
        <source>%n coming up</source>
        <translation>
            <numerusform>%n kommande</numerusform>
            <numerusform>%n kommande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n klar</numerusform>
            <numerusform>%n klara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n förfaller i dag</numerusform>
            <numerusform>%n förfaller i dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Debriefed</source>
        <translation>Utvärderat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Uppföljningar att göra</translation>
    </message>
    <message>
        <source>Due in {0}</source>
        <translation>Förfaller om {0}</translation>
    </message>
    <message>
        <source>Due today, in {0}</source>
        <translation>Förfaller i dag, om {0}</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>Återkoppling skickad</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>No meeting has taken place yet.</source>
        <translation>Inget möte har hållits än.</translation>
    </message>
    <message>
        <source>Nothing here with this choice.</source>
        <translation>Inget här med det här valet.</translation>
    </message>
    <message>
        <source>Once a meeting has taken place, the answer each candidate is waiting for and your decision are listed here, with their deadlines.</source>
        <translation>När ett möte har hållits listas här svaret varje kandidat väntar på och ditt beslut, med tidsgränser.</translation>
    </message>
    <message>
        <source>Overdue and due today</source>
        <translation>Försenade och förfaller i dag</translation>
    </message>
    <message>
        <source>Overdue by {0}</source>
        <translation>Försenad med {0}</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Endast försenade</translation>
    </message>
    <message>
        <source>Planned (not marked held)</source>
        <translation>Planerat (inte markerat som genomfört)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Sent {0}.</source>
        <translation>Skickad {0}.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>The answer to {0} is due {1}.</source>
        <translation>Svaret till {0} ska vara klart {1}.</translation>
    </message>
    <message>
        <source>The decision on {0} is due {1}.</source>
        <translation>Beslutet om {0} ska fattas senast {1}.</translation>
    </message>
    <message>
        <source>The meeting is past but not marked held.</source>
        <translation>Mötet har passerat men är inte markerat som genomfört.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>FeedbackComposer</name>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopiera till urklipp</translation>
    </message>
    <message>
        <source>&amp;Email to candidate…</source>
        <translation>&amp;E-posta till kandidaten…</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Markera som skickad</translation>
    </message>
    <message>
        <source>&amp;Regenerate draft</source>
        <translation>&amp;Skapa nytt utkast</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>S&amp;para som text…</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Kopierat till urklipp.</translation>
    </message>
    <message>
        <source>Decision: {0}.</source>
        <translation>Beslut: {0}.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Feedback due {0}, in {1}.</source>
        <translation>Återkoppling senast {0}, om {1}.</translation>
    </message>
    <message>
        <source>Feedback to the candidate</source>
        <translation>Återkoppling till kandidaten</translation>
    </message>
    <message>
        <source>Feedback was due {0}: overdue by {1}.</source>
        <translation>Återkopplingen skulle ha skickats {0}: försenad med {1}.</translation>
    </message>
    <message>
        <source>A draft from the debrief: the lines written for the candidate, the reason you chose and the ranked criteria. It follows the debrief until you edit it. Check it and make it yours before you send it.</source>
        <translation>Ett utkast från utvärderingen: raderna skrivna till kandidaten, skälet du valde och de rangordnade kriterierna. Det följer utvärderingen tills du redigerar det. Läs igenom det och gör det till ditt innan du skickar det.</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Gå till &amp;utvärderingen</translation>
    </message>
    <message>
        <source>It cannot be marked as sent before the meeting has ended ({0}).</source>
        <translation>Det kan inte markeras som skickat innan mötet är slut ({0}).</translation>
    </message>
    <message>
        <source>It cannot be marked as sent while it holds parts in square brackets to fill in, such as {0}.</source>
        <translation>Det kan inte markeras som skickat så länge det har delar inom hakparentes att fylla i, som {0}.</translation>
    </message>
    <message>
        <source>It does not count as feedback with a reason in Insights.</source>
        <translation>Det räknas inte som återkoppling med skäl i Insikter.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Markera som skickad</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Markerad som skickad</translation>
    </message>
    <message>
        <source>No decision yet, so there is nothing to tell the candidate.</source>
        <translation>Inget beslut än, så det finns inget att säga till kandidaten.</translation>
    </message>
    <message>
        <source>Open the letter in your mail program; marked as sent once you say it went</source>
        <translation>Öppna brevet i ditt e-postprogram; markeras som skickat när du säger att det gått iväg</translation>
    </message>
    <message>
        <source>Record a decision on the Debrief tab: the draft is written from it.</source>
        <translation>Registrera ett beslut på fliken Utvärdering: utkastet skrivs utifrån det.</translation>
    </message>
    <message>
        <source>Record that the candidate has had this answer</source>
        <translation>Registrera att kandidaten har fått det här svaret</translation>
    </message>
    <message>
        <source>Regenerate draft</source>
        <translation>Skapa nytt utkast</translation>
    </message>
    <message>
        <source>Replace your text with a new draft from the debrief? Undo brings it back.</source>
        <translation>Ersätta din text med ett nytt utkast från utvärderingen? Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <source>Save feedback as text</source>
        <translation>Spara återkopplingen som text</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Sparat i {0}.</translation>
    </message>
    <message>
        <source>Sent {0}, {1} after the meeting.</source>
        <translation>Skickad {0}, {1} efter mötet.</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textfiler (*.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>That is after the deadline of {0}.</source>
        <translation>Det är efter tidsgränsen {0}.</translation>
    </message>
    <message>
        <source>The reason you chose on the Debrief tab names no criterion: say which one, so the candidate knows what to work on.</source>
        <translation>Skälet du valde på fliken Utvärdering nämner inget kriterium: säg vilket, så att kandidaten vet vad hen kan arbeta med.</translation>
    </message>
    <message>
        <source>The text names no criterion of this meeting: one concrete reason, tied to a criterion, goes a long way.</source>
        <translation>Texten nämner inget av mötets kriterier: ett konkret skäl, kopplat till ett kriterium, gör stor skillnad.</translation>
    </message>
    <message>
        <source>There is no text to send.</source>
        <translation>Det finns ingen text att skicka.</translation>
    </message>
    <message>
        <source>“{0}” tells the candidate nothing: name what was missing, tied to a criterion.</source>
        <translation>”{0}” säger ingenting till kandidaten: nämn vad som saknades, kopplat till ett kriterium.</translation>
    </message>
    <message>
        <source>The feedback could not be saved to {0}: {1}</source>
        <translation>Återkopplingen kunde inte sparas i {0}: {1}</translation>
    </message>
    <message>
        <source>Write the draft again from the debrief</source>
        <translation>Skriv utkastet igen utifrån utvärderingen</translation>
    </message>
    <message>
        <source>Your text. Regenerate draft starts again from the debrief.</source>
        <translation>Din text. Skapa nytt utkast börjar om från utvärderingen.</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} dagar</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Could not export</source>
        <translation>Kunde inte exportera</translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation>Exportera möte</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exportera plan</translation>
    </message>
    <message>
        <source>Import debrief form</source>
        <translation>Importera utvärderingsformulär</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importera möten</translation>
    </message>
    <message>
        <source>Meeting files (*.meeting.json *.json);;All files (*)</source>
        <translation>Mötesfiler (*.meeting.json *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}: {1}</source>
        <translation>Inget importerades från {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing was imported. This file is not valid:

{0}</source>
        <translation>Inget importerades. Filen är inte giltig:

{0}</translation>
    </message>
    <message>
        <source>The debrief now has the form&apos;s answers (Undo takes them back):

{0}</source>
        <translation>Utvärderingen har nu formulärets svar (Ångra tar tillbaka dem):

{0}</translation>
    </message>
    <message>
        <source>The meeting could not be saved to {0}: {1}</source>
        <translation>Mötet kunde inte sparas i {0}: {1}</translation>
    </message>
    <message>
        <source>This meeting is open read-only, so the form cannot be imported.</source>
        <translation>Det här mötet är öppet skrivskyddat, så formuläret kan inte importeras.</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} går inte att läsa: {1}</translation>
    </message>
    <message>
        <source>{0} holds nothing new for this debrief.</source>
        <translation>{0} innehåller inget nytt för den här utvärderingen.</translation>
    </message>
    <message>
        <source>{0} is far too large to be a debrief form.</source>
        <translation>{0} är alldeles för stor för att vara ett utvärderingsformulär.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Internal</source>
        <translation>Internt</translation>
    </message>
    <message>
        <source>Internal: not shared with the candidate</source>
        <translation>Internt: delas inte med kandidaten</translation>
    </message>
    <message>
        <source>Only for you and the panel: never in the candidate&apos;s agenda or a shared plan.</source>
        <translation>Bara för dig och panelen: aldrig i kandidatens agenda eller en delad plan.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Delas</translation>
    </message>
    <message>
        <source>Shared: the candidate reads this</source>
        <translation>Delas: kandidaten läser detta</translation>
    </message>
    <message>
        <source>Written to the candidate: the feedback letter uses it as it stands.</source>
        <translation>Skrivet till kandidaten: återkopplingen använder det som det står.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Also apply the older files (they undo changes made here since)</source>
        <translation>Använd även de äldre filerna (de tar bort ändringar som gjorts här sedan dess)</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Genomför ändringarna</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importera möten</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Inget importerades: {0}</translation>
    </message>
    <message>
        <source>These files are of meetings you already have. Importing them changes those meetings as listed:</source>
        <translation>Filerna gäller möten som du redan har. Om du importerar dem ändras mötena så här:</translation>
    </message>
    <message>
        <source>{0}: a new meeting with {1}</source>
        <translation>{0}: ett nytt möte med {1}</translation>
    </message>
    <message>
        <source>{0}: changes the meeting with {1}:</source>
        <translation>{0}: ändrar mötet med {1}:</translation>
    </message>
    <message>
        <source>{0}: not imported, it is older than your copy of {1} (it would undo changes made since):</source>
        <translation>{0}: importeras inte, den är äldre än din version av {1} (den skulle ta bort ändringar som gjorts sedan dess):</translation>
    </message>
    <message>
        <source>{0}: not imported, the data of {1} was erased</source>
        <translation>{0}: importeras inte, uppgifterna om {1} har raderats</translation>
    </message>
    <message>
        <source>{0}: the template {1}</source>
        <translation>{0}: mallen {1}</translation>
    </message>
    <message>
        <source>{0}: {1} is already up to date</source>
        <translation>{0}: {1} är redan aktuellt</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>&amp;Insights…</source>
        <translation>&amp;Insikter…</translation>
    </message>
    <message>
        <source>Why candidates decline, what worries them, how fast they hear back</source>
        <translation>Varför kandidater tackar nej, vad som oroar dem, hur snabbt de får svar</translation>
    </message>
</context>
<context>
    <name>InsightsWindow</name>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exportera som PDF…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates, {0} of them past the deadline</source>
        <translation>
            <numerusform>%n kandidat, {0} efter tidsgränsen</numerusform>
            <numerusform>%n kandidater, varav {0} efter tidsgränsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings, {0} held. Offers made: {1}; accepted {2}, declined {3}.</source>
        <translation>
            <numerusform>%n möte, varav {0} har hållits. Erbjudanden: {1}; accepterade {2}, nej {3}.</numerusform>
            <numerusform>%n möten, varav {0} har hållits. Erbjudanden: {1}; accepterade {2}, nej {3}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A filled anonymous declined-offer survey: it counts for its role and month, never in one meeting</source>
        <translation>En ifylld anonym enkät om nej till erbjudandet: den räknas för sin tjänst och månad, aldrig i ett enskilt möte</translation>
    </message>
    <message>
        <source>Anonymous survey answers counted: {0}.</source>
        <translation>Anonyma enkätsvar som räknats: {0}.</translation>
    </message>
    <message>
        <source>Average sell share</source>
        <translation>Genomsnittlig säljandel</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valda datum</translation>
    </message>
    <message>
        <source>Concerns candidates raised in meetings</source>
        <translation>Farhågor som kandidater tog upp på möten</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <source>Export insights</source>
        <translation>Exportera insikter</translation>
    </message>
    <message>
        <source>Feedback with a reason</source>
        <translation>Återkoppling med motivering</translation>
    </message>
    <message>
        <source>Feedback within {0} working days</source>
        <translation>Återkoppling inom {0} arbetsdagar</translation>
    </message>
    <message>
        <source>Over {0} working days</source>
        <translation>Över {0} arbetsdagar</translation>
    </message>
    <message>
        <source>Within 1 working day</source>
        <translation>Inom 1 arbetsdag</translation>
    </message>
    <message>
        <source>Within {0} working days</source>
        <translation>Inom {0} arbetsdagar</translation>
    </message>
    <message>
        <source>{0} was imported before: it counts once.</source>
        <translation>{0} har importerats tidigare: den räknas en gång.</translation>
    </message>
    <message>
        <source>{0}–{1} working days</source>
        <translation>{0}–{1} arbetsdagar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Import &amp;anonymous survey…</source>
        <translation>Importera &amp;anonym enkät…</translation>
    </message>
    <message>
        <source>Import anonymous survey</source>
        <translation>Importera anonym enkät</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insikter</translation>
    </message>
    <message>
        <source>Last {0} days</source>
        <translation>Senaste {0} dagarna</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Median time to feedback</source>
        <translation>Mediantid till återkoppling</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Inga uppgifter än</translation>
    </message>
    <message>
        <source>Nobody: every candidate met has heard back</source>
        <translation>Ingen: alla kandidater vi träffat har fått svar</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Inget registrerat under den här perioden.</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}: {1}</source>
        <translation>Inget importerades från {0}: {1}</translation>
    </message>
    <message>
        <source>Outside our control</source>
        <translation>Utanför vår kontroll</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Väntar fortfarande</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {0}: {1}</source>
        <translation>PDF:en kunde inte sparas i {0}: {1}</translation>
    </message>
    <message>
        <source>The period ends before it starts: pick other dates.</source>
        <translation>Perioden slutar innan den börjar: välj andra datum.</translation>
    </message>
    <message>
        <source>Time from meeting to feedback</source>
        <translation>Tid från möte till återkoppling</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>We can act on it</source>
        <translation>Vi kan göra något åt det</translation>
    </message>
    <message>
        <source>Why candidates declined</source>
        <translation>Varför kandidater tackade nej</translation>
    </message>
    <message numerus="yes">
        <source>{0} ({1} of %n candidates who heard back)</source>
        <translation>
            <numerusform>{0} ({1} av %n kandidat som fick svar)</numerusform>
            <numerusform>{0} ({1} av %n kandidater som fick svar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of the %n candidates met</source>
        <translation>
            <numerusform>{0} av den %n kandidat vi träffat</numerusform>
            <numerusform>{0} av de %n kandidater vi träffat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of the %n reasons for saying no are ones we can act on.</source>
        <translation>
            <numerusform>{0} av %n skäl till nej är ett sådant vi kan göra något åt.</numerusform>
            <numerusform>{0} av de %n skälen till nej är sådana vi kan göra något åt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of the agenda over %n held meetings (the coach aims for {1}–{2})</source>
        <translation>
            <numerusform>{0} av agendan över %n genomfört möte (coachen siktar på {1}–{2})</numerusform>
            <numerusform>{0} av agendan över %n genomförda möten (coachen siktar på {1}–{2})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Språk…</translation>
    </message>
    <message>
        <source>Follow the system ({0})</source>
        <translation>Följ systemet ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Show Meeting Planner in:</source>
        <translation>Visa Meeting Planner på:</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Det nya språket används från nästa start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Meeting Planner</source>
        <translation>&amp;Om Meeting Planner</translation>
    </message>
    <message>
        <source>&amp;Debrief form</source>
        <translation>&amp;Utvärderingsformulär</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Export meeting file…</source>
        <translation>&amp;Exportera mötesfil…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Find meeting</source>
        <translation>&amp;Sök möte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Import meeting files…</source>
        <translation>&amp;Importera mötesfiler…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Möte</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt möte…</translation>
    </message>
    <message>
        <source>&amp;Next part of the meeting</source>
        <translation>&amp;Nästa del av mötet</translation>
    </message>
    <message>
        <source>&amp;Previous part of the meeting</source>
        <translation>&amp;Föregående del av mötet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skri&amp;v ut…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Avs&amp;luta</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>A meeting file without the debrief, outcome, ratings and internal notes</source>
        <translation>En mötesfil utan utvärdering, utfall, bedömningar och interna anteckningar</translation>
    </message>
    <message>
        <source>About Meeting Planner</source>
        <translation>Om Meeting Planner</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>All changes saved at {0}</source>
        <translation>Alla ändringar sparade {0}</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Candidate &amp;agenda</source>
        <translation>Kandidatens &amp;agenda</translation>
    </message>
    <message>
        <source>Changes are saved automatically; this saves them at once</source>
        <translation>Ändringar sparas automatiskt; det här sparar dem direkt</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Ändringarna sparades inte</translation>
    </message>
    <message>
        <source>Changes not saved yet: {0}</source>
        <translation>Ändringar inte sparade än: {0}</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Debrief form</source>
        <translation>Utvärderingsformulär</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <source>Delete the meeting with {0} on {1}? Its plan, debrief and notes are removed and this cannot be undone.</source>
        <translation>Ta bort mötet med {0} den {1}? Dess plan, utvärdering och anteckningar tas bort och det går inte att ångra.</translation>
    </message>
    <message>
        <source>Employer &amp;profile…</source>
        <translation>Arbetsgivar&amp;profil…</translation>
    </message>
    <message>
        <source>Employer profile</source>
        <translation>Arbetsgivarprofil</translation>
    </message>
    <message>
        <source>Employer profile saved.</source>
        <translation>Arbetsgivarprofilen sparad.</translation>
    </message>
    <message>
        <source>Every key of the app in one list</source>
        <translation>Alla appens tangenter i en lista</translation>
    </message>
    <message>
        <source>Export &amp;plan only…</source>
        <translation>Exportera endast &amp;planen…</translation>
    </message>
    <message>
        <source>Import filled de&amp;brief form…</source>
        <translation>Importera ifyllt &amp;utvärderingsformulär…</translation>
    </message>
    <message>
        <source>Import filled debrief form</source>
        <translation>Importera ifyllt utvärderingsformulär</translation>
    </message>
    <message>
        <source>Import meeting files</source>
        <translation>Importera mötesfiler</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;brief</source>
        <translation>Chefens &amp;underlag</translation>
    </message>
    <message>
        <source>Meeting Planner {0}

Plans job interviews as candidate meetings: an agenda that sells the role, a short case and a two-way dialogue, a coach that checks the balance, and an answer to every candidate within 48 hours.

Your meetings are stored in {1}. The app works offline and sends nothing anywhere.</source>
        <translation>Meeting Planner {0}

Planerar anställningsintervjuer som kandidatmöten: en agenda som säljer rollen, ett kort case och ett samtal åt båda håll, en coach som kontrollerar balansen och ett svar till varje kandidat inom 48 timmar.

Dina möten sparas i {1}. Appen fungerar offline och skickar ingenting någonstans.</translation>
    </message>
    <message>
        <source>Meeting Planner[*]</source>
        <translation>Meeting Planner[*]</translation>
    </message>
    <message>
        <source>Meeting cannot be opened</source>
        <translation>Mötet kan inte öppnas</translation>
    </message>
    <message>
        <source>Meeting deleted</source>
        <translation>Mötet borttaget</translation>
    </message>
    <message>
        <source>Meeting files (*.meeting.json);;All files (*)</source>
        <translation>Mötesfiler (*.meeting.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Meeting not deleted</source>
        <translation>Mötet togs inte bort</translation>
    </message>
    <message>
        <source>Meeting not saved</source>
        <translation>Mötet sparades inte</translation>
    </message>
    <message>
        <source>New from &amp;sample</source>
        <translation>Nytt från e&amp;xempel</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>Inget möte valt</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Open the sample meeting</source>
        <translation>Öppna exempelmötet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Plan a new meeting from a template</source>
        <translation>Planera ett nytt möte utifrån en mall</translation>
    </message>
    <message>
        <source>Preview and print the manager&apos;s brief</source>
        <translation>Förhandsgranska och skriv ut chefens underlag</translation>
    </message>
    <message>
        <source>Preview the agenda to send to the candidate</source>
        <translation>Förhandsgranska agendan som ska skickas till kandidaten</translation>
    </message>
    <message>
        <source>Preview the brief for you and the other interviewers</source>
        <translation>Förhandsgranska underlaget för dig och de andra intervjuarna</translation>
    </message>
    <message>
        <source>Preview the form the interviewers fill in after the meeting</source>
        <translation>Förhandsgranska formuläret som intervjuarna fyller i efter mötet</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profilen sparades inte</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddat</translation>
    </message>
    <message>
        <source>Read-only: another Meeting Planner has these meetings open. You can read and print them here, but changes cannot be made.</source>
        <translation>Skrivskyddat: en annan Meeting Planner har de här mötena öppna. Du kan läsa och skriva ut dem här, men inte göra ändringar.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Replace template</source>
        <translation>Ersätt mall</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Spara som &amp;mall…</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <source>Saved the template {0}; it is offered under File &gt; New meeting.</source>
        <translation>Mallen {0} sparades; den finns under Arkiv &gt; Nytt möte.</translation>
    </message>
    <message>
        <source>Saved {0} in {1}.</source>
        <translation>Sparade {0} i {1}.</translation>
    </message>
    <message>
        <source>Select a meeting on the left, or plan a new one.</source>
        <translation>Välj ett möte till vänster, eller planera ett nytt.</translation>
    </message>
    <message>
        <source>Select the meeting the debrief form belongs to, then import it again.</source>
        <translation>Välj mötet som utvärderingsformuläret hör till och importera det sedan igen.</translation>
    </message>
    <message>
        <source>Some changes could not be saved. Quit anyway and lose them? Choose No to stay and try again.</source>
        <translation>Vissa ändringar kunde inte sparas. Avsluta ändå och förlora dem? Välj Nej för att stanna och försöka igen.</translation>
    </message>
    <message>
        <source>Template name (the candidate, debrief and notes are left out):</source>
        <translation>Mallens namn (kandidaten, utvärderingen och anteckningarna lämnas utanför):</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Mallen sparades inte</translation>
    </message>
    <message>
        <source>The next tab of the meeting editor</source>
        <translation>Nästa flik i mötesredigeraren</translation>
    </message>
    <message>
        <source>The previous tab of the meeting editor</source>
        <translation>Föregående flik i mötesredigeraren</translation>
    </message>
    <message>
        <source>These meetings are open read-only, so nothing can be imported.</source>
        <translation>De här mötena är öppna skrivskyddade, så inget kan importeras.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>You already have a template named {0}. Replace it?</source>
        <translation>Du har redan en mall som heter {0}. Ersätta den?</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>det här mötet</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopia)</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0}[*] - Meeting Planner</source>
        <translation>{0}[*] – Meeting Planner</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Mötets delar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <source>Coach: add an agenda</source>
        <translation>Coach: lägg till en agenda</translation>
    </message>
    <message>
        <source>Coach: {0}/100</source>
        <translation>Coach: {0}/100</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Sammanfattning av mötet</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Ny kandidat</translation>
    </message>
    <message>
        <source>The coach&apos;s score for this plan; the Agenda tab lists what it found.</source>
        <translation>Coachens poäng för den här planen; fliken Agenda listar vad den hittade.</translation>
    </message>
    <message>
        <source>no role yet</source>
        <translation>ingen roll än</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>(no candidate yet)</source>
        <translation>(ingen kandidat än)</translation>
    </message>
    <message>
        <source>(no role yet)</source>
        <translation>(ingen roll än)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Debriefed</source>
        <translation>Utvärderat</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>Återkoppling skickad</translation>
    </message>
    <message>
        <source>Feedback sent to the candidate.</source>
        <translation>Återkoppling skickad till kandidaten.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer is due by {0}.</source>
        <translation>Kandidatens svar ska komma senast {0}.</translation>
    </message>
    <message>
        <source>{0}
Feedback to the candidate is due today</source>
        <translation>{0}
Återkoppling till kandidaten förfaller i dag</translation>
    </message>
    <message>
        <source>{0}
Feedback to the candidate is overdue</source>
        <translation>{0}
Återkopplingen till kandidaten är försenad</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0}: {1}
{2}</source>
        <translation>{0}: {1}
{2}</translation>
    </message>
</context>
<context>
    <name>MeetingListPanel</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Alla möten</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Uppföljning förfaller</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>No meeting matches the search or filter.</source>
        <translation>Inget möte matchar sökningen eller filtret.</translation>
    </message>
    <message>
        <source>No meetings yet. Plan one with File &gt; New meeting.</source>
        <translation>Inga möten än. Planera ett med Arkiv &gt; Nytt möte.</translation>
    </message>
    <message>
        <source>Opening your meetings…</source>
        <translation>Öppnar dina möten…</translation>
    </message>
    <message>
        <source>Search candidate or role</source>
        <translation>Sök kandidat eller roll</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Sök möten</translation>
    </message>
    <message>
        <source>Show meetings</source>
        <translation>Visa möten</translation>
    </message>
</context>
<context>
    <name>MeetingModeCommands</name>
    <message>
        <source>End the meeting</source>
        <translation>Avsluta mötet</translation>
    </message>
    <message>
        <source>Mark a concern</source>
        <translation>Markera en farhåga</translation>
    </message>
    <message>
        <source>Mark a strong signal</source>
        <translation>Markera en stark signal</translation>
    </message>
    <message>
        <source>Note on {0}</source>
        <translation>Anteckning om {0}</translation>
    </message>
</context>
<context>
    <name>MeetingModeController</name>
    <message>
        <source>Meeting mode</source>
        <translation>Mötesläge</translation>
    </message>
    <message>
        <source>Meeting mode carries on where it was when the app closed.</source>
        <translation>Mötesläget fortsätter där det var när appen stängdes.</translation>
    </message>
    <message>
        <source>Rehearsal over: nothing in the meeting was changed.</source>
        <translation>Repetitionen är slut: inget i mötet ändrades.</translation>
    </message>
    <message>
        <source>Run the meeting from its plan: timer, talking points, quick notes</source>
        <translation>Kör mötet utifrån planen: timer, samtalspunkter, snabba anteckningar</translation>
    </message>
    <message>
        <source>Start &amp;meeting mode</source>
        <translation>Starta &amp;mötesläge</translation>
    </message>
    <message>
        <source>The meeting clock could not be kept: {0}</source>
        <translation>Mötesklockan kunde inte sparas: {0}</translation>
    </message>
    <message>
        <source>The meeting is marked as held; your notes and markers are in the debrief.</source>
        <translation>Mötet är markerat som genomfört; dina anteckningar och markeringar finns i utvärderingen.</translation>
    </message>
</context>
<context>
    <name>MeetingModeLayout</name>
    <message>
        <source>A small timer that stays on top (M)</source>
        <translation>En liten timer som ligger överst (M)</translation>
    </message>
    <message>
        <source>About a minute left in this block.</source>
        <translation>Ungefär en minut kvar av blocket.</translation>
    </message>
    <message>
        <source>About {0} min behind plan</source>
        <translation>Ungefär {0} min efter planen</translation>
    </message>
    <message>
        <source>Block {0} of {1} · {2}</source>
        <translation>Block {0} av {1} · {2}</translation>
    </message>
    <message>
        <source>Close meeting mode; a started meeting&apos;s clock runs on (Ctrl+W)</source>
        <translation>Stäng mötesläget; ett startat mötes klocka fortsätter (Ctrl+W)</translation>
    </message>
    <message>
        <source>Concern raised</source>
        <translation>Farhåga väckt</translation>
    </message>
    <message>
        <source>End meeting…</source>
        <translation>Avsluta mötet…</translation>
    </message>
    <message>
        <source>End rehearsal</source>
        <translation>Avsluta repetitionen</translation>
    </message>
    <message>
        <source>End the meeting (Ctrl+E)</source>
        <translation>Avsluta mötet (Ctrl+E)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <source>Full screen on or off (F11; Esc leaves)</source>
        <translation>Helskärm av eller på (F11; Esc lämnar)</translation>
    </message>
    <message>
        <source>Keys: Enter start · R rehearse · F11 full screen · Ctrl+W leave</source>
        <translation>Tangenter: Enter starta · R repetera · F11 helskärm · Ctrl+W lämna</translation>
    </message>
    <message>
        <source>Keys: → Space next · ← back · P pause · C concern · S strong signal · N notes · M mini timer · F11 full screen · Ctrl+E end · Ctrl+W leave · Ctrl+Z undo</source>
        <translation>Tangenter: → mellanslag nästa · ← tillbaka · P paus · C farhåga · S stark signal · N anteckningar · M minitimer · F11 helskärm · Ctrl+E avsluta · Ctrl+W lämna · Ctrl+Z ångra</translation>
    </message>
    <message>
        <source>Keys: → Space next · ← back · P pause · M mini timer · F11 full screen · Ctrl+E end the rehearsal · Ctrl+W leave</source>
        <translation>Tangenter: → mellanslag nästa · ← tillbaka · P paus · M minitimer · F11 helskärm · Ctrl+E avsluta repetitionen · Ctrl+W lämna</translation>
    </message>
    <message>
        <source>Last block. Ctrl+E ends the meeting.</source>
        <translation>Sista blocket. Ctrl+E avslutar mötet.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <source>Mark a concern here (C)</source>
        <translation>Markera en farhåga här (C)</translation>
    </message>
    <message>
        <source>Mark a strong signal here (S)</source>
        <translation>Markera en stark signal här (S)</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Mötestid</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Minitimer</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Nästa →</translation>
    </message>
    <message>
        <source>Next: {0} · {1} min</source>
        <translation>Nästa: {0} · {1} min</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>Ingen agenda</translation>
    </message>
    <message>
        <source>Notes on this block</source>
        <translation>Anteckningar om det här blocket</translation>
    </message>
    <message>
        <source>Notes on this block (N; Esc to leave)</source>
        <translation>Anteckningar om det här blocket (N; Esc för att lämna)</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Enligt plan</translation>
    </message>
    <message>
        <source>Over time by {0}. Wrap up when it suits, then move on.</source>
        <translation>{0} över tiden. Runda av när det passar och gå sedan vidare.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Pause or resume the clocks (P)</source>
        <translation>Pausa eller fortsätt klockorna (P)</translation>
    </message>
    <message>
        <source>Paused: the clocks are stopped. P resumes.</source>
        <translation>Pausat: klockorna står still. P fortsätter.</translation>
    </message>
    <message>
        <source>Ready. The clock starts when you press Start the meeting (Enter); Rehearse (R) runs through the plan and records nothing.</source>
        <translation>Redo. Klockan startar när du trycker på Starta mötet (Enter); Repetera (R) går igenom planen utan att något sparas.</translation>
    </message>
    <message>
        <source>Rehearsal: the clock runs, but no note, marker or end is recorded.</source>
        <translation>Repetition: klockan går, men inga anteckningar, markeringar eller avslut sparas.</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Repetera</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Run through the plan on a clock that records nothing (R)</source>
        <translation>Gå igenom planen med en klocka som inte sparar något (R)</translation>
    </message>
    <message>
        <source>Start the clock when the candidate is in the room (Enter)</source>
        <translation>Starta klockan när kandidaten är i rummet (Enter)</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Starta mötet</translation>
    </message>
    <message>
        <source>Strong signal</source>
        <translation>Stark signal</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Samtalspunkter</translation>
    </message>
    <message>
        <source>The next block (Right, Space or Page Down)</source>
        <translation>Nästa block (höger, mellanslag eller Page Down)</translation>
    </message>
    <message>
        <source>The previous block (Left or Page Up)</source>
        <translation>Föregående block (vänster eller Page Up)</translation>
    </message>
    <message>
        <source>This meeting has no agenda blocks yet.</source>
        <translation>Det här mötet har inga agendablock än.</translation>
    </message>
    <message>
        <source>This meeting is planned for {0}, not today.</source>
        <translation>Mötet är planerat till {0}, inte i dag.</translation>
    </message>
    <message>
        <source>Time left in this block</source>
        <translation>Tid kvar av blocket</translation>
    </message>
    <message>
        <source>Untitled block</source>
        <translation>Namnlöst block</translation>
    </message>
    <message>
        <source>What you saw and heard; only the panel sees this.</source>
        <translation>Vad du såg och hörde; bara panelen ser detta.</translation>
    </message>
    <message>
        <source>left of {0} min · {1} gone</source>
        <translation>kvar av {0} min · {1} gått</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ingen ansvarig</translation>
    </message>
    <message>
        <source>of {0} · over by {1}</source>
        <translation>av {0} · {1} över</translation>
    </message>
    <message>
        <source>of {0} · {1} left</source>
        <translation>av {0} · {1} kvar</translation>
    </message>
    <message>
        <source>over its {0} min · {1} in this block</source>
        <translation>över sina {0} min · {1} i blocket</translation>
    </message>
    <message>
        <source>{0} min to spare</source>
        <translation>{0} min tillgodo</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <source>Concern</source>
        <translation>Farhåga</translation>
    </message>
    <message>
        <source>End meeting</source>
        <translation>Avsluta mötet</translation>
    </message>
    <message>
        <source>End the meeting</source>
        <translation>Avsluta mötet</translation>
    </message>
    <message>
        <source>End the meeting now, at {0}? It is marked as held, and your notes and markers are carried into the debrief. Undo takes this back.

Leave closes meeting mode and lets the meeting&apos;s clock run on.</source>
        <translation>Avsluta mötet nu, kl. {0}? Det markeras som genomfört, och dina anteckningar och markeringar förs över till utvärderingen. Ångra tar tillbaka det.

Lämna stänger mötesläget och låter mötets klocka gå vidare.</translation>
    </message>
    <message>
        <source>End the meeting or rehearsal</source>
        <translation>Avsluta mötet eller repetitionen</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Helskärm på eller av</translation>
    </message>
    <message>
        <source>Leave, keep it running</source>
        <translation>Lämna, låt det fortsätta</translation>
    </message>
    <message>
        <source>Leave; the meeting runs on</source>
        <translation>Lämna; mötet fortsätter</translation>
    </message>
    <message>
        <source>Mark a concern</source>
        <translation>Markera en farhåga</translation>
    </message>
    <message>
        <source>Mark a strong signal</source>
        <translation>Markera en stark signal</translation>
    </message>
    <message>
        <source>Markers so far: concerns {0} · strong signals {1}</source>
        <translation>Markeringar hittills: farhågor {0} · starka signaler {1}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Meeting mode: {0}</source>
        <translation>Mötesläge: {0}</translation>
    </message>
    <message>
        <source>Mini timer on or off</source>
        <translation>Minitimer på eller av</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Nästa block</translation>
    </message>
    <message>
        <source>Pause or resume the clocks</source>
        <translation>Pausa eller starta klockorna igen</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Föregående block</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Rehearsal: {0}</source>
        <translation>Repetition: {0}</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Repetera</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Starta mötet</translation>
    </message>
    <message>
        <source>Strong signal</source>
        <translation>Stark signal</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Write a note on the block</source>
        <translation>Skriv en anteckning om blocket</translation>
    </message>
    <message>
        <source>{0} marked at {1}</source>
        <translation>{0} markerad {1}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} finns redan. Vill du ersätta den?</translation>
    </message>
</context>
<context>
    <name>MiniTimer</name>
    <message>
        <source>+{0}</source>
        <translation>+{0}</translation>
    </message>
    <message>
        <source>Click to go back to meeting mode</source>
        <translation>Klicka för att gå tillbaka till mötesläget</translation>
    </message>
    <message>
        <source>Meeting over by {0}</source>
        <translation>Mötet är {0} över tiden</translation>
    </message>
    <message>
        <source>Meeting timer</source>
        <translation>Mötestimer</translation>
    </message>
    <message>
        <source>Meeting: {0} left</source>
        <translation>Möte: {0} kvar</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>Ingen agenda</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausat</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message numerus="yes">
        <source>%n minutes planned.</source>
        <translation>
            <numerusform>%n minut planerad.</numerusform>
            <numerusform>%n minuter planerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>&amp;Create meeting</source>
        <translation>&amp;Skapa möte</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>The offer, tech stack, team and location come from your employer profile (Edit &gt; Employer profile); you can change them in the meeting.</source>
        <translation>Erbjudandet, teknikstacken, teamet och platsen kommer från din arbetsgivarprofil (Redigera &gt; Arbetsgivarprofil); du kan ändra dem i mötet.</translation>
    </message>
    <message>
        <source>e.g. Backend developer</source>
        <translation>t.ex. Backendutvecklare</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>t.ex. Sam Lind</translation>
    </message>
    <message>
        <source>{0} (your template)</source>
        <translation>{0} (din mall)</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Flexibility:</source>
        <translation>&amp;Flexibilitet:</translation>
    </message>
    <message>
        <source>&amp;Paid:</source>
        <translation>&amp;Betald:</translation>
    </message>
    <message>
        <source>&amp;Remote days a week:</source>
        <translation>&amp;Distansdagar per vecka:</translation>
    </message>
    <message>
        <source>B&amp;enefits:</source>
        <translation>Fö&amp;rmåner:</translation>
    </message>
    <message>
        <source>Development &amp;budget:</source>
        <translation>&amp;Utvecklingsbudget:</translation>
    </message>
    <message>
        <source>Development pat&amp;hs:</source>
        <translation>U&amp;tvecklingsvägar:</translation>
    </message>
    <message>
        <source>Development t&amp;ime:</source>
        <translation>Utv&amp;ecklingstid:</translation>
    </message>
    <message>
        <source>Hybrid work, core hours, where the team meets</source>
        <translation>Hybridarbete, kärntider, var teamet träffas</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>En per rad</translation>
    </message>
    <message>
        <source>Salary &amp;from:</source>
        <translation>Lön &amp;från:</translation>
    </message>
    <message>
        <source>Salary &amp;to:</source>
        <translation>&amp;Lön till:</translation>
    </message>
    <message>
        <source>Where the role can lead, one per line</source>
        <translation>Vart rollen kan leda, en per rad</translation>
    </message>
    <message>
        <source>Work-life ba&amp;lance:</source>
        <translation>B&amp;alans mellan arbete och fritid:</translation>
    </message>
    <message>
        <source>e.g. 2,000 EUR a year for courses and conferences</source>
        <translation>t.ex. 20 000 kr per år för kurser och konferenser</translation>
    </message>
    <message>
        <source>e.g. one day a month for learning</source>
        <translation>t.ex. en dag i månaden för lärande</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>per timme</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per månad</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per år</translation>
    </message>
</context>
<context>
    <name>Openings</name>
    <message>
        <source>&amp;Openings…</source>
        <translation>&amp;Tjänster…</translation>
    </message>
    <message>
        <source>&amp;Put the meeting on screen in this opening</source>
        <translation>&amp;Flytta mötet som visas till den här tjänsten</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(ingen roll)</translation>
    </message>
    <message>
        <source>A new meeting with this plan for the opening&apos;s next candidate</source>
        <translation>Ett nytt möte med den här planen för tjänstens nästa kandidat</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Kandidat:</translation>
    </message>
    <message>
        <source>Candidates side by side</source>
        <translation>Kandidaterna sida vid sida</translation>
    </message>
    <message>
        <source>Check the new plan</source>
        <translation>Kontrollera den nya planen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Debriefed</source>
        <translation>Utvärderat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Each role&apos;s candidates side by side</source>
        <translation>Varje rolls kandidater sida vid sida</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>Återkoppling skickad</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Meeting starts:</source>
        <translation>Mötet börjar:</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nästa frist</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>No openings yet: they come with the first meeting of a role.</source>
        <translation>Inga tjänster än: de kommer med det första mötet för en roll.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Plan for the &amp;next candidate…</source>
        <translation>Plan för &amp;nästa kandidat…</translation>
    </message>
    <message>
        <source>Plan for the next candidate</source>
        <translation>Plan för nästa kandidat</translation>
    </message>
    <message>
        <source>Plan not reused</source>
        <translation>Planen återanvändes inte</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Ratings are the panel&apos;s mean per criterion; double-click a row to open it.</source>
        <translation>Betygen är panelens medelvärde per kriterium; dubbelklicka på en rad för att öppna mötet.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The plan still names {0} in {1}: someone in the meeting has the same first name, so it was left as it was. Change it before anything reaches {2}.</source>
        <translation>Planen nämner fortfarande {0} i {1}: någon i mötet har samma förnamn, så det lämnades som det var. Ändra det innan något når {2}.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <source>{0} (overdue)</source>
        <translation>{0} (försenat)</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
</context>
<context>
    <name>OutcomeCommands</name>
    <message>
        <source>Add decline reason</source>
        <translation>Lägg till skäl till nej</translation>
    </message>
    <message>
        <source>Edit decline reason</source>
        <translation>Redigera skäl till nej</translation>
    </message>
    <message>
        <source>Edit survey answer</source>
        <translation>Redigera enkätsvar</translation>
    </message>
    <message>
        <source>Remove decline reason</source>
        <translation>Ta bort skäl till nej</translation>
    </message>
</context>
<context>
    <name>OutcomeLabels</name>
    <message>
        <source>Accepted</source>
        <translation>Accepterat</translation>
    </message>
    <message>
        <source>Culture or values</source>
        <translation>Kultur eller värderingar</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Tackade nej</translation>
    </message>
    <message>
        <source>Flexibility, remote work</source>
        <translation>Flexibilitet, distansarbete</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>Lärande och utveckling</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Arbetsplatsens läge</translation>
    </message>
    <message>
        <source>Pay or the offer</source>
        <translation>Lönen eller erbjudandet</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Något annat</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Branschen</translation>
    </message>
    <message>
        <source>The interview&apos;s chemistry</source>
        <translation>Kemin under intervjun</translation>
    </message>
    <message>
        <source>The process was slow</source>
        <translation>Processen var långsam</translation>
    </message>
    <message>
        <source>The role felt unclear</source>
        <translation>Rollen kändes otydlig</translation>
    </message>
    <message>
        <source>The role was unclear</source>
        <translation>Rollen var otydlig</translation>
    </message>
    <message>
        <source>Waiting for their answer</source>
        <translation>Väntar på deras svar</translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <source>An &amp;offer was made</source>
        <translation>Ett &amp;erbjudande lämnades</translation>
    </message>
    <message>
        <source>Answer to the offer</source>
        <translation>Svar på erbjudandet</translation>
    </message>
    <message>
        <source>Offer made</source>
        <translation>Erbjudande lämnat</translation>
    </message>
    <message>
        <source>&amp;Import filled named survey…</source>
        <translation>&amp;Importera ifylld namngiven enkät…</translation>
    </message>
    <message>
        <source>&amp;Named survey PDF…</source>
        <translation>&amp;Namngiven enkät som PDF…</translation>
    </message>
    <message>
        <source>Anonymous &amp;survey PDF…</source>
        <translation>Anonym &amp;enkät som PDF…</translation>
    </message>
    <message>
        <source>Ask every candidate who says no, ideally through the anonymous survey or someone outside the company: few companies do, and the reasons show what to change in the role, the process or the offer.</source>
        <translation>Fråga varje kandidat som tackar nej, helst genom den anonyma enkäten eller någon utanför företaget: få företag gör det, och skälen visar vad som behöver ändras i rollen, processen eller erbjudandet.</translation>
    </message>
    <message>
        <source>For a candidate who agreed to answer by name: the answers come back to this meeting&apos;s outcome</source>
        <translation>För en kandidat som gått med på att svara med namn: svaren kommer tillbaka till mötets utfall</translation>
    </message>
    <message>
        <source>Reasons the company controls (the role, the process, the meeting&apos;s chemistry, the offer) point at what to change; others, such as the location or the industry, are worth knowing too. Ticked by the reason&apos;s kind; your click stands.</source>
        <translation>Skäl som företaget råder över (rollen, processen, kemin i mötet, erbjudandet) pekar på vad som ska ändras; andra, som arbetsplatsens läge eller branschen, är också värda att känna till. Förbockad efter skälets slag; ditt klick gäller.</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer to the offer</source>
        <translation>Kandidatens svar på erbjudandet</translation>
    </message>
    <message>
        <source>The offer</source>
        <translation>Erbjudandet</translation>
    </message>
    <message>
        <source>The questions as a fillable form with no name and no reference, only the role and month: anonymous answers are the most honest. They come back to Insights, not to this meeting.</source>
        <translation>Frågorna som ett ifyllbart formulär utan namn och utan hänvisning, bara tjänsten och månaden: anonyma svar är de ärligaste. De kommer tillbaka till Insikter, inte till det här mötet.</translation>
    </message>
    <message>
        <source>Their &amp;answer:</source>
        <translation>Deras &amp;svar:</translation>
    </message>
    <message>
        <source>Their answers to the survey</source>
        <translation>Deras svar på enkäten</translation>
    </message>
    <message>
        <source>We can act on it</source>
        <translation>Vi kan göra något åt det</translation>
    </message>
    <message>
        <source>What they said about it</source>
        <translation>Vad de sa om det</translation>
    </message>
    <message>
        <source>Why they declined</source>
        <translation>Varför de tackade nej</translation>
    </message>
    <message>
        <source>{0}: we can act on it</source>
        <translation>{0}: vi kan göra något åt det</translation>
    </message>
    <message>
        <source>{0}: what they said</source>
        <translation>{0}: vad de sa</translation>
    </message>
</context>
<context>
    <name>OverdueNotice</name>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more candidates</source>
        <translation>
            <numerusform>; och %n kandidat till</numerusform>
            <numerusform>; och %n kandidater till</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Overdue: {0}</source>
        <translation>Försenat: {0}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show what is overdue</source>
        <translation>Visa vad som är försenat</translation>
    </message>
    <message>
        <source>answer {0} late</source>
        <translation>svaret {0} för sent</translation>
    </message>
    <message>
        <source>decision {0} late</source>
        <translation>beslutet {0} för sent</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>OverviewForm</name>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> timmar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Answer within:</source>
        <translation>&amp;Svara inom:</translation>
    </message>
    <message>
        <source>&amp;Decide within:</source>
        <translation>&amp;Besluta inom:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Planned length:</source>
        <translation>P&amp;lanerad längd:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>B&amp;örjar:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Answer due:</source>
        <translation>Svar senast:</translation>
    </message>
    <message>
        <source>Candidates expect an answer within {0} hours of the meeting, with one line of why. The due times count working days from the meeting&apos;s end: weekends and the public holidays above do not count.</source>
        <translation>Kandidater väntar sig besked inom {0} timmar efter mötet, med en rad om varför. Tidsgränserna räknas i arbetsdagar från mötets slut: helger och helgdagarna ovan räknas inte.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <source>Debriefed</source>
        <translation>Utvärderat</translation>
    </message>
    <message>
        <source>Decision due:</source>
        <translation>Beslut senast:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>Återkoppling skickad</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>&amp;Helgdagar i:</translation>
    </message>
    <message>
        <source>Room, address or video link</source>
        <translation>Rum, adress eller videolänk</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>The employer&apos;s country&apos;s: {0}</source>
        <translation>Arbetsgivarens lands: {0}</translation>
    </message>
    <message>
        <source>The employer&apos;s country: deadlines skip its public holidays</source>
        <translation>Arbetsgivarens land: tidsgränserna hoppar över dess helgdagar</translation>
    </message>
    <message>
        <source>The time zone the start time is in, for calendar invites, as in Europe/Stockholm. Leave it empty for the zone of the employer&apos;s country (this computer&apos;s where the country has several).</source>
        <translation>Tidszonen som starttiden gäller i, för kalenderinbjudningar, till exempel Europe/Stockholm. Lämna tomt för arbetsgivarlandets tidszon (den här datorns där landet har flera).</translation>
    </message>
    <message>
        <source>This computer&apos;s: {0}</source>
        <translation>Datorns: {0}</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zon:</translation>
    </message>
    <message>
        <source>e.g. Backend developer, first meeting</source>
        <translation>t.ex. Backendutvecklare, första mötet</translation>
    </message>
    <message>
        <source>unknown, so invites use UTC</source>
        <translation>okänd, så inbjudningar använder UTC</translation>
    </message>
</context>
<context>
    <name>PartDelegate</name>
    <message>
        <source>Part in the meeting</source>
        <translation>Roll i mötet</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Email (for the invite)</source>
        <translation>E-post (för inbjudan)</translation>
    </message>
    <message>
        <source>Future colleague</source>
        <translation>Blivande kollega</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Rekryterande chef</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Part in the meeting</source>
        <translation>Roll i mötet</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Rekryterare</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Det här ser inte ut som en e-postadress.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Where the calendar invite reaches them; the hiring manager&apos;s address organises the candidate&apos;s invite.</source>
        <translation>Dit kalenderinbjudan når dem; den rekryterande chefens adress står som organisatör för kandidatens inbjudan.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Skri&amp;v ut…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Spara som…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 sida</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Kunde inte skriva ut</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Preview of {0}</source>
        <translation>Förhandsgranskning av {0}</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>Skriv ut PDF:en</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>Save the PDF as a file</source>
        <translation>Spara PDF:en som fil</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {0}: {1}</source>
        <translation>PDF:en kunde inte sparas i {0}: {1}</translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>PDF:en kunde inte visas.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} sidor</translation>
    </message>
</context>
<context>
    <name>PeopleForm</name>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Lägg till person</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>&amp;Ta bort person</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Lägg till en deltagare</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Ta bort person</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Ta bort den markerade deltagaren</translation>
    </message>
    <message>
        <source>Who meets the candidate. A future colleague at the table shows the team and its culture better than any slide.</source>
        <translation>Vilka som träffar kandidaten. En blivande kollega vid bordet visar teamet och dess kultur bättre än någon bild.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Åtgärda</translation>
    </message>
    <message>
        <source>Before {0} reaches the candidate, fix what they would otherwise see:</source>
        <translation>Innan {0} når kandidaten, åtgärda det hen annars skulle se:</translation>
    </message>
    <message>
        <source>Before {0} reaches the candidate, this is worth a look:</source>
        <translation>Innan {0} når kandidaten är det här värt en titt:</translation>
    </message>
    <message>
        <source>Check before it reaches the candidate</source>
        <translation>Kontroll innan det når kandidaten</translation>
    </message>
    <message>
        <source>Continue &amp;anyway</source>
        <translation>Fortsätt &amp;ändå</translation>
    </message>
    <message>
        <source>Go to what the selected line points at</source>
        <translation>Gå till det som den valda raden pekar på</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Att åtgärda</translation>
    </message>
    <message>
        <source>the candidate&apos;s agenda</source>
        <translation>kandidatens agenda</translation>
    </message>
    <message>
        <source>the candidate&apos;s invite</source>
        <translation>kandidatens inbjudan</translation>
    </message>
    <message>
        <source>the letter to the candidate</source>
        <translation>brevet till kandidaten</translation>
    </message>
</context>
<context>
    <name>PrivacyFeature</name>
    <message>
        <source>&amp;Retention review…</source>
        <translation>&amp;Granska lagringstid…</translation>
    </message>
    <message>
        <source>All data stored about the selected meeting&apos;s candidate, as PDF or JSON</source>
        <translation>Alla uppgifter som sparats om det valda mötets kandidat, som PDF eller JSON</translation>
    </message>
    <message>
        <source>Closed meetings kept longer than the retention period, for erasure</source>
        <translation>Avslutade möten som sparats längre än lagringstiden, för radering</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>Erase the personal data of one meeting?</source>
        <translation>Radera personuppgifterna för ett möte?</translation>
    </message>
    <message>
        <source>Erase the personal data of {0} meetings?</source>
        <translation>Radera personuppgifterna för {0} möten?</translation>
    </message>
    <message>
        <source>Erased the personal data of one meeting.</source>
        <translation>Raderade personuppgifterna för ett möte.</translation>
    </message>
    <message>
        <source>Erased the personal data of {0} meetings.</source>
        <translation>Raderade personuppgifterna för {0} möten.</translation>
    </message>
    <message>
        <source>Export everything about this &amp;candidate…</source>
        <translation>Exportera allt om den här &amp;kandidaten…</translation>
    </message>
    <message>
        <source>How long personal data of a closed recruitment is kept</source>
        <translation>Hur länge personuppgifter från en avslutad rekrytering sparas</translation>
    </message>
    <message>
        <source>Names, contact details, notes, ratings and free text are removed from the store and its backups, and cannot be brought back. Dates and categories stay, anonymous.</source>
        <translation>Namn, kontaktuppgifter, anteckningar, bedömningar och fritext tas bort från arkivet och dess säkerhetskopior, och kan inte återskapas. Datum och kategorier finns kvar, anonymt.</translation>
    </message>
    <message>
        <source>One meeting is past retention: see View &gt; Retention review</source>
        <translation>Ett möte har passerat lagringstiden: se Visa &gt; Granska lagringstid</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personuppgifter raderade</translation>
    </message>
    <message>
        <source>Personal data not erased</source>
        <translation>Personuppgifterna raderades inte</translation>
    </message>
    <message>
        <source>Retention &amp;period…</source>
        <translation>Lagrings&amp;tid…</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>Inställningen sparades inte</translation>
    </message>
    <message>
        <source>{0} meetings are past retention: see View &gt; Retention review</source>
        <translation>{0} möten har passerat lagringstiden: se Visa &gt; Granska lagringstid</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Om:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Företag:</translation>
    </message>
    <message>
        <source>&amp;Flexibility:</source>
        <translation>&amp;Flexibilitet:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Remote days a week:</source>
        <translation>&amp;Distansdagar per vecka:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Värderingar:</translation>
    </message>
    <message>
        <source>&amp;Ways of working:</source>
        <translation>&amp;Arbetssätt:</translation>
    </message>
    <message>
        <source>Be&amp;nefits:</source>
        <translation>För&amp;måner:</translation>
    </message>
    <message>
        <source>C&amp;ulture:</source>
        <translation>K&amp;ultur:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>V&amp;aluta:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>Deadlines promised to candidates skip this country&apos;s public holidays</source>
        <translation>Tidsgränser som lovas kandidater hoppar över landets helgdagar</translation>
    </message>
    <message>
        <source>Development &amp;budget:</source>
        <translation>Utvecklings&amp;budget:</translation>
    </message>
    <message>
        <source>Development pat&amp;hs:</source>
        <translation>Utv&amp;ecklingsvägar:</translation>
    </message>
    <message>
        <source>Development t&amp;ime:</source>
        <translation>Utve&amp;cklingstid:</translation>
    </message>
    <message>
        <source>Employer profile</source>
        <translation>Arbetsgivarprofil</translation>
    </message>
    <message>
        <source>New meetings start from this profile. Lists take one item per line. Meetings you already planned keep their own copy.</source>
        <translation>Nya möten utgår från den här profilen. Listor tar en sak per rad. Möten du redan planerat behåller sin egen kopia.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <source>Salary &amp;from:</source>
        <translation>Lön &amp;från:</translation>
    </message>
    <message>
        <source>Salary &amp;period:</source>
        <translation>Löne&amp;period:</translation>
    </message>
    <message>
        <source>Salary &amp;to:</source>
        <translation>Lön &amp;till:</translation>
    </message>
    <message>
        <source>Team and tech</source>
        <translation>Team och teknik</translation>
    </message>
    <message>
        <source>Tech &amp;stack:</source>
        <translation>Tekni&amp;kstack:</translation>
    </message>
    <message>
        <source>Work-life ba&amp;lance:</source>
        <translation>Balans mellan arbete och &amp;fritid:</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>per timme</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per månad</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per år</translation>
    </message>
</context>
<context>
    <name>RatingsSection</name>
    <message>
        <source>1 not shown</source>
        <translation>1 visades inte</translation>
    </message>
    <message>
        <source>2 partly</source>
        <translation>2 delvis</translation>
    </message>
    <message>
        <source>3 clearly</source>
        <translation>3 tydligt</translation>
    </message>
    <message>
        <source>4 strongly</source>
        <translation>4 starkt</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Belägg: {0}</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Inte bedömt</translation>
    </message>
    <message>
        <source>Rating: {0}</source>
        <translation>Bedömning: {0}</translation>
    </message>
    <message>
        <source>This meeting has no criteria yet. Add and rank them on the Criteria tab.</source>
        <translation>Det här mötet har inga kriterier än. Lägg till och rangordna dem på fliken Kriterier.</translation>
    </message>
    <message>
        <source>To the candidate:</source>
        <translation>Till kandidaten:</translation>
    </message>
    <message>
        <source>To the candidate: {0}</source>
        <translation>Till kandidaten: {0}</translation>
    </message>
    <message>
        <source>Unnamed criterion</source>
        <translation>Namnlöst kriterium</translation>
    </message>
    <message>
        <source>What to tell the candidate, written to them: “You found the slow query…”</source>
        <translation>Vad kandidaten ska få veta, skrivet direkt till hen: ”Du hittade den långsamma frågan…”</translation>
    </message>
    <message>
        <source>What you saw or heard that supports the rating</source>
        <translation>Vad du såg eller hörde som stöder bedömningen</translation>
    </message>
    <message>
        <source>What you saw or heard. Good evidence: {0}</source>
        <translation>Vad du såg eller hörde. Bra belägg: {0}</translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>&amp;Email the agenda to the candidate…</source>
        <translation>&amp;E-posta agendan till kandidaten…</translation>
    </message>
    <message>
        <source>Also save the candidate&apos;s calendar invite beside the agenda, as {0}?</source>
        <translation>Spara också kandidatens kalenderinbjudan bredvid agendan, som {0}?</translation>
    </message>
    <message>
        <source>An email with the agenda PDF and the invite, opened in your mail program</source>
        <translation>Ett mejl med agendan som pdf och inbjudan, öppnat i ditt e-postprogram</translation>
    </message>
    <message>
        <source>An email with the fillable survey, opened in your mail program</source>
        <translation>Ett mejl med den ifyllbara enkäten, öppnat i ditt e-postprogram</translation>
    </message>
    <message>
        <source>Calendar &amp;invite for the candidate…</source>
        <translation>Kalender&amp;inbjudan till kandidaten…</translation>
    </message>
    <message>
        <source>Calendar invite</source>
        <translation>Kalenderinbjudan</translation>
    </message>
    <message>
        <source>Calendar invite for the &amp;panel…</source>
        <translation>Kalenderinbjudan till &amp;panelen…</translation>
    </message>
    <message>
        <source>Calendar invites went out for this meeting. Save their cancellation, to send to whoever has the invite, so their calendars drop the event?</source>
        <translation>Kalenderinbjudningar har skickats för det här mötet. Vill du spara en avbokning att skicka till dem som har inbjudan, så att händelsen försvinner ur deras kalendrar?</translation>
    </message>
    <message>
        <source>Cancel the calendar invite</source>
        <translation>Avboka kalenderinbjudan</translation>
    </message>
    <message>
        <source>Cancel the calendar invites…</source>
        <translation>Avboka kalenderinbjudningarna…</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <source>Could not write the email</source>
        <translation>Kunde inte skriva e-postmeddelandet</translation>
    </message>
    <message>
        <source>Did you send the feedback to {0}? Yes marks it as sent now.</source>
        <translation>Skickade du återkopplingen till {0}? Ja markerar den som skickad nu.</translation>
    </message>
    <message>
        <source>Email the declined-offer &amp;survey…</source>
        <translation>E-posta enkäten om nej till &amp;erbjudandet…</translation>
    </message>
    <message>
        <source>Feedback sent?</source>
        <translation>Återkoppling skickad?</translation>
    </message>
    <message>
        <source>No address to send to</source>
        <translation>Ingen adress att skicka till</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>Inget e-postprogram</translation>
    </message>
    <message>
        <source>No mail program opened the letter. Save it as an email file (.eml) to send from your mail program, on this computer or another?</source>
        <translation>Inget e-postprogram öppnade brevet. Vill du spara det som en e-postfil (.eml) och skicka den från ditt e-postprogram, på den här datorn eller en annan?</translation>
    </message>
    <message>
        <source>Once it has gone, click Mark as sent.</source>
        <translation>När det har skickats klickar du på Markera som skickad.</translation>
    </message>
    <message>
        <source>Save the calendar cancellation</source>
        <translation>Spara avbokningen</translation>
    </message>
    <message>
        <source>Save the calendar invite</source>
        <translation>Spara kalenderinbjudan</translation>
    </message>
    <message>
        <source>Save the cancellation of the invites that went out, so calendars drop the event</source>
        <translation>Spara avbokningen av de inbjudningar som skickats, så att kalendrarna tar bort händelsen</translation>
    </message>
    <message>
        <source>Save the email to the candidate</source>
        <translation>Spara mejlet till kandidaten</translation>
    </message>
    <message>
        <source>Save the invite (.ics) to send the candidate: the agenda, nothing internal</source>
        <translation>Spara inbjudan (.ics) att skicka till kandidaten: agendan, inget internt</translation>
    </message>
    <message>
        <source>Save the panel&apos;s invite (.ics): who leads what, and the brief&apos;s essentials</source>
        <translation>Spara panelens inbjudan (.ics): vem som leder vad, och det viktigaste ur underlaget</translation>
    </message>
    <message>
        <source>Saved to {0}. Open it with your mail program to send it.</source>
        <translation>Sparat i {0}. Öppna filen i ditt e-postprogram för att skicka den.</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>kandidaten</translation>
    </message>
    <message>
        <source>{0} could not be saved: {1}</source>
        <translation>{0} kunde inte sparas: {1}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>&amp;Quit</source>
        <translation>Avs&amp;luta</translation>
    </message>
    <message>
        <source>&amp;Show Meeting Planner</source>
        <translation>&amp;Visa Meeting Planner</translation>
    </message>
    <message>
        <source>And 1 more follow-up.</source>
        <translation>Och 1 uppföljning till.</translation>
    </message>
    <message>
        <source>And {0} more follow-ups.</source>
        <translation>Och {0} uppföljningar till.</translation>
    </message>
    <message>
        <source>Click to open the feedback composer.</source>
        <translation>Klicka för att öppna återkopplingen.</translation>
    </message>
    <message>
        <source>Due today at {1}: the answer to {0}</source>
        <translation>I dag kl. {1}: beskedet till {0}</translation>
    </message>
    <message>
        <source>Due today at {1}: the decision on {0}</source>
        <translation>I dag kl. {1}: beslutet om {0}</translation>
    </message>
    <message>
        <source>Meeting Planner</source>
        <translation>Meeting Planner</translation>
    </message>
    <message>
        <source>Minimise to the &amp;tray</source>
        <translation>Minimera till &amp;systemfältet</translation>
    </message>
    <message>
        <source>Overdue: the answer to {0}</source>
        <translation>Försenat: beskedet till {0}</translation>
    </message>
    <message>
        <source>Overdue: the decision on {0}</source>
        <translation>Försenat: beslutet om {0}</translation>
    </message>
    <message>
        <source>When minimised, the window goes to the tray; reminders still come</source>
        <translation>Minimerat hamnar fönstret i systemfältet; påminnelserna kommer ändå</translation>
    </message>
    <message>
        <source>a candidate</source>
        <translation>en kandidat</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Change period…</source>
        <translation>Ändra period…</translation>
    </message>
    <message>
        <source>Closed meetings kept longer than {0} months after closing. Select the ones to erase; each candidate&apos;s personal data goes for good.</source>
        <translation>Avslutade möten som sparats mer än {0} månader efter avslut. Välj vilka som ska raderas; varje kandidats personuppgifter försvinner för gott.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>Erasing removes names, contact details, notes, ratings and every free text about the candidate, from the store and its backups. The meeting stays as anonymous figures (dates, decision, concern and decline categories) for insights.</source>
        <translation>Radering tar bort namn, kontaktuppgifter, anteckningar, bedömningar och all fritext om kandidaten, från arkivet och dess säkerhetskopior. Mötet finns kvar som anonyma siffror (datum, beslut, kategorier för farhågor och nej) för insikter.</translation>
    </message>
    <message>
        <source>Meetings past retention</source>
        <translation>Möten efter lagringstiden</translation>
    </message>
    <message>
        <source>Nothing to review: no meeting is kept too long.</source>
        <translation>Inget att granska: inget möte sparas för länge.</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Granska lagringstid</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Markera alla</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>One closed meeting has been kept longer than {0} months. Its candidate&apos;s personal data is due for erasure.</source>
        <translation>Ett avslutat möte har sparats längre än {0} månader. Kandidatens personuppgifter ska raderas.</translation>
    </message>
    <message>
        <source>Review meetings past retention</source>
        <translation>Granska möten efter lagringstiden</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Granska…</translation>
    </message>
    <message>
        <source>{1} closed meetings have been kept longer than {0} months. Their candidates&apos; personal data is due for erasure.</source>
        <translation>{1} avslutade möten har sparats längre än {0} månader. Kandidaternas personuppgifter ska raderas.</translation>
    </message>
</context>
<context>
    <name>RetentionSettingsDialog</name>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>Candidates&apos; personal data should not be kept longer than needed. Once a recruitment is closed, Meeting Planner lists its meetings for erasure after this many months, keeping only anonymous counts and categories.

For applicants who were not hired, the Danish data protection authority accepts keeping data up to 3 years after the recruitment ends; Swedish employers commonly keep it 2 years. Follow your own organisation&apos;s policy.</source>
        <translation>Kandidaters personuppgifter bör inte sparas längre än nödvändigt. När en rekrytering är avslutad listar Meeting Planner dess möten för radering efter så här många månader, och behåller bara anonyma antal och kategorier.

För sökande som inte anställdes godtar den danska dataskyddsmyndigheten att uppgifterna sparas upp till 3 år efter att rekryteringen avslutats; svenska arbetsgivare sparar dem ofta i 2 år. Följ din egen organisations policy.</translation>
    </message>
    <message>
        <source>Counted from the day a meeting is closed (or its start, if no date).</source>
        <translation>Räknas från dagen ett möte avslutas (eller dess start, om datum saknas).</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Spara i:</translation>
    </message>
    <message>
        <source>Months after closing</source>
        <translation>Månader efter avslut</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Lagringstid</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Förfallit sedan</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>{0}, never closed</source>
        <translation>{0}, aldrig stängd</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Företag:</translation>
    </message>
    <message>
        <source>&amp;Problems to solve:</source>
        <translation>&amp;Problem att lösa:</translation>
    </message>
    <message>
        <source>&amp;Responsibilities:</source>
        <translation>&amp;Ansvar:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Ways of working:</source>
        <translation>A&amp;rbetssätt:</translation>
    </message>
    <message>
        <source>Languages, platforms and tools, one per line</source>
        <translation>Språk, plattformar och verktyg, ett per rad</translation>
    </message>
    <message>
        <source>Pro&amp;jects:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>Real projects to show, one per line</source>
        <translation>Riktiga projekt att visa, ett per rad</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Tech &amp;stack:</source>
        <translation>Tekni&amp;kstack:</translation>
    </message>
    <message>
        <source>The employer&apos;s name, as the candidate will see it</source>
        <translation>Arbetsgivarens namn, så som kandidaten ska se det</translation>
    </message>
    <message>
        <source>What the new person will work on first, one per line</source>
        <translation>Vad den nya personen ska arbeta med först, en per rad</translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message numerus="yes">
        <source>%n criteria with ratings two or more apart: talk them through before you decide.</source>
        <translation>
            <numerusform>%n kriterium med betyg två eller fler steg isär: prata igenom det innan ni beslutar.</numerusform>
            <numerusform>%n kriterier med betyg två eller fler steg isär: prata igenom dem innan ni beslutar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecards are in. They stay folded until yours is in, so your view is your own.</source>
        <translation>
            <numerusform>%n bedömning är inne. Den förblir dold tills din är inne, så att din bild är din egen.</numerusform>
            <numerusform>%n bedömningar är inne. De förblir dolda tills din är inne, så att din bild är din egen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show them anyway</source>
        <translation>&amp;Visa dem ändå</translation>
    </message>
    <message>
        <source>Debrief form &amp;for…</source>
        <translation>Utvärderingsformulär &amp;för…</translation>
    </message>
    <message>
        <source>Debrief form for {0}</source>
        <translation>Utvärderingsformulär för {0}</translation>
    </message>
    <message>
        <source>Each interviewer&apos;s own form, which comes back as their scorecard</source>
        <translation>Varje intervjuares eget formulär, som kommer tillbaka som hens bedömning</translation>
    </message>
    <message>
        <source>Fold the others&apos; scorecards until mine is in</source>
        <translation>Dölj de andras bedömningar tills min är inne</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vänta</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>No one on the People tab yet</source>
        <translation>Ingen på fliken Personer än</translation>
    </message>
    <message>
        <source>No scorecards yet. Give each interviewer their own debrief form (Documents &gt; Debrief form for…) and import what comes back.</source>
        <translation>Inga bedömningar än. Ge varje intervjuare ett eget utvärderingsformulär (Dokument &gt; Utvärderingsformulär för…) och importera det som kommer tillbaka.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>Rekommenderar</translation>
    </message>
    <message>
        <source>Scorecards side by side</source>
        <translation>Bedömningarna sida vid sida</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <source>The form could not be saved to {0}: {1}</source>
        <translation>Formuläret kunde inte sparas i {0}: {1}</translation>
    </message>
    <message>
        <source>The panel broadly agrees on every criterion.</source>
        <translation>Panelen är i stort sett överens om varje kriterium.</translation>
    </message>
    <message>
        <source>The panel&apos;s scorecards</source>
        <translation>Panelens bedömningar</translation>
    </message>
    <message>
        <source>{0}: talk about it</source>
        <translation>{0}: prata om det</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Every command with a key, as the menus and screens offer them.</source>
        <translation>Alla kommandon som har en tangent, som menyerna och skärmarna erbjuder dem.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Agenda table</source>
        <translation>Agendatabellen</translation>
    </message>
    <message>
        <source>Leave the table for the next or previous field</source>
        <translation>Lämna tabellen för nästa eller föregående fält</translation>
    </message>
    <message>
        <source>Meeting mode, before the start</source>
        <translation>Mötesläget, före start</translation>
    </message>
    <message>
        <source>Meeting mode, while it runs</source>
        <translation>Mötesläget, medan det pågår</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tabb, Skift+Tabb</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Fold {0}</source>
        <translation>Fäll ihop {0}</translation>
    </message>
    <message>
        <source>Fold {0} to a strip</source>
        <translation>Fäll ihop {0} till en list</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>Visa {0}</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>&amp;Close recruitment…</source>
        <translation>&amp;Avsluta rekryteringen…</translation>
    </message>
    <message>
        <source>Close recruitment</source>
        <translation>Avsluta rekryteringen</translation>
    </message>
    <message>
        <source>Close the recruitment for {0}? The meeting is kept, and nothing more falls due for it. You can undo this.</source>
        <translation>Avsluta rekryteringen för {0}? Mötet behålls och inget mer förfaller för det. Du kan ångra detta.</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Markera som &amp;genomfört</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Markera som genomfört</translation>
    </message>
    <message>
        <source>No feedback has been sent to {0} yet.</source>
        <translation>Ingen återkoppling har skickats till {0} än.</translation>
    </message>
    <message>
        <source>The meeting took place: the answer and the decision fall due from its planned end</source>
        <translation>Mötet har hållits: svaret och beslutet räknas från dess planerade slut</translation>
    </message>
    <message>
        <source>The recruitment has ended for this candidate; nothing more falls due</source>
        <translation>Rekryteringen är avslutad för den här kandidaten; inget mer förfaller</translation>
    </message>
    <message>
        <source>this candidate</source>
        <translation>den här kandidaten</translation>
    </message>
</context>
<context>
    <name>StoreDialogs</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Restore newest backup</source>
        <translation>&amp;Återställ senaste säkerhetskopian</translation>
    </message>
    <message>
        <source>A file of your meetings store is damaged.</source>
        <translation>En fil i ditt mötesarkiv är skadad.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Säkerhetskopia återställd</translation>
    </message>
    <message>
        <source>Meetings already open</source>
        <translation>Mötena är redan öppna</translation>
    </message>
    <message>
        <source>Meetings cannot be opened</source>
        <translation>Mötena kan inte öppnas</translation>
    </message>
    <message>
        <source>Only one Meeting Planner at a time can change the meetings in {0} (they are held by {1}).

Switch to that window, or open the meetings read-only here: you can read and print them, but not change them.</source>
        <translation>Bara en Meeting Planner åt gången kan ändra mötena i {0} (de hålls av {1}).

Byt till det fönstret, eller öppna mötena skrivskyddade här: du kan läsa och skriva ut dem, men inte ändra dem.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Öppna &amp;skrivskyddat</translation>
    </message>
    <message>
        <source>Open the meetings read-only</source>
        <translation>Öppna mötena skrivskyddade</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Quit without changing anything</source>
        <translation>Avsluta utan att ändra något</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Återställ senaste säkerhetskopian</translation>
    </message>
    <message>
        <source>Restoring did not work: {0}</source>
        <translation>Återställningen fungerade inte: {0}</translation>
    </message>
    <message>
        <source>The file {0} does not read back ({1}). It has been left exactly as it is.

Meeting Planner keeps backups of its recent saves. Restoring puts the newest good backup in place and keeps the damaged file beside it, so nothing is deleted. Edits made after that backup was taken are lost.</source>
        <translation>Filen {0} går inte att läsa ({1}). Den har lämnats precis som den är.

Meeting Planner sparar säkerhetskopior av de senaste sparningarna. Återställning lägger tillbaka den senaste fungerande kopian och behåller den skadade filen bredvid, så inget raderas. Ändringar gjorda efter att kopian togs går förlorade.</translation>
    </message>
    <message>
        <source>Your meetings are open in another Meeting Planner.</source>
        <translation>Dina möten är öppna i en annan Meeting Planner.</translation>
    </message>
    <message>
        <source>Your meetings were restored from a backup:

{0}</source>
        <translation>Dina möten återställdes från en säkerhetskopia:

{0}</translation>
    </message>
</context>
<context>
    <name>SurveyActions</name>
    <message>
        <source>Anonymous declined offer survey: {0}</source>
        <translation>Anonym enkät om nej till erbjudandet: {0}</translation>
    </message>
    <message>
        <source>Could not make the PDF</source>
        <translation>Kunde inte skapa PDF:en</translation>
    </message>
    <message>
        <source>Declined offer survey: {0}</source>
        <translation>Enkät om nej till erbjudandet: {0}</translation>
    </message>
    <message>
        <source>Import filled survey</source>
        <translation>Importera ifylld enkät</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}: {1}</source>
        <translation>Inget importerades från {0}: {1}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The outcome now has the survey&apos;s answers (Undo takes them back):

{0}</source>
        <translation>Utfallet har nu enkätens svar (Ångra tar tillbaka dem):

{0}</translation>
    </message>
    <message>
        <source>The survey could not be made: {0}</source>
        <translation>Enkäten kunde inte skapas: {0}</translation>
    </message>
    <message>
        <source>This meeting is open read-only: nothing can be imported.</source>
        <translation>Det här mötet är öppet skrivskyddat: inget kan importeras.</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} går inte att läsa: {1}</translation>
    </message>
    <message>
        <source>{0} holds nothing new for this outcome.</source>
        <translation>{0} innehåller inget nytt för det här utfallet.</translation>
    </message>
    <message>
        <source>{0} is far too large to be a survey.</source>
        <translation>{0} är alldeles för stor för att vara en enkät.</translation>
    </message>
</context>
<context>
    <name>TeamFolder</name>
    <message>
        <source>&amp;Look in the team folder</source>
        <translation>&amp;Titta i teammappen</translation>
    </message>
    <message>
        <source>&amp;Share plan to the team folder</source>
        <translation>&amp;Dela planen i teammappen</translation>
    </message>
    <message>
        <source>&amp;Team folder…</source>
        <translation>&amp;Teammapp…</translation>
    </message>
    <message>
        <source>Nothing new in the team folder.</source>
        <translation>Inget nytt i teammappen.</translation>
    </message>
    <message>
        <source>Nothing was applied: {0}</source>
        <translation>Inget genomfördes: {0}</translation>
    </message>
    <message>
        <source>Share plan</source>
        <translation>Dela planen</translation>
    </message>
    <message>
        <source>Shared in the team folder as {0}</source>
        <translation>Delad i teammappen som {0}</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Teammapp</translation>
    </message>
    <message>
        <source>Team folder not set</source>
        <translation>Teammappen valdes inte</translation>
    </message>
    <message>
        <source>The folder your team shares plans and filled forms in (a synced folder)</source>
        <translation>Mappen där teamet delar planer och ifyllda formulär (en synkad mapp)</translation>
    </message>
    <message>
        <source>The plan could not be written into {0}: {1}</source>
        <translation>Planen kunde inte skrivas till {0}: {1}</translation>
    </message>
    <message>
        <source>The team folder cannot be read: {0}</source>
        <translation>Teammappen kan inte läsas: {0}</translation>
    </message>
    <message>
        <source>Write this plan into the team folder as your own file, for the others</source>
        <translation>Skriv planen till teammappen som din egen fil, till de andra</translation>
    </message>
    <message>
        <source>{0}: left alone ({1})</source>
        <translation>{0}: lämnas orörd ({1})</translation>
    </message>
</context>
<context>
    <name>TeamFolderNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Review what the team folder brings</source>
        <translation>Granska vad teammappen för med sig</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Granska…</translation>
    </message>
    <message numerus="yes">
        <source>The team folder has %n changed files.</source>
        <translation>
            <numerusform>Teammappen har %n ändrad fil.</numerusform>
            <numerusform>Teammappen har %n ändrade filer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team folder has %n new files.</source>
        <translation>
            <numerusform>Teammappen har %n ny fil.</numerusform>
            <numerusform>Teammappen har %n nya filer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team folder has {0} new and {1} changed files.</source>
        <translation>Teammappen har {0} nya och {1} ändrade filer.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Företag:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kontor:</translation>
    </message>
    <message>
        <source>A complete 90-minute case meeting to look around in and change freely.</source>
        <translation>Ett komplett casemöte på 90 minuter att utforska och ändra fritt.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>V&amp;aluta:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>Good tech candidates choose between several employers. Meeting Planner helps you spend the meeting on what you offer, give the candidate a short taste of the real work, and assess them in a two-way dialogue. A coach checks the balance of your agenda, and the follow-up reminds you to answer every candidate within 48 hours.</source>
        <translation>Bra tekniska kandidater väljer mellan flera arbetsgivare. Meeting Planner hjälper dig att lägga mötet på det du erbjuder, ge kandidaten ett litet smakprov på det verkliga arbetet och bedöma hen i ett samtal åt båda håll. En coach kontrollerar agendans balans, och uppföljningen påminner dig om att svara varje kandidat inom 48 timmar.</translation>
    </message>
    <message>
        <source>Name the candidate and the role; the template gives you a balanced agenda.</source>
        <translation>Ange kandidaten och rollen; mallen ger dig en balanserad agenda.</translation>
    </message>
    <message>
        <source>Open the sample meeting</source>
        <translation>Öppna exempelmötet</translation>
    </message>
    <message>
        <source>Plan a new meeting from a template</source>
        <translation>Planera ett nytt möte utifrån en mall</translation>
    </message>
    <message>
        <source>Plan your next interview as a candidate meeting</source>
        <translation>Planera din nästa intervju som ett kandidatmöte</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Börja &amp;tomt</translation>
    </message>
    <message>
        <source>The country decides whose public holidays deadlines skip, the salary&apos;s currency and the language new meetings are written in. New meetings take the company, office and offer from here; the rest of the offer is under Edit &gt; Employer profile.</source>
        <translation>Landet avgör vilka helgdagar som hoppas över i tidsfristerna, lönens valuta och på vilket språk nya möten skrivs. Nya möten hämtar företaget, kontoret och erbjudandet härifrån; resten av erbjudandet finns under Redigera &gt; Arbetsgivarprofil.</translation>
    </message>
    <message>
        <source>Welcome to Meeting Planner</source>
        <translation>Välkommen till Meeting Planner</translation>
    </message>
    <message>
        <source>Your company (you can skip this, and change it later)</source>
        <translation>Ditt företag (du kan hoppa över det här och ändra det senare)</translation>
    </message>
    <message>
        <source>e.g. Gothenburg, Lindholmen</source>
        <translation>t.ex. Göteborg, Lindholmen</translation>
    </message>
    <message>
        <source>e.g. Nordvik Logistics</source>
        <translation>t.ex. Nordvik Logistics</translation>
    </message>
</context>
</TS>
