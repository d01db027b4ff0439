// The demo workspace the run command opens (packaging/make-demo.sh): every
// stage of a guide's life is there on first start, made by the real `almanac`
// as three people, and the workspace reads back as the workstation sees it.

#include "guide/lint.h"
#include "store/reviewstate.h"
#include "store/versionstore.h"
#include "store/workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStageIsThere();
    void commentsSitOnTheirParts();
    void draftHasLintWarnings();
    void peopleAreNamed();
    void existingWorkspaceIsNotTouched();

private:
    int makeDemo(const QString &path, QString *errors);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
};

int TestDemo::makeDemo(const QString &path, QString *errors)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral(ALMANAC_SOURCE_DIR "/packaging/make-demo.sh"),
                                     QStringLiteral(ALMANAC_CLI_PATH), path});
    if (!p.waitForFinished(120000))
        return -1;
    *errors = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.almanac"));
    QString errors;
    QCOMPARE(makeDemo(m_path, &errors), 0);
    QVERIFY2(errors.isEmpty(), qPrintable(errors)); // not even a warning on the way
    QString error;
    m_ws = Workspace::open(m_path, &error);
    QVERIFY2(m_ws, qPrintable(error));
}

void TestDemo::everyStageIsThere()
{
    QString error;
    const QHash<QString, QString> ids = m_ws->guideIdsBySlug();
    const auto states = ReviewState::readAll(*m_ws, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ReviewState crispr = states.value(ids.value(QStringLiteral("crispr-gene-editing")));
    QCOMPARE(crispr.stage, ReviewState::Stage::LiveNewerDraft);
    QCOMPARE(crispr.live, 2);
    QCOMPARE(crispr.latest, 2);
    const ReviewState wasm = states.value(ids.value(QStringLiteral("webassembly")));
    QCOMPARE(wasm.stage, ReviewState::Stage::ChangesRequested);
    QVERIFY(wasm.note.contains(QLatin1String("source the speed claim")));
    QCOMPARE(wasm.noteBy, QStringLiteral("Bruno Costa"));
    const ReviewState euro = states.value(ids.value(QStringLiteral("euro-introduction")));
    QCOMPARE(euro.stage, ReviewState::Stage::InReview);
    QCOMPARE(euro.latest, 1);
    // The live version is v2, with v1 before it, both published once.
    VersionStore store(*m_ws);
    const QList<VersionInfo> versions = store.versions(QStringLiteral("crispr-gene-editing"), &error);
    QCOMPARE(versions.size(), 2);
    QVERIFY(versions.first().live);
    QCOMPARE(versions.first().number, 2);
    // What changed between them and since: the Changes view has something to show.
    const auto v1 = store.content(QStringLiteral("crispr-gene-editing"), 1, &error);
    const auto v2 = store.content(QStringLiteral("crispr-gene-editing"), 2, &error);
    const auto draft = m_ws->guide(QStringLiteral("crispr-gene-editing"));
    QVERIFY(v1 && v2 && draft);
    QVERIFY(v1->tldr != v2->tldr);
    QVERIFY(v2->sections.first().heading != draft->sections.first().heading);
    QCOMPARE(draft->sections.first().heading, QStringLiteral("How bacteria defend themselves"));
}

void TestDemo::commentsSitOnTheirParts()
{
    QString error;
    VersionStore store(*m_ws);
    const QList<Comment> wasm = store.comments(QStringLiteral("webassembly"), &error);
    QCOMPARE(wasm.size(), 3);
    const auto v1 = store.content(QStringLiteral("webassembly"), 1, &error);
    QVERIFY(v1);
    QSet<QString> anchors;
    for (const Comment &c : wasm) {
        QCOMPARE(c.version, 1);
        QVERIFY(!c.resolved());
        if (c.isReply()) {
            QCOMPARE(c.author, QStringLiteral("Ana Lindqvist"));
            continue;
        }
        QCOMPARE(c.author, QStringLiteral("Bruno Costa"));
        anchors.insert(c.part + u'/' + c.partId);
        // The section's comment is on words of it, as the version has them.
        if (c.part == u"sections")
            QCOMPARE(v1->sections[0].body.mid(c.quoteStart, c.quote.size()),
                     QStringLiteral("execution close to native machine code"));
    }
    QCOMPARE(anchors, (QSet<QString>{QStringLiteral("sections/") + v1->sections[0].id,
                                     QStringLiteral("takeaways/") + v1->takeaways[1].id}));
    QCOMPARE(store.comments(QStringLiteral("crispr-gene-editing"), &error).size(), 1);
    const QList<Comment> euro = store.comments(QStringLiteral("euro-introduction"), &error);
    QCOMPARE(euro.size(), 1);
    QCOMPARE(euro.first().part, QStringLiteral("timeline"));
}

void TestDemo::draftHasLintWarnings()
{
    const auto euro = m_ws->guide(QStringLiteral("euro-introduction"));
    QVERIFY(euro);
    const QList<Finding> findings = lint(*euro, m_ws->lintContext());
    QStringList codes;
    for (const Finding &f : findings) {
        QCOMPARE(f.severity, Finding::Severity::Warning); // warnings, never an error
        codes << f.code;
    }
    QCOMPARE(codes.count(QStringLiteral("uncited-source")), 2);
    QVERIFY(codes.contains(QStringLiteral("source-without-url")));
    // The other guides lint clean, as published guides should.
    for (const char *slug : {"crispr-gene-editing", "webassembly"})
        QVERIFY(!hasErrors(lint(*m_ws->guide(QLatin1String(slug)), m_ws->lintContext())));
}

void TestDemo::peopleAreNamed()
{
    QString error;
    VersionStore store(*m_ws);
    QSet<QString> actors;
    for (const VersionEvent &e : store.history(QStringLiteral("crispr-gene-editing"), &error))
        actors.insert(e.action + u':' + e.actor);
    for (const char *step :
         {"snapshot:Ana Lindqvist", "submit:Ana Lindqvist", "approve:Bruno Costa", "publish:Chen Wei"})
        QVERIFY2(actors.contains(QLatin1String(step)), step);
}

void TestDemo::existingWorkspaceIsNotTouched()
{
    const QByteArray before = [&] {
        QFile f(m_path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QString errors;
    m_ws.reset();
    QCOMPARE(makeDemo(m_path, &errors), 2);
    QVERIFY2(errors.contains(QLatin1String("exists; not touched")), qPrintable(errors));
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
