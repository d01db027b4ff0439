<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>almanac::CommandLine</name>
    <message>
        <location filename="../src/cli/bundlecommands.cpp" line="18"/>
        <source>bundle needs -o OUT: a folder, or a file ending in .zip</source>
        <translation>يتطلب bundle الخيار -o OUT: مجلدًا، أو ملفًا ينتهي بـ .zip</translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommands.cpp" line="29"/>
        <source>bundle: %1/%2 files</source>
        <extracomment>progress while writing a bundle: %1 files written of %2</extracomment>
        <translation>bundle: الملفات %1/%2</translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommands.cpp" line="38"/>
        <source>wrote %1: %2, %3</source>
        <extracomment>%1: the bundle written, %2: &quot;N guide(s)&quot;, %3: &quot;N file(s)&quot;</extracomment>
        <translation>تمت كتابة %1: %2، %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/bundlecommands.cpp" line="39"/>
        <location filename="../src/cli/maintenancecommands.cpp" line="27"/>
        <source>%n guide(s)</source>
        <translation>
            <numerusform>لا أدلة</numerusform>
            <numerusform>دليل واحد</numerusform>
            <numerusform>دليلان</numerusform>
            <numerusform>%n أدلة</numerusform>
            <numerusform>%n دليلًا</numerusform>
            <numerusform>%n دليل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/bundlecommands.cpp" line="40"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommands.cpp" line="44"/>
        <location filename="../src/cli/bundlecommands.cpp" line="49"/>
        <source>%1; no bundle was written</source>
        <translation>%1؛ لم تُكتب أي حزمة</translation>
    </message>
    <message>
        <location filename="../src/cli/bundlecommands.cpp" line="57"/>
        <source>verify takes one BUNDLE: a folder or a .zip</source>
        <translation>يأخذ verify حزمة BUNDLE واحدة: مجلدًا أو ملف .zip</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/bundlecommands.cpp" line="64"/>
        <source>%1: %n problem(s); the bundle does not match its manifest</source>
        <translation>
            <numerusform>%1: %n مشكلة؛ الحزمة لا تطابق بيانها</numerusform>
            <numerusform>%1: مشكلة واحدة؛ الحزمة لا تطابق بيانها</numerusform>
            <numerusform>%1: مشكلتان؛ الحزمة لا تطابق بيانها</numerusform>
            <numerusform>%1: %n مشكلات؛ الحزمة لا تطابق بيانها</numerusform>
            <numerusform>%1: %n مشكلة؛ الحزمة لا تطابق بيانها</numerusform>
            <numerusform>%1: %n مشكلة؛ الحزمة لا تطابق بيانها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/bundlecommands.cpp" line="68"/>
        <source>%1: %n file(s) match the manifest</source>
        <translation>
            <numerusform>%1: لا يطابق البيان أي ملف</numerusform>
            <numerusform>%1: ملف واحد يطابق البيان</numerusform>
            <numerusform>%1: ملفان يطابقان البيان</numerusform>
            <numerusform>%1: %n ملفات تطابق البيان</numerusform>
            <numerusform>%1: %n ملفًا يطابق البيان</numerusform>
            <numerusform>%1: %n ملف يطابق البيان</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="25"/>
        <source>Usage: almanac [-w WORKSPACE] COMMAND [ARGS]

Commands:
  init PATH                  create a workspace (PATH: a file, or a PostgreSQL connection
                             string such as postgresql://user@host/db for a team workspace)
  import FILE|FOLDER... [--base FILE | --replace] [--strict]
                             import guides: almanac-guide/1 JSON, Markdown with YAML or TOML
                             front matter (.md; a FOLDER such as a Hugo site&apos;s content/ for
                             every .md in it, a file that cannot be read skipped unless
                             --strict), or the text of a published page (.txt); a guide
                             already in the workspace is merged with the changes saved since
                             the revision its file was exported from (or since --base FILE);
                             conflicts: exit 1, nothing imported; --replace overwrites
  import FILE... --into SLUG [--strict]
                             merge CSL-JSON sources or a TimelineJS timeline into a draft;
                             an item that cannot be taken is an error with its file and
                             place, the rest come in (exit 1); --strict: all or nothing
  export SLUG [-o FILE] [--format json|markdown|csl]
                             the draft as canonical almanac-guide/1 JSON (default), as
                             Markdown with front matter, or its sources as CSL-JSON
  list                       slug, title, state and live version of every guide
  search QUERY [--limit N] [--prefix]
                             full-text search, best first
  lint [SLUG|FILE...]        findings with their place; exit 1 if any is an error
  render SLUG [-o FILE]      the page as HTML, as the preview shows it
  snapshot SLUG -m NOTE      make a version (v1, v2, ...) of the draft
  versions SLUG              the guide&apos;s versions with their states and history
  diff SLUG FROM [TO] [--format text|html|json] [--exit-code]
                             what changed; FROM and TO are vN or draft (TO: draft)
  review SLUG vN (--submit | --approve | --request-changes) [-m NOTE]
                             move a version through review
  publish SLUG vN [--yes]    lint, then make vN the live version (--yes accepts warnings)
  comment SLUG vN [--on PART] [--quote WORDS] -m TEXT
                             a review comment on a version, on its details (the default)
                             or an item: --on sections[0], takeaways[i], timeline[i],
                             faq[i], sources[i]; --quote anchors it to those words of the
                             item&apos;s text (the TL;DR for details); prints the comment&apos;s id
  comment SLUG --reply ID -m TEXT
                             answer a comment, in its thread
  comments SLUG [--resolve ID]
                             the guide&apos;s comments, one per line (id, version, part and
                             quoted words, who, when, open, resolved or the thread it
                             answers, text); --resolve marks a thread resolved
  bundle [SLUG...] -o OUT    export the live versions as a bundle: OUT.zip or a folder; all
                             guides with a live version when none is named
  verify BUNDLE              check a bundle (folder or .zip) against its manifest; exit 1 if
                             a file is missing, extra, altered or not a plain file
  check                      look for damage in the workspace (database, drafts, versions);
                             exit 1 if any is found
  backup PATH                write a consistent copy of the workspace to PATH, even while
                             other programs write to it; PATH must not exist
  team init URL              make a PostgreSQL database a team workspace: group roles,
                             tables owned by almanac_owner, workflow steps checked by the
                             server (run as the database owner, with CREATEROLE)
  team add-user NAME --role editor|reviewer|publisher|admin
  team users                 team members and their roles
  team remove-user NAME      take every Almanac role from NAME
  merge BASE OURS THEIRS [-o FILE]
                             three-way merge of almanac-guide/1 files: the merged guide as
                             canonical JSON; exit 1 if both sides changed something
                             differently (the conflicts on standard error; the output has
                             THEIRS at each)

Export takes --version vN for a version instead of the draft. --author NAME (or
$ALMANAC_AUTHOR, else $USER) says who made a version or review step.

The workspace is -w PATH, else $ALMANAC_WORKSPACE, else the default workspace.
Exit status: 0 success, 1 problems found, 2 bad usage or unreadable input.
</source>
        <translation>الاستخدام: almanac [-w WORKSPACE] COMMAND [ARGS]

الأوامر:
  init PATH                  إنشاء مساحة عمل (PATH: ملف، أو سلسلة اتصال PostgreSQL
                             مثل postgresql://user@host/db لمساحة عمل فريق)
  import FILE|FOLDER... [--base FILE | --replace] [--strict]
                             استيراد أدلة: almanac-guide/1 JSON، أو Markdown مع ترويسة (front matter)
                             بصيغة YAML أو TOML (.md؛ أو FOLDER مثل مجلد content/ في موقع Hugo لاستيراد
                             كل ملفات .md فيه، ويُتخطّى الملف الذي تتعذّر قراءته ما لم يُحدَّد
                             --strict)، أو نص صفحة منشورة (.txt)؛ الدليل الموجود أصلًا في مساحة العمل
                             يُدمج مع التغييرات المحفوظة منذ النسخة التي صُدِّر منها ملفه (أو منذ
                             --base FILE)؛ عند التعارضات: رمز الخروج 1 ولا يُستورد شيء؛ --replace يكتب
                             فوق المسودة
  import FILE... --into SLUG [--strict]
                             دمج مصادر CSL-JSON أو خط زمني TimelineJS في مسودة؛ العنصر الذي يتعذّر
                             أخذه خطأ يُذكر معه ملفه وموضعه، ويُستورد الباقي (رمز الخروج 1)؛
                             --strict: الكل أو لا شيء
  export SLUG [-o FILE] [--format json|markdown|csl]
                             المسودة بصيغة almanac-guide/1 JSON القياسية (الافتراضي)، أو Markdown
                             مع ترويسة (front matter)، أو مصادرها بصيغة CSL-JSON
  list                       الاسم اللطيف والعنوان والحالة والإصدار المنشور لكل دليل
  search QUERY [--limit N] [--prefix]
                             بحث في النص الكامل، الأفضل تطابقًا أولًا
  lint [SLUG|FILE...]        ملاحظات الفحص مع مواضعها؛ رمز الخروج 1 إن كانت إحداها خطأً
  render SLUG [-o FILE]      الصفحة بصيغة HTML، كما تظهر في المعاينة
  snapshot SLUG -m NOTE      إنشاء إصدار (v1, v2, ...) من المسودة
  versions SLUG              إصدارات الدليل مع حالاتها وسجلّها
  diff SLUG FROM [TO] [--format text|html|json] [--exit-code]
                             ما الذي تغيّر؛ FROM و TO هما vN أو draft (TO افتراضيًا: draft)
  review SLUG vN (--submit | --approve | --request-changes) [-m NOTE]
                             نقل إصدار عبر مراحل المراجعة
  publish SLUG vN [--yes]    الفحص، ثم جعل vN الإصدار المنشور (--yes يقبل التحذيرات)
  comment SLUG vN [--on PART] [--quote WORDS] -m TEXT
                             تعليق مراجعة على إصدار، على تفاصيله (الافتراضي) أو على عنصر: --on sections[0]،
                             takeaways[i]، timeline[i]، faq[i]، sources[i]؛ --quote يربطه بتلك الكلمات
                             من نص العنصر (نص الخلاصة TL;DR في حالة التفاصيل)؛ يطبع معرّف التعليق
  comment SLUG --reply ID -m TEXT
                             الرد على تعليق، ضمن سلسلته
  comments SLUG [--resolve ID]
                             تعليقات الدليل، واحد في كل سطر (المعرّف، الإصدار، الجزء والكلمات
                             المقتبسة، الكاتب، الوقت، مفتوح أو محلول أو السلسلة التي يرد عليها،
                             النص)؛ --resolve يعلّم سلسلة بأنها محلولة
  bundle [SLUG...] -o OUT    تصدير الإصدارات المنشورة كحزمة: OUT.zip أو مجلد؛ كل
                             الأدلة التي لها إصدار منشور إن لم يُسمَّ أيّ منها
  verify BUNDLE              التحقق من حزمة (مجلد أو .zip) مقابل بيانها؛ رمز الخروج 1 إن
                             كان ملف مفقودًا أو زائدًا أو معدّلًا أو ليس ملفًا عاديًا
  check                      البحث عن تلف في مساحة العمل (قاعدة البيانات، المسودات، الإصدارات)؛
                             رمز الخروج 1 إن وُجد أيّ تلف
  backup PATH                كتابة نسخة متّسقة من مساحة العمل إلى PATH، حتى أثناء كتابة
                             برامج أخرى فيها؛ يجب ألّا يكون PATH موجودًا
  team init URL              تحويل قاعدة بيانات PostgreSQL إلى مساحة عمل فريق: أدوار مجموعات،
                             وجداول يملكها almanac_owner، وخطوات سير عمل يتحقق منها
                             الخادم (يُشغَّل بصفة مالك قاعدة البيانات، مع CREATEROLE)
  team add-user NAME --role editor|reviewer|publisher|admin
  team users                 أعضاء الفريق وأدوارهم
  team remove-user NAME      سحب كل أدوار Almanac من NAME
  merge BASE OURS THEIRS [-o FILE]
                             دمج ثلاثي لملفات almanac-guide/1: الدليل المدموج بصيغة JSON القياسية؛
                             رمز الخروج 1 إن غيّر الطرفان شيئًا ما بشكل مختلف (التعارضات على الخرج
                             القياسي للأخطاء؛ ويحمل الناتج ما في THEIRS عند كل تعارض)

يأخذ export الخيار --version vN لتصدير إصدار بدلًا من المسودة. يحدّد --author NAME (أو
$ALMANAC_AUTHOR، وإلا $USER) من أنشأ الإصدار أو خطوة المراجعة.

مساحة العمل هي -w PATH، وإلا $ALMANAC_WORKSPACE، وإلا مساحة العمل الافتراضية.
حالة الخروج: 0 نجاح، 1 وُجدت مشكلات، 2 استخدام خاطئ أو مدخلات غير مقروءة.
</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="109"/>
        <source>The workspace file.</source>
        <translation>ملف مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="112"/>
        <source>Write to FILE.</source>
        <translation>الكتابة إلى FILE.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="113"/>
        <source>At most N search results.</source>
        <translation>N من نتائج البحث على الأكثر.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="115"/>
        <source>Match the last word as a prefix.</source>
        <translation>مطابقة الكلمة الأخيرة كبادئة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="116"/>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="118"/>
        <source>A version of the guide (export).</source>
        <translation>إصدار من الدليل (export).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="120"/>
        <source>A note.</source>
        <translation>ملاحظة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="121"/>
        <source>Who does this.</source>
        <translation>من يقوم بذلك.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="122"/>
        <source>Diff output: text, html or json.</source>
        <translation>خرج diff: text أو html أو json.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="124"/>
        <source>Diff exits 1 when there are changes.</source>
        <translation>يخرج diff بالرمز 1 عند وجود تغييرات.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="125"/>
        <source>Submit a version for review.</source>
        <translation>إرسال إصدار للمراجعة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="126"/>
        <source>Approve a version.</source>
        <translation>اعتماد إصدار.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="127"/>
        <source>Send a version back to draft.</source>
        <translation>إعادة إصدار إلى المسودة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="128"/>
        <source>Publish despite lint warnings.</source>
        <translation>النشر رغم تحذيرات الفحص.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="130"/>
        <source>Import: the guide file that the imported one was edited from.</source>
        <translation>الاستيراد: ملف الدليل الذي عُدِّل منه الملف المستورد.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="133"/>
        <source>Import: overwrite the draft, whatever it holds now.</source>
        <translation>الاستيراد: الكتابة فوق المسودة أيًّا كان محتواها الآن.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="136"/>
        <source>Import: all or nothing (an item or a file in a folder that cannot be taken refuses all).</source>
        <translation>الاستيراد: الكل أو لا شيء (عنصر أو ملف في مجلد يتعذّر أخذه يؤدي إلى رفض الكل).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="137"/>
        <source>Import sources or a timeline into this guide.</source>
        <translation>استيراد مصادر أو خط زمني إلى هذا الدليل.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="139"/>
        <source>Comment: the part of the version, e.g. sections[0].</source>
        <translation>التعليق: جزء الإصدار، مثل sections[0].</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="141"/>
        <source>Comment: the words of the part&apos;s text it is about.</source>
        <translation>التعليق: الكلمات التي يتناولها من نص الجزء.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="144"/>
        <source>Comment: answer the comment ID.</source>
        <translation>التعليق: الرد على التعليق ID.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="146"/>
        <source>Comments: resolve the comment ID.</source>
        <translation>التعليقات: حلّ التعليق ID.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="148"/>
        <source>Team: editor, reviewer, publisher or admin.</source>
        <translation>الفريق: editor أو reviewer أو publisher أو admin.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="155"/>
        <source>Run &quot;almanac --help&quot; for usage.</source>
        <translation>شغّل «almanac --help» لمعرفة طريقة الاستخدام.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="181"/>
        <source>no command given</source>
        <translation>لم يُحدَّد أي أمر</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="186"/>
        <source>-o goes with export and render, not %1</source>
        <translation>الخيار -o يُستخدم مع export و render، لا مع %1</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="189"/>
        <source>--limit and --prefix go with search, not %1</source>
        <translation>الخياران --limit و --prefix يُستخدمان مع search، لا مع %1</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="216"/>
        <source>--%1 goes with %2, not %3</source>
        <translation>الخيار --%1 يُستخدم مع %2، لا مع %3</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="262"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>أمر غير معروف «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="280"/>
        <source>made the default workspace %1</source>
        <translation>أُنشئت مساحة العمل الافتراضية %1</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="287"/>
        <source>%1: is %2, not an Almanac workspace</source>
        <translation>%1: هذا %2، وليس مساحة عمل Almanac</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="318"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="327"/>
        <source>init takes one PATH</source>
        <translation>يأخذ init وسيطًا واحدًا هو PATH</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="332"/>
        <source>made workspace %1</source>
        <translation>أُنشئت مساحة العمل %1</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="339"/>
        <source>export takes one SLUG</source>
        <translation>يأخذ export وسيطًا واحدًا هو SLUG</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="348"/>
        <source>--version takes vN, e.g. v2</source>
        <translation>الخيار --version يأخذ vN، مثل v2</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="356"/>
        <location filename="../src/cli/commandline.cpp" line="464"/>
        <location filename="../src/cli/versioncommands.cpp" line="82"/>
        <source>%1: no guide with the slug &quot;%2&quot;</source>
        <translation>%1: لا يوجد دليل بالاسم اللطيف «%2»</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="369"/>
        <source>list takes no arguments</source>
        <translation>لا يأخذ list أي وسائط</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="396"/>
        <source>search takes a QUERY</source>
        <translation>يأخذ search استعلامًا QUERY</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="400"/>
        <source>--limit takes a whole number above 0</source>
        <translation>الخيار --limit يأخذ عددًا صحيحًا أكبر من 0</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="437"/>
        <source>%1: no guide with the slug &quot;%2&quot; and no such file</source>
        <translation>%1: لا يوجد دليل بالاسم اللطيف «%2» ولا ملف بهذا الاسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/commandline.cpp" line="450"/>
        <source>%n guide(s) checked: %1, %2</source>
        <extracomment>%1 is &quot;N error(s)&quot;, %2 is &quot;N warning(s)&quot;</extracomment>
        <translation>
            <numerusform>لم يُفحص أي دليل: %1، %2</numerusform>
            <numerusform>فُحص دليل واحد: %1، %2</numerusform>
            <numerusform>فُحص دليلان: %1، %2</numerusform>
            <numerusform>فُحصت %n أدلة: %1، %2</numerusform>
            <numerusform>فُحص %n دليلًا: %1، %2</numerusform>
            <numerusform>فُحص %n دليل: %1، %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/commandline.cpp" line="451"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/commandline.cpp" line="451"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="459"/>
        <source>render takes one SLUG</source>
        <translation>يأخذ render وسيطًا واحدًا هو SLUG</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="29"/>
        <source>--on takes metadata or an item of the version as takeaways[i], sections[i], timeline[i], faq[i] or sources[i] (from 0), not &quot;%1&quot;</source>
        <translation>الخيار --on يأخذ metadata أو عنصرًا من الإصدار مثل takeaways[i] أو sections[i] أو timeline[i] أو faq[i] أو sources[i] (بدءًا من 0)، لا «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="36"/>
        <source>%1: the version has no such item</source>
        <translation>%1: لا يحتوي الإصدار على هذا العنصر</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="55"/>
        <source>comment takes SLUG vN [--on PART] [--quote WORDS] -m TEXT, or SLUG --reply ID -m TEXT</source>
        <translation>يأخذ comment الوسائط SLUG vN [--on PART] [--quote WORDS] -m TEXT، أو SLUG --reply ID -m TEXT</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="59"/>
        <source>comment needs -m TEXT, the comment</source>
        <translation>يتطلب comment الخيار -m TEXT، أي نص التعليق</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="85"/>
        <source>--quote: the %1 of %2 in %3 does not have &quot;%4&quot;; quote words that occur once</source>
        <translation>--quote: لا يحتوي %1 في %2 من %3 على «%4»؛ اقتبس كلمات ترد مرة واحدة فقط</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="87"/>
        <source>--quote: the %1 of %2 in %3 has more than once &quot;%4&quot;; quote words that occur once</source>
        <translation>--quote: يحتوي %1 في %2 من %3 على «%4» أكثر من مرة؛ اقتبس كلمات ترد مرة واحدة فقط</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="106"/>
        <source>comments takes one SLUG [--resolve ID]</source>
        <translation>يأخذ comments وسيطًا واحدًا هو SLUG [--resolve ID]</translation>
    </message>
    <message>
        <location filename="../src/cli/commentcommands.cpp" line="117"/>
        <source>%1 has no comment %2</source>
        <translation>لا يحتوي %1 على التعليق %2</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="28"/>
        <source>import takes one or more FILEs</source>
        <translation>يأخذ import ملفًا واحدًا أو أكثر (FILE)</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="32"/>
        <source>--base and --replace exclude each other</source>
        <translation>الخياران --base و --replace لا يجتمعان</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="34"/>
        <source>--base goes with one FILE</source>
        <translation>الخيار --base يُستخدم مع ملف واحد فقط (FILE)</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="52"/>
        <source>%1: a folder with no Markdown files (.md, .markdown) in it</source>
        <translation>%1: مجلد لا يحتوي على ملفات Markdown (.md أو .markdown)</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="67"/>
        <source>%1: %2 go into a guide: add --into SLUG</source>
        <translation>%1: يجب استيراد %2 إلى دليل: أضف --into SLUG</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="69"/>
        <source>%1: slug: &quot;%2&quot; is also the slug of %3</source>
        <translation>%1: slug: «%2» هو أيضًا الاسم اللطيف لـ %3</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="82"/>
        <source>%1; skipped</source>
        <translation>%1؛ تم تخطّيه</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="86"/>
        <location filename="../src/cli/importcommands.cpp" line="103"/>
        <location filename="../src/cli/importcommands.cpp" line="160"/>
        <source>nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="97"/>
        <location filename="../src/cli/importcommands.cpp" line="179"/>
        <source>%1; nothing was imported</source>
        <translation>%1؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="107"/>
        <source>unchanged</source>
        <extracomment>the guide&apos;s file holds nothing new: &quot;unchanged SLUG&quot;</extracomment>
        <translation>بلا تغيير</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommands.cpp" line="110"/>
        <source>read %n Markdown file(s) from %1: %2, %3 skipped</source>
        <extracomment>%1: the folders, %2: &quot;N guide(s) imported&quot;, %3: how many files were skipped</extracomment>
        <translation>
            <numerusform>لم يُقرأ أي ملف Markdown من %1: %2، وتم تخطّي %3</numerusform>
            <numerusform>قُرئ ملف Markdown واحد من %1: %2، وتم تخطّي %3</numerusform>
            <numerusform>قُرئ ملفا Markdown من %1: %2، وتم تخطّي %3</numerusform>
            <numerusform>قُرئت %n ملفات Markdown من %1: %2، وتم تخطّي %3</numerusform>
            <numerusform>قُرئ %n ملفًا بصيغة Markdown من %1: %2، وتم تخطّي %3</numerusform>
            <numerusform>قُرئ %n ملف Markdown من %1: %2، وتم تخطّي %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommands.cpp" line="113"/>
        <source>%n guide(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي دليل</numerusform>
            <numerusform>استُورد دليل واحد</numerusform>
            <numerusform>استُورد دليلان</numerusform>
            <numerusform>استُوردت %n أدلة</numerusform>
            <numerusform>استُورد %n دليلًا</numerusform>
            <numerusform>استُورد %n دليل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="122"/>
        <source>import --into takes one or more FILEs</source>
        <translation>يأخذ import --into ملفًا واحدًا أو أكثر (FILE)</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="127"/>
        <location filename="../src/cli/importcommands.cpp" line="168"/>
        <source>%1: no guide with the slug &quot;%2&quot;; nothing was imported</source>
        <translation>%1: لا يوجد دليل بالاسم اللطيف «%2»؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="135"/>
        <source>%1: %2 is a whole guide, not something to merge into one; import it without --into</source>
        <translation>%1: %2 هو دليل كامل، وليس شيئًا يُدمج في دليل؛ استورده دون --into</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommands.cpp" line="158"/>
        <source>nothing was imported (--strict: %n item(s) could not be taken)</source>
        <translation>
            <numerusform>لم يُستورد شيء (--strict: تعذّر أخذ %n عنصر)</numerusform>
            <numerusform>لم يُستورد شيء (--strict: تعذّر أخذ عنصر واحد)</numerusform>
            <numerusform>لم يُستورد شيء (--strict: تعذّر أخذ عنصرين)</numerusform>
            <numerusform>لم يُستورد شيء (--strict: تعذّر أخذ %n عناصر)</numerusform>
            <numerusform>لم يُستورد شيء (--strict: تعذّر أخذ %n عنصرًا)</numerusform>
            <numerusform>لم يُستورد شيء (--strict: تعذّر أخذ %n عنصر)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommands.cpp" line="182"/>
        <source>merged %n file(s) into %1</source>
        <translation>
            <numerusform>لم يُدمج أي ملف في %1</numerusform>
            <numerusform>دُمج ملف واحد في %1</numerusform>
            <numerusform>دُمج ملفان في %1</numerusform>
            <numerusform>دُمجت %n ملفات في %1</numerusform>
            <numerusform>دُمج %n ملفًا في %1</numerusform>
            <numerusform>دُمج %n ملف في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importcommands.cpp" line="186"/>
        <source>%n item(s) could not be taken and were skipped (see the errors above); the rest were imported</source>
        <translation>
            <numerusform>تعذّر أخذ %n عنصر وتم تخطّيها (انظر الأخطاء أعلاه)؛ استُورد الباقي</numerusform>
            <numerusform>تعذّر أخذ عنصر واحد وتم تخطّيه (انظر الأخطاء أعلاه)؛ استُورد الباقي</numerusform>
            <numerusform>تعذّر أخذ عنصرين وتم تخطّيهما (انظر الأخطاء أعلاه)؛ استُورد الباقي</numerusform>
            <numerusform>تعذّر أخذ %n عناصر وتم تخطّيها (انظر الأخطاء أعلاه)؛ استُورد الباقي</numerusform>
            <numerusform>تعذّر أخذ %n عنصرًا وتم تخطّيها (انظر الأخطاء أعلاه)؛ استُورد الباقي</numerusform>
            <numerusform>تعذّر أخذ %n عنصر وتم تخطّيها (انظر الأخطاء أعلاه)؛ استُورد الباقي</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="194"/>
        <source>other programs kept saving &quot;%1&quot;; nothing was imported, try again</source>
        <translation>واصلت برامج أخرى حفظ «%1»؛ لم يُستورد شيء، حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommands.cpp" line="209"/>
        <source>export --format takes json, markdown or csl, not &quot;%1&quot;</source>
        <translation>يأخذ export --format القيمة json أو markdown أو csl، لا «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="14"/>
        <source>check takes no arguments</source>
        <translation>لا يأخذ check أي وسائط</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/maintenancecommands.cpp" line="21"/>
        <source>%1: %n problem(s) found; the workspace is damaged</source>
        <translation>
            <numerusform>%1: وُجدت %n مشكلة؛ مساحة العمل تالفة</numerusform>
            <numerusform>%1: وُجدت مشكلة واحدة؛ مساحة العمل تالفة</numerusform>
            <numerusform>%1: وُجدت مشكلتان؛ مساحة العمل تالفة</numerusform>
            <numerusform>%1: وُجدت %n مشكلات؛ مساحة العمل تالفة</numerusform>
            <numerusform>%1: وُجدت %n مشكلة؛ مساحة العمل تالفة</numerusform>
            <numerusform>%1: وُجدت %n مشكلة؛ مساحة العمل تالفة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="26"/>
        <source>%1: no damage found (%2, %3 checked)</source>
        <extracomment>%1: the workspace, %2: &quot;N guide(s)&quot;, %3: &quot;N version(s)&quot;</extracomment>
        <translation>%1: لم يُعثر على أي تلف (تم فحص %2 و %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/maintenancecommands.cpp" line="28"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>لا إصدارات</numerusform>
            <numerusform>إصدار واحد</numerusform>
            <numerusform>إصداران</numerusform>
            <numerusform>%n إصدارات</numerusform>
            <numerusform>%n إصدارًا</numerusform>
            <numerusform>%n إصدار</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="36"/>
        <source>backup takes one PATH: the file to write the copy to</source>
        <translation>يأخذ backup وسيطًا واحدًا هو PATH: الملف الذي تُكتب إليه النسخة</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="40"/>
        <source>%1: a team workspace is backed up by its server: use pg_dump or continuous archiving (docs/team.md)</source>
        <translation>%1: النسخ الاحتياطي لمساحة عمل الفريق يتولاه خادمها: استخدم pg_dump أو الأرشفة المستمرة (docs/team.md)</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="46"/>
        <source>backed up %1 to %2</source>
        <translation>تم النسخ الاحتياطي لـ %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="30"/>
        <source>takeaway</source>
        <extracomment>the kind of item in &quot;ours changed the %1 %2, theirs deleted it&quot;</extracomment>
        <translation>النقطة الرئيسية</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="33"/>
        <source>section</source>
        <extracomment>the kind of item in &quot;ours changed the %1 %2, theirs deleted it&quot;</extracomment>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="35"/>
        <source>timeline entry</source>
        <translation>حدث الخط الزمني</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="37"/>
        <source>FAQ entry</source>
        <translation>السؤال الشائع</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="40"/>
        <source>source</source>
        <extracomment>the kind of item in &quot;ours changed the %1 %2, theirs deleted it&quot;</extracomment>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="42"/>
        <source>item</source>
        <extracomment>the kind of item in &quot;ours changed the %1 %2, theirs deleted it&quot;</extracomment>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="51"/>
        <source>both sides inserted different text here (ours: %1, theirs: %2)</source>
        <translation>أدرج الطرفان نصًا مختلفًا هنا (نسختنا: %1، نسختهم: %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="53"/>
        <source>both sides changed %1 (ours: %2, theirs: %3)</source>
        <translation>غيّر الطرفان %1 (نسختنا: %2، نسختهم: %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="57"/>
        <source>ours changed the %1 %2, theirs deleted it</source>
        <extracomment>%1: the kind of item (section, source...), %2: its title</extracomment>
        <translation>غيّرت نسختنا %1 %2، بينما حذفته نسختهم</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="61"/>
        <source>ours deleted the %1 %2, theirs changed it</source>
        <extracomment>%1: the kind of item (section, source...), %2: its title</extracomment>
        <translation>حذفت نسختنا %1 %2، بينما غيّرته نسختهم</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="72"/>
        <source>merge takes three guide files: BASE OURS THEIRS</source>
        <translation>يأخذ merge ثلاثة ملفات أدلة: BASE OURS THEIRS</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/mergecommand.cpp" line="91"/>
        <source>%n conflict(s); %1 has theirs (%2) at each of them</source>
        <extracomment>%1: the output file (or &quot;the output&quot;), %2: the THEIRS file</extracomment>
        <translation>
            <numerusform>%n تعارض؛ يحتوي %1 على نسختهم (%2) عند كل منها</numerusform>
            <numerusform>تعارض واحد؛ يحتوي %1 على نسختهم (%2) عنده</numerusform>
            <numerusform>تعارضان؛ يحتوي %1 على نسختهم (%2) عند كل منهما</numerusform>
            <numerusform>%n تعارضات؛ يحتوي %1 على نسختهم (%2) عند كل منها</numerusform>
            <numerusform>%n تعارضًا؛ يحتوي %1 على نسختهم (%2) عند كل منها</numerusform>
            <numerusform>%n تعارض؛ يحتوي %1 على نسختهم (%2) عند كل منها</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="93"/>
        <source>the output</source>
        <translation>الناتج</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="19"/>
        <source>team init takes one PostgreSQL connection string</source>
        <translation>يأخذ team init سلسلة اتصال PostgreSQL واحدة</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="29"/>
        <source>made team workspace %1</source>
        <translation>أُنشئت مساحة عمل الفريق %1</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="35"/>
        <source>team add-user takes one NAME and --role editor|reviewer|publisher|admin</source>
        <translation>يأخذ team add-user اسمًا واحدًا NAME و --role editor|reviewer|publisher|admin</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="43"/>
        <source>%1 is a %2; they connect with %3 and a password set with psql&apos;s \password %1 (kept in their ~/.pgpass, never in a workspace name)</source>
        <extracomment>%1: the user, %2: the role (editor, reviewer, publisher, admin), %3: the connection string</extracomment>
        <translation>لدى %1 الآن الدور %2؛ يتصل باستخدام %3 وكلمة مرور تُعيَّن بالأمر \password %1 في psql (تُحفظ في ملفه ~/.pgpass، وليس أبدًا في اسم مساحة عمل)</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="54"/>
        <source>team users takes no arguments</source>
        <translation>لا يأخذ team users أي وسائط</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="66"/>
        <source>team remove-user takes one NAME</source>
        <translation>يأخذ team remove-user وسيطًا واحدًا هو NAME</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="71"/>
        <source>%1 has no Almanac role any more</source>
        <translation>لم يعد لدى %1 أي دور في Almanac</translation>
    </message>
    <message>
        <location filename="../src/cli/teamcommands.cpp" line="74"/>
        <source>team takes init, add-user, users or remove-user</source>
        <translation>يأخذ team أحد الأوامر init أو add-user أو users أو remove-user</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="23"/>
        <source>snapshot takes one SLUG</source>
        <translation>يأخذ snapshot وسيطًا واحدًا هو SLUG</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="25"/>
        <source>snapshot needs -m NOTE saying what the version is</source>
        <translation>يتطلب snapshot الخيار -m NOTE يبيّن ماهية الإصدار</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="40"/>
        <source>versions takes one SLUG</source>
        <translation>يأخذ versions وسيطًا واحدًا هو SLUG</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="64"/>
        <source>diff takes SLUG FROM [TO], where FROM and TO are vN or draft</source>
        <translation>يأخذ diff الوسائط SLUG FROM [TO]، حيث FROM و TO هما vN أو draft</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="67"/>
        <source>--format takes text, html or json, not &quot;%1&quot;</source>
        <translation>الخيار --format يأخذ text أو html أو json، لا «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="73"/>
        <source>&quot;%1&quot; is not a version: use vN or draft</source>
        <translation>«%1» ليس إصدارًا: استخدم vN أو draft</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="111"/>
        <source>review takes SLUG vN and one of --submit, --approve, --request-changes</source>
        <translation>يأخذ review الوسيطين SLUG vN و واحدًا من --submit أو --approve أو --request-changes</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="120"/>
        <source>review takes exactly one of --submit, --approve, --request-changes</source>
        <translation>يأخذ review واحدًا فقط من --submit أو --approve أو --request-changes</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="140"/>
        <source>publish takes SLUG vN</source>
        <translation>يأخذ publish الوسيطين SLUG vN</translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="154"/>
        <source>%1 %2 has lint errors; it was not published</source>
        <translation>في %1 %2 أخطاء فحص؛ لم يُنشر</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/versioncommands.cpp" line="156"/>
        <source>%1 %2 has %n lint warning(s); publish again with --yes to accept them</source>
        <translation>
            <numerusform>%1 %2: %n تحذير فحص؛ انشر مجددًا مع --yes لقبولها</numerusform>
            <numerusform>%1 %2: تحذير فحص واحد؛ انشر مجددًا مع --yes لقبوله</numerusform>
            <numerusform>%1 %2: تحذيرا فحص؛ انشر مجددًا مع --yes لقبولهما</numerusform>
            <numerusform>%1 %2: %n تحذيرات فحص؛ انشر مجددًا مع --yes لقبولها</numerusform>
            <numerusform>%1 %2: %n تحذيرًا من الفحص؛ انشر مجددًا مع --yes لقبولها</numerusform>
            <numerusform>%1 %2: %n تحذير فحص؛ انشر مجددًا مع --yes لقبولها</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/versioncommands.cpp" line="162"/>
        <source>%1 %2 published; it is now live</source>
        <translation>نُشر %1 %2؛ وهو الآن الإصدار المنشور</translation>
    </message>
</context>
<context>
    <name>almanac::DiffText</name>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="27"/>
        <source>Id</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="29"/>
        <source>Slug</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>الاسم اللطيف</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="31"/>
        <source>Title</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="33"/>
        <source>Subject</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>المجال</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="35"/>
        <source>Kind</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="37"/>
        <source>Level</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="39"/>
        <source>Status</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="41"/>
        <source>Language</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../src/core/merge/guidemerge.cpp" line="43"/>
        <source>TL;DR</source>
        <extracomment>A guide&apos;s field, named beside a merge conflict.</extracomment>
        <translation>الخلاصة</translation>
    </message>
</context>
<context>
    <name>almanac::GuideText</name>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="42"/>
        <source>takeaway %1 is empty</source>
        <translation>النقطة الرئيسية %1 فارغة</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="52"/>
        <source>FAQ entry %1 has no question</source>
        <translation>مدخل الأسئلة الشائعة %1 ليس له سؤال</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="55"/>
        <source>FAQ entry %1 has no answer</source>
        <translation>مدخل الأسئلة الشائعة %1 ليس له جواب</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="92"/>
        <source>the guide has no title</source>
        <translation>ليس للدليل عنوان</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="95"/>
        <source>the guide has no TL;DR</source>
        <translation>ليس للدليل خلاصة (TL;DR)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="101"/>
        <source>another guide already has the slug &quot;%1&quot;</source>
        <translation>لدليل آخر الاسم اللطيف «%1» بالفعل</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="112"/>
        <source>section %1 has no heading</source>
        <translation>القسم %1 ليس له عنوان</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="115"/>
        <source>section %1 (&quot;%2&quot;) has no text</source>
        <translation>القسم %1 («%2») ليس فيه نص</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="129"/>
        <source>timeline entry &quot;%1&quot; has no date</source>
        <translation>حدث الخط الزمني «%1» ليس له تاريخ</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="136"/>
        <source>timeline entry &quot;%1&quot; (%2) comes after a later one (%3)</source>
        <translation>حدث الخط الزمني «%1» (%2) يأتي بعد حدث أحدث منه (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="142"/>
        <source>timeline entry %1 has no title</source>
        <translation>حدث الخط الزمني %1 ليس له عنوان</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="157"/>
        <source>the guide lists itself as related</source>
        <translation>الدليل يذكر نفسه ضمن الأدلة ذات الصلة</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="160"/>
        <source>no guide has the slug &quot;%1&quot;</source>
        <translation>لا يوجد دليل بالاسم اللطيف «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="164"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» مذكور مرتين</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="179"/>
        <source>the key &quot;%1&quot; is also used by sources[%2]</source>
        <translation>المفتاح «%1» مستخدم أيضًا في sources[%2]</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="186"/>
        <source>source &quot;%1&quot; is never cited</source>
        <translation>المصدر «%1» لا يُستشهد به في أي موضع</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="189"/>
        <source>source &quot;%1&quot; has no URL</source>
        <translation>المصدر «%1» ليس له URL</translation>
    </message>
    <message>
        <location filename="../src/core/guide/lint.cpp" line="207"/>
        <source>cites &quot;%1&quot;, which no source has as its key</source>
        <translation>يستشهد بـ «%1»، وهو ليس مفتاح أي مصدر</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="22"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="23"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="31"/>
        <source>%1 of %2; a field like this may hold at most %3</source>
        <translation>%1 من %2؛ يمكن لحقل كهذا أن يحتوي على %3 على الأكثر</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="40"/>
        <source>expected valid Unicode text, found an unpaired surrogate (U+%1 at character %2)</source>
        <translation>كان المتوقع نص Unicode صالحًا، لكن وُجد محرف بديل (surrogate) غير مقترن (U+%1 عند المحرف %2)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="101"/>
        <source>id %1 is used twice in this guide</source>
        <translation>المعرّف %1 مستخدم مرتين في هذا الدليل</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="148"/>
        <source>the guide file would be %1; a guide may be at most %2</source>
        <translation>سيكون حجم ملف الدليل %1؛ الحد الأقصى لحجم الدليل %2</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="226"/>
        <source>&quot;%1&quot; is not a lowercase UUID</source>
        <translation>«%1» ليس UUID بأحرف صغيرة</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="234"/>
        <source>&quot;%1&quot; is not a slug (lowercase letters, digits and single hyphens)</source>
        <translation>«%1» ليس اسمًا لطيفًا (أحرف لاتينية صغيرة وأرقام وشرطات مفردة)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="243"/>
        <source>&quot;%1&quot; is not a citation key (letters, digits, _ and inner punctuation)</source>
        <translation>«%1» ليس مفتاح استشهاد (أحرف وأرقام و _ وعلامات ترقيم داخلية)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="253"/>
        <source>&quot;%1&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD; -YYYY, seasons, ~ and ranges as the guide format allows)</source>
        <translation>«%1» ليس تاريخًا (YYYY أو YYYY-MM أو YYYY-MM-DD؛ و -YYYY والفصول و ~ والنطاقات كما تسمح صيغة الدليل)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="261"/>
        <location filename="../src/core/guide/validate.cpp" line="301"/>
        <source>text</source>
        <extracomment>What the field holds: the %2 in &quot;%1 of %2; a field like this may hold at most %3&quot;.</extracomment>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="265"/>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>«%1» ليس URL من نوع http أو https</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="272"/>
        <source>relevance %1 is not from 1 to 10</source>
        <translation>درجة الصلة %1 ليست من 1 إلى 10</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="280"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«%1» ليس من بين: %2</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="289"/>
        <source>&quot;%1&quot; is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>«%1» ليس طابعًا زمنيًا بتوقيت UTC (YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="295"/>
        <source>Markdown</source>
        <extracomment>What the field holds: the %2 in &quot;%1 of %2; a field like this may hold at most %3&quot;.</extracomment>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="309"/>
        <source>a takeaway is one line; this one has a line break</source>
        <translation>النقطة الرئيسية سطر واحد؛ وهذه فيها فاصل أسطر</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="319"/>
        <source>a heading is one line; this one has a line break</source>
        <translation>العنوان سطر واحد؛ وهذا فيه فاصل أسطر</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="328"/>
        <source>a topic may not be empty</source>
        <translation>لا يجوز أن يكون الموضوع فارغًا</translation>
    </message>
    <message>
        <location filename="../src/core/guide/validate.cpp" line="337"/>
        <source>&quot;%1&quot; is not a language tag (BCP 47: a language such as &quot;de&quot;, &quot;ar&quot; or &quot;he&quot;, then an optional script and region, as in &quot;sr-Latn&quot; or &quot;de-AT&quot;)</source>
        <translation>«%1» ليس وسم لغة (BCP 47: لغة مثل «de» أو «ar» أو «he»، يليها اختياريًا نظام كتابة ومنطقة، كما في «sr-Latn» أو «de-AT»)</translation>
    </message>
</context>
<context>
    <name>almanac::ImportText</name>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="68"/>
        <location filename="../src/core/io/boundedfile.cpp" line="105"/>
        <location filename="../src/core/io/boundedfile.cpp" line="130"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: تتعذّر القراءة: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="74"/>
        <source>%1: is a symbolic link; refusing to follow it</source>
        <translation>%1: هذا رابط رمزي؛ يُرفض اتّباعه</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="78"/>
        <source>%1: is a symbolic link that leads nowhere readable: %2</source>
        <translation>%1: هذا رابط رمزي لا يؤدي إلى أي شيء قابل للقراءة: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="87"/>
        <source>%1: is a symbolic link to a folder, not %2</source>
        <translation>%1: هذا رابط رمزي إلى مجلد، وليس %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="88"/>
        <source>%1: is a folder, not %2</source>
        <translation>%1: هذا مجلد، وليس %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="95"/>
        <source>%1: is a symbolic link to %2, not a regular file; refusing to read it</source>
        <translation>%1: هذا رابط رمزي إلى %2، وليس ملفًا عاديًا؛ تُرفض قراءته</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="96"/>
        <source>%1: is %2, not a regular file; refusing to read it</source>
        <translation>%1: هذا %2، وليس ملفًا عاديًا؛ تُرفض قراءته</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="113"/>
        <source>%1: changed while it was opened; refusing to read it</source>
        <translation>%1: تغيّر أثناء فتحه؛ تُرفض قراءته</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="162"/>
        <source>missing</source>
        <extracomment>What is at a path: nothing, the path does not exist</extracomment>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="164"/>
        <location filename="../src/core/io/boundedfile.cpp" line="212"/>
        <source>a file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="166"/>
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="168"/>
        <source>a symbolic link</source>
        <translation>رابط رمزي</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="170"/>
        <source>a named pipe (FIFO)</source>
        <translation>أنبوب مسمّى (FIFO)</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="172"/>
        <source>a character device</source>
        <translation>جهاز محرفي</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="174"/>
        <source>a block device</source>
        <translation>جهاز كتلي</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="176"/>
        <source>a socket</source>
        <translation>مقبس</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="178"/>
        <source>neither a file nor a folder</source>
        <translation>ليس ملفًا ولا مجلدًا</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="192"/>
        <source>%1: the file is %2 MiB; %3 may be at most %4 MiB</source>
        <translation>%1: حجم الملف %2 MiB؛ الحد الأقصى لـ %3 هو %4 MiB</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="205"/>
        <source>over %1</source>
        <extracomment>A size in MiB, put in &quot;the file is %2 MiB&quot;: the file grew past the limit while being read</extracomment>
        <translation>أكثر من %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="36"/>
        <source>expected [year, month, day], found %1; the date is left out</source>
        <translation>كان المتوقع [year, month, day]، لكن وُجد %1؛ أُسقط التاريخ</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="56"/>
        <source>%1 is not a number; the date is kept up to the part before it</source>
        <translation>%1 ليس رقمًا؛ احتُفظ بالتاريخ حتى الجزء الذي يسبقه</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="71"/>
        <source>%1 is not a month (1-12) or season (21-24) of that date; the date is kept up to the part before it</source>
        <translation>%1 ليس شهرًا (1-12) ولا فصلًا (21-24) من ذلك التاريخ؛ احتُفظ بالتاريخ حتى الجزء الذي يسبقه</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="73"/>
        <source>%1 is not a day of that date; the date is kept up to the part before it</source>
        <translation>%1 ليس يومًا من ذلك التاريخ؛ احتُفظ بالتاريخ حتى الجزء الذي يسبقه</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="80"/>
        <source>more than [year, month, day]; the rest is left out</source>
        <translation>أكثر من [year, month, day]؛ أُسقط الباقي</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="150"/>
        <location filename="../src/core/io/csldate.cpp" line="203"/>
        <source>&quot;%1&quot; is not a date the guide can sort; kept as a literal date</source>
        <translation>«%1» ليس تاريخًا يمكن للدليل ترتيبه؛ احتُفظ به تاريخًا حرفيًا</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="158"/>
        <source>expected a CSL date object ({&quot;date-parts&quot;: [[year, month, day]]}), found %1; the date is left out</source>
        <translation>كان المتوقع كائن تاريخ CSL ({&quot;date-parts&quot;: [[year, month, day]]})، لكن وُجد %1؛ أُسقط التاريخ</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="175"/>
        <source>more than a start and an end; the rest is left out</source>
        <translation>أكثر من بداية ونهاية؛ أُسقط الباقي</translation>
    </message>
    <message>
        <location filename="../src/core/io/csldate.cpp" line="189"/>
        <source>expected an array of [year, month, day] arrays, found %1; the date is left out</source>
        <translation>كان المتوقع مصفوفة من مصفوفات [year, month, day]، لكن وُجد %1؛ أُسقط التاريخ</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="41"/>
        <location filename="../src/core/io/guidefile.cpp" line="110"/>
        <location filename="../src/core/io/guidefile.cpp" line="196"/>
        <location filename="../src/core/io/timelinejs.cpp" line="142"/>
        <source>expected a string, found %1</source>
        <translation>كان المتوقع سلسلة نصية، لكن وُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="191"/>
        <source>&quot;%1&quot; is not an http or https URL; kept in the CSL record, not linked</source>
        <translation>«%1» ليس URL من نوع http أو https؛ احتُفظ به في سجل CSL دون ربط</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="200"/>
        <source>no URL; links to the DOI&apos;s %1</source>
        <translation>لا يوجد URL؛ يُربط بـ %1 الخاص بالـ DOI</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="214"/>
        <source>expected a whole number from 1 to 10</source>
        <translation>كان المتوقع عددًا صحيحًا من 1 إلى 10</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/csljson.cpp" line="255"/>
        <source>an array of %n value(s) and no objects</source>
        <translation>
            <numerusform>مصفوفة من %n قيمة وبلا كائنات</numerusform>
            <numerusform>مصفوفة من قيمة واحدة وبلا كائنات</numerusform>
            <numerusform>مصفوفة من قيمتين وبلا كائنات</numerusform>
            <numerusform>مصفوفة من %n قيم وبلا كائنات</numerusform>
            <numerusform>مصفوفة من %n قيمة وبلا كائنات</numerusform>
            <numerusform>مصفوفة من %n قيمة وبلا كائنات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/csljson.cpp" line="260"/>
        <source>an array of %n object(s) with none of CSL&apos;s keys (type, title, author, issued, DOI, URL, …); their keys are %1%2</source>
        <translation>
            <numerusform>مصفوفة من %n كائن لا تحمل أيًّا من مفاتيح CSL (type, title, author, issued, DOI, URL, …)؛ مفاتيحها هي %1%2</numerusform>
            <numerusform>مصفوفة من كائن واحد لا يحمل أيًّا من مفاتيح CSL (type, title, author, issued, DOI, URL, …)؛ مفاتيحه هي %1%2</numerusform>
            <numerusform>مصفوفة من كائنين لا يحملان أيًّا من مفاتيح CSL (type, title, author, issued, DOI, URL, …)؛ مفاتيحهما هي %1%2</numerusform>
            <numerusform>مصفوفة من %n كائنات لا تحمل أيًّا من مفاتيح CSL (type, title, author, issued, DOI, URL, …)؛ مفاتيحها هي %1%2</numerusform>
            <numerusform>مصفوفة من %n كائنًا لا تحمل أيًّا من مفاتيح CSL (type, title, author, issued, DOI, URL, …)؛ مفاتيحها هي %1%2</numerusform>
            <numerusform>مصفوفة من %n كائن لا تحمل أيًّا من مفاتيح CSL (type, title, author, issued, DOI, URL, …)؛ مفاتيحها هي %1%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="354"/>
        <source>%1: a JSON object with none of CSL&apos;s keys (type, title, author, issued, DOI, …); expected a CSL-JSON array of items or one item</source>
        <translation>%1: كائن JSON لا يحمل أيًّا من مفاتيح CSL (type, title, author, issued, DOI, …)؛ كان المتوقع مصفوفة CSL-JSON من العناصر أو عنصرًا واحدًا</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="366"/>
        <source>%1: not CSL-JSON: %2</source>
        <translation>%1: ليس CSL-JSON: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="384"/>
        <source>the item</source>
        <extracomment>Names a CSL item in a file that holds only one, as in &quot;the item was skipped&quot;</extracomment>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="392"/>
        <source>expected a CSL item (an object), found %1</source>
        <translation>كان المتوقع عنصر CSL (كائنًا)، لكن وُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="408"/>
        <source>the DOI &quot;%1&quot; is kept as %2</source>
        <translation>احتُفظ بالـ DOI «%1» بالشكل %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="415"/>
        <location filename="../src/core/io/csljson.cpp" line="442"/>
        <location filename="../src/core/io/timelinejs.cpp" line="416"/>
        <source>%1; %2 was skipped</source>
        <translation>%1؛ تم تخطّي %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="433"/>
        <source>&quot;%1&quot; is the same source as %2 (&quot;%3&quot;, same %4); merged into key &quot;%3&quot;</source>
        <translation>«%1» هو المصدر نفسه %2 («%3»، بنفس %4)؛ دُمج تحت المفتاح «%3»</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="451"/>
        <source>no id; made the citation key &quot;%1&quot;</source>
        <translation>لا يوجد id؛ أُنشئ مفتاح الاستشهاد «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="452"/>
        <source>the id &quot;%1&quot; became the citation key &quot;%2&quot;</source>
        <translation>صار الـ id «%1» مفتاح الاستشهاد «%2»</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="461"/>
        <source>read %1 source(s); %2 item(s) skipped</source>
        <translation>عدد المصادر المقروءة: %1؛ عدد العناصر المتخطّاة: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/csljson.cpp" line="462"/>
        <source>read %n source(s)</source>
        <translation>
            <numerusform>لم يُقرأ أي مصدر</numerusform>
            <numerusform>قُرئ مصدر واحد</numerusform>
            <numerusform>قُرئ مصدران</numerusform>
            <numerusform>قُرئت %n مصادر</numerusform>
            <numerusform>قُرئ %n مصدرًا</numerusform>
            <numerusform>قُرئ %n مصدر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="504"/>
        <source>updated source &quot;%1&quot;</source>
        <translation>حُدّث المصدر «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="505"/>
        <source>&quot;%1&quot; is the guide&apos;s source &quot;%2&quot; (same URL); updated it and kept its key</source>
        <translation>«%1» هو مصدر الدليل «%2» (نفس URL)؛ حُدّث واحتُفظ بمفتاحه</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="515"/>
        <source>the guide already has a different source with the key &quot;%1&quot;; added this one as &quot;%2&quot;</source>
        <translation>لدى الدليل أصلًا مصدر مختلف بالمفتاح «%1»؛ أُضيف هذا المصدر باسم «%2»</translation>
    </message>
    <message>
        <location filename="../src/core/io/csljson.cpp" line="522"/>
        <source>added source &quot;%1&quot;</source>
        <translation>أُضيف المصدر «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="21"/>
        <source>nothing (null)</source>
        <translation>لا شيء (null)</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="23"/>
        <source>a text value</source>
        <translation>قيمة نصية</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="25"/>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="27"/>
        <source>a mapping</source>
        <translation>تعيين (mapping)</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="32"/>
        <location filename="../src/core/io/jsoninput.cpp" line="159"/>
        <source>nothing</source>
        <extracomment>What a YAML value is when it is absent, as in &quot;expected a key name, found nothing&quot;
----------
What a JSON value is when it is absent, as in &quot;expected a string, found nothing&quot;</extracomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="50"/>
        <location filename="../src/core/io/tomlfrontmatter.cpp" line="50"/>
        <source>the front matter expands to too many values</source>
        <translation>تتوسّع الترويسة (front matter) إلى عدد كبير جدًا من القيم</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="81"/>
        <source>%1: expected a key name, found %2</source>
        <translation>%1: كان المتوقع اسم مفتاح، لكن وُجد %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="84"/>
        <source>(top)</source>
        <extracomment>Where in the front matter: its top level, outside any key</extracomment>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="89"/>
        <source>%1: the key appears twice</source>
        <translation>%1: المفتاح يظهر مرتين</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="253"/>
        <source>expected the front matter to be a mapping of keys (title: ...), found %1</source>
        <translation>كان المتوقع أن تكون الترويسة (front matter) تعيينًا للمفاتيح (title: ...)، لكن وُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/frontmatter.cpp" line="265"/>
        <source>YAML syntax error: %1 (column %2)</source>
        <translation>خطأ في صياغة YAML: %1 (العمود %2)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="53"/>
        <source>expected %1 (an object), found %2</source>
        <translation>كان المتوقع %1 (كائنًا)، لكن وُجد %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="85"/>
        <source>unknown key (expected one of: %1)</source>
        <translation>مفتاح غير معروف (المتوقع أحد: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="106"/>
        <source>missing (a string is required)</source>
        <translation>مفقود (مطلوب سلسلة نصية)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="145"/>
        <source>id %1 is used twice in this guide</source>
        <translation>المعرّف %1 مستخدم مرتين في هذا الدليل</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="171"/>
        <source>&quot;%1&quot; is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>«%1» ليس طابعًا زمنيًا بتوقيت UTC (YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="181"/>
        <location filename="../src/core/io/timelinejs.cpp" line="394"/>
        <source>expected an array, found %1</source>
        <translation>كان المتوقع مصفوفة، لكن وُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="213"/>
        <source>expected an object, found %1</source>
        <translation>كان المتوقع كائنًا، لكن وُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="227"/>
        <source>expected a whole number from 1 to 10, found %1</source>
        <translation>كان المتوقع عددًا صحيحًا من 1 إلى 10، لكن وُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="232"/>
        <source>%1 is not a whole number from 1 to 10</source>
        <translation>%1 ليس عددًا صحيحًا من 1 إلى 10</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="302"/>
        <source>line %1, column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="318"/>
        <source>the file is %1 MiB; a guide file may be at most %2 MiB</source>
        <translation>حجم الملف %1 MiB؛ الحد الأقصى لحجم ملف الدليل %2 MiB</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="322"/>
        <source>%1: invalid UTF-8 (byte 0x%2)</source>
        <translation>%1: ترميز UTF-8 غير صالح (البايت 0x%2)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="329"/>
        <source>%1: JSON syntax error: %2</source>
        <translation>%1: خطأ في صياغة JSON: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="332"/>
        <source>expected a JSON object at the top level</source>
        <translation>كان المتوقع كائن JSON في المستوى الأعلى</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="335"/>
        <source>%1: %2: the key is given twice in one object</source>
        <translation>%1: %2: المفتاح مذكور مرتين في كائن واحد</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="353"/>
        <source>unknown format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>صيغة غير معروفة «%1» (المتوقع «%2»)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="360"/>
        <source>expected a whole number from 1 up (the draft revision the file was exported from)</source>
        <translation>كان المتوقع عددًا صحيحًا من 1 فصاعدًا (نسخة المسودة التي صُدِّر منها الملف)</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="419"/>
        <source>TimelineJS slide fields</source>
        <translation>حقول شرائح TimelineJS</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="423"/>
        <source>TimelineJS title slide, eras and scale</source>
        <translation>شريحة العنوان والحقب والمقياس في TimelineJS</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="459"/>
        <source>a CSL-JSON item</source>
        <translation>عنصر CSL-JSON</translation>
    </message>
    <message>
        <location filename="../src/core/io/guidefile.cpp" line="479"/>
        <source>a guide file</source>
        <translation>ملف دليل</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="40"/>
        <source>Markdown with front matter</source>
        <translation>Markdown مع ترويسة (front matter)</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="42"/>
        <source>page text</source>
        <translation>نص صفحة</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="44"/>
        <source>CSL-JSON sources</source>
        <translation>مصادر CSL-JSON</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="46"/>
        <source>TimelineJS timeline</source>
        <translation>خط زمني بصيغة TimelineJS</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="87"/>
        <source>%1: a JSON object with keys %2%3, which is neither an almanac-guide/1 file (&quot;format&quot;), a TimelineJS timeline (&quot;events&quot;, or &quot;timeline&quot; in TimelineJS 2) nor a CSL item (type, title, author, DOI, …)</source>
        <translation>%1: كائن JSON بالمفاتيح %2%3، وهو ليس ملف almanac-guide/1 (&quot;format&quot;)، ولا خطًا زمنيًا بصيغة TimelineJS (&quot;events&quot;، أو &quot;timeline&quot; في TimelineJS 2)، ولا عنصر CSL (type، title، author، DOI، …)</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="91"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../src/core/io/importer.cpp" line="101"/>
        <source>%1: the file is empty; expected a guide (.json, .md, .txt), CSL-JSON sources or a TimelineJS timeline</source>
        <translation>%1: الملف فارغ؛ المتوقع دليل (.json أو .md أو .txt) أو مصادر CSL-JSON أو خط زمني بصيغة TimelineJS</translation>
    </message>
    <message>
        <location filename="../src/core/io/importreport.cpp" line="17"/>
        <source>warning</source>
        <extracomment>The kind of an import finding, as in &quot;guide.md: line 3: warning: ...&quot;</extracomment>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../src/core/io/importreport.cpp" line="20"/>
        <source>error</source>
        <extracomment>The kind of an import finding, as in &quot;guide.md: line 3: error: ...&quot;</extracomment>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../src/core/io/importreport.cpp" line="23"/>
        <source>info</source>
        <extracomment>The kind of an import finding, as in &quot;guide.md: line 3: info: ...&quot;</extracomment>
        <translation>معلومة</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="21"/>
        <source>%1: the file is empty; expected JSON</source>
        <translation>%1: الملف فارغ؛ المتوقع JSON</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="28"/>
        <source>%1: %2: JSON syntax error: %3</source>
        <translation>%1: %2: خطأ في صياغة JSON: %3</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="146"/>
        <source>a boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="148"/>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="150"/>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="152"/>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsoninput.cpp" line="154"/>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="150"/>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="172"/>
        <source>line 1: expected &quot;---&quot; opening YAML front matter (or &quot;+++&quot; opening TOML)</source>
        <translation>السطر 1: المتوقع &quot;---&quot; لفتح ترويسة YAML (front matter) (أو &quot;+++&quot; لفتح ترويسة TOML)</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="190"/>
        <source>line 1: the front matter is not closed; expected a &quot;%1&quot; line after it</source>
        <translation>السطر 1: الترويسة (front matter) غير مغلقة؛ المتوقع سطر «%1» بعدها</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="198"/>
        <source>line %1: front matter: %2</source>
        <translation>السطر %1: الترويسة: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="205"/>
        <source>line %1: sections: the sections are the body&apos;s &quot;## &quot; headings, not a front-matter key</source>
        <translation>السطر %1: sections: الأقسام هي عناوين &quot;## &quot; في متن الملف، وليست مفتاحًا في الترويسة</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="219"/>
        <source>line %1: %2: expected an object as one line of JSON</source>
        <translation>السطر %1: %2: المتوقع كائن في سطر واحد من JSON</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="248"/>
        <source>no slug in the front matter; made &quot;%1&quot; from the title</source>
        <translation>لا يوجد اسم لطيف (slug) في الترويسة؛ أُنشئ «%1» من العنوان</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="264"/>
        <source>text before the first &quot;## &quot; heading became a section without a heading</source>
        <translation>النص الذي يسبق أول عنوان &quot;## &quot; صار قسمًا بلا عنوان</translation>
    </message>
    <message>
        <location filename="../src/core/io/markdownfile.cpp" line="285"/>
        <source>read %1 section(s), %2 takeaway(s), %3 timeline entr(ies), %4 FAQ, %5 source(s)</source>
        <translation>قُرئ: الأقسام %1، النقاط الرئيسية %2، أحداث الخط الزمني %3، الأسئلة الشائعة %4، المصادر %5</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="76"/>
        <source>the text is empty; expected the text of a published guide page</source>
        <translation>النص فارغ؛ المتوقع نص صفحة دليل منشورة</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="96"/>
        <source>this page heading appears a second time; its block was read like the first</source>
        <translation>عنوان الصفحة هذا يظهر مرة ثانية؛ قُرئت كتلته كما قُرئت الأولى</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="114"/>
        <source>dropped the site&apos;s &quot;Stay current&quot; block (not part of the guide)</source>
        <translation>حُذفت كتلة «Stay current» الخاصة بالموقع (ليست جزءًا من الدليل)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="118"/>
        <source>ignored the versions list (%n line(s)); versions are made in the workspace</source>
        <translation>
            <numerusform>جرى تجاهل قائمة الإصدارات (%n سطر)؛ الإصدارات تُنشأ في مساحة العمل</numerusform>
            <numerusform>جرى تجاهل قائمة الإصدارات (سطر واحد)؛ الإصدارات تُنشأ في مساحة العمل</numerusform>
            <numerusform>جرى تجاهل قائمة الإصدارات (سطران)؛ الإصدارات تُنشأ في مساحة العمل</numerusform>
            <numerusform>جرى تجاهل قائمة الإصدارات (%n أسطر)؛ الإصدارات تُنشأ في مساحة العمل</numerusform>
            <numerusform>جرى تجاهل قائمة الإصدارات (%n سطرًا)؛ الإصدارات تُنشأ في مساحة العمل</numerusform>
            <numerusform>جرى تجاهل قائمة الإصدارات (%n سطر)؛ الإصدارات تُنشأ في مساحة العمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="126"/>
        <source>%n related guide(s) could not be recovered (the page text has no slugs)%1; add them</source>
        <translation>
            <numerusform>تعذّر استرداد %n دليل ذي صلة (نص الصفحة لا يتضمن أسماء لطيفة)%1؛ أضِفها</numerusform>
            <numerusform>تعذّر استرداد دليل واحد ذي صلة (نص الصفحة لا يتضمن أسماء لطيفة)%1؛ أضِفه</numerusform>
            <numerusform>تعذّر استرداد دليلين ذوَي صلة (نص الصفحة لا يتضمن أسماء لطيفة)%1؛ أضِفهما</numerusform>
            <numerusform>تعذّر استرداد %n أدلة ذات صلة (نص الصفحة لا يتضمن أسماء لطيفة)%1؛ أضِفها</numerusform>
            <numerusform>تعذّر استرداد %n دليلًا ذا صلة (نص الصفحة لا يتضمن أسماء لطيفة)%1؛ أضِفها</numerusform>
            <numerusform>تعذّر استرداد %n دليل ذي صلة (نص الصفحة لا يتضمن أسماء لطيفة)%1؛ أضِفها</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="158"/>
        <source>no TL;DR found; expected the text of a published guide page: a kicker like &quot;Guide · Beginner&quot;, the title, the meta line, then a line starting with &quot;TL;DR&quot;</source>
        <translation>لم يُعثر على خلاصة TL;DR؛ المتوقع نص صفحة دليل منشورة: سطر تمهيدي مثل &quot;Guide · Beginner&quot;، ثم العنوان، ثم سطر البيانات الوصفية، ثم سطر يبدأ بـ &quot;TL;DR&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="163"/>
        <source>dropped the site masthead</source>
        <translation>حُذف رأس الموقع</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="172"/>
        <source>kind &quot;%1&quot; and level &quot;%2&quot; from the kicker</source>
        <translation>النوع «%1» والمستوى «%2» من السطر التمهيدي</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="186"/>
        <source>the kicker says &quot;%1&quot; but the meta line &quot;%2&quot;; kept &quot;%1&quot;</source>
        <translation>السطر التمهيدي يذكر «%1» لكن سطر البيانات الوصفية يذكر «%2»؛ أُبقي على «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="195"/>
        <source>no status word (active, archived) in the meta line; set to &quot;%1&quot;</source>
        <translation>لا توجد كلمة حالة (active، archived) في سطر البيانات الوصفية؛ عُيّنت إلى «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="199"/>
        <source>no subject in the meta line; fill it in</source>
        <translation>لا يوجد مجال في سطر البيانات الوصفية؛ املأه</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="201"/>
        <source>subject &quot;%1&quot;, level &quot;%2&quot;, status &quot;%3&quot; from the meta line</source>
        <translation>المجال «%1» والمستوى «%2» والحالة «%3» من سطر البيانات الوصفية</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="205"/>
        <source>the page&apos;s version (%1) and update time (%2) are not imported; created and updated are the time of import</source>
        <translation>لا يُستورد إصدار الصفحة (%1) ولا وقت تحديثها (%2)؛ وقتا الإنشاء (created) والتحديث (updated) هما وقت الاستيراد</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="210"/>
        <location filename="../src/core/io/pagetext.cpp" line="211"/>
        <source>none</source>
        <extracomment>Put for a version or an update time the page does not show</extracomment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="214"/>
        <source>no meta line (subject, level, status) before the TL;DR; fill in the subject</source>
        <translation>لا يوجد سطر بيانات وصفية (المجال، المستوى، الحالة) قبل الخلاصة TL;DR؛ املأ المجال</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="223"/>
        <source>line %1: no title before the TL;DR; expected the guide&apos;s title on a line of its own above the meta line</source>
        <translation>السطر %1: لا يوجد عنوان قبل الخلاصة TL;DR؛ المتوقع عنوان الدليل في سطر مستقل فوق سطر البيانات الوصفية</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="229"/>
        <source>the title was read from %n lines; check it</source>
        <translation>
            <numerusform>قُرئ العنوان من %n سطر؛ تحقّق منه</numerusform>
            <numerusform>قُرئ العنوان من سطر واحد؛ تحقّق منه</numerusform>
            <numerusform>قُرئ العنوان من سطرين؛ تحقّق منه</numerusform>
            <numerusform>قُرئ العنوان من %n أسطر؛ تحقّق منه</numerusform>
            <numerusform>قُرئ العنوان من %n سطرًا؛ تحقّق منه</numerusform>
            <numerusform>قُرئ العنوان من %n سطر؛ تحقّق منه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="230"/>
        <source>title recognised</source>
        <translation>تم التعرّف على العنوان</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="237"/>
        <source>the title gives no URL-safe slug; used &quot;%1&quot;; change it</source>
        <translation>العنوان لا يعطي اسمًا لطيفًا (slug) صالحًا لعناوين URL؛ استُخدم «%1»؛ غيّره</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="252"/>
        <source>the TL;DR is empty; write one</source>
        <translation>الخلاصة TL;DR فارغة؛ اكتب واحدة</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="254"/>
        <source>TL;DR recognised</source>
        <translation>تم التعرّف على الخلاصة TL;DR</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="272"/>
        <source>%n key takeaway(s) recognised</source>
        <translation>
            <numerusform>تم التعرّف على %n نقطة رئيسية</numerusform>
            <numerusform>تم التعرّف على نقطة رئيسية واحدة</numerusform>
            <numerusform>تم التعرّف على نقطتين رئيسيتين</numerusform>
            <numerusform>تم التعرّف على %n نقاط رئيسية</numerusform>
            <numerusform>تم التعرّف على %n نقطة رئيسية</numerusform>
            <numerusform>تم التعرّف على %n نقطة رئيسية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="284"/>
        <source>section &quot;%1&quot;</source>
        <translation>القسم «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="291"/>
        <source>text with no section heading above it; give the section a heading</source>
        <translation>نص لا يعلوه عنوان قسم؛ أعطِ القسم عنوانًا</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="302"/>
        <source>section &quot;%1&quot; has no text</source>
        <translation>القسم «%1» بلا نص</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="347"/>
        <source>text before the first timeline entry was left out: &quot;%1&quot;</source>
        <translation>أُسقط النص الذي يسبق أول حدث في الخط الزمني: «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="355"/>
        <source>the timeline lost its numbering; every line was read as an entry title; check them</source>
        <translation>فقد الخط الزمني ترقيمه؛ قُرئ كل سطر عنوانًا لحدث؛ تحقّق منها</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="361"/>
        <source>timeline entry %1 (&quot;%2&quot;) has no date; fill it in</source>
        <translation>حدث الخط الزمني %1 («%2») بلا تاريخ؛ املأه</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="366"/>
        <source>timeline entry %1 dated %2</source>
        <translation>حدث الخط الزمني %1 بتاريخ %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="378"/>
        <source>the topics were run together; split into %1 (&quot;%2&quot;); check the split</source>
        <translation>كانت المواضيع ملتصقة ببعضها؛ قُسّمت إلى %1 («%2»)؛ تحقّق من التقسيم</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="382"/>
        <source>one topic recognised</source>
        <translation>تم التعرّف على موضوع واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="389"/>
        <source>%n topic(s) recognised</source>
        <translation>
            <numerusform>تم التعرّف على %n موضوع</numerusform>
            <numerusform>تم التعرّف على موضوع واحد</numerusform>
            <numerusform>تم التعرّف على موضوعين</numerusform>
            <numerusform>تم التعرّف على %n مواضيع</numerusform>
            <numerusform>تم التعرّف على %n موضوعًا</numerusform>
            <numerusform>تم التعرّف على %n موضوع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="401"/>
        <source>text before the first FAQ question was left out: &quot;%1&quot;</source>
        <translation>أُسقط النص الذي يسبق أول سؤال في الأسئلة الشائعة: «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/pagetext.cpp" line="411"/>
        <source>%n FAQ question(s) recognised</source>
        <translation>
            <numerusform>تم التعرّف على %n سؤال من الأسئلة الشائعة</numerusform>
            <numerusform>تم التعرّف على سؤال واحد من الأسئلة الشائعة</numerusform>
            <numerusform>تم التعرّف على سؤالين من الأسئلة الشائعة</numerusform>
            <numerusform>تم التعرّف على %n أسئلة من الأسئلة الشائعة</numerusform>
            <numerusform>تم التعرّف على %n سؤالًا من الأسئلة الشائعة</numerusform>
            <numerusform>تم التعرّف على %n سؤال من الأسئلة الشائعة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="415"/>
        <source>question &quot;%1&quot; has no answer</source>
        <translation>السؤال «%1» بلا إجابة</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="446"/>
        <source>source %1 (%2) had a link, but the page text has no URL; add it</source>
        <translation>المصدر %1 (%2) كان له رابط، لكن نص الصفحة لا يتضمن عنوان URL؛ أضِفه</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="451"/>
        <source>source %1 shows only &quot;%2&quot;; fill in its published date</source>
        <translation>المصدر %1 لا يعرض إلا «%2»؛ املأ تاريخ نشره</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="453"/>
        <location filename="../src/core/io/timelinejs.cpp" line="465"/>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="458"/>
        <source>dropped &quot;%1&quot; (not part of a source card)</source>
        <translation>حُذف «%1» (ليس جزءًا من بطاقة مصدر)</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="485"/>
        <source>source %1 has no title</source>
        <translation>المصدر %1 بلا عنوان</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="487"/>
        <source>source %1 (%2) given the citation key &quot;%3&quot;</source>
        <translation>أُعطي المصدر %1 (%2) مفتاح الاستشهاد «%3»</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="491"/>
        <source>the heading announces %1 source(s) but %2 card(s) were read; check them</source>
        <translation>عنوان القسم يذكر أن عدد المصادر %1 لكن عدد البطاقات المقروءة %2؛ تحقّق منها</translation>
    </message>
    <message>
        <location filename="../src/core/io/pagetext.cpp" line="505"/>
        <source>timeline entry %1 cites source [%2], which the page does not list</source>
        <translation>حدث الخط الزمني %1 يستشهد بالمصدر [%2]، والصفحة لا تدرجه</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="121"/>
        <source>%1 (%2): %3; not kept</source>
        <translation>%1 (%2): %3؛ لم يُحتفظ به</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="125"/>
        <source>the TL;DR comes from &quot;%1&quot;</source>
        <translation>الخلاصة TL;DR مأخوذة من «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="130"/>
        <source>&quot;%1&quot; became the TL;DR</source>
        <translation>صار «%1» الخلاصة TL;DR</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/sitefrontmatter.cpp" line="141"/>
        <source>&quot;%1&quot; became %n topic(s)</source>
        <translation>
            <numerusform>صار «%1» %n موضوع</numerusform>
            <numerusform>صار «%1» موضوعًا واحدًا</numerusform>
            <numerusform>صار «%1» موضوعين</numerusform>
            <numerusform>صار «%1» %n مواضيع</numerusform>
            <numerusform>صار «%1» %n موضوعًا</numerusform>
            <numerusform>صار «%1» %n موضوع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="147"/>
        <source>the created time comes from &quot;%1&quot;</source>
        <translation>وقت الإنشاء مأخوذ من «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="148"/>
        <source>the updated time comes from &quot;%1&quot;</source>
        <translation>وقت التحديث مأخوذ من «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="154"/>
        <source>not a date and time</source>
        <translation>ليس تاريخًا ووقتًا</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="160"/>
        <source>&quot;%1&quot; became the created time</source>
        <translation>صار «%1» وقت الإنشاء</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="161"/>
        <source>&quot;%1&quot; became the updated time</source>
        <translation>صار «%1» وقت التحديث</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="167"/>
        <source>draft: true: the guide comes in as a draft, as every import does</source>
        <translation>draft: true: يدخل الدليل مسودةً، كما في كل استيراد</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="168"/>
        <source>draft: %1: the guide comes in as a draft; make a version and publish it to put it live</source>
        <translation>draft: %1: يدخل الدليل مسودةً؛ أنشئ إصدارًا وانشره ليصبح منشورًا للعموم</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="172"/>
        <source>a guide has no authors field</source>
        <translation>لا يوجد في الدليل حقل authors</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="175"/>
        <source>not a language tag (BCP 47, such as &quot;de&quot;, &quot;ar&quot; or &quot;pt-BR&quot;)</source>
        <translation>ليس وسم لغة (BCP 47، مثل &quot;de&quot; أو &quot;ar&quot; أو &quot;pt-BR&quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="179"/>
        <source>&quot;lang&quot; became the language</source>
        <translation>استُخدم &quot;lang&quot; بوصفه اللغة</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="181"/>
        <source>a front-matter key with no place in a guide</source>
        <translation>مفتاح ترويسة لا مكان له في الدليل</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="186"/>
        <source>a guide&apos;s status is active or archived</source>
        <translation>حالة الدليل إما active أو archived</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="188"/>
        <source>a guide&apos;s level is Beginner, Intermediate or Advanced</source>
        <translation>مستوى الدليل إما Beginner أو Intermediate أو Advanced</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="190"/>
        <source>a guide&apos;s id is a UUID; a new one is made</source>
        <translation>معرّف الدليل (id) هو UUID؛ يُنشأ معرّف جديد</translation>
    </message>
    <message>
        <location filename="../src/core/io/sitefrontmatter.cpp" line="195"/>
        <source>the slug &quot;%1&quot; became &quot;%2&quot;</source>
        <translation>الاسم اللطيف «%1» صار «%2»</translation>
    </message>
    <message>
        <location filename="../src/core/io/textinput.cpp" line="20"/>
        <source>%1: the file is %2 MiB; an import may be at most %3 MiB</source>
        <translation>%1: حجم الملف %2 MiB؛ والحد الأقصى للاستيراد %3 MiB</translation>
    </message>
    <message>
        <location filename="../src/core/io/textinput.cpp" line="39"/>
        <source>%1: %2: invalid UTF-8 (byte 0x%3); save the file as UTF-8</source>
        <translation>%1: %2: ترميز UTF-8 غير صالح (البايت 0x%3)؛ احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/io/textinput.cpp" line="71"/>
        <source>a file to import</source>
        <translation>ملف للاستيراد</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="82"/>
        <location filename="../src/core/io/timelinejs.cpp" line="92"/>
        <source>expected a whole number, found %1</source>
        <translation>المتوقع عدد صحيح، ووُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="88"/>
        <source>missing (TimelineJS needs a year)</source>
        <translation>مفقود (يتطلب TimelineJS سنة)</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="97"/>
        <source>missing (a day needs a month)</source>
        <translation>مفقود (اليوم يتطلب شهرًا)</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="106"/>
        <source>%1 is not a date (a month from 1 to 12, a day of that month)</source>
        <translation>%1 ليس تاريخًا (شهر من 1 إلى 12، ويوم من ذلك الشهر)</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="117"/>
        <source>the event has no start_date; its date is left empty; fill it in</source>
        <translation>الحدث بلا start_date؛ تُرك تاريخه فارغًا؛ املأه</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="121"/>
        <source>expected an object like {&quot;year&quot;: 2015, &quot;month&quot;: 8}, found %1</source>
        <translation>المتوقع كائن مثل {&quot;year&quot;: 2015, &quot;month&quot;: 8}، ووُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="130"/>
        <source>expected an object like {&quot;year&quot;: 2015}, found %1</source>
        <translation>المتوقع كائن مثل {&quot;year&quot;: 2015}، ووُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="270"/>
        <source>expected an object with headline and text, found %1</source>
        <translation>المتوقع كائن يحتوي headline و text، ووُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="276"/>
        <location filename="../src/core/io/timelinejs.cpp" line="345"/>
        <source>the event has no headline; give the entry a title</source>
        <translation>الحدث بلا headline؛ أعطِ الحدث عنوانًا</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="291"/>
        <source>expected a date like &quot;2011,12,10&quot;, found %1</source>
        <translation>المتوقع تاريخ مثل &quot;2011,12,10&quot;، ووُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="341"/>
        <source>the event has no startDate; its date is left empty; fill it in</source>
        <translation>الحدث بلا startDate؛ تُرك تاريخه فارغًا؛ املأه</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="368"/>
        <source>expected a TimelineJS object ({&quot;events&quot;: [...]}), found an array</source>
        <translation>المتوقع كائن TimelineJS ({&quot;events&quot;: [...]})، ووُجدت مصفوفة</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="384"/>
        <source>a TimelineJS 2 file ({&quot;timeline&quot;: {&quot;date&quot;: [...]}}); read as such</source>
        <translation>ملف TimelineJS 2 ({&quot;timeline&quot;: {&quot;date&quot;: [...]}})؛ قُرئ على هذا الأساس</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="385"/>
        <source>an early TimelineJS 3 file ({&quot;timeline&quot;: {&quot;%1&quot;: [...]}}); read as such</source>
        <translation>ملف من إصدارات TimelineJS 3 المبكرة ({&quot;timeline&quot;: {&quot;%1&quot;: [...]}})؛ قُرئ على هذا الأساس</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="392"/>
        <source>missing (a TimelineJS file has an array of events)</source>
        <translation>مفقود (ملف TimelineJS يحتوي مصفوفة أحداث)</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="403"/>
        <source>expected an event (an object), found %1</source>
        <translation>المتوقع حدث (كائن)، ووُجد %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="440"/>
        <source>kept for timeline.json: %1</source>
        <translation>أُبقي عليه من أجل timeline.json: %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="448"/>
        <source>read %1 event(s), sorted by date; %2 skipped</source>
        <translation>الأحداث المقروءة %1، مرتّبةً حسب التاريخ؛ والمتخطّاة %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/timelinejs.cpp" line="449"/>
        <source>read %n event(s), sorted by date</source>
        <translation>
            <numerusform>قُرئ %n حدث، مرتّبةً حسب التاريخ</numerusform>
            <numerusform>قُرئ حدث واحد، مرتّبًا حسب التاريخ</numerusform>
            <numerusform>قُرئ حدثان، مرتّبَين حسب التاريخ</numerusform>
            <numerusform>قُرئت %n أحداث، مرتّبةً حسب التاريخ</numerusform>
            <numerusform>قُرئ %n حدثًا، مرتّبةً حسب التاريخ</numerusform>
            <numerusform>قُرئ %n حدث، مرتّبةً حسب التاريخ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="464"/>
        <source>skipped &quot;%1&quot; (%2): the guide has it already</source>
        <translation>تُخطّي «%1» (%2): موجود في الدليل مسبقًا</translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="476"/>
        <source>timeline entry &quot;%1&quot; has no date; fill it in</source>
        <translation>حدث الخط الزمني «%1» بلا تاريخ؛ املأه</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/io/timelinejs.cpp" line="478"/>
        <source>added %n timeline entr(ies)</source>
        <translation>
            <numerusform>أُضيف %n حدث إلى الخط الزمني</numerusform>
            <numerusform>أُضيف حدث واحد إلى الخط الزمني</numerusform>
            <numerusform>أُضيف حدثان إلى الخط الزمني</numerusform>
            <numerusform>أُضيفت %n أحداث إلى الخط الزمني</numerusform>
            <numerusform>أُضيف %n حدثًا إلى الخط الزمني</numerusform>
            <numerusform>أُضيف %n حدث إلى الخط الزمني</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/io/timelinejs.cpp" line="505"/>
        <source>the guide has a TimelineJS %1 already; kept it</source>
        <translation>يحتوي الدليل مسبقًا على %1 من TimelineJS؛ أُبقي عليه</translation>
    </message>
    <message>
        <location filename="../src/core/io/tomlfrontmatter.cpp" line="132"/>
        <source>TOML syntax error: %1 (column %2)</source>
        <translation>خطأ في صياغة TOML: %1 (العمود %2)</translation>
    </message>
</context>
<context>
    <name>almanac::PublishText</name>
    <message>
        <location filename="../src/core/publish/bundlefolder.cpp" line="29"/>
        <source>%1: folders nested deeper than %2 levels at %3</source>
        <translation>%1: مجلدات متداخلة بعمق يتجاوز %2 مستوى عند %3</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlefolder.cpp" line="37"/>
        <source>%1: cannot list: %2</source>
        <translation>%1: يتعذّر سرد المحتويات: %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlefolder.cpp" line="44"/>
        <source>%1: holds more than %2 entries</source>
        <translation>%1: يحتوي أكثر من %2 عنصر</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlefolder.cpp" line="91"/>
        <source>and %1 more</source>
        <extracomment>The last of a list of files and folders: &quot;a.html, b.css, and 3 more&quot;.</extracomment>
        <translation>و%1 أخرى</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="72"/>
        <source>offset %1: %2</source>
        <translation>الإزاحة %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="74"/>
        <source>expected an object</source>
        <translation>المتوقع كائن</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="77"/>
        <source>%1: expected &quot;%2&quot;</source>
        <translation>%1: المتوقع «%2»</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="81"/>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="103"/>
        <source>%1: expected an array</source>
        <translation>%1: المتوقع مصفوفة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="91"/>
        <source>%1: not a relative path inside the bundle</source>
        <translation>%1: ليس مسارًا نسبيًا داخل الحزمة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="94"/>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="119"/>
        <source>%1: expected 64 lowercase hex digits</source>
        <translation>%1: المتوقع 64 رقمًا ست عشريًا بأحرف صغيرة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="98"/>
        <source>%1: expected a whole number</source>
        <translation>%1: المتوقع عدد صحيح</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="114"/>
        <source>%1: expected a slug</source>
        <translation>%1: المتوقع اسم لطيف (slug)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlemanifest.cpp" line="117"/>
        <source>%1: expected a number from 1</source>
        <translation>%1: المتوقع رقم ابتداءً من 1</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="92"/>
        <source>%1: cannot make a temporary folder beside it: %2</source>
        <translation>%1: يتعذّر إنشاء مجلد مؤقت بجانبه: %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="102"/>
        <source>%1: cannot make the folder %2</source>
        <translation>%1: يتعذّر إنشاء المجلد %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="107"/>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: تتعذّر كتابة %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="126"/>
        <source>%1: cannot replace it</source>
        <translation>%1: يتعذّر استبداله</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="135"/>
        <source>%1: cannot rename %2 to it</source>
        <translation>%1: تتعذّر إعادة تسمية %2 إليه</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="172"/>
        <location filename="../src/core/publish/bundlesink.cpp" line="217"/>
        <location filename="../src/core/publish/bundlesink.cpp" line="222"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="180"/>
        <source>%1: cannot start the zip (error %2)</source>
        <translation>%1: يتعذّر بدء ملف zip (الخطأ %2)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="192"/>
        <source>%1: cannot add %2 (zip error %3): %4</source>
        <translation>%1: تتعذّر إضافة %2 (خطأ zip %3): %4</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="199"/>
        <source>%1: cannot add %2 (zip error %3)</source>
        <translation>%1: تتعذّر إضافة %2 (خطأ zip %3)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="209"/>
        <source>%1: cannot finish the zip (error %2)</source>
        <translation>%1: يتعذّر إنهاء ملف zip (الخطأ %2)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="249"/>
        <source>&quot;%1&quot;: not a file or folder name</source>
        <translation>«%1»: ليس اسم ملف أو مجلد</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlesink.cpp" line="253"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: المجلد %2 غير موجود</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="31"/>
        <source>; not replacing it (choose another name, or move it away yourself)</source>
        <extracomment>Follows a message such as &quot;%1: is a file, not a bundle folder&quot;.</extracomment>
        <translation>؛ لن يُستبدل (اختر اسمًا آخر، أو انقله بنفسك إلى مكان آخر)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="42"/>
        <source>%1: its manifest.json is not an Almanac bundle manifest (%2)</source>
        <translation>%1: ملف manifest.json فيه ليس بيان حزمة Almanac (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="48"/>
        <source>%1: its manifest.json says it was made by &quot;%2&quot;, not by Almanac Studio</source>
        <translation>%1: ملف manifest.json فيه يذكر أنه من إنشاء «%2»، لا Almanac Studio</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="81"/>
        <source>%1: is a folder that is not empty and holds no manifest.json, so it is not a bundle (it holds %2)</source>
        <translation>%1: مجلد غير فارغ ولا يحتوي manifest.json، لذا فهو ليس حزمة (يحتوي %2)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="88"/>
        <source>%1: its manifest.json is %2, not a file</source>
        <translation>%1: ملف manifest.json فيه هو %2، وليس ملفًا</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="97"/>
        <source>a bundle manifest</source>
        <extracomment>What the file should be, as in &quot;%1: is a folder, not a bundle manifest&quot;.</extracomment>
        <translation>بيان حزمة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="125"/>
        <source>%1: holds %2, which its manifest does not list; a folder that holds anything but an Almanac bundle is never replaced</source>
        <translation>%1: يحتوي %2، وهو ما لا يدرجه بيانه؛ المجلد الذي يحتوي أي شيء غير حزمة Almanac لا يُستبدل أبدًا</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="136"/>
        <source>%1: is a file but not a zip bundle (%2)</source>
        <translation>%1: ملف لكنه ليس حزمة zip (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="143"/>
        <source>%1: is a zip without a manifest.json, not a bundle</source>
        <translation>%1: ملف zip بلا manifest.json، وليس حزمة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="151"/>
        <source>%1: its manifest.json cannot be read</source>
        <translation>%1: تتعذّر قراءة ملف manifest.json فيه</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="165"/>
        <source>%1: holds %2, which its manifest does not list; a zip that holds anything but an Almanac bundle is never replaced</source>
        <translation>%1: يحتوي %2، وهو ما لا يدرجه بيانه؛ ملف zip الذي يحتوي أي شيء غير حزمة Almanac لا يُستبدل أبدًا</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="180"/>
        <source>%1: is a symbolic link (to %2); a bundle is never written through a link: give the real path or a new name</source>
        <translation>%1: رابط رمزي (إلى %2)؛ لا تُكتب الحزمة أبدًا عبر رابط: أعطِ المسار الحقيقي أو اسمًا جديدًا</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="186"/>
        <source>%1: is a folder, not replacing it with a zip</source>
        <translation>%1: مجلد، ولن يُستبدل بملف zip</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="190"/>
        <source>%1: is a file, not a bundle folder</source>
        <translation>%1: ملف، وليس مجلد حزمة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="195"/>
        <location filename="../src/core/publish/bundleverifier.cpp" line="190"/>
        <source>%1: is %2, not a bundle</source>
        <translation>%1: هو %2، وليس حزمة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundletarget.cpp" line="228"/>
        <source>%1: the old bundle was moved here and not removed: it holds %2</source>
        <translation>%1: نُقلت الحزمة القديمة إلى هنا ولم تُحذف: تحتوي %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="85"/>
        <source>%1, not a file; not followed or read</source>
        <translation>%1، وليس ملفًا؛ لم يُتتبّع ولم يُقرأ</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="95"/>
        <source>not in the bundle</source>
        <translation>ليس في الحزمة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="113"/>
        <source>over %1 MiB; not read</source>
        <translation>أكبر من %1 MiB؛ لم يُقرأ</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="125"/>
        <source>listed in the manifest, not in the bundle</source>
        <translation>مدرج في البيان، وليس في الحزمة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="134"/>
        <location filename="../src/core/publish/bundleverifier.cpp" line="145"/>
        <source>%1 bytes, the manifest says %2</source>
        <translation>%1 بايت، والبيان يذكر %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="144"/>
        <source>more than the %1 bytes the manifest says</source>
        <translation>أكثر من %1 بايت التي يذكرها البيان</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="147"/>
        <source>SHA-256 %1, the manifest says %2</source>
        <translation>SHA-256 هو %1، والبيان يذكر %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="181"/>
        <source>%1: no such file or folder</source>
        <translation>%1: لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="183"/>
        <source>%1: is a symbolic link (to %2); verify the bundle itself</source>
        <translation>%1: رابط رمزي (إلى %2)؛ تحقّق من الحزمة نفسها</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="213"/>
        <source>listed more than once</source>
        <translation>مدرج أكثر من مرة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="229"/>
        <source>in the bundle, not in the manifest</source>
        <translation>في الحزمة، وليس في البيان</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="230"/>
        <source>%1 in the bundle, not in the manifest</source>
        <translation>%1 في الحزمة، وليس في البيان</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="239"/>
        <source>v%1 of %2 is listed but its guide.json is not</source>
        <translation>الإصدار v%1 من %2 مدرج لكن ملف guide.json الخاص به غير مدرج</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundleverifier.cpp" line="244"/>
        <source>the checksum of %1 v%2 is not that of its guide.json</source>
        <translation>المجموع الاختباري لـ %1 v%2 لا يطابق المجموع الاختباري لملف guide.json الخاص به</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlewriter.cpp" line="68"/>
        <source>%1: no guide with the slug &quot;%2&quot;</source>
        <translation>%1: لا يوجد دليل بالاسم اللطيف «%2»</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlewriter.cpp" line="76"/>
        <source>%1: %2 has no live version: publish one first</source>
        <translation>%1: ليس لـ %2 إصدار منشور حاليًا: انشر إصدارًا أولًا</translation>
    </message>
    <message>
        <location filename="../src/core/publish/bundlewriter.cpp" line="139"/>
        <location filename="../src/core/publish/bundlewriter.cpp" line="224"/>
        <source>%1: export cancelled; nothing was written</source>
        <translation>%1: أُلغي التصدير؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="36"/>
        <source>byte %1</source>
        <extracomment>A place in the zip file, as in &quot;no local header at byte 1200&quot;.</extracomment>
        <translation>البايت %1</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="51"/>
        <source>a zip bundle</source>
        <extracomment>What the file should be, as in &quot;%1: is a folder, not a zip bundle&quot;.</extracomment>
        <translation>حزمة zip</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="75"/>
        <source>not a readable zip (no end of central directory record)</source>
        <translation>ليس ملف zip قابلًا للقراءة (لا يوجد سجل نهاية الفهرس المركزي)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="81"/>
        <source>a zip comment of %1 bytes, which bundles never have</source>
        <translation>تعليق zip من %1 بايت، والحزم لا تحتوي تعليقًا أبدًا</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="84"/>
        <source>%1 bytes after the end of central directory record</source>
        <translation>%1 بايت بعد سجل نهاية الفهرس المركزي</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="90"/>
        <source>the end record announces a comment that is not there</source>
        <translation>سجل النهاية يعلن عن تعليق غير موجود</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="95"/>
        <source>a zip split over several disks</source>
        <translation>ملف zip مقسّم على عدة أقراص</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="98"/>
        <source>the central directory (%1 bytes at %2) does not end where its end record starts (%3)</source>
        <translation>الفهرس المركزي (%1 بايت عند %2) لا ينتهي حيث يبدأ سجل نهايته (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="112"/>
        <source>central directory header %1 at %2 is damaged</source>
        <translation>رأس الفهرس المركزي %1 عند %2 تالف</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="120"/>
        <source>central directory header %1 runs past the directory</source>
        <translation>رأس الفهرس المركزي %1 يتجاوز نهاية الفهرس</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="140"/>
        <source>the entry says it starts on another disk</source>
        <translation>يذكر العنصر أنه يبدأ على قرص آخر</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="142"/>
        <source>an extra field or comment in the central directory</source>
        <translation>حقل إضافي أو تعليق في الفهرس المركزي</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="144"/>
        <source>an encrypted entry</source>
        <translation>عنصر مشفّر</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="146"/>
        <source>compression method %1 (only stored and deflated are read)</source>
        <translation>طريقة الضغط %1 (لا تُقرأ إلا الطريقتان stored و deflated)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="149"/>
        <source>a second entry with the same name</source>
        <translation>عنصر ثانٍ بالاسم نفسه</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="156"/>
        <source>%1 bytes in the central directory after its last header</source>
        <translation>%1 بايت في الفهرس المركزي بعد آخر رأس فيه</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="169"/>
        <source>%1 bytes that belong to no entry before it, from %2</source>
        <translation>قبله %1 بايت لا تنتمي إلى أي عنصر، ابتداءً من %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="172"/>
        <source>its local header overlaps the entry before it</source>
        <translation>رأسه المحلي يتداخل مع العنصر الذي قبله</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="177"/>
        <source>no local header at %1</source>
        <translation>لا يوجد رأس محلي عند %1</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="185"/>
        <source>its data runs into the central directory</source>
        <translation>بياناته تمتد إلى داخل الفهرس المركزي</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="189"/>
        <source>the local header names another file</source>
        <translation>الرأس المحلي يسمّي ملفًا آخر</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="191"/>
        <source>an extra field in the local header</source>
        <translation>حقل إضافي في الرأس المحلي</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="195"/>
        <source>the local header and the central directory disagree</source>
        <translation>الرأس المحلي والفهرس المركزي غير متطابقين</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="200"/>
        <source>the local header and the central directory disagree on the sizes</source>
        <translation>الرأس المحلي والفهرس المركزي غير متطابقين في الأحجام</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="207"/>
        <source>its data descriptor does not match the central directory</source>
        <translation>واصف بياناته لا يطابق الفهرس المركزي</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="215"/>
        <source>a folder entry that carries data (%1 bytes)</source>
        <translation>عنصر مجلد يحمل بيانات (%1 بايت)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="221"/>
        <source>%1 bytes that belong to no entry before the central directory, from %2</source>
        <translation>%1 بايت لا تنتمي إلى أي عنصر قبل الفهرس المركزي، ابتداءً من %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="239"/>
        <source>its data is not where the zip says</source>
        <translation>بياناته ليست حيث يذكر ملف zip</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="254"/>
        <source>cannot start inflating</source>
        <translation>يتعذّر بدء فك الضغط</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="272"/>
        <source>its compressed data is damaged</source>
        <translation>بياناته المضغوطة تالفة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="274"/>
        <source>%1 bytes after the end of its compressed data</source>
        <translation>%1 بايت بعد نهاية بياناته المضغوطة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="276"/>
        <source>compression method %1 is not read</source>
        <translation>طريقة الضغط %1 غير مدعومة في القراءة</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="280"/>
        <source>%1 bytes of data, its header says %2</source>
        <translation>%1 بايت من البيانات، ورأسه يذكر %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/zipreader.cpp" line="281"/>
        <source>its CRC-32 does not match its data</source>
        <translation>قيمة CRC-32 الخاصة به لا تطابق بياناته</translation>
    </message>
</context>
<context>
    <name>almanac::StoreText</name>
    <message>
        <location filename="../src/core/store/backup.cpp" line="64"/>
        <source>%1: exists; a backup never replaces a file</source>
        <translation>%1: موجود؛ النسخ الاحتياطي لا يستبدل ملفًا أبدًا</translation>
    </message>
    <message>
        <location filename="../src/core/store/backup.cpp" line="67"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="75"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: المجلد %2 غير موجود</translation>
    </message>
    <message>
        <location filename="../src/core/store/backup.cpp" line="75"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: تتعذّر القراءة: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/backup.cpp" line="97"/>
        <source>the copy fails its integrity check: %1</source>
        <translation>النسخة لا تجتاز فحص السلامة: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/backup.cpp" line="107"/>
        <source>%1: cannot back up %2: %3</source>
        <translation>%1: يتعذّر النسخ الاحتياطي لـ %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/backup.cpp" line="113"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="50"/>
        <source>%1: &quot;%2&quot; has no comment %3</source>
        <translation>%1: لا يوجد في «%2» التعليق %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="66"/>
        <source>%1: v%2 of &quot;%3&quot; has no %4 item with the id %5</source>
        <extracomment>%4 is a part&apos;s name as guide files have it: takeaways, sections, timeline, faq, sources</extracomment>
        <translation>%1: لا يوجد في الإصدار v%2 من «%3» عنصر %4 بالمعرّف %5</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="75"/>
        <source>%1: v%2 of &quot;%3&quot; does not have the quoted passage at %4 of its %5</source>
        <extracomment>%4 is a character position; %5 a field&apos;s name as guide files have it (body, text...)</extracomment>
        <translation>%1: لا يحتوي الإصدار v%2 من «%3» المقطع المقتبس عند الموضع %4 من الحقل %5 الخاص به</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="90"/>
        <source>%1: a comment needs some text</source>
        <translation>%1: التعليق يحتاج إلى نص</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="134"/>
        <source>%1: cannot add the comment: %2</source>
        <translation>%1: تتعذّر إضافة التعليق: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="165"/>
        <source>%1: no open comment with the id %2</source>
        <translation>%1: لا يوجد تعليق مفتوح بالمعرّف %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/comments.cpp" line="175"/>
        <source>%1: cannot resolve the comment: %2</source>
        <translation>%1: يتعذّر وسم التعليق بأنه محلول: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/dialect.cpp" line="89"/>
        <source>not a PostgreSQL connection string</source>
        <translation>ليست سلسلة اتصال PostgreSQL</translation>
    </message>
    <message>
        <location filename="../src/core/store/dialect.cpp" line="100"/>
        <source>the connection string holds a password; keep it in ~/.pgpass or PGPASSWORD instead, never in a workspace location</source>
        <translation>سلسلة الاتصال تتضمن كلمة مرور؛ احفظها في ~/.pgpass أو PGPASSWORD بدلًا من ذلك، ولا تضعها أبدًا في موقع مساحة العمل</translation>
    </message>
    <message>
        <location filename="../src/core/store/dialect.cpp" line="115"/>
        <source>a &quot;;&quot; in a connection string value is not supported</source>
        <translation>الرمز &quot;;&quot; في قيمة ضمن سلسلة الاتصال غير مدعوم</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="23"/>
        <source>imported</source>
        <extracomment>What &quot;almanac import&quot; did, printed before the guide&apos;s slug: &quot;imported tidal-power&quot;</extracomment>
        <translation>استُورد</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="29"/>
        <source>replaced draft</source>
        <extracomment>What &quot;almanac import&quot; did, printed before the guide&apos;s slug: &quot;replaced draft tidal-power&quot;</extracomment>
        <translation>استُبدلت مسودة</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="36"/>
        <source>%1: id: the base is another guide (%2) than %3 (%4)</source>
        <translation>%1: id: الأساس دليل آخر (%2) غير %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="43"/>
        <location filename="../src/core/store/guideimport.cpp" line="98"/>
        <source>updated draft</source>
        <extracomment>What &quot;almanac import&quot; did, printed before the guide&apos;s slug: &quot;updated draft tidal-power&quot;</extracomment>
        <translation>حُدّثت مسودة</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="46"/>
        <source>%1: revision: the file says it was exported at revision %2, but the draft of &quot;%3&quot; in %4 is at revision %5: it comes from another workspace; pass --base FILE or --replace</source>
        <translation>%1: revision: يذكر الملف أنه صُدّر عند التنقيح %2، لكن مسودة «%3» في %4 عند التنقيح %5: فهو من مساحة عمل أخرى؛ مرّر --base FILE أو --replace</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="58"/>
        <source>%1: revision: revision %2 of &quot;%3&quot; is no longer kept (the workspace keeps the last %4); pass --base FILE with the file it was edited from, or --replace to overwrite the draft</source>
        <translation>%1: revision: التنقيح %2 من «%3» لم يعد محفوظًا (مساحة العمل تحتفظ بآخر %4)؛ مرّر --base FILE مع الملف الذي عُدّل انطلاقًا منه، أو --replace للكتابة فوق المسودة</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="72"/>
        <source>%1: the file has no &quot;revision&quot; (it was not exported from this workspace&apos;s draft), so what was saved to &quot;%2&quot; since cannot be told apart from its own changes; nothing was overwritten. Export the draft again and apply your edits, pass --base FILE with the file yours started from, or --replace to overwrite the draft</source>
        <translation>%1: لا يحتوي الملف على &quot;revision&quot; (لم يُصدَّر من مسودة مساحة العمل هذه)، لذا لا يمكن تمييز ما حُفظ في «%2» منذئذٍ عن تغييرات الملف نفسه؛ لم يُكتب فوق أي شيء. صدّر المسودة مرة أخرى وطبّق تعديلاتك، أو مرّر --base FILE مع الملف الذي بدأ منه ملفك، أو --replace للكتابة فوق المسودة</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="85"/>
        <source>%1: %2: conflict: this file has &quot;%3&quot;, the draft (revision %4) has &quot;%5&quot;, where both started from &quot;%6&quot;</source>
        <translation>%1: %2: تعارض: في هذا الملف «%3»، وفي المسودة (التنقيح %4) «%5»، وكلاهما بدأ من «%6»</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="100"/>
        <source>merged with changes saved since, into</source>
        <translation>دُمج مع التغييرات المحفوظة منذئذٍ، في</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="113"/>
        <source>%1: slug: &quot;%2&quot; belongs to another guide in the workspace</source>
        <translation>%1: slug: «%2» يخص دليلًا آخر في مساحة العمل</translation>
    </message>
    <message>
        <location filename="../src/core/store/guideimport.cpp" line="149"/>
        <source>%1: other programs kept saving these guides; try again</source>
        <translation>%1: ظلّت برامج أخرى تحفظ هذه الأدلة؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/core/store/offlinejournal.cpp" line="35"/>
        <source>%1: cannot read &quot;%2&quot;</source>
        <translation>%1: تتعذّر قراءة «%2»</translation>
    </message>
    <message>
        <location filename="../src/core/store/offlinejournal.cpp" line="63"/>
        <source>%1: &quot;%2&quot; kept being saved by others; trying again later</source>
        <translation>%1: ظلّ آخرون يحفظون «%2»؛ ستُعاد المحاولة لاحقًا</translation>
    </message>
    <message>
        <location filename="../src/core/store/offlinejournal.cpp" line="84"/>
        <source>%1: the offline journal cannot be opened: %2</source>
        <translation>%1: يتعذّر فتح سجل العمل دون اتصال: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/offlinejournal.cpp" line="88"/>
        <source>its folder cannot be made</source>
        <translation>يتعذّر إنشاء مجلده</translation>
    </message>
    <message>
        <location filename="../src/core/store/presence.cpp" line="106"/>
        <source>%1 (typing)</source>
        <extracomment>A person who has the guide open and is typing in it: &quot;bo (typing)&quot;</extracomment>
        <translation>%1 (يكتب الآن)</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="287"/>
        <source>%1: not a team workspace; teams work on a PostgreSQL server (docs/team.md)</source>
        <translation>%1: ليست مساحة عمل فريق؛ تعمل الفرق على خادم PostgreSQL (docs/team.md)</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="410"/>
        <source>&quot;%1&quot; is not a role; use %2</source>
        <translation>«%1» ليس دورًا؛ استخدم %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="415"/>
        <source>&quot;%1&quot; cannot be a user name: lowercase letters, digits and _, not starting with almanac_ or pg_</source>
        <translation>لا يمكن أن يكون «%1» اسم مستخدم: أحرف لاتينية صغيرة وأرقام و_، ولا يبدأ بـ almanac_ أو pg_</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="423"/>
        <source>%1: not a team yet; run &quot;almanac team init&quot; first</source>
        <translation>%1: ليست فريقًا بعد؛ شغّل &quot;almanac team init&quot; أولًا</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="431"/>
        <source>%1: cannot add %2: %3</source>
        <translation>%1: تتعذّر إضافة %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="467"/>
        <source>%1: no user &quot;%2&quot;</source>
        <translation>%1: لا يوجد مستخدم «%2»</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="473"/>
        <source>%1: cannot remove %2: %3</source>
        <translation>%1: تتعذّر إزالة %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="520"/>
        <source>Editing drafts</source>
        <translation>تحرير المسودات</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="521"/>
        <source>Making a version</source>
        <translation>إنشاء إصدار</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="522"/>
        <source>Submitting for review</source>
        <translation>الإرسال للمراجعة</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="523"/>
        <source>Approving</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="524"/>
        <source>Requesting changes</source>
        <translation>طلب تعديلات</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="525"/>
        <source>Publishing</source>
        <translation>النشر</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="526"/>
        <source>Commenting</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="527"/>
        <source>Managing people</source>
        <translation>إدارة الأشخاص</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="531"/>
        <source> or </source>
        <extracomment>Joins the names of roles: &quot;reviewer or editor&quot;</extracomment>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="534"/>
        <source>%1 takes the %2 role on this team workspace; %3 has %4.</source>
        <extracomment>%1 is what is refused (&quot;Approving&quot;), %2 the roles it takes (&quot;reviewer&quot;), %3 the person&apos;s login name, %4 what they have (&quot;no Almanac role&quot; or &quot;the editor role&quot;)</extracomment>
        <translation>%1 يتطلب الدور %2 في مساحة عمل الفريق هذه؛ ولدى %3: %4.</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="536"/>
        <source>no Almanac role</source>
        <translation>لا دور في Almanac</translation>
    </message>
    <message>
        <location filename="../src/core/store/team.cpp" line="538"/>
        <source>the %1 role</source>
        <translation>الدور %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/trash.cpp" line="26"/>
        <location filename="../src/core/store/trash.cpp" line="45"/>
        <source>%1: cannot delete &quot;%2&quot;: %3</source>
        <translation>%1: يتعذّر حذف «%2»: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/trash.cpp" line="31"/>
        <source>%1: &quot;%2&quot; has versions and cannot be deleted; set its status to archived instead</source>
        <extracomment>&quot;archived&quot; is the name of a guide status, as guide files have it</extracomment>
        <translation>%1: لـ «%2» إصدارات فلا يمكن حذفه؛ عيّن حالته إلى archived بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../src/core/store/trash.cpp" line="63"/>
        <source>%1: the trash holds no guide %2</source>
        <translation>%1: لا يوجد في سلة المهملات دليل %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="56"/>
        <source>nothing more can be done to it</source>
        <translation>لا يمكن فعل أي شيء آخر به</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="58"/>
        <source>it can only be: %1</source>
        <translation>لا يمكن نقله إلا إلى: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="70"/>
        <source>submitted for review</source>
        <extracomment>What was done to a version: &quot;tidal-power v2 submitted for review&quot;</extracomment>
        <translation>مُرسَل للمراجعة</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="73"/>
        <source>approved</source>
        <extracomment>What was done to a version: &quot;tidal-power v2 approved&quot;</extracomment>
        <translation>معتمَد</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="76"/>
        <source>sent back with changes requested</source>
        <extracomment>What was done to a version: &quot;tidal-power v2 sent back with changes requested&quot;</extracomment>
        <translation>مُعاد مع طلب تعديلات</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="79"/>
        <source>published</source>
        <extracomment>What was done to a version: &quot;tidal-power v2 published&quot;</extracomment>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="99"/>
        <location filename="../src/core/store/versionstore.cpp" line="147"/>
        <location filename="../src/core/store/versionstore.cpp" line="297"/>
        <source>%1: no guide with the slug &quot;%2&quot;</source>
        <translation>%1: لا يوجد دليل بالاسم اللطيف «%2»</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="127"/>
        <source>&quot;%1&quot; is not published: the published page will not link to it</source>
        <translation>«%1» غير منشور: الصفحة المنشورة لن تتضمن رابطًا إليه</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="156"/>
        <source>%1: &quot;%2&quot; cannot be made a version: its slug &quot;%3&quot; belongs to another guide; choose another one</source>
        <translation>%1: لا يمكن إنشاء إصدار من «%2»: اسمه اللطيف «%3» يخص دليلًا آخر؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="158"/>
        <source>%1: &quot;%2&quot; cannot be made a version: its slug &quot;%3&quot; is not a slug (lowercase letters, digits and dashes)</source>
        <translation>%1: لا يمكن إنشاء إصدار من «%2»: اسمه اللطيف «%3» ليس اسمًا لطيفًا صالحًا (أحرف لاتينية صغيرة وأرقام وشرطات)</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="167"/>
        <location filename="../src/core/store/versionstore.cpp" line="211"/>
        <source>%1: cannot make a version of &quot;%2&quot;: %3</source>
        <translation>%1: يتعذّر إنشاء إصدار من «%2»: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="254"/>
        <location filename="../src/core/store/versionstore.cpp" line="269"/>
        <source>%1: &quot;%2&quot; has no version v%3</source>
        <translation>%1: ليس لـ «%2» الإصدار v%3</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="277"/>
        <source>%1: version v%2 of &quot;%3&quot; is damaged (its SHA-256 does not match)</source>
        <translation>%1: الإصدار v%2 من «%3» تالف (مجموع SHA-256 الخاص به غير مطابق)</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="318"/>
        <source>%1: v%2 of &quot;%3&quot; is %4 and cannot be %5; %6</source>
        <extracomment>%4 is the version&apos;s state as stored (draft, in-review, approved, published); %5 what was asked (&quot;approved&quot;); %6 what can be done instead (&quot;it can only be: ...&quot;)</extracomment>
        <translation>%1: الإصدار v%2 من «%3» حالته %4 ولا يمكن نقله إلى «%5»؛ %6</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="337"/>
        <source>%1: v%2 of &quot;%3&quot; has lint errors and cannot be submitted: %4</source>
        <translation>%1: في الإصدار v%2 من «%3» أخطاء فحص فلا يمكن إرساله للمراجعة: %4</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="346"/>
        <source>%1: a request for changes needs a note saying what to change</source>
        <translation>%1: طلب التعديلات يحتاج إلى ملاحظة تذكر ما يجب تغييره</translation>
    </message>
    <message>
        <location filename="../src/core/store/versionstore.cpp" line="382"/>
        <source>v%1 of &quot;%2&quot; was changed by someone else meanwhile; look again</source>
        <translation>غيّر شخص آخر الإصدار v%1 من «%2» في هذه الأثناء؛ اطّلع عليه مجددًا</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="260"/>
        <source>cannot save</source>
        <translation>يتعذّر الحفظ</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="275"/>
        <location filename="../src/core/store/workspace.cpp" line="285"/>
        <location filename="../src/core/store/workspace.cpp" line="288"/>
        <location filename="../src/core/store/workspace.cpp" line="290"/>
        <location filename="../src/core/store/workspace.cpp" line="310"/>
        <location filename="../src/core/store/workspace.cpp" line="328"/>
        <source>cannot save &quot;%1&quot;</source>
        <translation>يتعذّر حفظ «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="286"/>
        <source>the guide was removed by another program; nothing was saved</source>
        <translation>أزال برنامج آخر الدليل؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="289"/>
        <source>a guide with this id is already in the workspace; nothing was saved</source>
        <translation>يوجد في مساحة العمل دليل بهذا المعرّف مسبقًا؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="291"/>
        <source>another program saved revision %1 since revision %2 was read; nothing was saved</source>
        <translation>حفظ برنامج آخر التنقيح %1 بعد قراءة التنقيح %2؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="346"/>
        <source>&quot;%1&quot; is not a guide id</source>
        <translation>«%1» ليس معرّف دليل</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="351"/>
        <source>&quot;%1&quot; is not a slug</source>
        <translation>«%1» ليس اسمًا لطيفًا (slug) صالحًا</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="361"/>
        <source>the slug &quot;%1&quot; belongs to another guide (&quot;%2&quot;); nothing was saved</source>
        <translation>الاسم اللطيف «%1» يخص دليلًا آخر («%2»)؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="401"/>
        <source>&quot;%1&quot; is not a status</source>
        <translation>«%1» ليست حالة</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="409"/>
        <location filename="../src/core/store/workspace.cpp" line="436"/>
        <source>no such guide</source>
        <translation>لا يوجد دليل كهذا</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspace.cpp" line="441"/>
        <source>saved again since revision %1 (now %2); nothing was removed</source>
        <translation>حُفظ مجددًا منذ التنقيح %1 (الآن %2)؛ لم يُحذف شيء</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="23"/>
        <source>database: cannot be checked: %1</source>
        <translation>قاعدة البيانات: يتعذّر فحصها: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="31"/>
        <source>database: %1</source>
        <extracomment>%1 is a problem SQLite&apos;s integrity check found, in its own words</extracomment>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="37"/>
        <source>database: a row of %1 refers to a missing row of %2</source>
        <translation>قاعدة البيانات: صف في %1 يشير إلى صف مفقود في %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="56"/>
        <source>%1: the draft cannot be read</source>
        <translation>%1: تتعذّر قراءة المسودة</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="60"/>
        <source>%1: draft: %2</source>
        <translation>%1: المسودة: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacecheck.cpp" line="69"/>
        <source>%1: versions: %2</source>
        <translation>%1: الإصدارات: %2</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacefeed.cpp" line="68"/>
        <source>cannot keep the edits of &quot;%1&quot;</source>
        <translation>يتعذّر الاحتفاظ بتعديلات «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="39"/>
        <source>the disk holding the workspace has become read-only; nothing was written, and the workspace is as it was before</source>
        <translation>القرص الذي يحمل مساحة العمل أصبح للقراءة فقط؛ لم يُكتب شيء، ومساحة العمل كما كانت من قبل</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="42"/>
        <source>the disk holding the workspace is full; nothing was written; free some space</source>
        <translation>القرص الذي يحمل مساحة العمل ممتلئ؛ لم يُكتب شيء؛ حرّر بعض المساحة</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="69"/>
        <source>%1: already exists; choose a new file name for the workspace</source>
        <translation>%1: موجود مسبقًا؛ اختر اسم ملف جديدًا لمساحة العمل</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="95"/>
        <source>no such workspace (make one with &quot;almanac init&quot;)</source>
        <translation>لا توجد مساحة عمل كهذه (أنشئ واحدة بالأمر &quot;almanac init&quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="97"/>
        <source>is a folder, not a workspace file</source>
        <translation>مجلد، وليس ملف مساحة عمل</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="103"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="179"/>
        <source>the workspace file is read-only; make it writable to open it</source>
        <translation>ملف مساحة العمل للقراءة فقط؛ اجعله قابلًا للكتابة لفتحه</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="106"/>
        <source>the folder %1 is read-only; the workspace needs to write its journal there</source>
        <translation>المجلد %1 للقراءة فقط؛ ومساحة العمل تحتاج إلى كتابة سجلها فيه</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="126"/>
        <source>cannot open: %1</source>
        <translation>يتعذّر الفتح: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="135"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="176"/>
        <source>the workspace is locked by another program; try again when it is done</source>
        <translation>مساحة العمل مقفلة من برنامج آخر؛ حاول مرة أخرى عندما ينتهي</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="141"/>
        <source>cannot read: the disk is full (%1 bytes free), and SQLite needs room to open a workspace; free some space and try again (%2)</source>
        <translation>تتعذّر القراءة: القرص ممتلئ (%1 بايت متاحة)، ويحتاج SQLite إلى مساحة لفتح مساحة العمل؛ حرّر بعض المساحة وحاول مرة أخرى (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="146"/>
        <source>not an Almanac workspace (the file is not an SQLite database)</source>
        <translation>ليست مساحة عمل Almanac (الملف ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="147"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="161"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="225"/>
        <source>cannot read: %1</source>
        <translation>تتعذّر القراءة: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="150"/>
        <source>not an Almanac workspace (the database has no Almanac tables)</source>
        <translation>ليست مساحة عمل Almanac (قاعدة البيانات لا تحتوي جداول Almanac)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="153"/>
        <location filename="../src/core/store/workspaceopen.cpp" line="235"/>
        <source>the workspace has schema version %1, made by a newer Almanac Studio; this program knows versions up to %2 and changed nothing</source>
        <translation>إصدار مخطط مساحة العمل %1، أنشأه إصدار أحدث من Almanac Studio؛ هذا البرنامج يعرف الإصدارات حتى %2 ولم يغيّر شيئًا</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="163"/>
        <source>the workspace file is damaged (%1); &quot;almanac check&quot; says what is damaged; restore a backup</source>
        <translation>ملف مساحة العمل تالف (%1)؛ الأمر &quot;almanac check&quot; يبيّن ما التالف؛ استعد نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="180"/>
        <source>cannot write: %1</source>
        <translation>تتعذّر الكتابة: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="187"/>
        <source>cannot switch the journal to WAL: %1</source>
        <translation>يتعذّر تحويل السجل (journal) إلى WAL: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="210"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>برنامج تشغيل PostgreSQL الخاص بـ Qt غير مثبّت (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="219"/>
        <source>cannot connect: %1</source>
        <translation>يتعذّر الاتصال: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="227"/>
        <source>not an Almanac workspace (the database has other tables)</source>
        <translation>ليست مساحة عمل Almanac (في قاعدة البيانات جداول أخرى)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="229"/>
        <source>not an Almanac workspace (the database is empty; make one with &quot;almanac init&quot;)</source>
        <translation>ليست مساحة عمل Almanac (قاعدة البيانات فارغة؛ أنشئ واحدة بالأمر &quot;almanac init&quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="252"/>
        <source>the server cannot be reached</source>
        <translation>يتعذّر الوصول إلى الخادم</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="279"/>
        <source>cannot start a transaction</source>
        <translation>يتعذّر بدء معاملة</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="281"/>
        <source>the workspace is locked by another program</source>
        <translation>مساحة العمل مقفلة من برنامج آخر</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspaceopen.cpp" line="310"/>
        <source>cannot bring the schema from version %1 to %2: %3</source>
        <translation>يتعذّر نقل المخطط من الإصدار %1 إلى %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/store/workspacesearch.cpp" line="28"/>
        <location filename="../src/core/store/workspacesearch.cpp" line="39"/>
        <source>search</source>
        <extracomment>What failed, in &quot;WORKSPACE: search: why&quot;</extracomment>
        <translation>البحث</translation>
    </message>
</context>
</TS>
