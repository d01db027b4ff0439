// The rendered comparison (diff::markedGuide + diff::markHtml): only the diff's
// own changes become <ins> and <del>, only in the body's text. A person's own
// U+E000..U+E004 stay the characters they typed (issue 10, item 6), and a change
// inside a link's URL never puts a tag into the href.

#include "diff/guidediff.h"
#include "diff/markedguide.h"
#include "render/pagerenderer.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace almanac;

namespace {

QByteArray renderedDiff(const Guide &from, const Guide &to)
{
    RenderContext context;
    context.now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    return diff::markHtml(
        PageRenderer().render(diff::markedGuide(from, to, diff::compare(from, to)), context));
}

// Every tag the diff put in, with 40 bytes before it.
QStringList tagsInsideTags(const QByteArray &html)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("<[^>]*<(?:ins|del|/ins|/del)"));
    for (auto it = re.globalMatch(QString::fromUtf8(html)); it.hasNext();)
        out << it.next().captured(0).right(80);
    return out;
}

} // namespace

class TestMarkedGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedMarkerCharactersStayText();
    void changeInALinkStaysOutOfItsHref();
    void headGetsNoTags();
};

void TestMarkedGuide::typedMarkerCharactersStayText()
{
    const QString typed = QStringLiteral("a\uE000b\uE001c\uE002d\uE003e\uE004f");
    Guide from = test::demo(QStringLiteral("webassembly.json"));
    from.title += typed;
    from.sections[0].body += QStringLiteral("\n\n") + typed;
    from.sources[0].url += QStringLiteral("?q=") + typed;
    from.topics << typed;
    Guide to = from;
    to.sections[1].body.replace(0, 1, QStringLiteral("Changed"));
    const QByteArray html = renderedDiff(from, to);
    QCOMPARE(html.count("<ins class=\"diff\">"), 1);
    QCOMPARE(html.count("<del class=\"diff\">"), 1);
    // The characters come back as typed, in the body and in the head.
    QVERIFY(html.count(typed.toUtf8()) >= 3);
    QVERIFY(html.left(html.indexOf("<body")).contains(typed.toUtf8()));
    QVERIFY2(tagsInsideTags(html).isEmpty(), qPrintable(tagsInsideTags(html).join(u'\n')));
}

void TestMarkedGuide::changeInALinkStaysOutOfItsHref()
{
    Guide from = test::demo(QStringLiteral("webassembly.json"));
    from.sections[0].body = QStringLiteral("See [the spec](https://spec.example/one) today.");
    Guide to = from;
    to.sections[0].body = QStringLiteral("See [the spec](https://spec.example/two) today.");
    const QByteArray html = renderedDiff(from, to);
    QVERIFY2(tagsInsideTags(html).isEmpty(), qPrintable(tagsInsideTags(html).join(u'\n')));
    QVERIFY2(html.contains("href=\"https://spec.example/two\""),
             html.mid(html.indexOf("spec.example") - 200, 400).constData());
    QVERIFY(!html.contains("\xEE\x80\x80")); // no marker left over either
}

void TestMarkedGuide::headGetsNoTags()
{
    Guide from = test::demo(QStringLiteral("webassembly.json"));
    Guide to = from;
    to.title = QStringLiteral("A new title");
    const QByteArray html = renderedDiff(from, to);
    const QByteArray head = html.left(html.indexOf("<body"));
    QVERIFY(!head.contains("<ins"));
    QVERIFY2(head.contains("<title>A new title"), head.mid(head.indexOf("<title>"), 200).constData());
    QVERIFY(html.mid(head.size()).contains("<ins class=\"diff\">A new title</ins>") ||
            html.mid(head.size()).contains("<ins class=\"diff\">A new"));
}

QTEST_GUILESS_MAIN(TestMarkedGuide)
#include "tst_markedguide.moc"
