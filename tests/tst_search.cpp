// Tests for full-text search: the query translation and the index in a real
// workspace: FTS5 in an SQLite file, or a weighted tsvector on PostgreSQL (the _pg run).

#include "store/searchquery.h"
#include "store/workspace.h"
#include "testbackend.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac;

namespace {

Guide makeGuide(const QString &slug, const QString &title, const QString &body)
{
    Guide g;
    g.id = guide::newId();
    g.slug = slug;
    g.title = title;
    g.subject = QStringLiteral("Testing");
    g.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    g.updated = g.created;
    g.tldr = QStringLiteral("A guide made for the search tests.");
    g.sections = {{guide::newId(), QStringLiteral("Overview"), body}};
    return g;
}

QStringList slugs(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << h.slug;
    return out;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void toFtsQuery_data();
    void toFtsQuery();
    void toTsQuery_data();
    void toTsQuery();

    void titleRanksAboveBody();
    void moreOccurrencesRankHigher();
    void phraseSearch();
    void prefixSearch();
    void diacriticsFolded();
    void searchesEveryPart_data();
    void searchesEveryPart();
    void limitRespected();
    void nothingToSearchFor_data();
    void nothingToSearchFor();
    void hostileQueries_data();
    void hostileQueries();

private:
    QList<SearchHit> search(const QString &query, int limit = 50, bool prefix = false);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_ws =
        Workspace::create(test::newWorkspaceLocation(m_dir.path(), QStringLiteral("search.almanac")), &error);
    QVERIFY2(m_ws, qPrintable(error));

    // Equal lengths where it matters, so that only the tested difference ranks.
    QList<Guide> guides = {
        makeGuide(QStringLiteral("body-zephyr"), QStringLiteral("Winds of the world"),
                  QStringLiteral("A zephyr is a gentle westerly breeze that cools summer evenings")),
        makeGuide(QStringLiteral("title-zephyr"), QStringLiteral("The zephyr explained"),
                  QStringLiteral("A light wind from the west that cools summer evenings on the coast")),
        makeGuide(QStringLiteral("one-quokka"), QStringLiteral("Island marsupials"),
                  QStringLiteral("quokka alpha bravo charlie delta echo foxtrot golf hotel india")),
        makeGuide(QStringLiteral("four-quokka"), QStringLiteral("Smiling marsupials"),
                  QStringLiteral("quokka alpha quokka bravo quokka charlie quokka delta echo india")),
        makeGuide(QStringLiteral("red-balloon"), QStringLiteral("A fair"),
                  QStringLiteral("The red balloon floated above the fairground")),
        makeGuide(QStringLiteral("balloon-red"), QStringLiteral("A parade"),
                  QStringLiteral("The balloon was red and drifted over the parade")),
        makeGuide(QStringLiteral("currency"), QStringLiteral("Money changers"),
                  QStringLiteral("The conversion of old coins into new notes took months")),
        makeGuide(QStringLiteral("coffee"), QStringLiteral("Paris mornings"),
                  QStringLiteral("Breakfast at the café on the corner, with a crème brûlée")),
    };
    for (int i = 0; i < 6; ++i)
        guides << makeGuide(QStringLiteral("lorem-%1").arg(i), QStringLiteral("Filler %1").arg(i),
                            QStringLiteral("lorem ipsum ") + QStringLiteral("dolor ").repeated(i + 1));

    Guide parts = makeGuide(QStringLiteral("every-part"), QStringLiteral("Every part"),
                            QStringLiteral("nothing special here"));
    parts.subject = QStringLiteral("Lighthouses");
    parts.tldr = QStringLiteral("Keepers lived on remote rocks.");
    parts.takeaways = {{guide::newId(), QStringLiteral("The lamp burned whale oil.")}};
    parts.sections << Section{guide::newId(), QStringLiteral("Fresnel lenses"),
                              QStringLiteral("Glass prisms.")};
    parts.timeline = {{guide::newId(),
                       QStringLiteral("1822"),
                       QStringLiteral("Augustin invents"),
                       QStringLiteral("A stepped lens replaces the mirror."),
                       {},
                       {}}};
    parts.faq = {{guide::newId(), QStringLiteral("Were keepers lonely?"), QStringLiteral("Often, yes.")}};
    parts.topics = {QStringLiteral("Maritime")};
    parts.sources = {{guide::newId(),
                      QStringLiteral("sea-review"),
                      QStringLiteral("Seafarer Review"),
                      QStringLiteral("Beacons of the coast"),
                      QStringLiteral("https://example.org/b"),
                      {},
                      {},
                      5,
                      QStringLiteral("A history of foghorns."),
                      {}}};
    guides << parts;
    QVERIFY2(m_ws->saveGuides(guides, &error), qPrintable(error));
}

QList<SearchHit> TestSearch::search(const QString &query, int limit, bool prefix)
{
    QString error;
    const auto hits = m_ws->search(query, limit, prefix, &error);
    if (!error.isEmpty())
        qWarning("search for %s failed: %s", qPrintable(query), qPrintable(error));
    return hits;
}

void TestSearch::toFtsQuery_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("empty prefix") << "" << true << "";
    QTest::newRow("spaces") << "   \t " << true << "";
    QTest::newRow("punctuation only") << "!?. -- ()" << false << "";
    QTest::newRow("empty phrase") << "\"\"" << false << "";
    QTest::newRow("lone quote") << "\"" << true << "";
    QTest::newRow("one word") << "wasm" << false << "\"wasm\"";
    QTest::newRow("one word prefix") << "wasm" << true << "\"wasm\"*";
    QTest::newRow("trailing space no prefix") << "wasm " << true << "\"wasm\"";
    QTest::newRow("two words") << "gene editing" << false << "\"gene\" \"editing\"";
    QTest::newRow("two words prefix") << "gene edit" << true << "\"gene\" \"edit\"*";
    QTest::newRow("extra spaces") << "  gene   editing  " << false << "\"gene\" \"editing\"";
    QTest::newRow("phrase") << "\"gene editing\"" << false << "\"gene editing\"";
    QTest::newRow("phrase last no prefix")
        << "crispr \"gene editing\"" << true << "\"crispr\" \"gene editing\"";
    QTest::newRow("phrase then word prefix") << "\"gene editing\" cas" << true << "\"gene editing\" \"cas\"*";
    QTest::newRow("unbalanced quote") << "\"gene editing" << true << "\"gene editing\"";
    QTest::newRow("quote inside word") << "ab\"cd" << false << "\"ab\" \"cd\"";
    QTest::newRow("operators are words")
        << "a AND b OR NOT c" << false << "\"a\" \"AND\" \"b\" \"OR\" \"NOT\" \"c\"";
    QTest::newRow("NEAR") << "NEAR(a b)" << false << "\"NEAR(a\" \"b)\"";
    QTest::newRow("column filter") << "title:x" << false << "\"title:x\"";
    QTest::newRow("star inside quotes") << "conv*" << false << "\"conv*\"";
    QTest::newRow("caret and minus") << "^start -not" << false << "\"^start\" \"-not\"";
    QTest::newRow("lone operators dropped") << "a * ^ : - b" << false << "\"a\" \"b\"";
    QTest::newRow("diacritics kept") << "café" << false << "\"café\"";
    QTest::newRow("sql quote") << "o'brien" << false << "\"o'brien\"";
    QTest::newRow("NUL separates words")
        << (QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << true << "\"a\" \"b\"*";
    QTest::newRow("NUL at the end") << (QStringLiteral("ab") + QChar(0)) << true << "\"ab\"";
    QTest::newRow("NUL in a phrase") << (QStringLiteral("\"a") + QChar(0) + QStringLiteral("b\"")) << false
                                     << "\"a b\"";
}

void TestSearch::toFtsQuery()
{
    QFETCH(QString, typed);
    QFETCH(bool, prefix);
    QFETCH(QString, expected);
    QCOMPARE(almanac::toFtsQuery(typed, prefix), expected);
}

void TestSearch::toTsQuery_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << "" << true << "";
    QTest::newRow("punctuation only") << "!?. -- ()" << false << "";
    QTest::newRow("empty phrase") << "\"\"" << false << "";
    QTest::newRow("one word") << "wasm" << false << "'wasm'";
    QTest::newRow("one word prefix") << "wasm" << true << "'wasm':*";
    QTest::newRow("trailing space no prefix") << "wasm " << true << "'wasm'";
    QTest::newRow("two words prefix") << "gene edit" << true << "'gene' & 'edit':*";
    QTest::newRow("phrase") << "\"gene editing\"" << false << "('gene' <-> 'editing')";
    QTest::newRow("phrase then word prefix")
        << "\"gene editing\" cas" << true << "('gene' <-> 'editing') & 'cas':*";
    QTest::newRow("phrase last no prefix")
        << "crispr \"gene editing\"" << true << "'crispr' & ('gene' <-> 'editing')";
    QTest::newRow("operators are words") << "a AND b | !c" << false << "'a' & 'AND' & 'b' & 'c'";
    QTest::newRow("tsquery syntax is words") << "a:* <-> (b)" << false << "'a' & 'b'";
    QTest::newRow("column filter") << "title:x" << false << "('title' <-> 'x')";
    QTest::newRow("star is not a prefix") << "conv*" << false << "'conv'";
    QTest::newRow("sql quote") << "o'brien" << false << "('o' <-> 'brien')";
    QTest::newRow("backslash") << "a\\b" << false << "('a' <-> 'b')";
    QTest::newRow("prefix of a split word") << "e-mai" << true << "('e' <-> 'mai':*)";
    QTest::newRow("diacritics kept") << "café" << false << "'café'";
    QTest::newRow("repeats once") << "gene Gene GENE" << false << "'gene'";
}

void TestSearch::toTsQuery()
{
    QFETCH(QString, typed);
    QFETCH(bool, prefix);
    QFETCH(QString, expected);
    QCOMPARE(almanac::toTsQuery(typed, prefix), expected);
}

void TestSearch::titleRanksAboveBody()
{
    const auto hits = search(QStringLiteral("zephyr"));
    QCOMPARE(slugs(hits), (QStringList{QStringLiteral("title-zephyr"), QStringLiteral("body-zephyr")}));
    QVERIFY(hits[0].score < hits[1].score); // bm25: lower is better
    QCOMPARE(hits[0].title, QStringLiteral("The zephyr explained"));
    QCOMPARE(hits[0].subject, QStringLiteral("Testing"));
}

void TestSearch::moreOccurrencesRankHigher()
{
    const auto hits = search(QStringLiteral("quokka"));
    QCOMPARE(slugs(hits), (QStringList{QStringLiteral("four-quokka"), QStringLiteral("one-quokka")}));
    QVERIFY(hits[0].score < hits[1].score);
}

void TestSearch::phraseSearch()
{
    QCOMPARE(slugs(search(QStringLiteral("\"red balloon\""))), QStringList{QStringLiteral("red-balloon")});
    QCOMPARE(slugs(search(QStringLiteral("\"balloon was red\""))),
             QStringList{QStringLiteral("balloon-red")});
    QStringList both = slugs(search(QStringLiteral("red balloon")));
    both.sort();
    QCOMPARE(both, (QStringList{QStringLiteral("balloon-red"), QStringLiteral("red-balloon")}));
    // Every term is required.
    QVERIFY(search(QStringLiteral("red quokka")).isEmpty());
    QVERIFY(search(QStringLiteral("\"red zephyr\"")).isEmpty());
}

void TestSearch::prefixSearch()
{
    QCOMPARE(slugs(search(QStringLiteral("conv"), 50, true)), QStringList{QStringLiteral("currency")});
    QVERIFY(search(QStringLiteral("conv"), 50, false).isEmpty());
    QVERIFY(search(QStringLiteral("conv "), 50, true).isEmpty());
    QCOMPARE(slugs(search(QStringLiteral("conversion"), 50, false)), QStringList{QStringLiteral("currency")});
    QCOMPARE(slugs(search(QStringLiteral("old conv"), 50, true)), QStringList{QStringLiteral("currency")});
    // Only the last word is a prefix.
    QVERIFY(search(QStringLiteral("co conversion"), 50, true).isEmpty());
    // A typed star is not a prefix operator.
    QVERIFY(search(QStringLiteral("conv*"), 50, false).isEmpty());
}

void TestSearch::diacriticsFolded()
{
    QCOMPARE(slugs(search(QStringLiteral("cafe"))), QStringList{QStringLiteral("coffee")});
    QCOMPARE(slugs(search(QStringLiteral("café"))), QStringList{QStringLiteral("coffee")});
    QCOMPARE(slugs(search(QStringLiteral("CAFÉ"))), QStringList{QStringLiteral("coffee")});
    QCOMPARE(slugs(search(QStringLiteral("creme brulee"))), QStringList{QStringLiteral("coffee")});
    QCOMPARE(slugs(search(QStringLiteral("bru"), 50, true)), QStringList{QStringLiteral("coffee")});
}

void TestSearch::searchesEveryPart_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("subject") << "lighthouses";
    QTest::newRow("tldr") << "keepers";
    QTest::newRow("takeaway") << "whale";
    QTest::newRow("section heading") << "fresnel";
    QTest::newRow("section body") << "prisms";
    QTest::newRow("timeline title") << "augustin";
    QTest::newRow("timeline description") << "mirror";
    QTest::newRow("faq question") << "lonely";
    QTest::newRow("topic") << "maritime";
    QTest::newRow("source outlet") << "seafarer";
    QTest::newRow("source title") << "beacons";
    QTest::newRow("source summary") << "foghorns";
}

void TestSearch::searchesEveryPart()
{
    QFETCH(QString, word);
    QCOMPARE(slugs(search(word)), QStringList{QStringLiteral("every-part")});
}

void TestSearch::limitRespected()
{
    QCOMPARE(search(QStringLiteral("lorem"), 50).size(), 6);
    QCOMPARE(search(QStringLiteral("lorem"), 6).size(), 6);
    const auto three = search(QStringLiteral("lorem"), 3);
    QCOMPARE(three.size(), 3);
    QCOMPARE(search(QStringLiteral("lorem"), 1).size(), 1);
    const auto all = search(QStringLiteral("lorem"), 50);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1].score <= all[i].score);
    // The limited list is the best of the full one.
    QCOMPARE(slugs(three), slugs(all).mid(0, 3));
    // Fourteen of the fifteen guides say "guide" in their TL;DR; the limit still holds.
    QCOMPARE(search(QStringLiteral("guide"), 5).size(), 5);
}

void TestSearch::nothingToSearchFor_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("prefix");
    QTest::newRow("empty") << "" << false;
    QTest::newRow("empty prefix") << "" << true;
    QTest::newRow("spaces") << "    " << true;
    QTest::newRow("tabs and newlines") << "\t\n \r" << false;
    QTest::newRow("punctuation") << "?!.,;" << true;
    QTest::newRow("operators only") << "* ^ : - + ( )" << false;
    QTest::newRow("empty phrase") << "\"\"" << true;
    QTest::newRow("quotes") << "\"\"\"\"\"" << false;
}

void TestSearch::nothingToSearchFor()
{
    QFETCH(QString, query);
    QFETCH(bool, prefix);
    QString error;
    const auto hits = m_ws->search(query, 50, prefix, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(hits.isEmpty());
}

void TestSearch::hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    const QStringList queries = {QStringLiteral("\"zephyr"),
                                 QStringLiteral("zephyr\""),
                                 QStringLiteral("a\"b\"c\"d"),
                                 QStringLiteral("NEAR(zephyr quokka)"),
                                 QStringLiteral("NEAR(zephyr quokka, 2)"),
                                 QStringLiteral("NEAR("),
                                 QStringLiteral("zephyr AND"),
                                 QStringLiteral("AND zephyr"),
                                 QStringLiteral("OR"),
                                 QStringLiteral("NOT zephyr"),
                                 QStringLiteral("zephyr NOT"),
                                 QStringLiteral("AND OR NOT"),
                                 QStringLiteral("zephyr*"),
                                 QStringLiteral("*zephyr"),
                                 QStringLiteral("^zephyr"),
                                 QStringLiteral("title:zephyr"),
                                 QStringLiteral("title : zephyr"),
                                 QStringLiteral("nosuchcolumn:zephyr"),
                                 QStringLiteral("{title body}:zephyr"),
                                 QStringLiteral("-title:zephyr"),
                                 QStringLiteral("(zephyr"),
                                 QStringLiteral("zephyr)"),
                                 QStringLiteral("(zephyr OR quokka) AND NOT (balloon)"),
                                 QStringLiteral("zephyr + quokka"),
                                 QStringLiteral("- zephyr"),
                                 QStringLiteral("'; DROP TABLE guides; --"),
                                 QStringLiteral("zephyr' OR '1'='1"),
                                 QStringLiteral("\\\"zephyr\\\""),
                                 QStringLiteral("zephyr\u0000quokka"),
                                 QStringLiteral("\"\" OR \"\""),
                                 QStringLiteral("rank:zephyr"),
                                 QStringLiteral("guide_search:zephyr")};
    for (qsizetype i = 0; i < queries.size(); ++i) {
        QTest::addRow("%lld: %s", static_cast<long long>(i), qPrintable(queries[i])) << queries[i];
    }
}

void TestSearch::hostileQueries()
{
    QFETCH(QString, query);
    for (const bool prefix : {false, true}) {
        QString error;
        const auto hits = m_ws->search(query, 50, prefix, &error);
        QVERIFY2(error.isEmpty(), qPrintable(query + QStringLiteral(" -> ") + error));
        for (const SearchHit &h : hits)
            QVERIFY(!h.slug.isEmpty());
    }
    // The words are searched as words: "(zephyr" and "zephyr)" find the zephyr guides.
    if (query == QLatin1String("(zephyr") || query == QLatin1String("zephyr)") ||
        query == QLatin1String("\"zephyr") || query == QLatin1String("zephyr*")) {
        QCOMPARE(search(query).size(), 2);
    }
    // Nothing was dropped or changed by the query.
    QCOMPARE(m_ws->guides().size(), 15);
    QSqlQuery q(m_ws->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM guide_search")) && q.next());
    QCOMPARE(q.value(0).toInt(), 15);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
