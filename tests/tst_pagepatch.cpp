// The preview's patches (render/pagepatch.h): elements read from the renderer's
// HTML, and patches that, applied as the page applies them, give the new
// render's <main> byte for byte, for random guides under random edits, both of
// words and of Markdown structure. A keystroke in a long guide patches one
// paragraph. The preview's renderer, which keeps the last render's fields,
// renders the same bytes through the same edits.

#include "randomguides.h"
#include "render/pagepatch.h"
#include "render/pagerenderer.h"

#include <QTest>
#include <optional>

using namespace almanac;
using namespace almanac::test;

namespace {

RenderContext fixedContext()
{
    RenderContext ctx;
    ctx.now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
    return ctx;
}

QByteArray mainOf(const Guide &g)
{
    thread_local PageRenderer renderer;
    return pagepatch::mainOf(renderer.render(g, fixedContext()));
}

// The preview's renderer, which keeps the last render's fields.
QByteArray mainRememberingFields(const Guide &g)
{
    thread_local PageRenderer renderer;
    renderer.setRemembersFields(true);
    return pagepatch::mainOf(renderer.render(g, fixedContext()));
}

// Markdown with the blocks a guide's prose uses: paragraphs with emphasis and
// citations, lists (nested, ordered), a table, a quote, code, a heading.
QString richMarkdown(Rng &rng, int blocks)
{
    QStringList out;
    for (int i = 0; i < blocks; ++i) {
        const QString w = QStringLiteral("w%1").arg(rng.below(90));
        switch (rng.between(0, 6)) {
        case 0:
            out << QStringLiteral("- %1 one\n- *%1* two\n  - nested %1\n- three").arg(w);
            break;
        case 1:
            out << QStringLiteral("1. first %1\n2. second\n\n   more of the second").arg(w);
            break;
        case 2:
            out << QStringLiteral("| a | b %1 |\n|---|:-:|\n| 1 | 2 |\n| `x` | **y** |").arg(w);
            break;
        case 3:
            out << QStringLiteral("> quoted %1 text\n> and [a link](https://example.org/%1)").arg(w);
            break;
        case 4:
            out << QStringLiteral("```\ncode %1 <b>\n```").arg(w);
            break;
        case 5:
            out << QStringLiteral("### Heading %1").arg(w);
            break;
        default:
            out << QStringLiteral("A paragraph of %1 words with **strong** and _em_ [@src-%2] text.")
                       .arg(w)
                       .arg(rng.below(5));
        }
    }
    return out.join(QStringLiteral("\n\n"));
}

// One keystroke somewhere in text: a letter, a space, a new line, a character
// that changes Markdown structure, or a deletion.
void keystroke(Rng &rng, QString &text)
{
    static const QString keys = QStringLiteral("ab \n\n*-|>`#_1.[]@");
    const qsizetype at = text.isEmpty() ? 0 : rng.below(text.size() + 1);
    if (!text.isEmpty() && rng.chance(25))
        text.remove(std::min(at, text.size() - 1), 1);
    else
        text.insert(at, keys[rng.below(keys.size())]);
}

QString *someMarkdownField(Rng &rng, Guide &g)
{
    QList<QString *> fields{&g.tldr};
    for (Section &s : g.sections)
        fields << &s.body;
    for (Takeaway &t : g.takeaways)
        fields << &t.text;
    for (FaqEntry &f : g.faq)
        fields << &f.answer;
    for (TimelineEntry &e : g.timeline)
        fields << &e.description;
    return fields[rng.below(fields.size())];
}

// A long guide: sections of paragraphs.
Guide longGuide()
{
    RandomGuides random(7);
    Guide g = random.guide();
    g.sections.clear();
    for (int s = 0; s < 40; ++s) {
        QStringList paragraphs;
        for (int p = 0; p < 6; ++p)
            paragraphs
                << QStringLiteral("Section %1 paragraph %2 says %3.").arg(s).arg(p).arg(random.guide().title);
        g.sections.append(Section{QStringLiteral("s%1").arg(s), QStringLiteral("Part %1").arg(s),
                                  paragraphs.join(QStringLiteral("\n\n"))});
    }
    return g;
}

} // namespace

class TestPagePatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsElements_data();
    void readsElements();
    void sameRenderNoPatch();
    void patchesRebuildThePage();
    void keystrokePatchesOneParagraph();
    void newParagraphStaysInItsSection();
    void sectionsAddedAndRemoved();
    void unreadableGivesWhole();
};

void TestPagePatch::readsElements_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("count"); // -1: not readable

    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("text only") << QByteArray("just text &amp; more") << 0;
    QTest::newRow("siblings") << QByteArray("<p>a</p>\n<p>b <em>c</em></p>\ntail") << 2;
    QTest::newRow("nested same tag") << QByteArray("<ul><li><ul><li>x</li></ul></li></ul><ul></ul>") << 2;
    QTest::newRow("void elements") << QByteArray("<br><hr/><img src=\"a\" alt=\"b\"><p>x</p>") << 4;
    QTest::newRow("quoted >") << QByteArray("<a title=\"a > b\" href='c>d'>x</a>") << 1;
    QTest::newRow("comment") << QByteArray("<!-- raw HTML omitted --><p>x</p><!-- <p> -->") << 1;
    QTest::newRow("unclosed") << QByteArray("<div><p>x</p>") << -1;
    QTest::newRow("stray close") << QByteArray("<p>x</p></div>") << -1;
    QTest::newRow("script") << QByteArray("<script>if (a<b) {}</script>") << -1;
    QTest::newRow("unended tag") << QByteArray("<p class=\"x>y</p>") << -1;
    QTest::newRow("unended comment") << QByteArray("<!-- x <p>y</p>") << -1;
}

void TestPagePatch::readsElements()
{
    QFETCH(QByteArray, html);
    QFETCH(int, count);
    const auto kids = pagepatch::children(html, 0, html.size());
    QCOMPARE(kids.has_value(), count >= 0);
    if (!kids)
        return;
    QCOMPARE(kids->size(), count);
    for (const pagepatch::Element &e : *kids) {
        QCOMPARE(html.at(e.start), '<');
        QCOMPARE(html.at(e.end - 1), '>');
        QVERIFY(e.start < e.contentStart && e.contentStart <= e.contentEnd && e.contentEnd <= e.end);
    }
}

void TestPagePatch::sameRenderNoPatch()
{
    const Guide g = RandomGuides(3).guide();
    QVERIFY(pagepatch::diff(mainOf(g), mainOf(g)).isEmpty());
}

// Random guides, random edits: the patches give the new <main> exactly.
void TestPagePatch::patchesRebuildThePage()
{
    int patched = 0;
    for (std::uint64_t seed = 1; seed <= 400; ++seed) {
        RandomGuides random(seed);
        Rng &rng = random.rng();
        Guide g = random.guide();
        for (Section &s : g.sections) {
            if (rng.chance(60))
                s.body += QStringLiteral("\n\n") + richMarkdown(rng, rng.between(1, 6));
        }
        QByteArray before = mainOf(g);
        // A run of edits, each patched onto the last, as typing goes.
        for (int step = 0; step < 6; ++step) {
            if (rng.chance(8)) {
                // The page's words and the citations' labels change language.
                static const QStringList languages{QString(), QStringLiteral("de"), QStringLiteral("ar")};
                g.language = languages[rng.below(languages.size())];
            } else if (rng.chance(30)) {
                random.edit(g, 'o', EditRules{});
            } else {
                QString *field = someMarkdownField(rng, g);
                for (int k = rng.between(1, 3); k > 0; --k)
                    keystroke(rng, *field);
            }
            const QByteArray after = mainOf(g);
            // Fields kept from the last render give the same page, through
            // every edit of the sources (which renumbers citations).
            QCOMPARE(mainRememberingFields(g), after);
            const QList<pagepatch::Patch> patches = pagepatch::diff(before, after);
            QCOMPARE(patches.isEmpty(), before == after);
            // Only a new <main> tag (the slug is on it) makes a whole patch.
            const bool newTag = before.left(before.indexOf('>')) != after.left(after.indexOf('>'));
            for (const pagepatch::Patch &p : patches)
                QVERIFY2(p.whole == newTag,
                         qPrintable(QStringLiteral("seed %1 step %2").arg(seed).arg(step)));
            const auto result = pagepatch::applied(before, patches);
            QVERIFY2(result, qPrintable(QStringLiteral("seed %1 step %2: refused").arg(seed).arg(step)));
            if (*result != after) {
                qWarning("seed %llu step %d\nbefore:\n%s\nafter:\n%s\npatched:\n%s",
                         static_cast<unsigned long long>(seed), step, before.constData(), after.constData(),
                         result->constData());
            }
            QCOMPARE(*result, after);
            patched += patches.size();
            before = after;
        }
    }
    QVERIFY(patched > 1000);
}

// One letter in one paragraph of a 40-section guide: one patch, inside that
// paragraph, of a few dozen bytes.
void TestPagePatch::keystrokePatchesOneParagraph()
{
    Guide g = longGuide();
    const QByteArray before = mainOf(g);
    QString &body = g.sections[20].body;
    body.insert(body.indexOf(QLatin1String("paragraph 3 says")) + 9, QLatin1Char('s'));
    const QByteArray after = mainOf(g);
    const QList<pagepatch::Patch> patches = pagepatch::diff(before, after);
    QCOMPARE(patches.size(), 1);
    const pagepatch::Patch &p = patches.front();
    QVERIFY(!p.whole);
    QVERIFY2(p.html.size() < 120, p.html.constData());
    QVERIFY(p.html.contains("paragraphs 3 says"));
    QVERIFY(!p.html.contains("paragraph 2"));
    // main > article > the section > its body; the paragraph is small enough
    // to be sent whole.
    QCOMPARE(p.path.size(), 3);
    QCOMPARE(pagepatch::applied(before, patches), after);
}

// A new paragraph moves the source lines of the rest of its field, and of no
// other: the patch stays inside the section.
void TestPagePatch::newParagraphStaysInItsSection()
{
    Guide g = longGuide();
    const QByteArray before = mainOf(g);
    QString &body = g.sections[12].body;
    body.insert(body.indexOf(QLatin1String("paragraph 1 says")), QStringLiteral("A new one.\n\n"));
    const QByteArray after = mainOf(g);
    const QList<pagepatch::Patch> patches = pagepatch::diff(before, after);
    QVERIFY(!patches.isEmpty());
    qsizetype bytes = 0;
    for (const pagepatch::Patch &p : patches) {
        QVERIFY(p.path.size() >= 3); // inside the section's body
        bytes += p.html.size();
    }
    QVERIFY2(bytes < 1000, QByteArray::number(bytes).constData());
    QCOMPARE(pagepatch::applied(before, patches), after);
}

void TestPagePatch::sectionsAddedAndRemoved()
{
    Guide g = longGuide();
    QByteArray before = mainOf(g);
    g.sections.removeAt(5);
    QByteArray after = mainOf(g);
    QList<pagepatch::Patch> patches = pagepatch::diff(before, after);
    // The sections after it are numbered anew (their fields are sections[N]),
    // those before it stay.
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.front().path.size(), 1); // in the article
    QVERIFY(!patches.front().html.contains("Part 4"));
    QVERIFY(patches.front().html.contains("Part 6"));
    QCOMPARE(pagepatch::applied(before, patches), after);

    before = after;
    g.sections.insert(30, Section{QStringLiteral("new"), QStringLiteral("Added"), QStringLiteral("Body.")});
    after = mainOf(g);
    patches = pagepatch::diff(before, after);
    QCOMPARE(patches.size(), 1);
    QVERIFY(patches.front().html.contains("Added"));
    QVERIFY(!patches.front().html.contains("Part 28"));
    QCOMPARE(pagepatch::applied(before, patches), after);
}

void TestPagePatch::unreadableGivesWhole()
{
    const QByteArray from = "<main class=\"guide\"><article><p>a</p></article></main>";
    for (const QByteArray &to :
         {QByteArray("<main class=\"other\"><article><p>a</p></article></main>"),
          QByteArray("<main class=\"guide\"><article><p>a</article></main>"),
          QByteArray("<main class=\"guide\"><article><script>x</script></article></main>")}) {
        const QList<pagepatch::Patch> patches = pagepatch::diff(from, to);
        QCOMPARE(patches.size(), 1);
        QVERIFY(patches.front().whole);
        QCOMPARE(patches.front().html, to);
        QCOMPARE(pagepatch::applied(from, patches), to);
    }
    QCOMPARE(pagepatch::mainOf("<html><body>no main</body></html>"), QByteArray());
}

QTEST_GUILESS_MAIN(TestPagePatch)
#include "tst_pagepatch.moc"
