<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Annals::AboutDialog</name>
    <message>
        <source>About Annals</source>
        <translation>Annals 정보</translation>
    </message>
    <message>
        <source>A timeline and relationship viewer for history, for students exploring and teachers presenting.</source>
        <translation>학생의 탐구와 교사의 발표를 위한 역사 연표·관계 뷰어입니다.</translation>
    </message>
    <message>
        <source>Annals is free software under the GNU General Public License, version 3 or later. It uses Qt %1 (LGPL 3) and SQLite (public domain).</source>
        <translation>Annals는 GNU 일반 공중 사용 허가서(GNU General Public License) 버전 3 또는 그 이후 버전에 따라 배포되는 자유 소프트웨어입니다. Qt %1(LGPL 3)과 SQLite(퍼블릭 도메인)를 사용합니다.</translation>
    </message>
    <message>
        <source>The sample atlas: %1</source>
        <translation>예제 아틀라스: %1</translation>
    </message>
    <message>
        <source>Its text is licensed %1; its facts come from the sources below.</source>
        <translation>이 아틀라스의 글은 %1 라이선스를 따르며, 사실 정보는 아래 출처에서 가져왔습니다.</translation>
    </message>
    <message>
        <source>licence: %1</source>
        <translation>라이선스: %1</translation>
    </message>
</context>
<context>
    <name>Annals::ActivityChart</name>
    <message>
        <source>Events per period in view</source>
        <translation>화면에 보이는 기간별 사건 수</translation>
    </message>
    <message>
        <source>No events in view</source>
        <translation>화면에 보이는 사건이 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view. %1</source>
        <translation>
            <numerusform>화면에 보이는 사건 %n개. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of this period is outside the view; only the events in view are counted.</source>
        <translation>이 기간의 일부가 화면 밖에 있습니다. 화면에 보이는 사건만 셉니다.</translation>
    </message>
    <message>
        <source>Click to show this period on the timeline.</source>
        <translation>클릭하면 연표에 이 기간을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>Annals::ActorEditor</name>
    <message>
        <source>Store the actor (Ctrl+Enter)</source>
        <translation>행위자를 저장합니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New Actor</source>
        <translation>새 행위자</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>As people know it, e.g. China, NATO, Bismarck</source>
        <translation>널리 알려진 이름. 예: 중국, NATO, 비스마르크</translation>
    </message>
    <message>
        <source>In its own language, if different</source>
        <translation>본래 언어로 쓴 이름 (다를 경우)</translation>
    </message>
    <message>
        <source>Nati&amp;ve name:</source>
        <translation>원어 이름(&amp;V):</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>원어 이름</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>색(&amp;C):</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>e.g. #de2910 or darkred; empty for a colour of its own</source>
        <translation>예: #de2910 또는 darkred. 비워 두면 고유한 색이 자동으로 정해집니다</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>시작(&amp;S):</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>끝(&amp;E):</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <source>Empty while it still exists</source>
        <translation>아직 존재하면 비워 두세요</translation>
    </message>
    <message>
        <source>Who or what it is. Markdown is allowed.</source>
        <translation>누구 또는 무엇인지 적습니다. Markdown을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <source>Not a colour: use #rrggbb or a name such as darkred.</source>
        <translation>색이 아닙니다. #rrggbb 형식이나 darkred 같은 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>Optional: when it began, if known.</source>
        <translation>선택: 시작된 때를 알면 입력하세요.</translation>
    </message>
    <message>
        <source>The start date cannot be read: %1</source>
        <translation>시작 날짜를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Optional: leave empty while it still exists.</source>
        <translation>선택: 아직 존재하면 비워 두세요.</translation>
    </message>
    <message>
        <source>The end date cannot be read: %1</source>
        <translation>끝 날짜를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The colour is not one Annals knows.</source>
        <translation>Annals가 알지 못하는 색입니다.</translation>
    </message>
</context>
<context>
    <name>Annals::ActorFilterDialog</name>
    <message>
        <source>Show Events of Actors</source>
        <translation>행위자의 사건 보기</translation>
    </message>
    <message>
        <source>Search actors</source>
        <translation>행위자 검색</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Tick the actors whose events to show; none ticked shows everyone&apos;s</source>
        <translation>사건을 볼 행위자를 체크하세요. 아무것도 체크하지 않으면 모든 행위자의 사건을 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>Annals::ActorKind</name>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>State</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>state</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>집단</translation>
    </message>
    <message>
        <source>group</source>
        <translation>집단</translation>
    </message>
</context>
<context>
    <name>Annals::ActorPanel</name>
    <message>
        <source>the start</source>
        <translation>처음</translation>
    </message>
    <message>
        <source>born %1, died %2</source>
        <translation>%1 출생, %2 사망</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>%1 출생</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>died %1</source>
        <translation>%1 사망</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>Allies</source>
        <translation>동맹</translation>
    </message>
    <message>
        <source>Rivals</source>
        <translation>경쟁자</translation>
    </message>
    <message>
        <source>Events in view</source>
        <translation>보이는 범위의 사건</translation>
    </message>
    <message>
        <source>Select an actor in the graph or the event list to see who stood with them.</source>
        <translation>그래프나 사건 목록에서 행위자를 선택하면 누가 그 편에 섰는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Selected actor</source>
        <translation>선택한 행위자</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Allies and rivals at the date</source>
        <translation>해당 날짜의 동맹과 경쟁자</translation>
    </message>
    <message>
        <source>Most allies and rivals</source>
        <translation>동맹과 경쟁자가 가장 많았던 때</translation>
    </message>
    <message>
        <source>On both sides</source>
        <translation>양쪽 모두</translation>
    </message>
    <message>
        <source>Actors joined to this one on this date by an alliance, a treaty, aid or a summit that the atlas marks as friendly.</source>
        <translation>이 날짜에 동맹, 조약, 원조, 정상회담 등 아틀라스에 우호적으로 표시된 관계로 이 행위자와 이어진 행위자입니다.</translation>
    </message>
    <message>
        <source>Actors joined to this one on this date by any tie that the atlas marks as hostile: rivalry, sanctions, war and the like.</source>
        <translation>이 날짜에 경쟁 관계, 제재, 전쟁 등 아틀라스에 적대적으로 표시된 관계로 이 행위자와 이어진 행위자입니다.</translation>
    </message>
    <message>
        <source>Allies above the line, rivals below it, across the whole atlas. Click or drag to move the date; Left and Right jump to the previous or next change.</source>
        <translation>아틀라스 전체 기간에 걸쳐 선 위에는 동맹을, 선 아래에는 경쟁자를 보여 줍니다. 클릭하거나 끌어서 날짜를 옮기고, ← 키와 → 키로 이전 또는 다음 변화 시점으로 이동합니다.</translation>
    </message>
    <message>
        <source>How many of this actor&apos;s events begin in each period of the timeline&apos;s window. Click a bar, or press Enter on it, to show that period.</source>
        <translation>연표의 시간 범위를 구간으로 나누어, 구간마다 이 행위자의 사건이 몇 개 시작하는지 보여 줍니다. 막대를 클릭하거나 막대에서 Enter 키를 누르면 그 구간을 표시합니다.</translation>
    </message>
    <message>
        <source>Most allies: %1, from %2.</source>
        <translation>동맹 최다: %1개(%2부터).</translation>
    </message>
    <message>
        <source>No allies at any time in this atlas.</source>
        <translation>이 아틀라스에서는 어느 시기에도 동맹이 없습니다.</translation>
    </message>
    <message>
        <source>Most rivals: %1, from %2.</source>
        <translation>경쟁자 최다: %1개(%2부터).</translation>
    </message>
    <message>
        <source>No rivals at any time in this atlas.</source>
        <translation>이 아틀라스에서는 어느 시기에도 경쟁자가 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The counts first change on %1 (%2, %3) and last on %4 (%5, %6).</source>
        <translation>수가 처음 바뀌는 때는 %1(%2, %3), 마지막으로 바뀌는 때는 %4(%5, %6)입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n ally(s)</source>
        <translation>
            <numerusform>동맹 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rival(s)</source>
        <translation>
            <numerusform>경쟁자 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Also known in this atlas as %1.</source>
        <translation>이 아틀라스에서의 다른 이름: %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>On %1, %2 was not yet born.</source>
        <translation>%1 당시 %2은(는) 아직 태어나지 않았습니다.</translation>
    </message>
    <message>
        <source>On %1, %2 did not exist yet.</source>
        <translation>%1 당시 %2은(는) 아직 존재하지 않았습니다.</translation>
    </message>
    <message>
        <source>On %1, %2 was no longer alive.</source>
        <translation>%1 당시 %2은(는) 이미 세상을 떠났습니다.</translation>
    </message>
    <message>
        <source>On %1, %2 no longer existed.</source>
        <translation>%1 당시 %2은(는) 이미 존재하지 않았습니다.</translation>
    </message>
    <message>
        <source>On %1, %2 had %3 and %4 among the relations shown.</source>
        <translation>%1 당시 %2: 표시된 관계 중 %3, %4.</translation>
    </message>
    <message>
        <source>On %1, %2 had %3 and %4 in this atlas.</source>
        <translation>%1 당시 %2: 이 아틀라스에서 %3, %4.</translation>
    </message>
    <message>
        <source>On both lists: %1. Friendly and hostile ties held at the same time.</source>
        <translation>양쪽 목록에 모두 있음: %1. 우호 관계와 적대 관계가 동시에 있었습니다.</translation>
    </message>
    <message>
        <source>None on this date.</source>
        <translation>이 날짜에는 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ally: %1</source>
        <translation>동맹: %1</translation>
    </message>
    <message>
        <source>Rival: %1</source>
        <translation>경쟁자: %1</translation>
    </message>
    <message>
        <source>Click to select %1.</source>
        <translation>클릭하면 %1을(를) 선택합니다.</translation>
    </message>
</context>
<context>
    <name>Annals::Atlas</name>
    <message>
        <source>%1 already exists; Annals will not overwrite it.</source>
        <translation>%1 파일이 이미 있습니다. Annals는 기존 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Could not make the atlas store each change safely: %1</source>
        <translation>아틀라스가 변경 사항을 하나하나 안전하게 저장하도록 설정할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This is the built-in sample atlas; nothing you change here is kept.</source>
        <translation>내장된 예제 아틀라스입니다. 여기서 바꾼 내용은 보존되지 않습니다.</translation>
    </message>
    <message>
        <source>Could not move the new atlas into place at %1.</source>
        <translation>새 아틀라스를 %1 위치로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose another file than the one that is open.</source>
        <translation>지금 열려 있는 파일이 아닌 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>%1 파일을 대체할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not move the copy into place at %1.</source>
        <translation>사본을 %1 위치로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is open in another Annals window, so it is open read-only here. Make your changes in that window, or close it and open the atlas again.</source>
        <translation>%1 파일이 다른 Annals 창에서 열려 있으므로 여기서는 읽기 전용으로 열었습니다. 그 창에서 변경하거나, 그 창을 닫고 아틀라스를 다시 여세요.</translation>
    </message>
    <message>
        <source>Annals could not make the lock file %1 beside the atlas, so it is open read-only: without it, another window could change the atlas at the same time.</source>
        <translation>Annals가 아틀라스 옆에 잠금 파일(%1)을 만들 수 없어 읽기 전용으로 열었습니다. 잠금 파일이 없으면 다른 창에서 동시에 아틀라스를 바꿀 수 있기 때문입니다.</translation>
    </message>
</context>
<context>
    <name>Annals::AtlasConnection</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>Qt의 SQLite 드라이버가 설치되어 있지 않습니다 (패키지 libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>SQLite could not open the file: %1</source>
        <translation>SQLite가 파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>SQLite refused &quot;%1&quot;: %2</source>
        <translation>SQLite가 &quot;%1&quot;을(를) 거부했습니다: %2</translation>
    </message>
    <message>
        <source>Could not switch the atlas to write-ahead logging: %1</source>
        <translation>아틀라스를 WAL(write-ahead logging) 모드로 바꿀 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not switch the atlas to write-ahead logging (journal mode is %1).</source>
        <translation>아틀라스를 WAL(write-ahead logging) 모드로 바꿀 수 없습니다 (저널 모드: %1).</translation>
    </message>
</context>
<context>
    <name>Annals::AtlasCsv</name>
    <message>
        <source>A month, day or time needs a year.</source>
        <translation>월, 일 또는 시각을 쓰려면 연도가 있어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year: write a whole number such as 1950, or -44 for 44 BCE.</source>
        <translation>&quot;%1&quot;은(는) 연도가 아닙니다. 1950과 같은 정수로 쓰고, 기원전 44년은 -44로 쓰세요.</translation>
    </message>
    <message>
        <source>There is no year 0: 1 BCE is followed by 1 CE.</source>
        <translation>0년은 없습니다. 기원전 1년 다음은 서기 1년입니다.</translation>
    </message>
    <message>
        <source>The year %1 is outside the years Annals can hold.</source>
        <translation>%1년은 Annals가 다룰 수 있는 연도 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write a number from 1 to 12.</source>
        <translation>&quot;%1&quot;은(는) 월이 아닙니다. 1부터 12까지의 숫자로 쓰세요.</translation>
    </message>
    <message>
        <source>A day needs a month.</source>
        <translation>일을 쓰려면 월이 있어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of this month: write a number from 1 to %2.</source>
        <translation>&quot;%1&quot;은(는) 이 달에 있는 날이 아닙니다. 1부터 %2까지의 숫자로 쓰세요.</translation>
    </message>
    <message>
        <source>A time needs a day.</source>
        <translation>시각을 쓰려면 일이 있어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write hours and minutes such as 14:30.</source>
        <translation>&quot;%1&quot;은(는) 시각이 아닙니다. 14:30처럼 시와 분으로 쓰세요.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of these actors: %2. Use a name only one of them has.</source>
        <translation>&quot;%1&quot;이(가) 다음 행위자 중 어느 것인지 알 수 없습니다: %2. 이 중 하나에만 있는 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>An era needs a title.</source>
        <translation>시대에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>사건에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <source>An era needs a start date.</source>
        <translation>시대에는 시작 날짜가 있어야 합니다.</translation>
    </message>
    <message>
        <source>An event needs a start date.</source>
        <translation>사건에는 시작 날짜가 있어야 합니다.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>끝(%1)이 시작(%2)보다 앞섭니다.</translation>
    </message>
    <message>
        <source>An era needs an end date.</source>
        <translation>시대에는 끝 날짜가 있어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an importance: write a number from 1 (minor) to 5 (major).</source>
        <translation>&quot;%1&quot;은(는) 중요도가 아닙니다. 1(낮음)부터 5(높음)까지의 숫자로 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: sources are written as addresses starting with http:// or https://, separated by &quot; ; &quot;.</source>
        <translation>&quot;%1&quot;은(는) 웹 주소가 아닙니다. 출처는 http:// 또는 https://로 시작하는 주소로 쓰고, &quot; ; &quot;로 구분합니다.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>행위자에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of actor: write person, state, organisation or group.</source>
        <translation>&quot;%1&quot;은(는) 행위자 종류가 아닙니다. person(인물), state(국가), organisation(조직), group(집단) 중 하나로 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: write it like #b71c1c.</source>
        <translation>&quot;%1&quot;은(는) 색이 아닙니다. #b71c1c와 같은 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>A relation needs two actors: this cell names none.</source>
        <translation>관계에는 두 행위자가 있어야 하는데, 이 칸에는 행위자 이름이 없습니다.</translation>
    </message>
    <message>
        <source>A relation joins two different actors.</source>
        <translation>관계는 서로 다른 두 행위자를 이어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of relation: write one of %2.</source>
        <translation>&quot;%1&quot;은(는) 관계 종류가 아닙니다. 다음 중 하나로 쓰세요: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stance: write hostile, neutral or cooperative (or -1, 0, 1).</source>
        <translation>&quot;%1&quot;은(는) 입장이 아닙니다. hostile(적대), neutral(중립), cooperative(협력) 중 하나로 쓰세요(또는 -1, 0, 1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot;은(는) yes나 no가 아닙니다.</translation>
    </message>
    <message>
        <source>A relation needs a start date.</source>
        <translation>관계에는 시작 날짜가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Display date</source>
        <translation>표시 날짜</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>중요도</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>원어 이름</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>행위자 종류</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>From actor</source>
        <translation>행위자 1</translation>
    </message>
    <message>
        <source>To actor</source>
        <translation>행위자 2</translation>
    </message>
    <message>
        <source>Kind of relation</source>
        <translation>관계 종류</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>끝 연도</translation>
    </message>
    <message>
        <source>End month</source>
        <translation>끝 월</translation>
    </message>
    <message>
        <source>End day</source>
        <translation>끝 일</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>끝 시각</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>헤드라인</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>미디어</translation>
    </message>
    <message>
        <source>Media credit</source>
        <translation>미디어 저작자 표시</translation>
    </message>
    <message>
        <source>Media caption</source>
        <translation>미디어 설명문</translation>
    </message>
    <message>
        <source>Media thumbnail</source>
        <translation>미디어 섬네일</translation>
    </message>
    <message>
        <source>Slide type</source>
        <translation>슬라이드 유형</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>배경</translation>
    </message>
    <message>
        <source>events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The first row does not name the columns of a file of %1. Expected the columns of %2.</source>
        <translation>첫 행에 %1 파일의 열 이름이 없습니다. 필요한 열: %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>The file has %1 rows; up to %2 can be imported at once.</source>
        <translation>파일에 행이 %1개 있습니다. 한 번에 %2개까지만 가져올 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) not in the atlas will be added as groups: %1.</source>
        <translation>
            <numerusform>아틀라스에 없는 행위자 %n개를 집단으로 추가합니다: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) have the name of an actor already in the atlas and will be added again: %1.</source>
        <translation>
            <numerusform>행위자 %n개는 아틀라스에 이미 있는 행위자와 이름이 같지만 따로 추가됩니다: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backgrounds (%1) and media thumbnails (%2) are not kept: Annals has no slide backgrounds or thumbnails.</source>
        <translation>배경(%1개)과 미디어 섬네일(%2개)은 가져오지 않습니다. Annals에는 슬라이드 배경이나 섬네일이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n media entr(y/ies) are not kept: only web addresses on events become sources.</source>
        <translation>
            <numerusform>미디어 항목 %n개는 가져오지 않습니다. 사건에 달린 웹 주소만 출처가 됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) had seconds, which Annals does not keep: they are read to the minute.</source>
        <translation>
            <numerusform>시각 %n개에 초가 있었지만 Annals는 초를 저장하지 않으므로 분 단위까지만 읽습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more title row(s) are not kept: the first one gives the atlas its title.</source>
        <translation>
            <numerusform>추가 제목 행 %n개는 가져오지 않습니다. 첫 번째 제목 행이 아틀라스의 제목이 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file makes %1 items; up to %2 can be imported at once.</source>
        <translation>이 파일에서 항목 %1개가 만들어집니다. 한 번에 %2개까지만 가져올 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Annals::AtlasEditor</name>
    <message>
        <source>The change was stored but could not be read back: %1</source>
        <translation>변경 사항은 저장했지만 다시 읽어 올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>series, date</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no actor %1.</source>
        <translation>ID가 %1인 행위자가 없습니다.</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>ID가 %1인 사건이 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is already recorded.</source>
        <translation>“%1”은(는) 이미 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>There is no series %1.</source>
        <translation>ID가 %1인 수치 계열이 없습니다.</translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <translation>ID가 %1인 출처가 없습니다.</translation>
    </message>
    <message>
        <source>There is no %1 %2 to cite a source for.</source>
        <translation>출처를 인용할 %1 항목(ID %2)이 없습니다.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>가져올 것이 없습니다.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <source>Import %1 from “%2”</source>
        <translation>“%2”에서 %1 가져오기</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>사건 %1개</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>사건 %1개</translation>
    </message>
    <message>
        <source>%1 actor</source>
        <translation>행위자 %1개</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>행위자 %1개</translation>
    </message>
    <message>
        <source>%1 other name</source>
        <translation>다른 이름 %1개</translation>
    </message>
    <message>
        <source>%1 other names</source>
        <translation>다른 이름 %1개</translation>
    </message>
    <message>
        <source>%1 relation</source>
        <translation>관계 %1개</translation>
    </message>
    <message>
        <source>%1 relations</source>
        <translation>관계 %1개</translation>
    </message>
    <message>
        <source>%1 era</source>
        <translation>시대 %1개</translation>
    </message>
    <message>
        <source>%1 eras</source>
        <translation>시대 %1개</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>출처 %1개</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>출처 %1개</translation>
    </message>
    <message>
        <source>%1 citation</source>
        <translation>인용 %1개</translation>
    </message>
    <message>
        <source>%1 citations</source>
        <translation>인용 %1개</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>“%1” 추가</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” 삭제</translation>
    </message>
    <message>
        <source>A step can go at places 1 to %1, not %2.</source>
        <translation>단계는 1번부터 %1번 자리까지 둘 수 있으며, %2번 자리에는 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>Add Step %1</source>
        <comment>step number</comment>
        <translation>%1단계 추가</translation>
    </message>
    <message>
        <source>The new step could not be read back.</source>
        <translation>새 단계를 다시 읽어 올 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no tour step %1.</source>
        <translation>ID가 %1인 투어 단계가 없습니다.</translation>
    </message>
    <message>
        <source>Edit Step %1</source>
        <comment>step number</comment>
        <translation>%1단계 편집</translation>
    </message>
    <message>
        <source>Delete Step %1</source>
        <comment>step number</comment>
        <translation>%1단계 삭제</translation>
    </message>
    <message>
        <source>The tour has steps 1 to %1; there is no moving step %2 to %3.</source>
        <translation>투어의 단계는 1단계부터 %1단계까지이므로, %2단계를 %3번 자리로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Move Step %1 to %2</source>
        <translation>%1단계를 %2번 자리로 이동</translation>
    </message>
    <message>
        <source>causes</source>
        <translation>원인이 됨</translation>
    </message>
    <message>
        <source>leads to</source>
        <translation>이어짐</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>대응함</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>event, link kind, event</comment>
        <translation>%1 → %3 (%2)</translation>
    </message>
    <message>
        <source>Delete “%1”? Nothing cites it.</source>
        <translation>“%1”을(를) 삭제하시겠습니까? 이 출처를 인용한 항목은 없습니다.</translation>
    </message>
    <message>
        <source>Its 1 citation goes with it.</source>
        <translation>이 출처의 인용 1개도 함께 삭제됩니다.</translation>
    </message>
    <message>
        <source>Its %1 citations go with it.</source>
        <translation>이 출처의 인용 %1개도 함께 삭제됩니다.</translation>
    </message>
    <message>
        <source>Delete “%1”? %2 Undo brings it all back.</source>
        <translation>“%1”을(를) 삭제하시겠습니까? %2 실행 취소하면 모두 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>No atlas is open.</source>
        <translation>열린 아틀라스가 없습니다.</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <comment>relation kind, actor, actor</comment>
        <translation>%2–%3 %1</translation>
    </message>
    <message>
        <source>its part in %1 event</source>
        <translation>사건 %1개에서의 역할</translation>
    </message>
    <message>
        <source>its part in %1 events</source>
        <translation>사건 %1개에서의 역할</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>“%1”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>list, last item</comment>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>Deleting “%1” also removes %2.</source>
        <translation>“%1”을(를) 삭제하면 %2도 함께 삭제됩니다.</translation>
    </message>
    <message>
        <source>%1 series or tour step will no longer follow it.</source>
        <translation>수치 계열 또는 투어 단계 %1개가 더 이상 이 행위자와 연결되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 series or tour steps will no longer follow it.</source>
        <translation>수치 계열 또는 투어 단계 %1개가 더 이상 이 행위자와 연결되지 않습니다.</translation>
    </message>
    <message>
        <source>Undo brings all of it back.</source>
        <translation>실행 취소하면 모두 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Annals::AtlasInspector</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not an atlas.</source>
        <translation>%1 파일은 비어 있으므로 아틀라스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not an atlas: it is not an SQLite database.</source>
        <translation>%1 파일은 아틀라스가 아닙니다. SQLite 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: it should be %2 bytes long but is only %3. It may have been cut off while being copied or downloaded.</source>
        <translation>%1 파일이 손상되었습니다. 크기가 %2바이트여야 하는데 %3바이트뿐입니다. 복사하거나 내려받는 도중에 잘렸을 수 있습니다.</translation>
    </message>
    <message>
        <source>it carries a %1 that Annals atlases never have; it was refused and nothing in it was run</source>
        <translation>Annals 아틀라스에는 절대 없는 %1 항목이 들어 있어 거부했으며, 그 안의 내용은 전혀 실행하지 않았습니다</translation>
    </message>
    <message>
        <source>it holds a %1 that the Annals schema does not define</source>
        <translation>Annals 스키마에 정의되지 않은 %1 항목이 있습니다</translation>
    </message>
    <message>
        <source>its %1 differs from the Annals schema</source>
        <translation>%1 항목이 Annals 스키마와 다릅니다</translation>
    </message>
    <message>
        <source>it lacks the %1 of the Annals schema</source>
        <translation>Annals 스키마의 %1 항목이 없습니다</translation>
    </message>
    <message>
        <source>a check could not run: %1</source>
        <translation>검사 하나를 실행하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, %2행: %3</translation>
    </message>
    <message>
        <source>refers to a row of %1 that does not exist</source>
        <translation>%1 테이블에 없는 행을 참조합니다</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>끝(%1)이 시작(%2)보다 앞섭니다</translation>
    </message>
    <message>
        <source>its window ends before it starts</source>
        <translation>시간 범위의 끝이 시작보다 앞섭니다</translation>
    </message>
    <message>
        <source>cites %1 %2, which does not exist in %3</source>
        <translation>%1 %2 항목을 인용하지만, %3 테이블에 그런 항목이 없습니다</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 경로는 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 파일을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not an SQLite database: %2</source>
        <translation>%1 파일이 손상되었거나 SQLite 데이터베이스가 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not an Annals atlas.</source>
        <translation>%1 파일은 다른 프로그램의 SQLite 데이터베이스이며, Annals 아틀라스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has no Annals schema version, so it cannot be read.</source>
        <translation>%1 파일에는 Annals 스키마 버전이 없어 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 파일이 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 is damaged; SQLite reports: %2</source>
        <translation>%1 파일이 손상되었습니다. SQLite 보고 내용: %2</translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation>%1 파일을 거부했습니다: %2.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Annals (schema version %2; this version understands up to %3). It is open read-only so that nothing in it is lost.</source>
        <translation>%1 파일은 더 새로운 버전의 Annals에서 만들었습니다(스키마 버전 %2, 이 버전은 %3까지 지원). 파일 안의 내용이 사라지지 않도록 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <source>%1 is read-only on disk, so changes cannot be stored. Use File ▸ Save a Copy As… to make a copy you can edit.</source>
        <translation>%1 파일은 디스크에서 읽기 전용이라 변경 내용을 저장할 수 없습니다. 파일 ▸ 사본으로 저장…을 사용해 편집할 수 있는 사본을 만드세요.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s) and is open read-only so that nothing gets worse.</source>
        <translation>
            <numerusform>%1 파일에 문제가 %n개 있어, 더 나빠지지 않도록 읽기 전용으로 열었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::AtlasSchema</name>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>업그레이드를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2
Statement: %3</source>
        <translation>스키마 버전 %1(으)로 업그레이드하지 못했습니다: %2
SQL 문: %3</translation>
    </message>
    <message>
        <source>Could not finish the upgrade: %1</source>
        <translation>업그레이드를 마칠 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Annals::AtlasSearch</name>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>Annals::AtlasStore</name>
    <message>
        <source>There is no actor %1.</source>
        <translation>ID가 %1인 행위자가 없습니다.</translation>
    </message>
    <message>
        <source>There is no relation %1.</source>
        <translation>ID가 %1인 관계가 없습니다.</translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <translation>ID가 %1인 출처가 없습니다.</translation>
    </message>
    <message>
        <source>There is no era %1.</source>
        <translation>ID가 %1인 시대가 없습니다.</translation>
    </message>
    <message>
        <source>There is no link %1 between events.</source>
        <translation>ID가 %1인 사건 간 연결이 없습니다.</translation>
    </message>
    <message>
        <source>There is no series value %1.</source>
        <translation>ID가 %1인 수치 계열 값이 없습니다.</translation>
    </message>
    <message>
        <source>There is no tour %1.</source>
        <translation>ID가 %1인 투어가 없습니다.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>사건에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <source>An event needs a start date.</source>
        <translation>사건에는 시작 날짜가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Importance runs from 1 to 5.</source>
        <translation>중요도는 1부터 5까지입니다.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>끝(%1)이 시작(%2)보다 앞섭니다.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>행위자에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>A relation needs two actors.</source>
        <translation>관계에는 두 행위자가 있어야 합니다.</translation>
    </message>
    <message>
        <source>A relation joins two different actors.</source>
        <translation>관계는 서로 다른 두 행위자를 이어야 합니다.</translation>
    </message>
    <message>
        <source>A relation needs a start date.</source>
        <translation>관계에는 시작 날짜가 있어야 합니다.</translation>
    </message>
    <message>
        <source>The stance is hostile, neutral or cooperative.</source>
        <translation>입장은 적대, 중립, 협력 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>출처에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The address must be a web address starting with http:// or https://.</source>
        <translation>주소는 http:// 또는 https://로 시작하는 웹 주소여야 합니다.</translation>
    </message>
    <message>
        <source>An era needs a title.</source>
        <translation>시대에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <source>An era needs a start date.</source>
        <translation>시대에는 시작 날짜가 있어야 합니다.</translation>
    </message>
    <message>
        <source>An era needs an end date.</source>
        <translation>시대에는 끝 날짜가 있어야 합니다.</translation>
    </message>
    <message>
        <source>A link needs two events.</source>
        <translation>연결에는 두 사건이 있어야 합니다.</translation>
    </message>
    <message>
        <source>An event cannot be linked to itself.</source>
        <translation>사건을 자기 자신과 연결할 수는 없습니다.</translation>
    </message>
    <message>
        <source>A value belongs to a series.</source>
        <translation>값은 수치 계열에 속해야 합니다.</translation>
    </message>
    <message>
        <source>A value needs a date.</source>
        <translation>값에는 날짜가 있어야 합니다.</translation>
    </message>
    <message>
        <source>A value must be a finite number.</source>
        <translation>값은 유한한 수여야 합니다.</translation>
    </message>
    <message>
        <source>The low estimate (%1) is above the value (%2).</source>
        <translation>하한 추정치(%1)가 값(%2)보다 큽니다.</translation>
    </message>
    <message>
        <source>The high estimate (%1) is below the value (%2).</source>
        <translation>상한 추정치(%1)가 값(%2)보다 작습니다.</translation>
    </message>
    <message>
        <source>A tour needs a title.</source>
        <translation>투어에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <source>A step&apos;s time window needs both a start and an end, or neither.</source>
        <translation>단계의 시간 범위에는 시작과 끝이 모두 있거나 둘 다 없어야 합니다.</translation>
    </message>
    <message>
        <source>A step&apos;s time window must end after it starts.</source>
        <translation>단계의 시간 범위는 시작한 뒤에 끝나야 합니다.</translation>
    </message>
    <message>
        <source>A caption can be at most %1 characters long; this one has %2.</source>
        <translation>설명문은 최대 %1자까지 쓸 수 있습니다. 이 설명문은 %2자입니다.</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>ID가 %1인 사건이 없습니다.</translation>
    </message>
    <message>
        <source>There is no citation %1.</source>
        <translation>ID가 %1인 인용이 없습니다.</translation>
    </message>
    <message>
        <source>It names nothing where it must name an item.</source>
        <translation>항목을 가리켜야 할 곳에서 아무것도 가리키지 않습니다.</translation>
    </message>
    <message>
        <source>It names item %1, which the atlas does not hold.</source>
        <translation>아틀라스에 없는 항목(ID %1)을 가리킵니다.</translation>
    </message>
    <message>
        <source>It names item %1 of the import, which does not exist.</source>
        <translation>가져오는 데이터에 없는 %1번째 항목을 가리킵니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>다른 이름</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>이름은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>The name’s period ends before it starts.</source>
        <translation>이름의 사용 기간이 시작보다 먼저 끝납니다.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Era</source>
        <translation>시대</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>An import cannot cite “%1” items.</source>
        <translation>가져오기에서는 “%1” 항목을 인용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Annals::CitationsDialog</name>
    <message>
        <source>&amp;Remove Citation</source>
        <translation>인용 제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cite</source>
        <translation>인용(&amp;C)</translation>
    </message>
    <message>
        <source>Sources of “%1”</source>
        <translation>“%1”의 출처</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>인용한 출처</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Where in it</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Remove the selected citation (Undo brings it back)</source>
        <translation>선택한 인용을 제거합니다 (실행 취소로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Source to cite</source>
        <translation>인용할 출처</translation>
    </message>
    <message>
        <source>Where in the source</source>
        <translation>출처 안의 위치</translation>
    </message>
    <message>
        <source>e.g. p. 12, chapter 3, 00:14:30</source>
        <translation>예: 12쪽, 3장, 00:14:30</translation>
    </message>
    <message>
        <source>Cite the chosen source for this item</source>
        <translation>선택한 출처를 이 항목에 인용합니다</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>위치(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>The atlas has no sources yet: add one with Edit ▸ New Source.</source>
        <translation>아틀라스에 아직 출처가 없습니다. 편집 ▸ 새 출처로 추가하세요.</translation>
    </message>
</context>
<context>
    <name>Annals::CommandLine</name>
    <message>
        <source>Annals shows historical events on a zoomable timeline beside a graph of the alliances between the people, states and organisations in them.</source>
        <translation>Annals는 역사 속 사건을 확대·축소할 수 있는 연표로 보여 주고, 그 옆에 사건에 등장하는 인물·국가·조직 사이의 동맹 관계를 그래프로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Check that &lt;file&gt; is a sound atlas, without changing it. Exits 0 when it is, 1 with one line per problem.</source>
        <translation>&lt;file&gt; 파일이 올바른 아틀라스인지 파일을 바꾸지 않고 검사합니다. 올바르면 종료 코드 0으로, 아니면 문제마다 한 줄씩 출력하고 1로 끝납니다.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write the sample atlas to &lt;file&gt;, which must not exist.</source>
        <translation>예제 아틀라스를 &lt;file&gt; 파일로 저장합니다. 이 파일은 아직 없어야 합니다.</translation>
    </message>
    <message>
        <source>Open the window, wait until it has painted, save it as &lt;png&gt; and exit. Without a file, shows the built-in sample.</source>
        <translation>창을 열고 다 그려질 때까지 기다린 다음, 그 모습을 &lt;png&gt; 파일로 저장하고 끝냅니다. 아틀라스 파일을 지정하지 않으면 내장된 예제를 보여 줍니다.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Draw the timeline, the graph or both into &lt;out&gt; (.png, .svg or .pdf), or write the atlas&apos;s data to &lt;out&gt; as TimelineJS (.json), CSV (.csv), GEXF (.gexf) or GraphML (.graphml), without a window, and exit: 0 when written, 1 with the reason.</source>
        <translation>창을 열지 않고 연표, 그래프 또는 둘 다를 &lt;out&gt;(.png, .svg, .pdf)에 그리거나, 아틀라스의 데이터를 TimelineJS(.json), CSV(.csv), GEXF(.gexf), GraphML(.graphml) 형식으로 &lt;out&gt;에 저장한 다음 끝냅니다. 저장하면 0으로, 실패하면 그 이유를 출력하고 1로 끝납니다.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>With --export: which view to draw (default both).</source>
        <translation>--export와 함께 사용: 그릴 보기(기본값: both).</translation>
    </message>
    <message>
        <source>timeline|graph|both</source>
        <translation>timeline|graph|both</translation>
    </message>
    <message>
        <source>With --export to PDF: the landscape page size (default a4).</source>
        <translation>--export로 PDF를 만들 때: 가로 방향 용지 크기(기본값: a4).</translation>
    </message>
    <message>
        <source>a4|letter</source>
        <translation>a4|letter</translation>
    </message>
    <message>
        <source>With --export to PDF: a page per stop of the atlas&apos;s first tour, each with its dates, its graph and its caption.</source>
        <translation>--export로 PDF를 만들 때: 아틀라스의 첫 번째 투어의 단계마다 한 페이지씩 만들고, 각 페이지에 그 단계의 날짜, 그래프, 설명문을 담습니다.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1366x768; picture size for --export to PNG or SVG (default 1920x1080).</source>
        <translation>--screenshot의 창 크기(예: 1366x768), --export로 PNG나 SVG를 만들 때는 그림 크기(기본값: 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>With --screenshot: the time the timeline shows, as FROM..TO in any form the date field reads, e.g. 2018..2019 or &quot;1 Oct 1959..Dec 1961&quot;.</source>
        <translation>--screenshot과 함께 사용: 연표에 보여 줄 시간 범위. 날짜 입력란이 읽을 수 있는 형식이면 무엇이든 FROM..TO 꼴로 씁니다. 예: 2018..2019 또는 &quot;1 Oct 1959..Dec 1961&quot;.</translation>
    </message>
    <message>
        <source>FROM..TO</source>
        <translation>FROM..TO</translation>
    </message>
    <message>
        <source>With --screenshot: lanes by actor, category or packed.</source>
        <translation>--screenshot과 함께 사용: 레인을 나누는 방식 — 행위자별(actor), 분류별(category), 촘촘하게(packed).</translation>
    </message>
    <message>
        <source>actor|category|packed</source>
        <translation>actor|category|packed</translation>
    </message>
    <message>
        <source>With --screenshot: the date of the time cursor, which the graph shows.</source>
        <translation>--screenshot과 함께 사용: 시간 커서의 날짜(그래프는 이 날짜의 관계를 보여 줍니다).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>With --screenshot: search for &lt;text&gt; and show the results.</source>
        <translation>--screenshot과 함께 사용: &lt;text&gt;를 검색하고 결과를 보여 줍니다.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>With --screenshot: show only the events and relations of this actor (by name; may be repeated).</source>
        <translation>--screenshot과 함께 사용: 이 행위자의 사건과 관계만 보여 줍니다(이름으로 지정하며, 여러 번 쓸 수 있습니다).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>With --screenshot: show only events of this importance (1-5) or more.</source>
        <translation>--screenshot과 함께 사용: 중요도가 이 값(1-5) 이상인 사건만 보여 줍니다.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>With --screenshot: show presentation mode at step &lt;n&gt; of the atlas&apos;s first tour (0: the current view, no tour).</source>
        <translation>--screenshot과 함께 사용: 아틀라스의 첫 번째 투어에서 &lt;n&gt;번째 단계를 발표 모드로 보여 줍니다(0: 투어 없이 현재 화면).</translation>
    </message>
    <message>
        <source>The colours for this run (not remembered): system, light, dark or high-contrast. Works with --screenshot too.</source>
        <translation>이번 실행에만 쓸 색 테마(기억하지 않음): system, light, dark, high-contrast. --screenshot과 함께 써도 됩니다.</translation>
    </message>
    <message>
        <source>system|light|dark|high-contrast</source>
        <translation>system|light|dark|high-contrast</translation>
    </message>
    <message>
        <source>Import &lt;in&gt; (TimelineJS .json, CSV .csv or GEXF .gexf) into the atlas given with --into and exit: 0 when everything was added, 1 with every error and the atlas unchanged.</source>
        <translation>&lt;in&gt; 파일(TimelineJS .json, CSV .csv, GEXF .gexf)을 --into로 지정한 아틀라스로 가져온 다음 끝냅니다. 모두 추가되면 0으로, 아니면 모든 오류를 출력하고 아틀라스는 그대로 둔 채 1로 끝납니다.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>With --import: the atlas to add to, made when it does not exist.</source>
        <translation>--import와 함께 사용: 데이터를 추가할 아틀라스. 없으면 새로 만듭니다.</translation>
    </message>
    <message>
        <source>With --import or --export of CSV: what the rows are (default events).</source>
        <translation>--import 또는 CSV --export와 함께 사용: 각 행이 무엇인지(기본값: events).</translation>
    </message>
    <message>
        <source>events|actors|relations</source>
        <translation>events|actors|relations</translation>
    </message>
    <message>
        <source>The atlas to open.</source>
        <translation>열 아틀라스.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>Give at most one atlas file; got %1.</source>
        <translation>아틀라스 파일은 하나만 지정할 수 있는데 %1개를 지정했습니다.</translation>
    </message>
    <message>
        <source>--check, --write-sample, --screenshot, --export and --import cannot be combined.</source>
        <translation>--check, --write-sample, --screenshot, --export, --import는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--kind expects events, actors or relations; got &quot;%1&quot;.</source>
        <translation>--kind 값은 events, actors, relations 중 하나여야 합니다. 입력한 값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kind only goes with --import or --export of a CSV file.</source>
        <translation>--kind는 CSV 파일을 --import하거나 --export할 때만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>--into only goes with --import.</source>
        <translation>--into는 --import와 함께만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>--import needs --into FILE.annals: the atlas to add to (made when it does not exist).</source>
        <translation>--import에는 --into FILE.annals가 필요합니다. 데이터를 추가할 아틀라스이며, 없으면 새로 만듭니다.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; give the atlas with --into.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;입니다. 아틀라스는 --into로 지정하세요.</translation>
    </message>
    <message>
        <source>--import expects a file ending in .json (TimelineJS), .csv, .tsv, .txt or .gexf; got &quot;%1&quot;.</source>
        <translation>--import에는 .json(TimelineJS), .csv, .tsv, .txt, .gexf로 끝나는 파일이 필요합니다. 입력한 값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 does not go with --import.</source>
        <translation>--%1 옵션은 --import와 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--%1 goes with a picture export (.png, .svg, .pdf), not with a data export.</source>
        <translation>--%1 옵션은 데이터 내보내기가 아니라 그림 내보내기(.png, .svg, .pdf)에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>--%1 only goes with --screenshot or --export.</source>
        <translation>--%1 옵션은 --screenshot 또는 --export와 함께만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>--%1 only goes with --screenshot.</source>
        <translation>--%1 옵션은 --screenshot과 함께만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>--%1 only goes with --export.</source>
        <translation>--%1 옵션은 --export와 함께만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>--theme goes with a window, not with --check or --write-sample.</source>
        <translation>--theme는 창을 열 때 쓰는 옵션이라 --check나 --write-sample과는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--theme expects system, light, dark or high-contrast; got &quot;%1&quot;.</source>
        <translation>--theme 값은 system, light, dark, high-contrast 중 하나여야 합니다. 입력한 값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>--export expects a file name ending in .png, .svg or .pdf (pictures) or .json, .csv, .gexf or .graphml (data); got &quot;%1&quot;.</source>
        <translation>--export에는 .png, .svg, .pdf(그림) 또는 .json, .csv, .gexf, .graphml(데이터)로 끝나는 파일 이름이 필요합니다. 입력한 값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--tour makes pages: give --export a file ending in .pdf.</source>
        <translation>--tour는 페이지를 만듭니다. --export에 .pdf로 끝나는 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>--view expects timeline, graph or both; got &quot;%1&quot;.</source>
        <translation>--view 값은 timeline, graph, both 중 하나여야 합니다. 입력한 값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--page expects a4 or letter; got &quot;%1&quot;.</source>
        <translation>--page 값은 a4 또는 letter여야 합니다. 입력한 값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--present expects a step number (1 for the first, 0 for no tour); got &quot;%1&quot;.</source>
        <translation>--present에는 단계 번호가 필요합니다(첫 단계는 1, 투어 없이는 0). 입력한 값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--min-importance expects a number from 1 to 5; got &quot;%1&quot;.</source>
        <translation>--min-importance에는 1부터 5까지의 숫자가 필요합니다. 입력한 값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT between 200x150 and 16384x16384, for example 1366x768; got &quot;%1&quot;.</source>
        <translation>--size에는 200x150부터 16384x16384 사이의 너비x높이 값이 필요합니다(예: 1366x768). 입력한 값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--window expects FROM..TO, for example 2018..2019; got &quot;%1&quot;.</source>
        <translation>--window에는 FROM..TO 꼴의 값이 필요합니다(예: 2018..2019). 입력한 값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--window: %1</source>
        <translation>--window: %1</translation>
    </message>
    <message>
        <source>--window: %1 is not after %2.</source>
        <translation>--window: 끝(%1)이 시작(%2)보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>--date: %1</source>
        <translation>--date: %1</translation>
    </message>
    <message>
        <source>--lanes expects actor, category or packed; got &quot;%1&quot;.</source>
        <translation>--lanes 값은 actor, category, packed 중 하나여야 합니다. 입력한 값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--filter-actor: the atlas has no actor called &quot;%1&quot;.</source>
        <translation>--filter-actor: 아틀라스에 이름이 &quot;%1&quot;인 행위자가 없습니다.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
    <message>
        <source>%1: a sound atlas (schema version %2).</source>
        <translation>%1: 올바른 아틀라스입니다(스키마 버전 %2).</translation>
    </message>
    <message>
        <source>Wrote the sample atlas to %1.</source>
        <translation>예제 아틀라스를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported; %1 is unchanged.</source>
        <translation>아무것도 가져오지 않았습니다. %1 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported; %1 was not made.</source>
        <translation>아무것도 가져오지 않았습니다. %1 파일은 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%2에 추가했습니다: %1.</translation>
    </message>
    <message>
        <source>Made %2 with %1.</source>
        <translation>%2 파일을 만들었습니다: %1.</translation>
    </message>
    <message>
        <source>The interface language for this run (not remembered): %1.</source>
        <translation>이번 실행에서 쓸 인터페이스 언어(기억하지 않음): %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>--language expects one of %1; got &quot;%2&quot;.</source>
        <translation>--language에는 %1 중 하나를 지정해야 합니다. 받은 값: &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Annals::CsvImportDialog</name>
    <message>
        <source>Import CSV — %1</source>
        <translation>CSV 가져오기 — %1</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text. If it was saved by Excel or another program on Windows in Western Europe or the Americas, it can be read as Windows-1252.</source>
        <translation>이 파일은 UTF-8 텍스트가 아닙니다. 서유럽이나 아메리카 지역의 Windows에서 Excel 등의 프로그램으로 저장한 파일이라면 Windows-1252로 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Encoding notice</source>
        <translation>인코딩 안내</translation>
    </message>
    <message>
        <source>Read it as &amp;Windows-1252 (Western)</source>
        <translation>Windows-1252(서유럽)로 읽기(&amp;W)</translation>
    </message>
    <message>
        <source>Read each byte as a Windows-1252 character. Check in the preview that accented letters look right.</source>
        <translation>각 바이트를 Windows-1252 문자 하나로 읽습니다. 악센트가 붙은 글자가 제대로 보이는지 미리 보기에서 확인하세요.</translation>
    </message>
    <message>
        <source>Read as Windows-1252</source>
        <translation>Windows-1252로 읽기</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>What each row of the file is.</source>
        <translation>파일의 각 행이 나타내는 항목입니다.</translation>
    </message>
    <message>
        <source>Rows are</source>
        <translation>각 행의 내용</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>각 행의 내용(&amp;R):</translation>
    </message>
    <message>
        <source>A known layout of columns: chosen from the file&apos;s first row when it matches one.</source>
        <translation>알려진 열 배치입니다. 파일의 첫 행이 어느 배치와 맞으면 그 배치가 선택됩니다.</translation>
    </message>
    <message>
        <source>Column layout</source>
        <translation>열 배치</translation>
    </message>
    <message>
        <source>Column &amp;layout:</source>
        <translation>열 배치(&amp;L):</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>The character between fields, found from the first row.</source>
        <translation>필드 사이의 구분 문자입니다. 첫 행을 보고 정합니다.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>구분 문자</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>구분 문자(&amp;D):</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>첫 행을 머리글로 사용(&amp;H)</translation>
    </message>
    <message>
        <source>The first row names the columns and is not imported.</source>
        <translation>첫 행에는 열 이름이 들어 있으며 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>첫 행을 머리글로 사용</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>모든 행 선택</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they would be imported; the row headers are the file&apos;s line numbers.</source>
        <translation>
            <numerusform>가져올 때의 모습으로 보여 주는 처음 %n개 행입니다. 행 머리글은 파일의 줄 번호입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Choose an error to select its row in the preview.</source>
        <translation>오류를 고르면 미리 보기에서 해당 행이 선택됩니다.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation>가져오기로 추가되는 항목</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Add what the file holds to the atlas, as one step that Undo takes back.</source>
        <translation>파일의 내용을 아틀라스에 추가합니다. 한 번의 작업으로 처리되므로 실행 취소 한 번으로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>열 %1</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (열 %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>The file&apos;s column that gives the %1; in our own files and TimelineJS spreadsheets it is called &quot;%2&quot;.</source>
        <translation>%1 값이 들어 있는 파일의 열입니다. Annals 자체 파일과 TimelineJS 스프레드시트에서는 이 열의 이름이 &quot;%2&quot;입니다.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>시대 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>새 출처 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>새 행위자 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>행위자 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>관계 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>가져올 항목이 없습니다</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n error(s)</source>
        <translation>
            <numerusform>%1; 오류 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3)</source>
        <translation>줄 %1, 열 %2 (%3)</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>줄 %1, 열 %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>줄 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Annals::CsvReader</name>
    <message>
        <source>The file is %1 MB; CSV files up to %2 MB can be read.</source>
        <translation>파일 크기가 %1MB입니다. CSV 파일은 %2MB까지 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>This is not UTF-8 text (byte 0x%1). Save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>UTF-8 텍스트가 아닙니다(바이트 0x%1). 파일을 &quot;CSV UTF-8&quot; 형식으로 저장하세요.</translation>
    </message>
    <message>
        <source>A record has more than %1 fields.</source>
        <translation>필드가 %1개보다 많은 레코드가 있습니다.</translation>
    </message>
    <message>
        <source>The file has more than %1 records.</source>
        <translation>파일에 레코드가 %1개보다 많습니다.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>%1자보다 긴 필드가 있습니다.</translation>
    </message>
    <message>
        <source>The quote opened here is never closed.</source>
        <translation>여기서 연 따옴표가 닫히지 않습니다.</translation>
    </message>
    <message>
        <source>Text after a closing quote: a field in quotes must end at the quote.</source>
        <translation>닫는 따옴표 뒤에 텍스트가 있습니다. 따옴표로 묶은 필드는 닫는 따옴표에서 끝나야 합니다.</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with one: put the field in quotes and double the quote (&quot;&quot;).</source>
        <translation>따옴표로 시작하지 않는 필드 안에 따옴표가 있습니다. 필드 전체를 따옴표로 묶고, 안의 따옴표는 두 번 쓰세요(&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>Annals::DataActions</name>
    <message>
        <source>… and %1 more.</source>
        <translation>… 외 %1개가 더 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import as Ne&amp;w Atlas…</source>
        <translation>새 아틀라스로 가져오기(&amp;W)…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>데이터 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Add the events, actors and relations of a TimelineJS, CSV or GEXF file to this atlas</source>
        <translation>TimelineJS, CSV, GEXF 파일의 사건, 행위자, 관계를 이 아틀라스에 추가합니다</translation>
    </message>
    <message>
        <source>Make a new atlas from a TimelineJS, CSV or GEXF file</source>
        <translation>TimelineJS, CSV, GEXF 파일로 새 아틀라스를 만듭니다</translation>
    </message>
    <message>
        <source>Write this atlas&apos;s data as TimelineJS, CSV, GEXF (Gephi) or GraphML</source>
        <translation>이 아틀라스의 데이터를 TimelineJS, CSV, GEXF(Gephi), GraphML 형식으로 저장합니다</translation>
    </message>
    <message>
        <source>Open an atlas first.</source>
        <translation>먼저 아틀라스를 여세요.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB Annals imports.</source>
        <translation>%1 파일은 Annals가 가져올 수 있는 크기(%2MB)보다 큽니다.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 has a problem, so nothing was added.</source>
        <translation>%1 파일에 문제가 있어 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has %2 problems, so nothing was added.</source>
        <translation>%1 파일에 문제가 %2개 있어 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 holds nothing Annals can import.</source>
        <translation>%1 파일에는 Annals가 가져올 수 있는 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%2에서 가져왔습니다: %1.</translation>
    </message>
    <message>
        <source>Made %1 from %2: %3.</source>
        <translation>%2에서 %1 파일을 만들었습니다: %3.</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Import as New Atlas</source>
        <translation>새 아틀라스로 가져오기</translation>
    </message>
    <message>
        <source>Save the New Atlas As</source>
        <translation>새 아틀라스를 저장할 위치</translation>
    </message>
    <message>
        <source>Annals atlases (*.annals)</source>
        <translation>Annals 아틀라스 (*.annals)</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 파일을 대체할 수 없습니다.</translation>
    </message>
    <message>
        <source>TimelineJS (*.json)</source>
        <translation>TimelineJS (*.json)</translation>
    </message>
    <message>
        <source>CSV, events (*.csv)</source>
        <translation>CSV, 사건 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, actors (*.csv)</source>
        <translation>CSV, 행위자 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, relations (*.csv)</source>
        <translation>CSV, 관계 (*.csv)</translation>
    </message>
    <message>
        <source>GEXF for Gephi (*.gexf)</source>
        <translation>Gephi용 GEXF (*.gexf)</translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation>GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>데이터 내보내기</translation>
    </message>
</context>
<context>
    <name>Annals::DataExchange</name>
    <message>
        <source>TimelineJS</source>
        <translation>TimelineJS</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>GEXF (Gephi)</source>
        <translation>GEXF (Gephi)</translation>
    </message>
    <message>
        <source>GraphML</source>
        <translation>GraphML</translation>
    </message>
    <message>
        <source>Everything Annals can import (*.json *.csv *.tsv *.txt *.gexf);;TimelineJS (*.json);;CSV (*.csv *.tsv *.txt);;GEXF (Gephi) (*.gexf)</source>
        <translation>Annals가 가져올 수 있는 모든 파일 (*.json *.csv *.tsv *.txt *.gexf);;TimelineJS (*.json);;CSV (*.csv *.tsv *.txt);;GEXF (Gephi) (*.gexf)</translation>
    </message>
    <message>
        <source>TimelineJS (*.json);;CSV (*.csv);;GEXF (Gephi) (*.gexf);;GraphML (*.graphml)</source>
        <translation>TimelineJS (*.json);;CSV (*.csv);;GEXF (Gephi) (*.gexf);;GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Annals imports TimelineJS (.json), CSV (.csv, .tsv, .txt) and GEXF (.gexf) files; this one is not one of them.</source>
        <translation>Annals는 TimelineJS(.json), CSV(.csv, .tsv, .txt), GEXF(.gexf) 파일을 가져올 수 있습니다. 이 파일은 그중 어느 형식도 아닙니다.</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The file is %1 MB; Annals imports files of up to %2 MB.</source>
        <translation>파일 크기가 %1MB입니다. Annals는 %2MB 이하의 파일만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>Annals exports data as TimelineJS (.json), CSV (.csv), GEXF (.gexf) or GraphML (.graphml); “%1” has none of these endings.</source>
        <translation>Annals는 데이터를 TimelineJS(.json), CSV(.csv), GEXF(.gexf), GraphML(.graphml) 형식으로 내보냅니다. “%1”의 확장자는 이 중 어느 것도 아닙니다.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>“%1” 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not be read as an atlas: %2</source>
        <translation>%1을(를) 아틀라스로 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: nothing could be imported.</source>
        <translation>%1: 아무것도 가져올 수 없었습니다.</translation>
    </message>
    <message>
        <source>%1: there is nothing to import.</source>
        <translation>%1: 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <source>%1: cannot import into it: %2</source>
        <translation>%1: 이 아틀라스로 가져올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Annals::DateParser</name>
    <message>
        <source>Could not read &quot;%1&quot; as a date. Expected forms like 1959, Oct 1959, 1 October 1959, 1959-10-01, 1959-10-01 14:30, 44 BCE, c. 1200, 1950s, 20th century, 3.5 Ga or 65 Ma.</source>
        <translation>날짜로 읽을 수 없습니다: &quot;%1&quot;. 1959, Oct 1959, 1 October 1959, 1959-10-01, 1959-10-01 14:30, 44 BCE, c. 1200, 1950s, 20th century, 3.5 Ga, 65 Ma 등의 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>There is no year 0: 1 BCE is followed by 1 CE.</source>
        <translation>0년은 없습니다. 1 BCE(기원전 1년) 다음은 1 CE(서기 1년)입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before the earliest date Annals can hold (20 billion years ago).</source>
        <translation>Annals가 다룰 수 있는 가장 이른 날짜(200억 년 전)보다 앞섭니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is after the latest date Annals can hold (the year %2).</source>
        <translation>Annals가 다룰 수 있는 가장 늦은 날짜(%2년)보다 뒤입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1월</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2월</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3월</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4월</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5월</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6월</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7월</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8월</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9월</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10월</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11월</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12월</translation>
    </message>
    <message>
        <source>%1 BCE</source>
        <translation>기원전 %1</translation>
    </message>
    <message>
        <source>There is no month %1: months run from 1 to 12.</source>
        <translation>%1월은 없습니다. 월은 1부터 12까지입니다.</translation>
    </message>
    <message>
        <source>%1 %2 has %3 days.</source>
        <translation>%2년 %1은 %3일까지입니다.</translation>
    </message>
    <message>
        <source>There is no hour %1: hours run from 0 to 23.</source>
        <translation>%1시는 없습니다. 시는 0부터 23까지입니다.</translation>
    </message>
    <message>
        <source>There is no minute %1: minutes run from 0 to 59.</source>
        <translation>%1분은 없습니다. 분은 0부터 59까지입니다.</translation>
    </message>
    <message>
        <source>A decade is written with the year that ends in 0, for example 1950s or 440s BCE.</source>
        <translation>연대(10년 단위)는 0으로 끝나는 연도로 씁니다. 예: 1950s, 440s BCE.</translation>
    </message>
    <message>
        <source>Centuries are counted from the 1st: there is no 0th century.</source>
        <translation>세기는 1세기부터 셉니다. 0세기는 없습니다.</translation>
    </message>
    <message>
        <source>Deep time is kept to a thousandth of its unit: write 3.142 Ga rather than 3.14159 Ga.</source>
        <translation>아주 먼 과거(Ga, Ma 단위)는 단위의 1000분의 1까지만 저장합니다. 3.14159 Ga 대신 3.142 Ga로 쓰세요.</translation>
    </message>
    <message>
        <source>Enter a date, for example 1959 or 1 Oct 1959.</source>
        <translation>날짜를 입력하세요. 예: 1959, 1 Oct 1959.</translation>
    </message>
    <message>
        <source>Negative years are ambiguous: write %2 BCE for the astronomical year -%1, or %1 BCE if you counted back from 1 CE.</source>
        <translation>음수 연도는 뜻이 모호합니다. 천문학적 연도 -%1년을 뜻한다면 %2 BCE로, 서기 1년(1 CE)부터 거꾸로 센 것이라면 %1 BCE로 쓰세요.</translation>
    </message>
</context>
<context>
    <name>Annals::DateRangeDialog</name>
    <message>
        <source>Show a Period</source>
        <translation>기간 표시</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>A date as you would write it: 1950, June 1950, 25 June 1950, 44 BCE, 1950s</source>
        <translation>평소 쓰는 형식으로 날짜를 입력하세요: 1950, June 1950, 25 June 1950, 44 BCE, 1950s</translation>
    </message>
    <message>
        <source>Problem with the dates</source>
        <translation>날짜 문제</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>끝(&amp;T):</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>끝: %1</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
</context>
<context>
    <name>Annals::DetailsPanel</name>
    <message>
        <source>to a billion years</source>
        <translation>십억 년 단위까지</translation>
    </message>
    <message>
        <source>to a million years</source>
        <translation>백만 년 단위까지</translation>
    </message>
    <message>
        <source>to a thousand years</source>
        <translation>천 년 단위까지</translation>
    </message>
    <message>
        <source>to the century</source>
        <translation>세기 단위까지</translation>
    </message>
    <message>
        <source>to the decade</source>
        <translation>10년 단위까지</translation>
    </message>
    <message>
        <source>to the year</source>
        <translation>연 단위까지</translation>
    </message>
    <message>
        <source>to the month</source>
        <translation>월 단위까지</translation>
    </message>
    <message>
        <source>to the day</source>
        <translation>일 단위까지</translation>
    </message>
    <message>
        <source>to the hour</source>
        <translation>시 단위까지</translation>
    </message>
    <message>
        <source>to the minute</source>
        <translation>분 단위까지</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Select an event on the timeline or an actor to see what is known about it.</source>
        <translation>연표에서 사건이나 행위자를 선택하면 그에 대해 알려진 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Unknown actor</source>
        <translation>알 수 없는 행위자</translation>
    </message>
    <message>
        <source>Known %1.</source>
        <translation>%1 알려져 있습니다.</translation>
    </message>
    <message>
        <source>Start known %1, end %2.</source>
        <translation>시작은 %1, 끝은 %2 알려져 있습니다.</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>장소:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>행위자:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>다음을 일으킴</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>다음 때문에 일어남</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>다음으로 이어짐</translation>
    </message>
    <message>
        <source>Follows from</source>
        <translation>다음에서 비롯됨</translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation>다음에 대응함</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>다음이 이에 대응함</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>begins with this event</source>
        <translation>이 사건으로 시작됨</translation>
    </message>
    <message>
        <source>ends with this event</source>
        <translation>이 사건으로 끝남</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>당시 유효함</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>연결된 사건</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>처음</translation>
    </message>
    <message>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Names over time</source>
        <translation>시기별 이름</translation>
    </message>
    <message>
        <source>Accessed %1</source>
        <translation>접속일: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>라이선스: %1</translation>
    </message>
    <message>
        <source>Era: %1 (%2)</source>
        <translation>시대: %1 (%2)</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>수치 계열: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A cited value of a number series: &quot;Estimated warheads, 2019: 30&quot;</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Link: %1 → %2</source>
        <translation>연결: %1 → %2</translation>
    </message>
    <message>
        <source>Cited for</source>
        <translation>인용된 곳</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>Annals::EditActions</name>
    <message>
        <source>New &amp;Actor…</source>
        <translation>새 행위자(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit A&amp;ctor…</source>
        <translation>행위자 편집(&amp;C)…</translation>
    </message>
    <message>
        <source>Delete Ac&amp;tor</source>
        <translation>행위자 삭제(&amp;T)</translation>
    </message>
    <message>
        <source>New Relat&amp;ion…</source>
        <translation>새 관계(&amp;I)…</translation>
    </message>
    <message>
        <source>Edit Re&amp;lation…</source>
        <translation>관계 편집(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete Relati&amp;on</source>
        <translation>관계 삭제(&amp;O)</translation>
    </message>
    <message>
        <source>New &amp;Source…</source>
        <translation>새 출처(&amp;S)…</translation>
    </message>
    <message>
        <source>Sources Cite&amp;d…</source>
        <translation>인용한 출처(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Manage Sources…</source>
        <translation>출처 관리(&amp;M)…</translation>
    </message>
    <message>
        <source>Ne&amp;w Era…</source>
        <translation>새 시대(&amp;W)…</translation>
    </message>
    <message>
        <source>Mana&amp;ge Eras…</source>
        <translation>시대 관리(&amp;G)…</translation>
    </message>
    <message>
        <source>Lin&amp;ked Events…</source>
        <translation>연결된 사건(&amp;K)…</translation>
    </message>
    <message>
        <source>Num&amp;ber Series Values…</source>
        <translation>수치 계열 값(&amp;B)…</translation>
    </message>
    <message>
        <source>The atlas&apos;s sources: find, add, change or delete them</source>
        <translation>아틀라스의 출처를 찾고, 추가하고, 변경하거나 삭제합니다</translation>
    </message>
    <message>
        <source>Add a named period shown as a band on the timeline</source>
        <translation>연표에 띠로 표시되는, 이름 있는 기간을 추가합니다</translation>
    </message>
    <message>
        <source>The atlas&apos;s eras: find, add, change or delete them</source>
        <translation>아틀라스의 시대를 찾고, 추가하고, 변경하거나 삭제합니다</translation>
    </message>
    <message>
        <source>What the selected event causes, leads to or responds to: add or remove links</source>
        <translation>선택한 사건이 일으키거나, 이어지거나, 대응하는 사건과의 연결을 추가하거나 제거합니다</translation>
    </message>
    <message>
        <source>The values of a series: add, change or delete them</source>
        <translation>수치 계열의 값을 추가하고, 변경하거나 삭제합니다</translation>
    </message>
    <message>
        <source>The sources the selected item cites: add or remove citations</source>
        <translation>선택한 항목이 인용하는 출처: 인용을 추가하거나 제거합니다</translation>
    </message>
    <message>
        <source>Add a person, state, organisation or group</source>
        <translation>인물, 국가, 조직 또는 집단을 추가합니다</translation>
    </message>
    <message>
        <source>Change the selected actor</source>
        <translation>선택한 행위자를 변경합니다</translation>
    </message>
    <message>
        <source>Delete the selected actor with its relations (Undo brings them back)</source>
        <translation>선택한 행위자를 그 관계와 함께 삭제합니다 (실행 취소로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Add a relation between two actors</source>
        <translation>두 행위자 사이의 관계를 추가합니다</translation>
    </message>
    <message>
        <source>Change the selected relation</source>
        <translation>선택한 관계를 변경합니다</translation>
    </message>
    <message>
        <source>Delete the selected relation (Undo brings it back)</source>
        <translation>선택한 관계를 삭제합니다 (실행 취소로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Add a book, article or web page to cite</source>
        <translation>인용할 책, 논문 또는 웹 페이지를 추가합니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>A relation needs two actors; add them first.</source>
        <translation>관계에는 행위자가 둘 필요합니다. 먼저 행위자를 추가하세요.</translation>
    </message>
    <message>
        <source>Select an event, actor or relation first.</source>
        <translation>먼저 사건, 행위자 또는 관계를 선택하세요.</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>먼저 사건을 선택하세요.</translation>
    </message>
    <message>
        <source>The atlas has no series.</source>
        <translation>이 아틀라스에는 수치 계열이 없습니다.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>“%1” 항목을 추가했습니다.</translation>
    </message>
    <message>
        <source>Changed “%1”.</source>
        <translation>“%1” 항목을 변경했습니다.</translation>
    </message>
    <message>
        <source>Deleted “%1” — Ctrl+Z brings it back.</source>
        <translation>“%1” 항목을 삭제했습니다 — Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Deleted “%1” and its citations — Ctrl+Z brings them back.</source>
        <translation>“%1” 항목과 그 인용을 삭제했습니다 — Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Add a source (book, article, web page)</source>
        <translation>출처(책, 논문, 웹 페이지)를 추가합니다</translation>
    </message>
    <message>
        <source>Change the selected source</source>
        <translation>선택한 출처를 변경합니다</translation>
    </message>
    <message>
        <source>Delete the selected source with its citations (Undo brings them back)</source>
        <translation>선택한 출처를 그 인용과 함께 삭제합니다 (실행 취소로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>저자</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>시대</translation>
    </message>
    <message>
        <source>Add an era</source>
        <translation>시대를 추가합니다</translation>
    </message>
    <message>
        <source>Change the selected era</source>
        <translation>선택한 시대를 변경합니다</translation>
    </message>
    <message>
        <source>Delete the selected era with its citations (Undo brings them back)</source>
        <translation>선택한 시대를 그 인용과 함께 삭제합니다 (실행 취소로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>수치 계열</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>series, unit</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Series Values</source>
        <translation>수치 계열 값</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Add a value to the series</source>
        <translation>수치 계열에 값을 추가합니다</translation>
    </message>
    <message>
        <source>Change the selected value</source>
        <translation>선택한 값을 변경합니다</translation>
    </message>
    <message>
        <source>Delete the selected value with its citations (Undo brings it back)</source>
        <translation>선택한 값을 그 인용과 함께 삭제합니다 (실행 취소로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>하한</translation>
    </message>
    <message>
        <source>High</source>
        <translation>상한</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>수치 계열(&amp;S):</translation>
    </message>
    <message>
        <source>Added a value for %1.</source>
        <translation>%1의 값을 추가했습니다.</translation>
    </message>
    <message>
        <source>Changed the value for %1.</source>
        <translation>%1의 값을 변경했습니다.</translation>
    </message>
    <message>
        <source>Deleted the value for %1 — Ctrl+Z brings it back.</source>
        <translation>%1의 값을 삭제했습니다 — Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Annals::EraEditor</name>
    <message>
        <source>Store the era (Ctrl+Enter)</source>
        <translation>시대를 저장합니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New Era</source>
        <translation>새 시대</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>e.g. Cold War, Bronze Age</source>
        <translation>예: 냉전, 청동기 시대</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>시작(&amp;S):</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>끝(&amp;E):</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>색(&amp;C):</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>e.g. #4060a0 or steelblue; empty for the usual shade</source>
        <translation>예: #4060a0 또는 steelblue. 비워 두면 기본 색을 씁니다</translation>
    </message>
    <message>
        <source>What marks the era. Markdown is allowed.</source>
        <translation>이 시대의 특징을 적습니다. Markdown을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <source>Not a colour: use #rrggbb or a name such as steelblue.</source>
        <translation>색이 아닙니다. #rrggbb 형식이나 steelblue 같은 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>Required: when the era began.</source>
        <translation>필수: 시대가 시작된 때를 입력하세요.</translation>
    </message>
    <message>
        <source>The start date cannot be read: %1</source>
        <translation>시작 날짜를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Required: when the era ended.</source>
        <translation>필수: 시대가 끝난 때를 입력하세요.</translation>
    </message>
    <message>
        <source>The end date cannot be read: %1</source>
        <translation>끝 날짜를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The colour is not one Annals knows.</source>
        <translation>Annals가 알지 못하는 색입니다.</translation>
    </message>
</context>
<context>
    <name>Annals::EventActions</name>
    <message>
        <source>&amp;New Event…</source>
        <translation>새 사건(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>사건 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete E&amp;vent</source>
        <translation>사건 삭제(&amp;V)</translation>
    </message>
    <message>
        <source>Add an event at the time cursor (or double-click empty space on the timeline)</source>
        <translation>시간 커서 위치에 사건을 추가합니다 (연표의 빈 곳을 두 번 클릭해도 됩니다)</translation>
    </message>
    <message>
        <source>Change the selected event</source>
        <translation>선택한 사건을 변경합니다</translation>
    </message>
    <message>
        <source>Delete the selected event (Undo brings it back)</source>
        <translation>선택한 사건을 삭제합니다 (실행 취소로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>“%1” 사건을 추가했습니다.</translation>
    </message>
    <message>
        <source>Changed “%1”.</source>
        <translation>“%1” 사건을 변경했습니다.</translation>
    </message>
    <message>
        <source>Moved “%1” to %2 — Ctrl+Z moves it back.</source>
        <translation>“%1” 사건의 날짜를 %2(으)로 옮겼습니다 — Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Deleted “%1” — Ctrl+Z brings it back.</source>
        <translation>“%1” 사건을 삭제했습니다 — Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Annals::EventEditor</name>
    <message>
        <source>January</source>
        <translation>1월</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2월</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3월</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4월</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5월</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6월</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7월</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8월</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9월</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10월</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11월</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12월</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>무슨 일이 있었는지 간단히</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>시작(&amp;S):</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>끝(&amp;E):</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <source>Empty for a single moment</source>
        <translation>한 시점이면 비워 두세요</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>e.g. treaty, war, summit</source>
        <translation>예: 조약, 전쟁, 정상회담</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>분류(&amp;C):</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Where, if anywhere in particular</source>
        <translation>특정한 장소가 있다면 어디인지</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>장소(&amp;P):</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>날짜 표기</translation>
    </message>
    <message>
        <source>Optional, e.g. “Summer 1950”</source>
        <translation>선택 사항, 예: “1950년 여름”</translation>
    </message>
    <message>
        <source>How the date is written in the details and in exports, when the dates above say less than you want to. The timeline still places the event by its start and end.</source>
        <translation>위의 날짜만으로는 다 표현할 수 없을 때, 세부 정보와 내보내기에서 날짜를 어떻게 적을지 정합니다. 연표에서는 여전히 시작과 끝 날짜에 따라 사건을 배치합니다.</translation>
    </message>
    <message>
        <source>Date as &amp;written:</source>
        <translation>날짜 표기(&amp;W):</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>중요도</translation>
    </message>
    <message>
        <source>1: a detail; 5: shapes everything after it. Bigger markers on the timeline.</source>
        <translation>1: 사소한 사항, 5: 이후의 모든 것을 좌우하는 사건. 중요할수록 연표에 더 크게 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation>중요도(&amp;I):</translation>
    </message>
    <message>
        <source>1 (a detail) to 5 (shapes everything after it)</source>
        <translation>1(사소한 사항)부터 5(이후의 모든 것을 좌우함)까지</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>What happened and why it matters. Markdown is allowed: *emphasis*, **bold**, lists, [links](https://example.org).</source>
        <translation>무슨 일이 있었고 왜 중요한지 적으세요. Markdown을 쓸 수 있습니다: *강조*, **굵게**, 목록, [링크](https://example.org).</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>행위자 필터</translation>
    </message>
    <message>
        <source>Filter actors by name</source>
        <translation>이름으로 행위자 필터</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Check the actors involved; Space checks, F2 edits the role.</source>
        <translation>관련된 행위자를 체크하세요. Space로 체크하고 F2로 역할을 편집합니다.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>행위자(&amp;A):</translation>
    </message>
    <message>
        <source>Why the event cannot be stored yet</source>
        <translation>사건을 아직 저장할 수 없는 이유</translation>
    </message>
    <message>
        <source>Store the event (Ctrl+Enter)</source>
        <translation>사건을 저장합니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>e.g. 1959, 3 Sep 2025, 44 BCE, c. 1200, 1950s, 65 Ma</source>
        <translation>예: 1959, 3 Sep 2025, 44 BCE, c. 1200, 1950s, 65 Ma</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <source>Required: when it happened or began.</source>
        <translation>필수: 일어났거나 시작된 때를 입력하세요.</translation>
    </message>
    <message>
        <source>Optional: leave empty for a single moment.</source>
        <translation>선택: 한 시점이면 비워 두세요.</translation>
    </message>
    <message>
        <source>Before the start (%1).</source>
        <translation>시작(%1)보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The start date cannot be read: %1</source>
        <translation>시작 날짜를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The end date cannot be read: %1</source>
        <translation>끝 날짜를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter stores the event.</source>
        <translation>Ctrl+Enter를 누르면 사건을 저장합니다.</translation>
    </message>
    <message>
        <source>%1 %2 %3, %4:%5</source>
        <comment>day, month, year, hour, minute</comment>
        <translation>%3년 %2 %1일 %4:%5</translation>
    </message>
    <message>
        <source>to the minute</source>
        <translation>분 단위</translation>
    </message>
    <message>
        <source>%1 %2 %3, %4h</source>
        <comment>day, month, year, hour</comment>
        <translation>%3년 %2 %1일 %4시</translation>
    </message>
    <message>
        <source>to the hour</source>
        <translation>시 단위</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month, year</comment>
        <translation>%3년 %2 %1일</translation>
    </message>
    <message>
        <source>to the day</source>
        <translation>일 단위</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month, year</comment>
        <translation>%2년 %1</translation>
    </message>
    <message>
        <source>to the month</source>
        <translation>월 단위</translation>
    </message>
    <message>
        <source>to the year</source>
        <translation>연 단위</translation>
    </message>
    <message>
        <source>to the decade</source>
        <translation>10년 단위</translation>
    </message>
    <message>
        <source>to the century</source>
        <translation>세기 단위</translation>
    </message>
    <message>
        <source>to the thousand years</source>
        <translation>천 년 단위</translation>
    </message>
    <message>
        <source>to the million years</source>
        <translation>백만 년 단위</translation>
    </message>
    <message>
        <source>to the billion years</source>
        <translation>십억 년 단위</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>approximate date</comment>
        <translation>%1경</translation>
    </message>
    <message>
        <source>%1, roughly %2</source>
        <comment>date, precision</comment>
        <translation>%1 (대략 %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, precision</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Annals::EventIndex</name>
    <message>
        <source>Annals cannot reach the SQLite library behind Qt&apos;s SQLite driver.</source>
        <translation>Annals가 Qt SQLite 드라이버가 사용하는 SQLite 라이브러리에 접근할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the events: %1</source>
        <translation>사건을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not read the actors of the events: %1</source>
        <translation>사건의 행위자를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Annals::EventLinksDialog</name>
    <message>
        <source>&amp;Remove Link</source>
        <translation>연결 제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>연결(&amp;L)</translation>
    </message>
    <message>
        <source>Links of “%1”</source>
        <translation>“%1”의 연결</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>연결된 사건</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시기</translation>
    </message>
    <message>
        <source>Filter the events to link</source>
        <translation>연결할 사건 필터</translation>
    </message>
    <message>
        <source>Type part of the other event&apos;s title</source>
        <translation>연결할 사건 제목의 일부를 입력하세요</translation>
    </message>
    <message>
        <source>Event to link</source>
        <translation>연결할 사건</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>연결 종류</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>This event → the chosen one</source>
        <translation>이 사건 → 선택한 사건</translation>
    </message>
    <message>
        <source>The chosen event → this one</source>
        <translation>선택한 사건 → 이 사건</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>찾기(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>사건(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>방향(&amp;D):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event title, date</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 events: type to narrow them.</source>
        <translation>사건 %2개 중 %1개를 표시합니다. 입력하여 범위를 좁히세요.</translation>
    </message>
    <message>
        <source>No other event matches.</source>
        <translation>일치하는 다른 사건이 없습니다.</translation>
    </message>
    <message>
        <source>Link the chosen event to this one</source>
        <translation>선택한 사건을 이 사건과 연결합니다</translation>
    </message>
    <message>
        <source>Choose an event to link first.</source>
        <translation>먼저 연결할 사건을 선택하세요.</translation>
    </message>
    <message>
        <source>Remove the selected link with its citations (Undo brings it back)</source>
        <translation>선택한 연결을 그 인용과 함께 제거합니다 (실행 취소로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Select a link first.</source>
        <translation>먼저 연결을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Annals::EventTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시기</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>중요도</translation>
    </message>
</context>
<context>
    <name>Annals::EventTablePanel</name>
    <message>
        <source>Filter events (Ctrl+L)</source>
        <translation>사건 필터 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Shows only the events whose title, date, category, place or actors contain every word you type.</source>
        <translation>제목, 날짜, 분류, 장소, 행위자에 입력한 단어가 모두 들어 있는 사건만 표시합니다.</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>사건 필터</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>사건 %n개 중 %1개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export the views</source>
        <translation>보기 내보내기</translation>
    </message>
    <message>
        <source>Timeline and graph</source>
        <translation>연표와 그래프</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <source>View to export</source>
        <translation>내보낼 보기</translation>
    </message>
    <message>
        <source>Export the timeline, the graph, or the timeline above the graph</source>
        <translation>연표나 그래프, 또는 연표 아래에 그래프를 놓은 그림을 내보냅니다</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG 그림</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 벡터 그림</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>파일 형식</translation>
    </message>
    <message>
        <source>PNG for slides and the web, SVG to edit further, PDF for a printed handout</source>
        <translation>PNG는 슬라이드와 웹에, SVG는 더 편집할 때, PDF는 인쇄할 유인물에 알맞습니다</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>너비(픽셀)</translation>
    </message>
    <message>
        <source>The picture&apos;s width in pixels (PNG and SVG)</source>
        <translation>그림의 너비(픽셀, PNG와 SVG)</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>높이(픽셀)</translation>
    </message>
    <message>
        <source>The picture&apos;s height in pixels (PNG and SVG)</source>
        <translation>그림의 높이(픽셀, PNG와 SVG)</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>해상도(인치당 도트 수)</translation>
    </message>
    <message>
        <source>Stored in the PNG; above 96 dpi the views are drawn larger and sharper in the same number of pixels&apos; worth of layout</source>
        <translation>PNG 파일에 기록됩니다. 96 dpi보다 높으면 같은 픽셀 수 안에 보기를 더 크고 선명하게 그립니다</translation>
    </message>
    <message>
        <source>A4, landscape</source>
        <translation>A4, 가로</translation>
    </message>
    <message>
        <source>Letter, landscape</source>
        <translation>레터, 가로</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>용지 크기</translation>
    </message>
    <message>
        <source>The PDF&apos;s page, with a header naming the atlas and the dates shown</source>
        <translation>PDF의 용지입니다. 머리글에 아틀라스 이름과 보이는 기간이 나옵니다</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>저장할 파일</translation>
    </message>
    <message>
        <source>Where to write the export; its ending (.png, .svg, .pdf) chooses the format</source>
        <translation>내보낸 결과를 저장할 위치입니다. 확장자(.png, .svg, .pdf)에 따라 형식이 정해집니다</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>Choose where to write the export</source>
        <translation>내보낸 결과를 저장할 위치를 선택합니다</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>보기(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>해상도(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>파일(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>파일로 저장합니다</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>내보내지 않고 닫습니다</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>내보냈습니다: %1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 벡터 그림 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>내보낼 위치</translation>
    </message>
</context>
<context>
    <name>Annals::FilterBar</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>필터(&amp;F)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Showing only:</source>
        <translation>다음만 표시:</translation>
    </message>
    <message>
        <source>Add Filter</source>
        <translation>필터 추가</translation>
    </message>
    <message>
        <source>Narrow what the timeline, the graph and the event list show (Ctrl+Shift+F)</source>
        <translation>연표, 그래프, 사건 목록에 표시되는 항목을 좁힙니다 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Add a filter</source>
        <translation>필터 추가</translation>
    </message>
    <message>
        <source>Clear All</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>모든 항목을 다시 표시합니다</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>모든 필터 지우기</translation>
    </message>
    <message>
        <source>(No category)</source>
        <translation>(분류 없음)</translation>
    </message>
    <message>
        <source>&amp;Actors…</source>
        <translation>행위자(&amp;A)…</translation>
    </message>
    <message>
        <source>Show only the events of some actors, and them and their partners in the graph</source>
        <translation>일부 행위자의 사건만 표시하고, 그래프에는 그 행위자들과 그 상대만 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>분류(&amp;C)</translation>
    </message>
    <message>
        <source>Show only events of some categories</source>
        <translation>일부 분류의 사건만 표시합니다</translation>
    </message>
    <message>
        <source>Relation &amp;Kinds</source>
        <translation>관계 종류(&amp;K)</translation>
    </message>
    <message>
        <source>Show only some kinds of relation in the graph</source>
        <translation>그래프에 일부 종류의 관계만 표시합니다</translation>
    </message>
    <message>
        <source>Minimum &amp;Importance</source>
        <translation>최소 중요도(&amp;I)</translation>
    </message>
    <message>
        <source>Hide the less important events</source>
        <translation>덜 중요한 사건을 숨깁니다</translation>
    </message>
    <message>
        <source>&amp;Date Range</source>
        <translation>기간(&amp;D)</translation>
    </message>
    <message>
        <source>Use the &amp;Visible Window</source>
        <translation>보이는 시간 범위 사용(&amp;V)</translation>
    </message>
    <message>
        <source>Show only what falls in the period the timeline shows now</source>
        <translation>지금 연표에 보이는 기간에 속하는 항목만 표시합니다</translation>
    </message>
    <message>
        <source>&amp;From… To…</source>
        <translation>기간 직접 입력(&amp;F)…</translation>
    </message>
    <message>
        <source>Show only what falls in a period you type</source>
        <translation>입력한 기간에 속하는 항목만 표시합니다</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>모든 필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>This atlas has no events</source>
        <translation>이 아틀라스에는 사건이 없습니다</translation>
    </message>
    <message>
        <source>Show &amp;All Kinds</source>
        <translation>모든 종류 표시(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Any Importance</source>
        <translation>모든 중요도(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;%1 or More</source>
        <translation>&amp;%1 이상</translation>
    </message>
    <message>
        <source>%1 — click, or press Delete, to remove this filter</source>
        <translation>%1 — 클릭하거나 Delete 키를 누르면 이 필터를 제거합니다</translation>
    </message>
    <message>
        <source>Remove filter: %1</source>
        <translation>필터 제거: %1</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>행위자 %1</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>행위자: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>분류: %1</translation>
    </message>
    <message>
        <source>Kinds: %1 of %2</source>
        <translation>종류: %2개 중 %1개</translation>
    </message>
    <message>
        <source>No kind of relation is shown</source>
        <translation>표시되는 관계 종류가 없습니다</translation>
    </message>
    <message>
        <source>Relations shown: %1</source>
        <translation>표시되는 관계: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Importance ≥ %1</source>
        <translation>중요도 ≥ %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>기간: %1</translation>
    </message>
</context>
<context>
    <name>Annals::GraphCanvas</name>
    <message>
        <source>person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>state</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>organisation or group</source>
        <translation>조직 또는 집단</translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation>협력</translation>
    </message>
    <message>
        <source>hostility</source>
        <translation>적대</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <source>one-sided (aid, sanctions…)</source>
        <translation>일방적 (원조, 제재…)</translation>
    </message>
    <message>
        <source>not in existence at this date</source>
        <translation>이 날짜에 존재하지 않음</translation>
    </message>
    <message>
        <source>Arranging the graph…</source>
        <translation>그래프 배치 중…</translation>
    </message>
    <message>
        <source>No actors to show</source>
        <translation>표시할 행위자가 없습니다</translation>
    </message>
</context>
<context>
    <name>Annals::GraphFormats</name>
    <message>
        <source>The file is %1 bytes; at most %2 are read.</source>
        <translation>파일 크기가 %1바이트입니다. 최대 %2바이트까지만 읽습니다.</translation>
    </message>
    <message>
        <source>%1 characters is too long; at most %2 are read.</source>
        <translation>%1자는 너무 깁니다. 최대 %2자까지만 읽습니다.</translation>
    </message>
    <message>
        <source>edge #%1</source>
        <translation>엣지 #%1</translation>
    </message>
    <message>
        <source>This is not a GEXF file: it starts with &lt;%1&gt; in namespace &quot;%2&quot;.</source>
        <translation>GEXF 파일이 아닙니다. 파일이 네임스페이스 &quot;%2&quot;의 &lt;%1&gt; 요소로 시작합니다.</translation>
    </message>
    <message>
        <source>%1 attribute</source>
        <translation>%1 속성</translation>
    </message>
    <message>
        <source>An attribute needs an id.</source>
        <translation>속성에는 id가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 attribute %2</source>
        <translation>%1 속성 %2</translation>
    </message>
    <message>
        <source>The attribute id &quot;%1&quot; is declared twice.</source>
        <translation>id가 &quot;%1&quot;인 속성이 두 번 선언되었습니다.</translation>
    </message>
    <message>
        <source>The file has more than %1 nodes and edges.</source>
        <translation>파일에 노드와 엣지가 %1개보다 많습니다.</translation>
    </message>
    <message>
        <source>node #%1</source>
        <translation>노드 #%1</translation>
    </message>
    <message>
        <source>A node needs an id.</source>
        <translation>노드에는 id가 필요합니다.</translation>
    </message>
    <message>
        <source>The node id &quot;%1&quot; is used twice (first on line %2).</source>
        <translation>id가 &quot;%1&quot;인 노드가 두 번 나옵니다(처음 나온 곳: %2번째 줄).</translation>
    </message>
    <message>
        <source>The node is listed again; its times are added to the first listing.</source>
        <translation>노드가 다시 나옵니다. 그 시간 정보는 처음 나온 노드에 더해집니다.</translation>
    </message>
    <message>
        <source>The edge id &quot;%1&quot; is used twice.</source>
        <translation>id가 &quot;%1&quot;인 엣지가 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>The file ends in the middle of the XML.</source>
        <translation>XML 도중에 파일이 끝납니다.</translation>
    </message>
    <message>
        <source>This is not well-formed XML: %1</source>
        <translation>올바른 형식의 XML이 아닙니다: %1</translation>
    </message>
    <message>
        <source>The file has no XML elements.</source>
        <translation>파일에 XML 요소가 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GEXF time format (date, dateTime, integer or double).</source>
        <translation>GEXF 시간 형식이 아닙니다: &quot;%1&quot; (date, dateTime, integer, double 중 하나여야 합니다).</translation>
    </message>
    <message>
        <source>Times written as numbers are read as years (1961.5 is the middle of 1961).</source>
        <translation>숫자로 쓴 시간은 연도로 읽습니다(1961.5는 1961년의 한가운데입니다).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the file&apos;s format (%2).</source>
        <translation>파일의 시간 형식(%2)에 맞지 않는 시간입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a precision Annals knows.</source>
        <translation>Annals가 알지 못하는 정밀도입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>true나 false가 아닙니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>date, as 1961-07-11</source>
        <translation>date(예: 1961-07-11)</translation>
    </message>
    <message>
        <source>dateTime, as 1961-07-11T09:30:00</source>
        <translation>dateTime(예: 1961-07-11T09:30:00)</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>integer(정수)</translation>
    </message>
    <message>
        <source>double, as 1961.5</source>
        <translation>double(예: 1961.5)</translation>
    </message>
    <message>
        <source>a date or a number</source>
        <translation>날짜 또는 숫자</translation>
    </message>
    <message>
        <source>The file gives no time format and writes times as numbers; they are read as years (1961.5 is the middle of 1961).</source>
        <translation>파일에 시간 형식이 지정되어 있지 않고 시간이 숫자로 쓰여 있으므로, 연도로 읽습니다(1961.5는 1961년의 한가운데입니다).</translation>
    </message>
    <message>
        <source>%1 spells are read as one span, from the first start to the last end.</source>
        <translation>구간(spell) %1개를 첫 시작부터 마지막 끝까지 하나의 기간으로 읽습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) named an actor the atlas already has and were joined to it.</source>
        <translation>
            <numerusform>노드 %n개가 아틀라스에 이미 있는 행위자와 이름이 같아서 그 행위자에 합쳤습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The edge names node &quot;%1&quot;, which is not in the file.</source>
        <translation>엣지가 가리키는 노드가 파일에 없습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stance: -1 (hostile), 0 (neutral) or 1 (cooperative).</source>
        <translation>입장 값이 아닙니다: &quot;%1&quot;. -1(적대), 0(중립), 1(협력) 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The edge has no time and the file gives none to date it from; Annals relations need a start.</source>
        <translation>엣지에 시간이 없고, 파일에도 날짜를 정할 근거가 없습니다. Annals의 관계에는 시작이 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) had no start and begin when both their actors are there, or at the file&apos;s earliest time.</source>
        <translation>
            <numerusform>엣지 %n개에 시작이 없어서, 두 행위자가 모두 존재하게 된 때 또는 파일의 가장 이른 시간에 시작하는 것으로 했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) from a node to itself were left out: an Annals relation joins two different actors.</source>
        <translation>
            <numerusform>자기 자신으로 이어지는 엣지 %n개를 제외했습니다. Annals의 관계는 서로 다른 두 행위자를 잇습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name&apos;s period ends before it starts.</source>
        <translation>이름의 사용 기간이 시작보다 먼저 끝납니다.</translation>
    </message>
</context>
<context>
    <name>Annals::GraphView</name>
    <message>
        <source>always</source>
        <translation>처음</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Alliance graph</source>
        <translation>동맹 그래프</translation>
    </message>
    <message>
        <source>Actors and the relations between them at the time cursor&apos;s date. Click an actor or a relation to select it; drag an actor to pin it; double-click an actor to focus on its neighbourhood; wheel to zoom; Shift+drag from one actor to another to draw a relation between them.</source>
        <translation>시간 커서 날짜의 행위자와 그들 사이의 관계입니다. 행위자나 관계를 클릭하면 선택되고, 행위자를 끌면 그 자리에 고정됩니다. 행위자를 두 번 클릭하면 그 주변에 초점을 맞추고, 휠로 확대·축소하며, Shift를 누른 채 한 행위자에서 다른 행위자로 끌면 둘 사이에 관계를 그립니다.</translation>
    </message>
    <message>
        <source>&amp;Re-layout</source>
        <translation>다시 배치(&amp;R)</translation>
    </message>
    <message>
        <source>Arrange the graph afresh; actors you pinned stay where you put them</source>
        <translation>그래프를 새로 배치합니다. 고정한 행위자는 놓아 둔 자리에 그대로 있습니다</translation>
    </message>
    <message>
        <source>&amp;Unpin All Actors</source>
        <translation>모든 행위자 고정 해제(&amp;U)</translation>
    </message>
    <message>
        <source>Let every actor you dragged find its own place again</source>
        <translation>끌어다 놓은 모든 행위자가 다시 스스로 자리를 찾게 합니다</translation>
    </message>
    <message>
        <source>&amp;Leave Focus</source>
        <translation>초점 해제(&amp;L)</translation>
    </message>
    <message>
        <source>Show the whole graph again (Esc)</source>
        <translation>그래프 전체를 다시 보여 줍니다(Esc)</translation>
    </message>
    <message>
        <source>Relations in the Whole &amp;Visible Period</source>
        <translation>보이는 기간 전체의 관계(&amp;V)</translation>
    </message>
    <message>
        <source>Show every relation in force at any time in the timeline&apos;s visible period, not only on the cursor&apos;s date</source>
        <translation>커서 날짜의 관계뿐 아니라, 연표에 보이는 기간 중 한 번이라도 유효했던 관계를 모두 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation>그래프 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom and move the graph so that it fits the view again</source>
        <translation>그래프가 다시 화면에 꼭 맞도록 확대·축소하고 옮깁니다</translation>
    </message>
    <message>
        <source>Show relations of the kind “%1”</source>
        <translation>“%1” 종류의 관계를 보여 줍니다</translation>
    </message>
    <message>
        <source>Relations in force between %1 and %2</source>
        <translation>%1부터 %2까지 유효한 관계</translation>
    </message>
    <message>
        <source>Relations in force on %1</source>
        <translation>%1에 유효한 관계</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Around %1, %n step(s) — Esc shows everyone</source>
        <translation>
            <numerusform>%1 주변 %n단계 — Esc를 누르면 모두 보입니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Around %1, %n step(s)</source>
        <translation>
            <numerusform>%1 주변 %n단계</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of relation hidden</source>
        <translation>
            <numerusform>관계 종류 %n개 숨김</numerusform>
        </translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 선택</translation>
    </message>
    <message>
        <source>Focus on %1&apos;s Neighbourhood</source>
        <translation>%1 주변에 초점</translation>
    </message>
    <message>
        <source>Focus Two Steps Around %1</source>
        <translation>%1 주변 두 단계에 초점</translation>
    </message>
    <message>
        <source>Draw Relation From Here</source>
        <translation>여기서 관계 그리기</translation>
    </message>
    <message>
        <source>Then click the other actor; Esc cancels. Shift+drag from an actor does the same.</source>
        <translation>이어서 다른 행위자를 클릭하세요. Esc를 누르면 취소됩니다. 행위자에서 Shift를 누른 채 끌어도 됩니다.</translation>
    </message>
    <message>
        <source>Show Only Events of %1</source>
        <translation>%1의 사건만 보기</translation>
    </message>
    <message>
        <source>Filter the timeline, the graph and the event list to this actor</source>
        <translation>연표, 그래프, 사건 목록을 이 행위자로 필터링합니다</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 고정 해제</translation>
    </message>
    <message>
        <source>Relation &amp;Kinds</source>
        <translation>관계 종류(&amp;K)</translation>
    </message>
    <message>
        <source>dates unknown</source>
        <translation>날짜 미상</translation>
    </message>
    <message numerus="yes">
        <source>tied to %n actor(s) here</source>
        <translation>
            <numerusform>여기서 행위자 %n개와 연결됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned where you put it; right-click to unpin.</source>
        <translation>놓아 둔 자리에 고정되어 있습니다. 오른쪽 클릭하면 고정이 풀립니다.</translation>
    </message>
    <message>
        <source>Double-click to see only its neighbourhood.</source>
        <translation>두 번 클릭하면 이 행위자의 주변만 봅니다.</translation>
    </message>
    <message>
        <source>Shift+drag to another actor to draw a relation.</source>
        <translation>Shift를 누른 채 다른 행위자로 끌면 관계를 그립니다.</translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation>협력</translation>
    </message>
    <message>
        <source>hostile</source>
        <translation>적대</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <source>Solid blue: cooperation · dashed orange: hostility · grey: neutral.
Circles are people, squares states, diamonds organisations and groups; bigger means more ties.
Drag an actor to pin it; double-click to focus on its neighbourhood;
Shift+drag from one actor to another to draw a relation.</source>
        <translation>파란 실선: 협력 · 주황 점선: 적대 · 회색: 중립.
원은 인물, 사각형은 국가, 마름모는 조직과 집단이며, 클수록 연결이 많습니다.
행위자를 끌면 고정되고, 두 번 클릭하면 그 주변에 초점을 맞춥니다.
Shift를 누른 채 한 행위자에서 다른 행위자로 끌면 관계를 그립니다.</translation>
    </message>
</context>
<context>
    <name>Annals::HistoricalDate</name>
    <message>
        <source>Jan</source>
        <translation>1월</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2월</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3월</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4월</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5월</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6월</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7월</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8월</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9월</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10월</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11월</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12월</translation>
    </message>
    <message>
        <source>%1 BCE</source>
        <translation>기원전 %1</translation>
    </message>
    <message>
        <source>%1st century BCE</source>
        <translation>기원전 %1세기</translation>
    </message>
    <message>
        <source>%1nd century BCE</source>
        <translation>기원전 %1세기</translation>
    </message>
    <message>
        <source>%1rd century BCE</source>
        <translation>기원전 %1세기</translation>
    </message>
    <message>
        <source>%1th century BCE</source>
        <translation>기원전 %1세기</translation>
    </message>
    <message>
        <source>%1st century</source>
        <translation>%1세기</translation>
    </message>
    <message>
        <source>%1nd century</source>
        <translation>%1세기</translation>
    </message>
    <message>
        <source>%1rd century</source>
        <translation>%1세기</translation>
    </message>
    <message>
        <source>%1th century</source>
        <translation>%1세기</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1년대</translation>
    </message>
    <message>
        <source>%1s BCE</source>
        <translation>기원전 %1년대</translation>
    </message>
    <message>
        <source>%1 billion years from now</source>
        <translation>%1십억 년 후</translation>
    </message>
    <message>
        <source>%1 million years from now</source>
        <translation>%1백만 년 후</translation>
    </message>
    <message>
        <source>%1 thousand years from now</source>
        <translation>%1천 년 후</translation>
    </message>
    <message>
        <source>%1 billion years ago</source>
        <translation>%1십억 년 전</translation>
    </message>
    <message>
        <source>%1 million years ago</source>
        <translation>%1백만 년 전</translation>
    </message>
    <message>
        <source>%1 thousand years ago</source>
        <translation>%1천 년 전</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month abbreviation, year</comment>
        <translation>%2년 %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month abbreviation, year</comment>
        <translation>%3년 %2 %1일</translation>
    </message>
    <message>
        <source>%1 %2h</source>
        <comment>date, hour</comment>
        <translation>%1 %2시</translation>
    </message>
    <message>
        <source>%1 %2:%3</source>
        <comment>date, hour, minute</comment>
        <translation>%1 %2:%3</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>approximate date</comment>
        <translation>%1경</translation>
    </message>
</context>
<context>
    <name>Annals::ItemEditor</name>
    <message>
        <source>Why it cannot be stored yet</source>
        <translation>아직 저장할 수 없는 이유</translation>
    </message>
    <message>
        <source>e.g. 1959, 3 Sep 2025, 44 BCE, c. 1200, 1950s, 65 Ma</source>
        <translation>예: 1959, 3 Sep 2025, 44 BCE, c. 1200, 1950s, 65 Ma</translation>
    </message>
    <message>
        <source>Before the start (%1).</source>
        <translation>시작(%1)보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Ctrl+Enter stores it.</source>
        <translation>Ctrl+Enter를 누르면 저장합니다.</translation>
    </message>
</context>
<context>
    <name>Annals::ItemListDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>필터…</translation>
    </message>
    <message>
        <source>Select one in the list first.</source>
        <translation>먼저 목록에서 하나를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Annals::MainWindow</name>
    <message>
        <source>Annals atlases (*.annals);;All files (*)</source>
        <translation>Annals 아틀라스 (*.annals);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Event List</source>
        <translation>사건 목록</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>투어</translation>
    </message>
    <message>
        <source>The atlas was not changed</source>
        <translation>아틀라스가 변경되지 않았습니다</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new, empty atlas</source>
        <translation>비어 있는 새 아틀라스를 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an atlas file</source>
        <translation>아틀라스 파일을 엽니다</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Atlas</source>
        <translation>예제 아틀라스 열기(&amp;S)</translation>
    </message>
    <message>
        <source>Open your own copy of “Korea and the great powers, 1945–2025”</source>
        <translation>“한국과 강대국, 1945–2025”의 내 사본을 엽니다</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>사본으로 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a copy of this atlas to another file; changes are stored as you make them, so there is no Save</source>
        <translation>이 아틀라스의 사본을 다른 파일에 씁니다. 변경 사항은 바꿀 때마다 바로 저장되므로 ‘저장’ 명령은 따로 없습니다</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the timeline, the graph or both as a PNG, SVG or PDF file</source>
        <translation>연표나 그래프, 또는 둘 다를 PNG, SVG, PDF 파일로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the timeline and the graph, with a preview first</source>
        <translation>미리 보기를 먼저 보여 준 뒤 연표와 그래프를 인쇄합니다</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>닫기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>실행 취소 기록(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the whole atlas: events, actors, relations and sources</source>
        <translation>아틀라스 전체에서 사건, 행위자, 관계, 출처를 검색합니다</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom into the middle of the timeline (or turn the mouse wheel over a date)</source>
        <translation>연표의 가운데를 확대합니다 (또는 날짜 위에서 마우스 휠을 돌리세요)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Fit &amp;Whole Atlas</source>
        <translation>아틀라스 전체 보기(&amp;W)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>선택 항목에 맞춰 확대(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>레인(&amp;L)</translation>
    </message>
    <message>
        <source>By &amp;Category</source>
        <translation>분류별(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;Actor</source>
        <translation>행위자별(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Packed in One Lane</source>
        <translation>한 레인에 모두 표시(&amp;P)</translation>
    </message>
    <message>
        <source>Show Le&amp;gend</source>
        <translation>범례 표시(&amp;G)</translation>
    </message>
    <message>
        <source>Show O&amp;verview</source>
        <translation>개요 표시(&amp;V)</translation>
    </message>
    <message>
        <source>A map of the whole atlas under the timeline: drag its frame to move through time</source>
        <translation>연표 아래에 아틀라스 전체를 한눈에 보여 줍니다. 틀을 끌어 시간 속을 이동하세요</translation>
    </message>
    <message>
        <source>Num&amp;ber Series</source>
        <translation>수치 계열(&amp;B)</translation>
    </message>
    <message>
        <source>Show or hide the atlas&apos;s number series under the timeline</source>
        <translation>연표 아래에 아틀라스의 수치 계열을 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>&amp;Event List</source>
        <translation>사건 목록(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>세부 정보(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>행위자(&amp;A)</translation>
    </message>
    <message>
        <source>Allies and rivals of the selected actor, and how they changed</source>
        <translation>선택한 행위자의 동맹과 경쟁자, 그리고 그 변화를 보여 줍니다</translation>
    </message>
    <message>
        <source>Filte&amp;r Event List</source>
        <translation>사건 목록 필터(&amp;R)</translation>
    </message>
    <message>
        <source>Add Fil&amp;ter…</source>
        <translation>필터 추가(&amp;T)…</translation>
    </message>
    <message>
        <source>Narrow what the timeline, the graph and the event list show</source>
        <translation>연표, 그래프, 사건 목록에 표시되는 항목을 좁힙니다</translation>
    </message>
    <message>
        <source>Larger Te&amp;xt</source>
        <translation>글자 크게(&amp;X)</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>글자 작게(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>보통 글자 크기(&amp;N)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>전체 화면(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>발표(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Present from the Start</source>
        <translation>처음부터 발표하기(&amp;P)</translation>
    </message>
    <message>
        <source>Show the atlas full screen in large type and step through its tour (Page Down: next, Page Up: back, B: blank, Esc: leave)</source>
        <translation>아틀라스를 전체 화면에 큰 글자로 보여 주고 투어를 단계별로 진행합니다 (Page Down: 다음, Page Up: 이전, B: 화면 가리기, Esc: 나가기)</translation>
    </message>
    <message>
        <source>Present from the &amp;Current Step</source>
        <translation>현재 단계부터 발표하기(&amp;C)</translation>
    </message>
    <message>
        <source>Present the tour from the step chosen in the Tour dock</source>
        <translation>투어 패널에서 고른 단계부터 투어를 발표합니다</translation>
    </message>
    <message>
        <source>Present on &amp;Screen</source>
        <translation>발표할 화면(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tour Steps</source>
        <translation>투어 단계(&amp;T)</translation>
    </message>
    <message>
        <source>Make and edit tours: steps through the atlas with captions</source>
        <translation>투어를 만들고 편집합니다. 투어는 설명문을 곁들여 아틀라스를 차례로 보여 주는 단계들입니다</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>그래프(&amp;G)</translation>
    </message>
    <message>
        <source>Relation &amp;Kinds</source>
        <translation>관계 종류(&amp;K)</translation>
    </message>
    <message>
        <source>Show &amp;All Kinds</source>
        <translation>모든 종류 표시(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Annals</source>
        <translation>Annals 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Next Area</source>
        <translation>다음 영역</translation>
    </message>
    <message>
        <source>Previous Area</source>
        <translation>이전 영역</translation>
    </message>
    <message>
        <source>This atlas has no number series</source>
        <translation>이 아틀라스에는 수치 계열이 없습니다</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1 (단위: %2)</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>글자 크기 %1%</translation>
    </message>
    <message>
        <source>Could not open the atlas</source>
        <translation>아틀라스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>The atlas has problems</source>
        <translation>아틀라스에 문제가 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found in this atlas. It is open read-only so that nothing gets worse; the details list each one with its table and row.</source>
        <translation>
            <numerusform>이 아틀라스에서 문제 %n개가 발견되었습니다. 상태가 더 나빠지지 않도록 읽기 전용으로 열었습니다. 세부 정보에 각 문제의 테이블과 행이 나와 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events shown</source>
        <translation>사건 %2개 중 %1개 표시</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>사건 %1개</translation>
    </message>
    <message>
        <source>%1 · %2 actors · %3 relations · %4 sources</source>
        <translation>%1 · 행위자 %2개 · 관계 %3개 · 출처 %4개</translation>
    </message>
    <message>
        <source>Annals</source>
        <translation>Annals</translation>
    </message>
    <message>
        <source>%1 (read-only) — Annals</source>
        <translation>%1 (읽기 전용) — Annals</translation>
    </message>
    <message>
        <source>%1 — Annals</source>
        <translation>%1 — Annals</translation>
    </message>
    <message>
        <source>New Atlas</source>
        <translation>새 아틀라스</translation>
    </message>
    <message>
        <source>Untitled.annals</source>
        <translation>제목 없음.annals</translation>
    </message>
    <message>
        <source>Could not create the atlas</source>
        <translation>아틀라스를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 파일을 대체할 수 없습니다.</translation>
    </message>
    <message>
        <source>Open Atlas</source>
        <translation>아틀라스 열기</translation>
    </message>
    <message>
        <source>Could not prepare the sample atlas</source>
        <translation>예제 아틀라스를 준비할 수 없습니다</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>사본 - %1</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>사본으로 저장</translation>
    </message>
    <message>
        <source>Could not save a copy</source>
        <translation>사본을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>%1에 사본을 저장했습니다</translation>
    </message>
    <message>
        <source>&amp;Automatic (a second screen when there is one)</source>
        <translation>자동 (두 번째 화면이 있으면 그 화면)(&amp;A)</translation>
    </message>
    <message>
        <source>Screen &amp;%1: %2 (%3 × %4)</source>
        <translation>화면 &amp;%1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>Show the &amp;Welcome Page</source>
        <translation>시작 화면 보기(&amp;W)</translation>
    </message>
    <message>
        <source>The page of the first start: the sample atlas, a new atlas, or a file; the open atlas stays open</source>
        <translation>처음 시작할 때 나오는 화면: 예제 아틀라스, 새 아틀라스, 파일 열기 중에서 고릅니다. 열려 있는 아틀라스는 그대로 열려 있습니다</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1을(를) 열었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; the %n other dropped file(s) were left alone.</source>
        <translation>
            <numerusform>%1을(를) 열었습니다. 함께 끌어다 놓은 다른 파일 %n개는 열지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n dropped file(s).</source>
        <translation>
            <numerusform>끌어다 놓은 파일 %n개 중 %1개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annals opens .annals files and imports TimelineJS .json, .csv and .gexf files.</source>
        <translation>Annals는 .annals 파일을 열고, TimelineJS .json, .csv, .gexf 파일을 가져옵니다.</translation>
    </message>
    <message>
        <source>Choose the theme, the text size, the lanes, what the graph shows and the language</source>
        <translation>테마, 글자 크기, 레인, 그래프에 보일 내용, 언어를 고릅니다</translation>
    </message>
</context>
<context>
    <name>Annals::NoticeBar</name>
    <message>
        <source>Hide this notice</source>
        <translation>이 알림 숨기기</translation>
    </message>
    <message>
        <source>Hide notice</source>
        <translation>알림 숨기기</translation>
    </message>
</context>
<context>
    <name>Annals::OverviewStrip</name>
    <message>
        <source>Overview of the atlas</source>
        <translation>아틀라스 개요</translation>
    </message>
    <message>
        <source>How many events begin in each slice of the atlas&apos;s time, with the timeline&apos;s visible window as a rectangle. Drag the rectangle or its edges, or use Left, Right, + and −, Home and End, to steer the timeline; double-click to show everything.</source>
        <translation>아틀라스의 시간을 나눈 각 구간에서 시작하는 사건 수를 보여 주며, 연표에 보이는 시간 범위는 사각형으로 표시됩니다. 사각형이나 그 가장자리를 끌거나 ←, →, +, −, Home, End 키로 연표를 움직이세요. 두 번 클릭하면 전체를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Drag the rectangle to move the timeline, drag its edges to widen or narrow it, double-click to show everything.</source>
        <translation>사각형을 끌면 연표가 이동하고, 가장자리를 끌면 시간 범위가 넓어지거나 좁아집니다. 두 번 클릭하면 전체를 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) begin</source>
        <translation>
            <numerusform>%1: 사건 %n개 시작</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>The colours of every view. High contrast is black and white with yellow highlights, for projectors and low vision.</source>
        <translation>모든 보기의 색입니다. 고대비는 검은색과 흰색에 노란색 강조를 써서 프로젝터나 저시력 사용자에게 알맞습니다.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>The size of the text in the timeline, the graph, the charts and the panels, from 100 % to 300 % in steps of 25 (also View ▸ Larger Text and Smaller Text).</source>
        <translation>연표, 그래프, 차트, 패널의 글자 크기입니다. 100 %부터 300 %까지 25씩 바꿀 수 있습니다(보기 ▸ 글자 크게, 글자 작게로도 바꿀 수 있습니다).</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>글자 크기(&amp;S):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close the preferences; every change is already applied and remembered</source>
        <translation>환경설정을 닫습니다. 바꾼 내용은 모두 이미 적용되어 기억됩니다</translation>
    </message>
    <message>
        <source>Timeline la&amp;nes:</source>
        <translation>연표 레인(&amp;N):</translation>
    </message>
    <message>
        <source>By Category</source>
        <translation>분류별</translation>
    </message>
    <message>
        <source>By Actor</source>
        <translation>행위자별</translation>
    </message>
    <message>
        <source>Packed in One Lane</source>
        <translation>한 레인에 모두 표시</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>연표 레인</translation>
    </message>
    <message>
        <source>How the timeline sorts events into lanes: one lane a category, one an actor, or all in one lane to see the most at once (also View ▸ Lanes).</source>
        <translation>연표가 사건을 레인으로 나누는 방식입니다. 분류마다 한 레인, 행위자마다 한 레인, 또는 한눈에 가장 많이 보도록 모두 한 레인에 둡니다(보기 ▸ 레인에서도 바꿀 수 있습니다).</translation>
    </message>
    <message>
        <source>&amp;Graph shows:</source>
        <translation>그래프 표시(&amp;G):</translation>
    </message>
    <message>
        <source>Relations at the Cursor&apos;s Date</source>
        <translation>커서 날짜의 관계</translation>
    </message>
    <message>
        <source>Relations Anywhere in the Visible Time Window</source>
        <translation>보이는 시간 범위 전체의 관계</translation>
    </message>
    <message>
        <source>Graph shows</source>
        <translation>그래프 표시</translation>
    </message>
    <message>
        <source>Whether the graph shows who stood with whom on the time cursor&apos;s date, or every relation in force at any time the timeline shows (also Graph ▸ Relations in the Whole Visible Period).</source>
        <translation>그래프가 커서 날짜에 누가 누구와 함께했는지를 보여 줄지, 연표에 보이는 기간 중 어느 때든 유효했던 관계를 모두 보여 줄지 정합니다(그래프 ▸ 보이는 기간 전체의 관계에서도 바꿀 수 있습니다).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The language of the menus, dialogs and messages. The atlas&apos;s own texts stay as they were written.</source>
        <translation>메뉴, 대화 상자, 메시지의 언어입니다. 아틀라스에 담긴 글은 쓰인 언어 그대로 둡니다.</translation>
    </message>
</context>
<context>
    <name>Annals::PresentationWindow</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Presenting — Annals</source>
        <translation>발표 중 — Annals</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Page Down or Right: next step; Page Up or Left: previous; B: blank the screen; Esc: leave</source>
        <translation>Page Down 또는 →: 다음 단계, Page Up 또는 ←: 이전 단계, B: 화면 가리기, Esc: 나가기</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Go to step %1 …</source>
        <translation>%1단계로 이동 …</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>전체 %2단계 중 %1단계</translation>
    </message>
</context>
<context>
    <name>Annals::RecentFiles</name>
    <message>
        <source>No recent atlases</source>
        <translation>최근 아틀라스 없음</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>메뉴 비우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Annals::RelationEditor</name>
    <message>
        <source>Store the relation (Ctrl+Enter)</source>
        <translation>관계를 저장합니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation>새 관계</translation>
    </message>
    <message>
        <source>Edit Relation</source>
        <translation>관계 편집</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>행위자 1(&amp;F):</translation>
    </message>
    <message>
        <source>From actor</source>
        <translation>행위자 1</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>행위자 2(&amp;T):</translation>
    </message>
    <message>
        <source>To actor</source>
        <translation>행위자 2</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>적대</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>협력</translation>
    </message>
    <message>
        <source>How the two stand towards each other: the colour of the line on the graph</source>
        <translation>두 행위자가 서로를 대하는 태도입니다. 그래프에서 선의 색으로 나타납니다</translation>
    </message>
    <message>
        <source>St&amp;ance:</source>
        <translation>입장(&amp;A):</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>From the first to the second only</source>
        <translation>행위자 1에서 행위자 2 방향으로만</translation>
    </message>
    <message>
        <source>Aid, leadership, sanctions: one gives, the other receives</source>
        <translation>원조, 지도, 제재처럼 한쪽이 주고 다른 쪽이 받는 관계</translation>
    </message>
    <message>
        <source>&amp;Directed:</source>
        <translation>방향(&amp;D):</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>e.g. Treaty of Friendship</source>
        <translation>예: 우호 조약</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>표시 이름(&amp;L):</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>시작(&amp;S):</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>끝(&amp;E):</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <source>Empty while it still holds</source>
        <translation>아직 유지되고 있으면 비워 두세요</translation>
    </message>
    <message>
        <source>&amp;Begun by:</source>
        <translation>시작 계기(&amp;B):</translation>
    </message>
    <message>
        <source>Event that began it</source>
        <translation>관계를 시작한 사건</translation>
    </message>
    <message>
        <source>E&amp;nded by:</source>
        <translation>종료 계기(&amp;N):</translation>
    </message>
    <message>
        <source>Event that ended it</source>
        <translation>관계를 끝낸 사건</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>설명(&amp;P):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>(choose an actor)</source>
        <translation>(행위자 선택)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event title, date</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Required: when it began.</source>
        <translation>필수: 관계가 시작된 때를 입력하세요.</translation>
    </message>
    <message>
        <source>The start date cannot be read: %1</source>
        <translation>시작 날짜를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Optional: leave empty while it still holds.</source>
        <translation>선택: 아직 유지되고 있으면 비워 두세요.</translation>
    </message>
    <message>
        <source>The end date cannot be read: %1</source>
        <translation>끝 날짜를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Annals::RelationKind</name>
    <message>
        <source>Alliance</source>
        <translation>동맹</translation>
    </message>
    <message>
        <source>alliance</source>
        <translation>동맹</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>조약</translation>
    </message>
    <message>
        <source>treaty</source>
        <translation>조약</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>가족 관계</translation>
    </message>
    <message>
        <source>family</source>
        <translation>가족 관계</translation>
    </message>
    <message>
        <source>Rivalry</source>
        <translation>경쟁 관계</translation>
    </message>
    <message>
        <source>rivalry</source>
        <translation>경쟁 관계</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>제재</translation>
    </message>
    <message>
        <source>sanctions</source>
        <translation>제재</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>원조</translation>
    </message>
    <message>
        <source>aid</source>
        <translation>원조</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>정상회담</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>정상회담</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>leadership</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>War</source>
        <translation>전쟁</translation>
    </message>
    <message>
        <source>war</source>
        <translation>전쟁</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>Annals::SafeMarkdown</name>
    <message>
        <source>[image]</source>
        <translation>[그림]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[그림: %1]</translation>
    </message>
</context>
<context>
    <name>Annals::SampleAtlas</name>
    <message>
        <source>Korea and the great powers, 1945–2025</source>
        <translation>한국과 강대국, 1945–2025</translation>
    </message>
    <message>
        <source>The sample atlas is broken: %1</source>
        <translation>예제 아틀라스가 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Annals::Screenshot</name>
    <message>
        <source>The window could not be captured.</source>
        <translation>창을 캡처할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Annals::SearchPanel</name>
    <message>
        <source>Search events, actors, relations, sources</source>
        <translation>사건, 행위자, 관계, 출처 검색</translation>
    </message>
    <message>
        <source>Search the atlas</source>
        <translation>아틀라스 검색</translation>
    </message>
    <message>
        <source>Words in titles, descriptions, places, categories, names and sources. A word being typed matches as the start of a word.
Up and Down choose a result, Enter shows it, Esc clears.</source>
        <translation>제목, 설명, 장소, 분류, 이름, 출처의 단어를 찾습니다. 입력 중인 단어는 그 단어로 시작하는 단어와도 일치합니다.
↑, ↓로 결과를 고르고, Enter로 표시하고, Esc로 지웁니다.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Open an atlas to search it.</source>
        <translation>검색하려면 아틀라스를 여세요.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>검색하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Type a word: titles, descriptions, places, categories, actors&apos; names, relations and sources are searched.</source>
        <translation>단어를 입력하세요. 제목, 설명, 장소, 분류, 행위자 이름, 관계, 출처를 검색합니다.</translation>
    </message>
    <message>
        <source>Nothing to search for in that.</source>
        <translation>검색할 단어가 없습니다.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>“%1”에 일치하는 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Annals::SearchResultsModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2+)</source>
        <extracomment>A group of search results and how many: &quot;Events (8)&quot;, &quot;Events (8+)&quot; when there are more</extracomment>
        <translation>%1 (%2+)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show more %1…</source>
        <translation>%1 더 보기…</translation>
    </message>
    <message>
        <source>Fetch more results of this kind (Enter)</source>
        <translation>이 종류의 결과를 더 가져옵니다(Enter)</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>행위자 %1</translation>
    </message>
    <message>
        <source>%1 · also called this</source>
        <translation>%1 · 이 이름으로도 불림</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <extracomment>A relation&apos;s kind and its two actors: &quot;Treaty · China – North Korea&quot;</extracomment>
        <translation>%1 · %2 – %3</translation>
    </message>
</context>
<context>
    <name>Annals::SeriesLane</name>
    <message>
        <source>Number series</source>
        <translation>수치 계열</translation>
    </message>
    <message>
        <source>No estimate between %1 and %2</source>
        <translation>%1 – %2 사이에는 추정치가 없습니다</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>estimates %1–%2</source>
        <translation>추정치 %1–%2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
</context>
<context>
    <name>Annals::SeriesPointEditor</name>
    <message>
        <source>Store the value (Ctrl+Enter)</source>
        <translation>값을 저장합니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New Value of “%1”</source>
        <translation>“%1”의 새 값</translation>
    </message>
    <message>
        <source>Edit a Value of “%1”</source>
        <translation>“%1”의 값 편집</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Value (%1):</source>
        <translation>값 (%1)(&amp;V):</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>&amp;Low estimate:</source>
        <translation>하한 추정치(&amp;L):</translation>
    </message>
    <message>
        <source>Low estimate</source>
        <translation>하한 추정치</translation>
    </message>
    <message>
        <source>&amp;High estimate:</source>
        <translation>상한 추정치(&amp;H):</translation>
    </message>
    <message>
        <source>High estimate</source>
        <translation>상한 추정치</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <source>The date cannot be read: %1</source>
        <translation>날짜를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>선택 사항입니다.</translation>
    </message>
    <message>
        <source>A number cannot be read.</source>
        <translation>숫자를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>값이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Annals::SourceEditor</name>
    <message>
        <source>Store the source (Ctrl+Enter)</source>
        <translation>출처를 저장합니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>새 출처</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>저자(&amp;A):</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>저자</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>출판사(&amp;P):</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>출판사</translation>
    </message>
    <message>
        <source>Publis&amp;hed:</source>
        <translation>출판일(&amp;H):</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>출판일</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>웹 주소(&amp;W):</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>웹 주소</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>라이선스(&amp;L):</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>A&amp;ccessed:</source>
        <translation>접속일(&amp;C):</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>접속일</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
</context>
<context>
    <name>Annals::SqliteHandle</name>
    <message>
        <source>Annals cannot reach the SQLite library behind Qt&apos;s SQLite driver, so it cannot open atlas files safely.</source>
        <translation>Annals가 Qt SQLite 드라이버가 사용하는 SQLite 라이브러리에 접근할 수 없어 아틀라스 파일을 안전하게 열 수 없습니다.</translation>
    </message>
    <message>
        <source>SQLite refused a safety setting (%1).</source>
        <translation>SQLite가 안전 설정(%1)을 거부했습니다.</translation>
    </message>
    <message>
        <source>Annals cannot reach the SQLite library behind Qt&apos;s SQLite driver.</source>
        <translation>Annals가 Qt SQLite 드라이버가 사용하는 SQLite 라이브러리에 접근할 수 없습니다.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 파일을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not copy the atlas to %1: %2</source>
        <translation>아틀라스를 %1에 복사할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Annals::StandingChart</name>
    <message>
        <source>Allies and rivals over time</source>
        <translation>시간에 따른 동맹과 경쟁자</translation>
    </message>
    <message>
        <source>Allies (above)</source>
        <translation>동맹 (위)</translation>
    </message>
    <message>
        <source>Rivals (below)</source>
        <translation>경쟁자 (아래)</translation>
    </message>
    <message>
        <source>Allies</source>
        <translation>동맹</translation>
    </message>
    <message>
        <source>Rivals</source>
        <translation>경쟁자</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n ally(s)</source>
        <translation>
            <numerusform>동맹 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rival(s)</source>
        <translation>
            <numerusform>경쟁자 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or drag to move the date. Left and Right jump to the previous or next change.</source>
        <translation>클릭하거나 끌어서 날짜를 옮깁니다. ← 키와 → 키로 이전 또는 다음 변화 시점으로 이동합니다.</translation>
    </message>
</context>
<context>
    <name>Annals::TickPlanner</name>
    <message>
        <source>%1 Ga</source>
        <translation>%1십억 년 전</translation>
    </message>
    <message>
        <source>%1 Ma</source>
        <translation>%1백만 년 전</translation>
    </message>
    <message>
        <source>%1 ka</source>
        <translation>%1천 년 전</translation>
    </message>
</context>
<context>
    <name>Annals::TimelineCanvas</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Showing %1&apos;s events — Esc to clear</source>
        <translation>%1의 사건만 표시 중 — Esc로 해제</translation>
    </message>
    <message>
        <source>Showing %1 — Esc to clear</source>
        <translation>%1만 표시 중 — Esc로 해제</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, %2부터</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>Annals::TimelineJs</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 값은 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>This text has %1 characters; the limit is %2.</source>
        <translation>이 텍스트는 %1자입니다. 최대 %2자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 값은 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>A date must be an object with a year, like {&quot;year&quot;: 1950}.</source>
        <translation>날짜는 {&quot;year&quot;: 1950}처럼 year가 있는 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The %1 has no year.</source>
        <translation>%1에 연도(year)가 없습니다.</translation>
    </message>
    <message>
        <source>A %1 needs a %2.</source>
        <translation>%1 값이 있으면 %2 값도 있어야 합니다.</translation>
    </message>
    <message>
        <source>Year %1 is outside what Annals can hold (%2 to %3).</source>
        <translation>Annals가 다룰 수 있는 연도는 %2부터 %3까지이므로 %1년은 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a month (1–12).</source>
        <translation>월은 1–12 사이의 값이어야 합니다(입력한 값: %1).</translation>
    </message>
    <message>
        <source>%1 has no day %2 (it has %3 days).</source>
        <translation>%1에는 %2일이 없습니다(%3일까지 있습니다).</translation>
    </message>
    <message>
        <source>%1 is not an hour (0–23).</source>
        <translation>시는 0–23 사이의 값이어야 합니다(입력한 값: %1).</translation>
    </message>
    <message>
        <source>%1 is not a minute (0–59).</source>
        <translation>분은 0–59 사이의 값이어야 합니다(입력한 값: %1).</translation>
    </message>
    <message>
        <source>%1 is not a second (0–59).</source>
        <translation>초는 0–59 사이의 값이어야 합니다(입력한 값: %1).</translation>
    </message>
    <message>
        <source>%1 is not a millisecond (0–999).</source>
        <translation>밀리초는 0–999 사이의 값이어야 합니다(입력한 값: %1).</translation>
    </message>
    <message>
        <source>Annals keeps dates to the minute; the seconds of this %1 were dropped.</source>
        <translation>Annals는 날짜를 분 단위까지만 저장하므로 이 %1의 초 단위는 버렸습니다.</translation>
    </message>
    <message>
        <source>This date cannot be represented.</source>
        <translation>이 날짜는 나타낼 수 없습니다.</translation>
    </message>
    <message>
        <source>text must be an object with a headline and a text.</source>
        <translation>text는 headline과 text가 있는 객체여야 합니다.</translation>
    </message>
    <message>
        <source>media must be an object with a url.</source>
        <translation>media는 url이 있는 객체여야 합니다.</translation>
    </message>
    <message>
        <source>An event must be an object.</source>
        <translation>사건 항목은 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>제목 없는 사건</translation>
    </message>
    <message>
        <source>This event has no headline; it is called &quot;%1&quot;.</source>
        <translation>이 사건에는 headline이 없어 &quot;%1&quot;(이)라는 제목을 붙였습니다.</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <source>An era must be an object.</source>
        <translation>시대 항목은 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Era %1</source>
        <translation>시대 %1</translation>
    </message>
    <message>
        <source>This era has no headline; it is called &quot;%1&quot;.</source>
        <translation>이 시대에는 headline이 없어 &quot;%1&quot;(이)라는 제목을 붙였습니다.</translation>
    </message>
    <message>
        <source>%1 slide background not kept: Annals has no slide backgrounds.</source>
        <translation>슬라이드 배경 %1개는 가져오지 않았습니다. Annals에는 슬라이드 배경이 없습니다.</translation>
    </message>
    <message>
        <source>%1 slide backgrounds not kept: Annals has no slide backgrounds.</source>
        <translation>슬라이드 배경 %1개는 가져오지 않았습니다. Annals에는 슬라이드 배경이 없습니다.</translation>
    </message>
    <message>
        <source>%1 slide type not kept: Annals shows every event the same way.</source>
        <translation>슬라이드 유형 %1개는 가져오지 않았습니다. Annals는 모든 사건을 같은 방식으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 slide types not kept: Annals shows every event the same way.</source>
        <translation>슬라이드 유형 %1개는 가져오지 않았습니다. Annals는 모든 사건을 같은 방식으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 map location not kept.</source>
        <translation>지도 위치 %1개는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 map locations not kept.</source>
        <translation>지도 위치 %1개는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>The autolink setting is not kept.</source>
        <translation>autolink 설정은 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>The scale setting is not kept: Annals picks its scale from the dates.</source>
        <translation>scale 설정은 가져오지 않았습니다. Annals는 날짜에 맞춰 척도를 정합니다.</translation>
    </message>
    <message>
        <source>%1 media item not kept: only web addresses (http or https) become sources, not embedded HTML, quotes or files.</source>
        <translation>미디어 항목 %1개는 가져오지 않았습니다. 웹 주소(http 또는 https)만 출처가 되며, 삽입된 HTML, 인용문, 파일은 출처가 되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 media items not kept: only web addresses (http or https) become sources, not embedded HTML, quotes or files.</source>
        <translation>미디어 항목 %1개는 가져오지 않았습니다. 웹 주소(http 또는 https)만 출처가 되며, 삽입된 HTML, 인용문, 파일은 출처가 되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 media thumbnail not kept.</source>
        <translation>미디어 섬네일 %1개는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 media thumbnails not kept.</source>
        <translation>미디어 섬네일 %1개는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 media alt text not kept.</source>
        <translation>미디어 대체 텍스트 %1개는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 media alt texts not kept.</source>
        <translation>미디어 대체 텍스트 %1개는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 media link not kept.</source>
        <translation>미디어 링크 %1개는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 media links not kept.</source>
        <translation>미디어 링크 %1개는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 event repeats a unique_id used before (unique_ids are not kept).</source>
        <translation>사건 %1개가 앞에서 이미 쓴 unique_id를 다시 씁니다(unique_id는 가져오지 않습니다).</translation>
    </message>
    <message>
        <source>%1 events repeat a unique_id used before (unique_ids are not kept).</source>
        <translation>사건 %1개가 앞에서 이미 쓴 unique_id를 다시 씁니다(unique_id는 가져오지 않습니다).</translation>
    </message>
    <message>
        <source>%1 era display date not kept.</source>
        <translation>시대의 표시 날짜 %1개는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 era display dates not kept.</source>
        <translation>시대의 표시 날짜 %1개는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>A TimelineJS file is a JSON object with an &quot;events&quot; list; this one is not an object.</source>
        <translation>TimelineJS 파일은 &quot;events&quot; 목록이 있는 JSON 객체여야 하는데, 이 파일은 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>This is the older TimelineJS 2 format (a &quot;timeline&quot; object); Annals reads TimelineJS3 JSON, with &quot;events&quot; at the top. Open it in TimelineJS3 and save it again, or export it as a spreadsheet and import that.</source>
        <translation>이 파일은 예전 TimelineJS 2 형식(&quot;timeline&quot; 객체)입니다. Annals는 맨 위에 &quot;events&quot;가 있는 TimelineJS3 JSON을 읽습니다. TimelineJS3에서 열어 다시 저장하거나, 스프레드시트로 내보낸 다음 그 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>A TimelineJS file needs an &quot;events&quot; list.</source>
        <translation>TimelineJS 파일에는 &quot;events&quot; 목록이 있어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;eras&quot; must be a list.</source>
        <translation>&quot;eras&quot;는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>The file has %1 events; at most %2 can be imported.</source>
        <translation>파일에 사건이 %1개 있습니다. 최대 %2개까지 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>The file has %1 eras; at most %2 can be imported.</source>
        <translation>파일에 시대가 %1개 있습니다. 최대 %2개까지 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>The title slide must be an object.</source>
        <translation>제목 슬라이드는 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The file is %1 bytes; files up to %2 bytes can be imported.</source>
        <translation>파일 크기가 %1바이트입니다. %2바이트까지 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>This text is not UTF-8; save the file as UTF-8.</source>
        <translation>이 텍스트는 UTF-8이 아닙니다. 파일을 UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>올바른 JSON이 아닙니다: %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>%1 actor</source>
        <translation>행위자 %1개</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>행위자 %1개</translation>
    </message>
    <message>
        <source>%1 relation</source>
        <translation>관계 %1개</translation>
    </message>
    <message>
        <source>%1 relations</source>
        <translation>관계 %1개</translation>
    </message>
    <message>
        <source>%1 event link</source>
        <translation>사건 연결 %1개</translation>
    </message>
    <message>
        <source>%1 event links</source>
        <translation>사건 연결 %1개</translation>
    </message>
    <message>
        <source>%1 series</source>
        <translation>수치 계열 %1개</translation>
    </message>
    <message>
        <source>%1 tour</source>
        <translation>투어 %1개</translation>
    </message>
    <message>
        <source>%1 tours</source>
        <translation>투어 %1개</translation>
    </message>
    <message>
        <source>%1 is not part of TimelineJS and was left out.</source>
        <translation>%1는 TimelineJS에 없는 항목이라 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 are not part of TimelineJS and were left out.</source>
        <translation>%1는 TimelineJS에 없는 항목이라 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Events&apos; places, importance and actors are not part of TimelineJS and were left out.</source>
        <translation>사건의 장소, 중요도, 행위자는 TimelineJS에 없는 항목이라 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Era colours are not part of TimelineJS and were left out.</source>
        <translation>시대 색상은 TimelineJS에 없는 항목이라 내보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Annals::TimelineLanes</name>
    <message>
        <source>All events</source>
        <translation>모든 사건</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>분류 없음</translation>
    </message>
    <message>
        <source>No actor</source>
        <translation>행위자 없음</translation>
    </message>
</context>
<context>
    <name>Annals::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>Events in time. Wheel or + and − to zoom, drag or arrow keys to move, Tab to step through events, F6 to leave the timeline; drag an event, or Alt+Left and Alt+Right, to move it.</source>
        <translation>시간 순으로 놓인 사건들입니다. 휠이나 +, −로 확대·축소하고, 끌거나 화살표 키로 이동하며, Tab으로 사건을 차례로 고르고, F6으로 연표에서 나갑니다. 사건을 옮기려면 끌거나 Alt+←, Alt+→ 키를 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n events&lt;/b&gt;&lt;br&gt;%1 – %2&lt;br&gt;&lt;i&gt;Click to zoom in.&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;사건 %n개&lt;/b&gt;&lt;br&gt;%1 – %2&lt;br&gt;&lt;i&gt;클릭하면 확대합니다.&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag to move; drag an end to change it; Alt+←/→ moves it by one step.</source>
        <translation>끌어서 옮기고, 양 끝을 끌어서 바꿉니다. Alt+←/→로 한 단계씩 옮깁니다.</translation>
    </message>
    <message>
        <source>Drag to move; Alt+←/→ moves it by one step.</source>
        <translation>끌어서 옮깁니다. Alt+←/→로 한 단계씩 옮깁니다.</translation>
    </message>
    <message>
        <source>Cannot be moved: %1</source>
        <translation>옮길 수 없음: %1</translation>
    </message>
    <message>
        <source>Zoom to This Event</source>
        <translation>이 사건으로 확대</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>세부 정보 보기</translation>
    </message>
    <message>
        <source>Select Actor</source>
        <translation>행위자 선택</translation>
    </message>
    <message>
        <source>Set Time Cursor Here</source>
        <translation>여기에 시간 커서 놓기</translation>
    </message>
    <message>
        <source>Fit Whole Atlas</source>
        <translation>아틀라스 전체 보기</translation>
    </message>
    <message>
        <source>%1 (not after the end)</source>
        <translation>%1 (끝보다 늦출 수 없음)</translation>
    </message>
    <message>
        <source>%1 (not before the start)</source>
        <translation>%1 (시작보다 앞당길 수 없음)</translation>
    </message>
</context>
<context>
    <name>Annals::TourPanel</name>
    <message>
        <source>&amp;New Tour…</source>
        <translation>새 투어(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a new, empty tour</source>
        <translation>비어 있는 새 투어를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Rename Tour…</source>
        <translation>투어 이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Change the chosen tour&apos;s title</source>
        <translation>선택한 투어의 제목을 바꿉니다</translation>
    </message>
    <message>
        <source>&amp;Delete Tour</source>
        <translation>투어 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the chosen tour and its steps</source>
        <translation>선택한 투어와 그 단계들을 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Add Current View</source>
        <translation>현재 화면을 단계로 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add a step after the current one that shows what the views show now</source>
        <translation>지금 화면에 보이는 모습을 보여 주는 단계를 현재 단계 다음에 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Update Step from View</source>
        <translation>현재 화면으로 단계 갱신(&amp;U)</translation>
    </message>
    <message>
        <source>Make the current step show what the views show now; its caption stays</source>
        <translation>현재 단계가 지금 화면에 보이는 모습을 보여 주도록 바꿉니다. 설명문은 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>Move Step &amp;Up</source>
        <translation>단계를 위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move the current step one place earlier</source>
        <translation>현재 단계를 한 칸 앞으로 옮깁니다</translation>
    </message>
    <message>
        <source>Move Step Do&amp;wn</source>
        <translation>단계를 아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>Move the current step one place later</source>
        <translation>현재 단계를 한 칸 뒤로 옮깁니다</translation>
    </message>
    <message>
        <source>De&amp;lete Step</source>
        <translation>단계 삭제(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the current step</source>
        <translation>현재 단계를 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>단계 보기(&amp;S)</translation>
    </message>
    <message>
        <source>Move the timeline and the graph to the current step (Enter)</source>
        <translation>연표와 그래프를 현재 단계의 모습으로 옮깁니다 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Present from Here</source>
        <translation>여기부터 발표하기(&amp;P)</translation>
    </message>
    <message>
        <source>Play the tour from the current step</source>
        <translation>현재 단계부터 투어를 재생합니다</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>투어</translation>
    </message>
    <message>
        <source>The tour whose steps are listed below</source>
        <translation>아래에 단계가 나열된 투어</translation>
    </message>
    <message>
        <source>No tours yet</source>
        <translation>아직 투어가 없습니다</translation>
    </message>
    <message>
        <source>Tour actions</source>
        <translation>투어 작업</translation>
    </message>
    <message>
        <source>New, rename or delete a tour</source>
        <translation>투어를 새로 만들거나, 이름을 바꾸거나, 삭제합니다</translation>
    </message>
    <message>
        <source>Tour steps</source>
        <translation>투어 단계</translation>
    </message>
    <message>
        <source>The tour&apos;s steps in order. Drag or press Alt+Up and Alt+Down to reorder, Delete to remove, Enter or double-click to show one.</source>
        <translation>투어의 단계를 순서대로 보여 줍니다. 끌거나 Alt+↑, Alt+↓ 키를 누르면 순서가 바뀌고, Delete를 누르면 삭제되며, Enter를 누르거나 두 번 클릭하면 그 단계를 보여 줍니다.</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>설명문(&amp;C):</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>설명문</translation>
    </message>
    <message>
        <source>What to say at this step</source>
        <translation>이 단계에서 할 말</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip, shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Made the tour “%1”.</source>
        <translation>“%1” 투어를 만들었습니다.</translation>
    </message>
    <message>
        <source>Deleted the tour “%1”. Undo brings it back.</source>
        <translation>“%1” 투어를 삭제했습니다. 실행 취소하면 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>New Tour</source>
        <translation>새 투어</translation>
    </message>
    <message>
        <source>Title of the new tour:</source>
        <translation>새 투어의 제목:</translation>
    </message>
    <message>
        <source>Rename Tour</source>
        <translation>투어 이름 바꾸기</translation>
    </message>
    <message>
        <source>New title of the tour:</source>
        <translation>투어의 새 제목:</translation>
    </message>
    <message>
        <source>Delete the tour “%1” and its 1 step? Undo brings it back.</source>
        <translation>“%1” 투어와 그 단계 1개를 삭제하시겠습니까? 실행 취소하면 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete the tour “%1” and its %2 steps? Undo brings it back.</source>
        <translation>“%1” 투어와 그 단계 %2개를 삭제하시겠습니까? 실행 취소하면 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete Tour</source>
        <translation>투어 삭제</translation>
    </message>
    <message>
        <source>Added step %1.</source>
        <translation>%1단계를 추가했습니다.</translation>
    </message>
    <message>
        <source>Choose or make a tour first.</source>
        <translation>먼저 투어를 선택하거나 만드세요.</translation>
    </message>
    <message>
        <source>Choose a step first.</source>
        <translation>먼저 단계를 선택하세요.</translation>
    </message>
    <message>
        <source>The tour has no steps yet.</source>
        <translation>이 투어에는 아직 단계가 없습니다.</translation>
    </message>
    <message>
        <source>The current step&apos;s caption; stored when you leave the field or press Ctrl+Return</source>
        <translation>현재 단계의 설명문입니다. 입력란을 벗어나거나 Ctrl+Return을 누르면 저장됩니다</translation>
    </message>
</context>
<context>
    <name>Annals::Tours</name>
    <message>
        <source>%1 – %2</source>
        <comment>start, end</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event title, date</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(설명문 없음)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>number, caption</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <comment>number, year, caption</comment>
        <translation>%1. %2 — %3</translation>
    </message>
</context>
<context>
    <name>Annals::ViewAccessibility</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>선택한 사건 없음</translation>
    </message>
    <message>
        <source>%1: %2 and %3, %4</source>
        <translation>%1: %2 및 %3, %4</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>No actor or relation selected</source>
        <translation>선택한 행위자나 관계 없음</translation>
    </message>
</context>
<context>
    <name>Annals::ViewExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The atlas holds no events and no actors: there is nothing to export.</source>
        <translation>아틀라스에 사건도 행위자도 없어 내보낼 것이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: give a file name ending in .png, .svg or .pdf.</source>
        <translation>%1의 형식을 알 수 없습니다. .png, .svg, .pdf로 끝나는 파일 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>A tour makes pages: export it to a .pdf file.</source>
        <translation>투어는 여러 쪽짜리 문서가 되므로 .pdf 파일로 내보내세요.</translation>
    </message>
    <message>
        <source>The atlas has no tour with steps to make pages of.</source>
        <translation>아틀라스에 단계가 있는 투어가 없어 쪽을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Untitled atlas</source>
        <translation>제목 없는 아틀라스</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A picture of %1 x %2 pixels is too large.</source>
        <translation>%1 x %2 픽셀 크기의 그림은 너무 큽니다.</translation>
    </message>
    <message>
        <source>Exported from Annals</source>
        <translation>Annals에서 내보냄</translation>
    </message>
    <message>
        <source>the SVG writer did not start</source>
        <translation>SVG 작성기를 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>%1 — stop %2 of %3. %4</source>
        <translation>%1 — 전체 %3단계 중 %2단계. %4</translation>
    </message>
    <message>
        <source>the PDF writer did not start</source>
        <translation>PDF 작성기를 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>The printer did not start.</source>
        <translation>프린터를 시작하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>Annals::WelcomePage</name>
    <message>
        <source>Welcome to Annals</source>
        <translation>Annals에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Annals shows events on a zoomable timeline beside a graph of who stood with whom at each date.
Students explore an atlas and add events; teachers prepare atlases and present them to a class.</source>
        <translation>Annals는 사건을 연표에, 날짜마다 누가 누구와 함께했는지를 그래프에 보여 줍니다.
학생은 아틀라스를 살펴보고 사건을 더하며, 교사는 아틀라스를 준비해 수업에서 발표합니다.</translation>
    </message>
    <message>
        <source>Continue with “%1”</source>
        <translation>“%1” 이어서 보기</translation>
    </message>
    <message>
        <source>Reopen the atlas you used last, “%1”: %2</source>
        <translation>마지막으로 사용한 아틀라스 “%1”을(를) 다시 엽니다: %2</translation>
    </message>
    <message>
        <source>Explore the &amp;Sample Atlas</source>
        <translation>예제 아틀라스 살펴보기(&amp;S)</translation>
    </message>
    <message>
        <source>“Korea and the great powers, 1945–2025”: your own copy, to look through and change.</source>
        <translation>“한국과 강대국, 1945–2025”: 마음껏 살펴보고 고칠 수 있는 나만의 사본입니다.</translation>
    </message>
    <message>
        <source>Explore the Sample Atlas</source>
        <translation>예제 아틀라스 살펴보기</translation>
    </message>
    <message>
        <source>Open your copy of the sample atlas; changes to it never touch the original</source>
        <translation>예제 아틀라스의 사본을 엽니다. 사본을 고쳐도 원본은 바뀌지 않습니다</translation>
    </message>
    <message>
        <source>&amp;New Empty Atlas…</source>
        <translation>빈 아틀라스 새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an atlas of your own, then add its events, actors and relations.</source>
        <translation>나만의 아틀라스를 시작하고 사건, 행위자, 관계를 더합니다.</translation>
    </message>
    <message>
        <source>New Empty Atlas</source>
        <translation>빈 아틀라스 새로 만들기</translation>
    </message>
    <message>
        <source>Choose where to save a new, empty atlas (also File ▸ New)</source>
        <translation>새 빈 아틀라스를 저장할 곳을 고릅니다(파일 ▸ 새로 만들기에서도 할 수 있습니다)</translation>
    </message>
    <message>
        <source>&amp;Open an Atlas File…</source>
        <translation>아틀라스 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>An .annals file from your teacher, a classmate or your own work.</source>
        <translation>선생님이나 친구에게서 받았거나 직접 만든 .annals 파일입니다.</translation>
    </message>
    <message>
        <source>Open an Atlas File</source>
        <translation>아틀라스 파일 열기</translation>
    </message>
    <message>
        <source>Choose an atlas file to open (also File ▸ Open)</source>
        <translation>열 아틀라스 파일을 고릅니다(파일 ▸ 열기에서도 할 수 있습니다)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this page at start</source>
        <translation>시작할 때 이 화면 보이지 않기(&amp;D)</translation>
    </message>
    <message>
        <source>Don&apos;t show this page at start</source>
        <translation>시작할 때 이 화면 보이지 않기</translation>
    </message>
    <message>
        <source>When ticked, Annals starts with the atlas you used last. This page still appears whenever no atlas is open.</source>
        <translation>선택하면 Annals가 마지막으로 사용한 아틀라스로 시작합니다. 열린 아틀라스가 없을 때는 이 화면이 계속 나타납니다.</translation>
    </message>
    <message>
        <source>&amp;Continue with “%1”</source>
        <translation>“%1” 이어서 보기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try annals --help.</source>
        <translation>annals --help를 실행해 보세요.</translation>
    </message>
    <message>
        <source>This request needs a window.</source>
        <translation>이 요청에는 창이 필요합니다.</translation>
    </message>
    <message>
        <source>--filter-actor: the atlas has no actor called &quot;%1&quot;.</source>
        <translation>--filter-actor: 아틀라스에 이름이 &quot;%1&quot;인 행위자가 없습니다.</translation>
    </message>
    <message>
        <source>--present: the atlas&apos;s first tour has no step %1.</source>
        <translation>--present: 아틀라스의 첫 번째 투어에 %1단계가 없습니다.</translation>
    </message>
</context>
</TS>
