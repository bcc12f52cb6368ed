<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Annals::AboutDialog</name>
    <message>
        <source>About Annals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeline and relationship viewer for history, for students exploring and teachers presenting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annals is free software under the GNU General Public License, version 3 or later. It uses Qt %1 (LGPL 3) and SQLite (public domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample atlas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text is licensed %1; its facts come from the sources below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::ActivityChart</name>
    <message>
        <source>Events per period in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Part of this period is outside the view; only the events in view are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show this period on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::ActorEditor</name>
    <message>
        <source>Store the actor (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As people know it, e.g. China, NATO, Bismarck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In its own language, if different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nati&amp;ve name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. #de2910 or darkred; empty for a colour of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty while it still exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what it is. Markdown is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a colour: use #rrggbb or a name such as darkred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: when it began, if known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: leave empty while it still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour is not one Annals knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::ActorFilterDialog</name>
    <message>
        <source>Show Events of Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the actors whose events to show; none ticked shows everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::ActorKind</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::ActorPanel</name>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1, died %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>died %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an actor in the graph or the event list to see who stood with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allies and rivals at the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most allies and rivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors joined to this one on this date by an alliance, a treaty, aid or a summit that the atlas marks as friendly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors joined to this one on this date by any tie that the atlas marks as hostile: rivalry, sanctions, war and the like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allies above the line, rivals below it, across the whole atlas. Click or drag to move the date; Left and Right jump to the previous or next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of this actor&apos;s events begin in each period of the timeline&apos;s window. Click a bar, or press Enter on it, to show that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most allies: %1, from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allies at any time in this atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most rivals: %1, from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rivals at any time in this atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts first change on %1 (%2, %3) and last on %4 (%5, %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ally(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rival(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Also known in this atlas as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 was not yet born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 did not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 was no longer alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 no longer existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 had %3 and %4 among the relations shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 had %3 and %4 in this atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On both lists: %1. Friendly and hostile ties held at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ally: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rival: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::Atlas</name>
    <message>
        <source>%1 already exists; Annals will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the atlas store each change safely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the built-in sample atlas; nothing you change here is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the new atlas into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file than the one that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the copy into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Annals window, so it is open read-only here. Make your changes in that window, or close it and open the atlas again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annals could not make the lock file %1 beside the atlas, so it is open read-only: without it, another window could change the atlas at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::AtlasConnection</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite could not open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the atlas to write-ahead logging: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the atlas to write-ahead logging (journal mode is %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::AtlasCsv</name>
    <message>
        <source>A month, day or time needs a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year: write a whole number such as 1950, or -44 for 44 BCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no year 0: 1 BCE is followed by 1 CE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is outside the years Annals can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write a number from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day needs a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of this month: write a number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time needs a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write hours and minutes such as 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of these actors: %2. Use a name only one of them has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an importance: write a number from 1 (minor) to 5 (major).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: sources are written as addresses starting with http:// or https://, separated by &quot; ; &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of actor: write person, state, organisation or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: write it like #b71c1c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation needs two actors: this cell names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation joins two different actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of relation: write one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stance: write hostile, neutral or cooperative (or -1, 0, 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row does not name the columns of a file of %1. Expected the columns of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 rows; up to %2 can be imported at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) not in the atlas will be added as groups: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) have the name of an actor already in the atlas and will be added again: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backgrounds (%1) and media thumbnails (%2) are not kept: Annals has no slide backgrounds or thumbnails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n media entr(y/ies) are not kept: only web addresses on events become sources.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) had seconds, which Annals does not keep: they are read to the minute.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more title row(s) are not kept: the first one gives the atlas its title.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file makes %1 items; up to %2 can be imported at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::AtlasEditor</name>
    <message>
        <source>The change was stored but could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>series, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no actor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no series %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2 to cite a source for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 eras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step can go at places 1 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step %1</source>
        <comment>step number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new step could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tour step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Step %1</source>
        <comment>step number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Step %1</source>
        <comment>step number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour has steps 1 to %1; there is no moving step %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Step %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>event, link kind, event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Nothing cites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its 1 citation goes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 citations go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? %2 Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No atlas is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <comment>relation kind, actor, actor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part in %1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part in %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>list, last item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1” also removes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 series or tour step will no longer follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 series or tour steps will no longer follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo brings all of it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::AtlasInspector</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, so it is not an atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an atlas: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it should be %2 bytes long but is only %3. It may have been cut off while being copied or downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries a %1 that Annals atlases never have; it was refused and nothing in it was run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a %1 that the Annals schema does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 differs from the Annals schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lacks the %1 of the Annals schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a row of %1 that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its window ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites %1 %2, which does not exist in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not an SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not an Annals atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Annals schema version, so it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged; SQLite reports: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Annals (schema version %2; this version understands up to %3). It is open read-only so that nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only on disk, so changes cannot be stored. Use File ▸ Save a Copy As… to make a copy you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s) and is open read-only so that nothing gets worse.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::AtlasSchema</name>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2
Statement: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::AtlasSearch</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::AtlasStore</name>
    <message>
        <source>There is no actor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no relation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no era %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link %1 between events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no series value %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance runs from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation needs two actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation joins two different actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stance is hostile, neutral or cooperative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must be a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs two events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value belongs to a series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low estimate (%1) is above the value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The high estimate (%1) is below the value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tour needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step&apos;s time window needs both a start and an end, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step&apos;s time window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caption can be at most %1 characters long; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no citation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names nothing where it must name an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names item %1, which the atlas does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names item %1 of the import, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name’s period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import cannot cite “%1” items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::CitationsDialog</name>
    <message>
        <source>&amp;Remove Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected citation (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source to cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. p. 12, chapter 3, 00:14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the chosen source for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas has no sources yet: add one with Edit ▸ New Source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::CommandLine</name>
    <message>
        <source>Annals shows historical events on a zoomable timeline beside a graph of the alliances between the people, states and organisations in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that &lt;file&gt; is a sound atlas, without changing it. Exits 0 when it is, 1 with one line per problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sample atlas to &lt;file&gt;, which must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window, wait until it has painted, save it as &lt;png&gt; and exit. Without a file, shows the built-in sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the timeline, the graph or both into &lt;out&gt; (.png, .svg or .pdf), or write the atlas&apos;s data to &lt;out&gt; as TimelineJS (.json), CSV (.csv), GEXF (.gexf) or GraphML (.graphml), without a window, and exit: 0 when written, 1 with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export: which view to draw (default both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline|graph|both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export to PDF: the landscape page size (default a4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4|letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export to PDF: a page per stop of the atlas&apos;s first tour, each with its dates, its graph and its caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1366x768; picture size for --export to PNG or SVG (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the time the timeline shows, as FROM..TO in any form the date field reads, e.g. 2018..2019 or &quot;1 Oct 1959..Dec 1961&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM..TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: lanes by actor, category or packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor|category|packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the date of the time cursor, which the graph shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: search for &lt;text&gt; and show the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show only the events and relations of this actor (by name; may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show only events of this importance (1-5) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show presentation mode at step &lt;n&gt; of the atlas&apos;s first tour (0: the current view, no tour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours for this run (not remembered): system, light, dark or high-contrast. Works with --screenshot too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system|light|dark|high-contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &lt;in&gt; (TimelineJS .json, CSV .csv or GEXF .gexf) into the atlas given with --into and exit: 0 when everything was added, 1 with every error and the atlas unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import: the atlas to add to, made when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import or --export of CSV: what the rows are (default events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events|actors|relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one atlas file; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check, --write-sample, --screenshot, --export and --import cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind expects events, actors or relations; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind only goes with --import or --export of a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--into only goes with --import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import needs --into FILE.annals: the atlas to add to (made when it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; give the atlas with --into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import expects a file ending in .json (TimelineJS), .csv, .tsv, .txt or .gexf; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with --import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with a picture export (.png, .svg, .pdf), not with a data export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 only goes with --screenshot or --export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 only goes with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 only goes with --export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme goes with a window, not with --check or --write-sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme expects system, light, dark or high-contrast; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export expects a file name ending in .png, .svg or .pdf (pictures) or .json, .csv, .gexf or .graphml (data); got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tour makes pages: give --export a file ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view expects timeline, graph or both; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page expects a4 or letter; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--present expects a step number (1 for the first, 0 for no tour); got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-importance expects a number from 1 to 5; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT between 200x150 and 16384x16384, for example 1366x768; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window expects FROM..TO, for example 2018..2019; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window: %1 is not after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lanes expects actor, category or packed; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter-actor: the atlas has no actor called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a sound atlas (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the sample atlas to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; %1 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; %1 was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %2 with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::CsvImportDialog</name>
    <message>
        <source>Import CSV — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not UTF-8 text. If it was saved by Excel or another program on Windows in Western Europe or the Americas, it can be read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it as &amp;Windows-1252 (Western)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each byte as a Windows-1252 character. Check in the preview that accented letters look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each row of the file is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known layout of columns: chosen from the file&apos;s first row when it matches one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between fields, found from the first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row names the columns and is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they would be imported; the row headers are the file&apos;s line numbers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an error to select its row in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what the file holds to the atlas, as one step that Undo takes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s column that gives the %1; in our own files and TimelineJS spreadsheets it is called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::CsvReader</name>
    <message>
        <source>The file is %1 MB; CSV files up to %2 MB can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not UTF-8 text (byte 0x%1). Save the file as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record has more than %1 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after a closing quote: a field in quotes must end at the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with one: put the field in quotes and double the quote (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::DataActions</name>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as Ne&amp;w Atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the events, actors and relations of a TimelineJS, CSV or GEXF file to this atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new atlas from a TimelineJS, CSV or GEXF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this atlas&apos;s data as TimelineJS, CSV, GEXF (Gephi) or GraphML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an atlas first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB Annals imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a problem, so nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 problems, so nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds nothing Annals can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as New Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the New Atlas As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annals atlases (*.annals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, events (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, actors (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, relations (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEXF for Gephi (*.gexf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::DataExchange</name>
    <message>
        <source>TimelineJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEXF (Gephi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Annals can import (*.json *.csv *.tsv *.txt *.gexf);;TimelineJS (*.json);;CSV (*.csv *.tsv *.txt);;GEXF (Gephi) (*.gexf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS (*.json);;CSV (*.csv);;GEXF (Gephi) (*.gexf);;GraphML (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annals imports TimelineJS (.json), CSV (.csv, .tsv, .txt) and GEXF (.gexf) files; this one is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; Annals imports files of up to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annals exports data as TimelineJS (.json), CSV (.csv), GEXF (.gexf) or GraphML (.graphml); “%1” has none of these endings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as an atlas: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot import into it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::DateParser</name>
    <message>
        <source>Could not read &quot;%1&quot; as a date. Expected forms like 1959, Oct 1959, 1 October 1959, 1959-10-01, 1959-10-01 14:30, 44 BCE, c. 1200, 1950s, 20th century, 3.5 Ga or 65 Ma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no year 0: 1 BCE is followed by 1 CE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before the earliest date Annals can hold (20 billion years ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is after the latest date Annals can hold (the year %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 BCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month %1: months run from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hour %1: hours run from 0 to 23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no minute %1: minutes run from 0 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decade is written with the year that ends in 0, for example 1950s or 440s BCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centuries are counted from the 1st: there is no 0th century.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep time is kept to a thousandth of its unit: write 3.142 Ga rather than 3.14159 Ga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date, for example 1959 or 1 Oct 1959.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative years are ambiguous: write %2 BCE for the astronomical year -%1, or %1 BCE if you counted back from 1 CE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::DateRangeDialog</name>
    <message>
        <source>Show a Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date as you would write it: 1950, June 1950, 25 June 1950, 44 BCE, 1950s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::DetailsPanel</name>
    <message>
        <source>to a billion years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to a million years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to a thousand years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event on the timeline or an actor to see what is known about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start known %1, end %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begins with this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A cited value of a number series: &quot;Estimated warheads, 2019: 30&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::EditActions</name>
    <message>
        <source>New &amp;Actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit A&amp;ctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Ac&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Relat&amp;ion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Re&amp;lation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Relati&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources Cite&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Era…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mana&amp;ge Eras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;ked Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Num&amp;ber Series Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas&apos;s sources: find, add, change or delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a named period shown as a band on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas&apos;s eras: find, add, change or delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected event causes, leads to or responds to: add or remove links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of a series: add, change or delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources the selected item cites: add or remove citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person, state, organisation or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected actor with its relations (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a relation between two actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected relation (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a book, article or web page to cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation needs two actors; add them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event, actor or relation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas has no series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” — Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” and its citations — Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source (book, article, web page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected source with its citations (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected era with its citations (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>series, unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a value to the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected value with its citations (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the value for %1 — Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::EraEditor</name>
    <message>
        <source>Store the era (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cold War, Bronze Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. #4060a0 or steelblue; empty for the usual shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What marks the era. Markdown is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a colour: use #rrggbb or a name such as steelblue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: when the era began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: when the era ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour is not one Annals knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::EventActions</name>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete E&amp;vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event at the time cursor (or double-click empty space on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to %2 — Ctrl+Z moves it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” — Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::EventEditor</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for a single moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. treaty, war, summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, if anywhere in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “Summer 1950”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the date is written in the details and in exports, when the dates above say less than you want to. The timeline still places the event by its start and end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date as &amp;written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: a detail; 5: shapes everything after it. Bigger markers on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (a detail) to 5 (shapes everything after it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and why it matters. Markdown is allowed: *emphasis*, **bold**, lists, [links](https://example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actors by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the actors involved; Space checks, F2 edits the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the event cannot be stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the event (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1959, 3 Sep 2025, 44 BCE, c. 1200, 1950s, 65 Ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: when it happened or began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: leave empty for a single moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter stores the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3, %4:%5</source>
        <comment>day, month, year, hour, minute</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3, %4h</source>
        <comment>day, month, year, hour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the thousand years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the million years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the billion years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>approximate date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, roughly %2</source>
        <comment>date, precision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, precision</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::EventIndex</name>
    <message>
        <source>Annals cannot reach the SQLite library behind Qt&apos;s SQLite driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the actors of the events: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::EventLinksDialog</name>
    <message>
        <source>&amp;Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the events to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the other event&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event → the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen event → this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event title, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 events: type to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other event matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the chosen event to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event to link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected link with its citations (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a link first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::EventTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::EventTablePanel</name>
    <message>
        <source>Filter events (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the events whose title, date, category, place or actors contain every word you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline and graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline, the graph, or the timeline above the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG for slides and the web, SVG to edit further, PDF for a printed handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s width in pixels (PNG and SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s height in pixels (PNG and SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the PNG; above 96 dpi the views are drawn larger and sharper in the same number of pixels&apos; worth of layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4, landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter, landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s page, with a header naming the atlas and the dates shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the export; its ending (.png, .svg, .pdf) chooses the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::FilterBar</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow what the timeline, the graph and the event list show (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the events of some actors, and them and their partners in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events of some categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation &amp;Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some kinds of relation in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the less important events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Visible Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what falls in the period the timeline shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From… To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what falls in a period you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This atlas has no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Any Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 or More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click, or press Delete, to remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kind of relation is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::GraphCanvas</name>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-sided (aid, sanctions…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in existence at this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranging the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actors to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::GraphFormats</name>
    <message>
        <source>The file is %1 bytes; at most %2 are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters is too long; at most %2 are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a GEXF file: it starts with &lt;%1&gt; in namespace &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attribute %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute id &quot;%1&quot; is declared twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 nodes and edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node id &quot;%1&quot; is used twice (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is listed again; its times are added to the first listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edge id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends in the middle of the XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no XML elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GEXF time format (date, dateTime, integer or double).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times written as numbers are read as years (1961.5 is the middle of 1961).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the file&apos;s format (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a precision Annals knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date, as 1961-07-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dateTime, as 1961-07-11T09:30:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double, as 1961.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file gives no time format and writes times as numbers; they are read as years (1961.5 is the middle of 1961).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spells are read as one span, from the first start to the last end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) named an actor the atlas already has and were joined to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The edge names node &quot;%1&quot;, which is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stance: -1 (hostile), 0 (neutral) or 1 (cooperative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edge has no time and the file gives none to date it from; Annals relations need a start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) had no start and begin when both their actors are there, or at the file&apos;s earliest time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) from a node to itself were left out: an Annals relation joins two different actors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The name&apos;s period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::GraphView</name>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors and the relations between them at the time cursor&apos;s date. Click an actor or a relation to select it; drag an actor to pin it; double-click an actor to focus on its neighbourhood; wheel to zoom; Shift+drag from one actor to another to draw a relation between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the graph afresh; actors you pinned stay where you put them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpin All Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let every actor you dragged find its own place again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations in the Whole &amp;Visible Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every relation in force at any time in the timeline&apos;s visible period, not only on the cursor&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom and move the graph so that it fits the view again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show relations of the kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations in force between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations in force on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Around %1, %n step(s) — Esc shows everyone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Around %1, %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of relation hidden</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on %1&apos;s Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Two Steps Around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw Relation From Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then click the other actor; Esc cancels. Shift+drag from an actor does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only Events of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the timeline, the graph and the event list to this actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation &amp;Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tied to %n actor(s) here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned where you put it; right-click to unpin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to see only its neighbourhood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+drag to another actor to draw a relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid blue: cooperation · dashed orange: hostility · grey: neutral.
Circles are people, squares states, diamonds organisations and groups; bigger means more ties.
Drag an actor to pin it; double-click to focus on its neighbourhood;
Shift+drag from one actor to another to draw a relation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::HistoricalDate</name>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 BCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st century BCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd century BCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd century BCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th century BCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s BCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 billion years from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 million years from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousand years from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 billion years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 million years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousand years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month abbreviation, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month abbreviation, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2h</source>
        <comment>date, hour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2:%3</source>
        <comment>date, hour, minute</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>approximate date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::ItemEditor</name>
    <message>
        <source>Why it cannot be stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1959, 3 Sep 2025, 44 BCE, c. 1200, 1950s, 65 Ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter stores it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::ItemListDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::MainWindow</name>
    <message>
        <source>Annals atlases (*.annals);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No atlas is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an atlas file, start a new one, or explore the sample atlas “Korea and the great powers, 1945–2025”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an atlas file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your own copy of “Korea and the great powers, 1945–2025”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of this atlas to another file; changes are stored as you make them, so there is no Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline, the graph or both as a PNG, SVG or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the timeline and the graph, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the whole atlas: events, actors, relations and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the theme and the text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom into the middle of the timeline (or turn the mouse wheel over a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Whole Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packed in One Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Le&amp;gend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show O&amp;verview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map of the whole atlas under the timeline: drag its frame to move through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Num&amp;ber Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the atlas&apos;s number series under the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allies and rivals of the selected actor, and how they changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filte&amp;r Event List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Fil&amp;ter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow what the timeline, the graph and the event list show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present from the Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the atlas full screen in large type and step through its tour (Page Down: next, Page Up: back, B: blank, Esc: leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present from the &amp;Current Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the tour from the step chosen in the Tour dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present on &amp;Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tour Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and edit tours: steps through the atlas with captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation &amp;Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Annals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This atlas has no number series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found in this atlas. It is open read-only so that nothing gets worse; the details list each one with its table and row.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 actors · %3 relations · %4 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Annals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Annals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled.annals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the sample atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (a second screen when there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen &amp;%1: %2 (%3 × %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::NoticeBar</name>
    <message>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::OverviewStrip</name>
    <message>
        <source>Overview of the atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many events begin in each slice of the atlas&apos;s time, with the timeline&apos;s visible window as a rectangle. Drag the rectangle or its edges, or use Left, Right, + and −, Home and End, to steer the timeline; double-click to show everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the rectangle to move the timeline, drag its edges to widen or narrow it, double-click to show everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) begin</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours of every view. High contrast is black and white with yellow highlights, for projectors and low vision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the text in the timeline, the graph, the charts and the panels, from 100 % to 300 % in steps of 25 (also View ▸ Larger Text and Smaller Text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the preferences; every change is already applied and remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::PresentationWindow</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting — Annals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down or Right: next step; Page Up or Left: previous; B: blank the screen; Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::RecentFiles</name>
    <message>
        <source>No recent atlases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::RelationEditor</name>
    <message>
        <source>Store the relation (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the two stand towards each other: the colour of the line on the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first to the second only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid, leadership, sanctions: one gives, the other receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Treaty of Friendship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty while it still holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begun by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event that began it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event that ended it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an actor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event title, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: when it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: leave empty while it still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::RelationKind</name>
    <message>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivalry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rivalry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>War</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>war</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::SafeMarkdown</name>
    <message>
        <source>[image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::SampleAtlas</name>
    <message>
        <source>Korea and the great powers, 1945–2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample atlas is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::Screenshot</name>
    <message>
        <source>The window could not be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::SearchPanel</name>
    <message>
        <source>Search events, actors, relations, sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in titles, descriptions, places, categories, names and sources. A word being typed matches as the start of a word.
Up and Down choose a result, Enter shows it, Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an atlas to search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word: titles, descriptions, places, categories, actors&apos; names, relations and sources are searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search for in that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::SearchResultsModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2+)</source>
        <extracomment>A group of search results and how many: &quot;Events (8)&quot;, &quot;Events (8+)&quot; when there are more</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch more results of this kind (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · also called this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <extracomment>A relation&apos;s kind and its two actors: &quot;Treaty · China – North Korea&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::SeriesLane</name>
    <message>
        <source>Number series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimates %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::SeriesPointEditor</name>
    <message>
        <source>Store the value (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Value of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a Value of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::SourceEditor</name>
    <message>
        <source>Store the source (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publis&amp;hed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::SqliteHandle</name>
    <message>
        <source>Annals cannot reach the SQLite library behind Qt&apos;s SQLite driver, so it cannot open atlas files safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused a safety setting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annals cannot reach the SQLite library behind Qt&apos;s SQLite driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the atlas to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::StandingChart</name>
    <message>
        <source>Allies and rivals over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allies (above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivals (below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ally(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rival(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click or drag to move the date. Left and Right jump to the previous or next change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::TickPlanner</name>
    <message>
        <source>%1 Ga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ka</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::TimelineCanvas</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1&apos;s events — Esc to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 — Esc to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::TimelineJs</name>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text has %1 characters; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date must be an object with a year, like {&quot;year&quot;: 1950}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 is outside what Annals can hold (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a month (1–12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no day %2 (it has %3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an hour (0–23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a minute (0–59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a second (0–59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a millisecond (0–999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annals keeps dates to the minute; the seconds of this %1 were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date cannot be represented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text must be an object with a headline and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media must be an object with a url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no headline; it is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This era has no headline; it is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slide background not kept: Annals has no slide backgrounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slide backgrounds not kept: Annals has no slide backgrounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slide type not kept: Annals shows every event the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slide types not kept: Annals shows every event the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 map location not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 map locations not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autolink setting is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale setting is not kept: Annals picks its scale from the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media item not kept: only web addresses (http or https) become sources, not embedded HTML, quotes or files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media items not kept: only web addresses (http or https) become sources, not embedded HTML, quotes or files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media thumbnail not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media thumbnails not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media alt text not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media alt texts not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media link not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media links not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 event repeats a unique_id used before (unique_ids are not kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events repeat a unique_id used before (unique_ids are not kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 era display date not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 era display dates not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TimelineJS file is a JSON object with an &quot;events&quot; list; this one is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the older TimelineJS 2 format (a &quot;timeline&quot; object); Annals reads TimelineJS3 JSON, with &quot;events&quot; at the top. Open it in TimelineJS3 and save it again, or export it as a spreadsheet and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TimelineJS file needs an &quot;events&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;eras&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 events; at most %2 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 eras; at most %2 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title slide must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 bytes; files up to %2 bytes can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is not UTF-8; save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 event link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 event links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of TimelineJS and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are not part of TimelineJS and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events&apos; places, importance and actors are not part of TimelineJS and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era colours are not part of TimelineJS and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::TimelineLanes</name>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in time. Wheel or + and − to zoom, drag or arrow keys to move, Tab to step through events, F6 to leave the timeline; drag an event, or Alt+Left and Alt+Right, to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n events&lt;/b&gt;&lt;br&gt;%1 – %2&lt;br&gt;&lt;i&gt;Click to zoom in.&lt;/i&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Drag to move; drag an end to change it; Alt+←/→ moves it by one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move; Alt+←/→ moves it by one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to This Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Time Cursor Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Whole Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not after the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not before the start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::TourPanel</name>
    <message>
        <source>&amp;New Tour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new, empty tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Tour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen tour&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen tour and its steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Current View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after the current one that shows what the views show now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update Step from View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the current step show what the views show now; its caption stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Step &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current step one place earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Step Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current step one place later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the timeline and the graph to the current step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present from Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the tour from the current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour whose steps are listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tours yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, rename or delete a tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour&apos;s steps in order. Drag or press Alt+Up and Alt+Down to reorder, Delete to remove, Enter or double-click to show one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to say at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip, shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the tour “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the tour “%1”. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new tour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title of the tour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tour “%1” and its 1 step? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tour “%1” and its %2 steps? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or make a tour first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour has no steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current step&apos;s caption; stored when you leave the field or press Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::Tours</name>
    <message>
        <source>%1 – %2</source>
        <comment>start, end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event title, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>number, caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <comment>number, year, caption</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::ViewAccessibility</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 and %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor or relation selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annals::ViewExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas holds no events and no actors: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: give a file name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tour makes pages: export it to a .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas has no tour with steps to make pages of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of %1 x %2 pixels is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Annals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG writer did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — stop %2 of %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try annals --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request needs a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter-actor: the atlas has no actor called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--present: the atlas&apos;s first tour has no step %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
