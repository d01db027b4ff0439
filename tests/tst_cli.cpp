// Tests for the `almanac` command: the real binary through QProcess, on real
// workspaces in a temporary folder.

#include "io/guidefile.h"
#include "store/workspace.h"
#include "testbackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
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

QString fixture(const QString &name)
{
    return QStringLiteral(ALMANAC_TEST_DATA "/cli/") + name;
}

QString demo(const QString &name)
{
    return QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

const QStringList demoFiles = {QStringLiteral("crispr.json"), QStringLiteral("euro-banknotes.json"),
                               QStringLiteral("webassembly.json")};
const QStringList demoSlugs = {QStringLiteral("crispr-gene-editing"), QStringLiteral("euro-introduction"),
                               QStringLiteral("webassembly")};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void help();
    void initCreatesWorkspace();
    void initErrors();
    void importSeveralFiles();
    void exportCanonicalBytes_data();
    void exportCanonicalBytes();
    void exportToFile();
    void exportUnwritableOutput();
    void list();
    void search();
    void lintClean();
    void lintError();
    void renderToStdout();
    void renderToFile();
    void renderHostileContent();
    void badUsage_data();
    void badUsage();
    void importFailureChangesNothing_data();
    void importFailureChangesNothing();
    void importSameIdReplacesDraft();
    void unknownSlug_data();
    void unknownSlug();
    void badWorkspacePath_data();
    void badWorkspacePath();
    void environmentWorkspace();
    void defaultWorkspace();

private:
    Result run(const QStringList &args, const QHash<QString, QString> &env = {}) const;
    Result runWs(const QStringList &args) const
    {
        return run(QStringList{QStringLiteral("-w"), m_ws} + args);
    }
    void makeWorkspace(const QStringList &files = {});
    QString m_ws;
    QString m_dataHome;
    std::unique_ptr<QTemporaryDir> m_dir;
};

Result TestCli::run(const QStringList &args, const QHash<QString, QString> &env) const
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("ALMANAC_WORKSPACE"));
    // Keep the default workspace inside the test folder, never in a real home.
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
    e.insert(QStringLiteral("HOME"), m_dir->path());
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setWorkingDirectory(m_dir->path());
    p.start(QStringLiteral(ALMANAC_CLI_PATH), args);
    Result r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        qWarning("almanac %s did not finish normally", qPrintable(args.join(u' ')));
        return r;
    }
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = test::newWorkspaceLocation(m_dir->path(), QStringLiteral("ws.almanac"));
    m_dataHome = m_dir->filePath(QStringLiteral("data-home"));
}

void TestCli::makeWorkspace(const QStringList &files)
{
    Result r = run({QStringLiteral("init"), m_ws});
    QCOMPARE(r.code, 0);
    if (!files.isEmpty()) {
        r = runWs(QStringList{QStringLiteral("import")} + files);
        QVERIFY2(r.code == 0, r.err.constData());
    }
}

void TestCli::help()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("Usage: almanac"));
    QVERIFY(r.out.contains("import FILE..."));
    QVERIFY(r.err.isEmpty());
}

void TestCli::initCreatesWorkspace()
{
    const Result r = run({QStringLiteral("init"), m_ws});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("made workspace " + m_ws.toUtf8() + "\n"));
    QVERIFY(r.err.isEmpty());
    QString error;
    auto ws = Workspace::open(m_ws, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(ws->guides().isEmpty());
    ws.reset();
    const Result listed = runWs({QStringLiteral("list")});
    QCOMPARE(listed.code, 0);
    QVERIFY(listed.out.isEmpty());
}

void TestCli::initErrors()
{
    makeWorkspace({fixture(QStringLiteral("tidal-power.json"))});
    const QByteArray before = test::workspaceState(m_ws);

    Result r = run({QStringLiteral("init"), m_ws});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(m_ws.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains(test::onPostgres() ? "already an Almanac workspace" : "already exists"),
             r.err.constData());
    QCOMPARE(test::workspaceState(m_ws), before);
    if (test::onPostgres())
        return; // the rest is about files

    const QString inMissing = m_dir->filePath(QStringLiteral("missing/ws.almanac"));
    r = run({QStringLiteral("init"), inMissing});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(inMissing.toUtf8()), r.err.constData());
    QVERIFY(!QFileInfo::exists(inMissing));
}

void TestCli::importSeveralFiles()
{
    makeWorkspace();
    QStringList files;
    for (const QString &f : demoFiles)
        files << demo(f);
    files << fixture(QStringLiteral("tidal-power.json")) << fixture(QStringLiteral("sourdough.json"));
    const Result r = runWs(QStringList{QStringLiteral("import")} + files);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.out, QByteArray("imported crispr-gene-editing\n"
                               "imported euro-introduction\n"
                               "imported webassembly\n"
                               "imported tidal-power\n"
                               "imported sourdough-fermentation\n"));
    QString error;
    auto ws = Workspace::open(m_ws, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->guides().size(), 5);
    const auto tidal = ws->guide(QStringLiteral("tidal-power"));
    QVERIFY(tidal);
    QCOMPARE(*tidal, *guidefile::readFile(fixture(QStringLiteral("tidal-power.json")), &error));
}

void TestCli::exportCanonicalBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("slug");
    for (qsizetype i = 0; i < demoFiles.size(); ++i)
        QTest::newRow(qPrintable(demoSlugs[i])) << demo(demoFiles[i]) << demoSlugs[i];
    QTest::newRow("tidal-power") << fixture(QStringLiteral("tidal-power.json"))
                                 << QStringLiteral("tidal-power");
    QTest::newRow("sourdough") << fixture(QStringLiteral("sourdough.json"))
                               << QStringLiteral("sourdough-fermentation");
}

void TestCli::exportCanonicalBytes()
{
    QFETCH(QString, file);
    QFETCH(QString, slug);
    makeWorkspace({file});
    const Result r = runWs({QStringLiteral("export"), slug});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // The file's bytes, with the draft's revision after the format.
    QByteArray expected = readAll(file);
    QVERIFY(!expected.isEmpty());
    expected.replace("\"format\": \"almanac-guide/1\",\n",
                     "\"format\": \"almanac-guide/1\",\n  \"revision\": 1,\n");
    QCOMPARE(r.out, expected);
}

void TestCli::exportToFile()
{
    const QString input = fixture(QStringLiteral("tidal-power.json"));
    makeWorkspace({input});
    const QString out = m_dir->filePath(QStringLiteral("out.json"));
    Result r = runWs({QStringLiteral("export"), QStringLiteral("tidal-power"), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // The input's bytes, with the draft's revision after the format.
    const QByteArray expected = readAll(input).replace(
        "\"format\": \"almanac-guide/1\",\n", "\"format\": \"almanac-guide/1\",\n  \"revision\": 1,\n");
    QCOMPARE(readAll(out), expected);

    // -o before the command, and overwriting an existing file.
    QFile stale(out);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("stale");
    stale.close();
    r = run({QStringLiteral("-w"), m_ws, QStringLiteral("--output"), out, QStringLiteral("export"),
             QStringLiteral("tidal-power")});
    QCOMPARE(r.code, 0);
    QCOMPARE(readAll(out), expected);

    // "-o -" is standard output.
    r = runWs(
        {QStringLiteral("export"), QStringLiteral("tidal-power"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, expected);
}

void TestCli::exportUnwritableOutput()
{
    makeWorkspace({fixture(QStringLiteral("tidal-power.json"))});
    const QString out = m_dir->filePath(QStringLiteral("no-such-folder/out.json"));
    const Result r =
        runWs({QStringLiteral("export"), QStringLiteral("tidal-power"), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(out.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("cannot write"), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::list()
{
    makeWorkspace({fixture(QStringLiteral("tidal-power.json")), fixture(QStringLiteral("sourdough.json")),
                   demo(QStringLiteral("webassembly.json"))});
    const Result r = runWs({QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // Sorted by title.
    QCOMPARE(QString::fromUtf8(r.out),
             QStringLiteral("sourdough-fermentation\tSourdough: How Wild Yeast Raises Bread\tdraft\t-\n"
                            "tidal-power\tTidal Power: Turning the Moon's Pull Into Electricity\tdraft\t-\n"
                            "webassembly\tWebAssembly: How a Compact Bytecode Grew From Browser Speed-Up to "
                            "Universal Runtime\tdraft\t-\n"));
}

void TestCli::search()
{
    QStringList files;
    for (const QString &f : demoFiles)
        files << demo(f);
    files << fixture(QStringLiteral("tidal-power.json")) << fixture(QStringLiteral("sourdough.json"));
    makeWorkspace(files);

    Result r = runWs({QStringLiteral("search"), QStringLiteral("cafe")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.last().isEmpty());
    const QList<QByteArray> fields = lines[0].split('\t');
    QCOMPARE(fields.size(), 3);
    QVERIFY(fields[0].toDouble() > 0);
    QCOMPARE(fields[1], QByteArray("tidal-power"));
    QCOMPARE(fields[2], QByteArray("Tidal Power: Turning the Moon's Pull Into Electricity"));

    // Several words, several query arguments, best first, limited.
    r = runWs({QStringLiteral("search"), QStringLiteral("the")});
    QCOMPARE(r.code, 0);
    const int all = int(r.out.count('\n'));
    QVERIFY(all >= 3);
    r = runWs(
        {QStringLiteral("search"), QStringLiteral("the"), QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count('\n'), 2);
    double previous = 1e300;
    r = runWs({QStringLiteral("search"), QStringLiteral("the")});
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const double score = line.split('\t').value(0).toDouble();
        QVERIFY(score <= previous);
        previous = score;
    }

    r = runWs({QStringLiteral("search"), QStringLiteral("wild"), QStringLiteral("yeast")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("\tsourdough-fermentation\t"));
    QCOMPARE(r.out.count('\n'), 1);

    r = runWs({QStringLiteral("search"), QStringLiteral("--prefix"), QStringLiteral("sourd")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("\tsourdough-fermentation\t"));
    r = runWs({QStringLiteral("search"), QStringLiteral("sourd")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());

    r = runWs({QStringLiteral("search"), QStringLiteral("zzzyzzx")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.isEmpty());

    for (const QString &hostile :
         {QStringLiteral("NEAR("), QStringLiteral("\"unbalanced"), QStringLiteral("title:x OR"),
          QStringLiteral("*"), QStringLiteral("(a AND")}) {
        r = runWs({QStringLiteral("search"), hostile});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
}

void TestCli::lintClean()
{
    QStringList files;
    for (const QString &f : demoFiles)
        files << demo(f);
    files << fixture(QStringLiteral("tidal-power.json")) << fixture(QStringLiteral("sourdough.json"));
    makeWorkspace(files);
    Result r = runWs({QStringLiteral("lint")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QCOMPARE(r.err, QByteArray("5 guide(s) checked: 0 error(s), 0 warning(s)\n"));

    r = runWs({QStringLiteral("lint"), QStringLiteral("tidal-power"), QStringLiteral("webassembly")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QByteArray("2 guide(s) checked: 0 error(s), 0 warning(s)\n"));
}

void TestCli::lintError()
{
    makeWorkspace(
        {fixture(QStringLiteral("tidal-power.json")), fixture(QStringLiteral("undefined-citation.json"))});
    Result r = runWs({QStringLiteral("lint"), QStringLiteral("undefined-citation")});
    QCOMPARE(r.code, 1);
    QCOMPARE(
        QString::fromUtf8(r.out),
        QStringLiteral("undefined-citation: tldr: error: cites \"ghost-source\", which no source has as its "
                       "key [undefined-citation]\n"
                       "undefined-citation: sources[0]: warning: source \"real-source\" is never cited "
                       "[uncited-source]\n"));
    QCOMPARE(r.err, QByteArray("1 guide(s) checked: 1 error(s), 1 warning(s)\n"));

    // The whole workspace: one bad guide is enough for exit 1.
    r = runWs({QStringLiteral("lint")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("undefined-citation: tldr: error:"));
    QVERIFY(!r.out.contains("tidal-power:"));

    // A clean guide alone is fine.
    r = runWs({QStringLiteral("lint"), QStringLiteral("tidal-power")});
    QCOMPARE(r.code, 0);

    // A file that is not in the workspace is linted under its own name.
    const QString file = fixture(QStringLiteral("undefined-citation.json"));
    QString error;
    auto ws = Workspace::open(m_ws, &error);
    QVERIFY(ws);
    QVERIFY(ws->removeGuide(QStringLiteral("undefined-citation")).ok());
    ws.reset();
    r = runWs({QStringLiteral("lint"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith(file.toUtf8() + ": tldr: error: "), r.out.constData());

    // A broken file cannot be linted: exit 2, naming the file and place.
    r = runWs({QStringLiteral("lint"), fixture(QStringLiteral("malformed-type.json"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("malformed-type.json: sections[1].heading:"), r.err.constData());

    r = runWs({QStringLiteral("lint"), QStringLiteral("no-such-guide")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no-such-guide"), r.err.constData());
}

void TestCli::renderToStdout()
{
    makeWorkspace({fixture(QStringLiteral("tidal-power.json")), fixture(QStringLiteral("sourdough.json"))});
    const Result r = runWs({QStringLiteral("render"), QStringLiteral("tidal-power")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY(r.out.contains("<html"));
    QVERIFY(r.out.contains("</html>"));
    QVERIFY(r.out.contains("Tidal Power: Turning the Moon"));
    QVERIFY(r.out.contains("Pull Into Electricity"));
    QVERIFY(r.out.contains("How a barrage works"));
    QVERIFY(r.out.contains("Harbour Gazette"));
    QVERIFY(!r.out.contains("<script>"));

    // The related guide's title comes from the workspace.
    const Result s = runWs({QStringLiteral("render"), QStringLiteral("sourdough-fermentation")});
    QCOMPARE(s.code, 0);
    QVERIFY(s.out.contains("Sourdough: How Wild Yeast Raises Bread"));
    QVERIFY(s.out.contains("Tidal Power: Turning the Moon"));
}

void TestCli::renderToFile()
{
    makeWorkspace({fixture(QStringLiteral("tidal-power.json"))});
    const QString out = m_dir->filePath(QStringLiteral("page.html"));
    const Result r =
        runWs({QStringLiteral("render"), QStringLiteral("tidal-power"), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QByteArray page = readAll(out);
    QVERIFY(page.contains("<html"));
    QVERIFY(page.contains("Tidal Power: Turning the Moon"));
    QVERIFY(page.contains("Pull Into Electricity"));
}

void TestCli::renderHostileContent()
{
    makeWorkspace({fixture(QStringLiteral("hostile.json"))});
    const Result r = runWs({QStringLiteral("render"), QStringLiteral("hostile-markup")});
    QCOMPARE(r.code, 0);
    const QByteArray page = r.out;
    QVERIFY(page.contains("<html"));
    QVERIFY(page.contains("Hostile"));
    // The only script elements are the page's own JSON-LD blocks.
    const QByteArray lower = page.toLower();
    static const QRegularExpression scriptTag(
        QStringLiteral("<script(?![^>]*type=\"application/ld\\+json\")"),
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!scriptTag.match(QString::fromUtf8(page)).hasMatch(), page.constData());
    QCOMPARE(lower.count("<script"), lower.count("</script>"));
    QVERIFY(!page.contains("<script>"));
    QVERIFY(!lower.contains("<script>alert"));
    QVERIFY(!lower.contains("<iframe"));
    QVERIFY(!lower.contains("<img src=x"));
    QVERIFY(!lower.contains("onclick="));
    QVERIFY(!lower.contains("href=\"javascript:"));
    QVERIFY(!lower.contains("evil.example/x.js\"></script>"));
    // The hostile title is shown, escaped.
    QVERIFY(page.contains("Hostile &lt;/script&gt;&lt;script&gt;alert("));
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("OUT");
    QTest::newRow("no command") << QStringList{} << "no command given";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << "unknown command \"frobnicate\"";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")}
                                    << "bogus";
    QTest::newRow("-w without value") << QStringList{QStringLiteral("list"), QStringLiteral("-w")} << "-w";
    QTest::newRow("init without path") << QStringList{QStringLiteral("init")} << "init takes one PATH";
    QTest::newRow("init with two paths")
        << QStringList{QStringLiteral("init"), QStringLiteral("a"), QStringLiteral("b")}
        << "init takes one PATH";
    QTest::newRow("import without files")
        << QStringList{QStringLiteral("import")} << "import takes one or more FILEs";
    QTest::newRow("export without slug") << QStringList{QStringLiteral("export")} << "export takes one SLUG";
    QTest::newRow("export two slugs")
        << QStringList{QStringLiteral("export"), QStringLiteral("a"), QStringLiteral("b")}
        << "export takes one SLUG";
    QTest::newRow("render without slug") << QStringList{QStringLiteral("render")} << "render takes one SLUG";
    QTest::newRow("search without query") << QStringList{QStringLiteral("search")} << "search takes a QUERY";
    QTest::newRow("list with argument")
        << QStringList{QStringLiteral("list"), QStringLiteral("extra")} << "list takes no arguments";
    QTest::newRow("-o with list") << QStringList{QStringLiteral("list"), QStringLiteral("-o"), out}
                                  << "-o goes with export and render, not list";
    QTest::newRow("-o with import") << QStringList{QStringLiteral("import"), QStringLiteral("x.json"),
                                                   QStringLiteral("-o"), out}
                                    << "-o goes with export and render, not import";
    QTest::newRow("--limit 0") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                              QStringLiteral("--limit"), QStringLiteral("0")}
                               << "--limit takes a whole number above 0";
    QTest::newRow("--limit -3") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                               QStringLiteral("--limit=-3")}
                                << "--limit takes a whole number above 0";
    QTest::newRow("--limit abc") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                                QStringLiteral("--limit"), QStringLiteral("abc")}
                                 << "--limit takes a whole number above 0";
    QTest::newRow("--limit with list")
        << QStringList{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")}
        << "--limit and --prefix go with search, not list";
    QTest::newRow("--prefix with export")
        << QStringList{QStringLiteral("export"), QStringLiteral("x"), QStringLiteral("--prefix")}
        << "--limit and --prefix go with search, not export";
}

void TestCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    makeWorkspace({fixture(QStringLiteral("tidal-power.json"))});
    const QByteArray before = test::workspaceState(m_ws);
    for (QString &a : args) {
        if (a == QLatin1String("OUT"))
            a = m_dir->filePath(QStringLiteral("out.txt"));
    }
    const Result r = runWs(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(r.err.startsWith("almanac: "), r.err.constData());
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("almanac --help"), r.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out.txt"))));
    QVERIFY(!QFileInfo::exists(m_dataHome)); // no default workspace was made
    QCOMPARE(test::workspaceState(m_ws), before);

    // Without -w too.
    const Result bare = run(args);
    QCOMPARE(bare.code, 2);
    QVERIFY(bare.err.contains(message.toUtf8()));
}

void TestCli::importFailureChangesNothing_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("messages");
    const QString malformed = fixture(QStringLiteral("malformed-type.json"));
    const QString syntax = fixture(QStringLiteral("syntax-error.json"));
    const QString collision = fixture(QStringLiteral("slug-collision.json"));
    const QString tidal = fixture(QStringLiteral("tidal-power.json"));
    const QString sourdough = fixture(QStringLiteral("sourdough.json"));
    const QString revised = fixture(QStringLiteral("tidal-power-revised.json"));
    const QString missing = fixture(QStringLiteral("no-such-file.json"));
    QTest::newRow("wrong type") << QStringList{malformed}
                                << QStringList{malformed +
                                                   QStringLiteral(": sections[1].heading: expected a string, "
                                                                  "found a number"),
                                               QStringLiteral("nothing was imported")};
    QTest::newRow("syntax error") << QStringList{syntax}
                                  << QStringList{syntax + QStringLiteral(": line "),
                                                 QStringLiteral("JSON syntax error")};
    QTest::newRow("one bad of several") << QStringList{tidal, malformed, sourdough}
                                        << QStringList{malformed + QStringLiteral(": sections[1].heading"),
                                                       QStringLiteral("nothing was imported")};
    QTest::newRow("two bad of several") << QStringList{syntax, tidal, malformed}
                                        << QStringList{syntax + QStringLiteral(": line "),
                                                       malformed + QStringLiteral(": sections[1].heading")};
    QTest::newRow("slug collision") << QStringList{tidal, collision}
                                    << QStringList{collision +
                                                       QStringLiteral(": slug: \"webassembly\" belongs to "
                                                                      "another guide in the workspace"),
                                                   QStringLiteral("nothing was imported")};
    QTest::newRow("same slug twice") << QStringList{tidal, revised}
                                     << QStringList{revised +
                                                    QStringLiteral(": slug: \"tidal-power\" is also the "
                                                                   "slug of ") +
                                                    tidal};
    QTest::newRow("missing file") << QStringList{tidal, missing}
                                  << QStringList{missing + QStringLiteral(": cannot read")};
    QTest::newRow("folder") << QStringList{QStringLiteral(ALMANAC_TEST_DATA "/cli")}
                            << QStringList{QStringLiteral(
                                   ALMANAC_TEST_DATA "/cli: a folder with no Markdown files (.md, .markdown) "
                                                     "in it")};
}

void TestCli::importFailureChangesNothing()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, messages);
    makeWorkspace({demo(QStringLiteral("webassembly.json")), demo(QStringLiteral("crispr.json"))});
    const Result listBefore = runWs({QStringLiteral("list")});
    QCOMPARE(listBefore.code, 0);
    QCOMPARE(listBefore.out.count('\n'), 2);
    const QByteArray webassemblyBefore = runWs({QStringLiteral("export"), QStringLiteral("webassembly")}).out;
    const QByteArray before = test::workspaceState(m_ws);

    const Result r = runWs(QStringList{QStringLiteral("import")} + files);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    for (const QString &m : messages)
        QVERIFY2(r.err.contains(m.toUtf8()), r.err.constData());

    QCOMPARE(test::workspaceState(m_ws), before);
    const Result listAfter = runWs({QStringLiteral("list")});
    QCOMPARE(listAfter.code, 0);
    QCOMPARE(listAfter.out, listBefore.out);
    QCOMPARE(runWs({QStringLiteral("export"), QStringLiteral("webassembly")}).out, webassemblyBefore);
    QCOMPARE(runWs({QStringLiteral("search"), QStringLiteral("tidal")}).out, QByteArray());
}

void TestCli::importSameIdReplacesDraft()
{
    makeWorkspace();
    Result r = runWs({QStringLiteral("import"), fixture(QStringLiteral("tidal-power.json"))});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("imported tidal-power\n"));

    // A file that does not say which revision it was exported from overwrites
    // nothing unless asked to.
    const QByteArray before = runWs({QStringLiteral("export"), QStringLiteral("tidal-power")}).out;
    r = runWs({QStringLiteral("import"), fixture(QStringLiteral("tidal-power-revised.json")),
               demo(QStringLiteral("webassembly.json"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("tidal-power-revised.json: the file has no \"revision\""), r.err.constData());
    QVERIFY2(r.err.contains("--replace"), r.err.constData());
    QCOMPARE(runWs({QStringLiteral("export"), QStringLiteral("tidal-power")}).out, before);
    QCOMPARE(runWs({QStringLiteral("list")}).out.count('\n'), 1);

    r = runWs({QStringLiteral("import"), QStringLiteral("--replace"),
               fixture(QStringLiteral("tidal-power-revised.json")),
               demo(QStringLiteral("webassembly.json"))});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.out, QByteArray("replaced draft tidal-power\nimported webassembly\n"));

    QString error;
    const auto revised = guidefile::readFile(fixture(QStringLiteral("tidal-power-revised.json")), &error);
    QVERIFY2(revised, qPrintable(error));
    r = runWs({QStringLiteral("export"), QStringLiteral("tidal-power")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, guidefile::write(*revised, 2)); // the draft's second revision

    r = runWs({QStringLiteral("list")});
    QCOMPARE(r.out.count('\n'), 2);
    QVERIFY(r.out.contains("tidal-power\tTidal Power Revised: Lagoons Instead of Barrages\tdraft\t-\n"));
    // The old text is no longer found.
    QCOMPARE(runWs({QStringLiteral("search"), QStringLiteral("harbour")}).out, QByteArray());
    QVERIFY(runWs({QStringLiteral("search"), QStringLiteral("lagoons")}).out.contains("\ttidal-power\t"));

    auto ws = Workspace::open(m_ws, &error);
    QVERIFY2(ws, qPrintable(error));
    const auto stored = ws->guide(QStringLiteral("tidal-power"));
    QVERIFY(stored);
    QCOMPARE(stored->sections.size(), 1);
    QVERIFY(stored->takeaways.isEmpty());
    QVERIFY(stored->sources.isEmpty());
}

void TestCli::unknownSlug_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export") << "export";
    QTest::newRow("render") << "render";
    QTest::newRow("lint") << "lint";
}

void TestCli::unknownSlug()
{
    QFETCH(QString, command);
    makeWorkspace({fixture(QStringLiteral("tidal-power.json"))});
    const Result r = runWs({command, QStringLiteral("no-such-guide")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(m_ws.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("\"no-such-guide\""), r.err.constData());
}

void TestCli::badWorkspacePath_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << "text"
                               << "not an Almanac workspace";
    QTest::newRow("missing") << "missing"
                             << "no such workspace";
    QTest::newRow("folder") << "folder"
                            << "is a folder";
    QTest::newRow("guide file") << "guide"
                                << "not an Almanac workspace";
}

void TestCli::badWorkspacePath()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QString path = m_dir->filePath(QStringLiteral("not-a-workspace"));
    if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("guide")) {
        QVERIFY(QFile::copy(fixture(QStringLiteral("tidal-power.json")), path));
    }
    const QByteArray before = QFileInfo(path).isFile() ? sha256(path) : QByteArray();
    const QList<QStringList> commands = {
        {QStringLiteral("list")},
        {QStringLiteral("search"), QStringLiteral("x")},
        {QStringLiteral("export"), QStringLiteral("x")},
        {QStringLiteral("render"), QStringLiteral("x")},
        {QStringLiteral("lint")},
        {QStringLiteral("import"), fixture(QStringLiteral("tidal-power.json"))}};
    for (const QStringList &command : commands) {
        const Result r = run(QStringList{QStringLiteral("-w"), path} + command);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(path.toUtf8() + ": "), r.err.constData());
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }
    if (!before.isEmpty())
        QCOMPARE(sha256(path), before);
    if (kind == QLatin1String("missing"))
        QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dataHome));
}

void TestCli::environmentWorkspace()
{
    makeWorkspace();
    const QHash<QString, QString> env = {{QStringLiteral("ALMANAC_WORKSPACE"), m_ws}};
    Result r = run({QStringLiteral("import"), fixture(QStringLiteral("tidal-power.json"))}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("imported tidal-power\n"));
    r = run({QStringLiteral("list")}, env);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("tidal-power\t"));
    r = runWs({QStringLiteral("list")});
    QVERIFY(r.out.startsWith("tidal-power\t"));

    // -w wins over the environment.
    const QString other = test::newWorkspaceLocation(m_dir->path(), QStringLiteral("other.almanac"));
    QCOMPARE(run({QStringLiteral("init"), other}).code, 0);
    r = run({QStringLiteral("-w"), other, QStringLiteral("list")}, env);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());

    // A bad path in the environment is reported like a bad -w.
    const QString bad = m_dir->filePath(QStringLiteral("nowhere.almanac"));
    r = run({QStringLiteral("list")}, {{QStringLiteral("ALMANAC_WORKSPACE"), bad}});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(bad.toUtf8()), r.err.constData());
    QVERIFY(!QFileInfo::exists(bad));
    QVERIFY(!QFileInfo::exists(m_dataHome));
}

void TestCli::defaultWorkspace()
{
    const QString expected = m_dataHome + QStringLiteral("/almanac-studio/workspace.almanac");
    Result r = run({QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("made the default workspace"), r.err.constData());
    QVERIFY(QFileInfo(expected).isFile());
    r = run({QStringLiteral("import"), fixture(QStringLiteral("sourdough.json"))});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    r = run({QStringLiteral("-w"), expected, QStringLiteral("list")});
    QVERIFY(r.out.startsWith("sourdough-fermentation\t"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
