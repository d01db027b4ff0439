// Tests for finding Pandoc-style citations in Markdown text (src/core/guide/citations).

#include "guide/citations.h"

#include <QRandomGenerator>
#include <QTest>

using namespace almanac;

namespace {

// "start+length:key,key" for each citation, so a row can state them all in one string list.
QStringList describe(const QList<citations::Citation> &found)
{
    QStringList out;
    for (const auto &c : found)
        out << QStringLiteral("%1+%2:%3").arg(c.start).arg(c.length).arg(c.keys.join(u','));
    return out;
}

// The obvious reading of the rule, quadratic on "[@[@[@...]": from each "[@", the
// first "]" after it closes the group, unless the text between holds a "[".
QList<citations::Citation> obviousScan(QStringView text)
{
    QList<citations::Citation> out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"[@", pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u']', open);
        if (close < 0)
            break;
        const QString group = text.sliced(open, close - open + 1).toString();
        const QStringView inner = text.sliced(open + 1, close - open - 1);
        // A group alone is judged by find() itself; it has no brackets inside to confuse it.
        const auto alone = inner.contains(u'[') ? QList<citations::Citation>() : citations::find(group);
        if (alone.size() == 1) {
            citations::Citation c = alone.first();
            c.start = open;
            out << c;
            pos = close + 1;
        } else {
            pos = open + 1;
        }
    }
    return out;
}

} // namespace

class TestCitations : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void offsetsCoverTheBrackets();
    void offsetsAreUtf16();
    void keys_data();
    void keys();
    void sameAsTheObviousScan();
};

void TestCitations::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };

    // Citations
    row("one", s("[@a]"), {s("0+4:a")});
    row("one in text", s("As shown [@smith2020]."), {s("9+12:smith2020")});
    row("two keys", s("[@a; @b]"), {s("0+8:a,b")});
    row("two keys no space", s("[@a;@b]"), {s("0+7:a,b")});
    row("three keys extra spaces", s("x [ @a ;  @b;@c ] y"), {}); // must start with "[@"
    row("spaces inside", s("[@a ;  @b ]"), {s("0+11:a,b")});
    row("two groups", s("One [@a], two [@b; @c]."), {s("4+4:a"), s("14+8:b,c")});
    row("adjacent groups", s("[@a][@b]"), {s("0+4:a"), s("4+4:b")});
    row("repeated key", s("[@a] and [@a]"), {s("0+4:a"), s("9+4:a")});
    row("inner punctuation", s("[@chip-weekly.server:core_2024]"), {s("0+31:chip-weekly.server:core_2024")});
    row("all inner punctuation", s("[@a:.#$%&+?<>~/-z]"), {s("0+18:a:.#$%&+?<>~/-z")});
    row("digits and underscore", s("[@_1; @2020]"), {s("0+12:_1,2020")});
    row("single character key", s("[@x]"), {s("0+4:x")});
    row("in markdown", s("**bold** [@k] _it_ [link](https://x.org) [@j]"), {s("9+4:k"), s("41+4:j")});
    row("across lines", s("[@a;\n@b]"), {s("0+8:a,b")});

    // Not citations
    row("empty text", QString(), {});
    row("no brackets", s("plain @a text"), {});
    row("prose before key", s("[see @a]"), {});
    row("prose after key", s("[@a, p. 33]"), {});
    row("locator", s("[@a p. 4]"), {});
    row("prose in second part", s("[@a; see @b]"), {});
    row("empty key", s("[@]"), {});
    row("empty second key", s("[@a; @]"), {});
    row("empty part", s("[@a; ]"), {});
    row("trailing semicolon", s("[@a;]"), {});
    row("leading semicolon", s("[@a ;; @b]"), {});
    row("email address", s("Write to desk@example.com or [desk@example.com]."), {});
    row("email in brackets with at", s("[@desk@example.com]"), {});
    row("unclosed", s("[@a"), {});
    row("unclosed then text", s("see [@a and more"), {});
    row("closing before", s("] [@a"), {});
    row("suppress author", s("[-@a]"), {});
    row("key with trailing punctuation", s("[@a.]"), {});
    row("key with leading punctuation", s("[@-a]"), {});
    row("key with space", s("[@a b]"), {});
    row("comma separated", s("[@a, @b]"), {});
    row("double at", s("[@@a]"), {});
    row("non-ascii key", s("[@ключ]"), {});

    // Nested brackets: the outer group is not a citation; a whole inner one is.
    row("nested inner citation", s("[@a [@b]]"), {s("4+4:b")});
    row("nested plain", s("[@a [b]]"), {});
    row("nested link", s("[see [@a]]"), {s("5+4:a")});
    row("bracket before citation", s("[x [@a]"), {s("3+4:a")});
    row("unclosed then citation", s("[@a [@b]"), {s("4+4:b")});
    row("unclosed between", s("[@a] [@b [@c]"), {s("0+4:a"), s("9+4:c")});
}

void TestCitations::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto found = citations::find(text);
    QCOMPARE(describe(found), expected);
}

void TestCitations::offsetsCoverTheBrackets()
{
    const QString text = QStringLiteral("Intro [@a; @b] middle [@c] end [not] [@d");
    const auto found = citations::find(text);
    QCOMPARE(found.size(), 2);
    QCOMPARE(text.mid(found[0].start, found[0].length), QStringLiteral("[@a; @b]"));
    QCOMPARE(text.mid(found[1].start, found[1].length), QStringLiteral("[@c]"));
    QCOMPARE(found[0].keys, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(found[1].keys, QStringList({QStringLiteral("c")}));
}

void TestCitations::offsetsAreUtf16()
{
    // Offsets count UTF-16 code units, as QString does: an emoji is two.
    const QString text = QStringLiteral("\U0001F680 é [@k]");
    const auto found = citations::find(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].start, qsizetype(5));
    QCOMPARE(found[0].length, qsizetype(4));
    QCOMPARE(text.mid(found[0].start, found[0].length), QStringLiteral("[@k]"));
}

void TestCitations::keys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    auto row = [](const char *name, const char *text, const QStringList &expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << expected;
    };
    row("none", "no citations [see @a]", {});
    row("one", "[@a]", {QStringLiteral("a")});
    row("group", "[@a; @b]", {QStringLiteral("a"), QStringLiteral("b")});
    row("first use order", "[@c] then [@a; @b] then [@a]",
        {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")});
    row("duplicates in one group", "[@a; @a; @b]", {QStringLiteral("a"), QStringLiteral("b")});
    row("case sensitive", "[@Key] [@key]", {QStringLiteral("Key"), QStringLiteral("key")});
    row("punctuation keys", "[@x.y] [@x-y] [@x.y]", {QStringLiteral("x.y"), QStringLiteral("x-y")});
    row("skips non-citations", "[@a] [see @b] [@] [@c", {QStringLiteral("a")});
    row("nested", "[@a [@b]] [@a]", {QStringLiteral("b"), QStringLiteral("a")});
}

void TestCitations::keys()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(citations::keys(text), expected);
}

void TestCitations::sameAsTheObviousScan()
{
    // The one-pass scan finds exactly what scanning from every "[@" finds, on many
    // random texts made of the characters that matter.
    QRandomGenerator rng(20261124);
    const QString alphabet = QStringLiteral("[[]]@@@;ab ");
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = rng.bounded(1, 40);
        for (int i = 0; i < length; ++i)
            text += alphabet[rng.bounded(int(alphabet.size()))];
        QCOMPARE(describe(citations::find(text)), describe(obviousScan(text)));
    }
}

QTEST_APPLESS_MAIN(TestCitations)
#include "tst_citations.moc"
