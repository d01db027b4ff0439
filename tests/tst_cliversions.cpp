// The `almanac` version commands (snapshot, versions, diff, review, publish,
// export --version, list): the real binary through QProcess, on real
// workspaces in a temporary folder.

#include "io/guidefile.h"
#include "store/workspace.h"
#include "testbackend.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
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

const QString slug = QStringLiteral("tidal-power");

Guide fixture(const QString &path)
{
    QString error;
    auto g = guidefile::readFile(QStringLiteral(ALMANAC_TEST_DATA "/") + path, &error);
    if (!g)
        qFatal("%s", qPrintable(error));
    return *g;
}

} // namespace

class TestCliVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void snapshotNeedsMessage();
    void snapshotAndVersions();
    void diffText();
    void diffJsonAndHtml();
    void diffExitCode();
    void diffDraft();
    void diffBadLabels_data();
    void diffBadLabels();
    void diffUnknownVersion();
    void reviewFlow();
    void reviewUsage_data();
    void reviewUsage();
    void commentsOnParts();
    void commentsOnWordsAndReplies();
    void publishBlockedByLintErrors();
    void publishWarningsNeedYes();
    void listShowsStateAndLive();
    void exportVersion();
    void optionsWithWrongCommand_data();
    void optionsWithWrongCommand();

private:
    Result run(const QStringList &args) const;
    Result ws(const QStringList &args) const { return run(QStringList{QStringLiteral("-w"), m_ws} + args); }
    // A new workspace with these guides imported.
    void makeWorkspace(const QList<Guide> &guides);
    // Replaces a guide's draft through `almanac import`.
    void importGuide(const Guide &g);
    QString listLine(const QString &which) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
    int m_files = 0;
};

Result TestCliVersions::run(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("ALMANAC_WORKSPACE"));
    e.insert(QStringLiteral("ALMANAC_AUTHOR"), QStringLiteral("tester"));
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

void TestCliVersions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeWorkspace({fixture(QStringLiteral("cli/tidal-power.json"))});
}

void TestCliVersions::makeWorkspace(const QList<Guide> &guides)
{
    // A new workspace each time: a new file, or a new database on a server.
    if (!m_ws.isEmpty() && !test::onPostgres())
        QFile::remove(m_ws);
    m_ws = test::newWorkspaceLocation(m_dir->path(), QStringLiteral("ws.almanac"));
    QCOMPARE(run({QStringLiteral("init"), m_ws}).code, 0);
    for (const Guide &g : guides)
        importGuide(g);
}

void TestCliVersions::importGuide(const Guide &g)
{
    const QString path = m_dir->filePath(QStringLiteral("guide-%1.json").arg(++m_files));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(guidefile::write(g));
    f.close();
    const Result r = ws({QStringLiteral("import"), QStringLiteral("--replace"), path});
    QVERIFY2(r.code == 0, r.err.constData());
}

QString TestCliVersions::listLine(const QString &which) const
{
    const Result r = ws({QStringLiteral("list")});
    for (const QString &line : QString::fromUtf8(r.out).split(u'\n')) {
        if (line.startsWith(which + u'\t'))
            return line;
    }
    return {};
}

void TestCliVersions::snapshotNeedsMessage()
{
    Result r = ws({QStringLiteral("snapshot"), slug});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("-m NOTE"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    r = ws({QStringLiteral("versions"), slug});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    r = ws({QStringLiteral("snapshot"), slug, QStringLiteral("other"), QStringLiteral("-m"),
            QStringLiteral("x")});
    QCOMPARE(r.code, 2);
    r = ws({QStringLiteral("snapshot"), QStringLiteral("no-such-guide"), QStringLiteral("-m"),
            QStringLiteral("x")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("\"no-such-guide\""), r.err.constData());
}

// An exported draft without its "revision" line: the bytes of a version of it.
QByteArray withoutRevision(QByteArray draft)
{
    const qsizetype at = draft.indexOf("\n  \"revision\": ");
    if (at >= 0)
        draft.remove(at, draft.indexOf('\n', at + 1) - at);
    return draft;
}

void TestCliVersions::snapshotAndVersions()
{
    const QByteArray draft = withoutRevision(ws({QStringLiteral("export"), slug}).out);
    Result r = ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("first cut"),
                   QStringLiteral("--author"), QStringLiteral("ana")});
    QCOMPARE(r.code, 0);
    const QByteArray sha = QCryptographicHash::hash(draft, QCryptographicHash::Sha256).toHex();
    QCOMPARE(r.out, "tidal-power v1 " + sha + "\n");
    // The author defaults to $ALMANAC_AUTHOR, else the system's user.
    r = ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("again")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, "tidal-power v2 " + sha + "\n");

    r = ws({QStringLiteral("versions"), slug});
    QCOMPARE(r.code, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList v2 = lines[0].split(u'\t');
    const QStringList v1 = lines[1].split(u'\t');
    QCOMPARE(v2.size(), 5);
    QCOMPARE(v2[0], QStringLiteral("v2"));
    QCOMPARE(v2[1], QStringLiteral("draft"));
    QVERIFY(QDateTime::fromString(v2[2], Qt::ISODate).isValid());
    QCOMPARE(v2[3], QStringLiteral("tester"));
    QCOMPARE(v2[4], QStringLiteral("again"));
    QCOMPARE(v1[0], QStringLiteral("v1"));
    QCOMPARE(v1[3], QStringLiteral("ana"));
    QCOMPARE(v1[4], QStringLiteral("first cut"));

    r = ws({QStringLiteral("versions"), QStringLiteral("no-such-guide")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("\"no-such-guide\""), r.err.constData());
}

void TestCliVersions::diffText()
{
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    Guide g = fixture(QStringLiteral("cli/tidal-power.json"));
    g.title = QStringLiteral("Tidal Power: Turning the Moon's Pull Into Power");
    g.sections.move(1, 0);
    importGuide(g);
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("2")}).code, 0);

    const Result r = ws({QStringLiteral("diff"), slug, QStringLiteral("v1"), QStringLiteral("v2")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(QString::fromUtf8(r.out),
             QStringLiteral("diff tidal-power v1..v2\n"
                            "@@ metadata\n"
                            "title: Tidal Power: Turning the Moon's Pull Into [-Electricity-]{+Power+}\n"
                            "@@ sections\n"
                            "> sections[1] \"How a barrage works\" moved (from 0 to 1)\n"
                            "@@ summary\n"
                            "metadata: 1 changed\n"
                            "sections: 1 moved\n"));
    // Backwards, the title change is reversed.
    const Result back = ws({QStringLiteral("diff"), slug, QStringLiteral("v2"), QStringLiteral("v1")});
    QCOMPARE(back.code, 0);
    QVERIFY(back.out.contains("[-Power-]{+Electricity+}"));
    QVERIFY(back.out.startsWith("diff tidal-power v2..v1\n"));
}

void TestCliVersions::diffJsonAndHtml()
{
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    Guide g = fixture(QStringLiteral("cli/tidal-power.json"));
    g.topics.append(QStringLiteral("Moon"));
    g.faq.clear();
    importGuide(g);
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("2")}).code, 0);

    Result r = ws({QStringLiteral("diff"), slug, QStringLiteral("v1"), QStringLiteral("v2"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("almanac-diff/1"));
    QCOMPARE(o.value(QStringLiteral("guide")).toString(), slug);
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("v1"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("v2"));
    QCOMPARE(o.value(QStringLiteral("empty")), QJsonValue(false));
    const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.keys(), (QStringList{QStringLiteral("faq"), QStringLiteral("topics")}));
    QCOMPARE(summary.value(QStringLiteral("faq")).toObject().value(QStringLiteral("removed")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("topics")).toObject().value(QStringLiteral("added")).toInt(), 1);
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].toObject().value(QStringLiteral("change")).toString(), QStringLiteral("removed"));
    QVERIFY(items[0].toObject().value(QStringLiteral("to")).isNull());
    QCOMPARE(
        o.value(QStringLiteral("lists")).toArray()[0].toObject().value(QStringLiteral("added")).toArray(),
        QJsonArray{QStringLiteral("Moon")});

    r = ws({QStringLiteral("diff"), slug, QStringLiteral("v1"), QStringLiteral("v2"),
            QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("<!DOCTYPE html>\n"));
    QVERIFY(r.out.contains("<title>tidal-power: v1..v2</title>"));
    QVERIFY(r.out.contains("<div class=\"tag\"><ins>Moon</ins></div>"));
    QVERIFY(r.out.contains("<del>Is tidal power renewable?</del>"));
    QVERIFY(r.out.endsWith("</html>\n"));
}

void TestCliVersions::diffExitCode()
{
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    // The same version, or a draft that has not changed: exit 0, "no changes".
    for (const QStringList &args :
         {QStringList{QStringLiteral("v1"), QStringLiteral("v1")}, QStringList{QStringLiteral("v1")},
          QStringList{QStringLiteral("draft"), QStringLiteral("v1")}}) {
        const Result r =
            ws(QStringList{QStringLiteral("diff"), slug} + args + QStringList{QStringLiteral("--exit-code")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.endsWith("no changes\n"), r.out.constData());
    }
    Result json = ws({QStringLiteral("diff"), slug, QStringLiteral("v1"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--exit-code")});
    QCOMPARE(json.code, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("empty")), QJsonValue(true));

    Guide g = fixture(QStringLiteral("cli/tidal-power.json"));
    g.tldr += QStringLiteral(" More.");
    importGuide(g);
    Result r = ws({QStringLiteral("diff"), slug, QStringLiteral("v1"), QStringLiteral("--exit-code")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("{+ More.+}"));
    // Without --exit-code a difference is not a failure.
    r = ws({QStringLiteral("diff"), slug, QStringLiteral("v1")});
    QCOMPARE(r.code, 0);
    json = ws({QStringLiteral("diff"), slug, QStringLiteral("v1"), QStringLiteral("--format"),
               QStringLiteral("json"), QStringLiteral("--exit-code")});
    QCOMPARE(json.code, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("empty")), QJsonValue(false));
}

void TestCliVersions::diffDraft()
{
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    Guide g = fixture(QStringLiteral("cli/tidal-power.json"));
    g.takeaways.removeLast();
    importGuide(g);
    // TO defaults to the draft.
    Result r = ws({QStringLiteral("diff"), slug, QStringLiteral("v1")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("diff tidal-power v1..draft\n"));
    QVERIFY2(r.out.contains("- takeaways[1] \"Barrages and lagoons"), r.out.constData());
    QVERIFY(r.out.contains("takeaways: 1 removed\n"));
    QCOMPARE(ws({QStringLiteral("diff"), slug, QStringLiteral("v1"), QStringLiteral("draft")}).out, r.out);
    r = ws({QStringLiteral("diff"), slug, QStringLiteral("draft"), QStringLiteral("v1")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("diff tidal-power draft..v1\n"));
    QVERIFY(r.out.contains("+ takeaways[1] \"Barrages and lagoons"));
    r = ws({QStringLiteral("diff"), slug, QStringLiteral("draft"), QStringLiteral("draft")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.endsWith("no changes\n"));
}

void TestCliVersions::diffBadLabels_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("number only") << QStringList{slug, QStringLiteral("1")} << "\"1\" is not a version";
    QTest::newRow("v0") << QStringList{slug, QStringLiteral("v0")} << "\"v0\" is not a version";
    QTest::newRow("bad TO") << QStringList{slug, QStringLiteral("v1"), QStringLiteral("head")}
                            << "\"head\" is not a version";
    QTest::newRow("capital V") << QStringList{slug, QStringLiteral("V1")} << "\"V1\" is not a version";
    QTest::newRow("no FROM") << QStringList{slug} << "diff takes SLUG FROM [TO]";
    QTest::newRow("too many") << QStringList{slug, QStringLiteral("v1"), QStringLiteral("v2"),
                                             QStringLiteral("v3")}
                              << "diff takes SLUG FROM [TO]";
    QTest::newRow("bad format") << QStringList{slug, QStringLiteral("v1"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << "--format takes text, html or json, not \"xml\"";
}

void TestCliVersions::diffBadLabels()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    const Result r = ws(QStringList{QStringLiteral("diff")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
}

void TestCliVersions::diffUnknownVersion()
{
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    Result r = ws({QStringLiteral("diff"), slug, QStringLiteral("v9")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("no version v9"), r.err.constData());
    QVERIFY2(r.err.contains(m_ws.toUtf8()), r.err.constData());
    r = ws({QStringLiteral("diff"), slug, QStringLiteral("v1"), QStringLiteral("v7"),
            QStringLiteral("--exit-code")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no version v7"), r.err.constData());
    r = ws({QStringLiteral("diff"), QStringLiteral("no-such-guide"), QStringLiteral("draft")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("\"no-such-guide\""), r.err.constData());
}

void TestCliVersions::reviewFlow()
{
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    auto review = [&](const QString &action, const QStringList &extra = {}) {
        return ws(QStringList{QStringLiteral("review"), slug, QStringLiteral("v1"), action} + extra);
    };
    // Approving a draft is refused: exit 1, the state named, nothing changed.
    Result r = review(QStringLiteral("--approve"));
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("is draft and cannot be approved"), r.err.constData());

    r = review(QStringLiteral("--submit"), {QStringLiteral("--author"), QStringLiteral("ana")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("tidal-power v1 submitted for review\n"));
    r = review(QStringLiteral("--submit"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("is in-review and cannot be submitted for review"), r.err.constData());
    r = review(QStringLiteral("--request-changes"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("needs a note"), r.err.constData());
    r = review(QStringLiteral("--request-changes"),
               {QStringLiteral("-m"), QStringLiteral("Add the 2024 figures")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("tidal-power v1 sent back with changes requested\n"));
    // The list says so, not "draft".
    r = ws({QStringLiteral("list")});
    QVERIFY2(r.out.contains("tidal-power\t") && r.out.contains("\tchanges-requested\t-\n"),
             r.out.constData());
    QCOMPARE(review(QStringLiteral("--submit")).code, 0);
    r = ws({QStringLiteral("publish"), slug, QStringLiteral("v1")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("is in-review and cannot be published"), r.err.constData());
    r = review(QStringLiteral("--approve"), {QStringLiteral("--author"), QStringLiteral("bo")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("tidal-power v1 approved\n"));

    r = ws({QStringLiteral("versions"), slug});
    QCOMPARE(r.code, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].startsWith(QStringLiteral("v1\tapproved\t")));
    QVERIFY2(lines[1].endsWith(QStringLiteral(" submit by ana")), qPrintable(lines[1]));
    QVERIFY2(lines[2].endsWith(QStringLiteral(" request-changes by tester: Add the 2024 figures")),
             qPrintable(lines[2]));
    QVERIFY2(lines[3].endsWith(QStringLiteral(" submit by tester")), qPrintable(lines[3]));
    QVERIFY2(lines[4].endsWith(QStringLiteral(" approve by bo")), qPrintable(lines[4]));

    r = ws({QStringLiteral("publish"), slug, QStringLiteral("v1")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("tidal-power v1 published; it is now live\n"));
    r = ws({QStringLiteral("versions"), slug});
    QVERIFY(r.out.startsWith("v1\tpublished (live)\t"));
    r = ws({QStringLiteral("publish"), slug, QStringLiteral("v1")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("is published and cannot be published"), r.err.constData());
    // A version that is not there is bad input.
    r = ws({QStringLiteral("review"), slug, QStringLiteral("v5"), QStringLiteral("--submit")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no version v5"), r.err.constData());
    r = ws({QStringLiteral("publish"), slug, QStringLiteral("v5")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no version v5"), r.err.constData());
    r = ws({QStringLiteral("review"), QStringLiteral("no-such-guide"), QStringLiteral("v1"),
            QStringLiteral("--submit")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("\"no-such-guide\""), r.err.constData());
}

// Comments from the command line: on the details or an item of a version by its
// JSON path, listed with their anchors, resolved by id; bad anchors are usage
// errors that write nothing.
void TestCliVersions::commentsOnParts()
{
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    auto comment = [&](const QStringList &extra) {
        return ws(QStringList{QStringLiteral("comment"), slug, QStringLiteral("v1")} + extra);
    };
    Result r = comment({QStringLiteral("-m"), QStringLiteral("Check the figures."),
                        QStringLiteral("--author"), QStringLiteral("bo")});
    QCOMPARE(r.code, 0);
    const QByteArray first = r.out.trimmed();
    QCOMPARE(first.size(), 36); // the comment's id, a UUID
    r = comment({QStringLiteral("--on"), QStringLiteral("sections[1]"), QStringLiteral("-m"),
                 QStringLiteral("Which turbine?")});
    QCOMPARE(r.code, 0);
    const QByteArray second = r.out.trimmed();
    for (const auto &[on, message] : QList<std::pair<QString, QByteArray>>{
             {QStringLiteral("sections[9]"), "sections[9]: the version has no such item"},
             {QStringLiteral("chapters[0]"), "--on takes metadata or an item"},
             {QStringLiteral("sections[-1]"), "--on takes metadata or an item"}}) {
        r = comment({QStringLiteral("--on"), on, QStringLiteral("-m"), QStringLiteral("x")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }
    r = comment({});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("comment needs -m TEXT"), r.err.constData());
    r = ws(
        {QStringLiteral("comment"), slug, QStringLiteral("v7"), QStringLiteral("-m"), QStringLiteral("x")});
    QCOMPARE(r.code, 2);

    r = ws({QStringLiteral("comments"), slug});
    QCOMPARE(r.code, 0);
    QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // nothing was written by the refused ones
    // Made within one second, the two may come in either order.
    if (!lines[0].startsWith(first))
        std::swap(lines[0], lines[1]);
    const Guide g = fixture(QStringLiteral("cli/tidal-power.json"));
    QVERIFY2(lines[0].startsWith(first + "\tv1\tmetadata\tbo\t"), lines[0].constData());
    QVERIFY2(lines[0].endsWith("\topen\tCheck the figures."), lines[0].constData());
    QVERIFY2(lines[1].startsWith(second + "\tv1\tsections/" + g.sections[1].id.toUtf8() + "\ttester\t"),
             lines[1].constData());

    r = ws({QStringLiteral("comments"), slug, QStringLiteral("--resolve"), QString::fromUtf8(second)});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, second + " resolved\n");
    r = ws({QStringLiteral("comments"), slug});
    QVERIFY2(r.out.contains(second + "\tv1\tsections/" + g.sections[1].id.toUtf8()) &&
                 r.out.contains("\tresolved by tester\tWhich turbine?"),
             r.out.constData());
    r = ws({QStringLiteral("comments"), slug, QStringLiteral("--resolve"), QStringLiteral("no-such-id")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("has no comment no-such-id"), r.err.constData());
}

// --quote anchors a comment to words of the item's text, which must occur once;
// --reply answers it in its thread; the list says where the words went in the draft.
void TestCliVersions::commentsOnWordsAndReplies()
{
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    const QString words = QStringLiteral("café by the quay");
    Result r = ws({QStringLiteral("comment"), slug, QStringLiteral("v1"), QStringLiteral("--on"),
                   QStringLiteral("sections[1]"), QStringLiteral("--quote"), words, QStringLiteral("-m"),
                   QStringLiteral("Name the café.")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray first = r.out.trimmed();
    for (const auto &[quote, message] : QList<std::pair<QString, QByteArray>>{
             {QStringLiteral("the"), "the body of sections[1] in v1 has more than once \"the\""},
             {QStringLiteral("a pier"), "the body of sections[1] in v1 does not have \"a pier\""}}) {
        r = ws({QStringLiteral("comment"), slug, QStringLiteral("v1"), QStringLiteral("--on"),
                QStringLiteral("sections[1]"), QStringLiteral("--quote"), quote, QStringLiteral("-m"),
                QStringLiteral("x")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }
    r = ws({QStringLiteral("comment"), slug, QStringLiteral("--reply"), QString::fromUtf8(first),
            QStringLiteral("-m"), QStringLiteral("It is the Anchor."), QStringLiteral("--author"),
            QStringLiteral("ed")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray reply = r.out.trimmed();
    // A reply names no version or place of its own; nor one that answers nothing.
    r = ws({QStringLiteral("comment"), slug, QStringLiteral("v1"), QStringLiteral("--reply"),
            QString::fromUtf8(first), QStringLiteral("-m"), QStringLiteral("x")});
    QCOMPARE(r.code, 2);
    r = ws({QStringLiteral("comment"), slug, QStringLiteral("--reply"), QStringLiteral("no-such-id"),
            QStringLiteral("-m"), QStringLiteral("x")});
    QVERIFY2(r.code != 0 && r.err.contains("has no comment no-such-id"), r.err.constData());

    Guide g = fixture(QStringLiteral("cli/tidal-power.json"));
    const QByteArray anchor = "\tv1\tsections/" + g.sections[1].id.toUtf8() + " \"café by the quay\"";
    r = ws({QStringLiteral("comments"), slug});
    QVERIFY2(r.out.contains(first + anchor + "\ttester\t"), r.out.constData());
    QVERIFY2(r.out.contains(reply + "\tv1\tsections/" + g.sections[1].id.toUtf8() + "\ted\t"),
             r.out.constData());
    QVERIFY2(r.out.contains("\treply to " + first + "\tIt is the Anchor.\n"), r.out.constData());

    // The draft loses the words: the list says so; resolving the reply resolves the thread.
    g.sections[1].body.replace(words, QStringLiteral("harbour inn"));
    importGuide(g);
    r = ws({QStringLiteral("comments"), slug});
    QVERIFY2(r.out.contains(first + anchor + " (gone from the draft)\ttester\t"), r.out.constData());
    QCOMPARE(
        ws({QStringLiteral("comments"), slug, QStringLiteral("--resolve"), QString::fromUtf8(reply)}).code,
        0);
    r = ws({QStringLiteral("comments"), slug});
    QVERIFY2(r.out.contains("\tresolved by tester\tName the café.\n"), r.out.constData());
}

void TestCliVersions::reviewUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{QStringLiteral("review"), slug, QStringLiteral("v1")}
                               << "exactly one of";
    QTest::newRow("two actions") << QStringList{QStringLiteral("review"), slug, QStringLiteral("v1"),
                                                QStringLiteral("--submit"), QStringLiteral("--approve")}
                                 << "exactly one of";
    QTest::newRow("bad label") << QStringList{QStringLiteral("review"), slug, QStringLiteral("1"),
                                              QStringLiteral("--submit")}
                               << "review takes SLUG vN";
    QTest::newRow("no version") << QStringList{QStringLiteral("review"), slug, QStringLiteral("--submit")}
                                << "review takes SLUG vN";
    QTest::newRow("publish bad label")
        << QStringList{QStringLiteral("publish"), slug, QStringLiteral("draft")} << "publish takes SLUG vN";
}

void TestCliVersions::reviewUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    const Result r = ws(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(ws({QStringLiteral("versions"), slug}).out.startsWith("v1\tdraft\t"));
}

void TestCliVersions::publishBlockedByLintErrors()
{
    // Related guides that are not in the workspace are lint errors: such a
    // version cannot even be submitted...
    const QString bad = QStringLiteral("lighthouses");
    makeWorkspace({fixture(QStringLiteral("diff/base.json"))});
    QCOMPARE(ws({QStringLiteral("snapshot"), bad, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    const Result submit =
        ws({QStringLiteral("review"), bad, QStringLiteral("v1"), QStringLiteral("--submit")});
    QCOMPARE(submit.code, 1);
    QVERIFY2(submit.err.contains("has lint errors and cannot be submitted: related[0]"),
             submit.err.constData());
    // ...and one approved before its related guides went away is not published.
    {
        QString error;
        auto w = Workspace::open(m_ws, &error);
        QVERIFY2(w, qPrintable(error));
        QSqlQuery q(w->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE versions SET state = 'approved'")));
    }
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--yes")}}) {
        const Result r = ws(QStringList{QStringLiteral("publish"), bad, QStringLiteral("v1")} + extra);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("lighthouses v1: related[0]: error: "), r.err.constData());
        QVERIFY2(r.err.contains("has lint errors; it was not published"), r.err.constData());
    }
    QCOMPARE(listLine(bad),
             QStringLiteral("lighthouses\tLighthouses: How Coastal Lights Guided Ships\tapproved\t-"));
    QVERIFY(!ws({QStringLiteral("versions"), bad}).out.contains("live"));
}

void TestCliVersions::publishWarningsNeedYes()
{
    // A source nothing cites is a warning, not an error.
    Guide g = fixture(QStringLiteral("cli/tidal-power.json"));
    Source extra = g.sources.first();
    extra.id = guide::newId();
    extra.key = QStringLiteral("uncited");
    g.sources.append(extra);
    importGuide(g);
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    QCOMPARE(ws({QStringLiteral("review"), slug, QStringLiteral("v1"), QStringLiteral("--submit")}).code, 0);
    QCOMPARE(ws({QStringLiteral("review"), slug, QStringLiteral("v1"), QStringLiteral("--approve")}).code, 0);

    Result r = ws({QStringLiteral("publish"), slug, QStringLiteral("v1")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("tidal-power v1: sources[2]: warning: "), r.err.constData());
    QVERIFY2(r.err.contains("1 lint warning(s); publish again with --yes"), r.err.constData());
    QVERIFY(listLine(slug).endsWith(QStringLiteral("\tapproved\t-")));

    r = ws({QStringLiteral("publish"), slug, QStringLiteral("v1"), QStringLiteral("--yes")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("tidal-power v1 published; it is now live\n"));
    QVERIFY(listLine(slug).endsWith(QStringLiteral("\tpublished\tv1")));
}

void TestCliVersions::listShowsStateAndLive()
{
    const QString title = QStringLiteral("Tidal Power: Turning the Moon's Pull Into Electricity");
    auto expect = [&](const QString &state, const QString &live) {
        return slug + u'\t' + title + u'\t' + state + u'\t' + live;
    };
    QCOMPARE(listLine(slug), expect(QStringLiteral("draft"), QStringLiteral("-")));
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    QCOMPARE(listLine(slug), expect(QStringLiteral("draft"), QStringLiteral("-")));
    QCOMPARE(ws({QStringLiteral("review"), slug, QStringLiteral("v1"), QStringLiteral("--submit")}).code, 0);
    QCOMPARE(listLine(slug), expect(QStringLiteral("in-review"), QStringLiteral("-")));
    QCOMPARE(ws({QStringLiteral("review"), slug, QStringLiteral("v1"), QStringLiteral("--approve")}).code, 0);
    QCOMPARE(ws({QStringLiteral("publish"), slug, QStringLiteral("v1")}).code, 0);
    QCOMPARE(listLine(slug), expect(QStringLiteral("published"), QStringLiteral("v1")));
    // A new version is the guide's state; the live one stays until it is published.
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("2")}).code, 0);
    QCOMPARE(listLine(slug), expect(QStringLiteral("draft"), QStringLiteral("v1")));
    QCOMPARE(ws({QStringLiteral("review"), slug, QStringLiteral("v2"), QStringLiteral("--submit")}).code, 0);
    QCOMPARE(ws({QStringLiteral("review"), slug, QStringLiteral("v2"), QStringLiteral("--approve")}).code, 0);
    QCOMPARE(ws({QStringLiteral("publish"), slug, QStringLiteral("v2")}).code, 0);
    QCOMPARE(listLine(slug), expect(QStringLiteral("published"), QStringLiteral("v2")));
    const QByteArray versions = ws({QStringLiteral("versions"), slug}).out;
    QCOMPARE(versions.count("(live)"), 1);
    QVERIFY(versions.contains("v1\tpublished\t"));
}

void TestCliVersions::exportVersion()
{
    const QByteArray v1Bytes = withoutRevision(ws({QStringLiteral("export"), slug}).out);
    const Result snap = ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")});
    QCOMPARE(snap.code, 0);
    Guide g = fixture(QStringLiteral("cli/tidal-power.json"));
    g.title = QStringLiteral("Changed");
    importGuide(g);

    Result r = ws({QStringLiteral("export"), slug, QStringLiteral("--version"), QStringLiteral("v1")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, v1Bytes);
    QVERIFY(snap.out.contains(QCryptographicHash::hash(r.out, QCryptographicHash::Sha256).toHex()));
    QVERIFY(withoutRevision(ws({QStringLiteral("export"), slug}).out) != v1Bytes);
    // To a file.
    const QString path = m_dir->filePath(QStringLiteral("v1.json"));
    r = ws({QStringLiteral("export"), slug, QStringLiteral("--version"), QStringLiteral("v1"),
            QStringLiteral("-o"), path});
    QCOMPARE(r.code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), v1Bytes);

    r = ws({QStringLiteral("export"), slug, QStringLiteral("--version"), QStringLiteral("v2")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("no version v2"), r.err.constData());
    r = ws({QStringLiteral("export"), slug, QStringLiteral("--version"), QStringLiteral("2")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--version takes vN"), r.err.constData());
}

void TestCliVersions::optionsWithWrongCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("--format with list")
        << QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}
        << "--format goes with diff/export, not list";
    QTest::newRow("--exit-code with export")
        << QStringList{QStringLiteral("export"), slug, QStringLiteral("--exit-code")}
        << "--exit-code goes with diff";
    QTest::newRow("-m with publish") << QStringList{QStringLiteral("publish"), slug, QStringLiteral("v1"),
                                                    QStringLiteral("-m"), QStringLiteral("x")}
                                     << "--message goes with snapshot/review/comment, not publish";
    QTest::newRow("-m with versions")
        << QStringList{QStringLiteral("versions"), slug, QStringLiteral("-m"), QStringLiteral("x")}
        << "--message goes with snapshot/review/comment";
    QTest::newRow("--yes with review") << QStringList{QStringLiteral("review"), slug, QStringLiteral("v1"),
                                                      QStringLiteral("--submit"), QStringLiteral("--yes")}
                                       << "--yes goes with publish, not review";
    QTest::newRow("--submit with publish")
        << QStringList{QStringLiteral("publish"), slug, QStringLiteral("v1"), QStringLiteral("--submit")}
        << "--submit goes with review";
    QTest::newRow("--approve with snapshot")
        << QStringList{QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("x"),
                       QStringLiteral("--approve")}
        << "--approve goes with review";
    QTest::newRow("--version with diff") << QStringList{QStringLiteral("diff"), slug, QStringLiteral("v1"),
                                                        QStringLiteral("--version"), QStringLiteral("v1")}
                                         << "--version goes with export, not diff";
    QTest::newRow("--author with diff")
        << QStringList{QStringLiteral("diff"), slug, QStringLiteral("v1"), QStringLiteral("--author"),
                       QStringLiteral("x")}
        << "--author goes with snapshot/review/publish/import/comment/comments, not diff";
    QTest::newRow("--request-changes with list")
        << QStringList{QStringLiteral("list"), QStringLiteral("--request-changes")}
        << "--request-changes goes with review";
    QTest::newRow("-o with diff") << QStringList{QStringLiteral("diff"), slug, QStringLiteral("v1"),
                                                 QStringLiteral("-o"), QStringLiteral("out.txt")}
                                  << "-o goes with export and render, not diff";
}

void TestCliVersions::optionsWithWrongCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QCOMPARE(ws({QStringLiteral("snapshot"), slug, QStringLiteral("-m"), QStringLiteral("1")}).code, 0);
    const Result r = ws(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    // Nothing was done: v1 is still the only version, a draft.
    const QByteArray versions = ws({QStringLiteral("versions"), slug}).out;
    QVERIFY(versions.startsWith("v1\tdraft\t"));
    QCOMPARE(versions.count('\n'), 1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out.txt"))));
}

QTEST_GUILESS_MAIN(TestCliVersions)
#include "tst_cliversions.moc"
