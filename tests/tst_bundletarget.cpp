// What a bundle export may replace (issue 10, item 1): never a folder that is
// not an Almanac bundle, never anything through a symbolic link, never a file
// that is not an Almanac zip; every refusal says what was found and changes
// nothing. Real folders, links and pipes on disk.

#include "bundlefixture.h"
#include "publish/bundletarget.h"
#include "publish/bundlewriter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <sys/stat.h>

using namespace almanac;
using namespace almanac::testing;

namespace {

bool writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Everything under root as it is on disk: files with their bytes, folders,
// links with their targets, anything else by kind. Links are never followed.
QMap<QString, QByteArray> tree(const QString &root)
{
    QMap<QString, QByteArray> out;
    const QDir dir(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString rel = dir.relativeFilePath(info.filePath());
        if (info.isSymLink())
            out.insert(rel, "link -> " + info.symLinkTarget().toUtf8());
        else if (info.isDir())
            out.insert(rel, "folder");
        else if (info.isFile())
            out.insert(rel, readAll(info.filePath()));
        else
            out.insert(rel, "special");
    }
    return out;
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

} // namespace

class TestBundleTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void strayManifestIsNotABundle();
    void manifestFromAnotherProgram();
    void oldBundleWithFilesAdded();
    void oldBundleWithALinkInside();
    void linkToABundleIsRefused();
    void linkToAUserFolderIsRefused();
    void specialManifestDoesNotHang();
    void userZipIsNotReplaced_data();
    void userZipIsNotReplaced();
    void linkedZipIsRefused();
    void pipeNamedLikeAZipIsRefused();
    void damagedOldBundleIsReplaced();
    void folderChangedDuringExport();
    void removeOldFolderKeepsWhatIsNotListed();

private:
    BundleWriter::Result exportTo(const QString &target) { return BundleWriter(*m_ws).write({}, target); }
    QString path(const QString &name) const { return m_dir->filePath(QStringLiteral("out/") + name); }
    QString outDir() const { return m_dir->filePath(QStringLiteral("out")); }
    // The export failed, said why, and left the out folder exactly as it was.
    void expectRefused(const QString &target, const QString &message);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestBundleTarget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(outDir()));
    QString error;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("ws.almanac")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    // Alone in this workspace, its related guides would be lint errors that block submitting.
    Guide guide = demoGuide(QStringLiteral("webassembly.json"));
    guide.related.clear();
    QVERIFY2(m_ws->saveGuides({guide}, &error), qPrintable(error));
    VersionStore store(*m_ws);
    QVERIFY2(publishDraft(store, QStringLiteral("webassembly"), &error) == 1, qPrintable(error));
}

void TestBundleTarget::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TestBundleTarget::expectRefused(const QString &target, const QString &message)
{
    const auto before = tree(outDir());
    const auto r = exportTo(target);
    QVERIFY(r.status == BundleWriter::Status::WriteFailed);
    QVERIFY2(r.error.startsWith(target + QStringLiteral(": ")), qPrintable(r.error));
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QCOMPARE(tree(outDir()), before);
}

void TestBundleTarget::strayManifestIsNotABundle()
{
    // The report: any folder with a manifest.json was taken for a bundle and deleted.
    const QString proj = path(QStringLiteral("proj"));
    QVERIFY(writeAll(proj + QStringLiteral("/manifest.json"), "{}\n"));
    QVERIFY(writeAll(proj + QStringLiteral("/src/keep.txt"), "x\n"));
    expectRefused(proj, QStringLiteral("its manifest.json is not an Almanac bundle manifest"));
    QCOMPARE(readAll(proj + QStringLiteral("/src/keep.txt")), QByteArray("x\n"));
}

void TestBundleTarget::manifestFromAnotherProgram()
{
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    QByteArray manifest = readAll(site + QStringLiteral("/manifest.json"));
    manifest.replace("\"Almanac Studio " ALMANAC_VERSION "\"", "\"Some Site Generator 2.0\"");
    QVERIFY(writeAll(site + QStringLiteral("/manifest.json"), manifest));
    expectRefused(site, QStringLiteral("made by \"Some Site Generator 2.0\", not by Almanac Studio"));
}

void TestBundleTarget::oldBundleWithFilesAdded()
{
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    QVERIFY(writeAll(site + QStringLiteral("/guides/webassembly/notes.txt"), "my notes"));
    QVERIFY(QDir().mkpath(site + QStringLiteral("/drafts")));
    expectRefused(site, QStringLiteral("holds drafts (a folder), guides/webassembly/notes.txt, which its "
                                       "manifest does not list"));
}

void TestBundleTarget::oldBundleWithALinkInside()
{
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    const QString mine = m_dir->filePath(QStringLiteral("mine.css"));
    QVERIFY(writeAll(mine, "precious"));
    QVERIFY(QFile::remove(site + QStringLiteral("/assets/almanac.css")));
    QVERIFY(QFile::link(mine, site + QStringLiteral("/assets/almanac.css")));
    expectRefused(site, QStringLiteral("assets/almanac.css (a symbolic link)"));
    QCOMPARE(readAll(mine), QByteArray("precious"));
}

void TestBundleTarget::linkToABundleIsRefused()
{
    const QString real = path(QStringLiteral("real"));
    QVERIFY(exportTo(real).status == BundleWriter::Status::Written);
    QVERIFY(QFile::link(real, path(QStringLiteral("link"))));
    expectRefused(path(QStringLiteral("link")), QStringLiteral("is a symbolic link (to ") + real);
}

void TestBundleTarget::linkToAUserFolderIsRefused()
{
    // The issue: through a link, the link's target was emptied.
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere"));
    QVERIFY(writeAll(elsewhere + QStringLiteral("/manifest.json"), "{}"));
    QVERIFY(writeAll(elsewhere + QStringLiteral("/keep.txt"), "keep"));
    const auto before = tree(elsewhere);
    QVERIFY(QFile::link(elsewhere, path(QStringLiteral("proj"))));
    expectRefused(path(QStringLiteral("proj")), QStringLiteral("a bundle is never written through a link"));
    QCOMPARE(tree(elsewhere), before);
}

void TestBundleTarget::specialManifestDoesNotHang()
{
    // A manifest that is a pipe or a link to an endless device is never opened.
    const QString pipe = path(QStringLiteral("pipe"));
    QVERIFY(QDir().mkpath(pipe));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe + QStringLiteral("/manifest.json")).constData(), 0600), 0);
    const QString zero = path(QStringLiteral("zero"));
    QVERIFY(QDir().mkpath(zero));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero + QStringLiteral("/manifest.json")));
    QElapsedTimer timer;
    timer.start();
    expectRefused(pipe, QStringLiteral("its manifest.json is a named pipe (FIFO), not a file"));
    expectRefused(zero, QStringLiteral("its manifest.json is a symbolic link, not a file"));
    QVERIFY(timer.elapsed() < 30000);
}

void TestBundleTarget::userZipIsNotReplaced_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a zip") << QByteArray("text") << QStringLiteral("is a file but not a zip bundle");
    QTest::newRow("a zip of one's own") << QByteArray("zip") << QStringLiteral("without a manifest.json");
    QTest::newRow("a bundle zip with more in it")
        << QByteArray("extra") << QStringLiteral("holds secret.txt, which its manifest does not list");
}

void TestBundleTarget::userZipIsNotReplaced()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, message);
    const QString zip = path(QStringLiteral("archive.zip"));
    if (kind == "text") {
        QVERIFY(writeAll(zip, "years of work"));
    } else {
        if (kind == "extra")
            QVERIFY(exportTo(zip).status == BundleWriter::Status::Written);
        QuaZip z(zip);
        QVERIFY(z.open(kind == "extra" ? QuaZip::mdAdd : QuaZip::mdCreate));
        QuaZipFile f(&z);
        QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("secret.txt"))));
        f.write("years of work");
        f.close();
        z.close();
    }
    expectRefused(zip, message);
}

void TestBundleTarget::linkedZipIsRefused()
{
    const QString real = m_dir->filePath(QStringLiteral("real.zip"));
    QVERIFY(exportTo(real).status == BundleWriter::Status::Written);
    const QByteArray before = readAll(real);
    QVERIFY(QFile::link(real, path(QStringLiteral("b.zip"))));
    expectRefused(path(QStringLiteral("b.zip")), QStringLiteral("is a symbolic link"));
    QCOMPARE(readAll(real), before);
}

void TestBundleTarget::pipeNamedLikeAZipIsRefused()
{
    QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("p.zip"))).constData(), 0600), 0);
    expectRefused(path(QStringLiteral("p.zip")), QStringLiteral("is a named pipe (FIFO), not a bundle"));
}

void TestBundleTarget::damagedOldBundleIsReplaced()
{
    // A bundle missing some of its files is still ours to replace, zip or folder.
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    const auto fresh = tree(site);
    QVERIFY(QFile::remove(site + QStringLiteral("/index.html")));
    QVERIFY(QDir(site + QStringLiteral("/assets")).removeRecursively());
    const auto r = exportTo(site);
    QVERIFY2(r.status == BundleWriter::Status::Written, qPrintable(r.error));
    QCOMPARE(tree(site), fresh);
    QCOMPARE(entriesOf(outDir()), QStringList{QStringLiteral("site")});
}

void TestBundleTarget::folderChangedDuringExport()
{
    // Checked when the export starts and again when it replaces the folder.
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    BundleWriter writer(*m_ws);
    writer.setProgress([&](int done, int) {
        if (done == 1)
            writeAll(site + QStringLiteral("/late.txt"), "written during the export");
    });
    const auto r = writer.write({}, site);
    QVERIFY(r.status == BundleWriter::Status::WriteFailed);
    QVERIFY2(r.error.contains(QStringLiteral("late.txt")), qPrintable(r.error));
    QCOMPARE(readAll(site + QStringLiteral("/late.txt")), QByteArray("written during the export"));
    QVERIFY(QFileInfo(site + QStringLiteral("/manifest.json")).isFile());
    QCOMPARE(entriesOf(outDir()), QStringList{QStringLiteral("site")});
}

void TestBundleTarget::removeOldFolderKeepsWhatIsNotListed()
{
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    QVERIFY(writeAll(site + QStringLiteral("/guides/keep.txt"), "keep"));
    QString error;
    QVERIFY(!bundletarget::removeOldFolder(site, &error));
    QVERIFY2(error.contains(QStringLiteral("guides/keep.txt")), qPrintable(error));
    // The manifest stays with what was kept: it still says what of the folder is the bundle's.
    QCOMPARE(tree(site).keys(), (QStringList{QStringLiteral("guides"), QStringLiteral("guides/keep.txt"),
                                             QStringLiteral("manifest.json")}));
    QCOMPARE(tree(site).value(QStringLiteral("guides/keep.txt")), QByteArray("keep"));
}

QTEST_GUILESS_MAIN(TestBundleTarget)
#include "tst_bundletarget.moc"
