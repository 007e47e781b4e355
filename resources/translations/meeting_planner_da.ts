<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccessExport</name>
    <message>
        <source>Export everything about this candidate</source>
        <translation>Eksportér alt om denne kandidat</translation>
    </message>
    <message>
        <source>Export not written</source>
        <translation>Eksporten blev ikke skrevet</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Eksportér personoplysninger</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;JSON data (*.json)</source>
        <translation>PDF-dokument (*.pdf);;JSON-data (*.json)</translation>
    </message>
    <message>
        <source>Select a meeting first: the export covers its candidate.</source>
        <translation>Vælg et møde først: eksporten gælder dets kandidat.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote everything stored about {0} (%n meetings) to {1}</source>
        <translation>
            <numerusform>Skrev alt gemt om {0} (%n møde) til {1}</numerusform>
            <numerusform>Skrev alt gemt om {0} (%n møder) til {1}</numerusform>
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
        <translation>Tilføj casen {0}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Tilføj blok</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Tilføj blok</translation>
    </message>
    <message>
        <source>Add the block picked in the palette after the selected one</source>
        <translation>Tilføj den blok, der er valgt i paletten, efter den markerede</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Agenda actions</source>
        <translation>Handlinger for dagsordenen</translation>
    </message>
    <message>
        <source>Agenda blocks</source>
        <translation>Dagsordenens blokke</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move the selected block earlier</source>
        <translation>Flyt den markerede blok tidligere</translation>
    </message>
    <message>
        <source>Move the selected block later</source>
        <translation>Flyt den markerede blok senere</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Ny blok</translation>
    </message>
    <message>
        <source>Open the selected block&apos;s review comments in the Comments tab</source>
        <translation>Åbn den markerede bloks kommentarer i fanen Kommentarer</translation>
    </message>
    <message>
        <source>Remove the selected block</source>
        <translation>Fjern den markerede blok</translation>
    </message>
    <message>
        <source>Show &amp;comments</source>
        <translation>Vis &amp;kommentarer</translation>
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
        <translation>(intet emne)</translation>
    </message>
    <message>
        <source>Block title</source>
        <translation>Blokkens titel</translation>
    </message>
    <message>
        <source>Kind of block</source>
        <translation>Bloktype</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Pitch topic</source>
        <translation>Pitchens emne</translation>
    </message>
    <message>
        <source>Who leads this block</source>
        <translation>Hvem der leder blokken</translation>
    </message>
</context>
<context>
    <name>AgendaLabels</name>
    <message>
        <source>Assess</source>
        <translation>Vurdere</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Code quality</source>
        <translation>Kodekvalitet</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samarbejde</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Culture and values</source>
        <translation>Kultur og værdier</translation>
    </message>
    <message>
        <source>Data literacy</source>
        <translation>Dataforståelse</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Fleksibilitet</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Ramme</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Læring</translation>
    </message>
    <message>
        <source>Meet the team</source>
        <translation>Mød teamet</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ejerskab</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Problem solving</source>
        <translation>Problemløsning</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekter</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Salary and benefits</source>
        <translation>Løn og goder</translation>
    </message>
    <message>
        <source>Security mindset</source>
        <translation>Sikkerhedssans</translation>
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
        <translation>Tech-stak</translation>
    </message>
    <message>
        <source>Their questions</source>
        <translation>Deres spørgsmål</translation>
    </message>
    <message>
        <source>User focus</source>
        <translation>Brugerfokus</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkomst</translation>
    </message>
    <message>
        <source>Work-life balance</source>
        <translation>Balance mellem arbejde og fritid</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Click the bubble to open the Comments tab.</source>
        <translation>Klik på taleboblen for at åbne fanen Kommentarer.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Move blocks</source>
        <translation>Flyt blokke</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Pick what this pitch is about; the coach matches it to the candidate.</source>
        <translation>Vælg, hvad denne pitch handler om; coachen matcher den med kandidaten.</translation>
    </message>
    <message>
        <source>Pitch topic</source>
        <translation>Emne</translation>
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
        <translation>Møderne kan ikke åbnes</translation>
    </message>
</context>
<context>
    <name>BalanceBar</name>
    <message>
        <source>Agenda {0} min of {1} min planned</source>
        <translation>Dagsorden {0} min af {1} min planlagt</translation>
    </message>
    <message>
        <source>Balance of the meeting</source>
        <translation>Mødets balance</translation>
    </message>
    <message>
        <source>No blocks yet</source>
        <translation>Ingen blokke endnu</translation>
    </message>
    <message>
        <source>No blocks yet: add blocks to see the balance.</source>
        <translation>Ingen blokke endnu: tilføj blokke for at se balancen.</translation>
    </message>
    <message>
        <source>Selling (pitch, and team time a future colleague leads): {0} %</source>
        <translation>Salg (præsentation, og teamtid som en kommende kollega leder): {0} %</translation>
    </message>
    <message>
        <source>Target for selling: {0}–{1} %</source>
        <translation>Mål for salgsandel: {0}–{1} %</translation>
    </message>
    <message>
        <source>selling {0} %, target {1}–{2} %</source>
        <translation>salg {0} %, mål {1}–{2} %</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>{0} (not selling)</source>
        <translation>{0} (ikke salg)</translation>
    </message>
    <message>
        <source>{0} (not selling: no future colleague leads it)</source>
        <translation>{0} (ikke salg: ingen kommende kollega leder den)</translation>
    </message>
    <message>
        <source>{0} of {1} min planned</source>
        <translation>{0} af {1} min planlagt</translation>
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
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Review comments on this block</source>
        <translation>Kommentarer til denne blok</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Comments tab</source>
        <translation>
            <numerusform>og %n mere i fanen Kommentarer</numerusform>
            <numerusform>og %n mere i fanen Kommentarer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockDetails</name>
    <message>
        <source>&amp;Internal notes</source>
        <translation>&amp;Interne noter</translation>
    </message>
    <message>
        <source>&amp;Talking points (one per line)</source>
        <translation>&amp;Talepunkter (et pr. linje)</translation>
    </message>
    <message>
        <source>A fact in braces is said from the Role and the Offer: {0}. Meeting mode and the brief show its current value.</source>
        <translation>En oplysning i krøllede parenteser hentes fra Rolle og Tilbud: {0}. Mødetilstanden og lederens briefing viser dens aktuelle værdi.</translation>
    </message>
    <message>
        <source>Details of “{0}”</source>
        <translation>Detaljer for “{0}”</translation>
    </message>
    <message>
        <source>Internal notes, never shown to the candidate</source>
        <translation>Interne noter, vises aldrig for kandidaten</translation>
    </message>
    <message>
        <source>Internal: never shown to the candidate</source>
        <translation>Internt: vises aldrig for kandidaten</translation>
    </message>
    <message>
        <source>Reminders for the interviewers only.</source>
        <translation>Påmindelser kun til intervieweren.</translation>
    </message>
    <message>
        <source>Select a block to see its talking points.</source>
        <translation>Vælg en blok for at se dens talepunkter.</translation>
    </message>
    <message>
        <source>Talking points, one per line</source>
        <translation>Talepunkter, ét pr. linje</translation>
    </message>
    <message>
        <source>What to say or ask in this block, one point per line.</source>
        <translation>Hvad der skal siges eller spørges om i blokken, ét punkt pr. linje.</translation>
    </message>
</context>
<context>
    <name>BlockPalette</name>
    <message>
        <source>Add a block</source>
        <translation>Tilføj en blok</translation>
    </message>
    <message>
        <source>Blocks to add</source>
        <translation>Blokke at tilføje</translation>
    </message>
    <message>
        <source>Case ideas</source>
        <translation>Caseidéer</translation>
    </message>
    <message>
        <source>Case ideas fill in the case task</source>
        <translation>Caseidéer udfylder caseopgaven</translation>
    </message>
    <message>
        <source>Case: {0}</source>
        <translation>Case: {0}</translation>
    </message>
    <message>
        <source>Dialogue: {0}</source>
        <translation>Dialog: {0}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to add after the selected block.</source>
        <translation>Dobbeltklik eller tryk Enter for at tilføje efter den markerede blok.</translation>
    </message>
    <message>
        <source>Fills in the case task (brief, preparation, what to observe) from the idea.</source>
        <translation>Udfylder caseopgaven (briefing, forberedelse, hvad der skal observeres) fra idéen.</translation>
    </message>
    <message>
        <source>Meet the team</source>
        <translation>Mød teamet</translation>
    </message>
    <message>
        <source>Next steps and timeline</source>
        <translation>Næste skridt og tidsplan</translation>
    </message>
    <message>
        <source>Open and close</source>
        <translation>Åbning og afslutning</translation>
    </message>
    <message>
        <source>Pitch: {0}</source>
        <translation>Pitch: {0}</translation>
    </message>
    <message>
        <source>Sell the role</source>
        <translation>Sælg rollen</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Kort pause</translation>
    </message>
    <message>
        <source>The candidate&apos;s questions</source>
        <translation>Kandidatens spørgsmål</translation>
    </message>
    <message>
        <source>Two-way dialogue</source>
        <translation>Dialog begge veje</translation>
    </message>
    <message>
        <source>Use a case idea as the meeting&apos;s case task</source>
        <translation>Brug en caseidé som mødets caseopgave</translation>
    </message>
    <message>
        <source>Watch for:
{0}</source>
        <translation>Hold øje med:
{0}</translation>
    </message>
    <message>
        <source>Welcome and the plan for today</source>
        <translation>Velkomst og dagens plan</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Motivations:</source>
        <translation>&amp;Motivation:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Current &amp;title:</source>
        <translation>N&amp;uværende titel:</translation>
    </message>
    <message>
        <source>For the panel only</source>
        <translation>Kun for panelet</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <source>What they look for in their next job, one per line.
The coach checks that the pitch answers each one.</source>
        <translation>Hvad de søger i deres næste job, ét pr. linje.
Coachen tjekker, at pitchen svarer på hvert punkt.</translation>
    </message>
    <message>
        <source>e.g. Senior developer at a bank</source>
        <translation>f.eks. Seniorudvikler i en bank</translation>
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
        <translation>&amp;Briefing:</translation>
    </message>
    <message>
        <source>&amp;Fill from idea</source>
        <translation>&amp;Udfyld fra idé</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idé:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materialer:</translation>
    </message>
    <message>
        <source>&amp;Observe:</source>
        <translation>&amp;Observér:</translation>
    </message>
    <message>
        <source>&amp;Prepare:</source>
        <translation>&amp;Forbered:</translation>
    </message>
    <message>
        <source>&amp;Real work:</source>
        <translation>&amp;Rigtigt arbejde:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>A small taste of the real work raises the candidate&apos;s interest. Start from an idea in the library and adapt it, or write your own below.</source>
        <translation>En lille smagsprøve på det rigtige arbejde øger kandidatens interesse. Tag udgangspunkt i en idé fra biblioteket og tilpas den, eller skriv din egen nedenfor.</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Case idea from the library</source>
        <translation>Caseidé fra biblioteket</translation>
    </message>
    <message>
        <source>Data science</source>
        <translation>Data science</translation>
    </message>
    <message>
        <source>Fill the case from the chosen idea</source>
        <translation>Udfyld casen fra den valgte idé</translation>
    </message>
    <message>
        <source>Fill the case from “{0}”</source>
        <translation>Udfyld casen fra “{0}”</translation>
    </message>
    <message>
        <source>Frontend</source>
        <translation>Frontend</translation>
    </message>
    <message>
        <source>How the case connects to the work the person would really do</source>
        <translation>Hvordan casen hænger sammen med det arbejde, personen faktisk skal lave</translation>
    </message>
    <message>
        <source>IT security</source>
        <translation>IT-sikkerhed</translation>
    </message>
    <message>
        <source>Mi&amp;nutes:</source>
        <translation>Mi&amp;nutter:</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Én pr. linje</translation>
    </message>
    <message>
        <source>Replaces the case below with the idea; Undo brings your case back.</source>
        <translation>Erstatter casen nedenfor med idéen; Fortryd henter din case tilbage.</translation>
    </message>
    <message>
        <source>Start from a library idea</source>
        <translation>Tag udgangspunkt i en idé fra biblioteket</translation>
    </message>
    <message>
        <source>The task as the candidate hears it</source>
        <translation>Opgaven, som kandidaten hører den</translation>
    </message>
    <message>
        <source>UX design</source>
        <translation>UX-design</translation>
    </message>
    <message>
        <source>What the panel gets ready before the meeting</source>
        <translation>Hvad panelet forbereder før mødet</translation>
    </message>
    <message>
        <source>What the panel watches for, one per line</source>
        <translation>Hvad panelet holder øje med, ét pr. linje</translation>
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
        <translation>Luk</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Åbn det</translation>
    </message>
    <message>
        <source>Open the other meeting</source>
        <translation>Åbn det andet møde</translation>
    </message>
    <message>
        <source>This meeting overlaps {0}&apos;s meeting at {1}, where {2} also take part.</source>
        <translation>Mødet overlapper mødet med {0} {1}, hvor {2} også deltager.</translation>
    </message>
    <message>
        <source>This meeting overlaps {0}&apos;s meeting at {1}, where {2} also takes part.</source>
        <translation>Mødet overlapper mødet med {0} {1}, hvor {2} også deltager.</translation>
    </message>
    <message>
        <source>another candidate</source>
        <translation>en anden kandidat</translation>
    </message>
    <message>
        <source>{0} more meetings overlap too.</source>
        <translation>{0} møder mere overlapper også.</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <source>&amp;Findings (double-click to go there)</source>
        <translation>&amp;Fund (dobbeltklik for at gå dertil)</translation>
    </message>
    <message>
        <source>A good plan; the hints below could polish it.</source>
        <translation>En god plan; tipsene nedenfor kan finpudse den.</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Coach findings</source>
        <translation>Coachens fund</translation>
    </message>
    <message>
        <source>Coach score</source>
        <translation>Coachscore</translation>
    </message>
    <message>
        <source>Needs work before the meeting</source>
        <translation>Kræver arbejde før mødet</translation>
    </message>
    <message>
        <source>Not ready: fix the problems first</source>
        <translation>Ikke klar: ret problemerne først</translation>
    </message>
    <message>
        <source>Problems to fix before the meeting: {0}</source>
        <translation>Problemer, der skal løses før mødet: {0}</translation>
    </message>
    <message>
        <source>Ready for the candidate</source>
        <translation>Klar til kandidaten</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters.</source>
        <translation>Vælg et fund for at se, hvorfor det betyder noget.</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Kilde: {0}</translation>
    </message>
    <message>
        <source>Warnings worth a look: {0}</source>
        <translation>Advarsler, der er værd at se på: {0}</translation>
    </message>
    <message>
        <source>Well balanced: nothing to fix.</source>
        <translation>Godt afbalanceret: intet at rette.</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Hvorfor det betyder noget</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>Hvorfor: {0}</translation>
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
        <translation>Tilføj blokken {0}</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Tilføj kommentar</translation>
    </message>
    <message>
        <source>Add criterion {0}</source>
        <translation>Tilføj kriteriet {0}</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <source>Change concern</source>
        <translation>Ændr bekymring</translation>
    </message>
    <message>
        <source>Change decision</source>
        <translation>Ændr beslutning</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Ændr {0}</translation>
    </message>
    <message>
        <source>Edit block {0}</source>
        <translation>Redigér blokken {0}</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Redigér kriterium</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Redigér deltager</translation>
    </message>
    <message>
        <source>Fill the case</source>
        <translation>Udfyld casen</translation>
    </message>
    <message>
        <source>Mark feedback as sent</source>
        <translation>Markér feedbacken som sendt</translation>
    </message>
    <message>
        <source>Move block {0}</source>
        <translation>Flyt blokken {0}</translation>
    </message>
    <message>
        <source>Rank criteria</source>
        <translation>Prioritér kriterier</translation>
    </message>
    <message>
        <source>Rate criterion</source>
        <translation>Vurdér kriterium</translation>
    </message>
    <message>
        <source>Remove block {0}</source>
        <translation>Fjern blokken {0}</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Fjern kriterium</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Fjern deltager</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Genåbn kommentaren</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Markér kommentaren som løst</translation>
    </message>
</context>
<context>
    <name>CommentMarks</name>
    <message numerus="yes">
        <source>%n open review comments</source>
        <translation>
            <numerusform>%n åben kommentar</numerusform>
            <numerusform>%n åbne kommentarer</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the Comments tab.</source>
        <translation>Klik for at åbne fanen Kommentarer.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>nogen</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n open review comments</source>
        <translation>
            <numerusform>{0}: %n åben kommentar</numerusform>
            <numerusform>{0}: %n åbne kommentarer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <source> (resolved)</source>
        <translation> (løst)</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>&amp;Tilføj kommentar</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Løst</translation>
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
        <translation>Fra:</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Genå&amp;bn</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Kommentarer til planen</translation>
    </message>
    <message>
        <source>What should change, or what you want to ask</source>
        <translation>Hvad der bør ændres, eller hvad du vil spørge om</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation>Hvad kommentaren handler om</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Deadlines promised to candidates skip weekends and the public holidays of the employer&apos;s country. Which country? (Asked once: it is kept in the employer profile, where you can change it.)</source>
        <translation>Frister, der loves kandidater, springer weekender og arbejdsgiverlandets helligdage over. Hvilket land gælder? (Der spørges én gang: svaret gemmes i arbejdsgiverprofilen, hvor du kan ændre det.)</translation>
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
        <translation>Nederlandene</translation>
    </message>
    <message>
        <source>None: weekends only</source>
        <translation>Intet: kun weekender</translation>
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
        <translation>Hvor ligger arbejdsgiveren?</translation>
    </message>
</context>
<context>
    <name>CriteriaForm</name>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Tilføj kriterium</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Tilføj et kriterium</translation>
    </message>
    <message>
        <source>Ask about working together, and share your own example too:</source>
        <translation>Spørg ind til samarbejde, og del også gerne dit eget eksempel:</translation>
    </message>
    <message>
        <source>Dialogue questions for the selected criterion</source>
        <translation>Dialogspørgsmål til det valgte kriterium</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nyt kriterium</translation>
    </message>
    <message>
        <source>Questions for a two-way dialogue</source>
        <translation>Spørgsmål til en dialog begge veje</translation>
    </message>
    <message>
        <source>Rank the criterion higher</source>
        <translation>Prioritér kriteriet højere</translation>
    </message>
    <message>
        <source>Rank the criterion lower</source>
        <translation>Prioritér kriteriet lavere</translation>
    </message>
    <message>
        <source>Rank what matters most first. The ranking drives the debrief form and the feedback to the candidate; more than {0} criteria dilute both.</source>
        <translation>Prioritér det vigtigste først. Prioriteringen styrer evalueringsskemaet og feedbacken til kandidaten; mere end {0} kriterier udvander begge dele.</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Fjern kriterium</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>Fjern det markerede kriterium</translation>
    </message>
    <message>
        <source>Select a criterion to see questions that fit it.</source>
        <translation>Vælg et kriterium for at se spørgsmål, der passer.</translation>
    </message>
    <message>
        <source>Selection criteria</source>
        <translation>Udvælgelseskriterier</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>Vis kommentarer</translation>
    </message>
    <message>
        <source>The library has no questions for “{0}” yet.</source>
        <translation>Biblioteket har ingen spørgsmål til “{0}” endnu.</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Click the bubble to open the Comments tab.</source>
        <translation>Klik på taleboblen for at åbne fanen Kommentarer.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Good evidence looks like</source>
        <translation>Gode belæg ser sådan ud</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Hvad det betyder</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslæt</translation>
    </message>
    <message>
        <source>Not changed: {0}.</source>
        <translation>Ikke ændret: {0}.</translation>
    </message>
    <message>
        <source>Not read: {0}.</source>
        <translation>Kunne ikke læses: {0}.</translation>
    </message>
    <message>
        <source>Pick the day from a calendar</source>
        <translation>Vælg dagen i en kalender</translation>
    </message>
    <message>
        <source>Type a date and time as you would write it, in English, Swedish or Danish, or as 2026-12-09 13:00; or pick the day from the calendar.</source>
        <translation>Skriv dato og klokkeslæt, som du plejer, på dansk, svensk eller engelsk, eller som 2026-12-09 13:00; eller vælg dagen i kalenderen.</translation>
    </message>
    <message>
        <source>e.g. 9 Dec 2026 13:00</source>
        <translation>fx 9. dec. 2026 13.00</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <source>Compose &amp;feedback…</source>
        <translation>Skriv &amp;feedback…</translation>
    </message>
    <message>
        <source>De&amp;brief…</source>
        <translation>&amp;Evaluering…</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Rate the criteria, note concerns and record the decision</source>
        <translation>Vurdér kriterierne, notér bekymringer og registrér beslutningen</translation>
    </message>
    <message>
        <source>Write the reasoned answer to the candidate</source>
        <translation>Skriv det begrundede svar til kandidaten</translation>
    </message>
</context>
<context>
    <name>DebriefTab</name>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslutning:</translation>
    </message>
    <message>
        <source>&amp;Import filled debrief form…</source>
        <translation>&amp;Importér udfyldt evalueringsskema…</translation>
    </message>
    <message>
        <source>1 cool</source>
        <translation>1 lunken</translation>
    </message>
    <message>
        <source>5 keen</source>
        <translation>5 ivrig</translation>
    </message>
    <message>
        <source>Advance to the next step</source>
        <translation>Gå videre til næste trin</translation>
    </message>
    <message>
        <source>Competing &amp;offers:</source>
        <translation>Konkurrerende &amp;tilbud:</translation>
    </message>
    <message>
        <source>Compose &amp;feedback…</source>
        <translation>Skriv &amp;feedback…</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>Bekymringer:</translation>
    </message>
    <message>
        <source>Criteria, most important first</source>
        <translation>Kriterier, vigtigste først</translation>
    </message>
    <message>
        <source>Culture or values</source>
        <translation>Kultur eller værdier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Decision &amp;notes:</source>
        <translation>Noter om &amp;beslutningen:</translation>
    </message>
    <message>
        <source>Decision: {0}. Status: {1}.</source>
        <translation>Beslutning: {0}. Status: {1}.</translation>
    </message>
    <message>
        <source>Fill this in with the panel straight after the meeting, or import the filled debrief form. Recording a decision marks the meeting debriefed.</source>
        <translation>Udfyld dette sammen med panelet lige efter mødet, eller importér det udfyldte evalueringsskema. Når en beslutning registreres, markeres mødet som evalueret.</translation>
    </message>
    <message>
        <source>Flexibility, remote work</source>
        <translation>Fleksibilitet, hjemmearbejde</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Afvent</translation>
    </message>
    <message>
        <source>Import filled debrief form</source>
        <translation>Importér udfyldt evalueringsskema</translation>
    </message>
    <message>
        <source>Later role</source>
        <translation>Senere rolle</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>Læring og udvikling</translation>
    </message>
    <message>
        <source>Make an offer</source>
        <translation>Giv et tilbud</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Ingen beslutning endnu.</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Ikke besluttet</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Ikke noteret</translation>
    </message>
    <message>
        <source>Only when you mean it: a no then ends by offering to keep in touch.</source>
        <translation>Kun hvis I mener det: et nej slutter så med et tilbud om at holde kontakten.</translation>
    </message>
    <message>
        <source>Other offers or processes they mentioned</source>
        <translation>Andre tilbud eller processer, de nævnte</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf)</source>
        <translation>PDF-skemaer (*.pdf)</translation>
    </message>
    <message>
        <source>Pay or the offer</source>
        <translation>Lønnen eller tilbuddet</translation>
    </message>
    <message>
        <source>Reason to &amp;give:</source>
        <translation>Begrundelse at &amp;give:</translation>
    </message>
    <message>
        <source>Say no</source>
        <translation>Sige nej</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Noget andet</translation>
    </message>
    <message>
        <source>The candidate</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>The panel&apos;s own notes on the decision, for the team</source>
        <translation>Panelets egne noter om beslutningen, til teamet</translation>
    </message>
    <message>
        <source>The process is slow</source>
        <translation>Processen er langsom</translation>
    </message>
    <message>
        <source>The reason as the candidate will read it, tied to a criterion above: “For this role we need…, and in the case we saw…”</source>
        <translation>Begrundelsen, som kandidaten vil læse den, knyttet til et kriterium ovenfor: »Til denne stilling har vi brug for…, og i casen så vi…«</translation>
    </message>
    <message>
        <source>The role felt unclear</source>
        <translation>Rollen virkede uklar</translation>
    </message>
    <message>
        <source>Their &amp;interest:</source>
        <translation>Deres &amp;interesse:</translation>
    </message>
    <message>
        <source>Their &amp;timeline:</source>
        <translation>&amp;Deres tidsplan:</translation>
    </message>
    <message>
        <source>They could fit a &amp;later role: offer to keep in touch</source>
        <translation>Kan passe til en &amp;senere rolle: tilbyd at holde kontakten</translation>
    </message>
    <message>
        <source>What &amp;resonated:</source>
        <translation>&amp;Hvad der faldt i god jord:</translation>
    </message>
    <message>
        <source>What they reacted to with interest: the case, the team, the offer</source>
        <translation>Hvad de reagerede interesseret på: casen, teamet, tilbuddet</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Hvad de sagde</translation>
    </message>
    <message>
        <source>When they must decide, e.g. an offer elsewhere in two weeks</source>
        <translation>Hvornår de skal beslutte sig, f.eks. et tilbud et andet sted om to uger</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>debriefed</source>
        <translation>evalueret</translation>
    </message>
    <message>
        <source>feedback sent</source>
        <translation>feedback sendt</translation>
    </message>
    <message>
        <source>held</source>
        <translation>afholdt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>{0}: what they said</source>
        <translation>{0}: hvad de sagde</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Candidate&apos;s agenda</source>
        <translation>Kandidatens dagsorden</translation>
    </message>
    <message>
        <source>Could not make the PDF</source>
        <translation>Kunne ikke lave PDF&apos;en</translation>
    </message>
    <message>
        <source>Debrief form</source>
        <translation>Evalueringsskema</translation>
    </message>
    <message>
        <source>Manager&apos;s brief</source>
        <translation>Lederens briefing</translation>
    </message>
    <message>
        <source>The {0} could not be made: {1}</source>
        <translation>{0} kunne ikke laves: {1}</translation>
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
        <translation>&amp;Opfølgninger</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfalder</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>One follow-up is overdue: see View &gt; Due follow-ups</source>
        <translation>En opfølgning er forsinket: se Vis &gt; Opfølgninger</translation>
    </message>
    <message>
        <source>What each candidate is waiting for, overdue first</source>
        <translation>Hvad hver kandidat venter på, forsinkede først</translation>
    </message>
    <message>
        <source>{0} follow-ups are overdue: see View &gt; Due follow-ups</source>
        <translation>{0} opfølgninger er forsinkede: se Vis &gt; Opfølgninger</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message numerus="yes">
        <source>%n coming up</source>
        <translation>
            <numerusform>%n kommende</numerusform>
            <numerusform>%n kommende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n færdig</numerusform>
            <numerusform>%n færdige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n forfalder i dag</numerusform>
            <numerusform>%n forfalder i dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinkede</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Debriefed</source>
        <translation>Evalueret</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfalder</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>Due in {0}</source>
        <translation>Forfalder om {0}</translation>
    </message>
    <message>
        <source>Due today, in {0}</source>
        <translation>Forfalder i dag, om {0}</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>Feedback sendt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>No meeting has taken place yet.</source>
        <translation>Der er ikke afholdt noget møde endnu.</translation>
    </message>
    <message>
        <source>Nothing here with this choice.</source>
        <translation>Intet her med dette valg.</translation>
    </message>
    <message>
        <source>Once a meeting has taken place, the answer each candidate is waiting for and your decision are listed here, with their deadlines.</source>
        <translation>Når et møde er afholdt, vises svaret, hver kandidat venter på, og din beslutning her med deres frister.</translation>
    </message>
    <message>
        <source>Overdue and due today</source>
        <translation>Forsinkede og forfalder i dag</translation>
    </message>
    <message>
        <source>Overdue by {0}</source>
        <translation>Forsinket med {0}</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Kun forsinkede</translation>
    </message>
    <message>
        <source>Planned (not marked held)</source>
        <translation>Planlagt (ikke markeret som afholdt)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sent {0}.</source>
        <translation>Sendt {0}.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>The answer to {0} is due {1}.</source>
        <translation>Svaret til {0} forfalder {1}.</translation>
    </message>
    <message>
        <source>The decision on {0} is due {1}.</source>
        <translation>Beslutningen om {0} forfalder {1}.</translation>
    </message>
    <message>
        <source>The meeting is past but not marked held.</source>
        <translation>Mødet er overstået, men ikke markeret som afholdt.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} t</translation>
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
        <translation>&amp;Kopiér til udklipsholder</translation>
    </message>
    <message>
        <source>&amp;Email to candidate…</source>
        <translation>&amp;E-mail til kandidaten…</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Markér som sendt</translation>
    </message>
    <message>
        <source>&amp;Regenerate draft</source>
        <translation>&amp;Lav nyt udkast</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>&amp;Gem som tekst…</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Kopieret til udklipsholderen.</translation>
    </message>
    <message>
        <source>Decision: {0}.</source>
        <translation>Beslutning: {0}.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Feedback due {0}, in {1}.</source>
        <translation>Feedback senest {0}, om {1}.</translation>
    </message>
    <message>
        <source>Feedback to the candidate</source>
        <translation>Feedback til kandidaten</translation>
    </message>
    <message>
        <source>Feedback was due {0}: overdue by {1}.</source>
        <translation>Feedbacken skulle være sendt {0}: forsinket med {1}.</translation>
    </message>
    <message>
        <source>A draft from the debrief: the lines written for the candidate, the reason you chose and the ranked criteria. It follows the debrief until you edit it. Check it and make it yours before you send it.</source>
        <translation>Et udkast fra evalueringen: linjerne skrevet til kandidaten, den begrundelse, du valgte, og de prioriterede kriterier. Det følger evalueringen, indtil du redigerer det. Læs det igennem, og gør det til dit eget, før du sender det.</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Gå til &amp;evalueringen</translation>
    </message>
    <message>
        <source>It cannot be marked as sent before the meeting has ended ({0}).</source>
        <translation>Det kan ikke markeres som sendt, før mødet er slut ({0}).</translation>
    </message>
    <message>
        <source>It cannot be marked as sent while it holds parts in square brackets to fill in, such as {0}.</source>
        <translation>Det kan ikke markeres som sendt, så længe det har dele i firkantede parenteser, der skal udfyldes, som {0}.</translation>
    </message>
    <message>
        <source>It does not count as feedback with a reason in Insights.</source>
        <translation>Det tæller ikke som feedback med begrundelse i Indsigt.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Markér som sendt</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Markeret som sendt</translation>
    </message>
    <message>
        <source>No decision yet, so there is nothing to tell the candidate.</source>
        <translation>Ingen beslutning endnu, så der er intet at fortælle kandidaten.</translation>
    </message>
    <message>
        <source>Open the letter in your mail program; marked as sent once you say it went</source>
        <translation>Åbn brevet i dit mailprogram; markeres som sendt, når du siger, at det er sendt</translation>
    </message>
    <message>
        <source>Record a decision on the Debrief tab: the draft is written from it.</source>
        <translation>Registrér en beslutning på fanen Evaluering: udkastet skrives ud fra den.</translation>
    </message>
    <message>
        <source>Record that the candidate has had this answer</source>
        <translation>Registrér, at kandidaten har fået dette svar</translation>
    </message>
    <message>
        <source>Regenerate draft</source>
        <translation>Lav nyt udkast</translation>
    </message>
    <message>
        <source>Replace your text with a new draft from the debrief? Undo brings it back.</source>
        <translation>Erstat din tekst med et nyt udkast fra evalueringen? Fortryd henter den tilbage.</translation>
    </message>
    <message>
        <source>Save feedback as text</source>
        <translation>Gem feedbacken som tekst</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Gemt i {0}.</translation>
    </message>
    <message>
        <source>Sent {0}, {1} after the meeting.</source>
        <translation>Sendt {0}, {1} efter mødet.</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstfiler (*.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>That is after the deadline of {0}.</source>
        <translation>Det er efter fristen {0}.</translation>
    </message>
    <message>
        <source>The reason you chose on the Debrief tab names no criterion: say which one, so the candidate knows what to work on.</source>
        <translation>Den begrundelse, du valgte på fanen Evaluering, nævner intet kriterium: sig hvilket, så kandidaten ved, hvad vedkommende kan arbejde med.</translation>
    </message>
    <message>
        <source>The text names no criterion of this meeting: one concrete reason, tied to a criterion, goes a long way.</source>
        <translation>Teksten nævner ingen af mødets kriterier: én konkret begrundelse, knyttet til et kriterium, gør en stor forskel.</translation>
    </message>
    <message>
        <source>There is no text to send.</source>
        <translation>Der er ingen tekst at sende.</translation>
    </message>
    <message>
        <source>“{0}” tells the candidate nothing: name what was missing, tied to a criterion.</source>
        <translation>»{0}« fortæller ikke kandidaten noget: nævn, hvad der manglede, knyttet til et kriterium.</translation>
    </message>
    <message>
        <source>The feedback could not be saved to {0}: {1}</source>
        <translation>Feedbacken kunne ikke gemmes i {0}: {1}</translation>
    </message>
    <message>
        <source>Write the draft again from the debrief</source>
        <translation>Skriv udkastet igen ud fra evalueringen</translation>
    </message>
    <message>
        <source>Your text. Regenerate draft starts again from the debrief.</source>
        <translation>Din tekst. Lav nyt udkast starter forfra fra evalueringen.</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} dage</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} t</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} t {1} min</translation>
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
        <translation>Kunne ikke eksportere</translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation>Eksportér møde</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Eksportér plan</translation>
    </message>
    <message>
        <source>Import debrief form</source>
        <translation>Importér evalueringsskema</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importér møder</translation>
    </message>
    <message>
        <source>Meeting files (*.meeting.json *.json);;All files (*)</source>
        <translation>Mødefiler (*.meeting.json *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}: {1}</source>
        <translation>Intet blev importeret fra {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing was imported. This file is not valid:

{0}</source>
        <translation>Intet blev importeret. Filen er ikke gyldig:

{0}</translation>
    </message>
    <message>
        <source>The debrief now has the form&apos;s answers (Undo takes them back):

{0}</source>
        <translation>Evalueringen har nu skemaets svar (Fortryd tager dem tilbage):

{0}</translation>
    </message>
    <message>
        <source>The meeting could not be saved to {0}: {1}</source>
        <translation>Mødet kunne ikke gemmes i {0}: {1}</translation>
    </message>
    <message>
        <source>This meeting is open read-only, so the form cannot be imported.</source>
        <translation>Dette møde er åbnet skrivebeskyttet, så skemaet kan ikke importeres.</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} kan ikke læses: {1}</translation>
    </message>
    <message>
        <source>{0} holds nothing new for this debrief.</source>
        <translation>{0} indeholder intet nyt til denne evaluering.</translation>
    </message>
    <message>
        <source>{0} is far too large to be a debrief form.</source>
        <translation>{0} er alt for stor til at være et evalueringsskema.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Hint</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
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
        <translation>Internt: deles ikke med kandidaten</translation>
    </message>
    <message>
        <source>Only for you and the panel: never in the candidate&apos;s agenda or a shared plan.</source>
        <translation>Kun for dig og panelet: aldrig i kandidatens dagsorden eller en delt plan.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Deles</translation>
    </message>
    <message>
        <source>Shared: the candidate reads this</source>
        <translation>Deles: kandidaten læser dette</translation>
    </message>
    <message>
        <source>Written to the candidate: the feedback letter uses it as it stands.</source>
        <translation>Skrevet til kandidaten: feedbackbrevet bruger det, som det står.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Also apply the older files (they undo changes made here since)</source>
        <translation>Brug også de ældre filer (de fjerner ændringer, der er lavet her siden)</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Gennemfør ændringerne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importér møder</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Intet blev importeret: {0}</translation>
    </message>
    <message>
        <source>These files are of meetings you already have. Importing them changes those meetings as listed:</source>
        <translation>Filerne gælder møder, som du allerede har. Hvis du importerer dem, ændres møderne sådan her:</translation>
    </message>
    <message>
        <source>{0}: a new meeting with {1}</source>
        <translation>{0}: et nyt møde med {1}</translation>
    </message>
    <message>
        <source>{0}: changes the meeting with {1}:</source>
        <translation>{0}: ændrer mødet med {1}:</translation>
    </message>
    <message>
        <source>{0}: not imported, it is older than your copy of {1} (it would undo changes made since):</source>
        <translation>{0}: importeres ikke, den er ældre end din udgave af {1} (den ville fjerne ændringer, der er lavet siden):</translation>
    </message>
    <message>
        <source>{0}: not imported, the data of {1} was erased</source>
        <translation>{0}: importeres ikke, oplysningerne om {1} er slettet</translation>
    </message>
    <message>
        <source>{0}: the template {1}</source>
        <translation>{0}: skabelonen {1}</translation>
    </message>
    <message>
        <source>{0}: {1} is already up to date</source>
        <translation>{0}: {1} er allerede opdateret</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>&amp;Insights…</source>
        <translation>&amp;Indsigter…</translation>
    </message>
    <message>
        <source>Why candidates decline, what worries them, how fast they hear back</source>
        <translation>Hvorfor kandidater siger nej, hvad der bekymrer dem, hvor hurtigt de får svar</translation>
    </message>
</context>
<context>
    <name>InsightsWindow</name>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Eksportér som PDF…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates, {0} of them past the deadline</source>
        <translation>
            <numerusform>%n kandidat, {0} over fristen</numerusform>
            <numerusform>%n kandidater, heraf {0} over fristen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings, {0} held. Offers made: {1}; accepted {2}, declined {3}.</source>
        <translation>
            <numerusform>%n møde, heraf {0} afholdt. Tilbud givet: {1}; accepteret {2}, afslået {3}.</numerusform>
            <numerusform>%n møder, heraf {0} afholdt. Tilbud givet: {1}; accepteret {2}, afslået {3}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A filled anonymous declined-offer survey: it counts for its role and month, never in one meeting</source>
        <translation>Et udfyldt anonymt spørgeskema om et afslået tilbud: det tæller for sin stilling og måned, aldrig i et enkelt møde</translation>
    </message>
    <message>
        <source>Anonymous survey answers counted: {0}.</source>
        <translation>Anonyme besvarelser talt med: {0}.</translation>
    </message>
    <message>
        <source>Average sell share</source>
        <translation>Gennemsnitlig salgsandel</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valgte datoer</translation>
    </message>
    <message>
        <source>Concerns candidates raised in meetings</source>
        <translation>Bekymringer, som kandidater rejste på møder</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <source>Export insights</source>
        <translation>Eksportér indsigter</translation>
    </message>
    <message>
        <source>Feedback with a reason</source>
        <translation>Feedback med begrundelse</translation>
    </message>
    <message>
        <source>Feedback within {0} working days</source>
        <translation>Feedback inden for {0} arbejdsdage</translation>
    </message>
    <message>
        <source>Over {0} working days</source>
        <translation>Over {0} arbejdsdage</translation>
    </message>
    <message>
        <source>Within 1 working day</source>
        <translation>Inden for 1 arbejdsdag</translation>
    </message>
    <message>
        <source>Within {0} working days</source>
        <translation>Inden for {0} arbejdsdage</translation>
    </message>
    <message>
        <source>{0} was imported before: it counts once.</source>
        <translation>{0} er importeret før: det tæller én gang.</translation>
    </message>
    <message>
        <source>{0}–{1} working days</source>
        <translation>{0}–{1} arbejdsdage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Import &amp;anonymous survey…</source>
        <translation>Importér &amp;anonymt spørgeskema…</translation>
    </message>
    <message>
        <source>Import anonymous survey</source>
        <translation>Importér anonymt spørgeskema</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Indsigter</translation>
    </message>
    <message>
        <source>Last {0} days</source>
        <translation>Seneste {0} dage</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>For sent</translation>
    </message>
    <message>
        <source>Median time to feedback</source>
        <translation>Mediantid til feedback</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Ingen data endnu</translation>
    </message>
    <message>
        <source>Nobody: every candidate met has heard back</source>
        <translation>Ingen: alle kandidater, vi har mødt, har fået svar</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Intet registreret i denne periode.</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}: {1}</source>
        <translation>Intet blev importeret fra {0}: {1}</translation>
    </message>
    <message>
        <source>Outside our control</source>
        <translation>Uden for vores kontrol</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Venter stadig</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {0}: {1}</source>
        <translation>PDF&apos;en kunne ikke gemmes i {0}: {1}</translation>
    </message>
    <message>
        <source>The period ends before it starts: pick other dates.</source>
        <translation>Perioden slutter, før den begynder: vælg andre datoer.</translation>
    </message>
    <message>
        <source>Time from meeting to feedback</source>
        <translation>Tid fra møde til feedback</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>We can act on it</source>
        <translation>Vi kan gøre noget ved det</translation>
    </message>
    <message>
        <source>Why candidates declined</source>
        <translation>Hvorfor kandidater takkede nej</translation>
    </message>
    <message numerus="yes">
        <source>{0} ({1} of %n candidates who heard back)</source>
        <translation>
            <numerusform>{0} ({1} af %n kandidat, der fik svar)</numerusform>
            <numerusform>{0} ({1} af %n kandidater, der fik svar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of the %n candidates met</source>
        <translation>
            <numerusform>{0} af den %n kandidat, vi har mødt</numerusform>
            <numerusform>{0} af de %n kandidater, vi har mødt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of the %n reasons for saying no are ones we can act on.</source>
        <translation>
            <numerusform>{0} af %n grund til at sige nej er en, vi kan gøre noget ved.</numerusform>
            <numerusform>{0} af de %n grunde til at sige nej er nogle, vi kan gøre noget ved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of the agenda over %n held meetings (the coach aims for {1}–{2})</source>
        <translation>
            <numerusform>{0} af dagsordenen over %n afholdt møde (coachen sigter mod {1}–{2})</numerusform>
            <numerusform>{0} af dagsordenen over %n afholdte møder (coachen sigter mod {1}–{2})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>&amp;Language…</source>
        <translation>S&amp;prog…</translation>
    </message>
    <message>
        <source>Follow the system ({0})</source>
        <translation>Følg systemet ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Show Meeting Planner in:</source>
        <translation>Vis Meeting Planner på:</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Det nye sprog bruges fra næste start.</translation>
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
        <translation>&amp;Evalueringsskema</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumenter</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplikér</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;Export meeting file…</source>
        <translation>&amp;Eksportér mødefil…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Find meeting</source>
        <translation>&amp;Find møde</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Import meeting files…</source>
        <translation>&amp;Importér mødefiler…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nyt møde…</translation>
    </message>
    <message>
        <source>&amp;Next part of the meeting</source>
        <translation>&amp;Næste del af mødet</translation>
    </message>
    <message>
        <source>&amp;Previous part of the meeting</source>
        <translation>&amp;Forrige del af mødet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Annu&amp;llér fortryd</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Gem nu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Fo&amp;rtryd</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>A meeting file without the debrief, outcome, ratings and internal notes</source>
        <translation>En mødefil uden evaluering, udfald, vurderinger og interne noter</translation>
    </message>
    <message>
        <source>About Meeting Planner</source>
        <translation>Om Meeting Planner</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>All changes saved at {0}</source>
        <translation>Alle ændringer gemt kl. {0}</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Candidate &amp;agenda</source>
        <translation>Kandidatens &amp;dagsorden</translation>
    </message>
    <message>
        <source>Changes are saved automatically; this saves them at once</source>
        <translation>Ændringer gemmes automatisk; dette gemmer dem med det samme</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Ændringerne blev ikke gemt</translation>
    </message>
    <message>
        <source>Changes not saved yet: {0}</source>
        <translation>Ændringer ikke gemt endnu: {0}</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Debrief form</source>
        <translation>Evalueringsskema</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <source>Delete the meeting with {0} on {1}? Its plan, debrief and notes are removed and this cannot be undone.</source>
        <translation>Slet mødet med {0} den {1}? Dets plan, evaluering og noter fjernes, og det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Employer &amp;profile…</source>
        <translation>Arbejdsgiver&amp;profil…</translation>
    </message>
    <message>
        <source>Employer profile</source>
        <translation>Arbejdsgiverprofil</translation>
    </message>
    <message>
        <source>Employer profile saved.</source>
        <translation>Arbejdsgiverprofilen er gemt.</translation>
    </message>
    <message>
        <source>Every key of the app in one list</source>
        <translation>Alle appens taster i én liste</translation>
    </message>
    <message>
        <source>Export &amp;plan only…</source>
        <translation>Eksportér kun &amp;planen…</translation>
    </message>
    <message>
        <source>Import filled de&amp;brief form…</source>
        <translation>Importér udfyldt e&amp;valueringsskema…</translation>
    </message>
    <message>
        <source>Import filled debrief form</source>
        <translation>Importér udfyldt evalueringsskema</translation>
    </message>
    <message>
        <source>Import meeting files</source>
        <translation>Importér mødefiler</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;brief</source>
        <translation>Lederens &amp;briefing</translation>
    </message>
    <message>
        <source>Meeting Planner {0}

Plans job interviews as candidate meetings: an agenda that sells the role, a short case and a two-way dialogue, a coach that checks the balance, and an answer to every candidate within 48 hours.

Your meetings are stored in {1}. The app works offline and sends nothing anywhere.</source>
        <translation>Meeting Planner {0}

Planlægger jobsamtaler som kandidatmøder: en dagsorden, der sælger rollen, en kort case og en dialog begge veje, en coach, der tjekker balancen, og et svar til hver kandidat inden for 48 timer.

Dine møder gemmes i {1}. Appen virker offline og sender intet nogen steder hen.</translation>
    </message>
    <message>
        <source>Meeting Planner[*]</source>
        <translation>Meeting Planner[*]</translation>
    </message>
    <message>
        <source>Meeting cannot be opened</source>
        <translation>Mødet kan ikke åbnes</translation>
    </message>
    <message>
        <source>Meeting deleted</source>
        <translation>Mødet er slettet</translation>
    </message>
    <message>
        <source>Meeting files (*.meeting.json);;All files (*)</source>
        <translation>Mødefiler (*.meeting.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Meeting not deleted</source>
        <translation>Mødet blev ikke slettet</translation>
    </message>
    <message>
        <source>Meeting not saved</source>
        <translation>Mødet blev ikke gemt</translation>
    </message>
    <message>
        <source>New from &amp;sample</source>
        <translation>Nyt fra e&amp;ksempel</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nyt møde…</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>Intet møde valgt</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Åbn mappen</translation>
    </message>
    <message>
        <source>Open the sample meeting</source>
        <translation>Åbn eksempelmødet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Plan a new meeting from a template</source>
        <translation>Planlæg et nyt møde ud fra en skabelon</translation>
    </message>
    <message>
        <source>Preview and print the manager&apos;s brief</source>
        <translation>Vis og udskriv lederens briefing</translation>
    </message>
    <message>
        <source>Preview the agenda to send to the candidate</source>
        <translation>Vis dagsordenen, der skal sendes til kandidaten</translation>
    </message>
    <message>
        <source>Preview the brief for you and the other interviewers</source>
        <translation>Vis briefingen til dig og de andre interviewere</translation>
    </message>
    <message>
        <source>Preview the form the interviewers fill in after the meeting</source>
        <translation>Vis skemaet, som intervieweren udfylder efter mødet</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profilen blev ikke gemt</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>Read-only: another Meeting Planner has these meetings open. You can read and print them here, but changes cannot be made.</source>
        <translation>Skrivebeskyttet: en anden Meeting Planner har disse møder åbne. Du kan læse og udskrive dem her, men ikke ændre dem.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Annullér fortryd</translation>
    </message>
    <message>
        <source>Replace template</source>
        <translation>Erstat skabelon</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Gem som s&amp;kabelon…</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Gem som skabelon</translation>
    </message>
    <message>
        <source>Saved the template {0}; it is offered under File &gt; New meeting.</source>
        <translation>Skabelonen {0} er gemt; den tilbydes under Filer &gt; Nyt møde.</translation>
    </message>
    <message>
        <source>Saved {0} in {1}.</source>
        <translation>Gemte {0} i {1}.</translation>
    </message>
    <message>
        <source>Select a meeting on the left, or plan a new one.</source>
        <translation>Vælg et møde til venstre, eller planlæg et nyt.</translation>
    </message>
    <message>
        <source>Select the meeting the debrief form belongs to, then import it again.</source>
        <translation>Vælg det møde, evalueringsskemaet hører til, og importér det så igen.</translation>
    </message>
    <message>
        <source>Some changes could not be saved. Quit anyway and lose them? Choose No to stay and try again.</source>
        <translation>Nogle ændringer kunne ikke gemmes. Afslut alligevel og mist dem? Vælg Nej for at blive og prøve igen.</translation>
    </message>
    <message>
        <source>Template name (the candidate, debrief and notes are left out):</source>
        <translation>Skabelonens navn (kandidaten, evalueringen og noterne udelades):</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Skabelonen blev ikke gemt</translation>
    </message>
    <message>
        <source>The next tab of the meeting editor</source>
        <translation>Næste fane i mødeeditoren</translation>
    </message>
    <message>
        <source>The previous tab of the meeting editor</source>
        <translation>Forrige fane i mødeeditoren</translation>
    </message>
    <message>
        <source>These meetings are open read-only, so nothing can be imported.</source>
        <translation>Disse møder er åbnet skrivebeskyttet, så intet kan importeres.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>You already have a template named {0}. Replace it?</source>
        <translation>Du har allerede en skabelon med navnet {0}. Erstat den?</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>dette møde</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopi)</translation>
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
        <translation>Dagsorden</translation>
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
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Mødets dele</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <source>Coach: add an agenda</source>
        <translation>Coach: tilføj en dagsorden</translation>
    </message>
    <message>
        <source>Coach: {0}/100</source>
        <translation>Coach: {0}/100</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Mødeoversigt</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Ny kandidat</translation>
    </message>
    <message>
        <source>The coach&apos;s score for this plan; the Agenda tab lists what it found.</source>
        <translation>Coachens score for denne plan; fanen Dagsorden viser, hvad den fandt.</translation>
    </message>
    <message>
        <source>no role yet</source>
        <translation>ingen rolle endnu</translation>
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
        <translation>(ingen kandidat endnu)</translation>
    </message>
    <message>
        <source>(no role yet)</source>
        <translation>(ingen rolle endnu)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Debriefed</source>
        <translation>Evalueret</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>Feedback sendt</translation>
    </message>
    <message>
        <source>Feedback sent to the candidate.</source>
        <translation>Feedback sendt til kandidaten.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer is due by {0}.</source>
        <translation>Kandidatens svar skal komme senest {0}.</translation>
    </message>
    <message>
        <source>{0}
Feedback to the candidate is due today</source>
        <translation>{0}
Feedback til kandidaten forfalder i dag</translation>
    </message>
    <message>
        <source>{0}
Feedback to the candidate is overdue</source>
        <translation>{0}
Feedbacken til kandidaten er forsinket</translation>
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
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Alle møder</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Opfølgning forfalder</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>No meeting matches the search or filter.</source>
        <translation>Intet møde matcher søgningen eller filteret.</translation>
    </message>
    <message>
        <source>No meetings yet. Plan one with File &gt; New meeting.</source>
        <translation>Ingen møder endnu. Planlæg et med Filer &gt; Nyt møde.</translation>
    </message>
    <message>
        <source>Opening your meetings…</source>
        <translation>Åbner dine møder…</translation>
    </message>
    <message>
        <source>Search candidate or role</source>
        <translation>Søg kandidat eller rolle</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Søg i møder</translation>
    </message>
    <message>
        <source>Show meetings</source>
        <translation>Vis møder</translation>
    </message>
</context>
<context>
    <name>MeetingModeCommands</name>
    <message>
        <source>End the meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <source>Mark a concern</source>
        <translation>Markér en bekymring</translation>
    </message>
    <message>
        <source>Mark a strong signal</source>
        <translation>Markér et stærkt signal</translation>
    </message>
    <message>
        <source>Note on {0}</source>
        <translation>Note om {0}</translation>
    </message>
</context>
<context>
    <name>MeetingModeController</name>
    <message>
        <source>Meeting mode</source>
        <translation>Mødetilstand</translation>
    </message>
    <message>
        <source>Meeting mode carries on where it was when the app closed.</source>
        <translation>Mødetilstanden fortsætter, hvor den var, da appen blev lukket.</translation>
    </message>
    <message>
        <source>Rehearsal over: nothing in the meeting was changed.</source>
        <translation>Prøven er slut: intet i mødet blev ændret.</translation>
    </message>
    <message>
        <source>Run the meeting from its plan: timer, talking points, quick notes</source>
        <translation>Kør mødet ud fra planen: timer, talepunkter, hurtige noter</translation>
    </message>
    <message>
        <source>Start &amp;meeting mode</source>
        <translation>Start &amp;mødetilstand</translation>
    </message>
    <message>
        <source>The meeting clock could not be kept: {0}</source>
        <translation>Mødeuret kunne ikke gemmes: {0}</translation>
    </message>
    <message>
        <source>The meeting is marked as held; your notes and markers are in the debrief.</source>
        <translation>Mødet er markeret som afholdt; dine noter og markeringer er i evalueringen.</translation>
    </message>
</context>
<context>
    <name>MeetingModeLayout</name>
    <message>
        <source>A small timer that stays on top (M)</source>
        <translation>En lille timer, der altid ligger øverst (M)</translation>
    </message>
    <message>
        <source>About a minute left in this block.</source>
        <translation>Cirka et minut tilbage af blokken.</translation>
    </message>
    <message>
        <source>About {0} min behind plan</source>
        <translation>Cirka {0} min bagud</translation>
    </message>
    <message>
        <source>Block {0} of {1} · {2}</source>
        <translation>Blok {0} af {1} · {2}</translation>
    </message>
    <message>
        <source>Close meeting mode; a started meeting&apos;s clock runs on (Ctrl+W)</source>
        <translation>Luk mødetilstanden; et startet mødes ur kører videre (Ctrl+W)</translation>
    </message>
    <message>
        <source>Concern raised</source>
        <translation>Bekymring rejst</translation>
    </message>
    <message>
        <source>End meeting…</source>
        <translation>Afslut mødet…</translation>
    </message>
    <message>
        <source>End rehearsal</source>
        <translation>Afslut prøven</translation>
    </message>
    <message>
        <source>End the meeting (Ctrl+E)</source>
        <translation>Afslut mødet (Ctrl+E)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Fuld skærm</translation>
    </message>
    <message>
        <source>Full screen on or off (F11; Esc leaves)</source>
        <translation>Fuld skærm til eller fra (F11; Esc forlader)</translation>
    </message>
    <message>
        <source>Keys: Enter start · R rehearse · F11 full screen · Ctrl+W leave</source>
        <translation>Taster: Enter start · R prøv · F11 fuld skærm · Ctrl+W forlad</translation>
    </message>
    <message>
        <source>Keys: → Space next · ← back · P pause · C concern · S strong signal · N notes · M mini timer · F11 full screen · Ctrl+E end · Ctrl+W leave · Ctrl+Z undo</source>
        <translation>Taster: → mellemrum næste · ← tilbage · P pause · C bekymring · S stærkt signal · N noter · M minitimer · F11 fuld skærm · Ctrl+E afslut · Ctrl+W forlad · Ctrl+Z fortryd</translation>
    </message>
    <message>
        <source>Keys: → Space next · ← back · P pause · M mini timer · F11 full screen · Ctrl+E end the rehearsal · Ctrl+W leave</source>
        <translation>Taster: → mellemrum næste · ← tilbage · P pause · M minitimer · F11 fuld skærm · Ctrl+E afslut prøven · Ctrl+W forlad</translation>
    </message>
    <message>
        <source>Last block. Ctrl+E ends the meeting.</source>
        <translation>Sidste blok. Ctrl+E afslutter mødet.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Forlad</translation>
    </message>
    <message>
        <source>Mark a concern here (C)</source>
        <translation>Markér en bekymring her (C)</translation>
    </message>
    <message>
        <source>Mark a strong signal here (S)</source>
        <translation>Markér et stærkt signal her (S)</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Mødetid</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Minitimer</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Næste →</translation>
    </message>
    <message>
        <source>Next: {0} · {1} min</source>
        <translation>Næste: {0} · {1} min</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>Ingen dagsorden</translation>
    </message>
    <message>
        <source>Notes on this block</source>
        <translation>Noter om denne blok</translation>
    </message>
    <message>
        <source>Notes on this block (N; Esc to leave)</source>
        <translation>Noter om denne blok (N; Esc for at forlade)</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Efter planen</translation>
    </message>
    <message>
        <source>Over time by {0}. Wrap up when it suits, then move on.</source>
        <translation>{0} over tiden. Rund af, når det passer, og gå så videre.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the clocks (P)</source>
        <translation>Sæt urene på pause eller fortsæt (P)</translation>
    </message>
    <message>
        <source>Paused: the clocks are stopped. P resumes.</source>
        <translation>På pause: urene står stille. P fortsætter.</translation>
    </message>
    <message>
        <source>Ready. The clock starts when you press Start the meeting (Enter); Rehearse (R) runs through the plan and records nothing.</source>
        <translation>Klar. Uret starter, når du trykker på Start mødet (Enter); Prøv (R) gennemgår planen uden at gemme noget.</translation>
    </message>
    <message>
        <source>Rehearsal: the clock runs, but no note, marker or end is recorded.</source>
        <translation>Prøve: uret kører, men ingen noter, markeringer eller afslutning gemmes.</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Prøv</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Run through the plan on a clock that records nothing (R)</source>
        <translation>Gennemgå planen med et ur, der ikke gemmer noget (R)</translation>
    </message>
    <message>
        <source>Start the clock when the candidate is in the room (Enter)</source>
        <translation>Start uret, når kandidaten er i lokalet (Enter)</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Start mødet</translation>
    </message>
    <message>
        <source>Strong signal</source>
        <translation>Stærkt signal</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Talepunkter</translation>
    </message>
    <message>
        <source>The next block (Right, Space or Page Down)</source>
        <translation>Næste blok (højre, mellemrum eller Page Down)</translation>
    </message>
    <message>
        <source>The previous block (Left or Page Up)</source>
        <translation>Forrige blok (venstre eller Page Up)</translation>
    </message>
    <message>
        <source>This meeting has no agenda blocks yet.</source>
        <translation>Dette møde har ingen blokke på dagsordenen endnu.</translation>
    </message>
    <message>
        <source>This meeting is planned for {0}, not today.</source>
        <translation>Mødet er planlagt til {0}, ikke i dag.</translation>
    </message>
    <message>
        <source>Time left in this block</source>
        <translation>Tid tilbage af blokken</translation>
    </message>
    <message>
        <source>Untitled block</source>
        <translation>Unavngivet blok</translation>
    </message>
    <message>
        <source>What you saw and heard; only the panel sees this.</source>
        <translation>Hvad du så og hørte; kun panelet ser dette.</translation>
    </message>
    <message>
        <source>left of {0} min · {1} gone</source>
        <translation>tilbage af {0} min · {1} brugt</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ingen ansvarlig</translation>
    </message>
    <message>
        <source>of {0} · over by {1}</source>
        <translation>af {0} · {1} over</translation>
    </message>
    <message>
        <source>of {0} · {1} left</source>
        <translation>af {0} · {1} tilbage</translation>
    </message>
    <message>
        <source>over its {0} min · {1} in this block</source>
        <translation>over sine {0} min · {1} i blokken</translation>
    </message>
    <message>
        <source>{0} min to spare</source>
        <translation>{0} min til overs</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tilbage</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <source>Concern</source>
        <translation>Bekymring</translation>
    </message>
    <message>
        <source>End meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <source>End the meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <source>End the meeting now, at {0}? It is marked as held, and your notes and markers are carried into the debrief. Undo takes this back.

Leave closes meeting mode and lets the meeting&apos;s clock run on.</source>
        <translation>Afslut mødet nu, kl. {0}? Det markeres som afholdt, og dine noter og markeringer føres over i evalueringen. Fortryd tager det tilbage.

Forlad lukker mødetilstanden og lader mødets ur køre videre.</translation>
    </message>
    <message>
        <source>End the meeting or rehearsal</source>
        <translation>Afslut mødet eller prøven</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Fuld skærm til eller fra</translation>
    </message>
    <message>
        <source>Leave, keep it running</source>
        <translation>Forlad, lad det køre videre</translation>
    </message>
    <message>
        <source>Leave; the meeting runs on</source>
        <translation>Forlad; mødet kører videre</translation>
    </message>
    <message>
        <source>Mark a concern</source>
        <translation>Markér en bekymring</translation>
    </message>
    <message>
        <source>Mark a strong signal</source>
        <translation>Markér et stærkt signal</translation>
    </message>
    <message>
        <source>Markers so far: concerns {0} · strong signals {1}</source>
        <translation>Markeringer indtil nu: bekymringer {0} · stærke signaler {1}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Meeting mode: {0}</source>
        <translation>Mødetilstand: {0}</translation>
    </message>
    <message>
        <source>Mini timer on or off</source>
        <translation>Minitimer til eller fra</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Næste blok</translation>
    </message>
    <message>
        <source>Pause or resume the clocks</source>
        <translation>Sæt urene på pause eller start dem igen</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Forrige blok</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Annullér fortryd</translation>
    </message>
    <message>
        <source>Rehearsal: {0}</source>
        <translation>Prøve: {0}</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Prøv</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Start mødet</translation>
    </message>
    <message>
        <source>Strong signal</source>
        <translation>Stærkt signal</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Write a note on the block</source>
        <translation>Skriv en note om blokken</translation>
    </message>
    <message>
        <source>{0} marked at {1}</source>
        <translation>{0} markeret kl. {1}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} findes allerede. Vil du erstatte den?</translation>
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
        <translation>Klik for at gå tilbage til mødetilstand</translation>
    </message>
    <message>
        <source>Meeting over by {0}</source>
        <translation>Mødet er {0} over tiden</translation>
    </message>
    <message>
        <source>Meeting timer</source>
        <translation>Mødetimer</translation>
    </message>
    <message>
        <source>Meeting: {0} left</source>
        <translation>Møde: {0} tilbage</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>Ingen dagsorden</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message numerus="yes">
        <source>%n minutes planned.</source>
        <translation>
            <numerusform>%n minut planlagt.</numerusform>
            <numerusform>%n minutter planlagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>&amp;Create meeting</source>
        <translation>&amp;Opret møde</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>S&amp;tarter:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Sk&amp;abelon:</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <source>The offer, tech stack, team and location come from your employer profile (Edit &gt; Employer profile); you can change them in the meeting.</source>
        <translation>Tilbuddet, tech-stakken, teamet og stedet kommer fra din arbejdsgiverprofil (Rediger &gt; Arbejdsgiverprofil); du kan ændre dem i mødet.</translation>
    </message>
    <message>
        <source>e.g. Backend developer</source>
        <translation>f.eks. Backendudvikler</translation>
    </message>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>f.eks. Sam Lund</translation>
    </message>
    <message>
        <source>{0} (your template)</source>
        <translation>{0} (din skabelon)</translation>
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
        <translation>&amp;Fleksibilitet:</translation>
    </message>
    <message>
        <source>&amp;Paid:</source>
        <translation>&amp;Betalt:</translation>
    </message>
    <message>
        <source>&amp;Remote days a week:</source>
        <translation>&amp;Hjemmearbejdsdage om ugen:</translation>
    </message>
    <message>
        <source>B&amp;enefits:</source>
        <translation>Fo&amp;rdele:</translation>
    </message>
    <message>
        <source>Development &amp;budget:</source>
        <translation>&amp;Udviklingsbudget:</translation>
    </message>
    <message>
        <source>Development pat&amp;hs:</source>
        <translation>U&amp;dviklingsveje:</translation>
    </message>
    <message>
        <source>Development t&amp;ime:</source>
        <translation>Udviklings&amp;tid:</translation>
    </message>
    <message>
        <source>Hybrid work, core hours, where the team meets</source>
        <translation>Hybridarbejde, kernetid, hvor teamet mødes</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Én pr. linje</translation>
    </message>
    <message>
        <source>Salary &amp;from:</source>
        <translation>Løn &amp;fra:</translation>
    </message>
    <message>
        <source>Salary &amp;to:</source>
        <translation>&amp;Løn til:</translation>
    </message>
    <message>
        <source>Where the role can lead, one per line</source>
        <translation>Hvor rollen kan føre hen, ét pr. linje</translation>
    </message>
    <message>
        <source>Work-life ba&amp;lance:</source>
        <translation>B&amp;alance mellem arbejde og fritid:</translation>
    </message>
    <message>
        <source>e.g. 2,000 EUR a year for courses and conferences</source>
        <translation>f.eks. 15.000 kr. om året til kurser og konferencer</translation>
    </message>
    <message>
        <source>e.g. one day a month for learning</source>
        <translation>f.eks. én dag om måneden til læring</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pr. time</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pr. måned</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pr. år</translation>
    </message>
</context>
<context>
    <name>Openings</name>
    <message>
        <source>&amp;Openings…</source>
        <translation>&amp;Stillinger…</translation>
    </message>
    <message>
        <source>&amp;Put the meeting on screen in this opening</source>
        <translation>&amp;Flyt mødet, der vises, til denne stilling</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(ingen rolle)</translation>
    </message>
    <message>
        <source>A new meeting with this plan for the opening&apos;s next candidate</source>
        <translation>Et nyt møde med denne plan for stillingens næste kandidat</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
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
        <translation>Kandidaterne side om side</translation>
    </message>
    <message>
        <source>Check the new plan</source>
        <translation>Tjek den nye plan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Debriefed</source>
        <translation>Evalueret</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Each role&apos;s candidates side by side</source>
        <translation>Hver rolles kandidater side om side</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>Feedback sendt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Meeting starts:</source>
        <translation>Mødet begynder:</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Næste frist</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste trin</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>No openings yet: they come with the first meeting of a role.</source>
        <translation>Ingen stillinger endnu: de kommer med det første møde for en rolle.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På hold</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Stillinger</translation>
    </message>
    <message>
        <source>Plan for the &amp;next candidate…</source>
        <translation>Plan for &amp;næste kandidat…</translation>
    </message>
    <message>
        <source>Plan for the next candidate</source>
        <translation>Plan for næste kandidat</translation>
    </message>
    <message>
        <source>Plan not reused</source>
        <translation>Planen blev ikke genbrugt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Ratings are the panel&apos;s mean per criterion; double-click a row to open it.</source>
        <translation>Vurderingerne er panelets gennemsnit pr. kriterium; dobbeltklik på en række for at åbne mødet.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The plan still names {0} in {1}: someone in the meeting has the same first name, so it was left as it was. Change it before anything reaches {2}.</source>
        <translation>Planen nævner stadig {0} i {1}: en i mødet har samme fornavn, så det blev stående. Ret det, før noget når {2}.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>stilling</translation>
    </message>
    <message>
        <source>{0} (overdue)</source>
        <translation>{0} (forsinket)</translation>
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
        <translation>Udfald</translation>
    </message>
</context>
<context>
    <name>OutcomeCommands</name>
    <message>
        <source>Add decline reason</source>
        <translation>Tilføj afslagsgrund</translation>
    </message>
    <message>
        <source>Edit decline reason</source>
        <translation>Redigér afslagsgrund</translation>
    </message>
    <message>
        <source>Edit survey answer</source>
        <translation>Redigér svar i spørgeskema</translation>
    </message>
    <message>
        <source>Remove decline reason</source>
        <translation>Fjern afslagsgrund</translation>
    </message>
</context>
<context>
    <name>OutcomeLabels</name>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Culture or values</source>
        <translation>Kultur eller værdier</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Takkede nej</translation>
    </message>
    <message>
        <source>Flexibility, remote work</source>
        <translation>Fleksibilitet, hjemmearbejde</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>Læring og udvikling</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Beliggenheden</translation>
    </message>
    <message>
        <source>Pay or the offer</source>
        <translation>Lønnen eller tilbuddet</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Noget andet</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>The interview&apos;s chemistry</source>
        <translation>Kemien under samtalet</translation>
    </message>
    <message>
        <source>The process was slow</source>
        <translation>Processen var langsom</translation>
    </message>
    <message>
        <source>The role felt unclear</source>
        <translation>Rollen virkede uklar</translation>
    </message>
    <message>
        <source>The role was unclear</source>
        <translation>Rollen var uklar</translation>
    </message>
    <message>
        <source>Waiting for their answer</source>
        <translation>Venter på deres svar</translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <source>An &amp;offer was made</source>
        <translation>Der blev givet et &amp;tilbud</translation>
    </message>
    <message>
        <source>Answer to the offer</source>
        <translation>Svar på tilbuddet</translation>
    </message>
    <message>
        <source>Offer made</source>
        <translation>Tilbud givet</translation>
    </message>
    <message>
        <source>&amp;Import filled named survey…</source>
        <translation>&amp;Importér udfyldt navngivet spørgeskema…</translation>
    </message>
    <message>
        <source>&amp;Named survey PDF…</source>
        <translation>&amp;Navngivet spørgeskema som PDF…</translation>
    </message>
    <message>
        <source>Anonymous &amp;survey PDF…</source>
        <translation>Anonymt &amp;spørgeskema som PDF…</translation>
    </message>
    <message>
        <source>Ask every candidate who says no, ideally through the anonymous survey or someone outside the company: few companies do, and the reasons show what to change in the role, the process or the offer.</source>
        <translation>Spørg hver kandidat, der siger nej, helst gennem det anonyme spørgeskema eller en person uden for virksomheden: få virksomheder gør det, og grundene viser, hvad der skal ændres i rollen, processen eller tilbuddet.</translation>
    </message>
    <message>
        <source>For a candidate who agreed to answer by name: the answers come back to this meeting&apos;s outcome</source>
        <translation>Til en kandidat, der har sagt ja til at svare med navn: svarene kommer tilbage til mødets udfald</translation>
    </message>
    <message>
        <source>Reasons the company controls (the role, the process, the meeting&apos;s chemistry, the offer) point at what to change; others, such as the location or the industry, are worth knowing too. Ticked by the reason&apos;s kind; your click stands.</source>
        <translation>Grunde, virksomheden har indflydelse på (rollen, processen, kemien i mødet, tilbuddet), peger på, hvad der skal ændres; andre, som beliggenheden eller branchen, er også værd at kende. Afkrydset efter grundens art; dit klik gælder.</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer to the offer</source>
        <translation>Kandidatens svar på tilbuddet</translation>
    </message>
    <message>
        <source>The offer</source>
        <translation>Tilbuddet</translation>
    </message>
    <message>
        <source>The questions as a fillable form with no name and no reference, only the role and month: anonymous answers are the most honest. They come back to Insights, not to this meeting.</source>
        <translation>Spørgsmålene som en udfyldelig formular uden navn og uden henvisning, kun stillingen og måneden: anonyme svar er de mest ærlige. De kommer tilbage til Indsigt, ikke til dette møde.</translation>
    </message>
    <message>
        <source>Their &amp;answer:</source>
        <translation>&amp;Deres svar:</translation>
    </message>
    <message>
        <source>Their answers to the survey</source>
        <translation>Deres svar på spørgeskemaet</translation>
    </message>
    <message>
        <source>We can act on it</source>
        <translation>Vi kan gøre noget ved det</translation>
    </message>
    <message>
        <source>What they said about it</source>
        <translation>Hvad de sagde om det</translation>
    </message>
    <message>
        <source>Why they declined</source>
        <translation>Hvorfor de takkede nej</translation>
    </message>
    <message>
        <source>{0}: we can act on it</source>
        <translation>{0}: vi kan gøre noget ved det</translation>
    </message>
    <message>
        <source>{0}: what they said</source>
        <translation>{0}: hvad de sagde</translation>
    </message>
</context>
<context>
    <name>OverdueNotice</name>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more candidates</source>
        <translation>
            <numerusform>; og %n kandidat mere</numerusform>
            <numerusform>; og %n kandidater mere</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Overdue: {0}</source>
        <translation>Forsinket: {0}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Show what is overdue</source>
        <translation>Vis, hvad der er forsinket</translation>
    </message>
    <message>
        <source>answer {0} late</source>
        <translation>svar {0} for sent</translation>
    </message>
    <message>
        <source>decision {0} late</source>
        <translation>beslutning {0} for sent</translation>
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
        <translation> dage</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> timer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Answer within:</source>
        <translation>&amp;Svar inden for:</translation>
    </message>
    <message>
        <source>&amp;Decide within:</source>
        <translation>&amp;Beslut inden for:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>S&amp;ted:</translation>
    </message>
    <message>
        <source>&amp;Planned length:</source>
        <translation>&amp;Planlagt varighed:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>St&amp;arter:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Answer due:</source>
        <translation>Svar senest:</translation>
    </message>
    <message>
        <source>Candidates expect an answer within {0} hours of the meeting, with one line of why. The due times count working days from the meeting&apos;s end: weekends and the public holidays above do not count.</source>
        <translation>Kandidater forventer svar inden for {0} timer efter mødet, med en linje om hvorfor. Fristerne regnes i arbejdsdage fra mødets slutning: weekender og helligdagene ovenfor tæller ikke.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Debriefed</source>
        <translation>Evalueret</translation>
    </message>
    <message>
        <source>Decision due:</source>
        <translation>Beslutning senest:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>Feedback sendt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spro&amp;g:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>&amp;Helligdage i:</translation>
    </message>
    <message>
        <source>Room, address or video link</source>
        <translation>Lokale, adresse eller videolink</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>The employer&apos;s country&apos;s: {0}</source>
        <translation>Arbejdsgiverens lands: {0}</translation>
    </message>
    <message>
        <source>The employer&apos;s country: deadlines skip its public holidays</source>
        <translation>Arbejdsgiverens land: fristerne springer dets helligdage over</translation>
    </message>
    <message>
        <source>The time zone the start time is in, for calendar invites, as in Europe/Stockholm. Leave it empty for the zone of the employer&apos;s country (this computer&apos;s where the country has several).</source>
        <translation>Tidszonen, starttidspunktet gælder i, til kalenderinvitationer, fx Europe/Copenhagen. Lad feltet stå tomt for arbejdsgiverlandets tidszone (denne computers, hvor landet har flere).</translation>
    </message>
    <message>
        <source>This computer&apos;s: {0}</source>
        <translation>Computerens: {0}</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zone:</translation>
    </message>
    <message>
        <source>e.g. Backend developer, first meeting</source>
        <translation>f.eks. Backendudvikler, første møde</translation>
    </message>
    <message>
        <source>unknown, so invites use UTC</source>
        <translation>ukendt, så invitationer bruger UTC</translation>
    </message>
</context>
<context>
    <name>PartDelegate</name>
    <message>
        <source>Part in the meeting</source>
        <translation>Rolle i mødet</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Email (for the invite)</source>
        <translation>E-mail (til invitationen)</translation>
    </message>
    <message>
        <source>Future colleague</source>
        <translation>Kommende kollega</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Ansættende leder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Part in the meeting</source>
        <translation>Rolle i mødet</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Rekrutterer</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Det ligner ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Where the calendar invite reaches them; the hiring manager&apos;s address organises the candidate&apos;s invite.</source>
        <translation>Hvor kalenderinvitationen når dem; den ansættende leders adresse står som arrangør af kandidatens invitation.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Gem som…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Kunne ikke udskrive</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Preview of {0}</source>
        <translation>Forhåndsvisning af {0}</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>Udskriv PDF&apos;en</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Gem PDF</translation>
    </message>
    <message>
        <source>Save the PDF as a file</source>
        <translation>Gem PDF&apos;en som fil</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {0}: {1}</source>
        <translation>PDF&apos;en kunne ikke gemmes i {0}: {1}</translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>PDF&apos;en kunne ikke vises.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeren kunne ikke startes.</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} sider</translation>
    </message>
</context>
<context>
    <name>PeopleForm</name>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Tilføj person</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>&amp;Fjern person</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Tilføj en deltager</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Fjern person</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Fjern den markerede deltager</translation>
    </message>
    <message>
        <source>Who meets the candidate. A future colleague at the table shows the team and its culture better than any slide.</source>
        <translation>Hvem der møder kandidaten. En kommende kollega ved bordet viser teamet og dets kultur bedre end noget slide.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsæt</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Ret</translation>
    </message>
    <message>
        <source>Before {0} reaches the candidate, fix what they would otherwise see:</source>
        <translation>Før {0} når kandidaten, så ret det, vedkommende ellers ville se:</translation>
    </message>
    <message>
        <source>Before {0} reaches the candidate, this is worth a look:</source>
        <translation>Før {0} når kandidaten, er det her værd at se på:</translation>
    </message>
    <message>
        <source>Check before it reaches the candidate</source>
        <translation>Tjek, før det når kandidaten</translation>
    </message>
    <message>
        <source>Continue &amp;anyway</source>
        <translation>Fortsæt &amp;alligevel</translation>
    </message>
    <message>
        <source>Go to what the selected line points at</source>
        <translation>Gå til det, den valgte linje peger på</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Det skal rettes</translation>
    </message>
    <message>
        <source>the candidate&apos;s agenda</source>
        <translation>kandidatens dagsorden</translation>
    </message>
    <message>
        <source>the candidate&apos;s invite</source>
        <translation>kandidatens invitation</translation>
    </message>
    <message>
        <source>the letter to the candidate</source>
        <translation>brevet til kandidaten</translation>
    </message>
</context>
<context>
    <name>PrivacyFeature</name>
    <message>
        <source>&amp;Retention review…</source>
        <translation>&amp;Gennemgå opbevaring…</translation>
    </message>
    <message>
        <source>All data stored about the selected meeting&apos;s candidate, as PDF or JSON</source>
        <translation>Alle data gemt om det valgte mødes kandidat, som PDF eller JSON</translation>
    </message>
    <message>
        <source>Closed meetings kept longer than the retention period, for erasure</source>
        <translation>Afsluttede møder, der er gemt længere end opbevaringsperioden, til sletning</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Slet personoplysninger</translation>
    </message>
    <message>
        <source>Erase the personal data of one meeting?</source>
        <translation>Slet personoplysningerne for ét møde?</translation>
    </message>
    <message>
        <source>Erase the personal data of {0} meetings?</source>
        <translation>Slet personoplysningerne for {0} møder?</translation>
    </message>
    <message>
        <source>Erased the personal data of one meeting.</source>
        <translation>Slettede personoplysningerne for ét møde.</translation>
    </message>
    <message>
        <source>Erased the personal data of {0} meetings.</source>
        <translation>Slettede personoplysningerne for {0} møder.</translation>
    </message>
    <message>
        <source>Export everything about this &amp;candidate…</source>
        <translation>Eksportér alt om denne &amp;kandidat…</translation>
    </message>
    <message>
        <source>How long personal data of a closed recruitment is kept</source>
        <translation>Hvor længe personoplysninger fra en afsluttet rekruttering gemmes</translation>
    </message>
    <message>
        <source>Names, contact details, notes, ratings and free text are removed from the store and its backups, and cannot be brought back. Dates and categories stay, anonymous.</source>
        <translation>Navne, kontaktoplysninger, noter, vurderinger og fritekst fjernes fra arkivet og dets sikkerhedskopier og kan ikke genskabes. Datoer og kategorier bliver tilbage, anonymt.</translation>
    </message>
    <message>
        <source>One meeting is past retention: see View &gt; Retention review</source>
        <translation>Et møde er over opbevaringsperioden: se Vis &gt; Gennemgå opbevaring</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personoplysninger slettet</translation>
    </message>
    <message>
        <source>Personal data not erased</source>
        <translation>Personoplysningerne blev ikke slettet</translation>
    </message>
    <message>
        <source>Retention &amp;period…</source>
        <translation>Opbevarings&amp;periode…</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>Indstillingen blev ikke gemt</translation>
    </message>
    <message>
        <source>{0} meetings are past retention: see View &gt; Retention review</source>
        <translation>{0} møder er over opbevaringsperioden: se Vis &gt; Gennemgå opbevaring</translation>
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
        <translation>&amp;Virksomhed:</translation>
    </message>
    <message>
        <source>&amp;Flexibility:</source>
        <translation>&amp;Fleksibilitet:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Projekter:</translation>
    </message>
    <message>
        <source>&amp;Remote days a week:</source>
        <translation>&amp;Hjemmearbejdsdage om ugen:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>V&amp;ærdier:</translation>
    </message>
    <message>
        <source>&amp;Ways of working:</source>
        <translation>&amp;Arbejdsform:</translation>
    </message>
    <message>
        <source>Be&amp;nefits:</source>
        <translation>Go&amp;der:</translation>
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
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>Deadlines promised to candidates skip this country&apos;s public holidays</source>
        <translation>Frister, der loves kandidater, springer landets helligdage over</translation>
    </message>
    <message>
        <source>Development &amp;budget:</source>
        <translation>Udviklings&amp;budget:</translation>
    </message>
    <message>
        <source>Development pat&amp;hs:</source>
        <translation>Udv&amp;iklingsveje:</translation>
    </message>
    <message>
        <source>Development t&amp;ime:</source>
        <translation>Udvi&amp;klingstid:</translation>
    </message>
    <message>
        <source>Employer profile</source>
        <translation>Arbejdsgiverprofil</translation>
    </message>
    <message>
        <source>New meetings start from this profile. Lists take one item per line. Meetings you already planned keep their own copy.</source>
        <translation>Nye møder tager udgangspunkt i denne profil. Lister tager ét punkt pr. linje. Møder, du allerede har planlagt, beholder deres egen kopi.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Salary &amp;from:</source>
        <translation>Løn &amp;fra:</translation>
    </message>
    <message>
        <source>Salary &amp;period:</source>
        <translation>Løn&amp;periode:</translation>
    </message>
    <message>
        <source>Salary &amp;to:</source>
        <translation>Løn &amp;til:</translation>
    </message>
    <message>
        <source>Team and tech</source>
        <translation>Team og teknik</translation>
    </message>
    <message>
        <source>Tech &amp;stack:</source>
        <translation>T&amp;ech-stak:</translation>
    </message>
    <message>
        <source>Work-life ba&amp;lance:</source>
        <translation>Balance mellem arbejde og &amp;fritid:</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pr. time</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pr. måned</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pr. år</translation>
    </message>
</context>
<context>
    <name>RatingsSection</name>
    <message>
        <source>1 not shown</source>
        <translation>1 ikke vist</translation>
    </message>
    <message>
        <source>2 partly</source>
        <translation>2 delvist</translation>
    </message>
    <message>
        <source>3 clearly</source>
        <translation>3 tydeligt</translation>
    </message>
    <message>
        <source>4 strongly</source>
        <translation>4 stærkt</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Belæg: {0}</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>Rating: {0}</source>
        <translation>Vurdering: {0}</translation>
    </message>
    <message>
        <source>This meeting has no criteria yet. Add and rank them on the Criteria tab.</source>
        <translation>Dette møde har ingen kriterier endnu. Tilføj og prioritér dem på fanen Kriterier.</translation>
    </message>
    <message>
        <source>To the candidate:</source>
        <translation>Til kandidaten:</translation>
    </message>
    <message>
        <source>To the candidate: {0}</source>
        <translation>Til kandidaten: {0}</translation>
    </message>
    <message>
        <source>Unnamed criterion</source>
        <translation>Unavngivet kriterium</translation>
    </message>
    <message>
        <source>What to tell the candidate, written to them: “You found the slow query…”</source>
        <translation>Hvad kandidaten skal have at vide, skrevet direkte til vedkommende: »Du fandt den langsomme forespørgsel…«</translation>
    </message>
    <message>
        <source>What you saw or heard that supports the rating</source>
        <translation>Hvad du så eller hørte, der understøtter vurderingen</translation>
    </message>
    <message>
        <source>What you saw or heard. Good evidence: {0}</source>
        <translation>Hvad du så eller hørte. Gode belæg: {0}</translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>&amp;Email the agenda to the candidate…</source>
        <translation>&amp;E-mail dagsordenen til kandidaten…</translation>
    </message>
    <message>
        <source>Also save the candidate&apos;s calendar invite beside the agenda, as {0}?</source>
        <translation>Gem også kandidatens kalenderinvitation ved siden af dagsordenen som {0}?</translation>
    </message>
    <message>
        <source>An email with the agenda PDF and the invite, opened in your mail program</source>
        <translation>En mail med dagsordenen som pdf og invitationen, åbnet i dit mailprogram</translation>
    </message>
    <message>
        <source>An email with the fillable survey, opened in your mail program</source>
        <translation>En mail med det udfyldelige spørgeskema, åbnet i dit mailprogram</translation>
    </message>
    <message>
        <source>Calendar &amp;invite for the candidate…</source>
        <translation>Kalender&amp;invitation til kandidaten…</translation>
    </message>
    <message>
        <source>Calendar invite</source>
        <translation>Kalenderinvitation</translation>
    </message>
    <message>
        <source>Calendar invite for the &amp;panel…</source>
        <translation>Kalenderinvitation til &amp;panelet…</translation>
    </message>
    <message>
        <source>Calendar invites went out for this meeting. Save their cancellation, to send to whoever has the invite, so their calendars drop the event?</source>
        <translation>Der er sendt kalenderinvitationer til dette møde. Vil du gemme en aflysning, som du kan sende til dem, der har invitationen, så begivenheden forsvinder fra deres kalendere?</translation>
    </message>
    <message>
        <source>Cancel the calendar invite</source>
        <translation>Aflys kalenderinvitationen</translation>
    </message>
    <message>
        <source>Cancel the calendar invites…</source>
        <translation>Aflys kalenderinvitationerne…</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <source>Could not write the email</source>
        <translation>Kunne ikke skrive e-mailen</translation>
    </message>
    <message>
        <source>Did you send the feedback to {0}? Yes marks it as sent now.</source>
        <translation>Sendte du feedbacken til {0}? Ja markerer den som sendt nu.</translation>
    </message>
    <message>
        <source>Email the declined-offer &amp;survey…</source>
        <translation>E-mail spørgeskemaet om det afslåede &amp;tilbud…</translation>
    </message>
    <message>
        <source>Feedback sent?</source>
        <translation>Feedback sendt?</translation>
    </message>
    <message>
        <source>No address to send to</source>
        <translation>Ingen adresse at sende til</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>Intet mailprogram</translation>
    </message>
    <message>
        <source>No mail program opened the letter. Save it as an email file (.eml) to send from your mail program, on this computer or another?</source>
        <translation>Intet mailprogram åbnede brevet. Vil du gemme det som en mailfil (.eml) og sende den fra dit mailprogram, på denne computer eller en anden?</translation>
    </message>
    <message>
        <source>Once it has gone, click Mark as sent.</source>
        <translation>Når det er sendt, klikker du på Markér som sendt.</translation>
    </message>
    <message>
        <source>Save the calendar cancellation</source>
        <translation>Gem aflysningen</translation>
    </message>
    <message>
        <source>Save the calendar invite</source>
        <translation>Gem kalenderinvitationen</translation>
    </message>
    <message>
        <source>Save the cancellation of the invites that went out, so calendars drop the event</source>
        <translation>Gem aflysningen af de sendte invitationer, så kalenderne fjerner begivenheden</translation>
    </message>
    <message>
        <source>Save the email to the candidate</source>
        <translation>Gem mailen til kandidaten</translation>
    </message>
    <message>
        <source>Save the invite (.ics) to send the candidate: the agenda, nothing internal</source>
        <translation>Gem invitationen (.ics) til kandidaten: dagsordenen, intet internt</translation>
    </message>
    <message>
        <source>Save the panel&apos;s invite (.ics): who leads what, and the brief&apos;s essentials</source>
        <translation>Gem panelets invitation (.ics): hvem der leder hvad, og det vigtigste fra briefen</translation>
    </message>
    <message>
        <source>Saved to {0}. Open it with your mail program to send it.</source>
        <translation>Gemt i {0}. Åbn filen i dit mailprogram for at sende den.</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>kandidaten</translation>
    </message>
    <message>
        <source>{0} could not be saved: {1}</source>
        <translation>{0} kunne ikke gemmes: {1}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Show Meeting Planner</source>
        <translation>&amp;Vis Meeting Planner</translation>
    </message>
    <message>
        <source>And 1 more follow-up.</source>
        <translation>Og 1 opfølgning mere.</translation>
    </message>
    <message>
        <source>And {0} more follow-ups.</source>
        <translation>Og {0} opfølgninger mere.</translation>
    </message>
    <message>
        <source>Click to open the feedback composer.</source>
        <translation>Klik for at åbne feedbacken.</translation>
    </message>
    <message>
        <source>Due today at {1}: the answer to {0}</source>
        <translation>I dag kl. {1}: svaret til {0}</translation>
    </message>
    <message>
        <source>Due today at {1}: the decision on {0}</source>
        <translation>I dag kl. {1}: beslutningen om {0}</translation>
    </message>
    <message>
        <source>Meeting Planner</source>
        <translation>Meeting Planner</translation>
    </message>
    <message>
        <source>Minimise to the &amp;tray</source>
        <translation>Minimer til &amp;proceslinjen</translation>
    </message>
    <message>
        <source>Overdue: the answer to {0}</source>
        <translation>Forsinket: svaret til {0}</translation>
    </message>
    <message>
        <source>Overdue: the decision on {0}</source>
        <translation>Forsinket: beslutningen om {0}</translation>
    </message>
    <message>
        <source>When minimised, the window goes to the tray; reminders still come</source>
        <translation>Minimeret havner vinduet i proceslinjen; påmindelserne kommer stadig</translation>
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
        <translation>Ændr periode…</translation>
    </message>
    <message>
        <source>Closed meetings kept longer than {0} months after closing. Select the ones to erase; each candidate&apos;s personal data goes for good.</source>
        <translation>Afsluttede møder, der er gemt mere end {0} måneder efter afslutning. Vælg dem, der skal slettes; hver kandidats personoplysninger forsvinder for altid.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Slet personoplysninger</translation>
    </message>
    <message>
        <source>Erasing removes names, contact details, notes, ratings and every free text about the candidate, from the store and its backups. The meeting stays as anonymous figures (dates, decision, concern and decline categories) for insights.</source>
        <translation>Sletning fjerner navne, kontaktoplysninger, noter, vurderinger og al fritekst om kandidaten fra arkivet og dets sikkerhedskopier. Mødet bliver tilbage som anonyme tal (datoer, beslutning, kategorier for bekymringer og afslag) til indsigter.</translation>
    </message>
    <message>
        <source>Meetings past retention</source>
        <translation>Møder efter opbevaringsperioden</translation>
    </message>
    <message>
        <source>Nothing to review: no meeting is kept too long.</source>
        <translation>Intet at gennemgå: intet møde gemmes for længe.</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Gennemgå opbevaring</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Vælg alle</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>One closed meeting has been kept longer than {0} months. Its candidate&apos;s personal data is due for erasure.</source>
        <translation>Et afsluttet møde er gemt længere end {0} måneder. Kandidatens personoplysninger skal slettes.</translation>
    </message>
    <message>
        <source>Review meetings past retention</source>
        <translation>Gennemgå møder efter opbevaringsperioden</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Gennemgå…</translation>
    </message>
    <message>
        <source>{1} closed meetings have been kept longer than {0} months. Their candidates&apos; personal data is due for erasure.</source>
        <translation>{1} afsluttede møder er gemt længere end {0} måneder. Kandidaternes personoplysninger skal slettes.</translation>
    </message>
</context>
<context>
    <name>RetentionSettingsDialog</name>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Candidates&apos; personal data should not be kept longer than needed. Once a recruitment is closed, Meeting Planner lists its meetings for erasure after this many months, keeping only anonymous counts and categories.

For applicants who were not hired, the Danish data protection authority accepts keeping data up to 3 years after the recruitment ends; Swedish employers commonly keep it 2 years. Follow your own organisation&apos;s policy.</source>
        <translation>Kandidaters personoplysninger bør ikke gemmes længere end nødvendigt. Når en rekruttering er afsluttet, lister Meeting Planner dens møder til sletning efter så mange måneder og beholder kun anonyme tal og kategorier.

For ansøgere, der ikke blev ansat, accepterer Datatilsynet, at oplysningerne gemmes op til 3 år efter rekrutteringens afslutning; svenske arbejdsgivere gemmer dem ofte i 2 år. Følg din egen organisations politik.</translation>
    </message>
    <message>
        <source>Counted from the day a meeting is closed (or its start, if no date).</source>
        <translation>Regnes fra den dag, et møde afsluttes (eller dets start, hvis der ingen dato er).</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Gem i:</translation>
    </message>
    <message>
        <source>Months after closing</source>
        <translation>Måneder efter afslutning</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Opbevaringsperiode</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Forfaldt siden</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>{0}, never closed</source>
        <translation>{0}, aldrig lukket</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <source>&amp;Company:</source>
        <translation>V&amp;irksomhed:</translation>
    </message>
    <message>
        <source>&amp;Problems to solve:</source>
        <translation>&amp;Problemer at løse:</translation>
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
        <translation>A&amp;rbejdsform:</translation>
    </message>
    <message>
        <source>Languages, platforms and tools, one per line</source>
        <translation>Sprog, platforme og værktøjer, ét pr. linje</translation>
    </message>
    <message>
        <source>Pro&amp;jects:</source>
        <translation>Pro&amp;jekter:</translation>
    </message>
    <message>
        <source>Real projects to show, one per line</source>
        <translation>Rigtige projekter at vise, ét pr. linje</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Tech &amp;stack:</source>
        <translation>Tech-&amp;stak:</translation>
    </message>
    <message>
        <source>The employer&apos;s name, as the candidate will see it</source>
        <translation>Arbejdsgiverens navn, sådan som kandidaten skal se det</translation>
    </message>
    <message>
        <source>What the new person will work on first, one per line</source>
        <translation>Hvad den nye person skal arbejde med først, ét pr. linje</translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message numerus="yes">
        <source>%n criteria with ratings two or more apart: talk them through before you decide.</source>
        <translation>
            <numerusform>%n kriterium med karakterer to eller flere trin fra hinanden: tal det igennem, før I beslutter.</numerusform>
            <numerusform>%n kriterier med karakterer to eller flere trin fra hinanden: tal dem igennem, før I beslutter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecards are in. They stay folded until yours is in, so your view is your own.</source>
        <translation>
            <numerusform>%n vurdering er kommet. Den forbliver skjult, indtil din er kommet, så dit syn er dit eget.</numerusform>
            <numerusform>%n vurderinger er kommet. De forbliver skjult, indtil din er kommet, så dit syn er dit eget.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show them anyway</source>
        <translation>&amp;Vis dem alligevel</translation>
    </message>
    <message>
        <source>Debrief form &amp;for…</source>
        <translation>Evalueringsskema &amp;til…</translation>
    </message>
    <message>
        <source>Debrief form for {0}</source>
        <translation>Evalueringsskema til {0}</translation>
    </message>
    <message>
        <source>Each interviewer&apos;s own form, which comes back as their scorecard</source>
        <translation>Hver interviewers eget skema, som kommer tilbage som vedkommendes vurdering</translation>
    </message>
    <message>
        <source>Fold the others&apos; scorecards until mine is in</source>
        <translation>Skjul de andres vurderinger, indtil min er kommet</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Afvent</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste trin</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>No one on the People tab yet</source>
        <translation>Ingen på fanen Personer endnu</translation>
    </message>
    <message>
        <source>No scorecards yet. Give each interviewer their own debrief form (Documents &gt; Debrief form for…) and import what comes back.</source>
        <translation>Ingen vurderinger endnu. Giv hver interviewer sit eget evalueringsskema (Dokumenter &gt; Evalueringsskema til…), og importér det, der kommer tilbage.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>Anbefaler</translation>
    </message>
    <message>
        <source>Scorecards side by side</source>
        <translation>Vurderingerne side om side</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spredning</translation>
    </message>
    <message>
        <source>The form could not be saved to {0}: {1}</source>
        <translation>Skemaet kunne ikke gemmes i {0}: {1}</translation>
    </message>
    <message>
        <source>The panel broadly agrees on every criterion.</source>
        <translation>Panelet er stort set enige om hvert kriterium.</translation>
    </message>
    <message>
        <source>The panel&apos;s scorecards</source>
        <translation>Panelets vurderinger</translation>
    </message>
    <message>
        <source>{0}: talk about it</source>
        <translation>{0}: tal om det</translation>
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
        <translation>Alle kommandoer med en tast, som menuerne og skærmene tilbyder dem.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Agenda table</source>
        <translation>Dagsordenstabellen</translation>
    </message>
    <message>
        <source>Leave the table for the next or previous field</source>
        <translation>Forlad tabellen til næste eller forrige felt</translation>
    </message>
    <message>
        <source>Meeting mode, before the start</source>
        <translation>Mødetilstand, før start</translation>
    </message>
    <message>
        <source>Meeting mode, while it runs</source>
        <translation>Mødetilstand, mens den kører</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Skift+Tab</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Fold {0}</source>
        <translation>Fold {0} sammen</translation>
    </message>
    <message>
        <source>Fold {0} to a strip</source>
        <translation>Fold {0} sammen til en stribe</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>Vis {0}</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>&amp;Close recruitment…</source>
        <translation>&amp;Afslut rekrutteringen…</translation>
    </message>
    <message>
        <source>Close recruitment</source>
        <translation>Afslut rekrutteringen</translation>
    </message>
    <message>
        <source>Close the recruitment for {0}? The meeting is kept, and nothing more falls due for it. You can undo this.</source>
        <translation>Afslut rekrutteringen for {0}? Mødet beholdes, og der forfalder ikke mere for det. Du kan fortryde det.</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>&amp;Markér som afholdt</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Markér som afholdt</translation>
    </message>
    <message>
        <source>No feedback has been sent to {0} yet.</source>
        <translation>Der er ikke sendt feedback til {0} endnu.</translation>
    </message>
    <message>
        <source>The meeting took place: the answer and the decision fall due from its planned end</source>
        <translation>Mødet er afholdt: svaret og beslutningen regnes fra dets planlagte afslutning</translation>
    </message>
    <message>
        <source>The recruitment has ended for this candidate; nothing more falls due</source>
        <translation>Rekrutteringen er afsluttet for denne kandidat; der forfalder ikke mere</translation>
    </message>
    <message>
        <source>this candidate</source>
        <translation>denne kandidat</translation>
    </message>
</context>
<context>
    <name>StoreDialogs</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Restore newest backup</source>
        <translation>&amp;Gendan nyeste sikkerhedskopi</translation>
    </message>
    <message>
        <source>A file of your meetings store is damaged.</source>
        <translation>En fil i dit mødearkiv er beskadiget.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhedskopi gendannet</translation>
    </message>
    <message>
        <source>Meetings already open</source>
        <translation>Møderne er allerede åbne</translation>
    </message>
    <message>
        <source>Meetings cannot be opened</source>
        <translation>Møderne kan ikke åbnes</translation>
    </message>
    <message>
        <source>Only one Meeting Planner at a time can change the meetings in {0} (they are held by {1}).

Switch to that window, or open the meetings read-only here: you can read and print them, but not change them.</source>
        <translation>Kun én Meeting Planner ad gangen kan ændre møderne i {0} (de holdes af {1}).

Skift til det vindue, eller åbn møderne skrivebeskyttet her: du kan læse og udskrive dem, men ikke ændre dem.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Åbn &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>Open the meetings read-only</source>
        <translation>Åbn møderne skrivebeskyttet</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Quit without changing anything</source>
        <translation>Afslut uden at ændre noget</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Gendan nyeste sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restoring did not work: {0}</source>
        <translation>Gendannelsen mislykkedes: {0}</translation>
    </message>
    <message>
        <source>The file {0} does not read back ({1}). It has been left exactly as it is.

Meeting Planner keeps backups of its recent saves. Restoring puts the newest good backup in place and keeps the damaged file beside it, so nothing is deleted. Edits made after that backup was taken are lost.</source>
        <translation>Filen {0} kan ikke læses ({1}). Den er efterladt præcis, som den er.

Meeting Planner gemmer sikkerhedskopier af de seneste gemninger. Gendannelse lægger den nyeste gode kopi på plads og beholder den beskadigede fil ved siden af, så intet slettes. Ændringer foretaget efter kopien blev taget, går tabt.</translation>
    </message>
    <message>
        <source>Your meetings are open in another Meeting Planner.</source>
        <translation>Dine møder er åbne i en anden Meeting Planner.</translation>
    </message>
    <message>
        <source>Your meetings were restored from a backup:

{0}</source>
        <translation>Dine møder blev gendannet fra en sikkerhedskopi:

{0}</translation>
    </message>
</context>
<context>
    <name>SurveyActions</name>
    <message>
        <source>Anonymous declined offer survey: {0}</source>
        <translation>Anonymt spørgeskema om afslået tilbud: {0}</translation>
    </message>
    <message>
        <source>Could not make the PDF</source>
        <translation>Kunne ikke lave PDF&apos;en</translation>
    </message>
    <message>
        <source>Declined offer survey: {0}</source>
        <translation>Spørgeskema om afslået tilbud: {0}</translation>
    </message>
    <message>
        <source>Import filled survey</source>
        <translation>Importér udfyldt spørgeskema</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}: {1}</source>
        <translation>Intet blev importeret fra {0}: {1}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The outcome now has the survey&apos;s answers (Undo takes them back):

{0}</source>
        <translation>Udfaldet har nu spørgeskemaets svar (Fortryd tager dem tilbage):

{0}</translation>
    </message>
    <message>
        <source>The survey could not be made: {0}</source>
        <translation>Spørgeskemaet kunne ikke laves: {0}</translation>
    </message>
    <message>
        <source>This meeting is open read-only: nothing can be imported.</source>
        <translation>Dette møde er åbnet skrivebeskyttet: intet kan importeres.</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} kan ikke læses: {1}</translation>
    </message>
    <message>
        <source>{0} holds nothing new for this outcome.</source>
        <translation>{0} indeholder intet nyt til dette udfald.</translation>
    </message>
    <message>
        <source>{0} is far too large to be a survey.</source>
        <translation>{0} er alt for stor til at være et spørgeskema.</translation>
    </message>
</context>
<context>
    <name>TeamFolder</name>
    <message>
        <source>&amp;Look in the team folder</source>
        <translation>&amp;Kig i teammappen</translation>
    </message>
    <message>
        <source>&amp;Share plan to the team folder</source>
        <translation>&amp;Del planen i teammappen</translation>
    </message>
    <message>
        <source>&amp;Team folder…</source>
        <translation>&amp;Teammappe…</translation>
    </message>
    <message>
        <source>Nothing new in the team folder.</source>
        <translation>Intet nyt i teammappen.</translation>
    </message>
    <message>
        <source>Nothing was applied: {0}</source>
        <translation>Intet blev gennemført: {0}</translation>
    </message>
    <message>
        <source>Share plan</source>
        <translation>Del planen</translation>
    </message>
    <message>
        <source>Shared in the team folder as {0}</source>
        <translation>Delt i teammappen som {0}</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Teammappe</translation>
    </message>
    <message>
        <source>Team folder not set</source>
        <translation>Teammappen blev ikke valgt</translation>
    </message>
    <message>
        <source>The folder your team shares plans and filled forms in (a synced folder)</source>
        <translation>Mappen, hvor teamet deler planer og udfyldte skemaer (en synkroniseret mappe)</translation>
    </message>
    <message>
        <source>The plan could not be written into {0}: {1}</source>
        <translation>Planen kunne ikke skrives til {0}: {1}</translation>
    </message>
    <message>
        <source>The team folder cannot be read: {0}</source>
        <translation>Teammappen kan ikke læses: {0}</translation>
    </message>
    <message>
        <source>Write this plan into the team folder as your own file, for the others</source>
        <translation>Skriv planen i teammappen som din egen fil, til de andre</translation>
    </message>
    <message>
        <source>{0}: left alone ({1})</source>
        <translation>{0}: røres ikke ({1})</translation>
    </message>
</context>
<context>
    <name>TeamFolderNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Review what the team folder brings</source>
        <translation>Gennemgå, hvad teammappen bringer</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Gennemgå…</translation>
    </message>
    <message numerus="yes">
        <source>The team folder has %n changed files.</source>
        <translation>
            <numerusform>Teammappen har %n ændret fil.</numerusform>
            <numerusform>Teammappen har %n ændrede filer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team folder has %n new files.</source>
        <translation>
            <numerusform>Teammappen har %n ny fil.</numerusform>
            <numerusform>Teammappen har %n nye filer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team folder has {0} new and {1} changed files.</source>
        <translation>Teammappen har {0} nye og {1} ændrede filer.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Virksomhed:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kontor:</translation>
    </message>
    <message>
        <source>A complete 90-minute case meeting to look around in and change freely.</source>
        <translation>Et komplet casemøde på 90 minutter, som du frit kan se på og ændre.</translation>
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
        <translation>Gode tech-kandidater vælger mellem flere arbejdsgivere. Meeting Planner hjælper dig med at bruge mødet på det, du tilbyder, give kandidaten en lille smagsprøve på det rigtige arbejde og vurdere vedkommende i en dialog begge veje. En coach tjekker dagsordenens balance, og opfølgningen minder dig om at svare hver kandidat inden for 48 timer.</translation>
    </message>
    <message>
        <source>Name the candidate and the role; the template gives you a balanced agenda.</source>
        <translation>Angiv kandidaten og rollen; skabelonen giver dig en afbalanceret dagsorden.</translation>
    </message>
    <message>
        <source>Open the sample meeting</source>
        <translation>Åbn eksempelmødet</translation>
    </message>
    <message>
        <source>Plan a new meeting from a template</source>
        <translation>Planlæg et nyt møde ud fra en skabelon</translation>
    </message>
    <message>
        <source>Plan your next interview as a candidate meeting</source>
        <translation>Planlæg din næste jobsamtale som et kandidatmøde</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Start &amp;tomt</translation>
    </message>
    <message>
        <source>The country decides whose public holidays deadlines skip, the salary&apos;s currency and the language new meetings are written in. New meetings take the company, office and offer from here; the rest of the offer is under Edit &gt; Employer profile.</source>
        <translation>Landet afgør, hvilke helligdage fristerne springer over, lønnens valuta og sproget, nye møder skrives på. Nye møder henter virksomheden, kontoret og tilbuddet herfra; resten af tilbuddet findes under Rediger &gt; Arbejdsgiverprofil.</translation>
    </message>
    <message>
        <source>Welcome to Meeting Planner</source>
        <translation>Velkommen til Meeting Planner</translation>
    </message>
    <message>
        <source>Your company (you can skip this, and change it later)</source>
        <translation>Din virksomhed (du kan springe det over og ændre det senere)</translation>
    </message>
    <message>
        <source>e.g. Gothenburg, Lindholmen</source>
        <translation>fx Aarhus, Katrinebjerg</translation>
    </message>
    <message>
        <source>e.g. Nordvik Logistics</source>
        <translation>fx Nordvik Logistics</translation>
    </message>
</context>
</TS>
