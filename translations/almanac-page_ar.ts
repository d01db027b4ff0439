<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Page</name>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>TL;DR</source>
        <translation>باختصار</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Key takeaways</source>
        <translation>أهم النقاط</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Source %1</source>
        <translation>المصدر %1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Source %1: %2</source>
        <translation>المصدر %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Related topics</source>
        <translation>مواضيع ذات صلة</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>FAQ</source>
        <translation>أسئلة شائعة</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>live</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>updated %1</source>
        <translation>حُدِّث في %1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Not published yet: this is the working draft.</source>
        <translation>لم يُنشر بعد: هذه هي مسودة العمل.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Related guides (%1)</source>
        <translation>أدلة ذات صلة (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>No guide has this slug</source>
        <translation>لا يوجد دليل بهذا المعرّف</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>More on %1 (%2)</source>
        <translation>المزيد عن %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Relevance %1 of 10</source>
        <translation>الأهمية %1 من 10</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Made with %1.</source>
        <translation>أُنشئ باستخدام %1.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Untitled guide</source>
        <translation>دليل بلا عنوان</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Date to be confirmed</source>
        <translation>التاريخ لم يُحدَّد بعد</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Guide</source>
        <translation>دليل</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Beginner</source>
        <translation>للمبتدئين</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Intermediate</source>
        <translation>للمستوى المتوسط</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>Advanced</source>
        <translation>للمتقدمين</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp"/>
        <source>archived</source>
        <translation>مؤرشف</translation>
    </message>
</context>
</TS>
