// `almanac verify` against bundles tampered with in every way issue 10 lists:
// pipes, devices and links inside a folder bundle (reported, never opened or
// followed, never hanging), extra folders, and zips carrying bytes outside their
// entries, folder entries with data, symlink modes, duplicate names and hidden
// bytes inside an entry. Zips are built byte by byte here so that each kind of
// damage is exactly the one named; the same builder without damage passes.

#include "bundlefixture.h"
#include "publish/bundleverifier.h"
#include "publish/bundlewriter.h"

#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <zlib.h>

using namespace almanac;
using namespace almanac::testing;
using Kind = BundleVerifier::Problem::Kind;

namespace {

struct ZipEntry
{
    QByteArray name;
    QByteArray data;
    quint32 mode = 0100644; // Unix mode, in the external attributes
    QByteArray hidden = {}; // appended after the compressed stream, inside the entry
};

struct ZipLayout
{
    QByteArray prefix; // before the first entry
    int gapAfter = -1; // the entry after which gap goes
    QByteArray gap;
    QByteArray suffix; // after the end record
    QByteArray comment;
};

void put16(QByteArray &out, quint32 v)
{
    out += char(v & 0xff);
    out += char((v >> 8) & 0xff);
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z = {};
    deflateInit2(&z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(data.size()))),
                   Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(static_cast<qsizetype>(z.total_out));
    deflateEnd(&z);
    return out;
}

// A zip as the bundle writer makes one (deflated, UTF-8 names, no extra fields),
// with the layout's tampering, if any.
QByteArray makeZip(const QList<ZipEntry> &entries, const ZipLayout &layout = {})
{
    QByteArray out = layout.prefix;
    QByteArray central;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ZipEntry &e = entries[i];
        const QByteArray body = rawDeflate(e.data) + e.hidden;
        const quint32 crc = crc32(0, reinterpret_cast<const Bytef *>(e.data.data()), uInt(e.data.size()));
        const auto offset = quint32(out.size());
        for (QByteArray *h : {&out, &central}) {
            const bool local = h == &out;
            put32(*h, local ? 0x04034b50 : 0x02014b50);
            if (!local)
                put16(*h, (3 << 8) | 20); // made by Unix
            put16(*h, 20);
            put16(*h, 0x0800);
            put16(*h, 8);
            put16(*h, 0);
            put16(*h, 0x21);
            put32(*h, crc);
            put32(*h, quint32(body.size()));
            put32(*h, quint32(e.data.size()));
            put16(*h, quint32(e.name.size()));
            put16(*h, 0);
            if (!local) {
                put16(*h, 0);
                put16(*h, 0);
                put16(*h, 0);
                put32(*h, e.mode << 16);
                put32(*h, offset);
            }
            *h += e.name;
        }
        out += body;
        if (i == layout.gapAfter)
            out += layout.gap;
    }
    const auto centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, quint32(layout.comment.size()));
    out += layout.comment;
    out += layout.suffix;
    return out;
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

QString describe(const BundleVerifier::Report &r)
{
    QStringList lines{r.error};
    for (const auto &p : r.problems)
        lines << p.path + QStringLiteral(": ") + p.kindName() + QStringLiteral(": ") + p.detail;
    return lines.join(u'\n');
}

} // namespace

class TestBundleVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void folderTampering_data();
    void folderTampering();
    void builtZipPasses();
    void zipTampering_data();
    void zipTampering();
    void bundleRootIsALink();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The one problem the report must have.
    void expectOne(const BundleVerifier::Report &r, Kind kind, const QString &where, const QString &detail);

    QTemporaryDir m_wsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_site; // a bundle as the writer made it
    QMap<QString, QByteArray> m_files;
};

void TestBundleVerifier::initTestCase()
{
    QVERIFY(m_wsDir.isValid());
    QString error;
    auto ws = Workspace::create(m_wsDir.filePath(QStringLiteral("ws.almanac")), &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY2(ws->saveGuides(demoGuides(), &error), qPrintable(error));
    VersionStore store(*ws);
    for (const Guide &g : demoGuides())
        QVERIFY2(publishDraft(store, g.slug, &error) == 1, qPrintable(error));
    m_site = m_wsDir.filePath(QStringLiteral("site"));
    const auto r = BundleWriter(*ws).write({}, m_site);
    QVERIFY2(r.status == BundleWriter::Status::Written, qPrintable(r.error));
    m_files = folderFiles(m_site);
    QCOMPARE(m_files.size(), 15);
}

void TestBundleVerifier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBundleVerifier::expectOne(const BundleVerifier::Report &r, Kind kind, const QString &where,
                                   const QString &detail)
{
    QVERIFY2(r.readable, qPrintable(r.error));
    QVERIFY2(r.problems.size() == 1, qPrintable(describe(r)));
    QCOMPARE(r.problems[0].kind, kind);
    QCOMPARE(r.problems[0].path, where);
    QVERIFY2(r.problems[0].detail.contains(detail), qPrintable(describe(r)));
}

void TestBundleVerifier::folderTampering_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("detail");
    QTest::newRow("a pipe added") << "fifo" << int(Kind::Extra) << "guides/webassembly/feed"
                                  << "a named pipe (FIFO) in the bundle";
    QTest::newRow("a listed file made a pipe") << "fifo listed" << int(Kind::NotAFile) << "index.html"
                                               << "a named pipe (FIFO), not a file";
    QTest::newRow("a link to /dev/zero added") << "zero" << int(Kind::Extra) << "assets/zero"
                                               << "a symbolic link in the bundle";
    QTest::newRow("a listed file linked to /dev/zero")
        << "zero listed" << int(Kind::NotAFile) << "assets/almanac.css"
        << "a symbolic link, not a file";
    QTest::newRow("the manifest linked to /dev/zero")
        << "zero manifest" << int(Kind::Manifest) << "manifest.json"
        << "a symbolic link, not a file";
    QTest::newRow("a link to / added") << "root" << int(Kind::Extra) << "guides/everything"
                                       << "a symbolic link in the bundle";
    QTest::newRow("a listed file linked to an identical copy")
        << "copy" << int(Kind::NotAFile) << "guides/euro-introduction/sources.json"
        << "a symbolic link, not a file; not followed";
    QTest::newRow("an empty folder added") << "folder" << int(Kind::Extra) << "guides/empty"
                                           << "a folder in the bundle, not in the manifest";
}

void TestBundleVerifier::folderTampering()
{
    QFETCH(QString, tamper);
    QFETCH(int, kind);
    QFETCH(QString, where);
    QFETCH(QString, detail);
    const QString b = path(QStringLiteral("b"));
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        QVERIFY(QDir().mkpath(QFileInfo(b + u'/' + it.key()).absolutePath()));
        QVERIFY(writeAll(b + u'/' + it.key(), it.value()));
    }
    QCOMPARE(BundleVerifier::verify(b).problems.size(), 0);
    const QString target = b + u'/' + where;
    if (tamper != QLatin1String("fifo") && tamper != QLatin1String("zero") &&
        tamper != QLatin1String("root") && tamper != QLatin1String("folder"))
        QVERIFY(QFile::remove(target));
    if (tamper.startsWith(QLatin1String("fifo"))) {
        QVERIFY(makeFifo(target));
    } else if (tamper.startsWith(QLatin1String("zero"))) {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), target));
    } else if (tamper == QLatin1String("root")) {
        QVERIFY(QFile::link(QStringLiteral("/"), target));
    } else if (tamper == QLatin1String("copy")) {
        const QString copy = path(QStringLiteral("copy.json"));
        QVERIFY(writeAll(copy, m_files.value(where)));
        QVERIFY(QFile::link(copy, target));
    } else if (tamper == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(target));
    }
    expectOne(BundleVerifier::verify(b), Kind(kind), where, detail);
}

void TestBundleVerifier::builtZipPasses()
{
    // The builder below makes zips the verifier takes as they are: what fails there is the tampering.
    QList<ZipEntry> entries;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        entries.append({it.key().toUtf8(), it.value(), 0100644});
    const QString zip = path(QStringLiteral("b.zip"));
    QVERIFY(writeAll(zip, makeZip(entries)));
    const auto r = BundleVerifier::verify(zip);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.files, 14);
}

void TestBundleVerifier::zipTampering_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("detail");
    QTest::newRow("bytes before the entries") << "prefix" << int(Kind::Damaged) << "assets/almanac.css"
                                              << "61 bytes that belong to no entry";
    QTest::newRow("bytes between entries")
        << "gap" << int(Kind::Damaged) << "guides/crispr-gene-editing/index.html"
        << "9 bytes that belong to no entry";
    QTest::newRow("bytes after the end record") << "suffix" << int(Kind::Damaged) << "(zip)"
                                                << "5 bytes after the end of central directory";
    QTest::newRow("a zip comment") << "comment" << int(Kind::Damaged) << "(zip)"
                                   << "a zip comment";
    QTest::newRow("a folder entry with data") << "folder" << int(Kind::Damaged) << "assets/"
                                              << "a folder entry that carries data";
    QTest::newRow("a symlink mode on a listed entry")
        << "symlink" << int(Kind::NotAFile) << "guides/webassembly/index.html"
        << "a symbolic link, not a file";
    QTest::newRow("the same name twice") << "duplicate" << int(Kind::Damaged) << "index.html"
                                         << "a second entry with the same name";
    QTest::newRow("bytes hidden after an entry's stream")
        << "hidden" << int(Kind::Unreadable) << "guides/euro-introduction/timeline.json"
        << "7 bytes after the end of its compressed data";
}

void TestBundleVerifier::zipTampering()
{
    QFETCH(QString, tamper);
    QFETCH(int, kind);
    QFETCH(QString, where);
    QFETCH(QString, detail);
    QList<ZipEntry> entries;
    ZipLayout layout;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        ZipEntry e{it.key().toUtf8(), it.value(), 0100644};
        if (tamper == QLatin1String("symlink") && it.key() == where)
            e.mode = 0120777;
        if (tamper == QLatin1String("hidden") && it.key() == where)
            e.hidden = "payload";
        entries << e;
        if (tamper == QLatin1String("gap") && it.key() == where)
            layout.gapAfter = int(entries.size()) - 2;
        if (tamper == QLatin1String("duplicate") && it.key() == where)
            entries << e; // the same bytes again: every listed file still matches
    }
    if (tamper == QLatin1String("prefix"))
        layout.prefix = QByteArray(61, 'x');
    layout.gap = "123456789";
    if (tamper == QLatin1String("suffix"))
        layout.suffix = "extra";
    if (tamper == QLatin1String("comment"))
        layout.comment = "hello";
    if (tamper == QLatin1String("folder"))
        entries.prepend({"assets/", "a folder entry's hidden payload", 040755, {}});
    const QString zip = path(QStringLiteral("b.zip"));
    QVERIFY(writeAll(zip, makeZip(entries, layout)));
    expectOne(BundleVerifier::verify(zip), Kind(kind), where, detail);
}

void TestBundleVerifier::bundleRootIsALink()
{
    QVERIFY(QFile::link(m_site, path(QStringLiteral("link"))));
    const auto r = BundleVerifier::verify(path(QStringLiteral("link")));
    QVERIFY(!r.readable);
    QVERIFY2(r.error.contains(QStringLiteral("is a symbolic link")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestBundleVerifier)
#include "tst_bundleverifier.moc"
