<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Page</name>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>TL;DR</source>
        <translation>Das Wichtigste in Kürze</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Key takeaways</source>
        <translation>Die wichtigsten Punkte</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Related topics</source>
        <translation>Verwandte Themen</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>FAQ</source>
        <translation>Häufige Fragen</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>live</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>updated %1</source>
        <translation>aktualisiert am %1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Not published yet: this is the working draft.</source>
        <translation>Noch nicht veröffentlicht: Dies ist der Arbeitsentwurf.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Related guides (%1)</source>
        <translation>Verwandte Leitfäden (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>No guide has this slug</source>
        <translation>Kein Leitfaden hat diese Kennung</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>More on %1 (%2)</source>
        <translation>Mehr zu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Relevance %1 of 10</source>
        <translation>Relevanz %1 von 10</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Made with %1.</source>
        <translation>Erstellt mit %1.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Untitled guide</source>
        <translation>Leitfaden ohne Titel</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Date to be confirmed</source>
        <translation>Datum noch offen</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Intermediate</source>
        <translation>Fortgeschrittene</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Advanced</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>active</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
</TS>
