<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Page</name>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="16"/>
        <source>TL;DR</source>
        <translation>Das Wichtigste in Kürze</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="17"/>
        <source>Key takeaways</source>
        <translation>Die wichtigsten Punkte</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="18"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="19"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="20"/>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="21"/>
        <source>Source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="22"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="23"/>
        <source>Related topics</source>
        <translation>Verwandte Themen</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="24"/>
        <source>FAQ</source>
        <translation>Häufige Fragen</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="25"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="26"/>
        <source>live</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="27"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="28"/>
        <source>updated %1</source>
        <translation>aktualisiert am %1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="29"/>
        <source>Not published yet: this is the working draft.</source>
        <translation>Noch nicht veröffentlicht: Dies ist der Arbeitsentwurf.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="30"/>
        <source>Related guides (%1)</source>
        <translation>Verwandte Leitfäden (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="31"/>
        <source>No guide has this slug</source>
        <translation>Kein Leitfaden hat diese Kennung</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="32"/>
        <source>More on %1 (%2)</source>
        <translation>Mehr zu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="33"/>
        <source>Relevance %1 of 10</source>
        <translation>Relevanz %1 von 10</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="34"/>
        <source>Made with %1.</source>
        <translation>Erstellt mit %1.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="35"/>
        <source>Untitled guide</source>
        <translation>Leitfaden ohne Titel</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="36"/>
        <source>Date to be confirmed</source>
        <translation>Datum noch offen</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="37"/>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="38"/>
        <source>Beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="39"/>
        <source>Intermediate</source>
        <translation>Fortgeschrittene</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="40"/>
        <source>Advanced</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="41"/>
        <source>active</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="42"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
</TS>
