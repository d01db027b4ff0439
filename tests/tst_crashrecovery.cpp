// Autosave and recovery: a real almanac-studio process is killed with SIGKILL
// right after typing; the text must be in the workspace, and the program must
// start again on it. Needs an X display (the test command runs under Xvfb) and
// xdotool to type into the real window.

#include "io/guidefile.h"
#include "store/workspace.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedRightAfterTyping();

private:
    QProcessEnvironment environment() const;
    QString xdotool(const QStringList &args, int timeoutMs = 20000);
    QTemporaryDir m_dir;
};

QProcessEnvironment TestCrashRecovery::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--no-sandbox --disable-gpu"));
    return env;
}

QString TestCrashRecovery::xdotool(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral("xdotool"), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void TestCrashRecovery::killedRightAfterTyping()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("needs an X display; run the tests with packaging/run-tests.sh (Xvfb)");
    if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
        QSKIP("needs xdotool (packaging/bootstrap.sh installs it)");
    const QString path = m_dir.filePath(QStringLiteral("crash.almanac"));
    QString error;
    {
        auto ws = Workspace::create(path, &error);
        QVERIFY2(ws, qPrintable(error));
        auto g =
            guidefile::readFile(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/crispr.json"), &error);
        QVERIFY2(g && ws->saveGuide(*g, &error), qPrintable(error));
    }

    QProcess studio;
    studio.setProcessEnvironment(environment());
    studio.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    studio.start(QStringLiteral(ALMANAC_STUDIO_PATH), {QStringLiteral("-w"), path, QStringLiteral("--guide"),
                                                       QStringLiteral("crispr-gene-editing")});
    QVERIFY(studio.waitForStarted());
    // The window is up with the workspace open (its name is in the title), and
    // then the guide's title field takes the keyboard focus.
    const QString window =
        xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                 QStringLiteral("--name"), QStringLiteral("crash.almanac")})
            .section(u'\n', 0, 0);
    QVERIFY2(!window.isEmpty(), "the almanac-studio window did not appear");
    QTest::qWait(1500);
    xdotool({QStringLiteral("windowactivate"), QStringLiteral("--sync"), window});
    xdotool({QStringLiteral("key"), QStringLiteral("--window"), window, QStringLiteral("End")});
    xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"),
             QStringLiteral(" Saved Alive")});
    // Autosave promises about a second; then the process dies without warning.
    QTest::qWait(1300);
    studio.kill(); // SIGKILL
    QVERIFY(studio.waitForFinished(5000));
    QCOMPARE(studio.exitStatus(), QProcess::CrashExit);

    {
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto g = ws->guide(QStringLiteral("crispr-gene-editing"));
        QVERIFY(g);
        QVERIFY2(g->title.endsWith(QStringLiteral(" Saved Alive")), qPrintable(g->title));
    }

    // And the program starts again on the same workspace, showing the text.
    QProcess again;
    again.setProcessEnvironment(environment());
    again.start(QStringLiteral(ALMANAC_STUDIO_PATH), {QStringLiteral("-w"), path});
    QVERIFY(again.waitForStarted());
    const QString title =
        xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                 QStringLiteral("--name"), QStringLiteral("crash.almanac")});
    QVERIFY2(!title.isEmpty(), "almanac-studio did not start again on the workspace");
    QVERIFY(again.state() == QProcess::Running);
    again.terminate();
    if (!again.waitForFinished(10000))
        again.kill();
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
