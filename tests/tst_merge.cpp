// The three-way merge of guides: text and order merges on their own, golden
// cases for every kind of change and conflict (tests/mergecases.h, compared
// byte for byte with tests/reference/merge: NAME.json the merged guide,
// NAME.conflicts.json its conflicts; regenerate on purpose with
// tests/regenerate-references.sh), and properties over thousands of random
// edit scripts (tests/randomguides.h).

#include "diff/worddiff.h"
#include "io/guidefile.h"
#include "merge/guidemerge.h"
#include "merge/listmerge.h"
#include "merge/textmerge.h"
#include "mergecases.h"
#include "randomguides.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <array>

using namespace almanac;
using merge::Choice;
using merge::Conflict;
using merge::TextChunk;

namespace {

Guide base()
{
    QString error;
    auto g = guidefile::readFile(QStringLiteral(ALMANAC_TEST_DATA "/merge/base.json"), &error);
    if (!g)
        qFatal("%s", qPrintable(error));
    return *g;
}

QByteArray conflictsJson(const QList<Conflict> &conflicts)
{
    QJsonArray list;
    for (const Conflict &c : conflicts) {
        list.append(QJsonObject{{QStringLiteral("kind"), merge::kindName(c.kind)},
                                {QStringLiteral("part"), c.part},
                                {QStringLiteral("itemId"), c.itemId},
                                {QStringLiteral("field"), c.field},
                                {QStringLiteral("path"), c.path},
                                {QStringLiteral("label"), c.label},
                                {QStringLiteral("base"), c.base},
                                {QStringLiteral("ours"), c.ours},
                                {QStringLiteral("theirs"), c.theirs},
                                {QStringLiteral("resolved"), c.resolved}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

// Compares bytes with the stored reference, or writes it when regenerating.
void compareWithReference(const QByteArray &got, const QString &name)
{
    const QString path = QStringLiteral(ALMANAC_REFERENCE_DIR "/merge/") + name;
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
    if (got == expected)
        return;
    const QList<QByteArray> a = got.split('\n');
    const QList<QByteArray> b = expected.split('\n');
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a[i] == b[i])
            continue;
        // Around the first byte that differs, for long lines of JSON.
        qsizetype at = 0;
        while (at < a[i].size() && at < b[i].size() && a[i][at] == b[i][at])
            ++at;
        const qsizetype from = std::max<qsizetype>(0, at - 100);
        QFAIL(qPrintable(
            QStringLiteral("%1: line %2 differs at column %3:\n got: %4\nwant: %5")
                .arg(name)
                .arg(i + 1)
                .arg(at + 1)
                .arg(QString::fromUtf8(a[i].mid(from, 200)), QString::fromUtf8(b[i].mid(from, 200)))));
    }
    QCOMPARE(a.size(), b.size());
}

QString describe(const QList<TextChunk> &chunks)
{
    QStringList out;
    for (const TextChunk &c : chunks)
        out << (c.conflict ? QStringLiteral("<%1|%2|%3>").arg(c.base, c.ours, c.theirs) : c.text);
    return out.join(u'/');
}

// Every marker word the generator put into a side, found in the guide file.
QStringList markers(const Guide &g, char side)
{
    QStringList out;
    static const QRegularExpression word(QStringLiteral("q[ot]a[0-9]{5}"));
    const QString text = QString::fromUtf8(guidefile::write(g));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (test::RandomGuides::isMarker(w, side))
            out << w;
    }
    return out;
}

bool inSomeConflict(const merge::Result &r, const QString &marker)
{
    return std::any_of(r.conflicts.begin(), r.conflicts.end(), [&](const Conflict &c) {
        return c.ours.contains(marker) || c.theirs.contains(marker);
    });
}

constexpr int propertyRuns = 2000;

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textMerge_data();
    void textMerge();
    void joinBoth_data();
    void joinBoth();
    void orderMerge_data();
    void orderMerge();
    void stringLists();
    void references_data();
    void references();
    void bothInsertTheirsFirst();
    void resolveRefusals();
    void resolveKeepsOtherIndices();
    void recordMembers();
    void repeatedIds();
    void largeText();
    void deterministic();
    void propertyOneSideChanged();
    void propertySameChangeBothSides();
    void propertyDisjointParts();
    void propertyDisjointItems();
    void propertyInsertedWordsKept();
    void propertyResolveAllOurs();
};

void TestMerge::textMerge_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("ours");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("expected"); // chunks as describe() writes them
    struct Row
    {
        const char *name, *base, *ours, *theirs, *expected;
    };
    const Row rows[] = {
        {"unchanged", "a b c", "a b c", "a b c", "a b c"},
        {"ours", "a b c", "a x c", "a b c", "a x c"},
        {"theirs", "a b c", "a b c", "a b y", "a b y"},
        {"different words", "a b c d", "x b c d", "a b c y", "x b c y"},
        {"adjacent words", "a b c", "a x c", "a b y", "a x y"},
        {"same edit", "a b c", "a x c", "a x c", "a x c"},
        {"same word, different edits", "a b c", "a x c", "a y c", "a /<b|x|y>/ c"},
        {"insert at one place", "a c", "a b c", "a d c", "a /<|b|d>/ c"},
        {"insert one longer", "a c", "a b c", "a b d c", "a b d c"},
        {"delete and edit", "a b c d", "a d", "a x c d", "a /<b c ||x c >/d"},
        {"both delete the same", "a b c", "a c", "a c", "a c"},
        {"empty base", "", "a b", "a c", "a /<|b|c>"},
        {"emptied by ours", "a b", "", "a b", ""},
        {"emptied by both", "a b", "", "", ""},
        {"common ends of a conflict", "one two three", "one 2 and 3 three", "one 2 or 3 three",
         "one 2 /<two|and|or>/ 3 three"},
        {"punctuation", "Mills, ponds.", "Mills; ponds.", "Mills, dams.", "Mills; dams."},
        {"rewritten by both: one conflict", "A few have been restored.", "Two mills reopened.",
         "One mill sells flour.", "<A few have been restored|Two mills reopened|One mill sells flour>/."},
        {"paragraphs", "p1\n\np2\n\np3", "P1\n\np2\n\np3", "p1\n\np2\n\nP3", "P1\n\np2\n\nP3"},
        // Both sides added the same words at the end, one also at the start (an
        // editor's kept edits, saved once by the offline journal and once by the
        // editor's retry): they are in the result once.
        {"same words added at the end, more at the start", "T [@a]. Ana online.",
         "T [@a]. Ana online. Ana offline.", "Cy first. T [@a]. Ana online. Ana offline.",
         "Cy first. T [@a]. Ana online. Ana offline."},
        {"same words added at the end, one also before them", "T. Ana online.", "T. Ana online. Ana offline.",
         "T. Ana online. Ana offline.", "T. Ana online. Ana offline."},
    };
    for (const Row &r : rows)
        QTest::newRow(r.name) << QString::fromUtf8(r.base) << QString::fromUtf8(r.ours)
                              << QString::fromUtf8(r.theirs) << QString::fromUtf8(r.expected);
}

void TestMerge::textMerge()
{
    QFETCH(QString, base);
    QFETCH(QString, ours);
    QFETCH(QString, theirs);
    QFETCH(QString, expected);
    const QList<TextChunk> chunks = merge::mergeText(base, ours, theirs);
    QCOMPARE(describe(chunks), expected);
}

void TestMerge::joinBoth_data()
{
    QTest::addColumn<QString>("ours");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("expected");
    const std::array<std::array<const char *, 4>, 5> rows = {{
        {"words", "holds", "traps", "holds traps"},
        {"space already", "holds ", "traps", "holds traps"},
        {"lines", "a\nb", "c", "a\nb\nc"},
        {"paragraphs", "a\n\nb", "c", "a\n\nb\n\nc"},
        {"one empty", "", "c", "c"},
    }};
    for (const auto &[name, ours, theirs, expected] : rows)
        QTest::newRow(name) << QString::fromUtf8(ours) << QString::fromUtf8(theirs)
                            << QString::fromUtf8(expected);
}

void TestMerge::joinBoth()
{
    QFETCH(QString, ours);
    QFETCH(QString, theirs);
    QFETCH(QString, expected);
    QCOMPARE(merge::joinBoth(ours, theirs), expected);
}

void TestMerge::orderMerge_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("ours");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("expected");
    // Letters are keys; every key of ours and theirs is kept.
    const std::array<std::array<const char *, 5>, 8> rows = {{
        {"unchanged", "abc", "abc", "abc", "abc"},
        {"ours moves", "abcd", "bcad", "abcd", "bcad"},
        {"theirs moves", "abcd", "abcd", "dabc", "dabc"},
        {"both move different items", "abcd", "bcad", "adbc", "dbca"},
        {"both move one item differently: theirs wins", "abcde", "bcdea", "bcade", "bcade"},
        {"inserts at one place: theirs first", "ab", "axb", "ayb", "ayxb"},
        // Theirs' "acb" keeps a, b and moves c (a longest unmoved run, ties
        // broken the same way every time); x stays after b, where ours put it.
        {"insert and a move", "abc", "abxc", "acb", "acbx"},
        {"swap", "ab", "ba", "ab", "ba"},
    }};
    for (const auto &[name, base, ours, theirs, expected] : rows)
        QTest::newRow(name) << QString::fromUtf8(base) << QString::fromUtf8(ours) << QString::fromUtf8(theirs)
                            << QString::fromUtf8(expected);
}

void TestMerge::orderMerge()
{
    QFETCH(QString, base);
    QFETCH(QString, ours);
    QFETCH(QString, theirs);
    QFETCH(QString, expected);
    auto keys = [](const QString &s) {
        QStringList out;
        for (QChar c : s)
            out << QString(c);
        return out;
    };
    QSet<QString> keep;
    for (const QString &k : keys(ours) + keys(theirs))
        keep.insert(k);
    QCOMPARE(merge::mergeOrder(keys(base), keys(ours), keys(theirs), keep).join(QString()), expected);
}

void TestMerge::stringLists()
{
    const QStringList b = {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
    QCOMPARE(merge::mergeStrings(
                 b, {QStringLiteral("x"), QStringLiteral("z")},
                 {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"), QStringLiteral("w")}),
             (QStringList{QStringLiteral("x"), QStringLiteral("z"), QStringLiteral("w")}));
    // Repeats count one by one: ours adds a second "x", theirs removes "y".
    QCOMPARE(merge::mergeStrings(
                 b, {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"), QStringLiteral("x")},
                 {QStringLiteral("x"), QStringLiteral("z")}),
             (QStringList{QStringLiteral("x"), QStringLiteral("z"), QStringLiteral("x")}));
    // A value holding the separator the keys use comes back whole.
    const QString odd = QStringLiteral("a\u001f0");
    QCOMPARE(merge::mergeStrings({}, {odd, odd}, {}), (QStringList{odd, odd}));
}

void TestMerge::references_data()
{
    QTest::addColumn<int>("index");
    const QList<test::MergeCase> cases = test::mergeCases();
    QSet<QString> names;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QVERIFY2(!names.contains(cases[i].name), qPrintable(cases[i].name));
        names.insert(cases[i].name);
        QTest::newRow(qPrintable(cases[i].name)) << static_cast<int>(i);
    }
}

void TestMerge::references()
{
    QFETCH(int, index);
    const test::MergeCase c = test::mergeCases().at(index);
    const Guide b = test::caseBase(c, base());
    Guide ours = b;
    Guide theirs = b;
    c.ours(ours);
    c.theirs(theirs);
    merge::Result r = merge::merge(b, ours, theirs);
    for (const test::Resolution &res : c.resolutions)
        QVERIFY(merge::resolve(r, res.index, res.choice, res.custom));
    compareWithReference(guidefile::write(r.guide), c.name + QStringLiteral(".json"));
    compareWithReference(conflictsJson(r.conflicts), c.name + QStringLiteral(".conflicts.json"));
    // The merged guide is a valid guide file.
    QString error;
    const auto back = guidefile::read(guidefile::write(r.guide), c.name, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, r.guide);
}

void TestMerge::bothInsertTheirsFirst()
{
    const Guide b = base();
    Guide ours = b;
    Guide theirs = b;
    ours.sections.insert(1, Section{test::caseId(1), QStringLiteral("Ours"), {}});
    theirs.sections.insert(1, Section{test::caseId(2), QStringLiteral("Theirs"), {}});
    const merge::Result r = merge::merge(b, ours, theirs);
    QVERIFY(r.clean());
    QCOMPARE(r.guide.sections.size(), b.sections.size() + 2);
    QCOMPARE(r.guide.sections[1].heading, QStringLiteral("Theirs"));
    QCOMPARE(r.guide.sections[2].heading, QStringLiteral("Ours"));
}

void TestMerge::resolveRefusals()
{
    const Guide b = base();
    Guide ours = b;
    Guide theirs = b;
    ours.slug = QStringLiteral("tide-mill");
    theirs.slug = QStringLiteral("tidemills");
    ours.sources[0].relevance = 9;
    theirs.sources[0].relevance = 7;
    test::firstWord(ours.sections[1].body, QStringLiteral("Ours"));
    theirs.sections.removeAt(1);
    merge::Result r = merge::merge(b, ours, theirs);
    QCOMPARE(r.conflicts.size(), 3);
    QCOMPARE(r.conflicts[0].field, QStringLiteral("slug"));
    QCOMPARE(r.conflicts[1].kind, Conflict::Kind::EditDelete);
    QCOMPARE(r.conflicts[2].field, QStringLiteral("relevance"));
    const merge::Result before = r;
    QVERIFY(!merge::resolve(r, -1, Choice::Ours));
    QVERIFY(!merge::resolve(r, 3, Choice::Ours));
    QVERIFY(!merge::resolve(r, 0, Choice::Both));
    QVERIFY(!merge::resolve(r, 0, Choice::Custom, QStringLiteral("Not A Slug")));
    QVERIFY(!merge::resolve(r, 1, Choice::Custom, QStringLiteral("text")));
    QVERIFY(!merge::resolve(r, 2, Choice::Custom, QStringLiteral("eleven")));
    QVERIFY(!merge::resolve(r, 2, Choice::Custom, QStringLiteral("11")));
    QCOMPARE(r.guide, before.guide);
    QCOMPARE(r.conflicts, before.conflicts);
    QVERIFY(merge::resolve(r, 0, Choice::Custom, QStringLiteral("tide-mills-2")));
    QCOMPARE(r.guide.slug, QStringLiteral("tide-mills-2"));
    QCOMPARE(r.unresolvedCount(), 2);
    QVERIFY(!r.clean());
}

// A source's CSL item and a timeline entry's TimelineJS fields merge member by
// member; a member both changed is a conflict named by its path.
void TestMerge::recordMembers()
{
    Guide b = base();
    b.sources[0].csl = test::articleRecord();
    b.timeline[0].timelinejs = test::mediaRecord();
    Guide ours = b;
    Guide theirs = b;
    ours.sources[0].csl.insert(QStringLiteral("DOI"), QStringLiteral("10.5555/ours"));
    ours.sources[0].csl.insert(QStringLiteral("volume"), QStringLiteral("13"));
    theirs.sources[0].csl.insert(QStringLiteral("DOI"), QStringLiteral("10.5555/theirs"));
    theirs.sources[0].csl.insert(QStringLiteral("issue"), QStringLiteral("4"));
    QJsonObject media = ours.timeline[0].timelinejs.value(u"media").toObject();
    media.insert(QStringLiteral("url"), QStringLiteral("https://images.example/ours.jpg"));
    ours.timeline[0].timelinejs.insert(QStringLiteral("media"), media);
    media = theirs.timeline[0].timelinejs.value(u"media").toObject();
    media.insert(QStringLiteral("credit"), QStringLiteral("Theirs"));
    theirs.timeline[0].timelinejs.insert(QStringLiteral("media"), media);

    merge::Result r = merge::merge(b, ours, theirs);
    QCOMPARE(r.conflicts.size(), 1);
    const Conflict &c = r.conflicts.first();
    QCOMPARE(c.kind, Conflict::Kind::Value);
    QCOMPARE(c.field, QStringLiteral("csl.DOI"));
    QCOMPARE(c.path, QStringLiteral("sources[0].csl.DOI"));
    QCOMPARE(c.ours, QStringLiteral("10.5555/ours"));
    QCOMPARE(c.theirs, QStringLiteral("10.5555/theirs"));
    QCOMPARE(c.label, b.sources[0].key);
    const QJsonObject &csl = r.guide.sources[0].csl;
    QCOMPARE(csl.value(u"volume").toString(), QStringLiteral("13"));
    QCOMPARE(csl.value(u"issue").toString(), QStringLiteral("4"));
    QCOMPARE(csl.value(u"DOI").toString(), QStringLiteral("10.5555/theirs"));
    const QJsonObject merged = r.guide.timeline[0].timelinejs.value(u"media").toObject();
    QCOMPARE(merged.value(u"url").toString(), QStringLiteral("https://images.example/ours.jpg"));
    QCOMPARE(merged.value(u"credit").toString(), QStringLiteral("Theirs"));
    QCOMPARE(merged.value(u"caption").toString(), QStringLiteral("The excavated wheel pit"));

    // Both applies to lists only; a custom DOI of digits stays text.
    QVERIFY(!merge::resolve(r, 0, Choice::Both));
    QVERIFY(merge::resolve(r, 0, Choice::Custom, QStringLiteral("10.5555")));
    QCOMPARE(r.guide.sources[0].csl.value(u"DOI"), QJsonValue(QStringLiteral("10.5555")));
    QVERIFY(merge::resolve(r, 0, Choice::Ours));
    QCOMPARE(r.guide.sources[0].csl.value(u"DOI").toString(), QStringLiteral("10.5555/ours"));
    QVERIFY(merge::resolve(r, 0, Choice::Custom, QString()));
    QVERIFY(!r.guide.sources[0].csl.contains(u"DOI"));
    QVERIFY(r.clean());
}

void TestMerge::resolveKeepsOtherIndices()
{
    const Guide b = base();
    Guide ours = b;
    Guide theirs = b;
    for (int i = 0; i < 4; ++i) {
        test::firstWord(ours.sections[i].body, QStringLiteral("Ours%1").arg(i));
        test::firstWord(theirs.sections[i].body, QStringLiteral("Theirs%1").arg(i));
    }
    merge::Result r = merge::merge(b, ours, theirs);
    QCOMPARE(r.conflicts.size(), 4);
    QVERIFY(merge::resolve(r, 2, Choice::Ours));
    QVERIFY(merge::resolve(r, 0, Choice::Both));
    QVERIFY(r.guide.sections[2].body.startsWith(QStringLiteral("Ours2 ")));
    QVERIFY(r.guide.sections[0].body.startsWith(QStringLiteral("Ours0 Theirs0 ")));
    QVERIFY(r.guide.sections[1].body.startsWith(QStringLiteral("Theirs1 ")));
    QCOMPARE(r.unresolvedCount(), 2);
    QVERIFY(merge::resolve(r, 1, Choice::Theirs));
    QVERIFY(merge::resolve(r, 3, Choice::Custom, QStringLiteral("Neither")));
    QVERIFY(r.clean());
    QVERIFY(r.guide.sections[3].body.startsWith(QStringLiteral("Neither ")));
}

// The guide file forbids an id used twice, but a guide in memory may have one:
// each occurrence is an item of its own, and nothing is lost.
void TestMerge::repeatedIds()
{
    Guide b = base();
    b.sections[2].id = b.sections[1].id;
    Guide ours = b;
    Guide theirs = b;
    ours.sections[2].body = QStringLiteral("Ours.");
    theirs.sections.append(test::PartCases<Section>::fresh(2, QStringLiteral("Theirs")));
    const merge::Result r = merge::merge(b, ours, theirs);
    QVERIFY(r.clean());
    QCOMPARE(r.guide.sections.size(), 5);
    QCOMPARE(r.guide.sections[1], b.sections[1]);
    QCOMPARE(r.guide.sections[2].body, QStringLiteral("Ours."));
    QCOMPARE(merge::merge(b, ours, b).guide, ours);
}

void TestMerge::largeText()
{
    // Two 100,000-word texts from one base, each with ~2% of the words edited
    // (markers), some at the same places: the merge keeps every one-sided edit.
    test::RandomGuides gen(77);
    QStringList words;
    for (int i = 0; i < 100000; ++i)
        words << QStringLiteral("w%1").arg(gen.rng().below(3000));
    const QString b = words.join(u' ');
    QStringList o = words;
    QStringList t = words;
    int oursOnly = 0;
    for (int i = 0; i < words.size(); ++i) {
        const bool editOurs = gen.rng().chance(2);
        const bool editTheirs = gen.rng().chance(2);
        if (editOurs)
            o[i] = QStringLiteral("ours%1").arg(i);
        if (editTheirs)
            t[i] = QStringLiteral("theirs%1").arg(i);
        oursOnly += editOurs && !editTheirs ? 1 : 0;
    }
    const QList<TextChunk> chunks = merge::mergeText(b, o.join(u' '), t.join(u' '));
    const QString merged = merge::joinText(chunks);
    int conflicts = 0;
    for (const TextChunk &c : chunks)
        conflicts += c.conflict ? 1 : 0;
    QVERIFY(conflicts > 0);
    QVERIFY(conflicts < 200); // only where both sides edited the same word, ~1 in 2,500
    const QStringList mergedWords = merged.split(u' ');
    const QSet<QString> present(mergedWords.begin(), mergedWords.end());
    int found = 0;
    for (int i = 0; i < words.size(); ++i) {
        if (o[i] != words[i] && t[i] == words[i])
            found += present.contains(o[i]) ? 1 : 0;
    }
    QCOMPARE(found, oursOnly);
}

void TestMerge::deterministic()
{
    for (const test::MergeCase &c : test::mergeCases()) {
        const Guide b = test::caseBase(c, base());
        Guide ours = b;
        Guide theirs = b;
        c.ours(ours);
        c.theirs(theirs);
        const merge::Result one = merge::merge(b, ours, theirs);
        const merge::Result two = merge::merge(b, ours, theirs);
        QCOMPARE(one.guide, two.guide);
        QCOMPARE(one.conflicts, two.conflicts);
    }
}

// merge(b, x, b) == x, merge(b, b, y) == y, cleanly.
void TestMerge::propertyOneSideChanged()
{
    for (int run = 0; run < propertyRuns; ++run) {
        test::RandomGuides gen(1000 + static_cast<std::uint64_t>(run));
        const Guide b = gen.guide();
        Guide x = b;
        gen.edit(x, run % 2 ? 'o' : 't', {});
        const merge::Result ours = merge::merge(b, x, b);
        QVERIFY2(ours.clean() && ours.guide == x, qPrintable(QString::number(run)));
        const merge::Result theirs = merge::merge(b, b, x);
        QVERIFY2(theirs.clean() && theirs.guide == x, qPrintable(QString::number(run)));
    }
}

// merge(b, x, x) == x without conflicts.
void TestMerge::propertySameChangeBothSides()
{
    for (int run = 0; run < propertyRuns; ++run) {
        test::RandomGuides gen(3000 + static_cast<std::uint64_t>(run));
        const Guide b = gen.guide();
        Guide x = b;
        gen.edit(x, 'o', {});
        const merge::Result r = merge::merge(b, x, x);
        QVERIFY2(r.clean() && r.guide == x, qPrintable(QString::number(run)));
    }
}

// Sides that touch different parts never conflict, and each part comes out as
// the side that changed it has it.
void TestMerge::propertyDisjointParts()
{
    for (int run = 0; run < propertyRuns; ++run) {
        test::RandomGuides gen(5000 + static_cast<std::uint64_t>(run));
        const Guide b = gen.guide();
        test::EditRules oursRules;
        test::EditRules theirsRules;
        oursRules.parts.clear();
        theirsRules.parts.clear();
        for (const QString &part : test::partNames())
            (gen.rng().chance(50) ? oursRules : theirsRules).parts.insert(part);
        Guide ours = b;
        Guide theirs = b;
        gen.edit(ours, 'o', oursRules);
        gen.edit(theirs, 't', theirsRules);
        const merge::Result r = merge::merge(b, ours, theirs);
        const QString where = QString::number(run);
        QVERIFY2(r.clean(), qPrintable(where));
        const Guide &from = oursRules.parts.contains(QStringLiteral("sections")) ? ours : theirs;
        QVERIFY2(r.guide.sections == from.sections, qPrintable(where));
        const Guide &tldrFrom = oursRules.parts.contains(QStringLiteral("tldr")) ? ours : theirs;
        QVERIFY2(r.guide.tldr == tldrFrom.tldr, qPrintable(where));
        const Guide &topicsFrom = oursRules.parts.contains(QStringLiteral("topics")) ? ours : theirs;
        QVERIFY2(r.guide.topics == topicsFrom.topics, qPrintable(where));
    }
}

// Sides that edit and delete different items (inserting and moving anything)
// never conflict.
void TestMerge::propertyDisjointItems()
{
    for (int run = 0; run < propertyRuns; ++run) {
        test::RandomGuides gen(7000 + static_cast<std::uint64_t>(run));
        const Guide b = gen.guide();
        const auto even = [](const QString &id) { return id.back().digitValue() % 2 == 0; };
        test::EditRules oursRules;
        test::EditRules theirsRules;
        for (test::EditRules *rules : {&oursRules, &theirsRules}) {
            rules->parts = {QStringLiteral("takeaways"), QStringLiteral("sections"),
                            QStringLiteral("timeline"), QStringLiteral("faq"), QStringLiteral("sources")};
            rules->maxEdits = 12;
        }
        oursRules.mayTouch = [=](const QString &id) { return even(id); };
        theirsRules.mayTouch = [=](const QString &id) { return !even(id); };
        Guide ours = b;
        Guide theirs = b;
        gen.edit(ours, 'o', oursRules);
        gen.edit(theirs, 't', theirsRules);
        const merge::Result r = merge::merge(b, ours, theirs);
        QVERIFY2(r.clean(), qPrintable(QString::number(run)));
    }
}

// Every word either side inserted is in the result, unless it is inside a
// reported conflict; at each conflict the result has theirs.
void TestMerge::propertyInsertedWordsKept()
{
    int conflicted = 0;
    for (int run = 0; run < propertyRuns; ++run) {
        test::RandomGuides gen(9000 + static_cast<std::uint64_t>(run));
        const Guide b = gen.guide();
        Guide ours = b;
        Guide theirs = b;
        gen.edit(ours, 'o', {});
        gen.edit(theirs, 't', {});
        const merge::Result r = merge::merge(b, ours, theirs);
        conflicted += r.clean() ? 0 : 1;
        const QString merged = QString::fromUtf8(guidefile::write(r.guide));
        for (const char side : {'o', 't'}) {
            for (const QString &m : markers(side == 'o' ? ours : theirs, side))
                QVERIFY2(merged.contains(m) || inSomeConflict(r, m),
                         qPrintable(QStringLiteral("run %1: %2 lost").arg(run).arg(m)));
        }
        // Theirs is in place at every conflict: resolving all as theirs changes nothing.
        merge::Result allTheirs = r;
        for (qsizetype i = 0; i < r.conflicts.size(); ++i)
            QVERIFY(merge::resolve(allTheirs, i, Choice::Theirs));
        QVERIFY2(allTheirs.guide == r.guide, qPrintable(QString::number(run)));
    }
    QVERIFY(conflicted > propertyRuns / 20); // the scripts do reach conflicts
}

// With only text edits, inserts and moves, every conflict is a Text conflict,
// and resolving all as ours keeps every word ours inserted.
void TestMerge::propertyResolveAllOurs()
{
    int conflicts = 0;
    for (int run = 0; run < propertyRuns; ++run) {
        test::RandomGuides gen(11000 + static_cast<std::uint64_t>(run));
        const Guide b = gen.guide();
        test::EditRules rules;
        rules.values = false;
        rules.deletes = false;
        rules.parts.remove(QStringLiteral("metadata"));
        rules.maxEdits = 12;
        Guide ours = b;
        Guide theirs = b;
        gen.edit(ours, 'o', rules);
        gen.edit(theirs, 't', rules);
        merge::Result r = merge::merge(b, ours, theirs);
        for (qsizetype i = 0; i < r.conflicts.size(); ++i) {
            QCOMPARE(r.conflicts[i].kind, Conflict::Kind::Text);
            QVERIFY(merge::resolve(r, i, Choice::Ours));
        }
        conflicts += static_cast<int>(r.conflicts.size());
        QVERIFY(r.clean());
        const QString merged = QString::fromUtf8(guidefile::write(r.guide));
        for (const QString &m : markers(ours, 'o'))
            QVERIFY2(merged.contains(m), qPrintable(QStringLiteral("run %1: %2 lost").arg(run).arg(m)));
    }
    QVERIFY(conflicts > propertyRuns / 10);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
