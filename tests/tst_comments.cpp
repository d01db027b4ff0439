// Comments that live where the text is: a quoted passage followed through
// later edits (diff/passage), the guide's items by part (guide/items), and
// comment threads with passages in the store, on a real workspace (SQLite, and
// PostgreSQL as comments_pg).

#include "diff/passage.h"
#include "guide/items.h"
#include "store/versionstore.h"
#include "store/workspace.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace almanac;
using namespace almanac::test;
using passage::Fate;

Q_DECLARE_METATYPE(almanac::passage::Fate)

namespace {

const QString crispr = QStringLiteral("crispr-gene-editing");

} // namespace

class TestComments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void follow_data();
    void follow();
    void followRefusesWhatIsNotAPassage();
    void itemsByPart();
    void passageComments();
    void threads();

private:
    struct Store
    {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<Workspace> ws;
        std::unique_ptr<VersionStore> versions;
    };
    static Store openStore();
};

void TestComments::follow_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence"); // which occurrence of quote in from is quoted
    QTest::addColumn<QString>("to");
    QTest::addColumn<Fate>("fate");
    QTest::addColumn<QString>("found"); // to's text at the place found

    const QString text = QStringLiteral("Phages attack bacteria. Bacteria keep a record of each attack. "
                                        "The record sits between repeats.");
    QTest::newRow("same text") << text << QStringLiteral("keep a record") << 0 << text << Fate::Kept
                               << QStringLiteral("keep a record");
    QTest::newRow("words added before")
        << text << QStringLiteral("keep a record") << 0
        << QStringLiteral(
               "Tiny viruses called phages attack bacteria. Bacteria keep a record of each attack. "
               "The record sits between repeats.")
        << Fate::Kept << QStringLiteral("keep a record");
    QTest::newRow("words added after, passage ends mid-word")
        << text << QStringLiteral("record of each att") << 0 << text + QStringLiteral(" More follows.")
        << Fate::Kept << QStringLiteral("record of each att");
    QTest::newRow("a word changed inside")
        << text << QStringLiteral("keep a record of each attack") << 0
        << QStringLiteral("Phages attack bacteria. Bacteria keep a memory of each attack. "
                          "The record sits between repeats.")
        << Fate::Changed << QStringLiteral("keep a memory of each attack");
    QTest::newRow("passage deleted") << text << QStringLiteral("Bacteria keep a record of each attack.") << 0
                                     << QStringLiteral(
                                            "Phages attack bacteria. The record sits between repeats.")
                                     << Fate::Gone << QString();
    QTest::newRow("passage partly rewritten")
        << text << QStringLiteral("The record sits between repeats") << 0
        << QStringLiteral("Phages attack bacteria. Bacteria keep a record of each attack. "
                          "The record lies among palindromes.")
        << Fate::Changed << QStringLiteral("The record");
    QTest::newRow("every word rewritten")
        << text << QStringLiteral("sits between repeats") << 0
        << QStringLiteral("Phages attack bacteria. Bacteria keep a record of each attack. "
                          "The record lies among palindromes.")
        << Fate::Gone << QString();
    QTest::newRow("sentence moved")
        << text << QStringLiteral("The record sits between repeats.") << 0
        << QStringLiteral("The record sits between repeats. Phages attack bacteria, and they keep coming "
                          "back. Bacteria keep a record of each attack.")
        << Fate::Kept << QStringLiteral("The record sits between repeats.");
    // The second "the cat" stays the second after text is added before both.
    QTest::newRow("repeated words") << QStringLiteral("We saw the cat. Then the cat ran.")
                                    << QStringLiteral("the cat") << 1
                                    << QStringLiteral("At noon we saw the cat. Then the cat ran.")
                                    << Fate::Kept << QStringLiteral("the cat");
    QTest::newRow("non-Latin text") << QStringLiteral("يعمل كريسبر كمقص جزيئي دقيق.")
                                    << QStringLiteral("كمقص جزيئي") << 0
                                    << QStringLiteral("في الواقع يعمل كريسبر كمقص جزيئي دقيق.") << Fate::Kept
                                    << QStringLiteral("كمقص جزيئي");
}

void TestComments::follow()
{
    QFETCH(QString, from);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(QString, to);
    QFETCH(Fate, fate);
    QFETCH(QString, found);
    qsizetype start = from.indexOf(quote);
    for (int i = 0; i < occurrence; ++i)
        start = from.indexOf(quote, start + 1);
    QVERIFY(start >= 0);
    const passage::Place place = passage::follow(from, start, quote.size(), to);
    QCOMPARE(place.fate, fate);
    if (fate == Fate::Gone)
        return;
    QCOMPARE(to.mid(place.start, place.length), found);
    if (QTest::currentDataTag() == QByteArray("repeated words"))
        QCOMPARE(place.start, to.lastIndexOf(quote));
}

void TestComments::followRefusesWhatIsNotAPassage()
{
    const QString text = QStringLiteral("Some words here.");
    QCOMPARE(passage::follow(text, 0, 0, text).fate, Fate::Gone);
    QCOMPARE(passage::follow(text, -1, 3, text).fate, Fate::Gone);
    QCOMPARE(passage::follow(text, 10, 20, text).fate, Fate::Gone);
    QCOMPARE(passage::follow(text, 5, 5, QString()).fate, Fate::Gone);
    // Only white space of it left keeps nothing.
    QCOMPARE(passage::follow(QStringLiteral("alpha beta gamma"), 6, 10, QStringLiteral("alpha delta")).fate,
             Fate::Gone);
}

void TestComments::itemsByPart()
{
    const Guide g = demo(QStringLiteral("crispr.json"));
    QVERIFY(g.sections.size() > 2 && !g.faq.isEmpty() && !g.timeline.isEmpty() && !g.takeaways.isEmpty());
    QCOMPARE(items::idAt(g, u"sections", 2), g.sections[2].id);
    QCOMPARE(items::indexOf(g, u"sections", g.sections[2].id), 2);
    QCOMPARE(items::text(g, u"sections", g.sections[2].id), std::optional<QString>(g.sections[2].body));
    QCOMPARE(items::text(g, u"faq", g.faq[0].id), std::optional<QString>(g.faq[0].answer));
    QCOMPARE(items::text(g, u"timeline", g.timeline[0].id),
             std::optional<QString>(g.timeline[0].description));
    QCOMPARE(items::text(g, u"takeaways", g.takeaways[0].id), std::optional<QString>(g.takeaways[0].text));
    QCOMPARE(items::text(g, u"sources", g.sources[0].id), std::optional<QString>(g.sources[0].summary));
    QCOMPARE(items::text(g, u"metadata", g.id), std::optional<QString>(g.tldr));
    QCOMPARE(items::count(g, u"faq"), g.faq.size());
    QCOMPARE(items::count(g, u"metadata"), 1);
    // An id of another part, an index past the end, a name that is no part.
    QCOMPARE(items::indexOf(g, u"faq", g.sections[0].id), -1);
    QVERIFY(!items::text(g, u"faq", g.sections[0].id));
    QVERIFY(items::idAt(g, u"sections", g.sections.size()).isEmpty());
    QVERIFY(items::idAt(g, u"sections", -1).isEmpty());
    QVERIFY(!items::isPart(u"headline"));
    QCOMPARE(items::count(g, u"headline"), 0);
    QVERIFY(items::textField(u"headline").isEmpty());
    QCOMPARE(items::textField(u"sections"), QStringLiteral("body"));
}

TestComments::Store TestComments::openStore()
{
    Store s;
    s.dir = std::make_unique<QTemporaryDir>();
    QString error;
    s.ws = Workspace::create(newWorkspaceLocation(s.dir->path(), QStringLiteral("ws.almanac")), &error);
    if (!s.ws || !s.ws->saveGuides(
                     {demo(QStringLiteral("crispr.json")), demo(QStringLiteral("webassembly.json"))}, &error))
        qFatal("%s", qPrintable(error));
    s.versions = std::make_unique<VersionStore>(*s.ws);
    if (!s.versions->snapshot(crispr, QStringLiteral("ana"), {}, &error))
        qFatal("%s", qPrintable(error));
    return s;
}

// A comment on words of a section: stored with where they start in the
// version's text; a quote the version does not have there is refused.
void TestComments::passageComments()
{
    Store s = openStore();
    QString error;
    const Guide v1 = *s.versions->content(crispr, 1, &error);
    const Section &section = v1.sections[0];
    const QString quote = QStringLiteral("many bacteria developed a way to remember");
    const qsizetype start = section.body.indexOf(quote);
    QVERIFY(start > 0);
    const auto c = s.versions->addComment(
        crispr,
        CommentRequest{
            1, QStringLiteral("sections"), section.id, QStringLiteral("Which bacteria?"), quote, start, {}},
        QStringLiteral("rev"), &error);
    QVERIFY2(c, qPrintable(error));
    const QList<Comment> stored = s.versions->comments(crispr, &error);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0], *c);
    QCOMPARE(stored[0].quote, quote);
    QCOMPARE(stored[0].quoteStart, start);

    // The TL;DR is the details' text.
    const qsizetype tldr = v1.tldr.indexOf(QStringLiteral("immune system"));
    QVERIFY2(s.versions->addComment(crispr,
                                    CommentRequest{1,
                                                   QStringLiteral("metadata"),
                                                   v1.id,
                                                   QStringLiteral("Whose?"),
                                                   QStringLiteral("immune system"),
                                                   tldr,
                                                   {}},
                                    QStringLiteral("rev"), &error),
             qPrintable(error));

    // Refused, with nothing written: words not at that place, a place past the
    // end, words of another item.
    const QList<CommentRequest> wrong = {
        {1, QStringLiteral("sections"), section.id, QStringLiteral("x"), quote, start + 1, {}},
        {1, QStringLiteral("sections"), section.id, QStringLiteral("x"), quote, section.body.size(), {}},
        {1, QStringLiteral("sections"), section.id, QStringLiteral("x"), quote, -1, {}},
        {1, QStringLiteral("sections"), v1.sections[1].id, QStringLiteral("x"), quote, start, {}},
    };
    for (const CommentRequest &r : wrong) {
        error.clear();
        QVERIFY(!s.versions->addComment(crispr, r, QStringLiteral("rev"), &error));
        QVERIFY2(
            error.contains(QStringLiteral("v1 of \"%1\" does not have the quoted passage at %2 of its body")
                               .arg(crispr)
                               .arg(r.quoteStart)),
            qPrintable(error));
    }
    QCOMPARE(s.versions->comments(crispr, &error).size(), 2);

    // Followed into a draft edited since: words added before it shift it.
    Guide draft = *s.ws->guide(crispr);
    draft.sections[0].body.prepend(QStringLiteral("A new opening sentence. "));
    const passage::Place place = passage::follow(section.body, c->quoteStart, c->quote.size(),
                                                 *items::text(draft, c->part, c->partId));
    QCOMPARE(place.fate, Fate::Kept);
    QCOMPARE(place.start, start + 24);
}

// Replies join the thread of its first comment and take its place; the thread
// is resolved as one, from any of its comments.
void TestComments::threads()
{
    Store s = openStore();
    QString error;
    const Guide v1 = *s.versions->content(crispr, 1, &error);
    const QString quote = v1.faq[0].answer.left(20);
    const auto first = s.versions->addComment(
        crispr,
        CommentRequest{1, QStringLiteral("faq"), v1.faq[0].id, QStringLiteral("Too vague."), quote, 0, {}},
        QStringLiteral("rev"), &error);
    QVERIFY2(first, qPrintable(error));
    const auto answer = s.versions->addComment(
        crispr, CommentRequest{0, {}, {}, QStringLiteral("Sharpened it."), {}, 0, first->id},
        QStringLiteral("ed"), &error);
    QVERIFY2(answer, qPrintable(error));
    QCOMPARE(answer->replyTo, first->id);
    QCOMPARE(answer->part, QStringLiteral("faq"));
    QCOMPARE(answer->partId, v1.faq[0].id);
    QCOMPARE(answer->quote, quote);
    QCOMPARE(answer->version, 1);
    // An answer to the answer is in the same thread.
    const auto again = s.versions->addComment(
        crispr, CommentRequest{0, {}, {}, QStringLiteral("Better."), {}, 0, answer->id},
        QStringLiteral("rev"), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->replyTo, first->id);

    // A reply to nothing, or to another guide's comment, is refused.
    QVERIFY(s.versions->snapshot(QStringLiteral("webassembly"), QStringLiteral("ana"), {}, &error));
    const Guide w = *s.versions->content(QStringLiteral("webassembly"), 1, &error);
    const auto other = s.versions->addComment(QStringLiteral("webassembly"), 1, QStringLiteral("metadata"),
                                              w.id, QStringLiteral("rev"), QStringLiteral("Hm."), &error);
    QVERIFY2(other, qPrintable(error));
    for (const QString &to : {QStringLiteral("no-such-comment"), other->id}) {
        error.clear();
        QVERIFY(!s.versions->addComment(crispr, CommentRequest{0, {}, {}, QStringLiteral("x"), {}, 0, to},
                                        QStringLiteral("ed"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"%1\" has no comment %2").arg(crispr, to)),
                 qPrintable(error));
    }
    // Listed first comment first, even when its replies came within the same second.
    const QList<Comment> listed = s.versions->comments(crispr, &error);
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed[0].id, first->id);

    // Resolving the last reply resolves the thread; then no comment of it is open.
    QVERIFY2(s.versions->resolveComment(again->id, QStringLiteral("rev"), &error), qPrintable(error));
    const QList<Comment> all = s.versions->comments(crispr, &error);
    const auto head =
        std::find_if(all.begin(), all.end(), [&](const Comment &c) { return c.id == first->id; });
    QVERIFY(head != all.end());
    QCOMPARE(head->resolvedBy, QStringLiteral("rev"));
    error.clear();
    QVERIFY(!s.versions->resolveComment(answer->id, QStringLiteral("ed"), &error));
    QVERIFY2(error.contains(QStringLiteral("no open comment")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestComments)
#include "tst_comments.moc"
