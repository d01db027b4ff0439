// Bundles (DESIGN.md, "Publishing"): layout and contents, byte-for-byte
// reproducibility, atomic export (cancel and failure leave nothing), verify
// catching each kind of tampering, and the data files read back by their
// consumers (JSON-LD, CSL-JSON through pandoc --citeproc, TimelineJS).

#include "bundlefixture.h"
#include "guide/partialdate.h"
#include "io/csljson.h"
#include "io/timelinejs.h"
#include "publish/bundlemanifest.h"
#include "publish/bundleverifier.h"
#include "publish/bundlewriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace almanac;
using namespace almanac::testing;
using Kind = BundleVerifier::Problem::Kind;

namespace {

const QStringList slugs = {QStringLiteral("crispr-gene-editing"), QStringLiteral("euro-introduction"),
                           QStringLiteral("webassembly")};

QMap<QString, QByteArray> zipFiles(const QString &path)
{
    QMap<QString, QByteArray> out;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        f.open(QIODevice::ReadOnly);
        out.insert(zip.getCurrentFileName(), f.readAll());
    }
    return out;
}

bool writeZip(const QString &path, const QMap<QString, QByteArray> &files)
{
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())) ||
            f.write(it.value()) != it.value().size())
            return false;
        f.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

QList<QJsonObject> jsonLd(const QByteArray &html, QString *error)
{
    QList<QJsonObject> out;
    static const QRegularExpression re(
        QStringLiteral("<script type=\"application/ld\\+json\">(.*?)</script>"),
        QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(QString::fromUtf8(html)); it.hasNext();) {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(it.next().captured(1).toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = e.errorString();
            return {};
        }
        out << doc.object();
    }
    return out;
}

// Letters and digits only, lower case: how pandoc's typesetting of a title
// (case, quotes, line breaks) is set aside.
QString bare(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void layout();
    void pagesComeFromTheLiveVersion();
    void reproducibleZip();
    void reproducibleFolder();
    void zipEntriesFixed();
    void namedGuides();
    void namedGuideWithoutLiveVersion();
    void replacesAnOldBundle();
    void refusesAFolderThatIsNotABundle();
    void verifyPassesUntouched_data();
    void verifyPassesUntouched();
    void verifyCatchesTampering_data();
    void verifyCatchesTampering();
    void verifyUnreadable();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void failureLeavesNothing_data();
    void failureLeavesNothing();
    void progress();
    void jsonLdParses();
    void cslJsonFields();
    void cslJsonThroughPandoc();
    void timelineJs();

private:
    BundleWriter::Result exportTo(const QString &target, const QStringList &which = {});
    // Bundles go in a folder of their own, away from the workspace and its WAL files.
    QString path(const QString &name) const { return m_dir->filePath(QStringLiteral("out/") + name); }
    QString outDir() const { return m_dir->filePath(QStringLiteral("out")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<VersionStore> m_store;
};

void TestBundle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QVERIFY(QDir().mkpath(outDir()));
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("ws.almanac")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    QVERIFY2(m_ws->saveGuides(demoGuides(), &error), qPrintable(error));
    m_store = std::make_unique<VersionStore>(*m_ws);
    for (const QString &slug : slugs)
        QVERIFY2(publishDraft(*m_store, slug, &error) == 1, qPrintable(error));
}

void TestBundle::cleanup()
{
    m_store.reset();
    m_ws.reset();
    m_dir.reset();
}

BundleWriter::Result TestBundle::exportTo(const QString &target, const QStringList &which)
{
    return BundleWriter(*m_ws).write(which, target);
}

void TestBundle::layout()
{
    const QString out = path(QStringLiteral("site"));
    const auto r = exportTo(out);
    QVERIFY2(r.status == BundleWriter::Status::Written, qPrintable(r.error));
    QCOMPARE(r.guides, 3);
    const QMap<QString, QByteArray> files = folderFiles(out);
    QStringList expected = {QStringLiteral("index.html"), QStringLiteral("manifest.json"),
                            QStringLiteral("assets/almanac.css")};
    for (const QString &slug : slugs) {
        for (const char *name : {"index.html", "guide.json", "sources.json", "timeline.json"})
            expected << QStringLiteral("guides/%1/%2").arg(slug, QLatin1String(name));
    }
    expected.sort();
    QCOMPARE(files.keys(), expected);
    QCOMPARE(r.files, expected.size());

    QString error;
    const auto manifest = BundleManifest::fromJson(files.value(QStringLiteral("manifest.json")), &error);
    QVERIFY2(manifest, qPrintable(error));
    QCOMPARE(manifest->generator, QStringLiteral("Almanac Studio " ALMANAC_VERSION));
    QStringList listed;
    for (const auto &f : manifest->files) {
        listed << f.path;
        const QByteArray bytes = files.value(f.path);
        QCOMPARE(f.size, bytes.size());
        QCOMPARE(f.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
    expected.removeOne(QStringLiteral("manifest.json"));
    QCOMPARE(listed, expected); // sorted, every file but the manifest

    QCOMPARE(manifest->guides.size(), 3);
    const QByteArray css = readAll(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/css/guide.css"));
    QCOMPARE(files.value(QStringLiteral("assets/almanac.css")), css);
    const QByteArray index = files.value(QStringLiteral("index.html"));
    for (int i = 0; i < slugs.size(); ++i) {
        const auto &g = manifest->guides[i];
        QCOMPARE(g.slug, slugs[i]);
        QCOMPARE(g.version, 1);
        const auto v = m_store->version(g.slug, 1, &error);
        QCOMPARE(g.sha256, v->sha256);
        QVERIFY(g.published.isValid());
        const QByteArray guideJson = files.value(QStringLiteral("guides/%1/guide.json").arg(g.slug));
        QCOMPARE(guideJson, guidefile::write(*m_store->content(g.slug, 1, &error)));
        QVERIFY(guidefile::read(guideJson, g.slug, &error));
        QVERIFY(index.contains(QStringLiteral("href=\"guides/%1/index.html\"").arg(g.slug).toUtf8()));
        const QByteArray page = files.value(QStringLiteral("guides/%1/index.html").arg(g.slug));
        QVERIFY(page.contains("<meta property=\"og:title\""));
        QVERIFY(page.contains("v1 · live"));
        QVERIFY(page.contains(css.left(200))); // the style is inline, as in the preview
    }
    QVERIFY(index.contains("Content-Security-Policy"));
    QVERIFY(index.contains("3 guide(s)"));
    // Related guides point at sibling folders of the bundle.
    QVERIFY(files.value(QStringLiteral("guides/webassembly/index.html"))
                .contains("href=\"../crispr-gene-editing/index.html\""));
}

void TestBundle::pagesComeFromTheLiveVersion()
{
    QString error;
    const QByteArray before = [&] {
        exportTo(path(QStringLiteral("a.zip")));
        return readAll(path(QStringLiteral("a.zip")));
    }();
    // A draft edit and an unpublished version change nothing in the bundle.
    Guide g = *m_ws->guide(QStringLiteral("webassembly"));
    g.title = QStringLiteral("Edited after publishing");
    QVERIFY(m_ws->saveGuide(g, &error));
    QVERIFY(m_store->snapshot(g.slug, QStringLiteral("ed"), QStringLiteral("v2"), &error));
    QVERIFY(exportTo(path(QStringLiteral("b.zip"))).status == BundleWriter::Status::Written);
    QCOMPARE(readAll(path(QStringLiteral("b.zip"))), before);
    // Publishing v2 does.
    using A = VersionStore::Action;
    for (A a : {A::Submit, A::Approve, A::Publish})
        QVERIFY2(m_store->apply(g.slug, 2, a, QStringLiteral("pub"), QString(), &error), qPrintable(error));
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    const QByteArray page = readAll(site + QStringLiteral("/guides/webassembly/index.html"));
    QVERIFY(page.contains("<h1 data-field=\"title\">Edited after publishing</h1>"));
    QVERIFY(page.contains("v2 · live"));
    QVERIFY(page.contains("<span class=\"version-label\">v1</span>"));
    QVERIFY(readAll(site + QStringLiteral("/index.html")).contains("Edited after publishing"));
}

void TestBundle::reproducibleZip()
{
    QVERIFY(exportTo(path(QStringLiteral("one.zip"))).status == BundleWriter::Status::Written);
    QTest::qWait(2100); // a different wall clock, in DOS time's two-second steps
    QVERIFY(exportTo(path(QStringLiteral("two.zip"))).status == BundleWriter::Status::Written);
    const QByteArray one = readAll(path(QStringLiteral("one.zip")));
    QVERIFY(!one.isEmpty());
    QCOMPARE(readAll(path(QStringLiteral("two.zip"))), one);
}

void TestBundle::reproducibleFolder()
{
    QVERIFY(exportTo(path(QStringLiteral("one"))).status == BundleWriter::Status::Written);
    QVERIFY(exportTo(path(QStringLiteral("two"))).status == BundleWriter::Status::Written);
    const auto one = folderFiles(path(QStringLiteral("one")));
    QCOMPARE(one.size(), 15);
    QCOMPARE(folderFiles(path(QStringLiteral("two"))), one);
    // The zip holds the same files as the folder.
    QVERIFY(exportTo(path(QStringLiteral("three.zip"))).status == BundleWriter::Status::Written);
    QCOMPARE(zipFiles(path(QStringLiteral("three.zip"))), one);
}

void TestBundle::zipEntriesFixed()
{
    QVERIFY(exportTo(path(QStringLiteral("b.zip"))).status == BundleWriter::Status::Written);
    QuaZip zip(path(QStringLiteral("b.zip")));
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QStringList names;
    QDateTime newest;
    for (const QString &slug : slugs) {
        for (const VersionEvent &e : m_store->history(slug, nullptr)) {
            if (e.action == QLatin1String("publish") && (!newest.isValid() || e.at > newest))
                newest = e.at.toUTC();
        }
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        QVERIFY(zip.getCurrentFileInfo(&info));
        names << info.name;
        QVERIFY(info.extra.isEmpty());
        QCOMPARE(info.method, quint16(8)); // deflate
        // DOS time: local fields, two-second steps; the newest publish time of the bundle.
        QCOMPARE(info.dateTime.date(), newest.date());
        QVERIFY(qAbs(info.dateTime.time().secsTo(newest.time())) <= 2);
    }
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    QCOMPARE(names.last(), QStringLiteral("manifest.json"));
}

void TestBundle::namedGuides()
{
    const auto r = exportTo(path(QStringLiteral("one")), {QStringLiteral("webassembly")});
    QVERIFY2(r.status == BundleWriter::Status::Written, qPrintable(r.error));
    QCOMPARE(r.guides, 1);
    const auto files = folderFiles(path(QStringLiteral("one")));
    QCOMPARE(files.size(), 7);
    // A related guide outside the bundle is not linked, nor shown struck through as broken.
    const QByteArray page = files.value(QStringLiteral("guides/webassembly/index.html"));
    QVERIFY(!page.contains("href=\"../crispr-gene-editing/"));
    QVERIFY(!page.contains("class=\"broken\""));
    // Absolute dates only: nothing on a static page depends on when it is read.
    QVERIFY(!page.contains(" ago<") && !page.contains("just now"));
    QVERIFY(page.contains("<time class=\"meta-updated\" datetime=\""));
}

void TestBundle::namedGuideWithoutLiveVersion()
{
    QString error;
    Guide g = demoGuide(QStringLiteral("crispr.json"));
    g.id = guide::newId();
    g.slug = QStringLiteral("unpublished");
    QVERIFY(m_ws->saveGuide(g, &error));
    auto r = exportTo(path(QStringLiteral("x.zip")), {QStringLiteral("unpublished")});
    QVERIFY(r.status == BundleWriter::Status::BadInput);
    QVERIFY2(r.error.contains(QStringLiteral("unpublished has no live version")), qPrintable(r.error));
    r = exportTo(path(QStringLiteral("x.zip")), {QStringLiteral("no-such-guide")});
    QVERIFY(r.status == BundleWriter::Status::BadInput);
    QVERIFY2(r.error.contains(QStringLiteral("no guide with the slug \"no-such-guide\"")),
             qPrintable(r.error));
    QCOMPARE(entriesOf(outDir()), QStringList());
    // Without names, guides that have no live version are left out.
    QCOMPARE(BundleWriter(*m_ws).liveGuides(), slugs);
}

void TestBundle::replacesAnOldBundle()
{
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site, {QStringLiteral("webassembly")}).status == BundleWriter::Status::Written);
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    QCOMPARE(folderFiles(site).size(), 15);
    QVERIFY(exportTo(path(QStringLiteral("b.zip")), {QStringLiteral("webassembly")}).status ==
            BundleWriter::Status::Written);
    QVERIFY(exportTo(path(QStringLiteral("b.zip"))).status == BundleWriter::Status::Written);
    QCOMPARE(zipFiles(path(QStringLiteral("b.zip"))).size(), 15);
    QCOMPARE(entriesOf(outDir()), (QStringList{QStringLiteral("b.zip"), QStringLiteral("site")}));
}

void TestBundle::refusesAFolderThatIsNotABundle()
{
    const QString mine = path(QStringLiteral("mine"));
    QVERIFY(QDir().mkpath(mine));
    QVERIFY(writeAll(mine + QStringLiteral("/notes.txt"), "keep me"));
    const auto r = exportTo(mine);
    QVERIFY(r.status == BundleWriter::Status::WriteFailed);
    QVERIFY2(r.error.contains(QStringLiteral("not a bundle")), qPrintable(r.error));
    QCOMPARE(entriesOf(mine), QStringList{QStringLiteral("notes.txt")});
    QCOMPARE(entriesOf(outDir()), QStringList{QStringLiteral("mine")});
}

void TestBundle::verifyPassesUntouched_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("folder") << QStringLiteral("site");
    QTest::newRow("zip") << QStringLiteral("site.zip");
}

void TestBundle::verifyPassesUntouched()
{
    QFETCH(QString, name);
    QVERIFY(exportTo(path(name)).status == BundleWriter::Status::Written);
    const auto report = BundleVerifier::verify(path(name));
    QVERIFY2(report.readable, qPrintable(report.error));
    QVERIFY(report.problems.isEmpty());
    QVERIFY(report.ok());
    QCOMPARE(report.files, 14);
}

void TestBundle::verifyCatchesTampering_data()
{
    QTest::addColumn<bool>("zip");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("where");
    for (const bool zip : {false, true}) {
        const char *form = zip ? "zip" : "folder";
        QTest::addRow("%s: missing", form)
            << zip << "remove" << int(Kind::Missing) << "guides/webassembly/sources.json";
        QTest::addRow("%s: extra", form) << zip << "add" << int(Kind::Extra) << "guides/webassembly/evil.js";
        QTest::addRow("%s: altered", form)
            << zip << "alter" << int(Kind::Altered) << "guides/webassembly/index.html";
        QTest::addRow("%s: altered, same size", form)
            << zip << "flip" << int(Kind::Altered) << "guides/crispr-gene-editing/timeline.json";
        QTest::addRow("%s: manifest entry altered", form)
            << zip << "manifest" << int(Kind::Altered) << "assets/almanac.css";
        QTest::addRow("%s: manifest version altered", form)
            << zip << "version" << int(Kind::Manifest) << "guides/euro-introduction/guide.json";
        QTest::addRow("%s: manifest removed", form)
            << zip << "nomanifest" << int(Kind::Manifest) << "manifest.json";
    }
}

void TestBundle::verifyCatchesTampering()
{
    QFETCH(bool, zip);
    QFETCH(QString, tamper);
    QFETCH(int, kind);
    QFETCH(QString, where);
    const QString bundle = path(zip ? QStringLiteral("b.zip") : QStringLiteral("b"));
    QVERIFY(exportTo(bundle).status == BundleWriter::Status::Written);
    QMap<QString, QByteArray> files = zip ? zipFiles(bundle) : folderFiles(bundle);
    QVERIFY(files.contains(QStringLiteral("manifest.json")));
    if (tamper == QLatin1String("remove")) {
        files.remove(where);
    } else if (tamper == QLatin1String("add")) {
        files.insert(where, "alert(1)");
    } else if (tamper == QLatin1String("alter")) {
        files[where].append("<script>alert(1)</script>");
    } else if (tamper == QLatin1String("flip")) {
        QByteArray &b = files[where];
        b[b.size() / 2] = b[b.size() / 2] == 'x' ? 'y' : 'x';
    } else if (tamper == QLatin1String("manifest")) {
        QJsonObject m = QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
        QJsonArray list = m.value(QLatin1String("files")).toArray();
        QJsonObject first = list[0].toObject();
        QCOMPARE(first.value(QLatin1String("path")).toString(), where);
        first.insert(QStringLiteral("sha256"), QString(64, u'0'));
        list[0] = first;
        m.insert(QStringLiteral("files"), list);
        files.insert(QStringLiteral("manifest.json"), QJsonDocument(m).toJson());
    } else if (tamper == QLatin1String("version")) {
        QJsonObject m = QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
        QJsonArray list = m.value(QLatin1String("guides")).toArray();
        QJsonObject g = list[1].toObject();
        g.insert(QStringLiteral("sha256"), QString(64, u'a'));
        list[1] = g;
        m.insert(QStringLiteral("guides"), list);
        files.insert(QStringLiteral("manifest.json"), QJsonDocument(m).toJson());
    } else if (tamper == QLatin1String("nomanifest")) {
        files.remove(QStringLiteral("manifest.json"));
    }
    if (zip) {
        QVERIFY(writeZip(bundle, files));
    } else {
        QVERIFY(QDir(bundle).removeRecursively());
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QVERIFY(QDir().mkpath(QFileInfo(bundle + u'/' + it.key()).absolutePath()));
            QVERIFY(writeAll(bundle + u'/' + it.key(), it.value()));
        }
    }
    const auto report = BundleVerifier::verify(bundle);
    QVERIFY2(report.readable, qPrintable(report.error));
    QVERIFY(!report.ok());
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(int(report.problems[0].kind), kind);
    QCOMPARE(report.problems[0].path, where);
}

void TestBundle::verifyUnreadable()
{
    auto report = BundleVerifier::verify(path(QStringLiteral("nothing.zip")));
    QVERIFY(!report.readable);
    QVERIFY(report.error.contains(QStringLiteral("no such file")));
    QVERIFY(writeAll(path(QStringLiteral("junk.zip")), "not a zip at all"));
    report = BundleVerifier::verify(path(QStringLiteral("junk.zip")));
    QVERIFY(!report.readable);
    QVERIFY(report.error.contains(QStringLiteral("not a readable zip")));
    // A manifest that points outside the bundle is refused, not followed.
    QVERIFY(exportTo(path(QStringLiteral("b"))).status == BundleWriter::Status::Written);
    QByteArray m = readAll(path(QStringLiteral("b/manifest.json")));
    m.replace("\"assets/almanac.css\"", "\"../../ws.almanac\"");
    QVERIFY(writeAll(path(QStringLiteral("b/manifest.json")), m));
    report = BundleVerifier::verify(path(QStringLiteral("b")));
    QVERIFY(report.readable);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems[0].kind, Kind::Manifest);
    QVERIFY2(report.problems[0].detail.contains(QStringLiteral("files[0].path")),
             qPrintable(report.problems[0].detail));
}

void TestBundle::cancelLeavesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("after");
    QTest::newRow("folder, mid-export") << QStringLiteral("site") << 6;
    QTest::newRow("zip, mid-export") << QStringLiteral("site.zip") << 6;
    QTest::newRow("folder, before the manifest") << QStringLiteral("site") << 14;
    QTest::newRow("zip, after the last file") << QStringLiteral("site.zip") << 15;
}

void TestBundle::cancelLeavesNothing()
{
    QFETCH(QString, name);
    QFETCH(int, after);
    std::atomic_bool cancel = false;
    BundleWriter writer(*m_ws);
    writer.setCancelFlag(&cancel);
    int seen = 0;
    writer.setProgress([&](int done, int) {
        seen = done;
        if (done == after)
            cancel = true;
    });
    const auto r = writer.write({}, path(name));
    QVERIFY(r.status == BundleWriter::Status::Cancelled);
    QCOMPARE(seen, after);
    QVERIFY(r.error.contains(QStringLiteral("cancelled")));
    QCOMPARE(entriesOf(outDir()), QStringList());
}

void TestBundle::failureLeavesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("folder") << QStringLiteral("file/site");
    QTest::newRow("zip") << QStringLiteral("file/site.zip");
    QTest::newRow("deeper") << QStringLiteral("file/sub/site.zip");
}

void TestBundle::failureLeavesNothing()
{
    QFETCH(QString, name);
    // The parent is a regular file: no folder can be made there, even as root.
    QVERIFY(writeAll(path(QStringLiteral("file")), "a file"));
    const auto r = exportTo(path(name));
    QVERIFY(r.status == BundleWriter::Status::WriteFailed);
    QVERIFY2(r.error.startsWith(path(name)), qPrintable(r.error));
    QCOMPARE(entriesOf(outDir()), QStringList{QStringLiteral("file")});
    QCOMPARE(readAll(path(QStringLiteral("file"))), QByteArray("a file"));
}

void TestBundle::progress()
{
    BundleWriter writer(*m_ws);
    QList<std::pair<int, int>> calls;
    writer.setProgress([&](int done, int total) { calls.append({done, total}); });
    QVERIFY(writer.write({}, path(QStringLiteral("p.zip"))).status == BundleWriter::Status::Written);
    QCOMPARE(calls.size(), 15);
    for (int i = 0; i < calls.size(); ++i)
        QCOMPARE(calls[i], std::make_pair(i + 1, 15));
}

void TestBundle::jsonLdParses()
{
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    QString error;
    for (const QString &slug : slugs) {
        const Guide g = *m_store->content(slug, 1, &error);
        const auto objects =
            jsonLd(readAll(site + QStringLiteral("/guides/%1/index.html").arg(slug)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(objects.size(), 2);
        const QJsonObject article = objects[0];
        QCOMPARE(article.value(QLatin1String("@context")).toString(), QStringLiteral("https://schema.org"));
        QCOMPARE(article.value(QLatin1String("@type")).toString(), QStringLiteral("Article"));
        QCOMPARE(article.value(QLatin1String("headline")).toString(), g.title);
        QVERIFY(QDateTime::fromString(article.value(QLatin1String("dateModified")).toString(), Qt::ISODate)
                    .isValid());
        QVERIFY(QDateTime::fromString(article.value(QLatin1String("dateCreated")).toString(), Qt::ISODate)
                    .isValid());
        QCOMPARE(article.value(QLatin1String("about")).toObject().value(QLatin1String("name")).toString(),
                 g.subject);
        const QJsonObject faq = objects[1];
        QCOMPARE(faq.value(QLatin1String("@type")).toString(), QStringLiteral("FAQPage"));
        const QJsonArray questions = faq.value(QLatin1String("mainEntity")).toArray();
        QCOMPARE(questions.size(), g.faq.size());
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const QJsonObject q = questions[i].toObject();
            QCOMPARE(q.value(QLatin1String("@type")).toString(), QStringLiteral("Question"));
            QCOMPARE(q.value(QLatin1String("name")).toString(), g.faq[i].question);
            const QJsonObject a = q.value(QLatin1String("acceptedAnswer")).toObject();
            QCOMPARE(a.value(QLatin1String("@type")).toString(), QStringLiteral("Answer"));
            QVERIFY(!a.value(QLatin1String("text")).toString().isEmpty());
        }
    }
}

void TestBundle::cslJsonFields()
{
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    QString error;
    for (const QString &slug : slugs) {
        const Guide g = *m_store->content(slug, 1, &error);
        const QByteArray bytes = readAll(site + QStringLiteral("/guides/%1/sources.json").arg(slug));
        const QJsonArray items = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(items.size(), g.sources.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject o = items[i].toObject();
            const Source &s = g.sources[i];
            QCOMPARE(o.value(QLatin1String("id")).toString(), s.key);
            QVERIFY(!o.value(QLatin1String("type")).toString().isEmpty());
            QCOMPARE(o.value(QLatin1String("title")).toString(), s.title);
            QCOMPARE(o.value(QLatin1String("container-title")).toString(), s.outlet);
            QCOMPARE(o.value(QLatin1String("URL")).toString(), s.url);
            QCOMPARE(o.value(QLatin1String("abstract")).toString(), s.summary);
            QCOMPARE(o.value(QLatin1String("custom")).toObject().value(QLatin1String("relevance")).toInt(),
                     s.relevance);
            for (const char *date : {"issued", "accessed"}) {
                const QJsonArray parts =
                    o.value(QLatin1String(date)).toObject().value(QLatin1String("date-parts")).toArray();
                QCOMPARE(parts.size(), 1);
                QVERIFY(parts[0].isArray());
                QVERIFY(parts[0].toArray()[0].toInt() > 1900);
            }
        }
        // Our own reader takes it back unchanged.
        ImportReport report;
        const auto back = csljson::read(bytes, QStringLiteral("sources.json"), &report, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), g.sources.size());
        for (qsizetype i = 0; i < back->size(); ++i) {
            QCOMPARE((*back)[i].key, g.sources[i].key);
            QCOMPARE((*back)[i].published, g.sources[i].published);
            QCOMPARE((*back)[i].relevance, g.sources[i].relevance);
        }
    }
}

void TestBundle::cslJsonThroughPandoc()
{
    const QString pandoc = QStandardPaths::findExecutable(QStringLiteral("pandoc"));
    if (pandoc.isEmpty())
        QSKIP("pandoc is not installed (apt-get install pandoc)");
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    // A document that cites everything: pandoc's citeproc typesets the whole bibliography.
    const QString doc = path(QStringLiteral("cite-all.md"));
    QVERIFY(writeAll(doc, "---\nnocite: \"@*\"\n---\n"));
    QString error;
    for (const QString &slug : slugs) {
        QProcess p;
        p.start(pandoc, {doc, QStringLiteral("--citeproc"), QStringLiteral("--bibliography"),
                         site + QStringLiteral("/guides/%1/sources.json").arg(slug), QStringLiteral("-t"),
                         QStringLiteral("plain"), QStringLiteral("--wrap=none")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, err.constData());
        QVERIFY2(err.isEmpty(), err.constData()); // no warnings about the data either
        const QString text = bare(QString::fromUtf8(p.readAllStandardOutput()));
        const Guide g = *m_store->content(slug, 1, &error);
        QVERIFY(!g.sources.isEmpty());
        for (const Source &s : g.sources) {
            QVERIFY2(text.contains(bare(s.title)), qPrintable(slug + QStringLiteral(": ") + s.title));
            QVERIFY2(text.contains(bare(s.outlet)), qPrintable(s.outlet));
        }
    }
}

void TestBundle::timelineJs()
{
    const QString site = path(QStringLiteral("site"));
    QVERIFY(exportTo(site).status == BundleWriter::Status::Written);
    QString error;
    for (const QString &slug : slugs) {
        const Guide g = *m_store->content(slug, 1, &error);
        const QByteArray bytes = readAll(site + QStringLiteral("/guides/%1/timeline.json").arg(slug));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        const QJsonObject title = root.value(QLatin1String("title")).toObject();
        QCOMPARE(title.value(QLatin1String("text")).toObject().value(QLatin1String("headline")).toString(),
                 g.title.toHtmlEscaped());
        const QJsonArray events = root.value(QLatin1String("events")).toArray();
        qsizetype dated = 0;
        for (const TimelineEntry &e : g.timeline)
            dated += PartialDate::parse(e.date).has_value() ? 1 : 0;
        QCOMPARE(events.size(), dated);
        QVERIFY(dated > 0);
        QSet<QString> ids;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            const QJsonObject start = e.value(QLatin1String("start_date")).toObject();
            QVERIFY(start.value(QLatin1String("year")).isDouble());
            if (start.contains(QLatin1String("month")))
                QVERIFY(start.value(QLatin1String("month")).toInt() >= 1 &&
                        start.value(QLatin1String("month")).toInt() <= 12);
            const QJsonObject text = e.value(QLatin1String("text")).toObject();
            QVERIFY(!text.value(QLatin1String("headline")).toString().isEmpty());
            QVERIFY(text.value(QLatin1String("text")).toString().startsWith(QLatin1String("<p")));
            const QString id = e.value(QLatin1String("unique_id")).toString();
            QVERIFY(!id.isEmpty());
            QVERIFY(!ids.contains(id));
            ids.insert(id);
        }
        // The TimelineJS importer reads it back to the same dates and titles.
        ImportReport report;
        const auto back = timelinejs::read(bytes, QStringLiteral("timeline.json"), &report, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), dated);
        qsizetype k = 0;
        for (const TimelineEntry &e : g.timeline) {
            if (!PartialDate::parse(e.date))
                continue;
            QCOMPARE((*back)[k].date, e.date);
            QCOMPARE((*back)[k].title, e.title);
            ++k;
        }
    }
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
