// Roles enforced by the server on a team workspace: `almanac team` on the
// throwaway PostgreSQL cluster, then every workflow step tried by each role
// through the real `almanac` binary and through plain psql, logged in as
// separate PostgreSQL roles.

#include "io/guidefile.h"
#include "store/presence.h"
#include "store/versionstore.h"
#include "store/workspace.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace almanac;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Result runProgram(const QString &program, const QStringList &args, const QStringList &environment = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : environment)
        e.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    e.remove(QStringLiteral("ALMANAC_WORKSPACE"));
    e.insert(QStringLiteral("ALMANAC_AUTHOR"), QStringLiteral("Whatever Name"));
    p.setProcessEnvironment(e);
    p.start(program, args);
    Result r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initHandsTablesToTheOwner();
    void usersAreListed();
    void everyStepByItsRoleOnly();
    void psqlIsRefusedToo();
    void bundlesFromAReadOnlyReplica();
    void commentsOnlyThroughTheServersFunctions();
    void adminsManagePeople();
    void workspaceSettingsAreNotEditorsToWrite();
    void presenceNamesWhoLoggedIn();
    void removedUserLosesTheRight();
    void sqliteWorkspaceIsNoTeam();

private:
    Result almanac(const QString &user, const QStringList &args) const;
    Result psql(const QString &user, const QString &sql) const;
    QString as(const QString &user) const;
    QString guideFile();

    QTemporaryDir m_dir;
    QString m_url;
    QString m_editor, m_reviewer, m_publisher;
    QString m_slug;
};

QString TestTeam::as(const QString &user) const
{
    QUrl url(m_url);
    url.setUserName(user);
    return url.toString();
}

Result TestTeam::almanac(const QString &user, const QStringList &args) const
{
    return runProgram(QStringLiteral(ALMANAC_CLI_PATH), QStringList{QStringLiteral("-w"), as(user)} + args);
}

Result TestTeam::psql(const QString &user, const QString &sql) const
{
    return runProgram(QStringLiteral("psql"), {as(user), QStringLiteral("-XAtq"), QStringLiteral("-v"),
                                               QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
}

QString TestTeam::guideFile()
{
    Guide g = test::demo(QStringLiteral("crispr.json"));
    g.related.clear(); // alone in the workspace: related guides would be lint errors
    m_slug = g.slug;
    const QString path = m_dir.filePath(QStringLiteral("guide.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(guidefile::write(g));
    return path;
}

void TestTeam::initTestCase()
{
    m_url = test::newDatabase();
    // Roles belong to the whole cluster: names of this run's own.
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    m_editor = QStringLiteral("ed_") + suffix;
    m_reviewer = QStringLiteral("rev_") + suffix;
    m_publisher = QStringLiteral("pub_") + suffix;
    const QString admin = QUrl(m_url).userName();
    Result r = almanac(admin, {QStringLiteral("team"), QStringLiteral("init"), m_url});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.startsWith("made team workspace"));
    // Running it again changes nothing and still works.
    r = almanac(admin, {QStringLiteral("team"), QStringLiteral("init"), m_url});
    QVERIFY2(r.code == 0, r.err.constData());
    for (const auto &[name, role] :
         {std::pair{m_editor, QStringLiteral("editor")}, std::pair{m_reviewer, QStringLiteral("reviewer")},
          std::pair{m_publisher, QStringLiteral("publisher")}}) {
        r = almanac(admin, {QStringLiteral("team"), QStringLiteral("add-user"), name,
                            QStringLiteral("--role"), role});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains(as(name).toUtf8()), r.out.constData()); // how they connect
        QVERIFY(!r.out.contains("password="));
    }
}

void TestTeam::initHandsTablesToTheOwner()
{
    const Result r =
        psql(QUrl(m_url).userName(),
             QStringLiteral("SELECT count(*), count(*) FILTER (WHERE tableowner = 'almanac_owner') "
                            "FROM pg_tables WHERE schemaname = 'public'"));
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<QByteArray> counts = r.out.trimmed().split('|');
    QCOMPARE(counts.size(), 2);
    QVERIFY(counts[0].toInt() >= 15);
    QCOMPARE(counts[1], counts[0]);
    const Result login =
        psql(QUrl(m_url).userName(),
             QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'almanac_owner'"));
    QCOMPARE(login.out.trimmed(), QByteArray("f"));
    // Nobody can step in as the owner of the tables.
    const Result asOwner = psql(QStringLiteral("almanac_owner"), QStringLiteral("SELECT 1"));
    QVERIFY(asOwner.code != 0);
}

void TestTeam::usersAreListed()
{
    const Result r = almanac(QUrl(m_url).userName(), {QStringLiteral("team"), QStringLiteral("users")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains((m_editor + QStringLiteral("\teditor\n")).toUtf8()), r.out.constData());
    QVERIFY2(r.out.contains((m_reviewer + QStringLiteral("\treviewer\n")).toUtf8()), r.out.constData());
    QVERIFY2(r.out.contains((m_publisher + QStringLiteral("\tpublisher\n")).toUtf8()), r.out.constData());
    const Result bad = almanac(QUrl(m_url).userName(),
                               {QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("x"),
                                QStringLiteral("--role"), QStringLiteral("owner")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("not a role"), bad.err.constData());
}

void TestTeam::everyStepByItsRoleOnly()
{
    const QString file = guideFile();
    // A reviewer cannot write drafts; an editor can.
    Result r = almanac(m_reviewer, {QStringLiteral("import"), file});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("permission denied"), r.err.constData());
    r = almanac(m_editor, {QStringLiteral("import"), file});
    QVERIFY2(r.code == 0, r.err.constData());
    r = almanac(m_editor,
                {QStringLiteral("snapshot"), m_slug, QStringLiteral("-m"), QStringLiteral("first")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = almanac(m_reviewer,
                {QStringLiteral("snapshot"), m_slug, QStringLiteral("-m"), QStringLiteral("mine")});
    QVERIFY(r.code != 0);

    auto step = [&](const QString &user, const QString &option) {
        return almanac(user, {QStringLiteral("review"), m_slug, QStringLiteral("v1"), option});
    };
    // Submit: editors only.
    for (const QString &user : {m_reviewer, m_publisher}) {
        r = step(user, QStringLiteral("--submit"));
        QVERIFY(r.code != 0);
        QVERIFY2(
            r.err.contains(
                QStringLiteral("%1 may not submit a version: that takes the editor role").arg(user).toUtf8()),
            r.err.constData());
    }
    r = step(m_editor, QStringLiteral("--submit"));
    QVERIFY2(r.code == 0, r.err.constData());
    // Approve: reviewers only.
    for (const QString &user : {m_editor, m_publisher}) {
        r = step(user, QStringLiteral("--approve"));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("that takes the reviewer role"), r.err.constData());
    }
    r = step(m_reviewer, QStringLiteral("--approve"));
    QVERIFY2(r.code == 0, r.err.constData());
    // Publish: publishers only.
    for (const QString &user : {m_editor, m_reviewer}) {
        r = almanac(user, {QStringLiteral("publish"), m_slug, QStringLiteral("v1"), QStringLiteral("--yes")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("that takes the publisher role"), r.err.constData());
    }
    r = almanac(m_publisher,
                {QStringLiteral("publish"), m_slug, QStringLiteral("v1"), QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.err.constData());

    // The history names who logged in, not the name the program was given.
    r = almanac(m_editor, {QStringLiteral("versions"), m_slug});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(!r.out.contains("Whatever Name"), r.out.constData());
    for (const QString &user : {m_editor, m_reviewer, m_publisher})
        QVERIFY2(r.out.contains(user.toUtf8()), r.out.constData());
    r = psql(m_editor, QStringLiteral("SELECT string_agg(action || ':' || actor, ' ' ORDER BY seq) FROM "
                                      "version_events"));
    QCOMPARE(r.out.trimmed(), QStringLiteral("snapshot:%1 submit:%1 approve:%2 publish:%3")
                                  .arg(m_editor, m_reviewer, m_publisher)
                                  .toUtf8());
}

void TestTeam::psqlIsRefusedToo()
{
    // Straight at the tables: nobody but the owner changes a version.
    for (const QString &user : {m_editor, m_reviewer, m_publisher}) {
        const Result r = psql(user, QStringLiteral("UPDATE versions SET state = 'draft'"));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("permission denied for table versions"), r.err.constData());
    }
    // Through the function, the same rules as the programs.
    const QString sendBack =
        QStringLiteral("SELECT almanac_step((SELECT id FROM guides WHERE slug = '%1'), 1, 'request-changes', "
                       "'fix it')")
            .arg(m_slug);
    Result r = psql(m_editor, sendBack);
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("may not request-changes a version: that takes the reviewer role"),
             r.err.constData());
    r = psql(m_reviewer, sendBack);
    QVERIFY(r.code != 0); // published: no step takes it back
    QVERIFY2(r.err.contains("the version is published"), r.err.constData());
    // Faking a step, or who did one, is not possible: steps are the function's to write.
    r = psql(m_editor, QStringLiteral("INSERT INTO version_events SELECT guide_id, number, 99, 'publish', "
                                      "'approved', 'published', 'someone', '', '' FROM versions"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("workflow steps are taken with almanac_step()"), r.err.constData());
    r = psql(m_editor,
             QStringLiteral("INSERT INTO versions SELECT guide_id, 2, 'published', 'someone', created, "
                            "note, content, sha256 FROM versions"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("a new version is a draft"), r.err.constData());
    r = psql(m_editor, QStringLiteral("UPDATE version_events SET actor = 'someone'"));
    QVERIFY(r.code != 0); // editors record snapshots, but never rewrite what happened
    QVERIFY2(r.err.contains("permission denied"), r.err.constData());
    // What an editor writes directly names the editor, whatever it says.
    r = psql(m_editor, QStringLiteral("INSERT INTO changes (guide_id, kind, revision, actor, at) "
                                      "VALUES ('x', 'draft', 0, 'someone', '') RETURNING actor"));
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), m_editor.toUtf8());
}

// Bundling and exporting only read, so a newsroom can run them on a streaming
// replica: here every transaction of the connection is read-only, as on a hot standby.
void TestTeam::bundlesFromAReadOnlyReplica()
{
    const QStringList readOnly = {QStringLiteral("PGOPTIONS=-c default_transaction_read_only=on")};
    const QString out = m_dir.filePath(QStringLiteral("replica-bundle"));
    Result r = runProgram(
        QStringLiteral(ALMANAC_CLI_PATH),
        {QStringLiteral("-w"), as(m_publisher), QStringLiteral("bundle"), QStringLiteral("-o"), out},
        readOnly);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/manifest.json")));
    r = runProgram(QStringLiteral(ALMANAC_CLI_PATH),
                   {QStringLiteral("-w"), as(m_reviewer), QStringLiteral("export"), m_slug,
                    QStringLiteral("-o"), m_dir.filePath(QStringLiteral("replica.json"))},
                   readOnly);
    QVERIFY2(r.code == 0, r.err.constData());
    // A write there is refused by the server, and says so.
    const QString other = m_dir.filePath(QStringLiteral("other.json"));
    Guide wasm = test::demo(QStringLiteral("webassembly.json"));
    wasm.related.clear();
    QFile f(other);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(guidefile::write(wasm)) > 0);
    f.close();
    r = runProgram(QStringLiteral(ALMANAC_CLI_PATH),
                   {QStringLiteral("-w"), as(m_editor), QStringLiteral("import"), other}, readOnly);
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("read-only transaction"), r.err.constData());
}

// Comments, as steps: through a function that checks roles and names who
// logged in, never straight into the table.
void TestTeam::commentsOnlyThroughTheServersFunctions()
{
    const QString guideId = QStringLiteral("(SELECT id FROM guides WHERE slug = '%1')").arg(m_slug);
    Result r =
        psql(m_reviewer, QStringLiteral("INSERT INTO comments (id, guide_id, version_number, part, "
                                        "part_id, author, created, body, resolved_by, resolved_at) "
                                        "SELECT 'c0', %1, 1, 'metadata', %1, 'someone', '', 'hi', '', ''")
                             .arg(guideId));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("permission denied for table comments"), r.err.constData());

    auto comment = [&](const QString &user, const QString &id, const QString &body) {
        return psql(user,
                    QStringLiteral("SELECT almanac_comment('%1', %2, 1, 'metadata', %2, '%3', '', 0, '')")
                        .arg(id, guideId, body));
    };
    r = comment(m_publisher, QStringLiteral("c1"), QStringLiteral("looks fine"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("%1 may not comment: that takes the reviewer or editor role")
                                .arg(m_publisher)
                                .toUtf8()),
             r.err.constData());
    r = comment(m_reviewer, QStringLiteral("c2"), QStringLiteral("   "));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("a comment needs some text"), r.err.constData());
    r = comment(m_reviewer, QStringLiteral("c3"), QStringLiteral("Cite the 2012 paper here."));
    QVERIFY2(r.code == 0, r.err.constData());

    // Through the programs, the same function: the name a program gives means nothing to the server.
    QString error;
    auto ws = Workspace::open(as(m_editor), &error);
    QVERIFY2(ws, qPrintable(error));
    VersionStore store(*ws);
    const QList<Comment> before = store.comments(m_slug, &error);
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.constFirst().author, m_reviewer);
    QCOMPARE(before.constFirst().body, QStringLiteral("Cite the 2012 paper here."));
    const auto mine = store.addComment(m_slug, 1, QStringLiteral("metadata"), ws->guide(m_slug)->id,
                                       QStringLiteral("Whatever Name"), QStringLiteral("Done."), &error);
    QVERIFY2(mine, qPrintable(error));
    QCOMPARE(mine->author, m_editor);
    // A reply joins the thread, by whoever logged in; one to a place the thread
    // is not on, or to no thread, is refused.
    const auto answer = store.addComment(
        m_slug, CommentRequest{0, {}, {}, QStringLiteral("Added the citation."), {}, 0, QStringLiteral("c3")},
        QStringLiteral("Whatever Name"), &error);
    QVERIFY2(answer, qPrintable(error));
    QCOMPARE(answer->replyTo, QStringLiteral("c3"));
    QCOMPARE(answer->author, m_editor);
    r = psql(m_reviewer,
             QStringLiteral("SELECT almanac_comment('c4', %1, 1, 'sections', 'elsewhere', 'x', '', 0, 'c3')")
                 .arg(guideId));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("a reply answers a thread"), r.err.constData());
    r = psql(m_reviewer,
             QStringLiteral("SELECT almanac_comment('c5', %1, 1, 'metadata', %1, 'x', '', 0, '%2')")
                 .arg(guideId, answer->id));
    QVERIFY2(r.err.contains("a reply answers a thread"), r.err.constData());

    // Resolving: by reviewers and editors only, and it names who did.
    r = psql(m_publisher, QStringLiteral("SELECT almanac_resolve_comment('c3')"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("may not comment"), r.err.constData());
    r = psql(m_editor, QStringLiteral("UPDATE comments SET resolved_by = 'x' WHERE id = 'c3'"));
    QVERIFY(r.code != 0);
    // Resolving a reply resolves its thread.
    QVERIFY2(store.resolveComment(answer->id, QStringLiteral("Whatever Name"), &error), qPrintable(error));
    r = psql(m_reviewer, QStringLiteral("SELECT author || ' ' || resolved_by FROM comments WHERE id = 'c3'"));
    QCOMPARE(r.out.trimmed(), QStringLiteral("%1 %2").arg(m_reviewer, m_editor).toUtf8());
    QVERIFY(!store.resolveComment(QStringLiteral("c3"), QString(), &error));
    QVERIFY2(error.contains(QLatin1String("no open comment with the id c3")), qPrintable(error));
}

// An admin adds and removes people without being a database superuser; nobody
// else may, from the CLI or from psql.
void TestTeam::adminsManagePeople()
{
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString admin = QStringLiteral("adm_") + suffix;
    const QString newcomer = QStringLiteral("new_") + suffix;
    Result r = almanac(QUrl(m_url).userName(), {QStringLiteral("team"), QStringLiteral("add-user"), admin,
                                                QStringLiteral("--role"), QStringLiteral("admin")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = psql(
        admin,
        QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = '%1'").arg(admin));
    QCOMPARE(r.out.trimmed(), QByteArray("f")); // an ordinary login role

    r = almanac(m_editor, {QStringLiteral("team"), QStringLiteral("add-user"), newcomer,
                           QStringLiteral("--role"), QStringLiteral("reviewer")});
    QVERIFY(r.code != 0);
    QVERIFY2(
        r.err.contains(
            QStringLiteral("%1 may not manage people: that takes the admin role").arg(m_editor).toUtf8()),
        r.err.constData());
    r = psql(m_editor, QStringLiteral("SELECT almanac_add_user('%1', 'admin')").arg(newcomer));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("that takes the admin role"), r.err.constData());
    r = psql(m_editor, QStringLiteral("GRANT almanac_admin TO %1").arg(m_editor));
    QVERIFY(r.code != 0);

    r = almanac(admin, {QStringLiteral("team"), QStringLiteral("add-user"), newcomer,
                        QStringLiteral("--role"), QStringLiteral("reviewer")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = psql(newcomer, QStringLiteral("SELECT count(*) FROM guides"));
    QVERIFY2(r.code == 0, r.err.constData()); // connects, and reads
    // Names the server would take as SQL are refused before anything is made.
    r = psql(admin, QStringLiteral("SELECT almanac_add_user('x; DROP TABLE guides', 'editor')"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("cannot be a user name"), r.err.constData());
    r = psql(admin, QStringLiteral("SELECT almanac_add_user('%1', 'superuser')").arg(newcomer));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("is not a role"), r.err.constData());

    r = almanac(admin, {QStringLiteral("team"), QStringLiteral("remove-user"), admin});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("cannot remove themself"), r.err.constData());
    r = almanac(m_reviewer, {QStringLiteral("team"), QStringLiteral("remove-user"), newcomer});
    QVERIFY(r.code != 0);
    r = almanac(admin, {QStringLiteral("team"), QStringLiteral("remove-user"), newcomer});
    QVERIFY2(r.code == 0, r.err.constData());
    r = psql(newcomer, QStringLiteral("SELECT count(*) FROM guides"));
    QVERIFY(r.code != 0);
}

// The workspace's own settings (its schema version, say) are the owner's:
// editors keep their words for the spelling check in a table of their own.
void TestTeam::workspaceSettingsAreNotEditorsToWrite()
{
    for (const QString &user : {m_editor, m_reviewer}) {
        const Result r =
            psql(user, QStringLiteral("UPDATE almanac_meta SET value = '99' WHERE key = 'schema_version'"));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("permission denied for table almanac_meta"), r.err.constData());
    }
    QString error;
    auto ws = Workspace::open(as(m_reviewer), &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY2(ws->addPersonalWord(QStringLiteral("Charpentier"), &error), qPrintable(error));
    QVERIFY(ws->personalWords().contains(QStringLiteral("Charpentier")));
}

// Presence rows name who logged in, and nobody clears another person's.
void TestTeam::presenceNamesWhoLoggedIn()
{
    QString error;
    auto ws = Workspace::open(as(m_editor), &error);
    QVERIFY2(ws, qPrintable(error));
    const QString id = ws->guide(m_slug)->id;
    QVERIFY2(
        presence::announce(*ws, QStringLiteral("desk-1"), QStringLiteral("Someone Else"), {id}, {id}, &error),
        qPrintable(error));
    auto other = Workspace::open(as(m_reviewer), &error);
    QVERIFY2(other, qPrintable(error));
    const QList<Presence> seen = presence::others(*other, QStringLiteral("desk-2"), &error);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.constFirst().person, m_editor);
    QVERIFY(seen.constFirst().typing);
    Result r = psql(m_reviewer, QStringLiteral("DELETE FROM presence"));
    QVERIFY2(r.code == 0, r.err.constData()); // allowed, but only on the reviewer's own rows
    QCOMPARE(presence::others(*other, QStringLiteral("desk-2"), &error).size(), 1);
    r = psql(m_reviewer, QStringLiteral("UPDATE presence SET typing = 0"));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(presence::others(*other, QStringLiteral("desk-2"), &error).constFirst().typing);
    QVERIFY(presence::leave(*ws, QStringLiteral("desk-1"), &error));
    QVERIFY(presence::others(*other, QStringLiteral("desk-2"), &error).isEmpty());
}

void TestTeam::removedUserLosesTheRight()
{
    const QString admin = QUrl(m_url).userName();
    Result r = almanac(admin, {QStringLiteral("team"), QStringLiteral("remove-user"), m_publisher});
    QVERIFY2(r.code == 0, r.err.constData());
    r = almanac(admin, {QStringLiteral("team"), QStringLiteral("users")});
    QVERIFY(!r.out.contains(m_publisher.toUtf8()));
    r = psql(m_publisher, QStringLiteral("SELECT count(*) FROM guides"));
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("permission denied"), r.err.constData());
}

void TestTeam::sqliteWorkspaceIsNoTeam()
{
    const QString file = m_dir.filePath(QStringLiteral("solo.almanac"));
    QCOMPARE(runProgram(QStringLiteral(ALMANAC_CLI_PATH), {QStringLiteral("init"), file}).code, 0);
    const Result r =
        runProgram(QStringLiteral(ALMANAC_CLI_PATH),
                   {QStringLiteral("-w"), file, QStringLiteral("team"), QStringLiteral("users")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("not a team workspace"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
