<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Annals::ActivityChart</name>
    <message numerus="yes">
        <source>%n event(s) in view. %1</source>
        <translation>
            <numerusform>%n event in view. %1</numerusform>
            <numerusform>%n events in view. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::ActorPanel</name>
    <message numerus="yes">
        <source>%n ally(s)</source>
        <translation>
            <numerusform>%n ally</numerusform>
            <numerusform>%n allies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rival(s)</source>
        <translation>
            <numerusform>%n rival</numerusform>
            <numerusform>%n rivals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::AtlasCsv</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) not in the atlas will be added as groups: %1.</source>
        <translation>
            <numerusform>%n actor not in the atlas will be added as a group: %1.</numerusform>
            <numerusform>%n actors not in the atlas will be added as groups: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) have the name of an actor already in the atlas and will be added again: %1.</source>
        <translation>
            <numerusform>%n actor has the name of an actor already in the atlas and will be added again: %1.</numerusform>
            <numerusform>%n actors have the name of an actor already in the atlas and will be added again: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media entr(y/ies) are not kept: only web addresses on events become sources.</source>
        <translation>
            <numerusform>%n media entry is not kept: only web addresses on events become sources.</numerusform>
            <numerusform>%n media entries are not kept: only web addresses on events become sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) had seconds, which Annals does not keep: they are read to the minute.</source>
        <translation>
            <numerusform>%n time had seconds, which Annals does not keep: it is read to the minute.</numerusform>
            <numerusform>%n times had seconds, which Annals does not keep: they are read to the minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more title row(s) are not kept: the first one gives the atlas its title.</source>
        <translation>
            <numerusform>%n more title row is not kept: the first one gives the atlas its title.</numerusform>
            <numerusform>%n more title rows are not kept: the first one gives the atlas its title.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::AtlasInspector</name>
    <message numerus="yes">
        <source>%1 has %n problem(s) and is open read-only so that nothing gets worse.</source>
        <translation>
            <numerusform>%1 has %n problem and is open read-only so that nothing gets worse.</numerusform>
            <numerusform>%1 has %n problems and is open read-only so that nothing gets worse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::CsvImportDialog</name>
    <message numerus="yes">
        <source>The first %n row(s) as they would be imported; the row headers are the file&apos;s line numbers.</source>
        <translation>
            <numerusform>The first row as it would be imported; the row header is the file&apos;s line number.</numerusform>
            <numerusform>The first %n rows as they would be imported; the row headers are the file&apos;s line numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>%n era</numerusform>
            <numerusform>%n eras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>%n new source</numerusform>
            <numerusform>%n new sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n new actor</numerusform>
            <numerusform>%n new actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n error(s)</source>
        <translation>
            <numerusform>%1; %n error</numerusform>
            <numerusform>%1; %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::EventTablePanel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::GraphFormats</name>
    <message numerus="yes">
        <source>%n node(s) named an actor the atlas already has and were joined to it.</source>
        <translation>
            <numerusform>%n node named an actor the atlas already has and was joined to it.</numerusform>
            <numerusform>%n nodes named an actor the atlas already has and were joined to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) had no start and begin when both their actors are there, or at the file&apos;s earliest time.</source>
        <translation>
            <numerusform>%n edge had no start and begins when both its actors are there, or at the file&apos;s earliest time.</numerusform>
            <numerusform>%n edges had no start and begin when both their actors are there, or at the file&apos;s earliest time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) from a node to itself were left out: an Annals relation joins two different actors.</source>
        <translation>
            <numerusform>%n edge from a node to itself was left out: an Annals relation joins two different actors.</numerusform>
            <numerusform>%n edges from a node to itself were left out: an Annals relation joins two different actors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::GraphView</name>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Around %1, %n step(s) — Esc shows everyone</source>
        <translation>
            <numerusform>Around %1, %n step — Esc shows everyone</numerusform>
            <numerusform>Around %1, %n steps — Esc shows everyone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Around %1, %n step(s)</source>
        <translation>
            <numerusform>Around %1, %n step</numerusform>
            <numerusform>Around %1, %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of relation hidden</source>
        <translation>
            <numerusform>%n kind of relation hidden</numerusform>
            <numerusform>%n kinds of relation hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tied to %n actor(s) here</source>
        <translation>
            <numerusform>tied to %n actor here</numerusform>
            <numerusform>tied to %n actors here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s) were found in this atlas. It is open read-only so that nothing gets worse; the details list each one with its table and row.</source>
        <translation>
            <numerusform>%n problem was found in this atlas. It is open read-only so that nothing gets worse; the details show it with its table and row.</numerusform>
            <numerusform>%n problems were found in this atlas. It is open read-only so that nothing gets worse; the details list each one with its table and row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; the %n other dropped file(s) were left alone.</source>
        <translation>
            <numerusform>Opened %1; the %n other dropped file was left alone.</numerusform>
            <numerusform>Opened %1; the %n other dropped files were left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n dropped file(s).</source>
        <translation>
            <numerusform>Imported %1 of %n dropped file.</numerusform>
            <numerusform>Imported %1 of %n dropped files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::OverviewStrip</name>
    <message numerus="yes">
        <source>%1: %n event(s) begin</source>
        <translation>
            <numerusform>%1: %n event begins</numerusform>
            <numerusform>%1: %n events begin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::StandingChart</name>
    <message numerus="yes">
        <source>%n ally(s)</source>
        <translation>
            <numerusform>%n ally</numerusform>
            <numerusform>%n allies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rival(s)</source>
        <translation>
            <numerusform>%n rival</numerusform>
            <numerusform>%n rivals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::TimelineView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n events&lt;/b&gt;&lt;br&gt;%1 – %2&lt;br&gt;&lt;i&gt;Click to zoom in.&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n event&lt;/b&gt;&lt;br&gt;%1 – %2&lt;br&gt;&lt;i&gt;Click to zoom in.&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;%n events&lt;/b&gt;&lt;br&gt;%1 – %2&lt;br&gt;&lt;i&gt;Click to zoom in.&lt;/i&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
