<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Page</name>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="16"/>
        <source>TL;DR</source>
        <translation>باختصار</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="17"/>
        <source>Key takeaways</source>
        <translation>أهم النقاط</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="18"/>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="19"/>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="20"/>
        <source>Source %1</source>
        <translation>المصدر %1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="21"/>
        <source>Source %1: %2</source>
        <translation>المصدر %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="22"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="23"/>
        <source>Related topics</source>
        <translation>مواضيع ذات صلة</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="24"/>
        <source>FAQ</source>
        <translation>أسئلة شائعة</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="25"/>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="26"/>
        <source>live</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="27"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="28"/>
        <source>updated %1</source>
        <translation>حُدِّث في %1</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="29"/>
        <source>Not published yet: this is the working draft.</source>
        <translation>لم يُنشر بعد: هذه هي مسودة العمل.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="30"/>
        <source>Related guides (%1)</source>
        <translation>أدلة ذات صلة (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="31"/>
        <source>No guide has this slug</source>
        <translation>لا يوجد دليل بهذا المعرّف</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="32"/>
        <source>More on %1 (%2)</source>
        <translation>المزيد عن %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="33"/>
        <source>Relevance %1 of 10</source>
        <translation>الأهمية %1 من 10</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="34"/>
        <source>Made with %1.</source>
        <translation>أُنشئ باستخدام %1.</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="35"/>
        <source>Untitled guide</source>
        <translation>دليل بلا عنوان</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="36"/>
        <source>Date to be confirmed</source>
        <translation>التاريخ لم يُحدَّد بعد</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="37"/>
        <source>Guide</source>
        <translation>دليل</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="38"/>
        <source>Beginner</source>
        <translation>للمبتدئين</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="39"/>
        <source>Intermediate</source>
        <translation>للمستوى المتوسط</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="40"/>
        <source>Advanced</source>
        <translation>للمتقدمين</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="41"/>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../src/core/render/pagewords.cpp" line="42"/>
        <source>archived</source>
        <translation>مؤرشف</translation>
    </message>
</context>
</TS>
