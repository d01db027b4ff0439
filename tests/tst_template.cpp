// The page template engine: escaping, sections, inverted sections, nested
// lists, missing names, standalone section lines and bad templates.

#include "render/template.h"

#include <QTest>

using namespace almanac;

namespace {

QString render(const char *text, const TemplateData &data)
{
    const Template t{std::string(text)};
    if (!t.isValid())
        return QStringLiteral("ERROR ") + QString::fromStdString(t.errorMessage());
    return QString::fromStdString(t.render(data));
}

} // namespace

class TestTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping();
    void sections();
    void invertedSections();
    void nestedLists();
    void missingNames();
    void standaloneLines();
    void badTemplates_data();
    void badTemplates();
};

void TestTemplate::escaping()
{
    TemplateData d;
    d.set("v", "<a href=\"x\">Tom & Jerry's</a>");
    QCOMPARE(render("{{v}}", d),
             QStringLiteral("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;"));
    QCOMPARE(render("{{{v}}}", d), QStringLiteral("<a href=\"x\">Tom & Jerry's</a>"));
    QCOMPARE(render("{{& v }}", d), QStringLiteral("<a href=\"x\">Tom & Jerry's</a>"));
    QCOMPARE(render("[{{ v }}]", TemplateData().set("v", "a b")), QStringLiteral("[a b]"));
    d.set("v", "replaced");
    QCOMPARE(render("{{v}}{{! a comment }}", d), QStringLiteral("replaced"));
    QCOMPARE(render("{{{v}}}", TemplateData().set("v", "{{v}}")), QStringLiteral("{{v}}"));
}

void TestTemplate::sections()
{
    TemplateData d;
    d.set("yes", true).set("no", false).set("text", "t").set("empty", "");
    d.set("none", TemplateList()).set("obj", std::move(TemplateData().set("inner", "i")));
    QCOMPARE(render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#none}}L{{/none}}", d), QStringLiteral("Y"));
    // A string is true, even an empty one (as in kainjow/mustache).
    QCOMPARE(render("{{#text}}<{{text}}>{{/text}}{{#empty}}E{{/empty}}", d), QStringLiteral("<t>E"));
    QCOMPARE(render("{{#obj}}{{inner}}/{{text}}{{/obj}}", d), QStringLiteral("i/t"));
    QCOMPARE(render("{{^none}}{{inner}}{{/none}}", d), QStringLiteral(""));
}

void TestTemplate::invertedSections()
{
    TemplateData d;
    d.set("yes", true).set("no", false).set("text", "t").set("none", TemplateList());
    TemplateList one;
    one.push_back(std::move(TemplateData().set("x", "1")));
    d.set("one", std::move(one));
    QCOMPARE(render("{{^yes}}A{{/yes}}{{^no}}B{{/no}}{{^none}}C{{/none}}{{^missing}}D{{/missing}}"
                    "{{^text}}E{{/text}}{{^one}}F{{/one}}",
                    d),
             QStringLiteral("BCD"));
}

void TestTemplate::nestedLists()
{
    TemplateData page;
    page.set("title", "T");
    TemplateList rows;
    for (int r = 1; r <= 2; ++r) {
        TemplateData row;
        row.set("name", r == 1 ? "r1" : "r2");
        TemplateList cells;
        for (int c = 1; c <= r; ++c)
            cells.push_back(std::move(TemplateData().set("v", std::to_string(c)).set("last", c == r)));
        row.set("cells", std::move(cells));
        rows.push_back(std::move(row));
    }
    page.set("rows", std::move(rows));
    // Inner items see their own fields first, then the enclosing ones.
    QCOMPARE(
        render("{{#rows}}{{name}}:{{#cells}}{{title}}{{v}}{{^last}},{{/last}}{{/cells}};{{/rows}}", page),
        QStringLiteral("r1:T1;r2:T1,T2;"));
}

void TestTemplate::missingNames()
{
    TemplateData d;
    d.set("list", TemplateList()).set("flag", true);
    QCOMPARE(render("[{{nothing}}][{{{nothing}}}][{{#nothing}}x{{/nothing}}]", d), QStringLiteral("[][][]"));
    // Values that are not strings print nothing.
    QCOMPARE(render("[{{list}}][{{flag}}]", d), QStringLiteral("[][]"));
}

void TestTemplate::standaloneLines()
{
    TemplateList items;
    items.push_back(std::move(TemplateData().set("n", "1")));
    items.push_back(std::move(TemplateData().set("n", "2")));
    TemplateData d;
    d.set("items", std::move(items)).set("yes", true).set("no", false);
    // Lines with only section tags and whitespace disappear ...
    QCOMPARE(render("<ul>\n{{#items}}\n  <li>{{n}}</li>\n{{/items}}\n</ul>\n", d),
             QStringLiteral("<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n"));
    QCOMPARE(render("a\n  {{#yes}}  \nb\n{{/yes}}\nc", d), QStringLiteral("a\nb\nc"));
    QCOMPARE(render("a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\n", d), QStringLiteral("a\r\nb\r\n"));
    // ... but a section that is skipped leaves its line (kainjow/mustache does the same).
    QCOMPARE(render("a\n{{#no}}\nb\n{{/no}}\nc\n", d), QStringLiteral("a\n\nc\n"));
    // Lines with other text keep their tags' places.
    QCOMPARE(render("x {{#yes}}y{{/yes}} z\n", d), QStringLiteral("x y z\n"));
    // An empty value on a line of its own is not a section tag: the line stays.
    QCOMPARE(render("a\n{{missing}}\nb", d), QStringLiteral("a\n\nb"));
}

void TestTemplate::badTemplates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unclosed tag") << QStringLiteral("a\n{{name") << QStringLiteral("line 2: unclosed tag");
    QTest::newRow("unclosed raw") << QStringLiteral("{{{name}}") << QStringLiteral("line 1: unclosed tag");
    QTest::newRow("unclosed section")
        << QStringLiteral("{{#a}}\n") << QStringLiteral("line 1: section \"a\" is never closed");
    QTest::newRow("never opened") << QStringLiteral("{{/a}}")
                                  << QStringLiteral("line 1: section \"a\" closed but never opened");
    QTest::newRow("crossed") << QStringLiteral("{{#a}}{{#b}}{{/a}}{{/b}}")
                             << QStringLiteral("line 1: section \"b\" closed by \"a\"");
    QTest::newRow("empty name") << QStringLiteral("{{ }}")
                                << QStringLiteral("line 1: bad name \"\" (letters, digits, _ and - only)");
    QTest::newRow("dotted name") << QStringLiteral("{{a.b}}")
                                 << QStringLiteral(
                                        "line 1: bad name \"a.b\" (letters, digits, _ and - only)");
    QTest::newRow("partial") << QStringLiteral("{{> other}}")
                             << QStringLiteral("line 1: partials are not supported");
    QTest::newRow("delimiters") << QStringLiteral("{{=<% %>=}}")
                                << QStringLiteral("line 1: changing the delimiters is not supported");
}

void TestTemplate::badTemplates()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const Template t(text.toStdString());
    QVERIFY(!t.isValid());
    QCOMPARE(QString::fromStdString(t.errorMessage()), error);
    TemplateData d;
    d.set("name", "x");
    QVERIFY(t.render(d).empty());
}

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
