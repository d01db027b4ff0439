// Tests for the guide linter (src/core/guide/lint): every rule, its severity and its place.

#include "guide/guide.h"
#include "guide/lint.h"
#include "io/guidefile.h"

#include <QTest>
#include <functional>

using namespace almanac;

Q_DECLARE_METATYPE(almanac::Guide)
Q_DECLARE_METATYPE(almanac::LintContext)

namespace {

const QString cleanId = QStringLiteral("aa0e8400-e29b-41d4-a716-446655440000");
const QString otherId = QStringLiteral("bb0e8400-e29b-41d4-a716-446655440001");

Source source(const char *key, const char *url, int relevance)
{
    Source s;
    s.id = guide::newId();
    s.key = QString::fromLatin1(key);
    s.outlet = QStringLiteral("Outlet");
    s.title = QStringLiteral("Title");
    s.url = QString::fromLatin1(url);
    s.published = QStringLiteral("2020-01");
    s.accessed = QStringLiteral("2026-11-20");
    s.relevance = relevance;
    return s;
}

// A guide that lint finds nothing wrong with; every source is cited in two places.
Guide cleanGuide()
{
    Guide g;
    g.id = cleanId;
    g.slug = QStringLiteral("clean-guide");
    g.title = QStringLiteral("A Clean Guide");
    g.subject = QStringLiteral("Cleaning");
    g.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    g.updated = g.created;
    g.tldr = QStringLiteral("Summary [@src-a].");
    g.takeaways = {{guide::newId(), QStringLiteral("First point [@src-b].")}};
    g.sections = {{guide::newId(), QStringLiteral("Intro"), QStringLiteral("Body [@src-a].")},
                  {guide::newId(), QStringLiteral("More"), QStringLiteral("More text [@src-b].")}};
    g.timeline = {{guide::newId(),
                   QStringLiteral("2015"),
                   QStringLiteral("Founded"),
                   QStringLiteral("Desc."),
                   {QStringLiteral("src-a")},
                   {}},
                  {guide::newId(), QStringLiteral("2015-08"), QStringLiteral("Grew"), QString(), {}, {}},
                  {guide::newId(),
                   QStringLiteral("2016-01-02"),
                   QStringLiteral("Peaked"),
                   QStringLiteral("[@src-b]"),
                   {},
                   {}}};
    g.topics = {QStringLiteral("Tidiness")};
    g.faq = {{guide::newId(), QStringLiteral("Why?"), QStringLiteral("Because [@src-a].")}};
    g.related = {QStringLiteral("other-guide")};
    g.sources = {source("src-a", "https://a.example.org/x", 8), source("src-b", "http://b.example.com/", 3)};
    return g;
}

LintContext workspace()
{
    LintContext c;
    c.knowsWorkspace = true;
    c.guideIdBySlug.insert(QStringLiteral("clean-guide"), cleanId);
    c.guideIdBySlug.insert(QStringLiteral("other-guide"), otherId);
    return c;
}

QStringList describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.severityName() + u' ' + f.code + u' ' + f.place;
    return out;
}

QString demoDir()
{
    return QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo");
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void messages();
    void contextSkippedWithoutWorkspace();
    void demoGuidesAreClean_data();
    void demoGuidesAreClean();
    void hasErrors();
};

void TestLint::findings_data()
{
    QTest::addColumn<Guide>("guide");
    QTest::addColumn<LintContext>("context");
    QTest::addColumn<QStringList>("expected"); // "severity code place", in order

    const LintContext ws = workspace();
    auto row = [&](const char *name, const std::function<void(Guide &)> &change, const QStringList &expected,
                   const LintContext &context) {
        Guide g = cleanGuide();
        change(g);
        QTest::newRow(name) << g << context << expected;
    };
    auto s = [](const char *text) { return QString::fromLatin1(text); };

    row(
        "clean", [](Guide &) {}, {}, ws);
    row(
        "clean without workspace", [](Guide &) {}, {}, LintContext{});

    // metadata
    row(
        "missing-title blank", [](Guide &g) { g.title = QStringLiteral(" \t"); },
        {s("error missing-title title")}, ws);
    row(
        "missing-title empty", [](Guide &g) { g.title.clear(); }, {s("error missing-title title")}, ws);
    row(
        "missing-tldr", [](Guide &g) { g.tldr.clear(); }, {s("error missing-tldr tldr")}, ws);
    row(
        "missing-tldr blank", [](Guide &g) { g.tldr = QStringLiteral("\n\n "); },
        {s("error missing-tldr tldr")}, ws);
    row(
        "bad-slug spaces", [](Guide &g) { g.slug = QStringLiteral("Clean Guide"); },
        {s("error bad-slug slug")}, ws);
    row(
        "bad-slug empty", [](Guide &g) { g.slug.clear(); }, {s("error bad-slug slug")}, ws);
    row(
        "bad-slug double hyphen", [](Guide &g) { g.slug = QStringLiteral("clean--guide"); },
        {s("error bad-slug slug")}, ws);
    LintContext taken = ws;
    taken.guideIdBySlug.insert(QStringLiteral("clean-guide"), otherId);
    row(
        "duplicate-slug", [](Guide &) {}, {s("error duplicate-slug slug")}, taken);
    row(
        "own slug is not a duplicate", [](Guide &) {}, {}, ws);
    row(
        "new slug is not a duplicate", [](Guide &g) { g.slug = QStringLiteral("brand-new"); }, {}, ws);

    // sections
    row(
        "missing-heading", [](Guide &g) { g.sections[0].heading = QStringLiteral("  "); },
        {s("warning missing-heading sections[0].heading")}, ws);
    row(
        "empty-section", [](Guide &g) { g.sections[1].body = QStringLiteral("\n  "); },
        {s("warning empty-section sections[1].body")}, ws);
    row(
        "empty section without heading",
        [](Guide &g) {
            g.sections << Section{guide::newId(), QString(), QString()};
        },
        {s("warning missing-heading sections[2].heading"), s("warning empty-section sections[2].body")}, ws);

    // timeline
    row(
        "undated-entry empty", [](Guide &g) { g.timeline[1].date.clear(); },
        {s("warning undated-entry timeline[1].date")}, ws);
    row(
        "bad-date", [](Guide &g) { g.timeline[1].date = QStringLiteral("2015-13"); },
        {s("error bad-date timeline[1].date")}, ws);
    row(
        "timeline-order", [](Guide &g) { g.timeline[2].date = QStringLiteral("2014"); },
        {s("warning timeline-order timeline[2].date")}, ws);
    row(
        "timeline-order across undated",
        [](Guide &g) {
            g.timeline[1].date.clear();
            g.timeline[2].date = QStringLiteral("2014-12-31");
        },
        {s("warning undated-entry timeline[1].date"), s("warning timeline-order timeline[2].date")}, ws);
    row(
        "timeline-order year after its month",
        [](Guide &g) {
            g.timeline[0].date = QStringLiteral("2015-08");
            g.timeline[1].date = QStringLiteral("2015");
        },
        {s("warning timeline-order timeline[1].date")}, ws);
    row(
        "timeline-order day before month",
        [](Guide &g) { g.timeline[2].date = QStringLiteral("2015-07-31"); },
        {s("warning timeline-order timeline[2].date")}, ws);
    row(
        "timeline equal dates are in order", [](Guide &g) { g.timeline[1].date = QStringLiteral("2015"); },
        {}, ws);
    row(
        "timeline-order compares with the last entry",
        [](Guide &g) {
            g.timeline[1].date = QStringLiteral("2010");
            g.timeline[2].date = QStringLiteral("2012");
        },
        {s("warning timeline-order timeline[1].date")}, ws);
    row(
        "missing-entry-title", [](Guide &g) { g.timeline[0].title = QStringLiteral(" "); },
        {s("error missing-entry-title timeline[0].title")}, ws);
    row(
        "undated and untitled",
        [](Guide &g) {
            g.timeline[2].date.clear();
            g.timeline[2].title.clear();
        },
        {s("warning undated-entry timeline[2].date"), s("error missing-entry-title timeline[2].title")}, ws);

    // citations
    row(
        "undefined-citation tldr", [](Guide &g) { g.tldr += QStringLiteral(" [@nope]"); },
        {s("error undefined-citation tldr")}, ws);
    row(
        "undefined-citation once per text",
        [](Guide &g) { g.tldr += QStringLiteral(" [@nope] [@nope; @src-a]"); },
        {s("error undefined-citation tldr")}, ws);
    row(
        "undefined-citation takeaways",
        [](Guide &g) { g.takeaways[0].text = QStringLiteral("Point [@nope]."); },
        {s("error undefined-citation takeaways[0].text")}, ws);
    row(
        "undefined-citation sections",
        [](Guide &g) { g.sections[1].body += QStringLiteral(" [@nope; @gone]"); },
        {s("error undefined-citation sections[1].body"), s("error undefined-citation sections[1].body")}, ws);
    row(
        "undefined-citation faq", [](Guide &g) { g.faq[0].answer = QStringLiteral("See [@nope]."); },
        {s("error undefined-citation faq[0].answer")}, ws);
    row(
        "undefined-citation timeline description",
        [](Guide &g) { g.timeline[1].description = QStringLiteral("[@nope]"); },
        {s("error undefined-citation timeline[1].description")}, ws);
    row(
        "undefined-citation timeline sources",
        [](Guide &g) { g.timeline[0].sources << QStringLiteral("nope"); },
        {s("error undefined-citation timeline[0].sources[1]")}, ws);
    row(
        "undefined-citation is case sensitive",
        [](Guide &g) { g.tldr = QStringLiteral("Summary [@SRC-A]."); }, {s("error undefined-citation tldr")},
        ws);
    row(
        "undefined-citation everywhere",
        [](Guide &g) {
            g.faq[0].answer = QStringLiteral("[@x]");
            g.tldr = QStringLiteral("[@x] [@src-a]");
            g.timeline[2].sources = {QStringLiteral("x")};
            g.takeaways[0].text = QStringLiteral("[@x] [@src-b]");
        },
        {s("error undefined-citation tldr"), s("error undefined-citation takeaways[0].text"),
         s("error undefined-citation timeline[2].sources[0]"), s("error undefined-citation faq[0].answer")},
        ws);
    row(
        "not a citation is not checked",
        [](Guide &g) { g.tldr += QStringLiteral(" [see @nope] mail@nope.org"); }, {}, ws);
    row(
        "uncited-source", [](Guide &g) { g.sources << source("src-c", "https://c.example.org/", 5); },
        {s("warning uncited-source sources[2]")}, ws);
    row(
        "uncited when its only citation goes",
        [](Guide &g) {
            g.takeaways[0].text = QStringLiteral("First point.");
            g.sections[1].body = QStringLiteral("More text.");
            g.timeline[2].description.clear();
        },
        {s("warning uncited-source sources[1]")}, ws);
    row(
        "cited by timeline sources only counts",
        [](Guide &g) {
            g.tldr = QStringLiteral("Summary.");
            g.sections[0].body = QStringLiteral("Body.");
            g.faq[0].answer = QStringLiteral("Because.");
        },
        {}, ws);
    row(
        "duplicate-source-key", [](Guide &g) { g.sources << source("src-a", "https://d.example.org/", 5); },
        {s("error duplicate-source-key sources[2].key")}, ws);
    row(
        "duplicate-source-key twice",
        [](Guide &g) {
            g.sources << source("src-b", "https://d.example.org/", 5)
                      << source("src-b", "https://e.example.org/", 5);
        },
        {s("error duplicate-source-key sources[2].key"), s("error duplicate-source-key sources[3].key")}, ws);

    // sources
    row(
        "source-without-url", [](Guide &g) { g.sources[1].url.clear(); },
        {s("warning source-without-url sources[1].url")}, ws);
    for (const char *bad : {"ftp://a.example.org/x", "javascript:alert(1)", "data:text/html,hi",
                            "/relative/path", "example.org/page", "https://", "mailto:a@example.org"}) {
        Guide g = cleanGuide();
        g.sources[0].url = QString::fromLatin1(bad);
        QTest::addRow("bad-url %s", bad) << g << ws << QStringList{s("error bad-url sources[0].url")};
    }
    row(
        "good url variants",
        [](Guide &g) {
            g.sources[0].url = QStringLiteral("HTTPS://Example.ORG:8443/a/b?c=d#e");
            g.sources[1].url = QStringLiteral("http://127.0.0.1/");
        },
        {}, ws);
    for (int bad : {0, 11, -1, 100}) {
        Guide g = cleanGuide();
        g.sources[1].relevance = bad;
        QTest::addRow("bad-relevance %d", bad)
            << g << ws << QStringList{s("error bad-relevance sources[1].relevance")};
    }
    row(
        "relevance bounds are fine",
        [](Guide &g) {
            g.sources[0].relevance = 1;
            g.sources[1].relevance = 10;
        },
        {}, ws);
    row(
        "source findings in order", [](Guide &g) { g.sources << source("src-a", "", 0); },
        {s("error duplicate-source-key sources[2].key"), s("warning source-without-url sources[2].url"),
         s("error bad-relevance sources[2].relevance")},
        ws);
    row(
        "uncited source findings in order",
        [](Guide &g) { g.sources << source("lonely", "ftp://x.example.org/", 12); },
        {s("warning uncited-source sources[2]"), s("error bad-url sources[2].url"),
         s("error bad-relevance sources[2].relevance")},
        ws);

    // related guides
    row(
        "self-related", [](Guide &g) { g.related = {QStringLiteral("clean-guide")}; },
        {s("warning self-related related[0]")}, ws);
    row(
        "self-related without workspace", [](Guide &g) { g.related = {QStringLiteral("clean-guide")}; },
        {s("warning self-related related[0]")}, LintContext{});
    row(
        "broken-related",
        [](Guide &g) {
            g.related = {QStringLiteral("other-guide"), QStringLiteral("missing-guide")};
        },
        {s("error broken-related related[1]")}, ws);
    row(
        "duplicate-related",
        [](Guide &g) {
            g.related = {QStringLiteral("other-guide"), QStringLiteral("other-guide")};
        },
        {s("warning duplicate-related related[1]")}, ws);
    row(
        "duplicate self-related",
        [](Guide &g) {
            g.related = {QStringLiteral("clean-guide"), QStringLiteral("clean-guide")};
        },
        {s("warning self-related related[0]"), s("warning self-related related[1]"),
         s("warning duplicate-related related[1]")},
        ws);
    row(
        "duplicate broken-related",
        [](Guide &g) {
            g.related = {QStringLiteral("gone"), QStringLiteral("other-guide"), QStringLiteral("gone")};
        },
        {s("error broken-related related[0]"), s("error broken-related related[2]"),
         s("warning duplicate-related related[2]")},
        ws);

    // takeaways and FAQ
    row(
        "empty-takeaway",
        [](Guide &g) {
            g.takeaways << Takeaway{guide::newId(), QStringLiteral(" ")};
        },
        {s("warning empty-takeaway takeaways[1].text")}, ws);
    row(
        "empty-question", [](Guide &g) { g.faq[0].question = QStringLiteral("\t"); },
        {s("error empty-question faq[0].question")}, ws);
    row(
        "empty-answer",
        [](Guide &g) {
            g.faq << FaqEntry{guide::newId(), QStringLiteral("And?"), QString()};
        },
        {s("warning empty-answer faq[1].answer")}, ws);
    row(
        "empty faq entry",
        [](Guide &g) {
            g.faq << FaqEntry{guide::newId(), QString(), QString()};
        },
        {s("error empty-question faq[1].question"), s("warning empty-answer faq[1].answer")}, ws);

    // everything at once, in the order of the guide's parts
    row(
        "order of parts",
        [](Guide &g) {
            g.sources[1].url.clear();
            g.related = {QStringLiteral("Bad")};
            g.faq[0].question.clear();
            g.timeline[0].date = QStringLiteral("someday");
            g.sections[0].heading.clear();
            g.takeaways[0].text = QStringLiteral("[@nope]");
            g.tldr.clear();
            g.slug = QStringLiteral("Bad");
            g.title.clear();
        },
        {s("error missing-title title"), s("error missing-tldr tldr"), s("error bad-slug slug"),
         s("error undefined-citation takeaways[0].text"), s("warning missing-heading sections[0].heading"),
         s("error bad-date timeline[0].date"), s("error empty-question faq[0].question"),
         s("warning self-related related[0]"), s("error bad-slug related[0]"),
         s("warning source-without-url sources[1].url")},
        ws);
}

void TestLint::findings()
{
    QFETCH(Guide, guide);
    QFETCH(LintContext, context);
    QFETCH(QStringList, expected);
    const QList<Finding> found = lint(guide, context);
    QCOMPARE(describe(found), expected);
    for (const Finding &f : found)
        QVERIFY2(!f.message.isEmpty(), qPrintable(f.code));
    // hasErrors agrees with the severities.
    QCOMPARE(almanac::hasErrors(found), expected.join(u'\n').contains(QStringLiteral("error ")));
}

void TestLint::messages()
{
    const LintContext ws = workspace();
    auto only = [&](const Guide &g, const LintContext &c = workspace()) {
        const auto found = lint(g, c);
        return found.size() == 1 ? found.first().message : QStringLiteral("%1 findings").arg(found.size());
    };

    Guide g = cleanGuide();
    g.slug = QStringLiteral("Bad Slug");
    QCOMPARE(only(g),
             QStringLiteral("\"Bad Slug\" is not a slug (lowercase letters, digits and single hyphens)"));

    LintContext taken = ws;
    taken.guideIdBySlug[QStringLiteral("clean-guide")] = otherId;
    QCOMPARE(only(cleanGuide(), taken), QStringLiteral("another guide already has the slug \"clean-guide\""));

    g = cleanGuide();
    g.tldr += QStringLiteral(" [@nope]");
    QCOMPARE(only(g), QStringLiteral("cites \"nope\", which no source has as its key"));

    g = cleanGuide();
    g.timeline[1].date.clear();
    QCOMPARE(only(g), QStringLiteral("timeline entry \"Grew\" has no date"));
    g.timeline[1].date = QStringLiteral("2015-13");
    QCOMPARE(only(g), QStringLiteral("\"2015-13\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD; -YYYY, "
                                     "seasons, ~ and ranges as the guide format allows)"));

    g = cleanGuide();
    g.timeline[2].date = QStringLiteral("2014");
    QCOMPARE(only(g), QStringLiteral("timeline entry \"Peaked\" (2014) comes after a later one (2015-08)"));

    g = cleanGuide();
    g.sources << source("src-a", "https://d.example.org/", 5);
    QCOMPARE(only(g), QStringLiteral("the key \"src-a\" is also used by sources[0]"));

    g = cleanGuide();
    g.sources << source("src-c", "https://c.example.org/", 5);
    QCOMPARE(only(g), QStringLiteral("source \"src-c\" is never cited"));

    g = cleanGuide();
    g.sources[0].url = QStringLiteral("javascript:alert(1)");
    QCOMPARE(only(g), QStringLiteral("\"javascript:alert(1)\" is not an http or https URL"));

    g = cleanGuide();
    g.sources[0].relevance = 11;
    QCOMPARE(only(g), QStringLiteral("relevance 11 is not from 1 to 10"));

    g = cleanGuide();
    g.related << QStringLiteral("nowhere");
    QCOMPARE(only(g), QStringLiteral("no guide has the slug \"nowhere\""));

    g = cleanGuide();
    g.sections[1].body.clear();
    QCOMPARE(only(g), QStringLiteral("section 2 (\"More\") has no text"));

    g = cleanGuide();
    g.faq[0].question.clear();
    QCOMPARE(only(g), QStringLiteral("FAQ entry 1 has no question"));
}

void TestLint::contextSkippedWithoutWorkspace()
{
    Guide g = cleanGuide();
    g.related = {QStringLiteral("missing-guide"), QStringLiteral("other-guide")};

    // Without a workspace, neither the slug nor the related guides are looked up.
    LintContext none;
    none.guideIdBySlug.insert(QStringLiteral("clean-guide"), otherId);
    QCOMPARE(none.knowsWorkspace, false);
    QCOMPARE(describe(lint(g, none)), QStringList());
    QCOMPARE(describe(lint(g)), QStringList());

    // The same guide and map with a workspace: both checks run.
    LintContext known = none;
    known.knowsWorkspace = true;
    QCOMPARE(describe(lint(g, known)), QStringList({QStringLiteral("error duplicate-slug slug"),
                                                    QStringLiteral("error broken-related related[0]"),
                                                    QStringLiteral("error broken-related related[1]")}));

    // An empty workspace knows no guide at all.
    LintContext empty;
    empty.knowsWorkspace = true;
    QCOMPARE(describe(lint(cleanGuide(), empty)),
             QStringList({QStringLiteral("error broken-related related[0]")}));
}

void TestLint::demoGuidesAreClean_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("crispr") << QStringLiteral("crispr.json");
    QTest::newRow("euro-banknotes") << QStringLiteral("euro-banknotes.json");
    QTest::newRow("webassembly") << QStringLiteral("webassembly.json");
}

void TestLint::demoGuidesAreClean()
{
    QFETCH(QString, file);
    LintContext ctx;
    ctx.knowsWorkspace = true;
    for (const QString &name : {QStringLiteral("crispr.json"), QStringLiteral("euro-banknotes.json"),
                                QStringLiteral("webassembly.json")}) {
        QString error;
        const auto d = guidefile::readFile(demoDir() + u'/' + name, &error);
        QVERIFY2(d, qPrintable(error));
        ctx.guideIdBySlug.insert(d->slug, d->id);
    }
    QCOMPARE(ctx.guideIdBySlug.size(), 3);

    QString error;
    const auto g = guidefile::readFile(demoDir() + u'/' + file, &error);
    QVERIFY2(g, qPrintable(error));
    QVERIFY(!g->related.isEmpty());
    QVERIFY(!g->sources.isEmpty());
    QCOMPARE(describe(lint(*g, ctx)), QStringList());

    // The same guide in a workspace that lacks the guides it relates to.
    LintContext alone;
    alone.knowsWorkspace = true;
    alone.guideIdBySlug.insert(g->slug, g->id);
    const auto found = lint(*g, alone);
    QCOMPARE(found.size(), g->related.size());
    for (const Finding &f : found)
        QCOMPARE(f.code, QStringLiteral("broken-related"));
}

void TestLint::hasErrors()
{
    const Finding warning{Finding::Severity::Warning, QStringLiteral("empty-answer"),
                          QStringLiteral("faq[0].answer"), QStringLiteral("m")};
    const Finding error{Finding::Severity::Error, QStringLiteral("missing-title"), QStringLiteral("title"),
                        QStringLiteral("m")};
    QCOMPARE(warning.severityName(), QStringLiteral("warning"));
    QCOMPARE(error.severityName(), QStringLiteral("error"));
    QVERIFY(!almanac::hasErrors({}));
    QVERIFY(!almanac::hasErrors({warning}));
    QVERIFY(!almanac::hasErrors({warning, warning}));
    QVERIFY(almanac::hasErrors({error}));
    QVERIFY(almanac::hasErrors({warning, error}));
    QVERIFY(almanac::hasErrors({error, warning}));
    QCOMPARE(Finding().severity, Finding::Severity::Error);
}

QTEST_APPLESS_MAIN(TestLint)
#include "tst_lint.moc"
