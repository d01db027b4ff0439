<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>Page</name>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>TL;DR</source>
        <translation>בקצרה</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Key takeaways</source>
        <translation>עיקרי הדברים</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Sources:</source>
        <translation>מקורות:</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Source %1</source>
        <translation>מקור %1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Source %1: %2</source>
        <translation>מקור %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Related topics</source>
        <translation>נושאים קשורים</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>FAQ</source>
        <translation>שאלות נפוצות</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Versions</source>
        <translation>גרסאות</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>live</source>
        <translation>פורסם</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>updated %1</source>
        <translation>עודכן ב־%1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Not published yet: this is the working draft.</source>
        <translation>טרם פורסם: זוהי טיוטת העבודה.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Related guides (%1)</source>
        <translation>מדריכים קשורים (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>No guide has this slug</source>
        <translation>אין מדריך עם המזהה הזה</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>More on %1 (%2)</source>
        <translation>עוד על %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Relevance %1 of 10</source>
        <translation>רלוונטיות %1 מתוך 10</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Made with %1.</source>
        <translation>נוצר באמצעות %1.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Untitled guide</source>
        <translation>מדריך ללא כותרת</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Date to be confirmed</source>
        <translation>התאריך טרם נקבע</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Guide</source>
        <translation>מדריך</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Beginner</source>
        <translation>למתחילים</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Intermediate</source>
        <translation>לרמה בינונית</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Advanced</source>
        <translation>למתקדמים</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>archived</source>
        <translation>בארכיון</translation>
    </message>
</context>
</TS>
