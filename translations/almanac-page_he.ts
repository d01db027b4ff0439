<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>Page</name>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="16"/>
        <source>TL;DR</source>
        <translation>בקצרה</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="17"/>
        <source>Key takeaways</source>
        <translation>עיקרי הדברים</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="18"/>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="19"/>
        <source>Sources:</source>
        <translation>מקורות:</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="20"/>
        <source>Source %1</source>
        <translation>מקור %1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="21"/>
        <source>Source %1: %2</source>
        <translation>מקור %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="22"/>
        <source>source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="23"/>
        <source>Related topics</source>
        <translation>נושאים קשורים</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="24"/>
        <source>FAQ</source>
        <translation>שאלות נפוצות</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="25"/>
        <source>Versions</source>
        <translation>גרסאות</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="26"/>
        <source>live</source>
        <translation>פורסם</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="27"/>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="28"/>
        <source>updated %1</source>
        <translation>עודכן ב־%1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="29"/>
        <source>Not published yet: this is the working draft.</source>
        <translation>טרם פורסם: זוהי טיוטת העבודה.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="30"/>
        <source>Related guides (%1)</source>
        <translation>מדריכים קשורים (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="31"/>
        <source>No guide has this slug</source>
        <translation>אין מדריך עם המזהה הזה</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="32"/>
        <source>More on %1 (%2)</source>
        <translation>עוד על %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="33"/>
        <source>Relevance %1 of 10</source>
        <translation>רלוונטיות %1 מתוך 10</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="34"/>
        <source>Made with %1.</source>
        <translation>נוצר באמצעות %1.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="35"/>
        <source>Untitled guide</source>
        <translation>מדריך ללא כותרת</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="36"/>
        <source>Date to be confirmed</source>
        <translation>התאריך טרם נקבע</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="37"/>
        <source>Guide</source>
        <translation>מדריך</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="38"/>
        <source>Beginner</source>
        <translation>למתחילים</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="39"/>
        <source>Intermediate</source>
        <translation>לרמה בינונית</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="40"/>
        <source>Advanced</source>
        <translation>למתקדמים</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="41"/>
        <source>active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="42"/>
        <source>archived</source>
        <translation>בארכיון</translation>
    </message>
</context>
</TS>
