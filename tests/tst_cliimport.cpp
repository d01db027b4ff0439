// Tests for `almanac import` of other formats and `almanac export --format`: the
// real binary through QProcess, on workspaces in a temporary folder.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
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
    void badItemsAreSkipped();
    void strictIsAllOrNothing();
    void notCslIsRefused();
    void singleCslItem();
    void contentFolder();
    void cslOutEqualsCslIn();
    void contentFolderStrict();

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
    // --strict: an item that cannot be taken refuses every file, as a broken file does.
    if (into)
        args << QStringLiteral("--into") << QStringLiteral("webassembly") << QStringLiteral("--strict");
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

// One item that cannot be taken is one message with its file and place; the rest
// come in, and the exit status says something was left out.
void TestCliImport::badItemsAreSkipped()
{
    const QString csl = sample(QStringLiteral("csl-partly-bad.json"));
    const QString tl = sample(QStringLiteral("tl-partly-bad.json"));
    const Result r =
        runWs({QStringLiteral("import"), csl, tl, QStringLiteral("--into"), QStringLiteral("webassembly")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QByteArray("merged 2 file(s) into webassembly\n"));
    for (const QByteArray &line :
         {csl.toUtf8() + ": [1].title: error: expected a string, found an array; [1] was skipped\n",
          csl.toUtf8() +
              ": [2].custom.relevance: error: expected a whole number from 1 to 10; [2] was skipped\n",
          csl.toUtf8() + ": [3]: error: expected a CSL item (an object), found a number; [3] was skipped\n",
          tl.toUtf8() + ": events[1].start_date.year: error: expected a whole number, found \"nineteen\"; "
                        "events[1] was skipped\n",
          QByteArray("almanac: 5 item(s) could not be taken and were skipped")})
        QVERIFY2(r.err.contains(line), r.err.constData());
    const QByteArray out = runWs({QStringLiteral("export"), QStringLiteral("webassembly"),
                                  QStringLiteral("--format"), QStringLiteral("csl")})
                               .out;
    QVERIFY(out.contains("\"id\": \"first-good\""));
    QVERIFY(out.contains("\"id\": \"last-good\""));
    QVERIFY(!out.contains("bad-title"));
    const QByteArray json = runWs({QStringLiteral("export"), QStringLiteral("webassembly")}).out;
    QVERIFY(json.contains("\"date\": \"-0500/-0480\""));
    QVERIFY(json.contains("\"title\": \"Good one\""));
}

void TestCliImport::strictIsAllOrNothing()
{
    const QByteArray before = snapshot();
    const QString csl = sample(QStringLiteral("csl-partly-bad.json"));
    const Result r =
        runWs({QStringLiteral("import"), sample(QStringLiteral("zotero-sources.json")), csl,
               QStringLiteral("--into"), QStringLiteral("webassembly"), QStringLiteral("--strict")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("almanac: " + csl.toUtf8() +
                            ": [1].title: expected a string, found an array; [1] was skipped\n"),
             r.err.constData());
    QVERIFY(r.err.contains("nothing was imported (--strict: 3 item(s) could not be taken)"));
    QCOMPARE(snapshot(), before);
}

void TestCliImport::notCslIsRefused()
{
    const QByteArray before = snapshot();
    const QString file = sample(QStringLiteral("not-csl-array.json"));
    const Result r =
        runWs({QStringLiteral("import"), file, QStringLiteral("--into"), QStringLiteral("webassembly")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("almanac: " + file.toUtf8() +
                            ": not CSL-JSON: an array of 2 object(s) with none of CSL's keys"),
             r.err.constData());
    QCOMPARE(snapshot(), before);
}

void TestCliImport::singleCslItem()
{
    const Result r = runWs({QStringLiteral("import"), sample(QStringLiteral("csl-single-item.json")),
                            QStringLiteral("--into"), QStringLiteral("webassembly")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray csl = runWs({QStringLiteral("export"), QStringLiteral("webassembly"),
                                  QStringLiteral("--format"), QStringLiteral("csl")})
                               .out;
    QVERIFY(csl.contains("\"reference-count\": 31"));
    QVERIFY(csl.contains("\"DOI\": \"10.5555/single.2020.7\""));
}

// A site's whole content/ folder in one command: every Markdown file, those that
// cannot be read named and skipped, and a summary.
void TestCliImport::contentFolder()
{
    const QString dir = sample(QStringLiteral("hugo-content"));
    const Result r = runWs({QStringLiteral("import"), dir});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("almanac: " + dir.toUtf8() +
                            "/posts/broken.md: line 3: front matter: YAML syntax "
                            "error"),
             r.err.constData());
    QVERIFY(r.err.contains("; skipped\n"));
    QVERIFY2(r.out.contains("imported the-made-up-site\n"), r.out.constData());
    QVERIFY(r.out.contains("imported first-post\n"));
    QVERIFY(r.out.contains("imported a-page-bundle\n"));
    QVERIFY(r.out.contains("read 4 Markdown file(s) from " + dir.toUtf8() +
                           ": 3 guide(s) imported, 1 skipped\n"));
    const QByteArray bundle = runWs({QStringLiteral("export"), QStringLiteral("a-page-bundle")}).out;
    QVERIFY(bundle.contains("\"heading\": \"Heading one\""));
    QVERIFY(bundle.contains("\"created\": \"2021-05-06T00:00:00Z\""));
}

void TestCliImport::contentFolderStrict()
{
    const QByteArray before = snapshot();
    const QString dir = sample(QStringLiteral("hugo-content"));
    const Result r = runWs({QStringLiteral("import"), dir, QStringLiteral("--strict")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("almanac: " + dir.toUtf8() + "/posts/broken.md: line 3: "), r.err.constData());
    QVERIFY(r.err.contains("nothing was imported"));
    QCOMPARE(snapshot(), before);
}

// CSL-JSON out of `export --format csl` and out of a published bundle's
// sources.json equals what came in, field by field; pandoc reads it.
void TestCliImport::cslOutEqualsCslIn()
{
    const QString file = sample(QStringLiteral("csl-scholarly.json"));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QJsonArray items = QJsonDocument::fromJson(in.readAll()).array();
    // A guide of its own, so that nothing but its sources stands between it and publishing.
    const QString guideFile = m_dir->filePath(QStringLiteral("refs.json"));
    QFile g(guideFile);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(R"({"format": "almanac-guide/1", "slug": "refs", "title": "References", "tldr": "Sources."})");
    g.close();
    QCOMPARE(runWs({QStringLiteral("import"), guideFile}).code, 0);
    Result r = runWs({QStringLiteral("import"), file, QStringLiteral("--into"), QStringLiteral("refs")});
    QVERIFY2(r.code == 0, r.err.constData());
    auto check = [&](const QByteArray &json, const char *what) {
        QHash<QString, QJsonObject> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
            out.insert(v[QStringLiteral("id")].toString(), v.toObject());
        for (const QJsonValue &v : items) {
            QJsonObject expected = v.toObject();
            // The one change: a DOI given as a URL is kept bare.
            expected.insert(
                QStringLiteral("DOI"),
                expected.value(QLatin1String("DOI")).toString().remove(QStringLiteral("https://doi.org/")));
            if (expected.value(QLatin1String("DOI")).toString().isEmpty())
                expected.remove(QStringLiteral("DOI"));
            const QString id = expected.value(QLatin1String("id")).toString();
            QVERIFY2(out.contains(id), qPrintable(QLatin1String(what) + u' ' + id));
            QCOMPARE(out.value(id), expected);
        }
    };
    const QByteArray exported = runWs({QStringLiteral("export"), QStringLiteral("refs"),
                                       QStringLiteral("--format"), QStringLiteral("csl")})
                                    .out;
    check(exported, "export");
    // Published and bundled: sources.json says the same.
    QCOMPARE(runWs({QStringLiteral("snapshot"), QStringLiteral("refs"), QStringLiteral("-m"),
                    QStringLiteral("csl")})
                 .code,
             0);
    QCOMPARE(runWs({QStringLiteral("review"), QStringLiteral("refs"), QStringLiteral("v1"),
                    QStringLiteral("--submit")})
                 .code,
             0);
    QCOMPARE(runWs({QStringLiteral("review"), QStringLiteral("refs"), QStringLiteral("v1"),
                    QStringLiteral("--approve")})
                 .code,
             0);
    r = runWs(
        {QStringLiteral("publish"), QStringLiteral("refs"), QStringLiteral("v1"), QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString site = m_dir->filePath(QStringLiteral("site"));
    r = runWs({QStringLiteral("bundle"), QStringLiteral("refs"), QStringLiteral("-o"), site});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile sources(site + QStringLiteral("/guides/refs/sources.json"));
    QVERIFY(sources.open(QIODevice::ReadOnly));
    check(sources.readAll(), "bundle");
    // pandoc reads every item, with its type, identifiers and names.
    const QString pandoc = QStandardPaths::findExecutable(QStringLiteral("pandoc"));
    if (pandoc.isEmpty())
        QSKIP("pandoc is not installed (apt-get install pandoc)");
    QProcess p;
    p.start(pandoc, {QStringLiteral("-f"), QStringLiteral("csljson"), QStringLiteral("-t"),
                     QStringLiteral("csljson"), sources.fileName()});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QHash<QString, QJsonObject> read;
    for (const QJsonValue &v : QJsonDocument::fromJson(p.readAllStandardOutput()).array())
        read.insert(v[QStringLiteral("id")].toString(), v.toObject());
    const QJsonObject article = read.value(QStringLiteral("10.5555/tidal.2019.042"));
    QCOMPARE(article[QStringLiteral("type")].toString(), QStringLiteral("article-journal"));
    QCOMPARE(article[QStringLiteral("DOI")].toString(), QStringLiteral("10.5555/tidal.2019.042"));
    QCOMPARE(article[QStringLiteral("volume")].toString(), QStringLiteral("12"));
    QCOMPARE(article[QStringLiteral("author")].toArray().size(), 3);
    QCOMPARE(read.value(QStringLiteral("field-guide-2003"))[QStringLiteral("ISBN")].toString(),
             QStringLiteral("978-0-00-000000-2"));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
