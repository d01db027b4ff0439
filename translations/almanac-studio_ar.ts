<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CommentAnchor</name>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="19"/>
        <source>Takeaway</source>
        <translation>نقطة رئيسية</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="20"/>
        <source>Section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="21"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="22"/>
        <source>FAQ</source>
        <translation>الأسئلة الشائعة</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="23"/>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="65"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="66"/>
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentanchors.cpp" line="93"/>
        <source>%1 (no longer in the guide)</source>
        <translation>%1 (لم يعد في الدليل)</translation>
    </message>
</context>
<context>
    <name>GuideDocument</name>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="215"/>
        <source>details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="217"/>
        <source>key takeaways</source>
        <translation>النقاط الرئيسية</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="219"/>
        <source>sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="221"/>
        <source>timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="223"/>
        <source>related topics</source>
        <translation>المواضيع ذات الصلة</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="225"/>
        <source>FAQ</source>
        <translation>الأسئلة الشائعة</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="227"/>
        <source>related guides</source>
        <translation>الأدلة ذات الصلة</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="229"/>
        <source>sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="261"/>
        <source>takeaway</source>
        <translation>نقطة رئيسية</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="263"/>
        <source>section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="265"/>
        <source>timeline entry</source>
        <translation>حدث في الخط الزمني</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="267"/>
        <source>FAQ entry</source>
        <translation>سؤال شائع</translation>
    </message>
    <message>
        <location filename="../src/app/document/guidedocument.cpp" line="269"/>
        <source>source</source>
        <translation>مصدر</translation>
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
        <translation>اختر دليلًا من القائمة، أو أنشئ دليلًا جديدًا من ملف ▸ دليل جديد.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="17"/>
        <source>Open guides</source>
        <translation>الأدلة المفتوحة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="24"/>
        <location filename="../ui/mainwindow.ui" line="42"/>
        <source>Guides</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="35"/>
        <source>Search guides…</source>
        <translation>ابحث في الأدلة…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="37"/>
        <source>Search guides</source>
        <translation>البحث في الأدلة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="56"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="59"/>
        <source>Lint findings</source>
        <translation>نتائج التدقيق</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="62"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="63"/>
        <source>Place</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="64"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="80"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;فتح الأخيرة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="84"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="87"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="93"/>
        <source>&amp;Help</source>
        <translation>مس&amp;اعدة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="102"/>
        <source>&amp;New Guide</source>
        <translation>دليل &amp;جديد</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="103"/>
        <source>&amp;Close Guide</source>
        <translation>&amp;إغلاق الدليل</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="104"/>
        <source>New &amp;Workspace…</source>
        <translation>مساحة &amp;عمل جديدة…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="105"/>
        <source>&amp;Open Workspace…</source>
        <translation>فتح &amp;مساحة عمل…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="106"/>
        <source>Open &amp;Team Workspace…</source>
        <translation>فتح م&amp;ساحة عمل فريق…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="108"/>
        <source>&amp;Find Guide</source>
        <translation>&amp;بحث عن دليل</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="109"/>
        <source>&amp;Refresh List</source>
        <translation>&amp;تحديث القائمة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="110"/>
        <source>&amp;About Almanac Studio</source>
        <translation>&amp;عن Almanac Studio</translation>
    </message>
</context>
<context>
    <name>OverviewForm</name>
    <message>
        <location filename="../ui/overviewform.ui" line="9"/>
        <source>&amp;Title</source>
        <translatorcomment>No mnemonic: every letter of this text is taken on its page.</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="10"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="11"/>
        <source>Slu&amp;g</source>
        <translation>اسم ل&amp;طيف</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="14"/>
        <source>Slug</source>
        <translation>الاسم اللطيف</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="14"/>
        <source>lowercase-words-and-hyphens</source>
        <translation>أحرف لاتينية صغيرة وشرطات</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="15"/>
        <source>Slug status</source>
        <translation>حالة الاسم اللطيف</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="18"/>
        <source>Su&amp;bject</source>
        <translation>م&amp;جال</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="21"/>
        <source>Subject</source>
        <translation>المجال</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="22"/>
        <location filename="../ui/overviewform.ui" line="23"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="26"/>
        <source>Ki&amp;nd</source>
        <translation>ن&amp;وع</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="29"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="30"/>
        <source>&amp;Level</source>
        <translation>مستو&amp;ى</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="31"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="32"/>
        <source>St&amp;atus</source>
        <translation>&amp;حالة</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="33"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="36"/>
        <source>To&amp;pics</source>
        <translation>موا&amp;ضيع ذات صلة</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="37"/>
        <source>Related topics</source>
        <translation>المواضيع ذات الصلة</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="38"/>
        <source>Related g&amp;uides</source>
        <translation>أدلة &amp;ذات صلة</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="39"/>
        <source>Related guides</source>
        <translation>الأدلة ذات الصلة</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="42"/>
        <source>TL;&amp;DR</source>
        <translation>خ&amp;لاصة</translation>
    </message>
    <message>
        <location filename="../ui/overviewform.ui" line="43"/>
        <source>TL;DR</source>
        <translation>الخلاصة</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../src/app/settings/interfacelanguage.cpp" line="11"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="13"/>
        <source>TL;DR</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="22"/>
        <location filename="../src/app/document/undocommands.cpp" line="148"/>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="78"/>
        <source>Change timeline date</source>
        <translation>تغيير تاريخ في الخط الزمني</translation>
    </message>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="100"/>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="116"/>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/undocommands.cpp" line="132"/>
        <source>Move %1</source>
        <translation>نقل %1</translation>
    </message>
</context>
<context>
    <name>almanac::CommentDialog</name>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="30"/>
        <source>Comment on %1</source>
        <translation>تعليق على %1</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="34"/>
        <source>Comment on</source>
        <translation>التعليق على</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="37"/>
        <source>&amp;On:</source>
        <translation>&amp;على:</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="39"/>
        <source>On the selected words</source>
        <translation>على الكلمات المحددة</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="47"/>
        <source>What should the editor look at? (Ctrl+Return adds the comment)</source>
        <translation>ما الذي ينبغي أن ينظر فيه المحرر؟ (Ctrl+Return يضيف التعليق)</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="60"/>
        <source>Answering:</source>
        <translation>ردًّا على:</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="61"/>
        <source>Your answer (Ctrl+Return sends it)</source>
        <translation>ردّك (Ctrl+Return يرسله)</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="62"/>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="67"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="71"/>
        <source>Add Comment</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="82"/>
        <source>&amp;Comment:</source>
        <translation>ا&amp;لتعليق:</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentdialog.cpp" line="94"/>
        <source>On the selected &amp;words: “%1”</source>
        <translation>على &amp;الكلمات المحددة: «%1»</translation>
    </message>
</context>
<context>
    <name>almanac::CommentMargin</name>
    <message>
        <location filename="../src/app/editor/commentmargin.cpp" line="35"/>
        <source>Comments in the margin</source>
        <translation>التعليقات في الهامش</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/editor/commentmargin.cpp" line="44"/>
        <source>%n comment(s) on this text</source>
        <translation>
            <numerusform>لا تعليقات على هذا النص</numerusform>
            <numerusform>تعليق واحد على هذا النص</numerusform>
            <numerusform>تعليقان على هذا النص</numerusform>
            <numerusform>%n تعليقات على هذا النص</numerusform>
            <numerusform>%n تعليقًا على هذا النص</numerusform>
            <numerusform>%n تعليق على هذا النص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>almanac::CommentMarks</name>
    <message>
        <location filename="../src/app/history/commentmarks.cpp" line="43"/>
        <source>On “%1” (v%2)</source>
        <translation>على «%1» (الإصدار %2)</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentmarks.cpp" line="47"/>
        <source>On “%1” (v%2), since changed</source>
        <translation>على «%1» (الإصدار %2)، وقد تغيّر منذ ذلك</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentmarks.cpp" line="52"/>
        <source>On “%1” (v%2): those words are gone from the text</source>
        <translation>على «%1» (الإصدار %2): لم تعد تلك الكلمات موجودة في النص</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentmarks.cpp" line="58"/>
        <source>On all of this text (v%1)</source>
        <translation>على النص كله (الإصدار %1)</translation>
    </message>
</context>
<context>
    <name>almanac::CommentsPane</name>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="52"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="52"/>
        <source>On</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="52"/>
        <source>By</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="52"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="53"/>
        <location filename="../src/app/history/commentspane.cpp" line="341"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="59"/>
        <source>Comments in threads. Double-click or Enter goes to the place in the draft.</source>
        <translation>التعليقات في سلاسل. النقر المزدوج أو Enter ينقلك إلى الموضع في المسودة.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="65"/>
        <source>Add Commen&amp;t…</source>
        <translation>&amp;إضافة تعليق…</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="66"/>
        <source>Reply…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="67"/>
        <source>Reso&amp;lve</source>
        <translation>&amp;حلّ</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="178"/>
        <source> — no longer in the draft</source>
        <translation> — لم يعد في المسودة</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="180"/>
        <source> — words changed since v%1</source>
        <translation> — تغيّرت الكلمات منذ الإصدار %1</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="182"/>
        <source> — words gone from the draft</source>
        <translation> — لم تعد الكلمات في المسودة</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="191"/>
        <source>%1, %2:</source>
        <translation>%1، %2:</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="194"/>
        <source>Resolved by %1.</source>
        <translation>حلّه %1.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="211"/>
        <source>On v%1: %2

%3</source>
        <translation>على الإصدار %1: %2

%3</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="212"/>
        <source>

(The draft no longer has this part.)</source>
        <translation>

(لم يعد هذا الجزء موجودًا في المسودة.)</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="213"/>
        <source>

Double-click to go to it.</source>
        <translation>

انقر نقرًا مزدوجًا للانتقال إليه.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="254"/>
        <source>Answer the chosen comment, in its thread.</source>
        <translation>الرد على التعليق المختار، ضمن سلسلته.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="255"/>
        <source>Mark the chosen thread resolved.</source>
        <translation>تعليم السلسلة المختارة بأنها محلولة.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="275"/>
        <source>v%1 of this guide cannot be read.</source>
        <translation>تتعذر قراءة الإصدار %1 من هذا الدليل.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="295"/>
        <source>The selected words are not in v%1 as the draft has them: this comment will be on the whole item.</source>
        <translation>الكلمات المحددة ليست في الإصدار %1 كما هي في المسودة: سيكون هذا التعليق على العنصر كله.</translation>
    </message>
    <message>
        <location filename="../src/app/history/commentspane.cpp" line="316"/>
        <source>Reply on v%1</source>
        <translation>رد على الإصدار %1</translation>
    </message>
</context>
<context>
    <name>almanac::ConflictBar</name>
    <message>
        <location filename="../src/app/conflicts/conflictbar.cpp" line="14"/>
        <source>Resolve in &amp;Merge View…</source>
        <translation>حلّ في عرض &amp;الدمج…</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/conflictbar.cpp" line="25"/>
        <source>Compare your edits with the other side, conflict by conflict, and decide</source>
        <translation>قارن تعديلاتك بتعديلات الطرف الآخر، تعارضًا تلو الآخر، ثم قرّر</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/conflictbar.cpp" line="33"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/conflictbar.cpp" line="44"/>
        <source>Another program deleted this guide. Your text is still here and was not saved; use File ▸ Export or copy what you need before closing it.</source>
        <translation>حذف برنامج آخر هذا الدليل. لا يزال نصك هنا ولم يُحفظ؛ استخدم ملف ▸ تصدير أو انسخ ما تحتاجه قبل إغلاقه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/conflicts/conflictbar.cpp" line="53"/>
        <source>%n conflict(s) with the imported file</source>
        <translation>
            <numerusform>لا تعارضات مع الملف المستورد</numerusform>
            <numerusform>تعارض واحد مع الملف المستورد</numerusform>
            <numerusform>تعارضان مع الملف المستورد</numerusform>
            <numerusform>%n تعارضات مع الملف المستورد</numerusform>
            <numerusform>%n تعارضًا مع الملف المستورد</numerusform>
            <numerusform>%n تعارض مع الملف المستورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/conflicts/conflictbar.cpp" line="55"/>
        <source>%n conflict(s) with changes saved at %1</source>
        <translation>
            <numerusform>لا تعارضات مع التغييرات المحفوظة في %1</numerusform>
            <numerusform>تعارض واحد مع التغييرات المحفوظة في %1</numerusform>
            <numerusform>تعارضان مع التغييرات المحفوظة في %1</numerusform>
            <numerusform>%n تعارضات مع التغييرات المحفوظة في %1</numerusform>
            <numerusform>%n تعارضًا مع التغييرات المحفوظة في %1</numerusform>
            <numerusform>%n تعارض مع التغييرات المحفوظة في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/conflicts/conflictbar.cpp" line="56"/>
        <source>%n conflict(s) with changes saved at %1 by %2</source>
        <translation>
            <numerusform>لا تعارضات مع التغييرات التي حفظها %2 في %1</numerusform>
            <numerusform>تعارض واحد مع التغييرات التي حفظها %2 في %1</numerusform>
            <numerusform>تعارضان مع التغييرات التي حفظها %2 في %1</numerusform>
            <numerusform>%n تعارضات مع التغييرات التي حفظها %2 في %1</numerusform>
            <numerusform>%n تعارضًا مع التغييرات التي حفظها %2 في %1</numerusform>
            <numerusform>%n تعارض مع التغييرات التي حفظها %2 في %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/conflictbar.cpp" line="59"/>
        <source>your edits are kept in the workspace and nothing of either side is overwritten until you decide.</source>
        <translation>احتُفظ بتعديلاتك في مساحة العمل، ولن يُكتب فوق أي شيء من الطرفين حتى تقرّر.</translation>
    </message>
</context>
<context>
    <name>almanac::DiffView</name>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="63"/>
        <source>Changes between two versions</source>
        <translation>التغييرات بين إصدارين</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="64"/>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="65"/>
        <source>Inline</source>
        <translation>ضمن النص</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="66"/>
        <source>Rendered page</source>
        <translation>الصفحة كما تُعرض</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="67"/>
        <source>Comparison mode</source>
        <translation>نمط المقارنة</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="68"/>
        <source>All parts</source>
        <translation>كل الأجزاء</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="71"/>
        <source>Show changes in</source>
        <translation>إظهار التغييرات في</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="72"/>
        <location filename="../src/app/history/diffview.cpp" line="74"/>
        <source>Previous change</source>
        <translation>التغيير السابق</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="75"/>
        <location filename="../src/app/history/diffview.cpp" line="77"/>
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="80"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="133"/>
        <source>%1 on v%2</source>
        <translation>%1 على الإصدار %2</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="135"/>
        <source>, on “&lt;i&gt;%1&lt;/i&gt;”</source>
        <translation>، على «&lt;i&gt;%1&lt;/i&gt;»</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="173"/>
        <source>%1 added</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="175"/>
        <source>%1 removed</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="177"/>
        <source>%1 changed</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="179"/>
        <source>%1 moved</source>
        <translation>نقل %1</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="183"/>
        <source>Nothing compared yet</source>
        <translation>لم تُجرَ أي مقارنة بعد</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="184"/>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="185"/>
        <source>%1: no changes</source>
        <translation>%1: لا تغييرات</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="224"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="238"/>
        <source>added</source>
        <translation>مُضاف</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="241"/>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="244"/>
        <source>moved from %1 to %2</source>
        <translation>منقول من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="245"/>
        <source>changed, moved from %1 to %2</source>
        <translation>مُغيَّر، ومنقول من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="246"/>
        <source>changed</source>
        <translation>مُغيَّر</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="270"/>
        <source>(reordered)</source>
        <translation>(أُعيد ترتيبه)</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="278"/>
        <source>Choose a version in History to compare it with the draft, or Ctrl+click a second one to compare the two.</source>
        <translation>اختر إصدارًا من السجل لمقارنته بالمسودة، أو Ctrl+انقر على إصدار ثانٍ لمقارنة الإصدارين.</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="281"/>
        <source>No changes.</source>
        <translation>لا تغييرات.</translation>
    </message>
    <message>
        <location filename="../src/app/history/diffview.cpp" line="295"/>
        <source>Changes on the page</source>
        <translation>التغييرات على الصفحة</translation>
    </message>
</context>
<context>
    <name>almanac::DraftSync</name>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="62"/>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="64"/>
        <source>Edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="66"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="68"/>
        <source>Not saved yet, kept on this computer: %1</source>
        <translation>لم يُحفظ بعد، واحتُفظ به على هذا الحاسوب: %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="69"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/document/draftsync.cpp" line="71"/>
        <source>Not saved: %n conflict(s) to resolve (your edits are kept)</source>
        <translation>
            <numerusform>لم يُحفظ: لا تعارضات لحلّها (احتُفظ بتعديلاتك)</numerusform>
            <numerusform>لم يُحفظ: تعارض واحد يجب حلّه (احتُفظ بتعديلاتك)</numerusform>
            <numerusform>لم يُحفظ: تعارضان يجب حلّهما (احتُفظ بتعديلاتك)</numerusform>
            <numerusform>لم يُحفظ: %n تعارضات يجب حلّها (احتُفظ بتعديلاتك)</numerusform>
            <numerusform>لم يُحفظ: %n تعارضًا يجب حلّها (احتُفظ بتعديلاتك)</numerusform>
            <numerusform>لم يُحفظ: %n تعارض يجب حلّها (احتُفظ بتعديلاتك)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="74"/>
        <source>Not saved: another program deleted this guide</source>
        <translation>لم يُحفظ: حذف برنامج آخر هذا الدليل</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="148"/>
        <source>Merge changes saved by another program</source>
        <translation>دمج التغييرات التي حفظها برنامج آخر</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="199"/>
        <source>other programs kept saving this guide</source>
        <translation>استمرت برامج أخرى في حفظ هذا الدليل</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="213"/>
        <source>another program deleted this guide</source>
        <translation>حذف برنامج آخر هذا الدليل</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="234"/>
        <source>Merge changes saved at %1</source>
        <translation>دمج التغييرات المحفوظة في %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="235"/>
        <source>Merge changes saved at %1 by %2</source>
        <translation>دمج التغييرات التي حفظها %2 في %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/draftsync.cpp" line="298"/>
        <source>Resolve conflicts</source>
        <translation>حل التعارضات</translation>
    </message>
</context>
<context>
    <name>almanac::EmptyListNote</name>
    <message>
        <location filename="../src/app/window/emptylistnote.cpp" line="36"/>
        <source>No guide matches “%1”. Try fewer or other words, or clear the search.</source>
        <translation>لا يوجد دليل يطابق «%1». جرّب كلمات أقل أو مختلفة، أو امسح البحث.</translation>
    </message>
    <message>
        <location filename="../src/app/window/emptylistnote.cpp" line="38"/>
        <source>Nothing awaits your review. Versions you made yourself are reviewed by someone else.</source>
        <translation>لا شيء بانتظار مراجعتك. الإصدارات التي أنشأتها بنفسك يراجعها شخص آخر.</translation>
    </message>
    <message>
        <location filename="../src/app/window/emptylistnote.cpp" line="40"/>
        <source>No guide is at this stage. Choose “All guides” above to see them all.</source>
        <translation>لا يوجد دليل في هذه المرحلة. اختر «كل الأدلة» أعلاه لعرضها جميعًا.</translation>
    </message>
    <message>
        <location filename="../src/app/window/emptylistnote.cpp" line="42"/>
        <source>No guides yet. Make one with File ▸ New Guide (Ctrl+N), or bring some in with File ▸ Import… (Ctrl+I).</source>
        <translation>لا توجد أدلة بعد. أنشئ دليلًا من ملف ▸ دليل جديد (Ctrl+N)، أو استورد بعضها من ملف ▸ استيراد… (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>almanac::GuideEditor</name>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="66"/>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="66"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="79"/>
        <source>Ta&amp;keaways</source>
        <translation>ن&amp;قاط رئيسية</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="80"/>
        <source>&amp;Sections</source>
        <translation>&amp;أقسام</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="81"/>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="82"/>
        <source>Text (Markdown)</source>
        <translation>النص (Markdown)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="83"/>
        <source>T&amp;imeline</source>
        <translation>&amp;خط زمني</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="84"/>
        <source>Description (Markdown)</source>
        <translation>الوصف (Markdown)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="89"/>
        <source>Timeline drawing</source>
        <translation>رسم الخط الزمني</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="95"/>
        <source>FA&amp;Q</source>
        <translation>أسئلة &amp;شائعة</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="95"/>
        <source>Answer (Markdown)</source>
        <translation>الإجابة (Markdown)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="97"/>
        <source>Sour&amp;ces</source>
        <translation>م&amp;صادر</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="97"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="115"/>
        <source>Bibliographic record</source>
        <translation>البيانات الببليوغرافية</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="121"/>
        <source>Histor&amp;y</source>
        <translation>&amp;سجل</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="121"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="127"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="131"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="135"/>
        <source>Guide File</source>
        <translation>ملف الدليل</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="226"/>
        <source>Recover edits kept after a conflict</source>
        <translation>استعادة التعديلات المحتفظ بها بعد تعارض</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="229"/>
        <source>Merge changes saved while your edits were kept</source>
        <translation>دمج التغييرات المحفوظة أثناء الاحتفاظ بتعديلاتك</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="237"/>
        <source>The imported file</source>
        <translation>الملف المستورد</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="238"/>
        <source>Theirs (saved by another program)</source>
        <translation>الطرف الآخر (حفظه برنامج آخر)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="239"/>
        <source>Theirs (saved by %1)</source>
        <translation>الطرف الآخر (حفظه %1)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="362"/>
        <source>not a valid slug</source>
        <translation>ليس اسمًا لطيفًا صالحًا</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="364"/>
        <source>another guide has this slug</source>
        <translation>دليل آخر يستخدم هذا الاسم اللطيف</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditor.cpp" line="365"/>
        <source>✓ available</source>
        <translation>✓ متاح</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditorcomments.cpp" line="58"/>
        <source>Reply to Comment</source>
        <translation>الرد على تعليق</translation>
    </message>
    <message>
        <location filename="../src/app/editor/guideeditorcomments.cpp" line="59"/>
        <source>Put the cursor in the words of a comment, or choose one in History.</source>
        <translation>ضع المؤشر داخل كلمات أحد التعليقات، أو اختر تعليقًا من السجل.</translation>
    </message>
</context>
<context>
    <name>almanac::GuideListActions</name>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="23"/>
        <location filename="../src/app/window/guidelistactions.cpp" line="109"/>
        <source>&amp;Delete Guide</source>
        <translation>&amp;حذف الدليل</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="24"/>
        <location filename="../src/app/window/guidelistactions.cpp" line="166"/>
        <source>Res&amp;tore Deleted Guide</source>
        <translation>&amp;استعادة الدليل المحذوف</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="29"/>
        <source>Move the guide to the trash (Edit ▸ Restore Deleted Guide puts it back)</source>
        <translation>نقل الدليل إلى المهملات (تحرير ▸ استعادة الدليل المحذوف يعيده)</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="57"/>
        <source>Show &amp;Subject Column</source>
        <translation>إظه&amp;ار عمود الموضوع</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="58"/>
        <source>Show &amp;Updated Column</source>
        <translation>إظهار عمود آ&amp;خر تحديث</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="108"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="135"/>
        <source>Delete Guide</source>
        <translation>حذف الدليل</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="142"/>
        <source>Res&amp;tore Deleted Guide “%1”</source>
        <translation>&amp;استعادة الدليل المحذوف «%1»</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="144"/>
        <source>Deleted “%1”. Edit ▸ Restore Deleted Guide (%2) puts it back.</source>
        <translation>حُذف «%1». يعيده تحرير ▸ استعادة الدليل المحذوف (%2).</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="161"/>
        <source>Restore Deleted Guide</source>
        <translation>استعادة الدليل المحذوف</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistactions.cpp" line="167"/>
        <source>Restored “%1”.</source>
        <translation>تمت استعادة «%1».</translation>
    </message>
</context>
<context>
    <name>almanac::GuideListModel</name>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="95"/>
        <source>Draft only</source>
        <translation>مسودة فقط</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="97"/>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="99"/>
        <source>Changes requested</source>
        <translation>طُلبت تعديلات</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="101"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="103"/>
        <source>Live</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="105"/>
        <source>Live, newer draft</source>
        <translation>منشور، مع مسودة أحدث</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="115"/>
        <source>draft (v%1 not submitted)</source>
        <translation>مسودة (الإصدار %1 لم يُرسل)</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="115"/>
        <source>draft only</source>
        <translation>مسودة فقط</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="118"/>
        <source>in review (v%1)</source>
        <translation>قيد المراجعة (الإصدار %1)</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="121"/>
        <source>changes requested (v%1)</source>
        <translation>طُلبت تعديلات (الإصدار %1)</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="124"/>
        <source>approved (v%1)</source>
        <translation>معتمد (الإصدار %1)</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="127"/>
        <source>live v%1, archived</source>
        <translation>الإصدار %1 منشور، مؤرشف</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="127"/>
        <source>live v%1</source>
        <translation>الإصدار %1 منشور</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="129"/>
        <source>live v%1, newer draft</source>
        <translation>الإصدار %1 منشور، مع مسودة أحدث</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="134"/>
        <source>%1, live v%2</source>
        <translation>%1، الإصدار %2 منشور</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="135"/>
        <source>%1, archived</source>
        <translation>%1، مؤرشف</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="245"/>
        <source>%1 asked for changes: %2</source>
        <translation>طلب %1 تعديلات: %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="257"/>
        <source>%1
%2
Open by %3</source>
        <translation>%1
%2
مفتوح لدى %3</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="285"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="287"/>
        <source>Subject</source>
        <translation>المجال</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="289"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../src/app/window/guidelistmodel.cpp" line="291"/>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
</context>
<context>
    <name>almanac::HistoryPanel</name>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="38"/>
        <source>Findings of the chosen version</source>
        <translation>نتائج تدقيق الإصدار المختار</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="40"/>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="42"/>
        <source>Choose a version to compare it with the draft; Ctrl+click a second one to compare the two.</source>
        <translation>اختر إصدارًا لمقارنته بالمسودة؛ Ctrl+انقر على إصدار ثانٍ لمقارنة الإصدارين.</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="54"/>
        <source>Make Versio&amp;n…</source>
        <translation>إنشا&amp;ء إصدار…</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="55"/>
        <source>Su&amp;bmit for Review</source>
        <translation>إرسا&amp;ل للمراجعة</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="56"/>
        <source>&amp;Approve</source>
        <translation>اعتما&amp;د</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="57"/>
        <source>Request Chan&amp;ges…</source>
        <translation>&amp;طلب تعديلات…</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="58"/>
        <source>&amp;Publish</source>
        <translatorcomment>No mnemonic: every letter of this text is taken on its page.</translatorcomment>
        <translation>نشر الإصدار</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="59"/>
        <source>Restore into &amp;Draft</source>
        <translation>استعاد&amp;ة إلى المسودة</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="72"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="82"/>
        <source>Make Version</source>
        <translation>إنشاء إصدار</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="82"/>
        <source>What is this version?</source>
        <translation>ما وصف هذا الإصدار؟</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="97"/>
        <source>Request Changes</source>
        <translation>طلب تعديلات</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="97"/>
        <source>What should change?</source>
        <translation>ما الذي ينبغي تغييره؟</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="114"/>
        <source>v%1 has lint errors and cannot be published:
%2</source>
        <translation>في v%1 أخطاء تدقيق ولا يمكن نشره:
%2</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="117"/>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="118"/>
        <source>v%1 has warnings:
%2

Publish it anyway?</source>
        <translation>في v%1 تحذيرات:
%2

أتريد نشره رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="163"/>
        <source>%1: there is no version to do this to; make one first.</source>
        <translation>%1: لا يوجد إصدار لتطبيق ذلك عليه؛ أنشئ إصدارًا أولًا.</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="165"/>
        <source>%1 cannot be done to %2.</source>
        <translation>لا يمكن تطبيق %1 على %2.</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="188"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="199"/>
        <source>Draft — the text being edited</source>
        <translation>المسودة — النص قيد التحرير</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="211"/>
        <source>changes requested</source>
        <translation>طُلبت تعديلات</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="213"/>
        <source> · live</source>
        <translation> · منشور</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="218"/>
        <source>
    %1 asked: %2</source>
        <translation>
    طلب %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="236"/>
        <source>There is no version to comment on yet: make one first.</source>
        <translation>لا يوجد إصدار للتعليق عليه بعد: أنشئ إصدارًا أولًا.</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="258"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="293"/>
        <source>Lint of v%1: no problems.</source>
        <translation>تدقيق v%1: لا مشكلات.</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="294"/>
        <source>Lint of v%1: %2 error(s), %3 warning(s)%4</source>
        <translation>تدقيق v%1: الأخطاء %2، التحذيرات %3%4</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="298"/>
        <source> — errors block submitting and publishing</source>
        <translation> — الأخطاء تمنع الإرسال للمراجعة والنشر</translation>
    </message>
    <message>
        <location filename="../src/app/history/historypanel.cpp" line="405"/>
        <source>Restore v%1</source>
        <translation>استعادة v%1</translation>
    </message>
</context>
<context>
    <name>almanac::LanguageBox</name>
    <message>
        <location filename="../src/app/widgets/languagebox.cpp" line="33"/>
        <location filename="../src/app/widgets/languagebox.cpp" line="48"/>
        <source>English (default)</source>
        <translation>الإنجليزية (الافتراضية)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/languagebox.cpp" line="36"/>
        <source>a language tag, e.g. pt-BR</source>
        <translation>وسم لغة، مثل pt-BR</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/languagebox.cpp" line="38"/>
        <source>Language of the guide</source>
        <translation>لغة الدليل</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/languagebox.cpp" line="39"/>
        <source>The language the guide is written in: it sets the page&apos;s language and direction, and the spelling dictionary. Choose one, or type a BCP 47 tag.</source>
        <translation>اللغة التي كُتب بها الدليل: تحدد لغة الصفحة واتجاهها وقاموس التدقيق الإملائي. اختر لغة، أو اكتب وسم BCP 47.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/languagebox.cpp" line="85"/>
        <source>“%1” is not a language tag. Use a language such as de, ar or he, then an optional script and region, as in sr-Latn or pt-BR.</source>
        <translation>«%1» ليس وسم لغة. استخدم لغةً مثل de أو ar أو he، يليها اختياريًا نظام كتابة ومنطقة، كما في sr-Latn أو pt-BR.</translation>
    </message>
</context>
<context>
    <name>almanac::MainWindow</name>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="129"/>
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="154"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="155"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="163"/>
        <source>&amp;Paste Guide</source>
        <translation>&amp;لصق دليل</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="165"/>
        <source>Make a new guide from the text of a published guide page on the clipboard</source>
        <translation>إنشاء دليل جديد من نص صفحة دليل منشورة موجود في الحافظة</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="166"/>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="169"/>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="179"/>
        <source>Pre&amp;ferences…</source>
        <translation>ت&amp;فضيلات…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="187"/>
        <source>&amp;Guides</source>
        <translation>الأ&amp;دلة</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="189"/>
        <location filename="../src/app/window/mainwindow.cpp" line="466"/>
        <source>&amp;Problems</source>
        <translation>الم&amp;شكلات</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="221"/>
        <source>About Almanac Studio</source>
        <translation>عن Almanac Studio</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="222"/>
        <source>&lt;h3&gt;Almanac Studio %1&lt;/h3&gt;&lt;p&gt;An editorial workstation for structured guides: draft, review and publish.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Almanac Studio %1&lt;/h3&gt;&lt;p&gt;محطة عمل تحريرية للأدلة المنظَّمة: كتابة المسودات ومراجعتها ونشرها.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="253"/>
        <source>%1 stayed open: a guide could not be saved</source>
        <translation>بقي %1 مفتوحًا: تعذّر حفظ أحد الأدلة</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="277"/>
        <source>%1 — Almanac Studio</source>
        <translation>%1 — Almanac Studio</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="412"/>
        <source>Untitled guide</source>
        <translation>دليل بلا عنوان</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="418"/>
        <source>New Guide</source>
        <translation>دليل جديد</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="464"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="465"/>
        <source>Problems (%1)</source>
        <translation>المشكلات (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="481"/>
        <location filename="../src/app/window/mainwindow.cpp" line="488"/>
        <source>New Workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="482"/>
        <location filename="../src/app/window/mainwindow.cpp" line="494"/>
        <source>Almanac workspaces (*.almanac);;All files (*)</source>
        <translation>مساحات عمل Almanac (*.almanac);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="493"/>
        <location filename="../src/app/window/mainwindow.cpp" line="497"/>
        <location filename="../src/app/window/mainwindow.cpp" line="558"/>
        <source>Open Workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="506"/>
        <location filename="../src/app/window/mainwindow.cpp" line="521"/>
        <source>Open Team Workspace</source>
        <translation>فتح مساحة عمل فريق</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="507"/>
        <source>The PostgreSQL server&apos;s connection string, e.g. postgresql://ana@db.example.org/newsroom or service=newsroom.
The password comes from ~/.pgpass or PGPASSWORD, never from here.</source>
        <translation>سلسلة اتصال خادم PostgreSQL، مثل postgresql://ana@db.example.org/newsroom أو service=newsroom.
تؤخذ كلمة السر من ~/.pgpass أو PGPASSWORD، ولا تُكتب هنا أبدًا.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="515"/>
        <source>“%1” is not a PostgreSQL connection string (postgresql://…, service=…, or host=… dbname=…); a workspace file opens with Open Workspace.</source>
        <translation>«%1» ليست سلسلة اتصال PostgreSQL (postgresql://… أو service=… أو host=… dbname=…)؛ أما ملف مساحة العمل فيُفتح عبر «فتح مساحة عمل».</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="531"/>
        <source>%1 on %2</source>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindow.cpp" line="567"/>
        <source>No workspace open</source>
        <translation>لا توجد مساحة عمل مفتوحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/mainwindow.cpp" line="572"/>
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n دليل</numerusform>
            <numerusform>دليل واحد</numerusform>
            <numerusform>دليلان</numerusform>
            <numerusform>%n أدلة</numerusform>
            <numerusform>%n دليلًا</numerusform>
            <numerusform>%n دليل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/mainwindow.cpp" line="573"/>
        <source>%n match(es) for “%1”</source>
        <translation>
            <numerusform>%n نتيجة لـ«%1»</numerusform>
            <numerusform>نتيجة واحدة لـ«%1»</numerusform>
            <numerusform>نتيجتان لـ«%1»</numerusform>
            <numerusform>%n نتائج لـ«%1»</numerusform>
            <numerusform>%n نتيجة لـ«%1»</numerusform>
            <numerusform>%n نتيجة لـ«%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="29"/>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="46"/>
        <source>Close Guide</source>
        <translation>إغلاق الدليل</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="30"/>
        <source>“%1” has conflicts that are not resolved yet.</source>
        <translation>في «%1» تعارضات لم تُحلّ بعد.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="33"/>
        <source>Your edits are kept in the workspace and come back, with the conflicts, when you open the guide again.</source>
        <translation>تبقى تعديلاتك محفوظة في مساحة العمل، وتعود مع التعارضات عند فتح الدليل مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="35"/>
        <source>Resolve Now…</source>
        <translation>حلّ الآن…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="36"/>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="56"/>
        <source>Close and Keep Edits</source>
        <translation>إغلاق مع الاحتفاظ بالتعديلات</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="47"/>
        <source>“%1” could not be saved.</source>
        <translation>تعذّر حفظ «%1».</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="53"/>
        <source>%1

Your edits are kept on this computer and saved when the server is back, or when you next open this workspace.</source>
        <translation>%1

تبقى تعديلاتك على هذا الحاسوب، وتُحفظ عند عودة الخادم أو عند فتحك مساحة العمل هذه في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="58"/>
        <source>Try Again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="59"/>
        <source>Save a Copy As…</source>
        <translation>حفظ نسخة باسم…</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="60"/>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="78"/>
        <source>Discard Edits</source>
        <translation>تجاهل التعديلات</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="70"/>
        <source>Save a Copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="70"/>
        <source>Guide files (*.json)</source>
        <translation>ملفات الأدلة (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/window/mainwindowclosing.cpp" line="79"/>
        <source>Throw away the edits to “%1” that are not saved?</source>
        <translation>أتريد التخلي عن التعديلات غير المحفوظة على «%1»؟</translation>
    </message>
</context>
<context>
    <name>almanac::MarkdownEdit</name>
    <message>
        <location filename="../src/app/editor/markdownedit.cpp" line="78"/>
        <source>Markdown text</source>
        <translation>نص Markdown</translation>
    </message>
    <message>
        <location filename="../src/app/editor/markdownedit.cpp" line="103"/>
        <source>Citation keys</source>
        <translation>مفاتيح الاستشهاد</translation>
    </message>
    <message>
        <location filename="../src/app/editor/markdownedit.cpp" line="394"/>
        <source>No Suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <location filename="../src/app/editor/markdownedit.cpp" line="398"/>
        <source>Add to Dictionary</source>
        <translation>إضافة إلى القاموس</translation>
    </message>
</context>
<context>
    <name>almanac::MergeDialog</name>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="47"/>
        <source>Resolve Conflicts</source>
        <translation>حل التعارضات</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="49"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="54"/>
        <source>Before either change:</source>
        <translation>قبل أيٍّ من التغييرين:</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="55"/>
        <source>Before either change</source>
        <translation>قبل أيٍّ من التغييرين</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="57"/>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="67"/>
        <source>Yours</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="59"/>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="80"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="60"/>
        <source>Keep &amp;Mine</source>
        <translation>إبقاء &amp;نسختي</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="61"/>
        <source>Keep &amp;Theirs</source>
        <translation>إبقاء &amp;نسختهم</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="62"/>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="143"/>
        <source>Keep &amp;Both</source>
        <translation>إبقاء &amp;كلتيهما</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="63"/>
        <source>Use &amp;Edited Text</source>
        <translation>استخدام النص &amp;المحرَّر</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="64"/>
        <source>Take the text as edited in Result</source>
        <translation>اعتماد النص كما حُرِّر في «النتيجة»</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="89"/>
        <source>Keep All Mi&amp;ne</source>
        <translation>إبقاء &amp;كل نسخي</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="90"/>
        <source>Keep All T&amp;heirs</source>
        <translation>إبقاء كل &amp;نسخهم</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="91"/>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="118"/>
        <source>Decided</source>
        <translation>محسوم</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="118"/>
        <source>Not decided yet</source>
        <translation>لم يُحسم بعد</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="134"/>
        <source>(you deleted it)</source>
        <translation>(حذفته أنت)</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="136"/>
        <source>(they deleted it)</source>
        <translation>(حذفه الطرف الآخر)</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="143"/>
        <source>Keep the &amp;Item</source>
        <translation>إبقاء &amp;العنصر</translation>
    </message>
    <message>
        <location filename="../src/app/conflicts/mergedialog.cpp" line="198"/>
        <source>Put the result into the guide (one step in Edit ▸ Undo)</source>
        <translation>وضع النتيجة في الدليل (خطوة واحدة في تحرير ▸ تراجع)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/conflicts/mergedialog.cpp" line="199"/>
        <source>%n conflict(s) still to decide</source>
        <translation>
            <numerusform>لم يُبتّ بعد في %n تعارض</numerusform>
            <numerusform>لم يُبتّ بعد في تعارض واحد</numerusform>
            <numerusform>لم يُبتّ بعد في تعارضين</numerusform>
            <numerusform>لم يُبتّ بعد في %n تعارضات</numerusform>
            <numerusform>لم يُبتّ بعد في %n تعارضًا</numerusform>
            <numerusform>لم يُبتّ بعد في %n تعارض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>almanac::PartModel</name>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="58"/>
        <source>TL;DR</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="61"/>
        <source>takeaway %1</source>
        <translation>النقطة الرئيسية %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="65"/>
        <source>section %1</source>
        <translation>القسم %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="69"/>
        <source>event %1</source>
        <translation>الحدث %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="73"/>
        <source>FAQ %1</source>
        <translation>سؤال شائع %1</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="95"/>
        <source>not cited</source>
        <translation>غير مُستشهَد به</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="144"/>
        <source>Takeaway</source>
        <translation>النقطة الرئيسية</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="146"/>
        <source>Heading</source>
        <translation>عنوان القسم</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="148"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="150"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="152"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="154"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="156"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="158"/>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="160"/>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="162"/>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="164"/>
        <source>Accessed</source>
        <translation>تاريخ الوصول</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="166"/>
        <source>Relevance</source>
        <translation>الصلة</translation>
    </message>
    <message>
        <location filename="../src/app/document/partmodel.cpp" line="168"/>
        <source>Cited in</source>
        <translation>مُستشهَد به في</translation>
    </message>
</context>
<context>
    <name>almanac::PartPage</name>
    <message>
        <location filename="../src/app/editor/partpage.cpp" line="38"/>
        <source>%1 list</source>
        <translation>قائمة %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/partpage.cpp" line="58"/>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/partpage.cpp" line="60"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../src/app/editor/partpage.cpp" line="62"/>
        <source>Move Up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location filename="../src/app/editor/partpage.cpp" line="64"/>
        <source>Move Down</source>
        <translation>نقل لأسفل</translation>
    </message>
</context>
<context>
    <name>almanac::PartialDateDelegate</name>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="122"/>
        <source>A date is a year (2015; -0044 for 44 BCE; Y-13800000000 for a year of more than four digits), a month (2015-08) or season (2015-21 to 2015-24: spring to winter), or a day (2015-08-27); ~ after it means circa (1950~), and / between two dates makes a range (1964/2008).</source>
        <translation>التاريخ سنةٌ (2015؛ و-0044 لسنة 44 ق.م؛ وY-13800000000 لسنة من أكثر من أربعة أرقام)، أو شهر (2015-08) أو فصل (من 2015-21 إلى 2015-24: من الربيع إلى الشتاء)، أو يوم (2015-08-27)؛ والعلامة ~ بعده تعني «حوالي» (1950~)، والعلامة / بين تاريخين تجعلهما نطاقًا (1964/2008).</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="134"/>
        <source>&quot;%1&quot; is not a whole date yet.</source>
        <translation>«%1» ليس تاريخًا كاملًا بعد.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="135"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>«%1» ليس تاريخًا.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="144"/>
        <source>YYYY, YYYY-MM, YYYY-MM-DD, 1950~, 1964/2008</source>
        <translation>YYYY, YYYY-MM, YYYY-MM-DD, 1950~, 1964/2008</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="145"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="146"/>
        <source>Leave it empty when the date is not known.</source>
        <translation>اتركه فارغًا إن كان التاريخ غير معروف.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="150"/>
        <source>That would not make a date.</source>
        <translation>هذا لا يشكّل تاريخًا.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="187"/>
        <source>The entry stays undated.</source>
        <translation>يبقى المُدخَل بلا تاريخ.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="187"/>
        <source>The date stays %1.</source>
        <translation>يبقى التاريخ %1.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="211"/>
        <location filename="../src/app/delegates/partialdatedelegate.cpp" line="223"/>
        <source>undated</source>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>almanac::PreferencesDialog</name>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="22"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="28"/>
        <source>System language (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="34"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="35"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="37"/>
        <source>Almanac Studio speaks the new language when it starts again.</source>
        <translation>يستخدم Almanac Studio اللغة الجديدة عند تشغيله من جديد.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="47"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="48"/>
        <source>Put on the versions and comments you make at this computer. Empty: your name on the system. On a team workspace the server records your login.</source>
        <translation>يظهر على الإصدارات والتعليقات التي تنشئها على هذا الحاسوب. إن تُرك فارغًا: اسمك في النظام. في مساحة عمل الفريق يسجّل الخادم اسم دخولك.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="50"/>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
</context>
<context>
    <name>almanac::PresenceMarks</name>
    <message>
        <location filename="../src/app/window/presencemarks.cpp" line="55"/>
        <source>%1
Also open by %2</source>
        <translation>%1
مفتوح أيضًا لدى %2</translation>
    </message>
</context>
<context>
    <name>almanac::PreviewView</name>
    <message>
        <location filename="../src/app/preview/previewview.cpp" line="21"/>
        <source>Page preview</source>
        <translation>معاينة الصفحة</translation>
    </message>
</context>
<context>
    <name>almanac::RelevanceDelegate</name>
    <message>
        <location filename="../src/app/delegates/relevancedelegate.cpp" line="34"/>
        <source>Relevance</source>
        <translation>الصلة</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/relevancedelegate.cpp" line="35"/>
        <source>From 1 (barely relevant) to 10 (essential)</source>
        <translation>من 1 (قليل الصلة) إلى 10 (أساسي)</translation>
    </message>
</context>
<context>
    <name>almanac::ReviewActions</name>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="18"/>
        <source>&amp;Review</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="31"/>
        <source>Make &amp;Version…</source>
        <translation>إنشا&amp;ء إصدار…</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="33"/>
        <source>&amp;Submit for Review</source>
        <translation>إرسا&amp;ل للمراجعة</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="35"/>
        <source>&amp;Approve</source>
        <translation>اعتما&amp;د</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="36"/>
        <source>Request &amp;Changes…</source>
        <translation>&amp;طلب تعديلات…</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="38"/>
        <source>&amp;Publish…</source>
        <translation>&amp;نشر…</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="56"/>
        <source>Add Co&amp;mment…</source>
        <translation>إضافة &amp;تعليق…</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="64"/>
        <source>Repl&amp;y to Comment…</source>
        <translation>&amp;رد على التعليق…</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="77"/>
        <source>Show A&amp;waiting Review</source>
        <translation>إظهار ما &amp;ينتظر المراجعة</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="82"/>
        <source>Show guides in review stage</source>
        <translation>إظهار الأدلة في مرحلة المراجعة</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="83"/>
        <source>All guides</source>
        <translation>كل الأدلة</translation>
    </message>
    <message>
        <location filename="../src/app/window/reviewactions.cpp" line="102"/>
        <source>Awaiting my review</source>
        <translation>بانتظار مراجعتي</translation>
    </message>
</context>
<context>
    <name>almanac::ReviewNoteBar</name>
    <message>
        <location filename="../src/app/history/reviewnotebar.cpp" line="13"/>
        <source>Vie&amp;w in History</source>
        <translation>عرض &amp;في السجل</translation>
    </message>
    <message>
        <location filename="../src/app/history/reviewnotebar.cpp" line="30"/>
        <source>Request for changes</source>
        <translation>طلب تعديلات</translation>
    </message>
    <message>
        <location filename="../src/app/history/reviewnotebar.cpp" line="42"/>
        <source>A reviewer</source>
        <translation>أحد المراجعين</translation>
    </message>
    <message>
        <location filename="../src/app/history/reviewnotebar.cpp" line="44"/>
        <source>%1 asked for changes to v%2 on %3.</source>
        <translation>طلب %1 تعديلات على v%2 بتاريخ %3.</translation>
    </message>
    <message>
        <location filename="../src/app/history/reviewnotebar.cpp" line="45"/>
        <source>%1 asked for changes to v%2 on %3: “%4”</source>
        <translation>طلب %1 تعديلات على v%2 بتاريخ %3: «%4»</translation>
    </message>
</context>
<context>
    <name>almanac::SourceRecordEditor</name>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="132"/>
        <source>(not set)</source>
        <translation>(غير مُعيَّن)</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="135"/>
        <source>Item type</source>
        <translation>نوع العنصر</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="136"/>
        <source>&amp;Type:</source>
        <translation>ا&amp;لنوع:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="143"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="143"/>
        <source>Family</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="143"/>
        <source>Given</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="143"/>
        <source>Literal name</source>
        <translation>الاسم كما هو</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="146"/>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="147"/>
        <source>Authors, editors and other names: a family and given name, or a literal name (an organisation). Roles: %1</source>
        <translation>المؤلفون والمحررون وغيرهم: اسم عائلة واسم أول، أو اسم كما هو (لجهة أو مؤسسة). الأدوار: %1</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="153"/>
        <source>Add Name</source>
        <translation>إضافة اسم</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="156"/>
        <source>Remove Name</source>
        <translation>إزالة اسم</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="165"/>
        <source>N&amp;ames:</source>
        <translation>الأسما&amp;ء:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="169"/>
        <source>Container tit&amp;le:</source>
        <translation>عن&amp;وان المصدر الأم:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="170"/>
        <source>&amp;Publisher:</source>
        <translatorcomment>No mnemonic: every letter of this text is taken on its page.</translatorcomment>
        <translation>دار النشر:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="171"/>
        <source>Volume:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="172"/>
        <source>Iss&amp;ue:</source>
        <translation>الع&amp;دد:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="173"/>
        <source>Pa&amp;ges:</source>
        <translation>الصف&amp;حات:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="174"/>
        <source>&amp;DOI:</source>
        <translation>&amp;DOI:</translation>
    </message>
    <message>
        <location filename="../src/app/editor/sourcerecordeditor.cpp" line="175"/>
        <source>IS&amp;BN:</source>
        <translation>IS&amp;BN:</translation>
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
        <translation>النص المصدري لملف الدليل</translation>
    </message>
</context>
<context>
    <name>almanac::TagEdit</name>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="40"/>
        <source>Add a tag…</source>
        <translation>إضافة وسم…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="41"/>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="62"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="64"/>
        <source>Type a tag and press Enter or a comma; Backspace removes the last tag</source>
        <translation>اكتب وسمًا واضغط Enter أو فاصلة؛ يزيل Backspace آخر وسم</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="189"/>
        <source>“%1” is already a tag.</source>
        <translation>«%1» وسم موجود بالفعل.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="225"/>
        <source>Remove “%1”</source>
        <translation>إزالة «%1»</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tagedit.cpp" line="226"/>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
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
        <translation>مساحة عمل فريق</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="46"/>
        <source>Server unreachable since %1: your edits are kept in this window and saved when it is back</source>
        <translation>تعذّر الوصول إلى الخادم منذ %1: تبقى تعديلاتك في هذه النافذة وتُحفظ عند عودته</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="53"/>
        <source>%1 (no Almanac role: read only)</source>
        <translation>%1 (بلا دور في Almanac: للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="54"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="56"/>
        <source>Signed in to the team workspace as %1. The server checks every step against these roles.</source>
        <translation>سجّلت الدخول إلى مساحة عمل الفريق باسم %1. يتحقق الخادم من كل خطوة وفق هذه الأدوار.</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="67"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="77"/>
        <source>offline edits of %1 saved</source>
        <translation>حُفظت تعديلات %1 المُجراة دون اتصال</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="79"/>
        <source>conflicts to resolve in %1</source>
        <translation>تعارضات يجب حلّها في %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/teamstatus.cpp" line="81"/>
        <source>still kept on this computer: %1</source>
        <translation>ما زال محفوظًا على هذا الحاسوب: %1</translation>
    </message>
</context>
<context>
    <name>almanac::TimelineView</name>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="59"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="61"/>
        <source>The timeline entries drawn by date; the arrow keys move between entries, Enter opens one</source>
        <translation>مدخلات الخط الزمني مرسومة حسب التاريخ؛ تنقّل بينها بمفاتيح الأسهم، ويفتح Enter المُدخَل</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="136"/>
        <location filename="../src/app/widgets/timelineview.cpp" line="178"/>
        <location filename="../src/app/widgets/timelineview.cpp" line="340"/>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="137"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="137"/>
        <source>%1 (no date)</source>
        <translation>%1 (بلا تاريخ)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="263"/>
        <source>Image: %1</source>
        <translation>صورة: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="267"/>
        <source>Quote: %1</source>
        <translation>اقتباس: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="271"/>
        <source>Link: %1</source>
        <translation>رابط: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="299"/>
        <location filename="../src/app/widgets/timelineview.cpp" line="421"/>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/timelineview.cpp" line="386"/>
        <source>No timeline entries yet</source>
        <translation>لا مدخلات في الخط الزمني بعد</translation>
    </message>
</context>
<context>
    <name>almanac::TransferActions</name>
    <message numerus="yes">
        <location filename="../src/app/window/transferactions.cpp" line="54"/>
        <source>%n thing(s) to check or fill in:</source>
        <translation>
            <numerusform>%n عنصر للتحقق منه أو إكماله:</numerusform>
            <numerusform>عنصر واحد للتحقق منه أو إكماله:</numerusform>
            <numerusform>عنصران للتحقق منهما أو إكمالهما:</numerusform>
            <numerusform>%n عناصر للتحقق منها أو إكمالها:</numerusform>
            <numerusform>%n عنصرًا للتحقق منها أو إكمالها:</numerusform>
            <numerusform>%n عنصر للتحقق منها أو إكمالها:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="58"/>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="58"/>
        <source>Part</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="58"/>
        <source>What</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="60"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="83"/>
        <location filename="../src/app/window/transferactions.cpp" line="105"/>
        <location filename="../src/app/window/transferactions.cpp" line="110"/>
        <location filename="../src/app/window/transferactions.cpp" line="128"/>
        <location filename="../src/app/window/transferactions.cpp" line="148"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="84"/>
        <source>Guides and sources (*.json *.md *.markdown *.txt);;All files (*)</source>
        <translation>الأدلة والمصادر (*.json *.md *.markdown *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="105"/>
        <location filename="../src/app/window/transferactions.cpp" line="128"/>
        <source>
Nothing was imported.</source>
        <translation>
لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="111"/>
        <source>%1: sources and timelines go into a guide; open the guide first.</source>
        <translation>%1: المصادر والخطوط الزمنية تُستورد إلى دليل؛ افتح الدليل أولًا.</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="133"/>
        <source>Import into %1</source>
        <translation>استيراد إلى %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="143"/>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="159"/>
        <location filename="../src/app/window/transferactions.cpp" line="176"/>
        <source>pasted text</source>
        <translation>نص ملصوق</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="161"/>
        <location filename="../src/app/window/transferactions.cpp" line="172"/>
        <location filename="../src/app/window/transferactions.cpp" line="176"/>
        <source>Paste Guide</source>
        <translation>لصق دليل</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="184"/>
        <location filename="../src/app/window/transferactions.cpp" line="266"/>
        <source>Export Bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="185"/>
        <source>Export the published guides as one zip archive or as a folder?</source>
        <translation>أتريد تصدير الأدلة المنشورة كأرشيف zip واحد أم كمجلد؟</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="187"/>
        <source>Both hold the static site and its data. A zip is one file to upload or keep; a folder can be served as it is. Only an earlier bundle is ever replaced.</source>
        <translation>يحوي كلاهما الموقع الثابت وبياناته. أرشيف zip ملف واحد للرفع أو الحفظ؛ أما المجلد فيمكن تقديمه كما هو. لا يُستبدل أبدًا إلا حزمة سابقة.</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="189"/>
        <source>&amp;Zip Archive…</source>
        <translation>&amp;أرشيف Zip…</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="190"/>
        <source>&amp;Folder…</source>
        <translation>&amp;مجلد…</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="198"/>
        <source>Export Bundle as a Zip Archive</source>
        <translation>تصدير الحزمة كأرشيف Zip</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="200"/>
        <source>Zip archives (*.zip)</source>
        <translation>أرشيفات Zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="206"/>
        <source>Export Bundle into a New Folder Inside…</source>
        <translation>تصدير الحزمة إلى مجلد جديد داخل…</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="224"/>
        <source>Exporting the bundle…</source>
        <translation>جارٍ تصدير الحزمة…</translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="224"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/window/transferactions.cpp" line="258"/>
        <source>Exported %n guide(s) to %1</source>
        <translation>
            <numerusform>تم تصدير %n دليل إلى %1</numerusform>
            <numerusform>تم تصدير دليل واحد إلى %1</numerusform>
            <numerusform>تم تصدير دليلين إلى %1</numerusform>
            <numerusform>تم تصدير %n أدلة إلى %1</numerusform>
            <numerusform>تم تصدير %n دليلًا إلى %1</numerusform>
            <numerusform>تم تصدير %n دليل إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/window/transferactions.cpp" line="262"/>
        <source>Export cancelled; nothing was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي شيء</translation>
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
        <translation>عنوان ويب</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/urldelegate.cpp" line="46"/>
        <source>An http:// or https:// address, or empty</source>
        <translation>عنوان http:// أو https://، أو فارغ</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/urldelegate.cpp" line="75"/>
        <source>“%1” is not a web address; the previous address was kept.</source>
        <translation>«%1» ليس عنوان ويب؛ أُبقي على العنوان السابق.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/urldelegate.cpp" line="89"/>
        <source>Not a web address: it needs http:// or https:// and a host name.</source>
        <translation>ليس عنوان ويب: يلزمه http:// أو https:// واسم مضيف.</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/urldelegate.cpp" line="122"/>
        <source>Not a web address: use http:// or https:// and a host name, or leave it empty. Press Escape to keep the previous address.</source>
        <translation>ليس عنوان ويب: استخدم http:// أو https:// واسم مضيف، أو اتركه فارغًا. اضغط Escape للإبقاء على العنوان السابق.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="72"/>
        <source>Editorial workstation for structured guides.</source>
        <translation>محطة عمل تحريرية للأدلة المنظَّمة.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="76"/>
        <source>Open the workspace at PATH.</source>
        <translation>فتح مساحة العمل الموجودة في PATH.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="79"/>
        <source>Show the guide with this SLUG.</source>
        <translation>عرض الدليل ذي المعرّف SLUG.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="83"/>
        <source>Save a picture of the window to FILE (PNG) once the workspace and guide are shown and the page has had a few seconds to render, then quit: for documentation and bug reports.</source>
        <translation>حفظ صورة للنافذة في FILE (PNG) بعد عرض مساحة العمل والدليل ومنح الصفحة بضع ثوانٍ للتصيير، ثم الخروج: للتوثيق وتقارير العلل.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="115"/>
        <source>Open Workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
</context>
</TS>
