// Pipelines that export, edit and import while someone else edits the same
// guide: the real `almanac` binary on a real workspace file, with a second
// connection standing for the other program. Nothing may be lost: both changes
// end up in the draft, or the import stops with the conflicts listed.

#include "io/guidefile.h"
#include "store/workspace.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// What the workspace holds, to see that nothing was written: the file's bytes, or
// on PostgreSQL the change feed's last sequence number.
QByteArray fileHash(const QString &path)
{
    if (test::onPostgres()) {
        QString error;
        auto ws = Workspace::open(path, &error);
        return ws ? QByteArray::number(ws->lastChange()) : QByteArray();
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

class TestCliConcurrent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportedFileCarriesTheRevision();
    void importMergesWithChangesSavedSince();
    void importAtTheStoredRevisionWritesAsItIs();
    void sameWordsChangedStopWithConflicts();
    void baseFileStandsInForTheRevision();
    void prunedRevisionIsAClearError();
    void fileFromAnotherWorkspaceIsRefused();
    void unchangedFileWithoutRevisionIsNoChange();
    void importIntoAddsToWhatIsStoredNow();
    void secondConnectionKeepsTheFirstsLocks();

private:
    Result run(const QStringList &args) const;
    Result ws(const QStringList &args) const { return run(QStringList{QStringLiteral("-w"), m_ws} + args); }
    // `almanac export` of the draft, read back with its revision.
    Guide exportDraft(qint64 *revision, QString *path = nullptr);
    QString writeFile(const Guide &g, qint64 revision);
    // Another program's edit, through its own connection.
    void otherProgramSaves(const std::function<void(Guide &)> &edit);
    Guide stored();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
    int m_files = 0;
    const QString m_slug = QStringLiteral("crispr-gene-editing");
};

Result TestCliConcurrent::run(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("ALMANAC_WORKSPACE"));
    e.insert(QStringLiteral("ALMANAC_AUTHOR"), QStringLiteral("pipeline"));
    e.insert(QStringLiteral("HOME"), m_dir->path());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(ALMANAC_CLI_PATH), args);
    Result r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestCliConcurrent::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = test::newWorkspaceLocation(m_dir->path(), QStringLiteral("ws.almanac"));
    QCOMPARE(run({QStringLiteral("init"), m_ws}).code, 0);
    const Result r =
        ws({QStringLiteral("import"), QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/crispr.json")});
    QVERIFY2(r.code == 0, r.err.constData());
}

Guide TestCliConcurrent::exportDraft(qint64 *revision, QString *path)
{
    const QString file = m_dir->filePath(QStringLiteral("export-%1.json").arg(++m_files));
    const Result r = ws({QStringLiteral("export"), m_slug, QStringLiteral("-o"), file});
    if (r.code != 0)
        qFatal("export failed: %s", r.err.constData());
    QString error;
    auto g = guidefile::readFile(file, &error, revision);
    if (!g)
        qFatal("%s", qPrintable(error));
    if (path)
        *path = file;
    return *g;
}

QString TestCliConcurrent::writeFile(const Guide &g, qint64 revision)
{
    const QString path = m_dir->filePath(QStringLiteral("edited-%1.json").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(guidefile::write(g, revision));
    return path;
}

void TestCliConcurrent::otherProgramSaves(const std::function<void(Guide &)> &edit)
{
    QString error;
    auto other = Workspace::open(m_ws, &error);
    QVERIFY2(other, qPrintable(error));
    auto d = other->draft(m_slug);
    QVERIFY(d);
    edit(d->guide);
    const SaveResult r = other->saveDraft(d->guide, d->revision, QStringLiteral("colleague"));
    QVERIFY2(r.ok(), qPrintable(r.error));
}

Guide TestCliConcurrent::stored()
{
    QString error;
    auto w = Workspace::open(m_ws, &error);
    if (!w)
        qFatal("%s", qPrintable(error));
    return *w->guide(m_slug);
}

void TestCliConcurrent::exportedFileCarriesTheRevision()
{
    qint64 revision = 0;
    QString path;
    exportDraft(&revision, &path);
    QCOMPARE(revision, 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("{\n  \"format\": \"almanac-guide/1\",\n  \"revision\": 1,\n"));
    // A version's file never has one: it is not a draft.
    QCOMPARE(ws({QStringLiteral("snapshot"), m_slug, QStringLiteral("-m"), QStringLiteral("v1")}).code, 0);
    const Result v =
        ws({QStringLiteral("export"), m_slug, QStringLiteral("--version"), QStringLiteral("v1")});
    QVERIFY(!v.out.contains("\"revision\""));
}

void TestCliConcurrent::importMergesWithChangesSavedSince()
{
    // The issue's steps: the pipeline exports, someone changes the TL;DR, the
    // pipeline edits a section and imports: both changes are kept.
    qint64 revision = 0;
    Guide mine = exportDraft(&revision);
    otherProgramSaves([](Guide &g) { g.tldr = QStringLiteral("A colleague's new TL;DR."); });
    mine.sections[0].body += QStringLiteral("\n\nA paragraph the pipeline added.");
    const Result r = ws({QStringLiteral("import"), writeFile(mine, revision)});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("merged with changes saved since, into crispr-gene-editing"),
             r.out.constData());
    const Guide after = stored();
    QCOMPARE(after.tldr, QStringLiteral("A colleague's new TL;DR."));
    QCOMPARE(after.sections[0].body, mine.sections[0].body);
    // Same words on both sides of one field, different words: still no loss.
    mine = exportDraft(&revision);
    otherProgramSaves([](Guide &g) { g.sections[1].body.prepend(QStringLiteral("Opening words. ")); });
    mine.sections[1].body += QStringLiteral(" Closing words.");
    QCOMPARE(ws({QStringLiteral("import"), writeFile(mine, revision)}).code, 0);
    QVERIFY(stored().sections[1].body.startsWith(QStringLiteral("Opening words. ")));
    QVERIFY(stored().sections[1].body.endsWith(QStringLiteral(" Closing words.")));
}

void TestCliConcurrent::importAtTheStoredRevisionWritesAsItIs()
{
    qint64 revision = 0;
    Guide mine = exportDraft(&revision);
    mine.title = QStringLiteral("Retitled by the pipeline");
    const Result r = ws({QStringLiteral("import"), writeFile(mine, revision)});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("updated draft crispr-gene-editing\n"));
    QCOMPARE(stored().title, mine.title);
    qint64 next = 0;
    exportDraft(&next);
    QCOMPARE(next, revision + 1);
}

void TestCliConcurrent::sameWordsChangedStopWithConflicts()
{
    qint64 revision = 0;
    Guide mine = exportDraft(&revision);
    otherProgramSaves([](Guide &g) { g.tldr = QStringLiteral("Theirs entirely."); });
    mine.tldr = QStringLiteral("Ours entirely.");
    mine.sections[0].heading = QStringLiteral("A heading only we changed");
    const QByteArray before = fileHash(m_ws);
    const Result r = ws({QStringLiteral("import"), writeFile(mine, revision)});
    QCOMPARE(r.code, 1);
    // The conflict names the field and the words each side has there.
    QVERIFY2(
        r.err.contains(": tldr: conflict: this file has \"Ours\", the draft (revision 2) has \"Theirs\""),
        r.err.constData());
    QVERIFY2(r.err.contains("nothing was imported"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // Nothing written: the colleague's text stands, and so does the file.
    QCOMPARE(stored().tldr, QStringLiteral("Theirs entirely."));
    QVERIFY(stored().sections[0].heading != mine.sections[0].heading);
    QCOMPARE(fileHash(m_ws), before);
}

void TestCliConcurrent::baseFileStandsInForTheRevision()
{
    qint64 revision = 0;
    QString basePath;
    Guide mine = exportDraft(&revision, &basePath);
    otherProgramSaves([](Guide &g) { g.subject = QStringLiteral("Changed elsewhere"); });
    mine.faq[0].answer = QStringLiteral("An answer the pipeline rewrote.");
    // The edited file lost its revision key (a tool rewrote it), but the
    // original export is at hand.
    const QString edited = writeFile(mine, 0);
    Result r = ws({QStringLiteral("import"), edited});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("has no \"revision\""), r.err.constData());
    r = ws({QStringLiteral("import"), QStringLiteral("--base"), basePath, edited});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(stored().subject, QStringLiteral("Changed elsewhere"));
    QCOMPARE(stored().faq[0].answer, QStringLiteral("An answer the pipeline rewrote."));
    // --base and --replace do not go together.
    QCOMPARE(ws({QStringLiteral("import"), QStringLiteral("--base"), basePath, QStringLiteral("--replace"),
                 edited})
                 .code,
             2);
}

void TestCliConcurrent::prunedRevisionIsAClearError()
{
    qint64 revision = 0;
    Guide mine = exportDraft(&revision);
    QString error;
    {
        auto other = Workspace::open(m_ws, &error);
        auto d = other->draft(m_slug);
        for (int i = 0; i < Workspace::keptRevisions + 1; ++i) {
            d->guide.kind = QStringLiteral("Guide %1").arg(i);
            const SaveResult r = other->saveDraft(d->guide, d->revision, {});
            QVERIFY(r.ok());
            d->revision = r.revision;
        }
    }
    mine.title = QStringLiteral("Too late");
    const Result r = ws({QStringLiteral("import"), writeFile(mine, revision)});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("revision: revision 1 of \"crispr-gene-editing\" is no longer kept"),
             r.err.constData());
    QVERIFY(stored().title != mine.title);
}

void TestCliConcurrent::fileFromAnotherWorkspaceIsRefused()
{
    qint64 revision = 0;
    Guide mine = exportDraft(&revision);
    mine.title = QStringLiteral("From elsewhere");
    const Result r = ws({QStringLiteral("import"), writeFile(mine, revision + 40)});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("comes from another workspace"), r.err.constData());
}

void TestCliConcurrent::unchangedFileWithoutRevisionIsNoChange()
{
    const Result r =
        ws({QStringLiteral("import"), QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/crispr.json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("unchanged crispr-gene-editing\n"));
}

void TestCliConcurrent::importIntoAddsToWhatIsStoredNow()
{
    otherProgramSaves([](Guide &g) { g.tldr = QStringLiteral("Saved just before the import."); });
    const QString csl = m_dir->filePath(QStringLiteral("one.json"));
    QFile f(csl);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"([{"id": "brand-new", "type": "article-journal", "title": "A new source", "URL": "https://example.org/new"}])");
    f.close();
    const Result r = ws({QStringLiteral("import"), csl, QStringLiteral("--into"), m_slug});
    QVERIFY2(r.code == 0, r.err.constData());
    const Guide after = stored();
    QCOMPARE(after.tldr, QStringLiteral("Saved just before the import."));
    QVERIFY(after.sourceIndex(u"brand-new") >= 0);
}

// A program holds a workspace open (an editor's session) and opens it a second
// time in the same process (its worker, a second window). Another program then
// writes and exits: it must see the first connection and leave the WAL alone.
// Opening the file to read its header once dropped every SQLite lock the
// process held (POSIX locks go with any close of the file), the other program
// checkpointed and removed the WAL, and the next read failed with "disk I/O error".
void TestCliConcurrent::secondConnectionKeepsTheFirstsLocks()
{
    if (test::onPostgres())
        QSKIP("about SQLite's file locks");
    QString error;
    auto first = Workspace::open(m_ws, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->guide(m_slug)); // reading: it takes its share of the WAL
    for (int i = 0; i < 3; ++i) {
        auto again = Workspace::open(m_ws, &error);
        QVERIFY2(again, qPrintable(error));
    }
    otherProgramSaves([](Guide &g) { g.subject = QStringLiteral("Gene editing, saved in this process"); });
    qint64 revision = 0;
    Guide g = exportDraft(&revision);
    g.title = QStringLiteral("CRISPR, as the pipeline wrote it");
    const Result r = ws({QStringLiteral("import"), writeFile(g, revision)});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(QFileInfo::exists(m_ws + QStringLiteral("-wal")),
             "the WAL was removed under an open connection");
    const auto read = first->guide(m_slug);
    QVERIFY(read);
    QCOMPARE(read->title, g.title);
    QCOMPARE(read->subject, QStringLiteral("Gene editing, saved in this process"));
}

QTEST_GUILESS_MAIN(TestCliConcurrent)
#include "tst_cliconcurrent.moc"
