// Versions, the review workflow, the live version and comments, on a real
// SQLite workspace in a temporary folder.

#include "io/guidefile.h"
#include "store/reviewstate.h"
#include "store/versionstore.h"
#include "store/workspace.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac;
using namespace almanac::test;
using Action = VersionStore::Action;

namespace {

const QString crispr = QStringLiteral("crispr-gene-editing");
const QString wasm = QStringLiteral("webassembly");
const QString euro = QStringLiteral("euro-introduction");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestVersionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void numberingPerGuide();
    void contentRoundTrip();
    void versionsAreImmutable();
    void damagedContentIsDetected();
    void unknownGuideAndVersion();
    void transitions_data();
    void transitions();
    void historyInOrder();
    void oneLiveVersion();
    void restore();
    void comments();
    void commentAnchors_data();
    void commentAnchors();
    void commentsSurviveNewVersions();
    void removeGuideCascades();
    void submitNeedsACleanVersion();
    void unclaimedSlugKeepsSavingButMakesNoVersion();
    void reviewStatesOfAllGuides();
    void parseLabel_data();
    void parseLabel();

private:
    int count(const QString &sql, const QVariantList &values = {}) const;
    QString guideId(const QString &slug) const { return m_ws->guide(slug)->id; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<VersionStore> m_store;
};

void TestVersionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_ws = Workspace::create(test::newWorkspaceLocation(m_dir->path(), QStringLiteral("ws.almanac")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    QVERIFY2(m_ws->saveGuides({demo(QStringLiteral("crispr.json")), demo(QStringLiteral("webassembly.json")),
                               demo(QStringLiteral("euro-banknotes.json"))},
                              &error),
             qPrintable(error));
    m_store = std::make_unique<VersionStore>(*m_ws);
}

void TestVersionStore::cleanup()
{
    m_store.reset();
    m_ws.reset();
    m_dir.reset();
}

int TestVersionStore::count(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_ws->database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toInt();
}

void TestVersionStore::numberingPerGuide()
{
    QString error;
    QVERIFY(m_store->versions(crispr, &error).isEmpty());
    QVERIFY(error.isEmpty());
    const auto c1 = m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("first"), &error);
    QVERIFY2(c1, qPrintable(error));
    QCOMPARE(c1->number, 1);
    QCOMPARE(c1->label(), QStringLiteral("v1"));
    QCOMPARE(c1->state, QStringLiteral("draft"));
    QCOMPARE(c1->author, QStringLiteral("ana"));
    QCOMPARE(c1->note, QStringLiteral("first"));
    QVERIFY(!c1->live);
    QVERIFY(c1->created.isValid());
    QVERIFY(qAbs(c1->created.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const auto w1 = m_store->snapshot(wasm, QStringLiteral("ben"), QStringLiteral("wasm first"), &error);
    QVERIFY2(w1, qPrintable(error));
    QCOMPARE(w1->number, 1);
    const auto c2 = m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("second"), &error);
    QCOMPARE(c2->number, 2);
    const auto c3 = m_store->snapshot(crispr, QStringLiteral("cem"), QStringLiteral("third"), &error);
    QCOMPARE(c3->number, 3);

    const QList<VersionInfo> list = m_store->versions(crispr, &error);
    QCOMPARE(list.size(), 3);
    // Newest first.
    QCOMPARE(list[0].number, 3);
    QCOMPARE(list[1].number, 2);
    QCOMPARE(list[2].number, 1);
    QCOMPARE(list[0].author, QStringLiteral("cem"));
    QCOMPARE(list[2].note, QStringLiteral("first"));
    QCOMPARE(list[2].sha256, c1->sha256);
    QCOMPARE(m_store->versions(wasm, &error).size(), 1);
    QVERIFY(m_store->versions(euro, &error).isEmpty());

    const auto one = m_store->version(crispr, 2, &error);
    QVERIFY(one);
    QCOMPARE(one->note, QStringLiteral("second"));
}

void TestVersionStore::contentRoundTrip()
{
    QString error;
    const Guide draft = *m_ws->guide(crispr);
    const auto v = m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("n"), &error);
    QVERIFY2(v, qPrintable(error));
    const auto content = m_store->content(crispr, 1, &error);
    QVERIFY2(content, qPrintable(error));
    QVERIFY(*content == draft);
    // The checksum is the SHA-256 of the canonical bytes, and those are stored.
    const QByteArray canonical = guidefile::write(draft);
    QCOMPARE(v->sha256, sha256Hex(canonical));
    QCOMPARE(v->sha256.size(), 64);
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral("SELECT content, sha256 FROM versions WHERE guide_id = ? AND number = 1"));
    q.addBindValue(draft.id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString().toUtf8(), canonical);
    QCOMPARE(q.value(1).toString(), v->sha256);
    QCOMPARE(guidefile::write(*content), canonical);
}

void TestVersionStore::versionsAreImmutable()
{
    QString error;
    const Guide before = *m_ws->guide(crispr);
    const auto v1 = m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("n"), &error);
    QVERIFY(v1);
    Guide changed = before;
    changed.title = QStringLiteral("A new title");
    changed.sections.removeLast();
    changed.takeaways[0].text = QStringLiteral("Changed after the snapshot.");
    QVERIFY2(m_ws->saveGuide(changed, &error), qPrintable(error));

    const auto content = m_store->content(crispr, 1, &error);
    QVERIFY2(content, qPrintable(error));
    QVERIFY(*content == before);
    QCOMPARE(m_store->version(crispr, 1, &error)->sha256, v1->sha256);

    const auto v2 = m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("n2"), &error);
    QVERIFY(v2);
    QVERIFY(v2->sha256 != v1->sha256);
    QCOMPARE(m_store->content(crispr, 2, &error)->title, QStringLiteral("A new title"));
    QCOMPARE(m_store->content(crispr, 1, &error)->title, before.title);

    // Two snapshots of the same draft have the same checksum.
    const auto v3 = m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("n3"), &error);
    QCOMPARE(v3->sha256, v2->sha256);
}

void TestVersionStore::damagedContentIsDetected()
{
    QString error;
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("n"), &error));
    QVERIFY(m_store->snapshot(wasm, QStringLiteral("ana"), QStringLiteral("n"), &error));
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral(
        "UPDATE versions SET content = REPLACE(content, 'CRISPR', 'CRISPX') WHERE guide_id = ?"));
    q.addBindValue(guideId(crispr));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);

    error.clear();
    QVERIFY(!m_store->content(crispr, 1, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("v1")), qPrintable(error));
    QVERIFY2(error.contains(crispr), qPrintable(error));
    // Nothing can be built on a damaged version.
    error.clear();
    QVERIFY(!m_store->restore(crispr, 1, QStringLiteral("test"), &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    // Other versions are fine.
    QVERIFY2(m_store->content(wasm, 1, &error), qPrintable(error));
}

void TestVersionStore::unknownGuideAndVersion()
{
    QString error;
    QVERIFY(!m_store->snapshot(QStringLiteral("nope"), QStringLiteral("ana"), QStringLiteral("n"), &error));
    QVERIFY2(error.contains(QStringLiteral("\"nope\"")), qPrintable(error));
    error.clear();
    QVERIFY(m_store->versions(QStringLiteral("nope"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("\"nope\"")), qPrintable(error));
    error.clear();
    QVERIFY(!m_store->content(crispr, 4, &error));
    QVERIFY2(error.contains(QStringLiteral("no version v4")), qPrintable(error));
    error.clear();
    QVERIFY(!m_store->version(crispr, 4, &error));
    QVERIFY2(error.contains(QStringLiteral("no version v4")), qPrintable(error));
    error.clear();
    QVERIFY(!m_store->apply(crispr, 4, Action::Submit, QStringLiteral("ana"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("no version v4")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM versions")), 0);
}

void TestVersionStore::submitNeedsACleanVersion()
{
    Guide g = *m_ws->guide(crispr);
    g.tldr += QStringLiteral(" [@no-such-source]");
    QString error;
    QVERIFY2(m_ws->saveGuide(g, &error), qPrintable(error));
    QVERIFY2(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("n"), &error),
             qPrintable(error));
    QVERIFY(!m_store->apply(crispr, 1, Action::Submit, QStringLiteral("ana"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("lint errors")) &&
                 error.contains(QStringLiteral("no-such-source")),
             qPrintable(error));
    QCOMPARE(m_store->version(crispr, 1, &error)->state, QStringLiteral("draft"));
}

void TestVersionStore::unclaimedSlugKeepsSavingButMakesNoVersion()
{
    const QString id = guideId(crispr);
    Draft d = *m_ws->draftById(id);
    d.guide.slug = QStringLiteral("webassembly"); // another guide's
    d.guide.tldr = QStringLiteral("Kept.");
    // An import refuses it, as before; an editor's autosave keeps it.
    SaveResult r = m_ws->saveDraft(d.guide, d.revision, QStringLiteral("ana"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("belongs to another guide")), qPrintable(r.error));
    DraftWrite w{d.guide, d.revision};
    w.keepUnclaimedSlug = true;
    r = m_ws->saveDrafts({w}, QStringLiteral("ana"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(m_ws->hasUnclaimedSlug(id));
    QCOMPARE(m_ws->draftById(id)->guide.tldr, QStringLiteral("Kept."));
    QCOMPARE(m_ws->draftById(id)->guide.slug, QStringLiteral("webassembly"));
    QCOMPARE(m_ws->guideIdsBySlug().value(crispr), id); // still listed under its own
    QCOMPARE(m_ws->guideIdsBySlug().value(QStringLiteral("webassembly")),
             guideId(QStringLiteral("webassembly")));
    QString error;
    QVERIFY(!m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("n"), &error));
    QVERIFY2(error.contains(QStringLiteral("belongs to another guide")), qPrintable(error));
    // Not a slug at all, half typed: saved too.
    w.guide.slug = QStringLiteral("half-");
    w.baseRevision = r.revision;
    r = m_ws->saveDrafts({w}, QStringLiteral("ana"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(m_ws->draftById(id)->guide.slug, QStringLiteral("half-"));
    // A free slug is taken at the next save, and versions are possible again.
    w.guide.slug = QStringLiteral("crispr-explained");
    w.baseRevision = r.revision;
    r = m_ws->saveDrafts({w}, QStringLiteral("ana"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!m_ws->hasUnclaimedSlug(id));
    QCOMPARE(m_ws->guideIdsBySlug().value(QStringLiteral("crispr-explained")), id);
    QVERIFY2(m_store->snapshot(QStringLiteral("crispr-explained"), QStringLiteral("ana"), {}, &error),
             qPrintable(error));
}

void TestVersionStore::reviewStatesOfAllGuides()
{
    using Stage = ReviewState::Stage;
    QString error;
    QHash<QString, ReviewState> states = ReviewState::readAll(*m_ws, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(states.value(guideId(crispr)).stage, Stage::Draft);
    QCOMPARE(states.value(guideId(crispr)).latest, 0);
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), {}, &error));
    QVERIFY(m_store->apply(crispr, 1, Action::Submit, QStringLiteral("ana"), {}, &error));
    QCOMPARE(ReviewState::readAll(*m_ws, &error).value(guideId(crispr)).stage, Stage::InReview);
    QVERIFY(m_store->apply(crispr, 1, Action::RequestChanges, QStringLiteral("rev"), QStringLiteral("More."),
                           &error));
    ReviewState s = ReviewState::readAll(*m_ws, &error).value(guideId(crispr));
    QCOMPARE(s.stage, Stage::ChangesRequested);
    QCOMPARE(s.note, QStringLiteral("More."));
    QCOMPARE(s.noteBy, QStringLiteral("rev"));
    QVERIFY(m_store->apply(crispr, 1, Action::Submit, QStringLiteral("ana"), {}, &error));
    QVERIFY(m_store->apply(crispr, 1, Action::Approve, QStringLiteral("rev"), {}, &error));
    QCOMPARE(ReviewState::readAll(*m_ws, &error).value(guideId(crispr)).stage, Stage::Approved);
    QVERIFY2(m_store->apply(crispr, 1, Action::Publish, QStringLiteral("pub"), {}, &error),
             qPrintable(error));
    s = ReviewState::readAll(*m_ws, &error).value(guideId(crispr));
    QCOMPARE(s.stage, Stage::Live);
    QCOMPARE(s.live, 1);
    // A draft saved within the second the live version was made is still newer
    // than it: the version keeps the draft revision it was made from.
    auto draft = m_ws->draft(crispr);
    QVERIFY(draft);
    DraftWrite w{draft->guide, draft->revision};
    w.guide.tldr += QStringLiteral(" One more sentence.");
    QVERIFY(m_ws->saveDrafts({w}, QStringLiteral("ana")).ok());
    QCOMPARE(ReviewState::readAll(*m_ws, &error).value(guideId(crispr)).stage, Stage::LiveNewerDraft);
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), {}, &error));
    s = ReviewState::readAll(*m_ws, &error).value(guideId(crispr));
    QCOMPARE(s.stage, Stage::LiveNewerDraft);
    QCOMPARE(s.latest, 2);
    QCOMPARE(ReviewState::stageKey(s.stage), QStringLiteral("live-newer-draft"));
}

void TestVersionStore::transitions_data()
{
    QTest::addColumn<QList<int>>("before"); // actions taken first, as ints
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expected"); // the new state, or "!" and a part of the message

    const int submit = int(Action::Submit);
    const int approve = int(Action::Approve);
    const int request = int(Action::RequestChanges);
    const int publish = int(Action::Publish);
    const QString note = QStringLiteral("fix the dates");
    // Legal.
    QTest::newRow("submit a draft") << QList<int>{} << submit << QString() << QStringLiteral("in-review");
    QTest::newRow("approve in review")
        << QList<int>{submit} << approve << QString() << QStringLiteral("approved");
    QTest::newRow("request changes in review")
        << QList<int>{submit} << request << note << QStringLiteral("draft");
    QTest::newRow("request changes when approved")
        << QList<int>{submit, approve} << request << note << QStringLiteral("draft");
    QTest::newRow("publish approved")
        << QList<int>{submit, approve} << publish << QString() << QStringLiteral("published");
    QTest::newRow("submit again after changes")
        << QList<int>{submit, request} << submit << QString() << QStringLiteral("in-review");
    // Illegal.
    QTest::newRow("approve a draft") << QList<int>{} << approve << QString()
                                     << QStringLiteral("!is draft and cannot be approved");
    QTest::newRow("publish a draft") << QList<int>{} << publish << QString()
                                     << QStringLiteral("!is draft and cannot be published");
    QTest::newRow("request changes on a draft")
        << QList<int>{} << request << note << QStringLiteral("!is draft and cannot be sent back");
    QTest::newRow("submit twice") << QList<int>{submit} << submit << QString()
                                  << QStringLiteral("!is in-review and cannot be submitted for review");
    QTest::newRow("publish in review") << QList<int>{submit} << publish << QString()
                                       << QStringLiteral("!is in-review and cannot be published");
    QTest::newRow("approve twice") << QList<int>{submit, approve} << approve << QString()
                                   << QStringLiteral("!is approved and cannot be approved");
    QTest::newRow("submit approved") << QList<int>{submit, approve} << submit << QString()
                                     << QStringLiteral("!is approved and cannot be submitted");
    QTest::newRow("publish twice") << QList<int>{submit, approve, publish} << publish << QString()
                                   << QStringLiteral("!is published and cannot be published");
    QTest::newRow("request changes when published")
        << QList<int>{submit, approve, publish} << request << note
        << QStringLiteral("!is published and cannot be sent back");
    QTest::newRow("submit published") << QList<int>{submit, approve, publish} << submit << QString()
                                      << QStringLiteral("!nothing more can be done");
    QTest::newRow("request changes without a note")
        << QList<int>{submit} << request << QString() << QStringLiteral("!needs a note");
    QTest::newRow("request changes with a blank note")
        << QList<int>{submit, approve} << request << QStringLiteral("  \n")
        << QStringLiteral("!needs a note");
}

void TestVersionStore::transitions()
{
    QFETCH(QList<int>, before);
    QFETCH(int, action);
    QFETCH(QString, note);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("n"), &error));
    for (int a : before)
        QVERIFY2(m_store->apply(crispr, 1, Action(a), QStringLiteral("rev"), QStringLiteral("ok"), &error),
                 qPrintable(error));
    const VersionInfo was = *m_store->version(crispr, 1, &error);
    const int events = static_cast<int>(m_store->history(crispr, &error).size());
    const int live =
        count(QStringLiteral("SELECT COALESCE(live_version, 0) FROM guides WHERE slug = ?"), {crispr});

    error.clear();
    const bool ok = m_store->apply(crispr, 1, Action(action), QStringLiteral("rita"), note, &error);
    const VersionInfo now = *m_store->version(crispr, 1, nullptr);
    if (expected.startsWith(u'!')) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expected.mid(1)), qPrintable(error));
        if (!expected.contains(QStringLiteral("note")))
            QVERIFY2(error.contains(QStringLiteral("v1")) && error.contains(crispr), qPrintable(error));
        // Nothing changed.
        QCOMPARE(now.state, was.state);
        QCOMPARE(now.live, was.live);
        QCOMPARE(m_store->history(crispr, nullptr).size(), events);
        QCOMPARE(
            count(QStringLiteral("SELECT COALESCE(live_version, 0) FROM guides WHERE slug = ?"), {crispr}),
            live);
    } else {
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(now.state, expected);
        QCOMPARE(now.live, expected == QLatin1String("published"));
        const QList<VersionEvent> history = m_store->history(crispr, nullptr);
        QCOMPARE(history.size(), events + 1);
        QCOMPARE(history.last().fromState, was.state);
        QCOMPARE(history.last().toState, expected);
        QCOMPARE(history.last().actor, QStringLiteral("rita"));
        QCOMPARE(history.last().note, note);
    }
}

void TestVersionStore::historyInOrder()
{
    QString error;
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("first draft"), &error));
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("second draft"), &error));
    QVERIFY(m_store->snapshot(wasm, QStringLiteral("zed"), QStringLiteral("other guide"), &error));
    // Steps on v1 after v2 was made, all within the same second or two.
    QVERIFY(m_store->apply(crispr, 1, Action::Submit, QStringLiteral("ana"), QString(), &error));
    QVERIFY(
        m_store->apply(crispr, 2, Action::Submit, QStringLiteral("ana"), QStringLiteral("this one"), &error));
    QVERIFY(m_store->apply(crispr, 1, Action::RequestChanges, QStringLiteral("bo"),
                           QStringLiteral("too long"), &error));
    QVERIFY(m_store->apply(crispr, 2, Action::Approve, QStringLiteral("bo"), QString(), &error));
    QVERIFY(m_store->apply(crispr, 2, Action::Publish, QStringLiteral("cy"), QString(), &error));

    const QList<VersionEvent> h = m_store->history(crispr, &error);
    QVERIFY(error.isEmpty());
    QStringList got;
    for (const VersionEvent &e : h)
        got << QStringLiteral("v%1 %2 %3->%4 by %5: %6")
                   .arg(e.number)
                   .arg(e.action, e.fromState, e.toState, e.actor, e.note);
    const QStringList expected = {
        QStringLiteral("v1 snapshot ->draft by ana: first draft"),
        QStringLiteral("v2 snapshot ->draft by ana: second draft"),
        QStringLiteral("v1 submit draft->in-review by ana: "),
        QStringLiteral("v2 submit draft->in-review by ana: this one"),
        QStringLiteral("v1 request-changes in-review->draft by bo: too long"),
        QStringLiteral("v2 approve in-review->approved by bo: "),
        QStringLiteral("v2 publish approved->published by cy: "),
    };
    QCOMPARE(got, expected);
    for (const VersionEvent &e : h)
        QVERIFY(qAbs(e.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // The other guide's history is its own.
    QCOMPARE(m_store->history(wasm, &error).size(), 1);
}

void TestVersionStore::oneLiveVersion()
{
    QString error;
    auto publish = [&](int n) {
        return m_store->apply(crispr, n, Action::Submit, QStringLiteral("a"), {}, &error) &&
               m_store->apply(crispr, n, Action::Approve, QStringLiteral("b"), {}, &error) &&
               m_store->apply(crispr, n, Action::Publish, QStringLiteral("c"), {}, &error);
    };
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("1"), &error));
    QVERIFY2(publish(1), qPrintable(error));
    QList<VersionInfo> list = m_store->versions(crispr, &error);
    QCOMPARE(list.size(), 1);
    QVERIFY(list[0].live);

    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("2"), &error));
    // Until v2 is published, v1 stays live.
    list = m_store->versions(crispr, &error);
    QVERIFY(!list[0].live);
    QVERIFY(list[1].live);
    QVERIFY2(publish(2), qPrintable(error));
    list = m_store->versions(crispr, &error);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].number, 2);
    QCOMPARE(list[0].state, QStringLiteral("published"));
    QVERIFY(list[0].live);
    QCOMPARE(list[1].number, 1);
    QCOMPARE(list[1].state, QStringLiteral("published"));
    QVERIFY(!list[1].live);
    QCOMPARE(std::count_if(list.begin(), list.end(), [](const VersionInfo &v) { return v.live; }), 1);
    QCOMPARE(count(QStringLiteral("SELECT live_version FROM guides WHERE slug = ?"), {crispr}), 2);
    // Other guides have no live version.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM guides WHERE live_version IS NOT NULL")), 1);
}

void TestVersionStore::restore()
{
    QString error;
    const Guide original = *m_ws->guide(crispr);
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("1"), &error));
    Guide edited = original;
    edited.title = QStringLiteral("Edited");
    edited.sections.removeFirst();
    edited.sections.append(Section{guide::newId(), QStringLiteral("New"), QStringLiteral("Body.")});
    QVERIFY(m_ws->saveGuide(edited, &error));
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("2"), &error));

    QVERIFY2(m_store->restore(crispr, 1, QStringLiteral("test"), &error), qPrintable(error));
    Guide draft = *m_ws->guide(crispr);
    QCOMPARE(draft.title, original.title);
    QCOMPARE(draft.id, original.id);
    QCOMPARE(draft.sections.size(), original.sections.size());
    for (qsizetype i = 0; i < draft.sections.size(); ++i)
        QCOMPARE(draft.sections[i].id, original.sections[i].id);
    // All but the time of the last change is v1's.
    const Guide v1 = *m_store->content(crispr, 1, &error);
    draft.updated = v1.updated;
    QVERIFY(draft == v1);
    // The versions are all still there, unchanged.
    const QList<VersionInfo> list = m_store->versions(crispr, &error);
    QCOMPARE(list.size(), 2);
    QCOMPARE(m_store->content(crispr, 2, &error)->title, QStringLiteral("Edited"));
    QVERIFY(!m_store->restore(crispr, 3, QStringLiteral("test"), &error));
    QVERIFY2(error.contains(QStringLiteral("no version v3")), qPrintable(error));
}

void TestVersionStore::comments()
{
    QString error;
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("1"), &error));
    const Guide v1 = *m_store->content(crispr, 1, &error);
    const QString sectionId = v1.sections[2].id;
    const auto c =
        m_store->addComment(crispr, 1, QStringLiteral("sections"), sectionId, QStringLiteral("rev"),
                            QStringLiteral("Cite the 2012 paper here."), &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(guide::isValidId(c->id));
    QCOMPARE(c->version, 1);
    QVERIFY(!c->resolved());
    const auto meta = m_store->addComment(crispr, 1, QStringLiteral("metadata"), v1.id, QStringLiteral("ed"),
                                          QStringLiteral("Title too long."), &error);
    QVERIFY2(meta, qPrintable(error));

    QList<Comment> list = m_store->comments(crispr, &error);
    QCOMPARE(list.size(), 2);
    const auto stored =
        std::find_if(list.begin(), list.end(), [&](const Comment &x) { return x.id == c->id; });
    QVERIFY(stored != list.end());
    QCOMPARE(stored->part, QStringLiteral("sections"));
    QCOMPARE(stored->partId, sectionId);
    QCOMPARE(stored->author, QStringLiteral("rev"));
    QCOMPARE(stored->body, QStringLiteral("Cite the 2012 paper here."));
    QCOMPARE(stored->version, 1);
    QVERIFY(!stored->resolved());
    QVERIFY(m_store->comments(wasm, &error).isEmpty());

    // Empty text is refused.
    error.clear();
    QVERIFY(!m_store->addComment(crispr, 1, QStringLiteral("sections"), sectionId, QStringLiteral("rev"),
                                 QStringLiteral("  \n "), &error));
    QVERIFY2(error.contains(QStringLiteral("needs some text")), qPrintable(error));
    // On a version that does not exist.
    error.clear();
    QVERIFY(!m_store->addComment(crispr, 2, QStringLiteral("sections"), sectionId, QStringLiteral("rev"),
                                 QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("no version v2")), qPrintable(error));

    // Resolving records who; twice is refused, and so is an unknown id.
    QVERIFY2(m_store->resolveComment(c->id, QStringLiteral("ana"), &error), qPrintable(error));
    list = m_store->comments(crispr, &error);
    const auto resolved =
        std::find_if(list.begin(), list.end(), [&](const Comment &x) { return x.id == c->id; });
    QVERIFY(resolved->resolved());
    QCOMPARE(resolved->resolvedBy, QStringLiteral("ana"));
    QVERIFY(resolved->resolvedAt.isValid());
    error.clear();
    QVERIFY(!m_store->resolveComment(c->id, QStringLiteral("bo"), &error));
    QVERIFY2(error.contains(QStringLiteral("no open comment")) && error.contains(c->id), qPrintable(error));
    list = m_store->comments(crispr, &error);
    QCOMPARE(
        std::find_if(list.begin(), list.end(), [&](const Comment &x) { return x.id == c->id; })->resolvedBy,
        QStringLiteral("ana"));
    error.clear();
    QVERIFY(!m_store->resolveComment(guide::newId(), QStringLiteral("bo"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM comments")), 2);
}

void TestVersionStore::commentAnchors_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("which"); // index of the item in v1; -1: a made-up id
    QTest::addColumn<bool>("ok");
    QTest::newRow("takeaway") << QStringLiteral("takeaways") << 0 << true;
    QTest::newRow("section") << QStringLiteral("sections") << 1 << true;
    QTest::newRow("timeline") << QStringLiteral("timeline") << 3 << true;
    QTest::newRow("faq") << QStringLiteral("faq") << 0 << true;
    QTest::newRow("source") << QStringLiteral("sources") << 2 << true;
    QTest::newRow("missing section id") << QStringLiteral("sections") << -1 << false;
    QTest::newRow("id of another part") << QStringLiteral("faq") << 1 << false; // a section's id under faq
    QTest::newRow("unknown part") << QStringLiteral("bogus") << 0 << false;
    QTest::newRow("metadata with a section id") << QStringLiteral("metadata") << 0 << false;
}

void TestVersionStore::commentAnchors()
{
    QFETCH(QString, part);
    QFETCH(int, which);
    QFETCH(bool, ok);
    QString error;
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("1"), &error));
    const Guide v1 = *m_store->content(crispr, 1, &error);
    QString id = guide::newId();
    if (which >= 0) {
        if (part == QLatin1String("takeaways"))
            id = v1.takeaways[which].id;
        else if (part == QLatin1String("timeline"))
            id = v1.timeline[which].id;
        else if (part == QLatin1String("sources"))
            id = v1.sources[which].id;
        else if (part == QLatin1String("faq") && ok)
            id = v1.faq[which].id;
        else
            id = v1.sections[which].id;
    }
    error.clear();
    const auto c =
        m_store->addComment(crispr, 1, part, id, QStringLiteral("rev"), QStringLiteral("Note."), &error);
    QCOMPARE(bool(c), ok);
    if (!ok) {
        QVERIFY2(error.contains(id) && error.contains(QStringLiteral("v1")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM comments")), 0);
    } else {
        QCOMPARE(m_store->comments(crispr, &error).size(), 1);
    }
}

void TestVersionStore::commentsSurviveNewVersions()
{
    QString error;
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("1"), &error));
    const Guide v1 = *m_store->content(crispr, 1, &error);
    const QString sectionId = v1.sections[0].id;
    const auto c = m_store->addComment(crispr, 1, QStringLiteral("sections"), sectionId,
                                       QStringLiteral("rev"), QStringLiteral("Shorter, please."), &error);
    QVERIFY2(c, qPrintable(error));
    // Edit the draft: the commented section moves and changes, and keeps its id.
    Guide edited = *m_ws->guide(crispr);
    edited.sections[0].body = QStringLiteral("A shorter body.");
    edited.sections.move(0, 2);
    QVERIFY(m_ws->saveGuide(edited, &error));
    QVERIFY(m_store->snapshot(crispr, QStringLiteral("ana"), QStringLiteral("2"), &error));

    const QList<Comment> list = m_store->comments(crispr, &error);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].id, c->id);
    QCOMPARE(list[0].version, 1);
    QCOMPARE(list[0].partId, sectionId);
    const Guide v2 = *m_store->content(crispr, 2, &error);
    QCOMPARE(v2.sections[2].id, sectionId);
    QCOMPARE(v2.sections[2].body, QStringLiteral("A shorter body."));
    // And the same anchor can be used on v2.
    QVERIFY2(m_store->addComment(crispr, 2, QStringLiteral("sections"), sectionId, QStringLiteral("rev"),
                                 QStringLiteral("Better."), &error),
             qPrintable(error));
    QCOMPARE(m_store->comments(crispr, &error).size(), 2);
}

void TestVersionStore::removeGuideCascades()
{
    QString error;
    for (const QString &slug : {crispr, wasm}) {
        QVERIFY(m_store->snapshot(slug, QStringLiteral("ana"), QStringLiteral("1"), &error));
        QVERIFY(m_store->snapshot(slug, QStringLiteral("ana"), QStringLiteral("2"), &error));
        QVERIFY(m_store->apply(slug, 1, Action::Submit, QStringLiteral("ana"), {}, &error));
        const Guide v1 = *m_store->content(slug, 1, &error);
        QVERIFY(m_store->addComment(slug, 1, QStringLiteral("sections"), v1.sections[0].id,
                                    QStringLiteral("rev"), QStringLiteral("Hm."), &error));
    }
    const QString id = guideId(crispr);
    const QString otherId = guideId(wasm);
    const QString versions = QStringLiteral("SELECT COUNT(*) FROM versions WHERE guide_id = ?");
    const QString events = QStringLiteral("SELECT COUNT(*) FROM version_events WHERE guide_id = ?");
    const QString comments = QStringLiteral("SELECT COUNT(*) FROM comments WHERE guide_id = ?");
    QCOMPARE(count(versions, {id}), 2);
    QCOMPARE(count(events, {id}), 3);
    QCOMPARE(count(comments, {id}), 1);

    const SaveResult removed = m_ws->removeGuide(crispr);
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QCOMPARE(count(versions, {id}), 0);
    QCOMPARE(count(events, {id}), 0);
    QCOMPARE(count(comments, {id}), 0);
    // The other guide keeps everything.
    QCOMPARE(count(versions, {otherId}), 2);
    QCOMPARE(count(events, {otherId}), 3);
    QCOMPARE(count(comments, {otherId}), 1);
    QVERIFY(m_store->versions(crispr, &error).isEmpty());
    QVERIFY2(error.contains(crispr), qPrintable(error));
}

void TestVersionStore::parseLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("number");
    QTest::newRow("v1") << QStringLiteral("v1") << 1;
    QTest::newRow("v12") << QStringLiteral("v12") << 12;
    QTest::newRow("v0") << QStringLiteral("v0") << 0;
    QTest::newRow("v-1") << QStringLiteral("v-1") << 0;
    QTest::newRow("1") << QStringLiteral("1") << 0;
    QTest::newRow("V1") << QStringLiteral("V1") << 0;
    QTest::newRow("v") << QStringLiteral("v") << 0;
    QTest::newRow("vx") << QStringLiteral("vx") << 0;
    QTest::newRow("draft") << QStringLiteral("draft") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestVersionStore::parseLabel()
{
    QFETCH(QString, label);
    QFETCH(int, number);
    QCOMPARE(VersionStore::parseLabel(label), number);
}

QTEST_GUILESS_MAIN(TestVersionStore)
#include "tst_versionstore.moc"
