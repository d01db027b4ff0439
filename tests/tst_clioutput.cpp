// What `almanac` prints for people (issue 10, item 6): guide text holding ANSI
// or OSC escape sequences, bells, carriage returns or C1 controls is shown as
// visible escapes, never obeyed by the terminal, and a title cannot add a line
// or a column to `list` or `search`. The real binary through QProcess.

#include "store/workspace.h"
#include "testsupport.h"
#include "tsfile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// The title of the test guide: an OSC window title, a colour, a bell, a C1 CSI,
// a carriage return hiding "Evil" and a line break.
const QString hostileTitle =
    QStringLiteral("Evil\x1b]0;pwned\x07 \x1b[31mred\x1b[0m \u009b2J\rSafe\nfake\tcolumn");

// Control bytes a terminal would act on: C0 but line feed and tab, DEL, and C1 (C2 80..9F).
QString firstControl(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        const bool c1 = c == 0xC2 && i + 1 < bytes.size() &&
                        static_cast<unsigned char>(bytes[i + 1]) <= 0x9F &&
                        static_cast<unsigned char>(bytes[i + 1]) >= 0x80;
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c1)
            return QStringLiteral("byte 0x%1 at %2 in: %3")
                .arg(c, 2, 16, QLatin1Char('0'))
                .arg(i)
                .arg(QString::fromUtf8(bytes));
    }
    return {};
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listAndSearch_data();
    void listAndSearch();
    void lintAndVersions();
    void errorsNameFilesSafely();
    void messagesInTheSystemLanguage_data();
    void messagesInTheSystemLanguage();

private:
    Result run(const QStringList &args, const QMap<QString, QString> &environment = {}) const;

    QTemporaryDir m_dir;
    QString m_ws;
};

void TestCliOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("ws.almanac"));
    QString error;
    auto ws = Workspace::create(m_ws, &error);
    QVERIFY2(ws, qPrintable(error));
    Guide g = test::demo(QStringLiteral("webassembly.json"));
    g.title = hostileTitle;
    g.timeline[0].date.clear(); // a lint finding that quotes the entry's title
    g.timeline[0].title = hostileTitle;
    QVERIFY2(ws->saveGuide(g, &error), qPrintable(error));
}

Result TestCliOutput::run(const QStringList &args, const QMap<QString, QString> &environment) const
{
    QProcess p;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(ALMANAC_CLI_PATH), QStringList{QStringLiteral("-w"), m_ws} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCliOutput::listAndSearch_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list") << QStringList{QStringLiteral("list")};
    QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("pwned")};
}

void TestCliOutput::listAndSearch()
{
    QFETCH(QStringList, args);
    const Result r = run(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(firstControl(r.out).isEmpty(), qPrintable(firstControl(r.out)));
    QCOMPARE(r.out.count('\n'), 1); // one guide, one line
    QVERIFY2(r.out.contains("Evil\\x1b]0;pwned\\x07 \\x1b[31mred\\x1b[0m \\u009b2J\\x0dSafe\\nfake\\tcolumn"),
             r.out.constData());
}

void TestCliOutput::lintAndVersions()
{
    Result r = run({QStringLiteral("lint")});
    QVERIFY2(r.out.contains("Evil\\x1b]0;pwned"), r.out.constData());
    QVERIFY2(firstControl(r.out).isEmpty(), qPrintable(firstControl(r.out)));
    QVERIFY2(firstControl(r.err).isEmpty(), qPrintable(firstControl(r.err)));
    r = run({QStringLiteral("snapshot"), QStringLiteral("webassembly"), QStringLiteral("-m"),
             QStringLiteral("note \x1b[2J cleared")});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("versions"), QStringLiteral("webassembly")});
    QVERIFY2(r.out.contains("note \\x1b[2J cleared"), r.out.constData());
    QVERIFY2(firstControl(r.out).isEmpty(), qPrintable(firstControl(r.out)));
}

void TestCliOutput::errorsNameFilesSafely()
{
    const QString name = m_dir.filePath(QStringLiteral("bad\x1b[2J.json"));
    QFile f(name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{");
    f.close();
    const Result r = run({QStringLiteral("import"), name});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("bad\\x1b[2J.json: "), r.err.constData());
    QVERIFY2(firstControl(r.err).isEmpty(), qPrintable(firstControl(r.err)));
}

void TestCliOutput::messagesInTheSystemLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de_DE.UTF-8");
    QTest::newRow("Arabic") << QStringLiteral("ar") << QStringLiteral("ar_EG.UTF-8");
}

// A person's messages in the system's language (the catalog's words, read
// here from translations/), the help too; what scripts read stays the same.
void TestCliOutput::messagesInTheSystemLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);
    const QMap<QString, QString> env{{QStringLiteral("LANG"), locale},
                                     {QStringLiteral("LANGUAGE"), language}};
    const QString catalog = QStringLiteral(ALMANAC_SOURCE_DIR "/translations/almanac_%1.ts").arg(language);
    const QString context = QStringLiteral("almanac::CommandLine");

    const QString usage = test::translationIn(catalog, context, QStringLiteral("versions takes one SLUG"));
    QVERIFY(!usage.isEmpty());
    Result r = run({QStringLiteral("versions")}, env);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(usage), r.err.constData());
    QVERIFY(!r.err.contains("versions takes one SLUG"));

    // A core message inside a command's (a store error, named by its file).
    const QString noGuide = test::translationIn(catalog, QStringLiteral("almanac::StoreText"),
                                                QStringLiteral("%1: no guide with the slug \"%2\""));
    QVERIFY(!noGuide.isEmpty());
    r = run({QStringLiteral("versions"), QStringLiteral("no-such-guide")}, env);
    QVERIFY2(QString::fromUtf8(r.err).contains(noGuide.arg(m_ws, QStringLiteral("no-such-guide"))),
             r.err.constData());

    // The help: the descriptions translated, the commands and options as they are.
    r = run({QStringLiteral("--help")}, env);
    QCOMPARE(r.code, 0);
    const QString help = QString::fromUtf8(r.out);
    QVERIFY2(help.contains(QLatin1String("  snapshot SLUG -m NOTE")), r.out.constData());
    QVERIFY2(!help.contains(QLatin1String("make a version (v1, v2, ...) of the draft")), r.out.constData());

    // What scripts read: the same bytes in every language.
    QCOMPARE(run({QStringLiteral("list")}, env).out, run({QStringLiteral("list")}).out);
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
