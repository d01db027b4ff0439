// Tests for `almanac import` of other formats and `almanac export --format`: the
// real binary through QProcess, on workspaces in a temporary folder.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QString sample(const QString &name)
{
    return QStringLiteral(ALMANAC_TEST_DATA "/import/") + name;
}

const QString demoWasm = QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/webassembly.json");

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pageText();
    void markdownRoundTrip();
    void intoMergesSourcesAndTimeline();
    void mergeFormatsNeedInto();
    void wholeGuideRefusesInto();
    void brokenInputChangesNothing_data();
    void brokenInputChangesNothing();
    void exportBadFormat();
    void specialFilesAreRefused_data();
    void specialFilesAreRefused();
    void specialWorkspaceIsRefused();
    void longCslKeysGetThroughPublishing();
    void fieldOverItsLimitIsNamed();

private:
    Result run(const QStringList &args, int timeoutMs = 60000) const;
    Result runWs(const QStringList &args) const
    {
        return run(QStringList{QStringLiteral("-w"), m_ws} + args);
    }
    QByteArray snapshot() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

Result TestCliImport::run(const QStringList &args, int timeoutMs) const
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("ALMANAC_WORKSPACE"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data-home")));
    e.insert(QStringLiteral("HOME"), m_dir->path());
    p.setProcessEnvironment(e);
    p.setWorkingDirectory(m_dir->path());
    p.start(QStringLiteral(ALMANAC_CLI_PATH), args);
    Result r;
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Everything a reader of the workspace sees: the list and every guide's export.
QByteArray TestCliImport::snapshot() const
{
    QByteArray all = runWs({QStringLiteral("list")}).out;
    for (const QByteArray &line : all.split('\n')) {
        const QByteArray slug = line.split('\t').first();
        if (!slug.isEmpty())
            all += runWs({QStringLiteral("export"), QString::fromUtf8(slug)}).out;
    }
    return all;
}

void TestCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(QStringLiteral("ws.almanac"));
    QCOMPARE(run({QStringLiteral("init"), m_ws}).code, 0);
    const Result r = runWs({QStringLiteral("import"), demoWasm});
    QVERIFY2(r.code == 0, r.err.constData());
}

void TestCliImport::pageText()
{
    const Result r = runWs({QStringLiteral("import"), sample(QStringLiteral("perovskites-page.txt"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("imported perovskite-solar-cells-the-cheap-crystal-challenging-silicon\n"));
    QVERIFY(r.err.contains(
        sample(QStringLiteral("perovskites-page.txt")).toUtf8() +
        ": line 41: warning: timeline entry 3 (\"Certified efficiency passes 20%\") has no date; "
        "fill it in (timeline[2].date)\n"));
    QVERIFY(runWs({QStringLiteral("list")})
                .out.contains("perovskite-solar-cells-the-cheap-crystal-challenging-silicon\t"));
}

void TestCliImport::markdownRoundTrip()
{
    const Result r = runWs({QStringLiteral("import"), sample(QStringLiteral("antikythera.md"))});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString md = m_dir->filePath(QStringLiteral("out.md"));
    QCOMPARE(runWs({QStringLiteral("export"), QStringLiteral("antikythera-mechanism"),
                    QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("-o"), md})
                 .code,
             0);
    const QByteArray json = runWs({QStringLiteral("export"), QStringLiteral("antikythera-mechanism")}).out;
    // Into a second workspace and out again: the same bytes in both forms.
    const QString ws2 = m_dir->filePath(QStringLiteral("ws2.almanac"));
    QCOMPARE(run({QStringLiteral("init"), ws2}).code, 0);
    QCOMPARE(run({QStringLiteral("-w"), ws2, QStringLiteral("import"), md}).code, 0);
    QFile f(md);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(
        run({QStringLiteral("-w"), ws2, QStringLiteral("export"), QStringLiteral("antikythera-mechanism"),
             QStringLiteral("--format"), QStringLiteral("markdown")})
            .out,
        f.readAll());
    QCOMPARE(
        run({QStringLiteral("-w"), ws2, QStringLiteral("export"), QStringLiteral("antikythera-mechanism")})
            .out,
        json);
}

void TestCliImport::intoMergesSourcesAndTimeline()
{
    Result r = runWs({QStringLiteral("import"), sample(QStringLiteral("zotero-sources.json")),
                      sample(QStringLiteral("apollo-timeline.json")), QStringLiteral("--into"),
                      QStringLiteral("webassembly")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("merged 2 file(s) into webassembly\n"));
    QVERIFY(r.err.contains("is the same source as [1]"));
    const QByteArray csl = runWs({QStringLiteral("export"), QStringLiteral("webassembly"),
                                  QStringLiteral("--format"), QStringLiteral("csl")})
                               .out;
    QVERIFY(csl.contains("\"id\": \"marlowDeepSeaMining2024\""));
    QVERIFY(csl.contains("\"id\": \"ledger-wasm-announce\""));
    const QByteArray json = runWs({QStringLiteral("export"), QStringLiteral("webassembly")}).out;
    QVERIFY(json.contains("\"title\": \"Apollo 11 lands\""));
}

void TestCliImport::mergeFormatsNeedInto()
{
    const QByteArray before = snapshot();
    const Result r = runWs({QStringLiteral("import"), sample(QStringLiteral("zotero-sources.json"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("zotero-sources.json: CSL-JSON sources go into a guide: add --into SLUG"));
    QCOMPARE(snapshot(), before);
}

void TestCliImport::wholeGuideRefusesInto()
{
    const Result r = runWs({QStringLiteral("import"), sample(QStringLiteral("antikythera.md")),
                            QStringLiteral("--into"), QStringLiteral("webassembly")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("is a whole guide"));
    const Result unknown = runWs({QStringLiteral("import"), sample(QStringLiteral("zotero-sources.json")),
                                  QStringLiteral("--into"), QStringLiteral("no-such-guide")});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains("no guide with the slug \"no-such-guide\""));
}

void TestCliImport::brokenInputChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("into");
    QTest::addColumn<QString>("place");
    const QDir dir(QStringLiteral(ALMANAC_TEST_DATA "/import"));
    for (const QString &name : dir.entryList({QStringLiteral("broken-*")}, QDir::Files, QDir::Name)) {
        const bool into =
            name.startsWith(QLatin1String("broken-csl")) || name.startsWith(QLatin1String("broken-tl"));
        QTest::newRow(qPrintable(name)) << name << into << QString();
    }
}

void TestCliImport::brokenInputChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(bool, into);
    const QByteArray before = snapshot();
    // A good file beside the broken one: all or nothing.
    QStringList args{
        QStringLiteral("import"),
        sample(into ? QStringLiteral("zotero-sources.json") : QStringLiteral("perovskites-page.txt")),
        sample(file)};
    if (into)
        args << QStringLiteral("--into") << QStringLiteral("webassembly");
    const Result r = runWs(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("almanac: " + sample(file).toUtf8() + ": "), r.err.constData());
    QVERIFY(r.err.contains("nothing was imported"));
    QCOMPARE(snapshot(), before);
}

void TestCliImport::exportBadFormat()
{
    const Result r = runWs({QStringLiteral("export"), QStringLiteral("webassembly"),
                            QStringLiteral("--format"), QStringLiteral("pdf")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("export --format takes json, markdown or csl"));
    QVERIFY(r.out.isEmpty());
}

void TestCliImport::specialFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("into");
    for (const bool into : {false, true}) {
        const char *how = into ? ", --into" : "";
        QTest::addRow("/dev/zero%s", how) << "zero"
                                          << "is a character device, not a regular file" << into;
        QTest::addRow("a named pipe%s", how) << "fifo"
                                             << "is a named pipe (FIFO), not a regular file" << into;
        QTest::addRow("a link to /dev/zero%s", how) << "zero link"
                                                    << "is a symbolic link to a character device" << into;
        QTest::addRow("a link to a pipe%s", how) << "fifo link"
                                                 << "is a symbolic link to a named pipe (FIFO)" << into;
    }
}

void TestCliImport::specialFilesAreRefused()
{
    // The issue: `almanac import /dev/zero` read without end and a pipe blocked. Both are refused
    // before they are opened, whatever their name, with the file named.
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QFETCH(bool, into);
    const QString fifo = m_dir->filePath(QStringLiteral("guide.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QString file = kind.startsWith(QLatin1String("zero")) ? QStringLiteral("/dev/zero") : fifo;
    if (kind.endsWith(QLatin1String(" link"))) {
        const QString link = m_dir->filePath(QStringLiteral("link.json"));
        QVERIFY(QFile::link(file, link));
        file = link;
    }
    const QByteArray before = snapshot();
    QStringList args{QStringLiteral("import"), file};
    if (into)
        args << QStringLiteral("--into") << QStringLiteral("webassembly");
    const Result r = run(QStringList{QStringLiteral("-w"), m_ws} + args, 20000);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(file.toUtf8() + ": " + message.toUtf8()), r.err.constData());
    QCOMPARE(snapshot(), before);
}

void TestCliImport::specialWorkspaceIsRefused()
{
    const QString fifo = m_dir->filePath(QStringLiteral("pipe.almanac"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Result r = run({QStringLiteral("-w"), fifo, QStringLiteral("list")}, 20000);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(fifo.toUtf8() + ": is a named pipe (FIFO), not an Almanac workspace"),
             r.err.constData());
}

void TestCliImport::longCslKeysGetThroughPublishing()
{
    // The issue: two CSL items with one 200-character id became a 202-character key that
    // import, lint and snapshot let through and only publish, export --version and diff refused.
    const QString id(200, u'z');
    const QString csl = m_dir->filePath(QStringLiteral("long.json"));
    QFile f(csl);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        QStringLiteral(R"([{"id": "%1", "title": "One"}, {"id": "%1", "title": "Two"}])").arg(id).toUtf8());
    f.close();
    Result r =
        runWs({QStringLiteral("import"), QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/crispr.json"),
               QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/euro-banknotes.json")});
    QVERIFY2(r.code == 0, r.err.constData()); // the guides webassembly relates to
    r = runWs({QStringLiteral("import"), csl, QStringLiteral("--into"), QStringLiteral("webassembly")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("\"" + QByteArray(198, 'z') + "-2\""), r.err.constData());
    r = runWs({QStringLiteral("snapshot"), QStringLiteral("webassembly"), QStringLiteral("-m"),
               QStringLiteral("v1")});
    QVERIFY2(r.code == 0, r.err.constData());
    for (const char *step : {"--submit", "--approve"}) {
        r = runWs({QStringLiteral("review"), QStringLiteral("webassembly"), QStringLiteral("v1"),
                   QString::fromLatin1(step)});
        QVERIFY2(r.code == 0, r.err.constData());
    }
    r = runWs({QStringLiteral("publish"), QStringLiteral("webassembly"), QStringLiteral("v1"),
               QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = runWs({QStringLiteral("export"), QStringLiteral("webassembly"), QStringLiteral("--version"),
               QStringLiteral("v1")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("\"key\": \"" + QByteArray(198, 'z') + "-2\""));
    r = runWs({QStringLiteral("diff"), QStringLiteral("webassembly"), QStringLiteral("v1")});
    QVERIFY2(r.code == 0, r.err.constData());
}

void TestCliImport::fieldOverItsLimitIsNamed()
{
    QFile demo(demoWasm);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray json = demo.readAll();
    const QByteArray body = "\"body\": \"";
    json.insert(json.indexOf(body) + body.size(), QByteArray(1200 * 1024, 'x'));
    const QString big = m_dir->filePath(QStringLiteral("big.json"));
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const QByteArray before = snapshot();
    const Result r = runWs({QStringLiteral("import"), big});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(big.toUtf8() +
                            ": sections[0].body: 1.2 MiB of Markdown; a field like this may hold "
                            "at most 1.0 MiB"),
             r.err.constData());
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
