// `almanac merge BASE OURS THEIRS [-o OUT]`: the real binary through QProcess
// on guide files in a temporary folder.

#include "io/guidefile.h"
#include "merge/guidemerge.h"

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

Guide base()
{
    QString error;
    auto g = guidefile::readFile(QStringLiteral(ALMANAC_TEST_DATA "/merge/base.json"), &error);
    if (!g)
        qFatal("%s", qPrintable(error));
    return *g;
}

} // namespace

class TestCliMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanMergeToStdout();
    void cleanMergeToFile();
    void conflictsListedWithTheirsInPlace();
    void conflictsToStdout();
    void unreadableInput_data();
    void unreadableInput();
    void usage_data();
    void usage();
    void helpListsMerge();

private:
    Result run(const QStringList &args) const;
    QString write(const QString &name, const Guide &g) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_base;
};

Result TestCliMerge::run(const QStringList &args) const
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
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        qWarning("almanac %s did not finish normally", qPrintable(args.join(u' ')));
        return r;
    }
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TestCliMerge::write(const QString &name, const Guide &g) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(guidefile::write(g)) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_base = write(QStringLiteral("base.json"), base());
}

void TestCliMerge::cleanMergeToStdout()
{
    Guide ours = base();
    Guide theirs = base();
    ours.title = QStringLiteral("Tide Mills: Power from the Ebb");
    ours.sections.move(0, 3);
    theirs.tldr.replace(QStringLiteral("stores"), QStringLiteral("holds"));
    theirs.topics.append(QStringLiteral("Estuaries"));
    const Result r = run({QStringLiteral("merge"), m_base, write(QStringLiteral("ours.json"), ours),
                          write(QStringLiteral("theirs.json"), theirs)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // Canonical JSON, the same bytes the core's merge gives.
    QCOMPARE(r.out, guidefile::write(merge::merge(base(), ours, theirs).guide));
    QString error;
    const auto merged = guidefile::read(r.out, QStringLiteral("stdout"), &error);
    QVERIFY2(merged, qPrintable(error));
    QCOMPARE(merged->title, ours.title);
    QCOMPARE(merged->tldr, theirs.tldr);
    QCOMPARE(merged->sections, ours.sections);
    QCOMPARE(merged->topics, theirs.topics);
}

void TestCliMerge::cleanMergeToFile()
{
    Guide theirs = base();
    theirs.level = QStringLiteral("Advanced");
    const QString out = m_dir->filePath(QStringLiteral("merged.json"));
    const Result r = run({QStringLiteral("merge"), m_base, m_base,
                          write(QStringLiteral("theirs.json"), theirs), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), guidefile::write(theirs));
}

void TestCliMerge::conflictsListedWithTheirsInPlace()
{
    Guide ours = base();
    Guide theirs = base();
    ours.title = QStringLiteral("Tide Mills: Power from the Ebb");
    theirs.title = QStringLiteral("Tide Mills Explained");
    ours.sections[2].body.replace(QStringLiteral("Steam mills"), QStringLiteral("Steam engines"));
    theirs.sections[2].body.replace(QStringLiteral("Steam mills"), QStringLiteral("Steam plants"));
    ours.sections[1].body.prepend(QStringLiteral("Ours: "));
    theirs.sections.removeAt(1);
    ours.faq.removeAt(0);
    theirs.faq[0].answer += QStringLiteral(" Check first.");
    theirs.takeaways[0].text.replace(QStringLiteral("gates"), QStringLiteral("sluices")); // no conflict
    const QString out = m_dir->filePath(QStringLiteral("merged.json"));
    const Result r = run({QStringLiteral("merge"), m_base, write(QStringLiteral("ours.json"), ours),
                          write(QStringLiteral("theirs.json"), theirs), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QVERIFY2(lines.size() == 5, r.err.constData());
    QCOMPARE(lines[0],
             QByteArray("almanac: title: both sides changed \"Tide Mills: Grinding Grain with the Sea\" "
                        "(ours: \"Tide Mills: Power from the Ebb\", theirs: \"Tide Mills Explained\")"));
    QCOMPARE(lines[1], QByteArray("almanac: sections[1]: ours changed the section \"Where they were built\", "
                                  "theirs deleted it"));
    QCOMPARE(lines[2], QByteArray("almanac: sections[1].body: both sides changed \"mills\" "
                                  "(ours: \"engines\", theirs: \"plants\")"));
    QCOMPARE(lines[3],
             QByteArray("almanac: faq[0]: ours deleted the FAQ entry \"Do tide mills still work?\", "
                        "theirs changed it"));
    QCOMPARE(lines[4], "almanac: 4 conflict(s); " + out.toUtf8() + " has theirs (" +
                           m_dir->filePath(QStringLiteral("theirs.json")).toUtf8() + ") at each of them");
    // The file has every change that did not conflict, and theirs where they did.
    QString error;
    const auto merged = guidefile::readFile(out, &error);
    QVERIFY2(merged, qPrintable(error));
    QCOMPARE(merged->title, theirs.title);
    QCOMPARE(merged->sections, theirs.sections);
    QCOMPARE(merged->faq, theirs.faq);
    QCOMPARE(merged->takeaways, theirs.takeaways);
}

void TestCliMerge::conflictsToStdout()
{
    Guide ours = base();
    Guide theirs = base();
    ours.sources[0].relevance = 9;
    theirs.sources[0].relevance = 7;
    const Result r = run({QStringLiteral("merge"), m_base, write(QStringLiteral("ours.json"), ours),
                          write(QStringLiteral("theirs.json"), theirs)});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, guidefile::write(theirs));
    QVERIFY2(r.err.startsWith(
                 "almanac: sources[0].relevance: both sides changed \"8\" (ours: \"9\", theirs: \"7\")\n"
                 "almanac: 1 conflict(s); the output has theirs ("),
             r.err.constData());
}

void TestCliMerge::unreadableInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // after the file name
    QTest::newRow("wrong type") << QStringLiteral("guides/broken-type.json")
                                << QStringLiteral(": faq[0].answer: expected a string, found a number");
    QTest::newRow("syntax") << QStringLiteral("guides/broken-syntax.json") << QStringLiteral(": ");
    QTest::newRow("missing") << QStringLiteral("guides/no-such-file.json") << QStringLiteral(": ");
}

void TestCliMerge::unreadableInput()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = QStringLiteral(ALMANAC_TEST_DATA "/") + file;
    const QString out = m_dir->filePath(QStringLiteral("merged.json"));
    // Any of the three places: the message names the file and the place in it.
    for (int which = 0; which < 3; ++which) {
        QStringList files = {m_base, m_base, m_base};
        files[which] = path;
        const Result r =
            run(QStringList{QStringLiteral("merge")} + files + QStringList{QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(("almanac: " + path + message).toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }
}

void TestCliMerge::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no files") << QStringList{QStringLiteral("merge")};
    QTest::newRow("two files") << QStringList{QStringLiteral("merge"), QStringLiteral("a.json"),
                                              QStringLiteral("b.json")};
    QTest::newRow("four files") << QStringList{QStringLiteral("merge"), QStringLiteral("a"),
                                               QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("merge"), QStringLiteral("a"),        QStringLiteral("b"),
                       QStringLiteral("c"),     QStringLiteral("--format"), QStringLiteral("json")};
}

void TestCliMerge::usage()
{
    QFETCH(QStringList, args);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("almanac --help"), r.err.constData());
}

void TestCliMerge::helpListsMerge()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("merge BASE OURS THEIRS [-o FILE]"));
}

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_climerge.moc"
