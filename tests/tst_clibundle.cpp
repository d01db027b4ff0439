// `almanac bundle` and `almanac verify`: the real binary through QProcess, on a
// workspace whose demo guides each have a published version.

#include "bundlefixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac;
using namespace almanac::testing;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void bundleZipAndVerify();
    void bundleNamedToFolder();
    void bundleNeedsOutput();
    void bundleUnpublishedGuide();
    void bundleUnknownGuide();
    void bundleUnwritable();
    void bundleNeverReplacesAUserFolder();
    void verifyReportsTampering();
    void verifyUsage();
    void helpListsCommands();

private:
    Result run(const QStringList &args) const;
    Result ws(const QStringList &args) const { return run(QStringList{QStringLiteral("-w"), m_ws} + args); }
    QString path(const QString &name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

    QTemporaryDir m_dir;
    QString m_ws;
};

void TestCliBundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
    m_ws = m_dir.filePath(QStringLiteral("ws.almanac"));
    QString error;
    auto workspace = Workspace::create(m_ws, &error);
    QVERIFY2(workspace, qPrintable(error));
    QList<Guide> guides = demoGuides();
    Guide draft = demoGuide(QStringLiteral("crispr.json"));
    draft.id = guide::newId();
    draft.slug = QStringLiteral("not-yet");
    guides << draft;
    QVERIFY2(workspace->saveGuides(guides, &error), qPrintable(error));
    VersionStore store(*workspace);
    for (const Guide &g : demoGuides())
        QVERIFY2(publishDraft(store, g.slug, &error) == 1, qPrintable(error));
}

Result TestCliBundle::run(const QStringList &args) const
{
    QProcess p;
    p.start(QStringLiteral(ALMANAC_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("almanac did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCliBundle::bundleZipAndVerify()
{
    const QString zip = path(QStringLiteral("all.zip"));
    Result r = ws({QStringLiteral("bundle"), QStringLiteral("-o"), zip});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("wrote " + zip.toUtf8() + ": 3 guide(s), 15 file(s)\n"));
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress: stderr is not a terminal
    r = run({QStringLiteral("verify"), zip});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("14 file(s) match the manifest"), r.err.constData());
}

void TestCliBundle::bundleNamedToFolder()
{
    const QString dir = path(QStringLiteral("one"));
    const Result r = ws({QStringLiteral("bundle"), QStringLiteral("webassembly"),
                         QStringLiteral("euro-introduction"), QStringLiteral("-o"), dir});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(": 2 guide(s), 11 file(s)"));
    QCOMPARE(folderFiles(dir).size(), 11);
    QCOMPARE(run({QStringLiteral("verify"), dir}).code, 0);
}

void TestCliBundle::bundleNeedsOutput()
{
    const Result r = ws({QStringLiteral("bundle")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("bundle needs -o OUT"), r.err.constData());
}

void TestCliBundle::bundleUnpublishedGuide()
{
    const QString zip = path(QStringLiteral("nope.zip"));
    const Result r = ws({QStringLiteral("bundle"), QStringLiteral("webassembly"), QStringLiteral("not-yet"),
                         QStringLiteral("-o"), zip});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("not-yet has no live version"), r.err.constData());
    QVERIFY2(r.err.contains("no bundle was written"), r.err.constData());
    QVERIFY(!QFileInfo::exists(zip));
    // Without names, the guide without a live version is simply left out.
    const Result all = ws({QStringLiteral("bundle"), QStringLiteral("-o"), path(QStringLiteral("live.zip"))});
    QCOMPARE(all.code, 0);
    QVERIFY(all.out.contains(": 3 guide(s)"));
}

void TestCliBundle::bundleUnknownGuide()
{
    const Result r = ws({QStringLiteral("bundle"), QStringLiteral("no-such"), QStringLiteral("-o"),
                         path(QStringLiteral("x"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no guide with the slug \"no-such\""), r.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x"))));
}

void TestCliBundle::bundleUnwritable()
{
    QFile f(path(QStringLiteral("plain-file")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const Result r =
        ws({QStringLiteral("bundle"), QStringLiteral("-o"), path(QStringLiteral("plain-file/b.zip"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("does not exist") && r.err.contains("no bundle was written"), r.err.constData());
}

void TestCliBundle::bundleNeverReplacesAUserFolder()
{
    // The report, through the real binary: a folder with any manifest.json, directly or
    // through a symbolic link, was taken for an old bundle and emptied.
    const QString proj = path(QStringLiteral("proj"));
    QVERIFY(QDir().mkpath(proj + QStringLiteral("/src")));
    for (const auto &[name, bytes] :
         {std::pair{"/manifest.json", "{}\n"}, std::pair{"/src/keep.txt", "x\n"}}) {
        QFile f(proj + QLatin1String(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString link = path(QStringLiteral("proj-link"));
    QVERIFY(QFile::link(proj, link));
    Result r = ws({QStringLiteral("bundle"), QStringLiteral("-o"), proj});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(proj.toUtf8() + ": its manifest.json is not an Almanac bundle manifest"),
             r.err.constData());
    QVERIFY2(r.err.contains("no bundle was written"), r.err.constData());
    r = ws({QStringLiteral("bundle"), QStringLiteral("-o"), link});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(link.toUtf8() + ": is a symbolic link"), r.err.constData());
    QFile keep(proj + QStringLiteral("/src/keep.txt"));
    QVERIFY(keep.open(QIODevice::ReadOnly));
    QCOMPARE(keep.readAll(), QByteArray("x\n"));
    QCOMPARE(QDir(proj).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("manifest.json"), QStringLiteral("src")}));
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestCliBundle::verifyReportsTampering()
{
    const QString dir = path(QStringLiteral("tampered"));
    QCOMPARE(ws({QStringLiteral("bundle"), QStringLiteral("-o"), dir}).code, 0);
    QVERIFY(QFile::remove(dir + QStringLiteral("/guides/webassembly/timeline.json")));
    QFile page(dir + QStringLiteral("/index.html"));
    QVERIFY(page.open(QIODevice::Append));
    page.write("<script>alert(1)</script>");
    page.close();
    QFile extra(dir + QStringLiteral("/assets/extra.js"));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.close();
    const Result r = run({QStringLiteral("verify"), dir});
    QCOMPARE(r.code, 1);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(dir.toUtf8() + ": assets/extra.js: extra: "), lines[0].constData());
    QVERIFY2(lines[1].startsWith(dir.toUtf8() + ": guides/webassembly/timeline.json: missing: "),
             lines[1].constData());
    QVERIFY2(lines[2].startsWith(dir.toUtf8() + ": index.html: altered: "), lines[2].constData());
    QVERIFY2(r.err.contains("3 problem(s)"), r.err.constData());
}

void TestCliBundle::verifyUsage()
{
    Result r = run({QStringLiteral("verify")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("verify takes one BUNDLE"));
    r = run({QStringLiteral("verify"), path(QStringLiteral("a")), path(QStringLiteral("b"))});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("verify"), path(QStringLiteral("absent.zip"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no such file or folder"), r.err.constData());
    r = run({QStringLiteral("verify"), m_ws});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("not a readable zip"), r.err.constData());
    r = run({QStringLiteral("verify"), m_dir.path() + QStringLiteral("/out"), QStringLiteral("-o"),
             QStringLiteral("x")});
    QCOMPARE(r.code, 2);
}

void TestCliBundle::helpListsCommands()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("bundle [SLUG...] -o OUT"));
    QVERIFY(r.out.contains("verify BUNDLE"));
}

QTEST_GUILESS_MAIN(TestCliBundle)
#include "tst_clibundle.moc"
