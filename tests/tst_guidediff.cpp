// The structured diff of two guides: every kind of change, checked by its
// counts and against stored reference output (tests/reference/diff: NAME.txt
// from toText, NAME.json from toJson, NAME.html for one case). To regenerate
// the references on purpose, run tests/regenerate-references.sh.

#include "diff/diffformat.h"
#include "diff/guidediff.h"
#include "io/guidefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace almanac;
using diff::ItemChange;

namespace {

Guide base()
{
    QString error;
    auto g = guidefile::readFile(QStringLiteral(ALMANAC_TEST_DATA "/diff/base.json"), &error);
    if (!g)
        qFatal("%s", qPrintable(error));
    return *g;
}

QString newId(int n)
{
    return QStringLiteral("d1ff0000-0000-4000-8000-0000000001%1").arg(n, 2, 10, QLatin1Char('0'));
}

const diff::DiffLabels labels{QStringLiteral("lighthouses"), QStringLiteral("v1"), QStringLiteral("v2")};

// Each case: how the "after" guide differs from the base one.
using Edit = std::function<void(Guide &)>;

// A journal article's CSL item and a TimelineJS slide's media, in the shapes of
// Zotero's and TimelineJS3's files (tests/data/import/README.md).
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const QJsonObject &articleRecord()
{
    static const QJsonObject r =
        json("{\"type\":\"article-journal\",\"title\":\"Lens apertures of coastal "
             "lights\",\"container-title\":\"Journal of Lighthouse "
             "Optics\",\"author\":[{\"family\":\"Okonkwo\",\"given\":\"Adaeze "
             "N.\"},{\"family\":\"Berg\",\"given\":\"Pieter\",\"non-dropping-particle\":\"van "
             "der\"}],\"DOI\":\"10.5555/"
             "optics.2019.0042\",\"volume\":\"12\",\"issue\":\"3\",\"page\":\"101-118\",\"issued\":{\"date-"
             "parts\":[[2019,5]]},\"note\":\"Survey of 40 lights\"}");
    return r;
}

// The "before" guide of the cases that compare kept records (the base has none).
Guide withRecords(Guide g)
{
    g.sources[1].csl = articleRecord();
    g.timeline[0].timelinejs = json(
        "{\"media\":{\"url\":\"https://images.example/fresnel.jpg\",\"caption\":\"The first "
        "lens\",\"credit\":\"Museum archive\"},\"group\":\"Optics\",\"start_date\":{\"year\":\"1822\"}}");
    g.timelinejs = json("{\"title\":{\"text\":{\"headline\":\"Lighthouses\"}},\"scale\":\"human\"}");
    return g;
}

const QList<std::pair<QString, Edit>> &cases()
{
    static const QList<std::pair<QString, Edit>> list = {
        {QStringLiteral("identical"), [](Guide &g) { g.updated = g.updated.addDays(3); }},
        {QStringLiteral("title-word"),
         [](Guide &g) { g.title = QStringLiteral("Lighthouses: How Coastal Lights Guide Ships"); }},
        {QStringLiteral("level-status"),
         [](Guide &g) {
             g.level = QStringLiteral("Intermediate");
             g.status = QStringLiteral("archived");
         }},
        {QStringLiteral("tldr-word"),
         [](Guide &g) { g.tldr.replace(QStringLiteral("dangerous"), QStringLiteral("rocky")); }},
        {QStringLiteral("takeaway-added"),
         [](Guide &g) {
             g.takeaways.insert(
                 1, Takeaway{newId(1), QStringLiteral("Lights are listed in an official *List of Lights*.")});
         }},
        {QStringLiteral("takeaway-removed"), [](Guide &g) { g.takeaways.removeAt(1); }},
        {QStringLiteral("takeaway-changed"),
         [](Guide &g) {
             g.takeaways[2].text =
                 QStringLiteral("Most lights are now automatic and their keepers have gone.");
         }},
        {QStringLiteral("section-added"),
         [](Guide &g) {
             g.sections.insert(
                 2, Section{newId(2), QStringLiteral("Fog signals"),
                            QStringLiteral("When fog hides the light, a horn or bell sounds a pattern.\n\n"
                                           "Diaphones gave the deepest note.")});
         }},
        {QStringLiteral("section-removed"), [](Guide &g) { g.sections.removeAt(2); }},
        {QStringLiteral("section-changed"),
         [](Guide &g) {
             g.sections[1].heading = QStringLiteral("Fresnel's lens");
             g.sections[1].body =
                 QStringLiteral("Augustin Fresnel built a lens from rings of glass prisms in 1823. "
                                "It bends the light of one lamp into a narrow, bright beam "
                                "[@optics-review].\n\nIt was first used at Cordouan.");
         }},
        {QStringLiteral("section-moved"), [](Guide &g) { g.sections.move(3, 0); }},
        {QStringLiteral("section-moved-changed"),
         [](Guide &g) {
             g.sections.move(0, 3);
             g.sections[3].body.replace(QStringLiteral("warns ships away"),
                                        QStringLiteral("keeps ships away"));
         }},
        {QStringLiteral("section-line-breaks"),
         [](Guide &g) {
             // Only line breaks change: still visible in the text diff.
             g.sections[0].body.replace(QStringLiteral("\n\n"), QStringLiteral("\n"));
             g.sections[1].body.replace(QStringLiteral("1822. It"), QStringLiteral("1822.\n\nIt"));
         }},
        {QStringLiteral("sections-several-moves"),
         [](Guide &g) {
             // b1 b2 b3 b4 -> b3 b1 b4 b2: two stay in order, two move.
             const QList<Section> s = g.sections;
             g.sections = {s[2], s[0], s[3], s[1]};
         }},
        {QStringLiteral("sections-reversed"),
         [](Guide &g) { std::reverse(g.sections.begin(), g.sections.end()); }},
        {QStringLiteral("timeline-changed"),
         [](Guide &g) {
             TimelineEntry &e = g.timeline[1];
             e.date = QStringLiteral("1998-04-01");
             e.title = QStringLiteral("The last keepers leave");
             e.description = QStringLiteral("The last staffed light on this coast is automated.");
             e.sources = {QStringLiteral("keeper-log"), QStringLiteral("optics-review")};
         }},
        {QStringLiteral("faq"),
         [](Guide &g) {
             g.faq[0].answer.replace(QStringLiteral("can fail"), QStringLiteral("can be jammed"));
             g.faq.removeAt(1);
             g.faq.append(FaqEntry{newId(3), QStringLiteral("Who runs them?"),
                                   QStringLiteral("A national authority.")});
         }},
        {QStringLiteral("sources"),
         [](Guide &g) {
             Source &s = g.sources[0];
             s.relevance = 8;
             s.url = QStringLiteral("https://coast-archive.example/logs/keeper");
             s.summary = QStringLiteral("Daily entries from one station over a whole century.");
         }},
        {QStringLiteral("source-record"),
         [](Guide &g) {
             g = withRecords(g);
             QJsonObject &r = g.sources[1].csl;
             QJsonArray authors = r.value(u"author").toArray();
             QJsonObject second = authors[1].toObject();
             second.insert(QStringLiteral("given"), QStringLiteral("Pieter J."));
             authors[1] = second;
             authors.append(json("{\"literal\":\"Coastal Examples Working Group\"}"));
             r.insert(QStringLiteral("author"), authors);
             r.insert(QStringLiteral("DOI"), QStringLiteral("10.5555/optics.2019.0043"));
             r.insert(QStringLiteral("volume"), QStringLiteral("13"));
             r.insert(QStringLiteral("issued"), json("{\"date-parts\":[[2019,6,2]]}"));
             r.insert(QStringLiteral("ISSN"), QStringLiteral("0000-0019"));
             r.remove(QStringLiteral("note"));
         }},
        {QStringLiteral("timeline-record"),
         [](Guide &g) {
             g = withRecords(g);
             TimelineEntry &e = g.timeline[0];
             e.date = QStringLiteral("1822/1823");
             QJsonObject media = e.timelinejs.value(u"media").toObject();
             media.insert(QStringLiteral("url"), QStringLiteral("https://images.example/fresnel-lens.jpg"));
             media.insert(QStringLiteral("caption"), QStringLiteral("The first Fresnel lens, at Cordouan"));
             e.timelinejs.insert(QStringLiteral("media"), media);
             e.timelinejs.insert(QStringLiteral("end_date"), json("{\"year\":\"1823\"}"));
             g.timelinejs = json(
                 "{\"title\":{\"text\":{\"headline\":\"Lighthouses of the coast\"}},\"scale\":\"human\"}");
         }},
        {QStringLiteral("topics"),
         [](Guide &g) {
             g.topics = {QStringLiteral("Navigation"), QStringLiteral("Maritime history"),
                         QStringLiteral("Architecture")};
         }},
        {QStringLiteral("topics-reordered"),
         [](Guide &g) {
             g.topics = {QStringLiteral("Optics"), QStringLiteral("Maritime history"),
                         QStringLiteral("Navigation")};
         }},
        {QStringLiteral("related"),
         [](Guide &g) {
             g.related = {QStringLiteral("fresnel-optics"), QStringLiteral("maritime-museums")};
         }},
        {QStringLiteral("mixed"),
         [](Guide &g) {
             g.title += QStringLiteral(" <and> Why");
             g.takeaways.removeAt(0);
             g.sections.move(2, 0);
             g.sections[1].body += QStringLiteral("\n\nA new paragraph & more.");
             g.timeline.append(TimelineEntry{newId(4),
                                             QStringLiteral("2026"),
                                             QStringLiteral("Museum opens"),
                                             QStringLiteral("The station becomes a museum."),
                                             {},
                                             {}});
             g.topics.append(QStringLiteral("Museums"));
             g.sources[1].relevance = 10;
         }},
    };
    return list;
}

// The guide a case starts from: the base, with kept records for the cases about them.
Guide before(const QString &name)
{
    const Guide g = base();
    return name == QLatin1String("source-record") || name == QLatin1String("timeline-record") ? withRecords(g)
                                                                                              : g;
}

Guide edited(const QString &name)
{
    Guide g = base();
    for (const auto &[caseName, edit] : cases()) {
        if (caseName == name)
            edit(g);
    }
    return g;
}

// "part added/removed/changed/moved; ..." for the parts that changed.
QString summaryText(const diff::GuideDiff &d)
{
    QStringList out;
    for (const auto &[part, c] : d.summary())
        out << QStringLiteral("%1 %2/%3/%4/%5")
                   .arg(part)
                   .arg(c.added)
                   .arg(c.removed)
                   .arg(c.changed)
                   .arg(c.moved);
    return out.join(QStringLiteral("; "));
}

// Compares bytes with the stored reference, or writes it when regenerating.
void compareWithReference(const QByteArray &got, const QString &name)
{
    const QString path = QStringLiteral(ALMANAC_REFERENCE_DIR "/diff/") + name;
    if (qEnvironmentVariableIsSet("ALMANAC_REGENERATE")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(path));
        out.write(got);
        return;
    }
    QFile ref(path);
    QVERIFY2(ref.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing")));
    const QByteArray expected = ref.readAll();
    if (got != expected) {
        const QList<QByteArray> a = got.split('\n');
        const QList<QByteArray> b = expected.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            if (a[i] != b[i])
                QFAIL(qPrintable(
                    QStringLiteral("%1: line %2 differs:\n got: %3\nwant: %4")
                        .arg(name)
                        .arg(i + 1)
                        .arg(QString::fromUtf8(a[i].left(300)), QString::fromUtf8(b[i].left(300)))));
        }
        QCOMPARE(a.size(), b.size());
    }
}

// Length of a longest increasing subsequence, the slow and obvious way.
int lisLength(const QList<int> &v)
{
    QList<int> best(v.size(), 1);
    int out = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (v[j] < v[i])
                best[i] = std::max(best[i], best[j] + 1);
        }
        out = std::max(out, best[i]);
    }
    return out;
}

const ItemChange *findItem(const diff::GuideDiff &d, const QString &id)
{
    for (const ItemChange &c : d.items) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestGuideDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void references_data();
    void references();
    void htmlReference();
    void identical();
    void metadataFields();
    void addedAndRemovedItemsCarryEveryField();
    void moveIsNotDeleteAndInsert();
    void minimalMoves_data();
    void minimalMoves();
    void removedItemsStayInPlace();
    void lists();
    void recordMembers();
    void recordMembersAddedWithItem();
    void lineBreakChangesAreShown();
    void jsonDocument();
    void sameDiffSameBytes();
    void jsonAsQtWritesIt();
};

void TestGuideDiff::references_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("summary");
    const QHash<QString, QString> summaries = {
        {QStringLiteral("identical"), QString()},
        {QStringLiteral("title-word"), QStringLiteral("metadata 0/0/1/0")},
        {QStringLiteral("level-status"), QStringLiteral("metadata 0/0/2/0")},
        {QStringLiteral("tldr-word"), QStringLiteral("metadata 0/0/1/0")},
        {QStringLiteral("takeaway-added"), QStringLiteral("takeaways 1/0/0/0")},
        {QStringLiteral("takeaway-removed"), QStringLiteral("takeaways 0/1/0/0")},
        {QStringLiteral("takeaway-changed"), QStringLiteral("takeaways 0/0/1/0")},
        {QStringLiteral("section-added"), QStringLiteral("sections 1/0/0/0")},
        {QStringLiteral("section-removed"), QStringLiteral("sections 0/1/0/0")},
        {QStringLiteral("section-changed"), QStringLiteral("sections 0/0/1/0")},
        {QStringLiteral("section-moved"), QStringLiteral("sections 0/0/0/1")},
        {QStringLiteral("section-moved-changed"), QStringLiteral("sections 0/0/1/1")},
        {QStringLiteral("section-line-breaks"), QStringLiteral("sections 0/0/2/0")},
        {QStringLiteral("sections-several-moves"), QStringLiteral("sections 0/0/0/2")},
        {QStringLiteral("sections-reversed"), QStringLiteral("sections 0/0/0/3")},
        {QStringLiteral("timeline-changed"), QStringLiteral("timeline 0/0/1/0")},
        {QStringLiteral("faq"), QStringLiteral("faq 1/1/1/0")},
        {QStringLiteral("sources"), QStringLiteral("sources 0/0/1/0")},
        {QStringLiteral("source-record"), QStringLiteral("sources 0/0/1/0")},
        {QStringLiteral("timeline-record"), QStringLiteral("metadata 0/0/1/0; timeline 0/0/1/0")},
        {QStringLiteral("topics"), QStringLiteral("topics 1/1/0/1")},
        {QStringLiteral("topics-reordered"), QStringLiteral("topics 0/0/0/1")},
        {QStringLiteral("related"), QStringLiteral("related 1/1/0/0")},
        {QStringLiteral("mixed"), QStringLiteral("metadata 0/0/1/0; takeaways 0/1/0/0; sections 0/0/1/1; "
                                                 "timeline 1/0/0/0; topics 1/0/0/0; sources 0/0/1/0")},
    };
    for (const auto &[name, edit] : cases())
        QTest::newRow(qPrintable(name)) << name << summaries.value(name, QStringLiteral("(not given)"));
}

void TestGuideDiff::references()
{
    QFETCH(QString, name);
    QFETCH(QString, summary);
    const diff::GuideDiff d = diff::compare(before(name), edited(name));
    QCOMPARE(summaryText(d), summary);
    QCOMPARE(d.isEmpty(), summary.isEmpty());
    compareWithReference(diff::toText(d, labels).toUtf8(), name + QStringLiteral(".txt"));
    compareWithReference(diff::toJson(d, labels), name + QStringLiteral(".json"));
}

void TestGuideDiff::htmlReference()
{
    const diff::GuideDiff d = diff::compare(base(), edited(QStringLiteral("mixed")));
    const QByteArray html = diff::toHtml(d, labels);
    compareWithReference(html, QStringLiteral("mixed.html"));
    // Content is escaped and the page fetches nothing.
    QVERIFY(html.contains("&lt;and&gt;"));
    QVERIFY(!html.contains("<and>"));
    QVERIFY(html.contains("default-src 'none'"));
    QVERIFY(!html.contains(" src="));
}

void TestGuideDiff::identical()
{
    const Guide a = base();
    Guide b = base();
    b.created = b.created.addYears(-1);
    b.updated = QDateTime::currentDateTimeUtc();
    const diff::GuideDiff d = diff::compare(a, b);
    QVERIFY(d.isEmpty());
    QVERIFY(d.summary().isEmpty());
    QCOMPARE(diff::toText(d, labels), QStringLiteral("diff lighthouses v1..v2\nno changes\n"));
    const QJsonObject json = QJsonDocument::fromJson(diff::toJson(d, labels)).object();
    QCOMPARE(json.value(QStringLiteral("empty")), QJsonValue(true));
    QVERIFY(json.value(QStringLiteral("items")).toArray().isEmpty());
    QVERIFY(json.value(QStringLiteral("metadata")).toArray().isEmpty());
    QVERIFY(json.value(QStringLiteral("lists")).toArray().isEmpty());
    QVERIFY(json.value(QStringLiteral("summary")).toObject().isEmpty());
    QVERIFY(diff::toHtml(d, labels).contains("No changes."));
}

void TestGuideDiff::metadataFields()
{
    Guide b = base();
    b.slug = QStringLiteral("lighthouses-of-europe");
    b.subject = QStringLiteral("Coastal lights");
    b.kind = QStringLiteral("Explainer");
    b.level = QStringLiteral("Advanced");
    const diff::GuideDiff d = diff::compare(base(), b);
    QStringList fields;
    for (const diff::FieldChange &f : d.metadata)
        fields << f.field;
    QCOMPARE(fields, (QStringList{QStringLiteral("slug"), QStringLiteral("subject"), QStringLiteral("kind"),
                                  QStringLiteral("level")}));
    QCOMPARE(d.metadata[3].before, QStringLiteral("Beginner"));
    QCOMPARE(d.metadata[3].after, QStringLiteral("Advanced"));
    QVERIFY(d.items.isEmpty());
    QVERIFY(d.lists.isEmpty());
    QCOMPARE(summaryText(d), QStringLiteral("metadata 0/0/4/0"));

    // A one-word title change is one word deleted and one inserted.
    const diff::GuideDiff title = diff::compare(base(), edited(QStringLiteral("title-word")));
    QCOMPARE(title.metadata.size(), 1);
    QCOMPARE(worddiff::countWords(title.metadata[0].words).deleted, 1);
    QCOMPARE(worddiff::countWords(title.metadata[0].words).inserted, 1);
}

void TestGuideDiff::addedAndRemovedItemsCarryEveryField()
{
    const diff::GuideDiff added = diff::compare(base(), edited(QStringLiteral("section-added")));
    QCOMPARE(added.items.size(), 1);
    const ItemChange &a = added.items.first();
    QCOMPARE(a.kind, ItemChange::Kind::Added);
    QCOMPARE(a.part, QStringLiteral("sections"));
    QCOMPARE(a.id, newId(2));
    QCOMPARE(a.from, -1);
    QCOMPARE(a.to, 2);
    QCOMPARE(a.label, QStringLiteral("Fog signals"));
    QCOMPARE(a.fields.size(), 2);
    QCOMPARE(a.fields[0].field, QStringLiteral("heading"));
    QCOMPARE(a.fields[0].words,
             (QList<worddiff::Op>{{worddiff::Op::Kind::Insert, QStringLiteral("Fog signals")}}));

    // Removing an item and adding it back gives the reverse diff.
    const diff::GuideDiff removed = diff::compare(edited(QStringLiteral("section-added")), base());
    QCOMPARE(removed.items.size(), 1);
    QCOMPARE(removed.items.first().kind, ItemChange::Kind::Removed);
    QCOMPARE(removed.items.first().from, 2);
    QCOMPARE(removed.items.first().to, -1);
    QCOMPARE(removed.items.first().fields[1].before, a.fields[1].after);

    // Empty fields of an added item are left out (a timeline entry without sources).
    const diff::GuideDiff timeline = diff::compare(base(), edited(QStringLiteral("mixed")));
    const ItemChange *entry = findItem(timeline, newId(4));
    QVERIFY(entry);
    QStringList names;
    for (const diff::FieldChange &f : entry->fields)
        names << f.field;
    QCOMPARE(names,
             (QStringList{QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("description")}));
}

void TestGuideDiff::moveIsNotDeleteAndInsert()
{
    const Guide b = edited(QStringLiteral("section-moved"));
    const diff::GuideDiff d = diff::compare(base(), b);
    QCOMPARE(d.items.size(), 1);
    const ItemChange &c = d.items.first();
    QCOMPARE(c.kind, ItemChange::Kind::Kept);
    QVERIFY(c.moved);
    QVERIFY(c.fields.isEmpty());
    QCOMPARE(c.id, base().sections[3].id);
    QCOMPARE(c.from, 3);
    QCOMPARE(c.to, 0);
    QVERIFY(
        diff::toText(d, labels).contains(QStringLiteral("> sections[0] \"Automation\" moved (from 3 to 0)")));

    const diff::GuideDiff both = diff::compare(base(), edited(QStringLiteral("section-moved-changed")));
    QCOMPARE(both.items.size(), 1);
    QVERIFY(both.items.first().moved);
    QCOMPARE(both.items.first().fields.size(), 1);
    QCOMPARE(both.items.first().fields.first().field, QStringLiteral("body"));
    QVERIFY(diff::toText(both, labels).contains(QStringLiteral("changed (and moved from 0 to 3)")));
}

void TestGuideDiff::minimalMoves_data()
{
    QTest::addColumn<QList<int>>("order"); // new position -> old index
    QTest::newRow("none") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("first to last") << QList<int>{1, 2, 3, 4, 5, 6, 7, 0};
    QTest::newRow("last to first") << QList<int>{7, 0, 1, 2, 3, 4, 5, 6};
    QTest::newRow("swap ends") << QList<int>{7, 1, 2, 3, 4, 5, 6, 0};
    QTest::newRow("reversed") << QList<int>{7, 6, 5, 4, 3, 2, 1, 0};
    QTest::newRow("interleaved") << QList<int>{4, 0, 5, 1, 6, 2, 7, 3};
    QTest::newRow("two blocks swapped") << QList<int>{4, 5, 6, 7, 0, 1, 2, 3};
    QRandomGenerator rng(99);
    for (int r = 0; r < 30; ++r) {
        QList<int> order(8 + r % 9);
        std::iota(order.begin(), order.end(), 0);
        for (qsizetype i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[rng.bounded(static_cast<int>(i) + 1)]);
        QTest::addRow("random %d", r) << order;
    }
}

void TestGuideDiff::minimalMoves()
{
    QFETCH(QList<int>, order);
    Guide a = base();
    a.takeaways.clear();
    for (qsizetype i = 0; i < order.size(); ++i)
        a.takeaways.append(Takeaway{newId(static_cast<int>(10 + i)), QStringLiteral("Takeaway %1").arg(i)});
    Guide b = a;
    b.takeaways.clear();
    for (int old : order)
        b.takeaways.append(a.takeaways[old]);
    const diff::GuideDiff d = diff::compare(a, b);
    int moved = 0;
    QList<int> stayedOld;
    for (const ItemChange &c : d.items) {
        QCOMPARE(c.kind, ItemChange::Kind::Kept);
        QVERIFY(c.fields.isEmpty());
        QVERIFY(c.moved);
        QCOMPARE(b.takeaways[c.to].id, c.id);
        QCOMPARE(a.takeaways[c.from].id, c.id);
        ++moved;
    }
    // The items not reported as moved keep their relative order...
    for (qsizetype j = 0; j < order.size(); ++j) {
        if (!findItem(d, b.takeaways[j].id))
            stayedOld << order[j];
    }
    QVERIFY(std::is_sorted(stayedOld.begin(), stayedOld.end()));
    // ...and they are as many as can keep it: the fewest moves.
    QCOMPARE(moved, static_cast<int>(order.size()) - lisLength(order));
    QCOMPARE(d.summary().isEmpty() ? 0 : d.summary().first().second.moved, moved);
}

void TestGuideDiff::removedItemsStayInPlace()
{
    // Removed items are listed where they were, among the new order.
    Guide b = base();
    b.sections.removeAt(0);
    b.sections.removeAt(1); // the old third
    b.sections.append(
        Section{newId(5), QStringLiteral("Famous lights"), QStringLiteral("Pharos, Eddystone.")});
    const diff::GuideDiff d = diff::compare(base(), b);
    QStringList got;
    for (const ItemChange &c : d.items)
        got << QStringLiteral("%1 %2 %3")
                   .arg(c.kind == ItemChange::Kind::Added     ? QStringLiteral("+")
                        : c.kind == ItemChange::Kind::Removed ? QStringLiteral("-")
                                                              : QStringLiteral("~"))
                   .arg(c.from)
                   .arg(c.to);
    QCOMPARE(got,
             (QStringList{QStringLiteral("- 0 -1"), QStringLiteral("- 2 -1"), QStringLiteral("+ -1 2")}));
    QCOMPARE(summaryText(d), QStringLiteral("sections 1/2/0/0"));
}

void TestGuideDiff::lists()
{
    const diff::GuideDiff topics = diff::compare(base(), edited(QStringLiteral("topics")));
    QCOMPARE(topics.lists.size(), 1);
    QCOMPARE(topics.lists[0].part, QStringLiteral("topics"));
    QCOMPARE(topics.lists[0].added, QStringList{QStringLiteral("Architecture")});
    QCOMPARE(topics.lists[0].removed, QStringList{QStringLiteral("Optics")});
    QVERIFY(topics.lists[0].reordered);

    // Adding at the end and removing is not a reorder.
    Guide b = base();
    b.topics.removeFirst();
    b.topics.append(QStringLiteral("Lenses"));
    const diff::GuideDiff plain = diff::compare(base(), b);
    QCOMPARE(plain.lists.size(), 1);
    QVERIFY(!plain.lists[0].reordered);
    QCOMPARE(summaryText(plain), QStringLiteral("topics 1/1/0/0"));

    const diff::GuideDiff related = diff::compare(base(), edited(QStringLiteral("related")));
    QCOMPARE(related.lists.size(), 1);
    QCOMPARE(related.lists[0].part, QStringLiteral("related"));
    QCOMPARE(related.lists[0].added, QStringList{QStringLiteral("maritime-museums")});
    QCOMPARE(related.lists[0].removed, QStringList{QStringLiteral("coastal-shipping")});
    QVERIFY(!related.lists[0].reordered);
}

// What a reviewer must see: a changed author, DOI, volume, media URL or end date.
void TestGuideDiff::recordMembers()
{
    const diff::GuideDiff source =
        diff::compare(before(QStringLiteral("source-record")), edited(QStringLiteral("source-record")));
    QCOMPARE(source.items.size(), 1);
    QHash<QString, diff::FieldChange> fields;
    QStringList names;
    for (const diff::FieldChange &f : source.items.first().fields) {
        fields.insert(f.field, f);
        names << f.field;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("csl.DOI"), QStringLiteral("csl.ISSN"),
                                 QStringLiteral("csl.author"), QStringLiteral("csl.issued"),
                                 QStringLiteral("csl.note"), QStringLiteral("csl.volume")}));
    QCOMPARE(fields[QStringLiteral("csl.author")].before,
             QStringLiteral("Okonkwo, Adaeze N.; van der Berg, Pieter"));
    QCOMPARE(fields[QStringLiteral("csl.author")].after,
             QStringLiteral("Okonkwo, Adaeze N.; van der Berg, Pieter J.; Coastal Examples Working Group"));
    const worddiff::Counts authorWords = worddiff::countWords(fields[QStringLiteral("csl.author")].words);
    QVERIFY(authorWords.inserted >= 1);
    QCOMPARE(fields[QStringLiteral("csl.issued")].before, QStringLiteral("2019-05"));
    QCOMPARE(fields[QStringLiteral("csl.issued")].after, QStringLiteral("2019-06-02"));
    QCOMPARE(fields[QStringLiteral("csl.note")].after, QString());
    const QString text = diff::toText(source, labels);
    QVERIFY2(text.contains(QStringLiteral("csl.DOI: 10.5555/[-optics.2019.0042-]{+optics.2019.0043+}")),
             qPrintable(text));
    QVERIFY(diff::toHtml(source, labels).contains("csl.volume"));

    const diff::GuideDiff timeline =
        diff::compare(before(QStringLiteral("timeline-record")), edited(QStringLiteral("timeline-record")));
    QStringList changed;
    for (const diff::FieldChange &f : timeline.items.first().fields)
        changed << f.field;
    QCOMPARE(changed, (QStringList{QStringLiteral("date"), QStringLiteral("timelinejs.end_date.year"),
                                   QStringLiteral("timelinejs.media.caption"),
                                   QStringLiteral("timelinejs.media.url")}));
    QCOMPARE(timeline.metadata.size(), 1);
    QCOMPARE(timeline.metadata.first().field, QStringLiteral("timelinejs.title.text.headline"));

    // Values that read alike but differ are shown as JSON, never hidden.
    Guide a = before(QStringLiteral("source-record"));
    Guide b = a;
    QJsonArray authors = b.sources[1].csl.value(u"author").toArray();
    authors[1] = json("{\"family\":\"van der Berg\",\"given\":\"Pieter\"}");
    b.sources[1].csl.insert(QStringLiteral("author"), authors);
    const diff::GuideDiff alike = diff::compare(a, b);
    QCOMPARE(alike.items.size(), 1);
    QCOMPARE(alike.items.first().fields.size(), 1);
    QVERIFY(alike.items.first().fields.first().before.contains(QStringLiteral("\"non-dropping-particle\"")));
}

void TestGuideDiff::recordMembersAddedWithItem()
{
    Guide b = base();
    Source s = withRecords(base()).sources[1];
    s.id = newId(9);
    s.key = QStringLiteral("optics-article");
    b.sources.append(s);
    const diff::GuideDiff d = diff::compare(base(), b);
    const ItemChange *added = findItem(d, newId(9));
    QVERIFY(added);
    QStringList names;
    for (const diff::FieldChange &f : added->fields)
        names << f.field;
    QVERIFY(names.contains(QStringLiteral("csl.author")));
    QVERIFY(names.contains(QStringLiteral("csl.DOI")));
    QVERIFY(diff::toText(d, labels).contains(
        QStringLiteral("csl.author: {+Okonkwo, Adaeze N.; van der Berg, Pieter+}")));
}

void TestGuideDiff::lineBreakChangesAreShown()
{
    const diff::GuideDiff d = diff::compare(base(), edited(QStringLiteral("section-line-breaks")));
    const QStringList lines = diff::toText(d, labels).split(u'\n');
    QVERIFY(lines.contains(
        QStringLiteral("    body: A lighthouse warns ships away from rocks and shows them the way into "
                       "port [@keeper-log].[-↵↵-]{+↵+}By day the tower itself is a landmark, "
                       "painted in bands so it can be told apart.")));
    QVERIFY(lines.contains(
        QStringLiteral("    body: Augustin Fresnel built a lens from rings of glass prisms in 1822.[- "
                       "-]{+↵↵+}It bends the light of one lamp into a narrow, bright beam "
                       "[@optics-review].")));
    // No field is shown without a change in it.
    QVERIFY(!lines.contains(QStringLiteral("    body:")));
}

void TestGuideDiff::jsonDocument()
{
    const diff::GuideDiff d = diff::compare(base(), edited(QStringLiteral("mixed")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(diff::toJson(d, labels), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("almanac-diff/1"));
    QCOMPARE(o.value(QStringLiteral("guide")).toString(), QStringLiteral("lighthouses"));
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("v1"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("v2"));
    QCOMPARE(o.value(QStringLiteral("empty")), QJsonValue(false));
    QCOMPARE(o.keys(),
             (QStringList{QStringLiteral("empty"), QStringLiteral("format"), QStringLiteral("from"),
                          QStringLiteral("guide"), QStringLiteral("items"), QStringLiteral("lists"),
                          QStringLiteral("metadata"), QStringLiteral("summary"), QStringLiteral("to")}));
    // The summary agrees with summary().
    const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.size(), d.summary().size());
    for (const auto &[part, c] : d.summary()) {
        const QJsonObject p = summary.value(part).toObject();
        QCOMPARE(p.value(QStringLiteral("added")).toInt(-1), c.added);
        QCOMPARE(p.value(QStringLiteral("removed")).toInt(-1), c.removed);
        QCOMPARE(p.value(QStringLiteral("changed")).toInt(-1), c.changed);
        QCOMPARE(p.value(QStringLiteral("moved")).toInt(-1), c.moved);
    }
    // Every item names its change; "from" is null for added, "to" for removed;
    // each field's word runs give its before and after texts back.
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), d.items.size());
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QString change = item.value(QStringLiteral("change")).toString();
        QVERIFY2(QStringList({QStringLiteral("added"), QStringLiteral("removed"), QStringLiteral("changed"),
                              QStringLiteral("moved")})
                     .contains(change),
                 qPrintable(change));
        QCOMPARE(item.value(QStringLiteral("from")).isNull(), change == QLatin1String("added"));
        QCOMPARE(item.value(QStringLiteral("to")).isNull(), change == QLatin1String("removed"));
        for (const QJsonValue &fv : item.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject f = fv.toObject();
            QString before;
            QString after;
            for (const QJsonValue &wv : f.value(QStringLiteral("words")).toArray()) {
                const QString op = wv.toObject().value(QStringLiteral("op")).toString();
                const QString text = wv.toObject().value(QStringLiteral("text")).toString();
                QVERIFY(op == QLatin1String("equal") || op == QLatin1String("delete") ||
                        op == QLatin1String("insert"));
                if (op != QLatin1String("insert"))
                    before += text;
                if (op != QLatin1String("delete"))
                    after += text;
            }
            QCOMPARE(before, f.value(QStringLiteral("before")).toString());
            QCOMPARE(after, f.value(QStringLiteral("after")).toString());
        }
    }
}

void TestGuideDiff::sameDiffSameBytes()
{
    const Guide b = edited(QStringLiteral("mixed"));
    QCOMPARE(diff::toJson(diff::compare(base(), b), labels), diff::toJson(diff::compare(base(), b), labels));
    QCOMPARE(diff::toText(diff::compare(base(), b), labels), diff::toText(diff::compare(base(), b), labels));
    QCOMPARE(diff::toHtml(diff::compare(base(), b), labels), diff::toHtml(diff::compare(base(), b), labels));
}

// toJson writes its JSON directly; it must give the bytes QJsonDocument gives
// for the same document: control characters, quotes, backslashes, non-ASCII,
// surrogate pairs and lone surrogates, long ASCII runs, empty containers.
void TestGuideDiff::jsonAsQtWritesIt()
{
    Guide b = base();
    QString tricky = QStringLiteral("Tabs\tand \"quotes\" and \\ back\\slashes,\x01\x1f\x7f bell\x07, ");
    tricky += QStringLiteral("caf\u00e9 \u2014 \u20ac, emoji \U0001F600 and a lone ");
    tricky += QChar(0xd800);
    tricky += QStringLiteral(" high, a lone ");
    tricky += QChar(0xdc00);
    tricky += QStringLiteral(" low, at the end ");
    tricky += QChar(0xd83d);
    b.title = tricky;
    b.tldr += QStringLiteral("\r\n\f\b") + QString(200, u'x');
    b.sections[0].body = tricky + b.sections[0].body;
    b.topics << tricky;
    for (const Guide &to : {b, base()}) {
        const QByteArray ours = diff::toJson(diff::compare(base(), to), labels);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(ours, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(ours, doc.toJson(QJsonDocument::Indented));
    }
}

QTEST_GUILESS_MAIN(TestGuideDiff)
#include "tst_guidediff.moc"
