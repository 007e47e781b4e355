<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessExport</name>
    <message numerus="yes">
        <source>Wrote everything stored about {0} (%n meetings) to {1}</source>
        <translation>
            <numerusform>Wrote everything stored about {0} (%n meeting) to {1}</numerusform>
            <numerusform>Wrote everything stored about {0} (%n meetings) to {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockComments</name>
    <message numerus="yes">
        <source>and %n more in the Comments tab</source>
        <translation>
            <numerusform>and %n more in the Comments tab</numerusform>
            <numerusform>and %n more in the Comments tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentMarks</name>
    <message numerus="yes">
        <source>%n open review comments</source>
        <translation>
            <numerusform>%n open review comment</numerusform>
            <numerusform>%n open review comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n open review comments</source>
        <translation>
            <numerusform>{0}: %n open review comment</numerusform>
            <numerusform>{0}: %n open review comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message numerus="yes">
        <source>%n coming up</source>
        <translation>
            <numerusform>%n coming up</numerusform>
            <numerusform>%n coming up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsWindow</name>
    <message numerus="yes">
        <source>%n candidates, {0} of them past the deadline</source>
        <translation>
            <numerusform>%n candidate, {0} past the deadline</numerusform>
            <numerusform>%n candidates, {0} of them past the deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings, {0} held. Offers made: {1}; accepted {2}, declined {3}.</source>
        <translation>
            <numerusform>%n meeting, {0} held. Offers made: {1}; accepted {2}, declined {3}.</numerusform>
            <numerusform>%n meetings, {0} held. Offers made: {1}; accepted {2}, declined {3}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} ({1} of %n candidates who heard back)</source>
        <translation>
            <numerusform>{0} ({1} of %n candidate who heard back)</numerusform>
            <numerusform>{0} ({1} of %n candidates who heard back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of the %n candidates met</source>
        <translation>
            <numerusform>{0} of the %n candidate met</numerusform>
            <numerusform>{0} of the %n candidates met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of the %n reasons for saying no are ones we can act on.</source>
        <translation>
            <numerusform>{0} of the %n reason for saying no is one we can act on.</numerusform>
            <numerusform>{0} of the %n reasons for saying no are ones we can act on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of the agenda over %n held meetings (the coach aims for {1}–{2})</source>
        <translation>
            <numerusform>{0} of the agenda over %n held meeting (the coach aims for {1}–{2})</numerusform>
            <numerusform>{0} of the agenda over %n held meetings (the coach aims for {1}–{2})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message numerus="yes">
        <source>%n minutes planned.</source>
        <translation>
            <numerusform>%n minute planned.</numerusform>
            <numerusform>%n minutes planned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueNotice</name>
    <message numerus="yes">
        <source>; and %n more candidates</source>
        <translation>
            <numerusform>; and %n more candidate</numerusform>
            <numerusform>; and %n more candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message numerus="yes">
        <source>%n criteria with ratings two or more apart: talk them through before you decide.</source>
        <translation>
            <numerusform>%n criterion with ratings two or more apart: talk it through before you decide.</numerusform>
            <numerusform>%n criteria with ratings two or more apart: talk them through before you decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecards are in. They stay folded until yours is in, so your view is your own.</source>
        <translation>
            <numerusform>%n scorecard is in. It stays folded until yours is in, so your view is your own.</numerusform>
            <numerusform>%n scorecards are in. They stay folded until yours is in, so your view is your own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFolderNotice</name>
    <message numerus="yes">
        <source>The team folder has %n changed files.</source>
        <translation>
            <numerusform>The team folder has %n changed file.</numerusform>
            <numerusform>The team folder has %n changed files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team folder has %n new files.</source>
        <translation>
            <numerusform>The team folder has %n new file.</numerusform>
            <numerusform>The team folder has %n new files.</numerusform>
        </translation>
    </message>
</context>
</TS>
