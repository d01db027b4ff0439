<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommentAnchor</name>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="19"/>
        <source>Takeaway</source>
        <translation>Kernaussage</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="20"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="21"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="22"/>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="23"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="65"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="66"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="93"/>
        <source>%1 (no longer in the guide)</source>
        <translation>%1 (nicht mehr im Leitfaden)</translation>
    </message>
</context>
<context>
    <name>GuideDocument</name>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="215"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="217"/>
        <source>key takeaways</source>
        <translation>Kernaussagen</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="219"/>
        <source>sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="221"/>
        <source>timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="223"/>
        <source>related topics</source>
        <translation>Verwandte Themen</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="225"/>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="227"/>
        <source>related guides</source>
        <translation>Verwandte Leitfäden</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="229"/>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="261"/>
        <source>takeaway</source>
        <translation>Kernaussage</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="263"/>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="265"/>
        <source>timeline entry</source>
        <translation>Zeitleisteneintrag</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="267"/>
        <source>FAQ entry</source>
        <translation>FAQ-Eintrag</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="269"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="8"/>
        <source>Almanac Studio</source>
        <translation>Almanac Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="12"/>
        <source>Choose a guide in the list, or make a new one with File ▸ New Guide.</source>
        <translation>Wählen Sie einen Leitfaden in der Liste oder erstellen Sie mit Datei ▸ Neuer Leitfaden einen neuen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="17"/>
        <source>Open guides</source>
        <translation>Geöffnete Leitfäden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="24"/>
        <location filename="../ui/mainwindow.ui" line="42"/>
        <source>Guides</source>
        <translation>Leitfäden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="35"/>
        <source>Search guides…</source>
        <translation>Leitfäden durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="37"/>
        <source>Search guides</source>
        <translation>Leitfäden durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="56"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="59"/>
        <source>Lint findings</source>
        <translation>Lint-Befunde</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="62"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="63"/>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="64"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="80"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="84"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="87"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="93"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="102"/>
        <source>&amp;New Guide</source>
        <translation>&amp;Neuer Leitfaden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="103"/>
        <source>&amp;Close Guide</source>
        <translation>Leitfaden &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="104"/>
        <source>New &amp;Workspace…</source>
        <translation>Neuer &amp;Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="105"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="106"/>
        <source>Open &amp;Team Workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="108"/>
        <source>&amp;Find Guide</source>
        <translation>Leitfaden &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="109"/>
        <source>&amp;Refresh List</source>
        <translation>Liste &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="110"/>
        <source>&amp;About Almanac Studio</source>
        <translation>&amp;Über Almanac Studio</translation>
    </message>
</context>
<context>
    <name>OverviewForm</name>
    <message>
        <location filename="../ui/overviewform.ui" line="9"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="10"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="11"/>
        <source>Slu&amp;g</source>
        <translation>Slu&amp;g</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="14"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="14"/>
        <source>lowercase-words-and-hyphens</source>
        <translation>kleinbuchstaben-und-bindestriche</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="15"/>
        <source>Slug status</source>
        <translation>Slug-Status</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="18"/>
        <source>Su&amp;bject</source>
        <translation>&amp;Fachgebiet</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="21"/>
        <source>Subject</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="22"/>
        <location filename="../ui/overviewform.ui" line="23"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="26"/>
        <source>Ki&amp;nd</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="29"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="30"/>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="31"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="32"/>
        <source>St&amp;atus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="36"/>
        <source>To&amp;pics</source>
        <translation>Th&amp;emen</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="37"/>
        <source>Related topics</source>
        <translation>Verwandte Themen</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="38"/>
        <source>Related g&amp;uides</source>
        <translation>Ve&amp;rwandte Leitfäden</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="39"/>
        <source>Related guides</source>
        <translation>Verwandte Leitfäden</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="42"/>
        <source>TL;&amp;DR</source>
        <translation>T&amp;L;DR</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="43"/>
        <source>TL;DR</source>
        <translation>TL;DR</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../src/app/settings/interfacelanguage.cpp" line="11"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="13"/>
        <source>TL;DR</source>
        <translation>TL;DR</translation>
    </message>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="22"/>
        <location filename="../src/app/document/undocommands.cpp" line="148"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="78"/>
        <source>Change timeline date</source>
        <translation>Datum in Zeitleiste ändern</translation>
    </message>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="100"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="116"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="132"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>almanac::CommentDialog</name>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="30"/>
        <source>Comment on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="34"/>
        <source>Comment on</source>
        <translation>Kommentar zu</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="37"/>
        <source>&amp;On:</source>
        <translation>&amp;Bezug:</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="39"/>
        <source>On the selected words</source>
        <translation>Zu den markierten Wörtern</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="47"/>
        <source>What should the editor look at? (Ctrl+Return adds the comment)</source>
        <translation>Worauf soll die Redaktion achten? (Strg+Eingabe fügt den Kommentar hinzu)</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="60"/>
        <source>Answering:</source>
        <translation>Antwort auf:</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="61"/>
        <source>Your answer (Ctrl+Return sends it)</source>
        <translation>Ihre Antwort (Strg+Eingabe sendet sie)</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="62"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="67"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="71"/>
        <source>Add Comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="82"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="94"/>
        <source>On the selected &amp;words: “%1”</source>
        <translation>Zu den markierten &amp;Wörtern: „%1“</translation>
    </message>
</context>
<context>
    <name>almanac::CommentMargin</name>
    <message>
        <location filename="../src/app/editor/commentmargin.cpp" line="35"/>
        <source>Comments in the margin</source>
        <translation>Kommentare am Rand</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/editor/commentmargin.cpp" line="44"/>
        <source>%n comment(s) on this text</source>
        <translation>
            <numerusform>%n Kommentar zu diesem Text</numerusform>
            <numerusform>%n Kommentare zu diesem Text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>almanac::CommentMarks</name>
    <message>
        <location filename="../src/app/history/commentmarks.cpp" line="43"/>
        <source>On “%1” (v%2)</source>
        <translation>Zu „%1“ (v%2)</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentmarks.cpp" line="47"/>
        <source>On “%1” (v%2), since changed</source>
        <translation>Zu „%1“ (v%2), inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentmarks.cpp" line="52"/>
        <source>On “%1” (v%2): those words are gone from the text</source>
        <translation>Zu „%1“ (v%2): Diese Wörter stehen nicht mehr im Text</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentmarks.cpp" line="58"/>
        <source>On all of this text (v%1)</source>
        <translation>Zum gesamten Text (v%1)</translation>
    </message>
</context>
<context>
    <name>almanac::CommentsPane</name>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="52"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="52"/>
        <source>On</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="52"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="52"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="53"/>
        <location filename="../src/app/history/commentspane.cpp" line="341"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="59"/>
        <source>Comments in threads. Double-click or Enter goes to the place in the draft.</source>
        <translation>Kommentare in Threads. Doppelklick oder Eingabe springt zur Stelle im Entwurf.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="65"/>
        <source>Add Commen&amp;t…</source>
        <translation>Kommen&amp;tar hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="66"/>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="67"/>
        <source>Reso&amp;lve</source>
        <translation>Er&amp;ledigen</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="178"/>
        <source> — no longer in the draft</source>
        <translation> — nicht mehr im Entwurf</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="180"/>
        <source> — words changed since v%1</source>
        <translation> — Wörter seit v%1 geändert</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="182"/>
        <source> — words gone from the draft</source>
        <translation> — Wörter nicht mehr im Entwurf</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="191"/>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="194"/>
        <source>Resolved by %1.</source>
        <translation>Erledigt von %1.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="211"/>
        <source>On v%1: %2

%3</source>
        <translation>Zu v%1: %2

%3</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="212"/>
        <source>

(The draft no longer has this part.)</source>
        <translation>

(Dieser Teil ist nicht mehr im Entwurf.)</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="213"/>
        <source>

Double-click to go to it.</source>
        <translation>

Doppelklick springt dorthin.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="254"/>
        <source>Answer the chosen comment, in its thread.</source>
        <translation>Den gewählten Kommentar in seinem Thread beantworten.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="255"/>
        <source>Mark the chosen thread resolved.</source>
        <translation>Den gewählten Thread als erledigt markieren.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="275"/>
        <source>v%1 of this guide cannot be read.</source>
        <translation>v%1 dieses Leitfadens kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="295"/>
        <source>The selected words are not in v%1 as the draft has them: this comment will be on the whole item.</source>
        <translation>Die markierten Wörter stehen nicht so in v%1 wie im Entwurf: Dieser Kommentar gilt für das ganze Element.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="316"/>
        <source>Reply on v%1</source>
        <translation>Antwort zu v%1</translation>
    </message>
</context>
<context>
    <name>almanac::ConflictBar</name>
    <message>
        <location filename="../src/app/conflicts/conflictbar.cpp" line="14"/>
        <source>Resolve in &amp;Merge View…</source>
        <translation>In der &amp;Zusammenführungsansicht lösen…</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/conflictbar.cpp" line="25"/>
        <source>Compare your edits with the other side, conflict by conflict, and decide</source>
        <translation>Ihre Änderungen Konflikt für Konflikt mit der anderen Seite vergleichen und entscheiden</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/conflictbar.cpp" line="33"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/conflictbar.cpp" line="44"/>
        <source>Another program deleted this guide. Your text is still here and was not saved; use File ▸ Export or copy what you need before closing it.</source>
        <translation>Ein anderes Programm hat diesen Leitfaden gelöscht. Ihr Text ist noch da, wurde aber nicht gespeichert; verwenden Sie Datei ▸ Exportieren oder kopieren Sie, was Sie brauchen, bevor Sie ihn schließen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/conflicts/conflictbar.cpp" line="53"/>
        <source>%n conflict(s) with the imported file</source>
        <translation>
            <numerusform>%n Konflikt mit der importierten Datei</numerusform>
            <numerusform>%n Konflikte mit der importierten Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/conflicts/conflictbar.cpp" line="55"/>
        <source>%n conflict(s) with changes saved at %1</source>
        <translation>
            <numerusform>%n Konflikt mit den um %1 gespeicherten Änderungen</numerusform>
            <numerusform>%n Konflikte mit den um %1 gespeicherten Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/conflicts/conflictbar.cpp" line="56"/>
        <source>%n conflict(s) with changes saved at %1 by %2</source>
        <translation>
            <numerusform>%n Konflikt mit den um %1 von %2 gespeicherten Änderungen</numerusform>
            <numerusform>%n Konflikte mit den um %1 von %2 gespeicherten Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/conflictbar.cpp" line="59"/>
        <source>your edits are kept in the workspace and nothing of either side is overwritten until you decide.</source>
        <translation>Ihre Änderungen bleiben im Arbeitsbereich erhalten, und auf keiner Seite wird etwas überschrieben, bis Sie entscheiden.</translation>
    </message>
</context>
<context>
    <name>almanac::DiffView</name>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="63"/>
        <source>Changes between two versions</source>
        <translation>Änderungen zwischen zwei Versionen</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="64"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="65"/>
        <source>Inline</source>
        <translation>Im Text</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="66"/>
        <source>Rendered page</source>
        <translation>Gerenderte Seite</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="67"/>
        <source>Comparison mode</source>
        <translation>Vergleichsmodus</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="68"/>
        <source>All parts</source>
        <translation>Alle Teile</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="71"/>
        <source>Show changes in</source>
        <translation>Änderungen zeigen in</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="72"/>
        <location filename="../src/app/history/diffview.cpp" line="74"/>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="75"/>
        <location filename="../src/app/history/diffview.cpp" line="77"/>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="80"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="133"/>
        <source>%1 on v%2</source>
        <translation>%1 zu v%2</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="135"/>
        <source>, on “&lt;i&gt;%1&lt;/i&gt;”</source>
        <translation>, zu „&lt;i&gt;%1&lt;/i&gt;“</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="173"/>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="175"/>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="177"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="179"/>
        <source>%1 moved</source>
        <translation>%1 verschoben</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="183"/>
        <source>Nothing compared yet</source>
        <translation>Noch nichts verglichen</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="184"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="185"/>
        <source>%1: no changes</source>
        <translation>%1: keine Änderungen</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="224"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="238"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="241"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="244"/>
        <source>moved from %1 to %2</source>
        <translation>von %1 nach %2 verschoben</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="245"/>
        <source>changed, moved from %1 to %2</source>
        <translation>geändert, von %1 nach %2 verschoben</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="246"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="270"/>
        <source>(reordered)</source>
        <translation>(umsortiert)</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="278"/>
        <source>Choose a version in History to compare it with the draft, or Ctrl+click a second one to compare the two.</source>
        <translation>Wählen Sie im Verlauf eine Version, um sie mit dem Entwurf zu vergleichen, oder klicken Sie mit Strg auf eine zweite, um beide zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="281"/>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="295"/>
        <source>Changes on the page</source>
        <translation>Änderungen auf der Seite</translation>
    </message>
</context>
<context>
    <name>almanac::DraftSync</name>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="62"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="64"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="66"/>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="68"/>
        <source>Not saved yet, kept on this computer: %1</source>
        <translation>Noch nicht gespeichert, auf diesem Computer aufbewahrt: %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="69"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/document/draftsync.cpp" line="71"/>
        <source>Not saved: %n conflict(s) to resolve (your edits are kept)</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Konflikt zu lösen (Ihre Änderungen bleiben erhalten)</numerusform>
            <numerusform>Nicht gespeichert: %n Konflikte zu lösen (Ihre Änderungen bleiben erhalten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="74"/>
        <source>Not saved: another program deleted this guide</source>
        <translation>Nicht gespeichert: Ein anderes Programm hat diesen Leitfaden gelöscht</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="148"/>
        <source>Merge changes saved by another program</source>
        <translation>Von einem anderen Programm gespeicherte Änderungen zusammenführen</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="199"/>
        <source>other programs kept saving this guide</source>
        <translation>andere Programme haben diesen Leitfaden fortlaufend gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="213"/>
        <source>another program deleted this guide</source>
        <translation>ein anderes Programm hat diesen Leitfaden gelöscht</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="234"/>
        <source>Merge changes saved at %1</source>
        <translation>Um %1 gespeicherte Änderungen zusammenführen</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="235"/>
        <source>Merge changes saved at %1 by %2</source>
        <translation>Um %1 von %2 gespeicherte Änderungen zusammenführen</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="298"/>
        <source>Resolve conflicts</source>
        <translation>Konflikte lösen</translation>
    </message>
</context>
<context>
    <name>almanac::EmptyListNote</name>
    <message>
        <location filename="../src/app/window/emptylistnote.cpp" line="36"/>
        <source>No guide matches “%1”. Try fewer or other words, or clear the search.</source>
        <translation>Kein Leitfaden passt zu „%1“. Versuchen Sie weniger oder andere Wörter oder leeren Sie die Suche.</translation>
    </message>
    <message>
        <location filename="../src/app/window/emptylistnote.cpp" line="38"/>
        <source>Nothing awaits your review. Versions you made yourself are reviewed by someone else.</source>
        <translation>Nichts wartet auf Ihre Prüfung. Ihre eigenen Versionen werden von jemand anderem geprüft.</translation>
    </message>
    <message>
        <location filename="../src/app/window/emptylistnote.cpp" line="40"/>
        <source>No guide is at this stage. Choose “All guides” above to see them all.</source>
        <translation>Kein Leitfaden ist in dieser Phase. Wählen Sie oben „Alle Leitfäden“, um alle zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/app/window/emptylistnote.cpp" line="42"/>
        <source>No guides yet. Make one with File ▸ New Guide (Ctrl+N), or bring some in with File ▸ Import… (Ctrl+I).</source>
        <translation>Noch keine Leitfäden. Erstellen Sie einen mit Datei ▸ Neuer Leitfaden (Strg+N) oder holen Sie welche mit Datei ▸ Importieren… (Strg+I).</translation>
    </message>
</context>
<context>
    <name>almanac::GuideEditor</name>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="66"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="66"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="79"/>
        <source>Ta&amp;keaways</source>
        <translation>&amp;Kernaussagen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="80"/>
        <source>&amp;Sections</source>
        <translation>Abs&amp;chnitte</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="81"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="82"/>
        <source>Text (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="83"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="84"/>
        <source>Description (Markdown)</source>
        <translation>Beschreibung (Markdown)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="89"/>
        <source>Timeline drawing</source>
        <translation>Zeitleistengrafik</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="95"/>
        <source>FA&amp;Q</source>
        <translation>FA&amp;Q</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="95"/>
        <source>Answer (Markdown)</source>
        <translation>Antwort (Markdown)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="97"/>
        <source>Sour&amp;ces</source>
        <translation>Q&amp;uellen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="97"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="115"/>
        <source>Bibliographic record</source>
        <translation>Bibliografische Angaben</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="121"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="121"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="127"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="131"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="135"/>
        <source>Guide File</source>
        <translation>Leitfadendatei</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="226"/>
        <source>Recover edits kept after a conflict</source>
        <translation>Nach einem Konflikt aufbewahrte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="229"/>
        <source>Merge changes saved while your edits were kept</source>
        <translation>Änderungen zusammenführen, die gespeichert wurden, während Ihre Änderungen aufbewahrt waren</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="237"/>
        <source>The imported file</source>
        <translation>Die importierte Datei</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="238"/>
        <source>Theirs (saved by another program)</source>
        <translation>Andere Seite (von einem anderen Programm gespeichert)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="239"/>
        <source>Theirs (saved by %1)</source>
        <translation>Andere Seite (von %1 gespeichert)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="362"/>
        <source>not a valid slug</source>
        <translation>kein gültiger Slug</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="364"/>
        <source>another guide has this slug</source>
        <translation>ein anderer Leitfaden hat diesen Slug</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="365"/>
        <source>✓ available</source>
        <translation>✓ verfügbar</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditorcomments.cpp" line="58"/>
        <source>Reply to Comment</source>
        <translation>Auf Kommentar antworten</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditorcomments.cpp" line="59"/>
        <source>Put the cursor in the words of a comment, or choose one in History.</source>
        <translation>Setzen Sie den Cursor in die Wörter eines Kommentars oder wählen Sie einen im Verlauf.</translation>
    </message>
</context>
<context>
    <name>almanac::GuideListActions</name>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="23"/>
        <location filename="../src/app/window/guidelistactions.cpp" line="109"/>
        <source>&amp;Delete Guide</source>
        <translation>&amp;Leitfaden löschen</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="24"/>
        <location filename="../src/app/window/guidelistactions.cpp" line="166"/>
        <source>Res&amp;tore Deleted Guide</source>
        <translation>Gelösc&amp;hten Leitfaden wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="29"/>
        <source>Move the guide to the trash (Edit ▸ Restore Deleted Guide puts it back)</source>
        <translation>Den Leitfaden in den Papierkorb verschieben (Bearbeiten ▸ Gelöschten Leitfaden wiederherstellen holt ihn zurück)</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="57"/>
        <source>Show &amp;Subject Column</source>
        <translation>Spalte &amp;Fachgebiet anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="58"/>
        <source>Show &amp;Updated Column</source>
        <translation>Spalte &amp;Geändert anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="108"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="135"/>
        <source>Delete Guide</source>
        <translation>Leitfaden löschen</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="142"/>
        <source>Res&amp;tore Deleted Guide “%1”</source>
        <translation>Gelöschten Leitfaden „%1“ wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="144"/>
        <source>Deleted “%1”. Edit ▸ Restore Deleted Guide (%2) puts it back.</source>
        <translation>„%1“ gelöscht. Bearbeiten ▸ Gelöschten Leitfaden wiederherstellen (%2) holt ihn zurück.</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="161"/>
        <source>Restore Deleted Guide</source>
        <translation>Gelöschten Leitfaden wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="167"/>
        <source>Restored “%1”.</source>
        <translation>„%1“ wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>almanac::GuideListModel</name>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="95"/>
        <source>Draft only</source>
        <translation>Nur Entwurf</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="97"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="99"/>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="101"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="103"/>
        <source>Live</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="105"/>
        <source>Live, newer draft</source>
        <translation>Veröffentlicht, neuerer Entwurf</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="115"/>
        <source>draft (v%1 not submitted)</source>
        <translation>Entwurf (v%1 nicht eingereicht)</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="115"/>
        <source>draft only</source>
        <translation>nur Entwurf</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="118"/>
        <source>in review (v%1)</source>
        <translation>in Prüfung (v%1)</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="121"/>
        <source>changes requested (v%1)</source>
        <translation>Änderungen angefordert (v%1)</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="124"/>
        <source>approved (v%1)</source>
        <translation>freigegeben (v%1)</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="127"/>
        <source>live v%1, archived</source>
        <translation>v%1 veröffentlicht, archiviert</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="127"/>
        <source>live v%1</source>
        <translation>v%1 veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="129"/>
        <source>live v%1, newer draft</source>
        <translation>v%1 veröffentlicht, neuerer Entwurf</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="134"/>
        <source>%1, live v%2</source>
        <translation>%1, v%2 veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="135"/>
        <source>%1, archived</source>
        <translation>%1, archiviert</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="245"/>
        <source>%1 asked for changes: %2</source>
        <translation>%1 hat Änderungen angefordert: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="257"/>
        <source>%1
%2
Open by %3</source>
        <translation>%1
%2
Geöffnet von %3</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="285"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="287"/>
        <source>Subject</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="289"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="291"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>almanac::HistoryPanel</name>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="38"/>
        <source>Findings of the chosen version</source>
        <translation>Befunde der gewählten Version</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="40"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="42"/>
        <source>Choose a version to compare it with the draft; Ctrl+click a second one to compare the two.</source>
        <translation>Wählen Sie eine Version, um sie mit dem Entwurf zu vergleichen; Strg+Klick auf eine zweite vergleicht die beiden.</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="54"/>
        <source>Make Versio&amp;n…</source>
        <translation>Versio&amp;n erstellen…</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="55"/>
        <source>Su&amp;bmit for Review</source>
        <translation>Zur Prüfung &amp;einreichen</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="56"/>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="57"/>
        <source>Request Chan&amp;ges…</source>
        <translation>Änderun&amp;gen anfordern…</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="58"/>
        <source>&amp;Publish</source>
        <translation>Ve&amp;röffentlichen</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="59"/>
        <source>Restore into &amp;Draft</source>
        <translation>Als Ent&amp;wurf wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="72"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="82"/>
        <source>Make Version</source>
        <translation>Version erstellen</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="82"/>
        <source>What is this version?</source>
        <translation>Was umfasst diese Version?</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="97"/>
        <source>Request Changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="97"/>
        <source>What should change?</source>
        <translation>Was soll geändert werden?</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="114"/>
        <source>v%1 has lint errors and cannot be published:
%2</source>
        <translation>v%1 enthält Fehler und kann nicht veröffentlicht werden:
%2</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="117"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="118"/>
        <source>v%1 has warnings:
%2

Publish it anyway?</source>
        <translation>v%1 enthält Warnungen:
%2

Trotzdem veröffentlichen?</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="163"/>
        <source>%1: there is no version to do this to; make one first.</source>
        <translation>%1: Es gibt keine Version, auf die sich das anwenden lässt; erstellen Sie zuerst eine.</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="165"/>
        <source>%1 cannot be done to %2.</source>
        <translation>%1 ist für %2 nicht möglich.</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="188"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="199"/>
        <source>Draft — the text being edited</source>
        <translation>Entwurf – der bearbeitete Text</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="211"/>
        <source>changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="213"/>
        <source> · live</source>
        <translation> · live</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="218"/>
        <source>
    %1 asked: %2</source>
        <translation>
    Anfrage von %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="236"/>
        <source>There is no version to comment on yet: make one first.</source>
        <translation>Es gibt noch keine Version zum Kommentieren: Erstellen Sie zuerst eine.</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="258"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="293"/>
        <source>Lint of v%1: no problems.</source>
        <translation>Lint für v%1: keine Probleme.</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="294"/>
        <source>Lint of v%1: %2 error(s), %3 warning(s)%4</source>
        <translation>Lint für v%1: %2 Fehler, %3 Warnung(en)%4</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="298"/>
        <source> — errors block submitting and publishing</source>
        <translation> – Fehler verhindern Einreichen und Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="405"/>
        <source>Restore v%1</source>
        <translation>v%1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>almanac::LanguageBox</name>
    <message>
        <location filename="../src/app/widgets/languagebox.cpp" line="33"/>
        <location filename="../src/app/widgets/languagebox.cpp" line="48"/>
        <source>English (default)</source>
        <translation>Englisch (Standard)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/languagebox.cpp" line="36"/>
        <source>a language tag, e.g. pt-BR</source>
        <translation>eine Sprachkennung, z. B. pt-BR</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/languagebox.cpp" line="38"/>
        <source>Language of the guide</source>
        <translation>Sprache des Leitfadens</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/languagebox.cpp" line="39"/>
        <source>The language the guide is written in: it sets the page&apos;s language and direction, and the spelling dictionary. Choose one, or type a BCP 47 tag.</source>
        <translation>Die Sprache, in der der Leitfaden geschrieben ist: Sie bestimmt Sprache und Schreibrichtung der Seite sowie das Rechtschreibwörterbuch. Wählen Sie eine aus oder geben Sie eine BCP-47-Kennung ein.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/languagebox.cpp" line="85"/>
        <source>“%1” is not a language tag. Use a language such as de, ar or he, then an optional script and region, as in sr-Latn or pt-BR.</source>
        <translation>„%1“ ist keine Sprachkennung. Verwenden Sie eine Sprache wie de, ar oder he, optional gefolgt von Schrift und Region, etwa sr-Latn oder pt-BR.</translation>
    </message>
</context>
<context>
    <name>almanac::MainWindow</name>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="129"/>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="154"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="155"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="163"/>
        <source>&amp;Paste Guide</source>
        <translation>Leit&amp;faden einfügen</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="165"/>
        <source>Make a new guide from the text of a published guide page on the clipboard</source>
        <translation>Neuen Leitfaden aus dem Text einer veröffentlichten Leitfadenseite in der Zwischenablage erstellen</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="166"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="169"/>
        <source>&amp;Export Bundle…</source>
        <translation>Paket e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="179"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="187"/>
        <source>&amp;Guides</source>
        <translation>&amp;Leitfäden</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="189"/>
        <location filename="../src/app/window/mainwindow.cpp" line="466"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="221"/>
        <source>About Almanac Studio</source>
        <translation>Über Almanac Studio</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="222"/>
        <source>&lt;h3&gt;Almanac Studio %1&lt;/h3&gt;&lt;p&gt;An editorial workstation for structured guides: draft, review and publish.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Almanac Studio %1&lt;/h3&gt;&lt;p&gt;Ein redaktioneller Arbeitsplatz für strukturierte Leitfäden: entwerfen, prüfen und veröffentlichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="253"/>
        <source>%1 stayed open: a guide could not be saved</source>
        <translation>%1 blieb geöffnet: Ein Leitfaden konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="277"/>
        <source>%1 — Almanac Studio</source>
        <translation>%1 — Almanac Studio</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="412"/>
        <source>Untitled guide</source>
        <translation>Unbenannter Leitfaden</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="418"/>
        <source>New Guide</source>
        <translation>Neuer Leitfaden</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="464"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="465"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="481"/>
        <location filename="../src/app/window/mainwindow.cpp" line="488"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="482"/>
        <location filename="../src/app/window/mainwindow.cpp" line="494"/>
        <source>Almanac workspaces (*.almanac);;All files (*)</source>
        <translation>Almanac-Arbeitsbereiche (*.almanac);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="493"/>
        <location filename="../src/app/window/mainwindow.cpp" line="497"/>
        <location filename="../src/app/window/mainwindow.cpp" line="558"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="506"/>
        <location filename="../src/app/window/mainwindow.cpp" line="521"/>
        <source>Open Team Workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="507"/>
        <source>The PostgreSQL server&apos;s connection string, e.g. postgresql://ana@db.example.org/newsroom or service=newsroom.
The password comes from ~/.pgpass or PGPASSWORD, never from here.</source>
        <translation>Die Verbindungszeichenfolge des PostgreSQL-Servers, z. B. postgresql://ana@db.example.org/newsroom oder service=newsroom.
Das Passwort stammt aus ~/.pgpass oder PGPASSWORD, niemals von hier.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="515"/>
        <source>“%1” is not a PostgreSQL connection string (postgresql://…, service=…, or host=… dbname=…); a workspace file opens with Open Workspace.</source>
        <translation>„%1“ ist keine PostgreSQL-Verbindungszeichenfolge (postgresql://…, service=… oder host=… dbname=…); eine Arbeitsbereichsdatei öffnen Sie mit „Arbeitsbereich öffnen“.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="531"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="567"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/mainwindow.cpp" line="572"/>
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n Leitfaden</numerusform>
            <numerusform>%n Leitfäden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/mainwindow.cpp" line="573"/>
        <source>%n match(es) for “%1”</source>
        <translation>
            <numerusform>%n Treffer für „%1“</numerusform>
            <numerusform>%n Treffer für „%1“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="29"/>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="46"/>
        <source>Close Guide</source>
        <translation>Leitfaden schließen</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="30"/>
        <source>“%1” has conflicts that are not resolved yet.</source>
        <translation>„%1“ hat noch ungelöste Konflikte.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="33"/>
        <source>Your edits are kept in the workspace and come back, with the conflicts, when you open the guide again.</source>
        <translation>Ihre Änderungen bleiben im Arbeitsbereich erhalten und erscheinen samt den Konflikten wieder, wenn Sie den Leitfaden erneut öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="35"/>
        <source>Resolve Now…</source>
        <translation>Jetzt lösen…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="36"/>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="56"/>
        <source>Close and Keep Edits</source>
        <translation>Schließen und Änderungen behalten</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="47"/>
        <source>“%1” could not be saved.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="53"/>
        <source>%1

Your edits are kept on this computer and saved when the server is back, or when you next open this workspace.</source>
        <translation>%1

Ihre Änderungen bleiben auf diesem Computer erhalten und werden gespeichert, sobald der Server wieder erreichbar ist oder wenn Sie diesen Arbeitsbereich das nächste Mal öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="58"/>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="59"/>
        <source>Save a Copy As…</source>
        <translation>Kopie speichern unter…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="60"/>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="78"/>
        <source>Discard Edits</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="70"/>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="70"/>
        <source>Guide files (*.json)</source>
        <translation>Leitfadendateien (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="79"/>
        <source>Throw away the edits to “%1” that are not saved?</source>
        <translation>Die nicht gespeicherten Änderungen an „%1“ verwerfen?</translation>
    </message>
</context>
<context>
    <name>almanac::MarkdownEdit</name>
    <message>
        <location filename="../src/app/editor/markdownedit.cpp" line="78"/>
        <source>Markdown text</source>
        <translation>Markdown-Text</translation>
    </message>
    <message>
        <location filename="../src/app/editor/markdownedit.cpp" line="103"/>
        <source>Citation keys</source>
        <translation>Zitierschlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/editor/markdownedit.cpp" line="394"/>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../src/app/editor/markdownedit.cpp" line="398"/>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>almanac::MergeDialog</name>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="47"/>
        <source>Resolve Conflicts</source>
        <translation>Konflikte lösen</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="49"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="54"/>
        <source>Before either change:</source>
        <translation>Vor beiden Änderungen:</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="55"/>
        <source>Before either change</source>
        <translation>Vor beiden Änderungen</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="57"/>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="67"/>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="59"/>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="80"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="60"/>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="61"/>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Deren behalten</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="62"/>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="143"/>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="63"/>
        <source>Use &amp;Edited Text</source>
        <translation>Bearbeiteten &amp;Text verwenden</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="64"/>
        <source>Take the text as edited in Result</source>
        <translation>Den in „Ergebnis“ bearbeiteten Text übernehmen</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="89"/>
        <source>Keep All Mi&amp;ne</source>
        <translation>Alle mei&amp;ne behalten</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="90"/>
        <source>Keep All T&amp;heirs</source>
        <translation>Alle de&amp;ren behalten</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="91"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="118"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="118"/>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="134"/>
        <source>(you deleted it)</source>
        <translation>(von Ihnen gelöscht)</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="136"/>
        <source>(they deleted it)</source>
        <translation>(von der anderen Seite gelöscht)</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="143"/>
        <source>Keep the &amp;Item</source>
        <translation>&amp;Eintrag behalten</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="198"/>
        <source>Put the result into the guide (one step in Edit ▸ Undo)</source>
        <translation>Das Ergebnis in den Leitfaden übernehmen (ein Schritt in Bearbeiten ▸ Rückgängig)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/conflicts/mergedialog.cpp" line="199"/>
        <source>%n conflict(s) still to decide</source>
        <translation>
            <numerusform>Noch %n Konflikt zu entscheiden</numerusform>
            <numerusform>Noch %n Konflikte zu entscheiden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>almanac::PartModel</name>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="58"/>
        <source>TL;DR</source>
        <translation>TL;DR</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="61"/>
        <source>takeaway %1</source>
        <translation>Kernaussage %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="65"/>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="69"/>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="73"/>
        <source>FAQ %1</source>
        <translation>FAQ %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="95"/>
        <source>not cited</source>
        <translation>nicht zitiert</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="144"/>
        <source>Takeaway</source>
        <translation>Kernaussage</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="146"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="148"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="150"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="152"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="154"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="156"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="158"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="160"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="162"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="164"/>
        <source>Accessed</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="166"/>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="168"/>
        <source>Cited in</source>
        <translation>Zitiert in</translation>
    </message>
</context>
<context>
    <name>almanac::PartPage</name>
    <message>
        <location filename="../src/app/editor/partpage.cpp" line="38"/>
        <source>%1 list</source>
        <translation>Liste: %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/partpage.cpp" line="58"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/partpage.cpp" line="60"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/partpage.cpp" line="62"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../src/app/editor/partpage.cpp" line="64"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>almanac::PartialDateDelegate</name>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="122"/>
        <source>A date is a year (2015; -0044 for 44 BCE; Y-13800000000 for a year of more than four digits), a month (2015-08) or season (2015-21 to 2015-24: spring to winter), or a day (2015-08-27); ~ after it means circa (1950~), and / between two dates makes a range (1964/2008).</source>
        <translation>Ein Datum ist ein Jahr (2015; -0044 für 44 v. Chr.; Y-13800000000 für ein Jahr mit mehr als vier Ziffern), ein Monat (2015-08) oder eine Jahreszeit (2015-21 bis 2015-24: Frühling bis Winter) oder ein Tag (2015-08-27); ein ~ dahinter bedeutet „circa“ (1950~), ein / zwischen zwei Daten ergibt einen Zeitraum (1964/2008).</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="134"/>
        <source>&quot;%1&quot; is not a whole date yet.</source>
        <translation>„%1“ ist noch kein vollständiges Datum.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="135"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="144"/>
        <source>YYYY, YYYY-MM, YYYY-MM-DD, 1950~, 1964/2008</source>
        <translation>YYYY, YYYY-MM, YYYY-MM-DD, 1950~, 1964/2008</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="145"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="146"/>
        <source>Leave it empty when the date is not known.</source>
        <translation>Lassen Sie das Feld leer, wenn das Datum unbekannt ist.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="150"/>
        <source>That would not make a date.</source>
        <translation>Das ergäbe kein Datum.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="187"/>
        <source>The entry stays undated.</source>
        <translation>Der Eintrag bleibt undatiert.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="187"/>
        <source>The date stays %1.</source>
        <translation>Das Datum bleibt %1.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="211"/>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="223"/>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
</context>
<context>
    <name>almanac::PreferencesDialog</name>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="22"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="28"/>
        <source>System language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="34"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="35"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="37"/>
        <source>Almanac Studio speaks the new language when it starts again.</source>
        <translation>Almanac Studio verwendet die neue Sprache nach dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="47"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="48"/>
        <source>Put on the versions and comments you make at this computer. Empty: your name on the system. On a team workspace the server records your login.</source>
        <translation>Steht an den Versionen und Kommentaren, die Sie an diesem Computer anlegen. Leer: Ihr Name im System. In einem Team-Arbeitsbereich hält der Server Ihre Anmeldung fest.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="50"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
</context>
<context>
    <name>almanac::PresenceMarks</name>
    <message>
        <location filename="../src/app/window/presencemarks.cpp" line="55"/>
        <source>%1
Also open by %2</source>
        <translation>%1
Auch geöffnet von %2</translation>
    </message>
</context>
<context>
    <name>almanac::PreviewView</name>
    <message>
        <location filename="../src/app/preview/previewview.cpp" line="21"/>
        <source>Page preview</source>
        <translation>Seitenvorschau</translation>
    </message>
</context>
<context>
    <name>almanac::RelevanceDelegate</name>
    <message>
        <location filename="../src/app/delegates/relevancedelegate.cpp" line="34"/>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/relevancedelegate.cpp" line="35"/>
        <source>From 1 (barely relevant) to 10 (essential)</source>
        <translation>Von 1 (kaum relevant) bis 10 (unverzichtbar)</translation>
    </message>
</context>
<context>
    <name>almanac::ReviewActions</name>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="18"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="31"/>
        <source>Make &amp;Version…</source>
        <translation>&amp;Version erstellen…</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="33"/>
        <source>&amp;Submit for Review</source>
        <translation>Zur Prüfung ein&amp;reichen</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="35"/>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="36"/>
        <source>Request &amp;Changes…</source>
        <translation>Änderun&amp;gen anfordern…</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="38"/>
        <source>&amp;Publish…</source>
        <translation>Veröffent&amp;lichen…</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="56"/>
        <source>Add Co&amp;mment…</source>
        <translation>&amp;Kommentar hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="64"/>
        <source>Repl&amp;y to Comment…</source>
        <translation>&amp;Auf Kommentar antworten…</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="77"/>
        <source>Show A&amp;waiting Review</source>
        <translation>&amp;Wartende Prüfungen anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="82"/>
        <source>Show guides in review stage</source>
        <translation>Leitfäden in der Prüfungsphase anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="83"/>
        <source>All guides</source>
        <translation>Alle Leitfäden</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="102"/>
        <source>Awaiting my review</source>
        <translation>Warten auf meine Prüfung</translation>
    </message>
</context>
<context>
    <name>almanac::ReviewNoteBar</name>
    <message>
        <location filename="../src/app/history/reviewnotebar.cpp" line="13"/>
        <source>Vie&amp;w in History</source>
        <translation>&amp;Im Verlauf anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/history/reviewnotebar.cpp" line="30"/>
        <source>Request for changes</source>
        <translation>Änderungsanfrage</translation>
    </message>
    <message>
        <location filename="../src/app/history/reviewnotebar.cpp" line="42"/>
        <source>A reviewer</source>
        <translation>Ein Prüfer</translation>
    </message>
    <message>
        <location filename="../src/app/history/reviewnotebar.cpp" line="44"/>
        <source>%1 asked for changes to v%2 on %3.</source>
        <translation>%1 hat am %3 Änderungen an v%2 angefordert.</translation>
    </message>
    <message>
        <location filename="../src/app/history/reviewnotebar.cpp" line="45"/>
        <source>%1 asked for changes to v%2 on %3: “%4”</source>
        <translation>%1 hat am %3 Änderungen an v%2 angefordert: „%4“</translation>
    </message>
</context>
<context>
    <name>almanac::SourceRecordEditor</name>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="132"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="135"/>
        <source>Item type</source>
        <translation>Eintragstyp</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="136"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="143"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="143"/>
        <source>Family</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="143"/>
        <source>Given</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="143"/>
        <source>Literal name</source>
        <translation>Ganzer Name</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="146"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="147"/>
        <source>Authors, editors and other names: a family and given name, or a literal name (an organisation). Roles: %1</source>
        <translation>Autoren, Herausgeber und weitere Namen: Nach- und Vorname oder ein ganzer Name (eine Organisation). Rollen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="153"/>
        <source>Add Name</source>
        <translation>Name hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="156"/>
        <source>Remove Name</source>
        <translation>Name entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="165"/>
        <source>N&amp;ames:</source>
        <translation>Nam&amp;en:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="169"/>
        <source>Container tit&amp;le:</source>
        <translation>Entha&amp;lten in:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="170"/>
        <source>&amp;Publisher:</source>
        <translation>Ve&amp;rlag:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="171"/>
        <source>Volume:</source>
        <translation>Band:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="172"/>
        <source>Iss&amp;ue:</source>
        <translation>Aus&amp;gabe:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="173"/>
        <source>Pa&amp;ges:</source>
        <translatorcomment>No mnemonic: every letter of this text is taken on its page.</translatorcomment>
        <translation>Seitenzahlen:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="174"/>
        <source>&amp;DOI:</source>
        <translation>D&amp;OI:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="175"/>
        <source>IS&amp;BN:</source>
        <translation>I&amp;SBN:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="176"/>
        <source>ISS&amp;N:</source>
        <translation>ISS&amp;N:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="177"/>
        <source>P&amp;MID:</source>
        <translation>P&amp;MID:</translation>
    </message>
</context>
<context>
    <name>almanac::SourceView</name>
    <message>
        <location filename="../src/app/preview/sourceview.cpp" line="25"/>
        <source>Guide file source</source>
        <translation>Quelltext der Leitfadendatei</translation>
    </message>
</context>
<context>
    <name>almanac::TagEdit</name>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="40"/>
        <source>Add a tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="41"/>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="62"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="64"/>
        <source>Type a tag and press Enter or a comma; Backspace removes the last tag</source>
        <translation>Geben Sie ein Schlagwort ein und drücken Sie die Eingabetaste oder ein Komma; die Rücktaste entfernt das letzte Schlagwort</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="189"/>
        <source>“%1” is already a tag.</source>
        <translation>„%1“ ist bereits ein Schlagwort.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="225"/>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="226"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="283"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>almanac::TeamStatus</name>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="11"/>
        <source>Team workspace</source>
        <translation>Team-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="46"/>
        <source>Server unreachable since %1: your edits are kept in this window and saved when it is back</source>
        <translation>Server seit %1 nicht erreichbar: Ihre Änderungen bleiben in diesem Fenster erhalten und werden gespeichert, sobald er wieder erreichbar ist</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="53"/>
        <source>%1 (no Almanac role: read only)</source>
        <translation>%1 (keine Almanac-Rolle: nur lesen)</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="54"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="56"/>
        <source>Signed in to the team workspace as %1. The server checks every step against these roles.</source>
        <translation>Im Team-Arbeitsbereich angemeldet als %1. Der Server prüft jeden Schritt anhand dieser Rollen.</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="67"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="77"/>
        <source>offline edits of %1 saved</source>
        <translation>Offline-Änderungen an %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="79"/>
        <source>conflicts to resolve in %1</source>
        <translation>Konflikte in %1 zu lösen</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="81"/>
        <source>still kept on this computer: %1</source>
        <translation>noch auf diesem Computer vorgehalten: %1</translation>
    </message>
</context>
<context>
    <name>almanac::TimelineView</name>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="59"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="61"/>
        <source>The timeline entries drawn by date; the arrow keys move between entries, Enter opens one</source>
        <translation>Die Einträge der Zeitleiste nach Datum dargestellt; die Pfeiltasten wechseln zwischen Einträgen, die Eingabetaste öffnet einen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="136"/>
        <location filename="../src/app/widgets/timelineview.cpp" line="178"/>
        <location filename="../src/app/widgets/timelineview.cpp" line="340"/>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="137"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="137"/>
        <source>%1 (no date)</source>
        <translation>%1 (ohne Datum)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="263"/>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="267"/>
        <source>Quote: %1</source>
        <translation>Zitat: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="271"/>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="299"/>
        <location filename="../src/app/widgets/timelineview.cpp" line="421"/>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="386"/>
        <source>No timeline entries yet</source>
        <translation>Noch keine Einträge in der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>almanac::TransferActions</name>
    <message numerus="yes">
        <location filename="../src/app/window/transferactions.cpp" line="54"/>
        <source>%n thing(s) to check or fill in:</source>
        <translation>
            <numerusform>%n Punkt zu prüfen oder auszufüllen:</numerusform>
            <numerusform>%n Punkte zu prüfen oder auszufüllen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="58"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="58"/>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="58"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="60"/>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="83"/>
        <location filename="../src/app/window/transferactions.cpp" line="105"/>
        <location filename="../src/app/window/transferactions.cpp" line="110"/>
        <location filename="../src/app/window/transferactions.cpp" line="128"/>
        <location filename="../src/app/window/transferactions.cpp" line="148"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="84"/>
        <source>Guides and sources (*.json *.md *.markdown *.txt);;All files (*)</source>
        <translation>Leitfäden und Quellen (*.json *.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="105"/>
        <location filename="../src/app/window/transferactions.cpp" line="128"/>
        <source>
Nothing was imported.</source>
        <translation>
Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="111"/>
        <source>%1: sources and timelines go into a guide; open the guide first.</source>
        <translation>%1: Quellen und Zeitleisten gehören in einen Leitfaden; öffnen Sie zuerst den Leitfaden.</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="133"/>
        <source>Import into %1</source>
        <translation>In %1 importieren</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="143"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="159"/>
        <location filename="../src/app/window/transferactions.cpp" line="176"/>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="161"/>
        <location filename="../src/app/window/transferactions.cpp" line="172"/>
        <location filename="../src/app/window/transferactions.cpp" line="176"/>
        <source>Paste Guide</source>
        <translation>Leitfaden einfügen</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="184"/>
        <location filename="../src/app/window/transferactions.cpp" line="266"/>
        <source>Export Bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="185"/>
        <source>Export the published guides as one zip archive or as a folder?</source>
        <translation>Die veröffentlichten Leitfäden als ZIP-Archiv oder als Ordner exportieren?</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="187"/>
        <source>Both hold the static site and its data. A zip is one file to upload or keep; a folder can be served as it is. Only an earlier bundle is ever replaced.</source>
        <translation>Beide enthalten die statische Website und ihre Daten. Ein ZIP-Archiv ist eine einzelne Datei zum Hochladen oder Aufbewahren; ein Ordner kann direkt so ausgeliefert werden. Ersetzt wird immer nur ein früheres Paket.</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="189"/>
        <source>&amp;Zip Archive…</source>
        <translation>&amp;ZIP-Archiv…</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="190"/>
        <source>&amp;Folder…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="198"/>
        <source>Export Bundle as a Zip Archive</source>
        <translation>Paket als ZIP-Archiv exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="200"/>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="206"/>
        <source>Export Bundle into a New Folder Inside…</source>
        <translation>Paket als neuen Ordner exportieren in…</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="224"/>
        <source>Exporting the bundle…</source>
        <translation>Paket wird exportiert…</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="224"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/transferactions.cpp" line="258"/>
        <source>Exported %n guide(s) to %1</source>
        <translation>
            <numerusform>%n Leitfaden nach %1 exportiert</numerusform>
            <numerusform>%n Leitfäden nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="262"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>almanac::UrlDelegate</name>
    <message>
        <location filename="../src/app/delegates/urldelegate.cpp" line="44"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/urldelegate.cpp" line="45"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/urldelegate.cpp" line="46"/>
        <source>An http:// or https:// address, or empty</source>
        <translation>Eine http://- oder https://-Adresse oder leer</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/urldelegate.cpp" line="75"/>
        <source>“%1” is not a web address; the previous address was kept.</source>
        <translation>„%1“ ist keine Webadresse; die bisherige Adresse wurde beibehalten.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/urldelegate.cpp" line="89"/>
        <source>Not a web address: it needs http:// or https:// and a host name.</source>
        <translation>Keine Webadresse: Sie benötigt http:// oder https:// und einen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/urldelegate.cpp" line="122"/>
        <source>Not a web address: use http:// or https:// and a host name, or leave it empty. Press Escape to keep the previous address.</source>
        <translation>Keine Webadresse: Verwenden Sie http:// oder https:// und einen Hostnamen oder lassen Sie das Feld leer. Drücken Sie Esc, um die bisherige Adresse zu behalten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="72"/>
        <source>Editorial workstation for structured guides.</source>
        <translation>Redaktioneller Arbeitsplatz für strukturierte Leitfäden.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="76"/>
        <source>Open the workspace at PATH.</source>
        <translation>Den Arbeitsbereich unter PATH öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="79"/>
        <source>Show the guide with this SLUG.</source>
        <translation>Den Leitfaden mit diesem SLUG anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="83"/>
        <source>Save a picture of the window to FILE (PNG) once the workspace and guide are shown and the page has had a few seconds to render, then quit: for documentation and bug reports.</source>
        <translation>Ein Bild des Fensters in FILE (PNG) speichern, sobald Arbeitsbereich und Leitfaden angezeigt werden und die Seite einige Sekunden zum Rendern hatte, dann beenden: für Dokumentation und Fehlerberichte.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="115"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
</context>
</TS>
