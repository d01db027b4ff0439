// The word-level diff: tokens, the invariants every diff keeps (its runs give
// both texts back), minimality on random edits, readable runs, and the
// paragraph-first fallback for long, very different texts.

#include "diff/worddiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace almanac;
using worddiff::Op;

namespace {

QString join(const QList<QStringView> &tokens)
{
    QString out;
    for (QStringView t : tokens)
        out += t;
    return out;
}

QStringList strings(const QList<QStringView> &tokens)
{
    QStringList out;
    for (QStringView t : tokens)
        out << t.toString();
    return out;
}

// The text an edit script gives on one side: Equal runs plus the runs of kind.
QString side(const QList<Op> &ops, Op::Kind kind)
{
    QString out;
    for (const Op &op : ops) {
        if (op.kind == Op::Kind::Equal || op.kind == kind)
            out += op.text;
    }
    return out;
}

QString describe(const QList<Op> &ops)
{
    QString out;
    for (const Op &op : ops) {
        const char *mark = op.kind == Op::Kind::Equal ? "=" : op.kind == Op::Kind::Delete ? "-" : "+";
        out += QStringLiteral("%1[%2] ").arg(QLatin1String(mark), op.text.left(60));
    }
    return out;
}

// Checks what every diff must keep; returns a message when it does not.
QString checkInvariants(const QString &a, const QString &b, const QList<Op> &ops)
{
    if (side(ops, Op::Kind::Delete) != a)
        return QStringLiteral("Equal+Delete runs do not give a back: ") + describe(ops).left(400);
    if (side(ops, Op::Kind::Insert) != b)
        return QStringLiteral("Equal+Insert runs do not give b back: ") + describe(ops).left(400);
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (ops[i].text.isEmpty())
            return QStringLiteral("run %1 is empty").arg(i);
        if (i > 0 && ops[i].kind == ops[i - 1].kind)
            return QStringLiteral("runs %1 and %2 have the same kind and were not merged").arg(i - 1).arg(i);
        // Within a stretch of changes the delete comes first.
        if (i > 0 && ops[i].kind == Op::Kind::Delete && ops[i - 1].kind == Op::Kind::Insert)
            return QStringLiteral("an insert comes before a delete at run %1").arg(i);
    }
    if (worddiff::hasChanges(ops) != (a != b))
        return QStringLiteral("hasChanges() is %1 for %2 texts")
            .arg(worddiff::hasChanges(ops))
            .arg(a == b ? QStringLiteral("equal") : QStringLiteral("different"));
    return {};
}

const QStringList vocabulary = {
    QStringLiteral("the"),     QStringLiteral("lamp"),  QStringLiteral("tower"), QStringLiteral("keeper"),
    QStringLiteral("ship"),    QStringLiteral("rocks"), QStringLiteral("light"), QStringLiteral("harbour"),
    QStringLiteral("don't"),   QStringLiteral("3.5"),   QStringLiteral("café"),  QStringLiteral("of"),
    QStringLiteral("and"),     QStringLiteral("a"),     QStringLiteral("north"), QStringLiteral("storm"),
    QStringLiteral("Fresnel"), QStringLiteral("lens"),  QStringLiteral("night"), QStringLiteral("beam"),
    QStringLiteral("Ωmega"),   QStringLiteral("日本"),  QStringLiteral("mile"),  QStringLiteral("1822"),
};

QString randomWord(QRandomGenerator &rng)
{
    return vocabulary[rng.bounded(static_cast<int>(vocabulary.size()))];
}

// A random separator to follow a word: mostly a space, sometimes a comma or a
// paragraph break.
QString randomSeparator(QRandomGenerator &rng)
{
    const int r = rng.bounded(40);
    return r == 0 ? QStringLiteral(".\n\n") : r < 4 ? QStringLiteral(", ") : QStringLiteral(" ");
}

// Items of a text: each a word and the separator after it, so that an edit to
// one item leaves the others as they were.
QStringList randomItems(QRandomGenerator &rng, int count)
{
    QStringList items;
    for (int i = 0; i < count; ++i)
        items << randomWord(rng) + randomSeparator(rng);
    return items;
}

int tokenCount(const QString &s)
{
    return static_cast<int>(worddiff::tokenize(s).size());
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void tokenizeGivesTextBack_data();
    void tokenizeGivesTextBack();
    void invariants_data();
    void invariants();
    void identicalTextsHaveNoChanges_data();
    void identicalTextsHaveNoChanges();
    void exactRuns_data();
    void exactRuns();
    void randomEdits_data();
    void randomEdits();
    void replacedPhraseIsOneChange();
    void changesInsideLongerTextStayApart();
    void paragraphFallback();
    void matchTokens_data();
    void matchTokens();
    void countWords_data();
    void countWords();
};

void TestWordDiff::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("one word") << QStringLiteral("lamp") << QStringList{QStringLiteral("lamp")};
    QTest::newRow("words and spaces")
        << QStringLiteral("a lamp  lit")
        << QStringList{QStringLiteral("a"), QStringLiteral(" "), QStringLiteral("lamp"), QStringLiteral("  "),
                       QStringLiteral("lit")};
    QTest::newRow("apostrophe") << QStringLiteral("don't go")
                                << QStringList{QStringLiteral("don't"), QStringLiteral(" "),
                                               QStringLiteral("go")};
    QTest::newRow("typographic apostrophe")
        << QStringLiteral("keeper’s log")
        << QStringList{QStringLiteral("keeper’s"), QStringLiteral(" "), QStringLiteral("log")};
    QTest::newRow("decimal point") << QStringLiteral("3.5 mm")
                                   << QStringList{QStringLiteral("3.5"), QStringLiteral(" "),
                                                  QStringLiteral("mm")};
    QTest::newRow("version number") << QStringLiteral("v1.2.3") << QStringList{QStringLiteral("v1.2.3")};
    QTest::newRow("full stop at the end") << QStringLiteral("It ends.")
                                          << QStringList{QStringLiteral("It"), QStringLiteral(" "),
                                                         QStringLiteral("ends"), QStringLiteral(".")};
    QTest::newRow("trailing apostrophe") << QStringLiteral("keepers' lamps")
                                         << QStringList{QStringLiteral("keepers"), QStringLiteral("'"),
                                                        QStringLiteral(" "), QStringLiteral("lamps")};
    QTest::newRow("punctuation single")
        << QStringLiteral("a,b!?")
        << QStringList{QStringLiteral("a"), QStringLiteral(","), QStringLiteral("b"), QStringLiteral("!"),
                       QStringLiteral("?")};
    QTest::newRow("citation") << QStringLiteral("[@key-1]")
                              << QStringList{QStringLiteral("["), QStringLiteral("@"), QStringLiteral("key"),
                                             QStringLiteral("-"), QStringLiteral("1"), QStringLiteral("]")};
    QTest::newRow("whitespace run with newlines")
        << QStringLiteral("a \n\n\tb")
        << QStringList{QStringLiteral("a"), QStringLiteral(" \n\n\t"), QStringLiteral("b")};
    QTest::newRow("leading and trailing space")
        << QStringLiteral("  x ")
        << QStringList{QStringLiteral("  "), QStringLiteral("x"), QStringLiteral(" ")};
    QTest::newRow("underscore joins")
        << QStringLiteral("snake_case") << QStringList{QStringLiteral("snake_case")};
    QTest::newRow("accents") << QStringLiteral("café crème")
                             << QStringList{QStringLiteral("café"), QStringLiteral(" "),
                                            QStringLiteral("crème")};
    QTest::newRow("combining mark") << QStringLiteral("cafe\u0301 x")
                                    << QStringList{QStringLiteral("cafe\u0301"), QStringLiteral(" "),
                                                   QStringLiteral("x")};
    QTest::newRow("emoji is one mark")
        << QStringLiteral("a😀b")
        << QStringList{QStringLiteral("a"), QStringLiteral("😀"), QStringLiteral("b")};
    QTest::newRow("cjk") << QStringLiteral("日本 語")
                         << QStringList{QStringLiteral("日本"), QStringLiteral(" "), QStringLiteral("語")};
    QTest::newRow("markdown emphasis")
        << QStringLiteral("**bold**")
        << QStringList{QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("bold"), QStringLiteral("*"),
                       QStringLiteral("*")};
}

void TestWordDiff::tokenize()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    const QList<QStringView> got = worddiff::tokenize(text);
    QCOMPARE(strings(got), tokens);
    QCOMPARE(join(got), text);
}

void TestWordDiff::tokenizeGivesTextBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("markdown") << QStringLiteral(
        "# Head\n\n- one [@a; @b]\n- two `code`\n\n| a | b |\n|---|--:|\n");
    QTest::newRow("odd dots") << QStringLiteral("...a..b. .5 5. 'x' ’y’ don''t");
    QTest::newRow("lone surrogate") << QString(QChar(0xd83d)) + QStringLiteral("x");
    QTest::newRow("surrogate at end") << QStringLiteral("x") + QString(QChar(0xd83d));
    QTest::newRow("mixed scripts") << QStringLiteral("Ωmega, Привет мир; مرحبا 123.456.789");
    QTest::newRow("random") << [] {
        QRandomGenerator rng(7);
        QString s;
        const QString alphabet = QStringLiteral("ab .,'’\n\t-é😀1");
        for (int i = 0; i < 2000; ++i)
            s += alphabet[rng.bounded(static_cast<int>(alphabet.size()))];
        return s;
    }();
}

void TestWordDiff::tokenizeGivesTextBack()
{
    QFETCH(QString, text);
    const QList<QStringView> tokens = worddiff::tokenize(text);
    QCOMPARE(join(tokens), text);
    for (QStringView t : tokens)
        QVERIFY(!t.isEmpty());
}

void TestWordDiff::invariants_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("both empty") << QString() << QString();
    QTest::newRow("from empty") << QString() << QStringLiteral("a new text");
    QTest::newRow("to empty") << QStringLiteral("an old text") << QString();
    QTest::newRow("one word changed")
        << QStringLiteral("the lamp is lit") << QStringLiteral("the lamp is out");
    QTest::newRow("word inserted") << QStringLiteral("the lamp is lit")
                                   << QStringLiteral("the old lamp is lit");
    QTest::newRow("word deleted") << QStringLiteral("the old lamp is lit")
                                  << QStringLiteral("the lamp is lit");
    QTest::newRow("punctuation only") << QStringLiteral("Yes, it is.") << QStringLiteral("Yes; it is!");
    QTest::newRow("whitespace only") << QStringLiteral("a b") << QStringLiteral("a  b");
    QTest::newRow("paragraph joined") << QStringLiteral("One.\n\nTwo.") << QStringLiteral("One. Two.");
    QTest::newRow("newline removed") << QStringLiteral("One.\nTwo.") << QStringLiteral("One.Two.");
    QTest::newRow("all different") << QStringLiteral("alpha beta gamma") << QStringLiteral("delta epsilon");
    QTest::newRow("swap") << QStringLiteral("red green blue") << QStringLiteral("blue green red");
    QTest::newRow("repeated words") << QStringLiteral("a a a a b a a") << QStringLiteral("a a b a a a a a");
    QTest::newRow("unicode") << QStringLiteral("Der Käse ist gut 😀 日本")
                             << QStringLiteral("Der Käse war gut 😃 日本語");
    QTest::newRow("combining") << QStringLiteral("cafe\u0301 noir") << QStringLiteral("café noir");
    QTest::newRow("decimal change") << QStringLiteral("about 3.5 m") << QStringLiteral("about 3.6 m");
    QTest::newRow("citation added") << QStringLiteral("It works.") << QStringLiteral("It works [@a; @b].");
    QTest::newRow("markdown list") << QStringLiteral("- one\n- two\n- three\n")
                                   << QStringLiteral("- one\n- 2\n- three\n- four\n");
    QTest::newRow("prefix of other") << QStringLiteral("the lamp") << QStringLiteral("the lamp is lit");
    QTest::newRow("suffix of other") << QStringLiteral("is lit") << QStringLiteral("the lamp is lit");
    QTest::newRow("single chars") << QStringLiteral("a") << QStringLiteral("b");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral(" \n ");
    QTest::newRow("lone surrogate") << QString(QChar(0xd83d)) + QStringLiteral(" x") << QStringLiteral("y x");
}

void TestWordDiff::invariants()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const QList<Op> ops = worddiff::diff(a, b);
    const QString problem = checkInvariants(a, b, ops);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The other way round is a valid diff too.
    const QList<Op> back = worddiff::diff(b, a);
    const QString problemBack = checkInvariants(b, a, back);
    QVERIFY2(problemBack.isEmpty(), qPrintable(problemBack));
    // Deleted and inserted words swap sides.
    QCOMPARE(worddiff::countWords(back).deleted, worddiff::countWords(ops).inserted);
    QCOMPARE(worddiff::countWords(back).inserted, worddiff::countWords(ops).deleted);
}

void TestWordDiff::identicalTextsHaveNoChanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("word") << QStringLiteral("lamp");
    QTest::newRow("paragraphs") << QStringLiteral("One [@a].\n\nTwo, three; four.\n");
    QTest::newRow("unicode") << QStringLiteral("Ωmega 😀 日本語 café");
}

void TestWordDiff::identicalTextsHaveNoChanges()
{
    QFETCH(QString, text);
    const QList<Op> ops = worddiff::diff(text, QString(text)); // a copy: not the same view
    QVERIFY(!worddiff::hasChanges(ops));
    if (text.isEmpty()) {
        QVERIFY(ops.isEmpty());
    } else {
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first(), (Op{Op::Kind::Equal, text}));
    }
    QCOMPARE(worddiff::countWords(ops).deleted, 0);
    QCOMPARE(worddiff::countWords(ops).inserted, 0);
}

void TestWordDiff::exactRuns_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QStringList>("expected"); // "=text", "-text", "+text"
    QTest::newRow("word changed") << QStringLiteral("the lamp is lit") << QStringLiteral("the lamp is out")
                                  << QStringList{QStringLiteral("=the lamp is "), QStringLiteral("-lit"),
                                                 QStringLiteral("+out")};
    QTest::newRow("word inserted") << QStringLiteral("the lamp is lit")
                                   << QStringLiteral("the old lamp is lit")
                                   << QStringList{QStringLiteral("=the "), QStringLiteral("+old "),
                                                  QStringLiteral("=lamp is lit")};
    QTest::newRow("from empty") << QString() << QStringLiteral("new") << QStringList{QStringLiteral("+new")};
    QTest::newRow("to empty") << QStringLiteral("old") << QString() << QStringList{QStringLiteral("-old")};
    QTest::newRow("decimal kept whole") << QStringLiteral("about 3.5 m") << QStringLiteral("about 3.6 m")
                                        << QStringList{QStringLiteral("=about "), QStringLiteral("-3.5"),
                                                       QStringLiteral("+3.6"), QStringLiteral("= m")};
    QTest::newRow("apostrophe kept whole")
        << QStringLiteral("we don't know") << QStringLiteral("we can't know")
        << QStringList{QStringLiteral("=we "), QStringLiteral("-don't"), QStringLiteral("+can't"),
                       QStringLiteral("= know")};
    QTest::newRow("punctuation") << QStringLiteral("Yes, it is.") << QStringLiteral("Yes; it is.")
                                 << QStringList{QStringLiteral("=Yes"), QStringLiteral("-,"),
                                                QStringLiteral("+;"), QStringLiteral("= it is.")};
}

void TestWordDiff::exactRuns()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const Op &op : worddiff::diff(a, b))
        got << (op.kind == Op::Kind::Equal ? u'=' : op.kind == Op::Kind::Delete ? u'-' : u'+') + op.text;
    QCOMPARE(got, expected);
}

void TestWordDiff::randomEdits_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("edits");
    for (int seed = 1; seed <= 40; ++seed) {
        const int words = 5 + (seed * 37) % 400;
        const int edits = seed % 4 == 0 ? 0 : 1 + (seed * 13) % 25;
        QTest::addRow("seed %d, %d words, %d edits", seed, words, edits) << seed << words << edits;
    }
}

void TestWordDiff::randomEdits()
{
    QFETCH(int, seed);
    QFETCH(int, words);
    QFETCH(int, edits);
    QRandomGenerator rng(static_cast<quint32>(seed));
    const QStringList before = randomItems(rng, words);
    QStringList after = before;
    // How many tokens the edits below delete and insert: a shortest diff
    // changes no more tokens than that, so no more words either.
    int budget = 0;
    for (int e = 0; e < edits; ++e) {
        const int what = rng.bounded(3);
        if (what == 0 || after.isEmpty()) {
            const QString item = randomWord(rng) + QStringLiteral(" ");
            after.insert(rng.bounded(static_cast<int>(after.size()) + 1), item);
            budget += tokenCount(item);
        } else if (what == 1) {
            budget += tokenCount(after.takeAt(rng.bounded(static_cast<int>(after.size()))));
        } else {
            const int at = rng.bounded(static_cast<int>(after.size()));
            const QString word = worddiff::tokenize(after[at]).first().toString();
            const QString replacement = randomWord(rng);
            after[at] = replacement + after[at].mid(word.size());
            budget += word == replacement ? 0 : 2;
        }
    }
    QVERIFY(budget <= 3 * edits);
    const QString a = before.join(QString());
    const QString b = after.join(QString());
    const QList<Op> ops = worddiff::diff(a, b);
    const QString problem = checkInvariants(a, b, ops);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const worddiff::Counts counts = worddiff::countWords(ops);
    QVERIFY2(counts.deleted + counts.inserted <= budget,
             qPrintable(QStringLiteral("%1 words deleted and %2 inserted for %3 edits (%4 tokens): %5")
                            .arg(counts.deleted)
                            .arg(counts.inserted)
                            .arg(edits)
                            .arg(budget)
                            .arg(describe(ops).left(600))));
    if (edits == 0)
        QVERIFY(ops.size() <= 1);
}

void TestWordDiff::replacedPhraseIsOneChange()
{
    const QList<Op> ops = worddiff::diff(QStringLiteral("a b c"), QStringLiteral("x y z"));
    QCOMPARE(ops, (QList<Op>{{Op::Kind::Delete, QStringLiteral("a b c")},
                             {Op::Kind::Insert, QStringLiteral("x y z")}}));

    // In context, too: one delete then one insert between the kept words.
    const QList<Op> inText = worddiff::diff(QStringLiteral("The lamp was a b c at night."),
                                            QStringLiteral("The lamp was x y z at night."));
    QCOMPARE(inText, (QList<Op>{{Op::Kind::Equal, QStringLiteral("The lamp was ")},
                                {Op::Kind::Delete, QStringLiteral("a b c")},
                                {Op::Kind::Insert, QStringLiteral("x y z")},
                                {Op::Kind::Equal, QStringLiteral(" at night.")}}));

    // A comma between the replaced words is folded in as well.
    const QList<Op> comma = worddiff::diff(QStringLiteral("red, green"), QStringLiteral("blue, yellow"));
    QCOMPARE(comma, (QList<Op>{{Op::Kind::Delete, QStringLiteral("red, green")},
                               {Op::Kind::Insert, QStringLiteral("blue, yellow")}}));
}

void TestWordDiff::changesInsideLongerTextStayApart()
{
    // Two changes with real words between them stay two changes.
    const QList<Op> ops =
        worddiff::diff(QStringLiteral("one two three four five"), QStringLiteral("uno two three four cinco"));
    QCOMPARE(ops, (QList<Op>{{Op::Kind::Delete, QStringLiteral("one")},
                             {Op::Kind::Insert, QStringLiteral("uno")},
                             {Op::Kind::Equal, QStringLiteral(" two three four ")},
                             {Op::Kind::Delete, QStringLiteral("five")},
                             {Op::Kind::Insert, QStringLiteral("cinco")}}));
    // A paragraph break between two changes is not folded into them.
    const QList<Op> paras = worddiff::diff(QStringLiteral("alpha\n\nbeta"), QStringLiteral("gamma\n\ndelta"));
    QCOMPARE(paras, (QList<Op>{{Op::Kind::Delete, QStringLiteral("alpha")},
                               {Op::Kind::Insert, QStringLiteral("gamma")},
                               {Op::Kind::Equal, QStringLiteral("\n\n")},
                               {Op::Kind::Delete, QStringLiteral("beta")},
                               {Op::Kind::Insert, QStringLiteral("delta")}}));
}

void TestWordDiff::paragraphFallback()
{
    // Two long texts with nothing in common but a few whole paragraphs: far more
    // than the word-by-word limit of edits, so paragraphs are matched first.
    QRandomGenerator rng(2024);
    auto word = [&](QChar first) {
        QString w(first);
        const int len = 2 + rng.bounded(6);
        for (int i = 0; i < len; ++i)
            w += QChar(u'a' + rng.bounded(13) + (first == u'q' ? 13 : 0));
        return w;
    };
    auto paragraph = [&](QChar first, int count) {
        QStringList words;
        for (int i = 0; i < count; ++i)
            words << word(first);
        return words.join(u' ') + u'.';
    };
    QStringList shared;
    for (int i = 0; i < 5; ++i)
        shared << paragraph(u'm', 150);
    QStringList pa;
    QStringList pb;
    int wordsA = 0;
    int wordsB = 0;
    for (int i = 0; i < 100; ++i) {
        // Unrelated vocabularies: words of a start with 'b', of b with 'q'.
        pa << paragraph(u'b', 200);
        pb << paragraph(u'q', 200);
        wordsA += 200;
        wordsB += 200;
        if (i % 20 == 10) {
            pa << shared[i / 20];
            pb << shared[i / 20];
        }
    }
    QVERIFY(wordsA >= 20000 && wordsB >= 20000);
    const QString a = pa.join(QStringLiteral("\n\n"));
    const QString b = pb.join(QStringLiteral("\n\n"));
    const QList<Op> ops = worddiff::diff(a, b);
    const QString problem = checkInvariants(a, b, ops);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Every shared paragraph is kept whole.
    for (const QString &p : std::as_const(shared)) {
        const bool kept = std::any_of(ops.begin(), ops.end(), [&](const Op &op) {
            return op.kind == Op::Kind::Equal && op.text.contains(p);
        });
        QVERIFY2(kept, qPrintable(QStringLiteral("shared paragraph not kept: ") + p.left(60)));
    }
    // Nothing of the unrelated words is kept.
    const worddiff::Counts counts = worddiff::countWords(ops);
    QCOMPARE(counts.deleted, wordsA);
    QCOMPARE(counts.inserted, wordsB);
}

void TestWordDiff::matchTokens_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("edits");
    QTest::addColumn<int>("vocabularySize"); // 0: the small vocabulary above, else w0, w1, ...
    for (int seed = 1; seed <= 60; ++seed) {
        const int words = seed % 3 == 0 ? 3 + seed % 20 : 5 + (seed * 97) % 3000;
        const int edits = seed % 5 == 0 ? 0 : 1 + (seed * 13) % 40;
        QTest::addRow("seed %d, %d words, %d edits", seed, words, edits) << seed << words << edits << 0;
    }
    // Enough edits that the match splits the texts at anchors.
    for (int seed = 61; seed <= 70; ++seed) {
        const int words = 5000 + seed * 500;
        const int edits = 200 + seed * 10;
        QTest::addRow("seed %d, %d words, %d edits, large vocabulary", seed, words, edits)
            << seed << words << edits << 5000;
    }
}

// The token match the three-way merge uses: kept tokens pair up in order, and
// it changes no more tokens than the edits did (exactly the fewest on small
// texts, which go to Myers whole).
void TestWordDiff::matchTokens()
{
    QFETCH(int, seed);
    QFETCH(int, words);
    QFETCH(int, edits);
    QFETCH(int, vocabularySize);
    QRandomGenerator rng(static_cast<quint32>(seed));
    auto word = [&] {
        return vocabularySize ? QStringLiteral("w%1").arg(rng.bounded(vocabularySize)) : randomWord(rng);
    };
    QStringList before;
    if (vocabularySize) {
        for (int i = 0; i < words; ++i)
            before << word() + randomSeparator(rng);
    } else {
        before = randomItems(rng, words);
    }
    QStringList after = before;
    int budget = 0;
    for (int e = 0; e < edits; ++e) {
        const int at = rng.bounded(static_cast<int>(after.size()) + 1);
        if (rng.bounded(2) == 0 || at == after.size()) {
            const QString item = word() + QStringLiteral(" ");
            after.insert(at, item);
            budget += tokenCount(item);
        } else {
            budget += tokenCount(after.takeAt(at));
        }
    }
    const QString a = before.join(QString());
    const QString b = after.join(QString());
    const QList<QStringView> ta = worddiff::tokenize(a);
    const QList<QStringView> tb = worddiff::tokenize(b);
    const worddiff::TokenizedTexts ids = worddiff::tokenizeAll({a, b});
    QCOMPARE(qsizetype(ids.ids[0].size()), ta.size());
    QCOMPARE(qsizetype(ids.ids[1].size()), tb.size());
    for (qsizetype i = 0; i < ta.size(); ++i)
        QCOMPARE(ids.lengths[static_cast<size_t>(ids.ids[0][static_cast<size_t>(i)])], ta[i].size());
    const std::vector<int> match = worddiff::matchTokens(ids.ids[0], ids.ids[1]);
    QCOMPARE(qsizetype(match.size()), ta.size());
    qsizetype last = -1;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < ta.size(); ++i) {
        const qsizetype j = match[static_cast<size_t>(i)];
        if (j < 0)
            continue;
        QVERIFY(j > last && j < tb.size());
        QCOMPARE(ta[i], tb[j]);
        last = j;
        ++kept;
    }
    const qsizetype changed = ta.size() + tb.size() - 2 * kept;
    QVERIFY2(changed <= budget,
             qPrintable(QStringLiteral("%1 tokens changed for %2").arg(changed).arg(budget)));
    if (ta.size() + tb.size() <= 64) {
        // Longest common subsequence, the slow and obvious way.
        QList<QList<qsizetype>> lcs(ta.size() + 1, QList<qsizetype>(tb.size() + 1, 0));
        for (qsizetype i = ta.size() - 1; i >= 0; --i) {
            for (qsizetype j = tb.size() - 1; j >= 0; --j)
                lcs[i][j] = ta[i] == tb[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
        QCOMPARE(kept, lcs[0][0]);
    }
}

void TestWordDiff::countWords_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("deleted");
    QTest::addColumn<int>("inserted");
    QTest::newRow("same") << QStringLiteral("a b c") << QStringLiteral("a b c") << 0 << 0;
    QTest::newRow("replace") << QStringLiteral("a b c") << QStringLiteral("x y z") << 3 << 3;
    QTest::newRow("insert two") << QStringLiteral("a d") << QStringLiteral("a b c d") << 0 << 2;
    QTest::newRow("delete one") << QStringLiteral("a b c") << QStringLiteral("a c") << 1 << 0;
    QTest::newRow("punctuation is not a word")
        << QStringLiteral("Yes, it.") << QStringLiteral("Yes; it!") << 0 << 0;
    QTest::newRow("apostrophe word is one")
        << QStringLiteral("we know") << QStringLiteral("we don't know") << 0 << 1;
    QTest::newRow("decimal is one") << QStringLiteral("3.5 m") << QStringLiteral("3.75 m") << 1 << 1;
    QTest::newRow("from empty") << QString() << QStringLiteral("one two, three.") << 0 << 3;
    QTest::newRow("to empty") << QStringLiteral("one two") << QString() << 2 << 0;
    QTest::newRow("unicode") << QStringLiteral("日本 café") << QStringLiteral("日本 crème brûlée") << 1 << 2;
}

void TestWordDiff::countWords()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, deleted);
    QFETCH(int, inserted);
    const worddiff::Counts c = worddiff::countWords(worddiff::diff(a, b));
    QCOMPARE(c.deleted, deleted);
    QCOMPARE(c.inserted, inserted);
    // Counting by hand-made runs.
    const worddiff::Counts manual = worddiff::countWords({{Op::Kind::Equal, QStringLiteral("kept words")},
                                                          {Op::Kind::Delete, QStringLiteral(" one, two")},
                                                          {Op::Kind::Insert, QStringLiteral(" ...")}});
    QCOMPARE(manual.deleted, 2);
    QCOMPARE(manual.inserted, 0);
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
