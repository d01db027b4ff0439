// Published pages as a screen reader gets them: every page of a bundle opened
// in Debian's headless Chromium, its accessibility tree read over the DevTools
// protocol (Accessibility.getFullAXTree), and checked: the landmarks (banner,
// main, contentinfo), one level-1 heading, headings that never skip a level on
// the way down, and links whose names make sense alone (no bare numbers, no
// "source" or "here" that only the text around them explains).

#include "bundlefixture.h"
#include "devtools.h"
#include "publish/bundlewriter.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace almanac;
using namespace almanac::testing;

namespace {

struct AxNode
{
    QString role;
    QString name;
    int level = 0;
};

// The nodes a screen reader meets, in document order.
QList<AxNode> readable(const QJsonArray &nodes)
{
    QList<AxNode> out;
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        if (n.value(QLatin1String("ignored")).toBool())
            continue;
        AxNode node{n.value(QLatin1String("role")).toObject().value(QLatin1String("value")).toString(),
                    n.value(QLatin1String("name")).toObject().value(QLatin1String("value")).toString(), 0};
        for (const QJsonValue &p : n.value(QLatin1String("properties")).toArray()) {
            if (p.toObject().value(QLatin1String("name")).toString() == QLatin1String("level"))
                node.level = p.toObject()
                                 .value(QLatin1String("value"))
                                 .toObject()
                                 .value(QLatin1String("value"))
                                 .toInt();
        }
        out.append(node);
    }
    return out;
}

// Link names that say nothing without the sentence around them.
bool vagueLinkName(const QString &name)
{
    static const QRegularExpression bare(QStringLiteral("^[\\s\\[\\]\\d,.\\x{2197}]*$"));
    static const QStringList vague = {QStringLiteral("here"),         QStringLiteral("click here"),
                                      QStringLiteral("more"),         QStringLiteral("read more"),
                                      QStringLiteral("link"),         QStringLiteral("source"),
                                      QStringLiteral("source \u2197")};
    const QString n = name.trimmed().toLower();
    return bare.match(n).hasMatch() || vague.contains(n);
}

} // namespace

class TestPageAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPage_data();
    void everyPage();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevTools> m_browser;
    QString m_site;
    QStringList m_pages;
};

void TestPageAccess::initTestCase()
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        QSKIP("chromium is not installed (apt-get install chromium)");
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_site = writeSite(m_dir->path(), demoAndRightToLeftGuides(), &m_pages, &error);
    QVERIFY2(!m_site.isEmpty(), qPrintable(error));
    m_browser = std::make_unique<DevTools>();
    QVERIFY2(m_browser->start(chromium, m_dir->filePath(QStringLiteral("profile")), &error),
             qPrintable(error));
}

void TestPageAccess::everyPage_data()
{
    QTest::addColumn<QString>("page");
    for (const QString &p : std::as_const(m_pages))
        QTest::newRow(qPrintable(p)) << p;
}

void TestPageAccess::everyPage()
{
    QFETCH(QString, page);
    const QString session = m_browser->open(QUrl::fromLocalFile(m_site + u'/' + page).toString());
    QVERIFY2(!session.isEmpty(), qPrintable(m_browser->lastError()));
    const QJsonObject tree = m_browser->call(QStringLiteral("Accessibility.getFullAXTree"), {}, session);
    const QList<AxNode> nodes = readable(tree.value(QLatin1String("nodes")).toArray());
    QVERIFY2(nodes.size() > 20, qPrintable(m_browser->lastError()));
    QStringList problems;
    for (const char *landmark : {"banner", "main", "contentinfo"}) {
        if (std::none_of(nodes.begin(), nodes.end(),
                         [&](const AxNode &n) { return n.role == QLatin1String(landmark); }))
            problems << QStringLiteral("no %1 landmark").arg(QLatin1String(landmark));
    }
    int h1 = 0;
    int deepest = 0;
    int links = 0;
    for (const AxNode &n : nodes) {
        if (n.role == QLatin1String("heading")) {
            h1 += n.level == 1 ? 1 : 0;
            if (n.level > deepest + 1)
                problems << QStringLiteral("heading \"%1\" is level %2 after level %3")
                                .arg(n.name)
                                .arg(n.level)
                                .arg(deepest);
            deepest = n.level;
        } else if (n.role == QLatin1String("link")) {
            ++links;
            if (vagueLinkName(n.name))
                problems << QStringLiteral("a link named \"%1\" says nothing alone").arg(n.name);
        }
    }
    if (h1 != 1)
        problems << QStringLiteral("%1 level-1 headings, not one").arg(h1);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    // The demo guides' citations, sources and related guides were all read.
    if (page.contains(QLatin1String("guides/")) && !page.contains(QLatin1String("rtl-")))
        QVERIFY2(links > 10, qPrintable(QString::number(links)));
    m_browser->call(QStringLiteral("Page.close"), {}, session);
}

QTEST_GUILESS_MAIN(TestPageAccess)
#include "tst_pageaccess.moc"
