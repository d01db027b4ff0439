// The inputs issue 10 found quadratic, at four times their reported size: a
// quadratic scan takes sixteen times as long (minutes, past this test's
// timeout), a linear one a fraction of a second. Nothing here is timed; the
// test's TIMEOUT in tests/CMakeLists.txt is the bound, and bench/bench_hostile
// has the figures.

#include "guide/citations.h"
#include "guide/lint.h"
#include "guide/validate.h"
#include "io/timelinejs.h"
#include "render/markdown.h"
#include "store/searchquery.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace almanac;

namespace {

constexpr qsizetype scale = 4;

QString repeated(const QString &piece, qsizetype times)
{
    QString out;
    out.reserve(piece.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out += piece;
    return out;
}

// 800,000 "[@" then "]": 1.6 MB that took 4.7 s to render and 28 s to lint.
QString openBrackets()
{
    return repeated(QStringLiteral("[@"), 800000 * scale) + u']';
}

} // namespace

class TestLinear : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void citationsInOpenBrackets();
    void manyCitations();
    void lintOpenBrackets();
    void renderOpenBrackets();
    void tableWithThousandsOfColumns();
    void timelineTagsWithoutEnd();
    void timelineEntitiesWithoutEnd();
    void timelineManyLinks();
    void repeatedSearchTerms();
};

void TestLinear::citationsInOpenBrackets()
{
    const QString text = openBrackets();
    QCOMPARE(citations::find(text).size(), 0);
    // The last "[@" before the "]" is tried, as before: "[@k]" at the end is found.
    QCOMPARE(citations::keys(text.chopped(1) + QStringLiteral("k]")), QStringList{QStringLiteral("k")});
}

void TestLinear::manyCitations()
{
    const QString text = repeated(QStringLiteral("[@a; @b] [@c%1]"), 100000 * scale);
    const auto found = citations::find(text);
    QCOMPARE(found.size(), 2 * 100000 * scale);
    QCOMPARE(citations::keys(text),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c%1")}));
}

void TestLinear::lintOpenBrackets()
{
    Guide g = test::demo(QStringLiteral("webassembly.json"));
    g.sections[0].body = openBrackets();
    g.tldr = repeated(QStringLiteral("[@nope%1] "), 100000 * scale); // one key, cited 400,000 times
    const QList<Finding> findings = lint(g);
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.code == u"undefined-citation" && f.place == u"tldr";
    }));
}

void TestLinear::renderOpenBrackets()
{
    // At the limit of a Markdown field it renders; over it, it is named and not rendered
    // (cmark-gfm takes about 230 bytes per '[', linear but large).
    const MarkdownRenderer md;
    const QString atLimit = repeated(QStringLiteral("[@"), guide::maxMarkdownBytes / 2 - 1) + u']';
    const std::string html = md.toHtml(atLimit);
    QVERIFY(html.size() > std::size_t(guide::maxMarkdownBytes));
    QVERIFY(html.find("cite") == std::string::npos);
    const std::string over = md.toHtml(openBrackets());
    QVERIFY2(over.find("holds 6.1 MiB of Markdown; a Markdown field may hold at most 1 MiB") !=
                 std::string::npos,
             over.c_str());
    QVERIFY(MarkdownRenderer::toPlainText(openBrackets()).isEmpty());
}

void TestLinear::tableWithThousandsOfColumns()
{
    // 28 KB: a row of 4,000 columns, then 6,000 rows of one cell each. cmark-gfm 0.29.0.gfm.6
    // filled every row to 4,000 cells (40 s, 5 GB, a 648 MB page); gfm.13 bounds the cells it
    // adds, so twice the input gives about the same page, not four times it.
    auto table = [](int k) {
        return QStringLiteral("|") + repeated(QStringLiteral("a|"), 4000 * k) + QStringLiteral("\n|") +
               repeated(QStringLiteral("-|"), 4000 * k) + u'\n' + repeated(QStringLiteral("x\n"), 6000 * k);
    };
    const MarkdownRenderer md;
    const std::size_t once = md.toHtml(table(1)).size();
    const std::size_t twice = md.toHtml(table(2)).size();
    QVERIFY2(once < 20u * 1024 * 1024, qPrintable(QString::number(once)));
    QVERIFY2(twice < 5 * once / 2, qPrintable(QStringLiteral("%1 then %2").arg(once).arg(twice)));
}

void TestLinear::timelineTagsWithoutEnd()
{
    // 400 KB of "<a" took 26 s to import: every '<' looked for a '>' to the end.
    const QString html = repeated(QStringLiteral("<a"), 200000 * scale);
    const QString text = timelinejs::htmlToText(html);
    QCOMPARE(text.size(), 3 * 200000 * scale); // each "<a" kept as the text "\<a"
}

void TestLinear::timelineEntitiesWithoutEnd()
{
    const QString html = repeated(QStringLiteral("&"), 800000 * scale) + u';';
    QCOMPARE(timelinejs::htmlToText(html).size(), 800000 * scale + 1);
}

void TestLinear::timelineManyLinks()
{
    // Every link used to rebuild the whole text.
    const QString html = repeated(QStringLiteral("<a href=\"https://x.example/\">x</a> "), 50000 * scale);
    const QString text = timelinejs::htmlToText(html);
    QCOMPARE(text.count(QStringLiteral("[x](https://x.example/)")), 50000 * scale);
}

void TestLinear::repeatedSearchTerms()
{
    // 5,000 copies of one word took 27 s to search.
    const QString typed = repeated(QStringLiteral("gene "), 5000 * scale);
    QCOMPARE(toFtsQuery(typed, false), QStringLiteral("\"gene\""));
    QStringList words;
    for (int i = 0; i < 5000; ++i)
        words << QStringLiteral("w%1").arg(i);
    QCOMPARE(toFtsQuery(words.join(u' '), false).count(u'"'), 2 * maxSearchTerms);

    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ws.almanac")), &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY2(ws->saveGuides({test::demo(QStringLiteral("crispr.json"))}, &error), qPrintable(error));
    const auto once = ws->search(QStringLiteral("gene"), 10, false, &error);
    const auto many = ws->search(typed, 10, false, &error);
    QVERIFY(!once.isEmpty());
    QCOMPARE(many.size(), once.size());
    QCOMPARE(many.first().slug, once.first().slug);
}

QTEST_GUILESS_MAIN(TestLinear)
#include "tst_linear.moc"
